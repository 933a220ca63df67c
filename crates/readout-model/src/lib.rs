//! readout's data model.
//!
//! One [`Document`] flows through the pipeline stages (normalise → sentences →
//! mentions → events); each stage fills in its part. [`Event`] is the output
//! record of SPEC §5, serialised field for field in that order.

mod date;
mod document;
mod event;
mod jsonl;
mod ontology;
mod shared;

pub use date::{PartialDate, PartialDateError};
pub use document::{DateSource, Document, Sentence, Span};
pub use event::{Actor, Aux, Event};
pub use ontology::{EventType, Quad, UnknownName, CONTEXTS, SECTORS};
pub use shared::SharedStr;
