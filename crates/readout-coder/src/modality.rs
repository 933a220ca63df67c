//! Modality around a trigger: negated, hypothetical, future, intention or historical acts
//! (SPEC §2 `aux`), read from cue words in the trigger's clause.
//!
//! The clause is the stretch of words left of the trigger back to the nearest clause break
//! (comma, semicolon, colon, bracket, quote, dash) or clause-opening word ("that", "which",
//! "while", "but", "if" …), at most `WINDOW` words; a few cues are also read right of the
//! trigger ("to be held", "if" after "would"). Time adverbials that mark a recalled past
//! ("since the beginning of this year", "in the past") count anywhere before the trigger
//! in the sentence.

use crate::lexicon::pattern::{head_hash, HeadSet, Prepared, HEAD_HASHES};
use crate::words::WordHash;
use serde::Serialize;
use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::OnceLock;

/// What the clause around a trigger says about whether the act happened.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Modality {
    /// The act did not happen ("did not attend", "never signed").
    pub negated: bool,
    /// The act is conditional ("if the US truly wants …", "would … if").
    pub hypothetical: bool,
    /// The act lies in the future ("will hold", "is expected to", "to be held").
    pub future: bool,
    /// The act is an intention, offer or promise ("is ready to", "willing to", "plans to").
    pub intention: bool,
    /// The act is recalled as background ("have worked together", "since the beginning of this year").
    pub historical: bool,
    /// The cue that decided (first by priority: negation, hypothetical, intention, future, historical).
    pub cue: Option<&'static str>,
}

/// Bytes of the sentence read before and after the trigger.
const LOOK_BEHIND: usize = 300;
const LOOK_AHEAD: usize = 160;

/// The largest char boundary of `s` at or before `i`.
fn floor_boundary(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The smallest char boundary of `s` at or after `i`.
fn ceil_boundary(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// How many words left of the trigger the clause may reach.
const WINDOW: usize = 8;
/// How many words left of the trigger a negation may stand ("will not fully support").
const NEGATION_REACH: usize = 3;

/// Words that open a new clause: cues before them do not govern the trigger.
const CLAUSE_OPENERS: &[&str] = &[
    "that", "which", "who", "whom", "whose", "while", "whereas", "but", "because", "although",
    "though", "when", "where", "after", "before", "then", "if", "unless", "whether", "said",
    "says", "added", "noted",
];

const NEGATIONS: &[&str] = &[
    "not",
    "never",
    "no",
    "cannot",
    "neither",
    "nor",
    "without",
    "failed to",
    "fails to",
    "fail to",
    "no longer",
];
/// Phrases that contain a negation word but do not negate.
const NOT_NEGATIONS: &[&str] = &[
    "not only",
    "not just",
    "not least",
    "no doubt",
    "or not",
    "no matter",
    "not to mention",
    // a refusal worded with a negation is itself the act (REJECT), not a negated act
    "not accept",
    "never accept",
    "not tolerate",
    "never tolerate",
    "not recognise",
    "never recognise",
    "not recognize",
    "never recognize",
];
/// Contractions split by the tokenizer: "didn't" → "didn" "t".
const NEGATED_AUXILIARIES: &[&str] = &[
    "didn", "doesn", "don", "won", "wouldn", "isn", "aren", "wasn", "weren", "hasn", "haven",
    "hadn", "can", "couldn", "shouldn", "mustn",
];

const CONDITIONALS: &[&str] = &[
    "if",
    "unless",
    "in case",
    "provided that",
    "whether",
    "in the event",
];
const HYPOTHETICAL_MODALS: &[&str] = &["would", "could", "might"];

const INTENTIONS: &[&str] = &[
    "stand ready to",
    "stands ready to",
    "stood ready to",
    "stand ready",
    "stands ready",
    "stood ready",
    "ready to",
    "prepared to",
    "willing to",
    "willingness",
    "intends to",
    "intend to",
    "intended to",
    "intention",
    "plans to",
    "plan to",
    "planned to",
    "planning to",
    "looks forward to",
    "look forward to",
    "looking forward to",
    "hopes to",
    "hope to",
    "hoped to",
    "determined to",
    "determination",
    "committed to",
    "commits to",
    "pledged to",
    "pledges to",
    "promised to",
    "promises to",
    "vowed to",
    "vows to",
    "aims to",
    "seeks to",
    "wants to",
    "would like to",
    "eager to",
    "keen to",
    "offered to",
    "offers to",
    "decided to",
    "moving forward with",
    "move forward with",
    "go ahead with",
    "going ahead with",
    "proceed with",
    "agreed to",
    "agree to",
    "agrees to",
];

const FUTURES: &[&str] = &[
    "will",
    "shall",
    "ll",
    "going to",
    "is expected to",
    "are expected to",
    "is scheduled to",
    "are scheduled to",
    "is set to",
    "are set to",
    "is to",
    "are to",
    "to be held",
    "next week",
    "next month",
    "next year",
    "upcoming",
    "forthcoming",
    "tomorrow",
    "later this year",
    "later this month",
    "in the coming",
];
/// Future cues read right of the trigger ("a summit to be held in May").
const FUTURES_AFTER: &[&str] = &[
    "to be held",
    "scheduled for",
    "next week",
    "next month",
    "next year",
    "tomorrow",
    "later this year",
];

/// Time adverbials that mark a recalled past anywhere before the trigger.
const HISTORICAL_ADVERBIALS: &[&str] = &[
    "since the beginning of",
    "since the start of",
    "in the past",
    "previously",
    "over the years",
    "over the past",
    "in recent years",
    "earlier this year",
    "last year",
    "last month",
    "last week",
    "years ago",
    "decades ago",
    "for decades",
    "for years",
    "so far",
    "to date",
    "has long",
    "have long",
    "had long",
    "has always",
    "have always",
    "historically",
];
const PERFECT_AUXILIARIES: &[&str] = &["have", "has", "had"];
/// Statements made now even in the perfect ("has announced to purchase") are not background.
const SPEECH_ACT_STEMS: &[&str] = &[
    "announc", "decid", "promis", "pledg", "offer", "vow", "express", "said", "stat",
];

/// What a cue says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Negation,
    NotNegation,
    Conditional,
    HypotheticalModal,
    Intention,
    Future,
    FutureAfter,
    Historical,
    Perfect,
}

/// One cue phrase split into words.
struct Cue {
    kind: Kind,
    text: &'static str,
    words: Vec<&'static str>,
}

impl Kind {
    /// This kind's bit in a word's [`WordInfo::marks`].
    const fn mark(self) -> u16 {
        1 << self as u16
    }
}

/// A word opens a clause ([`CLAUSE_OPENERS`]).
const OPENER: u16 = 1 << 9;
/// A word is a contracted auxiliary before "t" ([`NEGATED_AUXILIARIES`]).
const NEGATED_AUXILIARY: u16 = 1 << 10;
/// The word is "t" (of "didn't").
const T: u16 = 1 << 11;
/// The word is "won" (of "won't").
const WON: u16 = 1 << 12;

/// What the scanner knows of one word of the sentence.
#[derive(Clone, Copy, Default)]
struct WordInfo {
    /// The cues that start with the word.
    cues: &'static [Cue],
    /// The [`Kind::mark`]s of those cues, and [`OPENER`], [`NEGATED_AUXILIARY`], [`T`], [`WON`].
    marks: u16,
}

/// Everything a word can be for the scanner, looked up once per word.
#[derive(Default)]
struct TableEntry {
    cues: Vec<Cue>,
    marks: u16,
}

/// All cue phrases indexed by their first word (with the clause openers and the parts of
/// "n't"), so a clause is scanned once per kind.
struct CueTable {
    /// Every listed word with what it is, sorted by [`head_hash`].
    entries: Vec<(&'static [u8], TableEntry)>,
    /// Per [`head_hash`] `h`, its words are `entries[starts[h]..starts[h + 1]]`: the sentence
    /// already has each word's head hash, so a lookup hashes nothing.
    starts: Vec<u16>,
    /// The [`head_hash`]es of the words: most words of a sentence miss them and are never
    /// looked up (a small bit set, kept before the larger `starts`).
    heads: HeadSet,
}

impl CueTable {
    /// The entry of `word`, whose [`head_hash`] is `hash`.
    #[inline]
    fn get(&self, word: &[u8], hash: u16) -> Option<&TableEntry> {
        let h = usize::from(hash);
        let (from, to) = (usize::from(self.starts[h]), usize::from(self.starts[h + 1]));
        self.entries[from..to]
            .iter()
            .find(|(w, _)| *w == word)
            .map(|(_, e)| e)
    }
}

fn table() -> &'static CueTable {
    static TABLE: OnceLock<CueTable> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut by_word: HashMap<&'static [u8], TableEntry, WordHash> = HashMap::default();
        let lists: [(Kind, &'static [&'static str]); 9] = [
            (Kind::Negation, NEGATIONS),
            (Kind::NotNegation, NOT_NEGATIONS),
            (Kind::Conditional, CONDITIONALS),
            (Kind::HypotheticalModal, HYPOTHETICAL_MODALS),
            (Kind::Intention, INTENTIONS),
            (Kind::Future, FUTURES),
            (Kind::FutureAfter, FUTURES_AFTER),
            (Kind::Historical, HISTORICAL_ADVERBIALS),
            (Kind::Perfect, PERFECT_AUXILIARIES),
        ];
        for (kind, list) in lists {
            for text in list {
                let words: Vec<&'static str> = text.split(' ').collect();
                let entry = by_word.entry(words[0].as_bytes()).or_default();
                entry.marks |= kind.mark();
                entry.cues.push(Cue { kind, text, words });
            }
        }
        let marked: [(u16, &[&'static str]); 4] = [
            (OPENER, CLAUSE_OPENERS),
            (NEGATED_AUXILIARY, NEGATED_AUXILIARIES),
            (T, &["t"]),
            (WON, &["won"]),
        ];
        for (mark, list) in marked {
            for word in list {
                by_word.entry(word.as_bytes()).or_default().marks |= mark;
            }
        }
        let mut entries: Vec<(&'static [u8], TableEntry)> = by_word.into_iter().collect();
        entries.sort_by_key(|(w, _)| (head_hash(w), *w));
        let mut heads = HeadSet::new();
        let mut starts = vec![0u16; HEAD_HASHES + 1];
        for (w, _) in &entries {
            heads.insert(head_hash(w));
            // counts first, at the slot after their hash; summed below
            starts[usize::from(head_hash(w)) + 1] += 1;
        }
        for h in 0..HEAD_HASHES {
            starts[h + 1] += starts[h];
        }
        assert!(
            entries.len() < usize::from(u16::MAX),
            "cue table outgrew u16"
        );
        CueTable {
            entries,
            starts,
            heads,
        }
    })
}

/// A sentence prepared once for the modality of several triggers in it (lower-cased,
/// split into words, cue words looked up), so long sentences are not re-read per trigger.
pub struct ModalityScanner<'a> {
    /// The lower-cased sentence and its words, borrowed from the coder when it has them.
    prep: Cow<'a, Prepared>,
    /// Per word: the cues that start with it and what else it is.
    info: Vec<WordInfo>,
}

impl ModalityScanner<'static> {
    /// Prepare `sentence`; spans given to [`ModalityScanner::modality`] index into it.
    pub fn new(sentence: &str) -> ModalityScanner<'static> {
        ModalityScanner::with(Cow::Owned(Prepared::new(sentence)))
    }
}

impl<'a> ModalityScanner<'a> {
    /// A scanner over a sentence the coder has already prepared for its lexicons.
    pub(crate) fn of(prep: &'a Prepared) -> ModalityScanner<'a> {
        ModalityScanner::with(Cow::Borrowed(prep))
    }

    fn with(prep: Cow<'a, Prepared>) -> ModalityScanner<'a> {
        let cue_table = table();
        let lower = prep.lower.as_bytes();
        let info = (0..prep.words.len())
            .map(|i| {
                let hash = prep.head_hash_of(i);
                if !cue_table.heads.contains(hash) {
                    return WordInfo::default();
                }
                let w = prep.words[i];
                cue_table
                    .get(&lower[w.start..w.end], hash)
                    .map_or(WordInfo::default(), |e| WordInfo {
                        cues: &e.cues,
                        marks: e.marks,
                    })
            })
            .collect();
        ModalityScanner { prep, info }
    }

    #[inline]
    fn get(&self, i: usize) -> &[u8] {
        let w = self.prep.words[i];
        &self.prep.lower.as_bytes()[w.start..w.end]
    }

    /// Is there clause punctuation between word `i - 1` and word `i`?
    fn break_before(&self, i: usize) -> bool {
        if i == 0 {
            return true;
        }
        let (from, to) = (self.prep.words[i - 1].end, self.prep.words[i].start);
        // most gaps are one space
        if to == from + 1 && self.prep.lower.as_bytes()[from] == b' ' {
            return false;
        }
        let gap = &self.prep.lower[from..to];
        if gap.is_ascii() {
            let b = gap.as_bytes();
            return b
                .iter()
                .any(|c| matches!(c, b',' | b';' | b':' | b'(' | b')' | b'"' | b'[' | b']'))
                || b.windows(2).any(|p| p == b". ");
        }
        gap.chars().any(|c| {
            matches!(
                c,
                ',' | ';' | ':' | '(' | ')' | '"' | '“' | '”' | '—' | '–' | '[' | ']'
            )
        }) || gap.contains(". ")
    }

    /// Does word `i` carry `mark`?
    #[inline]
    fn is(&self, i: usize, mark: u16) -> bool {
        self.info[i].marks & mark != 0
    }

    /// The cue of `kind` in `[lo, hi)`: the longest, then the rightmost. Returns (cue, first word).
    fn cue_in(&self, kind: Kind, lo: usize, hi: usize) -> Option<(&'static str, usize)> {
        let hi = hi.min(self.prep.words.len());
        let mut best: Option<(&'static str, usize, usize)> = None;
        for s in lo..hi {
            if !self.is(s, kind.mark()) {
                continue;
            }
            for c in self.info[s].cues.iter().filter(|c| c.kind == kind) {
                let len = c.words.len();
                if s + len > hi
                    || !c
                        .words
                        .iter()
                        .enumerate()
                        .skip(1)
                        .all(|(k, w)| self.get(s + k) == w.as_bytes())
                {
                    continue;
                }
                if best.is_none_or(|b| len >= b.2) {
                    best = Some((c.text, s, len));
                }
            }
        }
        best.map(|b| (b.0, b.1))
    }
}

/// The modality of the trigger at byte range `trigger_span` of `sentence`.
/// (For many triggers in one long sentence, [`ModalityScanner`] reads it only once.)
pub fn modality(sentence: &str, trigger_span: (usize, usize)) -> Modality {
    // Only the neighbourhood of the trigger matters; bounding it keeps long sentences with
    // many triggers cheap.
    let from = floor_boundary(sentence, trigger_span.0.saturating_sub(LOOK_BEHIND));
    let to = ceil_boundary(sentence, trigger_span.1.saturating_add(LOOK_AHEAD));
    if from >= to {
        return Modality::default();
    }
    let span = (
        trigger_span.0.saturating_sub(from),
        trigger_span.1.saturating_sub(from),
    );
    ModalityScanner::new(&sentence[from..to]).modality(span)
}

impl ModalityScanner<'_> {
    /// The modality of the trigger at byte range `trigger_span` of the prepared sentence.
    pub fn modality(&self, trigger_span: (usize, usize)) -> Modality {
        evaluate(self, trigger_span)
    }
}

/// Read the cues around the trigger words.
fn evaluate(w: &ModalityScanner<'_>, trigger_span: (usize, usize)) -> Modality {
    // Trigger words: those inside the span.
    // (the words are in text order, so both ends are binary searches)
    let words = &w.prep.words;
    let n = words.len();
    let first = words.partition_point(|x| x.end <= trigger_span.0);
    if first == n {
        return Modality::default();
    }
    let last = words
        .partition_point(|x| x.start < trigger_span.1)
        .checked_sub(1)
        .unwrap_or(first)
        .max(first);

    // Left clause: back to a clause break or opener (the opener itself is included).
    let mut lo = first;
    while lo > 0 && first - lo < WINDOW && !w.break_before(lo) {
        lo -= 1;
        if w.is(lo, OPENER) {
            break;
        }
    }
    // Right clause: forward to the next break, at most WINDOW words.
    let mut hi = last + 1;
    while hi < n && hi - last <= WINDOW && !w.break_before(hi) {
        hi += 1;
    }

    let mut m = Modality::default();
    let mut cues: Vec<&'static str> = Vec::new();
    // The marks of the clause's words together: a kind of cue none of them starts is not
    // searched for in any part of the clause (most clauses hold no cue at all).
    let clause_marks = w.info[lo..hi].iter().fold(0, |marks, i| marks | i.marks);
    let may_hold = |kind: Kind| clause_marks & kind.mark() != 0;

    // Negation close before the trigger (or inside it: "did not … attend").
    let neg_lo = first.saturating_sub(NEGATION_REACH).max(lo);
    if let Some((cue, at)) = may_hold(Kind::Negation)
        .then(|| w.cue_in(Kind::Negation, neg_lo, last + 1))
        .flatten()
    {
        let spurious = w
            .cue_in(Kind::NotNegation, at.saturating_sub(1), (at + 3).min(n))
            .is_some_and(|(p, s)| {
                let len = p.split(' ').count();
                s <= at && at < s + len
            });
        if !spurious {
            m.negated = true;
            cues.push(cue);
        }
    }
    if !m.negated && clause_marks & T != 0 {
        for i in neg_lo..=last {
            if w.is(i, T) && i > 0 && w.is(i - 1, NEGATED_AUXILIARY) {
                m.negated = true;
                cues.push("n't");
                break;
            }
        }
    }

    // Conditions: "if" in the clause, or a would/could/might before with "if" after.
    let conditional = may_hold(Kind::Conditional);
    if let Some((cue, _)) = conditional
        .then(|| w.cue_in(Kind::Conditional, lo, first))
        .flatten()
    {
        m.hypothetical = true;
        cues.push(cue);
    } else if let Some((modal, _)) = may_hold(Kind::HypotheticalModal)
        .then(|| w.cue_in(Kind::HypotheticalModal, lo, first))
        .flatten()
    {
        m.hypothetical = true;
        let cond_after = conditional
            .then(|| w.cue_in(Kind::Conditional, last + 1, hi))
            .flatten()
            .map(|c| c.0);
        cues.push(cond_after.unwrap_or(modal));
    }

    if let Some((cue, _)) = may_hold(Kind::Intention)
        .then(|| w.cue_in(Kind::Intention, lo, last + 1))
        .flatten()
    {
        m.intention = true;
        cues.push(cue);
    }

    let won_t =
        clause_marks & WON != 0 && (lo..=last).any(|i| w.is(i, WON) && i + 1 < n && w.is(i + 1, T));
    if won_t {
        m.future = true;
        cues.push("won't");
    } else if let Some((cue, _)) = may_hold(Kind::Future)
        .then(|| w.cue_in(Kind::Future, lo, last + 1))
        .flatten()
        .or_else(|| {
            may_hold(Kind::FutureAfter)
                .then(|| w.cue_in(Kind::FutureAfter, last + 1, hi))
                .flatten()
        })
    {
        m.future = true;
        cues.push(cue);
    }

    // Background: a time adverbial before the trigger (within LOOK_BEHIND bytes, so a scanner
    // over a whole long sentence reads the same as a bounded one), or a perfect right before it.
    let reach = trigger_span.0.saturating_sub(LOOK_BEHIND);
    let hist_lo = words[..first].partition_point(|x| x.start < reach);
    if let Some((cue, _)) = w.cue_in(Kind::Historical, hist_lo, first) {
        m.historical = true;
        cues.push(cue);
    } else if !m.future && may_hold(Kind::Perfect) {
        let trigger_word = w.get(first);
        let speech_act = SPEECH_ACT_STEMS
            .iter()
            .any(|s| trigger_word.starts_with(s.as_bytes()));
        if !speech_act {
            if let Some((cue, _)) = w.cue_in(Kind::Perfect, first.saturating_sub(3).max(lo), first)
            {
                m.historical = true;
                cues.push(cue);
            }
        }
    }

    // Priority: negation, hypothetical, intention, future, historical — the push order above.
    m.cue = cues.first().copied();
    m
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The scanner as it first was (every word looked up and compared as text, the trigger's
    /// words found by linear scans), kept as the reference the marks must agree with.
    mod reference {
        #![allow(dead_code)]
        use super::super::*;

        /// All cue phrases indexed by their first word, so a clause is scanned once per kind.
        struct CueTable {
            by_first: HashMap<&'static str, Vec<Cue>, WordHash>,
            /// Length of the longest first word: longer words are skipped without hashing.
            longest_first: usize,
            /// One bit per (first letter, length) of the first words: most words of a sentence
            /// miss it and are never hashed.
            first_filter: [u64; 8],
        }

        /// The bit of a non-empty word in [`CueTable::first_filter`].
        fn first_bit(word: &[u8]) -> usize {
            (usize::from(word[0] & 31) << 4) | word.len().min(15)
        }

        fn table() -> &'static CueTable {
            static TABLE: OnceLock<CueTable> = OnceLock::new();
            TABLE.get_or_init(|| {
                let mut by_first: HashMap<&'static str, Vec<Cue>, WordHash> = HashMap::default();
                let lists: [(Kind, &'static [&'static str]); 9] = [
                    (Kind::Negation, NEGATIONS),
                    (Kind::NotNegation, NOT_NEGATIONS),
                    (Kind::Conditional, CONDITIONALS),
                    (Kind::HypotheticalModal, HYPOTHETICAL_MODALS),
                    (Kind::Intention, INTENTIONS),
                    (Kind::Future, FUTURES),
                    (Kind::FutureAfter, FUTURES_AFTER),
                    (Kind::Historical, HISTORICAL_ADVERBIALS),
                    (Kind::Perfect, PERFECT_AUXILIARIES),
                ];
                for (kind, list) in lists {
                    for text in list {
                        let words: Vec<&'static str> = text.split(' ').collect();
                        by_first
                            .entry(words[0])
                            .or_default()
                            .push(Cue { kind, text, words });
                    }
                }
                let longest_first = by_first.keys().map(|k| k.len()).max().unwrap_or(0);
                let mut first_filter = [0u64; 8];
                for k in by_first.keys().filter(|k| !k.is_empty()) {
                    let bit = first_bit(k.as_bytes());
                    first_filter[bit / 64] |= 1 << (bit % 64);
                }
                CueTable {
                    by_first,
                    longest_first,
                    first_filter,
                }
            })
        }

        /// A sentence prepared once for the modality of several triggers in it (lower-cased,
        /// split into words, cue words looked up), so long sentences are not re-read per trigger.
        pub(super) struct ModalityScanner<'a> {
            /// The lower-cased sentence and its words, borrowed from the coder when it has them.
            prep: Cow<'a, Prepared>,
            /// Per word: the cues that start with it.
            starts: Vec<Option<&'static [Cue]>>,
        }

        impl<'a> ModalityScanner<'a> {
            /// A scanner over a sentence the coder has already prepared for its lexicons.
            pub(super) fn of(prep: &'a Prepared) -> ModalityScanner<'a> {
                ModalityScanner::with(Cow::Borrowed(prep))
            }

            fn with(prep: Cow<'a, Prepared>) -> ModalityScanner<'a> {
                let cue_table = table();
                let starts = prep
                    .words
                    .iter()
                    .map(|x| {
                        let word = &prep.lower[x.start..x.end];
                        if word.is_empty() || word.len() > cue_table.longest_first {
                            return None;
                        }
                        let bit = first_bit(word.as_bytes());
                        if cue_table.first_filter[bit / 64] & (1 << (bit % 64)) == 0 {
                            return None;
                        }
                        cue_table.by_first.get(word).map(Vec::as_slice)
                    })
                    .collect();
                ModalityScanner { prep, starts }
            }

            #[inline]
            fn get(&self, i: usize) -> &str {
                &self.prep.lower[self.prep.words[i].start..self.prep.words[i].end]
            }

            /// Is there clause punctuation between word `i - 1` and word `i`?
            fn break_before(&self, i: usize) -> bool {
                if i == 0 {
                    return true;
                }
                let gap = &self.prep.lower[self.prep.words[i - 1].end..self.prep.words[i].start];
                // most gaps are one space
                if gap == " " {
                    return false;
                }
                gap.chars().any(|c| {
                    matches!(
                        c,
                        ',' | ';' | ':' | '(' | ')' | '"' | '“' | '”' | '—' | '–' | '[' | ']'
                    )
                }) || gap.contains(". ")
            }

            /// The cue of `kind` in `[lo, hi)`: the longest, then the rightmost. Returns (cue, first word).
            fn cue_in(&self, kind: Kind, lo: usize, hi: usize) -> Option<(&'static str, usize)> {
                let hi = hi.min(self.prep.words.len());
                let mut best: Option<(&'static str, usize, usize)> = None;
                for s in lo..hi {
                    let Some(cues) = self.starts[s] else {
                        continue;
                    };
                    for c in cues.iter().filter(|c| c.kind == kind) {
                        let len = c.words.len();
                        if s + len > hi
                            || !c
                                .words
                                .iter()
                                .enumerate()
                                .skip(1)
                                .all(|(k, w)| self.get(s + k) == *w)
                        {
                            continue;
                        }
                        if best.is_none_or(|b| len >= b.2) {
                            best = Some((c.text, s, len));
                        }
                    }
                }
                best.map(|b| (b.0, b.1))
            }
        }

        /// Read the cues around the trigger words.
        pub(super) fn evaluate(w: &ModalityScanner<'_>, trigger_span: (usize, usize)) -> Modality {
            // Trigger words: those inside the span.
            let Some(first) = w.prep.words.iter().position(|x| x.end > trigger_span.0) else {
                return Modality::default();
            };
            let last = w
                .prep
                .words
                .iter()
                .rposition(|x| x.start < trigger_span.1)
                .unwrap_or(first)
                .max(first);
            let n = w.prep.words.len();

            // Left clause: back to a clause break or opener (the opener itself is included).
            let mut lo = first;
            while lo > 0 && first - lo < WINDOW && !w.break_before(lo) {
                lo -= 1;
                if CLAUSE_OPENERS.contains(&w.get(lo)) {
                    break;
                }
            }
            // Right clause: forward to the next break, at most WINDOW words.
            let mut hi = last + 1;
            while hi < n && hi - last <= WINDOW && !w.break_before(hi) {
                hi += 1;
            }

            let mut m = Modality::default();
            let mut cues: Vec<&'static str> = Vec::new();

            // Negation close before the trigger (or inside it: "did not … attend").
            let neg_lo = first.saturating_sub(NEGATION_REACH).max(lo);
            if let Some((cue, at)) = w.cue_in(Kind::Negation, neg_lo, last + 1) {
                let spurious = w
                    .cue_in(Kind::NotNegation, at.saturating_sub(1), (at + 3).min(n))
                    .is_some_and(|(p, s)| {
                        let len = p.split(' ').count();
                        s <= at && at < s + len
                    });
                if !spurious {
                    m.negated = true;
                    cues.push(cue);
                }
            }
            if !m.negated {
                for i in neg_lo..=last {
                    if w.get(i) == "t" && i > 0 && NEGATED_AUXILIARIES.contains(&w.get(i - 1)) {
                        m.negated = true;
                        cues.push("n't");
                        break;
                    }
                }
            }

            // Conditions: "if" in the clause, or a would/could/might before with "if" after.
            if let Some((cue, _)) = w.cue_in(Kind::Conditional, lo, first) {
                m.hypothetical = true;
                cues.push(cue);
            } else if let Some((modal, _)) = w.cue_in(Kind::HypotheticalModal, lo, first) {
                m.hypothetical = true;
                let cond_after = w.cue_in(Kind::Conditional, last + 1, hi).map(|c| c.0);
                cues.push(cond_after.unwrap_or(modal));
            }

            if let Some((cue, _)) = w.cue_in(Kind::Intention, lo, last + 1) {
                m.intention = true;
                cues.push(cue);
            }

            let won_t = (lo..=last).any(|i| w.get(i) == "won" && i + 1 < n && w.get(i + 1) == "t");
            if won_t {
                m.future = true;
                cues.push("won't");
            } else if let Some((cue, _)) = w
                .cue_in(Kind::Future, lo, last + 1)
                .or_else(|| w.cue_in(Kind::FutureAfter, last + 1, hi))
            {
                m.future = true;
                cues.push(cue);
            }

            // Background: a time adverbial before the trigger (within LOOK_BEHIND bytes, so a scanner
            // over a whole long sentence reads the same as a bounded one), or a perfect right before it.
            let reach = trigger_span.0.saturating_sub(LOOK_BEHIND);
            let hist_lo = w.prep.words[..first]
                .iter()
                .position(|x| x.start >= reach)
                .unwrap_or(first);
            if let Some((cue, _)) = w.cue_in(Kind::Historical, hist_lo, first) {
                m.historical = true;
                cues.push(cue);
            } else {
                let trigger_word = w.get(first);
                let speech_act = SPEECH_ACT_STEMS.iter().any(|s| trigger_word.starts_with(s));
                if !speech_act && !m.future {
                    if let Some((cue, _)) =
                        w.cue_in(Kind::Perfect, first.saturating_sub(3).max(lo), first)
                    {
                        m.historical = true;
                        cues.push(cue);
                    }
                }
            }

            // Priority: negation, hypothetical, intention, future, historical — the push order above.
            m.cue = cues.first().copied();
            m
        }
    }

    #[test]
    fn marks_and_searches_agree_with_the_first_reading() {
        let pieces = [
            "did",
            "not",
            "n't",
            "didn",
            "t",
            "won",
            "will",
            "would",
            "if",
            "If",
            "unless",
            "ready to",
            "is expected to",
            "to be held",
            "next week",
            "since the beginning of",
            "in the past",
            "has",
            "have",
            "had",
            "announced",
            "said",
            "that",
            "which",
            "but",
            "not only",
            "no doubt",
            "never",
            "failed to",
            "no longer",
            "in case",
            "could",
            "agreed to",
            "meet",
            "talks",
            "Turkey",
            "é",
            "中国",
            ",",
            ";",
            ". ",
            "—",
            "“",
            "(",
            "\u{a0}",
            "-",
            "'",
            "don't",
            "can't",
            "won't",
            "attend",
            "sign",
            "stand ready to",
        ];
        let mut next = crate::words::test_rng(0x9E37_79B9_7F4A_7C15u64);
        for _ in 0..5_000 {
            let mut s = String::new();
            for _ in 0..next(30) {
                s.push_str(pieces[next(pieces.len())]);
                if next(4) > 0 {
                    s.push(' ');
                }
            }
            let prep = Prepared::new(&s);
            let scanner = ModalityScanner::of(&prep);
            let old = reference::ModalityScanner::of(&prep);
            for (i, w) in prep.words.iter().enumerate() {
                let span = (
                    w.start,
                    prep.words[(i + next(3)).min(prep.words.len() - 1)].end,
                );
                assert_eq!(
                    scanner.modality(span),
                    reference::evaluate(&old, span),
                    "{s:?} at {span:?}"
                );
            }
            for span in [(0, 0), (s.len(), s.len()), (1, 1)] {
                assert_eq!(
                    scanner.modality(span),
                    reference::evaluate(&old, span),
                    "{s:?} at {span:?}"
                );
            }
        }
    }

    /// Modality of the first occurrence of `trigger` in `s`.
    fn at(s: &str, trigger: &str) -> Modality {
        let start = s
            .find(trigger)
            .unwrap_or_else(|| panic!("{trigger:?} not in {s:?}"));
        modality(s, (start, start + trigger.len()))
    }

    #[test]
    fn plain_reports_have_no_modality() {
        let m = at(
            "Ankara condemned the attack on its embassy in Kabul.",
            "condemned",
        );
        assert_eq!(m, Modality::default());
        let m = at(
            "Police arrested 12 protesters in Minsk on Sunday.",
            "arrested",
        );
        assert_eq!(m, Modality::default());
    }

    #[test]
    fn negation_cues() {
        for (s, t, cue) in [
            (
                "The two leaders did not meet during the summit.",
                "meet",
                "not",
            ),
            (
                "Brazil has never recognized the breakaway region.",
                "recognized",
                "never",
            ),
            (
                "Seoul said no talks were held with Pyongyang.",
                "talks",
                "no",
            ),
            ("Tokyo didn't sign the declaration.", "sign", "n't"),
            (
                "Turkey will not allow anyone to undermine China's sovereignty.",
                "allow",
                "not",
            ),
            (
                "Hanoi no longer supports the plan.",
                "supports",
                "no longer",
            ),
        ] {
            let m = at(s, t);
            assert!(m.negated, "{s}");
            assert_eq!(m.cue, Some(cue), "{s}");
        }
    }

    #[test]
    fn not_only_and_refusal_are_not_negation() {
        assert!(
            !at(
                "Canada not only condemned the move but also recalled its envoy.",
                "condemned"
            )
            .negated
        );
        assert!(
            !at("Iran refused to release the tanker.", "release").negated,
            "refused to is REJECT, not negation"
        );
        assert!(!at("No matter what, Paris supports Kyiv.", "supports").negated);
    }

    #[test]
    fn refusals_worded_with_a_negation_are_not_negated() {
        // the REJECT trigger "will never accept" carries its own negation
        let s = "Lima said it will never accept the annexation of the islands.";
        let start = s.find("will never accept").unwrap_or(0);
        let m = modality(s, (start, start + "will never accept".len()));
        assert!(!m.negated, "{m:?}");
        let s = "The junta would not tolerate foreign interference.";
        let start = s.find("would not tolerate").unwrap_or(0);
        assert!(!modality(s, (start, start + "would not tolerate".len())).negated);
        // an ordinary act after "not" is still negated
        assert!(
            at(
                "Oslo did not recognise the vote and did not attend.",
                "attend"
            )
            .negated
        );
    }

    #[test]
    fn negation_does_not_reach_into_other_clauses() {
        assert!(
            !at(
                "It is not clear when, but Nairobi expelled the envoy.",
                "expelled"
            )
            .negated
        );
        assert!(
            !at(
                "Officials said nothing was decided, and Lagos signed the deal later.",
                "signed"
            )
            .negated
        );
    }

    #[test]
    fn hypothetical_cues() {
        let m = at(
            "If this contract is signed, Ankara would move closer to the SCO.",
            "signed",
        );
        assert!(m.hypothetical);
        assert_eq!(m.cue, Some("if"));
        let m = at(
            "Washington would impose sanctions if Moscow invades.",
            "impose sanctions",
        );
        assert!(m.hypothetical);
        assert_eq!(m.cue, Some("if"));
        let m = at(
            "Unless Caracas releases the detainees, talks will stall.",
            "releases",
        );
        assert_eq!(m.cue, Some("unless"));
        let m = at("Seoul could provide aid to the North.", "provide aid");
        assert!(m.hypothetical);
        assert_eq!(m.cue, Some("could"));
    }

    #[test]
    fn condition_in_a_previous_clause_does_not_make_a_demand_hypothetical() {
        let s =
            "If the US truly wants to safeguard peace, then it should stop sending wrong signals.";
        assert!(!at(s, "should stop").hypothetical);
    }

    #[test]
    fn future_cues() {
        for (s, t, cue) in [
            (
                "President Xi Jinping will hold a virtual meeting with President Biden.",
                "hold a virtual meeting",
                "will",
            ),
            (
                "The minister is expected to sign the accord in Hanoi.",
                "sign",
                "is expected to",
            ),
            (
                "A summit to be held in Astana next month will review the plan.",
                "summit",
                "to be held",
            ),
            ("India shall extend the credit line.", "extend", "shall"),
            ("Pretoria won't send troops.", "send troops", "won't"),
            (
                "The upcoming visit by the Emir to Paris was confirmed.",
                "visit",
                "upcoming",
            ),
        ] {
            let m = at(s, t);
            assert!(m.future, "{s}");
            if cue != "won't" {
                assert_eq!(m.cue, Some(cue), "{s}");
            }
        }
        assert_eq!(
            at("Both sides are expected to resume talks.", "resume talks").cue,
            Some("are expected to")
        );
    }

    #[test]
    fn wont_is_future_and_negated() {
        let m = at("Pretoria won't send troops.", "send troops");
        assert!(m.future && m.negated);
        assert_eq!(m.cue, Some("n't"), "negation outranks future");
    }

    #[test]
    fn intention_cues() {
        for (s, t, cue) in [
            (
                "Turkey is ready to enhance cooperation with China.",
                "enhance cooperation",
                "ready to",
            ),
            (
                "China stands ready to deepen counter-terrorism cooperation.",
                "deepen",
                "stands ready to",
            ),
            (
                "Erdogan is willing to expand cooperation in trade.",
                "expand cooperation",
                "willing to",
            ),
            (
                "He expressed his willingness to work together with Erdogan.",
                "work together",
                "willingness",
            ),
            (
                "Japan plans to provide aid to Tonga.",
                "provide aid",
                "plans to",
            ),
            (
                "The US side looks forward to sharing views with the Chinese side.",
                "sharing views",
                "looks forward to",
            ),
            (
                "The ministers agreed to step up cooperation against terrorism.",
                "step up cooperation",
                "agreed to",
            ),
        ] {
            let m = at(s, t);
            assert!(m.intention, "{s}");
            assert_eq!(m.cue, Some(cue), "{s}");
        }
    }

    #[test]
    fn historical_cues() {
        let s = "Since the beginning of this year, China and Turkey have worked together to fight the pandemic.";
        let m = at(s, "worked together");
        assert!(m.historical);
        assert_eq!(m.cue, Some("since the beginning of"));
        let m = at(
            "The two heads of state have also agreed to celebrate the anniversary.",
            "agreed",
        );
        assert!(m.historical);
        assert_eq!(m.cue, Some("have"));
        let m = at(
            "The two heads of state have also agreed to celebrate the anniversary.",
            "agreed to",
        );
        assert!(m.historical && m.intention);
        assert_eq!(m.cue, Some("agreed to"), "intention outranks the perfect");
        let m = at(
            "Kenya had expelled two diplomats before the vote.",
            "expelled",
        );
        assert!(m.historical);
        assert_eq!(m.cue, Some("had"));
        let m = at(
            "In the past, Oslo mediated between the parties.",
            "mediated",
        );
        assert_eq!(m.cue, Some("in the past"));
        assert!(
            at(
                "Over the years, the two navies have held joint drills.",
                "joint drills"
            )
            .historical
        );
        assert!(at("Canberra previously criticized the tariffs.", "criticized").historical);
        // a statement repeated now is made now: "once again" is no background
        assert!(!at("Oslo once again urges both parties to talk.", "urges").historical);
    }

    #[test]
    fn present_perfect_statements_are_not_background() {
        let m = at(
            "Turkey has announced to purchase vaccines from China.",
            "announced to purchase",
        );
        assert!(!m.historical);
    }

    #[test]
    fn cue_table_finds_each_listed_word_and_only_those() {
        let table = table();
        for (word, entry) in &table.entries {
            let found = table.get(word, head_hash(word));
            assert!(found.is_some_and(|e| std::ptr::eq(e, entry)));
        }
        let listed: std::collections::HashSet<&[u8]> =
            table.entries.iter().map(|(w, _)| *w).collect();
        for word in [
            "the", "will", "not", "nott", "wil", "said", "a", "", "won", "t", "tt",
        ] {
            let word = word.as_bytes();
            assert_eq!(
                table.get(word, head_hash(word)).is_some(),
                listed.contains(word),
                "{word:?}"
            );
        }
    }

    #[test]
    fn scanner_agrees_with_the_one_shot_function() {
        let s =
            "Since last year, Rome has trained Libyan coast guards, but it will not send troops, \
                 and if Tripoli asks, Italy could provide patrol boats; Malta is ready to help.";
        let scanner = ModalityScanner::new(s);
        for t in ["trained", "send troops", "asks", "provide", "help"] {
            let start = s.find(t).unwrap_or_else(|| panic!("{t}"));
            let span = (start, start + t.len());
            assert_eq!(scanner.modality(span), modality(s, span), "{t}");
        }
        let at_ = |t: &str| {
            let start = s.find(t).unwrap_or_else(|| panic!("{t}"));
            scanner.modality((start, start + t.len()))
        };
        assert!(at_("trained").historical);
        assert!(at_("send troops").negated && at_("send troops").future);
        assert!(at_("provide").hypothetical);
        assert!(at_("help").intention);
    }

    #[test]
    fn long_sentences_are_read_only_near_the_trigger() {
        let filler = "and the delegations reviewed the agenda ".repeat(30);
        let s = format!("Previously, {filler}Oslo will host the talks.");
        let start = s.find("host").unwrap_or(0);
        let m = modality(&s, (start, start + 4));
        assert!(m.future);
        assert!(!m.historical, "a cue 1,000 bytes earlier is out of reach");
    }

    #[test]
    fn empty_or_odd_spans_do_not_panic() {
        assert_eq!(modality("", (0, 0)), Modality::default());
        let s = "Talks.";
        assert_eq!(modality(s, (10, 20)), Modality::default());
        let _ = modality("Çavuşoğlu did not attend.", (0, 2));
    }
}
