//! Time expressions ("last week", "on Tuesday", "hours after the vote") read as subjects, objects
//! or heads, or hung on a person.
//!
//! The time expression between subject and verb. "Officials last week agreed to the plan" is read
//! as a relative clause on "officials" whose subject is "week". A bare time expression is not the
//! subject of a relative clause without a relative pronoun, so the verb becomes the clause's head,
//! "officials" its subject and "last week" a temporal modifier (`obl:tmod`), as UD has it. The
//! same time expression read as a second subject beside a real one becomes `obl:tmod` too.
//!
//! The time of the clause hung on a person in the subject ("his counterpart Vladimir Putin on
//! Tuesday agreed" with "on Tuesday" on "counterpart"): it says when the verb happened (`obl`).
//!
//! A noun read as a compound of the time after it ("shelled a village hours after the vote"
//! with "hours" the object): the noun heads the phrase, the time says when.
//!
//! A time read as the subject of the clause it introduces ("shelled the town, hours after the two
//! sides signed a truce") says when the main verb happened.
//!
//! [`time_subjects`], [`second_time_subjects`], [`times_read_as_heads`] and [`times_on_subjects`]
//! are mended by the first pass ([`super::first_pass`]), together with the other errors it finds;
//! the `fix_` functions here run after it, in the order of [`super::REPAIRS`].

use super::draft::Draft;
use super::tree_helpers::{extent, has_case, head_of, kids_of, phrase_start, subject_rel};
use crate::annotate::lexicon::TIME_WORDS;
use crate::annotate::ner::roles;
use crate::document::Token;

/// Triples (noun, time word, verb): a verb attached as `acl:relcl` to the noun right before the
/// time expression, with no relative pronoun, whose `nsubj` is the time word.
pub(super) fn time_subjects(tokens: &[Token]) -> Vec<(usize, usize, usize)> {
    let head = |i: usize| head_of(tokens, i);
    let kids = |p: usize| (0..tokens.len()).filter(move |&c| head(c) == Some(p));
    let mut out = Vec::new();
    for (v, tk) in tokens.iter().enumerate() {
        if tk.upos != "VERB" || tk.deprel != "acl:relcl" {
            continue;
        }
        let Some(n) = head(v).filter(|&n| n < v) else {
            continue;
        };
        if !matches!(tokens[n].upos.as_str(), "NOUN" | "PROPN")
            || kids(v).any(|c| tokens[c].feats.contains("PronType=Rel"))
        {
            continue;
        }
        let Some(w) = kids(v).find(|&c| tokens[c].deprel == "nsubj") else {
            continue;
        };
        // Everything between the noun and the verb is the time expression.
        let span_ok = (n + 1..v).all(|i| i == w || head(i) == Some(w));
        if n < w && w < v && is_time_expression(tokens, w) && span_ok {
            out.push((n, w, v));
        }
    }
    out
}

/// Time words read as a second subject of a verb ("Officials last week agreed" with both
/// "officials" and "week" as `nsubj` of "agreed", or "Hours earlier, Hanbit agreed" and "Hours
/// after the collision, the union held" with "Hours" and the other a subject): they are
/// temporal modifiers.
pub(super) fn second_time_subjects(tokens: &[Token]) -> Vec<usize> {
    let subjects = |v: usize| {
        (0..tokens.len()).filter(move |&c| {
            tokens[c].head == v + 1 && matches!(tokens[c].deprel.as_str(), "nsubj" | "nsubj:pass")
        })
    };
    let mut out = Vec::new();
    for v in 0..tokens.len() {
        let mut subj = subjects(v);
        let (Some(first), Some(second), None) = (subj.next(), subj.next(), subj.next()) else {
            continue;
        };
        let active = tokens[first].deprel == "nsubj" && tokens[second].deprel == "nsubj";
        if second < v
            && active
            && is_time_expression(tokens, second)
            && !is_time_expression(tokens, first)
        {
            out.push(second);
        }
        // "said Tuesday it would lay off ...": a time right after the verb whose clause this is
        // says when that verb happened (see [`after_its_verb`]).
        if active
            && after_its_verb(tokens, first, v)
            && first + 1 == second
            && !is_time_expression(tokens, second)
        {
            out.push(first);
        }
        // "Hours earlier, Hanbit agreed": a time word before "earlier", "later" or "ago" opens
        // the sentence as a time, before the real subject.
        // So does one before "after" or "before" and what it counts from ("Hours after the
        // collision, the union held a meeting").
        let relative = active
            && TIME_WORDS.contains(&tokens[first].lemma.to_lowercase().as_str())
            && tokens.get(first + 1).is_some_and(|t| {
                matches!(t.lemma.to_lowercase().as_str(), "earlier" | "later" | "ago")
                    || matches!(t.form.to_lowercase().as_str(), "earlier" | "later")
                    || counted_from(tokens, first).is_some_and(|h| tokens[h].head == first + 1)
            });
        // "Every winter our wards are stretched": a point in time made by its modifier
        // ("every", "last") that opens the sentence (or a part after a punctuation mark or a
        // coordinator) before the subject says when.
        let start = extent(tokens, first).0;
        let opens = start == 0 || matches!(tokens[start - 1].upos.as_str(), "PUNCT" | "CCONJ");
        // "every" makes a time that recurs; as a subject elsewhere it is no time ("Every hour
        // without our systems adds risk").
        let made = kids_of(tokens, first).any(|m| {
            modifies_time(&tokens[m])
                || matches!(tokens[m].lemma.to_lowercase().as_str(), "every" | "each")
        });
        let word = tokens[first].lemma.to_lowercase();
        let opening = (TIME_WORDS.contains(&word.as_str()) || SEASONS.contains(&word.as_str()))
            && made
            && opens
            && extent(tokens, first).1 < second;
        if second < v && (relative || opening) && !is_time_expression(tokens, second) {
            out.push(first);
        }
    }
    out
}

/// True when time expression `w`, read as a subject of clause `v`, stands right after the verb
/// that `v` hangs on ("said Tuesday it would ...", as AP writes it): it belongs to that verb.
pub(super) fn after_its_verb(tokens: &[Token], w: usize, v: usize) -> bool {
    w > 0
        && w < v
        && tokens[w - 1].upos == "VERB"
        && head_of(tokens, v) == Some(w - 1)
        && is_time_expression(tokens, w)
        && extent(tokens, w) == (w, w)
}

/// Repair 30: a noun read as a compound of the time that follows it.
///
/// Pairs (noun, time): "shelled a border village hours after the announcement" can come out
/// with "hours" as the object and "village" its compound. A plural unit of time right after a
/// noun it heads, followed by "after", "before", "later" or "earlier", measures when: the noun
/// takes its place and the time becomes the verb's `obl:unmarked`.
pub(super) fn times_read_as_heads(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (h, tk) in tokens.iter().enumerate() {
        if h == 0 || h + 1 >= tokens.len() || tk.xpos != "NNS" {
            continue;
        }
        let unit = TIME_UNITS.contains(&tk.lemma.to_lowercase().as_str());
        let n = h - 1;
        let next = tokens[h + 1].lemma.to_lowercase();
        let measures = matches!(next.as_str(), "after" | "before" | "later" | "earlier");
        let noun = head_of(tokens, n) == Some(h)
            && tokens[n].deprel == "compound"
            && matches!(tokens[n].upos.as_str(), "NOUN" | "PROPN");
        let verb = head_of(tokens, h).is_some_and(|v| tokens[v].upos == "VERB")
            && matches!(
                tokens[h].deprel.as_str(),
                "obj" | "obl" | "nsubj" | "nsubj:pass"
            );
        // "two hours later" counts hours: a number on the unit is no noun to promote.
        let counted = kids_of(tokens, h).any(|k| tokens[k].deprel == "nummod");
        if unit && measures && noun && verb && !counted {
            out.push((n, h));
        }
    }
    out
}

/// Repair 28: the time of the clause hung on a person in its subject, or on its object.
///
/// Pairs (time word, verb): "President Donald Trump and his Russian counterpart Vladimir Putin
/// on Tuesday agreed" can come out with "on Tuesday" as a modifier (`nmod`) of "counterpart",
/// which makes the counterpart "of Tuesday". A point in time ("on Tuesday", "last week") on a
/// role noun or a name inside the subject says when the verb happened: it is the verb's `obl`.
/// So does a day with "on" on the verb's object ("The committee approved the budget on
/// Tuesday", which both parsers often read as a budget of Tuesday), unless the object is itself
/// something that takes place ("postponed the vote on Tuesday" may name the vote's day).
pub(super) fn times_on_subjects(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (w, tk) in tokens.iter().enumerate() {
        if tk.deprel != "nmod" || !is_time_expression(tokens, w) {
            continue;
        }
        let Some(n) = head_of(tokens, w).filter(|&n| n < w) else {
            continue;
        };
        // Only "on": "for next year", "for Thursday" and "months of her life" on a noun are
        // usually the noun's (EWT and GUM train).
        let on = has_case(tokens, w, "on");
        let object_of = head_of(tokens, n).filter(|&v| {
            on && tokens[n].deprel == "obj"
                && v < n
                && tokens[v].upos == "VERB"
                && tokens[n].upos == "NOUN"
                && !OCCURRENCES.contains(&tokens[n].lemma.to_lowercase().as_str())
        });
        if let Some(v) = object_of {
            out.push((w, v));
            continue;
        }
        // A name, a role, or a noun with a name in apposition ("his counterpart Vladimir Putin").
        let person = tokens[n].upos == "PROPN"
            || roles::is_role_noun(&tokens[n].form)
            || kids_of(tokens, n).any(|k| tokens[k].deprel == "appos" && tokens[k].upos == "PROPN");
        // Up through conjuncts and appositions to the subject, whose head is the verb.
        let mut s = n;
        for _ in 0..4 {
            if !matches!(tokens[s].deprel.as_str(), "conj" | "appos" | "flat") {
                break;
            }
            match head_of(tokens, s) {
                Some(up) => s = up,
                None => break,
            }
        }
        let verb = head_of(tokens, s).filter(|&v| {
            tokens[s].deprel.starts_with("nsubj") && v > w && tokens[v].upos == "VERB"
        });
        if let (true, Some(v)) = (person, verb) {
            out.push((w, v));
        }
    }
    out
}

/// Nouns of things that take place at a time of their own: a point in time after one of them
/// may say when it happens rather than when the verb did ("postponed the vote on Tuesday").
const OCCURRENCES: &[&str] = &[
    "attack",
    "ceremony",
    "conference",
    "concert",
    "debate",
    "deadline",
    "election",
    "event",
    "game",
    "hearing",
    "match",
    "meeting",
    "protest",
    "race",
    "rally",
    "referendum",
    "session",
    "strike",
    "summit",
    "talk",
    "trial",
    "visit",
    "vote",
];

/// Repair 82: mends what [`times_read_as_subjects_of_clauses`] finds.
pub(super) fn fix_times_read_as_subjects_of_clauses(d: &mut Draft) {
    for (time, case, verb, main) in times_read_as_subjects_of_clauses(d.base()) {
        let fixed = d.edit();
        let noun = fixed[case].head - 1;
        if fixed[verb].head == 0 {
            for (k, t) in fixed.iter_mut().enumerate() {
                if t.head == verb + 1 && k != main && (k < time || t.deprel == "punct") {
                    t.head = main + 1;
                }
            }
            (fixed[main].head, fixed[main].deprel) = (0, "root".into());
        }
        (fixed[time].head, fixed[time].deprel) = (main + 1, "obl:unmarked".into());
        (fixed[verb].head, fixed[verb].deprel) = (time + 1, "advcl".into());
        let rel = subject_rel(fixed, verb);
        (fixed[noun].head, fixed[noun].deprel) = (verb + 1, rel.into());
        let c = &mut fixed[case];
        (c.head, c.deprel, c.upos) = (verb + 1, "mark".into(), "SCONJ".into());
    }
}

/// Repair 82: a time before a clause read as the clause's subject.
///
/// Quadruples (time, subordinator, verb, main verb): "Rebels shelled the town, hours after the two sides
/// signed a truce" can come out with "hours" the subject of "signed" and "after the two sides"
/// its modifier, so the hours signed. A unit of time with an "after" or "before" phrase that
/// ends right before a finite verb it is the subject of measures when: the phrase's noun is the
/// verb's subject, "after" marks the clause, and the time says when the clause before it
/// happened, with the clause on it. The main verb is the verb's head, or, when the parser made
/// the verb the root, the verb before the time that hangs on it.
fn times_read_as_subjects_of_clauses(tokens: &[Token]) -> Vec<(usize, usize, usize, usize)> {
    let mut out = Vec::new();
    for (v, tk) in tokens.iter().enumerate() {
        if tk.upos != "VERB" || !matches!(tk.xpos.as_str(), "VBD" | "VBZ" | "VBP") {
            continue;
        }
        let subjects: Vec<usize> = kids_of(tokens, v)
            .filter(|&s| s < v && tokens[s].deprel.starts_with("nsubj"))
            .collect();
        let [time] = subjects[..] else { continue };
        if !TIME_UNITS.contains(&tokens[time].lemma.to_lowercase().as_str()) {
            continue;
        }
        let Some(noun) = kids_of(tokens, time)
            .find(|&n| n > time && tokens[n].deprel == "nmod" && extent(tokens, n).1 + 1 == v)
        else {
            continue;
        };
        let Some(case) = kids_of(tokens, noun).find(|&c| {
            c < noun
                && tokens[c].deprel == "case"
                && matches!(tokens[c].lemma.to_lowercase().as_str(), "after" | "before")
        }) else {
            continue;
        };
        // After a comma, or the sentence's main clause comes first ("hours after", not "Two
        // hours after the vote passed was enough").
        let start = phrase_start(tokens, time);
        let comma = start > 0 && tokens[start - 1].form == ",";
        let main = match head_of(tokens, v) {
            Some(h) => Some(h),
            None => kids_of(tokens, v)
                .filter(|&k| k < time && tokens[k].upos == "VERB")
                .min(),
        };
        if let (true, Some(main)) = (comma, main) {
            out.push((time, case, v, main));
        }
    }
    out
}

/// Repair 146: mends what [`times_read_as_compounds`] finds.
pub(super) fn fix_times_read_as_compounds(d: &mut Draft) {
    for (time, verb) in times_read_as_compounds(d.base()) {
        let fixed = d.edit();
        let noun = fixed[time].head;
        (fixed[time].head, fixed[time].deprel) = (verb + 1, "obl:unmarked".into());
        // "Last" hung on the subject goes with the time.
        if time > 0 && fixed[time - 1].head == noun && modifies_time(&fixed[time - 1]) {
            (fixed[time - 1].head, fixed[time - 1].deprel) = (time + 1, "amod".into());
        }
    }
}

/// Repair 146: a point in time before the subject read as the subject's compound.
///
/// Pairs (time, verb): "Last week officials agreed to talks" can come out with "week" a
/// compound of "officials", a kind of official. A point in time ("last week", "every winter")
/// that opens its subject's phrase says when the verb happened.
fn times_read_as_compounds(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (w, tk) in tokens.iter().enumerate() {
        if tk.deprel != "compound" {
            continue;
        }
        let Some(n) = head_of(tokens, w).filter(|&n| n > w) else {
            continue;
        };
        // The parser may have hung the time's "last" on the subject too.
        let modified = w > 0
            && head_of(tokens, w - 1) == Some(n)
            && modifies_time(&tokens[w - 1])
            && TIME_WORDS.contains(&tk.lemma.to_lowercase().as_str());
        if !is_time_expression(tokens, w) && !modified {
            continue;
        }
        let Some(v) = head_of(tokens, n).filter(|&v| v > n && tokens[v].upos == "VERB") else {
            continue;
        };
        let start = if modified { w - 1 } else { extent(tokens, w).0 };
        let opens = extent(tokens, n).0 == start;
        // Not a time's own time ("Friday morning").
        let time = TIME_WORDS.contains(&tokens[n].lemma.to_lowercase().as_str());
        if opens && !time && tokens[n].deprel.starts_with("nsubj") && tokens[n].upos == "NOUN" {
            out.push((w, v));
        }
    }
    out
}

/// Repair 86: mends what [`times_read_as_objects`] finds.
pub(super) fn fix_times_read_as_objects(d: &mut Draft) {
    for time in times_read_as_objects(d.base()) {
        let fixed = d.edit();
        fixed[time].deprel = "obl:unmarked".into();
    }
}

/// Repair 86: a time read as the object of a passive participle.
///
/// "In a statement issued hours after the ruling" can come out with "hours" the object of
/// "issued". A participle that modifies a noun is passive and takes no object: a plural unit of
/// time there, right before "after" or "before" and what it counts from, says when.
fn times_read_as_objects(tokens: &[Token]) -> Vec<usize> {
    (1..tokens.len().saturating_sub(1))
        .filter(|&t| {
            let tk = &tokens[t];
            let counts_from = counted_from(tokens, t)
                .is_some_and(|h| tokens[h].head == t + 1 || tokens[h].head == tk.head);
            tk.deprel == "obj"
                && tk.xpos == "NNS"
                && TIME_UNITS.contains(&tk.lemma.to_lowercase().as_str())
                && counts_from
                && head_of(tokens, t).is_some_and(|v| {
                    tokens[v].xpos == "VBN"
                        && tokens[v].deprel == "acl"
                        && !kids_of(tokens, v).any(|a| tokens[a].deprel.starts_with("aux"))
                })
        })
        .collect()
}

/// What time `t` counts from: the word that "after" or "before" right after it introduces
/// ("hours after the ruling").
fn counted_from(tokens: &[Token], t: usize) -> Option<usize> {
    tokens
        .get(t + 1)
        .filter(|w| matches!(w.form.to_lowercase().as_str(), "after" | "before"))
        .and_then(|_| head_of(tokens, t + 1))
}

/// Words that make a time noun a point in time ("last week", "this month").
const TIME_MODIFIERS: &[&str] = &["last", "next", "this", "past", "previous", "coming", "that"];

/// True when `t` is a word that makes a time noun a point in time ([`TIME_MODIFIERS`]).
fn modifies_time(t: &Token) -> bool {
    TIME_MODIFIERS.contains(&t.lemma.to_lowercase().as_str())
}

/// True when token `w` heads a point in time: a day, week, month, ... with "last", "next",
/// "this", ..., or a weekday, "yesterday", "today", "tonight", "tomorrow" on its own.
pub(crate) fn is_time_expression(tokens: &[Token], w: usize) -> bool {
    let word = tokens[w].lemma.to_lowercase();
    if !TIME_WORDS.contains(&word.as_str()) {
        return false;
    }
    let bare =
        word != "day" && word.ends_with("day") || matches!(word.as_str(), "tonight" | "tomorrow");
    bare || (0..tokens.len()).any(|m| tokens[m].head == w + 1 && modifies_time(&tokens[m]))
}

/// Seasons, which recur like days ("every winter"), but also name kinds ("summer
/// temperatures"), so they are no [`TIME_WORDS`] a label leaves out.
const SEASONS: &[&str] = &["autumn", "spring", "summer", "winter"];

/// Units of time that measure how long before or after something happened ("hours after").
const TIME_UNITS: &[&str] = &["minute", "hour", "day", "week", "month", "year"];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotate::repair::repaired;
    use crate::annotate::repair::testing::{arcs_of, tokens};
    use crate::document::Span;

    #[test]
    fn a_point_in_time_opening_the_sentence_is_no_second_subject() {
        // "Every winter our wards are stretched ." with "winter" a second subject.
        let spec = [
            ("Every", "every", "DET", "DT", 2, "det"),
            ("winter", "winter", "NOUN", "NN", 6, "nsubj:pass"),
            ("our", "our", "PRON", "PRP$", 4, "nmod:poss"),
            ("wards", "ward", "NOUN", "NNS", 6, "nsubj:pass"),
            ("are", "be", "AUX", "VBP", 6, "aux:pass"),
            ("stretched", "stretch", "VERB", "VBN", 0, "root"),
            (".", ".", "PUNCT", ".", 6, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        assert_eq!(arcs_of(&fixed)[1], (6, "obl:unmarked"));
        // A bare day may be the subject ("Wednesday will work for me").
        let mut bare = spec;
        bare[0] = ("so", "so", "ADV", "RB", 6, "advmod");
        assert!(second_time_subjects(&tokens(&bare)).is_empty());
        // "Last week officials agreed ." with "week" a compound of "officials" and "Last" on
        // them too.
        let spec = [
            ("Last", "last", "ADJ", "JJ", 3, "amod"),
            ("week", "week", "NOUN", "NN", 3, "compound"),
            ("officials", "official", "NOUN", "NNS", 4, "nsubj"),
            ("agreed", "agree", "VERB", "VBD", 0, "root"),
            (".", ".", "PUNCT", ".", 4, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        assert_eq!(
            arcs_of(&fixed)[..3],
            [(2, "amod"), (4, "obl:unmarked"), (4, "nsubj")]
        );
        // "Friday morning" is a time's own time.
        let mut morning = spec;
        morning[2] = ("morning", "morning", "NOUN", "NN", 4, "nsubj");
        assert!(times_read_as_compounds(&tokens(&morning)).is_empty());
    }

    #[test]
    fn a_time_expression_is_no_relative_clause_subject() {
        // "Officials last week agreed to talks ." as the parser reads it.
        let toks = tokens(&[
            ("Officials", "official", "NOUN", "NNS", 0, "root"),
            ("last", "last", "ADJ", "JJ", 3, "amod"),
            ("week", "week", "NOUN", "NN", 4, "nsubj"),
            ("agreed", "agree", "VERB", "VBD", 1, "acl:relcl"),
            ("to", "to", "ADP", "IN", 6, "case"),
            ("talks", "talk", "NOUN", "NNS", 4, "obl"),
            (".", ".", "PUNCT", ".", 1, "punct"),
        ]);
        let fixed = repaired(&toks).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(
            arcs,
            [
                (4, "nsubj"),
                (3, "amod"),
                (4, "obl:unmarked"),
                (0, "root"),
                (6, "case"),
                (4, "obl"),
                (4, "punct")
            ]
        );
        // The same sentence read with two subjects of "agreed".
        let two = tokens(&[
            ("Officials", "official", "NOUN", "NNS", 4, "nsubj"),
            ("last", "last", "ADJ", "JJ", 3, "amod"),
            ("week", "week", "NOUN", "NN", 4, "nsubj"),
            ("agreed", "agree", "VERB", "VBD", 0, "root"),
        ]);
        let fixed = repaired(&two).expect("a repair");
        assert_eq!(
            (fixed[0].deprel.as_str(), fixed[2].deprel.as_str()),
            ("nsubj", "obl:unmarked")
        );
        // Coordinated titled names read as three subjects, one of them a bare obl.
        let names = tokens(&[
            ("Ann", "Ann", "PROPN", "NNP", 5, "nsubj"),
            ("Lee", "Lee", "PROPN", "NNP", 5, "obl"),
            ("and", "and", "CCONJ", "CC", 4, "cc"),
            ("Bo", "Bo", "PROPN", "NNP", 5, "nsubj"),
            ("met", "meet", "VERB", "VBD", 0, "root"),
        ]);
        let fixed = repaired(&names).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(
            arcs,
            [
                (5, "nsubj"),
                (1, "conj"),
                (4, "cc"),
                (1, "conj"),
                (0, "root")
            ]
        );
        // Two names side by side as two subjects: one name split in two, no conjuncts; the
        // first part is a compound, or a title's `nmod:desc`.
        let mut split = tokens(&[
            ("Pets", "Pets", "PROPN", "NNPS", 3, "nsubj"),
            ("Discount", "Discount", "PROPN", "NNP", 3, "nsubj"),
            ("has", "have", "VERB", "VBZ", 0, "root"),
        ]);
        let fixed = repaired(&split).expect("a repair");
        assert_eq!((fixed[0].head, fixed[0].deprel.as_str()), (2, "compound"));
        split[0].form = "Mayor".into();
        let fixed = repaired(&split).expect("a repair");
        assert_eq!((fixed[0].head, fixed[0].deprel.as_str()), (2, "nmod:desc"));
        // "Tuesday Morgan said": a time is no part of the name.
        (split[0].form, split[0].lemma) = ("Tuesday".into(), "Tuesday".into());
        assert!(repaired(&split).is_none());
        // Repair 27, between commas: "The company, Sentinel Guard Services, said" with both
        // subjects of "said"; the name is the noun's apposition. Not without the closing comma.
        let spec = [
            ("The", "the", "DET", "DT", 2, "det"),
            ("company", "company", "NOUN", "NN", 8, "nsubj"),
            (",", ",", "PUNCT", ",", 6, "punct"),
            ("Sentinel", "Sentinel", "PROPN", "NNP", 6, "compound"),
            ("Guard", "Guard", "PROPN", "NNP", 6, "compound"),
            ("Services", "Services", "PROPN", "NNPS", 8, "nsubj"),
            (",", ",", "PUNCT", ",", 6, "punct"),
            ("said", "say", "VERB", "VBD", 0, "root"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        assert_eq!((fixed[5].head, fixed[5].deprel.as_str()), (2, "appos"));
        assert_eq!((fixed[1].head, fixed[1].deprel.as_str()), (8, "nsubj"));
        let mut open = spec;
        open[6] = ("just", "just", "ADV", "RB", 8, "advmod");
        assert!(repaired(&tokens(&open)).is_none());
        // A common noun among them: left alone.
        let mut mixed = names.clone();
        mixed[0].upos = "NOUN".into();
        assert!(repaired(&mixed).is_none());
        // "the plan the committee agreed": a real relative clause keeps its subject.
        let toks = tokens(&[
            ("the", "the", "DET", "DT", 2, "det"),
            ("plan", "plan", "NOUN", "NN", 0, "root"),
            ("the", "the", "DET", "DT", 4, "det"),
            ("committee", "committee", "NOUN", "NN", 5, "nsubj"),
            ("agreed", "agree", "VERB", "VBD", 2, "acl:relcl"),
        ]);
        assert!(repaired(&toks).is_none());
    }

    #[test]
    fn a_day_right_after_a_verb_says_when_that_verb_happened() {
        // "Lumo said Tuesday it would cut jobs ." with "Tuesday" and "it" both subjects of
        // "cut".
        let spec = [
            ("Lumo", "Lumo", "PROPN", "NNP", 2, "nsubj"),
            ("said", "say", "VERB", "VBD", 0, "root"),
            ("Tuesday", "Tuesday", "PROPN", "NNP", 6, "nsubj"),
            ("it", "it", "PRON", "PRP", 6, "nsubj"),
            ("would", "would", "AUX", "MD", 6, "aux"),
            ("cut", "cut", "VERB", "VB", 2, "ccomp"),
            ("jobs", "job", "NOUN", "NNS", 6, "obj"),
            (".", ".", "PUNCT", ".", 2, "punct"),
        ];
        assert_eq!(second_time_subjects(&tokens(&spec)), [2]);
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        assert_eq!(arcs_of(&fixed)[2..4], [(2, "obl:unmarked"), (6, "nsubj")]);
        // Not a day that opens its clause after a comma or "that" ("said that Tuesday ..." is
        // read by the other rules), nor a day with words of its own.
        let mut that = spec;
        that[1] = ("that", "that", "SCONJ", "IN", 6, "mark");
        assert!(second_time_subjects(&tokens(&that)).is_empty());
    }

    #[test]
    fn hours_after_something_say_when() {
        // "Hours after the crash , the union met ." with "Hours" a second subject.
        let spec = [
            ("Hours", "hour", "NOUN", "NNS", 8, "nsubj"),
            ("after", "after", "ADP", "IN", 4, "case"),
            ("the", "the", "DET", "DT", 4, "det"),
            ("crash", "crash", "NOUN", "NN", 1, "nmod"),
            (",", ",", "PUNCT", ",", 1, "punct"),
            ("the", "the", "DET", "DT", 7, "det"),
            ("union", "union", "NOUN", "NN", 8, "nsubj"),
            ("met", "meet", "VERB", "VBD", 0, "root"),
            (".", ".", "PUNCT", ".", 8, "punct"),
        ];
        assert_eq!(second_time_subjects(&tokens(&spec)), [0]);
        // "a statement issued hours after the ruling" with "hours" the participle's object.
        let spec = [
            ("a", "a", "DET", "DT", 2, "det"),
            ("statement", "statement", "NOUN", "NN", 0, "root"),
            ("issued", "issue", "VERB", "VBN", 2, "acl"),
            ("hours", "hour", "NOUN", "NNS", 3, "obj"),
            ("after", "after", "ADP", "IN", 7, "case"),
            ("the", "the", "DET", "DT", 7, "det"),
            ("ruling", "ruling", "NOUN", "NN", 3, "obl"),
        ];
        assert_eq!(times_read_as_objects(&tokens(&spec)), [3]);
        // A verb's object stays: "spent hours after work".
        let mut spent = spec;
        spent[2] = ("spent", "spend", "VERB", "VBD", 2, "acl:relcl");
        assert!(times_read_as_objects(&tokens(&spent)).is_empty());
    }

    #[test]
    fn hours_earlier_opening_a_sentence_is_a_time_not_a_subject() {
        // "Hours earlier , Acme agreed ." with "Hours" and "Acme" both subjects.
        let mut spec = vec![
            ("Hours", "hour", "NOUN", "NNS", 5, "nsubj"),
            ("earlier", "early", "ADV", "RBR", 5, "advmod"),
            (",", ",", "PUNCT", ",", 2, "punct"),
            ("Acme", "Acme", "PROPN", "NNP", 5, "nsubj"),
            ("agreed", "agree", "VERB", "VBD", 0, "root"),
            (".", ".", "PUNCT", ".", 5, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        assert_eq!(
            (fixed[0].head, fixed[0].deprel.as_str()),
            (5, "obl:unmarked")
        );
        assert_eq!(fixed[3].deprel, "nsubj");
        // "Hours , Acme agreed": without "earlier" nothing says it is a time.
        spec[1] = ("then", "then", "ADV", "RB", 5, "advmod");
        assert!(repaired(&tokens(&spec)).is_none());
    }

    #[test]
    fn a_noun_before_hours_after_heads_its_phrase() {
        // "shelled a village hours after the vote" with "hours" the object.
        let mut spec = vec![
            ("shelled", "shell", "VERB", "VBD", 0, "root"),
            ("a", "a", "DET", "DT", 4, "det"),
            ("village", "village", "NOUN", "NN", 4, "compound"),
            ("hours", "hour", "NOUN", "NNS", 1, "obj"),
            ("after", "after", "ADP", "IN", 7, "case"),
            ("the", "the", "DET", "DT", 7, "det"),
            ("vote", "vote", "NOUN", "NN", 1, "obl"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(arcs[1..4], [(3, "det"), (1, "obj"), (1, "obl:unmarked")]);
        // "visited the village hours": nothing after the time, left alone.
        spec[4] = ("in", "in", "ADP", "IN", 7, "case");
        assert!(repaired(&tokens(&spec)).is_none());
    }

    #[test]
    fn a_time_on_a_person_in_the_subject_dates_the_verb() {
        // "his counterpart Vladimir Putin on Tuesday agreed" with "Tuesday" on "counterpart".
        let mut spec = vec![
            ("his", "he", "PRON", "PRP$", 2, "nmod:poss"),
            ("counterpart", "counterpart", "NOUN", "NN", 7, "nsubj"),
            ("Vladimir", "Vladimir", "PROPN", "NNP", 2, "appos"),
            ("Putin", "Putin", "PROPN", "NNP", 3, "flat"),
            ("on", "on", "ADP", "IN", 6, "case"),
            ("Tuesday", "Tuesday", "PROPN", "NNP", 2, "nmod"),
            ("agreed", "agree", "VERB", "VBD", 0, "root"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        assert_eq!((fixed[5].head, fixed[5].deprel.as_str()), (7, "obl"));
        // "his meeting in Kyiv on Tuesday collapsed": a meeting may be on a day.
        spec[1] = ("meeting", "meeting", "NOUN", "NN", 7, "nsubj");
        spec[2] = ("in", "in", "ADP", "IN", 4, "case");
        spec[3] = ("Kyiv", "Kyiv", "PROPN", "NNP", 2, "nmod");
        assert!(repaired(&tokens(&spec)).is_none());
    }

    #[test]
    fn both_embedded_parsers_date_the_verb_once_repaired() {
        use crate::annotate::pos::TagScratch;
        use crate::annotate::{ParserKind, PosTagger};
        // The beam parser reads "on Tuesday" as a modifier of "budget"; repair 28 moves it.
        for kind in [ParserKind::Beam, ParserKind::Greedy] {
            let mut t: Vec<Token> = "The committee approved the new budget on Tuesday ."
                .split(' ')
                .map(|w| Token::new(w, Span::default()))
                .collect();
            PosTagger::embedded().tag_tokens(&mut t, &mut TagScratch::default());
            kind.embedded()
                .parse_tokens(&mut t, &mut crate::annotate::parse::Scratch::default());
            let t = repaired(&t).unwrap_or(t);
            assert_eq!((t[7].head, t[7].deprel.as_str()), (3, "obl"), "{kind:?}");
        }
    }

    #[test]
    fn a_time_on_the_object_dates_the_verb_unless_the_object_takes_place() {
        // "The committee approved the budget on Tuesday ." with "Tuesday" on "budget".
        let mut spec = vec![
            ("The", "the", "DET", "DT", 2, "det"),
            ("committee", "committee", "NOUN", "NN", 3, "nsubj"),
            ("approved", "approve", "VERB", "VBD", 0, "root"),
            ("the", "the", "DET", "DT", 5, "det"),
            ("budget", "budget", "NOUN", "NN", 3, "obj"),
            ("on", "on", "ADP", "IN", 7, "case"),
            ("Tuesday", "Tuesday", "PROPN", "NNP", 5, "nmod"),
            (".", ".", "PUNCT", ".", 3, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        assert_eq!((fixed[6].head, fixed[6].deprel.as_str()), (3, "obl"));
        // "postponed the vote on Tuesday": the vote may be the one on Tuesday.
        spec[2] = ("postponed", "postpone", "VERB", "VBD", 0, "root");
        spec[4] = ("vote", "vote", "NOUN", "NN", 3, "obj");
        assert!(repaired(&tokens(&spec)).is_none());
        // Not a time: "approved the budget on defence".
        spec[4] = ("budget", "budget", "NOUN", "NN", 3, "obj");
        spec[6] = ("defence", "defence", "NOUN", "NN", 5, "nmod");
        assert!(repaired(&tokens(&spec)).is_none());
    }

    #[test]
    fn a_time_before_a_clause_is_no_subject_of_it() {
        // "Rebels shelled towns , hours after sides signed truces ." with "hours" the subject
        // of "signed" and "after sides" its modifier.
        let spec = [
            ("Rebels", "rebel", "NOUN", "NNS", 2, "nsubj"),
            ("shelled", "shell", "VERB", "VBD", 0, "root"),
            ("towns", "town", "NOUN", "NNS", 2, "obj"),
            (",", ",", "PUNCT", ",", 5, "punct"),
            ("hours", "hour", "NOUN", "NNS", 8, "nsubj"),
            ("after", "after", "ADP", "IN", 7, "case"),
            ("sides", "side", "NOUN", "NNS", 5, "nmod"),
            ("signed", "sign", "VERB", "VBD", 2, "ccomp"),
            ("truces", "truce", "NOUN", "NNS", 8, "obj"),
            (".", ".", "PUNCT", ".", 2, "punct"),
        ];
        assert_eq!(
            times_read_as_subjects_of_clauses(&tokens(&spec)),
            [(4, 5, 7, 1)]
        );
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(
            (arcs[4], arcs[5], arcs[6], arcs[7]),
            ((2, "obl:unmarked"), (8, "mark"), (8, "nsubj"), (5, "advcl"))
        );
        // With the clause's verb as the root, the verb before the time takes its place.
        let mut root = spec;
        root[1] = ("shelled", "shell", "VERB", "VBD", 8, "advcl");
        root[7] = ("signed", "sign", "VERB", "VBD", 0, "root");
        root[9] = (".", ".", "PUNCT", ".", 8, "punct");
        let fixed = repaired(&tokens(&root)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(
            (arcs[1], arcs[4], arcs[7], arcs[9]),
            ((0, "root"), (2, "obl:unmarked"), (5, "advcl"), (2, "punct"))
        );
        // Not a time that opens the sentence, nor a noun that is no time.
        let mut lead = spec;
        lead[3] = ("then", "then", "ADV", "RB", 8, "advmod");
        assert!(times_read_as_subjects_of_clauses(&tokens(&lead)).is_empty());
        let mut fans = spec;
        fans[4] = ("fans", "fan", "NOUN", "NNS", 8, "nsubj");
        assert!(times_read_as_subjects_of_clauses(&tokens(&fans)).is_empty());
    }
}
