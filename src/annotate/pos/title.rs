//! "Acting director", "managing partner": an -ing word that makes a title. EWT has "acting" and
//! "managing" only as verbs ("acting on a tip", "managing the budget"), so the model reads
//! "the agency's acting director" as a participle with "director" its object, and the parse
//! falls apart ("Samuel Achebe, the agency's acting director, urged ..." came out with the
//! name as the root and "urged" beside it). After greedy decoding, one of these words
//! ([`TITLE_MODIFIERS`]) the model read as VBG right before a title noun ([`TITLE_HEADS`]) is an
//! adjective. Neither sequence occurs in EWT or GUM, train or dev.

use super::finite::{Retag, Words, tag_id};

/// The -ing words that make a title with the noun after them.
pub(crate) const TITLE_MODIFIERS: [&str; 4] = ["acting", "managing", "presiding", "reigning"];

/// The titles they make.
pub(crate) const TITLE_HEADS: [&str; 18] = [
    "chair",
    "chairman",
    "chairwoman",
    "champion",
    "chief",
    "commissioner",
    "director",
    "editor",
    "governor",
    "head",
    "judge",
    "leader",
    "manager",
    "mayor",
    "minister",
    "officer",
    "partner",
    "president",
];

/// Which tag ids the rule reads and writes; built from the tag set of a model.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct TitleRule {
    /// VERB/VBG and ADJ/JJ, when the tag set has both.
    tags: Option<(u16, u16)>,
}

impl TitleRule {
    pub(crate) fn new(tags: &[(String, String)]) -> TitleRule {
        TitleRule {
            tags: tag_id(tags, "VERB", "VBG").zip(tag_id(tags, "ADJ", "JJ")),
        }
    }

    /// The first change at or after word `from`, given the sentence's `tags`.
    pub(crate) fn pick(&self, tags: &[u16], words: &impl Words, from: usize) -> Option<Retag> {
        let (vbg, jj) = self.tags?;
        let at = (from..tags.len().saturating_sub(1)).find(|&i| {
            tags[i] == vbg
                && words.by_model(i)
                && words.is_title_modifier(i)
                && words.is_title_head(i + 1)
        })?;
        Some(Retag {
            at,
            tag: jj,
            next: None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotate::pos::testing::{parse, tag_set};

    const TAGS: &[&str] = &["NN", "VBG", "JJ", "POS", "DT", ",", "VBD", "."];

    fn pick(tagged: &str) -> Option<(usize, &'static str)> {
        let mut tags = tag_set(TAGS);
        tags[1].0 = "VERB".into();
        let rule = TitleRule::new(&tags);
        let (words, ids) = parse(tagged, TAGS);
        rule.pick(&ids, &words, 0)
            .map(|r| (r.at, TAGS[r.tag as usize]))
    }

    #[test]
    fn an_ing_word_before_a_title_is_an_adjective() {
        assert_eq!(
            pick("the/DT agency/NN 's/POS acting/VBG director/NN ,/, urged/VBD"),
            Some((3, "JJ"))
        );
        assert_eq!(
            pick("Tran/NN ,/, managing/VBG partner/NN ./."),
            Some((2, "JJ"))
        );
        // Not before another noun, nor another -ing word; the tag dictionary's choice stands.
        assert_eq!(pick("acting/VBG ability/NN ./."), None);
        assert_eq!(pick("running/VBG director/NN ./."), None);
        assert_eq!(pick("acting/VBG* director/NN ./."), None);
    }
}
