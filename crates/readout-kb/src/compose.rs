//! Turns matched atoms into mentions: merges "[Turkish] [Foreign Minister] [Mevlüt Çavuşoğlu]"
//! into one, resolves people and titles against dated terms, reports adjective heads.

use crate::matcher::{Atom, Entity, Target};
use crate::records::TermRec;
use crate::{KbMention, KnowledgeBase, MentionKind};
use chrono::NaiveDate;

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

/// Capitalised words that end an unknown-name run after a title.
const NAME_STOPWORDS: &[&str] = &[
    "on",
    "in",
    "at",
    "the",
    "and",
    "of",
    "for",
    "to",
    "said",
    "says",
    "told",
    "has",
    "had",
    "was",
    "is",
    "will",
    "met",
    "who",
    "with",
    "from",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "speaks",
    "holds",
    "meets",
    "calls",
    "visits",
    "talks",
    "also",
    "during",
    "after",
    "before",
    "phone",
    "by",
    "as",
    "a",
    "an",
    "but",
    "that",
    "this",
    "his",
    "her",
    "their",
    "he",
    "she",
];

/// Ranks and honorifics that may stand between a title and a name.
const HONORIFICS: &[&str] = &[
    "General",
    "Gen.",
    "Lieutenant",
    "Lt.",
    "Major",
    "Maj.",
    "Brigadier",
    "Colonel",
    "Col.",
    "Admiral",
    "Adm.",
    "Marshal",
    "Field",
    "Air",
    "Vice",
    "Rear",
    "Dr.",
    "Dr",
    "Mr.",
    "Mr",
    "Mrs.",
    "Mrs",
    "Ms.",
    "Ms",
    "Sheikh",
    "Prince",
    "Princess",
    "Sir",
    "Dame",
    "Ambassador",
    "H.E.",
];

/// A gap of honorifics only (" General ", " Lt. Gen. ") between a title and a known person.
fn is_honorific_gap(g: &str) -> bool {
    let inner = g.strip_prefix(' ').and_then(|x| x.strip_suffix(' '));
    inner
        .is_some_and(|inner| !inner.is_empty() && inner.split(' ').all(|w| HONORIFICS.contains(&w)))
}

/// Particles allowed inside an unknown name ("Faisal bin Farhan", "Ursula von der Leyen").
const NAME_PARTICLES: &[&str] = &[
    "bin", "bint", "ibn", "al", "el", "de", "da", "di", "du", "van", "von", "der", "den", "la",
    "le", "dos",
];

/// An atom read as one role in a composite.
#[derive(Debug, Clone)]
enum Piece {
    /// Something that gives a code: state, adjective, metonym, organisation, group.
    Mod(Entity),
    Title(u32),
    /// Candidate people (homonyms or a shared surname) and whether the hit was a derived surname.
    Person(Vec<u32>, bool),
}

fn piece_of(atom: &Atom<'_>) -> Piece {
    let rank = |t: &Target| match t.entity {
        Entity::Person(_) if !t.derived => 0,
        Entity::Org(_) => 1,
        Entity::Group(_) => 2,
        Entity::State(_) => 3,
        Entity::Metonym(..) => 4,
        Entity::Adjective(_) => 5,
        Entity::Title(_) => 6,
        Entity::Person(_) => 7,
    };
    let best = atom.targets.iter().map(|t| rank(t)).min().unwrap_or(7);
    let chosen: Vec<&Target> = atom
        .targets
        .iter()
        .copied()
        .filter(|t| rank(t) == best)
        .collect();
    match chosen[0].entity {
        Entity::Person(_) => Piece::Person(
            chosen
                .iter()
                .filter_map(|t| match t.entity {
                    Entity::Person(p) => Some(p),
                    _ => None,
                })
                .collect(),
            chosen.iter().all(|t| t.derived),
        ),
        Entity::Title(t) => Piece::Title(t),
        other => Piece::Mod(other),
    }
}

/// All mentions in a text (see [`KnowledgeBase::find_mentions`]).
pub(crate) fn find_mentions(
    kb: &KnowledgeBase,
    text: &str,
    date: Option<NaiveDate>,
) -> Vec<KbMention> {
    let mut atoms = kb.matcher.atoms(text);
    extend_given_names(kb, text, &mut atoms);
    let pieces: Vec<Piece> = atoms.iter().map(piece_of).collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < atoms.len() {
        let (mention, next) = compose_at(kb, text, &atoms, &pieces, i, date);
        if let Some(m) = mention {
            out.push(m);
        }
        i = next.max(i + 1);
    }
    out
}

/// Extends a surname hit back over the person's given names and a middle initial ("Antony J. Blinken").
fn extend_given_names(kb: &KnowledgeBase, text: &str, atoms: &mut [Atom<'_>]) {
    let mut prev_end = 0;
    for atom in atoms.iter_mut() {
        let lower_bound = prev_end;
        prev_end = atom.end;
        // Any person whose full name ends with the words matched ("Blinken", "Erdogan").
        let written = crate::fold::fold_str(&text[atom.start..atom.end]);
        let Some(person) = atom.targets.iter().find_map(|t| match t.entity {
            Entity::Person(p) => {
                let person = &kb.people[p as usize];
                let full = &person.folded;
                let ends = full.len() > written.len()
                    && full.ends_with(written.as_str())
                    && full.as_bytes()[full.len() - written.len() - 1] == b' ';
                ends.then_some(person)
            }
            _ => None,
        }) else {
            continue;
        };
        let tokens: Vec<&str> = person.display.split_whitespace().collect();
        let surname_words = written.split(' ').count();
        if tokens.len() <= surname_words {
            continue;
        }
        let given_words = tokens.len() - surname_words;
        let given = crate::fold::fold_str(&tokens[..given_words].join(" "));
        let before = &text[lower_bound..atom.start];
        // Optional middle initial "J. " right before the surname.
        let mut cut = before.len();
        let b = before.as_bytes();
        if cut >= 3
            && b[cut - 1] == b' '
            && b[cut - 2] == b'.'
            && b[cut - 3].is_ascii_uppercase()
            && (cut == 3 || b[cut - 4] == b' ')
        {
            cut -= 3;
        }
        let Some(head) = before[..cut].strip_suffix(' ') else {
            continue;
        };
        // The last `given_words` words of the preceding text.
        let mut start = head.len();
        let mut found = true;
        for k in 0..given_words {
            if k > 0 {
                if start == 0 || head.as_bytes()[start - 1] != b' ' {
                    found = false;
                    break;
                }
                start -= 1;
            }
            start = head[..start].rfind(' ').map_or(0, |i| i + 1);
        }
        if !found {
            continue;
        }
        let candidate = &head[start..];
        if candidate.is_empty() || candidate.len() > given.len() * 2 + 8 {
            continue;
        }
        if crate::fold::fold_str(candidate) == given {
            atom.start = lower_bound + start;
        }
    }
}

/// Gap kinds between adjacent atoms.
fn gap<'a>(text: &'a str, a: &Atom<'_>, b: &Atom<'_>) -> &'a str {
    &text[a.end..b.start]
}

fn is_space(g: &str) -> bool {
    let mut c = g.chars();
    c.next().is_some_and(char::is_whitespace) && c.next().is_none()
}

fn is_possessive_space(g: &str) -> bool {
    ["'s", "'", "\u{2019}s", "\u{2019}"]
        .iter()
        .any(|p| g.strip_prefix(p).is_some_and(is_space))
}

/// Builds the mention starting at atom `i`; returns it and the index of the next unused atom.
fn compose_at(
    kb: &KnowledgeBase,
    text: &str,
    atoms: &[Atom<'_>],
    pieces: &[Piece],
    i: usize,
    date: Option<NaiveDate>,
) -> (Option<KbMention>, usize) {
    let n = atoms.len();
    let mut j = i;
    let mut modifier: Option<(usize, Entity)> = None;
    if let Piece::Mod(e) = pieces[i] {
        modifier = Some((i, e));
        j += 1;
    }
    let mut titles: Vec<usize> = Vec::new();
    while j < n {
        let Piece::Title(_) = pieces[j] else { break };
        let ok = match titles.last() {
            Some(&prev) => {
                let g = gap(text, &atoms[prev], &atoms[j]);
                is_space(g) || g == " and " || g == " & "
            }
            None => match modifier {
                Some((m, e)) => {
                    let g = gap(text, &atoms[m], &atoms[j]);
                    is_space(g) || (!matches!(e, Entity::Adjective(_)) && is_possessive_space(g))
                }
                None => j == i,
            },
        };
        if !ok {
            break;
        }
        titles.push(j);
        j += 1;
    }
    // "President of Turkey", "Secretary-General of the United Nations".
    if modifier.is_none() && !titles.is_empty() && j < n {
        if let Piece::Mod(e @ (Entity::State(_) | Entity::Org(_) | Entity::Group(_))) = pieces[j] {
            let g = gap(text, &atoms[j - 1], &atoms[j]);
            if g == " of " || g == " of the " {
                modifier = Some((j, e));
                j += 1;
            }
        }
    }
    let last_title = titles.last().copied();
    let mut person: Option<(usize, Vec<u32>, bool)> = None;
    let mut unknown: Option<(usize, usize)> = None;
    let of_form = modifier.is_some_and(|(m, _)| m > i);
    if j == i {
        // A person on their own ("Blinken said").
        if let Piece::Person(ref ps, derived) = pieces[i] {
            person = Some((i, ps.clone(), derived));
            j += 1;
        }
    } else if j < n && !of_form {
        if let Piece::Person(ref ps, derived) = pieces[j] {
            let link = match (last_title, modifier) {
                (Some(t), _) => {
                    let g = gap(text, &atoms[t], &atoms[j]);
                    is_space(g) || g == ", " || is_honorific_gap(g)
                }
                (None, Some((m, Entity::Adjective(_) | Entity::Org(_) | Entity::Group(_)))) => {
                    is_space(gap(text, &atoms[m], &atoms[j]))
                }
                _ => false,
            };
            if link {
                person = Some((j, ps.clone(), derived));
                j += 1;
            }
        }
    }
    if person.is_none() && !of_form {
        if let Some(t) = last_title {
            if let Piece::Title(ti) = pieces[t] {
                if kb.rec.titles[ti as usize].takes_name
                    && !is_plural(kb, &text[atoms[t].start..atoms[t].end], ti)
                {
                    let limit = atoms.get(t + 1).map_or(text.len(), |a| a.start);
                    unknown = unknown_name(text, atoms[t].end, limit);
                }
            }
        }
    }
    let start = atoms[i].start;
    let end = match (&person, unknown) {
        (Some((p, _, _)), _) => atoms[*p].end,
        (None, Some((_, e))) => e,
        _ => atoms[j.max(i + 1) - 1].end,
    };
    let next = j;
    let mention = build_mention(
        kb,
        text,
        date,
        Parts {
            start,
            end,
            modifier: modifier.map(|(m, e)| (&atoms[m], e)),
            titles: titles
                .iter()
                .map(|&t| {
                    (
                        &atoms[t],
                        match pieces[t] {
                            Piece::Title(x) => x,
                            _ => 0,
                        },
                    )
                })
                .collect(),
            person: person.map(|(p, ps, d)| (&atoms[p], ps, d)),
            unknown,
        },
    );
    (mention, next)
}

/// The pieces of one composite mention.
struct Parts<'a> {
    start: usize,
    end: usize,
    modifier: Option<(&'a Atom<'a>, Entity)>,
    titles: Vec<(&'a Atom<'a>, u32)>,
    person: Option<(&'a Atom<'a>, Vec<u32>, bool)>,
    unknown: Option<(usize, usize)>,
}

/// Reads a run of capitalised words after a title as an unknown person's name.
fn unknown_name(text: &str, from: usize, limit: usize) -> Option<(usize, usize)> {
    let rest = &text[from..limit.max(from)];
    let mut body = rest.strip_prefix(' ')?;
    let mut base = from + 1;
    // Ranks and honorifics are not part of the name ("army chief General Asim Munir").
    while let Some((word, tail)) = body.split_once(' ') {
        if !HONORIFICS.contains(&word) {
            break;
        }
        base += word.len() + 1;
        body = tail;
    }
    let mut end = 0usize;
    let mut words = 0;
    let mut pos = 0usize;
    let bytes = body.as_bytes();
    while pos < body.len() && words < 5 {
        let word_end = body[pos..]
            .find([' ', ',', ';', ':', '(', ')', '"', '\n', '\t'])
            .map_or(body.len(), |k| pos + k);
        let word = &body[pos..word_end];
        let trimmed = word
            .trim_end_matches(['.', '\'', '\u{2019}'])
            .trim_end_matches("'s");
        let lower = trimmed.to_lowercase();
        let is_initial =
            word.len() == 2 && word.ends_with('.') && word.as_bytes()[0].is_ascii_uppercase();
        let capitalised = trimmed.chars().next().is_some_and(char::is_uppercase)
            && trimmed.chars().skip(1).any(char::is_lowercase)
            && !NAME_STOPWORDS.contains(&lower.as_str());
        let particle = words > 0 && NAME_PARTICLES.contains(&lower.as_str());
        if !(capitalised || is_initial || particle) || trimmed.is_empty() {
            break;
        }
        words += 1;
        if capitalised {
            end = pos + trimmed.len();
        }
        // A full stop after a non-initial word ends the sentence, and the name.
        if word.ends_with('.') && !is_initial {
            break;
        }
        if word_end >= body.len() || bytes[word_end] != b' ' {
            break;
        }
        pos = word_end + 1;
    }
    (end > 0).then_some((base, base + end))
}

/// Picks the best term of a person for a date; returns (term index, fell back).
fn choose_term(
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
fn choose_person(
    kb: &KnowledgeBase,
    candidates: &[u32],
    derived: bool,
    date: Option<NaiveDate>,
    office: Option<&str>,
    code: Option<&str>,
) -> Option<(u32, usize, bool)> {
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

use chrono::Datelike;

fn term_text(t: &TermRec) -> String {
    format!(
        "{} {} {}–{}",
        t.code,
        t.office,
        t.start_raw,
        t.end_raw.as_deref().unwrap_or("")
    )
}

fn date_note(date: Option<NaiveDate>, fallback: bool) -> String {
    match (date, fallback) {
        (None, _) => "no date: latest term used".to_string(),
        (Some(d), false) => format!("in term on {d}"),
        (Some(d), true) => format!("no term covers {d}: nearest term used"),
    }
}

/// Code and sector a modifier contributes, with a short description for `why`.
fn modifier_info(kb: &KnowledgeBase, e: Entity, text: &str) -> (String, Option<String>, String) {
    match e {
        Entity::State(i) => {
            let s = &kb.rec.states[i as usize];
            (s.code.clone(), None, format!("state '{text}' → {}", s.code))
        }
        Entity::Adjective(i) => {
            let s = &kb.rec.states[i as usize];
            (
                s.code.clone(),
                None,
                format!("adjective '{text}' → {}", s.code),
            )
        }
        Entity::Metonym(i, mi) => {
            let s = &kb.rec.states[i as usize];
            let sector = s
                .metonyms
                .get(mi as usize)
                .and_then(|(_, sec)| sec.clone())
                .unwrap_or_else(|| "GOV".to_string());
            (
                s.code.clone(),
                Some(sector.clone()),
                format!("metonym '{text}' → {} {sector}", s.code),
            )
        }
        Entity::Org(i) => {
            let o = &kb.rec.orgs[i as usize];
            (
                o.code.clone(),
                Some(o.sector.clone()),
                format!("organisation '{text}' → {} {}", o.code, o.sector),
            )
        }
        Entity::Group(i) => {
            let g = &kb.rec.groups[i as usize];
            (
                g.code.clone(),
                Some(g.sector.clone()),
                format!("group '{}' → {} {}", g.name, g.code, g.sector),
            )
        }
        Entity::Title(_) | Entity::Person(_) => (String::new(), None, String::new()),
    }
}

fn build_mention(
    kb: &KnowledgeBase,
    text: &str,
    date: Option<NaiveDate>,
    parts: Parts<'_>,
) -> Option<KbMention> {
    let span_text = text[parts.start..parts.end].to_string();
    let mut why: Vec<String> = Vec::new();
    let mut code = String::new();
    let mut sector: Option<String> = None;
    let mut kind = MentionKind::Title;
    let mut group_name: Option<String> = None;
    let mut modifier_kind: Option<Entity> = None;
    if let Some((atom, e)) = &parts.modifier {
        let (c, s, w) = modifier_info(kb, *e, &text[atom.start..atom.end]);
        code = c;
        sector = s;
        why.push(w);
        modifier_kind = Some(*e);
        kind = match e {
            Entity::State(_) => MentionKind::State,
            Entity::Adjective(_) => MentionKind::Adjective,
            Entity::Metonym(..) => MentionKind::Capital,
            Entity::Org(_) => MentionKind::Organisation,
            Entity::Group(_) => MentionKind::Group,
            _ => MentionKind::Title,
        };
        if let Entity::Group(g) = e {
            group_name = Some(kb.rec.groups[*g as usize].name.clone());
        }
    }
    // Title: the last one names the office ("State Councilor and Foreign Minister" → Foreign Minister).
    let mut title: Option<String> = None;
    let mut office: Option<String> = None;
    let mut title_sector: Option<String> = None;
    let mut default_country: Option<String> = None;
    let mut plural = false;
    for (atom, ti) in &parts.titles {
        let t = &kb.rec.titles[*ti as usize];
        plural = is_plural(kb, &text[atom.start..atom.end], *ti);
        why.push(format!(
            "title '{}'{}",
            &text[atom.start..atom.end],
            t.office
                .as_deref()
                .map(|o| format!(" ({o})"))
                .unwrap_or_default()
        ));
        title = Some(t.title.clone());
        if t.office.is_some() {
            office = t.office.clone();
        }
        if t.sector.is_some() {
            title_sector = t.sector.clone();
        }
        if t.country.is_some() {
            default_country = t.country.clone();
        }
    }
    if !parts.titles.is_empty() {
        kind = MentionKind::Title;
        // A group or organisation keeps its own sector ("Hamas leader", "UN Secretary-General").
        if (!matches!(modifier_kind, Some(Entity::Group(_) | Entity::Org(_))) || sector.is_none())
            && title_sector.is_some()
        {
            sector = title_sector.clone();
        }
        if code.is_empty() {
            if let Some(c) = &default_country {
                code = c.clone();
                why.push(format!("default country {c}"));
            }
        }
    }
    let mut name = group_name;
    let mut term = None;
    let mut date_fallback = false;
    let mut head = None;
    if let Some((_, candidates, derived)) = &parts.person {
        let code_hint = (!code.is_empty()).then_some(code.as_str());
        // A bare surname must fit the country the text gives ("US … Antony" is not India's A. K. Antony).
        let fitting: Vec<u32> = match code_hint {
            Some(c) if *derived => candidates
                .iter()
                .copied()
                .filter(|&p| {
                    kb.people[p as usize]
                        .terms
                        .iter()
                        .any(|&t| kb.rec.terms[t].code == c)
                })
                .collect(),
            _ => candidates.clone(),
        };
        let Some((p, ti, fallback)) =
            choose_person(kb, &fitting, *derived, date, office.as_deref(), code_hint)
        else {
            let (atom, _, _) = parts.person.as_ref()?;
            let written = &text[atom.start..atom.end];
            kind = MentionKind::Person;
            why.push(format!(
                "'{written}' does not fit a known person here; person not in base"
            ));
            return Some(finish(
                parts.start,
                parts.end,
                span_text,
                kind,
                code,
                sector,
                Some(written.to_string()),
                title,
                office,
                None,
                None,
                false,
                why,
            ));
        };
        let person = &kb.people[p as usize];
        let t = &kb.rec.terms[ti];
        if !code.is_empty() && code != t.code {
            why.push(format!("text says {code} but term says {}", t.code));
        }
        kind = MentionKind::Person;
        why.push(format!(
            "person '{}' {}; {}",
            person.display,
            term_text(t),
            date_note(date, fallback)
        ));
        // Out of office on the date but named with a group or organisation ("Hamas leader …"): the group speaks.
        let group_wins = fallback
            && date.is_some()
            && matches!(modifier_kind, Some(Entity::Group(_) | Entity::Org(_)));
        if group_wins {
            why.push("out of office on the date: group/organisation code kept".to_string());
        } else {
            code = t.code.clone();
            sector = Some(t.sector.clone());
        }
        name = Some(person.display.clone());
        if title.is_none() && !t.title.is_empty() {
            title = Some(t.title.clone());
        }
        if office.is_none() || parts.titles.is_empty() {
            office = Some(t.office.clone());
        }
        term = Some((t.start_raw.clone(), t.end_raw.clone()));
        date_fallback = fallback;
    } else if let Some((s, e)) = parts.unknown {
        kind = MentionKind::Person;
        name = Some(text[s..e].to_string());
        why.push(format!("person '{}' not in base", &text[s..e]));
    } else if !parts.titles.is_empty() {
        // "the US Secretary of State" → whoever held the office on the date (not "US presidents").
        if let (Some(o), false, false) = (&office, code.is_empty(), plural) {
            if let Some(holder) = office_holder(kb, &code, o, date) {
                kind = MentionKind::Person;
                name = holder.name;
                sector = sector.or(holder.sector);
                term = holder.term;
                date_fallback = holder.date_fallback;
                why.push(holder.why);
            }
        }
    } else if kind == MentionKind::Adjective {
        head = next_word(text, parts.end);
    }
    if code.is_empty() && kind == MentionKind::Title {
        why.push("no country".to_string());
    }
    let office = if parts.titles.is_empty() && parts.person.is_none() {
        None
    } else {
        office
    };
    Some(finish(
        parts.start,
        parts.end,
        span_text,
        kind,
        code,
        sector,
        name,
        title,
        office,
        term,
        head,
        date_fallback,
        why,
    ))
}

/// Assembles the mention record.
#[allow(clippy::too_many_arguments)]
fn finish(
    start: usize,
    end: usize,
    text: String,
    kind: MentionKind,
    code: String,
    sector: Option<String>,
    name: Option<String>,
    title: Option<String>,
    office: Option<String>,
    term: Option<(String, Option<String>)>,
    head: Option<String>,
    date_fallback: bool,
    why: Vec<String>,
) -> KbMention {
    KbMention {
        span: (start, end),
        text,
        kind,
        code,
        sector,
        name,
        title,
        office,
        term,
        head,
        date_fallback,
        why: why.join("; "),
    }
}

/// Whether a title was written in the plural ("foreign ministers", "heads of state"):
/// the written form is a plural of one of the title's names, so it names no single holder.
fn is_plural(kb: &KnowledgeBase, written: &str, title: u32) -> bool {
    let plurals = &kb.title_plurals[title as usize];
    !plurals.is_empty() && plurals.contains(&crate::fold::fold_str(written))
}

/// Whether `plural` is an English plural of `singular`.
pub(crate) fn plural_of(singular: &str, plural: &str) -> bool {
    plural == format!("{singular}s")
        || plural == format!("{singular}es")
        || singular
            .strip_suffix('y')
            .is_some_and(|stem| plural == format!("{stem}ies"))
        || singular
            .strip_suffix("man")
            .is_some_and(|stem| plural == format!("{stem}men"))
        || singular.strip_suffix("person").is_some_and(|stem| {
            plural == format!("{stem}people") || plural == format!("{stem}persons")
        })
}

/// The word right after an adjective ("Turkish people" → "people").
fn next_word(text: &str, from: usize) -> Option<String> {
    let rest = text[from..].strip_prefix(' ')?;
    let word: String = rest
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '-')
        .collect();
    (!word.is_empty()).then_some(word)
}

/// Who held an office on a date (see [`KnowledgeBase::office_holder`]).
pub(crate) fn office_holder(
    kb: &KnowledgeBase,
    code: &str,
    office: &str,
    date: Option<NaiveDate>,
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
        why: format!(
            "holder of {} {}: '{}' {}; {}",
            t.code,
            t.office,
            person.display,
            term_text(t),
            date_note(date, fallback)
        ),
    })
}
