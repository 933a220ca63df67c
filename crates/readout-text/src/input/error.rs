//! Why an input (a file, a JSON line, a WARC record) could not be read.

/// What went wrong, for summary counts ("3 malformed JSON lines, 1 binary file").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum InputErrorKind {
    /// The file or directory could not be opened or read.
    Io,
    /// Bytes that are not UTF-8 where UTF-8 is required (JSON lines).
    InvalidUtf8,
    /// NUL bytes or mostly control characters: not a text file.
    Binary,
    /// Nothing to read.
    Empty,
    /// A JSON line that does not parse or lacks `text`.
    MalformedJson,
    /// A WARC file whose records (or gzip members) are damaged.
    CorruptWarc,
    /// A single document above the size limit.
    TooLarge,
}

impl InputErrorKind {
    /// Short snake_case name for summaries and logs.
    pub fn as_str(self) -> &'static str {
        match self {
            InputErrorKind::Io => "io",
            InputErrorKind::InvalidUtf8 => "invalid_utf8",
            InputErrorKind::Binary => "binary",
            InputErrorKind::Empty => "empty",
            InputErrorKind::MalformedJson => "malformed_json",
            InputErrorKind::CorruptWarc => "corrupt_warc",
            InputErrorKind::TooLarge => "too_large",
        }
    }
}

/// One input that was skipped; `origin` names the file and line or record.
#[derive(Debug, thiserror::Error)]
pub enum InputError {
    /// The file could not be opened or read.
    #[error("{origin}: cannot read: {source}")]
    Io {
        /// File (and record) being read.
        origin: String,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },
    /// Invalid UTF-8 in a format that requires it.
    #[error("{origin}: invalid UTF-8 at byte offset {offset}")]
    InvalidUtf8 {
        /// File and line.
        origin: String,
        /// Byte offset of the first bad byte from the start of the file.
        offset: u64,
    },
    /// Not a text file.
    #[error("{origin}: binary file, skipped")]
    Binary {
        /// The file.
        origin: String,
    },
    /// Nothing in it.
    #[error("{origin}: empty file")]
    Empty {
        /// The file.
        origin: String,
    },
    /// A JSON line that does not parse.
    #[error("{origin}: malformed JSON line: {message}")]
    Json {
        /// File and line.
        origin: String,
        /// serde_json's message.
        message: String,
    },
    /// A damaged WARC file; the rest of that file is skipped.
    #[error("{origin}: corrupt WARC, rest of file skipped: {message}")]
    Warc {
        /// File and record number.
        origin: String,
        /// What was wrong.
        message: String,
    },
    /// A single document above the size limit.
    #[error("{origin}: document too large ({size} bytes, limit {limit}), skipped")]
    TooLarge {
        /// File, line or record.
        origin: String,
        /// Size seen (at least; reading stops past the limit).
        size: u64,
        /// The limit.
        limit: usize,
    },
}

impl InputError {
    /// The category, for summary counting.
    pub fn kind(&self) -> InputErrorKind {
        match self {
            InputError::Io { .. } => InputErrorKind::Io,
            InputError::InvalidUtf8 { .. } => InputErrorKind::InvalidUtf8,
            InputError::Binary { .. } => InputErrorKind::Binary,
            InputError::Empty { .. } => InputErrorKind::Empty,
            InputError::Json { .. } => InputErrorKind::MalformedJson,
            InputError::Warc { .. } => InputErrorKind::CorruptWarc,
            InputError::TooLarge { .. } => InputErrorKind::TooLarge,
        }
    }

    /// Where the problem is: `dir/a.jsonl:12`, `crawl.warc.gz record 3`.
    pub fn origin(&self) -> String {
        match self {
            InputError::Io { origin, .. }
            | InputError::InvalidUtf8 { origin, .. }
            | InputError::Binary { origin }
            | InputError::Empty { origin }
            | InputError::Json { origin, .. }
            | InputError::Warc { origin, .. }
            | InputError::TooLarge { origin, .. } => origin.clone(),
        }
    }

    pub(crate) fn io(origin: impl Into<String>, source: std::io::Error) -> Self {
        InputError::Io {
            origin: origin.into(),
            source,
        }
    }
}
