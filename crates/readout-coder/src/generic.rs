//! Unnamed actors of wire stories: "Police arrested protesters in Minsk", "Thousands of people
//! demonstrated in Paris". A bare actor noun takes the country of the place the sentence names,
//! with the sector the noun implies; without a place it stays unresolved (never guessed).

use crate::cues::in_list;
use crate::lexicon::pattern::Word;
use crate::mentions::{governing_preposition, Mention, Role, Source};
use crate::words::{is_whole_word, possessive_after, PhraseMatcher, PhraseStarts};
use readout_model::{Actor, SharedStr};

/// Bare actor nouns and the sector each implies.
const NOUNS: &[(&str, &str)] = &[
    ("police", "COP"),
    ("riot police", "COP"),
    ("policemen", "COP"),
    ("police officers", "COP"),
    ("security forces", "COP"),
    ("law enforcement agencies", "COP"),
    ("law enforcement officers", "COP"),
    ("security services", "COP"),
    ("protesters", "CVL"),
    ("protestors", "CVL"),
    ("demonstrators", "CVL"),
    ("activists", "CVL"),
    ("people", "CVL"),
    ("residents", "CVL"),
    ("civilians", "CVL"),
    ("villagers", "CVL"),
    ("worshippers", "CVL"),
    ("farmers", "CVL"),
    ("children", "CVL"),
    ("women", "CVL"),
    ("migrants", "REF"),
    ("refugees", "REF"),
    ("opposition supporters", "OPP"),
    ("supporters", "CVL"),
    ("the junta", "MIL"),
    ("junta", "MIL"),
    ("opposition activists", "OPP"),
    ("students", "EDU"),
    ("workers", "LAB"),
    ("dockworkers", "LAB"),
    ("miners", "LAB"),
    ("truckers", "LAB"),
    ("nurses", "LAB"),
    ("doctors", "LAB"),
    ("employees", "LAB"),
    ("trade unions", "LAB"),
    ("unions", "LAB"),
    ("teachers", "EDU"),
    ("troops", "MIL"),
    ("warships", "MIL"),
    ("warplanes", "MIL"),
    ("fighter jets", "MIL"),
    ("soldiers", "MIL"),
    ("the army", "MIL"),
    ("the military", "MIL"),
    ("militants", "REB"),
    ("rebels", "REB"),
    ("insurgents", "REB"),
    ("gunmen", "REB"),
    ("armed men", "REB"),
    ("bandits", "REB"),
    ("kidnappers", "REB"),
    ("assailants", "REB"),
    ("attackers", "REB"),
    ("the authorities", "GOV"),
    ("authorities", "GOV"),
    ("the government", "GOV"),
    ("officials", "GOV"),
    ("opposition", "OPP"),
    ("journalists", "MED"),
    ("prosecutors", "JUD"),
    ("a court", "JUD"),
    ("the court", "JUD"),
    ("lawmakers", "LEG"),
    ("parliament", "LEG"),
    ("crowds", "CVL"),
    ("the crowd", "CVL"),
    ("mourners", "CVL"),
    ("rioters", "CVL"),
    ("border guards", "COP"),
    ("opposition leaders", "OPP"),
    ("opposition figures", "OPP"),
    ("presidential guard", "MIL"),
    // state vessels: only with a state adjective ("a Chinese coast guard ship"), never placed
    ("coast guard", "MIL"),
    ("coast guard ship", "MIL"),
    ("coast guard ships", "MIL"),
    ("coast guard vessel", "MIL"),
    ("coast guard vessels", "MIL"),
    ("vessel", "MIL"),
    ("vessels", "MIL"),
    ("survey ship", "MIL"),
    ("navy", "MIL"),
];

/// Nouns of [`NOUNS`] that a state adjective places but a place never does (ships sail abroad).
const ADJECTIVE_ONLY: &[&str] = &[
    "coast guard",
    "coast guard ship",
    "coast guard ships",
    "coast guard vessel",
    "coast guard vessels",
    "vessel",
    "vessels",
    "survey ship",
    "navy",
];

/// Nouns that make a state adjective before them a place ("in several Iranian cities").
const PLACE_NOUNS: &[&str] = &[
    "city",
    "cities",
    "town",
    "towns",
    "village",
    "villages",
    "province",
    "provinces",
    "region",
    "regions",
    "streets",
    "soil",
    "territory",
];

/// Compiled bare-noun patterns; built once per coder.
#[derive(Debug)]
pub(crate) struct GenericActors {
    matcher: PhraseMatcher,
    /// The words the nouns can start on, so the matcher runs on those alone.
    starts: PhraseStarts,
}

impl GenericActors {
    /// Compiles the nouns.
    pub(crate) fn new() -> Self {
        let pats: Vec<&str> = NOUNS.iter().map(|(p, _)| *p).collect();
        let matcher = PhraseMatcher::new(&pats);
        let starts = PhraseStarts::new(&pats);
        GenericActors { matcher, starts }
    }

    /// Adds bare actor nouns to `mentions` when the sentence names a place to take the country
    /// from, or else when the story has placed itself earlier (`story_place`, a country code).
    #[cfg(test)]
    pub(crate) fn add(
        &self,
        sentence: &str,
        mentions: &mut Vec<Mention>,
        story_place: Option<&str>,
    ) {
        self.add_at(
            sentence,
            &crate::lexicon::pattern::tokenize(sentence),
            mentions,
            story_place,
        );
    }

    /// [`GenericActors::add`] for a sentence the coder has split into `words`.
    pub(crate) fn add_at(
        &self,
        sentence: &str,
        words: &[Word],
        mentions: &mut Vec<Mention>,
        story_place: Option<&str>,
    ) {
        let place_of = |m: &&Mention| {
            m.role == Role::Location
                && !matches!(
                    m.source,
                    Source::Named(readout_kb::MentionKind::Organisation)
                )
                && !m.actors.is_empty()
        };
        // the dateline says where the story was filed; a place or state the sentence names
        // itself says better where its police and soldiers are
        // "at protests in dozens of Russian cities": a state adjective before a place noun
        // names a place of that state
        let place_by_adjective = mentions.iter().find(|m| {
            matches!(m.source, Source::Named(readout_kb::MentionKind::Adjective))
                && m.actors.len() == 1
                && !m.possessive
                && in_list(crate::words::next_word(sentence, m.span.1), PLACE_NOUNS)
        });
        let here = match mentions
            .iter()
            .filter(place_of)
            .find(|m| m.why != crate::mentions::DATELINE)
        {
            // ("Protesters in dozens of Chinese cities attacked … over Tokyo's purchase": the
            // place named first, next to the people, is theirs)
            Some(p) => Some(
                place_by_adjective
                    .filter(|a| a.span.0 < p.span.0)
                    .unwrap_or(p),
            ),
            None => mentions.iter().find(place_of).or(place_by_adjective),
        };
        // "ADDIS ABABA — … suspended Sudan … after the military seized power": a state's army
        // is the army of the state the sentence names, not of the dateline's
        let army_state: Option<SharedStr> = here
            .filter(|m| m.why == crate::mentions::DATELINE)
            .and_then(|_| {
                mentions.iter().find(|m| {
                    m.actors.len() == 1
                        && m.role == Role::Actor
                        && matches!(m.source, Source::Named(readout_kb::MentionKind::State))
                })
            })
            .map(|m| m.actors[0].code.clone());
        // "DUBAI (AP) — Protests over … Iran's morality police spread": a foreign dateline
        // gives way to the one state the sentence itself names
        let named = here
            .filter(|m| m.why == crate::mentions::DATELINE)
            .and_then(|_| named_state(mentions));
        // a place named by a state adjective ("in several Iranian cities") places only the
        // people and police of domestic unrest, never troops or institutions
        let adjective_place = here.is_some_and(|m| m.role != Role::Location);
        let from_story = here.is_none();
        let place: Option<(SharedStr, String)> = match (here, story_place) {
            (Some(_), _) if named.is_some() => named.map(|(c, t)| (c.into(), t.to_string())),
            (Some(m), _) => Some((m.actors[0].code.clone(), m.text.clone())),
            (None, Some(code)) => Some((code.into(), "the story's place".to_string())),
            (None, None) => None,
        };
        // "Iranian truckers", "Kenyan protesters": a state adjective right before the noun
        // places it better than any place; it needs no place at all
        let adjective = |m: &Mention| {
            matches!(m.source, Source::Named(readout_kb::MentionKind::Adjective))
                && m.actors.len() == 1
                && m.actors[0].sector.is_none()
                && !m.possessive
        };
        if place.is_none() && !mentions.iter().any(adjective) {
            return;
        }
        let mut added = false;
        for hit in self
            .matcher
            .find_at(sentence, self.starts.of(sentence, words))
        {
            let (s, e) = (hit.start, hit.end);
            if !is_whole_word(sentence, s, e) {
                continue;
            }
            if let Some(adj) = mentions.iter_mut().find(|m| {
                adjective(m)
                    && m.span.1 < s
                    && sentence[m.span.1..s].trim().is_empty()
                    && matches!(m.role, Role::Weak | Role::Actor)
            }) {
                let (noun, sector) = NOUNS[hit.pattern];
                if possessive_after(sentence, e).is_none() && noun != "people" {
                    adj.span.1 = e;
                    adj.text = sentence[adj.span.0..e].to_string();
                    adj.role = Role::Actor;
                    adj.actors[0].text = adj.text.as_str().into();
                    adj.actors[0].sector = Some(sector.into());
                    adj.why
                        .push_str(&format!("; with the noun {noun:?} ({sector})"));
                }
                continue;
            }
            if mentions
                .iter()
                .any(|m| !m.actors.is_empty() && m.span.0 < e + 2 && s < m.span.1 + 2)
            {
                continue;
            }
            // "Eritrea, whose troops have fought …": the noun is the antecedent's
            if let Some((code, owner)) = whose_owner(sentence, s, mentions) {
                let (noun, sector) = NOUNS[hit.pattern];
                if possessive_after(sentence, e).is_none() && !in_list(noun, ADJECTIVE_ONLY) {
                    mentions.retain(|m| !(m.actors.is_empty() && m.span.0 < e && s < m.span.1));
                    mentions.push(placed_noun(
                        sentence,
                        (s, e),
                        code,
                        sector,
                        governing_preposition(sentence, s),
                        format!("unnamed {noun:?} ({sector}) of {owner:?}, whose they are"),
                    ));
                    added = true;
                }
                continue;
            }
            let Some(place) = place.as_ref() else {
                continue;
            };
            if in_list(NOUNS[hit.pattern].0, ADJECTIVE_ONLY) {
                continue;
            }
            // an unresolved bare title ("Police") gives way to the placed noun
            mentions.retain(|m| !(m.actors.is_empty() && m.span.0 < e && s < m.span.1));
            // "the Chinese people" is the knowledge base's; "people's" is a modifier
            if possessive_after(sentence, e).is_some() {
                continue;
            }
            let (noun, sector) = NOUNS[hit.pattern];
            if adjective_place && !matches!(sector, "COP" | "CVL" | "EDU" | "LAB" | "OPP") {
                continue;
            }
            // an earlier sentence's place only places the actors of domestic unrest (troops or
            // officials may well be foreign)
            // ("Authorities imposed a curfew", "two journalists were detained", "opposition
            // leaders accused the government": the story state's own institutions and people)
            if from_story
                && !matches!(
                    sector,
                    "COP" | "CVL" | "EDU" | "LAB" | "MED" | "JUD" | "LEG" | "OPP"
                )
                && !noun.ends_with("junta")
                && !in_list(
                    noun,
                    &[
                        "authorities",
                        "the authorities",
                        "the government",
                        "the army",
                    ],
                )
            {
                continue;
            }
            let prep = governing_preposition(sentence, s);
            // only "thousands of people", "hundreds of people", "1,300 people"
            let counted = crate::words::word_before(sentence, s)
                .is_some_and(|(ps, pe)| sentence[ps..pe].starts_with(|c: char| c.is_ascii_digit()));
            if noun == "people" && prep != Some("of") && !counted {
                continue;
            }
            // "thousands of protesters": the quantity phrase is the subject
            let quantity = prep == Some("of")
                && crate::words::word_before(sentence, s)
                    .and_then(|(ps, _)| crate::words::word_before(sentence, ps))
                    .is_some_and(|(qs, qe)| {
                        crate::cues::in_list(
                            &sentence[qs..qe],
                            &[
                                "thousands",
                                "hundreds",
                                "dozens",
                                "tens",
                                "scores",
                                "millions",
                                "crowds",
                                "group",
                                "groups",
                            ],
                        )
                    });
            let prep = if noun == "people" || quantity {
                None
            } else {
                prep
            };
            // "Iraqi Prime Minister … asked parliament": an institution with no place of its
            // own in the sentence belongs to the one state the sentence names
            let institution_state = from_story
                .then(|| {
                    matches!(sector, "GOV" | "LEG" | "JUD" | "MIL") && !noun.ends_with("junta")
                })
                .filter(|b| *b)
                .and_then(|_| only_state(mentions));
            let code = match (&army_state, sector) {
                (Some(c), "MIL") => c.clone(),
                _ => institution_state.unwrap_or_else(|| place.0.clone()),
            };
            mentions.push(placed_noun(
                sentence,
                (s, e),
                code,
                sector,
                prep,
                format!("unnamed {noun:?} ({sector}) placed by {:?}", place.1),
            ));
            added = true;
        }
        if added {
            mentions.sort_by_key(|m| m.span.0);
        }
    }
}

/// A bare actor noun at `span` as a mention of `code`'s `sector`, with the reason it was placed.
fn placed_noun(
    sentence: &str,
    span: (usize, usize),
    code: SharedStr,
    sector: &str,
    prep: Option<&'static str>,
    why: String,
) -> Mention {
    let text = &sentence[span.0..span.1];
    Mention {
        span,
        text: text.to_string(),
        actors: vec![Actor {
            text: text.into(),
            code,
            sector: Some(sector.into()),
            name: None,
            title: None,
        }],
        role: Role::Actor,
        source: Source::Named(readout_kb::MentionKind::Group),
        prep,
        possessive: false,
        person: false,
        title: None,
        why,
    }
}

/// The state a "whose" right before byte `noun` refers back to: the one-state mention just
/// before ", whose" ("Eritrea, whose troops …"), with its text.
fn whose_owner(sentence: &str, noun: usize, mentions: &[Mention]) -> Option<(SharedStr, String)> {
    let (ws, we) = crate::words::word_before(sentence, noun)?;
    if !sentence[ws..we].eq_ignore_ascii_case("whose") {
        return None;
    }
    let m = mentions.iter().rev().find(|m| m.span.1 <= ws)?;
    (m.actors.len() == 1 && !m.person && sentence[m.span.1..ws].trim() == ",")
        .then(|| (m.actors[0].code.clone(), m.text.clone()))
}

/// The government that issues a statement with no byline, for its "we" and "the Ministry":
/// the one state a short place line near the top names ("Ha Noi, 19 July 2019", "Ministry of
/// Foreign Affairs, Islamabad"), a line with a date or ending in a capital. A wire's dateline
/// ("NIAMEY, Niger (AP) — …") names where a story was filed, not who speaks: never taken.
pub(crate) fn issuing_state<'a>(
    sentences: impl IntoIterator<Item = (&'a str, &'a [Mention])>,
) -> Option<Actor> {
    for (text, mentions) in sentences.into_iter().take(5) {
        let line = text.trim();
        if line.split_whitespace().nth(8).is_some()
            || line.contains('(')
            || line.ends_with(['.', '?', '!'])
            || mentions.iter().any(|m| m.why == crate::mentions::DATELINE)
        {
            continue;
        }
        let capital_last = mentions.last().is_some_and(|m| {
            matches!(m.source, Source::Named(readout_kb::MentionKind::Capital))
                && line[m.span.1.min(line.len())..].trim().is_empty()
        });
        if !capital_last && !line.chars().any(|c| c.is_ascii_digit()) {
            continue;
        }
        let mut code: Option<&str> = None;
        for a in mentions.iter().flat_map(|m| &m.actors) {
            match code {
                Some(c) if c != a.code => return None,
                _ => code = Some(a.code.as_str()),
            }
        }
        if let Some(c) = code {
            return Some(Actor {
                text: SharedStr::default(),
                code: c.into(),
                sector: Some("GOV".into()),
                name: None,
                title: None,
            });
        }
    }
    None
}

/// The government of a ministry's release that names no state in its heading ("The Ministry
/// once again strongly condemned …", "ABU DHABI, 3rd January, 2024 (WAM) -- … The Ministry of
/// Foreign Affairs expressed its thanks …"): when the document names a ministry with no state,
/// the state of its dateline (when it writes "the Ministry" as a release does), else of the
/// foreign minister it quotes — when every foreign minister it names is of that one state.
pub(crate) fn ministry_release_state<'a>(
    sentences: impl IntoIterator<Item = (&'a str, &'a [Mention])>,
) -> Option<Actor> {
    let mut bare_ministry = false;
    let mut official_ministry = false;
    let mut dateline: Option<&str> = None;
    let mut minister: Option<&str> = None;
    for (_, mentions) in sentences {
        for m in mentions {
            if m.why == crate::mentions::DATELINE {
                if dateline.is_none() {
                    dateline = Some(m.actors.first()?.code.as_str());
                }
                continue;
            }
            if m.actors.is_empty()
                && m.source == Source::BareTitle
                && crate::words::contains_ascii_ci(&m.text, "ministry")
            {
                bare_ministry = true;
                // a release writes its ministry with a capital ("the Ministry"); a wire filed
                // from a capital ("the ministry said") names where it was filed, not who speaks
                official_ministry |= m.text.starts_with("Ministry");
            }
            let foreign_minister = m.person
                && m.actors.len() == 1
                && m.title
                    .as_deref()
                    .into_iter()
                    .chain(m.actors[0].title.as_deref())
                    .any(|t| crate::words::contains_ascii_ci(t, "foreign"));
            if foreign_minister {
                match minister {
                    Some(c) if c != m.actors[0].code => return None,
                    _ => minister = Some(m.actors[0].code.as_str()),
                }
            }
        }
    }
    if !bare_ministry {
        return None;
    }
    let code = match (dateline, minister) {
        (Some(d), Some(f)) if d != f => return None,
        (Some(d), _) if official_ministry => d,
        (Some(_), _) => return None,
        (None, f) => f?,
    };
    Some(Actor {
        text: SharedStr::default(),
        code: code.into(),
        sector: Some("GOV".into()),
        name: None,
        title: None,
    })
}

/// "The Ministry expresses its gratitude …": a government body named with no state, in a
/// statement its government issued, is that government's (see [`issuing_state`]; in a
/// minister's release, the minister's government's).
pub(crate) fn issuer_bodies(mentions: &mut [Mention], issuer: Option<&Actor>) {
    let Some(issuer) = issuer else {
        return;
    };
    let issuer = Actor {
        text: SharedStr::default(),
        code: issuer.code.clone(),
        sector: Some("GOV".into()),
        name: None,
        title: None,
    };
    for m in mentions.iter_mut() {
        if !m.actors.is_empty() || m.source != Source::BareTitle {
            continue;
        }
        let lower = m.text.to_ascii_lowercase();
        if [
            "ministry",
            "government",
            "spokesperson",
            "spokesman",
            "spokeswoman",
        ]
        .iter()
        .any(|w| lower.contains(w))
        {
            m.actors = vec![Actor {
                text: m.text.as_str().into(),
                ..issuer.clone()
            }];
            m.why
                .push_str(&format!("; the issuing government {}", issuer.code));
        }
    }
}

/// The one state whose actors a sentence names outside its dateline and places, whatever
/// names them ("Iraqi Prime Minister Nouri al-Maliki"); `None` for none or several.
fn only_state(mentions: &[Mention]) -> Option<SharedStr> {
    let mut found: Option<&SharedStr> = None;
    for m in mentions {
        if m.why == crate::mentions::DATELINE || !matches!(m.role, Role::Actor | Role::Weak) {
            continue;
        }
        for a in &m.actors {
            match found {
                Some(c) if *c != a.code => return None,
                _ => found = Some(&a.code),
            }
        }
    }
    found.cloned()
}

/// The one state a sentence names outside its dateline (as a state or adjective, acting or
/// owning: "Iran's morality police"), with the words naming it; `None` for none or several.
pub(crate) fn named_state(mentions: &[Mention]) -> Option<(&str, &str)> {
    // "TBILISI — Georgian police detained … a bill that mirrors a Russian law": a sentence
    // that names the dateline's own state in any way stays where it was filed
    let home_named = mentions
        .iter()
        .filter(|d| d.why == crate::mentions::DATELINE)
        .flat_map(|d| &d.actors)
        .any(|d| {
            mentions.iter().any(|m| {
                m.why != crate::mentions::DATELINE
                    && m.role != Role::Location
                    && m.actors.iter().any(|a| a.code == d.code)
            })
        });
    if home_named {
        return None;
    }
    let mut found: Option<(&str, &str)> = None;
    for m in mentions {
        if m.why == crate::mentions::DATELINE
            || !matches!(m.role, Role::Actor | Role::Weak)
            || !matches!(
                m.source,
                Source::Named(readout_kb::MentionKind::State)
                    | Source::Named(readout_kb::MentionKind::Adjective)
            )
        {
            continue;
        }
        for a in &m.actors {
            match found {
                Some((c, _)) if c != a.code => return None,
                Some(_) => {}
                None => found = Some((a.code.as_str(), m.text.as_str())),
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrase_starts_keep_every_bare_noun() {
        let nouns: Vec<&'static str> = NOUNS.iter().map(|(p, _)| *p).collect();
        crate::words::assert_phrase_starts_agree(&nouns);
    }

    fn place(sentence: &str, text: &str, code: &str) -> Mention {
        let s = sentence.find(text).unwrap();
        Mention {
            span: (s, s + text.len()),
            text: text.into(),
            actors: vec![Actor::code(text, code)],
            role: Role::Location,
            source: Source::Named(readout_kb::MentionKind::Capital),
            prep: Some("in"),
            possessive: false,
            person: false,
            title: None,
            why: String::new(),
        }
    }

    #[test]
    fn police_and_protesters_take_the_place_country() {
        let g = GenericActors::new();
        let s = "Police arrested dozens of protesters in Minsk.";
        let mut ms = vec![place(s, "Minsk", "BLR")];
        g.add(s, &mut ms, None);
        let police = ms.iter().find(|m| m.text == "Police").unwrap();
        assert_eq!(police.actors[0].code, "BLR");
        assert_eq!(police.actors[0].sector.as_deref(), Some("COP"));
        let protesters = ms.iter().find(|m| m.text == "protesters").unwrap();
        assert_eq!(protesters.actors[0].sector.as_deref(), Some("CVL"));
    }

    #[test]
    fn armed_groups_and_workers_are_placed_too() {
        let g = GenericActors::new();
        let s = "Armed men abducted students while dockworkers watched in Lagos.";
        let mut ms = vec![place(s, "Lagos", "NGA")];
        g.add(s, &mut ms, None);
        let sector = |text: &str| {
            ms.iter()
                .find(|m| m.text == text)
                .and_then(|m| m.actors[0].sector.clone())
        };
        assert_eq!(sector("Armed men").as_deref(), Some("REB"));
        assert_eq!(sector("students").as_deref(), Some("EDU"));
        assert_eq!(sector("dockworkers").as_deref(), Some("LAB"));
    }

    #[test]
    fn nothing_without_a_place() {
        let g = GenericActors::new();
        let mut ms = Vec::new();
        g.add("Police arrested dozens of protesters.", &mut ms, None);
        assert!(ms.is_empty());
    }

    #[test]
    fn the_story_place_places_later_sentences() {
        let g = GenericActors::new();
        let mut ms = Vec::new();
        g.add("Security forces fired on the crowd.", &mut ms, Some("SDN"));
        assert_eq!(ms.len(), 2);
        assert_eq!(ms[0].actors[0].code, "SDN");
        assert_eq!(ms[0].actors[0].sector.as_deref(), Some("COP"));
        // the crowd fired on is the place's people
        assert_eq!(ms[1].actors[0].code, "SDN");
        assert_eq!(ms[1].actors[0].sector.as_deref(), Some("CVL"));
    }

    #[test]
    fn a_story_places_its_authorities_but_not_its_officials() {
        let g = GenericActors::new();
        let mut ms = Vec::new();
        g.add(
            "Authorities said officials were questioned.",
            &mut ms,
            Some("SDN"),
        );
        assert_eq!(ms.len(), 1, "{ms:?}");
        assert_eq!(ms[0].text, "Authorities");
        assert_eq!(ms[0].actors[0].sector.as_deref(), Some("GOV"));
    }
}
