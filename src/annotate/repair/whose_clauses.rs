//! Relative clauses opened by "whose" whose noun, subject or verb the parser misplaced.
//!
//! A noun with a restrictive "whose" clause read as the clause verb's second subject ("Residents
//! whose homes were flooded demanded ...") takes the clause.

use super::draft::Draft;
use super::tree_helpers::{
    extent, head_of, kids_of, name_head, prepositional_subject, subject_rel, under,
};
use super::words::{SUBORDINATORS, make_finite};
use crate::document::Token;

/// Repair 79: mends what [`whose_clauses_read_as_subjects`] finds.
pub(super) fn fix_whose_clauses_read_as_subjects(d: &mut Draft) {
    for (first, noun, verb) in whose_clauses_read_as_subjects(d.base()) {
        let fixed = d.edit();
        // "Marquand, 58, a former law professor whose brother was killed": the noun before
        // "whose" renames the first subject, which takes the verb's place.
        if first != noun {
            (fixed[noun].head, fixed[noun].deprel) = (first + 1, "appos".into());
        }
        let (mut head, mut deprel) = (fixed[verb].head, fixed[verb].deprel.clone());
        let subjectless = |fixed: &[Token], v: usize| {
            !fixed
                .iter()
                .any(|t| t.head == v + 1 && t.deprel.starts_with("nsubj"))
        };
        // "Quillbyte Systems, the company whose tools are used by millions, said ..." with the
        // clause an `advcl` of "said": the noun is the subject of the verb after the clause, when
        // that verb has none.
        let clause = matches!(deprel.as_str(), "advcl" | "ccomp" | "parataxis");
        if clause
            && head > verb + 1
            && fixed[head - 1].upos == "VERB"
            && subjectless(fixed, head - 1)
        {
            deprel = subject_rel(fixed, head - 1).to_string();
        }
        // "..., said her delegation would return" with "said" a parataxis of the clause's
        // verb, the root: the verb after the comma is the main verb.
        let main = (verb + 2..fixed.len()).find(|&m| {
            fixed[m].head == verb + 1
                && fixed[m].upos == "VERB"
                && matches!(fixed[m].deprel.as_str(), "parataxis" | "conj")
                && fixed[m - 1].form == ","
                && deprel == "root"
                && subjectless(fixed, m)
        });
        if let Some(m) = main {
            (fixed[m].head, fixed[m].deprel) = (0, "root".into());
            fixed[m - 1].head = m + 1;
            (head, deprel) = (m + 1, subject_rel(fixed, m).to_string());
        }
        (fixed[first].head, fixed[first].deprel) = (head, deprel);
        (fixed[verb].head, fixed[verb].deprel) = (noun + 1, "acl:relcl".into());
        // The sentence's punctuation goes with the noun, or the main verb.
        let to = if main.is_some() { head } else { first + 1 };
        for t in fixed[verb + 1..].iter_mut() {
            if t.head == verb + 1 && t.deprel == "punct" {
                t.head = to;
            }
        }
    }
}

/// Repair 79: a noun with a restrictive "whose" clause read as its verb's second subject.
///
/// Triples (first subject, noun, verb): "Residents whose homes were flooded demanded
/// compensation" can come out with "Residents" and "homes" both subjects of "flooded". A verb
/// has one subject phrase; the one opened by "whose" is the relative clause's, so the verb
/// modifies the noun before it (`acl:relcl`), which takes the verb's place
/// ([`participle_as_main_verb`] then finds the main verb after the clause). With a third
/// subject before them, set off by a comma ("Marquand, 58, a former law professor whose brother
/// was killed"), the noun renames it, and it takes the verb's place.
///
/// [`participle_as_main_verb`]: super::main_verbs::fix_participle_as_main_verb
fn whose_clauses_read_as_subjects(tokens: &[Token]) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    for (v, tk) in tokens.iter().enumerate() {
        if tk.upos != "VERB" {
            continue;
        }
        let subjects: Vec<usize> = kids_of(tokens, v)
            .filter(|&c| c < v && tokens[c].deprel.starts_with("nsubj"))
            .collect();
        let (first, noun, subject) = match subjects[..] {
            [noun, subject] => (noun, noun, subject),
            [first, noun, subject] if tokens[extent(tokens, noun).0].form == "," => {
                (first, noun, subject)
            }
            _ => continue,
        };
        let end = extent(tokens, noun).1;
        let whose = kids_of(tokens, subject).any(|w| {
            w == end + 1
                && tokens[w].lemma.eq_ignore_ascii_case("whose")
                && tokens[w].deprel == "nmod:poss"
        });
        let nominal = |k: usize| matches!(tokens[k].upos.as_str(), "NOUN" | "PROPN");
        if whose && nominal(noun) && (first == noun || nominal(first)) {
            out.push((first, noun, v));
        }
    }
    out
}

/// Repair 61: mends what [`whose_subjects_read_as_appositions`] finds.
pub(super) fn fix_whose_subjects_read_as_appositions(d: &mut Draft) {
    for r in whose_subjects_read_as_appositions(d.base()) {
        let fixed = d.edit();
        if fixed[r.verb].head == r.subject + 1 {
            if past_without_auxiliary(fixed, r.verb) {
                make_finite(&mut fixed[r.verb], "VBD");
            }
            // What the noun took from after the verb ("in 2019") is the verb's.
            for t in &mut fixed[r.verb + 1..] {
                if t.head == r.subject + 1 && t.deprel == "nmod" {
                    (t.head, t.deprel) = (r.verb + 1, "obl".into());
                }
            }
        }
        let rel = subject_rel(fixed, r.verb);
        (fixed[r.subject].head, fixed[r.subject].deprel) = (r.verb + 1, rel.into());
        (fixed[r.verb].head, fixed[r.verb].deprel) = (r.antecedent + 1, "acl:relcl".into());
    }
}

/// A verb tagged a participle with no auxiliary and no "by" after it, right after the subject
/// of a "whose" clause: the clause's past tense ("whose union struck for 11 days").
fn past_without_auxiliary(tokens: &[Token], v: usize) -> bool {
    tokens[v].xpos == "VBN"
        && !kids_of(tokens, v).any(|k| tokens[k].deprel.starts_with("aux"))
        && tokens.get(v + 1).is_none_or(|t| t.lemma != "by")
}

/// A relative clause opened by "whose" whose subject was read as a renaming of the antecedent
/// ([`whose_subjects_read_as_appositions`]).
#[derive(Debug, PartialEq, Eq)]
struct WhoseClause {
    antecedent: usize,
    subject: usize,
    verb: usize,
}

/// Repair 61: the subject of a "whose" clause read as an apposition or conjunct of the noun the
/// clause modifies.
///
/// "... by the United Nations, whose envoy, Marta Lund, has tried to bring the sides together."
/// can come out with "envoy" an apposition of "Nations" and "tried" a conjunct of the main
/// verb, so the meeting tried. A noun carrying "whose", hung on a noun as `appos` or `conj`,
/// followed (after its own phrase and punctuation) by a verb with no subject of its own, heads
/// that verb's relative clause: the noun is the verb's subject, and the clause modifies the
/// noun before "whose".
fn whose_subjects_read_as_appositions(tokens: &[Token]) -> Vec<WhoseClause> {
    (0..tokens.len())
        .filter_map(|whose| {
            if tokens[whose].xpos != "WP$" || tokens[whose].deprel != "nmod:poss" {
                return None;
            }
            let subject = head_of(tokens, whose).filter(|&n| n > whose)?;
            if !matches!(tokens[subject].deprel.as_str(), "appos" | "conj")
                || !matches!(tokens[subject].upos.as_str(), "NOUN" | "PROPN")
            {
                return None;
            }
            let antecedent = head_of(tokens, subject).filter(|&a| a < whose)?;
            let end = extent(tokens, subject).1;
            // The verb right after the noun read as its modifier ("Renn, whose union struck
            // for 11 days, said"), or the first word after the noun's phrase.
            let modifier = (subject + 1 < tokens.len()
                && tokens[subject + 1].deprel == "acl"
                && tokens[subject + 1].head == subject + 1)
                .then_some(subject + 1);
            let verb = modifier.or_else(|| {
                (end + 1..tokens.len())
                    .find(|&k| !matches!(tokens[k].upos.as_str(), "PUNCT" | "AUX" | "ADV" | "PART"))
            })?;
            let clause = tokens[verb].upos == "VERB"
                && !kids_of(tokens, verb).any(|k| tokens[k].deprel.starts_with("nsubj"))
                && !under(tokens, antecedent, &[verb]);
            clause.then_some(WhoseClause {
                antecedent,
                subject,
                verb,
            })
        })
        .collect()
}

/// Repair 134: mends what [`whose_clauses_read_as_other_clauses`] finds.
pub(super) fn fix_whose_clauses_read_as_other_clauses(d: &mut Draft) {
    for (antecedent, verb) in whose_clauses_read_as_other_clauses(d.base()) {
        let fixed = d.edit();
        (fixed[verb].head, fixed[verb].deprel) = (antecedent + 1, "acl:relcl".into());
    }
}

/// Repair 134: a "whose" clause right after a noun read as a clause of a verb.
///
/// Pairs (antecedent, verb): "said Rosa Kettering, a solicitor whose firm represents the
/// family" can come out with "represents" a second complement of "said", so she said the firm
/// represents the family. A verb whose subject holds "whose" right after a noun is that noun's
/// relative clause, unless the noun hangs inside the clause.
fn whose_clauses_read_as_other_clauses(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for whose in 1..tokens.len() {
        if tokens[whose].xpos != "WP$" || tokens[whose].deprel != "nmod:poss" {
            continue;
        }
        let antecedent = whose - 1;
        let Some(subject) = head_of(tokens, whose).filter(|&s| s > whose) else {
            continue;
        };
        let Some(verb) = head_of(tokens, subject).filter(|&v| {
            v > subject
                && tokens[subject].deprel.starts_with("nsubj")
                && matches!(
                    tokens[v].deprel.as_str(),
                    "ccomp" | "parataxis" | "conj" | "advcl"
                )
        }) else {
            continue;
        };
        let noun = matches!(tokens[antecedent].upos.as_str(), "NOUN" | "PROPN");
        if noun && !under(tokens, antecedent, &[verb]) {
            out.push((antecedent, verb));
        }
    }
    out
}

/// Repair 69: mends what [`whose_clauses_splitting_subjects`] finds.
pub(super) fn fix_whose_clauses_splitting_subjects(d: &mut Draft) {
    if let Some(w) = whose_clauses_splitting_subjects(d.base()) {
        let fixed = d.edit();
        // The main clause's words hung inside the relative clause or on the noun (the final
        // full stop, a reported clause) go to the main verb.
        // Heads are 1-based: the noun is `noun + 1`, the clause's last word before its comma
        // `close`.
        for (k, t) in fixed.iter_mut().enumerate().skip(w.close) {
            let inside = t.head > w.noun && t.head <= w.close;
            if k != w.verb && inside {
                t.head = w.verb + 1;
            }
        }
        // A prepositional phrase inside the relative clause read as the verb's subject, its
        // "as" maybe read as the verb's subordinator.
        for k in w.noun + 1..w.close {
            if fixed[k].head == w.verb + 1 && fixed[k].deprel.starts_with("nsubj") {
                if let Some(a) = preposed(fixed, k, w.verb).filter(|&a| a != k) {
                    let c = &mut fixed[a];
                    (c.head, c.deprel, c.upos) = (k + 1, "case".into(), "ADP".into());
                }
                (fixed[k].head, fixed[k].deprel) = (w.clause + 1, "obl".into());
            }
        }
        match w.opener {
            None if fixed[w.noun].head == 0 || fixed[w.clause].head == 0 => {
                (fixed[w.verb].head, fixed[w.verb].deprel) = (0, "root".into());
            }
            None => {}
            Some((o, main)) => {
                let rel = if fixed[o].form.eq_ignore_ascii_case("that") {
                    "ccomp"
                } else {
                    "advcl"
                };
                (fixed[w.verb].head, fixed[w.verb].deprel) = (main + 1, rel.into());
                let wh = fixed[o].xpos.starts_with("W");
                let m = &mut fixed[o];
                (m.head, m.deprel) = (w.verb + 1, if wh { "advmod" } else { "mark" }.into());
            }
        }
        let rel = subject_rel(fixed, w.verb);
        (fixed[w.noun].head, fixed[w.noun].deprel) = (w.verb + 1, rel.into());
        (fixed[w.clause].head, fixed[w.clause].deprel) = (w.noun + 1, "acl:relcl".into());
    }
}

/// A relative clause between the subject and its verb ([`whose_clauses_splitting_subjects`]).
struct WhoseSplit {
    /// The head of the noun phrase before ", whose" ("Talvane", "the company").
    noun: usize,
    /// The relative clause's verb ("fell").
    clause: usize,
    /// The comma that closes the relative clause.
    close: usize,
    /// The main verb after it ("said").
    verb: usize,
    /// The subordinator that opens the clause the noun is the subject of ("when"), and the
    /// verb that clause depends on ("began"); `None` when the noun opens the sentence.
    opener: Option<(usize, usize)>,
}

/// Repair 69: a relative clause that parts a subject from its verb.
///
/// "Talvane, whose shares fell 4.6 percent, said the contamination ..." can come out with
/// "Talvane" the root, "fell" beside it and "said" a conjunct of "fell", so the shares said it;
/// "Carrow, whose shares were suspended, did not comment" with "Carrow" a vocative; "The saga
/// began when Okafor, who scored 27 goals last season, handed in a request" with "handed" on
/// "season", so the season handed it in. When a sentence, or a clause after a subordinator
/// ("when", "after", "that"), opens with a noun phrase, a comma and "whose", "who" or "which",
/// and the relative clause's closing comma is followed (past auxiliaries, adverbs and "not")
/// by a finite verb without a subject, hung inside the relative clause or on the noun, the
/// noun phrase is that verb's subject and the relative clause the noun's. At the start of a
/// sentence, only where the noun, the relative clause or the verb is the root, so the main
/// clause is the sentence.
fn whose_clauses_splitting_subjects(tokens: &[Token]) -> Option<WhoseSplit> {
    (2..tokens.len()).find_map(|w| relative_splitting_subject(tokens, w))
}

/// The preposition of a subject `s` of `v` that has one: its phrase's own ("with the talks"),
/// or "as" read as the verb's subordinator right before it ("as head of the party
/// announced"). `s` itself when the phrase opens with its own preposition.
fn preposed(tokens: &[Token], s: usize, v: usize) -> Option<usize> {
    if prepositional_subject(tokens, s, v) {
        return Some(s);
    }
    let a = extent(tokens, s).0.checked_sub(1)?;
    (tokens[a].form.eq_ignore_ascii_case("as")
        && tokens[a].deprel == "mark"
        && tokens[a].head == v + 1)
        .then_some(a)
}

fn relative_splitting_subject(tokens: &[Token], w: usize) -> Option<WhoseSplit> {
    let word = tokens[w].form.to_lowercase();
    if !matches!(word.as_str(), "whose" | "who" | "which") || tokens[w - 1].form != "," {
        return None;
    }
    // The noun phrase ends before the comma, or before an age between commas ("Lena
    // Hofbauer, 52, who ...").
    let aged = w >= 4
        && tokens[w - 2].upos == "NUM"
        && tokens[w - 2].form.len() <= 3
        && tokens[w - 3].form == ",";
    let last = if aged { w - 4 } else { w - 2 };
    if !matches!(tokens[last].upos.as_str(), "NOUN" | "PROPN") {
        return None;
    }
    // The noun phrase, back to the start of the sentence or to a subordinator.
    let start = (0..last + 1)
        .rev()
        .find(|&k| {
            !matches!(
                tokens[k].upos.as_str(),
                "DET" | "ADJ" | "NOUN" | "PROPN" | "NUM"
            )
        })
        .map_or(0, |k| k + 1);
    let opener = match start.checked_sub(1) {
        None => None,
        Some(o) => {
            let lemma = tokens[o].form.to_lowercase();
            if !(SUBORDINATORS.contains(&lemma.as_str()) || lemma == "that") {
                return None;
            }
            Some(o)
        }
    };
    // Its head: up from the last word through the name's own links, within the phrase.
    let noun = name_head(tokens, last, |h| h <= last);
    let clause = if word == "whose" {
        let owner = head_of(tokens, w).filter(|&o| o > w)?;
        head_of(tokens, owner).filter(|&c| c > owner)?
    } else {
        head_of(tokens, w).filter(|&c| c > w && tokens[w].deprel.starts_with("nsubj"))?
    };
    if !matches!(
        tokens[clause].upos.as_str(),
        "VERB" | "AUX" | "ADJ" | "NOUN"
    ) {
        return None;
    }
    let close = (clause + 1..tokens.len()).find(|&k| tokens[k].form == ",")?;
    let verb = (close + 1..tokens.len())
        .find(|&k| !matches!(tokens[k].upos.as_str(), "AUX" | "ADV" | "PART"))?;
    let finite = matches!(tokens[verb].xpos.as_str(), "VBD" | "VBZ" | "VBP")
        || (close + 1..verb).any(|k| tokens[k].upos == "AUX");
    // A subject inside the relative clause with a preposition is the clause's own phrase:
    // "who led the city as head of the party, announced" with "head" the subject.
    // Or a copular predicate ("Iturbe, whose approval rating has fallen, is not eligible").
    let copular = matches!(tokens[verb].upos.as_str(), "ADJ" | "NOUN")
        && kids_of(tokens, verb).any(|k| k > close && k < verb && tokens[k].deprel == "cop");
    let free = (tokens[verb].upos == "VERB" || copular)
        && finite
        && !kids_of(tokens, verb).any(|k| {
            tokens[k].deprel.starts_with("nsubj")
                && !(w < k && k < close && preposed(tokens, k, verb).is_some())
        });
    if !free {
        return None;
    }
    let opener = match opener {
        None => {
            let root = |k: usize| tokens[k].head == 0;
            if !(root(noun) || root(clause) || root(verb)) {
                return None;
            }
            None
        }
        Some(o) => {
            // The verb hangs inside the relative clause or on the noun, and the clause the
            // subordinator opens depends on the verb above the noun.
            let inside = head_of(tokens, verb).is_some_and(|h| h == noun || (w < h && h < close));
            let mut main = head_of(tokens, noun)?;
            for _ in 0..tokens.len() {
                if tokens[main].upos == "VERB" || tokens[main].head == 0 {
                    break;
                }
                main = head_of(tokens, main)?;
            }
            if !inside || main > o {
                return None;
            }
            Some((o, main))
        }
    };
    Some(WhoseSplit {
        noun,
        clause,
        close,
        verb,
        opener,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotate::repair::repaired;
    use crate::annotate::repair::testing::{arcs_of, repaired_or_same, tokens};

    #[test]
    fn a_noun_with_a_whose_clause_read_as_a_second_subject_takes_the_clause() {
        // "Residents whose homes were flooded demanded pay ." with "Residents" and "homes" both
        // subjects of "flooded" and "demanded" its `xcomp`.
        let spec = [
            ("Residents", "resident", "NOUN", "NNS", 5, "nsubj:pass"),
            ("whose", "whose", "PRON", "WP$", 3, "nmod:poss"),
            ("homes", "home", "NOUN", "NNS", 5, "nsubj:pass"),
            ("were", "be", "AUX", "VBD", 5, "aux:pass"),
            ("flooded", "flood", "VERB", "VBN", 0, "root"),
            ("demanded", "demand", "VERB", "VBD", 5, "xcomp"),
            ("pay", "pay", "NOUN", "NN", 6, "obj"),
            (".", ".", "PUNCT", ".", 5, "punct"),
        ];
        assert_eq!(whose_clauses_read_as_subjects(&tokens(&spec)), [(0, 0, 4)]);
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(
            arcs,
            [
                (6, "nsubj"),
                (3, "nmod:poss"),
                (5, "nsubj:pass"),
                (5, "aux:pass"),
                (1, "acl:relcl"),
                (0, "root"),
                (6, "obj"),
                (6, "punct"),
            ]
        );
        // Two subjects without "whose" between them are another error.
        let mut other = spec;
        other[1] = ("the", "the", "DET", "DT", 3, "det");
        assert!(whose_clauses_read_as_subjects(&tokens(&other)).is_empty());
    }

    #[test]
    fn a_name_renamed_by_a_noun_with_a_whose_clause_is_the_subject_after_it() {
        // "Marquand , a professor whose brother was killed , said it ." with all three nouns
        // subjects of "killed", the root, and "said" its parataxis.
        let spec = [
            ("Marquand", "Marquand", "PROPN", "NNP", 8, "nsubj:pass"),
            (",", ",", "PUNCT", ",", 4, "punct"),
            ("a", "a", "DET", "DT", 4, "det"),
            ("professor", "professor", "NOUN", "NN", 8, "nsubj:pass"),
            ("whose", "whose", "PRON", "WP$", 6, "nmod:poss"),
            ("brother", "brother", "NOUN", "NN", 8, "nsubj:pass"),
            ("was", "be", "AUX", "VBD", 8, "aux:pass"),
            ("killed", "kill", "VERB", "VBN", 0, "root"),
            (",", ",", "PUNCT", ",", 10, "punct"),
            ("said", "say", "VERB", "VBD", 8, "parataxis"),
            ("it", "it", "PRON", "PRP", 10, "obj"),
            (".", ".", "PUNCT", ".", 8, "punct"),
        ];
        assert_eq!(whose_clauses_read_as_subjects(&tokens(&spec)), [(0, 3, 7)]);
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(arcs[9], (0, "root"));
        assert_eq!(arcs[0], (10, "nsubj"));
        assert_eq!(arcs[3], (1, "appos"));
        assert_eq!(arcs[7], (4, "acl:relcl"));
        assert_eq!((arcs[8], arcs[11]), ((10, "punct"), (10, "punct")));
        // Without the comma the first noun is no name the second renames.
        let mut bare = spec;
        bare[1] = ("the", "the", "DET", "DT", 4, "det");
        assert!(whose_clauses_read_as_subjects(&tokens(&bare)).is_empty());
    }

    #[test]
    fn a_name_with_a_whose_clause_read_as_a_clause_is_the_subject_after_it() {
        // "Lumo , the firm whose tools are used by millions , said it grew ." with "Lumo" and
        // "tools" both subjects of "used", an `advcl` of "said".
        let spec = [
            ("Lumo", "Lumo", "PROPN", "NNP", 7, "nsubj:pass"),
            (",", ",", "PUNCT", ",", 4, "punct"),
            ("the", "the", "DET", "DT", 4, "det"),
            ("firm", "firm", "NOUN", "NN", 1, "appos"),
            ("whose", "whose", "PRON", "WP$", 6, "nmod:poss"),
            ("tools", "tool", "NOUN", "NNS", 7, "nsubj:pass"),
            ("used", "use", "VERB", "VBN", 12, "advcl"),
            ("by", "by", "ADP", "IN", 9, "case"),
            ("millions", "million", "NOUN", "NNS", 7, "obl:agent"),
            (",", ",", "PUNCT", ",", 7, "punct"),
            ("they", "they", "PRON", "PRP", 12, "nsubj"),
            ("said", "say", "VERB", "VBD", 0, "root"),
            ("it", "it", "PRON", "PRP", 14, "nsubj"),
            ("grew", "grow", "VERB", "VBD", 12, "ccomp"),
            (".", ".", "PUNCT", ".", 12, "punct"),
        ];
        // With a subject of its own ("they"), the verb after the clause keeps it, and the noun
        // the clause's relation.
        assert_eq!(whose_clauses_read_as_subjects(&tokens(&spec)), [(0, 0, 6)]);
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        assert_eq!(
            (arcs_of(&fixed)[0], arcs_of(&fixed)[6]),
            ((12, "advcl"), (1, "acl:relcl"))
        );
        // Without it the noun is the verb's subject.
        let mut no_subject = spec;
        no_subject[10] = (",", ",", "PUNCT", ",", 7, "punct");
        let fixed = repaired(&tokens(&no_subject)).expect("a repair");
        assert_eq!(
            (arcs_of(&fixed)[0], arcs_of(&fixed)[6]),
            ((12, "nsubj"), (1, "acl:relcl"))
        );
    }

    #[test]
    fn a_whose_clauses_subject_read_as_an_apposition_gets_its_clause() {
        // "It was run by the UN , whose envoy , Lund , has tried ." with "envoy" an apposition
        // of "UN" and "tried" a conjunct of "run".
        let spec = [
            ("It", "it", "PRON", "PRP", 3, "nsubj:pass"),
            ("was", "be", "AUX", "VBD", 3, "aux:pass"),
            ("run", "run", "VERB", "VBN", 0, "root"),
            ("by", "by", "ADP", "IN", 6, "case"),
            ("the", "the", "DET", "DT", 6, "det"),
            ("UN", "UN", "PROPN", "NNP", 3, "obl:agent"),
            (",", ",", "PUNCT", ",", 9, "punct"),
            ("whose", "whose", "PRON", "WP$", 9, "nmod:poss"),
            ("envoy", "envoy", "NOUN", "NN", 6, "appos"),
            (",", ",", "PUNCT", ",", 11, "punct"),
            ("Lund", "Lund", "PROPN", "NNP", 9, "appos"),
            (",", ",", "PUNCT", ",", 6, "punct"),
            ("has", "have", "AUX", "VBZ", 14, "aux"),
            ("tried", "try", "VERB", "VBN", 3, "conj"),
            (".", ".", "PUNCT", ".", 3, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(arcs[8], (14, "nsubj"));
        assert_eq!(arcs[13], (6, "acl:relcl"));
        assert_eq!(arcs[10], (9, "appos"));
        // A verb with its own subject is another clause: left alone.
        let mut own = spec.to_vec();
        own[11] = ("she", "she", "PRON", "PRP", 14, "nsubj");
        assert_eq!(arcs_of(&repaired_or_same(&own))[8], (6, "appos"));
    }

    #[test]
    fn a_whose_clauses_verb_read_as_a_modifier_of_its_subject_is_the_clauses() {
        // "Renn , whose union struck in 2019 , said it ." with "union" an apposition of "Renn",
        // "struck" a participle modifying it and "in 2019" on "union".
        let spec = [
            ("Renn", "Renn", "PROPN", "NNP", 11, "nsubj"),
            (",", ",", "PUNCT", ",", 4, "punct"),
            ("whose", "whose", "PRON", "WP$", 4, "nmod:poss"),
            ("union", "union", "NOUN", "NN", 1, "appos"),
            ("struck", "strike", "VERB", "VBN", 4, "acl"),
            ("in", "in", "ADP", "IN", 7, "case"),
            ("2019", "2019", "NUM", "CD", 4, "nmod"),
            (",", ",", "PUNCT", ",", 1, "punct"),
            ("it", "it", "PRON", "PRP", 11, "nsubj"),
            ("had", "have", "AUX", "VBD", 11, "aux"),
            ("said", "say", "VERB", "VBD", 0, "root"),
            (".", ".", "PUNCT", ".", 11, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(arcs[4], (1, "acl:relcl"));
        assert_eq!(arcs[3], (5, "nsubj"));
        assert_eq!(arcs[6], (5, "obl"));
        assert_eq!(
            (fixed[4].xpos.as_str(), fixed[4].lemma.as_str()),
            ("VBD", "strike")
        );
    }

    #[test]
    fn a_whose_clause_read_as_a_verbs_complement_is_the_nouns_before_it() {
        // "said Kettering , a solicitor whose firm represents them ." with "represents" a
        // second complement of "said".
        let spec = [
            ("said", "say", "VERB", "VBD", 0, "root"),
            ("Kettering", "Kettering", "PROPN", "NNP", 1, "nsubj"),
            (",", ",", "PUNCT", ",", 5, "punct"),
            ("a", "a", "DET", "DT", 5, "det"),
            ("solicitor", "solicitor", "NOUN", "NN", 2, "appos"),
            ("whose", "whose", "PRON", "WP$", 7, "nmod:poss"),
            ("firm", "firm", "NOUN", "NN", 8, "nsubj"),
            ("represents", "represent", "VERB", "VBZ", 1, "ccomp"),
            ("them", "they", "PRON", "PRP", 8, "obj"),
            (".", ".", "PUNCT", ".", 1, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        assert_eq!(arcs_of(&fixed)[7], (5, "acl:relcl"));
        // "asked whose firm represents them": no noun before "whose".
        let mut asked = spec.to_vec();
        asked[4] = ("asked", "ask", "VERB", "VBD", 2, "acl");
        assert!(whose_clauses_read_as_other_clauses(&tokens(&asked)).is_empty());
    }

    #[test]
    fn a_whose_clause_between_subject_and_verb_is_the_subjects() {
        // "Talvane , whose shares fell , said it ." with "Talvane" the root, "fell" beside it
        // and "said" a conjunct of "fell".
        let spec = [
            ("Talvane", "Talvane", "PROPN", "NNP", 0, "root"),
            (",", ",", "PUNCT", ",", 1, "punct"),
            ("whose", "whose", "PRON", "WP$", 4, "nmod:poss"),
            ("shares", "share", "NOUN", "NNS", 5, "nsubj"),
            ("fell", "fall", "VERB", "VBD", 1, "parataxis"),
            (",", ",", "PUNCT", ",", 7, "punct"),
            ("said", "say", "VERB", "VBD", 5, "conj"),
            ("it", "it", "PRON", "PRP", 7, "obj"),
            (".", ".", "PUNCT", ".", 5, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(arcs[0], (7, "nsubj"));
        assert_eq!(arcs[4], (1, "acl:relcl"));
        assert_eq!(arcs[6], (0, "root"));
        assert_eq!(arcs[8], (7, "punct"));
        // "Carrow , whose shares fell , did not comment ." with "Carrow" a vocative of the root.
        let carrow = [
            ("Carrow", "Carrow", "PROPN", "NNP", 9, "vocative"),
            (",", ",", "PUNCT", ",", 1, "punct"),
            ("whose", "whose", "PRON", "WP$", 4, "nmod:poss"),
            ("shares", "share", "NOUN", "NNS", 5, "nsubj"),
            ("fell", "fall", "VERB", "VBD", 9, "advcl"),
            (",", ",", "PUNCT", ",", 5, "punct"),
            ("did", "do", "AUX", "VBD", 9, "aux"),
            ("not", "not", "PART", "RB", 9, "advmod"),
            ("comment", "comment", "VERB", "VB", 0, "root"),
            (".", ".", "PUNCT", ".", 9, "punct"),
        ];
        let fixed = repaired(&tokens(&carrow)).expect("a repair");
        assert_eq!((fixed[0].head, fixed[0].deprel.as_str()), (9, "nsubj"));
        assert_eq!((fixed[4].head, fixed[4].deprel.as_str()), (1, "acl:relcl"));
        // "Iturbe , whose rating fell , is eligible ." with the relative clause the root and the
        // copular predicate its conjunct.
        let copular = [
            ("Iturbe", "Iturbe", "PROPN", "NNP", 5, "vocative"),
            (",", ",", "PUNCT", ",", 1, "punct"),
            ("whose", "whose", "PRON", "WP$", 4, "nmod:poss"),
            ("rating", "rating", "NOUN", "NN", 5, "nsubj"),
            ("fell", "fall", "VERB", "VBD", 0, "root"),
            (",", ",", "PUNCT", ",", 8, "punct"),
            ("is", "be", "AUX", "VBZ", 8, "cop"),
            ("eligible", "eligible", "ADJ", "JJ", 5, "conj"),
            (".", ".", "PUNCT", ".", 8, "punct"),
        ];
        let fixed = repaired(&tokens(&copular)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(arcs[0], (8, "nsubj"));
        assert_eq!(arcs[4], (1, "acl:relcl"));
        assert_eq!(arcs[7], (0, "root"));
        // Not when the main verb has a subject of its own ("..., it said").
        let mut own = spec;
        own[7] = ("it", "it", "PRON", "PRP", 7, "nsubj");
        assert!(whose_clauses_splitting_subjects(&tokens(&own)).is_none());
        // Not after a verb: the sentence does not open with the noun phrase.
        let mut late = spec;
        late[0] = ("Ask", "ask", "VERB", "VB", 0, "root");
        assert!(whose_clauses_splitting_subjects(&tokens(&late)).is_none());
        // "The saga began in July when Okafor , who scored , handed in a request ." with
        // "Okafor" an apposition of "July" and "handed" on the relative clause.
        let when = [
            ("The", "the", "DET", "DT", 2, "det"),
            ("saga", "saga", "NOUN", "NN", 3, "nsubj"),
            ("began", "begin", "VERB", "VBD", 0, "root"),
            ("in", "in", "ADP", "IN", 5, "case"),
            ("July", "July", "PROPN", "NNP", 3, "obl"),
            ("when", "when", "ADV", "WRB", 7, "advmod"),
            ("Okafor", "Okafor", "PROPN", "NNP", 5, "appos"),
            (",", ",", "PUNCT", ",", 10, "punct"),
            ("who", "who", "PRON", "WP", 10, "nsubj"),
            ("scored", "score", "VERB", "VBD", 7, "acl:relcl"),
            (",", ",", "PUNCT", ",", 12, "punct"),
            ("handed", "hand", "VERB", "VBD", 10, "conj"),
            ("in", "in", "ADP", "IN", 15, "case"),
            ("a", "a", "DET", "DT", 15, "det"),
            ("request", "request", "NOUN", "NN", 12, "obl"),
            (".", ".", "PUNCT", ".", 3, "punct"),
        ];
        let fixed = repaired(&tokens(&when)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(arcs[6], (12, "nsubj"));
        assert_eq!(arcs[11], (3, "advcl"));
        assert_eq!(arcs[5], (12, "advmod"));
        assert_eq!(arcs[9], (7, "acl:relcl"));
        // An age between the name and its clause: "Lena Hofbauer , 52 , who led , announced it ."
        let aged = [
            ("Lena", "Lena", "PROPN", "NNP", 0, "root"),
            ("Hofbauer", "Hofbauer", "PROPN", "NNP", 1, "flat"),
            (",", ",", "PUNCT", ",", 4, "punct"),
            ("52", "52", "NUM", "CD", 1, "list"),
            (",", ",", "PUNCT", ",", 7, "punct"),
            ("who", "who", "PRON", "WP", 7, "nsubj"),
            ("led", "lead", "VERB", "VBD", 1, "acl:relcl"),
            (",", ",", "PUNCT", ",", 9, "punct"),
            ("announced", "announce", "VERB", "VBD", 7, "conj"),
            ("it", "it", "PRON", "PRP", 9, "obj"),
            (".", ".", "PUNCT", ".", 1, "punct"),
        ];
        let fixed = repaired(&tokens(&aged)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(
            (arcs[0], arcs[6], arcs[8]),
            ((9, "nsubj"), (1, "acl:relcl"), (0, "root"))
        );
        // "..., who led as head , announced it ." with "as" the verb's subordinator and "head"
        // its subject: both go back to the relative clause.
        let mut as_head = aged.to_vec();
        as_head.insert(7, ("as", "as", "ADP", "IN", 9, "mark"));
        as_head.insert(8, ("head", "head", "NOUN", "NN", 9, "nsubj"));
        for t in as_head.iter_mut() {
            if t.4 > 7 {
                t.4 += 2;
            }
        }
        assert_eq!((as_head[7].4, as_head[8].4, as_head[9].4), (11, 11, 11));
        let fixed = repaired(&tokens(&as_head)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(
            (arcs[0], arcs[7], arcs[8], arcs[10]),
            ((11, "nsubj"), (9, "case"), (7, "obl"), (0, "root"))
        );
        // Not after a word that opens no clause ("in July with Okafor , who ...").
        let mut with = when;
        with[5] = ("with", "with", "ADP", "IN", 7, "case");
        assert!(whose_clauses_splitting_subjects(&tokens(&with)).is_none());
        // Not when the verb after the comma is not finite ("..., handing in a request").
        let mut ing = when;
        ing[11] = ("handing", "hand", "VERB", "VBG", 10, "advcl");
        assert!(whose_clauses_splitting_subjects(&tokens(&ing)).is_none());
    }
}
