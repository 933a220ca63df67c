//! readout's text pipeline: input readers, normalisation, boilerplate removal,
//! publication dates, sentence splitting and date expressions.
//!
//! ```text
//! read_inputs(paths) ──► RawDocument ──► prepare() ──► Document { text, sentences, date }
//!                                          │
//!        html main text → normalise → boilerplate → unwrap lines → pub date → sentences
//! ```
//! `DateResolver` resolves the date expressions of a sentence against the
//! document's reference date for the coder.

#![warn(missing_docs)]

mod boilerplate;
mod calendar;
pub mod dates;
mod html;
mod input;
mod lines;
mod normalise;
mod prepare;
mod pubdate;
mod sentences;
mod unwrap;

pub use boilerplate::{is_boilerplate_line, remove_boilerplate};
pub use calendar::{full_dates, month_number, parse_date_value, FoundDate};
pub use dates::{DateMention, DateRelation, DateResolver};
pub use html::{extract_html, HtmlExtract};
pub use input::{
    read_inputs, read_inputs_with, read_stream, BodyKind, InputError, InputErrorKind, Inputs,
    RawDocument, ReaderOptions, MAX_DOCUMENT_BYTES,
};
pub use normalise::normalise;
pub use prepare::prepare;
pub use pubdate::find_publication_date;
pub use sentences::{split_sentences, MAX_SENTENCE_BYTES};
pub use unwrap::unwrap_lines;
