//! Shared server state: a pool of read-only store connections, one writer, the analyzer, settings.
//!
//! A SQLite connection is `Send` but not `Sync`, so each blocking worker borrows a whole
//! read-only [`Store`] from the pool for the duration of one query and hands it back.

use crate::analyzer::Analyzer;
use crate::cache::ResponseCache;
use crate::error::ApiError;
use readout_store::{Store, StoreError};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use tokio::sync::Semaphore;

/// Everything a request handler needs; cheap to clone.
#[derive(Clone)]
pub struct AppState {
    inner: Arc<Shared>,
}

struct Shared {
    db: PathBuf,
    readers: Mutex<Vec<Store>>,
    reader_permits: Semaphore,
    writer: Mutex<Option<Store>>,
    analyzer: Arc<dyn Analyzer>,
    token: Option<String>,
    max_body_bytes: usize,
    cache: ResponseCache,
}

/// Settings of [`AppState`] besides the database and the analyzer.
#[derive(Debug, Clone)]
pub struct StateOptions {
    /// Bearer token that allows `POST /api/documents`; `None` makes the server read-only.
    pub token: Option<String>,
    /// Largest request body accepted (bytes).
    pub max_body_bytes: usize,
    /// Read-only connections kept open at most (= queries running at once).
    pub readers: usize,
    /// GET answers kept in memory until the store changes (0 = no cache).
    pub cache_entries: usize,
}

impl Default for StateOptions {
    fn default() -> Self {
        StateOptions {
            token: None,
            max_body_bytes: 10 * 1024 * 1024,
            readers: 8,
            cache_entries: 1024,
        }
    }
}

impl AppState {
    /// Opens the store at `db` (creating an empty one if missing) and checks it can be read.
    pub fn new(
        db: &Path,
        analyzer: Arc<dyn Analyzer>,
        options: StateOptions,
    ) -> Result<Self, StoreError> {
        let writer = if !db.exists() || options.token.is_some() {
            // A missing file gets an empty store; with a token we also keep the writer open.
            Some(Store::open(db)?)
        } else {
            None
        };
        let first_reader = open_reader(db)?;
        let writer = if options.token.is_some() {
            writer
        } else {
            None
        };
        let readers = options.readers.max(1);
        Ok(AppState {
            inner: Arc::new(Shared {
                db: db.to_path_buf(),
                readers: Mutex::new(vec![first_reader]),
                reader_permits: Semaphore::new(readers),
                writer: Mutex::new(writer),
                analyzer,
                token: options.token.filter(|t| !t.is_empty()),
                max_body_bytes: options.max_body_bytes,
                cache: ResponseCache::new(db, options.cache_entries),
            }),
        })
    }

    /// The configured bearer token, if ingest is allowed.
    pub fn token(&self) -> Option<&str> {
        self.inner.token.as_deref()
    }

    /// Largest accepted request body in bytes.
    pub fn max_body_bytes(&self) -> usize {
        self.inner.max_body_bytes
    }

    /// The cache of GET answers.
    pub(crate) fn cache(&self) -> &ResponseCache {
        &self.inner.cache
    }

    /// The analyzer for coding texts and KB look-ups.
    pub fn analyzer(&self) -> Arc<dyn Analyzer> {
        Arc::clone(&self.inner.analyzer)
    }

    /// Runs `f` with a read-only store on a blocking thread.
    pub async fn read<T, F>(&self, what: &'static str, f: F) -> Result<T, ApiError>
    where
        T: Send + 'static,
        F: FnOnce(&Store) -> Result<T, StoreError> + Send + 'static,
    {
        let _permit = self
            .inner
            .reader_permits
            .acquire()
            .await
            .map_err(|e| ApiError::internal(what, e))?;
        let shared = Arc::clone(&self.inner);
        let joined = tokio::task::spawn_blocking(move || {
            let pooled = shared.readers.lock().map(|mut v| v.pop()).unwrap_or(None);
            let store = match pooled {
                Some(s) => s,
                None => open_reader(&shared.db)?,
            };
            let result = f(&store);
            if let Ok(mut v) = shared.readers.lock() {
                v.push(store);
            }
            result
        })
        .await;
        match joined {
            Ok(result) => result.map_err(|e| store_error(what, e)),
            Err(join) => Err(ApiError::internal(what, join)),
        }
    }

    /// Runs `f` with the writable store on a blocking thread (one writer at a time).
    pub async fn write<T, F>(&self, what: &'static str, f: F) -> Result<T, ApiError>
    where
        T: Send + 'static,
        F: FnOnce(&mut Store) -> Result<T, StoreError> + Send + 'static,
    {
        let shared = Arc::clone(&self.inner);
        let joined = tokio::task::spawn_blocking(move || {
            let mut guard = shared.writer.lock().map_err(|_| StoreError::Invalid {
                what: "writer",
                reason: "an earlier write panicked".into(),
            })?;
            if guard.is_none() {
                *guard = Some(Store::open(&shared.db)?);
            }
            match guard.as_mut() {
                Some(store) => f(store),
                None => Err(StoreError::Invalid {
                    what: "writer",
                    reason: "no writable store".into(),
                }),
            }
        })
        .await;
        match joined {
            Ok(result) => result.map_err(|e| store_error(what, e)),
            Err(join) => Err(ApiError::internal(what, join)),
        }
    }
}

/// Memory-mapped I/O for readers: pages are shared with the OS cache instead of copied by
/// `read` calls, which makes random row look-ups in a large store much cheaper.
const READER_PRAGMAS: &str = "PRAGMA mmap_size = 4294967296; PRAGMA cache_size = -16384;";

/// Opens a read-only store tuned for serving queries.
fn open_reader(db: &Path) -> Result<Store, StoreError> {
    let store = Store::open_read_only(db)?;
    // Tuning only: a store that refuses the pragmas still answers queries, just slower.
    if let Err(e) = store.connection().execute_batch(READER_PRAGMAS) {
        eprintln!("readout serve: note: could not enable memory-mapped reads: {e}");
    }
    Ok(store)
}

/// Maps store errors to API errors: bad input is the client's (400), busy is 503, the rest 500.
fn store_error(what: &'static str, err: StoreError) -> ApiError {
    match err {
        StoreError::Invalid { .. } => ApiError::bad_request(err.to_string()),
        StoreError::Busy { .. } => ApiError::new(
            axum::http::StatusCode::SERVICE_UNAVAILABLE,
            "the database is busy; try again",
        ),
        other => ApiError::internal(what, other),
    }
}
