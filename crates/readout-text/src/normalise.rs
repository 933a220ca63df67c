//! Text normalisation: one canonical form so that matching, spans and display agree.
//!
//! Everything downstream (boilerplate removal, sentence splitting, the coder's
//! dictionaries) assumes plain ASCII punctuation, single spaces, `\n` line ends
//! and at most one blank line between paragraphs.

use crate::lines::split_lines;
use std::borrow::Cow;
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// Returns `text` in readout's canonical form.
///
/// NFC; curly quotes → `'` / `"`; en/em/figure dashes and minus → `-`; Unicode
/// spaces and tabs → space; zero-width characters and stray control characters
/// removed; CRLF/CR → LF; runs of spaces collapsed; spaces at line ends trimmed;
/// two or more blank lines → one blank line; leading/trailing blank lines removed.
pub fn normalise(text: &str) -> String {
    // Most text is already NFC (always so when ASCII): skip the composing pass then.
    let composed: Cow<'_, str> = if is_nfc_quickly(text) {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(text.nfc().collect())
    };
    let text = composed.as_ref();
    let bytes = text.as_bytes();
    let mut out = Emitter::with_capacity(text.len());
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            if out.is_clean() {
                // Fast path: copy a run of printable ASCII with single inner spaces as is.
                let run = plain_ascii_run(&bytes[i..]);
                if run > 0 {
                    out.out.push_str(&text[i..i + run]);
                    i += run;
                    continue;
                }
            }
            out.ascii(b);
            i += 1;
        } else {
            let c = text[i..].chars().next().unwrap_or('\u{FFFD}');
            out.char(c);
            i += c.len_utf8();
        }
    }
    out.finish()
}

/// Whether the NFC quick check says yes for `text`, running it over the non-ASCII stretches
/// only. An ASCII character is an NFC starter that resets the check's state, so the stretches
/// between ASCII characters are checked independently, and the text passes when each passes;
/// news text is mostly ASCII, which this skips a word at a time instead of decoding it.
fn is_nfc_quickly(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut from = 0;
    loop {
        let start = from + ascii_prefix_len(&bytes[from..]);
        if start == bytes.len() {
            return true;
        }
        let end = bytes[start..]
            .iter()
            .position(u8::is_ascii)
            .map_or(bytes.len(), |k| start + k);
        // both ends are next to ASCII bytes (or the text's ends): character boundaries
        if is_nfc_quick(text[start..end].chars()) != IsNormalized::Yes {
            return false;
        }
        from = end;
    }
}

/// Length of the leading run of ASCII bytes, tested eight at a time.
fn ascii_prefix_len(bytes: &[u8]) -> usize {
    let ascii_words = bytes
        .chunks_exact(8)
        .take_while(|chunk| {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            u64::from_le_bytes(word) & 0x8080_8080_8080_8080 == 0
        })
        .count();
    let i = ascii_words * 8;
    i + bytes[i..].iter().take_while(|b| b.is_ascii()).count()
}

/// Length of the leading run of printable ASCII, including single spaces that
/// sit between printable characters (what needs no rewriting).
#[inline]
fn plain_ascii_run(bytes: &[u8]) -> usize {
    let mut j = 0;
    while j < bytes.len() {
        // Whole plain words at once; anything unusual in them is settled byte by byte below.
        if j > 0 {
            j += plain_words_len(&bytes[j..]);
            if j == bytes.len() {
                break;
            }
        }
        match bytes[j] {
            b'!'..=b'~' => j += 1,
            b' ' if matches!(bytes.get(j + 1), Some(b'!'..=b'~')) && j > 0 => j += 2,
            _ => break,
        }
    }
    j
}

/// Bytes at the start of `bytes` (not the start of the run) in whole eight-byte words that
/// belong to the plain run.
fn plain_words_len(bytes: &[u8]) -> usize {
    let plain = bytes
        .chunks_exact(8)
        .take_while(|chunk| {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            is_plain_word(u64::from_le_bytes(word))
        })
        .count();
    plain * 8
}

/// Whether every byte of the little-endian word `w` belongs to the plain run: all in
/// `' '..='~'`, no two spaces in a row and no space last (whose successor lies outside).
/// Each test is exact per byte: the additions work on seven-bit values, so no carry
/// crosses into the next byte.
fn is_plain_word(w: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    let low = w & !HIGHS;
    let from_space = low.wrapping_add(ONES * (0x80 - 0x20)) & HIGHS;
    // only 0x7F (delete) reaches the high bit when one is added
    let from_delete = low.wrapping_add(ONES) & HIGHS;
    let printable = from_space & !from_delete & !(w & HIGHS);
    // a seven-bit value plus 0x7F reaches the high bit unless it is zero
    let not_space = (low ^ (ONES * 0x20)).wrapping_add(ONES * 0x7F) & HIGHS;
    let spaces = !not_space & HIGHS;
    let last_byte = 0x80 << 56;
    printable == HIGHS && spaces & ((spaces >> 8) | last_byte) == 0
}

/// What a character becomes after normalisation.
enum Class {
    Keep(char),
    Space,
    Newline,
    ParagraphBreak,
    Drop,
}

/// Maps one (non-ASCII or control) character to its class.
fn classify(c: char) -> Class {
    match c {
        '\n' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' => Class::Newline,
        '\u{2029}' => Class::ParagraphBreak,
        '\t' | ' ' => Class::Space,
        // Unicode spaces: no-break, ogham, en quad … hair space, narrow no-break,
        // medium mathematical, ideographic.
        '\u{A0}' | '\u{1680}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => {
            Class::Space
        }
        // Zero-width space/joiners, word joiner, BOM, soft hyphen, LTR/RTL marks.
        '\u{200B}'..='\u{200F}' | '\u{2060}' | '\u{FEFF}' | '\u{AD}' | '\u{202A}'..='\u{202E}' => {
            Class::Drop
        }
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '\u{2035}' => {
            Class::Keep('\'')
        }
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '\u{2036}' | '\u{AB}'
        | '\u{BB}' => Class::Keep('"'),
        // Hyphen, non-breaking hyphen, figure dash, en dash, em dash, horizontal bar,
        // minus sign, small/full-width hyphen-minus.
        '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE58}' | '\u{FE63}' | '\u{FF0D}' => {
            Class::Keep('-')
        }
        c if c.is_control() => Class::Drop,
        c => Class::Keep(c),
    }
}

/// Streaming writer that applies the whitespace rules as characters arrive.
struct Emitter {
    out: String,
    /// A space is owed before the next visible character (dropped at line ends).
    pending_space: bool,
    /// Line breaks seen since the last visible character.
    pending_newlines: usize,
    /// The previous character was `\r`, so a following `\n` is the same line end.
    after_cr: bool,
}

impl Emitter {
    fn with_capacity(n: usize) -> Self {
        Emitter {
            out: String::with_capacity(n),
            pending_space: false,
            pending_newlines: 0,
            after_cr: false,
        }
    }

    #[inline]
    fn ascii(&mut self, b: u8) {
        match b {
            b'!'..=b'~' => {
                self.after_cr = false;
                self.flush_whitespace();
                self.out.push(b as char);
            }
            b'\r' => {
                self.newline(1);
                self.after_cr = true;
            }
            b'\n' if self.after_cr => self.after_cr = false,
            _ => self.char(b as char),
        }
    }

    fn char(&mut self, c: char) {
        if c == '\r' {
            self.newline(1);
            self.after_cr = true;
            return;
        }
        if c == '\n' && self.after_cr {
            self.after_cr = false;
            return;
        }
        self.after_cr = false;
        match classify(c) {
            Class::Keep(k) => {
                self.flush_whitespace();
                self.out.push(k);
            }
            Class::Space => self.pending_space = true,
            Class::Newline => self.newline(1),
            Class::ParagraphBreak => self.newline(2),
            Class::Drop => {}
        }
    }

    /// No whitespace is owed and output has started: bytes can be copied as they are.
    #[inline]
    fn is_clean(&self) -> bool {
        !self.pending_space && self.pending_newlines == 0 && !self.after_cr && !self.out.is_empty()
    }

    #[inline]
    fn newline(&mut self, n: usize) {
        self.pending_newlines += n;
        self.pending_space = false;
    }

    #[inline]
    fn flush_whitespace(&mut self) {
        if self.pending_newlines > 0 {
            if !self.out.is_empty() {
                self.out.push_str(if self.pending_newlines >= 2 {
                    "\n\n"
                } else {
                    "\n"
                });
            }
            self.pending_newlines = 0;
            // Spaces at the start of a line are indentation, not content.
            self.pending_space = false;
        } else if self.pending_space {
            if !self.out.is_empty() {
                self.out.push(' ');
            }
            self.pending_space = false;
        }
    }

    fn finish(self) -> String {
        self.out
    }
}

/// Collapses runs of blank lines to one and trims blank lines at both ends; used
/// after line-level edits (boilerplate removal) on already normalised text.
pub(crate) fn collapse_blank_lines(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank_run = 0usize;
    for line in split_lines(text) {
        if line.trim().is_empty() {
            blank_run += 1;
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank_run > 0 { "\n\n" } else { "\n" });
        }
        blank_run = 0;
        out.push_str(line);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn curly_quotes_become_ascii() {
        assert_eq!(
            normalise("\u{201C}Taiwan\u{201D} and China\u{2019}s \u{2018}x\u{2019}"),
            "\"Taiwan\" and China's 'x'"
        );
        assert_eq!(normalise("\u{AB}non\u{BB}"), "\"non\"");
    }

    #[test]
    fn dashes_become_hyphens_keeping_spacing() {
        assert_eq!(normalise("China\u{2013}Turkey"), "China-Turkey");
        assert_eq!(normalise("peace \u{2014} and"), "peace - and");
        assert_eq!(normalise("\u{2212}5 and \u{2012}3"), "-5 and -3");
        assert_eq!(normalise("a\u{2014}b"), "a-b");
    }

    #[test]
    fn unicode_spaces_become_one_space() {
        assert_eq!(normalise("Home\u{A0}>\u{A0}News"), "Home > News");
        assert_eq!(normalise("a\u{2009}\u{3000} \tb"), "a b");
        assert_eq!(normalise("a\u{202F}b"), "a b");
    }

    #[test]
    fn zero_width_and_controls_removed() {
        assert_eq!(
            normalise("\u{FEFF}Wang\u{200B} Yi\u{200D}\u{AD}"),
            "Wang Yi"
        );
        assert_eq!(normalise("a\u{7}b\u{0}c"), "abc");
    }

    #[test]
    fn line_ends_and_blank_lines() {
        assert_eq!(normalise("a\r\nb\rc\n"), "a\nb\nc");
        assert_eq!(normalise("a\n\n\n\n\nb"), "a\n\nb");
        assert_eq!(
            normalise("a\n  \n\t\nb"),
            "a\n\nb",
            "whitespace-only lines are blank"
        );
        assert_eq!(normalise("\n\n  head  \n\n"), "head");
        assert_eq!(normalise("a\r\n\r\n\r\nb"), "a\n\nb");
        assert_eq!(normalise("p\u{2029}q"), "p\n\nq");
    }

    #[test]
    fn spaces_collapsed_and_trimmed() {
        assert_eq!(normalise("a   b   \n   c  "), "a b\nc");
    }

    #[test]
    fn nfc_composes_decomposed_letters() {
        // "u" + combining diaeresis → "ü"
        assert_eq!(normalise("Mevlu\u{308}t"), "Mevl\u{FC}t");
    }

    #[test]
    fn idempotent() {
        let s = "Home\u{A0}>\u{A0}News\r\n\r\n\r\n\u{201C}Hi\u{201D} \u{2014} ok.  ";
        let once = normalise(s);
        assert_eq!(normalise(&once), once);
    }

    /// The reference: every character through the slow path.
    fn normalise_slowly(text: &str) -> String {
        let mut out = Emitter::with_capacity(text.len());
        for c in text.nfc() {
            out.char(c);
        }
        out.finish()
    }

    #[test]
    fn fast_path_matches_the_slow_path() {
        let pieces = [
            "a", " ", "  ", "\n", "\r\n", "\r", "\t", "b.", "\u{A0}", "\u{2014}", "\u{201C}",
            "x y", "\u{7F}", "\u{200B}", "\n\n\n", "ü", "u\u{308}",
        ];
        // Deterministic pseudo-random concatenations of the pieces.
        let mut seed = 0x2545_F491_4F6C_DD1Du64;
        for _ in 0..3000 {
            let mut text = String::new();
            for _ in 0..(seed % 12) {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                text.push_str(pieces[(seed % pieces.len() as u64) as usize]);
            }
            seed = seed.wrapping_add(0x9E37_79B9_7F4A_7C15);
            assert_eq!(normalise(&text), normalise_slowly(&text), "{text:?}");
        }
    }

    /// Deterministic pseudo-random concatenations of `pieces`, up to `most` of them each.
    fn generated(pieces: &[&str], most: u64, count: usize) -> Vec<String> {
        let mut seed = 0x9E37_79B9_7F4A_7C15u64;
        (0..count)
            .map(|_| {
                let mut text = String::new();
                for _ in 0..(seed % most) {
                    seed ^= seed << 13;
                    seed ^= seed >> 7;
                    seed ^= seed << 17;
                    text.push_str(pieces[(seed % pieces.len() as u64) as usize]);
                }
                seed = seed.wrapping_add(0x2545_F491_4F6C_DD1D);
                text
            })
            .collect()
    }

    /// The byte-by-byte definition of the plain run.
    fn plain_ascii_run_bytewise(bytes: &[u8]) -> usize {
        let mut j = 0;
        while j < bytes.len() {
            match bytes[j] {
                b'!'..=b'~' => j += 1,
                b' ' if matches!(bytes.get(j + 1), Some(b'!'..=b'~')) && j > 0 => j += 2,
                _ => break,
            }
        }
        j
    }

    #[test]
    fn plain_word_test_is_exact_for_every_byte_in_every_place() {
        let bytewise = |word: &[u8; 8]| {
            word.iter().all(|b| (b' '..=b'~').contains(b))
                && word.windows(2).all(|p| p != b"  ")
                && word[7] != b' '
        };
        for b in 0u8..=255 {
            for pos in 0..8 {
                for base in [*b"abcdefgh", *b"a b c de", *b"ab cd ef"] {
                    let mut word = base;
                    word[pos] = b;
                    assert_eq!(
                        is_plain_word(u64::from_le_bytes(word)),
                        bytewise(&word),
                        "byte {b:#04x} at {pos} in {base:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn word_at_a_time_plain_run_matches_the_bytewise_one() {
        let pieces = [
            "a", "word", " ", "  ", "\n", "\t", "\u{7F}", "\u{1F}", "~", "!", "é", "abcdefgh",
            "a b c d ", "\r",
        ];
        for text in generated(&pieces, 16, 5000) {
            for start in 0..text.len().min(9) {
                let bytes = &text.as_bytes()[start..];
                assert_eq!(
                    plain_ascii_run(bytes),
                    plain_ascii_run_bytewise(bytes),
                    "{text:?} from {start}"
                );
            }
        }
    }

    #[test]
    fn stretch_wise_nfc_check_matches_the_whole_text_check() {
        // starters, combining marks in and out of order, Hangul jamo, a "maybe" character
        let pieces = [
            "a",
            "abcdefghij",
            " ",
            "é",
            "e\u{301}",
            "\u{301}",
            "\u{323}\u{301}",
            "\u{301}\u{323}",
            "\u{1100}",
            "\u{1161}",
            "\u{0B3E}",
            "中",
            "\u{212B}",
            "ü",
        ];
        for text in generated(&pieces, 10, 5000) {
            let whole = is_nfc_quick(text.chars()) == IsNormalized::Yes;
            assert_eq!(is_nfc_quickly(&text), whole, "{text:?}");
        }
    }

    #[test]
    fn collapse_blank_lines_after_edits() {
        assert_eq!(collapse_blank_lines("\na\n\n\n\nb\n\n"), "a\n\nb");
    }
}
