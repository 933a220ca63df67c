//! Crash safety (SIGKILL mid-ingest), concurrent readers, read-only and full databases.

mod common;

use common::{doc, ev, E};
use readout_model::{Document, Event};
use readout_store::{EventFilter, Store, StoreError};
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const DOCS_PER_BATCH: usize = 40;
const EVENTS_PER_DOC: usize = 3;
const CHILD_ENV: &str = "READOUT_STORE_CRASH_CHILD_DB";

/// Batch `b` of the crash workload: documents `crash-b{b}-d{i}` with three events each.
fn batch(b: usize) -> Vec<(Document, Vec<Event>)> {
    (0..DOCS_PER_BATCH)
        .map(|i| {
            let d = doc(
                &format!("crash-b{b:05}-d{i:03}"),
                "https://x.org/a",
                "2021-03-04",
                &["Turkey and China met. They agreed. They signed a plan."],
            );
            let evs = (1..=EVENTS_PER_DOC)
                .map(|n| {
                    ev(
                        &d,
                        n,
                        E {
                            actors: &["TUR"],
                            recipients: &["CHN"],
                            mode: &["visit"],
                            ..E::default()
                        },
                    )
                })
                .collect();
            (d, evs)
        })
        .collect()
}

/// Not a real test when run normally: with `READOUT_STORE_CRASH_CHILD_DB` set it is the child
/// process of `sigkill_mid_ingest_loses_nothing_committed`, ingesting batches until killed.
#[test]
fn crash_child_ingest_loop() {
    let Ok(db) = std::env::var(CHILD_ENV) else {
        return;
    };
    let mut store = Store::open(Path::new(&db)).expect("child opens store");
    let start: usize = std::env::var("READOUT_STORE_CRASH_START")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    for b in start.. {
        store.ingest(&batch(b)).expect("child ingest");
        // Printed only after commit returned: everything up to here must survive the kill.
        println!("COMMITTED {b}");
    }
}

fn batches_present(store: &Store) -> Vec<(usize, i64, i64)> {
    let conn = store.connection();
    let mut stmt = conn
        .prepare(
            "SELECT substr(d.id, 8, 5) AS b, count(DISTINCT d.rowid), count(e.rowid)
             FROM documents d LEFT JOIN events e ON e.doc_rowid = d.rowid GROUP BY b ORDER BY b",
        )
        .unwrap();
    stmt.query_map([], |r| {
        Ok((
            r.get::<_, String>(0)?
                .parse::<usize>()
                .unwrap_or(usize::MAX),
            r.get(1)?,
            r.get(2)?,
        ))
    })
    .unwrap()
    .map(Result::unwrap)
    .collect()
}

#[test]
fn sigkill_mid_ingest_loses_nothing_committed() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("crash.db");
    let exe = std::env::current_exe().unwrap();
    let mut next_batch = 0;
    for round in 0..3 {
        let mut child = Command::new(&exe)
            .args([
                "crash_child_ingest_loop",
                "--exact",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(CHILD_ENV, &db)
            .env("READOUT_STORE_CRASH_START", next_batch.to_string())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn child");
        let stdout = child.stdout.take().unwrap();
        let mut last_committed = None;
        let deadline = Instant::now() + Duration::from_secs(60);
        for line in BufReader::new(stdout).lines() {
            let line = line.unwrap();
            if let Some(n) = line.strip_prefix("COMMITTED ") {
                last_committed = n.trim().parse::<usize>().ok();
                // Kill at a different point of the next transaction each round.
                if last_committed
                    .map(|c| c >= next_batch + 3 + round)
                    .unwrap_or(false)
                    || Instant::now() > deadline
                {
                    std::thread::sleep(Duration::from_millis(3 * round as u64 + 1));
                    break;
                }
            }
        }
        child.kill().expect("SIGKILL child"); // Child::kill is SIGKILL on Unix.
        let _ = child.wait();
        let last = last_committed.expect("child committed at least one batch");

        let store = Store::open(&db).expect("reopen after kill");
        let check: String = store
            .connection()
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .unwrap();
        assert_eq!(check, "ok");
        let present = batches_present(&store);
        for b in 0..=last {
            let row = present
                .iter()
                .find(|p| p.0 == b)
                .unwrap_or_else(|| panic!("committed batch {b} lost"));
            assert_eq!(row.1, DOCS_PER_BATCH as i64, "batch {b} documents");
            assert_eq!(
                row.2,
                (DOCS_PER_BATCH * EVENTS_PER_DOC) as i64,
                "batch {b} events"
            );
        }
        for (b, docs, events) in &present {
            // Batches after the last reported commit are all-or-nothing.
            assert_eq!(
                (*docs, *events),
                (
                    DOCS_PER_BATCH as i64,
                    (DOCS_PER_BATCH * EVENTS_PER_DOC) as i64
                ),
                "batch {b} partial"
            );
        }
        // Derived tables agree with the events table.
        let (events, participants): (i64, i64) = store
            .connection()
            .query_row(
                "SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM participants)",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .unwrap();
        assert_eq!(participants, events * 2);
        next_batch = present.iter().map(|p| p.0).max().unwrap_or(0) + 1;
    }
}

#[test]
fn readers_see_whole_batches_while_a_writer_ingests() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("conc.db");
    drop(Store::open(&db).unwrap());
    let writer_db = db.clone();
    let writer = std::thread::spawn(move || {
        let mut store = Store::open(&writer_db).unwrap();
        for b in 0..30 {
            store.ingest(&batch(b)).unwrap();
        }
    });
    let reader = Store::open_read_only(&db).unwrap();
    let mut last = 0;
    let mut observations = 0;
    let f = EventFilter {
        dyad: Some(("CHN".into(), "TUR".into())),
        limit: Some(5),
        ..Default::default()
    };
    while !writer.is_finished() || observations < 5 {
        let n = reader.stats().expect("read during ingest").events;
        assert_eq!(
            n % (DOCS_PER_BATCH * EVENTS_PER_DOC) as u64,
            0,
            "readers never see half a batch"
        );
        assert!(n >= last);
        last = n;
        reader.query(&f).expect("query during ingest");
        observations += 1;
    }
    writer.join().unwrap();
    assert_eq!(
        reader.stats().unwrap().events,
        (30 * DOCS_PER_BATCH * EVENTS_PER_DOC) as u64
    );
}

#[test]
fn writing_a_read_only_store_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("ro.db");
    Store::open(&db).unwrap().ingest(&batch(0)).unwrap();
    let mut ro = Store::open_read_only(&db).unwrap();
    let err = ro.ingest(&batch(1)).unwrap_err();
    assert!(matches!(err, StoreError::ReadOnly { .. }), "{err:?}");
    assert!(
        err.to_string().contains("read-only") && err.to_string().contains("ro.db"),
        "{err}"
    );
    // Reads keep working.
    assert_eq!(ro.stats().unwrap().documents, DOCS_PER_BATCH as u64);
    let missing = Store::open_read_only(&dir.path().join("missing.db"))
        .err()
        .expect("missing db is an error");
    assert!(missing.to_string().contains("no such file"), "{missing}");
    let not_db = dir.path().join("junk.db");
    std::fs::write(
        &not_db,
        b"this is not sqlite at all, just some bytes to fill a page".repeat(100),
    )
    .unwrap();
    assert!(Store::open(&not_db).is_err());
}

#[test]
fn a_full_disk_rolls_back_the_batch_with_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("full.db");
    let mut store = Store::open(&db).unwrap();
    store.ingest(&batch(0)).unwrap();
    // Simulate a full disk: cap the database at its current size.
    let pages: i64 = store
        .connection()
        .query_row("PRAGMA page_count", [], |r| r.get(0))
        .unwrap();
    store
        .connection()
        .query_row(&format!("PRAGMA max_page_count = {pages}"), [], |r| {
            r.get::<_, i64>(0)
        })
        .unwrap();
    let mut err = None;
    for b in 1..50 {
        if let Err(e) = store.ingest(&batch(b)) {
            err = Some(e);
            break;
        }
    }
    let err = err.expect("the capped database fills up");
    assert!(matches!(err, StoreError::DiskFull { .. }), "{err:?}");
    assert!(err.to_string().contains("full"), "{err}");
    // The failed batch left nothing behind; earlier ones are intact.
    let docs = store.stats().unwrap().documents;
    assert_eq!(docs % DOCS_PER_BATCH as u64, 0);
    let check: String = store
        .connection()
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(check, "ok");
}
