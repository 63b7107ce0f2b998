//! The clause a verb of saying reports: its subject read as the verb's object, its verb read as a
//! participle or an adjective.
//!
//! The reported subject read as an object. In "Y, saying the country would not give up" the
//! parser can make "country" the object of "saying" and leave "give" without a subject (or make
//! "saying" the clausal subject of "give"). A reporting verb does not take a noun object and a
//! bare finite clause at once: the noun is the clause's subject, the clause the verb's `ccomp`.
//!
//! The reported past read as a participle. "Police arrested 12 people near the station, a
//! spokesman said" can come out with "arrested" tagged as a participle modifying "Police", both
//! "Police" and "spokesman" subjects of "said" and "people" its complement. The participle is
//! the reported clause's verb, with "Police" its subject and "people" its object.

use super::draft::Draft;
use super::tree_helpers::{
    extent, finite_clause, has_case, head_of, kids_of, sole_subject, subject_rel, under,
};
use super::words::{INVERTIBLE, SUBORDINATORS, make_finite, reports};
use crate::document::Token;

/// Repair 78: mends what [`of_phrases_read_as_subjects`] finds.
pub(super) fn fix_of_phrases_read_as_subjects(d: &mut Draft) {
    for (noun, phrase, clause) in of_phrases_read_as_subjects(d.base()) {
        let fixed = d.edit();
        let of = extent(fixed, phrase).0 - 1;
        let rel = subject_rel(fixed, clause);
        let say = fixed[noun].head;
        (fixed[clause].head, fixed[clause].deprel) = (say, "ccomp".into());
        (fixed[noun].head, fixed[noun].deprel) = (clause + 1, rel.into());
        (fixed[phrase].head, fixed[phrase].deprel) = (noun + 1, "nmod".into());
        let o = &mut fixed[of];
        (o.head, o.deprel, o.upos) = (phrase + 1, "case".into(), "ADP".into());
    }
}

/// Prepositions that open a noun phrase, never a clause with a finite verb.
const PHRASE_ONLY: &[&str] = &[
    "about", "against", "among", "between", "from", "into", "of", "with", "without",
];

/// Repair 78: an "of" phrase read as the subject of a reported clause.
///
/// Triples (noun, phrase, clause): "experts said stolen works of this kind were rarely sold"
/// can come out with "works" the object of "said", "sold" a clause on it and "of this kind"
/// its subject. A subject takes no preposition; after a verb of saying, the object is the
/// clause's subject, the "of" phrase its modifier, and the clause what was said. The same for
/// the other prepositions that never open a finite clause ("said talks with a potential
/// investor had collapsed").
fn of_phrases_read_as_subjects(tokens: &[Token]) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    for (v, tk) in tokens.iter().enumerate() {
        if tk.upos != "VERB" || tk.deprel != "acl" || !finite_clause(tokens, v) {
            continue;
        }
        let Some(n) = head_of(tokens, v).filter(|&n| n < v && tokens[n].deprel == "obj") else {
            continue;
        };
        let reporting = head_of(tokens, n)
            .is_some_and(|r| tokens[r].upos == "VERB" && reports(&tokens[r].lemma.to_lowercase()));
        let Some(s) = sole_subject(tokens, v) else {
            continue;
        };
        let of = extent(tokens, s).0.checked_sub(1);
        let of = of.filter(|&o| {
            PHRASE_ONLY.contains(&tokens[o].form.to_lowercase().as_str())
                && matches!(tokens[o].deprel.as_str(), "mark" | "case")
                && o > n
                && (n + 1..o).all(|k| under(tokens, k, &[n]))
                && s < v
        });
        if let (true, Some(_)) = (reporting, of) {
            out.push((n, s, v));
        }
    }
    out
}

/// Mends what [`past_read_as_participle`] finds.
pub(super) fn fix_past_read_as_participle(d: &mut Draft) {
    if let Some((subject, verb, object, said)) = past_read_as_participle(d.base()) {
        let fixed = d.edit();
        fixed[verb].head = said + 1;
        fixed[verb].deprel = "ccomp".into();
        fixed[subject].head = verb + 1;
        fixed[subject].deprel = "nsubj".into();
        fixed[object].head = verb + 1;
        fixed[object].deprel = "obj".into();
    }
}

/// (subject, verb, object, said): "Police arrested 12 people near the station, a spokesman
/// said" with "arrested" read as a participle modifying "Police" (`acl`), "people" as the
/// complement of "said" and "Police" as a second subject of "said". A reporting verb with two
/// subjects, the first carrying a bare participle right after it and the complement starting
/// right after that participle, is a reported clause whose verb was mistagged.
/// Triples (reporting verb, first subject, second subject) where a reporting verb has exactly
/// two subjects and the first carries a past participle right after it (`acl`, its only
/// dependent after it): the shape repairs 17 and 18 start from. The participle is `first + 1`.
fn participles_on_first_of_two_subjects(
    tokens: &[Token],
) -> impl Iterator<Item = (usize, usize, usize)> + '_ {
    (0..tokens.len()).filter_map(move |v| {
        let tk = &tokens[v];
        if tk.upos != "VERB" || !INVERTIBLE.contains(&tk.lemma.to_lowercase().as_str()) {
            return None;
        }
        let subjects: Vec<usize> = kids_of(tokens, v)
            .filter(|&c| tokens[c].deprel == "nsubj")
            .collect();
        let [first, second] = subjects[..] else {
            return None;
        };
        let verb = first + 1;
        let participle = verb < second
            && tokens[verb].head == first + 1
            && tokens[verb].deprel == "acl"
            && tokens[verb].upos == "VERB"
            && matches!(tokens[verb].xpos.as_str(), "VBN" | "VBD")
            && kids_of(tokens, first).all(|c| c < first || c == verb);
        participle.then_some((v, first, second))
    })
}

fn past_read_as_participle(tokens: &[Token]) -> Option<(usize, usize, usize, usize)> {
    let kids = |h: usize| kids_of(tokens, h);
    for (v, first, second) in participles_on_first_of_two_subjects(tokens) {
        let verb = first + 1;
        let bare = kids(verb).next().is_none();
        let object = kids(v).find(|&c| {
            tokens[c].deprel == "ccomp"
                && matches!(tokens[c].upos.as_str(), "NOUN" | "PROPN")
                && verb < c
                && c < second
                && (verb + 1..c).all(|k| tokens[k].head == c + 1)
        });
        // The speaker comes after a comma, right before the verb.
        let inverted = (verb..second).any(|k| tokens[k].form == ",");
        if let (true, true, Some(object)) = (bare, inverted, object) {
            return Some((first, verb, object, v));
        }
    }
    None
}

/// Repair 18: mends what [`reported_clause_read_as_participle`] finds.
pub(super) fn fix_reported_clause_read_as_participle(d: &mut Draft) {
    if let Some((subject, verb, ing)) = reported_clause_read_as_participle(d.base()) {
        let fixed = d.edit();
        if let Some(x) = ing {
            fixed[x].head = verb + 1;
            fixed[x].deprel = "advcl".into();
        }
        fixed[verb].head = fixed[subject].head;
        fixed[verb].deprel = "ccomp".into();
        fixed[subject].head = verb + 1;
        fixed[subject].deprel = "nsubj".into();
    }
}

/// Repair 18: a whole reported clause read as a participle on its subject.
///
/// Pairs (subject, verb): "A bomb exploded at a market , killing 12 people , police said" read
/// with "exploded" as a participle modifying "bomb" and "bomb" as a first subject of "said",
/// beside "police". Unlike [`past_read_as_participle`], the clause kept its dependents under
/// the participle. A reporting verb with two subjects, the first carrying a participle right
/// after it with no auxiliary, marker or subject, whose dependents all end before the comma in
/// front of the second subject: the participle is the reported clause's verb. An -ing clause
/// among those words that the parser hung on the reporting verb ("..., killing 41 people, the
/// agency said") becomes the participle's adverbial clause.
fn reported_clause_read_as_participle(tokens: &[Token]) -> Option<(usize, usize, Option<usize>)> {
    for (v, first, second) in participles_on_first_of_two_subjects(tokens) {
        let verb = first + 1;
        let plain = !kids_of(tokens, verb).any(|c| {
            matches!(tokens[c].deprel.as_str(), "aux" | "aux:pass" | "mark")
                || tokens[c].deprel.starts_with("nsubj")
        });
        if !plain {
            continue;
        }
        // Everything between the participle and the second subject's phrase hangs below the
        // participle, and a comma opens the speaker's phrase.
        let Some(comma) = (verb..second).rev().find(|&k| tokens[k].form == ",") else {
            continue;
        };
        // ", killing 41 people" can hang on the reporting verb instead: an -ing clause there,
        // inside the reported clause's words, goes with the participle.
        let ing = kids_of(tokens, v).find(|&x| {
            verb < x
                && x < comma
                && tokens[x].xpos == "VBG"
                && matches!(
                    tokens[x].deprel.as_str(),
                    "ccomp" | "advcl" | "xcomp" | "conj"
                )
        });
        let clause = (verb + 1..comma).all(|k| {
            under(tokens, k, &[verb]) || ing.is_some_and(|x| k == x || under(tokens, k, &[x]))
        });
        let speaker = (comma + 1..second).all(|k| under(tokens, k, &[second]));
        if clause && speaker {
            return Some((first, verb, ing));
        }
    }
    None
}

/// Repair 52: mends what [`reported_participles`] finds.
pub(super) fn fix_reported_participles(d: &mut Draft) {
    if let Some((said, subject, verb, object)) = reported_participles(d.base()) {
        let fixed = d.edit();
        make_finite(&mut fixed[verb], "VBD");
        (fixed[verb].head, fixed[verb].deprel) = (said + 1, "ccomp".into());
        (fixed[subject].head, fixed[subject].deprel) = (verb + 1, "nsubj".into());
        if let Some(o) = object {
            fixed[o].deprel = "obj".into();
        }
        // An active verb has no agent: "rose by 12 percent" says how far.
        for t in fixed.iter_mut() {
            if t.head == verb + 1 && t.deprel == "obl:agent" {
                t.deprel = "obl".into();
            }
        }
    }
}

/// The object of `said` when it is a verb of saying or thinking ([`reports`]) with no clause of
/// its own: where repairs 49, 52 and 55 look for a reported clause's subject the parser took.
fn report_object(tokens: &[Token], said: usize) -> Option<usize> {
    let t = &tokens[said];
    if t.upos != "VERB" || !reports(&t.lemma.to_lowercase()) {
        return None;
    }
    if kids_of(tokens, said).any(|c| matches!(tokens[c].deprel.as_str(), "ccomp" | "xcomp")) {
        return None;
    }
    kids_of(tokens, said).find(|&n| n > said && tokens[n].deprel == "obj")
}

/// Repair 52: the verb of a reported clause read as a participle on its subject.
///
/// Quadruple (verb of saying, subject, verb, object): "Officials estimate the storm caused
/// damage worth 2 billion dollars." can come out with "caused" (tagged `VBN`) an `acl` of
/// "storm", the object of "estimate", and its own object made an agent without "by". A verb
/// of saying or thinking ([`reports`]) with no clause of its own, whose noun object is followed
/// right away by such a participle without an auxiliary, that has an object (or an "agent"
/// without "by"): the participle is the reported clause's verb and the noun its subject. A
/// real reduced relative keeps its "by" ("the damage caused by the storm") or has no object.
/// A verb tagged past tense needs no object ("The company said fuel costs rose by 12
/// percent"): a finite verb heads no reduced relative, and its "by" phrase is no agent.
fn reported_participles(tokens: &[Token]) -> Option<(usize, usize, usize, Option<usize>)> {
    (0..tokens.len()).find_map(|said| {
        // A finite verb of saying: "developed to estimate the foam covered surface" is no report.
        if !matches!(tokens[said].xpos.as_str(), "VBD" | "VBZ" | "VBP") {
            return None;
        }
        let subject = report_object(tokens, said)?;
        let verb = subject + 1;
        let p = tokens.get(verb)?;
        let participle = p.upos == "VERB"
            && matches!(p.xpos.as_str(), "VBN" | "VBD")
            && p.deprel == "acl"
            && head_of(tokens, verb) == Some(subject)
            && matches!(tokens[subject].upos.as_str(), "NOUN" | "PROPN")
            && !kids_of(tokens, verb).any(|c| {
                matches!(
                    tokens[c].deprel.as_str(),
                    "aux" | "aux:pass" | "mark" | "nsubj"
                )
            });
        if !participle {
            return None;
        }
        let object = kids_of(tokens, verb).find(|&o| {
            o > verb
                && matches!(tokens[o].upos.as_str(), "NOUN" | "PROPN" | "NUM")
                && (tokens[o].deprel == "obj"
                    || tokens[o].deprel == "obl:agent" && !has_case(tokens, o, "by"))
        });
        // A past tense cannot head a reduced relative: no object needed ("said costs rose").
        if object.is_none() && p.xpos != "VBD" {
            return None;
        }
        Some((said, subject, verb, object))
    })
}

/// Repair 55: mends what [`compounds_split_by_reported_clauses`] finds.
pub(super) fn fix_compounds_split_by_reported_clauses(d: &mut Draft) {
    for (said, noun, subject, verb) in compounds_split_by_reported_clauses(d.base()) {
        let fixed = d.edit();
        for t in fixed[..noun].iter_mut() {
            if t.head == noun + 1 {
                t.head = subject + 1;
            }
        }
        (fixed[noun].head, fixed[noun].deprel) = (subject + 1, "compound".into());
        (fixed[verb].head, fixed[verb].deprel) = (said + 1, "ccomp".into());
    }
}

/// Repair 55: a reported clause whose subject's first noun was read as the object of the verb
/// of saying, and the clause as a relative clause on it.
///
/// Quadruples (verb of saying, first noun, subject, verb): "Traders said wheat prices rose
/// sharply." can come out with "wheat" the object of "said" and "rose" a relative clause on
/// "wheat" whose subject is "prices": traders said wheat. A verb of saying or thinking
/// ([`reports`]) with no clause of its own, whose noun object without a preposition is
/// followed right away by a noun that is the subject of a finite verb hung on the object as a
/// (relative) clause: the object modifies the subject, and the clause is what was said.
fn compounds_split_by_reported_clauses(tokens: &[Token]) -> Vec<(usize, usize, usize, usize)> {
    let noun = |i: usize| tokens[i].upos == "NOUN";
    (0..tokens.len())
        .filter_map(|said| {
            let first = report_object(tokens, said)?;
            let subject = first + 1;
            if subject >= tokens.len() {
                return None;
            }
            let verb = head_of(tokens, subject)?;
            let v = &tokens[verb];
            let clause = v.upos == "VERB"
                && matches!(v.xpos.as_str(), "VBD" | "VBZ" | "VBP")
                && matches!(v.deprel.as_str(), "acl" | "acl:relcl")
                && head_of(tokens, verb) == Some(first)
                && verb > subject;
            let split = noun(first)
                && noun(subject)
                && tokens[subject].deprel == "nsubj"
                && kids_of(tokens, first)
                    .all(|c| c < first && tokens[c].deprel != "case" || c == verb);
            (clause && split).then_some((said, first, subject, verb))
        })
        .collect()
}

/// Repair 49: mends what [`reported_verbs_read_as_adjectives`] finds.
pub(super) fn fix_reported_verbs_read_as_adjectives(d: &mut Draft) {
    if let Some(r) = reported_verbs_read_as_adjectives(d.base()) {
        let fixed = d.edit();
        make_finite(&mut fixed[r.verb], "VBD");
        (fixed[r.verb].head, fixed[r.verb].deprel) = (r.said + 1, "ccomp".into());
        (fixed[r.subject].head, fixed[r.subject].deprel) = (r.verb + 1, "nsubj".into());
        (fixed[r.object].head, fixed[r.object].deprel) = (r.verb + 1, "obj".into());
    }
}

/// A reported clause whose verb was read as an adjective
/// ([`reported_verbs_read_as_adjectives`]).
#[derive(Debug, PartialEq, Eq)]
struct ReportedAdjective {
    said: usize,
    subject: usize,
    verb: usize,
    object: usize,
}

/// Repair 49: the verb of a reported clause read as an adjective on its object.
///
/// "The minister said the tariffs violated trade rules." can come out with "violated" tagged
/// `JJ`, an `amod` of "rules", "tariffs" the object of "said" and "rules" a `nmod` of
/// "tariffs": the minister said tariffs. A verb of saying or thinking ([`reports`]) with a
/// noun object, followed right away by an -ed word that WordNet knows as a past tense, that
/// modifies a later noun hanging on the object or on the verb of saying, with nothing but that
/// noun's own words in between and no subordinator or other clause: the -ed word is the
/// reported clause's verb, the object its subject and the later noun its object.
fn reported_verbs_read_as_adjectives(tokens: &[Token]) -> Option<ReportedAdjective> {
    use crate::annotate::pos::wordnet;
    let nominal = |i: usize| matches!(tokens[i].upos.as_str(), "NOUN" | "PROPN");
    (0..tokens.len()).find_map(|said| {
        let subject = report_object(tokens, said)?;
        let verb = subject + 1;
        if !nominal(subject) || verb >= tokens.len() {
            return None;
        }
        let v = &tokens[verb];
        let lower = v.form.to_lowercase();
        let adjectival = v.deprel == "amod"
            && matches!(v.xpos.as_str(), "JJ" | "VBN" | "VBD")
            && lower.ends_with("ed")
            && wordnet::classes(&lower) & wordnet::VERB_ED != 0;
        let object = head_of(tokens, verb).filter(|&o| o > verb)?;
        let phrase = (verb + 1..object).all(|k| under(tokens, k, &[object]));
        let attached = matches!(head_of(tokens, object), Some(h) if h == subject || h == said);
        let plain = !kids_of(tokens, object).any(|c| tokens[c].deprel == "case")
            && (said + 1..object).all(|k| {
                tokens[k].upos != "SCONJ"
                    && tokens[k].upos != "PUNCT"
                    && !SUBORDINATORS.contains(&tokens[k].form.to_lowercase().as_str())
            });
        (adjectival && nominal(object) && phrase && attached && plain).then_some(
            ReportedAdjective {
                said,
                subject,
                verb,
                object,
            },
        )
    })
}

/// Repair 9: mends what [`reported_subjects`] finds.
pub(super) fn fix_reported_subjects(d: &mut Draft) {
    let reported = reported_subjects(d.base());
    if !reported.is_empty() {
        let fixed = d.edit();
        for r in reported {
            if let Some((participle, rest)) = r.csubj {
                // The participle takes the clause's place; the clause becomes its complement,
                // and punctuation before the participle moves with it.
                let (head, deprel) = (fixed[r.clause].head, fixed[r.clause].deprel.clone());
                for tk in fixed[..participle].iter_mut() {
                    if tk.head == r.clause + 1 && tk.upos == "PUNCT" {
                        tk.head = participle + 1;
                    }
                }
                fixed[participle].head = head;
                fixed[participle].deprel = deprel;
                fixed[r.clause].head = participle + 1;
                fixed[r.clause].deprel = rest.into();
            }
            if fixed[r.clause].head == r.noun + 1 {
                // The clause read as the noun's modifier takes the noun's place.
                fixed[r.clause].head = fixed[r.noun].head;
                fixed[r.clause].deprel = "ccomp".into();
            }
            if let Some(v) = r.verb {
                // The clause hung one level up comes down to the reporting verb.
                fixed[r.clause].head = v + 1;
                fixed[r.clause].deprel = "ccomp".into();
            }
            fixed[r.noun].head = r.clause + 1;
            fixed[r.noun].deprel = r.rel.into();
        }
    }
}

/// Repair 9: the subject of a reported clause read as the reporting verb's object.
#[derive(Debug, PartialEq, Eq)]
struct Reported {
    noun: usize,
    clause: usize,
    /// The noun's relation in the clause: `nsubj`, or `nsubj:pass` for a passive clause.
    rel: &'static str,
    /// `Some((participle, "ccomp"))` when the parser also turned the reporting participle into
    /// the clause's `csubj` ("..., saying her country would not give up" with "saying" as the
    /// clausal subject of "give").
    csubj: Option<(usize, &'static str)>,
    /// `Some(verb)` when the clause hangs on the reporting verb's head and comes down to it.
    verb: Option<usize>,
}

impl Reported {
    /// The noun as the subject of the clause, which stays where it hangs.
    fn of(tokens: &[Token], noun: usize, clause: usize) -> Reported {
        Reported {
            noun,
            clause,
            rel: subject_rel(tokens, clause),
            csubj: None,
            verb: None,
        }
    }
}

/// "Y, saying the country would not give up ...": a reporting verb with an object noun
/// phrase right before a finite clause that has no subject and no marker. No reporting verb
/// takes both a noun object and a bare finite clause, so the noun is the clause's subject. The
/// clause is the verb's `ccomp`, or (second reading) the verb, an -ing participle, is the
/// clause's `csubj`.
fn reported_subjects(tokens: &[Token]) -> Vec<Reported> {
    let kids = |h: usize| kids_of(tokens, h);
    let reporting = |v: usize| tokens[v].upos == "VERB" && reports(&tokens[v].lemma.to_lowercase());
    let subtree_end = |n: usize| {
        let mut end = n;
        let mut stack = vec![n];
        // A cycle (a damaged tree read from CoNLL-U) must not loop: a tree visits each word once.
        let mut budget = tokens.len();
        while let Some(x) = stack.pop() {
            if budget == 0 {
                break;
            }
            budget -= 1;
            for c in kids(x) {
                end = end.max(c);
                stack.push(c);
            }
        }
        end
    };
    // A finite clause without subject or marker, whose dependents fill the gap between the
    // noun phrase ending at `end` and the clause's verb `c`.
    let open_clause = |c: usize, end: usize| {
        // A copular clause ("insisted the offer was \"the best\"") is finite through its copula.
        let copular = matches!(tokens[c].upos.as_str(), "ADJ" | "NOUN")
            && kids(c).any(|a| tokens[a].deprel == "cop" && a < c);
        let finite = matches!(tokens[c].xpos.as_str(), "VBD" | "VBZ" | "VBP")
            || kids(c).any(|a| {
                matches!(tokens[a].deprel.as_str(), "aux" | "aux:pass" | "cop")
                    && matches!(tokens[a].xpos.as_str(), "MD" | "VBD" | "VBZ" | "VBP")
            });
        let no_subject = !kids(c).any(|a| {
            let d = tokens[a].deprel.as_str();
            d.starts_with("nsubj") || d == "expl" || d == "mark"
        });
        // A quotation mark may open the quoted part ("insisted it would \"not surrender").
        let gap = (end + 1..c).all(|i| {
            let quote = tokens[i].deprel == "punct"
                && matches!(tokens[i].form.as_str(), "\"" | "``" | "\u{201c}" | "'");
            let words = if copular {
                &["aux", "advmod", "cop", "det", "amod"][..]
            } else {
                &["aux", "aux:pass", "advmod"][..]
            };
            tokens[i].head == c + 1 && (words.contains(&tokens[i].deprel.as_str()) || quote)
        });
        (tokens[c].upos == "VERB" || copular) && finite && no_subject && gap && end < c
    };
    let nominal = |n: usize| matches!(tokens[n].upos.as_str(), "NOUN" | "PROPN" | "PRON");
    // "declared the ceasefire after Israel struck": a subordinator between the noun and the
    // clause, wherever the parser put it, makes the clause adverbial.
    let subordinated = |n: usize, c: usize| {
        (n..c).any(|i| {
            SUBORDINATORS.contains(&tokens[i].form.to_lowercase().as_str())
                || tokens[i].upos == "SCONJ"
        })
    };
    let mut out = Vec::new();
    for v in (0..tokens.len()).filter(|&v| reporting(v)) {
        let Some(n) = kids(v).find(|&n| n > v && tokens[n].deprel == "obj" && nominal(n)) else {
            continue;
        };
        let end = subtree_end(n);
        if subordinated(n, end.max(n) + 1) {
            continue;
        }
        // First reading: the clause is the verb's complement.
        if let Some(c) = kids(v).find(|&c| tokens[c].deprel == "ccomp" && c > n)
            && kids(v).filter(|&c| tokens[c].deprel == "ccomp").count() == 1
            && open_clause(c, end)
        {
            out.push(Reported::of(tokens, n, c));
            continue;
        }
        // Second reading: the clause hangs on the noun as a modifier ("saying engineers
        // needed months", with "needed" an `acl` of "engineers").
        // No relative clause without a relative word or a subject follows its noun ("the deal
        // would have given").
        if let Some(c) =
            kids(n).find(|&c| matches!(tokens[c].deprel.as_str(), "acl" | "acl:relcl") && c > n)
        {
            let before =
                (n..c).filter(|&k| k == n || (under(tokens, k, &[n]) && !under(tokens, k, &[c])));
            let end = before.max().unwrap_or(n);
            if open_clause(c, end) && !kids(v).any(|k| tokens[k].deprel == "ccomp") {
                out.push(Reported::of(tokens, n, c));
                continue;
            }
        }
        // Third reading: the participle is the clause's clausal subject. It follows a comma
        // (", saying ..."); a participle that opens the sentence ("Adding X would make ...")
        // can be a clausal subject indeed.
        let h = tokens[v].head;
        if tokens[v].xpos == "VBG"
            && v > 0
            && tokens[v - 1].form == ","
            && tokens[v].deprel.starts_with("csubj")
            && h > v + 1
            && open_clause(h - 1, end)
        {
            out.push(Reported {
                noun: n,
                clause: h - 1,
                rel: subject_rel(tokens, h - 1),
                csubj: Some((v, "ccomp")),
                verb: None,
            });
            continue;
        }
        // Fourth reading: the clause hangs on the head of the reporting verb, an adverbial
        // participle or a conjunct ("welcomed the ruling, saying the merger could have led to
        // job losses" with "led" the complement of "welcomed"). The head's only complement
        // clause follows the noun phrase.
        if matches!(tokens[v].deprel.as_str(), "advcl" | "conj")
            && h > 0
            && h - 1 < v
            && let Some(c) = kids(h - 1).find(|&c| tokens[c].deprel == "ccomp" && c > n)
            && kids(h - 1).filter(|&c| tokens[c].deprel == "ccomp").count() == 1
            && !kids(v).any(|c| tokens[c].deprel == "ccomp")
            && open_clause(c, end)
        {
            out.push(Reported {
                verb: Some(v),
                ..Reported::of(tokens, n, c)
            });
        }
    }
    out
}

/// Repair 115: mends what [`reported_clauses_under_participles`] finds.
pub(super) fn fix_reported_clauses_under_participles(d: &mut Draft) {
    for r in reported_clauses_under_participles(d.base()) {
        let fixed = d.edit();
        (fixed[r.object].head, fixed[r.object].deprel) = (r.participle + 1, "obj".into());
        (fixed[r.clause].head, fixed[r.clause].deprel) = (r.verb + 1, "ccomp".into());
        let rel = subject_rel(fixed, r.clause);
        (fixed[r.noun].head, fixed[r.noun].deprel) = (r.clause + 1, rel.into());
    }
}

/// Repair 115: a reported clause hung on a participle inside its own subject.
///
/// "said the steel cables supporting the bridge had lost 40 percent of their strength" can come
/// out with "cables" the object of "said", "supporting" a participle on it, and "lost" a clause
/// of "supporting" with "bridge" its subject: the report said cables, and the bridge lost its
/// strength. A participle of a verb that reports nothing takes no finite clause: a verb of
/// saying or thinking ([`reports`]) with no clause of its own, whose noun object carries an
/// -ing participle without an object, whose one clausal complement is finite, without a
/// marker, with its subject right after the participle's, reports that clause; the noun is its
/// subject and the clause's subject the participle's object.
struct UnderParticiple {
    verb: usize,
    noun: usize,
    participle: usize,
    object: usize,
    clause: usize,
}

fn reported_clauses_under_participles(tokens: &[Token]) -> Vec<UnderParticiple> {
    let mut out = Vec::new();
    for (p, tk) in tokens.iter().enumerate() {
        if !(tk.deprel == "acl" && tk.xpos == "VBG") || reports(&tk.lemma.to_lowercase()) {
            continue;
        }
        let Some(noun) = head_of(tokens, p).filter(|&n| n < p && tokens[n].deprel == "obj") else {
            continue;
        };
        let Some(verb) = head_of(tokens, noun).filter(|&v| {
            v < noun
                && reports(&tokens[v].lemma.to_lowercase())
                && !kids_of(tokens, v).any(|k| tokens[k].deprel == "ccomp")
        }) else {
            continue;
        };
        if kids_of(tokens, p).any(|k| tokens[k].deprel == "obj") {
            continue;
        }
        let clauses: Vec<usize> = kids_of(tokens, p)
            .filter(|&k| tokens[k].deprel == "ccomp")
            .collect();
        let &[clause] = clauses.as_slice() else {
            continue;
        };
        let marked = kids_of(tokens, clause).any(|k| tokens[k].deprel == "mark");
        let Some(object) = sole_subject(tokens, clause).filter(|&s| p < s && s < clause) else {
            continue;
        };
        // The subject's phrase starts right after the participle.
        let starts = (p + 1..object).all(|k| under(tokens, k, &[object]));
        if finite_clause(tokens, clause) && !marked && starts {
            out.push(UnderParticiple {
                verb,
                noun,
                participle: p,
                object,
                clause,
            });
        }
    }
    out
}

/// Repair 122: mends what [`coordinated_subjects_split_by_reports`] finds.
pub(super) fn fix_coordinated_subjects_split_by_reports(d: &mut Draft) {
    for r in coordinated_subjects_split_by_reports(d.base()) {
        let fixed = d.edit();
        let rel = fixed[r.second].deprel.clone();
        (fixed[r.clause].head, fixed[r.clause].deprel) = (r.verb + 1, "ccomp".into());
        (fixed[r.first].head, fixed[r.first].deprel) = (r.clause + 1, rel);
        (fixed[r.second].head, fixed[r.second].deprel) = (r.first + 1, "conj".into());
        fixed[r.cc].head = r.second + 1;
    }
}

/// Repair 122: coordinated subjects of a reported clause read as an object and a clause.
///
/// "The navy said two frigates and a coast guard cutter had entered the waters" can come out
/// with "frigates" the object of "said" and "entered" its conjunct, whose subject is the
/// cutter alone: the navy said frigates. A verb of saying whose object noun is followed
/// directly by "and" or "or" and the subject of a finite clause coordinated with the verb
/// reported one clause with two subjects: the clause is the verb's `ccomp`, the object its
/// subject, and the clause's subject the object's conjunct.
struct SplitSubjects {
    verb: usize,
    first: usize,
    cc: usize,
    second: usize,
    clause: usize,
}

fn coordinated_subjects_split_by_reports(tokens: &[Token]) -> Vec<SplitSubjects> {
    let mut out = Vec::new();
    for (first, tk) in tokens.iter().enumerate() {
        let Some(verb) = head_of(tokens, first) else {
            continue;
        };
        let saying = tokens[verb].upos == "VERB" && reports(&tokens[verb].lemma.to_lowercase());
        if tk.deprel != "obj"
            || !saying
            || first < verb
            || !matches!(tk.upos.as_str(), "NOUN" | "PROPN")
        {
            continue;
        }
        let cc = extent(tokens, first).1 + 1;
        if cc >= tokens.len() || !matches!(tokens[cc].lemma.as_str(), "and" | "or") {
            continue;
        }
        let Some(clause) = head_of(tokens, cc).filter(|&c| {
            head_of(tokens, c) == Some(verb)
                && tokens[c].deprel == "conj"
                && tokens[c].upos == "VERB"
                && finite_clause(tokens, c)
        }) else {
            continue;
        };
        let second = kids_of(tokens, clause).find(|&n| {
            n < clause
                && tokens[n].deprel.starts_with("nsubj")
                && extent(tokens, n).0 == cc + 1
                && matches!(tokens[n].upos.as_str(), "NOUN" | "PROPN")
        });
        let reported = kids_of(tokens, verb).any(|k| tokens[k].deprel == "ccomp");
        if let Some(second) = second
            && !reported
        {
            out.push(SplitSubjects {
                verb,
                first,
                cc,
                second,
                clause,
            });
        }
    }
    out
}

#[cfg(test)]
#[path = "reported_clauses_tests.rs"]
mod tests;
