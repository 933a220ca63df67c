//! Bounded load test of `GET /api/events?dyad=…` over loopback.
//!
//! ```text
//! cargo run --release -p readout-store --example synth -- --events 1000000 --db /tmp/synth1m.db
//! cargo run --release -p readout-server --example loadtest -- --db /tmp/synth1m.db
//! cargo run --release -p readout-server --example loadtest -- --addr 127.0.0.1:8080   # a running `readout serve`
//! ```
//!
//! With `--db` the server runs in this process (its own runtime) on a loopback port; with `--addr`
//! an already running server is used, and the address must be loopback. The test stops after
//! `--requests` requests or `--seconds` seconds, whichever comes first (both capped), after a
//! warm-up. Client and server share the machine's cores.
//!
//! The queries are varied so that no layer can answer from memory what it answered before:
//! the `--dyads` busiest edges of the store (from `/api/network`), each asked for its first page,
//! for a page from a pseudo-random month on (`since=`), and for its second and third pages (with
//! the cursors of the pages before, collected during set-up); the resulting paths are shuffled.
//! The in-process server's answer cache is off unless `--cache-entries N` is given, so the
//! default run measures real store queries.

use anyhow::{bail, Context, Result};
use readout_server::{router, AppState, StateOptions};
use readout_store::synth::Rng;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// Hard caps so a typo cannot turn the load test into a long-running flood.
const MAX_REQUESTS: usize = 2_000_000;
const MAX_SECONDS: u64 = 300;
const MAX_CONCURRENCY: usize = 512;
const MAX_DYADS: usize = 5_000;

struct Args {
    db: Option<PathBuf>,
    addr: Option<SocketAddr>,
    requests: usize,
    seconds: u64,
    concurrency: usize,
    warmup: usize,
    limit: Option<usize>,
    server_threads: usize,
    cache_entries: usize,
    dyads: usize,
}

fn parse_args() -> Result<Args> {
    let mut a = Args {
        db: None,
        addr: None,
        requests: 60_000,
        seconds: 30,
        concurrency: 32,
        warmup: 2_000,
        limit: None,
        server_threads: 2,
        cache_entries: 0,
        dyads: 1000,
    };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let mut value = || it.next().with_context(|| format!("{flag} needs a value"));
        match flag.as_str() {
            "--db" => a.db = Some(value()?.into()),
            "--addr" => a.addr = Some(value()?.parse().context("--addr must be IP:PORT")?),
            "--requests" => a.requests = value()?.parse()?,
            "--seconds" => a.seconds = value()?.parse()?,
            "--concurrency" => a.concurrency = value()?.parse()?,
            "--warmup" => a.warmup = value()?.parse()?,
            "--limit" => a.limit = Some(value()?.parse()?),
            "--server-threads" => a.server_threads = value()?.parse()?,
            "--cache-entries" => a.cache_entries = value()?.parse()?,
            "--dyads" => a.dyads = value()?.parse()?,
            other => bail!(
                "unknown argument {other}; use --db FILE | --addr 127.0.0.1:PORT, \
                 [--requests N] [--seconds S] [--concurrency C] [--warmup N] [--limit L] [--server-threads T] [--cache-entries N] [--dyads N]"
            ),
        }
    }
    if a.db.is_none() == a.addr.is_none() {
        bail!("give exactly one of --db FILE (in-process server) or --addr 127.0.0.1:PORT");
    }
    if let Some(addr) = a.addr {
        if !addr.ip().is_loopback() {
            bail!("--addr must be a loopback address; this tool does not load other machines");
        }
    }
    a.requests = a.requests.clamp(1, MAX_REQUESTS);
    a.seconds = a.seconds.clamp(1, MAX_SECONDS);
    a.concurrency = a.concurrency.clamp(1, MAX_CONCURRENCY);
    a.dyads = a.dyads.clamp(1, MAX_DYADS);
    Ok(a)
}

/// A keep-alive HTTP/1.1 connection that reads Content-Length-framed responses.
struct Conn {
    stream: TcpStream,
    buf: Vec<u8>,
}

impl Conn {
    async fn open(addr: SocketAddr) -> Result<Conn> {
        let stream = TcpStream::connect(addr).await.context("connecting")?;
        stream.set_nodelay(true)?;
        Ok(Conn {
            stream,
            buf: Vec::with_capacity(256 * 1024),
        })
    }

    /// Sends a GET and returns (status, body length).
    async fn get(&mut self, path: &str) -> Result<(u16, usize)> {
        let req = format!("GET {path} HTTP/1.1\r\nHost: loadtest\r\n\r\n");
        self.stream.write_all(req.as_bytes()).await?;
        self.buf.clear();
        let header_end = loop {
            if let Some(i) = find(&self.buf, b"\r\n\r\n") {
                break i + 4;
            }
            self.read_more().await?;
        };
        let head = std::str::from_utf8(&self.buf[..header_end]).context("response head")?;
        let status: u16 = head
            .get(9..12)
            .and_then(|s| s.parse().ok())
            .context("status line")?;
        let length: usize = head
            .lines()
            .find_map(|l| {
                let (k, v) = l.split_once(':')?;
                k.eq_ignore_ascii_case("content-length")
                    .then(|| v.trim().parse().ok())?
            })
            .context("response without Content-Length")?;
        while self.buf.len() < header_end + length {
            self.read_more().await?;
        }
        if self.buf.len() != header_end + length {
            bail!("unexpected bytes after the response body");
        }
        Ok((status, length))
    }

    /// Sends a GET that must answer 200 and returns its body.
    async fn body(&mut self, path: &str) -> Result<&[u8]> {
        let (status, length) = self.get(path).await?;
        if status != 200 {
            bail!("GET {path} answered {status}");
        }
        Ok(&self.buf[self.buf.len() - length..])
    }

    async fn read_more(&mut self) -> Result<()> {
        let mut chunk = [0u8; 64 * 1024];
        let n = self.stream.read(&mut chunk).await?;
        if n == 0 {
            bail!("connection closed");
        }
        self.buf.extend_from_slice(&chunk[..n]);
        Ok(())
    }
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// The `n` busiest dyads of the store, as `A,B` strings.
async fn dyads(addr: SocketAddr, n: usize) -> Result<Vec<String>> {
    let mut conn = Conn::open(addr).await?;
    let net: serde_json::Value = serde_json::from_slice(conn.body("/api/network").await?)?;
    let mut edges: Vec<(u64, String)> = net["edges"]
        .as_array()
        .context("network edges")?
        .iter()
        .filter_map(|e| {
            Some((
                e["events"].as_u64()?,
                format!("{},{}", e["source"].as_str()?, e["target"].as_str()?),
            ))
        })
        .collect();
    edges.sort_by_key(|e| std::cmp::Reverse(e.0));
    let out: Vec<String> = edges.into_iter().take(n).map(|(_, d)| d).collect();
    if out.is_empty() {
        bail!("the store has no dyads; seed it first");
    }
    Ok(out)
}

/// The request paths: per dyad its first page, a page from a random month on, and the second
/// and third pages (following the cursors the server hands out); shuffled.
async fn request_paths(addr: SocketAddr, dyads: &[String], limit: &str) -> Result<Vec<String>> {
    // deterministic, so runs ask the same questions
    let mut rng = Rng::new(0x5eed);
    let mut conn = Conn::open(addr).await?;
    let mut paths = Vec::with_capacity(dyads.len() * 4);
    for d in dyads {
        let first = format!("/api/events?dyad={d}{limit}");
        let mut cursor = next_cursor(conn.body(&first).await?)?;
        paths.push(first);
        let (year, month) = (2015 + rng.below(11), 1 + rng.below(12));
        paths.push(format!(
            "/api/events?dyad={d}&since={year}-{month:02}-01{limit}"
        ));
        for _ in 0..2 {
            let Some(c) = cursor.take() else { break };
            let path = format!("/api/events?dyad={d}&cursor={c}{limit}");
            cursor = next_cursor(conn.body(&path).await?)?;
            paths.push(path);
        }
    }
    for i in (1..paths.len()).rev() {
        let j = rng.below(i as u64 + 1) as usize;
        paths.swap(i, j);
    }
    Ok(paths)
}

fn next_cursor(body: &[u8]) -> Result<Option<String>> {
    let page: serde_json::Value = serde_json::from_slice(body).context("an events page")?;
    Ok(page["next_cursor"].as_str().map(str::to_string))
}

/// User plus system CPU seconds of this process so far (Linux; `None` elsewhere).
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
    let ticks: f64 = fields.get(11)?.parse::<f64>().ok()? + fields.get(12)?.parse::<f64>().ok()?;
    // USER_HZ is 100 on every Linux configuration in practice.
    Some(ticks / 100.0)
}

fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|l| l.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_else(|_| "?".into())
}

fn percentile(sorted: &[u32], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i] as f64 / 1000.0
}

fn main() -> Result<()> {
    let args = parse_args()?;
    // The server (when in-process) gets its own runtime so client and server do not share workers.
    let (server_rt, addr) = match (&args.db, args.addr) {
        (Some(db), _) => {
            let rt = tokio::runtime::Builder::new_multi_thread()
                .worker_threads(args.server_threads.max(1))
                .enable_all()
                .build()?;
            let state = AppState::new(
                db,
                Arc::new(NoAnalyzer),
                StateOptions {
                    readers: args.server_threads.max(1) * 2,
                    cache_entries: args.cache_entries,
                    ..StateOptions::default()
                },
            )
            .with_context(|| format!("opening {}", db.display()))?;
            let listener = rt.block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))?;
            let addr = listener.local_addr()?;
            rt.spawn(async move { axum::serve(listener, router(state)).await });
            (Some(rt), addr)
        }
        (None, Some(addr)) => (None, addr),
        (None, None) => bail!("no server address"),
    };
    let client_rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()?;
    let result = client_rt.block_on(run(addr, &args));
    drop(server_rt);
    result
}

async fn run(addr: SocketAddr, args: &Args) -> Result<()> {
    let dyads = dyads(addr, args.dyads).await?;
    let limit = args
        .limit
        .map(|l| format!("&limit={l}"))
        .unwrap_or_default();
    let paths = Arc::new(request_paths(addr, &dyads, &limit).await?);
    eprintln!(
        "loadtest: {addr}, {} dyads, {} distinct queries, concurrency {}, up to {} requests or {} s (after {} warm-up requests); load average {}",
        dyads.len(),
        paths.len(),
        args.concurrency,
        args.requests,
        args.seconds,
        args.warmup,
        load_average()
    );
    // Warm-up: not measured.
    phase(
        addr,
        &paths,
        args.concurrency,
        args.warmup,
        Duration::from_secs(args.seconds),
    )
    .await?;
    let start = Instant::now();
    let cpu_start = cpu_seconds();
    let (lat, errors, bytes) = phase(
        addr,
        &paths,
        args.concurrency,
        args.requests,
        Duration::from_secs(args.seconds),
    )
    .await?;
    let secs = start.elapsed().as_secs_f64();
    let mut lat = lat;
    lat.sort_unstable();
    println!(
        "requests {}  errors {}  time {:.2} s  throughput {:.0} req/s  mean body {:.1} KB",
        lat.len(),
        errors,
        secs,
        lat.len() as f64 / secs,
        bytes as f64 / lat.len().max(1) as f64 / 1024.0
    );
    println!(
        "latency ms: p50 {:.2}  p90 {:.2}  p99 {:.2}  p99.9 {:.2}  max {:.2}",
        percentile(&lat, 0.50),
        percentile(&lat, 0.90),
        percentile(&lat, 0.99),
        percentile(&lat, 0.999),
        percentile(&lat, 1.0)
    );
    if let (Some(a), Some(b)) = (cpu_start, cpu_seconds()) {
        println!(
            "cpu (client and in-process server): {:.2} s, {:.0} us per request; load average after {}",
            b - a,
            (b - a) * 1e6 / lat.len().max(1) as f64,
            load_average()
        );
    }
    if errors > 0 {
        bail!("{errors} requests failed");
    }
    Ok(())
}

/// Runs `total` requests over `concurrency` connections (or until `max` elapses);
/// returns latencies in microseconds, the error count and body bytes.
async fn phase(
    addr: SocketAddr,
    paths: &Arc<Vec<String>>,
    concurrency: usize,
    total: usize,
    max: Duration,
) -> Result<(Vec<u32>, usize, usize)> {
    let next = Arc::new(AtomicUsize::new(0));
    let deadline = Instant::now() + max;
    let mut tasks = Vec::new();
    for _ in 0..concurrency {
        let next = Arc::clone(&next);
        let paths = Arc::clone(paths);
        tasks.push(tokio::spawn(async move {
            let mut conn = Conn::open(addr).await?;
            let mut lat = Vec::new();
            let (mut errors, mut bytes) = (0usize, 0usize);
            loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                if i >= total || Instant::now() >= deadline {
                    break;
                }
                let path = &paths[i % paths.len()];
                let t = Instant::now();
                match conn.get(path).await {
                    Ok((200, n)) => bytes += n,
                    Ok(_) => errors += 1,
                    Err(_) => {
                        errors += 1;
                        conn = Conn::open(addr).await?;
                    }
                }
                lat.push(t.elapsed().as_micros().min(u32::MAX as u128) as u32);
            }
            anyhow::Ok((lat, errors, bytes))
        }));
    }
    let mut all = Vec::new();
    let (mut errors, mut bytes) = (0, 0);
    for t in tasks {
        let (lat, e, b) = t.await??;
        all.extend(lat);
        errors += e;
        bytes += b;
    }
    Ok((all, errors, bytes))
}

/// The load test only reads; coding is never called.
struct NoAnalyzer;

impl readout_server::Analyzer for NoAnalyzer {
    fn code(
        &self,
        input: readout_server::TextInput,
    ) -> (readout_model::Document, Vec<readout_model::Event>) {
        (
            readout_model::Document::new(input.id, input.text),
            Vec::new(),
        )
    }

    fn resolve(
        &self,
        _phrase: &str,
        _date: Option<chrono::NaiveDate>,
    ) -> Option<serde_json::Value> {
        None
    }
}
