//! Lemmatizer: an exception table learned from training data plus English suffix rules.
//!
//! The rules (plural `-s`/`-es`/`-ies`, `-ing`, `-ed` with consonant doubling and silent-`e`
//! restoration, comparative `-er`/`-est`) produce a few candidate stems for a word with a given
//! PTB tag; the first candidate found in a vocabulary of lemmas seen in training wins, otherwise a
//! spelling heuristic picks one. Forms whose training lemma the rules get wrong (`went`, `me`,
//! `better`) are stored as exceptions keyed by lower-cased form and tag.

use std::borrow::Cow;

use rustc_hash::{FxHashMap, FxHashSet};

use crate::error::Result;
use crate::perceptron::codec::{Reader, Writer};

/// Rules plus learned exceptions.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Lemmatizer {
    /// `(key form, xpos)` → lemma, where the rules alone would be wrong.
    exceptions: FxHashMap<(String, String), String>,
    /// Lower-cased lemmas of inflecting words seen in training.
    vocab: FxHashSet<String>,
}

/// Proper nouns keep their case; every other word is looked up and lemmatised lower-cased.
fn key_form<'a>(form: &'a str, xpos: &str) -> Cow<'a, str> {
    if is_proper(xpos) || keeps_form(xpos) || !form.chars().any(char::is_uppercase) {
        Cow::Borrowed(form)
    } else {
        Cow::Owned(form.to_lowercase())
    }
}

/// E-mail addresses, URLs (`ADD`) and split-word pieces (`GW`) are their own lemma.
fn keeps_form(xpos: &str) -> bool {
    xpos == "ADD" || xpos == "GW"
}

fn is_proper(xpos: &str) -> bool {
    xpos == "NNP" || xpos == "NNPS"
}

fn is_vowel(c: u8) -> bool {
    matches!(c, b'a' | b'e' | b'i' | b'o' | b'u')
}

/// `stopp` → `stop`: a doubled final consonant that English doubles before a suffix.
fn undouble(stem: &str) -> Option<&str> {
    let b = stem.as_bytes();
    let n = b.len();
    (n >= 3
        && b[n - 1] == b[n - 2]
        && matches!(
            b[n - 1],
            b'b' | b'd' | b'g' | b'm' | b'n' | b'p' | b'r' | b't'
        ))
    .then(|| &stem[..n - 1])
}

/// Whether a stem left after removing `-ing`/`-ed`/`-er` most likely lost a silent `e`
/// (`mak` → `make`, `handl` → `handle`, `produc` → `produce`), when the vocabulary cannot tell.
fn wants_e(stem: &str) -> bool {
    let b = stem.as_bytes();
    let n = b.len();
    if n < 2 || !b.is_ascii() {
        return false;
    }
    let (last, prev) = (b[n - 1], b[n - 2]);
    let before = if n >= 3 { b[n - 3] } else { b'#' };
    match last {
        b'v' | b'z' | b'c' => true,           // giv-e, realiz-e, produc-e
        b'g' => prev != b'n' && prev != b'g', // charg-e, manag-e (but bring, sing)
        b'l' => !is_vowel(prev) && prev != b'l' && prev != b'r', // handl-e, settl-e
        b's' => is_vowel(prev) && !is_vowel(before), // us-e, clos-e, rais-e
        b'r' => matches!(prev, b'a' | b'o' | b'u' | b'i') && !is_vowel(before), // shar-e, stor-e
        b'd' => matches!(prev, b'i' | b'u' | b'o') && !is_vowel(before), // provid-e, includ-e
        b'n' => prev == b'i' && !is_vowel(before), // defin-e, combin-e
        b't' if matches!(prev, b'a' | b'u') && !is_vowel(before) => true, // updat-e, comput-e
        b'w' | b'x' | b'y' | b'h' => false,
        // A short consonant-vowel-consonant stem: mak-e, tak-e, hop-e, writ-e.
        _ => n <= 4 && !is_vowel(last) && is_vowel(prev) && !is_vowel(before),
    }
}

impl Lemmatizer {
    /// The lemma of `form` tagged `xpos` (PTB tag).
    pub fn lemma(&self, form: &str, xpos: &str) -> String {
        let key = key_form(form, xpos);
        if let Some(l) = self.exceptions.get(&(key.to_string(), xpos.to_string())) {
            return l.clone();
        }
        self.rule(&key, xpos)
    }

    /// The lemma from the suffix rules alone; `form` is already in key form.
    pub fn rule(&self, form: &str, xpos: &str) -> String {
        let known = |s: &str| self.vocab.contains(s);
        let pick = |cands: &[String], fallback: String| -> String {
            cands.iter().find(|c| known(c)).cloned().unwrap_or(fallback)
        };
        match xpos {
            "NNS" | "VBZ" | "NNPS" => {
                let mut c = Vec::new();
                if let Some(s) = form.strip_suffix("ies").filter(|s| s.len() >= 2) {
                    c.push(format!("{s}y"));
                }
                if let Some(s) = form.strip_suffix("ves") {
                    c.push(format!("{s}f"));
                    c.push(format!("{s}fe"));
                }
                if let Some(s) = form.strip_suffix("es") {
                    c.push(s.to_string());
                }
                if let Some(s) = form.strip_suffix('s').filter(|s| !s.is_empty()) {
                    c.push(s.to_string());
                }
                let fallback = if let Some(s) = form.strip_suffix("ies").filter(|s| s.len() >= 2) {
                    format!("{s}y")
                } else if ["sses", "xes", "ches", "shes", "zes", "oes"]
                    .iter()
                    .any(|e| form.ends_with(e))
                {
                    form[..form.len() - 2].to_string()
                } else if form.ends_with('s')
                    && !["ss", "us", "is"].iter().any(|e| form.ends_with(e))
                    && form.len() > 2
                {
                    form[..form.len() - 1].to_string()
                } else {
                    form.to_string()
                };
                if xpos == "NNPS" {
                    return fallback;
                }
                pick(&c, fallback)
            }
            "VBG" => self.strip_suffix(form, "ing", 2),
            "VBD" | "VBN" => {
                if let Some(s) = form.strip_suffix("ied").filter(|s| s.len() >= 2) {
                    return format!("{s}y");
                }
                self.strip_suffix(form, "ed", 2)
            }
            "JJR" | "RBR" => {
                if let Some(s) = form.strip_suffix("ier").filter(|s| s.len() >= 2) {
                    return format!("{s}y");
                }
                self.strip_suffix(form, "er", 2)
            }
            "JJS" | "RBS" => {
                if let Some(s) = form.strip_suffix("iest").filter(|s| s.len() >= 2) {
                    return format!("{s}y");
                }
                self.strip_suffix(form, "est", 2)
            }
            // UD English writes numbers without thousands separators: 12,000 → 12000.
            "CD" if form.contains(',')
                && form
                    .bytes()
                    .all(|b| b.is_ascii_digit() || b == b',' || b == b'.') =>
            {
                form.replace(',', "")
            }
            _ => form.to_string(),
        }
    }

    /// Removes `suffix` and repairs the stem: vocabulary first, then spelling heuristics.
    fn strip_suffix(&self, form: &str, suffix: &str, min_stem: usize) -> String {
        let Some(stem) = form.strip_suffix(suffix).filter(|s| s.len() >= min_stem) else {
            return form.to_string();
        };
        let with_e = format!("{stem}e");
        let und = undouble(stem);
        // A doubled consonant usually means doubling (stopp-ed), unless the stem itself is known
        // (add-ed, pass-ed); a known `stem + e` beats a known bare stem (us-e beats us).
        for c in [und, Some(with_e.as_str()), Some(stem)]
            .into_iter()
            .flatten()
        {
            if self.vocab.contains(c) {
                return c.to_string();
            }
        }
        if let Some(u) = und {
            return u.to_string();
        }
        if wants_e(stem) {
            with_e
        } else {
            stem.to_string()
        }
    }

    /// Learns exceptions and the vocabulary from `(form, xpos, lemma)` triples.
    pub fn learn<'a>(items: impl IntoIterator<Item = (&'a str, &'a str, &'a str)>) -> Lemmatizer {
        let mut counts: FxHashMap<(String, String), FxHashMap<String, u32>> = FxHashMap::default();
        let mut vocab = FxHashSet::default();
        for (form, xpos, lemma) in items {
            if lemma == "_" && form != "_" {
                continue; // an unannotated lemma
            }
            if !is_proper(xpos) && lemma.chars().all(|c| c.is_lowercase() || c == '-') {
                vocab.insert(lemma.to_string());
            }
            let key = (key_form(form, xpos).into_owned(), xpos.to_string());
            *counts
                .entry(key)
                .or_default()
                .entry(lemma.to_string())
                .or_default() += 1;
        }
        let mut lem = Lemmatizer {
            exceptions: FxHashMap::default(),
            vocab,
        };
        let mut exceptions = FxHashMap::default();
        for ((form, xpos), lemmas) in counts {
            // Most frequent lemma; ties to the smallest string so learning is deterministic.
            let best = lemmas
                .into_iter()
                .max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.cmp(&a.0)))
                .map(|(l, _)| l)
                .expect("every key was counted at least once");
            if lem.rule(&form, &xpos) != best {
                exceptions.insert((form, xpos), best);
            }
        }
        lem.exceptions = exceptions;
        lem
    }

    pub fn n_exceptions(&self) -> usize {
        self.exceptions.len()
    }

    /// Writes exceptions and vocabulary sorted, so the bytes do not depend on hash order.
    pub fn encode(&self, w: &mut Writer) {
        let mut ex: Vec<_> = self.exceptions.iter().collect();
        ex.sort();
        w.varint(ex.len() as u64);
        for ((f, x), l) in ex {
            w.str(f);
            w.str(x);
            w.str(l);
        }
        let mut v: Vec<String> = self.vocab.iter().cloned().collect();
        v.sort();
        w.strs(&v);
    }

    pub fn decode(r: &mut Reader) -> Result<Lemmatizer> {
        let n = r.varint()? as usize;
        let mut exceptions = FxHashMap::default();
        exceptions.reserve(n);
        for _ in 0..n {
            let (f, x, l) = (r.str()?, r.str()?, r.str()?);
            exceptions.insert((f, x), l);
        }
        let vocab = r.strs()?.into_iter().collect();
        Ok(Lemmatizer { exceptions, vocab })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with_vocab(words: &[&str]) -> Lemmatizer {
        Lemmatizer {
            vocab: words.iter().map(|w| w.to_string()).collect(),
            ..Lemmatizer::default()
        }
    }

    #[test]
    fn suffix_rules_without_vocabulary() {
        let l = Lemmatizer::default();
        for (form, xpos, lemma) in [
            ("companies", "NNS", "company"),
            ("boxes", "NNS", "box"),
            ("churches", "NNS", "church"),
            ("dogs", "NNS", "dog"),
            ("glass", "NN", "glass"),
            ("status", "NNS", "status"),
            ("carries", "VBZ", "carry"),
            ("stopped", "VBD", "stop"),
            ("tried", "VBN", "try"),
            ("played", "VBD", "play"),
            ("hoped", "VBD", "hope"),
            ("running", "VBG", "run"),
            ("making", "VBG", "make"),
            ("handling", "VBG", "handle"),
            ("producing", "VBG", "produce"),
            ("visiting", "VBG", "visit"),
            ("bigger", "JJR", "big"),
            ("happier", "JJR", "happy"),
            ("fastest", "JJS", "fast"),
            ("Americans", "NNPS", "American"),
            ("Obama", "NNP", "Obama"),
            ("Quickly", "RB", "quickly"),
            ("12,000", "CD", "12000"),
            ("3.5", "CD", "3.5"),
            ("Jane.Doe@Example.com", "ADD", "Jane.Doe@Example.com"),
        ] {
            assert_eq!(l.lemma(form, xpos), lemma, "{form}/{xpos}");
        }
    }

    #[test]
    fn vocabulary_resolves_doubling_and_silent_e() {
        let l = with_vocab(&["add", "pass", "use", "large", "bus"]);
        for (form, xpos, lemma) in [
            ("added", "VBD", "add"),
            ("passing", "VBG", "pass"),
            ("using", "VBG", "use"),
            ("larger", "JJR", "large"),
            ("buses", "NNS", "bus"),
        ] {
            assert_eq!(l.lemma(form, xpos), lemma, "{form}/{xpos}");
        }
    }

    #[test]
    fn learns_only_what_the_rules_get_wrong_and_round_trips() {
        let data = [
            ("went", "VBD", "go"),
            ("Me", "PRP", "I"),
            ("me", "PRP", "I"),
            ("walked", "VBD", "walk"),
            ("walks", "VBZ", "walk"),
            ("better", "JJR", "good"),
            ("better", "JJR", "good"),
            ("better", "JJR", "well"),
        ];
        let l = Lemmatizer::learn(data.iter().copied());
        assert_eq!(l.n_exceptions(), 3, "went, me, better");
        assert_eq!(l.lemma("Went", "VBD"), "go");
        assert_eq!(l.lemma("ME", "PRP"), "I");
        assert_eq!(l.lemma("better", "JJR"), "good");
        assert_eq!(l.lemma("talked", "VBD"), "talk");
        let mut w = Writer::new();
        l.encode(&mut w);
        let back = Lemmatizer::decode(&mut Reader::new(w.bytes())).unwrap();
        assert_eq!(back, l);
    }
}
