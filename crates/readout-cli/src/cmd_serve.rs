//! `readout serve`: the JSON API and the web dashboard over a store.

use anyhow::{Context, Result};
use clap::Args;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `readout serve`.
#[derive(Args, Debug)]
#[command(after_help = "\
Examples:\n  \
  readout serve --db events.db                      dashboard at http://127.0.0.1:8080/\n  \
  READOUT_TOKEN=s3cret readout serve --db events.db allow POST /api/documents with that bearer token\n\n\
The API is described at /api/openapi.json. Without a token the server is read-only.")]
pub struct ServeArgs {
    /// Store file (created empty if missing).
    #[arg(long, env = "READOUT_DB", default_value = "readout.db")]
    pub db: PathBuf,
    /// Address to listen on; loopback by default (use 0.0.0.0:8080 to listen on all interfaces).
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub addr: SocketAddr,
    /// Bearer token that allows ingest through POST /api/documents (read-only without it).
    #[arg(long, env = "READOUT_TOKEN", hide_env_values = true)]
    pub token: Option<String>,
    /// Largest request body accepted, in bytes (larger requests get 413).
    #[arg(long, default_value_t = readout_server::DEFAULT_MAX_BODY_BYTES)]
    pub max_body_bytes: usize,
    /// Extra knowledge-base files (TSV) for coding posted texts and KB look-ups.
    #[arg(long)]
    pub kb_extra: Vec<PathBuf>,
}

/// Runs the server until Ctrl-C.
pub fn run(args: ServeArgs) -> Result<ExitCode> {
    let config = readout_server::ServerConfig {
        db: args.db,
        addr: args.addr,
        token: args.token.filter(|t| !t.trim().is_empty()),
        max_body_bytes: args.max_body_bytes,
        kb_extra: args.kb_extra,
    };
    readout_server::serve_blocking(config).context("running the server")?;
    Ok(ExitCode::SUCCESS)
}
