//! Case and diacritic folding with a byte-offset map back to the original text.
//!
//! Matching runs over a lower-cased, accent-stripped copy of the text so that
//! "Mevlüt Çavuşoğlu" and "Mevlut Cavusoglu" hit the same pattern; hyphens,
//! dashes and whitespace fold to a space so "Secretary-General" = "Secretary General".

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// A folded copy of a text plus the way back to the original byte offsets.
#[derive(Default)]
pub(crate) struct Folded {
    /// The folded text (lower case, no diacritics).
    pub text: String,
    /// For every folded byte, the original byte offset of the char that produced it;
    /// unused (`mapped` false) when folding preserved every offset (ASCII fast path).
    map: Vec<u32>,
    mapped: bool,
}

impl Folded {
    /// Original byte offset where the folded byte `f` came from.
    pub fn orig_start(&self, f: usize) -> usize {
        if !self.mapped {
            return f;
        }
        self.map.get(f).map_or(usize::MAX, |&o| o as usize)
    }

    /// Original byte offset just past the char that produced folded byte `f_end - 1`.
    pub fn orig_end(&self, original: &str, f_end: usize) -> usize {
        if !self.mapped {
            return f_end;
        }
        let Some(&o) = self.map.get(f_end.saturating_sub(1)) else {
            return original.len();
        };
        let o = o as usize;
        o + original[o..].chars().next().map_or(0, char::len_utf8)
    }
}

thread_local! {
    /// Per-thread folding buffers, reused across calls so matching a sentence allocates nothing here.
    static SCRATCH: std::cell::RefCell<(Folded, String)> = std::cell::RefCell::default();
}

/// Runs `f` on the folded text, using this thread's reusable buffers.
pub(crate) fn with_folded_text<R>(text: &str, f: impl FnOnce(&Folded) -> R) -> R {
    SCRATCH.with(|cell| match cell.try_borrow_mut() {
        Ok(mut scratch) => {
            fold_text_into(text, &mut scratch.0);
            f(&scratch.0)
        }
        // Only reachable if `f` itself folds a text; fall back to a fresh buffer.
        Err(_) => f(&fold_text(text)),
    })
}

/// Runs `f` on `fold_str(s)`, using this thread's reusable buffer.
pub(crate) fn with_folded<R>(s: &str, f: impl FnOnce(&str) -> R) -> R {
    SCRATCH.with(|cell| match cell.try_borrow_mut() {
        Ok(mut scratch) => {
            fold_str_into(s, &mut scratch.1);
            f(&scratch.1)
        }
        Err(_) => f(&fold_str(s)),
    })
}

/// Folds a whole text, keeping a map to original offsets unless the text is ASCII.
pub(crate) fn fold_text(text: &str) -> Folded {
    let mut folded = Folded::default();
    fold_text_into(text, &mut folded);
    folded
}

/// Folds a whole text into reused buffers.
pub(crate) fn fold_text_into(text: &str, folded: &mut Folded) {
    folded.text.clear();
    folded.map.clear();
    if text.is_ascii() {
        folded.mapped = false;
        // Folding ASCII yields ASCII, one byte per byte: fold the bytes, then re-check them as
        // UTF-8 (a fast pass on ASCII) instead of pushing char by char.
        let mut bytes = std::mem::take(&mut folded.text).into_bytes();
        bytes.clear();
        bytes.extend(text.bytes().map(fold_ascii));
        folded.text = String::from_utf8(bytes).unwrap_or_default();
        return;
    }
    folded.mapped = true;
    let mut out = std::mem::take(&mut folded.text).into_bytes();
    let map = &mut folded.map;
    out.reserve(text.len() + 16);
    map.reserve(text.len() + 16);
    let bytes = text.as_bytes();
    let mut char_buf = String::new();
    let mut at = 0;
    while at < bytes.len() {
        // News text is mostly ASCII between a few quotes and accents: fold ASCII runs in bulk.
        let run = bytes[at..]
            .iter()
            .position(|b| !b.is_ascii())
            .unwrap_or(bytes.len() - at);
        out.extend(bytes[at..at + run].iter().map(|&b| fold_ascii(b)));
        map.extend((at..at + run).map(|o| o as u32));
        at += run;
        let Some(c) = text[at..].chars().next() else {
            break;
        };
        char_buf.clear();
        fold_char(c, &mut char_buf);
        out.extend_from_slice(char_buf.as_bytes());
        map.extend(std::iter::repeat_n(at as u32, char_buf.len()));
        at += c.len_utf8();
    }
    // Whole chars were appended, so this is valid UTF-8; fall back to empty (no matches) otherwise.
    folded.text = String::from_utf8(out).unwrap_or_default();
}

/// Folds a pattern or query: same folding as texts, then single-spaced and trimmed.
pub(crate) fn fold_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_str_into(s, &mut out);
    out
}

/// [`fold_str`] into a reused buffer.
pub(crate) fn fold_str_into(s: &str, out: &mut String) {
    if s.is_ascii() {
        fold_ascii_str_into(s, out);
    } else {
        fold_chars_into(s, out);
    }
}

/// [`fold_str_into`] for ASCII, byte by byte: names and titles written in text mostly are.
fn fold_ascii_str_into(s: &str, out: &mut String) {
    out.clear();
    out.reserve(s.len());
    let mut pending_space = false;
    for &b in s.as_bytes() {
        let folded = fold_ascii(b);
        if folded == b' ' {
            pending_space = !out.is_empty();
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        out.push(char::from(folded));
    }
}

/// Whether `fold_str(s) == folded` for ASCII `s`, compared byte by byte without folding
/// into a buffer (gaps at the ends dropped, each gap inside one space, as folding does).
pub(crate) fn ascii_folds_to(s: &str, folded: &str) -> bool {
    debug_assert!(s.is_ascii());
    let mut expected = folded.as_bytes().iter();
    let mut pending_space = false;
    let mut any = false;
    for &b in s.as_bytes() {
        let f = fold_ascii(b);
        if f == b' ' {
            pending_space = any;
            continue;
        }
        if pending_space {
            if expected.next() != Some(&b' ') {
                return false;
            }
            pending_space = false;
        }
        if expected.next() != Some(&f) {
            return false;
        }
        any = true;
    }
    expected.next().is_none()
}

/// [`fold_str_into`] char by char (any text).
fn fold_chars_into(s: &str, out: &mut String) {
    out.clear();
    let mut pending_space = false;
    for c in s.chars() {
        if folds_to_space(c) {
            pending_space = !out.is_empty();
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        fold_char(c, out);
    }
}

/// Whether a char folds to a single space (whitespace, hyphens and dashes).
fn folds_to_space(c: char) -> bool {
    match c {
        ' ' | '-' | '\t' | '\n' | '\r' => true,
        '\u{2010}'..='\u{2015}' | '\u{2212}' => true,
        c if c.is_ascii() => false,
        c => c.is_whitespace(),
    }
}

/// [`fold_ascii`] as a table, for folding bytes on the fly in the matcher's inner loops.
pub(crate) static ASCII_FOLD: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        table[i] = fold_ascii(i as u8);
        i += 1;
    }
    table
};

const fn fold_ascii(b: u8) -> u8 {
    match b {
        b'A'..=b'Z' => b + 32,
        b'-' | b'\t' | b'\n' | b'\r' => b' ',
        _ => b,
    }
}

fn fold_char(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(fold_ascii(c as u8) as char);
        return;
    }
    match c {
        '\u{2018}' | '\u{2019}' | '\u{02BC}' | '\u{2032}' | '\u{00B4}' => out.push('\''),
        '\u{201C}' | '\u{201D}' => out.push('"'),
        '\u{2010}'..='\u{2015}' | '\u{2212}' => out.push(' '),
        'ß' => out.push_str("ss"),
        'ı' => out.push('i'),
        'ø' | 'Ø' => out.push('o'),
        'æ' | 'Æ' => out.push_str("ae"),
        'œ' | 'Œ' => out.push_str("oe"),
        'ł' | 'Ł' => out.push('l'),
        'đ' | 'Đ' | 'ð' | 'Ð' => out.push('d'),
        'þ' | 'Þ' => out.push_str("th"),
        c if c.is_whitespace() => out.push(' '),
        c => decompose_canonical(c, |d| {
            if !is_combining_mark(d) {
                out.extend(d.to_lowercase());
            }
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_diacritics_and_maps_offsets_back() {
        let text = "Mevlüt Çavuşoğlu said";
        let folded = fold_text(text);
        assert_eq!(folded.text, "mevlut cavusoglu said");
        let start = folded.text.find("cavusoglu").unwrap_or(0);
        let end = start + "cavusoglu".len();
        let (os, oe) = (folded.orig_start(start), folded.orig_end(text, end));
        assert_eq!(&text[os..oe], "Çavuşoğlu");
    }

    #[test]
    fn ascii_path_keeps_offsets_and_folds_hyphens() {
        let folded = fold_text("UN Secretary-General");
        assert_eq!(folded.text, "un secretary general");
        assert_eq!(folded.orig_start(3), 3);
    }

    #[test]
    fn ascii_strings_fold_the_same_byte_by_byte_and_char_by_char() {
        let mut samples: Vec<String> = [
            "",
            " ",
            "-",
            "UN Secretary-General",
            "  Foreign   Minister ",
            "Sino-",
            "-Sino",
            "heads\tof\nstate\r",
            "a\x0bb\x0cc",
            "U.S. Secretary of State",
            "O'Brien, 'Abd al-Aziz' (2021)!",
            "ALL CAPS -- AND - DASHES",
        ]
        .map(String::from)
        .to_vec();
        // every ASCII byte, alone and between letters
        samples.extend((0u8..128).map(|b| format!("A{}b", char::from(b))));
        samples.extend((0u8..128).map(|b| char::from(b).to_string()));
        let (mut fast, mut slow) = (String::new(), String::new());
        for s in &samples {
            fold_ascii_str_into(s, &mut fast);
            fold_chars_into(s, &mut slow);
            assert_eq!(fast, slow, "{s:?}");
        }
    }

    #[test]
    fn ascii_strings_compare_to_a_folding_as_folding_them_would() {
        let texts = [
            "",
            " ",
            "-",
            "Heads of State",
            "heads of state",
            "HEADS  OF-STATE ",
            " heads\tof state",
            "Foreign Ministers",
            "foreign minister",
            "a",
            "A b",
            "ab",
            "a  b",
            "a-b-",
            "-a b",
        ];
        let mut equal = 0;
        for s in texts {
            for folded in texts
                .iter()
                .map(|t| fold_str(t))
                .chain(["heads of stat".to_string()])
            {
                assert_eq!(
                    ascii_folds_to(s, &folded),
                    fold_str(s) == folded,
                    "{s:?} {folded:?}"
                );
                equal += usize::from(fold_str(s) == folded);
            }
        }
        assert!(equal > 20, "{equal}");
    }

    #[test]
    fn folds_curly_apostrophes_and_turkish_i() {
        assert_eq!(fold_str("Côte d’Ivoire"), "cote d'ivoire");
        assert_eq!(fold_str("İstanbul  Kadıköy"), "istanbul kadikoy");
    }
}
