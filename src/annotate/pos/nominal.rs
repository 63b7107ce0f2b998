//! A noun phrase needs a noun. EWT's web text has few company reports, so "executive" is seen
//! four times in training, always as an adjective ("executive director"), and "Aurora's chief
//! executive, Paul Decker, said" came out as two adjectives with no noun: the parser then took
//! "Aurora" for the subject of "said".
//!
//! After greedy decoding (alongside [`super::finite`], the leftmost change of the two first), an
//! adjective (JJ) the model chose becomes a noun (NN) when
//! - WordNet's most frequent reading of the word is a noun ("executive", "whole", "dark"; not
//!   "red" or "poor"), and it is no ordinal ("the second, ..."),
//! - a determiner or possessive opens its phrase, with only adjectives and nouns between ("the
//!   chief executive", "Aurora's chief executive", "as a whole"), and
//! - nothing that could continue the phrase follows it: a comma, sentence-final punctuation, or
//!   a finite verb ("the chief executive resigned"), so no noun can be its head; a comma
//!   followed by an adjective is a list of adjectives ("this private, tiny school"). "of" ends
//!   it too ("the chief executive of Orlen Shipping", "the whole of New Zealand").
//!
//! The same holds for a pronoun form the model chose right after a noun or adjective, when
//! WordNet reads it first as a noun: "the Karvik copper mine walked off" had "mine" as a
//! pronoun (EWT train has it 18 times so, twice as a noun), the subject of "walked". Of all
//! pronoun forms only "mine" is such a noun in WordNet; the treebanks have no case either way.
//!
//! And a base verb (VB) right after an adjective, ending its clause, that WordNet knows as a
//! noun is that noun: "could not afford higher pay." had "pay" a verb (no case in the
//! treebanks either way).
//!
//! A verb in -s right after a preposition has no subject, so when WordNet knows it as a plural
//! noun it is one: "injured in crashes linked to the storm" had "crashes" a verb, and the
//! parser made it the auxiliary of "linked". Not after "as", "than", "that" or "like", which
//! may stand right before a verb ("as follows"), and never for "is", "has" or "does" ("what we
//! spend on is rent"). A base verb after "according to", "owing to" and the like is a noun too
//! ("according to harbour officials"). On the same three files these and "of" fix 6 tags and
//! break none.
//!
//! Against the greedy tags on EWT dev, GUM dev and GUM train (none seen in training), the rule
//! fixes 13 tags ("as a whole .", "in the dark .", "told our local weekly .") and breaks 4 ("out
//! of the ordinary .", "was all wet ,", and two in speech: "this whole , like , ..."). A preposition or coordinator after the word is no sign:
//! 9 of such adjectives are nouns in the gold and 7 adjectives ("our moral and ...").

use super::finite::{Retag, Words, tag_id};

/// What the rule needs to know of a tag.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// JJ.
    Adjective,
    /// JJR: before a base verb only.
    Comparative,
    /// NN, NNP: may stand between the determiner and the adjective ("the company chief").
    Noun,
    /// DT, PRP$, POS: what opens the phrase.
    Opener,
    /// PRP.
    Pronoun,
    /// `,`, PTB `.`, VBD, VBZ, VBP, MD: what cannot continue the phrase.
    Closer,
    /// HYPH, CD: inside a compound adjective ("the 24-year-old international").
    Joiner,
    /// VBN: what cannot continue the phrase when an object opens right after it.
    Participle,
    Other,
}

/// Which tag ids the rule reads and writes; built from the tag set of a model.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct NominalRule {
    kinds: Vec<Kind>,
    /// Which tags are POS.
    possessive: Vec<bool>,
    /// VERB/VBG, and which tags a clause's verb can have right after its subject (VBD, VBZ,
    /// VBP, MD, VBN).
    gerund: Option<u16>,
    clause_verb: Vec<bool>,
    /// ADJ/JJ and NOUN/NN, when the tag set has both.
    adjective_noun: Option<(u16, u16)>,
    comma: u16,
    /// PTB `.` and VERB/VB, when the tag set has them.
    full_stop: Option<u16>,
    base: Option<u16>,
    /// Which tags are IN (ADP or SCONJ).
    preposition: Vec<bool>,
    /// Which tags are VBZ (VERB or AUX).
    verb_s: Vec<bool>,
    /// NOUN/NNS.
    plural: Option<u16>,
    /// What each tag is to a clause that a sentence-initial base verb would open.
    opening: Vec<Opening>,
}

/// What a tag is to the clause after a sentence-initial base verb and a plural noun ("Rescue
/// teams ... struggled").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Opening {
    /// VBD, VBN: the past tense that makes the first word a noun.
    Past,
    /// Another verb or auxiliary, a pronoun, "to", a relative word, or punctuation that ends
    /// the clause: the first word may well be an imperative ("Add eggs and stir.").
    Stop,
    Other,
}

/// Words that may stand right before a finite verb with no subject between them: "as follows",
/// "more than is usual", the relative "that", and speech's "like".
pub(crate) const BEFORE_BARE_VERB: [&str; 4] = ["as", "than", "that", "like"];

/// Words that with "to" make a preposition, never an infinitive marker: "according to harbour
/// officials" had "harbour" a verb, and so had "pointed to wage settlements" "wage". Not "due":
/// "are due to appear in court"; nor "points", also a plural noun ("50 points to meet their
/// obligation").
pub(crate) const PREPOSITIONAL_TO: [&str; 6] = [
    "according",
    "owing",
    "pointed",
    "pointing",
    "prior",
    "thanks",
];

/// Verbs in -s that WordNet also knows as plural nouns ("the i's", "does" of deer) but that
/// after a stranded preposition are verbs: "the thing we spend on is rent".
pub(crate) const AUXILIARY_S: [&str; 3] = ["is", "has", "does"];

/// Ordinals, which WordNet reads first as nouns ("a second") but which stand for a noun left
/// out ("the second, and ...").
pub(crate) const ORDINALS: [&str; 9] = [
    "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
];

impl NominalRule {
    pub(crate) fn new(tags: &[(String, String)]) -> NominalRule {
        let id = |u: &str, x: &str| tag_id(tags, u, x);
        let kind = |x: &str| match x {
            "JJ" => Kind::Adjective,
            "JJR" => Kind::Comparative,
            "NN" | "NNP" => Kind::Noun,
            "DT" | "PRP$" | "POS" => Kind::Opener,
            "PRP" => Kind::Pronoun,
            "," | "." | "VBD" | "VBZ" | "VBP" | "MD" => Kind::Closer,
            "HYPH" | "CD" => Kind::Joiner,
            "VBN" => Kind::Participle,
            _ => Kind::Other,
        };
        NominalRule {
            kinds: tags.iter().map(|t| kind(&t.1)).collect(),
            possessive: tags.iter().map(|t| t.1 == "POS").collect(),
            gerund: id("VERB", "VBG"),
            clause_verb: tags
                .iter()
                .map(|t| matches!(t.1.as_str(), "VBD" | "VBZ" | "VBP" | "MD" | "VBN"))
                .collect(),
            adjective_noun: id("ADJ", "JJ").zip(id("NOUN", "NN")),
            comma: id("PUNCT", ",").unwrap_or(u16::MAX),
            full_stop: id("PUNCT", "."),
            base: id("VERB", "VB"),
            preposition: tags.iter().map(|t| t.1 == "IN").collect(),
            verb_s: tags.iter().map(|t| t.1 == "VBZ").collect(),
            plural: id("NOUN", "NNS"),
            opening: tags
                .iter()
                .map(|t| match t.1.as_str() {
                    "VBD" | "VBN" => Opening::Past,
                    "VB" | "VBZ" | "VBP" | "VBG" | "MD" | "TO" | "PRP" | "WDT" | "WP" | "WP$"
                    | "WRB" | "," | "." | ":" | "-LRB-" | "``" => Opening::Stop,
                    _ => Opening::Other,
                })
                .collect(),
        }
    }

    /// "Rescue teams and aid agencies struggled": a base verb the model chose for the first
    /// word, which WordNet knows as a noun, is that noun when a plural noun follows it and the
    /// clause's first verb is a past form, so that the plural noun is its subject, not an
    /// imperative's object. An imperative's clause goes on with another verb, "to", a pronoun
    /// or a subordinator ("Put guards in front ... to be checked", "Check prices before you
    /// buy"). The treebanks have no sentence either way (EWT dev's "Oil companies evacuated"
    /// the model gets right); news opens sentences with compounds of verb-like nouns.
    fn opening_compound(&self, tags: &[u16], words: &impl Words) -> Option<usize> {
        let stop =
            |j: usize| self.opening[tags[j] as usize] == Opening::Stop || words.is_subordinator(j);
        (Some(*tags.first()?) == self.base
            && words.by_model(0)
            && words.can_be_noun(0)
            && Some(*tags.get(1)?) == self.plural
            && (2..tags.len())
                .find(|&j| stop(j) || self.opening[tags[j] as usize] == Opening::Past)
                .is_some_and(|j| !stop(j)))
        .then_some(0)
    }

    /// The first change at or after word `from`, given the sentence's `tags`.
    pub(crate) fn pick(&self, tags: &[u16], words: &impl Words, from: usize) -> Option<Retag> {
        let (jj, nn) = self.adjective_noun?;
        let kind = |i: usize| self.kinds[tags[i] as usize];
        // "The 24-year-old Lorvanian international, who scored": a relative clause between
        // commas describes a noun, so an adjective right before it, in a phrase a determiner
        // opens, is that noun (WordNet knows "international" only as an adjective and a
        // proper noun). Not "old" of "my 4 year old, who", which the treebanks keep an
        // adjective; the treebanks have no other case either way.
        let described = |i: usize| {
            tags.get(i + 1) == Some(&self.comma)
                && i + 2 < tags.len()
                && words.is_relative(i + 2)
                && !words.is_old(i)
        };
        // The phrase of word `i` opens with a determiner or possessive, with only adjectives
        // and nouns between (and, with `joined`, numbers and hyphens: "the 24-year-old").
        let opened = |i: usize, joined: bool| {
            (0..i)
                .rev()
                .find(|&j| {
                    !(matches!(kind(j), Kind::Adjective | Kind::Noun)
                        || (joined && kind(j) == Kind::Joiner))
                })
                .is_some_and(|j| kind(j) == Kind::Opener)
        };
        // "the chief executive estimated the cost": a participle with a determiner or
        // possessive right after it has an object, so it is a past tense with the phrase for
        // its subject (the finite rule makes it one once the phrase has its noun).
        // So is a participle of saying with a noun or pronoun right after it ("the chief
        // executive told reporters").
        let active = |i: usize| {
            kind(i) == Kind::Participle
                && tags.get(i + 1).is_some_and(|&t| {
                    let k = self.kinds[t as usize];
                    (k == Kind::Opener && !self.possessive[t as usize])
                        || (words.is_saying(i)
                            && (matches!(k, Kind::Noun | Kind::Pronoun) || Some(t) == self.plural))
                })
        };
        let at = (from.max(1)..tags.len().saturating_sub(1)).find(|&i| {
            let ends = words.by_model(i)
                && words.noun_first(i)
                && (kind(i + 1) == Kind::Closer || words.is_of(i + 1) || active(i + 1))
                // "this private, tiny school": adjectives in a row.
                && !(tags[i + 1] == self.comma && tags.get(i + 2) == Some(&jj))
                && opened(i, false);
            // Also where the tag dictionary decided: EWT has "international" only as an
            // adjective.
            tags[i] == jj && !words.is_ordinal(i) && (ends || (described(i) && opened(i, true)))
        });
        // "could not afford higher pay.": a base verb right after an adjective, ending its
        // clause, is a noun.
        let base = (from.max(1)..tags.len().saturating_sub(1)).find(|&i| {
            Some(tags[i]) == self.base
                && words.by_model(i)
                && words.can_be_noun(i)
                && ((matches!(kind(i - 1), Kind::Adjective | Kind::Comparative)
                    && matches!(tags[i + 1], t if Some(t) == self.full_stop || t == self.comma))
                    // "according to harbour officials".
                    || words.after_prepositional_to(i))
        });
        // "said shelling continued": an -ing form right after a verb of saying, with the
        // reported clause's verb right after it, is that clause's subject, a noun (EWT train's
        // one case: "argue warming might").
        let gerund = (from.max(1)..tags.len().saturating_sub(1)).find(|&i| {
            Some(tags[i]) == self.gerund
                && words.by_model(i)
                && words.can_be_noun(i)
                && words.is_saying(i - 1)
                && self.clause_verb[tags[i + 1] as usize]
        });
        // "the Karvik copper mine": a pronoun form after a noun or adjective is a noun.
        let pronoun = (from.max(1)..tags.len()).find(|&i| {
            kind(i) == Kind::Pronoun
                && words.by_model(i)
                && words.noun_first(i)
                && matches!(kind(i - 1), Kind::Adjective | Kind::Noun)
        });
        // "injured in crashes linked to": a verb in -s right after a preposition has no
        // subject, so it is a plural noun.
        let plural = self.plural.and_then(|nns| {
            let at = (from.max(1)..tags.len()).find(|&i| {
                self.verb_s[tags[i] as usize]
                    && words.by_model(i)
                    && words.can_be_plural_noun(i)
                    && !words.is_auxiliary_s(i)
                    && self.preposition[tags[i - 1] as usize]
                    && !words.precedes_bare_verb(i - 1)
            })?;
            Some(Retag {
                at,
                tag: nns,
                next: None,
            })
        });
        let opening = (from == 0)
            .then(|| self.opening_compound(tags, words))
            .flatten();
        let noun = at
            .into_iter()
            .chain(pronoun)
            .chain(gerund)
            .chain(base)
            .chain(opening)
            .min()
            .map(|at| Retag {
                at,
                tag: nn,
                next: None,
            });
        noun.into_iter().chain(plural).min_by_key(|r| r.at)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotate::pos::testing::{parse, tag_set};

    const TAGS: &[&str] = &[
        "JJ", "NN", "NNP", "DT", "POS", "PRP$", ",", ".", "VBD", "IN", "CC", "VBN", "PRP", "JJR",
        "VB", "MD", "TO", "VBZ", "NNS", "CD", "HYPH", "WP", "VBG", "RB",
    ];

    /// Words whose WordNet reading is first a noun, as the test sees it.
    const NOUNS: &[&str] = &[
        "rescue",
        "search",
        "executive",
        "whole",
        "chief",
        "second",
        "private",
        "mine",
        "harbour",
        "shelling",
        "smoking",
    ];

    /// The word the rule makes a noun in `word/TAG ...` (a `*` after a tag: the tag dictionary
    /// decided it).
    fn pick(tagged: &str) -> Option<usize> {
        let rule = NominalRule::new(&tag_set(TAGS));
        let (mut sentence, ids) = parse(tagged, TAGS);
        sentence.nouns = NOUNS;
        let r = rule.pick(&ids, &sentence, 0)?;
        assert_eq!(TAGS[r.tag as usize], "NN");
        Some(r.at)
    }

    #[test]
    fn an_adjective_that_ends_its_noun_phrase_is_a_noun() {
        let cases: &[(&str, Option<usize>)] = &[
            (
                "Aurora/NNP 's/POS chief/JJ executive/JJ ,/, Decker/NNP ,/, said/VBD ./.",
                Some(3),
            ),
            ("the/DT chief/JJ executive/JJ resigned/VBD ./.", Some(2)),
            // A participle with an object after it is a past tense.
            (
                "the/DT chief/JJ executive/JJ estimated/VBN the/DT cost/NN ./.",
                Some(2),
            ),
            (
                "the/DT chief/JJ executive/JJ estimated/VBN his/PRP$ cost/NN ./.",
                Some(2),
            ),
            (
                "the/DT chief/JJ executive/JJ estimated/VBN at/IN 5/CD ./.",
                None,
            ),
            (
                "the/DT chief/JJ executive/JJ told/VBN reporters/NNS ./.",
                Some(2),
            ),
            (
                "the/DT chief/JJ executive/JJ named/VBN reporters/NNS ./.",
                None,
            ),
            ("the/DT chief/JJ executive/JJ estimated/VBN ./.", None),
            ("as/IN a/DT whole/JJ ./.", Some(2)),
            // A noun can still follow; a preposition or coordinator is no sign.
            ("the/DT chief/JJ executive/JJ officer/NN said/VBD ./.", None),
            // "of" is: "the chief executive of Aurora", "the whole of Norway".
            ("the/DT chief/JJ executive/JJ of/IN Aurora/NNP ./.", Some(2)),
            ("the/DT chief/JJ executive/JJ in/IN Aurora/NNP ./.", None),
            ("the/DT whole/JJ and/CC the/DT part/NN ./.", None),
            ("this/DT private/JJ ,/, tiny/JJ school/NN ./.", None),
            ("the/DT second/JJ ,/, and/CC the/DT third/JJ ./.", None),
            // No determiner or possessive opens the phrase; WordNet reads the word first as an
            // adjective; the tag dictionary decided it.
            ("Chief/JJ executive/JJ resigned/VBD ./.", None),
            ("the/DT ordinary/JJ ./.", None),
            // A base verb after an adjective, ending the clause.
            ("could/MD afford/VB higher/JJR pay/VB ./.", Some(3)),
            ("to/TO make/VB sure/JJ pay/VB rises/VBZ ./.", None),
            // A base verb after "according to", not after "due to".
            ("according/VBD to/IN harbour/VB officials/NNS ./.", Some(2)),
            (
                "He/PRP pointed/VBD to/IN harbour/VB officials/NNS ./.",
                Some(3),
            ),
            ("are/VBD due/JJ to/TO harbour/VB ships/NNS ./.", None),
            ("wants/VBZ to/TO harbour/VB officials/NNS ./.", None),
            // An -ing form between a verb of saying and its clause's verb.
            ("they/PRP said/VBD shelling/VBG continued/VBN ./.", Some(2)),
            (
                "they/PRP said/VBD shelling/VBG had/VBD stopped/VBN ./.",
                Some(2),
            ),
            (
                "they/PRP said/VBD smoking/VBG heavily/RB kills/VBZ ./.",
                None,
            ),
            ("they/PRP said/VBD leaving/VBG was/VBD wrong/JJ ./.", None),
            ("they/PRP stopped/VBD shelling/VBG had/VBD it/PRP ./.", None),
            ("they/PRP said/VBD shelling/VBG* continued/VBN ./.", None),
            // A pronoun form after a noun.
            ("the/DT copper/NN mine/PRP walked/VBD ./.", Some(2)),
            ("a/DT friend/NN of/IN mine/PRP ./.", None),
            ("it/PRP is/VBD mine/PRP ./.", None),
            ("the/DT chief/JJ executive/JJ* resigned/VBD ./.", None),
            // A sentence-initial base verb before a plural noun and a past tense.
            (
                "Rescue/VB teams/NNS and/CC aid/NN agencies/NNS struggled/VBN ./.",
                Some(0),
            ),
            (
                "Rescue/VB teams/NNS on/IN Sunday/NNP brought/VBD miners/NNS ./.",
                Some(0),
            ),
            // The imperative's clause goes on with another verb, "to", a pronoun or a
            // subordinator; no past tense; WordNet knows no noun; not the first word.
            ("Search/VB teams/NNS to/TO be/VB found/VBN ./.", None),
            ("Search/VB teams/NNS they/PRP found/VBD ./.", None),
            (
                "Search/VB teams/NNS before/IN cars/NNS arrived/VBD ./.",
                None,
            ),
            ("Search/VB teams/NNS ,/, said/VBD he/PRP ./.", None),
            ("Search/VB files/NNS ./.", None),
            ("Search/VB* teams/NNS found/VBD ./.", None),
            ("the/DT rescue/VB teams/NNS found/VBD ./.", None),
            // An adjective right before a relative clause between commas, also one the tag
            // dictionary decided; not "old", nor without a determiner opening the phrase.
            (
                "The/DT 24/CD -/HYPH year/NN -/HYPH old/JJ international/JJ* ,/, who/WP \
                 scored/VBD ./.",
                Some(6),
            ),
            ("my/PRP$ 4/CD year/NN old/JJ ,/, who/WP came/VBD ./.", None),
            (
                "fans/NNS old/JJ and/CC new/JJ ,/, who/WP came/VBD ./.",
                None,
            ),
        ];
        for &(s, want) in cases {
            assert_eq!(pick(s), want, "{s}");
        }
    }

    #[test]
    fn a_verb_in_s_right_after_a_preposition_is_a_plural_noun() {
        let rule = NominalRule::new(&tag_set(TAGS));
        let pick = |tagged: &str| {
            let (sentence, ids) = parse(tagged, TAGS);
            let r = rule.pick(&ids, &sentence, 0)?;
            assert_eq!(TAGS[r.tag as usize], "NNS");
            Some(r.at)
        };
        let cases: &[(&str, Option<usize>)] = &[
            (
                "hurt/VBN in/IN crashes/VBZ linked/VBN to/TO it/PRP ./.",
                Some(2),
            ),
            ("between/IN uses/VBZ ./.", Some(1)),
            // "as follows", "the car that crashes", the tag dictionary's choice.
            ("as/IN follows/VBZ :/,", None),
            ("the/DT car/NN that/IN crashes/VBZ ./.", None),
            ("in/IN crashes/VBZ* ./.", None),
            // A subject between: a verb.
            ("because/IN it/PRP crashes/VBZ ./.", None),
            // A stranded preposition: "what we spend on is rent".
            ("spend/VBD on/IN is/VBZ rent/NN ./.", None),
        ];
        for &(s, want) in cases {
            assert_eq!(pick(s), want, "{s}");
        }
    }
}
