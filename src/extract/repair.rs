//! Repairs of parser errors that Open IE cannot read around, applied to a copy of a sentence's
//! tokens before extraction (the annotated document is left as the parser made it).
//!
//! Six repairs, each for a construction news writes often and EWT annotates rarely, or a
//! tree that contradicts itself.
//!
//! The inverted reporting clause. News writes "Y, said the ministry" with the
//! speaker after the verb. EWT has few of these, and the parser reads the speaker as the verb's
//! object and the verb as a complement of Y ("Y ... said(xcomp) the ministry(obj)"), which makes
//! the relation "be stated say" and loses the attribution. UD annotates the verb as `parataxis`
//! of Y with the speaker as its `nsubj`; the repair relabels exactly that.
//!
//! The time expression between subject and verb. "Officials last week agreed to the plan" is read
//! as a relative clause on "officials" whose subject is "week". A bare time expression is not the
//! subject of a relative clause without a relative pronoun, so the verb becomes the clause's head,
//! "officials" its subject and "last week" a temporal modifier (`obl:tmod`), as UD has it. The
//! same time expression read as a second subject beside a real one becomes `obl:tmod` too.
//!
//! The content clause read as a relative clause. In "a warning that the move would weaken Kyiv"
//! the parser can make "that" the relative pronoun object of "weaken", which already has an
//! object. A clause with two objects, one of them the relative "that", is a content clause: "that"
//! is its `mark` and the clause an `acl` of the noun.
//!
//! The conjunct stranded as a subject. In "a future with ties between Chile and Peru has upside"
//! "Peru" can come out as a second subject of "has"; it is the conjunct of "Chile".
//!
//! Several subjects of one verb. Coordinated titled names ("U.S. President A and Kastrian
//! President B agreed") come out as two or three subjects (or a subject and an `obl` without a
//! preposition). The later ones become conjuncts of the first, so every person gets the triple.

use super::clause::TIME_WORDS;
use crate::document::Token;

/// Reporting verbs that are written before their subject after a quote. Verbs that usually take
/// a real object ("tell", "deny") are left out.
const INVERTIBLE: &[&str] = &[
    "say", "add", "write", "state", "announce", "report", "insist", "warn", "note", "explain",
    "declare", "claim", "confirm",
];

/// The repaired tokens, or `None` when nothing needed repair (the common case: no copy).
pub fn repaired(tokens: &[Token]) -> Option<Vec<Token>> {
    let fixes = inverted_reporting(tokens);
    let times = time_subjects(tokens);
    let contents = content_clauses(tokens);
    let mut second_times = second_time_subjects(tokens);
    let stranded = stranded_conjuncts(tokens);
    // A stranded conjunct is no subject for `split_subjects` to read.
    second_times.extend(stranded.iter().map(|&(c, _)| c));
    let split = split_subjects(tokens, &second_times);
    second_times.retain(|w| !stranded.iter().any(|&(c, _)| c == *w));
    if fixes.is_empty()
        && times.is_empty()
        && contents.is_empty()
        && second_times.is_empty()
        && split.is_empty()
        && stranded.is_empty()
    {
        return None;
    }
    let mut out = tokens.to_vec();
    for (conjunct, first) in stranded {
        out[conjunct].head = first + 1;
        out[conjunct].deprel = "conj".into();
    }
    for w in second_times {
        out[w].deprel = "obl:tmod".into();
    }
    for (first, other) in split {
        out[other].head = first + 1;
        out[other].deprel = "conj".into();
    }
    for (verb, that) in contents {
        out[verb].deprel = "acl".into();
        out[that].deprel = "mark".into();
    }
    for (verb, speaker) in fixes {
        out[verb].deprel = "parataxis".into();
        out[speaker].deprel = "nsubj".into();
    }
    for (noun, time, verb) in times {
        // The verb takes the noun's place in the tree; later dependents of the noun (the
        // sentence's final punctuation) move with it.
        let (head, deprel) = (out[noun].head, std::mem::take(&mut out[noun].deprel));
        out[verb].head = head;
        out[verb].deprel = deprel;
        for later in out.iter_mut().skip(verb + 1) {
            if later.head == noun + 1 {
                later.head = verb + 1;
            }
        }
        let passive =
            (0..out.len()).any(|c| out[c].head == verb + 1 && out[c].deprel == "aux:pass");
        out[noun].head = verb + 1;
        out[noun].deprel = if passive { "nsubj:pass" } else { "nsubj" }.into();
        out[time].deprel = "obl:tmod".into();
    }
    Some(out)
}

/// Pairs (verb, "that"): a relative clause whose relative "that" is an object beside another
/// object of the same verb.
fn content_clauses(tokens: &[Token]) -> Vec<(usize, usize)> {
    let head = |i: usize| {
        let h = tokens[i].head;
        (h > 0 && h <= tokens.len() && h - 1 != i).then(|| h - 1)
    };
    let mut out = Vec::new();
    for (v, tk) in tokens.iter().enumerate() {
        if tk.deprel != "acl:relcl" {
            continue;
        }
        let objects: Vec<usize> = (0..tokens.len())
            .filter(|&c| head(c) == Some(v) && tokens[c].deprel == "obj")
            .collect();
        let that = objects
            .iter()
            .copied()
            .find(|&c| c < v && tokens[c].form.eq_ignore_ascii_case("that"));
        if let (Some(that), 2) = (that, objects.len()) {
            out.push((v, that));
        }
    }
    out
}

/// Words that make a time noun a point in time ("last week", "this month").
const TIME_MODIFIERS: &[&str] = &["last", "next", "this", "past", "previous", "coming", "that"];

/// Triples (noun, time word, verb): a verb attached as `acl:relcl` to the noun right before the
/// time expression, with no relative pronoun, whose `nsubj` is the time word.
fn time_subjects(tokens: &[Token]) -> Vec<(usize, usize, usize)> {
    let head = |i: usize| {
        let h = tokens[i].head;
        (h > 0 && h <= tokens.len() && h - 1 != i).then(|| h - 1)
    };
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
/// "officials" and "week" as `nsubj` of "agreed"): they are temporal modifiers.
fn second_time_subjects(tokens: &[Token]) -> Vec<usize> {
    let subjects = |v: usize| {
        (0..tokens.len()).filter(move |&c| tokens[c].head == v + 1 && tokens[c].deprel == "nsubj")
    };
    let mut out = Vec::new();
    for v in 0..tokens.len() {
        let mut subj = subjects(v);
        let (Some(first), Some(second), None) = (subj.next(), subj.next(), subj.next()) else {
            continue;
        };
        if second < v && is_time_expression(tokens, second) && !is_time_expression(tokens, first) {
            out.push(second);
        }
    }
    out
}

/// Pairs (first subject, other subject): a verb with several subjects before it. Coordinated
/// titled names ("U.S. President Ellen Marsh and Kastrian President Viktor Dragan agreed") come
/// out as two or three `nsubj` of the verb, or as an `obl` without preposition. A clause has one
/// subject, so the later ones are conjuncts of the first (time words excepted). Only when every
/// one of them is a name.
fn split_subjects(tokens: &[Token], times: &[usize]) -> Vec<(usize, usize)> {
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
        if subjects.len() >= 2 && own >= 1 && names {
            out.extend(subjects[1..].iter().map(|&c| (subjects[0], c)));
        }
    }
    out
}

/// Pairs (stranded conjunct, its first conjunct). In "a future with ties between Chile and Peru
/// has upside" the parser can make "Peru" a second subject of "has", with its "and". A second
/// subject introduced by a coordinator right after a noun inside the first subject is the
/// conjunct of that noun.
fn stranded_conjuncts(tokens: &[Token]) -> Vec<(usize, usize)> {
    let head = |i: usize| {
        let h = tokens[i].head;
        (h > 0 && h <= tokens.len() && h - 1 != i).then(|| h - 1)
    };
    // True when `i` lies in the subtree of `root` (bounded walk: the tree may be malformed).
    let within = |mut i: usize, root: usize| {
        for _ in 0..tokens.len() {
            if i == root {
                return true;
            }
            match head(i) {
                Some(h) => i = h,
                None => return false,
            }
        }
        false
    };
    let mut out = Vec::new();
    for v in 0..tokens.len() {
        let subjects: Vec<usize> = (0..v)
            .filter(|&c| head(c) == Some(v) && tokens[c].deprel == "nsubj")
            .collect();
        let [first, second] = subjects[..] else {
            continue;
        };
        if second < 2 || tokens[second - 1].upos != "CCONJ" || head(second - 1) != Some(second) {
            continue;
        }
        let before = second - 2;
        if before > first
            && matches!(tokens[before].upos.as_str(), "NOUN" | "PROPN")
            && within(before, first)
        {
            out.push((second, before));
        }
    }
    out
}

/// True when token `w` heads a point in time: a day, week, month, ... with "last", "next",
/// "this", ..., or a weekday, "yesterday", "today", "tonight", "tomorrow" on its own.
fn is_time_expression(tokens: &[Token], w: usize) -> bool {
    let word = tokens[w].lemma.to_lowercase();
    if !TIME_WORDS.contains(&word.as_str()) {
        return false;
    }
    let bare =
        word != "day" && word.ends_with("day") || matches!(word.as_str(), "tonight" | "tomorrow");
    bare || (0..tokens.len()).any(|m| {
        tokens[m].head == w + 1 && TIME_MODIFIERS.contains(&tokens[m].lemma.to_lowercase().as_str())
    })
}

/// Pairs (verb, speaker) of 0-based token indices: a finite reporting verb right after a comma
/// (or a closing quote after one), attached to an earlier word as a complement or parataxis,
/// without a subject or clausal complement of its own, whose nominal object follows it.
fn inverted_reporting(tokens: &[Token]) -> Vec<(usize, usize)> {
    let head = |i: usize| {
        let h = tokens[i].head;
        (h > 0 && h <= tokens.len() && h - 1 != i).then(|| h - 1)
    };
    let rel = |i: usize| {
        let d = tokens[i].deprel.as_str();
        d.split_once(':').map_or(d, |(a, _)| a)
    };
    let mut out = Vec::new();
    for (q, tk) in tokens.iter().enumerate() {
        if tk.upos != "VERB"
            || !matches!(tk.xpos.as_str(), "VBD" | "VBZ" | "VBP")
            || !INVERTIBLE.contains(&tk.lemma.to_lowercase().as_str())
            || !matches!(rel(q), "xcomp" | "ccomp" | "parataxis" | "conj")
        {
            continue;
        }
        if head(q).is_none_or(|h| h >= q) || !after_comma(tokens, q) {
            continue;
        }
        let kids: Vec<usize> = (0..tokens.len()).filter(|&c| head(c) == Some(q)).collect();
        if kids
            .iter()
            .any(|&c| matches!(rel(c), "nsubj" | "expl" | "ccomp" | "csubj"))
        {
            continue;
        }
        // A conjunct is an inverted reporting clause only as the last one and without "and":
        // "he resigned, warned the board and left" is a real coordination.
        if rel(q) == "conj" {
            let h = head(q);
            let later = (q + 1..tokens.len()).any(|c| head(c) == h && rel(c) == "conj");
            if later || kids.iter().any(|&c| rel(c) == "cc") {
                continue;
            }
        }
        let mut objects = kids.iter().copied().filter(|&c| rel(c) == "obj");
        let (Some(o), None) = (objects.next(), objects.next()) else {
            continue;
        };
        if o > q && matches!(tokens[o].upos.as_str(), "NOUN" | "PROPN") {
            out.push((q, o));
        }
    }
    out
}

/// True when the token before `q` is a comma, or a closing quote right after a comma.
fn after_comma(tokens: &[Token], q: usize) -> bool {
    let form = |i: usize| tokens[i].form.as_str();
    match q {
        0 => false,
        _ if form(q - 1) == "," => true,
        1 => false,
        _ => matches!(form(q - 1), "\"" | "''" | "”" | "'") && form(q - 2) == ",",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Span;

    fn tokens(spec: &[(&str, &str, &str, &str, usize, &str)]) -> Vec<Token> {
        spec.iter()
            .enumerate()
            .map(|(i, &(form, lemma, upos, xpos, head, deprel))| {
                let mut tk = Token::new(form, Span::new(i, i + 1));
                (tk.lemma, tk.upos, tk.xpos, tk.head, tk.deprel) =
                    (lemma.into(), upos.into(), xpos.into(), head, deprel.into());
                tk
            })
            .collect()
    }

    #[test]
    fn a_conjunct_stranded_as_a_second_subject_rejoins_its_noun() {
        // "A future with ties between Chile and Peru has upside ." as the parser reads it.
        let spec = [
            ("A", "a", "DET", "DT", 2, "det"),
            ("future", "future", "NOUN", "NN", 9, "nsubj"),
            ("with", "with", "ADP", "IN", 4, "case"),
            ("ties", "tie", "NOUN", "NNS", 2, "nmod"),
            ("between", "between", "ADP", "IN", 6, "case"),
            ("Chile", "Chile", "PROPN", "NNP", 4, "nmod"),
            ("and", "and", "CCONJ", "CC", 8, "cc"),
            ("Peru", "Peru", "PROPN", "NNP", 9, "nsubj"),
            ("has", "have", "VERB", "VBZ", 0, "root"),
            ("upside", "upside", "NOUN", "NN", 9, "obj"),
            (".", ".", "PUNCT", ".", 9, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        assert_eq!((fixed[7].head, fixed[7].deprel.as_str()), (6, "conj"));
        assert_eq!((fixed[1].head, fixed[1].deprel.as_str()), (9, "nsubj"));
        // Without the coordinator right before it, a second subject is left alone.
        let mut spec = spec;
        spec[6] = ("with", "with", "ADP", "IN", 8, "case");
        let toks = tokens(&spec);
        assert!(repaired(&toks).is_none_or(|f| f[7].deprel == "nsubj"));
    }

    #[test]
    fn an_inverted_speaker_becomes_the_subject() {
        // "Talks resumed, said the ministry ." as the parser reads it.
        let toks = tokens(&[
            ("Talks", "talk", "NOUN", "NNS", 2, "nsubj"),
            ("resumed", "resume", "VERB", "VBD", 0, "root"),
            (",", ",", "PUNCT", ",", 4, "punct"),
            ("said", "say", "VERB", "VBD", 2, "xcomp"),
            ("the", "the", "DET", "DT", 6, "det"),
            ("ministry", "ministry", "NOUN", "NN", 4, "obj"),
            (".", ".", "PUNCT", ".", 2, "punct"),
        ]);
        let fixed = repaired(&toks).expect("a repair");
        assert_eq!(fixed[3].deprel, "parataxis");
        assert_eq!(fixed[5].deprel, "nsubj");
        assert_eq!(fixed[3].head, 2, "heads are kept");
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
        let arcs: Vec<(usize, &str)> = fixed.iter().map(|t| (t.head, t.deprel.as_str())).collect();
        assert_eq!(
            arcs,
            [
                (4, "nsubj"),
                (3, "amod"),
                (4, "obl:tmod"),
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
            ("nsubj", "obl:tmod")
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
        let arcs: Vec<(usize, &str)> = fixed.iter().map(|t| (t.head, t.deprel.as_str())).collect();
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
        // "the town that the move would weaken": one object, a real relative clause.
        toks.pop();
        assert!(repaired(&toks).is_none());
    }

    #[test]
    fn ordinary_objects_and_participles_are_left_alone() {
        // "Kim resigned , announced the plan and left": a conjunct before another one.
        let toks = tokens(&[
            ("Kim", "Kim", "PROPN", "NNP", 2, "nsubj"),
            ("resigned", "resign", "VERB", "VBD", 0, "root"),
            (",", ",", "PUNCT", ",", 4, "punct"),
            ("announced", "announce", "VERB", "VBD", 2, "conj"),
            ("the", "the", "DET", "DT", 6, "det"),
            ("plan", "plan", "NOUN", "NN", 4, "obj"),
            ("and", "and", "CCONJ", "CC", 8, "cc"),
            ("left", "leave", "VERB", "VBD", 2, "conj"),
        ]);
        assert!(repaired(&toks).is_none());
        // "Talks resumed , said the ministry" read as a last conjunct without "and" is repaired.
        let toks = tokens(&[
            ("Talks", "talk", "NOUN", "NNS", 2, "nsubj"),
            ("resumed", "resume", "VERB", "VBD", 0, "root"),
            (",", ",", "PUNCT", ",", 4, "punct"),
            ("said", "say", "VERB", "VBD", 2, "conj"),
            ("the", "the", "DET", "DT", 6, "det"),
            ("ministry", "ministry", "NOUN", "NN", 4, "obj"),
        ]);
        assert_eq!(repaired(&toks).expect("a repair")[5].deprel, "nsubj");
        // "Kim resigned, stating the reason": a participle, not an inverted clause.
        let toks = tokens(&[
            ("Kim", "Kim", "PROPN", "NNP", 2, "nsubj"),
            ("resigned", "resign", "VERB", "VBD", 0, "root"),
            (",", ",", "PUNCT", ",", 4, "punct"),
            ("stating", "state", "VERB", "VBG", 2, "advcl"),
            ("the", "the", "DET", "DT", 6, "det"),
            ("reason", "reason", "NOUN", "NN", 4, "obj"),
        ]);
        assert!(repaired(&toks).is_none());
        // "..., Kim said the plan": the verb has its own subject.
        let toks = tokens(&[
            ("Talks", "talk", "NOUN", "NNS", 2, "nsubj"),
            ("resumed", "resume", "VERB", "VBD", 0, "root"),
            (",", ",", "PUNCT", ",", 5, "punct"),
            ("Kim", "Kim", "PROPN", "NNP", 5, "nsubj"),
            ("said", "say", "VERB", "VBD", 2, "ccomp"),
            ("it", "it", "PRON", "PRP", 5, "obj"),
        ]);
        assert!(repaired(&toks).is_none());
    }
}
