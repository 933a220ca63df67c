//! Argument assignment: the subject (actor) and object (recipient) of a trigger inside its clause.

use crate::clauses::Clauses;
use crate::cues::{self, in_list};
use crate::lexicon::{RecipientRole, TriggerMatch};
use crate::mentions::{Mention, Role, Source};
use crate::references::Discourse;
use crate::speech::Speech;
use crate::words::word_after;
use readout_model::{Actor, EventType};
use std::borrow::Cow;

/// `format!("{before}{text:?}{after}")`, the explanation of how an argument was found: mention
/// texts are mostly printable ASCII with no quote or backslash, which `Debug` leaves as they
/// are, so they are copied without the escaping machinery; any other text goes through it.
pub(crate) fn quoted_between(before: &str, text: &str, after: &str) -> String {
    let plain = text
        .bytes()
        .all(|b| (b' '..=b'~').contains(&b) && b != b'"' && b != b'\\');
    if !plain {
        return format!("{before}{text:?}{after}");
    }
    let mut out = String::with_capacity(before.len() + text.len() + after.len() + 2);
    out.push_str(before);
    out.push('"');
    out.push_str(text);
    out.push('"');
    out.push_str(after);
    out
}

/// Words of a raised clause between a relative pronoun and its verb ("which is feared to
/// have killed", "who are believed to have fled").
const RAISING_WORDS: &[&str] = &[
    "feared",
    "believed",
    "said",
    "reported",
    "thought",
    "known",
    "alleged",
    "estimated",
    "to",
];

/// Everything the argument finder may look at in one sentence.
pub(crate) struct SentenceView<'a> {
    /// The sentence text.
    pub text: &'a str,
    /// Its mentions in order (references resolved).
    pub mentions: &'a [Mention],
    /// Its reported-speech frame.
    pub speech: Option<&'a Speech>,
    /// Its clauses.
    pub clauses: &'a Clauses,
    /// Trigger positions, for the subject/object alternation.
    pub triggers: &'a [TriggerMatch],
    /// Document memory (main dyad).
    pub discourse: &'a Discourse,
}

/// A subject found for a trigger, with how it was found.
#[derive(Debug, Clone)]
pub(crate) struct Subject<'a> {
    /// The actors, borrowed from the mention where they need no change.
    pub actors: Cow<'a, [Actor]>,
    /// The mention it came from (None when taken from the speaker).
    pub mention: Option<usize>,
    /// How it was found, for `--explain`.
    pub why: String,
}

impl SentenceView<'_> {
    /// Actors of a mention, with first-person and addressee pronouns resolved from the speaker.
    pub(crate) fn actors_of(&self, m: &Mention) -> Vec<Actor> {
        self.actor_list(m).into_owned()
    }

    /// [`Self::actors_of`] borrowed where it can be: most callers only test or filter the
    /// list, and copying every actor's strings for that showed in the profile.
    pub(crate) fn actor_list<'s>(&'s self, m: &'s Mention) -> Cow<'s, [Actor]> {
        let found = self.actors_of_mention(m);
        // "Hungary and Slovakia held talks … 'We agreed …,' the Slovak prime minister said":
        // "we" of one party to a contact just told is both parties
        if found.len() == 1
            && (m.text.eq_ignore_ascii_case("we") || m.text.eq_ignore_ascii_case("us"))
            && matches!(m.source, Source::FirstPerson | Source::PersonPronoun)
        {
            if let Some(parties) = self
                .discourse
                .last_contact
                .as_ref()
                .filter(|p| p.len() >= 2 && p.iter().any(|a| a.code == found[0].code))
            {
                let mut all: Vec<Actor> = Vec::new();
                for a in parties {
                    if !all.iter().any(|x| x.code == a.code) {
                        all.push(Actor {
                            text: m.text.as_str().into(),
                            ..a.clone()
                        });
                    }
                }
                return Cow::Owned(all);
            }
        }
        found
    }

    fn actors_of_mention<'s>(&'s self, m: &'s Mention) -> Cow<'s, [Actor]> {
        match m.source {
            // "we"/"us"/"I" are the speaker; "they" only a plural speaker ("the two ministers
            // confirmed that they would …")
            Source::FirstPerson if m.text.eq_ignore_ascii_case("they") => match self.speech {
                Some(s) if s.speaker.len() >= 2 => Cow::Borrowed(&s.speaker),
                Some(s) if !s.speaker.is_empty() => Cow::Borrowed(&[]),
                _ => self
                    .discourse
                    .last_plural
                    .as_deref()
                    .map_or(Cow::Borrowed(&[]), Cow::Borrowed),
            },
            // "Today I visited Beijing": the author of a first-person release
            Source::FirstPerson
                if m.text == "I" && self.speech.is_none_or(|s| s.speaker.is_empty()) =>
            {
                Cow::Borrowed(self.discourse.author.as_slice())
            }
            // "Our country calls on …": the author of the release, else the state the text
            // last had as its subject
            Source::FirstPerson
                if m.text
                    .get(..4)
                    .is_some_and(|h| h.eq_ignore_ascii_case("our "))
                    && self.speech.is_none_or(|s| s.speaker.is_empty()) =>
            {
                self.discourse
                    .author
                    .as_ref()
                    .or(self.discourse.last_state.as_ref())
                    .map_or(Cow::Borrowed(&[]), |a| {
                        Cow::Borrowed(std::slice::from_ref(a))
                    })
            }
            Source::FirstPerson => self
                .speech
                .map_or(Cow::Borrowed(&[]), |s| Cow::Borrowed(&s.speaker)),
            Source::Addressee => self
                .speech
                .and_then(|s| s.speaker_code())
                .and_then(|c| self.discourse.partner(c))
                .map_or(Cow::Borrowed(&[]), |a| {
                    Cow::Borrowed(std::slice::from_ref(a))
                }),
            _ => Cow::Borrowed(&m.actors),
        }
    }

    fn subject_capable(&self, m: &Mention) -> bool {
        match m.source {
            Source::FirstPerson | Source::Addressee => {
                m.prep.is_none() && !self.actor_list(m).is_empty()
            }
            // "a day after Moscow launched …": a conjunction, not a preposition
            _ if m
                .prep
                .is_some_and(|p| in_list(p, &["after", "before", "since", "until"]))
                && m.role == Role::Actor
                && !m.actors.is_empty() =>
            {
                self.verb_follows(m, self.text.len())
                    && !crate::words::next_word(self.text, m.span.1).eq_ignore_ascii_case("and")
            }
            // "Leaders across the region, including Brazil's Lula and Chile's Boric, condemned
            // …": the members named in a set-off including-phrase act for the group
            _ if m.prep == Some("including") => {
                m.role == Role::Actor
                    && !m.actors.is_empty()
                    && self.text[m.span.1..].trim_start().starts_with(',')
            }
            _ => m.can_be_subject(),
        }
    }

    /// The subject of the verb at `pos` inside `clause`. Candidates are acting mentions not
    /// standing right after a verb (objects follow verbs). The last candidate followed by an
    /// auxiliary, modal, adverb or verb ("the US should", "Kyrgyzstan highly appreciates") wins;
    /// otherwise the first candidate ("Xi has invited Erdogan to …" → Xi).
    fn subject_in(&self, clause: (usize, usize), pos: usize) -> Option<usize> {
        let mut first = None;
        let mut strong = None;
        let mut last_was_verb = false;
        let mut ti = self
            .triggers
            .iter()
            .filter(|t| t.span.0 >= clause.0 && t.span.1 <= pos)
            .peekable();
        for (i, m) in self.mentions.iter().enumerate() {
            if m.span.0 < clause.0 || m.span.1 > pos {
                continue;
            }
            while let Some(t) = ti.peek() {
                if t.span.1 <= m.span.0 {
                    // a nominal trigger ("Prior to the trilateral meeting, X held …") is no verb
                    let before = crate::words::word_before(self.text, t.span.0)
                        .map_or("", |(s, e)| &self.text[s..e]);
                    let nominal =
                        in_list(before, cues::DETERMINERS) || in_list(before, cues::PREPOSITIONS);
                    if !nominal {
                        last_was_verb = true;
                    }
                    ti.next();
                } else {
                    break;
                }
            }
            // "Senior military commanders of the two countries met": the owners named after
            // an actor noun opening the clause are its subject
            let of_owner =
                matches!(m.prep, Some("of" | "from")) && self.owner_of_opening_noun(clause, m);
            if of_owner {
                first = Some(i);
                strong = Some(i);
                last_was_verb = false;
                continue;
            }
            if !self.subject_capable(m) || self.inside_relative_aside(clause.0, m, pos) {
                continue;
            }
            // "it is important for China and Russia to …": the for-phrase is the subject
            let for_to = m.prep == Some("for")
                && crate::words::next_word(self.text, m.span.1).eq_ignore_ascii_case("to");
            if m.prep == Some("for") && !for_to {
                continue;
            }
            // "…, a day after Moscow launched": a conjunction opens a clause of its own
            let conj = m
                .prep
                .is_some_and(|p| in_list(p, &["after", "before", "since", "until"]));
            // "Azerbaijan handed over …, and Armenia freed …": a name after "and" with its
            // own verb opens a coordinated clause
            let and_subject = in_list(
                crate::words::prev_word(self.text, m.span.0),
                &["and", "but", "while", "whereas"],
            ) && m.prep.is_none()
                && self.verb_follows(m, pos);
            if last_was_verb && !for_to && !conj && !and_subject {
                continue;
            }
            if first.is_none() {
                first = Some(i);
            }
            if for_to || self.verb_follows(m, pos) {
                strong = Some(i);
            }
            last_was_verb = false;
        }
        strong.or(first)
    }

    /// "Brazil, which borders both countries, has reinforced …": is the mention inside a
    /// relative clause set off by commas that closes before `pos`? Its names are not the
    /// subject of what follows.
    fn inside_relative_aside(&self, from: usize, m: &Mention, pos: usize) -> bool {
        let Some(before) = self.text.get(from..m.span.0) else {
            return false;
        };
        // the stretch since the last comma (or the clause's start, where the clause splitter
        // cut at that comma)
        let segment = before.rfind(',').map_or(before, |c| &before[c + 1..]);
        let opener = segment.split_whitespace().next().unwrap_or("");
        in_list(opener, &["which", "who", "whose", "where"])
            && self
                .text
                .get(m.span.1..pos)
                .is_some_and(|a| a.contains(','))
    }

    /// "Senior officials of the two countries", "Representatives of Russia and Ukraine",
    /// "Planes from Japan": is the mention the owner after "of" of an actor noun (or the
    /// origin after "from" of any noun) that opens the clause (at most three words before it)?
    fn owner_of_opening_noun(&self, clause: (usize, usize), m: &Mention) -> bool {
        let Some((os, oe)) = crate::words::word_before(self.text, m.span.0) else {
            return false;
        };
        let from = self.text[os..oe].eq_ignore_ascii_case("from");
        if !from && !self.text[os..oe].eq_ignore_ascii_case("of") {
            return false;
        }
        let Some((hs, he)) = crate::words::word_before(self.text, os) else {
            return false;
        };
        let head = &self.text[hs..he];
        let opening = self
            .text
            .get(clause.0..hs)
            .is_some_and(|p| p.trim_matches(|c: char| !c.is_alphanumeric()).is_empty());
        if !(from && (opening || head.chars().next().is_some_and(char::is_lowercase))
            || cues::is_actor_noun(head)
            || in_list(
                head,
                &[
                    "commanders",
                    "representatives",
                    "negotiators",
                    "chiefs",
                    "heads",
                    "envoys",
                ],
            ))
        {
            return false;
        }
        self.text
            .get(clause.0..hs)
            .is_some_and(|p| !p.contains([',', ';', '"']) && p.split_whitespace().nth(3).is_none())
    }

    /// Is the mention directly followed by a verb group (auxiliary, modal, adverb, or a trigger)?
    fn verb_follows(&self, m: &Mention, pos: usize) -> bool {
        let mut end = m.span.1;
        if let Some(n) = crate::words::possessive_after(self.text, end) {
            end += n;
        }
        let Some((s, e)) = word_after(self.text, end) else {
            return false;
        };
        if s >= pos || self.triggers.iter().any(|t| t.span.0 == s) {
            return true;
        }
        let w = &self.text[s..e];
        w.ends_with("ly")
            || in_list(
                w,
                &[
                    "will", "would", "should", "must", "can", "could", "may", "might", "shall",
                    "is", "are", "was", "were", "has", "have", "had", "does", "do", "did", "also",
                    "still", "always", "never", "not", "hopes", "hope", "wants", "want", "needs",
                    "need", "stands", "stand", "remains", "said", "says", "further", "again",
                    "once", "then", "already", "too",
                ],
            )
    }

    /// Finds the subject for a trigger: in its clause, else in earlier clauses of the sentence
    /// (coordinated verbs share a subject), else the speaker of reported speech, else — for a
    /// trigger inside an introductory phrase — the main clause's subject.
    pub(crate) fn subject(&self, t: &TriggerMatch) -> Option<Subject<'_>> {
        let clause = self.clauses.of(t.span.0);
        if let Some(found) = self.relative_subject(t) {
            return found;
        }
        if let Some(i) = self.prompted_subject(t) {
            let m = &self.mentions[i];
            return Some(Subject {
                actors: self.actor_list(m),
                mention: Some(i),
                why: quoted_between("", &m.text, ": prompted to act"),
            });
        }
        if let Some(i) = self.contact_clause_subject(t) {
            let m = &self.mentions[i];
            return Some(Subject {
                actors: self.actor_list(m),
                mention: Some(i),
                why: quoted_between(
                    "",
                    &m.text,
                    ": subject of a relative clause without pronoun",
                ),
            });
        }
        if let Some(i) = self.decision_agent(t) {
            let m = &self.mentions[i];
            return Some(Subject {
                actors: self.actor_list(m),
                mention: Some(i),
                why: quoted_between("", &m.text, ": the maker of the decision"),
            });
        }
        if let Some(i) = self.possessor_agent(clause, t) {
            let m = &self.mentions[i];
            return Some(Subject {
                actors: self.actor_list(m),
                mention: Some(i),
                why: quoted_between("", &m.text, ": the possessor of a nominal act"),
            });
        }
        if let Some(i) = self.subject_in(clause, t.span.0) {
            // "the Quad Foreign Ministers – EAM, Wong, Blinken and Kamikawa – met": a group
            // named by its members in apposition
            let m = &self.mentions[i];
            if let Some(list) = self.mentions.get(i + 1).filter(|n| {
                m.actors.len() == 1
                    && m.actors[0].sector.as_deref() == Some("IGO")
                    && n.actors.len() >= 2
                    && n.span.1 <= t.span.0
                    && matches!(
                        self.text[m.span.1..n.span.0].trim(),
                        "-" | "\u{2013}" | "\u{2014}" | ","
                    )
            }) {
                return Some(Subject {
                    actors: self.actor_list(list),
                    mention: Some(i + 1),
                    why: format!("{:?}: the members of {:?}", list.text, m.text),
                });
            }
            // "Leaders across the region, including Lula and Boric, condemned …": the members
            // named after a title that stands for many are the subject
            if let Some((k, n)) = self
                .mentions
                .iter()
                .enumerate()
                .skip(i + 1)
                .take_while(|(_, n)| n.span.1 <= t.span.0)
                .find(|(_, n)| n.prep == Some("including"))
                .filter(|(_, n)| m.source == Source::BareTitle && self.subject_capable(n))
            {
                return Some(Subject {
                    actors: self.actor_list(n),
                    mention: Some(k),
                    why: format!("{:?}: the members named for {:?}", n.text, m.text),
                });
            }
            // "Vladimir Putin, President of Azerbaijan Ilham Aliyev and Prime Minister of Armenia
            // Nikol Pashinyan have signed …": a list of names opening the clause is one subject
            let mut j = i;
            let mut listed = false;
            while j > 0 {
                let p = &self.mentions[j - 1];
                let gap = self
                    .text
                    .get(p.span.1..self.mentions[j].span.0)
                    .unwrap_or(".");
                let joined = gap.trim().is_empty() || gap.trim() == "," || gap.trim() == "and";
                if !joined
                    || p.span.0 < clause.0
                    || p.role != Role::Actor
                    || p.actors.is_empty()
                    || p.prep.is_some()
                {
                    break;
                }
                listed |= !gap.trim().is_empty();
                j -= 1;
            }
            let opens = self
                .text
                .get(clause.0..self.mentions[j].span.0)
                .is_some_and(|h| h.trim().is_empty());
            if listed && opens && j < i {
                let mut actors = self.actors_of(m);
                for k in j..i {
                    for a in self.actors_of(&self.mentions[k]) {
                        if !actors.iter().any(|x| x.code == a.code) {
                            actors.push(a);
                        }
                    }
                }
                return Some(Subject {
                    actors: Cow::Owned(actors),
                    mention: Some(i),
                    why: quoted_between(
                        "subject ",
                        &self.mentions[i].text,
                        " in the clause, with the names listed before it",
                    ),
                });
            }
            // (borrowed where it can be: most subjects are one name's actors as they are)
            return Some(Subject {
                actors: self.actor_list(m),
                mention: Some(i),
                why: quoted_between("subject ", &self.mentions[i].text, " in the clause"),
            });
        }
        // a bare actor name overlapping the trigger, if one fits `spans`
        let overlapping = |spans: &dyn Fn(&Mention) -> bool, what: &str| {
            self.mentions
                .iter()
                .enumerate()
                .find(|(_, m)| {
                    spans(m) && m.role == Role::Actor && !m.actors.is_empty() && m.prep.is_none()
                })
                .map(|(i, m)| Subject {
                    actors: self.actor_list(m),
                    mention: Some(i),
                    why: format!("{:?}: {what}", m.text),
                })
        };
        // "Protesters blocked roads": an agent noun that is both the trigger and the actor
        if let Some(s) = overlapping(
            &|m| m.span.0 <= t.span.0 && m.span.1 >= t.span.1,
            "the agent noun is the trigger",
        ) {
            return Some(s);
        }
        // "France's ambassadors … are being called back": a name the trigger starts inside
        if let Some(s) = overlapping(
            &|m| m.span.0 < t.span.0 && m.span.1 > t.span.0,
            "the name the trigger starts in",
        ) {
            return Some(s);
        }
        // "thousands of protesters gathered": a protest trigger ending in its agent noun
        if t.event_type == EventType::Protest {
            if let Some(s) = overlapping(
                &|m| m.span.0 > t.span.0 && m.span.1 == t.span.1 && m.actors.len() == 1,
                "the agent noun ending the trigger",
            ) {
                return Some(s);
            }
        }
        // "Thousands of people … demonstrated": the subject inside a discontinuous trigger
        // (never inside a verb's own phrase: "urged Beijing to exercise restraint")
        if let Some((i, m)) = self.mentions.iter().enumerate().find(|(_, m)| {
            !crate::dating::is_verbal(t.event_type)
                && m.span.0 >= t.span.0
                && m.span.1 <= t.span.1
                && m.role == Role::Actor
                && !m.actors.is_empty()
                && m.prep.is_none_or(|p| p == "of")
        }) {
            let last_word = t.text.rsplit(' ').next().unwrap_or("");
            let before_verb = m.span.1 + last_word.len() <= t.span.1;
            if before_verb && !self.text[t.span.0..m.span.0].contains(',') {
                return Some(Subject {
                    actors: self.actor_list(m),
                    mention: Some(i),
                    why: quoted_between("subject ", &m.text, " inside the trigger phrase"),
                });
            }
        }
        let in_content = self
            .speech
            .is_some_and(|s| t.span.0 >= s.content.0 && t.span.1 <= s.content.1);
        // earlier clauses of the same sentence, not crossing into the speech frame — for a
        // verb continuing a coordination ("…, and called on …"), not a noun in a list
        // ("… measures against those responsible for violence, unjustified arrests")
        let before =
            crate::words::word_before(self.text, t.span.0).map_or("", |(s, e)| &self.text[s..e]);
        let comma_before = self.text[..t.span.0].trim_end().ends_with([',', ';']);
        let continues = comma_before
            || before.ends_with("ly")
            || in_list(
                before,
                &[
                    "and", "or", "but", "then", "also", "further", "again", "not", "to", "has",
                    "have", "had", "will", "would", "should", "must", "can", "could", "was",
                    "were", "is", "are", "later", "jointly", "both", "yet", "so",
                ],
            );
        let mut c = clause;
        while let Some(prev) = self.clauses.previous(c.0).filter(|_| continues) {
            if self
                .speech
                .is_some_and(|s| !s.carried && prev.1 <= s.content.0 && c.0 >= s.content.0)
            {
                break;
            }
            if self.clauses.intro.is_some_and(|i| i == prev) {
                break;
            }
            if let Some(i) = self.subject_in(prev, prev.1) {
                return Some(Subject {
                    actors: self.actor_list(&self.mentions[i]),
                    mention: Some(i),
                    why: quoted_between(
                        "subject ",
                        &self.mentions[i].text,
                        " of the coordinated clause before",
                    ),
                });
            }
            c = prev;
        }
        if let Some(intro) = self.clauses.intro.filter(|i| t.span.1 <= i.1) {
            // "In response to the US' wrong words and deeds, Wang Yi elaborated …"
            let main = self.clauses.of(intro.1);
            if let Some((i, m)) =
                self.mentions.iter().enumerate().find(|(_, m)| {
                    m.span.0 >= main.0 && m.span.1 <= main.1 && self.subject_capable(m)
                })
            {
                return Some(Subject {
                    actors: self.actor_list(m),
                    mention: Some(i),
                    why: quoted_between(
                        "subject ",
                        &m.text,
                        " of the main clause after the introductory phrase",
                    ),
                });
            }
        }
        // a speaker reports violence and arrests; it commits them only as "we"/"our forces"
        // ("Blinken said the attack casts doubt on Russia's word": judging a thing is the
        // speaker's accusation; "the move will not go unanswered": the speaker's threat)
        if in_content
            && (!self.nominal_subject(clause, t)
                || matches!(t.event_type, EventType::Accuse | EventType::Threaten))
            && !material_act(t.event_type)
        {
            if let Some(sp) = self.speech.filter(|s| !s.speaker.is_empty()) {
                return Some(Subject {
                    actors: Cow::Borrowed(&sp.speaker),
                    mention: None,
                    why: "the speaker of the reported statement".into(),
                });
            }
        }
        None
    }

    /// The last mention ending at or before `pos`, when the words between it and `pos` pass
    /// `gap_fits`.
    fn mention_right_before(&self, pos: usize, gap_fits: impl Fn(&str) -> bool) -> Option<usize> {
        let i = self.mentions.iter().rposition(|m| m.span.1 <= pos)?;
        gap_fits(self.text.get(self.mentions[i].span.1..pos)?).then_some(i)
    }

    /// "…, prompting Pakistan to downgrade ties", "forced Kyiv to withdraw": the one made to
    /// act is the subject of the act, not whoever prompted it.
    pub(crate) fn prompted_subject(&self, t: &TriggerMatch) -> Option<usize> {
        let (ts, te) = crate::words::word_before(self.text, t.span.0)?;
        if !self.text[ts..te].eq_ignore_ascii_case("to") {
            return None;
        }
        let i = self.mention_right_before(ts, |gap| gap.trim().is_empty())?;
        let m = &self.mentions[i];
        if m.actors.is_empty() || m.possessive {
            return None;
        }
        let (vs, ve) = crate::words::word_before(self.text, m.span.0)?;
        in_list(
            &self.text[vs..ve],
            &[
                "prompting",
                "prompted",
                "forcing",
                "forced",
                "leading",
                "causing",
                "caused",
                "pushing",
                "pushed",
                "compelling",
                "compelled",
                "spurring",
                "spurred",
            ],
        )
        .then_some(i)
    }

    /// "an allegation New Delhi rejected", "the sanctions Washington imposed": a relative
    /// clause without its pronoun; the name between "the <noun>" and a past-tense verb is
    /// that verb's subject.
    pub(crate) fn contact_clause_subject(&self, t: &TriggerMatch) -> Option<usize> {
        let first = crate::words::next_word(self.text, t.span.0);
        if !first.ends_with("ed") {
            return None;
        }
        let i = self.mention_right_before(t.span.0, |gap| gap.trim().is_empty())?;
        let m = &self.mentions[i];
        if m.role != Role::Actor || m.prep.is_some() || m.possessive || m.actors.is_empty() {
            return None;
        }
        let (ns, ne) = crate::words::word_before(self.text, m.span.0)?;
        let noun = &self.text[ns..ne];
        let (ds, de) = crate::words::word_before(self.text, ns)?;
        let determiner = &self.text[ds..de];
        (noun.bytes().all(|b| b.is_ascii_lowercase())
            && !in_list(noun, cues::PREPOSITIONS)
            && !in_list(noun, cues::DETERMINERS)
            && in_list(determiner, &["a", "an", "the", "this", "these", "those"]))
        .then_some(i)
    }

    /// A verb right after a relative pronoun ("resolutions which designated …", "the
    /// country that attacked …") takes the word before the pronoun as subject: an acting
    /// mention ending there, or — for any other noun — no actor at all.
    pub(crate) fn relative_subject(&self, t: &TriggerMatch) -> Option<Option<Subject<'_>>> {
        // "a statement in which North Korea committed …": a name between the pronoun and the
        // verb is the relative clause's own subject
        // (the gap's words read a byte at a time, last first: the test is the same in any order)
        if let Some(i) = self.mention_right_before(t.span.0, |gap| {
            crate::words::words_back(gap)
                .all(|w| w.ends_with("ly") || in_list(w, cues::AUXILIARIES))
        }) {
            let m = &self.mentions[i];
            if self.subject_capable(m)
                && in_list(
                    crate::words::prev_word(self.text, m.span.0),
                    &["which", "whom"],
                )
            {
                return Some(Some(Subject {
                    actors: self.actor_list(m),
                    mention: Some(i),
                    why: quoted_between("", &m.text, ": subject of the relative clause"),
                }));
            }
        }
        let mut at = t.span.0;
        for _ in 0..6 {
            let (s, e) = crate::words::word_before(self.text, at)?;
            let w = &self.text[s..e];
            if in_list(w, &["which", "that", "who"]) {
                let before = self.text[..s].trim_end();
                let antecedent = self.mentions.iter().enumerate().find(|(_, m)| {
                    m.span.1 == before.len()
                        || (m.span.1 < before.len()
                            && before[m.span.1..]
                                .trim_matches(|c: char| c == ',' || c.is_whitespace())
                                .is_empty())
                });
                // "The Iranian Ambassador to Pakistan, who is visiting Iran": the head noun
                // phrase before a place or partner preposition is the antecedent
                let antecedent = antecedent.map(|(i, m)| {
                    let head = i.checked_sub(1).and_then(|h| {
                        let prev = &self.mentions[h];
                        let gap = self.text.get(prev.span.1..m.span.0)?.trim();
                        (m.prep
                            .is_some_and(|p| in_list(p, &["to", "in", "at", "from"]))
                            && prev.role == Role::Actor
                            && prev.prep.is_none()
                            && !prev.actors.is_empty()
                            && gap
                                .split_whitespace()
                                .all(|w| in_list(w, &["to", "in", "at", "from", "the"])))
                        .then_some((h, prev))
                    });
                    head.unwrap_or((i, m))
                });
                // "… between Modi and President Vladimir Putin, who arrived …": the antecedent
                // acts whatever governs it; a singular verb takes the nearest of a list
                let plural_verb = in_list(
                    crate::words::next_word(self.text, e),
                    &["have", "are", "were", "had"],
                );
                return Some(
                    antecedent
                        .filter(|(_, m)| {
                            self.subject_capable(m)
                                || (m.role == Role::Actor
                                    && !m.actors.is_empty()
                                    && self.text[m.span.1..s].contains(','))
                        })
                        .map(|(i, m)| {
                            let mut actors = self.actors_of(m);
                            if actors.len() > 1
                                && !plural_verb
                                && m.prep.is_some()
                                && m.text.contains(" and ")
                            {
                                actors = actors.split_off(actors.len() - 1);
                            }
                            Subject {
                                actors: Cow::Owned(actors),
                                mention: Some(i),
                                why: quoted_between(
                                    "",
                                    &m.text,
                                    ": antecedent of the relative clause",
                                ),
                            }
                        }),
                );
            }
            // ("Typhoon Haiyan, which is feared to have killed thousands": a raising verb
            // between the pronoun and the act keeps the antecedent as its subject)
            if !(w.ends_with("ly") || in_list(w, cues::AUXILIARIES) || in_list(w, RAISING_WORDS)) {
                return None;
            }
            at = s;
        }
        None
    }

    /// "Russia's unprovoked attack on Ukraine", "Turkey's decision to purchase": the possessor
    /// right before a nominal trigger is its agent (unless the trigger targets its possessor).
    /// "a British-flagged tanker seized by Revolutionary Guards": a participle followed by its
    /// by-phrase (no auxiliary before it) names its agent (the mention after "by") and its
    /// patient (a mention a few words before the participle, if any).
    pub(crate) fn reduced_passive(&self, t: &TriggerMatch) -> Option<(usize, Option<usize>)> {
        let (bs, be) = word_after(self.text, t.span.1)?;
        if !self.text[bs..be].eq_ignore_ascii_case("by") || !material_act(t.event_type) {
            return None;
        }
        let first = crate::words::next_word(self.text, t.span.0);
        let participle = first.ends_with("ed")
            || first.ends_with("en")
            || in_list(
                first,
                &[
                    "held", "hit", "shot", "struck", "taken", "sent", "caught", "thrown",
                ],
            );
        if !participle {
            return None;
        }
        let agent = self.mentions.iter().position(|m| {
            m.span.0 >= be
                && !m.actors.is_empty()
                && m.role != Role::Location
                && self
                    .text
                    .get(be..m.span.0)
                    .is_some_and(|g| g.trim().is_empty() || g.trim().eq_ignore_ascii_case("the"))
        })?;
        let patient = self
            .mentions
            .iter()
            .rposition(|m| m.span.1 <= t.span.0)
            .filter(|&i| {
                let m = &self.mentions[i];
                let gap = &self.text[m.span.1..t.span.0];
                !m.actors.is_empty()
                    && m.role != Role::Location
                    && !gap.contains([',', ';', '(', ')'])
                    && gap.split_whitespace().nth(4).is_none()
                    && m.actors
                        .iter()
                        .all(|a| !self.mentions[agent].actors.iter().any(|b| b.code == a.code))
            });
        Some((agent, patient))
    }

    /// "regrets the decision of China to recall its ambassador", "the decision announced by
    /// the Israeli minister, Gideon Sa'ar, to close …", "the Israeli decision to close …":
    /// the maker of a decision acts in its infinitive, whoever the sentence's subject is.
    pub(crate) fn decision_agent(&self, t: &TriggerMatch) -> Option<usize> {
        // the trigger is an infinitive ("to close"), not one with its own subject ("urged
        // Lithuania to …")
        let (to_s, _) = crate::words::word_before(self.text, t.span.0)
            .filter(|&(s, e)| self.text[s..e].eq_ignore_ascii_case("to"))?;
        let from = t.span.0.saturating_sub(160).min(to_s);
        let window = &self.text.as_bytes()[from..to_s];
        let d = from
            + window
                .windows(8)
                .rposition(|w| w.eq_ignore_ascii_case(b"decision"))?;
        if !crate::words::is_whole_word(self.text, d, d + 8)
            && !self.text[d + 8..].starts_with(['s', 'S'])
            || self.text[d..to_s].contains([';', ':'])
        {
            return None;
        }
        self.mentions
            .iter()
            .position(|m| {
                // "the Israeli decision", "China's decision"
                let before = m.span.1 <= d && {
                    let mut gap = m.span.1;
                    gap += crate::words::possessive_after(self.text, gap).unwrap_or(0);
                    self.text[gap..d].trim().is_empty()
                };
                // "the decision of China", "the decision announced by the minister"
                let after = m.span.0 > d
                    && m.span.1 <= to_s
                    && matches!(m.prep, Some("of" | "by"))
                    && !self.text[d..m.span.0].contains(',');
                (before || after) && !m.actors.is_empty()
            })
            .filter(|&i| !self.actor_list(&self.mentions[i]).is_empty())
            // "… urged Lithuania to expel …": a name right before "to" other than the
            // decision's maker is the infinitive's own subject
            .filter(|&i| {
                !self.mentions.iter().enumerate().any(|(j, m)| {
                    j != i && m.span.1 <= to_s && self.text[m.span.1..to_s].trim().is_empty()
                })
            })
    }

    pub(crate) fn possessor_agent(
        &self,
        clause: (usize, usize),
        t: &TriggerMatch,
    ) -> Option<usize> {
        if t.role == RecipientRole::Possessor {
            return None;
        }
        let (i, m) = self
            .mentions
            .iter()
            .enumerate()
            .rev()
            .find(|(_, m)| m.span.1 <= t.span.0)?;
        // "the continued Israeli bombardment of Gaza": a state adjective right before a
        // nominal attack is its agent
        let adjective_agent = !m.possessive
            && material_act(t.event_type)
            && matches!(m.source, Source::Named(readout_kb::MentionKind::Adjective))
            && m.span.0 >= clause.0
            && !m.actors.is_empty()
            && self.text[m.span.1..t.span.0].trim().is_empty()
            && crate::words::word_before(self.text, m.span.0).is_some_and(|(s, e)| {
                let w = &self.text[s..e];
                in_list(w, cues::DETERMINERS)
                    // "Manila protests Chinese water cannon attack": the object of a verb
                    || self.triggers.iter().any(|o| o.span.1 == e && o.span != t.span)
                    // "envoy wounded in Israeli air strike": a headline drops the article
                    || in_list(w, &["in", "by"])
                    || in_list(
                        w,
                        &[
                            "continued",
                            "ongoing",
                            "latest",
                            "recent",
                            "repeated",
                            "brutal",
                            "indiscriminate",
                            "unprovoked",
                        ],
                    )
            });
        if adjective_agent {
            return Some(i);
        }
        if !m.possessive
            || m.span.0 < clause.0
            || m.actors.is_empty()
            || matches!(m.role, Role::Modifier | Role::Location)
            || undergoes(m, t)
        {
            return None;
        }
        let mut gap_start = m.span.1;
        gap_start += crate::words::possessive_after(self.text, gap_start).unwrap_or(0);
        let gap = &self.text[gap_start..t.span.0];
        let words: Vec<&str> = gap
            .split(|c: char| c.is_whitespace() || c == ',')
            .filter(|w| !w.is_empty())
            .collect();
        let adjectival = words.len() <= 6
            && !gap.contains(';')
            && words.iter().all(|w| {
                // "France's presidency said anyone attacking …": a verb ends the phrase
                !in_list(
                    w,
                    &[
                        "said",
                        "says",
                        "told",
                        "stated",
                        "added",
                        "warned",
                        "announced",
                    ],
                ) && !in_list(w, cues::PREPOSITIONS)
                    && !in_list(
                        w,
                        &[
                            "is", "are", "was", "were", "has", "have", "had", "will", "would",
                            "should", "must", "can", "that", "which",
                        ],
                    )
            });
        // the possessor must not be the object of an earlier verb ("supports the Philippines' efforts, backs …");
        // the possessor of a material act ("condemned Iran's attack on Israel") is its agent all the same
        let earlier_verb = !material_act(t.event_type)
            && self
                .triggers
                .iter()
                .any(|o| o.span.0 >= clause.0 && o.span.1 <= m.span.0);
        (adjectival
            && !earlier_verb
            && !self
                .triggers
                .iter()
                .any(|o| o.span.0 >= m.span.1 && o.span.1 <= t.span.0))
        .then_some(i)
    }

    /// Is the trigger part of the clause's own subject noun phrase ("Any support for …
    /// undermines", "Cracking down on ETIM is …")? Then it is not an act of the speaker.
    fn nominal_subject(&self, clause: (usize, usize), t: &TriggerMatch) -> bool {
        let prefix =
            self.text[clause.0..t.span.0].trim_start_matches(|c: char| !c.is_alphanumeric());
        let first = crate::words::next_word(prefix, 0);
        if prefix.trim().is_empty() {
            return crate::words::next_word(self.text, t.span.0)
                .to_ascii_lowercase()
                .ends_with("ing");
        }
        in_list(
            first,
            &[
                "any", "the", "such", "this", "these", "those", "no", "every", "a", "an",
            ],
        ) && !prefix.contains(',')
            && prefix.split_whitespace().nth(10).is_none()
    }

    /// The recipient of a trigger of type `ty` in `region` (sentence-relative), excluding `actor_codes`.
    pub(crate) fn recipient(
        &self,
        t: &TriggerMatch,
        ty: EventType,
        region: (usize, usize),
        actor_codes: &[&str],
        actor_sectors: &[(&str, Option<&str>)],
    ) -> Option<(Vec<Actor>, usize, String)> {
        let conflict = matches!(
            ty,
            EventType::Accuse
                | EventType::Reject
                | EventType::Threaten
                | EventType::Sanction
                | EventType::Coerce
                | EventType::Assault
                | EventType::Mobilize
                | EventType::Protest
        );
        let role_prep: Option<&str> = match t.role {
            RecipientRole::With => Some("with"),
            RecipientRole::To => Some("to"),
            RecipientRole::On => Some("on"),
            RecipientRole::Against => Some("against"),
            RecipientRole::From => Some("from"),
            RecipientRole::For => Some("for"),
            RecipientRole::In => Some("in"),
            RecipientRole::Over => Some("over"),
            // object, subject, possessor, none — and any role added to the lexicon later
            #[allow(unreachable_patterns)]
            _ => None,
        };
        if t.role == RecipientRole::Possessor {
            // "the US' recent wrong words and deeds": the possessor just before the trigger
            let clause = self.clauses.of(t.span.0);
            let m = self.mentions.iter().enumerate().rev().find(|(_, m)| {
                m.span.1 <= t.span.0
                    && m.span.0 >= clause.0
                    && m.possessive
                    && m.span.1 + 24 >= t.span.0
            });
            if let Some((i, m)) = m {
                let actors: Vec<Actor> = self
                    .actor_list(m)
                    .iter()
                    .filter(|a| !actor_codes.contains(&a.code.as_str()))
                    .cloned()
                    .collect();
                if !actors.is_empty() {
                    return Some((
                        actors,
                        i,
                        quoted_between("", &m.text, ": the possessor before the trigger"),
                    ));
                }
            }
        }
        let domestic = domestic_type(ty);
        // each candidate's actors borrowed where none is filtered out: only the one chosen
        // is copied
        let mut cands: Vec<(usize, Cow<[Actor]>)> = Vec::new();
        for (i, m) in self.mentions.iter().enumerate() {
            let located = m.role == Role::Location
                && ((role_prep.is_some() && m.prep == role_prep)
                    // "requested an emergency meeting of the U.N. Security Council"
                    || (ty == EventType::Request
                        && m.prep == Some("of")
                        && matches!(m.source, Source::Named(readout_kb::MentionKind::Organisation)))
                    // "an aid convoy crossed into northwest Syria"
                    || (ty == EventType::Aid
                        && matches!(m.prep, Some("into") | Some("to") | Some("for")))
                    // "support for the sovereignty and territorial integrity of Ukraine": the
                    // state whose sovereignty is backed
                    || (ty == EventType::Support
                        && m.prep == Some("of")
                        && crate::words::word_before(self.text, m.span.0)
                            .and_then(|(s, _)| crate::words::word_before(self.text, s))
                            .is_some_and(|(s, e)| {
                                in_list(
                                    &self.text[s..e],
                                    &["sovereignty", "integrity", "independence", "unity"],
                                )
                            }))
                    // "raised concerns about human rights in Xinjiang": the place's authorities
                    || (ty == EventType::Accuse
                        && t.role == RecipientRole::Over
                        && m.prep == Some("in"))
                    || (ty != EventType::Consult
                        && matches!(m.source, Source::Named(readout_kb::MentionKind::Capital))
                        && matches!(m.prep, Some("from") | Some("to"))));
            // "adheres to the one-China policy": the state named inside the policy's name
            let named_inside = m.role == Role::Modifier
                && ty == EventType::Support
                && m.span.0 >= head_end(t)
                && m.span.1 <= t.span.1;
            if m.span.0 < region.0
                || m.span.1 > region.1
                || !(matches!(m.role, Role::Actor | Role::Weak) || located || named_inside)
            {
                continue;
            }
            if m.role == Role::Weak
                && m.possessive
                && matches!(
                    m.source,
                    Source::Named(readout_kb::MentionKind::Organisation)
                )
                && in_list(
                    crate::words::next_word(
                        self.text,
                        m.span.1 + crate::words::possessive_after(self.text, m.span.1).unwrap_or(0),
                    ),
                    &[
                        "resolution",
                        "resolutions",
                        "charter",
                        "report",
                        "reports",
                        "rules",
                        "statute",
                        "regulations",
                        "documents",
                        "principles",
                        "mandate",
                    ],
                )
            {
                // "the UNSC's resolutions": an organisation's document, not the organisation
                continue;
            }
            // "Abe called it unacceptable" after a launch told earlier: "it" is the act, not
            // the last state named, so the accusation goes to the act's author (found later)
            if ty == EventType::Accuse
                && m.source == Source::StatePronoun
                && self.discourse.aggressions.last().is_some_and(|(_, a)| {
                    !a.is_empty() && !a.iter().any(|x| actor_codes.contains(&x.code.as_str()))
                })
                && crate::words::word_before(self.text, m.span.0)
                    .is_some_and(|(_, e)| e > t.span.0 && e <= head_end(t) && e + 1 >= m.span.0)
            {
                continue;
            }
            // "condemns the killing of civilians in Gaza": the victims of the act condemned are
            // not whom the condemnation is against
            if ty == EventType::Accuse
                && m.why.starts_with("unnamed")
                && m.prep == Some("of")
                && m.actors.iter().all(|a| a.sector.as_deref() == Some("CVL"))
            {
                continue;
            }
            // "signed a peace agreement in the presence of U.S. Secretary of State Marco
            // Rubio": a witness is no party to the act
            if witnessed_by(self.text, m.span.0) {
                continue;
            }
            // "Kenya deployed more police officers to Haiti": the forces sent are no target
            if ty == EventType::Mobilize
                && m.why.starts_with("unnamed")
                && m.actors.iter().all(|a| {
                    a.sector
                        .as_deref()
                        .is_some_and(|s| in_list(s, &["MIL", "COP"]))
                })
            {
                continue;
            }
            // "France … completing the withdrawal of 1,500 French troops": the forces that
            // withdraw are the actor's own, never whom they withdraw from
            let withdrawal = ty == EventType::Retreat && t.mode.as_deref() == Some("withdraw");
            let keep = |a: &Actor| {
                !actor_codes.contains(&a.code.as_str())
                    || is_group(a, m)
                    || (!withdrawal && self.other_sector(a, actor_sectors))
                    || (domestic && other_part_of_state(a, actor_sectors))
            };
            let listed = self.actor_list(m);
            let actors: Cow<[Actor]> = if listed.iter().all(keep) {
                listed
            } else {
                Cow::Owned(listed.iter().filter(|a| keep(a)).cloned().collect())
            };
            if actors.is_empty() {
                continue;
            }
            // "resigned and fled to India": a retreat with no recipient role takes only
            // its direct object, never a name further on in the clause
            let bare_retreat = ty == EventType::Retreat
                && t.role == RecipientRole::None
                && t.mode.as_deref() == Some("resign");
            if (conflict || bare_retreat) && !self.is_direct_object(t, m, role_prep) {
                continue;
            }
            // "the violation of Ukraine's territorial integrity": the owner is the victim
            if conflict && m.possessive && self.victim_after(m) {
                continue;
            }
            cands.push((i, actors));
        }
        if cands.is_empty() {
            return None;
        }
        // "humanitarian aid for Gaza to El Arish in Egypt": the place aid is for, named right
        // after it, wins over where it is taken
        if ty == EventType::Aid {
            if let Some((i, a)) = cands.iter().find(|(i, _)| {
                let m = &self.mentions[*i];
                m.prep == Some("for")
                    && self
                        .text
                        .get(t.span.1..m.span.0)
                        .is_some_and(|g| g.trim() == "for")
            }) {
                return Some((
                    a.to_vec(),
                    *i,
                    quoted_between("", &self.mentions[*i].text, ": whom the aid is for"),
                ));
            }
        }
        // "condemned the Russian Federation's unprovoked aggression against Ukraine": the
        // author of the act condemned, before the victim named after it (and before a partner)
        if matches!(
            ty,
            EventType::Accuse | EventType::Reject | EventType::Threaten | EventType::Protest
        ) {
            if let Some((i, a)) = cands
                .iter()
                .find(|(i, _)| self.authors_act(&self.mentions[*i]))
            {
                return Some((
                    a.to_vec(),
                    *i,
                    quoted_between("", &self.mentions[*i].text, ": the author of the act named"),
                ));
            }
        }
        // a bilateral document's partner wins over third parties named in passing — not over
        // a name standing right after the trigger ("urges Israel to stop its attacks on civilians")
        let direct = cands.first().is_some_and(|(i, _)| {
            let m = &self.mentions[*i];
            m.role == Role::Actor
                && matches!(m.source, Source::Named(k) if k != readout_kb::MentionKind::Group)
                && self
                    .text
                    .get(head_end(t).min(m.span.0)..m.span.0)
                    .is_some_and(|g| {
                        !g.contains([',', ';']) && g.split_whitespace().nth(1).is_none()
                    })
        });
        let solo = match actor_codes {
            [c] if !direct => Some(*c),
            _ => None,
        };
        if let Some(code) = solo {
            if let Some(p) = self.discourse.partner(code) {
                if let Some((i, a)) = cands.iter().find(|(i, a)| {
                    a.iter().any(|x| x.code == p.code)
                        && (self.mentions[*i].role != Role::Weak
                            || self.mentions[*i].possessive
                            || !matches!(
                                self.mentions[*i].source,
                                Source::Named(readout_kb::MentionKind::Adjective)
                            ))
                }) {
                    // the partner with whoever is coordinated with it ("Russia and Ukraine")
                    let a: Vec<Actor> = a.to_vec();
                    return Some((
                        a,
                        *i,
                        quoted_between(
                            "",
                            &self.mentions[*i].text,
                            ": the main dyad partner named after the trigger",
                        ),
                    ));
                }
            }
        }
        if let Some(rp) = role_prep {
            if let Some((i, a)) = cands
                .iter()
                .find(|(i, _)| self.mentions[*i].prep == Some(rp))
            {
                return Some((
                    a.to_vec(),
                    *i,
                    format!("{:?} after {rp:?}", self.mentions[*i].text),
                ));
            }
        }
        // the object held between a discontinuous trigger's words ("released 13 Israeli
        // hostages") comes first
        let inside = cands.iter().find(|(i, _)| {
            let m = &self.mentions[*i];
            m.span.0 >= head_end(t) && m.span.1 <= t.span.1
        });
        let (i, a) = inside
            .or_else(|| {
                cands
                    .iter()
                    .find(|(i, _)| self.mentions[*i].role == Role::Actor)
            })
            .or_else(|| cands.first())?;
        Some((
            a.to_vec(),
            *i,
            quoted_between(
                "",
                &self.mentions[*i].text,
                ": first participant after the trigger",
            ),
        ))
    }

    /// Is the possessive mention the author of a material act named right after it ("Iran's
    /// reckless attack")?
    fn authors_act(&self, m: &Mention) -> bool {
        m.possessive
            && self.triggers.iter().any(|o| {
                o.span.0 >= m.span.1
                    && o.span.0 <= m.span.1 + 24
                    && material_act(o.event_type)
                    && !self.text[m.span.1..o.span.0].contains([',', ';'])
            })
    }

    /// Is the possessive mention the owner of what was harmed ("Ukraine's territorial
    /// integrity", "Israel's security", "Iran's citizens")?
    fn victim_after(&self, m: &Mention) -> bool {
        let mut at = m.span.1 + crate::words::possessive_after(self.text, m.span.1).unwrap_or(0);
        for _ in 0..2 {
            let Some((s, e)) = word_after(self.text, at) else {
                return false;
            };
            let w = &self.text[s..e];
            if in_list(
                w,
                &[
                    "sovereignty",
                    "integrity",
                    "independence",
                    "security",
                    "people",
                    "citizens",
                    "civilians",
                    "territory",
                    "population",
                    "nationals",
                    "interests",
                    "soil",
                ],
            ) {
                return true;
            }
            if !in_list(w, &["territorial", "national", "own", "civilian"]) {
                return false;
            }
            at = e;
        }
        false
    }

    /// A domestic act between different sectors of one country ("police arrested protesters").
    fn other_sector(&self, a: &Actor, actor_sectors: &[(&str, Option<&str>)]) -> bool {
        let Some(rs) = a.sector.as_deref() else {
            return false;
        };
        // people of a state may address their own government ("demonstrators demanded that
        // the president step down"); one branch of government does not address another
        actor_sectors.iter().any(|(c, s)| {
            *c == a.code
                && s.is_some_and(|s| {
                    s != rs && (rs != "GOV" || in_list(s, crate::arguments::CIVIL_SECTORS))
                })
        })
    }

    /// Conflict events need their target right after the verb ("condemned Israel",
    /// "Russia's invasion"), or after the trigger's own preposition ("sanctions against Iran").
    fn is_direct_object(&self, t: &TriggerMatch, m: &Mention, role_prep: Option<&str>) -> bool {
        if m.span.0 < head_end(t) {
            // before the trigger: only a possessor of a nominal trigger ("the US' wrong words")
            return m.possessive && m.span.1 + 12 >= t.span.0;
        }
        // "condemns Iran's reckless attack": the author of the act condemned
        if self.authors_act(m) {
            return true;
        }
        // "sanctions not authorized by the UN Security Council": not their author
        let negated_by = m.prep == Some("by") && {
            let head = self.text[..m.span.0].to_ascii_lowercase();
            let tail = &head[head.len().saturating_sub(40)..];
            tail.contains(" not ") || tail.contains(" without ")
        };
        if negated_by {
            return false;
        }
        // "threatened to launch a new operation against Kurdish militants": "against" names
        // the target of a conflict act however far it sits in the trigger's region
        if m.prep == Some("against") && m.span.0 >= t.span.1 {
            return true;
        }
        // the trigger's own preposition, or the author of what is rejected ("the ultimatum issued by the US")
        if (role_prep.is_some() && m.prep == role_prep) || m.prep == Some("by") {
            return true;
        }
        // "concern over the military cooperation between Russia and Iran", "concerns about
        // human rights in Xinjiang": the parties or the place of the matter of concern
        if t.role == RecipientRole::Over && matches!(m.prep, Some("between") | Some("in")) {
            let gap = self
                .text
                .get(t.span.1.min(m.span.0)..m.span.0)
                .unwrap_or(",");
            return !gap.contains([',', ';']) && gap.split_whitespace().nth(8).is_none();
        }
        // ("fired rockets into Thai territory": where fire or forces go names the target)
        let allowed = [
            "against", "on", "at", "of", "to", "upon", "for", "by", "from", "about", "over", "into",
        ];
        if m.prep.is_some_and(|p| !in_list(p, &allowed)) {
            return false;
        }
        // at most three words (determiners, numbers, adjectives) between the trigger and the name
        // a name after a discontinuous trigger ("paused … assistance to Sudan") counts from its end
        let head_end = if m.span.0 >= t.span.1 {
            t.span.1
        } else {
            head_end(t)
        };
        let gap = self
            .text
            .get(head_end.min(m.span.0)..m.span.0)
            .unwrap_or("");
        if gap.contains([',', ';']) {
            return false;
        }
        gap.split_whitespace().nth(4).is_none()
            && gap.split_whitespace().all(|w| {
                in_list(w, &allowed)
                    || (!in_list(w, cues::PREPOSITIONS)
                        && !in_list(
                            w,
                            &[
                                "that", "which", "who", "and", "or", "is", "are", "was", "were",
                            ],
                        ))
            })
    }

    /// The nearest obligation modal ("should", "must", "need to") between `from` and `to`.
    pub(crate) fn obligation_between(&self, from: usize, to: usize) -> Option<&'static str> {
        // most spans hold no obligation word at all: one scan for their first words settles it
        // (a word starting before `to` ends within the longest word's length after it: the
        // scan stops there instead of running to the end of the sentence)
        let end = to
            .saturating_add(*OBLIGATION_LONGEST_FIRST)
            .min(self.text.len());
        let rest = self.text.as_bytes().get(from..end)?;
        if OBLIGATION_FIRST_WORDS
            .find(rest)
            .is_none_or(|m| from + m.start() >= to)
        {
            return None;
        }
        let obligation_parts = &*OBLIGATION_PARTS;
        let mut pos = from;
        while let Some((s, e)) = word_after(self.text, pos) {
            if s >= to {
                break;
            }
            let w = &self.text[s..e];
            if let Some(&(o, _, _)) = obligation_parts.iter().find(|(_, first, second)| {
                first.eq_ignore_ascii_case(w)
                    && second.is_none_or(|second| {
                        crate::words::next_word(self.text, e).eq_ignore_ascii_case(second)
                    })
            }) {
                return Some(o);
            }
            pos = e;
            // skip punctuation the word scanner stops at
            while pos < to
                && !self.text[pos..].starts_with(|c: char| c.is_alphanumeric() || c.is_whitespace())
            {
                pos += self.text[pos..].chars().next().map_or(1, char::len_utf8);
            }
        }
        None
    }
}

/// The first words of [`cues::OBLIGATION`], found anywhere (any ASCII case): a cheap test
/// before the word-by-word reading of [`SentenceView::obligation_between`].
static OBLIGATION_FIRST_WORDS: std::sync::LazyLock<aho_corasick::AhoCorasick> =
    std::sync::LazyLock::new(|| {
        aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(
                cues::OBLIGATION
                    .iter()
                    .map(|o| o.split(' ').next().unwrap_or(o)),
            )
            .unwrap_or_else(|e| panic!("built-in obligation words: {e}"))
    });

/// Each of [`cues::OBLIGATION`] with its first and (optional) second word, split once: the
/// word walk of [`SentenceView::obligation_between`] compares every word with them.
type ObligationParts = Vec<(&'static str, &'static str, Option<&'static str>)>;
static OBLIGATION_PARTS: std::sync::LazyLock<ObligationParts> = std::sync::LazyLock::new(|| {
    cues::OBLIGATION
        .iter()
        .map(|&o| {
            let mut parts = o.split(' ');
            (o, parts.next().unwrap_or(""), parts.next())
        })
        .collect()
});

/// Length of the longest of [`OBLIGATION_FIRST_WORDS`].
static OBLIGATION_LONGEST_FIRST: std::sync::LazyLock<usize> = std::sync::LazyLock::new(|| {
    cues::OBLIGATION
        .iter()
        .map(|o| o.split(' ').next().unwrap_or(o).len())
        .max()
        .unwrap_or(0)
});

/// End of a trigger's first word: a discontinuous trigger ("released … prisoners") may hold
/// its object between its parts ("released 15 Armenian prisoners").
pub(crate) fn head_end(t: &TriggerMatch) -> usize {
    // (the ellipsis' lead byte, absent from nearly every trigger, is looked for first: a byte
    // search is far cheaper than the search for the char)
    if memchr::memchr(0xE2, t.text.as_bytes()).is_some() && t.text.contains('\u{2026}') {
        let first = t.text.split_whitespace().next().unwrap_or("");
        (t.span.0 + first.len()).min(t.span.1)
    } else {
        t.span.1
    }
}

/// Sectors of a state's people rather than its state: they may act on their own government.
pub(crate) const CIVIL_SECTORS: &[&str] = &["CVL", "OPP", "LAB", "EDU", "REL", "MED", "NGO"];

/// Material acts whose possessor is their agent ("Russia's invasion", "Iran's attack").
pub(crate) fn material_act(ty: EventType) -> bool {
    matches!(
        ty,
        EventType::Assault
            | EventType::Coerce
            | EventType::Mobilize
            | EventType::Sanction
            | EventType::Protest
    )
}

/// Domestic acts: one part of a state may protest against, coerce or attack another
/// ("Myanmar police arrested Myanmar protesters").
pub(crate) fn domestic_type(ty: EventType) -> bool {
    matches!(
        ty,
        EventType::Protest | EventType::Coerce | EventType::Assault
    )
}

/// Is `a` another part of an actor's own state (a different sector, or a sector against the
/// bare state)? Used for domestic acts only.
pub(crate) fn other_part_of_state(a: &Actor, actor_sectors: &[(&str, Option<&str>)]) -> bool {
    actor_sectors.iter().any(|(c, s)| {
        *c == a.code && *s != a.sector.as_deref() && (s.is_some() || a.sector.is_some())
    })
}

/// A non-state group coded under its own country ("ETIM" → CHN SEP) may be the target of
/// its own state's accusations.
fn is_group(a: &Actor, m: &Mention) -> bool {
    matches!(m.source, Source::Named(readout_kb::MentionKind::Group))
        && a.sector
            .as_deref()
            .is_some_and(|s| in_list(s, &["SEP", "REB", "OPP", "INS", "CRM", "UAF"]))
}

/// "Lai's arrest", "Navalny's detention": people of no state authority do not arrest; the
/// possessor of an arrest is the one arrested, not its agent.
fn undergoes(m: &Mention, t: &TriggerMatch) -> bool {
    t.event_type == EventType::Coerce
        && t.mode.as_deref() == Some("arrest")
        && m.actors.len() == 1
        && m.actors[0]
            .sector
            .as_deref()
            .is_some_and(|s| in_list(s, cues::PEOPLE_SECTORS))
}

/// Does the mention at `start` follow "in the presence of" or "witnessed by" (a witness to
/// the act, not a party)?
fn witnessed_by(text: &str, start: usize) -> bool {
    let before = text[..start].trim_end();
    let before = before
        .strip_suffix("the")
        .or_else(|| before.strip_suffix("The"))
        .map_or(before, str::trim_end);
    crate::words::ends_with_ascii_ci(before, "presence of")
        || crate::words::ends_with_ascii_ci(before, "witnessed by")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_between_is_the_debug_format() {
        for text in [
            "",
            "Wang Yi",
            "the \"Quad\"",
            "a\\b",
            "it's",
            "Éric",
            "tab\there",
            "new\nline",
            "~`{}",
            "\u{7f}",
            "\u{301}e",
        ] {
            assert_eq!(
                quoted_between("subject ", text, " in the clause"),
                format!("subject {text:?} in the clause")
            );
        }
    }
    use crate::lexicon::TriggerFlags;
    use crate::mentions::governing_preposition;

    fn mention(sentence: &str, text: &str, code: &str) -> Mention {
        let s = sentence.find(text).unwrap();
        Mention {
            span: (s, s + text.len()),
            text: text.into(),
            actors: vec![Actor::code(text, code)],
            role: Role::Actor,
            source: Source::Named(readout_kb::MentionKind::State),
            prep: governing_preposition(sentence, s),
            possessive: crate::words::possessive_after(sentence, s + text.len()).is_some(),
            person: false,
            title: None,
            why: String::new(),
        }
    }

    fn trigger(sentence: &str, text: &str, ty: EventType) -> TriggerMatch {
        let s = sentence.find(text).unwrap();
        TriggerMatch {
            span: (s, s + text.len()),
            text: text.into(),
            event_type: ty,
            mode: None,
            cameo: None,
            role: RecipientRole::Object,
            flags: TriggerFlags::default(),
            pattern: text.into(),
        }
    }

    #[test]
    fn objects_of_earlier_verbs_are_not_subjects() {
        let s = "Japan supports the Philippines' efforts, backs Vietnam and praised Indonesia.";
        let ms = vec![
            mention(s, "Japan", "JPN"),
            mention(s, "Philippines", "PHL"),
            mention(s, "Vietnam", "VNM"),
            mention(s, "Indonesia", "IDN"),
        ];
        let ts = vec![
            trigger(s, "supports", EventType::Support),
            trigger(s, "backs", EventType::Support),
            trigger(s, "praised", EventType::Support),
        ];
        let clauses = Clauses::split(s, &ms, None);
        let d = Discourse::default();
        let v = SentenceView {
            text: s,
            mentions: &ms,
            speech: None,
            clauses: &clauses,
            triggers: &ts,
            discourse: &d,
        };
        for t in &ts {
            let subj = v.subject(t).unwrap();
            assert_eq!(subj.actors[0].code, "JPN", "{}", t.text);
        }
        let r = v
            .recipient(
                &ts[1],
                EventType::Support,
                (ts[1].span.1, s.len()),
                &["JPN"],
                &[],
            )
            .unwrap();
        assert_eq!(r.0[0].code, "VNM");
    }

    #[test]
    fn conflict_targets_must_be_direct() {
        let s = "Germany opposes interference in Mali's internal affairs and condemned Russia.";
        let mut ms = vec![
            mention(s, "Germany", "DEU"),
            mention(s, "Mali", "MLI"),
            mention(s, "Russia", "RUS"),
        ];
        ms[1].role = Role::Weak;
        let ts = vec![
            trigger(s, "opposes", EventType::Reject),
            trigger(s, "condemned", EventType::Accuse),
        ];
        let clauses = Clauses::split(s, &ms, None);
        let d = Discourse::default();
        let v = SentenceView {
            text: s,
            mentions: &ms,
            speech: None,
            clauses: &clauses,
            triggers: &ts,
            discourse: &d,
        };
        assert!(v
            .recipient(
                &ts[0],
                EventType::Reject,
                (ts[0].span.1, ts[1].span.0),
                &["DEU"],
                &[]
            )
            .is_none());
        let r = v
            .recipient(
                &ts[1],
                EventType::Accuse,
                (ts[1].span.1, s.len()),
                &["DEU"],
                &[],
            )
            .unwrap();
        assert_eq!(r.0[0].code, "RUS");
    }

    #[test]
    fn domestic_acts_take_another_part_of_the_same_state() {
        let protesters = Actor {
            text: "protesters".into(),
            code: "MMR".into(),
            sector: Some("CVL".into()),
            name: None,
            title: None,
        };
        assert!(domestic_type(EventType::Coerce));
        assert!(!domestic_type(EventType::Accuse));
        assert!(other_part_of_state(&protesters, &[("MMR", Some("COP"))]));
        assert!(other_part_of_state(&protesters, &[("MMR", None)]));
        assert!(!other_part_of_state(&protesters, &[("MMR", Some("CVL"))]));
        assert!(!other_part_of_state(&protesters, &[("THA", Some("COP"))]));
        let state = Actor::code("Myanmar", "MMR");
        assert!(!other_part_of_state(&state, &[("MMR", None)]));
    }

    #[test]
    fn an_agent_noun_trigger_is_its_own_subject() {
        let s = "Protesters blocked roads in Yangon.";
        let mut ms = vec![mention(s, "Protesters", "MMR")];
        ms[0].actors[0].sector = Some("CVL".into());
        let ts = vec![trigger(s, "Protesters", EventType::Protest)];
        let clauses = Clauses::split(s, &ms, None);
        let d = Discourse::default();
        let v = SentenceView {
            text: s,
            mentions: &ms,
            speech: None,
            clauses: &clauses,
            triggers: &ts,
            discourse: &d,
        };
        assert_eq!(v.subject(&ts[0]).unwrap().actors[0].code, "MMR");
    }

    #[test]
    fn the_dyad_partner_keeps_its_coordinated_companions() {
        let s = "Brazil called on Russia and Ukraine to negotiate.";
        let ms = crate::mentions::group_coordinated(
            s,
            vec![
                mention(s, "Brazil", "BRA"),
                mention(s, "Russia", "RUS"),
                mention(s, "Ukraine", "UKR"),
            ],
        );
        let ts = vec![trigger(s, "called on", EventType::Request)];
        let clauses = Clauses::split(s, &ms, None);
        let d = Discourse {
            dyad: Some([Actor::code("Brazil", "BRA"), Actor::code("Russia", "RUS")]),
            ..Discourse::default()
        };
        let v = SentenceView {
            text: s,
            mentions: &ms,
            speech: None,
            clauses: &clauses,
            triggers: &ts,
            discourse: &d,
        };
        let r = v
            .recipient(
                &ts[0],
                EventType::Request,
                (ts[0].span.1, s.len()),
                &["BRA"],
                &[],
            )
            .unwrap();
        let codes: Vec<&str> = r.0.iter().map(|a| a.code.as_str()).collect();
        assert_eq!(codes, ["RUS", "UKR"]);
    }

    #[test]
    fn finds_obligation_modals() {
        let s = "the two sides need to act and Iran should stop";
        let ms: Vec<Mention> = Vec::new();
        let clauses = Clauses::split(s, &ms, None);
        let d = Discourse::default();
        let v = SentenceView {
            text: s,
            mentions: &ms,
            speech: None,
            clauses: &clauses,
            triggers: &[],
            discourse: &d,
        };
        assert_eq!(v.obligation_between(0, 20), Some("need to"));
        assert_eq!(v.obligation_between(25, s.len()), Some("should"));
        assert_eq!(v.obligation_between(0, 10), None);
    }
}
