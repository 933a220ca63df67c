//! `GET /api/events`, `GET /api/events/{id}`, `GET /api/documents/{id}`.

use crate::error::{ApiError, ApiResult};
use crate::highlight::{highlight, Highlight};
use crate::params::{event_filter, Params, DEFAULT_LIMIT, FILTER_PARAMS, MAX_LIMIT};
use crate::state::AppState;
use axum::extract::{Path, RawQuery, State};
use axum::response::Response;
use axum::Json;

use super::cached_raw_json;
use readout_store::{StoredDocument, StoredEvent};
use serde::Serialize;

/// Longest cursor accepted (they are short opaque strings).
const MAX_CURSOR_LEN: usize = 1000;

/// `GET /api/events`: a page of events and the cursor of the next.
pub async fn list(State(state): State<AppState>, RawQuery(raw): RawQuery) -> ApiResult<Response> {
    let p = Params::parse(raw.as_deref(), &[FILTER_PARAMS, &["limit", "cursor"]])?;
    let mut filter = event_filter(&p)?;
    filter.limit = Some(p.bounded("limit", 1, MAX_LIMIT, DEFAULT_LIMIT)?);
    filter.cursor = p.text("cursor")?;
    if filter
        .cursor
        .as_ref()
        .is_some_and(|c| c.len() > MAX_CURSOR_LEN)
    {
        return Err(ApiError::bad_request(
            "cursor is not one this server handed out",
        ));
    }
    let key = format!("events?{}", raw.unwrap_or_default());
    let reader = state.clone();
    // The store writes the page's JSON itself (for dyad pages straight from stored event JSON).
    cached_raw_json(&state, key, async move {
        reader
            .read("querying events", move |s| s.query_json(&filter))
            .await
    })
    .await
}

/// The document fields shown next to an event.
#[derive(Serialize)]
pub struct DocumentInfo {
    id: String,
    title: Option<String>,
    url: Option<String>,
    date: Option<chrono::NaiveDate>,
    text: String,
}

/// `GET /api/events/{id}` answer.
#[derive(Serialize)]
pub struct EventDetail {
    event: StoredEvent,
    document: DocumentInfo,
    highlight: Highlight,
    story: Vec<StoredEvent>,
}

/// `GET /api/events/{id}`: the event, its document text and highlights, other reports of its story.
pub async fn one(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> ApiResult<Json<EventDetail>> {
    let key = id.clone();
    let found = state
        .read("reading an event", move |s| {
            let Some(event) = s.event(&key)? else {
                return Ok(None);
            };
            let doc = s.document(&event.event.doc_id)?;
            let story = s.story(event.story_id)?;
            Ok(Some((event, doc, story)))
        })
        .await?;
    let Some((event, doc, story)) = found else {
        return Err(ApiError::not_found(format!("no event {id:?}")));
    };
    let Some(doc) = doc else {
        return Err(ApiError::not_found(format!(
            "event {id:?} refers to document {:?}, which is not stored",
            event.event.doc_id
        )));
    };
    let d = doc.document;
    let highlight = highlight(&d.text, &event.event);
    let story = story
        .into_iter()
        .filter(|e| e.event.id != event.event.id)
        .collect();
    Ok(Json(EventDetail {
        event,
        document: DocumentInfo {
            id: d.id,
            title: d.title,
            url: d.url,
            date: d.date,
            text: d.text,
        },
        highlight,
        story,
    }))
}

/// An event with where to highlight it.
#[derive(Serialize)]
pub struct HighlightedEvent<E: Serialize> {
    /// The event (stored or freshly coded).
    pub event: E,
    /// Evidence and marks in UTF-16 offsets.
    pub highlight: Highlight,
}

/// A document's text with every event's highlights (also the answer of `POST /api/code`).
#[derive(Serialize)]
pub struct CodedDocument<E: Serialize> {
    /// Document id.
    pub id: String,
    /// Headline.
    pub title: Option<String>,
    /// Source URL.
    pub url: Option<String>,
    /// Publication date.
    pub date: Option<chrono::NaiveDate>,
    /// Normalised text; spans index into it.
    pub text: String,
    /// Events in document order.
    pub events: Vec<HighlightedEvent<E>>,
}

/// `GET /api/documents/{id}`.
pub async fn document(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> ApiResult<Json<CodedDocument<StoredEvent>>> {
    let key = id.clone();
    let found: Option<StoredDocument> = state
        .read("reading a document", move |s| s.document(&key))
        .await?;
    let Some(stored) = found else {
        return Err(ApiError::not_found(format!("no document {id:?}")));
    };
    let d = stored.document;
    let events = stored
        .events
        .into_iter()
        .map(|e| HighlightedEvent {
            highlight: highlight(&d.text, &e.event),
            event: e,
        })
        .collect();
    Ok(Json(CodedDocument {
        id: d.id,
        title: d.title,
        url: d.url,
        date: d.date,
        text: d.text,
        events,
    }))
}
