//! Time-aware choice among people and terms: who a name or a title means on a date.

use crate::records::TermRec;
use crate::{KbMention, KnowledgeBase, MentionKind};
use chrono::{Datelike, NaiveDate};

/// Office keys in the order a person's concurrent terms are preferred when the text names no title.
const OFFICE_RANK: &[&str] = &[
    "head_of_state",
    "head_of_government",
    "foreign_minister",
    "secretary_general",
    "commission_president",
    "council_president",
    "high_representative",
    "defence_minister",
    "vice_president",
    "deputy_head_of_government",
    "foreign_affairs_director",
    "national_security_adviser",
    "parliament_president",
    "spokesperson",
    "party_leader",
];

/// Picks the best term of a person for a date; returns (term index, fell back).
pub(crate) fn choose_term(
    kb: &KnowledgeBase,
    person: u32,
    date: Option<NaiveDate>,
    office: Option<&str>,
    code: Option<&str>,
) -> Option<(usize, bool)> {
    let terms = &kb.people[person as usize].terms;
    let score = |t: &TermRec| {
        let rank = OFFICE_RANK
            .iter()
            .position(|o| *o == t.office)
            .unwrap_or(OFFICE_RANK.len());
        let office_match = office.is_some_and(|o| o == t.office);
        let code_match = code.is_some_and(|c| c == t.code);
        (office_match, code_match, std::cmp::Reverse(rank), t.start)
    };
    match date {
        Some(d) => {
            let covering = terms
                .iter()
                .copied()
                .filter(|&ti| kb.rec.terms[ti].covers(d));
            if let Some(best) = covering.max_by_key(|&ti| score(&kb.rec.terms[ti])) {
                return Some((best, false));
            }
            terms
                .iter()
                .copied()
                .min_by_key(|&ti| {
                    let t = &kb.rec.terms[ti];
                    (t.distance_days(d), std::cmp::Reverse(score(t)))
                })
                .map(|ti| (ti, true))
        }
        None => terms
            .iter()
            .copied()
            .max_by_key(|&ti| {
                let t = &kb.rec.terms[ti];
                (office.is_some_and(|o| o == t.office), t.start, score(t))
            })
            .map(|ti| (ti, true)),
    }
}

/// Among candidate people, the one the text most likely means on the date; None when ambiguous.
pub(crate) fn choose_person(
    kb: &KnowledgeBase,
    candidates: &[u32],
    derived: bool,
    date: Option<NaiveDate>,
    office: Option<&str>,
    code: Option<&str>,
) -> Option<(u32, usize, bool)> {
    // One candidate (most names): its term, without collecting the scores.
    if let [only] = *candidates {
        return choose_term(kb, only, date, office, code).map(|(t, f)| (only, t, f));
    }
    let mut scored: Vec<(u32, usize, bool)> = candidates
        .iter()
        .filter_map(|&p| choose_term(kb, p, date, office, code).map(|(t, f)| (p, t, f)))
        .collect();
    if scored.len() <= 1 {
        return scored.pop();
    }
    let in_term: Vec<&(u32, usize, bool)> = scored.iter().filter(|s| !s.2).collect();
    if in_term.len() == 1 {
        return Some(*in_term[0]);
    }
    if in_term.len() > 1 {
        let fitting: Vec<&&(u32, usize, bool)> = in_term
            .iter()
            .filter(|s| {
                let t = &kb.rec.terms[s.1];
                office.is_some_and(|o| o == t.office) || code.is_some_and(|c| c == t.code)
            })
            .collect();
        if fitting.len() == 1 {
            return Some(**fitting[0]);
        }
        return if derived { None } else { Some(*in_term[0]) };
    }
    // Nobody in office on the date: the nearest term (or the latest without a date).
    scored.into_iter().min_by_key(|&(_, t, _)| {
        let term = &kb.rec.terms[t];
        match date {
            Some(d) => term.distance_days(d),
            None => -(term.start.num_days_from_ce() as i64),
        }
    })
}

pub(crate) fn term_text(t: &TermRec) -> String {
    format!(
        "{} {} {}–{}",
        t.code,
        t.office,
        t.start_raw,
        t.end_raw.as_deref().unwrap_or("")
    )
}

pub(crate) fn date_note(date: Option<NaiveDate>, fallback: bool) -> String {
    match (date, fallback) {
        (None, _) => "no date: latest term used".to_string(),
        (Some(d), false) => format!("in term on {d}"),
        (Some(d), true) => format!("no term covers {d}: nearest term used"),
    }
}

/// Who held an office on a date (see [`KnowledgeBase::office_holder`]).
pub(crate) fn office_holder(
    kb: &KnowledgeBase,
    code: &str,
    office: &str,
    date: Option<NaiveDate>,
    explain: bool,
) -> Option<KbMention> {
    let terms = kb
        .terms_by_office
        .get(&(code.to_string(), office.to_string()))?;
    let (ti, fallback) = match date {
        Some(d) => (
            *terms
                .iter()
                .filter(|&&t| kb.rec.terms[t].covers(d))
                .max_by_key(|&&t| kb.rec.terms[t].start)?,
            false,
        ),
        None => (*terms.iter().max_by_key(|&&t| kb.rec.terms[t].start)?, true),
    };
    let t = &kb.rec.terms[ti];
    let person = &kb.people[*kb.person_by_key.get(&t.person)?];
    Some(KbMention {
        span: (0, 0),
        text: String::new(),
        kind: MentionKind::Person,
        code: t.code.clone(),
        sector: Some(t.sector.clone()),
        name: Some(person.display.clone()),
        title: (!t.title.is_empty()).then(|| t.title.clone()),
        office: Some(t.office.clone()),
        term: Some((t.start_raw.clone(), t.end_raw.clone())),
        head: None,
        date_fallback: fallback,
        why: if explain {
            format!(
                "holder of {} {}: '{}' {}; {}",
                t.code,
                t.office,
                person.display,
                term_text(t),
                date_note(date, fallback)
            )
        } else {
            String::new()
        },
    })
}
