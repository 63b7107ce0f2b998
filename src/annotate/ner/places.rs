//! The place lexicon (GeoNames cities of 15,000+ people and ISO 3166-2 subdivisions, see
//! places.txt's header): a feature of the entity tagger only. It tells a town from a person
//! (`Varkala`, `Antigua`) and finds places written in lowercase (`kerala`, `auckland`).

use std::sync::LazyLock;

use rustc_hash::{FxHashMap, FxHashSet};

use super::gazetteer::{is_joined, scan_longest};

static DATA: &str = include_str!("places.txt");

/// Lowercased, space-joined name → the name as the lexicon writes it.
#[derive(Debug, Default)]
pub struct Places {
    names: FxHashMap<String, &'static str>,
    /// Proper prefixes of the keys of `names` that end at a token boundary.
    prefixes: FxHashSet<String>,
    max_tokens: usize,
}

/// A lexicon match over tokens `start..end`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PlaceMatch {
    pub start: usize,
    pub end: usize,
    /// The tokens are written exactly as the lexicon writes the name.
    pub exact_case: bool,
}

impl Places {
    /// The lexicon compiled into the binary.
    pub fn embedded() -> &'static Places {
        static P: LazyLock<Places> = LazyLock::new(|| Places::parse(DATA));
        &P
    }

    /// One name per line (tokens separated by spaces); `#` lines are comments.
    pub fn parse(text: &'static str) -> Places {
        let mut p = Places::default();
        for line in text
            .lines()
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
        {
            p.max_tokens = p.max_tokens.max(line.split(' ').count());
            let key = line.to_lowercase();
            for (i, _) in key.match_indices(' ') {
                p.prefixes.insert(key[..i].to_string());
            }
            p.names.entry(key).or_insert(line);
        }
        p
    }

    pub fn len(&self) -> usize {
        self.names.len()
    }

    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }

    /// Longest non-overlapping matches, left to right.
    pub fn matches(&self, words: &[&str]) -> Vec<PlaceMatch> {
        scan_longest(words, self.max_tokens, &self.prefixes, |key, ws| {
            self.names.get(key).map(|name| is_joined(name, ws))
        })
        .into_iter()
        .map(|(start, end, exact_case)| PlaceMatch {
            start,
            end,
            exact_case,
        })
        .collect()
    }

    /// [`Places::matches`] as first written (every span joined and lowercased, longest first):
    /// the reference for the scan above.
    #[cfg(test)]
    fn matches_by_joining(&self, words: &[&str]) -> Vec<PlaceMatch> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < words.len() {
            let hit = (1..=self.max_tokens.min(words.len() - i))
                .rev()
                .find_map(|n| {
                    let joined = words[i..i + n].join(" ");
                    let name = self.names.get(&joined.to_lowercase())?;
                    Some((n, *name == joined))
                });
            match hit {
                Some((n, exact_case)) => {
                    out.push(PlaceMatch {
                        start: i,
                        end: i + n,
                        exact_case,
                    });
                    i += n;
                }
                None => i += 1,
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_match_and_case() {
        let p = Places::embedded();
        assert!(p.len() > 30_000);
        let words = ["we", "flew", "from", "san", "diego", "to", "Kerala"];
        assert_eq!(
            p.matches(&words),
            vec![
                PlaceMatch {
                    start: 3,
                    end: 5,
                    exact_case: false
                },
                PlaceMatch {
                    start: 6,
                    end: 7,
                    exact_case: true
                }
            ]
        );
    }

    #[test]
    fn fast_scan_equals_joining_every_span() {
        let p = Places::embedded();
        let text = "we flew from san diego to Kerala and New York City , then SAN JOSE , \
            Rio de Janeiro , rio De janeiro and St. Petersburg near Mexico City ΟΔΟΣ Σ";
        let words: Vec<&str> = text.split_whitespace().collect();
        for start in 0..words.len() {
            for end in start..=words.len() {
                let ws = &words[start..end];
                assert_eq!(p.matches(ws), p.matches_by_joining(ws), "{ws:?}");
            }
        }
        for name in p.names.values().take(5000) {
            for s in [
                name.to_string(),
                name.to_lowercase(),
                format!("in {name} today"),
            ] {
                let ws: Vec<&str> = s.split(' ').collect();
                assert_eq!(p.matches(&ws), p.matches_by_joining(&ws), "{ws:?}");
            }
        }
    }
}
