//! Builders for documents and events written for the store tests.
#![allow(dead_code)]

use readout_model::{Actor, Aux, Document, Event, EventType, PartialDate};

/// A document with a date, URL and text made of the given sentences.
pub fn doc(id: &str, url: &str, date: &str, sentences: &[&str]) -> Document {
    let mut d = Document::new(id, sentences.join(" "));
    d.url = Some(url.to_string());
    d.title = Some(format!("Title of {id}"));
    d.date = Some(date.parse().expect("test date"));
    d.origin = format!("tests/{id}.txt");
    d
}

/// Options for [`ev`].
#[derive(Clone, Default)]
pub struct E<'a> {
    pub ty: Option<EventType>,
    pub actors: &'a [&'a str],
    pub recipients: &'a [&'a str],
    pub date: Option<&'a str>,
    pub mode: &'a [&'a str],
    pub context: &'a [&'a str],
    pub issues: &'a [&'a str],
    pub aux: Option<Aux>,
    pub names: &'a [&'a str],
}

/// The `n`-th (1-based) event of `d`, whose evidence is sentence `n-1` of the document text.
pub fn ev(d: &Document, n: usize, o: E) -> Event {
    let ty = o.ty.unwrap_or(EventType::Consult);
    let mode: Vec<String> = o.mode.iter().map(|s| s.to_string()).collect();
    // Evidence: the n-th sentence (split on ". ").
    let mut start = 0;
    let mut span = (0, d.text.len());
    for (i, part) in d.text.split_inclusive(". ").enumerate() {
        if i + 1 == n {
            span = (start, start + part.trim_end().len());
        }
        start += part.len();
    }
    let mut actor: Vec<Actor> = o.actors.iter().map(|c| Actor::code(*c, *c)).collect();
    for (a, name) in actor.iter_mut().zip(o.names) {
        a.name = Some((*name).into());
    }
    Event {
        id: format!("{}#{n}", d.id),
        doc_id: d.id.clone(),
        event_type: ty,
        score: ty.score(&mode),
        cameo: ty.cameo(&mode).to_string(),
        mode,
        context: o.context.iter().map(|s| s.to_string()).collect(),
        issues: o.issues.iter().map(|s| s.to_string()).collect(),
        actor,
        recipient: o.recipients.iter().map(|c| Actor::code(*c, *c)).collect(),
        date: o.date.map(|s| s.parse::<PartialDate>().expect("test date")),
        aux: o.aux,
        initiator: None,
        location: None,
        quad: ty.quad(),
        sentence: d.slice(span).to_string(),
        sentence_index: n - 1,
        trigger: "t".into(),
        span,
        speaker: None,
    }
}

/// A fresh store in a temporary directory (kept alive by the returned guard).
pub fn store() -> (tempfile::TempDir, std::path::PathBuf, readout_store::Store) {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("t.db");
    let store = readout_store::Store::open(&path).expect("open store");
    (dir, path, store)
}
