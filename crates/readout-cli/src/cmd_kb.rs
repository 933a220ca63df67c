//! `readout kb`: look into the knowledge base — resolve a phrase, search entries, count, check data.

use anyhow::Context;
use clap::{Args, Subcommand};
use readout_kb::{KnowledgeBase, Severity};
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `readout kb`.
#[derive(Args, Debug)]
pub struct KbArgs {
    /// What to do.
    #[command(subcommand)]
    pub command: KbCommand,
    /// Extra knowledge-base files (same formats as data/kb) loaded after the built-in data; repeatable.
    #[arg(long = "kb-extra", global = true)]
    pub kb_extra: Vec<PathBuf>,
}

/// The `readout kb` subcommands.
#[derive(Subcommand, Debug)]
pub enum KbCommand {
    /// Resolve a phrase ("Kyrgyz Foreign Minister", "the US Secretary of State") to code, sector, person; exit 1 if nothing resolves.
    Resolve {
        /// The phrase to resolve.
        text: String,
        /// Date the phrase refers to (YYYY-MM-DD); office-holders are picked for that day.
        #[arg(long)]
        date: Option<chrono::NaiveDate>,
    },
    /// List entries whose name or alias contains the text (case and accents ignored).
    Search {
        /// Text to look for.
        text: String,
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Count entries per kind.
    Stats {
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Check the data: overlapping terms, unknown codes, duplicate aliases, bad dates; exit 1 on errors.
    Check {
        /// Print JSON instead of one line per problem.
        #[arg(long)]
        json: bool,
    },
}

/// Runs a `readout kb` subcommand.
pub fn run(args: KbArgs) -> anyhow::Result<ExitCode> {
    let kb = KnowledgeBase::with_extras(&args.kb_extra).context("loading the knowledge base")?;
    match args.command {
        KbCommand::Resolve { text, date } => resolve(&kb, &text, date),
        KbCommand::Search { text, json } => search(&kb, &text, json),
        KbCommand::Stats { json } => stats(&kb, json),
        KbCommand::Check { json } => check(&kb, json),
    }
}

fn resolve(
    kb: &KnowledgeBase,
    text: &str,
    date: Option<chrono::NaiveDate>,
) -> anyhow::Result<ExitCode> {
    let Some(m) = kb.resolve(text, date) else {
        eprintln!("nothing in the knowledge base matches {text:?}");
        return Ok(ExitCode::from(1));
    };
    let out = serde_json::json!({
        "text": m.text,
        "kind": m.kind,
        "code": m.code,
        "sector": m.sector,
        "person": m.name,
        "title": m.title,
        "office": m.office,
        "term": m.term.as_ref().map(|(start, end)| serde_json::json!({"start": start, "end": end})),
        "head": m.head,
        "date_fallback": m.date_fallback,
        "why": m.why,
    });
    println!("{}", serde_json::to_string_pretty(&out)?);
    Ok(ExitCode::SUCCESS)
}

fn search(kb: &KnowledgeBase, text: &str, json: bool) -> anyhow::Result<ExitCode> {
    let entries = kb.search(text);
    if json {
        println!("{}", serde_json::to_string_pretty(&entries)?);
        return Ok(ExitCode::SUCCESS);
    }
    if entries.is_empty() {
        eprintln!("no entries match {text:?}");
    }
    for e in &entries {
        println!(
            "{:<12} {:<8} {:<5} {}  [{}]",
            e.kind,
            e.code,
            e.sector.as_deref().unwrap_or("-"),
            e.name,
            e.source
        );
        if !e.aliases.is_empty() {
            println!("{:27}aliases: {}", "", e.aliases.join(" | "));
        }
        for d in &e.details {
            println!("{:27}{d}", "");
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn stats(kb: &KnowledgeBase, json: bool) -> anyhow::Result<ExitCode> {
    let s = kb.stats();
    if json {
        println!("{}", serde_json::to_string_pretty(&s)?);
        return Ok(ExitCode::SUCCESS);
    }
    for (kind, n) in [
        ("states", s.states),
        ("organisations", s.organisations),
        ("people", s.people),
        ("terms", s.terms),
        ("titles", s.titles),
        ("groups", s.groups),
        ("aliases", s.aliases),
    ] {
        println!("{kind:<14} {n:>7}");
    }
    println!("files:");
    for f in &s.files {
        println!("  {f}");
    }
    Ok(ExitCode::SUCCESS)
}

fn check(kb: &KnowledgeBase, json: bool) -> anyhow::Result<ExitCode> {
    let problems = kb.check();
    let errors = problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .count();
    if json {
        println!("{}", serde_json::to_string_pretty(&problems)?);
    } else {
        for p in &problems {
            let level = match p.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
            };
            println!("{level}: {}:{}: {}: {}", p.file, p.line, p.kind, p.message);
        }
        eprintln!("{errors} error(s), {} warning(s)", problems.len() - errors);
    }
    Ok(if errors > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
