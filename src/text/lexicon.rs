//! Word lists the tokenizer and sentence splitter consult: abbreviations, hyphen prefixes, units,
//! and words that typically open a sentence.
//!
//! The lists are facts read off UD English EWT train (which abbreviations keep their period,
//! which hyphenated prefixes stay one token, which capitalised words mostly start sentences),
//! extended with common news abbreviations (titles, months, US states). All lists are sorted so
//! lookups are binary searches on a lower-cased stack copy: no allocation per word.

/// Abbreviations that keep their period only when capitalised as written here (lower-cased for
/// lookup): `No.` is "number", `no.` ends a sentence. Titles among them never end a sentence.
const CAPITALISED: &[&str] = &[
    "adm", "ala", "apr", "ariz", "ark", "assn", "attn", "aug", "ave", "blvd", "bros", "calif",
    "capt", "cmdr", "co", "col", "colo", "conf", "conn", "corp", "cpl", "dec", "del", "dept", "dr",
    "esp", "feb", "fla", "fri", "ft", "ga", "gen", "gov", "hon", "ill", "inc", "ind", "jan", "jr",
    "jul", "jun", "kan", "ky", "la", "lt", "ltd", "maj", "mar", "mass", "md", "messrs", "mich",
    "minn", "mme", "mo", "mon", "mont", "mr", "mrs", "ms", "mt", "neb", "nev", "no", "nov", "oct",
    "okla", "ore", "pa", "ph", "pres", "prof", "rep", "reps", "rev", "sat", "sec", "sen", "sens",
    "sep", "sept", "sgt", "spec", "sr", "st", "sun", "supt", "tenn", "tex", "thu", "thur", "thurs",
    "tue", "tues", "univ", "va", "vol", "vt", "wed", "wis", "wyo",
];

/// Titles and name parts: a period after them never ends a sentence.
const TITLES: &[&str] = &[
    "adm", "capt", "cmdr", "col", "cpl", "dr", "ft", "gen", "gov", "hon", "lt", "maj", "messrs",
    "mme", "mr", "mrs", "ms", "mt", "no", "pres", "prof", "rep", "reps", "rev", "sen", "sens",
    "sgt", "st", "supt",
];

/// Abbreviations that keep their period in any case (lower-cased).
const ANY_CASE: &[&str] = &[
    "al", "approx", "arrv", "ca", "cf", "dept", "eg", "est", "etc", "ext", "fig", "govt", "hrs",
    "ie", "incl", "info", "lb", "lbs", "mins", "misc", "mos", "nos", "oz", "pp", "sq", "viz", "vs",
    "yrs",
];

/// Prefixes that EWT keeps attached to the following word (`e-mail`, `non-profit`, `post-war`);
/// other hyphenated words are split (`year - old`).
const HYPHEN_PREFIXES: &[&str] = &[
    "anti", "auto", "bi", "co", "counter", "cross", "e", "ex", "extra", "hyper", "infra", "inter",
    "intra", "macro", "mega", "micro", "mid", "mini", "multi", "neo", "non", "over", "post", "pre",
    "pro", "pseudo", "psycho", "quasi", "re", "semi", "socio", "sub", "super", "trans", "tri",
    "ultra", "un", "under", "uni",
];

/// Units split from a preceding number (`5pm` -> `5` `pm`, `35mm` -> `35` `mm`); ordinals and
/// decades (`21st`, `1980s`) stay whole.
const UNITS: &[&str] = &[
    "am", "bn", "cm", "ft", "g", "gb", "hr", "hrs", "k", "kb", "kg", "km", "kph", "kw", "lb",
    "lbs", "m", "mb", "mg", "mi", "min", "mins", "ml", "mm", "mph", "ms", "oz", "pm", "sec", "tb",
    "x", "yr", "yrs",
];

/// Capitalised words that mostly open sentences in EWT train (function words, not names). An
/// abbreviation followed by one of them ends its sentence: `... in the U.S. The next day`.
const STARTERS: &[&str] = &[
    "a",
    "according",
    "after",
    "again",
    "all",
    "almost",
    "also",
    "although",
    "an",
    "and",
    "another",
    "are",
    "as",
    "at",
    "because",
    "before",
    "being",
    "besides",
    "both",
    "but",
    "by",
    "can",
    "despite",
    "did",
    "do",
    "does",
    "during",
    "each",
    "earlier",
    "either",
    "even",
    "every",
    "everyone",
    "finally",
    "for",
    "from",
    "given",
    "have",
    "he",
    "he's",
    "her",
    "here",
    "here's",
    "his",
    "how",
    "however",
    "i",
    "if",
    "in",
    "instead",
    "is",
    "it",
    "it's",
    "its",
    "later",
    "let's",
    "many",
    "maybe",
    "meanwhile",
    "more",
    "most",
    "my",
    "never",
    "next",
    "no",
    "nobody",
    "nothing",
    "now",
    "on",
    "once",
    "one",
    "only",
    "or",
    "other",
    "our",
    "overall",
    "perhaps",
    "she",
    "should",
    "since",
    "so",
    "some",
    "still",
    "such",
    "that",
    "that's",
    "the",
    "their",
    "then",
    "there",
    "there's",
    "therefore",
    "these",
    "they",
    "they're",
    "this",
    "those",
    "thus",
    "two",
    "unfortunately",
    "unless",
    "until",
    "upon",
    "very",
    "was",
    "we",
    "we're",
    "well",
    "what",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "why",
    "will",
    "with",
    "without",
    "yes",
    "yet",
    "you",
];

/// Capitalised words that open a sentence even after a word without final punctuation
/// (`... see below Thanks`): in EWT train they follow a word mid-sentence almost never.
const STRONG_STARTERS: &[&str] = &[
    "attached", "dear", "fyi", "hi", "how", "if", "please", "ps", "subject", "thanks", "this",
    "what",
];

/// Lower-cases `word` (ASCII) into `buf` and returns it, or `None` when it does not fit or is not
/// ASCII: none of the listed words is longer than 16 bytes.
fn lower<'b>(word: &str, buf: &'b mut [u8; 16]) -> Option<&'b str> {
    let bytes = word.as_bytes();
    if bytes.len() > buf.len() || !word.is_ascii() {
        return None;
    }
    for (dst, src) in buf.iter_mut().zip(bytes) {
        *dst = src.to_ascii_lowercase();
    }
    std::str::from_utf8(&buf[..bytes.len()]).ok()
}

fn contains(list: &[&str], word: &str) -> bool {
    let mut buf = [0u8; 16];
    lower(word, &mut buf).is_some_and(|w| list.binary_search(&w).is_ok())
}

/// True when `word` (without its period) is an abbreviation that keeps the period: `Mr`, `etc`,
/// `Jan`, but not `no` (only `No`).
pub fn is_abbreviation(word: &str) -> bool {
    let capitalised = word.as_bytes().first().is_some_and(u8::is_ascii_uppercase);
    (capitalised && contains(CAPITALISED, word)) || contains(ANY_CASE, word)
}

/// True when a period after `word` never ends a sentence (`Mr.`, `Dr.`, `Gen.`).
pub fn is_title(word: &str) -> bool {
    contains(TITLES, word)
}

pub fn is_hyphen_prefix(word: &str) -> bool {
    contains(HYPHEN_PREFIXES, word)
}

pub fn is_unit(word: &str) -> bool {
    contains(UNITS, word)
}

/// True for a capitalised word that usually opens a sentence (`The`, `He`, `However`).
pub fn is_starter(word: &str) -> bool {
    word.as_bytes().first().is_some_and(u8::is_ascii_uppercase) && contains(STARTERS, word)
}

/// True for a capitalised word that opens a sentence even without punctuation before it.
pub fn is_strong_starter(word: &str) -> bool {
    word.as_bytes().first().is_some_and(u8::is_ascii_uppercase) && contains(STRONG_STARTERS, word)
}

/// Days of the week and months, lower-cased: capitalised words that every news story shares
/// and that name no actor.
pub const CALENDAR: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_sorted_for_binary_search() {
        for list in [
            CAPITALISED,
            TITLES,
            ANY_CASE,
            HYPHEN_PREFIXES,
            UNITS,
            STARTERS,
            STRONG_STARTERS,
        ] {
            assert!(
                list.windows(2).all(|w| w[0] < w[1]),
                "unsorted near {:?}",
                list.first()
            );
            assert!(list.iter().all(|w| w.len() <= 16 && w.to_lowercase() == *w));
        }
    }

    #[test]
    fn lookups() {
        for (word, abbr) in [
            ("Mr", true),
            ("mr", false),
            ("No", true),
            ("no", false),
            ("etc", true),
            ("ETC", true),
            ("Jan", true),
            ("Putin", false),
            ("", false),
            ("überlang", false),
        ] {
            assert_eq!(is_abbreviation(word), abbr, "{word}");
        }
        assert!(is_title("Dr") && !is_title("Inc"));
        assert!(is_starter("The") && !is_starter("the") && !is_starter("Putin"));
        assert!(is_hyphen_prefix("Non") && !is_hyphen_prefix("year"));
        assert!(is_unit("pm") && !is_unit("th"));
    }
}
