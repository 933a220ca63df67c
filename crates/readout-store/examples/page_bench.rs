//! Per-page cost of `Store::query` for dyad pages (what `GET /api/events?dyad=A,B` runs).
//!
//! ```text
//! cargo run --release -p readout-store --example page_bench -- --db FILE [--dyads 200] [--rounds 5] [--limit 100] [--no-mmap]
//! ```
//! Takes the busiest dyads of the store, queries the first page of each (no date range, and a
//! 2019–2020 range) `--rounds` times, and prints the mean time per page, both as decoded
//! [`readout_store::StoredEvent`]s (`Store::query`) and as the API's JSON (`Store::query_json`).

use readout_store::{EventFilter, Store};
use std::path::PathBuf;
use std::time::Instant;

fn main() -> anyhow::Result<()> {
    let mut db: Option<PathBuf> = None;
    let mut dyads = 200usize;
    let mut rounds = 5usize;
    let mut limit = 100usize;
    let mut no_mmap = false;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut value = || {
            args.next()
                .ok_or_else(|| anyhow::anyhow!("{a} needs a value"))
        };
        match a.as_str() {
            "--db" => db = Some(value()?.into()),
            "--dyads" => dyads = value()?.parse()?,
            "--rounds" => rounds = value()?.parse()?,
            "--limit" => limit = value()?.parse()?,
            "--no-mmap" => no_mmap = true,
            other => anyhow::bail!(
                "unknown argument {other}; usage: --db FILE [--dyads N] [--rounds N] [--limit N]"
            ),
        }
    }
    let db = db.ok_or_else(|| anyhow::anyhow!("--db FILE is required"))?;
    let store = Store::open_read_only(&db)?;
    if no_mmap {
        // For before/after comparisons: read through SQLite's page cache only.
        store.connection().execute_batch("PRAGMA mmap_size=0;")?;
    }
    let net = store.network(&EventFilter::default())?;
    let mut edges = net.edges;
    edges.sort_by_key(|e| std::cmp::Reverse(e.events));
    let pairs: Vec<(String, String)> = edges
        .into_iter()
        .take(dyads)
        .map(|e| (e.source, e.target))
        .collect();
    for (label, since, until) in [
        ("no date range", None, None),
        (
            "2019-01-01..2020-12-31",
            "2019-01-01".parse().ok(),
            "2020-12-31".parse().ok(),
        ),
    ] {
        let filters: Vec<EventFilter> = pairs
            .iter()
            .map(|p| EventFilter {
                dyad: Some(p.clone()),
                since,
                until,
                limit: Some(limit),
                ..Default::default()
            })
            .collect();
        // Warm-up round: page cache.
        for f in &filters {
            store.query(f)?;
        }
        let mut rows = 0usize;
        let t = Instant::now();
        for _ in 0..rounds {
            for f in &filters {
                let page = store.query(f)?;
                rows += page.items.len();
            }
        }
        let pages = rounds * filters.len();
        let per = t.elapsed().as_secs_f64() * 1000.0 / pages as f64;
        println!(
            "{label}: {pages} pages of up to {limit} ({:.1} rows/page): query {per:.3} ms per page",
            rows as f64 / pages as f64
        );
        let mut bytes = 0usize;
        let t = Instant::now();
        for _ in 0..rounds {
            for f in &filters {
                bytes += store.query_json(f)?.len();
            }
        }
        let per = t.elapsed().as_secs_f64() * 1000.0 / pages as f64;
        println!(
            "{label}: query_json {per:.3} ms per page ({:.1} KB of JSON)",
            bytes as f64 / pages as f64 / 1024.0
        );
    }
    Ok(())
}
