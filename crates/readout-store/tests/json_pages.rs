//! `Store::query_json` (the API's event pages, written from the JSON stored in `dyad_events`) must
//! give exactly the bytes of `serde_json` over `Store::query`, through ingest, replacement, story
//! changes and the upgrade of a version 1 store.

mod common;

use common::{doc, ev, store, E};
use readout_model::{Aux, Document, Event, EventType};
use readout_store::synth::{document, SynthConfig};
use readout_store::{EventFilter, Store, StoreError};

fn synth(documents: usize) -> Vec<(Document, Vec<Event>)> {
    let cfg = SynthConfig { documents, seed: 7 };
    (0..documents).map(|i| document(&cfg, i)).collect()
}

/// Hand-made documents with awkward strings, an undated document, a negated and a reciprocal event.
fn awkward() -> Vec<(Document, Vec<Event>)> {
    let a = doc(
        "q\"uote",
        "https://example.org/\u{e9}?a=1&b=\"2\"",
        "2021-05-06",
        &[
            "China \"warned\" the US \\ again.",
            "China and the US met\u{2028}in Geneva.",
        ],
    );
    let e1 = ev(
        &a,
        1,
        E {
            ty: Some(EventType::Threaten),
            actors: &["CHN"],
            recipients: &["USA"],
            names: &["Xi \"J\" \\ Jinping"],
            issues: &["Taiwan"],
            ..E::default()
        },
    );
    let e2 = ev(
        &a,
        2,
        E {
            actors: &["CHN", "USA"],
            recipients: &["TUR"],
            date: Some("2021-05"),
            mode: &["visit"],
            aux: Some(Aux::Negated),
            ..E::default()
        },
    );
    let mut b = Document::new("undated", "USA and China talked. China wrote to USA.");
    b.title = None;
    b.url = None;
    let e3 = ev(
        &b,
        1,
        E {
            actors: &["USA"],
            recipients: &["CHN"],
            ..E::default()
        },
    );
    vec![(a, vec![e1, e2]), (b, vec![e3])]
}

fn same(store: &Store, f: &EventFilter) {
    let json = store.query_json(f).expect("query_json");
    let serde = serde_json::to_string(&store.query(f).expect("query")).expect("serde");
    assert_eq!(json, serde, "filter {f:?}");
}

/// Every page of `f`, following the cursors, compared byte for byte.
fn walk(store: &Store, mut f: EventFilter) -> usize {
    let mut pages = 0;
    loop {
        same(store, &f);
        pages += 1;
        let page = store.query(&f).expect("query");
        match page.next_cursor {
            Some(c) => f.cursor = Some(c),
            None => return pages,
        }
    }
}

fn dyad(a: &str, b: &str) -> Option<(String, String)> {
    Some((a.into(), b.into()))
}

fn check_all(store: &Store) {
    let mut edges = store
        .network(&EventFilter::default())
        .expect("network")
        .edges;
    edges.sort_by_key(|e| std::cmp::Reverse(e.events));
    let mut multi_page = 0;
    for e in edges.iter().take(12) {
        let d = Some((e.target.clone(), e.source.clone()));
        for f in [
            EventFilter {
                dyad: d.clone(),
                limit: Some(7),
                ..Default::default()
            },
            EventFilter {
                dyad: d.clone(),
                include_negated: true,
                since: "2018-01-01".parse().ok(),
                until: "2021-06-30".parse().ok(),
                limit: Some(5),
                ..Default::default()
            },
            EventFilter {
                dyad: d.clone(),
                event_type: Some(EventType::Consult),
                until: "2022-01-01".parse().ok(),
                ..Default::default()
            },
            // Needs the events row: the generic path, same answer.
            EventFilter {
                dyad: d.clone(),
                context: Some("diplomatic".into()),
                limit: Some(9),
                ..Default::default()
            },
        ] {
            if walk(store, f) > 1 {
                multi_page += 1;
            }
        }
    }
    assert!(multi_page > 5, "the corpus must give multi-page walks");
    for f in [
        EventFilter::default(),
        EventFilter {
            dyad: dyad("chn", " usa "),
            include_negated: true,
            ..Default::default()
        },
        EventFilter {
            dyad: dyad("TUR", "USA"),
            include_negated: true,
            ..Default::default()
        },
        EventFilter {
            dyad: dyad("KGZ", "ATA"),
            ..Default::default()
        },
        EventFilter {
            actor: Some("CHN".into()),
            limit: Some(3),
            ..Default::default()
        },
    ] {
        same(store, &f);
    }
}

#[test]
fn json_pages_are_the_serialised_query_pages() {
    let (_dir, _path, mut store) = store();
    store.ingest(&synth(1500)).expect("ingest synth");
    store.ingest(&awkward()).expect("ingest awkward");
    check_all(&store);
    let neg = store
        .query_json(&EventFilter {
            dyad: dyad("TUR", "CHN"),
            include_negated: true,
            ..Default::default()
        })
        .expect("query_json");
    assert!(neg.contains("\"aux\":\"negated\""), "{neg}");
    assert!(neg.contains("Xi") || neg.contains("q\\\"uote"), "{neg}");
}

#[test]
fn replaced_documents_and_grown_stories_show_in_json_pages() {
    let (_dir, _path, mut store) = store();
    let mut docs = synth(600);
    store.ingest(&docs).expect("ingest");
    // Re-report some events in new documents: their stories' counts change.
    let cfg = SynthConfig {
        documents: 600,
        seed: 7,
    };
    let mut again: Vec<(Document, Vec<Event>)> = (0..60)
        .map(|i| {
            let (mut d, mut evs) = document(&cfg, i);
            d.id = format!("again-{i}");
            d.url = Some(format!("https://another-{i}.example/x"));
            for e in &mut evs {
                e.id = format!("{}#{}", d.id, e.id.rsplit('#').next().unwrap_or("1"));
                e.doc_id = d.id.clone();
            }
            (d, evs)
        })
        .collect();
    store.ingest(&again).expect("ingest re-reports");
    // Replace documents: new text and title, fewer events.
    for (d, evs) in docs.iter_mut().take(40) {
        d.text.push_str(" Updated.");
        d.title = Some(format!("Updated {}", d.id));
        evs.truncate(1);
    }
    let report = store.ingest(&docs[..40]).expect("replace");
    assert_eq!(report.documents_replaced, 40);
    again.truncate(10);
    check_all(&store);
    let grown = (0..40).any(|i| {
        let e = &docs[i].1[0];
        let f = EventFilter {
            dyad: Some((e.actor[0].code.to_string(), e.recipient[0].code.to_string())),
            include_negated: true,
            limit: Some(1000),
            ..Default::default()
        };
        let json = store.query_json(&f).expect("query_json");
        json.contains("\"story_mentions\":2,") && json.contains("\"story_sources\":2,")
    });
    assert!(
        grown,
        "re-reports in other documents must show in the story counts"
    );
    // Recode drops the last event of every third document: stories shrink, rows go.
    let recoded = store
        .recode(
            &|d: &Document| {
                let cfg = SynthConfig {
                    documents: 600,
                    seed: 7,
                };
                let i: usize =
                    d.id.rsplit('-')
                        .next()
                        .and_then(|n| n.parse().ok())
                        .unwrap_or(1);
                let (_, mut evs) = document(&cfg, i % 600);
                for e in &mut evs {
                    e.id = format!("{}#{}", d.id, e.id.rsplit('#').next().unwrap_or("1"));
                    e.doc_id = d.id.clone();
                }
                if i % 3 == 1 {
                    evs.pop();
                }
                evs
            },
            50,
        )
        .expect("recode");
    assert!(recoded.documents_changed > 0);
    check_all(&store);
    let first = &docs[0].1[0];
    let (a, b) = (
        first.actor[0].code.to_string(),
        first.recipient[0].code.to_string(),
    );
    let page = store
        .query_json(&EventFilter {
            dyad: Some((a, b)),
            include_negated: true,
            limit: Some(1000),
            ..Default::default()
        })
        .expect("query_json");
    assert!(page.contains(&format!("Updated {}", docs[0].0.id)));
}

/// Turns a current store back into the version 1 layout (no `dyad_events`).
fn downgrade_to_v1(path: &std::path::Path) {
    let store = Store::open(path).expect("open");
    store
        .connection()
        .execute_batch(
            "DROP TABLE dyad_events; UPDATE meta SET value = '1' WHERE key = 'schema_version';",
        )
        .expect("downgrade");
}

#[test]
fn a_version_1_store_is_upgraded_in_place() {
    let (_dir, path, mut store) = store();
    store.ingest(&synth(300)).expect("ingest");
    store.ingest(&awkward()).expect("ingest");
    let f = EventFilter {
        dyad: dyad("USA", "CHN"),
        include_negated: true,
        ..Default::default()
    };
    let before = store.query_json(&f).expect("query_json");
    drop(store);
    downgrade_to_v1(&path);
    // A read-only open upgrades the file once (it is writable), then reads it.
    let reader = Store::open_read_only(&path).expect("upgraded on open");
    assert_eq!(reader.query_json(&f).expect("query_json"), before);
    check_all(&reader);
    let version: String = reader
        .connection()
        .query_row(
            "SELECT value FROM meta WHERE key = 'schema_version'",
            [],
            |r| r.get(0),
        )
        .expect("version");
    assert_eq!(version, "2");
    drop(reader);
    // A writable open of a version 1 file upgrades too, and ingest then keeps both tables in step.
    downgrade_to_v1(&path);
    let mut store = Store::open(&path).expect("upgraded on open");
    store
        .ingest(&synth(320)[300..])
        .expect("ingest after upgrade");
    check_all(&store);
}

#[test]
fn a_newer_store_is_refused_with_a_clear_message() {
    let (_dir, path, store) = store();
    store
        .connection()
        .execute_batch("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
        .expect("bump");
    drop(store);
    for err in [
        Store::open(&path).err().expect("refused"),
        Store::open_read_only(&path).err().expect("refused"),
    ] {
        assert!(matches!(err, StoreError::Schema { .. }), "{err}");
        assert!(err.to_string().contains("99"), "{err}");
    }
}

#[test]
fn a_failed_upgrade_leaves_the_version_1_store_as_it_was() {
    let (_dir, path, mut store) = store();
    store.ingest(&synth(50)).expect("ingest");
    drop(store);
    downgrade_to_v1(&path);
    // A row the upgrade cannot decode makes it fail half-way.
    {
        let raw = Store::open(&path).expect("open");
        raw.connection()
            .execute_batch(
                "DROP TABLE dyad_events; UPDATE meta SET value = '1' WHERE key = 'schema_version';
                 UPDATE events SET event_type = 'HUG' WHERE rowid = (SELECT max(event_rowid) FROM dyads);",
            )
            .expect("corrupt");
    }
    let err = Store::open_read_only(&path).err().expect("upgrade fails");
    assert!(matches!(err, StoreError::Schema { .. }), "{err}");
    let msg = err.to_string();
    assert!(
        msg.contains("predates") && msg.contains("write access"),
        "{msg}"
    );
    // Rolled back: still version 1, no half-filled table.
    let check = rusqlite_check(&path);
    assert_eq!(check, ("1".to_string(), 0));
}

/// The stored schema version and whether `dyad_events` exists, read without upgrading.
fn rusqlite_check(path: &std::path::Path) -> (String, i64) {
    let conn = rusqlite::Connection::open(path).expect("plain connection");
    let version = conn
        .query_row(
            "SELECT value FROM meta WHERE key = 'schema_version'",
            [],
            |r| r.get(0),
        )
        .expect("version");
    let table = conn
        .query_row(
            "SELECT count(*) FROM sqlite_master WHERE name = 'dyad_events'",
            [],
            |r| r.get(0),
        )
        .expect("table");
    (version, table)
}
