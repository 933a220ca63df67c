//! Turns an [`EventFilter`] into SQL that starts from the most selective index.
//!
//! A dyad filter drives from `dyads`, an actor or recipient filter from `participants`; both are
//! ordered by (day, event) and carry type, score and the negated flag, so many aggregates never touch
//! `events`. Other filters become conditions on `events e`. Dates filter the effective start day.

use crate::ingest::{ROLE_ACTOR, ROLE_RECIPIENT};
use crate::schema::NO_DAY;
use crate::util::day_number;
use crate::{EventFilter, StoreError};
use rusqlite::types::Value;

/// A planned selection: FROM/WHERE parts and their parameters.
pub(crate) struct Plan {
    /// Driving table with alias (`dyads x`, `participants x` or `events e`).
    driver: &'static str,
    /// Whether the driver is `events e` itself.
    driver_is_events: bool,
    /// Conditions that need the `events e` row.
    needs_events: bool,
    /// ANDed conditions.
    wheres: Vec<String>,
    /// Positional parameters, in order of the `?` marks.
    pub params: Vec<Value>,
}

impl Plan {
    /// Plans the filter; `cursor` adds the keyset condition for pagination.
    pub fn new(f: &EventFilter, with_cursor: bool) -> Result<Plan, StoreError> {
        let mut p = Plan {
            driver: "events e",
            driver_is_events: true,
            needs_events: false,
            wheres: vec![],
            params: vec![],
        };
        let norm = |c: &str| c.trim().to_uppercase();
        let mut actor_done = false;
        let mut recipient_done = false;
        if let Some((a, b)) = &f.dyad {
            let (a, b) = (norm(a), norm(b));
            let (a, b) = if a <= b { (a, b) } else { (b, a) };
            p.driver = "dyads x";
            p.driver_is_events = false;
            p.push("x.a = ?", Value::Text(a));
            p.push("x.b = ?", Value::Text(b));
        } else if let Some(a) = &f.actor {
            p.driver = "participants x";
            p.driver_is_events = false;
            p.push("x.code = ?", Value::Text(norm(a)));
            p.push("x.role = ?", Value::Integer(ROLE_ACTOR));
            actor_done = true;
        } else if let Some(r) = &f.recipient {
            p.driver = "participants x";
            p.driver_is_events = false;
            p.push("x.code = ?", Value::Text(norm(r)));
            p.push("x.role = ?", Value::Integer(ROLE_RECIPIENT));
            recipient_done = true;
        }
        let day = p.day_col();
        if let Some(since) = f.since {
            p.push(&format!("{day} >= ?"), Value::Integer(day_number(since)));
        }
        if let Some(until) = f.until {
            p.push(&format!("{day} <= ?"), Value::Integer(day_number(until)));
            if f.since.is_none() {
                p.push(&format!("{day} > ?"), Value::Integer(NO_DAY));
            }
        }
        if let (Some(s), Some(u)) = (f.since, f.until) {
            if s > u {
                return Err(StoreError::Invalid {
                    what: "date range",
                    reason: format!("--since {s} is after --until {u}"),
                });
            }
        }
        if let Some(t) = f.event_type {
            let col = p.col("etype");
            p.push(&format!("{col} = ?"), Value::Integer(t as i64));
        }
        if !f.include_negated {
            let col = p.col("negated");
            p.wheres.push(format!("{col} = 0"));
        }
        for (done, code, role) in [
            (actor_done, &f.actor, ROLE_ACTOR),
            (recipient_done, &f.recipient, ROLE_RECIPIENT),
        ] {
            if let (false, Some(c)) = (done, code) {
                p.needs_events = true;
                p.wheres.push(format!(
                    "EXISTS (SELECT 1 FROM participants p WHERE p.event_rowid = e.rowid AND p.code = ? AND p.role = {role})"
                ));
                p.params.push(Value::Text(norm(c)));
            }
        }
        for (col, value) in [("mode", &f.mode), ("context", &f.context)] {
            if let Some(v) = value {
                p.needs_events = true;
                p.push(
                    &format!("EXISTS (SELECT 1 FROM json_each(e.{col}) WHERE value = ?)"),
                    Value::Text(v.trim().to_lowercase()),
                );
            }
        }
        if let Some(issue) = &f.issue {
            p.needs_events = true;
            p.push(
                "EXISTS (SELECT 1 FROM json_each(e.issues) WHERE lower(value) = lower(?))",
                Value::Text(issue.trim().to_string()),
            );
        }
        if let Some(text) = f.text.as_deref().filter(|t| !t.trim().is_empty()) {
            p.needs_events = true;
            p.push(
                "e.doc_rowid IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)",
                Value::Text(text.to_string()),
            );
        }
        if with_cursor {
            if let Some(c) = &f.cursor {
                let (d, r) = parse_cursor(c)?;
                let (dc, rc) = (p.day_col(), p.rowid_col());
                p.wheres.push(format!("({dc}, {rc}) > (?, ?)"));
                p.params.push(Value::Integer(d));
                p.params.push(Value::Integer(r));
            }
        }
        Ok(p)
    }

    fn push(&mut self, cond: &str, v: Value) {
        self.wheres.push(cond.to_string());
        self.params.push(v);
    }

    fn col(&self, name: &str) -> String {
        if self.driver_is_events {
            format!("e.{name}")
        } else {
            format!("x.{name}")
        }
    }

    /// The column holding the effective start day (ordering key, with [`Plan::rowid_col`]).
    pub fn day_col(&self) -> &'static str {
        if self.driver_is_events {
            "e.sort_day"
        } else {
            "x.day"
        }
    }

    /// The column holding the event rowid.
    pub fn rowid_col(&self) -> &'static str {
        if self.driver_is_events {
            "e.rowid"
        } else {
            "x.event_rowid"
        }
    }

    /// ORDER BY for full scans: storage order for the events table (sequential reads), the
    /// driver's (day, event) order otherwise.
    pub fn scan_order(&self) -> String {
        if self.driver_is_events {
            "e.rowid".into()
        } else {
            "x.day, x.event_rowid".into()
        }
    }

    /// Column with the event type number, from the driver when possible.
    pub fn etype_col(&self) -> String {
        self.col("etype")
    }

    /// Column with the score, from the driver when possible.
    pub fn score_col(&self) -> String {
        self.col("score")
    }

    /// FROM clause; joins `events e` when a condition or `force_events` needs it.
    pub fn from(&self, force_events: bool) -> String {
        if self.driver_is_events || !(self.needs_events || force_events) {
            self.driver.to_string()
        } else {
            format!("{} JOIN events e ON e.rowid = x.event_rowid", self.driver)
        }
    }

    /// WHERE clause (including the keyword) or empty.
    pub fn where_clause(&self) -> String {
        if self.wheres.is_empty() {
            String::new()
        } else {
            format!("WHERE {}", self.wheres.join(" AND "))
        }
    }

    /// True when a dyad drives the plan and no condition needs the `events` row: then the
    /// `dyad_events` table (same keys and filter columns as `dyads`, plus each event's JSON)
    /// answers a page by itself.
    pub fn dyad_covers(&self) -> bool {
        self.driver == "dyads x" && !self.needs_events
    }

    /// True when the plan selects every event (no conditions at all).
    pub fn is_everything(&self) -> bool {
        self.wheres.is_empty()
    }
}

/// Encodes a keyset position.
pub(crate) fn make_cursor(day: i64, rowid: i64) -> String {
    format!("{day}_{rowid}")
}

fn parse_cursor(c: &str) -> Result<(i64, i64), StoreError> {
    let bad = || StoreError::Invalid {
        what: "cursor",
        reason: format!("{c:?} is not a cursor returned by a query"),
    };
    let (d, r) = c.trim().split_once('_').ok_or_else(bad)?;
    Ok((d.parse().map_err(|_| bad())?, r.parse().map_err(|_| bad())?))
}

impl crate::Store {
    /// Plans a filter after checking its FTS query, so a malformed `--text` is reported as such
    /// instead of as a generic database error.
    pub(crate) fn plan(&self, f: &EventFilter, with_cursor: bool) -> Result<Plan, StoreError> {
        if let Some(text) = f.text.as_deref().filter(|t| !t.trim().is_empty()) {
            let check = self
                .conn
                .prepare_cached("SELECT 1 FROM documents_fts WHERE documents_fts MATCH ?1 LIMIT 1")
                .and_then(|mut s| s.exists([text]));
            if let Err(e) = check {
                let reason = match e {
                    rusqlite::Error::SqliteFailure(_, Some(m)) => m,
                    other => other.to_string(),
                };
                return Err(StoreError::Invalid {
                    what: "--text query",
                    reason: format!(
                        "{reason} (FTS5 syntax: words, \"a phrase\", AND, OR, NOT, prefix*)"
                    ),
                });
            }
        }
        Plan::new(f, with_cursor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cursors_round_trip_and_reject_garbage() {
        assert_eq!(parse_cursor(&make_cursor(-5, 42)).unwrap(), (-5, 42));
        assert!(parse_cursor("abc").is_err());
        assert!(parse_cursor("1_x").is_err());
    }

    #[test]
    fn dyad_plans_avoid_events_when_possible() {
        let f = EventFilter {
            dyad: Some(("tur".into(), "CHN".into())),
            ..Default::default()
        };
        let p = Plan::new(&f, false).unwrap();
        assert_eq!(p.from(false), "dyads x");
        assert_eq!(
            p.params[0],
            Value::Text("CHN".into()),
            "pair is normalised and ordered"
        );
        let f = EventFilter {
            dyad: Some(("TUR".into(), "CHN".into())),
            issue: Some("Taiwan".into()),
            ..Default::default()
        };
        assert!(Plan::new(&f, false)
            .unwrap()
            .from(false)
            .contains("JOIN events e"));
    }
}
