//! Grammatical frames around a trigger: modality cues the coder adds to `modality.rs`,
//! passives, "X invited Y to …", co-participants, verb coordination versus complements,
//! acts named only as topics, and the REQUEST mode implied by what is asked.

use crate::arguments::SentenceView;
use crate::cues::in_list;
use crate::lexicon::pattern::Prepared;
use crate::lexicon::TriggerMatch;
use crate::modality::Modality;
use crate::words::ends_with_ascii_ci;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder};
use readout_model::EventType;
use std::sync::LazyLock;

/// The REQUEST mode implied by what is asked for.
pub(crate) fn request_mode(asked: EventType, words: &str) -> &'static str {
    let w = words.to_ascii_lowercase();
    if [
        "stop", "cease", "refrain", "halt", "end ", "abide", "respect", "oppose", "change",
        "reverse", "lift", "drop",
    ]
    .iter()
    .any(|k| w.contains(k))
    {
        return "change";
    }
    match asked {
        EventType::Consult => "meet",
        EventType::Retreat | EventType::Concede => "yield",
        EventType::Cooperate | EventType::Aid | EventType::Support | EventType::Agree => "assist",
        _ => "change",
    }
}

/// Fallback modality cues, used on top of `modality.rs` for the cases the coder depends on.
pub(crate) fn own_modality(
    text: &str,
    clause: (usize, usize),
    t: &TriggerMatch,
    in_speech: bool,
    cues: SentenceCues,
) -> Modality {
    TAIL.with(|tail| {
        let mut tail = tail.borrow_mut();
        own_modality_in(text, clause, t, in_speech, cues, &mut tail)
    })
}

thread_local! {
    /// Scratch for [`own_modality`]'s lower-cased tail: reused, so a trigger costs no allocation.
    static TAIL: std::cell::RefCell<String> = std::cell::RefCell::new(String::with_capacity(128));
}

/// [`own_modality`] with a scratch buffer for the tail. The stretch before the trigger is
/// read once, backwards, a byte at a time: its last seven words make the tail, and every
/// word is asked whether it is "if" or "unless".
fn own_modality_in(
    text: &str,
    clause: (usize, usize),
    t: &TriggerMatch,
    in_speech: bool,
    cues: SentenceCues,
    tail: &mut String,
) -> Modality {
    let mut m = Modality::default();
    let before = text.get(clause.0..t.span.0).unwrap_or("");
    // the last seven words before the trigger, last first
    let mut last_words: [&str; 7] = [""; 7];
    let mut taken = 0;
    let mut conditional = false;
    for w in crate::words::words_back(before) {
        if taken < last_words.len() {
            last_words[taken] = w;
            taken += 1;
        } else if conditional || !cues.conditional {
            // (a sentence without "if" or "unless" anywhere needs no more than the tail)
            break;
        }
        conditional |= w.eq_ignore_ascii_case("if") || w.eq_ignore_ascii_case("unless");
    }
    let last_words = &last_words[..taken];
    // one pass over the tail's words and one over its multi-word phrases, instead of a
    // scan per cue: this runs for every trigger
    let (mut negation, mut intention, mut future) = (false, false, false);
    let mut has_to = false;
    for w in last_words {
        let (n, i, f) = tail_word_cues(w);
        negation |= n;
        intention |= i;
        future |= f;
        has_to |= w
            .as_bytes()
            .windows(2)
            .any(|p| p.eq_ignore_ascii_case(b"to"));
    }
    // every tail phrase has a "to" in it: most tails are turned away without the automaton
    if !(intention && future) && has_to {
        // the tail lower case, single-spaced, as the phrases are written
        tail.clear();
        for w in last_words.iter().rev() {
            if !tail.is_empty() {
                tail.push(' ');
            }
            tail.push_str(w);
        }
        tail.make_ascii_lowercase();
        for hit in TAIL_PHRASES.find_overlapping_iter(tail.as_str()) {
            match TailPhrase::of(hit.pattern().as_usize()) {
                TailPhrase::Intention => intention = true,
                TailPhrase::Future => future = true,
            }
        }
    }
    if negation {
        m.negated = true;
        m.cue = Some("negation");
    }
    if conditional {
        m.hypothetical = true;
        m.cue = m.cue.or(Some("if"));
    }
    if intention {
        m.intention = true;
        m.cue = m.cue.or(Some("intention"));
    }
    if future {
        m.future = true;
        m.cue = m.cue.or(Some("future"));
    }
    if in_speech {
        // the words after the last perfect auxiliary
        let perfect = last_words.iter().position(|w| {
            w.eq_ignore_ascii_case("have")
                || w.eq_ignore_ascii_case("has")
                || w.eq_ignore_ascii_case("had")
        });
        if let Some(n_after) = perfect {
            // perfect aspect: "have worked", "has provided", "have also agreed"
            let after = &last_words[..n_after];
            if n_after <= 2 && !after.iter().any(|w| w.eq_ignore_ascii_case("to")) {
                m.historical = true;
                m.cue = m.cue.or(Some("perfect"));
            }
        }
    }
    if cues.background && BACKGROUND_PHRASES.is_match(before) {
        m.historical = true;
        m.cue = m.cue.or(Some("since"));
    }
    m
}

/// The cues a word of the tail carries, as (negation, intention, future): its pieces (split
/// at characters that are neither alphanumeric nor an ASCII apostrophe) are compared, ASCII
/// case-insensitively, with the cue words.
fn tail_word_cues(word: &str) -> (bool, bool, bool) {
    let mut cues = (false, false, false);
    let mut note = |piece: &[u8]| {
        // (most pieces miss the one-word filter of every cue word and are compared with none)
        if let Some(key) = packed_lower(piece).filter(|&k| CUE_KEY_FILTER & key_bit(k) != 0) {
            cues.0 |= NEGATION_WORDS.contains(&key);
            cues.1 |= INTENTION_WORDS.contains(&key);
            cues.2 |= FUTURE_WORDS.contains(&key);
        }
    };
    if word.is_ascii() {
        // an ASCII char is alphanumeric exactly when it is an ASCII letter or digit
        word.as_bytes()
            .split(|b| !(b.is_ascii_alphanumeric() || *b == b'\''))
            .for_each(&mut note);
    } else {
        word.split(|c: char| !(c.is_alphanumeric() || c == '\''))
            .for_each(|p| note(p.as_bytes()));
    }
    cues
}

/// A non-empty piece of at most eight bytes, ASCII-lower-cased and packed into one number
/// (pieces never hold a zero byte, so different pieces pack differently); `None` for others,
/// which no cue word is.
fn packed_lower(piece: &[u8]) -> Option<u64> {
    if piece.is_empty() || piece.len() > 8 {
        return None;
    }
    Some(pack_lower(piece))
}

/// `bytes` (at most eight) ASCII-lower-cased, little-endian in one number.
const fn pack_lower(bytes: &[u8]) -> u64 {
    let mut key = 0u64;
    let mut i = 0;
    while i < bytes.len() {
        key |= (bytes[i].to_ascii_lowercase() as u64) << (8 * i);
        i += 1;
    }
    key
}

/// Packs each word of a list with [`pack_lower`].
const fn packed<const N: usize>(words: [&str; N]) -> [u64; N] {
    let mut keys = [0u64; N];
    let mut i = 0;
    while i < N {
        keys[i] = pack_lower(words[i].as_bytes());
        i += 1;
    }
    keys
}

/// Single words before a trigger that negate it.
const NEGATION: [&str; 9] = [
    "not", "never", "didn't", "won't", "refused", "no", "without", "neither", "nor",
];
/// Single words before a trigger that make it an intention or offer.
const INTENTION: [&str; 6] = ["ready", "willing", "seeks", "seek", "seeking", "sought"];
/// Single words before a trigger that put it in the future.
const FUTURE: [&str; 6] = ["will", "shall", "would", "next", "upcoming", "'ll"];
/// [`NEGATION`], [`INTENTION`] and [`FUTURE`] packed by [`pack_lower`].
static NEGATION_WORDS: [u64; 9] = packed(NEGATION);
static INTENTION_WORDS: [u64; 6] = packed(INTENTION);
static FUTURE_WORDS: [u64; 6] = packed(FUTURE);

/// The bit of a packed word in [`CUE_KEY_FILTER`]: six well-mixed bits of it.
const fn key_bit(key: u64) -> u64 {
    1 << (key.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 58)
}

/// The [`key_bit`]s of every packed cue word: a piece whose bit is not set is none of them.
static CUE_KEY_FILTER: u64 = {
    let mut filter = 0;
    let lists: [&[u64]; 3] = [&NEGATION_WORDS, &INTENTION_WORDS, &FUTURE_WORDS];
    let mut l = 0;
    while l < lists.len() {
        let mut i = 0;
        while i < lists[l].len() {
            filter |= key_bit(lists[l][i]);
            i += 1;
        }
        l += 1;
    }
    filter
};

/// Multi-word cues in the lower-cased tail before a trigger, matched as substrings.
const INTENTION_PHRASES: &[&str] = &[
    "ready to",
    "willing to",
    "prepared to",
    "intends to",
    "intend to",
    "plans to",
    "plan to",
    "hopes to",
    "hope to",
    "looks forward to",
    "look forward to",
    "wishes to",
    "aims to",
    "seeks to",
    "determined to",
    "committed to",
    "pledged to",
    "vowed to",
    "promised to",
    "willingness to",
    "readiness to",
];
const FUTURE_PHRASES: &[&str] = &["going to", "expected to", "to be"];

/// What a tail phrase signals.
enum TailPhrase {
    Intention,
    Future,
}

impl TailPhrase {
    /// The kind of phrase number `i` of [`TAIL_PHRASES`].
    fn of(i: usize) -> TailPhrase {
        if i < INTENTION_PHRASES.len() {
            TailPhrase::Intention
        } else {
            TailPhrase::Future
        }
    }
}

/// The intention phrases followed by the future phrases, in one automaton.
static TAIL_PHRASES: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::new(INTENTION_PHRASES.iter().chain(FUTURE_PHRASES))
        .unwrap_or_else(|e| panic!("built-in modality phrases: {e}"))
});

/// Phrases anywhere before the trigger in its clause that mark it as background.
static BACKGROUND_PHRASES: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasickBuilder::new()
        .ascii_case_insensitive(true)
        .build(BACKGROUND)
        .unwrap_or_else(|e| panic!("built-in background phrases: {e}"))
});

/// The phrases of [`BACKGROUND_PHRASES`].
const BACKGROUND: [&str; 3] = ["since ", "over the past", "in recent years"];

/// The phrases of [`TOPIC_CUES`].
const TOPIC: [&str; 6] = [
    "importance of",
    "importance to",
    "significance of",
    "the need for",
    "the need to",
    "necessity of",
];

/// Which per-trigger phrase tests can succeed in a sentence, from a few vectorised
/// substring searches of its lower-cased text: a phrase absent from the sentence is absent
/// from every stretch before a trigger, so most sentences skip those scans for all their
/// triggers.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct SentenceCues {
    /// Some background phrase ("since …") occurs.
    background: bool,
    /// Some topic cue ("the importance of") occurs.
    topic: bool,
    /// "if" or "unless" occurs (as part of any word): without them no stretch of the
    /// sentence holds the word "if" or "unless".
    conditional: bool,
}

/// Finders for "if" and "unless", built once.
static CONDITIONAL_FINDERS: LazyLock<[memchr::memmem::Finder<'static>; 2]> = LazyLock::new(|| {
    [
        memchr::memmem::Finder::new("if"),
        memchr::memmem::Finder::new("unless"),
    ]
});

/// Does the lower-cased sentence hold "if" or "unless" anywhere (ASCII capitals are
/// lower-cased there, and no other character lower-cases to ASCII)?
fn has_conditional(lower: &[u8]) -> bool {
    CONDITIONAL_FINDERS.iter().any(|f| f.find(lower).is_some())
}

/// Finders for the phrases of [`BACKGROUND`] and of [`TOPIC`], built once.
#[cfg(test)]
static CUE_FINDERS: LazyLock<(
    Vec<memchr::memmem::Finder<'static>>,
    Vec<memchr::memmem::Finder<'static>>,
)> = LazyLock::new(|| (finders(&BACKGROUND), finders(&TOPIC)));

/// A substring finder per phrase.
#[cfg(test)]
fn finders(list: &'static [&'static str]) -> Vec<memchr::memmem::Finder<'static>> {
    list.iter()
        .map(|p| memchr::memmem::Finder::new(*p))
        .collect()
}

impl SentenceCues {
    /// The cues of a prepared sentence, from its words: each phrase leaves a mark on the
    /// words that hold it ("since " ends a word, "over the past" starts one with "past", "the
    /// need to" has the word "need" …), so a sentence with none of the marks has none of the
    /// phrases. A mark without its phrase only costs the per-trigger scan that finds nothing.
    pub(crate) fn of_words(prep: &Prepared) -> SentenceCues {
        let lower = prep.lower.as_bytes();
        let mut cues = SentenceCues {
            conditional: has_conditional(lower),
            ..SentenceCues::default()
        };
        for w in &prep.words {
            let word = &lower[w.start..w.end];
            // each mark is told by the word's last byte (or "past…" by its first): most words
            // are turned away by two byte tests
            match word.last() {
                Some(b'e') => {
                    cues.background |= word.ends_with(b"since");
                    cues.topic |= word.ends_with(b"importance") || word.ends_with(b"significance");
                }
                Some(b't') => cues.background |= word == b"recent",
                Some(b'd') => cues.topic |= word == b"need",
                Some(b'y') => cues.topic |= word.ends_with(b"necessity"),
                _ => {}
            }
            if word.first() == Some(&b'p') {
                cues.background |= word.starts_with(b"past");
            }
        }
        cues
    }

    /// The cues of a sentence from its ASCII-lower-cased text, by substring search: exactly
    /// the sentences that hold a phrase ([`SentenceCues::of_words`] must say yes to them).
    #[cfg(test)]
    pub(crate) fn of(lower: &str) -> SentenceCues {
        let hay = lower.as_bytes();
        let (background, topic) = &*CUE_FINDERS;
        SentenceCues {
            background: background.iter().any(|f| f.find(hay).is_some()),
            topic: topic.iter().any(|f| f.find(hay).is_some()),
            conditional: has_conditional(hay),
        }
    }
}

/// Is the trigger a passive participle ("was expelled", "were arrested", "has been sanctioned")?
pub(crate) fn is_passive(text: &str, t: &TriggerMatch) -> bool {
    let first = crate::words::next_word(text, t.span.0);
    if !(first.ends_with("ed")
        || in_list(
            first,
            &[
                "held", "hit", "shot", "struck", "seized", "taken", "sent", "made", "signed",
            ],
        ))
    {
        return false;
    }
    let mut at = t.span.0;
    for _ in 0..2 {
        let Some((s, e)) = crate::words::word_before(text, at) else {
            return false;
        };
        let w = &text[s..e];
        if in_list(w, &["was", "were", "been", "being", "is", "are", "be"]) {
            return true;
        }
        if !w.ends_with("ly") {
            return false;
        }
        at = s;
    }
    false
}

/// A finder for " to ", built once: [`asked_object`] looks for it before every trigger, and
/// `str::find` would set up its searcher each time.
static TO_FINDER: LazyLock<memchr::memmem::Finder<'static>> =
    LazyLock::new(|| memchr::memmem::Finder::new(" to "));

/// "invited his Turkish counterpart Erdogan to strengthen …", "ordered China to close …": the
/// asked (or ordered) mention before "to", with the verb that asked.
pub(crate) fn asked_object(
    view: &SentenceView<'_>,
    clause: (usize, usize),
    t: &TriggerMatch,
) -> Option<(usize, &'static str)> {
    let (mi, m) = view
        .mentions
        .iter()
        .enumerate()
        .rev()
        .find(|(_, m)| m.span.1 <= t.span.0 && m.span.0 >= clause.0 && !m.actors.is_empty())?;
    let after = &view.text[m.span.1..t.span.0];
    let to = TO_FINDER.find(after.as_bytes())?;
    if after[..to].trim().contains(' ')
        || after.len() > to + 60
        || after.contains([',', ';'])
        || (after.contains(" and ") && !after.contains(" and to "))
    {
        return None;
    }
    let mut at = m.span.0;
    for _ in 0..3 {
        let (s, e) = crate::words::word_before(view.text, at)?;
        let w = &view.text[s..e];
        if let Some(v) = crate::cues::ASKING_VERBS
            .iter()
            .chain(crate::cues::ORDERING_VERBS)
            .find(|v| v.eq_ignore_ascii_case(w))
        {
            return Some((mi, v));
        }
        if !in_list(w, crate::cues::DETERMINERS)
            && !in_list(w, &["on", "upon", "his", "her", "its", "their"])
        {
            return None;
        }
        at = s;
    }
    None
}

/// Is the mention a participant in a reciprocal act: after "with"/"between", a direct object,
/// or named right after the trigger ("negotiating the purchase of the Russian S-400")?
pub(crate) fn co_participant(view: &SentenceView<'_>, t: &TriggerMatch, idx: usize) -> bool {
    let m = &view.mentions[idx];
    if m.span.0 < crate::arguments::head_end(t) {
        return false;
    }
    // a name inside the topic ("exchanges on issues such as relations with the US",
    // "views on the Syrian settlement") is talked about, not talked with
    let between = view
        .text
        .get(crate::arguments::head_end(t).min(m.span.0)..m.span.0)
        .unwrap_or("");
    let words: Vec<&str> = between
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .collect();
    let topical = words.iter().enumerate().any(|(k, w)| {
        in_list(
            w,
            &[
                "on",
                "about",
                "regarding",
                "concerning",
                "over",
                "as",
                "including",
            ],
        )
        // "a meeting in Abu Dhabi on Monday between …": a day is no topic
        && !(w.eq_ignore_ascii_case("on")
            && words
                .get(k + 1)
                .is_some_and(|n| in_list(n, crate::cues::WEEKDAYS)))
    });
    // "discuss the Zionist regime's aggression": the owner of a topic is talked about
    if topical || m.possessive {
        return false;
    }
    if m.role == crate::mentions::Role::Actor
        && m.prep
            .is_none_or(|p| in_list(p, &["with", "between", "among", "to"]))
    {
        return true;
    }
    // "agreed to broaden sanctions against Belarus": the target of the act agreed on
    if m.prep.is_some_and(|p| in_list(p, &["against", "upon"])) {
        return false;
    }
    let gap = view
        .text
        .get(crate::arguments::head_end(t).min(m.span.0)..m.span.0)
        .unwrap_or("");
    !gap.contains([',', ';']) && gap.split_whitespace().count() <= 5
}

/// Is the text between two triggers a coordination of verbs ("…, and highly appreciated",
/// "met in Beijing and agreed", "; ") rather than one verb's complement ("discussed the
/// situation and the provision of aid", "condemned Russia's premeditated, unprovoked … attack")?
pub(crate) fn is_coordinated(
    text: &str,
    from: usize,
    to: usize,
    triggers: &[TriggerMatch],
) -> bool {
    let gap = &text[from..to];
    if gap.contains(';') {
        return true;
    }
    // "demand that the forces stop operations and lift the siege": the "and" joins the
    // verbs of the that-clause, both inside the demand
    if gap.starts_with(" that ") || gap.starts_with(" that,") {
        return false;
    }
    let verb_start = |pos: usize| -> bool {
        let Some((s, e)) = crate::words::word_after(text, pos) else {
            return false;
        };
        if s >= to || triggers.iter().any(|t| t.span.0 == s) {
            return true;
        }
        let w = &text[s..e];
        // "… and declared a state of emergency": a past verb with its object's determiner
        // ("…, and announced it was recalling its ambassador": or a pronoun or that-clause)
        let past_verb = w.ends_with("ed")
            && in_list(
                crate::words::next_word(text, e),
                &[
                    "a", "an", "the", "its", "their", "his", "her", "new", "further", "it", "that",
                    "them",
                ],
            );
        past_verb
            || w.ends_with("ly")
            || in_list(
                w,
                &[
                    "is", "are", "was", "were", "has", "have", "had", "will", "would", "should",
                    "must", "can", "also", "then", "to", "not", "did", "does", "that", "once",
                    "again", "now",
                ],
            )
    };
    let bytes = gap.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        let pos = from + i;
        if b == b',' && verb_start(pos + 1) {
            let next = crate::words::next_word(text, pos + 1);
            if !in_list(next, &["and", "or", "but"]) || verb_start(pos + 1 + next.len() + 1) {
                return true;
            }
        }
        // only a word starting with a, o, b or w (or one after more spaces) can be a conjunction
        let conjunction_may_follow = || {
            text.as_bytes().get(pos + 1).is_some_and(|&c| {
                c >= 0x80
                    || c.is_ascii_whitespace()
                    || matches!(c | 0x20, b'a' | b'o' | b'b' | b'w')
            })
        };
        if b == b' ' && conjunction_may_follow() {
            let w = crate::words::next_word(text, pos + 1);
            if in_list(w, &["and", "or", "but", "while"]) && verb_start(pos + 1 + w.len()) {
                return true;
            }
        }
    }
    false
}

/// Phrases that name what follows as a topic ("the importance of …"), any ASCII case.
static TOPIC_CUES: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasickBuilder::new()
        .ascii_case_insensitive(true)
        .build(TOPIC)
        .unwrap_or_else(|e| panic!("built-in topic cues: {e}"))
});

/// The last position of `needle` in `hay`, ASCII case-insensitive. A needle opening with a
/// byte that has no other case (" and ") is looked for only where that byte stands.
fn rfind_ascii_ci(hay: &str, needle: &str) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    let last_start = h.len().checked_sub(n.len())?;
    let at = |i: usize| h[i..i + n.len()].eq_ignore_ascii_case(n);
    match n.first() {
        Some(&first) if !first.is_ascii_alphabetic() => memchr::memrchr_iter(first, h)
            .skip_while(|&i| i > last_start)
            .find(|&i| at(i)),
        _ => (0..=last_start).rev().find(|&i| at(i)),
    }
}

/// "after the earthquake that struck eastern Afghanistan, killing more than 1,400 people":
/// deaths told right after a natural disaster, with no attack word between, are its toll.
fn killed_by_nature(text: &str, t: &TriggerMatch) -> bool {
    if t.event_type != EventType::Assault
        || !t
            .text
            .get(..4)
            .is_some_and(|w| w.eq_ignore_ascii_case("kill"))
    {
        return false;
    }
    // the nearest disaster word among the dozen words before, within the sentence part
    let before = text.get(..t.span.0).unwrap_or("");
    let part = &before[before.rfind([';', ':']).map_or(0, |p| p + 1)..];
    let mut end = part.len();
    for w in part
        .rsplit(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(12)
    {
        if in_list(w, crate::cues::ATTACK_NOUNS) || w.eq_ignore_ascii_case("by") {
            return false;
        }
        let start = part[..end].rfind(w).unwrap_or(0);
        if in_list(w, crate::cues::DISASTERS) {
            // "after the earthquake, Russian missiles struck …": a comma after the disaster
            // closes the phrase it stands in; the killing belongs to the new subject
            return !part[start + w.len()..].trim_start().starts_with(',');
        }
        end = start;
    }
    false
}

/// Is the trigger the end of a short quotation ("over \"hijacking\" of a flight", "a case of
/// \"state-sponsored hijacking\"")? Such a word is what someone called an act, not an act told.
fn quoted_label(text: &str, t: &TriggerMatch) -> bool {
    if !text[t.span.1..].starts_with('"') {
        return false;
    }
    let before = &text[..t.span.0];
    before.rfind('"').is_some_and(|q| {
        let inside = &before[q + 1..];
        // an opening quote: at the start or after a space, within four words of the trigger
        (q == 0 || before[..q].ends_with(' ')) && inside.split_whitespace().count() < 4
    })
}

/// A trigger that only names a topic: "stressed the importance of … working together",
/// "talk about … cooperation", "emphasized the strengthening of cooperation".
pub(crate) fn topic_only(
    text: &str,
    clause: (usize, usize),
    t: &TriggerMatch,
    cues: SentenceCues,
) -> Option<&'static str> {
    // read in place, ASCII case-insensitively: this runs for every trigger
    let mut before = text.get(clause.0..t.span.0).unwrap_or("");
    // "… the importance of X and expressed …": a new verb ends the topic phrase, while
    // "importance of … and support" / "and working together" coordinates the topic
    if let Some(p) = rfind_ascii_ci(before, " and ") {
        let rest = before[p + 5..].trim();
        let next = crate::words::next_word(rest, 0).as_bytes();
        let gerund = next.len() >= 3 && next[next.len() - 3..].eq_ignore_ascii_case(b"ing");
        if !rest.is_empty() && !gerund {
            before = &before[p + 5..];
        }
    }
    if cues.topic && TOPIC_CUES.is_match(before) {
        return Some("named as a topic (\"importance of …\")");
    }
    if killed_by_nature(text, t) {
        return Some("deaths a natural disaster caused");
    }
    if t.event_type == EventType::Assault && quoted_label(text, t) {
        return Some("a word quoted as someone's label for an act (\"hijacking\")");
    }
    // (compared in place, ASCII case-insensitively)
    let first = crate::words::next_word(text, t.span.0);
    let prev = crate::words::prev_word(text, t.span.0);
    let ing_noun = in_list(
        first,
        &[
            "meeting",
            "meetings",
            "briefing",
            "hearing",
            "gathering",
            "building",
        ],
    );
    if ends_with_ascii_ci(first, "ing")
        && !ing_noun
        && t.event_type != EventType::Consult
        && in_list(prev, &["the", "of", "about"])
    {
        return Some("a nominalised act (\"the …ing of\")");
    }
    // (the last three words before the trigger, last first, "" past the clause start: read
    // once, when a test below first needs them)
    let mut last_three: Option<[&str; 3]> = None;
    let mut last_words = || {
        *last_three.get_or_insert_with(|| {
            let mut back = crate::words::words_back(before);
            [(); 3].map(|()| back.next().unwrap_or(""))
        })
    };
    // "cancelled flights after the attack", "summoned the envoy over the arrests": an act named
    // as the time or the cause of another is no act of the clause's subject ("after the
    // attack by Hamas" names its own agent)
    if !t.text.contains(' ')
        && t.event_type != EventType::Consult
        && !text[t.span.1..].starts_with(" by ")
    {
        let near = last_words();
        if in_list(
            near[0],
            &["the", "a", "an", "this", "that", "these", "those"],
        ) && in_list(
            near[1],
            &[
                "after",
                "before",
                "following",
                "since",
                "amid",
                "despite",
                "over",
            ],
        ) {
            return Some("an act named as the time or cause of another");
        }
        // "relations have soured since Russia's invasion of Ukraine": a state's act named as
        // the background of another, by its possessive agent
        if ends_with_ascii_ci(near[0], "'s") && in_list(near[1], &["since", "amid", "despite"]) {
            return Some("an act named as the background of another");
        }
    }
    // "reviewed bilateral cooperation in trade": a discussion verb makes the act its topic
    let discussion = [
        "reviewed",
        "review",
        "reviewing",
        "discussed",
        "discuss",
        "discussing",
        "explored",
        "explore",
        "assessed",
        "examined",
        "evaluated",
        "addressed",
        "touched",
        "outlined",
        "briefed",
        "summed",
        "took stock",
    ];
    if t.event_type != EventType::Consult && last_words().iter().any(|w| in_list(w, &discussion)) {
        return Some("the subject of a discussion, not an act");
    }
    let single_noun = !t.text.contains(' ')
        && [
            "tion", "ment", "ance", "ence", "ship", "ity", "port", "talks",
        ]
        .iter()
        .any(|s| ends_with_ascii_ci(first, s));
    if single_noun
        && last_words()
            .iter()
            .any(|w| in_list(w, &["about", "of", "on", "regarding", "concerning", "as"]))
    {
        return Some("a noun named as a topic, not an act");
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reverse_search_agrees_with_the_scan_of_every_position() {
        let pieces = [
            " and ", " AND ", "and", " a", "nd ", " ", "And", "é", "x", ",",
        ];
        let mut next = crate::words::test_rng(0x9E37_79B9_7F4A_7C15u64);
        for _ in 0..20_000 {
            let s: String = (0..next(10)).map(|_| pieces[next(pieces.len())]).collect();
            for needle in [" and ", "and ", " "] {
                let (h, n) = (s.as_bytes(), needle.as_bytes());
                let naive = (0..=h.len().saturating_sub(n.len()))
                    .rev()
                    .filter(|&i| i + n.len() <= h.len())
                    .find(|&i| h[i..i + n.len()].eq_ignore_ascii_case(n));
                assert_eq!(rfind_ascii_ci(&s, needle), naive, "{s:?} {needle:?}");
            }
        }
    }

    #[test]
    fn every_tail_cue_word_fits_a_packed_key() {
        // tail_word_cues passes over pieces longer than eight bytes
        for w in NEGATION.iter().chain(&INTENTION).chain(&FUTURE) {
            assert!((1..=8).contains(&w.len()), "{w:?}");
        }
    }

    #[test]
    fn every_tail_phrase_contains_to() {
        // own_modality skips the phrase scan for tails without "to"
        for p in INTENTION_PHRASES.iter().chain(FUTURE_PHRASES) {
            assert!(p.contains("to"), "{p:?} would never be looked for");
        }
    }

    #[test]
    fn word_marks_find_every_sentence_with_a_cue_phrase() {
        let pieces = [
            "since",
            "Since",
            "evince",
            "over the",
            "past",
            "pastor",
            "in",
            "recent",
            "years",
            "importance",
            "IMPORTANCE",
            "of",
            "to",
            "significance",
            "insignificance",
            "the",
            "need",
            "needs",
            "for",
            "necessity",
            "é",
            "中",
            ",",
            "-",
            "'",
            "\u{a0}",
            "x",
        ];
        let mut next = crate::words::test_rng(0x2545_F491_4F6C_DD1Du64);
        for _ in 0..20_000 {
            let mut s = String::new();
            for _ in 0..next(12) {
                s.push_str(pieces[next(pieces.len())]);
                if next(4) > 0 {
                    s.push(' ');
                }
            }
            let prep = Prepared::new(&s);
            let exact = SentenceCues::of(&prep.lower);
            let marks = SentenceCues::of_words(&prep);
            assert!(marks.background || !exact.background, "{s:?}");
            assert!(marks.topic || !exact.topic, "{s:?}");
        }
    }

    #[test]
    fn sentence_cues_say_which_phrase_scans_can_succeed() {
        let of = |s: &str| SentenceCues::of(&s.to_ascii_lowercase());
        let c = of("SINCE 2019 the two sides have stressed the Importance of trade");
        assert!(c.background && c.topic);
        let c = of("They held talks over the past week.");
        assert!(c.background && !c.topic);
        let c = of("They signed a deal on the need to trade.");
        assert!(!c.background && c.topic);
        let c = of("Ankara condemned the attack.");
        assert!(!c.background && !c.topic);
        // every phrase the per-trigger automata know passes the sentence gate
        for p in BACKGROUND {
            assert!(of(&format!("x {p} y")).background, "{p}");
        }
        for p in TOPIC {
            assert!(of(&format!("x {p} y")).topic, "{p}");
        }
    }
    use crate::lexicon::RecipientRole;

    #[test]
    fn request_modes_follow_what_is_asked() {
        assert_eq!(request_mode(EventType::Reject, "oppose"), "change");
        assert_eq!(
            request_mode(EventType::Cooperate, "strengthen cooperation"),
            "assist"
        );
        assert_eq!(request_mode(EventType::Consult, "hold talks"), "meet");
        assert_eq!(request_mode(EventType::Retreat, "withdraw"), "yield");
        assert_eq!(request_mode(EventType::Cooperate, "stop sending"), "change");
    }

    #[test]
    fn verb_coordination_versus_complements() {
        let s = "Japan congratulated Korea, and highly appreciated its help";
        let ts = vec![tm(s, "congratulated"), tm(s, "appreciated")];
        assert!(is_coordinated(s, ts[0].span.1, ts[1].span.0, &ts));
        let s = "They discussed the situation and the provision of assistance";
        let ts = vec![tm(s, "discussed"), tm(s, "assistance")];
        assert!(
            !is_coordinated(s, ts[0].span.1, ts[1].span.0, &ts),
            "noun phrases coordinate inside one complement"
        );
        let s = "Peru condemned Chile's premeditated, unprovoked and unjustified attack";
        let ts = vec![tm(s, "condemned"), tm(s, "attack")];
        assert!(
            !is_coordinated(s, ts[0].span.1, ts[1].span.0, &ts),
            "adjective lists are not clauses"
        );
    }

    #[test]
    fn topics_are_not_acts() {
        let s = "Both sides stressed the importance of upholding peace and working together.";
        let t = tm(s, "working together");
        assert!(topic_only(
            s,
            (0, s.len()),
            &t,
            SentenceCues::of(&s.to_ascii_lowercase())
        )
        .is_some());
        let s = "The President stressed the importance of ties and expressed his willingness to work together.";
        let t = tm(s, "work together");
        assert!(
            topic_only(
                s,
                (0, s.len()),
                &t,
                SentenceCues::of(&s.to_ascii_lowercase())
            )
            .is_none(),
            "a new verb ends the topic"
        );
        let s = "We can talk endlessly about Russian-Chinese cooperation.";
        let mut t = tm(s, "cooperation");
        t.text = "cooperation".into();
        assert!(topic_only(
            s,
            (0, s.len()),
            &t,
            SentenceCues::of(&s.to_ascii_lowercase())
        )
        .is_some());
    }

    #[test]
    fn passives_are_recognised() {
        let s = "Iran was swiftly sanctioned by the EU.";
        assert!(is_passive(s, &tm(s, "sanctioned")));
        let s = "The EU sanctioned Iran.";
        assert!(!is_passive(s, &tm(s, "sanctioned")));
    }

    fn tm(s: &str, text: &str) -> TriggerMatch {
        let p = s.find(text).unwrap();
        TriggerMatch {
            span: (p, p + text.len()),
            text: text.into(),
            event_type: EventType::Cooperate,
            mode: None,
            cameo: None,
            role: RecipientRole::With,
            flags: Default::default(),
            pattern: text.into(),
        }
    }

    /// The char-by-char reading [`own_modality_in`] replaced, kept as the reference it must
    /// agree with.
    fn own_modality_reference(
        text: &str,
        clause: (usize, usize),
        t: &TriggerMatch,
        in_speech: bool,
        cues: SentenceCues,
    ) -> Modality {
        let mut m = Modality::default();
        let before = text.get(clause.0..t.span.0).unwrap_or("");
        let mut start_words: Vec<&str> = before.split_whitespace().rev().take(7).collect();
        start_words.reverse();
        let tail: String = start_words
            .iter()
            .map(|w| {
                w.chars()
                    .map(|c| c.to_ascii_lowercase())
                    .collect::<String>()
            })
            .collect::<Vec<_>>()
            .join(" ");
        let (mut negation, mut intention, mut future) = (false, false, false);
        for w in tail
            .split(|ch: char| !ch.is_alphanumeric() && ch != '\'')
            .filter(|w| !w.is_empty())
        {
            negation |= NEGATION.contains(&w);
            intention |= INTENTION.contains(&w);
            future |= FUTURE.contains(&w);
        }
        if !(intention && future) && tail.contains("to") {
            for hit in TAIL_PHRASES.find_overlapping_iter(&tail) {
                match TailPhrase::of(hit.pattern().as_usize()) {
                    TailPhrase::Intention => intention = true,
                    TailPhrase::Future => future = true,
                }
            }
        }
        if negation {
            m.negated = true;
            m.cue = Some("negation");
        }
        if before
            .split_whitespace()
            .any(|w| w.eq_ignore_ascii_case("if") || w.eq_ignore_ascii_case("unless"))
        {
            m.hypothetical = true;
            m.cue = m.cue.or(Some("if"));
        }
        if intention {
            m.intention = true;
            m.cue = m.cue.or(Some("intention"));
        }
        if future {
            m.future = true;
            m.cue = m.cue.or(Some("future"));
        }
        if in_speech {
            let mut after: Vec<&str> = Vec::new();
            let mut perfect = false;
            for w in tail.split_whitespace().rev() {
                if matches!(w, "have" | "has" | "had") {
                    perfect = true;
                    break;
                }
                after.push(w);
            }
            if perfect && after.len() <= 2 && !after.contains(&"to") {
                m.historical = true;
                m.cue = m.cue.or(Some("perfect"));
            }
        }
        if cues.background && BACKGROUND_PHRASES.is_match(before) {
            m.historical = true;
            m.cue = m.cue.or(Some("since"));
        }
        m
    }

    #[test]
    fn own_modality_agrees_with_the_char_by_char_reading() {
        let pieces = [
            "If",
            "unless",
            "UNLESS",
            "not",
            "Didn't",
            "won't",
            "will",
            "Will",
            "'ll",
            "ready",
            "to",
            "To",
            "tO",
            "be",
            "plans",
            "going",
            "expected",
            "has",
            "HAVE",
            "had",
            "since",
            "over the past",
            "Ukraine",
            "é",
            "naïve",
            "Straße",
            "中国",
            "x",
            "refused",
            "seeks",
            "intends",
            "looks forward",
            "upcoming",
            "next",
            "no",
            "without",
            "—",
            ",",
            "\u{a0}",
            "\u{2003}",
            "\u{85}",
            "\t",
            "\n",
            "  ",
            " ",
            "don't",
            "’s",
            "a-b",
            "it's",
            "committed",
            "verylongwordthatisnotacue",
            "to-be",
        ];
        let mut next = crate::words::test_rng(0x9E37_79B9_7F4A_7C15u64);
        for _ in 0..20_000 {
            let mut s = String::new();
            for _ in 0..next(18) {
                s.push_str(pieces[next(pieces.len())]);
                if next(3) > 0 {
                    s.push(' ');
                }
            }
            let at = s.len();
            s.push_str("meet");
            let t = TriggerMatch {
                span: (at, s.len()),
                ..tm(&s, "meet")
            };
            let clause = (0, s.len());
            for in_speech in [false, true] {
                let cues = SentenceCues::of(&s.to_ascii_lowercase());
                assert_eq!(
                    own_modality(&s, clause, &t, in_speech, cues),
                    own_modality_reference(&s, clause, &t, in_speech, cues),
                    "{s:?} in speech {in_speech}"
                );
            }
        }
    }

    #[test]
    fn own_modality_reads_cues_before_the_trigger() {
        let s = "India is ready to expand cooperation with Japan.";
        let m = own_modality(
            s,
            (0, s.len()),
            &tm(s, "expand cooperation"),
            false,
            SentenceCues::of(&s.to_ascii_lowercase()),
        );
        assert!(m.intention);
        let s = "Since 2019, India and Japan have worked together.";
        let m = own_modality(
            s,
            (0, s.len()),
            &tm(s, "worked together"),
            false,
            SentenceCues::of(&s.to_ascii_lowercase()),
        );
        assert!(m.historical);
        let s = "Paris did not sign the deal.";
        assert!(
            own_modality(
                s,
                (0, s.len()),
                &tm(s, "sign"),
                false,
                SentenceCues::of(&s.to_ascii_lowercase())
            )
            .negated
        );
        let s = "Seoul will send aid.";
        let m = own_modality(
            s,
            (0, s.len()),
            &tm(s, "send aid"),
            true,
            SentenceCues::of(&s.to_ascii_lowercase()),
        );
        assert!(m.future && !m.historical);
    }

    #[test]
    fn own_modality_phrases_and_their_priority() {
        let read = |s: &str, t: &str| {
            own_modality(
                s,
                (0, s.len()),
                &tm(s, t),
                false,
                SentenceCues::of(&s.to_ascii_lowercase()),
            )
        };
        // multi-word cues are read as phrases in the last words before the trigger
        let m = read("Tokyo looks forward to signing the accord.", "signing");
        assert!(m.intention && !m.future);
        assert_eq!(m.cue, Some("intention"));
        let m = read("The minister is expected to visit Hanoi.", "visit");
        assert!(m.future && !m.intention);
        assert_eq!(m.cue, Some("future"));
        // negation outranks intention as the deciding cue; both are kept
        let m = read("Kyiv is not willing to cede territory.", "cede");
        assert!(m.negated && m.intention);
        assert_eq!(m.cue, Some("negation"));
        // a cue word inside another word does not count ("nowhere", "willingly")
        let m = read("Troops nowhere near the border withdrew.", "withdrew");
        assert!(!m.negated && !m.intention && !m.future);
        // background phrases anywhere earlier in the clause, any case
        let m = read(
            "Over the past decade the two navies exercised together.",
            "exercised",
        );
        assert!(m.historical);
        assert_eq!(m.cue, Some("since"));
    }
}
