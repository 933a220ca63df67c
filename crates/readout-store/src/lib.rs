//! readout's embedded event store (SQLite, WAL): ingest coded documents idempotently, link the same
//! event across documents into stories, query and aggregate events, and export them
//! (JSONL, CSV, Parquet, GDELT 2.0, POLECAT-style JSON).
//!
//! One [`Store`] wraps one SQLite connection; it is `Send`, so a server opens one per worker.
//! Many readers can query while one writer ingests (WAL).

mod aggregate;
mod error;
pub mod export;
mod filter;
mod ingest;
mod payload;
pub mod plot;
mod query;
pub mod render;
mod schema;
pub mod synth;
mod types;
mod util;

pub use error::StoreError;
pub use export::{export, ExportFormat, ExportReport, Partition};
pub use types::{
    ActorCount, DocumentChange, EventFilter, IngestReport, Network, NetworkEdge, NetworkNode, Page,
    Period, RecodeReport, StanceRow, StoreStats, StoredDocument, StoredEvent, TimelineRow,
};
pub use util::{day_date, day_number, document_hash, url_host};

use rusqlite::{Connection, OpenFlags};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// Default database file name when neither `--db` nor `$READOUT_DB` is given.
pub const DEFAULT_DB: &str = "readout.db";

/// The database path to use when none is given: `$READOUT_DB`, else [`DEFAULT_DB`] in the working directory.
pub fn default_db_path() -> PathBuf {
    std::env::var_os("READOUT_DB")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(DEFAULT_DB))
}

/// Prepared statements kept per connection.
const STATEMENT_CACHE: usize = 64;

/// How long a connection waits for another writer's lock before reporting [`StoreError::Busy`].
const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

/// An open readout store: one SQLite connection plus the path for error messages.
pub struct Store {
    conn: Connection,
    path: PathBuf,
}

impl Store {
    /// Wraps a fresh connection with the settings every store needs (statement cache, busy timeout).
    fn configure(conn: Connection, path: &Path) -> Result<Store, StoreError> {
        let store = Store {
            conn,
            path: path.to_path_buf(),
        };
        // Ingest alone uses ~20 cached statements; the default cache (16) would thrash.
        store
            .conn
            .set_prepared_statement_cache_capacity(STATEMENT_CACHE);
        store
            .conn
            .busy_timeout(BUSY_TIMEOUT)
            .map_err(|e| store.err("setting the busy timeout", e))?;
        Ok(store)
    }

    /// Opens (creating and migrating if needed) a writable store in WAL mode.
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        let conn = Connection::open(path).map_err(|e| StoreError::sqlite(path, "opening", e))?;
        let store = Store::configure(conn, path)?;
        let mode: String = store
            .conn
            .query_row("PRAGMA journal_mode=WAL", [], |r| r.get(0))
            .map_err(|e| store.err("switching to WAL mode", e))?;
        if !mode.eq_ignore_ascii_case("wal") {
            return Err(StoreError::CannotOpen {
                path: path.to_path_buf(),
                reason: format!("WAL journal mode is not available (got {mode}); is it on a network file system?"),
            });
        }
        store
            .conn
            .execute_batch(schema::WRITE_PRAGMAS)
            .map_err(|e| store.err("setting pragmas", e))?;
        store.migrate()?;
        Ok(store)
    }

    /// Opens an existing store for reading only; writes fail with [`StoreError::ReadOnly`].
    pub fn open_read_only(path: &Path) -> Result<Store, StoreError> {
        if !path.exists() {
            return Err(StoreError::CannotOpen {
                path: path.to_path_buf(),
                reason: "no such file (run `readout ingest` first)".into(),
            });
        }
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY
            | OpenFlags::SQLITE_OPEN_NO_MUTEX
            | OpenFlags::SQLITE_OPEN_URI;
        let conn = Connection::open_with_flags(path, flags)
            .map_err(|e| StoreError::sqlite(path, "opening", e))?;
        let store = Store::configure(conn, path)?;
        store
            .conn
            .execute_batch(schema::READ_PRAGMAS)
            .map_err(|e| store.err("setting pragmas", e))?;
        let version = store.schema_version()?;
        if let Some(v) =
            version.filter(|v| (schema::OLDEST_UPGRADABLE..schema::SCHEMA_VERSION).contains(v))
        {
            // An older layout: upgrade it in place once through a writable connection, then read.
            drop(store);
            Store::open(path).map_err(|e| StoreError::Schema {
                path: path.to_path_buf(),
                reason: format!(
                    "schema version {v} predates this readout ({}) and upgrading it in place failed: {e}; \
                     run any readout command on it once with write access to the file and its \
                     directory (the upgrade is automatic and takes about a minute per million events)",
                    schema::SCHEMA_VERSION
                ),
            })?;
            return Store::open_read_only(path);
        }
        if version != Some(schema::SCHEMA_VERSION) {
            return Err(StoreError::Schema {
                path: path.to_path_buf(),
                reason: match version {
                    None => {
                        "not a readout store (no schema); run `readout ingest` on it first".into()
                    }
                    Some(v) => format!(
                        "schema version {v}, this readout reads {}",
                        schema::SCHEMA_VERSION
                    ),
                },
            });
        }
        Ok(store)
    }

    /// The database path, for messages.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The underlying connection, for ad-hoc SQL (`readout` itself only uses the methods).
    pub fn connection(&self) -> &Connection {
        &self.conn
    }

    /// Counts of documents, events and stories and the covered date range.
    pub fn stats(&self) -> Result<StoreStats, StoreError> {
        let count = |sql: &str| -> Result<u64, StoreError> {
            self.conn
                .query_row(sql, [], |r| r.get::<_, i64>(0))
                .map(|n| n as u64)
                .map_err(|e| self.err("counting", e))
        };
        let (first, last): (Option<i64>, Option<i64>) = self
            .conn
            .query_row(
                "SELECT min(eff_start), max(eff_start) FROM events WHERE eff_start IS NOT NULL",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .map_err(|e| self.err("reading the date range", e))?;
        Ok(StoreStats {
            documents: count("SELECT count(*) FROM documents")?,
            events: count("SELECT count(*) FROM events")?,
            stories: count("SELECT count(*) FROM stories")?,
            multi_document_stories: count("SELECT count(*) FROM stories WHERE documents > 1")?,
            first_date: first.and_then(day_date),
            last_date: last.and_then(day_date),
        })
    }

    /// Wraps a SQLite error with this store's path and what was being done.
    pub(crate) fn err(&self, context: &'static str, e: rusqlite::Error) -> StoreError {
        StoreError::sqlite(&self.path, context, e)
    }

    fn schema_version(&self) -> Result<Option<i64>, StoreError> {
        let has_meta: bool = self
            .conn
            .query_row(
                "SELECT count(*) FROM sqlite_master WHERE type='table' AND name='meta'",
                [],
                |r| r.get::<_, i64>(0),
            )
            .map(|n| n > 0)
            .map_err(|e| self.err("reading the schema", e))?;
        if !has_meta {
            return Ok(None);
        }
        let v: Option<String> = self
            .conn
            .query_row(
                "SELECT value FROM meta WHERE key='schema_version'",
                [],
                |r| r.get(0),
            )
            .map(Some)
            .or_else(|e| match e {
                rusqlite::Error::QueryReturnedNoRows => Ok(None),
                e => Err(e),
            })
            .map_err(|e| self.err("reading the schema version", e))?;
        Ok(v.and_then(|s| s.parse().ok()))
    }

    fn migrate(&self) -> Result<(), StoreError> {
        match self.schema_version()? {
            Some(v) if v == schema::SCHEMA_VERSION => Ok(()),
            Some(v) if (schema::OLDEST_UPGRADABLE..schema::SCHEMA_VERSION).contains(&v) => {
                self.upgrade()
            }
            Some(v) => Err(StoreError::Schema {
                path: self.path.clone(),
                reason: format!(
                    "schema version {v} is not supported by this readout (expects {})",
                    schema::SCHEMA_VERSION
                ),
            }),
            None => {
                let has_tables: i64 = self
                    .conn
                    .query_row(
                        "SELECT count(*) FROM sqlite_master WHERE type='table'",
                        [],
                        |r| r.get(0),
                    )
                    .map_err(|e| self.err("reading the schema", e))?;
                if has_tables > 0 {
                    return Err(StoreError::Schema {
                        path: self.path.clone(),
                        reason: "an SQLite database that is not a readout store".into(),
                    });
                }
                let sql = format!(
                    "BEGIN IMMEDIATE; {} {} INSERT OR REPLACE INTO meta(key, value) VALUES ('schema_version', '{}'); COMMIT;",
                    schema::DDL,
                    schema::DDL_V2,
                    schema::SCHEMA_VERSION
                );
                self.conn.execute_batch(&sql).map_err(|e| {
                    let _ = self.conn.execute_batch("ROLLBACK");
                    self.err("creating the schema", e)
                })
            }
        }
    }
}

impl Store {
    /// Upgrades an older layout to [`schema::SCHEMA_VERSION`] in one transaction: all of it or nothing.
    fn upgrade(&self) -> Result<(), StoreError> {
        self.conn
            .execute_batch("BEGIN IMMEDIATE")
            .map_err(|e| self.err("starting the schema upgrade", e))?;
        let result = self.upgrade_in_transaction();
        let end = if result.is_ok() { "COMMIT" } else { "ROLLBACK" };
        let ended = self
            .conn
            .execute_batch(end)
            .map_err(|e| self.err("finishing the schema upgrade", e));
        result.and(ended)
    }

    fn upgrade_in_transaction(&self) -> Result<(), StoreError> {
        // Another process may have upgraded the file since we looked.
        if self.schema_version()? == Some(schema::SCHEMA_VERSION) {
            return Ok(());
        }
        // 1 -> 2: the covering `dyad_events` rows, built from the stored events.
        self.conn
            .execute_batch(schema::DDL_V2)
            .map_err(|e| self.err("creating the version 2 tables", e))?;
        let sql = format!(
            "SELECT {} FROM events e {} WHERE e.rowid IN (SELECT event_rowid FROM dyads) ORDER BY e.rowid",
            query::EVENT_COLUMNS,
            query::EVENT_JOINS
        );
        let mut select = self
            .conn
            .prepare(&sql)
            .map_err(|e| self.err("reading events to upgrade", e))?;
        let mut insert = self
            .conn
            .prepare(
                "INSERT OR IGNORE INTO dyad_events (a, b, day, event_rowid, etype, negated, mentions, documents, sources, head, tail)
                 SELECT a, b, day, event_rowid, etype, negated, ?2, ?3, ?4, ?5, ?6 FROM dyads WHERE event_rowid = ?1",
            )
            .map_err(|e| self.err("upgrading the schema", e))?;
        let mut rows = select
            .query([])
            .map_err(|e| self.err("reading events to upgrade", e))?;
        while let Some(row) = rows
            .next()
            .map_err(|e| self.err("reading events to upgrade", e))?
        {
            let ev = query::event_row(row).map_err(|e| self.err("reading events to upgrade", e))?;
            let p = payload::Parts::of(&ev.stored)
                .payload()
                .map_err(|e| StoreError::Schema {
                    path: self.path.clone(),
                    reason: format!("event {} cannot be serialised: {e}", ev.stored.event.id),
                })?;
            insert
                .execute(rusqlite::params![
                    ev.rowid,
                    ev.stored.story_mentions,
                    ev.stored.story_documents,
                    ev.stored.story_sources,
                    p.head,
                    p.tail
                ])
                .map_err(|e| self.err("upgrading the schema", e))?;
        }
        self.conn
            .execute(
                "INSERT OR REPLACE INTO meta(key, value) VALUES ('schema_version', ?1)",
                [schema::SCHEMA_VERSION.to_string()],
            )
            .map_err(|e| self.err("recording the schema version", e))?;
        Ok(())
    }
}
