//! A per-thread cache of word types for the tagger.
//!
//! Most of the static features of a token depend on one word only: its own form (affixes,
//! shape, ambiguity class, ...) or one neighbour's (`lower(i-1)`, `amb(i+1)`, ...). Scores are
//! `i32` sums of `i16` weights, so the order of additions does not matter and the summed scores
//! of such a group can be kept per word type and added as one vector: exactly the same numbers
//! as looking every feature up. The cache also keeps each type's [`TokenHashes`], its
//! tag-dictionary entry and its ambiguity class, so repeated words are not hashed again.
//!
//! It is direct-mapped on the form hash and bounded: a word whose slot holds another word takes
//! it over, unless that word occurs in the sentence being tagged (then the newcomer goes
//! uncached and its features are looked up one by one). The output never depends on what is
//! cached; only the speed does.

use super::features::{SentenceHashes, TokenHashes, own_features, window_features, word_hash};
use crate::perceptron::ScoreTable;

/// Vector kinds: the token's own features (not sentence-initial, sentence-initial), then the
/// features of a token that look at this word one place to its left, and one and two places to
/// its right. (The one feature on the word two places to the left is cheaper to look up than
/// to keep a vector for.)
pub const OWN: usize = 0;
pub const OWN_FIRST: usize = 1;
const N_KINDS: usize = 6;

/// The vector kind for a neighbour at offset `rel` (−2, −1, 1, 2) from the token scored, if
/// the cache keeps one.
#[inline]
pub fn window_kind(rel: isize) -> Option<usize> {
    match rel {
        -2 => Some(2),
        -1 => Some(3),
        1 => Some(4),
        2 => Some(5),
        _ => None,
    }
}

const KIND_REL: [isize; N_KINDS] = [0, 0, -2, -1, 1, 2];

/// No cache entry.
pub const NONE: u32 = u32::MAX;

/// Default number of slots.
pub const SLOTS: usize = 4096;

#[derive(Debug, Default)]
struct Entry {
    form: String,
    /// Hashes as a non-initial token, `amb` filled in.
    hashes: TokenHashes,
    /// Tag-dictionary tag or `NOT_IN_DICT`.
    dict: u16,
    /// Bit `k` set: vector kind `k` is computed.
    valid: u8,
    /// The last sentence that used the entry.
    stamp: u32,
    /// Hits lately, up to [`MAX_HITS`]; each word that finds the slot taken takes one away, and
    /// takes the slot when none are left, so frequent words stay.
    hits: u8,
}

const MAX_HITS: u8 = 3;

#[derive(Debug)]
pub struct TypeCache {
    /// Which tagger the contents belong to ([`super::TaggerId`]); 0 for none yet.
    owner: u64,
    n_classes: usize,
    n_slots: usize,
    /// Slot → entry id or [`NONE`].
    slots: Vec<u32>,
    entries: Vec<Entry>,
    /// `N_KINDS * n_classes` scores per entry.
    vecs: Vec<i32>,
    sentence: u32,
    /// Features of the vectors waiting to be computed, and where each goes in `vecs`.
    feats: Vec<u64>,
    at: Vec<u32>,
}

impl Default for TypeCache {
    fn default() -> TypeCache {
        TypeCache::with_slots(SLOTS)
    }
}

/// What the tagger knows about one word type without context.
pub trait TypeSource {
    /// The tag-dictionary tag of a form hash, or `NOT_IN_DICT`.
    fn dict_tag(&self, form: u64) -> u16;
    /// The ambiguity class of a lower-cased form hash.
    fn ambiguity(&self, lower: u64) -> u64;
}

impl TypeCache {
    /// A cache of `n_slots` slots (a power of two).
    pub fn with_slots(n_slots: usize) -> TypeCache {
        assert!(n_slots.is_power_of_two());
        TypeCache {
            owner: 0,
            n_classes: 0,
            n_slots,
            slots: Vec::new(),
            entries: Vec::new(),
            vecs: Vec::new(),
            sentence: 0,
            feats: Vec::new(),
            at: Vec::new(),
        }
    }

    /// Starts a sentence tagged by tagger `owner` with `n_classes` tags; forgets everything
    /// when the tagger differs from the last one.
    pub fn begin(&mut self, owner: u64, n_classes: usize) {
        if owner != self.owner || n_classes != self.n_classes || self.slots.is_empty() {
            self.owner = owner;
            self.n_classes = n_classes;
            self.slots.clear();
            self.slots.resize(self.n_slots, NONE);
            self.entries.clear();
            self.vecs.clear();
            self.sentence = 0;
        }
        if self.sentence == u32::MAX {
            for e in &mut self.entries {
                e.stamp = 0;
            }
            self.sentence = 0;
        }
        self.sentence += 1;
    }

    /// The entry of `form`, made on a miss (hashes from `h`, tags from `src`); [`NONE`] when the
    /// slot is held by another word of the current sentence.
    pub fn entry(&mut self, form: &str, src: &impl TypeSource, h: &mut SentenceHashes) -> u32 {
        let key = word_hash(form);
        let slot = (key as usize) & (self.n_slots - 1);
        let id = self.slots[slot];
        if id != NONE {
            let e = &mut self.entries[id as usize];
            if e.form == form {
                e.stamp = self.sentence;
                e.hits = (e.hits + 1).min(MAX_HITS);
                return id;
            }
            if e.stamp == self.sentence {
                return NONE;
            }
            if e.hits > 0 {
                e.hits -= 1;
                return NONE;
            }
        }
        let id = if id == NONE {
            let id = self.entries.len() as u32;
            self.entries.push(Entry::default());
            self.vecs
                .resize(self.vecs.len() + N_KINDS * self.n_classes, 0);
            self.slots[slot] = id;
            id
        } else {
            id
        };
        let mut t = h.token(form, false);
        t.amb = src.ambiguity(t.lower);
        let e = &mut self.entries[id as usize];
        e.form.clear();
        e.form.push_str(form);
        e.hashes = t;
        e.dict = src.dict_tag(t.form);
        e.valid = 0;
        e.stamp = self.sentence;
        e.hits = 0;
        id
    }

    /// Hashes of entry `id` as token `i` of a sentence, and its tag-dictionary tag.
    #[inline]
    pub fn hashes(&self, id: u32, first: bool) -> (TokenHashes, u16) {
        let e = &self.entries[id as usize];
        let mut t = e.hashes;
        if first {
            t.flags |= 16;
        }
        (t, e.dict)
    }

    /// Asks for the vector `kind` of entry `id`: if it is not computed yet, queues its features
    /// for [`TypeCache::compute`], which must run before the vector is used.
    #[inline]
    pub fn want(&mut self, id: u32, kind: usize) {
        let e = &mut self.entries[id as usize];
        if e.valid & (1 << kind) != 0 {
            return;
        }
        e.valid |= 1 << kind;
        let mut t = e.hashes;
        match kind {
            OWN => own_features(&t, &mut self.feats),
            OWN_FIRST => {
                t.flags |= 16;
                own_features(&t, &mut self.feats);
            }
            // Inside the sentence the neighbour's index does not enter the features.
            _ => window_features(Some(&t), 0, KIND_REL[kind], &mut self.feats),
        }
        let at = (id as usize * N_KINDS + kind) * self.n_classes;
        self.vecs[at..at + self.n_classes].fill(0);
        self.at.resize(self.feats.len(), at as u32);
    }

    /// Computes every vector queued by [`TypeCache::want`], all lookups in one batch.
    pub fn compute(&mut self, table: &ScoreTable) {
        if !self.feats.is_empty() {
            table.add_scores_at(&self.feats, &self.at, &mut self.vecs);
            self.feats.clear();
            self.at.clear();
        }
    }

    /// Adds the (computed) vector `kind` of entry `id` to `row`.
    #[inline]
    pub fn add_to(&self, id: u32, kind: usize, row: &mut [i32]) {
        let nc = self.n_classes;
        let at = (id as usize * N_KINDS + kind) * nc;
        debug_assert!(self.entries[id as usize].valid & (1 << kind) != 0);
        for (o, &v) in row.iter_mut().zip(&self.vecs[at..at + nc]) {
            *o += v;
        }
    }

    /// Number of entries in use.
    #[cfg(test)]
    pub fn len(&self) -> usize {
        self.entries.len()
    }
}
