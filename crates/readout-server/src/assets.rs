//! The dashboard and the OpenAPI document, compiled into the binary so the server works offline.

use axum::extract::Path;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};

use crate::error::ApiError;

/// The dashboard page.
const INDEX_HTML: &str = include_str!("../assets/index.html");
/// Dashboard script (vanilla JS, no third-party code).
const APP_JS: &str = include_str!("../assets/app.js");
/// Dashboard styles (system fonts only).
const APP_CSS: &str = include_str!("../assets/app.css");
/// The hand-written OpenAPI 3 document of the API.
pub const OPENAPI_JSON: &str = include_str!("../assets/openapi.json");

/// `GET /`: the dashboard.
pub async fn index() -> Response {
    asset_response("text/html; charset=utf-8", INDEX_HTML)
}

/// `GET /assets/{file}`: script and styles.
pub async fn asset(Path(file): Path<String>) -> Response {
    match file.as_str() {
        "app.js" => asset_response("text/javascript; charset=utf-8", APP_JS),
        "app.css" => asset_response("text/css; charset=utf-8", APP_CSS),
        _ => ApiError::not_found(format!("no asset {file:?}")).into_response(),
    }
}

/// `GET /api/openapi.json`.
pub async fn openapi() -> Response {
    asset_response("application/json", OPENAPI_JSON)
}

fn asset_response(content_type: &'static str, body: &'static str) -> Response {
    (
        StatusCode::OK,
        [
            (header::CONTENT_TYPE, content_type),
            (header::CACHE_CONTROL, "no-cache"),
        ],
        body,
    )
        .into_response()
}
