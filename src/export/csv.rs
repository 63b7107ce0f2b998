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

use std::io::{self, Write};

use crate::error::{Error, Result};
use crate::graph::{Edge, KnowledgeGraph, Node, NodeKind};

use super::text::{OddBytes, Piece, digits, distinct, is_forbidden_in_xml, pieces};

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
    let mut out = Vec::new();
    push_rel_type(&mut out, relation, negated);
    String::from_utf8(out).expect("upper-cased characters are UTF-8")
}

/// [`rel_type`], appended to `out`.
fn push_rel_type(out: &mut Vec<u8>, relation: &str, negated: bool) {
    let start = out.len();
    if negated {
        out.extend_from_slice(b"NOT_");
    }
    let mut gap = false;
    for c in relation.chars() {
        if c.is_alphanumeric() {
            if gap && out.len() > start && out.last() != Some(&b'_') {
                out.push(b'_');
            }
            gap = false;
            if c.is_ascii() {
                out.push(c.to_ascii_uppercase() as u8);
            } else {
                for u in c.to_uppercase() {
                    out.extend_from_slice(u.encode_utf8(&mut [0; 4]).as_bytes());
                }
            }
        } else {
            gap = true;
        }
    }
    if out.len() == start || &out[start..] == b"NOT_" {
        out.extend_from_slice(b"RELATED_TO");
    }
}

/// One cell being put together, reused for every cell so writing allocates nothing per row:
/// the cell's bytes (quotes already doubled) and whether it must be quoted.
#[derive(Debug, Default)]
struct Cell<'g> {
    bytes: Vec<u8>,
    quote: bool,
    /// Scratch room for the distinct values of a set.
    distinct: Vec<&'g str>,
}

impl<'g> Cell<'g> {
    fn clear(&mut self) {
        self.bytes.clear();
        self.quote = false;
    }

    /// Appends `s` with [`one_line`](super::text::one_line)'s clean-up; in an array element
    /// `;` also becomes `,`. A `"` is doubled, and a `"` or `,` makes the cell quoted (RFC
    /// 4180, as the `csv` crate writes it; tested against it).
    fn push(&mut self, s: &str, in_array: bool) {
        let out = &mut self.bytes;
        static CELL: OddBytes = OddBytes::new(true, b",\"");
        static ELEMENT: OddBytes = OddBytes::new(true, b";,\"");
        for piece in pieces(s, if in_array { &ELEMENT } else { &CELL }) {
            match piece {
                Piece::Plain(run) => out.extend_from_slice(run.as_bytes()),
                Piece::Odd('\r' | '\n') => out.push(b' '),
                Piece::Odd(';' | ',') => {
                    out.push(b',');
                    self.quote = true;
                }
                Piece::Odd('"') => {
                    out.extend_from_slice(b"\"\"");
                    self.quote = true;
                }
                Piece::Odd(c) if is_forbidden_in_xml(c) => {}
                Piece::Odd(c) => out.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes()),
            }
        }
    }

    /// One array property: elements cleaned, `;` inside an element turned into `,`, joined by `;`.
    fn array<'a>(&mut self, items: impl IntoIterator<Item = &'a str>) {
        for (i, item) in items.into_iter().enumerate() {
            if i > 0 {
                self.bytes.push(b';');
            }
            self.push(item, true);
        }
    }

    /// [`Cell::array`] of the distinct values, sorted (a set's elements).
    fn distinct(&mut self, items: impl IntoIterator<Item = &'g str>) {
        let mut scratch = std::mem::take(&mut self.distinct);
        self.array(distinct(&mut scratch, items).iter().copied());
        self.distinct = scratch;
    }

    fn numbers(&mut self, items: impl IntoIterator<Item = usize>) {
        for (i, n) in items.into_iter().enumerate() {
            if i > 0 {
                self.bytes.push(b';');
            }
            self.number(n);
        }
    }

    /// Appends `s` unchanged (ids, labels and types need no clean-up), quoted if it must be.
    fn raw(&mut self, s: &str) {
        static RAW: OddBytes<5> = OddBytes::new(false, b",\"\r\n");
        let out = &mut self.bytes;
        for piece in pieces(s, &RAW) {
            match piece {
                Piece::Plain(run) => out.extend_from_slice(run.as_bytes()),
                Piece::Odd('"') => {
                    out.extend_from_slice(b"\"\"");
                    self.quote = true;
                }
                Piece::Odd(c) => {
                    self.quote |= matches!(c, ',' | '\r' | '\n');
                    out.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes());
                }
            }
        }
    }

    fn number(&mut self, n: usize) {
        self.bytes.extend_from_slice(digits(n, &mut [0; 20]));
    }

    /// Appends the finished cell to the row in `line`, after a `,` unless it is the first.
    fn finish(&self, line: &mut Vec<u8>, first: bool) {
        if !first {
            line.push(b',');
        }
        if self.quote {
            line.push(b'"');
            line.extend_from_slice(&self.bytes);
            line.push(b'"');
        } else {
            line.extend_from_slice(&self.bytes);
        }
    }
}

#[cfg(test)]
fn array<'a>(items: impl IntoIterator<Item = &'a str>) -> String {
    let mut cell = Cell::default();
    cell.array(items);
    String::from_utf8(cell.bytes).expect("cleaning keeps UTF-8 intact")
}

/// One row being put together: `fill` is called with each column index in turn and fills the
/// cell; the finished line goes to `w` in one write.
#[derive(Debug, Default)]
struct Row<'g> {
    cell: Cell<'g>,
    line: Vec<u8>,
}

impl<'g> Row<'g> {
    fn write<W: Write>(
        &mut self,
        w: &mut W,
        columns: usize,
        mut fill: impl FnMut(usize, &mut Cell<'g>),
    ) -> io::Result<()> {
        self.line.clear();
        for column in 0..columns {
            self.cell.clear();
            fill(column, &mut self.cell);
            self.cell.finish(&mut self.line, column == 0);
        }
        self.line.push(b'\n');
        w.write_all(&self.line)
    }
}

fn node_row<'g, W: Write>(w: &mut W, row: &mut Row<'g>, n: &'g Node) -> io::Result<()> {
    row.write(w, NODE_HEADER.len(), |column, c| match column {
        0 => c.raw(n.id.as_str()),
        1 => c.push(&n.name, false),
        2 => match n.kind {
            NodeKind::Entity(t) => {
                c.raw("Entity;");
                c.raw(t.label());
            }
            NodeKind::Concept => c.raw("Concept"),
        },
        3 => c.array(n.aliases.iter().map(String::as_str)),
        4 => c.number(n.mention_count()),
        5 => c.array(n.roles.iter().map(String::as_str)),
        6 => c.array(n.texts.iter().map(String::as_str)),
        _ => c.raw(n.kind.as_str()),
    })
}

fn edge_row<'g, W: Write>(w: &mut W, row: &mut Row<'g>, e: &'g Edge) -> io::Result<()> {
    let ev = &e.evidence;
    row.write(w, EDGE_HEADER.len(), |column, c| match column {
        0 => c.raw(e.source.as_str()),
        1 => c.raw(e.target.as_str()),
        2 => push_rel_type(&mut c.bytes, &e.relation, e.negated),
        3 => c.push(&e.relation, false),
        4 => c.number(e.weight()),
        5 => c.raw(if e.negated { "true" } else { "false" }),
        6 => c.raw(e.id.as_str()),
        7 => c.distinct(ev.iter().map(|x| x.surface.as_str())),
        8 => c.distinct(ev.iter().filter_map(|x| x.modality.as_deref())),
        9 => c.distinct(ev.iter().filter_map(|x| x.attributed_to.as_deref())),
        10 => c.array(ev.iter().map(|x| x.doc.as_str())),
        11 => c.numbers(ev.iter().map(|x| x.sentence)),
        12 => c.numbers(ev.iter().map(|x| x.span.start)),
        13 => c.numbers(ev.iter().map(|x| x.span.end)),
        14 => c.array(ev.iter().map(|x| x.text.as_str())),
        _ => c.array(ev.iter().map(|x| x.date.as_deref().unwrap_or(""))),
    })
}

/// Header, then one row per item, RFC 4180 quoted.
fn write_rows<'g, T: 'g, W: Write>(
    mut out: W,
    header: &[&str],
    items: impl Iterator<Item = &'g T>,
    write_row: fn(&mut W, &mut Row<'g>, &'g T) -> io::Result<()>,
) -> io::Result<()> {
    let mut row = Row::default();
    row.write(&mut out, header.len(), |column, c| c.raw(header[column]))?;
    for item in items {
        write_row(&mut out, &mut row, item)?;
    }
    out.flush()
}

/// Streams nodes.csv into `out` (wrap a file in a `BufWriter`).
pub fn write_nodes<W: Write>(graph: &KnowledgeGraph, out: W) -> io::Result<()> {
    write_rows(out, NODE_HEADER, graph.nodes(), node_row)
}

/// Streams edges.csv into `out` (wrap a file in a `BufWriter`).
pub fn write_edges<W: Write>(graph: &KnowledgeGraph, out: W) -> io::Result<()> {
    write_rows(out, EDGE_HEADER, graph.edges(), edge_row)
}

fn to_bytes(write: impl FnOnce(&mut Vec<u8>) -> io::Result<()>) -> Result<Vec<u8>> {
    let mut bytes = Vec::new();
    write(&mut bytes).map_err(|e| Error::other(format!("writing CSV failed: {e}")))?;
    Ok(bytes)
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
    to_bytes(|out| write_nodes(graph, out))
}

/// edges.csv bytes: header, then one row per edge in id order.
pub fn edges_to_bytes(graph: &KnowledgeGraph) -> Result<Vec<u8>> {
    to_bytes(|out| write_edges(graph, out))
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

    /// A row written by the `csv` crate (the writer used before), cell by cell.
    fn csv_crate_row(cells: &[Vec<u8>]) -> Vec<u8> {
        let mut w = csv::Writer::from_writer(Vec::new());
        w.write_record(cells).unwrap();
        w.into_inner().unwrap()
    }

    #[test]
    fn quoting_matches_the_csv_crate() {
        let mut odd: String = (0..0x80u8).map(char::from).collect();
        odd.push_str("\u{FFFE}\u{FFFF}é🚀");
        let cases = [
            "",
            "plain",
            "a,b",
            "say \"hi\"",
            "semi;colon",
            "cr\rlf\n",
            "\"",
            ",",
            "tab\t",
            &odd,
        ];
        for a in cases {
            for b in cases {
                let mut row = Row::default();
                let mut mine = Vec::new();
                let mut cells = Vec::new();
                row.write(&mut mine, 4, |column, c| {
                    match column {
                        0 => c.raw(a),
                        1 => c.push(a, false),
                        2 => c.array([a, b]),
                        _ => c.raw(b),
                    }
                    cells.push(c.bytes.clone());
                })
                .unwrap();
                // The cells as they were before quoting: undo the doubled quotes.
                let plain: Vec<Vec<u8>> = cells
                    .iter()
                    .map(|c| {
                        String::from_utf8_lossy(c)
                            .replace("\"\"", "\"")
                            .into_bytes()
                    })
                    .collect();
                assert_eq!(
                    String::from_utf8_lossy(&mine),
                    String::from_utf8_lossy(&csv_crate_row(&plain)),
                    "{a:?} {b:?}"
                );
            }
        }
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
