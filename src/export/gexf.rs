//! GEXF 1.3 writer (quick-xml) for Gephi and NetworkX: typed attributes, `viz` colours and sizes,
//! a timeline from the evidence dates, parallel edges per relation.
//!
//! - Node ids are relgraph ids (`person:vladimir-putin`), edge ids relgraph edge ids, so the Id
//!   column in Gephi is readable and ids are unique by construction. Labels are names and
//!   display relations (`not reject`); every edge also carries `kind` = its display relation, so
//!   two nodes joined by several relations form a true multigraph (GEXF 1.3 edge kinds).
//! - Attributes are declared in `<attributes class="node|edge">` with GEXF types (`string`,
//!   `integer`, `double`, `boolean`). Sets (aliases, roles, surface forms, evidence) are JSON
//!   arrays in a `string` attribute, as in GraphML, so separators inside values stay unambiguous.
//! - `viz:color` is the node type's colour, `viz:size` grows with the mention count,
//!   `viz:thickness` with the edge weight; negated edges are red and `dashed`.
//! - Timeline: an edge's `start`/`end` are the first and last evidence date (the `date` of the
//!   input documents, reduced to `YYYY-MM-DD` by [`iso_date`]); a node spans its incident edges'
//!   dates. Only when some edge has a date does the graph say `mode="dynamic"
//!   timeformat="date"`; otherwise no time attribute is written at all. Undated edges and nodes
//!   in a dynamic graph have no interval, which Gephi reads as "always present".
//!
//! Text: characters XML 1.0 forbids are removed; in attribute values tab, newline and carriage
//! return are written as character references (`&#9;`, `&#10;`, `&#13;`) because XML attribute
//! normalisation would otherwise turn them into spaces.
//!
//! Schema: the file validates against the normative RELAX NG schema of GEXF 1.3
//! (`gexf.rng`). The XSD shipped next to it is a mechanical conversion that declares `color`,
//! `size`, `thickness` and `shape` in the GEXF namespace instead of the viz namespace
//! `http://gexf.net/1.3/viz` that Gephi, NetworkX and the RELAX NG schema use; the file validates
//! against that XSD once the `viz:` elements are set aside (the consumer test does both checks).

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::io::{self, Write};

use quick_xml::Writer;
use quick_xml::events::attributes::Attribute;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};

use super::palette::{edge_thickness, iso_date, node_size, rgb};
use super::text::is_forbidden_in_xml;
use crate::error::{Error, Result};
use crate::graph::{Edge, KnowledgeGraph, Node, NodeId};

/// GEXF attribute types used here.
#[derive(Debug, Clone, Copy)]
enum Ty {
    Str,
    Int,
    Double,
    Bool,
}

impl Ty {
    fn name(self) -> &'static str {
        match self {
            Ty::Str => "string",
            Ty::Int => "integer",
            Ty::Double => "double",
            Ty::Bool => "boolean",
        }
    }
}

/// What a node attribute is computed from: the node and its strength (sum of incident weights).
type NodeField = (&'static str, &'static str, Ty, fn(&Node, usize) -> String);
type EdgeField = (&'static str, &'static str, Ty, fn(&Edge) -> String);

/// Node attributes: (id, title, type, value).
const NODE_FIELDS: &[NodeField] = &[
    ("n_type", "type", Ty::Str, |n, _| {
        n.kind.as_str().to_string()
    }),
    ("n_entity", "entity", Ty::Bool, |n, _| {
        n.kind.is_entity().to_string()
    }),
    ("n_mentions", "mentions", Ty::Int, |n, _| {
        n.mention_count().to_string()
    }),
    ("n_documents", "documents", Ty::Int, |n, _| {
        let docs: std::collections::BTreeSet<&str> =
            n.mentions.iter().map(|m| m.doc.as_str()).collect();
        docs.len().to_string()
    }),
    ("n_strength", "strength", Ty::Double, |_, s| {
        format!("{s}.0")
    }),
    ("n_aliases", "aliases", Ty::Str, |n, _| json(&n.aliases)),
    ("n_roles", "roles", Ty::Str, |n, _| json(&n.roles)),
    ("n_texts", "texts", Ty::Str, |n, _| json(&n.texts)),
];

/// Edge attributes: (id, title, type, value).
const EDGE_FIELDS: &[EdgeField] = &[
    ("e_relation", "relation", Ty::Str, |e| e.relation.clone()),
    ("e_negated", "negated", Ty::Bool, |e| e.negated.to_string()),
    ("e_documents", "documents", Ty::Int, |e| {
        let docs: std::collections::BTreeSet<&str> =
            e.evidence.iter().map(|x| x.doc.as_str()).collect();
        docs.len().to_string()
    }),
    ("e_surface", "surface", Ty::Str, |e| {
        json(&e.surface_forms())
    }),
    ("e_modality", "modality", Ty::Str, |e| json(&e.modalities())),
    ("e_attributed_to", "attributed_to", Ty::Str, |e| {
        json(&e.attributions())
    }),
    ("e_evidence", "evidence", Ty::Str, |e| json(&e.evidence)),
];

fn json<T: serde::Serialize + ?Sized>(value: &T) -> String {
    serde_json::to_string(value).expect("sets of strings and evidence serialize to JSON")
}

/// Escapes an attribute value: markup characters and `"` as entities, tab/LF/CR as character
/// references (attribute normalisation would make them spaces), forbidden characters dropped.
pub fn attr_value(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\t' => out.push_str("&#9;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            c if is_forbidden_in_xml(c) => {}
            c => out.push(c),
        }
    }
    out
}

/// First and last evidence date of an edge, if any evidence is dated.
pub fn edge_interval(e: &Edge) -> Option<(&str, &str)> {
    let mut dates = e
        .evidence
        .iter()
        .filter_map(|x| x.date.as_deref().and_then(iso_date));
    let first = dates.next()?;
    Some(dates.fold((first, first), |(lo, hi), d| (lo.min(d), hi.max(d))))
}

/// The whole GEXF document.
pub fn to_bytes(graph: &KnowledgeGraph) -> Result<Vec<u8>> {
    let mut bytes = Vec::new();
    write_to(graph, &mut bytes).map_err(|e| Error::other(format!("writing GEXF failed: {e}")))?;
    Ok(bytes)
}

/// A start tag whose attribute values are escaped by [`attr_value`] (quick-xml would leave
/// newlines and control characters as they are).
fn start<'a>(name: &'a str, attrs: &[(&str, &str)]) -> BytesStart<'a> {
    let mut tag = BytesStart::new(name);
    for (k, v) in attrs {
        let value = attr_value(v);
        tag.push_attribute(Attribute {
            key: quick_xml::name::QName(k),
            value: Cow::Owned(value),
        });
    }
    tag
}

type W<O> = Writer<O>;

fn empty<O: Write>(w: &mut W<O>, name: &str, attrs: &[(&str, &str)]) -> io::Result<()> {
    w.write_event(Event::Empty(start(name, attrs)))
}

fn open<O: Write>(w: &mut W<O>, name: &str, attrs: &[(&str, &str)]) -> io::Result<()> {
    w.write_event(Event::Start(start(name, attrs)))
}

fn close<O: Write>(w: &mut W<O>, name: &str) -> io::Result<()> {
    w.write_event(Event::End(BytesEnd::new(name)))
}

/// Streams the GEXF document into `out`, element by element.
pub fn write_to<O: Write>(graph: &KnowledgeGraph, out: O) -> io::Result<()> {
    let intervals: BTreeMap<&str, (&str, &str)> = graph
        .edges()
        .filter_map(|e| Some((e.id.as_str(), edge_interval(e)?)))
        .collect();
    let mut node_intervals: BTreeMap<&NodeId, (&str, &str)> = BTreeMap::new();
    let mut strength: BTreeMap<&NodeId, usize> = BTreeMap::new();
    for e in graph.edges() {
        for end in [&e.source, &e.target] {
            *strength.entry(end).or_default() += e.weight();
            if let Some(&(lo, hi)) = intervals.get(e.id.as_str()) {
                let span = node_intervals.entry(end).or_insert((lo, hi));
                *span = (span.0.min(lo), span.1.max(hi));
            }
        }
    }
    let dynamic = !intervals.is_empty();

    let mut w = Writer::new_with_indent(out, b' ', 2);
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    open(
        &mut w,
        "gexf",
        &[
            ("xmlns", "http://gexf.net/1.3"),
            ("xmlns:viz", "http://gexf.net/1.3/viz"),
            ("version", "1.3"),
        ],
    )?;
    open(&mut w, "meta", &[])?;
    w.create_element("creator")
        .write_text_content(BytesText::new("relgraph"))?;
    w.create_element("description")
        .write_text_content(BytesText::new(
            "Knowledge graph of actors and relations extracted from news text",
        ))?;
    close(&mut w, "meta")?;
    let mut graph_attrs = vec![("defaultedgetype", "directed"), ("idtype", "string")];
    if dynamic {
        graph_attrs.extend([("mode", "dynamic"), ("timeformat", "date")]);
    } else {
        graph_attrs.push(("mode", "static"));
    }
    open(&mut w, "graph", &graph_attrs)?;
    for (class, fields) in [
        (
            "node",
            NODE_FIELDS
                .iter()
                .map(|f| (f.0, f.1, f.2))
                .collect::<Vec<_>>(),
        ),
        (
            "edge",
            EDGE_FIELDS.iter().map(|f| (f.0, f.1, f.2)).collect(),
        ),
    ] {
        open(
            &mut w,
            "attributes",
            &[("class", class), ("mode", "static")],
        )?;
        for (id, title, ty) in fields {
            empty(
                &mut w,
                "attribute",
                &[("id", id), ("title", title), ("type", ty.name())],
            )?;
        }
        close(&mut w, "attributes")?;
    }

    open(
        &mut w,
        "nodes",
        &[("count", &graph.node_count().to_string())],
    )?;
    for n in graph.nodes() {
        let mut attrs = vec![("id", n.id.as_str()), ("label", n.name.as_str())];
        if let Some(&(lo, hi)) = node_intervals.get(&n.id) {
            attrs.extend([("start", lo), ("end", hi)]);
        }
        open(&mut w, "node", &attrs)?;
        let s = strength.get(&n.id).copied().unwrap_or(0);
        attvalues(&mut w, NODE_FIELDS.iter().map(|f| (f.0, (f.3)(n, s))))?;
        let (r, g, b) = rgb(n.kind);
        empty(
            &mut w,
            "viz:color",
            &[
                ("r", &r.to_string()),
                ("g", &g.to_string()),
                ("b", &b.to_string()),
            ],
        )?;
        let size = format!("{:.2}", node_size(n.mention_count()));
        empty(&mut w, "viz:size", &[("value", &size)])?;
        close(&mut w, "node")?;
    }
    close(&mut w, "nodes")?;

    open(
        &mut w,
        "edges",
        &[("count", &graph.edge_count().to_string())],
    )?;
    for e in graph.edges() {
        let label = e.display_relation();
        let weight = e.weight().to_string();
        let mut attrs = vec![
            ("id", e.id.as_str()),
            ("source", e.source.as_str()),
            ("target", e.target.as_str()),
            ("label", label.as_str()),
            ("kind", label.as_str()),
            ("weight", weight.as_str()),
        ];
        if let Some(&(lo, hi)) = intervals.get(e.id.as_str()) {
            attrs.extend([("start", lo), ("end", hi)]);
        }
        open(&mut w, "edge", &attrs)?;
        attvalues(&mut w, EDGE_FIELDS.iter().map(|f| (f.0, (f.3)(e))))?;
        if e.negated {
            empty(
                &mut w,
                "viz:color",
                &[("r", "227"), ("g", "26"), ("b", "28")],
            )?;
            empty(&mut w, "viz:shape", &[("value", "dashed")])?;
        }
        let thickness = format!("{:.2}", edge_thickness(e.weight()));
        empty(&mut w, "viz:thickness", &[("value", &thickness)])?;
        close(&mut w, "edge")?;
    }
    close(&mut w, "edges")?;
    close(&mut w, "graph")?;
    close(&mut w, "gexf")?;
    w.into_inner().write_all(b"\n")
}

fn attvalues<O: Write>(
    w: &mut W<O>,
    values: impl Iterator<Item = (&'static str, String)>,
) -> io::Result<()> {
    open(w, "attvalues", &[])?;
    for (id, value) in values {
        empty(w, "attvalue", &[("for", id), ("value", &value)])?;
    }
    close(w, "attvalues")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::fixtures::{adversarial_graph, sample_graph};

    fn text(g: &KnowledgeGraph) -> String {
        String::from_utf8(to_bytes(g).unwrap()).unwrap()
    }

    #[test]
    fn attr_value_table() {
        for (input, want) in [
            ("plain", "plain"),
            ("a<b>&c", "a&lt;b&gt;&amp;c"),
            ("say \"hi\"", "say &quot;hi&quot;"),
            ("two\nlines\r\ttab", "two&#10;lines&#13;&#9;tab"),
            ("bell\u{7}\u{0}", "bell"),
            ("🚀 שלום", "🚀 שלום"),
        ] {
            assert_eq!(attr_value(input), want, "{input:?}");
        }
    }

    #[test]
    fn dated_graph_is_dynamic_with_edge_and_node_intervals() {
        let xml = text(&sample_graph());
        assert!(
            xml.contains("mode=\"dynamic\" timeformat=\"date\""),
            "{xml}"
        );
        // The energy pause was agreed in doc-a (03-18) and again in doc-b (03-19).
        let line = xml
            .lines()
            .find(|l| l.contains("<edge ") && l.contains("agree to"))
            .unwrap();
        assert!(
            line.contains("start=\"2025-03-18\" end=\"2025-03-19\""),
            "{line}"
        );
        let node = xml
            .lines()
            .find(|l| l.contains("<node id=\"concept:energy-pause\""))
            .unwrap();
        assert!(
            node.contains("start=\"2025-03-18\" end=\"2025-03-19\""),
            "{node}"
        );
    }

    #[test]
    fn undated_graph_has_no_time_attribute() {
        let mut triples = crate::graph::fixtures::sample_triples();
        for t in &mut triples {
            t.evidence.date = None;
        }
        triples[0].evidence.date = Some("sometime in March".to_string());
        let xml = text(&crate::graph::fixtures::graph_of(&triples));
        for needle in ["dynamic", "timeformat", "start=", "end="] {
            assert!(!xml.contains(needle), "{needle} in {xml}");
        }
        assert!(xml.contains("mode=\"static\""));
    }

    #[test]
    fn parallel_relations_are_distinct_edges_with_kinds() {
        let mut triples = crate::graph::fixtures::sample_triples();
        let mut t = triples[0].clone();
        t.relation = "call".to_string();
        triples.push(t);
        let g = crate::graph::fixtures::graph_of(&triples);
        let xml = text(&g);
        assert_eq!(xml.matches("<edge id=").count(), g.edge_count());
        assert!(xml.contains("kind=\"call\""));
        assert!(xml.contains("kind=\"speak with\""));
        assert!(xml.contains("kind=\"not reject\""));
    }

    #[test]
    fn adversarial_labels_are_escaped_and_typed_attributes_declared() {
        let xml = text(&adversarial_graph());
        assert!(!xml.contains('\u{7}'));
        assert!(xml.contains("label=\"two&#10;lines\""), "{xml}");
        assert!(xml.contains("label=\"say &quot;hi&quot;\""));
        assert!(xml.contains("title=\"mentions\" type=\"integer\""));
        assert!(xml.contains("title=\"strength\" type=\"double\""));
        assert!(xml.contains("title=\"negated\" type=\"boolean\""));
        assert!(xml.contains("<viz:color r=\"166\" g=\"206\" b=\"227\"/>"));
    }
}
