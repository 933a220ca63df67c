//! Ingest, idempotency, replacement, recode, story linking, filters, FTS and pagination.

mod common;

use common::{doc, ev, store, E};
use readout_model::{Aux, Document, Event, EventType};
use readout_store::{EventFilter, Period, Store, StoreError};
use std::collections::{BTreeSet, HashMap};

/// Three documents about China, Turkey, the US and Kyrgyzstan, written for these tests.
fn corpus() -> Vec<(Document, Vec<Event>)> {
    let a = doc(
        "a",
        "https://www.mfa.gov.cn/eng/a.html",
        "2021-11-13",
        &[
            "Wang Yi held a phone call with Mevlut Cavusoglu.",
            "China urged the United States to stop arming Taiwan.",
            "China did not sanction Turkish firms.",
        ],
    );
    let a_events = vec![
        ev(
            &a,
            1,
            E {
                actors: &["CHN", "TUR"],
                date: Some("2021-11-13"),
                mode: &["phone"],
                context: &["diplomatic"],
                names: &["Wang Yi"],
                ..E::default()
            },
        ),
        ev(
            &a,
            2,
            E {
                ty: Some(EventType::Request),
                actors: &["CHN"],
                recipients: &["USA"],
                mode: &["change"],
                context: &["territory"],
                issues: &["Taiwan"],
                ..E::default()
            },
        ),
        ev(
            &a,
            3,
            E {
                ty: Some(EventType::Sanction),
                actors: &["CHN"],
                recipients: &["TUR"],
                date: Some("2021-11"),
                aux: Some(Aux::Negated),
                ..E::default()
            },
        ),
    ];
    let b = doc(
        "b",
        "https://aa.com.tr/en/b",
        "2021-11-14",
        &[
            "Cavusoglu and Wang Yi spoke by phone on Saturday.",
            "Turkey praised Kyrgyzstan for its support.",
        ],
    );
    let b_events = vec![
        ev(
            &b,
            1,
            E {
                actors: &["TUR", "CHN"],
                date: Some("2021-11-13"),
                mode: &["phone"],
                context: &["diplomatic"],
                names: &["Mevlut Cavusoglu", "Wang Yi"],
                ..E::default()
            },
        ),
        ev(
            &b,
            2,
            E {
                ty: Some(EventType::Support),
                actors: &["TUR"],
                recipients: &["KGZ"],
                date: Some("2021-11-14"),
                context: &["economic"],
                issues: &["Belt and Road Initiative"],
                ..E::default()
            },
        ),
    ];
    let c = doc(
        "c",
        "https://www.state.gov/c",
        "2022-03-01",
        &[
            "The United States accused China of coercion over Taiwan.",
            "Washington and Ankara agreed to expand trade.",
        ],
    );
    let c_events = vec![
        ev(
            &c,
            1,
            E {
                ty: Some(EventType::Accuse),
                actors: &["USA"],
                recipients: &["CHN"],
                date: Some("2022-02"),
                mode: &["disapprove"],
                issues: &["Taiwan"],
                ..E::default()
            },
        ),
        ev(
            &c,
            2,
            E {
                ty: Some(EventType::Agree),
                actors: &["USA", "TUR"],
                date: Some("2022-03-01"),
                context: &["economic"],
                ..E::default()
            },
        ),
    ];
    vec![(a, a_events), (b, b_events), (c, c_events)]
}

fn ids(store: &Store, f: &EventFilter) -> BTreeSet<String> {
    store
        .query(f)
        .expect("query")
        .items
        .into_iter()
        .map(|e| e.event.id)
        .collect()
}

fn set(v: &[&str]) -> BTreeSet<String> {
    v.iter().map(|s| s.to_string()).collect()
}

#[test]
fn reingesting_the_same_content_adds_nothing() {
    let (_dir, _path, mut store) = store();
    let r1 = store.ingest(&corpus()).unwrap();
    assert_eq!((r1.documents_added, r1.events_added), (3, 7));
    let before = store.stats().unwrap();
    let r2 = store.ingest(&corpus()).unwrap();
    assert_eq!(
        (r2.documents_added, r2.documents_unchanged, r2.events_added),
        (0, 3, 0)
    );
    assert_eq!(store.stats().unwrap(), before);
}

#[test]
fn a_changed_document_replaces_its_events() {
    let (_dir, _path, mut store) = store();
    store.ingest(&corpus()).unwrap();
    let mut new_a = doc(
        "a",
        "https://www.mfa.gov.cn/eng/a.html",
        "2021-11-13",
        &["China and Russia held talks in Moscow."],
    );
    new_a.title = Some("new".into());
    let e = ev(
        &new_a,
        1,
        E {
            actors: &["CHN"],
            recipients: &["RUS"],
            mode: &["visit"],
            ..E::default()
        },
    );
    let r = store.ingest(&[(new_a, vec![e])]).unwrap();
    assert_eq!(
        (r.documents_replaced, r.events_removed, r.events_added),
        (1, 3, 1)
    );
    let stored = store.document("a").unwrap().expect("doc a");
    assert_eq!(stored.events.len(), 1);
    assert_eq!(stored.events[0].event.recipient[0].code, "RUS");
    assert!(store.event("a#2").unwrap().is_none(), "old events are gone");
    // FTS follows the new text, and the old CHN–TUR story lost its mention from a.
    let f = EventFilter {
        text: Some("Moscow".into()),
        ..Default::default()
    };
    assert_eq!(ids(&store, &f), set(&["a#1"]));
    let f = EventFilter {
        text: Some("arming".into()),
        include_negated: true,
        ..Default::default()
    };
    assert!(ids(&store, &f).is_empty());
    let b1 = store.event("b#1").unwrap().unwrap();
    assert_eq!((b1.story_documents, b1.story_mentions), (1, 1));
    assert_eq!(store.stats().unwrap().events, 5);
}

#[test]
fn recode_rewrites_changed_documents_and_reports_differences() {
    let (_dir, _path, mut store) = store();
    let docs = corpus();
    store.ingest(&docs).unwrap();
    let originals: HashMap<String, Vec<Event>> = docs
        .iter()
        .map(|(d, e)| (d.id.clone(), e.clone()))
        .collect();
    // The "new coder": same as before except in document a: event 1 gets another context,
    // event 3 becomes an ACCUSE (one removed, one added), event 2 is unchanged.
    let recoder = |d: &Document| -> Vec<Event> {
        let mut evs = originals[&d.id].clone();
        if d.id == "a" {
            evs[0].context = vec!["economic".into()];
            evs[2].event_type = EventType::Accuse;
            evs[2].aux = None;
        }
        evs
    };
    let report = store.recode(&recoder, 2).unwrap();
    assert_eq!(report.documents, 3);
    assert_eq!(report.documents_changed, 1);
    assert_eq!((report.added, report.removed, report.changed), (1, 1, 1));
    assert_eq!(report.per_document.len(), 1);
    assert_eq!(report.per_document[0].doc_id, "a");
    assert_eq!(
        store.event("a#3").unwrap().unwrap().event.event_type,
        EventType::Accuse
    );
    assert_eq!(
        store.event("a#1").unwrap().unwrap().event.context,
        vec!["economic".to_string()]
    );
    // The story link survives the rewrite.
    assert_eq!(store.event("a#1").unwrap().unwrap().story_documents, 2);
    // Recoding again with the same coder changes nothing.
    let again = store.recode(&recoder, 10).unwrap();
    assert_eq!((again.documents, again.documents_changed), (3, 0));
}

#[test]
fn the_same_event_in_two_documents_is_one_story() {
    let (_dir, _path, mut store) = store();
    store.ingest(&corpus()).unwrap();
    let a1 = store.event("a#1").unwrap().unwrap();
    let b1 = store.event("b#1").unwrap().unwrap();
    assert_eq!(
        a1.story_id, b1.story_id,
        "reciprocal call reported with actors in the other order"
    );
    assert_eq!(
        (a1.story_mentions, a1.story_documents, a1.story_sources),
        (2, 2, 2)
    );
    assert_eq!(store.story(a1.story_id).unwrap().len(), 2);

    // A third report, one day later, from the same host as a: 3 documents, still 2 sources.
    let d = doc(
        "d",
        "https://mfa.gov.cn/eng/d.html",
        "2021-11-15",
        &["The two ministers talked by phone."],
    );
    let d1 = ev(
        &d,
        1,
        E {
            actors: &["CHN", "TUR"],
            date: Some("2021-11-14"),
            mode: &["phone"],
            ..E::default()
        },
    );
    // Three days later: another call, another story.
    let e = doc(
        "e",
        "https://reuters.com/e",
        "2021-11-16",
        &["Wang and Cavusoglu spoke again."],
    );
    let e1 = ev(
        &e,
        1,
        E {
            actors: &["TUR", "CHN"],
            date: Some("2021-11-16"),
            mode: &["phone"],
            ..E::default()
        },
    );
    // A directed event in the other direction is not the same event.
    let f = doc(
        "f",
        "https://state.gov/f",
        "2021-11-13",
        &["The US urged China to change course."],
    );
    let f1 = ev(
        &f,
        1,
        E {
            ty: Some(EventType::Request),
            actors: &["USA"],
            recipients: &["CHN"],
            date: Some("2021-11-13"),
            ..E::default()
        },
    );
    store
        .ingest(&[(d, vec![d1]), (e, vec![e1]), (f, vec![f1])])
        .unwrap();
    let a1 = store.event("a#1").unwrap().unwrap();
    assert_eq!(store.event("d#1").unwrap().unwrap().story_id, a1.story_id);
    assert_eq!(
        (a1.story_mentions, a1.story_documents, a1.story_sources),
        (3, 3, 2)
    );
    assert_ne!(store.event("e#1").unwrap().unwrap().story_id, a1.story_id);
    assert_ne!(
        store.event("f#1").unwrap().unwrap().story_id,
        store.event("a#2").unwrap().unwrap().story_id
    );
    assert_eq!(store.stats().unwrap().multi_document_stories, 1);
}

#[test]
fn every_filter_selects_the_right_events() {
    let (_dir, _path, mut store) = store();
    store.ingest(&corpus()).unwrap();
    let f = |g: fn(&mut EventFilter)| {
        let mut f = EventFilter::default();
        g(&mut f);
        f
    };
    let cases: Vec<(EventFilter, &[&str])> = vec![
        (f(|_| {}), &["a#1", "a#2", "b#1", "b#2", "c#1", "c#2"]),
        (
            f(|f| f.include_negated = true),
            &["a#1", "a#2", "a#3", "b#1", "b#2", "c#1", "c#2"],
        ),
        (f(|f| f.actor = Some("chn".into())), &["a#1", "a#2", "b#1"]),
        (f(|f| f.recipient = Some("TUR".into())), &[]),
        (
            f(|f| {
                f.recipient = Some("TUR".into());
                f.include_negated = true;
            }),
            &["a#3"],
        ),
        (f(|f| f.recipient = Some("CHN".into())), &["c#1"]),
        (
            f(|f| f.dyad = Some(("CHN".into(), "TUR".into()))),
            &["a#1", "b#1"],
        ),
        (
            f(|f| f.dyad = Some(("TUR".into(), "CHN".into()))),
            &["a#1", "b#1"],
        ),
        (
            f(|f| f.dyad = Some(("USA".into(), "CHN".into()))),
            &["a#2", "c#1"],
        ),
        (f(|f| f.dyad = Some(("USA".into(), "TUR".into()))), &["c#2"]),
        (f(|f| f.dyad = Some(("CHN".into(), "KGZ".into()))), &[]),
        (
            f(|f| f.event_type = Some(EventType::Consult)),
            &["a#1", "b#1"],
        ),
        (f(|f| f.mode = Some("phone".into())), &["a#1", "b#1"]),
        (f(|f| f.mode = Some("disapprove".into())), &["c#1"]),
        (f(|f| f.context = Some("economic".into())), &["b#2", "c#2"]),
        (f(|f| f.issue = Some("taiwan".into())), &["a#2", "c#1"]),
        (f(|f| f.since = "2022-01-01".parse().ok()), &["c#1", "c#2"]),
        (
            f(|f| f.until = "2021-11-13".parse().ok()),
            &["a#1", "a#2", "b#1"],
        ),
        (
            f(|f| {
                f.since = "2021-11-14".parse().ok();
                f.until = "2021-11-30".parse().ok();
            }),
            &["b#2"],
        ),
        (f(|f| f.text = Some("Kyrgyzstan".into())), &["b#1", "b#2"]),
        (
            f(|f| f.text = Some("\"arming Taiwan\"".into())),
            &["a#1", "a#2"],
        ),
        (
            f(|f| {
                f.actor = Some("CHN".into());
                f.event_type = Some(EventType::Request);
            }),
            &["a#2"],
        ),
        (
            f(|f| {
                f.dyad = Some(("CHN".into(), "TUR".into()));
                f.text = Some("Kyrgyzstan".into());
            }),
            &["b#1"],
        ),
        (
            f(|f| {
                f.actor = Some("USA".into());
                f.recipient = Some("CHN".into());
            }),
            &["c#1"],
        ),
        (
            f(|f| {
                f.dyad = Some(("USA".into(), "CHN".into()));
                f.actor = Some("CHN".into());
            }),
            &["a#2"],
        ),
    ];
    for (filter, want) in cases {
        assert_eq!(ids(&store, &filter), set(want), "{filter:?}");
    }
    let a2 = store.event("a#2").unwrap().unwrap();
    assert!(
        a2.date_from_document,
        "undated event falls back to the document date"
    );
    assert_eq!(
        a2.date_start.map(|d| d.to_string()).as_deref(),
        Some("2021-11-13")
    );
    assert!(a2.event.date.is_none(), "the event itself stays undated");
    let page = store
        .query(&EventFilter {
            limit: Some(1),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(page.items.len(), 1);
    assert!(page.next_cursor.is_some());
}

#[test]
fn bad_fts_queries_and_cursors_are_errors_not_panics() {
    let (_dir, _path, mut store) = store();
    store.ingest(&corpus()).unwrap();
    let err = store
        .query(&EventFilter {
            text: Some("\"unbalanced".into()),
            ..Default::default()
        })
        .unwrap_err();
    assert!(matches!(err, StoreError::Invalid { .. }), "{err}");
    let err = store
        .query(&EventFilter {
            cursor: Some("nonsense".into()),
            ..Default::default()
        })
        .unwrap_err();
    assert!(err.to_string().contains("cursor"), "{err}");
    let bad_range = EventFilter {
        since: "2022-01-01".parse().ok(),
        until: "2021-01-01".parse().ok(),
        ..Default::default()
    };
    assert!(store.query(&bad_range).is_err());
}

#[test]
fn pagination_walks_every_event_once_in_order() {
    let (_dir, _path, mut store) = store();
    let mut batch = Vec::new();
    for i in 0..25 {
        let d = doc(
            &format!("p{i:02}"),
            "https://x.org/p",
            "2020-01-01",
            &["CHN and TUR met."],
        );
        // Several events share a day so the keyset must break ties by insertion order.
        let date = format!("2020-01-{:02}", 1 + i % 7);
        let e = ev(
            &d,
            1,
            E {
                actors: &["CHN"],
                recipients: &["TUR"],
                date: Some(&date),
                mode: &["visit"],
                ..E::default()
            },
        );
        batch.push((d, vec![e]));
    }
    store.ingest(&batch).unwrap();
    for base in [
        EventFilter::default(),
        EventFilter {
            dyad: Some(("TUR".into(), "CHN".into())),
            ..Default::default()
        },
        EventFilter {
            actor: Some("CHN".into()),
            ..Default::default()
        },
    ] {
        let mut f = EventFilter {
            limit: Some(10),
            ..base
        };
        let mut seen = Vec::new();
        let mut pages = 0;
        loop {
            let page = store.query(&f).unwrap();
            pages += 1;
            seen.extend(
                page.items
                    .iter()
                    .map(|e| (e.date_start, e.event.id.clone())),
            );
            match page.next_cursor {
                Some(c) => f.cursor = Some(c),
                None => break,
            }
        }
        assert_eq!(pages, 3);
        assert_eq!(seen.len(), 25);
        let unique: BTreeSet<_> = seen.iter().map(|s| s.1.clone()).collect();
        assert_eq!(unique.len(), 25, "no duplicates across pages");
        assert!(seen.windows(2).all(|w| w[0].0 <= w[1].0), "ordered by date");
    }
}

#[test]
fn timelines_count_by_type_and_quad_and_fill_gaps() {
    let (_dir, _path, mut store) = store();
    store.ingest(&corpus()).unwrap();
    let f = EventFilter {
        dyad: Some(("CHN".into(), "TUR".into())),
        ..Default::default()
    };
    let rows = store.timeline(&f, Period::Month).unwrap();
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].period, "2021-11");
    assert_eq!(rows[0].counts_by_type.get("CONSULT"), Some(&2));
    assert_eq!(rows[0].counts_by_quad.get("verbal_cooperation"), Some(&2));
    assert!((rows[0].score_sum - 3.0).abs() < 1e-9 && (rows[0].score_mean - 1.5).abs() < 1e-9);
    let f = EventFilter {
        include_negated: true,
        ..f
    };
    assert_eq!(store.timeline(&f, Period::Month).unwrap()[0].events, 3);

    let f = EventFilter {
        actor: Some("TUR".into()),
        ..Default::default()
    };
    let rows = store.timeline(&f, Period::Month).unwrap();
    let periods: Vec<&str> = rows.iter().map(|r| r.period.as_str()).collect();
    assert_eq!(
        periods,
        ["2021-11", "2021-12", "2022-01", "2022-02", "2022-03"]
    );
    assert_eq!(rows[1].events, 0);
    assert_eq!(rows[4].counts_by_type.get("AGREE"), Some(&1));
    // The general (events-table) path agrees with the index-only path.
    let general = EventFilter {
        actor: Some("TUR".into()),
        text: Some("Cavusoglu OR Turkey OR Ankara".into()),
        ..Default::default()
    };
    let g = store.timeline(&general, Period::Year).unwrap();
    let fast = store.timeline(&f, Period::Year).unwrap();
    assert_eq!(g, fast);
    let weeks = store
        .timeline(&EventFilter::default(), Period::Week)
        .unwrap();
    assert_eq!(weeks.first().map(|r| r.period.as_str()), Some("2021-W45"));
    assert_eq!(weeks.iter().map(|r| r.events).sum::<u64>(), 6);
}

#[test]
fn network_stance_and_actor_rankings() {
    let (_dir, _path, mut store) = store();
    store.ingest(&corpus()).unwrap();
    let net = store.network(&EventFilter::default()).unwrap();
    let edge = |a: &str, b: &str| {
        net.edges
            .iter()
            .find(|e| e.source == a && e.target == b)
            .cloned()
    };
    assert_eq!(edge("CHN", "TUR").map(|e| e.events), Some(2));
    assert_eq!(
        edge("CHN", "USA").map(|e| (e.events, e.conflictual)),
        Some((2, 2))
    );
    assert!(edge("CHN", "KGZ").is_none());
    assert_eq!(
        net.nodes.iter().find(|n| n.id == "TUR").map(|n| n.events),
        Some(4)
    );
    let since = store
        .network(&EventFilter {
            since: "2022-01-01".parse().ok(),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(since.edges.len(), 2);

    let rows = store.stance("TAIWAN", &EventFilter::default()).unwrap();
    assert_eq!(rows.len(), 2);
    let chn = rows.iter().find(|r| r.actor == "CHN").expect("CHN row");
    assert_eq!(
        (chn.target.as_str(), chn.stance.as_str(), chn.count),
        ("USA", "oppose", 1)
    );
    assert!(chn.evidence[0].contains("arming Taiwan"));
    assert_eq!(
        store
            .stance("Belt and Road Initiative", &EventFilter::default())
            .unwrap()[0]
            .stance,
        "support"
    );

    let actors = store.actors(&EventFilter::default(), 2).unwrap();
    let codes: Vec<(&str, &str, u64)> = actors
        .iter()
        .map(|a| (a.kind.as_str(), a.name.as_str(), a.events))
        .collect();
    assert_eq!(&codes[..2], &[("code", "CHN", 4), ("code", "TUR", 4)]);
    let people: Vec<(&str, u64)> = actors
        .iter()
        .filter(|a| a.kind == "person")
        .map(|a| (a.name.as_str(), a.events))
        .collect();
    assert_eq!(people[0], ("Wang Yi", 2));
}

#[test]
fn read_only_connections_memory_map_the_file() {
    let (_dir, path, mut store) = store();
    store.ingest(&corpus()).unwrap();
    drop(store);
    let reader = Store::open_read_only(&path).unwrap();
    let mmap: i64 = reader
        .connection()
        .query_row("PRAGMA mmap_size", [], |r| r.get(0))
        .unwrap();
    assert!(mmap >= 1 << 30, "mmap_size is {mmap}");
    // Reads through the mapping see the same events as through the page cache.
    let all = EventFilter {
        include_negated: true,
        ..Default::default()
    };
    let mapped = serde_json::to_string(&reader.query(&all).unwrap().items).unwrap();
    reader
        .connection()
        .execute_batch("PRAGMA mmap_size=0;")
        .unwrap();
    let unmapped = serde_json::to_string(&reader.query(&all).unwrap().items).unwrap();
    assert_eq!(mapped, unmapped);
    assert!(mapped.len() > 100);
}
