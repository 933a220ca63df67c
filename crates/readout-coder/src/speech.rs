//! Stage 3 — reported speech: "X said (that) …", "“…,” X said", "according to X, …", and the
//! readout habit of continuing one speaker's statement over the rest of a paragraph.

use crate::cues::{self, in_list};
use crate::lexicon::pattern::Word;
use crate::mentions::{Mention, Source};
use crate::words::{is_whole_word, word_after, word_before, PhraseMatcher, PhraseStarts};
use readout_model::Actor;
use serde::Serialize;

/// A reported-speech frame in one sentence.
#[derive(Debug, Clone, Serialize)]
pub struct Speech {
    /// Who speaks (empty when the speaker is not a known actor, e.g. an analyst).
    pub speaker: Vec<Actor>,
    /// Byte range (sentence-relative) of the reported content.
    pub content: (usize, usize),
    /// Byte range of the framing words ("Wang Yi said that"), excluded from the content.
    pub frame: (usize, usize),
    /// The speech verb or phrase.
    pub verb: String,
    /// True when inherited from an earlier sentence of the same paragraph.
    pub carried: bool,
}

impl Speech {
    /// The state (or organisation) code the speaker speaks for.
    pub fn speaker_code(&self) -> Option<&str> {
        self.speaker.first().map(|a| a.code.as_str())
    }
}

/// Compiled speech-verb cues; built once per coder.
#[derive(Debug)]
pub(crate) struct SpeechFinder {
    verbs: PhraseMatcher,
    /// The words the speech verbs can start on, so the matcher runs on those alone.
    verb_starts: PhraseStarts,
}

impl SpeechFinder {
    /// Compiles the speech verbs.
    pub(crate) fn new() -> Self {
        SpeechFinder {
            verbs: PhraseMatcher::new(cues::SPEECH_VERBS),
            verb_starts: PhraseStarts::new(cues::SPEECH_VERBS),
        }
    }

    /// Finds the speech frame of `sentence`, if any. `mentions` are the sentence's resolved mentions.
    #[cfg(test)]
    pub(crate) fn find(&self, sentence: &str, mentions: &[Mention]) -> Option<Speech> {
        self.find_at(
            sentence,
            &crate::lexicon::pattern::tokenize(sentence),
            mentions,
        )
    }

    /// [`SpeechFinder::find`] for a sentence the coder has split into `words`.
    pub(crate) fn find_at(
        &self,
        sentence: &str,
        words: &[Word],
        mentions: &[Mention],
    ) -> Option<Speech> {
        if let Some(sp) = self.according_to(sentence, words, mentions) {
            return Some(sp);
        }
        for m in self
            .verbs
            .find_at(sentence, self.verb_starts.of(sentence, words))
        {
            let (vs, ve) = (m.start, m.end);
            if !is_whole_word(sentence, vs, ve) {
                continue;
            }
            // a word inside a name is not a verb ("the United States, Japan …")
            if mentions.iter().any(|m| m.span.0 <= vs && ve <= m.span.1) {
                continue;
            }
            let verb = &sentence[vs..ve];
            // "delivered diplomatic notes, …", "the notes": a plural noun, not a verb
            if verb.ends_with('s') && noun_before(sentence, vs) {
                continue;
            }
            // "Trump responded by ordering tariffs": how one answered, not what one said
            // ("said by telephone" is still speech); so is "Israel responded with air strikes"
            if let Some((bs, be)) = crate::words::word_after(sentence, ve) {
                if sentence[bs..be].eq_ignore_ascii_case("with")
                    && in_list(
                        verb,
                        &[
                            "responded",
                            "responds",
                            "respond",
                            "replied",
                            "replies",
                            "reply",
                        ],
                    )
                    && !sentence[be..].trim_start().starts_with(['"', '\u{201c}'])
                {
                    continue;
                }
                if sentence[bs..be].eq_ignore_ascii_case("by")
                    && !in_list(
                        crate::words::next_word(sentence, be),
                        &[
                            "phone",
                            "telephone",
                            "video",
                            "videolink",
                            "email",
                            "letter",
                        ],
                    )
                {
                    continue;
                }
            }
            // "…, the ministry said." — but not nouns such as "… against the remarks."
            let past_or_says = verb.ends_with("ed")
                || in_list(
                    verb,
                    &["said", "says", "told", "wrote", "adds", "notes", "stresses"],
                );
            // speaker before the verb
            let speaker_before = speaker_before(sentence, vs, mentions);
            let rest = &sentence[ve..];
            // (only a past or "says" form closes a sentence: the rest is not read otherwise)
            let rest_empty = past_or_says
                && (rest.trim_matches(|c: char| !c.is_alphanumeric()).is_empty()
                // "…, the Pentagon said on Tuesday."
                || (rest.split_whitespace().nth(4).is_none()
                    && !rest.contains([',', ';', '"', '\u{201C}'])
                    && !in_list(crate::words::next_word(sentence, ve), &["that"])
                    && {
                        let start = speaker_before.map_or(vs, |i| mentions[i].span.0);
                        let head = sentence[..start].trim_end();
                        let head = head.strip_suffix("the").or_else(|| head.strip_suffix("The")).unwrap_or(head).trim_end();
                        head.ends_with([',', '"', '\u{201D}'])
                    }));
            if rest_empty {
                // "“…,” Xi said." / "…, the ministry said."
                let start = speaker_before.map_or(vs, |i| mentions[i].span.0);
                let head = sentence[..start].trim_end();
                let head = head
                    .strip_suffix("the")
                    .or_else(|| head.strip_suffix("The"))
                    .unwrap_or(head);
                let content_end = head.trim_end_matches([' ', ',', '"', '\u{201D}']).len();
                if content_end == 0 {
                    continue;
                }
                return Some(Speech {
                    speaker: speaker_before
                        .map(|i| mentions[i].actors.clone())
                        .unwrap_or_default(),
                    content: (0, content_end),
                    frame: (start, sentence.len()),
                    verb: verb.to_string(),
                    carried: false,
                });
            }
            // "…,” said Babish." — verb right after a comma or closing quote, speaker after it
            if is_inverted(sentence, vs) && past_or_says {
                let sp = mentions
                    .iter()
                    .position(|x| x.span.0 >= ve && x.span.0 <= ve + 2);
                let end_ok = match sp {
                    Some(i) => sentence[mentions[i].span.1..]
                        .trim_matches(|c: char| !c.is_alphanumeric())
                        .is_empty(),
                    // "…,” said Babish." — only a short name may follow
                    None => {
                        sentence[ve..].split_whitespace().nth(4).is_none()
                            && !sentence[ve..].contains(',')
                    }
                };
                if end_ok {
                    let content_end = sentence[..vs]
                        .trim_end_matches([' ', ',', '"', '\u{201D}'])
                        .len();
                    return Some(Speech {
                        speaker: sp.map(|i| mentions[i].actors.clone()).unwrap_or_default(),
                        content: (0, content_end),
                        frame: (vs, sentence.len()),
                        verb: verb.to_string(),
                        carried: false,
                    });
                }
            }
            let Some(content_start) = after_verb(sentence, ve) else {
                if in_list(verb, cues::SPEECH_VERBS_NEED_THAT) {
                    continue;
                }
                // "X said China will …" (no "that")
                if speaker_before.is_none() {
                    continue;
                }
                return Some(Speech {
                    speaker: speaker_before
                        .map(|i| mentions[i].actors.clone())
                        .unwrap_or_default(),
                    content: (ve, sentence.len()),
                    frame: (speaker_before.map_or(vs, |i| mentions[i].span.0), ve),
                    verb: verb.to_string(),
                    carried: false,
                });
            };
            let frame_start = speaker_before.map_or(vs, |i| mentions[i].span.0);
            return Some(Speech {
                speaker: speaker_before
                    .map(|i| mentions[i].actors.clone())
                    .unwrap_or_default(),
                content: (content_start, sentence.len()),
                frame: (frame_start, content_start),
                verb: verb.to_string(),
                carried: false,
            });
        }
        None
    }

    /// "According to X, …" or "…, according to X."
    fn according_to(&self, sentence: &str, words: &[Word], mentions: &[Mention]) -> Option<Speech> {
        let (s, e) = according_to_at(sentence, words)?;
        let who = mentions
            .iter()
            .find(|x| x.span.0 >= e && x.span.0 <= e + 6)?;
        let after = &sentence[who.span.1..];
        if s == 0 || sentence[..s].trim().is_empty() {
            let comma = after.find(',').map(|c| who.span.1 + c + 1)?;
            if sentence[who.span.1..comma]
                .split_whitespace()
                .nth(3)
                .is_some()
            {
                return None;
            }
            Some(Speech {
                speaker: who.actors.clone(),
                content: (comma, sentence.len()),
                frame: (s, comma),
                verb: "according to".into(),
                carried: false,
            })
        } else if after
            .trim_matches(|c: char| !c.is_alphanumeric())
            .is_empty()
        {
            Some(Speech {
                speaker: who.actors.clone(),
                content: (0, s),
                frame: (s, sentence.len()),
                verb: "according to".into(),
                carried: false,
            })
        } else {
            None
        }
    }
}

/// Where the first "according to" (in any ASCII case) starting on one of `words` lies: the
/// phrase's first word is nine bytes long, so only such words are compared, with no search
/// over the sentence's bytes.
fn according_to_at(sentence: &str, words: &[Word]) -> Option<(usize, usize)> {
    const PHRASE: &[u8] = b"according to";
    let bytes = sentence.as_bytes();
    words.iter().find_map(|w| {
        let end = w.start + PHRASE.len();
        (w.end.wrapping_sub(w.start) == 9
            && bytes
                .get(w.start..end)
                .is_some_and(|b| b.eq_ignore_ascii_case(PHRASE)))
        .then_some((w.start, end))
    })
}

/// Where the reported content starts after a speech verb: after "that", a comma or a colon,
/// allowing a short phrase in between ("said in an interview to Sputnik that").
fn after_verb(sentence: &str, ve: usize) -> Option<usize> {
    let rest = &sentence[ve..];
    let trimmed = rest.trim_start();
    let lead = rest.len() - trimmed.len();
    if trimmed.starts_with([',', ':']) {
        return Some(ve + lead + 1);
    }
    if trimmed.starts_with(['"', '\u{201C}']) {
        return Some(ve + lead);
    }
    // "that" within a short window of prepositional or adverbial words
    let mut pos = ve;
    for i in 0..10 {
        let (s, e) = word_after(sentence, pos)?;
        let w = &sentence[s..e];
        if w.eq_ignore_ascii_case("that") {
            return Some(e);
        }
        let adverbial = in_list(w, cues::PREPOSITIONS)
            || w.ends_with("ly")
            || in_list(w, &["also", "further", "again", "once", "repeatedly", "on"])
            || in_list(w, cues::WEEKDAYS);
        if (i == 0 && !adverbial) || e > ve + 70 {
            return None;
        }
        pos = e;
    }
    None
}

/// The mention that speaks with the verb at `vs`: directly before it, or before a parenthetical
/// (", quoted by …,") or a short time or manner phrase ("in late July", "also").
fn speaker_before(sentence: &str, vs: usize, mentions: &[Mention]) -> Option<usize> {
    // "Xi, quoted by the Chinese Foreign Ministry, said": skip the parenthetical
    let head = sentence[..vs].trim_end();
    if let Some(inner) = head.strip_suffix(',') {
        if let Some(open) = inner.rfind(',') {
            if inner.len() - open <= 90 {
                let before_open = sentence[..open].trim_end().len();
                // "A senior Houthi official, Hussein al-Ezzi, said": the name's own actor noun
                // may stand between it and the apposition
                let noun_gap = |m: &Mention| {
                    let gap: Vec<&str> = sentence[m.span.1.min(before_open)..before_open]
                        .split_whitespace()
                        .collect();
                    gap.len() <= 2 && gap.last().is_some_and(|w| cues::is_actor_noun(w))
                };
                if let Some(i) = mentions
                    .iter()
                    .rposition(|m| m.span.1 <= open && (m.span.1 + 2 >= before_open || noun_gap(m)))
                {
                    let m = &mentions[i];
                    if !m.actors.is_empty()
                        && (m.can_be_subject() || matches!(m.source, Source::PersonPronoun))
                    {
                        return Some(i);
                    }
                }
            }
        }
    }
    let i = mentions.iter().rposition(|m| m.span.1 <= vs)?;
    let m = &mentions[i];
    if m.actors.is_empty() && !matches!(m.source, Source::FirstPerson) {
        return None;
    }
    let between = sentence[m.span.1..vs].trim();
    let ok = if between.is_empty()
        || (between.starts_with(',') && between.ends_with(',') && between.len() <= 90)
    {
        true
    } else if !between.contains([',', ';', '.']) {
        let words: Vec<&str> = between.split_whitespace().collect();
        words.len() <= 4
            && (in_list(words[0], cues::PREPOSITIONS)
                || words.iter().all(|w| {
                    w.ends_with("ly")
                        || in_list(
                            w,
                            &[
                                "also",
                                "further",
                                "again",
                                "then",
                                "has",
                                "have",
                                "had",
                                "once",
                                "later",
                                "earlier",
                                "today",
                                "yesterday",
                                "on",
                                "the",
                                "other",
                                "hand",
                            ],
                        )
                }))
    } else {
        // "Erdogan, on the other hand, emphasized"
        let inner = between.trim_matches(',').trim();
        between.starts_with(',')
            && between.ends_with(',')
            && inner.split_whitespace().nth(5).is_none()
    };
    if !ok
        || !m.can_be_subject() && !matches!(m.source, Source::FirstPerson | Source::PersonPronoun)
    {
        return None;
    }
    Some(i)
}

/// Is the verb at `vs` right after a comma or closing quote ("…,” said Babish)?
fn is_inverted(sentence: &str, vs: usize) -> bool {
    if word_before(sentence, vs).is_some() {
        return false;
    }
    let head = sentence[..vs].trim_end();
    head.ends_with([',', '"', '\u{201D}'])
}

/// Does a sentence without its own frame continue the previous speaker's statement? Not when
/// it opens with another party as subject ("President Zelenskiy accused …" after "…, officials said").
pub(crate) fn continues(previous: &Speech, mentions: &[Mention]) -> bool {
    let Some(first) = mentions
        .iter()
        .find(|m| m.can_be_subject() || matches!(m.source, Source::FirstPerson))
    else {
        return true;
    };
    if first.span.0 > 40 {
        return true;
    }
    match first.source {
        Source::Dyad | Source::FirstPerson | Source::StatePronoun => true,
        Source::PersonPronoun => first.actors.iter().any(|a| {
            previous
                .speaker
                .iter()
                .any(|s| s.text == a.text || s.name == a.name && a.name.is_some())
        }),
        _ => {
            first
                .actors
                .iter()
                .any(|a| previous.speaker.iter().any(|s| s.code == a.code))
                && !first.person
        }
    }
}

/// Carries a paragraph's speaker over to a following sentence without its own frame.
pub(crate) fn carry(previous: &Speech, sentence_len: usize) -> Speech {
    Speech {
        speaker: previous.speaker.clone(),
        content: (0, sentence_len),
        frame: (0, 0),
        verb: previous.verb.clone(),
        carried: true,
    }
}

/// The word before `pos` makes a following "-s" form a plural noun: an article, a
/// possessive or numeral determiner, or an adjective of diplomatic paper ("diplomatic notes").
fn noun_before(sentence: &str, pos: usize) -> bool {
    in_list(
        crate::words::prev_word(sentence, pos),
        &[
            "the",
            "a",
            "his",
            "her",
            "its",
            "their",
            "our",
            "my",
            "these",
            "those",
            "two",
            "three",
            "several",
            "diplomatic",
            "verbal",
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mentions::Role;

    fn person(sentence: &str, text: &str, code: &str) -> Mention {
        let s = sentence.find(text).unwrap();
        Mention {
            span: (s, s + text.len()),
            text: text.into(),
            actors: vec![Actor::code(text, code)],
            role: Role::Actor,
            source: Source::Named(readout_kb::MentionKind::Person),
            prep: None,
            possessive: false,
            person: true,
            title: None,
            why: String::new(),
        }
    }

    #[test]
    fn according_to_is_found_where_the_phrase_matcher_finds_it() {
        let matcher = PhraseMatcher::new(&["according to"]);
        for s in [
            "According to Xinhua, the talks went well.",
            "The talks went well, ACCORDING TO officials.",
            "aCcOrDiNg tO",
            "according to",
            "accordingto no",
            "according",
            "according t",
            "according tox and according to them",
            "g",
            "",
            "Going along, according\u{00A0}to none",
            "disaccording to them, according to us",
            "Ça according to é",
            "accordingly, according-to according  to according to",
        ] {
            let words = crate::lexicon::pattern::tokenize(s);
            let by_matcher = matcher
                .find_at(s, words.iter().map(|w| w.start))
                .next()
                .map(|m| (m.start, m.end));
            assert_eq!(according_to_at(s, &words), by_matcher, "{s:?}");
        }
    }

    #[test]
    fn said_that_frames_the_rest() {
        let f = SpeechFinder::new();
        let s = "Jaishankar said that India will deepen cooperation with France.";
        let sp = f
            .find(
                s,
                &[person(s, "Jaishankar", "IND"), person(s, "India", "IND")],
            )
            .unwrap();
        assert_eq!(sp.speaker[0].code, "IND");
        assert_eq!(&s[sp.content.0..sp.content.1].trim_start()[..5], "India");
    }

    #[test]
    fn quote_then_speaker_with_parenthetical() {
        let f = SpeechFinder::new();
        let s = "\u{201C}The parties should cooperate,\u{201D} Macron, quoted by Le Monde, said.";
        let sp = f.find(s, &[person(s, "Macron", "FRA")]).unwrap();
        assert_eq!(sp.speaker[0].code, "FRA");
        assert!(s[sp.content.0..sp.content.1].contains("parties should"));
        assert!(!s[sp.content.0..sp.content.1].contains("Macron"));
    }

    #[test]
    fn comma_after_said_and_according_to() {
        let f = SpeechFinder::new();
        let s = "Lavrov said, the two sides should act.";
        let sp = f.find(s, &[person(s, "Lavrov", "RUS")]).unwrap();
        assert_eq!(s[sp.content.0..].trim(), "the two sides should act.");
        let t = "According to Blinken, Washington will send aid.";
        let sp = f.find(t, &[person(t, "Blinken", "USA")]).unwrap();
        assert_eq!(sp.speaker[0].code, "USA");
        assert!(t[sp.content.0..sp.content.1].contains("Washington"));
    }

    #[test]
    fn expressed_gratitude_is_not_speech() {
        let f = SpeechFinder::new();
        let s = "Modi expressed gratitude to Japan.";
        assert!(f.find(s, &[person(s, "Modi", "IND")]).is_none());
    }
}
