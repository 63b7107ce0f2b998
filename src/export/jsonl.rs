//! graph.triples.jsonl: one statement (edge evidence) per line, for scripts and `jq`.
//!
//! Lines come in edge-id order, then in evidence order, so the file is deterministic and all
//! statements of one edge are adjacent. Each line is a JSON object with these keys:
//!
//! ```text
//! {"subject": "Vladimir Putin", "subject_id": "person:vladimir-putin", "subject_type": "PERSON",
//!  "relation": "agree to", "object": "energy pause", "object_id": "concept:energy-pause",
//!  "object_type": "CONCEPT", "negated": false, "edge_id": "…", "doc": "a.txt", "sentence": 3,
//!  "date": "2025-03-18" | null, "surface": "agreed to", "modality": null, "attributed_to": null,
//!  "text": "…the sentence…",
//!  "spans": {"sentence": [120, 190], "subject": [120, 134], "object": [146, 189]}}
//! ```
//!
//! `spans` are byte offsets `[start, end)` into the source document (as in graph.json); the
//! subject's bytes inside `text` are `subject[0] - sentence[0] .. subject[1] - sentence[0]`.
//! Strings are JSON-escaped, never altered; a newline inside a value is `\n`, so every record is
//! exactly one line.

use std::io::{self, Write};

use serde::Serialize;

use crate::graph::{Edge, EdgeEvidence, KnowledgeGraph};

#[derive(Serialize)]
struct Spans {
    sentence: [usize; 2],
    subject: [usize; 2],
    object: [usize; 2],
}

#[derive(Serialize)]
struct Line<'a> {
    subject: &'a str,
    subject_id: &'a str,
    subject_type: &'static str,
    relation: &'a str,
    object: &'a str,
    object_id: &'a str,
    object_type: &'static str,
    negated: bool,
    edge_id: &'a str,
    doc: &'a str,
    sentence: usize,
    date: Option<&'a str>,
    surface: &'a str,
    modality: Option<&'a str>,
    attributed_to: Option<&'a str>,
    text: &'a str,
    spans: Spans,
}

fn line<'a>(graph: &'a KnowledgeGraph, e: &'a Edge, ev: &'a EdgeEvidence) -> Line<'a> {
    let subject = graph
        .node(&e.source)
        .expect("edge endpoints are graph nodes");
    let object = graph
        .node(&e.target)
        .expect("edge endpoints are graph nodes");
    Line {
        subject: &subject.name,
        subject_id: subject.id.as_str(),
        subject_type: subject.kind.as_str(),
        relation: &e.relation,
        object: &object.name,
        object_id: object.id.as_str(),
        object_type: object.kind.as_str(),
        negated: e.negated,
        edge_id: e.id.as_str(),
        doc: &ev.doc,
        sentence: ev.sentence,
        date: ev.date.as_deref(),
        surface: &ev.surface,
        modality: ev.modality.as_deref(),
        attributed_to: ev.attributed_to.as_deref(),
        text: &ev.text,
        spans: Spans {
            sentence: [ev.span.start, ev.span.end],
            subject: [ev.subject.start, ev.subject.end],
            object: [ev.object.start, ev.object.end],
        },
    }
}

/// Streams the file into `w`: one line per statement, each ending in `\n`.
pub fn write_to<W: Write>(graph: &KnowledgeGraph, mut w: W) -> io::Result<()> {
    for e in graph.edges() {
        for ev in &e.evidence {
            serde_json::to_writer(&mut w, &line(graph, e, ev)).map_err(io::Error::from)?;
            w.write_all(b"\n")?;
        }
    }
    Ok(())
}

/// The whole file as bytes.
pub fn to_bytes(graph: &KnowledgeGraph) -> Vec<u8> {
    let mut out = Vec::new();
    write_to(graph, &mut out).expect("statements serialize to JSON");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    #[test]
    fn one_line_per_statement_with_all_keys() {
        let g = crate::graph::fixtures::sample_graph();
        let text = String::from_utf8(to_bytes(&g)).unwrap();
        let statements: usize = g.edges().map(Edge::weight).sum();
        assert_eq!(text.lines().count(), statements);
        for l in text.lines() {
            let v: Value = serde_json::from_str(l).unwrap();
            for key in [
                "subject", "relation", "object", "negated", "doc", "sentence", "spans",
            ] {
                assert!(v.get(key).is_some(), "{key} missing in {l}");
            }
        }
        assert!(text.contains("\"negated\":true"));
        assert!(text.contains("\"attributed_to\":\"Dmitry Peskov\""));
    }

    #[test]
    fn newlines_stay_inside_one_record() {
        let g = crate::graph::fixtures::adversarial_graph();
        let text = String::from_utf8(to_bytes(&g)).unwrap();
        assert_eq!(text.lines().count(), g.edge_count());
        let names: Vec<String> = text
            .lines()
            .map(|l| {
                serde_json::from_str::<Value>(l).unwrap()["subject"]
                    .as_str()
                    .unwrap()
                    .to_string()
            })
            .collect();
        assert!(names.contains(&"two\nlines".to_string()));
        assert!(names.contains(&"bell\u{7}char".to_string()));
    }
}
