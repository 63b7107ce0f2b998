//! Cross-document aliasing through `relgraph build`: two invented articles that spell actors
//! differently, `--no-merge` and `--no-alias`, and document order.

use std::path::{Path, PathBuf};

use crate::util::relgraph;
use predicates::prelude::*;
use relgraph::document::EntityType::{Gpe, Person};
use relgraph::graph::{KnowledgeGraph, NodeId};

const DOC_A: &str = "Ukrainian President Volodymyr Zelensky met Emmanuel Macron in Paris on Monday.\n\
Anna Kowalski praised the United States.\n";
const DOC_B: &str = "President Zelenskyy thanked Emmanuel Macron.\n\
Piotr Kowalski criticised the U.S. on Tuesday.\n";

/// Writes both articles into `dir` and returns their paths.
fn articles(dir: &Path) -> [PathBuf; 2] {
    let (a, b) = (dir.join("a.txt"), dir.join("b.txt"));
    std::fs::write(&a, DOC_A).unwrap();
    std::fs::write(&b, DOC_B).unwrap();
    [a, b]
}

/// Runs `build` on `inputs` plus `extra` arguments; returns graph.json's text.
fn build(dir: &Path, out: &str, inputs: &[&PathBuf], extra: &[&str]) -> String {
    let out = dir.join(out);
    relgraph()
        .arg("build")
        .args(inputs)
        .args(["--format", "json", "--quiet", "--out"])
        .arg(&out)
        .args(extra)
        .assert()
        .success();
    std::fs::read_to_string(out.join("graph.json")).unwrap()
}

fn load(text: &str) -> KnowledgeGraph {
    KnowledgeGraph::from_json(text, Path::new("graph.json")).unwrap()
}

fn person(name: &str) -> NodeId {
    NodeId::entity(Person, name)
}

#[test]
fn spellings_across_documents_become_one_node_with_a_recorded_reason() {
    let dir = tempfile::tempdir().unwrap();
    let [a, b] = articles(dir.path());
    let text = build(dir.path(), "out", &[&a, &b], &[]);
    let g = load(&text);
    let z = g
        .node(&person("Volodymyr Zelensky"))
        .expect("one Zelensky node");
    assert!(z.aliases.contains("Zelenskyy"), "{:?}", z.aliases);
    assert!(g.node(&person("Zelenskyy")).is_none());
    let notes: Vec<_> = g.merge_notes().collect();
    assert_eq!(notes.len(), 1, "{text}");
    assert_eq!(notes[0].from, person("Zelenskyy"));
    assert_eq!(notes[0].into, z.id);
    assert_eq!(notes[0].reason, "transliteration variant");
    assert!(text.contains("\"merges\": ["), "{text}");
    // U.S. and United States are one node; two Kowalskis with different first names are two.
    assert_eq!(g.find_by_name("U.S.").len(), 1);
    assert!(g.node(&NodeId::entity(Gpe, "United States")).is_some());
    assert!(g.node(&person("Anna Kowalski")).is_some());
    assert!(g.node(&person("Piotr Kowalski")).is_some());
    // The written store loads back to itself.
    assert_eq!(g.to_json(), text);
}

#[test]
fn document_order_does_not_change_a_byte() {
    let dir = tempfile::tempdir().unwrap();
    let [a, b] = articles(dir.path());
    let ab = build(dir.path(), "ab", &[&a, &b], &[]);
    let ba = build(dir.path(), "ba", &[&b, &a], &[]);
    assert_eq!(ab, ba);
}

#[test]
fn no_merge_and_no_alias_keep_the_spellings_apart() {
    let dir = tempfile::tempdir().unwrap();
    let [a, b] = articles(dir.path());
    let list = dir.path().join("no-merge.tsv");
    std::fs::write(&list, "# wrong merge\nVolodymyr Zelensky\tZelenskyy\n").unwrap();
    for extra in [&["--no-merge", list.to_str().unwrap()][..], &["--no-alias"]] {
        let g = load(&build(dir.path(), "out", &[&a, &b], extra));
        assert!(g.node(&person("Volodymyr Zelensky")).is_some(), "{extra:?}");
        assert!(g.node(&person("Zelenskyy")).is_some(), "{extra:?}");
        assert_eq!(g.merge_notes().len(), 0, "{extra:?}");
    }
}

#[test]
fn a_bad_no_merge_file_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let [a, _] = articles(dir.path());
    let list = dir.path().join("pairs.txt");
    std::fs::write(&list, "just one name\n").unwrap();
    let missing = dir.path().join("missing.txt");
    for (file, want) in [(&list, "line 1"), (&missing, "cannot read")] {
        relgraph()
            .arg("build")
            .arg(&a)
            .arg("--out")
            .arg(dir.path().join("out"))
            .arg("--no-merge")
            .arg(file)
            .assert()
            .failure()
            .stderr(predicate::str::contains(file.to_str().unwrap()))
            .stderr(predicate::str::contains(want));
    }
}
