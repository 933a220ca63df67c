//! A byte trie of the match patterns, searched only anchored: "which pattern is the
//! longest one starting exactly here?".
//!
//! The matcher only ever asks that question (once per candidate word start), so the
//! failure links and per-state match lists of an Aho-Corasick automaton are never
//! needed; a plain trie answers it with one small table lookup per byte and builds in a
//! fraction of the time.

/// Transition value meaning "no such child": the root is never anyone's child.
const NO_CHILD: u32 = 0;

/// `Node::edge_count` value marking a node whose children live in a dense row.
const DENSE: u16 = u16::MAX;

/// `Node::pattern` value of a node where no pattern ends.
const NO_PATTERN: u32 = u32::MAX;

/// Nodes with more children than this get a dense row (one slot per byte class):
/// the root and the first letters of names, where a linear search would be long.
const SPARSE_MAX: usize = 4;

/// One trie node.
#[derive(Clone, Copy)]
struct Node {
    /// Index of the pattern that ends here, or `NO_PATTERN`.
    pattern: u32,
    /// The only child itself (one child: most nodes, inside long names), else the start of
    /// the children in `edge_classes`/`edge_targets`, or of the dense row in `dense`.
    first: u32,
    /// Number of sparse children, or `DENSE`.
    edge_count: u16,
    /// The class leading to the only child (one child only).
    only_class: u16,
}

/// The trie; see the module doc.
pub(crate) struct AnchoredTrie {
    /// Byte class of each byte as written in a pattern (0: no pattern has the byte).
    class_of: [u16; 256],
    /// Byte class of each byte after folding, for raw ASCII text folded on the fly.
    class_of_folded: [u16; 256],
    nodes: Vec<Node>,
    /// Child classes of sparse nodes, each node's run sorted.
    edge_classes: Vec<u16>,
    /// Child node per entry of `edge_classes`.
    edge_targets: Vec<u32>,
    /// Dense rows: `stride` child slots each, `NO_CHILD` where there is none.
    dense: Vec<u32>,
}

impl AnchoredTrie {
    /// Builds the trie of `patterns`; pattern `i` is reported as `i`. `fold` maps a raw
    /// byte to the byte patterns are written with, for searches that fold on the fly.
    pub fn new(patterns: &[String], fold: &[u8; 256]) -> AnchoredTrie {
        let mut class_of = [0u16; 256];
        let mut used = [false; 256];
        for p in patterns {
            for &b in p.as_bytes() {
                used[b as usize] = true;
            }
        }
        let mut classes = 0u16;
        for (b, &u) in used.iter().enumerate() {
            if u {
                classes += 1;
                class_of[b] = classes;
            }
        }
        let mut class_of_folded = [0u16; 256];
        for (b, class) in class_of_folded.iter_mut().enumerate() {
            *class = class_of[fold[b] as usize];
        }
        let stride = usize::from(classes) + 1;

        // Children lists while inserting, flattened below.
        let mut children: Vec<Vec<(u16, u32)>> = vec![Vec::new()];
        let mut pattern_at: Vec<u32> = vec![NO_PATTERN];
        for (index, p) in patterns.iter().enumerate() {
            let mut node = 0usize;
            for &b in p.as_bytes() {
                let class = class_of[b as usize];
                node = match children[node].iter().find(|&&(c, _)| c == class) {
                    Some(&(_, child)) => child as usize,
                    None => {
                        let child = children.len();
                        children.push(Vec::new());
                        pattern_at.push(NO_PATTERN);
                        children[node].push((class, child as u32));
                        child
                    }
                };
            }
            // keys are distinct, so no node ends two patterns; keep the first if they were not
            if pattern_at[node] == NO_PATTERN {
                pattern_at[node] = index as u32;
            }
        }

        let mut trie = AnchoredTrie {
            class_of,
            class_of_folded,
            nodes: Vec::with_capacity(children.len()),
            edge_classes: Vec::new(),
            edge_targets: Vec::new(),
            dense: Vec::new(),
        };
        for (mut kids, pattern) in children.into_iter().zip(pattern_at) {
            kids.sort_unstable();
            let node = match kids[..] {
                [(class, child)] => Node {
                    pattern,
                    first: child,
                    edge_count: 1,
                    only_class: class,
                },
                _ if kids.len() > SPARSE_MAX => {
                    let first = trie.dense.len();
                    trie.dense.resize(first + stride, NO_CHILD);
                    for (class, child) in kids {
                        trie.dense[first + class as usize] = child;
                    }
                    Node {
                        pattern,
                        first: first as u32,
                        edge_count: DENSE,
                        only_class: 0,
                    }
                }
                _ => {
                    let first = trie.edge_classes.len();
                    let count = kids.len();
                    for (class, child) in kids {
                        trie.edge_classes.push(class);
                        trie.edge_targets.push(child);
                    }
                    Node {
                        pattern,
                        first: first as u32,
                        edge_count: count as u16,
                        only_class: 0,
                    }
                }
            };
            trie.nodes.push(node);
        }
        trie
    }

    /// The longest pattern that starts exactly at `hay[from]`: (pattern index, end).
    /// With `fold`, bytes are folded on the way in (`fold` as given to [`AnchoredTrie::new`]).
    /// Inlined into its two callers: it runs once per candidate word, mostly for a few bytes.
    #[inline(always)]
    pub fn longest_at(&self, hay: &[u8], from: usize, fold: bool) -> Option<(usize, usize)> {
        let class_of = if fold {
            &self.class_of_folded
        } else {
            &self.class_of
        };
        let mut node = self.nodes[0];
        // The last pattern passed and the length walked to its end.
        let mut found = NO_PATTERN;
        let mut found_len = 0usize;
        for (at, &b) in hay.get(from..)?.iter().enumerate() {
            // class 0 (a byte no pattern has) is on no edge, so `child` gives NO_CHILD for it
            let class = class_of[b as usize];
            // most nodes have one child: checked here, without the call
            let next = if node.edge_count == 1 {
                if node.only_class != class {
                    break;
                }
                node.first
            } else {
                self.child(&node, class)
            };
            if next == NO_CHILD {
                break;
            }
            node = self.nodes[next as usize];
            if node.pattern != NO_PATTERN {
                found = node.pattern;
                found_len = at + 1;
            }
        }
        (found != NO_PATTERN).then_some((found as usize, from + found_len))
    }

    /// The child of `node` along byte class `class`, or `NO_CHILD`.
    #[inline]
    fn child(&self, node: &Node, class: u16) -> u32 {
        if node.edge_count == 1 {
            return if node.only_class == class {
                node.first
            } else {
                NO_CHILD
            };
        }
        let first = node.first as usize;
        if node.edge_count == DENSE {
            return self.dense[first + class as usize];
        }
        let end = first + node.edge_count as usize;
        match self.edge_classes[first..end]
            .iter()
            .position(|&c| c == class)
        {
            Some(i) => self.edge_targets[first + i],
            None => NO_CHILD,
        }
    }

    /// Bytes held by the tables, for reporting.
    #[cfg(test)]
    pub fn heap_bytes(&self) -> usize {
        self.nodes.len() * std::mem::size_of::<Node>()
            + self.edge_classes.len() * 2
            + self.edge_targets.len() * 4
            + self.dense.len() * 4
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// No folding: bytes are matched as they are.
    fn identity() -> [u8; 256] {
        let mut t = [0u8; 256];
        for (i, b) in t.iter_mut().enumerate() {
            *b = i as u8;
        }
        t
    }

    /// The obvious answer: the longest pattern that `hay[from..]` starts with.
    fn naive(patterns: &[String], hay: &[u8], from: usize) -> Option<(usize, usize)> {
        patterns
            .iter()
            .enumerate()
            .filter(|(_, p)| hay[from..].starts_with(p.as_bytes()))
            .max_by_key(|(_, p)| p.len())
            .map(|(i, p)| (i, from + p.len()))
    }

    fn owned(patterns: &[&str]) -> Vec<String> {
        patterns.iter().map(|p| p.to_string()).collect()
    }

    #[test]
    fn finds_the_longest_pattern_starting_exactly_here() {
        let patterns = owned(&["oman", "roman", "rome", "romania", "the hague", "the"]);
        let trie = AnchoredTrie::new(&patterns, &identity());
        let hay = b"the romanian and the hague";
        assert_eq!(trie.longest_at(hay, 0, false), Some((5, 3)));
        // "roman" and "romania" both start at 4; "oman" at 5 is not reported from 4
        assert_eq!(trie.longest_at(hay, 4, false), Some((3, 11)));
        assert_eq!(trie.longest_at(hay, 5, false), Some((0, 9)));
        assert_eq!(trie.longest_at(hay, 17, false), Some((4, 26)));
        assert_eq!(trie.longest_at(hay, 1, false), None);
        assert_eq!(trie.longest_at(hay, hay.len(), false), None);
    }

    #[test]
    fn folds_on_the_fly_only_when_asked() {
        let mut fold = identity();
        for b in b'A'..=b'Z' {
            fold[b as usize] = b + 32;
        }
        fold[b'-' as usize] = b' ';
        let patterns = owned(&["secretary general", "sino"]);
        let trie = AnchoredTrie::new(&patterns, &fold);
        let hay = b"Secretary-General";
        assert_eq!(trie.longest_at(hay, 0, true), Some((0, hay.len())));
        assert_eq!(trie.longest_at(hay, 0, false), None);
        assert_eq!(trie.longest_at(b"SINO-", 0, true), Some((1, 4)));
    }

    #[test]
    fn non_ascii_patterns_and_busy_nodes_agree_with_a_naive_search() {
        // enough siblings under "a" and the root for dense rows, chains for sparse ones
        let mut patterns = owned(&[
            "a",
            "ab",
            "ac",
            "ad",
            "ae",
            "af",
            "ag",
            "abc",
            "çavuşoğlu",
            "ça",
            "z",
            "zz",
            "côte",
            "b",
            "c",
            "d",
            "e",
            "f",
        ]);
        patterns.push("abcdefgh".to_string());
        let trie = AnchoredTrie::new(&patterns, &identity());
        let hay = "abcdefgh ça çavuşoğlu côte d'ivoire zzz agx ae".as_bytes();
        for from in 0..=hay.len() {
            assert_eq!(
                trie.longest_at(hay, from, false),
                naive(&patterns, hay, from),
                "from {from}"
            );
        }
    }

    #[test]
    fn generated_patterns_and_text_agree_with_a_naive_search() {
        // a small alphabet makes long shared prefixes, patterns ending inside others'
        // merged runs, and text that leaves a run halfway
        let mut seed = 0x2545_f491_u32;
        let mut next = |n: u32| {
            seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            (seed >> 16) % n
        };
        let alphabet = b"ab c";
        let mut word = |len: u32| -> String {
            (0..len)
                .map(|_| alphabet[next(alphabet.len() as u32) as usize] as char)
                .collect()
        };
        let mut patterns: Vec<String> = (0..60).map(|i| word(1 + i % 9)).collect();
        patterns.sort();
        patterns.dedup();
        let hay = word(2000);
        let trie = AnchoredTrie::new(&patterns, &identity());
        let mut long_hits = 0;
        for from in 0..=hay.len() {
            let found = trie.longest_at(hay.as_bytes(), from, false);
            assert_eq!(found, naive(&patterns, hay.as_bytes(), from), "from {from}");
            long_hits += usize::from(found.is_some_and(|(_, end)| end - from >= 4));
        }
        assert!(long_hits > 20, "only {long_hits} hits of 4 bytes or more");
    }

    #[test]
    fn an_empty_set_matches_nothing() {
        let trie = AnchoredTrie::new(&[], &identity());
        assert_eq!(trie.longest_at(b"anything", 0, false), None);
        assert_eq!(trie.longest_at(b"anything", 0, true), None);
    }
}
