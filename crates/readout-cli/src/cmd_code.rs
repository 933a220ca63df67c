//! `readout code`: documents in, PLOVER events out (JSON lines or CSV), with `--explain`.

use crate::pipeline::{self, PipelineOptions};
use anyhow::{Context, Result};
use chrono::NaiveDate;
use clap::{Args, ValueEnum};
use readout_model::{Actor, Event};
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

/// Output formats of `readout code`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CodeFormat {
    /// One JSON event per line, exactly the SPEC §5 record.
    Jsonl,
    /// A flat table, one row per event; actor and recipient codes joined by ';'.
    Csv,
}

/// Arguments of `readout code`.
#[derive(Args, Debug)]
#[command(after_help = "EXAMPLES:\n  \
    readout code examples/readouts                 code every file in a folder\n  \
    readout code news.jsonl -o events.jsonl        JSON lines in, events to a file\n  \
    readout code crawl.warc.gz --format csv        web archive in, spreadsheet out\n  \
    cat readout.txt | readout code --doc-date 2021-11-13 --explain\n\n\
    Exit status: 0 success; 1 some inputs could not be read (named on stderr, the rest coded); 2 usage error.")]
pub struct CodeArgs {
    /// Files or directories to code (.txt, .html, .jsonl, .warc, .warc.gz; others sniffed). `-` or nothing reads standard input.
    pub paths: Vec<PathBuf>,
    /// Write events here instead of standard output (`-` is standard output).
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = CodeFormat::Jsonl)]
    pub format: CodeFormat,
    /// Publication date to assume for documents that carry none (YYYY-MM-DD); relative dates resolve against it.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub doc_date: Option<NaiveDate>,
    /// Print, for each sentence, the actors found, references resolved, triggers matched and every event coded or rejected with the reason. Events then go only to -o FILE, if given.
    #[arg(long)]
    pub explain: bool,
    /// Extra knowledge-base files (same format as data/kb) that add or override entries.
    #[arg(long = "kb-extra", value_name = "FILE")]
    pub kb_extra: Vec<PathBuf>,
    /// Extra lexicon files (same formats as data/coder: triggers, contexts, issues) that add, override or drop patterns.
    #[arg(long = "lexicon-extra", value_name = "FILE")]
    pub lexicon_extra: Vec<PathBuf>,
    /// Worker threads (default: one per core).
    #[arg(long, default_value_t = 0)]
    pub threads: usize,
    /// Do not print the summary on standard error.
    #[arg(short, long)]
    pub quiet: bool,
}

/// Runs `readout code`.
pub fn run(args: CodeArgs) -> Result<ExitCode> {
    let opts = PipelineOptions {
        paths: args.paths.clone(),
        doc_date: args.doc_date,
        kb_extra: args.kb_extra.clone(),
        lexicon_extra: args.lexicon_extra.clone(),
        progress: !args.explain && !args.quiet,
        threads: args.threads,
        explain: args.explain,
    };
    let sink_target: Box<dyn Write> = match (&args.output, args.explain) {
        (Some(path), _) if path.as_os_str() == "-" => Box::new(std::io::stdout()),
        (Some(path), _) => Box::new(
            File::create(path)
                .with_context(|| format!("cannot create output file {}", path.display()))?,
        ),
        (None, true) => Box::new(std::io::sink()),
        (None, false) => Box::new(std::io::stdout().lock()),
    };
    let mut writer = EventWriter::new(BufWriter::new(sink_target), args.format)?;
    let mut stdout = std::io::stdout().lock();
    let format = args.format;

    // Events are rendered on the coding threads; this thread only writes bytes in order.
    let summary = pipeline::code_and_render(
        &opts,
        |coded| (coded.explanation, render_events(format, &coded.events)),
        |(explanation, events)| {
            if let Some(explanation) = explanation {
                writeln!(stdout, "{explanation}").context("writing the explanation")?;
            }
            writer.write_rendered(&events?)
        },
    )?;
    writer.finish()?;
    if !args.quiet {
        summary.print();
    }
    Ok(if summary.failures.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// Writes events as JSON lines or CSV rows.
pub struct EventWriter<W: Write> {
    out: W,
}

/// CSV columns, one row per event.
const CSV_HEADER: &[&str] = &[
    "id",
    "doc_id",
    "event_type",
    "mode",
    "context",
    "issues",
    "actor",
    "actor_text",
    "recipient",
    "recipient_text",
    "date",
    "aux",
    "initiator",
    "location",
    "score",
    "quad",
    "cameo",
    "sentence_index",
    "trigger",
    "span_start",
    "span_end",
    "sentence",
];

/// `events` as the bytes [`EventWriter`] writes for them: JSON lines, or CSV rows without
/// the header. A function of its own so the coding threads can render in parallel.
pub fn render_events(format: CodeFormat, events: &[Event]) -> Result<Vec<u8>> {
    let mut out = Vec::with_capacity(events.len() * 1024);
    match format {
        CodeFormat::Jsonl => {
            for e in events {
                e.write_json(&mut out);
                out.push(b'\n');
            }
        }
        CodeFormat::Csv => {
            let mut w = csv::WriterBuilder::new()
                .has_headers(false)
                .from_writer(&mut out);
            for e in events {
                w.write_record(csv_row(e)).context("rendering a CSV row")?;
            }
            w.flush().context("rendering a CSV row")?;
        }
    }
    Ok(out)
}

impl<W: Write> EventWriter<W> {
    /// A writer in the given format (CSV gets its header row now).
    pub fn new(mut out: W, format: CodeFormat) -> Result<Self> {
        if format == CodeFormat::Csv {
            let mut w = csv::Writer::from_writer(&mut out);
            w.write_record(CSV_HEADER)
                .context("writing the CSV header")?;
            w.flush().context("writing the CSV header")?;
        }
        Ok(EventWriter { out })
    }

    /// Writes events rendered by [`render_events`] in the format the writer was made for.
    pub fn write_rendered(&mut self, bytes: &[u8]) -> Result<()> {
        self.out.write_all(bytes).context("writing events")
    }

    /// Flushes everything written.
    pub fn finish(mut self) -> Result<()> {
        self.out.flush().context("flushing the output")
    }
}

fn join_codes(side: &[Actor]) -> String {
    side.iter()
        .map(|a| a.code.as_str())
        .collect::<Vec<_>>()
        .join(";")
}

fn join_texts(side: &[Actor]) -> String {
    side.iter()
        .map(|a| a.text.as_str())
        .collect::<Vec<_>>()
        .join(";")
}

fn csv_row(e: &Event) -> Vec<String> {
    vec![
        e.id.clone(),
        e.doc_id.clone(),
        e.event_type.to_string(),
        e.mode.join(";"),
        e.context.join(";"),
        e.issues.join(";"),
        join_codes(&e.actor),
        join_texts(&e.actor),
        join_codes(&e.recipient),
        join_texts(&e.recipient),
        e.date.map(|d| d.to_string()).unwrap_or_default(),
        e.aux.map(|a| a.as_str().to_string()).unwrap_or_default(),
        e.initiator.clone().unwrap_or_default(),
        e.location.clone().unwrap_or_default(),
        e.score.to_string(),
        e.quad.to_string(),
        e.cameo.clone(),
        e.sentence_index.to_string(),
        e.trigger.clone(),
        e.span.0.to_string(),
        e.span.1.to_string(),
        e.sentence.clone(),
    ]
}
