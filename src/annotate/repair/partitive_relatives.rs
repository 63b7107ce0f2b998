//! Relative clauses opened by a part of their antecedent ("many of whom", "two of which").

use super::draft::Draft;
use super::tree_helpers::{head_of, kids_of, subject_rel, under};
use crate::document::Token;

/// Repair 83: mends what [`partitive_relatives`] finds.
pub(super) fn fix_partitive_relatives(d: &mut Draft) {
    for p in partitive_relatives(d.base()) {
        let (n, c, q, w, v, c2, m) = (p.noun, p.comma, p.part, p.relative, p.verb, p.close, p.main);
        let top = p.top;
        let attachment = (d.base()[top].head, d.base()[top].deprel.clone());
        let fixed = d.edit();
        let root = fixed.iter().position(|t| t.head == 0);
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
        let rel = subject_rel(fixed, m);
        (fixed[subject].head, fixed[subject].deprel) = (m + 1, rel.into());
        (fixed[v].head, fixed[v].deprel) = (n + 1, "acl:relcl".into());
        let rel = subject_rel(fixed, v);
        (fixed[q].head, fixed[q].deprel) = (v + 1, rel.into());
        (fixed[w].head, fixed[w].deprel) = (q + 1, "nmod".into());
        (fixed[w - 1].head, fixed[w - 1].deprel) = (w + 1, "case".into());
        for k in [c, c2] {
            (fixed[k].head, fixed[k].deprel) = (v + 1, "punct".into());
        }
    }
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
        // The clause ends at its first punctuation mark other than a hyphen ("a nine-year-old
        // girl").
        let Some(close) = (w + 1..tokens.len().min(w + 16))
            .find(|&k| tokens[k].upos == "PUNCT" && tokens[k].xpos != "HYPH")
        else {
            continue;
        };
        if tokens[close].form != "," {
            continue;
        }
        // The clause's verb: its first verb, else the predicate "be" is the copula of ("are
        // unhappy", "is a nine-year-old girl").
        let verb = (w + 1..close)
            .find(|&k| tokens[k].upos == "VERB")
            .or_else(|| {
                (w + 1..close)
                    .find(|&k| tokens[k].lemma == "be" && tokens[k].deprel == "cop")
                    .and_then(|b| head_of(tokens, b))
                    .filter(|&p| p > w && p < close)
            })
            .or_else(|| {
                (w + 2..close).find(|&k| {
                    matches!(tokens[k].upos.as_str(), "ADJ" | "NOUN") && tokens[k - 1].lemma == "be"
                })
            });
        let Some(verb) = verb else { continue };
        // The main verb: finite, or after an auxiliary, with only auxiliaries and adverbs
        // before it.
        let main = (close + 1..tokens.len().min(close + 4))
            .take_while(|&k| matches!(tokens[k].upos.as_str(), "AUX" | "ADV" | "PART" | "VERB"))
            .find(|&k| tokens[k].upos == "VERB");
        let Some(main) = main else { continue };
        let finite = matches!(tokens[main].xpos.as_str(), "VBP" | "VBZ" | "VBD")
            || tokens[close + 1..main].iter().any(|t| t.upos == "AUX");
        let top = phrase_top(tokens, n);
        // The parser went wrong: the sentence's root is one of these words, or the main verb
        // hangs on the phrase or the clause ("Two of the wounded, one of whom is a girl, were
        // flown" with "flown" a parataxis of "Two").
        let words = [n, q, verb, main, top];
        let in_phrase = |h: usize| words.contains(&h) || (top..=close).contains(&h);
        let hung = head_of(tokens, main).is_some_and(|h| words.contains(&h))
            && head_of(tokens, top).is_some_and(|h| !in_phrase(h));
        let wrong = root.is_some_and(|r| words.contains(&r)) || hung;
        if !finite || !wrong {
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

/// The head of the noun phrase noun `n` ends: "Two" of "Two of the wounded", "Unions" of
/// "Unions representing Meridian's employees". Up from `n` while its head comes before it and
/// `n` is a nominal's modifier or a participle's object (no further than ten steps).
fn phrase_top(tokens: &[Token], n: usize) -> usize {
    let mut top = n;
    for _ in 0..10 {
        let Some(h) = head_of(tokens, top).filter(|&h| h < top) else {
            break;
        };
        let modifier = match tokens[top].deprel.as_str() {
            "nmod" | "nmod:poss" => true,
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

/// The part and the relative word when noun `n` opens "N, many of whom", "N, two of which" or
/// "N, two-thirds of whom": a comma, a part (one word, or two joined by a hyphen), "of" and the
/// relative word follow it.
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
    let q = if hyphenated { c + 3 } else { c + 1 };
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
