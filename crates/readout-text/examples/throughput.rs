//! Measures normalise, sentence splitting and date finding throughput on
//! repeated seed text (run with `--release`).
//!
//! `cargo run --release -p readout-text --example throughput -- /work/shared/seeds [MB]`

use std::path::PathBuf;
use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = PathBuf::from(args.next().unwrap_or_else(|| "/work/shared/seeds".into()));
    let megabytes: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(8);
    let mut seed = String::new();
    for item in readout_text::read_inputs(&[dir]) {
        match item {
            Ok(raw) => {
                seed.push_str(&raw.body);
                seed.push_str("\n\n");
            }
            Err(e) => eprintln!("{e}"),
        }
    }
    if seed.is_empty() {
        eprintln!("no seed text");
        return;
    }
    let target = megabytes << 20;
    let unicode = seed.repeat(target / seed.len() + 1);
    let ascii: String = unicode.chars().filter(char::is_ascii).collect();
    let mb = |n: usize| n as f64 / (1 << 20) as f64;

    // Worst case for the date finder: every sentence full of numbers and calendar words.
    let dense = "On May 5, 12 days ago, in 2019 and last week, 3.5 of 10 Jan. 4 Monday. "
        .repeat(target / 80 + 1);
    for (label, text) in [
        ("ascii", &ascii),
        ("unicode", &unicode),
        ("date-dense", &dense),
    ] {
        let t = Instant::now();
        let normalised = readout_text::normalise(text);
        let dt = t.elapsed().as_secs_f64();
        println!(
            "normalise ({label}): {:.1} MB in {:.3}s = {:.0} MB/s",
            mb(text.len()),
            dt,
            mb(text.len()) / dt
        );

        let t = Instant::now();
        let clean = readout_text::remove_boilerplate(&normalised);
        let sentences = readout_text::split_sentences(&clean);
        let dt = t.elapsed().as_secs_f64();
        println!(
            "boilerplate+split ({label}): {} sentences in {:.3}s = {:.0} MB/s",
            sentences.len(),
            dt,
            mb(clean.len()) / dt
        );

        let resolver =
            readout_text::DateResolver::new(chrono::NaiveDate::from_ymd_opt(2021, 11, 13));
        let t = Instant::now();
        let mentions: usize = sentences
            .iter()
            .map(|s| resolver.find(&clean[s.span.0..s.span.1]).len())
            .sum();
        let dt = t.elapsed().as_secs_f64();
        println!(
            "dates ({label}): {mentions} mentions in {} sentences, {:.3}s = {:.0} MB/s, {:.0} sentences/s",
            sentences.len(),
            dt,
            mb(clean.len()) / dt,
            sentences.len() as f64 / dt
        );
    }
}
