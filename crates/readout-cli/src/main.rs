//! `readout`: diplomatic and political news in, source-linked PLOVER events out.
//!
//! A thin binary: each subcommand lives in its own module and calls the library crates.

mod allocator;
mod cmd_bench;
mod cmd_code;
mod cmd_eval;
mod cmd_kb;
mod cmd_serve;
mod cmd_store;
mod pipeline;

/// mimalloc's thread-local free lists suit the coder's many short-lived allocations.
#[global_allocator]
static GLOBAL: allocator::ReadoutAllocator = allocator::ReadoutAllocator;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

/// Turns diplomatic and political news into structured, source-linked PLOVER event data.
#[derive(Parser, Debug)]
#[command(name = "readout", version, about, long_about = None, after_help = "\
Start here:\n  \
  readout code examples/readouts            code the bundled readouts (JSON lines on stdout)\n  \
  readout code FILE --explain               see why each event was (or was not) coded\n  \
  readout eval events.jsonl gold.jsonl      score events against hand-coded gold\n\n\
Exit status: 0 success; 1 some inputs could not be read or the command failed; 2 usage error.")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Code documents into PLOVER events (txt, html, jsonl, warc).
    Code(cmd_code::CodeArgs),
    /// Score coded events against hand-coded gold documents (SPEC §6).
    Eval(cmd_eval::EvalArgs),
    /// Measure end-to-end coding throughput and peak memory.
    Bench(cmd_bench::BenchArgs),
    /// Query and validate the knowledge base of actors (resolve, search, stats, check).
    Kb(cmd_kb::KbArgs),
    #[command(flatten)]
    Store(cmd_store::StoreCommand),
    /// Serve the JSON API and the web dashboard.
    Serve(cmd_serve::ServeArgs),
}

/// Lets `readout … | head` end quietly, as other Unix tools do, instead of
/// panicking on the closed pipe (Rust ignores SIGPIPE by default).
fn restore_default_sigpipe() {
    #[cfg(unix)]
    // SAFETY: called once at start-up, before any thread exists; SIG_DFL is a valid disposition.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}

fn main() -> ExitCode {
    restore_default_sigpipe();
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Code(a) => cmd_code::run(a),
        Command::Eval(a) => cmd_eval::run(a),
        Command::Bench(a) => cmd_bench::run(a),
        Command::Kb(a) => cmd_kb::run(a),
        Command::Store(c) => cmd_store::run(c),
        Command::Serve(a) => cmd_serve::run(a),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("readout: error: {e:#}");
            ExitCode::from(1)
        }
    }
}
