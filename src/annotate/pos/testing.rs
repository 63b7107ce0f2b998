//! Test support for the rules after decoding ([`super::finite`], [`super::nominal`],
//! [`super::passive`]): a sentence written `word/TAG ...`, with the word lists the rules use and
//! stand-ins for WordNet (a word in -s can be a plural noun or a verb in -s, a word in -ed a
//! past form; nouns and participles as a test lists them).

use super::finite::{
    ADVERBIAL, COORDINATORS, HAVE, OBJECT_OPENERS, PAST_ONLY, PLURAL_PRONOUNS, RELATIVES,
    RISE_AND_FALL, SAME_IN_PAST, SAYING, SUBORDINATORS, Words,
};
use super::nominal::{AUXILIARY_S, BEFORE_BARE_VERB, ORDINALS, PREPOSITIONAL_TO};
use super::passive::BE;

/// A tagged test sentence; a `*` after a tag marks a word the tag dictionary decided.
pub(crate) struct Sentence {
    words: Vec<String>,
    dict: Vec<bool>,
    /// Words WordNet would read first as nouns.
    pub nouns: &'static [&'static str],
    /// Words WordNet would read first as past forms.
    pub participles: &'static [&'static str],
}

/// The tag set of `xpos` as a model stores it: (UPOS, XPOS) pairs.
pub(crate) fn tag_set(xpos: &[&str]) -> Vec<(String, String)> {
    let upos = |x: &str| match x {
        "," | "." => "PUNCT",
        _ if x.starts_with("VB") => "VERB",
        _ if x.starts_with("NN") => "NOUN",
        _ if x.starts_with("JJ") => "ADJ",
        _ => "X",
    };
    xpos.iter()
        .map(|x| (upos(x).to_string(), x.to_string()))
        .collect()
}

/// The words of `tagged` and its tag ids in `xpos`.
pub(crate) fn parse(tagged: &str, xpos: &[&str]) -> (Sentence, Vec<u16>) {
    let (mut words, mut dict, mut ids) = (Vec::new(), Vec::new(), Vec::new());
    for wt in tagged.split(' ') {
        let (w, t) = wt.rsplit_once('/').expect("word/TAG");
        let (t, d) = t.strip_suffix('*').map_or((t, false), |t| (t, true));
        words.push(w.to_string());
        dict.push(d);
        ids.push(xpos.iter().position(|x| *x == t).expect("known tag") as u16);
    }
    let sentence = Sentence {
        words,
        dict,
        nouns: &[],
        participles: &[],
    };
    (sentence, ids)
}

impl Sentence {
    fn lower(&self, i: usize) -> String {
        self.words[i].to_lowercase()
    }

    fn in_list(&self, i: usize, list: &[&str]) -> bool {
        list.contains(&self.lower(i).as_str())
    }
}

impl Words for Sentence {
    fn by_model(&self, i: usize) -> bool {
        !self.dict[i]
    }
    fn is_by(&self, i: usize) -> bool {
        self.words.get(i).is_some_and(|w| w == "by")
    }
    fn is_subordinator(&self, i: usize) -> bool {
        self.in_list(i, &SUBORDINATORS)
    }
    fn opens_adverbial(&self, i: usize) -> bool {
        self.in_list(i, &ADVERBIAL)
    }
    fn is_saying(&self, i: usize) -> bool {
        self.in_list(i, &SAYING)
    }
    fn participle_first(&self, i: usize) -> bool {
        self.in_list(i, self.participles)
    }
    fn is_be(&self, i: usize) -> bool {
        self.in_list(i, &BE)
    }
    fn is_have(&self, i: usize) -> bool {
        self.in_list(i, &HAVE)
    }
    fn can_be_noun(&self, i: usize) -> bool {
        self.in_list(i, self.nouns) || self.lower(i) == "pay"
    }
    fn noun_first(&self, i: usize) -> bool {
        self.in_list(i, self.nouns)
    }
    fn is_ordinal(&self, i: usize) -> bool {
        self.in_list(i, &ORDINALS)
    }
    fn is_coordinator(&self, i: usize) -> bool {
        self.in_list(i, &COORDINATORS)
    }
    fn is_relative(&self, i: usize) -> bool {
        self.in_list(i, &RELATIVES)
    }
    fn can_be_past(&self, i: usize) -> bool {
        self.words[i].ends_with("ed")
    }
    fn is_past_only(&self, i: usize) -> bool {
        self.in_list(i, &PAST_ONLY)
    }
    fn is_same_in_past(&self, i: usize) -> bool {
        self.in_list(i, &SAME_IN_PAST)
    }
    fn is_plural_pronoun(&self, i: usize) -> bool {
        self.in_list(i, &PLURAL_PRONOUNS)
    }
    fn can_be_verb_s(&self, i: usize) -> bool {
        self.words[i].ends_with('s')
    }
    fn is_that(&self, i: usize) -> bool {
        self.words.get(i).is_some_and(|w| w == "that")
    }
    fn can_be_plural_noun(&self, i: usize) -> bool {
        self.words[i].ends_with('s')
    }
    fn is_intransitive_past(&self, i: usize) -> bool {
        self.in_list(i, &RISE_AND_FALL)
    }
    fn can_be_verb_base(&self, i: usize) -> bool {
        !self.words[i].ends_with('s') && !self.in_list(i, self.nouns)
    }
    fn is_of(&self, i: usize) -> bool {
        self.words.get(i).is_some_and(|w| w == "of")
    }
    fn is_where(&self, i: usize) -> bool {
        self.words.get(i).is_some_and(|w| w == "where")
    }
    fn is_old(&self, i: usize) -> bool {
        self.words.get(i).is_some_and(|w| w == "old")
    }
    fn after_prepositional_to(&self, i: usize) -> bool {
        i >= 2 && self.lower(i - 1) == "to" && self.in_list(i - 2, &PREPOSITIONAL_TO)
    }
    fn is_auxiliary_s(&self, i: usize) -> bool {
        self.in_list(i, &AUXILIARY_S)
    }
    fn precedes_bare_verb(&self, i: usize) -> bool {
        self.in_list(i, &BEFORE_BARE_VERB)
    }
    fn is_title_modifier(&self, i: usize) -> bool {
        self.in_list(i, &super::title::TITLE_MODIFIERS)
    }
    fn is_title_head(&self, i: usize) -> bool {
        self.in_list(i, &super::title::TITLE_HEADS)
    }
    fn opens_object(&self, i: usize) -> bool {
        self.in_list(i, &OBJECT_OPENERS) || (i > 0 && self.words[i].starts_with(char::is_uppercase))
    }
}
