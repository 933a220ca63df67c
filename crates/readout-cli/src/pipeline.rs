//! The coding pipeline shared by `code`, `ingest`, `bench` and `recode`:
//! read → prepare → code on every core, results handed on in input order.
//!
//! Memory stays bounded whatever the input size: the reader streams documents,
//! and at most [`MAX_IN_FLIGHT`] documents are between the reader and the sink.

use anyhow::{Context, Result};
use chrono::NaiveDate;
use indicatif::{ProgressBar, ProgressStyle};
use readout_coder::Coder;
use readout_kb::KnowledgeBase;
use readout_model::{DateSource, Document, Event};
use readout_text::{read_inputs, RawDocument};
use std::collections::BTreeMap;
use std::io::IsTerminal;
use std::path::PathBuf;
use std::sync::mpsc::{sync_channel, Receiver, SyncSender};
use std::sync::{Arc, Mutex};
use std::thread;

/// Documents between the reader and the sink at most (bounds memory and the reorder buffer).
pub const MAX_IN_FLIGHT: usize = 64;

/// Inputs over this many bytes get a progress bar (when stderr is a terminal).
const PROGRESS_MIN_BYTES: u64 = 4 << 20;

/// What to read and how to code it.
#[derive(Debug, Clone, Default)]
pub struct PipelineOptions {
    /// Files and directories; `-` is standard input.
    pub paths: Vec<PathBuf>,
    /// Publication date for documents that have none.
    pub doc_date: Option<NaiveDate>,
    /// Extra knowledge-base files.
    pub kb_extra: Vec<PathBuf>,
    /// Extra lexicon files (triggers, contexts, issues).
    pub lexicon_extra: Vec<PathBuf>,
    /// Show a progress bar on a terminal for large inputs.
    pub progress: bool,
    /// Worker threads (0 = one per core).
    pub threads: usize,
    /// Also produce the coder's explanation of each document (`--explain`).
    pub explain: bool,
}

/// One document after coding.
#[derive(Debug, Clone)]
pub struct CodedDocument {
    /// The prepared document (normalised text, sentences, date).
    pub doc: Document,
    /// Its events in document order.
    pub events: Vec<Event>,
    /// The coder's account of each sentence, when asked for.
    pub explanation: Option<String>,
}

/// Counts for the end-of-run summary, and the inputs that could not be read.
#[derive(Debug, Clone, Default)]
pub struct Summary {
    /// Documents coded.
    pub documents: usize,
    /// Sentences seen.
    pub sentences: usize,
    /// Events coded.
    pub events: usize,
    /// Bytes of input text coded.
    pub bytes: u64,
    /// Inputs skipped: (origin, reason).
    pub failures: Vec<(String, String)>,
    /// Inputs read with a caveat (e.g. decoded from a legacy encoding).
    pub warnings: Vec<String>,
}

impl Summary {
    /// Prints the summary (and every failure) to standard error.
    pub fn print(&self) {
        eprintln!(
            "readout: {} documents, {} sentences, {} events; {} inputs skipped",
            self.documents,
            self.sentences,
            self.events,
            self.failures.len()
        );
        let mut kinds: BTreeMap<&str, usize> = BTreeMap::new();
        for (_, reason) in &self.failures {
            *kinds.entry(failure_kind(reason)).or_default() += 1;
        }
        if !kinds.is_empty() {
            let counts: Vec<String> = kinds.iter().map(|(k, n)| format!("{n} {k}")).collect();
            eprintln!("  skipped by reason: {}", counts.join(", "));
        }
        for (origin, reason) in &self.failures {
            eprintln!("  skipped {origin}: {reason}");
        }
        for w in &self.warnings {
            eprintln!("  warning: {w}");
        }
    }
}

/// A short reason class for the summary, from the reader's message.
fn failure_kind(reason: &str) -> &'static str {
    const KINDS: &[(&str, &str)] = &[
        ("binary file", "binary"),
        ("empty file", "empty"),
        ("malformed JSON", "malformed JSON"),
        ("corrupt WARC", "corrupt WARC"),
        ("too large", "too large"),
        ("invalid UTF-8", "invalid UTF-8"),
        ("cannot read", "unreadable"),
    ];
    KINDS
        .iter()
        .find(|(cue, _)| reason.contains(cue))
        .map_or("other", |(_, k)| k)
}

/// Loads the built-in knowledge base and lexicons, plus the user's extra files.
pub fn load_coder(kb_extra: &[PathBuf], lexicon_extra: &[PathBuf]) -> Result<Coder> {
    let kb = if kb_extra.is_empty() {
        KnowledgeBase::builtin().context("loading the built-in knowledge base")?
    } else {
        KnowledgeBase::with_extras(kb_extra)
            .context("loading the knowledge base with --kb-extra files")?
    };
    Coder::with_extras(Arc::new(kb), lexicon_extra).context("loading the coder's lexicons")
}

/// Prepares one raw document, filling in the fallback publication date.
fn prepare(raw: RawDocument, doc_date: Option<NaiveDate>) -> Document {
    let mut doc = readout_text::prepare(raw);
    if doc.date.is_none() {
        if let Some(d) = doc_date {
            doc.date = Some(d);
            doc.date_source = Some(DateSource::User);
        }
    }
    doc
}

/// Re-splits a stored document's sentences and codes it again (for `recode`).
pub fn recode_document(coder: &Coder, doc: &Document) -> Vec<Event> {
    let mut doc = doc.clone();
    doc.sentences = readout_text::split_sentences(&doc.text);
    coder.code(&doc)
}

enum Work {
    Doc(u64, RawDocument),
}

enum Done {
    Coded(u64, CodedDocument),
    Failed(u64, String, String),
}

/// Reads every input, codes documents on all cores and hands them to `sink` in input order.
///
/// Unreadable inputs are reported in the summary and never stop the run; an
/// error from `sink` (say, a full disk) does.
pub fn code_inputs(
    opts: &PipelineOptions,
    mut sink: impl FnMut(CodedDocument) -> Result<()>,
) -> Result<Summary> {
    let coder = Arc::new(load_coder(&opts.kb_extra, &opts.lexicon_extra)?);
    let threads = if opts.threads == 0 {
        thread::available_parallelism().map_or(2, |n| n.get())
    } else {
        opts.threads
    };
    let paths = if opts.paths.is_empty() {
        vec![PathBuf::from("-")]
    } else {
        opts.paths.clone()
    };
    let bar = progress_bar(opts.progress, &paths);

    // Permits bound the documents in flight: the reader takes one per document,
    // the sink returns it, so a slow document cannot make the buffers grow.
    let (permit_tx, permit_rx) = sync_channel::<()>(MAX_IN_FLIGHT);
    for _ in 0..MAX_IN_FLIGHT {
        permit_tx.send(()).ok();
    }
    let (work_tx, work_rx) = sync_channel::<Work>(threads * 2);
    let work_rx = Arc::new(Mutex::new(work_rx));
    let (done_tx, done_rx) = sync_channel::<Done>(MAX_IN_FLIGHT);
    let warnings = Mutex::new(Vec::new());

    let mut summary = thread::scope(|scope| -> Result<Summary> {
        let reader_done = done_tx.clone();
        let warnings = &warnings;
        scope.spawn(move || read_all(&paths, permit_rx, work_tx, reader_done, warnings));
        for _ in 0..threads {
            let rx = Arc::clone(&work_rx);
            let tx = done_tx.clone();
            let coder = Arc::clone(&coder);
            let (doc_date, explain) = (opts.doc_date, opts.explain);
            scope.spawn(move || code_worker(&coder, doc_date, explain, &rx, &tx));
        }
        drop(done_tx);
        let result = deliver_in_order(done_rx, &permit_tx, &bar, &mut sink);
        // Unblock the reader if the sink failed, so the scope can end.
        drop(permit_tx);
        result
    })?;
    bar.finish_and_clear();
    summary.warnings = warnings.into_inner().unwrap_or_default();
    Ok(summary)
}

/// The reader thread: streams raw documents (or their read errors) with sequence numbers.
fn read_all(
    paths: &[PathBuf],
    permits: Receiver<()>,
    work: SyncSender<Work>,
    done: SyncSender<Done>,
    warnings: &Mutex<Vec<String>>,
) {
    let mut inputs = read_inputs(paths);
    for (seq, item) in (0u64..).zip(inputs.by_ref()) {
        if permits.recv().is_err() {
            return; // the sink stopped
        }
        let sent = match item {
            Ok(raw) => work.send(Work::Doc(seq, raw)).is_ok(),
            Err(e) => done
                .send(Done::Failed(seq, e.origin(), e.to_string()))
                .is_ok(),
        };
        if !sent {
            return;
        }
    }
    if let Ok(mut w) = warnings.lock() {
        w.extend(inputs.take_warnings());
    }
}

fn code_worker(
    coder: &Coder,
    doc_date: Option<NaiveDate>,
    explain: bool,
    rx: &Mutex<Receiver<Work>>,
    tx: &SyncSender<Done>,
) {
    loop {
        let next = match rx.lock() {
            Ok(guard) => guard.recv(),
            Err(_) => return,
        };
        let Ok(Work::Doc(seq, raw)) = next else {
            return;
        };
        let doc = prepare(raw, doc_date);
        let (events, explanation) = if explain {
            let (events, why) = coder.explain(&doc);
            (events, Some(why.to_string()))
        } else {
            (coder.code(&doc), None)
        };
        if tx
            .send(Done::Coded(
                seq,
                CodedDocument {
                    doc,
                    events,
                    explanation,
                },
            ))
            .is_err()
        {
            return;
        }
    }
}

fn deliver_in_order(
    done: Receiver<Done>,
    permits: &SyncSender<()>,
    bar: &ProgressBar,
    sink: &mut impl FnMut(CodedDocument) -> Result<()>,
) -> Result<Summary> {
    let mut summary = Summary::default();
    let mut pending: BTreeMap<u64, Done> = BTreeMap::new();
    let mut next = 0u64;
    for item in done {
        let seq = match &item {
            Done::Coded(s, _) | Done::Failed(s, _, _) => *s,
        };
        pending.insert(seq, item);
        while let Some(item) = pending.remove(&next) {
            next += 1;
            permits.try_send(()).ok();
            match item {
                Done::Coded(_, coded) => {
                    summary.documents += 1;
                    summary.sentences += coded.doc.sentences.len();
                    summary.events += coded.events.len();
                    summary.bytes += coded.doc.text.len() as u64;
                    bar.inc(coded.doc.text.len() as u64);
                    sink(coded)?;
                }
                Done::Failed(_, origin, reason) => {
                    bar.suspend(|| eprintln!("readout: skipped {reason}"));
                    summary.failures.push((origin, reason));
                }
            }
        }
    }
    Ok(summary)
}

/// A byte-counting progress bar when stderr is a terminal and the input is large; hidden otherwise.
fn progress_bar(wanted: bool, paths: &[PathBuf]) -> ProgressBar {
    if !wanted || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let total = total_bytes(paths);
    if total < PROGRESS_MIN_BYTES {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new(total);
    if let Ok(style) = ProgressStyle::with_template(
        "{spinner} [{elapsed_precise}] {wide_bar} {bytes}/{total_bytes} ({bytes_per_sec}, eta {eta})",
    ) {
        bar.set_style(style);
    }
    bar
}

/// Size of all input files (directories walked); stdin counts as unknown (0).
fn total_bytes(paths: &[PathBuf]) -> u64 {
    fn walk(p: &std::path::Path, depth: usize) -> u64 {
        match std::fs::metadata(p) {
            Ok(m) if m.is_file() => m.len(),
            Ok(m) if m.is_dir() && depth < 64 => std::fs::read_dir(p)
                .map(|rd| rd.flatten().map(|e| walk(&e.path(), depth + 1)).sum())
                .unwrap_or(0),
            _ => 0,
        }
    }
    paths
        .iter()
        .filter(|p| p.as_os_str() != "-")
        .map(|p| walk(p, 0))
        .sum()
}
