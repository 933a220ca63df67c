//! Why each event was (or was not) coded: per sentence, the mentions and what they resolved to,
//! the speech frame, the triggers and each decision. Serialisable, and printable for a terminal.

use crate::events::Decision;
use crate::mentions::{Mention, Role};
use serde::Serialize;
use std::fmt;

/// The coder's reasoning over one document.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Explanation {
    /// The document explained.
    pub doc_id: String,
    /// Its reference date.
    pub doc_date: Option<String>,
    /// The main dyad ("both sides" refers to it).
    pub dyad: Vec<String>,
    /// One entry per sentence.
    pub sentences: Vec<SentenceExplanation>,
}

/// The reasoning over one sentence.
#[derive(Debug, Clone, Default, Serialize)]
pub struct SentenceExplanation {
    /// Sentence index.
    pub index: usize,
    /// Sentence text.
    pub text: String,
    /// Participants found, with their resolution.
    pub mentions: Vec<MentionNote>,
    /// The reported-speech frame, if any.
    pub speech: Option<String>,
    /// Each trigger and what became of it.
    pub decisions: Vec<Decision>,
    /// Ids of the events coded from the sentence.
    pub events: Vec<String>,
}

/// One participant mention as shown to the analyst.
#[derive(Debug, Clone, Serialize)]
pub struct MentionNote {
    /// The words.
    pub text: String,
    /// Codes it resolved to.
    pub codes: Vec<String>,
    /// Its part: actor, weak (recipient only), location or modifier.
    pub role: Role,
    /// Why.
    pub why: String,
}

impl MentionNote {
    /// The note for a mention.
    pub(crate) fn of(m: &Mention) -> Self {
        MentionNote {
            text: m.text.clone(),
            codes: m.codes().into_iter().map(str::to_string).collect(),
            role: m.role,
            why: m.why.clone(),
        }
    }
}

impl fmt::Display for Explanation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "document {} (date {}; main dyad {})",
            self.doc_id,
            self.doc_date.as_deref().unwrap_or("unknown"),
            if self.dyad.is_empty() {
                "none".to_string()
            } else {
                self.dyad.join("–")
            }
        )?;
        for s in &self.sentences {
            if s.mentions.is_empty() && s.decisions.is_empty() {
                continue;
            }
            writeln!(f, "\n[{}] {}", s.index, s.text)?;
            for m in &s.mentions {
                let codes = if m.codes.is_empty() {
                    "?".to_string()
                } else {
                    m.codes.join("+")
                };
                writeln!(
                    f,
                    "  mention  {:?} → {} ({:?}) — {}",
                    m.text, codes, m.role, m.why
                )?;
            }
            if let Some(sp) = &s.speech {
                writeln!(f, "  speech   {sp}")?;
            }
            for d in &s.decisions {
                let mark = if d.coded { "CODED   " } else { "rejected" };
                writeln!(
                    f,
                    "  {mark} {:?} ({}, pattern {:?}): {}",
                    d.trigger, d.event_type, d.pattern, d.outcome
                )?;
            }
            if !s.events.is_empty() {
                writeln!(f, "  events   {}", s.events.join(", "))?;
            }
        }
        Ok(())
    }
}
