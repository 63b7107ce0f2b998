//! Python consumers of the exports: NetworkX and igraph read GraphML, Kùzu loads the CSVs.
//! Skipping and replacement rules are those of `consumers.rs`.

use std::collections::BTreeMap;
use std::process::Command;

use relgraph::export::text::{one_line, strip_forbidden};
use serde_json::Value;

use crate::consumers::{check, csv_rows, file, graphs, python_with};
use crate::fixture::{adversarial_graph, exported};

// ---------------------------------------------------------------- NetworkX and igraph

const READ_GRAPHML: &str = r#"
import json, sys
import networkx as nx
import igraph as ig

path = sys.argv[1]
out = {}
g = nx.read_graphml(path)
out["networkx"] = {
    "nodes": g.number_of_nodes(),
    "edges": g.number_of_edges(),
    "labels": {d["relgraph_id"]: d["label"] for _, d in g.nodes(data=True)},
    "aliases": {d["relgraph_id"]: json.loads(d["aliases"]) for _, d in g.nodes(data=True)},
    "edge_labels": {d["relgraph_id"]: [d["label"], d["weight"], d["negated"]] for *_, d in g.edges(data=True)},
}
h = ig.Graph.Read_GraphML(path)
out["igraph"] = {
    "nodes": h.vcount(),
    "edges": h.ecount(),
    "labels": {v["relgraph_id"]: v["label"] for v in h.vs},
    "aliases": {v["relgraph_id"]: json.loads(v["aliases"]) for v in h.vs},
    "edge_labels": {e["relgraph_id"]: [e["label"], e["weight"], bool(e["negated"])] for e in h.es},
}
print(json.dumps(out, sort_keys=True))
"#;

#[test]
fn graphml_loads_in_networkx_and_igraph_with_csv_counts_and_same_labels() {
    let Some(py) = python_with("networkx, igraph") else {
        return;
    };
    for (name, g) in graphs() {
        let (_dir, files) = exported(&g);
        let node_rows = csv_rows(&file(&files, "nodes.csv")).len();
        let edge_rows = csv_rows(&file(&files, "edges.csv")).len();
        assert_eq!((node_rows, edge_rows), (g.node_count(), g.edge_count()));
        let out = Command::new(&py)
            .args(["-c", READ_GRAPHML])
            .arg(file(&files, "graph.graphml"))
            .output()
            .unwrap();
        let got: Value = serde_json::from_str(&check(out, "python read_graphml")).unwrap();
        let labels: BTreeMap<String, String> = g
            .nodes()
            .map(|n| (n.id.to_string(), strip_forbidden(&n.name).into_owned()))
            .collect();
        let aliases: BTreeMap<String, Vec<String>> = g
            .nodes()
            .map(|n| (n.id.to_string(), n.aliases.iter().cloned().collect()))
            .collect();
        let edges: BTreeMap<String, (String, f64, bool)> = g
            .edges()
            .map(|e| {
                (
                    e.id.to_string(),
                    (e.display_relation(), e.weight() as f64, e.negated),
                )
            })
            .collect();
        for reader in ["networkx", "igraph"] {
            let r = &got[reader];
            assert_eq!(r["nodes"], node_rows, "{name}/{reader}: node count");
            assert_eq!(r["edges"], edge_rows, "{name}/{reader}: edge count");
            let got_labels: BTreeMap<String, String> =
                serde_json::from_value(r["labels"].clone()).unwrap();
            assert_eq!(got_labels, labels, "{name}/{reader}: labels");
            let got_aliases: BTreeMap<String, Vec<String>> =
                serde_json::from_value(r["aliases"].clone()).unwrap();
            assert_eq!(got_aliases, aliases, "{name}/{reader}: aliases");
            let got_edges: BTreeMap<String, (String, f64, bool)> =
                serde_json::from_value(r["edge_labels"].clone()).unwrap();
            assert_eq!(
                got_edges, edges,
                "{name}/{reader}: edge labels, weights, negation"
            );
        }
    }
}

// ---------------------------------------------------------------- CSV and Kùzu

/// A CSV array property as written: elements one-lined, `;` inside an element turned into `,`.
fn csv_array<'a>(items: impl IntoIterator<Item = &'a String>) -> Vec<String> {
    items
        .into_iter()
        .map(|s| one_line(s).replace(';', ","))
        .collect()
}

fn split_array(s: &str) -> Vec<String> {
    if s.is_empty() {
        Vec::new()
    } else {
        s.split(';').map(str::to_string).collect()
    }
}

#[test]
fn csv_reads_back_with_documented_replacements_only() {
    let g = adversarial_graph();
    let (_dir, files) = exported(&g);
    let rows = csv_rows(&file(&files, "nodes.csv"));
    for (row, n) in rows.iter().zip(g.nodes()) {
        assert_eq!(&row[0], n.id.as_str());
        assert_eq!(row[1], one_line(&n.name));
        assert_eq!(split_array(&row[3]), csv_array(&n.aliases), "{}", n.id);
    }
    for (row, e) in csv_rows(&file(&files, "edges.csv")).iter().zip(g.edges()) {
        assert_eq!((&row[0], &row[1]), (e.source.as_str(), e.target.as_str()));
        assert_eq!(row[4], e.weight().to_string());
        let texts: Vec<String> = e.evidence.iter().map(|x| x.text.clone()).collect();
        assert_eq!(split_array(&row[14]), csv_array(&texts));
        assert_eq!(
            split_array(&row[10]).len(),
            e.weight(),
            "parallel evidence arrays"
        );
    }
}

/// Creates Kùzu tables from the Neo4j headers, loads the CSVs, answers with Cypher.
const LOAD_KUZU: &str = r#"
import csv, json, os, sys
import kuzu

src, db_dir = sys.argv[1], sys.argv[2]

# Neo4j admin-import header type -> Kuzu column type. Where they differ:
# - Neo4j `int` is stored as a 64-bit long, so it maps to INT64 (not INT32).
# - Neo4j arrays (`string[]`, `int[]`, `long[]`) are `;`-joined in one field; Kuzu's CSV list
#   syntax is `[a,b]`, so arrays load as STRING and are split on `;` when queried.
# - `:ID` is the primary key; `:LABEL` and `:TYPE` become plain STRING columns (`labels`,
#   `type`) because Kuzu has one label per table.
TYPES = {"": "STRING", "string": "STRING", "int": "INT64", "long": "INT64", "boolean": "BOOLEAN",
         "double": "DOUBLE", "float": "DOUBLE", "ID": "STRING"}

def columns(path):
    with open(path, newline="", encoding="utf-8") as f:
        header = next(csv.reader(f))
    cols = []
    for field in header:
        name, _, ty = field.partition(":")
        if field in (":START_ID", ":END_ID"):
            continue
        if field == ":LABEL":
            name, ty = "labels", ""
        if field == ":TYPE":
            name, ty = "type", ""
        kuzu_type = "STRING" if ty.endswith("[]") else TYPES[ty]
        cols.append((name, kuzu_type, ty == "ID"))
    return cols

def ddl(cols):
    parts = [f"{n} {t}" for n, t, _ in cols]
    parts += [f"PRIMARY KEY ({n})" for n, _, pk in cols if pk]
    return ", ".join(parts)

conn = kuzu.Connection(kuzu.Database(db_dir))
nodes, edges = os.path.join(src, "nodes.csv"), os.path.join(src, "edges.csv")
conn.execute(f"CREATE NODE TABLE Node({ddl(columns(nodes))})")
conn.execute(f"CREATE REL TABLE Rel(FROM Node TO Node, {ddl(columns(edges))})")
opts = "(HEADER=true, DELIM=',', QUOTE='\"', ESCAPE='\"', AUTO_DETECT=false)"
conn.execute(f"COPY Node FROM '{nodes}' {opts}")
conn.execute(f"COPY Rel FROM '{edges}' {opts}")

def rows(q):
    r = conn.execute(q)
    out = []
    while r.has_next():
        out.append(r.get_next())
    return out

print(json.dumps({
    "nodes": rows("MATCH (n:Node) RETURN count(n)")[0][0],
    "edges": rows("MATCH ()-[r:Rel]->() RETURN count(r)")[0][0],
    "names": {i: n for i, n in rows("MATCH (n:Node) RETURN n.id, n.name")},
    "aliases": {i: (a or "") for i, a in rows("MATCH (n:Node) RETURN n.id, n.aliases")},
    "weights": {i: w for i, w in rows("MATCH ()-[r:Rel]->() RETURN r.id, r.weight")},
    "types": sorted(t for (t,) in rows("MATCH ()-[r:Rel]->() RETURN r.type")),
}, sort_keys=True))
"#;

#[test]
fn csv_loads_into_kuzu_with_tables_from_the_headers() {
    let Some(py) = python_with("kuzu") else {
        return;
    };
    for (name, g) in graphs() {
        let (dir, files) = exported(&g);
        let db = dir.path().join("kuzu-db");
        let out = Command::new(&py)
            .args(["-c", LOAD_KUZU])
            .arg(dir.path())
            .arg(&db)
            .output()
            .unwrap();
        let got: Value = serde_json::from_str(&check(out, "python kuzu load")).unwrap();
        assert_eq!(
            got["nodes"],
            csv_rows(&file(&files, "nodes.csv")).len(),
            "{name}: nodes"
        );
        assert_eq!(
            got["edges"],
            csv_rows(&file(&files, "edges.csv")).len(),
            "{name}: edges"
        );
        assert_eq!(got["nodes"], g.node_count());
        assert_eq!(got["edges"], g.edge_count());
        let names: BTreeMap<String, String> = serde_json::from_value(got["names"].clone()).unwrap();
        let want: BTreeMap<String, String> = g
            .nodes()
            .map(|n| (n.id.to_string(), one_line(&n.name)))
            .collect();
        assert_eq!(names, want, "{name}: names");
        let aliases: BTreeMap<String, String> =
            serde_json::from_value(got["aliases"].clone()).unwrap();
        let want: BTreeMap<String, String> = g
            .nodes()
            .map(|n| (n.id.to_string(), csv_array(&n.aliases).join(";")))
            .collect();
        assert_eq!(aliases, want, "{name}: aliases");
        let weights: BTreeMap<String, usize> =
            serde_json::from_value(got["weights"].clone()).unwrap();
        assert_eq!(
            weights,
            g.edges().map(|e| (e.id.to_string(), e.weight())).collect(),
            "{name}: weights"
        );
        let mut types: Vec<String> = g
            .edges()
            .map(|e| relgraph::export::csv::rel_type(&e.relation, e.negated))
            .collect();
        types.sort();
        assert_eq!(
            got["types"],
            serde_json::json!(types),
            "{name}: relationship types"
        );
    }
}
