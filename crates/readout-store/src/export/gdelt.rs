//! GDELT 2.0 event table export: 61 tab-separated columns in GDELT's order, one row per story.

use super::{io_err, ExportRow, RowSink};
use crate::StoreError;
use chrono::Datelike;
use readout_model::Actor;
use std::io::Write;
use std::path::PathBuf;

/// The 61 GDELT 2.0 event-table column names, in file order.
pub const GDELT_COLUMNS: [&str; 61] = [
    "GlobalEventID",
    "Day",
    "MonthYear",
    "Year",
    "FractionDate",
    "Actor1Code",
    "Actor1Name",
    "Actor1CountryCode",
    "Actor1KnownGroupCode",
    "Actor1EthnicCode",
    "Actor1Religion1Code",
    "Actor1Religion2Code",
    "Actor1Type1Code",
    "Actor1Type2Code",
    "Actor1Type3Code",
    "Actor2Code",
    "Actor2Name",
    "Actor2CountryCode",
    "Actor2KnownGroupCode",
    "Actor2EthnicCode",
    "Actor2Religion1Code",
    "Actor2Religion2Code",
    "Actor2Type1Code",
    "Actor2Type2Code",
    "Actor2Type3Code",
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    "Actor1Geo_Type",
    "Actor1Geo_FullName",
    "Actor1Geo_CountryCode",
    "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat",
    "Actor1Geo_Long",
    "Actor1Geo_FeatureID",
    "Actor2Geo_Type",
    "Actor2Geo_FullName",
    "Actor2Geo_CountryCode",
    "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat",
    "Actor2Geo_Long",
    "Actor2Geo_FeatureID",
    "ActionGeo_Type",
    "ActionGeo_FullName",
    "ActionGeo_CountryCode",
    "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code",
    "ActionGeo_Lat",
    "ActionGeo_Long",
    "ActionGeo_FeatureID",
    "DATEADDED",
    "SOURCEURL",
];

/// Writes GDELT rows (no header, like GDELT's own files).
pub(crate) struct GdeltSink {
    out: Box<dyn Write>,
    path: PathBuf,
}

impl GdeltSink {
    pub fn new(out: Box<dyn Write>, path: PathBuf) -> Self {
        GdeltSink { out, path }
    }
}

/// GDELT's ten actor columns (Code, Name, CountryCode, KnownGroupCode, EthnicCode, Religion1, Religion2,
/// Type1, Type2, Type3) for one participant, CAMEO style: `CHNGOV`, IGOs as `IGO` + acronym.
fn actor_columns(a: Option<&Actor>) -> [String; 10] {
    let mut cols: [String; 10] = Default::default();
    let Some(a) = a else { return cols };
    let code = clean(&a.code.to_uppercase());
    let sector = a
        .sector
        .as_deref()
        .map(|s| clean(&s.to_uppercase()))
        .unwrap_or_default();
    let is_state = code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase());
    cols[0] = if sector == "IGO" {
        format!("IGO{code}")
    } else {
        format!("{code}{sector}")
    };
    cols[1] = clean(&a.name.clone().unwrap_or_else(|| a.text.clone())).to_uppercase();
    if is_state && sector != "IGO" {
        cols[2] = code.clone();
    }
    if sector == "IGO" || (!is_state && sector.is_empty()) {
        cols[3] = code;
    }
    cols[7] = sector;
    cols
}

/// Removes tabs and line breaks, which would break the TSV layout.
fn clean(s: &str) -> String {
    s.replace(['\t', '\n', '\r'], " ")
}

impl RowSink for GdeltSink {
    fn write(&mut self, row: &ExportRow) -> Result<(), StoreError> {
        let s = &row.ev.stored;
        let e = &s.event;
        let mut cols: Vec<String> = Vec::with_capacity(61);
        cols.push(s.story_id.to_string());
        match s.date_start {
            Some(d) => {
                cols.push(d.format("%Y%m%d").to_string());
                cols.push(d.format("%Y%m").to_string());
                cols.push(d.year().to_string());
                let days_in_year = if chrono::NaiveDate::from_ymd_opt(d.year(), 2, 29).is_some() {
                    366.0
                } else {
                    365.0
                };
                cols.push(format!(
                    "{:.4}",
                    d.year() as f64 + (d.ordinal0() as f64) / days_in_year
                ));
            }
            None => cols.extend(std::iter::repeat_n(String::new(), 4)),
        }
        // Reciprocal events have no recipient: the second participant is Actor2.
        let (a1, a2) = if e.recipient.is_empty() {
            (e.actor.first(), e.actor.get(1))
        } else {
            (e.actor.first(), e.recipient.first())
        };
        cols.extend(actor_columns(a1));
        cols.extend(actor_columns(a2));
        cols.push(if e.sentence_index == 0 { "1" } else { "0" }.into());
        let cameo = clean(&e.cameo);
        cols.push(cameo.clone());
        cols.push(cameo.chars().take(3).collect());
        cols.push(cameo.chars().take(2).collect());
        cols.push(e.quad.gdelt_number().to_string());
        cols.push(format!("{:.1}", e.score));
        cols.push(s.story_mentions.to_string());
        cols.push(s.story_sources.to_string());
        cols.push(s.story_documents.to_string());
        cols.push(String::new()); // AvgTone: readout does not measure tone.
                                  // Actor1Geo, Actor2Geo: unknown. ActionGeo: the location name when the text gives one.
        cols.extend(std::iter::repeat_n(String::new(), 16));
        let loc = e.location.as_deref().map(clean).unwrap_or_default();
        let loc_type = if loc.is_empty() {
            ""
        } else if loc.len() == 3 && loc.bytes().all(|b| b.is_ascii_uppercase()) {
            "1"
        } else {
            "4"
        };
        cols.push(loc_type.into());
        cols.push(loc);
        cols.extend(std::iter::repeat_n(String::new(), 6));
        cols.push(
            row.ingested_at
                .chars()
                .filter(|c| c.is_ascii_digit())
                .take(14)
                .collect(),
        );
        cols.push(clean(s.doc_url.as_deref().unwrap_or(&row.source)));
        debug_assert_eq!(cols.len(), GDELT_COLUMNS.len());
        writeln!(self.out, "{}", cols.join("\t")).map_err(io_err(&self.path))
    }

    fn finish(mut self: Box<Self>) -> Result<(), StoreError> {
        self.out.flush().map_err(io_err(&self.path))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn actor_codes_follow_cameo_layout() {
        let mut a = Actor::code("Beijing", "CHN");
        a.sector = Some("GOV".into());
        let c = actor_columns(Some(&a));
        assert_eq!(
            (c[0].as_str(), c[2].as_str(), c[7].as_str()),
            ("CHNGOV", "CHN", "GOV")
        );
        let mut un = Actor::code("the UN", "UN");
        un.sector = Some("IGO".into());
        let c = actor_columns(Some(&un));
        assert_eq!(
            (c[0].as_str(), c[2].as_str(), c[3].as_str()),
            ("IGOUN", "", "UN")
        );
        assert!(actor_columns(None).iter().all(String::is_empty));
    }
}
