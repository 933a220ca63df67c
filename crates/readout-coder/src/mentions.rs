//! Stage 1 — actor mentions: knowledge-base mentions of one sentence, classified by the part
//! they can play (acting subject, recipient only, location, or mere modifier).

use crate::cues::{self, in_list, is_actor_noun};
use crate::words::{possessive_after, prev_word, word_after, word_before};
use readout_kb::{KbMention, KnowledgeBase, MentionKind};
use readout_model::Actor;
use serde::Serialize;

/// The part a mention can play in an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Can be the subject (actor) of a verb, or its object.
    Actor,
    /// Only a recipient ("Chinese enterprises", "China's sovereignty"): never a subject.
    Weak,
    /// A place where something happens ("in Beijing"): used for CONSULT modes only.
    Location,
    /// Part of a compound modifier ("China-Turkey relations"): ignored as a participant.
    Modifier,
}

/// What kind of words named the participant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Source {
    /// A knowledge-base match of this kind.
    Named(MentionKind),
    /// "both sides", "the two countries": the document's main dyad.
    Dyad,
    /// "the latter" / "the former".
    LatterFormer,
    /// "he", "she", "him".
    PersonPronoun,
    /// "it".
    StatePronoun,
    /// "we", "us", "I": the speaker.
    FirstPerson,
    /// "you": whoever the speaker addresses.
    Addressee,
    /// "the President", "the foreign minister" without a name.
    BareTitle,
}

/// One participant mention in a sentence (possibly several coordinated names).
#[derive(Debug, Clone, Serialize)]
pub struct Mention {
    /// Byte range relative to the sentence.
    pub span: (usize, usize),
    /// The words of the mention.
    pub text: String,
    /// What it resolved to (two or more for "China and Turkey", "both sides"); empty if unresolved.
    pub actors: Vec<Actor>,
    /// The part it can play.
    pub role: Role,
    /// What named it.
    pub source: Source,
    /// The preposition governing the mention ("with", "in"), lower case, if any.
    pub prep: Option<&'static str>,
    /// Followed by "'s": a possessor.
    pub possessive: bool,
    /// Names a person (for "he"/"she" and bare titles).
    pub person: bool,
    /// The person's office title, for "the President".
    pub title: Option<String>,
    /// Why it resolved and got its role, for `--explain`.
    pub why: String,
}

impl Mention {
    /// Codes of the actors, in order, without duplicates.
    pub fn codes(&self) -> Vec<&str> {
        let mut v: Vec<&str> = Vec::with_capacity(self.actors.len());
        for a in &self.actors {
            if !v.contains(&a.code.as_str()) {
                v.push(&a.code);
            }
        }
        v
    }

    /// Can this mention be the subject of a verb?
    pub fn can_be_subject(&self) -> bool {
        self.role == Role::Actor && !self.actors.is_empty() && self.prep.is_none_or(|p| p == "for")
    }

    /// Can this mention be a recipient?
    pub fn can_be_recipient(&self) -> bool {
        matches!(self.role, Role::Actor | Role::Weak) && !self.actors.is_empty()
    }
}

/// The preposition before `pos`, skipping determiners and up to two adjectives.
pub(crate) fn governing_preposition(text: &str, pos: usize) -> Option<&'static str> {
    let mut at = pos;
    for _ in 0..4 {
        let (s, e) = word_before(text, at)?;
        let w = &text[s..e];
        match word_before_name(w) {
            Some(BeforeName::Preposition(p)) => return Some(p),
            Some(BeforeName::Skipped) => {}
            None if w.ends_with("ly") || is_group_adjective(w) => {}
            None => return None,
        }
        at = s;
    }
    None
}

/// What a listed word is to [`governing_preposition`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum BeforeName {
    /// One of [`cues::PREPOSITIONS`] (the list's own spelling).
    Preposition(&'static str),
    /// A determiner or modifier word stepped over on the way to the preposition.
    Skipped,
}

/// [`cues::PREPOSITIONS`], [`cues::DETERMINERS`] and [`MODIFIER_WORDS`] in one table keyed by
/// the lower-cased word: one lookup per word instead of three list scans, for every mention.
static BEFORE_NAME: std::sync::LazyLock<crate::words::WordTable<BeforeName>> =
    std::sync::LazyLock::new(|| {
        let skipped = cues::DETERMINERS.iter().chain(MODIFIER_WORDS);
        // a preposition is one first, whatever other list also has it: inserted last
        crate::words::WordTable::new(
            skipped.map(|&w| (w, BeforeName::Skipped)).chain(
                cues::PREPOSITIONS
                    .iter()
                    .map(|&p| (p, BeforeName::Preposition(p))),
            ),
        )
    });

/// The listed word `w` is, ignoring ASCII case (the lists are lower-case ASCII).
fn word_before_name(w: &str) -> Option<BeforeName> {
    BEFORE_NAME.get(w)
}

/// Does the locative preposition `prep` governing the name at `s` name a place? "at" after
/// a verb of aiming ("lashed out at", "took aim at", "fired back at") names a target instead.
fn is_locative(text: &str, s: usize, prep: Option<&str>) -> bool {
    let Some(p) = prep.filter(|p| in_list(p, cues::LOCATIVE)) else {
        return false;
    };
    if p != "at" {
        return true;
    }
    let mut at = s;
    for _ in 0..4 {
        let Some((ws, we)) = word_before(text, at) else {
            return true;
        };
        if text[ws..we].eq_ignore_ascii_case("at") {
            return !in_list(
                prev_word(text, ws),
                &[
                    "out", "aim", "aimed", "aiming", "directed", "back", "angry", "furious",
                    "swipe", "jab", "dig", "lashed", "snapped", "pointed", "fired",
                ],
            );
        }
        at = ws;
    }
    true
}

/// A capitalised adjective of a people or faith that no state is named by ("Kurdish",
/// "Sunni", "Uyghur", "Rohingya"), standing between a preposition and a bare noun.
fn is_group_adjective(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
        && w.len() > 3
        && ["ish", "ian", "ite", "ni", "ic"]
            .iter()
            .any(|x| w.ends_with(x))
}

/// Adjectives that may sit between a preposition and a name ("with the new Kyrgyz"), as do
/// adverbs in "-ly".
const MODIFIER_WORDS: &[&str] = &[
    "new",
    "former",
    "current",
    "incoming",
    "outgoing",
    "two",
    "three",
    "several",
    "many",
    "some",
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "northeastern",
    "northwestern",
    "southeastern",
    "southwestern",
    "north",
    "south",
    "east",
    "west",
    "occupied",
    "neighbouring",
    "neighboring",
    "rural",
    "coastal",
];

/// "China's Eastern Theater Command", "Iran's Revolutionary Guards": after a possessive, a
/// capitalised name ending in a body of state acts for the owner.
fn named_body_after(text: &str, pos: usize) -> bool {
    let mut at = pos + possessive_after(text, pos).unwrap_or(0);
    for _ in 0..4 {
        let Some((s, e)) = word_after(text, at) else {
            return false;
        };
        let w = &text[s..e];
        if !w.chars().next().is_some_and(char::is_uppercase) {
            return false;
        }
        if is_actor_noun(w)
            || in_list(
                w,
                &[
                    "Command",
                    "Corps",
                    "Guard",
                    "Guards",
                    "Agency",
                    "Service",
                    "Directorate",
                    "Bureau",
                    "Staff",
                    "Office",
                    "Department",
                    "Committee",
                    "Council",
                ],
            )
        {
            return true;
        }
        at = e;
    }
    false
}

/// The word after `pos` (the head of an adjective or possessive), and whether it is an
/// actor noun (known here already, so the caller need not look it up again).
/// `possessive` is the length of a possessive marker at `pos`, skipped.
fn head_after(text: &str, pos: usize, possessive: Option<usize>) -> (&str, bool) {
    let mut at = pos + possessive.unwrap_or(0);
    for _ in 0..3 {
        let Some((s, e)) = word_after(text, at) else {
            return ("", false);
        };
        let w = &text[s..e];
        // adjectives that may intervene: "Chinese foreign ministry", "Russian armed forces"
        if is_actor_noun(w) {
            return (w, true);
        }
        if !(w.ends_with("al") || w.ends_with("ed") || in_list(w, &["new", "top", "senior"])) {
            return (w, false);
        }
        at = e;
    }
    ("", false)
}

/// Converts the knowledge-base mentions of one sentence into classified mentions.
pub(crate) fn classify(kb: &KnowledgeBase, sentence: &str, found: Vec<KbMention>) -> Vec<Mention> {
    let mut out: Vec<Mention> = Vec::with_capacity(found.len());
    let header = if found.is_empty() {
        0
    } else {
        dateline_end(sentence)
    };
    let mut title_end: Option<usize> = None;
    // the knowledge base's names come in text order: the next one's start tells whether a
    // capital is followed by a name of its own
    let mut found = found.into_iter().peekable();
    while let Some(m) = found.next() {
        let next_start = found.peek().map(|n| n.span.0);
        if m.code.is_empty() && m.kind != MentionKind::Title {
            continue;
        }
        let (s, e) = m.span;
        // "Defence Minister Aden Duale": a city name between a title and a capitalised word
        // is a person's first name
        let after_title = title_end.is_some_and(|t| t <= s && sentence[t..s].trim().is_empty());
        title_end = (m.kind == MentionKind::Title).then_some(e);
        if after_title
            && m.kind == MentionKind::Capital
            && crate::words::next_word(sentence, e)
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
            && sentence[e..].starts_with(' ')
        {
            continue;
        }
        // "the South American country", "Latin American governments": a continent's
        // adjective, not the United States'
        if m.kind == MentionKind::Adjective
            && m.text
                .as_bytes()
                .get(..8)
                .is_some_and(|p| p.eq_ignore_ascii_case(b"american"))
            && crate::words::word_before(sentence, s).is_some_and(|(ps, pe)| {
                crate::cues::in_list(
                    &sentence[ps..pe],
                    &["south", "latin", "north", "central", "pan"],
                )
            })
        {
            continue;
        }
        // "(Reuters)", "(AP)": a wire service's tag in the dateline is no place
        if e <= header
            && sentence[..s]
                .rfind('(')
                .is_some_and(|o| !sentence[o..s].contains(')'))
        {
            continue;
        }
        if e <= header {
            // "ADDIS ABABA, Oct 27 (Reuters) —": a dateline names where the story was filed
            out.push(Mention {
                span: (s, e),
                text: m.text,
                actors: if m.code.is_empty() {
                    Vec::new()
                } else {
                    vec![Actor {
                        text: sentence[s..e].into(),
                        code: m.code,
                        sector: m.sector,
                        name: m.name,
                        title: m.title.map(Into::into),
                    }]
                },
                role: Role::Location,
                source: Source::Named(m.kind),
                prep: Some("in"),
                possessive: false,
                person: false,
                title: None,
                why: DATELINE.into(),
            });
            continue;
        }
        let prep = governing_preposition(sentence, s);
        let possessive_len = possessive_after(sentence, e);
        let possessive = possessive_len.is_some();
        let (head, head_is_actor): (&str, bool) = match m.head.as_deref() {
            Some(h) => (h, is_actor_noun(h)),
            None => head_after(sentence, e, possessive_len),
        };
        let actor_head = head_is_actor || (possessive && named_body_after(sentence, e));
        let mut why = m.why;
        let mut person = false;
        // "the navies of Russia and China", "members of the European Parliament": the "of"
        // belongs to an actor noun, so the name is no place
        let of_actor = || prep == Some("of") && actor_noun_of(sentence, s, prep).is_none();
        let role = match m.kind {
            MentionKind::State => {
                let before = prev_word(sentence, s);
                let starts_with_the = m.text.len() > 4 && m.text[..4].eq_ignore_ascii_case("the ");
                if is_locative(sentence, s, prep) && !possessive && !actor_head && !of_actor() {
                    Role::Location
                } else if is_hyphen_compound(sentence, s, e) {
                    Role::Modifier
                } else if possessive && !actor_head {
                    Role::Weak
                } else if !starts_with_the
                    && in_list(before, &["the", "a", "an"])
                    && !actor_head
                    && is_noun_after(sentence, e)
                {
                    // "the Taiwan question": a name used as a noun modifier
                    Role::Weak
                } else {
                    Role::Actor
                }
            }
            MentionKind::Capital => {
                if is_locative(sentence, s, prep)
                    || prep.is_some_and(|p| p == "to" || p == "from")
                    || prev_word(sentence, s).is_empty()
                        && sentence[..s].trim_end().ends_with(',')
                        && after_capital_of(sentence, s)
                {
                    Role::Location
                } else if is_hyphen_compound(sentence, s, e) {
                    Role::Modifier
                } else if names_an_instrument(sentence, e) {
                    why.push_str("; names an accord or process made there");
                    Role::Modifier
                } else if begins_a_longer_name(sentence, e, next_start.as_slice()) {
                    why.push_str("; the first word of a longer name");
                    Role::Modifier
                } else {
                    Role::Actor
                }
            }
            MentionKind::Adjective => {
                let plural_people = m.text.ends_with('s')
                    && (in_list(
                        head,
                        &[
                            "have", "had", "has", "are", "were", "will", "would", "say", "said",
                            "must", "should", "can", "could", "who", "and",
                        ],
                    ) || head.is_empty()
                        || head.ends_with("ed"));
                if actor_head || plural_people {
                    Role::Actor
                } else if is_hyphen_compound(sentence, s, e) {
                    Role::Modifier
                } else {
                    why.push_str(&format!("; adjective before {head:?}: recipient only"));
                    Role::Weak
                }
            }
            MentionKind::Organisation => {
                if is_locative(sentence, s, prep) && !of_actor() {
                    Role::Location
                } else if possessive && !actor_head {
                    Role::Weak
                } else {
                    Role::Actor
                }
            }
            MentionKind::Person => {
                person = true;
                if possessive && !actor_head {
                    Role::Weak
                } else {
                    Role::Actor
                }
            }
            MentionKind::Title => {
                person = m.name.is_some() || m.code.is_empty();
                Role::Actor
            }
            MentionKind::Group => Role::Actor,
            // places (cities, regions) and any kind added later are locations, never actors
            #[allow(unreachable_patterns)]
            _ => Role::Location,
        };
        let _ = kb;
        let source = if m.code.is_empty() {
            Source::BareTitle
        } else {
            Source::Named(m.kind)
        };
        let actors = if m.code.is_empty() {
            Vec::new()
        } else {
            vec![Actor {
                text: m.text.as_str().into(),
                code: m.code,
                sector: m.sector,
                name: m.name,
                title: m.title.as_deref().map(Into::into),
            }]
        };
        out.push(Mention {
            span: (s, e),
            text: m.text,
            actors,
            role,
            source,
            prep: if role == Role::Location {
                prep
            } else {
                actor_noun_of(sentence, s, prep)
            },
            possessive,
            person,
            title: m.title,
            why,
        });
    }
    envoys_to_organisations(sentence, &mut out);
    out
}

/// "Israel's U.N. ambassador Gilad Erdan": a state's envoy to an organisation speaks for
/// the state, not for the organisation.
fn envoys_to_organisations(sentence: &str, out: &mut [Mention]) {
    for k in 1..out.len() {
        let (before, rest) = out.split_at_mut(k);
        let (owner, m) = (&before[k - 1], &mut rest[0]);
        let envoy = m.title.as_deref().is_some_and(|t| {
            let t = t.to_ascii_lowercase();
            ["ambassador", "envoy", "representative"]
                .iter()
                .any(|w| t.contains(w))
        });
        let gap = sentence.get(owner.span.1..m.span.0).unwrap_or("x");
        if envoy
            && owner.possessive
            && owner.actors.len() == 1
            && matches!(owner.source, Source::Named(MentionKind::State))
            && matches!(gap.trim(), "'s" | "\u{2019}s" | "'" | "\u{2019}")
            && m.actors.len() == 1
            && m.actors[0].sector.as_deref() == Some("IGO")
        {
            let state = owner.actors[0].code.clone();
            m.actors[0].code = state.clone();
            m.actors[0].sector = Some("GOV".into());
            m.why
                .push_str(&format!("; {state}'s envoy to the organisation"));
        }
    }
}

/// The reason given for mentions inside a dateline (also how later stages recognise them).
pub(crate) const DATELINE: &str = "dateline: where the story was filed";

/// The first dash that can close a dateline — "—", "–", " - ", " -- " or "--" — as
/// (start, length), in one pass over the candidate bytes.
fn first_dash(head: &str) -> Option<(usize, usize)> {
    let b = head.as_bytes();
    let at = |i: usize| b.get(i).copied();
    memchr::memchr2_iter(b'-', 0xE2, b).find_map(|q| {
        if b[q] == 0xE2 {
            return (head[q..].starts_with('\u{2014}') || head[q..].starts_with('\u{2013}'))
                .then_some((q, 3));
        }
        let spaced = q > 0 && b[q - 1] == b' ';
        if spaced && at(q + 1) == Some(b'-') && at(q + 2) == Some(b' ') {
            Some((q - 1, 4))
        } else if spaced && at(q + 1) == Some(b' ') {
            Some((q - 1, 3))
        } else if at(q + 1) == Some(b'-') {
            Some((q, 2))
        } else {
            None
        }
    })
}

/// End of a wire dateline at the start of a sentence ("ADDIS ABABA, Oct 27, 2021 (Reuters) —",
/// "WASHINGTON —", "Kyiv, March 3 (AP) -"), or 0 when the sentence has none.
pub(crate) fn dateline_end(sentence: &str) -> usize {
    let head_len = sentence.len().min(110);
    let mut cut = head_len;
    while !sentence.is_char_boundary(cut) {
        cut -= 1;
    }
    let head = &sentence[..cut];
    // every dash below holds a '-' or starts with the lead byte of '—'/'–': most sentences
    // have neither, and need no search per dash
    if memchr::memchr2(b'-', 0xE2, head.as_bytes()).is_none() {
        return 0;
    }
    let Some((dash, dash_len)) = first_dash(head) else {
        return 0;
    };
    let before = head[..dash].trim();
    if before.is_empty() || before.split_whitespace().count() > 12 {
        return 0;
    }
    let place = before.split([',', '(']).next().unwrap_or("").trim();
    let letters = || place.chars().filter(|c| c.is_alphabetic());
    let all_caps = letters().count() >= 3 && letters().all(char::is_uppercase);
    let wire_tag = before.ends_with(')');
    let dated = before.contains(',')
        && before
            .split(',')
            .skip(1)
            .any(|part| part.chars().any(|c| c.is_ascii_digit()));
    let capitalised = place
        .split_whitespace()
        .all(|w| w.chars().next().is_some_and(char::is_uppercase));
    if all_caps || (capitalised && (wire_tag || dated)) {
        dash + dash_len
    } else {
        0
    }
}

/// Is the word after a name a noun it modifies ("the Taiwan question", "the Taiwan Strait")
/// rather than a verb, adverb or conjunction ("the US truly wants", "the US and China")?
fn is_noun_after(sentence: &str, e: usize) -> bool {
    if possessive_after(sentence, e).is_some() {
        return false;
    }
    let Some((s, we)) = word_after(sentence, e) else {
        return false;
    };
    let w = &sentence[s..we];
    if w.chars().next().is_some_and(char::is_uppercase) {
        return true;
    }
    let lower = w.to_ascii_lowercase();
    let verbish = lower.ends_with("ly")
        || lower.ends_with("ed")
        || (lower.ends_with('s') && !lower.ends_with("ss") && !lower.ends_with("us"))
        || in_list(
            &lower,
            &[
                "and", "or", "to", "of", "in", "on", "at", "with", "for", "has", "have", "had",
                "will", "would", "should", "must", "can", "could", "may", "might", "is", "are",
                "was", "were", "said", "says", "also", "did", "does", "do", "not", "as", "but",
                "that", "which", "who", "side", "stood", "met", "spoke", "told", "held", "took",
                "made", "gave", "sent", "struck", "hit", "led", "won", "lost", "left", "put",
                "set", "kept", "sought", "brought", "began", "became", "came", "went", "saw",
                "shot", "fought", "broke", "paid", "sold", "built", "stands", "remains", "wants",
                "needs", "must", "shall", "never", "again", "still", "now", "then",
            ],
        )
        || in_list(&lower, IRREGULAR_PAST);
    !verbish
}

/// Irregular past tenses that may follow a subject name ("the United States withdrew").
const IRREGULAR_PAST: &[&str] = &[
    "withdrew",
    "drew",
    "threw",
    "overthrew",
    "flew",
    "fled",
    "grew",
    "knew",
    "blew",
    "swore",
    "tore",
    "bore",
    "rose",
    "froze",
    "chose",
    "spoke",
    "stole",
    "wrote",
    "drove",
    "hid",
    "bid",
    "forbade",
    "undertook",
    "shook",
    "beat",
    "bit",
    "ate",
    "fell",
    "felt",
    "dealt",
    "meant",
    "spent",
    "lent",
    "caught",
    "taught",
    "bought",
    "thought",
    "ran",
    "swam",
    "sank",
    "stood",
    "understood",
    "withstood",
    "upheld",
    "withheld",
    "sold",
    "stuck",
    "slid",
    "fed",
    "sped",
    "let",
    "cut",
    "hurt",
    "quit",
    "shut",
    "spread",
    "cast",
    "bet",
    "read",
    "laid",
    "heard",
    "woke",
    "dug",
    "swung",
    "shrank",
    "bound",
    "found",
    "wound",
    "mistook",
    "forgave",
    "oversaw",
    "got",
    "forgot",
    "sat",
    "slew",
    "overcame",
    "overran",
    "rebuilt",
    "sought",
    "struck",
];

/// "officials from Hungary", "the foreign ministers of China and Turkey": the preposition
/// belongs to an actor noun, so the name acts; returns the preposition otherwise.
fn actor_noun_of(sentence: &str, s: usize, prep: Option<&'static str>) -> Option<&'static str> {
    let p = prep?;
    if p != "from" && p != "of" {
        return Some(p);
    }
    // find the preposition word and look at the word before it
    let mut at = s;
    for _ in 0..4 {
        let Some((ws, we)) = word_before(sentence, at) else {
            return Some(p);
        };
        if sentence[ws..we].eq_ignore_ascii_case(p) {
            let noun = prev_word(sentence, ws);
            // "Several of his ministers resigned": a quantity of the actors is the actor
            if p == "of"
                && in_list(
                    noun,
                    &[
                        "several", "some", "many", "most", "all", "both", "two", "three", "four",
                        "five",
                    ],
                )
            {
                return None;
            }
            if is_actor_noun(noun)
                && !in_list(
                    noun,
                    &[
                        "state", "states", "border", "security", "national", "head", "heads",
                        "country", "nation",
                    ],
                )
            {
                return None;
            }
            return Some(p);
        }
        at = ws;
    }
    Some(p)
}

/// "the Minsk agreements", "the Rome Statute", "the Astana process": a capital naming an
/// accord, a treaty or a negotiating process is where it was made, not a government acting.
fn names_an_instrument(sentence: &str, e: usize) -> bool {
    sentence[e..].starts_with(' ')
        && in_list(
            crate::words::next_word(sentence, e),
            &[
                "agreement",
                "agreements",
                "accord",
                "accords",
                "statute",
                "protocol",
                "protocols",
                "convention",
                "conventions",
                "declaration",
                "treaty",
                "treaties",
                "pact",
                "format",
                "process",
                "charter",
                "memorandum",
                "communique",
                "communiqué",
                "consensus",
                "club",
                "principles",
                "olympics",
            ],
        )
}

/// "Moscow Exchange", "Tehran Times", "Lima Group", "Sofia Coppola": a capital before a
/// capitalised word the knowledge base does not know begins another name (a firm, a paper, a
/// person), not its government. Headlines capitalise every word, so there it tells nothing.
fn begins_a_longer_name(sentence: &str, e: usize, name_starts: &[usize]) -> bool {
    let Some((ns, ne)) = word_after(sentence, e) else {
        return false;
    };
    let next = &sentence[ns..ne];
    ns == e + 1
        && sentence.as_bytes()[e] == b' '
        && next.len() >= 2
        && next.as_bytes()[0].is_ascii_uppercase()
        && next.as_bytes()[1].is_ascii_lowercase()
        && !name_starts.contains(&ns)
        && !in_list(next, crate::cues::WEEKDAYS)
        && readout_text::month_number(next).is_none()
        && !readout_kb::is_title_case(sentence)
}

/// Is the name part of "China-Turkey" / "Russia-China" style compounds?
fn is_hyphen_compound(sentence: &str, s: usize, e: usize) -> bool {
    let dash = |c: char| matches!(c, '-' | '\u{2013}' | '/');
    // another name across the dash ("China-Turkey", "Russian-Chinese"); "British-flagged" or
    // "US-led" keep the name as the owner or leader
    let mut before = sentence[..s].chars().rev();
    let name_before =
        before.next().is_some_and(dash) && before.next().is_some_and(char::is_alphanumeric);
    let mut after = sentence[e..].chars();
    let name_after = after.next().is_some_and(dash) && after.next().is_some_and(char::is_uppercase);
    name_before || name_after
}

/// "the capital of Tajikistan, Dushanbe": a capital in apposition is a place.
fn after_capital_of(sentence: &str, s: usize) -> bool {
    let head = sentence[..s].to_ascii_lowercase();
    let window_start = head.len().saturating_sub(60);
    head.get(window_start..)
        .is_some_and(|w| w.contains("capital of"))
}

/// Joins coordinated mentions ("China and Turkey", "Wang Yi and Mevlut Cavusoglu",
/// "the US and Chinese heads of state") into one mention with several actors.
pub(crate) fn group_coordinated(sentence: &str, mentions: Vec<Mention>) -> Vec<Mention> {
    let mut out: Vec<Mention> = Vec::with_capacity(mentions.len());
    // a comma joins a list only when the list goes on to "and": "A, B and C", not
    // "… in northern Nigeria, police said"
    // "US, Britain strike Houthi targets": two states side by side opening a headline
    let headline_pair = |i: usize, mentions: &[Mention]| -> bool {
        i == 1
            && mentions[0].span.0 == 0
            && sentence
                .get(mentions[0].span.1..mentions[1].span.0)
                .map(str::trim)
                == Some(",")
            && mentions[..2].iter().all(|m| {
                m.role == Role::Actor
                    && m.prep.is_none()
                    && matches!(
                        m.source,
                        Source::Named(MentionKind::State) | Source::Named(MentionKind::Capital)
                    )
            })
            && crate::words::next_word(sentence, mentions[1].span.1)
                .chars()
                .next()
                .is_some_and(char::is_lowercase)
    };
    let list_goes_on = |i: usize, mentions: &[Mention]| -> bool {
        if headline_pair(i, mentions) {
            return true;
        }
        let mut k = i;
        while k + 1 < mentions.len() {
            let between = sentence
                .get(mentions[k].span.1..mentions[k + 1].span.0)
                .unwrap_or("x")
                .trim();
            match between {
                // "Araghchi, Kallas discuss …": two people named side by side in a headline
                "," if mentions[k].person
                    && mentions[k + 1].person
                    && crate::words::next_word(sentence, mentions[k + 1].span.1)
                        .chars()
                        .next()
                        .is_some_and(char::is_lowercase) =>
                {
                    return true
                }
                "," => k += 1,
                "and" | ", and" | "&" | "as well as" | "and the" | ", as well as" => return true,
                _ => return false,
            }
        }
        false
    };
    let goes_on: Vec<bool> = (0..mentions.len())
        .map(|i| list_goes_on(i, &mentions))
        .collect();
    for (i, m) in mentions.into_iter().enumerate() {
        if let Some(last) = out.last_mut() {
            let between = sentence.get(last.span.1..m.span.0).unwrap_or("x");
            let between = between.trim();
            // ", and U.S. ambassador Nikki Haley told …": a new clause's subject, not a list member
            let new_clause = between.starts_with(',') && {
                let next = crate::words::next_word(sentence, m.span.1);
                next.chars().next().is_some_and(char::is_lowercase)
                    && (next.ends_with("ed")
                        || in_list(
                            next,
                            &[
                                "said", "told", "says", "will", "would", "has", "have", "had",
                                "is", "was", "are", "were", "also", "met", "spoke",
                            ],
                        ))
            };
            // "Sergey Lavrov and his Iranian colleague"
            let and_his = matches!(between, "and his" | "and her" | "and their")
                && (m.person || m.title.is_some())
                && last.person;
            let joins = ((matches!(between, "and" | ", and" | "&" | "as well as" | "and the")
                || and_his)
                && !new_clause)
                || (between == "," && goes_on[i])
                || (between.is_empty() && last.possessive);
            let pronoun = !matches!(m.source, Source::Named(_));
            let places = last.role == Role::Location
                && last.prep.is_some()
                && m.prep.is_none()
                && !m.possessive
                && matches!(
                    m.source,
                    Source::Named(MentionKind::Capital) | Source::Named(MentionKind::State)
                )
                && matches!(
                    last.source,
                    Source::Named(MentionKind::Capital) | Source::Named(MentionKind::State)
                )
                && between.starts_with("and");
            // "Egyptian and Israeli officials": adjectives coordinated before one actor noun
            // all name the actor, though only the last stands right before the noun
            let adjectives = last.role == Role::Weak
                && m.role == Role::Actor
                && !last.possessive
                && matches!(last.source, Source::Named(MentionKind::Adjective))
                && matches!(
                    m.source,
                    Source::Named(MentionKind::Adjective) | Source::Named(MentionKind::Title)
                )
                && matches!(between, "and" | "," | ", and" | "or");
            // "Spain, Britain, Qatar and the United Arab Emirates": a named state closing a
            // list of states is a member of it even when read alone it was only a weak mention
            let state = |x: &Mention| {
                matches!(
                    x.source,
                    Source::Named(MentionKind::State) | Source::Named(MentionKind::Capital)
                )
            };
            let list_member = state(last)
                && state(&m)
                && !m.possessive
                && between.starts_with("and")
                && matches!(
                    (last.role, m.role),
                    (Role::Actor, Role::Weak) | (Role::Weak, Role::Actor)
                );
            let compatible = !last.actors.is_empty()
                && !m.actors.is_empty()
                && (last.role == m.role || places || adjectives || list_member)
                && (matches!(m.role, Role::Actor | Role::Weak) || places)
                && !last.possessive
                && !(pronoun && between.starts_with(','))
                && m.prep.is_none();
            if joins && compatible && !between.is_empty() && !(and_his && m.possessive) {
                last.span.1 = m.span.1;
                last.text = sentence[last.span.0..last.span.1].to_string();
                // "Colombia and the ELN rebels": a state's armed group is a party of its own
                let group = |a: &Actor| {
                    a.sector
                        .as_deref()
                        .is_some_and(|s| in_list(s, &["REB", "SEP", "OPP", "INS"]))
                };
                for a in m.actors {
                    if !last
                        .actors
                        .iter()
                        .any(|x| x.code == a.code && group(x) == group(&a))
                    {
                        last.actors.push(a);
                    }
                }
                if list_member {
                    last.role = Role::Actor;
                }
                last.possessive = m.possessive;
                if adjectives {
                    last.role = Role::Actor;
                }
                last.person = last.person && m.person;
                last.why = format!("{}; coordinated with {}", last.why, m.why);
                continue;
            }
        }
        out.push(m);
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn first_dash_is_the_earliest_of_any_kind() {
        use super::first_dash;
        assert_eq!(first_dash("China-Russia ties"), None);
        assert_eq!(first_dash("KYIV - The"), Some((4, 3)));
        assert_eq!(first_dash("KYIV -- The"), Some((4, 4)));
        assert_eq!(first_dash("KYIV--The"), Some((4, 2)));
        assert_eq!(
            first_dash("Sino-US talks \u{2014} BEIJING - x"),
            Some((14, 3))
        );
        assert_eq!(first_dash("A \u{2013} B \u{2014} C"), Some((2, 3)));
        assert_eq!(first_dash("-- x"), Some((0, 2)));
        assert_eq!(first_dash("a \u{2019}s"), None);
    }

    use super::*;

    #[test]
    fn a_capital_before_an_unknown_capitalised_word_begins_another_name() {
        let longer = |s: &str, capital: &str| {
            let e = s.find(capital).unwrap() + capital.len();
            begins_a_longer_name(s, e, &[])
        };
        assert!(longer("The Moscow Exchange suspended trading.", "Moscow"));
        assert!(longer(
            "Tehran Times reported the talks had failed.",
            "Tehran"
        ));
        assert!(!longer("Moscow on Monday rejected the offer.", "Moscow"));
        assert!(!longer("Moscow Monday rejected the offer.", "Moscow"));
        assert!(!longer("Moscow rejected the offer.", "Moscow"));
        // a headline capitalises every word
        assert!(!longer(
            "Moscow Rejects Kyiv Offer Over Grain Deal",
            "Moscow"
        ));
        // a name the knowledge base knows after the capital is its own mention
        let s = "Beijing Urged restraint.";
        assert!(!begins_a_longer_name(s, 7, &[8]));
    }

    /// The list scans [`governing_preposition`] made before its table lookup.
    fn governing_preposition_by_lists(text: &str, pos: usize) -> Option<&'static str> {
        let mut at = pos;
        for _ in 0..4 {
            let (s, e) = word_before(text, at)?;
            let w = &text[s..e];
            if let Some(p) = cues::PREPOSITIONS
                .iter()
                .find(|p| p.eq_ignore_ascii_case(w))
            {
                return Some(p);
            }
            if in_list(w, cues::DETERMINERS)
                || w.ends_with("ly")
                || in_list(w, MODIFIER_WORDS)
                || is_group_adjective(w)
            {
                at = s;
                continue;
            }
            return None;
        }
        None
    }

    #[test]
    fn the_preposition_table_agrees_with_the_lists() {
        let lists = [cues::PREPOSITIONS, cues::DETERMINERS, MODIFIER_WORDS];
        for w in lists.iter().flat_map(|l| l.iter()) {
            assert!(
                w.len() <= 16 && w.bytes().all(|b| b.is_ascii_lowercase()),
                "{w}"
            );
        }
        let mut words: Vec<String> = lists
            .iter()
            .flat_map(|l| l.iter())
            .map(|w| w.to_string())
            .collect();
        words.extend(
            lists
                .iter()
                .flat_map(|l| l.iter())
                .map(|w| w.to_ascii_uppercase()),
        );
        words.extend(
            [
                "Into",
                "ThE",
                "Kurdish",
                "Sunni",
                "quickly",
                "said",
                "Ürümqi",
                "naïve",
                "ab",
                "x",
                "I",
                "considerably",
                "Palestinian",
                "Byzantine",
                "internationally",
                "neighbouringly",
            ]
            .map(String::from),
        );
        for (i, a) in words.iter().enumerate() {
            for b in words.iter().skip(i % 7).step_by(5).take(12) {
                let text = format!("{a} {b} China said");
                let at = text.find("China").unwrap();
                assert_eq!(
                    governing_preposition(&text, at),
                    governing_preposition_by_lists(&text, at),
                    "{text}"
                );
            }
        }
    }

    #[test]
    fn finds_governing_prepositions() {
        let s = "talks with the new Kyrgyz government in Beijing";
        assert_eq!(
            governing_preposition(s, s.find("Kyrgyz").unwrap()),
            Some("with")
        );
        assert_eq!(
            governing_preposition(s, s.find("Beijing").unwrap()),
            Some("in")
        );
        assert_eq!(governing_preposition(s, 0), None);
        let t = "China supports Russia";
        assert_eq!(governing_preposition(t, t.find("Russia").unwrap()), None);
    }

    #[test]
    fn actor_nouns_license_from_and_of() {
        let s = "Foreign ministers from China and Turkey met";
        let at = s.find("China").unwrap();
        assert_eq!(actor_noun_of(s, at, Some("from")), None);
        let t = "vaccines from China";
        assert_eq!(
            actor_noun_of(t, t.find("China").unwrap(), Some("from")),
            Some("from")
        );
    }

    #[test]
    fn datelines_are_found() {
        let s = "NAIROBI, May 2 (Reuters) \u{2014} Kenya's president said on Friday.";
        assert_eq!(&s[..dateline_end(s)], "NAIROBI, May 2 (Reuters) \u{2014}");
        let s = "OTTAWA \u{2014} Canada expelled two diplomats.";
        assert!(dateline_end(s) > 0);
        let s = "Lima, June 4, 2020 (AP) - Peru recalled its envoy.";
        assert!(dateline_end(s) > 0);
        assert_eq!(
            dateline_end("Canada - a country - expelled two diplomats."),
            0
        );
        assert_eq!(dateline_end("Canada and Peru agreed on a deal."), 0);
    }

    #[test]
    fn hyphen_compounds_are_modifiers() {
        let s = "China-Turkey relations";
        assert!(is_hyphen_compound(s, 0, 5));
        assert!(is_hyphen_compound(s, 6, 12));
        assert!(!is_hyphen_compound("China and Turkey", 0, 5));
    }

    fn state(sentence: &str, text: &str, code: &str, role: Role) -> Mention {
        let s = sentence.find(text).unwrap();
        Mention {
            span: (s, s + text.len()),
            text: text.into(),
            actors: vec![Actor::code(text, code)],
            role,
            source: Source::Named(MentionKind::State),
            prep: governing_preposition(sentence, s),
            possessive: false,
            person: false,
            title: None,
            why: String::new(),
        }
    }

    #[test]
    fn a_state_closing_a_list_of_states_joins_it() {
        let s = "Help came from Chile, Peru and the Dominican Republic after the storm.";
        let list = vec![
            state(s, "Chile, Peru", "CHL", Role::Actor),
            state(s, "Dominican Republic", "DOM", Role::Weak),
        ];
        let out = group_coordinated(s, list);
        assert_eq!(out.len(), 1, "{out:?}");
        assert_eq!(out[0].role, Role::Actor);
        assert_eq!(out[0].actors.len(), 2);
        // a possessive after "and" is no list member
        let s = "Chile and Peru's navies met.";
        let mut peru = state(s, "Peru", "PER", Role::Weak);
        peru.possessive = true;
        let out = group_coordinated(s, vec![state(s, "Chile", "CHL", Role::Actor), peru]);
        assert_eq!(out.len(), 2);
    }
}
