//! graph.html: one self-contained, offline, interactive viewer (no network, no third-party code).
//!
//! The page is a fixed template ([`TEMPLATE`], html/template.html, with html/viewer.css and
//! html/viewer.js, all written for relgraph and embedded with `include_str!`) plus the graph as JSON inside
//! `<script type="application/json" id="graph-data">`. Inside that element `<`, `>` and `&` are
//! written as `\u003c`, `\u003e`, `\u0026` (and U+2028/U+2029 escaped), so no label can close
//! the script element or open markup; the script reads the data with `JSON.parse` and puts text
//! on the page only through `textContent`, never as HTML.
//!
//! The viewer lays the graph out with a force-directed layout (Fruchterman & Reingold 1991,
//! "Graph drawing by force-directed placement", with a grid for repulsion so large graphs stay
//! fast) on an SVG, and offers pan (drag) and zoom (wheel, buttons), search by name or alias
//! (`#q=putin` in the URL searches on load; `#node=ID` and `#edge=ID` open the details of a node
//! or edge; `#types=PERSON,ORG` shows only those types), filters by entity type and relation, and a details
//! panel: click a node or an edge to read its evidence sentences with the subject and object
//! highlighted.
//!
//! Data shape (`E` edges refer to nodes by index):
//!
//! ```text
//! {"nodes": [{"id", "name", "type", "label", "aliases", "roles", "mentions", "color", "size"}],
//!  "edges": [{"id", "s", "t", "relation", "label", "negated", "weight",
//!             "evidence": [{"doc", "sentence", "date", "surface", "modality", "attributed_to",
//!                           "text", "hl": [[start, end, "s"|"o"]]}]}],
//!  "types": [[type, label, color, count]], "relations": [[label, count]]}
//! ```
//!
//! `hl` offsets are UTF-16 code units into `text` (what JavaScript string indices count). They
//! come from the argument byte spans relative to the sentence span; when a span does not fall
//! inside the stored sentence text on character boundaries, the first occurrence of the node's
//! name in the text is highlighted instead, and nothing when there is none.

use std::collections::BTreeMap;
use std::io::{self, Write};

use serde::Serialize;

use super::Seq;
use super::palette::{hex, node_size};
use crate::document::Span;
use crate::graph::{Edge, EdgeEvidence, KnowledgeGraph, Node};

/// The page around the data (html/template.html): `{{TITLE}}`, `{{CSS}}`, `{{DATA}}`, `{{JS}}`
/// are filled in.
pub const TEMPLATE: &str = include_str!("html/template.html");

const CSS: &str = include_str!("html/viewer.css");
const JS: &str = include_str!("html/viewer.js");

#[derive(Serialize)]
struct ViewNode<'a> {
    id: &'a str,
    name: &'a str,
    #[serde(rename = "type")]
    kind: &'static str,
    label: &'static str,
    aliases: Vec<&'a str>,
    roles: Vec<&'a str>,
    mentions: usize,
    color: String,
    size: f64,
}

#[derive(Serialize)]
struct ViewEvidence<'a> {
    doc: &'a str,
    sentence: usize,
    date: Option<&'a str>,
    surface: &'a str,
    modality: Option<&'a str>,
    attributed_to: Option<&'a str>,
    text: &'a str,
    hl: Vec<(usize, usize, &'static str)>,
}

#[derive(Serialize)]
struct ViewEdge<'a> {
    id: &'a str,
    s: usize,
    t: usize,
    relation: &'a str,
    label: String,
    negated: bool,
    weight: usize,
    evidence: Evidences<'a>,
}

/// An edge's evidence, serialized one statement at a time (with the names to highlight when a
/// span does not fit the sentence).
struct Evidences<'a> {
    list: &'a [EdgeEvidence],
    subject: &'a str,
    object: &'a str,
}

impl Serialize for Evidences<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(
            self.list
                .iter()
                .map(|ev| evidence(ev, self.subject, self.object)),
        )
    }
}

/// The data object. Nodes and edges (with every evidence sentence) are serialized straight from
/// the graph one at a time, so the page never holds a second copy of the graph's evidence.
#[derive(Serialize)]
struct View<N, E> {
    nodes: N,
    edges: E,
    types: Vec<(&'static str, &'static str, String, usize)>,
    relations: Vec<(String, usize)>,
}

/// UTF-16 offsets into `text` of the document span `arg`, given the sentence's document span;
/// falls back to the first occurrence of `name`.
fn highlight(text: &str, sentence: Span, arg: Span, name: &str) -> Option<(usize, usize)> {
    let utf16 = |b: usize| text[..b].encode_utf16().count();
    let relative = arg
        .start
        .checked_sub(sentence.start)
        .zip(arg.end.checked_sub(sentence.start))
        .filter(|&(s, e)| {
            s < e && e <= text.len() && text.is_char_boundary(s) && text.is_char_boundary(e)
        });
    let (s, e) = match relative {
        Some(r) => r,
        None if !name.is_empty() => {
            let s = text.find(name)?;
            (s, s + name.len())
        }
        None => return None,
    };
    Some((utf16(s), utf16(e)))
}

fn evidence<'a>(ev: &'a EdgeEvidence, subject: &str, object: &str) -> ViewEvidence<'a> {
    let mut hl = Vec::new();
    if let Some((s, e)) = highlight(&ev.text, ev.span, ev.subject, subject) {
        hl.push((s, e, "s"));
    }
    if let Some((s, e)) = highlight(&ev.text, ev.span, ev.object, object) {
        // Overlapping marks cannot both be shown; the subject wins.
        if hl.iter().all(|&(hs, he, _)| e <= hs || s >= he) {
            hl.push((s, e, "o"));
        }
    }
    hl.sort();
    ViewEvidence {
        doc: &ev.doc,
        sentence: ev.sentence,
        date: ev.date.as_deref(),
        surface: &ev.surface,
        modality: ev.modality.as_deref(),
        attributed_to: ev.attributed_to.as_deref(),
        text: &ev.text,
        hl,
    }
}

fn view_node(n: &Node) -> ViewNode<'_> {
    ViewNode {
        id: n.id.as_str(),
        name: &n.name,
        kind: n.kind.as_str(),
        label: n.kind.label(),
        aliases: n.aliases.iter().map(String::as_str).collect(),
        roles: n.roles.iter().map(String::as_str).collect(),
        mentions: n.mention_count(),
        color: hex(n.kind),
        size: node_size(n.mention_count()),
    }
}

fn view_edge<'a>(graph: &'a KnowledgeGraph, s: usize, t: usize, e: &'a Edge) -> ViewEdge<'a> {
    let name = |id| graph.node(id).map_or("", |n| n.name.as_str());
    let (subject, object) = (name(&e.source), name(&e.target));
    ViewEdge {
        id: e.id.as_str(),
        s,
        t,
        relation: &e.relation,
        label: e.display_relation(),
        negated: e.negated,
        weight: e.weight(),
        evidence: Evidences {
            list: e.evidence.as_slice(),
            subject,
            object,
        },
    }
}

/// Writes the data object: the type and relation counts first (small), then everything else
/// streamed.
fn write_view<W: Write>(graph: &KnowledgeGraph, w: W) -> serde_json::Result<()> {
    let mut types: BTreeMap<&'static str, (&'static str, String, usize)> = BTreeMap::new();
    for n in graph.nodes() {
        types
            .entry(n.kind.as_str())
            .or_insert((n.kind.label(), hex(n.kind), 0))
            .2 += 1;
    }
    let mut relations: BTreeMap<String, usize> = BTreeMap::new();
    for e in graph.edges() {
        *relations.entry(e.display_relation()).or_default() += 1;
    }
    let view = View {
        nodes: Seq(|| graph.nodes().map(view_node)),
        edges: Seq(|| {
            graph
                .edges_with_positions()
                .map(|(s, t, e)| view_edge(graph, s, t, e))
        }),
        types: types
            .into_iter()
            .map(|(t, (l, c, n))| (t, l, c, n))
            .collect(),
        relations: relations.into_iter().collect(),
    };
    serde_json::to_writer(w, &view)
}

/// JSON made safe inside `<script>`: `<`, `>`, `&`, U+2028 and U+2029 as `\u` escapes (they
/// only occur inside JSON strings, where the escape means the same character).
pub fn script_json(json: &str) -> String {
    let mut out = Vec::new();
    let mut w = ScriptJson::new(&mut out);
    w.write_all(json.as_bytes())
        .and_then(|()| w.finish())
        .expect("writing to memory cannot fail");
    String::from_utf8(out).expect("escaping keeps UTF-8 valid")
}

/// The whole page.
pub fn to_string(graph: &KnowledgeGraph) -> String {
    let mut out = Vec::new();
    write_to(graph, &mut out).expect("writing to memory cannot fail");
    String::from_utf8(out).expect("the page is UTF-8")
}

/// Streams the page into `w`; the data goes through [`ScriptJson`] as it is serialized, so the
/// page is never held in memory whole.
pub fn write_to<W: Write>(graph: &KnowledgeGraph, mut w: W) -> io::Result<()> {
    let title = format!(
        "relgraph: {} nodes, {} edges",
        graph.node_count(),
        graph.edge_count()
    );
    // Fill the data last: it is the only part that could contain a `{{…}}` look-alike.
    let page = TEMPLATE
        .replacen("{{TITLE}}", &title, 1)
        .replacen("{{CSS}}", CSS, 1)
        .replacen("{{JS}}", JS, 1);
    let (head, tail) = page
        .split_once("{{DATA}}")
        .expect("the template has a {{DATA}} slot");
    w.write_all(head.as_bytes())?;
    let mut data = ScriptJson::new(&mut w);
    write_view(graph, &mut data).map_err(io::Error::from)?;
    data.finish()?;
    w.write_all(tail.as_bytes())
}

/// A writer that applies [`script_json`]'s escapes to the UTF-8 bytes passing through it. A
/// line or paragraph separator split across two writes is held back until it is complete.
struct ScriptJson<W: Write> {
    inner: W,
    /// Leading bytes of a possible U+2028/U+2029 (`E2 80 A8`/`E2 80 A9`) seen so far.
    pending: Vec<u8>,
}

impl<W: Write> ScriptJson<W> {
    fn new(inner: W) -> Self {
        ScriptJson {
            inner,
            pending: Vec::new(),
        }
    }

    /// Writes out any held-back bytes (an incomplete separator is not a separator).
    fn finish(mut self) -> io::Result<()> {
        let pending = std::mem::take(&mut self.pending);
        self.inner.write_all(&pending)
    }
}

impl<W: Write> Write for ScriptJson<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let mut out = Vec::with_capacity(buf.len() + 16);
        for &b in buf {
            if !self.pending.is_empty() {
                self.pending.push(b);
                match self.pending.as_slice() {
                    [0xE2] | [0xE2, 0x80] => continue,
                    [0xE2, 0x80, 0xA8] => out.extend_from_slice(b"\\u2028"),
                    [0xE2, 0x80, 0xA9] => out.extend_from_slice(b"\\u2029"),
                    other => out.extend_from_slice(other),
                }
                self.pending.clear();
                continue;
            }
            match b {
                b'<' => out.extend_from_slice(b"\\u003c"),
                b'>' => out.extend_from_slice(b"\\u003e"),
                b'&' => out.extend_from_slice(b"\\u0026"),
                0xE2 => self.pending.push(b),
                b => out.push(b),
            }
        }
        self.inner.write_all(&out)?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn script_json_table() {
        for (input, want) in [
            (
                r#""</script><b>&amp;""#,
                r#""\u003c/script\u003e\u003cb\u003e\u0026amp;""#,
            ),
            ("\"\u{2028}\"", "\"\\u2028\""),
            ("\"שלום 🚀\"", "\"שלום 🚀\""),
        ] {
            let got = script_json(input);
            assert_eq!(got, want, "{input:?}");
            let a: serde_json::Value = serde_json::from_str(input).unwrap();
            let b: serde_json::Value = serde_json::from_str(&got).unwrap();
            assert_eq!(a, b, "same value after escaping");
        }
    }

    #[test]
    fn streaming_escapes_match_script_json_at_every_split() {
        let input = "\"a<b>&c\u{2028}d\u{2029}e\u{2027}f🚀\u{2028}\"";
        let want = script_json(input);
        let bytes = input.as_bytes();
        for cut in 0..=bytes.len() {
            for cut2 in cut..=bytes.len() {
                let mut out = Vec::new();
                let mut w = ScriptJson::new(&mut out);
                w.write_all(&bytes[..cut]).unwrap();
                w.write_all(&bytes[cut..cut2]).unwrap();
                w.write_all(&bytes[cut2..]).unwrap();
                w.finish().unwrap();
                assert_eq!(String::from_utf8(out).unwrap(), want, "cuts {cut} {cut2}");
            }
        }
    }

    #[test]
    fn highlight_table() {
        let text = "Ünal met Putin.";
        let sentence = Span::new(100, 100 + text.len());
        // Document bytes 110..115 are "Putin" (Ü is two bytes, one UTF-16 unit).
        assert_eq!(
            highlight(text, sentence, Span::new(110, 115), "x"),
            Some((9, 14))
        );
        assert_eq!(
            highlight(text, sentence, Span::new(100, 105), "x"),
            Some((0, 4))
        );
        // Out of the sentence or inside a character: fall back to the name, else nothing.
        assert_eq!(
            highlight(text, sentence, Span::new(10, 15), "Putin"),
            Some((9, 14))
        );
        assert_eq!(
            highlight(text, sentence, Span::new(101, 103), "met"),
            Some((5, 8))
        );
        assert_eq!(highlight(text, sentence, Span::new(10, 15), "Trump"), None);
    }

    #[test]
    fn page_is_self_contained_and_data_cannot_break_out() {
        let g = crate::graph::fixtures::adversarial_graph();
        let page = to_string(&g);
        let start = page
            .find("<script type=\"application/json\" id=\"graph-data\">")
            .unwrap();
        let data_end = page[start..].find("</script>").unwrap() + start;
        let data = &page[start..data_end];
        assert!(!data[1..].contains('<'), "raw < inside the data");
        let json = &data[data.find('>').unwrap() + 1..];
        let v: serde_json::Value = serde_json::from_str(json).unwrap();
        assert_eq!(v["nodes"].as_array().unwrap().len(), g.node_count());
        assert!(
            v["nodes"]
                .as_array()
                .unwrap()
                .iter()
                .any(|n| n["name"] == "<b>&amp;</b>")
        );
        for banned in [
            "<script src",
            "<link",
            "https://",
            "@import",
            "fetch(",
            "XMLHttpRequest",
        ] {
            assert!(!page.contains(banned), "{banned}");
        }
        // The only url() references are the page's own arrow markers.
        assert!(
            page.split("url(")
                .skip(1)
                .all(|rest| rest.starts_with("#arrow"))
        );
        assert!(!page.contains("{{"), "unfilled placeholder");
    }
}
