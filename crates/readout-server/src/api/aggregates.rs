//! The aggregates of the CLI: `/api/timeline`, `/api/network`, `/api/stance`, `/api/actors`, `/api/stats`.

use super::cached_json;
use crate::error::{ApiError, ApiResult};
use crate::params::{event_filter, Params, FILTER_PARAMS};
use crate::state::AppState;
use axum::extract::{RawQuery, State};
use axum::response::Response;
use axum::Json;
use readout_store::{ActorCount, Period, StanceRow, StoreStats, TimelineRow};
use serde::Serialize;

/// `GET /api/timeline` answer.
#[derive(Serialize)]
pub struct Timeline {
    by: Period,
    buckets: Vec<TimelineRow>,
}

/// `GET /api/timeline?by=week|month|year` plus the event filters.
pub async fn timeline(
    State(state): State<AppState>,
    RawQuery(raw): RawQuery,
) -> ApiResult<Response> {
    let p = Params::parse(raw.as_deref(), &[FILTER_PARAMS, &["by"]])?;
    let filter = event_filter(&p)?;
    let by = match p.get("by").map(str::to_ascii_lowercase).as_deref() {
        None | Some("month") => Period::Month,
        Some("week") => Period::Week,
        Some("year") => Period::Year,
        Some(other) => {
            return Err(ApiError::bad_request(format!(
                "by must be week, month or year, not {other:?}"
            )))
        }
    };
    let reader = state.clone();
    let key = format!("timeline?{}", raw.unwrap_or_default());
    cached_json(&state, key, async move {
        let buckets = reader
            .read("computing the timeline", move |s| s.timeline(&filter, by))
            .await?;
        Ok(Timeline { by, buckets })
    })
    .await
}

/// `GET /api/network`.
pub async fn network(
    State(state): State<AppState>,
    RawQuery(raw): RawQuery,
) -> ApiResult<Response> {
    let p = Params::parse(raw.as_deref(), &[FILTER_PARAMS])?;
    let filter = event_filter(&p)?;
    let reader = state.clone();
    let key = format!("network?{}", raw.unwrap_or_default());
    cached_json(&state, key, async move {
        reader
            .read("computing the network", move |s| s.network(&filter))
            .await
    })
    .await
}

/// `GET /api/stance` answer.
#[derive(Serialize)]
pub struct Stance {
    issue: String,
    rows: Vec<StanceRow>,
}

/// `GET /api/stance?issue=…`.
pub async fn stance(State(state): State<AppState>, RawQuery(raw): RawQuery) -> ApiResult<Response> {
    let p = Params::parse(raw.as_deref(), &[FILTER_PARAMS])?;
    let mut filter = event_filter(&p)?;
    let Some(issue) = filter.issue.take() else {
        return Err(ApiError::bad_request(
            "issue is required, e.g. /api/stance?issue=Taiwan",
        ));
    };
    let reader = state.clone();
    let key = format!("stance?{}", raw.unwrap_or_default());
    cached_json(&state, key, async move {
        let key = issue.clone();
        let rows = reader
            .read("computing stances", move |s| s.stance(&key, &filter))
            .await?;
        Ok(Stance { issue, rows })
    })
    .await
}

/// `GET /api/actors` answer.
#[derive(Serialize)]
pub struct Actors {
    actors: Vec<ActorCount>,
}

/// `GET /api/actors?top=…`.
pub async fn actors(State(state): State<AppState>, RawQuery(raw): RawQuery) -> ApiResult<Response> {
    let p = Params::parse(raw.as_deref(), &[FILTER_PARAMS, &["top"]])?;
    let filter = event_filter(&p)?;
    let top = p.bounded("top", 1, 1000, 20)?;
    let reader = state.clone();
    let key = format!("actors?{}", raw.unwrap_or_default());
    cached_json(&state, key, async move {
        let actors = reader
            .read("counting actors", move |s| s.actors(&filter, top))
            .await?;
        Ok(Actors { actors })
    })
    .await
}

/// `GET /api/stats`.
pub async fn stats(
    State(state): State<AppState>,
    RawQuery(raw): RawQuery,
) -> ApiResult<Json<StoreStats>> {
    Params::parse(raw.as_deref(), &[])?;
    let stats = state.read("reading store totals", |s| s.stats()).await?;
    Ok(Json(stats))
}
