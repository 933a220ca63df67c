//! Where to highlight an event in its document, in UTF-16 offsets the browser can use directly.
//!
//! Events carry byte spans (SPEC §5); JavaScript strings index by UTF-16 code units, so the
//! server converts. Actor, recipient and trigger words are located inside the evidence span.

use readout_model::{Event, Span};
use serde::Serialize;

/// Highlights of one event: its evidence and the marked words inside it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Highlight {
    /// The event these highlights belong to.
    pub event_id: String,
    /// Evidence range `[start, end)` in UTF-16 code units, `None` if the span is not in the text.
    pub evidence: Option<(usize, usize)>,
    /// Actor, recipient and trigger words inside the evidence.
    pub marks: Vec<Mark>,
}

/// One marked run of words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Mark {
    /// `actor`, `recipient` or `trigger`.
    pub kind: &'static str,
    /// Start in UTF-16 code units.
    pub start: usize,
    /// End (exclusive) in UTF-16 code units.
    pub end: usize,
}

/// Computes the highlights of `event` in `text` (the document's normalised text).
pub fn highlight(text: &str, event: &Event) -> Highlight {
    let (start, end) = event.span;
    let Some(evidence) = text.get(start..end) else {
        return Highlight {
            event_id: event.id.clone(),
            evidence: None,
            marks: Vec::new(),
        };
    };
    let mut byte_marks: Vec<(&'static str, Span)> = Vec::new();
    let sides = [("actor", &event.actor), ("recipient", &event.recipient)];
    for (kind, side) in sides {
        for actor in side.iter() {
            if let Some((s, e)) = find(evidence, &actor.text) {
                byte_marks.push((kind, (start + s, start + e)));
            }
        }
    }
    for part in event.trigger.split('…').map(str::trim) {
        if let Some((s, e)) = find(evidence, part) {
            byte_marks.push(("trigger", (start + s, start + e)));
        }
    }
    byte_marks.sort_by_key(|(_, (s, e))| (*s, std::cmp::Reverse(*e)));
    let mut marks = Vec::new();
    let mut covered_to = 0;
    for (kind, (s, e)) in byte_marks {
        if s < covered_to {
            continue; // overlaps an earlier mark: the first one wins
        }
        covered_to = e;
        marks.push(Mark {
            kind,
            start: utf16_offset(text, s),
            end: utf16_offset(text, e),
        });
    }
    Highlight {
        event_id: event.id.clone(),
        evidence: Some((utf16_offset(text, start), utf16_offset(text, end))),
        marks,
    }
}

/// Finds `needle` in `haystack`: exactly first, then ignoring ASCII case. Byte offsets.
fn find(haystack: &str, needle: &str) -> Option<Span> {
    let needle = needle.trim();
    if needle.is_empty() {
        return None;
    }
    if let Some(i) = haystack.find(needle) {
        return Some((i, i + needle.len()));
    }
    // ASCII lower-casing keeps byte offsets unchanged, so positions carry over.
    let i = haystack
        .to_ascii_lowercase()
        .find(&needle.to_ascii_lowercase())?;
    Some((i, i + needle.len()))
}

/// The UTF-16 offset of byte offset `byte` (clamped to the text, rounded down to a char boundary).
pub fn utf16_offset(text: &str, byte: usize) -> usize {
    let mut b = byte.min(text.len());
    while !text.is_char_boundary(b) {
        b -= 1;
    }
    text[..b].encode_utf16().count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use readout_model::{Actor, EventType, Quad};

    fn event(span: Span, actor: &str, recipient: &str, trigger: &str) -> Event {
        Event {
            id: "d#1".into(),
            doc_id: "d".into(),
            event_type: EventType::Accuse,
            mode: vec![],
            context: vec![],
            issues: vec![],
            actor: vec![Actor::code(actor, "TUR")],
            recipient: vec![Actor::code(recipient, "GRC")],
            date: None,
            aux: None,
            initiator: None,
            location: None,
            score: -3.0,
            quad: Quad::VerbalConflict,
            cameo: "112".into(),
            sentence: String::new(),
            sentence_index: 1,
            trigger: trigger.into(),
            span,
            speaker: None,
        }
    }

    #[test]
    fn offsets_count_utf16_units_after_non_ascii_text() {
        // "Çavuşoğlu" has 3 two-byte letters; "😀" is 4 bytes and 2 UTF-16 units.
        let text = "Çavuşoğlu 😀 met. Ankara criticised Athens over the drills.";
        let start = text.find("Ankara").unwrap();
        let e = event((start, text.len()), "Ankara", "athens", "criticised … over");
        let h = highlight(text, &e);
        let (s16, e16) = h.evidence.unwrap();
        let units: Vec<u16> = text.encode_utf16().collect();
        assert_eq!(
            String::from_utf16(&units[s16..e16]).unwrap(),
            &text[start..]
        );
        let words: Vec<(&str, String)> = h
            .marks
            .iter()
            .map(|m| (m.kind, String::from_utf16(&units[m.start..m.end]).unwrap()))
            .collect();
        assert_eq!(
            words,
            vec![
                ("actor", "Ankara".to_string()),
                ("trigger", "criticised".to_string()),
                ("recipient", "Athens".to_string()),
                ("trigger", "over".to_string()),
            ]
        );
    }

    #[test]
    fn a_span_outside_the_text_gives_no_highlight_and_no_panic() {
        let h = highlight("short", &event((3, 400), "x", "y", "z"));
        assert_eq!(h.evidence, None);
        assert!(h.marks.is_empty());
        assert_eq!(utf16_offset("Ç", 1), 0, "inside a char rounds down");
    }

    #[test]
    fn words_not_in_the_evidence_are_not_marked() {
        let text = "He said so. The latter agreed.";
        let h = highlight(
            text,
            &event((12, text.len()), "the latter", "Moscow", "agreed"),
        );
        let kinds: Vec<&str> = h.marks.iter().map(|m| m.kind).collect();
        assert_eq!(kinds, vec!["actor", "trigger"]);
    }
}
