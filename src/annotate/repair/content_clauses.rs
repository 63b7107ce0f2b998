//! What was said, told or found: a content clause read as a relative clause or hung on a noun, a
//! time or an oblique, and the speaker's second verb read as part of what was said.
//!
//! The content clause read as a relative clause. In "a warning that the move would weaken Kyiv"
//! the parser can make "that" the relative pronoun object of "weaken", which already has an
//! object. A clause with two objects, one of them the relative "that", is a content clause: "that"
//! is its `mark` and the clause an `acl` of the noun.
//!
//! The clause told read as a modifier of a noun. "told reporters on a conference call that
//! owners would receive a refund" can come out with the "that" clause on "call", and "found on
//! Friday that ..." with it on "Friday": it is what was told or found, the verb's `ccomp`
//! (repair 106).
//!
//! A clause opened by "that" on a time after a verb of saying ("said on Thursday morning that ...")
//! is what was said; and the speaker's second verb read as a conjunct inside the reported clause
//! ("said the strike was costing ... and accused the union") goes with the verb of saying.
//!
//! [`content_clauses`] is mended by the first pass ([`super::first_pass`]), together with the other
//! errors it finds; the `fix_` functions here run after it, in the order of [`super::REPAIRS`].

use super::draft::Draft;
use super::tree_helpers::{extent, finite_clause, has_case, head_of, kids_of};
use super::words::{make_finite, reports, says_or_thinks};
use crate::annotate::lexicon::TIME_WORDS;
use crate::document::Token;

/// Nouns that take a content clause ("the fact that ...", "the claim that ..."): nouns of
/// saying, believing, knowing and likelihood. Other nouns with "that" and a clause after them
/// head a relative clause whose gap is further down ("an address that you prefer us to use").
const CONTENT_NOUNS: &[&str] = &[
    "acknowledgement",
    "adage",
    "admission",
    "allegation",
    "announcement",
    "argument",
    "assertion",
    "assumption",
    "assurance",
    "belief",
    "chance",
    "claim",
    "complaint",
    "conclusion",
    "concern",
    "confirmation",
    "conviction",
    "danger",
    "declaration",
    "demand",
    "denial",
    "doubt",
    "evidence",
    "expectation",
    "explanation",
    "fact",
    "fear",
    "feeling",
    "finding",
    "guarantee",
    "hope",
    "hypothesis",
    "idea",
    "impression",
    "indication",
    "insistence",
    "knowledge",
    "likelihood",
    "message",
    "news",
    "notion",
    "observation",
    "opinion",
    "perception",
    "pledge",
    "possibility",
    "premise",
    "pretext",
    "principle",
    "probability",
    "promise",
    "proof",
    "proposal",
    "realisation",
    "realization",
    "reassurance",
    "recognition",
    "reminder",
    "report",
    "requirement",
    "risk",
    "rumor",
    "rumour",
    "sense",
    "sign",
    "signal",
    "speculation",
    "statement",
    "suggestion",
    "supposition",
    "suspicion",
    "theory",
    "threat",
    "understanding",
    "view",
    "warning",
    "worry",
];

/// Verbs that tell someone something: the person is their object, what they were told a
/// content clause ("told reporters that ...").
const TELL: &[&str] = &[
    "advise", "assure", "convince", "inform", "notify", "persuade", "remind", "tell", "warn",
];

/// Triples (verb, "that", teller): a relative clause whose relative "that" is an object beside
/// another object of the same verb, on a noun that takes content clauses (`None`), or on the
/// person a verb of telling tells (the verb: "told Wire that doctors had raised concerns" with
/// "raised" a relative clause on "Wire"), where it is the teller's content clause; on the
/// person told, "that" may be the clause's only object when the clause has its own subject.
pub(super) fn content_clauses(tokens: &[Token]) -> Vec<(usize, usize, Option<usize>)> {
    let head = |i: usize| head_of(tokens, i);
    let mut out = Vec::new();
    for (v, tk) in tokens.iter().enumerate() {
        if tk.deprel != "acl:relcl" {
            continue;
        }
        let Some(n) = head(v) else {
            continue;
        };
        let noun = tokens[n].lemma.to_ascii_lowercase();
        let teller = head(n).filter(|&t| {
            matches!(tokens[n].deprel.as_str(), "obj" | "iobj")
                && TELL.contains(&tokens[t].lemma.to_ascii_lowercase().as_str())
        });
        if !CONTENT_NOUNS.contains(&noun.as_str()) && teller.is_none() {
            continue;
        }
        let objects: Vec<usize> = (0..tokens.len())
            .filter(|&c| head(c) == Some(v) && tokens[c].deprel == "obj")
            .collect();
        let that = objects
            .iter()
            .copied()
            .find(|&c| c < v && tokens[c].form.eq_ignore_ascii_case("that"));
        // Told someone "that" + a clause with a subject of its own ("told reporters outside the
        // courthouse that her client would appeal", "appeal" taking no object): what they
        // were told, even with "that" the only object.
        let own_subject = |that: usize| {
            (that + 1..v).any(|c| head(c) == Some(v) && tokens[c].deprel.starts_with("nsubj"))
        };
        match (that, objects.len()) {
            (Some(that), 2) => out.push((v, that, teller)),
            (Some(that), 1) if teller.is_some() && own_subject(that) => out.push((v, that, teller)),
            _ => {}
        }
    }
    out
}

/// Verbs that take a clause of what is granted or denied, beside the verbs of saying and
/// thinking: "accepted that mistakes had been made but rejected the finding".
const CONCEDING: &[&str] = &[
    "accept",
    "concede",
    "agree",
    "deny",
    "recognise",
    "recognize",
];

/// Repair 137: mends what [`modal_conjuncts_of_reports`] finds.
pub(super) fn fix_modal_conjuncts_of_reports(d: &mut Draft) {
    for (conjunct, reported) in modal_conjuncts_of_reports(d.base()) {
        d.edit()[conjunct].head = reported + 1;
    }
}

/// Repair 137: the reported clause's second verb coordinated with the verb of saying.
///
/// Pairs (conjunct, reported verb): "He said the inquiry would be headed by a retired judge and
/// would report within 60 days" can come out with "report" a conjunct of "said", so that he
/// would report. A verb of saying in the past tense says what someone "would" do in its
/// reported clause; a conjunct of it with a modal and no subject of its own, after a reported
/// clause with a modal, continues that clause. So does one with a modal of the past ("would",
/// "could", "might") after a reported clause with a subject of its own: "told reporters that
/// Thane denies the allegations and would defend himself at trial".
fn modal_conjuncts_of_reports(tokens: &[Token]) -> Vec<(usize, usize)> {
    let modal =
        |v: usize| kids_of(tokens, v).any(|k| tokens[k].xpos == "MD" && tokens[k].deprel == "aux");
    let past_modal = |v: usize| {
        kids_of(tokens, v).any(|k| {
            tokens[k].deprel == "aux"
                && matches!(
                    tokens[k].form.to_lowercase().as_str(),
                    "would" | "could" | "might"
                )
        })
    };
    let subject = |v: usize| kids_of(tokens, v).any(|k| tokens[k].deprel.starts_with("nsubj"));
    let mut out = Vec::new();
    for (c, tk) in tokens.iter().enumerate() {
        if tk.deprel != "conj" || tk.upos != "VERB" || !modal(c) {
            continue;
        }
        if kids_of(tokens, c).any(|k| tokens[k].deprel.starts_with("nsubj")) {
            continue;
        }
        let Some(say) = head_of(tokens, c)
            .filter(|&r| tokens[r].xpos == "VBD" && says_or_thinks(&tokens[r].lemma))
        else {
            continue;
        };
        let reported = kids_of(tokens, say).find(|&k| {
            k > say
                && k < c
                && tokens[k].deprel == "ccomp"
                && (modal(k) || (past_modal(c) && subject(k)))
        });
        if let Some(v) = reported {
            out.push((c, v));
        }
    }
    out
}

/// Repair 68: mends what [`reports_continued_as_conjuncts`] finds.
pub(super) fn fix_reports_continued_as_conjuncts(d: &mut Draft) {
    for (conjunct, verb) in reports_continued_as_conjuncts(d.base()) {
        let fixed = d.edit();
        fixed[conjunct].head = verb + 1;
        if fixed[conjunct].xpos == "VBN" {
            make_finite(&mut fixed[conjunct], "VBD");
        }
    }
}

/// Repair 68: the speaker's second verb coordinated inside the reported clause.
///
/// Pairs (conjunct, verb of saying): "the NPA said the strike was costing the economy 15
/// million euros a day and accused the union of ..." can come out with "accused" a conjunct
/// of "costing", so that the strike accused the union. A past tense with no subject or
/// auxiliary of its own, coordinated with a reported verb that has an auxiliary ("was
/// costing", "had cut"), goes with the verb of saying (or of [`CONCEDING`]), which is in the
/// past tense too. So does one of [`SPEAKERS_ACTS`] coordinated with a copular reported clause
/// in the past tense, and a past tense coordinated with a reported verb in the present tense.
fn reports_continued_as_conjuncts(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (c, tk) in tokens.iter().enumerate() {
        if tk.deprel != "conj" {
            continue;
        }
        // A participle with an object, coordinated with a passive, cannot share its
        // auxiliaries: it is a past tense ("mistakes had been made but rejected the finding").
        // Nor with a present tense ('"looks forward to ..." and accused prosecutors').
        let present = |v: usize| {
            matches!(tokens[v].xpos.as_str(), "VBZ" | "VBP")
                && !kids_of(tokens, v).any(|k| tokens[k].deprel.starts_with("aux"))
        };
        let active = tk.xpos == "VBN"
            && kids_of(tokens, c).any(|k| tokens[k].deprel == "obj")
            && head_of(tokens, c).is_some_and(|v| {
                kids_of(tokens, v).any(|k| tokens[k].deprel == "aux:pass") || present(v)
            });
        if !(tk.xpos == "VBD" || active) {
            continue;
        }
        let own = kids_of(tokens, c).any(|k| {
            let d = tokens[k].deprel.as_str();
            d.starts_with("nsubj") || d.starts_with("aux")
        });
        if own {
            continue;
        }
        // Or a copular reported clause ("said the resignation was the bare minimum and called
        // on ..."), when the conjunct is something a speaker does.
        let speakers = SPEAKERS_ACTS.contains(&tokens[c].lemma.to_lowercase().as_str());
        let Some(v) = head_of(tokens, c).filter(|&v| {
            let auxiliary = matches!(tokens[v].xpos.as_str(), "VBG" | "VBN")
                && kids_of(tokens, v).any(|k| tokens[k].deprel.starts_with("aux"));
            let copular = speakers
                && kids_of(tokens, v).any(|k| tokens[k].deprel == "cop" && tokens[k].xpos == "VBD");
            // Nor can a modal's bare verb share a past tense: "said she would run again and
            // urged her followers" (not "would urged").
            let modal = tokens[v].xpos == "VB"
                && kids_of(tokens, v).any(|k| tokens[k].deprel == "aux" && tokens[k].xpos == "MD");
            // A verb of saying with a "that" clause of its own after a reported clause in the
            // past tense is the speaker's second report: "confirmed that the report existed but
            // insisted that the structure had passed an inspection".
            let second_report = reports(&tokens[c].lemma.to_lowercase())
                && tokens[v].xpos == "VBD"
                && kids_of(tokens, v)
                    .any(|k| tokens[k].deprel == "mark" && tokens[k].lemma == "that")
                && kids_of(tokens, c).any(|k| {
                    k > c
                        && tokens[k].deprel == "ccomp"
                        && kids_of(tokens, k)
                            .any(|m| tokens[m].deprel == "mark" && tokens[m].lemma == "that")
                });
            // A reported clause in the present tense, with no auxiliary, cannot share a past
            // tense's subject either: 'said his client "looks forward to clearing his name" and
            // accused prosecutors ...'.
            v < c
                && tokens[v].deprel == "ccomp"
                && (auxiliary || copular || present(v) || modal || second_report)
        }) else {
            continue;
        };
        let Some(s) = head_of(tokens, v).filter(|&s| {
            let lemma = tokens[s].lemma.to_lowercase();
            s < v
                && tokens[s].xpos == "VBD"
                && (reports(&lemma) || CONCEDING.contains(&lemma.as_str()))
        }) else {
            continue;
        };
        out.push((c, s));
    }
    out
}

/// What speakers do beside saying: the second verb of "said ... and called on ...".
const SPEAKERS_ACTS: &[&str] = &[
    "accuse",
    "add",
    "blame",
    "call",
    "criticise",
    "criticize",
    "demand",
    "deny",
    "dismiss",
    "reject",
    "urge",
    "vow",
    "warn",
];

/// Repair 67: mends what [`reported_clauses_on_obliques`] finds.
pub(super) fn fix_reported_clauses_on_obliques(d: &mut Draft) {
    for (clause, verb, that) in reported_clauses_on_obliques(d.base()) {
        let fixed = d.edit();
        (fixed[clause].head, fixed[clause].deprel) = (verb + 1, "ccomp".into());
        let t = &mut fixed[that];
        (t.head, t.deprel, t.upos) = (clause + 1, "mark".into(), "SCONJ".into());
    }
}

/// What a statement is made in: "said in a statement that ...".
const CARRIERS: &[&str] = &[
    "address",
    "briefing",
    "broadcast",
    "conference",
    "email",
    "filing",
    "interview",
    "letter",
    "memo",
    "message",
    "note",
    "post",
    "release",
    "report",
    "speech",
    "statement",
    "video",
];

/// Repair 67: the reported clause after a time or an oblique hung on it.
///
/// Triples (clause, verb of saying, "that"): "Stanek said on Thursday morning that several
/// passengers were missing" can come out with the clause an `acl:relcl` of "morning", so
/// nothing was said. A clause opened by "that" with a subject of its own, on a time word that
/// is an oblique of a verb of saying before it, is what was said. So is one on any other
/// oblique ("said in a preliminary report that the vote was largely free") when the clause
/// cannot have a gap for "that" to fill: the parser made "that" its `mark`, or the clause is
/// copular or has an object of its own, or "that" comes right after a carrier of words the
/// saying is in ("said in a statement that Kelleher had left", with "that" read as the object
/// of "left"). The same holds for a content clause (`acl`) of the oblique.
fn reported_clauses_on_obliques(tokens: &[Token]) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    for (c, tk) in tokens.iter().enumerate() {
        // Also a content clause of the oblique ("said in a statement that ..." with the
        // clause an `acl` of "statement"): the statement's content is what was said.
        if tk.deprel != "acl:relcl" && tk.deprel != "acl" {
            continue;
        }
        let Some(n) = head_of(tokens, c).filter(|&n| n < c && tokens[n].deprel.starts_with("obl"))
        else {
            continue;
        };
        let time = TIME_WORDS.contains(&tokens[n].lemma.to_lowercase().as_str());
        let Some(v) =
            head_of(tokens, n).filter(|&v| v < n && reports(&tokens[v].lemma.to_lowercase()))
        else {
            continue;
        };
        let that = extent(tokens, c).0;
        let opened =
            tokens[that].form.eq_ignore_ascii_case("that") && head_of(tokens, that) == Some(c);
        let subject = kids_of(tokens, c)
            .any(|k| k != that && matches!(tokens[k].deprel.as_str(), "nsubj" | "nsubj:pass"));
        // The parser's own `mark` is trusted on a relative clause, whose "that" it could have
        // made a pronoun, and on a content clause of something that carries words ("said in
        // a statement that"; not "report on the progress that this country has made").
        let carrier = CARRIERS.contains(&tokens[n].lemma.to_lowercase().as_str());
        let marked = tk.deprel == "acl:relcl" || carrier;
        // "said in a statement that X had left": right after a carrier of words that the
        // saying is in, "that" opens what it says, even where it could fill a gap.
        let said_in = carrier && that == n + 1 && has_case(tokens, n, "in");
        let gapless = (tokens[that].deprel == "mark" && marked)
            || said_in
            || kids_of(tokens, c)
                .any(|k| k != that && matches!(tokens[k].deprel.as_str(), "cop" | "obj"));
        if opened && subject && (time || gapless) {
            out.push((c, v, that));
        }
    }
    out
}

/// Repair 142: mends what [`second_reports_on_coordinators`] finds.
pub(super) fn fix_second_reports_on_coordinators(d: &mut Draft) {
    for (cc, clause, first) in second_reports_on_coordinators(d.base()) {
        let fixed = d.edit();
        (fixed[clause].head, fixed[clause].deprel) = (first + 1, "conj".into());
        (fixed[cc].head, fixed[cc].deprel) = (clause + 1, "cc".into());
    }
}

/// Repair 142: the second of two reported clauses hung on its coordinator.
///
/// Triples (coordinator, clause, first clause): "The regulator said the fine was welcome but that
/// victims had received nothing" can come out with "but" a `cc` of "said" and "received" a
/// dependent of "but": a coordinator heads nothing in UD, and the graph lost both statements.
/// A clause opened by "that" under a coordinator, after a complement clause of the same verb,
/// is that clause's conjunct, and the coordinator its own.
fn second_reports_on_coordinators(tokens: &[Token]) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    for (cc, t) in tokens.iter().enumerate() {
        if t.upos != "CCONJ" || !matches!(t.lemma.as_str(), "but" | "and" | "or") {
            continue;
        }
        let Some(verb) = head_of(tokens, cc) else {
            continue;
        };
        let clause = kids_of(tokens, cc).find(|&k| {
            k > cc
                && matches!(tokens[k].upos.as_str(), "VERB" | "ADJ" | "NOUN")
                && kids_of(tokens, k).any(|m| {
                    m < k
                        && tokens[m].deprel == "mark"
                        && tokens[m].lemma.eq_ignore_ascii_case("that")
                })
        });
        let first = kids_of(tokens, verb)
            .filter(|&c| c < cc && tokens[c].deprel == "ccomp")
            .last();
        if let (Some(clause), Some(first)) = (clause, first) {
            out.push((cc, clause, first));
        }
    }
    out
}

/// Repair 117: mends what [`clauses_hung_on_that`] finds.
pub(super) fn fix_clauses_hung_on_that(d: &mut Draft) {
    for (that, clause) in clauses_hung_on_that(d.base()) {
        let fixed = d.edit();
        let noun = fixed[that].head;
        (fixed[clause].head, fixed[clause].deprel) = (noun, "acl".into());
        (fixed[that].head, fixed[that].deprel) = (clause + 1, "mark".into());
        (fixed[that].upos, fixed[that].xpos) = ("SCONJ".into(), "IN".into());
    }
}

/// Repair 117: a clause hung on its own "that", read as a modifier of the noun before.
///
/// Pairs (that, clause): "told reporters that rescuers had established contact." can come out
/// with "that" an `nmod` of "reporters" and the clause its complement. "that" heads nothing in
/// UD: a "that" right after a noun, with a finite clause that has a subject as its only
/// dependent, is the clause's subordinator, and the clause modifies the noun (`acl`, as "the
/// claim that ..."); [`told_clauses_on_nouns`], run next, gives it to a verb of telling.
fn clauses_hung_on_that(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (that, t) in tokens.iter().enumerate() {
        if !t.form.eq_ignore_ascii_case("that") || t.deprel == "mark" {
            continue;
        }
        let noun = head_of(tokens, that).filter(|&n| {
            n + 1 == that && matches!(tokens[n].upos.as_str(), "NOUN" | "PROPN" | "PRON")
        });
        let kids: Vec<usize> = kids_of(tokens, that).collect();
        let (Some(_), &[clause]) = (noun, kids.as_slice()) else {
            continue;
        };
        let subject = kids_of(tokens, clause).any(|k| tokens[k].deprel.starts_with("nsubj"));
        if clause > that
            && tokens[clause].upos == "VERB"
            && finite_clause(tokens, clause)
            && subject
        {
            out.push((that, clause));
        }
    }
    out
}

/// Repair 106: mends what [`told_clauses_on_nouns`] finds.
pub(super) fn fix_told_clauses_on_nouns(d: &mut Draft) {
    for (clause, verb) in told_clauses_on_nouns(d.base()) {
        let fixed = d.edit();
        (fixed[clause].head, fixed[clause].deprel) = (verb + 1, "ccomp".into());
        // Its "that" is the subordinator, whatever the tagger and the parser read.
        let (that, _) = extent(fixed, clause);
        (fixed[that].upos, fixed[that].xpos) = ("SCONJ".into(), "IN".into());
        fixed[that].deprel = "mark".into();
    }
}

/// Verbs of telling someone something: their listener or the place of the telling may come
/// between the verb and the clause told.
const TELLING: &[&str] = &[
    "tell", "inform", "assure", "remind", "notify", "warn", "advise", "convince", "persuade",
];

/// Repair 106: the clause told read as a modifier of a noun after a verb of telling or saying.
///
/// Pairs (clause, verb): "told reporters on a conference call that owners would receive a
/// refund" can come out with the "that" clause an `acl:relcl` of "call", and "told a news
/// conference that Tarvenia had conceded nothing" with it an `acl` of "conference". A clause
/// opened by "that" as a subordinator, hung on a noun that is, or hangs through `nmod` and
/// `appos` on, an object or oblique of a verb of telling that has no complement clause, is what
/// was told: the verb's `ccomp`. So is one hung on the time of a verb of saying, thinking or
/// finding ("found on Friday that commanders had made errors"). "that" is a subordinator when
/// the parser says so, or when the clause has a subject and an object of its own besides it
/// (so it fills no gap).
fn told_clauses_on_nouns(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (clause, t) in tokens.iter().enumerate() {
        if !matches!(t.deprel.as_str(), "acl" | "acl:relcl") {
            continue;
        }
        let Some(noun) = head_of(tokens, clause).filter(|&n| n < clause) else {
            continue;
        };
        let (first, _) = extent(tokens, clause);
        let own = |rel: &str| {
            kids_of(tokens, clause).any(|k| tokens[k].deprel.starts_with(rel) && k != first)
        };
        let that = tokens[first].form.eq_ignore_ascii_case("that")
            && tokens[first].head == clause + 1
            && (tokens[first].deprel == "mark" || (own("obj") && own("nsubj")));
        if !that || !own("nsubj") {
            continue;
        }
        // Up from the noun through modifiers of nouns to a dependent of the verb (a few steps:
        // a damaged tree may loop).
        let mut n = noun;
        for _ in 0..8 {
            match head_of(tokens, n) {
                Some(h) if matches!(tokens[n].deprel.as_str(), "nmod" | "appos" | "compound") => {
                    n = h
                }
                _ => break,
            }
        }
        let arg = tokens[n].deprel.as_str();
        if !(matches!(arg, "obj" | "iobj") || arg.starts_with("obl")) {
            continue;
        }
        let Some(verb) = head_of(tokens, n).filter(|&v| v < n) else {
            continue;
        };
        let lemma = tokens[verb].lemma.to_lowercase();
        // A participle modifying a noun is no telling: "a red flag warning through Thursday,
        // warning that ..." has the tagger's "warning" an `acl` of "flag".
        let verbal = tokens[verb].upos == "VERB" && !tokens[verb].deprel.starts_with("acl");
        let telling = TELLING.contains(&lemma.as_str());
        let when = n == noun
            && arg.starts_with("obl")
            && TIME_WORDS.contains(&tokens[n].lemma.to_lowercase().as_str())
            && (says_or_thinks(&lemma) || matches!(lemma.as_str(), "find" | "conclude"));
        if verbal
            && (telling || when)
            && !kids_of(tokens, verb).any(|k| tokens[k].deprel == "ccomp")
        {
            out.push((clause, verb));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotate::repair::repaired;
    use crate::annotate::repair::testing::{arcs_of, tokens};

    #[test]
    fn a_second_report_on_its_coordinator_is_the_first_ones_conjunct() {
        // "He said the fine was welcome but that victims got nothing ." with "but" on "said"
        // and "got" hung on "but".
        let spec = [
            ("He", "he", "PRON", "PRP", 2, "nsubj"),
            ("said", "say", "VERB", "VBD", 0, "root"),
            ("the", "the", "DET", "DT", 4, "det"),
            ("fine", "fine", "NOUN", "NN", 6, "nsubj"),
            ("was", "be", "AUX", "VBD", 6, "cop"),
            ("welcome", "welcome", "ADJ", "JJ", 2, "ccomp"),
            ("but", "but", "CCONJ", "CC", 2, "cc"),
            ("that", "that", "SCONJ", "IN", 10, "mark"),
            ("victims", "victim", "NOUN", "NNS", 10, "nsubj"),
            ("got", "get", "VERB", "VBD", 7, "ccomp"),
            ("nothing", "nothing", "PRON", "NN", 10, "obj"),
            (".", ".", "PUNCT", ".", 2, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(arcs[9], (6, "conj"));
        assert_eq!(arcs[6], (10, "cc"));
    }

    #[test]
    fn a_modal_conjunct_of_a_report_continues_the_reported_clause() {
        // "He said it would be headed by Molnary and would report ." with "report" a
        // conjunct of "said".
        let spec = [
            ("He", "he", "PRON", "PRP", 2, "nsubj"),
            ("said", "say", "VERB", "VBD", 0, "root"),
            ("it", "it", "PRON", "PRP", 6, "nsubj:pass"),
            ("would", "would", "AUX", "MD", 6, "aux"),
            ("be", "be", "AUX", "VB", 6, "aux:pass"),
            ("headed", "head", "VERB", "VBN", 2, "ccomp"),
            ("by", "by", "ADP", "IN", 8, "case"),
            ("Molnary", "Molnary", "PROPN", "NNP", 6, "obl:agent"),
            ("and", "and", "CCONJ", "CC", 11, "cc"),
            ("would", "would", "AUX", "MD", 11, "aux"),
            ("report", "report", "VERB", "VB", 2, "conj"),
            (".", ".", "PUNCT", ".", 2, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        assert_eq!(arcs_of(&fixed)[10], (6, "conj"));
        // Without the modal the conjunct may be the speaker's ("said ... and left").
        let mut bare = spec;
        bare[9] = ("then", "then", "ADV", "RB", 11, "advmod");
        assert!(modal_conjuncts_of_reports(&tokens(&bare)).is_empty());
        // Nor with a subject of its own.
        let mut own = spec;
        own[8] = ("she", "she", "PRON", "PRP", 11, "nsubj");
        assert!(modal_conjuncts_of_reports(&tokens(&own)).is_empty());
        // "He told them Ilves denies it and would resign ." with "resign" a conjunct of
        // "told": a modal of the past after a reported clause with its own subject.
        let spec = [
            ("He", "he", "PRON", "PRP", 2, "nsubj"),
            ("told", "tell", "VERB", "VBD", 0, "root"),
            ("them", "they", "PRON", "PRP", 2, "iobj"),
            ("Ilves", "Ilves", "PROPN", "NNP", 5, "nsubj"),
            ("denies", "deny", "VERB", "VBZ", 2, "ccomp"),
            ("it", "it", "PRON", "PRP", 5, "obj"),
            ("and", "and", "CCONJ", "CC", 9, "cc"),
            ("would", "would", "AUX", "MD", 9, "aux"),
            ("resign", "resign", "VERB", "VB", 2, "conj"),
            (".", ".", "PUNCT", ".", 2, "punct"),
        ];
        assert_eq!(modal_conjuncts_of_reports(&tokens(&spec)), [(8, 4)]);
        // "will" after the past tense of the report is the speaker's own plan.
        let mut will = spec;
        will[7] = ("will", "will", "AUX", "MD", 9, "aux");
        assert!(modal_conjuncts_of_reports(&tokens(&will)).is_empty());
    }

    #[test]
    fn a_clause_hung_on_its_that_is_what_was_told() {
        // "Lee told reporters that rescuers had reached them ." with "that" an `nmod` of
        // "reporters" and the clause its complement.
        let spec = [
            ("Lee", "Lee", "PROPN", "NNP", 2, "nsubj"),
            ("told", "tell", "VERB", "VBD", 0, "root"),
            ("reporters", "reporter", "NOUN", "NNS", 2, "iobj"),
            ("that", "that", "SCONJ", "IN", 3, "nmod"),
            ("rescuers", "rescuer", "NOUN", "NNS", 7, "nsubj"),
            ("had", "have", "AUX", "VBD", 7, "aux"),
            ("reached", "reach", "VERB", "VBN", 4, "ccomp"),
            ("them", "they", "PRON", "PRP", 7, "obj"),
            (".", ".", "PUNCT", ".", 2, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        assert_eq!(arcs_of(&fixed)[3], (7, "mark"));
        assert_eq!(arcs_of(&fixed)[6], (2, "ccomp"));
        // After a noun no verb of telling takes, the clause stays on the noun ("rejected the
        // claim that rescuers had reached them").
        let mut claim = spec;
        claim[1] = ("rejected", "reject", "VERB", "VBD", 0, "root");
        claim[2] = ("claim", "claim", "NOUN", "NN", 2, "obj");
        let fixed = repaired(&tokens(&claim)).expect("a repair");
        assert_eq!(
            (arcs_of(&fixed)[3], arcs_of(&fixed)[6]),
            ((7, "mark"), (3, "acl"))
        );
        // A clause without a subject is left alone.
        let mut bare = spec;
        bare[4] = ("soon", "soon", "ADV", "RB", 7, "advmod");
        assert!(repaired(&tokens(&bare)).is_none());
    }

    #[test]
    fn that_after_the_person_told_opens_what_they_were_told() {
        // "Okonsky told reporters that her client would appeal ." with "appeal" a relative
        // clause on "reporters" and "that" its object.
        let spec = [
            ("Okonsky", "Okonsky", "PROPN", "NNP", 2, "nsubj"),
            ("told", "tell", "VERB", "VBD", 0, "root"),
            ("reporters", "reporter", "NOUN", "NNS", 2, "iobj"),
            ("that", "that", "PRON", "WDT", 8, "obj"),
            ("her", "her", "PRON", "PRP$", 6, "nmod:poss"),
            ("client", "client", "NOUN", "NN", 8, "nsubj"),
            ("would", "would", "AUX", "MD", 8, "aux"),
            ("appeal", "appeal", "VERB", "VB", 3, "acl:relcl"),
            (".", ".", "PUNCT", ".", 2, "punct"),
        ];
        assert_eq!(content_clauses(&tokens(&spec)), [(7, 3, Some(1))]);
        // Not on a person nobody tells anything ("met reporters that her client would ...").
        let mut met = spec;
        met[1] = ("met", "meet", "VERB", "VBD", 0, "root");
        assert!(content_clauses(&tokens(&met)).is_empty());
        // Nor when "that" has no subject after it: it is the clause's subject.
        let mut subject = spec;
        subject[3] = ("that", "that", "PRON", "WDT", 8, "nsubj");
        subject[5] = ("client", "client", "NOUN", "NN", 8, "obj");
        assert!(content_clauses(&tokens(&subject)).is_empty());
    }

    #[test]
    fn a_relative_that_beside_an_object_marks_a_content_clause() {
        // "a warning that the move would weaken Kyiv" with "that" read as the object.
        let mut toks = tokens(&[
            ("a", "a", "DET", "DT", 2, "det"),
            ("warning", "warning", "NOUN", "NN", 0, "root"),
            ("that", "that", "PRON", "WDT", 7, "obj"),
            ("the", "the", "DET", "DT", 5, "det"),
            ("move", "move", "NOUN", "NN", 7, "nsubj"),
            ("would", "would", "AUX", "MD", 7, "aux"),
            ("weaken", "weaken", "VERB", "VB", 2, "acl:relcl"),
            ("Kyiv", "Kyiv", "PROPN", "NNP", 7, "obj"),
        ]);
        let fixed = repaired(&toks).expect("a repair");
        assert_eq!(
            (fixed[2].deprel.as_str(), fixed[6].deprel.as_str()),
            ("mark", "acl")
        );
        // "a town that the move would weaken Kyiv": a noun that takes no content clause.
        toks[1].lemma = "town".into();
        assert!(repaired(&toks).is_none());
        // "the warning that the move would weaken": one object, a real relative clause.
        toks[1].lemma = "warning".into();
        toks.pop();
        assert!(repaired(&toks).is_none());
        // "told Wire that doctors raised concerns" with "raised" a relative clause on the
        // person told: the teller's content clause.
        let tell = [
            ("Sources", "source", "NOUN", "NNS", 2, "nsubj"),
            ("told", "tell", "VERB", "VBD", 0, "root"),
            ("Wire", "wire", "NOUN", "NN", 2, "iobj"),
            ("that", "that", "PRON", "WDT", 6, "obj"),
            ("doctors", "doctor", "NOUN", "NNS", 6, "nsubj"),
            ("raised", "raise", "VERB", "VBD", 3, "acl:relcl"),
            ("concerns", "concern", "NOUN", "NNS", 6, "obj"),
        ];
        let fixed = repaired(&tokens(&tell)).expect("a repair");
        assert_eq!((fixed[5].head, fixed[5].deprel.as_str()), (2, "ccomp"));
        assert_eq!((fixed[3].head, fixed[3].deprel.as_str()), (6, "mark"));
        // Not for a verb that tells nothing ("sold Wire that ...").
        let mut sold = tell;
        sold[1] = ("sold", "sell", "VERB", "VBD", 0, "root");
        assert!(repaired(&tokens(&sold)).is_none());
    }

    #[test]
    fn the_speakers_second_verb_goes_with_the_verb_of_saying() {
        // "The NPA said the strike was costing millions and accused the union ." with
        // "accused" a conjunct of "costing".
        let spec = [
            ("The", "the", "DET", "DT", 2, "det"),
            ("NPA", "NPA", "PROPN", "NNP", 3, "nsubj"),
            ("said", "say", "VERB", "VBD", 0, "root"),
            ("the", "the", "DET", "DT", 5, "det"),
            ("strike", "strike", "NOUN", "NN", 7, "nsubj"),
            ("was", "be", "AUX", "VBD", 7, "aux"),
            ("costing", "cost", "VERB", "VBG", 3, "ccomp"),
            ("millions", "million", "NOUN", "NNS", 7, "obj"),
            ("and", "and", "CCONJ", "CC", 10, "cc"),
            ("accused", "accuse", "VERB", "VBD", 7, "conj"),
            ("the", "the", "DET", "DT", 12, "det"),
            ("union", "union", "NOUN", "NN", 10, "obj"),
            (".", ".", "PUNCT", ".", 3, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        assert_eq!((fixed[9].head, fixed[9].deprel.as_str()), (3, "conj"));
        // "was costing millions and rising": a participle is the reported verb's conjunct; so
        // is a past tense after a reported past tense ("said prices rose and fell").
        let mut rising = spec;
        rising[9] = ("rising", "rise", "VERB", "VBG", 7, "conj");
        assert!(repaired(&tokens(&rising)).is_none());
        let mut rose = spec;
        rose[5] = ("really", "really", "ADV", "RB", 7, "advmod");
        rose[6] = ("rose", "rise", "VERB", "VBD", 3, "ccomp");
        assert!(repaired(&tokens(&rose)).is_none());
        // "said the strike was a disgrace and accused the union": a copular reported clause,
        // with something a speaker does after it; not "and attacked the union".
        let mut copular = spec;
        copular[5] = ("was", "be", "AUX", "VBD", 7, "cop");
        copular[6] = ("disgrace", "disgrace", "NOUN", "NN", 3, "ccomp");
        copular[7] = ("utterly", "utterly", "ADV", "RB", 7, "advmod");
        let fixed = repaired(&tokens(&copular)).expect("a repair");
        assert_eq!((fixed[9].head, fixed[9].deprel.as_str()), (3, "conj"));
        copular[9] = ("attacked", "attack", "VERB", "VBD", 7, "conj");
        assert!(reports_continued_as_conjuncts(&tokens(&copular)).is_empty());
        // "said the strike really costs millions and accused the union": a reported present
        // tense shares no subject with a past tense, nor does a modal's bare verb ("will
        // cost").
        let mut present = spec;
        present[5] = ("really", "really", "ADV", "RB", 7, "advmod");
        present[6] = ("costs", "cost", "VERB", "VBZ", 3, "ccomp");
        let fixed = repaired(&tokens(&present)).expect("a repair");
        assert_eq!((fixed[9].head, fixed[9].deprel.as_str()), (3, "conj"));
        // Tagged as a participle with an object, it is a past tense all the same.
        let mut participle = present;
        participle[9] = ("accused", "accuse", "VERB", "VBN", 7, "conj");
        let fixed = repaired(&tokens(&participle)).expect("a repair");
        assert_eq!((fixed[9].head, fixed[9].xpos.as_str()), (3, "VBD"));
        present[5] = ("will", "will", "AUX", "MD", 7, "aux");
        present[6] = ("cost", "cost", "VERB", "VB", 3, "ccomp");
        assert_eq!(reports_continued_as_conjuncts(&tokens(&present)), [(9, 2)]);
        // A bare verb after "to" is no modal's: "said the strike had to cost" is the rules
        // above.
        present[5] = ("to", "to", "PART", "TO", 7, "mark");
        assert!(reports_continued_as_conjuncts(&tokens(&present)).is_empty());
    }

    #[test]
    fn a_second_report_with_its_own_that_clause_is_the_speakers() {
        // "The firm confirmed that the report existed but insisted that it passed ." with
        // "insisted" a conjunct of "existed".
        let spec = [
            ("The", "the", "DET", "DT", 2, "det"),
            ("firm", "firm", "NOUN", "NN", 3, "nsubj"),
            ("confirmed", "confirm", "VERB", "VBD", 0, "root"),
            ("that", "that", "SCONJ", "IN", 7, "mark"),
            ("the", "the", "DET", "DT", 6, "det"),
            ("report", "report", "NOUN", "NN", 7, "nsubj"),
            ("existed", "exist", "VERB", "VBD", 3, "ccomp"),
            ("but", "but", "CCONJ", "CC", 9, "cc"),
            ("insisted", "insist", "VERB", "VBD", 7, "conj"),
            ("that", "that", "SCONJ", "IN", 12, "mark"),
            ("it", "it", "PRON", "PRP", 12, "nsubj"),
            ("passed", "pass", "VERB", "VBD", 9, "ccomp"),
            (".", ".", "PUNCT", ".", 3, "punct"),
        ];
        assert_eq!(reports_continued_as_conjuncts(&tokens(&spec)), [(8, 2)]);
        // Not a verb that reports nothing ("but failed that ..." is no report), nor one
        // without its own "that" clause, nor after a reported clause without "that".
        let mut failed = spec;
        failed[8] = ("failed", "fail", "VERB", "VBD", 7, "conj");
        assert!(reports_continued_as_conjuncts(&tokens(&failed)).is_empty());
        let mut bare = spec;
        bare[9] = ("so", "so", "ADV", "RB", 12, "advmod");
        assert!(reports_continued_as_conjuncts(&tokens(&bare)).is_empty());
        let mut unmarked = spec;
        unmarked[3] = ("now", "now", "ADV", "RB", 7, "advmod");
        assert!(reports_continued_as_conjuncts(&tokens(&unmarked)).is_empty());
    }

    #[test]
    fn a_verb_with_an_object_after_a_granted_passive_is_the_speakers() {
        // "Leal accepted that mistakes had been made but rejected the finding ." with
        // "rejected" a participle conjunct of "made".
        let spec = [
            ("Leal", "Leal", "PROPN", "NNP", 2, "nsubj"),
            ("accepted", "accept", "VERB", "VBD", 0, "root"),
            ("that", "that", "SCONJ", "IN", 7, "mark"),
            ("mistakes", "mistake", "NOUN", "NNS", 7, "nsubj:pass"),
            ("had", "have", "AUX", "VBD", 7, "aux"),
            ("been", "be", "AUX", "VBN", 7, "aux:pass"),
            ("made", "make", "VERB", "VBN", 2, "ccomp"),
            ("but", "but", "CCONJ", "CC", 9, "cc"),
            ("rejected", "rejected", "VERB", "VBN", 7, "conj"),
            ("the", "the", "DET", "DT", 11, "det"),
            ("finding", "finding", "NOUN", "NN", 9, "obj"),
            (".", ".", "PUNCT", ".", 2, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        assert_eq!((fixed[8].head, fixed[8].deprel.as_str()), (2, "conj"));
        assert_eq!(
            (fixed[8].xpos.as_str(), fixed[8].lemma.as_str()),
            ("VBD", "reject")
        );
        // Without an object the participle shares the auxiliaries ("had been made but
        // corrected"); after a verb that grants nothing, it stays.
        let mut bare = spec;
        bare[9] = ("quickly", "quickly", "ADV", "RB", 9, "advmod");
        bare[10] = ("corrected", "correct", "VERB", "VBN", 9, "xcomp");
        assert!(reports_continued_as_conjuncts(&tokens(&bare)).is_empty());
        let mut hoped = spec;
        hoped[1] = ("regretted", "regret", "VERB", "VBD", 0, "root");
        assert!(reports_continued_as_conjuncts(&tokens(&hoped)).is_empty());
    }

    #[test]
    fn a_reported_clause_hung_on_a_time_is_what_was_said() {
        // "Stanek said on Thursday morning that passengers were missing ." with the clause a
        // relative clause of "morning".
        let spec = [
            ("Stanek", "Stanek", "PROPN", "NNP", 2, "nsubj"),
            ("said", "say", "VERB", "VBD", 0, "root"),
            ("on", "on", "ADP", "IN", 5, "case"),
            ("Thursday", "Thursday", "PROPN", "NNP", 5, "compound"),
            ("morning", "morning", "NOUN", "NN", 2, "obl"),
            ("that", "that", "PRON", "WDT", 9, "mark"),
            ("passengers", "passenger", "NOUN", "NNS", 9, "nsubj"),
            ("were", "be", "AUX", "VBD", 9, "cop"),
            ("missing", "missing", "ADJ", "JJ", 5, "acl:relcl"),
            (".", ".", "PUNCT", ".", 2, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        assert_eq!((fixed[8].head, fixed[8].deprel.as_str()), (2, "ccomp"));
        assert_eq!((fixed[5].head, fixed[5].deprel.as_str()), (9, "mark"));
        // "that" as the clause's subject: a real relative clause ("the morning that was
        // coldest"); a verb that reports nothing ("arrived on the morning that ...").
        let mut own = spec;
        own[5] = ("that", "that", "PRON", "WDT", 9, "nsubj");
        own[6] = ("very", "very", "ADV", "RB", 9, "advmod");
        assert!(repaired(&tokens(&own)).is_none());
        let mut arrived = spec;
        arrived[1] = ("arrived", "arrive", "VERB", "VBD", 0, "root");
        assert!(repaired(&tokens(&arrived)).is_none());
        // Any other oblique, when the clause has no gap for "that" to fill: "said on a report
        // that passengers were missing" (copular), but not "on a report that passengers read"
        // with "that" the object.
        let mut report = spec;
        report[3] = ("a", "a", "DET", "DT", 5, "det");
        report[4] = ("report", "report", "NOUN", "NN", 2, "obl");
        let fixed = repaired(&tokens(&report)).expect("a repair");
        assert_eq!((fixed[8].head, fixed[8].deprel.as_str()), (2, "ccomp"));
        let mut read = report;
        read[5] = ("that", "that", "PRON", "WDT", 9, "obj");
        read[7] = ("often", "often", "ADV", "RB", 9, "advmod");
        read[8] = ("read", "read", "VERB", "VBD", 5, "acl:relcl");
        assert!(reported_clauses_on_obliques(&tokens(&read)).is_empty());
        // "said in a statement that Kelleher had left": in a carrier of words, "that" right
        // after it opens what was said even with a gap to fill; not after another noun.
        let mut left = read;
        left[2] = ("in", "in", "ADP", "IN", 5, "case");
        left[4] = ("statement", "statement", "NOUN", "NN", 2, "obl");
        left[6] = ("Kelleher", "Kelleher", "PROPN", "NNP", 9, "nsubj");
        left[8] = ("left", "leave", "VERB", "VBD", 5, "acl:relcl");
        let fixed = repaired(&tokens(&left)).expect("a repair");
        assert_eq!((fixed[8].head, fixed[8].deprel.as_str()), (2, "ccomp"));
        let mut hall = left;
        hall[4] = ("hall", "hall", "NOUN", "NN", 2, "obl");
        assert!(reported_clauses_on_obliques(&tokens(&hall)).is_empty());
    }

    #[test]
    fn the_clause_told_goes_to_the_verb_of_telling() {
        // "Brandt told reporters on a call that owners would get refunds ." with the clause a
        // relative clause of "call".
        let spec = [
            ("Brandt", "Brandt", "PROPN", "NNP", 2, "nsubj"),
            ("told", "tell", "VERB", "VBD", 0, "root"),
            ("reporters", "reporter", "NOUN", "NNS", 2, "iobj"),
            ("on", "on", "ADP", "IN", 6, "case"),
            ("a", "a", "DET", "DT", 6, "det"),
            ("call", "call", "NOUN", "NN", 2, "obl"),
            ("that", "that", "PRON", "WDT", 10, "mark"),
            ("owners", "owner", "NOUN", "NNS", 10, "nsubj"),
            ("would", "would", "AUX", "MD", 10, "aux"),
            ("get", "get", "VERB", "VB", 6, "acl:relcl"),
            ("refunds", "refund", "NOUN", "NNS", 10, "obj"),
            (".", ".", "PUNCT", ".", 2, "punct"),
        ];
        assert_eq!(told_clauses_on_nouns(&tokens(&spec)), [(9, 1)]);
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        assert_eq!(arcs_of(&fixed)[9], (2, "ccomp"));
        assert_eq!(
            (fixed[6].upos.as_str(), fixed[6].xpos.as_str()),
            ("SCONJ", "IN")
        );
        // "that" as the clause's own subject is a relative pronoun: "a call that lasted".
        let mut relative = spec;
        relative[6] = ("that", "that", "PRON", "WDT", 10, "nsubj");
        relative[7] = ("soon", "soon", "ADV", "RB", 10, "advmod");
        assert!(told_clauses_on_nouns(&tokens(&relative)).is_empty());
        // A verb with a complement clause already keeps it; so does a verb that is no telling.
        let mut said = spec;
        said[1] = ("said", "say", "VERB", "VBD", 0, "root");
        assert!(told_clauses_on_nouns(&tokens(&said)).is_empty());
        let mut told_already = spec;
        told_already[11] = ("left", "leave", "VERB", "VBD", 2, "ccomp");
        assert!(told_clauses_on_nouns(&tokens(&told_already)).is_empty());
        // "The inquiry found on Friday that commanders made errors ." with "that" read as the
        // relative clause's object, though the clause has an object of its own.
        let found = [
            ("The", "the", "DET", "DT", 2, "det"),
            ("inquiry", "inquiry", "NOUN", "NN", 3, "nsubj"),
            ("found", "find", "VERB", "VBD", 0, "root"),
            ("on", "on", "ADP", "IN", 5, "case"),
            ("Friday", "Friday", "PROPN", "NNP", 3, "obl"),
            ("that", "that", "PRON", "WDT", 8, "obj"),
            ("commanders", "commander", "NOUN", "NNS", 8, "nsubj"),
            ("made", "make", "VERB", "VBD", 5, "acl:relcl"),
            ("errors", "error", "NOUN", "NNS", 8, "obj"),
            (".", ".", "PUNCT", ".", 3, "punct"),
        ];
        assert_eq!(told_clauses_on_nouns(&tokens(&found)), [(7, 2)]);
        let fixed = repaired(&tokens(&found)).expect("a repair");
        assert_eq!(
            (arcs_of(&fixed)[7], arcs_of(&fixed)[5]),
            ((3, "ccomp"), (8, "mark"))
        );
        // Without an object of its own "that" fills the gap: "the day that commanders chose".
        let mut gap = found;
        gap[8] = ("soon", "soon", "ADV", "RB", 8, "advmod");
        assert!(told_clauses_on_nouns(&tokens(&gap)).is_empty());
        // Only the time of a verb of saying or finding: "met on Friday that ..." is left.
        let mut met = found;
        met[2] = ("met", "meet", "VERB", "VBD", 0, "root");
        assert!(told_clauses_on_nouns(&tokens(&met)).is_empty());
    }
}
