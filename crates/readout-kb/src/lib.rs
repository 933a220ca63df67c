//! readout's knowledge base: states, international organisations, office titles,
//! non-state groups and office-holders with dated terms — and the fast,
//! time-aware matcher that finds them in text.
//!
//! The built-in data is every `*.tsv` under `data/kb`, embedded at build time;
//! analysts add or override entries with extra files of the same formats
//! (see docs/knowledge-base.md) via [`KnowledgeBase::with_extras`].

mod check;
mod compose;
mod error;
mod fold;
mod hash;
mod index;
mod load;
mod matcher;
mod names;
mod records;
mod terms;
mod trie;

pub use compose::is_title_case;
pub use error::KbError;

use chrono::NaiveDate;
use readout_model::SharedStr;
use serde::Serialize;
use std::collections::HashMap;

/// The loaded knowledge base with its matcher; cheap to share across threads.
pub struct KnowledgeBase {
    pub(crate) rec: records::Records,
    pub(crate) state_by_code: hash::CodeMap<String, usize>,
    pub(crate) org_by_code: hash::CodeMap<String, usize>,
    /// Member lists with `@un` expanded, parallel to `rec.orgs`.
    pub(crate) org_members: Vec<Vec<String>>,
    pub(crate) people: Vec<index::Person>,
    /// Person index by canonical key (with any `#2` suffix).
    pub(crate) person_by_key: hash::CodeMap<String, usize>,
    /// Per title, its folded plural names ("foreign ministers"), which name no single holder.
    pub(crate) title_plurals: Vec<Vec<String>>,
    pub(crate) terms_by_office: HashMap<(String, String), Vec<usize>>,
    pub(crate) matcher: matcher::Matcher,
    /// The sector GOV, shared by every mention of a state or capital that gives none.
    pub(crate) government_sector: SharedStr,
}

/// What a mention names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MentionKind {
    /// A state by name, short form or acronym ("Turkey", "the US").
    State,
    /// A capital or other metonym standing for a government ("Ankara", "the Kremlin").
    Capital,
    /// A state adjective or demonym not followed by a title ("Turkish people"); see `head`.
    Adjective,
    /// An international organisation or forum ("SCO", "United Nations").
    Organisation,
    /// A person, known or named right after a title ("Foreign Minister Wang Yi").
    Person,
    /// An office title or institution without a person ("the Chinese Foreign Ministry").
    Title,
    /// A non-state group, party or company ("ETIM", "Rostec").
    Group,
    /// A city or region that is not a capital ("Kharkiv", "Gaza"); `code` is its country.
    /// Behind the `place-mentions` feature until every `match` on this enum has an arm for it.
    #[cfg(feature = "place-mentions")]
    Place,
}

/// One actor mention found in a text and what it resolves to.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct KbMention {
    /// Byte range into the text passed in.
    pub span: (usize, usize),
    /// That text.
    pub text: String,
    /// What the mention names.
    pub kind: MentionKind,
    /// ISO3 state code or organisation code; empty when a bare title gives no country.
    pub code: SharedStr,
    /// Sector (GOV, MIL, IGO, SEP …) when known.
    pub sector: Option<SharedStr>,
    /// Person or group canonical name (for an unknown person, the name as written).
    pub name: Option<SharedStr>,
    /// Office title ("Foreign Minister").
    pub title: Option<String>,
    /// Office key (`foreign_minister`).
    pub office: Option<SharedStr>,
    /// Start and end (None = current) of the matched term, as written in the terms file.
    pub term: Option<(SharedStr, Option<SharedStr>)>,
    /// For adjectives: the word that follows ("people", "side").
    pub head: Option<String>,
    /// True when a person was resolved without a date or outside all of their terms.
    pub date_fallback: bool,
    /// One line explaining the resolution.
    pub why: String,
}

/// One knowledge-base entry as listed by [`KnowledgeBase::search`].
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct KbEntry {
    /// state, organisation, title, group or person.
    pub kind: String,
    /// Code of the entry (person: code of the latest term; title: default country).
    pub code: String,
    /// Canonical name.
    pub name: String,
    /// Other names and short forms.
    pub aliases: Vec<String>,
    /// Sector when the entry has one.
    pub sector: Option<String>,
    /// Extra facts: terms of a person, office of a title, members of an organisation.
    pub details: Vec<String>,
    /// File and line the entry was read from.
    pub source: String,
}

/// Counts per kind, for `readout kb stats`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct KbStats {
    /// States (incl. observers, Taiwan, Kosovo).
    pub states: usize,
    /// International organisations and forums.
    pub organisations: usize,
    /// Distinct people in the terms files.
    pub people: usize,
    /// Person-term rows.
    pub terms: usize,
    /// Office titles and institution nouns.
    pub titles: usize,
    /// Non-state groups, parties, companies.
    pub groups: usize,
    /// Cities and regions (data/kb/places.tsv).
    pub places: usize,
    /// Distinct match patterns (names, aliases, adjectives, derived surnames).
    pub aliases: usize,
    /// Files loaded, in order.
    pub files: Vec<String>,
}

/// How serious a [`KbProblem`] is; `readout kb check` fails on errors only.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Worth a look; legitimate ambiguities ("Congo") show up here.
    Warning,
    /// Wrong data that changes results.
    Error,
}

/// One problem found by [`KnowledgeBase::check`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct KbProblem {
    /// Error or warning.
    pub severity: Severity,
    /// overlapping_terms, unknown_code, duplicate_alias or bad_dates.
    pub kind: String,
    /// File of the offending row.
    pub file: String,
    /// Line of the offending row (1-based).
    pub line: usize,
    /// What is wrong, naming the entries involved.
    pub message: String,
}

impl KnowledgeBase {
    /// Loads the data embedded at build time (every *.tsv under data/kb).
    pub fn builtin() -> Result<KnowledgeBase, KbError> {
        Self::with_extras(&[])
    }

    /// Loads the embedded data, then the extra files in order; later rows override earlier ones.
    pub fn with_extras(paths: &[std::path::PathBuf]) -> Result<KnowledgeBase, KbError> {
        let mut files: Vec<(String, String)> = index::embedded_files()
            .iter()
            .map(|(name, content)| (name.to_string(), content.to_string()))
            .collect();
        for path in paths {
            let content = std::fs::read_to_string(path).map_err(|source| KbError::Io {
                path: path.clone(),
                source,
            })?;
            files.push((path.display().to_string(), content));
        }
        Self::from_sources(&files)
    }

    /// Builds a base from (file name, content) pairs only; no embedded data. Used by tests and tools.
    pub fn from_sources(files: &[(String, String)]) -> Result<KnowledgeBase, KbError> {
        let mut rec = records::Records::default();
        for (name, content) in files {
            load::load_file(&mut rec, name, content)?;
        }
        Ok(index::build(rec))
    }

    /// All mentions in the text, sorted by span, non-overlapping, composites merged.
    ///
    /// `why` is left empty here: formatting explanations for every mention costs more
    /// than finding them. Use [`KnowledgeBase::find_mentions_explained`] when showing them.
    pub fn find_mentions(&self, text: &str, date: Option<NaiveDate>) -> Vec<KbMention> {
        compose::find_mentions(self, text, date, false)
    }

    /// The same mentions as [`KnowledgeBase::find_mentions`], each with its one-line `why`.
    pub fn find_mentions_explained(&self, text: &str, date: Option<NaiveDate>) -> Vec<KbMention> {
        compose::find_mentions(self, text, date, true)
    }

    /// The best (longest) mention in a short phrase, with its `why`.
    pub fn resolve(&self, phrase: &str, date: Option<NaiveDate>) -> Option<KbMention> {
        self.find_mentions_explained(phrase, date)
            .into_iter()
            .max_by_key(|m| (m.span.1 - m.span.0, std::cmp::Reverse(m.span.0)))
    }

    /// Entries whose name or an alias contains the query (case and diacritics ignored).
    pub fn search(&self, query: &str) -> Vec<KbEntry> {
        index::search(self, query)
    }

    /// Counts per kind.
    pub fn stats(&self) -> KbStats {
        KbStats {
            states: self.rec.states.len(),
            organisations: self.rec.orgs.len(),
            people: self.people.len(),
            terms: self.rec.terms.len(),
            titles: self.rec.titles.len(),
            groups: self.rec.groups.len(),
            places: self.rec.places.len(),
            aliases: self.matcher.pattern_count(),
            files: self.rec.files.clone(),
        }
    }

    /// Data problems: overlapping terms, unknown codes, duplicate aliases, bad dates.
    pub fn check(&self) -> Vec<KbProblem> {
        check::check(self)
    }

    /// Short name of a state ("Turkey" for TUR).
    pub fn state_name(&self, code: &str) -> Option<&str> {
        self.state_by_code
            .get(code)
            .map(|&i| self.rec.states[i].name.as_str())
    }

    /// Whether the code is a state in the base (as opposed to an organisation).
    pub fn is_state(&self, code: &str) -> bool {
        self.state_by_code.contains_key(code)
    }

    /// Member state codes of an organisation, when the base lists them.
    pub fn organisation_members(&self, code: &str) -> Option<&[String]> {
        let &i = self.org_by_code.get(code)?;
        let members = &self.org_members[i];
        (!members.is_empty()).then_some(members.as_slice())
    }

    /// Who held an office of a state or organisation on the date (latest term when no date).
    pub fn office_holder(
        &self,
        code: &str,
        office: &str,
        date: Option<NaiveDate>,
    ) -> Option<KbMention> {
        terms::office_holder(self, code, office, date, true)
    }
}
