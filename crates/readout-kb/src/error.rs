//! Errors raised while loading knowledge-base files.

use std::path::PathBuf;

/// Why a knowledge-base file could not be loaded; always names the file (and line when known).
#[derive(Debug, thiserror::Error)]
pub enum KbError {
    /// The file could not be read from disk.
    #[error("{path}: cannot read: {source}")]
    Io {
        /// The file that failed.
        path: PathBuf,
        /// The underlying I/O error.
        source: std::io::Error,
    },
    /// A row is malformed (wrong column count, bad date, unknown value …).
    #[error("{file}:{line}: {reason}")]
    Parse {
        /// File name as given (embedded files use their path under data/kb).
        file: String,
        /// 1-based line number.
        line: usize,
        /// What is wrong with the row.
        reason: String,
    },
    /// Neither the header line nor the file name says which format the file has.
    #[error("{file}: unknown knowledge-base file format (name it states*/organisations*/titles*/groups*/terms* .tsv or start it with the format's header line)")]
    UnknownFormat {
        /// The file whose format could not be told.
        file: String,
    },
}
