//! Surnames the document has already shown as names. "Education Minister Douglas Farrow told
//! reporters ..." makes "Farrow" a name, but a later sentence that opens with it ("Farrow, a
//! former principal, denied ...") gives the model only a capitalised first word that its word
//! lists know as a common noun, and it tags NN; the parse of that sentence then falls apart.
//! After the whole document is tagged, a word the tagger read as NNP right after a first name
//! (per the name lexicon of the entity tagger), inside a sentence, is a surname of the document;
//! where that word opens a sentence (after nothing but punctuation) and the model read it as a
//! common noun or a verb, it is NNP and the rest of the sentence is decoded again.
//!
//! On the four treebank files (EWT and GUM, train and dev) the rule changes 12 tags, all from
//! wrong to right ("Marbles" ten times in a GUM train biography). Without the first-name
//! condition it would break more than it fixes: "Thai Basil" makes "Basil is easy to grow" a
//! name, and "Ward Method" every "Method 1 of 3".

use super::finite::{Retag, tag_id};
use crate::annotate::ner::features;
use crate::annotate::ner::{keywords, org_endings};
use crate::document::Token;

/// Which tag ids the rule reads and writes; built from the tag set of a model.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct NameRule {
    /// PROPN/NNP, when the tag set has it.
    nnp: Option<u16>,
    /// The common-noun and verb tags a surname may have been given at the start of a sentence.
    common: Vec<u16>,
}

/// The XPOS tags a sentence-initial surname is taken back from: nouns and verbs (not
/// adjectives: "Australian" after "Mark" says nothing about "Australian children").
const COMMON: [(&str, &str); 8] = [
    ("NOUN", "NN"),
    ("NOUN", "NNS"),
    ("VERB", "VB"),
    ("VERB", "VBP"),
    ("VERB", "VBZ"),
    ("VERB", "VBD"),
    ("VERB", "VBN"),
    ("VERB", "VBG"),
];

impl NameRule {
    pub(crate) fn new(tags: &[(String, String)]) -> NameRule {
        NameRule {
            nnp: tag_id(tags, "PROPN", "NNP"),
            common: COMMON
                .iter()
                .filter_map(|&(u, x)| tag_id(tags, u, x))
                .collect(),
        }
    }

    /// Whether the rule is on (a decoded model's tagger; off while training).
    pub(crate) fn is_on(&self) -> bool {
        self.nnp.is_some()
    }

    /// The first change at or after word `from`: a word at one of the positions in `opening`
    /// (sorted; the sentence-initial surnames of [`Surnames::openings`]) that the model read as
    /// a common noun or a verb.
    pub(crate) fn pick(&self, tags: &[u16], opening: &[usize], from: usize) -> Option<Retag> {
        let nnp = self.nnp?;
        let at = opening
            .iter()
            .copied()
            .filter(|&i| i >= from)
            .find(|&i| tags.get(i).is_some_and(|t| self.common.contains(t)))?;
        Some(Retag {
            at,
            tag: nnp,
            next: None,
        })
    }
}

/// The surnames of a document (see the module documentation), sorted.
#[derive(Debug, Default, Clone, PartialEq)]
pub(crate) struct Surnames(Vec<String>);

impl Surnames {
    /// Collects the surnames from the tagged sentences of one document.
    pub(crate) fn collect<'a>(sentences: impl IntoIterator<Item = &'a [Token]>) -> Surnames {
        let mut names = Vec::new();
        for tokens in sentences {
            let start = opening_end(tokens);
            for i in (start + 1).max(1)..tokens.len() {
                let (prev, t) = (&tokens[i - 1], &tokens[i]);
                let next_is_name = tokens
                    .get(i + 1)
                    .is_some_and(|n| matches!(n.xpos.as_str(), "NNP" | "NNPS"));
                if t.xpos == "NNP"
                    && prev.xpos == "NNP"
                    && !next_is_name
                    && looks_like_surname(&t.form)
                    && is_first_name(&prev.form)
                {
                    names.push(t.form.clone());
                }
            }
        }
        names.sort();
        names.dedup();
        Surnames(names)
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The positions in `tokens` where a surname opens the sentence: the first word after
    /// nothing but punctuation, when it is one of the surnames.
    pub(crate) fn openings(&self, tokens: &[Token], out: &mut Vec<usize>) {
        out.clear();
        let i = opening_end(tokens);
        if tokens
            .get(i)
            .is_some_and(|t| self.0.binary_search(&t.form).is_ok())
        {
            out.push(i);
        }
    }
}

/// The index of the first token that is not punctuation (the sentence's first word).
fn opening_end(tokens: &[Token]) -> usize {
    tokens
        .iter()
        .position(|t| t.upos != "PUNCT")
        .unwrap_or(tokens.len())
}

/// A capitalised word of letters with a lower-case rest ("Farrow", not "NATO" or "J.") that does
/// not end names of organisations or places ("York State", "Brian Trust").
fn looks_like_surname(form: &str) -> bool {
    let mut chars = form.chars();
    let lower = form.to_lowercase();
    chars.next().is_some_and(char::is_uppercase)
        && form.chars().count() > 1
        && chars.all(|c| c.is_lowercase() || c == '\'' || c == '-')
        && keywords::class(&lower) == "-"
        && !org_endings::org_word_or_ambiguous(&lower)
}

/// A capitalised word the name lexicon lists as a first name.
fn is_first_name(form: &str) -> bool {
    form.chars().next().is_some_and(char::is_uppercase) && features::is_first_name(form)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(words: &[(&str, &str, &str)]) -> Vec<Token> {
        words
            .iter()
            .map(|&(form, upos, xpos)| {
                let mut t = Token::new(form.to_string(), Default::default());
                t.upos = upos.to_string();
                t.xpos = xpos.to_string();
                t
            })
            .collect()
    }

    #[test]
    fn a_surname_after_a_first_name_is_collected() {
        let s = tokens(&[
            ("Minister", "PROPN", "NNP"),
            ("Douglas", "PROPN", "NNP"),
            ("Farrow", "PROPN", "NNP"),
            ("spoke", "VERB", "VBD"),
        ]);
        let names = Surnames::collect([s.as_slice()]);
        assert_eq!(names, Surnames(vec!["Farrow".to_string()]));
        let opening = tokens(&[
            ("\"", "PUNCT", "``"),
            ("Farrow", "NOUN", "NN"),
            ("denied", "VERB", "VBD"),
        ]);
        let mut at = Vec::new();
        names.openings(&opening, &mut at);
        assert_eq!(at, [1]);
        // Only the first word of a sentence.
        names.openings(&opening[..0], &mut at);
        assert!(at.is_empty());
    }

    #[test]
    fn words_after_other_names_are_not_surnames() {
        // "Thai" is no first name; "Douglas Farrow Trust" does not end the name at "Farrow";
        // "NATO" is no surname; "York State" ends a place name.
        for s in [
            tokens(&[("York", "PROPN", "NNP"), ("State", "PROPN", "NNP")]),
            tokens(&[("Thai", "PROPN", "NNP"), ("Basil", "PROPN", "NNP")]),
            tokens(&[
                ("Douglas", "PROPN", "NNP"),
                ("Farrow", "PROPN", "NNP"),
                ("Trust", "PROPN", "NNP"),
            ]),
            tokens(&[("Anna", "PROPN", "NNP"), ("NATO", "PROPN", "NNP")]),
        ] {
            assert!(Surnames::collect([s.as_slice()]).is_empty(), "{s:?}");
        }
    }

    #[test]
    fn only_nouns_and_verbs_are_taken_back() {
        let tags: Vec<(String, String)> = [("PROPN", "NNP"), ("NOUN", "NN"), ("ADJ", "JJ")]
            .iter()
            .map(|&(u, x)| (u.to_string(), x.to_string()))
            .collect();
        let rule = NameRule::new(&tags);
        assert_eq!(
            rule.pick(&[1, 2], &[0], 0),
            Some(Retag {
                at: 0,
                tag: 0,
                next: None
            })
        );
        assert_eq!(rule.pick(&[2, 1], &[0], 0), None);
        assert_eq!(rule.pick(&[1, 2], &[0], 1), None);
        assert_eq!(NameRule::default().pick(&[1, 2], &[0], 0), None);
    }
}
