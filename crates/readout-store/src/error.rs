//! Errors of the store, phrased for the person running the command.

use std::path::PathBuf;

/// Everything that can go wrong opening, writing or reading a store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The database file (or its directory) cannot be written.
    #[error("database {path} is read-only (check file and directory permissions, or use a writable --db path)")]
    ReadOnly {
        /// The database path.
        path: PathBuf,
    },
    /// The disk (or a configured size limit) is full; the current transaction was rolled back.
    #[error("database {path} is full (no space left on device or size limit reached); the last batch was rolled back, nothing committed was lost")]
    DiskFull {
        /// The database path.
        path: PathBuf,
    },
    /// The file could not be opened or created.
    #[error("cannot open database {path}: {reason}")]
    CannotOpen {
        /// The database path.
        path: PathBuf,
        /// What SQLite said.
        reason: String,
    },
    /// The file exists but is not a readout store (or was written by a newer readout).
    #[error("database {path} is not usable: {reason}")]
    Schema {
        /// The database path.
        path: PathBuf,
        /// Why.
        reason: String,
    },
    /// Another process holds the write lock for longer than the busy timeout.
    #[error("database {path} is busy (another process is writing); try again")]
    Busy {
        /// The database path.
        path: PathBuf,
    },
    /// A filter or argument is malformed (bad cursor, bad FTS query, unknown format…).
    #[error("invalid {what}: {reason}")]
    Invalid {
        /// Which argument.
        what: &'static str,
        /// Why.
        reason: String,
    },
    /// Writing an export file failed.
    #[error("cannot write {path}: {source}")]
    Io {
        /// The file being written.
        path: PathBuf,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },
    /// Encoding Parquet failed.
    #[error("parquet export failed: {0}")]
    Parquet(String),
    /// Any other SQLite error, with the operation that failed.
    #[error("database error while {context}: {source}")]
    Sqlite {
        /// What the store was doing.
        context: &'static str,
        /// The SQLite error.
        #[source]
        source: rusqlite::Error,
    },
    /// A stored row could not be decoded (corrupt or hand-edited database).
    #[error("corrupt stored row {what}: {reason}")]
    Corrupt {
        /// Which row.
        what: String,
        /// Why.
        reason: String,
    },
}

impl StoreError {
    /// Classifies a SQLite error on the database at `path`, keeping disk-full and read-only distinct.
    pub(crate) fn sqlite(
        path: &std::path::Path,
        context: &'static str,
        e: rusqlite::Error,
    ) -> Self {
        use rusqlite::ErrorCode;
        if let rusqlite::Error::SqliteFailure(f, msg) = &e {
            match f.code {
                ErrorCode::ReadOnly => {
                    return StoreError::ReadOnly {
                        path: path.to_path_buf(),
                    }
                }
                ErrorCode::DiskFull => {
                    return StoreError::DiskFull {
                        path: path.to_path_buf(),
                    }
                }
                ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked => {
                    return StoreError::Busy {
                        path: path.to_path_buf(),
                    }
                }
                ErrorCode::CannotOpen => {
                    return StoreError::CannotOpen {
                        path: path.to_path_buf(),
                        reason: msg.clone().unwrap_or_else(|| f.to_string()),
                    }
                }
                ErrorCode::NotADatabase => {
                    return StoreError::Schema {
                        path: path.to_path_buf(),
                        reason: "file is not an SQLite database".into(),
                    }
                }
                _ => {}
            }
            if let Some(m) = msg {
                // FTS5 syntax errors come back as generic errors; report them as a bad --text.
                if m.contains("fts5") {
                    return StoreError::Invalid {
                        what: "--text query",
                        reason: m.clone(),
                    };
                }
            }
        }
        StoreError::Sqlite { context, source: e }
    }
}
