//! Stage 4 — events: each trigger of a sentence becomes an event (or is rejected with a reason):
//! complement absorption, subject and object, obligation modals, reciprocity, modality,
//! CONSULT modes and initiator.

use crate::arguments::SentenceView;
use crate::consult;
use crate::cues::in_list;
use crate::dating::{is_verbal, Timing};
use crate::frames::{
    asked_object, co_participant, is_coordinated, is_passive, own_modality, request_mode,
    topic_only, SentenceCues,
};
use crate::lexicon::pattern::Prepared;
use crate::lexicon::{RecipientRole, TriggerMatch};
use crate::mentions::{Role, Source};
use crate::modality;
use readout_model::{Actor, Aux, EventType, SharedStr};

/// An event before dating, topics and numbering.
#[derive(Debug, Clone)]
pub(crate) struct Draft {
    /// PLOVER type after modality rules.
    pub event_type: EventType,
    /// Modes.
    pub mode: Vec<String>,
    /// A specific CAMEO code from the lexicon.
    pub cameo: Option<String>,
    /// Who acted.
    pub actor: Vec<Actor>,
    /// Who was acted upon.
    pub recipient: Vec<Actor>,
    /// Auxiliary flag.
    pub aux: Option<Aux>,
    /// Code of whoever asked for the contact.
    pub initiator: Option<String>,
    /// Place of a contact.
    pub location: Option<String>,
    /// Trigger words (merged triggers joined by " … ").
    pub trigger: String,
    /// Sentence-relative trigger span.
    pub trigger_span: (usize, usize),
    /// Sentence-relative clause span.
    pub clause: (usize, usize),
    /// The speaker when inside reported speech.
    pub speaker: Option<Actor>,
    /// How the event relates to time.
    pub timing: Timing,
    /// The speech frame ("…, the Pentagon said on Tuesday"): its date dates a statement.
    pub frame: Option<(usize, usize)>,
}

/// What happened to one trigger, for `--explain`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Decision {
    /// The trigger words.
    pub trigger: String,
    /// Its lexicon type.
    pub event_type: EventType,
    /// The lexicon pattern.
    pub pattern: String,
    /// Coded (with a summary) or rejected (with the reason).
    pub outcome: String,
    /// Whether an event was produced.
    pub coded: bool,
}

/// Types that become AGREE when promised, offered or announced for later.
fn cooperative(ty: EventType) -> bool {
    matches!(
        ty,
        EventType::Consult
            | EventType::Cooperate
            | EventType::Aid
            | EventType::Support
            | EventType::Concede
            | EventType::Retreat
            | EventType::Agree
    )
}

/// Material conflict announced for later is a threat.
fn material_conflict(ty: EventType) -> bool {
    matches!(
        ty,
        EventType::Sanction | EventType::Coerce | EventType::Assault
    )
}

/// Adds a reason to `why` only when explaining: the reasons are never read by `code`.
macro_rules! note {
    ($why:ident, $explaining:expr, $($arg:tt)*) => {
        if $explaining {
            $why.push(format!($($arg)*));
        }
    };
}

/// Two triggers joined as coordinated verbs ("called … and vowed …"), in either order.
fn coordinated_pair(text: &str, a: &TriggerMatch, b: &TriggerMatch, all: &[TriggerMatch]) -> bool {
    let (first, second) = if a.span.0 <= b.span.0 { (a, b) } else { (b, a) };
    first.span.1 <= second.span.0 && is_coordinated(text, first.span.1, second.span.0, all)
}

/// Codes the triggers of one sentence into drafts; every trigger gets a decision.
pub(crate) fn code_sentence(
    view: &SentenceView<'_>,
    prepared: &Prepared,
    dyadic_doc: bool,
    mut decisions: Option<&mut Vec<Decision>>,
) -> Vec<Draft> {
    let triggers = view.triggers;
    let text = view.text;
    let mut out: Vec<Draft> = Vec::new();
    let explaining = decisions.is_some();
    let sentence_cues = SentenceCues::of_words(prepared);
    // "the paramilitary Rapid Support Forces", "Popular Mobilization Forces": a word of a
    // name is no act, and governs nothing ("… Rapid Support Forces attacked El Fasher")
    let in_name: Vec<bool> = triggers
        .iter()
        .map(|t| {
            !t.text.contains(' ')
                && view.mentions.iter().any(|m| {
                    m.span.0 <= t.span.0
                        && t.span.1 <= m.span.1
                        && m.text.contains(' ')
                        && matches!(
                            m.source,
                            Source::Named(readout_kb::MentionKind::Group)
                                | Source::Named(readout_kb::MentionKind::Organisation)
                        )
                        && !m.why.starts_with("unnamed")
                })
        })
        .collect();
    // "fired tear gas at protesters": people an act falls on, who govern no act around them
    let acted_upon: Vec<bool> = triggers
        .iter()
        .map(|t| people_acted_upon(text, t))
        .collect();
    // weak triggers only count when nothing stronger shares the clause
    let strong_in = |c: (usize, usize)| {
        triggers
            .iter()
            .zip(&in_name)
            .any(|(t, &named)| !named && !t.flags.weak && t.span.0 >= c.0 && t.span.1 <= c.1)
    };
    // complement absorption: "hopes that Y will …", "is ready to … cooperation", "promised that …"
    // ("called the events 'treasonous' and vowed a response": a weak cue with a verb of its
    // own, coordinated with the stronger one, is an act of its own)
    let weak_dropped: Vec<bool> = triggers
        .iter()
        .map(|t| {
            let c = view.clauses.of(t.span.0);
            // only a verbal conflict cue is rescued this way; modals stay absorbed
            let own_verb = !t.flags.intention
                && !t.flags.obligation
                && matches!(
                    t.event_type,
                    EventType::Accuse
                        | EventType::Reject
                        | EventType::Threaten
                        | EventType::Request
                );
            t.flags.weak
                && !protests_told_apart(text, t)
                && strong_in(c)
                && triggers.iter().zip(&in_name).any(|(o, &named)| {
                    !named
                        && !o.flags.weak
                        && o.span != t.span
                        && view.clauses.of(o.span.0) == c
                        // a trigger inside a rescued cue's words is its object
                        && !(own_verb && o.span.0 >= t.span.0 && o.span.1 <= t.span.1)
                        && !(own_verb && coordinated_pair(text, t, o, triggers))
                })
        })
        .collect();
    let mut absorbed_by: Vec<Option<usize>> = vec![None; triggers.len()];
    // measures decided or agreed on by the trigger before them ("has decided to recall")
    let mut decided_by: Vec<bool> = vec![false; triggers.len()];
    for j in 1..triggers.len() {
        // "agreed to resume dialogue after talks between Wong and Wang": an act told as the
        // time of another is no part of it
        if weak_dropped[j] || in_name[j] || told_as_time_before(text, &triggers[j]) {
            continue;
        }
        let cj = view.clauses.of(triggers[j].span.0);
        for i in (0..j).rev() {
            if weak_dropped[i] || in_name[i] || acted_upon[i] {
                continue;
            }
            let (a, b) = (&triggers[i], &triggers[j]);
            // "Italy called the attack unacceptable": a trigger inside another's gap is its
            // object, unless it names its own agent ("called Russia's attack barbaric")
            if a.span.0 < b.span.0
                && b.span.1 <= a.span.1
                && !weak_dropped[i]
                && !(crate::arguments::material_act(b.event_type)
                    && view.possessor_agent(cj, b).is_some())
            {
                absorbed_by[j] = Some(absorbed_by[i].unwrap_or(i));
                break;
            }
            if view.clauses.of(a.span.0) != cj || b.span.0 < a.span.1 {
                continue;
            }
            // "Demonstrators demanded that …": an agent noun is the subject of a statement, not
            // a verb taking it as complement (its own material acts stay part of it)
            // (compared in place, ASCII case-insensitively: this runs for every pair)
            let agent_noun = !a.text.contains(' ')
                && ["ers", "ors", "men"]
                    .iter()
                    .any(|e| crate::words::ends_with_ascii_ci(&a.text, e))
                && is_verbal(b.event_type);
            // "the attack casts serious doubt on …": a noun with its determiner right before a
            // verb is that verb's subject, not a verb governing it
            // ("The arrest of a journalist in Minsk drew condemnation": a determined noun opening
            // the clause is the subject of the clause's verb)
            let determined = !a.text.contains(' ')
                && in_list(
                    crate::words::prev_word(text, a.span.0),
                    &["the", "this", "that", "these", "those"],
                );
            let opens_clause = text
                .get(cj.0..a.span.0)
                .is_some_and(|p| crate::words::word_count(p) <= 1);
            let subject_noun = determined
                && (opens_clause
                    || text
                        .get(a.span.1..b.span.0)
                        .is_some_and(|g| g.trim_matches([' ', '"', '\u{201C}']).is_empty()))
                && is_verbal(b.event_type);
            // "asked India to waive the immunity and cooperate with the investigation": a verb
            // joined to what is asked is asked too
            // ("called on Israel to halt its operations and to allow humanitarian access": a
            // second infinitive joined to what is asked is asked too)
            let request = if a.event_type == EventType::Request {
                Some(a)
            } else {
                absorbed_by[i]
                    .map(|k| &triggers[k])
                    .filter(|r| r.event_type == EventType::Request)
            };
            let in_request = request.is_some();
            // ("demands that Belarus stop the flights and withdraw its troops": so is a verb
            // joined inside a demanded that-clause, after the request or after what it asks
            // for — "present an apology and withdraw its forces"; "calls on Russia to fulfil
            // its obligations, to withdraw its forces": and an infinitive listed after a comma)
            // (a second request joined there is a request of its own: "called on North Korea
            // to suspend its tests and urged the US to halt its exercises")
            let asked_too = (request.is_some_and(|r| {
                let r_lower = r.text.to_ascii_lowercase();
                (r_lower.contains(" to ") || r_lower.ends_with(" that"))
                    && (std::ptr::eq(r, a) || b.event_type != EventType::Request)
            }) && text
                .get(a.span.1..b.span.0)
                .is_some_and(|g| !g.contains([',', ';']) && g.ends_with(" and ")))
                || (in_request
                    && text.get(a.span.1..b.span.0).is_some_and(|g| {
                        !g.contains(';')
                            && (!g.contains(',') && g.contains(" and to ")
                                || g.ends_with(", to ")
                                || g.ends_with(", and to "))
                    }));
            // "signed … during a virtual summit between Modi and …": the occasion of an act
            // is an event of its own, not what the act is about
            // ("… during Sharif's visit to Riyadh": after a possessive too)
            let occasion = b.event_type == EventType::Consult
                && occasion_determiner(text, b.span.0)
                    .and_then(|s0| crate::words::word_before(text, s0))
                    .is_some_and(|(s0, e0)| text[s0..e0].eq_ignore_ascii_case("during"));
            // "detained by police at anti-war protests": the protests where an act happened
            // are an event of their own
            let at_protest = b.event_type == EventType::Protest
                && crate::words::word_before(text, b.span.0).is_some_and(|(s0, e0)| {
                    in_list(
                        &text[s0..e0],
                        &[
                            "at",
                            "during",
                            "amid",
                            "sparking",
                            "sparked",
                            "triggering",
                            "prompting",
                        ],
                    )
                });
            // "the July 15 attack had been orchestrated by Iran": a judgement in speech is
            // made of the act named before it, not part of that act
            let judged_act = b.flags.speech_only && !a.text.contains(' ');
            let coordinated = agent_noun
                || subject_noun
                || judged_act
                || occasion
                || at_protest
                || (!asked_too && is_coordinated(text, a.span.1, b.span.0, triggers));
            // "condemns Iran's attack on Israel": a material act with its own possessor agent
            // is an event of its own, not the complement of the verb before it
            let own_agent = (crate::arguments::material_act(b.event_type)
                && (view.possessor_agent(cj, b).is_some()
                    || view.reduced_passive(b).is_some() && !is_passive(text, b)))
                // "regrets the decision of China to recall its ambassador": the decision's
                // maker acts in it
                || view.decision_agent(b).is_some()
                || (b.event_type == EventType::Aid && aid_source(view, b).is_some());
            // "… a day after North Korea test-launched …", "welcomed that the parties have
            // agreed": a complement with its own subject is an act of that subject
            // ("demanded that Serbia withdraw": the addressee of a request is no subject of
            // its own)
            let own_subject = (a.event_type != EventType::Request
                && own_subject(view, a.span.1, b.span.0))
                || matches!(view.relative_subject(b), Some(Some(_)));
            // "has decided to recall its ambassador": deciding an announced measure is the
            // measure, not a promise
            // ("EU countries agreed on Wednesday to impose sanctions": a bloc agreeing on
            // sanctions imposes them)
            let agreed_sanction = b.event_type == EventType::Sanction
                && a.event_type == EventType::Agree
                && a.text
                    .get(..5)
                    .is_some_and(|w| w.eq_ignore_ascii_case("agree"));
            let decided = b.flags.announced
                && absorbed_by[i].is_none()
                && (agreed_sanction
                    || a.text
                        .get(..5)
                        .is_some_and(|w| w.eq_ignore_ascii_case("decid")));
            if decided && !coordinated && b.span.0 - a.span.1 < 40 {
                absorbed_by[i] = Some(j);
                decided_by[j] = true;
            } else if !coordinated
                && !own_agent
                && !own_subject
                && !protests_told_apart(text, b)
                && b.span.0 - a.span.1 < 160
            {
                absorbed_by[j] = Some(absorbed_by[i].unwrap_or(i));
            }
            break;
        }
    }
    // the sentence is read for modality once, when the first trigger gets that far
    let mut scanner: Option<modality::ModalityScanner<'_>> = None;
    for (ti, t) in triggers.iter().enumerate() {
        // decisions are only written out when explaining; build their text lazily
        let mut decide = |outcome: &dyn Fn() -> String, coded: bool| {
            if let Some(d) = decisions.as_deref_mut() {
                d.push(Decision {
                    trigger: t.text.clone(),
                    event_type: t.event_type,
                    pattern: t.pattern.clone(),
                    outcome: outcome(),
                    coded,
                });
            }
        };
        if let Some(sp) = view.speech {
            // ("Cleverly, who flew to Kigali for the signing, said …": a relative clause
            // inside the frame tells an act of its own)
            if !sp.carried
                && t.span.0 >= sp.frame.0
                && t.span.1 <= sp.frame.1
                && sp.frame.1 > sp.frame.0
                && !text
                    .get(sp.frame.0..t.span.0)
                    .is_some_and(|h| h.contains(", who ") || h.contains(", which "))
            {
                decide(&|| "part of the speech frame".into(), false);
                continue;
            }
        }
        if in_name[ti] {
            decide(&|| "a word inside a name".into(), false);
            continue;
        }
        let clause = view.clauses.of(t.span.0);
        if let Some(g) = absorbed_by[ti] {
            decide(
                &|| {
                    format!(
                        "inside the complement of {:?}: part of that event",
                        triggers[g].text
                    )
                },
                false,
            );
            continue;
        }
        if weak_dropped[ti] {
            decide(
                &|| "weak cue with a stronger trigger in the clause".into(),
                false,
            );
            continue;
        }
        let governed: Vec<&TriggerMatch> = triggers
            .iter()
            .enumerate()
            .filter(|(k, _)| absorbed_by[*k] == Some(ti))
            .map(|(_, o)| o)
            .collect();
        let trigger_text = if governed.is_empty() {
            t.text.clone()
        } else {
            let mut s = t.text.clone();
            for g in &governed {
                s.push_str(" … ");
                s.push_str(&g.text);
            }
            s
        };
        if let Some(why) = topic_only(text, clause, t, sentence_cues) {
            decide(
                &|| format!("{} trigger {:?} rejected: {why}", t.event_type, t.text),
                false,
            );
            continue;
        }
        if governed.is_empty() && hostile_intention(text, t) {
            // "has decided to declare 18 employees … persona non grata", "the decision to
            // expropriate": a hostile act resolved on is no agreement, whether or not the
            // lexicon reads the act itself
            decide(
                &|| {
                    format!(
                        "{} trigger {:?} rejected: what is intended is a hostile act",
                        t.event_type, t.text
                    )
                },
                false,
            );
            continue;
        }
        // the region the trigger governs: itself plus absorbed complements, up to the clause end
        let mut region_end = clause.1;
        if let Some(next) = triggers.iter().enumerate().skip(ti + 1).find(|(k, o)| {
            absorbed_by[*k].is_none()
                && !weak_dropped[*k]
                && !in_name[*k]
                && !acted_upon[*k]
                && o.span.0 < clause.1
                && o.span.0 >= t.span.1
        }) {
            region_end = next.1.span.0;
        }
        // "after three weeks of protests": protests told apart are the people's, whoever
        // the clause's subject is
        let subject = match (!protests_told_apart(text, t))
            .then(|| view.subject(t))
            .flatten()
        {
            Some(s) => s,
            None => {
                // "the meeting between the two presidents": a reciprocal noun names its participants after it
                // ("a ceasefire between Israel and Hezbollah took effect": inside the trigger too)
                let group = if t.event_type == EventType::Consult || t.flags.reciprocal {
                    view.recipient(
                        t,
                        t.event_type,
                        (crate::arguments::head_end(t), region_end),
                        &[],
                        &[],
                    )
                    .filter(|(a, _, _)| a.len() >= 2)
                } else {
                    None
                };
                // "Sanctions were imposed on Belarus by the EU": the agent of a passive acts
                let agent =
                    if group.is_none() && (is_passive_phrase(text, t) || is_passive(text, t)) {
                        view.mentions.iter().enumerate().find(|(_, m)| {
                            m.span.0 >= t.span.1
                                && m.span.1 <= clause.1
                                && m.prep == Some("by")
                                && !m.actors.is_empty()
                        })
                    } else {
                        None
                    };
                // "a suicide bomber killed 12 people …, and al-Shabaab claimed
                // responsibility": the claimant is the attacker
                // "humanitarian aid from the UAE arrived in Sudan": the aid's source gives it
                // the one place named after the trigger with one of `preps`
                let place_after = |preps: &[&str]| {
                    view.mentions.iter().enumerate().find(|(_, m)| {
                        m.role == Role::Location
                            && m.span.0 >= t.span.1
                            && m.span.1 <= clause.1
                            && m.prep.is_some_and(|p| preps.contains(&p))
                            && m.why != crate::mentions::DATELINE
                            && m.actors.len() == 1
                    })
                };
                let claimant = match t.event_type {
                    _ if group.is_some() || agent.is_some() => None,
                    // "a Ukrainian serviceman was shot dead when gunmen stormed a base": the
                    // agent of the when-clause
                    EventType::Assault => claimant_of(view).or_else(|| {
                        is_passive(text, t)
                            .then(|| when_agent(view, t, clause))
                            .flatten()
                    }),
                    // "A Belgian aid worker was arrested in Tehran", "an American reporter was
                    // detained in Yekaterinburg": with no one named as subject, the
                    // authorities of the place the passive arrest happened in
                    EventType::Coerce if is_passive(text, t) => place_after(&["in", "at"]),
                    // "A state of emergency and a curfew remain in force in Almaty": the
                    // authorities of the place
                    EventType::Coerce
                        if t.role == RecipientRole::None
                            && t.mode
                                .as_deref()
                                .is_some_and(|m| matches!(m, "curfew" | "martial-law")) =>
                    {
                        view.mentions.iter().enumerate().find(|(_, m)| {
                            m.role == Role::Location
                                && m.span.0 >= t.span.1
                                && m.span.1 <= clause.1
                                && m.why != crate::mentions::DATELINE
                                && !m.actors.is_empty()
                        })
                    }
                    // "the arrest of a Lithuanian journalist in Minsk": the authorities of the
                    // place a nominal act (or a passive measure) happened in
                    EventType::Coerce | EventType::Sanction
                        if crate::words::next_word(text, t.span.1).eq_ignore_ascii_case("of")
                            || is_passive(text, t) =>
                    {
                        place_after(&["in"])
                    }
                    EventType::Aid => {
                        aid_source(view, t)
                            .map(|i| (i, &view.mentions[i]))
                            .or_else(|| {
                                view.mentions.iter().enumerate().find(|(_, m)| {
                                    m.span.0 >= crate::arguments::head_end(t)
                                        && m.span.1 <= clause.1
                                        && m.prep == Some("from")
                                        && !m.actors.is_empty()
                                })
                            })
                    }
                    _ => None,
                };
                match (group, agent.or(claimant)) {
                    (Some((actors, _, w)), _) => crate::arguments::Subject {
                        actors: actors.into(),
                        mention: None,
                        why: format!("participants {w}"),
                    },
                    (None, Some((i, m))) => crate::arguments::Subject {
                        actors: view.actor_list(m),
                        mention: Some(i),
                        why: match m.prep {
                            Some("by") => format!("{:?}: the agent of the passive", m.text),
                            Some("from") => format!("{:?}: where the aid comes from", m.text),
                            _ if m.role == Role::Location => {
                                format!("{:?}: the authorities of the place", m.text)
                            }
                            _ => format!("{:?}: claimed responsibility", m.text),
                        },
                    },
                    // "Protests spread to dozens of cities": with no one named, the people of
                    // the place the sentence names, else of the story's place
                    // "said agents of the Indian government had engaged in activities that
                    // posed a threat": a judgement with no subject of its own falls on the last
                    // party named in the speaker's words before it
                    (None, None)
                        if let Some((i, m)) =
                            judged_party(view, t).filter(|_| t.flags.subject_target) =>
                    {
                        crate::arguments::Subject {
                            actors: view.actor_list(m),
                            mention: Some(i),
                            why: format!(
                                "{:?}: the last party named in the speaker's words",
                                m.text
                            ),
                        }
                    }
                    // "Zakharova said the accusations were absurd": a charge dismissed in a
                    // speaker's words is dismissed by the speaker
                    (None, None)
                        if t.flags.speech_only
                            && t.event_type == EventType::Reject
                            && view.speech.is_some_and(|sp| {
                                !sp.speaker.is_empty() && t.span.0 >= sp.content.0
                            }) =>
                    {
                        crate::arguments::Subject {
                            actors: view
                                .speech
                                .map(|sp| sp.speaker.clone())
                                .unwrap_or_default()
                                .into(),
                            mention: None,
                            why: "the speaker dismisses the charge".into(),
                        }
                    }
                    (None, None) if t.event_type == EventType::Protest => {
                        // "Georgia passes law despite mass protests": protests told apart
                        // with no place named are the people of the subject's state
                        let place = protest_place(view, t, clause).or_else(|| {
                            protests_told_apart(text, t)
                                .then(|| view.subject(t))
                                .flatten()
                                .and_then(|s| s.actors.first().map(|a| a.code.as_str().to_owned()))
                                .map(|c| (c, "the subject's state".to_string()))
                        });
                        match place {
                            Some((code, w)) => crate::arguments::Subject {
                                actors: vec![Actor {
                                    sector: Some("CVL".into()),
                                    ..Actor::code(t.text.as_str(), code)
                                }]
                                .into(),
                                mention: None,
                                why: format!("protesters unnamed: the people of {w}"),
                            },
                            None => {
                                decide(
                                    &|| {
                                        format!(
                                            "PROTEST trigger {:?} rejected: no actor found",
                                            t.text
                                        )
                                    },
                                    false,
                                );
                                continue;
                            }
                        }
                    }
                    // "The ban drew condemnation from the UN": what drew it is the last act of
                    // force told; its author is the target once the roles swap
                    (None, None)
                        if t.flags.inverse
                            && view
                                .discourse
                                .aggressions
                                .last()
                                .is_some_and(|(_, a)| !a.is_empty()) =>
                    {
                        crate::arguments::Subject {
                            actors: view
                                .discourse
                                .aggressions
                                .last()
                                .map(|(_, a)| a.clone())
                                .unwrap_or_default()
                                .into(),
                            mention: None,
                            why: "the author of the last act of force told".into(),
                        }
                    }
                    // "This is a cynical and hypocritical act by a discredited
                    // administration" in a government's own statement: the issuer judges (a
                    // judgement after a copula, not a verb whose subject is unknown)
                    (None, None)
                        if t.event_type == EventType::Accuse
                            && view.speech.is_none()
                            && view.discourse.author.is_some()
                            && !is_passive(text, t)
                            && text.get(clause.0..t.span.0).is_some_and(|before| {
                                before.split_whitespace().any(|w| {
                                    in_list(w, &["is", "are", "was", "were", "be", "been"])
                                })
                            }) =>
                    {
                        crate::arguments::Subject {
                            actors: view
                                .discourse
                                .author
                                .iter()
                                .cloned()
                                .collect::<Vec<_>>()
                                .into(),
                            mention: None,
                            why: "a judgement in the issuer's own statement".into(),
                        }
                    }
                    (None, None) => {
                        decide(
                            &|| {
                                format!(
                                    "{} trigger {:?} rejected: no actor found",
                                    t.event_type, t.text
                                )
                            },
                            false,
                        );
                        continue;
                    }
                }
            }
        };
        // "an aircraft from the UAE carrying food", "rescue teams from the four countries": aid
        // named with where it comes from is that source's, whoever the clause or speaker is
        let source = (t.event_type == EventType::Aid)
            .then(|| aid_source(view, t))
            .flatten();
        let subject = match source {
            Some(i) => crate::arguments::Subject {
                actors: view.actor_list(&view.mentions[i]),
                mention: Some(i),
                why: format!("{:?}: where the aid comes from", view.mentions[i].text),
            },
            _ => subject,
        };
        // "a British-flagged tanker seized by Revolutionary Guards": a participle with its own
        // by-phrase is that agent's act on the noun before it
        let mut patient: Option<Vec<Actor>> = None;
        let subject = match view.reduced_passive(t).filter(|_| !is_passive(text, t)) {
            Some((a, p)) => {
                patient = p.map(|i| view.actors_of(&view.mentions[i]));
                crate::arguments::Subject {
                    actors: view.actor_list(&view.mentions[a]),
                    mention: Some(a),
                    why: format!("{:?}: the agent of the passive", view.mentions[a].text),
                }
            }
            None => subject,
        };
        // "an American reporter was detained in Yekaterinburg", "… was arrested in Tehran":
        // the foreigner named before a passive whose subject is the place is its patient
        let place_subject = (t.event_type == EventType::Coerce
            && subject
                .mention
                .is_some_and(|i| view.mentions[i].role == Role::Location)
            || subject.why.ends_with("of the place"))
            && is_passive(text, t);
        if patient.is_none() && place_subject {
            patient = view
                .mentions
                .iter()
                .rev()
                .find(|m| {
                    m.span.1 <= t.span.0
                        && m.span.0 >= clause.0
                        && !m.actors.is_empty()
                        && text.get(m.span.1..t.span.0).is_some_and(|g| {
                            !g.contains([',', ';']) && g.split_whitespace().count() <= 5
                        })
                })
                .map(|m| view.actors_of(m))
                .filter(|p| {
                    !p.iter()
                        .any(|a| subject.actors.iter().any(|b| b.code == a.code))
                });
        }
        let agent_subject = subject.why.ends_with("the agent of the passive");
        // a bare modal ("will") is an event only with its own subject ("Turkey will …"),
        // never by default from the speaker ("… policies will fail")
        let bare_modal = in_list(t.text.trim(), &["will", "would", "shall"]);
        // "… flown to El Arish, Egypt, and will be channelled": the subject stands right before
        let far_subject = subject.mention.is_some_and(|i| {
            let gap = text.get(view.mentions[i].span.1..t.span.0).unwrap_or(",");
            gap.contains([',', ';']) || crate::words::word_count(gap) > 2
        });
        if bare_modal
            && (subject.mention.is_none() || subject.why.contains("possessor") || far_subject)
        {
            decide(
                &|| {
                    format!(
                        "{} trigger {:?} rejected: a bare modal without its own subject",
                        t.event_type, t.text
                    )
                },
                false,
            );
            continue;
        }
        let subject_mention = subject.mention.map(|i| &view.mentions[i]);
        // passive voice: "Iran was sanctioned by the EU" — the by-phrase acts on the subject
        let mut implied_state: Option<String> = None;
        let mut place_state: Option<(String, String)> = None;
        let passive_agent = if agent_subject || place_subject {
            None
        } else if is_passive(text, t)
            || headline_arrest(text, t, subject_mention)
            || headline_casualty(text, t, subject_mention)
        {
            match view
                .mentions
                .iter()
                .find(|m| {
                    m.span.0 >= t.span.1
                        && m.span.1 <= clause.1
                        && m.prep == Some("by")
                        && !m.actors.is_empty()
                })
                .or_else(|| when_agent(view, t, clause).map(|(_, m)| m))
                .or_else(|| unnamed_attacker(view, t, clause))
            {
                Some(agent) => Some(agent),
                // "Thousands of people have been detained": people of a state arrested by
                // its own authorities
                // ("Former President Rodrigo Duterte was arrested": an office-holder no more)
                None if t.event_type == EventType::Coerce
                    && subject.actors.len() == 1
                    && (subject.actors[0]
                        .sector
                        .as_deref()
                        .is_some_and(|s| in_list(s, crate::cues::PEOPLE_SECTORS))
                        || subject
                            .mention
                            .and_then(|i| view.mentions.get(i))
                            .is_some_and(|m| named_as_former(text, m))) =>
                {
                    implied_state = Some(subject.actors[0].code.as_str().to_owned());
                    None
                }
                // "Soldiers were deployed around parliament": forces deployed are mobilised by
                // their own state; the subject stays the actor
                None if t.event_type == EventType::Mobilize
                    && !subject.actors.is_empty()
                    && subject.actors.iter().all(|a| {
                        a.sector
                            .as_deref()
                            .is_some_and(|s| in_list(s, &["MIL", "COP"]))
                    }) =>
                {
                    None
                }
                // "Two Estonian diplomats were expelled from Russia", "three British nationals
                // were detained in Iran": the state of the place acts on the subject
                None if matches!(t.event_type, EventType::Coerce | EventType::Sanction)
                    && passive_place(view, t, clause, &subject.actors).is_some() =>
                {
                    place_state = passive_place(view, t, clause, &subject.actors);
                    None
                }
                // "Russian Ambassador X was summoned to the foreign ministry": summoned by the
                // ministry's state, the government issuing the statement or the story's home
                None if t.event_type == EventType::Accuse
                    && crate::words::starts_with_ascii_ci(&t.text, "summon")
                    && summoning_state(view, t, clause, &subject.actors).is_some() =>
                {
                    place_state = summoning_state(view, t, clause, &subject.actors);
                    None
                }
                None => {
                    decide(
                        &|| {
                            format!(
                                "{} trigger {:?} rejected: passive without a named agent",
                                t.event_type, t.text
                            )
                        },
                        false,
                    );
                    continue;
                }
            }
        } else {
            None
        };
        let mut actor = subject.actors.to_vec();
        if actor.is_empty() {
            decide(
                &|| {
                    format!(
                        "{} trigger {:?} rejected: subject {:?} unresolved",
                        t.event_type,
                        t.text,
                        subject_mention.map_or("", |m| m.text.as_str())
                    )
                },
                false,
            );
            continue;
        }
        let mut ty = t.event_type;
        // "fired ballistic missiles … in a joint drill": a joint exercise is cooperation
        // ("U.S. and South Korean fighter jets staged a bombing drill": a drill held by two
        // states together is a joint one)
        let joint_drill = ty == EventType::Mobilize
            && subject.actors.len() >= 2
            && (governed.iter().any(|g| {
                g.event_type == EventType::Cooperate
                    && crate::words::starts_with_ascii_ci(&g.text, "joint")
            }) || (distinct_codes(&subject.actors) >= 2 && {
                let tt = t.text.to_ascii_lowercase();
                ["drill", "exercise", "manoeuvre", "maneuver"]
                    .iter()
                    .any(|w| crate::words::contains_short(&tt, w))
            }));
        if joint_drill {
            ty = EventType::Cooperate;
        }
        let mut mode: Vec<String> = t.mode.clone().into_iter().collect();
        let mut why: Vec<String> = Vec::new();
        // "Japan protests Chinese survey ship": a government protesting complains
        // (demonstrators protest in the streets)
        let protest_verb = ty == EventType::Protest
            && in_list(
                t.text.trim(),
                &["protest", "protests", "protested", "protesting"],
            )
            && subject.mention.is_some()
            && actor.iter().all(|a| {
                a.sector
                    .as_deref()
                    .is_none_or(|s| in_list(s, &["GOV", "IGO"]))
            });
        if protest_verb {
            ty = EventType::Accuse;
            mode = vec!["disapprove".into()];
        }
        note!(why, explaining, "{}", subject.why);
        let speaker = view.speech.filter(|s| !s.speaker.is_empty());
        let speaker_code = speaker.and_then(|s| s.speaker_code()).map(str::to_string);
        let mut recipient: Vec<Actor> = Vec::new();
        let mut settled = false;
        // modality ("agreed to … following a meeting between …": a contact told as the time
        // of another act happened; the other act's modality is not its own)
        let timed = told_as_time_before(text, t);
        let lm = if timed {
            modality::Modality::default()
        } else {
            scanner
                .get_or_insert_with(|| modality::ModalityScanner::of(prepared))
                .modality(t.span)
        };
        let in_speech = view.speech.is_some_and(|s| t.span.0 >= s.content.0);
        if t.event_type == EventType::Request && addressed_to_no_one_named(text, t) {
            decide(
                &|| {
                    format!(
                        "REQUEST trigger {:?} rejected: addressed to no one named",
                        t.text
                    )
                },
                false,
            );
            continue;
        }
        // a statement issued by a government judges in its own voice: "Belgium has violated
        // the sovereignty of Rwanda" in a release issued for Rwanda is Rwanda's accusation
        let issuer_judges = (!in_speech
            && t.flags.subject_target
            && subject_mention.is_some_and(|m| m.span.1 <= t.span.0))
        .then_some(view.discourse.author.as_ref())
        .flatten()
        .filter(|au| !actor.iter().any(|a| a.code == au.code));
        if t.flags.speech_only && !(in_speech && speaker.is_some()) && issuer_judges.is_none() {
            decide(
                &|| {
                    format!(
                        "{} trigger {:?} rejected: a judgement, and no known speaker makes it",
                        t.event_type, t.text
                    )
                },
                false,
            );
            continue;
        }
        let om = if timed {
            modality::Modality::default()
        } else {
            own_modality(text, clause, t, in_speech, sentence_cues)
        };
        let neg = lm.negated || om.negated;
        // reported "would" is a future in the past ("Belarus said it would deploy troops")
        let reported_would = in_speech
            && !om.hypothetical
            && lm
                .cue
                .is_some_and(|c| matches!(c, "would" | "could" | "might"));
        let hyp = (lm.hypothetical && !reported_would) || om.hypothetical;
        // "has decided to recall its ambassador": a measure decided is the measure announced
        let decided_measure = t.flags.announced
            && (lm.cue == Some("decided to") || decided_by[ti])
            && !om.intention
            && !t.flags.intention;
        let intention = (lm.intention || om.intention || t.flags.intention) && !decided_measure;
        let future = lm.future || om.future || decided_measure;
        // a perfect auxiliary marks background only inside reported speech; in narration
        // ("Wang Yi had a phone conversation", "Ankara has signed") it reports the news itself
        let perfect_cue = lm.cue.is_some_and(|c| matches!(c, "have" | "has" | "had"));
        // (a judgement is made when spoken: "said Moscow had destroyed trust" is today's)
        let judged_now = t.flags.speech_only;
        let lm_historical = lm.historical && (!perfect_cue || in_speech && !judged_now);
        let om_historical = om.historical && !(judged_now && om.cue == Some("perfect"));
        let historical = (lm_historical || om_historical) && !intention && !future;
        // obligation modals: "the two sides should …" (shared proposal) / "the US should …" (request)
        let subj_end = subject_mention.map_or(clause.0, |m| m.span.1.max(clause.0));
        let obligation = t.flags.obligation
            || view
                .obligation_between(subj_end.min(t.span.0), t.span.0)
                .is_some();
        if obligation && subject_mention.is_some() {
            let subj_codes: Vec<SharedStr> = actor.iter().map(|a| a.code.clone()).collect();
            let inclusive = subject_mention
                .is_some_and(|m| matches!(m.source, Source::Dyad | Source::FirstPerson));
            // "the opposition party said the president must resign": an opposition or the
            // street demanding of its own state's government is asking, not proposing
            let opposing = !inclusive
                && speaker.is_some_and(|sp| {
                    let own = sp.speaker.first().and_then(|a| a.sector.as_deref());
                    own.is_some_and(|s| {
                        in_list(s, &["OPP", "PTY", "CVL", "LAB", "NGO", "MED", "REB"])
                    }) && actor.iter().all(|a| a.sector.as_deref() != own)
                });
            match (speaker, speaker_code.as_deref()) {
                (Some(sp), Some(sc))
                    if !opposing && (inclusive || subj_codes.iter().any(|c| *c == *sc)) =>
                {
                    ty = EventType::Agree;
                    mode.clear();
                    let others: Vec<Actor> =
                        actor.iter().filter(|a| a.code != sc).cloned().collect();
                    actor = sp.speaker.clone();
                    recipient = if !others.is_empty() {
                        others
                    } else {
                        view.discourse.partner(sc).cloned().into_iter().collect()
                    };
                    note!(
                        why,
                        explaining,
                        "obligation with the speaker's own side as subject: a proposal by {sc}"
                    );
                    settled = true;
                }
                (Some(sp), Some(sc)) => {
                    ty = EventType::Request;
                    let asked = governed.first().map_or(t.event_type, |g| g.event_type);
                    let words = format!(
                        "{} {}",
                        t.text,
                        governed
                            .iter()
                            .map(|g| g.text.as_str())
                            .collect::<Vec<_>>()
                            .join(" ")
                    );
                    mode = vec![if t.event_type == EventType::Request {
                        t.mode
                            .clone()
                            .unwrap_or_else(|| request_mode(asked, &words).into())
                    } else {
                        request_mode(t.event_type, &words).into()
                    }];
                    recipient = actor.clone();
                    actor = sp.speaker.clone();
                    note!(
                        why,
                        explaining,
                        "obligation addressed to {:?}: a request by {sc}",
                        subj_codes.join("+")
                    );
                    settled = true;
                }
                _ if actor.len() < 2 => {
                    decide(
                        &|| {
                            format!("{} trigger {:?} rejected: an obligation with no speaker to make it", t.event_type, t.text)
                        },
                        false,
                    );
                    continue;
                }
                _ => {
                    ty = EventType::Agree;
                    note!(
                        why,
                        explaining,
                        "obligation on both sides: shared commitment"
                    );
                    settled = true;
                }
            }
        }
        // "X will pay a heavy price", "legitimate targets": the speaker acts on the subject
        // ("X said, a day after Beijing said the drills violated …": the nearer sayer judges)
        if !settled && t.flags.subject_target && subject.mention.is_some() {
            let judge = speaker
                .map(|sp| nearer_sayer(view, sp, t).unwrap_or(&sp.speaker[..]))
                .or(issuer_judges.map(std::slice::from_ref));
            if let Some(judge) =
                judge.filter(|j| !j.iter().any(|s| actor.iter().any(|a| a.code == s.code)))
            {
                recipient = actor.clone();
                actor = judge.to_vec();
                note!(
                    why,
                    explaining,
                    "the subject is the target: the speaker acts"
                );
                settled = true;
            }
        }
        // "X invited/urged Y to <act>": a request from X to Y, whatever the act; "X ordered Y
        // to close its consulate": a measure of X's against Y stays what it is
        if !settled {
            let asked_by = asked_object(view, clause, t);
            if let Some((mi, verb)) = asked_by.filter(|(_, v)| {
                t.event_type == EventType::Sanction && in_list(v, crate::cues::ORDERING_VERBS)
            }) {
                recipient = view.actors_of(&view.mentions[mi]);
                note!(
                    why,
                    explaining,
                    "{verb:?} {:?} to act: a measure against it",
                    view.mentions[mi].text
                );
                settled = true;
            } else if let Some((mi, verb)) = asked_by {
                let asked = governed.first().map_or(t.event_type, |g| g.event_type);
                let words = format!(
                    "{} {}",
                    t.text,
                    governed
                        .iter()
                        .map(|g| g.text.as_str())
                        .collect::<Vec<_>>()
                        .join(" ")
                );
                ty = EventType::Request;
                mode = vec![t
                    .mode
                    .clone()
                    .filter(|m| ty.has_mode(m))
                    .unwrap_or_else(|| {
                        request_mode(
                            if t.event_type == EventType::Request {
                                asked
                            } else {
                                t.event_type
                            },
                            &words,
                        )
                        .into()
                    })];
                recipient = view.actors_of(&view.mentions[mi]);
                note!(
                    why,
                    explaining,
                    "asked with {verb:?}: a request to {:?}",
                    view.mentions[mi].text
                );
                settled = true;
            }
        }
        if let Some(state) = implied_state.filter(|_| !settled) {
            recipient = actor.clone();
            actor = vec![government_of(state.clone())];
            note!(
                why,
                explaining,
                "passive with no agent: {state}'s authorities act on its people"
            );
            settled = true;
        }
        if let Some((state, w)) = place_state.filter(|_| !settled) {
            recipient = actor.clone();
            actor = vec![government_of(state)];
            note!(
                why,
                explaining,
                "passive with no agent: the authorities of {w} act on the subject"
            );
            settled = true;
        }
        if let Some(p) = patient.filter(|p| !settled && !p.is_empty()) {
            recipient = p;
            note!(why, explaining, "the patient named before the participle");
            settled = true;
        }
        if let Some(agent) = passive_agent.filter(|_| !settled) {
            recipient = actor.clone();
            actor = view.actors_of(agent);
            note!(
                why,
                explaining,
                "passive: agent {:?} acts on the subject",
                agent.text
            );
            settled = true;
        }
        // (shared copies of the codes, not new strings: `actor` changes below)
        let actor_codes: Vec<SharedStr> = actor.iter().map(|a| a.code.clone()).collect();
        let actor_refs: Vec<&str> = actor_codes.iter().map(SharedStr::as_str).collect();
        let actor_sectors: Vec<(&str, Option<&str>)> = actor
            .iter()
            .map(|a| (a.code.as_str(), a.sector.as_deref()))
            .collect();
        let region = (crate::arguments::head_end(t), region_end);
        // where co-participants start in `actor`, when the meeting's other party was joined
        let mut joined_at: Option<usize> = None;
        if !settled {
            let reciprocal_type =
                ty == EventType::Consult || t.flags.reciprocal || t.role == RecipientRole::None;
            let found = view
                .recipient(t, ty, region, &actor_refs, &actor_sectors)
                .or_else(|| {
                    // a nominal trigger's possessor: "the US' wrong words and deeds"
                    if view.clauses.intro.is_some_and(|i| t.span.1 <= i.1) {
                        view.recipient(
                            t,
                            ty,
                            (view.clauses.of(t.span.0).0, t.span.0),
                            &actor_refs,
                            &actor_sectors,
                        )
                    } else {
                        None
                    }
                });
            // a promise made together ("Japan and the ROK will continue to coordinate … in
            // responding to North Korea") is shared by its makers: a recipient only after "with"
            let found = found.filter(|(_, idx, _)| {
                !(ty == EventType::Agree
                    && actor.len() >= 2
                    && view.mentions[*idx].prep != Some("with"))
            });
            // "both sides agreed to a United Nations proposal": whose proposal it was names
            // no party to the agreement
            let found = found.filter(|(_, idx, _)| {
                let m = &view.mentions[*idx];
                !(ty == EventType::Agree
                    && !m.possessive
                    && in_list(
                        crate::words::next_word(text, m.span.1),
                        &["proposal", "proposals", "plan", "initiative", "formula"],
                    ))
            });
            match found {
                Some((r, idx, w)) => {
                    let joins = reciprocal_type
                        && (ty == EventType::Consult
                            || t.role == RecipientRole::With
                            || t.flags.reciprocal)
                        && (ty == EventType::Consult || t.flags.reciprocal || !intention)
                        && co_participant(view, t, idx);
                    // "The two sides exchanged views on the Ukraine crisis": a topic named
                    // after a meeting of two or more is no party to it
                    if reciprocal_type && !joins && ty == EventType::Consult && actor.len() >= 2 {
                        note!(why, explaining, "{w} is a topic, not a participant");
                    } else if reciprocal_type && !joins && ty == EventType::Consult {
                        decide(
                            &|| {
                                format!(
                                    "CONSULT trigger {:?} rejected: {w} is not a participant",
                                    t.text
                                )
                            },
                            false,
                        );
                        continue;
                    }
                    if reciprocal_type && !joins && ty == EventType::Consult {
                        // kept without the topic
                    } else if joins {
                        joined_at = Some(actor.len());
                        for a in r {
                            if !actor.iter().any(|x| x.code == a.code) {
                                actor.push(a);
                            }
                        }
                        note!(why, explaining, "co-participant {w}");
                    } else {
                        recipient = r;
                        note!(why, explaining, "recipient {w}");
                    }
                }
                // "Responding to criticism from the US and the EU, she rejected …": the
                // party responded to
                None if matches!(
                    ty,
                    EventType::Reject | EventType::Accuse | EventType::Threaten
                ) && responded_to(view, &actor_refs).is_some() =>
                {
                    let (r, w) = responded_to(view, &actor_refs).unwrap_or_default();
                    recipient = r;
                    note!(why, explaining, "recipient {w}");
                }
                // "threatened to launch an operation in northern Syria": the state where the
                // threatened act would happen is the one threatened
                None if ty == EventType::Threaten
                    && named_place_state(view, (t.span.1, clause.1), &actor_refs, "").is_some() =>
                {
                    let (r, w) = named_place_state(
                        view,
                        (t.span.1, clause.1),
                        &actor_refs,
                        "where the threatened act would happen",
                    )
                    .unwrap_or_default();
                    recipient = r;
                    note!(why, explaining, "target: {w}");
                }
                // "handed over its last base in Chad, completing the withdrawal of its troops":
                // the state withdrawn from, named anywhere in the sentence
                None if ty == EventType::Retreat
                    && mode.iter().any(|m| m == "withdraw")
                    && named_place_state(view, (0, text.len()), &actor_refs, "").is_some() =>
                {
                    let (r, w) = named_place_state(
                        view,
                        (0, text.len()),
                        &actor_refs,
                        "the state withdrawn from",
                    )
                    .unwrap_or_default();
                    recipient = r;
                    note!(why, explaining, "recipient: {w}");
                }
                // "Blinken welcomed the release": the parties to the act welcomed
                None if ty == EventType::Support
                    && welcomed_act(view, t, &actor_refs).is_some() =>
                {
                    let (r, w) = welcomed_act(view, t, &actor_refs).unwrap_or_default();
                    recipient = r;
                    note!(why, explaining, "recipient: {w}");
                }
                // "Pakistan reserves the right to respond to this illegal act": a threat
                // answers the aggression told before it, as a complaint does
                // "imposed sanctions on Niger and threatened to use force": a conflict verb
                // coordinated with the same actor's act before it shares its target
                None if matches!(
                    ty,
                    EventType::Accuse
                        | EventType::Threaten
                        | EventType::Request
                        | EventType::Sanction
                        | EventType::Agree
                        | EventType::Support
                        | EventType::Aid
                        | EventType::Cooperate
                ) && t.role != RecipientRole::None
                    && shared_target(text, t, &out, &actor_refs, triggers).is_some() =>
                {
                    let (r, w) =
                        shared_target(text, t, &out, &actor_refs, triggers).unwrap_or_default();
                    recipient = r;
                    note!(why, explaining, "target: {w}");
                }
                // "called for his immediate release": the party that holds him, the author of
                // the last arrest or attack told
                None if ty == EventType::Request
                    && mode.iter().any(|m| m == "yield")
                    && view.discourse.aggressions.last().is_some_and(|(_, a)| {
                        !a.is_empty() && !a.iter().any(|x| actor_refs.contains(&x.code.as_str()))
                    }) =>
                {
                    recipient = view
                        .discourse
                        .aggressions
                        .last()
                        .map(|(_, a)| a.clone())
                        .unwrap_or_default();
                    note!(
                        why,
                        explaining,
                        "target: the author of the last act of force told"
                    );
                }
                None if matches!(
                    ty,
                    EventType::Accuse | EventType::Reject | EventType::Threaten
                ) && previous_aggressor(view, t, &out, &actor_refs).is_some() =>
                {
                    let (r, w) = previous_aggressor(view, t, &out, &actor_refs).unwrap_or_default();
                    recipient = r;
                    note!(why, explaining, "target: {w}");
                }
                // "The exchange was mediated by the United Arab Emirates": the mediator meets
                // the parties of the accord just told
                None if mediated_accord(view, ty, t, &actor).is_some() => {
                    for p in mediated_accord(view, ty, t, &actor).unwrap_or_default() {
                        if !actor.iter().any(|a| a.code == p.code) {
                            actor.push(p);
                        }
                    }
                    note!(why, explaining, "the parties of the accord told before");
                }
                // "condemning a protest outside the Turkish embassy in Stockholm": what is
                // condemned happened in the other party's country
                None if ty == EventType::Accuse
                    && partner_place(view, t, clause, &actor_refs).is_some() =>
                {
                    let (r, w) = partner_place(view, t, clause, &actor_refs).unwrap_or_default();
                    recipient = r;
                    note!(why, explaining, "what is condemned happened in {w}");
                }
                // "both sides agreed to a truce" in one state's civil war: among its parts
                None if parties_at_home(view, ty, subject_mention, &actor) => {
                    recipient = vec![government_of(actor[0].code.clone())];
                    note!(why, explaining, "the parties inside one state: its own");
                }
                // "Putin called the mutiny treason and vowed to punish those responsible": a
                // government's reaction to unrest at home is aimed at its own people, even in a
                // story with a foreign partner
                None if domestic_reaction(view, ty, t, clause, &actor) => {
                    recipient = vec![Actor {
                        sector: Some("CVL".into()),
                        ..Actor::code("", actor[0].code.clone())
                    }];
                    note!(
                        why,
                        explaining,
                        "a reaction to unrest at home: the state's own people"
                    );
                }
                None => {
                    let single = actor_refs.len() == 1;
                    let dyad_partner = if single {
                        view.discourse.partner(actor_refs[0])
                    } else {
                        None
                    };
                    let defaults = matches!(
                        ty,
                        EventType::Agree
                            | EventType::Support
                            | EventType::Request
                            | EventType::Cooperate
                            | EventType::Aid
                            | EventType::Concede
                    );
                    // a refusal or a threat in a two-party story answers the other party ("declined to
                    // commit to a ceasefire"); a stance ("opposes terrorism") does not
                    // and a threat of retaliation answers it too
                    // "resolutely opposed these violations", "called the move illegal",
                    // "expressed dissatisfaction over the use of force": a condemnation in a
                    // two-party story with no one named is of the other party's acts (a stance
                    // against an "-ism", "condemns terrorism", is not)
                    // ("…, which is a clear violation of international law": a judgment of an
                    // act named by its noun, not of the other party)
                    let condemned_before =
                        ty == EventType::Accuse && !stance_against(text, t) && !nominal_judgment(t);
                    // ("said the accusations were absurd": a charge dismissed in speech too)
                    let refusal = ty == EventType::Threaten
                        || condemned_before
                        || (ty == EventType::Reject && t.flags.speech_only)
                        || ty == EventType::Reject
                            && [
                                "reject",
                                "refus",
                                "declin",
                                "dismiss",
                                "turned down",
                                "deni",
                                "deny",
                                // "does not recognise", "will never accept", "declared … null"
                                "does ",
                                "do ",
                                "did ",
                                "would ",
                                "will ",
                                "declar",
                            ]
                            .iter()
                            .any(|p| crate::words::starts_with_ascii_ci(&t.text, p));
                    // "urged allies to …": an addressee the text does not name
                    let unnamed_addressee = ty == EventType::Request
                        && crate::words::word_after(text, t.span.1).is_some_and(|(s, e)| {
                            let w = &text[s..e];
                            w.chars().next().is_some_and(char::is_lowercase)
                                && !in_list(
                                    w,
                                    &[
                                        "to", "that", "for", "on", "upon", "the", "its", "his",
                                        "her", "their", "a", "an", "further", "more", "all",
                                    ],
                                )
                                && crate::words::next_word(text, e).eq_ignore_ascii_case("to")
                        });
                    // "received calls from counterparts expressing their solidarity with
                    // Iraq": the act is addressed to the actor's own side, so the actor found
                    // is not the one acting, and the partner is no stand-in
                    let addressed_to_actor = || {
                        view.mentions.iter().any(|m| {
                            m.span.0 >= t.span.1
                                && m.span.0 <= t.span.1 + 10
                                && matches!(m.prep, Some("with") | Some("for") | Some("to"))
                                && !m.actors.is_empty()
                                && m.actors
                                    .iter()
                                    .all(|a| actor_refs.contains(&a.code.as_str()))
                        })
                    };
                    if let (Some(p), true, true, false) = (
                        dyad_partner,
                        (defaults && !(ty != EventType::Concede && addressed_to_actor()))
                            || refusal,
                        dyadic_doc,
                        unnamed_addressee,
                    ) {
                        recipient = vec![p.clone()];
                        note!(
                            why,
                            explaining,
                            "no recipient named: the main dyad partner {}",
                            p.code
                        );
                    } else if let Some(place) = view.discourse.place.as_deref().filter(|p| {
                        single
                            && ty == EventType::Agree
                            && !actor.iter().any(|a| a.code == *p)
                            && governed.iter().any(|g| g.event_type == EventType::Aid)
                    }) {
                        // "Washington has pledged $30 million in humanitarian assistance": aid
                        // promised to the place the story is about
                        recipient = vec![Actor::code("", place)];
                        note!(
                            why,
                            explaining,
                            "aid promised with no recipient named: the story's place {place}"
                        );
                    } else if let Some(place) = view.discourse.place.as_deref().filter(|p| {
                        // (by one state or several: "Brazil's Lula and Chile's Boric condemned")
                        !dyadic_doc
                            && ty == EventType::Accuse
                            && !actor.iter().any(|a| a.code == *p)
                    }) {
                        // "France condemned the military coup" in a story about one country:
                        // the authorities of the place the story is about
                        recipient = vec![government_of(place)];
                        note!(
                            why,
                            explaining,
                            "condemnation with no target named: the story's place {place}"
                        );
                    } else if single && domestic_threat(view, ty, t, clause, &actor) {
                        // "vowed a tough response to the riots": a threat to the state's own
                        // unruly people
                        recipient = vec![Actor {
                            sector: Some("CVL".into()),
                            ..Actor::code("", actor[0].code.clone())
                        }];
                        note!(
                            why,
                            explaining,
                            "a response to unrest at home: the state's own people"
                        );
                    } else if let Some((r, w)) = request_place(view, ty, t, clause, &actor) {
                        // "called for a ceasefire in Gaza": the authorities of the place asked
                        recipient = r;
                        note!(why, explaining, "asked of the place the request names, {w}");
                    } else if let Some((r, w)) = charge_answered(view, t, &actor) {
                        // "X accused Azerbaijan of meddling, a charge Baku dismissed": the
                        // answer goes to whoever made the charge
                        recipient = r;
                        note!(why, explaining, "answers {w}, the main clause's subject");
                    } else if let Some(r) = refusal_reported_by(view, t, &actor) {
                        // "Belarus denies engineering the crisis, the EU said": the refusal
                        // answers the party that reports it
                        recipient = r;
                        note!(
                            why,
                            explaining,
                            "a refusal reported by another party: its reporter"
                        );
                    } else if single
                        && !eased_at_home(view, ty, t, clause, &actor)
                        && (t.flags.needs_recipient || is_verbal(ty) || ty == EventType::Consult)
                        && !(ty == EventType::Consult && actor.len() > 1)
                        && !(ty == EventType::Consult && organisation_meets(&actor))
                    {
                        decide(
                            &|| {
                                format!(
                                    "{} trigger {:?} rejected: no recipient found for {}",
                                    ty,
                                    t.text,
                                    actor_refs.join("+")
                                )
                            },
                            false,
                        );
                        continue;
                    }
                }
            }
        }
        if joint_drill {
            // the drill's partners are its participants, not a target
            recipient.clear();
        }
        // "They welcomed the growing tempo of joint military exercises": praise shared by the
        // partners of a cooperative act is that act
        if ty == EventType::Support
            && recipient.is_empty()
            && actor.len() >= 2
            && !t.flags.reciprocal
        {
            if let Some(g) = governed
                .iter()
                .find(|g| matches!(g.event_type, EventType::Cooperate | EventType::Aid))
            {
                ty = g.event_type;
                mode.clear();
                note!(
                    why,
                    explaining,
                    "shared praise of a {}: that act",
                    g.event_type
                );
            }
        }
        // modality → type and aux
        let mut aux = None;
        let mut timing = if is_verbal(ty) {
            Timing::Statement
        } else {
            Timing::Act
        };
        // "he would resign on Wednesday", "the troops will withdraw": a retreat announced for
        // later is a concession (an offer or intention to retreat stays an AGREE)
        if future && !intention && ty == EventType::Retreat {
            note!(why, explaining, "future RETREAT → CONCEDE");
            ty = EventType::Concede;
            mode.clear();
            timing = Timing::Statement;
        } else if future && !intention && !neg && ty == EventType::Concede {
            // "China will lift the duties": an easing announced for later is the concession
            // itself, made when announced
            note!(why, explaining, "CONCEDE announced for later");
            timing = Timing::Statement;
        } else if (intention || future) && cooperative(ty) && ty != EventType::Agree {
            note!(
                why,
                explaining,
                "{} {} → AGREE",
                if intention { "intention" } else { "future" },
                ty
            );
            // a future meeting keeps its participants together; a visit promised by one
            // side ("said he would visit China in April") is the visitor's promise to the host
            if ty == EventType::Consult && t.mode.as_deref() == Some("visit") {
                if let Some(k) = joined_at.filter(|&k| k > 0 && recipient.is_empty()) {
                    recipient = actor.split_off(k);
                }
            }
            ty = EventType::Agree;
            mode.clear();
            timing = Timing::Statement;
        } else if (intention
            || (future
                && ((ty != EventType::Sanction && !t.flags.announced)
                    || unspecified_measures(text, t))))
            && material_conflict(ty)
        {
            note!(why, explaining, "announced {ty} → THREATEN");
            ty = EventType::Threaten;
            mode.clear();
            timing = Timing::Statement;
        } else if future && (ty == EventType::Sanction || t.flags.announced) {
            // "Britain will expel 23 diplomats": a measure decided and announced is the measure,
            // dated when it was announced
            note!(why, explaining, "{ty} decided and announced");
            timing = Timing::Statement;
        } else if future
            && !intention
            && ty != EventType::Request
            && !t.text.contains("will")
            && !t.text.contains("would")
        {
            // a request is always about the future; its own "will" is the requested act's
            aux = Some(Aux::Future);
            timing = Timing::Statement;
        } else if intention {
            timing = Timing::Statement;
        }
        // "would not apologise", "will not back any act": a cooperative act refused for the
        // future is a rejection
        let refused = neg
            && ty == EventType::Agree
            && (intention || future)
            && matches!(
                t.event_type,
                EventType::Support | EventType::Concede | EventType::Aid | EventType::Cooperate
            );
        if refused {
            note!(why, explaining, "refused {} → REJECT", t.event_type);
            ty = EventType::Reject;
            // refusing help is "assist", refusing to give way "yield"
            mode = vec![if t.event_type == EventType::Concede {
                "yield".into()
            } else {
                "assist".into()
            }];
        } else if neg {
            aux = Some(Aux::Negated);
        } else if hyp {
            aux = Some(Aux::Hypothetical);
        } else if historical && !obligation {
            aux = Some(Aux::Historical);
            timing = Timing::Historical;
        }
        if judged_now && timing == Timing::Statement {
            timing = Timing::Spoken;
        }
        // drop self-directed events (except accusations against a state's own armed groups,
        // and domestic acts between parts of one state: police against protesters)
        let domestic = crate::arguments::domestic_type(ty);
        let actor_sectors_now: Vec<(&str, Option<&str>)> = actor
            .iter()
            .map(|a| (a.code.as_str(), a.sector.as_deref()))
            .collect();
        recipient.retain(|r| {
            !actor.iter().any(|a| a.code == r.code)
                || (domestic && crate::arguments::other_part_of_state(r, &actor_sectors_now))
                || r.sector
                    .as_deref()
                    .is_some_and(|s| in_list(s, &["SEP", "REB", "OPP", "INS"]))
                || actor.iter().any(|a| {
                    a.code == r.code
                        && a.sector.is_some()
                        && r.sector.is_some()
                        && a.sector != r.sector
                        && (r.sector.as_deref() != Some("GOV")
                            || a.sector
                                .as_deref()
                                .is_some_and(|s| in_list(s, crate::arguments::CIVIL_SECTORS)))
                })
        });
        if actor.is_empty() {
            decide(
                &|| format!("{ty} trigger {:?} rejected: no actor", t.text),
                false,
            );
            continue;
        }
        // aid with no named recipient goes to the place the story is about ("rescue teams
        // were sent" in a story on an earthquake in Turkey)
        if recipient.is_empty() && ty == EventType::Aid {
            if let Some(place) = view
                .discourse
                .place
                .as_deref()
                .filter(|p| !actor.iter().any(|a| a.code == *p))
            {
                recipient = vec![Actor::code("", place)];
                note!(
                    why,
                    explaining,
                    "no recipient named: the story's place {place}"
                );
            }
        }
        // "will be moving forward with its military operation into Syria": an attack announced
        // threatens the state where it would happen
        if recipient.is_empty() && ty == EventType::Threaten && t.event_type != ty {
            if let Some((r, w)) = named_place_state(
                view,
                (t.span.1, clause.1),
                &actor_refs,
                "where the threatened act would happen",
            ) {
                recipient = r;
                note!(why, explaining, "target: {w}");
            }
        }
        // "Rajapaksa said he would resign": stepping down is yielded to one's own state
        if recipient.is_empty()
            && t.event_type == EventType::Retreat
            && t.mode.as_deref() == Some("resign")
            && actor.len() == 1
        {
            recipient = vec![Actor::code("", actor[0].code.clone())];
            note!(why, explaining, "a resignation: yielded to its own state");
        }
        // "the government lifted the state of emergency": eased for its own people
        if recipient.is_empty() && eased_at_home(view, ty, t, clause, &actor) {
            recipient = vec![Actor::code("", actor[0].code.clone())];
            note!(
                why,
                explaining,
                "restrictions eased with no one named: the state's own people"
            );
        }
        // aid with no recipient named goes to the story's place ("rescue teams from Spain
        // have started working")
        if ty == EventType::Aid && recipient.is_empty() {
            let here = view
                .mentions
                .iter()
                .filter(|m| m.role == Role::Location && m.actors.len() == 1)
                .find(|m| m.span.0 >= t.span.0 && m.span.1 <= clause.1)
                .or_else(|| {
                    view.mentions
                        .iter()
                        .find(|m| m.role == Role::Location && m.why == crate::mentions::DATELINE)
                })
                .map(|m| m.actors[0].code.as_str());
            if let Some(p) = here
                .or(view.discourse.place.as_deref())
                .filter(|p| !actor.iter().any(|a| a.code == *p))
            {
                recipient = vec![government_of(p)];
                note!(
                    why,
                    explaining,
                    "aid with no recipient named: the story's place {p}"
                );
            }
        }
        // "recalled its ambassador to Ethiopia", "to close Israel's embassy in Dublin": the
        // state an envoy or a mission is posted to
        if recipient.is_empty() && ty == EventType::Sanction {
            if let Some(m) = posted_to(view, t, &actor_refs) {
                recipient = view.actors_of(m);
                note!(
                    why,
                    explaining,
                    "the state {:?} the envoy is posted to",
                    m.text
                );
            }
        }
        if recipient.is_empty() {
            if let Some(m) = notified_of_decision(view, t, &actor_refs) {
                recipient = view.actors_of(m);
                note!(
                    why,
                    explaining,
                    "{:?}: the party notified of the decision",
                    m.text
                );
            }
        }
        if recipient.is_empty() {
            if let Some((r, w)) = charge_answered(view, t, &actor) {
                recipient = r;
                note!(why, explaining, "answers {w}, the main clause's subject");
            }
        }
        // "Both sides agreed to a truce" in a story about one state's civil war: its parts
        // agree among themselves (also when the recipient search above ended without one)
        if recipient.is_empty() && parties_at_home(view, ty, subject_mention, &actor) {
            recipient = vec![government_of(actor[0].code.clone())];
            note!(why, explaining, "the parties inside one state: its own");
        }
        // "declared 18 employees of the Russian embassy … persona non grata": those expelled
        // are the foreign state's people named before the trigger in its clause
        if recipient.is_empty() && ty == EventType::Sanction && mode.iter().any(|m| m == "expel") {
            if let Some(m) = view.mentions.iter().find(|m| {
                m.span.0 >= clause.0
                    && m.span.1 <= t.span.0
                    && matches!(m.role, Role::Actor | Role::Weak)
                    && !m.actors.is_empty()
                    && m.actors
                        .iter()
                        .all(|a| !actor.iter().any(|x| x.code == a.code))
            }) {
                recipient = view.actors_of(m);
                note!(
                    why,
                    explaining,
                    "{:?}: the foreign state named before the expulsion",
                    m.text
                );
            }
        }
        if recipient.is_empty()
            && actor.len() < 2
            && !(ty == EventType::Consult && organisation_meets(&actor))
            && (is_verbal(ty)
                || matches!(
                    ty,
                    EventType::Consult
                        | EventType::Cooperate
                        | EventType::Aid
                        | EventType::Sanction
                ))
        {
            decide(
                &|| {
                    format!(
                        "{ty} trigger {:?} rejected: no recipient distinct from the actor",
                        t.text
                    )
                },
                false,
            );
            continue;
        }
        // one-sided acts by several actors need a target ("both leaders called on all states …")
        if recipient.is_empty()
            && actor.len() >= 2
            && matches!(
                ty,
                EventType::Request
                    | EventType::Accuse
                    | EventType::Reject
                    | EventType::Threaten
                    | EventType::Sanction
                    | EventType::Aid
                    | EventType::Coerce
            )
            // ("traded rebukes", "exchanged accusations": aimed at each other by the words)
            && !(t.flags.reciprocal && ty == EventType::Accuse)
            && !["each other", "one another"]
                .iter()
                .any(|c| text.contains(c))
        {
            decide(
                &|| {
                    format!(
                        "{ty} trigger {:?} rejected: a one-sided act with no target",
                        t.text
                    )
                },
                false,
            );
            continue;
        }
        // attacks and raids without a named target hit the place named (after the trigger
        // first: "shelled Kharkiv"; then anywhere in the clause: "in Minsk, police detained …");
        // a place of the actor's own state makes a domestic act
        // ("war games around Taiwan": forces massed near a place are aimed at its state;
        // "strikes on targets in Houthi-controlled Yemen": a state named after "in" is a place)
        if recipient.is_empty()
            && !t.flags.reciprocal
            && matches!(
                ty,
                EventType::Assault | EventType::Coerce | EventType::Mobilize
            )
        {
            let is_place = |m: &&crate::mentions::Mention| {
                (m.role == crate::mentions::Role::Location
                    || (ty != EventType::Coerce
                        && m.role == crate::mentions::Role::Actor
                        && m.span.0 >= t.span.1
                        && text.get(t.span.1..m.span.0).is_some_and(|gap| {
                            gap.split_whitespace()
                                .rev()
                                .take(3)
                                .any(|w| in_list(w, &["in", "into", "around"]))
                        })
                        && matches!(m.source, Source::Named(readout_kb::MentionKind::State))))
                    && m.span.1 <= clause.1
                    && m.span.0 >= clause.0
                    && m.why != crate::mentions::DATELINE
                    && !matches!(
                        m.source,
                        Source::Named(readout_kb::MentionKind::Organisation)
                    )
                    && m.actors.first().is_some_and(|a| {
                        // a bare state does not attack its own territory; its police may
                        !actor.iter().any(|x| x.code == a.code && x.sector.is_none())
                    })
            };
            let place = view
                .mentions
                .iter()
                .filter(is_place)
                .find(|m| m.span.0 >= t.span.0)
                .or_else(|| view.mentions.iter().find(is_place));
            if let Some(m) = place {
                recipient = m.actors.iter().take(1).cloned().collect();
                note!(why, explaining, "target: the place {:?}", m.text);
            }
        }
        // "Vietnamese authorities arrested a blogger": a state's own people, unnamed
        if recipient.is_empty()
            && matches!(ty, EventType::Coerce | EventType::Assault)
            && actor.len() == 1
            && actor[0]
                .sector
                .as_deref()
                .is_none_or(|s| in_list(s, &["GOV", "COP", "MIL", "JUD"]))
        {
            let rest = text.get(t.span.1..clause.1).unwrap_or("");
            // ("fired tear gas and, in several cities, live ammunition at the crowds")
            let person = rest
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .take(10)
                .any(|w| {
                    in_list(
                        w,
                        &[
                            "blogger",
                            "bloggers",
                            "activist",
                            "activists",
                            "journalist",
                            "journalists",
                            "dissident",
                            "dissidents",
                            "critic",
                            "critics",
                            "lawyer",
                            "lawyers",
                            "protester",
                            "protesters",
                            "demonstrators",
                            "opposition",
                            "students",
                            "reporter",
                            "reporters",
                            "poet",
                            "writer",
                            "cleric",
                            "clerics",
                            "crowd",
                            "crowds",
                            "people",
                            "civilians",
                            "mourners",
                            "worshippers",
                            "villagers",
                            "residents",
                            "supporters",
                            "women",
                            "man",
                            "men",
                            "prisoner",
                            "prisoners",
                            "detainees",
                            "rights",
                        ],
                    )
                });
            let foreign = rest
                .split(|c: char| !c.is_alphanumeric())
                .take(4)
                .any(|w| w.chars().next().is_some_and(char::is_uppercase));
            // "security forces dispersed them with tear gas": the means of crowd control,
            // used with no one named after them, are used on a crowd at home
            let crowd_control = ty == EventType::Assault
                && t.mode.as_deref() == Some("crowd-control")
                && actor[0].sector.as_deref().is_none_or(|s| s != "GOV")
                && crate::words::word_before(text, t.span.0).is_some_and(|(ws, we)| {
                    in_list(&text[ws..we], &["with", "fired", "firing", "used", "using"])
                })
                && !rest
                    .split(|c: char| !c.is_alphanumeric())
                    .any(|w| in_list(w, &["at", "against", "on"]));
            if (person || crowd_control) && !foreign {
                recipient = vec![Actor {
                    text: SharedStr::default(),
                    code: actor[0].code.clone(),
                    sector: Some("CVL".into()),
                    name: None,
                    title: None,
                }];
                note!(why, explaining, "target: the state's own people");
            }
        }
        // "Egyptian authorities arrested 2,000 people", "the military seized power": a state's
        // coercion with no one else named falls on its own people
        if recipient.is_empty()
            && ty == EventType::Coerce
            && actor.len() == 1
            && actor[0]
                .sector
                .as_deref()
                .is_none_or(|s| in_list(s, &["GOV", "COP", "MIL", "JUD", "LEG", "REB", "INS"]))
            && !view.mentions.iter().any(|m| {
                m.span.0 >= t.span.1
                    && m.span.1 <= clause.1
                    && m.why != crate::mentions::DATELINE
                    && m.actors.iter().any(|a| a.code != actor[0].code)
            })
        {
            recipient = vec![Actor::code("", actor[0].code.clone())];
            note!(why, explaining, "no one else named: the state's own people");
        }
        // "deployed 15,000 police officers": police sent out at home; "deployed soldiers along
        // the border": against the neighbour the story is about
        if recipient.is_empty() && ty == EventType::Mobilize && actor.len() == 1 {
            let rest = text
                .get(t.span.0..clause.1)
                .unwrap_or("")
                .to_ascii_lowercase();
            let partner = view.discourse.partner(&actor[0].code);
            if mode.iter().any(|m| m == "police") {
                recipient = vec![Actor::code("", actor[0].code.clone())];
                note!(
                    why,
                    explaining,
                    "police deployed at home: the state's own people"
                );
            } else if let Some(p) = partner.filter(|_| {
                let tt = t.text.to_ascii_lowercase();
                dyadic_doc
                    && (rest.contains(" border")
                        || rest.contains(" frontier")
                        || tt.contains("alert")
                        || tt.contains("readiness"))
            }) {
                recipient = vec![p.clone()];
                note!(
                    why,
                    explaining,
                    "troops along the border or on alert: the main dyad partner {}",
                    p.code
                );
            }
        }
        // "rallied outside the U.S. embassy": the embassy's state is the target
        // ("supporters of the junta marched on the French embassy": the embassy, not the
        // protesters' own state named inside the trigger)
        // (a target of the protesters' own state named inside the trigger is no target)
        let untargeted = |recipient: &[Actor]| {
            recipient
                .iter()
                .all(|r| actor.iter().any(|a| a.code == r.code))
        };
        if untargeted(&recipient) && ty == EventType::Protest {
            if let Some(m) = view.mentions.iter().find(|m| {
                m.span.0 >= t.span.0
                    && m.span.1 <= clause.1
                    && m.actors.len() == 1
                    && m.title.as_deref().is_some_and(|ti| {
                        let ti = ti.to_ascii_lowercase();
                        ti.contains("embassy") || ti.contains("consulate")
                    })
                    && !actor.iter().any(|a| a.code == m.actors[0].code)
            }) {
                recipient = m.actors.clone();
                note!(why, explaining, "target: the embassy {:?}", m.text);
            }
        }
        // "protesters attacked Japanese shops", "burned American flags": a foreign state's
        // property or symbols named after the protest are its target
        if untargeted(&recipient) && ty == EventType::Protest {
            if let Some(m) = view.mentions.iter().find(|m| {
                m.span.0 >= t.span.0
                    && m.span.1 <= clause.1
                    && m.role == Role::Weak
                    && m.actors.len() == 1
                    && !actor.iter().any(|a| a.code == m.actors[0].code)
                    && {
                        // ("Japanese-owned shops": past the hyphen)
                        let rest = text[m.span.1..].trim_start_matches(['-', ' ']);
                        let word = rest
                            .split(|c: char| !c.is_alphanumeric())
                            .next()
                            .unwrap_or("");
                        in_list(word, crate::cues::FOREIGN_TARGET_NOUNS)
                    }
            }) {
                recipient = m.actors.clone();
                note!(why, explaining, "target: the foreign {:?} named", m.text);
            }
        }
        // a protest by people of a state with no named target is against their own government
        // ("Sri Lanka declares emergency as protesters storm …": the protesters are its people)
        // ("rioters", "unrest" and the like name no one but the state's own people either; a
        // boycott may be a state's, aimed abroad)
        let agent_noun = crate::words::starts_with_ascii_ci(&t.text, "protester")
            || crate::words::starts_with_ascii_ci(&t.text, "demonstrator");
        let street = !mode.iter().any(|m| m == "boycott")
            && actor
                .first()
                .is_some_and(|a| a.sector.as_deref() != Some("IGO"));
        if recipient.is_empty()
            && ty == EventType::Protest
            && actor.len() == 1
            && (agent_noun
                || street
                || actor[0].sector.as_deref().is_some_and(|s| {
                    in_list(s, &["CVL", "OPP", "LAB", "EDU", "REL", "PTY", "MED"])
                }))
        {
            recipient = vec![government_of(actor[0].code.clone())];
            note!(
                why,
                explaining,
                "domestic protest: against its own government"
            );
        }
        // "drew condemnation from the UN", "accepted offers of help from Spain": the party
        // after the trigger acts on the subject
        if t.flags.inverse
            && ty != EventType::Consult
            && t.event_type != EventType::Consult
            && !recipient.is_empty()
        {
            std::mem::swap(&mut actor, &mut recipient);
            note!(
                why,
                explaining,
                "inverse: the party named after the trigger acts"
            );
        }
        // CONSULT: all participants act unless a visitor travels to a host
        let mut location = None;
        let mut initiator = None;
        // a visit promised keeps its visitor and host apart ("ElBaradei will travel to Tripoli")
        let promised_visit = ty == EventType::Agree
            && t.mode.as_deref() == Some("visit")
            && !t.flags.inverse
            && !recipient.is_empty();
        if ty == EventType::Consult
            || (t.event_type == EventType::Consult && ty == EventType::Agree && !promised_visit)
        {
            let host_found = !recipient.is_empty() || actor.len() == 2 && subject.actors.len() == 1;
            let mut all: Vec<Actor> = actor.clone();
            for r in recipient.drain(..) {
                if !all.iter().any(|a| a.code == r.code) {
                    all.push(r);
                }
            }
            actor = all;
            // "hosted a meeting between the prime ministers of Cambodia and Thailand": the
            // host and every party named after the trigger meet, none of them visiting
            // ("Cavusoglu hosted Lavrov and Kuleba in Antalya": guests of two states met
            // each other at the host's table)
            let guests_of_two = ty == EventType::Consult
                && t.flags.inverse
                && trigger_text.starts_with("host")
                && {
                    let mut codes: Vec<&str> = view
                        .mentions
                        .iter()
                        .filter(|m| {
                            m.span.0 >= t.span.1 && m.span.1 <= clause.1 && m.role == Role::Actor
                        })
                        .flat_map(|m| m.actors.iter().map(|a| a.code.as_str()))
                        .filter(|c| !subject.actors.iter().any(|a| a.code == *c))
                        .collect();
                    codes.sort_unstable();
                    codes.dedup();
                    codes.len() >= 2
                };
            let hosted_between = ty == EventType::Consult
                && (guests_of_two
                    || t.mode.as_deref() == Some("third-party")
                        && !t.flags.inverse
                        && t.role == RecipientRole::None);
            if guests_of_two {
                mode.retain(|m| m != "visit");
                if !mode.iter().any(|m| m == "third-party") {
                    mode.push("third-party".into());
                }
            }
            if hosted_between {
                for m in view.mentions.iter().filter(|m| {
                    m.span.0 >= t.span.1
                        && m.span.1 <= clause.1
                        && m.role == Role::Actor
                        && m.prep.is_none_or(|p| in_list(p, &["between", "of", "and"]))
                }) {
                    for a in view.actors_of(m) {
                        if !actor.iter().any(|x| x.code == a.code) {
                            actor.push(a);
                        }
                    }
                }
            }
            if ty == EventType::Consult {
                let codes: Vec<&str> = actor.iter().map(|a| a.code.as_str()).collect();
                let st = consult::setting(text, view.mentions, &codes);
                for m in st.modes {
                    if hosted_between && m == "visit" {
                        continue;
                    }
                    if !mode.contains(&m) {
                        mode.push(m);
                    }
                }
                if organisation_meets(&actor) && !mode.iter().any(|m| m == "multilateral") {
                    mode.push("multilateral".into());
                    note!(
                        why,
                        explaining,
                        "an organisation's own meeting: multilateral"
                    );
                }
                location = st.location.clone();
                let subject_code = subject_mention
                    .and_then(|m| m.actors.first())
                    .map(|a| a.code.clone());
                if t.flags.inverse && actor.len() == 2 && subject_code.is_some() {
                    // "China hosted Erdogan": the object visits, the subject hosts
                    let host = subject_code.unwrap_or_default();
                    if let Some(hi) = actor.iter().position(|a| a.code == host) {
                        let h = actor.remove(hi);
                        recipient = vec![h];
                        if !mode.iter().any(|m| m == "visit") {
                            mode.push("visit".into());
                        }
                        note!(why, explaining, "hosted: {host} is the host and recipient");
                    }
                } else if t.mode.as_deref() == Some("visit")
                    && host_found
                    && actor.len() == 2
                    && t.role != RecipientRole::None
                {
                    // "Macron visited Morocco", "a visit to China": the object is the host
                    let h = actor.remove(1);
                    note!(why, explaining, "visit: {} hosts", h.code);
                    recipient = vec![h];
                } else if mode.iter().any(|m| m == "visit") && actor.len() == 2 {
                    if let Some(host) = st.location_code.as_deref() {
                        if let Some(hi) = actor.iter().position(|a| a.code == host) {
                            let h = actor.remove(hi);
                            recipient = vec![h];
                            note!(why, explaining, "visit: host {host} is the recipient");
                        }
                    }
                }
            }
            if let Some((code, w)) = consult::initiator(text, view.mentions) {
                note!(why, explaining, "initiator {code} ({w})");
                initiator = Some(code);
            }
        } else if ty == EventType::Agree
            && ["visit", "meet", "talks", "host"]
                .iter()
                .any(|w| crate::words::contains_short(&trigger_text, w))
        {
            // a contact promised "at X's invitation": X initiated it
            if let Some((code, w)) = consult::initiator(text, view.mentions) {
                note!(why, explaining, "initiator {code} ({w})");
                initiator = Some(code);
            }
        }
        if mode.is_empty() {
            if let Some(m) = governed
                .iter()
                .find_map(|g| g.mode.clone().filter(|m| ty.has_mode(m)))
            {
                mode.push(m);
            }
        }
        mode.retain(|m| ty.has_mode(m));
        if ty == EventType::Request && mode.is_empty() {
            let asked = governed
                .first()
                .map_or(EventType::Request, |g| g.event_type);
            if asked != EventType::Request {
                let words: String = governed
                    .iter()
                    .map(|g| g.text.as_str())
                    .collect::<Vec<_>>()
                    .join(" ");
                mode.push(request_mode(asked, &words).into());
            }
        }
        if mode.is_empty() {
            mode = open_mode(ty, text, t.span, region_end.max(t.span.1))
                .into_iter()
                .map(str::to_string)
                .collect();
        }
        let summary = || {
            format!(
                "{ty} {} → {}{}: {}",
                codes(&actor),
                if recipient.is_empty() {
                    "-".to_string()
                } else {
                    codes(&recipient)
                },
                aux.map_or(String::new(), |a| format!(" [{}]", a.as_str())),
                why.join("; ")
            )
        };
        decide(&summary, true);
        // "held separate bilateral meetings with Lavrov and Kuleba": one contact per partner
        let separate = ty == EventType::Consult
            && recipient.is_empty()
            && actor.len() >= 3
            && subject.actors.len() == 1
            && prepared
                .lower
                .get(t.span.0..t.span.1)
                .is_some_and(|w| w.contains("separate"));
        // "India and Canada expelled six of each other's diplomats": each side's act on the
        // other, two events
        let mutual = recipient.is_empty()
            && matches!(
                ty,
                EventType::Accuse
                    | EventType::Reject
                    | EventType::Threaten
                    | EventType::Sanction
                    | EventType::Coerce
                    | EventType::Protest
            )
            && distinct_codes(&actor) == 2
            && prepared
                .lower
                .get(t.span.0..clause.1)
                .is_some_and(|rest| rest.contains("each other") || rest.contains("one another"));
        // "Bahrain severed its relations with Qatar, together with Saudi Arabia and Egypt":
        // the parties joined to a one-sided act share it
        if !t.flags.reciprocal && !recipient.is_empty() {
            for a in joined_partners(view, t, clause) {
                if !actor
                    .iter()
                    .chain(recipient.iter())
                    .any(|x| x.code == a.code)
                {
                    actor.push(a);
                }
            }
        }
        // "United Nations sanctions on Iran were reimposed": the UN's sanctions are imposed by
        // its Security Council
        if ty == EventType::Sanction && actor.len() == 1 && actor[0].code == "UN" {
            actor[0].code = "UNSC".into();
            if actor[0].name.is_some() {
                actor[0].name = Some("United Nations Security Council".into());
            }
        }
        let draft = Draft {
            event_type: ty,
            mode,
            cameo: if ty == t.event_type {
                t.cameo.clone()
            } else {
                None
            },
            actor,
            recipient,
            aux,
            initiator,
            location,
            trigger: trigger_text,
            trigger_span: t.span,
            clause,
            speaker: speaker.and_then(|s| s.speaker.first().cloned()),
            timing,
            frame: view
                .speech
                .filter(|s| !s.carried && s.frame.1 > s.frame.0)
                .map(|s| s.frame),
        };
        if separate {
            let host = &subject.actors[0];
            for partner in draft.actor.iter().filter(|a| a.code != host.code) {
                out.push(Draft {
                    cameo: t.cameo.clone(),
                    actor: vec![host.clone(), partner.clone()],
                    frame: None,
                    ..draft.clone()
                });
            }
        } else if mutual {
            let mut sides: Vec<Actor> = Vec::new();
            for a in &draft.actor {
                if !sides.iter().any(|x| x.code == a.code) {
                    sides.push(a.clone());
                }
            }
            for (one, other) in [(0, 1), (1, 0)] {
                out.push(Draft {
                    actor: vec![sides[one].clone()],
                    recipient: vec![sides[other].clone()],
                    initiator: None,
                    ..draft.clone()
                });
            }
        } else {
            out.push(draft);
        }
    }
    // "approved the call-up of reservists, and the army massed tanks along the border": a
    // one-sided material act with no target is part of the same actor's act with one
    let targeted = |d: &Draft| {
        !d.recipient.is_empty() && crate::arguments::material_act(d.event_type) && d.aux.is_none()
    };
    let mut k = 0;
    while k < out.len() {
        let d = &out[k];
        let part_of_other = d.recipient.is_empty()
            && d.aux.is_none()
            && d.actor.len() == 1
            && matches!(d.event_type, EventType::Mobilize | EventType::Assault)
            && out.iter().any(|o| {
                targeted(o)
                    && o.event_type == d.event_type
                    && o.actor.len() == 1
                    && o.actor[0].code == d.actor[0].code
            });
        if part_of_other {
            let gone = out.remove(k);
            if let Some(o) = out.iter_mut().find(|o| {
                targeted(o)
                    && o.event_type == gone.event_type
                    && o.actor[0].code == gone.actor[0].code
            }) {
                for m in gone.mode {
                    if !o.mode.contains(&m) {
                        o.mode.push(m);
                    }
                }
            }
        } else {
            k += 1;
        }
    }
    // "Russian missiles hit Kyiv, killing three civilians": the toll told after a comma is
    // the attack told before it, not a second one
    let toll = |d: &Draft| {
        d.event_type == EventType::Assault
            && in_list(&d.trigger, &["killing", "wounding", "injuring"])
            && text[..d.trigger_span.0].trim_end().ends_with(',')
    };
    let mut k = 0;
    while k < out.len() {
        let told_before = toll(&out[k])
            && out[..k].iter().any(|o| {
                o.event_type == EventType::Assault
                    && o.trigger_span.1 <= out[k].trigger_span.0
                    && o.aux == out[k].aux
                    && o.actor
                        .iter()
                        .map(|a| &a.code)
                        .eq(out[k].actor.iter().map(|a| &a.code))
            });
        if told_before {
            out.remove(k);
        } else {
            k += 1;
        }
    }
    out
}

/// A threat by a state's authorities answering unrest at home ("vowed a tough response to
/// the riots", "warned rioters"), with no other state named after it.
fn domestic_threat(
    view: &SentenceView<'_>,
    ty: EventType,
    t: &TriggerMatch,
    clause: (usize, usize),
    actor: &[Actor],
) -> bool {
    ty == EventType::Threaten
        && actor.len() == 1
        && actor[0]
            .sector
            .as_deref()
            .is_none_or(|s| in_list(s, &["GOV", "COP", "MIL", "JUD"]))
        && view.triggers.iter().any(|o| {
            o.span.0 >= t.span.1 && o.span.1 <= clause.1 && o.event_type == EventType::Protest
        })
        && !other_party_after(view, t, clause, &actor[0].code)
}

/// A place of the main dyad partner of the single actor, named after the trigger in its
/// clause ("… in Stockholm"), as the partner's government and the place's text.
fn partner_place(
    view: &SentenceView<'_>,
    t: &TriggerMatch,
    clause: (usize, usize),
    actor_refs: &[&str],
) -> Option<(Vec<Actor>, String)> {
    let [code] = actor_refs else {
        return None;
    };
    let partner = view.discourse.partner(code)?;
    let m = view.mentions.iter().find(|m| {
        m.role == Role::Location
            && m.span.0 >= t.span.1
            && m.span.1 <= clause.1
            && m.why != crate::mentions::DATELINE
            && m.actors.len() == 1
            && m.actors[0].code == partner.code
    })?;
    Some((
        vec![government_of(partner.code.clone())],
        format!("{:?}", m.text),
    ))
}

/// "its ambassador to Lithuania", "Israel's embassy in Dublin": the mention naming where an
/// envoy or mission ending the trigger is posted, when it is not the actor's.
fn posted_to<'v>(
    view: &SentenceView<'v>,
    t: &TriggerMatch,
    actor: &[&str],
) -> Option<&'v crate::mentions::Mention> {
    let last = crate::words::prev_word(view.text, t.span.1);
    if !in_list(
        last,
        &[
            "ambassador",
            "ambassadors",
            "envoy",
            "envoys",
            "embassy",
            "embassies",
            "consulate",
            "consulates",
            "commissioner",
            "commissioners",
        ],
    ) {
        return None;
    }
    let m = view.mentions.iter().find(|m| m.span.0 >= t.span.1)?;
    let gap = view.text[t.span.1..m.span.0].trim();
    let gap = gap
        .strip_suffix(" the")
        .or_else(|| gap.strip_suffix(" The"))
        .unwrap_or(gap);
    (matches!(gap, "to" | "in" | "at")
        && !m.actors.is_empty()
        && !m.actors.iter().any(|a| actor.contains(&a.code.as_str())))
    .then_some(m)
}

/// Where the determiner of the noun at `pos` starts: "a", "an", "the" or a possessive
/// ("Sharif's", "Sharif’s") right before it.
fn occasion_determiner(text: &str, pos: usize) -> Option<usize> {
    let (s, e) = crate::words::word_before(text, pos)?;
    let w = &text[s..e];
    if in_list(w, &["a", "an", "the"]) || w.ends_with("'s") || w.ends_with("\u{2019}s") {
        return Some(s);
    }
    // a reading that splits "Sharif's" at the apostrophe
    let apostrophe = text[..s].ends_with('\'') || text[..s].ends_with('\u{2019}');
    (w == "s" && apostrophe)
        .then(|| crate::words::word_before(text, s).map(|(s1, _)| s1))
        .flatten()
}

/// "notified the Government of Belgium of its decision to sever diplomatic relations": the
/// party told of a decision is the one the decided act is aimed at.
fn notified_of_decision<'v>(
    view: &SentenceView<'v>,
    t: &TriggerMatch,
    actor: &[&str],
) -> Option<&'v crate::mentions::Mention> {
    let before = view.text.get(..t.span.0)?.trim_end();
    if !crate::words::ends_with_ascii_ci(before, " decision to") {
        return None;
    }
    let cut = before.len() - "decision to".len();
    let (s, e) = crate::words::word_before(view.text, cut)?;
    if !in_list(
        &view.text[s..e],
        &["its", "the", "their", "his", "her", "our", "a"],
    ) {
        return None;
    }
    let (s, e) = crate::words::word_before(view.text, s)?;
    if &view.text[s..e] != "of" {
        return None;
    }
    let m = view
        .mentions
        .iter()
        .rev()
        .find(|m| m.span.1 <= s && view.text[m.span.1..s].trim().is_empty())?;
    let (vs, ve) = crate::words::word_before_past(view.text, m.span.0, &["the"])?;
    (in_list(
        &view.text[vs..ve],
        &[
            "notified", "notifies", "notify", "informed", "informs", "inform", "told", "tells",
            "tell", "advised", "apprised",
        ],
    ) && !m.actors.is_empty()
        && !m.actors.iter().any(|a| actor.contains(&a.code.as_str())))
    .then_some(m)
}

/// "resigned after three weeks of protests", "quits as protests grow", "have led near-daily
/// protests": protests named as a backdrop of their own (a quantity, a time, "as", "amid"
/// before the noun) are an event apart from the clause's main act.
fn protests_told_apart(text: &str, t: &TriggerMatch) -> bool {
    if people_acted_upon(text, t) || protest_as_agent(text, t) {
        return true;
    }
    // "despite weeks of mass protests": the lexicon's "mass protests" is the noun itself
    // (compared in place, ASCII case-insensitively: this runs for every trigger)
    let starts_ci = |w: &str, p: &str| w.get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p));
    let noun = if starts_ci(&t.text, "mass ") {
        &t.text["mass ".len()..]
    } else {
        t.text.as_str()
    };
    t.event_type == EventType::Protest && !noun.contains(' ') && starts_ci(noun, "protests") && {
        let before = crate::words::prev_word(text, t.span.0);
        in_list(
            before,
            &["of", "after", "amid", "as", "despite", "following", "mass"],
        ) || before.ends_with("daily")
            || before.ends_with("weekly")
    }
}

/// "France was paralysed by a nationwide strike": a protest as the agent of a passive is the
/// people's, not the passive subject's.
fn protest_as_agent(text: &str, t: &TriggerMatch) -> bool {
    if t.event_type != EventType::Protest {
        return false;
    }
    crate::words::word_before_past(text, t.span.0, &["a", "an", "the"])
        .is_some_and(|(s, e)| text[s..e].eq_ignore_ascii_case("by"))
}

/// "police fired tear gas at protesters", "troops dispersed the demonstrators": a protest cue
/// that is the protesting people themselves, named as those an act falls on. They protest
/// (whoever the clause's subject is), and they are no act that ends the one before them.
fn people_acted_upon(text: &str, t: &TriggerMatch) -> bool {
    const PEOPLE: &[&str] = &["protesters", "protestors", "demonstrators"];
    const UPON: &[&str] = &[
        "at",
        "on",
        "against",
        "toward",
        "towards",
        "into",
        "dispersed",
        "dispersing",
        "disperse",
        "arrested",
        "detained",
        "killed",
        "shot",
        "wounded",
        "injured",
        "beat",
        "attacked",
        "charged",
        "clashed",
    ];
    if t.event_type != EventType::Protest || !in_list(&t.text, PEOPLE) {
        return false;
    }
    // the word before the people, past an article
    let Some((s, e)) = crate::words::word_before_past(text, t.span.0, &["the", "some"]) else {
        return false;
    };
    in_list(&text[s..e], UPON)
        // "clashed with protesters"
        || (text[s..e].eq_ignore_ascii_case("with")
            && in_list(crate::words::prev_word(text, s), &["clashed", "clashing"]))
}

/// "…, which is a clear violation of international law": a weak cue that is a single noun
/// of judgment ("violation", "condemnation") judges an act, not a party.
fn nominal_judgment(t: &TriggerMatch) -> bool {
    let w = t.text.to_ascii_lowercase();
    t.flags.weak
        && !w.contains(' ')
        && ["tion", "tions", "sion", "sions"]
            .iter()
            .any(|e| w.ends_with(e))
}

/// "condemns terrorism", "opposes extremism in all its forms": a stance against an "-ism",
/// not a condemnation of a party.
fn stance_against(text: &str, t: &TriggerMatch) -> bool {
    let w = crate::words::next_word(text, t.span.1).as_bytes();
    let w = w.strip_suffix(b"s").unwrap_or(w);
    w.len() > 4 && w[w.len() - 3..].eq_ignore_ascii_case(b"ism")
}

/// "The exchange was mediated by the United Arab Emirates": a passive mediation by one party
/// names the parties of the last accord told.
fn mediated_accord(
    view: &SentenceView<'_>,
    ty: EventType,
    t: &TriggerMatch,
    actor: &[Actor],
) -> Option<Vec<Actor>> {
    if ty != EventType::Consult
        || actor.len() != 1
        || t.mode.as_deref() != Some("third-party")
        || !is_passive_phrase(view.text, t)
    {
        return None;
    }
    view.discourse
        .accords
        .last()
        .map(|(_, parties)| parties.clone())
        .filter(|p| p.iter().any(|a| a.code != actor[0].code))
}

/// "Both sides agreed …" resolved to the one state a story is about: its parts (a civil war's
/// sides) act among themselves.
fn parties_at_home(
    view: &SentenceView<'_>,
    ty: EventType,
    subject: Option<&crate::mentions::Mention>,
    actor: &[Actor],
) -> bool {
    actor.len() == 1
        && ty != EventType::Consult
        && subject.is_some_and(|m| m.source == Source::Dyad)
        && view
            .discourse
            .home
            .as_ref()
            .is_some_and(|h| h.code == actor[0].code)
}

/// Words that name unrest or disloyalty at home: a condemnation or threat that names one
/// ("called the mutiny treason", "vowed to crush the insurrection") is aimed at the state's
/// own people.
const DOMESTIC_UNREST: &[&str] = &[
    "treason",
    "treasonous",
    "traitor",
    "traitors",
    "mutiny",
    "mutinies",
    "mutineers",
    "mutinied",
    "insurrection",
    "insurrectionists",
    "sedition",
    "seditious",
    "rioters",
    "riots",
    "unrest",
    "uprising",
    "putsch",
];

/// A government's condemnation or threat, with no one else named after it, in a sentence
/// naming unrest or disloyalty ([`DOMESTIC_UNREST`]), in a story placed in its own state.
fn domestic_reaction(
    view: &SentenceView<'_>,
    ty: EventType,
    t: &TriggerMatch,
    clause: (usize, usize),
    actor: &[Actor],
) -> bool {
    matches!(ty, EventType::Accuse | EventType::Threaten)
        && actor.len() == 1
        && actor[0]
            .sector
            .as_deref()
            .is_none_or(|s| in_list(s, &["GOV", "COP", "MIL", "JUD", "LEG"]))
        && view
            .discourse
            .place
            .as_deref()
            .or(view.discourse.home.as_ref().map(|h| h.code.as_str()))
            == Some(actor[0].code.as_str())
        && view
            .text
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| in_list(w, DOMESTIC_UNREST))
        && !other_party_after(view, t, clause, &actor[0].code)
}

/// Is a participant other than `code` named after the trigger in its clause?
fn other_party_after(
    view: &SentenceView<'_>,
    t: &TriggerMatch,
    clause: (usize, usize),
    code: &str,
) -> bool {
    view.mentions.iter().any(|m| {
        m.span.0 >= t.span.1 && m.span.1 <= clause.1 && m.actors.iter().any(|a| a.code != code)
    })
}

/// A concession with no one else named after it: a state's authorities easing a curfew or
/// emergency, giving in to demands ("lifted the state of emergency", "caved in to their
/// demands"), or its people lifting their own blockades — made to the state's own people.
fn eased_at_home(
    view: &SentenceView<'_>,
    ty: EventType,
    t: &TriggerMatch,
    clause: (usize, usize),
    actor: &[Actor],
) -> bool {
    ty == EventType::Concede
        && actor.len() == 1
        && (t.cameo.as_deref() == Some("081")
            || actor[0]
                .sector
                .as_deref()
                .is_none_or(|s| in_list(s, &["GOV", "COP", "MIL", "JUD", "LEG"])))
        && !other_party_after(view, t, clause, &actor[0].code)
}

/// "Sanctions were imposed", "the ambassador was expelled": a trigger phrase that holds
/// its own passive auxiliary and participle.
fn is_passive_phrase(text: &str, t: &TriggerMatch) -> bool {
    let words: Vec<&str> = text[t.span.0..t.span.1]
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    words.windows(2).any(|w| {
        in_list(w[0], &["was", "were", "been", "being"])
            && (w[1].ends_with("ed")
                || in_list(
                    w[1],
                    &["held", "hit", "shot", "struck", "taken", "sent", "made"],
                ))
    })
}

/// Is there a subject of its own (a name, then at most an auxiliary or adverb) right
/// before the trigger at `to`, after the governing trigger ending at `from`?
fn own_subject(view: &SentenceView<'_>, from: usize, to: usize) -> bool {
    view.mentions.iter().any(|m| {
        let conj = m
            .prep
            .is_some_and(|p| in_list(p, &["after", "before", "since", "until", "as"]))
            && m.role == crate::mentions::Role::Actor
            && !m.actors.is_empty();
        if m.span.0 < from || m.span.1 > to || !(m.can_be_subject() || conj) || m.possessive {
            return false;
        }
        let gap = &view.text[m.span.1..to];
        let words: Vec<&str> = gap.split_whitespace().collect();
        // "… before Nigerien security forces dispersed them with tear gas": the subject's
        // verb, its object and the instrument the act is named by
        let instrument = (2..=4).contains(&words.len())
            && words[0].ends_with("ed")
            && words.last().is_some_and(|w| in_list(w, &["with", "using"]));
        !gap.contains([',', ';', '(', ')'])
            && (instrument
                || words.len() <= 2
                    && words.iter().all(|w| {
                        w.ends_with("ly")
                            || in_list(
                                w,
                                &[
                                    "has", "have", "had", "is", "are", "was", "were", "also",
                                    "then", "not", "never", "will", "would", "could", "can", "may",
                                    "might", "should", "must", "did", "does",
                                ],
                            )
                    }))
    })
}

/// The party named in an introductory "Responding to …," / "In response to …," phrase.
fn responded_to(view: &SentenceView<'_>, actor_refs: &[&str]) -> Option<(Vec<Actor>, String)> {
    let intro = view.clauses.intro?;
    let head = view.text[intro.0..intro.1]
        .trim_start()
        .to_ascii_lowercase();
    if ![
        "responding",
        "in response",
        "reacting",
        "replying",
        "in reply",
    ]
    .iter()
    .any(|p| head.starts_with(p))
    {
        return None;
    }
    view.mentions
        .iter()
        .filter(|m| m.span.0 >= intro.0 && m.span.1 <= intro.1 && m.can_be_recipient())
        .map(|m| view.actor_list(m))
        .find(|a| !a.is_empty() && !a.iter().any(|x| actor_refs.contains(&x.code.as_str())))
        .map(|a| {
            (
                a.into_owned(),
                "named in the introductory response phrase".into(),
            )
        })
}

/// A contact among the members of one organisation ("foreign ministers of the G7 met"):
/// the organisation alone, with no counterpart, meets in a multilateral setting.
fn organisation_meets(actor: &[Actor]) -> bool {
    actor.len() == 1 && actor[0].sector.as_deref() == Some("IGO")
}

/// The mention that "claimed responsibility" in the sentence ("al-Shabaab claimed
/// responsibility", "the group has claimed responsibility"), with its index.
fn claimant_of<'v>(view: &'v SentenceView<'_>) -> Option<(usize, &'v crate::mentions::Mention)> {
    view.mentions.iter().enumerate().find(|(_, m)| {
        if m.actors.is_empty() || m.prep.is_some() {
            return false;
        }
        let after = view.text.get(m.span.1..).unwrap_or("").trim_start();
        let mut words = after.split_whitespace().take(4);
        let mut w = words.next().unwrap_or("");
        if in_list(w, &["has", "have", "later", "quickly", "swiftly"]) {
            w = words.next().unwrap_or("");
        }
        w.len() >= 5
            && w[..5].eq_ignore_ascii_case("claim")
            && words.any(|x| {
                x.trim_matches(|c: char| !c.is_alphanumeric())
                    .eq_ignore_ascii_case("responsibility")
            })
    })
}

/// A state named as a place within `span` of the sentence that is none of the actors: where
/// a threatened act would happen ("threatened military action in Venezuela"), or the country
/// forces leave ("handed over its last base in Chad, completing the withdrawal").
fn named_place_state(
    view: &SentenceView<'_>,
    span: (usize, usize),
    actor_refs: &[&str],
    what: &str,
) -> Option<(Vec<Actor>, String)> {
    view.mentions
        .iter()
        .filter(|m| {
            m.span.0 >= span.0
                && m.span.1 <= span.1
                && m.role == Role::Location
                && matches!(m.source, Source::Named(readout_kb::MentionKind::State))
        })
        .map(|m| (view.actor_list(m), m))
        .find(|(a, _)| !a.is_empty() && !a.iter().any(|x| actor_refs.contains(&x.code.as_str())))
        .map(|(a, m)| (a.into_owned(), format!("{:?}: {what}", m.text)))
}

/// The author of the act an accusation refers to: a material act coded earlier in the
/// sentence by someone else ("North Korea's launches … and strongly condemned them"), or —
/// when the trigger is followed by an anaphor ("condemned the launch", "rejected it") — the
/// author of the last material act of the document.
fn previous_aggressor(
    view: &SentenceView<'_>,
    t: &TriggerMatch,
    out: &[Draft],
    actor_refs: &[&str],
) -> Option<(Vec<Actor>, String)> {
    let foreign =
        |a: &[Actor]| !a.is_empty() && !a.iter().any(|x| actor_refs.contains(&x.code.as_str()));
    if let Some(d) = out.iter().rev().find(|d| {
        crate::arguments::material_act(d.event_type)
            && d.event_type != EventType::Protest
            && d.trigger_span.1 <= t.span.0
            && foreign(&d.actor)
    }) {
        return Some((
            d.actor.clone(),
            format!("the author of the {} before it", d.event_type),
        ));
    }
    // "regretted the decision": a trigger that holds its own object is read from that object
    let mut from = crate::arguments::head_end(t).min(t.span.1);
    if from == t.span.1 {
        if let Some(i) = inner_determiner(&t.text) {
            from = t.span.0 + i;
        }
    }
    let rest = view.text.get(from..).unwrap_or("");
    let mut words = rest
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    // "respond to this illegal act": the preposition of a response comes first
    let mut first = words.next().unwrap_or("");
    if in_list(first, &["to", "against", "over", "for"]) {
        first = words.next().unwrap_or("");
    }
    let mut noun = "";
    let anaphor = in_list(first, &["them", "it", "this", "these", "those"])
        || (in_list(first, &["the", "this", "these", "that", "those", "such"])
            && words
                .find(|w| {
                    !w.ends_with("ed")
                        && !in_list(
                            w,
                            &[
                                "new",
                                "latest",
                                "recent",
                                "us",
                                "american",
                                "western",
                                "illegal",
                                "unprovoked",
                                "blatant",
                                "flagrant",
                                "brutal",
                                "reckless",
                            ],
                        )
                })
                .inspect(|w| noun = w)
                .is_some_and(|w| {
                    in_list(
                        w,
                        &[
                            "launch",
                            "launches",
                            "attack",
                            "attacks",
                            "strike",
                            "strikes",
                            "test",
                            "tests",
                            "killing",
                            "killings",
                            "bombing",
                            "bombings",
                            "shelling",
                            "invasion",
                            "raid",
                            "raids",
                            "crackdown",
                            "arrest",
                            "arrests",
                            "arrests",
                            "assault",
                            "aggression",
                            "incursion",
                            "execution",
                            "executions",
                            "detention",
                            "shooting",
                            "firing",
                            "provocation",
                            "provocations",
                            "sanctions",
                            "measures",
                            "reimposition",
                            "imposition",
                            "ban",
                            "bans",
                            "restrictions",
                            "expulsion",
                            "expulsions",
                            "decision",
                            "move",
                            "exercises",
                            "drills",
                            "manoeuvres",
                            "maneuvers",
                            "deployment",
                            "blockade",
                            "coup",
                            "takeover",
                            "seizure",
                            "annexation",
                            "occupation",
                            "offensive",
                            "bombardment",
                            "incursions",
                            "act",
                            "acts",
                            "violation",
                            "violations",
                            "breach",
                            "violence",
                        ],
                    )
                }));
    if !anaphor {
        return None;
    }
    // "condemned the strikes": the last act told with that noun, if the document told one
    let stem = noun.get(..noun.len().min(5)).unwrap_or("");
    if stem.len() >= 4 {
        if let Some((_, a)) = view
            .discourse
            .aggressions
            .iter()
            .rev()
            .find(|(words, a)| words.contains(stem) && foreign(a))
        {
            return Some((a.clone(), format!("the author of the {noun} told earlier")));
        }
    }
    // an act told as news before one told as background ("said Assad had launched …"); an
    // attack named by an attack noun before any other act of force
    let attack_noun = in_list(noun, crate::cues::ATTACK_NOUNS);
    view.discourse
        .last_news_assault
        .filter(|_| attack_noun)
        .or(view.discourse.last_news_aggression)
        .and_then(|i| view.discourse.aggressions.get(i))
        .or(view.discourse.aggressions.last())
        .map(|(_, a)| a)
        .filter(|a| foreign(a))
        .map(|a| (a.clone(), "the author of the act it refers to".into()))
}

/// The parties named after "together with" / "along with" following the trigger in its
/// clause, with those coordinated with them ("together with Saudi Arabia, the United Arab
/// Emirates and Egypt").
fn joined_partners(
    view: &SentenceView<'_>,
    t: &TriggerMatch,
    clause: (usize, usize),
) -> Vec<Actor> {
    let Some(rest) = view.text.get(t.span.1..clause.1.max(t.span.1)) else {
        return Vec::new();
    };
    // one pass for "with", then a look at the word before it: this runs for every trigger
    // (with a finder built once, not a substring searcher set up per call)
    static WITH: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::Finder::new("with "));
    let Some(at) = WITH
        .find_iter(rest.as_bytes())
        .map(|i| (i, "with "))
        .find(|(i, _)| {
            let before = rest[..*i].trim_end_matches(' ').as_bytes();
            let word = &before[before.len().saturating_sub(8)..];
            word.eq_ignore_ascii_case(b"together")
                || before.len() >= 5 && before[before.len() - 5..].eq_ignore_ascii_case(b"along")
        })
        .map(|(i, w)| t.span.1 + i + w.len())
    else {
        return Vec::new();
    };
    let mut out: Vec<Actor> = Vec::new();
    let mut from = at;
    for m in view
        .mentions
        .iter()
        .filter(|m| m.span.0 >= at && m.span.1 <= clause.1)
    {
        // only commas, "and" and "the" between the names of the list
        let gap = view.text.get(from..m.span.0).unwrap_or("x");
        let joined = gap
            .split(|c: char| c == ',' || c.is_whitespace())
            .all(|w| w.is_empty() || in_list(w, &["and", "the"]));
        if !joined || m.role != Role::Actor || m.actors.is_empty() {
            break;
        }
        out.extend(view.actors_of(m));
        from = m.span.1;
    }
    out
}

/// Where a determiner starts the object held inside a gapless trigger ("regretted the
/// decision" → "the decision"), as a byte offset into the trigger text.
fn inner_determiner(trigger: &str) -> Option<usize> {
    let lower = trigger.to_ascii_lowercase();
    [" the ", " this ", " that ", " these ", " those "]
        .iter()
        .filter_map(|d| lower.find(d).map(|i| i + 1))
        .min()
}

/// The parties to a cooperative act told earlier that a welcome names by a definite noun
/// ("welcomed the release", "welcomed the agreement"): the last act told with that noun, else
/// the last cooperative act of the document; never the welcomer itself.
fn welcomed_act(
    view: &SentenceView<'_>,
    t: &TriggerMatch,
    actor_refs: &[&str],
) -> Option<(Vec<Actor>, String)> {
    let rest = view.text.get(t.span.1..)?;
    let mut words = rest
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    if !in_list(words.next()?, &["the", "this", "these", "that", "today"]) {
        return None;
    }
    let noun = words.next()?.to_ascii_lowercase();
    if view
        .mentions
        .iter()
        .any(|m| m.span.0 >= t.span.1 && m.span.0 <= t.span.1 + 40)
    {
        return None;
    }
    let stem = noun.get(..noun.len().min(5)).unwrap_or("");
    let foreign =
        |a: &[Actor]| !a.is_empty() && !a.iter().any(|x| actor_refs.contains(&x.code.as_str()));
    let acts = &view.discourse.accords;
    acts.iter()
        .rev()
        .find(|(w, a)| stem.len() >= 4 && w.contains(stem) && foreign(a))
        .or_else(|| acts.iter().rev().find(|(_, a)| foreign(a)))
        .map(|(_, a)| {
            let mut parties: Vec<Actor> = Vec::new();
            for x in a {
                if !parties.iter().any(|p| p.code == x.code) {
                    parties.push(x.clone());
                }
            }
            (parties, format!("the parties to the {noun} welcomed"))
        })
}

/// Codes of actors joined with "+", for explanations.
fn codes(actors: &[Actor]) -> String {
    actors
        .iter()
        .map(|a| a.code.as_str())
        .collect::<Vec<_>>()
        .join("+")
}

/// The government of a state, as an unnamed actor (an implied authority or target).
/// Where an unnamed protest happens: a place the clause names after the trigger ("protests in
/// Dhaka", "spread to dozens of cities in Iran"), else the story's place; a dateline is no
/// protest's place unless the story has no other.
fn protest_place(
    view: &SentenceView<'_>,
    t: &TriggerMatch,
    clause: (usize, usize),
) -> Option<(String, String)> {
    if let Some(m) = view.mentions.iter().find(|m| {
        m.role == Role::Location
            && m.span.0 >= t.span.1
            && m.span.1 <= clause.1
            && m.why != crate::mentions::DATELINE
            && m.actors.len() == 1
    }) {
        return Some((
            m.actors[0].code.as_str().to_owned(),
            format!("{:?}", m.text),
        ));
    }
    view.discourse
        .place
        .clone()
        .map(|p| (p, "the story's place".to_string()))
        // "BUDAPEST, Feb 10 - … after a week of protests": in the lead, before any place is
        // told, the one state the story is about
        .or_else(|| {
            view.discourse.home.as_ref().map(|h| {
                (
                    h.code.as_str().to_owned(),
                    "the state the story is about".to_string(),
                )
            })
        })
}

/// Modes a lexicon row left open, read from the words the trigger governs: what a request
/// asks for ("called on the UN … to ensure funding" → assist), what a threat threatens (force
/// unless sanctions, expulsions or arrests are named), what an attack was carried out with.
fn open_mode(ty: EventType, text: &str, span: (usize, usize), end: usize) -> Vec<&'static str> {
    const CHANGE: &[&str] = &[
        "stop",
        "cease",
        "refrain",
        "halt",
        "end",
        "respect",
        "abide",
        "restraint",
        "reverse",
        "lift",
        "drop",
        "comply",
        "change",
        "correct",
        "prevent",
        "investigate",
    ];
    const YIELD: &[&str] = &[
        "release",
        "free",
        "withdraw",
        "resign",
        "return",
        "surrender",
        "withdrawal",
    ];
    const ASSIST: &[&str] = &[
        "provide",
        "help",
        "use",
        "play",
        "ensure",
        "support",
        "send",
        "assist",
        "contribute",
        "fund",
        "supply",
        "deliver",
        "assistance",
        "aid",
        "funding",
    ];
    const MEET: &[&str] = &["talks", "negotiate", "negotiations", "dialogue", "meet"];
    // (the lists are lower case and compared ASCII case-insensitively: the words are read in
    // place, not lower-cased copies)
    let words_in = |from: usize, to: usize| {
        text.get(from..to.min(text.len()))
            .unwrap_or("")
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
    };
    let words = |from: usize, to: usize| words_in(from, to).collect::<Vec<_>>();
    match ty {
        EventType::Request => {
            for w in words_in(span.0, end).take(24) {
                if in_list(w, CHANGE) {
                    return vec!["change"];
                }
                if in_list(w, YIELD) {
                    return vec!["yield"];
                }
                if in_list(w, ASSIST) {
                    return vec!["assist"];
                }
                if in_list(w, MEET) {
                    return vec!["meet"];
                }
            }
            Vec::new()
        }
        EventType::Threaten => {
            let ws = words(span.0, end);
            let has = |list: &[&str]| ws.iter().any(|w| in_list(w, list));
            if has(&[
                "sanction",
                "sanctions",
                "tariffs",
                "tariff",
                "ban",
                "restrictions",
                "penalties",
            ]) {
                vec!["restrict"]
            } else if has(&["expel", "expulsion", "deport", "home"]) {
                vec!["expel"]
            } else if has(&["arrest", "arrests", "jail", "prosecute", "leniency"]) {
                vec!["arrest"]
            } else {
                vec!["violence"]
            }
        }
        EventType::Assault => {
            let from = text
                .get(..span.0)
                .and_then(|h| h.char_indices().rev().nth(40).map(|(i, _)| i))
                .unwrap_or(0);
            let ws = words(from, span.1.max(end.min(span.1 + 60)));
            let mut out = Vec::new();
            let mut add = |list: &[&str], mode: &'static str| {
                if ws.iter().any(|w| in_list(w, list)) && !out.contains(&mode) {
                    out.push(mode);
                }
            };
            add(&["drone", "drones"], "drone");
            add(
                &[
                    "air",
                    "airstrike",
                    "airstrikes",
                    "warplanes",
                    "jets",
                    "bombers",
                    "missile",
                    "missiles",
                    "bombing",
                    "bombed",
                    "aerial",
                ],
                "aerial",
            );
            add(
                &[
                    "artillery",
                    "shelling",
                    "shelled",
                    "mortar",
                    "mortars",
                    "tank",
                    "tanks",
                ],
                "heavy-weapons",
            );
            out
        }
        _ => Vec::new(),
    }
}

/// The source named inside a nominal aid trigger or right after its first word ("an aircraft
/// from the UAE carrying food", "rescue teams from Spain").
fn aid_source(view: &SentenceView<'_>, t: &TriggerMatch) -> Option<usize> {
    let head = crate::arguments::head_end(t);
    // "Armenian trucks carrying food": the state adjective right before the trigger
    if let Some(i) = view.mentions.iter().position(|m| {
        matches!(m.source, Source::Named(readout_kb::MentionKind::Adjective))
            && m.actors.len() == 1
            && m.span.1 <= t.span.0
            && view
                .text
                .get(m.span.1..t.span.0)
                .is_some_and(|g| g.trim().is_empty())
    }) {
        return Some(i);
    }
    view.mentions.iter().position(|m| {
        (m.prep == Some("from")
            || crate::words::prev_word(view.text, m.span.0).eq_ignore_ascii_case("from")
            || crate::words::prev_word(view.text, m.span.0).eq_ignore_ascii_case("the")
                && view.text[..m.span.0].trim_end().ends_with("from the"))
            && m.span.0 >= head
            && (m.span.1 <= t.span.1
                || view
                    .text
                    .get(t.span.1..m.span.0)
                    .is_some_and(|g| g.split_whitespace().count() <= 3 && !g.contains(',')))
            && !m.actors.is_empty()
    })
}

/// The target of the same actor's act just before, when the trigger is coordinated with it
/// ("imposed sanctions on Niger and threatened to use force").
fn shared_target(
    text: &str,
    t: &TriggerMatch,
    out: &[Draft],
    actor_refs: &[&str],
    triggers: &[TriggerMatch],
) -> Option<(Vec<Actor>, String)> {
    let d = out.last()?;
    let same_actor = d.actor.len() == actor_refs.len()
        && d.actor
            .iter()
            .all(|a| actor_refs.contains(&a.code.as_str()));
    let conflict = |ty: EventType| {
        matches!(
            ty,
            EventType::Accuse
                | EventType::Threaten
                | EventType::Request
                | EventType::Sanction
                | EventType::Coerce
                | EventType::Assault
                | EventType::Mobilize
        )
    };
    let cooperative = |ty: EventType| {
        matches!(
            ty,
            EventType::Agree
                | EventType::Support
                | EventType::Aid
                | EventType::Cooperate
                | EventType::Retreat
                | EventType::Concede
        )
    };
    // "Germany delivered tanks to Ukraine, Berlin said, and promised more": a promise shares
    // the target of the help before it, a threat that of the pressure before it
    let same_family = (conflict(d.event_type) && conflict(t.event_type))
        || (cooperative(d.event_type) && cooperative(t.event_type))
        || (conflict(d.event_type) && !cooperative(t.event_type));
    if !same_actor
        || !same_family
        || d.recipient.is_empty()
        || d.trigger_span.1 > t.span.0
        || d.aux.is_some()
        || text
            .get(d.trigger_span.1..t.span.0)
            .is_none_or(|g| g.contains(['.', ';']) || g.len() > 120)
        || !is_coordinated(text, d.trigger_span.1, t.span.0, triggers)
    {
        return None;
    }
    Some((
        d.recipient.clone(),
        format!("the target of the {} it is coordinated with", d.event_type),
    ))
}

/// The state a passive act with no agent happened in or was expelled from: a place (or a
/// state) named after the trigger with "in"/"at"/"from", not the subject's own state.
fn passive_place(
    view: &SentenceView<'_>,
    t: &TriggerMatch,
    clause: (usize, usize),
    subject: &[Actor],
) -> Option<(String, String)> {
    view.mentions
        .iter()
        .find(|m| {
            m.span.0 >= t.span.1
                && m.span.1 <= clause.1
                // ("was arrested at Manila's airport": the place the act happened at)
                && matches!(m.prep, Some("in") | Some("from") | Some("at"))
                && matches!(m.role, Role::Location | Role::Actor)
                && m.why != crate::mentions::DATELINE
                && m.actors.len() == 1
                && !subject.iter().any(|a| a.code == m.actors[0].code)
        })
        .map(|m| {
            (
                m.actors[0].code.as_str().to_owned(),
                format!("{:?}", m.text),
            )
        })
}

/// "called on the world to punish Moscow", "urged the international community to act": a
/// request addressed to everyone asks no one in particular (the party named later is its
/// subject matter, not its addressee).
fn addressed_to_no_one_named(text: &str, t: &TriggerMatch) -> bool {
    let mut after = text
        .get(crate::arguments::head_end(t)..)
        .unwrap_or("")
        .trim_start();
    // ("called on … to stop": the addressee stands after "on")
    for on in ["on ", "upon "] {
        if after.len() > on.len()
            && after.as_bytes()[..on.len()].eq_ignore_ascii_case(on.as_bytes())
        {
            after = after[on.len()..].trim_start();
        }
    }
    crate::cues::EVERYONE.iter().any(|p| {
        after.len() > p.len()
            && after.as_bytes()[..p.len()].eq_ignore_ascii_case(p.as_bytes())
            && after[p.len()..].starts_with([' ', ','])
    })
}

/// "Bagchi said, a day after Beijing said the drills violated the agreements": a second
/// sayer inside the reported words, right before the trigger, is the one who says it.
fn nearer_sayer<'v>(
    view: &'v SentenceView<'_>,
    sp: &crate::Speech,
    t: &TriggerMatch,
) -> Option<&'v [Actor]> {
    view.mentions
        .iter()
        .rev()
        .filter(|m| m.span.0 >= sp.content.0 && m.span.1 <= t.span.0)
        .find(|m| {
            m.role == Role::Actor
                && !m.actors.is_empty()
                && crate::words::word_after(view.text, m.span.1).is_some_and(|(s, e)| {
                    in_list(
                        &view.text[s..e],
                        &["said", "says", "claimed", "alleged", "insisted", "charged"],
                    )
                })
        })
        .map(|m| &m.actors[..])
}

/// The party a speaker's judgement falls on when it has no subject of its own: the last one
/// named in the reported words before it, other than the speaker.
fn judged_party<'v>(
    view: &'v SentenceView<'_>,
    t: &TriggerMatch,
) -> Option<(usize, &'v crate::mentions::Mention)> {
    let sp = view.speech.filter(|s| !s.speaker.is_empty())?;
    if t.span.0 < sp.content.0 {
        return None;
    }
    view.mentions.iter().enumerate().rev().find(|(_, m)| {
        m.span.0 >= sp.content.0
            && m.span.1 <= t.span.0
            && m.role == Role::Actor
            && !m.actors.is_empty()
            && !m
                .actors
                .iter()
                .any(|a| sp.speaker.iter().any(|s| s.code == a.code))
    })
}

/// "Two soldiers were killed when gunmen attacked a checkpoint": the subject of a
/// when-clause right after a passive act is its agent.
fn when_agent<'v>(
    view: &'v SentenceView<'_>,
    t: &TriggerMatch,
    clause: (usize, usize),
) -> Option<(usize, &'v crate::mentions::Mention)> {
    if !crate::arguments::material_act(t.event_type) {
        return None;
    }
    view.mentions.iter().enumerate().find(|(_, m)| {
        m.span.0 >= t.span.1
            && m.span.1 <= clause.1
            && m.role == Role::Actor
            && !m.actors.is_empty()
            && !m.possessive
            && text_between_ends_with_when(view.text, t.span.1, m.span.0)
    })
}

/// Does the text from `from` to `to` end with "when", past an article, with no clause break
/// in it? ("as" is left out: "arrested as China sanctions …" is "while", not "when".)
fn text_between_ends_with_when(text: &str, from: usize, to: usize) -> bool {
    let Some(gap) = text.get(from..to) else {
        return false;
    };
    !gap.contains([',', ';', '(', ')', '"'])
        && gap.split_whitespace().count() <= 6
        && crate::words::word_before_past(text, to, &["the", "a", "an"])
            .is_some_and(|(s, e)| text[s..e].eq_ignore_ascii_case("when"))
}

/// Who carried out an attack told in the passive with no agent: the party it was fought
/// with ("killed in a clash with Chinese troops"), or the state an attack noun after the act
/// is named for ("killed in a Russian missile strike"). The place alone does not say: "killed
/// inside its consulate in Istanbul".
fn unnamed_attacker<'v>(
    view: &'v SentenceView<'_>,
    t: &TriggerMatch,
    clause: (usize, usize),
) -> Option<&'v crate::mentions::Mention> {
    if t.event_type != EventType::Assault {
        return None;
    }
    let after = |m: &&crate::mentions::Mention| {
        m.span.0 >= t.span.1 && m.span.1 <= clause.1 && m.actors.len() == 1
    };
    let fought_with = || {
        view.mentions.iter().filter(after).find(|m| {
            m.role == Role::Actor
                && m.prep == Some("with")
                && crate::words::word_before_past(view.text, m.span.0, &["with"]).is_some_and(
                    |(s, e)| {
                        in_list(
                            &view.text[s..e],
                            &["clash", "clashes", "fighting", "battle", "firefight"],
                        )
                    },
                )
        })
    };
    let named_for = || {
        view.mentions.iter().filter(after).find(|m| {
            m.role == Role::Weak
                && crate::words::word_after(view.text, m.span.1)
                    .is_some_and(|(s, e)| in_list(&view.text[s..e], crate::cues::ATTACK_NOUNS))
        })
    };
    fought_with().or_else(named_for)
}

/// "U.S. ambassador killed in attack on Benghazi consulate": a headline drops the
/// auxiliary, so a casualty participle right after its noun, followed by how or where, is a
/// passive.
fn headline_casualty(
    text: &str,
    t: &TriggerMatch,
    subject: Option<&crate::mentions::Mention>,
) -> bool {
    t.event_type == EventType::Assault
        && in_list(&t.text, &["killed", "wounded", "injured", "hurt"])
        && crate::words::word_after(text, t.span.1).is_some_and(|(s, e)| {
            in_list(
                &text[s..e],
                &["in", "by", "as", "during", "near", "at", "after", "while"],
            )
        })
        && subject.is_some_and(|m| headline_participle(text, t, m))
}

/// Is `text` a headline (no closing punctuation) with the mention `m` right before the
/// participle `t`, where a sentence would have its auxiliary ("Imran Khan arrested")?
fn headline_participle(text: &str, t: &TriggerMatch, m: &crate::mentions::Mention) -> bool {
    !text.trim_end().ends_with(['.', '!', '?', '"'])
        && text
            .get(m.span.1..t.span.0)
            .is_some_and(|gap| gap.trim().is_empty())
}

/// "Imran Khan arrested; supporters storm army buildings": a headline drops the auxiliary,
/// so a person of no state authority right before an arrest verb is arrested, not arresting.
fn headline_arrest(
    text: &str,
    t: &TriggerMatch,
    subject: Option<&crate::mentions::Mention>,
) -> bool {
    t.event_type == EventType::Coerce
        && in_list(
            &t.text,
            &[
                "arrested",
                "detained",
                "jailed",
                "held",
                "taken into custody",
            ],
        )
        && subject.is_some_and(|m| {
            headline_participle(text, t, m)
                && m.actors.len() == 1
                && (m.actors[0]
                    .sector
                    .as_deref()
                    .is_some_and(|s| in_list(s, crate::cues::PEOPLE_SECTORS))
                    || named_as_former(text, m))
        })
}

/// "called for an immediate ceasefire in Gaza", "an end to the fighting in Sudan": a request
/// with no one named is made of the state of the place its object names (right after it, in
/// the same phrase).
fn request_place(
    view: &SentenceView<'_>,
    ty: EventType,
    t: &TriggerMatch,
    clause: (usize, usize),
    actor: &[Actor],
) -> Option<(Vec<Actor>, String)> {
    if ty != EventType::Request {
        return None;
    }
    let m = view
        .mentions
        .iter()
        .find(|m| m.span.0 >= t.span.1 && m.span.1 <= clause.1 && m.role == Role::Location)?;
    let gap = view.text.get(t.span.1..m.span.0)?;
    let near = m.prep == Some("in")
        && !gap.contains([',', ';'])
        && gap.split_whitespace().count() <= 6
        && m.why != crate::mentions::DATELINE
        && m.actors.len() == 1
        && !actor.iter().any(|a| a.code == m.actors[0].code);
    near.then(|| {
        (
            vec![government_of(m.actors[0].code.clone())],
            format!("{:?}", m.text),
        )
    })
}

/// "…, a charge Baku dismissed as baseless" (a verbal act in a relative clause without
/// pronoun), "…, prompting Pakistan to downgrade ties" (an act prompted by the main clause):
/// the act answers the main clause's subject.
fn charge_answered(
    view: &SentenceView<'_>,
    t: &TriggerMatch,
    actor: &[Actor],
) -> Option<(Vec<Actor>, String)> {
    let own = view.prompted_subject(t).or_else(|| {
        is_verbal(t.event_type)
            .then(|| view.contact_clause_subject(t))
            .flatten()
    })?;
    let main = view.mentions[..own].iter().find(|m| {
        m.role == Role::Actor
            && m.prep.is_none()
            && !m.actors.is_empty()
            && !m
                .actors
                .iter()
                .any(|a| actor.iter().any(|b| b.code == a.code))
    })?;
    Some((view.actors_of(main), format!("{:?}", main.text)))
}

/// Verbs of hostile acts that, right after "decided to" or "plans to", make the intention no
/// agreement.
const HOSTILE_VERBS: &[&str] = &[
    "expel",
    "suspend",
    "sever",
    "cut",
    "close",
    "recall",
    "halt",
    "ban",
    "impose",
    "sanction",
    "strike",
    "attack",
    "expropriate",
    "nationalise",
    "nationalize",
    "freeze",
    "terminate",
    "revoke",
    "downgrade",
    "boycott",
    "block",
    "arrest",
    "detain",
    "deport",
    "declare",
    "retaliate",
    "invade",
    "bomb",
    "shell",
];

/// An intention trigger ("decided to", "decision to", "plans to") whose verb is a hostile act.
fn hostile_intention(text: &str, t: &TriggerMatch) -> bool {
    t.event_type == EventType::Agree
        && t.flags.intention
        && crate::words::ends_with_ascii_ci(&t.text, " to")
        && crate::words::word_after(text, t.span.1)
            .is_some_and(|(s, e)| in_list(&text[s..e], HOSTILE_VERBS))
}

/// "would impose further sanctions", "will take appropriate measures": measures promised for
/// later but not yet named are a threat, unlike "will expel 23 diplomats" or "would immediately
/// impose additional tariffs of 34%", a decision announced with its terms.
fn unspecified_measures(text: &str, t: &TriggerMatch) -> bool {
    let Some(span) = text.get(t.span.0..t.span.1) else {
        return false;
    };
    let vague = span.split(|c: char| !c.is_ascii_alphabetic()).any(|w| {
        ["further", "more", "additional", "tougher", "appropriate"]
            .iter()
            .any(|q| w.eq_ignore_ascii_case(q))
    });
    let terms_given = text[t.span.0..].bytes().any(|b| b.is_ascii_digit())
        || crate::words::word_before(text, t.span.0)
            .is_some_and(|(s, e)| text[s..e].eq_ignore_ascii_case("immediately"));
    vague && !terms_given
}

/// The reporter of a refusal or denial in reported speech ("X has refused to step down, ECOWAS
/// said"), when the reporter is a known party other than the actor: the one the refusal answers.
fn refusal_reported_by(
    view: &SentenceView<'_>,
    t: &TriggerMatch,
    actor: &[Actor],
) -> Option<Vec<Actor>> {
    if t.event_type != EventType::Reject {
        return None;
    }
    let sp = view.speech.filter(|sp| {
        !sp.speaker.is_empty()
            && !sp.carried
            && t.span.0 >= sp.content.0
            && t.span.1 <= sp.content.1
            // the reported words' own main clause ("…, sentenced after he refused to go into
            // exile, was freed, the Vatican said" reports no refusal to the Vatican)
            && view
                .text
                .get(sp.content.0..t.span.0)
                .is_some_and(|before| !before.contains(','))
    })?;
    let foreign = sp
        .speaker
        .iter()
        .all(|s| actor.iter().all(|a| a.code != s.code));
    foreign.then(|| sp.speaker.clone())
}

/// "after talks between …", "following a meeting with …": a contact opening a temporal phrase
/// (other acts there are causes, read by `topic_only`, or their own clause's).
fn told_as_time_before(text: &str, t: &TriggerMatch) -> bool {
    if t.event_type != EventType::Consult {
        return false;
    }
    crate::words::word_before_past(
        text,
        t.span.0,
        &["the", "a", "an", "their", "his", "her", "its"],
    )
    .is_some_and(|(s, e)| in_list(&text[s..e], &["after", "following"]))
}

/// "former President …", "ex-minister …": a mention that names someone by an office they no
/// longer hold.
fn named_as_former(text: &str, m: &crate::mentions::Mention) -> bool {
    let starts = |p: &str| {
        m.text
            .get(..p.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(p))
    };
    starts("former ")
        || starts("ex-")
        || in_list(crate::words::prev_word(text, m.span.0), &["former", "ex"])
}

/// Who summoned the subject of a passive "was summoned" with no agent: the state of the
/// ministry it was summoned to ("to the Polish foreign ministry"), else the government issuing
/// the statement, else the state the story is filed from; never the subject's own state.
fn summoning_state(
    view: &SentenceView<'_>,
    t: &TriggerMatch,
    clause: (usize, usize),
    subject: &[Actor],
) -> Option<(String, String)> {
    if subject.is_empty() {
        return None;
    }
    let foreign = |code: &str| !subject.iter().any(|a| a.code == code);
    if let Some(m) = view.mentions.iter().find(|m| {
        m.span.0 >= t.span.1
            && m.span.1 <= clause.1
            && m.prep == Some("to")
            && m.actors.len() == 1
            && foreign(m.actors[0].code.as_str())
    }) {
        return Some((
            m.actors[0].code.as_str().to_owned(),
            format!("{:?}", m.text),
        ));
    }
    if let Some(a) = view
        .discourse
        .author
        .as_ref()
        .filter(|a| foreign(a.code.as_str()))
    {
        return Some((a.code.as_str().to_owned(), "the issuing government".into()));
    }
    view.discourse
        .place
        .as_deref()
        .filter(|p| foreign(p))
        .map(|p| (p.to_string(), "the story's place".into()))
}

/// How many different codes a list of actors holds.
fn distinct_codes(actors: &[Actor]) -> usize {
    let mut codes: Vec<&str> = actors.iter().map(|a| a.code.as_str()).collect();
    codes.sort_unstable();
    codes.dedup();
    codes.len()
}

fn government_of(code: impl Into<SharedStr>) -> Actor {
    Actor {
        sector: Some("GOV".into()),
        ..Actor::code("", code)
    }
}

/// "Britain and the US carried out strikes on more than 60 targets …" after "US, Britain strike
/// Houthi targets in Yemen": an attack or deployment told with no target by actors that the
/// document shows attacking or deploying against someone is the same act, told again; dropped
/// (its modes join the targeted one). Historical, negated and hypothetical acts stay.
pub(crate) fn drop_untargeted_force(events: &mut Vec<readout_model::Event>) {
    let force = |e: &readout_model::Event| {
        matches!(e.event_type, EventType::Assault | EventType::Mobilize) && e.aux.is_none()
    };
    let mut k = 0;
    while k < events.len() {
        let e = &events[k];
        let actors = e.actor_codes();
        let target = (force(e) && e.recipient.is_empty())
            .then(|| {
                events.iter().position(|o| {
                    force(o)
                        && o.event_type == e.event_type
                        && !o.recipient.is_empty()
                        && o.actor_codes() == actors
                })
            })
            .flatten();
        match target {
            Some(o) => {
                let gone = events.remove(k);
                let o = if o > k { o - 1 } else { o };
                for m in gone.mode {
                    if !events[o].mode.contains(&m) {
                        events[o].mode.push(m);
                    }
                }
            }
            None => k += 1,
        }
    }
}
