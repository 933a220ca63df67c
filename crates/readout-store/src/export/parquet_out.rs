//! Parquet export with typed columns: Date32 dates, List<Utf8> lists, Float64 score.

use super::{ExportRow, RowSink};
use crate::util::day_number;
use crate::StoreError;
use arrow_array::builder::{
    BooleanBuilder, Date32Builder, Float64Builder, Int64Builder, ListBuilder, StringBuilder,
    UInt32Builder,
};
use arrow_array::{ArrayRef, RecordBatch};
use arrow_schema::{DataType, Field, Schema, SchemaRef};
use parquet::arrow::ArrowWriter;
use parquet::basic::{Compression, ZstdLevel};
use parquet::file::properties::WriterProperties;
use readout_model::Actor;
use std::fs::File;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Rows per record batch / row group chunk.
const BATCH_ROWS: usize = 65_536;

fn list(name: &str) -> Field {
    Field::new(
        name,
        DataType::List(Arc::new(Field::new_list_field(DataType::Utf8, true))),
        false,
    )
}

/// The Parquet schema of an event export (partition columns are in the directory names, not here).
pub fn export_schema() -> SchemaRef {
    Arc::new(Schema::new(vec![
        Field::new("id", DataType::Utf8, false),
        Field::new("doc_id", DataType::Utf8, false),
        Field::new("event_type", DataType::Utf8, false),
        list("mode"),
        list("context"),
        list("issues"),
        list("actor_codes"),
        list("actor_names"),
        list("actor_sectors"),
        list("recipient_codes"),
        list("recipient_names"),
        list("recipient_sectors"),
        Field::new("date", DataType::Utf8, true),
        Field::new("date_start", DataType::Date32, true),
        Field::new("date_end", DataType::Date32, true),
        Field::new("date_from_document", DataType::Boolean, false),
        Field::new("aux", DataType::Utf8, true),
        Field::new("negated", DataType::Boolean, false),
        Field::new("initiator", DataType::Utf8, true),
        Field::new("location", DataType::Utf8, true),
        Field::new("score", DataType::Float64, false),
        Field::new("quad", DataType::Utf8, false),
        Field::new("cameo", DataType::Utf8, false),
        Field::new("sentence", DataType::Utf8, false),
        Field::new("sentence_index", DataType::Int64, false),
        Field::new("trigger", DataType::Utf8, false),
        Field::new("span_start", DataType::Int64, false),
        Field::new("span_end", DataType::Int64, false),
        Field::new("story_id", DataType::Int64, false),
        Field::new("story_mentions", DataType::UInt32, false),
        Field::new("story_documents", DataType::UInt32, false),
        Field::new("story_sources", DataType::UInt32, false),
        Field::new("doc_title", DataType::Utf8, true),
        Field::new("doc_url", DataType::Utf8, true),
        Field::new("doc_date", DataType::Date32, true),
        Field::new("source", DataType::Utf8, false),
    ]))
}

/// Column builders for one record batch.
struct Builders {
    id: StringBuilder,
    doc_id: StringBuilder,
    event_type: StringBuilder,
    lists: [ListBuilder<StringBuilder>; 9],
    date: StringBuilder,
    date_start: Date32Builder,
    date_end: Date32Builder,
    date_from_document: BooleanBuilder,
    aux: StringBuilder,
    negated: BooleanBuilder,
    initiator: StringBuilder,
    location: StringBuilder,
    score: Float64Builder,
    quad: StringBuilder,
    cameo: StringBuilder,
    sentence: StringBuilder,
    sentence_index: Int64Builder,
    trigger: StringBuilder,
    span_start: Int64Builder,
    span_end: Int64Builder,
    story_id: Int64Builder,
    story_mentions: UInt32Builder,
    story_documents: UInt32Builder,
    story_sources: UInt32Builder,
    doc_title: StringBuilder,
    doc_url: StringBuilder,
    doc_date: Date32Builder,
    source: StringBuilder,
    rows: usize,
}

impl Builders {
    fn new() -> Self {
        Builders {
            id: StringBuilder::new(),
            doc_id: StringBuilder::new(),
            event_type: StringBuilder::new(),
            lists: std::array::from_fn(|_| ListBuilder::new(StringBuilder::new())),
            date: StringBuilder::new(),
            date_start: Date32Builder::new(),
            date_end: Date32Builder::new(),
            date_from_document: BooleanBuilder::new(),
            aux: StringBuilder::new(),
            negated: BooleanBuilder::new(),
            initiator: StringBuilder::new(),
            location: StringBuilder::new(),
            score: Float64Builder::new(),
            quad: StringBuilder::new(),
            cameo: StringBuilder::new(),
            sentence: StringBuilder::new(),
            sentence_index: Int64Builder::new(),
            trigger: StringBuilder::new(),
            span_start: Int64Builder::new(),
            span_end: Int64Builder::new(),
            story_id: Int64Builder::new(),
            story_mentions: UInt32Builder::new(),
            story_documents: UInt32Builder::new(),
            story_sources: UInt32Builder::new(),
            doc_title: StringBuilder::new(),
            doc_url: StringBuilder::new(),
            doc_date: Date32Builder::new(),
            source: StringBuilder::new(),
            rows: 0,
        }
    }

    fn push(&mut self, row: &ExportRow) {
        let s = &row.ev.stored;
        let e = &s.event;
        self.id.append_value(&e.id);
        self.doc_id.append_value(&e.doc_id);
        self.event_type.append_value(e.event_type.name());
        let side = |v: &[Actor], f: fn(&Actor) -> Option<&str>| -> Vec<Option<String>> {
            v.iter().map(|a| f(a).map(str::to_string)).collect()
        };
        let values: [Vec<Option<String>>; 9] = [
            e.mode.iter().cloned().map(Some).collect(),
            e.context.iter().cloned().map(Some).collect(),
            e.issues.iter().cloned().map(Some).collect(),
            side(&e.actor, |a| Some(a.code.as_str())),
            side(&e.actor, |a| a.name.as_deref()),
            side(&e.actor, |a| a.sector.as_deref()),
            side(&e.recipient, |a| Some(a.code.as_str())),
            side(&e.recipient, |a| a.name.as_deref()),
            side(&e.recipient, |a| a.sector.as_deref()),
        ];
        for (b, vals) in self.lists.iter_mut().zip(values) {
            b.append_value(vals);
        }
        self.date.append_option(e.date.map(|d| d.to_string()));
        let d32 = |d: Option<chrono::NaiveDate>| d.map(|d| day_number(d) as i32);
        self.date_start.append_option(d32(s.date_start));
        self.date_end.append_option(d32(s.date_end));
        self.date_from_document.append_value(s.date_from_document);
        self.aux.append_option(e.aux.map(|a| a.as_str()));
        self.negated
            .append_value(e.aux == Some(readout_model::Aux::Negated));
        self.initiator.append_option(e.initiator.as_deref());
        self.location.append_option(e.location.as_deref());
        self.score.append_value(e.score);
        self.quad.append_value(e.quad.name());
        self.cameo.append_value(&e.cameo);
        self.sentence.append_value(&e.sentence);
        self.sentence_index.append_value(e.sentence_index as i64);
        self.trigger.append_value(&e.trigger);
        self.span_start.append_value(e.span.0 as i64);
        self.span_end.append_value(e.span.1 as i64);
        self.story_id.append_value(s.story_id);
        self.story_mentions.append_value(s.story_mentions);
        self.story_documents.append_value(s.story_documents);
        self.story_sources.append_value(s.story_sources);
        self.doc_title.append_option(s.doc_title.as_deref());
        self.doc_url.append_option(s.doc_url.as_deref());
        self.doc_date.append_option(d32(s.doc_date));
        self.source.append_value(&row.source);
        self.rows += 1;
    }

    fn finish(&mut self, schema: &SchemaRef) -> Result<RecordBatch, StoreError> {
        let [l0, l1, l2, l3, l4, l5, l6, l7, l8] = &mut self.lists;
        let cols: Vec<ArrayRef> = vec![
            Arc::new(self.id.finish()),
            Arc::new(self.doc_id.finish()),
            Arc::new(self.event_type.finish()),
            Arc::new(l0.finish()),
            Arc::new(l1.finish()),
            Arc::new(l2.finish()),
            Arc::new(l3.finish()),
            Arc::new(l4.finish()),
            Arc::new(l5.finish()),
            Arc::new(l6.finish()),
            Arc::new(l7.finish()),
            Arc::new(l8.finish()),
            Arc::new(self.date.finish()),
            Arc::new(self.date_start.finish()),
            Arc::new(self.date_end.finish()),
            Arc::new(self.date_from_document.finish()),
            Arc::new(self.aux.finish()),
            Arc::new(self.negated.finish()),
            Arc::new(self.initiator.finish()),
            Arc::new(self.location.finish()),
            Arc::new(self.score.finish()),
            Arc::new(self.quad.finish()),
            Arc::new(self.cameo.finish()),
            Arc::new(self.sentence.finish()),
            Arc::new(self.sentence_index.finish()),
            Arc::new(self.trigger.finish()),
            Arc::new(self.span_start.finish()),
            Arc::new(self.span_end.finish()),
            Arc::new(self.story_id.finish()),
            Arc::new(self.story_mentions.finish()),
            Arc::new(self.story_documents.finish()),
            Arc::new(self.story_sources.finish()),
            Arc::new(self.doc_title.finish()),
            Arc::new(self.doc_url.finish()),
            Arc::new(self.doc_date.finish()),
            Arc::new(self.source.finish()),
        ];
        self.rows = 0;
        RecordBatch::try_new(schema.clone(), cols).map_err(|e| StoreError::Parquet(e.to_string()))
    }
}

/// Writes rows into one Parquet file, a record batch at a time.
pub(crate) struct ParquetSink {
    writer: ArrowWriter<File>,
    builders: Builders,
    schema: SchemaRef,
    path: PathBuf,
}

impl ParquetSink {
    /// Creates the file (and its parent directories).
    pub fn create(path: &Path) -> Result<Self, StoreError> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|source| StoreError::Io {
                path: dir.to_path_buf(),
                source,
            })?;
        }
        let file = File::create(path).map_err(|source| StoreError::Io {
            path: path.to_path_buf(),
            source,
        })?;
        let level = ZstdLevel::try_new(1).map_err(|e| StoreError::Parquet(e.to_string()))?;
        let props = WriterProperties::builder()
            .set_compression(Compression::ZSTD(level))
            .build();
        let schema = export_schema();
        let writer = ArrowWriter::try_new(file, schema.clone(), Some(props))
            .map_err(|e| StoreError::Parquet(e.to_string()))?;
        Ok(ParquetSink {
            writer,
            builders: Builders::new(),
            schema,
            path: path.to_path_buf(),
        })
    }

    fn flush(&mut self) -> Result<(), StoreError> {
        if self.builders.rows == 0 {
            return Ok(());
        }
        let batch = self.builders.finish(&self.schema)?;
        self.writer
            .write(&batch)
            .map_err(|e| StoreError::Parquet(format!("{}: {e}", self.path.display())))
    }
}

impl RowSink for ParquetSink {
    fn write(&mut self, row: &ExportRow) -> Result<(), StoreError> {
        self.builders.push(row);
        if self.builders.rows >= BATCH_ROWS {
            self.flush()?;
        }
        Ok(())
    }

    fn flush_buffer(&mut self) -> Result<(), StoreError> {
        self.flush()
    }

    fn finish(mut self: Box<Self>) -> Result<(), StoreError> {
        self.flush()?;
        self.writer
            .close()
            .map_err(|e| StoreError::Parquet(format!("{}: {e}", self.path.display())))?;
        Ok(())
    }
}
