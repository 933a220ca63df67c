//! Calendar arithmetic for resolving relative expressions against a reference date.

use chrono::{Datelike, Duration, NaiveDate, Weekday};
use readout_model::PartialDate;

/// The ISO week containing `date`.
pub(super) fn week_of(date: NaiveDate) -> PartialDate {
    let w = date.iso_week();
    PartialDate::Week {
        year: w.year(),
        week: w.week(),
    }
}

/// The month `offset` months from the month of `date`.
pub(super) fn month_of(date: NaiveDate, offset: i32) -> PartialDate {
    let index = date.year() * 12 + date.month0() as i32 + offset;
    PartialDate::Month {
        year: index.div_euclid(12),
        month: index.rem_euclid(12) as u32 + 1,
    }
}

/// `date` shifted by `n` days (saturating at chrono's limits).
pub(super) fn shift_days(date: NaiveDate, n: i64) -> Option<NaiveDate> {
    date.checked_add_signed(Duration::try_days(n)?)
}

/// The year for a month-day without one: the candidate (previous, same or next
/// year) nearest to the reference; in a future-tense sentence a date more than
/// a week before the reference moves to the following year.
pub(super) fn infer_year(
    reference: NaiveDate,
    month: u32,
    day: u32,
    future: bool,
) -> Option<NaiveDate> {
    let y = reference.year();
    let candidates: Vec<NaiveDate> = (y - 1..=y + 1)
        .filter_map(|year| NaiveDate::from_ymd_opt(year, month, day))
        .collect();
    let nearest = *candidates
        .iter()
        .min_by_key(|d| (**d - reference).num_days().abs())?;
    if future && (reference - nearest).num_days() > 7 {
        return candidates.into_iter().find(|d| *d > reference);
    }
    Some(nearest)
}

/// The year of a month named without one ("in July"): the latest such month not
/// after the reference month, or in a future-tense sentence the earliest not before it.
pub(super) fn month_year(reference: NaiveDate, month: u32, future: bool) -> PartialDate {
    let y = reference.year();
    let year = if future {
        if month >= reference.month() {
            y
        } else {
            y + 1
        }
    } else if month <= reference.month() {
        y
    } else {
        y - 1
    };
    PartialDate::Month { year, month }
}

/// Which occurrence of a weekday relative to the reference.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Occurrence {
    /// The most recent on or before the reference ("on Monday" in a past-tense sentence).
    OnOrBefore,
    /// Strictly before ("last Monday").
    Before,
    /// The next on or after the reference ("will meet on Monday").
    OnOrAfter,
    /// Strictly after ("next Monday").
    After,
}

/// The date of `weekday` relative to `reference`.
pub(super) fn weekday_date(
    reference: NaiveDate,
    weekday: Weekday,
    occurrence: Occurrence,
) -> Option<NaiveDate> {
    let from = reference.weekday().num_days_from_monday() as i64;
    let to = weekday.num_days_from_monday() as i64;
    let back = (from - to).rem_euclid(7);
    let forward = (to - from).rem_euclid(7);
    let offset = match occurrence {
        Occurrence::OnOrBefore => -back,
        Occurrence::Before => -(if back == 0 { 7 } else { back }),
        Occurrence::OnOrAfter => forward,
        Occurrence::After => {
            if forward == 0 {
                7
            } else {
                forward
            }
        }
    };
    shift_days(reference, offset)
}

/// English weekday names.
pub(super) fn weekday_number(word: &str) -> Option<Weekday> {
    Some(match word.to_ascii_lowercase().as_str() {
        "monday" => Weekday::Mon,
        "tuesday" => Weekday::Tue,
        "wednesday" => Weekday::Wed,
        "thursday" => Weekday::Thu,
        "friday" => Weekday::Fri,
        "saturday" => Weekday::Sat,
        "sunday" => Weekday::Sun,
        _ => return None,
    })
}

/// Small counts written as digits or words ("3", "three", "a"); `None` for vague ones.
pub(super) fn count(word: &str) -> Option<i64> {
    let w = word.to_ascii_lowercase();
    if let Ok(n) = w.parse::<i64>() {
        return (0..=10_000).contains(&n).then_some(n);
    }
    Some(match w.as_str() {
        "a" | "an" | "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "fifteen" => 15,
        "twenty" => 20,
        "thirty" => 30,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn nearest_year_for_month_day() {
        let r = ymd(2021, 11, 13);
        assert_eq!(infer_year(r, 11, 16, false), Some(ymd(2021, 11, 16)));
        assert_eq!(infer_year(r, 1, 5, false), Some(ymd(2022, 1, 5)));
        assert_eq!(
            infer_year(ymd(2021, 1, 3), 12, 28, false),
            Some(ymd(2020, 12, 28))
        );
        assert_eq!(
            infer_year(r, 10, 20, true),
            Some(ymd(2022, 10, 20)),
            "future tense moves forward"
        );
        assert_eq!(infer_year(r, 2, 30, false), None);
    }

    #[test]
    fn weekdays() {
        let sat = ymd(2021, 11, 13);
        assert_eq!(
            weekday_date(sat, Weekday::Tue, Occurrence::OnOrBefore),
            Some(ymd(2021, 11, 9))
        );
        assert_eq!(
            weekday_date(sat, Weekday::Sat, Occurrence::OnOrBefore),
            Some(sat)
        );
        assert_eq!(
            weekday_date(sat, Weekday::Sat, Occurrence::Before),
            Some(ymd(2021, 11, 6))
        );
        assert_eq!(
            weekday_date(sat, Weekday::Mon, Occurrence::After),
            Some(ymd(2021, 11, 15))
        );
        assert_eq!(
            weekday_date(sat, Weekday::Sat, Occurrence::After),
            Some(ymd(2021, 11, 20))
        );
    }

    #[test]
    fn months_and_weeks() {
        assert_eq!(
            month_of(ymd(2021, 1, 10), -1),
            PartialDate::Month {
                year: 2020,
                month: 12
            }
        );
        assert_eq!(
            month_of(ymd(2021, 12, 10), 1),
            PartialDate::Month {
                year: 2022,
                month: 1
            }
        );
        assert_eq!(
            week_of(ymd(2021, 1, 1)),
            PartialDate::Week {
                year: 2020,
                week: 53
            }
        );
        assert_eq!(
            month_year(ymd(2021, 11, 13), 7, false),
            PartialDate::Month {
                year: 2021,
                month: 7
            }
        );
        assert_eq!(
            month_year(ymd(2021, 3, 13), 7, false),
            PartialDate::Month {
                year: 2020,
                month: 7
            }
        );
        assert_eq!(
            month_year(ymd(2021, 11, 13), 7, true),
            PartialDate::Month {
                year: 2022,
                month: 7
            }
        );
    }
}
