//! Date expressions in sentences ("On November 13, 2021", "last week", "in late
//! July", "two days ago"), resolved against the document's reference date at
//! the precision the text supports — never more.
//!
//! Most sentences hold no date, so one cheap pass over the bytes ([`Cues`])
//! decides which regular expressions could match at all; the others never run,
//! and a sentence without any cue costs that pass and no allocation.

mod calc;
mod rules;

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
/// whose cue is absent cannot match and its regular expression is skipped.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct Cues {
    /// Some ASCII digit.
    pub digit: bool,
    /// Four ASCII digits in a row (a year).
    pub year: bool,
    /// A capitalised month name or abbreviation ("Nov", "November").
    pub month: bool,
    /// A capitalised weekday ("Monday").
    pub weekday: bool,
    /// yesterday, today, tomorrow, tonight, night, morning, afternoon or evening.
    pub deictic: bool,
    /// day, week, month, year or hour (singular or plural), any case.
    pub unit: bool,
}

impl Cues {
    /// Scans the sentence once; no allocation.
    pub fn of(sentence: &str) -> Cues {
        let bytes = sentence.as_bytes();
        let mut cues = Cues::default();
        let mut digits = 0usize;
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            if b.is_ascii_digit() {
                cues.digit = true;
                digits += 1;
                if digits >= 4 {
                    cues.year = true;
                }
                i += 1;
                continue;
            }
            digits = 0;
            if b.is_ascii_alphabetic() {
                let start = i;
                while i < bytes.len() && bytes[i].is_ascii_alphabetic() {
                    i += 1;
                }
                cues.word(&bytes[start..i]);
                continue;
            }
            i += 1;
        }
        cues
    }

    /// Whether any rule could match.
    pub fn any(self) -> bool {
        self.digit || self.month || self.weekday || self.deictic || self.unit
    }

    /// Notes what one run of ASCII letters could start or be.
    fn word(&mut self, w: &[u8]) {
        if w.len() < 3 {
            return;
        }
        if w[0].is_ascii_uppercase() {
            let head = [w[0], w[1], w[2]];
            if MONTH_HEADS.contains(&&head) {
                self.month = true;
            } else if WEEKDAY_HEADS.contains(&&head) {
                self.weekday = true;
            }
        }
        if w.len() > 9 {
            return;
        }
        let mut lower = [0u8; 9];
        for (l, b) in lower.iter_mut().zip(w) {
            *l = b.to_ascii_lowercase();
        }
        let lower = &lower[..w.len()];
        let singular = lower.strip_suffix(b"s").unwrap_or(lower);
        if matches!(singular, b"day" | b"week" | b"month" | b"year" | b"hour") {
            self.unit = true;
        } else if matches!(
            lower,
            b"yesterday"
                | b"today"
                | b"tomorrow"
                | b"tonight"
                | b"night"
                | b"nights"
                | b"morning"
                | b"afternoon"
                | b"evening"
        ) {
            self.deictic = true;
        }
    }
}

/// First three letters of the month names the rules know, capitalised as they require.
const MONTH_HEADS: [&[u8; 3]; 12] = [
    b"Jan", b"Feb", b"Mar", b"Apr", b"May", b"Jun", b"Jul", b"Aug", b"Sep", b"Oct", b"Nov", b"Dec",
];

/// First three letters of the weekday names, capitalised.
const WEEKDAY_HEADS: [&[u8; 3]; 7] = [b"Mon", b"Tue", b"Wed", b"Thu", b"Fri", b"Sat", b"Sun"];

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
