//! Graphviz DOT writer: a `Display` adapter with all quoting in one function, [`quote`].
//!
//! Node shape and fill colour show the node type, edge labels the relation (`not …`, dashed and
//! red when negated), pen width grows with the weight, tooltips (SVG hover text) give mentions,
//! aliases, roles and how many statements support an edge. `petgraph::dot` is not used: it writes
//! index ids and passes attribute text through unescaped.

use std::collections::BTreeMap;
use std::fmt::{self, Display};
use std::io::{self, Write};

use super::text::{OddBytes, Piece, digits, is_forbidden_in_xml, pieces};
use crate::document::EntityType;
use crate::graph::{Edge, KnowledgeGraph, Node, NodeKind};

/// Renders a graph as DOT: `write!(out, "{}", Dot::new(&graph))`; [`Dot::write_to`] streams
/// the same bytes into any `io::Write`.
#[derive(Debug, Clone, Copy)]
pub struct Dot<'a> {
    graph: &'a KnowledgeGraph,
}

impl<'a> Dot<'a> {
    pub fn new(graph: &'a KnowledgeGraph) -> Dot<'a> {
        Dot { graph }
    }
}

/// Quotes and escapes one DOT id or attribute value.
///
/// `"` and `\` are backslash-escaped (so Graphviz's own escapes such as `\N` or `\l` can never
/// appear by accident), `&` becomes `&amp;` (Graphviz decodes entities such as `&amp;` or
/// `&#955;` in labels, so a literal `&amp;` would otherwise render as `&`), a newline becomes `\n` and so does a carriage return or CR LF pair (both
/// are line breaks when rendered), tabs pass through (legal inside a quoted string), and
/// characters XML 1.0 forbids are dropped because Graphviz copies label text into SVG verbatim.
pub fn quote(s: &str) -> String {
    let mut out = Vec::with_capacity(s.len() + 2);
    let mut q = Quoted::open(&mut out).expect("writing to a Vec never fails");
    q.push(s).expect("writing to a Vec never fails");
    q.close().expect("writing to a Vec never fails");
    String::from_utf8(out).expect("quoting keeps UTF-8 intact")
}

/// One quoted value written piece by piece: the escaping of [`quote`] applied to the
/// concatenation of everything pushed, without building that string (a CR ending one piece
/// and an LF starting the next are still one line break).
struct Quoted<'w, W: Write> {
    w: &'w mut W,
    after_cr: bool,
}

impl<'w, W: Write> Quoted<'w, W> {
    fn open(w: &'w mut W) -> io::Result<Self> {
        w.write_all(b"\"")?;
        Ok(Quoted { w, after_cr: false })
    }

    fn push(&mut self, s: &str) -> io::Result<()> {
        static ODD: OddBytes = OddBytes::new(true, b"\"\\&");
        for piece in pieces(s, &ODD) {
            let c = match piece {
                Piece::Plain(run) => {
                    self.after_cr = false;
                    self.w.write_all(run.as_bytes())?;
                    continue;
                }
                Piece::Odd(c) => c,
            };
            let cr = std::mem::replace(&mut self.after_cr, c == '\r');
            match c {
                '"' => self.w.write_all(b"\\\"")?,
                '\\' => self.w.write_all(b"\\\\")?,
                '&' => self.w.write_all(b"&amp;")?,
                '\n' if cr => {}
                '\n' | '\r' => self.w.write_all(b"\\n")?,
                c if is_forbidden_in_xml(c) => {}
                c => self.w.write_all(c.encode_utf8(&mut [0; 4]).as_bytes())?,
            }
        }
        Ok(())
    }

    fn number(&mut self, n: usize) -> io::Result<()> {
        self.after_cr = false;
        self.w.write_all(digits(n, &mut [0; 20]))
    }

    /// `sep`-separated items.
    fn list<'s>(&mut self, items: impl IntoIterator<Item = &'s str>, sep: &str) -> io::Result<()> {
        for (i, item) in items.into_iter().enumerate() {
            if i > 0 {
                self.push(sep)?;
            }
            self.push(item)?;
        }
        Ok(())
    }

    fn close(self) -> io::Result<()> {
        self.w.write_all(b"\"")
    }
}

fn quoted<W: Write>(w: &mut W, s: &str) -> io::Result<()> {
    let mut q = Quoted::open(w)?;
    q.push(s)?;
    q.close()
}

/// Shape and fill colour per node type (ColorBrewer "Paired"/"Set3" pastels).
fn style(kind: NodeKind) -> (&'static str, &'static str) {
    match kind {
        NodeKind::Entity(EntityType::Person) => ("ellipse", "#a6cee3"),
        NodeKind::Entity(EntityType::Org) => ("box", "#fdbf6f"),
        NodeKind::Entity(EntityType::Gpe) => ("hexagon", "#b2df8a"),
        NodeKind::Entity(EntityType::Loc) => ("hexagon", "#ccebc5"),
        NodeKind::Entity(EntityType::Norp) => ("octagon", "#cab2d6"),
        NodeKind::Entity(EntityType::Event) => ("diamond", "#fb9a99"),
        NodeKind::Entity(EntityType::Misc) => ("ellipse", "#d9d9d9"),
        NodeKind::Concept => ("note", "#ffffb3"),
    }
}

/// `<Type> · N mentions`, then a line per non-empty set of aliases, roles and texts.
fn node_tooltip<W: Write>(q: &mut Quoted<'_, W>, n: &Node) -> io::Result<()> {
    let mentions = n.mention_count();
    q.push(n.kind.label())?;
    q.push(" · ")?;
    q.number(mentions)?;
    q.push(" mention")?;
    q.push(plural(mentions))?;
    for (what, set) in [
        ("aliases", &n.aliases),
        ("roles", &n.roles),
        ("texts", &n.texts),
    ] {
        if !set.is_empty() {
            q.push("\n")?;
            q.push(what)?;
            q.push(": ")?;
            q.list(set.iter().map(String::as_str), ", ")?;
        }
    }
    Ok(())
}

/// `<relation>: N statements in M documents`, then modality and attribution lines.
fn edge_tooltip<W: Write>(q: &mut Quoted<'_, W>, e: &Edge) -> io::Result<()> {
    let weight = e.weight();
    // Evidence is sorted by document first, so distinct documents are the changes of `doc`.
    let mut docs = 0;
    let mut last = None;
    for ev in &e.evidence {
        if last != Some(ev.doc.as_str()) {
            docs += 1;
            last = Some(ev.doc.as_str());
        }
    }
    if e.negated {
        q.push("not ")?;
    }
    q.push(&e.relation)?;
    q.push(": ")?;
    q.number(weight)?;
    q.push(" statement")?;
    q.push(plural(weight))?;
    q.push(" in ")?;
    q.number(docs)?;
    q.push(" document")?;
    q.push(plural(docs))?;
    for (what, set) in [
        ("modality", e.modalities()),
        ("according to", e.attributions()),
    ] {
        if !set.is_empty() {
            q.push("\n")?;
            q.push(what)?;
            q.push(": ")?;
            q.list(set, ", ")?;
        }
    }
    Ok(())
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

impl Dot<'_> {
    /// Writes the DOT text to `w` (wrap a file in a `BufWriter`: values are written in pieces).
    ///
    /// # Complexity
    /// O(size of the output); nothing is allocated per node or edge.
    pub fn write_to<W: Write>(&self, w: &mut W) -> io::Result<()> {
        w.write_all(
            b"digraph relgraph {\n  graph [rankdir=\"LR\", fontname=\"Helvetica\"];\n  \
              node [fontname=\"Helvetica\", style=\"filled\"];\n  \
              edge [fontname=\"Helvetica\", fontsize=\"10\"];\n",
        )?;
        for n in self.graph.nodes() {
            let (shape, fill) = style(n.kind);
            w.write_all(b"  ")?;
            quoted(w, n.id.as_str())?;
            w.write_all(b" [label=")?;
            quoted(w, &n.name)?;
            w.write_all(b", shape=\"")?;
            w.write_all(shape.as_bytes())?;
            w.write_all(b"\", fillcolor=\"")?;
            w.write_all(fill.as_bytes())?;
            w.write_all(b"\", tooltip=")?;
            let mut q = Quoted::open(w)?;
            node_tooltip(&mut q, n)?;
            q.close()?;
            w.write_all(b"];\n")?;
        }
        let mut penwidths = BTreeMap::new();
        for e in self.graph.edges() {
            let weight = e.weight();
            w.write_all(b"  ")?;
            quoted(w, e.source.as_str())?;
            w.write_all(b" -> ")?;
            quoted(w, e.target.as_str())?;
            w.write_all(b" [label=")?;
            let mut q = Quoted::open(w)?;
            if e.negated {
                q.push("not ")?;
            }
            q.push(&e.relation)?;
            q.close()?;
            // log2 keeps heavy edges readable: weight 1 → 1, 2 → 2, 4 → 3, 1024 → 11. Few
            // weights occur, and formatting a float is slow, so each is formatted once.
            let penwidth = penwidths
                .entry(weight)
                .or_insert_with(|| format!("{:.2}", 1.0 + (weight as f64).log2()));
            w.write_all(b", penwidth=\"")?;
            w.write_all(penwidth.as_bytes())?;
            w.write_all(b"\", weight=\"")?;
            w.write_all(digits(weight, &mut [0; 20]))?;
            w.write_all(b"\", tooltip=")?;
            let mut q = Quoted::open(w)?;
            edge_tooltip(&mut q, e)?;
            q.close()?;
            if e.negated {
                w.write_all(b", style=\"dashed\", color=\"#e31a1c\"")?;
            }
            w.write_all(b"];\n")?;
        }
        w.write_all(b"}\n")
    }
}

impl Display for Dot<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut bytes = Vec::new();
        self.write_to(&mut bytes).map_err(|_| fmt::Error)?;
        f.write_str(std::str::from_utf8(&bytes).map_err(|_| fmt::Error)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quote_table() {
        for (input, want) in [
            ("plain", r#""plain""#),
            (r#"say "hi""#, r#""say \"hi\"""#),
            (r"back\slash", r#""back\\slash""#),
            (r"\N\l", r#""\\N\\l""#),
            ("two\nlines", r#""two\nlines""#),
            ("cr\rlf\r\nend", r#""cr\nlf\nend""#),
            ("tab\there", "\"tab\there\""),
            ("<b>&amp;</b>", r#""<b>&amp;amp;</b>""#),
            ("bell\u{7}", r#""bell""#),
            ("", r#""""#),
            ("🚀 שלום", "\"🚀 שלום\""),
        ] {
            assert_eq!(quote(input), want, "{input:?}");
        }
    }

    #[test]
    fn pieces_are_escaped_like_their_concatenation() {
        for pieces in [
            &["a\r", "\nb"][..],
            &["\r", "", "\n"],
            &["x\r", "\r\n"],
            &["\"", "&"],
        ] {
            let mut out = Vec::new();
            let mut q = Quoted::open(&mut out).unwrap();
            for p in pieces {
                q.push(p).unwrap();
            }
            q.close().unwrap();
            assert_eq!(
                String::from_utf8(out).unwrap(),
                quote(&pieces.concat()),
                "{pieces:?}"
            );
        }
    }

    #[test]
    fn every_label_is_quoted() {
        let g = crate::graph::fixtures::adversarial_graph();
        let dot = Dot::new(&g).to_string();
        assert!(dot.contains(r#"[label="say \"hi\"""#), "{dot}");
        assert!(dot.contains(r#"[label="two\nlines""#), "{dot}");
        assert!(!dot.contains('\u{7}'));
        assert!(!dot.contains('\r'));
        // Every line but the braces is one statement: no raw newline leaked from a label.
        assert!(
            dot.lines().skip(1).all(|l| l == "}" || l.ends_with(';')),
            "{dot}"
        );
    }

    #[test]
    fn negated_edges_are_dashed_and_prefixed() {
        let g = crate::graph::fixtures::sample_graph();
        let dot = Dot::new(&g).to_string();
        let line = dot
            .lines()
            .find(|l| l.contains("-> \"concept:ceasefire\"") && l.contains("org:"))
            .unwrap();
        assert!(line.contains("label=\"not reject\""), "{line}");
        assert!(line.contains("style=\"dashed\""), "{line}");
    }
}
