//! JSON lines: one document per line, streamed; a bad line is reported and skipped.

use super::{looks_like_html, BodyKind, InputError, RawDocument};
use crate::calendar::parse_date_value;
use std::io::BufRead;

/// Field names read from a JSON line, first present wins; any other field is ignored.
const TEXT_FIELDS: &[&str] = &["text", "body", "content", "article"];
const ID_FIELDS: &[&str] = &["id", "doc_id", "_id"];
const DATE_FIELDS: &[&str] = &[
    "date",
    "published",
    "published_at",
    "publish_date",
    "pub_date",
    "datetime",
];
const URL_FIELDS: &[&str] = &["url", "link"];
const TITLE_FIELDS: &[&str] = &["title", "headline"];

type JsonObject = serde_json::Map<String, serde_json::Value>;

/// The first of `names` holding a string (numbers are accepted for ids).
fn field(record: &mut JsonObject, names: &[&str], numbers: bool) -> Option<String> {
    names.iter().find_map(|name| match record.remove(*name)? {
        serde_json::Value::String(s) if !s.trim().is_empty() => Some(s),
        serde_json::Value::Number(n) if numbers => Some(n.to_string()),
        _ => None,
    })
}

/// Appends to `line` the bytes up to and including the next `\n`, stopping early at the end of
/// the input or after `max` bytes; returns how many were read. The same as
/// `reader.take(max).read_until(b'\n', line)`, with memchr's vectorised search for the line
/// feed (the standard one tests a word at a time, a visible cost on long lines).
fn read_line_bounded(
    reader: &mut dyn BufRead,
    max: u64,
    line: &mut Vec<u8>,
) -> std::io::Result<usize> {
    let mut read = 0u64;
    // like `take`, ask the reader for nothing more once `max` bytes are in
    while read < max {
        let available = match reader.fill_buf() {
            Ok(buf) => buf,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        let room = usize::try_from(max - read).map_or(available.len(), |r| r.min(available.len()));
        let buf = &available[..room];
        let (found, used) = match memchr::memchr(b'\n', buf) {
            Some(i) => (true, i + 1),
            None => (false, buf.len()),
        };
        line.extend_from_slice(&buf[..used]);
        reader.consume(used);
        read += used as u64;
        if found || used == 0 {
            break;
        }
    }
    Ok(read as usize)
}

/// Streams the documents of a JSON-lines file.
pub(crate) struct JsonlSource {
    reader: Box<dyn BufRead + Send>,
    stem: String,
    path: String,
    limit: usize,
    line_no: usize,
    offset: u64,
    /// Documents or errors produced so far (an input with none is "empty").
    produced: usize,
    done: bool,
    line: Vec<u8>,
}

impl JsonlSource {
    pub(crate) fn new(
        reader: Box<dyn BufRead + Send>,
        stem: String,
        path: String,
        limit: usize,
    ) -> Self {
        JsonlSource {
            reader,
            stem,
            path,
            limit,
            line_no: 0,
            offset: 0,
            produced: 0,
            done: false,
            line: Vec::new(),
        }
    }

    fn origin(&self) -> String {
        format!("{}:{}", self.path, self.line_no)
    }

    /// Skips the rest of an overlong line without holding it in memory; returns bytes skipped.
    fn skip_line(&mut self) -> std::io::Result<u64> {
        let mut skipped = 0u64;
        loop {
            let buf = self.reader.fill_buf()?;
            if buf.is_empty() {
                return Ok(skipped);
            }
            match memchr::memchr(b'\n', buf) {
                Some(i) => {
                    self.reader.consume(i + 1);
                    return Ok(skipped + i as u64 + 1);
                }
                None => {
                    let n = buf.len();
                    self.reader.consume(n);
                    skipped += n as u64;
                }
            }
        }
    }

    fn parse_line(&self, line: &[u8], line_start: u64) -> Option<Result<RawDocument, InputError>> {
        let text = match std::str::from_utf8(line) {
            Ok(t) => t,
            Err(e) => {
                return Some(Err(InputError::InvalidUtf8 {
                    origin: self.origin(),
                    offset: line_start + e.valid_up_to() as u64,
                }))
            }
        };
        let text = text.trim();
        if text.is_empty() {
            return None;
        }
        let json_error = |message: String| {
            Some(Err(InputError::Json {
                origin: self.origin(),
                message,
            }))
        };
        let mut record: JsonObject = match serde_json::from_str(text) {
            Ok(r) => r,
            Err(e) => return json_error(e.to_string()),
        };
        let Some(body) = field(&mut record, TEXT_FIELDS, false) else {
            return json_error("missing field `text` (or body/content/article)".into());
        };
        let id = field(&mut record, ID_FIELDS, true)
            .unwrap_or_else(|| format!("{}:{}", self.stem, self.line_no));
        let date = field(&mut record, DATE_FIELDS, false).and_then(|d| parse_date_value(&d));
        let url = field(&mut record, URL_FIELDS, false);
        let title = field(&mut record, TITLE_FIELDS, false);
        let kind = if looks_like_html(body.as_bytes()) {
            BodyKind::Html
        } else {
            BodyKind::Text
        };
        Some(Ok(RawDocument {
            id,
            body,
            kind,
            url,
            title,
            date,
            origin: self.origin(),
        }))
    }
}

impl Iterator for JsonlSource {
    type Item = Result<RawDocument, InputError>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            let mut line = std::mem::take(&mut self.line);
            line.clear();
            let line_start = self.offset;
            let read = read_line_bounded(&mut *self.reader, self.limit as u64 + 1, &mut line);
            let n = match read {
                Ok(n) => n,
                Err(e) => {
                    self.done = true;
                    self.line_no += 1;
                    return Some(Err(InputError::io(self.origin(), e)));
                }
            };
            if n == 0 {
                self.done = true;
                if self.produced == 0 {
                    return Some(Err(InputError::Empty {
                        origin: self.path.clone(),
                    }));
                }
                return None;
            }
            self.line_no += 1;
            self.offset += n as u64;
            if line.len() > self.limit && line.last() != Some(&b'\n') {
                let skipped = match self.skip_line() {
                    Ok(k) => k,
                    Err(e) => {
                        self.done = true;
                        return Some(Err(InputError::io(self.origin(), e)));
                    }
                };
                self.offset += skipped;
                self.produced += 1;
                return Some(Err(InputError::TooLarge {
                    origin: self.origin(),
                    size: n as u64 + skipped,
                    limit: self.limit,
                }));
            }
            let item = self.parse_line(&line, line_start);
            self.line = line;
            if let Some(item) = item {
                self.produced += 1;
                return Some(item);
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::{BufReader, Read};

    #[test]
    fn bounded_line_reads_as_take_and_read_until() {
        let inputs: [&[u8]; 6] = [
            b"",
            b"\n",
            b"{\"text\":\"a\"}\n{\"text\":\"b\"}",
            b"no line feed at all",
            b"\n\nab\ncdefghijklmnop\nq\n",
            b"a very long line that runs past every limit tried here\nshort\n",
        ];
        for input in inputs {
            for capacity in [1, 2, 3, 7, 64] {
                for max in [0u64, 1, 2, 5, 16, 1000] {
                    let mut mine = BufReader::with_capacity(capacity, input);
                    let mut reference = BufReader::with_capacity(capacity, input);
                    loop {
                        let (mut a, mut b) = (Vec::new(), Vec::new());
                        let n = read_line_bounded(&mut mine, max, &mut a).unwrap();
                        let m = reference
                            .by_ref()
                            .take(max)
                            .read_until(b'\n', &mut b)
                            .unwrap();
                        assert_eq!((n, &a), (m, &b), "{input:?} capacity {capacity} max {max}");
                        if n == 0 {
                            break;
                        }
                    }
                }
            }
        }
    }
}
