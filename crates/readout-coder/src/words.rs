//! Small allocation-free helpers for looking at words around a byte position in a sentence.

/// Is `c` part of a word (letters, digits, apostrophes inside words, hyphens)?
pub(crate) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '-' || c == '\''
}

/// The word ending at or before `pos` (skipping spaces and punctuation listed in `skip`),
/// as `(start, end)`; `None` at the start of the text.
pub(crate) fn word_before(text: &str, pos: usize) -> Option<(usize, usize)> {
    let head = text.get(..pos)?;
    let trimmed = head.trim_end_matches(|c: char| c.is_whitespace());
    if trimmed.is_empty() {
        return None;
    }
    let end = trimmed.len();
    let last = trimmed.chars().next_back()?;
    if !is_word_char(last) {
        return None;
    }
    let start = trimmed
        .char_indices()
        .rev()
        .take_while(|(_, c)| is_word_char(*c))
        .last()
        .map_or(end, |(i, _)| i);
    Some((start, end))
}

/// The text of the word before `pos`, or "" (stops at punctuation such as commas).
pub(crate) fn prev_word(text: &str, pos: usize) -> &str {
    word_before(text, pos).map_or("", |(s, e)| &text[s..e])
}

/// The word starting at or after `pos` (skipping whitespace only), as `(start, end)`.
pub(crate) fn word_after(text: &str, pos: usize) -> Option<(usize, usize)> {
    let tail = text.get(pos..)?;
    let lead = tail.len() - tail.trim_start_matches(char::is_whitespace).len();
    let start = pos + lead;
    let rest = &text[start..];
    let len: usize = rest
        .chars()
        .take_while(|c| is_word_char(*c))
        .map(char::len_utf8)
        .sum();
    (len > 0).then_some((start, start + len))
}

/// The text of the word after `pos`, or "" (stops at punctuation).
pub(crate) fn next_word(text: &str, pos: usize) -> &str {
    word_after(text, pos).map_or("", |(s, e)| &text[s..e])
}

/// Is the byte range `[s, e)` a whole word in `text` (no word characters glued on either side)?
pub(crate) fn is_whole_word(text: &str, s: usize, e: usize) -> bool {
    let before_ok = text[..s]
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_alphanumeric());
    let after_ok = text[e..]
        .chars()
        .next()
        .is_none_or(|c| !c.is_alphanumeric());
    before_ok && after_ok
}

/// Does the text right after `pos` start with a possessive marker ("'s", "’s", "'", "’")?
/// Returns the marker's byte length.
pub(crate) fn possessive_after(text: &str, pos: usize) -> Option<usize> {
    let tail = text.get(pos..)?;
    for m in ["'s", "\u{2019}s", "'", "\u{2019}"] {
        if let Some(after) = tail.strip_prefix(m) {
            if after.chars().next().is_none_or(|c| !c.is_alphanumeric()) {
                return Some(m.len());
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_neighbouring_words() {
        let s = "talks with China, and Turkey's side";
        let china = s.find("China").unwrap();
        assert_eq!(prev_word(s, china), "with");
        assert_eq!(next_word(s, china + 5), "", "comma stops the next word");
        assert_eq!(next_word(s, 0), "talks");
        let comma = s.find(',').unwrap();
        assert_eq!(
            prev_word(s, comma + 1),
            "",
            "punctuation before blocks the word"
        );
        let turkey_end = s.find("Turkey").unwrap() + 6;
        assert_eq!(possessive_after(s, turkey_end), Some(2));
        assert_eq!(possessive_after(s, china + 5), None);
    }

    #[test]
    fn whole_words_only() {
        assert!(is_whole_word("he said", 0, 2));
        assert!(!is_whole_word("the said", 1, 3));
    }
}

/// Hash-map hasher for short lower-case words: the coder's word sets are looked up per
/// word of every sentence, where SipHash dominated the profile.
pub(crate) type WordHash = std::hash::BuildHasherDefault<WordHasher>;

/// FNV-1a: fast on short keys; the keys are fixed word lists, not attacker-chosen.
#[derive(Default)]
pub(crate) struct WordHasher(u64);

impl std::hash::Hasher for WordHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}
