//! Builds a synthetic store (or JSON lines of coded documents) for benchmarks and demos.
//!
//! ```text
//! cargo run --release -p readout-store --example synth -- --events 1000000 --db /tmp/synth.db
//! cargo run --release -p readout-store --example synth -- --events 1000 --jsonl /tmp/synth.jsonl
//! ```
//! The data comes from `readout_store::synth` (~60 states with skewed activity, PLOVER types,
//! dates 2015–2025, 1–5 events per document, ~20 % of events re-reported by another document).

use readout_store::synth::{document, documents_for_events, SynthConfig};
use readout_store::Store;
use std::io::Write;
use std::path::PathBuf;
use std::time::Instant;

fn main() -> anyhow::Result<()> {
    let mut events = 100_000usize;
    let mut db: Option<PathBuf> = None;
    let mut jsonl: Option<PathBuf> = None;
    let mut seed = 42u64;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut value = || {
            args.next()
                .ok_or_else(|| anyhow::anyhow!("{a} needs a value"))
        };
        match a.as_str() {
            "--events" => events = value()?.parse()?,
            "--db" => db = Some(value()?.into()),
            "--jsonl" => jsonl = Some(value()?.into()),
            "--seed" => seed = value()?.parse()?,
            other => anyhow::bail!(
                "unknown argument {other}; use --events N --db FILE | --jsonl FILE [--seed S]"
            ),
        }
    }
    let cfg = SynthConfig {
        documents: documents_for_events(events),
        seed,
    };
    if let Some(path) = jsonl {
        let mut out = std::io::BufWriter::new(std::fs::File::create(&path)?);
        for i in 0..cfg.documents {
            let (doc, evs) = document(&cfg, i);
            serde_json::to_writer(&mut out, &serde_json::json!({"doc": doc, "events": evs}))?;
            writeln!(out)?;
        }
        eprintln!("{} documents written to {}", cfg.documents, path.display());
        return Ok(());
    }
    let db = db.ok_or_else(|| anyhow::anyhow!("give --db FILE or --jsonl FILE"))?;
    let mut store = Store::open(&db)?;
    let start = Instant::now();
    let mut total = 0;
    for chunk in (0..cfg.documents).collect::<Vec<_>>().chunks(1000) {
        let batch: Vec<_> = chunk.iter().map(|&i| document(&cfg, i)).collect();
        total += store.ingest(&batch)?.events_added;
    }
    let secs = start.elapsed().as_secs_f64();
    eprintln!(
        "{total} events in {} documents ingested in {secs:.1}s ({:.0} events/s)",
        cfg.documents,
        total as f64 / secs
    );
    Ok(())
}
