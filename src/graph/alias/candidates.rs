//! Which record pairs alias clustering compares. Every rule in `pair_reason` joins two records
//! only when they share something exact: a spelling (as words, or ignoring ASCII case), a
//! gazetteer entry, an acronym and the initials of a long name, a normalised key, a surname
//! (ignoring ASCII case), or, for transliteration variants, a context or role word. Each of
//! those is a key here, and records are compared only when they share a key of their type.
//! The pairs come out in the order the full double loop visits them, so clustering gives the
//! same clusters as comparing every pair, without its quadratic cost on distinct names.

use rustc_hash::FxHashMap;

use super::{EntityRecord, initials};
use crate::annotate::coref::{NameParts, normalise_key};
use crate::annotate::ner::gazetteer::{Gazetteer, is_acronym};

/// The keys of one record, each prefixed by its type (records of two types never match).
fn keys(r: &EntityRecord, gaz: &Gazetteer) -> Vec<String> {
    let kind = format!("{:?}", r.kind);
    let mut keys = Vec::new();
    let mut push = |rule: &str, key: &str| keys.push(format!("{kind}\u{1}{rule}\u{1}{key}"));
    for x in r.forms() {
        push("words", &x.split_whitespace().collect::<Vec<_>>().join(" "));
        push("case", &x.to_ascii_lowercase());
        if let Some(entry) = gaz.lookup_name(x) {
            push("gazetteer", &entry.canonical.to_lowercase());
        }
        if is_acronym(x) {
            push("acronym", &x.replace('.', ""));
        }
        if x.contains(' ') {
            push("acronym", &initials(x));
        }
        push("normalised", &normalise_key(x, gaz));
        push("surname", &NameParts::new(x).last().to_ascii_lowercase());
    }
    for w in &r.context {
        push("context", &w.to_lowercase());
    }
    for w in r.roles.iter().flat_map(|role| role.split_whitespace()) {
        push("role", &w.to_lowercase());
    }
    keys.sort_unstable();
    keys.dedup();
    keys
}

/// For each record, the later records sharing a key with it.
#[derive(Debug)]
pub(super) struct Candidates {
    /// Bucket numbers of each record's keys.
    keys_of: Vec<Vec<usize>>,
    /// Records of each bucket, ascending.
    buckets: Vec<Vec<usize>>,
}

impl Candidates {
    pub(super) fn new(records: &[EntityRecord], gaz: &Gazetteer) -> Candidates {
        let mut number: FxHashMap<String, usize> = FxHashMap::default();
        let mut buckets: Vec<Vec<usize>> = Vec::new();
        let keys_of = records
            .iter()
            .enumerate()
            .map(|(i, r)| {
                keys(r, gaz)
                    .into_iter()
                    .map(|k| {
                        let b = *number.entry(k).or_insert_with(|| {
                            buckets.push(Vec::new());
                            buckets.len() - 1
                        });
                        buckets[b].push(i);
                        b
                    })
                    .collect()
            })
            .collect();
        Candidates { keys_of, buckets }
    }

    /// Records after `i` that share a key with it, ascending.
    pub(super) fn after(&self, i: usize) -> Vec<usize> {
        let mut js: Vec<usize> = self.keys_of[i]
            .iter()
            .flat_map(|&b| {
                let bucket = &self.buckets[b];
                bucket[bucket.partition_point(|&j| j <= i)..]
                    .iter()
                    .copied()
            })
            .collect();
        js.sort_unstable();
        js.dedup();
        js
    }
}
