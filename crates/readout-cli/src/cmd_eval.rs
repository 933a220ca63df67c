//! `readout eval`: scores events against hand-coded gold documents (SPEC §6).

use anyhow::{Context, Result};
use clap::Args;
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `readout eval`.
#[derive(Args, Debug)]
#[command(
    after_help = "Gold format: one JSON object per line, {\"doc_id\": …, \"events\": [{\"event_type\", \"actor\": [codes], \"recipient\": [codes], \
optional mode, context, date, initiator, alt_types, optional}]}. The figures equal those of shared/tools/score.py.\n\n\
EXAMPLE:\n  readout code my-docs/ -o events.jsonl && readout eval events.jsonl my-gold.jsonl --per-doc"
)]
pub struct EvalArgs {
    /// Coded events, one JSON event per line (`-` for standard input).
    pub events: PathBuf,
    /// Hand-coded gold documents, one per line.
    pub gold: PathBuf,
    /// List missed and spurious events per document.
    #[arg(long)]
    pub per_doc: bool,
    /// Print the result as JSON.
    #[arg(long)]
    pub json: bool,
    /// Exit with status 1 when F1 is below this.
    #[arg(long, value_name = "X")]
    pub min_f1: Option<f64>,
}

fn read(path: &PathBuf) -> Result<String> {
    if path.as_os_str() == "-" {
        return std::io::read_to_string(std::io::stdin()).context("reading standard input");
    }
    let bytes = std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
    // Invalid UTF-8 lines are counted as unreadable by the scorer rather than aborting it.
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// Runs `readout eval`.
pub fn run(args: EvalArgs) -> Result<ExitCode> {
    let system = read(&args.events)?;
    let gold_text = read(&args.gold)?;
    let gold = readout_eval::parse_gold(&gold_text)
        .with_context(|| format!("in {}", args.gold.display()))?;
    let report = readout_eval::score(&system, &gold, args.per_doc);
    if args.json {
        println!("{}", serde_json::to_string_pretty(&report)?);
    } else {
        print!("{}", report.to_text());
    }
    Ok(match args.min_f1 {
        Some(min) if report.f1 < min => ExitCode::from(1),
        _ => ExitCode::SUCCESS,
    })
}
