//! Store benchmark: ingest throughput, dyad timeline, dyad query with a date range, Parquet export.
//!
//! ```text
//! cargo run --release -p readout-store --example store_bench -- [--events 1000000] [--db FILE] [--reuse]
//! ```
//! Builds a synthetic store (see `readout_store::synth`) unless `--reuse` is given with an existing
//! `--db`, then prints timings. Query timings are the median of 11 runs after one warm-up run
//! (the first, cold run is printed too).

use readout_store::synth::{document, documents_for_events, SynthConfig};
use readout_store::{export, EventFilter, ExportFormat, Partition, Period, Store};
use std::path::PathBuf;
use std::time::{Duration, Instant};

fn timed<T>(runs: usize, mut f: impl FnMut() -> T) -> (Duration, Duration, T) {
    let t = Instant::now();
    let mut out = f();
    let cold = t.elapsed();
    let mut times = Vec::with_capacity(runs);
    for _ in 0..runs {
        let t = Instant::now();
        out = f();
        times.push(t.elapsed());
    }
    times.sort();
    (cold, times[times.len() / 2], out)
}

/// CPU seconds (user + system) used by this process so far, from /proc (Linux); 0 elsewhere.
/// Printed next to wall time because the benchmark machine is shared.
fn cpu_seconds() -> f64 {
    let Ok(stat) = std::fs::read_to_string("/proc/self/stat") else {
        return 0.0;
    };
    // Fields after the parenthesised command name; utime and stime are fields 14 and 15.
    let rest = stat.rsplit_once(')').map(|(_, r)| r).unwrap_or("");
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ticks = |i: usize| f.get(i).and_then(|v| v.parse::<f64>().ok()).unwrap_or(0.0);
    (ticks(11) + ticks(12)) / 100.0
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

fn main() -> anyhow::Result<()> {
    let mut events = 1_000_000usize;
    let mut db: Option<PathBuf> = None;
    let mut reuse = false;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--events" => {
                events = args
                    .next()
                    .ok_or_else(|| anyhow::anyhow!("--events N"))?
                    .parse()?
            }
            "--db" => {
                db = Some(
                    args.next()
                        .ok_or_else(|| anyhow::anyhow!("--db FILE"))?
                        .into(),
                )
            }
            "--reuse" => reuse = true,
            other => anyhow::bail!("unknown argument {other}"),
        }
    }
    let tmp = tempfile::tempdir()?;
    let db = db.unwrap_or_else(|| tmp.path().join("bench.db"));
    if !reuse {
        for suffix in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", db.display()));
        }
        let cfg = SynthConfig {
            documents: documents_for_events(events),
            seed: 42,
        };
        let mut store = Store::open(&db)?;
        let start = Instant::now();
        let cpu0 = cpu_seconds();
        let mut total = 0;
        let mut i = 0;
        while i < cfg.documents {
            let end = (i + 1000).min(cfg.documents);
            let batch: Vec<_> = (i..end).map(|k| document(&cfg, k)).collect();
            total += store.ingest(&batch)?.events_added;
            i = end;
        }
        let secs = start.elapsed().as_secs_f64();
        let cpu = cpu_seconds() - cpu0;
        println!(
            "ingest: {total} events / {} documents in {secs:.1} s = {:.0} events/s (1000 docs per transaction); CPU {cpu:.1} s = {:.0} events per CPU-second",
            cfg.documents,
            total as f64 / secs,
            total as f64 / cpu.max(1e-9)
        );
    }
    let store = Store::open_read_only(&db)?;
    let stats = store.stats()?;
    let size = std::fs::metadata(&db)?.len()
        + std::fs::metadata(format!("{}-wal", db.display()))
            .map(|m| m.len())
            .unwrap_or(0);
    println!(
        "store: {} events, {} documents, {} stories ({} multi-document), {:.0} MB",
        stats.events,
        stats.documents,
        stats.stories,
        stats.multi_document_stories,
        size as f64 / 1e6
    );

    let dyad = EventFilter {
        dyad: Some(("CHN".into(), "USA".into())),
        ..Default::default()
    };
    let (cold, med, rows) = timed(11, || {
        store
            .timeline(&dyad, Period::Month)
            .map(|r| (r.len(), r.iter().map(|x| x.events).sum::<u64>()))
    });
    let (periods, n) = rows?;
    println!(
        "timeline --dyad CHN,USA --by month: {periods} months, {n} events: median {} (cold {})",
        ms(med),
        ms(cold)
    );

    let actor = EventFilter {
        actor: Some("USA".into()),
        ..Default::default()
    };
    let (cold, med, rows) = timed(11, || {
        store
            .timeline(&actor, Period::Month)
            .map(|r| r.iter().map(|x| x.events).sum::<u64>())
    });
    println!(
        "timeline --actor USA --by month: {} events: median {} (cold {})",
        rows?,
        ms(med),
        ms(cold)
    );

    let ranged = EventFilter {
        dyad: Some(("USA".into(), "CHN".into())),
        since: "2019-01-01".parse().ok(),
        until: "2020-12-31".parse().ok(),
        limit: Some(50),
        ..Default::default()
    };
    let (cold, med, page) = timed(11, || store.query(&ranged).map(|p| p.items.len()));
    println!("query --dyad USA,CHN --since 2019-01-01 --until 2020-12-31 --limit 50: {} rows: median {} (cold {})", page?, ms(med), ms(cold));
    let big = EventFilter {
        limit: Some(1000),
        ..ranged.clone()
    };
    let (cold, med, page) = timed(11, || store.query(&big).map(|p| p.items.len()));
    println!(
        "same with --limit 1000: {} rows: median {} (cold {})",
        page?,
        ms(med),
        ms(cold)
    );
    let issue = EventFilter {
        dyad: Some(("USA".into(), "CHN".into())),
        issue: Some("Taiwan".into()),
        since: "2019-01-01".parse().ok(),
        limit: Some(50),
        ..Default::default()
    };
    let (cold, med, page) = timed(11, || store.query(&issue).map(|p| p.items.len()));
    println!(
        "query --dyad USA,CHN --issue Taiwan --since 2019-01-01: {} rows: median {} (cold {})",
        page?,
        ms(med),
        ms(cold)
    );

    let (cold, med, net) = timed(3, || {
        store
            .network(&EventFilter::default())
            .map(|n| n.edges.len())
    });
    println!(
        "network (all events): {} edges: median {} (cold {})",
        net?,
        ms(med),
        ms(cold)
    );

    let out = tmp.path().join("events.parquet");
    let t = Instant::now();
    let cpu0 = cpu_seconds();
    let report = export(
        &store,
        &EventFilter::default(),
        ExportFormat::Parquet,
        Some(&out),
        None,
    )?;
    let cpu = cpu_seconds() - cpu0;
    println!(
        "export parquet: {} rows in {:.2} s, CPU {cpu:.2} s ({:.0} MB)",
        report.rows,
        t.elapsed().as_secs_f64(),
        std::fs::metadata(&out)?.len() as f64 / 1e6
    );
    let dir = tmp.path().join("by_year");
    let t = Instant::now();
    let cpu0 = cpu_seconds();
    let report = export(
        &store,
        &EventFilter::default(),
        ExportFormat::Parquet,
        Some(&dir),
        Some(Partition::Year),
    )?;
    let cpu = cpu_seconds() - cpu0;
    println!(
        "export parquet --partition-by year: {} rows, {} files in {:.2} s, CPU {cpu:.2} s",
        report.rows,
        report.files.len(),
        t.elapsed().as_secs_f64()
    );
    Ok(())
}
