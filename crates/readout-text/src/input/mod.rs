//! Streaming input readers: files, directories and stdin in plain text, HTML,
//! JSON lines and WARC, one [`RawDocument`] at a time.
//!
//! Memory stays bounded whatever the input size: JSON lines and WARC are read
//! record by record, plain text above the size limit is cut into segments, and
//! a single oversized HTML page, JSON line or WARC record is skipped with an
//! error. One bad document never stops the batch.

mod decode;
mod error;
mod jsonl;
mod text;
mod warc;

pub use error::{InputError, InputErrorKind};

use chrono::NaiveDate;
use std::collections::VecDeque;
use std::fs::File;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

/// Largest document read whole; plain text above it is read in segments.
pub const MAX_DOCUMENT_BYTES: usize = 16 << 20;

/// Read buffer size: large enough to sniff a format from the first bytes.
const BUFFER_BYTES: usize = 64 << 10;

/// Whether a body is plain text or needs HTML main-text extraction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BodyKind {
    /// Plain text.
    Text,
    /// An HTML page (main text is extracted by `prepare`).
    Html,
}

/// One document as read from the input, before normalisation.
#[derive(Debug, Clone, PartialEq)]
pub struct RawDocument {
    /// File stem, JSON-lines `id` (else `{stem}:{line}`), WARC record id; `{stem}@{n}` for segments.
    pub id: String,
    /// The text or HTML as decoded from the input.
    pub body: String,
    /// How to read `body`.
    pub kind: BodyKind,
    /// Source URL from the input's metadata.
    pub url: Option<String>,
    /// Title from the input's metadata.
    pub title: Option<String>,
    /// Publication date from the input's metadata (wins over dates found in the text).
    pub date: Option<NaiveDate>,
    /// Where it came from, for messages: `dir/a.jsonl:12`.
    pub origin: String,
}

/// Reader settings; the defaults are what the CLI uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReaderOptions {
    /// Largest document read whole (see [`MAX_DOCUMENT_BYTES`]).
    pub max_document_bytes: usize,
}

impl Default for ReaderOptions {
    fn default() -> Self {
        ReaderOptions {
            max_document_bytes: MAX_DOCUMENT_BYTES,
        }
    }
}

/// Non-fatal notes gathered while reading ("decoded as Windows-1252"), shared
/// between [`Inputs`] and the readers it creates.
#[derive(Debug, Clone, Default)]
pub(crate) struct Warnings(Arc<Mutex<Vec<String>>>);

impl Warnings {
    /// Most warnings kept between two [`Inputs::take_warnings`] calls.
    const MAX_KEPT: usize = 10_000;

    pub(crate) fn push(&self, origin: &str, note: Option<&str>) {
        let Some(note) = note else { return };
        if let Ok(mut list) = self.0.lock() {
            if list.len() < Self::MAX_KEPT {
                list.push(format!("{origin}: {note}"));
            }
        }
    }

    fn take(&self) -> Vec<String> {
        self.0
            .lock()
            .map(|mut list| std::mem::take(&mut *list))
            .unwrap_or_default()
    }
}

/// Input formats, chosen by extension or sniffed from the first bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Text,
    Html,
    Jsonl,
    Warc,
}

/// The documents of all inputs, in order: paths as given, directories walked in
/// sorted order (hidden entries skipped), `-` for standard input.
pub struct Inputs {
    paths: VecDeque<PathBuf>,
    walk: Option<Box<dyn Iterator<Item = walkdir::Result<walkdir::DirEntry>> + Send>>,
    current: Option<Source>,
    options: ReaderOptions,
    warnings: Warnings,
}

/// Reads `paths` (files, directories, `-` for stdin; none means stdin) with default options.
pub fn read_inputs(paths: &[PathBuf]) -> Inputs {
    read_inputs_with(paths, ReaderOptions::default())
}

/// Reads `paths` with explicit options (tests use a small size limit).
pub fn read_inputs_with(paths: &[PathBuf], options: ReaderOptions) -> Inputs {
    let mut paths: VecDeque<PathBuf> = paths.iter().cloned().collect();
    if paths.is_empty() {
        paths.push_back(PathBuf::from("-"));
    }
    Inputs {
        paths,
        walk: None,
        current: None,
        options,
        warnings: Warnings::default(),
    }
}

impl Iterator for Inputs {
    type Item = Result<RawDocument, InputError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(current) = self.current.as_mut() {
                match current.next() {
                    Some(item) => return Some(item),
                    None => self.current = None,
                }
            }
            let path = match self.next_file()? {
                Ok(p) => p,
                Err(e) => return Some(Err(e)),
            };
            match open_source(&path, self.options, &self.warnings) {
                Ok(source) => self.current = Some(source),
                Err(e) => return Some(Err(e)),
            }
        }
    }
}

impl Inputs {
    /// Non-fatal notes since the last call, e.g. "a.txt: not UTF-8; decoded as
    /// Windows-1252" (the document itself was still read). Iterate with
    /// `by_ref()` to call this during or after reading.
    pub fn take_warnings(&mut self) -> Vec<String> {
        self.warnings.take()
    }

    /// The next file to read: from the directory being walked, else the next path.
    fn next_file(&mut self) -> Option<Result<PathBuf, InputError>> {
        loop {
            if let Some(walk) = self.walk.as_mut() {
                match walk.next() {
                    Some(Ok(entry)) if entry.file_type().is_dir() => continue,
                    Some(Ok(entry)) => return Some(Ok(entry.into_path())),
                    Some(Err(e)) => {
                        let origin = e
                            .path()
                            .map_or_else(|| "directory".to_string(), |p| p.display().to_string());
                        return Some(Err(InputError::io(origin, e.into())));
                    }
                    None => self.walk = None,
                }
            }
            let path = self.paths.pop_front()?;
            if path.is_dir() {
                let walk = walkdir::WalkDir::new(&path)
                    .sort_by_file_name()
                    .follow_links(true)
                    .into_iter()
                    .filter_entry(|e| e.depth() == 0 || !is_hidden(e.file_name()));
                self.walk = Some(Box::new(walk));
                continue;
            }
            return Some(Ok(path));
        }
    }
}

fn is_hidden(name: &std::ffi::OsStr) -> bool {
    name.to_str().is_some_and(|n| n.starts_with('.'))
}

/// A reader over the documents of one input.
type Source = Box<dyn Iterator<Item = Result<RawDocument, InputError>> + Send>;

/// Reads one stream (an upload, a pipe, fuzzer input) whose format comes from
/// `name`'s extension or is sniffed; `name` also gives the document id stem
/// and the origin shown in messages.
pub fn read_stream(
    name: &str,
    stream: Box<dyn std::io::Read + Send>,
    options: ReaderOptions,
) -> Inputs {
    let (lower, stem) = names(Path::new(name));
    let warnings = Warnings::default();
    let current = match source_for(stream, lower, stem, name.to_string(), options, &warnings) {
        Ok(source) => source,
        Err(e) => Box::new(std::iter::once(Err(e))),
    };
    Inputs {
        paths: VecDeque::new(),
        walk: None,
        current: Some(current),
        options,
        warnings,
    }
}

/// Opens one file (or stdin) and returns the reader for its format.
fn open_source(
    path: &Path,
    options: ReaderOptions,
    warnings: &Warnings,
) -> Result<Source, InputError> {
    if path.as_os_str() == "-" {
        return source_for(
            Box::new(std::io::stdin()),
            String::new(),
            "stdin".into(),
            "<stdin>".into(),
            options,
            warnings,
        );
    }
    let origin = path.display().to_string();
    let file = File::open(path).map_err(|e| InputError::io(origin.clone(), e))?;
    let (name, stem) = names(path);
    source_for(Box::new(file), name, stem, origin, options, warnings)
}

/// The reader for a stream, by (lower-case) file name or sniffed format.
fn source_for(
    raw: Box<dyn std::io::Read + Send>,
    mut name: String,
    stem: String,
    origin: String,
    options: ReaderOptions,
    warnings: &Warnings,
) -> Result<Source, InputError> {
    let mut reader: Box<dyn BufRead + Send> = Box::new(BufReader::with_capacity(BUFFER_BYTES, raw));
    // Gzip by extension or magic number: decompress and look at the inner name.
    let head = reader
        .fill_buf()
        .map_err(|e| InputError::io(origin.clone(), e))?;
    if name.ends_with(".gz") || head.starts_with(&[0x1f, 0x8b]) {
        name = name.trim_end_matches(".gz").to_string();
        let gz = flate2::bufread::MultiGzDecoder::new(reader);
        reader = Box::new(BufReader::with_capacity(BUFFER_BYTES, gz));
    }
    let format = match format_by_extension(&name) {
        Some(f) => f,
        None => {
            let head = reader
                .fill_buf()
                .map_err(|e| InputError::io(origin.clone(), e))?;
            sniff(head)
        }
    };
    let limit = options.max_document_bytes;
    Ok(match format {
        Format::Text => Box::new(text::TextSource::new(
            reader,
            stem,
            origin,
            limit,
            warnings.clone(),
        )),
        Format::Html => Box::new(std::iter::once(text::read_html(
            reader, stem, origin, limit, warnings,
        ))),
        Format::Jsonl => Box::new(jsonl::JsonlSource::new(reader, stem, origin, limit)),
        Format::Warc => Box::new(warc::WarcSource::new(
            reader,
            origin,
            limit,
            warnings.clone(),
        )),
    })
}

/// Lower-cased file name and document id stem ("a.warc.gz" → ("a.warc.gz", "a")).
fn names(path: &Path) -> (String, String) {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let inner = name.strip_suffix(".gz").unwrap_or(&name);
    let stem = match inner.rfind('.') {
        Some(i) if i > 0 => &inner[..i],
        _ => inner,
    };
    (name.to_ascii_lowercase(), stem.to_string())
}

fn format_by_extension(name: &str) -> Option<Format> {
    let ext = name.rsplit_once('.').map(|(_, e)| e)?;
    match ext {
        "txt" | "text" | "md" => Some(Format::Text),
        "html" | "htm" | "xhtml" | "shtml" => Some(Format::Html),
        "jsonl" | "ndjson" | "jsonlines" => Some(Format::Jsonl),
        "warc" => Some(Format::Warc),
        _ => None,
    }
}

/// Guesses the format of an input without a known extension from its first bytes.
fn sniff(head: &[u8]) -> Format {
    let start = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let skip = start.iter().take_while(|b| b.is_ascii_whitespace()).count();
    let start = &start[skip..];
    if start.starts_with(b"WARC/") {
        Format::Warc
    } else if start.starts_with(b"{") {
        Format::Jsonl
    } else if looks_like_html(start) {
        Format::Html
    } else {
        Format::Text
    }
}

/// Does this text start like an HTML document?
pub(crate) fn looks_like_html(head: &[u8]) -> bool {
    let skip = head.iter().take_while(|b| b.is_ascii_whitespace()).count();
    let start = &head[skip..head.len().min(skip + 1024)];
    if !start.starts_with(b"<") {
        return false;
    }
    let lower = start.to_ascii_lowercase();
    [
        &b"<!doctype html"[..],
        b"<html",
        b"<head",
        b"<body",
        b"<p>",
        b"<div",
        b"<article",
    ]
    .iter()
    .any(|tag| memchr::memmem::find(&lower, tag).is_some())
}

#[cfg(test)]
mod tests;
