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

/// Answers larger than this are not kept.
const MAX_ENTRY_BYTES: usize = 512 * 1024;
/// All kept answers together stay under this many bytes.
const MAX_TOTAL_BYTES: usize = 64 * 1024 * 1024;

/// Cached answers keyed by route and raw query string.
pub struct ResponseCache {
    watcher: Mutex<Option<Store>>,
    inner: Mutex<Entries>,
    max_entries: usize,
}

#[derive(Default)]
struct Entries {
    /// Store version the entries belong to.
    version: Option<i64>,
    map: HashMap<String, Bytes>,
    bytes: usize,
}

impl Entries {
    /// Drops everything if the store is now at `now`; true when the entries are current.
    fn sync(&mut self, now: i64) -> bool {
        if self.version == Some(now) {
            return true;
        }
        self.map.clear();
        self.bytes = 0;
        self.version = Some(now);
        false
    }
}

impl ResponseCache {
    /// A cache of at most `max_entries` answers (0 disables caching).
    pub fn new(db: &Path, max_entries: usize) -> Self {
        let watcher = if max_entries > 0 {
            Store::open_read_only(db).ok()
        } else {
            None
        };
        ResponseCache {
            watcher: Mutex::new(watcher),
            inner: Mutex::new(Entries::default()),
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

    /// A fresh cached answer for `key`, or else the store version to pass to [`ResponseCache::put`].
    pub fn get(&self, key: &str) -> Result<Bytes, Option<i64>> {
        let Some(now) = self.current_version() else {
            return Err(None);
        };
        let Ok(mut inner) = self.inner.lock() else {
            return Err(None);
        };
        if !inner.sync(now) {
            return Err(Some(now));
        }
        inner.map.get(key).cloned().ok_or(Some(now))
    }

    /// Keeps `body` as the answer for `key`, computed at store version `seen` (from `get`);
    /// nothing is kept if the store changed meanwhile, so a stale answer is never cached.
    pub fn put(&self, key: String, body: Bytes, seen: Option<i64>) {
        if self.max_entries == 0 || body.len() > MAX_ENTRY_BYTES {
            return;
        }
        let (Some(seen), Some(now)) = (seen, self.current_version()) else {
            return;
        };
        let Ok(mut inner) = self.inner.lock() else {
            return;
        };
        if seen != now {
            return;
        }
        inner.sync(now);
        if inner.map.len() >= self.max_entries || inner.bytes + body.len() > MAX_TOTAL_BYTES {
            // Crude but bounded: start over rather than track recency.
            inner.map.clear();
            inner.bytes = 0;
        }
        inner.bytes += body.len();
        if let Some(old) = inner.map.insert(key, body) {
            inner.bytes -= old.len();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_are_dropped_when_the_store_changes() {
        let dir = tempfile::tempdir().expect("tempdir");
        let db = dir.path().join("c.db");
        let mut writer = Store::open(&db).expect("create");
        let cache = ResponseCache::new(&db, 8);
        let seen = cache.get("k").expect_err("empty cache");
        cache.put("k".into(), Bytes::from_static(b"old"), seen);
        assert_eq!(cache.get("k").ok(), Some(Bytes::from_static(b"old")));
        writer
            .ingest(&[(readout_model::Document::new("d", "Text."), vec![])])
            .expect("ingest");
        let seen_after = cache.get("k").expect_err("store changed, entry dropped");
        // An answer computed before the change must not be cached under the new version.
        cache.put("k".into(), Bytes::from_static(b"stale"), seen);
        assert!(cache.get("k").is_err());
        cache.put("k".into(), Bytes::from_static(b"new"), seen_after);
        assert_eq!(cache.get("k").ok(), Some(Bytes::from_static(b"new")));
    }

    #[test]
    fn a_zero_sized_cache_keeps_nothing() {
        let dir = tempfile::tempdir().expect("tempdir");
        let db = dir.path().join("c.db");
        let _writer = Store::open(&db).expect("create");
        let cache = ResponseCache::new(&db, 0);
        cache.put("k".into(), Bytes::from_static(b"x"), Some(1));
        assert_eq!(cache.get("k"), Err(None));
    }
}
