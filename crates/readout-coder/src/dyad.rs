//! The document's main dyad: the two most salient states of the headline and lead, which
//! "both sides", "the two countries" and "the two heads of state" refer to.

use crate::mentions::{Mention, Role};
use readout_kb::KnowledgeBase;
use readout_model::{Actor, SharedStr};

/// Sentences counted as the lead.
const LEAD_SENTENCES: usize = 3;

/// The states of the headline and the text with their weights (headline mentions 3, lead
/// mentions 2, others 1) and whether the headline or lead names them, in order of first
/// mention. Modifiers, datelines, places and the mentions `skip` turns away do not count.
fn state_weights<'a>(
    kb: &KnowledgeBase,
    title: &'a [Mention],
    sentences: &'a [Vec<Mention>],
    skip: impl Fn(&Mention) -> bool,
) -> Vec<(SharedStr, u32, bool)> {
    let mut score: Vec<(SharedStr, u32, bool)> = Vec::new();
    // codes the knowledge base says are no state: asked once each, as the scored ones are
    let mut not_states: Vec<&str> = Vec::new();
    let mut add = |m: &'a Mention, w: u32, lead: bool| {
        // a dateline only says where the story was filed
        // and a place (city, region) is where things happen, never a party
        if matches!(m.role, Role::Modifier)
            || m.why == crate::mentions::DATELINE
            || matches!(
                m.source,
                crate::mentions::Source::Named(readout_kb::MentionKind::Place)
            )
            || skip(m)
        {
            return;
        }
        for a in &m.actors {
            // a news outlet reports the story; it is not one of its parties
            if a.sector.as_deref() == Some("MED") {
                continue;
            }
            match score.iter_mut().find(|s| s.0 == a.code) {
                Some(s) => {
                    s.1 += w;
                    s.2 |= lead;
                }
                None if not_states.contains(&a.code.as_str()) => {}
                None if kb.is_state(&a.code) => score.push((a.code.clone(), w, lead)),
                None => not_states.push(&a.code),
            }
        }
    };
    for m in title {
        add(m, 3, true);
    }
    for (i, s) in sentences.iter().enumerate() {
        for m in s {
            add(
                m,
                if i < LEAD_SENTENCES { 2 } else { 1 },
                i < LEAD_SENTENCES,
            );
        }
    }
    // stable: ties go to the first mentioned
    score.sort_by_key(|s| std::cmp::Reverse(s.1));
    score
}

/// A state's government as a participant known by its code alone.
fn state_actor(code: SharedStr) -> Actor {
    Actor {
        text: code.clone(),
        code,
        sector: Some("GOV".into()),
        name: None,
        title: None,
    }
}

/// The two most salient states: headline mentions weigh 3, lead mentions 2, others 1.
/// A dyad needs both states in the headline or lead.
/// A headline naming a contact "between" two states ("Muscat hosts talks between Iran and
/// the United States") names the dyad, whoever hosts it.
pub(crate) fn main_dyad(
    kb: &KnowledgeBase,
    title: Option<&str>,
    title_mentions: &[Mention],
    sentences: &[Vec<Mention>],
    lead: Option<&str>,
) -> Option<[Actor; 2]> {
    // two names joined by "and", each of one state, name the pair
    let lone_state = |m: &Mention| match m.actors.as_slice() {
        [a] if kb.is_state(&a.code) => Some(a.code.clone()),
        _ => None,
    };
    let pair = |x: &Mention, y: &Mention| match (lone_state(x), lone_state(y)) {
        (Some(a), Some(b)) if a != b => Some([state_actor(a), state_actor(b)]),
        _ => None,
    };
    if let Some(text) = title {
        for w in title_mentions.windows(2) {
            let (x, y) = (&w[0], &w[1]);
            let joined = text
                .get(x.span.1..y.span.0)
                .is_some_and(|g| matches!(g.trim(), "and" | "and the"));
            if x.prep == Some("between")
                && joined
                && x.role != Role::Modifier
                && y.role != Role::Modifier
            {
                if let Some(p) = pair(x, y) {
                    return Some(p);
                }
            }
        }
    }
    // "Armenia and Azerbaijan initial peace deal at White House": two states joined as the
    // headline's subject (the first sentence's, in a text without a title) are its pair,
    // however often the host is named below
    let headline = match (title, lead) {
        (Some(t), _) => Some((t, title_mentions)),
        (None, Some(l)) => sentences.first().map(|m| (l, m.as_slice())),
        _ => None,
    };
    if let Some((text, [x, y, ..])) = headline {
        let opens = text.get(..x.span.0).is_some_and(|h| h.trim().is_empty());
        let joined = text
            .get(x.span.1..y.span.0)
            .is_some_and(|g| g.trim() == "and");
        if opens && joined && x.role == Role::Actor && y.role == Role::Actor {
            if let Some(p) = pair(x, y) {
                return Some(p);
            }
        }
    }
    let title = title_mentions;
    let score = state_weights(kb, title, sentences, |_| false);
    let mut top = score.into_iter().filter(|s| s.2);
    let a = top.next()?;
    let b = top.next()?;
    if b.1 < 2 {
        return None;
    }
    Some([state_actor(a.0), state_actor(b.0)])
}

/// The one state a story with no dyad is about: the most salient state of the headline and
/// lead (weighed as for [`main_dyad`]), when it outweighs any other state at least twice.
/// "The attorney general", "parliament" with no country named are its. Party names are not
/// counted (see [`home_parties`]).
pub(crate) fn main_state(
    kb: &KnowledgeBase,
    title: &[Mention],
    sentences: &[Vec<Mention>],
) -> Option<Actor> {
    let score = state_weights(kb, title, sentences, is_party);
    let (code, top, lead) = score.first()?.clone();
    let second = score.get(1).map_or(0, |s| s.1);
    (lead && top >= 2 * second.max(1)).then(|| state_actor(code))
}

/// "Peru's Congress … Castillo announced he would dissolve Congress": a bare institution whose
/// country the knowledge base only presumes (Congress → USA) is the one the document gave the
/// same institution before.
pub(crate) fn titles_given_before(title: &mut [Mention], sentences: &mut [Vec<Mention>]) {
    let mut given: Vec<(String, SharedStr)> = Vec::new();
    for m in title.iter_mut().chain(sentences.iter_mut().flatten()) {
        if !matches!(
            m.source,
            crate::mentions::Source::Named(readout_kb::MentionKind::Title)
        ) {
            continue;
        }
        let (Some(t), [a]) = (m.title.as_deref(), m.actors.as_mut_slice()) else {
            continue;
        };
        if a.name.is_some() {
            continue;
        }
        let key = t.to_ascii_lowercase();
        let text = m.text.to_ascii_lowercase();
        let bare = text.trim_start_matches("the ") == key;
        if !bare {
            given.retain(|(k, _)| *k != key);
            given.push((key, a.code.clone()));
        } else if let Some((_, code)) = given.iter().find(|(k, _)| *k == key) {
            if *code != a.code {
                a.code = code.clone();
                m.why
                    .push_str(&format!("; the {t} the document named before: {code}"));
            }
        }
    }
}

/// A party or opposition group named in the knowledge base ("Democratic Party").
fn is_party(m: &Mention) -> bool {
    matches!(
        m.source,
        crate::mentions::Source::Named(readout_kb::MentionKind::Group)
    ) && m.actors.iter().any(|a| {
        a.sector
            .as_deref()
            .is_some_and(|s| s == "PTY" || s == "OPP")
    })
}

/// "The main opposition Democratic Party said …" in a story about South Korea: a party name
/// the knowledge base gives to a state the document never names is the party of that name
/// in the state the story is about (many states have a Democratic or Labour Party).
pub(crate) fn home_parties(
    kb: &KnowledgeBase,
    home: &str,
    title: &[Mention],
    sentences: &mut [Vec<Mention>],
) {
    let named: Vec<SharedStr> = title
        .iter()
        .chain(sentences.iter().flatten())
        .filter(|m| {
            !matches!(
                m.source,
                crate::mentions::Source::Named(readout_kb::MentionKind::Group)
            )
        })
        .flat_map(|m| m.actors.iter().map(|a| a.code.clone()))
        .collect();
    for m in sentences.iter_mut().flatten() {
        if !matches!(
            m.source,
            crate::mentions::Source::Named(readout_kb::MentionKind::Group)
        ) {
            continue;
        }
        if let [a] = m.actors.as_mut_slice() {
            if a.sector
                .as_deref()
                .is_some_and(|s| s == "PTY" || s == "OPP")
                && a.code != home
                && kb.is_state(&a.code)
                && !named.contains(&a.code)
            {
                a.code = home.into();
                m.why.push_str(&format!(
                    "; its state never named: the story's state {home}"
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mentions::Source;

    fn state(code: &str) -> Mention {
        Mention {
            span: (0, 1),
            text: code.into(),
            actors: vec![Actor::code(code, code)],
            role: Role::Actor,
            source: Source::Named(readout_kb::MentionKind::State),
            prep: None,
            possessive: false,
            person: false,
            title: None,
            why: String::new(),
        }
    }

    #[test]
    fn headline_and_lead_make_the_dyad() {
        let kb = KnowledgeBase::builtin().expect("kb");
        let title = vec![state("IND"), state("JPN")];
        let body = vec![
            vec![state("IND")],
            vec![state("JPN")],
            vec![],
            vec![state("USA"), state("USA"), state("USA")],
        ];
        let d = main_dyad(&kb, None, &title, &body, None).expect("a dyad");
        let codes: Vec<&str> = d.iter().map(|a| a.code.as_str()).collect();
        assert!(
            codes.contains(&"IND") && codes.contains(&"JPN"),
            "{codes:?}"
        );
    }

    #[test]
    fn one_state_is_no_dyad() {
        let kb = KnowledgeBase::builtin().expect("kb");
        assert!(main_dyad(&kb, None, &[state("FRA")], &[vec![state("FRA")]], None).is_none());
    }
}
