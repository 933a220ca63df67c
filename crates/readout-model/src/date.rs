//! Dates at the precision the text supports (SPEC §4): day, ISO week, month or year.

use chrono::{Datelike, Duration, NaiveDate};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

/// A date known to a day, an ISO week, a month or a year — never more precise than the evidence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PartialDate {
    /// `YYYY-MM-DD`
    Day(NaiveDate),
    /// `YYYY-Www` (ISO week), for "last week".
    Week { year: i32, week: u32 },
    /// `YYYY-MM`
    Month { year: i32, month: u32 },
    /// `YYYY`
    Year(i32),
}

/// Why a string is not a [`PartialDate`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not a date (expected YYYY-MM-DD, YYYY-Www, YYYY-MM or YYYY): {0:?}")]
pub struct PartialDateError(pub String);

impl PartialDate {
    /// First and last calendar day covered, for range filters and aggregation.
    pub fn range(&self) -> (NaiveDate, NaiveDate) {
        match *self {
            PartialDate::Day(d) => (d, d),
            PartialDate::Week { year, week } => {
                let start = NaiveDate::from_isoywd_opt(year, week, chrono::Weekday::Mon)
                    .unwrap_or(NaiveDate::MIN);
                (start, start + Duration::days(6))
            }
            PartialDate::Month { year, month } => {
                let start = NaiveDate::from_ymd_opt(year, month, 1).unwrap_or(NaiveDate::MIN);
                let next = if month == 12 {
                    NaiveDate::from_ymd_opt(year + 1, 1, 1)
                } else {
                    NaiveDate::from_ymd_opt(year, month + 1, 1)
                };
                (start, next.map(|n| n - Duration::days(1)).unwrap_or(start))
            }
            PartialDate::Year(y) => (
                NaiveDate::from_ymd_opt(y, 1, 1).unwrap_or(NaiveDate::MIN),
                NaiveDate::from_ymd_opt(y, 12, 31).unwrap_or(NaiveDate::MAX),
            ),
        }
    }

    /// The year the date falls in (the start's year for weeks).
    pub fn year(&self) -> i32 {
        self.range().0.year()
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PartialDate::Day(d) => write!(f, "{}", d.format("%Y-%m-%d")),
            PartialDate::Week { year, week } => write!(f, "{year:04}-W{week:02}"),
            PartialDate::Month { year, month } => write!(f, "{year:04}-{month:02}"),
            PartialDate::Year(y) => write!(f, "{y:04}"),
        }
    }
}

impl FromStr for PartialDate {
    type Err = PartialDateError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let err = || PartialDateError(s.to_string());
        let num = |p: &str| -> Result<u32, PartialDateError> {
            if p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit()) {
                return Err(err());
            }
            p.parse().map_err(|_| err())
        };
        let parts: Vec<&str> = s.trim().split('-').collect();
        match parts.as_slice() {
            [y] if y.len() == 4 => Ok(PartialDate::Year(num(y)? as i32)),
            [y, w] if y.len() == 4 && w.starts_with('W') => {
                let (year, week) = (num(y)? as i32, num(&w[1..])?);
                NaiveDate::from_isoywd_opt(year, week, chrono::Weekday::Mon).ok_or_else(err)?;
                Ok(PartialDate::Week { year, week })
            }
            [y, m] if y.len() == 4 && m.len() == 2 => {
                let (year, month) = (num(y)? as i32, num(m)?);
                if !(1..=12).contains(&month) {
                    return Err(err());
                }
                Ok(PartialDate::Month { year, month })
            }
            [y, m, d] if y.len() == 4 && m.len() == 2 && d.len() == 2 => {
                NaiveDate::from_ymd_opt(num(y)? as i32, num(m)?, num(d)?)
                    .map(PartialDate::Day)
                    .ok_or_else(err)
            }
            _ => Err(err()),
        }
    }
}

impl Serialize for PartialDate {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for PartialDate {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_every_precision() {
        for s in ["2021-11-13", "2021-W04", "2021-02", "2020"] {
            let d: PartialDate = s.parse().unwrap();
            assert_eq!(d.to_string(), s);
        }
    }

    #[test]
    fn rejects_impossible_dates() {
        for s in [
            "2021-02-30",
            "2021-13",
            "2021-W60",
            "21-01-01",
            "",
            "2021-1-1",
            "abcd",
        ] {
            assert!(s.parse::<PartialDate>().is_err(), "{s}");
        }
    }

    #[test]
    fn ranges_cover_the_period() {
        let m: PartialDate = "2020-02".parse().unwrap();
        assert_eq!(m.range().1.to_string(), "2020-02-29");
        let w: PartialDate = "2021-W04".parse().unwrap();
        assert_eq!(w.range().0.to_string(), "2021-01-25");
        assert_eq!(w.range().1.to_string(), "2021-01-31");
        assert_eq!(PartialDate::Year(2020).range().1.to_string(), "2020-12-31");
    }
}
