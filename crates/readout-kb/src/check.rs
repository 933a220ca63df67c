//! Data checks behind `readout kb check`.

use crate::fold::fold_str;
use crate::matcher::Entity;
use crate::records::Origin;
use crate::{KbProblem, KnowledgeBase, Severity};
use std::collections::HashMap;

/// Offices held by one person at a time per state or organisation.
const SINGLE_HOLDER_OFFICES: &[&str] = &[
    "head_of_state",
    "head_of_government",
    "foreign_minister",
    "defence_minister",
    "secretary_general",
    "commission_president",
    "council_president",
    "high_representative",
    "parliament_president",
    "national_security_adviser",
    "foreign_affairs_director",
];

/// States with a collective or dual head of state, where overlaps are only warnings.
const SHARED_HEAD_STATES: &[&str] = &["AND", "SMR", "BIH", "CHE", "NIC"];

fn problem(severity: Severity, kind: &str, origin: &Origin, message: String) -> KbProblem {
    KbProblem {
        severity,
        kind: kind.to_string(),
        file: origin.file.clone(),
        line: origin.line,
        message,
    }
}

/// All problems, errors first.
pub(crate) fn check(kb: &KnowledgeBase) -> Vec<KbProblem> {
    let mut out = Vec::new();
    let known =
        |code: &str| kb.state_by_code.contains_key(code) || kb.org_by_code.contains_key(code);
    // bad_dates
    for t in &kb.rec.terms {
        if let Some(end) = t.end {
            if end < t.start {
                out.push(problem(
                    Severity::Error,
                    "bad_dates",
                    &t.origin,
                    format!(
                        "{}: {} term ends ({}) before it starts ({})",
                        t.person,
                        t.office,
                        t.end_raw.as_deref().unwrap_or(""),
                        t.start_raw
                    ),
                ));
            }
        }
    }
    // unknown_code
    for t in &kb.rec.terms {
        if !known(&t.code) {
            out.push(problem(
                Severity::Error,
                "unknown_code",
                &t.origin,
                format!(
                    "{}: code '{}' is neither a state nor an organisation",
                    t.person, t.code
                ),
            ));
        }
    }
    for g in &kb.rec.groups {
        if !known(&g.code) {
            out.push(problem(
                Severity::Error,
                "unknown_code",
                &g.origin,
                format!(
                    "group {}: code '{}' is neither a state nor an organisation",
                    g.name, g.code
                ),
            ));
        }
    }
    for p in &kb.rec.places {
        if !p.country.is_empty() && !kb.state_by_code.contains_key(p.country.as_str()) {
            out.push(problem(
                Severity::Error,
                "unknown_code",
                &p.origin,
                format!("place {}: country '{}' is not a state", p.name, p.country),
            ));
        }
    }
    for t in &kb.rec.titles {
        if let Some(c) = &t.country {
            if !known(c) {
                out.push(problem(
                    Severity::Error,
                    "unknown_code",
                    &t.origin,
                    format!("title {}: default country '{c}' is unknown", t.title),
                ));
            }
        }
    }
    for o in &kb.rec.orgs {
        for m in &o.members {
            if !m.eq_ignore_ascii_case("@un") && !known(m) {
                out.push(problem(
                    Severity::Error,
                    "unknown_code",
                    &o.origin,
                    format!("organisation {}: member '{m}' is unknown", o.code),
                ));
            }
        }
    }
    // overlapping_terms
    for ((code, office), terms) in &kb.terms_by_office {
        if !SINGLE_HOLDER_OFFICES.contains(&office.as_str()) {
            continue;
        }
        let mut sorted: Vec<usize> = terms.clone();
        sorted.sort_by_key(|&t| kb.rec.terms[t].start);
        for (k, &a) in sorted.iter().enumerate() {
            for &b in &sorted[k + 1..] {
                let (ta, tb) = (&kb.rec.terms[a], &kb.rec.terms[b]);
                if ta.person == tb.person {
                    continue;
                }
                // Month- or year-precision boundaries only overlap beyond their uncertain period.
                let overlaps = match ta.end_earliest {
                    None => true,
                    Some(end) => tb.start_latest < end,
                };
                if overlaps {
                    // Acting office-holders and collective heads of state overlap by design.
                    let acting = [ta, tb].iter().any(|t| {
                        let title = t.title.to_lowercase();
                        ["acting", "interim", "rival", "co-"]
                            .iter()
                            .any(|w| title.contains(w))
                    });
                    let shared =
                        office == "head_of_state" && SHARED_HEAD_STATES.contains(&code.as_str());
                    let severity = if acting || shared {
                        Severity::Warning
                    } else {
                        Severity::Error
                    };
                    out.push(problem(
                        severity,
                        "overlapping_terms",
                        &tb.origin,
                        format!(
                            "{code} {office}: {} ({}–{}) overlaps {} ({}–{}, {}:{})",
                            tb.person,
                            tb.start_raw,
                            tb.end_raw.as_deref().unwrap_or(""),
                            ta.person,
                            ta.start_raw,
                            ta.end_raw.as_deref().unwrap_or(""),
                            ta.origin.file,
                            ta.origin.line
                        ),
                    ));
                }
            }
        }
    }
    // duplicate_alias: one explicit name for two different entities (titles excluded).
    let mut seen: HashMap<String, ()> = HashMap::new();
    for (pattern, targets) in kb.matcher.patterns() {
        let mut owners: Vec<((u8, u32), &str)> = Vec::new();
        for t in targets {
            if t.derived || matches!(t.entity, Entity::Title(_)) {
                continue;
            }
            // Homonyms ("Andris Bērziņš" and "Andris Bērziņš#2") share their name by design.
            let homonym = owners.iter().any(|((k, i), _)| match (k, t.entity) {
                (4, Entity::Person(j)) => {
                    kb.people[*i as usize].display == kb.people[j as usize].display
                }
                _ => false,
            });
            if homonym {
                continue;
            }
            if !owners.iter().any(|(o, _)| *o == t.entity.owner()) {
                owners.push((t.entity.owner(), t.raw.as_str()));
            }
        }
        if owners.len() < 2 {
            continue;
        }
        let key = fold_str(pattern);
        if seen.insert(key, ()).is_some() {
            continue;
        }
        let names: Vec<String> = owners
            .iter()
            .map(|(o, raw)| format!("{} ('{raw}')", describe(kb, *o)))
            .collect();
        let origin = origin_of(kb, owners[1].0);
        out.push(problem(
            Severity::Warning,
            "duplicate_alias",
            &origin,
            format!("'{pattern}' names {}", names.join(" and ")),
        ));
    }
    out.sort_by(|a, b| {
        b.severity
            .cmp(&a.severity)
            .then(a.file.cmp(&b.file))
            .then(a.line.cmp(&b.line))
    });
    out
}

fn describe(kb: &KnowledgeBase, owner: (u8, u32)) -> String {
    let i = owner.1 as usize;
    match owner.0 {
        0 => format!("state {}", kb.rec.states[i].code),
        1 => format!("organisation {}", kb.rec.orgs[i].code),
        2 => format!("title {}", kb.rec.titles[i].title),
        3 => format!("group {}", kb.rec.groups[i].name),
        5 => format!("place {}", kb.rec.places[i].name),
        _ => format!("person {}", kb.people[i].key),
    }
}

fn origin_of(kb: &KnowledgeBase, owner: (u8, u32)) -> Origin {
    let i = owner.1 as usize;
    match owner.0 {
        0 => kb.rec.states[i].origin.clone(),
        1 => kb.rec.orgs[i].origin.clone(),
        2 => kb.rec.titles[i].origin.clone(),
        3 => kb.rec.groups[i].origin.clone(),
        5 => kb.rec.places[i].origin.clone(),
        _ => kb.people[i].origin.clone(),
    }
}
