//! GEXF, node-link JSON, JSONL and Cypher as their consumers read them (xmllint with the GEXF
//! schemas, NetworkX, Python's json, Kùzu), plus golden files for those formats.
//!
//! Skipping follows `consumers.rs` (a missing consumer is a note, or a failure under
//! `RELGRAPH_REQUIRE_CONSUMERS=1`). Replacements: GEXF and Cypher drop the characters XML 1.0
//! forbids (`strip_forbidden`); the JSON formats carry every string unchanged.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use relgraph::export::ExportFormat;
use relgraph::export::text::strip_forbidden;
use serde_json::{Value, json};

use crate::consumers::{available, check, file, python_with};
use crate::fixture::{
    KnowledgeGraph, adversarial_graph, exported, graph_of, sample_graph, sample_triples,
};
use crate::util::shared;

/// The sample story with every date removed (no timeline).
fn undated_graph() -> KnowledgeGraph {
    let mut triples = sample_triples();
    triples.iter_mut().for_each(|t| t.evidence.date = None);
    graph_of(&triples)
}

/// The sample story plus a second relation between Trump and Putin (parallel edges).
fn multi_graph() -> KnowledgeGraph {
    let mut triples = sample_triples();
    let mut t = triples[0].clone();
    t.relation = "call".to_string();
    t.surface = "called".to_string();
    triples.push(t);
    graph_of(&triples)
}

fn cases() -> Vec<(&'static str, KnowledgeGraph)> {
    vec![
        ("sample", sample_graph()),
        ("adversarial", adversarial_graph()),
        ("undated", undated_graph()),
        ("multi", multi_graph()),
    ]
}

fn xmllint() -> bool {
    let ok = Command::new("xmllint")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    available("xmllint", ok)
}

fn xmllint_ok(args: &[&str], schema: &Path, doc: &Path) -> Result<(), String> {
    let out = Command::new("xmllint")
        .args(["--nonet", "--noout"])
        .args(args)
        .arg(schema)
        .arg(doc)
        .output()
        .unwrap();
    if out.status.success() {
        Ok(())
    } else {
        Err(String::from_utf8_lossy(&out.stderr).into_owned())
    }
}

/// The GEXF without its `viz:` elements (one per line), for the XSD whose viz declarations sit
/// in the wrong namespace (see `relgraph::export::gexf`).
fn without_viz(path: &Path) -> PathBuf {
    let text = std::fs::read_to_string(path).unwrap();
    let kept: Vec<&str> = text
        .lines()
        .filter(|l| !l.trim_start().starts_with("<viz:"))
        .collect();
    let out = path.with_extension("noviz.gexf");
    std::fs::write(&out, kept.join("\n")).unwrap();
    out
}

#[test]
fn gexf_is_valid_against_the_gexf_1_3_schemas() {
    let Some(shared) = shared() else { return };
    if !xmllint() {
        return;
    }
    let dir = shared.join("schemas/gexf");
    for (name, g) in cases() {
        let (_tmp, files) = exported(&g);
        let gexf = file(&files, "graph.gexf");
        xmllint_ok(&["--relaxng"], &dir.join("gexf.rng"), &gexf)
            .unwrap_or_else(|e| panic!("{name}: RELAX NG: {e}"));
        xmllint_ok(&["--schema"], &dir.join("gexf.xsd"), &without_viz(&gexf))
            .unwrap_or_else(|e| panic!("{name}: XSD: {e}"));
    }
    // Both validators must be able to fail: an edge without a target, a bad viz attribute.
    let (tmp, files) = exported(&sample_graph());
    let text = std::fs::read_to_string(file(&files, "graph.gexf")).unwrap();
    let no_target = tmp.path().join("bad.gexf");
    std::fs::write(&no_target, text.replacen(" target=", " tar=", 1)).unwrap();
    assert!(
        xmllint_ok(
            &["--schema"],
            &dir.join("gexf.xsd"),
            &without_viz(&no_target)
        )
        .is_err()
    );
    assert!(xmllint_ok(&["--relaxng"], &dir.join("gexf.rng"), &no_target).is_err());
    let bad_viz = tmp.path().join("bad-viz.gexf");
    std::fs::write(
        &bad_viz,
        text.replacen("<viz:size value=\"", "<viz:size value=\"-", 1),
    )
    .unwrap();
    assert!(xmllint_ok(&["--relaxng"], &dir.join("gexf.rng"), &bad_viz).is_err());
}

const READ_GEXF: &str = r#"
import json, sys
import networkx as nx
g = nx.read_gexf(sys.argv[1])
print(json.dumps({
    "multigraph": g.is_multigraph(),
    "nodes": g.number_of_nodes(),
    "edges": g.number_of_edges(),
    "labels": {n: d["label"] for n, d in g.nodes(data=True)},
    "aliases": {n: json.loads(d["aliases"]) for n, d in g.nodes(data=True)},
    "mentions": {n: d["mentions"] for n, d in g.nodes(data=True)},
    "colors": {n: [d["viz"]["color"][c] for c in "rgb"] for n, d in g.nodes(data=True)},
    "node_times": {n: [d.get("start"), d.get("end")] for n, d in g.nodes(data=True)},
    "edges_data": {d["id"]: [u, v, d["label"], d["weight"], d["negated"], d.get("start"), d.get("end")]
                   for u, v, d in g.edges(data=True)},
}, sort_keys=True))
"#;

#[test]
fn gexf_loads_in_networkx_with_counts_labels_types_and_timeline() {
    let Some(py) = python_with("networkx") else {
        return;
    };
    for (name, g) in cases() {
        let (_tmp, files) = exported(&g);
        let out = Command::new(&py)
            .args(["-c", READ_GEXF])
            .arg(file(&files, "graph.gexf"))
            .output()
            .unwrap();
        let got: Value = serde_json::from_str(&check(out, "python read_gexf")).unwrap();
        // NetworkX returns a multigraph only when some pair has parallel edges.
        let mut pairs: Vec<_> = g.edges().map(|e| (&e.source, &e.target)).collect();
        pairs.sort();
        let parallel = pairs.windows(2).any(|w| w[0] == w[1]);
        assert_eq!(got["multigraph"], parallel, "{name}");
        assert_eq!(parallel, name == "multi");
        assert_eq!(got["nodes"], g.node_count(), "{name}: nodes");
        assert_eq!(got["edges"], g.edge_count(), "{name}: edges");
        let labels: BTreeMap<String, String> = g
            .nodes()
            .map(|n| (n.id.to_string(), strip_forbidden(&n.name).into_owned()))
            .collect();
        assert_eq!(got["labels"], json!(labels), "{name}: labels");
        let aliases: BTreeMap<&str, Vec<&String>> = g
            .nodes()
            .map(|n| (n.id.as_str(), n.aliases.iter().collect()))
            .collect();
        assert_eq!(
            got["aliases"],
            json!(aliases),
            "{name}: aliases (JSON keeps everything)"
        );
        let mentions: BTreeMap<&str, usize> = g
            .nodes()
            .map(|n| (n.id.as_str(), n.mention_count()))
            .collect();
        assert_eq!(
            got["mentions"],
            json!(mentions),
            "{name}: integer attribute"
        );
        let dated = g
            .edges()
            .any(|e| e.evidence.iter().any(|x| x.date.is_some()));
        let edges: BTreeMap<&str, Value> = g
            .edges()
            .map(|e| {
                let dates: Vec<&str> = e
                    .evidence
                    .iter()
                    .filter_map(|x| x.date.as_deref())
                    .collect();
                let (lo, hi) = (dates.iter().min(), dates.iter().max());
                let row = json!([
                    e.source.as_str(),
                    e.target.as_str(),
                    strip_forbidden(&e.display_relation()),
                    e.weight() as f64,
                    e.negated,
                    lo,
                    hi
                ]);
                (e.id.as_str(), row)
            })
            .collect();
        assert_eq!(
            got["edges_data"],
            json!(edges),
            "{name}: edges, weights, booleans, dates"
        );
        if !dated {
            let times = got["node_times"].as_object().unwrap();
            assert!(
                times.values().all(|t| t == &json!([null, null])),
                "{name}: {times:?}"
            );
        }
    }
}

#[test]
fn timeline_attributes_appear_only_with_dates() {
    let (_a, dated) = exported(&sample_graph());
    let (_b, undated) = exported(&undated_graph());
    let dated = std::fs::read_to_string(file(&dated, "graph.gexf")).unwrap();
    let undated = std::fs::read_to_string(file(&undated, "graph.gexf")).unwrap();
    assert!(dated.contains("mode=\"dynamic\" timeformat=\"date\""));
    assert!(dated.contains("start=\"2025-03-18\" end=\"2025-03-19\""));
    for needle in ["dynamic", "timeformat", " start=", " end="] {
        assert!(!undated.contains(needle), "{needle}");
    }
}

// ---------------------------------------------------------------- JSON

const READ_JSON: &str = r#"
import json, sys
import networkx as nx
with open(sys.argv[1], encoding="utf-8") as f:
    d3 = json.load(f)
g = nx.node_link_graph(d3, edges="links")
with open(sys.argv[2], encoding="utf-8") as f:
    cy = json.load(f)["elements"]
with open(sys.argv[3], encoding="utf-8") as f:
    lines = [json.loads(line) for line in f]
print(json.dumps({
    "nx": [g.number_of_nodes(), g.number_of_edges(), g.is_multigraph(), g.is_directed()],
    "names": {n: d["name"] for n, d in g.nodes(data=True)},
    "aliases": {n: d["aliases"] for n, d in g.nodes(data=True)},
    "cy": [len(cy["nodes"]), len(cy["edges"])],
    "cy_ends_known": all(e["data"]["source"] in {n["data"]["id"] for n in cy["nodes"]} for e in cy["edges"]),
    "triples": [[t["subject"], t["relation"], t["object"], t["negated"], t["doc"], t["sentence"], t["text"], t["spans"]["subject"]] for t in lines],
}, sort_keys=True))
"#;

#[test]
fn json_exports_load_in_networkx_and_python_unchanged() {
    let Some(py) = python_with("networkx") else {
        return;
    };
    for (name, g) in cases() {
        let (_tmp, files) = exported(&g);
        let out = Command::new(&py)
            .args(["-c", READ_JSON])
            .arg(file(&files, "graph.nodelink.json"))
            .arg(file(&files, "graph.cytoscape.json"))
            .arg(file(&files, "graph.triples.jsonl"))
            .output()
            .unwrap();
        let got: Value = serde_json::from_str(&check(out, "python json")).unwrap();
        assert_eq!(
            got["nx"],
            json!([g.node_count(), g.edge_count(), true, true]),
            "{name}"
        );
        assert_eq!(got["cy"], json!([g.node_count(), g.edge_count()]), "{name}");
        assert_eq!(got["cy_ends_known"], true);
        let names: BTreeMap<&str, &str> = g
            .nodes()
            .map(|n| (n.id.as_str(), n.name.as_str()))
            .collect();
        assert_eq!(got["names"], json!(names), "{name}: names, byte for byte");
        let aliases: BTreeMap<&str, Vec<&String>> = g
            .nodes()
            .map(|n| (n.id.as_str(), n.aliases.iter().collect()))
            .collect();
        assert_eq!(got["aliases"], json!(aliases), "{name}: aliases");
        let mut triples = Vec::new();
        for e in g.edges() {
            let (s, o) = (g.node(&e.source).unwrap(), g.node(&e.target).unwrap());
            for x in &e.evidence {
                triples.push(json!([
                    s.name,
                    e.relation,
                    o.name,
                    e.negated,
                    x.doc,
                    x.sentence,
                    x.text,
                    [x.subject.start, x.subject.end]
                ]));
            }
        }
        assert_eq!(got["triples"], json!(triples), "{name}: JSONL statements");
    }
}

// ---------------------------------------------------------------- Cypher in Kùzu

const RUN_CYPHER: &str = r#"
import json, os, sys
import kuzu
src, db = sys.argv[1], sys.argv[2]
conn = kuzu.Connection(kuzu.Database(db))
def run(name):
    # newline="": keep carriage returns as written (text mode would turn them into newlines).
    with open(os.path.join(src, name), encoding="utf-8", newline="") as f:
        text = f.read()
    if text.strip().replace("\n", "").startswith("//") and "CREATE" not in text and "MERGE" not in text:
        return
    conn.execute(text)
def rows(q):
    r = conn.execute(q)
    out = []
    while r.has_next():
        out.append(r.get_next())
    return out
run("graph.kuzu-schema.cypher")
run("graph.cypher")
run("graph.cypher")  # MERGE is idempotent: a second run changes nothing
print(json.dumps({
    "nodes": rows("MATCH (n) RETURN count(n)")[0][0],
    "edges": rows("MATCH ()-[r]->() RETURN count(r)")[0][0],
    "names": {i: n for i, n in rows("MATCH (n) RETURN n.id, n.name")},
    "aliases": {i: a for i, a in rows("MATCH (n) RETURN n.id, n.aliases")},
    "labels": {i: l for i, l in rows("MATCH (n) RETURN n.id, label(n)")},
    "edges_data": {i: [t, w, neg, texts, dates] for i, t, w, neg, texts, dates in rows(
        "MATCH ()-[r]->() RETURN r.id, label(r), r.weight, r.negated, r.evidence_texts, r.evidence_dates")},
}, sort_keys=True))
"#;

#[test]
fn cypher_script_runs_in_kuzu_with_counts_and_properties() {
    let Some(py) = python_with("kuzu") else {
        return;
    };
    for (name, g) in cases() {
        let (tmp, _files) = exported(&g);
        let out = Command::new(&py)
            .args(["-c", RUN_CYPHER])
            .arg(tmp.path())
            .arg(tmp.path().join("kuzu-db"))
            .output()
            .unwrap();
        let got: Value = serde_json::from_str(&check(out, "python kuzu cypher")).unwrap();
        assert_eq!(got["nodes"], g.node_count(), "{name}: nodes");
        assert_eq!(got["edges"], g.edge_count(), "{name}: edges");
        let clean = |s: &str| strip_forbidden(s).into_owned();
        let names: BTreeMap<&str, String> =
            g.nodes().map(|n| (n.id.as_str(), clean(&n.name))).collect();
        assert_eq!(got["names"], json!(names), "{name}: names");
        let aliases: BTreeMap<&str, Vec<String>> = g
            .nodes()
            .map(|n| (n.id.as_str(), n.aliases.iter().map(|a| clean(a)).collect()))
            .collect();
        assert_eq!(got["aliases"], json!(aliases), "{name}: aliases");
        let labels: BTreeMap<&str, &str> =
            g.nodes().map(|n| (n.id.as_str(), n.kind.label())).collect();
        assert_eq!(got["labels"], json!(labels), "{name}: labels");
        let edges: BTreeMap<&str, Value> = g
            .edges()
            .map(|e| {
                let texts: Vec<String> = e.evidence.iter().map(|x| clean(&x.text)).collect();
                let dates: Vec<&str> = e
                    .evidence
                    .iter()
                    .map(|x| x.date.as_deref().unwrap_or(""))
                    .collect();
                let row = json!([
                    relgraph::export::cypher::rel_type(e),
                    e.weight(),
                    e.negated,
                    texts,
                    dates
                ]);
                (e.id.as_str(), row)
            })
            .collect();
        assert_eq!(got["edges_data"], json!(edges), "{name}: relationships");
    }
}

// ---------------------------------------------------------------- golden files

fn golden_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/golden")
}

/// Compares (or with `UPDATE_GOLDEN=1` rewrites) one golden file.
fn golden(name: &str, bytes: &[u8]) {
    let path = golden_dir().join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some_and(|v| v == "1") {
        std::fs::write(&path, bytes).unwrap();
        return;
    }
    let want = std::fs::read(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e}; run `UPDATE_GOLDEN=1 cargo test` to create it",
            path.display()
        )
    });
    let (got, want) = (
        String::from_utf8_lossy(bytes),
        String::from_utf8_lossy(&want),
    );
    assert!(
        got == want,
        "{} differs from the golden file (UPDATE_GOLDEN=1 rewrites it)\n--- expected\n{want}\n--- actual\n{got}",
        path.display()
    );
}

#[test]
fn golden_new_formats() {
    let g = sample_graph();
    for format in [
        ExportFormat::Gexf,
        ExportFormat::NodeLink,
        ExportFormat::Cytoscape,
        ExportFormat::Jsonl,
        ExportFormat::Cypher,
    ] {
        for (name, bytes) in format.render(&g).unwrap() {
            golden(name, &bytes);
        }
    }
}

#[test]
fn golden_html_data() {
    // The page is template + viewer code + data; only the data is pinned here, so changing the
    // viewer's look does not churn a golden file.
    let (_, bytes) = ExportFormat::Html
        .render(&sample_graph())
        .unwrap()
        .remove(0);
    let page = String::from_utf8(bytes).unwrap();
    let open = "<script type=\"application/json\" id=\"graph-data\">";
    let start = page.find(open).unwrap() + open.len();
    let end = start + page[start..].find("</script>").unwrap();
    let data: Value = serde_json::from_str(&page[start..end]).unwrap();
    let mut pretty = serde_json::to_vec_pretty(&data).unwrap();
    pretty.push(b'\n');
    golden("graph.html.json", &pretty);
}
