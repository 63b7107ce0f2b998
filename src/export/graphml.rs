//! GraphML 1.0 writer (quick-xml), valid against the GraphML schema and readable by Gephi,
//! NetworkX, igraph and yEd.
//!
//! Nodes are `n0, n1, …` and edges `e0, e1, …` in id order; the relgraph id, the name and every
//! other attribute are `<data>` declared by a typed `<key>`. Gephi takes node labels from the
//! attribute named `label` and edge weights from `weight`, so those names are used. Set-valued
//! attributes (aliases, roles, texts, surface forms, …) and the evidence list are JSON arrays in
//! a string, which keeps separators inside values unambiguous. Characters XML 1.0 forbids are
//! removed from plain strings (inside JSON they are `\u` escapes, so lists keep them); a carriage
//! return is written as `&#13;` so parsers do not turn it into a newline.

use std::io;

use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesText, Event};

use super::text::is_forbidden_in_xml;
use crate::error::{Error, Result};
use crate::graph::{Edge, KnowledgeGraph, Node, NodeId};

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

/// Node attributes: (key id, attr.name, type, value).
type Field = (&'static str, &'static str, Ty, fn(&Node) -> String);
type EdgeField = (&'static str, &'static str, Ty, fn(&Edge) -> String);

const NODE_FIELDS: &[Field] = &[
    ("v_label", "label", Ty::Str, |n| n.name.clone()),
    ("v_id", "relgraph_id", Ty::Str, |n| n.id.to_string()),
    ("v_kind", "kind", Ty::Str, |n| {
        if n.kind.is_entity() {
            "entity"
        } else {
            "concept"
        }
        .to_string()
    }),
    ("v_type", "type", Ty::Str, |n| n.kind.as_str().to_string()),
    ("v_aliases", "aliases", Ty::Str, |n| json(&n.aliases)),
    ("v_roles", "roles", Ty::Str, |n| json(&n.roles)),
    ("v_texts", "texts", Ty::Str, |n| json(&n.texts)),
    ("v_mentions", "mentions", Ty::Int, |n| {
        n.mention_count().to_string()
    }),
];

const EDGE_FIELDS: &[EdgeField] = &[
    ("e_label", "label", Ty::Str, |e| e.display_relation()),
    ("e_id", "relgraph_id", Ty::Str, |e| e.id.to_string()),
    ("e_relation", "relation", Ty::Str, |e| e.relation.clone()),
    ("e_negated", "negated", Ty::Bool, |e| e.negated.to_string()),
    ("e_weight", "weight", Ty::Double, |e| e.weight().to_string()),
    ("e_surface", "surface", Ty::Str, |e| {
        json(&e.surface_forms())
    }),
    ("e_modality", "modality", Ty::Str, |e| json(&e.modalities())),
    ("e_attributed_to", "attributed_to", Ty::Str, |e| {
        json(&e.attributions())
    }),
    ("e_evidence_count", "evidence_count", Ty::Int, |e| {
        e.evidence.len().to_string()
    }),
    ("e_evidence", "evidence", Ty::Str, |e| json(&e.evidence)),
];

fn json<T: serde::Serialize + ?Sized>(value: &T) -> String {
    serde_json::to_string(value).expect("sets of strings and evidence serialize to JSON")
}

/// Escapes element text: `&`, `<`, `>` as entities, CR as `&#13;`, forbidden characters dropped.
fn xml_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\r' => out.push_str("&#13;"),
            c if is_forbidden_in_xml(c) => {}
            c => out.push(c),
        }
    }
    out
}

/// The whole GraphML document.
pub fn to_bytes(graph: &KnowledgeGraph) -> Result<Vec<u8>> {
    write(graph).map_err(|e| Error::other(format!("writing GraphML failed: {e}")))
}

fn write(graph: &KnowledgeGraph) -> io::Result<Vec<u8>> {
    let mut w = Writer::new_with_indent(Vec::new(), b' ', 2);
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    w.create_element("graphml")
        .with_attribute(("xmlns", "http://graphml.graphdrawing.org/xmlns"))
        .with_attribute(("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"))
        .with_attribute((
            "xsi:schemaLocation",
            "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd",
        ))
        .write_inner_content(|w| {
            let keys = NODE_FIELDS.iter().map(|f| ("node", f.0, f.1, f.2));
            for (scope, id, name, ty) in keys.chain(EDGE_FIELDS.iter().map(|f| ("edge", f.0, f.1, f.2))) {
                w.create_element("key")
                    .with_attribute(("id", id))
                    .with_attribute(("for", scope))
                    .with_attribute(("attr.name", name))
                    .with_attribute(("attr.type", ty.name()))
                    .write_empty()?;
            }
            w.create_element("graph")
                .with_attribute(("id", "relgraph"))
                .with_attribute(("edgedefault", "directed"))
                .write_inner_content(|w| write_graph(w, graph))?;
            Ok(())
        })?;
    let mut bytes = w.into_inner();
    bytes.push(b'\n');
    Ok(bytes)
}

fn write_graph(w: &mut Writer<Vec<u8>>, graph: &KnowledgeGraph) -> io::Result<()> {
    // Position in id order → n<i>; a sorted Vec is enough for the lookups below.
    let ids: Vec<&NodeId> = graph.nodes().map(|n| &n.id).collect();
    let index = |id: &NodeId| {
        ids.binary_search(&id)
            .expect("edge endpoints are graph nodes")
    };
    for (i, n) in graph.nodes().enumerate() {
        w.create_element("node")
            .with_attribute(("id", format!("n{i}").as_str()))
            .write_inner_content(|w| {
                for (key, _, _, value) in NODE_FIELDS {
                    data(w, key, &value(n))?;
                }
                Ok(())
            })?;
    }
    for (i, e) in graph.edges().enumerate() {
        w.create_element("edge")
            .with_attribute(("id", format!("e{i}").as_str()))
            .with_attribute(("source", format!("n{}", index(&e.source)).as_str()))
            .with_attribute(("target", format!("n{}", index(&e.target)).as_str()))
            .write_inner_content(|w| {
                for (key, _, _, value) in EDGE_FIELDS {
                    data(w, key, &value(e))?;
                }
                Ok(())
            })?;
    }
    Ok(())
}

fn data(w: &mut Writer<Vec<u8>>, key: &str, value: &str) -> io::Result<()> {
    w.create_element("data")
        .with_attribute(("key", key))
        .write_text_content(BytesText::from_escaped(xml_text(value)))?;
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
