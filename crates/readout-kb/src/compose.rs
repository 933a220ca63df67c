//! Turns matched atoms into mentions: merges "[Turkish] [Foreign Minister] [Mevlüt Çavuşoğlu]"
//! into one, resolves people and titles against dated terms, reports adjective heads.

use crate::matcher::{Atom, Entity, Target, NAME_TITLES};
use crate::names::{
    extend_given_names, is_honorific_gap, is_plural, next_word, unknown_name, HONORIFICS,
    NAME_STOPWORDS,
};
use crate::terms::{choose_person, date_note, office_holder, term_text};
use crate::{KbMention, KnowledgeBase, MentionKind};
use chrono::NaiveDate;
use readout_model::SharedStr;

/// An atom read as one role in a composite (plain data: the buffer of pieces is reused).
#[derive(Debug, Clone, Copy)]
enum Piece {
    /// Something that gives a code: state, adjective, metonym, organisation, group.
    Mod(Entity),
    Title(u32),
    /// A person, whether the hit was a derived surname; the candidates (homonyms or a
    /// shared surname) are the atom's people readings of that kind ([`people_of`]).
    Person(bool),
    /// A city or region: stands alone, never joins a composite.
    Place(u32),
}

/// The candidate people of one atom: nearly always one or two, so they are kept inline
/// (no allocation per person); more move to a vector.
#[derive(Debug, Clone, Default)]
struct People {
    inline: [u32; 3],
    inline_len: usize,
    /// All of them, once there are more than fit inline.
    spilled: Vec<u32>,
}

impl People {
    /// Adds a candidate.
    fn push(&mut self, person: u32) {
        if let Some(slot) = self.inline.get_mut(self.inline_len) {
            *slot = person;
            self.inline_len += 1;
            return;
        }
        if self.spilled.is_empty() {
            self.spilled.extend_from_slice(&self.inline);
        }
        self.spilled.push(person);
    }

    /// The candidates in the order added.
    fn as_slice(&self) -> &[u32] {
        if self.spilled.is_empty() {
            &self.inline[..self.inline_len]
        } else {
            &self.spilled
        }
    }
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
        Entity::Place(_) => 8,
    };
    // the first reading of the best rank
    let mut first: Option<(u8, &Target)> = None;
    for t in atom.targets.iter() {
        let r = rank(t);
        if first.is_none_or(|(best, _)| r < best) {
            first = Some((r, t));
        }
    }
    let Some((_, first)) = first else {
        // Atoms always carry a reading; an empty one reads as an unknown title-less person.
        return Piece::Person(true);
    };
    match first.entity {
        Entity::Person(_) => Piece::Person(first.derived),
        Entity::Title(t) => Piece::Title(t),
        Entity::Place(p) => Piece::Place(p),
        other => Piece::Mod(other),
    }
}

/// The candidate people of an atom read as [`Piece::Person`]`(derived)`: its people
/// readings of that kind, in order (a person ranks first either way, so when the best
/// reading is a derived surname, no reading is a person written in the data).
fn people_of(atom: &Atom<'_>, derived: bool) -> People {
    let mut people = People::default();
    for t in atom.targets.iter() {
        if let Entity::Person(p) = t.entity {
            if t.derived == derived {
                people.push(p);
            }
        }
    }
    people
}

thread_local! {
    /// Per-thread buffer of pieces, reused across texts.
    static PIECES: std::cell::RefCell<Vec<Piece>> = std::cell::RefCell::default();
}

/// All mentions in a text (see [`KnowledgeBase::find_mentions`]).
/// `explain` fills each mention's `why`; without it `why` stays empty and no text is formatted.
pub(crate) fn find_mentions(
    kb: &KnowledgeBase,
    text: &str,
    date: Option<NaiveDate>,
    explain: bool,
) -> Vec<KbMention> {
    let mut atoms = kb.matcher.atoms(text);
    if atoms.is_empty() {
        return Vec::new();
    }
    extend_given_names(kb, text, &mut atoms);
    let mut pieces = PIECES.with(|cell| cell.take());
    pieces.clear();
    pieces.extend(atoms.iter().map(piece_of));
    let mut out = Vec::with_capacity(atoms.len());
    let mut i = 0;
    while i < atoms.len() {
        let next = compose_at(kb, text, &atoms, &pieces, i, date, explain, &mut out);
        i = next.max(i + 1);
    }
    PIECES.with(|cell| cell.replace(pieces));
    out
}

/// Gap kinds between adjacent atoms.
fn gap<'a>(text: &'a str, a: &Atom<'_>, b: &Atom<'_>) -> &'a str {
    &text[a.end..b.start]
}

fn is_space(g: &str) -> bool {
    let mut c = g.chars();
    c.next().is_some_and(char::is_whitespace) && c.next().is_none()
}

/// Capitalised words that are no given name before a surname, beyond the honorifics and
/// title words the matcher knows: more forms of address, and words that open a sentence.
const NOT_GIVEN_NAMES: &[&str] = &[
    "Lord",
    "Lady",
    "Madam",
    "Gen",
    "Sen",
    "Rep",
    "Gov",
    "Prof",
    "Premier",
    "Chancellor",
    "Commissioner",
    "Director",
    "King",
    "Queen",
    "Emir",
    "Pope",
    "Saint",
    "Comrade",
    "Then",
    "And",
    "But",
    "While",
    "When",
    "As",
    "Meanwhile",
    "Later",
    "Also",
    "Both",
    "Neither",
    "Yesterday",
    "Today",
    "Tomorrow",
    "So",
    "Now",
];

/// Is the one-word name at `atom` ("Burns") right after a capitalised word that is neither
/// the first word of the text, a name of its own (ending at or after `prev_end`), an honorific
/// nor a sentence adverb ("Nicholas Burns")?
fn after_unknown_given_name(text: &str, atom: &Atom<'_>, prev_end: usize) -> bool {
    let name = &text[atom.start..atom.end];
    if name.contains([' ', '-']) {
        return false;
    }
    let Some(head) = text[..atom.start].strip_suffix(' ') else {
        return false;
    };
    let word_start = head.rfind(|c: char| !c.is_alphabetic()).map_or(0, |p| {
        p + head[p..].chars().next().map_or(1, char::len_utf8)
    });
    let word = &head[word_start..];
    let capitalised = word.chars().next().is_some_and(char::is_uppercase)
        && word.chars().skip(1).all(char::is_lowercase)
        && word.chars().count() >= 2;
    // the sentence's first word is capitalised whatever it is
    let first_word = text[..word_start].trim().is_empty()
        || text[..word_start]
            .trim_end()
            .ends_with(['.', '!', '?', '"', '\n', ':', '(', '\u{201C}']);
    capitalised
        && word_start >= prev_end
        && !first_word
        && ![HONORIFICS, NAME_TITLES, NOT_GIVEN_NAMES]
            .iter()
            .any(|list| list.contains(&word))
        && !is_title_case(text)
}

/// Is the word right after `atom` (one space on) a capitalised name the base does not know, so
/// that the atom is the first part of an unknown person's name?
fn before_unknown_name(text: &str, atom: &Atom<'_>, next_atom_start: Option<usize>) -> bool {
    let Some(rest) = text[atom.end..].strip_prefix(' ') else {
        return false;
    };
    let start = atom.end + 1;
    let word = rest
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or_default();
    let capitalised = word.chars().next().is_some_and(char::is_uppercase)
        && word.chars().skip(1).all(char::is_lowercase)
        && word.chars().count() >= 2;
    capitalised
        && next_atom_start != Some(start)
        && !NAME_STOPWORDS.contains(&word.to_lowercase().as_str())
        && !is_title_case(text)
}

/// Is `text` capitalised nearly throughout, as headlines are ("Wang Yi Meets Blinken in Rome")?
/// Capitals cannot tell names there. Longer words only: "in", "on", "the" stay lower-case.
pub fn is_title_case(text: &str) -> bool {
    let (mut words, mut capitals) = (0usize, 0usize);
    for w in text.split(|c: char| !c.is_alphabetic()) {
        if w.len() >= 4 {
            words += 1;
            capitals += usize::from(w.chars().next().is_some_and(char::is_uppercase));
        }
    }
    words >= 3 && capitals * 10 >= words * 9
}

/// Did person `p` hold any office of the state or organisation `code`?
fn served(kb: &KnowledgeBase, p: u32, code: &str) -> bool {
    kb.people[p as usize]
        .terms
        .iter()
        .any(|&t| kb.rec.terms[t].code == code)
}

fn is_possessive_space(g: &str) -> bool {
    ["'s", "'", "\u{2019}s", "\u{2019}"]
        .iter()
        .any(|p| g.strip_prefix(p).is_some_and(is_space))
}

/// Builds the mention starting at atom `i` into `out` (pushed there, not returned: the
/// record is large, and every level it is returned through copies it); returns the index
/// of the next unused atom.
#[allow(clippy::too_many_arguments)]
fn compose_at(
    kb: &KnowledgeBase,
    text: &str,
    atoms: &[Atom<'_>],
    pieces: &[Piece],
    i: usize,
    date: Option<NaiveDate>,
    explain: bool,
    out: &mut Vec<KbMention>,
) -> usize {
    if let Piece::Place(p) = pieces[i] {
        let atom = &atoms[i];
        out.extend(place_mention(kb, text, atom.start, atom.end, p, explain));
        return i + 1;
    }
    let n = atoms.len();
    let mut j = i;
    let mut modifier: Option<(usize, Entity)> = None;
    if let Piece::Mod(e) = pieces[i] {
        modifier = Some((i, e));
        j += 1;
    }
    // The titles are the atoms `first_title..j`, consecutive ones.
    let first_title = j;
    while j < n {
        let Piece::Title(_) = pieces[j] else { break };
        let ok = match (j > first_title).then(|| j - 1) {
            Some(prev) => {
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
        j += 1;
    }
    let titles = first_title..j;
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
    let last_title = (!titles.is_empty()).then(|| titles.end - 1);
    let mut person: Option<(usize, bool)> = None;
    let mut unknown: Option<(usize, usize)> = None;
    let of_form = modifier.is_some_and(|(m, _)| m > i);
    if j == i {
        // A person on their own ("Blinken said").
        if let Piece::Person(derived) = pieces[i] {
            // "the U.S. ambassador, Nicholas Burns", "Hunter Biden": a surname after a given
            // name the base does not know names someone else
            let prev_end = if i > 0 { atoms[i - 1].end } else { 0 };
            if after_unknown_given_name(text, &atoms[i], prev_end) {
                return i + 1;
            }
            // "Bishop Rolando Álvarez": a derived surname before a name the base does not
            // know is a title or given name of someone else
            let next_start = atoms.get(i + 1).map(|a| a.start);
            if derived && before_unknown_name(text, &atoms[i], next_start) {
                return i + 1;
            }
            person = Some((i, derived));
            j += 1;
        }
    } else if j < n && !of_form {
        if let Piece::Person(derived) = pieces[j] {
            let link = match (last_title, modifier) {
                (Some(t), _) => {
                    let g = gap(text, &atoms[t], &atoms[j]);
                    is_space(g) || g == ", " || is_honorific_gap(g)
                }
                (None, Some((m, Entity::Adjective(_) | Entity::Org(_) | Entity::Group(_)))) => {
                    is_space(gap(text, &atoms[m], &atoms[j]))
                }
                // "Jordan's King Abdullah II", "Russia's Vladimir Putin": the state's own
                // office-holder, one mention with the state ("Ukraine's Boris Johnson" is not)
                (None, Some((m, Entity::State(st)))) => {
                    let state = &kb.rec.states[st as usize].code;
                    is_possessive_space(gap(text, &atoms[m], &atoms[j]))
                        && people_of(&atoms[j], derived)
                            .as_slice()
                            .iter()
                            .any(|&p| served(kb, p, state))
                }
                _ => false,
            };
            if link {
                person = Some((j, derived));
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
        (Some((p, _)), _) => atoms[*p].end,
        (None, Some((_, e))) => e,
        _ => atoms[j.max(i + 1) - 1].end,
    };
    let next = j;
    let people = person.map(|(p, derived)| people_of(&atoms[p], derived));
    build_mention(
        kb,
        text,
        date,
        Parts {
            start,
            end,
            modifier: modifier.map(|(m, e)| (&atoms[m], e)),
            title_atoms: &atoms[titles.clone()],
            title_pieces: &pieces[titles],
            person: person
                .zip(people.as_ref())
                .map(|((p, d), people)| (&atoms[p], people.as_slice(), d)),
            unknown,
        },
        explain,
        out,
    );
    next
}

/// The pieces of one composite mention.
struct Parts<'a> {
    start: usize,
    end: usize,
    modifier: Option<(&'a Atom<'a>, Entity)>,
    /// The title atoms and their pieces (each a [`Piece::Title`]), in text order.
    title_atoms: &'a [Atom<'a>],
    title_pieces: &'a [Piece],
    person: Option<(&'a Atom<'a>, &'a [u32], bool)>,
    unknown: Option<(usize, usize)>,
}

/// The one-line explanation, built piece by piece without intermediate strings —
/// or not at all when the caller did not ask for it (`on` false).
struct Why {
    on: bool,
    text: String,
}

impl Why {
    /// An explanation that records pieces only when `on`.
    fn new(on: bool) -> Why {
        Why {
            on,
            text: String::new(),
        }
    }

    /// Appends one piece, separated by "; ".
    fn add(&mut self, piece: std::fmt::Arguments<'_>) {
        use std::fmt::Write;
        if !self.on {
            return;
        }
        if !self.text.is_empty() {
            self.text.push_str("; ");
        }
        let _ = self.text.write_fmt(piece);
    }
}

/// Code and sector a modifier contributes.
fn modifier_info(kb: &KnowledgeBase, e: Entity) -> (SharedStr, Option<SharedStr>) {
    match e {
        Entity::State(i) | Entity::Adjective(i) => (kb.rec.states[i as usize].code.clone(), None),
        Entity::Metonym(i, mi) => {
            let s = &kb.rec.states[i as usize];
            let sector = s
                .metonyms
                .get(mi as usize)
                .and_then(|(_, sec)| sec.clone())
                .unwrap_or_else(|| kb.government_sector.clone());
            (s.code.clone(), Some(sector))
        }
        Entity::Org(i) => {
            let o = &kb.rec.orgs[i as usize];
            (o.code.clone(), Some(o.sector.clone()))
        }
        Entity::Group(i) => {
            let g = &kb.rec.groups[i as usize];
            (g.code.clone(), Some(g.sector.clone()))
        }
        Entity::Title(_) | Entity::Person(_) | Entity::Place(_) => (SharedStr::default(), None),
    }
}

/// Explains what a modifier contributed ("state 'Turkey' → TUR").
fn explain_modifier(
    why: &mut Why,
    kb: &KnowledgeBase,
    e: Entity,
    text: &str,
    code: &str,
    sector: Option<&str>,
) {
    let sector = sector.unwrap_or("");
    match e {
        Entity::State(_) => why.add(format_args!("state '{text}' → {code}")),
        Entity::Adjective(_) => why.add(format_args!("adjective '{text}' → {code}")),
        Entity::Metonym(..) => why.add(format_args!("metonym '{text}' → {code} {sector}")),
        Entity::Org(_) => why.add(format_args!("organisation '{text}' → {code} {sector}")),
        Entity::Group(g) => why.add(format_args!(
            "group '{}' → {code} {sector}",
            kb.rec.groups[g as usize].name
        )),
        Entity::Title(_) | Entity::Person(_) | Entity::Place(_) => {}
    }
}

/// A place on its own: its country, no sector, never an actor by itself.
#[cfg(feature = "place-mentions")]
fn place_mention(
    kb: &KnowledgeBase,
    text: &str,
    start: usize,
    end: usize,
    place: u32,
    explain: bool,
) -> Option<KbMention> {
    let p = &kb.rec.places[place as usize];
    // a sea or region of several states names no one; it only keeps its words from being read
    if p.country.is_empty() {
        return None;
    }
    let mut why = Why::new(explain);
    why.add(format_args!(
        "place '{}' ({}) → {}",
        &text[start..end],
        p.kind,
        p.country
    ));
    Some(finish(
        kb,
        start,
        end,
        text[start..end].to_string(),
        MentionKind::Place,
        p.country.clone(),
        None,
        Some(p.name.as_str().into()),
        None,
        None,
        None,
        None,
        false,
        why,
    ))
}

/// Places are matched (so their words are not read as anything else) but not reported
/// until `MentionKind::Place` is enabled.
#[cfg(not(feature = "place-mentions"))]
fn place_mention(
    _kb: &KnowledgeBase,
    _text: &str,
    _start: usize,
    _end: usize,
    _place: u32,
    _explain: bool,
) -> Option<KbMention> {
    None
}

/// Builds the mention of `parts` into `out` (pushed there, not returned: the record is
/// large, and each move copies it).
fn build_mention(
    kb: &KnowledgeBase,
    text: &str,
    date: Option<NaiveDate>,
    parts: Parts<'_>,
    explain: bool,
    out: &mut Vec<KbMention>,
) {
    let span_text = text[parts.start..parts.end].to_string();
    let mut why = Why::new(explain);
    let mut code = SharedStr::default();
    let mut sector: Option<SharedStr> = None;
    let mut kind = MentionKind::Title;
    let mut group_name: Option<SharedStr> = None;
    let mut modifier_kind: Option<Entity> = None;
    if let Some((atom, e)) = &parts.modifier {
        let (c, s) = modifier_info(kb, *e);
        code = c;
        sector = s;
        if why.on {
            let written = &text[atom.start..atom.end];
            explain_modifier(&mut why, kb, *e, written, &code, sector.as_deref());
        }
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
    let mut office: Option<SharedStr> = None;
    let mut title_sector: Option<SharedStr> = None;
    let mut default_country: Option<SharedStr> = None;
    let mut plural = false;
    for (k, atom) in parts.title_atoms.iter().enumerate() {
        let ti = match parts.title_pieces[k] {
            Piece::Title(x) => x,
            _ => 0,
        };
        let t = &kb.rec.titles[ti as usize];
        plural = is_plural(kb, &text[atom.start..atom.end], ti);
        if why.on {
            match t.office.as_deref() {
                Some(o) => why.add(format_args!(
                    "title '{}' ({o})",
                    &text[atom.start..atom.end]
                )),
                None => why.add(format_args!("title '{}'", &text[atom.start..atom.end])),
            }
        }
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
    if !parts.title_atoms.is_empty() {
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
                why.add(format_args!("default country {c}"));
            }
        }
    }
    let mut name = group_name;
    let mut term = None;
    let mut date_fallback = false;
    let mut head = None;
    if let Some((person_atom, candidates, derived)) = &parts.person {
        let code_hint = (!code.is_empty()).then_some(code.as_str());
        // A bare surname must fit the country the text gives ("US … Antony" is not India's A. K. Antony).
        let served_here: Vec<u32>;
        let fitting: &[u32] = match code_hint {
            Some(c) if *derived => {
                served_here = candidates
                    .iter()
                    .copied()
                    .filter(|&p| served(kb, p, c))
                    .collect();
                &served_here
            }
            _ => candidates,
        };
        let Some((p, ti, fallback)) =
            choose_person(kb, fitting, *derived, date, office.as_deref(), code_hint)
        else {
            let written = &text[person_atom.start..person_atom.end];
            kind = MentionKind::Person;
            why.add(format_args!(
                "'{written}' does not fit a known person here; person not in base"
            ));
            out.push(finish(
                kb,
                parts.start,
                parts.end,
                span_text,
                kind,
                code,
                sector,
                Some(written.into()),
                title,
                office,
                None,
                None,
                false,
                why,
            ));
            return;
        };
        let person = &kb.people[p as usize];
        let t = &kb.rec.terms[ti];
        if !code.is_empty() && code != t.code {
            why.add(format_args!("text says {code} but term says {}", t.code));
        }
        kind = MentionKind::Person;
        if why.on {
            why.add(format_args!(
                "person '{}' {}; {}",
                person.display,
                term_text(t),
                date_note(date, fallback)
            ));
        }
        // Out of office on the date but named with a group or organisation ("Hamas leader …"): the group speaks.
        let group_wins = fallback
            && date.is_some()
            && matches!(modifier_kind, Some(Entity::Group(_) | Entity::Org(_)));
        if group_wins {
            why.add(format_args!(
                "out of office on the date: group/organisation code kept"
            ));
        } else {
            code = t.code.clone();
            sector = Some(t.sector.clone());
        }
        name = Some(person.display.clone());
        if title.is_none() && !t.title.is_empty() {
            title = Some(t.title.clone());
        }
        if office.is_none() || parts.title_atoms.is_empty() {
            office = Some(t.office.clone());
        }
        term = Some((t.start_raw.clone(), t.end_raw.clone()));
        date_fallback = fallback;
    } else if let Some((s, e)) = parts.unknown {
        kind = MentionKind::Person;
        name = Some(text[s..e].into());
        why.add(format_args!("person '{}' not in base", &text[s..e]));
    } else if !parts.title_atoms.is_empty() {
        // "the US Secretary of State" → whoever held the office on the date (not "US presidents").
        if let (Some(o), false, false) = (&office, code.is_empty(), plural) {
            if let Some(holder) = office_holder(kb, &code, o, date, why.on) {
                kind = MentionKind::Person;
                name = holder.name;
                sector = sector.or(holder.sector);
                term = holder.term;
                date_fallback = holder.date_fallback;
                why.add(format_args!("{}", holder.why));
            }
        }
    } else if kind == MentionKind::Adjective {
        head = next_word(text, parts.end);
    }
    if code.is_empty() && kind == MentionKind::Title {
        why.add(format_args!("no country"));
    }
    let office = if parts.title_atoms.is_empty() && parts.person.is_none() {
        None
    } else {
        office
    };
    out.push(finish(
        kb,
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
    ));
}

/// Assembles the mention record.
#[allow(clippy::too_many_arguments)]
fn finish(
    kb: &KnowledgeBase,
    start: usize,
    end: usize,
    text: String,
    kind: MentionKind,
    code: SharedStr,
    sector: Option<SharedStr>,
    name: Option<SharedStr>,
    title: Option<String>,
    office: Option<SharedStr>,
    term: Option<(SharedStr, Option<SharedStr>)>,
    head: Option<String>,
    date_fallback: bool,
    why: Why,
) -> KbMention {
    // A state named on its own stands for its government (SPEC §5: "the US" → USA GOV).
    let sector = match kind {
        MentionKind::State if sector.is_none() && !code.is_empty() => {
            Some(kb.government_sector.clone())
        }
        _ => sector,
    };
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
        why: why.text,
    }
}

#[cfg(test)]
mod tests {
    use super::People;

    #[test]
    fn people_keep_every_candidate_in_order_inline_or_spilled() {
        for n in 0..8u32 {
            let mut people = People::default();
            let expected: Vec<u32> = (0..n).map(|k| k * 7 + 1).collect();
            for &p in &expected {
                people.push(p);
            }
            assert_eq!(people.as_slice(), expected.as_slice());
        }
    }
}
