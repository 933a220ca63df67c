//! The document's main dyad: the two most salient states of the headline and lead, which
//! "both sides", "the two countries" and "the two heads of state" refer to.

use crate::mentions::{Mention, Role};
use readout_kb::KnowledgeBase;
use readout_model::Actor;

/// Sentences counted as the lead.
const LEAD_SENTENCES: usize = 3;

/// The two most salient states: headline mentions weigh 3, lead mentions 2, others 1.
/// A dyad needs both states in the headline or lead.
pub(crate) fn main_dyad(
    kb: &KnowledgeBase,
    title: &[Mention],
    sentences: &[Vec<Mention>],
) -> Option<[Actor; 2]> {
    let mut score: Vec<(String, u32, bool, Actor)> = Vec::new();
    let mut add = |m: &Mention, w: u32, lead: bool| {
        // a dateline only says where the story was filed
        // and a place (city, region) is where things happen, never a party
        if matches!(m.role, Role::Modifier)
            || m.why == crate::mentions::DATELINE
            || matches!(
                m.source,
                crate::mentions::Source::Named(readout_kb::MentionKind::Place)
            )
        {
            return;
        }
        for a in &m.actors {
            if !kb.is_state(&a.code) {
                continue;
            }
            match score.iter_mut().find(|s| s.0 == a.code) {
                Some(s) => {
                    s.1 += w;
                    s.2 |= lead;
                }
                None => score.push((
                    a.code.clone(),
                    w,
                    lead,
                    Actor {
                        text: a.code.clone(),
                        code: a.code.clone(),
                        sector: Some("GOV".into()),
                        name: None,
                        title: None,
                    },
                )),
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
    let mut top = score.into_iter().filter(|s| s.2);
    let a = top.next()?;
    let b = top.next()?;
    if b.1 < 2 {
        return None;
    }
    Some([a.3, b.3])
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
        let d = main_dyad(&kb, &title, &body).expect("a dyad");
        let codes: Vec<&str> = d.iter().map(|a| a.code.as_str()).collect();
        assert!(
            codes.contains(&"IND") && codes.contains(&"JPN"),
            "{codes:?}"
        );
    }

    #[test]
    fn one_state_is_no_dyad() {
        let kb = KnowledgeBase::builtin().expect("kb");
        assert!(main_dyad(&kb, &[state("FRA")], &[vec![state("FRA")]]).is_none());
    }
}
