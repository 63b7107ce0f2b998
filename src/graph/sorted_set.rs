//! [`SortedSet`]: a set kept as one sorted, duplicate-free vector.
//!
//! Edge evidence used to be a `BTreeSet`, whose every node reserves room for eleven entries:
//! an edge stated once (most edges) then held a 2 KB leaf for one 200-byte statement, which
//! made a 1,000,000-edge graph need gigabytes and made loading it slow. A sorted vector holds
//! exactly what it has, iterates in order like the `BTreeSet` did, and appends in O(1) when
//! statements arrive in order (documents are processed in order, so they mostly do).

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A set of `T` in ascending order without duplicates.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SortedSet<T>(Vec<T>);

impl<T: Ord> SortedSet<T> {
    pub fn new() -> SortedSet<T> {
        SortedSet(Vec::new())
    }

    /// Sorts and deduplicates `items` (a single check when they are already sorted and unique).
    pub fn from_vec(mut items: Vec<T>) -> SortedSet<T> {
        if !items.windows(2).all(|w| w[0] < w[1]) {
            items.sort();
            items.dedup();
        }
        SortedSet(items)
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Entries the underlying vector has room for without reallocating.
    pub fn capacity(&self) -> usize {
        self.0.capacity()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn iter(&self) -> std::slice::Iter<'_, T> {
        self.0.iter()
    }

    pub fn as_slice(&self) -> &[T] {
        &self.0
    }

    pub fn first(&self) -> Option<&T> {
        self.0.first()
    }

    pub fn last(&self) -> Option<&T> {
        self.0.last()
    }

    pub fn contains(&self, item: &T) -> bool {
        self.0.binary_search(item).is_ok()
    }

    /// Adds `item`; false when it was already there. O(1) when it sorts last.
    pub fn insert(&mut self, item: T) -> bool {
        match self.0.last() {
            None => {
                self.0.push(item);
                true
            }
            Some(last) if *last < item => {
                self.0.push(item);
                true
            }
            Some(_) => match self.0.binary_search(&item) {
                Ok(_) => false,
                Err(at) => {
                    self.0.insert(at, item);
                    true
                }
            },
        }
    }

    /// Adds every item of `other` in one linear merge.
    pub fn union_with(&mut self, other: &SortedSet<T>)
    where
        T: Clone,
    {
        self.union(other.clone());
    }

    /// Adds every item of `other`, moving them (no copies), in one linear merge.
    pub fn union(&mut self, other: SortedSet<T>) {
        let theirs = other.0;
        if theirs.is_empty() {
            return;
        }
        if self.0.last().is_none_or(|last| *last < theirs[0]) {
            if self.0.is_empty() {
                self.0 = theirs;
            } else {
                self.0.extend(theirs);
            }
            return;
        }
        if theirs.len() * 8 < self.0.len() {
            // A few statements joining a long list: shifting in place beats rebuilding it.
            for item in theirs {
                self.insert(item);
            }
            return;
        }
        let mut merged = Vec::with_capacity(self.0.len() + theirs.len());
        let mut mine = std::mem::take(&mut self.0).into_iter().peekable();
        let mut theirs = theirs.into_iter().peekable();
        loop {
            match (mine.peek(), theirs.peek()) {
                (Some(a), Some(b)) => match a.cmp(b) {
                    std::cmp::Ordering::Less => merged.push(mine.next().expect("peeked")),
                    std::cmp::Ordering::Greater => merged.push(theirs.next().expect("peeked")),
                    std::cmp::Ordering::Equal => {
                        merged.push(mine.next().expect("peeked"));
                        theirs.next();
                    }
                },
                (Some(_), None) => {
                    merged.extend(mine);
                    break;
                }
                (None, _) => {
                    merged.extend(theirs);
                    break;
                }
            }
        }
        self.0 = merged;
    }
}

impl<T: Ord> Default for SortedSet<T> {
    fn default() -> SortedSet<T> {
        SortedSet::new()
    }
}

impl<T: fmt::Debug> fmt::Debug for SortedSet<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.0.iter()).finish()
    }
}

impl<T: Ord> FromIterator<T> for SortedSet<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> SortedSet<T> {
        SortedSet::from_vec(iter.into_iter().collect())
    }
}

impl<T: Ord, const N: usize> From<[T; N]> for SortedSet<T> {
    fn from(items: [T; N]) -> SortedSet<T> {
        SortedSet::from_vec(items.into())
    }
}

impl<T: Ord> Extend<T> for SortedSet<T> {
    fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I) {
        for item in iter {
            self.insert(item);
        }
    }
}

impl<'a, T> IntoIterator for &'a SortedSet<T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

impl<T> IntoIterator for SortedSet<T> {
    type Item = T;
    type IntoIter = std::vec::IntoIter<T>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl<T: Serialize> Serialize for SortedSet<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(s)
    }
}

/// Reads any sequence; duplicates collapse and order is restored, as for a `BTreeSet`.
impl<'de, T: Ord + Deserialize<'de>> Deserialize<'de> for SortedSet<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<SortedSet<T>, D::Error> {
        Vec::deserialize(d).map(SortedSet::from_vec)
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;

    /// xorshift, so the comparison with `BTreeSet` covers many shapes deterministically.
    fn numbers(seed: u64, n: usize, range: u64) -> Vec<u64> {
        let mut x = seed;
        (0..n)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                x % range
            })
            .collect()
    }

    #[test]
    fn behaves_like_a_btreeset() {
        for seed in 1..200u64 {
            let (a, b) = (numbers(seed, 30, 40), numbers(seed * 7 + 1, 25, 40));
            let mut set: SortedSet<u64> = SortedSet::new();
            let mut model = BTreeSet::new();
            for &x in &a {
                assert_eq!(set.insert(x), model.insert(x));
            }
            assert!(set.iter().eq(model.iter()));
            let other: SortedSet<u64> = b.iter().copied().collect();
            set.union_with(&other);
            model.extend(b.iter().copied());
            assert!(set.iter().eq(model.iter()), "seed {seed}");
            assert_eq!(set.len(), model.len());
            assert_eq!(set.first(), model.first());
            assert_eq!(set.last(), model.last());
            assert!(a.iter().all(|x| set.contains(x)));
        }
    }

    #[test]
    fn union_appends_when_disjoint_and_ordered() {
        let mut a = SortedSet::from([1, 2, 3]);
        a.union_with(&SortedSet::from([4, 5]));
        assert_eq!(a.as_slice(), [1, 2, 3, 4, 5]);
        let mut b = SortedSet::from([4, 5]);
        b.union_with(&SortedSet::from([1, 2, 3]));
        assert_eq!(b.as_slice(), [1, 2, 3, 4, 5]);
        b.union_with(&SortedSet::new());
        assert_eq!(b.len(), 5);
    }

    #[test]
    fn json_reads_any_order_and_writes_sorted() {
        let set: SortedSet<u32> = serde_json::from_str("[3, 1, 3, 2]").unwrap();
        assert_eq!(set.as_slice(), [1, 2, 3]);
        assert_eq!(serde_json::to_string(&set).unwrap(), "[1,2,3]");
    }
}
