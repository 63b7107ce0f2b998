//! `relgraph build` on the real binary in fresh temp dirs: outputs, determinism, bad inputs,
//! exit codes, help and broken pipes.

use std::path::{Path, PathBuf};
use std::process::Stdio;

use crate::util::{files, relgraph};
use predicates::prelude::*;

/// Two sentences the baseline extractor links whatever the tokenizer and tagger do.
const GOOD_1: &str = "Lena Vark met Tomas Orlov in Geneva on Monday.\n";
const GOOD_2: &str = "Marta Ilves called Paul Whitaker after the vote.\n";

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

fn graph_json(out: &Path) -> String {
    std::fs::read_to_string(out.join("graph.json")).expect("graph.json is written")
}

#[test]
fn build_writes_graph_json_and_every_format() {
    let dir = tempfile::tempdir().unwrap();
    let input = write(dir.path(), "good.txt", GOOD_1.as_bytes());
    let out = dir.path().join("out");
    relgraph()
        .arg("build")
        .arg(&input)
        .arg("--out")
        .arg(&out)
        .assert()
        .code(0)
        .stdout(predicate::str::contains("graph.json"))
        .stderr(predicate::str::contains("1 document read, 0 skipped"));
    let names: Vec<String> = files(&out).into_iter().map(|(n, _)| n).collect();
    for want in [
        "graph.json",
        "graph.dot",
        "graph.graphml",
        "nodes.csv",
        "edges.csv",
    ] {
        assert!(
            names.iter().any(|n| n == want),
            "{want} missing from {names:?}"
        );
    }
    assert!(
        graph_json(&out).contains("good.txt"),
        "the document id is recorded in graph.json"
    );
}

#[test]
fn format_json_writes_only_the_store() {
    let dir = tempfile::tempdir().unwrap();
    let input = write(dir.path(), "good.txt", GOOD_1.as_bytes());
    let out = dir.path().join("out");
    relgraph()
        .arg("build")
        .arg(&input)
        .args(["--format", "json", "--quiet", "--out"])
        .arg(&out)
        .assert()
        .code(0)
        .stdout("");
    let names: Vec<String> = files(&out).into_iter().map(|(n, _)| n).collect();
    assert_eq!(names, ["graph.json"]);
}

#[test]
fn two_runs_give_byte_identical_files() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    std::fs::create_dir_all(corpus.join("b")).unwrap();
    write(&corpus, "a.txt", GOOD_1.as_bytes());
    write(&corpus.join("b"), "c.md", GOOD_2.as_bytes());
    let jsonl = format!(
        "{}\n{}\n",
        serde_json::json!({"id": "j1", "text": GOOD_2, "date": "2025-01-02"}),
        serde_json::json!({"id": "j2", "text": GOOD_1})
    );
    write(&corpus, "d.jsonl", jsonl.as_bytes());
    let runs: Vec<_> = ["one", "two"]
        .iter()
        .map(|name| {
            let out = dir.path().join(name);
            relgraph()
                .arg("build")
                .arg(&corpus)
                .arg("--out")
                .arg(&out)
                .assert()
                .code(0);
            files(&out)
        })
        .collect();
    assert!(!runs[0].is_empty());
    for ((n1, b1), (n2, b2)) in runs[0].iter().zip(&runs[1]) {
        assert_eq!(n1, n2);
        assert!(b1 == b2, "{n1} differs between two runs on the same input");
    }
    assert_eq!(runs[0].len(), runs[1].len());
}

#[test]
fn bad_files_are_named_and_skipped_and_the_good_ones_processed() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let inputs = [
        write(d, "good1.txt", GOOD_1.as_bytes()),
        write(d, "latin1.txt", b"Jos\xe9 Ortega met the minister."),
        write(d, "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
        write(d, "empty.txt", b" \n\n"),
        write(d, "good2.txt", GOOD_2.as_bytes()),
    ];
    let out = d.join("out");
    let assert = relgraph()
        .arg("build")
        .args(&inputs)
        .arg("--out")
        .arg(&out)
        .assert()
        .code(3);
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
    for want in [
        "latin1.txt: byte 3: is not valid UTF-8; convert it",
        "image.txt: byte 8: contains NUL bytes, so it looks binary; pass text",
        "empty.txt: is empty or only whitespace; add text",
        "2 documents read, 3 skipped",
    ] {
        assert!(stderr.contains(want), "stderr lacks {want:?}:\n{stderr}");
    }
    assert_eq!(stderr.matches("warning: ").count(), 3, "{stderr}");
    let json = graph_json(&out);
    assert!(
        json.contains("good1.txt") && json.contains("good2.txt"),
        "good documents missing from graph.json"
    );
    assert!(
        !json.contains("latin1.txt") && !json.contains("empty.txt"),
        "a skipped document reached graph.json"
    );
}

#[test]
fn nothing_readable_exits_1_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let empty = write(dir.path(), "empty.txt", b"");
    let out = dir.path().join("out");
    relgraph()
        .arg("build")
        .arg(&empty)
        .arg(dir.path().join("missing.txt"))
        .arg("--out")
        .arg(&out)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("missing.txt: cannot read"))
        .stderr(predicate::str::contains("no document could be processed"));
    assert!(
        !out.exists(),
        "no output directory when nothing was processed"
    );
}

#[test]
fn nonexistent_path_among_good_ones_is_partial() {
    let dir = tempfile::tempdir().unwrap();
    let good = write(dir.path(), "good.txt", GOOD_1.as_bytes());
    relgraph()
        .arg("build")
        .arg(&good)
        .arg("no/such/file.txt")
        .arg("--out")
        .arg(dir.path().join("out"))
        .assert()
        .code(3)
        .stderr(predicate::str::contains(
            "warning: no/such/file.txt: cannot read",
        ))
        .stderr(predicate::str::contains("check the path"));
}

#[test]
fn malformed_jsonl_line_names_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let body = format!(
        "{}\n{{\"id\": \"broken\", \"text\": \n{}\n\"just a string\"\n",
        serde_json::json!({"id": "first-article", "text": GOOD_1}),
        serde_json::json!({"id": "third-article", "text": GOOD_2, "title": "Third"})
    );
    let input = write(dir.path(), "news.jsonl", body.as_bytes());
    let out = dir.path().join("out");
    let name = input.display().to_string();
    relgraph()
        .arg("build")
        .arg(&input)
        .arg("--out")
        .arg(&out)
        .assert()
        .code(3)
        .stderr(predicate::str::contains(format!(
            "warning: {name}:2: malformed JSON"
        )))
        .stderr(predicate::str::contains(format!(
            "warning: {name}:4: not a JSON object"
        )))
        .stderr(predicate::str::contains("2 documents read, 2 skipped"));
    let json = graph_json(&out);
    assert!(
        json.contains("first-article") && json.contains("third-article"),
        "{json}"
    );
}

#[test]
fn stdin_as_text_and_as_jsonl() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("text");
    relgraph()
        .args(["build", "-", "--out"])
        .arg(&out)
        .write_stdin(GOOD_1)
        .assert()
        .code(0);
    assert!(graph_json(&out).contains("<stdin>"));
    let out = dir.path().join("jsonl");
    let line = serde_json::json!({"id": "piped-1", "text": GOOD_2}).to_string();
    relgraph()
        .args(["build", "-", "--stdin-format", "jsonl", "--out"])
        .arg(&out)
        .write_stdin(line)
        .assert()
        .code(0);
    assert!(graph_json(&out).contains("piped-1"));
}

#[test]
fn help_shows_usage_and_examples() {
    relgraph()
        .args(["build", "--help"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("Usage: relgraph build"))
        .stdout(predicate::str::contains("Examples:"))
        .stdout(predicate::str::contains("--stdin-format"));
    relgraph()
        .arg("--help")
        .assert()
        .code(0)
        .stdout(predicate::str::contains("build"));
}

#[test]
fn missing_out_is_a_usage_error() {
    relgraph()
        .args(["build", "x.txt"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--out"));
}

#[test]
fn broken_pipe_on_stdout_exits_0() {
    let dir = tempfile::tempdir().unwrap();
    let input = write(dir.path(), "good.txt", GOOD_1.as_bytes());
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_relgraph"))
        .arg("build")
        .arg(&input)
        .arg("--out")
        .arg(dir.path().join("out"))
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Close the read end before relgraph lists the files it wrote: its writes hit EPIPE.
    drop(child.stdout.take());
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(0), "broken pipe must exit 0");
}

/// True when `program` runs; otherwise skips with a note, or fails under RELGRAPH_REQUIRE_CONSUMERS=1.
fn consumer(program: &str, probe: &[&str]) -> bool {
    let ok = std::process::Command::new(program)
        .args(probe)
        .output()
        .is_ok_and(|o| o.status.success());
    assert!(
        ok || !crate::util::consumers_required(),
        "{program} is missing and RELGRAPH_REQUIRE_CONSUMERS=1"
    );
    if !ok {
        eprintln!("note: {program} is missing; skipping its check on the seed article");
    }
    ok
}

#[test]
fn seed_article_builds_into_files_every_consumer_accepts() {
    let Some(shared) = crate::util::shared() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    relgraph()
        .arg("build")
        .arg(shared.join("seed/trump-putin-call.txt"))
        .arg("--out")
        .arg(&out)
        .assert()
        .code(0);
    let rows = |name: &str| {
        csv::Reader::from_path(out.join(name))
            .unwrap()
            .records()
            .count()
    };
    let (nodes, edges) = (rows("nodes.csv"), rows("edges.csv"));
    assert!(
        nodes > 0 && edges > 0,
        "the seed article gave {nodes} nodes and {edges} edges"
    );
    if consumer("dot", &["-V"]) {
        let svg = std::process::Command::new("dot")
            .arg("-Tsvg")
            .arg(out.join("graph.dot"))
            .output()
            .unwrap();
        assert!(
            svg.status.success(),
            "dot rejected graph.dot: {}",
            String::from_utf8_lossy(&svg.stderr)
        );
    }
    if consumer("xmllint", &["--version"]) {
        let schema = shared.join("schemas/graphml/graphml.xsd");
        let check = std::process::Command::new("xmllint")
            .args(["--noout", "--schema"])
            .arg(&schema)
            .arg(out.join("graph.graphml"))
            .output()
            .unwrap();
        assert!(
            check.status.success(),
            "xmllint: {}",
            String::from_utf8_lossy(&check.stderr)
        );
    }
    let python = std::env::var("RELGRAPH_PYTHON").unwrap_or_else(|_| "python3".into());
    if consumer(&python, &["-c", "import networkx, igraph"]) {
        let script = "import sys, networkx, igraph\n\
                      g = networkx.read_graphml(sys.argv[1]); h = igraph.Graph.Read_GraphML(sys.argv[1])\n\
                      print(g.number_of_nodes(), g.number_of_edges(), h.vcount(), h.ecount())";
        let run = std::process::Command::new(&python)
            .args(["-c", script])
            .arg(out.join("graph.graphml"))
            .output()
            .unwrap();
        assert!(
            run.status.success(),
            "python: {}",
            String::from_utf8_lossy(&run.stderr)
        );
        let want = format!("{nodes} {edges} {nodes} {edges}");
        assert_eq!(
            String::from_utf8_lossy(&run.stdout).trim(),
            want,
            "NetworkX/igraph counts vs nodes.csv/edges.csv"
        );
    }
    if consumer(&python, &["-c", "import kuzu"]) {
        let db = dir.path().join("kuzu-db");
        let run = std::process::Command::new(&python)
            .args(["-c", KUZU_COUNTS])
            .arg(&out)
            .arg(&db)
            .output()
            .unwrap();
        assert!(
            run.status.success(),
            "kuzu: {}",
            String::from_utf8_lossy(&run.stderr)
        );
        assert_eq!(
            String::from_utf8_lossy(&run.stdout).trim(),
            format!("{nodes} {edges}"),
            "Kùzu counts"
        );
    }
}

/// Loads nodes.csv/edges.csv into Kùzu with every column a STRING (the typed load is checked
/// by the consumer tests) and prints the node and relationship counts.
const KUZU_COUNTS: &str = r#"
import csv, os, sys
import kuzu
src, db = sys.argv[1], sys.argv[2]
def cols(name, skip):
    with open(os.path.join(src, name), newline="", encoding="utf-8") as f:
        header = next(csv.reader(f))
    return [f"c{i} STRING" for i, h in enumerate(header) if h not in skip]
conn = kuzu.Connection(kuzu.Database(db))
conn.execute(f"CREATE NODE TABLE N({', '.join(cols('nodes.csv', ()))}, PRIMARY KEY (c0))")
conn.execute(f"CREATE REL TABLE R(FROM N TO N, {', '.join(cols('edges.csv', (':START_ID', ':END_ID')))})")
opts = "(HEADER=true, DELIM=',', QUOTE='\"', ESCAPE='\"', AUTO_DETECT=false)"
conn.execute(f"COPY N FROM '{os.path.join(src, 'nodes.csv')}' {opts}")
conn.execute(f"COPY R FROM '{os.path.join(src, 'edges.csv')}' {opts}")
count = lambda q: conn.execute(q).get_next()[0]
print(count("MATCH (n:N) RETURN count(n)"), count("MATCH ()-[r:R]->() RETURN count(r)"))
"#;
