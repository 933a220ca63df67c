//! Re-joining hard-wrapped paragraphs (e-mail, wire feeds, text dumps wrapped at
//! ~72 columns), where a single line break is not a paragraph break.
//!
//! The sentence splitter treats every line as a paragraph, which is right for
//! readouts and web text; wrapped text must be unwrapped first or sentences are
//! cut at every line end.

use crate::lines::split_lines;
use std::borrow::Cow;

/// Lines shorter than this are headlines, datelines or list items, never wrapped prose.
const MIN_WRAPPED_LINE: usize = 40;
/// Wrapped text is cut before this width.
const MAX_WRAPPED_LINE: usize = 100;

/// Does this line end where a sentence or heading could end?
fn ends_sentence(line: &str) -> bool {
    line.trim_end()
        .ends_with(['.', '!', '?', ':', ';', '"', '\'', ')', ']', '\u{2026}'])
}

/// Whether `line` has at least `n` characters. Characters are counted only when the byte
/// length leaves it open (a character takes one to four bytes): most lines are far longer
/// or shorter than the widths asked about.
fn has_chars(line: &str, n: usize) -> bool {
    line.len() >= n && (line.len() >= 4 * n || line.chars().count() >= n)
}

/// Is the text hard-wrapped: at least four prose lines of wrapping width, half
/// or more of which run on into the next line without final punctuation?
fn is_hard_wrapped(lines: &[&str]) -> bool {
    let mut prose = 0usize;
    let mut run_on = 0usize;
    for pair in lines.windows(2) {
        let wrapping_width =
            has_chars(pair[0], MIN_WRAPPED_LINE) && !has_chars(pair[0], MAX_WRAPPED_LINE + 1);
        if !wrapping_width || pair[1].trim().is_empty() {
            continue;
        }
        prose += 1;
        if !ends_sentence(pair[0]) {
            run_on += 1;
        }
    }
    prose >= 4 && run_on * 2 >= prose
}

/// Joins lines that continue the same paragraph with a space. In hard-wrapped
/// text every line break inside a blank-line separated block is joined (short
/// first lines, such as a headline, stay); elsewhere only a long line without
/// final punctuation followed by a line starting in lower case.
pub fn unwrap_lines(text: &str) -> Cow<'_, str> {
    let lines: Vec<&str> = split_lines(text).collect();
    if lines.len() < 2 {
        return Cow::Borrowed(text);
    }
    let wrapped = is_hard_wrapped(&lines);
    let joins = |i: usize| -> bool {
        let (line, next) = (lines[i], lines[i + 1]);
        if line.trim().is_empty() || next.trim().is_empty() {
            return false;
        }
        let long = has_chars(line, MIN_WRAPPED_LINE);
        let continues_lower = next.trim_start().starts_with(|c: char| c.is_lowercase());
        if wrapped {
            // Keep a short line that opens a block (headline, dateline) on its own.
            let opens_block = i == 0 || lines[i - 1].trim().is_empty();
            return long || !opens_block || continues_lower;
        }
        long && !ends_sentence(line) && continues_lower
    };
    if !(0..lines.len() - 1).any(joins) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for (i, line) in lines.iter().enumerate() {
        out.push_str(line);
        if i + 1 < lines.len() {
            out.push(if joins(i) { ' ' } else { '\n' });
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn has_chars_agrees_with_counting() {
        let pieces = ["a", " ", "é", "中", "\u{1F600}", "bcdefghij"];
        let mut seed = 0x2545_F491_4F6C_DD1Du64;
        for _ in 0..3000 {
            let mut line = String::new();
            for _ in 0..(seed % 60) {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                line.push_str(pieces[(seed % pieces.len() as u64) as usize]);
            }
            seed = seed.wrapping_add(0x9E37_79B9_7F4A_7C15);
            for n in [0, 1, 3, MIN_WRAPPED_LINE, MAX_WRAPPED_LINE + 1] {
                assert_eq!(
                    has_chars(&line, n),
                    line.chars().count() >= n,
                    "{line:?} {n}"
                );
            }
        }
    }

    #[test]
    fn readouts_are_left_alone() {
        let text = "Wang Yi Speaks with Russian Foreign Minister Sergey Lavrov on the Phone\n2021-02-04 09:43\n\nOn February 4, 2021, Wang Yi had a phone conversation with Lavrov.\n\nLavrov said the relations are good.";
        assert!(matches!(unwrap_lines(text), Cow::Borrowed(_)));
    }

    #[test]
    fn hard_wrapped_paragraphs_are_joined() {
        let text = "TALKS IN ANKARA\n\nThe foreign ministers of Turkey and China met in Ankara on\nMonday and agreed to step up cooperation against terrorism,\naccording to a statement. The two sides also discussed trade\nand the Belt and Road Initiative in some detail, officials\nsaid.\n\nA second paragraph follows here and it is also wrapped at\nsixty columns or so by the sending system.";
        let out = unwrap_lines(text);
        assert_eq!(
            out,
            "TALKS IN ANKARA\n\nThe foreign ministers of Turkey and China met in Ankara on Monday and agreed to step up cooperation against terrorism, according to a statement. The two sides also discussed trade and the Belt and Road Initiative in some detail, officials said.\n\nA second paragraph follows here and it is also wrapped at sixty columns or so by the sending system."
        );
    }

    #[test]
    fn lower_case_continuation_is_joined_in_unwrapped_text() {
        let text = "Headline\nThe minister said the talks on the border issue were\nconstructive and would continue.\nNext paragraph.";
        assert_eq!(
            unwrap_lines(text),
            "Headline\nThe minister said the talks on the border issue were constructive and would continue.\nNext paragraph."
        );
    }
}
