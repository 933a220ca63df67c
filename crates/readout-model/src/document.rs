//! Documents and their sentences: the object every pipeline stage reads.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// A half-open byte range `[start, end)` into a document's normalised text.
pub type Span = (usize, usize);

/// Where a document's publication (reference) date came from, so `--explain`
/// and the store can say how much to trust it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DateSource {
    /// Given by the input: a JSON-lines `date`, a WARC-Date, HTML metadata.
    Metadata,
    /// Found in the text: a dateline ("2021-02-04 09:43") or "On November 13, 2021, …".
    Text,
    /// Given on the command line (`--doc-date`).
    User,
}

/// One sentence of a document, located by byte span in the normalised text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    /// Zero-based position in the document (SPEC §5 `sentence_index`).
    pub index: usize,
    /// Byte range into [`Document::text`].
    pub span: Span,
    /// Zero-based paragraph the sentence belongs to (contexts look at the paragraph).
    pub paragraph: usize,
}

/// A document after normalisation: the unit that is coded, stored and shown.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// Stable identifier: file stem, JSON-lines `id`, or WARC record id.
    pub id: String,
    /// Normalised text (NFC, plain quotes and dashes, boilerplate removed); spans index into it.
    pub text: String,
    /// Source URL when known (JSON lines `url`, WARC-Target-URI, HTML canonical link).
    pub url: Option<String>,
    /// Headline or HTML title when known.
    pub title: Option<String>,
    /// Publication date: the reference date for relative date expressions.
    pub date: Option<NaiveDate>,
    /// How [`Document::date`] was found.
    pub date_source: Option<DateSource>,
    /// Human-readable origin for messages, e.g. `news/a.jsonl:12`.
    pub origin: String,
    /// Sentences in order, filled by the sentence splitter.
    pub sentences: Vec<Sentence>,
}

impl Document {
    /// A new document with text and id; everything else empty.
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Self {
        Document {
            id: id.into(),
            text: text.into(),
            ..Document::default()
        }
    }

    /// The text of a sentence (empty if the span is out of range, never panics).
    pub fn sentence_text(&self, sentence: &Sentence) -> &str {
        self.text
            .get(sentence.span.0..sentence.span.1)
            .unwrap_or("")
    }

    /// The text under a byte span (empty if out of range or not on a char boundary).
    pub fn slice(&self, span: Span) -> &str {
        self.text.get(span.0..span.1).unwrap_or("")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slices_are_safe_on_bad_spans() {
        let d = Document::new("d", "Çavuşoğlu spoke.");
        assert_eq!(d.slice((0, 2)), "Ç");
        assert_eq!(d.slice((0, 1)), "", "not a char boundary");
        assert_eq!(d.slice((5, 500)), "");
    }
}
