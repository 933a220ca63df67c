//! A small cache of serialised GET answers, dropped whenever the store changes.
//!
//! Analysts' dashboards ask the same questions repeatedly (a dyad's events, its timeline);
//! answering those from memory leaves the SQLite connections for new questions. Freshness
//! comes from SQLite's `PRAGMA data_version` on a dedicated connection: it changes whenever
//! any other connection (our ingest, or a `readout ingest` in another process) commits.

use axum::body::Bytes;
use readout_store::Store;
use std::collections::HashMap;
use std::path::Path;
use std::sync::Mutex;

/// Answers larger than this are not kept (bounds memory: entries × this).
const MAX_ENTRY_BYTES: usize = 512 * 1024;

/// Cached answers keyed by route and raw query string.
pub struct ResponseCache {
    watcher: Mutex<Option<Store>>,
    entries: Mutex<HashMap<String, Bytes>>,
    /// Store version the entries belong to.
    version: Mutex<Option<i64>>,
    max_entries: usize,
}

impl ResponseCache {
    /// A cache of at most `max_entries` answers (0 disables caching).
    pub fn new(db: &Path, max_entries: usize) -> Self {
        let watcher = if max_entries > 0 { Store::open_read_only(db).ok() } else { None };
        ResponseCache {
            watcher: Mutex::new(watcher),
            entries: Mutex::new(HashMap::new()),
            version: Mutex::new(None),
            max_entries,
        }
    }

    /// The store's current data version, or `None` when caching is off or the check failed.
    fn current_version(&self) -> Option<i64> {
        let guard = self.watcher.lock().ok()?;
        let store = guard.as_ref()?;
        store
            .connection()
            .query_row("PRAGMA data_version", [], |r| r.get::<_, i64>(0))
            .ok()
    }

    /// A fresh cached answer for `key`, or the version to pass to [`ResponseCache::put`].
    /// Everything is dropped when the store has changed since the entries were made.
    pub fn get(&self, key: &str) -> Result<Bytes, Option<i64>> {
        let Some(now) = self.current_version() else { return Err(None) };
        let (Ok(mut version), Ok(mut entries)) = (self.version.lock(), self.entries.lock()) else {
            return Err(None);
        };
        if *version != Some(now) {
            entries.clear();
            *version = Some(now);
            return Err(Some(now));
        }
        entries.get(key).cloned().ok_or(Some(now))
    }

    /// Keeps `body` as the answer for `key`, computed at store version `seen` (from `get`);
    /// nothing is kept if the store changed meanwhile, so a stale answer is never cached.
    pub fn put(&self, key: String, body: Bytes, seen: Option<i64>) {
        if self.max_entries == 0 || body.len() > MAX_ENTRY_BYTES {
            return;
        }
        let (Some(seen), Some(now)) = (seen, self.current_version()) else { return };
        if seen != now {
            return;
        }
        let (Ok(version), Ok(mut entries)) = (self.version.lock(), self.entries.lock()) else {
            return;
        };
        if *version != Some(now) {
            return;
        }
        if entries.len() >= self.max_entries {
            // Crude but bounded: start over rather than track recency.
            entries.clear();
        }
        entries.insert(key, body);
    }
}
