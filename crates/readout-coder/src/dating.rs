//! Stage 6 — dates (SPEC §4): when the coded act happened, at the precision the text supports.
//!
//! * A historical act takes the date of its own expression ("since the beginning of this year"
//!   → the year) or none.
//! * A statement, intention or request is dated when it was made: the document's date (the
//!   date of the reported contact), unless the sentence dates it in the past ("On November 13, …").
//!   A future date in the sentence belongs to the act announced, not to the statement.
//! * Any other act takes a date expression of its sentence, else the document's date.
//! * Nothing is ever invented: no expression and no document date gives `None`.

use chrono::NaiveDate;
use readout_model::{EventType, PartialDate};
use readout_text::{DateMention, DateRelation};

/// How an event relates to time, as decided by the event stage.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Timing {
    /// A past act recalled as background.
    Historical,
    /// A statement, promise, intention or request: dated when said.
    Statement,
    /// An act reported as happening.
    Act,
}

/// Is an event of this type a statement (verbal) rather than a material act?
pub(crate) fn is_verbal(ty: EventType) -> bool {
    matches!(
        ty,
        EventType::Agree
            | EventType::Support
            | EventType::Request
            | EventType::Accuse
            | EventType::Reject
            | EventType::Threaten
            | EventType::Concede
    )
}

/// The date of an event given the sentence's date expressions (nearest to the trigger first).
pub(crate) fn date_event(
    timing: Timing,
    dates: &[DateMention],
    trigger_pos: usize,
    clause: (usize, usize),
    frame: Option<(usize, usize)>,
    doc_date: Option<NaiveDate>,
) -> (Option<PartialDate>, String) {
    let inside = |d: &DateMention, r: (usize, usize)| d.span.0 >= r.0 && d.span.1 <= r.1;
    let in_clause: Vec<&DateMention> = dates
        .iter()
        .filter(|d| {
            d.date.is_some()
                && (inside(d, clause)
                    || (timing == Timing::Statement && frame.is_some_and(|f| inside(d, f))))
        })
        .collect();
    let nearest = |list: &[&DateMention]| -> Option<DateMention> {
        list.iter()
            .min_by_key(|d| d.span.0.abs_diff(trigger_pos))
            .map(|d| (*d).clone())
    };
    let all: Vec<&DateMention> = dates.iter().filter(|d| d.date.is_some()).collect();
    let doc = doc_date.map(PartialDate::Day);
    let not_future = |d: &DateMention| {
        d.relation != DateRelation::Future
            && match (d.date, doc_date) {
                (Some(pd), Some(dd)) => pd.range().0 <= dd,
                _ => true,
            }
    };
    match timing {
        Timing::Historical => match nearest(&in_clause).or_else(|| nearest(&all)) {
            Some(d) => (d.date, format!("historical act dated by {:?}", d.text)),
            None => (None, "historical act with no date expression".into()),
        },
        Timing::Statement => {
            let past: Vec<&DateMention> = in_clause
                .iter()
                .copied()
                .filter(|d| not_future(d))
                .collect();
            // "Meeting in Moscow on Tuesday, Xi and Putin called on …": one past day named
            // earlier in the sentence, outside the clause, dates the statement too
            let earlier: Vec<&DateMention> = all
                .iter()
                .copied()
                .filter(|d| d.span.1 <= trigger_pos && not_future(d))
                .collect();
            let one_day = earlier
                .first()
                .filter(|f| {
                    matches!(f.date, Some(PartialDate::Day(_)))
                        && earlier.iter().all(|d| d.date == f.date)
                })
                .copied();
            match nearest(&past) {
                Some(d) => (d.date, format!("statement dated by {:?}", d.text)),
                None if one_day.is_some() => {
                    let d = one_day.and_then(|d| d.date);
                    (d, "statement dated by the one day named before it".into())
                }
                None => match doc {
                    Some(dd) => (Some(dd), "statement dated when made (document date)".into()),
                    None => (None, "statement with no document date".into()),
                },
            }
        }
        Timing::Act => match nearest(&in_clause).or_else(|| nearest(&all)) {
            Some(d) => (d.date, format!("act dated by {:?}", d.text)),
            None => match doc {
                Some(dd) => (Some(dd), "document date".into()),
                None => (None, "no date expression and no document date".into()),
            },
        },
    }
}

/// An act told as "N days after" (or before) another act dated in the same sentence: "… on
/// Wednesday, two days after the military seized power" dates the seizure two days before
/// Wednesday. `pos` is the trigger's start; returns the shifted day and why.
pub(crate) fn relative_to_anchor(
    text: &str,
    pos: usize,
    dates: &[DateMention],
) -> Option<(PartialDate, String)> {
    let head = text.get(..pos)?;
    // the connective must sit close before the trigger: "a day after Moscow launched"
    let mut window_start = head.len().saturating_sub(80);
    while !head.is_char_boundary(window_start) {
        window_start += 1;
    }
    let lower = head.get(window_start..)?.to_ascii_lowercase();
    let (at, after) = match (lower.rfind(" after "), lower.rfind(" before ")) {
        (Some(a), Some(b)) if b > a => (b, false),
        (Some(a), _) => (a, true),
        (None, Some(b)) => (b, false),
        (None, None) => return None,
    };
    let clause = &lower[at..];
    if clause.contains([',', ';']) || clause.split_whitespace().count() > 9 {
        return None;
    }
    let mut back = lower[..at].split_whitespace().rev();
    let unit = back.next()?;
    if unit != "day" && unit != "days" {
        return None;
    }
    let n: i64 = match back.next()? {
        "a" | "one" | "the" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        w => w.parse().ok().filter(|n| (1..=14).contains(n))?,
    };
    let phrase_start = window_start + at;
    let anchor = dates
        .iter()
        .filter(|d| d.span.1 <= phrase_start)
        .filter_map(|d| match d.date {
            Some(PartialDate::Day(day)) => Some((d, day)),
            _ => None,
        })
        .next_back()?;
    let shifted = if after {
        anchor.1.checked_sub_days(chrono::Days::new(n as u64))?
    } else {
        anchor.1.checked_add_days(chrono::Days::new(n as u64))?
    };
    Some((
        PartialDate::Day(shifted),
        format!(
            "{n} day(s) {} {:?}",
            if after { "before" } else { "after" },
            anchor.0.text
        ),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_after_an_anchor_date() {
        let text = "Ukraine struck back on Wednesday, a day after Moscow launched missiles.";
        let at = text.find("Wednesday").unwrap();
        let dates = [dm(
            (at, at + 9),
            "Wednesday",
            "2024-01-03",
            DateRelation::Past,
        )];
        let pos = text.find("launched").unwrap();
        let (d, _) = relative_to_anchor(text, pos, &dates).unwrap();
        assert_eq!(d.to_string(), "2024-01-02");
        // the act of the main clause keeps its own date
        assert!(relative_to_anchor(text, text.find("struck").unwrap(), &dates).is_none());
        let text = "The AU acted on Oct 27, two days after the army seized power.";
        let at = text.find("Oct 27").unwrap();
        let dates = [dm((at, at + 6), "Oct 27", "2021-10-27", DateRelation::Past)];
        let pos = text.find("seized").unwrap();
        let (d, _) = relative_to_anchor(text, pos, &dates).unwrap();
        assert_eq!(d.to_string(), "2021-10-25");
    }

    fn dm(span: (usize, usize), text: &str, date: &str, relation: DateRelation) -> DateMention {
        DateMention {
            span,
            text: text.into(),
            date: Some(date.parse().unwrap()),
            relation,
        }
    }

    #[test]
    fn future_dates_belong_to_the_announced_act() {
        let doc = NaiveDate::from_ymd_opt(2021, 11, 13);
        let dates = [dm(
            (60, 71),
            "November 16",
            "2021-11-16",
            DateRelation::Future,
        )];
        let (d, _) = date_event(Timing::Statement, &dates, 20, (0, 80), None, doc);
        assert_eq!(d.unwrap().to_string(), "2021-11-13");
        let (d, _) = date_event(Timing::Act, &dates, 20, (0, 80), None, doc);
        assert_eq!(d.unwrap().to_string(), "2021-11-16");
    }

    #[test]
    fn historical_acts_keep_their_own_date_or_none() {
        let doc = NaiveDate::from_ymd_opt(2020, 12, 14);
        let dates = [dm(
            (10, 40),
            "since the beginning of this year",
            "2020",
            DateRelation::Past,
        )];
        assert_eq!(
            date_event(Timing::Historical, &dates, 50, (0, 90), None, doc)
                .0
                .unwrap()
                .to_string(),
            "2020"
        );
        assert_eq!(
            date_event(Timing::Historical, &[], 50, (0, 90), None, doc).0,
            None
        );
    }

    #[test]
    fn nothing_is_invented() {
        assert_eq!(date_event(Timing::Act, &[], 5, (0, 10), None, None).0, None);
        assert_eq!(
            date_event(Timing::Statement, &[], 5, (0, 10), None, None).0,
            None
        );
        let doc = NaiveDate::from_ymd_opt(2022, 3, 1);
        assert_eq!(
            date_event(Timing::Act, &[], 5, (0, 10), None, doc)
                .0
                .unwrap()
                .to_string(),
            "2022-03-01"
        );
    }

    #[test]
    fn statements_in_the_past_keep_their_day() {
        let doc = NaiveDate::from_ymd_opt(2021, 2, 5);
        let dates = [dm(
            (3, 19),
            "February 4, 2021",
            "2021-02-04",
            DateRelation::Unknown,
        )];
        assert_eq!(
            date_event(Timing::Statement, &dates, 30, (0, 80), None, doc)
                .0
                .unwrap()
                .to_string(),
            "2021-02-04"
        );
    }
}
