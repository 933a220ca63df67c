//! CONSULT details: mode (phone, visit, third-party, multilateral), location, visitor and host,
//! and the initiator of a contact ("at the latter's request", "at the invitation of X").

use crate::mentions::{Mention, Role, Source};
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use readout_kb::MentionKind;
use std::sync::LazyLock;

/// Words that make a contact a phone or video call.
const PHONE_CUES: &[&str] = &[
    "phone",
    "telephone",
    "video call",
    "videoconference",
    "video conference",
    "video link",
    "videolink",
    "virtual meeting",
    "virtual summit",
    "virtual talks",
    "video meeting",
    "call with",
    "a call",
    "the call",
    "calls with",
    "by video",
    "online meeting",
    "online talks",
];
/// Words that make a contact a visit.
const VISIT_CUES: &[&str] = &[
    "visit",
    "visited",
    "visiting",
    "visits",
    "arrived in",
    "travelled to",
    "traveled to",
    "trip to",
    "tour of",
    "received",
    "hosted",
    "welcomed",
    "in the capital",
];
/// Words that place a contact in a multilateral setting.
const MULTILATERAL_CUES: &[&str] = &[
    "margins of",
    "sidelines of",
    "sideline of",
    "fringes of",
    "margin of",
    "summit",
    "ministerial meeting",
    "conference",
    "forum",
    "general assembly",
    "council meeting",
];
/// Phrases announcing who asked for a contact.
const INITIATOR_CUES: &[&str] = &[
    "request",
    "invitation",
    "invited by",
    "initiative",
    "initiated by",
    "requested by",
    "call from",
    "placed by",
    "call by",
    "called",
    "phoned",
    "telephoned",
];

/// "Putin called Erdogan", "He phoned his counterpart": verbs of placing a call, whose
/// subject is the caller when an actor follows at once (not "called on", "called for").
const CALLING_VERBS: &[&str] = &[" called ", " phoned ", " telephoned "];

/// What the sentence says about how a contact took place.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct ConsultSetting {
    /// PLOVER modes of the contact.
    pub modes: Vec<String>,
    /// The place named for it ("Beijing", "Dushanbe").
    pub location: Option<String>,
    /// Code of the state the place belongs to.
    pub location_code: Option<String>,
}

/// All mode cues in one automaton, tagged by list (0 phone, 1 visit, 2 multilateral).
static MODE_CUES: LazyLock<(AhoCorasick, Vec<u8>)> = LazyLock::new(|| {
    let mut pats: Vec<&str> = Vec::new();
    let mut tags = Vec::new();
    for (tag, list) in [PHONE_CUES, VISIT_CUES, MULTILATERAL_CUES]
        .iter()
        .enumerate()
    {
        for p in *list {
            pats.push(p);
            tags.push(tag as u8);
        }
    }
    let ac = AhoCorasickBuilder::new()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::Standard)
        .build(&pats)
        .unwrap_or_else(|_| unreachable!("static patterns compile"));
    (ac, tags)
});

/// Which cue lists (phone, visit, multilateral) occur as whole words in `sentence`.
fn cue_lists(sentence: &str) -> [bool; 3] {
    let (ac, tags) = &*MODE_CUES;
    let mut found = [false; 3];
    for m in ac.find_overlapping_iter(sentence) {
        if crate::words::is_whole_word(sentence, m.start(), m.end()) {
            found[tags[m.pattern().as_usize()] as usize] = true;
        }
    }
    found
}

/// Reads the CONSULT modes of `sentence` given its mentions and the contact's participant codes.
pub(crate) fn setting(
    sentence: &str,
    mentions: &[Mention],
    participants: &[&str],
) -> ConsultSetting {
    let [phone, visit, multilateral] = cue_lists(sentence);
    let mut out = ConsultSetting::default();
    if phone {
        out.modes.push("phone".into());
    }
    // a place: a location-role capital or state
    let place = mentions.iter().find(|m| {
        m.role == Role::Location
            && matches!(
                m.source,
                Source::Named(MentionKind::Capital) | Source::Named(MentionKind::State)
            )
            && !m.actors.is_empty()
            && is_venue(sentence, m)
    });
    let igo_setting = mentions.iter().any(|m| {
        matches!(m.source, Source::Named(MentionKind::Organisation))
            && m.actors.iter().any(|a| a.sector.as_deref() == Some("IGO"))
            && (m.role == Role::Location || m.prep.is_some())
    });
    if let Some(p) = place {
        out.location = Some(p.text.clone());
        out.location_code = p.actors.first().map(|a| a.code.as_str().to_owned());
    }
    if out.modes.is_empty() {
        let in_participant = out
            .location_code
            .as_deref()
            .is_some_and(|c| participants.contains(&c));
        if in_participant || (visit && out.location_code.is_none()) {
            out.modes.push("visit".into());
        }
        if let Some(c) = out.location_code.as_deref() {
            if !participants.contains(&c) && !participants.is_empty() {
                out.modes.push("third-party".into());
            }
        }
    }
    if multilateral || igo_setting {
        out.modes.push("multilateral".into());
    }
    out.modes.dedup();
    out
}

/// Is a place the venue of the contact ("met in Beijing", "held in the capital of Tajikistan,
/// Dushanbe", "talks in Moscow on Monday") rather than a topic ("the situation in Afghanistan")?
fn is_venue(sentence: &str, m: &Mention) -> bool {
    let Some((ps, _)) = crate::words::word_before(sentence, m.span.0).and_then(|(s, e)| {
        // skip a determiner: "in the capital"
        if crate::cues::in_list(&sentence[s..e], &["the"]) {
            crate::words::word_before(sentence, s)
        } else {
            Some((s, e))
        }
    }) else {
        // "…, Dushanbe" in apposition to "the capital of X"
        return sentence[..m.span.0].trim_end().ends_with(',');
    };
    let head = crate::words::prev_word(sentence, ps);
    head.is_empty()
        || head.chars().next().is_some_and(char::is_uppercase)
        || crate::cues::is_actor_noun(head)
        || head.ends_with("day")
        || head.ends_with("ed")
        || crate::cues::in_list(
            head,
            &[
                "met",
                "meet",
                "meets",
                "meeting",
                "meetings",
                "talks",
                "visit",
                "visits",
                "summit",
                "conference",
                "session",
                "forum",
                "held",
                "hold",
                "holds",
                "capital",
                "here",
                "today",
                "yesterday",
                "spoke",
                "consultations",
                "negotiations",
                "dialogue",
                "arrived",
                "ceremony",
                "gathering",
                "discussions",
                "is",
                "are",
                "was",
                "were",
            ],
        )
}

/// Openings of "received a phone call today from X": the caller is the initiator.
const CALL_RECEIVED_CUES: &[&str] = &["received a ", "received the ", "took a ", "answered a "];

/// [`INITIATOR_CUES`] and [`CALL_RECEIVED_CUES`] in one automaton (any ASCII case): a
/// sentence with none of them names no initiator.
static INITIATOR_CUE_SET: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasickBuilder::new()
        .ascii_case_insensitive(true)
        .build(INITIATOR_CUES.iter().chain(CALL_RECEIVED_CUES))
        .unwrap_or_else(|_| unreachable!("static patterns compile"))
});

/// Substring finders for [`INITIATOR_CUES`], [`CALL_RECEIVED_CUES`] and [`CALLING_VERBS`]
/// (in list order), built once: `str::find` would set up a searcher per cue and sentence.
struct CueFinders {
    initiator: Vec<memchr::memmem::Finder<'static>>,
    call_received: Vec<memchr::memmem::Finder<'static>>,
    calling: Vec<memchr::memmem::Finder<'static>>,
}

/// See [`CueFinders`].
static CUE_FINDERS: LazyLock<CueFinders> = LazyLock::new(|| {
    let finders = |list: &'static [&'static str]| {
        list.iter()
            .map(|c| memchr::memmem::Finder::new(*c))
            .collect()
    };
    CueFinders {
        initiator: finders(INITIATOR_CUES),
        call_received: finders(CALL_RECEIVED_CUES),
        calling: finders(CALLING_VERBS),
    }
});

/// The code of whoever asked for the contact, from "at the request of X", "at X's request",
/// "at the invitation of X", "invited by X".
pub(crate) fn initiator(sentence: &str, mentions: &[Mention]) -> Option<(String, String)> {
    // one scan for any cue at all settles most sentences
    if !INITIATOR_CUE_SET.is_match(sentence) {
        return None;
    }
    let lower = sentence.to_ascii_lowercase();
    let finders = &*CUE_FINDERS;
    // "received a phone call today from X", "received a call on Monday from X"
    if let Some(at) = finders
        .call_received
        .iter()
        .filter_map(|f| f.find(lower.as_bytes()))
        .min()
    {
        let tail = &lower[at..];
        if let Some(call) = tail.find("call") {
            let after = at + call + 4;
            let window_end = (after + 40).min(lower.len());
            if let Some(f) = lower.get(after..window_end).and_then(|w| w.find(" from ")) {
                let from_end = after + f + 6;
                if let Some(m) = mentions.iter().find(|m| {
                    m.span.0 >= from_end && m.span.0 <= from_end + 8 && !m.actors.is_empty()
                }) {
                    return Some((
                        m.actors[0].code.as_str().to_owned(),
                        format!("{:?}: the caller", m.text),
                    ));
                }
            }
        }
    }
    if let Some(found) = caller_subject(&lower, mentions) {
        return Some(found);
    }
    for (cue, finder) in INITIATOR_CUES.iter().zip(&finders.initiator) {
        if CALLING_VERBS.iter().any(|v| v.trim() == *cue) {
            continue;
        }
        let Some(at) = finder.find(lower.as_bytes()) else {
            continue;
        };
        let end = at + cue.len();
        // "at the request of", "at X's invitation", "upon the invitation", "on the initiative of":
        // a request for weapons or an invitation to a summit names no initiator of this contact
        // "received a phone call from X", "a call placed by X": the caller initiates
        let caller_cue = cue.starts_with("call") || cue.starts_with("placed");
        if !cue.ends_with("by") && !caller_cue {
            let mut from = at.saturating_sub(30);
            while !lower.is_char_boundary(from) {
                from += 1;
            }
            let window = &lower[from..at];
            let framed = [" at ", " upon ", " on "]
                .iter()
                .any(|p| window.contains(p))
                || window.starts_with("at ")
                || window.starts_with("upon ")
                || window.starts_with("on ")
                || from == 0 && ["at ", "upon ", "on "].iter().any(|p| lower.starts_with(p));
            if !framed {
                continue;
            }
        }
        // "X's request" / "the latter's request": possessor right before the cue
        if let Some(m) = mentions
            .iter()
            .rev()
            .find(|m| m.span.1 <= at && m.possessive && at - m.span.1 <= 4)
        {
            if let Some(a) = m.actors.first() {
                return Some((
                    a.code.as_str().to_owned(),
                    format!("{:?} before {cue:?}", m.text),
                ));
            }
        }
        // "request of X" / "invited by X"
        if let Some(m) = mentions
            .iter()
            .find(|m| m.span.0 >= end && m.span.0 <= end + 8 && !m.actors.is_empty())
        {
            let between = lower[end..m.span.0].trim();
            if between.is_empty()
                || matches!(
                    between,
                    "of" | "of the"
                        | "by"
                        | "by the"
                        | "of his"
                        | "of her"
                        | "of its"
                        | "of their"
                        | "by his"
                        | "by her"
                        | "by its"
                        | "by their"
                        // "at the invitation of HM the King"
                        | "of hm"
                        | "of h.m."
                )
                || cue.ends_with("by")
                || caller_cue
            {
                return Some((
                    m.actors[0].code.as_str().to_owned(),
                    format!("{:?} after {cue:?}", m.text),
                ));
            }
        }
    }
    None
}

/// "Putin called Erdogan on Monday": the subject right before a calling verb whose object
/// follows at once is the caller.
fn caller_subject(lower: &str, mentions: &[Mention]) -> Option<(String, String)> {
    for (verb, finder) in CALLING_VERBS.iter().zip(&CUE_FINDERS.calling) {
        let Some(at) = finder.find(lower.as_bytes()) else {
            continue;
        };
        let end = at + verb.len();
        let object = mentions.iter().find(|m| {
            m.span.0 >= end
                && !m.actors.is_empty()
                && matches!(
                    lower[end..m.span.0].trim(),
                    "" | "his" | "her" | "their" | "its" | "the"
                )
        });
        let subject = mentions
            .iter()
            .rev()
            .find(|m| m.span.1 <= at && at - m.span.1 <= 1 && !m.actors.is_empty());
        if let (Some(s), Some(o)) = (subject, object) {
            if s.actors[0].code != o.actors[0].code {
                return Some((
                    s.actors[0].code.as_str().to_owned(),
                    format!("{:?} placed the call", s.text),
                ));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use readout_model::Actor;

    fn m(
        sentence: &str,
        text: &str,
        code: &str,
        kind: MentionKind,
        role: Role,
        possessive: bool,
    ) -> Mention {
        let s = sentence.find(text).unwrap();
        Mention {
            span: (s, s + text.len()),
            text: text.into(),
            actors: vec![Actor {
                sector: (kind == MentionKind::Organisation).then(|| "IGO".into()),
                ..Actor::code(text, code)
            }],
            role,
            source: Source::Named(kind),
            prep: crate::mentions::governing_preposition(sentence, s),
            possessive,
            person: false,
            title: None,
            why: String::new(),
        }
    }

    #[test]
    fn phone_and_visit_and_third_party() {
        let s = "Blinken spoke by phone with Kuleba.";
        assert_eq!(setting(s, &[], &["USA", "UKR"]).modes, vec!["phone"]);
        let s = "Modi and Putin met in Moscow.";
        let ms = [m(
            s,
            "Moscow",
            "RUS",
            MentionKind::Capital,
            Role::Location,
            false,
        )];
        let st = setting(s, &ms, &["IND", "RUS"]);
        assert_eq!(st.modes, vec!["visit"]);
        assert_eq!(st.location.as_deref(), Some("Moscow"));
        let s = "Erdogan and Xi met in Dushanbe on the sidelines of the CICA summit.";
        let ms = [m(
            s,
            "Dushanbe",
            "TJK",
            MentionKind::Capital,
            Role::Location,
            false,
        )];
        assert_eq!(
            setting(s, &ms, &["TUR", "CHN"]).modes,
            vec!["third-party", "multilateral"]
        );
        let s = "The two sides exchanged views on the situation in Afghanistan.";
        let ms = [m(
            s,
            "Afghanistan",
            "AFG",
            MentionKind::State,
            Role::Location,
            false,
        )];
        assert!(
            setting(s, &ms, &["PAK", "CHN"]).modes.is_empty(),
            "a topic is not a venue"
        );
    }

    #[test]
    fn initiator_from_possessive_or_of_phrase() {
        let s = "Scholz called Macron at the latter's request.";
        let mut latter = m(
            s,
            "the latter",
            "FRA",
            MentionKind::Person,
            Role::Weak,
            true,
        );
        latter.source = Source::LatterFormer;
        assert_eq!(initiator(s, &[latter]).unwrap().0, "FRA");
        let s = "Lula visited Beijing at the invitation of Xi Jinping.";
        let xi = m(
            s,
            "Xi Jinping",
            "CHN",
            MentionKind::Person,
            Role::Actor,
            false,
        );
        assert_eq!(initiator(s, &[xi]).unwrap().0, "CHN");
        assert!(initiator("They met in Paris.", &[]).is_none());
        let s = "Kuleba met Blinken to discuss Ukraine's request for weapons.";
        let ukraine = m(s, "Ukraine", "UKR", MentionKind::State, Role::Weak, true);
        assert!(
            initiator(s, &[ukraine]).is_none(),
            "a request for weapons is not a request for the meeting"
        );
    }

    #[test]
    fn the_caller_initiates_a_call() {
        let s = "Ruto received a phone call from Olaf Scholz on Monday.";
        let caller = m(
            s,
            "Olaf Scholz",
            "DEU",
            MentionKind::Person,
            Role::Actor,
            false,
        );
        assert_eq!(initiator(s, &[caller]).unwrap().0, "DEU");
        let s = "The call was placed by Japan, officials said.";
        let japan = m(s, "Japan", "JPN", MentionKind::State, Role::Actor, false);
        assert_eq!(initiator(s, &[japan]).unwrap().0, "JPN");
    }

    #[test]
    fn the_subject_of_called_is_the_caller() {
        let presidents = |s: &str| {
            let person = |name, code| m(s, name, code, MentionKind::Person, Role::Actor, false);
            [
                person("President Ramaphosa", "ZAF"),
                person("President Macron", "FRA"),
            ]
        };
        let s = "President Ramaphosa called President Macron on Monday to discuss the summit.";
        assert_eq!(initiator(s, &presidents(s)).unwrap().0, "ZAF");
        let s = "President Ramaphosa called on President Macron to act.";
        assert!(
            initiator(s, &presidents(s)).is_none(),
            "a call on someone is a request"
        );
    }

    #[test]
    fn an_invitation_of_his_counterpart() {
        let s = "The minister is in Hanoi at the invitation of his Lao counterpart.";
        let lao = m(
            s,
            "Lao counterpart",
            "LAO",
            MentionKind::State,
            Role::Actor,
            false,
        );
        assert_eq!(initiator(s, &[lao]).unwrap().0, "LAO");
    }
}
