//! The SQLite schema and its pragmas: tables, indexes and the version stamp.
//!
//! Layout (why each table exists):
//! - `documents`: one row per document id, with its normalised text and a content hash for idempotency;
//!   `documents_fts` is an external-content FTS5 index over the text, kept in sync by triggers.
//! - `events`: one row per event, with JSON columns for the list fields so an [`readout_model::Event`]
//!   is rebuilt from one row; `eff_start`/`eff_end` are the event's date range, or the document date
//!   when the event has none (`date_from_doc = 1`); `sort_day` is `eff_start` or [`NO_DAY`].
//! - `participants`: (code, role, day) → event, covering type/score/negated so per-actor timelines
//!   are a pure index range scan.
//! - `dyads`: one row per unordered pair of codes an event links (actor×recipient, or all pairs of a
//!   reciprocal event), again covering, for dyad queries and timelines.
//! - `dyad_events`: the same (a, b, day, event) keys as `dyads` carrying the event's JSON as the API
//!   serves it, split around its story's counts, which are copied here too and rewritten whenever
//!   the story's counts change; so a page of `GET /api/events?dyad=…` is one index range scan.
//!   Kept apart from `dyads` so dyad timelines still scan narrow rows.
//! - `people`: named persons per event, for `actors`.
//! - `stories`: cross-document links of the same real-world event (GDELT NumMentions/NumSources).

/// `sort_day` of events with neither an event date nor a document date (sorts first, never in a date range).
pub const NO_DAY: i64 = -1_000_000;

/// Version stamp written to `meta`; bump when the layout changes (and add the step to
/// the upgrade code in `Store::migrate`).
pub const SCHEMA_VERSION: i64 = 2;

/// The oldest layout `Store::open` can upgrade in place.
pub const OLDEST_UPGRADABLE: i64 = 1;

/// Tables added by version 2: run after [`DDL`] on a fresh store, and by the upgrade from version 1.
pub const DDL_V2: &str = r#"
CREATE TABLE IF NOT EXISTS dyad_events (
    a TEXT NOT NULL,
    b TEXT NOT NULL,
    day INTEGER NOT NULL,
    event_rowid INTEGER NOT NULL,
    etype INTEGER NOT NULL,
    negated INTEGER NOT NULL,
    mentions INTEGER NOT NULL,
    documents INTEGER NOT NULL,
    sources INTEGER NOT NULL,
    head TEXT NOT NULL,
    tail TEXT NOT NULL,
    PRIMARY KEY (a, b, day, event_rowid)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS dyad_events_event ON dyad_events(event_rowid);
"#;

/// DDL for a fresh store; every statement is idempotent.
pub const DDL: &str = r#"
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE IF NOT EXISTS documents (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    url TEXT,
    title TEXT,
    date INTEGER,
    date_source TEXT,
    origin TEXT NOT NULL,
    source TEXT NOT NULL,
    text TEXT NOT NULL,
    sentences TEXT NOT NULL,
    hash TEXT NOT NULL,
    ingested_at TEXT NOT NULL
);

CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5(text, content='documents', content_rowid='rowid');
CREATE TRIGGER IF NOT EXISTS documents_ai AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts(rowid, text) VALUES (new.rowid, new.text);
END;
CREATE TRIGGER IF NOT EXISTS documents_ad AFTER DELETE ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
END;
CREATE TRIGGER IF NOT EXISTS documents_au AFTER UPDATE OF text ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
    INSERT INTO documents_fts(rowid, text) VALUES (new.rowid, new.text);
END;

CREATE TABLE IF NOT EXISTS stories (
    story_id INTEGER PRIMARY KEY,
    key TEXT NOT NULL,
    day_start INTEGER NOT NULL,
    day_end INTEGER NOT NULL,
    mentions INTEGER NOT NULL DEFAULT 0,
    documents INTEGER NOT NULL DEFAULT 0,
    sources INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS stories_key ON stories(key, day_start);

CREATE TABLE IF NOT EXISTS events (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    doc_rowid INTEGER NOT NULL REFERENCES documents(rowid),
    seq INTEGER NOT NULL,
    event_type TEXT NOT NULL,
    etype INTEGER NOT NULL,
    mode TEXT NOT NULL,
    context TEXT NOT NULL,
    issues TEXT NOT NULL,
    actor TEXT NOT NULL,
    recipient TEXT NOT NULL,
    date TEXT,
    eff_start INTEGER,
    eff_end INTEGER,
    date_from_doc INTEGER NOT NULL,
    sort_day INTEGER NOT NULL,
    aux TEXT,
    negated INTEGER NOT NULL,
    initiator TEXT,
    location TEXT,
    score REAL NOT NULL,
    quad TEXT NOT NULL,
    cameo TEXT NOT NULL,
    sentence TEXT NOT NULL,
    sentence_index INTEGER NOT NULL,
    trigger_text TEXT NOT NULL,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    speaker TEXT,
    story_id INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS events_doc ON events(doc_rowid);
CREATE INDEX IF NOT EXISTS events_day ON events(sort_day);
CREATE INDEX IF NOT EXISTS events_story ON events(story_id);

CREATE TABLE IF NOT EXISTS participants (
    code TEXT NOT NULL,
    role INTEGER NOT NULL,
    day INTEGER NOT NULL,
    event_rowid INTEGER NOT NULL,
    etype INTEGER NOT NULL,
    score REAL NOT NULL,
    negated INTEGER NOT NULL,
    PRIMARY KEY (code, role, day, event_rowid)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS participants_event ON participants(event_rowid);

CREATE TABLE IF NOT EXISTS dyads (
    a TEXT NOT NULL,
    b TEXT NOT NULL,
    day INTEGER NOT NULL,
    event_rowid INTEGER NOT NULL,
    etype INTEGER NOT NULL,
    score REAL NOT NULL,
    negated INTEGER NOT NULL,
    PRIMARY KEY (a, b, day, event_rowid)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS dyads_event ON dyads(event_rowid);

CREATE TABLE IF NOT EXISTS people (
    event_rowid INTEGER NOT NULL,
    name TEXT NOT NULL,
    code TEXT NOT NULL,
    role INTEGER NOT NULL,
    PRIMARY KEY (event_rowid, name, role)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS people_name ON people(name);
"#;

/// Pragmas for a writable connection: WAL so readers never block the writer, FULL sync so a
/// committed batch survives power loss as well as SIGKILL, and a 256 MB page cache (grown only as
/// used) because ingest inserts into several indexes at random positions.
pub const WRITE_PRAGMAS: &str = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA temp_store=MEMORY; PRAGMA cache_size=-262144;";

/// Pragmas for a read-only connection: a 64 MB page cache (grown only as used), and the file
/// memory-mapped (up to SQLite's compile-time cap, 2 GB in the bundled build) because a page of
/// dyad events touches rows scattered over the whole file: through the page cache each miss is a
/// `pread` plus a copy, which made a 100-row page on a 1M-event store 2-4x slower. The mapping is
/// shared by all readers through the OS page cache instead of each holding its own copy.
pub const READ_PRAGMAS: &str =
    "PRAGMA cache_size=-65536; PRAGMA temp_store=MEMORY; PRAGMA mmap_size=4294967296;";
