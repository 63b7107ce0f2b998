//! Cross-document aliasing: which entity records from different documents are one actor.
//!
//! A pure function over records (name, type, aliases, roles, context words) → clusters, each
//! merge with its reason, so graph.json can show why two nodes became one and a user can undo
//! it with a no-merge list. Rules, most precise first: same name, gazetteer alias
//! (U.S. = United States), acronym (UN = United Nations), surname with the same first name,
//! a bare surname matching exactly one known person, transliteration variant (Zelenskyy /
//! Zelensky / Zelenskiy: close spellings of one type with shared context).

mod candidates;

use candidates::Candidates;

use crate::annotate::coref::{NameParts, in_capitals, normalise_key};
use crate::annotate::ner::gazetteer::{Gazetteer, is_acronym};
use crate::document::EntityType;

pub const SAME_NAME: &str = "same name";
pub const GAZETTEER: &str = "gazetteer alias";
pub const ACRONYM: &str = "acronym";
pub const SURNAME: &str = "surname match with same first name";
pub const SURNAME_ONLY: &str = "surname matches the only person with that surname";
pub const TRANSLITERATION: &str = "transliteration variant";

/// One entity as seen in one document.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct EntityRecord {
    pub name: String,
    pub kind: Option<EntityType>,
    pub aliases: Vec<String>,
    pub roles: Vec<String>,
    /// Content words near the entity's mentions (lowercased by the caller or not).
    pub context: Vec<String>,
}

impl EntityRecord {
    pub fn new(name: &str, kind: EntityType) -> EntityRecord {
        EntityRecord {
            name: name.to_string(),
            kind: Some(kind),
            ..EntityRecord::default()
        }
    }

    fn forms(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.name.as_str()).chain(self.aliases.iter().map(String::as_str))
    }
}

/// One merge: record `a` joined record `b`'s cluster because of `reason`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Merge {
    pub a: usize,
    pub b: usize,
    pub reason: &'static str,
}

/// Records that are one actor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AliasCluster {
    /// Record indices, ascending.
    pub members: Vec<usize>,
    /// The fullest name (the gazetteer's name for listed places and organisations).
    pub canonical: String,
    /// Every other name and alias of the members, sorted.
    pub aliases: Vec<String>,
    pub merges: Vec<Merge>,
}

/// Pairs of names never to merge (from `--no-merge A=B` or a merge-list file), case-insensitive.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NoMerge {
    pairs: Vec<(String, String)>,
}

impl NoMerge {
    pub fn new<S: AsRef<str>>(pairs: &[(S, S)]) -> NoMerge {
        NoMerge {
            pairs: pairs
                .iter()
                .map(|(a, b)| (a.as_ref().to_lowercase(), b.as_ref().to_lowercase()))
                .collect(),
        }
    }

    /// Parses a merge-list file: one `NAME<TAB>NAME` or `NAME = NAME` pair per line; `#` comments.
    pub fn parse(text: &str) -> Result<NoMerge, String> {
        let mut pairs = Vec::new();
        for (n, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (a, b) = line
                .split_once('\t')
                .or_else(|| line.split_once('='))
                .ok_or(format!(
                    "line {}: expected `NAME<TAB>NAME` or `NAME = NAME`",
                    n + 1
                ))?;
            pairs.push((a.trim().to_string(), b.trim().to_string()));
        }
        Ok(NoMerge::new(&pairs))
    }

    fn forbids(&self, a: &str, b: &str) -> bool {
        let (a, b) = (a.to_lowercase(), b.to_lowercase());
        self.pairs
            .iter()
            .any(|(x, y)| (*x == a && *y == b) || (*x == b && *y == a))
    }
}

/// Lowercase letters only, with common transliteration endings folded (`-iy`, `-yy`, `-ii` → `-y`).
fn translit_key(word: &str) -> String {
    let mut s: String = word
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphabetic())
        .collect();
    for end in ["iy", "yy", "ii", "yi"] {
        if s.ends_with(end) {
            s.truncate(s.len() - end.len());
            s.push('y');
            break;
        }
    }
    s
}

/// Levenshtein distance over chars.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = (prev + (ca != *cb) as usize)
                .min(row[j] + 1)
                .min(row[j + 1] + 1);
            prev = cur;
        }
    }
    row[b.len()]
}

fn acronym_of(short: &str, long: &str) -> bool {
    if !is_acronym(short) || !long.contains(' ') {
        return false;
    }
    initials(long) == short.replace('.', "")
}

/// First letters of a name's words, skipping `of`, `the`, `and`, `for`, `&`.
fn initials(long: &str) -> String {
    long.split_whitespace()
        .filter(|w| {
            !matches!(
                w.to_lowercase().as_str(),
                "of" | "the" | "and" | "for" | "&"
            )
        })
        .filter_map(|w| w.chars().next())
        .collect()
}

fn shares_context(a: &EntityRecord, b: &EntityRecord) -> bool {
    let lower = |v: &[String]| -> Vec<String> { v.iter().map(|w| w.to_lowercase()).collect() };
    let role_words = |r: &EntityRecord| -> Vec<String> {
        r.roles
            .iter()
            .flat_map(|x| x.split_whitespace())
            .map(str::to_lowercase)
            .collect()
    };
    let (ca, cb) = (lower(&a.context), lower(&b.context));
    ca.iter().any(|w| cb.contains(w)) || role_words(a).iter().any(|w| role_words(b).contains(w))
}

/// The reason two records are the same actor, if any (before cluster-level checks).
fn pair_reason(
    a: &EntityRecord,
    b: &EntityRecord,
    records: &[EntityRecord],
    gaz: &Gazetteer,
) -> Option<&'static str> {
    if a.kind != b.kind {
        return None;
    }
    let same = |x: &str, y: &str| {
        x.split_whitespace().eq(y.split_whitespace()) || x.eq_ignore_ascii_case(y)
    };
    if a.forms().any(|x| b.forms().any(|y| same(x, y))) {
        return Some(SAME_NAME);
    }
    let person = a.kind == Some(EntityType::Person);
    if !person {
        let listed = |x: &str| gaz.lookup_name(x).map(|e| e.canonical.to_lowercase());
        if a.forms().any(|x| {
            b.forms()
                .any(|y| listed(x).is_some() && listed(x) == listed(y))
        }) {
            return Some(GAZETTEER);
        }
        if a.forms()
            .any(|x| b.forms().any(|y| acronym_of(x, y) || acronym_of(y, x)))
        {
            return Some(ACRONYM);
        }
        if a.forms().any(|x| {
            b.forms()
                .any(|y| normalise_key(x, gaz) == normalise_key(y, gaz))
        }) {
            return Some(SAME_NAME);
        }
    }
    if person {
        for x in a.forms().map(NameParts::new) {
            for y in b.forms().map(NameParts::new) {
                let same_last = x.last().eq_ignore_ascii_case(y.last());
                match (x.first(), y.first()) {
                    (Some(f), Some(g)) if same_last && NameParts::first_names_agree(f, g) => {
                        return Some(SURNAME);
                    }
                    (None, Some(_)) | (Some(_), None) if same_last => {
                        // A bare surname joins a full name only if no other person has that surname.
                        let surname = x.last().to_lowercase();
                        let full: Vec<String> = records
                            .iter()
                            .filter(|r| r.kind == Some(EntityType::Person))
                            .flat_map(|r| r.forms().map(NameParts::new))
                            .filter(|n| n.first().is_some() && n.last().to_lowercase() == surname)
                            .map(|n| n.words.join(" ").to_lowercase())
                            .collect::<std::collections::BTreeSet<_>>()
                            .into_iter()
                            .collect();
                        if full.len() == 1 {
                            return Some(SURNAME_ONLY);
                        }
                    }
                    _ => {}
                }
            }
        }
    }
    // Transliteration: close spellings of the last word, first names (if any) agreeing, and
    // some shared context, because close spellings alone join different people (Jonson/Johnson).
    for x in a.forms().map(NameParts::new) {
        for y in b.forms().map(NameParts::new) {
            // One surname spelled alike is the surname rules' business: they know when a bare
            // surname is ambiguous, this rule would join it to whichever person came first.
            if person && x.last().eq_ignore_ascii_case(y.last()) {
                continue;
            }
            let (kx, ky) = (translit_key(x.last()), translit_key(y.last()));
            let long = kx.chars().count().max(ky.chars().count());
            let firsts_ok = match (x.first(), y.first()) {
                (Some(f), Some(g)) => NameParts::first_names_agree(f, g),
                _ => true,
            };
            let same_rest =
                x.words.len() == y.words.len() || x.words.len() == 1 || y.words.len() == 1;
            if long >= 5
                && firsts_ok
                && same_rest
                && edit_distance(&kx, &ky) * 5 <= long
                && shares_context(a, b)
            {
                return Some(TRANSLITERATION);
            }
        }
    }
    None
}

/// True when two clusters may become one: no no-merge pair between them and no two people
/// with one surname and different first names.
fn compatible(ma: &[usize], mb: &[usize], records: &[EntityRecord], no_merge: &NoMerge) -> bool {
    for &i in ma {
        for &j in mb {
            let (a, b) = (&records[i], &records[j]);
            if a.forms().any(|x| b.forms().any(|y| no_merge.forbids(x, y))) {
                return false;
            }
            if a.kind == Some(EntityType::Person) {
                for x in a.forms().map(NameParts::new) {
                    for y in b.forms().map(NameParts::new) {
                        if let (Some(f), Some(g)) = (x.first(), y.first())
                            && x.last().eq_ignore_ascii_case(y.last())
                            && !NameParts::first_names_agree(f, g)
                        {
                            return false;
                        }
                    }
                }
            }
        }
    }
    true
}

/// Clusters entity records; deterministic for a given input order.
pub fn cluster(records: &[EntityRecord], no_merge: &NoMerge) -> Vec<AliasCluster> {
    let candidates = Candidates::new(records, Gazetteer::embedded());
    cluster_over(records, no_merge, |i| candidates.after(i))
}

/// Clusters comparing record `i` with the records `later(i)` (ascending, all after `i`).
fn cluster_over(
    records: &[EntityRecord],
    no_merge: &NoMerge,
    later: impl Fn(usize) -> Vec<usize>,
) -> Vec<AliasCluster> {
    let gaz = Gazetteer::embedded();
    let mut owner: Vec<usize> = (0..records.len()).collect();
    let mut members: Vec<Vec<usize>> = (0..records.len()).map(|i| vec![i]).collect();
    let mut merges: Vec<Vec<Merge>> = vec![Vec::new(); records.len()];
    for i in 0..records.len() {
        for j in later(i) {
            let (ci, cj) = (owner[i], owner[j]);
            if ci == cj {
                continue;
            }
            let Some(reason) = pair_reason(&records[i], &records[j], records, gaz) else {
                continue;
            };
            if !compatible(&members[ci], &members[cj], records, no_merge) {
                continue;
            }
            let moved = std::mem::take(&mut members[cj]);
            for &m in &moved {
                owner[m] = ci;
            }
            members[ci].extend(moved);
            members[ci].sort_unstable();
            let mut mv = std::mem::take(&mut merges[cj]);
            merges[ci].append(&mut mv);
            merges[ci].push(Merge { a: i, b: j, reason });
        }
    }
    let mut out = Vec::new();
    for (c, m) in members.into_iter().enumerate() {
        if m.is_empty() {
            continue;
        }
        let canonical = canonical_name(&m, records, gaz);
        let mut aliases: Vec<String> = m
            .iter()
            .flat_map(|&i| records[i].forms().map(str::to_string))
            .filter(|f| *f != canonical)
            .collect();
        aliases.sort();
        aliases.dedup();
        out.push(AliasCluster {
            members: m,
            canonical,
            aliases,
            merges: std::mem::take(&mut merges[c]),
        });
    }
    out.sort_by_key(|c| c.members[0]);
    out
}

/// The gazetteer name if a member is listed, else the fullest name: most words, then ordinary
/// case over capitals ("Kestley Junction" over a dateline's "KESTLEY JUNCTION"), then the most
/// records carrying it, then alphabetical.
fn canonical_name(members: &[usize], records: &[EntityRecord], gaz: &Gazetteer) -> String {
    if records[members[0]].kind != Some(EntityType::Person)
        && let Some(e) = members
            .iter()
            .flat_map(|&i| records[i].forms())
            .find_map(|f| gaz.lookup_name(f))
    {
        return e.canonical.clone();
    }
    let mut names: Vec<&str> = members.iter().map(|&i| records[i].name.as_str()).collect();
    names.sort_unstable();
    let count = |n: &str| names.iter().filter(|x| **x == n).count();
    names
        .iter()
        .copied()
        .max_by(|a, b| {
            let ka = (a.split_whitespace().count(), !in_capitals(a), count(a));
            let kb = (b.split_whitespace().count(), !in_capitals(b), count(b));
            ka.cmp(&kb).then_with(|| b.cmp(a))
        })
        .unwrap_or("")
        .to_string()
}

#[cfg(test)]
mod tests;
