//! Table tests of the pattern parser: canonical forms of valid patterns, carets of invalid ones.

use super::*;
use crate::document::EntityType;

#[test]
fn valid_patterns_parse_to_their_canonical_form() {
    for (text, canonical) in [
        ("Putin -[agree*]-> ?what", "Putin -[agree*]-> ?what"),
        ("? -[reject]-> ?", "? -[reject]-> ?"),
        (
            "?a:Person -[meet]- ?b:Person",
            "?a:Person -[meet]- ?b:Person",
        ),
        (
            "Zelenskyy -[*]-> ?x where weight >= 2",
            "Zelenskyy -[*]-> ?x where weight >= 2",
        ),
        ("?a -[*]-> ?b -[*]-> ?c", "?a -[*]-> ?b -[*]-> ?c"),
        (
            "Vladimir  Putin <-[not call|Phone]- ?x",
            "Vladimir Putin <-[not call|phone]- ?x",
        ),
        (
            "? -[agree to by Kremlin]-> ?",
            "? -[agree to by Kremlin]-> ?",
        ),
        ("? -[by \"the Kremlin\"]-> ?", "? -[* by the Kremlin]-> ?"),
        ("?x --> ?y", "?x -[*]-> ?y"),
        ("?x <-- ?y", "?x <-[*]- ?y"),
        (
            "\"where now\" -- ?y:ORG",
            "\"where now\" -[*]- ?y:Organization",
        ),
        ("?x-[meet]-?y", "?x -[meet]- ?y"),
        ("Jean-Luc -[meet]- ?x:place", "Jean-Luc -[meet]- ?x:Place"),
        ("?x -[]-> ?y:concept", "?x -[*]-> ?y:Concept"),
        ("?x -[not]-> ?y:entity", "?x -[not *]-> ?y:Entity"),
        (
            "?x -[ say ]-> ? WHERE not negated and by \"the Kremlin\" and docs>1 and modal = Would and date >= 2025-01-01",
            "?x -[say]-> ? where not negated and by the Kremlin and docs > 1 and modal = would and date >= 2025-01-01",
        ),
        (
            "Putin's aides -[deny]-> ?x where negated",
            "Putin's aides -[deny]-> ?x where negated",
        ),
    ] {
        let p = Pattern::parse(text).unwrap_or_else(|e| panic!("{text:?} failed: {e}"));
        assert_eq!(p.to_string(), canonical, "canonical form of {text:?}");
        let again = Pattern::parse(canonical).unwrap();
        assert_eq!(
            (again.nodes.len(), again.edges.len()),
            (p.nodes.len(), p.edges.len())
        );
        assert_eq!(
            again.to_string(),
            canonical,
            "canonical form is a fixed point"
        );
    }
}

#[test]
fn invalid_patterns_put_the_caret_under_the_offending_character() {
    for (text, offset, message) in [
        ("", 0, "empty pattern"),
        ("   ", 0, "empty pattern"),
        ("Putin", 5, "expected an edge"),
        ("Putin -[agree", 13, "close the relation"),
        ("Putin -[agree]> ?x", 14, "`]->` or `]-`"),
        ("Putin -[agree] ?x", 14, "`]->` or `]-`"),
        ("?a:Robot -[x]-> ?b", 3, "unknown node type `Robot`"),
        ("?a -[x]-> ", 10, "expected a node after the edge"),
        ("?a <-[x]-> ?b", 3, "at most one arrow head"),
        ("?a -[x]-> ?b where colour = red", 19, "unknown condition"),
        ("?a -[x]-> ?b where weight >= many", 29, "whole number"),
        ("?a -[x]-> ?b where weight ~ 2", 26, "comparison"),
        ("?a -[x]-> ?b where date > soon", 26, "date such as"),
        ("?1 -[x]-> ?b", 1, "starts with a letter"),
        ("\"Putin -[x]-> ?b", 0, "unterminated quote"),
        ("?a:Person -[x]-> ?a:Org", 17, "already typed Person"),
        (
            "?a -[x]-> ?b where weight >= 2 weight",
            31,
            "expected `and`",
        ),
        ("?a -[x||y]-> ?b", 7, "empty relation"),
        ("?a -[|y]-> ?b", 5, "empty relation"),
        ("?a -[x by]-> ?b", 9, "source after `by`"),
        ("?a -[x <y]-> ?b", 7, "unexpected character"),
        ("?a => ?b", 3, "expected an edge"),
        ("?a -[x]-> ?b where not weight", 23, "`negated` after `not`"),
    ] {
        let err = Pattern::parse(text).expect_err(text);
        let ErrorKind::Query {
            pattern,
            offset: got,
            message: msg,
        } = err.kind()
        else {
            panic!("{text:?}: not a query error: {err}");
        };
        assert_eq!(pattern, text);
        assert_eq!(*got, offset, "caret of {text:?} ({msg})");
        assert!(msg.contains(message), "{text:?}: {msg:?} lacks {message:?}");
    }
}

#[test]
fn caret_line_points_at_the_offset() {
    let err = Pattern::parse("?a:Robot -[x]-> ?b").unwrap_err();
    let shown = err.to_string();
    let lines: Vec<&str> = shown.lines().collect();
    assert_eq!(lines[1], "  ?a:Robot -[x]-> ?b");
    assert_eq!(lines[2], "     ^");
}

#[test]
fn caret_is_aligned_after_non_ascii_names() {
    let err = Pattern::parse("Zelenskyj Müller -[meet]> ?x").unwrap_err();
    let ErrorKind::Query { offset, .. } = err.kind() else {
        panic!("{err}")
    };
    assert_eq!(*offset, 25, "byte offset of `>`");
    let shown = err.to_string();
    let lines: Vec<&str> = shown.lines().collect();
    let caret = lines[2].chars().count() - 1;
    assert_eq!(lines[1].chars().nth(caret), Some('>'), "{shown}");
}

#[test]
fn ast_fields() {
    let p = Pattern::parse("Putin -[agree*|accept by Kremlin]-> ?what:concept <-[not meet]- ?")
        .unwrap();
    assert_eq!(p.nodes[0].term, Term::Name("Putin".into()));
    assert_eq!(p.nodes[1].term, Term::Var("what".into()));
    assert_eq!(p.nodes[1].kind, Some(TypeFilter::Concept));
    assert_eq!(p.nodes[2].term, Term::Anonymous);
    assert_eq!(p.edges[0].direction, Direction::Forward);
    assert_eq!(
        p.edges[0].relations,
        vec![Glob::new("agree*"), Glob::new("accept")]
    );
    assert_eq!(p.edges[0].by.as_deref(), Some("Kremlin"));
    assert!(!p.edges[0].negated_only);
    assert_eq!(p.edges[1].direction, Direction::Backward);
    assert!(p.edges[1].negated_only);
    assert_eq!(p.edges[1].offset, 50);
    assert_eq!(p.variables(), ["what"]);
}

#[test]
fn globs_match_relations() {
    for (glob, text, want) in [
        ("agree*", "agree to", true),
        ("agree*", "agree", true),
        ("agree*", "disagree", false),
        ("*agree*", "disagree with", true),
        ("meet", "meet with", false),
        ("meet*with", "meet with", true),
        ("m??t", "meet", true),
        ("m??t", "met", false),
        ("*", "", true),
        ("", "", true),
        ("a*b*c", "aXbYbZc", true),
        ("a*b*c", "aXbYbZ", false),
        ("Agree  To", "agree to", true),
    ] {
        assert_eq!(Glob::new(glob).matches(text), want, "{glob:?} on {text:?}");
    }
}

#[test]
fn type_filters() {
    let person = Some(EntityType::Person);
    assert!(TypeFilter::parse("PERSON").unwrap().accepts(person));
    assert!(TypeFilter::parse("entity").unwrap().accepts(person));
    assert!(!TypeFilter::parse("entity").unwrap().accepts(None));
    assert!(TypeFilter::parse("concept").unwrap().accepts(None));
    assert!(!TypeFilter::parse("org").unwrap().accepts(person));
    assert!(TypeFilter::parse("robot").is_none());
}
