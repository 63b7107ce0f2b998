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
    /// `(lower-cased form, xpos)` → lemma of proper nouns, for forms written all in lower or
    /// all in upper case (`india`, `TEHRAN`) whose training spelling the rules would not give.
    proper: FxHashMap<(String, String), String>,
}

/// Proper nouns keep their case; every other word is looked up and lemmatised lower-cased.
/// A typographic apostrophe is written straight, as UD English lemmas always are (`n’t` is
/// looked up as `n't`, `’70s` becomes `'70s`).
fn key_form<'a>(form: &'a str, xpos: &str) -> Cow<'a, str> {
    if keeps_form(xpos) {
        return Cow::Borrowed(form);
    }
    let form: Cow<str> = if form.contains('\u{2019}') {
        Cow::Owned(form.replace('\u{2019}', "'"))
    } else {
        Cow::Borrowed(form)
    };
    if is_proper(xpos) || !form.chars().any(char::is_uppercase) {
        form
    } else {
        Cow::Owned(form.to_lowercase())
    }
}

/// A hashtag or an @-mention (`#audiobooks`, `@nytimes`): a name, never inflected.
fn is_handle(form: &str) -> bool {
    let mut c = form.chars();
    matches!(c.next(), Some('#' | '@')) && c.next().is_some_and(char::is_alphanumeric)
}

/// A dotted name such as a file, newsgroup or host (`budget.xls`, `comp.lang.rust`,
/// `example.com`): a dot between a letter or digit and two more letters. Abbreviations
/// (`U.S.`, `e.g.`, `Ph.D`) have one letter after each dot.
fn is_dotted_name(form: &str) -> bool {
    let b = form.as_bytes();
    (1..b.len().saturating_sub(2)).any(|i| {
        b[i] == b'.'
            && b[i - 1].is_ascii_alphanumeric()
            && b[i + 1].is_ascii_alphabetic()
            && b[i + 2].is_ascii_alphabetic()
    })
}

/// A decade (`1970s`, `90s`, `'60s`): UD English keeps the `-s` in the lemma. Other numbers in
/// the plural lose it (`3s`, `the 100s`).
fn is_decade(form: &str) -> bool {
    let digits = form.strip_prefix('\'').unwrap_or(form);
    let Some(d) = digits.strip_suffix('s') else {
        return false;
    };
    (d.len() == 2 || d.len() == 4) && d.bytes().all(|b| b.is_ascii_digit()) && d.ends_with('0')
}

/// E-mail addresses, URLs (`ADD`) and split-word pieces (`GW`) are their own lemma.
fn keeps_form(xpos: &str) -> bool {
    xpos == "ADD" || xpos == "GW"
}

fn is_proper(xpos: &str) -> bool {
    xpos == "NNP" || xpos == "NNPS"
}

/// Whether the letters of `form` are all lower case or all upper case (then its spelling says
/// little about how its proper-noun lemma is written).
fn one_case(form: &str) -> bool {
    let mut letters = form.chars().filter(|c| c.is_alphabetic());
    let lower = |c: &char| c.is_lowercase();
    match letters.next() {
        Some(c) if lower(&c) => letters.all(|c| lower(&c)),
        Some(_) => letters.all(|c| c.is_uppercase()),
        None => false,
    }
}

/// Past tenses and participles of common irregular verbs (`fought` → `fight`), for forms that
/// training data did not cover; learned exceptions come first.
fn irregular_past(form: &str) -> Option<&'static str> {
    const PAST: &[(&str, &str)] = &[
        ("arose", "arise"),
        ("arisen", "arise"),
        ("awoke", "awake"),
        ("beaten", "beat"),
        ("became", "become"),
        ("came", "come"),
        ("began", "begin"),
        ("begun", "begin"),
        ("bent", "bend"),
        ("bet", "bet"),
        ("bit", "bite"),
        ("bitten", "bite"),
        ("bled", "bleed"),
        ("blew", "blow"),
        ("blown", "blow"),
        ("bore", "bear"),
        ("born", "bear"),
        ("borne", "bear"),
        ("bought", "buy"),
        ("bound", "bind"),
        ("bred", "breed"),
        ("broke", "break"),
        ("broken", "break"),
        ("brought", "bring"),
        ("built", "build"),
        ("burnt", "burn"),
        ("caught", "catch"),
        ("chose", "choose"),
        ("chosen", "choose"),
        ("clung", "cling"),
        ("crept", "creep"),
        ("dealt", "deal"),
        ("did", "do"),
        ("done", "do"),
        ("dug", "dig"),
        ("drew", "draw"),
        ("drawn", "draw"),
        ("dreamt", "dream"),
        ("drank", "drink"),
        ("drunk", "drink"),
        ("drove", "drive"),
        ("driven", "drive"),
        ("dwelt", "dwell"),
        ("ate", "eat"),
        ("eaten", "eat"),
        ("fell", "fall"),
        ("fallen", "fall"),
        ("fed", "feed"),
        ("felt", "feel"),
        ("fought", "fight"),
        ("found", "find"),
        ("fled", "flee"),
        ("flung", "fling"),
        ("flew", "fly"),
        ("flown", "fly"),
        ("forbade", "forbid"),
        ("forbidden", "forbid"),
        ("forgot", "forget"),
        ("forgotten", "forget"),
        ("forgave", "forgive"),
        ("forgiven", "forgive"),
        ("froze", "freeze"),
        ("frozen", "freeze"),
        ("got", "get"),
        ("gotten", "get"),
        ("gave", "give"),
        ("given", "give"),
        ("went", "go"),
        ("gone", "go"),
        ("ground", "grind"),
        ("grew", "grow"),
        ("grown", "grow"),
        ("hung", "hang"),
        ("had", "have"),
        ("heard", "hear"),
        ("hid", "hide"),
        ("hidden", "hide"),
        ("held", "hold"),
        ("kept", "keep"),
        ("knelt", "kneel"),
        ("knew", "know"),
        ("known", "know"),
        ("laid", "lay"),
        ("learnt", "learn"),
        ("led", "lead"),
        ("leapt", "leap"),
        ("left", "leave"),
        ("lent", "lend"),
        ("lay", "lie"),
        ("lain", "lie"),
        ("lit", "light"),
        ("lost", "lose"),
        ("made", "make"),
        ("meant", "mean"),
        ("met", "meet"),
        ("paid", "pay"),
        ("rode", "ride"),
        ("ridden", "ride"),
        ("rang", "ring"),
        ("rung", "ring"),
        ("rose", "rise"),
        ("risen", "rise"),
        ("ran", "run"),
        ("said", "say"),
        ("saw", "see"),
        ("seen", "see"),
        ("sought", "seek"),
        ("sold", "sell"),
        ("sent", "send"),
        ("shook", "shake"),
        ("shaken", "shake"),
        ("shone", "shine"),
        ("shot", "shoot"),
        ("shown", "show"),
        ("shrank", "shrink"),
        ("shrunk", "shrink"),
        ("sang", "sing"),
        ("sung", "sing"),
        ("sank", "sink"),
        ("sunk", "sink"),
        ("sat", "sit"),
        ("slept", "sleep"),
        ("slid", "slide"),
        ("slung", "sling"),
        ("smelt", "smell"),
        ("spoke", "speak"),
        ("spoken", "speak"),
        ("sped", "speed"),
        ("spelt", "spell"),
        ("spent", "spend"),
        ("spilt", "spill"),
        ("spoilt", "spoil"),
        ("spun", "spin"),
        ("sprang", "spring"),
        ("sprung", "spring"),
        ("stood", "stand"),
        ("stole", "steal"),
        ("stolen", "steal"),
        ("stuck", "stick"),
        ("strung", "string"),
        ("stung", "sting"),
        ("struck", "strike"),
        ("stricken", "strike"),
        ("strove", "strive"),
        ("swore", "swear"),
        ("sworn", "swear"),
        ("swept", "sweep"),
        ("swam", "swim"),
        ("swum", "swim"),
        ("swung", "swing"),
        ("trod", "tread"),
        ("trodden", "tread"),
        ("took", "take"),
        ("taken", "take"),
        ("taught", "teach"),
        ("tore", "tear"),
        ("torn", "tear"),
        ("told", "tell"),
        ("thought", "think"),
        ("threw", "throw"),
        ("thrown", "throw"),
        ("understood", "understand"),
        ("woke", "wake"),
        ("woken", "wake"),
        ("wore", "wear"),
        ("worn", "wear"),
        ("wove", "weave"),
        ("woven", "weave"),
        ("wept", "weep"),
        ("won", "win"),
        ("wound", "wind"),
        ("wrung", "wring"),
        ("withdrew", "withdraw"),
        ("withdrawn", "withdraw"),
        ("wrote", "write"),
        ("written", "write"),
    ];
    PAST.iter().find(|(f, _)| *f == form).map(|(_, l)| *l)
}

/// Verb prefixes that keep an irregular verb irregular (`withheld`, `overcame`, `rebuilt`).
const VERB_PREFIXES: &[&str] = &["fore", "mis", "out", "over", "re", "under", "up", "with"];

/// The lemma of an irregular past form, also behind a verb prefix (`withheld` → `withhold`,
/// `re-built` → `re-build`) when the prefixed lemma is a verb WordNet knows.
fn irregular_lemma(form: &str) -> Option<String> {
    if let Some(l) = irregular_past(form) {
        return Some(l.to_string());
    }
    VERB_PREFIXES.iter().find_map(|p| {
        let rest = form.strip_prefix(p)?;
        let (hyphen, rest) = match rest.strip_prefix('-') {
            Some(r) => ("-", r),
            None => ("", rest),
        };
        let lemma = irregular_past(rest).filter(|_| rest.len() >= 3)?;
        let whole = format!("{p}{lemma}");
        in_wordnet(&whole, "VBD").then(|| format!("{p}{hyphen}{lemma}"))
    })
}

/// Whether WordNet has `lemma` as a lemma of the open class a PTB tag inflects (nouns for
/// `NNS`, verbs for `VB*`, adjectives or adverbs for comparatives and superlatives).
fn in_wordnet(lemma: &str, xpos: &str) -> bool {
    use super::pos::wordnet::{ADJ, ADV, NOUN, VERB, classes};
    let want = match xpos {
        "NNS" => NOUN,
        "VBZ" | "VBG" | "VBD" | "VBN" => VERB,
        "JJR" | "JJS" => ADJ,
        "RBR" | "RBS" => ADJ | ADV,
        _ => return false,
    };
    classes(lemma) & want != 0
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
        if is_proper(xpos) && one_case(form) {
            let lower = (form.to_lowercase(), xpos.to_string());
            if let Some(l) = self.proper.get(&lower) {
                return l.clone();
            }
        }
        self.rule(&key, xpos)
    }

    /// The lemma from the suffix rules alone; `form` is already in key form.
    pub fn rule(&self, form: &str, xpos: &str) -> String {
        if is_handle(form) || is_dotted_name(form) {
            return form.to_string();
        }
        let known = |s: &str| self.vocab.contains(s);
        let in_wordnet = |s: &str| in_wordnet(s, xpos);
        // Training lemmas first, then WordNet's; an `-es` stem must end the way plurals in
        // `-es` do (`fin` is not the stem of `fines`).
        let pick = |cands: &[String], fallback: String| -> String {
            cands
                .iter()
                .find(|c| known(c))
                .or_else(|| {
                    cands.iter().find(|c| {
                        in_wordnet(c)
                            && (c.len() + 2 != form.len()
                                || c.ends_with(['s', 'x', 'z', 'o', 'h', 'i']))
                    })
                })
                .cloned()
                .unwrap_or(fallback)
        };
        match xpos {
            // A plural or verb written with an apostrophe (`DJ's`, `1960's`, `let's`): the
            // apostrophe and `s` go (`DJ`), except that a decade keeps its `s` (`1960s`).
            "NNS" | "VBZ" | "NNPS" if form.len() > 2 && form.ends_with("'s") => {
                let base = &form[..form.len() - 2];
                let plural = format!("{base}s");
                if is_decade(&plural) {
                    plural
                } else {
                    base.to_string()
                }
            }
            "NNS" | "NNPS" if is_decade(form) => form.to_string(),
            // Compounds of `man`: `horsemen` → `horseman`, `women` → `woman`.
            "NNS" if form.ends_with("men") => format!("{}man", &form[..form.len() - 3]),
            "NNS" | "VBZ" | "NNPS" => {
                let mut c = Vec::new();
                if let Some(s) = form.strip_suffix("ies").filter(|s| s.len() >= 2) {
                    c.push(format!("{s}y"));
                }
                // Only nouns: a verb never makes -ves from -f ("saves" is not "safe").
                if let Some(s) = form.strip_suffix("ves").filter(|_| xpos != "VBZ") {
                    c.push(format!("{s}f"));
                    c.push(format!("{s}fe"));
                }
                // Plurals in `-es` end in a sibilant or a vowel (`boxes`, `goes`); `fines` is not
                // the plural of `fin`.
                if let Some(s) = form
                    .strip_suffix("es")
                    .filter(|s| s.ends_with(['s', 'x', 'z', 'o', 'h', 'i']))
                {
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
                    && !["ss", "us"].iter().any(|e| form.ends_with(e))
                    && form.len() > 2
                {
                    form[..form.len() - 1].to_string()
                } else {
                    form.to_string()
                };
                if xpos == "NNPS" {
                    return fallback;
                }
                // A noun in -s with no known stem that WordNet knows as a singular noun
                // ("measles", "diabetes") is its own lemma.
                let singular = xpos == "NNS"
                    && !c.iter().any(|s| known(s) || in_wordnet(s))
                    && super::pos::wordnet::classes(form) & super::pos::wordnet::NOUN != 0;
                if singular {
                    return form.to_string();
                }
                pick(&c, fallback)
            }
            "VBG" => self.strip_suffix(form, "ing", 2, xpos),
            "VBD" | "VBN" => {
                if let Some(l) = irregular_lemma(form) {
                    return l;
                }
                if let Some(s) = form.strip_suffix("ied").filter(|s| s.len() >= 2) {
                    return format!("{s}y");
                }
                self.strip_suffix(form, "ed", 2, xpos)
            }
            "JJR" | "RBR" => {
                if let Some(s) = form.strip_suffix("ier").filter(|s| s.len() >= 2) {
                    return format!("{s}y");
                }
                self.strip_suffix(form, "er", 2, xpos)
            }
            "JJS" | "RBS" => {
                if let Some(s) = form.strip_suffix("iest").filter(|s| s.len() >= 2) {
                    return format!("{s}y");
                }
                self.strip_suffix(form, "est", 2, xpos)
            }
            // UD English writes numbers without thousands separators: 12,000 → 12000; a comma
            // before one or two final digits is a decimal comma: 7,5 → 7.5.
            "CD" if form.contains(',')
                && form
                    .bytes()
                    .all(|b| b.is_ascii_digit() || b == b',' || b == b'.') =>
            {
                match form.split_once(',') {
                    Some((int, frac))
                        if !int.is_empty()
                            && !int.contains('.')
                            && (1..=2).contains(&frac.len())
                            && !frac.contains([',', '.']) =>
                    {
                        format!("{int}.{frac}")
                    }
                    _ => form.replace(',', ""),
                }
            }
            _ => form.to_string(),
        }
    }

    /// Removes `suffix` and repairs the stem: vocabulary first, then WordNet's lemmas for the
    /// word class of `xpos`, then spelling heuristics.
    fn strip_suffix(&self, form: &str, suffix: &str, min_stem: usize, xpos: &str) -> String {
        let Some(stem) = form.strip_suffix(suffix).filter(|s| s.len() >= min_stem) else {
            return form.to_string();
        };
        let with_e = format!("{stem}e");
        let und = undouble(stem);
        let verb = xpos.starts_with("VB");
        // Verbs only, and only when the stem itself is unknown: British `-ll-` (travell-ing,
        // cancell-ed) and `expel`, `-ck-` after `-ic` (panick-ing, mimick-ed), `-ie` before
        // `-ying` (underly-ing → underlie).
        let single_l = stem
            .strip_suffix('l')
            .filter(|s| verb && s.ends_with('l') && s.len() >= 3);
        let ic = stem.strip_suffix('k').filter(|s| verb && s.ends_with("ic"));
        let ie = stem
            .strip_suffix('y')
            .filter(|_| verb && suffix == "ing")
            .map(|s| format!("{s}ie"));
        // A doubled consonant usually means doubling (stopp-ed), unless the stem itself is known
        // (add-ed, pass-ed); a known `stem + e` beats a known bare stem (us-e beats us).
        let cands = [
            und,
            Some(with_e.as_str()),
            Some(stem),
            single_l,
            ic,
            ie.as_deref(),
        ];
        // Training lemmas of the right word class first (`suit-ed`, not the noun `suite`).
        let found = cands
            .into_iter()
            .flatten()
            .find(|c| self.vocab.contains(*c) && in_wordnet(c, xpos))
            .or_else(|| {
                cands
                    .into_iter()
                    .flatten()
                    .find(|c| self.vocab.contains(*c))
            })
            .or_else(|| cands.into_iter().flatten().find(|c| in_wordnet(c, xpos)))
            .map(str::to_string);
        if let Some(c) = found {
            return c;
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
        let mut proper_counts: FxHashMap<(String, String), FxHashMap<String, u32>> =
            FxHashMap::default();
        let mut vocab = FxHashSet::default();
        for (form, xpos, lemma) in items {
            if lemma == "_" && form != "_" {
                continue; // an unannotated lemma
            }
            if !is_proper(xpos) && lemma.chars().all(|c| c.is_lowercase() || c == '-') {
                vocab.insert(lemma.to_string());
            }
            if is_proper(xpos) {
                *proper_counts
                    .entry((form.to_lowercase(), xpos.to_string()))
                    .or_default()
                    .entry(lemma.to_string())
                    .or_default() += 1;
            }
            let key = (key_form(form, xpos).into_owned(), xpos.to_string());
            *counts
                .entry(key)
                .or_default()
                .entry(lemma.to_string())
                .or_default() += 1;
        }
        let mut lem = Lemmatizer {
            vocab,
            ..Lemmatizer::default()
        };
        // Most frequent lemma; ties to the smallest string so learning is deterministic.
        let most_frequent = |lemmas: FxHashMap<String, u32>| {
            lemmas
                .into_iter()
                .max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.cmp(&a.0)))
                .map(|(l, _)| l)
                .expect("every key was counted at least once")
        };
        for ((lower, xpos), lemmas) in proper_counts {
            let best = most_frequent(lemmas);
            if lem.rule(&lower, &xpos) != best {
                lem.proper.insert((lower, xpos), best);
            }
        }
        let mut exceptions = FxHashMap::default();
        for ((form, xpos), lemmas) in counts {
            let best = most_frequent(lemmas);
            // A proper noun seen in this very spelling keeps its own lemma (`al` is `al`,
            // though `Al` is more frequent).
            let fallback = (is_proper(&xpos) && one_case(&form))
                .then(|| lem.proper.get(&(form.to_lowercase(), xpos.clone())))
                .flatten();
            let rule = fallback.cloned().unwrap_or_else(|| lem.rule(&form, &xpos));
            if rule != best {
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
        let mut pr: Vec<_> = self.proper.iter().collect();
        pr.sort();
        w.varint(pr.len() as u64);
        for ((f, x), l) in pr {
            w.str(f);
            w.str(x);
            w.str(l);
        }
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
        let n = r.varint()? as usize;
        let mut proper = FxHashMap::default();
        proper.reserve(n);
        for _ in 0..n {
            let (f, x, l) = (r.str()?, r.str()?, r.str()?);
            proper.insert((f, x), l);
        }
        Ok(Lemmatizer {
            exceptions,
            vocab,
            proper,
        })
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
            // A singular noun in -s that WordNet knows, whose stem it does not.
            ("measles", "NNS", "measles"),
            ("diabetes", "NNS", "diabetes"),
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
            ("fought", "VBD", "fight"),
            ("won", "VBN", "win"),
            ("Fled", "VBD", "flee"),
            ("fought", "NN", "fought"),
            ("3.5", "CD", "3.5"),
            ("Jane.Doe@Example.com", "ADD", "Jane.Doe@Example.com"),
        ] {
            assert_eq!(l.lemma(form, xpos), lemma, "{form}/{xpos}");
        }
    }

    #[test]
    fn wordnet_lemmas_settle_what_the_training_vocabulary_cannot() {
        let l = Lemmatizer::default();
        for (form, xpos, lemma) in [
            ("formalizes", "VBZ", "formalize"),
            ("aches", "NNS", "ache"),
            // `fin` is a WordNet noun, but its plural is `fins`.
            ("fines", "NNS", "fine"),
            ("boxes", "NNS", "box"),
        ] {
            assert_eq!(l.lemma(form, xpos), lemma, "{form}/{xpos}");
        }
    }

    #[test]
    fn vocabulary_resolves_doubling_and_silent_e() {
        let l = with_vocab(&["add", "pass", "use", "large", "bus", "safe", "life", "wolf"]);
        for (form, xpos, lemma) in [
            ("saves", "VBZ", "save"),
            ("lives", "VBZ", "live"),
            ("lives", "NNS", "life"),
            ("wolves", "NNS", "wolf"),
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
        // `went` is a built-in irregular past form.
        assert_eq!(l.n_exceptions(), 2, "me, better");
        assert_eq!(l.lemma("Went", "VBD"), "go");
        assert_eq!(l.lemma("ME", "PRP"), "I");
        assert_eq!(l.lemma("better", "JJR"), "good");
        assert_eq!(l.lemma("talked", "VBD"), "talk");
        let mut w = Writer::new();
        l.encode(&mut w);
        let back = Lemmatizer::decode(&mut Reader::new(w.bytes())).unwrap();
        assert_eq!(back, l);
    }

    #[test]
    fn apostrophes_decades_and_man_compounds_follow_ud_english() {
        let l = Lemmatizer::default();
        for (form, xpos, lemma) in [
            // A typographic apostrophe is written straight.
            ("’90s", "NNS", "'90s"),
            ("O’Neill", "NNP", "O'Neill"),
            // Plurals written with an apostrophe lose it; decades keep their -s.
            ("CD's", "NNS", "cd"),
            ("teacher’s", "NNS", "teacher"),
            ("Tuesday's", "NNPS", "Tuesday"),
            ("let's", "VBZ", "let"),
            ("1950's", "NNS", "1950s"),
            ("40's", "NNS", "40s"),
            ("7's", "NNS", "7"),
            ("1880s", "NNS", "1880s"),
            ("30s", "NNS", "30s"),
            ("'50s", "NNS", "'50s"),
            ("14s", "NNS", "14"),
            ("200s", "NNS", "200"),
            ("'s", "VBZ", "'s"),
            // -men is the plural of -man.
            ("firemen", "NNS", "fireman"),
            ("Chairwomen", "NNS", "chairwoman"),
            ("men", "NNS", "man"),
            // Plurals of nouns in -i.
            ("yetis", "NNS", "yeti"),
            ("Kuwaitis", "NNPS", "Kuwaiti"),
        ] {
            assert_eq!(l.lemma(form, xpos), lemma, "{form}/{xpos}");
        }
    }

    #[test]
    fn names_of_files_hosts_and_hashtags_are_not_inflected() {
        let l = Lemmatizer::default();
        for (form, xpos, lemma) in [
            ("#mondays", "NNS", "#mondays"),
            ("@friends", "NNS", "@friends"),
            ("rec.pets.cats", "NNS", "rec.pets.cats"),
            ("notes.docs", "NNS", "notes.docs"),
            ("report.xls", "NN", "report.xls"),
            // Abbreviations are not dotted names.
            ("e.g.", "FW", "e.g."),
            ("M.D.s", "NNS", "m.d."),
            // Only a leading # or @ makes a handle.
            ("#", "NNS", "#"),
            ("cats#", "NNS", "cats#"),
        ] {
            assert_eq!(l.lemma(form, xpos), lemma, "{form}/{xpos}");
        }
        assert!(is_dotted_name("example.com") && is_dotted_name("v2.docx"));
        assert!(!is_dotted_name("U.S.") && !is_dotted_name("a.m.") && !is_dotted_name("3.75"));
    }

    #[test]
    fn a_comma_before_one_or_two_final_digits_is_a_decimal_comma() {
        let l = Lemmatizer::default();
        for (form, lemma) in [
            ("2,5", "2.5"),
            ("19,99", "19.99"),
            ("1,500", "1500"),
            ("1,250,000", "1250000"),
            ("1,250.75", "1250.75"),
            ("1,2,3", "123"),
        ] {
            assert_eq!(l.lemma(form, "CD"), lemma, "{form}");
        }
    }

    #[test]
    fn es_plurals_need_a_sibilant_or_vowel_stem() {
        // `cub` is a training lemma, but `cubes` is the plural of `cube`; `taxes` is `tax`.
        let l = with_vocab(&["cub", "cube", "tax"]);
        assert_eq!(l.lemma("cubes", "NNS"), "cube");
        assert_eq!(l.lemma("taxes", "NNS"), "tax");
    }

    #[test]
    fn verb_stems_the_usual_rules_miss() {
        let l = Lemmatizer::default();
        for (form, xpos, lemma) in [
            // British -ll- and stressed final -l.
            ("labelling", "VBG", "label"),
            ("compelled", "VBD", "compel"),
            // The stem itself still wins when it is a verb.
            ("spelling", "VBG", "spell"),
            ("killed", "VBD", "kill"),
            // -ick- after -ic.
            ("trafficking", "VBG", "traffic"),
            ("picnicked", "VBD", "picnic"),
            ("kicking", "VBG", "kick"),
            // -ying from -ie when the stem in -y is no verb.
            ("vying", "VBG", "vie"),
            ("copying", "VBG", "copy"),
            // Prefixed irregular verbs.
            ("upheld", "VBD", "uphold"),
            ("overtook", "VBD", "overtake"),
            ("misled", "VBN", "mislead"),
            ("re-written", "VBN", "re-write"),
            ("undergone", "VBN", "undergo"),
            // Not a prefix: `reborn` has no verb `rebear`.
            ("reborn", "VBN", "reborn"),
            ("spelt", "VBD", "spell"),
        ] {
            assert_eq!(l.lemma(form, xpos), lemma, "{form}/{xpos}");
        }
    }

    #[test]
    fn a_training_lemma_of_the_right_word_class_comes_first() {
        // `suite` is a training lemma too, but no verb.
        let l = with_vocab(&["suit", "suite"]);
        assert_eq!(l.lemma("suited", "VBN"), "suit");
        let l = with_vocab(&["use", "us"]);
        assert_eq!(l.lemma("used", "VBD"), "use");
    }

    #[test]
    fn proper_nouns_in_one_case_take_their_training_spelling() {
        let data = [
            ("India", "NNP", "India"),
            ("Tehran", "NNP", "Tehran"),
            ("IBM", "NNP", "IBM"),
            ("Al", "NNP", "Al"),
            ("Al", "NNP", "Al"),
            ("al", "NNP", "al"),
            ("Americans", "NNPS", "American"),
        ];
        let l = Lemmatizer::learn(data.iter().copied());
        for (form, xpos, lemma) in [
            ("india", "NNP", "India"),
            ("TEHRAN", "NNP", "Tehran"),
            ("ibm", "NNP", "IBM"),
            // Seen in this spelling: its own lemma, though `Al` is more frequent.
            ("al", "NNP", "al"),
            ("AMERICANS", "NNPS", "American"),
            // Mixed case is kept; unknown names are left alone.
            ("InDia", "NNP", "InDia"),
            ("zorblax", "NNP", "zorblax"),
            // Only proper nouns.
            ("india", "NN", "india"),
        ] {
            assert_eq!(l.lemma(form, xpos), lemma, "{form}/{xpos}");
        }
        let mut w = Writer::new();
        l.encode(&mut w);
        let back = Lemmatizer::decode(&mut Reader::new(w.bytes())).unwrap();
        assert_eq!(back, l);
    }
}
