//! Relative clauses opened by a part of their antecedent ("many of whom", "two of which").

use super::draft::Draft;
use super::tree_helpers::{head_of, kids_of, subject_rel, under};
use super::words::{is_person_noun, make_finite};
use crate::annotate::lexicon::TIME_WORDS;
use crate::document::Token;

/// Repair 83: mends what [`partitive_relatives`] finds.
pub(super) fn fix_partitive_relatives(d: &mut Draft) {
    for p in partitive_relatives(d.base()) {
        let (n, c, q, w, v, c2, m) = (p.noun, p.comma, p.part, p.relative, p.verb, p.close, p.main);
        let top = p.top;
        let attachment = phrase_attachment(d.base(), top, v);
        let fixed = d.edit();
        let root = fixed.iter().position(|t| t.head == 0);
        if verb_read_as_noun(fixed, w, c2) == Some(v) {
            // A verb read as a noun: it is finite ("ships" with one for subject), and the
            // clause's words the parser hung outside it are its dependents, a noun its object.
            let xpos = if fixed[v].xpos == "NNS" { "VBZ" } else { "VBP" };
            make_finite(&mut fixed[v], xpos);
            let mut object = false;
            for t in &mut fixed[v + 1..c2] {
                let h = t.head;
                if h == 0 || h - 1 < v || h - 1 > c2 || h == v + 1 {
                    if t.upos == "NOUN" && !object {
                        object = true;
                        t.deprel = "obj".into();
                    }
                    t.head = v + 1;
                }
            }
        }
        // Whatever hung on the noun, its phrase's head or the clause's verb outside the clause
        // goes to the main verb (the sentence's punctuation, an opening adverb), and the words
        // between the closing comma and the main verb (an auxiliary, an adverb) hang on it.
        for (k, t) in fixed.iter_mut().enumerate() {
            let outside = k < n || k > c2;
            let phrase = t.head == n + 1 || t.head == top + 1;
            let from_clause = t.head == v + 1 || (phrase && k > c2);
            if k != m && outside && from_clause {
                t.head = m + 1;
            }
            if k > c2 && k < m {
                t.head = m + 1;
            }
        }
        if regular_past_read_as_participle(fixed, m) {
            make_finite(&mut fixed[m], "VBD");
        }
        if root.is_some_and(|r| [n, v, q, m, top].contains(&r)) {
            (fixed[m].head, fixed[m].deprel) = (0, "root".into());
        } else {
            // The main verb takes the place of the phrase it hung on ("Two ..., were flown
            // ..., she added": "flown" is what she added).
            (fixed[m].head, fixed[m].deprel) = attachment;
        }
        // "Residents of Dalsk, many of whom ...": after a plural noun and a preposition, a name
        // is where they are from; the plural noun is the antecedent.
        let (n, subject) = match of_place(fixed, n) {
            Some(h) => {
                (fixed[n].head, fixed[n].deprel) = (h + 1, "nmod".into());
                (fixed[n - 1].head, fixed[n - 1].deprel) = (n + 1, "case".into());
                (h, h)
            }
            None => (n, top),
        };
        // "as several hundred protesters, most of whom ..., gathered": the word that opened the
        // phrase opens the main verb's clause.
        if fixed[m].deprel == "advcl" {
            for k in kids_of(fixed, top)
                .filter(|&k| k < top && fixed[k].deprel == "case")
                .collect::<Vec<_>>()
            {
                (fixed[k].head, fixed[k].deprel) = (m + 1, "mark".into());
                fixed[k].upos = "SCONJ".into();
            }
        }
        let rel = subject_rel(fixed, m);
        (fixed[subject].head, fixed[subject].deprel) = (m + 1, rel.into());
        (fixed[v].head, fixed[v].deprel) = (n + 1, "acl:relcl".into());
        let rel = subject_rel(fixed, v);
        (fixed[q].head, fixed[q].deprel) = (v + 1, rel.into());
        (fixed[w].head, fixed[w].deprel) = (q + 1, "nmod".into());
        (fixed[w - 1].head, fixed[w - 1].deprel) = (w + 1, "case".into());
        if q == c + 2 {
            (fixed[c + 1].head, fixed[c + 1].deprel) = (q + 1, "det".into());
        }
        for k in [c, c2] {
            (fixed[k].head, fixed[k].deprel) = (v + 1, "punct".into());
        }
    }
}

/// Where the main verb goes when the phrase `top` it takes the place of is not the sentence's
/// root: the phrase's head and relation; or, when the parser hung the phrase on the relative
/// clause's verb `v` ("as several hundred protesters, most of whom had travelled, gathered" with
/// "protesters" an oblique of "travelled"), the verb's head, as an adverbial clause when a
/// subordinator opens the phrase.
fn phrase_attachment(tokens: &[Token], top: usize, v: usize) -> (usize, String) {
    let t = &tokens[top];
    if head_of(tokens, top) != Some(v) {
        return (t.head, t.deprel.clone());
    }
    let opened = kids_of(tokens, top).any(|k| k < top && tokens[k].deprel == "case");
    let rel = if opened {
        "advcl".into()
    } else {
        tokens[v].deprel.clone()
    };
    (tokens[v].head, rel)
}

/// The plural noun before name `n` and its preposition ("Residents of Dalsk", "villages in
/// Veldania"), which the relative clause after the name is about.
fn of_place(tokens: &[Token], n: usize) -> Option<usize> {
    let h = n.checked_sub(2)?;
    let place = tokens[n].upos == "PROPN"
        && matches!(tokens[n - 1].lemma.as_str(), "of" | "in" | "from")
        && tokens[h].upos == "NOUN"
        && tokens[h].xpos == "NNS";
    place.then_some(h)
}

/// A relative clause between commas that opens with a part of its antecedent ("2,300
/// employees, many of whom are based at the airport, face losing their jobs").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct PartitiveRelative {
    noun: usize,
    /// The head of the phrase the noun ends, which is the main verb's subject.
    top: usize,
    comma: usize,
    /// "many", "most", "two": the clause's subject.
    part: usize,
    /// "whom" or "which".
    relative: usize,
    verb: usize,
    close: usize,
    main: usize,
}

/// Repair 83: a relative clause opened by "many of whom", "most of which" and the like. The
/// parser does not know the construction and makes the part the subject of the main verb
/// ("many ... face losing", with the employees its root), or the clause's verb the root with the
/// main verb its conjunct. The clause is the antecedent's relative clause, the part its subject,
/// and the antecedent the subject of the main verb after the closing comma. Only when the
/// sentence's root is one of these words, and the main verb is finite or follows an auxiliary.
fn partitive_relatives(tokens: &[Token]) -> Vec<PartitiveRelative> {
    let mut out = Vec::new();
    let root = tokens.iter().position(|t| t.head == 0);
    for n in 0..tokens.len().saturating_sub(6) {
        let c = n + 1;
        let Some((q, w)) = partitive_at(tokens, n) else {
            continue;
        };
        let Some(close) = clause_end(tokens, w) else {
            continue;
        };
        if tokens[close].form != "," {
            continue;
        }
        let Some(verb) = clause_verb(tokens, w, close) else {
            continue;
        };
        // The main verb: finite, or after an auxiliary, with only auxiliaries and adverbs
        // before it.
        let main = (close + 1..tokens.len().min(close + 4))
            .take_while(|&k| matches!(tokens[k].upos.as_str(), "AUX" | "ADV" | "PART" | "VERB"))
            .find(|&k| tokens[k].upos == "VERB");
        let Some(main) = main else { continue };
        let finite = matches!(tokens[main].xpos.as_str(), "VBP" | "VBZ" | "VBD")
            || tokens[close + 1..main].iter().any(|t| t.upos == "AUX")
            || regular_past_read_as_participle(tokens, main);
        let top = phrase_top(tokens, n);
        // The parser went wrong: the sentence's root is one of these words, or the main verb
        // hangs on the phrase or the clause ("Two of the wounded, one of whom is a girl, were
        // flown" with "flown" a parataxis of "Two").
        let words = [n, q, verb, main, top];
        let in_phrase = |h: usize| words.contains(&h) || (top..=close).contains(&h);
        let hung = head_of(tokens, main).is_some_and(|h| words.contains(&h))
            && head_of(tokens, top).is_some_and(|h| !in_phrase(h) || h == verb);
        let wrong = root.is_some_and(|r| words.contains(&r)) || hung;
        // A main verb with its own subject after it is a report ("..., says CPJ").
        let inverted =
            kids_of(tokens, main).any(|k| k > main && tokens[k].deprel.starts_with("nsubj"));
        if !finite || !wrong || inverted {
            continue;
        }
        out.push(PartitiveRelative {
            noun: n,
            top,
            comma: c,
            part: q,
            relative: w,
            verb,
            close,
            main,
        });
    }
    out
}

/// Where the relative clause after relative word `w` ends: its first punctuation mark other
/// than a hyphen ("a nine-year-old girl"), within 30 words.
fn clause_end(tokens: &[Token], w: usize) -> Option<usize> {
    (w + 1..tokens.len().min(w + 30))
        .find(|&k| tokens[k].upos == "PUNCT" && tokens[k].xpos != "HYPH")
}

/// The verb of the relative clause from relative word `w` to punctuation `close`: its first
/// verb, else the predicate "be" is the copula of ("are unhappy", "is a nine-year-old girl"),
/// else a verb read as a noun.
fn clause_verb(tokens: &[Token], w: usize, close: usize) -> Option<usize> {
    let copula = |k: usize| tokens[k].lemma == "be" && tokens[k].deprel == "cop";
    (w + 1..close)
        .find(|&k| tokens[k].upos == "VERB" || copula(k))
        .and_then(|k| match copula(k) {
            true => head_of(tokens, k).filter(|&p| p > w && p < close),
            false => Some(k),
        })
        .or_else(|| {
            (w + 2..close).find(|&k| {
                matches!(tokens[k].upos.as_str(), "ADJ" | "NOUN") && tokens[k - 1].lemma == "be"
            })
        })
        .or_else(|| verb_read_as_noun(tokens, w, close))
}

/// The clause's verb read as a noun ("most of whom ship perishable goods" with "ship" a
/// compound of "goods"): the word right after the relative word, or after an adverb, when it is
/// a common noun followed by more of the clause. Nothing but a verb, an auxiliary or an adverb
/// can follow "of whom".
fn verb_read_as_noun(tokens: &[Token], w: usize, close: usize) -> Option<usize> {
    let k = (w + 1..close).find(|&k| tokens[k].upos != "ADV")?;
    let noun = tokens[k].upos == "NOUN" && matches!(tokens[k].xpos.as_str(), "NN" | "NNS");
    (noun && k + 1 < close && tokens[k + 1].upos != "PUNCT").then_some(k)
}

/// A regular past form tagged a participle, with no "by" after it: after a partitive relative
/// clause, "gathered on the side" is the main verb, not a reduced relative.
fn regular_past_read_as_participle(tokens: &[Token], v: usize) -> bool {
    tokens[v].xpos == "VBN"
        && tokens[v].form.ends_with("ed")
        && tokens.get(v + 1).is_none_or(|t| t.lemma != "by")
}

/// The head of the noun phrase noun `n` ends: "Two" of "Two of the wounded", "Unions" of
/// "Unions representing Meridian's employees", "Hallam" of "Hallam and six officers". Up from
/// `n` while its head comes before it and `n` is a nominal's modifier or conjunct or a
/// participle's object (no further than ten steps).
fn phrase_top(tokens: &[Token], n: usize) -> usize {
    let mut top = n;
    for _ in 0..10 {
        let Some(h) = head_of(tokens, top).filter(|&h| h < top) else {
            break;
        };
        let modifier = match tokens[top].deprel.as_str() {
            // "Hallam and six officers, four of whom ...": the coordination is the subject.
            "nmod" | "nmod:poss" | "conj" => true,
            "obj" => tokens[h].upos == "VERB" && tokens[h].deprel == "acl",
            "acl" => tokens[top].xpos == "VBG" || tokens[top].xpos == "VBN",
            _ => false,
        };
        if !modifier || !matches!(tokens[h].upos.as_str(), "NOUN" | "PROPN" | "NUM" | "VERB") {
            break;
        }
        top = h;
    }
    top
}

/// The part and the relative word when noun `n` opens "N, many of whom", "N, two of which",
/// "N, two-thirds of whom" or "N, the youngest of whom": a comma, a part (one word, two joined
/// by a hyphen, or one after "the"), "of" and the relative word follow it.
fn partitive_at(tokens: &[Token], n: usize) -> Option<(usize, usize)> {
    let lower = |k: usize| tokens[k].form.to_lowercase();
    let c = n + 1;
    if c + 3 >= tokens.len()
        || !matches!(tokens[n].upos.as_str(), "NOUN" | "PROPN")
        || tokens[c].form != ","
        || tokens[c + 1].upos == "PUNCT"
    {
        return None;
    }
    let hyphenated = tokens[c + 2].xpos == "HYPH" && tokens[c + 3].upos != "PUNCT";
    // "the youngest of whom", "the majority of which".
    let article = lower(c + 1) == "the" && tokens[c + 2].upos != "PUNCT";
    let q = if hyphenated {
        c + 3
    } else if article {
        c + 2
    } else {
        c + 1
    };
    let w = q + 2;
    (w < tokens.len() && lower(q + 1) == "of" && matches!(lower(w).as_str(), "whom" | "which"))
        .then_some((q, w))
}

/// Repair 102: mends what [`closing_partitive_relatives`] finds.
pub(super) fn fix_closing_partitive_relatives(d: &mut Draft) {
    for (noun, verb, displaced) in closing_partitive_relatives(d.base()) {
        let fixed = d.edit();
        if let Some(d) = displaced {
            let (head, rel) = (fixed[verb].head, fixed[verb].deprel.clone());
            // What the verb took from before the comma goes back to the clause it displaced.
            for (k, t) in fixed.iter_mut().enumerate() {
                if t.head == verb + 1 && k < noun && k != d {
                    t.head = d + 1;
                }
            }
            (fixed[d].head, fixed[d].deprel) = (head, rel);
        }
        (fixed[verb].head, fixed[verb].deprel) = (noun + 1, "acl:relcl".into());
    }
}

/// Repair 102: a relative clause opened by "two of which" that ends the sentence, read as the
/// clause the sentence was about.
///
/// Triples (antecedent, relative clause's verb, the clause it displaced if any): "said that the
/// findings had been shared with allied governments, two of which had reached the same
/// conclusion" can come out with "reached" the reported clause ("two" its subject) and "shared"
/// an adverbial clause under it, or with "reached" a parataxis of "shared". When a noun, a
/// comma, a part ("two", "many", "most") and "of which" or "of whom" open a clause that runs to
/// the end of the sentence, the clause is the noun's relative clause, and a verb it took from
/// before the comma takes its place.
fn closing_partitive_relatives(tokens: &[Token]) -> Vec<(usize, usize, Option<usize>)> {
    let mut out = Vec::new();
    for n in 0..tokens.len().saturating_sub(6) {
        let Some((q, w)) = partitive_at(tokens, n) else {
            continue;
        };
        let c = n + 1;
        // The part is the subject of a verb whose phrase runs to the end.
        let Some(verb) = head_of(tokens, q).filter(|&v| {
            v > w && tokens[v].upos == "VERB" && tokens[q].deprel.starts_with("nsubj")
        }) else {
            continue;
        };
        let ends = (w + 1..tokens.len()).all(|k| {
            tokens[k].upos != "PUNCT" || k + 1 == tokens.len() || under(tokens, k, &[verb])
        });
        // The verb it displaced, a clause of the verb before the comma that holds the noun;
        // or the verb before the comma it hangs on.
        let displaced = kids_of(tokens, verb)
            .find(|&k| k < c && tokens[k].upos == "VERB" && under(tokens, n, &[k]));
        let hung = head_of(tokens, verb).is_some_and(|h| {
            h < c
                && under(tokens, n, &[h])
                && matches!(tokens[verb].deprel.as_str(), "parataxis" | "conj" | "advcl")
        });
        if ends && tokens[verb].deprel != "acl:relcl" && (displaced.is_some() || hung) {
            out.push((n, verb, displaced));
        }
    }
    out
}

/// Repair 119: mends what [`people_relatives_on_places`] finds.
pub(super) fn fix_people_relatives_on_places(d: &mut Draft) {
    for (verb, people) in people_relatives_on_places(d.base()) {
        d.edit()[verb].head = people + 1;
    }
}

/// Repair 119: "many of whom" hung on a place instead of the people before it.
///
/// Pairs (relative clause's verb, antecedent): "About 3,500 Sarvenians live in Austria, many of
/// whom fled after the election" can come out with the clause on "Austria", so that Austria
/// fled. "whom" stands for people, and a part of them ("many", "some") for several: a singular
/// name or noun in a prepositional phrase cannot be its antecedent. The clause goes to the
/// plural subject or object of the verb the phrase hangs on.
fn people_relatives_on_places(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for n in 0..tokens.len().saturating_sub(6) {
        let Some((q, w)) = partitive_at(tokens, n) else {
            continue;
        };
        if !tokens[w].form.eq_ignore_ascii_case("whom") {
            continue;
        }
        let Some(verb) = head_of(tokens, q)
            .filter(|&v| v > w && tokens[v].deprel == "acl:relcl" && head_of(tokens, v) == Some(n))
        else {
            continue;
        };
        let singular = matches!(tokens[n].xpos.as_str(), "NNP" | "NN")
            && kids_of(tokens, n).any(|k| tokens[k].deprel == "case" && k < n);
        let Some(main) =
            head_of(tokens, n).filter(|_| singular && tokens[n].deprel.starts_with("obl"))
        else {
            continue;
        };
        let people = kids_of(tokens, main).filter(|&k| k < n).find(|&k| {
            matches!(tokens[k].xpos.as_str(), "NNS" | "NNPS")
                && (tokens[k].deprel.starts_with("nsubj") || tokens[k].deprel == "obj")
        });
        if let Some(p) = people {
            out.push((verb, p));
        }
    }
    out
}

/// Repair 133: mends what [`misplaced_partitive_relatives`] finds.
pub(super) fn fix_misplaced_partitive_relatives(d: &mut Draft) {
    for r in misplaced_partitive_relatives(d.base()) {
        let fixed = d.edit();
        let old = fixed[r.verb].head;
        // What the verb took from after the clause ("according to ...") goes to the verb it
        // hung on.
        for t in &mut fixed[r.close..] {
            if t.head == r.verb + 1 {
                t.head = old;
            }
        }
        (fixed[r.verb].head, fixed[r.verb].deprel) = (r.antecedent + 1, "acl:relcl".into());
        let rel = subject_rel(fixed, r.verb);
        (fixed[r.part].head, fixed[r.part].deprel) = (r.verb + 1, rel.into());
        (fixed[r.relative].head, fixed[r.relative].deprel) = (r.part + 1, "nmod".into());
        let of = r.relative - 1;
        (fixed[of].head, fixed[of].deprel) = (r.relative + 1, "case".into());
        (fixed[r.comma].head, fixed[r.comma].deprel) = (r.verb + 1, "punct".into());
    }
}

/// A partitive relative clause on the wrong word ([`misplaced_partitive_relatives`]).
#[derive(Debug, PartialEq, Eq)]
struct MisplacedRelative {
    antecedent: usize,
    comma: usize,
    part: usize,
    relative: usize,
    verb: usize,
    close: usize,
}

/// Repair 133: a partitive relative clause after the main verb's phrase, hung on the wrong
/// word or not read as one.
///
/// "At least six journalists have been detained in Qaresh since January, two of whom remain in
/// custody, according to ..." can come out with "two" a modifier of "Qaresh" and "remain" a
/// complement of "detained", so the journalists remained; "the club spent 45 million pounds on
/// new players during the summer, most of whom were chosen by him" with the clause on "pounds".
/// The part of "whom" is a part of people: the antecedent is the noun before the comma unless
/// that is a time or a singular name or noun in a phrase, then the nearest plural noun before
/// it ("which" skips only a time). The clause's verb, hung on a word before its comma, becomes
/// the antecedent's relative clause with the part its subject.
fn misplaced_partitive_relatives(tokens: &[Token]) -> Vec<MisplacedRelative> {
    let mut out = Vec::new();
    for n in 0..tokens.len().saturating_sub(5) {
        let Some((part, relative)) = partitive_at(tokens, n) else {
            continue;
        };
        let close = clause_end(tokens, relative).unwrap_or(tokens.len());
        let Some(verb) = clause_verb(tokens, relative, close) else {
            continue;
        };
        let Some(antecedent) = partitive_antecedent(tokens, n, relative) else {
            continue;
        };
        let Some(h) = head_of(tokens, verb) else {
            continue;
        };
        let right = h == antecedent
            && tokens[verb].deprel == "acl:relcl"
            && head_of(tokens, part) == Some(verb);
        // Only a clause the parser hung before its comma, on a word that does not hang inside
        // the clause; a relative clause on another noun only for "whom" on a noun for no
        // person ("pounds").
        let misplaced = h <= n && !under(tokens, antecedent, &[verb]) && !under(tokens, h, &[verb]);
        let elsewhere = tokens[verb].deprel == "acl:relcl"
            && (!tokens[relative].form.eq_ignore_ascii_case("whom")
                || tokens[h].upos != "NOUN"
                || is_person_noun(&tokens[h].lemma));
        if right || elsewhere || !misplaced || tokens[verb].upos != "VERB" {
            continue;
        }
        out.push(MisplacedRelative {
            antecedent,
            comma: n + 1,
            part,
            relative,
            verb,
            close,
        });
    }
    out
}

/// The antecedent of the partitive relative after noun `n` with relative word `w`: `n`, or
/// after a time, or for "whom" after a singular name or noun in a prepositional phrase, the
/// nearest plural common noun before `n` within its clause (no punctuation between); for
/// "which", the nearest verb's argument. A conjunct stands for its coordination.
fn partitive_antecedent(tokens: &[Token], n: usize, w: usize) -> Option<usize> {
    let t = &tokens[n];
    let time = is_time(&t.lemma);
    let singular_in_phrase = matches!(t.xpos.as_str(), "NN" | "NNP")
        && kids_of(tokens, n).any(|k| k < n && tokens[k].deprel == "case");
    let whom = tokens[w].form.eq_ignore_ascii_case("whom");
    if !(time || whom && singular_in_phrase) {
        // "an uncle and a fiancé, each of whom": the coordination, by its first conjunct.
        let first = head_of(tokens, n).filter(|&h| {
            t.deprel == "conj" && h < n && matches!(tokens[h].upos.as_str(), "NOUN" | "PROPN")
        });
        return Some(first.unwrap_or(n));
    }
    let candidate = |k: usize| {
        let t = &tokens[k];
        if whom {
            t.upos == "NOUN" && t.xpos == "NNS"
        } else {
            // A thing: a verb's argument ("was worth about $1.1 billion last year, most of
            // which").
            matches!(t.upos.as_str(), "NOUN" | "PROPN" | "SYM" | "NUM")
                && matches!(t.deprel.as_str(), "obj" | "nsubj" | "nsubj:pass" | "obl")
                && !is_time(&t.lemma)
        }
    };
    (0..n)
        .rev()
        .take_while(|&k| tokens[k].upos != "PUNCT")
        .find(|&k| candidate(k))
}

/// Nouns and names of times, which a part of people cannot be a part of: the lexicon's time
/// words and the seasons.
fn is_time(lemma: &str) -> bool {
    let lower = lemma.to_lowercase();
    TIME_WORDS.contains(&lower.as_str())
        || matches!(
            lower.as_str(),
            "summer" | "winter" | "spring" | "autumn" | "season" | "period"
        )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotate::repair::repaired;
    use crate::annotate::repair::testing::{arcs_of, tokens};

    #[test]
    fn many_of_whom_on_a_place_goes_to_the_people() {
        // "Exiles live in Austria , many of whom fled ." with the clause on "Austria".
        let spec = [
            ("Exiles", "exile", "NOUN", "NNS", 2, "nsubj"),
            ("live", "live", "VERB", "VBP", 0, "root"),
            ("in", "in", "ADP", "IN", 4, "case"),
            ("Austria", "Austria", "PROPN", "NNP", 2, "obl"),
            (",", ",", "PUNCT", ",", 9, "punct"),
            ("many", "many", "ADJ", "JJ", 9, "nsubj"),
            ("of", "of", "ADP", "IN", 8, "case"),
            ("whom", "whom", "PRON", "WP", 6, "nmod"),
            ("fled", "flee", "VERB", "VBD", 4, "acl:relcl"),
            (".", ".", "PUNCT", ".", 2, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        assert_eq!(arcs_of(&fixed)[8], (1, "acl:relcl"));
        // "which" may stand for a place's parts; and a plural in the phrase may be the
        // antecedent ("live in camps, many of whom" is odd, but "camps" stays).
        let mut which = spec;
        which[7] = ("which", "which", "PRON", "WDT", 6, "nmod");
        assert!(repaired(&tokens(&which)).is_none());
        let mut plural = spec;
        plural[3] = ("camps", "camp", "NOUN", "NNS", 2, "obl");
        assert!(repaired(&tokens(&plural)).is_none());
    }

    #[test]
    fn a_relative_clause_opened_by_many_of_whom_is_the_antecedents() {
        // "Workers , many of whom are based here , face cuts ." with the workers the root and
        // "face" their conjunct, "many" its subject.
        let spec = [
            ("Workers", "worker", "NOUN", "NNS", 0, "root"),
            (",", ",", "PUNCT", ",", 10, "punct"),
            ("many", "many", "ADJ", "JJ", 10, "nsubj"),
            ("of", "of", "ADP", "IN", 5, "case"),
            ("whom", "whom", "PRON", "WP", 3, "nmod"),
            ("are", "be", "AUX", "VBP", 7, "aux:pass"),
            ("based", "base", "VERB", "VBN", 5, "acl:relcl"),
            ("here", "here", "ADV", "RB", 7, "advmod"),
            (",", ",", "PUNCT", ",", 3, "punct"),
            ("face", "face", "VERB", "VBP", 1, "conj"),
            ("cuts", "cut", "NOUN", "NNS", 10, "obj"),
            (".", ".", "PUNCT", ".", 1, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(
            arcs,
            [
                (10, "nsubj"),
                (7, "punct"),
                (7, "nsubj:pass"),
                (5, "case"),
                (3, "nmod"),
                (7, "aux:pass"),
                (1, "acl:relcl"),
                (7, "advmod"),
                (7, "punct"),
                (0, "root"),
                (10, "obj"),
                (10, "punct"),
            ]
        );
        // Not "many of them" (no relative clause), nor when the root is elsewhere.
        let mut them = spec;
        them[4] = ("them", "they", "PRON", "PRP", 3, "nmod");
        assert!(partitive_relatives(&tokens(&them)).is_empty());
        let mut elsewhere = spec;
        elsewhere[0].4 = 10;
        elsewhere[9] = ("face", "face", "VERB", "VBP", 0, "root");
        elsewhere[11].4 = 10;
        let found = partitive_relatives(&tokens(&elsewhere));
        assert_eq!(found.len(), 1);
        elsewhere[9].5 = "ccomp";
        elsewhere[9].4 = 12;
        elsewhere[11] = (".", ".", "PUNCT", ".", 0, "root");
        assert!(partitive_relatives(&tokens(&elsewhere)).is_empty());
    }

    #[test]
    fn a_partitive_relative_inside_a_reported_clause_is_the_antecedents() {
        // "Two of the wounded , one of whom is a year - old girl , were flown , she added ."
        // with "girl" the subject of "flown" and "flown" a parataxis of "Two".
        let spec = [
            ("Two", "two", "NUM", "CD", 20, "ccomp"),
            ("of", "of", "ADP", "IN", 4, "case"),
            ("the", "the", "DET", "DT", 4, "det"),
            ("wounded", "wounded", "NOUN", "NN", 1, "nmod"),
            (",", ",", "PUNCT", ",", 14, "punct"),
            ("one", "one", "NUM", "CD", 14, "nsubj"),
            ("of", "of", "ADP", "IN", 8, "case"),
            ("whom", "whom", "PRON", "WP", 6, "nmod"),
            ("is", "be", "AUX", "VBZ", 14, "cop"),
            ("a", "a", "DET", "DT", 14, "det"),
            ("year", "year", "NOUN", "NN", 13, "obl:unmarked"),
            ("-", "-", "PUNCT", "HYPH", 11, "punct"),
            ("old", "old", "ADJ", "JJ", 14, "amod"),
            ("girl", "girl", "NOUN", "NN", 17, "nsubj:pass"),
            (",", ",", "PUNCT", ",", 14, "punct"),
            ("were", "be", "AUX", "VBD", 17, "aux:pass"),
            ("flown", "fly", "VERB", "VBN", 1, "parataxis"),
            (",", ",", "PUNCT", ",", 20, "punct"),
            ("she", "she", "PRON", "PRP", 20, "nsubj"),
            ("added", "add", "VERB", "VBD", 0, "root"),
            (".", ".", "PUNCT", ".", 20, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(arcs[0], (17, "nsubj:pass"));
        assert_eq!(arcs[16], (20, "ccomp"));
        assert_eq!(arcs[13], (4, "acl:relcl"));
        assert_eq!(arcs[5], (14, "nsubj"));
        assert_eq!((arcs[4], arcs[14]), ((14, "punct"), (14, "punct")));
        assert_eq!(
            arcs[17..],
            [(20, "punct"), (20, "nsubj"), (0, "root"), (20, "punct")]
        );
    }

    #[test]
    fn a_hyphenated_part_opens_a_partitive_relative_too() {
        // "Unions representing employees , two - thirds of whom work , demanded pay ." with
        // "work" the root: the unions demanded, the employees work.
        let spec = [
            ("Unions", "union", "NOUN", "NNS", 10, "nsubj"),
            ("representing", "represent", "VERB", "VBG", 1, "acl"),
            ("employees", "employee", "NOUN", "NNS", 2, "obj"),
            (",", ",", "PUNCT", ",", 10, "punct"),
            ("two", "two", "NUM", "CD", 7, "nummod"),
            ("-", "-", "PUNCT", "HYPH", 5, "punct"),
            ("thirds", "third", "NOUN", "NNS", 10, "nsubj"),
            ("of", "of", "ADP", "IN", 9, "case"),
            ("whom", "whom", "PRON", "WP", 7, "nmod"),
            ("work", "work", "VERB", "VBP", 0, "root"),
            (",", ",", "PUNCT", ",", 10, "punct"),
            ("demanded", "demand", "VERB", "VBD", 10, "conj"),
            ("pay", "pay", "NOUN", "NN", 12, "obj"),
            (".", ".", "PUNCT", ".", 10, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(arcs[0], (12, "nsubj"));
        assert_eq!(arcs[2], (2, "obj"));
        assert_eq!(arcs[9], (3, "acl:relcl"));
        assert_eq!(arcs[6], (10, "nsubj"));
        assert_eq!(arcs[11], (0, "root"));
        assert_eq!(arcs[13], (12, "punct"));
    }

    #[test]
    fn a_partitive_relative_after_a_place_is_about_the_plural_before_it() {
        // "Residents of Dalsk , many of whom hid , said it ." with "Dalsk" a second subject
        // and the relative clause on it.
        let spec = [
            ("Residents", "resident", "NOUN", "NNS", 10, "nsubj"),
            ("of", "of", "ADP", "IN", 3, "case"),
            ("Dalsk", "Dalsk", "PROPN", "NNP", 10, "nsubj"),
            (",", ",", "PUNCT", ",", 8, "punct"),
            ("many", "many", "ADJ", "JJ", 8, "nsubj"),
            ("of", "of", "ADP", "IN", 7, "case"),
            ("whom", "whom", "PRON", "WP", 5, "nmod"),
            ("hid", "hide", "VERB", "VBD", 3, "acl:relcl"),
            (",", ",", "PUNCT", ",", 8, "punct"),
            ("said", "say", "VERB", "VBD", 0, "root"),
            ("it", "it", "PRON", "PRP", 10, "obj"),
            (".", ".", "PUNCT", ".", 10, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(arcs[..3], [(10, "nsubj"), (3, "case"), (1, "nmod")]);
        assert_eq!(arcs[7], (1, "acl:relcl"));
        // A singular noun before the name, or no name: the name's own clause.
        let mut singular = spec;
        singular[0] = ("Mayor", "mayor", "NOUN", "NN", 10, "nsubj");
        let fixed = repaired(&tokens(&singular)).expect("a repair");
        assert_eq!(arcs_of(&fixed)[7], (3, "acl:relcl"));
    }

    #[test]
    fn a_partitive_relative_verb_read_as_a_noun_is_the_clauses_verb() {
        // "Exporters , most of whom ship goods , warned it ." with "ship" a compound of "goods",
        // "goods" a relative clause of "whom" and "warned" a parataxis of the root "Exporters".
        let spec = [
            ("Exporters", "exporter", "NOUN", "NNS", 0, "root"),
            (",", ",", "PUNCT", ",", 9, "punct"),
            ("most", "most", "ADJ", "JJS", 9, "nsubj"),
            ("of", "of", "ADP", "IN", 5, "case"),
            ("whom", "whom", "PRON", "WP", 3, "nmod"),
            ("ship", "ship", "NOUN", "NN", 7, "compound"),
            ("goods", "goods", "NOUN", "NNS", 5, "acl:relcl"),
            (",", ",", "PUNCT", ",", 3, "punct"),
            ("warned", "warn", "VERB", "VBD", 1, "parataxis"),
            ("it", "it", "PRON", "PRP", 9, "obj"),
            (".", ".", "PUNCT", ".", 1, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(arcs[0], (9, "nsubj"));
        assert_eq!(arcs[5], (1, "acl:relcl"));
        assert_eq!(
            (fixed[5].upos.as_str(), fixed[5].xpos.as_str()),
            ("VERB", "VBP")
        );
        assert_eq!(arcs[6], (6, "obj"));
        assert_eq!(arcs[2], (6, "nsubj"));
        assert_eq!(arcs[8], (0, "root"));
        // A noun followed by the clause's end is no verb ("most of whom children ,").
        let mut short = spec;
        short[6] = (",", ",", "PUNCT", ",", 3, "punct");
        assert_eq!(verb_read_as_noun(&tokens(&short), 4, 6), None);
    }

    #[test]
    fn a_subordinate_clause_whose_subject_has_a_partitive_relative_is_the_main_verbs() {
        // "It closed as protesters , most of whom had travelled , gathered there ." with
        // "protesters" an oblique of "travelled", the main verb a participle conjunct of it.
        let spec = [
            ("It", "it", "PRON", "PRP", 2, "nsubj"),
            ("closed", "close", "VERB", "VBD", 0, "root"),
            ("as", "as", "ADP", "IN", 4, "case"),
            ("protesters", "protester", "NOUN", "NNS", 10, "obl"),
            (",", ",", "PUNCT", ",", 4, "punct"),
            ("most", "most", "ADJ", "JJS", 10, "nsubj"),
            ("of", "of", "ADP", "IN", 8, "case"),
            ("whom", "whom", "PRON", "WP", 6, "nmod"),
            ("had", "have", "AUX", "VBD", 10, "aux"),
            ("travelled", "travel", "VERB", "VBN", 2, "acl:relcl"),
            (",", ",", "PUNCT", ",", 12, "punct"),
            ("gathered", "gather", "VERB", "VBN", 10, "conj"),
            ("there", "there", "ADV", "RB", 12, "advmod"),
            (".", ".", "PUNCT", ".", 2, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(arcs[11], (2, "advcl"));
        assert_eq!(fixed[11].xpos, "VBD");
        assert_eq!((arcs[2], fixed[2].upos.as_str()), ((12, "mark"), "SCONJ"));
        assert_eq!(arcs[3], (12, "nsubj"));
        assert_eq!(arcs[9], (4, "acl:relcl"));
        assert_eq!(arcs[5], (10, "nsubj"));
        // "gathered by the police" is a participle.
        let mut by = spec;
        by[12] = ("by", "by", "ADP", "IN", 12, "case");
        assert!(!regular_past_read_as_participle(&tokens(&by), 11));
    }

    #[test]
    fn a_partitive_relative_after_the_main_clause_goes_to_its_antecedent() {
        // "Journalists were held in Qaresh since January , two of whom remain in custody ,
        // says CPJ ." with "two" a modifier of "Qaresh" and "remain" a complement of "held".
        let spec = [
            ("Journalists", "journalist", "NOUN", "NNS", 3, "nsubj:pass"),
            ("were", "be", "AUX", "VBD", 3, "aux:pass"),
            ("held", "hold", "VERB", "VBN", 0, "root"),
            ("in", "in", "ADP", "IN", 5, "case"),
            ("Qaresh", "Qaresh", "PROPN", "NNP", 3, "obl"),
            ("since", "since", "ADP", "IN", 7, "case"),
            ("January", "January", "PROPN", "NNP", 5, "nmod"),
            (",", ",", "PUNCT", ",", 9, "punct"),
            ("two", "two", "NUM", "CD", 5, "nmod:unmarked"),
            ("of", "of", "ADP", "IN", 11, "case"),
            ("whom", "whom", "PRON", "WP", 9, "nmod"),
            ("remain", "remain", "VERB", "VBP", 3, "xcomp"),
            ("in", "in", "ADP", "IN", 14, "case"),
            ("custody", "custody", "NOUN", "NN", 12, "obl"),
            (",", ",", "PUNCT", ",", 16, "punct"),
            ("says", "say", "VERB", "VBZ", 12, "parataxis"),
            ("CPJ", "CPJ", "PROPN", "NNP", 16, "nsubj"),
            (".", ".", "PUNCT", ".", 3, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(arcs[11], (1, "acl:relcl"));
        assert_eq!(arcs[8], (12, "nsubj"));
        assert_eq!((arcs[7], arcs[10]), ((12, "punct"), (9, "nmod")));
        assert_eq!(arcs[15].0, 3);
        // "which" after a time is about the nearest argument before it ("Qaresh"); a "whom" clause on a
        // person noun stays.
        let mut which = spec;
        which[10] = ("which", "which", "PRON", "WDT", 9, "nmod");
        assert_eq!(partitive_antecedent(&tokens(&which), 6, 10), Some(4));
        let mut placed = spec;
        placed[8].3 = "CD";
        placed[11] = ("remain", "remain", "VERB", "VBP", 1, "acl:relcl");
        placed[8] = ("two", "two", "NUM", "CD", 12, "nsubj");
        placed[3] = ("with", "with", "ADP", "IN", 5, "case");
        placed[4] = ("lawyers", "lawyer", "NOUN", "NNS", 3, "obl");
        assert!(misplaced_partitive_relatives(&tokens(&placed)).is_empty());
    }

    #[test]
    fn a_part_after_the_opens_a_partitive_relative_too() {
        // "Men , the youngest of whom is 22 , were lifted ." with "Men" the root and "lifted"
        // a relative clause of "youngest".
        let spec = [
            ("Men", "man", "NOUN", "NNS", 0, "root"),
            (",", ",", "PUNCT", ",", 1, "punct"),
            ("the", "the", "DET", "DT", 4, "det"),
            ("youngest", "young", "ADJ", "JJS", 1, "appos"),
            ("of", "of", "ADP", "IN", 6, "case"),
            ("whom", "whom", "PRON", "WP", 10, "obl"),
            ("is", "be", "AUX", "VBZ", 8, "cop"),
            ("22", "22", "NUM", "CD", 10, "nsubj:pass"),
            (",", ",", "PUNCT", ",", 8, "punct"),
            ("were", "be", "AUX", "VBD", 10, "aux:pass"),
            ("lifted", "lift", "VERB", "VBN", 4, "acl:relcl"),
            (".", ".", "PUNCT", ".", 1, "punct"),
        ];
        assert_eq!(partitive_at(&tokens(&spec), 0), Some((3, 5)));
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(arcs[10], (0, "root"));
        assert_eq!(arcs[0], (11, "nsubj:pass"));
        assert_eq!(arcs[7], (1, "acl:relcl"));
        assert_eq!(
            (arcs[2], arcs[3], arcs[5]),
            ((4, "det"), (8, "nsubj"), (4, "nmod"))
        );
    }

    #[test]
    fn a_closing_partitive_relative_is_the_nouns() {
        // "said findings were shared with governments , two of which reached it ." with
        // "reached" the reported clause and "shared" an adverbial clause under it.
        let spec = [
            ("said", "say", "VERB", "VBD", 0, "root"),
            ("findings", "finding", "NOUN", "NNS", 4, "nsubj:pass"),
            ("were", "be", "AUX", "VBD", 4, "aux:pass"),
            ("shared", "share", "VERB", "VBN", 11, "advcl"),
            ("with", "with", "ADP", "IN", 6, "case"),
            ("governments", "government", "NOUN", "NNS", 4, "obl"),
            (",", ",", "PUNCT", ",", 8, "punct"),
            ("two", "two", "NUM", "CD", 11, "nsubj"),
            ("of", "of", "ADP", "IN", 10, "case"),
            ("which", "which", "PRON", "WDT", 8, "nmod"),
            ("reached", "reach", "VERB", "VBD", 1, "ccomp"),
            ("it", "it", "PRON", "PRP", 11, "obj"),
            (".", ".", "PUNCT", ".", 1, "punct"),
        ];
        assert_eq!(
            closing_partitive_relatives(&tokens(&spec)),
            [(5, 10, Some(3))]
        );
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!((arcs[3], arcs[10]), ((1, "ccomp"), (6, "acl:relcl")));
        assert_eq!(arcs[1], (4, "nsubj:pass"));
        // Read as a parataxis of the verb before the comma: only the clause moves.
        let mut hung = spec;
        hung[3] = ("shared", "share", "VERB", "VBN", 1, "ccomp");
        hung[10] = ("reached", "reach", "VERB", "VBD", 4, "parataxis");
        assert_eq!(closing_partitive_relatives(&tokens(&hung)), [(5, 10, None)]);
        // A clause that does not run to the end ("..., two of which reached it, said") is
        // repair 83's.
        let mut open = spec;
        open[11] = (",", ",", "PUNCT", ",", 1, "punct");
        assert!(closing_partitive_relatives(&tokens(&open)).is_empty());
    }
}
