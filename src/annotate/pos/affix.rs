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

use super::finite::{Retag, Words, tag_id};

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

    /// The first change at or after word `from`, given the sentence's `tags` and each word's
    /// runner-up tag (`alt`, `None` for none).
    pub(crate) fn pick(
        &self,
        tags: &[u16],
        words: &impl Words,
        alt: impl Fn(usize) -> Option<u16>,
        from: usize,
    ) -> Option<Retag> {
        let affix = self.affix?;
        let at = (from..tags.len()).find(|&i| {
            tags[i] == affix
                && words.by_model(i)
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
    use crate::annotate::pos::testing::{parse, tag_set};

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

    /// The word picked and its new tag, for a sentence written `word/TAG ...` (a `*` after the
    /// tag: the tag dictionary decided it), the runner-up tag of every word and `from`.
    fn pick(tagged: &str, alt: Option<u16>, from: usize) -> Option<(usize, u16)> {
        let (words, tags) = parse(tagged, TAGS);
        rule()
            .pick(&tags, &words, |_| alt, from)
            .map(|r| (r.at, r.tag))
    }

    #[test]
    fn a_prefix_needs_its_stem_after_it() {
        // "a Truth Social post after his call": "post" before "after" is a noun.
        assert_eq!(
            pick("Social/JJ post/AFX after/IN call/NN", None, 0),
            Some((1, 0))
        );
        // The runner-up tag when there is one; the end of the sentence has no stem either.
        assert_eq!(pick("a/NN post/AFX ./.", Some(4), 0), Some((1, 4)));
        // "post election", "post - war", a suffix in brackets ("account ( s )") and a prefix
        // the tag dictionary decided stay.
        for tagged in [
            "post/AFX election/NN",
            "post/AFX -/HYPH war/NN",
            "account/NN (/-LRB- s/AFX )/-RRB-",
            "post/AFX* after/IN",
        ] {
            assert_eq!(pick(tagged, None, 0), None, "{tagged}");
        }
        // Nothing before `from`.
        assert_eq!(pick("post/AFX after/IN went/VBD", None, 1), None);
    }
}
