//! Casing evidence beyond the token itself: how the sentence as a whole is cased (all
//! lowercase chat, ALL CAPS, Title Case headlines) and how the same word is written elsewhere in
//! its document. Both tell whether a capital letter means a name: `Miramar` at the start of a
//! sentence is a name if the document writes it `Miramar` mid-sentence too, and `kerala` in an
//! all-lowercase post is one if the document also has `Kerala`.

use rustc_hash::FxHashMap;

/// How a sentence uses capitals.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SentenceCase {
    /// Capitals where prose puts them (or too short to tell).
    Normal,
    /// No capital letter at all.
    Lower,
    /// Every word in capitals.
    Upper,
    /// Nine words in ten or more start with a capital (headlines, titles, signatures); news
    /// prose full of names (`Ukrainian President Volodymyr Zelensky met ... in Paris`) is not.
    Title,
}

impl SentenceCase {
    pub fn of<S: AsRef<str>>(words: &[S]) -> SentenceCase {
        let (mut alpha, mut initial_cap, mut all_caps, mut any_cap) = (0, 0, 0, false);
        for w in words {
            let w = w.as_ref();
            let Some(c) = w.chars().next().filter(|c| c.is_alphabetic()) else {
                any_cap |= w.chars().any(char::is_uppercase);
                continue;
            };
            alpha += 1;
            if c.is_uppercase() {
                initial_cap += 1;
                any_cap = true;
                if w.chars().all(|c| !c.is_lowercase()) && w.chars().count() > 1 {
                    all_caps += 1;
                }
            }
        }
        if alpha < 3 {
            SentenceCase::Normal
        } else if !any_cap {
            SentenceCase::Lower
        } else if all_caps * 10 >= alpha * 8 {
            SentenceCase::Upper
        } else if initial_cap * 10 >= alpha * 9 {
            SentenceCase::Title
        } else {
            SentenceCase::Normal
        }
    }

    pub fn id(self) -> u64 {
        self as u64
    }
}

fn capitalised(w: &str) -> bool {
    w.chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        && w.chars().any(char::is_alphabetic)
}

/// Lowercase words that may sit inside a capitalised name (`Bank of America`, `AT & T`).
const CONNECTORS: [&str; 7] = ["of", "and", "&", "for", "de", "the", "'s"];

/// Runs of capitalised words, joined across single connectors between two capitalised words:
/// for every token, the `start..end` of the run it is in. Names are such runs, so where a run
/// ends (`... Corporation`, `... University`) says much about what its first word is.
pub fn capital_runs(words: &[&str]) -> Vec<Option<(usize, usize)>> {
    let n = words.len();
    let mut out = vec![None; n];
    let mut i = 0;
    while i < n {
        if !capitalised(words[i]) {
            i += 1;
            continue;
        }
        let mut end = i + 1;
        loop {
            if end < n && capitalised(words[end]) {
                end += 1;
            } else if end + 1 < n
                && CONNECTORS.contains(&words[end].to_lowercase().as_str())
                && capitalised(words[end + 1])
            {
                end += 2;
            } else {
                break;
            }
        }
        for slot in &mut out[i..end] {
            *slot = Some((i, end));
        }
        i = end;
    }
    out
}

/// Casing class of one occurrence, or `None` where casing says nothing: words that do not
/// start with a letter, sentence-initial words (a capital there is forced) and sentences that
/// are not normally cased.
fn occurrence_class(word: &str, first: bool, case: SentenceCase) -> Option<usize> {
    let c = word.chars().next().filter(|c| c.is_alphabetic())?;
    if first || case != SentenceCase::Normal {
        return None;
    }
    Some(if c.is_uppercase() { 0 } else { 1 })
}

/// Per lowercased word: how often the document writes it capitalised and how often in
/// lowercase, mid-sentence in normally cased sentences.
#[derive(Debug, Clone, Default)]
pub struct DocCasing {
    counts: FxHashMap<String, [u32; 2]>,
}

impl DocCasing {
    /// Counts over every sentence of a document.
    pub fn new<S: AsRef<str>>(sentences: &[&[S]]) -> DocCasing {
        let mut d = DocCasing::default();
        for words in sentences {
            let case = SentenceCase::of(words);
            for (i, w) in words.iter().enumerate() {
                let w = w.as_ref();
                if let Some(k) = occurrence_class(w, i == 0, case) {
                    d.counts.entry(w.to_lowercase()).or_default()[k] += 1;
                }
            }
        }
        d
    }

    /// Evidence for token `i` of `words` (a sentence of this document) from the other
    /// occurrences of its word: 0 none, 1 only capitalised, 2 only lowercase, 3 both.
    pub fn elsewhere(&self, words: &[&str], lower: &str, i: usize, case: SentenceCase) -> u64 {
        let Some(&[mut cap, mut low]) = self.counts.get(lower) else {
            return 0;
        };
        match occurrence_class(words[i], i == 0, case) {
            Some(0) => cap = cap.saturating_sub(1),
            Some(_) => low = low.saturating_sub(1),
            None => {}
        }
        (cap > 0) as u64 | ((low > 0) as u64) << 1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentence_case_table() {
        for (s, want) in [
            ("we went to kerala last week", SentenceCase::Lower),
            ("We went to Kerala last week .", SentenceCase::Normal),
            ("PLEASE CALL ME BACK", SentenceCase::Upper),
            (
                "Dress Code For Females At The Restaurant",
                SentenceCase::Title,
            ),
            ("Hi !", SentenceCase::Normal),
            (
                "Ukrainian President Volodymyr Zelensky met Emmanuel Macron in Paris on Monday .",
                SentenceCase::Normal,
            ),
        ] {
            let words: Vec<&str> = s.split(' ').collect();
            assert_eq!(SentenceCase::of(&words), want, "{s}");
        }
    }

    #[test]
    fn capital_runs_join_connectors_between_capitals() {
        let w: Vec<&str> = "the Bank of America and Wells Fargo of course"
            .split(' ')
            .collect();
        let r = capital_runs(&w);
        assert_eq!(r[0], None);
        // `and` between `America` and `Wells` joins them too: runs are cues, not names; `of`
        // before a lowercase word does not.
        assert!(r[1..7].iter().all(|x| *x == Some((1, 7))), "{r:?}");
        assert_eq!(r[7], None);
        let w: Vec<&str> = "Bank of America said".split(' ').collect();
        assert_eq!(capital_runs(&w)[2], Some((0, 3)));
        assert_eq!(capital_runs(&["G-20", "summit"]), vec![Some((0, 1)), None]);
    }

    #[test]
    fn evidence_comes_from_other_occurrences_only() {
        let a: Vec<&str> = "Miramar was founded in 1888 .".split(' ').collect();
        let b: Vec<&str> = "What do you eat in Miramar ?".split(' ').collect();
        let c: Vec<&str> = "i love miramar so much".split(' ').collect();
        let e: Vec<&str> = "He said miramar twice .".split(' ').collect();
        let d = DocCasing::new(&[&a[..], &b[..], &c[..]]);
        let case = |w: &[&str]| SentenceCase::of(w);
        // Sentence-initial `Miramar` sees the capitalised mid-sentence one; the all-lowercase
        // sentence says nothing about casing.
        assert_eq!(d.elsewhere(&a, "miramar", 0, case(&a)), 1);
        assert_eq!(d.elsewhere(&c, "miramar", 2, case(&c)), 1);
        // The mid-sentence one does not count itself.
        assert_eq!(d.elsewhere(&b, "miramar", 5, case(&b)), 0);
        assert_eq!(d.elsewhere(&a, "founded", 2, case(&a)), 0);
        let d = DocCasing::new(&[&b[..], &e[..]]);
        assert_eq!(d.elsewhere(&b, "miramar", 5, case(&b)), 2);
        assert_eq!(d.elsewhere(&e, "miramar", 2, case(&e)), 1);
    }
}
