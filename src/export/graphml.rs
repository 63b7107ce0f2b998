//! GraphML 1.0 writer, valid against the GraphML schema and readable by Gephi,
//! NetworkX, igraph and yEd.
//!
//! Nodes are `n0, n1, …` and edges `e0, e1, …` in id order; the relgraph id, the name and every
//! other attribute are `<data>` declared by a typed `<key>`. Gephi takes node labels from the
//! attribute named `label` and edge weights from `weight`, so those names are used. Set-valued
//! attributes (aliases, roles, texts, surface forms, …) and the evidence list are JSON arrays in
//! a string, which keeps separators inside values unambiguous. Characters XML 1.0 forbids are
//! removed from plain strings (inside JSON they are `\u` escapes, so lists keep them); a carriage
//! return is written as `&#13;` so parsers do not turn it into a newline.
//!
//! The layout (two-space indent, text content on its tag's line) is the one quick-xml's
//! indenting writer gives; values are escaped straight into a reused buffer, so writing
//! allocates nothing per node or edge.

use std::io::{self, Write};

use super::text::{OddBytes, Piece, digits, is_forbidden_in_xml, pieces};
use crate::error::{Error, Result};
use crate::graph::{Edge, KnowledgeGraph, Node};

/// GraphML attribute value types used here (`attr.type`).
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
            Ty::Int => "int",
            Ty::Double => "double",
            Ty::Bool => "boolean",
        }
    }
}

/// Node attributes: (key id, attr.name, type, writer of the escaped value).
type Field = (&'static str, &'static str, Ty, fn(&Node, &mut Record));
type EdgeField = (&'static str, &'static str, Ty, fn(&Edge, &mut Record));

const NODE_FIELDS: &[Field] = &[
    ("v_label", "label", Ty::Str, |n, r| r.text(&n.name)),
    ("v_id", "relgraph_id", Ty::Str, |n, r| r.text(n.id.as_str())),
    ("v_kind", "kind", Ty::Str, |n, r| {
        r.text(if n.kind.is_entity() {
            "entity"
        } else {
            "concept"
        });
    }),
    ("v_type", "type", Ty::Str, |n, r| r.text(n.kind.as_str())),
    ("v_aliases", "aliases", Ty::Str, |n, r| r.json(&n.aliases)),
    ("v_roles", "roles", Ty::Str, |n, r| r.json(&n.roles)),
    ("v_texts", "texts", Ty::Str, |n, r| r.json(&n.texts)),
    ("v_mentions", "mentions", Ty::Int, |n, r| {
        r.number(n.mention_count());
    }),
];

const EDGE_FIELDS: &[EdgeField] = &[
    ("e_label", "label", Ty::Str, |e, r| {
        if e.negated {
            r.text("not ");
        }
        r.text(&e.relation);
    }),
    ("e_id", "relgraph_id", Ty::Str, |e, r| r.text(e.id.as_str())),
    ("e_relation", "relation", Ty::Str, |e, r| {
        r.text(&e.relation)
    }),
    ("e_negated", "negated", Ty::Bool, |e, r| {
        r.text(if e.negated { "true" } else { "false" });
    }),
    ("e_weight", "weight", Ty::Double, |e, r| {
        r.number(e.weight())
    }),
    ("e_surface", "surface", Ty::Str, |e, r| {
        r.json(&e.surface_forms());
    }),
    ("e_modality", "modality", Ty::Str, |e, r| {
        r.json(&e.modalities())
    }),
    ("e_attributed_to", "attributed_to", Ty::Str, |e, r| {
        r.json(&e.attributions());
    }),
    ("e_evidence_count", "evidence_count", Ty::Int, |e, r| {
        r.number(e.evidence.len());
    }),
    ("e_evidence", "evidence", Ty::Str, |e, r| {
        r.json(&e.evidence)
    }),
];

/// Escapes element text: `&`, `<`, `>` as entities, CR as `&#13;`, forbidden characters dropped.
#[cfg(test)]
fn xml_text(s: &str) -> String {
    let mut r = Record::default();
    r.text(s);
    String::from_utf8(r.out).expect("escaping keeps UTF-8 intact")
}

/// One node or edge element being put together: its escaped bytes, and a scratch buffer for
/// JSON values. Both are reused from element to element, so writing allocates nothing per item.
#[derive(Debug, Default)]
struct Record {
    out: Vec<u8>,
    json: Vec<u8>,
}

impl Record {
    /// Appends `s` escaped as element text.
    fn text(&mut self, s: &str) {
        static ODD: OddBytes = OddBytes::new(true, b"&<>");
        for piece in pieces(s, &ODD) {
            let out = &mut self.out;
            match piece {
                Piece::Plain(run) => out.extend_from_slice(run.as_bytes()),
                Piece::Odd('&') => out.extend_from_slice(b"&amp;"),
                Piece::Odd('<') => out.extend_from_slice(b"&lt;"),
                Piece::Odd('>') => out.extend_from_slice(b"&gt;"),
                Piece::Odd('\r') => out.extend_from_slice(b"&#13;"),
                Piece::Odd(c) if is_forbidden_in_xml(c) => {}
                Piece::Odd(c) => out.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes()),
            }
        }
    }

    /// Appends `value` as compact JSON, escaped as element text.
    fn json<T: serde::Serialize + ?Sized>(&mut self, value: &T) {
        let mut json = std::mem::take(&mut self.json);
        json.clear();
        serde_json::to_writer(&mut json, value)
            .expect("sets of strings and evidence serialize to JSON");
        self.text(std::str::from_utf8(&json).expect("serde_json writes UTF-8"));
        self.json = json;
    }

    fn number(&mut self, n: usize) {
        self.out.extend_from_slice(digits(n, &mut [0; 20]));
    }

    fn raw(&mut self, s: &str) {
        self.out.extend_from_slice(s.as_bytes());
    }

    /// `<data key="…">value</data>` on its own line.
    fn data(&mut self, key: &str, value: impl FnOnce(&mut Record)) {
        self.raw("\n      <data key=\"");
        self.raw(key);
        self.raw("\">");
        value(self);
        self.raw("</data>");
    }
}

/// The whole GraphML document.
pub fn to_bytes(graph: &KnowledgeGraph) -> Result<Vec<u8>> {
    let mut bytes = Vec::new();
    write_to(graph, &mut bytes)
        .map_err(|e| Error::other(format!("writing GraphML failed: {e}")))?;
    Ok(bytes)
}

/// Streams the GraphML document into `w`: the same bytes as [`to_bytes`], two-space indented
/// laid out as described in the module documentation.
///
/// # Complexity
/// O(size of the output).
pub fn write_to<W: Write>(graph: &KnowledgeGraph, w: &mut W) -> io::Result<()> {
    w.write_all(
        b"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml \
          xmlns=\"http://graphml.graphdrawing.org/xmlns\" \
          xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" \
          xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns \
          http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">",
    )?;
    let keys = NODE_FIELDS.iter().map(|f| ("node", f.0, f.1, f.2));
    for (scope, id, name, ty) in keys.chain(EDGE_FIELDS.iter().map(|f| ("edge", f.0, f.1, f.2))) {
        write!(
            w,
            "\n  <key id=\"{id}\" for=\"{scope}\" attr.name=\"{name}\" attr.type=\"{}\"/>",
            ty.name()
        )?;
    }
    w.write_all(b"\n  <graph id=\"relgraph\" edgedefault=\"directed\">")?;
    write_graph(w, graph)?;
    w.write_all(b"\n  </graph>\n</graphml>\n")
}

fn write_graph<W: Write>(w: &mut W, graph: &KnowledgeGraph) -> io::Result<()> {
    let mut r = Record::default();
    for (i, n) in graph.nodes().enumerate() {
        r.out.clear();
        write!(r.out, "\n    <node id=\"n{i}\">")?;
        for (key, _, _, value) in NODE_FIELDS {
            r.data(key, |r| value(n, r));
        }
        r.raw("\n    </node>");
        w.write_all(&r.out)?;
    }
    // Nodes are n<position in id order>.
    for (i, (source, target, e)) in graph.edges_with_positions().enumerate() {
        r.out.clear();
        write!(
            r.out,
            "\n    <edge id=\"e{i}\" source=\"n{source}\" target=\"n{target}\">"
        )?;
        for (key, _, _, value) in EDGE_FIELDS {
            r.data(key, |r| value(e, r));
        }
        r.raw("\n    </edge>");
        w.write_all(&r.out)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xml_text_table() {
        for (input, want) in [
            ("a<b>&c", "a&lt;b&gt;&amp;c"),
            ("say \"hi\"", "say \"hi\""),
            ("cr\rlf\n", "cr&#13;lf\n"),
            ("bell\u{7}\u{0}", "bell"),
            ("tab\t🚀", "tab\t🚀"),
        ] {
            assert_eq!(xml_text(input), want, "{input:?}");
        }
    }

    #[test]
    fn keys_come_before_the_graph_and_cover_every_data() {
        let g = crate::graph::fixtures::sample_graph();
        let xml = String::from_utf8(to_bytes(&g).unwrap()).unwrap();
        let graph_at = xml.find("<graph ").unwrap();
        assert!(xml.rfind("<key ").unwrap() < graph_at);
        for (key, name, _, _) in NODE_FIELDS {
            assert!(
                xml.contains(&format!(
                    "<key id=\"{key}\" for=\"node\" attr.name=\"{name}\""
                )),
                "{key}"
            );
        }
        assert!(xml.contains("edgedefault=\"directed\""));
        assert!(xml.contains("<data key=\"e_weight\">2</data>"), "{xml}");
        assert_eq!(xml.matches("<node id=").count(), g.node_count());
        assert_eq!(xml.matches("<edge id=").count(), g.edge_count());
    }
}
