//! Throughput of the trigger and topic lexicons on real readout sentences, with a hash of
//! every result so a faster matcher can be shown to give identical answers.
//!
//! Usage: `cargo run --release -p readout-coder --example lexicon_bench -- [MB] [files…]`
//! (defaults: 10 MB of `examples/readouts/*.txt`, repeated).

use readout_coder::{TopicLexicon, TriggerSet};
use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::path::PathBuf;

/// CPU seconds this thread has used (from /proc): the machine is shared, so wall time lies.
fn cpu_seconds() -> f64 {
    let stat = std::fs::read_to_string("/proc/thread-self/stat").unwrap_or_default();
    let after = stat.rsplit(')').next().unwrap_or("");
    let fields: Vec<&str> = after.split_whitespace().collect();
    let ticks = |i: usize| {
        fields
            .get(i)
            .and_then(|x| x.parse::<f64>().ok())
            .unwrap_or(0.0)
    };
    (ticks(11) + ticks(12)) / 100.0
}

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let megabytes: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(10);
    let mut paths: Vec<PathBuf> = args.map(PathBuf::from).collect();
    if paths.is_empty() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/readouts");
        for e in std::fs::read_dir(dir)? {
            let p = e?.path();
            if p.extension().is_some_and(|x| x == "txt") {
                paths.push(p);
            }
        }
        paths.sort();
    }
    let mut sentences: Vec<String> = Vec::new();
    for p in &paths {
        let text = std::fs::read_to_string(p)?;
        for s in readout_text::split_sentences(&text) {
            sentences.push(text[s.span.0..s.span.1].to_string());
        }
    }
    let one_pass: usize = sentences.iter().map(String::len).sum();
    anyhow::ensure!(one_pass > 0, "no text in {paths:?}");
    let reps = (megabytes << 20).div_ceil(one_pass);
    let total = (one_pass * reps) as f64 / 1e6;
    let triggers = TriggerSet::builtin()?;
    let topics = TopicLexicon::builtin()?;

    // Timed passes call the lexicon only (`hash` false); one more pass hashes the results,
    // so hashing cost does not dilute the figures.
    // `LEXICON_BENCH_ONLY=triggers` (etc.) runs one lexicon, for profiling.
    let only = std::env::var("LEXICON_BENCH_ONLY").ok();
    let run = |name: &str, f: &dyn Fn(&str, Option<&mut DefaultHasher>)| {
        if only.as_deref().is_some_and(|o| o != name) {
            return;
        }
        let t = cpu_seconds();
        for _ in 0..reps {
            for s in &sentences {
                f(s, None);
            }
        }
        let secs = (cpu_seconds() - t).max(0.01);
        let mut h = DefaultHasher::new();
        for s in &sentences {
            f(s, Some(&mut h));
        }
        println!(
            "{name:<10} {:>8.1} MB/s  ({total:.1} MB in {secs:.2} CPU s)  hash {:016x}",
            total / secs,
            h.finish()
        );
    };
    run("triggers", &|s, h| {
        let found = std::hint::black_box(triggers.find(s));
        let Some(h) = h else { return };
        for m in found {
            m.span.hash(h);
            m.text.hash(h);
            m.event_type.to_string().hash(h);
            m.mode.hash(h);
            m.cameo.hash(h);
            format!("{:?}{:?}", m.role, m.flags).hash(h);
            m.pattern.hash(h);
        }
    });
    run("contexts", &|s, h| {
        let found = std::hint::black_box(topics.contexts(s));
        if let Some(h) = h {
            found.hash(h);
        }
    });
    run("issues", &|s, h| {
        let found = std::hint::black_box(topics.issue_hits(s));
        let Some(h) = h else { return };
        for i in found {
            i.issue.hash(h);
            i.contexts.hash(h);
            i.span.hash(h);
        }
    });
    run("names", &|s, h| {
        let found = std::hint::black_box(topics.issues(s));
        if let Some(h) = h {
            found.hash(h);
        }
    });
    Ok(())
}
