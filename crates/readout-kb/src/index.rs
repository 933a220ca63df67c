//! Builds the indexes and the matcher from loaded records; lists entries for search.

use crate::fold::fold_str;
use crate::hash::CodeMap;
use crate::matcher::{Entity, PatternSet};
use crate::records::{Origin, Records};
use crate::{KbEntry, KnowledgeBase};
use readout_model::SharedStr;
use std::collections::HashMap;

include!(concat!(env!("OUT_DIR"), "/embedded_kb.rs"));

/// The files embedded at build time: (path under the workspace, content).
pub(crate) fn embedded_files() -> &'static [(&'static str, &'static str)] {
    EMBEDDED_FILES
}

/// A person gathered from all of their term rows.
#[derive(Debug, Clone)]
pub(crate) struct Person {
    /// Canonical name as written, with any `#2` suffix.
    pub key: String,
    /// Name for display and matching (suffix stripped).
    pub display: SharedStr,
    /// `display` folded (lower case, no diacritics).
    pub folded: String,
    /// Union of the aliases of all rows.
    pub aliases: Vec<String>,
    /// Indexes into `rec.terms`.
    pub terms: Vec<usize>,
    /// First row naming the person.
    pub origin: Origin,
}

/// Codes of states whose people are named family name first; their surnames are not derived.
const FAMILY_NAME_FIRST: &[&str] = &[
    "CHN", "TWN", "HKG", "MAC", "PRK", "KOR", "VNM", "KHM", "MMR", "THA", "LAO", "MNG",
];

/// Words that must never be matched as a lone surname (months, common words).
const SURNAME_STOPLIST: &[&str] = &[
    "english",
    "french",
    "welsh",
    "may",
    "march",
    "june",
    "july",
    "august",
    "april",
    "price",
    "rice",
    "power",
    "young",
    "long",
    "said",
    "love",
    "hope",
    "king",
    "little",
    "green",
    "white",
    "black",
    "brown",
    "rich",
    "strong",
    "wolf",
    "fox",
    "bird",
    "lord",
    "law",
    "hill",
    "field",
    "mark",
    "church",
    "chance",
    "cash",
    "best",
    "rose",
    "frank",
    "bond",
    "grant",
    "just",
    "sun",
    "moon",
    "day",
    "may",
    "will",
    "bush",
    "ban",
    "guard",
    "hunt",
    "major",
    "state",
    "general",
    "foreign",
    "minister",
    "president",
    "prime",
    "sharif",
    // surnames so common that alone they name no one in particular
    "smith",
    "taylor",
    "banda",
    "khan",
    "ali",
    "ahmed",
    "mohammed",
    "muhammad",
    "hassan",
    "hussein",
    "abdullah",
    "said",
    "saleh",
    "singh",
    "kumar",
    "shah",
    "cook",
    "key",
    "sing",
    "snow",
    "win",
    "wood",
    "straw",
    "gore",
    "bell",
    "ford",
    "page",
    "banks",
    "noble",
];

/// Lower-case name particles that belong to a surname ("von der Leyen", "de Mistura").
const PARTICLES: &[&str] = &[
    "von", "van", "der", "den", "de", "da", "di", "du", "la", "le", "al", "el", "dos", "das",
    "del", "ter",
];

/// Strips a `#2`-style homonym suffix.
pub(crate) fn display_name(key: &str) -> String {
    match key.rfind('#') {
        Some(i) if key[i + 1..].chars().all(|c| c.is_ascii_digit()) => key[..i].trim().to_string(),
        _ => key.trim().to_string(),
    }
}

/// Builds indexes and the matcher.
pub(crate) fn build(rec: Records) -> KnowledgeBase {
    let state_by_code: CodeMap<String, usize> = rec
        .states
        .iter()
        .enumerate()
        .map(|(i, s)| (s.code.as_str().to_owned(), i))
        .collect();
    let org_by_code: CodeMap<String, usize> = rec
        .orgs
        .iter()
        .enumerate()
        .map(|(i, o)| (o.code.as_str().to_owned(), i))
        .collect();
    let un_members: Vec<String> = rec
        .states
        .iter()
        .filter(|s| s.status == "member")
        .map(|s| s.code.as_str().to_owned())
        .collect();
    let org_members = rec
        .orgs
        .iter()
        .map(|o| {
            let mut members: Vec<String> = Vec::new();
            for m in &o.members {
                let expanded: Vec<String> = if m.eq_ignore_ascii_case("@un") {
                    un_members.clone()
                } else {
                    vec![m.clone()]
                };
                for code in expanded {
                    if !members.contains(&code) {
                        members.push(code);
                    }
                }
            }
            members
        })
        .collect();

    let mut people: Vec<Person> = Vec::new();
    let mut person_by_key: CodeMap<String, usize> = CodeMap::default();
    let mut terms_by_office: HashMap<(String, String), Vec<usize>> = HashMap::new();
    for (ti, t) in rec.terms.iter().enumerate() {
        let pi = *person_by_key.entry(t.person.clone()).or_insert_with(|| {
            people.push(Person {
                key: t.person.clone(),
                display: display_name(&t.person).into(),
                folded: fold_str(&display_name(&t.person)),
                aliases: Vec::new(),
                terms: Vec::new(),
                origin: t.origin.clone(),
            });
            people.len() - 1
        });
        let person = &mut people[pi];
        person.terms.push(ti);
        for a in &t.aliases {
            if !person.aliases.contains(a) {
                person.aliases.push(a.clone());
            }
        }
        terms_by_office
            .entry((t.code.as_str().to_owned(), t.office.as_str().to_owned()))
            .or_default()
            .push(ti);
    }

    let mut patterns = PatternSet::default();
    for (i, s) in rec.states.iter().enumerate() {
        let i = i as u32;
        for n in std::iter::once(&s.name).chain(&s.aliases) {
            patterns.add(n, Entity::State(i), false);
        }
        if !s.official.is_empty() {
            patterns.add(&s.official, Entity::State(i), false);
        }
        for a in &s.adjectives {
            patterns.add(a, Entity::Adjective(i), false);
        }
        if s.capital_is_metonym {
            for c in std::iter::once(&s.capital).chain(&s.capital_aliases) {
                patterns.add(c, Entity::Metonym(i, u16::MAX), false);
            }
        }
        for (mi, (m, _)) in s.metonyms.iter().enumerate() {
            patterns.add(m, Entity::Metonym(i, mi as u16), false);
        }
    }
    for (i, o) in rec.orgs.iter().enumerate() {
        for n in std::iter::once(o.name.as_str())
            .chain(o.aliases.iter().map(String::as_str))
            .chain(std::iter::once(o.code.as_str()))
        {
            patterns.add(n, Entity::Org(i as u32), false);
        }
    }
    for (i, t) in rec.titles.iter().enumerate() {
        for n in std::iter::once(t.title.as_str()).chain(t.aliases.iter().map(String::as_str)) {
            patterns.add(n, Entity::Title(i as u32), false);
        }
    }
    for (i, g) in rec.groups.iter().enumerate() {
        for n in std::iter::once(g.name.as_str()).chain(g.aliases.iter().map(String::as_str)) {
            patterns.add(n, Entity::Group(i as u32), false);
        }
    }
    for (i, p) in people.iter().enumerate() {
        for n in std::iter::once(p.display.as_str()).chain(p.aliases.iter().map(String::as_str)) {
            patterns.add(n, Entity::Person(i as u32), false);
        }
    }
    for (i, p) in rec.places.iter().enumerate() {
        for n in std::iter::once(&p.name).chain(&p.aliases) {
            patterns.add(n, Entity::Place(i as u32), false);
        }
    }
    // Surnames last, so collisions with any explicit name can be seen and avoided;
    // a surname that is someone else's given name ("Antony") would swallow "Antony J. Blinken".
    let given_names: std::collections::HashSet<String> = people
        .iter()
        .filter_map(|p| {
            let mut words = p.display.split_whitespace();
            let first = words.next()?;
            words.next()?;
            Some(fold_str(first))
        })
        .collect();
    for (i, p) in people.iter().enumerate() {
        if let Some(surname) = derived_surname(p, &rec) {
            let folded = fold_str(&surname);
            if given_names.contains(&folded) {
                continue;
            }
            let collides = patterns
                .folded_targets(&folded)
                .is_some_and(|ts| ts.iter().any(|t| !matches!(t.entity, Entity::Person(_))));
            if !collides {
                patterns.add(&surname, Entity::Person(i as u32), true);
            }
        }
    }

    let title_plurals = rec.titles.iter().map(plural_names).collect();
    KnowledgeBase {
        title_plurals,
        state_by_code,
        org_by_code,
        org_members,
        people,
        person_by_key,
        terms_by_office,
        matcher: patterns.build(),
        rec,
        government_sector: SharedStr::from("GOV"),
    }
}

/// The family name used alone in news, for Western-order names; None when not derivable.
fn derived_surname(p: &Person, rec: &Records) -> Option<String> {
    if p.terms
        .iter()
        .any(|&t| FAMILY_NAME_FIRST.contains(&rec.terms[t].code.as_str()))
    {
        return None;
    }
    let tokens: Vec<&str> = p.display.split_whitespace().collect();
    if tokens.len() < 2
        || tokens
            .iter()
            .any(|t| matches!(t.to_lowercase().as_str(), "bin" | "bint" | "ibn" | "ben"))
    {
        return None;
    }
    let mut first = tokens.len() - 1;
    while first > 1 && PARTICLES.contains(&tokens[first - 1].to_lowercase().as_str()) {
        first -= 1;
    }
    let surname = tokens[first..].join(" ");
    let folded = fold_str(&surname);
    if folded.chars().filter(|c| c.is_alphabetic()).count() < 3
        || SURNAME_STOPLIST.contains(&folded.as_str())
        || tokens[tokens.len() - 1].ends_with('.')
    {
        return None;
    }
    Some(surname)
}

/// Entries whose name or aliases contain the folded query.
pub(crate) fn search(kb: &KnowledgeBase, query: &str) -> Vec<KbEntry> {
    let q = fold_str(query);
    if q.is_empty() {
        return Vec::new();
    }
    let hit = |names: &mut dyn Iterator<Item = &str>| {
        for n in names {
            if fold_str(n).contains(&q) {
                return true;
            }
        }
        false
    };
    let source = |o: &Origin| format!("{}:{}", o.file, o.line);
    let mut out = Vec::new();
    for s in &kb.rec.states {
        let mut names = std::iter::once(s.name.as_str())
            .chain(std::iter::once(s.official.as_str()))
            .chain(s.aliases.iter().map(String::as_str))
            .chain(s.adjectives.iter().map(String::as_str))
            .chain(std::iter::once(s.capital.as_str()))
            .chain(s.capital_aliases.iter().map(String::as_str))
            .chain(s.metonyms.iter().map(|(m, _)| m.as_str()))
            .chain(std::iter::once(s.code.as_str()));
        if hit(&mut names) {
            let mut aliases = s.aliases.clone();
            aliases.extend(s.adjectives.iter().cloned());
            aliases.extend(s.metonyms.iter().map(|(m, _)| m.clone()));
            out.push(KbEntry {
                kind: "state".into(),
                code: s.code.to_string(),
                name: s.name.clone(),
                aliases,
                sector: None,
                details: vec![
                    format!("official: {}", s.official),
                    if s.capital_aliases.is_empty() {
                        format!("capital: {}", s.capital)
                    } else {
                        format!("capital: {} ({})", s.capital, s.capital_aliases.join(" | "))
                    },
                    format!("status: {}", s.status),
                ],
                source: source(&s.origin),
            });
        }
    }
    for (i, o) in kb.rec.orgs.iter().enumerate() {
        if hit(&mut std::iter::once(o.name.as_str())
            .chain(o.aliases.iter().map(String::as_str))
            .chain(std::iter::once(o.code.as_str())))
        {
            let members = &kb.org_members[i];
            out.push(KbEntry {
                kind: "organisation".into(),
                code: o.code.to_string(),
                name: o.name.clone(),
                aliases: o.aliases.clone(),
                sector: Some(o.sector.to_string()),
                details: if members.is_empty() {
                    vec![]
                } else {
                    vec![format!(
                        "members ({}): {}",
                        members.len(),
                        members.join(" ")
                    )]
                },
                source: source(&o.origin),
            });
        }
    }
    for t in &kb.rec.titles {
        if hit(&mut std::iter::once(t.title.as_str()).chain(t.aliases.iter().map(String::as_str))) {
            let mut details = Vec::new();
            if let Some(office) = &t.office {
                details.push(format!("office: {office}"));
            }
            details.push(format!(
                "kind: {}",
                if t.takes_name { "person" } else { "body" }
            ));
            out.push(KbEntry {
                kind: "title".into(),
                code: t.country.as_deref().unwrap_or_default().to_owned(),
                name: t.title.clone(),
                aliases: t.aliases.clone(),
                sector: t.sector.as_deref().map(str::to_owned),
                details,
                source: source(&t.origin),
            });
        }
    }
    for g in &kb.rec.groups {
        if hit(&mut std::iter::once(g.name.as_str()).chain(g.aliases.iter().map(String::as_str))) {
            out.push(KbEntry {
                kind: "group".into(),
                code: g.code.to_string(),
                name: g.name.to_string(),
                aliases: g.aliases.clone(),
                sector: Some(g.sector.to_string()),
                details: vec![],
                source: source(&g.origin),
            });
        }
    }
    for p in &kb.rec.places {
        if hit(&mut std::iter::once(p.name.as_str()).chain(p.aliases.iter().map(String::as_str))) {
            out.push(KbEntry {
                kind: "place".into(),
                code: p.country.to_string(),
                name: p.name.clone(),
                aliases: p.aliases.clone(),
                sector: None,
                details: vec![format!("kind: {}", p.kind)],
                source: source(&p.origin),
            });
        }
    }
    for p in &kb.people {
        if hit(&mut std::iter::once(p.display.as_str()).chain(p.aliases.iter().map(String::as_str)))
        {
            let latest = p
                .terms
                .iter()
                .map(|&t| &kb.rec.terms[t])
                .max_by_key(|t| t.start);
            out.push(KbEntry {
                kind: "person".into(),
                code: latest.map(|t| t.code.to_string()).unwrap_or_default(),
                name: p.display.to_string(),
                aliases: p.aliases.clone(),
                sector: latest.map(|t| t.sector.to_string()),
                details: p
                    .terms
                    .iter()
                    .map(|&ti| {
                        let t = &kb.rec.terms[ti];
                        format!(
                            "{} {} {} – {} {}",
                            t.code,
                            t.office,
                            t.start_raw,
                            t.end_raw.as_deref().unwrap_or("(current)"),
                            t.title
                        )
                    })
                    .collect(),
                source: source(&p.origin),
            });
        }
    }
    out
}

/// The folded names of a title that are plurals of its other names ("foreign ministers").
fn plural_names(t: &crate::records::TitleRec) -> Vec<String> {
    let names: Vec<String> = std::iter::once(&t.title)
        .chain(&t.aliases)
        .map(|n| fold_str(n))
        .collect();
    let mut plurals = Vec::new();
    for w in &names {
        let w_words: Vec<&str> = w.split(' ').collect();
        let is_plural = names.iter().any(|n| {
            let n_words: Vec<&str> = n.split(' ').collect();
            n != w
                && n_words.len() == w_words.len()
                && n_words
                    .iter()
                    .zip(&w_words)
                    .all(|(a, b)| a == b || crate::names::plural_of(a, b))
        });
        if is_plural {
            plurals.extend(crate::matcher::spelling_variants(w));
        }
    }
    plurals
}
