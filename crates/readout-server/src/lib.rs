//! readout's HTTP server: a JSON API over the event store (documented by an OpenAPI 3 document at
//! `/api/openapi.json`) and an embedded, dependency-free web dashboard at `/`.
//!
//! [`router`] builds the whole application for tests; [`serve`] binds and runs it.

mod analyzer;
mod api;
mod assets;
mod cache;
mod error;
mod highlight;
mod params;
mod state;

pub use analyzer::{Analyzer, ReadoutAnalyzer, TextInput};
pub use api::ROUTES;
pub use error::ApiError;
pub use highlight::{highlight, Highlight, Mark};
pub use state::{AppState, StateOptions};

use anyhow::Context;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;

/// Default request body limit: 10 MB.
pub const DEFAULT_MAX_BODY_BYTES: usize = 10 * 1024 * 1024;

/// Everything `readout serve` needs to start.
#[derive(Debug, Clone)]
pub struct ServerConfig {
    /// SQLite store file (created empty if missing).
    pub db: PathBuf,
    /// Address to bind; loopback by default.
    pub addr: SocketAddr,
    /// Bearer token allowing `POST /api/documents`; `None` = read-only server.
    pub token: Option<String>,
    /// Largest request body accepted, in bytes.
    pub max_body_bytes: usize,
    /// Extra knowledge-base files for coding and look-ups.
    pub kb_extra: Vec<PathBuf>,
}

/// Builds the application (API, dashboard, limits, panic guard) on `state`.
pub fn router(state: AppState) -> axum::Router {
    api::router(state)
}

/// Loads the pipeline, opens the store, binds `config.addr` and serves until Ctrl-C.
pub async fn serve(config: ServerConfig) -> anyhow::Result<()> {
    let kb_extra = config.kb_extra.clone();
    let analyzer = tokio::task::spawn_blocking(move || ReadoutAnalyzer::load(&kb_extra))
        .await
        .context("loading the coder")??;
    let readers = std::thread::available_parallelism()
        .map_or(4, |n| n.get() * 2)
        .max(4);
    let state = AppState::new(
        &config.db,
        Arc::new(analyzer),
        StateOptions {
            token: config.token.clone(),
            max_body_bytes: config.max_body_bytes,
            readers,
            ..StateOptions::default()
        },
    )
    .with_context(|| format!("opening the store {}", config.db.display()))?;
    let listener = tokio::net::TcpListener::bind(config.addr)
        .await
        .with_context(|| format!("binding {}", config.addr))?;
    let local = listener.local_addr().context("reading the bound address")?;
    if !local.ip().is_loopback() {
        eprintln!(
            "readout serve: warning: listening on {local}, reachable from other machines; \
             the API has no TLS{}",
            if config.token.is_some() {
                " and the ingest token travels in clear text"
            } else {
                ""
            }
        );
    }
    eprintln!(
        "readout serve: http://{local}/  (store {}, {})",
        config.db.display(),
        if state.token().is_some() {
            "ingest allowed with the bearer token"
        } else {
            "read-only"
        }
    );
    axum::serve(listener, router(state))
        .with_graceful_shutdown(shutdown_signal())
        .await
        .context("serving HTTP")
}

/// Resolves on Ctrl-C or (on Unix) SIGTERM, so in-flight requests finish before exit.
async fn shutdown_signal() {
    let ctrl_c = async {
        // If the handler cannot be installed, wait for the other signal (or forever).
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {}
        _ = term => {}
    }
    eprintln!("readout serve: shutting down");
}

/// [`serve`] on a new multi-threaded tokio runtime, for the synchronous CLI.
pub fn serve_blocking(config: ServerConfig) -> anyhow::Result<()> {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("starting the async runtime")?
        .block_on(serve(config))
}
