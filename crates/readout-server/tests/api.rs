//! API tests: every endpoint, every validation error, the token rule, the body limit.

mod common;

use axum::body::Body;
use axum::http::{header, Method, Request, StatusCode};
use http_body_util::BodyExt;
use readout_server::{router, ROUTES};
use serde_json::{json, Value};
use tower::ServiceExt;

const MB: usize = 1024 * 1024;

struct App {
    _dir: tempfile::TempDir,
    router: axum::Router,
}

fn app_with(token: Option<&str>, max_body: usize) -> App {
    let dir = tempfile::tempdir().expect("tempdir");
    let state = common::seeded_state(dir.path(), token, max_body);
    App {
        router: router(state),
        _dir: dir,
    }
}

fn app() -> App {
    app_with(None, 10 * MB)
}

impl App {
    async fn send(&self, req: Request<Body>) -> (StatusCode, Value, axum::http::HeaderMap) {
        let resp = self.router.clone().oneshot(req).await.expect("infallible");
        let status = resp.status();
        let headers = resp.headers().clone();
        let bytes = resp.into_body().collect().await.expect("body").to_bytes();
        let body = serde_json::from_slice(&bytes)
            .unwrap_or_else(|_| Value::String(String::from_utf8_lossy(&bytes).into_owned()));
        (status, body, headers)
    }

    async fn get(&self, uri: &str) -> (StatusCode, Value) {
        let (s, b, _) = self
            .send(Request::get(uri).body(Body::empty()).expect("request"))
            .await;
        (s, b)
    }

    async fn post(
        &self,
        uri: &str,
        body: impl Into<Body>,
        token: Option<&str>,
    ) -> (StatusCode, Value) {
        let mut req = Request::post(uri).header(header::CONTENT_TYPE, "application/json");
        if let Some(t) = token {
            req = req.header(header::AUTHORIZATION, format!("Bearer {t}"));
        }
        let (s, b, _) = self.send(req.body(body.into()).expect("request")).await;
        (s, b)
    }
}

/// Asserts a JSON error with `status` whose message contains `needle`.
fn assert_error(got: (StatusCode, Value), status: StatusCode, needle: &str) {
    assert_eq!(got.0, status, "body: {}", got.1);
    let msg = got.1["error"]
        .as_str()
        .unwrap_or_else(|| panic!("no error field in {}", got.1));
    assert!(
        msg.contains(needle),
        "error {msg:?} should mention {needle:?}"
    );
}

fn codes(side: &Value) -> Vec<String> {
    side.as_array()
        .into_iter()
        .flatten()
        .map(|a| a["code"].as_str().unwrap_or("").to_string())
        .collect()
}

#[tokio::test]
async fn healthz_and_dashboard_assets() {
    let app = app();
    let (s, b) = app.get("/healthz").await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(b["status"], "ok");
    assert_eq!(b["read_only"], true);
    for (uri, kind) in [
        ("/", "text/html"),
        ("/assets/app.js", "javascript"),
        ("/assets/app.css", "text/css"),
    ] {
        let resp = app
            .router
            .clone()
            .oneshot(Request::get(uri).body(Body::empty()).unwrap())
            .await
            .unwrap();
        assert_eq!(resp.status(), StatusCode::OK, "{uri}");
        let ct = resp.headers()[header::CONTENT_TYPE]
            .to_str()
            .unwrap()
            .to_string();
        assert!(ct.contains(kind), "{uri}: {ct}");
        let csp = resp.headers()[header::CONTENT_SECURITY_POLICY]
            .to_str()
            .unwrap()
            .to_string();
        assert!(csp.contains("script-src 'self'"), "{csp}");
    }
    assert_error(
        app.get("/assets/evil.js").await,
        StatusCode::NOT_FOUND,
        "no asset",
    );
}

#[tokio::test]
async fn dashboard_has_no_external_resources_or_innerhtml() {
    let app = app();
    for uri in ["/", "/assets/app.js", "/assets/app.css"] {
        let (_, body) = app.get(uri).await;
        let text = body.as_str().expect("text asset");
        assert!(
            !text.contains("http://") || uri == "/assets/app.js",
            "{uri} references an external http resource"
        );
        assert!(
            !text.contains("https://"),
            "{uri} references an external https resource"
        );
        assert!(!text.contains("innerHTML"), "{uri} uses innerHTML");
        assert!(!text.contains("@import"), "{uri} imports a stylesheet");
    }
}

#[tokio::test]
async fn openapi_lists_every_route_and_nothing_else() {
    let app = app();
    let (s, doc) = app.get("/api/openapi.json").await;
    assert_eq!(s, StatusCode::OK);
    assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
    let paths = doc["paths"].as_object().expect("paths");
    for (method, path) in ROUTES {
        let op = paths
            .get(*path)
            .unwrap_or_else(|| panic!("{path} missing from openapi.json"));
        assert!(
            op.get(method.to_lowercase()).is_some(),
            "{method} {path} missing from openapi.json"
        );
    }
    for (path, ops) in paths {
        for method in ops.as_object().unwrap().keys() {
            assert!(
                ROUTES
                    .iter()
                    .any(|(m, p)| p == path && m.eq_ignore_ascii_case(method)),
                "openapi.json documents {method} {path}, which the server does not serve"
            );
        }
    }
    // Every $ref points at something that exists.
    let mut refs = Vec::new();
    collect_refs(&doc, &mut refs);
    assert!(refs.len() > 20);
    for r in refs {
        let pointer = r
            .strip_prefix('#')
            .unwrap_or_else(|| panic!("external $ref {r}"));
        assert!(doc.pointer(pointer).is_some(), "dangling $ref {r}");
    }
    // Every listed route is really served (not a 404/405 from the fallbacks).
    for (method, path) in ROUTES {
        let uri = path.replace("{id}", "cu-00");
        let req = Request::builder()
            .method(Method::from_bytes(method.as_bytes()).unwrap())
            .uri(&uri)
            .body(Body::from("{}"))
            .unwrap();
        let (s, b, _) = app.send(req).await;
        let unrouted = b["error"]
            .as_str()
            .is_some_and(|e| e.starts_with("no route") || e.contains("is not allowed on"));
        assert!(!unrouted, "{method} {uri} is not routed: {s} {b}");
    }
}

fn collect_refs(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::Object(m) => {
            for (k, x) in m {
                match (k.as_str(), x) {
                    ("$ref", Value::String(s)) => out.push(s.clone()),
                    _ => collect_refs(x, out),
                }
            }
        }
        Value::Array(a) => a.iter().for_each(|x| collect_refs(x, out)),
        _ => {}
    }
}

#[tokio::test]
async fn events_filter_by_dyad_in_either_direction() {
    let app = app();
    let (s, page) = app.get("/api/events?dyad=usa,chn&limit=1000").await;
    assert_eq!(s, StatusCode::OK, "{page}");
    let items = page["items"].as_array().unwrap();
    assert_eq!(items.len(), 24, "24 CHN–USA events seeded");
    for e in items {
        let mut both = codes(&e["actor"]);
        both.extend(codes(&e["recipient"]));
        both.sort();
        assert_eq!(both, vec!["CHN", "USA"], "{e}");
    }
    let (_, page) = app.get("/api/events?actor=TUR&type=SUPPORT").await;
    let items = page["items"].as_array().unwrap();
    assert_eq!(items.len(), 4, "{page}");
    assert!(items
        .iter()
        .all(|e| e["event_type"] == "SUPPORT" && codes(&e["actor"]) == ["TUR"]));
    let (_, page) = app
        .get("/api/events?issue=Xinjiang&since=2021-05-01&until=2021-12-31")
        .await;
    let items = page["items"].as_array().unwrap();
    assert!(!items.is_empty());
    assert!(
        items
            .iter()
            .all(|e| e["date"].as_str().unwrap() >= "2021-05-01"),
        "{page}"
    );
}

#[tokio::test]
async fn dyad_pages_are_the_stores_pages_byte_for_byte() {
    // Dyad pages are written from the JSON stored at ingest; they must equal the decoded events.
    let app = app();
    let store = readout_store::Store::open_read_only(&app._dir.path().join("test.db")).unwrap();
    for (query, since) in [("", None), ("&since=2021-03-01", "2021-03-01".parse().ok())] {
        let mut filter = readout_store::EventFilter {
            dyad: Some(("CHN".into(), "USA".into())),
            since,
            limit: Some(5),
            ..Default::default()
        };
        let mut uri = format!("/api/events?dyad=chn,usa&limit=5{query}");
        let mut pages = 0;
        loop {
            let resp = app
                .router
                .clone()
                .oneshot(Request::get(uri.as_str()).body(Body::empty()).unwrap())
                .await
                .unwrap();
            assert_eq!(resp.status(), StatusCode::OK);
            let bytes = resp.into_body().collect().await.unwrap().to_bytes();
            let page = store.query(&filter).unwrap();
            assert_eq!(
                std::str::from_utf8(&bytes).unwrap(),
                serde_json::to_string(&page).unwrap(),
                "{uri}"
            );
            pages += 1;
            match page.next_cursor {
                Some(c) => {
                    uri = format!("/api/events?dyad=chn,usa&limit=5{query}&cursor={c}");
                    filter.cursor = Some(c);
                }
                None => break,
            }
        }
        assert!(pages > 1, "{query}: several pages");
    }
}

#[tokio::test]
async fn events_paginate_with_a_cursor_without_gaps_or_repeats() {
    let app = app();
    let (_, all) = app.get("/api/events?limit=1000").await;
    let total = all["items"].as_array().unwrap().len();
    assert!(total >= 60, "seeded {total}");
    let mut seen = std::collections::BTreeSet::new();
    let mut uri = "/api/events?limit=7".to_string();
    let mut pages = 0;
    loop {
        let (s, page) = app.get(&uri).await;
        assert_eq!(s, StatusCode::OK, "{page}");
        let items = page["items"].as_array().unwrap();
        assert!(items.len() <= 7);
        for e in items {
            assert!(
                seen.insert(e["id"].as_str().unwrap().to_string()),
                "repeated {}",
                e["id"]
            );
        }
        pages += 1;
        match page["next_cursor"].as_str() {
            Some(c) => uri = format!("/api/events?limit=7&cursor={}", urlencode(c)),
            None => break,
        }
        assert!(pages < 100, "pagination does not end");
    }
    assert_eq!(seen.len(), total);
    assert!(pages >= total / 7);
}

/// Percent-encodes a query value.
fn urlencode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[tokio::test]
async fn events_validation_errors_say_what_is_wrong() {
    let app = app();
    let cases = [
        (
            "/api/events?limit=0",
            "limit must be a whole number from 1 to 1000",
        ),
        (
            "/api/events?limit=1001",
            "limit must be a whole number from 1 to 1000",
        ),
        ("/api/events?limit=ten", "limit must be a whole number"),
        ("/api/events?since=2021-02-30", "since must be a date"),
        ("/api/events?until=yesterday", "until must be a date"),
        (
            "/api/events?since=2021-06-01&until=2021-01-01",
            "is after until",
        ),
        ("/api/events?type=HUG", "unknown event type"),
        (
            "/api/events?mode=teleport",
            "is not a mode of any event type",
        ),
        (
            "/api/events?type=SUPPORT&mode=phone",
            "not a mode of SUPPORT",
        ),
        ("/api/events?context=sports", "unknown context"),
        ("/api/events?dyad=CHN", "dyad must be two actor codes"),
        ("/api/events?dyad=CHN,", "dyad must be two actor codes"),
        ("/api/events?dyad=CHN;USA", "dyad must be two actor codes"),
        ("/api/events?actor=C%20H%20N", "actor must be an actor code"),
        (
            "/api/events?include_negated=perhaps",
            "include_negated must be true or false",
        ),
        ("/api/events?colour=red", "unknown parameter"),
        ("/api/events?type=AGREE&type=SUPPORT", "more than once"),
        ("/api/events?cursor=not-a-cursor", "cursor"),
        ("/api/timeline?by=decade", "by must be week, month or year"),
        ("/api/actors?top=0", "top must be a whole number"),
        ("/api/stance", "issue is required"),
        ("/api/kb/resolve", "q is required"),
        (
            "/api/kb/resolve?q=China&date=2021-13-01",
            "date must be a date",
        ),
        ("/api/network?since=soon", "since must be a date"),
        ("/api/stats?x=1", "unknown parameter"),
    ];
    for (uri, needle) in cases {
        let got = app.get(uri).await;
        assert_error(got, StatusCode::BAD_REQUEST, needle);
    }
}

#[tokio::test]
async fn one_event_comes_with_its_document_evidence_and_story() {
    let app = app();
    let (s, d) = app.get("/api/events/wire-a%231").await;
    assert_eq!(s, StatusCode::OK, "{d}");
    assert_eq!(d["event"]["id"], "wire-a#1");
    assert_eq!(d["document"]["id"], "wire-a");
    let text = d["document"]["text"].as_str().unwrap();
    let units: Vec<u16> = text.encode_utf16().collect();
    let ev = &d["highlight"]["evidence"];
    let (a, b) = (
        ev[0].as_u64().unwrap() as usize,
        ev[1].as_u64().unwrap() as usize,
    );
    assert_eq!(
        String::from_utf16(&units[a..b]).unwrap(),
        "China held talks with Turkey."
    );
    let kinds: Vec<&str> = d["highlight"]["marks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["actor", "trigger", "recipient"]);
    let story: Vec<&str> = d["story"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["id"].as_str().unwrap())
        .collect();
    assert_eq!(story, ["wire-b#1"], "the other wire reports the same call");
    assert_error(
        app.get("/api/events/nope%231").await,
        StatusCode::NOT_FOUND,
        "no event",
    );
}

#[tokio::test]
async fn documents_carry_text_and_every_event_span() {
    let app = app();
    let (s, d) = app.get("/api/documents/cu-03").await;
    assert_eq!(s, StatusCode::OK, "{d}");
    let events = d["events"].as_array().unwrap();
    assert_eq!(events.len(), 2);
    let text = d["text"].as_str().unwrap();
    for e in events {
        let span = &e["event"]["span"];
        let (a, b) = (
            span[0].as_u64().unwrap() as usize,
            span[1].as_u64().unwrap() as usize,
        );
        assert_eq!(&text[a..b], e["event"]["sentence"].as_str().unwrap());
        assert!(e["highlight"]["evidence"].is_array());
    }
    // Untrusted text is returned verbatim (JSON-escaped); the dashboard renders it as text.
    let (_, x) = app
        .get(&format!("/api/documents/{}", common::SCRIPT_DOC))
        .await;
    assert!(x["text"]
        .as_str()
        .unwrap()
        .contains("<script>alert(1)</script>"));
    assert_error(
        app.get("/api/documents/missing").await,
        StatusCode::NOT_FOUND,
        "no document",
    );
}

#[tokio::test]
async fn aggregates_answer_with_the_store_shapes() {
    let app = app();
    let (s, t) = app.get("/api/timeline?dyad=CHN,USA&by=month").await;
    assert_eq!(s, StatusCode::OK, "{t}");
    assert_eq!(t["by"], "month");
    let buckets = t["buckets"].as_array().unwrap();
    assert_eq!(buckets.len(), 12, "one bucket per month of 2021");
    let total: u64 = buckets.iter().map(|b| b["events"].as_u64().unwrap()).sum();
    assert_eq!(total, 24);
    let (_, y) = app.get("/api/timeline?by=year").await;
    assert_eq!(y["buckets"].as_array().unwrap().len(), 1);
    let (_, w) = app.get("/api/timeline?by=week&actor=RUS").await;
    let weeks = w["buckets"].as_array().unwrap();
    let busy: Vec<&str> = weeks
        .iter()
        .filter(|b| b["events"].as_u64() > Some(0))
        .map(|b| b["period"].as_str().unwrap())
        .collect();
    assert_eq!(busy.len(), 6, "six sanction weeks: {busy:?}");
    assert!(busy.iter().all(|p| p.starts_with("2021-W")), "{busy:?}");

    let (s, n) = app.get("/api/network").await;
    assert_eq!(s, StatusCode::OK, "{n}");
    let edges = n["edges"].as_array().unwrap();
    let cu = edges
        .iter()
        .find(|e| e["source"] == "CHN" && e["target"] == "USA")
        .expect("CHN–USA edge");
    assert_eq!(cu["events"], 24);
    let ru = edges
        .iter()
        .find(|e| e["source"] == "RUS" && e["target"] == "UKR")
        .expect("RUS–UKR edge");
    assert!(
        ru["score_mean"].as_f64().unwrap() < 0.0,
        "sanctions are conflict"
    );

    let (s, st) = app.get("/api/stance?issue=Xinjiang").await;
    assert_eq!(s, StatusCode::OK, "{st}");
    let rows = st["rows"].as_array().unwrap();
    assert!(
        rows.iter()
            .any(|r| r["actor"] == "TUR" && r["target"] == "CHN" && r["stance"] == "support"),
        "{st}"
    );

    let (s, a) = app.get("/api/actors?top=3").await;
    assert_eq!(s, StatusCode::OK, "{a}");
    let actors = a["actors"].as_array().unwrap();
    assert!(!actors.is_empty() && actors.len() <= 3);
    assert_eq!(actors[0]["code"], "CHN", "CHN is in most events");

    let (s, st) = app.get("/api/stats").await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(st["documents"], 41);
}

#[tokio::test]
async fn kb_resolve_looks_up_phrases() {
    let app = app();
    let (s, r) = app.get("/api/kb/resolve?q=Turkey&date=2021-11-13").await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(r["match"]["code"], "TUR");
    assert_eq!(r["date"], "2021-11-13");
    let (_, r) = app.get("/api/kb/resolve?q=Atlantis").await;
    assert!(r["match"].is_null());
}

#[tokio::test]
async fn code_returns_prepared_text_and_highlighted_events_without_storing() {
    let app = app();
    let body = json!({"text": "Turkey praised China for the vaccines. Nothing else happened.", "date": "2021-03-04", "title": "Pasted"});
    let (s, d) = app.post("/api/code", body.to_string(), None).await;
    assert_eq!(s, StatusCode::OK, "{d}");
    assert_eq!(d["date"], "2021-03-04");
    let events = d["events"].as_array().unwrap();
    assert_eq!(events.len(), 1);
    assert_eq!(events[0]["event"]["event_type"], "SUPPORT");
    assert!(events[0]["highlight"]["marks"].as_array().unwrap().len() >= 2);
    let (_, after) = app.get("/api/stats").await;
    assert_eq!(after["documents"], 41, "nothing stored");

    assert_error(
        app.post("/api/code", r#"{"text": "   "}"#, None).await,
        StatusCode::BAD_REQUEST,
        "text is empty",
    );
    assert_error(
        app.post("/api/code", "{not json", None).await,
        StatusCode::BAD_REQUEST,
        "not valid JSON",
    );
    assert_error(
        app.post("/api/code", r#"{"txt": "a"}"#, None).await,
        StatusCode::BAD_REQUEST,
        "not valid JSON",
    );
    assert_error(
        app.post("/api/code", r#"{"text": "a", "date": "03/04/2021"}"#, None)
            .await,
        StatusCode::BAD_REQUEST,
        "date must be a date",
    );
}

#[tokio::test]
async fn bodies_over_the_limit_get_413() {
    let app = app_with(Some("t0k"), 1000);
    let big = json!({"text": "x".repeat(5000)}).to_string();
    assert_error(
        app.post("/api/code", big.clone(), None).await,
        StatusCode::PAYLOAD_TOO_LARGE,
        "larger than the limit",
    );
    let docs = json!({"documents": [{"id": "big", "text": "x".repeat(5000)}]}).to_string();
    assert_error(
        app.post("/api/documents", docs, Some("t0k")).await,
        StatusCode::PAYLOAD_TOO_LARGE,
        "larger than the limit",
    );
    // Also when the body streams in without a Content-Length.
    let stream = chunked_body(big);
    let req = Request::post("/api/code").body(stream).unwrap();
    let (s, b, _) = app.send(req).await;
    assert_eq!(s, StatusCode::PAYLOAD_TOO_LARGE, "{b}");
}

/// A body streamed in 100-byte chunks with no Content-Length.
fn chunked_body(s: String) -> Body {
    let chunks: Vec<Result<axum::body::Bytes, std::io::Error>> = s
        .into_bytes()
        .chunks(100)
        .map(|c| Ok(axum::body::Bytes::copy_from_slice(c)))
        .collect();
    Body::from_stream(IterStream(chunks.into_iter()))
}

/// A minimal iterator-backed stream so the test needs no stream crate.
struct IterStream<I>(I);

impl<I: Iterator + Unpin> futures_core::Stream for IterStream<I> {
    type Item = I::Item;
    fn poll_next(
        mut self: std::pin::Pin<&mut Self>,
        _cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Option<Self::Item>> {
        std::task::Poll::Ready(self.0.next())
    }
}

#[tokio::test]
async fn ingest_is_forbidden_on_a_read_only_server() {
    let app = app();
    let body = json!({"documents": [{"id": "n1", "text": "China praised Turkey."}]}).to_string();
    assert_error(
        app.post("/api/documents", body.clone(), None).await,
        StatusCode::FORBIDDEN,
        "read-only",
    );
    assert_error(
        app.post("/api/documents", body, Some("anything")).await,
        StatusCode::FORBIDDEN,
        "--token",
    );
}

#[tokio::test]
async fn ingest_needs_the_right_bearer_token() {
    let app = app_with(Some("s3cret"), 10 * MB);
    let body = json!({"documents": [
        {"id": "n1", "text": "China praised Turkey. Russia sanctioned Ukraine.", "date": "2022-02-01", "title": "New", "url": "https://x.example/n1"},
        {"id": "n2", "text": "Kyrgyzstan held talks with China."}
    ]})
    .to_string();
    let req = Request::post("/api/documents")
        .body(Body::from(body.clone()))
        .unwrap();
    let (s, b, h) = app.send(req).await;
    assert_eq!(s, StatusCode::UNAUTHORIZED, "{b}");
    assert_eq!(h[header::WWW_AUTHENTICATE], "Bearer");
    assert_error(
        app.post("/api/documents", body.clone(), Some("wrong"))
            .await,
        StatusCode::UNAUTHORIZED,
        "wrong bearer token",
    );
    // Asked (and cached) before the ingest: nothing yet.
    let (_, before) = app.get("/api/events?actor=RUS&since=2022-01-01").await;
    assert_eq!(before["items"].as_array().unwrap().len(), 0);
    let (s, r) = app.post("/api/documents", body, Some("s3cret")).await;
    assert_eq!(s, StatusCode::OK, "{r}");
    assert_eq!(r["documents"], 2);
    assert_eq!(r["events"], 3);
    let (_, page) = app.get("/api/events?actor=RUS&since=2022-01-01").await;
    assert_eq!(
        page["items"].as_array().unwrap().len(),
        1,
        "the new event is queryable, not a stale cached page: {page}"
    );
    let (_, st) = app.get("/api/stats").await;
    assert_eq!(st["documents"], 43);

    for (bad, needle) in [
        (json!({"documents": []}), "documents is empty"),
        (
            json!({"documents": [{"id": "", "text": "a"}]}),
            "documents[0].id",
        ),
        (
            json!({"documents": [{"id": "a", "text": ""}]}),
            "documents[0].text is empty",
        ),
        (
            json!({"documents": [{"id": "a", "text": "x"}, {"id": "a", "text": "y"}]}),
            "appears more than once",
        ),
        (
            json!({"documents": [{"id": "a", "text": "x", "date": "2022-02-31"}]}),
            "documents[0].date must be a date",
        ),
        (json!({"docs": []}), "not valid JSON"),
    ] {
        assert_error(
            app.post("/api/documents", bad.to_string(), Some("s3cret"))
                .await,
            StatusCode::BAD_REQUEST,
            needle,
        );
    }
}

#[tokio::test]
async fn unknown_routes_and_methods_answer_json() {
    let app = app();
    assert_error(
        app.get("/api/nothing").await,
        StatusCode::NOT_FOUND,
        "no route for GET /api/nothing",
    );
    let req = Request::delete("/api/events").body(Body::empty()).unwrap();
    let (s, b, _) = app.send(req).await;
    assert_eq!(s, StatusCode::METHOD_NOT_ALLOWED);
    assert!(b["error"]
        .as_str()
        .unwrap()
        .contains("DELETE is not allowed"));
}

#[tokio::test]
async fn panics_never_reach_the_client_as_a_dropped_connection() {
    let app = app();
    assert_error(
        app.get("/api/kb/resolve?q=panic").await,
        StatusCode::INTERNAL_SERVER_ERROR,
        "internal error",
    );
    assert_error(
        app.post(
            "/api/code",
            json!({"text": "PANIC now. China praised Turkey."}).to_string(),
            None,
        )
        .await,
        StatusCode::INTERNAL_SERVER_ERROR,
        "internal error",
    );
    // The server keeps working afterwards.
    assert_eq!(app.get("/healthz").await.0, StatusCode::OK);
}

#[tokio::test]
async fn a_real_loopback_server_answers() {
    let dir = tempfile::tempdir().unwrap();
    let state = common::seeded_state(dir.path(), None, MB);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let server = tokio::spawn(async move { axum::serve(listener, router(state)).await });
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut conn = tokio::net::TcpStream::connect(addr).await.unwrap();
    conn.write_all(
        b"GET /api/events?dyad=CHN,TUR&limit=5 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
    )
    .await
    .unwrap();
    let mut buf = Vec::new();
    conn.read_to_end(&mut buf).await.unwrap();
    let text = String::from_utf8_lossy(&buf);
    assert!(text.starts_with("HTTP/1.1 200"), "{text}");
    assert!(text.contains("\"next_cursor\""));
    server.abort();
}
