//! Name-based clustering: surname ↔ full name ↔ title + name, gazetteer aliases
//! (U.S. = United States), acronyms (UN = United Nations). Two people who share a surname but
//! have different first names are never joined.

use rustc_hash::FxHashMap;

use super::gender::first_name_gender;
use crate::annotate::ner::gazetteer::{Gazetteer, is_acronym};
use crate::annotate::ner::org_endings::{self, club_short, company_short, short_form};
use crate::annotate::ner::roles::{Gender, gender_hint};
use crate::annotate::ner::states;
use crate::document::{Document, EntityId, EntityType, Mention};

/// A person name split into words (titles already removed by the entity tagger).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameParts {
    pub words: Vec<String>,
}

impl NameParts {
    pub fn new(name: &str) -> NameParts {
        let words = name
            .split_whitespace()
            .filter(|w| *w != "'s" && *w != "’s")
            .map(|w| w.trim_matches(|c: char| c == ',' || c == '"').to_string())
            .filter(|w| !w.is_empty())
            .collect();
        NameParts { words }
    }

    pub fn first(&self) -> Option<&str> {
        (self.words.len() > 1).then(|| self.words[0].as_str())
    }

    pub fn last(&self) -> &str {
        self.words.last().map(String::as_str).unwrap_or("")
    }

    /// True when two first names can be the same person: equal, or one is the other's initial
    /// (`J.` / `John`).
    pub fn first_names_agree(a: &str, b: &str) -> bool {
        let (a, b) = (
            a.trim_end_matches('.').to_lowercase(),
            b.trim_end_matches('.').to_lowercase(),
        );
        a == b
            || (a.chars().count() == 1 && b.starts_with(&a))
            || (b.chars().count() == 1 && a.starts_with(&b))
    }
}

/// Key of a non-person name: the gazetteer canonical name if listed, else the name lowercased
/// without dots, a leading "the" and a state's form ("Republic of Qaresh" is "qaresh", as
/// news names it after the first mention; listed states such as "Democratic Republic of the
/// Congo" keep the gazetteer's name).
pub fn normalise_key(name: &str, gaz: &Gazetteer) -> String {
    if let Some(e) = gaz.lookup_name(name) {
        return e.canonical.to_lowercase();
    }
    let lower = name.to_lowercase().replace('.', "");
    let lower = lower.strip_prefix("the ").unwrap_or(&lower);
    lower
        .split_once(" of ")
        .filter(|(form, rest)| !rest.is_empty() && states::is_state_form(form))
        .map_or(lower, |(_, rest)| rest)
        .to_string()
}

/// Initials of the capitalised content words (`United Nations` → `UN`).
fn initials(name: &str) -> String {
    name.split_whitespace()
        .filter(|w| {
            !matches!(
                w.to_lowercase().as_str(),
                "of" | "the" | "and" | "for" | "&"
            )
        })
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .collect()
}

/// The short name of a two-word organisation name ending in an organisation word ("Northwind
/// Logistics" → "northwind") or starting with a word WordNet does not know ("Orrin
/// Microsystems" → "orrin"), or of a company's name with its legal form ("Bitterroot Minerals
/// Corp." → "bitterroot"), as a key. Longer names are left alone: "Federal Trade Commission"
/// is never "Federal Trade".
fn short_name(e: &crate::document::Entity) -> Option<String> {
    if e.kind != EntityType::Org {
        return None;
    }
    let words: Vec<&str> = e.name.split_whitespace().collect();
    // A word WordNet does not know ("Orrin" of "Orrin Microsystems") is as good as an ending.
    let distinctive = |w: &str| {
        w.chars().count() >= 3
            && w.chars().all(char::is_alphabetic)
            && !crate::annotate::pos::wordnet::knows(w)
            && !crate::annotate::ner::org_endings::phrase_opener(w)
    };
    match words[..] {
        [first, last] => short_form(first, last)
            .or_else(|| club_short(first, last))
            .or_else(|| company_short(&words))
            .or_else(|| distinctive(first).then_some(first))
            .map(str::to_lowercase),
        // "Bitterroot Minerals Corp." → "bitterroot".
        [_, _, _] => company_short(&words).map(str::to_lowercase),
        _ => None,
    }
}

/// The key of an organisation's name without its organisation word, when that leaves a name of
/// two words or more ([`org_endings::stem`]: "Kallberg Maritime Holdings" → "kallberg
/// maritime").
fn stem_key(e: &crate::document::Entity, gaz: &Gazetteer) -> Option<String> {
    if e.kind != EntityType::Org {
        return None;
    }
    let words: Vec<&str> = e.name.split_whitespace().collect();
    let stem = org_endings::stem(&words)?;
    (stem.len() >= 2).then(|| normalise_key(&stem.join(" "), gaz))
}

/// Two two-word organisation names, one the other with its last word cut short ("Veritas Bio"
/// and "Veritas Biotherapeutics", "Orrin Tech" and "Orrin Technologies"): the same first word
/// and a last word of three letters or more that begins the other's.
fn clipped(a: &str, b: &str) -> bool {
    let (Some((a1, a2)), Some((b1, b2))) = (a.split_once(' '), b.split_once(' ')) else {
        return false;
    };
    let prefix = |short: &str, long: &str| {
        short.len() >= 3
            && short.len() < long.len()
            && long.to_lowercase().starts_with(&short.to_lowercase())
    };
    a1 == b1 && !a2.contains(' ') && !b2.contains(' ') && (prefix(a2, b2) || prefix(b2, a2))
}

/// An entity being built.
#[derive(Debug, Clone)]
pub struct Cluster {
    pub kind: EntityType,
    /// Person name forms seen (titles excluded).
    pub names: Vec<NameParts>,
    /// Every surface form seen, in order.
    pub surfaces: Vec<String>,
    pub roles: Vec<String>,
    pub gender: Gender,
    /// Gazetteer canonical name, when the gazetteer knows the entity.
    pub gazetteer_name: Option<String>,
    /// Keys (see [`normalise_key`]) of non-person names.
    pub keys: Vec<String>,
}

impl Cluster {
    /// The fullest name seen (most words; ties: a name in ordinary case over one in capitals,
    /// as a dateline writes it, then the longer, then first seen); the gazetteer's name for
    /// places.
    pub fn canonical(&self) -> String {
        if let Some(g) = &self.gazetteer_name {
            return g.clone();
        }
        // Of two names as long, the one with more letters ("Veritas Biotherapeutics", not the
        // headline's "Veritas Bio").
        let key = |s: &str| (s.split_whitespace().count(), !in_capitals(s), s.len());
        let mut best = &self.surfaces[0];
        for s in &self.surfaces {
            if key(s) > key(best) {
                best = s;
            }
        }
        best.clone()
    }

    /// True when a person name can join this cluster without contradicting any name in it.
    fn accepts_person(&self, n: &NameParts) -> bool {
        let last = n.last().to_lowercase();
        let mut linked = false;
        for m in &self.names {
            if m.words
                .iter()
                .map(|w| w.to_lowercase())
                .eq(n.words.iter().map(|w| w.to_lowercase()))
            {
                return true;
            }
            if m.last().to_lowercase() != last {
                // A bare surname can match a cluster's full name only by its last word.
                if n.words.len() == 1 || m.words.len() == 1 {
                    continue;
                }
                return false;
            }
            match (m.first(), n.first()) {
                (Some(a), Some(b)) if !NameParts::first_names_agree(a, b) => return false,
                _ => linked = true,
            }
        }
        linked
    }
}

/// Clusters the entity tagger's mentions. Returns the clusters and the mentions pointing at
/// cluster indices.
pub fn cluster_names(doc: &Document) -> (Vec<Cluster>, Vec<Mention>) {
    let gaz = Gazetteer::embedded();
    let mut clusters: Vec<Cluster> = Vec::new();
    let mut last_seen: Vec<usize> = Vec::new();
    let mut out = Vec::with_capacity(doc.mentions.len());
    // Which clusters a name could join, so a mention looks at those instead of every cluster
    // (a book-length document has thousands): person clusters by lowercased surname, others
    // by key, by the initials of a many-word surface and by an acronym surface (dots dropped).
    let mut by_last: FxHashMap<String, Vec<usize>> = FxHashMap::default();
    let mut by_key: FxHashMap<String, Vec<usize>> = FxHashMap::default();
    let mut by_initials: FxHashMap<String, Vec<usize>> = FxHashMap::default();
    let mut by_acronym: FxHashMap<String, Vec<usize>> = FxHashMap::default();
    // Organisations by their name without its organisation word ("Northwind Logistics" →
    // "northwind"), which news uses as the short name.
    let mut by_short: FxHashMap<String, Vec<usize>> = FxHashMap::default();
    // Organisations by their name without its organisation word when that leaves two words or
    // more ("Kallberg Maritime Holdings" → "kallberg maritime", see [`stem_key`]).
    let mut by_stem: FxHashMap<String, Vec<usize>> = FxHashMap::default();
    // Organisations by the first word of a two-word name, for names cut short ([`clipped`]).
    let mut by_lead: FxHashMap<String, Vec<usize>> = FxHashMap::default();
    // Persons by the first word of a full name: "Xi" after "Xi Jinping" (family name first),
    // "Anna" after "Anna Berg". Used only when no cluster has the word as its surname.
    let mut by_first: FxHashMap<String, Vec<usize>> = FxHashMap::default();
    let add = |index: &mut FxHashMap<String, Vec<usize>>, key: String, c: usize| {
        let v = index.entry(key).or_default();
        if !v.contains(&c) {
            v.push(c);
        }
    };
    for (k, m) in doc.mentions.iter().enumerate() {
        let Some(e) = doc.entities.get(m.entity.0 as usize) else {
            continue;
        };
        let short = short_name(e);
        let stem = stem_key(e, gaz);
        let found =
            if e.kind == EntityType::Person {
                let n = NameParts::new(&e.name);
                if n.words.is_empty() {
                    continue;
                }
                // Only a cluster with a name of the same surname can accept it. Several can (two
                // Smiths, a bare surname): the most recent wins.
                by_last
                    .get(&n.last().to_lowercase())
                    .into_iter()
                    .flatten()
                    .copied()
                    .filter(|&c| {
                        clusters[c].kind == EntityType::Person && clusters[c].accepts_person(&n)
                    })
                    .max_by_key(|&c| last_seen[c])
                    .or_else(|| {
                        let [word] = &n.words[..] else {
                            return None;
                        };
                        by_first
                            .get(&word.to_lowercase())
                            .into_iter()
                            .flatten()
                            .copied()
                            .filter(|&c| clusters[c].kind == EntityType::Person)
                            .max_by_key(|&c| last_seen[c])
                    })
            } else {
                let key = normalise_key(&e.name, gaz);
                let mut cands: Vec<usize> = by_key.get(&key).cloned().unwrap_or_default();
                if is_acronym(&e.name) {
                    cands.extend(
                        by_initials
                            .get(&e.name.replace('.', ""))
                            .into_iter()
                            .flatten(),
                    );
                }
                if e.name.contains(' ') {
                    cands.extend(by_acronym.get(&initials(&e.name)).into_iter().flatten());
                    if e.kind == EntityType::Org {
                        cands.extend(by_stem.get(&key).into_iter().flatten());
                    }
                    if let (EntityType::Org, Some((lead, _))) = (e.kind, e.name.split_once(' ')) {
                        cands.extend(by_lead.get(lead).into_iter().flatten().filter(|&&c| {
                            clusters[c].surfaces.iter().any(|n| clipped(n, &e.name))
                        }));
                    }
                } else if e.kind == EntityType::Org {
                    cands.extend(by_short.get(&key).into_iter().flatten());
                }
                // The full name after the short one ("Lumora to cut jobs" in the headline, then
                // "Lumora Systems Inc said"): an organisation known so far only by the short
                // name is this one.
                if let Some(short) = &short {
                    cands.extend(
                        by_key
                            .get(short)
                            .into_iter()
                            .flatten()
                            .filter(|&&c| clusters[c].surfaces.iter().all(|n| !n.contains(' '))),
                    );
                }
                // Likewise "Kallberg Maritime" before "Kallberg Maritime Holdings".
                if let Some(stem) = &stem {
                    cands.extend(by_key.get(stem).into_iter().flatten());
                }
                cands
                    .into_iter()
                    .filter(|&c| clusters[c].kind == e.kind)
                    .min()
            };
        let c = match found {
            Some(c) => c,
            None => {
                clusters.push(Cluster {
                    kind: e.kind,
                    names: Vec::new(),
                    surfaces: Vec::new(),
                    roles: Vec::new(),
                    gender: Gender::Unknown,
                    gazetteer_name: None,
                    keys: Vec::new(),
                });
                last_seen.push(k);
                clusters.len() - 1
            }
        };
        let cl = &mut clusters[c];
        last_seen[c] = k;
        if !cl.surfaces.contains(&e.name) {
            cl.surfaces.push(e.name.clone());
            if e.name.contains(' ') {
                add(&mut by_initials, initials(&e.name), c);
            }
            if is_acronym(&e.name) {
                add(&mut by_acronym, e.name.replace('.', ""), c);
            }
            if let Some(short) = short {
                add(&mut by_short, short, c);
            }
            if let Some(stem) = stem {
                add(&mut by_stem, stem, c);
            }
            if let (EntityType::Org, Some((lead, rest))) = (e.kind, e.name.split_once(' '))
                && !rest.contains(' ')
            {
                add(&mut by_lead, lead.to_string(), c);
            }
        }
        for r in &e.roles {
            if !cl.roles.iter().any(|x| x.eq_ignore_ascii_case(r)) {
                cl.roles.push(r.clone());
            }
        }
        if e.kind == EntityType::Person {
            // One copy of each name form: a repeat changes no decision of `accepts_person`.
            let n = NameParts::new(&e.name);
            let named_gender = n.first().map(first_name_gender).unwrap_or_default();
            let same = |m: &NameParts| {
                m.words.len() == n.words.len()
                    && m.words
                        .iter()
                        .zip(&n.words)
                        .all(|(a, b)| a.to_lowercase() == b.to_lowercase())
            };
            if !cl.names.iter().any(same) {
                add(&mut by_last, n.last().to_lowercase(), c);
                if let Some(first) = n.first() {
                    add(&mut by_first, first.to_lowercase(), c);
                }
                cl.names.push(n);
            }
            // An honorific or gendered title right before the name tells the gender.
            let sent = &doc.sentences[m.sentence];
            let before = m
                .tokens
                .0
                .checked_sub(1)
                .map(|i| sent.tokens[i].form.as_str());
            let hint = before.map(gender_hint).unwrap_or_default();
            let hint = if hint == Gender::Unknown {
                e.roles
                    .iter()
                    .flat_map(|r| r.split_whitespace())
                    .map(gender_hint)
                    .find(|g| *g != Gender::Unknown)
                    .unwrap_or_default()
            } else {
                hint
            };
            // Else the first name ("Anna Roskova"); a lone word may be a surname.
            let hint = if hint == Gender::Unknown {
                named_gender
            } else {
                hint
            };
            if cl.gender == Gender::Unknown {
                cl.gender = hint;
            }
        } else {
            let key = normalise_key(&e.name, gaz);
            if !cl.keys.contains(&key) {
                add(&mut by_key, key.clone(), c);
                cl.keys.push(key);
            }
            if cl.gazetteer_name.is_none() && e.kind != EntityType::Norp {
                cl.gazetteer_name = gaz.lookup_name(&e.name).map(|g| g.canonical.clone());
            }
        }
        out.push(Mention {
            entity: EntityId(c as u32),
            ..m.clone()
        });
    }
    (clusters, out)
}

/// "KESTLEY JUNCTION": a name with letters and no lower-case letter.
pub fn in_capitals(name: &str) -> bool {
    name.chars().any(char::is_alphabetic) && !name.chars().any(char::is_lowercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn person_names_join_only_when_first_names_agree() {
        let mk = |names: &[&str]| Cluster {
            kind: EntityType::Person,
            names: names.iter().map(|n| NameParts::new(n)).collect(),
            surfaces: names.iter().map(|n| n.to_string()).collect(),
            roles: vec![],
            gender: Gender::Unknown,
            gazetteer_name: None,
            keys: vec![],
        };
        for (cluster, name, ok) in [
            (&["Donald Trump"][..], "Trump", true),
            (&["Trump"][..], "Donald Trump", true),
            (&["Donald Trump"][..], "Donald J. Trump", true),
            (&["Donald Trump"][..], "D. Trump", true),
            (&["Donald Trump"][..], "Melania Trump", false),
            (&["Donald Trump", "Trump"][..], "Melania Trump", false),
            (&["Vladimir Putin"][..], "Trump", false),
            (&["Vladimir Putin"][..], "vladimir putin", true),
        ] {
            assert_eq!(
                mk(cluster).accepts_person(&NameParts::new(name)),
                ok,
                "{cluster:?} + {name}"
            );
        }
    }

    #[test]
    fn keys_and_initials() {
        let g = Gazetteer::embedded();
        assert_eq!(
            normalise_key("U.S.", g),
            normalise_key("the United States", g)
        );
        assert_eq!(normalise_key("Acme Corp.", g), "acme corp");
        // A state's form goes; a listed state keeps the gazetteer's name.
        assert_eq!(normalise_key("the Republic of Qaresh", g), "qaresh");
        assert_eq!(normalise_key("Kingdom of Varland", g), "varland");
        assert_eq!(
            normalise_key("Republic of the Congo", g),
            normalise_key("Congo", g)
        );
        assert_ne!(
            normalise_key("Democratic Republic of the Congo", g),
            normalise_key("Congo", g)
        );
        assert_eq!(normalise_key("Republic of", g), "republic of");
        assert_eq!(initials("International Atomic Energy Agency"), "IAEA");
        assert_eq!(initials("Bank of England"), "BE");
    }
}
