//! The embedded gazetteer: country names and codes (Debian iso-codes, LGPL-2.1+) plus
//! hand-written demonyms, aliases, cities, regions and organisations (see gazetteer.tsv's header
//! and src/annotate/ner/sources/gen_gazetteer.py, which regenerates it).

use std::sync::LazyLock;

use rustc_hash::{FxHashMap, FxHashSet};

use crate::document::EntityType;

static DATA: &str = include_str!("gazetteer.tsv");

/// Well-known organisations applied after tagging only (see the file's header).
static ORGANISATIONS: &str = include_str!("organisations.tsv");

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
    /// Every proper prefix of a `folded` key that ends at a token boundary (`new` and
    /// `new york` for `new york city`): a left-to-right scan stops as soon as its text is
    /// neither a key nor in here.
    prefixes: FxHashSet<String>,
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
    /// The gazetteer compiled into the binary: places, nationalities and organisations, with
    /// the well-known organisations of `organisations.tsv`.
    pub fn embedded() -> &'static Gazetteer {
        static G: LazyLock<Gazetteer> = LazyLock::new(|| {
            Gazetteer::parse(&format!("{DATA}{ORGANISATIONS}"))
                .expect("embedded gazetteer.tsv and organisations.tsv are well formed")
        });
        &G
    }

    /// The well-known organisations alone (`organisations.tsv`).
    pub fn organisations() -> &'static Gazetteer {
        static G: LazyLock<Gazetteer> = LazyLock::new(|| {
            Gazetteer::parse(ORGANISATIONS).expect("embedded organisations.tsv is well formed")
        });
        &G
    }

    /// The part of [`Gazetteer::embedded`] the entity tagger's features read: the list the
    /// shipped model was trained with, so its membership features stay what they were then.
    pub fn for_features() -> &'static Gazetteer {
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
            for (i, _) in key.match_indices(' ') {
                g.prefixes.insert(key[..i].to_string());
            }
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
        let mut key = String::new();
        for (k, w) in words.iter().enumerate() {
            if k > 0 {
                key.push(' ');
            }
            push_lower(&mut key, w.as_ref());
        }
        self.lookup_folded(&key, words)
    }

    /// [`Gazetteer::lookup`] given the lowercased, space-joined `key` of `words`.
    fn lookup_folded<S: AsRef<str>>(&self, key: &str, words: &[S]) -> Option<GazMatch<'_>> {
        let ids = self.folded.get(key)?;
        let exact = ids
            .iter()
            .map(|&i| &self.entries[i])
            .find(|e| is_joined(&e.surface, words));
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
        scan_longest(words, self.max_tokens, &self.prefixes, |key, ws| {
            self.lookup_folded(key, ws)
        })
        .into_iter()
        .map(|(start, end, m)| GazMatch { start, end, ..m })
        .collect()
    }

    /// The matching of [`Gazetteer::matches`] as first written (every span length from the
    /// longest down, each joined and lowercased anew): the reference the fast scan must equal.
    #[cfg(test)]
    fn matches_by_joining<'a>(&'a self, words: &[&str]) -> Vec<GazMatch<'a>> {
        let lookup = |ws: &[&str]| {
            let joined = ws.join(" ");
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
            Some((entry, exact.is_some()))
        };
        let mut out = Vec::new();
        let mut i = 0;
        while i < words.len() {
            let longest = (1..=self.max_tokens.min(words.len() - i))
                .rev()
                .find_map(|n| lookup(&words[i..i + n]).map(|m| (n, m)));
            match longest {
                Some((n, (entry, exact_case))) => {
                    out.push(GazMatch {
                        start: i,
                        end: i + n,
                        entry,
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

/// Appends `w.to_lowercase()` to `out` (without allocating for ASCII words). Lowercasing each
/// word alone equals lowercasing the space-joined text: a space ends the context that
/// final-sigma lowercasing looks at.
pub fn push_lower(out: &mut String, w: &str) {
    if w.is_ascii() {
        out.extend(w.bytes().map(|b| char::from(b.to_ascii_lowercase())));
    } else {
        out.push_str(&w.to_lowercase());
    }
}

/// Longest non-overlapping matches of a name list over `words`, left to right, as
/// `(start, end, hit)`. A span grows one token at a time while its lower-cased text (words
/// joined by single spaces) is in `prefixes`; `hit(key, span)` says whether a span is a name,
/// and the last span that is one wins.
pub(super) fn scan_longest<S: AsRef<str>, T>(
    words: &[S],
    max_tokens: usize,
    prefixes: &FxHashSet<String>,
    mut hit: impl FnMut(&str, &[S]) -> Option<T>,
) -> Vec<(usize, usize, T)> {
    let mut out = Vec::new();
    let mut key = String::new();
    let mut i = 0;
    while i < words.len() {
        key.clear();
        let mut longest = None;
        for n in 1..=max_tokens.min(words.len() - i) {
            if n > 1 {
                key.push(' ');
            }
            push_lower(&mut key, words[i + n - 1].as_ref());
            if let Some(m) = hit(&key, &words[i..i + n]) {
                longest = Some((n, m));
            }
            if !prefixes.contains(key.as_str()) {
                break;
            }
        }
        match longest {
            Some((n, m)) => {
                out.push((i, i + n, m));
                i += n;
            }
            None => i += 1,
        }
    }
    out
}

/// `surface == words.join(" ")`, without building the joined string.
pub(super) fn is_joined<S: AsRef<str>>(surface: &str, words: &[S]) -> bool {
    let mut rest = surface;
    for (k, w) in words.iter().enumerate() {
        if k > 0 {
            match rest.strip_prefix(' ') {
                Some(r) => rest = r,
                None => return false,
            }
        }
        match rest.strip_prefix(w.as_ref()) {
            Some(r) => rest = r,
            None => return false,
        }
    }
    rest.is_empty()
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
        // The organisations file: well formed, sorted, and naming no surface gazetteer.tsv has.
        let orgs = Gazetteer::parse(ORGANISATIONS).unwrap();
        assert!(orgs.len() > 100, "only {} organisations", orgs.len());
        for e in &orgs.entries {
            assert_eq!(e.kind, GazKind::Entity(EntityType::Org), "{}", e.surface);
            assert!(g.lookup_name(&e.surface).is_none(), "{} twice", e.surface);
        }
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

    #[test]
    fn fast_scan_equals_joining_every_span() {
        let g = Gazetteer::embedded();
        let text = "the United States and New York City met the UN in new york . \
            US troops left the us ; Russian Federation , RUSSIA , russia and North Korea's \
            South KOREA near the Black Sea . ΟΔΟΣ Σ Kremlin Ukrainian who WHO";
        let words: Vec<&str> = text.split_whitespace().collect();
        for start in 0..words.len() {
            for end in start..=words.len() {
                let ws = &words[start..end];
                assert_eq!(g.matches(ws), g.matches_by_joining(ws), "{ws:?}");
            }
        }
        // Every entry's own surface, and its lowercase, as tokens.
        for e in &g.entries {
            for s in [e.surface.clone(), e.surface.to_lowercase()] {
                let ws: Vec<&str> = s.split(' ').collect();
                assert_eq!(g.matches(&ws), g.matches_by_joining(&ws), "{ws:?}");
            }
        }
        assert!(is_joined("New York", &["New", "York"]));
        assert!(!is_joined("New York", &["New", "Yor"]));
        assert!(!is_joined("New York", &["New York", ""]));
    }
}
