//! Graphviz DOT writer: a `Display` adapter with all quoting in one function, [`quote`].
//!
//! Node shape and fill colour show the node type, edge labels the relation (`not …`, dashed and
//! red when negated), pen width grows with the weight, tooltips (SVG hover text) give mentions,
//! aliases, roles and how many statements support an edge. `petgraph::dot` is not used: it writes
//! index ids and passes attribute text through unescaped.

use std::collections::BTreeSet;
use std::fmt::{self, Display, Write};

use super::text::is_forbidden_in_xml;
use crate::document::EntityType;
use crate::graph::{KnowledgeGraph, Node, NodeKind};

/// Renders a graph as DOT: `write!(out, "{}", Dot::new(&graph))`.
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
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '&' => out.push_str("&amp;"),
            '\n' => out.push_str("\\n"),
            '\r' => {
                chars.next_if_eq(&'\n');
                out.push_str("\\n");
            }
            c if is_forbidden_in_xml(c) => {}
            c => out.push(c),
        }
    }
    out.push('"');
    out
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

fn node_tooltip(n: &Node) -> String {
    let mut t = format!(
        "{} · {} mention{}",
        n.kind.label(),
        n.mention_count(),
        plural(n.mention_count())
    );
    for (what, set) in [
        ("aliases", &n.aliases),
        ("roles", &n.roles),
        ("texts", &n.texts),
    ] {
        if !set.is_empty() {
            let list: Vec<&str> = set.iter().map(String::as_str).collect();
            let _ = write!(t, "\n{what}: {}", list.join(", "));
        }
    }
    t
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

impl Display for Dot<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "digraph relgraph {{")?;
        writeln!(f, "  graph [rankdir=\"LR\", fontname=\"Helvetica\"];")?;
        writeln!(f, "  node [fontname=\"Helvetica\", style=\"filled\"];")?;
        writeln!(f, "  edge [fontname=\"Helvetica\", fontsize=\"10\"];")?;
        for n in self.graph.nodes() {
            let (shape, fill) = style(n.kind);
            writeln!(
                f,
                "  {} [label={}, shape=\"{shape}\", fillcolor=\"{fill}\", tooltip={}];",
                quote(n.id.as_str()),
                quote(&n.name),
                quote(&node_tooltip(n)),
            )?;
        }
        for e in self.graph.edges() {
            let weight = e.weight();
            let docs: BTreeSet<&str> = e.evidence.iter().map(|ev| ev.doc.as_str()).collect();
            let mut tooltip = format!(
                "{}: {weight} statement{} in {} document{}",
                e.display_relation(),
                plural(weight),
                docs.len(),
                plural(docs.len())
            );
            for (what, set) in [
                ("modality", e.modalities()),
                ("according to", e.attributions()),
            ] {
                if !set.is_empty() {
                    let list: Vec<&str> = set.into_iter().collect();
                    let _ = write!(tooltip, "\n{what}: {}", list.join(", "));
                }
            }
            // log2 keeps heavy edges readable: weight 1 → 1, 2 → 2, 4 → 3, 1024 → 11.
            let penwidth = 1.0 + (weight as f64).log2();
            let negated = if e.negated {
                ", style=\"dashed\", color=\"#e31a1c\""
            } else {
                ""
            };
            writeln!(
                f,
                "  {} -> {} [label={}, penwidth=\"{penwidth:.2}\", weight=\"{weight}\", tooltip={}{negated}];",
                quote(e.source.as_str()),
                quote(e.target.as_str()),
                quote(&e.display_relation()),
                quote(&tooltip),
            )?;
        }
        writeln!(f, "}}")
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
