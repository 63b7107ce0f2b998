//! The place lexicon (GeoNames cities of 15,000+ people and ISO 3166-2 subdivisions, see
//! places.txt's header): a feature of the entity tagger only. It tells a town from a person
//! (`Varkala`, `Antigua`) and finds places written in lowercase (`kerala`, `auckland`).

use std::sync::LazyLock;

use rustc_hash::FxHashMap;

static DATA: &str = include_str!("places.txt");

/// Lowercased, space-joined name → the name as the lexicon writes it.
#[derive(Debug, Default)]
pub struct Places {
    names: FxHashMap<String, &'static str>,
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
            p.names.entry(line.to_lowercase()).or_insert(line);
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
}
