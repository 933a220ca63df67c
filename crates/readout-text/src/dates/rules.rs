//! The date-expression patterns and how each resolves.

use super::calc::{
    count, infer_year, month_of, month_year, shift_days, week_of, weekday_date, weekday_number,
    Occurrence,
};
use super::{scan, Cues, DateRelation};
use crate::calendar::{month_number, plausible_year};
use chrono::{Datelike, NaiveDate};
use readout_model::PartialDate;
use regex::Regex;
use std::sync::LazyLock;

/// What the rules need to know about the sentence being read.
pub(super) struct Context<'a> {
    pub sentence: &'a str,
    pub reference: Option<NaiveDate>,
    /// Where the sentence speaks of the future ("will", "is scheduled to"): the byte ranges of
    /// its future cues, found on first use in one pass over the sentence (most sentences never
    /// need them). No cue crosses clause punctuation, so a stretch of the sentence holds a cue
    /// exactly when one of these ranges lies inside it; the stretches need no passes of their own.
    future_cues: std::cell::OnceCell<Vec<(usize, usize)>>,
}

impl<'a> Context<'a> {
    /// The context of one sentence.
    pub fn new(sentence: &'a str, reference: Option<NaiveDate>) -> Self {
        Context {
            sentence,
            reference,
            future_cues: std::cell::OnceCell::new(),
        }
    }

    /// The byte ranges of the sentence's future cues, in order.
    fn future_cues(&self) -> &[(usize, usize)] {
        self.future_cues.get_or_init(|| {
            FUTURE_TENSE
                .find_iter(self.sentence)
                .map(|m| (m.start(), m.end()))
                .collect()
        })
    }

    /// Does the sentence speak of the future?
    pub fn future(&self) -> bool {
        !self.future_cues().is_empty()
    }

    /// Does the stretch of the sentence around `start..end` speak of the future? The stretch
    /// runs between punctuation marks ("The three on Tuesday requested a meeting, which is
    /// scheduled for Wednesday": Tuesday is past, Wednesday future). A stretch with neither a
    /// future cue nor a past-tense verb takes the tense of the whole sentence.
    pub fn future_at(&self, start: usize, end: usize) -> bool {
        // A sentence without a future cue has none in any stretch either.
        if !self.future() {
            return false;
        }
        let (from, to) = stretch(self.sentence, start, end);
        let mut cues = self
            .future_cues()
            .iter()
            .filter(|&&(a, b)| a >= from && b <= to)
            .peekable();
        if cues.peek().is_some() {
            // A past-tense verb before the expression with every future cue after it dates
            // a past act ("held talks on May 3 and agreed that the pact will take effect",
            // "rallied on May 3 against plans to scrap the parties").
            let cues_after = cues.all(|&(a, _)| a >= end);
            return !(cues_after && has_past_tense_verb(&self.sentence[from..start]));
        }
        // The sentence speaks of the future elsewhere: this stretch follows it unless it has
        // a past-tense verb of its own.
        !has_past_tense_verb(&self.sentence[from..to])
    }
}

impl Context<'_> {
    /// Is the month at `start` told in the future of a past report ("agreed that Lula would
    /// visit Washington in February"): a "would" before it in its stretch of the sentence?
    fn would_before(&self, start: usize) -> bool {
        let (from, _) = stretch(self.sentence, start, start);
        self.sentence[from..start]
            .split(|c: char| !c.is_alphanumeric() && c != '\'')
            .any(|w| w.eq_ignore_ascii_case("would"))
    }
}

/// The stretch of `sentence` around `start..end` bounded by clause punctuation: the marks
/// `,` `;` `:` `(` `)` and the dashes U+2014 and U+2013.
fn stretch(sentence: &str, start: usize, end: usize) -> (usize, usize) {
    let bytes = sentence.as_bytes();
    // Both dashes are E2 80 94 and E2 80 93 in UTF-8; a 0x93 or 0x94 byte after E2 80 is
    // always the last byte of one of them.
    let is_dash_end = |i: usize| {
        matches!(bytes[i], 0x93 | 0x94) && i >= 2 && bytes[i - 2] == 0xE2 && bytes[i - 1] == 0x80
    };
    let from = (0..start)
        .rev()
        .find(|&i| matches!(bytes[i], b',' | b';' | b':' | b'(' | b')') || is_dash_end(i))
        .map_or(0, |i| i + 1);
    let to = (end..bytes.len())
        .find(|&i| {
            matches!(bytes[i], b',' | b';' | b':' | b'(' | b')')
                || (bytes[i] == 0xE2 && i + 2 < bytes.len() && is_dash_end(i + 2))
        })
        .unwrap_or(bytes.len());
    (from, to)
}

/// The common irregular past-tense verbs [`PAST_TENSE`] names.
const IRREGULAR_PAST: [&[u8]; 22] = [
    b"said", b"met", b"held", b"made", b"took", b"told", b"sent", b"began", b"struck", b"hit",
    b"gave", b"spoke", b"fled", b"left", b"came", b"went", b"saw", b"won", b"was", b"were", b"had",
    b"did",
];

/// Does `text` hold a past-tense verb, as [`PAST_TENSE`] finds one? Without "\u{17F}" or the
/// Kelvin sign (which its case folding reads as "s" and "k") a match is a whole ASCII word
/// (`[0-9A-Za-z_]+` between `\b`s) of letters only, so the words are read in one pass and
/// the pattern is needed only for text with those two characters.
pub(super) fn has_past_tense_verb(text: &str) -> bool {
    if text.contains(['\u{17F}', '\u{212A}']) {
        return PAST_TENSE.is_match(text);
    }
    text.as_bytes().split(|&b| !scan::is_word_byte(b)).any(|w| {
        w.iter().all(u8::is_ascii_alphabetic)
            && ((w.len() >= 4 && w[w.len() - 2..].eq_ignore_ascii_case(b"ed"))
                || IRREGULAR_PAST.iter().any(|v| w.eq_ignore_ascii_case(v)))
    })
}

/// A past-tense verb: a common irregular one or a regular "-ed" form.
pub(super) static PAST_TENSE: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?i)\b(?:said|met|held|made|took|told|sent|began|struck|hit|gave|spoke|fled|left|came|went|saw|won|was|were|had|did|[a-z]{2,}ed)\b",
    )
});

/// A possible date expression before overlaps are settled.
#[derive(Debug, Clone, Copy)]
pub(super) struct Candidate {
    pub start: usize,
    pub end: usize,
    pub date: Option<PartialDate>,
    /// A relation stated by the expression's own words ("last", "ago", "since").
    pub hint: Option<DateRelation>,
    /// The candidate is a bare weekday (merged into a following full date).
    pub weekday: bool,
    /// "a day after", "hours before": the offset in days from the sentence's own date to
    /// the act in the complement; the date is filled in once the sentence's date is known.
    pub anchor_days: Option<i64>,
}

fn regex(pattern: &str) -> Regex {
    // Date expressions are ASCII, so ASCII word boundaries suffice; a Unicode `\b` would
    // make the fast lazy DFA give up on every sentence with a non-ASCII letter.
    let pattern = pattern.replace(r"\b", r"(?-u:\b)");
    // All patterns are fixed strings tested below; an invalid one would be a
    // programming error caught by the unit tests.
    Regex::new(&pattern).unwrap_or_else(|e| panic!("invalid built-in date pattern: {e}"))
}

static FUTURE_TENSE: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?i)\b(?:will|shall|won't|'ll|upcoming|scheduled|going to|to be held|plans? to|expected to|(?:is|are) set to|is due to|are due to)\b",
    )
});

/// Every candidate expression in the sentence (overlapping; the caller settles overlaps).
/// Only the rules whose cues are present run.
pub(super) fn candidates(cx: &Context<'_>, cues: Cues) -> Vec<Candidate> {
    let mut out = Vec::new();
    if cues.year {
        iso(cx, &mut out);
        year_alone(cx, &mut out);
    }
    if cues.month && cues.digit {
        month_day(cx, &scan::month_days(cx.sentence), &mut out);
        month_day(cx, &scan::days_months(cx.sentence), &mut out);
    }
    if cues.month && cues.year {
        month_year_rule(cx, &mut out);
    }
    if cues.full_month {
        month_alone(cx, &mut out);
    }
    if cues.decade {
        decade(cx, &mut out);
    }
    if cues.weekday {
        weekday(cx, &mut out);
    }
    if cues.deictic {
        deictic(cx, &mut out);
    }
    if cues.full_month && cues.rel_year {
        month_rel_year(cx, &mut out);
    }
    if cues.past_span {
        past_span(cx, &mut out);
    }
    if cues.hours {
        hours(&mut out, cx);
    }
    if cues.period {
        period(cx, &mut out);
    }
    if cues.the_period {
        the_period(cx, &mut out);
    }
    if cues.ago {
        ago(cx, &mut out);
    }
    if cues.in_count {
        in_count(cx, &mut out);
    }
    out
}

/// A candidate over `start..end` with no weekday or anchor.
fn push_span(
    out: &mut Vec<Candidate>,
    start: usize,
    end: usize,
    date: Option<PartialDate>,
    hint: Option<DateRelation>,
) {
    out.push(Candidate {
        start,
        end,
        date,
        hint,
        weekday: false,
        anchor_days: None,
    });
}

fn day(y: i32, m: u32, d: u32) -> Option<PartialDate> {
    if !plausible_year(y) {
        return None;
    }
    NaiveDate::from_ymd_opt(y, m, d).map(PartialDate::Day)
}

/// "2021-11-13", "2021/11/13" (see [`scan::iso_dates`]).
fn iso(cx: &Context<'_>, out: &mut Vec<Candidate>) {
    let text = |(a, b): (usize, usize)| &cx.sentence[a..b];
    for m in scan::iso_dates(cx.sentence) {
        let Some(year) = m.year else {
            continue;
        };
        let (Ok(y), Ok(month), Ok(d)) = (
            text(year).parse(),
            text(m.month).parse(),
            text(m.day).parse(),
        ) else {
            continue;
        };
        if let Some(date) = day(y, month, d) {
            push_span(out, m.span.0, m.span.1, Some(date), None);
        }
    }
}

/// "November 13, 2021", "16 November", "the 5th of May, 2020" (see [`scan::month_days`] and
/// [`scan::days_months`]).
fn month_day(cx: &Context<'_>, found: &[scan::DateMatch], out: &mut Vec<Candidate>) {
    let text = |(a, b): (usize, usize)| &cx.sentence[a..b];
    for m in found {
        let (start, end) = m.span;
        let Some(month) = month_number(text(m.month)) else {
            continue;
        };
        let Ok(d) = text(m.day).parse::<u32>() else {
            continue;
        };
        if !(1..=31).contains(&d) {
            continue;
        }
        let date = match m.year.map(|y| text(y).parse::<i32>()) {
            Some(Ok(y)) => match day(y, month, d) {
                Some(date) => Some(date),
                None => continue,
            },
            Some(Err(_)) => continue,
            None => cx
                .reference
                .and_then(|r| infer_year(r, month, d, cx.future_at(start, end)))
                .map(PartialDate::Day),
        };
        push_span(out, start, end, date, None);
    }
}

/// "November 2021", "late July 2019" (see [`scan::months_years`]).
fn month_year_rule(cx: &Context<'_>, out: &mut Vec<Candidate>) {
    for m in scan::months_years(cx.sentence) {
        let Some(month) = month_number(&cx.sentence[m.month.0..m.month.1]) else {
            continue;
        };
        let Some(Ok(year)) = m.year.map(|(a, b)| cx.sentence[a..b].parse::<i32>()) else {
            continue;
        };
        if plausible_year(year) {
            push_span(
                out,
                m.span.0,
                m.span.1,
                Some(PartialDate::Month { year, month }),
                None,
            );
        }
    }
}

/// "in July", "in late July", "since March", "next May" (see [`scan::months_alone`]).
fn month_alone(cx: &Context<'_>, out: &mut Vec<Candidate>) {
    let text = |(a, b): (usize, usize)| &cx.sentence[a..b];
    for found in scan::months_alone(cx.sentence) {
        let (expr_start, expr_end) = found.expr;
        let month_name = text(found.month);
        let Some(month) = month_number(month_name) else {
            continue;
        };
        let modifier = found.modifier.map(|m| text(m).to_ascii_lowercase());
        let prep = found.preposition.map(|p| text(p).to_ascii_lowercase());
        // "May" and "March" are also a verb and a noun: only with a preposition or modifier.
        if matches!(month_name, "May" | "March") && modifier.is_none() && prep.is_none() {
            continue;
        }
        let (date, hint) = match (cx.reference, modifier.as_deref()) {
            (Some(r), Some("last")) => {
                let year = if month < r.month() {
                    r.year()
                } else {
                    r.year() - 1
                };
                (
                    Some(PartialDate::Month { year, month }),
                    Some(DateRelation::Past),
                )
            }
            (Some(r), Some("next")) => {
                let year = if month > r.month() {
                    r.year()
                } else {
                    r.year() + 1
                };
                (
                    Some(PartialDate::Month { year, month }),
                    Some(DateRelation::Future),
                )
            }
            (Some(r), Some("this")) => (
                Some(PartialDate::Month {
                    year: r.year(),
                    month,
                }),
                None,
            ),
            (Some(r), _) => (
                Some(month_year(
                    r,
                    month,
                    cx.future_at(expr_start, expr_end) || cx.would_before(expr_start),
                )),
                None,
            ),
            (None, Some("last")) => (None, Some(DateRelation::Past)),
            (None, Some("next")) => (None, Some(DateRelation::Future)),
            (None, _) => (None, None),
        };
        let hint = if prep.as_deref() == Some("since") {
            Some(DateRelation::Past)
        } else {
            hint
        };
        push_span(out, expr_start, expr_end, date, hint);
    }
}

/// "in 2019", "since 2015", "by 2030", "late 2020" (see [`scan::cued_years`]).
fn year_alone(cx: &Context<'_>, out: &mut Vec<Candidate>) {
    for found in scan::cued_years(cx.sentence) {
        let (cue_start, cue_end) = found.cue;
        let (year_start, year_end) = found.year;
        let Ok(year) = cx.sentence[year_start..year_end].parse::<i32>() else {
            continue;
        };
        if !plausible_year(year) {
            continue;
        }
        let cue_text = cx.sentence[cue_start..cue_end].to_ascii_lowercase();
        // "by 2000 troops", "from 1900 tons": these two prepositions also take quantities.
        if matches!(cue_text.as_str(), "by" | "from") && counts_things(&cx.sentence[year_end..]) {
            continue;
        }
        // Modifiers belong to the expression; prepositions do not.
        let is_preposition = matches!(
            cue_text.as_str(),
            "in" | "since"
                | "until"
                | "till"
                | "by"
                | "during"
                | "from"
                | "before"
                | "after"
                | "through"
                | "throughout"
                | "the year"
                | "year"
        );
        let start = if is_preposition {
            year_start
        } else {
            cue_start
        };
        let hint = (cue_text == "since").then_some(DateRelation::Past);
        out.push(Candidate {
            start,
            end: year_end,
            date: Some(PartialDate::Year(year)),
            hint,
            weekday: false,
            anchor_days: None,
        });
    }
}

/// Is the number just before `rest` a quantity ("by 2000 troops", "by 2000
/// percent") rather than a year? Judged by the next word: a plural
/// noun or a unit.
fn counts_things(rest: &str) -> bool {
    let rest = rest.strip_prefix(' ').unwrap_or(rest);
    if rest.starts_with('%') {
        return true;
    }
    let word: String = rest.chars().take_while(|c| c.is_alphabetic()).collect();
    if word.is_empty() || !word.chars().all(|c| c.is_lowercase()) {
        return false;
    }
    const NOT_PLURAL: &[&str] = &[
        "was", "has", "is", "as", "its", "this", "his", "thus", "us", "plus", "less", "across",
        "versus",
    ];
    matches!(
        word.as_str(),
        "percent" | "per" | "people" | "men" | "women" | "children" | "staff" | "personnel"
    ) || (word.len() > 2 && word.ends_with('s') && !NOT_PLURAL.contains(&word.as_str()))
}

fn decade(cx: &Context<'_>, out: &mut Vec<Candidate>) {
    for (start, end) in scan::decades(cx.sentence) {
        push_span(out, start, end, None, None);
    }
}

/// "on Monday", "last Tuesday", "next Friday morning" (see [`scan::weekdays`]).
fn weekday(cx: &Context<'_>, out: &mut Vec<Candidate>) {
    for found in scan::weekdays(cx.sentence) {
        let (start, end) = found.span;
        let Some(w) = weekday_number(&cx.sentence[found.day.0..found.day.1]) else {
            continue;
        };
        let modifier = found
            .modifier
            .map(|(a, b)| cx.sentence[a..b].to_ascii_lowercase());
        let (occurrence, hint) = match modifier.as_deref() {
            Some("last" | "past" | "previous") => (Occurrence::Before, Some(DateRelation::Past)),
            Some("next" | "coming") => (Occurrence::After, Some(DateRelation::Future)),
            _ if cx.future_at(start, end) => (Occurrence::OnOrAfter, None),
            _ => (Occurrence::OnOrBefore, None),
        };
        let date = cx
            .reference
            .and_then(|r| weekday_date(r, w, occurrence))
            .map(PartialDate::Day);
        out.push(Candidate {
            start,
            end,
            date,
            hint,
            weekday: modifier.is_none(),
            anchor_days: None,
        });
    }
}

fn deictic(cx: &Context<'_>, out: &mut Vec<Candidate>) {
    for (start, end) in scan::deictics(cx.sentence) {
        let words = cx.sentence[start..end].to_ascii_lowercase();
        let (offset, hint) = match words.as_str() {
            "the day before yesterday" => (-2, DateRelation::Past),
            "yesterday" | "last night" => (-1, DateRelation::Past),
            "tomorrow" => (1, DateRelation::Future),
            "the day after tomorrow" => (2, DateRelation::Future),
            _ => (0, DateRelation::Present),
        };
        let date = cx
            .reference
            .and_then(|r| shift_days(r, offset))
            .map(PartialDate::Day);
        push_span(out, start, end, date, Some(hint));
    }
}

/// The calendar period `offset` units from the reference's.
fn period_date(reference: NaiveDate, unit: &str, offset: i32) -> Option<PartialDate> {
    match unit {
        "week" => shift_days(reference, 7 * offset as i64).map(week_of),
        "month" => Some(month_of(reference, offset)),
        "year" => Some(PartialDate::Year(reference.year() + offset)),
        _ => None,
    }
}

/// "last week", "this month", "since the beginning of this year" (see [`scan::periods`]).
fn period(cx: &Context<'_>, out: &mut Vec<Candidate>) {
    let text = |(a, b): (usize, usize)| &cx.sentence[a..b];
    for found in scan::periods(cx.sentence) {
        let which = text(found.which).to_ascii_lowercase();
        let unit = text(found.unit).to_ascii_lowercase();
        let (offset, mut hint) = match which.as_str() {
            "last" | "previous" => (Some(-1), Some(DateRelation::Past)),
            "next" => (Some(1), Some(DateRelation::Future)),
            "this" | "current" => (Some(0), Some(DateRelation::Present)),
            // "the past year" and "the coming month" are spans of time, not calendar periods.
            "past" => (None, Some(DateRelation::Past)),
            _ => (None, Some(DateRelation::Future)),
        };
        hint = edge_hint_of(found.since.map(text), found.edge.map(text)).or(hint);
        let date = match (cx.reference, offset) {
            (Some(r), Some(o)) => period_date(r, &unit, o),
            _ => None,
        };
        push_span(out, found.span.0, found.span.1, date, hint);
    }
}

/// "since …" looks back, "earlier …" looks back, "later …" looks ahead, from the words themselves.
fn edge_hint_of(since: Option<&str>, edge: Option<&str>) -> Option<DateRelation> {
    if since.is_some_and(|s| s.eq_ignore_ascii_case("since")) {
        return Some(DateRelation::Past);
    }
    match edge.map(str::to_ascii_lowercase).as_deref() {
        Some("earlier") => Some(DateRelation::Past),
        Some("later") => Some(DateRelation::Future),
        _ => None,
    }
}

/// "at the beginning of the year", "within the year" (see [`scan::the_periods`]).
fn the_period(cx: &Context<'_>, out: &mut Vec<Candidate>) {
    let text = |(a, b): (usize, usize)| &cx.sentence[a..b];
    for m in scan::the_periods(cx.sentence) {
        let unit = text(m.unit).to_ascii_lowercase();
        let date = cx.reference.and_then(|r| period_date(r, &unit, 0));
        let hint = edge_hint_of(m.since.map(text), None);
        push_span(out, m.span.0, m.span.1, date, hint);
    }
}

/// `reference` moved by `n` units: days and weeks to the day, months to the month, years to the year.
fn shifted(reference: NaiveDate, unit: &str, n: i64) -> Option<PartialDate> {
    match unit {
        "day" => shift_days(reference, n).map(PartialDate::Day),
        "week" => shift_days(reference, 7 * n).map(PartialDate::Day),
        "month" => i32::try_from(n).ok().map(|n| month_of(reference, n)),
        "year" => i32::try_from(n)
            .ok()
            .map(|n| PartialDate::Year(reference.year() + n)),
        _ => None,
    }
}

/// "two days ago", "a year earlier", "three weeks after …" (see [`scan::counted_offsets`]).
fn ago(cx: &Context<'_>, out: &mut Vec<Candidate>) {
    let text = |(a, b): (usize, usize)| &cx.sentence[a..b];
    for found in scan::counted_offsets(cx.sentence) {
        let (start, end) = found.span;
        let Some(direction) = found.direction else {
            continue;
        };
        let unit = text(found.unit).to_ascii_lowercase();
        let dir = text(direction).to_ascii_lowercase();
        let n = count(text(found.count));
        let (sign, hint) = match dir.as_str() {
            "ago" | "earlier" => (Some(-1), DateRelation::Past),
            "later" | "from now" | "hence" => (Some(1), DateRelation::Future),
            // "two days before the vote": anchored on the sentence's own date, not the
            // reference (see `anchor`).
            _ => (None, DateRelation::Unknown),
        };
        if sign.is_none() {
            let days = match (unit.as_str(), n) {
                ("day", Some(n)) => Some(n),
                ("week", Some(n)) => Some(7 * n),
                _ => None,
            };
            out.push(Candidate {
                start,
                end,
                date: None,
                hint: Some(hint),
                weekday: false,
                // the complement of "after" happened before the sentence's date
                anchor_days: days.map(|n| if dir == "after" { -n } else { n }),
            });
            continue;
        }
        let date = match (cx.reference, sign, n) {
            (Some(r), Some(s), Some(n)) => shifted(r, &unit, s * n),
            _ => None,
        };
        push_span(out, start, end, date, Some(hint));
    }
}

/// "over the past two nights", "in the last three days": the days before the reference (see
/// [`scan::past_spans`]).
fn past_span(cx: &Context<'_>, out: &mut Vec<Candidate>) {
    let text = |(a, b): (usize, usize)| &cx.sentence[a..b];
    for m in scan::past_spans(cx.sentence) {
        let (unit, n) = (text(m.unit).to_ascii_lowercase(), text(m.count));
        let days = match (unit.as_str(), count(n)) {
            ("weeks", Some(n)) => Some(7 * n),
            (_, Some(n)) => Some(n),
            _ => None,
        };
        // the span's days, at the precision they share: a month, else a year, else none
        let date = match (cx.reference, days) {
            (Some(r), Some(n)) if n >= 1 => match (shift_days(r, -n), shift_days(r, -1)) {
                (Some(a), Some(b)) if (a.year(), a.month()) == (b.year(), b.month()) => {
                    Some(PartialDate::Month {
                        year: a.year(),
                        month: a.month(),
                    })
                }
                (Some(a), Some(b)) if a.year() == b.year() => Some(PartialDate::Year(a.year())),
                _ => None,
            },
            _ => None,
        };
        push_span(out, m.span.0, m.span.1, date, Some(DateRelation::Past));
    }
}

fn hours(out: &mut Vec<Candidate>, cx: &Context<'_>) {
    for (start, end) in scan::hours_after_before(cx.sentence) {
        out.push(Candidate {
            start,
            end,
            date: None,
            hint: Some(DateRelation::Unknown),
            weekday: false,
            anchor_days: Some(0),
        });
    }
}

/// "in December last year", "October of last year" (see [`scan::months_rel_years`]).
fn month_rel_year(cx: &Context<'_>, out: &mut Vec<Candidate>) {
    let text = |(a, b): (usize, usize)| &cx.sentence[a..b];
    for m in scan::months_rel_years(cx.sentence) {
        let Some(month) = month_number(text(m.month)) else {
            continue;
        };
        let which = text(m.which).to_ascii_lowercase();
        let (offset, hint) = match which.as_str() {
            "last" | "the previous" => (-1, Some(DateRelation::Past)),
            "next" | "the following" => (1, Some(DateRelation::Future)),
            _ => (0, None),
        };
        let date = cx.reference.map(|r| PartialDate::Month {
            year: r.year() + offset,
            month,
        });
        push_span(out, m.span.0, m.span.1, date, hint);
    }
}

/// "in two weeks", "within three days" (see [`scan::counted_spans_ahead`]).
fn in_count(cx: &Context<'_>, out: &mut Vec<Candidate>) {
    let text = |(a, b): (usize, usize)| &cx.sentence[a..b];
    for found in scan::counted_spans_ahead(cx.sentence) {
        let (start, end) = found.span;
        let Some(preposition) = found.preposition else {
            continue;
        };
        // "for the first time in 35 years", "the worst floods in a decade": a span of time
        // measured back from now, not a date ahead
        if measures_a_record(&cx.sentence[..start]) {
            continue;
        }
        let unit = text(found.unit).to_ascii_lowercase();
        // "within three days" is a deadline range, not a date.
        let exact = text(preposition).eq_ignore_ascii_case("in");
        let date = match (cx.reference, count(text(found.count)), exact) {
            (Some(r), Some(n), true) => shifted(r, &unit, n),
            _ => None,
        };
        push_span(out, start, end, date, Some(DateRelation::Future));
    }
}

/// Does the clause before "in N years" set a record ("the first time", "the highest",
/// "the worst") that the count measures?
fn measures_a_record(before: &str) -> bool {
    let clause = before
        .rsplit([',', ';', ':', '(', '\u{2014}', '\u{2013}'])
        .next()
        .unwrap_or(before);
    clause
        .split_whitespace()
        .rev()
        .take(8)
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .any(|w| {
            [
                "first",
                "time",
                "highest",
                "lowest",
                "largest",
                "biggest",
                "worst",
                "best",
                "deadliest",
                "strongest",
                "weakest",
                "longest",
                "record",
            ]
            .iter()
            .any(|r| w.eq_ignore_ascii_case(r))
        })
}

/// "Monday, November 15": the weekday only restates the date that follows it.
pub(super) fn drop_weekday_before_date(sentence: &str, kept: &mut Vec<Candidate>) {
    let mut i = 0;
    while i + 1 < kept.len() {
        let gap = &sentence[kept[i].end..kept[i + 1].start];
        if kept[i].weekday
            && kept[i + 1].anchor_days.is_none()
            && gap.trim().trim_matches(',').trim().is_empty()
            && gap.len() <= 3
        {
            kept.remove(i);
        } else {
            i += 1;
        }
    }
}
