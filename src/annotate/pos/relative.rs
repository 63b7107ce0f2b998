//! A relative clause set off by commas opens with its verb when the relative word is its
//! subject: "The items, which date from the seventh century, are valued ...". The model read
//! "date" as a noun after "which" (as in "which date suits you?"), and the parser then had no
//! verb for the clause.
//!
//! After greedy decoding (with [`super::finite`], [`super::nominal`] and [`super::passive`], the
//! leftmost change first), a noun the model chose right after "which", "who" or "whom" that
//! follows a comma becomes a verb in the present tense when WordNet knows it as one and no noun
//! follows it (a noun after it would make "which" a determiner: ", which date suits"): a
//! singular noun (NN) becomes VBP ("which date from"), a plural one (NNS) VBZ ("who heads the
//! agency"), even where the tag dictionary decided the noun (EWT has "date" only as a noun).
//! On EWT dev, GUM dev and GUM train the rule fixes one tag ("metaethical questions, which
//! concern the meaning") and breaks none.

use super::finite::{Retag, Words, tag_id};

/// What the rule needs to know of a tag.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// `,`.
    Comma,
    /// WDT, WP.
    Relative,
    /// NN, NNS, NNP, NNPS, POS: what would make the word part of a noun phrase.
    Nominal,
    Other,
}

/// Which tag ids the rule reads and writes; built from the tag set of a model.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct RelativeRule {
    kinds: Vec<Kind>,
    /// NOUN/NN → VERB/VBP and NOUN/NNS → VERB/VBZ, when the tag set has them.
    singular: Option<(u16, u16)>,
    plural: Option<(u16, u16)>,
}

impl RelativeRule {
    pub(crate) fn new(tags: &[(String, String)]) -> RelativeRule {
        let id = |u: &str, x: &str| tag_id(tags, u, x);
        let kind = |x: &str| match x {
            "," => Kind::Comma,
            "WDT" | "WP" => Kind::Relative,
            "NN" | "NNS" | "NNP" | "NNPS" | "POS" => Kind::Nominal,
            _ => Kind::Other,
        };
        RelativeRule {
            kinds: tags.iter().map(|t| kind(&t.1)).collect(),
            singular: id("NOUN", "NN").zip(id("VERB", "VBP")),
            plural: id("NOUN", "NNS").zip(id("VERB", "VBZ")),
        }
    }

    /// The first change at or after word `from`, given the sentence's `tags`.
    pub(crate) fn pick(&self, tags: &[u16], words: &impl Words, from: usize) -> Option<Retag> {
        if self.singular.is_none() && self.plural.is_none() {
            return None; // a rule turned off, or a tag set without these tags
        }
        let kind = |i: usize| self.kinds[tags[i] as usize];
        (from.max(2)..tags.len()).find_map(|i| {
            let opened = kind(i - 2) == Kind::Comma
                && kind(i - 1) == Kind::Relative
                && words.is_relative(i - 1)
                && tags.get(i + 1).is_none_or(|_| kind(i + 1) != Kind::Nominal);
            if !opened {
                return None;
            }
            let tag = match (self.singular, self.plural) {
                (Some((nn, vbp)), _) if tags[i] == nn && words.can_be_verb_base(i) => vbp,
                (_, Some((nns, vbz))) if tags[i] == nns && words.can_be_verb_s(i) => vbz,
                _ => return None,
            };
            Some(Retag {
                at: i,
                tag,
                next: None,
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotate::pos::testing::{parse, tag_set};

    const TAGS: &[&str] = &[
        "NN", "NNS", "VBP", "VBZ", "WDT", "WP", ",", ".", "IN", "DT", "JJ", "VBD",
    ];

    fn pick(tagged: &str) -> Option<(usize, &'static str)> {
        let rule = RelativeRule::new(&tag_set(TAGS));
        let (sentence, ids) = parse(tagged, TAGS);
        let r = rule.pick(&ids, &sentence, 0)?;
        Some((r.at, TAGS[r.tag as usize]))
    }

    #[test]
    fn a_noun_opening_a_relative_clause_is_its_verb() {
        let cases: &[(&str, Option<(usize, &str)>)] = &[
            (
                "items/NNS ,/, which/WDT date/NN from/IN the/DT century/NN ,/, are/VBP",
                Some((3, "VBP")),
            ),
            (
                "Lund/NN ,/, who/WP heads/NNS the/DT agency/NN",
                Some((3, "VBZ")),
            ),
            // A noun after it: "which" is a determiner.
            ("and/IN ,/, which/WDT date/NN suits/NNS you/NN", None),
            // No comma before the relative word; "what" opens no relative clause.
            ("items/NNS which/WDT date/NN from/IN", None),
            ("know/VBP ,/, what/WP date/NN from/IN", None),
            // Even where the tag dictionary decided it: EWT has "date" only as a noun.
            ("items/NNS ,/, which/WDT date/NN* from/IN", Some((3, "VBP"))),
        ];
        for &(s, want) in cases {
            assert_eq!(pick(s), want, "{s}");
        }
    }
}
