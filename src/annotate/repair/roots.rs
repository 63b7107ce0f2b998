//! The wrong word made the sentence's root: an opening adjective or phrase, or the role noun before
//! the subject's name.
//!
//! The sentence-initial adjective as root. "Ukrainian President X, speaking ..., called ..." can
//! come out with "Ukrainian" as the root and "called" as its conjunct; the verb becomes the root
//! and the adjective a modifier of the noun after it.
//!
//! A clause read as the apposition of the noun before its subject ("Opposition leader Maria
//! Costa accused ..." with "leader" the root and "accused" its apposition): the verb is the
//! root, the noun its subject and the name the noun's apposition.

use super::draft::Draft;
use super::tree_helpers::{
    extent, finite_clause, head_of, kids_of, subject_rel, take_place, under, verb_group_from,
};
use crate::document::Token;

/// Repair 103: mends what [`opening_phrases_made_roots`] finds.
pub(super) fn fix_opening_phrases_made_roots(d: &mut Draft) {
    if let Some((phrase, verb)) = opening_phrases_made_roots(d.base()) {
        let fixed = d.edit();
        let prepositional = kids_of(fixed, phrase).any(|k| fixed[k].deprel == "case");
        // Punctuation before the phrase (an opening quote) goes to the verb; the comma after
        // it stays with the phrase, as the treebanks have it.
        for t in &mut fixed[..phrase] {
            if t.head == phrase + 1 && t.deprel == "punct" {
                t.head = verb + 1;
            }
        }
        take_place(fixed, phrase, verb);
        fixed[phrase].head = verb + 1;
        fixed[phrase].deprel = if prepositional {
            "obl"
        } else if fixed[phrase].upos == "ADV" {
            "advmod"
        } else {
            "obl:unmarked"
        }
        .into();
    }
}

/// Repair 103: the phrase that opens the sentence read as its root.
///
/// Pairs (phrase, verb): "Overnight, the trust's IT staff isolated infected servers" and "By
/// 5 p.m. on Tuesday, more than 60,000 owners had signed up" can come out with "Overnight" and
/// "5" the root and the clause after the comma their `parataxis` or `conj`. An adverb or a
/// prepositional phrase before a comma, with no subject, copula or auxiliary of its own, modifies
/// the clause after it when that clause's verb has its own subject after the comma: the verb
/// takes the phrase's place (the root, or what a closing report says: "..., she added."). Not a
/// clause opened by a subordinator or a relative word ("At Antioch, where he stayed the
/// longest, two of his companions died"). On the treebanks' parses (GUM train), the adverbs and
/// prepositional phrases so read are the gold tree's modifiers 7 times in 8; bare nouns and
/// names before a comma are not repaired (13 of 22 right: "The best way, and I believe the
/// fairest way, to help families ...").
fn opening_phrases_made_roots(tokens: &[Token]) -> Option<(usize, usize)> {
    let root = tokens.iter().position(|t| t.head == 0)?;
    let opener = |r: usize| {
        let prepositional = kids_of(tokens, r).any(|k| tokens[k].deprel == "case" && k < r);
        let own_clause = kids_of(tokens, r).any(|k| {
            matches!(
                tokens[k].deprel.split(':').next(),
                Some("nsubj" | "cop" | "aux" | "expl" | "csubj")
            )
        });
        let kind = tokens[r].upos == "ADV"
            || (prepositional && matches!(tokens[r].upos.as_str(), "NOUN" | "PROPN" | "NUM"));
        kind && !own_clause
    };
    // The root, or the clause a closing report says ("Overnight, ..., she added.").
    let phrase = if opener(root) {
        root
    } else {
        kids_of(tokens, root).find(|&k| k < root && tokens[k].deprel == "ccomp" && opener(k))?
    };
    let comma = (phrase + 1..tokens.len()).find(|&k| tokens[k].form == ",")?;
    let verb = kids_of(tokens, phrase).find(|&v| {
        v > comma
            && matches!(tokens[v].upos.as_str(), "VERB" | "AUX")
            && matches!(
                tokens[v].deprel.as_str(),
                "parataxis" | "conj" | "ccomp" | "advcl"
            )
            && !kids_of(tokens, v).any(|k| {
                // "more than 60,000 owners had signed up" may hang "than" on the verb; a
                // coordinator makes a real conjunct ("Not just because of ..., but I think").
                tokens[k].deprel == "cc"
                    || (tokens[k].deprel == "mark" && !tokens[k].lemma.eq_ignore_ascii_case("than"))
                    || matches!(tokens[k].xpos.as_str(), "WRB" | "WDT" | "WP" | "WP$")
            })
    })?;
    let subject = kids_of(tokens, verb)
        .any(|k| k > comma && k < verb && tokens[k].deprel.starts_with("nsubj"));
    // Everything before the comma is the phrase's, none of it the clause's.
    let opening = (0..comma).all(|k| {
        let own = k == phrase || under(tokens, k, &[phrase]);
        tokens[k].upos == "PUNCT" || (own && !under(tokens, k, &[verb]))
    });
    (subject && opening).then_some((phrase, verb))
}

/// Repair 33: mends what [`clauses_read_as_appositions`] finds.
pub(super) fn fix_clauses_read_as_appositions(d: &mut Draft) {
    for (verb, noun, subject) in clauses_read_as_appositions(d.base()) {
        let fixed = d.edit();
        take_place(fixed, noun, verb);
        let rel = subject_rel(fixed, verb);
        fixed[noun].head = verb + 1;
        fixed[noun].deprel = rel.into();
        fixed[subject].head = noun + 1;
        fixed[subject].deprel = "appos".into();
    }
}

/// Repair 33: a clause read as the apposition of the noun before its subject.
///
/// Triples (verb, noun, subject): a finite verb read as the apposition (`appos`) of the common
/// noun right before its subject's phrase, as in "Opposition leader Maria Costa accused ..."
/// with "leader" the root. A clause with a subject of its own is no apposition: the verb takes
/// the noun's place, the noun is its subject, and the name after the noun is the noun's
/// apposition, as UD annotates a role noun before a name.
fn clauses_read_as_appositions(tokens: &[Token]) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    for (v, tk) in tokens.iter().enumerate() {
        if tk.deprel != "appos" || tk.upos != "VERB" {
            continue;
        }
        if !matches!(tk.xpos.as_str(), "VBD" | "VBZ" | "VBP") {
            continue;
        }
        let Some(n) = head_of(tokens, v).filter(|&n| n < v && tokens[n].upos == "NOUN") else {
            continue;
        };
        let subject = kids_of(tokens, v).find(|&s| {
            s < v
                && tokens[s].deprel == "nsubj"
                && tokens[s].upos == "PROPN"
                && extent(tokens, s).0 == n + 1
                && tokens[n + 1].upos == "PROPN"
        });
        if let Some(s) = subject {
            out.push((v, n, s));
        }
    }
    out
}

/// Mends what [`adjective_root`] finds.
pub(super) fn fix_adjective_root(d: &mut Draft) {
    if let Some((adjective, verb)) = adjective_root(d.base()) {
        let fixed = d.edit();
        for tk in fixed.iter_mut() {
            if tk.head == adjective + 1 {
                tk.head = verb + 1;
            }
        }
        fixed[verb].head = 0;
        fixed[verb].deprel = "root".into();
        fixed[adjective].head = adjective + 2;
        fixed[adjective].deprel = "amod".into();
    }
}

/// Pair (adjective, verb): a sentence-initial adjective read as the root, with the sentence's
/// verb as its conjunct ("Ukrainian President X, speaking ..., called ..." with "Ukrainian" as
/// root and "called" its `conj`). The adjective modifies the noun after it; the verb is the root.
fn adjective_root(tokens: &[Token]) -> Option<(usize, usize)> {
    let a = tokens.iter().position(|tk| tk.head == 0)?;
    let kids = |h: usize| kids_of(tokens, h);
    let leading_punct = tokens[..a].iter().all(|tk| tk.upos == "PUNCT");
    if tokens[a].upos != "ADJ"
        || !leading_punct
        || a + 1 >= tokens.len()
        || !matches!(tokens[a + 1].upos.as_str(), "NOUN" | "PROPN")
        || kids(a).any(|c| {
            let d = tokens[c].deprel.as_str();
            d == "cop" || d.starts_with("nsubj") || d.starts_with("csubj")
        })
    {
        return None;
    }
    let verb = kids(a).find(|&c| {
        // As a conjunct the verb may have lost its subject to a participle (repaired next);
        // read as an adverbial or parenthetical clause it must have one.
        let subject = kids(c).any(|s| tokens[s].deprel.starts_with("nsubj"));
        tokens[c].upos == "VERB"
            && match tokens[c].deprel.as_str() {
                "conj" => true,
                "advcl" | "parataxis" => subject,
                _ => false,
            }
    })?;
    Some((a, verb))
}

/// Repair 127: mends what [`subjects_made_roots`] finds.
pub(super) fn fix_subjects_made_roots(d: &mut Draft) {
    if let Some((noun, verb)) = subjects_made_roots(d.base()) {
        let fixed = d.edit();
        // The commas and the adverb between them go with the verb.
        for t in &mut fixed[noun + 1..verb] {
            if t.head == noun + 1 && (t.upos == "ADV" || t.upos == "PUNCT" && t.form == ",") {
                t.head = verb + 1;
            }
        }
        take_place(fixed, noun, verb);
        let rel = subject_rel(fixed, verb);
        (fixed[noun].head, fixed[noun].deprel) = (verb + 1, rel.into());
    }
}

/// Repair 138: mends what [`subjects_made_roots_over_prepositions`] finds.
pub(super) fn fix_subjects_made_roots_over_prepositions(d: &mut Draft) {
    if let Some((noun, prep, name, verb)) = subjects_made_roots_over_prepositions(d.base()) {
        let fixed = d.edit();
        take_place(fixed, noun, verb);
        let rel = subject_rel(fixed, verb);
        (fixed[noun].head, fixed[noun].deprel) = (verb + 1, rel.into());
        (fixed[name].head, fixed[name].deprel) = (noun + 1, "nmod".into());
        (fixed[prep].head, fixed[prep].deprel) = (name + 1, "case".into());
    }
}

/// Repair 138: the subject made the root, its preposition the mark of the verb.
///
/// Quadruple (noun, preposition, name, verb): "Pilots at Calvarra Air walked off the job" can
/// come out with "Pilots" the root, "walked" its clause marked by "at" and "Calvarra Air" the
/// verb's subject, so that the airline walked off. A plural noun that opens the sentence as its
/// root, followed by a preposition and a name that the parser made the mark and the subject of
/// a finite verb hung on the noun, is that verb's subject, and the name its modifier.
fn subjects_made_roots_over_prepositions(tokens: &[Token]) -> Option<(usize, usize, usize, usize)> {
    let noun = tokens.iter().position(|t| t.head == 0)?;
    let opens = (0..noun).all(|k| head_of(tokens, k) == Some(noun) && tokens[k].deprel == "det");
    if !opens || tokens[noun].upos != "NOUN" || tokens[noun].xpos != "NNS" {
        return None;
    }
    let (prep, name) = (noun + 1, noun + 2);
    if name >= tokens.len() {
        return None;
    }
    let verb = head_of(tokens, prep).filter(|&v| {
        tokens[prep].upos == "ADP"
            && tokens[prep].deprel == "mark"
            && tokens[v].upos == "VERB"
            && head_of(tokens, v) == Some(noun)
            && finite_clause(tokens, v)
    })?;
    let named = tokens[name].upos == "PROPN"
        && head_of(tokens, name) == Some(verb)
        && tokens[name].deprel.starts_with("nsubj")
        && extent(tokens, name).1 < verb;
    named.then_some((noun, prep, name, verb))
}

/// Repair 127: the subject made the root, its verb after an adverb between commas.
///
/// Pair (noun, verb): "Aid agencies, however, criticised the pace of the response" can come out
/// with "agencies" the root and "criticised" its `parataxis`. A noun phrase that opens the
/// sentence as its root, with no copula, case or clause of its own, followed by nothing but
/// adverbs between two commas and then a finite verb without a subject that hangs on it, is that
/// verb's subject.
fn subjects_made_roots(tokens: &[Token]) -> Option<(usize, usize)> {
    let noun = tokens.iter().position(|t| t.head == 0)?;
    if !matches!(tokens[noun].upos.as_str(), "NOUN" | "PROPN" | "NUM")
        || kids_of(tokens, noun).any(|k| {
            matches!(
                tokens[k].deprel.split(':').next(),
                Some("nsubj" | "cop" | "aux" | "case" | "mark" | "expl" | "csubj")
            )
        })
    {
        return None;
    }
    // The noun phrase opens the sentence (after an opening quote at most) and ends at a comma.
    let open = (0..noun).all(|k| under(tokens, k, &[noun]) || tokens[k].upos == "PUNCT");
    let first = (noun + 1..tokens.len()).find(|&k| tokens[k].form == ",")?;
    let phrase = (noun + 1..first).all(|k| under(tokens, k, &[noun]));
    let second = (first + 1..tokens.len()).find(|&k| tokens[k].form == ",")?;
    // Adverbs between the commas ("however"), or the noun's apposition ("Two of Ohio's largest
    // hospital operators, Lakeshore Health and St. Brendan Medical Group, announced").
    let adverbs = (first + 1..second).all(|k| tokens[k].upos == "ADV");
    // The apposition may rename a noun inside the phrase ("Shares in Vesko Maritime, his listed
    // shipping company, fell").
    // Or a relative clause between the commas ("Shares in the company, which is listed on the
    // Marlowe exchange, quadrupled").
    let apposition = (first + 1..second).find(|&a| {
        matches!(tokens[a].deprel.as_str(), "appos" | "acl:relcl")
            && head_of(tokens, a).is_some_and(|h| {
                h == noun
                    || (h < first && tokens[h].deprel == "nmod" && head_of(tokens, h) == Some(noun))
            })
    });
    let renamed = apposition.is_some_and(|a| {
        (first + 1..second).all(|k| k == a || under(tokens, k, &[a]) || tokens[k].upos == "PUNCT")
    });
    if !open || !phrase || second == first + 1 || !(adverbs || renamed) {
        return None;
    }
    let verb = kids_of(tokens, noun).find(|&v| {
        v > second
            && tokens[v].upos == "VERB"
            && matches!(
                tokens[v].deprel.as_str(),
                "parataxis" | "conj" | "acl" | "appos"
            )
            && finite_clause(tokens, v)
            && !kids_of(tokens, v).any(|k| {
                // "Galois' cousin, Gabriel Demante, when asked ...": a clause of its own.
                tokens[k].deprel.starts_with("nsubj")
                    || matches!(tokens[k].deprel.as_str(), "cc" | "mark" | "csubj")
                    || tokens[k].xpos.starts_with('W')
            })
    })?;
    // Between the second comma and the verb only its auxiliaries and adverbs.
    verb_group_from(tokens, second + 1, verb).then_some((noun, verb))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotate::repair::repaired;
    use crate::annotate::repair::testing::{arcs_of, tokens};

    #[test]
    fn a_plural_root_before_a_preposition_and_a_name_is_the_subject() {
        // "Pilots at Calvarra walked off ." with "Pilots" the root, "walked" its clause marked
        // by "at" and "Calvarra" its subject.
        let spec = [
            ("Pilots", "pilot", "NOUN", "NNS", 0, "root"),
            ("at", "at", "ADP", "IN", 4, "mark"),
            ("Calvarra", "Calvarra", "PROPN", "NNP", 4, "nsubj"),
            ("walked", "walk", "VERB", "VBD", 1, "acl"),
            ("off", "off", "ADP", "RP", 4, "compound:prt"),
            (".", ".", "PUNCT", ".", 1, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(
            arcs,
            [
                (4, "nsubj"),
                (3, "case"),
                (1, "nmod"),
                (0, "root"),
                (4, "compound:prt"),
                (4, "punct"),
            ]
        );
        // A singular noun ("Workforce at Calvarra walked") may be a headline's; left alone.
        let mut singular = spec;
        singular[0].3 = "NN";
        assert!(subjects_made_roots_over_prepositions(&tokens(&singular)).is_none());
        // A one-word sentence has no room for it.
        assert!(subjects_made_roots_over_prepositions(&tokens(&spec[..1])).is_none());
    }

    #[test]
    fn an_opening_phrase_made_the_root_gives_way_to_the_clause() {
        // "Overnight , staff isolated servers ." with "Overnight" the root and "isolated" its
        // parataxis.
        let spec = [
            ("Overnight", "overnight", "ADV", "RB", 0, "root"),
            (",", ",", "PUNCT", ",", 1, "punct"),
            ("staff", "staff", "NOUN", "NN", 4, "nsubj"),
            ("isolated", "isolate", "VERB", "VBD", 1, "parataxis"),
            ("servers", "server", "NOUN", "NNS", 4, "obj"),
            (".", ".", "PUNCT", ".", 1, "punct"),
        ];
        assert_eq!(opening_phrases_made_roots(&tokens(&spec)), Some((0, 3)));
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(
            arcs,
            [
                (4, "advmod"),
                (1, "punct"),
                (4, "nsubj"),
                (0, "root"),
                (4, "obj"),
                (4, "punct")
            ]
        );
        // A prepositional phrase is an oblique, also what a closing report says.
        let mut reported = spec;
        reported[0] = ("dawn", "dawn", "NOUN", "NN", 8, "ccomp");
        reported[5] = (",", ",", "PUNCT", ",", 1, "punct");
        let reported: Vec<_> = [("At", "at", "ADP", "IN", 2, "case")]
            .into_iter()
            .chain(
                reported
                    .iter()
                    .map(|&(f, l, u, x, h, d)| (f, l, u, x, if h == 0 { 0 } else { h + 1 }, d)),
            )
            .chain([
                ("she", "she", "PRON", "PRP", 9, "nsubj"),
                ("said", "say", "VERB", "VBD", 0, "root"),
                (".", ".", "PUNCT", ".", 9, "punct"),
            ])
            .collect();
        let fixed = repaired(&tokens(&reported)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!((arcs[1], arcs[4]), ((5, "obl"), (9, "ccomp")));
        // Not a bare noun, a phrase with a subject of its own, a clause opened by a
        // subordinator, nor a clause without a subject after the comma.
        let mut noun = spec;
        noun[0] = ("Overnight", "overnight", "NOUN", "NN", 0, "root");
        assert_eq!(opening_phrases_made_roots(&tokens(&noun)), None);
        let marked = [
            ("Overnight", "overnight", "ADV", "RB", 0, "root"),
            (",", ",", "PUNCT", ",", 1, "punct"),
            ("when", "when", "SCONJ", "WRB", 5, "mark"),
            ("staff", "staff", "NOUN", "NN", 5, "nsubj"),
            ("isolated", "isolate", "VERB", "VBD", 1, "advcl"),
            ("servers", "server", "NOUN", "NNS", 5, "obj"),
            (".", ".", "PUNCT", ".", 1, "punct"),
        ];
        assert_eq!(opening_phrases_made_roots(&tokens(&marked)), None);
        let mut bare = spec;
        bare[2] = ("fully", "fully", "ADV", "RB", 4, "advmod");
        assert_eq!(opening_phrases_made_roots(&tokens(&bare)), None);
    }

    #[test]
    fn a_clause_read_as_an_apposition_of_a_role_noun_is_the_clause() {
        // "Opposition leader Maria Costa accused Dahl ." with "leader" the root.
        let mut spec = vec![
            ("Opposition", "opposition", "NOUN", "NN", 2, "compound"),
            ("leader", "leader", "NOUN", "NN", 0, "root"),
            ("Maria", "Maria", "PROPN", "NNP", 5, "nsubj"),
            ("Costa", "Costa", "PROPN", "NNP", 3, "flat"),
            ("accused", "accuse", "VERB", "VBD", 2, "appos"),
            ("Dahl", "Dahl", "PROPN", "NNP", 5, "obj"),
            (".", ".", "PUNCT", ".", 2, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(
            arcs,
            vec![
                (2, "compound"),
                (5, "nsubj"),
                (2, "appos"),
                (3, "flat"),
                (0, "root"),
                (5, "obj"),
                (5, "punct"),
            ]
        );
        // A determiner opens the subject ("Pools The Mariner ... had"): a heading, not a role.
        spec[2] = ("The", "the", "DET", "DT", 4, "det");
        spec[3] = ("Mariner", "Mariner", "PROPN", "NNP", 5, "nsubj");
        assert!(repaired(&tokens(&spec)).is_none());
    }

    #[test]
    fn a_participle_clause_gives_back_the_subject_and_an_adjective_is_no_root() {
        // "Chilean President Ana Lima , speaking in Lima , called the talks useful ." with
        // "Chilean" as root, "called" its conjunct and "Lima" the subject of "speaking".
        let toks = tokens(&[
            ("Chilean", "chilean", "ADJ", "JJ", 0, "root"),
            ("President", "President", "PROPN", "NNP", 3, "nmod:desc"),
            ("Ana", "Ana", "PROPN", "NNP", 6, "nsubj"),
            ("Lima", "Lima", "PROPN", "NNP", 3, "flat"),
            (",", ",", "PUNCT", ",", 6, "punct"),
            ("speaking", "speak", "VERB", "VBG", 10, "advcl"),
            ("in", "in", "ADP", "IN", 8, "case"),
            ("Lima", "Lima", "PROPN", "NNP", 6, "obl"),
            (",", ",", "PUNCT", ",", 6, "punct"),
            ("called", "call", "VERB", "VBD", 1, "conj"),
            ("the", "the", "DET", "DT", 12, "det"),
            ("talks", "talk", "NOUN", "NNS", 10, "obj"),
            ("useful", "useful", "ADJ", "JJ", 10, "xcomp"),
            (".", ".", "PUNCT", ".", 10, "punct"),
        ]);
        let mut toks = toks;
        let fixed = repaired(&toks).expect("a repair");
        let arcs = |i: usize| (fixed[i].head, fixed[i].deprel.as_str());
        assert_eq!(arcs(9), (0, "root"));
        assert_eq!(arcs(0), (2, "amod"));
        assert_eq!(arcs(2), (10, "nsubj"));
        // With its own subject, the verb keeps it and the participle keeps its own.
        toks[2].head = 10;
        let fixed = repaired(&toks).expect("the adjective root is still repaired");
        assert_eq!((fixed[2].head, fixed[2].deprel.as_str()), (10, "nsubj"));
        assert_eq!(fixed[9].head, 0);
        // A marked clause ("while speaking") is not a participle clause.
        let mut marked = tokens(&[
            ("Lima", "Lima", "PROPN", "NNP", 4, "nsubj"),
            (",", ",", "PUNCT", ",", 4, "punct"),
            ("while", "while", "SCONJ", "IN", 4, "mark"),
            ("speaking", "speak", "VERB", "VBG", 5, "advcl"),
            ("called", "call", "VERB", "VBD", 0, "root"),
        ]);
        assert!(repaired(&marked).is_none());
        marked[2].deprel = "punct".into();
        marked[2].upos = "PUNCT".into();
        let fixed = repaired(&marked).expect("a participle clause");
        assert_eq!(fixed[0].head, 5);
    }

    #[test]
    fn a_subject_made_the_root_before_the_apposition_of_its_modifier_gives_way_to_its_verb() {
        // "Shares in Vesko , his company , fell ." with "Shares" the root, "company" an
        // apposition of "Vesko" and "fell" a parataxis.
        let spec = [
            ("Shares", "share", "NOUN", "NNS", 0, "root"),
            ("in", "in", "ADP", "IN", 3, "case"),
            ("Vesko", "Vesko", "PROPN", "NNP", 1, "nmod"),
            (",", ",", "PUNCT", ",", 6, "punct"),
            ("his", "his", "PRON", "PRP$", 6, "nmod:poss"),
            ("company", "company", "NOUN", "NN", 3, "appos"),
            (",", ",", "PUNCT", ",", 8, "punct"),
            ("fell", "fall", "VERB", "VBD", 1, "parataxis"),
            (".", ".", "PUNCT", ".", 1, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(arcs[7], (0, "root"));
        assert_eq!(arcs[0], (8, "nsubj"));
        assert_eq!(arcs[5], (3, "appos"));
        // "Shares in Vesko , which is listed , fell ." with the relative clause between the
        // commas.
        let spec = [
            ("Shares", "share", "NOUN", "NNS", 0, "root"),
            ("in", "in", "ADP", "IN", 3, "case"),
            ("Vesko", "Vesko", "PROPN", "NNP", 1, "nmod"),
            (",", ",", "PUNCT", ",", 7, "punct"),
            ("which", "which", "PRON", "WDT", 7, "nsubj:pass"),
            ("is", "be", "AUX", "VBZ", 7, "aux:pass"),
            ("listed", "list", "VERB", "VBN", 3, "acl:relcl"),
            (",", ",", "PUNCT", ",", 9, "punct"),
            ("fell", "fall", "VERB", "VBD", 1, "parataxis"),
            (".", ".", "PUNCT", ".", 1, "punct"),
        ];
        assert_eq!(subjects_made_roots(&tokens(&spec)), Some((0, 8)));
    }

    #[test]
    fn a_subject_made_the_root_before_an_adverb_between_commas_gives_way_to_its_verb() {
        // "Aid agencies , however , criticised the pace ." with "agencies" the root and
        // "criticised" its parataxis.
        let spec = [
            ("Aid", "aid", "NOUN", "NN", 2, "compound"),
            ("agencies", "agency", "NOUN", "NNS", 0, "root"),
            (",", ",", "PUNCT", ",", 6, "punct"),
            ("however", "however", "ADV", "RB", 6, "advmod"),
            (",", ",", "PUNCT", ",", 4, "punct"),
            ("criticised", "criticise", "VERB", "VBD", 2, "parataxis"),
            ("the", "the", "DET", "DT", 8, "det"),
            ("pace", "pace", "NOUN", "NN", 6, "obj"),
            (".", ".", "PUNCT", ".", 2, "punct"),
        ];
        assert_eq!(subjects_made_roots(&tokens(&spec)), Some((1, 5)));
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        assert_eq!(
            arcs_of(&fixed),
            [
                (2, "compound"),
                (6, "nsubj"),
                (6, "punct"),
                (6, "advmod"),
                (4, "punct"),
                (0, "root"),
                (8, "det"),
                (6, "obj"),
                (6, "punct")
            ]
        );
        // The noun's apposition between the commas, and the verb's auxiliary after them.
        let renamed = [
            ("Two", "two", "NUM", "CD", 0, "root"),
            ("of", "of", "ADP", "IN", 4, "case"),
            ("the", "the", "DET", "DT", 4, "det"),
            ("firms", "firm", "NOUN", "NNS", 1, "nmod"),
            (",", ",", "PUNCT", ",", 6, "punct"),
            ("Acme", "Acme", "PROPN", "NNP", 1, "appos"),
            (",", ",", "PUNCT", ",", 1, "punct"),
            ("have", "have", "AUX", "VBP", 9, "aux"),
            ("merged", "merge", "VERB", "VBN", 1, "parataxis"),
            (".", ".", "PUNCT", ".", 1, "punct"),
        ];
        assert_eq!(subjects_made_roots(&tokens(&renamed)), Some((0, 8)));
        // Not a clause of its own ("when asked"), nor a verb with its own subject or coordinator.
        let mut when = spec;
        when[3] = ("when", "when", "ADV", "WRB", 6, "advmod");
        assert_eq!(subjects_made_roots(&tokens(&when)), None);
        let mut own = spec;
        own[6] = ("they", "they", "PRON", "PRP", 6, "nsubj");
        assert_eq!(subjects_made_roots(&tokens(&own)), None);
        // Something other than adverbs between the commas.
        let mut other = spec;
        other[3] = ("late", "late", "ADJ", "JJ", 6, "advmod");
        assert_eq!(subjects_made_roots(&tokens(&other)), None);
    }
}
