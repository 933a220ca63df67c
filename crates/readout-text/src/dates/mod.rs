//! Date expressions in sentences ("On November 13, 2021", "last week", "in late
//! July", "two days ago"), resolved against the document's reference date at
//! the precision the text supports — never more.
//!
//! Most sentences hold no date, so one cheap pass over the bytes ([`Cues`])
//! decides which rules could match at all; the others never run, and a sentence
//! without any cue costs that pass and no allocation. The commonest rules are
//! hand-written scanners (`scan`) that start from the few places a match can
//! begin; the rarer ones are regular expressions.

mod calc;
mod rules;
mod scan;

use chrono::NaiveDate;
use readout_model::PartialDate;

/// Whether a date expression points before, after or at the reference time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DateRelation {
    /// Before the reference: "last week", "two days ago", "since …", a past date.
    Past,
    /// After it: "next month", "tomorrow", a later date, or a future-tense sentence.
    Future,
    /// Covering it: "today", "this week".
    Present,
    /// No cue either way.
    Unknown,
}

/// One date expression found in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateMention {
    /// Byte range of the expression in the sentence.
    pub span: (usize, usize),
    /// The words of the expression (`sentence[span]`).
    pub text: String,
    /// The resolved date at the precision the text supports; `None` when it
    /// cannot be resolved (relative without a reference date, vague, a decade).
    pub date: Option<PartialDate>,
    /// Past, future or present, from the expression's words, the resolved date, or the tense.
    pub relation: DateRelation,
    /// "a day after …", "hours before …": the date is that of the act in the complement
    /// that follows, counted from the sentence's own date; it dates nothing before it.
    pub anchored: bool,
}

/// Finds and resolves date expressions relative to a document's reference date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct DateResolver {
    reference: Option<NaiveDate>,
}

/// Which kinds of date expression a sentence could hold, from one pass over its bytes.
///
/// Every flag is necessary for the rules it gates (a superset test), so a rule
/// whose cue is absent cannot match and is skipped.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct Cues {
    /// Some ASCII digit.
    pub digit: bool,
    /// Four ASCII digits in a row (a year).
    pub year: bool,
    /// A capitalised month name or abbreviation ("Nov", "November").
    pub month: bool,
    /// Digits then "0s" ("1990s", "'90s").
    pub decade: bool,
    /// A full month name as a whole word ("July", not "Jul" or "Marine").
    pub full_month: bool,
    /// A capitalised weekday ("Monday").
    pub weekday: bool,
    /// yesterday, today, tomorrow, tonight, night, morning, afternoon or evening.
    pub deictic: bool,
    /// "last|this|next|… week|month|year" ("last week").
    pub period: bool,
    /// "of|within the week|month|year" ("the end of the year").
    pub the_period: bool,
    /// A unit then "ago", "later", "earlier", "before", "after", "from" or "hence".
    pub ago: bool,
    /// "hours after|before".
    pub hours: bool,
    /// "in|within" one or two words before a unit ("in two weeks").
    pub in_count: bool,
    /// "past|last|previous" two or three words before days, nights or weeks.
    pub past_span: bool,
    /// "last|this|next|previous|following year" ("in December last year").
    pub rel_year: bool,
}

/// Units the counted expressions take ("two days ago", "in three weeks").
const COUNTED_UNITS: [&[u8]; 8] = [
    b"day", b"days", b"week", b"weeks", b"month", b"months", b"year", b"years",
];

/// Whether `w` is one of `words`, ignoring ASCII case.
// Inlined into every caller so that the constant lists unroll (also across codegen units).
#[inline]
fn one_of(w: &[u8], words: &[&[u8]]) -> bool {
    words.iter().any(|x| w.eq_ignore_ascii_case(x))
}

impl Cues {
    /// Scans the sentence once; no allocation.
    pub fn of(sentence: &str) -> Cues {
        let bytes = sentence.as_bytes();
        let n = bytes.len();
        let mut cues = Cues::default();
        // the three tokens (letter or digit runs) before the current one, nearest first
        let mut prev: [&[u8]; 3] = [b"", b"", b""];
        let mut i = 0;
        while i < n {
            let class = BYTE_CLASS[bytes[i] as usize];
            if class == OTHER_BYTE {
                i += 1;
                continue;
            }
            let start = i;
            i += 1;
            if class == DIGIT_BYTE {
                cues.digit = true;
                while i < n && bytes[i].is_ascii_digit() {
                    i += 1;
                }
                if i - start >= 4 {
                    cues.year = true;
                }
                cues.decade |= bytes[i - 1] == b'0' && bytes.get(i) == Some(&b's');
            } else {
                i = letter_run_end(bytes, i);
                cues.word(&bytes[start..i], &prev);
            }
            prev = [&bytes[start..i], prev[0], prev[1]];
        }
        cues
    }

    /// Whether any rule could match.
    pub fn any(self) -> bool {
        self.digit
            || self.month
            || self.weekday
            || self.deictic
            || self.period
            || self.the_period
            || self.ago
            || self.hours
            || self.in_count
            || self.past_span
    }

    /// Notes what one run of ASCII letters could start or be, given the tokens before it.
    fn word(&mut self, w: &[u8], prev: &[&[u8]; 3]) {
        if w.len() < 2 {
            return;
        }
        if w.len() >= 3 && w[0].is_ascii_uppercase() {
            match calendar_head([w[0], w[1], w[2]]) {
                Some(CalendarHead::Month(m)) => {
                    self.month = true;
                    self.full_month |= w == FULL_MONTH_NAMES[m];
                }
                Some(CalendarHead::Weekday) => self.weekday = true,
                None => {}
            }
        }
        // Most words share neither first letter nor length with any word below.
        if !CUE_WORD_SHAPES.may_hold(w) {
            return;
        }
        // One decision tree on the lower-cased word instead of a comparison per list entry.
        let kind = CueKind::of(w);
        if kind.counted_unit {
            let singular = kind.singular_unit;
            self.period |= singular
                && one_of(
                    prev[0],
                    &[
                        b"last",
                        b"this",
                        b"next",
                        b"past",
                        b"coming",
                        b"current",
                        b"previous",
                    ],
                );
            self.the_period |= singular
                && prev[0].eq_ignore_ascii_case(b"the")
                && one_of(prev[1], &[b"of", b"within"]);
            let within = &[b"in".as_slice(), b"within"];
            self.in_count |= one_of(prev[1], within) || one_of(prev[2], within);
            self.rel_year |= kind.year
                && one_of(
                    prev[0],
                    &[b"last", b"this", b"next", b"previous", b"following"],
                );
        }
        if kind.plural_span {
            let past = &[b"past".as_slice(), b"last", b"previous"];
            self.past_span |= one_of(prev[1], past) || one_of(prev[2], past);
        }
        if kind.relative && one_of(prev[0], &COUNTED_UNITS) {
            self.ago = true;
        }
        if kind.after_before && prev[0].eq_ignore_ascii_case(b"hours") {
            self.hours = true;
        }
        if kind.deictic {
            self.deictic = true;
        }
    }
}

/// What a word is among those [`Cues::word`] tests after the month and weekday heads.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct CueKind {
    /// One of [`COUNTED_UNITS`].
    counted_unit: bool,
    /// "week", "month" or "year".
    singular_unit: bool,
    /// "year".
    year: bool,
    /// "days", "nights" or "weeks".
    plural_span: bool,
    /// "ago", "later", "earlier", "before", "after", "from" or "hence".
    relative: bool,
    /// "after" or "before".
    after_before: bool,
    /// yesterday, today, tomorrow, tonight, night(s), morning, afternoon or evening.
    deictic: bool,
}

impl CueKind {
    /// The kind of `w`, in any case (all false for other words).
    fn of(w: &[u8]) -> CueKind {
        let mut lower = [0u8; 9];
        if w.len() > lower.len() {
            return CueKind::default();
        }
        for (l, b) in lower.iter_mut().zip(w) {
            *l = b.to_ascii_lowercase();
        }
        let unit = CueKind {
            counted_unit: true,
            ..CueKind::default()
        };
        let singular = CueKind {
            singular_unit: true,
            ..unit
        };
        let relative = CueKind {
            relative: true,
            ..CueKind::default()
        };
        let deictic = CueKind {
            deictic: true,
            ..CueKind::default()
        };
        match &lower[..w.len()] {
            b"day" | b"months" | b"years" => unit,
            b"days" | b"weeks" => CueKind {
                plural_span: true,
                ..unit
            },
            b"week" | b"month" => singular,
            b"year" => CueKind {
                year: true,
                ..singular
            },
            b"ago" | b"later" | b"earlier" | b"from" | b"hence" => relative,
            b"after" | b"before" => CueKind {
                after_before: true,
                ..relative
            },
            b"nights" => CueKind {
                plural_span: true,
                ..deictic
            },
            b"yesterday" | b"today" | b"tomorrow" | b"tonight" | b"night" | b"morning"
            | b"afternoon" | b"evening" => deictic,
            _ => CueKind::default(),
        }
    }
}

/// Every word [`Cues::word`] tests after the month and weekday heads.
const CUE_WORDS: [&[u8]; 24] = [
    b"day",
    b"days",
    b"week",
    b"weeks",
    b"month",
    b"months",
    b"year",
    b"years",
    b"nights",
    b"ago",
    b"later",
    b"earlier",
    b"before",
    b"after",
    b"from",
    b"hence",
    b"yesterday",
    b"today",
    b"tomorrow",
    b"tonight",
    b"night",
    b"morning",
    b"afternoon",
    b"evening",
];

/// The (first letter, length) shapes of a word list: for each first byte, one bit per
/// length a listed word starting with it (in either case) has. A cheap "certainly not in the
/// list" test: one load and a shift.
struct WordShapes([u16; 256]);

impl WordShapes {
    const fn of(words: &[&[u8]]) -> WordShapes {
        let mut lengths = [0u16; 256];
        let mut i = 0;
        while i < words.len() {
            let (first, len) = (words[i][0], words[i].len());
            // every listed word is shorter than 16 letters (checked by the tests)
            let bit = 1 << (len & 15);
            lengths[first.to_ascii_lowercase() as usize] |= bit;
            lengths[first.to_ascii_uppercase() as usize] |= bit;
            i += 1;
        }
        WordShapes(lengths)
    }

    /// False when no word of the list has `w`'s first letter (any case) and length.
    fn may_hold(&self, w: &[u8]) -> bool {
        w.len() < 16 && self.0[w[0] as usize] >> w.len() & 1 != 0
    }
}

/// The shapes of [`CUE_WORDS`].
static CUE_WORD_SHAPES: WordShapes = WordShapes::of(&CUE_WORDS);

/// The full month names, in calendar order.
const FULL_MONTH_NAMES: &[&[u8]] = scan::FULL_MONTHS;

/// What the first three letters of a capitalised word may begin.
enum CalendarHead {
    /// A month name or abbreviation: the index of the month in [`FULL_MONTH_NAMES`].
    Month(usize),
    /// A weekday name.
    Weekday,
}

/// The month or weekday whose name begins with `head`, capitalised as the rules require
/// (a `match` compiles to a few byte tests, where a list would be compared entry by entry).
fn calendar_head(head: [u8; 3]) -> Option<CalendarHead> {
    Some(match &head {
        b"Jan" => CalendarHead::Month(0),
        b"Feb" => CalendarHead::Month(1),
        b"Mar" => CalendarHead::Month(2),
        b"Apr" => CalendarHead::Month(3),
        b"May" => CalendarHead::Month(4),
        b"Jun" => CalendarHead::Month(5),
        b"Jul" => CalendarHead::Month(6),
        b"Aug" => CalendarHead::Month(7),
        b"Sep" => CalendarHead::Month(8),
        b"Oct" => CalendarHead::Month(9),
        b"Nov" => CalendarHead::Month(10),
        b"Dec" => CalendarHead::Month(11),
        b"Mon" | b"Tue" | b"Wed" | b"Thu" | b"Fri" | b"Sat" | b"Sun" => CalendarHead::Weekday,
        _ => return None,
    })
}

/// [`Cues::of`]'s byte classes: a byte that is no part of a token.
const OTHER_BYTE: u8 = 0;
/// An ASCII digit.
const DIGIT_BYTE: u8 = 1;
/// An ASCII letter (this and above).
const LOWER_BYTE: u8 = 2;

/// The end of the run of ASCII letters starting at `i` (`i` itself when `bytes[i]` is no
/// letter). Letters make up most of a sentence, so they are tested eight at a time.
fn letter_run_end(bytes: &[u8], mut i: usize) -> usize {
    const HIGH_BITS: u64 = 0x8080_8080_8080_8080;
    while let Some(chunk) = bytes.get(i..i + 8) {
        let mut eight = [0u8; 8];
        eight.copy_from_slice(chunk);
        let word = u64::from_le_bytes(eight);
        // Setting bit 5 folds upper case onto lower case (and no other byte onto a-z); then
        // per byte, without carries between bytes (each low seven bits plus at most 0x1F
        // stays below 0x100): the high bit of `t + 0x1F` says "at least 'a'" and that of
        // `t + 0x05` says "above 'z'". Bytes of 0x80 and above are no letters.
        let folded = word | 0x2020_2020_2020_2020;
        let low = folded & !HIGH_BITS;
        let from_a = low + 0x1F1F_1F1F_1F1F_1F1F;
        let past_z = low + 0x0505_0505_0505_0505;
        let letters = from_a & !past_z & !word & HIGH_BITS;
        let others = !letters & HIGH_BITS;
        if others != 0 {
            return i + (others.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < bytes.len() && BYTE_CLASS[bytes[i] as usize] >= LOWER_BYTE {
        i += 1;
    }
    i
}

/// The class of every byte, so the scan tests each byte once.
static BYTE_CLASS: [u8; 256] = {
    let mut classes = [OTHER_BYTE; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        classes[b] = if byte.is_ascii_digit() {
            DIGIT_BYTE
        } else if byte.is_ascii_alphabetic() {
            LOWER_BYTE
        } else {
            OTHER_BYTE
        };
        b += 1;
    }
    classes
};

impl DateResolver {
    /// A resolver for a document published on `reference`; with `None` only absolute dates resolve.
    pub fn new(reference: Option<NaiveDate>) -> Self {
        DateResolver { reference }
    }

    /// The reference date relative expressions are resolved against.
    pub fn reference(&self) -> Option<NaiveDate> {
        self.reference
    }

    /// Date expressions in `sentence`, in text order, non-overlapping (the longest wins).
    pub fn find(&self, sentence: &str) -> Vec<DateMention> {
        let cues = Cues::of(sentence);
        if !cues.any() {
            return Vec::new();
        }
        let context = rules::Context::new(sentence, self.reference);
        let mut candidates = rules::candidates(&context, cues);
        if candidates.is_empty() {
            return Vec::new();
        }
        // Longest first, then leftmost; keep those that do not overlap a kept one.
        candidates.sort_by_key(|c| (std::cmp::Reverse(c.end - c.start), c.start));
        let mut kept: Vec<rules::Candidate> = Vec::new();
        for c in candidates {
            if kept.iter().all(|k| c.end <= k.start || c.start >= k.end) {
                kept.push(c);
            }
        }
        kept.sort_by_key(|c| c.start);
        rules::drop_weekday_before_date(sentence, &mut kept);
        self.anchor(&mut kept);
        kept.into_iter()
            .map(|c| {
                let relation = c
                    .hint
                    .unwrap_or_else(|| relation_of(c.date, self.reference, || context.future()));
                DateMention {
                    span: (c.start, c.end),
                    text: sentence[c.start..c.end].to_string(),
                    date: c.date,
                    relation,
                    anchored: c.anchor_days.is_some(),
                }
            })
            .collect()
    }
}

impl DateResolver {
    /// Dates "a day after …" from the sentence's own date: the nearest day before the
    /// expression ("on Wednesday, a day after …"), else one after it. A sentence with no
    /// day of its own leaves it undated: the act it dates from is not known.
    fn anchor(&self, kept: &mut [rules::Candidate]) {
        for i in 0..kept.len() {
            let Some(days) = kept[i].anchor_days else {
                continue;
            };
            let is_day = |c: &rules::Candidate| {
                c.anchor_days.is_none() && matches!(c.date, Some(PartialDate::Day(_)))
            };
            let own = kept[..i]
                .iter()
                .rev()
                .find(|c| is_day(c))
                .or_else(|| kept[i + 1..].iter().find(|c| is_day(c)))
                .and_then(|c| match c.date {
                    Some(PartialDate::Day(d)) => Some(d),
                    _ => None,
                });
            kept[i].date = own
                .and_then(|d| d.checked_add_signed(chrono::Duration::try_days(days)?))
                .map(PartialDate::Day);
            if kept[i].date.is_some() {
                kept[i].hint = None;
            }
        }
    }
}

/// Relation of a resolved date to the reference; else the sentence's tense.
fn relation_of(
    date: Option<PartialDate>,
    reference: Option<NaiveDate>,
    future: impl FnOnce() -> bool,
) -> DateRelation {
    if let (Some(date), Some(reference)) = (date, reference) {
        let (first, last) = date.range();
        return if last < reference {
            DateRelation::Past
        } else if first > reference {
            DateRelation::Future
        } else {
            DateRelation::Present
        };
    }
    if future() {
        DateRelation::Future
    } else {
        DateRelation::Unknown
    }
}

#[cfg(test)]
mod tests;
