//! The subject read as something else (an apposition, an oblique, a conjunct, part of a modifier),
//! and something else read as a subject (an age, a listed item, a second subject).
//!
//! The subject on the participle. In "X, speaking to reporters, called ..." the parser can hang
//! "X" on "speaking" and leave "called" without a subject; it becomes the subject of the verb.
//!
//! Several subjects of one verb. Coordinated titled names ("U.S. President A and Kastrian
//! President B agreed") come out as two or three subjects (or a subject and an `obl` without a
//! preposition). The later ones become conjuncts of the first, so every person gets the triple.
//!
//! A bare noun phrase before a verb without subject is its subject, and the subject read as an
//! apposition of the phrase that opens the sentence ("In a statement, the company's general
//! counsel, Jonathan Pryce, said") is the verb's.
//!
//! [`ages_read_as_subjects`] and [`split_subjects`] are mended by the first pass
//! ([`super::first_pass`]), together with the other errors it finds; the `fix_` functions here run
//! after it, in the order of [`super::REPAIRS`].

use super::draft::Draft;
use super::names::one_name;
use super::times::is_time_expression;
use super::tree_helpers::{
    extent, finite_clause, full_stop, head_of, kids_of, name_head, phrase_start,
    prepositional_subject, sole_subject, subject_rel, take_place, under,
};
use super::words::make_finite;
use crate::annotate::lexicon::TIME_WORDS;
use crate::document::Token;

/// Repair 17: an age read as the subject.
///
/// Pairs (name, age): "Dahl , 58 , has led the country" read with "58" as the subject of "led"
/// and "Dahl" as some other dependent of it. A number of one to three digits between commas
/// right after a name is the person's age (UD `amod` of the name), and the name is the subject.
pub(super) fn ages_read_as_subjects(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for a in 2..tokens.len().saturating_sub(1) {
        let age = &tokens[a];
        let is_age = age.upos == "NUM"
            && (1..=3).contains(&age.form.len())
            && age.form.bytes().all(|b| b.is_ascii_digit());
        if !is_age
            || !age.deprel.starts_with("nsubj")
            || tokens[a - 1].form != ","
            || tokens[a + 1].form != ","
            || !capitalised_noun(&tokens[a - 2])
        {
            continue;
        }
        let Some(verb) = head_of(tokens, a) else {
            continue;
        };
        // The name's head: the token of the name run before the comma hung on the verb.
        let mut start = a - 2;
        while start > 0 && capitalised_noun(&tokens[start - 1]) {
            start -= 1;
        }
        let name = (start..a - 1).find(|&k| head_of(tokens, k) == Some(verb));
        if let Some(name) = name
            && !tokens[name].deprel.starts_with("nsubj")
            && (start..a - 1).all(|k| k == name || under(tokens, k, &[name]))
        {
            out.push((name, a));
        }
    }
    out
}

/// A proper noun, or a capitalised noun (the tagger reads unknown surnames as either).
fn capitalised_noun(t: &Token) -> bool {
    t.upos == "PROPN" || (t.upos == "NOUN" && t.form.chars().next().is_some_and(char::is_uppercase))
}

/// Pairs (first subject, other subject): a verb with several subjects before it. Coordinated
/// titled names ("U.S. President Ellen Marsh and Kastrian President Viktor Dragan agreed") come
/// out as two or three `nsubj` of the verb, or as an `obl` without preposition. A clause has one
/// subject, so the later ones are conjuncts of the first (time words excepted). Only when every
/// one of them is a name.
pub(super) fn split_subjects(tokens: &[Token], times: &[usize]) -> Vec<(usize, usize)> {
    let rel = |i: usize| {
        let d = tokens[i].deprel.as_str();
        d.split_once(':').map_or(d, |(a, _)| a)
    };
    let mut out = Vec::new();
    for v in 0..tokens.len() {
        let kids: Vec<usize> = (0..v).filter(|&c| tokens[c].head == v + 1).collect();
        let bare_obl = |c: usize| {
            tokens[c].deprel == "obl"
                && tokens[c].upos == "PROPN"
                && !is_time_expression(tokens, c)
                && !(0..tokens.len()).any(|m| tokens[m].head == c + 1 && rel(m) == "case")
        };
        let subjects: Vec<usize> = kids
            .iter()
            .copied()
            .filter(|&c| {
                tokens[c].deprel == "nsubj" && !times.contains(&c) && !is_time_expression(tokens, c)
                    || bare_obl(c)
            })
            .collect();
        let own = subjects
            .iter()
            .filter(|&&c| tokens[c].deprel == "nsubj")
            .count();
        // Names only: "a future with ties between Kyiv and Moscow has ..." with "Moscow" read as
        // a second subject is a different error, and "Moscow has ..." would be wrong.
        let names = subjects.iter().all(|&c| tokens[c].upos == "PROPN");
        // Two `nsubj` names side by side, with no comma or coordinator between their phrases,
        // are one name the parser split ("Pets Discount has ...", "Attorney General Ashcroft
        // explained"), not two conjuncts.
        let split_name = subjects.windows(2).any(|w| {
            one_name(tokens, w[0], w[1])
                && tokens[w[0]].deprel == "nsubj"
                && tokens[w[1]].deprel == "nsubj"
        });
        if subjects.len() >= 2 && own >= 1 && names && !split_name {
            out.extend(subjects[1..].iter().map(|&c| (subjects[0], c)));
        }
    }
    out
}

/// Repair 141: mends what [`obliques_read_as_second_subjects`] finds.
pub(super) fn fix_obliques_read_as_second_subjects(d: &mut Draft) {
    for (oblique, clause) in obliques_read_as_second_subjects(d.base()) {
        let fixed = d.edit();
        (fixed[oblique].head, fixed[oblique].deprel) = (clause + 1, "obl".into());
    }
}

/// Repair 141: the end of a reported clause read as a second subject of the report.
///
/// Pairs (oblique, clause): "The satellite was insured for 150 million dollars, a spokesman
/// for the agency said" can come out with "dollars" and "spokesman" both subjects of "said", so
/// that the dollars said it. A subject never has a preposition of its own: a noun with one,
/// read as one of two subjects of a verb, right after a clause that verb heads before it (its
/// complement or parataxis), ends that clause as its oblique.
fn obliques_read_as_second_subjects(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for v in 0..tokens.len() {
        let subjects: Vec<usize> = kids_of(tokens, v)
            .filter(|&s| tokens[s].deprel.starts_with("nsubj"))
            .collect();
        if subjects.len() < 2 {
            continue;
        }
        for &s in &subjects {
            let prepositional = kids_of(tokens, s)
                .any(|c| c < s && tokens[c].deprel == "case" && tokens[c].upos == "ADP");
            if !prepositional || !matches!(tokens[s].upos.as_str(), "NOUN" | "PROPN") {
                continue;
            }
            let start = extent(tokens, s).0;
            let clause = kids_of(tokens, v).find(|&c| {
                c < s
                    && matches!(tokens[c].deprel.as_str(), "ccomp" | "parataxis")
                    && matches!(tokens[c].upos.as_str(), "VERB" | "ADJ")
                    && extent(tokens, c).1 + 1 == start
            });
            if let Some(clause) = clause {
                out.push((s, clause));
            }
        }
    }
    out
}

/// Repair 81: mends what [`subjects_read_as_appositions`] finds.
pub(super) fn fix_subjects_read_as_appositions(d: &mut Draft) {
    for (subject, verb) in subjects_read_as_appositions(d.base()) {
        let fixed = d.edit();
        let rel = subject_rel(fixed, verb);
        (fixed[subject].head, fixed[subject].deprel) = (verb + 1, rel.into());
    }
}

/// Repair 81: the subject read as an apposition of the oblique that opens the sentence.
///
/// Pairs (subject, verb): "In a statement, the company's general counsel, Jonathan Pryce, said
/// ..." can come out with "counsel" an apposition of "statement" and "said" without a subject.
/// A noun phrase after the comma that closes an opening prepositional phrase, read as that
/// phrase's apposition, is the subject of the verb the phrase hangs on when the verb has none.
fn subjects_read_as_appositions(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (a, tk) in tokens.iter().enumerate() {
        if tk.deprel != "appos" || !matches!(tk.upos.as_str(), "NOUN" | "PROPN") {
            continue;
        }
        let Some(o) = head_of(tokens, a).filter(|&o| o < a && tokens[o].deprel == "obl") else {
            continue;
        };
        let Some(v) = head_of(tokens, o).filter(|&v| v > a && tokens[v].upos == "VERB") else {
            continue;
        };
        let opens = extent(tokens, o).0 == 0
            && kids_of(tokens, o).any(|c| c < o && tokens[c].deprel == "case");
        let subject = kids_of(tokens, v)
            .any(|k| tokens[k].deprel.starts_with("nsubj") || tokens[k].deprel == "csubj");
        let finite = finite_clause(tokens, v);
        // The phrase closes at a comma right before the apposition's own phrase.
        let start = phrase_start(tokens, a);
        let comma = start > 0 && tokens[start - 1].form == ",";
        // Right before the verb, or before a comma right before it; and not the source that
        // "according to" names ("According to the coach, Alireza Mehraban, ...").
        let end = extent(tokens, a).1;
        let next = end + 1 == v || (end + 2 == v && tokens[end + 1].form == ",");
        let according = (0..o).any(|k| tokens[k].form.eq_ignore_ascii_case("according"));
        if opens && !subject && finite && comma && next && !according {
            out.push((a, v));
        }
    }
    out
}

/// Repair 97: mends what [`subjects_read_as_noun_conjuncts`] finds.
pub(super) fn fix_subjects_read_as_noun_conjuncts(d: &mut Draft) {
    for c in subjects_read_as_noun_conjuncts(d.base()) {
        let fixed = d.edit();
        let (noun, verb) = (c.noun, c.verb);
        (fixed[c.apposition].head, fixed[c.apposition].deprel) = (noun + 1, "appos".into());
        (fixed[c.open].head, fixed[verb - 1].head) = (noun + 1, noun + 1);
        let rel = subject_rel(fixed, verb);
        (fixed[noun].head, fixed[noun].deprel) = (verb + 1, rel.into());
        // The coordinator and the comma before it go with the clause.
        (fixed[c.cc].head, fixed[c.cc - 1].head) = (verb + 1, verb + 1);
    }
}

/// Repair 97: the subject of a coordinated clause read as a conjunct of a noun of the first.
///
/// Found as [`ClauseSubject`]: "A team landed at Tavrin airport, and the Meridian Aid
/// Network, a coalition of 14 charities, said that ..." can come out with "Network" a conjunct
/// of "airport" and "said" a conjunct of "landed" without a subject, so the team says it. A
/// noun conjunct opened by a comma and a coordinator, followed by nothing but its apposition
/// between commas, right before a finite conjunct verb with no subject and no coordinator of
/// its own, is that verb's subject.
struct ClauseSubject {
    /// The noun conjunct ("Network"), its coordinator ("and") and the verb ("said").
    noun: usize,
    cc: usize,
    verb: usize,
    /// The head of the apposition ("coalition") and the comma that opens it; the comma that
    /// closes it is right before the verb.
    apposition: usize,
    open: usize,
}

fn subjects_read_as_noun_conjuncts(tokens: &[Token]) -> Vec<ClauseSubject> {
    let mut out = Vec::new();
    for (v, tk) in tokens.iter().enumerate() {
        let finite = matches!(tk.xpos.as_str(), "VBD" | "VBZ" | "VBP")
            || kids_of(tokens, v).any(|k| tokens[k].deprel == "aux");
        if tk.deprel != "conj"
            || tk.upos != "VERB"
            || !finite
            || v < 2
            || tokens[v - 1].form != ","
            || kids_of(tokens, v).any(|k| {
                tokens[k].deprel.starts_with("nsubj") || (k < v && tokens[k].deprel == "cc")
            })
        {
            continue;
        }
        let Some(main) = head_of(tokens, v).filter(|&m| m < v) else {
            continue;
        };
        // The apposition between commas before the verb, wherever the parser hung it.
        let close = v - 1;
        let Some(open) = (0..close).rev().find(|&k| tokens[k].form == ",") else {
            continue;
        };
        let inside: Vec<usize> = (open + 1..close)
            .filter(|&k| head_of(tokens, k).is_none_or(|h| h <= open || h >= close))
            .collect();
        let &[apposition] = &inside[..] else {
            continue;
        };
        if tokens[apposition].upos != "NOUN" || open == 0 {
            continue;
        }
        // The noun conjunct whose phrase ends at the opening comma, under the first verb.
        let Some(noun) = (0..open).rev().find(|&k| {
            tokens[k].deprel == "conj"
                && matches!(tokens[k].upos.as_str(), "NOUN" | "PROPN")
                && extent(tokens, k).1 + 1 >= open
                && under(tokens, k, &[main])
        }) else {
            continue;
        };
        let Some(cc) = kids_of(tokens, noun).find(|&k| k < noun && tokens[k].deprel == "cc") else {
            continue;
        };
        let opened = cc > 0 && tokens[cc - 1].form == ",";
        let first = head_of(tokens, noun).is_some_and(|h| tokens[h].upos != "VERB");
        if opened && first && extent(tokens, noun).1 < open {
            out.push(ClauseSubject {
                noun,
                cc,
                verb: v,
                apposition,
                open,
            });
        }
    }
    out
}

/// Repair 77: mends what [`items_read_as_subjects`] finds.
pub(super) fn fix_items_read_as_subjects(d: &mut Draft) {
    for (item, verb, host) in items_read_as_subjects(d.base()) {
        let fixed = d.edit();
        // The verb's dependents before the item (the comma) go with the item.
        for t in fixed[..item].iter_mut() {
            if t.head == verb + 1 {
                t.head = item + 1;
            }
        }
        for t in fixed[verb + 1..].iter_mut() {
            let marked = t.deprel == "obj";
            if t.head == verb + 1 && marked {
                t.deprel = "obl".into();
            }
        }
        (fixed[item].head, fixed[item].deprel) = (host + 1, "nmod".into());
        (fixed[verb].head, fixed[verb].deprel) = (item + 1, "acl".into());
        fixed[verb].xpos = "VBN".into();
        fixed[verb].feats = "Tense=Past|VerbForm=Part|Voice=Pass".into();
    }
}

/// Repair 77: a listed item read as the subject of its participle.
///
/// Triples (item, verb, host): "escaped with three paintings, including a Dutch portrait valued
/// at 40 million kronor" can come out with "portrait" the subject of "valued", a past tense
/// beside the sentence. A phrase opened by "including" is an item of the noun before the
/// comma, never a subject: the item hangs on that noun, and the verb is its participle.
fn items_read_as_subjects(tokens: &[Token]) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    for (v, tk) in tokens.iter().enumerate() {
        if tk.upos != "VERB" || !matches!(tk.xpos.as_str(), "VBD" | "VBN") {
            continue;
        }
        let Some(s) = sole_subject(tokens, v) else {
            continue;
        };
        let start = extent(tokens, s).0;
        let including = tokens[start].form.eq_ignore_ascii_case("including")
            && matches!(tokens[start].deprel.as_str(), "case" | "mark")
            && start >= 2
            && tokens[start - 1].form == ",";
        let host = start
            .checked_sub(2)
            .map(|n| name_head(tokens, n, |h| h < start));
        let aux = kids_of(tokens, v).any(|k| tokens[k].deprel.starts_with("aux"));
        if let Some(n) = host.filter(|&n| {
            including && !aux && s < v && matches!(tokens[n].upos.as_str(), "NOUN" | "PROPN")
        }) {
            out.push((s, v, n));
        }
    }
    out
}

/// Repair 76: mends what [`determiners_on_verbs`] finds.
pub(super) fn fix_determiners_on_verbs(d: &mut Draft) {
    for (start, word, verb) in determiners_on_verbs(d.base()) {
        let fixed = d.edit();
        for t in &mut fixed[start..word] {
            if t.head == verb + 1 {
                t.head = word + 1;
            }
        }
        (fixed[word].head, fixed[word].deprel) = (verb + 1, "nsubj".into());
        // With its subject, a participle is the past tense.
        if fixed[verb].xpos == "VBN" {
            make_finite(&mut fixed[verb], "VBD");
        }
        let noun = start.checked_sub(1).filter(|&n| {
            matches!(fixed[n].upos.as_str(), "NOUN" | "PROPN")
                && !kids_of(fixed, verb)
                    .any(|o| matches!(fixed[o].deprel.as_str(), "obj" | "ccomp"))
        });
        if let Some(n) = noun {
            (fixed[verb].head, fixed[verb].deprel) = (n + 1, "acl:relcl".into());
        }
    }
}

/// Repair 76: a determiner read as the verb's own.
///
/// Triples (determiner, word, verb): "a knee injury the 26-year-old suffered in March" can come out with "the"
/// a determiner of "suffered", "old" its modifier and the clause an adverbial one. A verb takes
/// no determiner: the word right before the verb heads a noun phrase from the determiner, which
/// is the verb's subject; with no object of its own, right after a noun, the verb is a relative
/// clause on that noun, whose object it lacks.
fn determiners_on_verbs(tokens: &[Token]) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    for (d, tk) in tokens.iter().enumerate() {
        if tk.deprel != "det" || !matches!(tk.lemma.to_lowercase().as_str(), "the" | "a" | "an") {
            continue;
        }
        let Some(v) = head_of(tokens, d).filter(|&v| v > d + 1) else {
            continue;
        };
        let w = v - 1;
        let nominal = matches!(tokens[w].upos.as_str(), "ADJ" | "NOUN" | "PROPN");
        // A past tense or participle: a present in -s is as likely a noun the tagger missed
        // ("the wedding pictures").
        let finite = matches!(tokens[v].xpos.as_str(), "VBD" | "VBN");
        let subject = kids_of(tokens, v).any(|k| tokens[k].deprel.starts_with("nsubj"));
        // The words between are the phrase's, hung on the verb or inside the phrase.
        let inside = (d + 1..v).all(|k| {
            head_of(tokens, k).is_some_and(|h| h == v || (d < h && h < v))
                && tokens[k].upos != "VERB"
        });
        if tokens[v].upos == "VERB" && nominal && finite && !subject && inside {
            out.push((d, w, v));
        }
    }
    out
}

/// Repair 75: mends what [`subjects_read_inside_modifiers`] finds.
pub(super) fn fix_subjects_read_inside_modifiers(d: &mut Draft) {
    if let Some((root, phrase, verb)) = subjects_read_inside_modifiers(d.base()) {
        let fixed = d.edit();
        let host = fixed[verb].head;
        let rel = if matches!(fixed[host - 1].upos.as_str(), "ADJ" | "VERB") {
            "obl"
        } else {
            "nmod"
        };
        (fixed[phrase].head, fixed[phrase].deprel) = (host, rel.into());
        take_place(fixed, root, verb);
        (fixed[root].head, fixed[root].deprel) = (verb + 1, "nsubj".into());
    }
}

/// Repair 75: the root noun's modifier read as the subject of the sentence's verb.
///
/// Triples (root, phrase, verb): "Two sources familiar with the negotiations told Wire that
/// ..." can come out with "sources" the root, "told" a clause on "familiar" and "with the
/// negotiations" its subject. A subject takes no preposition; when the sentence's root is a
/// noun, and a finite verb inside its phrase has only such a subject, the verb is the
/// sentence's and the noun its subject; the prepositional phrase goes back to the word the verb
/// hung on.
fn subjects_read_inside_modifiers(tokens: &[Token]) -> Option<(usize, usize, usize)> {
    if !full_stop(tokens) {
        return None;
    }
    let root = tokens.iter().position(|t| t.head == 0)?;
    if !matches!(tokens[root].upos.as_str(), "NOUN" | "PROPN") {
        return None;
    }
    (root + 1..tokens.len()).find_map(|v| {
        let finite = matches!(tokens[v].xpos.as_str(), "VBD" | "VBZ" | "VBP");
        if tokens[v].upos != "VERB" || !finite || !under(tokens, v, &[root]) {
            return None;
        }
        let s = sole_subject(tokens, v)?;
        let marked = kids_of(tokens, v).any(|k| matches!(tokens[k].deprel.as_str(), "mark" | "cc"));
        // Everything from the root to the verb is the root's phrase, the subject included,
        // with no verb and no relative word ("the basis on which ... the Union collapsed").
        let own = (root + 1..v).all(|k| {
            (k == s || under(tokens, k, &[root, s]))
                && tokens[k].upos != "VERB"
                && !matches!(tokens[k].xpos.as_str(), "WDT" | "WP" | "WP$" | "WRB")
                && !tokens[k].form.eq_ignore_ascii_case("that")
        });
        (root < s && prepositional_subject(tokens, s, v) && !marked && own).then_some((root, s, v))
    })
}

/// Repair 43: mends what [`subjects_read_as_obliques`] finds.
pub(super) fn fix_subjects_read_as_obliques(d: &mut Draft) {
    for (noun, verb) in subjects_read_as_obliques(d.base()) {
        let fixed = d.edit();
        let rel = subject_rel(fixed, verb);
        fixed[noun].deprel = rel.into();
    }
}

/// Repair 43: a subject read as an oblique without a preposition.
///
/// Pairs (noun, verb): in "The charity's director, Hanna Kowalski, called the threat unlawful"
/// the parser can make "director" an `obl` of "called", which is left without a subject. A bare
/// noun phrase (no preposition, not a time word) that opens the clause right before a finite
/// verb that has no subject is its subject.
fn subjects_read_as_obliques(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (n, tk) in tokens.iter().enumerate() {
        if tk.deprel != "obl" || !matches!(tk.upos.as_str(), "NOUN" | "PROPN") {
            continue;
        }
        let Some(v) = head_of(tokens, n).filter(|&v| v > n) else {
            continue;
        };
        let kids: Vec<usize> = kids_of(tokens, v).collect();
        let finite = matches!(tokens[v].xpos.as_str(), "VBD" | "VBZ" | "VBP")
            || kids.iter().any(|&k| tokens[k].deprel == "aux");
        let subject = kids.iter().any(|&k| {
            matches!(
                tokens[k].deprel.split(':').next(),
                Some("nsubj" | "csubj" | "expl")
            )
        });
        let case =
            kids_of(tokens, n).any(|k| tokens[k].deprel == "case" || tokens[k].deprel == "mark");
        let time = TIME_WORDS.contains(&tk.lemma.to_lowercase().as_str());
        let (start, end) = extent(tokens, n);
        let adjacent = (end + 1..v).all(|k| tokens[k].upos == "PUNCT");
        // The phrase opens the clause ("Like William ..." has a preposition after all).
        let opens = start == 0 || matches!(tokens[start - 1].upos.as_str(), "PUNCT" | "CCONJ");
        if tokens[v].upos == "VERB" && finite && !subject && !case && !time && adjacent && opens {
            out.push((n, v));
        }
    }
    out
}

/// Mends what [`participle_subject`] finds.
pub(super) fn fix_participle_subject(d: &mut Draft) {
    if let Some((subject, verb)) = participle_subject(d.base()) {
        let fixed = d.edit();
        fixed[subject].head = verb + 1;
    }
}

/// Pair (subject, verb): "X, speaking to reporters, called ...": the subject hung on a participle
/// clause (`advcl`, -ing or -ed, no auxiliary or marker) before a verb that has no subject.
fn participle_subject(tokens: &[Token]) -> Option<(usize, usize)> {
    let kids = |h: usize| kids_of(tokens, h);
    for v in 0..tokens.len() {
        if tokens[v].upos != "VERB"
            || !matches!(
                tokens[v].deprel.as_str(),
                "root" | "conj" | "ccomp" | "parataxis"
            )
            || kids(v).any(|c| {
                let d = tokens[c].deprel.as_str();
                d.starts_with("nsubj") || d.starts_with("csubj") || d == "expl"
            })
        {
            continue;
        }
        for a in kids(v).filter(|&a| a < v && tokens[a].deprel == "advcl") {
            let participle = matches!(tokens[a].xpos.as_str(), "VBG" | "VBN")
                && !kids(a)
                    .any(|c| matches!(tokens[c].deprel.as_str(), "aux" | "aux:pass" | "mark"));
            let subject = kids(a).find(|&c| c < a && tokens[c].deprel == "nsubj");
            let comma = subject.is_some_and(|s| (s + 1..a).any(|i| tokens[i].form == ","));
            if let (true, true, Some(s)) = (participle, comma, subject) {
                return Some((s, v));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotate::repair::repaired;
    use crate::annotate::repair::testing::{arcs_of, tokens};

    #[test]
    fn a_prepositional_second_subject_ends_the_reported_clause() {
        // "The satellite was insured for dollars , a spokesman said ." with "dollars" and
        // "spokesman" both subjects of "said".
        let spec = [
            ("The", "the", "DET", "DT", 2, "det"),
            ("satellite", "satellite", "NOUN", "NN", 4, "nsubj:pass"),
            ("was", "be", "AUX", "VBD", 4, "aux:pass"),
            ("insured", "insure", "VERB", "VBN", 10, "ccomp"),
            ("for", "for", "ADP", "IN", 6, "case"),
            ("dollars", "dollar", "NOUN", "NNS", 10, "nsubj"),
            (",", ",", "PUNCT", ",", 9, "punct"),
            ("a", "a", "DET", "DT", 9, "det"),
            ("spokesman", "spokesman", "NOUN", "NN", 10, "nsubj"),
            ("said", "say", "VERB", "VBD", 0, "root"),
            (".", ".", "PUNCT", ".", 10, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        assert_eq!(arcs_of(&fixed)[5], (4, "obl"));
        assert_eq!(arcs_of(&fixed)[8], (10, "nsubj"));
    }

    #[test]
    fn an_age_between_commas_is_no_subject() {
        // "Dahl , 58 , has led the country ." with "58" the subject and "Dahl" an oblique.
        let spec = [
            ("Dahl", "Dahl", "NOUN", "NN", 6, "obl:unmarked"),
            (",", ",", "PUNCT", ",", 1, "punct"),
            ("58", "58", "NUM", "CD", 6, "nsubj"),
            (",", ",", "PUNCT", ",", 3, "punct"),
            ("has", "have", "AUX", "VBZ", 6, "aux"),
            ("led", "lead", "VERB", "VBN", 0, "root"),
            ("the", "the", "DET", "DT", 8, "det"),
            ("country", "country", "NOUN", "NN", 6, "obj"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(
            &arcs[..4],
            &[(6, "nsubj"), (1, "punct"), (1, "amod"), (3, "punct")]
        );
        // "In 2019 , 58 , ...": no name before the number, nothing to repair.
        let mut year = spec;
        year[0] = ("2019", "2019", "NUM", "CD", 6, "obl");
        assert!(repaired(&tokens(&year)).is_none());
    }

    #[test]
    fn a_subject_read_as_the_apposition_of_an_opening_phrase_is_the_subject() {
        // "In a statement , the counsel , Ana Ruiz , said more ." with "counsel" an apposition
        // of "statement" and "said" without a subject.
        let spec = [
            ("In", "in", "ADP", "IN", 3, "case"),
            ("a", "a", "DET", "DT", 3, "det"),
            ("statement", "statement", "NOUN", "NN", 11, "obl"),
            (",", ",", "PUNCT", ",", 3, "punct"),
            ("the", "the", "DET", "DT", 6, "det"),
            ("counsel", "counsel", "NOUN", "NN", 3, "appos"),
            (",", ",", "PUNCT", ",", 8, "punct"),
            ("Ana", "Ana", "PROPN", "NNP", 6, "appos"),
            ("Ruiz", "Ruiz", "PROPN", "NNP", 8, "flat"),
            (",", ",", "PUNCT", ",", 3, "punct"),
            ("said", "say", "VERB", "VBD", 0, "root"),
            ("more", "more", "ADV", "RBR", 11, "advmod"),
            (".", ".", "PUNCT", ".", 11, "punct"),
        ];
        assert_eq!(subjects_read_as_appositions(&tokens(&spec)), [(5, 10)]);
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        assert_eq!((fixed[5].head, fixed[5].deprel.as_str()), (11, "nsubj"));
        // Not with a subject of its own, nor the source of "according to".
        let mut own = spec;
        own[11] = ("Lind", "Lind", "PROPN", "NNP", 11, "nsubj");
        assert!(subjects_read_as_appositions(&tokens(&own)).is_empty());
        let mut according = spec;
        according[0] = ("According", "accord", "VERB", "VBG", 3, "case");
        assert!(subjects_read_as_appositions(&tokens(&according)).is_empty());
    }

    #[test]
    fn the_subject_of_a_coordinated_clause_is_no_noun_conjunct() {
        // "team landed at airport , and Network , a coalition , said it ." with "Network" a
        // conjunct of "airport" and "said" a conjunct of "landed" without a subject.
        let spec = [
            ("team", "team", "NOUN", "NN", 2, "nsubj"),
            ("landed", "land", "VERB", "VBD", 0, "root"),
            ("at", "at", "ADP", "IN", 4, "case"),
            ("airport", "airport", "NOUN", "NN", 2, "obl"),
            (",", ",", "PUNCT", ",", 7, "punct"),
            ("and", "and", "CCONJ", "CC", 7, "cc"),
            ("Network", "Network", "PROPN", "NNP", 4, "conj"),
            (",", ",", "PUNCT", ",", 10, "punct"),
            ("a", "a", "DET", "DT", 10, "det"),
            ("coalition", "coalition", "NOUN", "NN", 2, "appos"),
            (",", ",", "PUNCT", ",", 12, "punct"),
            ("said", "say", "VERB", "VBD", 2, "conj"),
            ("it", "it", "PRON", "PRP", 12, "obj"),
        ];
        let found = subjects_read_as_noun_conjuncts(&tokens(&spec));
        let fields = found
            .iter()
            .map(|c| (c.noun, c.cc, c.verb, c.apposition, c.open))
            .collect::<Vec<_>>();
        assert_eq!(fields, [(6, 5, 11, 9, 7)]);
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(arcs[5..7], [(12, "cc"), (12, "nsubj")]);
        assert_eq!(arcs[9], (7, "appos"));
        // A verb with a subject of its own, or a noun conjunct with no comma before its
        // coordinator, is left alone.
        let mut own = spec;
        own[12] = ("it", "it", "PRON", "PRP", 12, "nsubj");
        assert!(subjects_read_as_noun_conjuncts(&tokens(&own)).is_empty());
        let mut plain = spec;
        plain[4] = ("the", "the", "DET", "DT", 4, "det");
        assert!(subjects_read_as_noun_conjuncts(&tokens(&plain)).is_empty());
    }

    #[test]
    fn an_item_after_including_is_no_subject() {
        // "escaped with paintings , including a portrait valued at millions ." with "portrait"
        // the subject of "valued".
        let spec = [
            ("escaped", "escape", "VERB", "VBD", 0, "root"),
            ("with", "with", "ADP", "IN", 3, "case"),
            ("paintings", "painting", "NOUN", "NNS", 1, "obl"),
            (",", ",", "PUNCT", ",", 8, "punct"),
            ("including", "include", "VERB", "VBG", 7, "case"),
            ("a", "a", "DET", "DT", 7, "det"),
            ("portrait", "portrait", "NOUN", "NN", 8, "nsubj"),
            ("valued", "value", "VERB", "VBD", 1, "parataxis"),
            ("at", "at", "ADP", "IN", 10, "case"),
            ("millions", "million", "NOUN", "NNS", 8, "obj"),
            (".", ".", "PUNCT", ".", 1, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(
            (arcs[3], arcs[6], arcs[7], arcs[9]),
            ((7, "punct"), (3, "nmod"), (7, "acl"), (8, "obl"))
        );
        assert_eq!(fixed[7].xpos, "VBN");
        // A real clause after a comma keeps its subject ("..., the portrait was valued").
        let mut clause = spec;
        clause[4] = ("the", "the", "DET", "DT", 7, "det");
        clause[5] = ("old", "old", "ADJ", "JJ", 7, "amod");
        assert!(items_read_as_subjects(&tokens(&clause)).is_empty());
    }

    #[test]
    fn a_determiner_on_a_verb_opens_its_subject() {
        // "an injury the veteran suffered in March" with "the" a determiner of "suffered".
        let spec = [
            ("an", "a", "DET", "DT", 2, "det"),
            ("injury", "injury", "NOUN", "NN", 0, "root"),
            ("the", "the", "DET", "DT", 5, "det"),
            ("veteran", "veteran", "ADJ", "JJ", 5, "amod"),
            ("suffered", "suffer", "VERB", "VBN", 2, "advcl"),
            ("in", "in", "ADP", "IN", 7, "case"),
            ("March", "March", "PROPN", "NNP", 5, "obl"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(arcs[2], (4, "det"));
        assert_eq!(arcs[3], (5, "nsubj"));
        assert_eq!(arcs[4], (2, "acl:relcl"));
        assert_eq!(fixed[4].xpos, "VBD");
        // A present in -s may be a noun the tagger missed ("the wedding pictures").
        let mut present = spec;
        present[4] = ("pictures", "picture", "VERB", "VBZ", 2, "advcl");
        assert!(determiners_on_verbs(&tokens(&present)).is_empty());
    }

    #[test]
    fn a_prepositional_phrase_read_as_the_verbs_subject_gives_way_to_the_root_noun() {
        // "Sources familiar with the talks told reporters ." with "Sources" the root and
        // "told" a clause on "familiar" whose subject is "with the talks".
        let spec = [
            ("Sources", "source", "NOUN", "NNS", 0, "root"),
            ("familiar", "familiar", "ADJ", "JJ", 1, "amod"),
            ("with", "with", "ADP", "IN", 5, "case"),
            ("the", "the", "DET", "DT", 5, "det"),
            ("talks", "talk", "NOUN", "NNS", 6, "nsubj"),
            ("told", "tell", "VERB", "VBD", 2, "ccomp"),
            ("reporters", "reporter", "NOUN", "NNS", 6, "obj"),
            (".", ".", "PUNCT", ".", 1, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(arcs[0], (6, "nsubj"));
        assert_eq!(arcs[4], (2, "obl"));
        assert_eq!(arcs[5], (0, "root"));
        assert_eq!(arcs[7], (6, "punct"));
        // Not inside a relative clause ("the basis on which the Union collapsed"), nor with
        // another verb before ("studies tested ... paradigms meant").
        let mut relative = spec;
        relative[1] = ("which", "which", "PRON", "WDT", 1, "nmod");
        assert!(subjects_read_inside_modifiers(&tokens(&relative)).is_none());
        let mut verb = spec;
        verb[1] = ("tested", "test", "VERB", "VBN", 1, "acl");
        assert!(subjects_read_inside_modifiers(&tokens(&verb)).is_none());
    }
}
