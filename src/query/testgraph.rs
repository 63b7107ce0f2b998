//! A small hand-built graph with known answers, shared by the query unit tests.
//!
//! All sentences are invented for tests.

use crate::document::{EntityType, Span};
use crate::extract::{ArgKind, Argument, Evidence, Triple};
use crate::graph::KnowledgeGraph;

type Arg<'a> = (&'a str, Option<EntityType>, &'a [&'a str]);

/// A triple stated in `doc` (dated `date`) at sentence `sentence`.
pub fn statement(
    subject: Arg<'_>,
    relation: &str,
    object: Arg<'_>,
    doc: &str,
    sentence: usize,
    date: &str,
) -> Triple {
    let text = format!("{} {} {}.", subject.0, relation, object.0);
    let start = sentence * 200;
    let arg = |(name, kind, aliases): Arg<'_>, at: usize| Argument {
        text: name.to_string(),
        span: Span::new(at, at + name.len()),
        kind: kind.map_or(ArgKind::Concept, ArgKind::Entity),
        name: name.to_string(),
        aliases: aliases.iter().map(|a| a.to_string()).collect(),
        roles: Vec::new(),
    };
    Triple {
        subject: arg(subject, start),
        relation: relation.to_string(),
        surface: relation.to_string(),
        object: arg(object, start + subject.0.len() + relation.len() + 2),
        negated: false,
        modality: None,
        attributed_to: None,
        confidence: 0.9,
        evidence: Evidence {
            doc: doc.to_string(),
            sentence,
            span: Span::new(start, start + text.len()),
            text,
            date: (!date.is_empty()).then(|| date.to_string()),
        },
    }
}

pub const ZELENSKYY: Arg<'static> = (
    "Volodymyr Zelenskyy",
    Some(EntityType::Person),
    &["Zelenskyy"],
);
pub const TRUMP: Arg<'static> = ("Donald Trump", Some(EntityType::Person), &["Trump"]);
pub const TUSK: Arg<'static> = ("Donald Tusk", Some(EntityType::Person), &[]);
pub const PUTIN: Arg<'static> = ("Vladimir Putin", Some(EntityType::Person), &["Putin"]);
pub const UKRAINE: Arg<'static> = ("Ukraine", Some(EntityType::Gpe), &[]);
pub const PAUSE: Arg<'static> = ("energy pause", None, &[]);
pub const PLAN: Arg<'static> = ("ceasefire plan", None, &[]);
pub const DEAL: Arg<'static> = ("peace deal", None, &[]);

/// The test graph (edge weights in brackets):
/// Zelenskyy -meet-> Trump [1], Trump -meet-> Zelenskyy [1], Tusk -meet-> Zelenskyy [1],
/// Putin -agree to-> energy pause [2, docs d1 and d2], Putin -reject-> ceasefire plan [1],
/// Putin -not reject-> peace deal [1, modal would, by "a Kremlin spokesman"],
/// Ukraine -reject-> ceasefire plan [1], Zelenskyy -urge-> Trump [2, d3 dated 2025-04-02],
/// Trump -speak with-> Putin [1].
pub fn graph() -> KnowledgeGraph {
    let mut triples = vec![
        statement(ZELENSKYY, "meet", TRUMP, "d1", 0, "2025-03-01"),
        statement(TRUMP, "meet", ZELENSKYY, "d2", 1, "2025-03-10"),
        statement(TUSK, "meet", ZELENSKYY, "d3", 3, "2025-04-02"),
        statement(PUTIN, "agree to", PAUSE, "d1", 1, "2025-03-01"),
        statement(PUTIN, "agree to", PAUSE, "d2", 0, "2025-03-10"),
        statement(PUTIN, "reject", PLAN, "d1", 2, "2025-03-01"),
        statement(UKRAINE, "reject", PLAN, "d2", 2, "2025-03-10"),
        statement(ZELENSKYY, "urge", TRUMP, "d3", 0, "2025-04-02"),
        statement(ZELENSKYY, "urge", TRUMP, "d3", 1, "2025-04-02"),
        statement(TRUMP, "speak with", PUTIN, "d1", 3, "2025-03-01"),
    ];
    let mut t = statement(PUTIN, "reject", DEAL, "d2", 3, "2025-03-10");
    t.negated = true;
    t.modality = Some("would".to_string());
    t.attributed_to = Some("a Kremlin spokesman".to_string());
    triples.push(t);
    let mut g = KnowledgeGraph::new();
    for t in &triples {
        g.add_triple(t);
    }
    g
}
