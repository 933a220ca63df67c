//! A cheap hasher for the base's lookup tables keyed by short codes ("USA", "NATO").
//!
//! The coder asks [`crate::KnowledgeBase::is_state`] for nearly every code of every
//! sentence; with the standard SipHash the hashing cost more than the lookup. The keys
//! come from the base's own data, not from an adversary, so no keyed hash is needed.

use std::hash::{BuildHasherDefault, Hasher};

/// `HashMap` hasher state for [`CodeHasher`].
pub(crate) type CodeHash = BuildHasherDefault<CodeHasher>;

/// A `HashMap` keyed by codes, hashed with [`CodeHasher`].
pub(crate) type CodeMap<K, V> = std::collections::HashMap<K, V, CodeHash>;

/// Multiply-and-rotate hashing of eight bytes at a time (the FxHash scheme).
#[derive(Default, Clone, Copy)]
pub(crate) struct CodeHasher(u64);

/// Odd constant with well-spread bits; the multiply carries every input bit upwards.
const SEED: u64 = 0xf135_7aea_2e62_a9c5;

impl CodeHasher {
    /// Folds one word into the state.
    #[inline]
    fn add(&mut self, word: u64) {
        self.0 = (self.0 ^ word).wrapping_mul(SEED).rotate_left(26);
    }
}

impl Hasher for CodeHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        // the tail (a whole code, usually) as one zero-padded word, its length mixed in so
        // "AB" and "AB\0" differ
        let tail = chunks.remainder();
        let mut word = [0u8; 8];
        word[..tail.len()].copy_from_slice(tail);
        self.add(u64::from_le_bytes(word) ^ ((tail.len() as u64) << 59));
    }

    #[inline]
    fn write_u8(&mut self, b: u8) {
        self.add(u64::from(b));
    }

    #[inline]
    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::hash::BuildHasher;

    #[test]
    fn codes_hash_apart_and_maps_find_them() {
        let build = CodeHash::default();
        let codes = [
            "USA",
            "US",
            "USA1",
            "NATO",
            "",
            "A",
            "AB\0",
            "AB",
            "ABCDEFGH",
            "ABCDEFGHI",
        ];
        let hashes: Vec<u64> = codes.iter().map(|c| build.hash_one(c)).collect();
        for (i, a) in hashes.iter().enumerate() {
            for b in &hashes[i + 1..] {
                assert_ne!(a, b);
            }
        }
        let map: CodeMap<String, usize> = codes
            .iter()
            .enumerate()
            .map(|(i, c)| (c.to_string(), i))
            .collect();
        for (i, c) in codes.iter().enumerate() {
            assert_eq!(map.get(*c), Some(&i));
        }
        assert_eq!(map.get("USB"), None);
    }
}
