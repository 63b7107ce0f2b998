//! A prefix written apart from its stem ("post election", "co founder", "e mail") is tagged
//! X/AFX in EWT, so the model reads "post", "co" or "mid" as one wherever the word is rare. But a
//! prefix always comes before the word it prefixes: "in a Truth Social post after his call" has
//! "post" read as AFX before "after", and the parser then made it the preposition's `case`.
//!
//! After greedy decoding, an AFX the model chose before a word that cannot be a stem (a
//! preposition, determiner, conjunction, pronoun, auxiliary, particle or punctuation other than
//! a hyphen), or at the end of the sentence, takes the model's runner-up tag, or NOUN/NN when
//! it has none. The plural suffix in brackets ("account ( s )", also AFX in EWT) stays. In EWT
//! train every other one of the 62 AFX tokens is followed by its stem or a hyphen.

use super::finite::{Retag, tag_id};

/// Which tag ids the rule reads and writes; built from the tag set of a model.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct AffixRule {
    /// X/AFX, when the tag set has it.
    affix: Option<u16>,
    /// NOUN/NN: the tag when the model has no runner-up.
    noun: Option<u16>,
    /// Per tag id: no word with this tag can be the stem of a prefix.
    no_stem: Vec<bool>,
    /// Per tag id: an opening bracket, before a suffix ("( s )").
    bracket: Vec<bool>,
}

impl AffixRule {
    pub(crate) fn new(tags: &[(String, String)]) -> AffixRule {
        let no_stem = |(upos, xpos): &(String, String)| {
            let closed = matches!(
                upos.as_str(),
                "ADP" | "DET" | "CCONJ" | "SCONJ" | "PRON" | "AUX" | "PART"
            );
            closed || (upos == "PUNCT" && xpos != "HYPH")
        };
        AffixRule {
            affix: tag_id(tags, "X", "AFX"),
            noun: tag_id(tags, "NOUN", "NN"),
            no_stem: tags.iter().map(no_stem).collect(),
            bracket: tags.iter().map(|t| t.1 == "-LRB-").collect(),
        }
    }

    /// The first change at or after word `from`, given the sentence's `tags`, which words the
    /// model decided (`by_model`) and each word's runner-up tag (`alt`, `None` for none).
    pub(crate) fn pick(
        &self,
        tags: &[u16],
        by_model: impl Fn(usize) -> bool,
        alt: impl Fn(usize) -> Option<u16>,
        from: usize,
    ) -> Option<Retag> {
        let affix = self.affix?;
        let at = (from..tags.len()).find(|&i| {
            tags[i] == affix
                && by_model(i)
                && !(i > 0 && self.bracket[tags[i - 1] as usize])
                && tags.get(i + 1).is_none_or(|&t| self.no_stem[t as usize])
        })?;
        let tag = alt(at).filter(|&t| t != affix).or(self.noun)?;
        Some(Retag {
            at,
            tag,
            next: None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotate::pos::testing::tag_set;

    const TAGS: &[&str] = &[
        "NN", "AFX", "IN", "HYPH", "JJ", ".", "VBD", "-LRB-", "-RRB-",
    ];

    fn rule() -> AffixRule {
        let mut tags = tag_set(TAGS);
        tags[1].0 = "X".into();
        tags[2].0 = "ADP".into();
        tags[3].0 = "PUNCT".into();
        tags[7].0 = "PUNCT".into();
        tags[8].0 = "PUNCT".into();
        AffixRule::new(&tags)
    }

    fn ids(xpos: &[&str]) -> Vec<u16> {
        xpos.iter()
            .map(|x| TAGS.iter().position(|t| t == x).expect("known tag") as u16)
            .collect()
    }

    #[test]
    fn a_prefix_needs_its_stem_after_it() {
        let r = rule();
        let model = |_: usize| true;
        let none = |_: usize| None;
        // "a Truth Social post after his call": "post" before "after" is a noun.
        let tags = ids(&["JJ", "AFX", "IN", "NN"]);
        assert_eq!(
            r.pick(&tags, model, none, 0).map(|r| (r.at, r.tag)),
            Some((1, 0))
        );
        // The runner-up tag when there is one; the end of the sentence has no stem either.
        let tags = ids(&["NN", "AFX", "."]);
        let jj = |_: usize| Some(4);
        assert_eq!(
            r.pick(&tags, model, jj, 0).map(|r| (r.at, r.tag)),
            Some((1, 4))
        );
        // "post election", "post - war", a suffix in brackets ("account ( s )") and a prefix
        // the tag dictionary decided stay.
        for tags in [
            ids(&["AFX", "NN"]),
            ids(&["AFX", "HYPH", "NN"]),
            ids(&["NN", "-LRB-", "AFX", "-RRB-"]),
        ] {
            assert_eq!(r.pick(&tags, model, none, 0), None);
        }
        let tags = ids(&["AFX", "IN"]);
        assert_eq!(r.pick(&tags, |_| false, none, 0), None);
        // Nothing before `from`.
        let tags = ids(&["AFX", "IN", "VBD"]);
        assert_eq!(r.pick(&tags, model, none, 1), None);
    }
}
