//! CLI tests of `relgraph query`, `why`, `neighbors`, `path` and `stats` on a graph.json built by
//! the library in a fresh temporary directory. All sentences are invented for these tests.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use predicates::str::contains;
use relgraph::document::{EntityType, Span};
use relgraph::extract::{ArgKind, Argument, Evidence, Triple};
use relgraph::graph::KnowledgeGraph;

fn arg(name: &str, kind: Option<EntityType>, aliases: &[&str]) -> Argument {
    Argument {
        text: name.to_string(),
        span: Span::new(0, name.len()),
        kind: kind.map_or(ArgKind::Concept, ArgKind::Entity),
        name: name.to_string(),
        aliases: aliases.iter().map(|a| a.to_string()).collect(),
        roles: Vec::new(),
    }
}

fn said(
    s: &Argument,
    relation: &str,
    o: &Argument,
    doc: &str,
    sentence: usize,
    date: &str,
) -> Triple {
    let text = format!("{} said to {} {}.", s.name, relation, o.name);
    Triple {
        subject: s.clone(),
        relation: relation.to_string(),
        surface: relation.to_string(),
        object: o.clone(),
        negated: false,
        modality: None,
        attributed_to: None,
        confidence: 0.7,
        evidence: Evidence {
            doc: doc.to_string(),
            sentence,
            span: Span::new(0, text.len()),
            text,
            date: Some(date.to_string()),
        },
    }
}

/// A temp dir with graph.json: Mira Kovac (alias Kovac) meets Jonas Berg twice, Jonas Berg and
/// Jonas Brandt share a first name, Kovac rejects a tariff plan (once negated, by a ministry).
fn fixture() -> (tempfile::TempDir, PathBuf) {
    let mira = arg("Mira Kovac", Some(EntityType::Person), &["Kovac"]);
    let berg = arg("Jonas Berg", Some(EntityType::Person), &[]);
    let brandt = arg("Jonas Brandt", Some(EntityType::Person), &[]);
    let plan = arg("tariff plan", None, &[]);
    let union = arg("Dock Union", Some(EntityType::Org), &[]);
    let mut triples = vec![
        said(&mira, "meet", &berg, "old-report", 2, "2025-01-10"),
        said(&mira, "meet", &berg, "new-report", 0, "2025-02-20"),
        said(&berg, "praise", &mira, "new-report", 1, "2025-02-20"),
        said(&mira, "reject", &plan, "old-report", 3, "2025-01-10"),
        said(&brandt, "support", &plan, "new-report", 2, "2025-02-20"),
        said(&union, "oppose", &plan, "union-letter", 0, "2025-03-01"),
    ];
    let mut t = said(&mira, "reject", &union, "union-letter", 1, "2025-03-01");
    t.negated = true;
    t.attributed_to = Some("the labour ministry".to_string());
    triples.push(t);
    let mut g = KnowledgeGraph::new();
    for t in &triples {
        g.add_triple(t);
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("graph.json");
    g.save(&path).unwrap();
    (dir, path)
}

/// The real binary, run in `dir`.
fn relgraph(dir: &Path) -> Command {
    let mut cmd = crate::util::relgraph();
    cmd.current_dir(dir);
    cmd
}

fn stdout_of(dir: &Path, args: &[&str]) -> String {
    crate::util::stdout_of(relgraph(dir).args(args))
}

#[test]
fn query_prints_an_aligned_table() {
    let (dir, _) = fixture();
    let out = stdout_of(dir.path(), &["query", "graph.json", "kovac -[*]-> ?what"]);
    assert_eq!(
        out,
        "node1       relation    weight  what\n\
         Mira Kovac  meet        2       Jonas Berg\n\
         Mira Kovac  not reject  1       Dock Union\n\
         Mira Kovac  reject      1       tariff plan\n"
    );
}

#[test]
fn query_formats_for_scripts() {
    let (dir, _) = fixture();
    let csv = stdout_of(
        dir.path(),
        &[
            "query",
            "graph.json",
            "? -[oppose|support]-> ?x",
            "--format",
            "csv",
        ],
    );
    assert_eq!(
        csv,
        "node1,relation,weight,x\nDock Union,oppose,1,tariff plan\nJonas Brandt,support,1,tariff plan\n"
    );
    let jsonl = stdout_of(
        dir.path(),
        &[
            "query",
            "graph.json",
            "mira -[meet]-> ?b",
            "--format",
            "jsonl",
        ],
    );
    assert_eq!(
        jsonl,
        "{\"node1\":\"Mira Kovac\",\"relation\":\"meet\",\"weight\":2,\"b\":\"Jonas Berg\"}\n"
    );
    let json = stdout_of(
        dir.path(),
        &[
            "query",
            "graph.json",
            "?a:person -[meet]- ?b:person",
            "--format",
            "json",
        ],
    );
    let rows: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(rows.as_array().unwrap().len(), 2);
    assert_eq!(rows[0]["a"], "Jonas Berg");
    assert_eq!(rows[0]["relation"], "<- meet");
}

#[test]
fn evidence_adds_one_row_per_statement() {
    let (dir, _) = fixture();
    let out = stdout_of(
        dir.path(),
        &[
            "query",
            "graph.json",
            "kovac -[meet]-> ?",
            "--evidence",
            "--format",
            "csv",
        ],
    );
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines[0],
        "node1,relation,weight,node2,doc,date,sentence,text"
    );
    assert_eq!(lines.len(), 3);
    assert!(
        lines[1].starts_with("Mira Kovac,meet,2,Jonas Berg,new-report,2025-02-20,0,"),
        "{out}"
    );
    assert!(lines[2].contains("old-report"), "{out}");
}

#[test]
fn filters_by_negation_attribution_and_weight() {
    let (dir, _) = fixture();
    let csv = |p: &str| stdout_of(dir.path(), &["query", "graph.json", p, "--format", "csv"]);
    assert_eq!(
        csv("? -[not *]-> ?"),
        "node1,relation,weight,node2\nMira Kovac,not reject,1,Dock Union\n"
    );
    assert_eq!(csv("? -[* by ministry]-> ?"), csv("? -[not *]-> ?"));
    assert_eq!(
        csv("? -[*]-> ? where weight >= 2"),
        "node1,relation,weight,node2\nMira Kovac,meet,2,Jonas Berg\n"
    );
    assert_eq!(
        csv("? -[reject]-> ? where not negated"),
        "node1,relation,weight,node2\nMira Kovac,reject,1,tariff plan\n"
    );
    let chain = csv("?a -[praise]-> ?b -[reject]-> ?c");
    assert_eq!(
        chain,
        "a,relation1,weight1,b,relation2,weight2,c\nJonas Berg,praise,1,Mira Kovac,not reject,1,Dock Union\nJonas Berg,praise,1,Mira Kovac,reject,1,tariff plan\n"
    );
}

#[test]
fn a_bad_pattern_gets_a_caret() {
    let (dir, _) = fixture();
    relgraph(dir.path())
        .args(["query", "graph.json", "?a -[meet]> ?b"])
        .assert()
        .code(1)
        .stderr(contains(
            "expected `]->` or `]-` to close the edge\n  ?a -[meet]> ?b\n            ^",
        ));
}

#[test]
fn an_ambiguous_name_lists_the_candidates() {
    let (dir, _) = fixture();
    relgraph(dir.path())
        .args(["query", "graph.json", "jonas -[*]- ?"])
        .assert()
        .code(1)
        .stderr(contains("`jonas` is ambiguous"))
        .stderr(contains("Jonas Berg (PERSON, person:jonas-berg)"))
        .stderr(contains("Jonas Brandt (PERSON, person:jonas-brandt)"));
    relgraph(dir.path())
        .args(["why", "graph.json", "jonas", "mira"])
        .assert()
        .code(1)
        .stderr(contains("ambiguous"));
}

#[test]
fn why_groups_evidence_by_document_newest_first() {
    let (dir, _) = fixture();
    let out = stdout_of(dir.path(), &["why", "graph.json", "berg", "KOVAC"]);
    let new = out.find("new-report (2025-02-20)").expect(&out);
    let old = out.find("old-report (2025-01-10)").expect(&out);
    assert!(new < old, "{out}");
    assert!(
        out.starts_with("2 edges between Jonas Berg and Mira Kovac:\n"),
        "{out}"
    );
    assert!(
        out.contains("  [praise] sentence 1: Jonas Berg said to praise Mira Kovac."),
        "{out}"
    );
    let csv = stdout_of(
        dir.path(),
        &["why", "graph.json", "berg", "kovac", "--format", "csv"],
    );
    assert_eq!(csv.lines().count(), 4, "{csv}");
}

#[test]
fn path_and_neighbors() {
    let (dir, _) = fixture();
    let out = stdout_of(
        dir.path(),
        &[
            "path",
            "graph.json",
            "brandt",
            "kovac",
            "--undirected",
            "--format",
            "csv",
        ],
    );
    assert_eq!(
        out,
        "path,hops,route\n1,2,Jonas Brandt -[support]-> tariff plan <-[reject]- Mira Kovac\n"
    );
    relgraph(dir.path())
        .args(["path", "graph.json", "brandt", "kovac"])
        .assert()
        .success()
        .stderr(contains("no path"));
    let out = stdout_of(
        dir.path(),
        &[
            "neighbors",
            "graph.json",
            "tariff",
            "--depth",
            "1",
            "--out",
            "sub",
            "--export",
            "json,dot",
        ],
    );
    assert_eq!(out.lines().count(), 1 + 4, "{out}");
    let sub = KnowledgeGraph::load(&dir.path().join("sub/graph.json")).unwrap();
    assert_eq!((sub.node_count(), sub.edge_count()), (4, 4));
    assert!(dir.path().join("sub/graph.dot").is_file());
}

#[test]
fn stats_and_write_metrics() {
    let (dir, path) = fixture();
    let out = stdout_of(dir.path(), &["stats", "graph.json"]);
    assert!(
        out.starts_with("5 nodes, 6 edges, 7 statements, 1 component (largest: 5 nodes)"),
        "{out}"
    );
    let json: serde_json::Value = serde_json::from_str(&stdout_of(
        dir.path(),
        &["stats", "graph.json", "--format", "json"],
    ))
    .unwrap();
    assert_eq!(json["top_degree"][0]["name"], "Mira Kovac");
    assert_eq!(json["node_types"]["PERSON"], 3);
    let before = std::fs::read_to_string(&path).unwrap();
    assert!(!before.contains("pagerank"));
    relgraph(dir.path())
        .args(["stats", "graph.json", "--write-metrics", "--format", "csv"])
        .assert()
        .success();
    let g = KnowledgeGraph::load(&path).unwrap();
    let total: f64 = g
        .nodes()
        .map(|n| n.properties["pagerank"].as_f64().unwrap())
        .sum();
    assert!((total - 1.0).abs() < 1e-6);
    let mira = g.nodes().find(|n| n.name == "Mira Kovac").unwrap();
    assert_eq!(mira.properties["degree"], 4);
    // Queries still work on the rewritten store, and a second write is byte-identical.
    let again = std::fs::read_to_string(&path).unwrap();
    relgraph(dir.path())
        .args(["stats", "graph.json", "--write-metrics"])
        .assert()
        .success();
    assert_eq!(std::fs::read_to_string(&path).unwrap(), again);
}

#[test]
fn a_missing_graph_names_the_file() {
    let dir = tempfile::tempdir().unwrap();
    relgraph(dir.path())
        .args(["query", "nope.json", "? --> ?"])
        .assert()
        .code(1)
        .stderr(contains("nope.json"));
}
