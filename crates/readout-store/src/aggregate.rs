//! Aggregates: timelines, the actor network, stances on an issue, and actor rankings.

use crate::schema::NO_DAY;
use crate::util::{day_date, day_number};
use crate::{
    ActorCount, EventFilter, Network, NetworkEdge, NetworkNode, Period, StanceRow, Store,
    StoreError, TimelineRow,
};
use chrono::{Datelike, Duration, NaiveDate};
use readout_model::{Actor, EventType};
use rusqlite::params_from_iter;
use rusqlite::types::Value;
use std::collections::BTreeMap;

/// Event types that express support on an issue.
const SUPPORT_TYPES: [EventType; 2] = [EventType::Support, EventType::Agree];
/// Event types that express opposition on an issue.
const OPPOSE_TYPES: [EventType; 3] = [EventType::Accuse, EventType::Reject, EventType::Request];
/// Evidence sentences kept per stance row.
const MAX_EVIDENCE: usize = 5;

/// First day of the period containing `d`.
pub fn period_start(d: NaiveDate, by: Period) -> NaiveDate {
    match by {
        Period::Week => d - Duration::days(d.weekday().num_days_from_monday() as i64),
        Period::Month => d.with_day(1).unwrap_or(d),
        Period::Year => NaiveDate::from_ymd_opt(d.year(), 1, 1).unwrap_or(d),
    }
}

/// First day of the period after the one starting at `start`.
fn next_period(start: NaiveDate, by: Period) -> NaiveDate {
    match by {
        Period::Week => start + Duration::days(7),
        Period::Month => {
            let (y, m) = if start.month() == 12 {
                (start.year() + 1, 1)
            } else {
                (start.year(), start.month() + 1)
            };
            NaiveDate::from_ymd_opt(y, m, 1).unwrap_or(NaiveDate::MAX)
        }
        Period::Year => NaiveDate::from_ymd_opt(start.year() + 1, 1, 1).unwrap_or(NaiveDate::MAX),
    }
}

/// Label of the period starting at `start` (`2021-W07`, `2021-11`, `2021`).
pub fn period_label(start: NaiveDate, by: Period) -> String {
    match by {
        Period::Week => {
            let w = start.iso_week();
            format!("{:04}-W{:02}", w.year(), w.week())
        }
        Period::Month => format!("{:04}-{:02}", start.year(), start.month()),
        Period::Year => format!("{:04}", start.year()),
    }
}

/// True when the filter only restricts dates and negation, so whole index tables can be scanned.
fn only_dates(f: &EventFilter) -> bool {
    f.actor.is_none()
        && f.recipient.is_none()
        && f.dyad.is_none()
        && f.event_type.is_none()
        && f.mode.is_none()
        && f.context.is_none()
        && f.issue.is_none()
        && f.text.as_deref().is_none_or(|t| t.trim().is_empty())
}

/// Conditions on an index table aliased `alias` with `day` and `negated` columns, for [`only_dates`] filters.
fn index_conditions(f: &EventFilter, alias: &str) -> (String, Vec<Value>) {
    let mut conds = Vec::new();
    let mut params = Vec::new();
    if let Some(s) = f.since {
        conds.push(format!("{alias}.day >= ?"));
        params.push(Value::Integer(day_number(s)));
    }
    if let Some(u) = f.until {
        conds.push(format!("{alias}.day <= ? AND {alias}.day > {NO_DAY}"));
        params.push(Value::Integer(day_number(u)));
    }
    if !f.include_negated {
        conds.push(format!("{alias}.negated = 0"));
    }
    (conds.join(" AND "), params)
}

/// `(condition, params)` restricting `{alias}.event_rowid` to the filter's events.
fn restrict_to(
    store: &Store,
    f: &EventFilter,
    alias: &str,
) -> Result<(String, Vec<Value>), StoreError> {
    if only_dates(f) {
        return Ok(index_conditions(f, alias));
    }
    let plan = store.plan(f, false)?;
    let cond = format!(
        "{alias}.event_rowid IN (SELECT {} FROM {} {})",
        plan.rowid_col(),
        plan.from(false),
        plan.where_clause()
    );
    Ok((cond, plan.params))
}

fn where_of(cond: &str) -> String {
    if cond.is_empty() {
        String::new()
    } else {
        format!("WHERE {cond}")
    }
}

#[derive(Default)]
struct Acc {
    by_type: BTreeMap<String, u64>,
    by_quad: BTreeMap<String, u64>,
    sum: f64,
    n: u64,
}

impl Store {
    /// Counts per PLOVER type and quad class, and summed and mean score, per period; periods
    /// without events between the first and last are included with zero counts.
    /// Events are placed at their effective start date; undated events are left out.
    pub fn timeline(&self, f: &EventFilter, by: Period) -> Result<Vec<TimelineRow>, StoreError> {
        let plan = self.plan(f, false)?;
        let sql = format!(
            "SELECT {}, {}, {} FROM {} {}",
            plan.day_col(),
            plan.etype_col(),
            plan.score_col(),
            plan.from(false),
            plan.where_clause()
        );
        let mut stmt = self
            .conn
            .prepare_cached(&sql)
            .map_err(|e| self.err("preparing the timeline", e))?;
        let mut rows = stmt
            .query(params_from_iter(plan.params.iter()))
            .map_err(|e| self.err("computing the timeline", e))?;
        // Accumulate per day first (cheap integer keys), then fold days into periods.
        let mut per_day: BTreeMap<i64, [(u64, f64); 16]> = BTreeMap::new();
        while let Some(r) = rows
            .next()
            .map_err(|e| self.err("computing the timeline", e))?
        {
            let day: i64 = r.get(0).map_err(|e| self.err("reading the timeline", e))?;
            if day == NO_DAY {
                continue;
            }
            let etype: i64 = r.get(1).map_err(|e| self.err("reading the timeline", e))?;
            let score: f64 = r.get(2).map_err(|e| self.err("reading the timeline", e))?;
            let slot = &mut per_day.entry(day).or_insert([(0, 0.0); 16])[(etype as usize).min(15)];
            slot.0 += 1;
            slot.1 += score;
        }
        let mut periods: BTreeMap<NaiveDate, Acc> = BTreeMap::new();
        for (day, slots) in per_day {
            let Some(date) = day_date(day) else { continue };
            let acc = periods.entry(period_start(date, by)).or_default();
            for (i, (n, sum)) in slots.iter().enumerate() {
                if *n == 0 {
                    continue;
                }
                let t = EventType::ALL[i];
                *acc.by_type.entry(t.name().to_string()).or_default() += n;
                *acc.by_quad.entry(t.quad().name().to_string()).or_default() += n;
                acc.sum += sum;
                acc.n += n;
            }
        }
        let (Some(first), Some(last)) = (
            periods.keys().next().copied(),
            periods.keys().next_back().copied(),
        ) else {
            return Ok(Vec::new());
        };
        let mut out = Vec::new();
        let mut p = first;
        while p <= last {
            let row = match periods.remove(&p) {
                Some(acc) => TimelineRow {
                    period: period_label(p, by),
                    counts_by_type: acc.by_type,
                    counts_by_quad: acc.by_quad,
                    score_sum: acc.sum,
                    score_mean: if acc.n > 0 {
                        acc.sum / acc.n as f64
                    } else {
                        0.0
                    },
                    events: acc.n,
                },
                None => TimelineRow {
                    period: period_label(p, by),
                    ..Default::default()
                },
            };
            out.push(row);
            p = next_period(p, by);
        }
        Ok(out)
    }

    /// Actor codes as nodes and dyads as undirected weighted edges (event count, mean score).
    /// A node's `events` counts participations (a code that is both actor and recipient of one
    /// event counts twice), which keeps the whole-store network a single index scan.
    pub fn network(&self, f: &EventFilter) -> Result<Network, StoreError> {
        let (cond, params) = restrict_to(self, f, "y")?;
        let sql = format!(
            "SELECT y.a, y.b, count(*), avg(y.score), sum(y.etype < 7), sum(y.etype >= 7) FROM dyads y {}
             GROUP BY y.a, y.b ORDER BY y.a, y.b",
            where_of(&cond)
        );
        let mut stmt = self
            .conn
            .prepare(&sql)
            .map_err(|e| self.err("preparing the network", e))?;
        let edges = stmt
            .query_map(params_from_iter(params.iter()), |r| {
                Ok(NetworkEdge {
                    source: r.get(0)?,
                    target: r.get(1)?,
                    events: r.get::<_, i64>(2)? as u64,
                    score_mean: r.get(3)?,
                    cooperative: r.get::<_, i64>(4)? as u64,
                    conflictual: r.get::<_, i64>(5)? as u64,
                })
            })
            .and_then(|rows| rows.collect::<Result<Vec<_>, _>>())
            .map_err(|e| self.err("computing the network", e))?;
        let (cond, params) = restrict_to(self, f, "y")?;
        let sql = format!(
            "SELECT y.code, count(*) FROM participants y {} GROUP BY y.code ORDER BY y.code",
            where_of(&cond)
        );
        let mut stmt = self
            .conn
            .prepare(&sql)
            .map_err(|e| self.err("preparing the network", e))?;
        let nodes = stmt
            .query_map(params_from_iter(params.iter()), |r| {
                Ok(NetworkNode {
                    id: r.get(0)?,
                    events: r.get::<_, i64>(1)? as u64,
                })
            })
            .and_then(|rows| rows.collect::<Result<Vec<_>, _>>())
            .map_err(|e| self.err("computing the network", e))?;
        Ok(Network { nodes, edges })
    }

    /// For an issue: which actors supported (SUPPORT, AGREE) or opposed (ACCUSE, REJECT, REQUEST)
    /// which targets, with counts and evidence sentences; most frequent first.
    pub fn stance(&self, issue: &str, f: &EventFilter) -> Result<Vec<StanceRow>, StoreError> {
        let mut f = f.clone();
        f.issue = Some(issue.to_string());
        let plan = self.plan(&f, false)?;
        let types: Vec<String> = SUPPORT_TYPES
            .iter()
            .chain(OPPOSE_TYPES.iter())
            .map(|t| (*t as i64).to_string())
            .collect();
        let cond = format!("e.etype IN ({})", types.join(","));
        let where_clause = if plan.is_everything() {
            format!("WHERE {cond}")
        } else {
            format!("{} AND {cond}", plan.where_clause())
        };
        let sql = format!(
            "SELECT e.actor, e.recipient, e.event_type, e.sentence FROM {} {where_clause} ORDER BY e.sort_day, e.rowid",
            plan.from(true)
        );
        let mut stmt = self
            .conn
            .prepare(&sql)
            .map_err(|e| self.err("preparing the stance query", e))?;
        let rows = stmt
            .query_map(params_from_iter(plan.params.iter()), |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(3)?,
                ))
            })
            .and_then(|rows| rows.collect::<Result<Vec<_>, _>>())
            .map_err(|e| self.err("computing stances", e))?;
        let mut groups: BTreeMap<(String, String, &'static str), StanceRow> = BTreeMap::new();
        for (actor, recipient, ty, sentence) in rows {
            let actors: Vec<Actor> = serde_json::from_str(&actor).unwrap_or_default();
            let recipients: Vec<Actor> = serde_json::from_str(&recipient).unwrap_or_default();
            let Ok(t) = ty.parse::<EventType>() else {
                continue;
            };
            let stance = if SUPPORT_TYPES.contains(&t) {
                "support"
            } else {
                "oppose"
            };
            let codes = |side: &[Actor]| {
                let mut v: Vec<String> = side.iter().map(|a| a.code.to_uppercase()).collect();
                v.sort();
                v.dedup();
                v
            };
            let mut targets = codes(&recipients);
            if targets.is_empty() {
                targets.push(String::new());
            }
            for a in codes(&actors) {
                for target in &targets {
                    let row = groups
                        .entry((a.clone(), target.clone(), stance))
                        .or_insert_with(|| StanceRow {
                            actor: a.clone(),
                            target: target.clone(),
                            stance: stance.to_string(),
                            event_types: BTreeMap::new(),
                            count: 0,
                            evidence: Vec::new(),
                        });
                    row.count += 1;
                    *row.event_types.entry(t.name().to_string()).or_default() += 1;
                    if row.evidence.len() < MAX_EVIDENCE && !row.evidence.contains(&sentence) {
                        row.evidence.push(sentence.clone());
                    }
                }
            }
        }
        let mut out: Vec<StanceRow> = groups.into_values().collect();
        out.sort_by(|a, b| {
            b.count
                .cmp(&a.count)
                .then_with(|| (&a.actor, &a.target).cmp(&(&b.actor, &b.target)))
        });
        Ok(out)
    }

    /// The `top` most active actor codes, then the `top` most active named people.
    pub fn actors(&self, f: &EventFilter, top: usize) -> Result<Vec<ActorCount>, StoreError> {
        let top = top.max(1) as i64;
        let (cond, mut params) = restrict_to(self, f, "y")?;
        params.push(Value::Integer(top));
        let sql = format!(
            "SELECT y.code, count(DISTINCT y.event_rowid), sum(y.role = 0), sum(y.role = 1) FROM participants y {}
             GROUP BY y.code ORDER BY 2 DESC, 1 LIMIT ?",
            where_of(&cond)
        );
        let mut out = self.actor_rows(&sql, &params, "code")?;
        // `people` has no day/negated columns, so always go through the event plan.
        let plan = self.plan(f, false)?;
        let cond = if plan.is_everything() {
            String::new()
        } else {
            format!(
                "WHERE y.event_rowid IN (SELECT {} FROM {} {})",
                plan.rowid_col(),
                plan.from(false),
                plan.where_clause()
            )
        };
        let mut params = plan.params;
        params.push(Value::Integer(top));
        let sql = format!(
            "SELECT y.name, count(DISTINCT y.event_rowid), sum(y.role = 0), sum(y.role = 1), max(y.code) FROM people y {cond}
             GROUP BY y.name ORDER BY 2 DESC, 1 LIMIT ?"
        );
        out.extend(self.actor_rows(&sql, &params, "person")?);
        Ok(out)
    }

    fn actor_rows(
        &self,
        sql: &str,
        params: &[Value],
        kind: &str,
    ) -> Result<Vec<ActorCount>, StoreError> {
        let mut stmt = self
            .conn
            .prepare(sql)
            .map_err(|e| self.err("preparing the actor ranking", e))?;
        stmt.query_map(params_from_iter(params.iter()), |r| {
            let name: String = r.get(0)?;
            let code: String = if kind == "code" {
                name.clone()
            } else {
                r.get(4)?
            };
            Ok(ActorCount {
                kind: kind.to_string(),
                name,
                code,
                events: r.get::<_, i64>(1)? as u64,
                as_actor: r.get::<_, i64>(2)? as u64,
                as_recipient: r.get::<_, i64>(3)? as u64,
            })
        })
        .and_then(|rows| rows.collect::<Result<Vec<_>, _>>())
        .map_err(|e| self.err("ranking actors", e))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_start_label_and_advance() {
        let d = NaiveDate::from_ymd_opt(2021, 1, 3).unwrap(); // a Sunday in ISO week 2020-W53
        assert_eq!(
            period_label(period_start(d, Period::Week), Period::Week),
            "2020-W53"
        );
        assert_eq!(
            period_label(period_start(d, Period::Month), Period::Month),
            "2021-01"
        );
        let dec = NaiveDate::from_ymd_opt(2021, 12, 1).unwrap();
        assert_eq!(next_period(dec, Period::Month).to_string(), "2022-01-01");
        assert_eq!(period_label(d, Period::Year), "2021");
    }
}
