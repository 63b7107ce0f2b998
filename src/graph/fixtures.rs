//! Hand-built triples and graphs shared by unit and integration tests (included by `#[path]`).
//!
//! The including module must have `Argument`, `ArgKind`, `EntityType`, `Evidence`, `Span`,
//! `Triple` and `KnowledgeGraph` in scope. All sentences are invented for tests.

#![allow(dead_code)]

use super::{ArgKind, Argument, EntityType, Evidence, KnowledgeGraph, Span, Triple};

/// A triple in document `doc-a`, sentence `sentence`, with argument spans inside that sentence.
pub fn triple(
    subject: (&str, Option<EntityType>),
    relation: &str,
    object: (&str, Option<EntityType>),
    sentence: usize,
) -> Triple {
    let start = sentence * 100;
    let text = format!("{} {} {}.", subject.0, relation, object.0);
    let subj_span = Span::new(start, start + subject.0.len());
    let obj_start = start + subject.0.len() + relation.len() + 2;
    let obj_span = Span::new(obj_start, obj_start + object.0.len());
    Triple {
        subject: arg(subject, subj_span),
        relation: relation.to_string(),
        surface: relation.to_string(),
        object: arg(object, obj_span),
        negated: false,
        modality: None,
        attributed_to: None,
        confidence: 0.5,
        evidence: Evidence {
            doc: "doc-a".to_string(),
            sentence,
            span: Span::new(start, start + text.len()),
            text,
            date: Some("2025-03-18".to_string()),
        },
    }
}

fn arg((name, kind): (&str, Option<EntityType>), span: Span) -> Argument {
    match kind {
        Some(t) => Argument::entity(name, span, t, name),
        None => Argument::concept(name, span, name),
    }
}

/// A small diplomacy story: entities of several types, a concept with a long text, a negated
/// edge, a modal and an attributed statement, a repeated edge (weight 2) and two documents.
pub fn sample_triples() -> Vec<Triple> {
    use EntityType::{Gpe, Org, Person};
    let mut out = Vec::new();
    let mut t = triple(
        ("Donald Trump", Some(Person)),
        "speak with",
        ("Vladimir Putin", Some(Person)),
        0,
    );
    t.subject.roles = vec!["President".to_string()];
    t.object.aliases = vec!["Putin".to_string()];
    t.surface = "spoke with".to_string();
    out.push(t);
    let mut t = triple(
        ("Vladimir Putin", Some(Person)),
        "agree to",
        ("energy pause", None),
        1,
    );
    t.object.text = "a 30-day pause on strikes against energy sites".to_string();
    t.surface = "agreed to".to_string();
    out.push(t);
    let mut t = triple(
        ("Vladimir Putin", Some(Person)),
        "agree to",
        ("energy pause", None),
        4,
    );
    t.evidence.doc = "doc-b".to_string();
    t.evidence.date = Some("2025-03-19".to_string());
    t.surface = "has agreed to".to_string();
    out.push(t);
    let mut t = triple(("Kremlin", Some(Org)), "reject", ("ceasefire", None), 2);
    t.negated = true;
    t.surface = "did not reject".to_string();
    t.attributed_to = Some("Dmitry Peskov".to_string());
    out.push(t);
    let mut t = triple(("Ukraine", Some(Gpe)), "accept", ("ceasefire", None), 3);
    t.modality = Some("would".to_string());
    t.surface = "would accept".to_string();
    out.push(t);
    out
}

/// The sample story as a graph.
pub fn sample_graph() -> KnowledgeGraph {
    graph_of(&sample_triples())
}

/// Builds a graph from triples in the given order.
pub fn graph_of(triples: &[Triple]) -> KnowledgeGraph {
    let mut g = KnowledgeGraph::new();
    for t in triples {
        g.add_triple(t);
    }
    g
}

/// Labels that break naive writers: quoting, escapes, line breaks, markup, list separators,
/// spreadsheet formulas, emoji, right-to-left text and a C0 control character.
pub const ADVERSARIAL: &[&str] = &[
    "say \"hi\"",
    "back\\slash",
    "two\nlines",
    "tab\there",
    "<b>&amp;</b>",
    "a;b;c",
    "=SUM(A1:A9)",
    "rocket 🚀 launch",
    "שלום עולם",
    "bell\u{7}char",
    "carriage\rreturn",
];

/// One edge per adversarial label: person `P<i>` named by the label → concept named by it,
/// with the label also as relation surface and sentence text.
pub fn adversarial_triples() -> Vec<Triple> {
    ADVERSARIAL
        .iter()
        .enumerate()
        .map(|(i, label)| {
            let mut t = triple(
                (label, Some(EntityType::Person)),
                "mention",
                (label, None),
                i,
            );
            t.subject.aliases = vec![format!("alias {label}")];
            t.evidence.text = format!("Sentence about {label}.");
            t.subject.kind = ArgKind::Entity(EntityType::Person);
            t
        })
        .collect()
}

pub fn adversarial_graph() -> KnowledgeGraph {
    graph_of(&adversarial_triples())
}
