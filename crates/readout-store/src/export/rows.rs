//! Text exports: JSONL, CSV and POLECAT-style JSON lines.

use super::{io_err, ExportRow, RowSink};
use crate::StoreError;
use readout_model::{Actor, SharedStr};
use serde_json::json;
use std::io::Write;
use std::path::PathBuf;

/// Writes each stored event as one JSON object per line.
pub(crate) struct JsonlSink {
    pub out: Box<dyn Write>,
    pub path: PathBuf,
}

impl RowSink for JsonlSink {
    fn write(&mut self, row: &ExportRow) -> Result<(), StoreError> {
        serde_json::to_writer(&mut self.out, &row.ev.stored).map_err(|e| StoreError::Io {
            path: self.path.clone(),
            source: e.into(),
        })?;
        self.out.write_all(b"\n").map_err(io_err(&self.path))
    }

    fn finish(mut self: Box<Self>) -> Result<(), StoreError> {
        self.out.flush().map_err(io_err(&self.path))
    }
}

/// Column names of the CSV export, in order.
pub const CSV_COLUMNS: &[&str] = &[
    "id",
    "doc_id",
    "event_type",
    "mode",
    "context",
    "issues",
    "actor_codes",
    "actor_names",
    "actor_sectors",
    "recipient_codes",
    "recipient_names",
    "recipient_sectors",
    "date",
    "date_start",
    "date_end",
    "date_from_document",
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
    "story_id",
    "story_mentions",
    "story_documents",
    "story_sources",
    "doc_title",
    "doc_url",
    "doc_date",
    "sentence",
];

/// Writes a flat CSV (RFC 4180 quoting); list fields are joined with `;`.
pub(crate) struct CsvSink {
    out: Box<dyn Write>,
    path: PathBuf,
    header_done: bool,
}

impl CsvSink {
    pub fn new(out: Box<dyn Write>, path: PathBuf) -> Self {
        CsvSink {
            out,
            path,
            header_done: false,
        }
    }
}

/// Quotes a CSV field when it contains a separator, quote or line break.
pub fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// Codes, names and sectors of one side, each joined by `;`.
pub(crate) fn side_lists(side: &[Actor]) -> (String, String, String) {
    let codes: Vec<&str> = side.iter().map(|a| a.code.as_str()).collect();
    let names: Vec<&str> = side
        .iter()
        .map(|a| a.name.as_deref().unwrap_or(""))
        .collect();
    let sectors: Vec<&str> = side
        .iter()
        .map(|a| a.sector.as_deref().unwrap_or(""))
        .collect();
    (codes.join(";"), names.join(";"), sectors.join(";"))
}

fn opt<T: ToString>(v: &Option<T>) -> String {
    v.as_ref().map(|v| v.to_string()).unwrap_or_default()
}

impl RowSink for CsvSink {
    fn write(&mut self, row: &ExportRow) -> Result<(), StoreError> {
        if !self.header_done {
            writeln!(self.out, "{}", CSV_COLUMNS.join(",")).map_err(io_err(&self.path))?;
            self.header_done = true;
        }
        let s = &row.ev.stored;
        let e = &s.event;
        let (ac, an, asec) = side_lists(&e.actor);
        let (rc, rn, rsec) = side_lists(&e.recipient);
        let fields: Vec<String> = vec![
            e.id.clone(),
            e.doc_id.clone(),
            e.event_type.name().into(),
            e.mode.join(";"),
            e.context.join(";"),
            e.issues.join(";"),
            ac,
            an,
            asec,
            rc,
            rn,
            rsec,
            opt(&e.date),
            opt(&s.date_start),
            opt(&s.date_end),
            s.date_from_document.to_string(),
            e.aux.map(|a| a.as_str().to_string()).unwrap_or_default(),
            opt(&e.initiator),
            opt(&e.location),
            e.score.to_string(),
            e.quad.name().into(),
            e.cameo.clone(),
            e.sentence_index.to_string(),
            e.trigger.clone(),
            e.span.0.to_string(),
            e.span.1.to_string(),
            s.story_id.to_string(),
            s.story_mentions.to_string(),
            s.story_documents.to_string(),
            s.story_sources.to_string(),
            opt(&s.doc_title),
            opt(&s.doc_url),
            opt(&s.doc_date),
            e.sentence.clone(),
        ];
        let line: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
        writeln!(self.out, "{}", line.join(",")).map_err(io_err(&self.path))
    }

    fn finish(mut self: Box<Self>) -> Result<(), StoreError> {
        if !self.header_done {
            writeln!(self.out, "{}", CSV_COLUMNS.join(",")).map_err(io_err(&self.path))?;
        }
        self.out.flush().map_err(io_err(&self.path))
    }
}

/// Writes POLECAT-style records (the PLOVER data format's field names) as JSON lines.
pub(crate) struct PolecatSink {
    pub out: Box<dyn Write>,
    pub path: PathBuf,
}

impl RowSink for PolecatSink {
    fn write(&mut self, row: &ExportRow) -> Result<(), StoreError> {
        let s = &row.ev.stored;
        let e = &s.event;
        let first = |side: &[Actor], f: fn(&Actor) -> Option<SharedStr>| side.first().and_then(f);
        let record = json!({
            "event_id": e.id,
            "event_date": s.date_start.map(|d| d.to_string()),
            "event_date_precision": e.date.map(|d| d.to_string()),
            "event_type": e.event_type.name(),
            "event_mode": e.mode,
            "event_text": e.sentence,
            "event_trigger": e.trigger,
            "event_intensity": e.score,
            "quad_code": e.quad.gdelt_number(),
            "contexts": e.context,
            "issues": e.issues,
            "event_aux": e.aux.map(|a| a.as_str()),
            "actor_name": first(&e.actor, |a| a.name.clone().or_else(|| Some(a.text.clone()))),
            "actor_country": first(&e.actor, |a| Some(a.code.clone())),
            "actor_sector": first(&e.actor, |a| a.sector.clone()),
            "actor_title": first(&e.actor, |a| a.title.clone()),
            "actors": e.actor,
            "recipient_name": first(&e.recipient, |a| a.name.clone().or_else(|| Some(a.text.clone()))),
            "recipient_country": first(&e.recipient, |a| Some(a.code.clone())),
            "recipient_sector": first(&e.recipient, |a| a.sector.clone()),
            "recipient_title": first(&e.recipient, |a| a.title.clone()),
            "recipients": e.recipient,
            "initiator": e.initiator,
            "placename": e.location,
            "story_id": s.story_id,
            "story_date": s.doc_date.map(|d| d.to_string()),
            "num_mentions": s.story_mentions,
            "num_sources": s.story_sources,
            "num_articles": s.story_documents,
            "source": row.source,
            "url": s.doc_url,
            "headline": s.doc_title,
            "doc_id": e.doc_id,
            "language": "en",
            "cameo": e.cameo,
        });
        serde_json::to_writer(&mut self.out, &record).map_err(|e| StoreError::Io {
            path: self.path.clone(),
            source: e.into(),
        })?;
        self.out.write_all(b"\n").map_err(io_err(&self.path))
    }

    fn finish(mut self: Box<Self>) -> Result<(), StoreError> {
        self.out.flush().map_err(io_err(&self.path))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_only_when_needed() {
        assert_eq!(csv_field("plain"), "plain");
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("two\nlines"), "\"two\nlines\"");
    }
}
