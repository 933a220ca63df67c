//! Date expressions in sentences ("On November 13, 2021", "last week", "in late
//! July", "two days ago"), resolved against the document's reference date at
//! the precision the text supports — never more.
//!
//! Most sentences hold no date, so a cheap prefilter (any digit, or a calendar
//! word found by Aho-Corasick) runs before any regular expression.

mod calc;
mod rules;

use aho_corasick::AhoCorasick;
use chrono::NaiveDate;
use readout_model::PartialDate;
use std::sync::LazyLock;

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
}

/// Finds and resolves date expressions relative to a document's reference date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct DateResolver {
    reference: Option<NaiveDate>,
}

/// Calendar words whose presence makes a sentence worth the regular expressions
/// (prefixes suffice: "jan" finds "January"; "day" finds "Monday", "today").
const CALENDAR_WORDS: &[&str] = &[
    "jan",
    "feb",
    "mar",
    "apr",
    "may",
    "jun",
    "jul",
    "aug",
    "sep",
    "oct",
    "nov",
    "dec",
    "day",
    "week",
    "month",
    "year",
    "tomorrow",
    "tonight",
    "morning",
    "afternoon",
    "evening",
    "night",
];

static CALENDAR_WORD_FINDER: LazyLock<Option<AhoCorasick>> = LazyLock::new(|| {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(CALENDAR_WORDS)
        .ok()
});

/// Could `sentence` contain a date expression at all?
fn may_contain_date(sentence: &str) -> bool {
    if sentence.bytes().any(|b| b.is_ascii_digit()) {
        return true;
    }
    match CALENDAR_WORD_FINDER.as_ref() {
        Some(finder) => finder.is_match(sentence),
        None => true,
    }
}

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
        if !may_contain_date(sentence) {
            return Vec::new();
        }
        let context = rules::Context {
            sentence,
            reference: self.reference,
            future: rules::is_future_tense(sentence),
        };
        let mut candidates = rules::candidates(&context);
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
        kept.into_iter()
            .map(|c| {
                let relation = c
                    .hint
                    .unwrap_or_else(|| relation_of(c.date, self.reference, context.future));
                DateMention {
                    span: (c.start, c.end),
                    text: sentence[c.start..c.end].to_string(),
                    date: c.date,
                    relation,
                }
            })
            .collect()
    }
}

/// Relation of a resolved date to the reference; else the sentence's tense.
fn relation_of(
    date: Option<PartialDate>,
    reference: Option<NaiveDate>,
    future: bool,
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
    if future {
        DateRelation::Future
    } else {
        DateRelation::Unknown
    }
}

#[cfg(test)]
mod tests;
