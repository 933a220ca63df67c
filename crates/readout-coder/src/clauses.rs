//! Clause splitting: the unit inside which a trigger looks for its subject and object.
//! Boundaries are ";", speech frames, ", and"/", but" before a new subject, "while",
//! relative "which"/"who", "if …," conditions and introductory phrases ("In response to …,").

use crate::cues::{self, in_list};
use crate::mentions::Mention;
use crate::speech::Speech;
use crate::words::{next_word, word_after};
use memchr::memmem::Finder;
use std::sync::LazyLock;

/// " that " and " while ", searched in every sentence: built once, not per call.
static THAT: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new(" that "));
static WHILE: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new(" while "));

/// Clause boundaries of one sentence (sorted byte offsets, starting at 0 and ending at its length).
#[derive(Debug, Clone)]
pub(crate) struct Clauses {
    bounds: Vec<usize>,
    /// Byte range of an introductory phrase ("In response to …,") whose actor is the main subject.
    pub intro: Option<(usize, usize)>,
}

impl Clauses {
    /// Splits `sentence` into clauses.
    pub(crate) fn split(sentence: &str, mentions: &[Mention], speech: Option<&Speech>) -> Clauses {
        let len = sentence.len();
        let mut bounds = vec![0, len];
        if let Some(sp) = speech.filter(|s| !s.carried) {
            bounds.extend([sp.frame.0, sp.frame.1, sp.content.0, sp.content.1]);
        }
        let bytes = sentence.as_bytes();
        // only the three punctuation marks below open a clause: memchr finds them
        for i in memchr::memchr3_iter(b';', b':', b',', bytes) {
            match bytes[i] {
                b';' => bounds.push(i + 1),
                b':' if !(i > 0 && bytes[i - 1].is_ascii_digit()) => bounds.push(i + 1),
                b',' => {
                    let next = next_word(sentence, i + 1);
                    if in_list(
                        next,
                        &[
                            "while", "whereas", "which", "who", "then", "although", "though",
                            "because",
                        ],
                    ) && !participle_after_while(sentence, i + 1, next)
                    {
                        bounds.push(i + 1);
                    } else if in_list(
                        next,
                        &[
                            "and", "but", "yet", "so", "as", "after", "when", "before", "until",
                        ],
                    ) {
                        // a new clause only when a subject follows the conjunction
                        let (_, ce) = word_after(sentence, i + 1).unwrap_or((i + 1, i + 1));
                        let subject_follows = mentions.iter().any(|m| {
                            m.span.0 >= ce && m.span.0 <= ce + 30 && m.can_be_subject() && {
                                let gap = sentence[ce..m.span.0].trim();
                                // ", and Minister Cho expressed …": a title before the name
                                gap.is_empty()
                                    || in_list(gap, &["the", "both", "all"])
                                    || (gap.split_whitespace().nth(3).is_none()
                                        && gap.split_whitespace().all(|w| {
                                            w.chars().next().is_some_and(char::is_uppercase)
                                        }))
                            }
                        });
                        if subject_follows {
                            bounds.push(i + 1);
                        }
                    }
                }
                _ => {}
            }
        }
        // a second complement clause: "said that Iran must stop … and that the UK would …"
        for at in THAT.find_iter(sentence.as_bytes()) {
            let head = &sentence[..at];
            for cue in [" and", " but", " and said", " and stressed"] {
                if head.ends_with(cue) {
                    bounds.push(at - cue.len() + 1);
                    break;
                }
            }
        }
        // " while " without a comma
        bounds.extend(
            WHILE
                .find_iter(sentence.as_bytes())
                .filter(|&at| !participle_after_while(sentence, at, "while"))
                .map(|at| at + 1),
        );
        // conditions: "if …," ends at the next comma
        let mut intro = None;
        let mut from = 0;
        while let Some(p) = find_word_ci(sentence, from, "if") {
            bounds.push(p);
            if let Some(c) = sentence[p..].find(',') {
                bounds.push(p + c + 1);
            }
            from = p + 2;
        }
        // introductory phrase: "In response to …, X …" / "When …, X …"
        let first = next_word(sentence, 0);
        let participle = first.len() > 4
            && first.ends_with("ing")
            && first.chars().next().is_some_and(char::is_uppercase);
        if in_list(first, cues::PREPOSITIONS) || in_list(first, cues::CLAUSE_OPENERS) || participle
        {
            if let Some(c) = sentence.find(',') {
                // the comma must not close a date ("On December 14, 2020,")
                let after = next_word(sentence, c + 1);
                let c = if after.len() == 4 && after.bytes().all(|b| b.is_ascii_digit()) {
                    sentence[c + 1..].find(',').map_or(c, |c2| c + 1 + c2)
                } else {
                    c
                };
                bounds.push(c + 1);
                intro = Some((0, c + 1));
            }
        }
        bounds.retain(|&b| b <= len);
        bounds.sort_unstable();
        bounds.dedup();
        Clauses { bounds, intro }
    }

    /// The clause containing byte `pos`, as `(start, end)`.
    pub(crate) fn of(&self, pos: usize) -> (usize, usize) {
        let i = self.bounds.partition_point(|&b| b <= pos);
        let start = if i == 0 { 0 } else { self.bounds[i - 1] };
        let end = self.bounds.get(i).copied().unwrap_or(start);
        (start, end)
    }

    /// The clause just before the one starting at `start`, if any.
    pub(crate) fn previous(&self, start: usize) -> Option<(usize, usize)> {
        let i = self.bounds.iter().position(|&b| b == start)?;
        (i > 0).then(|| (self.bounds[i - 1], start))
    }
}

/// Position of the whole word `word` (ASCII, matched ASCII case-insensitive) at or after
/// `from`. Candidates are found by their last byte with memchr (the "f" of "if" is much
/// rarer than its "i"), in ascending order; an ASCII byte never lies inside a multi-byte
/// character, so every candidate is a character boundary.
fn find_word_ci(text: &str, from: usize, word: &str) -> Option<usize> {
    debug_assert!(word.is_ascii(), "find_word_ci takes ASCII words");
    let w = word.as_bytes();
    let last = *w.last()?;
    let bytes = text.as_bytes();
    let hay = bytes.get(from + w.len() - 1..)?;
    memchr::memchr2_iter(last.to_ascii_lowercase(), last.to_ascii_uppercase(), hay)
        .map(|i| from + i)
        .find(|&p| {
            bytes
                .get(p..p + w.len())
                .is_some_and(|b| b.eq_ignore_ascii_case(w))
                && crate::words::is_whole_word(text, p, p + w.len())
        })
}

/// ", while raising the tariff on Chinese imports": "while" before a participle opens no
/// clause of its own — the participle's subject is the main clause's.
fn participle_after_while(sentence: &str, pos: usize, next: &str) -> bool {
    if !next.eq_ignore_ascii_case("while") {
        return false;
    }
    let Some((_, e)) = word_after(sentence, pos) else {
        return false;
    };
    let mut verb = next_word(sentence, e);
    if verb.eq_ignore_ascii_case("also") {
        verb = word_after(sentence, e).map_or("", |(_, e2)| next_word(sentence, e2));
    }
    verb.len() > 5 && verb.ends_with("ing") && verb.chars().all(|c| c.is_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn semicolons_conditions_and_intros_split() {
        let s = "In response to the protests, Paris recalled its envoy; Rome did not.";
        let c = Clauses::split(s, &[], None);
        assert_eq!(c.intro, Some((0, s.find(',').unwrap() + 1)));
        let rome = s.find("Rome").unwrap();
        assert_eq!(&s[c.of(rome).0..c.of(rome).1].trim(), &"Rome did not.");
        let t = "If Iran complies, the EU will lift sanctions.";
        let c = Clauses::split(t, &[], None);
        let eu = t.find("EU").unwrap();
        assert_eq!(c.of(eu).0, t.find(',').unwrap() + 1);
    }

    #[test]
    fn find_word_ci_finds_the_first_whole_word_as_a_scan_does() {
        fn scan(text: &str, from: usize, word: &str) -> Option<usize> {
            (from..text.len()).find(|&p| {
                text.is_char_boundary(p)
                    && text
                        .as_bytes()
                        .get(p..p + word.len())
                        .is_some_and(|b| b.eq_ignore_ascii_case(word.as_bytes()))
                    && crate::words::is_whole_word(text, p, p + word.len())
            })
        }
        let texts = [
            "",
            "if",
            "If",
            "IF Iran complies, and if not, then",
            "specific clarify if",
            "verified: if, iF; kif",
            "«if» é if",
            "ifif if",
        ];
        for t in texts {
            for from in 0..=t.len() + 1 {
                for w in ["if", "i", "and"] {
                    assert_eq!(
                        find_word_ci(t, from, w),
                        scan(t, from, w),
                        "{t:?} {from} {w}"
                    );
                }
            }
        }
    }

    #[test]
    fn dates_do_not_end_the_intro() {
        let s = "On December 14, 2020, Wang Yi had a phone call.";
        let c = Clauses::split(s, &[], None);
        assert_eq!(c.intro.unwrap().1, s.find("2020,").unwrap() + 5);
    }
}
