//! WARC files (plain or multi-member gzip): each `response` or `resource`
//! record with an HTML or plain-text payload is a document. A damaged record
//! stops that file (the rest cannot be trusted to be aligned), never the batch.

use super::decode::{decode_text, html_declared_charset};
use super::{BodyKind, InputError, RawDocument, Warnings};
use encoding_rs::Encoding;
use std::io::{BufRead, Read};

/// Largest header block accepted for a WARC record or an HTTP response.
const MAX_HEADER_BYTES: usize = 64 << 10;

/// Streams the documents of one WARC file.
pub(crate) struct WarcSource {
    reader: Box<dyn BufRead + Send>,
    path: String,
    limit: usize,
    record: usize,
    done: bool,
    warnings: Warnings,
}

/// A parsed WARC or HTTP header block.
struct Headers(Vec<(String, String)>);

impl Headers {
    fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

impl WarcSource {
    pub(crate) fn new(
        reader: Box<dyn BufRead + Send>,
        path: String,
        limit: usize,
        warnings: Warnings,
    ) -> Self {
        WarcSource {
            reader,
            path,
            limit,
            record: 0,
            done: false,
            warnings,
        }
    }

    fn origin(&self) -> String {
        format!("{} record {}", self.path, self.record)
    }

    fn corrupt(&mut self, message: impl Into<String>) -> Option<Result<RawDocument, InputError>> {
        self.done = true;
        Some(Err(InputError::Warc {
            origin: self.origin(),
            message: message.into(),
        }))
    }

    /// Reads one CRLF/LF-terminated line of at most [`MAX_HEADER_BYTES`]; `None` at end of input.
    fn read_line(&mut self) -> std::io::Result<Option<String>> {
        let mut buf = Vec::new();
        let n = self
            .reader
            .by_ref()
            .take(MAX_HEADER_BYTES as u64)
            .read_until(b'\n', &mut buf)?;
        if n == 0 {
            return Ok(None);
        }
        Ok(Some(
            String::from_utf8_lossy(&buf)
                .trim_end_matches(['\r', '\n'])
                .to_string(),
        ))
    }

    /// Reads header lines up to the blank line that ends them.
    fn read_headers(&mut self) -> std::io::Result<Option<Headers>> {
        let mut headers: Vec<(String, String)> = Vec::new();
        let mut total = 0usize;
        loop {
            let Some(line) = self.read_line()? else {
                return Ok(None);
            };
            if line.is_empty() {
                return Ok(Some(Headers(headers)));
            }
            total += line.len();
            if total > MAX_HEADER_BYTES {
                return Ok(None);
            }
            if line.starts_with([' ', '\t']) {
                if let Some(last) = headers.last_mut() {
                    last.1.push(' ');
                    last.1.push_str(line.trim());
                }
            } else if let Some((k, v)) = line.split_once(':') {
                headers.push((k.trim().to_string(), v.trim().to_string()));
            }
        }
    }

    /// Skips blank lines between records; returns the version line or `None` at end of file.
    fn next_version_line(&mut self) -> std::io::Result<Option<String>> {
        loop {
            match self.read_line()? {
                None => return Ok(None),
                Some(l) if l.trim().is_empty() => continue,
                Some(l) => return Ok(Some(l)),
            }
        }
    }
}

impl Iterator for WarcSource {
    type Item = Result<RawDocument, InputError>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            self.record += 1;
            let version = match self.next_version_line() {
                Ok(Some(v)) => v,
                Ok(None) => {
                    self.done = true;
                    if self.record == 1 {
                        return Some(Err(InputError::Empty {
                            origin: self.path.clone(),
                        }));
                    }
                    return None;
                }
                Err(e) => return self.corrupt(e.to_string()),
            };
            if !version.starts_with("WARC/") {
                let shown: String = version.chars().take(40).collect();
                return self.corrupt(format!("expected a WARC/1.x version line, found {shown:?}"));
            }
            let headers = match self.read_headers() {
                Ok(Some(h)) => h,
                Ok(None) => return self.corrupt("truncated or oversized record header"),
                Err(e) => return self.corrupt(e.to_string()),
            };
            let Some(length) = headers
                .get("Content-Length")
                .and_then(|v| v.parse::<u64>().ok())
            else {
                return self.corrupt("record without a valid Content-Length");
            };
            let wanted = matches!(
                headers.get("WARC-Type"),
                Some("response" | "resource" | "conversion")
            );
            // The payload (HTTP headers + body) may exceed the document limit by its headers.
            let cap = self.limit as u64 + MAX_HEADER_BYTES as u64;
            if !wanted || length > cap {
                match std::io::copy(&mut self.reader.by_ref().take(length), &mut std::io::sink()) {
                    Ok(n) if n == length => {}
                    Ok(_) => return self.corrupt("record shorter than its Content-Length"),
                    Err(e) => return self.corrupt(e.to_string()),
                }
                if wanted {
                    return Some(Err(InputError::TooLarge {
                        origin: self.origin(),
                        size: length,
                        limit: self.limit,
                    }));
                }
                continue;
            }
            let mut block = Vec::with_capacity(length as usize);
            match self.reader.by_ref().take(length).read_to_end(&mut block) {
                Ok(n) if n as u64 == length => {}
                Ok(_) => return self.corrupt("record shorter than its Content-Length"),
                Err(e) => return self.corrupt(e.to_string()),
            }
            if let Some(item) = self.document(&headers, block) {
                return Some(item);
            }
        }
        None
    }
}

impl WarcSource {
    /// The document in a record's block, if it is a successful HTML or text payload.
    fn document(&self, warc: &Headers, block: Vec<u8>) -> Option<Result<RawDocument, InputError>> {
        let is_response = warc.get("WARC-Type") == Some("response");
        let (content_type, body) = if is_response && block.starts_with(b"HTTP/") {
            let (status, http, body) = split_http(&block)?;
            if !(200..300).contains(&status) {
                return None;
            }
            let body = match http
                .get("Content-Encoding")
                .map(str::to_ascii_lowercase)
                .as_deref()
            {
                Some("gzip" | "x-gzip") => {
                    let mut out = Vec::new();
                    let mut gz =
                        flate2::read::MultiGzDecoder::new(body).take(self.limit as u64 + 1);
                    gz.read_to_end(&mut out).ok()?;
                    out
                }
                Some(enc) if enc != "identity" => return None,
                _ => body.to_vec(),
            };
            (http.get("Content-Type").unwrap_or("").to_string(), body)
        } else {
            (warc.get("Content-Type").unwrap_or("").to_string(), block)
        };
        let mime = content_type
            .split(';')
            .next()
            .unwrap_or("")
            .trim()
            .to_ascii_lowercase();
        let kind = match mime.as_str() {
            "text/html" | "application/xhtml+xml" => BodyKind::Html,
            "text/plain" => BodyKind::Text,
            _ => return None,
        };
        if body.len() > self.limit {
            return Some(Err(InputError::TooLarge {
                origin: self.origin(),
                size: body.len() as u64,
                limit: self.limit,
            }));
        }
        let charset = charset_param(&content_type).or_else(|| {
            if kind == BodyKind::Html {
                html_declared_charset(&body)
            } else {
                None
            }
        });
        let url = warc
            .get("WARC-Target-URI")
            .map(|u| u.trim_matches(['<', '>']).to_string())
            .filter(|u| !u.is_empty());
        let id = warc
            .get("WARC-Record-ID")
            .map(|r| {
                r.trim_matches(['<', '>'])
                    .trim_start_matches("urn:uuid:")
                    .to_string()
            })
            .filter(|r| !r.is_empty())
            .or_else(|| url.clone())
            .unwrap_or_else(|| self.origin());
        let date = warc
            .get("WARC-Date")
            .and_then(crate::calendar::parse_date_value);
        Some(Ok(RawDocument {
            id,
            body: {
                let (body, note) = decode_text(body, charset);
                self.warnings.push(&self.origin(), note);
                body
            },
            kind,
            url,
            title: None,
            date,
            origin: self.origin(),
        }))
    }
}

/// `charset=...` of a Content-Type value.
fn charset_param(content_type: &str) -> Option<&'static Encoding> {
    content_type.split(';').skip(1).find_map(|p| {
        let (k, v) = p.split_once('=')?;
        k.trim()
            .eq_ignore_ascii_case("charset")
            .then(|| Encoding::for_label(v.trim().trim_matches('"').as_bytes()))?
    })
}

/// Splits an HTTP response into status code, headers and body.
fn split_http(block: &[u8]) -> Option<(u16, Headers, &[u8])> {
    let head_end = memchr::memmem::find(&block[..block.len().min(MAX_HEADER_BYTES)], b"\r\n\r\n")
        .map(|i| (i, i + 4))
        .or_else(|| {
            memchr::memmem::find(&block[..block.len().min(MAX_HEADER_BYTES)], b"\n\n")
                .map(|i| (i, i + 2))
        })
        .unwrap_or((block.len(), block.len()));
    let head = String::from_utf8_lossy(&block[..head_end.0]);
    let mut lines = head.lines();
    let status = lines
        .next()?
        .split_whitespace()
        .nth(1)?
        .parse::<u16>()
        .ok()?;
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
        .collect();
    Some((status, Headers(headers), &block[head_end.1..]))
}
