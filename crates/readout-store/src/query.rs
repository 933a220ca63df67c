//! Reading events back: filtered pages, single events, documents and stories.

use crate::filter::make_cursor;
use crate::types::parse_date_source;
use crate::util::day_date;
use crate::{EventFilter, Page, Store, StoreError, StoredDocument, StoredEvent};
use readout_model::{Aux, Document, Event, EventType, Quad};
use rusqlite::{params_from_iter, OptionalExtension, Row};

/// Default and maximum page sizes of [`Store::query`].
pub const DEFAULT_PAGE: usize = 100;
/// See [`DEFAULT_PAGE`].
pub const MAX_PAGE: usize = 10_000;

/// Columns selected for a [`StoredEvent`]; the FROM part must alias events `e`, and this adds
/// `documents d` and `stories s` joins after it.
pub(crate) const EVENT_COLUMNS: &str = "e.rowid, e.id, d.id, e.event_type, e.mode, e.context, e.issues, e.actor,
    e.recipient, e.date, e.aux, e.initiator, e.location, e.score, e.quad, e.cameo, e.sentence, e.sentence_index,
    e.trigger_text, e.span_start, e.span_end, e.speaker, e.story_id, s.mentions, s.documents, s.sources, d.title,
    d.url, d.date, e.eff_start, e.eff_end, e.date_from_doc, e.sort_day";

/// Columns selected for a [`StoredEvent`] from a schema-2 store: the event as one JSON value plus
/// what lives outside it (story counts, document metadata, effective dates). Same joins as
/// [`EVENT_COLUMNS`]; decoded by [`json_event_row`].
pub(crate) const JSON_EVENT_COLUMNS: &str = "e.rowid, e.event_json, e.story_id, s.mentions, s.documents,
    s.sources, d.title, d.url, d.date, e.eff_start, e.eff_end, e.date_from_doc, e.sort_day";

/// Joins needed by [`EVENT_COLUMNS`].
pub(crate) const EVENT_JOINS: &str =
    "JOIN documents d ON d.rowid = e.doc_rowid LEFT JOIN stories s ON s.story_id = e.story_id";

/// A decoded row plus its keyset position.
pub(crate) struct EventRow {
    pub rowid: i64,
    pub sort_day: i64,
    pub stored: StoredEvent,
}

fn json_col<T: serde::de::DeserializeOwned + Default>(r: &Row, i: usize) -> rusqlite::Result<T> {
    let s: Option<String> = r.get(i)?;
    match s {
        None => Ok(T::default()),
        Some(s) => serde_json::from_str(&s).map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, Box::new(e))
        }),
    }
}

fn conv_err(i: usize, msg: String) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, msg.into())
}

/// Decodes one row selected with [`EVENT_COLUMNS`].
pub(crate) fn event_row(r: &Row) -> rusqlite::Result<EventRow> {
    let event_type: String = r.get(3)?;
    let event_type: EventType = event_type
        .parse()
        .map_err(|e: readout_model::UnknownName| conv_err(3, e.to_string()))?;
    let quad: String = r.get(14)?;
    let quad: Quad = quad
        .parse()
        .map_err(|e: readout_model::UnknownName| conv_err(14, e.to_string()))?;
    let date: Option<String> = r.get(9)?;
    let date = match date {
        Some(d) => Some(
            d.parse()
                .map_err(|e: readout_model::PartialDateError| conv_err(9, e.to_string()))?,
        ),
        None => None,
    };
    let aux: Option<String> = r.get(10)?;
    let aux = match aux.as_deref() {
        None => None,
        Some("historical") => Some(Aux::Historical),
        Some("future") => Some(Aux::Future),
        Some("hypothetical") => Some(Aux::Hypothetical),
        Some("negated") => Some(Aux::Negated),
        Some(other) => return Err(conv_err(10, format!("unknown aux {other:?}"))),
    };
    let speaker: Option<String> = r.get(21)?;
    let speaker = match speaker {
        Some(s) => Some(serde_json::from_str(&s).map_err(|e| conv_err(21, e.to_string()))?),
        None => None,
    };
    let event = Event {
        id: r.get(1)?,
        doc_id: r.get(2)?,
        event_type,
        mode: json_col(r, 4)?,
        context: json_col(r, 5)?,
        issues: json_col(r, 6)?,
        actor: json_col(r, 7)?,
        recipient: json_col(r, 8)?,
        date,
        aux,
        initiator: r.get(11)?,
        location: r.get(12)?,
        score: r.get(13)?,
        quad,
        cameo: r.get(15)?,
        sentence: r.get(16)?,
        sentence_index: r.get::<_, i64>(17)? as usize,
        trigger: r.get(18)?,
        span: (r.get::<_, i64>(19)? as usize, r.get::<_, i64>(20)? as usize),
        speaker,
    };
    let count =
        |i: usize| -> rusqlite::Result<u32> { Ok(r.get::<_, Option<i64>>(i)?.unwrap_or(0) as u32) };
    Ok(EventRow {
        rowid: r.get(0)?,
        sort_day: r.get(32)?,
        stored: StoredEvent {
            event,
            story_id: r.get(22)?,
            story_mentions: count(23)?,
            story_documents: count(24)?,
            story_sources: count(25)?,
            doc_title: r.get(26)?,
            doc_url: r.get(27)?,
            doc_date: r.get::<_, Option<i64>>(28)?.and_then(day_date),
            date_start: r.get::<_, Option<i64>>(29)?.and_then(day_date),
            date_end: r.get::<_, Option<i64>>(30)?.and_then(day_date),
            date_from_document: r.get::<_, i64>(31)? != 0,
        },
    })
}

/// A row selected with [`JSON_EVENT_COLUMNS`]: decoded, or only its rowid when `event_json` is
/// NULL (rows written before schema 2), to be re-read with [`EVENT_COLUMNS`].
pub(crate) enum JsonRow {
    /// Fully decoded from `event_json`.
    Decoded(EventRow),
    /// Needs the column-by-column decode.
    Legacy(i64),
}

/// Decodes one row selected with [`JSON_EVENT_COLUMNS`].
pub(crate) fn json_event_row(r: &Row) -> rusqlite::Result<JsonRow> {
    let rowid: i64 = r.get(0)?;
    let json = r.get_ref(1)?;
    let event: Event = match json {
        rusqlite::types::ValueRef::Null => return Ok(JsonRow::Legacy(rowid)),
        other => serde_json::from_slice(other.as_bytes()?).map_err(|e| conv_err(1, e.to_string()))?,
    };
    let count =
        |i: usize| -> rusqlite::Result<u32> { Ok(r.get::<_, Option<i64>>(i)?.unwrap_or(0) as u32) };
    Ok(JsonRow::Decoded(EventRow {
        rowid,
        sort_day: r.get(12)?,
        stored: StoredEvent {
            event,
            story_id: r.get(2)?,
            story_mentions: count(3)?,
            story_documents: count(4)?,
            story_sources: count(5)?,
            doc_title: r.get(6)?,
            doc_url: r.get(7)?,
            doc_date: r.get::<_, Option<i64>>(8)?.and_then(day_date),
            date_start: r.get::<_, Option<i64>>(9)?.and_then(day_date),
            date_end: r.get::<_, Option<i64>>(10)?.and_then(day_date),
            date_from_document: r.get::<_, i64>(11)? != 0,
        },
    }))
}

impl Store {
    /// Runs an event query: `tail` is everything after `SELECT <columns>` (it must alias events
    /// `e` and include [`EVENT_JOINS`]). Uses `event_json` when the schema has it, re-reading
    /// rows that lack it column by column; stops after `limit` rows.
    fn event_rows<P: rusqlite::Params>(
        &self,
        tail: &str,
        params: P,
        limit: usize,
    ) -> Result<Vec<EventRow>, StoreError> {
        if !self.has_event_json {
            let sql = format!("SELECT {EVENT_COLUMNS} {tail}");
            let mut stmt = self
                .conn
                .prepare_cached(&sql)
                .map_err(|e| self.err("preparing the query", e))?;
            let rows = stmt
                .query_map(params, event_row)
                .map_err(|e| self.err("querying events", e))?;
            return rows
                .take(limit)
                .collect::<Result<Vec<_>, _>>()
                .map_err(|e| self.err("reading events", e));
        }
        let sql = format!("SELECT {JSON_EVENT_COLUMNS} {tail}");
        let decoded = {
            let mut stmt = self
                .conn
                .prepare_cached(&sql)
                .map_err(|e| self.err("preparing the query", e))?;
            let rows = stmt
                .query_map(params, json_event_row)
                .map_err(|e| self.err("querying events", e))?;
            rows.take(limit)
                .collect::<Result<Vec<_>, _>>()
                .map_err(|e| self.err("reading events", e))?
        };
        let mut out = Vec::with_capacity(decoded.len());
        for row in decoded {
            match row {
                JsonRow::Decoded(r) => out.push(r),
                JsonRow::Legacy(rowid) => {
                    let sql =
                        format!("SELECT {EVENT_COLUMNS} FROM events e {EVENT_JOINS} WHERE e.rowid = ?1");
                    let r = self
                        .conn
                        .prepare_cached(&sql)
                        .and_then(|mut s| s.query_row([rowid], event_row))
                        .map_err(|e| self.err("reading an event", e))?;
                    out.push(r);
                }
            }
        }
        Ok(out)
    }

    /// One page of events matching `f`, oldest first (by effective start day, then insertion order).
    /// Page size is `f.limit` (default 100, at most 10 000); continue with `next_cursor`.
    pub fn query(&self, f: &EventFilter) -> Result<Page<StoredEvent>, StoreError> {
        let limit = f.limit.unwrap_or(DEFAULT_PAGE).clamp(1, MAX_PAGE);
        let plan = self.plan(f, true)?;
        let tail = format!(
            "FROM {} {EVENT_JOINS} {} ORDER BY {}, {} LIMIT {}",
            plan.from(true),
            plan.where_clause(),
            plan.day_col(),
            plan.rowid_col(),
            limit + 1
        );
        let mut rows = self.event_rows(&tail, params_from_iter(plan.params.iter()), limit + 1)?;
        let more = rows.len() > limit;
        rows.truncate(limit);
        let last = rows.last().map(|r| (r.sort_day, r.rowid));
        let items: Vec<StoredEvent> = rows.into_iter().map(|r| r.stored).collect();
        let next_cursor = if more {
            last.map(|(d, r)| make_cursor(d, r))
        } else {
            None
        };
        Ok(Page { items, next_cursor })
    }

    /// The event with this id (`doc#n`), if stored.
    pub fn event(&self, id: &str) -> Result<Option<StoredEvent>, StoreError> {
        let tail = format!("FROM events e {EVENT_JOINS} WHERE e.id = ?1");
        Ok(self
            .event_rows(&tail, [id], 1)?
            .pop()
            .map(|r| r.stored))
    }

    /// The document with this id, with its text and events, if stored.
    pub fn document(&self, id: &str) -> Result<Option<StoredDocument>, StoreError> {
        let row = self
            .conn
            .prepare_cached(
                "SELECT rowid, id, text, url, title, date, date_source, origin, sentences, hash, source, ingested_at
                 FROM documents WHERE id = ?1",
            )
            .and_then(|mut s| {
                s.query_row([id], |r| {
                    let sentences: String = r.get(8)?;
                    Ok((
                        r.get::<_, i64>(0)?,
                        Document {
                            id: r.get(1)?,
                            text: r.get(2)?,
                            url: r.get(3)?,
                            title: r.get(4)?,
                            date: r.get::<_, Option<i64>>(5)?.and_then(day_date),
                            date_source: r.get::<_, Option<String>>(6)?.as_deref().and_then(parse_date_source),
                            origin: r.get(7)?,
                            sentences: serde_json::from_str(&sentences).unwrap_or_default(),
                        },
                        r.get::<_, String>(9)?,
                        r.get::<_, String>(10)?,
                        r.get::<_, String>(11)?,
                    ))
                })
                .optional()
            })
            .map_err(|e| self.err("reading a document", e))?;
        let Some((rowid, document, hash, source, ingested_at)) = row else {
            return Ok(None);
        };
        let events = self.document_events(rowid)?;
        Ok(Some(StoredDocument {
            document,
            hash,
            source,
            ingested_at,
            events,
        }))
    }

    /// All events of a story (the same real-world event in several documents).
    pub fn story(&self, story_id: i64) -> Result<Vec<StoredEvent>, StoreError> {
        let tail = format!("FROM events e {EVENT_JOINS} WHERE e.story_id = ?1 ORDER BY e.rowid");
        self.collect_events(&tail, [story_id])
    }

    /// Events of a document (by rowid) in document order.
    pub(crate) fn document_events(&self, doc_rowid: i64) -> Result<Vec<StoredEvent>, StoreError> {
        let tail = format!("FROM events e {EVENT_JOINS} WHERE e.doc_rowid = ?1 ORDER BY e.seq");
        self.collect_events(&tail, [doc_rowid])
    }

    /// All events selected by `tail` (see [`Store::event_rows`]).
    fn collect_events<P: rusqlite::Params>(
        &self,
        tail: &str,
        params: P,
    ) -> Result<Vec<StoredEvent>, StoreError> {
        Ok(self
            .event_rows(tail, params, usize::MAX)?
            .into_iter()
            .map(|r| r.stored)
            .collect())
    }
}
