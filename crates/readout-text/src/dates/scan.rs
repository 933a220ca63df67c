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

#[cfg(test)]
mod tests {
    use super::*;
    use regex::Regex;

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
