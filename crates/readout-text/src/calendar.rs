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

/// Day-first numeric dates: 13.11.2021 and 17. 3. 2023 (dots are day-first in Europe), and
/// 13/11/2021, 11/13/2021 or 25-05-2018 when a part above 12 makes the order certain.
static NUMERIC_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(\d{1,2})(\. ?|[/-])(\d{1,2})(\. ?|[/-])(\d{4})\b").expect("static regex")
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
    let part = |(a, b): (usize, usize)| &text[a..b];
    for n in numeric_dates(text, NumericOrder::YearFirst) {
        // Separators must agree ("2021-02/04" is not a date).
        if n.separators[0] != n.separators[1] {
            continue;
        }
        let (Ok(y), Ok(m), Ok(d)) = (
            part(n.parts[0]).parse::<i32>(),
            part(n.parts[1]).parse::<u32>(),
            part(n.parts[2]).parse::<u32>(),
        ) else {
            continue;
        };
        push_date(&mut found, Some(n.span), y, m, d);
    }
    for n in numeric_dates(text, NumericOrder::YearLast) {
        if n.separators[0] != n.separators[1] {
            continue;
        }
        let (Ok(a), Ok(b), Ok(y)) = (
            part(n.parts[0]).parse::<u32>(),
            part(n.parts[1]).parse::<u32>(),
            part(n.parts[2]).parse::<i32>(),
        ) else {
            continue;
        };
        let (d, m) = match n.separators[0] {
            b'.' => (a, b),
            _ if a > 12 => (a, b),
            _ if b > 12 => (b, a),
            _ => continue, // 04/05/2021: day-first or month-first cannot be told
        };
        push_date(&mut found, Some(n.span), y, m, d);
    }
    // Scanners read the named dates without building the patterns' automata, where they
    // read as the patterns do.
    let scanned = scannable(text);
    let month_first = match scanned {
        true => month_day_years(text),
        false => named_dates_by_pattern(&MDY_DATE, text, [1, 2, 3]),
    };
    let day_first = match scanned {
        true => day_month_years(text),
        false => named_dates_by_pattern(&DMY_DATE, text, [2, 1, 3]),
    };
    for named in month_first.into_iter().chain(day_first) {
        let part = |(a, b): (usize, usize)| &text[a..b];
        let (Some(m), Ok(d), Ok(y)) = (
            month_number(part(named.month)),
            part(named.day).parse::<u32>(),
            part(named.year).parse::<i32>(),
        ) else {
            continue;
        };
        push_date(&mut found, Some(named.span), y, m, d);
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

/// A date with a month name found by [`MDY_DATE`] or [`DMY_DATE`] or their scanners: byte
/// ranges of the whole and of its parts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct NamedDate {
    span: (usize, usize),
    month: (usize, usize),
    day: (usize, usize),
    year: (usize, usize),
}

/// The matches of `pattern` in `text` with the month, day and year in the capture groups
/// `groups`.
fn named_dates_by_pattern(pattern: &Regex, text: &str, groups: [usize; 3]) -> Vec<NamedDate> {
    let span = |c: &regex::Captures<'_>, i: usize| c.get(i).map(|m| (m.start(), m.end()));
    pattern
        .captures_iter(text)
        .filter_map(|c| {
            Some(NamedDate {
                span: span(&c, 0)?,
                month: span(&c, groups[0])?,
                day: span(&c, groups[1])?,
                year: span(&c, groups[2])?,
            })
        })
        .collect()
}

/// [`MONTH_ALTERNATION`] in lower case and in its order. Where two names match at one
/// place the shorter is followed by a letter, which no pattern allows there, so the first
/// that matches is the one to read.
const MONTH_NAMES: [&[u8]; 24] = [
    b"january",
    b"february",
    b"march",
    b"april",
    b"may",
    b"june",
    b"july",
    b"august",
    b"september",
    b"october",
    b"november",
    b"december",
    b"sept",
    b"jan",
    b"feb",
    b"mar",
    b"apr",
    b"jun",
    b"jul",
    b"aug",
    b"sep",
    b"oct",
    b"nov",
    b"dec",
];

/// The end of the month name at byte `at`, in any ASCII case.
fn month_name_end(bytes: &[u8], at: usize) -> Option<usize> {
    let first = bytes.get(at)? | 0x20;
    MONTH_NAMES
        .iter()
        .find(|name| {
            name[0] == first
                && bytes
                    .get(at..at + name.len())
                    .is_some_and(|b| b.eq_ignore_ascii_case(name))
        })
        .map(|name| at + name.len())
}

/// Whether the named-date scanners read `text` as [`MDY_DATE`] and [`DMY_DATE`] do: it holds
/// ASCII, Latin letters and a few punctuation marks only. Then the patterns' Unicode `\s` and
/// `\d` match ASCII only, their `\b` sees words of ASCII letters, digits, "_" and Latin
/// letters, and their case folding meets no "\u{17F}" (read as "s").
fn scannable(text: &str) -> bool {
    text.is_ascii()
        || text.chars().all(|c| {
            c.is_ascii()
                || is_latin_letter(c)
                || matches!(
                    c,
                    '\u{2010}'..='\u{2027}' | '\u{AB}' | '\u{BB}' | '\u{A9}' | '\u{B0}'
                )
        })
}

/// A letter of Latin-1 or Latin Extended-A or -B other than "\u{17F}" (U+00C0 to U+024F
/// holds letters only, but for the signs "\u{D7}" and "\u{F7}").
fn is_latin_letter(c: char) -> bool {
    matches!(c, '\u{C0}'..='\u{24F}') && !matches!(c, '\u{D7}' | '\u{F7}' | '\u{17F}')
}

/// Is `c` part of a word, as `\b` sees [`scannable`] text?
fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_' || is_latin_letter(c)
}

/// Is the character before byte `at` (a character boundary) part of a word?
fn word_before(text: &str, at: usize) -> bool {
    match at.checked_sub(1).map(|i| text.as_bytes()[i]) {
        None => false,
        Some(b) if b.is_ascii() => b.is_ascii_alphanumeric() || b == b'_',
        Some(_) => text[..at].chars().next_back().is_some_and(is_word_char),
    }
}

/// Is the character at byte `at` (a character boundary) part of a word?
fn word_at(text: &str, at: usize) -> bool {
    text[at..].chars().next().is_some_and(is_word_char)
}

/// The end of the white space (ASCII `\s`, vertical tab included) at byte `at`, if there is some.
fn ascii_spaces_end(bytes: &[u8], at: usize) -> Option<usize> {
    let mut end = at;
    while bytes
        .get(end)
        .is_some_and(|&b| matches!(b, b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' '))
    {
        end += 1;
    }
    (end > at).then_some(end)
}

/// The end of the one or two ASCII digits at byte `at`, if there are some. A third digit
/// after them fails every pattern here, as the shorter reading would too (a digit follows it).
fn day_digits_end(bytes: &[u8], at: usize) -> Option<usize> {
    let mut end = at;
    while end < at + 2 && bytes.get(end).is_some_and(u8::is_ascii_digit) {
        end += 1;
    }
    (end > at).then_some(end)
}

/// Past an ordinal suffix ("st", "nd", "rd", "th", any case) at byte `at`, if there is one.
fn past_ordinal_suffix(bytes: &[u8], at: usize) -> usize {
    let suffix = bytes.get(at..at + 2);
    let is_suffix = suffix.is_some_and(|s| {
        [b"st", b"nd", b"rd", b"th"]
            .iter()
            .any(|x| s.eq_ignore_ascii_case(x.as_slice()))
    });
    at + if is_suffix { 2 } else { 0 }
}

/// Past `byte` at `at`, if it is there.
fn past_optional(bytes: &[u8], at: usize, byte: u8) -> usize {
    at + usize::from(bytes.get(at) == Some(&byte))
}

/// The four-digit year at byte `at` of `text` ending at a word boundary: its range.
fn year_at(text: &str, at: usize) -> Option<(usize, usize)> {
    let end = at + 4;
    let digits = text.as_bytes().get(at..end)?.iter().all(u8::is_ascii_digit);
    (digits && !word_at(text, end)).then_some((at, end))
}

/// Every match of a named-date pattern in [`scannable`] text, in order and without
/// overlaps, given the match that starts at a byte, if any, and where it ends. A match
/// starts a word with an ASCII byte that `may_start` it.
fn scanned_matches<T>(
    text: &str,
    may_start: impl Fn(u8) -> bool,
    match_at: impl Fn(&str, usize) -> Option<T>,
    end_of: impl Fn(&T) -> usize,
) -> Vec<T> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if !may_start(bytes[i]) || word_before(text, i) {
            i += 1;
            continue;
        }
        match match_at(text, i) {
            Some(m) => {
                i = end_of(&m);
                found.push(m);
            }
            None => i += 1,
        }
    }
    found
}

/// What [`MDY_DATE`] finds in [`scannable`] text ("November 13, 2021", "Nov. 13th 2021").
/// Each optional part of the pattern is taken when present, since leaving it out leaves a
/// byte that the next part cannot match.
fn month_day_years(text: &str) -> Vec<NamedDate> {
    // month names start with these letters, in either case
    let may_start = |b: u8| {
        matches!(
            b | 0x20,
            b'j' | b'f' | b'm' | b'a' | b's' | b'o' | b'n' | b'd'
        )
    };
    scanned_matches(
        text,
        may_start,
        |text, start| {
            let bytes = text.as_bytes();
            let month_end = month_name_end(bytes, start)?;
            let day_start = ascii_spaces_end(bytes, past_optional(bytes, month_end, b'.'))?;
            let day_end = day_digits_end(bytes, day_start)?;
            let comma = past_optional(bytes, past_ordinal_suffix(bytes, day_end), b',');
            let year = year_at(text, ascii_spaces_end(bytes, comma)?)?;
            Some(NamedDate {
                span: (start, year.1),
                month: (start, month_end),
                day: (day_start, day_end),
                year,
            })
        },
        |m| m.span.1,
    )
}

/// What [`DMY_DATE`] finds in [`scannable`] text ("4 February 2021", "4th of Feb., 2021"),
/// read as [`month_day_years`] reads its pattern. No month name starts with "of", so "of"
/// before white space is always taken.
fn day_month_years(text: &str) -> Vec<NamedDate> {
    scanned_matches(
        text,
        |b| b.is_ascii_digit(),
        |text, start| {
            let bytes = text.as_bytes();
            let day_end = day_digits_end(bytes, start)?;
            let mut month_start = ascii_spaces_end(bytes, past_ordinal_suffix(bytes, day_end))?;
            let of = bytes.get(month_start..month_start + 2);
            if of.is_some_and(|w| w.eq_ignore_ascii_case(b"of")) {
                if let Some(after) = ascii_spaces_end(bytes, month_start + 2) {
                    month_start = after;
                }
            }
            let month_end = month_name_end(bytes, month_start)?;
            let comma = past_optional(bytes, past_optional(bytes, month_end, b'.'), b',');
            let year = year_at(text, ascii_spaces_end(bytes, comma)?)?;
            Some(NamedDate {
                span: (start, year.1),
                month: (month_start, month_end),
                day: (start, day_end),
                year,
            })
        },
        |m| m.span.1,
    )
}

/// The end of the month name at byte `at`, capitalised as [`MONTH_ALTERNATION`] writes it.
fn capitalised_month_name_end(bytes: &[u8], at: usize) -> Option<usize> {
    let first = *bytes.get(at)?;
    MONTH_NAMES
        .iter()
        .find(|name| {
            name[0].to_ascii_uppercase() == first
                && bytes.get(at + 1..at + name.len()) == Some(&name[1..])
        })
        .map(|name| at + name.len())
}

/// A day named with its month ("9 August", "Aug. 9"): byte ranges of the whole, the day and
/// the month.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct DayAndMonth {
    span: (usize, usize),
    day: (usize, usize),
    month: (usize, usize),
}

/// What [`DAY_MONTH_NAMED`] finds in [`scannable`] text ("9 August", "9th of August"), read
/// as [`day_month_years`] reads its pattern (here case matters, and the month ends a word).
fn days_then_months(text: &str) -> Vec<DayAndMonth> {
    let match_at = |text: &str, start: usize| {
        let bytes = text.as_bytes();
        let day_end = day_digits_end(bytes, start)?;
        let suffix = bytes.get(day_end..day_end + 2);
        let has_suffix = [b"st", b"nd", b"rd", b"th"]
            .iter()
            .any(|x| suffix == Some(x.as_slice()));
        let mut month_start = ascii_spaces_end(bytes, day_end + if has_suffix { 2 } else { 0 })?;
        if bytes.get(month_start..month_start + 2) == Some(b"of") {
            if let Some(after) = ascii_spaces_end(bytes, month_start + 2) {
                month_start = after;
            }
        }
        let month_end = capitalised_month_name_end(bytes, month_start)?;
        (!word_at(text, month_end)).then_some(DayAndMonth {
            span: (start, month_end),
            day: (start, day_end),
            month: (month_start, month_end),
        })
    };
    scanned_matches(text, |b| b.is_ascii_digit(), match_at, |m| m.span.1)
}

/// What [`MONTH_DAY_NAMED`] finds in [`scannable`] text ("August 9", "Aug. 9"), read as
/// [`month_day_years`] reads its pattern (here case matters).
fn months_then_days(text: &str) -> Vec<DayAndMonth> {
    let match_at = |text: &str, start: usize| {
        let bytes = text.as_bytes();
        let month_end = capitalised_month_name_end(bytes, start)?;
        let day_start = ascii_spaces_end(bytes, past_optional(bytes, month_end, b'.'))?;
        let day_end = day_digits_end(bytes, day_start)?;
        (!word_at(text, day_end)).then_some(DayAndMonth {
            span: (start, day_end),
            day: (day_start, day_end),
            month: (start, month_end),
        })
    };
    let may_start = |b: u8| matches!(b, b'J' | b'F' | b'M' | b'A' | b'S' | b'O' | b'N' | b'D');
    scanned_matches(text, may_start, match_at, |m| m.span.1)
}

/// The matches of `pattern` in `text` with the day and month in the capture groups `day`
/// and `month`.
fn named_days_by_pattern(
    pattern: &Regex,
    text: &str,
    day: usize,
    month: usize,
) -> Vec<DayAndMonth> {
    let span = |c: &regex::Captures<'_>, i: usize| c.get(i).map(|m| (m.start(), m.end()));
    pattern
        .captures_iter(text)
        .filter_map(|c| {
            Some(DayAndMonth {
                span: span(&c, 0)?,
                day: span(&c, day)?,
                month: span(&c, month)?,
            })
        })
        .collect()
}

/// The days named with their months in `text`, day first and month first: by the scanners
/// where they read as the patterns do.
fn named_days(text: &str) -> (Vec<DayAndMonth>, Vec<DayAndMonth>) {
    match scannable(text) {
        true => (days_then_months(text), months_then_days(text)),
        false => (
            named_days_by_pattern(&DAY_MONTH_NAMED, text, 1, 2),
            named_days_by_pattern(&MONTH_DAY_NAMED, text, 2, 1),
        ),
    }
}

/// Which of the two numeric date patterns to read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum NumericOrder {
    /// [`ISO_DATE`]: "2021-02-04", "2021.02.04T09:43".
    YearFirst,
    /// [`NUMERIC_DATE`]: "13.11.2021", "11/13/2021".
    YearLast,
}

/// A numeric date found by [`ISO_DATE`] or [`NUMERIC_DATE`] or their scanner: byte ranges of
/// the whole and of its three numbers in text order, and its two separators.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct NumericDate {
    span: (usize, usize),
    parts: [(usize, usize); 3],
    separators: [u8; 2],
}

/// The matches of the numeric date pattern for `order` in `text`: by the scanner where it
/// reads as the pattern does.
fn numeric_dates(text: &str, order: NumericOrder) -> Vec<NumericDate> {
    if scannable(text) {
        let may_start = |b: u8| b.is_ascii_digit();
        return scanned_matches(
            text,
            may_start,
            |t, s| numeric_date_at(t, s, order),
            |m| m.span.1,
        );
    }
    let pattern = match order {
        NumericOrder::YearFirst => &ISO_DATE,
        NumericOrder::YearLast => &NUMERIC_DATE,
    };
    let span = |c: &regex::Captures<'_>, i: usize| c.get(i).map(|m| (m.start(), m.end()));
    let separator = |c: &regex::Captures<'_>, i: usize| c.get(i).map(|m| m.as_str().as_bytes()[0]);
    pattern
        .captures_iter(text)
        .filter_map(|c| {
            Some(NumericDate {
                span: span(&c, 0)?,
                parts: [span(&c, 1)?, span(&c, 3)?, span(&c, 5)?],
                separators: [separator(&c, 2)?, separator(&c, 4)?],
            })
        })
        .collect()
}

/// The numeric date of the pattern for `order` starting at byte `start` of [`scannable`]
/// text, if any. Its one-or-two-digit numbers read as many digits as there are (a shorter
/// reading is followed by a digit, which neither a separator nor the end can be), and its
/// four-digit year must be followed by the separator or end the pattern asks for.
fn numeric_date_at(text: &str, start: usize, order: NumericOrder) -> Option<NumericDate> {
    let bytes = text.as_bytes();
    let separator_at =
        |at: usize, separators: &[u8]| bytes.get(at).copied().filter(|b| separators.contains(b));
    let year_at = |at: usize| {
        let end = at + 4;
        bytes
            .get(at..end)?
            .iter()
            .all(u8::is_ascii_digit)
            .then_some((at, end))
    };
    let short_at = |at: usize| day_digits_end(bytes, at).map(|end| (at, end));
    match order {
        NumericOrder::YearFirst => {
            let year = year_at(start)?;
            let first = separator_at(year.1, b"-/.")?;
            let month = short_at(year.1 + 1)?;
            let second = separator_at(month.1, b"-/.")?;
            let day = short_at(month.1 + 1)?;
            // `(?:\b|T\d)`: a word boundary, else a time joined by "T"
            let end = if !word_at(text, day.1) {
                day.1
            } else if bytes.get(day.1) == Some(&b'T')
                && bytes.get(day.1 + 1).is_some_and(u8::is_ascii_digit)
            {
                day.1 + 2
            } else {
                return None;
            };
            Some(NumericDate {
                span: (start, end),
                parts: [year, month, day],
                separators: [first, second],
            })
        }
        NumericOrder::YearLast => {
            // a dot may take one space after it ("17. 3. 2023")
            let after = |at: usize, separator: u8| match (separator, bytes.get(at + 1)) {
                (b'.', Some(b' ')) => at + 2,
                _ => at + 1,
            };
            let first_part = short_at(start)?;
            let first = separator_at(first_part.1, b"./-")?;
            let second_part = short_at(after(first_part.1, first))?;
            let second = separator_at(second_part.1, b"./-")?;
            let year = year_at(after(second_part.1, second)).filter(|y| !word_at(text, y.1))?;
            Some(NumericDate {
                span: (start, year.1),
                parts: [first_part, second_part, year],
                separators: [first, second],
            })
        }
    }
}

/// Slash or hyphen dates whose order cannot be told from the numbers alone ("11/08/2020"): their
/// span and the two ambiguous parts and year, in text order.
pub(crate) fn ambiguous_numeric_dates(text: &str) -> Vec<((usize, usize), u32, u32, i32)> {
    if !has_ascii_year(text) {
        return Vec::new();
    }
    ambiguous_numeric_dates_scanned(text)
}

/// [`ambiguous_numeric_dates`] by running the pattern over the whole of `text`.
fn ambiguous_numeric_dates_scanned(text: &str) -> Vec<((usize, usize), u32, u32, i32)> {
    let part = |(a, b): (usize, usize)| &text[a..b];
    numeric_dates(text, NumericOrder::YearLast)
        .into_iter()
        .filter(|n| matches!(n.separators, [b'/', b'/'] | [b'-', b'-']))
        .filter_map(|n| {
            let (Ok(a), Ok(b), Ok(y)) = (
                part(n.parts[0]).parse::<u32>(),
                part(n.parts[1]).parse::<u32>(),
                part(n.parts[2]).parse::<i32>(),
            ) else {
                return None;
            };
            ((1..=12).contains(&a) && (1..=12).contains(&b) && a != b && plausible_year(y))
                .then_some((n.span, a, b, y))
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
    let (day_first, month_first) = named_days(text);
    match day_first.len().cmp(&month_first.len()) {
        std::cmp::Ordering::Greater => Some(true),
        std::cmp::Ordering::Less => Some(false),
        std::cmp::Ordering::Equal => None,
    }
}

/// Whether the text names the day of an ambiguous slash date `a/b` with a month name:
/// `Some(true)` when it writes day `a` of month `b` ("Amman, Nov. 1" beside "01/11/2023")
/// and not the other reading, `Some(false)` for the reverse, `None` otherwise.
pub(crate) fn named_reading(text: &str, a: u32, b: u32) -> Option<bool> {
    let (day_first, month_first) = named_days(text);
    let part = |(s, e): (usize, usize)| &text[s..e];
    let named = day_first.iter().chain(&month_first).filter_map(|m| {
        Some((
            part(m.day).parse::<u32>().ok()?,
            month_number(part(m.month))?,
        ))
    });
    let (mut day_first, mut month_first) = (false, false);
    for (day, month) in named {
        day_first |= (day, month) == (a, b);
        month_first |= (day, month) == (b, a);
    }
    (day_first != month_first).then_some(day_first)
}

fn push_date(found: &mut Vec<FoundDate>, span: Option<(usize, usize)>, y: i32, month: u32, d: u32) {
    let Some(span) = span else { return };
    if !plausible_year(y) {
        return;
    }
    if let Some(date) = NaiveDate::from_ymd_opt(y, month, d) {
        found.push(FoundDate { span, date });
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

/// The texts with every character beyond ASCII made a space, so that the scanners' ASCII
/// path is tried on the same shapes.
#[cfg(test)]
fn asciified(texts: &[String]) -> Vec<String> {
    texts
        .iter()
        .map(|t| {
            t.chars()
                .map(|c| if c.is_ascii() { c } else { ' ' })
                .collect()
        })
        .collect()
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
    const SEPARATOR: Part = (&["-", "/", ".", ". "], &[" ", ":", "\u{2013}", ".  "]);
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
    fn named_date_scanners_follow_their_patterns_on_ascii_text() {
        let mut texts = date_like_texts(0x3C6E_F372_FE94_F82B, 40_000);
        // forms the generator leaves out: ordinals, "of", tabs and vertical tabs, Sept.
        texts.extend(
            [
                "On the 4th of\tFebruary, 2021 and 1st  OF May 2020 and 2nd of\u{b}Sept., 1999",
                "Sept. 13th, 2021; Sep 3rd 2021x; JANUARY 1 2021_; 3 Marc 2021; 12 of 2021",
                "4 ofMay 2021, 4 of  May 2021, 4 of may.,\r2021 and 31 decembers 2021",
                "Nov.13 2021, Nov. 13,2021, Nov 123 2021, 13th Nov 20211 and 1 May 2021.",
                "\u{e9}4 May 2021, \u{2014}4 May 2021\u{e9}, May 4, 2021\u{2019}s, xMay 4 2021",
                "Ao\u{fb}t 2021, \u{c7}4 May 2021, 4 May 2021\u{24f} and 4 Maye 2021\u{d7}",
            ]
            .map(String::from),
        );
        // the generator's non-ASCII near misses made ASCII, so that most texts are read
        let asciified = asciified(&texts);
        let mut matched = 0;
        let mut not_ascii = 0;
        for text in texts.iter().chain(&asciified).filter(|t| scannable(t)) {
            not_ascii += usize::from(!text.is_ascii());
            let by_pattern = named_dates_by_pattern(&MDY_DATE, text, [1, 2, 3]);
            assert_eq!(month_day_years(text), by_pattern, "{text:?}");
            matched += by_pattern.len();
            let by_pattern = named_dates_by_pattern(&DMY_DATE, text, [2, 1, 3]);
            assert_eq!(day_month_years(text), by_pattern, "{text:?}");
            matched += by_pattern.len();
        }
        assert!(matched > 1_500, "only {matched} matches");
        assert!(not_ascii > 1_000, "only {not_ascii} texts beyond ASCII");
    }

    #[test]
    fn named_day_scanners_follow_their_patterns() {
        let mut texts = date_like_texts(0xBB67_AE85_84CA_A73B, 40_000);
        texts.extend(
            [
                "on the 9th of August, 9th  of\tAug. and 9 of August; 9 Of August, 9TH August",
                "August 9, Aug. 9th, AUGUST 9, august 9, Aug.9, Sept 31, Sep 1, Septe 1, May 123",
                "\u{e9}9 August, 9 August\u{e9}, August 9\u{e9}, \u{2014}August 9\u{2014}, xAugust 9",
            ]
            .map(String::from),
        );
        let asciified = asciified(&texts);
        let mut matched = 0;
        for text in texts.iter().chain(&asciified).filter(|t| scannable(t)) {
            let by_pattern = named_days_by_pattern(&DAY_MONTH_NAMED, text, 1, 2);
            assert_eq!(days_then_months(text), by_pattern, "{text:?}");
            matched += by_pattern.len();
            let by_pattern = named_days_by_pattern(&MONTH_DAY_NAMED, text, 2, 1);
            assert_eq!(months_then_days(text), by_pattern, "{text:?}");
            matched += by_pattern.len();
        }
        assert!(matched > 1_500, "only {matched} matches");
    }

    #[test]
    fn numeric_date_scanner_follows_its_patterns() {
        let mut texts = date_like_texts(0x510E_527F_ADE6_82D1, 40_000);
        texts.extend(
            [
                "2021-01-05T14:05, 2021-01-05Tx, 2021-01-05T, 2021-1-5é, é2021-1-5, 12021-1-5",
                "13.11.2021, 1/2/2021x, 1/2/20211, 123/1/2021, \u{2014}1/2/2021\u{2014}, 01/11/2023",
                "25-05-2018, 17. 3. 2023, 17.  3. 2023, 1. 2.2021, 1 .2. 2021, 1-2/2021, 12-2021-1",
            ]
            .map(String::from),
        );
        let asciified = asciified(&texts);
        let mut matched = 0;
        for text in texts.iter().chain(&asciified).filter(|t| scannable(t)) {
            for (order, pattern) in [
                (NumericOrder::YearFirst, &ISO_DATE),
                (NumericOrder::YearLast, &NUMERIC_DATE),
            ] {
                let by_pattern: Vec<NumericDate> = pattern
                    .captures_iter(text)
                    .map(|c| {
                        let span = |i: usize| {
                            let m = c.get(i).unwrap();
                            (m.start(), m.end())
                        };
                        let separator = |i: usize| c.get(i).unwrap().as_str().as_bytes()[0];
                        NumericDate {
                            span: span(0),
                            parts: [span(1), span(3), span(5)],
                            separators: [separator(2), separator(4)],
                        }
                    })
                    .collect();
                let scanned = scanned_matches(
                    text,
                    |b| b.is_ascii_digit(),
                    |t, s| numeric_date_at(t, s, order),
                    |m| m.span.1,
                );
                assert_eq!(scanned, by_pattern, "{order:?} {text:?}");
                matched += by_pattern.len();
            }
        }
        assert!(matched > 1_500, "only {matched} matches");
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
        // hyphens like slashes; a dot with a space after it, as Czech and Slovak write dates
        let got: Vec<NaiveDate> = full_dates("25-05-2018 | 17. 3. 2023 | 05-04-2021 | 1-2/2021")
            .iter()
            .map(|f| f.date)
            .collect();
        assert_eq!(got, [ymd(2018, 5, 25), ymd(2023, 3, 17)]);
        let spans: Vec<(usize, usize)> = full_dates("Date: 17. 3. 2023.")
            .iter()
            .map(|f| f.span)
            .collect();
        assert_eq!(spans, [(6, 17)]);
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
