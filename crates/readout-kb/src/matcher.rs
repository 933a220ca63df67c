//! Multi-pattern matching of every name, alias, adjective and title.
//!
//! Two anchored tries (see [`crate::trie`]), walked from word starts only: acronyms ("US",
//! "U.S.", "UN", "G20") case-sensitively over the original text so "us" is never the USA; all
//! other patterns over the folded copy (lower case, no diacritics). Hits
//! are then checked for word boundaries and capitalisation and reduced to the
//! leftmost-longest non-overlapping set.

use crate::fold::{fold_str, with_folded_text, ASCII_FOLD};
use crate::trie::AnchoredTrie;
use std::collections::HashMap;

/// The thing a pattern names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Entity {
    /// A state by name or short form.
    State(u32),
    /// A state adjective or demonym.
    Adjective(u32),
    /// A metonym of a state's government: (state, index into its metonyms; u16::MAX = capital).
    Metonym(u32, u16),
    Org(u32),
    Title(u32),
    Group(u32),
    Person(u32),
    /// A city or region (not a capital); never part of a composite.
    Place(u32),
}

impl Entity {
    /// Identity used for duplicate-alias checks: forms of one state count as one entity.
    pub fn owner(self) -> (u8, u32) {
        match self {
            Entity::State(i) | Entity::Adjective(i) | Entity::Metonym(i, _) => (0, i),
            Entity::Org(i) => (1, i),
            Entity::Title(i) => (2, i),
            Entity::Group(i) => (3, i),
            Entity::Person(i) => (4, i),
            Entity::Place(i) => (5, i),
        }
    }
}

/// One reading of a pattern, with the checks a hit must pass.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Target {
    pub entity: Entity,
    /// The name as written in the data file.
    pub raw: String,
    /// The text must start with an upper-case letter (unless its line is all caps).
    pub initial_upper: bool,
    /// Chars to skip before that letter (4 after a leading "the ").
    pub upper_at: u8,
    /// Only counts when a hyphen follows ("Sino-").
    pub hyphen_only: bool,
    /// A surname derived automatically, not written in the data.
    pub derived: bool,
}

/// A validated hit: span into the original text and its readings.
#[derive(Debug, Clone)]
pub(crate) struct Atom<'k> {
    pub start: usize,
    pub end: usize,
    pub targets: Readings<'k>,
}

/// The readings of a hit: nearly always one to three, so they are kept inline
/// (no allocation per hit); more move to a vector. Either way they are one slice.
#[derive(Debug, Clone)]
pub(crate) struct Readings<'k> {
    /// The first `inline_len` slots are readings, the rest [`NO_READING`].
    inline: [&'k Target; 3],
    inline_len: usize,
    /// All the readings, once there are more than fit inline.
    spilled: Vec<&'k Target>,
}

/// What fills the unused inline slots of [`Readings`]; never read as a reading.
static NO_READING: Target = Target {
    entity: Entity::State(0),
    raw: String::new(),
    initial_upper: false,
    upper_at: 0,
    hyphen_only: false,
    derived: false,
};

impl Default for Readings<'_> {
    fn default() -> Self {
        Readings {
            inline: [&NO_READING; 3],
            inline_len: 0,
            spilled: Vec::new(),
        }
    }
}

impl<'k> Readings<'k> {
    /// Adds a reading.
    pub fn push(&mut self, t: &'k Target) {
        if self.spilled.is_empty() {
            if let Some(slot) = self.inline.get_mut(self.inline_len) {
                *slot = t;
                self.inline_len += 1;
                return;
            }
            self.spilled.extend_from_slice(&self.inline);
        }
        self.spilled.push(t);
    }

    /// The readings in the order added.
    pub fn as_slice(&self) -> &[&'k Target] {
        if self.spilled.is_empty() {
            &self.inline[..self.inline_len]
        } else {
            &self.spilled
        }
    }

    /// The readings in the order added.
    pub fn iter(&self) -> impl Iterator<Item = &'k Target> + '_ {
        self.as_slice().iter().copied()
    }

    /// Whether there is no reading.
    pub fn is_empty(&self) -> bool {
        self.inline_len == 0
    }
}

/// Collects patterns, then builds the automata.
#[derive(Default)]
pub(crate) struct PatternSet {
    folded: HashMap<String, Vec<Target>>,
    exact: HashMap<String, Vec<Target>>,
}

/// Whether a name is an acronym matched case-sensitively: no lower-case letter, some upper-case one.
pub(crate) fn is_acronym(raw: &str) -> bool {
    raw.chars().any(char::is_uppercase) && !raw.chars().any(char::is_lowercase)
}

/// A folded name and its British/American spelling variants.
pub(crate) fn spelling_variants(folded: &str) -> Vec<String> {
    let mut keys = vec![folded.to_string()];
    for (a, b) in SPELLING_PAIRS {
        for (from, to) in [(a, b), (b, a)] {
            if folded.contains(from) && !folded.contains(to) {
                keys.push(folded.replace(from, to));
            }
        }
    }
    keys
}

/// British/American spelling pairs, both of which are matched.
const SPELLING_PAIRS: &[(&str, &str)] = &[
    ("organization", "organisation"),
    ("defense", "defence"),
    ("center", "centre"),
    ("councilor", "councillor"),
    ("counselor", "counsellor"),
    ("program", "programme"),
];

impl PatternSet {
    /// Adds a name for an entity; titles match in any case, names need a capital unless written lower-case.
    pub fn add(&mut self, raw: &str, entity: Entity, derived: bool) {
        let raw = raw.trim();
        if raw.is_empty() {
            return;
        }
        let hyphen_only = raw.ends_with('-') && raw.len() > 1;
        let base = raw.trim_end_matches('-');
        if is_acronym(base) {
            let target = Target {
                entity,
                raw: raw.to_string(),
                initial_upper: false,
                upper_at: 0,
                hyphen_only,
                derived,
            };
            push_unique(self.exact.entry(base.to_string()).or_default(), target);
            return;
        }
        let folded = fold_str(base);
        if folded.is_empty() {
            return;
        }
        // "The Hague" / "the Kremlin": the capital that matters is the one after the article.
        let named = base
            .strip_prefix("The ")
            .or_else(|| base.strip_prefix("the "))
            .unwrap_or(base);
        let initial_upper = !matches!(entity, Entity::Title(_))
            && named.chars().next().is_some_and(char::is_uppercase);
        let upper_at = (base.len() - named.len()) as u8;
        let target = Target {
            entity,
            raw: raw.to_string(),
            initial_upper,
            upper_at,
            hyphen_only,
            derived,
        };
        let keys = spelling_variants(&folded);
        for key in keys {
            push_unique(self.folded.entry(key).or_default(), target.clone());
        }
    }

    /// Readings already registered for a folded pattern.
    pub fn folded_targets(&self, folded: &str) -> Option<&[Target]> {
        self.folded.get(folded).map(Vec::as_slice)
    }

    /// Builds both automata.
    pub fn build(self) -> Matcher {
        let (folded_patterns, folded_targets): (Vec<String>, Vec<Vec<Target>>) =
            self.folded.into_iter().unzip();
        let (exact_patterns, exact_targets): (Vec<String>, Vec<Vec<Target>>) =
            self.exact.into_iter().unzip();
        Matcher {
            folded_heads: FirstWords::of(&folded_patterns, &folded_targets),
            folded_trie: AnchoredTrie::new(&folded_patterns, &ASCII_FOLD),
            folded_patterns,
            folded_targets,
            acronym_heads: AcronymHeads::of(&exact_patterns),
            exact_trie: AnchoredTrie::new(&exact_patterns, &ASCII_FOLD),
            exact_patterns,
            exact_targets,
        }
    }
}

fn push_unique(targets: &mut Vec<Target>, target: Target) {
    if !targets
        .iter()
        .any(|t| t.entity == target.entity && t.hyphen_only == target.hyphen_only)
    {
        targets.push(target);
    }
}

/// The first words of all patterns, so a word start is walked through the trie only
/// when its word begins some pattern (one bit test otherwise, on a hash taken while
/// finding the word's end) — and, where the text is lower-case, only when the next word
/// is the second of such a pattern ("the Hague", "the mainland of China", not "the
/// government").
///
/// A "word" here is a run of ASCII letters and digits. When a pattern matches at a
/// word start and the match is valid (no letter or digit right after it), the text's
/// run there equals the pattern's first run, and when the pattern goes on with a space
/// and a run, the text's next run (after one byte that folds to a space) equals that
/// run too; so skipping other words loses nothing.
struct FirstWords {
    /// First runs of all patterns.
    any: WordSet,
    /// Of the patterns that can match where the text has a lower-case letter (titles,
    /// "the Hague"; most words in news are lower-case and start no name): the first runs
    /// of those that are one run or go on with anything but a space and a run.
    lower_case_whole: WordSet,
    /// Of those patterns, the first runs of the ones that go on with a space and a run.
    lower_case_pair_heads: WordSet,
    /// Those first two runs together, as [`pair_hash`]es.
    lower_case_pairs: WordSet,
    /// Bytes outside words (as written, folded on lookup) that some pattern starts with.
    other_starts: [bool; 256],
}

/// Hash of a pattern's or text's first two runs, from their [`word_hash`]es.
#[inline]
fn pair_hash(first: u32, second: u32) -> u32 {
    (first ^ second.rotate_left(16)).wrapping_mul(0x85EB_CA6B)
}

/// The [`word_hash`] of the run of letters and digits after `hay[p]`, when that byte
/// folds to a space and a run follows it: where a pattern's second word would start.
fn next_run_hash(hay: &[u8], p: usize) -> Option<u32> {
    let gap = *hay.get(p)?;
    if ASCII_FOLD[gap as usize] != b' ' {
        return None;
    }
    let (len, h) = hash_run(hay.get(p + 1..)?, WORD_HASH_SEED);
    (len > 0).then_some(h)
}

/// A set of words kept as hash bits: false positives only cost a walk of the trie.
struct WordSet {
    bits: Vec<u64>,
}

impl WordSet {
    fn new() -> WordSet {
        WordSet {
            bits: vec![0; (1 << FIRST_WORD_BITS) / 64],
        }
    }

    fn insert(&mut self, word_hash: u32) {
        let bit = hash_bit(word_hash);
        self.bits[bit / 64] |= 1 << (bit % 64);
    }

    /// Whether the word with this [`word_hash`] may be in the set.
    #[inline]
    fn may_contain(&self, word_hash: u32) -> bool {
        let bit = hash_bit(word_hash);
        self.bits[bit / 64] & (1 << (bit % 64)) != 0
    }
}

/// Whether a reading can be valid where the text's first letter is lower case: a name
/// needs its capital there (a line with a lower-case letter is no all-caps headline).
fn allows_lower_case_start(t: &Target) -> bool {
    !t.initial_upper || t.upper_at > 0
}

/// Bits in the hashed first-word tables (8 KiB each: they stay in L1 cache).
const FIRST_WORD_BITS: u32 = 16;

/// The run of ASCII letters and digits at the start of `bytes`.
fn first_run(bytes: &[u8]) -> &[u8] {
    let n = bytes
        .iter()
        .position(|b| !b.is_ascii_alphanumeric())
        .unwrap_or(bytes.len());
    &bytes[..n]
}

/// Each ASCII letter or digit lower-cased, 0 for every other byte: one load per byte
/// both ends a word and gives the byte to hash.
static WORD_BYTE: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        if (b as u8).is_ascii_alphanumeric() {
            t[b] = (b as u8).to_ascii_lowercase();
        }
        b += 1;
    }
    t
};

/// Start value of [`word_hash`].
const WORD_HASH_SEED: u32 = 0x811c_9dc5;

/// One FNV-1a step over a byte of [`WORD_BYTE`].
#[inline]
fn word_hash_step(h: u32, b: u8) -> u32 {
    (h ^ b as u32).wrapping_mul(0x0100_0193)
}

/// The length of the run of ASCII letters and digits that `bytes` starts with, and its
/// [`word_hash`] continued from `h`: one pass both finds a word's end and hashes it.
#[inline]
fn hash_run(bytes: &[u8], mut h: u32) -> (usize, u32) {
    let mut len = 0;
    for &b in bytes {
        let b = WORD_BYTE[b as usize];
        if b == 0 {
            break;
        }
        h = word_hash_step(h, b);
        len += 1;
    }
    (len, h)
}

/// Hash of a word, ignoring ASCII case (pattern runs are folded, text runs may not be).
fn word_hash(word: &[u8]) -> u32 {
    word.iter().fold(WORD_HASH_SEED, |h, &b| {
        word_hash_step(h, WORD_BYTE[b as usize])
    })
}

/// The table bit of a word hash: the top bits of a multiplicative mix.
#[inline]
fn hash_bit(h: u32) -> usize {
    (h.wrapping_mul(0x9E37_79B1) >> (32 - FIRST_WORD_BITS)) as usize
}

impl FirstWords {
    fn of(patterns: &[String], targets: &[Vec<Target>]) -> FirstWords {
        let mut heads = FirstWords {
            any: WordSet::new(),
            lower_case_whole: WordSet::new(),
            lower_case_pair_heads: WordSet::new(),
            lower_case_pairs: WordSet::new(),
            other_starts: [false; 256],
        };
        let mut folded_starts = [false; 256];
        for (p, readings) in patterns.iter().zip(targets) {
            let bytes = p.as_bytes();
            let run = first_run(bytes);
            if run.is_empty() {
                if let Some(&b) = bytes.first() {
                    folded_starts[b as usize] = true;
                }
                continue;
            }
            let h = word_hash(run);
            heads.any.insert(h);
            if !readings.iter().any(allows_lower_case_start) {
                continue;
            }
            let second = bytes[run.len()..]
                .strip_prefix(b" ")
                .map(first_run)
                .filter(|r| !r.is_empty());
            match second {
                Some(second) => {
                    heads.lower_case_pair_heads.insert(h);
                    heads
                        .lower_case_pairs
                        .insert(pair_hash(h, word_hash(second)));
                }
                None => heads.lower_case_whole.insert(h),
            }
        }
        for (b, starts) in heads.other_starts.iter_mut().enumerate() {
            let folded = ASCII_FOLD[b];
            // a space never starts a pattern (folding trims them)
            *starts = folded != b' ' && folded_starts[folded as usize];
        }
        heads
    }

    /// Whether a pattern may match validly at a word start of `hay` whose first letter is
    /// lower-case as written, whose run ends at `run_end` and has [`word_hash`] `h`.
    #[inline]
    fn may_start_lower_case(&self, hay: &[u8], run_end: usize, h: u32) -> bool {
        self.lower_case_whole.may_contain(h)
            || (self.lower_case_pair_heads.may_contain(h)
                && next_run_hash(hay, run_end)
                    .is_some_and(|second| self.lower_case_pairs.may_contain(pair_hash(h, second))))
    }
}

/// The first two bytes of every acronym, so a capitalised word ("The", "President")
/// is dropped without walking the acronym trie.
struct AcronymHeads {
    /// Bit `a * 256 + b` is set when some acronym starts with bytes `a b`.
    pairs: Vec<u64>,
    /// Acronyms of one byte, which match whatever follows.
    single: [bool; 256],
}

impl AcronymHeads {
    fn of(patterns: &[String]) -> AcronymHeads {
        let mut heads = AcronymHeads {
            pairs: vec![0; 65536 / 64],
            single: [false; 256],
        };
        for p in patterns {
            match *p.as_bytes() {
                [a] => heads.single[a as usize] = true,
                [a, b, ..] => {
                    let bit = (a as usize) << 8 | b as usize;
                    heads.pairs[bit / 64] |= 1 << (bit % 64);
                }
                [] => {}
            }
        }
        heads
    }

    /// Whether an acronym may start at `bytes[p]`.
    #[inline]
    fn may_start(&self, bytes: &[u8], p: usize) -> bool {
        let a = bytes[p] as usize;
        if self.single[a] {
            return true;
        }
        let Some(&b) = bytes.get(p + 1) else {
            return false;
        };
        let bit = a << 8 | b as usize;
        self.pairs[bit / 64] & (1 << (bit % 64)) != 0
    }
}

/// The acronym search's progress through one text: its own resume point and hits, kept
/// apart from the folded-pattern hits so they follow them, as if scanned after them.
#[derive(Default)]
struct AcronymScan<'k> {
    resume: usize,
    hits: Vec<Atom<'k>>,
}

/// The built matcher.
pub(crate) struct Matcher {
    folded_heads: FirstWords,
    /// Trie of the folded patterns, searched over folded text.
    folded_trie: AnchoredTrie,
    folded_patterns: Vec<String>,
    folded_targets: Vec<Vec<Target>>,
    /// First two bytes of the acronyms, checked before their trie.
    acronym_heads: AcronymHeads,
    /// Trie of the acronyms, searched case-sensitively over the original text.
    exact_trie: AnchoredTrie,
    exact_patterns: Vec<String>,
    exact_targets: Vec<Vec<Target>>,
}

/// State names that are also common first names: not a state when a capitalised word follows ("Chad Wolf").
const FIRST_NAME_STATES: &[&str] = &["chad", "jordan"];

/// Title words that a person's name follows ("Defence Minister Aden Duale", "Ambassador Sofia
/// Nikolaeva"): a capital or city between one of them and another capitalised word is the
/// person's first name, not a place.
pub(crate) const NAME_TITLES: &[&str] = &[
    "Minister",
    "President",
    "Secretary",
    "Ambassador",
    "Senator",
    "General",
    "Governor",
    "Spokesman",
    "Spokeswoman",
    "Spokesperson",
    "Commander",
    "Chairman",
    "Chairwoman",
    "Speaker",
    "Envoy",
    "Mayor",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
];

/// Does a title word end right before `start`, and a capitalised word begin right after
/// `end` ("Minister Aden Duale")?
fn first_name_after_title(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].trim_end_matches(' ');
    if before.len() == start || text[..start].len() - before.len() > 1 {
        return false;
    }
    let word = before
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    let mut rest = text[end..].chars();
    rest.next() == Some(' ')
        && rest.next().is_some_and(char::is_uppercase)
        && rest.next().is_some_and(char::is_lowercase)
        && NAME_TITLES.contains(&word)
}

impl Matcher {
    /// Number of distinct patterns.
    pub fn pattern_count(&self) -> usize {
        self.folded_patterns.len() + self.exact_patterns.len()
    }

    /// Every pattern with its readings (folded patterns, then acronyms).
    pub fn patterns(&self) -> impl Iterator<Item = (&str, &[Target])> {
        self.folded_patterns
            .iter()
            .zip(&self.folded_targets)
            .chain(self.exact_patterns.iter().zip(&self.exact_targets))
            .map(|(p, t)| (p.as_str(), t.as_slice()))
    }

    /// Runs the folded-pattern trie from every word start of `hay` (the folded text,
    /// or the ASCII text itself when `fold_on_fly`), keeping valid hits. On ASCII text
    /// (`acronyms` given) it also tries the acronyms at the upper-case word starts it visits.
    #[allow(clippy::too_many_arguments)]
    fn scan_folded<'k>(
        &'k self,
        text: &str,
        hay_str: &str,
        fold_on_fly: bool,
        folded: Option<&crate::fold::Folded>,
        hits: &mut Vec<Atom<'k>>,
        mut acronyms: Option<&mut AcronymScan<'k>>,
        caps: &mut AllCapsCache,
    ) {
        let hay = hay_str.as_bytes();
        let heads = &self.folded_heads;
        let mut resume = 0usize;
        let mut p = 0usize;
        // Every byte outside a run of ASCII letters and digits is visited; a run is stepped
        // over whole (hashed on the way), and only its first byte can start a pattern.
        while p < hay.len() {
            let start = p;
            let first = hay[p];
            let first_folded = WORD_BYTE[first as usize];
            p += 1;
            if first_folded == 0 {
                if start >= resume
                    && heads.other_starts[first as usize]
                    && is_word_start(hay_str, start)
                {
                    if let Some(end) =
                        self.folded_at(text, hay, start, fold_on_fly, folded, hits, caps)
                    {
                        resume = end;
                    }
                }
                continue;
            }
            let (rest_len, h) = hash_run(&hay[p..], word_hash_step(WORD_HASH_SEED, first_folded));
            p += rest_len;
            // every word start is visited, so every upper-case one is an acronym candidate
            if let Some(scan) = acronyms.as_deref_mut() {
                if first.is_ascii_uppercase() && self.acronym_may_start(text, start, scan) {
                    self.acronym_at(text, start, scan, caps);
                }
            }
            if start < resume || !heads.any.may_contain(h) {
                continue;
            }
            // The letter as written: folded text is all lower case, the original may not be.
            let written = match folded {
                Some(f) => text
                    .as_bytes()
                    .get(f.orig_start(start))
                    .copied()
                    .unwrap_or(0),
                None => first,
            };
            if (written.is_ascii_lowercase() && !heads.may_start_lower_case(hay, p, h))
                || !is_word_start(hay_str, start)
            {
                continue;
            }
            if let Some(end) = self.folded_at(text, hay, start, fold_on_fly, folded, hits, caps) {
                resume = end;
            }
        }
    }

    /// Tries the folded patterns at word start `p` of `hay`; returns where the folded
    /// text resumes when a hit was kept.
    #[allow(clippy::too_many_arguments)]
    fn folded_at<'k>(
        &'k self,
        text: &str,
        hay: &[u8],
        p: usize,
        fold_on_fly: bool,
        folded: Option<&crate::fold::Folded>,
        hits: &mut Vec<Atom<'k>>,
        caps: &mut AllCapsCache,
    ) -> Option<usize> {
        let (pattern, m_end) = self.folded_trie.longest_at(hay, p, fold_on_fly)?;
        let (start, end) = match folded {
            Some(f) => (f.orig_start(p), f.orig_end(text, m_end)),
            None => (p, m_end),
        };
        if start >= end
            || end > text.len()
            || !text.is_char_boundary(start)
            || !text.is_char_boundary(end)
        {
            return None;
        }
        let targets = &self.folded_targets[pattern];
        push_valid(hits, text, start, end, targets, caps).then_some(m_end)
    }

    /// Whether an acronym may start at `p`, past the last acronym hit: tested in the
    /// scan's loop, as most capitalised words start none.
    #[inline]
    fn acronym_may_start(&self, text: &str, p: usize, scan: &AcronymScan<'_>) -> bool {
        p >= scan.resume && self.acronym_heads.may_start(text.as_bytes(), p)
    }

    /// Tries the acronyms at `p`, an upper-case ASCII letter that starts a word where
    /// [`Matcher::acronym_may_start`].
    fn acronym_at<'k>(
        &'k self,
        text: &str,
        p: usize,
        scan: &mut AcronymScan<'k>,
        caps: &mut AllCapsCache,
    ) {
        let bytes = text.as_bytes();
        let Some((pattern, end)) = self.exact_trie.longest_at(bytes, p, false) else {
            return;
        };
        let targets = &self.exact_targets[pattern];
        if push_valid(&mut scan.hits, text, p, end, targets, caps) {
            scan.resume = end;
        }
    }

    /// Validated, non-overlapping hits in text order (leftmost, then longest).
    ///
    /// Patterns only start at word starts, so the tries run anchored from each
    /// word start instead of scanning every byte; most words fail after a byte or two.
    pub fn atoms(&self, text: &str) -> Vec<Atom<'_>> {
        // sized for a long sentence's names, so the vector seldom grows hit by hit
        let mut hits: Vec<Atom<'_>> = Vec::with_capacity(16);
        let mut caps = AllCapsCache::default();
        let mut acronyms = AcronymScan::default();
        if text.is_ascii() {
            // ASCII folds byte for byte: fold on the fly, offsets stay the same; the one
            // pass also visits every word start the acronyms need.
            self.scan_folded(
                text,
                text,
                true,
                None,
                &mut hits,
                Some(&mut acronyms),
                &mut caps,
            );
        } else {
            with_folded_text(text, |folded| {
                let hay = folded.text.as_str();
                self.scan_folded(text, hay, false, Some(folded), &mut hits, None, &mut caps);
            });
            // Acronyms start with an upper-case ASCII letter.
            let bytes = text.as_bytes();
            for (p, b) in bytes.iter().enumerate() {
                if b.is_ascii_uppercase()
                    && is_word_start(text, p)
                    && self.acronym_may_start(text, p, &acronyms)
                {
                    self.acronym_at(text, p, &mut acronyms, &mut caps);
                }
            }
        }
        // Acronym hits after the folded ones, so equal spans pool their readings in that order.
        hits.append(&mut acronyms.hits);
        // Usually the hits already follow each other without overlap (the folded scan
        // resumes past each hit; acronyms are rare): then they are kept as they are.
        if follow_without_overlap(&hits) {
            return hits;
        }
        leftmost_longest(hits)
    }
}

/// Whether each hit ends before the next starts: then [`leftmost_longest`] keeps them all
/// in their order (spans are never empty, so the starts strictly increase).
fn follow_without_overlap(hits: &[Atom<'_>]) -> bool {
    hits.windows(2).all(|pair| pair[0].end <= pair[1].start)
}

/// Keeps the leftmost-longest hits, in text order; equal spans pool their readings.
fn leftmost_longest(mut hits: Vec<Atom<'_>>) -> Vec<Atom<'_>> {
    hits.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
    let mut kept = 0usize;
    for r in 0..hits.len() {
        if kept > 0 {
            let (done, rest) = hits.split_at_mut(r);
            let last = &mut done[kept - 1];
            let hit = &rest[0];
            if hit.start == last.start && hit.end == last.end {
                for t in hit.targets.iter() {
                    if !last.targets.iter().any(|x| x.entity == t.entity) {
                        last.targets.push(t);
                    }
                }
                continue;
            }
            if hit.start < last.end {
                continue;
            }
        }
        hits.swap(kept, r);
        kept += 1;
    }
    hits.truncate(kept);
    hits
}

/// Whether byte `p` of `s` starts a word: the previous char is not a letter or digit.
#[inline]
fn is_word_start(s: &str, p: usize) -> bool {
    if p == 0 {
        return true;
    }
    let prev = s.as_bytes()[p - 1];
    if prev.is_ascii() {
        return !prev.is_ascii_alphanumeric();
    }
    follows_non_word_char(s, p)
}

/// [`is_word_start`] after a non-ASCII byte: decodes the char before `p`.
fn follows_non_word_char(s: &str, p: usize) -> bool {
    if !s.is_char_boundary(p) {
        return false;
    }
    !s[..p]
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric)
}

/// Checks a hit and keeps it with its valid readings; returns whether it was kept.
fn push_valid<'k>(
    hits: &mut Vec<Atom<'k>>,
    text: &str,
    start: usize,
    end: usize,
    targets: &'k [Target],
    caps: &mut AllCapsCache,
) -> bool {
    if char_before(text, start).is_some_and(char::is_alphanumeric) {
        return false;
    }
    let after = char_at(text, end);
    if after.is_some_and(char::is_alphanumeric) {
        return false;
    }
    let mut valid = Readings::default();
    for t in targets {
        if target_ok(t, text, start, end, after, caps) {
            valid.push(t);
        }
    }
    if valid.is_empty() {
        return false;
    }
    hits.push(Atom {
        start,
        end,
        targets: valid,
    });
    true
}

/// The char starting at byte `p` of `text`, read directly when it is ASCII.
#[inline]
fn char_at(text: &str, p: usize) -> Option<char> {
    match text.as_bytes().get(p) {
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        Some(_) => text[p..].chars().next(),
        None => None,
    }
}

/// The char ending right before byte `p` of `text`, read directly when it is ASCII.
#[inline]
fn char_before(text: &str, p: usize) -> Option<char> {
    match p.checked_sub(1).map(|q| text.as_bytes()[q]) {
        Some(b) if b.is_ascii() => Some(char::from(b)),
        Some(_) => text[..p].chars().next_back(),
        None => None,
    }
}

fn target_ok(
    t: &Target,
    text: &str,
    start: usize,
    end: usize,
    after: Option<char>,
    caps: &mut AllCapsCache,
) -> bool {
    if t.hyphen_only && !matches!(after, Some('-' | '\u{2010}' | '\u{2011}' | '\u{2013}')) {
        return false;
    }
    if t.initial_upper {
        let first_upper = match t.upper_at {
            0 => char_at(text, start),
            n => text[start..].chars().nth(n as usize),
        }
        .is_some_and(char::is_uppercase);
        if !first_upper && !caps.line_all_caps(text, start) {
            return false;
        }
    }
    if matches!(t.entity, Entity::Metonym(..) | Entity::Place(_))
        && first_name_after_title(text, start, end)
    {
        return false;
    }
    if let Entity::State(_) = t.entity {
        let written = &text[start..end];
        if FIRST_NAME_STATES
            .iter()
            .any(|n| n.eq_ignore_ascii_case(written))
        {
            let rest = &text[end..];
            let mut chars = rest.chars();
            if chars.next() == Some(' ') && chars.next().is_some_and(char::is_uppercase) {
                return false;
            }
        }
    }
    true
}

/// Remembers, per line, whether it has no lower-case letters (headlines in capitals).
#[derive(Default)]
struct AllCapsCache {
    line: Option<(usize, usize, bool)>,
}

impl AllCapsCache {
    fn line_all_caps(&mut self, text: &str, pos: usize) -> bool {
        if let Some((s, e, v)) = self.line {
            if s <= pos && pos < e {
                return v;
            }
        }
        let s = text[..pos].rfind('\n').map_or(0, |i| i + 1);
        let e = text[pos..].find('\n').map_or(text.len(), |i| pos + i);
        let line = &text[s..e];
        let v = !line.chars().any(char::is_lowercase)
            && line.chars().filter(|c| c.is_uppercase()).count() >= 3;
        self.line = Some((s, e, v));
        v
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_place_between_a_title_and_a_name_is_a_first_name() {
        let s = "Interior Minister Cairo Mendes said";
        let at = s.find("Cairo").unwrap();
        assert!(first_name_after_title(s, at, at + 5));
        let s = "the Minister in Cairo Tuesday";
        let at = s.find("Cairo").unwrap();
        assert!(!first_name_after_title(s, at, at + 5));
        let s = "President Cairo said";
        let at = s.find("Cairo").unwrap();
        assert!(!first_name_after_title(s, at, at + 5), "no name follows");
    }

    /// Every word start of `text` where the folded patterns give a kept hit: the filter of
    /// first words must let each of them through (a skipped one would be a lost name).
    fn assert_first_words_pass_every_hit(m: &Matcher, text: &str) -> usize {
        let check = |hay_str: &str, fold_on_fly: bool, folded: Option<&crate::fold::Folded>| {
            let hay = hay_str.as_bytes();
            let mut kept = 0;
            for start in 0..hay.len() {
                if !hay[start].is_ascii_alphanumeric() || !is_word_start(hay_str, start) {
                    continue;
                }
                let (mut hits, mut caps) = (Vec::new(), AllCapsCache::default());
                let hit = m.folded_at(text, hay, start, fold_on_fly, folded, &mut hits, &mut caps);
                if hit.is_none() {
                    continue;
                }
                kept += 1;
                let run = first_run(&hay[start..]);
                let h = word_hash(run);
                let written = folded.map_or(hay[start], |f| text.as_bytes()[f.orig_start(start)]);
                let heads = &m.folded_heads;
                assert!(
                    heads.any.may_contain(h)
                        && (!written.is_ascii_lowercase()
                            || heads.may_start_lower_case(hay, start + run.len(), h)),
                    "{text:?} at {start}"
                );
            }
            kept
        };
        if text.is_ascii() {
            check(text, true, None)
        } else {
            crate::fold::with_folded_text(text, |f| check(&f.text, false, Some(f)))
        }
    }

    #[test]
    fn the_first_word_filter_passes_every_name_in_every_spelling() {
        let m = &builtin().matcher;
        let mut kept = 0;
        for (_, targets) in m.patterns() {
            for raw in targets.iter().map(|t| t.raw.trim_end_matches('-')) {
                for variant in [
                    raw.to_string(),
                    raw.to_lowercase(),
                    raw.to_uppercase(),
                    raw.replace(' ', "-"),
                    raw.replace(' ', "\n"),
                ] {
                    for text in [
                        variant.clone(),
                        format!("said {variant}'s envoy"),
                        format!("the {variant} and the"),
                        format!("The {variant}, Minister {variant}-"),
                        format!("\u{201c}{variant}\u{201d} of the {variant}"),
                    ] {
                        kept += assert_first_words_pass_every_hit(m, &text);
                    }
                }
            }
        }
        assert!(kept > 50_000, "{kept}");
    }

    #[test]
    fn hits_that_follow_without_overlap_are_what_the_full_merge_keeps() {
        let targets: Vec<Target> = (0..4)
            .map(|k| Target {
                entity: Entity::State(k),
                raw: format!("s{k}"),
                initial_upper: false,
                upper_at: 0,
                hyphen_only: false,
                derived: false,
            })
            .collect();
        let mut seed = 0x1234_5678_u32;
        let mut next = |n: u32| {
            seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            (seed >> 16) % n
        };
        let (mut ordered_lists, mut other_lists) = (0, 0);
        for _ in 0..2000 {
            let mut hits = Vec::new();
            let mut at = next(3) as usize;
            for _ in 0..next(6) {
                // mostly in order, now and then overlapping, equal or going back
                let start = match next(8) {
                    0 => at.saturating_sub(next(6) as usize),
                    _ => at + next(3) as usize,
                };
                let end = start + 1 + next(5) as usize;
                let mut readings = Readings::default();
                readings.push(&targets[next(4) as usize]);
                hits.push(Atom {
                    start,
                    end,
                    targets: readings,
                });
                at = end;
            }
            let spans = |hits: &[Atom<'_>]| -> Vec<(usize, usize, Vec<Entity>)> {
                hits.iter()
                    .map(|a| (a.start, a.end, a.targets.iter().map(|t| t.entity).collect()))
                    .collect()
            };
            if follow_without_overlap(&hits) {
                ordered_lists += 1;
                assert_eq!(spans(&leftmost_longest(hits.clone())), spans(&hits));
            } else {
                other_lists += 1;
            }
        }
        assert!(
            ordered_lists > 300 && other_lists > 300,
            "{ordered_lists} {other_lists}"
        );
    }

    #[test]
    fn readings_keep_every_reading_in_order_inline_or_spilled() {
        let targets: Vec<Target> = (0..8)
            .map(|k| Target {
                entity: Entity::Org(k),
                raw: format!("o{k}"),
                initial_upper: true,
                upper_at: 0,
                hyphen_only: false,
                derived: false,
            })
            .collect();
        for n in 0..targets.len() {
            let mut readings = Readings::default();
            for t in &targets[..n] {
                readings.push(t);
            }
            let got: Vec<Entity> = readings.iter().map(|t| t.entity).collect();
            let expected: Vec<Entity> = targets[..n].iter().map(|t| t.entity).collect();
            assert_eq!(got, expected);
            assert_eq!(readings.is_empty(), n == 0);
        }
    }

    #[test]
    fn chars_around_a_position_read_directly_agree_with_decoding() {
        let text = "aÇ-b\u{201c}Z9 ç.\u{2013}x";
        for p in (0..=text.len()).filter(|&p| text.is_char_boundary(p)) {
            assert_eq!(char_at(text, p), text[p..].chars().next(), "{p}");
            assert_eq!(char_before(text, p), text[..p].chars().next_back(), "{p}");
        }
    }

    #[test]
    fn acronyms_are_names_without_lower_case() {
        assert!(is_acronym("US") && is_acronym("U.S.") && is_acronym("G20"));
        assert!(!is_acronym("Asean") && !is_acronym("7") && !is_acronym("us"));
    }

    #[test]
    fn word_starts_respect_letters_on_both_sides() {
        assert!(is_word_start("the woman", 4));
        assert!(!is_word_start("the woman", 5));
        assert!(is_word_start("Russia-China", 7));
        assert!(!is_word_start("Çavuşoğlu", 2));
    }

    /// The built-in base, loaded once for the tests that match real names.
    fn builtin() -> &'static crate::KnowledgeBase {
        static KB: std::sync::OnceLock<crate::KnowledgeBase> = std::sync::OnceLock::new();
        KB.get_or_init(|| crate::KnowledgeBase::builtin().expect("built-in data loads"))
    }

    /// The text of every atom found.
    fn atom_texts(text: &str) -> Vec<&str> {
        builtin()
            .matcher
            .atoms(text)
            .iter()
            .map(|a| &text[a.start..a.end])
            .collect()
    }

    #[test]
    fn lower_case_words_start_only_titles_and_names_after_an_article() {
        assert!(atom_texts("He flew back to the States on Monday.").contains(&"the States"));
        assert!(!atom_texts("the states agreed").contains(&"the states"));
        assert!(atom_texts("the foreign minister said").contains(&"foreign minister"));
        // a lower-case name of several words ("the mainland of China" needs no capital)
        assert!(atom_texts("ships off the mainland of China").contains(&"the mainland of China"));
        assert!(atom_texts("ships off the MAINLAND of China").contains(&"the MAINLAND of China"));
        assert!(atom_texts("turkey and china signed a deal").is_empty());
        let headline = atom_texts("TURKEY AND CHINA SIGN DEAL");
        assert!(headline.contains(&"TURKEY") && headline.contains(&"CHINA"));
    }

    #[test]
    fn names_inside_words_do_not_match_but_possessives_do() {
        let text = "Chinatown traders cheered China's envoy";
        let atoms = builtin().matcher.atoms(text);
        assert!(
            atoms.iter().all(|a| a.start != 0),
            "no name inside 'Chinatown'"
        );
        let china = text.find("China's").unwrap_or(0);
        assert!(atoms.iter().any(|a| a.start == china && a.end == china + 5));
    }

    #[test]
    fn names_at_the_start_and_end_of_a_sentence() {
        let text = "Turkey met China";
        let spans: Vec<(usize, usize)> = builtin()
            .matcher
            .atoms(text)
            .iter()
            .map(|a| (a.start, a.end))
            .collect();
        assert_eq!(spans, vec![(0, 6), (11, 16)]);
    }

    #[test]
    fn non_ascii_names_and_acronyms_match_on_both_paths() {
        let found = atom_texts("Mevlüt Çavuşoğlu met the US envoy at the UN.");
        assert_eq!(found, vec!["Mevlüt Çavuşoğlu", "US", "envoy", "UN"]);
        // The same sentence in ASCII goes the fold-on-the-fly way: the same hits.
        let found = atom_texts("Mevlut Cavusoglu met the US envoy at the UN.");
        assert_eq!(found, vec!["Mevlut Cavusoglu", "US", "envoy", "UN"]);
        assert!(atom_texts("let us talk, un-named").is_empty());
    }

    #[test]
    fn the_tries_of_the_builtin_base_stay_small() {
        let kb = crate::KnowledgeBase::builtin().expect("built-in data loads");
        let m = &kb.matcher;
        let bytes = m.folded_trie.heap_bytes() + m.exact_trie.heap_bytes();
        assert!(bytes < 4 << 20, "{bytes} bytes");
    }

    #[test]
    fn spelling_variants_cover_both_spellings() {
        let v = spelling_variants("shanghai cooperation organization");
        assert!(v.contains(&"shanghai cooperation organisation".to_string()));
        assert_eq!(spelling_variants("nato").len(), 1);
    }
}
