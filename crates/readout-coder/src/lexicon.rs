//! Event triggers: word patterns that signal a PLOVER event type, its mode and CAMEO code.
//!
//! The built-in lexicon is `data/coder/triggers.tsv` (embedded at compile time); users add
//! or override patterns with their own files in the same format (see `data/coder/README.md`).

pub(crate) mod pattern;

use readout_model::EventType;
use serde::Serialize;
use std::collections::HashMap;
use std::path::PathBuf;

/// Why a lexicon (trigger, context or issue file) could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum LexiconError {
    /// A lexicon file could not be read.
    #[error("cannot read {path}: {source}")]
    Io {
        /// The file that failed.
        path: String,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },
    /// A line of a lexicon file is malformed; reported as `file:line: reason`.
    #[error("{file}:{line}: {reason}")]
    Parse {
        /// File name (`data/coder/triggers.tsv (built in)` for an embedded file).
        file: String,
        /// One-based line number.
        line: usize,
        /// What is wrong with the line.
        reason: String,
    },
}

/// Where the recipient of a trigger usually stands relative to the trigger word.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RecipientRole {
    /// Direct object after the trigger ("condemned Israel", "praised China").
    #[default]
    Object,
    /// After "with" ("held talks with Russia").
    With,
    /// After "to" ("expressed gratitude to China", "provided aid to Turkey").
    To,
    /// After "on"/"upon" ("called on the US").
    On,
    /// After "against" ("sanctions against Iran").
    Against,
    /// After "from" ("withdrew troops from Syria", "recalled its ambassador from France").
    From,
    /// After "for" ("support for Kyrgyzstan").
    For,
    /// After "in" ("arrived in Beijing", "invested in Kenya").
    In,
    /// After "over"/"about" ("expressed concern over Washington's moves").
    Over,
    /// The grammatical subject of the modal or clause: "the US should stop …",
    /// "hopes that Kyrgyzstan will …" (recipient = the subject right after "that").
    Subject,
    /// The possessor just before the trigger ("the US' wrong words and deeds").
    Possessor,
    /// No recipient: reciprocal acts ("the two sides agreed") or acts with no target.
    None,
}

/// Extra facts about a trigger that the event coder uses to decide the final event.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct TriggerFlags {
    /// An intention/offer/promise cue ("ready to", "willing to", "will", "looks forward to"):
    /// a cooperative act it governs becomes AGREE (SPEC §2 rule on intentions).
    pub intention: bool,
    /// Both sides act together; participants are all actors and there is no recipient
    /// ("agreed", "exchanged views", "held talks").
    pub reciprocal: bool,
    /// Only an event when a recipient is found (e.g. "backed", "thanked").
    pub needs_recipient: bool,
    /// An obligation modal ("should", "must", "need to"): REQUEST when addressed to
    /// another party, AGREE when the speaker's own side is the subject ("both sides should").
    pub obligation: bool,
    /// A weak cue: code an event from it only when nothing stronger is in the clause.
    pub weak: bool,
    /// Roles are inverted: the grammatical subject is the recipient and the object the actor
    /// ("China hosted Erdogan": Erdogan visits, China hosts).
    pub inverse: bool,
    /// Announcing this act is doing it: "Britain will expel 23 diplomats" is a SANCTION, not a
    /// threat. A plain future ("will", "is to") keeps the type; an intention cue
    /// ("plans to", "threatened to") still makes it a threat.
    pub announced: bool,
    /// The party found through the role (after "from") started the contact:
    /// "X received a phone call from Y" → initiator Y.
    pub caller: bool,
    /// The grammatical subject is the target and the speaker of the reported statement is
    /// the actor, the type kept: "'Hamas will pay a heavy price,' Netanyahu said" is a
    /// THREATEN by Israel against Hamas; "May said the Russian state was culpable" an ACCUSE.
    pub subject_target: bool,
    /// A judgement, an event only in a known speaker's reported words: "Seoul said Pyongyang
    /// had violated the armistice" is an ACCUSE by South Korea; told by the narrator, none.
    pub speech_only: bool,
}

/// One trigger found in a sentence.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TriggerMatch {
    /// Byte range in the sentence from the first to the last matched word.
    pub span: (usize, usize),
    /// Matched words; discontinuous parts joined with " … ".
    pub text: String,
    /// PLOVER event type the trigger signals.
    pub event_type: EventType,
    /// PLOVER mode when the pattern implies one.
    pub mode: Option<String>,
    /// Specific CAMEO code when the pattern knows it (praise 051, sign agreement 057, …).
    pub cameo: Option<String>,
    /// Where the recipient usually is.
    pub role: RecipientRole,
    /// Intention, reciprocity and other hints.
    pub flags: TriggerFlags,
    /// The pattern source as written in the TSV file, for `--explain`.
    pub pattern: String,
}

/// The compiled trigger lexicon: built-in patterns plus any user extras. `Send + Sync`.
#[derive(Debug)]
pub struct TriggerSet {
    entries: Vec<TriggerEntry>,
    matcher: pattern::PatternMatcher,
}

/// One row of a trigger file after parsing.
#[derive(Debug, Clone)]
struct TriggerEntry {
    pattern: String,
    /// `None` for `IGNORE` rows: they win overlaps (e.g. "at the latter's request",
    /// "thanks to", "press conference") but produce no trigger.
    event_type: Option<EventType>,
    mode: Option<String>,
    cameo: Option<String>,
    compiled: pattern::Pattern,
    role: RecipientRole,
    flags: TriggerFlags,
}

/// The built-in trigger file, embedded so the binary needs no data directory.
const BUILTIN_TRIGGERS: &str = include_str!("../../../data/coder/triggers.tsv");

/// Display name of the embedded trigger file in error messages.
const BUILTIN_NAME: &str = "data/coder/triggers.tsv (built in)";

impl TriggerSet {
    /// The built-in lexicon from `data/coder/triggers.tsv`.
    pub fn builtin() -> Result<TriggerSet, LexiconError> {
        Self::with_extras(&[])
    }

    /// The built-in lexicon extended by user files in the same format. A user row whose
    /// pattern equals an earlier one replaces it; type `DROP` removes it.
    pub fn with_extras(paths: &[PathBuf]) -> Result<TriggerSet, LexiconError> {
        let mut rows: Vec<TriggerEntry> = Vec::new();
        let mut index: HashMap<String, usize> = HashMap::new();
        let mut dropped: Vec<bool> = Vec::new();
        let mut add_file = |name: &str, text: &str| -> Result<(), LexiconError> {
            for row in parse_trigger_file(name, text)? {
                match row {
                    ParsedRow::Drop(key, line) => match index.get(&key) {
                        Some(&i) => dropped[i] = true,
                        None => {
                            return Err(parse_err(
                                name,
                                line,
                                format!("DROP of unknown pattern {key:?}"),
                            ));
                        }
                    },
                    ParsedRow::Entry(e) => {
                        let key = pattern_key(&e.pattern);
                        match index.get(&key) {
                            Some(&i) => {
                                rows[i] = e;
                                dropped[i] = false;
                            }
                            None => {
                                index.insert(key, rows.len());
                                rows.push(e);
                                dropped.push(false);
                            }
                        }
                    }
                }
            }
            Ok(())
        };
        add_file(BUILTIN_NAME, BUILTIN_TRIGGERS)?;
        for path in paths {
            let text = std::fs::read_to_string(path).map_err(|source| LexiconError::Io {
                path: path.display().to_string(),
                source,
            })?;
            add_file(&path.display().to_string(), &text)?;
        }
        let entries: Vec<TriggerEntry> = rows
            .into_iter()
            .zip(dropped)
            .filter(|(_, d)| !d)
            .map(|(e, _)| e)
            .collect();
        let patterns = entries.iter().map(|e| e.compiled.clone()).collect();
        let matcher = pattern::PatternMatcher::new(patterns)
            .map_err(|reason| parse_err(BUILTIN_NAME, 0, reason))?;
        Ok(TriggerSet { entries, matcher })
    }

    /// All triggers in `sentence`, sorted by start; where matches share a word the longest
    /// / most specific pattern wins (more required words, then more letters, then tighter span).
    pub fn find(&self, sentence: &str) -> Vec<TriggerMatch> {
        let prep = pattern::Prepared::new(sentence);
        self.triggers_in(sentence, &prep, self.matcher.find_all(&prep))
    }

    /// The compiled patterns, for combining with other lexicons.
    pub(crate) fn matcher(&self) -> &pattern::PatternMatcher {
        &self.matcher
    }

    /// Triggers from raw matches of this set's patterns (found alone or combined).
    pub(crate) fn triggers_in(
        &self,
        sentence: &str,
        prep: &pattern::Prepared,
        raw: Vec<pattern::RawMatch>,
    ) -> Vec<TriggerMatch> {
        if raw.is_empty() {
            return Vec::new();
        }
        let kept = pattern::resolve_overlaps(raw, prep.words.len());
        kept.into_iter()
            .filter_map(|m| {
                let e = &self.entries[m.pattern];
                // `IGNORE` rows have done their work (winning overlaps): no text to build
                let event_type = e.event_type?;
                Some(TriggerMatch {
                    span: m.span(prep),
                    text: m.text(sentence, prep),
                    event_type,
                    mode: e.mode.clone(),
                    cameo: e.cameo.clone(),
                    role: e.role,
                    flags: e.flags,
                    pattern: e.pattern.clone(),
                })
            })
            .collect()
    }

    /// Number of patterns.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when there are no patterns (never for the built-in lexicon).
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

/// The identity of a pattern for overrides: lower-cased, single-spaced source.
fn pattern_key(src: &str) -> String {
    src.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// A `file:line: reason` error.
pub(crate) fn parse_err(file: &str, line: usize, reason: impl Into<String>) -> LexiconError {
    LexiconError::Parse {
        file: file.to_string(),
        line,
        reason: reason.into(),
    }
}

/// One parsed line of a trigger file.
enum ParsedRow {
    Entry(TriggerEntry),
    /// `pattern<TAB>DROP`: remove an earlier pattern (key, line number).
    Drop(String, usize),
}

/// Lines that carry data: not blank, not a `#` comment. Yields (1-based line number, line).
pub(crate) fn data_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.trim_end_matches('\r')))
        .filter(|(_, l)| {
            let t = l.trim();
            !t.is_empty() && !t.starts_with('#')
        })
}

/// Is `line` a column header (its second column one of `names`, case-insensitive)?
pub(crate) fn is_header(line: &str, names: &[&str]) -> bool {
    line.split('\t')
        .nth(1)
        .is_some_and(|c| names.iter().any(|n| c.trim().eq_ignore_ascii_case(n)))
}

/// Parse a whole trigger file (an optional first header row `pattern<TAB>type…` is skipped); duplicate patterns within one file are an error.
fn parse_trigger_file(name: &str, text: &str) -> Result<Vec<ParsedRow>, LexiconError> {
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut out = Vec::new();
    for (i, (line, l)) in data_lines(text).enumerate() {
        if i == 0 && is_header(l, &["type"]) {
            continue;
        }
        let row = parse_trigger_line(l).map_err(|r| parse_err(name, line, r))?;
        let key = match &row {
            ParsedRow::Entry(e) => pattern_key(&e.pattern),
            ParsedRow::Drop(k, _) => k.clone(),
        };
        if let Some(first) = seen.insert(key.clone(), line) {
            return Err(parse_err(
                name,
                line,
                format!("duplicate pattern {key:?} (first on line {first})"),
            ));
        }
        out.push(match row {
            ParsedRow::Drop(k, _) => ParsedRow::Drop(k, line),
            e => e,
        });
    }
    Ok(out)
}

/// Parse `pattern<TAB>TYPE[<TAB>mode<TAB>cameo<TAB>role<TAB>flags]`.
fn parse_trigger_line(line: &str) -> Result<ParsedRow, String> {
    let cols: Vec<&str> = line.split('\t').map(str::trim).collect();
    if cols.len() < 2 {
        return Err("expected at least 2 tab-separated columns: pattern, event type".into());
    }
    if cols.len() > 6 {
        return Err(format!(
            "expected at most 6 columns (pattern, type, mode, cameo, role, flags), found {}",
            cols.len()
        ));
    }
    let src = cols[0];
    let compiled = pattern::Pattern::parse(src)?;
    let col = |i: usize| cols.get(i).copied().filter(|c| !c.is_empty() && *c != "-");
    if cols[1].eq_ignore_ascii_case("drop") {
        return Ok(ParsedRow::Drop(pattern_key(src), 0));
    }
    if cols[1].eq_ignore_ascii_case("ignore") {
        if cols[2..].iter().any(|c| !c.is_empty() && *c != "-") {
            return Err("an IGNORE row takes no mode, CAMEO, role or flags".into());
        }
        return Ok(ParsedRow::Entry(TriggerEntry {
            pattern: pattern_key(src),
            compiled,
            event_type: None,
            mode: None,
            cameo: None,
            role: RecipientRole::None,
            flags: TriggerFlags::default(),
        }));
    }
    let event_type: EventType = cols[1]
        .parse()
        .map_err(|e: readout_model::UnknownName| format!("{e} (or IGNORE, DROP)"))?;
    let mode = match col(2) {
        Some(m) if event_type.has_mode(m) => Some(m.to_string()),
        Some(m) => {
            let modes: Vec<&str> = event_type.modes().collect();
            let allowed = if modes.is_empty() {
                "none".to_string()
            } else {
                modes.join(", ")
            };
            return Err(format!(
                "unknown mode {m:?} for {event_type}; allowed: {allowed}"
            ));
        }
        None => None,
    };
    let cameo = match col(3) {
        Some(c) if (2..=4).contains(&c.len()) && c.bytes().all(|b| b.is_ascii_digit()) => {
            Some(c.to_string())
        }
        Some(c) => return Err(format!("CAMEO code {c:?} must be 2 to 4 digits")),
        None => None,
    };
    let role = match col(4) {
        None => RecipientRole::Object,
        Some(r) => parse_role(r)?,
    };
    let mut flags = TriggerFlags::default();
    if let Some(fs) = col(5) {
        for f in fs.split(',').map(str::trim).filter(|f| !f.is_empty()) {
            match f {
                "intention" => flags.intention = true,
                "reciprocal" => flags.reciprocal = true,
                "needs_recipient" => flags.needs_recipient = true,
                "obligation" => flags.obligation = true,
                "weak" => flags.weak = true,
                "inverse" => flags.inverse = true,
                "announced" => flags.announced = true,
                "caller" => flags.caller = true,
                "subject_target" => flags.subject_target = true,
                "speech_only" => flags.speech_only = true,
                other => {
                    return Err(format!(
                        "unknown flag {other:?}; allowed: intention, reciprocal, needs_recipient, obligation, weak, inverse, announced, caller, subject_target, speech_only"
                    ))
                }
            }
        }
    }
    Ok(ParsedRow::Entry(TriggerEntry {
        pattern: pattern_key(src),
        compiled,
        event_type: Some(event_type),
        mode,
        cameo,
        role,
        flags,
    }))
}

/// Parse a recipient-role column.
fn parse_role(r: &str) -> Result<RecipientRole, String> {
    Ok(match r.to_ascii_lowercase().as_str() {
        "object" => RecipientRole::Object,
        "with" => RecipientRole::With,
        "to" => RecipientRole::To,
        "on" => RecipientRole::On,
        "against" => RecipientRole::Against,
        "from" => RecipientRole::From,
        "for" => RecipientRole::For,
        "in" => RecipientRole::In,
        "over" | "about" => RecipientRole::Over,
        "subject" => RecipientRole::Subject,
        "possessor" => RecipientRole::Possessor,
        "none" => RecipientRole::None,
        other => {
            return Err(format!("unknown recipient role {other:?}; allowed: object, with, to, on, against, from, for, in, over, subject, possessor, none"))
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::OnceLock;

    fn builtin() -> &'static TriggerSet {
        static SET: OnceLock<TriggerSet> = OnceLock::new();
        SET.get_or_init(|| match TriggerSet::builtin() {
            Ok(t) => t,
            Err(e) => panic!("built-in lexicon fails to load: {e}"),
        })
    }

    fn show(ms: &[TriggerMatch]) -> String {
        ms.iter()
            .map(|m| format!("{}/{:?} [{}] <{}>", m.event_type, m.mode, m.text, m.pattern))
            .collect::<Vec<_>>()
            .join("; ")
    }

    /// The match of type `ty` (and mode, when given) in `s`; panics with all matches otherwise.
    fn expect(s: &str, ty: EventType, mode: Option<&str>) -> TriggerMatch {
        let ms = builtin().find(s);
        match ms
            .iter()
            .find(|m| m.event_type == ty && (mode.is_none() || m.mode.as_deref() == mode))
        {
            Some(m) => m.clone(),
            None => panic!("no {ty}/{mode:?} in {s:?}; found: {}", show(&ms)),
        }
    }

    fn types(s: &str) -> Vec<EventType> {
        builtin()
            .find(s)
            .into_iter()
            .map(|m| m.event_type)
            .collect()
    }

    #[test]
    fn builtin_loads_with_enough_patterns() {
        let t = builtin();
        assert!(t.len() >= 400, "only {} patterns", t.len());
        assert!(!t.is_empty());
    }

    #[test]
    fn builtin_covers_every_type_and_mode() {
        let t = builtin();
        for ty in EventType::ALL {
            assert!(
                t.entries.iter().any(|e| e.event_type == Some(ty)),
                "no pattern for {ty}"
            );
            for mode in ty.modes() {
                assert!(
                    t.entries
                        .iter()
                        .any(|e| e.event_type == Some(ty) && e.mode.as_deref() == Some(mode)),
                    "no pattern for {ty}/{mode}"
                );
            }
        }
    }

    /// Three or more wire-style sentences per PLOVER type, from many governments.
    #[test]
    fn every_type_is_found_in_news_sentences() {
        use EventType::*;
        let cases: &[(&str, EventType)] = &[
            ("The two sides agreed to resume direct flights between Seoul and Tokyo.", Agree),
            ("Japan pledged $500 million in reconstruction aid to Ukraine on Tuesday.", Agree),
            ("Mexico is ready to host the next round of negotiations.", Agree),
            ("The ministers reached a consensus on fishing quotas.", Agree),
            ("Indian Prime Minister Narendra Modi held talks with his Japanese counterpart.", Consult),
            ("French President Emmanuel Macron spoke by phone with Iranian President Ebrahim Raisi.", Consult),
            ("German Chancellor Olaf Scholz paid an official visit to Beijing.", Consult),
            ("Kenyan President William Ruto received a delegation from the African Union.", Consult),
            ("Canada praised Ghana's peaceful transfer of power.", Support),
            ("Brazil and Argentina signed a memorandum of understanding on energy.", Support),
            ("Kazakhstan expressed gratitude to Russia for its assistance.", Support),
            ("Pakistan firmly supports China's position on the issue.", Support),
            ("Washington eased sanctions on Venezuelan oil exports.", Concede),
            ("The junta lifted the curfew in the capital.", Concede),
            ("The minister apologized to the families of the victims.", Concede),
            ("Belgrade made concessions on the licence-plate dispute.", Concede),
            ("Russian and Chinese warships held joint naval exercises in the Sea of Japan.", Cooperate),
            ("Thailand extradited the suspect to Australia.", Cooperate),
            ("The two agencies share intelligence on smuggling networks.", Cooperate),
            ("Japan delivered humanitarian aid to flood victims in Pakistan.", Aid),
            ("Saudi Arabia donated 50 ambulances to Yemen.", Aid),
            ("China provided 1 million vaccine doses to Cambodia.", Aid),
            ("Russia withdrew its troops from the Kherson region.", Retreat),
            ("Houthi rebels released 14 prisoners under the deal.", Retreat),
            ("Prime Minister Liz Truss resigned on Thursday.", Retreat),
            ("The UN Secretary-General called on both sides to exercise restraint.", Request),
            ("Germany urged Iran to release the detained dual nationals.", Request),
            ("Beijing hopes that Washington will stop arms sales to Taiwan.", Request),
            ("Poland condemned the missile strike on Lviv.", Accuse),
            ("Washington accused Moscow of spreading disinformation.", Accuse),
            ("The Foreign Ministry summoned the Dutch ambassador over the remarks.", Accuse),
            ("Tehran rejected the proposal for direct talks.", Reject),
            ("Moscow vetoed the Security Council resolution.", Reject),
            ("The president refused to step down despite the protests.", Reject),
            ("North Korea threatened to attack US bases in Guam.", Threaten),
            ("Beijing warned of countermeasures if the visit goes ahead.", Threaten),
            ("The Kremlin issued an ultimatum to Kyiv.", Threaten),
            ("Thousands of demonstrators marched through Tbilisi against the law.", Protest),
            ("Dock workers went on strike in Rotterdam.", Protest),
            ("Riots broke out in Dakar after the verdict.", Protest),
            ("The US Treasury imposed sanctions on three Iranian oil firms.", Sanction),
            ("Lithuania expelled two Russian diplomats.", Sanction),
            ("A Moscow court sentenced the activist to 25 years in prison.", Sanction),
            ("Russia massed troops near the Ukrainian border.", Mobilize),
            ("Pyongyang test-fired two ballistic missiles into the sea.", Mobilize),
            ("The government deployed riot police to the capital.", Mobilize),
            ("Police arrested dozens of opposition supporters in Kampala.", Coerce),
            ("Security forces raided the offices of the newspaper.", Coerce),
            ("Customs officers seized 2 tonnes of cocaine.", Coerce),
            ("Israeli air strikes killed 12 people in Gaza.", Assault),
            ("Russian forces shelled Kharkiv overnight.", Assault),
            ("Gunmen opened fire on a bus in Balochistan.", Assault),
        ];
        for (s, ty) in cases {
            expect(s, *ty, None);
        }
    }

    /// One sentence per mode the lexicon maps.
    #[test]
    fn every_mode_is_found() {
        use EventType::*;
        let cases: &[(&str, EventType, &str)] = &[
            (
                "Wang Yi had a phone conversation with Sergey Lavrov.",
                Consult,
                "phone",
            ),
            (
                "The presidents held a video call on Monday.",
                Consult,
                "phone",
            ),
            (
                "Scholz paid an official visit to Beijing.",
                Consult,
                "visit",
            ),
            (
                "The leaders met on the sidelines of the G20 summit in Bali.",
                Consult,
                "multilateral",
            ),
            (
                "Oman mediated between Tehran and Washington.",
                Consult,
                "third-party",
            ),
            (
                "Russia withdrew its troops from the Kherson region.",
                Retreat,
                "withdraw",
            ),
            (
                "Houthi rebels released 14 prisoners under the deal.",
                Retreat,
                "release",
            ),
            (
                "Rebel fighters began to disarm under UN supervision.",
                Retreat,
                "disarm",
            ),
            (
                "A ceasefire between Armenia and Azerbaijan took effect at midnight.",
                Retreat,
                "ceasefire",
            ),
            (
                "Israel allowed access for aid trucks at the crossing.",
                Retreat,
                "access",
            ),
            (
                "Prime Minister Liz Truss resigned on Thursday.",
                Retreat,
                "resign",
            ),
            (
                "Lebanon appealed for international aid after the blast.",
                Request,
                "assist",
            ),
            (
                "The US should stop interfering in the region.",
                Request,
                "change",
            ),
            (
                "Germany urged Iran to release the detained dual nationals.",
                Request,
                "yield",
            ),
            (
                "The envoy called for talks between the parties.",
                Request,
                "meet",
            ),
            (
                "Poland condemned the missile strike on Lviv.",
                Accuse,
                "disapprove",
            ),
            (
                "Prosecutors launched an investigation into the arms deal.",
                Accuse,
                "investigate",
            ),
            (
                "Activists alleged that the vote was rigged.",
                Accuse,
                "allege",
            ),
            (
                "Hanoi rejected the offer of aid from the donors.",
                Reject,
                "assist",
            ),
            (
                "The government refused to reform the electoral law.",
                Reject,
                "change",
            ),
            ("The president refused to step down.", Reject, "yield"),
            (
                "The rebels refused to attend the peace conference.",
                Reject,
                "meet",
            ),
            (
                "Washington threatened to impose new sanctions on Minsk.",
                Threaten,
                "restrict",
            ),
            (
                "The regime threatened to arrest the protest leaders.",
                Threaten,
                "arrest",
            ),
            (
                "Ankara threatened to sever diplomatic ties with Tel Aviv.",
                Threaten,
                "relations",
            ),
            (
                "Ankara threatened to expel ten Western ambassadors.",
                Threaten,
                "expel",
            ),
            (
                "Caracas threatened to annex the disputed region.",
                Threaten,
                "territory",
            ),
            (
                "North Korea threatened to attack US bases in Guam.",
                Threaten,
                "violence",
            ),
            (
                "Thousands of demonstrators gathered in Tbilisi.",
                Protest,
                "demo",
            ),
            (
                "Riots broke out in Dakar after the verdict.",
                Protest,
                "riot",
            ),
            (
                "Dock workers went on strike in Rotterdam.",
                Protest,
                "strike",
            ),
            (
                "Activists began a hunger strike outside parliament.",
                Protest,
                "hunger",
            ),
            ("Opposition parties boycotted the vote.", Protest, "boycott"),
            (
                "Farmers blocked roads with tractors across France.",
                Protest,
                "obstruct",
            ),
            (
                "Protesters vandalized the embassy gates.",
                Protest,
                "vandalize",
            ),
            (
                "A Moscow court sentenced the activist to 25 years in prison.",
                Sanction,
                "convict",
            ),
            (
                "Lithuania expelled two Russian diplomats.",
                Sanction,
                "expel",
            ),
            (
                "Paris recalled its ambassador from Canberra.",
                Sanction,
                "withdraw",
            ),
            (
                "Niger suspended military cooperation with France.",
                Sanction,
                "discontinue",
            ),
            (
                "Russia massed troops near the Ukrainian border.",
                Mobilize,
                "troops",
            ),
            (
                "Pyongyang test-fired two ballistic missiles into the sea.",
                Mobilize,
                "weapons",
            ),
            (
                "The government deployed riot police to the capital.",
                Mobilize,
                "police",
            ),
            (
                "The warlord mobilized his militia in the east.",
                Mobilize,
                "militia",
            ),
            (
                "Customs officers seized 2 tonnes of cocaine.",
                Coerce,
                "seize",
            ),
            (
                "The authorities restricted movement in the province.",
                Coerce,
                "restrict",
            ),
            (
                "The regulator censored news reports about the crash.",
                Coerce,
                "censor",
            ),
            ("The authorities imposed a curfew in Leh.", Coerce, "curfew"),
            ("The junta declared martial law.", Coerce, "martial-law"),
            (
                "Police arrested dozens of opposition supporters in Kampala.",
                Coerce,
                "arrest",
            ),
            ("Hungary deported the asylum seekers.", Coerce, "deport"),
            (
                "The ministry withheld the salaries of striking teachers.",
                Coerce,
                "withhold",
            ),
            (
                "State media spread false information about the vaccine.",
                Coerce,
                "misinformation",
            ),
            (
                "Hackers launched a cyberattack on Ukrainian banks.",
                Coerce,
                "cyber",
            ),
            ("Boko Haram abducted 80 schoolgirls.", Assault, "abduct"),
            ("Guards beat the prisoners with batons.", Assault, "beat"),
            ("Detainees were tortured in the prison.", Assault, "torture"),
            ("Soldiers raped women in the village.", Assault, "sexual"),
            (
                "The opposition leader was assassinated in Tripoli.",
                Assault,
                "targeted",
            ),
            (
                "Militants demolished the shrine in Timbuktu.",
                Assault,
                "destroy",
            ),
            ("The man stabbed two police officers.", Assault, "primitive"),
            (
                "Gunmen opened fire on a bus in Balochistan.",
                Assault,
                "firearms",
            ),
            (
                "A car bomb exploded near the ministry in Mogadishu.",
                Assault,
                "explosives",
            ),
            (
                "A suicide bomber killed 20 at a mosque in Peshawar.",
                Assault,
                "suicide-attack",
            ),
            (
                "Israeli air strikes killed 12 people in Gaza.",
                Assault,
                "aerial",
            ),
            (
                "A US drone strike killed a senior commander.",
                Assault,
                "drone",
            ),
            (
                "Russian forces shelled Kharkiv overnight.",
                Assault,
                "heavy-weapons",
            ),
            (
                "Riot police fired tear gas at the crowd.",
                Assault,
                "crowd-control",
            ),
            (
                "The militia carried out a massacre in the village.",
                Assault,
                "unconventional",
            ),
        ];
        for (s, ty, mode) in cases {
            let m = expect(s, *ty, Some(mode));
            assert!(ty.has_mode(mode));
            assert_eq!(m.mode.as_deref(), Some(*mode));
        }
    }

    #[test]
    fn cameo_and_roles_come_with_the_match() {
        let m = expect(
            "Canada praised Ghana's peaceful transfer of power.",
            EventType::Support,
            None,
        );
        assert_eq!(m.cameo.as_deref(), Some("051"));
        assert_eq!(m.role, RecipientRole::Object);
        let m = expect(
            "Brazil and Argentina signed a memorandum of understanding.",
            EventType::Support,
            None,
        );
        assert_eq!(m.cameo.as_deref(), Some("057"));
        assert!(m.flags.reciprocal);
        let m = expect(
            "The UN called on Israel to halt its offensive.",
            EventType::Request,
            None,
        );
        assert_eq!(m.role, RecipientRole::On);
        let m = expect(
            "Paris recalled its ambassador from Canberra.",
            EventType::Sanction,
            Some("withdraw"),
        );
        assert_eq!(m.role, RecipientRole::From);
        let m = expect(
            "Egypt hosted the Sudanese leader in Cairo.",
            EventType::Consult,
            Some("visit"),
        );
        assert!(m.flags.inverse, "the host is the recipient");
        let m = expect(
            "The two sides exchanged views on regional issues.",
            EventType::Consult,
            None,
        );
        assert!(m.flags.reciprocal);
    }

    #[test]
    fn intention_cues_are_flagged_for_the_agree_rule() {
        for (s, cue) in [
            (
                "Turkey is ready to enhance cooperation with China.",
                "ready to",
            ),
            (
                "China stands ready to deepen counter-terrorism cooperation with Turkey.",
                "stands ready to",
            ),
            (
                "Erdogan is willing to expand cooperation in trade.",
                "willing to",
            ),
            ("Seoul intends to build the plant with Hanoi.", "intends to"),
            (
                "The US side looks forward to sharing views with Beijing.",
                "looks forward to",
            ),
            ("Tokyo plans to open a consulate in Almaty.", "plans to"),
        ] {
            let ms = builtin().find(s);
            let m = ms
                .iter()
                .find(|m| m.flags.intention)
                .unwrap_or_else(|| panic!("no intention in {s:?}: {}", show(&ms)));
            assert_eq!(m.event_type, EventType::Agree);
            assert_eq!(m.text, cue);
        }
        // The governed act is still reported, so the core can turn it into AGREE.
        let ms = builtin().find("Turkey is ready to enhance cooperation with China.");
        assert!(ms.iter().any(|m| m.event_type == EventType::Cooperate));
        let m = expect(
            "President Xi will hold a virtual meeting with President Biden.",
            EventType::Agree,
            None,
        );
        assert!(m.flags.intention, "a future meeting is an intention");
    }

    #[test]
    fn rockets_shells_and_barrages_fired_are_assaults() {
        use EventType::*;
        for (s, mode) in [
            (
                "Militants fired a dozen rockets towards Sderot overnight.",
                "heavy-weapons",
            ),
            ("Rebels lobbed mortars at the airport.", "heavy-weapons"),
            ("Moscow unleashed a missile barrage on Odesa.", "aerial"),
            ("The drone salvos hit the port of Izmail.", "aerial"),
        ] {
            expect(s, Assault, Some(mode));
            assert!(!types(s).contains(&Mobilize), "{s}: an attack, not a test");
        }
        // a test launch stays MOBILIZE
        expect(
            "Pyongyang test-launched a new solid-fuel missile.",
            Mobilize,
            Some("weapons"),
        );
        expect(
            "Jets struck several sites used by the insurgents.",
            Assault,
            None,
        );
        expect(
            "Security forces used excessive force against demonstrators in Lagos.",
            Assault,
            Some("crowd-control"),
        );
        expect(
            "Gunmen stormed the embassy compound in Tripoli.",
            Coerce,
            Some("seize"),
        );
        expect("Insurgents overran the garrison town.", Assault, None);
    }

    #[test]
    fn call_ups_and_massed_armour_are_mobilisations() {
        expect(
            "The cabinet approved the call-up of 20,000 reservists.",
            EventType::Mobilize,
            Some("troops"),
        );
        expect(
            "Baku massed tanks near the frontier.",
            EventType::Mobilize,
            Some("weapons"),
        );
    }

    #[test]
    fn threats_of_prices_consequences_and_reviews() {
        let m = expect(
            "\"The aggressors will pay a heavy price,\" the minister said.",
            EventType::Threaten,
            Some("violence"),
        );
        assert!(m.flags.subject_target);
        let m = expect(
            "He said Caracas would face serious consequences.",
            EventType::Threaten,
            None,
        );
        assert!(m.flags.subject_target);
        expect(
            "Canberra will reassess its relations with Beijing.",
            EventType::Threaten,
            Some("relations"),
        );
        expect(
            "The ministry promised tougher measures against Warsaw.",
            EventType::Threaten,
            Some("restrict"),
        );
        expect(
            "Officials said all soldiers were now legitimate targets.",
            EventType::Threaten,
            Some("violence"),
        );
    }

    #[test]
    fn announced_sanctions_and_paused_aid_are_sanctions() {
        use EventType::Sanction;
        let m = expect(
            "Norway will expel four Iranian diplomats.",
            Sanction,
            Some("expel"),
        );
        assert!(m.flags.announced, "an announced expulsion stays SANCTION");
        let m = expect(
            "Washington paused $150 million in military assistance to Kigali.",
            Sanction,
            Some("discontinue"),
        );
        assert!(m.flags.announced);
        assert!(
            !types("Washington paused $150 million in military assistance to Kigali.")
                .contains(&EventType::Aid)
        );
        expect(
            "ECOWAS suspended Mali from its decision-making bodies.",
            Sanction,
            Some("discontinue"),
        );
        expect(
            "Paris froze all high-level contacts with Bamako.",
            Sanction,
            Some("discontinue"),
        );
        expect(
            "Jakarta scrapped the frigate contract with the shipyard.",
            Sanction,
            Some("discontinue"),
        );
        expect(
            "Rome called back its ambassador from Cairo.",
            Sanction,
            Some("withdraw"),
        );
        expect(
            "Its ambassador in Ottawa has been recalled for consultations.",
            Sanction,
            Some("withdraw"),
        );
        expect("Washington reimposed sanctions on Caracas.", Sanction, None);
    }

    #[test]
    fn waivers_releases_and_swaps_are_concessions_or_retreats() {
        expect(
            "Treasury granted a waiver to three refiners.",
            EventType::Concede,
            None,
        );
        let m = expect(
            "Armenia and Azerbaijan exchanged 32 prisoners at the border.",
            EventType::Retreat,
            Some("release"),
        );
        assert!(m.flags.reciprocal);
        assert!(
            !types("Armenia and Azerbaijan exchanged 32 prisoners at the border.")
                .contains(&EventType::Assault)
        );
        expect(
            "The hostage exchange took place in Doha.",
            EventType::Retreat,
            Some("release"),
        );
        expect(
            "The opposition leader was allowed to return home on Friday.",
            EventType::Retreat,
            Some("release"),
        );
        assert!(!types("The currency swap with Ankara was extended.").contains(&EventType::Retreat));
    }

    #[test]
    fn blame_provocations_and_regret_are_accusations() {
        let m = expect(
            "The minister said the regime was culpable for the poisoning.",
            EventType::Accuse,
            Some("allege"),
        );
        assert!(m.flags.subject_target);
        expect(
            "Tokyo called the launch a grave provocation.",
            EventType::Accuse,
            Some("disapprove"),
        );
        expect(
            "Ottawa deeply regrets the decision by New Delhi.",
            EventType::Accuse,
            Some("disapprove"),
        );
        // a condemnation is a strong cue; the weak "will" is not
        let ms = builtin().find("The bloc condemns the crackdown and will respond.");
        let accuse = ms.iter().find(|m| m.event_type == EventType::Accuse);
        assert!(accuse.is_some_and(|m| !m.flags.weak), "{}", show(&ms));
    }

    #[test]
    fn dismissals_and_defiance_are_rejections() {
        expect(
            "Hanoi brushed aside the complaint.",
            EventType::Reject,
            None,
        );
        expect(
            "Caracas vowed to evade the oil embargo.",
            EventType::Reject,
            None,
        );
        expect(
            "Seoul will never accept the claim.",
            EventType::Reject,
            None,
        );
    }

    #[test]
    fn protests_strikes_and_repression_vocabulary() {
        use EventType::*;
        expect(
            "Civil disobedience spread to the ports.",
            Protest,
            Some("demo"),
        );
        expect(
            "Nurses stayed away from work on Monday.",
            Protest,
            Some("strike"),
        );
        expect(
            "Residents gathered outside the ministry on Sunday to protest.",
            Protest,
            Some("demo"),
        );
        expect(
            "The governor imposed a dusk-to-dawn curfew.",
            Coerce,
            Some("curfew"),
        );
        expect(
            "The army declared martial law in the province.",
            Coerce,
            Some("martial-law"),
        );
        expect(
            "Authorities cut mobile internet in the region.",
            Coerce,
            Some("censor"),
        );
        expect(
            "Internet access was severely restricted for days.",
            Coerce,
            Some("censor"),
        );
        expect("The editor was forced into exile.", Coerce, Some("deport"));
    }

    #[test]
    fn vows_to_hit_back_and_holding_responsible() {
        expect(
            "Baghdad said it would respond decisively to any incursion.",
            EventType::Threaten,
            Some("violence"),
        );
        expect(
            "The ministry held Kabul responsible for the attack.",
            EventType::Accuse,
            Some("allege"),
        );
        // "responsible" is not a form of "respond"
        assert!(!types("Officials responsible firmly denied it.").contains(&EventType::Threaten));
        let m = expect(
            "Kenya asked for urgent food shipments.",
            EventType::Request,
            None,
        );
        assert!(!m.flags.weak, "\"asked for\" is a firm request");
        expect(
            "Chile restated its opposition to the embargo.",
            EventType::Reject,
            None,
        );
        expect(
            "Quito scrapped the mining contract with the consortium.",
            EventType::Sanction,
            Some("discontinue"),
        );
        expect(
            "The junta tore up the 2015 peace accord.",
            EventType::Sanction,
            Some("discontinue"),
        );
    }

    #[test]
    fn more_weapons_visas_warnings_and_calls() {
        use EventType::*;
        expect(
            "Helicopters dropped barrel bombs on Aleppo.",
            Assault,
            Some("aerial"),
        );
        expect(
            "The dissident was poisoned in Tomsk.",
            Assault,
            Some("unconventional"),
        );
        assert!(!types("Forty guests suffered food poisoning.").contains(&Assault));
        expect(
            "Ankara warned that it would retaliate against any attack.",
            Threaten,
            Some("violence"),
        );
        expect(
            "Students burned flags outside the consulate.",
            Protest,
            Some("demo"),
        );
        let m = expect(
            "Minsk revoked the accreditation of two reporters.",
            Sanction,
            Some("discontinue"),
        );
        assert!(m.flags.announced);
        expect(
            "Twelve officials were barred from entering the country.",
            Sanction,
            None,
        );
        expect(
            "The chancellor phoned her counterpart in Madrid.",
            Consult,
            Some("phone"),
        );
    }

    #[test]
    fn rescue_teams_sent_are_aid_and_calling_a_step_historic_is_praise() {
        use EventType::*;
        expect(
            "Japan sent two search and rescue teams to Nepal.",
            Aid,
            None,
        );
        expect(
            "Qatar dispatched rescuers and relief goods to Morocco.",
            Aid,
            None,
        );
        assert!(!types("Japan sent two search and rescue teams to Nepal.").contains(&Mobilize));
        let m = expect("The premier called it a landmark step.", Support, None);
        assert_eq!(m.cameo.as_deref(), Some("051"));
        assert!(types("Lagos called for a historic compromise.").contains(&Request));
        assert!(!types("The treaty covers internationally banned weapons.").contains(&Sanction));
    }

    #[test]
    fn disasters_and_ordinary_warnings_are_not_attacks_or_threats() {
        use EventType::*;
        for s in [
            "The earthquake struck buildings across the province.",
            "A cyclone hit homes along the coast.",
        ] {
            assert!(!types(s).contains(&Assault), "{s}: {:?}", types(s));
        }
        // only the weak "warned" itself; "would face" needs a consequence to be a threat
        let ms = builtin().find("He warned that the economy would face a recession.");
        assert!(
            ms.iter().all(|m| m.event_type != Threaten || m.flags.weak),
            "{}",
            show(&ms)
        );
        let ms = builtin().find("He warned that Minsk would face severe consequences.");
        assert!(
            ms.iter().any(|m| m.event_type == Threaten && !m.flags.weak),
            "{}",
            show(&ms)
        );
    }

    #[test]
    fn intended_conflict_acts_are_threats_not_agreements() {
        use EventType::*;
        for (s, mode) in [
            ("The junta vowed to crush the uprising.", "violence"),
            (
                "Ankara is ready to impose sanctions on Stockholm.",
                "restrict",
            ),
            ("Riga plans to expel three Belarusian diplomats.", "expel"),
            (
                "Quito is prepared to sever relations with Caracas.",
                "relations",
            ),
        ] {
            let m = expect(s, Threaten, Some(mode));
            assert!(!m.flags.intention, "{s}: a threat, not an intention cue");
        }
        // cooperative intentions are untouched
        let m = expect("Hanoi is ready to expand trade with Seoul.", Agree, None);
        assert!(m.flags.intention);
        assert!(!types("Lima plans to cut emissions by half.").contains(&Threaten));
    }

    #[test]
    fn standing_up_for_and_call_from_flags() {
        expect(
            "Britain will stand up for Estonia's security.",
            EventType::Support,
            None,
        );
        let m = expect(
            "Minister Ali received a phone call from his Kenyan counterpart.",
            EventType::Consult,
            Some("phone"),
        );
        assert!(m.flags.caller, "the caller initiated the contact");
        assert_eq!(m.role, RecipientRole::From);
    }

    #[test]
    fn obligation_modals_are_flagged() {
        let m = expect(
            "The US should immediately stop the drills.",
            EventType::Request,
            Some("change"),
        );
        assert!(m.flags.obligation);
        assert_eq!(m.role, RecipientRole::Subject);
        let m = expect(
            "Both sides must withdraw their forces.",
            EventType::Request,
            Some("yield"),
        );
        assert!(m.flags.obligation);
    }

    #[test]
    fn inflections_match() {
        for s in [
            "Paris condemns the attack.",
            "Paris condemned the attack.",
            "Paris is condemning the attack.",
            "Paris issued a condemnation of the attack.",
        ] {
            expect(s, EventType::Accuse, Some("disapprove"));
        }
        for s in [
            "Oslo criticized the vote.",
            "Oslo criticised the vote.",
            "Oslo's criticism of the vote.",
        ] {
            expect(s, EventType::Accuse, Some("disapprove"));
        }
        for s in [
            "Chile praises Peru.",
            "Chile praised Peru.",
            "Chile's praise for Peru.",
        ] {
            expect(s, EventType::Support, None);
        }
    }

    #[test]
    fn gap_patterns_match_across_words() {
        let m = expect(
            "The US should clearly and resolutely oppose the moves.",
            EventType::Request,
            Some("change"),
        );
        assert_eq!(m.text, "should … oppose");
        let m = expect(
            "China hopes that the new Kyrgyz government will continue its policy.",
            EventType::Request,
            None,
        );
        assert_eq!(m.text, "hopes that … will");
        let m = expect(
            "He expressed his heartfelt gratitude to Beijing.",
            EventType::Support,
            None,
        );
        assert_eq!(m.text, "expressed … gratitude");
        assert_eq!(m.span.0, "He ".len());
        // Too far apart: no gap match.
        let ms = builtin()
            .find("He expressed, on behalf of the whole people of the republic, gratitude.");
        assert!(
            ms.iter().all(|m| m.text != "expressed … gratitude"),
            "{}",
            show(&ms)
        );
    }

    #[test]
    fn words_never_match_inside_other_words() {
        for s in [
            "The urban bank said stability was restored.",
            "On March 3 the executive's background check was complete.",
            "Shellfish and unsigned letters, a stable background.",
        ] {
            let ms = builtin().find(s);
            assert!(ms.is_empty(), "{s:?}: {}", show(&ms));
        }
    }

    #[test]
    fn ignore_rows_block_false_triggers() {
        for s in [
            "Wang Yi had the call at the latter's request.",
            "Thanks to the new rules, exports grew.",
            "The minister gave a press conference in Riga.",
            "He suffered a heart attack.",
            "Officials declined to comment.",
        ] {
            let ms = builtin().find(s);
            assert!(
                ms.iter().all(|m| !matches!(
                    m.event_type,
                    EventType::Request
                        | EventType::Support
                        | EventType::Assault
                        | EventType::Reject
                )),
                "{s:?}: {}",
                show(&ms)
            );
        }
    }

    #[test]
    fn overlapping_patterns_resolve_to_the_most_specific() {
        // "lifted the curfew" (CONCEDE) beats "curfew" (COERCE).
        let ts = types("The army lifted the curfew in Bamako.");
        assert!(
            ts.contains(&EventType::Concede) && !ts.contains(&EventType::Coerce),
            "{ts:?}"
        );
        // "joint naval exercises" (COOPERATE) beats "naval exercises" (MOBILIZE).
        let ts = types("China and Russia held joint naval exercises.");
        assert!(
            ts.contains(&EventType::Cooperate) && !ts.contains(&EventType::Mobilize),
            "{ts:?}"
        );
        // "lodged a protest" (ACCUSE) beats "protest" (PROTEST).
        let ts = types("Tokyo lodged a protest with Beijing.");
        assert_eq!(ts, vec![EventType::Accuse]);
        // "backed down" (CONCEDE) beats "backed" (SUPPORT).
        let ts = types("The government backed down after the strike.");
        assert!(
            ts.contains(&EventType::Concede) && !ts.contains(&EventType::Support),
            "{ts:?}"
        );
        // Results are sorted by start and do not share words.
        let ms = builtin().find(
            "Police arrested protesters and fired tear gas, then the army withdrew its troops.",
        );
        assert!(ms.windows(2).all(|w| w[0].span.0 <= w[1].span.0));
        assert!(ms
            .windows(2)
            .all(|w| w[0].span.1 <= w[1].span.0 || w[0].text.contains('…')));
    }

    #[test]
    fn spans_point_into_the_sentence() {
        let s = "On Monday, Çavuşoğlu praised Ankara’s partners.";
        let m = expect(s, EventType::Support, None);
        assert_eq!(&s[m.span.0..m.span.1], "praised");
        assert_eq!(m.text, "praised");
        assert_eq!(m.pattern, "prais*");
    }

    fn temp_file(name: &str, body: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("readout-lexicon-test-{}", std::process::id()));
        std::fs::create_dir_all(&dir).ok();
        let p = dir.join(name);
        std::fs::write(&p, body).unwrap_or_else(|e| panic!("cannot write {}: {e}", p.display()));
        p
    }

    #[test]
    fn extra_files_add_override_and_drop_patterns() {
        let p = temp_file(
            "extra.tsv",
            "# user triggers\n\
             pattern\ttype\tmode\tcameo\trole\tflags\n\
             gave .. cold shoulder\tREJECT\tmeet\t\tto\n\
             prais*\tACCUSE\tdisapprove\t111\n\
             welcome|welcomes|welcomed|welcoming\tDROP\n",
        );
        let t = TriggerSet::with_extras(&[p]).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            t.len(),
            builtin().len(),
            "one added, one dropped, one replaced"
        );
        let ms = t.find("Oslo gave Minsk the cold shoulder.");
        assert_eq!(ms.len(), 1, "{}", show(&ms));
        assert_eq!(
            (ms[0].event_type, ms[0].mode.as_deref(), ms[0].role),
            (EventType::Reject, Some("meet"), RecipientRole::To)
        );
        assert_eq!(
            t.find("Rome praised Tunis.")[0].event_type,
            EventType::Accuse,
            "user row overrides"
        );
        assert!(t
            .find("Rome welcomed the deal.")
            .iter()
            .all(|m| m.event_type != EventType::Support));
    }

    #[test]
    fn malformed_files_report_file_and_line() {
        let cases = [
            (
                "bad-type.tsv",
                "# c\nmet with\tCONSULT\nshook hands\tHANDSHAKE\n",
                3,
                "unknown event type",
            ),
            (
                "bad-mode.tsv",
                "phoned\tCONSULT\ttelepathy\n",
                1,
                "unknown mode",
            ),
            (
                "bad-pattern.tsv",
                "\n.. stop\tREQUEST\n",
                2,
                "starts with a gap",
            ),
            (
                "bad-role.tsv",
                "x\tSUPPORT\t-\t-\tbeside\n",
                1,
                "recipient role",
            ),
            (
                "bad-flag.tsv",
                "x\tSUPPORT\t-\t-\tobject\tloud\n",
                1,
                "unknown flag",
            ),
            ("bad-cameo.tsv", "x\tSUPPORT\t-\t05a\n", 1, "CAMEO"),
            ("one-col.tsv", "lonely\n", 1, "at least 2"),
            ("dup.tsv", "x y\tSUPPORT\nx  y\tACCUSE\n", 2, "duplicate"),
            ("drop.tsv", "never seen\tDROP\n", 1, "DROP of unknown"),
        ];
        for (name, body, line, reason) in cases {
            let p = temp_file(name, body);
            let err = TriggerSet::with_extras(std::slice::from_ref(&p)).expect_err(name);
            let text = err.to_string();
            assert!(
                text.starts_with(&format!("{}:{line}: ", p.display())),
                "{name}: {text}"
            );
            assert!(text.contains(reason), "{name}: {text}");
        }
        let missing = PathBuf::from("/nonexistent/readout/triggers.tsv");
        let err = TriggerSet::with_extras(&[missing]).expect_err("missing file");
        assert!(err
            .to_string()
            .contains("/nonexistent/readout/triggers.tsv"));
    }

    #[test]
    fn trigger_set_is_send_and_sync() {
        fn check<T: Send + Sync>() {}
        check::<TriggerSet>();
    }
}
