//! Feature hashing: a template id plus a few string or integer values → one `u64`.
//!
//! FxHash is deterministic across runs and platforms, so the same text gives the same features
//! and the trained model is reproducible bit for bit.

use std::hash::Hasher;

use rustc_hash::FxHasher;

/// Builds the hash of one feature incrementally without allocating.
#[derive(Clone)]
pub struct Feature(FxHasher);

impl std::fmt::Debug for Feature {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Feature")
    }
}

impl Feature {
    /// Starts a feature of template `template` (a small constant per feature kind).
    #[inline]
    pub fn new(template: u32) -> Feature {
        let mut h = FxHasher::default();
        h.write_u32(template);
        Feature(h)
    }

    #[inline]
    pub fn str(mut self, s: &str) -> Feature {
        self.0.write(s.as_bytes());
        self.0.write_u8(0xff);
        self
    }

    #[inline]
    pub fn num(mut self, n: u64) -> Feature {
        self.0.write_u64(n);
        self
    }

    #[inline]
    pub fn finish(self) -> u64 {
        // FxHasher's low bits are weak; mix once so HashMap buckets spread well.
        let x = self.0.finish();
        let x = (x ^ (x >> 33)).wrapping_mul(0xff51_afd7_ed55_8ccd);
        x ^ (x >> 33)
    }
}

/// Shorthand for a feature made of one string.
#[inline]
pub fn str_feature(template: u32, s: &str) -> u64 {
    Feature::new(template).str(s).finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_input_same_hash_and_templates_differ() {
        assert_eq!(str_feature(1, "dog"), str_feature(1, "dog"));
        assert_ne!(str_feature(1, "dog"), str_feature(2, "dog"));
        // The separator keeps ("ab", "c") apart from ("a", "bc").
        let a = Feature::new(3).str("ab").str("c").finish();
        let b = Feature::new(3).str("a").str("bc").finish();
        assert_ne!(a, b);
    }
}
