//! Splitting text at line feeds with a vectorised search.
//!
//! Every stage of `prepare` walks the text line by line (boilerplate, unwrapping,
//! sentences); `str::split('\n')` looks for each line feed a word at a time, which made
//! these walks a visible share of preparing a document.

/// The pieces of `text` between line feeds: exactly what `text.split('\n')` yields,
/// including the empty piece after a final `\n` and the whole text when it has none.
pub(crate) fn split_lines(text: &str) -> impl Iterator<Item = &str> + '_ {
    let mut rest = Some(text);
    std::iter::from_fn(move || {
        let current = rest?;
        match memchr::memchr(b'\n', current.as_bytes()) {
            // a line feed is ASCII, so both cuts fall on character boundaries
            Some(i) => {
                rest = Some(&current[i + 1..]);
                Some(&current[..i])
            }
            None => {
                rest = None;
                Some(current)
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_pieces_as_split_at_line_feeds() {
        let pieces = ["a", "\n", "\n\n", " ", "é", "\r\n", "long line here", "…"];
        let mut seed = 0x9E37_79B9_7F4A_7C15u64;
        for _ in 0..3000 {
            let mut text = String::new();
            for _ in 0..(seed % 10) {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                text.push_str(pieces[(seed % pieces.len() as u64) as usize]);
            }
            seed = seed.wrapping_add(0x2545_F491_4F6C_DD1D);
            let mine: Vec<&str> = split_lines(&text).collect();
            let reference: Vec<&str> = text.split('\n').collect();
            assert_eq!(mine, reference, "{text:?}");
        }
        assert_eq!(split_lines("").collect::<Vec<_>>(), [""]);
        assert_eq!(split_lines("\n").collect::<Vec<_>>(), ["", ""]);
    }
}
