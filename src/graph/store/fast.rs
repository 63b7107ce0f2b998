//! The fast path of loading: a store exactly in the writer's layout (one record per line, keys
//! in the writer's order), read in pieces and built into the graph as it arrives.
//!
//! A reader thread reads the file in pieces of whole lines and checks they are UTF-8; the
//! records of each piece are decoded on all cores while the records of the piece before are
//! added to the graph, so reading, decoding and building overlap and the file is never held
//! whole in memory. Nodes come before edges in the file, so every edge's endpoints are looked
//! up while it is decoded.
//!
//! Every check of the general path is made here too (record contents, ids, order, endpoints,
//! merges), but nothing is reported: any failure, and any layout this path does not know,
//! gives `None`, and the caller loads the file through the general path, which reports the
//! first problem in file order exactly as it always has.

use std::collections::BTreeSet;
use std::fs::File;
use std::io::Read;
use std::path::Path;
use std::sync::mpsc;

use petgraph::stable_graph::{EdgeIndex, NodeIndex, StableDiGraph};
use rayon::prelude::*;
use rustc_hash::FxHashMap;

use super::{EdgeRecord, FORMAT, NodeRecord, RECORD_INDENT, VERSION, scan};
use super::{edge_from_record, node_from_record};
use crate::error::{Error, Result};
use crate::graph::{Edge, EdgeId, KnowledgeGraph, MergeNote, Node, NodeId};

/// Bytes per piece: large enough that per-piece overhead vanishes, small enough that reading,
/// decoding and building overlap well and few bytes are held at once.
const PIECE: usize = 8 << 20;

/// Loads `path` if it is in the writer's layout and passes every check; `Ok(None)` otherwise.
/// Errors only when the file cannot be read.
pub(super) fn load(path: &Path) -> Result<Option<KnowledgeGraph>> {
    load_in_pieces(path, PIECE)
}

fn load_in_pieces(path: &Path, piece: usize) -> Result<Option<KnowledgeGraph>> {
    let file = File::open(path).map_err(|e| Error::io(path, e))?;
    std::thread::scope(|scope| {
        let (full, pieces) = mpsc::sync_channel(2);
        let (recycle, spare) = mpsc::channel();
        scope.spawn(move || read_pieces(file, piece, &full, &spare));
        let mut build = Build::default();
        for piece in pieces {
            match piece {
                Piece::Lines(text) => {
                    if build.feed(&text).is_none() {
                        return Ok(None);
                    }
                    // The reader may be gone already; then the buffer is simply dropped.
                    let _ = recycle.send(text);
                }
                Piece::Unusable => return Ok(None),
                Piece::Failed(e) => return Err(Error::io(path, e)),
            }
        }
        Ok(build.finish())
    })
}

/// Loads `text` if it is in the writer's layout and passes every check.
pub(super) fn from_text(text: &str) -> Option<KnowledgeGraph> {
    from_text_in_pieces(text, PIECE)
}

fn from_text_in_pieces(text: &str, piece: usize) -> Option<KnowledgeGraph> {
    if !text.ends_with('\n') {
        return None;
    }
    let mut build = Build::default();
    let mut rest = text;
    while !rest.is_empty() {
        // Pieces of whole lines, as `load` reads them.
        let cut = match rest.get(piece..) {
            Some(after) => piece + after.find('\n')? + 1,
            None => rest.len(),
        };
        let (piece, after) = rest.split_at(cut);
        build.feed(piece)?;
        rest = after;
    }
    build.finish()
}

enum Piece {
    /// Whole lines, each ending in a newline.
    Lines(String),
    /// Not UTF-8, or not ending in a newline: not in the writer's layout.
    Unusable,
    Failed(std::io::Error),
}

/// Reads the file in pieces of whole lines; stops at the end, on a failure, or when nobody
/// listens any more. Buffers come back through `spare` to be reused.
fn read_pieces(
    mut file: File,
    piece: usize,
    full: &mpsc::SyncSender<Piece>,
    spare: &mpsc::Receiver<String>,
) {
    let mut carry: Vec<u8> = Vec::new();
    loop {
        let mut buf = if carry.len() > piece / 2 {
            // The start of a long line: read on into it rather than copy it again.
            std::mem::take(&mut carry)
        } else {
            let mut buf = spare
                .try_recv()
                .map(String::into_bytes)
                .unwrap_or_else(|_| Vec::with_capacity(piece));
            buf.clear();
            buf.append(&mut carry);
            buf
        };
        let want = piece.saturating_sub(buf.len()).max(piece / 8).max(1);
        let eof = match (&mut file).take(want as u64).read_to_end(&mut buf) {
            Ok(n) => n < want,
            Err(e) => {
                let _ = full.send(Piece::Failed(e));
                return;
            }
        };
        if !eof {
            match buf.iter().rposition(|&b| b == b'\n') {
                Some(last) => carry.extend_from_slice(&buf[last + 1..]),
                None => {
                    // One line longer than a piece: read on.
                    carry = buf;
                    continue;
                }
            }
            buf.truncate(buf.len() - carry.len());
        }
        let lines = if eof && buf.last().is_some_and(|&b| b != b'\n') {
            Piece::Unusable
        } else {
            String::from_utf8(buf).map_or(Piece::Unusable, Piece::Lines)
        };
        let last = eof || matches!(lines, Piece::Unusable);
        if full.send(lines).is_err() || last {
            return;
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Section {
    Nodes,
    Edges,
    Merges,
}

impl Section {
    fn key(self) -> &'static str {
        match self {
            Section::Nodes => "nodes",
            Section::Edges => "edges",
            Section::Merges => "merges",
        }
    }

    fn next(self) -> Option<Section> {
        match self {
            Section::Nodes => Some(Section::Edges),
            Section::Edges => Some(Section::Merges),
            Section::Merges => None,
        }
    }
}

/// Where in the writer's layout the next line is.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
enum At {
    #[default]
    Open,
    Format,
    Version,
    /// The line opening a section.
    Key(Section),
    /// A record line of a section.
    Record(Section),
    /// The line closing a section after its last record.
    Close(Section),
    /// The closing brace of the whole object.
    End,
    /// Past it: nothing may follow.
    Done,
}

/// A decoded edge with its endpoints and a copy of its id (the key of the id map).
type Placed = (Edge, EdgeId, NodeIndex, NodeIndex);

/// Records decoded but not yet added to the graph.
#[derive(Default)]
enum Pending {
    #[default]
    None,
    Nodes(Vec<Option<Node>>),
    Edges(Vec<Option<Placed>>),
}

/// The graph as built so far; records arrive in file order.
#[derive(Default)]
struct Graph {
    graph: StableDiGraph<Node, Edge>,
    node_ids: Vec<(NodeId, NodeIndex)>,
    edge_ids: Vec<(EdgeId, EdgeIndex)>,
    merges: BTreeSet<MergeNote>,
}

impl Graph {
    /// Adds decoded records. Ids must rise strictly, as the writer leaves them: that makes
    /// them unique, and the id maps can be built in one bulk pass.
    fn add(&mut self, pending: Pending) -> Option<()> {
        match pending {
            Pending::None => {}
            Pending::Nodes(nodes) => {
                self.graph.reserve_nodes(nodes.len());
                for node in nodes {
                    let node = node?;
                    if self
                        .node_ids
                        .last()
                        .is_some_and(|(last, _)| *last >= node.id)
                    {
                        return None;
                    }
                    let id = node.id.clone();
                    self.node_ids.push((id, self.graph.add_node(node)));
                }
            }
            Pending::Edges(edges) => {
                self.graph.reserve_edges(edges.len());
                for placed in edges {
                    let (edge, id, s, t) = placed?;
                    if self.edge_ids.last().is_some_and(|(last, _)| *last >= id) {
                        return None;
                    }
                    self.edge_ids.push((id, self.graph.add_edge(s, t, edge)));
                }
            }
        }
        Some(())
    }
}

#[derive(Default)]
struct Build {
    at: At,
    graph: Graph,
    /// Decoded records of the last run, added while the next run decodes.
    pending: Pending,
    /// Node id → index, filled when the nodes section closes.
    lookup: FxHashMap<String, NodeIndex>,
}

impl Build {
    /// Takes whole lines, each ending in a newline.
    fn feed(&mut self, text: &str) -> Option<()> {
        let mut run: Vec<&str> = Vec::new();
        for line in text.split_terminator('\n') {
            if let At::Record(section) = self.at {
                let record = line.strip_prefix(RECORD_INDENT)?;
                let (record, more) = match record.strip_suffix(',') {
                    Some(r) => (r, true),
                    None => (record, false),
                };
                if !(record.starts_with('{') && record.ends_with('}')) {
                    return None;
                }
                run.push(record);
                if !more {
                    self.decode(section, std::mem::take(&mut run))?;
                    self.at = At::Close(section);
                }
                continue;
            }
            self.at = self.next(line)?;
        }
        if let At::Record(section) = self.at {
            self.decode(section, run)?;
        }
        Some(())
    }

    /// The state after a line that is not a record.
    fn next(&mut self, line: &str) -> Option<At> {
        let head = |key: &str, value: &str| format!("  \"{key}\": {value},");
        Some(match self.at {
            At::Open => (line == "{").then_some(At::Format)?,
            At::Format => {
                (line == head("format", &format!("\"{FORMAT}\""))).then_some(At::Version)?
            }
            At::Version => (line == head("version", &VERSION.to_string()))
                .then_some(At::Key(Section::Nodes))?,
            At::Key(section) => {
                let rest = line
                    .strip_prefix("  \"")?
                    .strip_prefix(section.key())?
                    .strip_prefix("\": [")?;
                match rest {
                    "" => At::Record(section),
                    "]," => {
                        self.closed(section)?;
                        At::Key(section.next()?)
                    }
                    "]" => {
                        self.closed(section)?;
                        (section != Section::Nodes).then_some(At::End)?
                    }
                    _ => return None,
                }
            }
            At::Close(section) => match line {
                "  ]," => {
                    self.closed(section)?;
                    At::Key(section.next()?)
                }
                "  ]" if section != Section::Nodes => {
                    self.closed(section)?;
                    At::End
                }
                _ => return None,
            },
            At::End => (line == "}").then_some(At::Done)?,
            At::Record(_) | At::Done => return None,
        })
    }

    /// A section ended: once the nodes are all in, edges can find their endpoints.
    fn closed(&mut self, section: Section) -> Option<()> {
        if section == Section::Nodes {
            self.graph.add(std::mem::take(&mut self.pending))?;
            self.lookup = self
                .graph
                .node_ids
                .iter()
                .map(|(id, i)| (id.as_str().to_owned(), *i))
                .collect();
        }
        Some(())
    }

    /// Decodes a run of record lines of one section on all cores while the run before is
    /// added to the graph.
    fn decode(&mut self, section: Section, lines: Vec<&str>) -> Option<()> {
        let pending = std::mem::take(&mut self.pending);
        let (graph, lookup) = (&mut self.graph, &self.lookup);
        match section {
            Section::Nodes => {
                let (nodes, added) = rayon::join(
                    || lines.par_iter().map(|l| decode_node(l)).collect(),
                    || graph.add(pending),
                );
                added?;
                self.pending = Pending::Nodes(nodes);
            }
            Section::Edges => {
                let (edges, added) = rayon::join(
                    || lines.par_iter().map(|l| decode_edge(l, lookup)).collect(),
                    || graph.add(pending),
                );
                added?;
                self.pending = Pending::Edges(edges);
            }
            Section::Merges => {
                graph.add(pending)?;
                for line in lines {
                    let merge: MergeNote = serde_json::from_str(line).ok()?;
                    if !lookup.contains_key(merge.into.as_str()) || !graph.merges.insert(merge) {
                        return None;
                    }
                }
            }
        }
        Some(())
    }

    fn finish(self) -> Option<KnowledgeGraph> {
        if self.at != At::Done {
            return None;
        }
        let mut g = self.graph;
        g.add(self.pending)?;
        Some(KnowledgeGraph {
            graph: g.graph,
            nodes: g.node_ids.into_iter().collect(),
            edges: g.edge_ids.into_iter().collect(),
            merges: g.merges,
        })
    }
}

fn decode_node(line: &str) -> Option<Node> {
    let record = scan::node(line).or_else(|| serde_json::from_str::<NodeRecord>(line).ok())?;
    node_from_record(record).ok()
}

fn decode_edge(line: &str, lookup: &FxHashMap<String, NodeIndex>) -> Option<Placed> {
    let record = scan::edge(line).or_else(|| serde_json::from_str::<EdgeRecord>(line).ok())?;
    let edge = edge_from_record(record).ok()?;
    let source = *lookup.get(edge.source.as_str())?;
    let target = *lookup.get(edge.target.as_str())?;
    let id = edge.id.clone();
    Some((edge, id, source, target))
}

#[cfg(test)]
mod tests {
    use super::super::super::fixtures::*;
    use super::*;

    /// Graphs covering every section: empty, escapes and control characters, merges.
    fn graphs() -> Vec<KnowledgeGraph> {
        let mut merged = sample_graph();
        merged.merge(&adversarial_graph());
        let first = merged.nodes().next().unwrap().id.clone();
        let last = merged.nodes().last().unwrap().id.clone();
        merged.merges.insert(MergeNote {
            into: first.clone(),
            from: last,
            from_name: "Someone \"quoted\"".to_string(),
            matched: "x".to_string(),
            reason: "test".to_string(),
        });
        merged.set_node_property(&first, "degree", serde_json::json!(3));
        vec![
            KnowledgeGraph::new(),
            sample_graph(),
            adversarial_graph(),
            merged,
        ]
    }

    const PIECES: [usize; 5] = [1, 7, 64, 1000, PIECE];

    #[test]
    fn writer_output_loads_on_the_fast_path_in_pieces_of_any_size() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("graph.json");
        for g in graphs() {
            let text = g.to_json();
            std::fs::write(&path, &text).unwrap();
            for piece in PIECES {
                let back = from_text_in_pieces(&text, piece).expect("fast path");
                assert_eq!(back, g, "piece {piece}");
                assert_eq!(back.to_json(), text);
                let back = load_in_pieces(&path, piece).unwrap().expect("fast path");
                assert_eq!(back, g, "piece {piece}");
                assert_eq!(back.to_json(), text);
            }
        }
    }

    /// Anything but a correct store in the writer's layout is left to the general path.
    #[test]
    fn other_layouts_and_bad_stores_are_left_to_the_general_path() {
        let text = graphs().pop().unwrap().to_json();
        let lines: Vec<&str> = text.lines().collect();
        let node = lines
            .iter()
            .position(|l| l.contains("\"mentions\""))
            .unwrap();
        let edge = lines
            .iter()
            .position(|l| l.contains("\"evidence\""))
            .unwrap();
        let swapped = |i: usize| {
            let mut l = lines.clone();
            l.swap(i, i + 1);
            l.join("\n") + "\n"
        };
        let value: serde_json::Value = serde_json::from_str(&text).unwrap();
        let cases = [
            serde_json::to_string_pretty(&value).unwrap(),
            serde_json::to_string(&value).unwrap(),
            text.trim_end().to_string(),
            format!("{text}\n"),
            format!("{text}{{}}\n"),
            text.replace('\n', "\r\n"),
            text.replace("\"version\": 1", "\"version\": 2"),
            text.replace("\"nodes\": [", "\"nodez\": ["),
            // Out of order, duplicated, dangling, inconsistent.
            swapped(node),
            swapped(edge),
            text.replacen(
                lines[node],
                &format!("{},\n{}", lines[node].trim_end_matches(','), lines[node]),
                1,
            ),
            text.replace("\"source\":\"org:kremlin\"", "\"source\":\"org:nobody\"")
                .replace("\"id\":\"org:kremlin|", "\"id\":\"org:nobody|"),
            text.replace("\"weight\":2", "\"weight\":3"),
            text.replace("\"id\":\"org:kremlin\"", "\"id\":\"org:kreml\""),
            text.replace("\"into\":\"", "\"into\":\"person:nobody"),
        ];
        for (i, case) in cases.iter().enumerate() {
            assert_ne!(case, &text, "case {i} changes nothing");
            for piece in [7, PIECE] {
                assert!(
                    from_text_in_pieces(case, piece).is_none(),
                    "case {i}: {case}"
                );
            }
        }
    }

    #[test]
    fn a_pretty_printed_file_loads_through_the_general_path() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("graph.json");
        for g in graphs() {
            let value: serde_json::Value = serde_json::from_str(&g.to_json()).unwrap();
            std::fs::write(&path, serde_json::to_string_pretty(&value).unwrap() + "\n").unwrap();
            assert!(load_in_pieces(&path, PIECE).unwrap().is_none());
            let back = KnowledgeGraph::load(&path).unwrap();
            assert_eq!(back, g);
            assert_eq!(back.to_json(), g.to_json());
        }
    }

    #[test]
    fn a_file_that_is_not_utf8_is_left_to_the_general_path() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("graph.json");
        let mut bytes = sample_graph().to_json().into_bytes();
        let at = bytes.len() / 2;
        bytes[at] = 0xff;
        std::fs::write(&path, &bytes).unwrap();
        for piece in PIECES {
            assert!(load_in_pieces(&path, piece).unwrap().is_none());
        }
        let err = KnowledgeGraph::load(&path).unwrap_err().to_string();
        assert!(err.contains("UTF-8"), "{err}");
    }

    /// Errors are the general path's, so loading a file and parsing its text say the same.
    #[test]
    fn load_reports_what_from_json_reports() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("graph.json");
        let good = sample_graph().to_json();
        for bad in [
            good.replace("\"weight\":2", "\"weight\":3"),
            good.replace("\"negated\":false", "\"negated\":0"),
            good[..good.len() / 2].to_string(),
        ] {
            std::fs::write(&path, &bad).unwrap();
            let loaded = KnowledgeGraph::load(&path).unwrap_err().to_string();
            let parsed = KnowledgeGraph::from_json(&bad, &path)
                .unwrap_err()
                .to_string();
            assert_eq!(loaded, parsed);
        }
    }
}
