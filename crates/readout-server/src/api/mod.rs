//! Routes, middleware (token, body limit, panic guard, headers) and JSON fallbacks.

mod aggregates;
mod events;
mod ingest;
mod text;

use crate::assets;
use crate::error::ApiError;
use crate::state::AppState;
use axum::extract::{DefaultBodyLimit, Request, State};
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde_json::json;
use std::any::Any;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::set_header::SetResponseHeaderLayer;

/// Every route the server answers: (method, path). The OpenAPI document must list each one.
pub const ROUTES: &[(&str, &str)] = &[
    ("GET", "/healthz"),
    ("GET", "/api/openapi.json"),
    ("GET", "/api/stats"),
    ("GET", "/api/events"),
    ("GET", "/api/events/{id}"),
    ("GET", "/api/documents/{id}"),
    ("POST", "/api/documents"),
    ("GET", "/api/timeline"),
    ("GET", "/api/network"),
    ("GET", "/api/stance"),
    ("GET", "/api/actors"),
    ("GET", "/api/kb/resolve"),
    ("POST", "/api/code"),
];

/// The dashboard may only load its own script and styles, and talk to its own API.
const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; \
     img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/// Builds the application on `state`.
pub fn router(state: AppState) -> Router {
    let ingest_route = post(ingest::ingest)
        .route_layer(middleware::from_fn_with_state(state.clone(), require_token));
    Router::new()
        .route("/", get(assets::index))
        .route("/assets/{file}", get(assets::asset))
        .route("/healthz", get(health))
        .route("/api/openapi.json", get(assets::openapi))
        .route("/api/stats", get(aggregates::stats))
        .route("/api/events", get(events::list))
        .route("/api/events/{id}", get(events::one))
        .route("/api/documents", ingest_route)
        .route("/api/documents/{id}", get(events::document))
        .route("/api/timeline", get(aggregates::timeline))
        .route("/api/network", get(aggregates::network))
        .route("/api/stance", get(aggregates::stance))
        .route("/api/actors", get(aggregates::actors))
        .route("/api/kb/resolve", get(text::kb_resolve))
        .route("/api/code", post(text::code))
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .layer(DefaultBodyLimit::max(state.max_body_bytes()))
        .layer(CatchPanicLayer::custom(panic_response))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(CONTENT_SECURITY_POLICY),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::REFERRER_POLICY,
            HeaderValue::from_static("no-referrer"),
        ))
        .with_state(state)
}

/// Answers a GET from the cache, or computes, serialises and caches it.
pub(crate) async fn cached_json<T, Fut>(
    state: &AppState,
    key: String,
    make: Fut,
) -> Result<Response, ApiError>
where
    T: serde::Serialize,
    Fut: std::future::Future<Output = Result<T, ApiError>>,
{
    cached_raw_json(state, key, async move {
        serde_json::to_string(&make.await?)
            .map_err(|e| ApiError::internal("serialising the answer", e))
    })
    .await
}

/// Like [`cached_json`] for answers that are already JSON text.
pub(crate) async fn cached_raw_json<Fut>(
    state: &AppState,
    key: String,
    make: Fut,
) -> Result<Response, ApiError>
where
    Fut: std::future::Future<Output = Result<String, ApiError>>,
{
    let seen = match state.cache().get(&key) {
        Ok(hit) => return Ok(json_response(hit)),
        Err(seen) => seen,
    };
    let bytes = axum::body::Bytes::from(make.await?);
    state.cache().put(key, bytes.clone(), seen);
    Ok(json_response(bytes))
}

fn json_response(body: axum::body::Bytes) -> Response {
    (
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/json"),
        )],
        body,
    )
        .into_response()
}

/// `GET /healthz`.
async fn health(State(state): State<AppState>) -> Json<serde_json::Value> {
    Json(json!({
        "status": "ok",
        "version": env!("CARGO_PKG_VERSION"),
        "read_only": state.token().is_none(),
    }))
}

/// Ingest needs the configured bearer token; without one the server is read-only.
async fn require_token(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let Some(expected) = state.token() else {
        return ApiError::new(
            StatusCode::FORBIDDEN,
            "this server is read-only: start it with --token (or READOUT_TOKEN) to allow ingest",
        )
        .into_response();
    };
    let given = req
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| {
            v.strip_prefix("Bearer ")
                .or_else(|| v.strip_prefix("bearer "))
        })
        .map(str::trim);
    match given {
        Some(t) if constant_time_eq(t.as_bytes(), expected.as_bytes()) => next.run(req).await,
        Some(_) => ApiError::new(StatusCode::UNAUTHORIZED, "wrong bearer token").into_response(),
        None => ApiError::new(
            StatusCode::UNAUTHORIZED,
            "ingest needs an Authorization: Bearer <token> header",
        )
        .into_response(),
    }
}

/// Compares without an early exit, so response time does not reveal how much of a token matched.
fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

async fn not_found(method: Method, uri: axum::http::Uri) -> ApiError {
    ApiError::not_found(format!("no route for {method} {}", uri.path()))
}

async fn method_not_allowed(method: Method, uri: axum::http::Uri) -> ApiError {
    ApiError::new(
        StatusCode::METHOD_NOT_ALLOWED,
        format!("{method} is not allowed on {}", uri.path()),
    )
}

/// Last resort: a handler panicked. The client gets a JSON 500, the log gets the message.
fn panic_response(err: Box<dyn Any + Send + 'static>) -> Response {
    let detail = err
        .downcast_ref::<String>()
        .map(String::as_str)
        .or_else(|| err.downcast_ref::<&str>().copied())
        .unwrap_or("unknown panic");
    eprintln!("readout serve: error: a request handler panicked: {detail}");
    ApiError::new(
        StatusCode::INTERNAL_SERVER_ERROR,
        "internal error: the request could not be completed",
    )
    .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn token_comparison() {
        assert!(constant_time_eq(b"secret", b"secret"));
        assert!(!constant_time_eq(b"secret", b"secreT"));
        assert!(!constant_time_eq(b"secret", b"secret2"));
    }
}
