//! The word-pattern language shared by the trigger, context and issue lexicons, and its
//! multi-pattern matcher.
//!
//! A pattern is a sequence of space-separated elements (full grammar in `data/coder/README.md`):
//! `word` (exact word), `stem*` (word starting with `stem`), `a|b*|c` (alternatives),
//! `[word]` (optional word), and `..` / `..N` (up to 4 / N other words before the next element).
//! Hyphens and apostrophes inside a word split it into consecutive words, exactly as the
//! sentence tokenizer does, so `test-fire*` matches "test-fired" and "test fired".
//!
//! Matching lower-cases the sentence once (keeping byte offsets), splits it into words, looks
//! each word up among all first-word literals (a table of exact words, a byte trie of stems),
//! and verifies the remaining elements of the anchored patterns on the word list.

use crate::words::word_hash;
use std::collections::HashMap;

/// How many words `..` may skip when no number is given.
pub(crate) const DEFAULT_GAP: u8 = 4;
/// The largest `..N` accepted: longer gaps would match across unrelated clauses.
const MAX_GAP: u8 = 9;

/// A word of a sentence: byte range into the sentence (and into its lower-cased copy).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Word {
    pub start: usize,
    pub end: usize,
}

/// A sentence prepared for matching: lower-cased copy (same byte offsets) and its words.
/// Built once per sentence and shared by the trigger, topic and modality stages.
#[derive(Debug, Clone)]
pub(crate) struct Prepared {
    pub lower: String,
    pub words: Vec<Word>,
    /// Which word heads occur in the sentence (see [`head_bit`]): lets a pattern whose
    /// later words are absent be skipped without walking the word list.
    heads: WordHeads,
    /// The [`head_hash`] of each word (parallel to `words`): lets a pattern element skip a
    /// word none of its alternatives can accept without comparing them one by one, and the
    /// matcher skip a word no pattern can start on without looking it up.
    head_hashes: Vec<u16>,
}

/// A set of word heads: one bit per [`head_bit`] value.
type WordHeads = [u64; 4];

/// Bytes of a word that decide its head bit: a stem of at least this length fixes the
/// bit of every word it accepts.
const HEAD_LEN: usize = 3;

/// A hash of a word's first [`HEAD_LEN`] bytes (or all of a shorter word): words with the
/// same head have the same hash.
#[inline]
pub(crate) fn head_hash(word: &[u8]) -> u16 {
    // The head bytes and their count packed into one number: one multiply, no loop.
    let key = match *word {
        [a, b, c, ..] => u32::from_le_bytes([a, b, c, 3]),
        [a, b] => u32::from_le_bytes([a, b, 0, 2]),
        [a] => u32::from_le_bytes([a, 0, 0, 1]),
        [] => 0,
    };
    (key.wrapping_mul(0x9e37_79b1) >> 16) as u16
}

/// Number of [`head_hash`] values.
pub(crate) const HEAD_HASHES: usize = 1 << 16;

/// The head bit of a word: the top byte of its [`head_hash`].
#[inline]
fn head_bit(word: &[u8]) -> u8 {
    bit_of(head_hash(word))
}

/// The head bit of a [`head_hash`].
#[inline]
fn bit_of(head_hash: u16) -> u8 {
    (head_hash >> 8) as u8
}

#[inline]
fn add_head(set: &mut WordHeads, bit: u8) {
    set[usize::from(bit) / 64] |= 1 << (bit % 64);
}

/// Is `bit` in `set`?
#[inline]
fn has_head(set: &WordHeads, bit: u8) -> bool {
    set[usize::from(bit) / 64] & (1 << (bit % 64)) != 0
}

impl Prepared {
    /// Lower-case `text` without moving byte offsets and split it into words.
    pub fn new(text: &str) -> Prepared {
        let lower = lower_same_offsets(text);
        let words = tokenize(&lower);
        let head_hashes: Vec<u16> = words
            .iter()
            .map(|w| head_hash(&lower.as_bytes()[w.start..w.end]))
            .collect();
        let mut heads = WordHeads::default();
        for &hash in &head_hashes {
            add_head(&mut heads, bit_of(hash));
        }
        Prepared {
            lower,
            words,
            heads,
            head_hashes,
        }
    }

    /// The [`head_hash`] of word `i`: a word whose head hash a word list lacks is not in it.
    #[inline]
    pub(crate) fn head_hash_of(&self, i: usize) -> u16 {
        self.head_hashes[i]
    }

    /// The lower-cased text of word `i`.
    #[cfg(test)]
    pub fn word(&self, i: usize) -> &str {
        let w = self.words[i];
        &self.lower[w.start..w.end]
    }

    /// [`Prepared::word`] as bytes: the matcher compares bytes, and slicing bytes skips the
    /// check that the range falls on character boundaries.
    #[inline]
    fn word_bytes(&self, i: usize) -> &[u8] {
        let w = self.words[i];
        &self.lower.as_bytes()[w.start..w.end]
    }
}

/// Lower-case `text`, keeping every character's byte length so offsets stay valid
/// (characters whose lower case is longer, like 'İ', are kept as they are).
pub(crate) fn lower_same_offsets(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < bytes.len() {
        // ASCII runs are copied byte by byte; only non-ASCII characters are decoded.
        if bytes[i] < 0x80 {
            let run = bytes[i..]
                .iter()
                .position(|b| *b >= 0x80)
                .unwrap_or(bytes.len() - i);
            // The run is ASCII, so it is a whole `str` on its own.
            out.push_str(&text[i..i + run]);
            let from = out.len() - run;
            out[from..].make_ascii_lowercase();
            i += run;
            continue;
        }
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        let mut low = c.to_lowercase();
        match (low.next(), low.next()) {
            (Some(l), None) if l.len_utf8() == c.len_utf8() => out.push(l),
            _ => out.push(c),
        }
        i += c.len_utf8();
    }
    out
}

/// Is `c` part of a word? Letters and digits; everything else (spaces, punctuation,
/// hyphens, apostrophes) separates words.
#[inline]
pub(crate) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// The high bit of each of eight bytes.
const HIGH_BITS: u64 = 0x8080_8080_8080_8080;
/// One in each of eight bytes.
const ONE_BYTES: u64 = 0x0101_0101_0101_0101;

/// Of eight ASCII bytes (high bits clear) read as one little-endian number: the high bit
/// of each byte that is an ASCII letter or digit.
#[inline]
fn ascii_word_bytes(chunk: u64) -> u64 {
    // `b + (0x80 - lo)` has its high bit set exactly when `b >= lo`; for ASCII bytes the sum
    // stays below 0x100, so no byte carries into the next.
    let at_least = |x: u64, lo: u8| x + ONE_BYTES * u64::from(0x80 - lo);
    // setting bit 5 folds upper-case letters onto lower-case ones and moves no other byte
    // into `a..=z`
    let folded = chunk | (ONE_BYTES * 0x20);
    let letter = at_least(folded, b'a') & !at_least(folded, b'z' + 1);
    let digit = at_least(chunk, b'0') & !at_least(chunk, b'9' + 1);
    (letter | digit) & HIGH_BITS
}

/// The eight bytes of `bytes` from `at` as one little-endian number, zeros past the end.
#[inline]
fn chunk_at(bytes: &[u8], at: usize) -> u64 {
    match bytes.get(at..at + 8) {
        Some(eight) => u64::from_le_bytes(eight.try_into().unwrap_or_default()),
        None => {
            let mut padded = [0u8; 8];
            let rest = bytes.get(at..).unwrap_or_default();
            padded[..rest.len()].copy_from_slice(rest);
            u64::from_le_bytes(padded)
        }
    }
}

/// Split `text` into words (maximal runs of letters and digits).
pub(crate) fn tokenize(text: &str) -> Vec<Word> {
    let mut words = Vec::with_capacity(text.len() / 5);
    let b = text.as_bytes();
    let mut start = 0;
    let mut in_word = false;
    let mut i = 0;
    while i < b.len() {
        // Eight bytes at a time: the ASCII ones are classified together, and each word start
        // or end among them is one set bit, so a word costs two steps, not one per byte.
        // (Past the end the chunk holds zeros, which separate words: a last ASCII word ends
        // exactly at the end of the text.)
        let chunk = chunk_at(b, i);
        let non_ascii = chunk & HIGH_BITS;
        // (most chunks are all ASCII and need no mask)
        let (ascii_len, ascii) = match non_ascii {
            0 => (8, u64::MAX),
            _ => {
                let n = non_ascii.trailing_zeros() / 8;
                (n as usize, (1 << (8 * n)) - 1)
            }
        };
        let word_bytes = ascii_word_bytes(chunk & ascii);
        let before = (word_bytes << 8) | if in_word { 0x80 } else { 0 };
        let mut changes = (word_bytes ^ before) & ascii;
        while changes != 0 {
            let at = i + (changes.trailing_zeros() / 8) as usize;
            if in_word {
                words.push(Word { start, end: at });
            } else {
                start = at;
            }
            in_word = !in_word;
            changes &= changes - 1;
        }
        if non_ascii == 0 {
            i += 8;
            continue;
        }
        // A non-ASCII character is decoded on its own.
        i += ascii_len;
        let Some(c) = text.get(i..).and_then(|rest| rest.chars().next()) else {
            break;
        };
        if is_word_char(c) != in_word {
            if in_word {
                words.push(Word { start, end: i });
            } else {
                start = i;
            }
            in_word = !in_word;
        }
        i += c.len_utf8();
    }
    if in_word {
        words.push(Word {
            start,
            end: text.len(),
        });
    }
    words
}

/// A test one sentence word must pass.
#[derive(Debug, Clone, PartialEq, Eq)]
enum WordTest {
    /// The word equals this string.
    Exact(String),
    /// The word starts with this stem (`stem*`).
    Prefix(String),
}

impl WordTest {
    #[inline]
    fn literal(&self) -> &str {
        match self {
            WordTest::Exact(s) | WordTest::Prefix(s) => s,
        }
    }

    #[inline]
    fn accepts(&self, w: &[u8]) -> bool {
        let s = self.literal().as_bytes();
        // Most candidate words fail on length or first byte: reject them without a memcmp call.
        let fits = match self {
            WordTest::Exact(_) => w.len() == s.len(),
            WordTest::Prefix(_) => w.len() >= s.len(),
        };
        fits && w.first() == s.first() && same_bytes(&w[..s.len()], s)
    }
}

/// One position of a pattern.
#[derive(Debug, Clone)]
struct Element {
    /// Any of these tests may pass.
    alts: Vec<WordTest>,
    /// The element may be absent (`[word]`).
    optional: bool,
    /// How many other words may stand between the previous element and this one.
    gap: u8,
    /// The head bits of the words the alternatives accept (see [`Element::heads`]); every
    /// bit set when a stem is too short to fix them.
    accepted_heads: WordHeads,
}

/// A compiled pattern.
#[derive(Debug, Clone)]
pub(crate) struct Pattern {
    elements: Vec<Element>,
    /// The head bits of the required elements after the first that have exactly one: a
    /// sentence missing any of them cannot match (the matcher keeps a flat copy, checked
    /// before the pattern itself is read).
    must: WordHeads,
    /// Per other required element after the first: the head bits its alternatives can
    /// have. A sentence with none of an element's bits cannot match.
    needs: Vec<WordHeads>,
}

/// Is every bit of `must` among the sentence's `heads`?
#[inline]
fn all_present(must: &WordHeads, heads: &WordHeads) -> bool {
    // (the four words written out: a test per candidate pattern, cheaper without an iterator)
    let [m0, m1, m2, m3] = *must;
    let [h0, h1, h2, h3] = *heads;
    (m0 & !h0) | (m1 & !h1) | (m2 & !h2) | (m3 & !h3) == 0
}

/// Is no bit of `need` among the sentence's `heads`?
#[inline]
fn none_present(need: &WordHeads, heads: &WordHeads) -> bool {
    let [n0, n1, n2, n3] = *need;
    let [h0, h1, h2, h3] = *heads;
    (n0 & h0) | (n1 & h1) | (n2 & h2) | (n3 & h3) == 0
}

impl Element {
    /// An element of `alts`, with the head bits they accept worked out.
    fn new(mut alts: Vec<WordTest>, optional: bool, gap: u8) -> Element {
        // Longest literal first: the first alternative that accepts a word is then the one
        // that fixes the most letters (see [`Pattern::letters`]).
        alts.sort_by_key(|a| std::cmp::Reverse(a.literal().len()));
        let mut element = Element {
            alts,
            optional,
            gap,
            accepted_heads: [u64::MAX; 4],
        };
        if let Some(heads) = element.heads() {
            element.accepted_heads = heads;
        }
        element
    }

    /// Can an alternative accept word `i` of `prep`? `false` is certain; `true` means the
    /// alternatives must be compared.
    #[inline]
    fn may_accept(&self, prep: &Prepared, i: usize) -> bool {
        has_head(&self.accepted_heads, bit_of(prep.head_hashes[i]))
    }

    /// Does an alternative accept word `i` of `prep`?
    #[inline]
    fn accepts(&self, prep: &Prepared, i: usize) -> bool {
        if !self.may_accept(prep, i) {
            return false;
        }
        let w = prep.word_bytes(i);
        self.alts.iter().any(|a| a.accepts(w))
    }

    /// The head bits of the words this element accepts; `None` when a stem is too short to
    /// fix them (any word might do).
    fn heads(&self) -> Option<WordHeads> {
        let mut set = WordHeads::default();
        for alt in &self.alts {
            match alt {
                WordTest::Prefix(stem) if stem.len() < HEAD_LEN => return None,
                WordTest::Exact(w) | WordTest::Prefix(w) => {
                    add_head(&mut set, head_bit(w.as_bytes()))
                }
            }
        }
        Some(set)
    }
}

impl Pattern {
    /// Parse pattern source; the error says what is wrong (the caller adds file:line).
    pub fn parse(source: &str) -> Result<Pattern, String> {
        let mut elements: Vec<Element> = Vec::new();
        let mut pending_gap: Option<u8> = None;
        let lowered = source.trim().to_lowercase();
        if lowered.is_empty() {
            return Err("empty pattern".into());
        }
        for tok in lowered.split_whitespace() {
            if let Some(rest) = tok.strip_prefix("..") {
                if elements.is_empty() {
                    return Err(format!("pattern {source:?} starts with a gap `{tok}`"));
                }
                if pending_gap.is_some() {
                    return Err(format!("pattern {source:?} has two gaps in a row"));
                }
                let n = if rest.is_empty() {
                    DEFAULT_GAP
                } else {
                    match rest.parse::<u8>() {
                        Ok(n) if (1..=MAX_GAP).contains(&n) => n,
                        _ => {
                            return Err(format!(
                                "gap `{tok}` must be `..` or `..N` with N from 1 to {MAX_GAP}"
                            ))
                        }
                    }
                };
                pending_gap = Some(n);
                continue;
            }
            let (optional, body) = match tok.strip_prefix('[') {
                Some(inner) => match inner.strip_suffix(']') {
                    Some(b) => (true, b),
                    None => {
                        return Err(format!(
                            "`{tok}`: optional word must be written `[word]` without spaces"
                        ))
                    }
                },
                None if tok.contains('[') || tok.contains(']') => {
                    return Err(format!("`{tok}`: stray bracket"));
                }
                None => (false, tok),
            };
            let gap = pending_gap.take().unwrap_or(0);
            let parts: Vec<&str> = body.split('|').collect();
            // A single alternative may contain hyphens/apostrophes: it becomes several words.
            if parts.len() == 1 {
                let words = split_word(parts[0], tok)?;
                if optional && words.len() > 1 {
                    return Err(format!(
                        "`{tok}`: an optional word cannot contain a hyphen or apostrophe"
                    ));
                }
                for (i, w) in words.into_iter().enumerate() {
                    elements.push(Element::new(
                        vec![w],
                        optional,
                        if i == 0 { gap } else { 0 },
                    ));
                }
            } else {
                let mut alts = Vec::with_capacity(parts.len());
                for p in parts {
                    let mut words = split_word(p, tok)?;
                    if words.len() != 1 {
                        return Err(format!(
                            "`{tok}`: alternatives must be single words (no hyphen or apostrophe)"
                        ));
                    }
                    alts.append(&mut words);
                }
                elements.push(Element::new(alts, optional, gap));
            }
        }
        if pending_gap.is_some() {
            return Err(format!("pattern {source:?} ends with a gap"));
        }
        match elements.first() {
            Some(first) if first.optional => Err(format!(
                "pattern {source:?} cannot start with an optional word"
            )),
            Some(_) => {
                let mut must = WordHeads::default();
                let mut needs = Vec::new();
                for heads in elements
                    .iter()
                    .skip(1)
                    .filter(|e| !e.optional)
                    .filter_map(Element::heads)
                {
                    if heads.iter().map(|h| h.count_ones()).sum::<u32>() == 1 {
                        for (m, h) in must.iter_mut().zip(heads) {
                            *m |= h;
                        }
                    } else {
                        needs.push(heads);
                    }
                }
                Ok(Pattern {
                    elements,
                    must,
                    needs,
                })
            }
            None => Err("empty pattern".into()),
        }
    }

    /// Try to match starting with the first element on word `first`, once the caller has
    /// found every [`Pattern::must`] head in the sentence; on success `out` holds the matched
    /// (word index, element index) pairs.
    fn verify(&self, prep: &Prepared, first: usize, out: &mut Vec<(usize, usize)>) -> bool {
        if self
            .needs
            .iter()
            .any(|need| none_present(need, &prep.heads))
        {
            return false;
        }
        out.clear();
        out.push((first, 0));
        self.match_rest(prep, 1, first + 1, 0, out)
    }

    /// Match elements `k..` from word `next` on (`extra_gap` more words may be skipped before
    /// element `k`), appending the (word, element) pairs to `out`; on failure `out` is left
    /// as it was.
    #[inline]
    fn match_rest(
        &self,
        prep: &Prepared,
        mut k: usize,
        mut next: usize,
        extra_gap: usize,
        out: &mut Vec<(usize, usize)>,
    ) -> bool {
        let base = out.len();
        // A required element with no gap before it has one place to be, the next word: such
        // elements (most of them, and most rejections) are checked in a plain loop here, inlined
        // into the matcher, instead of a recursive call each.
        if extra_gap == 0 {
            while let Some(el) = self.elements.get(k) {
                if el.gap != 0 || el.optional {
                    break;
                }
                if next >= prep.words.len() || !el.accepts(prep, next) {
                    out.truncate(base);
                    return false;
                }
                out.push((next, k));
                k += 1;
                next += 1;
            }
        }
        if k == self.elements.len() || self.match_branch(prep, k, next, extra_gap, out) {
            return true;
        }
        out.truncate(base);
        false
    }

    /// [`Pattern::match_rest`] for an element that has room to move (a gap before it, or
    /// optional): each place it may take is tried in turn.
    #[inline(never)]
    fn match_branch(
        &self,
        prep: &Prepared,
        k: usize,
        next: usize,
        extra_gap: usize,
        out: &mut Vec<(usize, usize)>,
    ) -> bool {
        let Some(el) = self.elements.get(k) else {
            return true;
        };
        let max_gap = el.gap as usize + extra_gap;
        let last = (next + max_gap).min(prep.words.len().saturating_sub(1));
        if next < prep.words.len() {
            for p in next..=last {
                if el.accepts(prep, p) {
                    out.push((p, k));
                    if self.match_rest(prep, k + 1, p + 1, 0, out) {
                        return true;
                    }
                    out.pop();
                }
            }
        }
        // An absent optional element passes its allowance for skipped words on to the next one.
        el.optional && self.match_rest(prep, k + 1, next, max_gap, out)
    }

    /// Letters the pattern itself fixed for a matched word: the longest accepting alternative.
    fn letters(&self, prep: &Prepared, word: usize, element: usize) -> usize {
        let alts = &self.elements[element].alts;
        // The word was matched, so a lone alternative accepted it.
        if let [only] = alts.as_slice() {
            return only.literal().len();
        }
        // (alternatives are longest first)
        let w = prep.word_bytes(word);
        alts.iter()
            .find(|a| a.accepts(w))
            .map_or(0, |a| a.literal().len())
    }
}

/// Split one pattern word at hyphens/apostrophes into word tests; a trailing `*` applies to the last.
fn split_word(word: &str, tok: &str) -> Result<Vec<WordTest>, String> {
    let (body, prefix) = match word.strip_suffix('*') {
        Some(b) => (b, true),
        None => (word, false),
    };
    if body.contains('*') {
        return Err(format!("`{tok}`: `*` is only allowed at the end of a word"));
    }
    if let Some(c) = body
        .chars()
        .find(|&c| !is_word_char(c) && c != '-' && c != '\'' && c != '’')
    {
        return Err(format!("`{tok}`: unexpected character {c:?}"));
    }
    let pieces: Vec<&str> = body
        .split(|c: char| !is_word_char(c))
        .filter(|p| !p.is_empty())
        .collect();
    if pieces.is_empty() {
        return Err(format!("`{tok}`: no letters"));
    }
    let n = pieces.len();
    Ok(pieces
        .into_iter()
        .enumerate()
        .map(|(i, p)| {
            // Lower-case exactly as sentences are, so non-ASCII patterns match.
            let p = lower_same_offsets(p);
            if prefix && i + 1 == n {
                WordTest::Prefix(p)
            } else {
                WordTest::Exact(p)
            }
        })
        .collect())
}

/// A raw match of one pattern: pattern id and matched word indices (ascending).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct RawMatch {
    pub pattern: usize,
    pub words: Vec<usize>,
    /// Specificity of this match: (matched elements, letters fixed by the pattern).
    pub weight: (usize, usize),
}

impl RawMatch {
    /// Byte range in the sentence from the first to the last matched word.
    pub fn span(&self, prep: &Prepared) -> (usize, usize) {
        let first = self.words.first().copied().unwrap_or(0);
        let last = self.words.last().copied().unwrap_or(0);
        (prep.words[first].start, prep.words[last].end)
    }

    /// Matched text from the original sentence; discontinuous parts joined with " … ".
    pub fn text(&self, sentence: &str, prep: &Prepared) -> String {
        // room for the whole span, which most matches are
        let (from, to) = self.span(prep);
        let mut out = String::with_capacity(to.saturating_sub(from));
        let mut i = 0;
        while i < self.words.len() {
            let mut j = i;
            while j + 1 < self.words.len() && self.words[j + 1] == self.words[j] + 1 {
                j += 1;
            }
            if !out.is_empty() {
                out.push_str(" … ");
            }
            out.push_str(&sentence[prep.words[self.words[i]].start..prep.words[self.words[j]].end]);
            i = j + 1;
        }
        out
    }
}

/// The anchor automaton: a byte trie of every pattern's first-word literals. Walking a
/// sentence word through it finds, in one pass, every stem the word starts with and the
/// exact literal it equals — the anchored (goto-only) form of Aho-Corasick, which is what
/// per-word anchoring needs. The root's transitions are a 256-entry table; every other node
/// keeps its few children as a short label list (compressed sparse rows). The whole trie then
/// stays within a few dozen KiB, so a walk hits the L1 cache instead of waiting on a dense
/// table that spills into L2 (the walk is a chain of dependent loads).
#[derive(Debug)]
struct AnchorTrie {
    /// Transition from the root by byte: child node, with `HAS_IDS`; 0 = none.
    root: Box<[u32; 256]>,
    /// Children of node `i` are `labels[from..to]` (same range of `targets`) where
    /// `(from, to) = child_ranges[i]`: both ends in one read.
    child_ranges: Vec<(u32, u32)>,
    /// Child byte labels, sorted per node.
    labels: Vec<u8>,
    /// Child node per label, with `HAS_IDS` set when the child has pattern ids.
    targets: Vec<u32>,
    /// Per node: its prefix / exact pattern id ranges in `ids`.
    nodes: Vec<FlatNode>,
    /// Pattern ids referenced by the nodes' ranges.
    ids: Vec<u32>,
}

/// Marks a transition into a node that carries pattern ids.
const HAS_IDS: u32 = 1 << 31;

#[derive(Debug, Default, Clone, Copy)]
struct FlatNode {
    prefix: (u32, u32),
    exact: (u32, u32),
}

/// Construction-time trie node.
#[derive(Debug, Default)]
struct BuildNode {
    children: Vec<(u8, u32)>,
    prefix: Vec<u32>,
    exact: Vec<u32>,
}

impl AnchorTrie {
    fn build(literals: &[(&str, u32, bool)]) -> AnchorTrie {
        let mut nodes = vec![BuildNode::default()];
        for &(literal, pattern, is_prefix) in literals {
            let mut at = 0usize;
            for &b in literal.as_bytes() {
                at = match nodes[at].children.binary_search_by_key(&b, |c| c.0) {
                    Ok(i) => nodes[at].children[i].1 as usize,
                    Err(i) => {
                        let id = nodes.len() as u32;
                        nodes[at].children.insert(i, (b, id));
                        nodes.push(BuildNode::default());
                        id as usize
                    }
                };
            }
            let list = if is_prefix {
                &mut nodes[at].prefix
            } else {
                &mut nodes[at].exact
            };
            if !list.contains(&pattern) {
                list.push(pattern);
            }
        }
        // Number the nodes breadth-first: the few nodes near the root, where most walks end,
        // then share cache lines instead of being scattered.
        let mut order: Vec<usize> = vec![0];
        let mut head = 0;
        while head < order.len() {
            let at = order[head];
            head += 1;
            order.extend(nodes[at].children.iter().map(|c| c.1 as usize));
        }
        let mut new_id = vec![0u32; nodes.len()];
        for (i, &old) in order.iter().enumerate() {
            new_id[old] = i as u32;
        }
        let mut slots: Vec<Option<BuildNode>> = nodes.into_iter().map(Some).collect();
        let nodes: Vec<BuildNode> = order
            .iter()
            .filter_map(|&old| slots[old].take())
            .map(|mut n| {
                n.children
                    .iter_mut()
                    .for_each(|c| c.1 = new_id[c.1 as usize]);
                n
            })
            .collect();
        let edge = |child: u32| {
            let c = &nodes[child as usize];
            if c.prefix.is_empty() && c.exact.is_empty() {
                child
            } else {
                child | HAS_IDS
            }
        };
        let mut trie = AnchorTrie {
            root: Box::new([0u32; 256]),
            child_ranges: Vec::with_capacity(nodes.len()),
            labels: Vec::new(),
            targets: Vec::new(),
            nodes: Vec::with_capacity(nodes.len()),
            ids: Vec::new(),
        };
        for &(b, child) in &nodes[0].children {
            trie.root[b as usize] = edge(child);
        }
        for n in &nodes {
            let from = trie.labels.len() as u32;
            for &(b, child) in &n.children {
                trie.labels.push(b);
                trie.targets.push(edge(child));
            }
            trie.child_ranges.push((from, trie.labels.len() as u32));
            let range = |v: &mut Vec<u32>, items: &[u32]| {
                let start = v.len() as u32;
                v.extend_from_slice(items);
                (start, v.len() as u32)
            };
            let prefix = range(&mut trie.ids, &n.prefix);
            let exact = range(&mut trie.ids, &n.exact);
            trie.nodes.push(FlatNode { prefix, exact });
        }
        trie
    }

    /// Call `hit` with every pattern anchored on `word`.
    #[inline]
    fn anchors_of(&self, word: &[u8], mut hit: impl FnMut(u32)) {
        let ids = |r: (u32, u32)| &self.ids[r.0 as usize..r.1 as usize];
        let Some((&first, rest)) = word.split_first() else {
            return;
        };
        let mut next = self.root[first as usize];
        if next == 0 {
            return;
        }
        let mut bytes = rest.iter();
        loop {
            let at = (next & !HAS_IDS) as usize;
            let flagged = next & HAS_IDS != 0;
            if flagged {
                ids(self.nodes[at].prefix).iter().for_each(|&p| hit(p));
            }
            let Some(&b) = bytes.next() else {
                if flagged {
                    ids(self.nodes[at].exact).iter().for_each(|&p| hit(p));
                }
                return;
            };
            let (from, to) = self.child_ranges[at];
            let (from, to) = (from as usize, to as usize);
            match self.labels[from..to].iter().position(|&l| l == b) {
                Some(i) => next = self.targets[from + i],
                None => return,
            }
        }
    }
}

/// Many patterns compiled into one anchor automaton.
#[derive(Debug)]
pub(crate) struct PatternMatcher {
    patterns: Vec<Pattern>,
    /// Each pattern's [`Pattern::must`], side by side: most anchored patterns fail this
    /// test, and reading it here spares a cache miss on the pattern itself.
    musts: Vec<WordHeads>,
    anchors: Anchors,
}

/// Every pattern's first-word literals, for finding the patterns a word can start. Exact
/// words (most of them) are one table look-up per word; stems ("threaten*") walk a small
/// trie. One trie of both had tens of thousands of nodes, and walking it was a chain of
/// cache misses for every word of every sentence.
#[derive(Debug)]
struct Anchors {
    exact: ExactWords,
    stems: AnchorTrie,
    /// The heads of the exact words: more than half the words of a text have none of them
    /// and skip the table look-up.
    exact_heads: HeadSet,
    /// The heads of the stems: one word in twenty starts with a stem; most of the others
    /// skip the trie walk.
    stem_heads: HeadSet,
    /// The heads of the stems exactly [`HEAD_LEN`] bytes long.
    head_long_stems: HeadSet,
    /// The [`long_head_hash`] of the stems [`HEAD_LEN`]` + 1` bytes long: many words share
    /// a head with a stem but not its next byte ("prog…" against "prot*"), and skip the
    /// walk on this test.
    long_stem_heads: HeadSet,
    /// The [`longer_head_hash`] of the stems longer still (the same test one byte further).
    longer_stem_heads: HeadSet,
    /// The first bytes of the stems shorter than [`HEAD_LEN`] (they fix no head hash).
    short_stem_starts: WordHeads,
}

/// A hash of a word's first [`HEAD_LEN`]` + 1` bytes (the word must have that many).
#[inline]
fn long_head_hash(word: &[u8]) -> u16 {
    let key = match *word {
        [a, b, c, d, ..] => u32::from_le_bytes([a, b, c, d]),
        _ => 0,
    };
    (key.wrapping_mul(0x9e37_79b1) >> 16) as u16
}

/// A hash of a word's first [`HEAD_LEN`]` + 2` bytes (the word must have that many).
#[inline]
fn longer_head_hash(word: &[u8]) -> u16 {
    let key = match *word {
        [a, b, c, d, e, ..] => u64::from_le_bytes([a, b, c, d, e, 0, 0, 0]),
        _ => 0,
    };
    (key.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 48) as u16
}

/// A set of [`head_hash`] values, one bit each (a fixed-size array: an index from a `u16`
/// needs no bounds check).
#[derive(Debug)]
pub(crate) struct HeadSet(Box<[u64; HEAD_HASHES / 64]>);

impl HeadSet {
    /// The empty set.
    pub(crate) fn new() -> HeadSet {
        HeadSet(Box::new([0; HEAD_HASHES / 64]))
    }

    /// Adds `hash`.
    pub(crate) fn insert(&mut self, hash: u16) {
        self.0[usize::from(hash) / 64] |= 1 << (hash % 64);
    }

    /// Is `hash` in the set?
    #[inline]
    pub(crate) fn contains(&self, hash: u16) -> bool {
        self.0[usize::from(hash) / 64] & (1 << (hash % 64)) != 0
    }
}

impl Anchors {
    /// Index `literals` (literal, pattern id, is it a stem).
    fn build(literals: &[(&str, u32, bool)]) -> Anchors {
        let mut words: Vec<(&str, u32)> = Vec::new();
        let mut stems = Vec::new();
        let (mut exact_heads, mut stem_heads) = (HeadSet::new(), HeadSet::new());
        let (mut head_long_stems, mut long_stem_heads) = (HeadSet::new(), HeadSet::new());
        let mut longer_stem_heads = HeadSet::new();
        let mut short_stem_starts = WordHeads::default();
        for &(literal, pattern, is_prefix) in literals {
            let bytes = literal.as_bytes();
            match bytes.first() {
                Some(&first) if is_prefix && bytes.len() < HEAD_LEN => {
                    add_head(&mut short_stem_starts, first)
                }
                _ if is_prefix => {
                    stem_heads.insert(head_hash(bytes));
                    if bytes.len() == HEAD_LEN {
                        head_long_stems.insert(head_hash(bytes));
                    } else if bytes.len() == HEAD_LEN + 1 {
                        long_stem_heads.insert(long_head_hash(bytes));
                    } else {
                        longer_stem_heads.insert(longer_head_hash(bytes));
                    }
                }
                _ => exact_heads.insert(head_hash(bytes)),
            }
            if is_prefix {
                stems.push((literal, pattern, true));
            } else {
                words.push((literal, pattern));
            }
        }
        Anchors {
            exact: ExactWords::build(&words),
            stems: AnchorTrie::build(&stems),
            exact_heads,
            stem_heads,
            head_long_stems,
            long_stem_heads,
            longer_stem_heads,
            short_stem_starts,
        }
    }

    /// Can `word` (head hash `hash`) start with one of the stems? `false` is certain: a stem
    /// it starts with has its first byte, its head, or (when longer) its first
    /// [`HEAD_LEN`]` + 1` or [`HEAD_LEN`]` + 2` bytes.
    #[inline]
    fn may_start_with_stem(&self, hash: u16, word: &[u8]) -> bool {
        has_head(&self.short_stem_starts, word[0])
            || self.stem_heads.contains(hash)
                && (self.head_long_stems.contains(hash)
                    || word.len() > HEAD_LEN
                        && (self.long_stem_heads.contains(long_head_hash(word))
                            || word.len() > HEAD_LEN + 1
                                && self.longer_stem_heads.contains(longer_head_hash(word))))
    }

    /// The patterns anchored on `word` (head hash `hash`), ascending and each once (`buf` holds
    /// them when the stem trie adds some).
    #[inline]
    fn anchors_of<'a>(&'a self, hash: u16, word: &[u8], buf: &'a mut Vec<u32>) -> &'a [u32] {
        // A literal the word equals or starts with has the word's head (stems shorter than
        // the head excepted), so a word whose head no literal has needs no look-up.
        let exact = if self.exact_heads.contains(hash) {
            self.exact.ids_of(word)
        } else {
            &[]
        };
        if !self.may_start_with_stem(hash, word) {
            // Most words: the table's list is already ascending, without repeats.
            return exact;
        }
        buf.clear();
        self.stems.anchors_of(word, |p| buf.push(p));
        if buf.is_empty() {
            // Most walks find no stem: the exact list stands as it is, without a copy.
            return exact;
        }
        buf.extend_from_slice(exact);
        if buf.len() > 1 {
            // A pattern may start on a word by two alternatives (`talk*|talks`).
            buf.sort_unstable();
            buf.dedup();
        }
        buf
    }
}

/// Longest word kept inline in an [`ExactWords`] slot; longer ones live in `long`.
const INLINE_WORD: usize = 23;

/// An open-addressing table from exact words to pattern ids, built for the one question
/// every word of every sentence asks. A bit filter (a few KiB, stays in L1) turns away
/// most words without touching the table; short keys are stored in the slot itself, so
/// a hit costs one slot read instead of a bucket read plus a pointer chase to the key.
#[derive(Debug)]
struct ExactWords {
    /// One bit per hash value (low bits): is any key's bit set?
    filter: Box<[u64; FILTER_BITS / 64]>,
    slots: Vec<ExactSlot>,
    /// Keys longer than [`INLINE_WORD`] bytes.
    long: HashMap<Box<[u8]>, (u32, u32), crate::words::WordHash>,
    ids: Vec<u32>,
}

#[derive(Debug, Clone, Copy, Default)]
struct ExactSlot {
    /// Key length; 0 marks an empty slot (keys are never empty).
    len: u8,
    key: [u8; INLINE_WORD],
    ids: (u32, u32),
}

/// The hash of an [`ExactWords`] key. A word of up to 16 bytes (nearly all) is read as two
/// overlapping loads, not a loop copying each 8-byte chunk; longer ones take [`word_hash`].
#[inline]
fn exact_hash(word: &[u8]) -> u64 {
    const K: u64 = 0x9e37_79b9_7f4a_7c15;
    let n = word.len();
    let load8 = |b: &[u8]| u64::from_le_bytes(b.try_into().unwrap_or_default());
    let load4 = |b: &[u8]| u64::from(u32::from_le_bytes(b.try_into().unwrap_or_default()));
    // Two reads covering the whole word (they overlap when it is shorter than both).
    let (head, tail) = match n {
        17.. => return word_hash(word),
        8.. => (load8(&word[..8]), load8(&word[n - 8..])),
        4.. => (load4(&word[..4]), load4(&word[n - 4..])),
        1.. => (
            u64::from(word[0]) | u64::from(word[n / 2]) << 8 | u64::from(word[n - 1]) << 16,
            0,
        ),
        0 => (0, 0),
    };
    let h = (head ^ (n as u64).wrapping_mul(K)).wrapping_mul(K);
    let h = (h ^ (h >> 29) ^ tail).wrapping_mul(K);
    h ^ (h >> 32)
}

/// Are `a` and `b` (of equal length) the same bytes? Short keys (nearly all) are compared
/// as two overlapping loads each, not by a call to the library's compare: a found word is
/// compared once per occurrence, and half the words of a text are found.
#[inline]
fn same_bytes(a: &[u8], b: &[u8]) -> bool {
    let n = a.len();
    if n != b.len() {
        return false;
    }
    let load8 = |b: &[u8]| u64::from_le_bytes(b.try_into().unwrap_or_default());
    let load4 = |b: &[u8]| u32::from_le_bytes(b.try_into().unwrap_or_default());
    match n {
        17.. => a == b,
        8.. => load8(&a[..8]) == load8(&b[..8]) && load8(&a[n - 8..]) == load8(&b[n - 8..]),
        4.. => load4(&a[..4]) == load4(&b[..4]) && load4(&a[n - 4..]) == load4(&b[n - 4..]),
        // one to three bytes: first, middle and last cover them all
        1.. => a[0] == b[0] && a[n / 2] == b[n / 2] && a[n - 1] == b[n - 1],
        0 => true,
    }
}

/// Bits in the [`ExactWords`] filter (a power of two).
const FILTER_BITS: usize = 1 << 16;

impl ExactWords {
    fn build(words: &[(&str, u32)]) -> ExactWords {
        let mut grouped: Vec<(&[u8], Vec<u32>)> = Vec::new();
        let mut at: HashMap<&[u8], usize, crate::words::WordHash> = HashMap::default();
        for &(w, pattern) in words {
            let i = *at.entry(w.as_bytes()).or_insert_with(|| {
                grouped.push((w.as_bytes(), Vec::new()));
                grouped.len() - 1
            });
            if !grouped[i].1.contains(&pattern) {
                grouped[i].1.push(pattern);
            }
        }
        // Each word's patterns ascending: the matcher takes them in that order as they are.
        for (_, pids) in &mut grouped {
            pids.sort_unstable();
        }
        let n_slots = (grouped.len() * 2).next_power_of_two().max(16);
        let mut table = ExactWords {
            filter: Box::new([0; FILTER_BITS / 64]),
            slots: vec![ExactSlot::default(); n_slots],
            long: HashMap::default(),
            ids: Vec::new(),
        };
        for (word, pids) in grouped {
            if word.is_empty() {
                continue;
            }
            let range = (
                table.ids.len() as u32,
                (table.ids.len() + pids.len()) as u32,
            );
            table.ids.extend(pids);
            let h = exact_hash(word);
            let bit = h as usize % FILTER_BITS;
            table.filter[bit / 64] |= 1 << (bit % 64);
            if word.len() > INLINE_WORD {
                table.long.insert(Box::from(word), range);
                continue;
            }
            let mask = n_slots - 1;
            let mut i = (h >> 32) as usize & mask;
            while table.slots[i].len != 0 {
                i = (i + 1) & mask;
            }
            let slot = &mut table.slots[i];
            slot.len = word.len() as u8;
            slot.key[..word.len()].copy_from_slice(word);
            slot.ids = range;
        }
        table
    }

    /// The patterns whose first word is exactly `word`.
    #[inline]
    fn ids_of(&self, word: &[u8]) -> &[u32] {
        let h = exact_hash(word);
        let bit = h as usize % FILTER_BITS;
        if self.filter[bit / 64] & (1 << (bit % 64)) == 0 {
            return &[];
        }
        let range = if word.len() > INLINE_WORD {
            self.long.get(word).copied()
        } else {
            let mask = self.slots.len() - 1;
            let mut i = (h >> 32) as usize & mask;
            loop {
                let slot = &self.slots[i];
                if slot.len == 0 {
                    break None;
                }
                if usize::from(slot.len) == word.len() && same_bytes(&slot.key[..word.len()], word)
                {
                    break Some(slot.ids);
                }
                i = (i + 1) & mask;
            }
        };
        range.map_or(&[], |(from, to)| &self.ids[from as usize..to as usize])
    }
}

impl PatternMatcher {
    /// Compile `patterns`; pattern ids are their positions in the vector.
    pub fn new(patterns: Vec<Pattern>) -> Result<PatternMatcher, String> {
        if patterns.len() > u32::MAX as usize {
            return Err("too many patterns".into());
        }
        let mut literals = Vec::new();
        for (pid, p) in patterns.iter().enumerate() {
            for alt in &p.elements[0].alts {
                literals.push((
                    alt.literal(),
                    pid as u32,
                    matches!(alt, WordTest::Prefix(_)),
                ));
            }
        }
        let anchors = Anchors::build(&literals);
        let musts = patterns.iter().map(|p| p.must).collect();
        Ok(PatternMatcher {
            patterns,
            musts,
            anchors,
        })
    }

    /// Number of compiled patterns.
    pub fn len(&self) -> usize {
        self.patterns.len()
    }

    /// Every match of every pattern, each pattern at most once per anchor word,
    /// sorted by (first word, pattern id).
    pub fn find_all(&self, prep: &Prepared) -> Vec<RawMatch> {
        // room for a sentence's matches (six on average, across all lexicons) without the
        // list growing three times on the way
        let mut out = Vec::with_capacity(16);
        self.each_match(prep, |m| out.push(m));
        out
    }

    /// Hand every match to `found`, in [`PatternMatcher::find_all`]'s order: a combined
    /// matcher sorts them into its lexicons' lists as they come, without a list of all.
    #[inline]
    fn each_match(&self, prep: &Prepared, mut found: impl FnMut(RawMatch)) {
        let mut scratch: Vec<(usize, usize)> = Vec::with_capacity(8);
        let mut buf: Vec<u32> = Vec::with_capacity(8);
        let lower = prep.lower.as_bytes();
        // (the words and their head hashes side by side: no index to check against either)
        for (wi, (w, &hash)) in prep.words.iter().zip(&prep.head_hashes).enumerate() {
            for &pid in self
                .anchors
                .anchors_of(hash, &lower[w.start..w.end], &mut buf)
            {
                if !all_present(&self.musts[pid as usize], &prep.heads) {
                    continue;
                }
                let pat = &self.patterns[pid as usize];
                if pat.verify(prep, wi, &mut scratch) {
                    let mut letters = 0;
                    for &(w, k) in &scratch {
                        letters += pat.letters(prep, w, k);
                    }
                    let words: Vec<usize> = scratch.iter().map(|p| p.0).collect();
                    found(RawMatch {
                        pattern: pid as usize,
                        weight: (words.len(), letters),
                        words,
                    });
                }
            }
        }
    }
}

/// Several lexicons' patterns compiled into one anchor automaton, so a sentence's words are
/// walked once for all of them; the matches are handed back per lexicon with its own ids.
#[derive(Debug)]
pub(crate) struct CombinedMatcher<const N: usize> {
    matcher: PatternMatcher,
    /// Where each lexicon's patterns start in the combined list.
    starts: [usize; N],
}

impl<const N: usize> CombinedMatcher<N> {
    /// Combine `parts` (their patterns are copied; ids become positions in the combined list).
    pub fn new(parts: [&PatternMatcher; N]) -> Result<CombinedMatcher<N>, String> {
        let mut patterns = Vec::new();
        let mut starts = [0; N];
        for (start, part) in starts.iter_mut().zip(parts) {
            *start = patterns.len();
            patterns.extend(part.patterns.iter().cloned());
        }
        Ok(CombinedMatcher {
            matcher: PatternMatcher::new(patterns)?,
            starts,
        })
    }

    /// [`PatternMatcher::find_all`] for every lexicon at once: one list per part, in the
    /// order the parts were given, each with that part's own pattern ids and order.
    pub fn find_all(&self, prep: &Prepared) -> [Vec<RawMatch>; N] {
        let mut out: [Vec<RawMatch>; N] = std::array::from_fn(|_| Vec::new());
        self.matcher.each_match(prep, |mut m| {
            // `starts` is ascending from 0: the part is the last one starting at or before the id
            let mut part = 0;
            while part + 1 < N && self.starts[part + 1] <= m.pattern {
                part += 1;
            }
            m.pattern -= self.starts[part];
            out[part].push(m);
        });
        out
    }
}

/// Resolve overlapping matches: where two matches share a word, the more specific one wins
/// (more matched words, then more letters fixed by the pattern, then the tighter and earlier one).
/// The result is sorted by first word.
pub(crate) fn resolve_overlaps(raw: Vec<RawMatch>, word_count: usize) -> Vec<RawMatch> {
    // A lone match (most sentences with any) overlaps nothing, and nor do matches that each
    // start after the one before ends (most of the rest): all of them stand, in the order
    // the matcher gave them.
    if raw.len() < 2 || one_after_another(&raw) {
        return raw;
    }
    resolve_by_rank(raw, word_count)
}

/// Does each match start after the previous one's last word? (A match's words ascend, so
/// such matches share no word and are already sorted by first word.)
fn one_after_another(raw: &[RawMatch]) -> bool {
    raw.windows(2)
        .all(|pair| pair[0].words.last() < pair[1].words.first())
}

/// [`resolve_overlaps`] for matches that may share words: the most specific claim them first.
fn resolve_by_rank(mut raw: Vec<RawMatch>, word_count: usize) -> Vec<RawMatch> {
    // No two matches of one matcher share pattern and first word, so no two compare equal
    // here or (once overlaps are gone) in the final order: an unstable sort gives the
    // stable sort's order without its scratch buffer.
    raw.sort_unstable_by(|a, b| {
        let spread = |m: &RawMatch| m.words[m.words.len() - 1] - m.words[0];
        b.weight
            .cmp(&a.weight)
            .then(spread(a).cmp(&spread(b)))
            .then(a.words[0].cmp(&b.words[0]))
            .then(a.pattern.cmp(&b.pattern))
    });
    // Taken words as a bitset; sentences of up to 256 words need no allocation.
    let mut small = [0u64; 4];
    let mut large = Vec::new();
    let taken: &mut [u64] = if word_count <= 256 {
        &mut small
    } else {
        large.resize(word_count.div_ceil(64), 0u64);
        &mut large
    };
    // `retain` visits the matches in order, so the most specific ones claim their words first.
    raw.retain(|m| {
        if m.words
            .iter()
            .any(|&w| taken[w / 64] & (1 << (w % 64)) != 0)
        {
            return false;
        }
        for &w in &m.words {
            taken[w / 64] |= 1 << (w % 64);
        }
        true
    });
    raw.sort_unstable_by_key(|m| (m.words[0], m.words[m.words.len() - 1]));
    raw
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matcher(srcs: &[&str]) -> PatternMatcher {
        PatternMatcher::new(srcs.iter().map(|s| Pattern::parse(s).unwrap()).collect()).unwrap()
    }

    fn hits(srcs: &[&str], text: &str) -> Vec<(usize, String)> {
        let m = matcher(srcs);
        let prep = Prepared::new(text);
        m.find_all(&prep)
            .into_iter()
            .map(|r| (r.pattern, r.text(text, &prep)))
            .collect()
    }

    #[test]
    fn lowercasing_keeps_offsets() {
        let s = "Mevlüt ÇAVUŞOĞLU İstanbul";
        let l = lower_same_offsets(s);
        assert_eq!(l.len(), s.len());
        assert!(l.starts_with("mevlüt çavuşoğlu"));
    }

    #[test]
    fn tokenizer_splits_hyphens_and_apostrophes() {
        let p = Prepared::new("China-Turkey ties, Turkey's S-400.");
        let ws: Vec<&str> = (0..p.words.len()).map(|i| p.word(i)).collect();
        assert_eq!(
            ws,
            vec!["china", "turkey", "ties", "turkey", "s", "s", "400"]
        );
    }

    #[test]
    fn exact_and_stem_words() {
        assert_eq!(hits(&["condemn*"], "Ankara condemned it")[0].1, "condemned");
        assert_eq!(
            hits(&["condemn*"], "a strong condemnation")[0].1,
            "condemnation"
        );
        assert!(
            hits(&["ban"], "an urban bank banner").is_empty(),
            "no match inside words"
        );
        assert!(
            hits(&["ban*"], "the urban area").is_empty(),
            "stem must start a word"
        );
        assert!(hits(&["talks"], "talkshow").is_empty());
        assert_eq!(hits(&["talks"], "Talks.").len(), 1);
    }

    #[test]
    fn gaps_optional_and_alternatives() {
        let p = &["should .. stop"];
        assert_eq!(
            hits(p, "it should clearly and resolutely stop")[0].1,
            "should … stop"
        );
        assert!(
            hits(p, "it should a b c d e stop").is_empty(),
            "gap of 4 words at most"
        );
        assert_eq!(hits(&["should ..2 stop"], "should a b stop").len(), 1);
        assert!(hits(&["should ..2 stop"], "should a b c stop").is_empty());
        let o = &["held [phone] talks"];
        assert_eq!(hits(o, "held phone talks")[0].1, "held phone talks");
        assert_eq!(hits(o, "held talks")[0].1, "held talks");
        assert!(hits(o, "held video talks").is_empty());
        let a = &["withdr* troops|forces|soldiers"];
        assert_eq!(hits(a, "Russia withdrew forces")[0].1, "withdrew forces");
        assert!(hits(a, "Russia withdrew support").is_empty());
        let h = &["test-fire*"];
        assert_eq!(hits(h, "Pyongyang test-fired a missile")[0].1, "test-fired");
        assert_eq!(hits(h, "it will test fire")[0].1, "test fire");
    }

    #[test]
    fn optional_word_gap_carries_over() {
        // `[a]` skipped: its own gap allowance passes to the next element.
        assert_eq!(hits(&["call* .. [upon] to"], "called on X to").len(), 1);
    }

    #[test]
    fn malformed_patterns_are_rejected() {
        for bad in [
            "",
            ".. stop",
            "stop ..",
            "a .. .. b",
            "[a] b",
            "a ..99 b",
            "a*b",
            "a [b",
            "a|b-c",
            "x@y",
            "[a-b] c",
        ] {
            assert!(Pattern::parse(bad).is_err(), "{bad:?} should be rejected");
        }
    }

    #[test]
    fn tokenizer_handles_ascii_next_to_other_characters() {
        let p = Prepared::new("“Talks”—Çavuşoğlu’s visit, naïve x2 ü");
        let ws: Vec<&str> = (0..p.words.len()).map(|i| p.word(i)).collect();
        assert_eq!(
            ws,
            vec!["talks", "çavuşoğlu", "s", "visit", "naïve", "x2", "ü"]
        );
    }

    /// Words found character by character: what [`tokenize`] must agree with.
    fn words_char_by_char(text: &str) -> Vec<Word> {
        let mut words = Vec::new();
        let mut start = None;
        for (i, c) in text.char_indices() {
            match (is_word_char(c), start) {
                (true, None) => start = Some(i),
                (false, Some(s)) => {
                    words.push(Word { start: s, end: i });
                    start = None;
                }
                _ => {}
            }
        }
        if let Some(s) = start {
            words.push(Word {
                start: s,
                end: text.len(),
            });
        }
        words
    }

    #[test]
    fn eight_byte_tokenizer_agrees_with_reading_each_character() {
        // the bytes around every class edge, upper case, non-ASCII letters and separators
        let pieces = [
            "a", "z", "A", "Z", "0", "9", "@", "[", "`", "{", "/", ":", " ", "-", "'", "\0",
            "\x7f", "é", "İ", "ß", "’", "—", "“", "中", "word", "Talks", "x2", "  ",
        ];
        let mut rng = crate::words::test_rng(0x70c_e11);
        for _ in 0..3000 {
            let text: String = (0..rng(40)).map(|_| pieces[rng(pieces.len())]).collect();
            assert_eq!(tokenize(&text), words_char_by_char(&text), "{text:?}");
        }
        for text in [
            "",
            "a",
            "abcdefgh",
            "abcdefghi",
            "abcdefg é",
            "é",
            "12345678 ",
            "x’",
        ] {
            assert_eq!(tokenize(text), words_char_by_char(text), "{text:?}");
        }
    }

    #[test]
    fn huge_lexicons_still_match() {
        // 6000 distinct ten-letter stems make tens of thousands of trie nodes.
        let words: Vec<String> = (0..6000u32)
            .map(|i| {
                (0..10)
                    .map(|k| char::from(b'a' + ((i * 7 + k * 13 + i / (k + 1)) % 26) as u8))
                    .collect::<String>()
                    + &format!("{i}x")
            })
            .collect();
        let stems: Vec<String> = words.iter().map(|w| format!("{w}*")).collect();
        let srcs: Vec<&str> = stems.iter().map(String::as_str).collect();
        let m = matcher(&srcs);
        assert!(m.anchors.stems.nodes.len() > 32768);
        let text = format!("x {} y {}", words[5999], words[17]);
        let found: Vec<usize> = m
            .find_all(&Prepared::new(&text))
            .into_iter()
            .map(|r| r.pattern)
            .collect();
        assert_eq!(found, vec![5999, 17]);
    }

    #[test]
    fn head_filter_never_hides_a_match() {
        // later elements as exact words, long stems, short stems (too short to filter on)
        // and optional words: each must still match, and fail when its word is missing
        let srcs = [
            "press conference|briefing",
            "called .. talk*",
            "vowed .. un*",
            "agreed [to] cooperate",
        ];
        let got = hits(
            &srcs,
            "At a press briefing he called for talking; they vowed to undo it and agreed cooperate.",
        );
        let found: Vec<usize> = got.iter().map(|(p, _)| *p).collect();
        assert_eq!(found, vec![0, 1, 2, 3]);
        assert!(hits(&srcs, "At a press event he called for calm; they vowed it.").is_empty());
    }

    #[test]
    fn same_bytes_agrees_with_slice_equality() {
        let base: Vec<u8> = (0..30u8).map(|i| b'a' + i % 26).collect();
        for n in 0..=base.len() {
            let a = &base[..n];
            assert!(same_bytes(a, a));
            for at in 0..n {
                let mut b = a.to_vec();
                b[at] ^= 0x20;
                assert!(!same_bytes(a, &b), "length {n}, byte {at}");
            }
        }
        assert!(!same_bytes(b"ab", b"abc"));
    }

    #[test]
    fn stem_filter_never_hides_a_stem() {
        let stems = [
            "a", "ab", "thr", "threat", "prot", "protest", "talk", "über",
        ];
        let literals: Vec<(&str, u32, bool)> = stems
            .iter()
            .enumerate()
            .map(|(i, s)| (*s, i as u32, true))
            .collect();
        let anchors = Anchors::build(&literals);
        let words = [
            "a", "abc", "th", "thr", "thre", "threa", "threats", "three", "pro", "prot",
            "protests", "program", "talk", "talks", "tal", "über", "überall", "übe", "x", "protes",
            "proteus", "threaten", "threads",
        ];
        for w in words {
            let mut walked = Vec::new();
            anchors.stems.anchors_of(w.as_bytes(), |p| walked.push(p));
            if !walked.is_empty() {
                assert!(
                    anchors.may_start_with_stem(head_hash(w.as_bytes()), w.as_bytes()),
                    "{w}"
                );
            }
        }
        assert!(!anchors.may_start_with_stem(head_hash(b"program"), b"program"));
    }

    #[test]
    fn exact_word_table_finds_every_key_and_nothing_else() {
        let long = "counterrevolutionaries-and-more"; // longer than a slot holds
        let mut words: Vec<String> = (0..3000).map(|i| format!("w{i}")).collect();
        words.push(long.to_string());
        // every length the hash reads differently, with words differing only inside
        let spread: Vec<String> = (1..=20)
            .flat_map(|n| {
                let base = "abcdefghijklmnopqrst"[..n].to_string();
                let inner = format!("{}Z{}", &base[..n / 2], &base[n / 2 + 1..]);
                [base, inner]
            })
            .collect();
        words.extend(spread);
        let pairs: Vec<(&str, u32)> = words
            .iter()
            .enumerate()
            .map(|(i, w)| (w.as_str(), i as u32))
            .chain([("w7", 9999)]) // a second pattern on the same word
            .collect();
        let table = ExactWords::build(&pairs);
        for (i, w) in words.iter().enumerate() {
            let ids = table.ids_of(w.as_bytes());
            assert!(ids.contains(&(i as u32)), "{w}");
        }
        assert_eq!(table.ids_of(b"w7"), &[7, 9999]);
        assert_eq!(table.ids_of(long.as_bytes()), &[3000]);
        for absent in [
            "w",
            "w30000",
            "w7x",
            "counterrevolutionaries-and-mor",
            "",
            "abcdefgZ",
            "abcdefghijklmnoX",
            "aZZ",
        ] {
            assert!(table.ids_of(absent.as_bytes()).is_empty(), "{absent}");
        }
    }

    #[test]
    fn stems_and_exact_words_share_trie_paths() {
        // "talk*" fires on every word it starts, "talks" only on itself, "ta" on nothing longer
        let got = hits(&["talk*", "talks", "ta"], "talk talks talking ta tax");
        let got: Vec<(usize, &str)> = got.iter().map(|(p, w)| (*p, w.as_str())).collect();
        assert_eq!(
            got,
            vec![
                (0, "talk"),
                (0, "talks"),
                (1, "talks"),
                (0, "talking"),
                (2, "ta")
            ]
        );
    }

    #[test]
    fn combined_matchers_give_each_lexicon_its_own_matches() {
        let a = matcher(&["talk*", "held .. talks"]);
        let b = matcher(&["talks", "nuclear"]);
        let c = matcher(&["iran*"]);
        let combined = CombinedMatcher::new([&a, &b, &c]).unwrap();
        for text in [
            "They held nuclear talks with Iran.",
            "Talks on the Iranian nuclear programme.",
            "Nothing here.",
        ] {
            let prep = Prepared::new(text);
            let [ra, rb, rc] = combined.find_all(&prep);
            assert_eq!(ra, a.find_all(&prep), "{text}");
            assert_eq!(rb, b.find_all(&prep), "{text}");
            assert_eq!(rc, c.find_all(&prep), "{text}");
        }
        let prep = Prepared::new("They held nuclear talks with Iran.");
        let [ra, rb, rc] = combined.find_all(&prep);
        assert_eq!((ra.len(), rb.len(), rc.len()), (2, 2, 1));
    }

    /// Words over a small alphabet, so that generated words and literals often share heads.
    fn generated_words(seed: u64, n: usize) -> Vec<String> {
        let mut x = seed;
        (0..n)
            .map(|_| {
                x = x
                    .wrapping_mul(6_364_136_223_846_793_005)
                    .wrapping_add(1_442_695_040_888_963_407);
                let len = 1 + (x >> 60) as usize % 6;
                (0..len)
                    .map(|k| ["a", "b", "c", "ü"][(x >> (8 + 2 * k)) as usize % 4])
                    .collect()
            })
            .collect()
    }

    #[test]
    fn head_prefilter_and_letters_agree_with_comparing_every_alternative() {
        let literals = generated_words(7, 300);
        let words = generated_words(11, 400);
        let prep = Prepared::new(&words.join(" "));
        for group in literals.chunks(3) {
            for src in [
                group.join("|"),
                format!("{}*|{}", group[0], group[1]),
                format!("{}*", group[0]),
                group[0].clone(),
            ] {
                let Ok(p) = Pattern::parse(&src) else {
                    continue;
                };
                let el = &p.elements[0];
                for i in 0..prep.words.len() {
                    let w = prep.word_bytes(i);
                    let any = el.alts.iter().any(|a| a.accepts(w));
                    assert_eq!(el.accepts(&prep, i), any, "{src} on {:?}", prep.word(i));
                    if any {
                        let longest = el.alts.iter().filter(|a| a.accepts(w));
                        let longest = longest.map(|a| a.literal().len()).max();
                        assert_eq!(Some(p.letters(&prep, i, 0)), longest, "{src}");
                    }
                }
            }
        }
    }

    /// The matcher's backtracking in its plain recursive form: every element, required or
    /// not, tries each place it may take in turn.
    fn reference_rest(
        p: &Pattern,
        prep: &Prepared,
        k: usize,
        next: usize,
        extra_gap: usize,
        out: &mut Vec<(usize, usize)>,
    ) -> bool {
        let Some(el) = p.elements.get(k) else {
            return true;
        };
        let max_gap = el.gap as usize + extra_gap;
        let last = (next + max_gap).min(prep.words.len().saturating_sub(1));
        if next < prep.words.len() {
            for w in next..=last {
                let word = prep.word_bytes(w);
                if el.alts.iter().any(|a| a.accepts(word)) {
                    out.push((w, k));
                    if reference_rest(p, prep, k + 1, w + 1, 0, out) {
                        return true;
                    }
                    out.pop();
                }
            }
        }
        el.optional && reference_rest(p, prep, k + 1, next, max_gap, out)
    }

    #[test]
    fn matching_agrees_with_plain_backtracking() {
        let vocabulary = ["a", "b", "ab", "ba", "abc", "c"];
        let mut rng = crate::words::test_rng(0x5eed_1234);
        let mut sources = Vec::new();
        for _ in 0..400 {
            let n = 2 + rng(4);
            let mut src = vocabulary[rng(vocabulary.len())].to_string();
            for _ in 1..n {
                match rng(5) {
                    0 => src.push_str(" .."),
                    1 => src.push_str(&format!(" ..{}", 1 + rng(3))),
                    _ => {}
                }
                let word = match rng(4) {
                    0 => format!("{}*", vocabulary[rng(3)]),
                    1 => format!("{}|{}", vocabulary[rng(6)], vocabulary[rng(6)]),
                    _ => vocabulary[rng(vocabulary.len())].to_string(),
                };
                if rng(5) == 0 {
                    src.push_str(&format!(" [{}]", word.replace('|', "")));
                } else {
                    src.push_str(&format!(" {word}"));
                }
            }
            sources.push(src);
        }
        let patterns: Vec<Pattern> = sources
            .iter()
            .filter_map(|s| Pattern::parse(s).ok())
            .collect();
        assert!(patterns.len() > 300);
        let (mut matched, mut failed) = (0, 0);
        for _ in 0..60 {
            let text: Vec<&str> = (0..3 + rng(12))
                .map(|_| vocabulary[rng(vocabulary.len())])
                .collect();
            let prep = Prepared::new(&text.join(" "));
            for p in &patterns {
                for first in 0..prep.words.len() {
                    let mut expected = vec![(first, 0)];
                    let word = prep.word_bytes(first);
                    let anchored = p.elements[0].alts.iter().any(|a| a.accepts(word));
                    let want = anchored && reference_rest(p, &prep, 1, first + 1, 0, &mut expected);
                    let mut out = vec![(first, 0)];
                    let found = anchored && p.match_rest(&prep, 1, first + 1, 0, &mut out);
                    assert_eq!(found, want, "{text:?}");
                    if want {
                        assert_eq!(out, expected, "{text:?}");
                        matched += 1;
                    } else {
                        assert_eq!(
                            out,
                            vec![(first, 0)],
                            "a failed match leaves `out` as it was"
                        );
                        failed += 1;
                    }
                }
            }
        }
        assert!(matched > 1000 && failed > 1000, "{matched} {failed}");
    }

    #[test]
    fn the_head_filters_only_turn_away_words_without_anchors() {
        // exact words and stems of every length, short stems included
        let literals = generated_words(13, 24);
        let entries: Vec<(&str, u32, bool)> = literals
            .iter()
            .enumerate()
            .map(|(i, l)| (l.as_str(), i as u32, i % 2 == 0))
            .collect();
        let anchors = Anchors::build(&entries);
        let prep = Prepared::new(&generated_words(17, 2000).join(" "));
        let mut anchored_words = 0;
        for i in 0..prep.words.len() {
            let word = prep.word_bytes(i);
            let mut unfiltered = anchors.exact.ids_of(word).to_vec();
            anchors.stems.anchors_of(word, |p| unfiltered.push(p));
            unfiltered.sort_unstable();
            unfiltered.dedup();
            let found = anchors
                .anchors_of(prep.head_hash_of(i), prep.word_bytes(i), &mut Vec::new())
                .to_vec();
            assert_eq!(found, unfiltered, "{}", prep.word(i));
            anchored_words += usize::from(!found.is_empty());
        }
        assert!(0 < anchored_words && anchored_words < prep.words.len());
    }

    #[test]
    fn matches_one_after_another_stand_as_ranking_would_leave_them() {
        let mut rng = crate::words::test_rng(0x00e7_1a95);
        let (mut apart, mut ranked) = (0, 0);
        for _ in 0..3000 {
            // a few matches of one to three words over a short sentence, in matcher order
            let mut raw: Vec<RawMatch> = (0..1 + rng(4))
                .map(|pattern| {
                    let first = rng(12);
                    let mut words = vec![first];
                    for _ in 0..rng(3) {
                        let next = words[words.len() - 1] + 1 + rng(3);
                        words.push(next);
                    }
                    RawMatch {
                        pattern,
                        weight: (words.len(), rng(10)),
                        words,
                    }
                })
                .collect();
            raw.sort_by_key(|m| (m.words[0], m.pattern));
            let expected = resolve_by_rank(raw.clone(), 30);
            if one_after_another(&raw) {
                apart += 1;
            } else {
                ranked += 1;
            }
            assert_eq!(resolve_overlaps(raw, 30), expected);
        }
        assert!(apart > 300 && ranked > 300, "{apart} {ranked}");
    }

    #[test]
    fn non_ascii_patterns_match() {
        assert_eq!(hits(&["çavuşoğlu"], "Mevlüt Çavuşoğlu said").len(), 1);
    }
}
