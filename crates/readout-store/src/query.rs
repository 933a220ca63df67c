//! Reading events back: filtered pages, single events, documents and stories.

use crate::filter::make_cursor;
use crate::payload::push_event;
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

/// Appends the event of a `query_json` row (after a comma unless `first`); returns its keyset position.
fn write_json_row(r: &Row, out: &mut String, first: bool) -> rusqlite::Result<(i64, i64)> {
    let count =
        |i: usize| -> rusqlite::Result<u32> { Ok(r.get::<_, Option<i64>>(i)?.unwrap_or(0) as u32) };
    let (mentions, documents, sources) = (count(4)?, count(5)?, count(6)?);
    let head = r.get_ref(2)?.as_str()?;
    let tail = r.get_ref(3)?.as_str()?;
    if !first {
        out.push(',');
    }
    push_event(out, head, mentions, documents, sources, tail);
    Ok((r.get(0)?, r.get(1)?))
}

impl Store {
    /// One page of events matching `f`, oldest first (by effective start day, then insertion order).
    /// Page size is `f.limit` (default 100, at most 10 000); continue with `next_cursor`.
    pub fn query(&self, f: &EventFilter) -> Result<Page<StoredEvent>, StoreError> {
        let limit = f.limit.unwrap_or(DEFAULT_PAGE).clamp(1, MAX_PAGE);
        let plan = self.plan(f, true)?;
        let sql = format!(
            "SELECT {EVENT_COLUMNS} FROM {} {EVENT_JOINS} {} ORDER BY {}, {} LIMIT {}",
            plan.from(true),
            plan.where_clause(),
            plan.day_col(),
            plan.rowid_col(),
            limit + 1
        );
        let mut stmt = self
            .conn
            .prepare_cached(&sql)
            .map_err(|e| self.err("preparing the query", e))?;
        let rows = stmt
            .query_map(params_from_iter(plan.params.iter()), event_row)
            .map_err(|e| self.err("querying events", e))?;
        let mut items = Vec::with_capacity(limit.min(1024));
        let mut last = None;
        let mut more = false;
        for row in rows {
            let row = row.map_err(|e| self.err("reading events", e))?;
            if items.len() == limit {
                more = true;
                break;
            }
            last = Some((row.sort_day, row.rowid));
            items.push(row.stored);
        }
        let next_cursor = if more {
            last.map(|(d, r)| make_cursor(d, r))
        } else {
            None
        };
        Ok(Page { items, next_cursor })
    }

    /// The same page as [`Store::query`], as the JSON text `serde_json` writes for its
    /// [`Page`] (`{"items":[…],"next_cursor":…}`), byte for byte.
    ///
    /// Dyad pages (optionally narrowed by dates, type, negation and cursor) are written from the
    /// event JSON and story counts stored in `dyad_events`: one index range scan, no decoding;
    /// other filters go through [`Store::query`].
    pub fn query_json(&self, f: &EventFilter) -> Result<String, StoreError> {
        let limit = f.limit.unwrap_or(DEFAULT_PAGE).clamp(1, MAX_PAGE);
        let plan = self.plan(f, true)?;
        if !plan.dyad_covers() {
            let page = self.query(f)?;
            return serde_json::to_string(&page).map_err(|e| StoreError::Invalid {
                what: "event page",
                reason: format!("cannot be serialised: {e}"),
            });
        }
        let sql = format!(
            "SELECT x.day, x.event_rowid, x.head, x.tail, x.mentions, x.documents, x.sources
             FROM dyad_events x {} ORDER BY x.day, x.event_rowid LIMIT {}",
            plan.where_clause(),
            limit + 1
        );
        let mut stmt = self
            .conn
            .prepare_cached(&sql)
            .map_err(|e| self.err("preparing the query", e))?;
        let mut rows = stmt
            .query(params_from_iter(plan.params.iter()))
            .map_err(|e| self.err("querying events", e))?;
        let mut out = String::with_capacity(1024 * limit.min(1000));
        out.push_str("{\"items\":[");
        let (mut n, mut last, mut more) = (0usize, None, false);
        while let Some(r) = rows.next().map_err(|e| self.err("reading events", e))? {
            if n == limit {
                more = true;
                break;
            }
            last = Some(
                write_json_row(r, &mut out, n == 0).map_err(|e| self.err("reading events", e))?,
            );
            n += 1;
        }
        out.push_str("],\"next_cursor\":");
        match last.filter(|_| more) {
            Some((d, r)) => {
                out.push('"');
                out.push_str(&make_cursor(d, r));
                out.push('"');
            }
            None => out.push_str("null"),
        }
        out.push('}');
        Ok(out)
    }

    /// The event with this id (`doc#n`), if stored.
    pub fn event(&self, id: &str) -> Result<Option<StoredEvent>, StoreError> {
        let sql = format!("SELECT {EVENT_COLUMNS} FROM events e {EVENT_JOINS} WHERE e.id = ?1");
        self.conn
            .prepare_cached(&sql)
            .and_then(|mut s| s.query_row([id], event_row).optional())
            .map(|r| r.map(|r| r.stored))
            .map_err(|e| self.err("reading an event", e))
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
        let sql = format!("SELECT {EVENT_COLUMNS} FROM events e {EVENT_JOINS} WHERE e.story_id = ?1 ORDER BY e.rowid");
        self.collect_events(&sql, [story_id])
    }

    /// Events of a document (by rowid) in document order.
    pub(crate) fn document_events(&self, doc_rowid: i64) -> Result<Vec<StoredEvent>, StoreError> {
        let sql = format!("SELECT {EVENT_COLUMNS} FROM events e {EVENT_JOINS} WHERE e.doc_rowid = ?1 ORDER BY e.seq");
        self.collect_events(&sql, [doc_rowid])
    }

    fn collect_events<P: rusqlite::Params>(
        &self,
        sql: &str,
        params: P,
    ) -> Result<Vec<StoredEvent>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached(sql)
            .map_err(|e| self.err("preparing a query", e))?;
        let rows = stmt
            .query_map(params, event_row)
            .map_err(|e| self.err("reading events", e))?;
        rows.map(|r| r.map(|r| r.stored))
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| self.err("reading events", e))
    }
}
