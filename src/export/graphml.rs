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

use super::text::{OddBytes, Piece, digits, distinct, is_forbidden_in_xml, pieces};
use crate::document::Span;
use crate::error::{Error, Result};
use crate::graph::{Edge, EdgeEvidence, KnowledgeGraph, Node};

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
type Field = (
    &'static str,
    &'static str,
    Ty,
    for<'g> fn(&'g Node, &mut Record<'g>),
);
type EdgeField = (
    &'static str,
    &'static str,
    Ty,
    for<'g> fn(&'g Edge, &mut Record<'g>),
);

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
    ("v_aliases", "aliases", Ty::Str, |n, r| {
        r.json_strs(n.aliases.iter().map(String::as_str));
    }),
    ("v_roles", "roles", Ty::Str, |n, r| {
        r.json_strs(n.roles.iter().map(String::as_str));
    }),
    ("v_texts", "texts", Ty::Str, |n, r| {
        r.json_strs(n.texts.iter().map(String::as_str));
    }),
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
        r.json_distinct(e.evidence.iter().map(|x| x.surface.as_str()));
    }),
    ("e_modality", "modality", Ty::Str, |e, r| {
        r.json_distinct(e.evidence.iter().filter_map(|x| x.modality.as_deref()));
    }),
    ("e_attributed_to", "attributed_to", Ty::Str, |e, r| {
        r.json_distinct(e.evidence.iter().filter_map(|x| x.attributed_to.as_deref()));
    }),
    ("e_evidence_count", "evidence_count", Ty::Int, |e, r| {
        r.number(e.evidence.len());
    }),
    ("e_evidence", "evidence", Ty::Str, |e, r| {
        r.json_evidence(e.evidence.as_slice());
    }),
];

/// Escapes element text: `&`, `<`, `>` as entities, CR as `&#13;`, forbidden characters dropped.
#[cfg(test)]
fn xml_text(s: &str) -> String {
    let mut r = Record::default();
    r.text(s);
    String::from_utf8(r.out).expect("escaping keeps UTF-8 intact")
}

/// One node or edge element being put together: its escaped bytes, and scratch room for the
/// distinct values of a set. Both are reused from element to element, so writing allocates
/// nothing per item.
#[derive(Debug, Default)]
struct Record<'g> {
    out: Vec<u8>,
    distinct: Vec<&'g str>,
}

impl<'g> Record<'g> {
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

    /// Appends `s` as a JSON string, escaped as element text, in one pass: the bytes
    /// `serde_json` would write for `s`, then [`Record::text`] applied to them (tested against
    /// exactly that). JSON escapes every control character, so of the characters XML forbids
    /// only U+FFFE and U+FFFF reach the XML escaping, which drops them.
    fn json_str(&mut self, s: &str) {
        static ODD: OddBytes<6> = OddBytes::new(true, b"\"\\&<>");
        const HEX: &[u8; 16] = b"0123456789abcdef";
        let out = &mut self.out;
        out.push(b'"');
        for piece in pieces(s, &ODD) {
            match piece {
                Piece::Plain(run) => out.extend_from_slice(run.as_bytes()),
                Piece::Odd('"') => out.extend_from_slice(b"\\\""),
                Piece::Odd('\\') => out.extend_from_slice(b"\\\\"),
                Piece::Odd('&') => out.extend_from_slice(b"&amp;"),
                Piece::Odd('<') => out.extend_from_slice(b"&lt;"),
                Piece::Odd('>') => out.extend_from_slice(b"&gt;"),
                Piece::Odd('\n') => out.extend_from_slice(b"\\n"),
                Piece::Odd('\r') => out.extend_from_slice(b"\\r"),
                Piece::Odd('\t') => out.extend_from_slice(b"\\t"),
                Piece::Odd('\u{8}') => out.extend_from_slice(b"\\b"),
                Piece::Odd('\u{C}') => out.extend_from_slice(b"\\f"),
                Piece::Odd(c) if c < ' ' => {
                    let b = c as usize;
                    out.extend_from_slice(b"\\u00");
                    out.extend_from_slice(&[HEX[b >> 4], HEX[b & 15]]);
                }
                Piece::Odd(c) if is_forbidden_in_xml(c) => {}
                Piece::Odd(c) => out.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes()),
            }
        }
        out.push(b'"');
    }

    /// Appends a JSON array of strings, escaped as element text.
    fn json_strs<'s>(&mut self, items: impl IntoIterator<Item = &'s str>) {
        self.out.push(b'[');
        for (i, item) in items.into_iter().enumerate() {
            if i > 0 {
                self.out.push(b',');
            }
            self.json_str(item);
        }
        self.out.push(b']');
    }

    /// [`Record::json_strs`] of the distinct values, sorted (a set's JSON).
    fn json_distinct(&mut self, items: impl IntoIterator<Item = &'g str>) {
        let mut scratch = std::mem::take(&mut self.distinct);
        self.json_strs(distinct(&mut scratch, items).iter().copied());
        self.distinct = scratch;
    }

    /// `"key":`
    fn json_key(&mut self, key: &str) {
        self.out.push(b'"');
        self.raw(key);
        self.raw("\":");
    }

    fn json_span(&mut self, key: &str, span: Span) {
        self.json_key(key);
        self.raw("{\"start\":");
        self.number(span.start);
        self.raw(",\"end\":");
        self.number(span.end);
        self.out.push(b'}');
    }

    /// Appends the evidence list as the JSON `serde_json` writes for it (fields in declaration
    /// order, absent options left out), escaped as element text.
    fn json_evidence(&mut self, evidence: &[EdgeEvidence]) {
        self.out.push(b'[');
        for (i, ev) in evidence.iter().enumerate() {
            if i > 0 {
                self.out.push(b',');
            }
            self.raw("{\"doc\":");
            self.json_str(&ev.doc);
            self.raw(",\"sentence\":");
            self.number(ev.sentence);
            self.out.push(b',');
            self.json_span("span", ev.span);
            self.out.push(b',');
            self.json_span("subject", ev.subject);
            self.out.push(b',');
            self.json_span("object", ev.object);
            self.raw(",\"text\":");
            self.json_str(&ev.text);
            self.raw(",\"surface\":");
            self.json_str(&ev.surface);
            for (key, value) in [
                ("date", &ev.date),
                ("modality", &ev.modality),
                ("attributed_to", &ev.attributed_to),
            ] {
                if let Some(value) = value {
                    self.out.push(b',');
                    self.json_key(key);
                    self.json_str(value);
                }
            }
            self.out.push(b'}');
        }
        self.out.push(b']');
    }

    fn number(&mut self, n: usize) {
        self.out.extend_from_slice(digits(n, &mut [0; 20]));
    }

    fn raw(&mut self, s: &str) {
        self.out.extend_from_slice(s.as_bytes());
    }

    /// `<data key="…">value</data>` on its own line.
    fn data(&mut self, key: &str, value: impl FnOnce(&mut Record<'g>)) {
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

    /// The old route: `serde_json` into a buffer, then element-text escaping.
    fn via_serde<T: serde::Serialize + ?Sized>(value: &T) -> String {
        xml_text(&serde_json::to_string(value).unwrap())
    }

    fn record<'g>(fill: impl FnOnce(&mut Record<'g>)) -> String {
        let mut r = Record::default();
        fill(&mut r);
        String::from_utf8(r.out).unwrap()
    }

    fn odd_strings() -> Vec<String> {
        let mut all: String = (0..0x80u8).map(char::from).collect();
        all.push_str("\u{FFFE}\u{FFFF}\u{FFFD}\u{F000}é🚀");
        let mut cases: Vec<String> = [
            "",
            "plain words",
            "a<b>&c \"q\" back\\slash",
            "cr\rlf\n\ttab\u{7}\u{0}\u{1F}\u{8}\u{C}\u{7F}",
            "long run without anything odd at all, then & at the end",
        ]
        .map(String::from)
        .to_vec();
        let starts = all.char_indices().map(|(i, _)| i).step_by(7);
        cases.extend(starts.map(|i| all[i..].to_string()).collect::<Vec<_>>());
        cases.push(all);
        cases
    }

    #[test]
    fn one_pass_json_matches_serde_json_then_xml_escaping() {
        let cases = odd_strings();
        for s in &cases {
            assert_eq!(record(|r| r.json_str(s)), via_serde(s), "{s:?}");
        }
        let set: std::collections::BTreeSet<&str> = cases.iter().map(String::as_str).collect();
        assert_eq!(
            record(|r| r.json_strs(set.iter().copied())),
            via_serde(&set)
        );
        assert_eq!(
            record(|r| r.json_strs([])),
            via_serde(&Vec::<String>::new())
        );
        let repeated = cases.iter().chain(&cases).map(String::as_str);
        assert_eq!(record(|r| r.json_distinct(repeated)), via_serde(&set));
    }

    #[test]
    fn one_pass_evidence_matches_serde_json() {
        let cases = odd_strings();
        let evidence: Vec<EdgeEvidence> = cases
            .iter()
            .enumerate()
            .map(|(i, s)| EdgeEvidence {
                doc: format!("d{i}{s}"),
                sentence: i * 1000,
                span: Span::new(i, i + 7),
                subject: Span::new(0, usize::MAX),
                object: Span::new(i, i + 3),
                text: s.clone(),
                surface: s.chars().rev().collect(),
                date: (i % 2 == 0).then(|| s.clone()),
                modality: (i % 3 == 0).then(|| "would".into()),
                attributed_to: (i % 4 == 1).then(|| s.clone()),
            })
            .collect();
        assert_eq!(record(|r| r.json_evidence(&evidence)), via_serde(&evidence));
        assert_eq!(record(|r| r.json_evidence(&[])), via_serde(&evidence[..0]));
        let g = crate::graph::fixtures::adversarial_graph();
        for e in g.edges() {
            assert_eq!(
                record(|r| r.json_evidence(e.evidence.as_slice())),
                via_serde(&e.evidence)
            );
            assert_eq!(
                record(|r| r.json_distinct(e.evidence.iter().map(|x| x.surface.as_str()))),
                via_serde(&e.surface_forms())
            );
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
