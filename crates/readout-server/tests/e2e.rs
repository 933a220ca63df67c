//! Browser end-to-end tests: the dashboard in a real headless Chromium driven over WebDriver.
//!
//! Needs `chromium` and `chromedriver` (Debian: `apt-get install chromium chromium-driver`);
//! without chromedriver the test prints why and passes without running. Screenshots of each
//! view go to `$CARGO_TARGET_DIR/e2e-screenshots/` (or `target/e2e-screenshots/`).

mod common;

use fantoccini::{Client, ClientBuilder, Locator};
use readout_server::{router, AppState, ReadoutAnalyzer, StateOptions};
use serde_json::{json, Value};
use std::net::TcpListener as StdListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Longest wait for any one thing to appear in the page.
const WAIT: Duration = Duration::from_secs(20);

fn find_on_path(name: &str) -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("CHROMEDRIVER") {
        return Some(PathBuf::from(p));
    }
    std::env::split_paths(&std::env::var_os("PATH")?)
        .map(|dir| dir.join(name))
        .find(|p| p.is_file())
}

fn chromium_binary() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("CHROMIUM") {
        return Some(PathBuf::from(p));
    }
    ["chromium", "chromium-browser", "google-chrome"]
        .iter()
        .find_map(|n| {
            std::env::split_paths(&std::env::var_os("PATH")?)
                .map(|d| d.join(n))
                .find(|p| p.is_file())
        })
}

fn free_port() -> u16 {
    StdListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free loopback port")
}

/// chromedriver, killed when dropped.
struct Driver(Child);

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn screenshot_dir() -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target"));
    let dir = target.join("e2e-screenshots");
    std::fs::create_dir_all(&dir).expect("create screenshot dir");
    dir
}

async fn shot(c: &Client, name: &str) {
    let png = c.screenshot().await.expect("screenshot");
    std::fs::write(screenshot_dir().join(format!("{name}.png")), png).expect("write screenshot");
}

/// Waits until `script` (a JS expression) is truthy; returns its last value.
async fn wait_js(c: &Client, what: &str, script: &str) -> Value {
    let start = Instant::now();
    loop {
        let v = c
            .execute(&format!("return ({script});"), vec![])
            .await
            .expect("execute");
        let truthy = match &v {
            Value::Null => false,
            Value::Bool(b) => *b,
            Value::Number(n) => n.as_f64() != Some(0.0),
            Value::String(s) => !s.is_empty(),
            _ => true,
        };
        if truthy {
            return v;
        }
        if start.elapsed() > WAIT {
            let status = c
                .execute(
                    "return document.getElementById('status').textContent",
                    vec![],
                )
                .await
                .unwrap_or(Value::Null);
            panic!("timed out waiting for {what} ({script}); status line: {status}");
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

async fn ready(c: &Client) {
    wait_js(
        c,
        "the view to finish loading",
        "document.body.dataset.ready === 'true'",
    )
    .await;
}

async fn css(c: &Client, sel: &str) -> fantoccini::elements::Element {
    c.wait()
        .at_most(WAIT)
        .for_element(Locator::Css(sel))
        .await
        .unwrap_or_else(|e| panic!("{sel}: {e}"))
}

/// Codes of the actor and recipient cells of every row of a table.
async fn row_codes(c: &Client, table: &str) -> Vec<String> {
    let v = c
        .execute(
            &format!(
                "return [...document.querySelectorAll('[data-testid={table}-row]')].map(r => \
                 r.querySelector('[data-col=actor]').textContent + '|' + r.querySelector('[data-col=recipient]').textContent)"
            ),
            vec![],
        )
        .await
        .expect("rows");
    v.as_array()
        .into_iter()
        .flatten()
        .map(|s| s.as_str().unwrap_or("").to_string())
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dashboard_end_to_end() {
    let Some(chromedriver) = find_on_path("chromedriver") else {
        eprintln!("SKIPPED dashboard_end_to_end: chromedriver not installed (apt-get install chromium chromium-driver)");
        return;
    };
    let Some(chromium) = chromium_binary() else {
        eprintln!("SKIPPED dashboard_end_to_end: chromium not installed (apt-get install chromium chromium-driver)");
        return;
    };

    // Server on a seeded store with the real coder, on a loopback port.
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("e2e.db");
    common::seed_store(&db);
    let analyzer = ReadoutAnalyzer::load(&[]).expect("load the real coder");
    let state = AppState::new(&db, Arc::new(analyzer), StateOptions::default()).expect("state");
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let base = format!("http://{}", listener.local_addr().expect("addr"));
    let server = tokio::spawn(async move { axum::serve(listener, router(state)).await });

    // chromedriver on a free loopback port.
    let port = free_port();
    let _driver = Driver(
        Command::new(&chromedriver)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start chromedriver"),
    );
    let profile = tempfile::tempdir().expect("profile dir");
    let mut caps = serde_json::Map::new();
    caps.insert(
        "goog:chromeOptions".into(),
        json!({
            "binary": chromium,
            "args": [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1366,900",
                format!("--user-data-dir={}", profile.path().display()),
            ]
        }),
    );
    let connector = hyper_util::client::legacy::connect::HttpConnector::new();
    let start = Instant::now();
    let c = loop {
        match ClientBuilder::new(connector.clone())
            .capabilities(caps.clone())
            .connect(&format!("http://127.0.0.1:{port}"))
            .await
        {
            Ok(c) => break c,
            Err(e) if start.elapsed() < WAIT => {
                let _ = e;
                tokio::time::sleep(Duration::from_millis(200)).await;
            }
            Err(e) => panic!("cannot start a WebDriver session: {e}"),
        }
    };

    let result = run_scenario(&c, &base).await;
    let _ = c.close().await;
    server.abort();
    result
}

async fn run_scenario(c: &Client, base: &str) {
    // Overview: everything, then one dyad.
    c.goto(&format!("{base}/#/overview"))
        .await
        .expect("open dashboard");
    ready(c).await;
    css(c, "[data-testid=timeline-chart]").await;
    let all: u64 = wait_js(
        c,
        "timeline total",
        "document.getElementById('timeline').dataset.total",
    )
    .await
    .as_str()
    .unwrap()
    .parse()
    .unwrap();
    assert!(all >= 60, "all seeded events in the chart: {all}");
    shot(c, "overview-all").await;

    css(c, "#f-dyad-a")
        .await
        .send_keys("CHN")
        .await
        .expect("type");
    css(c, "#f-dyad-b")
        .await
        .send_keys("TUR")
        .await
        .expect("type");
    css(c, "#f-apply").await.click().await.expect("apply");
    let dyad_total = wait_js(c, "the chart to update", &format!("(() => {{ const t = +document.getElementById('timeline').dataset.total; return t && t !== {all} ? t : 0; }})()")).await;
    assert_eq!(
        dyad_total.as_u64(),
        Some(11),
        "CHN–TUR events: 8 TUR→CHN, 2 wire reports, 1 script doc"
    );
    wait_js(c, "the overview table to update", "document.querySelectorAll('[data-testid=overview-events-row]').length > 0 && document.body.dataset.ready === 'true'").await;
    for row in row_codes(c, "overview-events").await {
        assert!(
            row.contains("CHN") && row.contains("TUR"),
            "row outside the dyad: {row}"
        );
    }
    shot(c, "overview-dyad").await;

    // Events table keeps the filter; sorting by date works.
    css(c, "[data-testid=nav-events]")
        .await
        .click()
        .await
        .expect("nav");
    ready(c).await;
    wait_js(
        c,
        "events rows",
        "document.querySelectorAll('[data-testid=events-row]').length",
    )
    .await;
    let rows = row_codes(c, "events").await;
    assert_eq!(rows.len(), 11);
    assert!(
        rows.iter().all(|r| r.contains("CHN") && r.contains("TUR")),
        "{rows:?}"
    );
    css(c, "[data-testid=events-sort-date]")
        .await
        .click()
        .await
        .expect("sort");
    let dates = c
        .execute("return [...document.querySelectorAll('[data-testid=events-row] td:first-child')].map(td => td.textContent)", vec![])
        .await
        .expect("dates");
    let dates: Vec<String> = dates
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d.as_str().unwrap().to_string())
        .collect();
    let mut sorted = dates.clone();
    sorted.sort();
    assert_eq!(dates, sorted, "ascending after one click");
    shot(c, "events").await;

    // Event view: evidence highlighted, spans marked, story linked.
    c.goto(&format!("{base}/#/event/wire-a%231"))
        .await
        .expect("open event");
    ready(c).await;
    let evidence = css(c, "[data-testid=event-document] mark.evidence.active").await;
    assert_eq!(
        evidence.text().await.expect("text"),
        "China held talks with Turkey."
    );
    for kind in ["actor", "recipient", "trigger"] {
        css(
            c,
            &format!("[data-testid=event-document] [data-testid=mark-{kind}]"),
        )
        .await;
    }
    let story = css(c, "[data-testid=story-link]").await;
    assert_eq!(
        story.attr("href").await.expect("href").as_deref(),
        Some("#/event/wire-b%231")
    );
    shot(c, "event").await;

    // Untrusted document text is shown as text, never run.
    c.goto(&format!("{base}/#/document/{}", common::SCRIPT_DOC))
        .await
        .expect("open doc");
    ready(c).await;
    let body = css(c, "[data-testid=document-body]")
        .await
        .text()
        .await
        .expect("text");
    assert!(body.contains("<script>alert(1)</script>"), "{body}");
    assert!(body.contains("<img src=x onerror=alert(2)>"), "{body}");
    let injected = c
        .execute("return document.querySelectorAll('#document-detail script, #document-detail img, #document-detail b').length", vec![])
        .await
        .expect("count");
    assert_eq!(
        injected,
        json!(0),
        "no element was created from document text"
    );
    assert!(c.get_alert_text().await.is_err(), "no alert dialog is open");
    let title = css(c, "[data-testid=document-title]")
        .await
        .text()
        .await
        .expect("title");
    assert_eq!(title, "<b>Hostile</b> title");
    shot(c, "document-script").await;

    // Network: clicking a dyad opens its events.
    c.goto(&format!("{base}/#/network")).await.expect("network");
    css(c, "#f-clear").await.click().await.expect("clear");
    ready(c).await;
    wait_js(
        c,
        "network edges",
        "document.querySelectorAll('[data-testid=network-edge]').length >= 3",
    )
    .await;
    shot(c, "network").await;
    let edge = css(c, "[data-testid=network-edge][data-dyad='RUS,UKR']").await;
    edge.click().await.expect("click edge");
    wait_js(c, "the events view", "location.hash === '#/events'").await;
    ready(c).await;
    wait_js(
        c,
        "dyad rows",
        "document.querySelectorAll('[data-testid=events-row]').length",
    )
    .await;
    let rows = row_codes(c, "events").await;
    assert_eq!(rows.len(), 6, "{rows:?}");
    assert!(rows.iter().all(|r| r == "RUS|UKR"), "{rows:?}");

    // Stance matrix.
    c.goto(&format!("{base}/#/stance")).await.expect("stance");
    css(c, "#f-clear").await.click().await.expect("clear");
    ready(c).await;
    let issue = css(c, "#stance-issue").await;
    issue.clear().await.expect("clear issue");
    issue.send_keys("Xinjiang").await.expect("type");
    css(c, "#stance-submit")
        .await
        .click()
        .await
        .expect("submit");
    let cell = css(
        c,
        "[data-testid=stance-cell][data-actor=TUR][data-target=CHN]",
    )
    .await;
    assert_eq!(
        cell.attr("data-supports").await.expect("attr").as_deref(),
        Some("8")
    );
    shot(c, "stance").await;

    // Try it: code a pasted text with the real coder.
    c.goto(&format!("{base}/#/try")).await.expect("try");
    ready(c).await;
    css(c, "#try-text")
        .await
        .send_keys("Chinese Foreign Minister Wang Yi held a phone call with Turkish Foreign Minister Mevlut Cavusoglu on Tuesday. Wang Yi said China firmly supports Turkey in its fight against terrorism. <script>alert(3)</script>")
        .await
        .expect("type text");
    css(c, "#try-date")
        .await
        .send_keys("11/16/2021")
        .await
        .expect("type date");
    css(c, "#try-submit").await.click().await.expect("submit");
    css(c, "[data-testid=try-body]").await;
    let n = wait_js(
        c,
        "coded events",
        "document.querySelectorAll('[data-testid=try-event]').length",
    )
    .await;
    assert!(
        n.as_u64().unwrap_or(0) >= 1,
        "the coder finds at least the phone call"
    );
    css(c, "[data-testid=try-body] mark.evidence").await;
    let shown = css(c, "[data-testid=try-body]")
        .await
        .text()
        .await
        .expect("text");
    assert!(
        shown.contains("<script>alert(3)</script>"),
        "pasted markup is shown as text: {shown}"
    );
    shot(c, "try-it").await;
}
