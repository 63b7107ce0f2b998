//! The map step's per-document record: everything `merge` needs to rebuild a document's share
//! of the graph, one JSON object per line (`relgraph extract --format records`).
//!
//! A record is self-contained, so records can be produced anywhere (a Spark or Hadoop
//! streaming mapper, another machine) and reduced later: adding the triples of a set of records
//! to an empty graph gives the graph `relgraph build` gives over the same documents.

use std::io::{BufRead, BufReader};
use std::path::Path;

use serde::{Deserialize, Serialize};

use super::Triple;
use crate::document::{Document, Entity, Span};
use crate::error::{Error, Result};

/// Counts of one annotated document.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentStats {
    pub sentences: usize,
    pub tokens: usize,
}

/// One processed document: metadata, counts, triples (with evidence) and entities.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocumentRecord {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default)]
    pub stats: DocumentStats,
    pub triples: Vec<Triple>,
    #[serde(default)]
    pub entities: Vec<RecordEntity>,
}

/// One actor of a document with where the document mentions it, so an actor no triple
/// touches still becomes a graph node.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecordEntity {
    #[serde(flatten)]
    pub entity: Entity,
    /// Byte spans of its mentions (names, and pronouns or titles coreference resolved).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub mentions: Vec<Span>,
}

impl DocumentRecord {
    /// The record of an annotated document and its extracted triples (takes the entities).
    pub fn new(doc: &mut Document, triples: Vec<Triple>) -> DocumentRecord {
        DocumentRecord {
            id: doc.id.clone(),
            title: doc.title.clone(),
            date: doc.date.clone(),
            url: doc.url.clone(),
            stats: DocumentStats {
                sentences: doc.sentences.len(),
                tokens: doc.token_count(),
            },
            triples,
            entities: record_entities(doc),
        }
    }

    /// The record as one line of JSON (no trailing newline; JSON escapes any newline inside).
    pub fn to_json_line(&self) -> String {
        serde_json::to_string(self).expect("a record holds only strings, numbers and lists")
    }

    /// Parses one line; `origin` (`file:line`) names it in the error.
    pub fn from_json_line(line: &str, origin: &str) -> Result<DocumentRecord> {
        serde_json::from_str(line).map_err(|e| {
            Error::input(
                origin,
                format!(
                    "not a document record ({e}); pass files written by \
                     `relgraph extract --format records`"
                ),
            )
        })
    }
}

/// The document's entities with their mention spans in text order (takes the entities).
fn record_entities(doc: &mut Document) -> Vec<RecordEntity> {
    let mut out: Vec<RecordEntity> = std::mem::take(&mut doc.entities)
        .into_iter()
        .map(|entity| RecordEntity {
            entity,
            mentions: Vec::new(),
        })
        .collect();
    for m in &doc.mentions {
        if let Some(e) = out.get_mut(m.entity.0 as usize) {
            e.mentions.push(m.span);
        }
    }
    for e in &mut out {
        e.mentions.sort_unstable_by_key(|s| (s.start, s.end));
        e.mentions.dedup();
    }
    out
}

/// Reads the records of a JSONL file (plain or gzip), or stdin for `-`, skipping blank lines.
///
/// # Errors
/// The first unreadable line, named `file:line`.
pub fn read_records(path: &Path) -> Result<Vec<DocumentRecord>> {
    let name = path.display().to_string();
    let raw: Box<dyn BufRead> = if path == Path::new("-") {
        Box::new(BufReader::new(std::io::stdin()))
    } else {
        let file = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
        Box::new(BufReader::new(file))
    };
    let reader = crate::input::gzip::maybe_gunzip(raw).map_err(|e| Error::io(path, e))?;
    let mut out = Vec::new();
    for (i, line) in reader.lines().enumerate() {
        let line = line.map_err(|e| Error::io(path, e))?;
        if !line.trim().is_empty() {
            out.push(DocumentRecord::from_json_line(
                &line,
                &format!("{name}:{}", i + 1),
            )?);
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Span;
    use crate::extract::{Argument, Evidence};

    fn record() -> DocumentRecord {
        let mut doc = Document::new("n1", "Ada Roy met Ben Ek.\nThen left.");
        doc.date = Some("2025-03-18".into());
        let t = Triple {
            subject: Argument::concept("Ada Roy", Span::new(0, 7), "Ada Roy"),
            relation: "meet".into(),
            surface: "met".into(),
            object: Argument::concept("Ben Ek", Span::new(12, 18), "Ben Ek"),
            negated: false,
            modality: None,
            attributed_to: None,
            confidence: 0.3,
            evidence: Evidence {
                doc: "n1".into(),
                sentence: 0,
                span: Span::new(0, 19),
                text: "Ada Roy met Ben Ek.".into(),
                date: doc.date.clone(),
            },
        };
        DocumentRecord::new(&mut doc, vec![t])
    }

    #[test]
    fn a_record_round_trips_through_one_line() {
        let r = record();
        let line = r.to_json_line();
        assert!(!line.contains('\n'));
        assert_eq!(DocumentRecord::from_json_line(&line, "x:1").unwrap(), r);
    }

    #[test]
    fn bad_lines_name_file_and_line() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("part.jsonl");
        std::fs::write(
            &p,
            format!("{}\n\n{{\"id\": 3}}\n", record().to_json_line()),
        )
        .unwrap();
        let err = read_records(&p).unwrap_err().to_string();
        assert!(err.contains("part.jsonl:3"), "{err}");
        assert!(err.contains("relgraph extract --format records"), "{err}");
    }
}
