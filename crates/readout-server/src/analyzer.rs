//! The text side of the server: preparing and coding posted texts, and knowledge-base look-ups.
//!
//! Behind a trait so the API can be tested with a small deterministic coder, while
//! `readout serve` uses the real pipeline ([`ReadoutAnalyzer`]).

use anyhow::Context;
use chrono::NaiveDate;
use readout_coder::Coder;
use readout_kb::KnowledgeBase;
use readout_model::{Document, Event};
use readout_text::{BodyKind, RawDocument};
use std::path::PathBuf;
use std::sync::Arc;

/// A text posted to the API (`POST /api/code`, `POST /api/documents`).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TextInput {
    /// Document id (`pasted` for Try it).
    pub id: String,
    /// Raw text (plain text; HTML is accepted and reduced to its main text when it looks like a page).
    pub text: String,
    /// Publication date, when the client knows it.
    pub date: Option<NaiveDate>,
    /// Headline.
    pub title: Option<String>,
    /// Source URL.
    pub url: Option<String>,
}

/// Prepares and codes texts and resolves phrases; shared by all request handlers.
pub trait Analyzer: Send + Sync + 'static {
    /// Normalises and sentence-splits `input`, then codes it.
    fn code(&self, input: TextInput) -> (Document, Vec<Event>);

    /// Resolves a phrase ("Foreign Minister Wang Yi") against the knowledge base at `date`,
    /// as a JSON object, or `None` when nothing matches.
    fn resolve(&self, phrase: &str, date: Option<NaiveDate>) -> Option<serde_json::Value>;
}

/// The real pipeline: readout-text, readout-kb and readout-coder.
pub struct ReadoutAnalyzer {
    kb: Arc<KnowledgeBase>,
    coder: Coder,
}

impl ReadoutAnalyzer {
    /// Loads the built-in knowledge base (plus `kb_extra` files) and the coder's lexicons.
    pub fn load(kb_extra: &[PathBuf]) -> anyhow::Result<Self> {
        let kb = if kb_extra.is_empty() {
            KnowledgeBase::builtin().context("loading the built-in knowledge base")?
        } else {
            KnowledgeBase::with_extras(kb_extra)
                .context("loading the knowledge base with --kb-extra files")?
        };
        let kb = Arc::new(kb);
        let coder = Coder::new(Arc::clone(&kb)).context("loading the coder's lexicons")?;
        Ok(ReadoutAnalyzer { kb, coder })
    }
}

impl Analyzer for ReadoutAnalyzer {
    fn code(&self, input: TextInput) -> (Document, Vec<Event>) {
        let looks_like_html = {
            let head = input
                .text
                .trim_start()
                .get(..200)
                .unwrap_or(input.text.trim_start());
            let head = head.to_ascii_lowercase();
            head.starts_with("<!doctype html") || head.starts_with("<html")
        };
        let raw = RawDocument {
            origin: format!("api:{}", input.id),
            id: input.id,
            body: input.text,
            kind: if looks_like_html {
                BodyKind::Html
            } else {
                BodyKind::Text
            },
            url: input.url,
            title: input.title,
            date: input.date,
        };
        let doc = readout_text::prepare(raw);
        let events = self.coder.code(&doc);
        (doc, events)
    }

    fn resolve(&self, phrase: &str, date: Option<NaiveDate>) -> Option<serde_json::Value> {
        let mention = self.kb.resolve(phrase, date)?;
        serde_json::to_value(mention).ok()
    }
}
