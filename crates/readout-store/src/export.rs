//! Exports: JSONL, CSV, Parquet (optionally hive-partitioned), GDELT 2.0 event table, POLECAT-style JSON.

mod gdelt;
mod parquet_out;
mod rows;

use crate::query::{event_row, EventRow, EVENT_COLUMNS, EVENT_JOINS};
use crate::schema::NO_DAY;
use crate::util::day_date;
use crate::{EventFilter, Store, StoreError};
use chrono::Datelike;
use rusqlite::params_from_iter;
use serde::Serialize;
use std::collections::BTreeMap;
use std::fmt;
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::str::FromStr;

pub use gdelt::GDELT_COLUMNS;

/// Output format of [`export`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ExportFormat {
    /// One SPEC §5 JSON record per line, plus story and document fields.
    Jsonl,
    /// Flat CSV with a header; lists joined by `;`.
    Csv,
    /// Typed Parquet (dates as Date32, lists as List<Utf8>, score Float64).
    Parquet,
    /// GDELT 2.0 event table: 61 tab-separated columns, one row per story, no header.
    Gdelt,
    /// PLOVER/POLECAT-style JSON lines.
    Polecat,
}

impl ExportFormat {
    fn extension(self) -> &'static str {
        match self {
            ExportFormat::Jsonl | ExportFormat::Polecat => "jsonl",
            ExportFormat::Csv => "csv",
            ExportFormat::Parquet => "parquet",
            ExportFormat::Gdelt => "tsv",
        }
    }
}

impl FromStr for ExportFormat {
    type Err = StoreError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "jsonl" | "json" => Ok(ExportFormat::Jsonl),
            "csv" => Ok(ExportFormat::Csv),
            "parquet" => Ok(ExportFormat::Parquet),
            "gdelt" => Ok(ExportFormat::Gdelt),
            "polecat" => Ok(ExportFormat::Polecat),
            _ => Err(StoreError::Invalid {
                what: "export format",
                reason: format!("{s:?}; expected jsonl, csv, parquet, gdelt or polecat"),
            }),
        }
    }
}

impl fmt::Display for ExportFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ExportFormat::Jsonl => "jsonl",
            ExportFormat::Csv => "csv",
            ExportFormat::Parquet => "parquet",
            ExportFormat::Gdelt => "gdelt",
            ExportFormat::Polecat => "polecat",
        })
    }
}

/// Hive-style partitioning of an export directory (`year=2021/` or `year=2021/month=11/`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Partition {
    /// One directory per year of the effective start date.
    Year,
    /// One directory per year and month.
    Month,
}

impl FromStr for Partition {
    type Err = StoreError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "year" => Ok(Partition::Year),
            "month" => Ok(Partition::Month),
            _ => Err(StoreError::Invalid {
                what: "partition",
                reason: format!("{s:?}; expected year or month"),
            }),
        }
    }
}

/// Value hive readers (pyarrow, Spark, DuckDB) read as NULL, used for undated events.
pub const HIVE_NULL: &str = "__HIVE_DEFAULT_PARTITION__";

/// What an export wrote.
#[derive(Clone, Debug, Serialize)]
pub struct ExportReport {
    /// The format written.
    pub format: ExportFormat,
    /// Rows written (for GDELT: stories).
    pub rows: u64,
    /// Files written (empty when writing to stdout).
    pub files: Vec<PathBuf>,
}

/// One event with the extra document fields exports need.
pub(crate) struct ExportRow {
    pub ev: EventRow,
    pub ingested_at: String,
    pub source: String,
}

/// Something rows are written to: one file (or stdout) of one format.
pub(crate) trait RowSink {
    fn write(&mut self, row: &ExportRow) -> Result<(), StoreError>;
    fn finish(self: Box<Self>) -> Result<(), StoreError>;
    /// Writes out buffered rows (Parquet: a row group) to bound memory with many open partitions.
    fn flush_buffer(&mut self) -> Result<(), StoreError> {
        Ok(())
    }
}

/// Rows buffered over all open partition files before every buffer is written out.
const MAX_BUFFERED_ROWS: usize = 131_072;

fn io_err(path: &Path) -> impl Fn(std::io::Error) -> StoreError + '_ {
    move |source| StoreError::Io {
        path: path.to_path_buf(),
        source,
    }
}

fn open_sink(format: ExportFormat, path: Option<&Path>) -> Result<Box<dyn RowSink>, StoreError> {
    if format == ExportFormat::Parquet {
        let path = path.ok_or(StoreError::Invalid {
            what: "--out",
            reason: "parquet export needs an output path".into(),
        })?;
        return Ok(Box::new(parquet_out::ParquetSink::create(path)?));
    }
    let (out, shown): (Box<dyn Write>, PathBuf) = match path {
        Some(p) => {
            if let Some(dir) = p.parent().filter(|d| !d.as_os_str().is_empty()) {
                std::fs::create_dir_all(dir).map_err(io_err(dir))?;
            }
            (
                Box::new(BufWriter::with_capacity(
                    1 << 16,
                    File::create(p).map_err(io_err(p))?,
                )),
                p.to_path_buf(),
            )
        }
        None => (
            Box::new(BufWriter::new(std::io::stdout())),
            PathBuf::from("<stdout>"),
        ),
    };
    Ok(match format {
        ExportFormat::Jsonl => Box::new(rows::JsonlSink { out, path: shown }),
        ExportFormat::Polecat => Box::new(rows::PolecatSink { out, path: shown }),
        ExportFormat::Csv => Box::new(rows::CsvSink::new(out, shown)),
        ExportFormat::Gdelt => Box::new(gdelt::GdeltSink::new(out, shown)),
        ExportFormat::Parquet => unreachable!("handled above"),
    })
}

/// Directory name(s) of the partition of a day (`year=2021` or `year=2021/month=03`).
fn partition_dir(day: i64, p: Partition) -> String {
    match (day_date(day).filter(|_| day != NO_DAY), p) {
        (Some(d), Partition::Year) => format!("year={}", d.year()),
        (Some(d), Partition::Month) => format!("year={}/month={:02}", d.year(), d.month()),
        (None, Partition::Year) => format!("year={HIVE_NULL}"),
        (None, Partition::Month) => format!("year={HIVE_NULL}/month={HIVE_NULL}"),
    }
}

/// Exports the events matching `f` (all of them: `f.limit` caps the row count, the cursor is ignored),
/// in storage order (date order for dyad/actor/recipient filters). `out = None` writes to stdout (not for Parquet). With `partition`, `out` is a
/// directory receiving `year=YYYY[/month=MM]/part-0.<ext>` files.
pub fn export(
    store: &Store,
    f: &EventFilter,
    format: ExportFormat,
    out: Option<&Path>,
    partition: Option<Partition>,
) -> Result<ExportReport, StoreError> {
    let mut f = f.clone();
    f.cursor = None;
    let plan = store.plan(&f, false)?;
    let limit = f.limit.map(|n| format!("LIMIT {n}")).unwrap_or_default();
    // Storage order (rowid) reads the events table sequentially, several times faster than date
    // order on a large store; index-driven filters (dyad, actor) come in date order anyway.
    let sql = format!(
        "SELECT {EVENT_COLUMNS}, d.ingested_at, d.source FROM {} {EVENT_JOINS} {} ORDER BY {} {limit}",
        plan.from(true),
        plan.where_clause(),
        plan.scan_order()
    );
    if partition.is_some() && out.is_none() {
        return Err(StoreError::Invalid {
            what: "--out",
            reason: "a partitioned export needs an output directory".into(),
        });
    }
    let mut stmt = store
        .conn
        .prepare(&sql)
        .map_err(|e| store.err("preparing the export", e))?;
    let mut rows = stmt
        .query(params_from_iter(plan.params.iter()))
        .map_err(|e| store.err("exporting events", e))?;
    let mut report = ExportReport {
        format,
        rows: 0,
        files: Vec::new(),
    };
    // One open sink per partition directory ("" when not partitioned).
    let mut sinks: BTreeMap<String, Box<dyn RowSink>> = BTreeMap::new();
    if partition.is_none() {
        sinks.insert(String::new(), open_sink(format, out)?);
        if let Some(p) = out {
            report.files.push(p.to_path_buf());
        }
    }
    let mut seen_stories = std::collections::HashSet::new();
    let mut buffered = 0usize;
    while let Some(r) = rows.next().map_err(|e| store.err("exporting events", e))? {
        let ev = event_row(r).map_err(|e| store.err("decoding an event", e))?;
        if format == ExportFormat::Gdelt && !seen_stories.insert(ev.stored.story_id) {
            continue; // GDELT's event table has one row per event (story), mentions are counted.
        }
        let row = ExportRow {
            ev,
            ingested_at: r.get(33).map_err(|e| store.err("exporting events", e))?,
            source: r.get(34).map_err(|e| store.err("exporting events", e))?,
        };
        let key = match (partition, out) {
            (Some(p), Some(dir)) => {
                let part = partition_dir(row.ev.sort_day, p);
                if !sinks.contains_key(&part) {
                    let sub = dir.join(&part);
                    std::fs::create_dir_all(&sub).map_err(io_err(&sub))?;
                    let file = sub.join(format!("part-0.{}", format.extension()));
                    sinks.insert(part.clone(), open_sink(format, Some(&file))?);
                    report.files.push(file);
                }
                part
            }
            _ => String::new(),
        };
        if let Some(sink) = sinks.get_mut(&key) {
            sink.write(&row)?;
            report.rows += 1;
        }
        buffered += 1;
        if partition.is_some() && buffered >= MAX_BUFFERED_ROWS {
            for sink in sinks.values_mut() {
                sink.flush_buffer()?;
            }
            buffered = 0;
        }
    }
    for (_, sink) in sinks {
        sink.finish()?;
    }
    report.files.sort();
    Ok(report)
}
