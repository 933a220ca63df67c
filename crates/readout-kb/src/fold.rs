//! Case and diacritic folding with a byte-offset map back to the original text.
//!
//! Matching runs over a lower-cased, accent-stripped copy of the text so that
//! "Mevlüt Çavuşoğlu" and "Mevlut Cavusoglu" hit the same pattern; hyphens,
//! dashes and whitespace fold to a space so "Secretary-General" = "Secretary General".

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// A folded copy of a text plus the way back to the original byte offsets.
pub(crate) struct Folded {
    /// The folded text (lower case, no diacritics).
    pub text: String,
    /// For every folded byte, the original byte offset of the char that produced it;
    /// `None` when folding preserved every offset (ASCII fast path).
    map: Option<Vec<u32>>,
}

impl Folded {
    /// Original byte offset where the folded byte `f` came from.
    pub fn orig_start(&self, f: usize) -> usize {
        match &self.map {
            None => f,
            Some(map) => map.get(f).map_or(usize::MAX, |&o| o as usize),
        }
    }

    /// Original byte offset just past the char that produced folded byte `f_end - 1`.
    pub fn orig_end(&self, original: &str, f_end: usize) -> usize {
        match &self.map {
            None => f_end,
            Some(map) => {
                let Some(&o) = map.get(f_end.saturating_sub(1)) else {
                    return original.len();
                };
                let o = o as usize;
                o + original[o..].chars().next().map_or(0, char::len_utf8)
            }
        }
    }
}

/// Folds a whole text, keeping a map to original offsets unless the text is ASCII.
pub(crate) fn fold_text(text: &str) -> Folded {
    if text.is_ascii() {
        let mut bytes = text.as_bytes().to_vec();
        for b in &mut bytes {
            *b = fold_ascii(*b);
        }
        // Folding ASCII yields ASCII, so this cannot fail; fall back to lossless conversion anyway.
        let text = String::from_utf8(bytes).unwrap_or_default();
        return Folded { text, map: None };
    }
    let mut out = String::with_capacity(text.len() + 16);
    let mut map = Vec::with_capacity(text.len() + 16);
    let mut char_buf = String::new();
    for (offset, c) in text.char_indices() {
        if c.is_ascii() {
            out.push(fold_ascii(c as u8) as char);
            map.push(offset as u32);
            continue;
        }
        char_buf.clear();
        fold_char(c, &mut char_buf);
        out.push_str(&char_buf);
        for _ in 0..char_buf.len() {
            map.push(offset as u32);
        }
    }
    Folded {
        text: out,
        map: Some(map),
    }
}

/// Folds a pattern or query: same folding as texts, then single-spaced and trimmed.
pub(crate) fn fold_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        fold_char(c, &mut out);
    }
    out.split(' ')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

fn fold_ascii(b: u8) -> u8 {
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
    fn folds_curly_apostrophes_and_turkish_i() {
        assert_eq!(fold_str("Côte d’Ivoire"), "cote d'ivoire");
        assert_eq!(fold_str("İstanbul  Kadıköy"), "istanbul kadikoy");
    }
}
