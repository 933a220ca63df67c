//! Test fixtures: a seeded store built directly from readout-model types, and a small
//! deterministic analyzer so API tests do not depend on the real coder's accuracy.

#![allow(dead_code)]

use chrono::NaiveDate;
use readout_model::{Actor, Document, Event, EventType, Sentence};
use readout_server::{Analyzer, AppState, StateOptions, TextInput};
use readout_store::Store;
use std::path::Path;
use std::sync::Arc;

/// Country names the fixtures and the fake analyzer know.
pub const NAMES: &[(&str, &str)] = &[
    ("China", "CHN"),
    ("the United States", "USA"),
    ("Turkey", "TUR"),
    ("Russia", "RUS"),
    ("Ukraine", "UKR"),
    ("Kyrgyzstan", "KGZ"),
];

/// Verbs the fixtures and the fake analyzer code, with their type.
pub const VERBS: &[(&str, EventType)] = &[
    ("praised", EventType::Support),
    ("criticised", EventType::Accuse),
    ("held talks with", EventType::Consult),
    ("urged", EventType::Request),
    ("sanctioned", EventType::Sanction),
    ("agreed to help", EventType::Agree),
];

fn name_of(code: &str) -> &'static str {
    NAMES
        .iter()
        .find(|(_, c)| *c == code)
        .map(|(n, _)| *n)
        .unwrap_or("Someone")
}

/// A document whose sentences are given; spans computed.
pub fn document(id: &str, title: &str, date: NaiveDate, sentences: &[String]) -> Document {
    let mut doc = Document::new(id, "");
    doc.title = Some(title.to_string());
    doc.date = Some(date);
    doc.url = Some(format!("https://news.example/{id}"));
    doc.origin = format!("fixture:{id}");
    for (i, s) in sentences.iter().enumerate() {
        if i > 0 {
            doc.text.push(' ');
        }
        let start = doc.text.len();
        doc.text.push_str(s);
        doc.sentences.push(Sentence {
            index: i,
            span: (start, doc.text.len()),
            paragraph: 0,
        });
    }
    doc
}

/// An event on sentence `idx` of `doc`: `actor` did `verb` to `recipient`.
pub fn event(
    doc: &Document,
    n: usize,
    idx: usize,
    actor: &str,
    verb: &str,
    recipient: &str,
    issues: &[&str],
) -> Event {
    let ty = VERBS
        .iter()
        .find(|(v, _)| *v == verb)
        .map(|(_, t)| *t)
        .unwrap_or(EventType::Consult);
    let s = &doc.sentences[idx];
    let mode: Vec<String> = if ty == EventType::Consult {
        vec!["phone".into()]
    } else {
        vec![]
    };
    Event {
        id: format!("{}#{n}", doc.id),
        doc_id: doc.id.clone(),
        event_type: ty,
        mode: mode.clone(),
        context: vec!["diplomatic".into()],
        issues: issues.iter().map(|s| s.to_string()).collect(),
        actor: vec![Actor::code(name_of(actor), actor)],
        recipient: vec![Actor::code(name_of(recipient), recipient)],
        date: doc.date.map(|d| {
            d.format("%Y-%m-%d")
                .to_string()
                .parse()
                .expect("valid date")
        }),
        aux: None,
        initiator: None,
        location: None,
        score: ty.score(&mode),
        quad: ty.quad(),
        cameo: ty.cameo(&mode).to_string(),
        sentence: doc.sentence_text(s).to_string(),
        sentence_index: idx,
        trigger: verb.to_string(),
        span: s.span,
        speaker: None,
    }
}

/// One fixture document: (actor, verb, recipient, issue) per event sentence.
fn story_doc(
    id: &str,
    date: NaiveDate,
    acts: &[(&str, &str, &str, &[&str])],
) -> (Document, Vec<Event>) {
    let mut sentences = vec![format!("Report {id} of {}.", date.format("%B %-d, %Y"))];
    for (a, v, r, issues) in acts {
        let about = issues
            .first()
            .map(|i| format!(" over {i}"))
            .unwrap_or_default();
        sentences.push(format!("{} {v} {}{about}.", name_of(a), name_of(r)));
    }
    let title = format!("{} and {}", name_of(acts[0].0), name_of(acts[0].2));
    let doc = document(id, &title, date, &sentences);
    let events = acts
        .iter()
        .enumerate()
        .map(|(i, (a, v, r, issues))| event(&doc, i + 1, i + 1, a, v, r, issues))
        .collect();
    (doc, events)
}

/// The id of the document whose text carries a script tag.
pub const SCRIPT_DOC: &str = "xss-1";

/// Seeds: 24 CHN–USA documents over 2021 (mixed types, Taiwan issue), 8 TUR–CHN, 6 RUS–UKR,
/// two reports of the same story, and a document containing `<script>alert(1)</script>`.
pub fn fixtures() -> Vec<(Document, Vec<Event>)> {
    let mut out = Vec::new();
    let d = |m: u32, day: u32| NaiveDate::from_ymd_opt(2021, m, day).expect("valid fixture date");
    for i in 0..24u32 {
        let month = 1 + i % 12;
        let verb = ["praised", "criticised", "urged", "held talks with"][(i % 4) as usize];
        let (a, r) = if i % 3 == 0 {
            ("USA", "CHN")
        } else {
            ("CHN", "USA")
        };
        let issues: &[&str] = if i % 2 == 0 { &["Taiwan"] } else { &[] };
        out.push(story_doc(
            &format!("cu-{i:02}"),
            d(month, 3 + i % 20),
            &[(a, verb, r, issues), ("CHN", "praised", "KGZ", &[])],
        ));
    }
    for i in 0..8u32 {
        let verb = ["praised", "agreed to help"][(i % 2) as usize];
        out.push(story_doc(
            &format!("tc-{i:02}"),
            d(2 + i, 10),
            &[("TUR", verb, "CHN", &["Xinjiang"])],
        ));
    }
    for i in 0..6u32 {
        out.push(story_doc(
            &format!("ru-{i:02}"),
            d(6 + i, 5),
            &[("RUS", "sanctioned", "UKR", &[])],
        ));
    }
    // Two wires reporting the same phone call: one story.
    out.push(story_doc(
        "wire-a",
        d(11, 16),
        &[("CHN", "held talks with", "TUR", &[])],
    ));
    out.push(story_doc(
        "wire-b",
        d(11, 16),
        &[("CHN", "held talks with", "TUR", &[])],
    ));
    // Untrusted text must render as text.
    let doc = document(
        SCRIPT_DOC,
        "<b>Hostile</b> title",
        d(12, 1),
        &[
            "Intro <script>alert(1)</script> here.".to_string(),
            "China praised Turkey <img src=x onerror=alert(2)> warmly.".to_string(),
        ],
    );
    let ev = event(&doc, 1, 1, "CHN", "praised", "TUR", &[]);
    out.push((doc, vec![ev]));
    out
}

/// Creates a store at `path` filled with [`fixtures`].
pub fn seed_store(path: &Path) {
    let mut store = Store::open(path).expect("create store");
    store.ingest(&fixtures()).expect("ingest fixtures");
}

/// A tiny coder: one event per sentence that names two known countries around a known verb.
pub struct FakeAnalyzer;

impl Analyzer for FakeAnalyzer {
    fn code(&self, input: TextInput) -> (Document, Vec<Event>) {
        let parts: Vec<String> = input
            .text
            .split_inclusive(". ")
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
            .collect();
        let mut doc = document(
            &input.id,
            input.title.as_deref().unwrap_or(""),
            input.date.unwrap_or_default(),
            &parts,
        );
        doc.title = input.title;
        doc.date = input.date;
        doc.url = input.url;
        let mut events = Vec::new();
        for (idx, s) in parts.iter().enumerate() {
            if s.contains("PANIC") {
                panic!("fake analyzer asked to panic");
            }
            let Some((verb, _)) = VERBS.iter().find(|(v, _)| s.contains(v)) else {
                continue;
            };
            let v_at = s.find(verb).unwrap_or(0);
            let before = NAMES.iter().find(|(n, _)| s[..v_at].contains(n));
            let after = NAMES.iter().find(|(n, _)| s[v_at..].contains(n));
            if let (Some((_, a)), Some((_, r))) = (before, after) {
                events.push(event(&doc, events.len() + 1, idx, a, verb, r, &[]));
            }
        }
        (doc, events)
    }

    fn resolve(&self, phrase: &str, _date: Option<NaiveDate>) -> Option<serde_json::Value> {
        if phrase == "panic" {
            panic!("fake resolve asked to panic");
        }
        NAMES
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(phrase))
            .map(|(n, c)| serde_json::json!({ "text": n, "code": c, "kind": "state" }))
    }
}

/// An app state on a fresh seeded store in `dir`.
pub fn seeded_state(dir: &Path, token: Option<&str>, max_body_bytes: usize) -> AppState {
    let db = dir.join("test.db");
    seed_store(&db);
    AppState::new(
        &db,
        Arc::new(FakeAnalyzer),
        StateOptions {
            token: token.map(str::to_string),
            max_body_bytes,
            readers: 4,
            cache_entries: 64,
        },
    )
    .expect("open seeded store")
}
