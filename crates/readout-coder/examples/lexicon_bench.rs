//! Throughput of the trigger and topic lexicons on real readout sentences, with a hash of
//! every result so a faster matcher can be shown to give identical answers.
//!
//! Usage: `cargo run --release -p readout-coder --example lexicon_bench -- [MB] [files…]`
//! (defaults: 10 MB of `examples/readouts/*.txt`, repeated).

use readout_coder::{TopicLexicon, TriggerSet};
use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::path::PathBuf;
use std::time::Instant;

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
            sentences.push(text[s.span.start..s.span.end].to_string());
        }
    }
    let one_pass: usize = sentences.iter().map(String::len).sum();
    anyhow::ensure!(one_pass > 0, "no text in {paths:?}");
    let reps = (megabytes << 20).div_ceil(one_pass);
    let total = (one_pass * reps) as f64 / 1e6;
    let triggers = TriggerSet::builtin()?;
    let topics = TopicLexicon::builtin()?;

    let run = |name: &str, f: &dyn Fn(&str, &mut DefaultHasher)| {
        let mut h = DefaultHasher::new();
        let t = Instant::now();
        for _ in 0..reps {
            for s in &sentences {
                f(s, &mut h);
            }
        }
        let secs = t.elapsed().as_secs_f64();
        println!(
            "{name:<10} {:>8.1} MB/s  ({total:.1} MB in {secs:.2} s)  hash {:016x}",
            total / secs,
            h.finish()
        );
    };
    run("triggers", &|s, h| {
        for m in triggers.find(s) {
            m.span.hash(h);
            m.text.hash(h);
            m.event_type.to_string().hash(h);
            m.mode.hash(h);
            m.cameo.hash(h);
            format!("{:?}{:?}", m.role, m.flags).hash(h);
            m.pattern.hash(h);
        }
    });
    run("contexts", &|s, h| topics.contexts(s).hash(h));
    run("issues", &|s, h| {
        for i in topics.issue_hits(s) {
            i.issue.hash(h);
            i.contexts.hash(h);
            i.span.hash(h);
        }
    });
    Ok(())
}
