//! Cypher export: graph.cypher (idempotent `MERGE` statements for every node and relationship
//! with all properties) plus a schema file per database: graph.neo4j-schema.cypher (uniqueness
//! constraints, which make `MERGE` by id an index lookup) and graph.kuzu-schema.cypher (the node
//! and relationship tables Kùzu needs before any `MERGE`).
//!
//! Neo4j: `cypher-shell -f graph.neo4j-schema.cypher && cypher-shell -f graph.cypher`.
//! Kùzu: execute graph.kuzu-schema.cypher, then graph.cypher (e.g. `conn.execute(text)` in
//! Python; both files are sequences of `;`-terminated statements).
//!
//! # Model
//! A node is `(:Label {id, name, type, aliases, roles, texts, mentions})` with one label from
//! [`NodeKind::label`] (`Person`, `Organization`, `Place`, …, `Concept`); a relationship is
//! `[:TYPE {id, relation, negated, weight, surface, modality, attributed_to, evidence_docs,
//! evidence_sentences, evidence_starts, evidence_ends, evidence_texts, evidence_dates}]` with the
//! type of the CSV export ([`super::csv::rel_type`]: `AGREE_TO`, `NOT_REJECT`). Set-valued
//! properties are string lists; evidence is parallel lists (the i-th entries describe one
//! statement; a missing date is `""`, since neither database stores null inside a list).
//!
//! # Where Neo4j and Kùzu differ, and the subset written here
//! - Kùzu needs a schema first (`CREATE NODE TABLE`, `CREATE REL TABLE` with every FROM/TO
//!   label pair); Neo4j needs none but wants uniqueness constraints for fast `MERGE`. Neither
//!   accepts the other's DDL, hence two schema files.
//! - Kùzu allows one label per node (one table); Neo4j allows many. One label is written.
//! - Kùzu keeps node and relationship table names in one case-insensitive namespace, Neo4j
//!   keeps labels and types apart: a relationship type equal to a node label ignoring case (the
//!   verb "place" → `PLACE` vs `Place`) gets the suffix `_REL` ([`rel_type`]).
//! - String escapes: Neo4j decodes `\n`, `\t`, `\uXXXX`; Kùzu 0.11 keeps only the character after
//!   a backslash (`\n` reads back as `n`). So [`string`] escapes only `\` and `'`, which both
//!   decode alike, and writes newline, carriage return and tab raw inside the quotes, which both
//!   accept. Other characters XML 1.0 forbids (C0 controls) are removed, as in every text export.
//! - Identifiers (labels, types) are backtick-quoted by [`ident`], a backtick doubled.
//!
//! Values never reach the script other than through [`string`], numbers and booleans, so a label
//! cannot end a literal or add a statement: the script is as safe as sending parameters.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;
use std::io;

use super::text::strip_forbidden;
use crate::graph::{Edge, KnowledgeGraph, Node, NodeKind};

/// A Cypher string literal in single quotes that Neo4j and Kùzu both read back as `s` (minus
/// characters XML 1.0 forbids): `\` → `\\`, `'` → `\'`, everything else as is.
pub fn string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('\'');
    for c in strip_forbidden(s).chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\'' => out.push_str("\\'"),
            c => out.push(c),
        }
    }
    out.push('\'');
    out
}

/// A backtick-quoted label, type or property name (a backtick inside is doubled).
pub fn ident(s: &str) -> String {
    format!("`{}`", s.replace('`', "``"))
}

fn list<'a>(items: impl IntoIterator<Item = &'a str>) -> String {
    let items: Vec<String> = items.into_iter().map(string).collect();
    format!("[{}]", items.join(", "))
}

fn numbers(items: impl IntoIterator<Item = usize>) -> String {
    let items: Vec<String> = items.into_iter().map(|n| n.to_string()).collect();
    format!("[{}]", items.join(", "))
}

/// Node label: the node type's display label.
pub fn label(kind: NodeKind) -> &'static str {
    kind.label()
}

const LABELS: &[NodeKind] = &[
    NodeKind::Entity(crate::document::EntityType::Person),
    NodeKind::Entity(crate::document::EntityType::Org),
    NodeKind::Entity(crate::document::EntityType::Gpe),
    NodeKind::Entity(crate::document::EntityType::Loc),
    NodeKind::Entity(crate::document::EntityType::Norp),
    NodeKind::Entity(crate::document::EntityType::Event),
    NodeKind::Entity(crate::document::EntityType::Misc),
    NodeKind::Concept,
];

/// Relationship type: the CSV type, plus `_REL` when it equals a node label ignoring case.
pub fn rel_type(e: &Edge) -> String {
    let t = super::csv::rel_type(&e.relation, e.negated);
    if LABELS.iter().any(|k| k.label().eq_ignore_ascii_case(&t)) {
        format!("{t}_REL")
    } else {
        t
    }
}

/// Node properties in write order: (name, Cypher literal, Kùzu type).
fn node_props(n: &Node) -> [(&'static str, String, &'static str); 6] {
    let set = |s: &std::collections::BTreeSet<String>| list(s.iter().map(String::as_str));
    [
        ("name", string(&n.name), "STRING"),
        ("type", string(n.kind.as_str()), "STRING"),
        ("aliases", set(&n.aliases), "STRING[]"),
        ("roles", set(&n.roles), "STRING[]"),
        ("texts", set(&n.texts), "STRING[]"),
        ("mentions", n.mention_count().to_string(), "INT64"),
    ]
}

/// Relationship properties in write order (after `id`): (name, literal, Kùzu type).
fn edge_props(e: &Edge) -> [(&'static str, String, &'static str); 12] {
    let ev = &e.evidence;
    [
        ("relation", string(&e.relation), "STRING"),
        ("negated", e.negated.to_string(), "BOOLEAN"),
        ("weight", e.weight().to_string(), "INT64"),
        ("surface", list(e.surface_forms()), "STRING[]"),
        ("modality", list(e.modalities()), "STRING[]"),
        ("attributed_to", list(e.attributions()), "STRING[]"),
        (
            "evidence_docs",
            list(ev.iter().map(|x| x.doc.as_str())),
            "STRING[]",
        ),
        (
            "evidence_sentences",
            numbers(ev.iter().map(|x| x.sentence)),
            "INT64[]",
        ),
        (
            "evidence_starts",
            numbers(ev.iter().map(|x| x.span.start)),
            "INT64[]",
        ),
        (
            "evidence_ends",
            numbers(ev.iter().map(|x| x.span.end)),
            "INT64[]",
        ),
        (
            "evidence_texts",
            list(ev.iter().map(|x| x.text.as_str())),
            "STRING[]",
        ),
        (
            "evidence_dates",
            list(ev.iter().map(|x| x.date.as_deref().unwrap_or(""))),
            "STRING[]",
        ),
    ]
}

fn sets(var: &str, props: impl IntoIterator<Item = (&'static str, String)>) -> String {
    let parts: Vec<String> = props
        .into_iter()
        .map(|(k, v)| format!("{var}.{} = {v}", ident(k)))
        .collect();
    parts.join(", ")
}

/// graph.cypher: a comment header, one `MERGE` per node, one `MATCH … MERGE` per relationship.
pub fn to_string(graph: &KnowledgeGraph) -> String {
    let mut out = Vec::new();
    write_to(graph, &mut out).expect("writing to memory cannot fail");
    String::from_utf8(out).expect("Cypher text is UTF-8")
}

/// Streams graph.cypher into `out`, one statement per line.
pub fn write_to<W: io::Write>(graph: &KnowledgeGraph, mut out: W) -> io::Result<()> {
    writeln!(
        out,
        "// relgraph graph: {} nodes, {} relationships. Run after graph.neo4j-schema.cypher \
         (Neo4j) or graph.kuzu-schema.cypher (Kùzu).",
        graph.node_count(),
        graph.edge_count()
    )?;
    for n in graph.nodes() {
        let props = node_props(n).map(|(k, v, _)| (k, v));
        writeln!(
            out,
            "MERGE (n:{} {{id: {}}}) SET {};",
            ident(label(n.kind)),
            string(n.id.as_str()),
            sets("n", props)
        )?;
    }
    for e in graph.edges() {
        let kind = |id| graph.node(id).expect("edge endpoints are graph nodes").kind;
        let props = edge_props(e).map(|(k, v, _)| (k, v));
        writeln!(
            out,
            "MATCH (a:{} {{id: {}}}), (b:{} {{id: {}}}) MERGE (a)-[r:{} {{id: {}}}]->(b) SET {};",
            ident(label(kind(&e.source))),
            string(e.source.as_str()),
            ident(label(kind(&e.target))),
            string(e.target.as_str()),
            ident(&rel_type(e)),
            string(e.id.as_str()),
            sets("r", props)
        )?;
    }
    Ok(())
}

fn used_labels(graph: &KnowledgeGraph) -> BTreeSet<&'static str> {
    graph.nodes().map(|n| label(n.kind)).collect()
}

/// graph.neo4j-schema.cypher: a uniqueness constraint on `id` for every label in use.
pub fn neo4j_schema(graph: &KnowledgeGraph) -> String {
    let mut out = String::from("// Neo4j 5 schema for graph.cypher: unique ids make MERGE fast.\n");
    for l in used_labels(graph) {
        let _ = writeln!(
            out,
            "CREATE CONSTRAINT {} IF NOT EXISTS FOR (n:{}) REQUIRE n.id IS UNIQUE;",
            ident(&format!("relgraph_{l}_id")),
            ident(l)
        );
    }
    out
}

/// graph.kuzu-schema.cypher: one node table per label in use, one relationship table per type
/// with every (source label, target label) pair it connects.
pub fn kuzu_schema(graph: &KnowledgeGraph) -> String {
    let mut out = String::from("// Kùzu schema for graph.cypher: run it first, once.\n");
    let columns = |props: Vec<(&str, &str)>| {
        props
            .iter()
            .map(|(k, t)| format!("{} {t}", ident(k)))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let node_cols = match graph.nodes().next() {
        Some(n) => columns(node_props(n).iter().map(|(k, _, t)| (*k, *t)).collect()),
        None => return out,
    };
    for l in used_labels(graph) {
        let _ = writeln!(
            out,
            "CREATE NODE TABLE {}(`id` STRING PRIMARY KEY, {node_cols});",
            ident(l)
        );
    }
    let mut pairs: BTreeMap<String, BTreeSet<(&str, &str)>> = BTreeMap::new();
    for e in graph.edges() {
        let kind = |id| graph.node(id).expect("edge endpoints are graph nodes").kind;
        pairs
            .entry(rel_type(e))
            .or_default()
            .insert((label(kind(&e.source)), label(kind(&e.target))));
    }
    if let Some(e) = graph.edges().next() {
        let edge_cols = columns(edge_props(e).iter().map(|(k, _, t)| (*k, *t)).collect());
        for (t, pairs) in &pairs {
            let from_to: Vec<String> = pairs
                .iter()
                .map(|(a, b)| format!("FROM {} TO {}", ident(a), ident(b)))
                .collect();
            let _ = writeln!(
                out,
                "CREATE REL TABLE {}({}, `id` STRING, {edge_cols});",
                ident(t),
                from_to.join(", ")
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn string_table() {
        for (input, want) in [
            ("plain", "'plain'"),
            ("it's", r"'it\'s'"),
            (r"back\slash", r"'back\\slash'"),
            ("say \"hi\"", "'say \"hi\"'"),
            ("two\nlines\ttab\r", "'two\nlines\ttab\r'"),
            ("bell\u{7}", "'bell'"),
            (
                r"\'); MATCH (n) DETACH DELETE n; //",
                r"'\\\'); MATCH (n) DETACH DELETE n; //'",
            ),
            ("🚀 שלום", "'🚀 שלום'"),
        ] {
            assert_eq!(string(input), want, "{input:?}");
        }
    }

    #[test]
    fn ident_and_rel_type_table() {
        assert_eq!(ident("Person"), "`Person`");
        assert_eq!(ident("a`b"), "`a``b`");
        let mut g = crate::graph::fixtures::sample_triples();
        g[0].relation = "place".to_string();
        let g = crate::graph::fixtures::graph_of(&g);
        let types: BTreeSet<String> = g.edges().map(rel_type).collect();
        assert!(types.contains("PLACE_REL"), "{types:?}");
        assert!(types.contains("NOT_REJECT"), "{types:?}");
    }

    #[test]
    fn one_statement_per_node_and_edge_and_schema_per_label() {
        let g = crate::graph::fixtures::sample_graph();
        let script = to_string(&g);
        assert_eq!(script.matches("\nMERGE (n:").count(), g.node_count());
        assert_eq!(script.matches("\nMATCH (a:").count(), g.edge_count());
        assert!(script.contains(
            "MERGE (n:`Person` {id: 'person:vladimir-putin'}) SET n.`name` = 'Vladimir Putin'"
        ));
        let kuzu = kuzu_schema(&g);
        assert!(
            kuzu.contains("CREATE NODE TABLE `Concept`(`id` STRING PRIMARY KEY, `name` STRING")
        );
        assert!(kuzu.contains(
            "CREATE REL TABLE `NOT_REJECT`(FROM `Organization` TO `Concept`, `id` STRING"
        ));
        let neo = neo4j_schema(&g);
        assert_eq!(neo.matches("CREATE CONSTRAINT").count(), 4, "{neo}");
    }

    #[test]
    fn empty_graph_gives_header_only_files() {
        let g = KnowledgeGraph::new();
        assert_eq!(to_string(&g).lines().count(), 1);
        assert_eq!(kuzu_schema(&g).lines().count(), 1);
        assert_eq!(neo4j_schema(&g).lines().count(), 1);
    }
}
