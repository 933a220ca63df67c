//! Calendar words and absolute dates ("November 13, 2021", "4 February 2021",
//! "2021-02-04"), shared by the publication-date finder and the date resolver.

use chrono::NaiveDate;
use regex::Regex;
use std::sync::LazyLock;

/// Month names and abbreviations as a regex alternation (longest first so
/// "September" wins over "Sep").
pub(crate) const MONTH_ALTERNATION: &str = "January|February|March|April|May|June|July|August|September|October|November|December|Sept|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec";

/// Month number (1–12) of an English month name or abbreviation, any case, with
/// or without a trailing period.
pub fn month_number(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.').to_ascii_lowercase();
    let n = match w.as_str() {
        "january" | "jan" => 1,
        "february" | "feb" => 2,
        "march" | "mar" => 3,
        "april" | "apr" => 4,
        "may" => 5,
        "june" | "jun" => 6,
        "july" | "jul" => 7,
        "august" | "aug" => 8,
        "september" | "sep" | "sept" => 9,
        "october" | "oct" => 10,
        "november" | "nov" => 11,
        "december" | "dec" => 12,
        _ => return None,
    };
    Some(n)
}

/// Years readout accepts as real dates (guards against "1234 people").
pub(crate) fn plausible_year(y: i32) -> bool {
    (1800..=2200).contains(&y)
}

/// A full date found in text, with its byte span.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FoundDate {
    /// Byte range of the date expression.
    pub span: (usize, usize),
    /// The calendar day.
    pub date: NaiveDate,
}

/// ISO-like dates: 2021-02-04, 2021/02/04, 2021.02.04 (optionally followed by a time, also
/// joined by "T").
static ISO_DATE: LazyLock<Regex> = LazyLock::new(|| {
    // a time may follow at once: "2021-01-05T14:05:00Z"
    Regex::new(r"\b(\d{4})([-/.])(\d{1,2})([-/.])(\d{1,2})(?:\b|T\d)").expect("static regex")
});

/// Day-first numeric dates: 13.11.2021 (dots are day-first in Europe), and
/// 13/11/2021 or 11/13/2021 when a part above 12 makes the order certain.
static NUMERIC_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(\d{1,2})([./])(\d{1,2})([./])(\d{4})\b").expect("static regex")
});

/// "November 13, 2021", "Nov. 13 2021", "November 13th, 2021".
static MDY_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)\b({MONTH_ALTERNATION})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b"
    ))
    .expect("static regex")
});

/// "4 February 2021", "4th of February, 2021", "4 Feb. 2021".
static DMY_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({MONTH_ALTERNATION})\.?,?\s+(\d{{4}})\b"
    ))
    .expect("static regex")
});

/// Every full (day-precision, with year) date in `text`, in text order, non-overlapping.
pub fn full_dates(text: &str) -> Vec<FoundDate> {
    // Most lines hold no year; the regexes would scan them for nothing.
    if !has_ascii_year(text) {
        return Vec::new();
    }
    full_dates_scanned(text)
}

/// Whether `text` has four ASCII digits in a row. Every date [`full_dates`] or
/// [`ambiguous_numeric_dates`] returns has such a year (it parses as a number, so its
/// digits are ASCII), so text without one holds none.
pub(crate) fn has_ascii_year(text: &str) -> bool {
    let mut run = 0;
    for &b in text.as_bytes() {
        if b.is_ascii_digit() {
            run += 1;
            if run == 4 {
                return true;
            }
        } else {
            run = 0;
        }
    }
    false
}

/// [`full_dates`] by running every pattern over the whole of `text`.
fn full_dates_scanned(text: &str) -> Vec<FoundDate> {
    let mut found = Vec::new();
    for c in ISO_DATE.captures_iter(text) {
        // Separators must agree ("2021-02/04" is not a date).
        if c[2] != c[4] {
            continue;
        }
        let (Ok(y), Ok(m), Ok(d)) = (
            c[1].parse::<i32>(),
            c[3].parse::<u32>(),
            c[5].parse::<u32>(),
        ) else {
            continue;
        };
        push_date(&mut found, c.get(0), y, m, d);
    }
    for c in NUMERIC_DATE.captures_iter(text) {
        if c[2] != c[4] {
            continue;
        }
        let (Ok(a), Ok(b), Ok(y)) = (
            c[1].parse::<u32>(),
            c[3].parse::<u32>(),
            c[5].parse::<i32>(),
        ) else {
            continue;
        };
        let (d, m) = match &c[2] {
            "." => (a, b),
            _ if a > 12 => (a, b),
            _ if b > 12 => (b, a),
            _ => continue, // 04/05/2021: day-first or month-first cannot be told
        };
        push_date(&mut found, c.get(0), y, m, d);
    }
    for c in MDY_DATE.captures_iter(text) {
        let (Some(m), Ok(d), Ok(y)) = (
            month_number(&c[1]),
            c[2].parse::<u32>(),
            c[3].parse::<i32>(),
        ) else {
            continue;
        };
        push_date(&mut found, c.get(0), y, m, d);
    }
    for c in DMY_DATE.captures_iter(text) {
        let (Ok(d), Some(m), Ok(y)) = (
            c[1].parse::<u32>(),
            month_number(&c[2]),
            c[3].parse::<i32>(),
        ) else {
            continue;
        };
        push_date(&mut found, c.get(0), y, m, d);
    }
    found.sort_by_key(|f| f.span.0);
    // Keep the first of overlapping matches.
    let mut out: Vec<FoundDate> = Vec::with_capacity(found.len());
    for f in found {
        if out.last().is_none_or(|last| f.span.0 >= last.span.1) {
            out.push(f);
        }
    }
    out
}

/// Slash dates whose order cannot be told from the numbers alone ("11/08/2020"): their
/// span and the two ambiguous parts and year, in text order.
pub(crate) fn ambiguous_numeric_dates(text: &str) -> Vec<((usize, usize), u32, u32, i32)> {
    if !has_ascii_year(text) {
        return Vec::new();
    }
    ambiguous_numeric_dates_scanned(text)
}

/// [`ambiguous_numeric_dates`] by running the pattern over the whole of `text`.
fn ambiguous_numeric_dates_scanned(text: &str) -> Vec<((usize, usize), u32, u32, i32)> {
    NUMERIC_DATE
        .captures_iter(text)
        .filter(|c| &c[2] == "/" && &c[4] == "/")
        .filter_map(|c| {
            let (Ok(a), Ok(b), Ok(y)) = (
                c[1].parse::<u32>(),
                c[3].parse::<u32>(),
                c[5].parse::<i32>(),
            ) else {
                return None;
            };
            let all = c.get(0)?;
            ((1..=12).contains(&a) && (1..=12).contains(&b) && a != b && plausible_year(y))
                .then_some(((all.start(), all.end()), a, b, y))
        })
        .collect()
}

/// "9 August", "9th of August": day then month name (captures: day, month).
static DAY_MONTH_NAMED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({MONTH_ALTERNATION})\b"
    ))
    .expect("static regex")
});

/// "August 9", "Aug. 9": month name then day (captures: month, day).
static MONTH_DAY_NAMED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"\b({MONTH_ALTERNATION})\.?\s+(\d{{1,2}})\b")).expect("static regex")
});

/// Which order the text itself writes days and months in: `Some(true)` when it writes
/// "9 August" more often than "August 9", `Some(false)` for the reverse, `None` when it
/// does not tell.
pub(crate) fn writes_day_first(text: &str) -> Option<bool> {
    let day_first = DAY_MONTH_NAMED.find_iter(text).count();
    let month_first = MONTH_DAY_NAMED.find_iter(text).count();
    match day_first.cmp(&month_first) {
        std::cmp::Ordering::Greater => Some(true),
        std::cmp::Ordering::Less => Some(false),
        std::cmp::Ordering::Equal => None,
    }
}

/// Whether the text names the day of an ambiguous slash date `a/b` with a month name:
/// `Some(true)` when it writes day `a` of month `b` ("Amman, Nov. 1" beside "01/11/2023")
/// and not the other reading, `Some(false)` for the reverse, `None` otherwise.
pub(crate) fn named_reading(text: &str, a: u32, b: u32) -> Option<bool> {
    let mut named = DAY_MONTH_NAMED
        .captures_iter(text)
        .filter_map(|c| Some((c[1].parse::<u32>().ok()?, month_number(&c[2])?)))
        .chain(
            MONTH_DAY_NAMED
                .captures_iter(text)
                .filter_map(|c| Some((c[2].parse::<u32>().ok()?, month_number(&c[1])?))),
        );
    let (mut day_first, mut month_first) = (false, false);
    for (day, month) in &mut named {
        day_first |= (day, month) == (a, b);
        month_first |= (day, month) == (b, a);
    }
    (day_first != month_first).then_some(day_first)
}

fn push_date(found: &mut Vec<FoundDate>, m: Option<regex::Match<'_>>, y: i32, month: u32, d: u32) {
    let Some(m) = m else { return };
    if !plausible_year(y) {
        return;
    }
    if let Some(date) = NaiveDate::from_ymd_opt(y, month, d) {
        found.push(FoundDate {
            span: (m.start(), m.end()),
            date,
        });
    }
}

/// Parses a metadata date value: "2021-11-13", "2021-11-13T09:43:00+08:00",
/// "20211113", "Sat, 13 Nov 2021 09:43:00 GMT", "November 13, 2021".
pub fn parse_date_value(value: &str) -> Option<NaiveDate> {
    let v = value.trim();
    if let Some(head) = v.get(..10) {
        if let Ok(d) = NaiveDate::parse_from_str(head, "%Y-%m-%d") {
            return Some(d);
        }
    }
    if v.len() >= 8
        && v.as_bytes()[..8].iter().all(u8::is_ascii_digit)
        && v.as_bytes().get(8).is_none_or(|b| !b.is_ascii_digit())
    {
        if let Ok(d) = NaiveDate::parse_from_str(&v[..8], "%Y%m%d") {
            return Some(d);
        }
    }
    if let Ok(dt) = chrono::DateTime::parse_from_rfc2822(v) {
        return Some(dt.date_naive());
    }
    full_dates(v).first().map(|f| f.date)
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

/// Random texts made of dates in every format [`full_dates`] reads, each part sometimes
/// replaced by a near miss (three-digit years, non-ASCII digits and spaces, odd separators,
/// impossible days), between noise words, for the fast-path tests.
#[cfg(test)]
pub(crate) fn date_like_texts(seed: u64, count: usize) -> Vec<String> {
    // each part of a date: the usual fillings, then the near misses
    type Part = (&'static [&'static str], &'static [&'static str]);
    const YEAR: Part = (
        &["2021", "1999"],
        &["202", "20211", "0021", "\u{662}\u{660}\u{662}\u{661}"],
    );
    const NUMBER: Part = (
        &["1", "04", "13", "12", "7"],
        &["0", "32", "\u{663}", "1\u{663}"],
    );
    const SEPARATOR: Part = (&["-", "/", "."], &[" ", ":", "\u{2013}"]);
    const MONTH: Part = (
        &[
            "November", "Nov", "nov", "Sept", "MAY", "March", "jan", "Dec",
        ],
        &["Juney", "\u{17f}ep", "Novem"],
    );
    const SPACE: Part = (&[" ", "  ", "\n"], &["\u{a0}", "", "x"]);
    const EXTRA: Part = (
        &["", "", ".", ",", "th", "st", "of "],
        &["T1", "é", "x", "2"],
    );
    const NOISE: Part = (
        &["the ", " ", " said ", ", ", "(", " Monday ", "\u{2014}"],
        &["é", "7", "on"],
    );
    let mut next = test_rng(seed);
    let mut pick = |(usual, odd): Part| match next(6) {
        0 => odd[next(odd.len())],
        _ => usual[next(usual.len())],
    };
    (0..count)
        .map(|_| {
            let mut text = String::new();
            for _ in 0..2 {
                let parts: &[Part] = match pick((&["iso", "numeric", "mdy", "dmy"], &["noise"])) {
                    "iso" => &[YEAR, SEPARATOR, NUMBER, SEPARATOR, NUMBER, EXTRA],
                    "numeric" => &[NUMBER, SEPARATOR, NUMBER, SEPARATOR, YEAR, EXTRA],
                    "mdy" => &[MONTH, EXTRA, SPACE, NUMBER, EXTRA, EXTRA, SPACE, YEAR],
                    "dmy" => &[NUMBER, EXTRA, SPACE, EXTRA, MONTH, EXTRA, SPACE, YEAR],
                    _ => &[NOISE, NOISE, NOISE],
                };
                for &part in parts {
                    text.push_str(pick(part));
                }
                text.push_str(pick(NOISE));
            }
            text
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn year_prefilter_agrees_with_the_full_scan() {
        let (mut with_dates, mut without_year) = (0, 0);
        for text in date_like_texts(0x9E37_79B9_7F4A_7C15, 40_000) {
            let scanned = full_dates_scanned(&text);
            with_dates += usize::from(!scanned.is_empty());
            without_year += usize::from(!has_ascii_year(&text));
            assert_eq!(full_dates(&text), scanned, "{text:?}");
            assert_eq!(
                ambiguous_numeric_dates(&text),
                ambiguous_numeric_dates_scanned(&text),
                "{text:?}"
            );
        }
        // the generator must make both real dates and yearless texts often enough for the
        // test to mean something
        assert!(with_dates > 1_000, "only {with_dates} texts with dates");
        assert!(
            without_year > 1_000,
            "only {without_year} texts without a year"
        );
    }

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn finds_each_full_format() {
        let t = "On November 13, 2021 and 4 February 2021 and 2021-02-04 09:43 and Nov. 13 2021 and 1st of May, 2020.";
        let got: Vec<NaiveDate> = full_dates(t).iter().map(|f| f.date).collect();
        assert_eq!(
            got,
            [
                ymd(2021, 11, 13),
                ymd(2021, 2, 4),
                ymd(2021, 2, 4),
                ymd(2021, 11, 13),
                ymd(2020, 5, 1)
            ]
        );
        let f = full_dates("On November 13, 2021, he")[0];
        assert_eq!(
            &"On November 13, 2021, he"[f.span.0..f.span.1],
            "November 13, 2021"
        );
    }

    #[test]
    fn iso_timestamps() {
        let f = full_dates("Updated: 2021-01-05T14:05:00Z");
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].date, ymd(2021, 1, 5));
    }

    #[test]
    fn numeric_day_first_dates() {
        let got: Vec<NaiveDate> = full_dates("13.11.2021, 13/11/2021, 11/13/2021 and 04/05/2021")
            .iter()
            .map(|f| f.date)
            .collect();
        assert_eq!(
            got,
            [ymd(2021, 11, 13), ymd(2021, 11, 13), ymd(2021, 11, 13)]
        );
    }

    #[test]
    fn rejects_impossible_dates() {
        assert!(
            full_dates("February 30, 2021 and 2021-13-01 and 2021-02/04 and May 5, 0021")
                .is_empty()
        );
    }

    #[test]
    fn metadata_values() {
        assert_eq!(
            parse_date_value("2021-11-13T09:43:00+08:00"),
            Some(ymd(2021, 11, 13))
        );
        assert_eq!(parse_date_value("20211113"), Some(ymd(2021, 11, 13)));
        assert_eq!(
            parse_date_value("Sat, 13 Nov 2021 09:43:00 GMT"),
            Some(ymd(2021, 11, 13))
        );
        assert_eq!(parse_date_value("garbage"), None);
        assert_eq!(month_number("Sept."), Some(9));
    }
}
