//! Table tests of the Open IE extractor on hand-annotated trees (testdata/constructions.conllu).

use super::*;
use crate::conllu;
use crate::extract::pretok;

const FIXTURE: &str = include_str!("testdata/constructions.conllu");

fn fixture() -> (Document, Vec<String>) {
    let sentences = conllu::parse(FIXTURE, "constructions.conllu").expect("fixture parses");
    let ids = sentences
        .iter()
        .map(|s| s.meta("sent_id").unwrap_or_default().to_string())
        .collect();
    (
        pretok::document_from_conllu("constructions", &sentences),
        ids,
    )
}

fn index(ids: &[String], id: &str) -> usize {
    ids.iter()
        .position(|i| i == id)
        .unwrap_or_else(|| panic!("no sentence {id} in the fixture"))
}

/// CaRB tuples written as `relation | arg1 | arg2 ...`.
fn tuples(doc: &Document, si: usize) -> Vec<String> {
    let x = OpenIeExtractor::new();
    x.text_tuples(doc, si)
        .iter()
        .map(|t| format!("{} | {}", t.relation, t.args.join(" | ")))
        .collect()
}

/// Graph triples written as `subject —relation→ object`, with flags.
fn triples(doc: &Document, si: usize) -> Vec<String> {
    OpenIeExtractor::new()
        .extract(doc)
        .into_iter()
        .filter(|t| t.evidence.sentence == si)
        .map(|t| {
            let mut s = format!("{} —{}→ {}", t.subject.name, t.relation, t.object.name);
            if t.negated {
                s.push_str(" [neg]");
            }
            if let Some(m) = t.modality {
                s.push_str(&format!(" [{m}]"));
            }
            if let Some(a) = t.attributed_to {
                s.push_str(&format!(" [by {a}]"));
            }
            s
        })
        .collect()
}

#[test]
fn according_to_a_norm_attributes_nothing() {
    // "according to each ship's degree of fault": a norm, not a source that says anything.
    let (doc, ids) = fixture();
    let found = tuples(&doc, index(&ids, "according-norm"));
    assert!(found.iter().all(|t| !t.starts_with("say")), "{found:?}");
    let found = tuples(&doc, index(&ids, "according"));
    assert!(
        found.iter().any(|t| t.starts_with("say | the report")),
        "{found:?}"
    );
}

#[test]
fn each_construction_yields_its_tuples() {
    let (doc, ids) = fixture();
    let table: &[(&str, &[&str])] = &[
        (
            "pause",
            &[
                "agreed to | The minister | an immediate pause in strikes against energy infrastructure",
            ],
        ),
        (
            "demand",
            &[
                "rejected | Petrov | Ivanov 's demand for halting military aid",
                "demand for | Ivanov | halting military aid",
            ],
        ),
        (
            "modal",
            &["would not agree to lift | The council | the ban"],
        ),
        (
            "conj",
            &[
                "met with | Anna and Boris | the mayor",
                "signed | Anna and Boris | a letter",
            ],
        ),
        (
            "copula",
            &["is open to | The government | talks with the rebels"],
        ),
        (
            "said-that",
            &[
                "said | Kovac | the army had withdrawn its troops",
                "had withdrawn | the army | its troops",
            ],
        ),
        (
            "x-said",
            &[
                "will resume on | The talks | Monday",
                "said | a spokesman | The talks will resume on Monday",
            ],
        ),
        (
            "according",
            &[
                "raised | the company | prices",
                "say | the report | the company raised prices",
            ],
        ),
        ("according-norm", &["degree of | each ship | fault"]),
        ("appos", &["be | Elena Marsh | the bank 's chief economist"]),
        (
            "relative",
            &[
                "negotiated | The envoy | the deal",
                "praised | The envoy | the plan",
                "approved | the ministers | the plan",
            ],
        ),
        (
            "nominal",
            &[
                "call with | His | Putin",
                "lasted | His call with Putin | an hour",
            ],
        ),
        (
            "passive",
            &["was signed by | The treaty | both leaders | in Geneva"],
        ),
        ("particle", &["gave up | The rebels | their weapons"]),
        (
            "title",
            &[
                "be | Ana Lopez | Energy minister",
                "has | the city | new mayor",
                "praised | Energy minister Ana Lopez | the city 's new mayor",
            ],
        ),
    ];
    for (id, want) in table {
        let got = tuples(&doc, index(&ids, id));
        for w in *want {
            assert!(
                got.iter().any(|g| g == w),
                "{id}: missing `{w}` in {got:#?}"
            );
        }
    }
}

#[test]
fn graph_triples_have_lemma_relations_labels_and_flags() {
    let (doc, ids) = fixture();
    let table: &[(&str, &[&str])] = &[
        ("pause", &["minister —agree to→ energy pause"]),
        (
            "demand",
            &["Petrov —reject→ aid halt", "Ivanov —demand for→ aid halt"],
        ),
        // The content clause names a light noun before its "of" phrase does.
        (
            "poss-conj",
            &[
                "deal —keep→ neutral status",
                "deal —keep→ troop send",
                "Moldova —have→ neutral status",
            ],
        ),
        ("modal", &["council —agree to lift→ ban [neg] [would]"]),
        (
            "conj",
            &[
                "Anna —meet with→ mayor",
                "Boris —meet with→ mayor",
                "Anna —sign→ letter",
                "Boris —sign→ letter",
            ],
        ),
        ("copula", &["government —be open to→ rebel talk"]),
        ("said-that", &["army —withdraw→ troop [by Kovac]"]),
        ("x-said", &["talk —resume on→ Monday [will] [by spokesman]"]),
        // The parser's reading of an inverted reporting clause (said as xcomp, the speaker as
        // its object) is repaired before extraction.
        ("said-inverted", &["talk —resume on→ Monday [by spokesman]"]),
        (
            "according",
            &[
                "company —raise→ price [by report]",
                "report —say→ price raise",
            ],
        ),
        ("passive", &["treaty —be signed by→ leader"]),
        // A past participle modifying its noun is a passive: the talks were led by her.
        (
            "reduced-passive",
            &["talk —be led by→ Foreign Minister Ana Lopez"],
        ),
        ("particle", &["rebel —give up→ weapon"]),
        (
            "title",
            &[
                "Ana Lopez —be→ energy minister",
                "city —have→ new mayor",
                "Ana Lopez —praise→ new mayor",
            ],
        ),
        // An unresolved "his" is no graph node.
        ("nominal", &["Putin call —last→ hour"]),
        // A place after the thing does not name it.
        ("pause-place", &["council —agree to→ water pause"]),
        // An object pronoun that names nothing gives way to the "as" phrase.
        ("describe-as", &["statement —describe as→ peace step"]),
        // ... or to the nominal predicate, with no preposition to add.
        ("call-it", &["mayor —call→ rare chance"]),
        // An adjective's infinitive joins the relation; its object is the clause's.
        ("adj-infinitive", &["Bolivia —be ready to sign→ accord"]),
    ];
    for (id, want) in table {
        let got = triples(&doc, index(&ids, id));
        for w in *want {
            assert!(
                got.iter().any(|g| g == w),
                "{id}: missing `{w}` in {got:#?}"
            );
        }
    }
}

#[test]
fn a_clause_or_day_that_says_when_is_an_argument_but_no_graph_object() {
    let (doc, ids) = fixture();
    let si = index(&ids, "circumstance-clause");
    // CaRB reads "resigned | The coach | after her team lost the match" ...
    assert!(
        tuples(&doc, si)
            .iter()
            .any(|t| t.starts_with("resigned | The coach | after")),
        "{:#?}",
        tuples(&doc, si)
    );
    // ... but the graph has no edge from the coach to the clause, only the clause's own.
    assert_eq!(triples(&doc, si), ["team —lose→ match"]);
    // Nor is a clause opened by the adverb "when" ("drowned when their car was swept away").
    let si = index(&ids, "when-clause");
    assert!(
        tuples(&doc, si)
            .iter()
            .any(|t| t.starts_with("drowned | Three people | when")),
        "{:#?}",
        tuples(&doc, si)
    );
    assert!(triples(&doc, si).is_empty(), "{:#?}", triples(&doc, si));
    // "jailed for taking bribes": the reason is no object either.
    let si = index(&ids, "reason-clause");
    assert_eq!(triples(&doc, si), ["mayor —take→ bribe"]);
    // Nor from a speaker to the day it spoke ("resumed on Monday" keeps its day).
    let si = index(&ids, "said-on-day");
    assert_eq!(triples(&doc, si), ["official —speak to→ reporter"]);
    // What was said comes before where it was said: not `say in` + `statement`.
    let si = index(&ids, "said-in-statement");
    assert_eq!(
        triples(&doc, si),
        [
            "ministry —say→ people arrest",
            "police —arrest→ people [by ministry]"
        ]
    );
}

#[test]
fn a_reported_clause_without_object_is_labelled_by_its_subject_and_keeps_its_negation() {
    let (doc, ids) = fixture();
    assert_eq!(
        triples(&doc, index(&ids, "said-clause")),
        ["senator —say→ bill not pass"]
    );
    // A complement clause opened by "as" says when: the countries prepare, the dispute
    // comes, but the dispute does not come the preparing.
    assert_eq!(
        triples(&doc, index(&ids, "as-ccomp")),
        ["country —prepare→ talk"]
    );
    // A noun hung on a verb as its apposition is no statement about the verb's clause.
    let got = triples(&doc, index(&ids, "appos-on-verb"));
    assert!(got.iter().all(|g| !g.contains("capital")), "{got:#?}");
}

#[test]
fn a_for_phrase_before_an_infinitive_is_its_subject() {
    let (doc, ids) = fixture();
    let got = tuples(&doc, index(&ids, "for-to"));
    assert!(
        got.iter().any(|t| t == "cut | the company | costs"),
        "{got:#?}"
    );
    assert!(
        !got.iter().any(|t| t.contains("cut | Investors")),
        "{got:#?}"
    );
    // "called on the minister to quit the post": the minister is to quit, not the union.
    let got = triples(&doc, index(&ids, "called-on-to"));
    assert!(
        got.contains(&"minister —quit→ post [call]".to_string()),
        "{got:#?}"
    );
    assert!(
        !got.iter().any(|t| t.starts_with("union —quit")),
        "{got:#?}"
    );
}

#[test]
fn an_amount_never_does_what_the_complement_says() {
    let (doc, ids) = fixture();
    let got = triples(&doc, index(&ids, "amount-xcomp"));
    assert!(
        got.contains(&"agency —continue→ operation".to_string()),
        "{got:#?}"
    );
    assert!(got.iter().all(|g| !g.starts_with("210")), "{got:#?}");
}

#[test]
fn have_with_an_object_and_no_be_is_active() {
    let (doc, ids) = fixture();
    assert_eq!(
        triples(&doc, index(&ids, "perfect-not-passive")),
        ["group —criticise→ lawsuit"]
    );
}

#[test]
fn no_nominal_relation_goes_to_a_span_of_decades() {
    let (doc, ids) = fixture();
    let got = triples(&doc, index(&ids, "result-in-decades"));
    assert!(!got.iter().any(|g| g.contains("decade")), "{got:#?}");
}

#[test]
fn a_time_in_apposition_renames_nothing() {
    let (doc, ids) = fixture();
    let got = triples(&doc, index(&ids, "time-appos"));
    assert!(got.contains(&"club —sack→ Hollis".to_string()), "{got:#?}");
    assert!(!got.iter().any(|g| g.contains("—be→")), "{got:#?}");
}

#[test]
fn items_after_including_rename_nothing() {
    use crate::document::EntityType;
    let (doc, ids) = fixture();
    let got = triples(&doc, index(&ids, "including-list"));
    assert!(!got.iter().any(|g| g.contains("—be→")), "{got:#?}");
    // Nor do they stand for the noun: the lenders raised rates, not Fjell Bank.
    let (mut doc, ids) = fixture();
    let si = index(&ids, "including-appos");
    add_entity(&mut doc, si, "Fjell Bank", EntityType::Org, (3, 5));
    let got = triples(&doc, si);
    assert_eq!(got, ["lender —raise→ rate"]);
}

#[test]
fn a_clause_opened_by_without_is_negated() {
    let (doc, ids) = fixture();
    assert_eq!(
        triples(&doc, index(&ids, "without-clause")),
        ["lender —process→ payment", "lender —check→ account [neg]"]
    );
    // With nothing else after the verb, the clause is still how it was done, not what: no
    // `envoy —leave→ reporter speak`.
    assert_eq!(
        triples(&doc, index(&ids, "without-only-clause")),
        ["envoy —speak to→ reporter [neg]"]
    );
    // "conceded nothing on sovereignty": did not concede on it.
    assert_eq!(
        triples(&doc, index(&ids, "nothing-object")),
        ["ministry —concede on→ sovereignty [neg]"]
    );
}

#[test]
fn a_relational_noun_is_no_relation_and_the_sentenced_did_the_deed() {
    let (doc, ids) = fixture();
    // "his counterpart in Beijing": the counterpart is someone in Beijing, not Xi's relation
    // `counterpart in` to Beijing.
    let got = triples(&doc, index(&ids, "counterpart-in"));
    assert!(
        got.iter().all(|g| !g.contains("counterpart in")),
        "{got:#?}"
    );
    // "sentenced the mayor for taking bribes": the mayor took them, not the court.
    let got = triples(&doc, index(&ids, "sentenced-for"));
    assert!(
        got.contains(&"mayor —take→ bribe [sentence]".to_string()),
        "{got:#?}"
    );
    assert!(
        got.iter().all(|g| !g.starts_with("court —take")),
        "{got:#?}"
    );
}

#[test]
fn is_to_with_a_name_is_a_plan_and_with_a_content_noun_says_what_it_is() {
    let (doc, ids) = fixture();
    assert_eq!(triples(&doc, index(&ids, "is-to")), ["Amazon —cut→ job"]);
    let got = triples(&doc, index(&ids, "aim-is-to"));
    assert!(
        !got.is_empty() && got.iter().all(|g| g.starts_with("aim —be")),
        "{got:#?}"
    );
}

#[test]
fn a_participle_coordinated_with_a_passive_verb_is_passive_too() {
    let (doc, ids) = fixture();
    assert_eq!(
        triples(&doc, index(&ids, "passive-conjunct")),
        ["Ruiz —be charged with→ fraud"]
    );
}

#[test]
fn graph_triples_leave_out_pronoun_number_and_bare_verb_nodes() {
    let (doc, ids) = fixture();
    // CaRB still reads every tuple ...
    assert!(!tuples(&doc, index(&ids, "junk-args")).is_empty());
    // ... but "It", "each", "40" and a clause cut to its verb are no graph nodes.
    for id in ["junk-args", "nominal"] {
        let got = triples(&doc, index(&ids, id));
        for g in &got {
            for bad in ["It ", "it ", "each ", "40", "his ", "→ want"] {
                assert!(!g.contains(bad), "{id}: `{g}` has a junk node");
            }
        }
    }
    let got = triples(&doc, index(&ids, "junk-args"));
    assert!(got.is_empty(), "{got:#?}");
}

#[test]
fn no_sentence_has_duplicate_tuples_and_confidences_are_graded() {
    let (doc, _) = fixture();
    let mut confidences = Vec::new();
    for si in 0..doc.sentences.len() {
        let got = tuples(&doc, si);
        let mut sorted = got.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(
            sorted.len(),
            got.len(),
            "duplicates in sentence {si}: {got:#?}"
        );
        confidences.extend(
            OpenIeExtractor::new()
                .text_tuples(&doc, si)
                .iter()
                .map(|t| (t.confidence * 100.0) as i32),
        );
    }
    confidences.sort_unstable();
    confidences.dedup();
    assert!(
        confidences.len() >= 5,
        "confidences are hardly graded: {confidences:?}"
    );
}

#[test]
fn entity_mentions_become_entity_arguments() {
    use crate::document::{Entity, EntityId, EntityType, Mention};
    let (mut doc, ids) = fixture();
    let si = index(&ids, "demand");
    let span = doc.sentences[si].tokens[0].span;
    doc.entities.push(Entity {
        name: "Oleg Petrov".into(),
        kind: EntityType::Person,
        aliases: vec!["Petrov".into()],
        roles: vec![],
    });
    doc.mentions.push(Mention {
        sentence: si,
        tokens: (0, 1),
        span,
        entity: EntityId(0),
    });
    let t = OpenIeExtractor::new()
        .extract(&doc)
        .into_iter()
        .find(|t| t.evidence.sentence == si)
        .expect("a triple");
    assert_eq!(
        t.subject.kind,
        super::super::ArgKind::Entity(EntityType::Person)
    );
    assert_eq!(t.subject.name, "Oleg Petrov");
    assert_eq!(t.object.kind, super::super::ArgKind::Concept);
    assert_eq!(t.object.text, "Ivanov 's demand for halting military aid");
}

#[test]
fn a_plural_reference_gives_one_triple_per_person() {
    use crate::document::{Entity, EntityId, EntityType, Mention};
    let (mut doc, ids) = fixture();
    let si = index(&ids, "demand");
    let span = doc.sentences[si].tokens[0].span;
    for (k, name) in ["Oleg Petrov", "Ilya Sokol"].iter().enumerate() {
        doc.entities.push(Entity {
            name: name.to_string(),
            kind: EntityType::Person,
            aliases: vec![],
            roles: vec![],
        });
        // Coreference gives "the two leaders" one mention per person over the same tokens.
        doc.mentions.push(Mention {
            sentence: si,
            tokens: (0, 1),
            span,
            entity: EntityId(k as u32),
        });
    }
    let got = triples(&doc, si);
    for want in [
        "Oleg Petrov —reject→ aid halt",
        "Ilya Sokol —reject→ aid halt",
    ] {
        assert!(
            got.iter().any(|g| g == want),
            "missing `{want}` in {got:#?}"
        );
    }
}

#[test]
fn possession_and_nominal_relations_do_not_overreach() {
    let (doc, ids) = fixture();
    // A possessed light noun with its content clause is one nominal relation, not also "has".
    let got = triples(&doc, index(&ids, "demand"));
    assert!(
        !got.iter().any(|g| g.starts_with("Ivanov —have→")),
        "{got:#?}"
    );
    // The possessor owns only its own conjunct: the refusal has its own determiner.
    let got = triples(&doc, index(&ids, "poss-conj"));
    let owned: Vec<&String> = got.iter().filter(|g| g.starts_with("Moldova")).collect();
    assert_eq!(owned, ["Moldova —have→ neutral status"], "{got:#?}");
    // A day does not own the price set on it; a person owns a valuation.
    let got = triples(&doc, index(&ids, "time-poss"));
    assert!(!got.iter().any(|g| g.starts_with("Friday")), "{got:#?}");
    assert!(
        got.iter().any(|g| g == "Lindqvist —have→ valuation"),
        "{got:#?}"
    );
    // A bare plural says what kind of union it is, not whose; a company owns its offer.
    let got = triples(&doc, index(&ids, "kind-poss"));
    assert!(!got.iter().any(|g| g.starts_with("miner")), "{got:#?}");
    assert!(got.iter().any(|g| g == "company —have→ offer"), "{got:#?}");
    // A time on the possessed noun is no relation: "Norway's parliament on Tuesday".
    let got = triples(&doc, index(&ids, "poss-time"));
    assert!(!got.iter().any(|g| g.contains("Tuesday")), "{got:#?}");
    assert!(
        got.iter().any(|g| g == "parliament —pass→ bill"),
        "{got:#?}"
    );
}

#[test]
fn a_name_is_no_deal_it_was_bought_in() {
    let (doc, ids) = fixture();
    let got = tuples(&doc, index(&ids, "summary-appos"));
    // "..., a deal that creates a giant" sums up the purchase, not Borlo; a banker is what Lena
    // Sax is.
    assert!(!got.iter().any(|g| g.starts_with("be | Borlo")), "{got:#?}");
    assert!(
        got.iter().any(|g| g == "be | Lena Sax | a banker"),
        "{got:#?}"
    );
    // Nor is cash a move; a merger can be a deal.
    let got = tuples(&doc, index(&ids, "summary-appos-thing"));
    assert!(!got.iter().any(|g| g.starts_with("be | cash")), "{got:#?}");
    let got = tuples(&doc, index(&ids, "summary-appos-event"));
    assert!(
        got.iter()
            .any(|g| g.starts_with("be | The merger | a deal")),
        "{got:#?}"
    );
}

#[test]
fn the_object_does_what_an_adverbial_complement_says() {
    // Parsed as `advcl`, not `xcomp`: the council funds, Moldova delays, not Petrov; and the
    // deeds are urged and alleged, not stated, which the controlling verb marks as a modal would.
    let (doc, ids) = fixture();
    let got = triples(&doc, index(&ids, "object-control-advcl"));
    for want in [
        "council —fund→ boat [urge]",
        "Moldova —delay→ talk [accuse]",
    ] {
        assert!(got.iter().any(|g| g == want), "{want}: {got:#?}");
    }
    // The parser's misreading of "urged residents to leave and promised to open shelters":
    // "to leave" on "residents", "promised" (tagged as a participle) a conjunct of "leave".
    let got = triples(&doc, index(&ids, "control-acl-misread"));
    assert!(
        got.iter()
            .any(|g| g == "Mayor Dal —promise to open→ shelter"),
        "{got:#?}"
    );
    assert!(
        !got.iter().any(|g| g.starts_with("resident —promise")),
        "{got:#?}"
    );
    let got = triples(&doc, index(&ids, "object-prevented"));
    assert!(
        got.iter().any(|g| g == "firm —sell→ drug [bar]"),
        "{got:#?}"
    );
    assert!(
        !got.iter()
            .any(|g| g.starts_with("Petrov —fund→") || g.starts_with("Petrov —delay→")),
        "{got:#?}"
    );
}

/// Adds an entity named `name` of type `kind` with one mention over `tokens` of sentence `si`.
fn add_entity(
    doc: &mut Document,
    si: usize,
    name: &str,
    kind: crate::document::EntityType,
    tokens: (usize, usize),
) {
    use crate::document::{Entity, EntityId, Mention};
    let toks = &doc.sentences[si].tokens;
    let span = toks[tokens.0].span.cover(toks[tokens.1 - 1].span);
    let id = EntityId(doc.entities.len() as u32);
    doc.entities.push(Entity {
        name: name.into(),
        kind,
        aliases: vec![],
        roles: vec![],
    });
    doc.mentions.push(Mention {
        sentence: si,
        tokens,
        span,
        entity: id,
    });
}

#[test]
fn what_the_subject_has_time_for_is_the_subjects_deed() {
    let (doc, ids) = fixture();
    let si = index(&ids, "have-days-to");
    let got = triples(&doc, si);
    assert!(got.iter().any(|g| g == "president —sign→ law"), "{got:#?}");
    assert!(!got.iter().any(|g| g.starts_with("day —")), "{got:#?}");
}

#[test]
fn an_amount_is_not_what_a_thing_is() {
    let (doc, ids) = fixture();
    let si = index(&ids, "amount-read-as-apposition");
    assert_eq!(triples(&doc, si), ["smuggler —charge→ passenger"]);
}

#[test]
fn a_preposition_of_three_words_goes_whole_into_the_relation() {
    let (doc, ids) = fixture();
    let si = index(&ids, "in-favour-of");
    assert_eq!(triples(&doc, si), ["Parliament —vote in favour of→ bill"]);
    assert_eq!(
        tuples(&doc, si),
        ["voted in favour of | Parliament | the bill"]
    );
}

#[test]
fn a_relative_clause_on_a_noun_in_apposition_to_a_name_is_about_the_name() {
    let (doc, ids) = fixture();
    let si = index(&ids, "relative-on-apposition");
    let got = triples(&doc, si);
    assert!(
        got.iter().any(|g| g == "Feldner —take over→ airline"),
        "{got:#?}"
    );
    assert!(
        got.iter().any(|g| g == "Feldner —be→ former director"),
        "{got:#?}"
    );
}

#[test]
fn a_relative_word_is_the_subject_of_a_clause_reported_in_its_clause() {
    let (doc, ids) = fixture();
    let si = index(&ids, "relative-in-reported-clause");
    let got = triples(&doc, si);
    assert!(
        got.iter().any(|g| g.starts_with("demand —add→ cost")),
        "{got:#?}"
    );
    assert!(!got.iter().any(|g| g.starts_with("he —add")), "{got:#?}");
}

#[test]
fn a_name_in_apposition_stands_for_its_noun() {
    use crate::document::EntityType;
    let (mut doc, ids) = fixture();
    let si = index(&ids, "appos-subject");
    add_entity(&mut doc, si, "Ana Ruiz", EntityType::Person, (5, 7));
    let got = triples(&doc, si);
    assert!(
        got.iter().any(|g| g == "Ana Ruiz —concede→ race"),
        "{got:#?}"
    );
    // The apposition itself would now join the actor to herself: no such edge.
    assert!(
        !got.iter().any(|g| g.starts_with("Ana Ruiz —be→")),
        "{got:#?}"
    );
    // Without the entity, the noun stays a concept.
    let (doc, _) = fixture();
    assert!(
        triples(&doc, si)
            .iter()
            .any(|g| g == "rival —concede→ race"),
        "{:#?}",
        triples(&doc, si)
    );
}

#[test]
fn a_name_in_apposition_to_a_partitive_stands_for_the_part() {
    use crate::document::EntityType;
    let (mut doc, ids) = fixture();
    let si = index(&ids, "partitive-appos-subject");
    add_entity(&mut doc, si, "Helion Systems", EntityType::Org, (5, 7));
    let got = triples(&doc, si);
    assert!(
        got.iter().any(|g| g == "Helion Systems —concede→ race"),
        "{got:#?}"
    );
}

#[test]
fn names_joined_by_an_ampersand_are_one_argument() {
    let (doc, ids) = fixture();
    let found = tuples(&doc, index(&ids, "ampersand-name"));
    assert_eq!(found, ["praised | Rivals | Harrow & Velt"], "{found:?}");
    let got = triples(&doc, index(&ids, "ampersand-name"));
    assert_eq!(got, ["rival —praise→ Harrow"], "{got:#?}");
}

#[test]
fn what_a_part_is_the_whole_is_not() {
    // "The workers, one of whom is a nurse, left": one worker is a nurse, not the workers.
    let (doc, ids) = fixture();
    let got = triples(&doc, index(&ids, "partitive-copula"));
    assert!(!got.iter().any(|g| g.contains("nurse")), "{got:#?}");
    assert!(got.iter().any(|g| g == "worker —leave→ site"), "{got:#?}");
}

#[test]
fn a_verb_without_arguments_shares_its_conjuncts_object_unless_it_goes_without_one() {
    let (doc, ids) = fixture();
    let got = triples(&doc, index(&ids, "shared-object"));
    assert!(got.iter().any(|g| g == "union —condemn→ offer"), "{got:#?}");
    assert!(got.iter().any(|g| g == "union —reject→ offer"), "{got:#?}");
    // "sit" mostly goes without an object in EWT train: the fans did not sit the match.
    let got = triples(&doc, index(&ids, "no-shared-object"));
    assert!(!got.iter().any(|g| g.contains("sit")), "{got:#?}");
    assert!(got.iter().any(|g| g == "fan —watch→ match"), "{got:#?}");
}

#[test]
fn what_a_source_says_ends_before_a_clause_with_its_own_subject() {
    let (doc, ids) = fixture();
    let found = tuples(&doc, index(&ids, "according-then-clause"));
    assert!(
        found
            .iter()
            .any(|t| t == "say | the agency | The toll rose"),
        "{found:?}"
    );
    // The officials' warning is theirs, not the agency's.
    let got = triples(&doc, index(&ids, "according-then-clause"));
    assert!(
        got.iter()
            .any(|g| g.starts_with("official —warn of→ death") && !g.contains("[by")),
        "{got:#?}"
    );
}

#[test]
fn a_place_in_apposition_to_a_place_is_where_it_lies() {
    use crate::document::EntityType;
    let (mut doc, ids) = fixture();
    let si = index(&ids, "place-appos");
    for (name, tok) in [("Lisbon", 4), ("Portugal", 6)] {
        add_entity(&mut doc, si, name, EntityType::Gpe, (tok, tok + 1));
    }
    let got = triples(&doc, si);
    assert!(
        got.iter().any(|g| g == "Lisbon —be in→ Portugal"),
        "{got:#?}"
    );
    assert!(
        got.iter().any(|g| g == "envoy —meet in→ Lisbon"),
        "{got:#?}"
    );
    // Without the entities, an apposition of two concepts stays `be`.
    let (doc, _) = fixture();
    let got = triples(&doc, si);
    assert!(!got.iter().any(|g| g.contains("be in")), "{got:#?}");
}

#[test]
fn an_amount_in_brackets_after_an_amount_is_a_conversion() {
    // "14 million euros ($15 million)" says nothing new; "the office (the regulator)" does.
    let (doc, ids) = fixture();
    let got = triples(&doc, index(&ids, "amount-conversion"));
    assert!(
        !got.iter()
            .any(|g| g.contains("—be→") && g.contains("million")),
        "{got:#?}"
    );
    assert!(got.iter().any(|g| g == "office —be→ regulator"), "{got:#?}");
}

#[test]
fn a_gerund_with_a_noun_compound_names_an_activity() {
    // "data sharing with Chile" (read as a verb by the parser) is no clause: nobody "shares".
    let (doc, ids) = fixture();
    let got = triples(&doc, index(&ids, "gerund-compound"));
    assert!(got.iter().any(|g| g == "official —halt→ aid"), "{got:#?}");
    assert!(!got.iter().any(|g| g.contains("share")), "{got:#?}");
}

#[test]
fn a_relative_clause_without_relative_word_fills_its_object_gap() {
    let (doc, ids) = fixture();
    // "the plan the committee approved": the committee approved the plan.
    let got = tuples(&doc, index(&ids, "relative-object-gap"));
    assert!(
        got.iter()
            .any(|g| g == "approved | the committee | the plan"),
        "{got:#?}"
    );
    // "the day the war began": a day is when, not what, the war began.
    let got = tuples(&doc, index(&ids, "relative-adverbial-gap"));
    assert!(
        got.iter().any(|g| g == "recalled | Kovac | the day"),
        "{got:#?}"
    );
    assert!(!got.iter().any(|g| g.starts_with("began")), "{got:#?}");
    // "people who knew what they wanted": "what" is the thing known, not the people.
    let got = tuples(&doc, index(&ids, "relative-free-what"));
    assert!(
        !got.iter().any(|g| g.starts_with("knew | people | people")),
        "{got:#?}"
    );
    // "Ferrante, whose side scored twice": the noun owns the subject, it is no object.
    let got = tuples(&doc, index(&ids, "relative-whose-no-gap"));
    assert!(
        !got.iter()
            .any(|g| g.starts_with("scored") && g.contains("Ferrante")),
        "{got:#?}"
    );
}

#[test]
fn a_possessed_role_with_a_name_says_what_the_person_is_to_the_owner() {
    // "Dacora's chief executive, Victor Stan, resigned": not "Dacora —have→ Victor Stan".
    let (doc, ids) = fixture();
    let got = tuples(&doc, index(&ids, "possessed-role"));
    assert!(
        got.contains(&"be chief executive of | Victor Stan | Dacora".to_string()),
        "{got:#?}"
    );
    assert!(!got.iter().any(|g| g.starts_with("has")), "{got:#?}");
}

#[test]
fn a_named_roles_of_phrase_is_what_the_person_is_to() {
    // "Victor Stan, the head of the Dacora Union, resigned": the graph has what he heads, CaRB
    // the whole apposition, as its gold does.
    let (doc, ids) = fixture();
    let si = index(&ids, "role-of-named");
    let got = triples(&doc, si);
    assert!(
        got.contains(&"Victor Stan —be head of→ Dacora Union".to_string()),
        "{got:#?}"
    );
    let got = tuples(&doc, si);
    assert!(
        got.contains(&"be | Victor Stan | the head of the Dacora Union".to_string()),
        "{got:#?}"
    );
}

#[test]
fn a_claim_after_a_clause_sums_up_the_statement_not_the_event() {
    // "broke the truce, a charge officials denied": the truce is no charge.
    let (doc, ids) = fixture();
    let got = triples(&doc, index(&ids, "summary-claim"));
    assert!(!got.iter().any(|g| g.contains("—be→ charge")), "{got:#?}");
    // "approved the merger, a move analysts expected": the merger is the move.
    let got = triples(&doc, index(&ids, "summary-move"));
    assert!(got.iter().any(|g| g == "merger —be→ move"), "{got:#?}");
}

#[test]
fn an_object_with_no_denies_the_edge() {
    // "Observers found no irregularities": not a find of irregularities.
    let (doc, ids) = fixture();
    let got = triples(&doc, index(&ids, "object-with-no"));
    assert_eq!(got, ["observer —find→ irregularity [neg]"]);
    // "survived a no-confidence vote": the "no" of a compound denies nothing.
    let got = triples(&doc, index(&ids, "object-with-no-compound"));
    assert_eq!(got.len(), 1, "{got:#?}");
    assert!(
        got[0].starts_with("Calder —survive→") && !got[0].ends_with("[neg]"),
        "{got:#?}"
    );
}

#[test]
fn a_clause_that_says_when_comes_after_the_time() {
    // "The saga began in July when Okafor handed in a request": the edge is `begin in` July,
    // not a dropped edge to the "when" clause.
    let (doc, ids) = fixture();
    let si = index(&ids, "circumstance-after-time");
    let got = triples(&doc, si);
    assert!(got.iter().any(|g| g == "saga —begin in→ July"), "{got:#?}");
    let got = tuples(&doc, si);
    assert_eq!(
        got[0],
        "began in | The saga | July | when Okafor handed in a request"
    );
}

#[test]
fn a_year_comes_after_the_other_arguments() {
    // "The firm was founded in 2009 in Oslo": a year says when, like a day or a month, so the
    // edge goes to the place (a year first left the sentence without an edge).
    let (doc, ids) = fixture();
    let si = index(&ids, "year-before-place");
    let got = triples(&doc, si);
    assert_eq!(got, ["firm —be founded in→ Oslo"], "{got:#?}");
    let got = tuples(&doc, si);
    assert_eq!(got[0], "was founded in | The firm | Oslo | in 2009");
}

#[test]
fn a_participle_clause_after_if_is_passive() {
    // "If convicted on the charge, Smith faces prison": Smith would be convicted, not convict.
    let (doc, ids) = fixture();
    let got = triples(&doc, index(&ids, "if-convicted"));
    assert!(
        got.iter().any(|g| g == "Smith —be convicted on→ charge"),
        "{got:#?}"
    );
    assert!(got.iter().any(|g| g == "Smith —face→ prison"), "{got:#?}");
}

#[test]
fn a_denied_infinitive_is_part_of_the_relation_not_a_denial() {
    // "agreed not to take action" is an agreement; "did not agree to take action" is denied.
    let (doc, ids) = fixture();
    let got = triples(&doc, index(&ids, "agree-not-to"));
    assert_eq!(got, ["union —agree not to take→ action"], "{got:#?}");
    let got = triples(&doc, index(&ids, "not-agree-to"));
    assert_eq!(got, ["union —agree to take→ action [neg]"], "{got:#?}");
}

#[test]
fn a_relative_clause_on_a_second_apposition_is_the_named_person_s() {
    // "The envoy, Grace Wanjiru, a diplomat who chaired the talks": Wanjiru chaired them.
    let (doc, ids) = fixture();
    let got = tuples(&doc, index(&ids, "relative-on-second-apposition"));
    assert!(
        got.iter()
            .any(|g| g == "chaired | Grace Wanjiru | the talks"),
        "{got:#?}"
    );
}

/// Random trees over words that trigger the repairs and label rules (heads anywhere, cycles and
/// self-loops included, as a damaged or hand-made CoNLL-U file can hold): repairs, graph
/// triples and CaRB tuples must never panic.
#[test]
fn random_trees_never_make_repairs_or_extraction_panic() {
    use crate::document::{Sentence, Span, Token};
    const WORDS: &[(&str, &str, &str, &str)] = &[
        ("as", "as", "ADV", "RB"),
        ("many", "many", "ADJ", "JJ"),
        ("much", "much", "ADV", "RB"),
        ("as", "as", "ADP", "IN"),
        ("300", "300", "NUM", "CD"),
        ("half", "half", "NOUN", "NN"),
        ("people", "person", "NOUN", "NNS"),
        ("said", "say", "VERB", "VBD"),
        ("estimate", "estimate", "VERB", "VBP"),
        ("plans", "plan", "NOUN", "NNS"),
        ("to", "to", "PART", "TO"),
        ("hire", "hire", "VERB", "VB"),
        ("according", "accord", "VERB", "VBG"),
        ("violated", "violated", "ADJ", "JJ"),
        ("caused", "cause", "VERB", "VBN"),
        ("fell", "fall", "VERB", "VBN"),
        ("by", "by", "ADP", "IN"),
        ("is", "be", "AUX", "VBZ"),
        ("not", "not", "PART", "RB"),
        ("no", "no", "DET", "DT"),
        ("the", "the", "DET", "DT"),
        ("Nordvolt", "Nordvolt", "PROPN", "NNP"),
        ("Organization", "organization", "NOUN", "NN"),
        ("company", "company", "NOUN", "NN"),
        ("counterpart", "counterpart", "NOUN", "NN"),
        ("sentenced", "sentence", "VERB", "VBD"),
        ("taking", "take", "VERB", "VBG"),
        ("who", "who", "PRON", "WP"),
        ("that", "that", "SCONJ", "IN"),
        ("and", "and", "CCONJ", "CC"),
        (",", ",", "PUNCT", ","),
        (".", ".", "PUNCT", "."),
    ];
    const RELS: &[&str] = &[
        "root",
        "nsubj",
        "nsubj:pass",
        "obj",
        "iobj",
        "obl",
        "obl:agent",
        "nmod",
        "nmod:poss",
        "amod",
        "advmod",
        "advcl",
        "ccomp",
        "xcomp",
        "acl",
        "acl:relcl",
        "conj",
        "cc",
        "case",
        "mark",
        "det",
        "cop",
        "aux",
        "aux:pass",
        "compound",
        "flat",
        "appos",
        "fixed",
        "punct",
        "nummod",
        "parataxis",
    ];
    let mut state = 0x2545_f491_4f6c_dd1du64;
    let mut next = |n: usize| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % n as u64) as usize
    };
    let x = OpenIeExtractor::new();
    let (mut repairs, mut edges) = (0, 0);
    for _ in 0..20_000 {
        let n = 1 + next(14);
        let mut doc = Document::new("random", String::new());
        let mut tokens = Vec::with_capacity(n);
        for i in 0..n {
            let (form, lemma, upos, xpos) = if i + 1 == n && next(2) == 0 {
                WORDS[WORDS.len() - 1]
            } else {
                WORDS[next(WORDS.len())]
            };
            if !doc.text.is_empty() {
                doc.text.push(' ');
            }
            let start = doc.text.len();
            doc.text.push_str(form);
            let mut t = Token::new(form, Span::new(start, doc.text.len()));
            (t.lemma, t.upos, t.xpos) = (lemma.into(), upos.into(), xpos.into());
            t.head = next(n + 1);
            t.deprel = RELS[next(RELS.len())].into();
            tokens.push(t);
        }
        repairs += usize::from(repair::repaired(&tokens).is_some());
        doc.sentences.push(Sentence {
            span: Span::new(0, doc.text.len()),
            tokens,
            repaired: false,
        });
        edges += x.extract(&doc).len();
        let _ = x.text_tuples(&doc, 0);
    }
    // The trees reach the repairs and the extractor, not only their early exits.
    assert!(
        repairs > 1000 && edges > 100,
        "{repairs} repairs, {edges} edges"
    );
}

#[test]
fn a_pronoun_object_resolved_to_the_subject_is_no_edge() {
    // Coreference put both on one person: "him" is never its own clause's subject.
    let (mut doc, ids) = fixture();
    let si = index(&ids, "pronoun-object");
    add_entity(
        &mut doc,
        si,
        "Eduardo Salvatierra",
        EntityType::Person,
        (0, 1),
    );
    let mut other = doc.clone();
    add_entity(
        &mut doc,
        si,
        "Eduardo Salvatierra",
        EntityType::Person,
        (3, 4),
    );
    assert!(triples(&doc, si).is_empty(), "{:?}", triples(&doc, si));
    // Resolved to someone else, it is an edge.
    add_entity(&mut other, si, "Mateo Ruzic", EntityType::Person, (3, 4));
    assert_eq!(
        triples(&other, si),
        ["Eduardo Salvatierra —sell→ Mateo Ruzic [would]"]
    );
}

#[test]
fn a_statement_claimed_is_said_by_who_reports_it_not_by_the_claimant() {
    // "the carrier can claim damages, analysts said": the analysts' report is not the
    // carrier's claim.
    let (doc, ids) = fixture();
    let got = triples(&doc, index(&ids, "claim-reported"));
    assert!(
        got.iter().any(|g| g.starts_with("analyst —say→")),
        "{got:#?}"
    );
    assert!(got.iter().all(|g| !g.contains("[by carrier")), "{got:#?}");
    assert!(
        got.iter()
            .any(|g| g.starts_with("carrier —claim→ damage") && g.ends_with("[by analyst]")),
        "{got:#?}"
    );
    // Hung below the claim, the report still closes the sentence.
    let got = triples(&doc, index(&ids, "claim-then-report"));
    assert!(
        got.iter()
            .any(|g| g.starts_with("carrier —claim→ damage") && g.ends_with("[by analyst]")),
        "{got:#?}"
    );
}

#[test]
fn a_passives_agent_comes_before_where_it_happened() {
    let (doc, ids) = fixture();
    let got = triples(&doc, index(&ids, "agent-after-place"));
    assert_eq!(
        got.first().map(String::as_str),
        Some("envoy —be greeted by→ minister"),
        "{got:#?}"
    );
}

#[test]
fn a_subject_pronoun_stands_for_the_thing_or_group_before_it() {
    let text = "# sent_id = a
# text = The dockworkers said they would strike .
1	The	the	DET	DT	_	2	det	_	_
2	dockworkers	dockworker	NOUN	NNS	_	3	nsubj	_	_
3	said	say	VERB	VBD	_	0	root	_	_
4	they	they	PRON	PRP	_	6	nsubj	_	_
5	would	would	AUX	MD	_	6	aux	_	_
6	strike	strike	VERB	VB	_	3	ccomp	_	_
7	.	.	PUNCT	.	_	3	punct	_	_

# sent_id = b
# text = They demanded a raise .
1	They	they	PRON	PRP	_	2	nsubj	_	_
2	demanded	demand	VERB	VBD	_	0	root	_	_
3	a	a	DET	DT	_	4	det	_	_
4	raise	raise	NOUN	NN	_	2	obj	_	_
5	.	.	PUNCT	.	_	2	punct	_	_

# sent_id = c
# text = They blocked the port .
1	They	they	PRON	PRP	_	2	nsubj	_	_
2	blocked	block	VERB	VBD	_	0	root	_	_
3	the	the	DET	DT	_	4	det	_	_
4	port	port	NOUN	NN	_	2	obj	_	_
5	.	.	PUNCT	.	_	2	punct	_	_

# sent_id = d
# text = The fire was started by a group .
1	The	the	DET	DT	_	2	det	_	_
2	fire	fire	NOUN	NN	_	4	nsubj:pass	_	_
3	was	be	AUX	VBD	_	4	aux:pass	_	_
4	started	start	VERB	VBN	_	0	root	_	_
5	by	by	ADP	IN	_	7	case	_	_
6	a	a	DET	DT	_	7	det	_	_
7	group	group	NOUN	NN	_	4	obl:agent	_	_
8	.	.	PUNCT	.	_	4	punct	_	_

# sent_id = e
# text = It said it destroyed homes .
1	It	it	PRON	PRP	_	2	nsubj	_	_
2	said	say	VERB	VBD	_	0	root	_	_
3	it	it	PRON	PRP	_	4	nsubj	_	_
4	destroyed	destroy	VERB	VBD	_	2	ccomp	_	_
5	homes	home	NOUN	NNS	_	4	obj	_	_
6	.	.	PUNCT	.	_	2	punct	_	_

";
    let sentences = conllu::parse(text, "pronouns.conllu").expect("parses");
    let doc = pretok::document_from_conllu("pronouns", &sentences);
    let got = |si| triples(&doc, si);
    assert_eq!(got(1), ["dockworker —demand→ raise"]);
    // Through the pronoun of the sentence before.
    assert_eq!(got(2), ["dockworker —block→ port"]);
    // A fire says nothing: "It said" is not the fire, nor what it said.
    assert!(
        got(4).iter().all(|g| !g.starts_with("fire")),
        "{:?}",
        got(4)
    );
}
