//! Word lists and tests on single words that several repairs share.

use crate::annotate::lexicon::SAY;
use crate::document::Token;

/// Reporting verbs that are written before their subject after a quote. Verbs that usually take
/// a real object ("tell", "deny") are left out.
pub(super) const INVERTIBLE: &[&str] = &[
    "say", "add", "write", "state", "announce", "report", "insist", "warn", "note", "explain",
    "declare", "claim", "confirm", "ask",
];

/// Verbs of thinking whose complement clause news writes without "that", like the verbs of
/// saying ([`SAY`]) that take no noun object.
const THINKING: &[&str] = &[
    "believe",
    "think",
    "suggest",
    "predict",
    "acknowledge",
    "admit",
    "stress",
    "assert",
    "contend",
    "fear",
    "hope",
    "signal",
    "indicate",
    "estimate",
];

/// Verbs of saying ([`SAY`]) that usually take a real noun object ("told reporters").
const TAKES_OBJECT: &[&str] = &["tell", "deny"];

/// True for a verb of saying or thinking that reports a clause ("saying the country would not
/// give up").
pub(super) fn reports(lemma: &str) -> bool {
    (SAY.contains(&lemma) && !TAKES_OBJECT.contains(&lemma)) || THINKING.contains(&lemma)
}

/// True for any verb of saying or thinking, also one that takes a noun object ("deny", "tell").
pub(super) fn says_or_thinks(lemma: &str) -> bool {
    SAY.contains(&lemma) || THINKING.contains(&lemma)
}

/// True for an -ing participle of a verb of saying or thinking ("saying", "stating").
pub(super) fn reporting_participle(t: &Token) -> bool {
    t.xpos == "VBG" && reports(&t.lemma.to_lowercase())
}

/// Words that open an adverbial clause.
pub(crate) const SUBORDINATORS: &[&str] = &[
    "after", "before", "when", "because", "if", "while", "since", "until", "as", "though",
    "although", "unless", "once", "whether", "whereas",
];

/// Common nouns for people that are no role and have no agent ending.
pub(crate) const PERSON_NOUNS: &[&str] = &[
    "boy",
    "child",
    "citizen",
    "colleague",
    "daughter",
    "family",
    "friend",
    "girl",
    "guy",
    "husband",
    "man",
    "native",
    "national",
    "people",
    "person",
    "relative",
    "son",
    "widow",
    "wife",
    "woman",
];

/// True when the common noun `lemma` may stand for a person: a role, a relative, or a noun of
/// one who does something ("supervisor", "citizen"). A "who" clause after "the son of X," or
/// "the supervisor of the Atlanta PD," may be the noun's.
pub(super) fn is_person_noun(lemma: &str) -> bool {
    let lower = lemma.to_lowercase();
    PERSON_NOUNS.contains(&lower.as_str())
        || ["or", "er", "ist", "ian", "ant", "ent"]
            .iter()
            .any(|e| lower.ends_with(e))
}

/// Verbs that take no object, so that their -ing form before a noun describes it ("falling
/// rates", "rising prices") and never does something to it.
pub(super) const NO_OBJECT: &[&str] = &[
    "decline", "dwindle", "emerge", "exist", "fall", "linger", "persist", "plummet", "rage",
    "remain", "rise", "slump", "soar", "surge", "tumble",
];

/// An auxiliary or copula.
pub(super) fn auxiliary(t: &Token) -> bool {
    t.deprel.starts_with("aux") || t.deprel == "cop"
}

/// A word that makes its clause finite: a verb tagged past or present, a modal, an auxiliary.
pub(super) fn finite_word(t: &Token) -> bool {
    matches!(t.xpos.as_str(), "VBD" | "VBZ" | "VBP" | "MD") || auxiliary(t)
}

/// Makes `t` a finite verb tagged `xpos` (`VBD`, `VBZ` or `VBP`): its UPOS, features and the
/// lemma the lemmatizer gives the form with that tag (a word the tagger read as an adjective or
/// noun has that reading's lemma: "violated", "plans").
pub(super) fn make_finite(t: &mut Token, xpos: &str) {
    let feats = match xpos {
        "VBZ" => "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin",
        "VBP" => "Mood=Ind|Tense=Pres|VerbForm=Fin",
        _ => "Mood=Ind|Tense=Past|VerbForm=Fin",
    };
    t.lemma = crate::annotate::PosTagger::embedded()
        .lemmatizer()
        .lemma(&t.form, xpos);
    (t.upos, t.xpos, t.feats) = ("VERB".into(), xpos.into(), feats.into());
}
