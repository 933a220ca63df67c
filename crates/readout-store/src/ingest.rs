//! Writing: idempotent ingest, replacement of changed documents, story linking, and recode.

use crate::payload::Parts;
use crate::schema::NO_DAY;
use crate::types::{date_source_str, parse_date_source};
use crate::util::{day_date, day_number, document_hash, document_source, now_utc};
use crate::{DocumentChange, IngestReport, RecodeReport, Store, StoreError};
use readout_model::{Aux, Document, Event, EventType};
use rusqlite::{params, OptionalExtension, Transaction, TransactionBehavior};
use std::collections::{BTreeSet, HashMap};

/// Role numbers in `participants` and `people`.
pub(crate) const ROLE_ACTOR: i64 = 0;
/// See [`ROLE_ACTOR`].
pub(crate) const ROLE_RECIPIENT: i64 = 1;

impl Store {
    /// Stores a batch of coded documents in one transaction.
    ///
    /// A document whose id and content hash are already stored is skipped; one whose id is stored
    /// with a different hash has its events replaced. Either the whole batch is committed or nothing.
    pub fn ingest(&mut self, batch: &[(Document, Vec<Event>)]) -> Result<IngestReport, StoreError> {
        let path_buf = self.path.clone();
        let path = &path_buf;
        let wrap = |ctx: &'static str| move |e: rusqlite::Error| StoreError::sqlite(path, ctx, e);
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(wrap("starting the ingest transaction"))?;
        let mut report = IngestReport::default();
        let mut touched = BTreeSet::new();
        let now = now_utc();
        for (doc, events) in batch {
            let hash = document_hash(doc);
            let existing: Option<(i64, String)> = tx
                .query_row(
                    "SELECT rowid, hash FROM documents WHERE id = ?1",
                    [&doc.id],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()
                .map_err(wrap("looking up a document"))?;
            let doc_rowid = match existing {
                Some((_, h)) if h == hash => {
                    report.documents_unchanged += 1;
                    continue;
                }
                Some((rowid, _)) => {
                    report.events_removed += delete_document_events(&tx, rowid, &mut touched)
                        .map_err(wrap("removing replaced events"))?;
                    write_document(&tx, Some(rowid), doc, &hash, &now)
                        .map_err(wrap("updating a document"))?;
                    report.documents_replaced += 1;
                    rowid
                }
                None => {
                    report.documents_added += 1;
                    write_document(&tx, None, doc, &hash, &now)
                        .map_err(wrap("inserting a document"))?
                }
            };
            for (seq, ev) in events.iter().enumerate() {
                insert_event(&tx, doc_rowid, doc, seq, ev, &mut touched)
                    .map_err(wrap("inserting an event"))?;
                report.events_added += 1;
            }
        }
        refresh_stories(&tx, &touched).map_err(wrap("updating story counts"))?;
        tx.commit().map_err(wrap("committing the ingest"))?;
        Ok(report)
    }

    /// Up to `limit` stored documents with rowid greater than `after_rowid`, in rowid order,
    /// rebuilt as [`Document`]s (with their stored sentences) for re-coding.
    pub fn documents_for_recode(
        &self,
        after_rowid: i64,
        limit: usize,
    ) -> Result<Vec<(i64, Document)>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT rowid, id, text, url, title, date, date_source, origin, sentences FROM documents
                 WHERE rowid > ?1 ORDER BY rowid LIMIT ?2",
            )
            .map_err(|e| self.err("reading documents", e))?;
        let rows = stmt
            .query_map(params![after_rowid, limit as i64], |r| {
                let rowid: i64 = r.get(0)?;
                let sentences: String = r.get(8)?;
                let doc = Document {
                    id: r.get(1)?,
                    text: r.get(2)?,
                    url: r.get(3)?,
                    title: r.get(4)?,
                    date: r.get::<_, Option<i64>>(5)?.and_then(crate::day_date),
                    date_source: r
                        .get::<_, Option<String>>(6)?
                        .as_deref()
                        .and_then(parse_date_source),
                    origin: r.get(7)?,
                    sentences: serde_json::from_str(&sentences).unwrap_or_default(),
                };
                Ok((rowid, doc))
            })
            .map_err(|e| self.err("reading documents", e))?;
        rows.collect::<Result<Vec<_>, _>>()
            .map_err(|e| self.err("reading documents", e))
    }

    /// Re-codes every stored document with `code`, `batch_size` documents per transaction, and
    /// rewrites the events of documents whose coding changed. Events are matched by (span, type).
    pub fn recode(
        &mut self,
        code: &dyn Fn(&Document) -> Vec<Event>,
        batch_size: usize,
    ) -> Result<RecodeReport, StoreError> {
        let batch_size = batch_size.max(1);
        let mut report = RecodeReport::default();
        let mut after = 0i64;
        loop {
            let docs = self.documents_for_recode(after, batch_size)?;
            let Some((last, _)) = docs.last() else { break };
            after = *last;
            let mut rewrites = Vec::new();
            for (rowid, doc) in &docs {
                let new_events = code(doc);
                let old_events: Vec<Event> = self
                    .document_events(*rowid)?
                    .into_iter()
                    .map(|s| s.event)
                    .collect();
                report.documents += 1;
                if old_events == new_events {
                    continue;
                }
                let change = diff_events(&doc.id, &old_events, &new_events);
                if change.added + change.removed + change.changed > 0 {
                    report.added += change.added;
                    report.removed += change.removed;
                    report.changed += change.changed;
                    report.per_document.push(change);
                }
                report.documents_changed += 1;
                rewrites.push((*rowid, doc, new_events));
            }
            if rewrites.is_empty() {
                continue;
            }
            let path_buf = self.path.clone();
            let path = &path_buf;
            let wrap =
                |ctx: &'static str| move |e: rusqlite::Error| StoreError::sqlite(path, ctx, e);
            let tx = self
                .conn
                .transaction_with_behavior(TransactionBehavior::Immediate)
                .map_err(wrap("starting the recode transaction"))?;
            let mut touched = BTreeSet::new();
            for (rowid, doc, events) in &rewrites {
                delete_document_events(&tx, *rowid, &mut touched)
                    .map_err(wrap("removing old events"))?;
                for (seq, ev) in events.iter().enumerate() {
                    insert_event(&tx, *rowid, doc, seq, ev, &mut touched)
                        .map_err(wrap("inserting an event"))?;
                }
            }
            refresh_stories(&tx, &touched).map_err(wrap("updating story counts"))?;
            tx.commit().map_err(wrap("committing the recode"))?;
        }
        Ok(report)
    }
}

/// Counts added, removed and changed events between two codings, matching by (span, type).
pub(crate) fn diff_events(doc_id: &str, old: &[Event], new: &[Event]) -> DocumentChange {
    let mut pool: HashMap<((usize, usize), EventType), Vec<&Event>> = HashMap::new();
    for e in old {
        pool.entry((e.span, e.event_type)).or_default().push(e);
    }
    let mut change = DocumentChange {
        doc_id: doc_id.to_string(),
        ..Default::default()
    };
    for e in new {
        match pool
            .get_mut(&(e.span, e.event_type))
            .and_then(|v| (!v.is_empty()).then(|| v.remove(0)))
        {
            Some(o) => {
                let mut a = o.clone();
                let mut b = e.clone();
                a.id.clear();
                b.id.clear();
                if a != b {
                    change.changed += 1;
                }
            }
            None => change.added += 1,
        }
    }
    change.removed = pool.values().map(Vec::len).sum();
    change
}

/// Writes a document row: inserted when `rowid` is `None`, else replaced in place
/// (the rowid is kept, so nothing else that points at it moves). Returns the rowid.
fn write_document(
    tx: &Transaction,
    rowid: Option<i64>,
    doc: &Document,
    hash: &str,
    now: &str,
) -> rusqlite::Result<i64> {
    let sql = if rowid.is_some() {
        "UPDATE documents SET id=?2, url=?3, title=?4, date=?5, date_source=?6, origin=?7, source=?8,
         text=?9, sentences=?10, hash=?11, ingested_at=?12 WHERE rowid=?1"
    } else {
        // A NULL rowid lets SQLite choose one.
        "INSERT INTO documents (rowid, id, url, title, date, date_source, origin, source, text, sentences, hash, ingested_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)"
    };
    tx.prepare_cached(sql)?.execute(params![
        rowid,
        doc.id,
        doc.url,
        doc.title,
        doc.date.map(day_number),
        doc.date_source.map(date_source_str),
        doc.origin,
        document_source(doc),
        doc.text,
        serde_json::to_string(&doc.sentences).unwrap_or_else(|_| "[]".into()),
        hash,
        now
    ])?;
    Ok(rowid.unwrap_or_else(|| tx.last_insert_rowid()))
}

/// Deletes a document's events and their index rows; returns how many, and notes their stories.
fn delete_document_events(
    tx: &Transaction,
    doc_rowid: i64,
    touched: &mut BTreeSet<i64>,
) -> rusqlite::Result<usize> {
    {
        let mut stmt =
            tx.prepare_cached("SELECT DISTINCT story_id FROM events WHERE doc_rowid = ?1")?;
        let ids = stmt.query_map([doc_rowid], |r| r.get::<_, i64>(0))?;
        for id in ids {
            touched.insert(id?);
        }
    }
    for sql in [
        "DELETE FROM participants WHERE event_rowid IN (SELECT rowid FROM events WHERE doc_rowid = ?1)",
        "DELETE FROM dyads WHERE event_rowid IN (SELECT rowid FROM events WHERE doc_rowid = ?1)",
        "DELETE FROM dyad_events WHERE event_rowid IN (SELECT rowid FROM events WHERE doc_rowid = ?1)",
        "DELETE FROM people WHERE event_rowid IN (SELECT rowid FROM events WHERE doc_rowid = ?1)",
    ] {
        tx.prepare_cached(sql)?.execute([doc_rowid])?;
    }
    tx.prepare_cached("DELETE FROM events WHERE doc_rowid = ?1")?
        .execute([doc_rowid])
}

/// The story key: type plus participants, directed unless the event is reciprocal; negated
/// mentions only link with negated mentions.
fn story_key(ev: &Event) -> String {
    let neg = if ev.aux == Some(Aux::Negated) {
        "!"
    } else {
        ""
    };
    if ev.is_reciprocal() {
        let mut all = ev.actor_codes();
        all.extend(ev.recipient_codes());
        all.sort();
        all.dedup();
        format!("{neg}{}|{}", ev.event_type.name(), all.join(","))
    } else {
        format!(
            "{neg}{}|{}>{}",
            ev.event_type.name(),
            ev.actor_codes().join(","),
            ev.recipient_codes().join(",")
        )
    }
}

/// Unordered code pairs the event links: actor×recipient, or every pair of a reciprocal event.
pub(crate) fn dyad_pairs(ev: &Event) -> BTreeSet<(String, String)> {
    let mut pairs = BTreeSet::new();
    let ordered = |a: &str, b: &str| {
        if a < b {
            (a.to_string(), b.to_string())
        } else {
            (b.to_string(), a.to_string())
        }
    };
    let actors = ev.actor_codes();
    let recipients = ev.recipient_codes();
    if ev.is_reciprocal() {
        let mut all: Vec<String> = actors.into_iter().chain(recipients).collect();
        all.sort();
        all.dedup();
        for (i, a) in all.iter().enumerate() {
            for b in &all[i + 1..] {
                pairs.insert(ordered(a, b));
            }
        }
    } else {
        for a in &actors {
            for r in &recipients {
                if a != r {
                    pairs.insert(ordered(a, r));
                }
            }
        }
    }
    pairs
}

fn json_list<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_string(v).unwrap_or_else(|_| "[]".into())
}

fn insert_event(
    tx: &Transaction,
    doc_rowid: i64,
    doc: &Document,
    seq: usize,
    ev: &Event,
    touched: &mut BTreeSet<i64>,
) -> rusqlite::Result<()> {
    let (eff, from_doc) = match (ev.date, doc.date) {
        (Some(d), _) => {
            let (s, e) = d.range();
            (Some((day_number(s), day_number(e))), false)
        }
        (None, Some(d)) => (Some((day_number(d), day_number(d))), true),
        (None, None) => (None, false),
    };
    let sort_day = eff.map(|(s, _)| s).unwrap_or(NO_DAY);
    let negated = ev.aux == Some(Aux::Negated);
    let etype = ev.event_type as i64;
    let (story_id, new_story) = find_or_create_story(tx, ev, eff)?;
    if !new_story {
        touched.insert(story_id);
    }
    tx.prepare_cached(
        "INSERT INTO events (id, doc_rowid, seq, event_type, etype, mode, context, issues, actor, recipient, date,
            eff_start, eff_end, date_from_doc, sort_day, aux, negated, initiator, location, score, quad, cameo,
            sentence, sentence_index, trigger_text, span_start, span_end, speaker, story_id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21,
            ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29)",
    )?
    .execute(params![
        ev.id,
        doc_rowid,
        seq as i64,
        ev.event_type.name(),
        etype,
        json_list(&ev.mode),
        json_list(&ev.context),
        json_list(&ev.issues),
        json_list(&ev.actor),
        json_list(&ev.recipient),
        ev.date.map(|d| d.to_string()),
        eff.map(|e| e.0),
        eff.map(|e| e.1),
        from_doc,
        sort_day,
        ev.aux.map(Aux::as_str),
        negated,
        ev.initiator,
        ev.location,
        ev.score,
        ev.quad.name(),
        ev.cameo,
        ev.sentence,
        ev.sentence_index as i64,
        ev.trigger,
        ev.span.0 as i64,
        ev.span.1 as i64,
        ev.speaker.as_ref().map(json_list),
        story_id
    ])?;
    let event_rowid = tx.last_insert_rowid();
    {
        let mut stmt = tx.prepare_cached(
            "INSERT OR IGNORE INTO participants (code, role, day, event_rowid, etype, score, negated)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        )?;
        for (role, codes) in [
            (ROLE_ACTOR, ev.actor_codes()),
            (ROLE_RECIPIENT, ev.recipient_codes()),
        ] {
            for code in codes {
                stmt.execute(params![
                    code,
                    role,
                    sort_day,
                    event_rowid,
                    etype,
                    ev.score,
                    negated
                ])?;
            }
        }
    }
    let pairs = dyad_pairs(ev);
    if !pairs.is_empty() {
        // Queries report the document's id, whatever the event itself carries.
        let event = if ev.doc_id == doc.id {
            std::borrow::Cow::Borrowed(ev)
        } else {
            std::borrow::Cow::Owned(Event {
                doc_id: doc.id.clone(),
                ..ev.clone()
            })
        };
        let payload = Parts {
            event: &event,
            story_id,
            doc_title: doc.title.as_deref(),
            doc_url: doc.url.as_deref(),
            // Round-tripped through day numbers, exactly as a query reads them back.
            doc_date: doc.date.map(day_number).and_then(day_date),
            date_start: eff.and_then(|(s, _)| day_date(s)),
            date_end: eff.and_then(|(_, e)| day_date(e)),
            date_from_document: from_doc,
        }
        .payload()
        .map_err(|e| rusqlite::Error::ToSqlConversionFailure(Box::new(e)))?;
        let mut stmt = tx.prepare_cached(
            "INSERT OR IGNORE INTO dyads (a, b, day, event_rowid, etype, score, negated) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        )?;
        let mut covering = tx.prepare_cached(
            "INSERT OR IGNORE INTO dyad_events (a, b, day, event_rowid, etype, negated, mentions, documents, sources, head, tail)
             SELECT ?1, ?2, ?3, ?4, ?5, ?6, mentions, documents, sources, ?8, ?9 FROM stories WHERE story_id = ?7",
        )?;
        for (a, b) in &pairs {
            stmt.execute(params![
                a,
                b,
                sort_day,
                event_rowid,
                etype,
                ev.score,
                negated
            ])?;
            covering.execute(params![
                a,
                b,
                sort_day,
                event_rowid,
                etype,
                negated,
                story_id,
                payload.head,
                payload.tail
            ])?;
        }
    }
    {
        let mut stmt = tx.prepare_cached(
            "INSERT OR IGNORE INTO people (event_rowid, name, code, role) VALUES (?1, ?2, ?3, ?4)",
        )?;
        for (role, side) in [(ROLE_ACTOR, &ev.actor), (ROLE_RECIPIENT, &ev.recipient)] {
            for a in side {
                if let Some(name) = a.name.as_deref().filter(|n| !n.trim().is_empty()) {
                    stmt.execute(params![
                        event_rowid,
                        name.trim(),
                        a.code.to_uppercase(),
                        role
                    ])?;
                }
            }
        }
    }
    Ok(())
}

/// Finds the story of an event (same key, start and end within a day of the story's) or starts one;
/// the flag says whether the story is new.
fn find_or_create_story(
    tx: &Transaction,
    ev: &Event,
    eff: Option<(i64, i64)>,
) -> rusqlite::Result<(i64, bool)> {
    let key = story_key(ev);
    let Some((start, end)) = eff else {
        // Undated events are never linked: nothing says two of them are the same act.
        tx.prepare_cached(
            "INSERT INTO stories (key, day_start, day_end, mentions, documents, sources) VALUES (?1, ?2, ?2, 1, 1, 1)",
        )?
        .execute(params![key, NO_DAY])?;
        return Ok((tx.last_insert_rowid(), true));
    };
    let found: Option<i64> = tx
        .prepare_cached(
            "SELECT story_id FROM stories WHERE key = ?1 AND day_start BETWEEN ?2 - 1 AND ?2 + 1
             AND abs(day_end - ?3) <= 1 ORDER BY abs(day_start - ?2), story_id LIMIT 1",
        )?
        .query_row(params![key, start, end], |r| r.get(0))
        .optional()?;
    if let Some(id) = found {
        return Ok((id, false));
    }
    // A new story has exactly this one mention, document and source: no recount needed.
    tx.prepare_cached(
        "INSERT INTO stories (key, day_start, day_end, mentions, documents, sources) VALUES (?1, ?2, ?3, 1, 1, 1)",
    )?
    .execute(params![key, start, end])?;
    Ok((tx.last_insert_rowid(), true))
}

/// Recomputes mention, document and source counts of the given stories; drops empty ones.
fn refresh_stories(tx: &Transaction, touched: &BTreeSet<i64>) -> rusqlite::Result<()> {
    let mut update = tx.prepare_cached(
        "UPDATE stories SET
            mentions = (SELECT count(*) FROM events WHERE story_id = ?1),
            documents = (SELECT count(DISTINCT doc_rowid) FROM events WHERE story_id = ?1),
            sources = (SELECT count(DISTINCT d.source) FROM events e JOIN documents d ON d.rowid = e.doc_rowid
                       WHERE e.story_id = ?1)
         WHERE story_id = ?1",
    )?;
    let mut drop = tx.prepare_cached("DELETE FROM stories WHERE story_id = ?1 AND mentions = 0")?;
    // The covering dyad rows carry copies of the counts.
    let mut copy = tx.prepare_cached(
        "UPDATE dyad_events SET (mentions, documents, sources) =
            (SELECT mentions, documents, sources FROM stories WHERE story_id = ?1)
         WHERE event_rowid IN (SELECT rowid FROM events WHERE story_id = ?1)",
    )?;
    for id in touched {
        update.execute([id])?;
        drop.execute([id])?;
        copy.execute([id])?;
    }
    Ok(())
}
