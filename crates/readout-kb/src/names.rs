//! Shapes of names in text: unknown names after titles, given names before surnames,
//! plural titles, the noun after an adjective.

use crate::fold::ASCII_FOLD;
use crate::matcher::{Atom, Entity};
use crate::KnowledgeBase;

/// Capitalised words that end an unknown-name run after a title (and that may follow a
/// surname without being part of a name: "Blinken Monday").
pub(crate) const NAME_STOPWORDS: &[&str] = &[
    "on",
    "in",
    "at",
    "the",
    "and",
    "of",
    "for",
    "to",
    "said",
    "says",
    "told",
    "has",
    "had",
    "was",
    "is",
    "will",
    "met",
    "who",
    "with",
    "from",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "speaks",
    "holds",
    "meets",
    "calls",
    "visits",
    "talks",
    "also",
    "during",
    "after",
    "before",
    "phone",
    "by",
    "as",
    "a",
    "an",
    "but",
    "that",
    "this",
    "his",
    "her",
    "their",
    "he",
    "she",
];

/// Ranks and honorifics that may stand between a title and a name.
pub(crate) const HONORIFICS: &[&str] = &[
    "General",
    "Gen.",
    "Lieutenant",
    "Lt.",
    "Major",
    "Maj.",
    "Brigadier",
    "Colonel",
    "Col.",
    "Admiral",
    "Adm.",
    "Marshal",
    "Field",
    "Air",
    "Vice",
    "Rear",
    "Dr.",
    "Dr",
    "Mr.",
    "Mr",
    "Mrs.",
    "Mrs",
    "Ms.",
    "Ms",
    "Sheikh",
    "Prince",
    "Princess",
    "Sir",
    "Dame",
    "Ambassador",
    "H.E.",
];

/// A gap of honorifics only (" General ", " Lt. Gen. ") between a title and a known person.
pub(crate) fn is_honorific_gap(g: &str) -> bool {
    let inner = g.strip_prefix(' ').and_then(|x| x.strip_suffix(' '));
    inner
        .is_some_and(|inner| !inner.is_empty() && inner.split(' ').all(|w| HONORIFICS.contains(&w)))
}

/// Particles allowed inside an unknown name ("Faisal bin Farhan", "Ursula von der Leyen").
const NAME_PARTICLES: &[&str] = &[
    "bin", "bint", "ibn", "al", "el", "de", "da", "di", "du", "van", "von", "der", "den", "la",
    "le", "dos",
];

/// Extends a surname hit back over the person's given names and a middle initial ("Antony J. Blinken").
pub(crate) fn extend_given_names(kb: &KnowledgeBase, text: &str, atoms: &mut [Atom<'_>]) {
    let mut prev_end = 0;
    for atom in atoms.iter_mut() {
        let lower_bound = prev_end;
        prev_end = atom.end;
        if !atom
            .targets
            .iter()
            .any(|t| matches!(t.entity, Entity::Person(_)))
        {
            continue;
        }
        // Any person whose full name ends with the words matched ("Blinken", "Erdogan").
        let written = &text[atom.start..atom.end];
        let mut people = atom.targets.iter().filter_map(|t| match t.entity {
            Entity::Person(p) => Some(&kb.people[p as usize]),
            _ => None,
        });
        let found = if written.is_ascii() {
            people.find_map(|person| Some((person, ascii_surname_words(&person.folded, written)?)))
        } else {
            // folded once for all the candidates
            crate::fold::with_folded(written, |w| {
                people.find_map(|person| Some((person, folded_surname_words(&person.folded, w)?)))
            })
        };
        let Some((person, surname_words)) = found else {
            continue;
        };
        let tokens: Vec<&str> = person.display.split_whitespace().collect();
        if tokens.len() <= surname_words {
            continue;
        }
        let given_words = tokens.len() - surname_words;
        let given = crate::fold::fold_str(&tokens[..given_words].join(" "));
        let before = &text[lower_bound..atom.start];
        // Optional middle initial "J. " right before the surname.
        let mut cut = before.len();
        let b = before.as_bytes();
        if cut >= 3
            && b[cut - 1] == b' '
            && b[cut - 2] == b'.'
            && b[cut - 3].is_ascii_uppercase()
            && (cut == 3 || b[cut - 4] == b' ')
        {
            cut -= 3;
        }
        let Some(head) = before[..cut].strip_suffix(' ') else {
            continue;
        };
        // The last `given_words` words of the preceding text.
        let mut start = head.len();
        let mut found = true;
        for k in 0..given_words {
            if k > 0 {
                if start == 0 || head.as_bytes()[start - 1] != b' ' {
                    found = false;
                    break;
                }
                start -= 1;
            }
            start = head[..start].rfind(' ').map_or(0, |i| i + 1);
        }
        if !found {
            continue;
        }
        let candidate = &head[start..];
        if candidate.is_empty() || candidate.len() > given.len() * 2 + 8 {
            continue;
        }
        if crate::fold::fold_str(candidate) == given {
            atom.start = lower_bound + start;
        }
    }
}

/// When the folded full name `full` ends, right after a space, with the folded words
/// `folded` of a surname hit ("blinken" in "antony blinken"), how many words those are.
fn folded_surname_words(full: &str, folded: &str) -> Option<usize> {
    let ends = full.len() > folded.len()
        && full.ends_with(folded)
        && full.as_bytes()[full.len() - folded.len() - 1] == b' ';
    ends.then(|| folded.split(' ').count())
}

/// [`folded_surname_words`] of `fold_str(written)` for ASCII `written`, without folding
/// into a copy.
fn ascii_surname_words(full: &str, written: &str) -> Option<usize> {
    // ASCII folds byte by byte: compare from the end, folding on the way (no copy), with
    // the gaps at the ends dropped and each gap inside one space, as folding does.
    let full = full.as_bytes();
    let is_gap = |b: u8| ASCII_FOLD[b as usize] == b' ';
    let mut rest = written.as_bytes();
    while let [head @ .., last] = rest {
        if !is_gap(*last) {
            break;
        }
        rest = head;
    }
    let mut f = full.len();
    let mut words = 1;
    while let [head @ .., last] = rest {
        if is_gap(*last) {
            rest = head;
            while let [head @ .., last] = rest {
                if !is_gap(*last) {
                    break;
                }
                rest = head;
            }
            if rest.is_empty() {
                break;
            }
            f = f.checked_sub(1)?;
            if full[f] != b' ' {
                return None;
            }
            words += 1;
            continue;
        }
        f = f.checked_sub(1)?;
        if full[f] != ASCII_FOLD[*last as usize] {
            return None;
        }
        rest = head;
    }
    // `full[f..]` is the folded written text; a space must come before it
    (f > 0 && full[f - 1] == b' ').then_some(words)
}

/// Reads a run of capitalised words after a title as an unknown person's name.
pub(crate) fn unknown_name(text: &str, from: usize, limit: usize) -> Option<(usize, usize)> {
    let rest = &text[from..limit.max(from)];
    let mut body = rest.strip_prefix(' ')?;
    let mut base = from + 1;
    // Ranks and honorifics are not part of the name ("army chief General Asim Munir").
    while let Some((word, tail)) = body.split_once(' ') {
        if !HONORIFICS.contains(&word) {
            break;
        }
        base += word.len() + 1;
        body = tail;
    }
    let mut end = 0usize;
    let mut words = 0;
    let mut pos = 0usize;
    let bytes = body.as_bytes();
    while pos < body.len() && words < 5 {
        let word_end = body[pos..]
            .find([' ', ',', ';', ':', '(', ')', '"', '\n', '\t'])
            .map_or(body.len(), |k| pos + k);
        let word = &body[pos..word_end];
        let trimmed = word
            .trim_end_matches(['.', '\'', '\u{2019}'])
            .trim_end_matches("'s");
        let lower = trimmed.to_lowercase();
        let is_initial =
            word.len() == 2 && word.ends_with('.') && word.as_bytes()[0].is_ascii_uppercase();
        let capitalised = trimmed.chars().next().is_some_and(char::is_uppercase)
            && trimmed.chars().skip(1).any(char::is_lowercase)
            && !NAME_STOPWORDS.contains(&lower.as_str());
        let particle = words > 0 && NAME_PARTICLES.contains(&lower.as_str());
        if !(capitalised || is_initial || particle) || trimmed.is_empty() {
            break;
        }
        words += 1;
        if capitalised {
            end = pos + trimmed.len();
        }
        // A full stop after a non-initial word ends the sentence, and the name.
        if word.ends_with('.') && !is_initial {
            break;
        }
        if word_end >= body.len() || bytes[word_end] != b' ' {
            break;
        }
        pos = word_end + 1;
    }
    (end > 0).then_some((base, base + end))
}

/// Whether a title was written in the plural ("foreign ministers", "heads of state"):
/// the written form is a plural of one of the title's names, so it names no single holder.
pub(crate) fn is_plural(kb: &KnowledgeBase, written: &str, title: u32) -> bool {
    let plurals = &kb.title_plurals[title as usize];
    if plurals.is_empty() {
        return false;
    }
    // Folding keeps a final ASCII letter or digit, lower-cased: when no plural ends with it
    // (most titles are written in the singular) there is nothing to fold and compare.
    if let Some(&last) = written.as_bytes().last() {
        if last.is_ascii_alphanumeric() {
            let last = last.to_ascii_lowercase();
            if !plurals.iter().any(|p| p.as_bytes().last() == Some(&last)) {
                return false;
            }
        }
    }
    if written.is_ascii() {
        return plurals
            .iter()
            .any(|p| crate::fold::ascii_folds_to(written, p));
    }
    crate::fold::with_folded(written, |w| plurals.iter().any(|p| p == w))
}

/// Whether `plural` is an English plural of `singular`.
pub(crate) fn plural_of(singular: &str, plural: &str) -> bool {
    plural == format!("{singular}s")
        || plural == format!("{singular}es")
        || singular
            .strip_suffix('y')
            .is_some_and(|stem| plural == format!("{stem}ies"))
        || singular
            .strip_suffix("man")
            .is_some_and(|stem| plural == format!("{stem}men"))
        || singular.strip_suffix("person").is_some_and(|stem| {
            plural == format!("{stem}people") || plural == format!("{stem}persons")
        })
}

/// The word right after an adjective ("Turkish people" → "people").
pub(crate) fn next_word(text: &str, from: usize) -> Option<String> {
    let rest = text[from..].strip_prefix(' ')?;
    let word: String = rest
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '-')
        .collect();
    (!word.is_empty()).then_some(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plurals_of_title_words() {
        assert!(plural_of("minister", "ministers"));
        assert!(plural_of("secretary", "secretaries"));
        assert!(plural_of("spokesman", "spokesmen"));
        assert!(plural_of("spokesperson", "spokespeople"));
        assert!(!plural_of("minister", "ministry"));
    }

    #[test]
    fn unknown_name_skips_ranks_and_stops_at_verbs() {
        let text = "army chief General Asim Testir said";
        let from = "army chief".len();
        let (s, e) = unknown_name(text, from, text.len()).unwrap_or((0, 0));
        assert_eq!(&text[s..e], "Asim Testir");
        let text = "Foreign Minister Said";
        assert_eq!(
            unknown_name(text, "Foreign Minister".len(), text.len()),
            None
        );
        let text = "Minister Faisal bin Farhan.";
        let (s, e) = unknown_name(text, "Minister".len(), text.len()).unwrap_or((0, 0));
        assert_eq!(&text[s..e], "Faisal bin Farhan");
    }

    #[test]
    fn plural_titles_are_told_with_or_without_the_last_letter_check() {
        let kb = crate::KnowledgeBase::builtin().expect("built-in data loads");
        let by_folding = |written: &str, title: u32| {
            kb.title_plurals[title as usize].contains(&crate::fold::fold_str(written))
        };
        let mut checked = 0;
        for (title, plurals) in kb.title_plurals.iter().enumerate() {
            let title = title as u32;
            let t = &kb.rec.titles[title as usize];
            let mut written: Vec<String> = plurals.clone();
            written.push(t.title.clone());
            for w in written.clone() {
                written.push(w.to_uppercase());
                written.push(w.replace(' ', "-"));
                written.push(format!("{w} "));
                written.push(format!("{w}\u{2019}"));
                written.push(w.trim_end_matches('s').to_string());
            }
            for w in &written {
                assert_eq!(is_plural(&kb, w, title), by_folding(w, title), "{w:?}");
                checked += 1;
            }
        }
        assert!(checked > 100, "{checked}");
    }

    #[test]
    fn surname_endings_folded_on_the_fly_agree_with_folding_first() {
        let by_folding = |full: &str, written: &str| {
            let w = crate::fold::fold_str(written);
            let ends = full.len() > w.len()
                && full.ends_with(w.as_str())
                && full.as_bytes()[full.len() - w.len() - 1] == b' ';
            ends.then(|| w.split(' ').count())
        };
        let fulls = [
            "antony blinken",
            "recep tayyip erdogan",
            "jean yves le drian",
            "wang yi",
            "yi",
            " yi",
            "a b",
            "",
            "mevlut cavusoglu",
        ];
        let written = [
            "Blinken",
            "BLINKEN",
            "blinken ",
            " Blinken",
            "Tayyip Erdogan",
            "Tayyip  Erdogan",
            "Tayyip-Erdogan",
            "Tayyip -\tErdogan",
            "Yves Le Drian",
            "Le-Drian",
            "Wang Yi",
            "Yi",
            "yi",
            "i",
            "",
            " ",
            "-",
            "B",
            "a b",
            "Çavuşoğlu",
            "Cavusoglu",
            "Mevlüt Çavuşoğlu",
            "Erdoğan",
        ];
        let mut found = 0;
        for full in fulls {
            for w in written {
                let without_copy = if w.is_ascii() {
                    ascii_surname_words(full, w)
                } else {
                    folded_surname_words(full, &crate::fold::fold_str(w))
                };
                assert_eq!(without_copy, by_folding(full, w), "{full:?} {w:?}");
                found += usize::from(by_folding(full, w).is_some());
            }
        }
        assert!(found > 8, "{found}");
    }

    #[test]
    fn honorific_gaps() {
        assert!(is_honorific_gap(" General "));
        assert!(is_honorific_gap(" Lt. General "));
        assert!(!is_honorific_gap(" said "));
        assert!(!is_honorific_gap(" "));
    }
}
