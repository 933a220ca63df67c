//! `readout ingest | recode | query | timeline | network | stance | actors | export`:
//! the store subcommands, thin wrappers over `readout_store`.

use crate::pipeline::{self, PipelineOptions};
use anyhow::{bail, Context, Result};
use chrono::NaiveDate;
use readout_model::EventType;
use readout_store::{
    export, render, EventFilter, ExportFormat, IngestReport, Partition, Period, Store, StoredEvent,
    DEFAULT_DB,
};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// The store subcommands of the `readout` binary.
#[derive(clap::Subcommand, Debug)]
pub enum StoreCommand {
    /// Code documents (same inputs as `readout code`) and store them with their events.
    Ingest(IngestArgs),
    /// Re-code every stored document after the knowledge base or coder changed.
    Recode(RecodeArgs),
    /// List stored events matching filters (table, JSON lines or CSV).
    Query(QueryArgs),
    /// Event counts and scores per week, month or year, optionally drawn as an SVG chart.
    Timeline(TimelineArgs),
    /// Actor network (states/actors as nodes, dyads as weighted edges) for Gephi or networkx.
    Network(NetworkArgs),
    /// Who supported or opposed whom on an issue, with evidence sentences.
    Stance(StanceArgs),
    /// Most active actor codes and named people.
    Actors(ActorsArgs),
    /// Export events as JSONL, CSV, Parquet, GDELT 2.0 event table or POLECAT-style JSON.
    Export(ExportArgs),
}

/// Where the store lives.
#[derive(clap::Args, Debug, Clone)]
pub struct DbArg {
    /// SQLite database file (created on first ingest).
    #[arg(long, env = "READOUT_DB", default_value = DEFAULT_DB, value_name = "FILE")]
    pub db: PathBuf,
}

/// Filters shared by query, aggregates and export.
#[derive(clap::Args, Debug, Clone, Default)]
pub struct FilterArgs {
    /// Only events with this actor code (e.g. CHN, UN).
    #[arg(long, value_name = "CODE")]
    pub actor: Option<String>,
    /// Only events with this recipient code.
    #[arg(long, value_name = "CODE")]
    pub recipient: Option<String>,
    /// Only events between two codes, in either direction (e.g. CHN,TUR).
    #[arg(long, value_name = "A,B", value_parser = parse_dyad)]
    pub dyad: Option<(String, String)>,
    /// Only this PLOVER event type (e.g. CONSULT, ACCUSE).
    #[arg(long = "type", value_name = "TYPE", value_parser = parse_type)]
    pub event_type: Option<EventType>,
    /// Only events with this PLOVER mode (e.g. phone, visit).
    #[arg(long)]
    pub mode: Option<String>,
    /// Only events with this PLOVER context (e.g. health, territory).
    #[arg(long)]
    pub context: Option<String>,
    /// Only events about this issue (case-insensitive, e.g. Taiwan).
    #[arg(long)]
    pub issue: Option<String>,
    /// Events from this day on (YYYY-MM-DD; undated events use their document's date).
    #[arg(long, value_name = "DATE")]
    pub since: Option<NaiveDate>,
    /// Events up to this day (inclusive).
    #[arg(long, value_name = "DATE")]
    pub until: Option<NaiveDate>,
    /// Full-text search over document text (SQLite FTS5 syntax: words, "phrases", AND/OR/NOT, prefix*).
    #[arg(long, value_name = "FTS QUERY")]
    pub text: Option<String>,
    /// Include events flagged negated (excluded by default).
    #[arg(long)]
    pub include_negated: bool,
}

impl FilterArgs {
    fn to_filter(&self) -> EventFilter {
        EventFilter {
            actor: self.actor.clone(),
            recipient: self.recipient.clone(),
            dyad: self.dyad.clone(),
            event_type: self.event_type,
            mode: self.mode.clone(),
            context: self.context.clone(),
            issue: self.issue.clone(),
            since: self.since,
            until: self.until,
            text: self.text.clone(),
            include_negated: self.include_negated,
            limit: None,
            cursor: None,
        }
    }
}

fn parse_dyad(s: &str) -> Result<(String, String), String> {
    match s.split_once(',') {
        Some((a, b)) if !a.trim().is_empty() && !b.trim().is_empty() => {
            Ok((a.trim().to_uppercase(), b.trim().to_uppercase()))
        }
        _ => Err(format!(
            "expected two codes separated by a comma, e.g. CHN,TUR (got {s:?})"
        )),
    }
}

fn parse_type(s: &str) -> Result<EventType, String> {
    s.parse::<EventType>().map_err(|e| e.to_string())
}

/// `readout ingest`.
#[derive(clap::Args, Debug)]
pub struct IngestArgs {
    /// Input files or directories (txt, html, jsonl, warc), as for `readout code`.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    #[command(flatten)]
    pub db: DbArg,
    /// Publication date for documents that carry none (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    pub doc_date: Option<NaiveDate>,
    /// Extra knowledge-base files (office holders, actors) to load.
    #[arg(long = "kb", value_name = "FILE")]
    pub kb_extra: Vec<PathBuf>,
    /// Documents per transaction.
    #[arg(long, default_value_t = 200)]
    pub batch_size: usize,
    /// No progress output.
    #[arg(long, short)]
    pub quiet: bool,
}

/// `readout recode`.
#[derive(clap::Args, Debug)]
pub struct RecodeArgs {
    #[command(flatten)]
    pub db: DbArg,
    /// Extra knowledge-base files to load.
    #[arg(long = "kb", value_name = "FILE")]
    pub kb_extra: Vec<PathBuf>,
    /// Documents per transaction.
    #[arg(long, default_value_t = 200)]
    pub batch_size: usize,
    /// Print the report as JSON.
    #[arg(long)]
    pub json: bool,
}

/// `readout query`.
#[derive(clap::Args, Debug)]
pub struct QueryArgs {
    #[command(flatten)]
    pub db: DbArg,
    #[command(flatten)]
    pub filter: FilterArgs,
    /// Maximum events to show.
    #[arg(long, default_value_t = 50)]
    pub limit: usize,
    /// Continue after a previous page (the cursor printed under the table).
    #[arg(long)]
    pub cursor: Option<String>,
    /// JSON lines: one event record per line.
    #[arg(long, conflicts_with = "csv")]
    pub json: bool,
    /// CSV with a header row.
    #[arg(long)]
    pub csv: bool,
}

/// `readout timeline`.
#[derive(clap::Args, Debug)]
pub struct TimelineArgs {
    #[command(flatten)]
    pub db: DbArg,
    #[command(flatten)]
    pub filter: FilterArgs,
    /// Period: week, month or year.
    #[arg(long, default_value = "month", value_parser = parse_period)]
    pub by: Period,
    /// Also draw an SVG chart (stacked bars by quad class, mean-score line).
    #[arg(long, value_name = "OUT.svg")]
    pub plot: Option<PathBuf>,
    /// Print rows as JSON lines instead of a table.
    #[arg(long)]
    pub json: bool,
}

fn parse_period(s: &str) -> Result<Period, String> {
    s.parse::<Period>().map_err(|e| e.to_string())
}

/// Network file formats.
#[derive(clap::ValueEnum, Clone, Copy, Debug)]
pub enum NetworkFormat {
    /// GraphML (networkx, Gephi, yEd).
    Graphml,
    /// GEXF 1.3 (Gephi).
    Gexf,
    /// JSON {nodes, edges}.
    Json,
}

/// `readout network`.
#[derive(clap::Args, Debug)]
pub struct NetworkArgs {
    #[command(flatten)]
    pub db: DbArg,
    #[command(flatten)]
    pub filter: FilterArgs,
    /// Output format.
    #[arg(long, value_enum, default_value = "graphml")]
    pub format: NetworkFormat,
    /// Output file (default: stdout).
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
}

/// `readout stance`.
#[derive(clap::Args, Debug)]
pub struct StanceArgs {
    #[command(flatten)]
    pub db: DbArg,
    #[command(flatten)]
    pub filter: FilterArgs,
    /// Print rows as JSON lines instead of a table.
    #[arg(long)]
    pub json: bool,
}

/// `readout actors`.
#[derive(clap::Args, Debug)]
pub struct ActorsArgs {
    #[command(flatten)]
    pub db: DbArg,
    #[command(flatten)]
    pub filter: FilterArgs,
    /// How many codes and how many people to list.
    #[arg(long, default_value_t = 20)]
    pub top: usize,
    /// Print rows as JSON lines instead of tables.
    #[arg(long)]
    pub json: bool,
}

/// Export formats.
#[derive(clap::ValueEnum, Clone, Copy, Debug)]
pub enum ExportFormatArg {
    /// One JSON record per event and line.
    Jsonl,
    /// Flat CSV, lists joined by ';'.
    Csv,
    /// Typed Parquet (Date32 dates, List<Utf8> lists).
    Parquet,
    /// GDELT 2.0 event table: 61 tab-separated columns, one row per story.
    Gdelt,
    /// PLOVER/POLECAT-style JSON lines.
    Polecat,
}

/// Partitioning choices.
#[derive(clap::ValueEnum, Clone, Copy, Debug)]
pub enum PartitionArg {
    /// out/year=2021/part-0.<ext>
    Year,
    /// out/year=2021/month=03/part-0.<ext>
    Month,
}

/// `readout export`.
#[derive(clap::Args, Debug)]
pub struct ExportArgs {
    #[command(flatten)]
    pub db: DbArg,
    #[command(flatten)]
    pub filter: FilterArgs,
    /// Output format.
    #[arg(long, value_enum)]
    pub format: ExportFormatArg,
    /// Output file, or directory with --partition-by (default: stdout; Parquet: events.parquet).
    #[arg(long, value_name = "PATH")]
    pub out: Option<PathBuf>,
    /// Write a hive-style partitioned directory (readable by DuckDB, Spark, pandas/pyarrow).
    #[arg(long, value_enum)]
    pub partition_by: Option<PartitionArg>,
    /// Export at most this many events.
    #[arg(long)]
    pub limit: Option<usize>,
}

/// Runs one store subcommand.
pub fn run(cmd: StoreCommand) -> Result<ExitCode> {
    match cmd {
        StoreCommand::Ingest(a) => ingest(a),
        StoreCommand::Recode(a) => recode(a),
        StoreCommand::Query(a) => query(a),
        StoreCommand::Timeline(a) => timeline(a),
        StoreCommand::Network(a) => network(a),
        StoreCommand::Stance(a) => stance(a),
        StoreCommand::Actors(a) => actors(a),
        StoreCommand::Export(a) => export_cmd(a),
    }
}

fn open_rw(db: &Path) -> Result<Store> {
    Store::open(db).with_context(|| format!("opening store {}", db.display()))
}

fn open_ro(db: &Path) -> Result<Store> {
    Store::open_read_only(db).with_context(|| format!("opening store {}", db.display()))
}

fn ingest(a: IngestArgs) -> Result<ExitCode> {
    let mut store = open_rw(&a.db.db)?;
    let opts = PipelineOptions {
        paths: a.paths.clone(),
        doc_date: a.doc_date,
        kb_extra: a.kb_extra.clone(),
        progress: !a.quiet,
        ..PipelineOptions::default()
    };
    let batch_size = a.batch_size.max(1);
    let mut batch = Vec::with_capacity(batch_size);
    let mut total = IngestReport::default();
    let summary = pipeline::code_inputs(&opts, |coded| {
        batch.push((coded.doc, coded.events));
        if batch.len() >= batch_size {
            total.absorb(&store.ingest(&batch)?);
            batch.clear();
        }
        Ok(())
    })?;
    if !batch.is_empty() {
        total.absorb(&store.ingest(&batch)?);
    }
    summary.print();
    eprintln!(
        "store {}: {} documents added, {} replaced, {} unchanged; {} events added, {} removed",
        a.db.db.display(),
        total.documents_added,
        total.documents_replaced,
        total.documents_unchanged,
        total.events_added,
        total.events_removed
    );
    Ok(if summary.failures.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

fn recode(a: RecodeArgs) -> Result<ExitCode> {
    let mut store = open_rw(&a.db.db)?;
    let coder = pipeline::load_coder(&a.kb_extra, &[])?;
    let report = store.recode(&|doc| pipeline::recode_document(&coder, doc), a.batch_size)?;
    if a.json {
        println!("{}", serde_json::to_string_pretty(&report)?);
    } else {
        let rows: Vec<Vec<String>> = report
            .per_document
            .iter()
            .map(|c| {
                vec![
                    c.doc_id.clone(),
                    c.added.to_string(),
                    c.removed.to_string(),
                    c.changed.to_string(),
                ]
            })
            .collect();
        if !rows.is_empty() {
            print!(
                "{}",
                render::table(
                    &["document", "added", "removed", "changed"],
                    &rows,
                    render::terminal_width()
                )
            );
        }
        println!(
            "{} documents re-coded, {} changed: {} events added, {} removed, {} changed",
            report.documents,
            report.documents_changed,
            report.added,
            report.removed,
            report.changed
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// Short date cell: the event date, or the document date marked `*` when the event had none.
fn date_cell(e: &StoredEvent) -> String {
    match (&e.event.date, e.date_start) {
        (Some(d), _) => d.to_string(),
        (None, Some(d)) if e.date_from_document => format!("{d}*"),
        _ => "-".into(),
    }
}

fn codes(side: &[readout_model::Actor]) -> String {
    let mut v: Vec<&str> = side.iter().map(|a| a.code.as_str()).collect();
    v.dedup();
    v.join("+")
}

fn query(a: QueryArgs) -> Result<ExitCode> {
    let store = open_ro(&a.db.db)?;
    let mut f = a.filter.to_filter();
    f.limit = Some(a.limit);
    f.cursor = a.cursor.clone();
    if a.json || a.csv {
        let format = if a.json {
            ExportFormat::Jsonl
        } else {
            ExportFormat::Csv
        };
        if a.cursor.is_some() {
            // Exports stream everything in order; honour the cursor by paging instead.
            let page = store.query(&f)?;
            let mut out = std::io::stdout().lock();
            for e in &page.items {
                serde_json::to_writer(&mut out, e)?;
                writeln!(out)?;
            }
            return Ok(ExitCode::SUCCESS);
        }
        match export(&store, &f, format, None, None) {
            Err(readout_store::StoreError::Io { source, .. })
                if source.kind() == std::io::ErrorKind::BrokenPipe => {}
            other => {
                other?;
            }
        }
        return Ok(ExitCode::SUCCESS);
    }
    let page = store.query(&f)?;
    let rows: Vec<Vec<String>> = page
        .items
        .iter()
        .map(|e| {
            let ev = &e.event;
            vec![
                date_cell(e),
                ev.event_type.name().to_string(),
                ev.mode.join(","),
                codes(&ev.actor),
                codes(&ev.recipient),
                format!("{:+.1}", ev.score),
                format!("{}/{}", e.story_documents, e.story_sources),
                ev.id.clone(),
                if ev.aux.is_some() {
                    format!(
                        "[{}] {}",
                        ev.aux.map(|x| x.as_str()).unwrap_or(""),
                        ev.sentence
                    )
                } else {
                    ev.sentence.clone()
                },
            ]
        })
        .collect();
    print!(
        "{}",
        render::table(
            &[
                "date",
                "type",
                "mode",
                "actor",
                "recipient",
                "score",
                "docs/src",
                "id",
                "sentence"
            ],
            &rows,
            render::terminal_width()
        )
    );
    eprintln!(
        "{} events{}",
        rows.len(),
        if page.items.iter().any(|e| e.date_from_document) {
            " (* = document date)"
        } else {
            ""
        }
    );
    if let Some(c) = page.next_cursor {
        eprintln!("more: --cursor {c}");
    }
    Ok(ExitCode::SUCCESS)
}

fn timeline(a: TimelineArgs) -> Result<ExitCode> {
    let store = open_ro(&a.db.db)?;
    let f = a.filter.to_filter();
    let rows = store.timeline(&f, a.by)?;
    if let Some(path) = &a.plot {
        let title = match (&f.dyad, &f.actor) {
            (Some((x, y)), _) => format!("{x}–{y} events per {}", a.by),
            (None, Some(x)) => format!("{x} events per {}", a.by),
            _ => format!("events per {}", a.by),
        };
        std::fs::write(path, readout_store::plot::timeline_svg(&rows, &title))
            .with_context(|| format!("writing {}", path.display()))?;
        eprintln!("chart written to {}", path.display());
    }
    if a.json {
        let mut out = std::io::stdout().lock();
        for r in &rows {
            serde_json::to_writer(&mut out, r)?;
            writeln!(out)?;
        }
        return Ok(ExitCode::SUCCESS);
    }
    let quads = [
        "verbal_cooperation",
        "material_cooperation",
        "verbal_conflict",
        "material_conflict",
    ];
    let table_rows: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            let mut v = vec![r.period.clone(), r.events.to_string()];
            v.extend(
                quads
                    .iter()
                    .map(|q| r.counts_by_quad.get(*q).copied().unwrap_or(0).to_string()),
            );
            v.push(format!("{:.1}", r.score_sum));
            v.push(if r.events > 0 {
                format!("{:+.2}", r.score_mean)
            } else {
                "-".into()
            });
            let mut types: Vec<(&String, &u64)> = r.counts_by_type.iter().collect();
            types.sort_by(|x, y| y.1.cmp(x.1));
            v.push(
                types
                    .iter()
                    .map(|(t, n)| format!("{t} {n}"))
                    .collect::<Vec<_>>()
                    .join(", "),
            );
            v
        })
        .collect();
    print!(
        "{}",
        render::table(
            &[
                "period",
                "events",
                "verb.coop",
                "mat.coop",
                "verb.confl",
                "mat.confl",
                "score sum",
                "mean",
                "types"
            ],
            &table_rows,
            render::terminal_width()
        )
    );
    Ok(ExitCode::SUCCESS)
}

fn network(a: NetworkArgs) -> Result<ExitCode> {
    let store = open_ro(&a.db.db)?;
    let net = store.network(&a.filter.to_filter())?;
    let text = match a.format {
        NetworkFormat::Graphml => net.to_graphml(),
        NetworkFormat::Gexf => net.to_gexf(),
        NetworkFormat::Json => serde_json::to_string_pretty(&net)? + "\n",
    };
    match &a.out {
        Some(p) => {
            std::fs::write(p, text).with_context(|| format!("writing {}", p.display()))?;
            eprintln!(
                "{} nodes, {} edges written to {}",
                net.nodes.len(),
                net.edges.len(),
                p.display()
            );
        }
        None => std::io::stdout().lock().write_all(text.as_bytes())?,
    }
    Ok(ExitCode::SUCCESS)
}

fn stance(a: StanceArgs) -> Result<ExitCode> {
    let Some(issue) = a.filter.issue.clone() else {
        bail!("stance needs --issue (e.g. --issue Taiwan)")
    };
    let store = open_ro(&a.db.db)?;
    let mut f = a.filter.to_filter();
    f.issue = None;
    let rows = store.stance(&issue, &f)?;
    if a.json {
        let mut out = std::io::stdout().lock();
        for r in &rows {
            serde_json::to_writer(&mut out, r)?;
            writeln!(out)?;
        }
        return Ok(ExitCode::SUCCESS);
    }
    if rows.is_empty() {
        eprintln!("no SUPPORT/AGREE or ACCUSE/REJECT/REQUEST events about {issue:?}");
        return Ok(ExitCode::SUCCESS);
    }
    let table_rows: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            vec![
                r.actor.clone(),
                r.stance.clone(),
                if r.target.is_empty() {
                    "-".into()
                } else {
                    r.target.clone()
                },
                r.count.to_string(),
                r.event_types
                    .iter()
                    .map(|(t, n)| format!("{t} {n}"))
                    .collect::<Vec<_>>()
                    .join(", "),
                r.evidence.first().cloned().unwrap_or_default(),
            ]
        })
        .collect();
    print!(
        "{}",
        render::table(
            &["actor", "stance", "towards", "events", "types", "evidence"],
            &table_rows,
            render::terminal_width()
        )
    );
    Ok(ExitCode::SUCCESS)
}

fn actors(a: ActorsArgs) -> Result<ExitCode> {
    let store = open_ro(&a.db.db)?;
    let rows = store.actors(&a.filter.to_filter(), a.top)?;
    if a.json {
        let mut out = std::io::stdout().lock();
        for r in &rows {
            serde_json::to_writer(&mut out, r)?;
            writeln!(out)?;
        }
        return Ok(ExitCode::SUCCESS);
    }
    for (kind, title) in [("code", "actor codes"), ("person", "people")] {
        let table_rows: Vec<Vec<String>> = rows
            .iter()
            .filter(|r| r.kind == kind)
            .map(|r| {
                vec![
                    r.name.clone(),
                    r.code.clone(),
                    r.events.to_string(),
                    r.as_actor.to_string(),
                    r.as_recipient.to_string(),
                ]
            })
            .collect();
        println!("{title}:");
        print!(
            "{}",
            render::table(
                &["name", "code", "events", "as actor", "as recipient"],
                &table_rows,
                render::terminal_width()
            )
        );
        println!();
    }
    Ok(ExitCode::SUCCESS)
}

fn export_cmd(a: ExportArgs) -> Result<ExitCode> {
    let store = open_ro(&a.db.db)?;
    let mut f = a.filter.to_filter();
    f.limit = a.limit;
    let format = match a.format {
        ExportFormatArg::Jsonl => ExportFormat::Jsonl,
        ExportFormatArg::Csv => ExportFormat::Csv,
        ExportFormatArg::Parquet => ExportFormat::Parquet,
        ExportFormatArg::Gdelt => ExportFormat::Gdelt,
        ExportFormatArg::Polecat => ExportFormat::Polecat,
    };
    let partition = a.partition_by.map(|p| match p {
        PartitionArg::Year => Partition::Year,
        PartitionArg::Month => Partition::Month,
    });
    let out = match (&a.out, format, partition) {
        (Some(p), _, _) => Some(p.clone()),
        (None, ExportFormat::Parquet, None) => Some(PathBuf::from("events.parquet")),
        (None, _, Some(_)) => bail!("--partition-by writes a directory: give it with --out DIR"),
        (None, _, None) => None,
    };
    let report = match export(&store, &f, format, out.as_deref(), partition) {
        Ok(r) => r,
        // `readout export … | head` closes the pipe early: that is not a failure.
        Err(readout_store::StoreError::Io { source, .. })
            if source.kind() == std::io::ErrorKind::BrokenPipe =>
        {
            return Ok(ExitCode::SUCCESS)
        }
        Err(e) => return Err(e.into()),
    };
    if let Some(p) = &out {
        eprintln!(
            "{} rows exported as {} to {} ({} files)",
            report.rows,
            report.format,
            p.display(),
            report.files.len()
        );
    }
    Ok(ExitCode::SUCCESS)
}
