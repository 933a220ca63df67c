//! The coding pipeline shared by `code`, `ingest`, `bench` and `recode`:
//! read → prepare → code on every core, results handed on in input order.
//!
//! Memory stays bounded whatever the input size: the reader streams documents,
//! and at most [`MAX_IN_FLIGHT`] documents are between the reader and the sink.
//! Workers take documents off the queue in batches and hand them on per batch, so in
//! a busy run the threads wake each other once per batch rather than once per
//! document (on two cores a context switch per document is a measurable share).

use anyhow::{Context, Result};
use chrono::NaiveDate;
use indicatif::{ProgressBar, ProgressStyle};
use readout_coder::Coder;
use readout_kb::KnowledgeBase;
use readout_model::{DateSource, Document, Event};
use readout_text::{read_inputs, RawDocument};
use std::collections::BTreeMap;
use std::collections::VecDeque;
use std::io::IsTerminal;
use std::path::PathBuf;
use std::sync::mpsc::{sync_channel, Receiver, SyncSender};
use std::sync::{Arc, Condvar, Mutex};
use std::thread;

/// Documents between the reader and the sink at most (bounds memory and the reorder buffer).
pub const MAX_IN_FLIGHT: usize = 128;

/// Documents a worker takes off the queue at once, at most.
const BATCH_DOCS: usize = 8;

/// Documents read ahead for the workers, at most (well under [`MAX_IN_FLIGHT`], so in a
/// steady run the reader waits for queue room, once per batch, not for permits).
const QUEUE_DOCS: usize = 32;

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

/// A run of consecutive inputs, by sequence number.
struct Batch<T> {
    /// Sequence number of the first item; the rest follow without gaps.
    first: u64,
    items: Vec<T>,
}

/// One input as read: a document, or (origin, reason) when it could not be read.
type ReadItem = std::result::Result<RawDocument, (String, String)>;

/// One input after coding: its counts and rendered form, or (origin, reason) when it could
/// not be read.
type DoneItem<R> = std::result::Result<(DocCounts, R), (String, String)>;

/// What the summary counts of one coded document.
#[derive(Debug, Clone, Copy)]
struct DocCounts {
    sentences: usize,
    events: usize,
    bytes: u64,
}

/// Inputs read and waiting for a worker. The reader adds them one at a time; a worker
/// takes up to [`BATCH_DOCS`] at once, so a document never waits for a batch to fill.
#[derive(Default)]
struct WorkQueue {
    state: Mutex<QueueState>,
    /// Signalled when inputs arrive or the reader finishes.
    filled: Condvar,
    /// Signalled when a worker makes room.
    drained: Condvar,
}

#[derive(Default)]
struct QueueState {
    /// Sequence number of the front item.
    first: u64,
    items: VecDeque<ReadItem>,
    /// No more inputs will come.
    closed: bool,
}

impl WorkQueue {
    /// Adds input `seq` (numbers are consecutive from 0), waiting while the queue is full;
    /// drops it when the queue was closed because the workers stopped.
    fn push(&self, seq: u64, item: ReadItem) {
        let Ok(mut st) = self.state.lock() else {
            return;
        };
        while st.items.len() >= QUEUE_DOCS && !st.closed {
            st = match self.drained.wait(st) {
                Ok(g) => g,
                Err(_) => return,
            };
        }
        if st.closed {
            return;
        }
        if st.items.is_empty() {
            st.first = seq;
        }
        st.items.push_back(item);
        drop(st);
        self.filled.notify_one();
    }

    /// No more inputs (the reader is done, or the sink stopped): wake every waiting thread
    /// so it can finish.
    fn close(&self) {
        if let Ok(mut st) = self.state.lock() {
            st.closed = true;
        }
        self.filled.notify_all();
        self.drained.notify_all();
    }

    /// The next run of inputs, waiting while none is ready; `None` once the reader is done.
    fn take(&self) -> Option<Batch<ReadItem>> {
        let mut st = self.state.lock().ok()?;
        while st.items.is_empty() {
            if st.closed {
                return None;
            }
            st = self.filled.wait(st).ok()?;
        }
        let n = st.items.len().min(BATCH_DOCS);
        let first = st.first;
        let items: Vec<ReadItem> = st.items.drain(..n).collect();
        st.first += n as u64;
        let reader_waits = st.items.len() + n >= QUEUE_DOCS;
        drop(st);
        if reader_waits {
            self.drained.notify_one();
        }
        Some(Batch { first, items })
    }
}

/// Reads every input, codes documents on all cores and hands them to `sink` in input order.
///
/// Unreadable inputs are reported in the summary and never stop the run; an
/// error from `sink` (say, a full disk) does.
pub fn code_inputs(
    opts: &PipelineOptions,
    sink: impl FnMut(CodedDocument) -> Result<()>,
) -> Result<Summary> {
    code_and_render(opts, |coded| coded, sink)
}

/// [`code_inputs`] with a `render` step run on the workers: each coded document is turned
/// into what the sink needs (say, its events as JSON lines) and dropped there, so the
/// sink's thread neither serialises nor frees the documents. Freeing on the thread that
/// allocated keeps the memory in that core's cache for the next document.
pub fn code_and_render<R: Send>(
    opts: &PipelineOptions,
    render: impl Fn(CodedDocument) -> R + Sync,
    mut sink: impl FnMut(R) -> Result<()>,
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

    // Permits bound the documents in flight: the reader takes one per document, the sink
    // returns it, so a slow document cannot make the buffers grow.
    let (permit_tx, permit_rx) = sync_channel::<()>(MAX_IN_FLIGHT);
    for _ in 0..MAX_IN_FLIGHT {
        permit_tx.send(()).ok();
    }
    let queue = WorkQueue::default();
    let (done_tx, done_rx) = sync_channel::<Batch<DoneItem<R>>>(MAX_IN_FLIGHT);
    let warnings = Mutex::new(Vec::new());

    let mut summary = thread::scope(|scope| -> Result<Summary> {
        let warnings = &warnings;
        let queue = &queue;
        let render = &render;
        scope.spawn(move || read_all(&paths, permit_rx, queue, warnings));
        for _ in 0..threads {
            let tx = done_tx.clone();
            let coder = Arc::clone(&coder);
            let (doc_date, explain) = (opts.doc_date, opts.explain);
            scope.spawn(move || code_worker(&coder, doc_date, explain, queue, render, &tx));
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

/// The reader thread: queues every input (or its read error) with its sequence number.
fn read_all(
    paths: &[PathBuf],
    permits: Receiver<()>,
    queue: &WorkQueue,
    warnings: &Mutex<Vec<String>>,
) {
    let mut inputs = read_inputs(paths);
    for (seq, item) in (0u64..).zip(inputs.by_ref()) {
        if permits.recv().is_err() {
            break; // the sink stopped
        }
        queue.push(seq, item.map_err(|e| (e.origin(), e.to_string())));
    }
    queue.close();
    if let Ok(mut w) = warnings.lock() {
        w.extend(inputs.take_warnings());
    }
}

fn code_worker<R>(
    coder: &Coder,
    doc_date: Option<NaiveDate>,
    explain: bool,
    queue: &WorkQueue,
    render: &impl Fn(CodedDocument) -> R,
    tx: &SyncSender<Batch<DoneItem<R>>>,
) {
    while let Some(batch) = queue.take() {
        let items = batch
            .items
            .into_iter()
            .map(|item| {
                item.map(|raw| {
                    let doc = prepare(raw, doc_date);
                    let (events, explanation) = if explain {
                        let (events, why) = coder.explain(&doc);
                        (events, Some(why.to_string()))
                    } else {
                        (coder.code(&doc), None)
                    };
                    let counts = DocCounts {
                        sentences: doc.sentences.len(),
                        events: events.len(),
                        bytes: doc.text.len() as u64,
                    };
                    let coded = CodedDocument {
                        doc,
                        events,
                        explanation,
                    };
                    (counts, render(coded))
                })
            })
            .collect();
        let coded = Batch {
            first: batch.first,
            items,
        };
        if tx.send(coded).is_err() {
            queue.close(); // the sink stopped: release a reader waiting for room
            return;
        }
    }
}

fn deliver_in_order<R>(
    done: Receiver<Batch<DoneItem<R>>>,
    permits: &SyncSender<()>,
    bar: &ProgressBar,
    sink: &mut impl FnMut(R) -> Result<()>,
) -> Result<Summary> {
    let mut summary = Summary::default();
    let mut pending: BTreeMap<u64, Vec<DoneItem<R>>> = BTreeMap::new();
    let mut next = 0u64;
    for batch in done {
        pending.insert(batch.first, batch.items);
        while let Some(items) = pending.remove(&next) {
            next += items.len() as u64;
            for item in items {
                permits.try_send(()).ok();
                match item {
                    Ok((counts, rendered)) => {
                        summary.documents += 1;
                        summary.sentences += counts.sentences;
                        summary.events += counts.events;
                        summary.bytes += counts.bytes;
                        bar.inc(counts.bytes);
                        sink(rendered)?;
                    }
                    Err((origin, reason)) => {
                        bar.suspend(|| eprintln!("readout: skipped {reason}"));
                        summary.failures.push((origin, reason));
                    }
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

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(i: u64) -> ReadItem {
        Ok(RawDocument {
            id: format!("d{i}"),
            body: format!("text {i}"),
            kind: readout_text::BodyKind::Text,
            url: None,
            title: None,
            date: None,
            origin: format!("test:{i}"),
        })
    }

    #[test]
    fn workers_take_consecutive_runs_of_at_most_a_batch() {
        let queue = WorkQueue::default();
        for seq in 0..20 {
            queue.push(seq, doc(seq));
        }
        queue.close();
        let mut next = 0;
        while let Some(batch) = queue.take() {
            assert_eq!(batch.first, next);
            assert!(!batch.items.is_empty() && batch.items.len() <= BATCH_DOCS);
            for (k, item) in batch.items.iter().enumerate() {
                let raw = item.as_ref().map_err(|e| e.1.clone()).unwrap();
                assert_eq!(raw.id, format!("d{}", batch.first + k as u64));
            }
            next += batch.items.len() as u64;
        }
        assert_eq!(next, 20);
    }

    #[test]
    fn a_lone_document_is_handed_over_without_waiting_for_a_full_batch() {
        let queue = WorkQueue::default();
        queue.push(0, doc(0));
        let batch = queue.take().expect("one document queued");
        assert_eq!((batch.first, batch.items.len()), (0, 1));
    }

    #[test]
    fn closing_releases_a_reader_waiting_for_room() {
        let queue = WorkQueue::default();
        for seq in 0..QUEUE_DOCS as u64 {
            queue.push(seq, doc(seq));
        }
        thread::scope(|s| {
            let q = &queue;
            let reader = s.spawn(move || q.push(QUEUE_DOCS as u64, doc(0)));
            std::thread::sleep(std::time::Duration::from_millis(20));
            q.close();
            reader
                .join()
                .expect("the reader returns once the queue is closed");
        });
        // the extra document was dropped, not queued
        let queued: usize = std::iter::from_fn(|| queue.take())
            .map(|b| b.items.len())
            .sum();
        assert_eq!(queued, QUEUE_DOCS);
    }
}
