//! Table tests of alias resolution on graphs built from invented two-document stories.

use super::*;
use crate::document::EntityType::{self, Gpe, Org, Person};
use crate::extract::Triple;
use crate::graph::fixtures::triple;
use std::path::Path;

type Arg<'a> = (&'a str, Option<EntityType>);

/// A triple stated in document `doc`.
fn said(doc: &str, s: Arg<'_>, rel: &str, o: Arg<'_>, sentence: usize) -> Triple {
    let mut t = triple(s, rel, o, sentence);
    t.evidence.doc = doc.to_string();
    t
}

fn graph(triples: &[Triple]) -> KnowledgeGraph {
    let mut g = KnowledgeGraph::new();
    triples.iter().for_each(|t| g.add_triple(t));
    g
}

fn resolved(triples: &[Triple], no_merge: &NoMerge) -> (KnowledgeGraph, Vec<MergeNote>) {
    let mut g = graph(triples);
    let notes = g.resolve_aliases(no_merge);
    (g, notes)
}

/// Names of the entity nodes, sorted by id.
fn entity_names(g: &KnowledgeGraph) -> Vec<String> {
    g.nodes()
        .filter(|n| n.kind.is_entity())
        .map(|n| n.name.clone())
        .collect()
}

fn zelensky_story() -> Vec<Triple> {
    let macron = ("Emmanuel Macron", Some(Person));
    vec![
        said("a", ("Volodymyr Zelensky", Some(Person)), "meet", macron, 0),
        said("b", ("Zelenskyy", Some(Person)), "meet", macron, 0),
        said(
            "b",
            ("Volodymyr Zelenskyy", Some(Person)),
            "visit",
            ("Paris", Some(Gpe)),
            1,
        ),
    ]
}

#[test]
fn transliteration_variants_across_documents_become_one_node() {
    let (g, notes) = resolved(&zelensky_story(), &NoMerge::default());
    assert_eq!(
        entity_names(&g),
        ["Paris", "Emmanuel Macron", "Volodymyr Zelensky"]
    );
    let z = g.find_by_name("Zelenskyy");
    assert_eq!(z.len(), 1);
    let aliases: Vec<&str> = z[0].aliases.iter().map(String::as_str).collect();
    assert_eq!(aliases, ["Volodymyr Zelenskyy", "Zelenskyy"]);
    assert_eq!(z[0].mention_count(), 3);
    // Both "meet" statements now sit on one edge.
    let meet: Vec<&Edge> = g
        .outgoing(&z[0].id)
        .into_iter()
        .filter(|e| e.relation == "meet")
        .collect();
    assert_eq!(meet.len(), 1);
    assert_eq!(meet[0].weight(), 2);
    assert_eq!(notes.len(), 2);
    assert!(notes.iter().all(|n| n.into == z[0].id));
    assert!(
        notes
            .iter()
            .any(|n| n.from_name == "Zelenskyy" && n.reason == alias::TRANSLITERATION)
    );
    assert_eq!(g.merge_notes().cloned().collect::<Vec<_>>(), notes);
}

#[test]
fn short_forms_of_a_country_become_the_gazetteer_name() {
    let (g, notes) = resolved(
        &[
            said(
                "a",
                ("U.S.", Some(Gpe)),
                "sanction",
                ("Acme Corp", Some(Org)),
                0,
            ),
            said(
                "b",
                ("United States", Some(Gpe)),
                "fund",
                ("ceasefire", None),
                0,
            ),
        ],
        &NoMerge::default(),
    );
    let us = g.find_by_name("U.S.");
    assert_eq!(us.len(), 1);
    assert_eq!(us[0].name, "United States");
    assert_eq!(us[0].id.as_str(), "gpe:united-states");
    assert_eq!(g.outgoing(&us[0].id).len(), 2);
    assert_eq!(notes.len(), 1);
    assert_eq!(notes[0].from, NodeId::entity(Gpe, "U.S."));
    assert_eq!(notes[0].matched, "United States");
    assert_eq!(notes[0].reason, alias::GAZETTEER);
}

#[test]
fn people_sharing_only_a_surname_stay_apart() {
    let (g, notes) = resolved(
        &[
            said(
                "a",
                ("Anna Kowalski", Some(Person)),
                "lead",
                ("talks", None),
                0,
            ),
            said(
                "b",
                ("Piotr Kowalski", Some(Person)),
                "lead",
                ("talks", None),
                0,
            ),
            said(
                "b",
                ("Kowalski", Some(Person)),
                "praise",
                ("talks", None),
                1,
            ),
        ],
        &NoMerge::default(),
    );
    assert_eq!(
        entity_names(&g),
        ["Anna Kowalski", "Kowalski", "Piotr Kowalski"]
    );
    assert!(notes.is_empty());
}

#[test]
fn a_no_merge_pair_keeps_two_nodes_apart() {
    let no =
        NoMerge::parse("Volodymyr Zelensky\tZelenskyy\nVolodymyr Zelensky = Volodymyr Zelenskyy\n")
            .unwrap();
    let (g, notes) = resolved(&zelensky_story(), &no);
    assert_eq!(
        entity_names(&g),
        [
            "Paris",
            "Emmanuel Macron",
            "Volodymyr Zelensky",
            "Volodymyr Zelenskyy"
        ]
    );
    assert_eq!(notes.len(), 1, "{notes:?}");
    assert_eq!(notes[0].from_name, "Zelenskyy");
}

#[test]
fn the_result_does_not_depend_on_document_order_and_a_second_run_changes_nothing() {
    let story = zelensky_story();
    let reversed: Vec<Triple> = story.iter().rev().cloned().collect();
    let (a, _) = resolved(&story, &NoMerge::default());
    let (mut b, _) = resolved(&reversed, &NoMerge::default());
    assert_eq!(a.to_json(), b.to_json());
    assert!(b.resolve_aliases(&NoMerge::default()).is_empty());
    assert_eq!(a, b);
}

#[test]
fn merges_survive_the_json_round_trip_and_graph_merges() {
    let (g, _) = resolved(&zelensky_story(), &NoMerge::default());
    let text = g.to_json();
    assert!(text.contains("\"merges\": ["), "{text}");
    let back = KnowledgeGraph::from_json(&text, Path::new("g.json")).unwrap();
    assert_eq!(back, g);
    assert_eq!(back.to_json(), text);
    let mut both = graph(&zelensky_story());
    both.merge(&g);
    assert_eq!(both.merge_notes().len(), 2);
    let bad = text.replace(
        "\"into\":\"person:volodymyr-zelensky\"",
        "\"into\":\"person:nobody\"",
    );
    let err = KnowledgeGraph::from_json(&bad, Path::new("g.json"))
        .unwrap_err()
        .to_string();
    assert!(err.contains("missing node person:nobody"), "{err}");
}

#[test]
fn graphs_without_merges_write_no_merges_key() {
    let g = graph(&[said(
        "a",
        ("Anna Kowalski", Some(Person)),
        "lead",
        ("talks", None),
        0,
    )]);
    assert!(!g.to_json().contains("merges"));
}

#[test]
fn context_is_neighbour_names_and_other_capitalised_words() {
    let mut t = said(
        "a",
        ("Anna Kowalski", Some(Person)),
        "meet",
        ("Lena Vark", Some(Person)),
        0,
    );
    t.evidence.text = "On Monday Anna Kowalski met Lena Vark in Geneva, said Reuters.".to_string();
    let g = graph(&[t]);
    let anna = g.node(&NodeId::entity(Person, "Anna Kowalski")).unwrap();
    let r = g.record(anna);
    assert_eq!(
        r.context,
        ["geneva", "lena", "lena vark", "reuters", "vark"]
    );
    assert_eq!(r.kind, Some(Person));
}

#[test]
fn a_lone_short_form_is_renamed_to_the_gazetteer_name() {
    let (g, notes) = resolved(
        &[said(
            "a",
            ("US", Some(Gpe)),
            "sanction",
            ("Acme Corp", Some(Org)),
            0,
        )],
        &NoMerge::default(),
    );
    let us = g
        .node(&NodeId::entity(Gpe, "United States"))
        .expect("renamed node");
    assert!(us.aliases.contains("US"));
    assert_eq!(notes.len(), 1);
    assert_eq!(
        (notes[0].from_name.as_str(), notes[0].reason.as_str()),
        ("US", RENAMED)
    );
}

#[test]
fn a_canonical_name_held_apart_by_no_merge_is_not_taken_over() {
    let no = NoMerge::parse("U.S. = United States\nUS = United States\n").unwrap();
    let (g, notes) = resolved(
        &[
            said(
                "a",
                ("U.S.", Some(Gpe)),
                "sanction",
                ("Acme Corp", Some(Org)),
                0,
            ),
            said("b", ("US", Some(Gpe)), "fund", ("ceasefire", None), 0),
            said(
                "c",
                ("United States", Some(Gpe)),
                "host",
                ("summit", None),
                0,
            ),
        ],
        &no,
    );
    assert_eq!(entity_names(&g), ["United States", "U.S.", "Acme Corp"]);
    let united = g.node(&NodeId::entity(Gpe, "United States")).unwrap();
    assert!(united.aliases.is_empty());
    assert_eq!(notes.len(), 1, "{notes:?}");
    assert_eq!(notes[0].into, NodeId::entity(Gpe, "U.S."));
    assert_eq!(notes[0].from_name, "US");
}

#[test]
fn an_edge_between_two_spellings_becomes_a_self_loop() {
    let (g, _) = resolved(
        &[said(
            "a",
            ("U.S.", Some(Gpe)),
            "join",
            ("United States", Some(Gpe)),
            0,
        )],
        &NoMerge::default(),
    );
    let us = NodeId::entity(Gpe, "United States");
    assert_eq!(g.node_count(), 1);
    let e = g.edges().next().unwrap();
    assert_eq!((&e.source, &e.target), (&us, &us));
}
