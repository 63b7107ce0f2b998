//! Evaluation on the hand-built test graph, whose answers are known.

use super::*;
use crate::query::testgraph;

/// Each match as `a -rel-> b -rel-> c` text (nodes by name, relations as displayed).
fn answers(graph: &KnowledgeGraph, pattern: &str) -> Vec<String> {
    let p = Pattern::parse(pattern).unwrap();
    GraphIndex::new(graph)
        .query(&p)
        .unwrap_or_else(|e| panic!("{pattern}: {e}"))
        .iter()
        .map(|m| {
            let mut s = m.nodes[0].name.clone();
            for (e, n) in m.edges.iter().zip(&m.nodes[1..]) {
                s.push_str(&format!(" [{}] {}", e.display_relation(), n.name));
            }
            s
        })
        .collect()
}

#[test]
fn patterns_give_the_known_answers() {
    let g = testgraph::graph();
    let cases: &[(&str, &[&str])] = &[
        (
            "Putin -[agree*]-> ?what",
            &["Vladimir Putin [agree to] energy pause"],
        ),
        (
            "? -[reject]-> ?",
            &[
                "Ukraine [reject] ceasefire plan",
                "Vladimir Putin [not reject] peace deal",
                "Vladimir Putin [reject] ceasefire plan",
            ],
        ),
        (
            "zelensky -[*]-> ?x where weight >= 2",
            &["Volodymyr Zelenskyy [urge] Donald Trump"],
        ),
        (
            "? -[not *]-> ?",
            &["Vladimir Putin [not reject] peace deal"],
        ),
        (
            "? -[* by kremlin]-> ?",
            &["Vladimir Putin [not reject] peace deal"],
        ),
        (
            "? -[*]-> ? where by \"kremlin spokesman\" and modal = would",
            &["Vladimir Putin [not reject] peace deal"],
        ),
        (
            "putin -[reject]-> ? where not negated",
            &["Vladimir Putin [reject] ceasefire plan"],
        ),
        (
            "? -[*]-> ? where docs >= 2",
            &["Vladimir Putin [agree to] energy pause"],
        ),
        (
            "? -[*]-> ? where date >= 2025-04",
            &[
                "Volodymyr Zelenskyy [urge] Donald Trump",
                "Donald Tusk [meet] Volodymyr Zelenskyy",
            ],
        ),
        ("?x:gpe --> ?", &["Ukraine [reject] ceasefire plan"]),
        (
            "ceasefire plan <-[reject]- ?who:person",
            &["ceasefire plan [reject] Vladimir Putin"],
        ),
        (
            "Zelensky -[urge]-> ?b -[speak with]-> ?c",
            &["Volodymyr Zelenskyy [urge] Donald Trump [speak with] Vladimir Putin"],
        ),
        (
            "?a -[meet]-> ?b -[meet]-> ?a",
            &[
                "Donald Trump [meet] Volodymyr Zelenskyy [meet] Donald Trump",
                "Volodymyr Zelenskyy [meet] Donald Trump [meet] Volodymyr Zelenskyy",
            ],
        ),
        ("? -[*]-> Putin -[*]-> ? -[*]-> ?", &[]),
        (
            "Trump -[speak with]-> Putin",
            &["Donald Trump [speak with] Vladimir Putin"],
        ),
        (
            "Trump -[speak with]- Putin",
            &["Donald Trump [speak with] Vladimir Putin"],
        ),
        (
            "Putin -[speak with]- ?",
            &["Vladimir Putin [speak with] Donald Trump"],
        ),
        ("Putin -[speak with]-> ?", &[]),
        (
            "?x:concept -[*]- ?",
            &[
                "energy pause [agree to] Vladimir Putin",
                "ceasefire plan [reject] Ukraine",
                "peace deal [not reject] Vladimir Putin",
                "ceasefire plan [reject] Vladimir Putin",
            ],
        ),
    ];
    for (pattern, want) in cases {
        assert_eq!(answers(&g, pattern), *want, "{pattern}");
    }
}

#[test]
fn undirected_typed_meet_matches_each_edge_both_ways() {
    let g = testgraph::graph();
    let got = answers(&g, "?a:Person -[meet]- ?b:Person");
    assert_eq!(got.len(), 6, "{got:?}");
    for pair in [
        "Donald Tusk [meet] Volodymyr Zelenskyy",
        "Volodymyr Zelenskyy [meet] Donald Tusk",
    ] {
        assert!(got.iter().any(|g| g == pair), "{pair} missing from {got:?}");
    }
}

#[test]
fn two_hop_chains_agree_with_brute_force() {
    let g = testgraph::graph();
    let edges: Vec<&Edge> = g.edges().collect();
    // ?a -[*]- ?b -[*]-> ?c by enumerating every ordered pair of distinct edges.
    let mut want = 0;
    for (i, e1) in edges.iter().enumerate() {
        for (j, e2) in edges.iter().enumerate() {
            if i == j {
                continue;
            }
            let b_candidates = [&e1.target, &e1.source];
            want += b_candidates.iter().filter(|b| ***b == e2.source).count();
        }
    }
    let got = answers(&g, "?a -[*]- ?b -[*]-> ?c");
    assert_eq!(got.len(), want);
    assert!(want > 5);
}

#[test]
fn names_resolve_through_aliases_case_and_prefixes() {
    let g = testgraph::graph();
    let index = GraphIndex::new(&g);
    for (name, want) in [
        ("Vladimir Putin", "Vladimir Putin"),
        ("PUTIN", "Vladimir Putin"),
        ("vladimir  putin", "Vladimir Putin"),
        ("zelensky", "Volodymyr Zelenskyy"),
        ("Zelenskyy", "Volodymyr Zelenskyy"),
        ("volodymyr", "Volodymyr Zelenskyy"),
        ("tusk", "Donald Tusk"),
        ("Donald Tr.", "Donald Trump"),
        ("ceasefire", "ceasefire plan"),
    ] {
        match resolve(&index, name, None) {
            Resolution::One(n) => assert_eq!(index.node(n).name, want, "{name}"),
            other => panic!("{name}: {other:?}"),
        }
    }
}

#[test]
fn a_prefix_shared_by_two_names_is_ambiguous() {
    let g = testgraph::graph();
    let index = GraphIndex::new(&g);
    let Resolution::Ambiguous(c) = resolve(&index, "Donald T.", None) else {
        panic!("should be ambiguous")
    };
    let names: Vec<&str> = c.iter().map(|&n| index.node(n).name.as_str()).collect();
    assert_eq!(names, ["Donald Trump", "Donald Tusk"]);
    assert_eq!(
        resolve(&index, "Donald T.", Some(TypeFilter::Concept)),
        Resolution::None
    );
}

#[test]
fn ambiguous_names_list_the_candidates_under_a_caret() {
    let g = testgraph::graph();
    let p = Pattern::parse("?x -[meet]- donald").unwrap();
    let err = GraphIndex::new(&g).query(&p).unwrap_err();
    let ErrorKind::Query {
        offset, message, ..
    } = err.kind()
    else {
        panic!("{err}")
    };
    assert_eq!(*offset, 12);
    assert!(message.contains("ambiguous"), "{message}");
    assert!(
        message.contains("Donald Trump (PERSON, person:donald-trump)"),
        "{message}"
    );
    assert!(
        message.contains("Donald Tusk (PERSON, person:donald-tusk)"),
        "{message}"
    );
}

#[test]
fn unknown_names_and_type_mismatches_are_errors() {
    let g = testgraph::graph();
    for pattern in [
        "nobody -[*]-> ?",
        "Ukraine:person -[*]-> ?",
        "? -[*]-> putin:org",
    ] {
        let err = run(&g, pattern).unwrap_err();
        assert!(
            err.to_string().contains("no node is named"),
            "{pattern}: {err}"
        );
    }
}

#[test]
fn results_are_sorted_by_weight_then_edge_id() {
    let g = testgraph::graph();
    let matches = run(&g, "? -[*]-> ?").unwrap();
    assert_eq!(matches.len(), g.edge_count());
    assert_eq!(matches[0].weight(), 2);
    let weights: Vec<usize> = matches.iter().map(Match::weight).collect();
    assert!(weights.windows(2).all(|w| w[0] >= w[1]), "{weights:?}");
}
