//! A clause needs a finite verb. A greedy left-to-right tagger that has read "The troops fired
//! into the crowd." up to "fired" cannot see that no other verb will follow, and English web
//! text gives it many reduced relatives ("the file attached below"), so it often picks the past
//! participle and leaves a sentence without a finite verb, which wrecks the parse. News, told in
//! the past tense, suffers most: "Shares in Nordvolt fell by 8 percent", "The board named ...".
//!
//! After greedy decoding, the rule retags a word and the tagger decodes the rest of the sentence
//! again (the history features change). A past participle (VBN) that the model (not the tag
//! dictionary) chose becomes past tense (VBD) when it follows a possible subject (a noun or
//! pronoun, adverbs allowed between: "He later expanded"; or the end of an apposition between
//! commas: "Kathryn Waters, director of the gallery, expressed"), is not followed by "by" and a
//! noun (an agent: "the value created by"; "fell by 8 percent" is an amount), and either
//! - its subject opens a subordinate clause ("because a newspaper printed the cartoons", "found
//!   that the drug reduced deaths", "said prices rose") that has no finite verb up to its end (a
//!   comma, colon, coordinator, subordinator or the sentence end); "as" is left out: "such as
//!   the method adopted in 2005" is the commoner reading there; or it is a verb of saying that
//!   ends the sentence after a comma (", the club announced."); or
//! - the sentence ends in sentence-final punctuation and its main clause has neither a finite
//!   verb (VBD, VBZ, VBP, MD) nor an imperative (VB not after "to"); of several such
//!   participles the first is taken (the main verb comes first: "The theory evolved into a
//!   theory called ..."). The main clause is the whole sentence, or the words before an
//!   adverbial clause with a subject and a finite verb of its own ("The crowd cheered as the
//!   president arrived.").
//!
//! Before that sentence rule, a base form (VB) chosen by the model right after a plural subject
//! (NNS, NNPS, "they", "we", "you", "I"), with no "to" before it in the sentence, becomes a
//! present tense (VBP): "Entrepreneurs frequently face the challenge". And in any sentence, a
//! verb in -s (VBZ) that WordNet knows as a plural noun, between a noun and the past tense of a
//! verb that takes no object ([`RISE_AND_FALL`]), is that plural noun and the past its verb:
//! "The company said warranty costs rose by 12 percent" (never seen in the treebanks; news
//! reports amounts this way).
//!
//! Later additions, each measured on the same three files:
//! - A relative clause between commas ("Doctor Amina Sule, who leads the campaign, blamed") has
//!   its own finite verb, and the participle after it follows the antecedent.
//! - Past tenses that are never participles ([`PAST_ONLY`]: "rose", "tore") are past tense when
//!   read as participles; after a subject, in a clause that needs a verb, also when read as a
//!   noun, adjective or adverb ("Storm Ilsa tore through"). So is an adjective in -ed that
//!   WordNet knows as a past form and that ends its clause ("as government troops advanced.").
//! - The main clause also ends at a comma, a coordinator and a clause with its own subject and
//!   finite verb, and at a closing report (", the statistics office reported.", ", his lawyer
//!   told reporters."); a participle
//!   coordinated with the clause's first finite verb is past tense ("The rocket lifted off and
//!   placed the probe"); a subordinate clause's subject may carry its own prepositional phrase
//!   ("after the worst drought in fifty years destroyed").
//! - A plural noun WordNet knows as a verb in -s is that verb after a singular noun and before
//!   "that" and a subject ("The ministry estimates that output will fall"), and in a main clause
//!   with no finite verb after a singular subject set off by commas or right before "to" ("The
//!   government plans to cut taxes."). So is one before a number, a determiner or a name, after
//!   a singular noun that opens a clause with a determiner or possessive ("His family controls
//!   about 35 percent", "The board thanks Martin"), and one right after a relative clause or
//!   apposition between commas whose singular antecedent opens a reported clause ("said the
//!   monitor, who will report to the agency, starts in May"): 2 more fixed on GUM train, none
//!   broken.
//!
//! Against the greedy tagger alone, on EWT dev, GUM dev and GUM train (which the tagger never
//! saw), the first version of the rules fixed 67 past tenses and 22 present tenses and broke 18
//! tags (captions and lists such as "Personality test questions given to ..."); the additions
//! and the noun and passive rules ([`super::nominal`], [`super::passive`]) fix 35 more and break
//! 6. Parser LAS gains a little on all three (README).
//!
//! Training chooses the tagger's epochs on its greedy tags, and the jack-knife folds tag the
//! parser's and the entity tagger's training data without the rule
//! ([`PosTagger::without_rules`](super::PosTagger::without_rules)), so those models
//! learn from the model's own greedy tags. The rule changes 89 of the 204,000 jack-knifed EWT
//! train tags; parsers trained on them scored EWT dev LAS 82.08, 82.37 and 82.18 with three
//! seeds (mean 82.21), against 82.45, 82.02 and 82.16 without (mean 82.21): no difference beyond
//! seed noise. Training without it keeps the committed models what their commands write.

/// The id of the tag (`upos`, `xpos`) in a model's tag set, if it has it.
pub(crate) fn tag_id(tags: &[(String, String)], upos: &str, xpos: &str) -> Option<u16> {
    tags.iter()
        .position(|t| t.0 == upos && t.1 == xpos)
        .map(|i| i as u16)
}

/// What the rule needs to know of a tag.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// VBD, VBZ, VBP, MD.
    Finite,
    /// VB: an imperative, unless `to` comes before.
    Base,
    To,
    /// NN, NNP: what a past tense can follow as its subject.
    Nominal,
    /// PRP: the same.
    Pronoun,
    /// NNS, NNPS: also what a present tense in -s cannot follow.
    Plural,
    /// DT, JJ, JJR, JJS, PRP$, POS, HYPH: the rest of a subject's noun phrase.
    NounPart,
    /// CD.
    Number,
    /// RB, between a subject and its verb ("He later expanded").
    Adverb,
    /// IN and WRB: where a subordinator can be.
    Subordinator,
    /// `:` and CC: where a clause ends.
    Boundary,
    /// `,`: where a clause or an apposition ends.
    Comma,
    /// WDT, WP, WP$: what opens a relative clause.
    Relative,
    /// PTB `.`: sentence-final punctuation.
    End,
    Other,
}

fn nominal(k: Kind) -> bool {
    matches!(k, Kind::Nominal | Kind::Plural | Kind::Pronoun)
}

/// A word of a noun phrase: a noun or pronoun, determiner, adjective, possessive or number.
fn phrase_word(k: Kind) -> bool {
    nominal(k) || matches!(k, Kind::NounPart | Kind::Number)
}

/// Which tag ids the rule reads and writes; built from the tag set of a model.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct FiniteRule {
    kinds: Vec<Kind>,
    /// VERB/VBN and VERB/VBD, when the tag set has both.
    past: Option<(u16, u16)>,
    /// VERB/VB and VERB/VBP, when the tag set has both.
    present: Option<(u16, u16)>,
    /// NN: a base form the model read as a noun ("many of whom are based there, face losing").
    singular: Option<u16>,
    /// VERB/VBZ and NOUN/NNS, when the tag set has both.
    noun: Option<(u16, u16)>,
    /// ADJ/JJ (`u16::MAX` when the tag set lacks it).
    adjective: u16,
}

/// A change the rule makes: word `at` takes `tag`, and the next word `next` if given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Retag {
    pub at: usize,
    pub tag: u16,
    pub next: Option<u16>,
}

/// What the rules after decoding need to know of the words of a sentence besides their tags.
pub(crate) trait Words {
    /// The model (not the tag dictionary) chose word `i`'s tag.
    fn by_model(&self, i: usize) -> bool;
    /// Word `i` is "by".
    fn is_by(&self, i: usize) -> bool;
    /// Word `i` is a subordinator that opens a clause with a subject (not "as").
    fn is_subordinator(&self, i: usize) -> bool;
    /// Word `i` opens an adverbial clause ([`ADVERBIAL`]).
    fn opens_adverbial(&self, i: usize) -> bool;
    /// Word `i` is a verb of saying or thinking that takes a clause without "that".
    fn is_saying(&self, i: usize) -> bool;
    /// WordNet's most frequent reading of word `i` is a verb's past form (for
    /// [`super::passive`]).
    fn participle_first(&self, i: usize) -> bool;
    /// Word `i` is a form of "be" ([`super::passive::BE`]).
    fn is_be(&self, i: usize) -> bool;
    /// Word `i` is a form of "have" ([`HAVE`]).
    fn is_have(&self, i: usize) -> bool;
    /// WordNet knows word `i` as a noun (for [`super::nominal`]).
    fn can_be_noun(&self, i: usize) -> bool;
    /// WordNet's most frequent reading of word `i` is a noun (for [`super::nominal`]).
    fn noun_first(&self, i: usize) -> bool;
    /// Word `i` is an ordinal such as "second" ([`super::nominal::ORDINALS`]).
    fn is_ordinal(&self, i: usize) -> bool;
    /// Word `i` is "and", "but" or "or".
    fn is_coordinator(&self, i: usize) -> bool;
    /// Word `i` is "who", "whom", "whose" or "which" (not "what" or "that").
    fn is_relative(&self, i: usize) -> bool;
    /// WordNet knows word `i` as a verb's past form, and it ends in "-ed".
    fn can_be_past(&self, i: usize) -> bool;
    /// Word `i` is the past tense of an irregular verb whose participle differs ([`PAST_ONLY`]).
    fn is_past_only(&self, i: usize) -> bool;
    /// Word `i` is a verb whose past tense is its base form ([`SAME_IN_PAST`]: "set", "cut").
    fn is_same_in_past(&self, i: usize) -> bool;
    /// Word `i` is "they", "we", "you" or "I".
    fn is_plural_pronoun(&self, i: usize) -> bool;
    /// WordNet knows word `i` as a verb in -s.
    fn can_be_verb_s(&self, i: usize) -> bool;
    /// Word `i` is "that".
    fn is_that(&self, i: usize) -> bool;
    /// WordNet knows word `i` as a plural noun.
    fn can_be_plural_noun(&self, i: usize) -> bool;
    /// Word `i` is the past tense of a verb that takes no object ([`RISE_AND_FALL`]).
    fn is_intransitive_past(&self, i: usize) -> bool;
    /// Word `i` is "of".
    fn is_of(&self, i: usize) -> bool;
    /// Word `i` is "where".
    fn is_where(&self, i: usize) -> bool;
    /// Word `i` is "old" ("a 4 year old, who": an adjective standing for a noun).
    fn is_old(&self, i: usize) -> bool;
    /// Word `i` can open a verb's object: a determiner or possessive ([`OBJECT_OPENERS`]) or
    /// a capitalised word that does not open the sentence.
    fn opens_object(&self, i: usize) -> bool;
    /// WordNet knows word `i` as a verb's base form (for [`super::relative`]).
    fn can_be_verb_base(&self, i: usize) -> bool;
    /// Word `i` is "is", "has" or "does", which WordNet also knows as plural nouns.
    fn is_auxiliary_s(&self, i: usize) -> bool;
    /// Words `i - 2` and `i - 1` are a preposition ending in "to" that never takes a verb
    /// ([`super::nominal::PREPOSITIONAL_TO`]: "according to", "owing to").
    fn after_prepositional_to(&self, i: usize) -> bool;
    /// Word `i` may stand right before a finite verb with no subject between
    /// ([`super::nominal::BEFORE_BARE_VERB`]: "as follows", "than is usual").
    fn precedes_bare_verb(&self, i: usize) -> bool;
    /// Word `i` is an -ing word that makes a title ([`super::title::TITLE_MODIFIERS`]).
    fn is_title_modifier(&self, i: usize) -> bool;
    /// Word `i` is a title such a word makes ([`super::title::TITLE_HEADS`]).
    fn is_title_head(&self, i: usize) -> bool;
}

/// Verbs of saying and thinking whose clause often comes without "that" ("said prices rose").
pub(crate) const SAYING: [&str; 27] = [
    "said",
    "saying",
    "adding",
    "insisting",
    "says",
    "say",
    "added",
    "reported",
    "estimated",
    "believe",
    "believes",
    "believed",
    "think",
    "thinks",
    "thought",
    "claimed",
    "argued",
    "warned",
    "noted",
    "found",
    "announced",
    "insisted",
    "stated",
    "suggested",
    "feared",
    "hoped",
    "told",
];

/// Past tenses of verbs that take no object, so they are never passive participles: news
/// reports amounts with them ("warranty costs rose by 12 percent").
pub(crate) const RISE_AND_FALL: [&str; 16] = [
    "rose",
    "fell",
    "grew",
    "climbed",
    "jumped",
    "surged",
    "soared",
    "plunged",
    "slumped",
    "declined",
    "tumbled",
    "dipped",
    "slid",
    "rebounded",
    "shrank",
    "sank",
];

/// Determiners and possessives that open an object noun phrase after a verb ("The board
/// thanks the fans").
pub(crate) const OBJECT_OPENERS: [&str; 10] = [
    "the", "a", "an", "its", "his", "her", "their", "our", "this", "these",
];

/// The coordinators that join two verbs of one clause.
pub(crate) const COORDINATORS: [&str; 3] = ["and", "but", "or"];

/// The forms of "have", an auxiliary before a participle.
pub(crate) const HAVE: [&str; 4] = ["have", "has", "had", "having"];

/// The words that open a relative clause set off by commas.
pub(crate) const RELATIVES: [&str; 4] = ["who", "whom", "whose", "which"];

/// Past tenses of irregular verbs whose past participle is another word ("rose", not
/// "risen"): such a word is never a participle. In EWT and GUM (train and dev) 6 of their
/// occurrences are tagged VBN, all nonstandard ("had took").
pub(crate) const PAST_ONLY: [&str; 50] = [
    "arose",
    "ate",
    "awoke",
    "became",
    "began",
    "blew",
    "broke",
    "chose",
    "came",
    "drank",
    "drew",
    "drove",
    "fell",
    "flew",
    "forbade",
    "forgave",
    "forgot",
    "froze",
    "gave",
    "went",
    "grew",
    "knew",
    "rode",
    "rang",
    "rose",
    "ran",
    "saw",
    "shook",
    "shrank",
    "sang",
    "sank",
    "spoke",
    "stole",
    "swore",
    "swam",
    "took",
    "tore",
    "threw",
    "woke",
    "wore",
    "wrote",
    "withdrew",
    "undertook",
    "overtook",
    "mistook",
    "foresaw",
    "overcame",
    "underwent",
    "oversaw",
    "strove",
];

/// Verbs whose past tense and participle are their base form: read as a noun after a subject
/// in a clause with no finite verb ("Judge Miriam Oduya set sentencing for May 12."), such a
/// word is that clause's past tense.
pub(crate) const SAME_IN_PAST: [&str; 19] = [
    "bet", "bid", "burst", "cast", "cost", "cut", "hit", "hurt", "let", "put", "quit", "set",
    "shed", "shut", "slit", "split", "spread", "thrust", "upset",
];

/// The pronouns a present tense without -s follows.
pub(crate) const PLURAL_PRONOUNS: [&str; 4] = ["they", "we", "you", "i"];

/// The words that open an adverbial clause after the main clause ("cheered as the president
/// arrived"). Not "since": "the time elapsed since he left" is the commoner reading.
pub(crate) const ADVERBIAL: [&str; 12] = [
    "as", "because", "after", "before", "when", "while", "if", "although", "though", "until",
    "once", "whereas",
];

/// The subordinators of the clause rule.
pub(crate) const SUBORDINATORS: [&str; 13] = [
    "that", "because", "after", "before", "when", "while", "if", "since", "although", "though",
    "until", "once", "whereas",
];

impl FiniteRule {
    pub(crate) fn new(tags: &[(String, String)]) -> FiniteRule {
        let id = |u: &str, x: &str| tag_id(tags, u, x);
        let kind = |x: &str| match x {
            "VBD" | "VBZ" | "VBP" | "MD" => Kind::Finite,
            "VB" => Kind::Base,
            "TO" => Kind::To,
            "NN" | "NNP" => Kind::Nominal,
            "PRP" => Kind::Pronoun,
            "NNS" | "NNPS" => Kind::Plural,
            "DT" | "JJ" | "JJR" | "JJS" | "PRP$" | "POS" | "HYPH" => Kind::NounPart,
            "CD" => Kind::Number,
            "RB" => Kind::Adverb,
            "IN" | "WRB" => Kind::Subordinator,
            "," => Kind::Comma,
            "WDT" | "WP" | "WP$" => Kind::Relative,
            ":" | "CC" => Kind::Boundary,
            "." => Kind::End,
            _ => Kind::Other,
        };
        FiniteRule {
            kinds: tags.iter().map(|t| kind(&t.1)).collect(),
            past: id("VERB", "VBN").zip(id("VERB", "VBD")),
            present: id("VERB", "VB").zip(id("VERB", "VBP")),
            noun: id("VERB", "VBZ").zip(id("NOUN", "NNS")),
            singular: id("NOUN", "NN"),
            adjective: id("ADJ", "JJ").unwrap_or(u16::MAX),
        }
    }

    /// The next change at or after word `from`, given the sentence's `tags`.
    pub(crate) fn pick(&self, tags: &[u16], words: &impl Words, from: usize) -> Option<Retag> {
        let (vbn, vbd) = self.past?;
        let kind = |i: usize| self.kinds[tags[i] as usize];
        // A verb in -s between a noun and a past tense that takes no object is a plural noun,
        // the subject ("The company said warranty costs rose", with "costs" read as a verb
        // and "rose" its passive participle).
        if let Some((vbz, nns)) = self.noun {
            let plural = (from.max(1)..tags.len().saturating_sub(1)).find(|&i| {
                tags[i] == vbz
                    && words.by_model(i)
                    && kind(i - 1) == Kind::Nominal
                    && words.can_be_plural_noun(i)
                    && matches!(tags[i + 1], t if t == vbn || t == vbd)
                    && words.is_intransitive_past(i + 1)
            });
            if let Some(i) = plural {
                return Some(Retag {
                    at: i,
                    tag: nns,
                    next: Some(vbd),
                });
            }
        }
        // A plural noun the model chose that WordNet knows as a verb in -s is that verb in
        // three places, tried in this order (the leftmost place of the first that applies).
        if let Some((vbz, nns)) = self.noun {
            let verb_s = |i: usize| tags[i] == nns && words.by_model(i) && words.can_be_verb_s(i);
            // "The agriculture ministry estimates that output will fall": after a singular
            // noun, before "that", in a sentence with no finite verb before it.
            let before_that = |i: usize| {
                kind(i - 1) == Kind::Nominal
                    && words.is_that(i + 1)
                    // A subject follows "that", not a verb ("beans that were whipped").
                    && tags.get(i + 2).is_some_and(|_| phrase_word(kind(i + 2)))
                    && !(0..i).any(|j| kind(j) == Kind::Finite)
            };
            // "His family controls about 35 percent of the company", "The board thanks
            // Martin": after a singular noun that opens a clause with a determiner or
            // possessive, right before a number (an adverb between), a determiner or a name
            // ("the police posts 542 and 543" opens no clause).
            let opens = |d: usize| {
                kind(d) == Kind::NounPart
                    && (d == 0
                        || matches!(kind(d - 1), Kind::Comma | Kind::Boundary)
                        || words.is_that(d - 1))
            };
            let before_object = |i: usize| {
                i >= 2
                    && kind(i - 1) == Kind::Nominal
                    && opens(i - 2)
                    && (kind(i + 1) == Kind::Number
                        || words.opens_object(i + 1)
                        || (kind(i + 1) == Kind::Adverb
                            && tags.get(i + 2).is_some_and(|_| kind(i + 2) == Kind::Number)))
            };
            // "said the monitor, who will report to the agency, starts in May": right after a
            // relative clause or apposition between commas, for a singular antecedent that
            // opens a reported clause (after a verb of saying or a subordinator).
            let start = |a: usize| (0..a).rev().find(|&j| !phrase_word(kind(j)));
            let reported = |a: usize| {
                // An apposition's name: the phrase it renames ("said the chief, Pavel Novak,").
                let j = start(a).and_then(|j| match kind(j) {
                    Kind::Comma if j > 0 && nominal(kind(j - 1)) => start(j - 1),
                    _ => Some(j),
                });
                j.is_some_and(|j| match kind(j) {
                    Kind::Finite => words.is_saying(j),
                    Kind::Subordinator => words.is_subordinator(j),
                    _ => false,
                })
            };
            let after_relative = |i: usize| {
                i >= 2
                    && kind(i - 1) == Kind::Comma
                    && !matches!(kind(i + 1), Kind::Comma | Kind::Boundary | Kind::End)
                    && self
                        .subject(tags, words, i)
                        .is_some_and(|a| kind(a) == Kind::Nominal && reported(a))
            };
            let places = (from.max(1)..tags.len().saturating_sub(1)).filter(|&i| verb_s(i));
            let verb = places
                .clone()
                .find(|&i| before_that(i))
                .or_else(|| places.clone().find(|&i| before_object(i)))
                .or_else(|| places.clone().find(|&i| after_relative(i)));
            if let Some(at) = verb {
                return Some(Retag {
                    at,
                    tag: vbz,
                    next: None,
                });
            }
        }
        // "Prices rose": a past tense that is never a participle.
        let past_only = (from..tags.len())
            .find(|&i| tags[i] == vbn && words.by_model(i) && words.is_past_only(i));
        if let Some(at) = past_only {
            return Some(Retag {
                at,
                tag: vbd,
                next: None,
            });
        }
        // "Experts welcomed the findings but urged caution": a participle right after "and" or
        // "but" whose clause's last verb before it is a past tense in -ed (no auxiliary: "had
        // welcomed ... and urged" keeps its participle) is that verb's conjunct. The clause
        // ends at a comma, a colon, a relative word or a subordinator.
        let clause_past = |i: usize| {
            let opens = |j: usize| {
                matches!(kind(j), Kind::Comma | Kind::Boundary | Kind::Relative)
                    || (kind(j) == Kind::Subordinator && words.is_subordinator(j))
            };
            let clause = || (0..i - 1).rev().take_while(|&j| !opens(j));
            // Its subject right before it, past adverbs ("I worked with ... and performed").
            let subject = |f: usize| {
                (0..f)
                    .rev()
                    .find(|&j| kind(j) != Kind::Adverb)
                    .is_some_and(|j| nominal(kind(j)))
            };
            !clause().any(|j| words.is_be(j))
                && clause()
                    .find(|&j| kind(j) == Kind::Finite || tags[j] == vbn)
                    .is_some_and(|f| tags[f] == vbd && words.can_be_past(f) && subject(f))
        };
        let by_agent = |i: usize| tags.get(i + 1).is_some_and(|_| words.is_by(i + 1));
        // Also a past tense that is never a participle, read as a noun ("gathered outside and
        // sang songs", with "sang" a noun).
        let past_noun = |i: usize| {
            words.is_past_only(i)
                && matches!(
                    kind(i),
                    Kind::Nominal | Kind::Plural | Kind::NounPart | Kind::Adverb
                )
        };
        let conjunct = (from.max(2)..tags.len()).find(|&i| {
            ((tags[i] == vbn && words.can_be_past(i)) || past_noun(i))
                && words.by_model(i)
                && kind(i - 1) == Kind::Boundary
                && words.is_coordinator(i - 1)
                && !by_agent(i)
                && clause_past(i)
        });
        if let Some(at) = conjunct {
            return Some(Retag {
                at,
                tag: vbd,
                next: None,
            });
        }
        // An adjective in -ed that WordNet knows as a past form, ending its clause ("as
        // government troops advanced.").
        // Also right after a relative clause between commas, whose antecedent is its subject
        // ("The cut, which was announced a week later, surprised most economists").
        // The relative clauses are found only for such an adjective after a comma: this runs
        // for every sentence the tagger tags.
        let after_relative = |i: usize| {
            kind(i - 1) == Kind::Comma
                && self
                    .relative_clauses(tags, words, false)
                    .iter()
                    .any(|r| r.end == i - 1)
        };
        let ed_adjective = |i: usize| {
            tags[i] == self.adjective
                && words.can_be_past(i)
                && tags.get(i + 1).is_some_and(|_| {
                    matches!(kind(i + 1), Kind::End | Kind::Comma | Kind::Boundary)
                        || after_relative(i)
                })
        };
        let retag = |at: usize, tag: u16| Retag {
            at,
            tag,
            next: None,
        };
        let subject = |i: usize| self.subject(tags, words, i);
        // "by" after `i` introduces an agent ("the value created by"), unless an amount
        // follows it before any noun ("fell by 8 percent", "rose by about a third" is missed).
        let agent_follows = |i: usize| {
            words.is_by(i + 1)
                && !(i + 2..tags.len().min(i + 6))
                    .take_while(|&j| !nominal(kind(j)))
                    .any(|j| kind(j) == Kind::Number)
        };
        // Participles, and past-only forms read as a noun, adjective or adverb ("Storm Ilsa
        // tore through", "tore" a noun), after a subject; so is a verb whose past is its base
        // form, read as a singular noun ("Judge Miriam Oduya set sentencing").
        let past_form = |i: usize| {
            tags[i] == vbn
                || (words.is_past_only(i)
                    && matches!(
                        kind(i),
                        Kind::Nominal | Kind::Plural | Kind::NounPart | Kind::Adverb
                    ))
                || (words.is_same_in_past(i) && kind(i) == Kind::Nominal)
                || ed_adjective(i)
        };
        let candidates = (from.max(1)..tags.len()).filter(|&i| {
            past_form(i) && words.by_model(i) && !agent_follows(i) && subject(i).is_some()
        });
        // A participle whose subject opens a subordinate clause with no finite verb.
        let opens_clause = |i: usize| {
            let Some(s) = subject(i) else { return false };
            let phrase_start = |s: usize| (0..s).rev().find(|&j| !phrase_word(kind(j)));
            let Some(mut start) = phrase_start(s) else {
                return false;
            };
            // The subject's own prepositional phrases ("after the worst drought in fifty years
            // destroyed"): a preposition right after a noun is inside the phrase.
            for _ in 0..3 {
                let inside = kind(start) == Kind::Subordinator
                    && !words.is_subordinator(start)
                    && start > 0
                    && nominal(kind(start - 1));
                if !inside {
                    break;
                }
                match phrase_start(start - 1) {
                    Some(j) => start = j,
                    None => return false,
                }
            }
            // A report after a comma that ends the sentence: ", the club announced."
            let tail = words.is_saying(i) && i + 2 == tags.len() && kind(i + 1) == Kind::End;
            let opener = match kind(start) {
                Kind::Subordinator => {
                    words.is_subordinator(start)
                        || (ed_adjective(i) && words.opens_adverbial(start))
                }
                Kind::Finite => words.is_saying(start),
                // ", saying engineers needed months": the -ing form of a verb of saying after
                // a comma too ("now adding GW to the list of games played" is no report).
                Kind::Other => {
                    start > 0 && kind(start - 1) == Kind::Comma && words.is_saying(start)
                }
                Kind::Comma => tail,
                _ => false,
            };
            if !opener {
                return false;
            }
            let end = (i + 1..tags.len())
                .find(|&j| {
                    matches!(
                        kind(j),
                        Kind::Boundary | Kind::Comma | Kind::End | Kind::Finite
                    ) || (kind(j) == Kind::Subordinator && words.is_subordinator(j))
                })
                .unwrap_or(tags.len());
            end == tags.len() || kind(end) != Kind::Finite
        };
        // Of the clause rule's and the sentence rules' changes, the leftmost comes first.
        let clause = candidates
            .clone()
            .find(|&i| opens_clause(i))
            .map(|i| retag(i, vbd));
        // "Its foreign ministry, in a statement issued in Ammar, accused Tarvonian troops": a
        // past form right after a prepositional phrase set off by commas after the noun phrase
        // that opens the sentence is that phrase's verb (nothing else can stand there).
        let after_phrase = (from.max(2)..tags.len()).find(|&i| {
            (past_form(i) || (tags[i] == self.adjective && words.can_be_past(i)))
                && words.by_model(i)
                && self.set_off_phrase(tags, words, i - 1).is_some()
        });
        let sentence = self.sentence_rules(tags, words, from, &candidates);
        let set_off = self.participle_set_off(tags, words, from);
        [
            clause,
            after_phrase.map(|i| retag(i, vbd)),
            sentence,
            set_off,
        ]
        .into_iter()
        .flatten()
        .min_by_key(|r| r.at)
    }

    /// "Lumora, founded in 2009 in Palo Alto, California, employs 13,000 people": a past tense
    /// right after the noun phrase that opens the sentence and its comma, with a preposition
    /// after it (adverbs between; so no object), whose clause's first finite verb comes right
    /// after a later comma with no relative word on the way, is a participle set off by commas
    /// that modifies the subject. The finite verb is the sentence's.
    fn participle_set_off(&self, tags: &[u16], words: &impl Words, from: usize) -> Option<Retag> {
        let (vbn, vbd) = self.past?;
        let kind = |i: usize| self.kinds[tags[i] as usize];
        let comma = (0..tags.len()).find(|&k| kind(k) == Kind::Comma)?;
        let at = comma + 1;
        let opening = comma > 0
            && (0..comma).all(|j| phrase_word(kind(j)))
            && (0..comma).any(|j| nominal(kind(j)));
        if at < from || !opening || tags.get(at) != Some(&vbd) || !words.by_model(at) {
            return None;
        }
        // A preposition after it, past adverbs ("published late on Wednesday").
        let next = (at + 1..tags.len()).find(|&k| kind(k) != Kind::Adverb)?;
        if kind(next) != Kind::Subordinator || words.is_subordinator(next) {
            return None;
        }
        let verb = (at + 1..tags.len()).find(|&k| kind(k) == Kind::Finite)?;
        let clear = (at + 1..verb).all(|k| kind(k) != Kind::Relative);
        let before = (at + 1..verb).rev().find(|&k| kind(k) != Kind::Adverb);
        let after_comma = before.is_some_and(|k| kind(k) == Kind::Comma);
        (clear && after_comma).then_some(Retag {
            at,
            tag: vbn,
            next: None,
        })
    }

    /// The sentence rules of [`FiniteRule::pick`]: a present tense, else a past tense, for a
    /// sentence whose main clause has no finite verb. `candidates` are the participles after a
    /// subject.
    fn sentence_rules(
        &self,
        tags: &[u16],
        words: &impl Words,
        from: usize,
        candidates: &(impl Iterator<Item = usize> + Clone),
    ) -> Option<Retag> {
        let (_, vbd) = self.past?;
        let kind = |i: usize| self.kinds[tags[i] as usize];
        let ends = tags.len() >= 4 && kind(tags.len() - 1) == Kind::End;
        if !ends {
            return None;
        }
        // A relative clause between commas has its own finite verb ("Doctor Amina Sule, who
        // leads the campaign, blamed ...").
        // One that ends the sentence counts only for an adjective in -ed read as the verb: the
        // treebanks' fragments without a verb ("the release of OBSF designed functionality,
        // which compounded the problem.") lose a participle otherwise.
        let adjective = candidates.clone().any(|i| tags[i] == self.adjective);
        let mut relatives = self.relative_clauses(tags, words, adjective);
        // So does a restrictive one ("Patients whose operations had been postponed expressed
        // frustration"); the participle after it is the main clause's verb.
        let restrictive: Vec<_> = (1..tags.len())
            .filter_map(|r| Some(r..self.restrictive_end(tags, words, r)?))
            .collect();
        relatives.extend(restrictive.iter().cloned());
        // An adverbial clause that opens the sentence is no main clause either: "After the
        // verdict was announced, several hundred farmers gathered outside" needs a verb after
        // its comma.
        if kind(0) == Kind::Subordinator && words.opens_adverbial(0) {
            let close = (1..tags.len()).find(|&c| kind(c) == Kind::Comma);
            // Its one finite verb ("If you get caught and are late they make you re-schedule
            // ..." runs on past its clause).
            let one_finite = |c: usize| (1..c).filter(|&i| kind(i) == Kind::Finite).count() == 1;
            if let Some(c) = close.filter(|&c| one_finite(c)) {
                relatives.push(0..c);
            }
        }
        let finite_in = |r: std::ops::Range<usize>| {
            r.into_iter()
                .any(|i| kind(i) == Kind::Finite && !relatives.iter().any(|rel| rel.contains(&i)))
        };
        // A base form right after a plural subject, with no "to" before it, is a present tense
        // ("Entrepreneurs frequently face the challenge", "You also find crabs").
        if let Some((vb, vbp)) = self.present.filter(|_| !finite_in(0..tags.len())) {
            let plural = |j: usize| kind(j) == Kind::Plural || words.is_plural_pronoun(j);
            // Also a base form read as a noun right after a relative clause between commas
            // ("About 2,300 employees, many of whom are based at the airport, face losing").
            let noun_verb = |i: usize| {
                self.singular == Some(tags[i])
                    && kind(i - 1) == Kind::Comma
                    && words.can_be_verb_base(i)
                    && tags.get(i + 1).is_some_and(|_| {
                        !matches!(kind(i + 1), Kind::Comma | Kind::Boundary | Kind::End)
                    })
                    && relatives.iter().any(|r| r.end == i - 1)
            };
            let present = (from.max(1)..tags.len()).find(|&i| {
                (tags[i] == vb || noun_verb(i))
                    && words.by_model(i)
                    && self.subject(tags, words, i).is_some_and(plural)
                    && !(0..i).any(|j| kind(j) == Kind::To)
            });
            if let Some(i) = present {
                return Some(Retag {
                    at: i,
                    tag: vbp,
                    next: None,
                });
            }
        }
        // The main clause ends where an adverbial clause with a subject and a finite verb of its
        // own begins: "The crowd cheered as the president arrived." needs a verb before "as".
        // The first word after a noun phrase that starts at `a`, if the phrase has a word.
        // A participle between a determiner and the rest of the phrase is part of it ("after a
        // leaked internal memo suggested").
        let participle_inside = |k: usize| {
            Some(tags[k]) == self.past.map(|p| p.0)
                && kind(k - 1) == Kind::NounPart
                && tags.get(k + 1).is_some_and(|_| phrase_word(kind(k + 1)))
        };
        let after_phrase = |a: usize| {
            (a..tags.len())
                .find(|&k| !(phrase_word(kind(k)) || (k > a && participle_inside(k))))
                .filter(|&k| k > a)
        };
        let adverbial = |a: usize| {
            kind(a) == Kind::Subordinator
                && words.opens_adverbial(a)
                && after_phrase(a + 1).is_some_and(|k| kind(k) == Kind::Finite)
        };
        // So does a clause coordinated after a comma ("destroyed 200 homes, and firefighters
        // were battling the flames") with a subject and a finite verb of its own, and a report
        // that ends the sentence (", the statistics office reported.").
        let coordinated = |a: usize| {
            kind(a) == Kind::Comma
                && tags
                    .get(a + 1)
                    .is_some_and(|_| kind(a + 1) == Kind::Boundary)
                && after_phrase(a + 2).is_some_and(|k| kind(k) == Kind::Finite)
        };
        let report = |a: usize| {
            kind(a) == Kind::Comma && {
                // The report may go on to its last word with what it says to whom and where
                // (", his lawyer told reporters outside the court."), but opens no clause.
                after_phrase(a + 1).is_some_and(|k| {
                    words.is_saying(k)
                        && (k + 1..tags.len() - 1).all(|j| {
                            let clause = kind(j) == Kind::Subordinator && words.is_subordinator(j);
                            let ends =
                                matches!(kind(j), Kind::Finite | Kind::Comma | Kind::Boundary);
                            !clause && !ends
                        })
                })
            }
        };
        let main = (1..tags.len())
            .find(|&a| adverbial(a) || coordinated(a) || report(a))
            .unwrap_or(tags.len());
        let imperative =
            (0..main).any(|i| kind(i) == Kind::Base && (i == 0 || kind(i - 1) != Kind::To));
        if imperative {
            return None;
        }
        // A verb in -s read as a plural noun after a singular subject set off by commas
        // ("Ekberg, who denied the charges, plans to appeal") or right before "to" ("The
        // government plans to cut taxes."), in a main clause with no finite verb.
        let plural_verb = !finite_in(0..main) && restrictive.iter().all(|r| r.end >= main);
        if let Some((vbz, nns)) = self.noun.filter(|_| plural_verb) {
            let verb = (from.max(1)..main.min(tags.len() - 1)).find(|&i| {
                tags[i] == nns
                    && words.by_model(i)
                    && words.can_be_verb_s(i)
                    // Not an item of a list ("orange vodka, bitters, and ...").
                    && !matches!(kind(i + 1), Kind::Comma | Kind::Boundary | Kind::End)
                    && self
                        .subject(tags, words, i)
                        .is_some_and(|s| {
                            // Right after its subject only when that opens the sentence ("The
                            // government plans to ...", not "members of school boards to act").
                            let opens = (0..s).all(|j| {
                                nominal(kind(j)) || matches!(kind(j), Kind::NounPart)
                            });
                            kind(s) == Kind::Nominal
                                && (s + 1 < i || (opens && kind(i + 1) == Kind::To))
                        })
            });
            if let Some(at) = verb {
                return Some(Retag {
                    at,
                    tag: vbz,
                    next: None,
                });
            }
        }
        // A participle whose clause's first finite verb is its conjunct ("The rocket lifted off
        // at dawn and placed the probe in orbit."): a coordinator right before that verb, and
        // no finite verb before the participle.
        // The participle after a restrictive relative clause comes first: the participles
        // before it modify nouns ("Weapons made of obsidian, ... and beans that were whipped
        // into a drink formed the basis").
        let first = restrictive
            .iter()
            .map(|r| r.end)
            .filter(|&i| i >= from && i < main)
            .min()
            .or_else(|| candidates.clone().filter(|&i| i < main).min());
        let coordinated = first.filter(|&i| {
            !finite_in(0..i)
                && (i + 1..main)
                    .find(|&k| kind(k) == Kind::Finite)
                    .is_some_and(|k| kind(k - 1) == Kind::Boundary && words.is_coordinator(k - 1))
        });
        if finite_in(0..main) && coordinated.is_none() {
            return None;
        }
        first.map(|at| Retag {
            at,
            tag: vbd,
            next: None,
        })
    }

    /// The relative clauses set off by commas: from the relative word after a comma up to (not
    /// including) the next comma, or with `to_end` the sentence-final punctuation.
    fn relative_clauses(
        &self,
        tags: &[u16],
        words: &impl Words,
        to_end: bool,
    ) -> Vec<std::ops::Range<usize>> {
        let kind = |i: usize| self.kinds[tags[i] as usize];
        let mut out = Vec::new();
        for c in 1..tags.len().saturating_sub(1) {
            if kind(c) == Kind::Comma && self.opens_relative(tags, words, c) {
                // Or, with `to_end`, at the sentence's end ("surprised economists, who had
                // expected ...").
                let close = (c + 2..tags.len())
                    .find(|&k| kind(k) == Kind::Comma || (to_end && kind(k) == Kind::End));
                if let Some(close) = close {
                    out.push(c + 1..close);
                }
            }
        }
        out
    }

    /// Comma `c` opens a relative clause: a relative word follows it ("Sule, who leads"), or
    /// "where" after a noun ("villages in the province, where an earthquake killed 312
    /// people,"), or a word, "of" and a relative word ("employees, many of whom are based",
    /// "two of which").
    fn opens_relative(&self, tags: &[u16], words: &impl Words, c: usize) -> bool {
        let kind = |i: usize| self.kinds[tags[i] as usize];
        let relative =
            |i: usize| i < tags.len() && kind(i) == Kind::Relative && words.is_relative(i);
        relative(c + 1)
            || (c + 1 < tags.len()
                && kind(c + 1) == Kind::Subordinator
                && words.is_where(c + 1)
                && nominal(kind(c - 1)))
            || (c + 3 < tags.len()
                && kind(c + 1) != Kind::Comma
                && words.is_of(c + 2)
                && relative(c + 3))
    }

    /// The end of a restrictive relative clause that opens at word `r` ("Patients whose
    /// operations had been postponed expressed frustration", "Farmers who lost their crops
    /// received aid"): the participle the model chose after the clause's finite verb that can
    /// be a past tense, with a verb or noun right before it and no agent "by" after it. That
    /// participle is the main clause's verb when the main clause has no other; the clause has
    /// no comma, colon, coordinator or subordinator, and ends within twelve words.
    fn restrictive_end(&self, tags: &[u16], words: &impl Words, r: usize) -> Option<usize> {
        let (vbn, vbd) = self.past?;
        let kind = |i: usize| self.kinds[tags[i] as usize];
        let relative = r >= 1
            && kind(r) == Kind::Relative
            && (words.is_relative(r) || words.is_that(r))
            && nominal(kind(r - 1));
        if !relative {
            return None;
        }
        // The clause's subject, if not the relative word ("whose operations", "which crews"),
        // and adverbs.
        let mut j = r + 1;
        while j < tags.len() && (phrase_word(kind(j)) || kind(j) == Kind::Adverb) {
            j += 1;
        }
        if j >= tags.len() || kind(j) != Kind::Finite {
            return None;
        }
        (j + 1..tags.len().min(r + 13))
            .take_while(|&k| {
                let closes = matches!(
                    kind(k),
                    Kind::Comma | Kind::Boundary | Kind::End | Kind::Relative
                ) || (kind(k) == Kind::Subordinator && words.is_subordinator(k));
                !closes
            })
            .find(|&k| {
                // Not the clause's own participle after "been" or "had".
                let verb = (tags[k - 1] == vbn || tags[k - 1] == vbd)
                    && !words.is_be(k - 1)
                    && !words.is_have(k - 1);
                let before = verb || nominal(kind(k - 1));
                tags[k] == vbn
                    && words.by_model(k)
                    && words.can_be_past(k)
                    && before
                    && !tags.get(k + 1).is_some_and(|_| words.is_by(k + 1))
            })
    }

    /// "Its foreign ministry, in a statement issued in Ammar, accused": when comma `j` closes a
    /// prepositional phrase set off by commas right after the noun phrase that opens the
    /// sentence, that noun phrase's last word (its subject).
    fn set_off_phrase(&self, tags: &[u16], words: &impl Words, j: usize) -> Option<usize> {
        let kind = |i: usize| self.kinds[tags[i] as usize];
        if kind(j) != Kind::Comma {
            return None;
        }
        let c = (0..j).rev().find(|&c| kind(c) == Kind::Comma)?;
        let phrase = c > 0
            && c + 2 < j
            && kind(c + 1) == Kind::Subordinator
            && !words.is_subordinator(c + 1)
            && nominal(kind(c - 1))
            && (0..c).all(|k| phrase_word(kind(k)));
        phrase.then(|| c - 1)
    }

    /// The word before `i` that is not an adverb, if it can be a subject; the antecedent of a
    /// relative clause between commas before `i`; or the end of an apposition between commas
    /// before `i`.
    fn subject(&self, tags: &[u16], words: &impl Words, i: usize) -> Option<usize> {
        let kind = |i: usize| self.kinds[tags[i] as usize];
        // The end of a restrictive relative clause: its antecedent ("Patients whose operations
        // had been postponed expressed").
        let restrictive = (i.saturating_sub(12)..i)
            .find(|&r| self.restrictive_end(tags, words, r) == Some(i))
            .map(|r| r - 1);
        if restrictive.is_some() {
            return restrictive;
        }
        let j = (0..i).rev().find(|&j| kind(j) != Kind::Adverb)?;
        if nominal(kind(j)) {
            return Some(j);
        }
        // The end of a relative clause between commas: its antecedent ("Doctor Amina Sule, who
        // leads the campaign, blamed").
        if kind(j) == Kind::Comma {
            let opening = (0..j).rev().find(|&c| kind(c) == Kind::Comma);
            let relative = opening.filter(|&c| c + 1 < j && self.opens_relative(tags, words, c));
            let antecedent = relative
                .and_then(|c| c.checked_sub(1))
                .filter(|&a| nominal(kind(a)));
            if antecedent.is_some() {
                return antecedent;
            }
        }
        if let Some(s) = self.set_off_phrase(tags, words, j) {
            return Some(s);
        }
        // The end of an apposition between commas ("The chief, Pavel Novak, apologised").
        let appositive = kind(j) == Kind::Comma
            && j >= 2
            && nominal(kind(j - 1))
            && (j.saturating_sub(8)..j - 1).any(|k| kind(k) == Kind::Comma);
        appositive.then(|| j - 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TAGS: &[&str] = &[
        "VBN", "VBD", "NN", "NNP", "PRP", "DT", "JJ", "CD", ".", ",", "RB", "IN", "VB", "TO",
        "VBZ", "MD", "CC", "NNS", "VBP", "WP", "PRP$", "WDT", "POS", "WP$", "VBG", "WRB",
    ];

    use crate::annotate::pos::testing::{parse, tag_set};

    fn rule() -> FiniteRule {
        FiniteRule::new(&tag_set(TAGS))
    }

    /// The word picked and its new tag (and the next word's, after a `+`).
    fn pick(tagged: &str, from: usize) -> Option<(usize, String)> {
        let (sentence, tags) = parse(tagged, TAGS);
        rule().pick(&tags, &sentence, from).map(|r| {
            let next = r
                .next
                .map_or(String::new(), |t| format!("+{}", TAGS[t as usize]));
            (r.at, format!("{}{next}", TAGS[r.tag as usize]))
        })
    }

    /// Each sentence's pick from its start against the expected word and tag(s).
    fn check(cases: &[(&str, Option<(usize, &str)>)]) {
        for &(s, want) in cases {
            let got = pick(s, 0);
            assert_eq!(got.as_ref().map(|(i, t)| (*i, t.as_str())), want, "{s}");
        }
    }

    #[test]
    fn a_sentence_without_a_finite_verb_gets_its_first_participle_after_a_subject() {
        let cases: &[(&str, Option<(usize, &str)>)] = &[
            ("The/DT board/NN named/VBN Nair/NNP ./.", Some((2, "VBD"))),
            ("He/PRP later/RB expanded/VBN it/PRP ./.", Some((2, "VBD"))),
            // Past forms read as something else: "tore" as a noun, "advanced" as an adjective
            // that ends an adverbial clause (also after "as"), not one before its noun.
            (
                "Storm/NN Ilsa/NNP tore/NN through/IN towns/NNS ./.",
                Some((2, "VBD")),
            ),
            (
                "Rebels/NNS fled/VBD as/IN troops/NNS advanced/JJ ./.",
                Some((4, "VBD")),
            ),
            (
                "Rebels/NNS fled/VBD as/IN troops/NNS advanced/JJ far/RB ./.",
                None,
            ),
            // Right after a relative clause between commas; the relative clause that ends the
            // sentence has its own verb, but only an adjective read as the verb counts it.
            (
                "The/DT cut/NN ,/, which/WDT was/VBD announced/VBN ,/, surprised/JJ \
                 economists/NNS ,/, who/WP had/VBD expected/VBN it/PRP ./.",
                Some((7, "VBD")),
            ),
            (
                "The/DT cut/NN ,/, which/WDT was/VBD announced/VBN ,/, surprised/JJ \
                 economists/NNS ./.",
                Some((7, "VBD")),
            ),
            (
                "The/DT cut/NN ,/, surprised/JJ economists/NNS ,/, who/WP had/VBD \
                 expected/VBN it/PRP ./.",
                None,
            ),
            (
                "The/DT release/NN of/IN OBSF/NNP designed/VBN tools/NNS ,/, which/WDT \
                 compounded/VBD it/PRP ./.",
                None,
            ),
            // A participle coordinated with the clause's first finite verb.
            (
                "The/DT rocket/NN lifted/VBN off/RB and/CC placed/VBD it/PRP ./.",
                Some((2, "VBD")),
            ),
            (
                "We/PRP saw/VBD the/DT rocket/NN lifted/VBN off/RB and/CC cheered/VBD ./.",
                None,
            ),
            // An adverbial clause that opens the sentence is no main clause, when it has one
            // finite verb and a comma closes it.
            (
                "After/IN the/DT verdict/NN was/VBD announced/VBN ,/, farmers/NNS gathered/VBN outside/RB ./.",
                Some((7, "VBD")),
            ),
            (
                "After/IN the/DT verdict/NN was/VBD announced/VBN farmers/NNS gathered/VBN outside/RB ./.",
                None,
            ),
            // A clause reported by the -ing form of a verb of saying, after a comma.
            (
                "It/PRP ended/VBD ,/, saying/VBG engineers/NNS needed/VBN months/NNS ./.",
                Some((5, "VBD")),
            ),
            (
                "We/PRP kept/VBD saying/VBG engineers/NNS needed/VBN here/RB were/VBD late/RB ./.",
                None,
            ),
            // The subject's own prepositional phrase inside a subordinate clause.
            (
                "It/PRP ended/VBD after/IN the/DT drought/NN in/IN May/NNP destroyed/VBN crops/NNS ./.",
                Some((7, "VBD")),
            ),
            // A relative clause between commas has its own finite verb; the participle after
            // it follows the antecedent. Not after "what", which opens no relative clause.
            (
                "Sule/NNP ,/, who/WP leads/VBZ the/DT campaign/NN ,/, blamed/VBN rumours/NNS ./.",
                Some((7, "VBD")),
            ),
            (
                "Sule/NNP ,/, what/WP leads/VBZ the/DT campaign/NN ,/, blamed/VBN rumours/NNS ./.",
                None,
            ),
            // So has a "where" clause after a noun, between commas.
            (
                "Teams/NNS struggled/VBN to/TO reach/VB villages/NNS ,/, where/WRB a/DT quake/NN killed/VBD people/NNS ,/, officials/NNS said/VBD ./.",
                Some((1, "VBD")),
            ),
            (
                "Teams/NNS struggled/VBN to/TO go/VB there/RB ,/, where/WRB a/DT quake/NN killed/VBD people/NNS ,/, officials/NNS said/VBD ./.",
                None,
            ),
            (
                "Shares/NNS fell/VBN by/IN 8/CD percent/NN ./.",
                Some((1, "VBD")),
            ),
            (
                "The/DT theory/NN evolved/VBN into/IN a/DT theory/NN called/VBN Frames/NNP ./.",
                Some((2, "VBD")),
            ),
            // The end of an apposition between commas; a comma alone is no subject.
            (
                "Waters/NNP ,/, director/NN of/IN the/DT gallery/NN ,/, expressed/VBN it/PRP ./.",
                Some((7, "VBD")),
            ),
            (
                "Such/JJ arguments/NNS ,/, long/RB known/VBN to/IN Luther/NNP ,/, impressed/VBN him/PRP ./.",
                Some((8, "VBD")),
            ),
            // The main clause ends where an adverbial clause with its own finite verb begins;
            // "since" opens none, and the adverbial clause's verb must follow a subject.
            (
                "The/DT crowd/NN cheered/VBN as/IN the/DT president/NN arrived/VBD ./.",
                Some((2, "VBD")),
            ),
            (
                "The/DT time/NN elapsed/VBN since/IN he/PRP left/VBD is/VBZ shown/VBN ./.",
                None,
            ),
            ("The/DT crowd/NN cheered/VBN as/IN arrived/VBD ./.", None),
            // The adverbial clause's subject may have a participle inside ("a leaked memo"),
            // not one that opens it or ends it.
            (
                "Smith/NNP ,/, the/DT governor/NN ,/, resigned/VBN days/NNS after/IN a/DT \
                 leaked/VBN internal/JJ memo/NN suggested/VBD it/PRP ./.",
                Some((5, "VBD")),
            ),
            (
                "Smith/NNP ,/, the/DT governor/NN ,/, resigned/VBN days/NNS after/IN \
                 leaked/VBN memos/NNS suggested/VBD it/PRP ./.",
                None,
            ),
            (
                "Smith/NNP ,/, the/DT governor/NN ,/, resigned/VBN days/NNS after/IN the/DT \
                 memo/NN leaked/VBN suggested/VBD it/PRP ./.",
                None,
            ),
            (
                "The/DT crowd/NN cheered/VBN as/IN the/DT president/NN arrived/VBD and/CC waved/VBD ./.",
                Some((2, "VBD")),
            ),
            // An agent after "by".
            ("The/DT value/NN created/VBN by/IN the/DT team/NN ./.", None),
            // No subject right before: "Posted by", a participle as an adjective.
            ("Posted/VBN at/IN noon/NN today/NN ./.", None),
            ("See/VB the/DT attached/VBN file/NN ./.", None),
            (
                "Use/VB the/DT sheet/NN with/IN the/DT molded/VBN holes/NN ./.",
                None,
            ),
            // An imperative; but an infinitive is no imperative.
            (
                "Get/VB your/DT chickens/NN used/VBN to/IN humans/NN ./.",
                None,
            ),
            (
                "Builders/NN constructed/VBN homes/NN to/TO house/VB families/NN ./.",
                Some((1, "VBD")),
            ),
            // A finite verb or modal elsewhere.
            ("The/DT file/NN attached/VBN is/VBZ here/RB ./.", None),
            ("The/DT men/NN arrested/VBN will/MD talk/VB ./.", None),
            // No sentence-final punctuation (a headline), or too short.
            ("Seekers/NN rescued/VBN off/IN coast/NN", None),
            ("Site/NN made/VBN ./.", None),
            // The tag dictionary's choice stands.
            ("The/DT board/NN named/VBN* Nair/NNP ./.", None),
        ];
        check(cases);
    }

    #[test]
    fn a_past_form_after_a_phrase_set_off_by_commas_after_the_subject_is_its_verb() {
        check(&[
            (
                "Its/PRP$ ministry/NN ,/, in/IN a/DT statement/NN issued/VBD there/RB ,/, \
                 accused/JJ troops/NNS and/CC said/VBD it/PRP ./.",
                Some((9, "VBD")),
            ),
            (
                "The/DT ministry/NN ,/, in/IN a/DT statement/NN ,/, accused/VBN \
                 troops/NNS and/CC said/VBD it/PRP ./.",
                Some((7, "VBD")),
            ),
            // Not after a clause's subordinator, nor when a verb comes before the phrase, nor
            // without the phrase's closing comma.
            (
                "The/DT ministry/NN ,/, because/IN of/IN it/PRP ,/, accused/JJ troops/NNS \
                 and/CC said/VBD it/PRP ./.",
                None,
            ),
            (
                "He/PRP said/VBD ,/, in/IN a/DT statement/NN ,/, accused/JJ troops/NNS \
                 were/VBD there/RB ./.",
                None,
            ),
            (
                "The/DT ministry/NN ,/, in/IN a/DT statement/NN accused/JJ troops/NNS \
                 and/CC said/VBD it/PRP ./.",
                None,
            ),
        ]);
    }

    #[test]
    fn a_past_tense_set_off_by_commas_after_the_subject_is_a_participle() {
        check(&[
            (
                "Lumora/NNP ,/, founded/VBD in/IN 2009/CD ,/, employs/VBZ staff/NNS ./.",
                Some((2, "VBN")),
            ),
            (
                "The/DT pardon/NN ,/, published/VBD late/RB on/IN Monday/NNP ,/, \
                 freed/VBD him/PRP ./.",
                Some((3, "VBN")),
            ),
            // No finite verb after a comma: the past tense is the verb.
            ("Lumora/NNP ,/, founded/VBD in/IN 2009/CD ./.", None),
            (
                "Lumora/NNP ,/, founded/VBD in/IN 2009/CD and/CC employs/VBZ staff/NNS ./.",
                None,
            ),
            // An object after it, or no noun phrase before the comma.
            (
                "Lumora/NNP ,/, founded/VBD it/PRP ,/, employs/VBZ staff/NNS ./.",
                None,
            ),
            (
                "Later/RB ,/, Lumora/NNP moved/VBD to/IN Oslo/NNP ,/, where/WRB \
                 it/PRP employs/VBZ staff/NNS ./.",
                None,
            ),
            // The finite verb of a relative clause is not the sentence's.
            (
                "Lumora/NNP ,/, founded/VBD in/IN Oslo/NNP ,/, which/WDT ,/, \
                 has/VBZ staff/NNS ./.",
                None,
            ),
        ]);
    }

    #[test]
    fn the_participle_after_a_restrictive_relative_clause_is_the_main_verb() {
        check(&[
            (
                "Patients/NNS whose/WP$ operations/NNS had/VBD been/VBN postponed/VBN \
                 expressed/VBN anger/NN ./.",
                Some((6, "VBD")),
            ),
            (
                "Farmers/NNS who/WP lost/VBD crops/NNS received/VBN aid/NN ./.",
                Some((4, "VBD")),
            ),
            (
                "Firms/NNS that/WDT were/VBD fined/VBN appealed/VBN ./.",
                Some((4, "VBD")),
            ),
            // It comes before participles that modify nouns earlier in the sentence.
            (
                "Tools/NNS made/VBN of/IN iron/NN ,/, and/CC beans/NNS that/WDT were/VBD \
                 whipped/VBN into/IN drinks/NNS formed/VBN the/DT basis/NN ./.",
                Some((12, "VBD")),
            ),
            // Not the clause's own participle after "had" or "been", nor one before an agent;
            // nothing when the main clause has its own finite verb.
            ("Men/NNS who/WP had/VBD arrested/VBN him/PRP ./.", None),
            (
                "Men/NNS who/WP were/VBD hurt/VBD guarded/VBN by/IN police/NNS ./.",
                None,
            ),
            (
                "Men/NNS who/WP were/VBD seen/VBN injured/VBN died/VBD ./.",
                None,
            ),
            // A comma ends the clause.
            ("Men/NNS who/WP were/VBD hurt/VBN ,/, injured/VBN ./.", None),
        ]);
    }

    #[test]
    fn a_subordinate_clause_without_a_finite_verb_gets_one() {
        let cases: &[(&str, Option<(usize, &str)>)] = &[
            (
                "Researchers/NN found/VBD that/IN the/DT drug/NN reduced/VBN deaths/NN ./.",
                Some((5, "VBD")),
            ),
            (
                "Prices/NN rose/VBD after/IN the/DT central/JJ bank/NN raised/VBN rates/NN ./.",
                Some((6, "VBD")),
            ),
            // A verb of saying opens a clause without "that".
            (
                "Traders/NNS said/VBD wheat/NN prices/NNS rose/VBN by/IN 3/CD percent/NN ./.",
                Some((4, "VBD")),
            ),
            (
                "He/PRP said/VBD the/DT men/NNS arrested/VBN were/VBD freed/VBN ./.",
                None,
            ),
            // A report after a comma at the end of the sentence, not any participle there.
            (
                "Fans/NNS gathered/VBD ,/, the/DT club/NN announced/VBN ./.",
                Some((5, "VBD")),
            ),
            (
                "Fans/NNS gathered/VBD ,/, the/DT club/NN closed/VBN ./.",
                None,
            ),
            // The clause has its finite verb: a reduced relative.
            (
                "He/PRP said/VBD that/IN the/DT man/NN arrested/VBN today/NN was/VBZ freed/VBN ./.",
                None,
            ),
            // "as" opens too many noun phrases ("such as the method adopted in 2005").
            (
                "He/PRP left/VBD as/IN the/DT troops/NN advanced/VBN ./.",
                None,
            ),
            // Not a subordinator.
            (
                "He/PRP spoke/VBD with/IN the/DT troops/NN stationed/VBN there/RB ./.",
                None,
            ),
            // A clause ends at a comma; this one has no sentence-final punctuation.
            (
                "She/PRP left/VBD because/IN the/DT talks/NN stalled/VBN ,/, and/CC he/PRP stayed/VBD",
                Some((5, "VBD")),
            ),
        ];
        check(cases);
    }

    #[test]
    fn a_verb_the_same_in_the_past_read_as_a_noun_after_a_subject_is_past_tense() {
        let cases: &[(&str, Option<(usize, &str)>)] = &[
            (
                "Judge/NNP Oduya/NNP set/NN sentencing/NN for/IN May/NNP ./.",
                Some((2, "VBD")),
            ),
            // A finite verb elsewhere: the noun stays ("The price cut helped sales.").
            ("The/DT price/NN cut/NN helped/VBD sales/NNS ./.", None),
            // Not a headline without final punctuation.
            ("Judge/NNP Oduya/NNP set/NN sentencing/NN", None),
        ];
        check(cases);
    }

    #[test]
    fn a_participle_after_and_or_but_that_follows_a_past_tense_is_its_conjunct() {
        let cases: &[(&str, Option<(usize, &str)>)] = &[
            (
                "Experts/NNS welcomed/VBD the/DT findings/NNS but/CC urged/VBN caution/NN ./.",
                Some((5, "VBD")),
            ),
            (
                "I/PRP worked/VBD with/IN musicians/NNS and/CC performed/VBN there/RB ./.",
                Some((5, "VBD")),
            ),
            // A past tense that is never a participle, read as a noun.
            (
                "Farmers/NNS gathered/VBD outside/RB and/CC sang/NN songs/NNS ./.",
                Some((4, "VBD")),
            ),
            // An auxiliary governs both ("had welcomed ... and urged"), or "be" is in the clause.
            (
                "Experts/NNS had/VBD welcomed/VBN it/PRP but/CC urged/VBN caution/NN ./.",
                None,
            ),
            (
                "Hopes/NNS are/VBP exceeded/VBD or/CC confirmed/VBN ./.",
                None,
            ),
            // The past tense has no subject before it ("Lectures , delivered ... and
            // published"), or the participle is an agent's ("and praised by critics").
            (
                "Lectures/NNS ,/, delivered/VBD in/IN 1971/CD and/CC published/VBN ./.",
                None,
            ),
            (
                "Experts/NNS welcomed/VBD it/PRP and/CC praised/VBN by/IN critics/NNS ./.",
                None,
            ),
        ];
        check(cases);
    }

    #[test]
    fn a_base_form_after_a_plural_subject_is_a_present_tense() {
        let cases: &[(&str, Option<(usize, &str)>)] = &[
            (
                "Entrepreneurs/NNS often/RB face/VB the/DT challenge/NN ./.",
                Some((2, "VBP")),
            ),
            (
                "You/PRP also/RB find/VB crabs/NNS there/RB ./.",
                Some((2, "VBP")),
            ),
            // A base form read as a noun right after a relative clause between commas, also
            // one that opens with "many of whom"; not a noun that ends a list or the sentence.
            (
                "Employees/NNS ,/, many/JJ of/IN whom/WP are/VBP based/VBN here/RB ,/, face/NN layoffs/NNS ./.",
                Some((9, "VBP")),
            ),
            (
                "Employees/NNS ,/, who/WP are/VBP based/VBN here/RB ,/, fear/NN layoffs/NNS ./.",
                Some((7, "VBP")),
            ),
            (
                "Employees/NNS ,/, many/JJ of/IN whom/WP are/VBP based/VBN here/RB ,/, face/NN ./.",
                None,
            ),
            (
                "Employees/NNS ,/, many/JJ of/IN them/PRP here/RB ,/, face/NN layoffs/NNS ./.",
                None,
            ),
            (
                "The/DT employee/NN ,/, who/WP is/VBZ based/VBN here/RB ,/, fear/NN layoffs/NNS ./.",
                None,
            ),
            // Not after a singular subject, an infinitive or a modal; not in a headline.
            ("The/DT company/NN face/VB the/DT challenge/NN ./.", None),
            ("Plans/NNS to/TO face/VB the/DT challenge/NN ./.", None),
            ("They/PRP will/MD face/VB the/DT challenge/NN ./.", None),
            ("They/PRP face/VB the/DT challenge/NN", None),
            // A present tense first, then no past tense is needed.
            (
                "Officials/NNS say/VB the/DT damage/NN caused/VBN delays/NNS ./.",
                Some((1, "VBP")),
            ),
        ];
        check(cases);
    }

    #[test]
    fn a_verb_in_s_before_a_past_that_takes_no_object_is_a_plural_noun() {
        let cases: &[(&str, Option<(usize, &str)>)] = &[
            (
                "The/DT company/NN said/VBD warranty/NN costs/VBZ rose/VBN by/IN 12/CD percent/NN ./.",
                Some((4, "NNS+VBD")),
            ),
            (
                "Repair/NN costs/VBZ fell/VBD sharply/RB ./.",
                Some((1, "NNS+VBD")),
            ),
            // Not before a verb that takes an object, nor without a noun before.
            ("Hamas/NNP remains/VBZ targeted/VBN ./.", None),
            ("It/PRP costs/VBZ climbed/VBN ./.", None),
            // A plural noun after a singular one, before "that" and a subject, is a verb in
            // -s; not before "that" and a verb (a relative clause).
            (
                "The/DT ministry/NN estimates/NNS that/IN output/NN will/MD fall/VB ./.",
                Some((2, "VBZ")),
            ),
            ("cacao/NN beans/NNS that/IN were/VBD whipped/VBN ./.", None),
            // After a singular subject set off by commas, or right after one that opens the
            // sentence, before "to"; not inside a phrase, nor as an item of a list.
            (
                "The/DT government/NN plans/NNS to/TO cut/VB taxes/NNS ./.",
                Some((2, "VBZ")),
            ),
            (
                "Ekberg/NNP ,/, who/WP denied/VBD it/PRP ,/, plans/NNS to/TO appeal/VB ./.",
                Some((6, "VBZ")),
            ),
            (
                "members/NNS of/IN school/NN boards/NNS to/TO act/VB ./.",
                None,
            ),
            // A closing report may name whom it told; one that opens a clause ("said that
            // ...") is the main clause.
            (
                "Ekberg/NNP plans/NNS to/TO appeal/VB ,/, his/PRP$ lawyer/NN told/VBD reporters/NNS ./.",
                Some((1, "VBZ")),
            ),
            (
                "Ekberg/NNP plans/NNS to/TO appeal/VB ,/, his/PRP$ lawyer/NN said/VBD that/IN it/PRP failed/VBD ./.",
                None,
            ),
            ("vodka/NN ,/, bitters/NNS ,/, and/CC flakes/NNS ./.", None),
            // Before a number, after a singular noun that opens a clause with a determiner or
            // possessive; not inside a phrase, nor before a preposition.
            (
                "His/PRP$ family/NN controls/NNS about/RB 35/CD percent/NN ./.",
                Some((2, "VBZ")),
            ),
            (
                "near/IN KPA/NNP civil/JJ police/NN posts/NNS 542/CD ./.",
                None,
            ),
            (
                "the/DT team/NN members/NNS in/IN 2019/CD were/VBD ./.",
                None,
            ),
            (
                "The/DT board/NN thanks/NNS Martin/NNP ./.",
                Some((2, "VBZ")),
            ),
            (
                "The/DT club/NN owns/NNS the/DT ground/NN ./.",
                Some((2, "VBZ")),
            ),
            (
                "the/DT team/NN members/NNS '/POS salaries/NNS rose/VBD ./.",
                None,
            ),
            // After a relative clause or apposition between commas whose singular antecedent
            // opens a reported clause; not after a plural one, nor outside a reported clause.
            (
                "She/PRP said/VBD the/DT monitor/NN ,/, who/WP will/MD report/VB to/TO it/PRP ,/, starts/NNS in/IN May/NNP ./.",
                Some((11, "VBZ")),
            ),
            (
                "She/PRP said/VBD that/IN the/DT chief/NN ,/, Pavel/NNP Novak/NNP ,/, plans/NNS to/TO go/VB ./.",
                Some((9, "VBZ")),
            ),
            (
                "She/PRP said/VBD the/DT players/NNS ,/, who/WP won/VBD ,/, coaches/NNS in/IN May/NNP ./.",
                None,
            ),
            (
                "She/PRP visited/VBD the/DT site/NN ,/, which/WDT closed/VBD ,/, talks/NNS in/IN May/NNP ./.",
                None,
            ),
            // "rose" is never a participle, whatever precedes it.
            ("It/PRP costs/VBZ rose/VBN ./.", Some((2, "VBD"))),
        ];
        check(cases);
    }

    #[test]
    fn picking_resumes_after_the_last_retagged_word() {
        let s = "Costs/NN fell/VBD because/IN sales/NN rose/VBN and/CC because/IN prices/NN rose/VBN ./.";
        let from = |k: usize| pick(s, k).map(|(i, t)| format!("{i} {t}"));
        assert_eq!(from(0).as_deref(), Some("4 VBD"));
        assert_eq!(from(5).as_deref(), Some("8 VBD"));
        assert_eq!(from(9), None);
    }

    #[test]
    fn a_tag_set_without_both_tags_never_retags() {
        let tags = tag_set(&["VBN"]);
        let (s, ids) = parse("x/VBN x/VBN x/VBN x/VBN x/VBN", &["VBN"]);
        assert_eq!(FiniteRule::new(&tags).pick(&ids, &s, 0), None);
    }
}
