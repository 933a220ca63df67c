//! Hand-written scanners for the commonest date patterns, in place of regular expressions.
//!
//! A regular expression run over every sentence that merely holds a cue costs a pass over the
//! whole sentence, and on fresh text its lazy automaton spends most of that time building
//! states. These scanners start from the few places where a match can begin and read only the
//! bytes around them. Each follows its former pattern exactly, including what a regular
//! expression does that is easy to miss: `\b` is an ASCII word boundary, `\s` is any Unicode
//! white space, and a case-insensitive word also matches "ſ" (U+017F) for "s" and the Kelvin
//! sign (U+212A) for "k".

/// Is `b` a byte of an ASCII word (`[0-9A-Za-z_]`), as an ASCII `\b` sees it?
pub(super) fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// Is there an ASCII word boundary at byte `i` of `bytes`?
pub(super) fn boundary(bytes: &[u8], i: usize) -> bool {
    let before = i > 0 && is_word_byte(bytes[i - 1]);
    let after = i < bytes.len() && is_word_byte(bytes[i]);
    before != after
}

/// The matches found left to right without overlaps, as a regex's `find_iter` finds them:
/// `match_at` is tried at each byte where `may_start` holds, and after a match the scan goes
/// on from its end (given by `end_of`).
fn leftmost_matches<M>(
    bytes: &[u8],
    may_start: impl Fn(usize) -> bool,
    match_at: impl Fn(usize) -> Option<M>,
    end_of: impl Fn(&M) -> usize,
) -> Vec<M> {
    let mut found = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if !may_start(i) {
            i += 1;
            continue;
        }
        match match_at(i) {
            Some(m) => {
                i = end_of(&m);
                found.push(m);
            }
            None => i += 1,
        }
    }
    found
}

/// Does `c` match the lower-case ASCII letter `letter` case-insensitively, as a regular
/// expression's simple case folding has it?
fn folds_to(c: char, letter: u8) -> bool {
    match c {
        '\u{17F}' => letter == b's',
        '\u{212A}' => letter == b'k',
        _ => c.is_ascii() && (c as u8).to_ascii_lowercase() == letter,
    }
}

/// The end of `word` (lower-case ASCII) read case-insensitively at byte `at` of `text`.
pub(super) fn word_at(text: &str, at: usize, word: &[u8]) -> Option<usize> {
    let mut chars = text.get(at..)?.char_indices();
    for &letter in word {
        let (_, c) = chars.next()?;
        if !folds_to(c, letter) {
            return None;
        }
    }
    Some(chars.next().map_or(text.len(), |(i, _)| at + i))
}

/// The start of `word` (lower-case ASCII) read case-insensitively just before byte `end`.
pub(super) fn word_before(text: &str, end: usize, word: &[u8]) -> Option<usize> {
    let mut chars = text.get(..end)?.char_indices().rev();
    let mut start = end;
    for &letter in word.iter().rev() {
        let (i, c) = chars.next()?;
        if !folds_to(c, letter) {
            return None;
        }
        start = i;
    }
    Some(start)
}

/// The end of the run of white space (`\s`) that starts at byte `at`.
pub(super) fn space_end(text: &str, at: usize) -> usize {
    text[at..]
        .char_indices()
        .find(|&(_, c)| !c.is_whitespace())
        .map_or(text.len(), |(i, _)| at + i)
}

/// The start of the run of white space (`\s`) that ends at byte `end`.
pub(super) fn space_start(text: &str, end: usize) -> usize {
    text[..end]
        .char_indices()
        .rev()
        .find(|&(_, c)| !c.is_whitespace())
        .map_or(0, |(i, c)| i + c.len_utf8())
}

/// Does white space (`\s`) end just before byte `at`, an ASCII byte?
fn after_space(text: &str, at: usize) -> bool {
    // white space ends in a byte up to ' ' or, beyond ASCII, in one of 0x80 or more: most
    // letters are told apart without decoding
    let before = text.as_bytes()[at - 1];
    (before <= b' ' || before >= 0x80) && text[..at].ends_with(char::is_whitespace)
}

/// The weekday names, capitalised as the text must have them.
const WEEKDAYS: [&[u8]; 7] = [
    b"Monday",
    b"Tuesday",
    b"Wednesday",
    b"Thursday",
    b"Friday",
    b"Saturday",
    b"Sunday",
];

/// Words that may stand before a weekday ("last Tuesday").
const WEEKDAY_MODIFIERS: [&[u8]; 6] = [b"last", b"next", b"this", b"coming", b"past", b"previous"];

/// Parts of the day that may follow a weekday ("Friday morning").
const DAY_PARTS: [&[u8]; 4] = [b"morning", b"afternoon", b"evening", b"night"];

/// One weekday expression: "Monday", "last Tuesday", "next Friday morning".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct WeekdayMatch {
    /// Byte range of the whole expression.
    pub span: (usize, usize),
    /// Byte range of the modifier ("last"), if any.
    pub modifier: Option<(usize, usize)>,
    /// Byte range of the weekday name.
    pub day: (usize, usize),
}

/// The weekday expressions of `text`, in order and without overlaps: what
/// `\b(?:(?i:last|next|this|coming|past|previous)\s+)?(?:Monday|…|Sunday)\b(?:\s+(?i:morning|afternoon|evening|night)\b)?`
/// finds, scanning from each capitalised weekday name.
pub(super) fn weekdays(text: &str) -> Vec<WeekdayMatch> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    // where the last expression ended: a later one may not reach back before it
    let mut from = 0;
    let mut i = 0;
    while i < bytes.len() {
        // weekday names start with one of these capitals, at a word boundary
        if !matches!(bytes[i], b'M' | b'T' | b'W' | b'F' | b'S')
            || (i > 0 && is_word_byte(bytes[i - 1]))
        {
            i += 1;
            continue;
        }
        let Some(day_end) = WEEKDAYS
            .iter()
            .find(|w| bytes[i..].starts_with(w))
            .map(|w| i + w.len())
            .filter(|&e| boundary(bytes, e))
        else {
            i += 1;
            continue;
        };
        let space = space_start(text, i);
        let modifier = (space < i)
            .then(|| {
                WEEKDAY_MODIFIERS
                    .iter()
                    .find_map(|m| word_before(text, space, m))
            })
            .flatten()
            .filter(|&s| s >= from && (s == 0 || !is_word_byte(bytes[s - 1])))
            .map(|s| (s, space));
        let mut end = day_end;
        let after = space_end(text, day_end);
        if after > day_end {
            if let Some(e) = DAY_PARTS
                .iter()
                .find_map(|p| word_at(text, after, p))
                .filter(|&e| boundary(bytes, e))
            {
                end = e;
            }
        }
        let start = modifier.map_or(i, |(s, _)| s);
        found.push(WeekdayMatch {
            span: (start, end),
            modifier,
            day: (i, day_end),
        });
        from = end;
        i = end;
    }
    found
}

/// The deictic words and phrases, in the order their former pattern tried them.
const DEICTIC_PHRASES: [&[u8]; 10] = [
    b"the day before yesterday",
    b"the day after tomorrow",
    b"yesterday",
    b"today",
    b"tomorrow",
    b"tonight",
    b"last night",
    b"this morning",
    b"this afternoon",
    b"this evening",
];

/// The deictic expressions of `text` ("yesterday", "this morning"), as byte ranges in order
/// and without overlaps: what
/// `(?i)\b(?:the day before yesterday|the day after tomorrow|yesterday|today|tomorrow|tonight|last night|this (?:morning|afternoon|evening))\b`
/// finds, trying each phrase at the word starts whose letter may begin one.
pub(super) fn deictics(text: &str) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        // every phrase starts with t, y or l (either case: no other character folds to them)
        if !matches!(bytes[i] | 0x20, b't' | b'y' | b'l') || (i > 0 && is_word_byte(bytes[i - 1])) {
            i += 1;
            continue;
        }
        let end = DEICTIC_PHRASES
            .iter()
            .find_map(|p| word_at(text, i, p).filter(|&e| boundary(bytes, e)));
        match end {
            Some(end) => {
                found.push((i, end));
                i = end;
            }
            None => i += 1,
        }
    }
    found
}

/// Words that may stand before "hours" in "a few hours after", in their former pattern's order.
const HOURS_MODIFIERS: [&[u8]; 6] = [b"a few", b"several", b"some", b"just", b"only", b"mere"];

/// The "hours after" and "hours before" expressions of `text` ("a few hours before"), as
/// byte ranges in order and without overlaps: what
/// `(?i)\b(?:(?:a few|several|some|just|only|mere)\s+)?hours\s+(?:after|before)\b` finds,
/// scanning from each "hours".
pub(super) fn hours_after_before(text: &str) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    // where the last expression ended: a later one may not reach back before it
    let mut from = 0;
    let mut i = 0;
    while i < bytes.len() {
        // "hours" starts with h or H at a word boundary (no other character folds to h)
        if bytes[i] | 0x20 != b'h' || (i > 0 && is_word_byte(bytes[i - 1])) {
            i += 1;
            continue;
        }
        let end = word_at(text, i, b"hours")
            .and_then(|e| Some(space_end(text, e)).filter(|&after| after > e))
            .and_then(|after| {
                [b"after".as_slice(), b"before"]
                    .iter()
                    .find_map(|w| word_at(text, after, w))
            })
            .filter(|&e| boundary(bytes, e));
        let Some(end) = end else {
            i += 1;
            continue;
        };
        let space = space_start(text, i);
        let start = (space < i)
            .then(|| {
                HOURS_MODIFIERS
                    .iter()
                    .find_map(|m| word_before(text, space, m))
            })
            .flatten()
            // an ASCII `\b`: "\u{17F}everal" has one after a letter, none after a space
            .filter(|&s| s >= from && boundary(bytes, s))
            .unwrap_or(i);
        found.push((start, end));
        from = end;
        i = end;
    }
    found
}

/// A month of a year told relative to the reference ("December last year").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct RelYearMatch {
    /// Byte range of the whole expression.
    pub span: (usize, usize),
    /// Byte range of the full month name.
    pub month: (usize, usize),
    /// Byte range of "last", "this", "next", "the previous" or "the following".
    pub which: (usize, usize),
}

/// The words that tell the year in [`months_rel_years`], in their former pattern's order.
const REL_YEAR_WHICH: [&[u8]; 5] = [b"last", b"this", b"next", b"the previous", b"the following"];

/// The months of relative years in `text` ("in December last year", "October of last year"),
/// in order and without overlaps: what
/// `\b(?P<m>January|…|December)\s+(?:(?i:of)\s+)?(?P<which>(?i:last|this|next|the previous|the following))\s+(?i:year)\b`
/// finds, scanning from each capitalised full month name.
pub(super) fn months_rel_years(text: &str) -> Vec<RelYearMatch> {
    let bytes = text.as_bytes();
    leftmost_matches(
        bytes,
        |i| {
            matches!(
                bytes[i],
                b'J' | b'F' | b'M' | b'A' | b'S' | b'O' | b'N' | b'D'
            ) && !(i > 0 && is_word_byte(bytes[i - 1]))
        },
        |i| month_rel_year_at(text, i),
        |m| m.span.1,
    )
}

/// The month of a relative year starting at byte `start`, if any. "of" before white space
/// is always taken: no word of [`REL_YEAR_WHICH`] starts with "o".
fn month_rel_year_at(text: &str, start: usize) -> Option<RelYearMatch> {
    let bytes = text.as_bytes();
    let month = full_month_at(bytes, start)?;
    let month_end = start + month.len();
    let spaced = |at: usize| Some(space_end(text, at)).filter(|&end| end > at);
    let mut which_start = spaced(month_end)?;
    if let Some(after_of) = word_at(text, which_start, b"of").and_then(spaced) {
        which_start = after_of;
    }
    let which_end = REL_YEAR_WHICH
        .iter()
        .find_map(|w| word_at(text, which_start, w))?;
    let end = word_at(text, spaced(which_end)?, b"year").filter(|&e| boundary(bytes, e))?;
    Some(RelYearMatch {
        span: (start, end),
        month: (start, month_end),
        which: (which_start, which_end),
    })
}

/// A part of the current period ("the end of the year", "within the month").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct ThePeriodMatch {
    /// Byte range of the whole expression.
    pub span: (usize, usize),
    /// Byte range of "since" or "until" before it, if any.
    pub since: Option<(usize, usize)>,
    /// Byte range of "year", "month" or "week".
    pub unit: (usize, usize),
}

/// The parts of a period that [`the_periods`] reads, in their former pattern's order.
const THE_PERIOD_PARTS: [&[u8]; 7] = [
    b"beginning",
    b"start",
    b"end",
    b"middle",
    b"first half",
    b"second half",
    b"rest",
];

/// The units of [`the_periods`].
const THE_PERIOD_UNITS: [&[u8]; 3] = [b"year", b"month", b"week"];

/// The parts of the current period in `text` ("since the beginning of the year", "within
/// the week"), in order and without overlaps: what
/// `(?i)\b(?:(?:(?P<since>since|until)\s+)?(?:the\s+)?(?:beginning|start|end|middle|first half|second half|rest)\s+of\s+the\s+(?P<unit>year|month|week)|within\s+the\s+(?P<unit2>year|month|week))\b`
/// finds, trying each word boundary in turn.
pub(super) fn the_periods(text: &str) -> Vec<ThePeriodMatch> {
    let bytes = text.as_bytes();
    leftmost_matches(
        bytes,
        |i| {
            // every word here starts with one of these letters, or "\u{17F}" (C5 BF) for "s"
            let may_start = matches!(
                bytes[i] | 0x20,
                b's' | b'u' | b't' | b'b' | b'e' | b'm' | b'f' | b'r' | b'w'
            ) || bytes[i] == 0xC5;
            may_start && text.is_char_boundary(i) && boundary(bytes, i)
        },
        |i| the_period_at(text, i),
        |m| m.span.1,
    )
}

/// The part of a period starting at byte `start`, if any. Each optional word is taken
/// when white space follows it: without it, the next word would have to start where it
/// does, and no word that may follow starts like it.
fn the_period_at(text: &str, start: usize) -> Option<ThePeriodMatch> {
    let bytes = text.as_bytes();
    let spaced = |at: usize| Some(space_end(text, at)).filter(|&end| end > at);
    let unit_at = |at: usize| {
        let end = THE_PERIOD_UNITS
            .iter()
            .find_map(|u| word_at(text, at, u))
            .filter(|&e| boundary(bytes, e))?;
        Some((at, end))
    };
    if let Some(after) = word_at(text, start, b"within").and_then(spaced) {
        let unit = unit_at(word_at(text, after, b"the").and_then(spaced)?)?;
        return Some(ThePeriodMatch {
            span: (start, unit.1),
            since: None,
            unit,
        });
    }
    let mut at = start;
    let mut since = None;
    if let Some((end, after)) = [b"since".as_slice(), b"until"]
        .iter()
        .find_map(|w| word_at(text, at, w))
        .and_then(|end| Some((end, spaced(end)?)))
    {
        since = Some((at, end));
        at = after;
    }
    if let Some(after) = word_at(text, at, b"the").and_then(spaced) {
        at = after;
    }
    let part_end = THE_PERIOD_PARTS.iter().find_map(|p| word_at(text, at, p))?;
    let of = word_at(text, spaced(part_end)?, b"of")?;
    let the = word_at(text, spaced(of)?, b"the")?;
    let unit = unit_at(spaced(the)?)?;
    Some(ThePeriodMatch {
        span: (start, unit.1),
        since,
        unit,
    })
}

/// The decades of `text` ("the 1990s", "early 2000s", "the mid-'80s" reads "'80s"), as byte
/// ranges in order and without overlaps: what
/// `(?:\b(?i:the\s+)?(?:(?i:early|late|mid)[- ]?)?[0-9]{3}0s\b|'[0-9]0s\b)` finds.
pub(super) fn decades(text: &str) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let end = match bytes[i] {
            b'\'' => short_decade_at(bytes, i),
            b if matches!(b | 0x20, b't' | b'e' | b'l' | b'm') || b.is_ascii_digit() => (i == 0
                || !is_word_byte(bytes[i - 1]))
            .then(|| decade_at(text, i))
            .flatten(),
            _ => None,
        };
        match end {
            Some(end) => {
                found.push((i, end));
                i = end;
            }
            None => i += 1,
        }
    }
    found
}

/// The end of "'90s" at byte `start`, if it is there.
fn short_decade_at(bytes: &[u8], start: usize) -> Option<usize> {
    let digits = bytes.get(start + 1..start + 4)?;
    let end = start + 4;
    (digits[0].is_ascii_digit() && &digits[1..] == b"0s" && boundary(bytes, end)).then_some(end)
}

/// The end of the decade at byte `start` (a word start), if any. Each optional word is
/// taken when present: without it, the next part would have to start with its letter.
fn decade_at(text: &str, start: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut at = start;
    if let Some(after) = word_at(text, at, b"the")
        .map(|e| space_end(text, e))
        .filter(|&after| after > at + 3)
    {
        at = after;
    }
    if let Some(end) = [b"early".as_slice(), b"late", b"mid"]
        .iter()
        .find_map(|w| word_at(text, at, w))
    {
        at = end + usize::from(matches!(bytes.get(end), Some(b'-' | b' ')));
    }
    let digits = bytes.get(at..at + 5)?;
    let end = at + 5;
    (digits[..3].iter().all(u8::is_ascii_digit) && &digits[3..] == b"0s" && boundary(bytes, end))
        .then_some(end)
}

/// A span of days just past ("the past two nights", "the last 3 weeks").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct PastSpanMatch {
    /// Byte range of the whole expression.
    pub span: (usize, usize),
    /// Byte range of the count.
    pub count: (usize, usize),
    /// Byte range of "days", "nights" or "weeks".
    pub unit: (usize, usize),
}

/// The counts in words that [`past_spans`] reads, in their former pattern's order.
const PAST_SPAN_COUNTS: [&[u8]; 20] = [
    b"an", b"a", b"one", b"two", b"three", b"four", b"five", b"six", b"seven", b"eight", b"nine",
    b"ten", b"eleven", b"twelve", b"fifteen", b"twenty", b"thirty", b"a few", b"several", b"some",
];

/// The spans of days just past in `text`, in order and without overlaps: what
/// `(?i)\bthe\s+(?:past|last|previous)\s+(?P<n>[0-9]{1,4}|an?|one|…|a few|several|some)\s+(?P<unit>days|nights|weeks)\b`
/// finds, scanning from each "the".
pub(super) fn past_spans(text: &str) -> Vec<PastSpanMatch> {
    let bytes = text.as_bytes();
    leftmost_matches(
        bytes,
        |i| bytes[i] | 0x20 == b't' && !(i > 0 && is_word_byte(bytes[i - 1])),
        |i| past_span_at(text, i),
        |m| m.span.1,
    )
}

/// The span of days just past starting at byte `start`, if any: the first reading of the
/// count after which the unit follows, as the pattern's alternation tries them.
fn past_span_at(text: &str, start: usize) -> Option<PastSpanMatch> {
    let bytes = text.as_bytes();
    let spaced = |at: usize| Some(space_end(text, at)).filter(|&end| end > at);
    let which = spaced(word_at(text, start, b"the")?)?;
    let count_start = [b"past".as_slice(), b"last", b"previous"]
        .iter()
        .find_map(|w| word_at(text, which, w))
        .and_then(spaced)?;
    let unit_after = |count_end: usize| {
        let unit_start = spaced(count_end)?;
        let unit_end = [b"days".as_slice(), b"nights", b"weeks"]
            .iter()
            .find_map(|u| word_at(text, unit_start, u))
            .filter(|&e| boundary(bytes, e))?;
        Some((unit_start, unit_end))
    };
    // `[0-9]{1,4}`: fewer digits would be followed by a digit, not white space
    let digits = bytes[count_start..]
        .iter()
        .take_while(|b| b.is_ascii_digit())
        .count();
    let readings: Vec<usize> = match digits {
        0 => PAST_SPAN_COUNTS
            .iter()
            .filter_map(|w| word_at(text, count_start, w))
            .collect(),
        1..=4 => vec![count_start + digits],
        _ => Vec::new(),
    };
    readings.into_iter().find_map(|count_end| {
        let unit = unit_after(count_end)?;
        Some(PastSpanMatch {
            span: (start, unit.1),
            count: (count_start, count_end),
            unit,
        })
    })
}

/// Month names and abbreviations, capitalised as the text must have them (lower-case "may"
/// and "march" are a verb and a noun).
const MONTHS: [&[u8]; 24] = [
    b"January",
    b"February",
    b"March",
    b"April",
    b"May",
    b"June",
    b"July",
    b"August",
    b"September",
    b"October",
    b"November",
    b"December",
    b"Sept",
    b"Jan",
    b"Feb",
    b"Mar",
    b"Apr",
    b"Jun",
    b"Jul",
    b"Aug",
    b"Sep",
    b"Oct",
    b"Nov",
    b"Dec",
];

/// The end of the ASCII word (`[0-9A-Za-z_]+`) that starts at byte `at`.
fn word_end(bytes: &[u8], at: usize) -> usize {
    bytes[at..]
        .iter()
        .position(|&b| !is_word_byte(b))
        .map_or(bytes.len(), |n| at + n)
}

/// The index in [`FULL_MONTHS`] of the month whose capitalised three-letter head begins
/// `bytes[at..]`: every name and abbreviation in [`MONTHS`] begins with its month's head, so a
/// word without one needs no comparison with the list.
fn month_head_at(bytes: &[u8], at: usize) -> Option<usize> {
    let head = bytes.get(at..at + 3)?;
    match super::calendar_head([head[0], head[1], head[2]])? {
        super::CalendarHead::Month(m) => Some(m),
        super::CalendarHead::Weekday => None,
    }
}

/// The full month name that begins `bytes[at..]`, if one does (a prefix test, not a word test).
fn full_month_at(bytes: &[u8], at: usize) -> Option<&'static [u8]> {
    let month = FULL_MONTHS[month_head_at(bytes, at)?];
    bytes[at..].starts_with(month).then_some(month)
}

/// Is `bytes[start..end]` a month name or abbreviation?
fn is_month(bytes: &[u8], start: usize, end: usize) -> bool {
    // every name is three to nine letters from a month's head: most words fail these tests
    (3..=9).contains(&(end - start))
        && month_head_at(bytes, start).is_some()
        && MONTHS.contains(&&bytes[start..end])
}

/// The end of the month name that is the whole ASCII word at byte `at`, if it is one.
fn month_word(bytes: &[u8], at: usize) -> Option<usize> {
    let end = word_end(bytes, at);
    is_month(bytes, at, end).then_some(end)
}

/// The end of at least one white-space character from byte `at` (`\s+`).
fn spaces(text: &str, at: usize) -> Option<usize> {
    let end = space_end(text, at);
    (end > at).then_some(end)
}

/// Day digits at byte `at`, as `[0-9]{1,2}(?:st|nd|rd|th)?` with what must follow it
/// checked by the caller: (end of the digits, end of the ordinal suffix or the digits).
fn day_digits(bytes: &[u8], at: usize) -> Option<(usize, usize)> {
    let n = bytes[at..]
        .iter()
        .take(3)
        .take_while(|b| b.is_ascii_digit())
        .count();
    // a third digit can neither end the number nor begin what follows it
    if n == 0 || n > 2 {
        return None;
    }
    let digits = at + n;
    let ordinal = matches!(
        bytes.get(digits..digits + 2),
        Some(b"st" | b"nd" | b"rd" | b"th")
    );
    Some((digits, if ordinal { digits + 2 } else { digits }))
}

/// A day as `[0-9]{1,2}(?:st|nd|rd|th)?\b` at byte `at`: (end of the digits, end).
fn day_word(bytes: &[u8], at: usize) -> Option<(usize, usize)> {
    // without its suffix a day is followed by a letter, so no boundary either
    let (digits, end) = day_digits(bytes, at)?;
    boundary(bytes, end).then_some((digits, end))
}

/// A year as `,?\s+[0-9]{4}\b` from byte `at` (or `\s+[0-9]{4}\b` without the comma):
/// the year's range.
fn year_after(text: &str, at: usize, comma: bool) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    let at = if comma && bytes.get(at) == Some(&b',') {
        at + 1
    } else {
        at
    };
    let start = spaces(text, at)?;
    let end = start + 4;
    (bytes.get(start..end)?.iter().all(u8::is_ascii_digit) && boundary(bytes, end))
        .then_some((start, end))
}

/// A full or partial calendar date found in text: "November 13, 2021", "16 November".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct DateMatch {
    /// Byte range of the whole expression.
    pub span: (usize, usize),
    /// Byte range of the month name.
    pub month: (usize, usize),
    /// Byte range of the (first) day's digits; empty for a month and year.
    pub day: (usize, usize),
    /// Byte range of the year, if written.
    pub year: Option<(usize, usize)>,
}

/// The end of the run of at most two ASCII digits at byte `at`.
fn two_digits_end(bytes: &[u8], at: usize) -> usize {
    let mut end = at;
    while end < at + 2 && bytes.get(end).is_some_and(u8::is_ascii_digit) {
        end += 1;
    }
    end
}

/// The ISO-like dates of `text` ("2021-11-13", "2021/11/13", "2021.11.13") whose two
/// separators agree, in order: what `\b([0-9]{4})([-/.])([0-9]{1,2})([-/.])([0-9]{1,2})\b`
/// finds (a match with mixed separators is passed over, as its rule did).
pub(super) fn iso_dates(text: &str) -> Vec<DateMatch> {
    let bytes = text.as_bytes();
    // a match starts with a digit at a word boundary; one with two different separators
    // ("2021-11.13") is passed over whole
    let mut found = leftmost_matches(
        bytes,
        |i| bytes[i].is_ascii_digit() && !(i > 0 && is_word_byte(bytes[i - 1])),
        |i| iso_date_at(bytes, i),
        |m| m.span.1,
    );
    found.retain(|m| bytes[m.month.0 - 1] == bytes[m.month.1]);
    found
}

/// The ISO-like date starting at byte `start`, if any. A shorter reading of either
/// `[0-9]{1,2}` never helps: it would be followed by a digit, which is neither a separator
/// nor a word boundary.
fn iso_date_at(bytes: &[u8], start: usize) -> Option<DateMatch> {
    let year_end = start + 4;
    if !bytes.get(start..year_end)?.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let is_separator = |at: usize| matches!(bytes.get(at), Some(b'-' | b'/' | b'.'));
    if !is_separator(year_end) {
        return None;
    }
    let month_end = two_digits_end(bytes, year_end + 1);
    if month_end == year_end + 1 || !is_separator(month_end) {
        return None;
    }
    let day_end = two_digits_end(bytes, month_end + 1);
    if day_end == month_end + 1 || !boundary(bytes, day_end) {
        return None;
    }
    Some(DateMatch {
        span: (start, day_end),
        month: (year_end + 1, month_end),
        day: (month_end + 1, day_end),
        year: Some((start, year_end)),
    })
}

/// Every position where a capitalised month name may start a word, from byte `from` on.
fn month_starts(bytes: &[u8], from: usize) -> impl Iterator<Item = usize> + '_ {
    (from..bytes.len()).filter(move |&i| {
        matches!(
            bytes[i],
            b'J' | b'F' | b'M' | b'A' | b'S' | b'O' | b'N' | b'D'
        ) && (i == 0 || !is_word_byte(bytes[i - 1]))
    })
}

/// "November 13, 2021", "Nov. 16", "November 13-14", "November 13 and 14, 2021": what
/// `\bMONTH\b\.?\s+DAY\b(?:(?:\s*-\s*|\s+(?:and|to)\s+)DAY\b)?(?:,?\s+[0-9]{4}\b)?` finds, where
/// DAY is `[0-9]{1,2}(?:st|nd|rd|th)?`.
pub(super) fn month_days(text: &str) -> Vec<DateMatch> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(start) = month_starts(bytes, from).next() {
        from = start + 1;
        let Some(found_match) = month_day_at(text, start) else {
            continue;
        };
        from = found_match.span.1;
        found.push(found_match);
    }
    found
}

/// The month-day expression starting at byte `start`, if there is one.
fn month_day_at(text: &str, start: usize) -> Option<DateMatch> {
    let bytes = text.as_bytes();
    let month_end = month_word(bytes, start)?;
    let dot = if bytes.get(month_end) == Some(&b'.') {
        month_end + 1
    } else {
        month_end
    };
    let day_start = spaces(text, dot)?;
    let (day_digits_end, mut end) = day_word(bytes, day_start)?;
    // a second day: "-14", " - 14", " and 14", " to 14"
    let dash = space_end(text, end);
    let second = if bytes.get(dash) == Some(&b'-') {
        Some(space_end(text, dash + 1))
    } else {
        None
    }
    .or_else(|| {
        let word = spaces(text, end)?;
        let after = [b"and".as_slice(), b"to"]
            .iter()
            .find(|w| bytes[word..].starts_with(w))
            .map(|w| word + w.len())?;
        spaces(text, after)
    });
    if let Some((_, second_end)) = second.and_then(|at| day_word(bytes, at)) {
        end = second_end;
    }
    let year = year_after(text, end, true);
    Some(DateMatch {
        span: (start, year.map_or(end, |y| y.1)),
        month: (start, month_end),
        day: (day_start, day_digits_end),
        year,
    })
}

/// "16 November 2021", "13-14 November", "the 5th of May": what
/// `\bDAY(?:\s*-\s*DAY)?\s+(?:of\s+)?MONTH\b\.?(?:,?\s+[0-9]{4}\b)?` finds, where DAY is
/// `[0-9]{1,2}(?:st|nd|rd|th)?`.
pub(super) fn days_months(text: &str) -> Vec<DateMatch> {
    let bytes = text.as_bytes();
    leftmost_matches(
        bytes,
        |i| bytes[i].is_ascii_digit() && !(i > 0 && is_word_byte(bytes[i - 1])),
        |i| day_month_at(text, i),
        |m| m.span.1,
    )
}

/// The day-month expression starting at byte `start`, if there is one.
fn day_month_at(text: &str, start: usize) -> Option<DateMatch> {
    let bytes = text.as_bytes();
    let (day_end, first_end) = day_digits(bytes, start)?;
    // with a second day ("13-14 November") if the rest follows it, else without
    let dash = space_end(text, first_end);
    let second = (bytes.get(dash) == Some(&b'-'))
        .then(|| day_digits(bytes, space_end(text, dash + 1)))
        .flatten()
        .and_then(|(_, second_end)| month_after_day(text, second_end));
    let (month, mut end) = second.or_else(|| month_after_day(text, first_end))?;
    if bytes.get(end) == Some(&b'.') {
        end += 1;
    }
    let year = year_after(text, end, true);
    Some(DateMatch {
        span: (start, year.map_or(end, |y| y.1)),
        month,
        day: (start, day_end),
        year,
    })
}

/// `\s+(?:of\s+)?MONTH\b` from byte `at`: the month's range, twice (its end is where the
/// expression goes on).
fn month_after_day(text: &str, at: usize) -> Option<((usize, usize), usize)> {
    let bytes = text.as_bytes();
    let word = spaces(text, at)?;
    let after_of = bytes[word..]
        .starts_with(b"of")
        .then(|| spaces(text, word + 2))
        .flatten();
    let start = after_of
        .filter(|&m| month_word(bytes, m).is_some())
        .unwrap_or(word);
    let end = month_word(bytes, start)?;
    Some(((start, end), end))
}

/// The prefixes a month and year may take ("late July 2019", "mid-2019" has none).
const MONTH_YEAR_PREFIXES: [&[u8]; 3] = [b"early", b"late", b"mid"];

/// Is `bytes[start..end]` one of [`MONTH_YEAR_PREFIXES`], in any case?
fn is_month_year_prefix(bytes: &[u8], start: usize, end: usize) -> bool {
    let word = &bytes[start..end];
    MONTH_YEAR_PREFIXES
        .iter()
        .any(|p| word.eq_ignore_ascii_case(p))
}

/// "November 2021", "late July 2019", "mid-May, 2020": what
/// `\b(?:(?i:early|late|mid)[- ]?)?MONTH\b\.?,?\s+[0-9]{4}\b` finds.
pub(super) fn months_years(text: &str) -> Vec<DateMatch> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    // where the last expression ended: a later one may not reach back before it
    let mut from = 0;
    let mut i = 0;
    while i < bytes.len() {
        if !is_word_byte(bytes[i]) {
            i += 1;
            continue;
        }
        // one ASCII word: a month, or a prefix glued to one ("midJuly")
        let end = word_end(bytes, i);
        let month_start = if is_month(bytes, i, end) {
            Some(i)
        } else {
            MONTH_YEAR_PREFIXES
                .iter()
                .map(|p| i + p.len())
                .find(|&s| s < end && is_month_year_prefix(bytes, i, s) && is_month(bytes, s, end))
        };
        let year = month_start.and_then(|_| {
            let dot = if bytes.get(end) == Some(&b'.') {
                end + 1
            } else {
                end
            };
            year_after(text, dot, true)
        });
        if let (Some(month_start), Some(year)) = (month_start, year) {
            // a prefix standing apart: "late July 2019", "mid-July 2019"
            let start = if month_start == i
                && i >= 2
                && matches!(bytes[i - 1], b'-' | b' ')
                && is_word_byte(bytes[i - 2])
            {
                let prefix = (0..i - 1)
                    .rev()
                    .find(|&k| !is_word_byte(bytes[k]))
                    .map_or(0, |k| k + 1);
                if prefix >= from && is_month_year_prefix(bytes, prefix, i - 1) {
                    prefix
                } else {
                    i
                }
            } else {
                i
            };
            found.push(DateMatch {
                span: (start, year.1),
                month: (month_start, end),
                day: (month_start, month_start),
                year: Some(year),
            });
            from = year.1;
            i = year.1;
            continue;
        }
        i = end;
    }
    found
}

/// Single words that may stand before a year ("in 2019", "since 2015", "late 2020").
const YEAR_CUE_WORDS: [&[u8]; 15] = [
    b"in",
    b"since",
    b"until",
    b"till",
    b"by",
    b"during",
    b"from",
    b"before",
    b"after",
    b"through",
    b"throughout",
    b"early",
    b"late",
    b"mid",
    b"year",
];

/// Parts of a year named before "of" ("the end of 2019", "the summer of 2019").
const YEAR_PARTS: [&[u8]; 11] = [
    b"end",
    b"beginning",
    b"start",
    b"middle",
    b"first half",
    b"second half",
    b"spring",
    b"summer",
    b"autumn",
    b"fall",
    b"winter",
];

/// The start of `phrase` (lower-case ASCII words, each space one literal space) read
/// case-insensitively just before byte `end`.
fn phrase_before(text: &str, end: usize, phrase: &[u8]) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut end = end;
    let mut words = phrase.rsplit(|&b| b == b' ');
    let mut start = word_before(text, end, words.next()?)?;
    for word in words {
        if start == 0 || bytes[start - 1] != b' ' {
            return None;
        }
        end = start - 1;
        start = word_before(text, end, word)?;
    }
    Some(start)
}

/// Where the cues for a year that end at byte `end` start, each possible one (they differ
/// only in how far back they reach: "the year" or "year", "the end of" or "end of").
fn year_cue_starts(text: &str, end: usize) -> impl Iterator<Item = usize> + '_ {
    let words = YEAR_CUE_WORDS
        .iter()
        .filter_map(move |w| word_before(text, end, w));
    let the_year = phrase_before(text, end, b"the year");
    // "(?:the\s+)?PART\s+of": white space before "of", the part before it, perhaps "the"
    let gap_before_of = word_before(text, end, b"of")
        .map(|of| (of, space_start(text, of)))
        .filter(|&(of, gap)| gap < of)
        .map(|(_, gap)| gap);
    let parts = gap_before_of.into_iter().flat_map(move |gap| {
        YEAR_PARTS
            .iter()
            .filter_map(move |p| phrase_before(text, gap, p))
            .flat_map(move |part| {
                let the = Some(space_start(text, part))
                    .filter(|&g| g < part)
                    .and_then(|g| word_before(text, g, b"the"));
                std::iter::once(part).chain(the)
            })
    });
    words.chain(the_year).chain(parts)
}

/// A year with the word before it: "in 2019", "since 2015", "the end of 2019".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct YearMatch {
    /// Byte range of the cue ("in", "the end of").
    pub cue: (usize, usize),
    /// Byte range of the year's four digits.
    pub year: (usize, usize),
}

/// What `\b(?i:in|since|…|year|(?:the\s+)?(?:end|…|winter)\s+of|the year)[- ]?\s*\b[0-9]{4}\b`
/// finds (the alternatives are [`YEAR_CUE_WORDS`], "the year" and the [`YEAR_PARTS`] before
/// "of"), scanning from each four-digit year back to its cue.
pub(super) fn cued_years(text: &str) -> Vec<YearMatch> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    // where the last expression ended: a later one may not reach back before it
    let mut from = 0;
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() || (i > 0 && is_word_byte(bytes[i - 1])) {
            i += 1;
            continue;
        }
        let end = word_end(bytes, i);
        // four digits standing alone, after something that is no part of a word
        if end - i != 4 || !bytes[i..end].iter().all(u8::is_ascii_digit) || i == 0 {
            i = end;
            continue;
        }
        // the cue ends where the white space before the year begins, or before a hyphen
        // that directly follows it ("mid-2020")
        let gap = space_start(text, i);
        let cue_end = if gap > 0 && bytes[gap - 1] == b'-' {
            gap - 1
        } else {
            gap
        };
        // the leftmost cue wins, as the regular expression's leftmost match does
        let start = year_cue_starts(text, cue_end)
            .filter(|&s| s >= from && boundary(bytes, s))
            .min();
        if let Some(start) = start {
            found.push(YearMatch {
                cue: (start, cue_end),
                year: (i, end),
            });
            from = end;
        }
        i = end;
    }
    found
}

/// The full month names, which alone may stand for a month ("in July"): the first twelve
/// of [`MONTHS`].
pub(super) const FULL_MONTHS: &[&[u8]] = MONTHS.split_at(12).0;

/// Prepositions that may stand before a month ("in July", "since March").
const MONTH_PREPOSITIONS: [&[u8]; 12] = [
    b"in",
    b"since",
    b"until",
    b"till",
    b"by",
    b"during",
    b"from",
    b"before",
    b"after",
    b"through",
    b"throughout",
    b"of",
];

/// Single words that may modify a month ("last May", "late July").
const MONTH_MODIFIERS: [&[u8]; 6] = [b"last", b"next", b"this", b"early", b"late", b"mid"];

/// Parts of a month named before "of" ("the end of July").
const MONTH_PARTS: [&[u8]; 4] = [b"end", b"beginning", b"start", b"middle"];

/// A month named alone: "July", "in late July", "since the end of March".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct MonthMatch {
    /// Byte range of the preposition, if any.
    pub preposition: Option<(usize, usize)>,
    /// Byte range of the expression: modifier and month.
    pub expr: (usize, usize),
    /// Byte range of the modifier, if any.
    pub modifier: Option<(usize, usize)>,
    /// Byte range of the month name.
    pub month: (usize, usize),
}

/// Where the modifiers of a month that end at byte `end` start: "last", "late", "end of",
/// "the end of" (`(?:the\s+)?(?:end|beginning|start|middle)\s+of` and single words).
fn month_modifier_starts(text: &str, end: usize) -> impl Iterator<Item = usize> + '_ {
    let words = MONTH_MODIFIERS
        .iter()
        .filter_map(move |w| word_before(text, end, w));
    let gap_before_of = word_before(text, end, b"of")
        .map(|of| (of, space_start(text, of)))
        .filter(|&(of, gap)| gap < of)
        .map(|(_, gap)| gap);
    let parts = gap_before_of.into_iter().flat_map(move |gap| {
        MONTH_PARTS
            .iter()
            .filter_map(move |p| word_before(text, gap, p))
            .flat_map(move |part| {
                let the = Some(space_start(text, part))
                    .filter(|&g| g < part)
                    .and_then(|g| word_before(text, g, b"the"));
                std::iter::once(part).chain(the)
            })
    });
    words.chain(parts)
}

/// The preposition standing before an expression that starts at byte `expr`
/// (`\b(?i:in|…|of)\s+`), if there is one.
fn month_preposition(text: &str, expr: usize) -> Option<(usize, usize)> {
    let gap = space_start(text, expr);
    if gap == expr {
        return None;
    }
    MONTH_PREPOSITIONS
        .iter()
        .filter_map(|p| word_before(text, gap, p))
        .find(|&s| boundary(text.as_bytes(), s))
        .map(|s| (s, gap))
}

/// What
/// `(?:\b(?i:in|since|…|of)\s+)?\b(?:(?i:last|…|mid|(?:the\s+)?(?:end|…)\s+of)[- ]?\s*)?FULL_MONTH\b`
/// finds, scanning from each full month name back to its modifier and preposition.
pub(super) fn months_alone(text: &str) -> Vec<MonthMatch> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    // where the last expression ended: a later one may not reach back before it
    let mut from = 0;
    let mut i = 0;
    while i < bytes.len() {
        // a month may be glued to its modifier ("midJuly"): any capital may start one
        let Some(month_end) = matches!(
            bytes[i],
            b'J' | b'F' | b'M' | b'A' | b'S' | b'O' | b'N' | b'D'
        )
        .then(|| full_month_at(bytes, i))
        .flatten()
        .map(|m| i + m.len())
        .filter(|&e| boundary(bytes, e)) else {
            i += 1;
            continue;
        };
        // the modifier ends where the white space before the month begins, or before a
        // hyphen that directly follows it ("mid-July")
        let gap = space_start(text, i);
        let modifier_end = if gap > 0 && bytes[gap - 1] == b'-' {
            gap - 1
        } else {
            gap
        };
        // every way the expression may begin: at a modifier or at the month itself
        let modified =
            month_modifier_starts(text, modifier_end).map(|s| (s, Some((s, modifier_end))));
        let bare = std::iter::once((i, None));
        // the leftmost start wins, as the regular expression's leftmost match does
        let best = modified
            .chain(bare)
            .filter(|&(expr, _)| boundary(bytes, expr))
            .map(|(expr, modifier)| {
                let preposition = month_preposition(text, expr).filter(|&(s, _)| s >= from);
                (
                    preposition.map_or(expr, |p| p.0),
                    expr,
                    modifier,
                    preposition,
                )
            })
            .filter(|&(start, ..)| start >= from)
            .min_by_key(|&(start, ..)| start);
        if let Some((_, expr, modifier, preposition)) = best {
            found.push(MonthMatch {
                preposition,
                expr: (expr, month_end),
                modifier,
                month: (i, month_end),
            });
            from = month_end;
        }
        i = month_end;
    }
    found
}

/// Calendar units a period names ("last week").
const PERIOD_UNITS: [&[u8]; 3] = [b"week", b"month", b"year"];

/// Words that tell which period of its unit ("last week", "this year").
const PERIOD_WHICH: [&[u8]; 7] = [
    b"last",
    b"this",
    b"next",
    b"past",
    b"coming",
    b"current",
    b"previous",
];

/// Parts of a period named before "of" ("the end of this year").
const PERIOD_PARTS: [&[u8]; 7] = [
    b"beginning",
    b"start",
    b"end",
    b"middle",
    b"first half",
    b"second half",
    b"rest",
];

/// A relative calendar period: "last week", "since the beginning of this year".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct PeriodMatch {
    /// Byte range of the whole expression.
    pub span: (usize, usize),
    /// Byte range of "since" or "until", if any.
    pub since: Option<(usize, usize)>,
    /// Byte range of "earlier" or "later", if any.
    pub edge: Option<(usize, usize)>,
    /// Byte range of the word telling which period ("last").
    pub which: (usize, usize),
    /// Byte range of the unit ("week").
    pub unit: (usize, usize),
}

/// The range of the first of `words` that ends just before the white space (`\s+`) ending
/// at byte `end`, read case-insensitively (each space in a word one literal space).
fn word_before_space(text: &str, end: usize, words: &[&[u8]]) -> Option<(usize, usize)> {
    let gap = space_start(text, end);
    if gap == end {
        return None;
    }
    words
        .iter()
        .find_map(|w| phrase_before(text, gap, w))
        .map(|s| (s, gap))
}

/// What
/// `(?i)\b(?:(since|until)\s+)?(?:(earlier|later)\s+)?(?:the\s+)?(?:(?:beginning|…|rest)\s+of\s+)?(last|this|…|previous)\s+(week|month|year)\b`
/// finds, scanning from each unit after white space back through the words before it.
pub(super) fn periods(text: &str) -> Vec<PeriodMatch> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    // where the last expression ended: a later one may not reach back before it
    let mut from = 0;
    let mut i = 1;
    while i < bytes.len() {
        // a unit follows white space, so it starts a word
        if !matches!(bytes[i].to_ascii_lowercase(), b'w' | b'm' | b'y') || !after_space(text, i) {
            i += 1;
            continue;
        }
        let Some(unit_end) = PERIOD_UNITS
            .iter()
            .find_map(|u| word_at(text, i, u))
            .filter(|&e| boundary(bytes, e))
        else {
            i += 1;
            continue;
        };
        let Some((which_start, _)) = word_before_space(text, i, &PERIOD_WHICH) else {
            i = unit_end;
            continue;
        };
        // the words before "which", each optional, in this order back from it; each taken
        // when present (no word belongs to two of them), so the expression may start after
        // any of them
        let mut starts = vec![(which_start, None, None)];
        let mut at = which_start;
        if let Some((of, _)) = word_before_space(text, at, &[b"of"]) {
            if let Some((part, _)) = word_before_space(text, of, &PERIOD_PARTS) {
                at = part;
                starts.push((at, None, None));
            }
        }
        if let Some((the, _)) = word_before_space(text, at, &[b"the"]) {
            at = the;
            starts.push((at, None, None));
        }
        let mut edge = None;
        if let Some(e) = word_before_space(text, at, &[b"earlier", b"later"]) {
            at = e.0;
            edge = Some(e);
            starts.push((at, None, edge));
        }
        if let Some(since) = word_before_space(text, at, &[b"since", b"until"]) {
            starts.push((since.0, Some(since), edge));
        }
        // the leftmost start at a word boundary wins, as the leftmost match does
        let best = starts
            .iter()
            .filter(|&&(s, ..)| s >= from && boundary(bytes, s))
            .min_by_key(|&&(s, ..)| s);
        if let Some(&(start, since, edge)) = best {
            let which_end = space_start(text, i);
            found.push(PeriodMatch {
                span: (start, unit_end),
                since,
                edge,
                which: (which_start, which_end),
                unit: (i, unit_end),
            });
            from = unit_end;
        }
        i = unit_end;
    }
    found
}

/// Counts written as words ("two days ago", "in a few weeks"); digits count too.
const COUNT_WORDS: [&[u8]; 20] = [
    b"a", b"an", b"one", b"two", b"three", b"four", b"five", b"six", b"seven", b"eight", b"nine",
    b"ten", b"eleven", b"twelve", b"fifteen", b"twenty", b"thirty", b"a few", b"several", b"some",
];

/// Units counted in "two days ago" and "in three weeks".
const COUNTED_UNITS: [&[u8]; 4] = [b"day", b"week", b"month", b"year"];

/// Words after a counted unit that date it from another time ("two days ago").
const COUNT_DIRECTIONS: [&[u8]; 7] = [
    b"ago",
    b"later",
    b"earlier",
    b"before",
    b"after",
    b"from now",
    b"hence",
];

/// The start of the count (`[0-9]{1,4}` or one of [`COUNT_WORDS`]) that ends at byte `end`
/// and starts where `may_start` allows (at a word boundary, or after white space).
fn count_before(text: &str, end: usize, may_start: impl Fn(usize) -> bool) -> Option<usize> {
    let bytes = text.as_bytes();
    let digits = bytes[..end]
        .iter()
        .rev()
        .take(5)
        .take_while(|b| b.is_ascii_digit())
        .count();
    if digits > 0 {
        // more than four digits can neither start the count nor follow a boundary or white
        // space inside it
        return (digits <= 4)
            .then_some(end - digits)
            .filter(|&s| may_start(s));
    }
    COUNT_WORDS
        .iter()
        .filter_map(|w| phrase_before(text, end, w))
        .filter(|&s| may_start(s))
        .min()
}

/// A counted unit that follows white space at byte `at` ("days" in "two days"): the end
/// of the unit word and, if an 's' follows it, the end of that 's'.
#[inline]
fn counted_unit_at(text: &str, at: usize) -> Option<(usize, Option<usize>)> {
    let bytes = text.as_bytes();
    // most bytes are neither after white space nor a unit's first letter: test the cheapest
    // bytes first
    let before = *bytes.get(at.checked_sub(1)?)?;
    if before > b' ' && before < 0x80
        || !matches!(bytes[at].to_ascii_lowercase(), b'd' | b'w' | b'm' | b'y')
        || !after_space(text, at)
    {
        return None;
    }
    let end = COUNTED_UNITS.iter().find_map(|u| word_at(text, at, u))?;
    Some((end, word_at(text, end, b"s")))
}

/// "two days ago", "a year earlier", "three weeks after …".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct CountedMatch {
    /// Byte range of the whole expression.
    pub span: (usize, usize),
    /// Byte range of "in" or "within" ("in two weeks"), if any.
    pub preposition: Option<(usize, usize)>,
    /// Byte range of the count.
    pub count: (usize, usize),
    /// Byte range of the unit without its plural 's'.
    pub unit: (usize, usize),
    /// Byte range of the direction ("ago"), if any.
    pub direction: Option<(usize, usize)>,
}

/// What
/// `(?i)\bCOUNT\s+(day|week|month|year)s?\s+(ago|later|earlier|before|after|from now|hence)\b`
/// finds, scanning from each unit after white space.
pub(super) fn counted_offsets(text: &str) -> Vec<CountedMatch> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut from = 0;
    let mut i = 1;
    while i < bytes.len() {
        let Some((unit_end, plural)) = counted_unit_at(text, i) else {
            i += 1;
            continue;
        };
        // "s?\s+": with the 's' if white space follows it, else white space right away
        let direction = plural
            .and_then(|p| spaces(text, p))
            .or_else(|| spaces(text, unit_end))
            .and_then(|at| {
                COUNT_DIRECTIONS
                    .iter()
                    .filter_map(|d| word_at(text, at, d))
                    .find(|&e| boundary(bytes, e))
                    .map(|e| (at, e))
            });
        let gap = space_start(text, i);
        let start = direction
            .and(count_before(text, gap, |s| boundary(bytes, s)))
            .filter(|&s| s >= from);
        if let (Some(start), Some(direction)) = (start, direction) {
            found.push(CountedMatch {
                span: (start, direction.1),
                preposition: None,
                count: (start, gap),
                unit: (i, unit_end),
                direction: Some(direction),
            });
            from = direction.1;
            i = direction.1;
            continue;
        }
        i = unit_end;
    }
    found
}

/// What
/// `(?i)\b(in|within)\s+COUNT\s+(day|week|month|year)s?\b(?:'\s*time)?`
/// finds, scanning from each unit after white space.
pub(super) fn counted_spans_ahead(text: &str) -> Vec<CountedMatch> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut from = 0;
    let mut i = 1;
    while i < bytes.len() {
        let Some((unit_end, plural)) = counted_unit_at(text, i) else {
            i += 1;
            continue;
        };
        // "s?\b": with the 's' if a boundary follows it, else a boundary right away
        let end = plural
            .filter(|&p| boundary(bytes, p))
            .or(Some(unit_end).filter(|&e| boundary(bytes, e)));
        let gap = space_start(text, i);
        // the count follows the preposition's white space: no boundary of its own is needed
        let count = end.and(count_before(text, gap, |s| space_start(text, s) < s));
        let preposition = count.and_then(|c| {
            let prep_gap = space_start(text, c);
            (prep_gap < c)
                .then(|| {
                    [b"in".as_slice(), b"within"]
                        .iter()
                        .filter_map(|p| phrase_before(text, prep_gap, p))
                        .find(|&s| boundary(bytes, s))
                })
                .flatten()
                .map(|s| (s, prep_gap))
        });
        if let (Some(mut end), Some(count), Some(preposition)) = (end, count, preposition) {
            if preposition.0 >= from {
                // "in two weeks' time"
                if bytes.get(end) == Some(&b'\'') {
                    if let Some(e) = word_at(text, space_end(text, end + 1), b"time") {
                        end = e;
                    }
                }
                found.push(CountedMatch {
                    span: (preposition.0, end),
                    preposition: Some(preposition),
                    count: (count, gap),
                    unit: (i, unit_end),
                    direction: None,
                });
                from = end;
                i = end;
                continue;
            }
        }
        i = unit_end;
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use regex::Regex;

    #[test]
    fn month_head_tests_agree_with_the_month_lists() {
        // every name, cut short, lengthened, in other cases, and words sharing a head
        let mut words: Vec<Vec<u8>> = Vec::new();
        for m in MONTHS {
            words.push(m.to_vec());
            words.push(m.to_ascii_uppercase());
            words.push(m.to_ascii_lowercase());
            words.push(m[..m.len() - 1].to_vec());
            words.push([m, b"s".as_slice()].concat());
        }
        for w in [
            "Marine", "Mayor", "Augusta", "Junes", "Decem", "Ma", "", "Monday", "Sunday",
        ] {
            words.push(w.as_bytes().to_vec());
        }
        for w in &words {
            assert_eq!(
                is_month(w, 0, w.len()),
                MONTHS.contains(&w.as_slice()),
                "{w:?}"
            );
            let slow = FULL_MONTHS.iter().find(|m| w.starts_with(m)).copied();
            assert_eq!(full_month_at(w, 0), slow, "{w:?}");
        }
    }

    /// The pattern [`weekdays`] replaced, as it was compiled (`\b` made ASCII).
    fn weekday_regex() -> Regex {
        Regex::new(
            r"(?-u:\b)(?:(?P<mod>(?i:last|next|this|coming|past|previous))\s+)?(?P<w>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?-u:\b)(?:\s+(?i:morning|afternoon|evening|night)(?-u:\b))?",
        )
        .unwrap()
    }

    /// What the regular expression finds, in the scanner's terms.
    fn by_regex(re: &Regex, text: &str) -> Vec<WeekdayMatch> {
        re.captures_iter(text)
            .map(|c| {
                let span = |m: regex::Match<'_>| (m.start(), m.end());
                WeekdayMatch {
                    span: span(c.get(0).unwrap()),
                    modifier: c.name("mod").map(span),
                    day: span(c.name("w").unwrap()),
                }
            })
            .collect()
    }

    #[test]
    fn weekdays_on_written_sentences() {
        let text = "They met last Tuesday and will meet again next Friday morning.";
        let found = weekdays(text);
        assert_eq!(found.len(), 2);
        assert_eq!(&text[found[0].span.0..found[0].span.1], "last Tuesday");
        assert_eq!(
            &text[found[1].span.0..found[1].span.1],
            "next Friday morning"
        );
        assert_eq!(found[1].modifier, Some((42, 46)));
        // at the start and the end of the sentence, and nothing inside longer words
        let found = weekdays("Monday: Mondays, Sundayschool, xMonday and TUESDAY; Sunday");
        let spans: Vec<(usize, usize)> = found.iter().map(|m| m.span).collect();
        assert_eq!(spans, [(0, 6), (52, 58)]);
        // a modifier glued to a word is no modifier
        assert_eq!(weekdays("outlast Monday")[0].span, (8, 14));
    }

    #[test]
    fn weekdays_match_the_regular_expression() {
        let re = weekday_regex();
        let befores = [
            "",
            "x",
            "9",
            "_",
            "é",
            "last",
            "Last",
            "LAST",
            "laſt",
            "paſt",
            "outlast",
            "this",
            "thiS",
            "next",
            "coming",
            "past",
            "previous",
            "previouſ",
            "the",
            "Monday",
            "on",
        ];
        let gaps = ["", " ", "  ", "\u{a0}", "\t", "\n", "-", ", ", "\u{2003}"];
        let days = [
            "Monday",
            "Tuesday",
            "Wednesday",
            "Thursday",
            "Friday",
            "Saturday",
            "Sunday",
            "monday",
            "Mondays",
            "Mon",
            "Tuesdays",
            "Sunday_",
            "Friday9",
        ];
        let afters = [
            "",
            " morning",
            " Morning",
            " MORNING",
            "  night",
            "\u{a0}evening",
            " afternoons",
            " nights",
            "morning",
            " night.",
            ", evening",
            " next Monday",
            " last",
            "é",
            " Sunday night",
        ];
        let mut checked = 0;
        for before in befores {
            for gap in gaps {
                for day in days {
                    for after in afters {
                        for lead in ["", "On ", "é "] {
                            let text = format!("{lead}{before}{gap}{day}{after}");
                            assert_eq!(weekdays(&text), by_regex(&re, &text), "{text:?}");
                            checked += 1;
                        }
                    }
                }
            }
        }
        assert!(checked > 10_000);
    }

    /// Month names as the former patterns spelled them.
    const MONTH_PATTERN: &str = "(?:January|February|March|April|May|June|July|August|September|October|November|December|Sept|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)";

    /// A former date pattern (`\b` made ASCII, as it was compiled).
    fn date_regex(pattern: &str) -> Regex {
        Regex::new(
            &pattern
                .replace("MONTHS", MONTH_PATTERN)
                .replace(r"\b", r"(?-u:\b)"),
        )
        .unwrap()
    }

    /// What a former date pattern finds, in the scanners' terms.
    fn dates_by_regex(re: &Regex, text: &str) -> Vec<DateMatch> {
        re.captures_iter(text)
            .map(|c| {
                let span = |m: regex::Match<'_>| (m.start(), m.end());
                let month = span(c.name("m").unwrap());
                DateMatch {
                    span: span(c.get(0).unwrap()),
                    month,
                    day: c.name("d").map_or((month.0, month.0), span),
                    year: c.name("y").map(span),
                }
            })
            .collect()
    }

    /// `count` sentences, each one piece from every list in turn, picked by a fixed-seed
    /// generator (the same sentences on every run).
    fn built(lists: &[&[&str]], count: usize) -> Vec<String> {
        let mut state: u64 = 0x5eed;
        let mut next = |n: usize| {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (state >> 33) as usize % n
        };
        (0..count)
            .map(|_| lists.iter().map(|l| l[next(l.len())]).collect())
            .collect()
    }

    const LEADS: &[&str] = &["", "On ", "x", "9", "_", "é", "in ", "the "];
    const MONTH_WORDS: &[&str] = &[
        "November",
        "Nov",
        "Nov.",
        "Sept",
        "Sept.",
        "Sep",
        "May",
        "March",
        "Dec",
        "Novemberx",
        "nov",
        "Mayor",
        "NOV",
        "Jun_",
    ];
    const DAYS: &[&str] = &[
        "13", "5", "1st", "22nd", "3rd", "13th", "123", "5s", "12st", "0", "31", "05", "5thx",
    ];
    const GAPS: &[&str] = &["", " ", "  ", "\u{a0}", ", ", "\t", "\u{2003}"];
    const YEARS: &[&str] = &[
        "",
        ", 2021",
        " 2021",
        ",2021",
        " 20211",
        " 2021x",
        ", 21",
        "\u{a0}2021",
        ",  1999",
        " 2021_",
        "2021",
    ];
    const ENDS: &[&str] = &["", ".", " x", "é", " Nov 5", " 5 May 2020", ", 2021"];

    #[test]
    fn month_days_match_the_regular_expression() {
        let re = date_regex(
            r"\b(?P<m>MONTHS)\b\.?\s+(?P<d>[0-9]{1,2})(?:st|nd|rd|th)?\b(?:(?:\s*-\s*|\s+(?:and|to)\s+)[0-9]{1,2}(?:st|nd|rd|th)?\b)?(?:,?\s+(?P<y>[0-9]{4})\b)?",
        );
        let ranges: &[&str] = &[
            "",
            "-14",
            " - 14",
            " and 14",
            " to 14th",
            "-",
            " and",
            "-145",
            " -x",
            "\u{2013}14",
            "  to  2",
            " and14",
            "-14s",
            " or 14",
        ];
        for text in built(
            &[LEADS, MONTH_WORDS, GAPS, DAYS, ranges, YEARS, ENDS],
            40_000,
        ) {
            assert_eq!(month_days(&text), dates_by_regex(&re, &text), "{text:?}");
        }
        let text = "Talks on Nov. 16 and 17, 2021 ended; the next are set for December 5th.";
        let spans: Vec<(usize, usize)> = month_days(text).iter().map(|m| m.span).collect();
        assert_eq!(spans, [(9, 29), (58, 70)]);
    }

    #[test]
    fn days_months_match_the_regular_expression() {
        let re = date_regex(
            r"\b(?P<d>[0-9]{1,2})(?:st|nd|rd|th)?(?:\s*-\s*[0-9]{1,2}(?:st|nd|rd|th)?)?\s+(?:of\s+)?(?P<m>MONTHS)\b\.?(?:,?\s+(?P<y>[0-9]{4})\b)?",
        );
        let ranges: &[&str] = &[
            "",
            "-6",
            " - 6th",
            "-",
            "-123",
            " -6",
            "\u{2013}6",
            "-6x",
            " -  16",
            "-6th",
        ];
        let ofs: &[&str] = &[
            " ", "  ", "", "\u{a0}", " of ", " of", "of ", " ofx ", " of  ", " Of ",
        ];
        for text in built(
            &[LEADS, DAYS, ranges, ofs, MONTH_WORDS, YEARS, ENDS],
            40_000,
        ) {
            assert_eq!(days_months(&text), dates_by_regex(&re, &text), "{text:?}");
        }
        let text = "Signed on 16 November 2021 and the 5th of May.";
        let spans: Vec<(usize, usize)> = days_months(text).iter().map(|m| m.span).collect();
        assert_eq!(spans, [(10, 26), (35, 46)]);
    }

    #[test]
    fn months_years_match_the_regular_expression() {
        let re =
            date_regex(r"\b(?:(?i:early|late|mid)[- ]?)?(?P<m>MONTHS)\b\.?,?\s+(?P<y>[0-9]{4})\b");
        let prefixes: &[&str] = &[
            "",
            "early ",
            "Late-",
            "mid",
            "MID-",
            "late  ",
            "xlate ",
            "lately ",
            "early",
            "mid -",
            "late\u{a0}",
            "Mid ",
            "late-mid ",
        ];
        let marks: &[&str] = &["", ".", ",", ".,", ",."];
        for text in built(&[LEADS, prefixes, MONTH_WORDS, marks, YEARS, ENDS], 40_000) {
            assert_eq!(months_years(&text), dates_by_regex(&re, &text), "{text:?}");
        }
        let text = "It began in late July 2019 and ended midMarch, 2020.";
        let spans: Vec<(usize, usize)> = months_years(text).iter().map(|m| m.span).collect();
        assert_eq!(spans, [(12, 26), (37, 51)]);
    }

    #[test]
    fn cued_years_match_the_regular_expression() {
        let re = date_regex(
            r"\b(?P<cue>(?i:in|since|until|till|by|during|from|before|after|through|throughout|early|late|mid|(?:the\s+)?(?:end|beginning|start|middle|first half|second half|spring|summer|autumn|fall|winter)\s+of|the year|year))[- ]?\s*\b(?P<y>[0-9]{4})\b",
        );
        let by_regex = |text: &str| -> Vec<YearMatch> {
            re.captures_iter(text)
                .map(|c| {
                    let span = |m: regex::Match<'_>| (m.start(), m.end());
                    YearMatch {
                        cue: span(c.name("cue").unwrap()),
                        year: span(c.name("y").unwrap()),
                    }
                })
                .collect()
        };
        let leads: &[&str] = &["", "x", "é", "_", "9", "He said ", "ſ", "the ", "in "];
        let cues: &[&str] = &[
            "in",
            "In",
            "IN",
            "\u{17F}ince",
            "since",
            "Since",
            "until",
            "till",
            "by",
            "By",
            "during",
            "from",
            "before",
            "after",
            "through",
            "throughout",
            "throughou",
            "early",
            "late",
            "mid",
            "Mid",
            "year",
            "the year",
            "The  year",
            "the end of",
            "end of",
            "The\u{a0}end\u{a0}of",
            "the first half of",
            "first  half of",
            "second half of",
            "the summer of",
            "autumn of",
            "fall of",
            "winter of",
            "spring of",
            "the beginning of",
            "start of",
            "\u{17F}tart of",
            "the middle of",
            "xin",
            "inn",
            "the",
            "of",
            "",
            "in the year",
            "the  end  of",
            "theend of",
            "end of the year",
        ];
        let gaps: &[&str] = &[
            "", " ", "-", " -", "- ", "  ", "\u{a0}", "\t", "-\u{a0}", "--", "(",
        ];
        let years: &[&str] = &[
            "2019", "1799", "20190", "201", "2019th", "2019s", "2019_", "2019.", "0000",
        ];
        let ends: &[&str] = &["", " troops", " was", ", in 2020", " by 2021", " 2020", "é"];
        for text in built(&[leads, cues, gaps, years, ends], 40_000) {
            assert_eq!(cued_years(&text), by_regex(&text), "{text:?}");
        }
        let text = "Talks began in 2019 and stalled by the end of 2020.";
        let found: Vec<(usize, usize)> = cued_years(text).iter().map(|m| m.cue).collect();
        assert_eq!(found, [(12, 14), (35, 45)]);
    }

    #[test]
    fn months_alone_match_the_regular_expression() {
        let re = date_regex(
            r"(?:\b(?P<prep>(?i:in|since|until|till|by|during|from|before|after|through|throughout|of))\s+)?\b(?P<expr>(?:(?P<mod>(?i:last|next|this|early|late|mid|(?:the\s+)?(?:end|beginning|start|middle)\s+of))[- ]?\s*)?(?P<m>(?:January|February|March|April|May|June|July|August|September|October|November|December)))\b",
        );
        let by_regex = |text: &str| -> Vec<MonthMatch> {
            re.captures_iter(text)
                .map(|c| {
                    let span = |m: regex::Match<'_>| (m.start(), m.end());
                    MonthMatch {
                        preposition: c.name("prep").map(span),
                        expr: span(c.name("expr").unwrap()),
                        modifier: c.name("mod").map(span),
                        month: span(c.name("m").unwrap()),
                    }
                })
                .collect()
        };
        let leads: &[&str] = &["", "x", "é", "_", "9", "They met ", "ſ", "the "];
        let preps: &[&str] = &[
            "",
            "in ",
            "In  ",
            "IN\u{a0}",
            "\u{17F}ince ",
            "since ",
            "until ",
            "till ",
            "by ",
            "during ",
            "from ",
            "before ",
            "after ",
            "through ",
            "throughout ",
            "of ",
            "of",
            "in",
            "xin ",
            "in-",
            "within ",
            "Of\t",
        ];
        let mods: &[&str] = &[
            "",
            "last ",
            "Last ",
            "la\u{17F}t ",
            "next ",
            "this ",
            "early ",
            "late-",
            "mid-",
            "mid",
            "Mid ",
            "late - ",
            "late -",
            "late  ",
            "the end of ",
            "The  end\u{a0}of ",
            "end of ",
            "the beginning of ",
            "start of ",
            "\u{17F}tart of ",
            "the middle of ",
            "middle of",
            "theend of ",
            "the end ",
            "end of the ",
            "lately ",
            "of ",
            "-",
        ];
        let months: &[&str] = &[
            "July",
            "May",
            "March",
            "December",
            "Julyx",
            "July_",
            "Jul",
            "june",
            "JULY",
            "Mayor",
            "Septembers",
        ];
        let ends: &[&str] = &["", ".", " 5", ", in May", " last year", "é", " and June"];
        for text in built(&[leads, preps, mods, months, ends], 40_000) {
            assert_eq!(months_alone(&text), by_regex(&text), "{text:?}");
        }
        let text = "Talks stalled in late July and resumed at the end of March.";
        let found: Vec<(usize, usize)> = months_alone(text).iter().map(|m| m.expr).collect();
        assert_eq!(found, [(17, 26), (42, 58)]);
    }

    #[test]
    fn periods_match_the_regular_expression() {
        let re = date_regex(
            r"(?i)\b(?:(?P<since>since|until)\s+)?(?:(?P<edge>earlier|later)\s+)?(?:the\s+)?(?:(?:beginning|start|end|middle|first half|second half|rest)\s+of\s+)?(?P<which>last|this|next|past|coming|current|previous)\s+(?P<unit>week|month|year)\b",
        );
        let by_regex = |text: &str| -> Vec<PeriodMatch> {
            re.captures_iter(text)
                .map(|c| {
                    let span = |m: regex::Match<'_>| (m.start(), m.end());
                    PeriodMatch {
                        span: span(c.get(0).unwrap()),
                        since: c.name("since").map(span),
                        edge: c.name("edge").map(span),
                        which: span(c.name("which").unwrap()),
                        unit: span(c.name("unit").unwrap()),
                    }
                })
                .collect()
        };
        let leads: &[&str] = &["", "x", "é", "_", "9", "They met ", "ſ", "the "];
        let sinces: &[&str] = &[
            "",
            "since ",
            "Since  ",
            "\u{17F}ince ",
            "until\u{a0}",
            "xsince ",
            "since",
        ];
        let edges: &[&str] = &["", "earlier ", "Later ", "later", "early "];
        let thes: &[&str] = &["", "the ", "THE\t", "the", "thee "];
        let parts: &[&str] = &[
            "",
            "beginning of ",
            "\u{17F}tart of ",
            "end  of ",
            "middle of ",
            "first half of ",
            "first  half of ",
            "second half of ",
            "rest of ",
            "rest of",
            "end of the ",
        ];
        let whichs: &[&str] = &[
            "last",
            "Last",
            "LAST",
            "la\u{17F}t",
            "this",
            "next",
            "past",
            "coming",
            "current",
            "previous",
            "outlast",
            "lastly",
            "",
            "the last",
        ];
        let units: &[&str] = &[
            " week",
            " wee\u{212A}",
            " Month",
            "  year",
            "\u{a0}week",
            " weeks",
            " year's",
            " week_",
            "week",
            " years",
        ];
        let ends: &[&str] = &["", ".", " and next month", "é", " last year"];
        for text in built(
            &[leads, sinces, edges, thes, parts, whichs, units, ends],
            40_000,
        ) {
            assert_eq!(periods(&text), by_regex(&text), "{text:?}");
        }
        let text = "Trade fell last week and will rise since the beginning of next year.";
        let found: Vec<(usize, usize)> = periods(text).iter().map(|m| m.span).collect();
        assert_eq!(found, [(11, 20), (35, 67)]);
    }

    /// Counts as the former patterns spelled them.
    const COUNT_PATTERN: &str = "(?:[0-9]{1,4}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|a few|several|some)";

    /// What a former counted pattern finds, in the scanners' terms.
    fn counted_by_regex(re: &Regex, text: &str) -> Vec<CountedMatch> {
        re.captures_iter(text)
            .map(|c| {
                let span = |m: regex::Match<'_>| (m.start(), m.end());
                CountedMatch {
                    span: span(c.get(0).unwrap()),
                    preposition: c.name("prep").map(span),
                    count: span(c.name("n").unwrap()),
                    unit: span(c.name("unit").unwrap()),
                    direction: c.name("dir").map(span),
                }
            })
            .collect()
    }

    const COUNTS: &[&str] = &[
        "two",
        "Two",
        "a",
        "an",
        "A few",
        "a  few",
        "\u{17F}ix",
        "several",
        "some",
        "3",
        "12",
        "1234",
        "12345",
        "x3",
        "thirty",
        "eleven",
        "seven",
        "fifteen",
        "",
        "few",
        "a few more",
    ];
    const UNITS: &[&str] = &[
        " days",
        " day",
        "  weeks",
        " wee\u{212A}",
        " month\u{17F}",
        " Years",
        "\u{a0}year",
        " dayss",
        " days_",
        " daysx",
        "days",
        " weekday",
    ];

    #[test]
    fn counted_offsets_match_the_regular_expression() {
        let re = date_regex(&format!(
            r"(?i)\b(?P<n>{COUNT_PATTERN})\s+(?P<unit>day|week|month|year)s?\s+(?P<dir>ago|later|earlier|before|after|from now|hence)\b"
        ));
        let leads: &[&str] = &["", "x", "é", "_", "9", "They met ", "ſ", "in ", "for "];
        let dirs: &[&str] = &[
            " ago",
            " Ago",
            "  later",
            " earlier",
            " before",
            " after",
            " from now",
            " from  now",
            " hence",
            " agony",
            " ago_",
            "ago",
            " later.",
            " afterwards",
        ];
        let ends: &[&str] = &["", ".", " two days ago", "é", " in 2019"];
        for text in built(&[leads, COUNTS, UNITS, dirs, ends], 40_000) {
            assert_eq!(
                counted_offsets(&text),
                counted_by_regex(&re, &text),
                "{text:?}"
            );
        }
    }

    #[test]
    fn counted_spans_ahead_match_the_regular_expression() {
        let re = date_regex(&format!(
            r"(?i)\b(?P<prep>in|within)\s+(?P<n>{COUNT_PATTERN})\s+(?P<unit>day|week|month|year)s?\b(?:'\s*time)?"
        ));
        let preps: &[&str] = &[
            "in ", "In  ", "within ", "WITHIN\t", "xin ", "begin ", "in", "within", "", "ſ in ",
            "é in ",
        ];
        let ends: &[&str] = &[
            "",
            "' time",
            "'time",
            "'  Time",
            "'timetable",
            "' times",
            "'",
            " time",
            ".",
            "é",
            "s' time",
        ];
        for text in built(&[LEADS, preps, COUNTS, UNITS, ends], 40_000) {
            assert_eq!(
                counted_spans_ahead(&text),
                counted_by_regex(&re, &text),
                "{text:?}"
            );
        }
    }

    #[test]
    fn deictics_match_the_regular_expression() {
        let re = date_regex(
            r"(?i)\b(?:the day before yesterday|the day after tomorrow|yesterday|today|tomorrow|tonight|last night|this (?:morning|afternoon|evening))\b",
        );
        let phrases: &[&str] = &[
            "the day before yesterday",
            "The Day after tomorrow",
            "the day before",
            "the day  after tomorrow",
            "yesterday",
            "ye\u{17F}terday",
            "YESTERDAY",
            "today",
            "Todays",
            "tomorrow",
            "tonight",
            "last night",
            "la\u{17F}t NIGHT",
            "last  night",
            "this morning",
            "thi\u{17F} afternoon",
            "this evening",
            "this eveningx",
            "tonight_",
            "Today9",
            "lately",
            "yes",
        ];
        let gaps: &[&str] = &["", " ", "x", "_", "9", "é", ", ", "\u{a0}", "the ", "this "];
        for text in built(&[gaps, phrases, gaps, phrases, gaps], 40_000) {
            let by_regex: Vec<(usize, usize)> =
                re.find_iter(&text).map(|m| (m.start(), m.end())).collect();
            assert_eq!(deictics(&text), by_regex, "{text:?}");
        }
    }

    #[test]
    fn hours_match_the_regular_expression() {
        let re = date_regex(
            r"(?i)\b(?:(?:a few|several|some|just|only|mere)\s+)?hours\s+(?P<dir>after|before)\b",
        );
        let modifiers: &[&str] = &[
            "",
            "a few ",
            "A  few ",
            "a few\u{a0}",
            "several ",
            "\u{17F}everal\t",
            "some ",
            "just ",
            "only ",
            "mere ",
            "xsome ",
            "some",
            "afew ",
            "é",
            "x",
            "_",
        ];
        let hours: &[&str] = &["hours", "Hours", "HOUR\u{17F}", "hour", "xhours", "hours_"];
        let directions: &[&str] = &[
            " after",
            "  before",
            "\u{2003}AFTER",
            "after",
            " afterwards",
            " before_",
            " later",
            " after9",
            " afteré",
        ];
        let ends: &[&str] = &["", ".", " some hours after", " hours before", "x"];
        for text in built(
            &[
                modifiers, hours, directions, ends, modifiers, hours, directions,
            ],
            40_000,
        ) {
            let by_regex: Vec<(usize, usize)> =
                re.find_iter(&text).map(|m| (m.start(), m.end())).collect();
            assert_eq!(hours_after_before(&text), by_regex, "{text:?}");
        }
    }

    #[test]
    fn iso_dates_match_the_regular_expression() {
        let re = date_regex(r"\b([0-9]{4})([-/.])([0-9]{1,2})([-/.])([0-9]{1,2})\b");
        let leads: &[&str] = &["", "x", "_", "9", " ", "é", "on ", "1-"];
        let years: &[&str] = &["2021", "20211", "202", "1999"];
        let separators: &[&str] = &["-", "/", ".", " ", ""];
        let numbers: &[&str] = &["1", "04", "12", "123", "7", "", "x"];
        let ends: &[&str] = &["", "x", " ", ".", "_", "é", "9", "-05", " 2021-1-1"];
        let parts = [leads, years, separators, numbers, separators, numbers, ends];
        for text in built(&parts, 40_000) {
            let by_regex: Vec<DateMatch> = re
                .captures_iter(&text)
                .filter(|c| c[2] == c[4])
                .map(|c| {
                    let span = |i: usize| {
                        let m = c.get(i).unwrap();
                        (m.start(), m.end())
                    };
                    DateMatch {
                        span: span(0),
                        month: span(3),
                        day: span(5),
                        year: Some(span(1)),
                    }
                })
                .collect();
            assert_eq!(iso_dates(&text), by_regex, "{text:?}");
        }
    }

    #[test]
    fn months_rel_years_match_the_regular_expression() {
        let re = date_regex(&format!(
            r"\b(?P<m>{})\s+(?:(?i:of)\s+)?(?P<which>(?i:last|this|next|the previous|the following))\s+(?i:year)\b",
            "January|February|March|April|May|June|July|August|September|October|November|December"
        ));
        let leads: &[&str] = &["", "x", "_", "é", "in ", "9", " of "];
        let months: &[&str] = &["December", "May", "Mayor", "december", "Sept", "June"];
        let gaps: &[&str] = &[" ", "  ", "\u{a0}", "", "\t"];
        let ofs: &[&str] = &["", "", "of ", "OF  ", "of", "often ", "ofx ", "o\u{17F} "];
        let whichs: &[&str] = &[
            "last",
            "LAST",
            "la\u{17F}t",
            "this",
            "next",
            "the previous",
            "The Following",
            "the  previous",
            "past",
        ];
        let years: &[&str] = &["year", "Year", "years", "year_", "yearé", "yea", "year."];
        let ends: &[&str] = &["", ".", " December last year", " of next year"];
        for text in built(
            &[leads, months, gaps, ofs, whichs, gaps, years, ends],
            40_000,
        ) {
            let by_regex: Vec<RelYearMatch> = re
                .captures_iter(&text)
                .map(|c| {
                    let span = |m: regex::Match<'_>| (m.start(), m.end());
                    RelYearMatch {
                        span: span(c.get(0).unwrap()),
                        month: span(c.name("m").unwrap()),
                        which: span(c.name("which").unwrap()),
                    }
                })
                .collect();
            assert_eq!(months_rel_years(&text), by_regex, "{text:?}");
        }
    }

    #[test]
    fn the_periods_match_the_regular_expression() {
        let re = date_regex(
            r"(?i)\b(?:(?:(?P<since>since|until)\s+)?(?:the\s+)?(?:beginning|start|end|middle|first half|second half|rest)\s+of\s+the\s+(?P<unit>year|month|week)|within\s+the\s+(?P<unit2>year|month|week))\b",
        );
        let leads: &[&str] = &["", "x", "_", "é", "at ", "9", "the "];
        let sinces: &[&str] = &[
            "",
            "",
            "since ",
            "Until  ",
            "\u{17F}ince ",
            "since",
            "sinces ",
        ];
        let thes: &[&str] = &["", "the ", "THE\u{a0}", "the", "then "];
        let parts: &[&str] = &[
            "beginning",
            "\u{17F}tart",
            "end",
            "ending",
            "middle",
            "first half",
            "Second  half",
            "rest",
            "within",
            "weekend",
        ];
        let ofs: &[&str] = &[
            " of the ",
            "  OF\tthe ",
            " of the",
            " of  ",
            " the ",
            " ofthe ",
        ];
        let units: &[&str] = &["year", "Month", "week", "years", "week_", "weeké", "yea"];
        let ends: &[&str] = &["", ".", " within the year", " since the end of the week"];
        for text in built(&[leads, sinces, thes, parts, ofs, units, ends], 40_000) {
            let by_regex: Vec<ThePeriodMatch> = re
                .captures_iter(&text)
                .map(|c| {
                    let span = |m: regex::Match<'_>| (m.start(), m.end());
                    ThePeriodMatch {
                        span: span(c.get(0).unwrap()),
                        since: c.name("since").map(span),
                        unit: span(c.name("unit").or_else(|| c.name("unit2")).unwrap()),
                    }
                })
                .collect();
            assert_eq!(the_periods(&text), by_regex, "{text:?}");
        }
    }

    #[test]
    fn decades_match_the_regular_expression() {
        let re =
            date_regex(r"(?:\b(?i:the\s+)?(?:(?i:early|late|mid)[- ]?)?[0-9]{3}0s\b|'[0-9]0s\b)");
        let leads: &[&str] = &["", "x", "_", "é", "in ", "9", "'", "the"];
        let thes: &[&str] = &["", "", "the ", "THE\u{a0}", "the", "then "];
        let modifiers: &[&str] = &["", "", "early", "Late-", "mid ", "mid-", "MID--", "lately "];
        let numbers: &[&str] = &[
            "1990s", "2000s", "1995s", "1990S", "19900s", "'90s", "'95s", "'90", "990s",
        ];
        let ends: &[&str] = &["", ".", "x", "_", "é", " the 1980s", "'s"];
        for text in built(&[leads, thes, modifiers, numbers, ends], 40_000) {
            let by_regex: Vec<(usize, usize)> =
                re.find_iter(&text).map(|m| (m.start(), m.end())).collect();
            assert_eq!(decades(&text), by_regex, "{text:?}");
        }
    }

    #[test]
    fn past_spans_match_the_regular_expression() {
        let re = date_regex(&format!(
            r"(?i)\bthe\s+(?:past|last|previous)\s+(?P<n>{COUNT_PATTERN})\s+(?P<unit>days|nights|weeks)\b"
        ));
        let leads: &[&str] = &["", "x", "_", "é", "over ", "9", "the "];
        let thes: &[&str] = &["the ", "The  ", "THE\u{a0}", "the", "then "];
        let whichs: &[&str] = &[
            "past ",
            "LAST\t",
            "la\u{17F}t ",
            "previous ",
            "past",
            "pastx ",
        ];
        let counts: &[&str] = &[
            "two",
            "a",
            "an",
            "a few",
            "a  few",
            "\u{17F}ix",
            "several",
            "some",
            "3",
            "1234",
            "12345",
            "x3",
            "thirty",
            "eleven",
            "a fewx",
            "ann",
            "",
        ];
        let units: &[&str] = &[
            " days",
            "  nights",
            " weeks",
            " day",
            " weeksx",
            " week\u{17F}",
            "days",
            " days_",
        ];
        let ends: &[&str] = &["", ".", " the past two days", "é"];
        for text in built(&[leads, thes, whichs, counts, units, ends], 40_000) {
            let by_regex: Vec<PastSpanMatch> = re
                .captures_iter(&text)
                .map(|c| {
                    let span = |m: regex::Match<'_>| (m.start(), m.end());
                    PastSpanMatch {
                        span: span(c.get(0).unwrap()),
                        count: span(c.name("n").unwrap()),
                        unit: span(c.name("unit").unwrap()),
                    }
                })
                .collect();
            assert_eq!(past_spans(&text), by_regex, "{text:?}");
        }
    }

    #[test]
    fn case_folding_follows_the_regular_expression() {
        assert!(folds_to('\u{17F}', b's'));
        assert!(folds_to('\u{212A}', b'k'));
        assert!(folds_to('S', b's'));
        assert!(!folds_to('\u{17F}', b'f'));
        assert!(!folds_to('é', b'e'));
        assert_eq!(word_at("laſt", 0, b"last"), Some(5));
        assert_eq!(word_before("the laſt", 9, b"last"), Some(4));
        assert_eq!(word_before("ast", 3, b"last"), None);
    }
}
