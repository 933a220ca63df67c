//! `POST /api/code` (code a text without storing it) and `GET /api/kb/resolve`.

use super::events::{CodedDocument, HighlightedEvent};
use crate::analyzer::TextInput;
use crate::error::{ApiError, ApiResult};
use crate::highlight::highlight;
use crate::params::{parse_date, Params};
use crate::state::AppState;
use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{RawQuery, State};
use axum::http::StatusCode;
use axum::Json;
use readout_model::Event;
use serde::de::DeserializeOwned;
use serde::Deserialize;
use serde_json::{json, Value};

/// Reads a JSON body, turning size and syntax problems into 413 / 400 JSON errors.
pub fn json_body<T: DeserializeOwned>(
    body: Result<Bytes, BytesRejection>,
    max: usize,
) -> ApiResult<T> {
    let bytes = body.map_err(|rejection| {
        if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
            ApiError::new(
                StatusCode::PAYLOAD_TOO_LARGE,
                format!("request body is larger than the limit of {max} bytes"),
            )
        } else {
            ApiError::new(rejection.status(), rejection.body_text())
        }
    })?;
    serde_json::from_slice(&bytes).map_err(|e| {
        ApiError::bad_request(format!(
            "request body is not valid JSON for this endpoint: {e}"
        ))
    })
}

/// Body of `POST /api/code`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CodeRequest {
    text: String,
    #[serde(default)]
    date: Option<String>,
    #[serde(default)]
    title: Option<String>,
}

/// `POST /api/code`: prepares and codes the text, stores nothing.
pub async fn code(
    State(state): State<AppState>,
    body: Result<Bytes, BytesRejection>,
) -> ApiResult<Json<CodedDocument<Event>>> {
    let req: CodeRequest = json_body(body, state.max_body_bytes())?;
    if req.text.trim().is_empty() {
        return Err(ApiError::bad_request("text is empty"));
    }
    let date = req
        .date
        .as_deref()
        .map(str::trim)
        .filter(|d| !d.is_empty())
        .map(|d| parse_date("date", d))
        .transpose()?;
    let input = TextInput {
        id: "pasted".into(),
        text: req.text,
        date,
        title: req.title.filter(|t| !t.trim().is_empty()),
        url: None,
    };
    let analyzer = state.analyzer();
    let (doc, events) = tokio::task::spawn_blocking(move || analyzer.code(input))
        .await
        .map_err(|e| ApiError::internal("coding the text", e))?;
    let events = events
        .into_iter()
        .map(|e| HighlightedEvent {
            highlight: highlight(&doc.text, &e),
            event: e,
        })
        .collect();
    Ok(Json(CodedDocument {
        id: doc.id,
        title: doc.title,
        url: doc.url,
        date: doc.date,
        text: doc.text,
        events,
    }))
}

/// `GET /api/kb/resolve?q=…&date=…`.
pub async fn kb_resolve(
    State(state): State<AppState>,
    RawQuery(raw): RawQuery,
) -> ApiResult<Json<Value>> {
    let p = Params::parse(raw.as_deref(), &[&["q", "date"]])?;
    let Some(q) = p.text("q")? else {
        return Err(ApiError::bad_request(
            "q is required, e.g. /api/kb/resolve?q=Foreign+Minister+Wang+Yi&date=2021-11-13",
        ));
    };
    let date = p.date("date")?;
    let found = state.analyzer().resolve(&q, date);
    Ok(Json(json!({ "query": q, "date": date, "match": found })))
}
