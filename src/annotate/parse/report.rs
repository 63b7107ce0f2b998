//! A report that closes the sentence: "..., presiding judge Halvard Renn wrote in a 142-page
//! ruling." or "..., coast guard spokesman Captain Paolo Derrin said."
//!
//! News attributes most sentences this way, and the longer the sentence before the comma or the
//! speaker's phrase after it, the more often the greedy parser loses the report: the first
//! example came out with "judge" an apposition of "competition" and "wrote" a relative clause
//! on it, the second with "said" a clause on "island" and the captain a conjunct of the island's
//! name. Where the words say plainly that the sentence ends in such a report, the parser parses
//! the two parts on their own and joins them as the treebanks do: the verb of saying is the
//! root, the sentence before the comma its `ccomp` (EWT and GUM train and dev: 77 of the 88
//! closing reports this module finds in their gold trees), the comma and any closing quote stay
//! with that sentence, and the final full stop goes to the verb.
//!
//! The words must leave no doubt:
//! - the sentence ends in sentence-final punctuation right after the report;
//! - the report is a comma (and a closing quote), a speaker's phrase with no comma or verb in
//!   it (determiners, adjectives, nouns, names, numbers, possessives; a pronoun alone; an -ing
//!   word only before a noun: "presiding judge"), a verb of saying in a finite form, and then
//!   nothing or a prepositional phrase ("in a statement"), an adverb, or for "tell" its object
//!   ("told reporters outside the court");
//! - the part before the comma has a finite verb and does not open with a subordinator ("When
//!   prices fell, the company reported ...") or a participle ("Asked about the delay, the
//!   company said ...").
//!
//! The report may also be inverted, the verb first: '," said Deirdre Coyle, the union's general
//! secretary.' ([`inverted_report`]). Its speaker's phrase may go on after a comma with an
//! apposition or a relative clause, which the report's own parse must hang on the speaker.
//!
//! A whole sentence's parse reads the report right when the verb is the root (or the
//! sentence's `parataxis`), the speaker's phrase its one subject, and no arc crosses the comma.

use crate::annotate::ner::roles;
use crate::annotate::pos::ADVERBIAL;
use crate::document::Token;

/// Verbs of saying that close a sentence after a comma ("..., the company said.").
pub(crate) const REPORTING: &[&str] = &[
    "say",
    "tell",
    "write",
    "add",
    "state",
    "announce",
    "report",
    "insist",
    "warn",
    "note",
    "explain",
    "declare",
    "claim",
    "confirm",
    "acknowledge",
    "admit",
    "argue",
    "conclude",
    "concede",
    "reply",
    "respond",
    "estimate",
    "predict",
    "recall",
    "suggest",
    "complain",
    "caution",
];

/// Verbs of saying written before their speaker ('," said the minister'): all but "tell",
/// whose object would follow.
fn inverts(lemma: &str) -> bool {
    lemma != "tell" && REPORTING.contains(&lemma)
}

/// Words that open an adverbial clause, which a closing report cannot follow as its complement:
/// the tagger's ([`ADVERBIAL`]) and these.
const MORE_SUBORDINATORS: &[&str] = &["since", "unless", "whether"];

/// Where a closing report splits a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClosingReport {
    /// The last word of the sentence before the report: its comma, or the closing quote after
    /// that comma.
    pub end: usize,
    /// The comma before the report.
    pub comma: usize,
    /// The verb of saying.
    pub verb: usize,
    /// The words `start..end` that must make one subject of the verb: the speaker's phrase
    /// before the verb (with its appositions after a quote), or in an inverted report the
    /// phrase after the verb up to its first comma ('," said Deirdre Coyle, the union's
    /// general secretary.').
    pub speaker: (usize, usize),
}

impl ClosingReport {
    /// Whether the verb comes before its speaker ('," said the minister.').
    pub fn inverted(&self) -> bool {
        self.speaker.0 > self.verb
    }
}

/// The closing report of a sentence, if its words show one plainly (see the module docs).
pub fn closing_report(words: &[Token]) -> Option<ClosingReport> {
    let n = words.len();
    if n < 6 || words[n - 1].xpos != "." {
        return None;
    }
    plain_report(words).or_else(|| inverted_report(words))
}

/// A report in the plain order: comma, speaker, verb, tail.
fn plain_report(words: &[Token]) -> Option<ClosingReport> {
    let last = words.len() - 1;
    // The verb: the last verb of saying with only tail words after it.
    let verb = (1..last).rev().find(|&v| {
        matches!(words[v].xpos.as_str(), "VBD" | "VBZ" | "VBP")
            && REPORTING.contains(&words[v].lemma.to_lowercase().as_str())
    })?;
    if !tail(
        &words[verb + 1..last],
        words[verb].lemma.eq_ignore_ascii_case("tell"),
    ) {
        return None;
    }
    // The speaker's phrase runs back from the verb to the comma or quote.
    let mut start = (0..verb).rev().find(|&k| !speaker_word(words, k, verb))? + 1;
    // After a quote it may hold appositions between commas ('," Halvern's chief medical
    // officer, Dr. Renata Obel, 49, told a news conference.'): up to the quote.
    if let Some(quoted) = quoted_speaker(words, start, verb) {
        start = quoted;
    }
    let speaker = &words[start..verb];
    let one_pronoun = speaker.len() == 1 && speaker[0].xpos == "PRP";
    let nominal = speaker
        .iter()
        .any(|w| matches!(w.xpos.as_str(), "NN" | "NNS" | "NNP" | "NNPS"));
    if speaker.is_empty()
        || speaker.len() > 14
        || (speaker.len() > 8 && !speaker.iter().any(|w| w.form == ","))
        || !(one_pronoun || nominal)
        || (!one_pronoun && speaker.iter().any(|w| w.xpos == "PRP"))
    {
        return None;
    }
    let end = start - 1;
    let comma = if is_quote(&words[end]) && end >= 1 {
        end - 1
    } else {
        end
    };
    if words[comma].form != "," || comma < 3 {
        return None;
    }
    before_report(words, comma).then_some(ClosingReport {
        end,
        comma,
        verb,
        speaker: (start, verb),
    })
}

/// The sentence before a report's comma: a finite verb, no subordinator or participle opening
/// it.
fn before_report(words: &[Token], comma: usize) -> bool {
    let Some(first) = (0..comma).find(|&k| !is_quote(&words[k])) else {
        return false;
    };
    let opener = words[first].form.to_lowercase();
    let opens_adverbial = ADVERBIAL.contains(&opener.as_str())
        || MORE_SUBORDINATORS.contains(&opener.as_str())
        || matches!(words[first].xpos.as_str(), "VBN" | "VBG");
    let finite = words[first..comma]
        .iter()
        .any(|w| matches!(w.xpos.as_str(), "VBD" | "VBZ" | "VBP" | "MD"));
    finite && !opens_adverbial
}

/// An inverted report: a comma (and a closing quote), a verb of saying in a finite form, and
/// the speaker's phrase to the end: its first part up to a comma or the full stop is words of
/// [`speaker_word`] with a noun, after a quote, else with a name or opened by a determiner
/// ('," said retired teacher Alan Burke, 71.', ', said Dr. Lucien Marchetti, the office's
/// director.'). Anything may follow that comma (an apposition, a relative clause).
fn inverted_report(words: &[Token]) -> Option<ClosingReport> {
    let last = words.len() - 1;
    let verb = (3..last).rev().find(|&v| {
        matches!(words[v].xpos.as_str(), "VBD" | "VBZ")
            && inverts(&words[v].lemma.to_lowercase())
            && (words[v - 1].form == "," || (is_quote(&words[v - 1]) && words[v - 2].form == ","))
    })?;
    let end = verb - 1;
    let comma = if words[end].form == "," { end } else { end - 1 };
    let name_end = (verb + 1..last)
        .find(|&k| !speaker_word(words, k, last) || words[k].xpos == "PRP")
        .unwrap_or(last);
    let name = &words[verb + 1..name_end];
    let proper = name
        .iter()
        .any(|w| matches!(w.xpos.as_str(), "NNP" | "NNPS"));
    let nominal = name
        .iter()
        .any(|w| matches!(w.xpos.as_str(), "NN" | "NNS" | "NNP" | "NNPS"));
    let determined = name
        .first()
        .is_some_and(|w| matches!(w.xpos.as_str(), "DT" | "PRP$"));
    let plain = proper || determined || (end != comma && nominal);
    let ends = name_end == last || words[name_end].form == ",";
    // Without a quote, the sentence's own verb comes before any comma in it: "Katrin Oduya,
    // a neurologist who was not involved, said the benefit, while ..." is no report.
    let clause_first = end != comma
        || (0..comma)
            .take_while(|&k| words[k].form != ",")
            .any(|k| matches!(words[k].xpos.as_str(), "VBD" | "VBZ" | "VBP" | "MD"));
    let plausible = !name.is_empty() && name.len() <= 8 && nominal && plain && ends;
    (plausible && clause_first && comma >= 3)
        .then_some(ClosingReport {
            end,
            comma,
            verb,
            speaker: (verb + 1, name_end),
        })
        .filter(|r| before_report(words, r.comma))
}

/// True when the parse of the whole sentence in `tokens` already reads `report` as one: the
/// verb is the root or hangs on the sentence before the comma, the speaker's phrase is one
/// phrase and the verb's subject, and no other word links the two parts.
pub fn intact(tokens: &[Token], report: &ClosingReport) -> bool {
    let verb = report.verb;
    let head = |k: usize| tokens[k].head.checked_sub(1);
    let before = |k: usize| k <= report.end;
    // Hanging on the sentence, the verb is its parenthetical (`parataxis`), never a conjunct
    // or an adverbial clause of it.
    let verb_ok = head(verb).is_none_or(|h| before(h) && tokens[verb].deprel == "parataxis");
    let speaker = report.speaker.0..report.speaker.1;
    let tops: Vec<usize> = speaker
        .clone()
        .filter(|&k| !head(k).is_some_and(|h| speaker.contains(&h)) && tokens[k].upos != "PUNCT")
        .collect();
    let one_speaker = matches!(tops[..], [k] if head(k) == Some(verb)
        && tokens[k].deprel.starts_with("nsubj"));
    // Words before the comma stay there (or hang on the verb, or are the root); words after it
    // stay after it.
    let apart = (0..tokens.len())
        .filter(|&k| k != verb)
        .all(|k| match head(k) {
            None => true,
            Some(h) if before(k) => before(h) || h == verb,
            Some(h) => !before(h),
        });
    verb_ok && one_speaker && apart
}

/// In a closing report the whole sentence's parse reads right ([`intact`]), the sentence
/// before the comma is what was said: a clause the parser hung on the verb as an adverbial
/// clause or a complement of another kind ("..., signed a five-year contract after passing a
/// medical, Castellar said in a statement." with "signed" an `advcl` of "said"), with no
/// subordinator of its own, is its `ccomp`.
pub fn said_clause(tokens: &mut [Token], report: &ClosingReport) {
    let verb = report.verb + 1;
    for k in 0..=report.end {
        let misread = tokens[k].head == verb
            && matches!(tokens[k].deprel.as_str(), "advcl" | "xcomp" | "dep")
            && matches!(tokens[k].upos.as_str(), "VERB" | "AUX" | "ADJ")
            && !tokens.iter().any(|t| t.head == k + 1 && t.deprel == "mark");
        if misread {
            tokens[k].deprel.clear();
            tokens[k].deprel.push_str("ccomp");
        }
    }
}

/// Makes the speaker's phrase of a report parsed on its own (`tokens`, the report's words from
/// its first, which is word `offset` of the sentence; `verb` and the phrase's range `speaker`
/// index `tokens`) one phrase, the verb's subject. The parser sometimes reads a title and a name as two subjects
/// ("Competition Commissioner Helene Marchetti told reporters" with "Competition" and "Helene"
/// subjects of "told" and "Commissioner" an oblique). The phrase's head is the first word of
/// the name that ends it (after any title or honorific), or else its last noun; the words
/// that hung outside the phrase hang on that head, which hangs on the verb. Commas may hang
/// anywhere.
pub fn one_speaker(tokens: &mut [Token], verb: usize, offset: usize, speaker: (usize, usize)) {
    let (from, to) = speaker;
    let inside = |h: usize| h > offset + from && h <= offset + to;
    // Commas around appositions may hang on the verb.
    let tops: Vec<usize> = (from..to)
        .filter(|&k| !inside(tokens[k].head) && tokens[k].upos != "PUNCT")
        .collect();
    let well_formed = matches!(tops[..], [k] if tokens[k].head == offset + verb + 1
        && tokens[k].deprel.starts_with("nsubj"));
    if well_formed {
        return;
    }
    let proper = |k: usize| matches!(tokens[k].xpos.as_str(), "NNP" | "NNPS");
    // A title or honorific in the run is no part of the name ("Director-General Katarina
    // Elm", "Dr. Renata Obel").
    let title = |k: usize| {
        let form = &tokens[k].form;
        roles::is_role_word(form) || (form.ends_with('.') && form.len() <= 4)
    };
    // A name that modifies a noun after it is no head ("the Kremlin readout").
    let named = (from..to).rev().find(|&k| proper(k)).filter(|&last| {
        !(last + 1..to)
            .take_while(|&k| tokens[k].form != ",")
            .any(|k| matches!(tokens[k].xpos.as_str(), "NN" | "NNS"))
    });
    let (head, run) = match named {
        Some(last) => {
            let first = (from..=last)
                .rev()
                .take_while(|&k| proper(k))
                .last()
                .unwrap_or(last);
            // The name starts after the last title in the run ("CMC Chair Rosalind
            // Achterberg").
            let head = (first..last)
                .rev()
                .find(|&k| title(k))
                .map_or(first, |k| k + 1);
            (head, first..last + 1)
        }
        None => match (from..to)
            .rev()
            .find(|&k| matches!(tokens[k].xpos.as_str(), "NN" | "NNS" | "PRP"))
        {
            Some(k) => (k, k..k),
            None => return,
        },
    };
    // Every word of the name's run hangs on its head, as do the words outside the phrase.
    let mut words: Vec<usize> = tops.into_iter().chain(run).collect();
    words.sort_unstable();
    words.dedup();
    for k in words {
        let (h, rel) = if k == head {
            (offset + verb + 1, "nsubj")
        } else {
            let rel = match tokens[k].xpos.as_str() {
                "NNP" | "NNPS" if k > head => "flat",
                "DT" | "PDT" => "det",
                "JJ" | "JJR" | "JJS" | "VBG" => "amod",
                "CD" => "nummod",
                "POS" => "case",
                "PRP$" => "nmod:poss",
                "HYPH" => "punct",
                _ => "compound",
            };
            (offset + head + 1, rel)
        };
        tokens[k].head = h;
        tokens[k].deprel.clear();
        tokens[k].deprel.push_str(rel);
    }
}

/// Where a speaker's phrase with appositions starts after a quote: `start` is the first word
/// of its last part (no commas), and the parts before it, each after a comma, run back to a
/// comma and closing quote ('," Halvern's chief medical officer, Dr. Renata Obel, 49, told').
/// At most three commas inside.
fn quoted_speaker(words: &[Token], start: usize, verb: usize) -> Option<usize> {
    let mut k = start.checked_sub(1)?;
    for _ in 0..3 {
        if words[k].form != "," {
            return None;
        }
        let j = (0..k).rev().find(|&j| !speaker_word(words, j, verb))?;
        if j + 1 == k {
            return None;
        }
        if is_quote(&words[j]) && j >= 1 && words[j - 1].form == "," {
            return Some(j + 1);
        }
        k = j;
    }
    None
}

/// A quotation mark, opening or closing: the tagger does not always tell them apart ('low,"
/// Halvern's' had the closing quote tagged as an opening one).
pub fn is_quote(w: &Token) -> bool {
    matches!(w.xpos.as_str(), "''" | "``")
}

/// Word `k` can belong to a speaker's phrase that ends right before the verb at `verb`.
fn speaker_word(words: &[Token], k: usize, verb: usize) -> bool {
    match words[k].xpos.as_str() {
        "DT" | "PDT" | "JJ" | "JJR" | "JJS" | "NN" | "NNS" | "NNP" | "NNPS" | "POS" | "CD"
        | "HYPH" | "PRP$" | "PRP" => true,
        // "presiding judge", "managing director", "retired teacher".
        "VBG" | "VBN" => k + 1 < verb && matches!(words[k + 1].xpos.as_str(), "NN" | "NNP"),
        _ => false,
    }
}

/// What may follow the verb of saying up to the full stop: nothing, adverbs and prepositional
/// phrases ("in a statement on Tuesday"); after "tell", its object first ("told reporters").
fn tail(words: &[Token], tell: bool) -> bool {
    if words.len() > 10 {
        return false;
    }
    let noun_phrase = |w: &Token| {
        matches!(
            w.xpos.as_str(),
            "DT" | "JJ" | "JJS" | "NN" | "NNS" | "NNP" | "NNPS" | "CD" | "HYPH" | "POS" | "PRP$"
        )
    };
    let mut i = 0;
    if tell {
        let object = words
            .iter()
            .take_while(|w| noun_phrase(w) || w.xpos == "PRP")
            .count();
        if object == 0 {
            return false;
        }
        i = object;
    }
    words[i..].iter().enumerate().all(|(j, w)| {
        matches!(w.xpos.as_str(), "IN" | "RB" | "RBR")
            || (noun_phrase(w) && j > 0 && words[i..i + j].iter().any(|p| p.xpos == "IN"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The closing report of tokens written `word/TAG/lemma` (the lemma defaults to the word).
    fn find(spec: &str) -> Option<(usize, usize)> {
        let words: Vec<Token> = spec
            .split(' ')
            .map(|item| {
                let mut parts = item.split('/');
                let form = parts.next().unwrap();
                let mut t = Token::new(form, crate::document::Span::default());
                t.xpos = parts.next().expect("word/TAG").into();
                t.lemma = parts
                    .next()
                    .map_or_else(|| form.to_lowercase(), str::to_string);
                t
            })
            .collect();
        closing_report(&words).map(|r| (r.end, r.verb))
    }

    /// Tokens from `(form, upos, head, deprel)`.
    fn parsed(spec: &[(&str, &str, usize, &str)]) -> Vec<Token> {
        spec.iter()
            .map(|&(form, upos, head, deprel)| {
                let mut t = Token::new(form, crate::document::Span::default());
                t.upos = upos.into();
                t.head = head;
                t.deprel = deprel.into();
                t
            })
            .collect()
    }

    #[test]
    fn the_sentence_before_a_report_is_what_was_said() {
        // "He signed it , Castellar said ." with "signed" an adverbial clause of "said".
        let spec = [
            ("He", "PRON", 2, "nsubj"),
            ("signed", "VERB", 6, "advcl"),
            ("it", "PRON", 2, "obj"),
            (",", "PUNCT", 2, "punct"),
            ("Castellar", "PROPN", 6, "nsubj"),
            ("said", "VERB", 0, "root"),
            (".", "PUNCT", 6, "punct"),
        ];
        let report = ClosingReport {
            end: 3,
            comma: 3,
            verb: 5,
            speaker: (4, 5),
        };
        let mut t = parsed(&spec);
        assert!(intact(&t, &report));
        said_clause(&mut t, &report);
        assert_eq!(t[1].deprel, "ccomp");
        // With a subordinator it stays an adverbial clause.
        let mut marked = spec.to_vec();
        marked[0] = ("because", "SCONJ", 2, "mark");
        let mut t = parsed(&marked);
        said_clause(&mut t, &report);
        assert_eq!(t[1].deprel, "advcl");
        // A word of the speaker's phrase hung in the sentence before: not intact.
        let mut crossed = spec.to_vec();
        crossed[4] = ("Castellar", "PROPN", 3, "nmod");
        assert!(!intact(&parsed(&crossed), &report));
    }

    #[test]
    fn a_report_closing_the_sentence_splits_it() {
        let cases: &[(&str, Option<(usize, usize)>)] = &[
            (
                "The/DT court/NN is/VBZ not/RB persuaded/VBN ,/, \"/'' presiding/VBG judge/NN \
                 Halvard/NNP Renn/NNP wrote/VBD/write in/IN a/DT ruling/NN ./.",
                Some((6, 11)),
            ),
            (
                "The/DT vessel/NN was/VBD spotted/VBN at/IN dawn/NN ,/, coast/NN guard/NN \
                 spokesman/NN Captain/NNP Paolo/NNP Derrin/NNP said/VBD/say ./.",
                Some((6, 13)),
            ),
            (
                "Prices/NNS rose/VBD sharply/RB ,/, he/PRP told/VBD/tell reporters/NNS \
                 outside/IN the/DT court/NN ./.",
                Some((3, 5)),
            ),
            (
                "The/DT risk/NN is/VBZ low/JJ ,/, \"/'' Halvern/NNP 's/POS officer/NN ,/, \
                 Dr./NNP Renata/NNP Obel/NNP ,/, 49/CD ,/, told/VBD/tell a/DT conference/NN ./.",
                Some((5, 16)),
            ),
            // Without the quote, commas end the speaker's phrase.
            (
                "The/DT risk/NN is/VBZ low/JJ ,/, Halvern/NNP 's/POS officer/NN ,/, \
                 Dr./NNP Renata/NNP Obel/NNP ,/, 49/CD ,/, told/VBD/tell a/DT conference/NN ./.",
                None,
            ),
            // A subordinate clause or a participle before the comma; an object after a verb
            // that is not "tell"; a verb in the speaker's phrase; no finite verb before.
            (
                "When/WRB prices/NNS fell/VBD ,/, the/DT company/NN reported/VBD/report \
                 losses/NNS ./.",
                None,
            ),
            (
                "Asked/VBN about/IN it/PRP ,/, the/DT firm/NN said/VBD/say nothing/NN ./.",
                None,
            ),
            (
                "Prices/NNS rose/VBD ,/, the/DT company/NN reported/VBD/report losses/NNS ./.",
                None,
            ),
            (
                "Prices/NNS rose/VBD ,/, the/DT man/NN who/WP left/VBD said/VBD/say ./.",
                None,
            ),
            (
                "The/DT price/NN of/IN oil/NN ,/, the/DT company/NN said/VBD/say ./.",
                None,
            ),
            // A pronoun is a speaker alone, not inside a phrase.
            (
                "Prices/NNS rose/VBD ,/, the/DT it/PRP said/VBD/say ./.",
                None,
            ),
            // Inverted: the verb right after the comma (and quote), the speaker's phrase after
            // it up to a comma or the full stop, anything after that comma.
            (
                "It/PRP is/VBZ hard/JJ ,/, \"/'' said/VBD/say retired/VBN teacher/NN Alan/NNP \
                 Burke/NNP ,/, 71/CD ./.",
                Some((4, 5)),
            ),
            (
                "Data/NNS showed/VBD damage/NN ,/, said/VBD/say Dr./NNP Ivo/NNP Salmi/NNP ,/, \
                 the/DT agency/NN 's/POS director/NN ./.",
                Some((3, 4)),
            ),
            (
                "It/PRP is/VBZ hard/JJ ,/, \"/'' said/VBD/say Ana/NNP Lukic/NNP ,/, who/WP \
                 fled/VBD ./.",
                Some((4, 5)),
            ),
            // Without a quote, a sentence whose verb comes after its first comma is a subject
            // with an apposition; "tell" is never inverted; the phrase must end at a comma or
            // the full stop.
            (
                "Kahl/NNP ,/, a/DT chemist/NN who/WP left/VBD ,/, said/VBD/say the/DT effect/NN \
                 ,/, while/IN real/JJ ,/, was/VBD small/JJ ./.",
                None,
            ),
            (
                "It/PRP is/VBZ hard/JJ ,/, \"/'' told/VBD/tell Ana/NNP Lukic/NNP ./.",
                None,
            ),
            (
                "He/PRP left/VBD early/RB ,/, said/VBD/say nothing/NN and/CC went/VBD ./.",
                None,
            ),
        ];
        for &(spec, want) in cases {
            assert_eq!(find(spec), want, "{spec}");
        }
    }
}
