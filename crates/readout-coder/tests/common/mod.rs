//! Helpers shared by the coder's integration tests: one built-in coder, a document from a
//! body and a date, and event look-ups by type and participants.
#![allow(dead_code)] // each test file uses its own subset

use chrono::NaiveDate;
use readout_coder::Coder;
use readout_kb::KnowledgeBase;
use readout_model::{Event, EventType};
use readout_text::{BodyKind, RawDocument};
use std::sync::{Arc, OnceLock};

pub fn coder() -> &'static Coder {
    static CODER: OnceLock<Coder> = OnceLock::new();
    CODER.get_or_init(|| {
        let kb = Arc::new(KnowledgeBase::builtin().expect("built-in KB loads"));
        Coder::new(kb).expect("built-in lexicons load")
    })
}

pub fn doc(body: &str, date: Option<&str>) -> readout_model::Document {
    readout_text::prepare(RawDocument {
        id: "t".into(),
        body: body.into(),
        kind: BodyKind::Text,
        url: None,
        title: None,
        date: date.map(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").expect("test date")),
        origin: "test".into(),
    })
}

pub fn code(body: &str, date: Option<&str>) -> Vec<Event> {
    coder().code(&doc(body, date))
}

pub fn codes(side: &[readout_model::Actor]) -> Vec<&str> {
    let mut v: Vec<&str> = side.iter().map(|a| a.code.as_str()).collect();
    v.sort_unstable();
    v.dedup();
    v
}

/// The first event of `ty` whose participants are exactly `actor` → `recipient`.
pub fn find<'a>(
    events: &'a [Event],
    ty: EventType,
    actor: &[&str],
    recipient: &[&str],
) -> Option<&'a Event> {
    events.iter().find(|e| {
        e.event_type == ty && codes(&e.actor) == actor && codes(&e.recipient) == recipient
    })
}

/// Every event of `ty`, in order.
pub fn of_type(events: &[Event], ty: EventType) -> Vec<&Event> {
    events.iter().filter(|e| e.event_type == ty).collect()
}

/// All participants of an event, actors and recipients together, sorted.
pub fn parties(e: &Event) -> Vec<&str> {
    let mut v = codes(&e.actor);
    v.extend(codes(&e.recipient));
    v.sort_unstable();
    v.dedup();
    v
}

pub fn show(events: &[Event]) -> String {
    events
        .iter()
        .map(|e| {
            format!(
                "{} {:?}→{:?} {:?} {:?} {:?} [{}]",
                e.event_type,
                codes(&e.actor),
                codes(&e.recipient),
                e.mode,
                e.date.map(|d| d.to_string()),
                e.aux,
                e.trigger
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}
