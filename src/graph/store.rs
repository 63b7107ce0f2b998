//! graph.json: the versioned store every subcommand after `build` reads.
//!
//! # Format (version 1)
//!
//! One JSON object, keys always in the order shown, `nodes` and `edges` sorted by `id`, sets
//! sorted, optional fields omitted when absent. Every node, edge and merge note is one line of
//! compact JSON (shown spread out below), so a diff shows whole records and `grep` finds them;
//! `jq .` shows a file spread out. The file ends with a newline.
//!
//! ```text
//! {
//!   "format": "relgraph-graph",          // always this string
//!   "version": 1,                        // bumped on any incompatible change
//!   "nodes": [{
//!     "id": "person:vladimir-putin",     // derived from type + normalised name (see graph::id)
//!     "type": "PERSON",                  // PERSON ORG GPE LOC NORP EVENT MISC | CONCEPT
//!     "name": "Vladimir Putin",          // canonical name / concept short label
//!     "aliases": ["Putin"],              // other names, sorted
//!     "roles": ["President"],            // titles and roles, sorted
//!     "texts": [],                       // full phrases of a concept, sorted
//!     "mentions": [{"doc": "a.txt", "start": 0, "end": 14}],  // distinct argument spans
//!     "properties": {"degree": 3, "pagerank": 0.12}            // optional: stored metrics
//!   }],
//!   "edges": [{
//!     "id": "person:vladimir-putin|agree-to|concept:energy-pause",
//!     "source": "person:vladimir-putin", // node ids
//!     "target": "concept:energy-pause",
//!     "relation": "agree to",            // normalised lemma phrase
//!     "negated": false,
//!     "weight": 2,                       // = number of evidence entries
//!     "evidence": [{
//!       "doc": "a.txt", "sentence": 3,   // document id, 0-based sentence index
//!       "span": {"start": 120, "end": 190},     // sentence bytes in the document
//!       "subject": {"start": 120, "end": 134},  // argument bytes in the document
//!       "object": {"start": 146, "end": 189},
//!       "text": "…", "surface": "agreed to",
//!       "date": "2025-03-18", "modality": "would", "attributed_to": "…"   // optional
//!     }]
//!   }],
//!   "merges": [{                         // optional, omitted when empty: alias resolution
//!     "into": "person:volodymyr-zelenskyy",   // the node that remains
//!     "from": "person:zelensky",              // the id the folded node had
//!     "from_name": "Zelensky",
//!     "matched": "Volodymyr Zelenskyy",       // the name it matched (canonical for a rename)
//!     "reason": "transliteration variant"
//!   }]
//! }
//! ```
//!
//! `merges` was added to version 1 without a version bump: it is optional, so every file
//! written before it still loads, and graphs without merges are byte-identical to before.
//!
//! Loading checks the format name and version, that ids match the names they derive from, that
//! edges point at existing nodes, that nothing is duplicated and that weights match evidence.
//! Any failure names the file and says to rebuild it with `relgraph build`.

use std::collections::{BTreeMap, BTreeSet};
use std::io::{self, Write};
use std::path::Path;

use petgraph::stable_graph::{NodeIndex, StableDiGraph};
use rayon::prelude::*;
use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

use super::{
    Edge, EdgeEvidence, EdgeId, KnowledgeGraph, Mention, MergeNote, Node, NodeId, NodeKind,
    SortedSet,
};
use crate::error::{Error, Result};

mod fast;
mod scan;

/// The `format` field of every graph.json.
pub const FORMAT: &str = "relgraph-graph";
/// The store version this build reads and writes.
pub const VERSION: u64 = 1;

const REBUILD: &str = "rebuild it with `relgraph build INPUT... --out DIR`";

#[derive(Serialize)]
struct NodeOut<'g> {
    id: &'g NodeId,
    #[serde(rename = "type")]
    kind: &'static str,
    name: &'g str,
    aliases: &'g BTreeSet<String>,
    roles: &'g BTreeSet<String>,
    texts: &'g BTreeSet<String>,
    mentions: &'g BTreeSet<Mention>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    properties: &'g BTreeMap<String, serde_json::Value>,
}

#[derive(Serialize)]
struct EdgeOut<'g> {
    id: &'g EdgeId,
    source: &'g NodeId,
    target: &'g NodeId,
    relation: &'g str,
    negated: bool,
    weight: usize,
    evidence: &'g SortedSet<EdgeEvidence>,
}

/// One node as read; every field is required, as the writer always writes them.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NodeRecord {
    id: NodeId,
    #[serde(rename = "type")]
    kind: String,
    name: String,
    aliases: BTreeSet<String>,
    roles: BTreeSet<String>,
    texts: BTreeSet<String>,
    #[serde(deserialize_with = "bulk_set")]
    mentions: BTreeSet<Mention>,
    #[serde(default)]
    properties: BTreeMap<String, serde_json::Value>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EdgeRecord {
    id: EdgeId,
    source: NodeId,
    target: NodeId,
    relation: String,
    negated: bool,
    weight: usize,
    evidence: Vec<EdgeEvidence>,
}

pub(super) fn to_json(g: &KnowledgeGraph) -> String {
    let mut bytes = Vec::new();
    write_json(g, &mut bytes).expect("writing to memory cannot fail");
    String::from_utf8(bytes).expect("JSON is UTF-8")
}

/// Streams graph.json into `w`. Records are serialised in parallel a chunk at a time, so memory
/// stays bounded by the chunk, not the file, and the bytes never depend on the thread count.
pub(super) fn write_json<W: Write>(g: &KnowledgeGraph, mut w: W) -> io::Result<()> {
    let nodes: Vec<&Node> = g.nodes().collect();
    let edges: Vec<&Edge> = g.edges().collect();
    let merges: Vec<&MergeNote> = g.merge_notes().collect();
    write!(
        w,
        "{{\n  \"format\": \"{FORMAT}\",\n  \"version\": {VERSION},\n"
    )?;
    let last = !merges.is_empty();
    section(
        &mut w,
        "nodes",
        &nodes,
        node_record,
        |n| n.mentions.len(),
        false,
    )?;
    section(
        &mut w,
        "edges",
        &edges,
        edge_record,
        |e| e.evidence.len(),
        !last,
    )?;
    if last {
        section(&mut w, "merges", &merges, |m| *m, |_| 0, true)?;
    }
    w.write_all(b"}\n")
}

fn node_record<'g>(n: &&'g Node) -> NodeOut<'g> {
    NodeOut {
        id: &n.id,
        kind: n.kind.as_str(),
        name: &n.name,
        aliases: &n.aliases,
        roles: &n.roles,
        texts: &n.texts,
        mentions: &n.mentions,
        properties: &n.properties,
    }
}

fn edge_record<'g>(e: &&'g Edge) -> EdgeOut<'g> {
    EdgeOut {
        id: &e.id,
        source: &e.source,
        target: &e.target,
        relation: &e.relation,
        negated: e.negated,
        weight: e.weight(),
        evidence: &e.evidence,
    }
}

/// Indentation of a record line.
const RECORD_INDENT: &str = "    ";

/// Records serialised together in parallel before they are written ...
const CHUNK: usize = 4096;
/// ... unless they hold more than this many mentions or evidence entries: the lines of a chunk
/// are in memory at once, and a chunk of 4096 heavily stated edges would hold a large share of
/// the whole file (tens of MB on a 40 MB corpus).
const CHUNK_ENTRIES: usize = 8192;

/// One `"key": [...]` section, each item as one line of compact JSON. `entries` counts the
/// evidence (or mentions) of an item, to keep each chunk's lines small.
fn section<W: Write, T: Sync, S: Serialize>(
    w: &mut W,
    key: &str,
    items: &[T],
    record: impl Fn(&T) -> S + Sync,
    entries: impl Fn(&T) -> usize,
    last: bool,
) -> io::Result<()> {
    write!(w, "  \"{key}\": [")?;
    if !items.is_empty() {
        w.write_all(b"\n")?;
        let count = items.len();
        let mut start = 0;
        while start < count {
            let mut end = start;
            let mut held = 0;
            while end < count && end - start < CHUNK && (end == start || held < CHUNK_ENTRIES) {
                held += entries(&items[end]);
                end += 1;
            }
            let lines: Vec<String> = items[start..end]
                .par_iter()
                .map(|item| {
                    serde_json::to_string(&record(item)).expect("graph records serialize to JSON")
                })
                .collect();
            for (k, line) in lines.iter().enumerate() {
                w.write_all(RECORD_INDENT.as_bytes())?;
                w.write_all(line.as_bytes())?;
                let j = start + k;
                w.write_all(if j + 1 < count { b",\n" } else { b"\n  " })?;
            }
            start = end;
        }
    }
    w.write_all(if last { b"]\n" } else { b"],\n" })
}

/// Reads a store: streamed through the fast path when it is in the writer's layout and has no
/// error (see `fast`); otherwise read whole and decoded by the general path, which reports the
/// first error.
pub(super) fn load(path: &Path) -> Result<KnowledgeGraph> {
    if let Some(g) = fast::load(path)? {
        return Ok(g);
    }
    let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
    let records = decode_general(&text, path)?;
    // The text is no longer needed: free it before the graph is assembled, to lower the peak.
    drop(text);
    records.assemble(path)
}

/// Loads a store from its text: through the fast path when the text is in the writer's layout
/// and has no error, else through the general path, which reports the first error. Errors come
/// from the general path only, so they are the same, and as deterministic, for every layout and
/// thread count: the first bad record in file order is reported.
pub(super) fn from_json(text: &str, path: &Path) -> Result<KnowledgeGraph> {
    if let Some(g) = fast::from_text(text) {
        return Ok(g);
    }
    decode_general(text, path)?.assemble(path)
}

/// Every record of a store, decoded and checked one by one, not yet checked against each other.
struct Records {
    nodes: Vec<Node>,
    edges: Vec<Edge>,
    merges: Vec<MergeNote>,
}

impl Records {
    fn assemble(self, path: &Path) -> Result<KnowledgeGraph> {
        assemble(self.nodes, self.edges, self.merges)
            .map_err(|msg| Error::graph(path, format!("{msg}; {REBUILD}")))
    }
}

/// The general path: any layout, precise errors.
fn decode_general(text: &str, path: &Path) -> Result<Records> {
    let bad = |msg: String| Error::graph(path, format!("{msg}; {REBUILD}"));
    let raw: RawStore = serde_json::from_str(text)
        .map_err(|e| bad(format!("is not a complete graph.json (invalid JSON: {e})")))?;
    match raw.format.as_ref().and_then(|f| f.as_str()) {
        Some(FORMAT) => {}
        _ => {
            return Err(bad(format!(
                "is not a relgraph graph store (no \"format\": \"{FORMAT}\")"
            )));
        }
    }
    match raw.version.as_ref().and_then(|v| v.as_u64()) {
        Some(VERSION) => {}
        Some(v) => {
            return Err(bad(format!(
                "has graph format version {v}, this build reads version {VERSION}"
            )));
        }
        None => return Err(bad("has no numeric \"version\" field".to_string())),
    }
    let schema = |msg: String| bad(format!("does not match graph format {VERSION}: {msg}"));
    if let Some(field) = raw.unknown {
        return Err(schema(format!("unknown field `{field}`")));
    }
    let (Some(nodes), Some(edges)) = (raw.nodes, raw.edges) else {
        return Err(schema("missing field `nodes` or `edges`".to_string()));
    };
    Ok(Records {
        nodes: decode_all(text, &texts(&nodes), node_from_record).map_err(bad)?,
        edges: decode_all(text, &texts(&edges), edge_from_record).map_err(bad)?,
        merges: decode_all(text, &texts(&raw.merges), Ok).map_err(bad)?,
    })
}

fn texts<'a>(raw: &[&'a RawValue]) -> Vec<&'a str> {
    raw.iter().map(|r| r.get()).collect()
}

/// The top level of a store with every record left as raw text. Unknown fields are noted
/// rather than refused, so that a file of another version is reported as such first.
#[derive(Default)]
struct RawStore<'a> {
    format: Option<serde_json::Value>,
    version: Option<serde_json::Value>,
    nodes: Option<Vec<&'a RawValue>>,
    edges: Option<Vec<&'a RawValue>>,
    merges: Vec<&'a RawValue>,
    unknown: Option<String>,
}

impl<'de> Deserialize<'de> for RawStore<'de> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        struct Visit;
        impl<'de> serde::de::Visitor<'de> for Visit {
            type Value = RawStore<'de>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a graph store object")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> std::result::Result<RawStore<'de>, A::Error> {
                let mut raw = RawStore::default();
                while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
                    match key.as_ref() {
                        "format" => raw.format = Some(map.next_value()?),
                        "version" => raw.version = Some(map.next_value()?),
                        "nodes" => raw.nodes = Some(map.next_value()?),
                        "edges" => raw.edges = Some(map.next_value()?),
                        "merges" => raw.merges = map.next_value()?,
                        other => {
                            raw.unknown.get_or_insert_with(|| other.to_string());
                            map.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(raw)
            }
        }
        d.deserialize_map(Visit)
    }
}

/// Decodes raw records in parallel, then reports the first failure in file order, placed at
/// its line and column in the whole file.
fn decode_all<'a, R, T>(
    text: &str,
    raw: &[&'a str],
    check: impl Fn(R) -> std::result::Result<T, String> + Sync,
) -> std::result::Result<Vec<T>, String>
where
    R: Deserialize<'a>,
    T: Send,
{
    enum Failure {
        Json(serde_json::Error),
        Check(String),
    }
    let decoded: Vec<std::result::Result<T, Failure>> = raw
        .par_iter()
        .map(|r| {
            check(serde_json::from_str::<R>(r).map_err(Failure::Json)?).map_err(Failure::Check)
        })
        .collect();
    let mut out = Vec::with_capacity(decoded.len());
    for (r, d) in raw.iter().zip(decoded) {
        match d {
            Ok(t) => out.push(t),
            // Only the first failure is placed: placing costs a scan of the text before it.
            Err(Failure::Json(e)) => {
                return Err(format!(
                    "does not match graph format {VERSION}: {}",
                    placed(text, r, &e)
                ));
            }
            Err(Failure::Check(msg)) => return Err(msg),
        }
    }
    Ok(out)
}

/// A record's decoding error with the position translated from the record to the file.
fn placed(text: &str, record: &str, e: &serde_json::Error) -> String {
    let offset = record.as_ptr() as usize - text.as_ptr() as usize;
    let before = &text[..offset];
    let base_line = before.matches('\n').count() + 1;
    let base_column = offset - before.rfind('\n').map_or(0, |i| i + 1) + 1;
    let message = e.to_string();
    let message = message
        .rsplit_once(" at line ")
        .map_or(message.as_str(), |(m, _)| m);
    let (line, column) = match e.line() {
        0 => return message.to_string(),
        1 => (base_line, base_column + e.column() - 1),
        l => (base_line + l - 1, e.column()),
    };
    format!("{message} at line {line} column {column}")
}

/// Reads a set in one bulk build: `BTreeSet`'s own `Deserialize` inserts element by element,
/// which costs a search per element even though the writer left them sorted.
fn bulk_set<'de, D, T>(d: D) -> std::result::Result<BTreeSet<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Ord + Deserialize<'de>,
{
    Ok(Vec::<T>::deserialize(d)?.into_iter().collect())
}

fn node_from_record(r: NodeRecord) -> std::result::Result<Node, String> {
    let kind = NodeKind::parse(&r.kind)
        .ok_or_else(|| format!("node {}: unknown type {:?}", r.id, r.kind))?;
    let id = NodeId::new(kind, &r.name);
    if id != r.id {
        return Err(format!(
            "node id {} does not match its type and name (expected {id})",
            r.id
        ));
    }
    Ok(Node {
        id,
        kind,
        name: r.name,
        aliases: r.aliases,
        roles: r.roles,
        texts: r.texts,
        mentions: r.mentions,
        properties: r.properties,
    })
}

fn edge_from_record(r: EdgeRecord) -> std::result::Result<Edge, String> {
    let evidence = SortedSet::from_vec(r.evidence);
    if evidence.is_empty() || evidence.len() != r.weight {
        return Err(format!(
            "edge {} has weight {} but {} distinct evidence entries",
            r.id,
            r.weight,
            evidence.len()
        ));
    }
    if !edge_id_matches(&r.id, &r.source, &r.relation, r.negated, &r.target) {
        let id = EdgeId::new(&r.source, &r.relation, r.negated, &r.target);
        return Err(format!(
            "edge id {} does not match its endpoints and relation (expected {id})",
            r.id
        ));
    }
    Ok(Edge {
        id: r.id,
        source: r.source,
        target: r.target,
        relation: r.relation,
        negated: r.negated,
        evidence,
    })
}

/// Whether `id` is `EdgeId::new(source, relation, negated, target)`. A relation of plain ASCII
/// words (as relations mostly are) is compared in place, byte by byte, instead of building the
/// expected id: on a large store that saves three allocations per edge.
fn edge_id_matches(
    id: &EdgeId,
    source: &NodeId,
    relation: &str,
    negated: bool,
    target: &NodeId,
) -> bool {
    // Letters, digits and single inner spaces: normalising only lowers the case, and the slug
    // only turns spaces into dashes (see graph::id).
    let plain = !relation.is_empty()
        && relation
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b' ')
        && !relation.starts_with(' ')
        && !relation.ends_with(' ')
        && !relation.contains("  ");
    if !plain {
        return *id == EdgeId::new(source, relation, negated, target);
    }
    let slug = || {
        let rest = id
            .as_str()
            .strip_prefix(source.as_str())?
            .strip_prefix('|')?;
        let rest = if negated {
            rest.strip_prefix('!')?
        } else {
            rest
        };
        rest.strip_suffix(target.as_str())?.strip_suffix('|')
    };
    slug().is_some_and(|slug| {
        slug.len() == relation.len()
            && slug.bytes().zip(relation.bytes()).all(|(s, r)| {
                s == if r == b' ' {
                    b'-'
                } else {
                    r.to_ascii_lowercase()
                }
            })
    })
}

/// Builds the graph from checked records: ids must be unique and edges must point at nodes.
/// Records in id order (as the writer leaves them) fill the id maps in one bulk pass.
fn assemble(
    nodes: Vec<Node>,
    edges: Vec<Edge>,
    merges: Vec<MergeNote>,
) -> std::result::Result<KnowledgeGraph, String> {
    let mut graph = StableDiGraph::with_capacity(nodes.len(), edges.len());
    let mut node_ids: Vec<(NodeId, NodeIndex)> = nodes
        .into_iter()
        .map(|n| (n.id.clone(), graph.add_node(n)))
        .collect();
    sort_unique(&mut node_ids).map_err(|id| format!("node {id} appears twice"))?;
    let lookup: FxHashMap<&NodeId, NodeIndex> = node_ids.iter().map(|(k, i)| (k, *i)).collect();
    let find = |id: &NodeId| lookup.get(id).copied();
    // Endpoint lookups and key copies are independent per edge: done on all cores.
    let resolved: Vec<(Option<(NodeIndex, NodeIndex)>, EdgeId)> = edges
        .par_iter()
        .map(|e| {
            let ends = find(&e.source).zip(find(&e.target));
            (ends, e.id.clone())
        })
        .collect();
    let mut edge_ids = Vec::with_capacity(edges.len());
    for (e, (ends, key)) in edges.into_iter().zip(resolved) {
        let Some((s, t)) = ends else {
            let end = if find(&e.source).is_none() {
                &e.source
            } else {
                &e.target
            };
            return Err(format!("edge {} points at missing node {end}", e.id));
        };
        edge_ids.push((key, graph.add_edge(s, t, e)));
    }
    drop(lookup);
    sort_unique(&mut edge_ids).map_err(|id| format!("edge {id} appears twice"))?;
    let mut g = KnowledgeGraph {
        graph,
        nodes: node_ids.into_iter().collect(),
        edges: edge_ids.into_iter().collect(),
        merges: BTreeSet::new(),
    };
    for m in merges {
        if g.node(&m.into).is_none() {
            return Err(format!(
                "merge of {} points at missing node {}",
                m.from, m.into
            ));
        }
        let (from, into) = (m.from.clone(), m.into.clone());
        if !g.merges.insert(m) {
            return Err(format!("merge of {from} into {into} appears twice"));
        }
    }
    Ok(g)
}

/// Sorts `(key, index)` pairs by key (a no-op pass when already sorted) and returns the first
/// key that occurs twice.
fn sort_unique<K: Ord + Clone, I>(pairs: &mut [(K, I)]) -> std::result::Result<(), K> {
    if !pairs.windows(2).all(|w| w[0].0 < w[1].0) {
        pairs.sort_by(|a, b| a.0.cmp(&b.0));
        if let Some(w) = pairs.windows(2).find(|w| w[0].0 == w[1].0) {
            return Err(w[0].0.clone());
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::*;
    use super::*;

    fn origin() -> &'static Path {
        Path::new("out/graph.json")
    }

    #[test]
    fn round_trip_is_identity() {
        for g in [sample_graph(), adversarial_graph(), KnowledgeGraph::new()] {
            let text = g.to_json();
            let back = KnowledgeGraph::from_json(&text, origin()).unwrap();
            assert_eq!(back, g);
            assert_eq!(back.to_json(), text);
        }
    }

    #[test]
    fn every_record_is_one_line() {
        let text = sample_graph().to_json();
        let g = sample_graph();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 3 + 2 + g.node_count() + g.edge_count() + 2 + 1);
        assert!(lines.iter().filter(|l| l.starts_with("    {")).count() == 10);
        let edge_line = lines
            .iter()
            .find(|l| l.contains("\"id\":\"org:kremlin|"))
            .unwrap();
        assert!(edge_line.starts_with("    {\"id\":") && edge_line.ends_with("},"));
    }

    #[test]
    fn other_layouts_of_the_same_json_load_the_same_graph() {
        for g in [sample_graph(), adversarial_graph(), KnowledgeGraph::new()] {
            let text = g.to_json();
            let value: serde_json::Value = serde_json::from_str(&text).unwrap();
            for other in [
                serde_json::to_string_pretty(&value).unwrap(),
                serde_json::to_string(&value).unwrap(),
                text.replace(",\n    {", ", {"),
            ] {
                assert!(other != text || g.node_count() == 0);
                let back = KnowledgeGraph::from_json(&other, origin()).unwrap();
                assert_eq!(back, g);
                assert_eq!(back.to_json(), text);
            }
        }
    }

    #[test]
    fn json_starts_with_format_and_version() {
        let text = sample_graph().to_json();
        assert!(
            text.starts_with("{\n  \"format\": \"relgraph-graph\",\n  \"version\": 1,\n"),
            "{text}"
        );
        assert!(text.ends_with("}\n"));
    }

    #[test]
    fn bad_stores_are_rejected_with_file_and_remedy() {
        let good = sample_graph().to_json();
        let cases: Vec<(String, &str)> = vec![
            (good[..good.len() / 2].to_string(), "invalid JSON"),
            (
                good.replace("\"version\": 1", "\"version\": 2"),
                "version 2, this build reads version 1",
            ),
            (
                good.replace("relgraph-graph", "something-else"),
                "not a relgraph graph store",
            ),
            (good.replace("\"weight\":2", "\"weight\":3"), "weight 3"),
            (
                good.replace("\"id\":\"org:kremlin\"", "\"id\":\"org:kreml\""),
                "does not match",
            ),
            (
                good.replace("\"source\":\"org:kremlin\"", "\"source\":\"org:nobody\"")
                    .replace("\"id\":\"org:kremlin|", "\"id\":\"org:nobody|"),
                "missing node",
            ),
            (
                good.replace("\"negated\":false", "\"negated\":0"),
                "invalid type: integer `0`, expected a boolean at line ",
            ),
            (
                good.replace("\"edges\": [", "\"edgez\": ["),
                "unknown field `edgez`",
            ),
            ("[]".to_string(), "invalid JSON"),
            (String::new(), "invalid JSON"),
        ];
        for (text, want) in cases {
            let err = KnowledgeGraph::from_json(&text, origin())
                .unwrap_err()
                .to_string();
            assert!(err.starts_with("out/graph.json: "), "{err}");
            assert!(err.contains(want), "{err} should contain {want}");
            assert!(err.contains("relgraph build"), "{err}");
        }
    }

    #[test]
    fn errors_inside_a_record_give_the_line_in_the_file() {
        let good = sample_graph().to_json();
        let at = good.find("\"negated\":false").unwrap();
        let line = good[..at].matches('\n').count() + 1;
        let text = format!("{}\"negated\":0{}", &good[..at], &good[at + 15..]);
        let err = KnowledgeGraph::from_json(&text, origin())
            .unwrap_err()
            .to_string();
        assert!(err.contains(&format!("at line {line} column ")), "{err}");
    }

    #[test]
    fn edge_ids_are_checked_in_place_as_they_are_built() {
        let kinds = [
            NodeId::concept("energy pause"),
            NodeId::entity(crate::document::EntityType::Person, "Vladimir Putin"),
            NodeId::concept("u.s. aid"),
        ];
        let relations = [
            "agree to",
            "Agree To",
            "reject",
            "agree  to",
            " agree",
            "agree ",
            "",
            "a",
            "don't",
            "über",
            "agree\tto",
            "x1 y2",
            "!",
            "a-b",
        ];
        for source in &kinds {
            for target in &kinds {
                for relation in relations {
                    for negated in [false, true] {
                        let right = EdgeId::new(source, relation, negated, target);
                        assert!(edge_id_matches(&right, source, relation, negated, target));
                        for other_relation in relations {
                            for other_negated in [false, true] {
                                let id = EdgeId::new(source, other_relation, other_negated, target);
                                assert_eq!(
                                    edge_id_matches(&id, source, relation, negated, target),
                                    id == right,
                                    "{id} vs {relation:?} {negated}"
                                );
                            }
                        }
                        for other in &kinds {
                            let id = EdgeId::new(other, relation, negated, target);
                            assert_eq!(
                                edge_id_matches(&id, source, relation, negated, target),
                                id == right
                            );
                            let id = EdgeId::new(source, relation, negated, other);
                            assert_eq!(
                                edge_id_matches(&id, source, relation, negated, target),
                                id == right
                            );
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn load_names_a_missing_file() {
        let err = KnowledgeGraph::load(Path::new("/nonexistent/graph.json"))
            .unwrap_err()
            .to_string();
        assert!(err.contains("/nonexistent/graph.json"), "{err}");
    }
}
