//! The embedded gazetteer: country names and codes (Debian iso-codes, LGPL-2.1+) plus
//! hand-written demonyms, aliases, cities, regions and organisations (see gazetteer.tsv's header
//! and src/annotate/ner/sources/gen_gazetteer.py, which regenerates it).

use std::sync::LazyLock;

use rustc_hash::FxHashMap;

use crate::document::EntityType;

static DATA: &str = include_str!("gazetteer.tsv");

/// What a gazetteer entry names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum GazKind {
    Entity(EntityType),
    /// An ISO 3166-1 alpha-3 code: used to alias, never as a tagger feature (too many are words).
    Code,
}

/// One gazetteer entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GazEntry {
    pub surface: String,
    pub kind: GazKind,
    pub canonical: String,
}

/// Surface forms (token sequences) → entries.
#[derive(Debug, Default)]
pub struct Gazetteer {
    entries: Vec<GazEntry>,
    /// Lowercased, space-joined surface → entry indices (in file order).
    folded: FxHashMap<String, Vec<usize>>,
    max_tokens: usize,
}

/// A match of a gazetteer entry over tokens `start..end`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GazMatch<'a> {
    pub start: usize,
    pub end: usize,
    pub entry: &'a GazEntry,
    /// True when the token forms equal the entry's surface exactly (case included).
    pub exact_case: bool,
}

impl Gazetteer {
    /// The gazetteer compiled into the binary.
    pub fn embedded() -> &'static Gazetteer {
        static G: LazyLock<Gazetteer> = LazyLock::new(|| {
            Gazetteer::parse(DATA).expect("embedded gazetteer.tsv is well formed")
        });
        &G
    }

    /// Parses `surface<TAB>TYPE<TAB>canonical<TAB>source` lines; `#` lines are comments.
    pub fn parse(text: &str) -> Result<Gazetteer, String> {
        let mut g = Gazetteer::default();
        for (n, line) in text.lines().enumerate() {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            if cols.len() != 4 || cols.iter().any(|c| c.trim().is_empty() || c.trim() != *c) {
                return Err(format!(
                    "gazetteer line {}: need 4 non-empty trimmed columns",
                    n + 1
                ));
            }
            let kind = match cols[1] {
                "CODE" => GazKind::Code,
                t => GazKind::Entity(
                    EntityType::parse(t)
                        .ok_or(format!("gazetteer line {}: bad type {t}", n + 1))?,
                ),
            };
            let key = cols[0].to_lowercase();
            g.max_tokens = g.max_tokens.max(key.split(' ').count());
            g.folded.entry(key).or_default().push(g.entries.len());
            g.entries.push(GazEntry {
                surface: cols[0].to_string(),
                kind,
                canonical: cols[2].to_string(),
            });
        }
        Ok(g)
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The entry for exactly this token sequence. Exact-case entries win; otherwise a
    /// case-folded match counts unless the entry is an acronym (`US` must not match `us`).
    pub fn lookup<S: AsRef<str>>(&self, words: &[S]) -> Option<GazMatch<'_>> {
        let joined = words
            .iter()
            .map(|w| w.as_ref())
            .collect::<Vec<_>>()
            .join(" ");
        let ids = self.folded.get(&joined.to_lowercase())?;
        let exact = ids
            .iter()
            .map(|&i| &self.entries[i])
            .find(|e| e.surface == joined);
        let entry = exact.or_else(|| {
            ids.iter()
                .map(|&i| &self.entries[i])
                .find(|e| !is_acronym(&e.surface))
        })?;
        Some(GazMatch {
            start: 0,
            end: words.len(),
            entry,
            exact_case: exact.is_some(),
        })
    }

    /// Entry for a whole name written as one string (`"United States"`), tokens split on spaces.
    pub fn lookup_name(&self, name: &str) -> Option<&GazEntry> {
        let words: Vec<&str> = name.split_whitespace().collect();
        let words = match words.first() {
            Some(w) if w.eq_ignore_ascii_case("the") && words.len() > 1 => &words[1..],
            _ => &words[..],
        };
        self.lookup(words).map(|m| m.entry)
    }

    /// Longest non-overlapping matches over a token sequence, left to right.
    pub fn matches<'a, S: AsRef<str>>(&'a self, words: &[S]) -> Vec<GazMatch<'a>> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < words.len() {
            let longest = (1..=self.max_tokens.min(words.len() - i))
                .rev()
                .find_map(|n| self.lookup(&words[i..i + n]).map(|m| (n, m)));
            match longest {
                Some((n, m)) => {
                    out.push(GazMatch {
                        start: i,
                        end: i + n,
                        ..m
                    });
                    i += n;
                }
                None => i += 1,
            }
        }
        out
    }
}

/// All letters upper case and at least two of them (`US`, `NATO`, `U.S.`).
pub fn is_acronym(s: &str) -> bool {
    let letters = s.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2 && s.chars().all(|c| !c.is_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_file_is_well_formed() {
        let g = Gazetteer::parse(DATA).unwrap();
        assert!(g.len() > 800, "only {} entries", g.len());
        // Sorted and without duplicate (surface, type) rows, so regeneration diffs stay small.
        let rows: Vec<(&str, &str)> = DATA
            .lines()
            .filter(|l| !l.starts_with('#'))
            .map(|l| {
                let mut c = l.split('\t');
                (c.next().unwrap(), c.next().unwrap())
            })
            .collect();
        assert!(
            rows.windows(2).all(|w| w[0] < w[1]),
            "gazetteer.tsv is not sorted or has duplicates"
        );
        assert!(
            DATA.contains("LGPL-2.1+"),
            "the header must state the iso-codes licence"
        );
        assert!(Gazetteer::parse("a\tGPE\tb\n").is_err());
        assert!(Gazetteer::parse("a\tCITY\tb\tx\n").is_err());
    }

    #[test]
    fn lookup_table() {
        let g = Gazetteer::embedded();
        let ent = |t| Some(GazKind::Entity(t));
        for (name, kind, canonical) in [
            ("U.S.", ent(EntityType::Gpe), "United States"),
            ("United States", ent(EntityType::Gpe), "United States"),
            ("the United States", ent(EntityType::Gpe), "United States"),
            ("Russian Federation", ent(EntityType::Gpe), "Russia"),
            ("Ukrainian", ent(EntityType::Norp), "Ukraine"),
            ("Kremlin", ent(EntityType::Org), "Kremlin"),
            ("Black Sea", ent(EntityType::Loc), "Black Sea"),
            ("UN", ent(EntityType::Org), "United Nations"),
            ("South Korea", ent(EntityType::Gpe), "South Korea"),
            ("RUS", Some(GazKind::Code), "Russia"),
        ] {
            let e = g
                .lookup_name(name)
                .unwrap_or_else(|| panic!("{name} missing"));
            assert_eq!(
                (Some(e.kind), e.canonical.as_str()),
                (kind, canonical),
                "{name}"
            );
        }
        // Acronyms need their case; ordinary names do not.
        assert!(g.lookup_name("us").is_none());
        assert!(g.lookup_name("who").is_none());
        assert_eq!(g.lookup_name("russia").unwrap().canonical, "Russia");
    }

    #[test]
    fn longest_match_wins() {
        let g = Gazetteer::embedded();
        let words = [
            "the", "United", "States", "and", "New", "York", "City", "met",
        ];
        let m: Vec<(usize, usize, &str)> = g
            .matches(&words)
            .iter()
            .map(|m| (m.start, m.end, m.entry.canonical.as_str()))
            .collect();
        assert_eq!(m, vec![(1, 3, "United States"), (4, 7, "New York")]);
    }
}
