//! `readout bench`: end-to-end coding throughput and peak memory on a corpus large enough to take seconds.
//!
//! Without `--corpus`, a synthetic JSON-lines corpus is generated first: documents
//! of 15–40 sentences drawn (with a fixed seed) from the bundled example readouts,
//! with the countries and people rotated so the coder sees varied actors. The
//! generation is not timed; reading, preparing, coding and serialising are.

use crate::cmd_code::{render_events, CodeFormat};
use crate::pipeline::{self, PipelineOptions};
use anyhow::{Context, Result};
use clap::Args;
use readout_store::synth::Rng;
use serde::Serialize;
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

/// The bundled example readouts, the raw material of the synthetic corpus.
const TEMPLATES: &[&str] = &[
    include_str!("../../../examples/readouts/000_3f2c87d5892e10c8.txt"),
    include_str!("../../../examples/readouts/001_f4a9c0bc2c5fe525.txt"),
    include_str!("../../../examples/readouts/002_894007f0d8bd6792.txt"),
    include_str!("../../../examples/readouts/003_70aa569442c0cdac.txt"),
    include_str!("../../../examples/readouts/004_34eb3607529ccdb2.txt"),
];

/// Name swaps applied to the template sentences so actors vary: (from, to) per rotation.
const ROTATIONS: &[&[(&str, &str)]] = &[
    &[],
    &[
        ("Turkey", "Egypt"),
        ("Turkish", "Egyptian"),
        ("Kyrgyz", "Kazakh"),
        ("Kyrgyzstan", "Kazakhstan"),
    ],
    &[
        ("China", "India"),
        ("Chinese", "Indian"),
        ("Russia", "Brazil"),
        ("Russian", "Brazilian"),
    ],
    &[
        ("US", "UK"),
        ("Turkey", "Pakistan"),
        ("Turkish", "Pakistani"),
        ("Russia", "Iran"),
    ],
];

/// Arguments of `readout bench`.
#[derive(Args, Debug)]
#[command(
    after_help = "EXAMPLES:\n  readout bench                 200 MB synthetic corpus, all cores\n  \
    readout bench --mb 1024       check that peak memory stays bounded on 1 GB\n  \
    readout bench --corpus news.jsonl\n  \
    readout bench --corpus eval/*/docs --repeat 40   real documents, read 40 times over"
)]
pub struct BenchArgs {
    /// Code these files or directories instead of a generated corpus.
    #[arg(long, value_name = "PATH", num_args = 1..)]
    pub corpus: Vec<PathBuf>,
    /// Read the corpus this many times over, so that a small set of real documents makes a
    /// run long enough to time.
    #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u32).range(1..))]
    pub repeat: u32,
    /// Size of the generated corpus in MB.
    #[arg(long, default_value_t = 200)]
    pub mb: u64,
    /// Where to write the generated corpus (default: the system temp dir; removed afterwards).
    #[arg(long, value_name = "FILE")]
    pub corpus_out: Option<PathBuf>,
    /// Worker threads (default: one per core).
    #[arg(long, default_value_t = 0)]
    pub threads: usize,
}

/// What one bench run measured.
#[derive(Debug, Serialize)]
pub struct BenchReport {
    /// Bytes of document text coded.
    pub bytes: u64,
    /// Documents coded.
    pub documents: usize,
    /// Sentences seen.
    pub sentences: usize,
    /// Events coded (and serialised).
    pub events: usize,
    /// Wall-clock seconds of the coding run.
    pub seconds: f64,
    /// Megabytes (10^6 bytes) of text per second.
    pub mb_per_second: f64,
    /// Worker threads used.
    pub threads: usize,
    /// Peak resident memory of the process in MB (VmHWM), when the OS tells.
    pub peak_rss_mb: Option<f64>,
}

/// Runs `readout bench`.
pub fn run(args: BenchArgs) -> Result<ExitCode> {
    let (corpus, generated) = match args.corpus.as_slice() {
        [] => {
            let path = args.corpus_out.clone().unwrap_or_else(|| {
                std::env::temp_dir().join(format!("readout-bench-{}.jsonl", std::process::id()))
            });
            eprintln!(
                "readout bench: generating {} MB corpus at {}",
                args.mb,
                path.display()
            );
            generate_corpus(&path, args.mb * 1_000_000)?;
            (vec![path], args.corpus_out.is_none())
        }
        given => (given.to_vec(), false),
    };
    let threads = if args.threads == 0 {
        std::thread::available_parallelism().map_or(2, |n| n.get())
    } else {
        args.threads
    };
    let opts = PipelineOptions {
        paths: repeated(&corpus, args.repeat),
        threads,
        ..PipelineOptions::default()
    };
    let start = Instant::now();
    // Rendered as `readout code` renders them (JSON lines, on the coding threads), then
    // discarded: the figure is coding plus serialising, not the disk.
    let summary = pipeline::code_and_render(
        &opts,
        |coded| render_events(CodeFormat::Jsonl, &coded.events),
        |rendered| rendered.map(drop),
    )?;
    let seconds = start.elapsed().as_secs_f64();
    if generated {
        for path in &corpus {
            std::fs::remove_file(path).ok();
        }
    }
    let report = BenchReport {
        bytes: summary.bytes,
        documents: summary.documents,
        sentences: summary.sentences,
        events: summary.events,
        seconds,
        mb_per_second: summary.bytes as f64 / 1e6 / seconds.max(1e-9),
        threads,
        peak_rss_mb: peak_rss_mb(),
    };
    println!("{}", serde_json::to_string_pretty(&report)?);
    Ok(ExitCode::SUCCESS)
}

/// The corpus paths `times` times over, in order.
fn repeated(paths: &[PathBuf], times: u32) -> Vec<PathBuf> {
    (0..times).flat_map(|_| paths.iter().cloned()).collect()
}

/// Writes a synthetic JSON-lines corpus of about `bytes` bytes of text.
pub fn generate_corpus(path: &Path, bytes: u64) -> Result<()> {
    let sentences = template_sentences();
    let file = File::create(path).with_context(|| format!("cannot create {}", path.display()))?;
    let mut out = BufWriter::new(file);
    // deterministic, so the corpus is the same on every machine
    let mut rng = Rng::new(0x05ee_d0f7_ead0_u64);
    let mut written = 0u64;
    let mut n = 0u64;
    while written < bytes {
        let count = 15 + rng.below(26) as usize;
        let rotation = ROTATIONS[(n as usize) % ROTATIONS.len()];
        let mut text = String::with_capacity(count * 160);
        for i in 0..count {
            let mut s = sentences[rng.below(sentences.len() as u64) as usize].to_string();
            for (from, to) in rotation {
                s = s.replace(from, to);
            }
            text.push_str(&s);
            // a headline stands on its own line, as in real input, never glued to a sentence
            let headline = !s.ends_with(['.', '!', '?', '"', ')']);
            text.push_str(if headline || i % 4 == 3 { "\n\n" } else { " " });
        }
        let day = 1 + rng.below(28);
        let month = 1 + rng.below(12);
        let line = serde_json::json!({
            "id": format!("bench-{n}"),
            "date": format!("2021-{month:02}-{day:02}"),
            "text": text,
        });
        serde_json::to_writer(&mut out, &line)?;
        out.write_all(b"\n")?;
        written += text.len() as u64;
        n += 1;
    }
    out.flush().context("writing the corpus")?;
    Ok(())
}

/// The templates' sentences and headlines, cut by readout's own sentence splitter so that
/// "U.S." or "Antony J. Blinken" are not cut in two.
fn template_sentences() -> Vec<&'static str> {
    TEMPLATES
        .iter()
        .flat_map(|t| {
            readout_text::split_sentences(t)
                .into_iter()
                .filter_map(|s| t.get(s.span.0..s.span.1))
        })
        .map(str::trim)
        .filter(|s| s.len() > 20)
        .collect()
}

/// Peak resident set size in MB from /proc (Linux); `None` elsewhere.
fn peak_rss_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_corpus_has_the_asked_size_and_valid_lines() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.jsonl");
        generate_corpus(&path, 50_000).unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        let mut total = 0;
        for line in text.lines() {
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            total += v["text"].as_str().unwrap().len();
            assert!(v["date"].as_str().unwrap().starts_with("2021-"));
        }
        assert!((50_000..60_000).contains(&total), "{total}");
    }

    #[test]
    fn repeated_corpus_reads_every_path_in_order_each_time() {
        let paths = [PathBuf::from("a"), PathBuf::from("b")];
        let names: Vec<_> = repeated(&paths, 3)
            .iter()
            .map(|p| p.display().to_string())
            .collect();
        assert_eq!(names, ["a", "b", "a", "b", "a", "b"]);
        assert_eq!(repeated(&paths, 1).len(), 2);
    }

    #[test]
    fn template_sentences_keep_initials_and_abbreviations_whole() {
        let sentences = template_sentences();
        // a cut at every full stop would leave a unit ending in "Antony J."
        assert!(!sentences.iter().any(|s| s.ends_with(" J.")));
        assert!(sentences.iter().any(|s| s.contains("Antony J. Blinken")));
        // headlines are units of their own
        assert!(sentences
            .iter()
            .any(|s| !s.ends_with(['.', '!', '?', '"', ')'])));
    }
}
