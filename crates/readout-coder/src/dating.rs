//! Stage 6 — dates (SPEC §4): when the coded act happened, at the precision the text supports.
//!
//! * A historical act takes the date of its own expression ("since the beginning of this year"
//!   → the year) or none.
//! * A statement, intention or request is dated when it was made: the document's date (the
//!   date of the reported contact), unless the sentence dates it in the past ("On November 13, …").
//!   A future date in the sentence belongs to the act announced, not to the statement.
//! * Any other act takes a date expression of its sentence, else the document's date.
//! * Nothing is ever invented: no expression and no document date gives `None`.

use chrono::{Datelike, NaiveDate};
use readout_model::{EventType, PartialDate};
use readout_text::{DateMention, DateRelation};
use std::borrow::Cow;

/// How an event relates to time, as decided by the event stage.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Timing {
    /// A past act recalled as background.
    Historical,
    /// A statement, promise, intention or request: dated when said.
    Statement,
    /// A judgement in reported words ("said the October 16 plot had been orchestrated by
    /// Russia"): dated by its speech frame, never by the dates of what it judges.
    Spoken,
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

/// Where an event sits in its sentence, for dating it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Place<'a> {
    /// The sentence.
    pub text: &'a str,
    /// The trigger's byte range.
    pub trigger: (usize, usize),
    /// The clause the trigger is in.
    pub clause: (usize, usize),
    /// The speech frame ("…, the Pentagon said on Tuesday"), whose date dates a statement.
    pub frame: Option<(usize, usize)>,
    /// The triggers of material acts found in the sentence: acts nested in a statement.
    pub triggers: &'a [(usize, usize)],
}

/// The reason given for an event dated by the document's date alone (no expression of
/// its own): such events move to the story's day once it is known (see [`story_day`]).
pub(crate) const BY_DOCUMENT_DATE: &str = "document date";
/// [`BY_DOCUMENT_DATE`] for a statement (a constant: the reason is built per event).
const STATEMENT_BY_DOCUMENT_DATE: &str = "document date: a statement is dated when made";
/// [`BY_DOCUMENT_DATE`] for a judgement.
const JUDGEMENT_BY_DOCUMENT_DATE: &str = "document date: a judgement is dated when spoken";

/// The day the story is about, when its lead places the reported act on another day than
/// publication ("West African leaders on Sunday imposed sanctions" in a wire of Monday;
/// "received a telephone call … on Friday evening" in a release of Saturday): the date of
/// the lead's first event, when a weekday or "yesterday"/"last night" in the lead gives
/// it and it lies in the week before publication. Statements and acts that the text does
/// not date otherwise took place on that day.
pub(crate) fn story_day(
    published: Option<NaiveDate>,
    lead: &str,
    lead_event_date: Option<PartialDate>,
    resolver: &readout_text::DateResolver,
) -> Option<NaiveDate> {
    let doc = published?;
    let Some(PartialDate::Day(d)) = lead_event_date else {
        return None;
    };
    if !(1..=6).contains(&(doc - d).num_days()) {
        return None;
    }
    resolver
        .find(lead)
        .iter()
        .any(|m| {
            m.date == Some(PartialDate::Day(d))
                && !m.anchored
                && !m.text.bytes().any(|b| b.is_ascii_digit())
        })
        .then_some(d)
}

/// A week is written as the month it lies in, else its year; gold and output dates are
/// `YYYY[-MM[-DD]]`, and a week across two years has no such date.
fn coarsen(date: Option<PartialDate>) -> Option<PartialDate> {
    match date {
        Some(w @ PartialDate::Week { .. }) => {
            let (first, last) = w.range();
            if (first.year(), first.month()) == (last.year(), last.month()) {
                Some(PartialDate::Month {
                    year: first.year(),
                    month: first.month(),
                })
            } else if first.year() == last.year() {
                Some(PartialDate::Year(first.year()))
            } else {
                None
            }
        }
        other => other,
    }
}

/// Is the word a present-tense verb ("condemns", "calls", "urges")?
fn present_tense(word: &str) -> bool {
    let w = word.to_ascii_lowercase();
    w.len() > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && !matches!(
            w.as_str(),
            "talks" | "sanctions" | "relations" | "news" | "this" | "thus" | "its" | "his"
        )
}

/// Does this past date in a statement's sentence belong to another act rather than to
/// the statement? It does when a present-tense statement ("Mexico condemns the raid
/// carried out last night") is followed by it; when another act's trigger stands between
/// the statement and a later date ("condemned North Korea's launch … yesterday"); and when
/// the date sits in a conjunct before it with its own act ("briefed him on the strike on
/// July 8, and condemned …").
fn belongs_elsewhere(m: &DateMention, at: &Place<'_>) -> bool {
    let (t0, t1) = at.trigger;
    let own = |t: &&(usize, usize)| t.0 < t1 && t.1 > t0;
    let first_word_end = at.text[t0..]
        .find(|c: char| !c.is_alphanumeric() && c != '-')
        .map_or(at.text.len(), |i| t0 + i);
    if m.span.0 >= first_word_end {
        if present_tense(&at.text[t0..first_word_end]) {
            return true;
        }
        // "will not renew the memorandum signed with China in 2017": a date after a participle
        // that names how the object came about dates that, not the act
        if at.text.get(t1..m.span.0).is_some_and(|between| {
            between.split_whitespace().any(|w| {
                crate::cues::in_list(
                    w,
                    &[
                        "signed",
                        "concluded",
                        "reached",
                        "adopted",
                        "established",
                        "launched",
                        "inked",
                        "brokered",
                        "ratified",
                    ],
                )
            })
        }) {
            return true;
        }
        return at
            .triggers
            .iter()
            .filter(|t| !own(t))
            .any(|t| t.0 >= t1 && t.1 <= m.span.0);
    }
    // "said the July 15 attack had been orchestrated by Iran": a date naming the act right
    // after it dates that act, not the judgement of it
    let names_act = at.triggers.iter().filter(|t| !own(t)).any(|t| {
        t.0 >= m.span.1
            && t.1 <= t0
            && at.text[m.span.1..t.0]
                .split_whitespace()
                .all(|w| w.ends_with("'s") || w.chars().all(|c| !c.is_alphanumeric()))
    });
    let between = at.text.get(m.span.1..t0).unwrap_or("");
    names_act
        || between
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| w == "and")
            && at
                .triggers
                .iter()
                .filter(|t| !own(t))
                .any(|t| t.1 <= m.span.0)
}

/// The sentence's opening phrase ("Meeting in Moscow on Tuesday, …") when the clause
/// of the event follows it: its date sets the scene for the whole sentence.
fn opening(text: &str, clause: (usize, usize)) -> Option<(usize, usize)> {
    let comma = text.find(',')?;
    (clause.0 > comma && text[comma + 1..clause.0].trim().is_empty()).then_some((0, comma))
}

/// Is the date in a relative clause after the trigger ("ordered tariffs, which he said would
/// rise in one week")? It dates that clause's verb, not the act.
fn in_relative_clause_after(text: &str, trigger_end: usize, d: &DateMention) -> bool {
    text.get(trigger_end..d.span.0)
        .is_some_and(|between| [", which ", ", who "].iter().any(|r| between.contains(r)))
}

/// The date expression that opens the sentence ("Today, …", "On Monday, …"), set off by a
/// comma.
fn sentence_opening_date(
    text: &str,
    dates: &[&DateMention],
    dateline: usize,
) -> Option<DateMention> {
    let d = dates.iter().min_by_key(|d| d.span.0)?;
    let lead = text.get(dateline..d.span.0)?.trim();
    let set_off = text.get(d.span.1..)?.trim_start().starts_with(',');
    (set_off
        && (lead.is_empty() || lead.eq_ignore_ascii_case("on") || lead.eq_ignore_ascii_case("in")))
    .then(|| (*d).clone())
}

/// Is an event of this type a material act (a nested act a date in a statement may belong to)?
pub(crate) fn is_material(ty: EventType) -> bool {
    matches!(
        ty,
        EventType::Cooperate
            | EventType::Aid
            | EventType::Retreat
            | EventType::Protest
            | EventType::Sanction
            | EventType::Mobilize
            | EventType::Coerce
            | EventType::Assault
    )
}

/// The date of an event given the sentence's date expressions (nearest to the trigger first).
pub(crate) fn date_event(
    timing: Timing,
    dates: &[DateMention],
    at: &Place<'_>,
    doc_date: Option<NaiveDate>,
) -> (Option<PartialDate>, Cow<'static, str>) {
    let (date, why) = date_event_at(timing, dates, at, doc_date);
    (coarsen(date), why)
}

fn date_event_at(
    timing: Timing,
    dates: &[DateMention],
    at: &Place<'_>,
    doc_date: Option<NaiveDate>,
) -> (Option<PartialDate>, Cow<'static, str>) {
    let trigger_pos = at.trigger.0;
    let clause = at.clause;
    let frame = at.frame;
    let inside = |d: &DateMention, r: (usize, usize)| d.span.0 >= r.0 && d.span.1 <= r.1;
    // "a day after X" dates X, which follows it, and nothing before it
    // "SEOUL, Oct 22, 2024 (Reuters) - South Korea summoned …": the publication's date
    let dateline = crate::mentions::dateline_end(at.text);
    let usable = |d: &&DateMention| {
        d.date.is_some() && (!d.anchored || d.span.1 <= trigger_pos) && d.span.0 >= dateline
    };
    // (a date in a relative clause after the act dates that clause's verb)
    let all: Vec<&DateMention> = dates
        .iter()
        .filter(usable)
        .filter(|d| !in_relative_clause_after(at.text, at.trigger.1, d))
        .collect();
    let opening_phrase = opening(at.text, clause);
    let in_clause: Vec<&DateMention> = all
        .iter()
        .copied()
        .filter(|d| {
            inside(d, clause)
                || (timing == Timing::Statement
                    && (frame.is_some_and(|f| inside(d, f))
                        || opening_phrase.is_some_and(|o| inside(d, o))))
        })
        .collect();
    let nearest = |list: &[&DateMention]| -> Option<DateMention> {
        list.iter()
            .min_by_key(|d| d.span.0.abs_diff(trigger_pos))
            .map(|d| (*d).clone())
    };
    let fallback = doc_date.map(PartialDate::Day);
    let not_future = |d: &DateMention| {
        d.relation != DateRelation::Future
            && match (d.date, doc_date) {
                (Some(pd), Some(dd)) => pd.range().0 <= dd,
                _ => true,
            }
    };
    match timing {
        Timing::Historical => match nearest(&in_clause).or_else(|| nearest(&all)) {
            Some(d) => (
                d.date,
                format!("historical act dated by {:?}", d.text).into(),
            ),
            None => (None, "historical act with no date expression".into()),
        },
        Timing::Statement => {
            let past: Vec<&DateMention> = in_clause
                .iter()
                .copied()
                .filter(|d| not_future(d) && !belongs_elsewhere(d, at))
                .collect();
            // "On Monday, Milei stated that …": the date opening the sentence
            let opening = || sentence_opening_date(at.text, &all, dateline).filter(not_future);
            match nearest(&past).or_else(opening) {
                Some(d) => (d.date, format!("statement dated by {:?}", d.text).into()),
                None => match fallback {
                    Some(dd) => (Some(dd), STATEMENT_BY_DOCUMENT_DATE.into()),
                    None => (None, "statement with no document date".into()),
                },
            }
        }
        Timing::Spoken => {
            let framed: Vec<&DateMention> = all
                .iter()
                .copied()
                .filter(|d| not_future(d) && frame.is_some_and(|f| inside(d, f)))
                .collect();
            let opening = || sentence_opening_date(at.text, &all, dateline).filter(not_future);
            match nearest(&framed).or_else(opening) {
                Some(d) => (
                    d.date,
                    format!("judgement dated by its frame {:?}", d.text).into(),
                ),
                None => (fallback, JUDGEMENT_BY_DOCUMENT_DATE.into()),
            }
        }
        // "Today, in line with the decision announced on 11 January, the troops began
        // withdrawing": a date opening the sentence sets the time of its main clause, before a
        // nearer date in another clause
        Timing::Act => {
            let opening = sentence_opening_date(at.text, &all, dateline);
            let in_clause: Vec<&DateMention> = match &opening {
                // dates in a phrase set off before the act are that phrase's
                Some(o) => in_clause
                    .iter()
                    .copied()
                    .filter(|d| {
                        d.span == o.span
                            || d.span.0 > trigger_pos
                            || !at.text[d.span.1..trigger_pos.max(d.span.1)].contains(',')
                    })
                    .collect(),
                None => in_clause,
            };
            match nearest(&in_clause).or(opening).or_else(|| nearest(&all)) {
                Some(d) => (d.date, format!("act dated by {:?}", d.text).into()),
                None => match fallback {
                    Some(dd) => (Some(dd), BY_DOCUMENT_DATE.into()),
                    None => (None, "no date expression and no document date".into()),
                },
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reasons_for_the_document_date_say_so() {
        // the coder tells events dated by the document's date alone by this prefix
        for why in [STATEMENT_BY_DOCUMENT_DATE, JUDGEMENT_BY_DOCUMENT_DATE] {
            assert!(why.starts_with(BY_DOCUMENT_DATE), "{why}");
        }
    }

    fn dm(span: (usize, usize), text: &str, date: &str, relation: DateRelation) -> DateMention {
        DateMention {
            span,
            text: text.into(),
            date: Some(date.parse().unwrap()),
            relation,
            anchored: false,
        }
    }

    const BLANK: &str = "                                                                                                    ";

    /// A place in a blank sentence: no words, no other triggers.
    fn place(trigger: usize, clause: (usize, usize)) -> Place<'static> {
        Place {
            text: BLANK,
            trigger: (trigger, trigger),
            clause,
            frame: None,
            triggers: &[],
        }
    }

    fn published(d: Option<NaiveDate>) -> Option<NaiveDate> {
        d
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
        let (d, _) = date_event(
            Timing::Statement,
            &dates,
            &place(20, (0, 80)),
            published(doc),
        );
        assert_eq!(d.unwrap().to_string(), "2021-11-13");
        let (d, _) = date_event(Timing::Act, &dates, &place(20, (0, 80)), published(doc));
        assert_eq!(d.unwrap().to_string(), "2021-11-16");
    }

    /// The date of the act or statement at `trigger` in `text` (whole sentence one clause,
    /// or the clause from `clause_from`), given dates as (words, resolved date, relation).
    fn dated(
        timing: Timing,
        text: &str,
        trigger: &str,
        clause_from: usize,
        dates: &[(&str, &str, DateRelation)],
    ) -> String {
        let span = |w: &str| {
            let s = text.find(w).unwrap();
            (s, s + w.len())
        };
        let dates: Vec<DateMention> = dates
            .iter()
            .map(|&(w, d, r)| dm(span(w), w, d, r))
            .collect();
        let at = Place {
            text,
            trigger: span(trigger),
            clause: (clause_from, text.len()),
            frame: None,
            triggers: &[],
        };
        let doc = NaiveDate::from_ymd_opt(2022, 1, 13);
        date_event(timing, &dates, &at, published(doc))
            .0
            .map_or("none".into(), |d| d.to_string())
    }

    #[test]
    fn a_date_opening_the_sentence_outranks_one_in_a_phrase_set_off_before_the_act() {
        let text = "Today, under the plan agreed on 11 January, the troops began withdrawing.";
        let dates = [
            ("Today", "2022-01-13", DateRelation::Present),
            ("11 January", "2022-01-11", DateRelation::Past),
        ];
        assert_eq!(dated(Timing::Act, text, "began", 0, &dates), "2022-01-13");
        // the phrase's own act keeps its date
        assert_eq!(dated(Timing::Act, text, "agreed", 0, &dates), "2022-01-11");
    }

    #[test]
    fn a_date_in_a_relative_clause_after_the_act_is_that_clauses() {
        let text = "He ordered tariffs, which he said would rise in one week.";
        let dates = [("in one week", "2022-01-20", DateRelation::Future)];
        assert_eq!(
            dated(Timing::Act, text, "ordered", 0, &dates),
            "2022-01-13",
            "the document's date"
        );
    }

    #[test]
    fn a_statement_after_a_sentence_opening_date_was_made_that_day() {
        let text = "On Monday, the president said that he would not apologise.";
        let dates = [("Monday", "2022-01-10", DateRelation::Past)];
        let clause = text.find("he would").unwrap();
        assert_eq!(
            dated(Timing::Statement, text, "apologise", clause, &dates),
            "2022-01-10"
        );
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
            date_event(
                Timing::Historical,
                &dates,
                &place(50, (0, 90)),
                published(doc)
            )
            .0
            .unwrap()
            .to_string(),
            "2020"
        );
        assert_eq!(
            date_event(Timing::Historical, &[], &place(50, (0, 90)), published(doc)).0,
            None
        );
    }

    #[test]
    fn nothing_is_invented() {
        assert_eq!(
            date_event(Timing::Act, &[], &place(5, (0, 10)), published(None)).0,
            None
        );
        assert_eq!(
            date_event(Timing::Statement, &[], &place(5, (0, 10)), published(None)).0,
            None
        );
        let doc = NaiveDate::from_ymd_opt(2022, 3, 1);
        assert_eq!(
            date_event(Timing::Act, &[], &place(5, (0, 10)), published(doc))
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
            date_event(
                Timing::Statement,
                &dates,
                &place(30, (0, 80)),
                published(doc)
            )
            .0
            .unwrap()
            .to_string(),
            "2021-02-04"
        );
    }

    /// Dates of `sentence` found with the reference `doc`, and the span of `word` in it.
    fn read(sentence: &str, doc: NaiveDate) -> Vec<DateMention> {
        readout_text::DateResolver::new(Some(doc)).find(sentence)
    }

    fn span(sentence: &str, word: &str) -> (usize, usize) {
        let i = sentence.find(word).unwrap();
        (i, i + word.len())
    }

    /// The date of the statement or act at `trigger`, with `others` as further triggers.
    fn date_of(timing: Timing, sentence: &str, trigger: &str, others: &[&str]) -> Option<String> {
        let doc = NaiveDate::from_ymd_opt(2022, 3, 4).unwrap(); // a Friday
        let mut triggers = vec![span(sentence, trigger)];
        triggers.extend(others.iter().map(|o| span(sentence, o)));
        let at = Place {
            text: sentence,
            trigger: span(sentence, trigger),
            clause: (0, sentence.len()),
            frame: None,
            triggers: &triggers,
        };
        date_event(timing, &read(sentence, doc), &at, published(Some(doc)))
            .0
            .map(|d| d.to_string())
    }

    #[test]
    fn a_present_tense_statement_is_made_now() {
        let s = "The ministry strongly condemns the raid carried out last night on the embassy.";
        assert_eq!(
            date_of(Timing::Statement, s, "condemns", &["raid"]),
            Some("2022-03-04".into())
        );
        let s = "The ministry condemned on Tuesday the raid on the embassy.";
        assert_eq!(
            date_of(Timing::Statement, s, "condemned", &["raid"]),
            Some("2022-03-01".into())
        );
    }

    #[test]
    fn a_date_after_a_nested_act_is_that_acts() {
        let s = "The leaders condemned the northern neighbour's launch of a missile yesterday.";
        assert_eq!(
            date_of(Timing::Statement, s, "condemned", &["launch"]),
            Some("2022-03-04".into())
        );
        // the envoy summoned on Monday: no other act between, the date is the summons'
        let s = "The government summoned the envoy on Monday over the remarks.";
        assert_eq!(
            date_of(Timing::Statement, s, "summoned", &[]),
            Some("2022-02-28".into())
        );
    }

    #[test]
    fn a_date_in_an_earlier_conjunct_is_not_the_statements() {
        let s = "She briefed him on the strike on the hospital on February 8, and condemned the attacks on the grid.";
        assert_eq!(
            date_of(Timing::Statement, s, "condemned", &["strike", "attacks"]),
            Some("2022-03-04".into())
        );
    }

    #[test]
    fn an_opening_phrase_dates_the_sentence() {
        let s = "Meeting in Vienna on Wednesday, the two presidents called on the parties to stop.";
        let doc = NaiveDate::from_ymd_opt(2022, 3, 4).unwrap();
        let comma = s.find(',').unwrap();
        let at = Place {
            text: s,
            trigger: span(s, "called on"),
            clause: (comma + 2, s.len()),
            frame: None,
            triggers: &[],
        };
        assert_eq!(
            date_event(Timing::Statement, &read(s, doc), &at, published(Some(doc)))
                .0
                .map(|d| d.to_string()),
            Some("2022-03-02".into())
        );
    }

    #[test]
    fn the_wire_dateline_dates_no_act() {
        let s = "SEOUL, Mar 4, 2022 (wire) - The government summoned the envoy on Monday.";
        assert_eq!(
            date_of(Timing::Statement, s, "summoned", &[]),
            Some("2022-02-28".into())
        );
        // a date before a dash in the body is no dateline
        let s = "The envoy left on 4 March 2022 - and the ministry summoned him.";
        assert_eq!(
            date_of(Timing::Statement, s, "summoned", &[]),
            Some("2022-03-04".into())
        );
    }

    #[test]
    fn a_day_after_dates_only_what_follows() {
        let s = "Forces fired shells on Thursday, a day after the rebels seized the town.";
        assert_eq!(
            date_of(Timing::Act, s, "seized", &["fired"]),
            Some("2022-03-02".into())
        );
        assert_eq!(
            date_of(Timing::Act, s, "fired", &["seized"]),
            Some("2022-03-03".into())
        );
    }

    #[test]
    fn weeks_are_written_as_their_month_or_year() {
        // last week of 4 March 2022 is 21–27 February
        let s = "Last week, the ministry summoned the ambassador.";
        assert_eq!(
            date_of(Timing::Statement, s, "summoned", &[]),
            Some("2022-02".into())
        );
        let w = PartialDate::Week {
            year: 2022,
            week: 9,
        }; // 28 February – 6 March
        assert_eq!(coarsen(Some(w)), Some(PartialDate::Year(2022)));
        let w = PartialDate::Week {
            year: 2020,
            week: 53,
        }; // 28 December 2020 – 3 January 2021
        assert_eq!(coarsen(Some(w)), None);
    }

    #[test]
    fn the_story_day_is_the_leads_weekday_within_the_week() {
        let doc = NaiveDate::from_ymd_opt(2022, 3, 4); // Friday
        let resolver = readout_text::DateResolver::new(doc);
        let wed = Some(PartialDate::Day(
            NaiveDate::from_ymd_opt(2022, 3, 2).unwrap(),
        ));
        let lead = "LAGOS, March 4, 2022 (wire) - Regional leaders on Wednesday imposed sanctions on the junta.";
        assert_eq!(
            story_day(doc, lead, wed, &resolver),
            NaiveDate::from_ymd_opt(2022, 3, 2)
        );
        // the lead's first act is dated on publication: no other story day
        let friday = doc.map(PartialDate::Day);
        assert_eq!(story_day(doc, lead, friday, &resolver), None);
        // an absolute date in the lead dates a background act, not the story
        let lead = "The elections of 2 March were neither free nor fair.";
        assert_eq!(story_day(doc, lead, wed, &resolver), None);
        // a day more than a week back is background
        let lead = "The ministry recalled that the leaders met on February 2.";
        let feb = Some(PartialDate::Day(
            NaiveDate::from_ymd_opt(2022, 2, 2).unwrap(),
        ));
        assert_eq!(story_day(doc, lead, feb, &resolver), None);
        assert_eq!(story_day(None, lead, wed, &resolver), None);
    }
}
