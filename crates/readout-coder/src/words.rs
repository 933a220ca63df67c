//! Small helpers for looking at words around a byte position in a sentence, and word-level
//! matchers shared by the coder's stages.

/// Is `c` part of a word (letters, digits, apostrophes inside words, hyphens)?
pub(crate) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '-' || c == '\''
}

/// The word ending at or before `pos` (skipping whitespace), as `(start, end)`; `None` at
/// the start of the text or when punctuation comes first.
pub(crate) fn word_before(text: &str, pos: usize) -> Option<(usize, usize)> {
    let head = text.get(..pos)?.as_bytes();
    // ASCII bytes settle it; a non-ASCII character at either edge goes to the char reading
    let mut end = head.len();
    while end > 0 && is_ascii_space(head[end - 1]) {
        end -= 1;
    }
    if end == 0 {
        return None;
    }
    if head[end - 1] >= 0x80 {
        return word_before_by_chars(text, pos);
    }
    if !is_ascii_word_byte(head[end - 1]) {
        return None;
    }
    let mut start = end;
    while start > 0 && is_ascii_word_byte(head[start - 1]) {
        start -= 1;
    }
    if start > 0 && head[start - 1] >= 0x80 {
        return word_before_by_chars(text, pos);
    }
    Some((start, end))
}

/// [`word_before`] read char by char (any script).
fn word_before_by_chars(text: &str, pos: usize) -> Option<(usize, usize)> {
    let head = text.get(..pos)?;
    let trimmed = head.trim_end_matches(|c: char| c.is_whitespace());
    if trimmed.is_empty() {
        return None;
    }
    let end = trimmed.len();
    let last = trimmed.chars().next_back()?;
    if !is_word_char(last) {
        return None;
    }
    let start = trimmed
        .char_indices()
        .rev()
        .take_while(|(_, c)| is_word_char(*c))
        .last()
        .map_or(end, |(i, _)| i);
    Some((start, end))
}

/// The ASCII bytes `char::is_whitespace` accepts.
#[inline]
fn is_ascii_space(b: u8) -> bool {
    ASCII_SPACE_BYTE[b as usize]
}

/// [`is_ascii_space`] as a table: the word scans ask it of every byte they step over, and
/// one load beats the chain of compares.
static ASCII_SPACE_BYTE: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = matches!(b as u8, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r');
        b += 1;
    }
    t
};

/// The ASCII bytes [`is_word_char`] accepts.
fn is_ascii_word_byte(b: u8) -> bool {
    ASCII_WORD_BYTE[b as usize]
}

/// [`is_ascii_word_byte`] as a table: the word scans step byte by byte, and one load beats
/// the chain of range tests.
static ASCII_WORD_BYTE: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = c.is_ascii_alphanumeric() || c == b'-' || c == b'\'';
        b += 1;
    }
    t
};

/// The whitespace-separated words of `s`, last first: what `s.split_whitespace().rev()`
/// yields, read a byte at a time where the std iterator decodes every char backwards
/// (only non-ASCII bytes are decoded here, to ask whether they are Unicode whitespace).
pub(crate) fn words_back(s: &str) -> WordsBack<'_> {
    WordsBack { s, end: s.len() }
}

/// The iterator of [`words_back`].
pub(crate) struct WordsBack<'a> {
    s: &'a str,
    /// Everything from here on has been yielded.
    end: usize,
}

/// Is the char ending at byte `end` of `s` whitespace? Returns that and where the char starts.
#[inline]
fn space_ending_at(s: &str, end: usize) -> (bool, usize) {
    let b = s.as_bytes();
    let last = b[end - 1];
    if last < 0x80 {
        return (is_ascii_space(last), end - 1);
    }
    let mut start = end - 1;
    while start > 0 && b[start] & 0xC0 == 0x80 {
        start -= 1;
    }
    let space = s
        .get(start..end)
        .and_then(|c| c.chars().next())
        .is_some_and(char::is_whitespace);
    (space, start)
}

impl<'a> Iterator for WordsBack<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let mut end = self.end;
        loop {
            if end == 0 {
                self.end = 0;
                return None;
            }
            let (space, start) = space_ending_at(self.s, end);
            if !space {
                break;
            }
            end = start;
        }
        let mut start = end;
        while start > 0 {
            let (space, char_start) = space_ending_at(self.s, start);
            if space {
                break;
            }
            start = char_start;
        }
        self.end = start;
        self.s.get(start..end)
    }
}

/// The number of whitespace-separated words of `s`: `s.split_whitespace().count()` without
/// decoding ASCII text char by char.
pub(crate) fn word_count(s: &str) -> usize {
    if !s.is_ascii() {
        return s.split_whitespace().count();
    }
    let mut count = 0;
    let mut in_word = false;
    for &b in s.as_bytes() {
        let space = is_ascii_space(b);
        count += usize::from(in_word && space);
        in_word = !space;
    }
    count + usize::from(in_word)
}

/// Does `hay` contain `needle`? `str::contains` for short texts such as a trigger's words:
/// a compare per position, without the setup the general substring searcher pays per call.
pub(crate) fn contains_short(hay: &str, needle: &str) -> bool {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    // (the first byte turns most positions away before a compare call)
    n.is_empty() || h.windows(n.len()).any(|w| w[0] == n[0] && w == n)
}

/// Does `text`, ASCII-lower-cased, end with `suffix` (lower case)? Compared in place, without
/// a lower-cased copy.
pub(crate) fn ends_with_ascii_ci(text: &str, suffix: &str) -> bool {
    let (w, s) = (text.as_bytes(), suffix.as_bytes());
    w.len() >= s.len() && w[w.len() - s.len()..].eq_ignore_ascii_case(s)
}

/// Does `text`, ASCII-lower-cased, start with `prefix` (lower case)? Compared in place,
/// without a lower-cased copy.
pub(crate) fn starts_with_ascii_ci(text: &str, prefix: &str) -> bool {
    text.as_bytes()
        .get(..prefix.len())
        .is_some_and(|b| b.eq_ignore_ascii_case(prefix.as_bytes()))
}

/// Does `hay`, ASCII-lower-cased, contain `needle` (lower case)? For the short texts of
/// mentions and triggers, a walk over the byte windows costs less than a lower-cased copy
/// and the general substring searcher.
pub(crate) fn contains_ascii_ci(hay: &str, needle: &str) -> bool {
    let needle = needle.as_bytes();
    needle.is_empty()
        || hay
            .as_bytes()
            .windows(needle.len())
            .any(|w| w.eq_ignore_ascii_case(needle))
}

/// A small xorshift generator, `next(n)` in `0..n`, for the tests that compare a fast path
/// with its plain version on many random inputs: deterministic and without a dependency.
#[cfg(test)]
pub(crate) fn test_rng(mut seed: u64) -> impl FnMut(usize) -> usize {
    move |n| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % n as u64) as usize
    }
}

/// The text of the word before `pos`, or "" (stops at punctuation such as commas).
pub(crate) fn prev_word(text: &str, pos: usize) -> &str {
    word_before(text, pos).map_or("", |(s, e)| &text[s..e])
}

/// The word before `pos`, stepping over one word of `skipped` ("fired at the protesters",
/// "after the talks"), as `(start, end)`.
pub(crate) fn word_before_past(text: &str, pos: usize, skipped: &[&str]) -> Option<(usize, usize)> {
    let (s, e) = word_before(text, pos)?;
    if crate::cues::in_list(&text[s..e], skipped) {
        word_before(text, s)
    } else {
        Some((s, e))
    }
}

/// The word starting at or after `pos` (skipping whitespace only), as `(start, end)`.
pub(crate) fn word_after(text: &str, pos: usize) -> Option<(usize, usize)> {
    let tail = text.get(pos..)?.as_bytes();
    // ASCII bytes settle it; a non-ASCII character at either edge goes to the char reading
    let mut start = 0;
    while start < tail.len() && is_ascii_space(tail[start]) {
        start += 1;
    }
    let mut end = start;
    while end < tail.len() && is_ascii_word_byte(tail[end]) {
        end += 1;
    }
    if tail.get(end).is_some_and(|&b| b >= 0x80) {
        return word_after_by_chars(text, pos);
    }
    (end > start).then_some((pos + start, pos + end))
}

/// [`word_after`] read char by char (any script).
fn word_after_by_chars(text: &str, pos: usize) -> Option<(usize, usize)> {
    let tail = text.get(pos..)?;
    let lead = tail.len() - tail.trim_start_matches(char::is_whitespace).len();
    let start = pos + lead;
    let rest = &text[start..];
    let len: usize = rest
        .chars()
        .take_while(|c| is_word_char(*c))
        .map(char::len_utf8)
        .sum();
    (len > 0).then_some((start, start + len))
}

/// The text of the word after `pos`, or "" (stops at punctuation).
pub(crate) fn next_word(text: &str, pos: usize) -> &str {
    word_after(text, pos).map_or("", |(s, e)| &text[s..e])
}

/// Is the byte range `[s, e)` a whole word in `text` (no word characters glued on either side)?
pub(crate) fn is_whole_word(text: &str, s: usize, e: usize) -> bool {
    let before_ok = text[..s]
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_alphanumeric());
    let after_ok = text[e..]
        .chars()
        .next()
        .is_none_or(|c| !c.is_alphanumeric());
    before_ok && after_ok
}

/// Does the text right after `pos` start with a possessive marker ("'s", "’s", "'", "’")?
/// Returns the marker's byte length.
pub(crate) fn possessive_after(text: &str, pos: usize) -> Option<usize> {
    let tail = text.get(pos..)?;
    // every marker starts with ' or with 0xE2, the lead byte of ’: most names are followed
    // by neither
    if !matches!(tail.as_bytes().first(), Some(b'\'' | 0xE2)) {
        return None;
    }
    for m in ["'s", "\u{2019}s", "'", "\u{2019}"] {
        if let Some(after) = tail.strip_prefix(m) {
            if after.chars().next().is_none_or(|c| !c.is_alphanumeric()) {
                return Some(m.len());
            }
        }
    }
    None
}

/// Fixed phrases (reference phrases, speech verbs, actor nouns) found at the sentence's word
/// starts: ASCII case-insensitive, the longest phrase at a start, matches not overlapping.
/// The callers keep only whole words, so walking an anchored automaton from the word starts
/// the coder has already found gives what a scan of every byte would, without stopping at
/// the countless hits inside words ("he" in "the").
#[derive(Debug)]
pub(crate) struct PhraseMatcher {
    dfa: aho_corasick::dfa::DFA,
    /// Bytes a phrase can start with (either case): other words are not walked at all.
    first_bytes: [bool; 256],
    /// The first two bytes (ASCII lower-cased) a phrase can start with, one bit per pair
    /// (a one-byte phrase allows every second byte): most words passing `first_bytes` are
    /// turned away here, before the automaton walk.
    first_pairs: Box<[u64; 1024]>,
    /// The automaton's anchored start state, looked up once.
    start: aho_corasick::automaton::StateID,
    /// The longest phrase in bytes: no walk goes further.
    longest: usize,
}

/// The bit of a word's first two bytes in [`PhraseMatcher`]'s pair set, ASCII case ignored
/// (as the automaton ignores it).
#[inline]
fn pair_index(first: u8, second: u8) -> usize {
    usize::from(first.to_ascii_lowercase()) << 8 | usize::from(second.to_ascii_lowercase())
}

/// A phrase found by [`PhraseMatcher`]: its index in the list and its byte range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct PhraseMatch {
    pub pattern: usize,
    pub start: usize,
    pub end: usize,
}

impl PhraseMatcher {
    /// Compile built-in phrases; each must start with a letter or digit (a failure is a
    /// programming error in a static list).
    pub(crate) fn new<P: AsRef<str>>(phrases: &[P]) -> PhraseMatcher {
        if let Some(p) = phrases
            .iter()
            .find(|p| !p.as_ref().chars().next().is_some_and(char::is_alphanumeric))
        {
            panic!("built-in phrase {:?} must start a word", p.as_ref());
        }
        let dfa = aho_corasick::dfa::DFA::builder()
            .ascii_case_insensitive(true)
            .match_kind(aho_corasick::MatchKind::LeftmostLongest)
            .start_kind(aho_corasick::StartKind::Anchored)
            .build(phrases.iter().map(AsRef::as_ref))
            .unwrap_or_else(|e| panic!("built-in phrase list: {e}"));
        let mut first_bytes = [false; 256];
        let mut first_pairs = Box::new([0u64; 1024]);
        for p in phrases {
            let bytes = p.as_ref().as_bytes();
            if let Some(&b) = bytes.first() {
                first_bytes[b.to_ascii_lowercase() as usize] = true;
                first_bytes[b.to_ascii_uppercase() as usize] = true;
                let seconds = match bytes.get(1) {
                    Some(&second) => second.to_ascii_lowercase()..=second.to_ascii_lowercase(),
                    None => 0..=u8::MAX,
                };
                for second in seconds {
                    let pair = pair_index(b, second);
                    first_pairs[pair / 64] |= 1 << (pair % 64);
                }
            }
        }
        let longest = phrases.iter().map(|p| p.as_ref().len()).max().unwrap_or(0);
        let start = {
            use aho_corasick::automaton::Automaton;
            dfa.start_state(aho_corasick::Anchored::Yes)
                .unwrap_or_else(|e| panic!("built-in phrase list: {e}"))
        };
        PhraseMatcher {
            dfa,
            first_bytes,
            first_pairs,
            start,
            longest,
        }
    }

    /// The longest phrase starting exactly at `from`, as its index and end.
    #[inline]
    fn longest_at(&self, hay: &[u8], from: usize) -> Option<(usize, usize)> {
        if !hay.get(from).is_some_and(|&b| self.first_bytes[b as usize]) {
            return None;
        }
        // (with no second byte only a one-byte phrase can match: the walk settles it)
        if let Some(&second) = hay.get(from + 1) {
            let pair = pair_index(hay[from], second);
            if self.first_pairs[pair / 64] & (1 << (pair % 64)) == 0 {
                return None;
            }
        }
        self.walk(hay, from)
    }

    /// [`Self::longest_at`] by the automaton alone, without the byte filters.
    fn walk(&self, hay: &[u8], from: usize) -> Option<(usize, usize)> {
        use aho_corasick::automaton::Automaton;
        let mut sid = self.start;
        let mut found = None;
        let to = hay.len().min(from + self.longest);
        for (i, &b) in hay[from..to].iter().enumerate() {
            let at = from + i;
            sid = self.dfa.next_state(aho_corasick::Anchored::Yes, sid, b);
            if !self.dfa.is_special(sid) {
                continue;
            }
            if self.dfa.is_dead(sid) {
                break;
            }
            if self.dfa.is_match(sid) {
                // a state also lists the phrases ending here that started later (its
                // failure-link matches: "he" at the end of "the"); keep the one from `from`
                let len = at + 1 - from;
                if let Some(pid) = (0..self.dfa.match_len(sid))
                    .map(|i| self.dfa.match_pattern(sid, i))
                    .find(|&pid| self.dfa.pattern_len(pid) == len)
                {
                    found = Some((pid.as_usize(), at + 1));
                }
            }
        }
        found
    }

    /// Every phrase starting at one of `word_starts` (ascending byte offsets of `text`),
    /// leftmost first; after a match the search resumes at its end, as a byte scan would.
    pub(crate) fn find_at<'a>(
        &'a self,
        text: &'a str,
        word_starts: impl IntoIterator<Item = usize> + 'a,
    ) -> impl Iterator<Item = PhraseMatch> + 'a {
        let mut resume = 0usize;
        word_starts.into_iter().filter_map(move |start| {
            if start < resume {
                return None;
            }
            let (pattern, end) = self.longest_at(text.as_bytes(), start)?;
            resume = end;
            Some(PhraseMatch {
                pattern,
                start,
                end,
            })
        })
    }
}

/// A word of up to 16 bytes packed into an integer, ASCII letters lower-cased: a lookup in a
/// [`WordTable`] then hashes and compares one integer, with no copy and no byte comparison.
#[inline]
pub(crate) fn lower_word_key(word: &[u8]) -> Option<u128> {
    let n = word.len();
    let load8 = |b: &[u8]| u64::from_le_bytes(b.try_into().unwrap_or_default());
    let load4 = |b: &[u8]| u64::from(u32::from_le_bytes(b.try_into().unwrap_or_default()));
    // The bytes in order, zero past the end, from a few loads instead of a byte loop: two
    // reads overlap where the word is shorter than both, and both put the same bytes there.
    let (low, high) = match n {
        17.. => return None,
        9.. => (load8(&word[..8]), load8(&word[n - 8..]) >> (8 * (16 - n))),
        8 => (load8(word), 0),
        4.. => (
            load4(&word[..4]) | load4(&word[n - 4..]) << (8 * (n - 4)),
            0,
        ),
        1.. => {
            let at = |i: usize| u64::from(word[i]) << (8 * i);
            (at(0) | at(n / 2) | at(n - 1), 0)
        }
        0 => (0, 0),
    };
    Some(u128::from(ascii_lower_bytes(low)) | u128::from(ascii_lower_bytes(high)) << 64)
}

/// The eight bytes of `x`, ASCII capitals made small (as `u8::to_ascii_lowercase` each).
#[inline]
fn ascii_lower_bytes(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // With the high bits cleared no byte carries into the next: adding `0x80 - b'A'` sets
    // the high bit of the bytes from 'A' up, adding `0x7f - b'Z'` of those past 'Z'.
    let low = x & !HIGH;
    let from_a = low + ONES * u64::from(0x80 - b'A');
    let past_z = low + ONES * u64::from(0x7f - b'Z');
    let capitals = from_a & !past_z & !x & HIGH;
    x | capitals >> 2
}

/// A fixed list of words, each with a value, looked up ignoring ASCII case (as
/// `eq_ignore_ascii_case` against each would) by [`lower_word_key`].
pub(crate) struct WordTable<V> {
    /// Key → (the word's length: keys of words with NUL bytes would collide, values).
    by_key: std::collections::HashMap<u128, (usize, V), KeyHash>,
}

impl<V: Copy> WordTable<V> {
    /// The table of `entries`; a later entry for the same word replaces an earlier one.
    /// Words longer than 16 bytes cannot be looked up and are left out.
    pub(crate) fn new(entries: impl IntoIterator<Item = (&'static str, V)>) -> WordTable<V> {
        let mut by_key = std::collections::HashMap::default();
        for (word, value) in entries {
            if let Some(key) = lower_word_key(word.as_bytes()) {
                by_key.insert(key, (word.len(), value));
            }
        }
        WordTable { by_key }
    }

    /// The value of `word`, ignoring ASCII case.
    #[inline]
    pub(crate) fn get(&self, word: &str) -> Option<V> {
        let key = lower_word_key(word.as_bytes())?;
        let &(len, value) = self.by_key.get(&key)?;
        (len == word.len()).then_some(value)
    }
}

/// Hasher of [`lower_word_key`] keys: one multiply for the integer.
type KeyHash = std::hash::BuildHasherDefault<KeyHasher>;

/// See [`KeyHash`].
#[derive(Default)]
pub(crate) struct KeyHasher(u64);

impl std::hash::Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        self.0 = hash_from(self.0, bytes);
    }

    #[inline]
    fn write_u128(&mut self, key: u128) {
        const K: u64 = 0x9e37_79b9_7f4a_7c15;
        let h = ((key as u64) ^ ((key >> 64) as u64).rotate_left(29) ^ self.0).wrapping_mul(K);
        // the table indexes by the low bits: bring the well-mixed high ones down
        self.0 = h ^ (h >> 32);
    }
}

/// Hash-map hasher for short lower-case words: the coder's word sets are looked up per
/// word of every sentence, where SipHash dominated the profile.
pub(crate) type WordHash = std::hash::BuildHasherDefault<WordHasher>;

/// [`word_hash`] as a hasher: fast on short keys; the keys are fixed word lists, not
/// attacker-chosen.
#[derive(Default)]
pub(crate) struct WordHasher(u64);

impl std::hash::Hasher for WordHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        self.0 = hash_from(self.0, bytes);
    }

    /// The end marker `str` hashing writes after the bytes: one step, not a chunk copy.
    fn write_u8(&mut self, byte: u8) {
        let h = (self.0 ^ u64::from(byte)).wrapping_mul(HASH_K);
        self.0 = h ^ (h >> 32);
    }
}

/// The odd multiplier of [`word_hash`].
const HASH_K: u64 = 0x9e37_79b9_7f4a_7c15;

/// A hash of a word: a word of up to 16 bytes (nearly all) is read as two overlapping
/// loads; longer ones eight bytes at a time.
#[inline]
pub(crate) fn word_hash(word: &[u8]) -> u64 {
    hash_from(0, word)
}

#[inline]
fn hash_from(seed: u64, bytes: &[u8]) -> u64 {
    let n = bytes.len();
    let load8 = |b: &[u8]| u64::from_le_bytes(b.try_into().unwrap_or_default());
    let load4 = |b: &[u8]| u64::from(u32::from_le_bytes(b.try_into().unwrap_or_default()));
    let mix = |h: u64, word: u64| {
        let h = (h ^ word).wrapping_mul(HASH_K);
        h ^ (h >> 29)
    };
    let mut h = (seed ^ n as u64).wrapping_mul(HASH_K);
    match n {
        0 => {}
        1..=3 => {
            let word =
                u64::from(bytes[0]) | u64::from(bytes[n / 2]) << 8 | u64::from(bytes[n - 1]) << 16;
            h = mix(h, word);
        }
        4..=7 => h = mix(mix(h, load4(&bytes[..4])), load4(&bytes[n - 4..])),
        8..=16 => h = mix(mix(h, load8(&bytes[..8])), load8(&bytes[n - 8..])),
        _ => {
            let mut chunks = bytes.chunks_exact(8);
            for chunk in &mut chunks {
                h = mix(h, load8(chunk));
            }
            if !chunks.remainder().is_empty() {
                h = mix(h, load8(&bytes[n - 8..]));
            }
        }
    }
    h ^ (h >> 32)
}

/// The first words of a list of phrases: lets the reference, bare-noun and speech stages hand
/// [`PhraseMatcher::find_at`] only the words a phrase can start on, not every word of every
/// sentence (most words start none).
///
/// A phrase is found as a whole word only where the word it starts on is the phrase's first
/// run of letters and digits, ignoring ASCII case: a word of another length either cannot
/// hold the phrase or leaves letters glued to its end, which every caller drops (and as
/// such a match ends inside the word, passing the word over moves no later match either).
/// The first runs are kept as a table of masks by first byte and length, with a bit for
/// each last byte, so a word is ruled out with one load and a bit test; the few words that
/// share a bit with a first run only cost the matcher a look.
pub(crate) struct PhraseStarts {
    /// At [`PhraseStarts::slot`] of a first run's first byte and length, the bit of its last
    /// byte (`& 31`: both ASCII cases of a letter share the slot and the bit).
    last_bytes: [u32; 32 * 16],
}

impl std::fmt::Debug for PhraseStarts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let set: u32 = self.last_bytes.iter().map(|m| m.count_ones()).sum();
        f.debug_struct("PhraseStarts")
            .field("bits_set", &set)
            .finish()
    }
}

impl PhraseStarts {
    /// The first runs of `phrases` (the list a [`PhraseMatcher`] was built from).
    pub(crate) fn new(phrases: &[&str]) -> PhraseStarts {
        let mut last_bytes = [0u32; 32 * 16];
        for phrase in phrases {
            // letters and digits as the sentence's words are split (non-ASCII ones too)
            let len = phrase
                .char_indices()
                .find(|&(_, c)| !crate::lexicon::pattern::is_word_char(c))
                .map_or(phrase.len(), |(i, _)| i);
            // (a phrase that starts with no letter or digit starts on no word)
            let run = &phrase.as_bytes()[..len];
            if let (Some(&first), Some(&last)) = (run.first(), run.last()) {
                last_bytes[Self::slot(first, len)] |= 1 << (last & 31);
            }
        }
        PhraseStarts { last_bytes }
    }

    /// The table slot of a word by its first byte and byte length (lengths from 15 up
    /// share one): `& 31` ignores ASCII case, other bytes that meet only cost a look.
    #[inline]
    fn slot(first: u8, len: usize) -> usize {
        usize::from(first & 31) << 4 | len.min(15)
    }

    /// Could a phrase start on `word` of the sentence `bytes` and be a whole word there?
    #[inline]
    fn may_start(&self, bytes: &[u8], word: &crate::lexicon::pattern::Word) -> bool {
        match (bytes.get(word.start), bytes.get(word.end.wrapping_sub(1))) {
            (Some(&first), Some(&last)) => {
                let len = word.end.wrapping_sub(word.start);
                self.last_bytes[Self::slot(first, len)] >> (last & 31) & 1 != 0
            }
            // (not a word of the sentence: left to the matcher, which checks every start)
            _ => true,
        }
    }

    /// The starts of the words of `words` (of `text`) a phrase may start on, in order.
    pub(crate) fn of<'a>(
        &'a self,
        text: &'a str,
        words: &'a [crate::lexicon::pattern::Word],
    ) -> impl Iterator<Item = usize> + 'a {
        let bytes = text.as_bytes();
        words
            .iter()
            .filter(move |w| self.may_start(bytes, w))
            .map(|w| w.start)
    }
}

/// Checks that [`PhraseStarts`] changes none of the whole-word phrases `phrases` are found
/// as: the matcher over the starts it keeps must find what it finds over every word start,
/// on the phrases themselves in many spellings and surroundings.
#[cfg(test)]
pub(crate) fn assert_phrase_starts_agree(phrases: &[&'static str]) {
    let matcher = PhraseMatcher::new(phrases);
    let starts = PhraseStarts::new(phrases);
    let whole = |text: &str, found: Vec<PhraseMatch>| -> Vec<(usize, usize, usize)> {
        found
            .into_iter()
            .filter(|m| is_whole_word(text, m.start, m.end))
            .map(|m| (m.pattern, m.start, m.end))
            .collect()
    };
    let spellings = |p: &str| {
        let mut chars = p.chars();
        let capitalised: String = chars
            .next()
            .map(|c| c.to_uppercase().chain(chars).collect())
            .unwrap_or_default();
        [p.to_string(), capitalised, p.to_ascii_uppercase()]
    };
    // glued on either side: letters, a non-ASCII letter, digits, a hyphen, a possessive
    let arounds = [
        ("", ""),
        ("", "s"),
        ("", "é"),
        ("", "-led"),
        ("", "'s"),
        ("", "2"),
        ("x", ""),
        ("é", ""),
        ("the ", " two"),
        ("\"", ",\""),
    ];
    let mut texts: Vec<String> = Vec::new();
    for (i, p) in phrases.iter().enumerate() {
        let next = phrases[(i * 7 + 3) % phrases.len()];
        for spelled in spellings(p) {
            for (before, after) in arounds {
                texts.push(format!("{before}{spelled}{after}"));
                texts.push(format!("Then {before}{spelled}{after} {next} met."));
                // a phrase cut short, and one run into the next
                let half = (0..=spelled.len() / 2)
                    .rev()
                    .find(|&i| spelled.is_char_boundary(i))
                    .unwrap_or(0);
                texts.push(format!("{} {spelled}{next}", &spelled[..half]));
            }
        }
    }
    // runs of phrases and words in a fixed pseudo-random order
    let pool: Vec<&str> = phrases
        .iter()
        .copied()
        .chain([
            "the", "two", "it", "its", "said", "Ünal", "and", ",", "both",
        ])
        .collect();
    let mut next = test_rng(0x2545_f491_4f6c_dd1d);
    for _ in 0..2000 {
        let mut text = String::new();
        for _ in 0..8 {
            text.push_str(pool[next(pool.len())]);
            text.push_str([" ", "", "-", " the ", "'s "][next(5)]);
        }
        texts.push(text);
    }
    for text in &texts {
        let words = crate::lexicon::pattern::tokenize(text);
        let every = whole(
            text,
            matcher
                .find_at(text, words.iter().map(|w| w.start))
                .collect(),
        );
        let kept = whole(
            text,
            matcher.find_at(text, starts.of(text, &words)).collect(),
        );
        assert_eq!(kept, every, "in {text:?}");
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn word_keys_agree_with_lower_casing_byte_by_byte() {
        let by_bytes = |word: &[u8]| {
            (word.len() <= 16).then(|| {
                word.iter().enumerate().fold(0u128, |key, (i, &b)| {
                    key | u128::from(b.to_ascii_lowercase()) << (8 * i)
                })
            })
        };
        let mut rng = super::test_rng(0xc0de_cafe);
        for _ in 0..20_000 {
            let word: Vec<u8> = (0..rng(19)).map(|_| rng(256) as u8).collect();
            assert_eq!(super::lower_word_key(&word), by_bytes(&word), "{word:?}");
        }
        for b in 0..=255u8 {
            let word = [b, b'Q', b];
            assert_eq!(super::lower_word_key(&word), by_bytes(&word), "{b}");
        }
    }

    use super::*;
    use crate::lexicon::pattern::tokenize;

    #[test]
    fn byte_reading_of_neighbouring_words_agrees_with_the_char_reading() {
        let texts = [
            "Wang Yi met Mevlüt Çavuşoğlu in Ankara.",
            "  the  U.S.-China talks, ‘quoted’ … end",
            "naïve café\u{a0}society\u{0b}tab\u{2003}em-space Kyiv's",
            "x1 2-3 don't — a\u{85}b Ωmega ends",
            "",
        ];
        for text in texts {
            for pos in 0..=text.len() + 1 {
                assert_eq!(
                    word_before(text, pos),
                    word_before_by_chars(text, pos),
                    "before {pos} in {text:?}"
                );
                assert_eq!(
                    word_after(text, pos),
                    word_after_by_chars(text, pos),
                    "after {pos} in {text:?}"
                );
            }
        }
    }

    #[test]
    fn byte_reading_of_whitespace_words_agrees_with_split_whitespace() {
        let pieces = [
            "a", "Ab", " ", "  ", "\t", "\n", "\u{0b}", "\u{0c}", "\r", "\u{85}", "\u{a0}",
            "\u{1680}", "\u{2003}", "\u{2028}", "\u{202f}", "\u{3000}", "é", "中", "—", ",", "x1",
            "\u{200b}", "\u{feff}",
        ];
        let mut seed = 0x2545_F491_4F6C_DD1Du64;
        for _ in 0..20_000 {
            let mut s = String::new();
            for _ in 0..(seed % 12) {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                s.push_str(pieces[(seed % pieces.len() as u64) as usize]);
            }
            seed = seed.wrapping_add(0x9E37_79B9_7F4A_7C15);
            let std_back: Vec<&str> = s.split_whitespace().rev().collect();
            assert_eq!(words_back(&s).collect::<Vec<_>>(), std_back, "{s:?}");
            assert_eq!(word_count(&s), std_back.len(), "{s:?}");
        }
    }

    #[test]
    fn short_substring_search_agrees_with_str_contains() {
        let hays = [
            "",
            "m",
            "meet",
            "to meet",
            "Meeting",
            "host talks",
            "talk",
            "ta",
            "é meet",
        ];
        for hay in hays {
            for needle in ["", "meet", "talks", "host", "visit", "t", "é"] {
                assert_eq!(
                    contains_short(hay, needle),
                    hay.contains(needle),
                    "{hay:?} {needle:?}"
                );
            }
        }
    }

    #[test]
    fn finds_neighbouring_words() {
        let s = "talks with China, and Turkey's side";
        let china = s.find("China").unwrap();
        assert_eq!(prev_word(s, china), "with");
        assert_eq!(next_word(s, china + 5), "", "comma stops the next word");
        assert_eq!(next_word(s, 0), "talks");
        let comma = s.find(',').unwrap();
        assert_eq!(
            prev_word(s, comma + 1),
            "",
            "punctuation before blocks the word"
        );
        let turkey_end = s.find("Turkey").unwrap() + 6;
        assert_eq!(possessive_after(s, turkey_end), Some(2));
        assert_eq!(possessive_after(s, china + 5), None);
    }

    #[test]
    fn whole_words_only() {
        assert!(is_whole_word("he said", 0, 2));
        assert!(!is_whole_word("the said", 1, 3));
    }

    fn phrases(list: &[&str], text: &str) -> Vec<(String, String)> {
        let m = PhraseMatcher::new(list);
        let starts: Vec<usize> = tokenize(text).iter().map(|w| w.start).collect();
        m.find_at(text, starts)
            .map(|p| {
                (
                    list[p.pattern].to_string(),
                    text[p.start..p.end].to_string(),
                )
            })
            .collect()
    }

    #[test]
    fn phrases_start_at_word_starts_only() {
        // "he" ends "the" and starts "hero": only the word-start hit is reported (the caller
        // drops it as not a whole word), never the one inside "the"
        let got = phrases(
            &["he", "they", "the two sides"],
            "The hero said the two sides met; They left.",
        );
        assert_eq!(
            got,
            vec![
                ("he".to_string(), "he".to_string()),
                ("the two sides".to_string(), "the two sides".to_string()),
                ("they".to_string(), "They".to_string()),
            ]
        );
    }

    #[test]
    fn the_longest_phrase_wins_and_the_search_resumes_after_it() {
        let got = phrases(
            &["the two", "the two sides", "sides"],
            "the two sides agreed",
        );
        assert_eq!(
            got,
            vec![("the two sides".to_string(), "the two sides".to_string())]
        );
    }

    #[test]
    fn phrase_starts_keep_phrases_with_non_ascii_or_long_first_words() {
        assert_phrase_starts_agree(&["café society", "internationalisation of", "it", "Ünal"]);
    }

    #[test]
    fn byte_filters_agree_with_the_automaton_walk() {
        let words = [
            "the",
            "The",
            "THE",
            "he",
            "they",
            "the two sides",
            "a",
            "I",
            "i",
            "é",
            "él",
            "Ça",
            "said",
            "says",
            "sa",
            "x",
            "xy",
            "1",
            "12",
            "2nd",
            "ha",
            "hé",
            "ab",
            "aB",
        ];
        let mut rng = test_rng(0x1234_5678_9abc_def1);
        for _ in 0..300 {
            let list: Vec<&str> = (0..1 + rng(8)).map(|_| words[rng(words.len())]).collect();
            let m = PhraseMatcher::new(&list);
            let mut text = String::new();
            for _ in 0..rng(12) {
                text.push_str(words[rng(words.len())]);
                text.push_str([" ", "", ", ", "-"][rng(4)]);
            }
            let hay = text.as_bytes();
            for from in 0..=hay.len() {
                let walked = hay.get(from).and_then(|_| m.walk(hay, from));
                assert_eq!(
                    m.longest_at(hay, from),
                    walked,
                    "{list:?} {text:?} at {from}"
                );
            }
        }
    }

    #[test]
    #[should_panic(expected = "must start a word")]
    fn phrases_must_start_with_a_letter_or_digit() {
        PhraseMatcher::new(&["'s"]);
    }
}
