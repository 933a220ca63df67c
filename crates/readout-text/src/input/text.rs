//! Plain-text and HTML files: one document per file, except plain text above
//! the size limit, which is read in paragraph-aligned segments.

use super::decode::{decode_text, html_declared_charset, looks_binary, SNIFF_BYTES};
use super::{BodyKind, InputError, RawDocument, Warnings};
use std::io::{BufRead, Read};

/// Streams a plain-text file as one document, or as segments `{stem}@{n}` of at
/// most `limit` bytes cut at paragraph (else line, else word) boundaries.
pub(crate) struct TextSource {
    reader: Box<dyn BufRead + Send>,
    stem: String,
    origin: String,
    limit: usize,
    /// Bytes read but not yet emitted (always less than `limit + 1` between calls).
    carry: Vec<u8>,
    /// Segments emitted so far.
    segments: usize,
    eof: bool,
    done: bool,
    warnings: Warnings,
}

impl TextSource {
    pub(crate) fn new(
        reader: Box<dyn BufRead + Send>,
        stem: String,
        origin: String,
        limit: usize,
        warnings: Warnings,
    ) -> Self {
        TextSource {
            reader,
            stem,
            origin,
            limit: limit.max(1),
            carry: Vec::new(),
            segments: 0,
            eof: false,
            done: false,
            warnings,
        }
    }

    /// Reads until `carry` holds more than `limit` bytes or the input ends.
    fn fill(&mut self) -> std::io::Result<()> {
        while !self.eof && self.carry.len() <= self.limit {
            let want = (self.limit + 1 - self.carry.len()) as u64;
            let n = self
                .reader
                .by_ref()
                .take(want)
                .read_to_end(&mut self.carry)?;
            if n == 0 {
                self.eof = true;
            }
        }
        Ok(())
    }

    fn document(&self, id: String, bytes: Vec<u8>, origin: String) -> RawDocument {
        RawDocument {
            id,
            body: {
                let (body, note) = decode_text(bytes, None);
                self.warnings.push(&origin, note);
                body
            },
            kind: BodyKind::Text,
            url: None,
            title: None,
            date: None,
            origin,
        }
    }
}

impl Iterator for TextSource {
    type Item = Result<RawDocument, InputError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        if let Err(e) = self.fill() {
            self.done = true;
            return Some(Err(InputError::io(self.origin.clone(), e)));
        }
        if self.segments == 0 {
            if looks_binary(&self.carry[..self.carry.len().min(SNIFF_BYTES)]) {
                self.done = true;
                return Some(Err(InputError::Binary {
                    origin: self.origin.clone(),
                }));
            }
            if self.eof && self.carry.iter().all(u8::is_ascii_whitespace) {
                self.done = true;
                return Some(Err(InputError::Empty {
                    origin: self.origin.clone(),
                }));
            }
            if self.eof {
                // The whole file fits: one document named after the file.
                self.done = true;
                let bytes = std::mem::take(&mut self.carry);
                return Some(Ok(self.document(
                    self.stem.clone(),
                    bytes,
                    self.origin.clone(),
                )));
            }
        }
        // Drop whitespace between segments so no segment is blank.
        let lead = self
            .carry
            .iter()
            .take_while(|b| b.is_ascii_whitespace())
            .count();
        self.carry.drain(..lead);
        if self.carry.is_empty() {
            if self.eof {
                self.done = true;
                return None;
            }
            return self.next();
        }
        let cut = if self.carry.len() <= self.limit {
            self.carry.len()
        } else {
            segment_end(&self.carry, self.limit)
        };
        let rest = self.carry.split_off(cut);
        let bytes = std::mem::replace(&mut self.carry, rest);
        self.segments += 1;
        let id = format!("{}@{}", self.stem, self.segments);
        let origin = format!("{}@{}", self.origin, self.segments);
        Some(Ok(self.document(id, bytes, origin)))
    }
}

/// Where to end a segment of `buf` (longer than `limit`): after the last blank
/// line in the second half of the first `limit` bytes, else the last line
/// break, else the last space, else the last UTF-8 character boundary.
fn segment_end(buf: &[u8], limit: usize) -> usize {
    let window = &buf[..limit.min(buf.len())];
    let half = window.len() / 2;
    if let Some(i) = memchr::memmem::rfind(window, b"\n\n").filter(|&i| i >= half) {
        return i + 2;
    }
    if let Some(i) = memchr::memrchr(b'\n', window).filter(|&i| i > 0) {
        return i + 1;
    }
    if let Some(i) = memchr::memrchr2(b' ', b'\t', window).filter(|&i| i > 0) {
        return i + 1;
    }
    let mut end = window.len();
    // A character starts at `end` unless buf[end] is a continuation byte.
    while end > 0 && end < buf.len() && (buf[end] & 0xC0) == 0x80 {
        end -= 1;
    }
    if end == 0 {
        window.len().max(1)
    } else {
        end
    }
}

/// Reads a whole HTML file (at most `limit` bytes) as one document.
pub(crate) fn read_html(
    mut reader: Box<dyn BufRead + Send>,
    stem: String,
    origin: String,
    limit: usize,
    warnings: &Warnings,
) -> Result<RawDocument, InputError> {
    let mut bytes = Vec::new();
    reader
        .by_ref()
        .take(limit as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| InputError::io(origin.clone(), e))?;
    if bytes.len() > limit {
        return Err(InputError::TooLarge {
            origin,
            size: bytes.len() as u64,
            limit,
        });
    }
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(InputError::Empty { origin });
    }
    if looks_binary(&bytes) {
        return Err(InputError::Binary { origin });
    }
    let charset = html_declared_charset(&bytes);
    Ok(RawDocument {
        id: stem,
        body: {
            let (body, note) = decode_text(bytes, charset);
            warnings.push(&origin, note);
            body
        },
        kind: BodyKind::Html,
        url: None,
        title: None,
        date: None,
        origin,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn segments(text: &str, limit: usize) -> Vec<(String, String)> {
        let reader: Box<dyn BufRead + Send> =
            Box::new(std::io::Cursor::new(text.as_bytes().to_vec()));
        TextSource::new(
            reader,
            "big".into(),
            "dir/big.txt".into(),
            limit,
            Warnings::default(),
        )
        .map(|r| r.map(|d| (d.id, d.body)).unwrap())
        .collect()
    }

    #[test]
    fn small_file_is_one_document() {
        assert_eq!(
            segments("One.\n\nTwo.", 100),
            [("big".to_string(), "One.\n\nTwo.".to_string())]
        );
    }

    #[test]
    fn big_file_splits_at_paragraphs_and_loses_nothing() {
        let text = "Alpha beta gamma.\n\nDelta epsilon.\n\nZeta eta theta iota.\n\nKappa.";
        let segs = segments(text, 40);
        assert!(segs.len() >= 2, "{segs:?}");
        for (i, (id, body)) in segs.iter().enumerate() {
            assert_eq!(id, &format!("big@{}", i + 1));
            assert!(body.len() <= 40);
            assert!(!body.starts_with('\n'));
        }
        let joined: String = segs
            .iter()
            .map(|s| s.1.trim())
            .collect::<Vec<_>>()
            .join("\n\n");
        assert_eq!(joined, text);
    }

    #[test]
    fn unbroken_text_is_cut_on_char_boundaries() {
        let text = "ğ".repeat(50);
        let segs = segments(&text, 7);
        let joined: String = segs.iter().map(|s| s.1.as_str()).collect();
        assert_eq!(joined, text);
        assert!(segs.iter().all(|s| !s.1.contains('\u{FFFD}')));
    }

    #[test]
    fn segment_end_prefers_paragraphs() {
        assert_eq!(segment_end(b"aaaa bbbb\n\ncc dd\neeX", 19), 11);
        assert_eq!(segment_end(b"aaaa bbbb\ncc dd eeX", 18), 10);
        assert_eq!(segment_end(b"aaaa bbbbX", 9), 5);
        assert_eq!(segment_end(b"aaaaaaaaX", 8), 8);
        assert_eq!(
            segment_end("aaü".as_bytes(), 3),
            2,
            "never inside a character"
        );
    }
}
