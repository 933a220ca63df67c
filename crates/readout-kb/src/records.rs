//! In-memory rows of the five knowledge-base file formats.

use chrono::NaiveDate;
use readout_model::SharedStr;

/// Where a row came from, so problems and errors can point at it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Origin {
    pub file: String,
    pub line: usize,
}

/// A state (or observer / partially recognised state) and all the ways news names it.
#[derive(Debug, Clone)]
pub(crate) struct StateRec {
    pub code: SharedStr,
    pub name: String,
    pub official: String,
    pub aliases: Vec<String>,
    pub adjectives: Vec<String>,
    pub capital: String,
    /// Other spellings of the capital ("Kiev" for Kyiv), matched like it.
    pub capital_aliases: Vec<String>,
    /// False when the capital is too ambiguous to stand for the government ("!Victoria").
    pub capital_is_metonym: bool,
    /// Metonyms for the government with an optional sector ("Pentagon@MIL").
    pub metonyms: Vec<(String, Option<SharedStr>)>,
    pub status: String,
    pub origin: Origin,
}

/// An international organisation or forum.
#[derive(Debug, Clone)]
pub(crate) struct OrgRec {
    pub code: SharedStr,
    pub name: String,
    pub aliases: Vec<String>,
    pub sector: SharedStr,
    /// Member codes as written; `@un` expands to all UN member states.
    pub members: Vec<String>,
    pub origin: Origin,
}

/// An office title or institution noun.
#[derive(Debug, Clone)]
pub(crate) struct TitleRec {
    pub title: String,
    pub aliases: Vec<String>,
    pub sector: Option<SharedStr>,
    pub office: Option<SharedStr>,
    pub country: Option<SharedStr>,
    /// True for titles a person holds (a name may follow), false for bodies ("Foreign Ministry").
    pub takes_name: bool,
    pub origin: Origin,
}

/// A non-state actor: militant, separatist or opposition group, party, company.
#[derive(Debug, Clone)]
pub(crate) struct GroupRec {
    pub name: SharedStr,
    pub aliases: Vec<String>,
    pub code: SharedStr,
    pub sector: SharedStr,
    pub origin: Origin,
}

/// A city or region that is not a capital: a place, never an actor.
#[derive(Debug, Clone)]
pub(crate) struct PlaceRec {
    pub name: String,
    pub aliases: Vec<String>,
    /// ISO3 code of the state the place is in (or disputed under: listed as news places it);
    /// empty for a region or water shared by several states.
    pub country: SharedStr,
    /// city, region or water.
    pub kind: String,
    pub origin: Origin,
}

/// One person-term row of data/kb/terms/*.tsv.
#[derive(Debug, Clone)]
pub(crate) struct TermRec {
    /// Canonical name with any `#2` homonym suffix.
    pub person: String,
    pub aliases: Vec<String>,
    pub office: SharedStr,
    pub code: SharedStr,
    pub start_raw: SharedStr,
    pub end_raw: Option<SharedStr>,
    /// First day the term may cover.
    pub start: NaiveDate,
    /// Last day the term may cover; `None` = still in office.
    pub end: Option<NaiveDate>,
    /// Last day the start may be (differs from `start` for "2020-10" or "2020").
    pub start_latest: NaiveDate,
    /// First day the end may be.
    pub end_earliest: Option<NaiveDate>,
    pub sector: SharedStr,
    pub title: String,
    pub origin: Origin,
}

impl TermRec {
    /// Whether the term covers the day.
    pub fn covers(&self, date: NaiveDate) -> bool {
        self.start <= date
            && match self.end {
                None => true,
                Some(end) => date <= end,
            }
    }

    /// Days between the date and the term (0 when covered); used to pick the nearest term.
    pub fn distance_days(&self, date: NaiveDate) -> i64 {
        if date < self.start {
            (self.start - date).num_days()
        } else {
            match self.end {
                Some(end) if date > end => (date - end).num_days(),
                _ => 0,
            }
        }
    }
}

/// Everything read from the files, after later files overrode earlier ones.
#[derive(Debug, Default)]
pub(crate) struct Records {
    pub states: Vec<StateRec>,
    pub orgs: Vec<OrgRec>,
    pub titles: Vec<TitleRec>,
    pub groups: Vec<GroupRec>,
    pub terms: Vec<TermRec>,
    pub places: Vec<PlaceRec>,
    /// Files read, in order (for stats).
    pub files: Vec<String>,
    /// Row position by override key, per format, so later files replace rows in O(1).
    pub keys: std::collections::HashMap<(u8, String), usize>,
}
