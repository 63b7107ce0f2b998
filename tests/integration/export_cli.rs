//! `relgraph export` on the real binary, in a fresh temp dir per test.

use predicates::prelude::*;

use crate::fixture::{listing, sample_graph};
use crate::util::relgraph;

/// Every file `--format all` writes, sorted.
fn every_file() -> Vec<String> {
    let mut names: Vec<String> = relgraph::export::ExportFormat::all()
        .iter()
        .flat_map(|f| f.file_names().iter().map(|n| n.to_string()))
        .collect();
    names.sort();
    names
}

/// A temp dir holding the sample graph's graph.json.
fn store() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    sample_graph().save(&dir.path().join("graph.json")).unwrap();
    dir
}

#[test]
fn export_all_writes_every_file() {
    let dir = store();
    let out = dir.path().join("out");
    relgraph()
        .arg("export")
        .arg(dir.path().join("graph.json"))
        .args(["--format", "all", "--out"])
        .arg(&out)
        .assert()
        .success()
        .stdout(predicate::str::contains("graph.graphml"))
        .stderr(predicate::str::contains(format!(
            "exported 6 nodes and 4 edges into {} files",
            every_file().len()
        )));
    assert_eq!(listing(&out), every_file());
    // graph.json re-exported is the store itself, byte for byte.
    assert_eq!(
        std::fs::read(out.join("graph.json")).unwrap(),
        std::fs::read(dir.path().join("graph.json")).unwrap()
    );
}

#[test]
fn format_defaults_to_all() {
    let dir = store();
    relgraph()
        .current_dir(dir.path())
        .args(["export", "graph.json", "--out", "all"])
        .assert()
        .success();
    assert_eq!(listing(&dir.path().join("all")), every_file());
}

#[test]
fn export_selected_formats_comma_separated_and_repeated() {
    let dir = store();
    relgraph()
        .current_dir(dir.path())
        .args([
            "export",
            "graph.json",
            "--format",
            "dot,csv",
            "-f",
            "graphml",
            "--out",
            "x",
        ])
        .assert()
        .success();
    assert_eq!(
        listing(&dir.path().join("x")),
        ["edges.csv", "graph.dot", "graph.graphml", "nodes.csv"]
    );
}

#[test]
fn export_twice_is_byte_identical() {
    let dir = store();
    for out in ["a", "b"] {
        relgraph()
            .current_dir(dir.path())
            .args(["export", "graph.json", "-f", "all", "-o", out])
            .assert()
            .success();
    }
    for name in listing(&dir.path().join("a")) {
        let a = std::fs::read(dir.path().join("a").join(&name)).unwrap();
        let b = std::fs::read(dir.path().join("b").join(&name)).unwrap();
        assert!(a == b, "{name} differs between runs");
    }
}

#[test]
fn unknown_format_is_a_usage_error() {
    let dir = store();
    relgraph()
        .current_dir(dir.path())
        .args(["export", "graph.json", "--format", "gephi", "--out", "x"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "choose from json, dot, graphml, csv, gexf, nodelink, cytoscape, jsonl, cypher, html, all",
        ));
}

#[test]
fn truncated_store_names_the_file_and_says_to_rebuild() {
    let dir = store();
    let path = dir.path().join("graph.json");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, &text[..text.len() / 3]).unwrap();
    relgraph()
        .current_dir(dir.path())
        .args(["export", "graph.json", "--format", "dot", "--out", "x"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "graph.json: is not a complete graph.json",
        ))
        .stderr(predicate::str::contains("relgraph build"));
    assert!(!dir.path().join("x").exists());
}

#[test]
fn other_version_names_the_file_and_says_to_rebuild() {
    let dir = store();
    let path = dir.path().join("graph.json");
    let text = std::fs::read_to_string(&path)
        .unwrap()
        .replace("\"version\": 1", "\"version\": 7");
    std::fs::write(&path, text).unwrap();
    relgraph()
        .current_dir(dir.path())
        .args(["export", "graph.json", "--format", "all", "--out", "x"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "graph.json: has graph format version 7, this build reads version 1",
        ))
        .stderr(predicate::str::contains("relgraph build"));
}

#[test]
fn missing_store_is_named() {
    relgraph()
        .args([
            "export",
            "/nonexistent/graph.json",
            "--format",
            "dot",
            "--out",
            "x",
        ])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("/nonexistent/graph.json"));
}

#[test]
fn help_shows_examples() {
    relgraph()
        .args(["export", "--help"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "relgraph export out/graph.json --format all --out exports/",
        ));
}
