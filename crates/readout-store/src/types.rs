//! The values the store hands out: filters, pages, stored events and aggregate rows (all `Serialize`).

use chrono::NaiveDate;
use readout_model::{DateSource, Document, Event, EventType};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

/// Which events a query, aggregate or export covers; every field narrows the selection.
#[derive(Default, Clone, Debug, PartialEq, Deserialize)]
#[serde(default)]
pub struct EventFilter {
    /// Code that must be among the event's actors.
    pub actor: Option<String>,
    /// Code that must be among the event's recipients.
    pub recipient: Option<String>,
    /// Two codes linked by the event in either direction (both participants of a reciprocal event).
    pub dyad: Option<(String, String)>,
    /// PLOVER event type.
    pub event_type: Option<EventType>,
    /// PLOVER mode the event must carry.
    pub mode: Option<String>,
    /// PLOVER context the event must carry.
    pub context: Option<String>,
    /// Issue (case-insensitive) the event must be about.
    pub issue: Option<String>,
    /// First day (inclusive) of the event's effective start date.
    pub since: Option<NaiveDate>,
    /// Last day (inclusive) of the event's effective start date.
    pub until: Option<NaiveDate>,
    /// FTS5 query over the document text.
    pub text: Option<String>,
    /// Include events flagged `aux = negated` (excluded by default, as in PLOVER aggregates).
    pub include_negated: bool,
    /// Page size for [`crate::Store::query`]; row cap for exports.
    pub limit: Option<usize>,
    /// Opaque keyset cursor from [`Page::next_cursor`].
    pub cursor: Option<String>,
}

/// One page of results with a keyset cursor for the next page.
#[derive(Clone, Debug, Serialize)]
pub struct Page<T> {
    /// The rows of this page.
    pub items: Vec<T>,
    /// Pass as [`EventFilter::cursor`] to get the next page; `None` on the last page.
    pub next_cursor: Option<String>,
}

/// An event as stored: the SPEC §5 record plus its story links and document metadata.
#[derive(Clone, Debug, Serialize)]
pub struct StoredEvent {
    /// The coded event (serialised flat, so JSON output is the SPEC record plus the fields below).
    #[serde(flatten)]
    pub event: Event,
    /// Cross-document story this event belongs to.
    pub story_id: i64,
    /// Events (mentions) in the story, like GDELT NumMentions.
    pub story_mentions: u32,
    /// Distinct documents reporting the story, like GDELT NumArticles.
    pub story_documents: u32,
    /// Distinct sources (URL hosts or origins) reporting the story, like GDELT NumSources.
    pub story_sources: u32,
    /// Title of the source document.
    pub doc_title: Option<String>,
    /// URL of the source document.
    pub doc_url: Option<String>,
    /// Publication date of the source document.
    pub doc_date: Option<NaiveDate>,
    /// First day the event may have happened (event date range, else the document date).
    pub date_start: Option<NaiveDate>,
    /// Last day the event may have happened.
    pub date_end: Option<NaiveDate>,
    /// True when the event had no date and `date_start`/`date_end` come from the document date.
    pub date_from_document: bool,
}

/// A stored document with its text and its events, for evidence display.
#[derive(Clone, Debug, Serialize)]
pub struct StoredDocument {
    /// The document as ingested (text, url, title, date, sentences…).
    #[serde(flatten)]
    pub document: Document,
    /// Content hash used for idempotent ingest.
    pub hash: String,
    /// Source used for story NumSources: URL host, else the origin file.
    pub source: String,
    /// When the document was (last) ingested, RFC 3339 UTC.
    pub ingested_at: String,
    /// Its events in document order.
    pub events: Vec<StoredEvent>,
}

/// What one ingest call did.
#[derive(Clone, Debug, Default, Serialize, PartialEq, Eq)]
pub struct IngestReport {
    /// Documents seen for the first time.
    pub documents_added: usize,
    /// Documents whose id was known but content changed; their events were replaced.
    pub documents_replaced: usize,
    /// Documents already stored with the same content hash (nothing written).
    pub documents_unchanged: usize,
    /// Events written.
    pub events_added: usize,
    /// Events removed because their document was replaced.
    pub events_removed: usize,
}

impl IngestReport {
    /// Adds another report's counts to this one (for totals over batches).
    pub fn absorb(&mut self, other: &IngestReport) {
        self.documents_added += other.documents_added;
        self.documents_replaced += other.documents_replaced;
        self.documents_unchanged += other.documents_unchanged;
        self.events_added += other.events_added;
        self.events_removed += other.events_removed;
    }
}

/// Event changes for one re-coded document.
#[derive(Clone, Debug, Default, Serialize, PartialEq, Eq)]
pub struct DocumentChange {
    /// Document id.
    pub doc_id: String,
    /// Events the new coding has and the old did not (matched by span and type).
    pub added: usize,
    /// Events the old coding had and the new does not.
    pub removed: usize,
    /// Events at the same span with the same type whose other fields changed.
    pub changed: usize,
}

/// What a recode run did.
#[derive(Clone, Debug, Default, Serialize)]
pub struct RecodeReport {
    /// Documents re-coded.
    pub documents: usize,
    /// Documents whose stored events were rewritten.
    pub documents_changed: usize,
    /// Total events added.
    pub added: usize,
    /// Total events removed.
    pub removed: usize,
    /// Total events changed.
    pub changed: usize,
    /// Per-document changes (only documents with a difference).
    pub per_document: Vec<DocumentChange>,
}

/// Aggregation period of a timeline.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Period {
    /// ISO week (`2021-W07`).
    Week,
    /// Calendar month (`2021-11`).
    Month,
    /// Calendar year (`2021`).
    Year,
}

impl FromStr for Period {
    type Err = crate::StoreError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "week" | "w" => Ok(Period::Week),
            "month" | "m" => Ok(Period::Month),
            "year" | "y" => Ok(Period::Year),
            _ => Err(crate::StoreError::Invalid {
                what: "period",
                reason: format!("{s:?}; expected week, month or year"),
            }),
        }
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Period::Week => "week",
            Period::Month => "month",
            Period::Year => "year",
        })
    }
}

/// Counts and scores of one period of a timeline.
#[derive(Clone, Debug, Default, Serialize, PartialEq)]
pub struct TimelineRow {
    /// Period label (`2021-W07`, `2021-11`, `2021`).
    pub period: String,
    /// Event counts per PLOVER type name.
    pub counts_by_type: BTreeMap<String, u64>,
    /// Event counts per quad class name.
    pub counts_by_quad: BTreeMap<String, u64>,
    /// Sum of PLOVER scores.
    pub score_sum: f64,
    /// Mean PLOVER score (0 for an empty period).
    pub score_mean: f64,
    /// Number of events.
    pub events: u64,
}

/// A node of the actor network: a state, organisation or other actor code.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct NetworkNode {
    /// Actor code (`CHN`, `UN`).
    pub id: String,
    /// Events the actor takes part in.
    pub events: u64,
}

/// An undirected edge of the actor network: a dyad and how the two interacted.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct NetworkEdge {
    /// First code (alphabetically).
    pub source: String,
    /// Second code.
    pub target: String,
    /// Events linking the two (the edge weight).
    pub events: u64,
    /// Mean PLOVER score of those events.
    pub score_mean: f64,
    /// Of which cooperative (verbal or material cooperation).
    pub cooperative: u64,
    /// Of which conflictual.
    pub conflictual: u64,
}

/// Actors as nodes and dyads as weighted edges, for Gephi / networkx.
#[derive(Clone, Debug, Default, Serialize, PartialEq)]
pub struct Network {
    /// Nodes, sorted by code.
    pub nodes: Vec<NetworkNode>,
    /// Edges, sorted by (source, target).
    pub edges: Vec<NetworkEdge>,
}

/// Who took which side towards whom on an issue.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct StanceRow {
    /// Actor code expressing the stance.
    pub actor: String,
    /// Target code (empty when the statement had no recipient).
    pub target: String,
    /// `support` (SUPPORT, AGREE) or `oppose` (ACCUSE, REJECT, REQUEST).
    pub stance: String,
    /// Event counts per type behind this row.
    pub event_types: BTreeMap<String, u64>,
    /// Number of events.
    pub count: u64,
    /// Up to five evidence sentences.
    pub evidence: Vec<String>,
}

/// Activity of one actor code or named person.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct ActorCount {
    /// `code` for actor codes, `person` for named actors.
    pub kind: String,
    /// The code, or the person's name.
    pub name: String,
    /// The code (for persons, the code they act for).
    pub code: String,
    /// Events the actor takes part in.
    pub events: u64,
    /// Of which as actor.
    pub as_actor: u64,
    /// Of which as recipient.
    pub as_recipient: u64,
}

/// Size and coverage of a store.
#[derive(Clone, Debug, Default, Serialize, PartialEq)]
pub struct StoreStats {
    /// Documents stored.
    pub documents: u64,
    /// Events stored.
    pub events: u64,
    /// Distinct stories.
    pub stories: u64,
    /// Stories reported by more than one document.
    pub multi_document_stories: u64,
    /// Earliest effective event date.
    pub first_date: Option<NaiveDate>,
    /// Latest effective event date.
    pub last_date: Option<NaiveDate>,
}

/// A document's date source as stored text.
pub(crate) fn date_source_str(d: DateSource) -> &'static str {
    match d {
        DateSource::Metadata => "metadata",
        DateSource::Text => "text",
        DateSource::User => "user",
    }
}

/// Parses a stored date source.
pub(crate) fn parse_date_source(s: &str) -> Option<DateSource> {
    match s {
        "metadata" => Some(DateSource::Metadata),
        "text" => Some(DateSource::Text),
        "user" => Some(DateSource::User),
        _ => None,
    }
}
