//! nodes.csv and edges.csv with Neo4j admin-import headers (written with the `csv` crate).
//!
//! Import into an empty database with
//! `neo4j-admin database import full --nodes=nodes.csv --relationships=edges.csv neo4j`, or into
//! a running one with `LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row …` (header names
//! are then plain column names: ``row.`id:ID` ``, ``row.`:LABEL` ``; split arrays with
//! `split(row.`aliases:string[]`, ';')`).
//! `:LABEL` is `Entity;<Type>` (`Entity;Person`, `Entity;Organization`, `Entity;Place`, …) or
//! `Concept`; `:TYPE` is the relation in upper snake case (`agree to` → `AGREE_TO`), prefixed
//! with `NOT_` when negated, so that matching `REJECT` never finds "did not reject".
//! Array properties use Neo4j's default `;` delimiter; evidence columns are parallel arrays (the
//! i-th doc, sentence index, byte offsets, text and date belong to one statement).
//!
//! Replacements (every property): CR and LF become spaces, so `--multiline-fields` is never
//! needed; characters XML 1.0 forbids are removed (see [`super::text`]); inside array elements
//! `;` becomes `,` because neo4j-admin has no escape for its array delimiter. RFC 4180 quoting
//! handles `"` and `,`.

use crate::error::{Error, Result};
use crate::graph::{Edge, KnowledgeGraph, Node, NodeKind};

use super::text::one_line;

/// The exact nodes.csv header.
pub const NODE_HEADER: &[&str] = &[
    "id:ID",
    "name",
    ":LABEL",
    "aliases:string[]",
    "mentions:int",
    "roles:string[]",
    "texts:string[]",
    "type",
];

/// The exact edges.csv header.
pub const EDGE_HEADER: &[&str] = &[
    ":START_ID",
    ":END_ID",
    ":TYPE",
    "relation",
    "weight:int",
    "negated:boolean",
    "id",
    "surface:string[]",
    "modality:string[]",
    "attributed_to:string[]",
    "evidence_docs:string[]",
    "evidence_sentences:int[]",
    "evidence_starts:long[]",
    "evidence_ends:long[]",
    "evidence_texts:string[]",
    "evidence_dates:string[]",
];

/// Neo4j labels of a node: `Entity;Person` or `Concept`.
pub fn labels(kind: NodeKind) -> String {
    match kind {
        NodeKind::Entity(t) => format!("Entity;{}", t.label()),
        NodeKind::Concept => "Concept".to_string(),
    }
}

/// Neo4j relationship type: letters and digits upper-cased, every other run an `_`
/// (`agree to` → `AGREE_TO`, `meet with` → `MEET_WITH`); `NOT_` first when negated.
pub fn rel_type(relation: &str, negated: bool) -> String {
    let mut out = String::from(if negated { "NOT_" } else { "" });
    let mut gap = false;
    for c in relation.chars() {
        if c.is_alphanumeric() {
            if gap && !out.is_empty() && !out.ends_with('_') {
                out.push('_');
            }
            gap = false;
            out.extend(c.to_uppercase());
        } else {
            gap = true;
        }
    }
    if out.is_empty() || out == "NOT_" {
        out.push_str("RELATED_TO");
    }
    out
}

/// One array property: elements cleaned, `;` inside an element turned into `,`, joined by `;`.
fn array<'a>(items: impl IntoIterator<Item = &'a str>) -> String {
    items
        .into_iter()
        .map(|s| one_line(s).replace(';', ","))
        .collect::<Vec<_>>()
        .join(";")
}

fn numbers(items: impl IntoIterator<Item = usize>) -> String {
    items
        .into_iter()
        .map(|n| n.to_string())
        .collect::<Vec<_>>()
        .join(";")
}

fn node_record(n: &Node) -> Vec<String> {
    vec![
        n.id.to_string(),
        one_line(&n.name),
        labels(n.kind),
        array(n.aliases.iter().map(String::as_str)),
        n.mention_count().to_string(),
        array(n.roles.iter().map(String::as_str)),
        array(n.texts.iter().map(String::as_str)),
        n.kind.as_str().to_string(),
    ]
}

fn edge_record(e: &Edge) -> Vec<String> {
    let ev = &e.evidence;
    vec![
        e.source.to_string(),
        e.target.to_string(),
        rel_type(&e.relation, e.negated),
        one_line(&e.relation),
        e.weight().to_string(),
        e.negated.to_string(),
        e.id.to_string(),
        array(e.surface_forms()),
        array(e.modalities()),
        array(e.attributions()),
        array(ev.iter().map(|x| x.doc.as_str())),
        numbers(ev.iter().map(|x| x.sentence)),
        numbers(ev.iter().map(|x| x.span.start)),
        numbers(ev.iter().map(|x| x.span.end)),
        array(ev.iter().map(|x| x.text.as_str())),
        array(ev.iter().map(|x| x.date.as_deref().unwrap_or(""))),
    ]
}

fn to_bytes<'a, T: 'a>(
    header: &[&str],
    rows: impl Iterator<Item = &'a T>,
    record: fn(&T) -> Vec<String>,
) -> Result<Vec<u8>> {
    let fail = |e: &dyn std::fmt::Display| Error::other(format!("writing CSV failed: {e}"));
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(header).map_err(|e| fail(&e))?;
    for row in rows {
        w.write_record(record(row)).map_err(|e| fail(&e))?;
    }
    w.into_inner().map_err(|e| fail(&e))
}

/// Characters that make a spreadsheet treat a cell as a formula (CSV injection): `=`, `+`,
/// `-`, `@`, and tab, which some spreadsheets strip before looking.
const FORMULA_STARTS: [char; 5] = ['=', '+', '-', '@', '\t'];

/// `--safe-csv`: the same CSV with every data cell that starts with a formula character
/// prefixed by `'`, which spreadsheets show as text and never evaluate. The header row is kept
/// as is (it names Neo4j columns). Neo4j would store the `'`, so this is for spreadsheet users.
pub fn neutralize_formulas(bytes: &[u8]) -> Result<Vec<u8>> {
    let fail = |e: &dyn std::fmt::Display| Error::other(format!("rewriting CSV failed: {e}"));
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(bytes);
    let mut w = csv::Writer::from_writer(Vec::new());
    for (i, row) in reader.records().enumerate() {
        let row = row.map_err(|e| fail(&e))?;
        let cells = row.iter().map(|cell| {
            if i > 0 && cell.starts_with(FORMULA_STARTS) {
                format!("'{cell}")
            } else {
                cell.to_string()
            }
        });
        w.write_record(cells).map_err(|e| fail(&e))?;
    }
    w.into_inner().map_err(|e| fail(&e))
}

/// [`super::write_all`], except that CSV files (when `formats` has CSV) go through
/// [`neutralize_formulas`]; they are written last.
pub fn write_all_safe(
    graph: &KnowledgeGraph,
    dir: &std::path::Path,
    formats: &[super::ExportFormat],
) -> Result<Vec<std::path::PathBuf>> {
    let others: Vec<_> = formats
        .iter()
        .copied()
        .filter(|&f| f != super::ExportFormat::Csv)
        .collect();
    let mut written = super::write_all(graph, dir, &others)?;
    if others.len() == formats.len() {
        return Ok(written);
    }
    for (name, bytes) in [
        ("nodes.csv", nodes_to_bytes(graph)?),
        ("edges.csv", edges_to_bytes(graph)?),
    ] {
        let path = dir.join(name);
        super::write_atomic(&path, &neutralize_formulas(&bytes)?)?;
        written.push(path);
    }
    Ok(written)
}

/// nodes.csv bytes: header, then one row per node in id order.
pub fn nodes_to_bytes(graph: &KnowledgeGraph) -> Result<Vec<u8>> {
    to_bytes(NODE_HEADER, graph.nodes(), node_record)
}

/// edges.csv bytes: header, then one row per edge in id order.
pub fn edges_to_bytes(graph: &KnowledgeGraph) -> Result<Vec<u8>> {
    to_bytes(EDGE_HEADER, graph.edges(), edge_record)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::EntityType;

    #[test]
    fn rel_type_table() {
        for (relation, negated, want) in [
            ("agree to", false, "AGREE_TO"),
            ("meet  with", false, "MEET_WITH"),
            ("reject", true, "NOT_REJECT"),
            ("call-off", false, "CALL_OFF"),
            (" sign ", false, "SIGN"),
            ("", false, "RELATED_TO"),
            ("!!", true, "NOT_RELATED_TO"),
            ("über", false, "ÜBER"),
        ] {
            assert_eq!(rel_type(relation, negated), want, "{relation:?}");
        }
    }

    #[test]
    fn labels_table() {
        assert_eq!(
            labels(NodeKind::Entity(EntityType::Person)),
            "Entity;Person"
        );
        assert_eq!(
            labels(NodeKind::Entity(EntityType::Org)),
            "Entity;Organization"
        );
        assert_eq!(labels(NodeKind::Concept), "Concept");
    }

    #[test]
    fn arrays_never_contain_stray_separators_or_newlines() {
        assert_eq!(array(["a;b", "two\nlines", "x"]), "a,b;two lines;x");
        assert_eq!(array([]), "");
    }

    #[test]
    fn neutralize_formulas_prefixes_only_risky_data_cells() {
        let input = b"id:ID,name\n=cmd,+1\n-2,@sum\nplain,\"a,=b\"\n\"\tx\",ok\n";
        let out = String::from_utf8(neutralize_formulas(input).unwrap()).unwrap();
        assert_eq!(
            out,
            "id:ID,name\n'=cmd,'+1\n'-2,'@sum\nplain,\"a,=b\"\n'\tx,ok\n"
        );
    }

    #[test]
    fn headers_are_exact() {
        let g = crate::graph::fixtures::sample_graph();
        let nodes = String::from_utf8(nodes_to_bytes(&g).unwrap()).unwrap();
        let edges = String::from_utf8(edges_to_bytes(&g).unwrap()).unwrap();
        assert!(
            nodes.starts_with("id:ID,name,:LABEL,aliases:string[],mentions:int,"),
            "{nodes}"
        );
        assert!(
            edges.starts_with(":START_ID,:END_ID,:TYPE,relation,weight:int,negated:boolean,"),
            "{edges}"
        );
        assert_eq!(nodes.lines().count(), g.node_count() + 1);
        assert_eq!(edges.lines().count(), g.edge_count() + 1);
    }
}
