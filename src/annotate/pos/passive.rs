//! A passive with an agent needs a participle. "The meeting was organised by the United
//! Nations" came out with "organised" an adjective: EWT writes "organized", and the British
//! spelling is rare enough in training that the model took the -ised word after "was" for a
//! predicate adjective. The parse then made "was" a copula and the agent a new clause.
//!
//! After greedy decoding (with [`super::finite`] and [`super::nominal`], the leftmost change
//! first), an adjective (JJ) the model chose becomes a past participle (VBN) when WordNet's most
//! frequent reading of it is a verb's past form, a form of "be" comes before it (adverbs
//! allowed between: "was later organised"), and "by" follows it.

use super::finite::{Retag, Words, tag_id};

/// What the rule needs to know of a tag.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// JJ.
    Adjective,
    /// RB.
    Adverb,
    Other,
}

/// Which tag ids the rule reads and writes; built from the tag set of a model.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct PassiveRule {
    kinds: Vec<Kind>,
    /// ADJ/JJ and VERB/VBN, when the tag set has both.
    adjective_participle: Option<(u16, u16)>,
}

/// Forms of "be" a passive participle follows.
pub(crate) const BE: [&str; 8] = ["be", "is", "are", "was", "were", "been", "being", "am"];

impl PassiveRule {
    pub(crate) fn new(tags: &[(String, String)]) -> PassiveRule {
        let id = |u: &str, x: &str| tag_id(tags, u, x);
        let kind = |x: &str| match x {
            "JJ" => Kind::Adjective,
            "RB" => Kind::Adverb,
            _ => Kind::Other,
        };
        PassiveRule {
            kinds: tags.iter().map(|t| kind(&t.1)).collect(),
            adjective_participle: id("ADJ", "JJ").zip(id("VERB", "VBN")),
        }
    }

    /// The first change at or after word `from`, given the sentence's `tags`.
    pub(crate) fn pick(&self, tags: &[u16], words: &impl Words, from: usize) -> Option<Retag> {
        let (jj, vbn) = self.adjective_participle?;
        let kind = |i: usize| self.kinds[tags[i] as usize];
        let at = (from.max(1)..tags.len().saturating_sub(1)).find(|&i| {
            tags[i] == jj
                && words.by_model(i)
                && words.participle_first(i)
                && words.is_by(i + 1)
                && (0..i)
                    .rev()
                    .find(|&j| kind(j) != Kind::Adverb)
                    .is_some_and(|j| words.is_be(j))
        })?;
        Some(Retag {
            at,
            tag: vbn,
            next: None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotate::pos::testing::{parse, tag_set};

    const TAGS: &[&str] = &["JJ", "VBN", "RB", "VBD", "DT", "NN", "IN", "."];

    /// Words whose WordNet reading is first a verb's past form, as the test sees them.
    const PARTICIPLES: &[&str] = &["organised", "closed"];

    /// The word the rule makes a participle in `word/TAG ...` (a `*` after a tag: the tag
    /// dictionary decided it).
    fn pick(tagged: &str) -> Option<usize> {
        let rule = PassiveRule::new(&tag_set(TAGS));
        let (mut sentence, ids) = parse(tagged, TAGS);
        sentence.participles = PARTICIPLES;
        let r = rule.pick(&ids, &sentence, 0)?;
        assert_eq!(TAGS[r.tag as usize], "VBN");
        Some(r.at)
    }

    #[test]
    fn an_adjective_between_be_and_an_agent_is_a_participle() {
        let cases: &[(&str, Option<usize>)] = &[
            (
                "the/DT meeting/NN was/VBD organised/JJ by/IN Lund/NN ./.",
                Some(3),
            ),
            (
                "it/NN was/VBD later/RB organised/JJ by/IN Lund/NN ./.",
                Some(3),
            ),
            // No agent, no "be", a word WordNet reads first as an adjective, or the tag
            // dictionary's choice: left alone.
            ("the/DT meeting/NN was/VBD organised/JJ ./.", None),
            ("a/DT road/NN closed/JJ by/IN police/NN ./.", None),
            ("the/DT shop/NN was/VBD close/JJ by/IN ./.", None),
            (
                "the/DT meeting/NN was/VBD organised/JJ* by/IN Lund/NN ./.",
                None,
            ),
        ];
        for &(s, want) in cases {
            assert_eq!(pick(s), want, "{s}");
        }
    }
}
