//! `POST /api/documents`: code and store documents (token-protected; see `require_token`).

use super::text::json_body;
use crate::analyzer::TextInput;
use crate::error::{ApiError, ApiResult};
use crate::params::parse_date;
use crate::state::AppState;
use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::State;
use axum::Json;
use readout_store::IngestReport;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

/// Most documents accepted in one request (the body limit bounds their size).
const MAX_DOCUMENTS: usize = 10_000;
/// Longest document id accepted.
const MAX_ID_LEN: usize = 300;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct IngestRequest {
    documents: Vec<PostedDocument>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PostedDocument {
    id: String,
    text: String,
    #[serde(default)]
    date: Option<String>,
    #[serde(default)]
    url: Option<String>,
    #[serde(default)]
    title: Option<String>,
}

/// `POST /api/documents` answer.
#[derive(Serialize)]
pub struct IngestResult {
    documents: usize,
    events: usize,
    ids: Vec<String>,
    report: IngestReport,
}

/// Validates every document first (nothing is stored if one is wrong), then codes and stores all.
pub async fn ingest(
    State(state): State<AppState>,
    body: Result<Bytes, BytesRejection>,
) -> ApiResult<Json<IngestResult>> {
    let req: IngestRequest = json_body(body, state.max_body_bytes())?;
    if req.documents.is_empty() {
        return Err(ApiError::bad_request("documents is empty"));
    }
    if req.documents.len() > MAX_DOCUMENTS {
        return Err(ApiError::bad_request(format!(
            "at most {MAX_DOCUMENTS} documents per request"
        )));
    }
    let mut seen = HashSet::new();
    let mut inputs = Vec::with_capacity(req.documents.len());
    for (i, d) in req.documents.into_iter().enumerate() {
        let id = d.id.trim().to_string();
        if id.is_empty() || id.len() > MAX_ID_LEN || id.chars().any(char::is_control) {
            return Err(ApiError::bad_request(format!(
                "documents[{i}].id must be 1 to {MAX_ID_LEN} bytes without control characters"
            )));
        }
        if !seen.insert(id.clone()) {
            return Err(ApiError::bad_request(format!(
                "documents[{i}].id {id:?} appears more than once"
            )));
        }
        if d.text.trim().is_empty() {
            return Err(ApiError::bad_request(format!(
                "documents[{i}].text is empty"
            )));
        }
        let date = d
            .date
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(|s| parse_date(&format!("documents[{i}].date"), s))
            .transpose()?;
        inputs.push(TextInput {
            id,
            text: d.text,
            date,
            title: d.title.filter(|t| !t.trim().is_empty()),
            url: d.url.filter(|u| !u.trim().is_empty()),
        });
    }
    let analyzer = state.analyzer();
    let coded = tokio::task::spawn_blocking(move || {
        inputs
            .into_iter()
            .map(|input| analyzer.code(input))
            .collect::<Vec<_>>()
    })
    .await
    .map_err(|e| ApiError::internal("coding the documents", e))?;
    let ids: Vec<String> = coded.iter().map(|(d, _)| d.id.clone()).collect();
    let events = coded.iter().map(|(_, e)| e.len()).sum();
    let documents = coded.len();
    let report = state
        .write("storing the documents", move |s| s.ingest(&coded))
        .await?;
    Ok(Json(IngestResult {
        documents,
        events,
        ids,
        report,
    }))
}
