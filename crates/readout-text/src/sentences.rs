//! Abbreviation-aware sentence splitting with paragraph numbers.
//!
//! Every line is its own paragraph (readouts put one paragraph per line and
//! headlines on lines of their own). Inside a line a sentence ends at `.`, `!`,
//! `?`, `…` or `...` (plus closing quotes/brackets) followed by whitespace and
//! something that can start a sentence, unless the word before a single period
//! is an abbreviation from `data/text/abbreviations.txt`. A period glued to the
//! next sentence ("upper limit.The two countries") is also a boundary.

use crate::lines::split_lines;
use readout_model::Sentence;
use std::collections::HashSet;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

/// Longest sentence handed to the coder; longer runs (tables, lists without
/// punctuation) are cut at a space so no stage sees unbounded input.
pub const MAX_SENTENCE_BYTES: usize = 4096;

/// Longest word looked at around a period (abbreviations and openers are short).
const MAX_WORD_BYTES: usize = 64;

/// The abbreviation data file, embedded so the binary is self-contained.
const ABBREVIATIONS_FILE: &str = include_str!("../../../data/text/abbreviations.txt");

/// FNV-1a, for the word sets looked up at every period: their keys are a few bytes long,
/// where SipHash's set-up is most of a lookup, and they are fixed data, so there is no
/// flooding to defend against.
struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
}

/// A set of words from the abbreviation file.
type WordSet = HashSet<&'static str, BuildHasherDefault<Fnv>>;

/// The parsed sections of the abbreviation file.
struct Abbreviations {
    /// Never end a sentence ("e.g", "Mr").
    never: WordSet,
    /// End a sentence only before an opener ("U.S", "Nov", "No").
    ambiguous: WordSet,
    /// Words that almost always start a sentence.
    openers: WordSet,
}

static ABBREVIATIONS: LazyLock<Abbreviations> = LazyLock::new(|| {
    let mut table = Abbreviations {
        never: WordSet::default(),
        ambiguous: WordSet::default(),
        openers: WordSet::default(),
    };
    let mut section = "";
    for line in ABBREVIATIONS_FILE.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if line.starts_with('[') {
            section = line;
            continue;
        }
        match section {
            "[never]" => table.never.insert(line),
            "[abbreviation]" => table.ambiguous.insert(line),
            "[opener]" => table.openers.insert(line),
            _ => false,
        };
    }
    table
});

/// How the word before a period affects a boundary.
#[derive(PartialEq, Eq)]
enum Abbrev {
    /// Not an abbreviation: an ordinary word.
    No,
    /// Never ends a sentence.
    Never,
    /// Ends a sentence only before an opener word.
    Ambiguous,
}

fn classify_token(token: &str) -> Abbrev {
    let table = &*ABBREVIATIONS;
    if table.never.contains(token) {
        return Abbrev::Never;
    }
    if table.ambiguous.contains(token) {
        return Abbrev::Ambiguous;
    }
    let mut chars = token.chars();
    // A single capital letter is an initial ("Antony J. Blinken").
    if let (Some(c), None) = (chars.next(), chars.next()) {
        if c.is_uppercase() {
            return Abbrev::Ambiguous;
        }
    }
    // Letters separated by periods: "U.S", "U.N", "a.m", "Ph.D".
    if token.contains('.')
        && token.split('.').all(|part| {
            !part.is_empty() && part.chars().count() <= 2 && part.chars().all(char::is_alphabetic)
        })
    {
        return Abbrev::Ambiguous;
    }
    Abbrev::No
}

/// Splits normalised text into sentences; spans are byte ranges into `text`,
/// trimmed of surrounding whitespace; paragraphs count non-empty lines from 0.
pub fn split_sentences(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut paragraph = 0usize;
    let mut line_start = 0usize;
    for line in split_lines(text) {
        let start = line_start;
        line_start += line.len() + 1;
        if line.trim().is_empty() {
            continue;
        }
        let before = out.len();
        split_line(line, start, paragraph, &mut out);
        if out.len() > before {
            paragraph += 1;
        }
    }
    for (i, s) in out.iter_mut().enumerate() {
        s.index = i;
    }
    out
}

/// Terminal punctuation that can end a sentence.
fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '\u{2026}')
}

/// Punctuation that closes a sentence after its terminal mark: `."` `.)` `?'`.
fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | ')' | ']' | '}' | '\u{2019}' | '\u{201D}' | '\u{BB}'
    )
}

/// Can `c` begin a sentence? Capitals, digits, opening quotes/brackets and
/// letters of scripts without case.
fn starts_sentence(c: char) -> bool {
    c.is_uppercase()
        || c.is_numeric()
        || matches!(
            c,
            '"' | '\'' | '(' | '[' | '\u{201C}' | '\u{2018}' | '\u{AB}' | '\u{BF}' | '\u{A1}'
        )
        || (c.is_alphabetic() && !c.is_lowercase())
}

/// The word ending just before byte `end` of `line`, without opening punctuation.
fn word_before(line: &str, end: usize) -> &str {
    // Only the last few bytes matter: longer words are never abbreviations, and
    // bounding the look-back keeps splitting linear on lines without spaces.
    let mut from = end.saturating_sub(MAX_WORD_BYTES);
    while !line.is_char_boundary(from) {
        from -= 1;
    }
    let head = &line[from..end];
    let start = head
        .rfind(char::is_whitespace)
        .map(|i| i + head[i..].chars().next().map_or(1, char::len_utf8))
        .unwrap_or(0);
    head[start..].trim_start_matches(['(', '[', '"', '\'', '\u{201C}', '\u{2018}'])
}

/// The word starting at byte `start` of `line`, without opening punctuation or trailing punctuation.
fn word_after(line: &str, start: usize) -> &str {
    let mut to = (start + MAX_WORD_BYTES).min(line.len());
    while !line.is_char_boundary(to) {
        to -= 1;
    }
    let tail = line[start..to].trim_start_matches(['(', '[', '"', '\'', '\u{201C}', '\u{2018}']);
    let end = tail
        .find(|c: char| !c.is_alphanumeric() && c != '\'' && c != '-')
        .unwrap_or(tail.len());
    &tail[..end]
}

/// The first byte of `…` in UTF-8 (the other terminal marks are single ASCII bytes).
const ELLIPSIS_LEAD: u8 = 0xE2;

/// Offset of the first byte in `bytes` that can begin a terminal mark. A line without any
/// [`ELLIPSIS_LEAD`] byte (after normalisation, nearly all) needs only the vectorised search
/// for the three ASCII marks.
fn next_mark_byte(bytes: &[u8], may_hold_ellipsis: bool) -> Option<usize> {
    if may_hold_ellipsis {
        bytes
            .iter()
            .position(|&b| matches!(b, b'.' | b'!' | b'?' | ELLIPSIS_LEAD))
    } else {
        memchr::memchr3(b'.', b'!', b'?', bytes)
    }
}

fn split_line(line: &str, offset: usize, paragraph: usize, out: &mut Vec<Sentence>) {
    let mut sentence_start = 0usize;
    let bytes = line.as_bytes();
    let mut pos = 0usize;
    let may_hold_ellipsis = memchr::memchr(ELLIPSIS_LEAD, bytes).is_some();
    // Skip to the next byte that can begin a terminal mark: decoding every character only
    // to find the few marks was most of the cost.
    while let Some(k) = next_mark_byte(&bytes[pos..], may_hold_ellipsis) {
        let i = pos + k;
        let mut iter = line[i..].char_indices().map(|(j, d)| (i + j, d)).peekable();
        let Some((_, c)) = iter.next() else { break };
        if !is_terminal(c) {
            pos = i + c.len_utf8();
            continue;
        }
        // Consume the whole run of terminal marks, then any closers.
        let mut run_end = i + c.len_utf8();
        let mut single_period = c == '.';
        while let Some(&(j, d)) = iter.peek() {
            if !is_terminal(d) {
                break;
            }
            single_period = false;
            run_end = j + d.len_utf8();
            iter.next();
        }
        let mut close_end = run_end;
        while let Some(&(j, d)) = iter.peek() {
            if !is_closer(d) {
                break;
            }
            close_end = j + d.len_utf8();
            iter.next();
        }
        let Some(&(_, next)) = iter.peek() else { break };
        if next.is_whitespace() {
            let next_start = line[close_end..]
                .find(|ch: char| !ch.is_whitespace())
                .map(|k| close_end + k);
            let Some(next_start) = next_start else { break };
            let first = line[next_start..].chars().next().unwrap_or(' ');
            if starts_sentence(first)
                && !blocks_boundary(line, sentence_start, i, single_period, next_start)
            {
                push(line, offset, paragraph, sentence_start, close_end, out);
                sentence_start = next_start;
            }
        } else if single_period && close_end == run_end && glued_boundary(line, i, run_end) {
            push(line, offset, paragraph, sentence_start, run_end, out);
            sentence_start = run_end;
        }
        pos = close_end;
    }
    push(line, offset, paragraph, sentence_start, line.len(), out);
}

/// Does the word before a single period keep the sentence going?
fn blocks_boundary(
    line: &str,
    sentence_start: usize,
    period: usize,
    single_period: bool,
    next_start: usize,
) -> bool {
    if !single_period {
        return false;
    }
    let so_far = &line[sentence_start..period];
    // A list marker ("1.", "IV.", "a.") at the start of a line is not a sentence.
    let marker = so_far.trim_start();
    if !marker.is_empty()
        && (marker.len() <= 3 && marker.bytes().all(|b| b.is_ascii_digit())
            || marker.len() <= 4 && marker.chars().count() == 1
            || marker.len() <= 4 && marker.bytes().all(|b| b"IVXivx".contains(&b)))
    {
        return true;
    }
    match classify_token(word_before(line, period)) {
        Abbrev::No => false,
        Abbrev::Never => true,
        Abbrev::Ambiguous => !ABBREVIATIONS.openers.contains(word_after(line, next_start)),
    }
}

/// "limit.The": a word of two or more letters, a period, then a capitalised word,
/// with no space — a missing space after a sentence, unless it is an abbreviation,
/// a file name or an address.
fn glued_boundary(line: &str, period: usize, after: usize) -> bool {
    let mut next = line[after..].chars();
    let (Some(cap), Some(low)) = (next.next(), next.next()) else {
        return false;
    };
    if !(cap.is_uppercase() && low.is_lowercase()) {
        return false;
    }
    let prev = line[..period].chars().next_back().unwrap_or(' ');
    if !(prev.is_lowercase() || prev.is_numeric() || prev == ')') {
        return false;
    }
    let word = word_before(line, period);
    if word.chars().count() < 2 || word.contains(['.', '/', '@', ':']) {
        return false;
    }
    // The glued word itself must not continue as a dotted name ("example.Com.cn").
    let glued = word_after(line, after);
    if line[after + glued.len()..].starts_with('.')
        && line[after + glued.len() + 1..].starts_with(|c: char| c.is_alphanumeric())
    {
        return false;
    }
    classify_token(word) == Abbrev::No
}

/// Records `line[start..end]` (trimmed, cut to [`MAX_SENTENCE_BYTES`]) as sentences.
fn push(
    line: &str,
    offset: usize,
    paragraph: usize,
    start: usize,
    end: usize,
    out: &mut Vec<Sentence>,
) {
    let piece = &line[start..end];
    let trimmed_start = start + (piece.len() - piece.trim_start().len());
    let trimmed_end = end - (piece.len() - piece.trim_end().len());
    let mut s = trimmed_start;
    while s < trimmed_end {
        let mut e = trimmed_end;
        if e - s > MAX_SENTENCE_BYTES {
            let mut cut = s + MAX_SENTENCE_BYTES;
            while !line.is_char_boundary(cut) {
                cut -= 1;
            }
            e = line[s..cut]
                .rfind(' ')
                .map(|k| s + k)
                .filter(|&k| k > s)
                .unwrap_or(cut);
        }
        out.push(Sentence {
            index: 0,
            span: (offset + s, offset + e),
            paragraph,
        });
        s = e;
        while s < trimmed_end && line.as_bytes()[s] == b' ' {
            s += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        split_sentences(text)
            .iter()
            .map(|s| &text[s.span.0..s.span.1])
            .collect()
    }

    #[test]
    fn splits_plain_sentences() {
        assert_eq!(
            texts("It rained. We left! Did you? Yes."),
            ["It rained.", "We left!", "Did you?", "Yes."]
        );
    }

    #[test]
    fn initialisms_do_not_split() {
        assert_eq!(
            texts("The U.S. side and the U.N. envoy met. They agreed."),
            ["The U.S. side and the U.N. envoy met.", "They agreed."]
        );
        assert_eq!(
            texts("Talks with U.S. President Joe Biden ended."),
            ["Talks with U.S. President Joe Biden ended."]
        );
        assert_eq!(
            texts("Sanctions hit the U.S. The EU responded."),
            ["Sanctions hit the U.S.", "The EU responded."]
        );
    }

    #[test]
    fn initials_in_names_do_not_split() {
        assert_eq!(
            texts("He met Antony J. Blinken in Rome. It went well."),
            ["He met Antony J. Blinken in Rome.", "It went well."]
        );
    }

    #[test]
    fn titles_months_and_numbers_do_not_split() {
        assert_eq!(
            texts("Mr. Smith met Dr. Jones on Jan. 5 at St. Paul's."),
            ["Mr. Smith met Dr. Jones on Jan. 5 at St. Paul's."]
        );
        assert_eq!(
            texts("The Feb. 3 vote on Resolution No. 2 passed."),
            ["The Feb. 3 vote on Resolution No. 2 passed."]
        );
    }

    #[test]
    fn latin_abbreviations_do_not_split() {
        assert_eq!(
            texts("Some issues, e.g. Taiwan, i.e. Xinjiang, etc. were raised. Others were not."),
            [
                "Some issues, e.g. Taiwan, i.e. Xinjiang, etc. were raised.",
                "Others were not."
            ]
        );
        assert_eq!(
            texts("Trade, energy, etc. The talks ended."),
            ["Trade, energy, etc.", "The talks ended."]
        );
    }

    #[test]
    fn decimals_do_not_split() {
        assert_eq!(
            texts("Growth was 3.5 percent. Exports rose."),
            ["Growth was 3.5 percent.", "Exports rose."]
        );
    }

    #[test]
    fn quotes_stay_with_their_sentence() {
        assert_eq!(
            texts("\"We are ready,\" he said. \"We will act.\" The minister left."),
            [
                "\"We are ready,\" he said.",
                "\"We will act.\"",
                "The minister left."
            ]
        );
        assert_eq!(texts("\"Stop!\" he said."), ["\"Stop!\" he said."]);
    }

    #[test]
    fn ellipses() {
        assert_eq!(
            texts("We waited... Then it came."),
            ["We waited...", "Then it came."]
        );
        assert_eq!(
            texts("We waited\u{2026} Then it came."),
            ["We waited\u{2026}", "Then it came."]
        );
        assert_eq!(
            texts("the talks ... were long."),
            ["the talks ... were long."]
        );
    }

    #[test]
    fn missing_space_after_period() {
        assert_eq!(
            texts("sees no restricted area or upper limit.The two countries agreed."),
            [
                "sees no restricted area or upper limit.",
                "The two countries agreed."
            ]
        );
        assert_eq!(
            texts("See www.example.com or the U.S.A. today."),
            ["See www.example.com or the U.S.A. today."]
        );
        assert_eq!(
            texts("We agreed.It is done."),
            ["We agreed.", "It is done."]
        );
    }

    #[test]
    fn lines_are_paragraphs_and_headlines_are_sentences() {
        let text = "Wang Yi Speaks with Lavrov\n2021-02-04 09:43\n\nFirst one. Second one.\nThird.";
        let s = split_sentences(text);
        let got: Vec<(&str, usize, usize)> = s
            .iter()
            .map(|x| (&text[x.span.0..x.span.1], x.paragraph, x.index))
            .collect();
        assert_eq!(
            got,
            [
                ("Wang Yi Speaks with Lavrov", 0, 0),
                ("2021-02-04 09:43", 1, 1),
                ("First one.", 2, 2),
                ("Second one.", 2, 3),
                ("Third.", 3, 4)
            ]
        );
    }

    #[test]
    fn list_markers_do_not_split() {
        assert_eq!(
            texts("1. Introduction of the bill"),
            ["1. Introduction of the bill"]
        );
        assert_eq!(texts("IV. Findings follow"), ["IV. Findings follow"]);
        assert_eq!(texts("Yes. We agree."), ["Yes.", "We agree."]);
    }

    #[test]
    fn spans_are_trimmed_and_on_char_boundaries() {
        let text = "  Çavuşoğlu spoke.   Lavrov replied.  ";
        for s in split_sentences(text) {
            let t = &text[s.span.0..s.span.1];
            assert_eq!(t, t.trim());
        }
        assert_eq!(texts(text), ["Çavuşoğlu spoke.", "Lavrov replied."]);
    }

    #[test]
    fn overlong_runs_are_cut() {
        let text = "word ".repeat(3000);
        let s = split_sentences(&text);
        assert!(s.len() >= 3);
        assert!(s.iter().all(|x| x.span.1 - x.span.0 <= MAX_SENTENCE_BYTES));
    }

    #[test]
    fn long_lines_without_spaces_split_in_linear_time() {
        let line = "a.".repeat(200_000) + " " + &"U.S. ".repeat(100_000);
        let started = std::time::Instant::now();
        let s = split_sentences(&line);
        assert!(!s.is_empty());
        assert!(
            started.elapsed().as_secs() < 5,
            "took {:?}",
            started.elapsed()
        );
    }

    #[test]
    fn mark_search_finds_the_first_mark_byte() {
        let pieces = ["a", ".", "!", "?", "\u{2026}", "\u{2019}", " ", "é", "xyz"];
        let mut seed = 0x2545_F491_4F6C_DD1Du64;
        for _ in 0..3000 {
            let mut line = String::new();
            for _ in 0..(seed % 12) {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                line.push_str(pieces[(seed % pieces.len() as u64) as usize]);
            }
            seed = seed.wrapping_add(0x9E37_79B9_7F4A_7C15);
            let bytes = line.as_bytes();
            let expected = bytes
                .iter()
                .position(|&b| matches!(b, b'.' | b'!' | b'?' | ELLIPSIS_LEAD));
            let may_hold_ellipsis = bytes.contains(&ELLIPSIS_LEAD);
            assert_eq!(
                next_mark_byte(bytes, may_hold_ellipsis),
                expected,
                "{line:?}"
            );
        }
    }

    #[test]
    fn empty_and_odd_inputs() {
        assert!(split_sentences("").is_empty());
        assert!(split_sentences("\n\n  \n").is_empty());
        assert_eq!(texts("..."), ["..."]);
        assert_eq!(texts("?!"), ["?!"]);
    }
}
