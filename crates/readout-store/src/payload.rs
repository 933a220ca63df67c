//! Events as JSON, precomputed at ingest for `dyad_events`, so a page of events can be written
//! out without decoding rows into [`StoredEvent`]s and serialising them again.
//!
//! A stored payload is the JSON of a [`StoredEvent`] cut in two around the story counts (which
//! change when other documents join the story and so are read from `stories` at query time):
//! `head` is everything up to and including `"story_id":N` without the closing brace, `tail` is
//! everything from `"doc_title"` on without the opening brace. [`push_event`] joins them with the
//! counts, giving exactly the bytes `serde_json` writes for the [`StoredEvent`].

use crate::StoredEvent;
use chrono::NaiveDate;
use readout_model::Event;
use serde::Serialize;

/// Fields of [`StoredEvent`] before the story counts, in its order.
#[derive(Serialize)]
struct Head<'a> {
    #[serde(flatten)]
    event: &'a Event,
    story_id: i64,
}

/// Fields of [`StoredEvent`] after the story counts, in its order.
#[derive(Serialize)]
struct Tail<'a> {
    doc_title: Option<&'a str>,
    doc_url: Option<&'a str>,
    doc_date: Option<NaiveDate>,
    date_start: Option<NaiveDate>,
    date_end: Option<NaiveDate>,
    date_from_document: bool,
}

/// The two stored halves of an event's JSON.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Payload {
    /// `{…,"story_id":N` (no closing brace).
    pub head: String,
    /// `"doc_title":…}` (no opening brace).
    pub tail: String,
}

/// Everything a payload is made of besides the story counts.
pub(crate) struct Parts<'a> {
    pub event: &'a Event,
    pub story_id: i64,
    pub doc_title: Option<&'a str>,
    pub doc_url: Option<&'a str>,
    pub doc_date: Option<NaiveDate>,
    pub date_start: Option<NaiveDate>,
    pub date_end: Option<NaiveDate>,
    pub date_from_document: bool,
}

impl Parts<'_> {
    /// The payload of a stored event (its story counts are ignored).
    pub fn of(e: &StoredEvent) -> Parts<'_> {
        Parts {
            event: &e.event,
            story_id: e.story_id,
            doc_title: e.doc_title.as_deref(),
            doc_url: e.doc_url.as_deref(),
            doc_date: e.doc_date,
            date_start: e.date_start,
            date_end: e.date_end,
            date_from_document: e.date_from_document,
        }
    }

    /// Serialises the two halves.
    pub fn payload(&self) -> serde_json::Result<Payload> {
        let mut head = serde_json::to_string(&Head {
            event: self.event,
            story_id: self.story_id,
        })?;
        let tail = serde_json::to_string(&Tail {
            doc_title: self.doc_title,
            doc_url: self.doc_url,
            doc_date: self.doc_date,
            date_start: self.date_start,
            date_end: self.date_end,
            date_from_document: self.date_from_document,
        })?;
        // Both are JSON objects, so they end and start with a brace.
        head.pop();
        let tail = tail.get(1..).unwrap_or_default().to_string();
        Ok(Payload { head, tail })
    }
}

/// Appends one event's JSON (as [`StoredEvent`] serialises) from its stored halves and counts.
pub(crate) fn push_event(
    out: &mut String,
    head: &str,
    mentions: u32,
    documents: u32,
    sources: u32,
    tail: &str,
) {
    use std::fmt::Write;
    out.push_str(head);
    // Writing to a String cannot fail.
    let _ = write!(
        out,
        ",\"story_mentions\":{mentions},\"story_documents\":{documents},\"story_sources\":{sources},"
    );
    out.push_str(tail);
}

#[cfg(test)]
mod tests {
    use super::*;
    use readout_model::{Actor, Document, EventType};

    fn stored() -> StoredEvent {
        let doc = Document::new("d\"1", "Beijing \"warned\" Washington.\u{2028}");
        let mut event = Event {
            id: "d\"1#1".into(),
            doc_id: doc.id.clone(),
            event_type: EventType::Threaten,
            mode: vec!["coerce".into()],
            context: vec![],
            issues: vec!["Taiwan".into()],
            actor: vec![Actor::code("Beijing", "CHN")],
            recipient: vec![Actor::code("Washington", "USA")],
            date: None,
            aux: None,
            initiator: None,
            location: Some("Taipei".into()),
            score: -4.5,
            quad: EventType::Threaten.quad(),
            cameo: "130".into(),
            sentence: doc.text.clone(),
            sentence_index: 0,
            trigger: "warned".into(),
            span: (0, doc.text.len()),
            speaker: None,
        };
        event.actor[0].name = Some("Xi \\ \"Jinping\"".into());
        StoredEvent {
            event,
            story_id: 77,
            story_mentions: 3,
            story_documents: 2,
            story_sources: 1,
            doc_title: Some("A \"title\"".into()),
            doc_url: None,
            doc_date: "2021-03-04".parse().ok(),
            date_start: "2021-03-01".parse().ok(),
            date_end: "2021-03-31".parse().ok(),
            date_from_document: false,
        }
    }

    #[test]
    fn halves_and_counts_give_the_same_bytes_as_serde() {
        let e = stored();
        let p = Parts::of(&e).payload().expect("serialises");
        assert!(p.head.ends_with("\"story_id\":77"), "{}", p.head);
        assert!(p.tail.starts_with("\"doc_title\""), "{}", p.tail);
        let mut out = String::new();
        push_event(&mut out, &p.head, 3, 2, 1, &p.tail);
        assert_eq!(out, serde_json::to_string(&e).expect("serde"));
        // Counts other than those stored in `e` end up in the output.
        let mut other = String::new();
        push_event(&mut other, &p.head, 9, 8, 7, &p.tail);
        assert!(other.contains("\"story_mentions\":9,\"story_documents\":8,\"story_sources\":7,"));
    }
}
