//! readout's event coder: turns a prepared [`Document`] into PLOVER [`Event`]s.
//!
//! The document flows through named stages, one module each:
//! 1. [`mentions`] — knowledge-base actor mentions, classified (actor, recipient-only, place, modifier);
//! 2. [`references`] — pronouns, "the latter", "both sides", bare titles, against the document memory;
//! 3. [`speech`] — reported speech and its speaker (carried over a readout paragraph);
//! 4. `events` — triggers from the lexicon, subject/object, obligation, reciprocity, modality,
//!    CONSULT modes and initiator;
//! 5. topics — contexts and issues from the sentence (or its paragraph);
//! 6. `dating` — the act's date at the precision the text supports;
//! 7. output — ids, scores, quad, CAMEO, evidence span; duplicate events of a sentence merged.
//!
//! [`Coder::explain`] returns the same events plus an [`Explanation`] of every decision.

mod arguments;
mod clauses;
mod consult;
mod cues;
mod dating;
mod dyad;
mod events;
mod explain;
mod frames;
mod generic;
/// Trigger lexicon: word patterns that signal PLOVER events.
pub mod lexicon;
/// Stage 1: actor mentions and the part each can play.
pub mod mentions;
/// Negation, condition, intention, future and background cues around a trigger.
pub mod modality;
/// Stage 2: pronouns, "the latter", "both sides", bare titles.
pub mod references;
/// Stage 3: reported speech and its speaker.
pub mod speech;
/// PLOVER contexts and readout's issues.
pub mod topics;
mod words;

pub use events::Decision;
pub use explain::{Explanation, MentionNote, SentenceExplanation};
pub use lexicon::{LexiconError, TriggerMatch, TriggerSet};
pub use topics::TopicLexicon;

use arguments::SentenceView;
use clauses::Clauses;
use lexicon::pattern::CombinedMatcher;
use readout_kb::KnowledgeBase;
use readout_model::{Document, Event};
use readout_text::DateResolver;
use references::{Discourse, ReferenceFinder};
use speech::{Speech, SpeechFinder};
use std::path::PathBuf;
use std::sync::Arc;

/// Why a coder could not be built.
#[derive(Debug, thiserror::Error)]
pub enum CoderError {
    /// A lexicon (built-in or user file) failed to load.
    #[error("lexicon: {0}")]
    Lexicon(#[from] LexiconError),
    /// The trigger, context and issue patterns could not be combined into one automaton.
    #[error("lexicon: cannot combine the trigger and topic patterns: {0}")]
    Combine(String),
}

/// The event coder: knowledge base plus compiled lexicons. `Send + Sync`; share it across threads.
pub struct Coder {
    kb: Arc<KnowledgeBase>,
    triggers: TriggerSet,
    topics: TopicLexicon,
    /// The trigger, context and issue patterns in one automaton: a sentence's words are
    /// walked once for all three.
    sentence_lexicons: CombinedMatcher<3>,
    references: ReferenceFinder,
    speech: SpeechFinder,
    generic: generic::GenericActors,
}

impl Coder {
    /// A coder with the built-in lexicons.
    pub fn new(kb: Arc<KnowledgeBase>) -> Result<Coder, CoderError> {
        Coder::with_extras(kb, &[])
    }

    /// A coder whose lexicons are extended by user files (triggers, contexts or issues files).
    pub fn with_extras(
        kb: Arc<KnowledgeBase>,
        lexicon_extras: &[PathBuf],
    ) -> Result<Coder, CoderError> {
        let (trigger_files, topic_files): (Vec<PathBuf>, Vec<PathBuf>) = lexicon_extras
            .iter()
            .cloned()
            .partition(|p| !is_topic_file(p));
        let triggers = if trigger_files.is_empty() {
            TriggerSet::builtin()?
        } else {
            TriggerSet::with_extras(&trigger_files)?
        };
        let topics = if topic_files.is_empty() {
            TopicLexicon::builtin()?
        } else {
            TopicLexicon::with_extras(&topic_files)?
        };
        let [contexts, issues] = topics.matchers();
        let sentence_lexicons = CombinedMatcher::new([triggers.matcher(), contexts, issues])
            .map_err(CoderError::Combine)?;
        Ok(Coder {
            kb,
            triggers,
            topics,
            sentence_lexicons,
            references: ReferenceFinder::new(),
            speech: SpeechFinder::new(),
            generic: generic::GenericActors::new(),
        })
    }

    /// The knowledge base the coder resolves actors with.
    pub fn kb(&self) -> &KnowledgeBase {
        &self.kb
    }

    /// Codes a prepared document (sentences already split).
    pub fn code(&self, doc: &Document) -> Vec<Event> {
        self.run(doc, None)
    }

    /// Codes a document and explains every mention, reference, trigger and decision.
    pub fn explain(&self, doc: &Document) -> (Vec<Event>, Explanation) {
        let mut ex = Explanation {
            doc_id: doc.id.clone(),
            doc_date: doc.date.map(|d| d.to_string()),
            ..Explanation::default()
        };
        let events = self.run(doc, Some(&mut ex));
        (events, ex)
    }

    fn run(&self, doc: &Document, mut explain: Option<&mut Explanation>) -> Vec<Event> {
        let kb = &*self.kb;
        // the KB's reasons are only worth their cost when explaining
        let explaining = explain.is_some();
        let find = |text: &str| {
            if explaining {
                kb.find_mentions_explained(text, doc.date)
            } else {
                kb.find_mentions(text, doc.date)
            }
        };
        // stage 1 for every sentence first: the main dyad needs the headline and lead
        let mut classified: Vec<Vec<mentions::Mention>> = doc
            .sentences
            .iter()
            .map(|s| {
                let text = doc.sentence_text(s);
                mentions::classify(kb, text, find(text))
            })
            .collect();
        let mut title_mentions = doc
            .title
            .as_deref()
            .map(|t| mentions::classify(kb, t, find(t)))
            .unwrap_or_default();
        dyad::titles_given_before(&mut title_mentions, &mut classified);
        // party names first: "the Democratic Party" of a story about Korea is no second state
        // (the main state does not count parties, so moving them leaves it as it is)
        let main_state = dyad::main_state(kb, &title_mentions, &classified);
        if let Some(h) = &main_state {
            dyad::home_parties(kb, &h.code, &title_mentions, &mut classified);
        }
        let lead = doc.sentences.first().map(|s| doc.sentence_text(s));
        let dyad = dyad::main_dyad(kb, doc.title.as_deref(), &title_mentions, &classified, lead);
        let home = if dyad.is_none() { main_state } else { None };
        // who writes the release: a byline, else the state it is issued for
        let openings = || {
            doc.sentences
                .iter()
                .map(|s| doc.sentence_text(s))
                .zip(classified.iter().map(Vec::as_slice))
        };
        let mut discourse = Discourse {
            dyad,
            home,
            author: references::document_author(openings())
                .or_else(|| generic::issuing_state(openings()))
                .or_else(|| generic::ministry_release_state(openings())),
            ..Discourse::default()
        };
        if let Some(ex) = explain.as_deref_mut() {
            ex.dyad = discourse
                .dyad
                .iter()
                .flatten()
                .map(|a| a.code.as_str().to_owned())
                .collect();
        }
        let dyadic = discourse.dyad.is_some();
        let resolver = DateResolver::new(doc.date);
        let mut events: Vec<Event> = Vec::new();
        // which events were dated by the document's date alone (parallel to `events`)
        let mut by_doc_date: Vec<bool> = Vec::new();
        // initiators named in sentences that coded no contact of their own
        let mut loose_initiators: Vec<String> = Vec::new();
        // the lead: the first sentence after the headline with events, among the first four
        let mut story_day: Option<Option<chrono::NaiveDate>> = None;
        let title = doc.title.as_deref().map(str::trim);
        let mut previous_speech: Option<(usize, Speech)> = None;
        // the last place the story named (dateline, "in Khartoum"): the country of later bare
        // "police" or "protesters"
        let mut story_place: Option<String> = None;
        // a dateline's place holds for the story: "landed at an air base near New Delhi" later
        // in a story filed from Dhaka does not move later bare "police" to India
        let mut dateline_place = false;
        let mut last_contact_at = 0usize;
        // Every sentence lower-cased and split into words once (for the reference, speech,
        // trigger, modality and topic stages), its lexicon matches found, and its topics
        // read: a sentence without topic cues of its own takes its paragraph's, so the
        // topics of later sentences are needed before those sentences are coded.
        let mut prepared_all: Vec<(lexicon::pattern::Prepared, Vec<lexicon::pattern::RawMatch>)> =
            Vec::with_capacity(doc.sentences.len());
        let mut topics: Vec<(u64, Vec<String>)> = Vec::with_capacity(doc.sentences.len());
        for sentence in &doc.sentences {
            let prepared = lexicon::pattern::Prepared::new(doc.sentence_text(sentence));
            let [trigger_raw, context_raw, issue_raw] = self.sentence_lexicons.find_all(&prepared);
            topics.push(self.topics.read_bits(&prepared, context_raw, issue_raw));
            prepared_all.push((prepared, trigger_raw));
        }
        let mut paragraph_contexts: Option<(usize, Vec<String>)> = None;
        for (si, ((sentence, found), (prepared, trigger_raw))) in doc
            .sentences
            .iter()
            .zip(classified)
            .zip(prepared_all)
            .enumerate()
        {
            let text = doc.sentence_text(sentence);
            // stage 2: references
            let mut found = found;
            self.generic
                .add_at(text, &prepared.words, &mut found, story_place.as_deref());
            if let Some(p) = found.iter().rev().find(|m| {
                m.role == mentions::Role::Location
                    && !matches!(
                        m.source,
                        mentions::Source::Named(readout_kb::MentionKind::Organisation)
                    )
                    && !m.actors.is_empty()
            }) {
                // a foreign dateline ("DUBAI (AP) — … Iran's …") places the story in the one
                // state the sentence names
                let named = (p.why == mentions::DATELINE)
                    .then(|| generic::named_state(&found))
                    .flatten();
                let code = named.map_or(p.actors[0].code.as_str(), |(c, _)| c);
                // (only a dateline in a state the headline names: a story filed from Geneva
                // about Iran moves to "Tehran" when it names it)
                let home = found
                    .iter()
                    .filter(|m| m.why == mentions::DATELINE)
                    .filter_map(|m| m.actors.first())
                    .map(|a| a.code.as_str())
                    .find(|c| {
                        title_mentions
                            .iter()
                            .any(|m| m.actors.iter().any(|a| a.code == *c))
                    });
                if let Some(h) = home {
                    story_place = Some(h.to_string());
                    dateline_place = true;
                } else if story_place.as_deref() != Some(code) && !dateline_place {
                    story_place = Some(code.to_string());
                }
            }
            let resolved = self
                .references
                .resolve_at(text, &prepared.words, found, &discourse);
            let mut mentions = mentions::group_coordinated(text, resolved);
            generic::issuer_bodies(&mut mentions, discourse.author.as_ref());
            // stage 3: reported speech, carried across a paragraph
            let speech = match self.speech.find_at(text, &prepared.words, &mentions) {
                Some(sp) => Some(sp),
                None => previous_speech
                    .as_ref()
                    .filter(|(p, sp)| {
                        *p == sentence.paragraph
                            && !sp.speaker.is_empty()
                            && speech::continues(sp, &mentions)
                    })
                    .map(|(_, sp)| speech::carry(sp, text.len())),
            };
            // stage 4: events
            let triggers = self.triggers.triggers_in(text, &prepared, trigger_raw);
            let mut decisions = Vec::new();
            let drafts = if triggers.is_empty() {
                Vec::new()
            } else {
                let clauses = Clauses::split(text, &mentions, speech.as_ref());
                let view = SentenceView {
                    text,
                    mentions: &mentions,
                    speech: speech.as_ref(),
                    clauses: &clauses,
                    triggers: &triggers,
                    discourse: &discourse,
                };
                let notes = explain.is_some().then_some(&mut decisions);
                events::code_sentence(&view, &prepared, dyadic, notes)
            };
            let first_new = events.len();
            if !drafts.is_empty() {
                // stages 5–7: topics, dates, output
                let dates = resolver.find(text);
                // the bits stay: later sentences of the paragraph may need them
                let (on, issues) = (topics[si].0, std::mem::take(&mut topics[si].1));
                let sentence_contexts: Vec<String> = topics::contexts_of(on)
                    .into_iter()
                    .map(str::to_string)
                    .collect();
                let contexts = if sentence_contexts.is_empty() {
                    match &paragraph_contexts {
                        Some((p, c)) if *p == sentence.paragraph => c.clone(),
                        _ => {
                            let (from, to) = paragraph_range(doc, si);
                            let on = topics[from..=to].iter().fold(0, |acc, t| acc | t.0);
                            let c: Vec<String> = topics::contexts_of(on)
                                .into_iter()
                                .map(str::to_string)
                                .collect();
                            paragraph_contexts = Some((sentence.paragraph, c.clone()));
                            c
                        }
                    }
                } else {
                    sentence_contexts
                };
                let trigger_spans: Vec<(usize, usize)> = triggers
                    .iter()
                    .filter(|t| dating::is_material(t.event_type))
                    .map(|t| t.span)
                    .collect();
                let found = output::Found {
                    dates: &dates,
                    triggers: &trigger_spans,
                };
                for d in drafts {
                    let (ev, fallback) =
                        output::build(doc, sentence, si, d, &found, &contexts, &issues);
                    if output::merge_into(&mut events, first_new, ev) {
                        by_doc_date.push(fallback);
                    }
                }
                if story_day.is_none() && si < 4 && Some(text.trim()) != title {
                    if let Some(first) = events.get(first_new) {
                        story_day = Some(dating::story_day(doc.date, text, first.date, &resolver));
                    }
                }
            }
            // "who is on a visit at the invitation of his Chinese counterpart, held talks …"
            // coded no contact here: the initiator it names holds for the contact told
            // elsewhere in the document
            if !events[first_new..]
                .iter()
                .any(|e| e.event_type == readout_model::EventType::Consult)
                && triggers
                    .iter()
                    .any(|t| t.event_type == readout_model::EventType::Consult)
            {
                if let Some((code, _)) = consult::initiator(text, &mentions) {
                    loose_initiators.push(code);
                }
            }
            if let Some(ex) = explain.as_deref_mut() {
                ex.sentences.push(SentenceExplanation {
                    index: si,
                    text: text.to_string(),
                    mentions: mentions.iter().map(MentionNote::of).collect(),
                    speech: speech.as_ref().map(|sp| {
                        format!(
                            "{} {:?}{}: content {:?}",
                            if sp.speaker.is_empty() {
                                "unknown speaker".to_string()
                            } else {
                                sp.speaker
                                    .iter()
                                    .map(|a| a.code.as_str())
                                    .collect::<Vec<_>>()
                                    .join("+")
                            },
                            sp.verb,
                            if sp.carried {
                                " (carried from the paragraph)"
                            } else {
                                ""
                            },
                            text.get(sp.content.0..sp.content.1).unwrap_or("")
                        )
                    }),
                    decisions,
                    events: Vec::new(),
                });
            }
            discourse.absorb(&mentions);
            // "Hungary and Slovakia held talks … We agreed …": a contact's parties, kept for
            // the next two sentences
            if let Some(c) = events[first_new..]
                .iter()
                .rev()
                .find(|e| e.event_type == readout_model::EventType::Consult)
            {
                let mut parties = c.actor.clone();
                parties.extend(c.recipient.iter().cloned());
                // "X hosted a meeting between Y and Z. The two leaders agreed …": the parties
                // a host brought together, without the host
                if parties.len() >= 3
                    && c.mode.iter().any(|m| m == "third-party")
                    && crate::words::starts_with_ascii_ci(&c.trigger, "host")
                {
                    parties.remove(0);
                }
                discourse.last_contact = Some(parties);
                last_contact_at = si;
            } else if si > last_contact_at + 1 {
                discourse.last_contact = None;
            }
            for e in &events[first_new..] {
                if matches!(
                    e.event_type,
                    readout_model::EventType::Assault
                        | readout_model::EventType::Mobilize
                        | readout_model::EventType::Coerce
                        | readout_model::EventType::Sanction
                ) {
                    // (an act one party says another did, "the South had fired first", is a
                    // claim: "condemned the attack" later refers to the act told as news)
                    let claimed = e
                        .speaker
                        .as_ref()
                        .is_some_and(|s| !e.actor.iter().any(|a| a.code == s.code));
                    if e.aux != Some(readout_model::Aux::Historical) && !claimed {
                        discourse.last_news_aggression = Some(discourse.aggressions.len());
                        if e.event_type == readout_model::EventType::Assault {
                            discourse.last_news_assault = Some(discourse.aggressions.len());
                        }
                    }
                    discourse
                        .aggressions
                        .push((e.trigger.to_ascii_lowercase(), e.actor.clone()));
                } else if matches!(
                    e.event_type,
                    readout_model::EventType::Retreat
                        | readout_model::EventType::Concede
                        | readout_model::EventType::Agree
                        | readout_model::EventType::Cooperate
                        | readout_model::EventType::Aid
                ) {
                    let mut parties = e.actor.clone();
                    parties.extend(e.recipient.iter().cloned());
                    discourse
                        .accords
                        .push((e.trigger.to_ascii_lowercase(), parties));
                }
            }
            discourse.place = story_place.clone();
            previous_speech = speech.map(|sp| (sentence.paragraph, sp));
        }
        if let Some(day) = story_day.flatten() {
            for (e, _) in events.iter_mut().zip(&by_doc_date).filter(|(_, f)| **f) {
                e.date = Some(readout_model::PartialDate::Day(day));
            }
        }
        share_initiators(&mut events, &loose_initiators);
        events::drop_untargeted_force(&mut events);
        for (n, e) in events.iter_mut().enumerate() {
            e.id = event_id(&doc.id, n + 1);
        }
        if let Some(ex) = explain {
            for e in &events {
                if let Some(s) = ex.sentences.get_mut(e.sentence_index) {
                    s.events.push(format!(
                        "{} {} {:?}→{:?}",
                        e.id,
                        e.event_type,
                        e.actor_codes(),
                        e.recipient_codes()
                    ));
                }
            }
        }
        events
    }
}

/// The same contact told twice (headline and lead) on the same day: the initiator named in
/// one telling holds for the other.
/// An initiator named in a sentence that coded no contact (`loose`) holds for the document's
/// contacts it takes part in, when the document names only one.
fn share_initiators(events: &mut [Event], loose: &[String]) {
    let participants = |e: &Event| {
        let mut v = e.actor_codes();
        v.extend(e.recipient_codes());
        v.sort();
        v.dedup();
        v
    };
    let known: Vec<(Vec<String>, Option<readout_model::PartialDate>, String)> = events
        .iter()
        .filter(|e| e.event_type == readout_model::EventType::Consult && e.date.is_some())
        .filter_map(|e| e.initiator.clone().map(|i| (participants(e), e.date, i)))
        .collect();
    let mut single = loose.to_vec();
    single.sort();
    single.dedup();
    if let [only] = single.as_slice() {
        for e in events.iter_mut().filter(|e| {
            e.event_type == readout_model::EventType::Consult
                && e.initiator.is_none()
                && participants(e).len() >= 2
                && participants(e).contains(only)
        }) {
            e.initiator = Some(only.clone());
        }
    }
    if known.is_empty() {
        return;
    }
    for e in events.iter_mut() {
        if e.event_type != readout_model::EventType::Consult
            || e.initiator.is_some()
            || e.date.is_none()
        {
            continue;
        }
        let key = participants(e);
        if let Some((_, _, init)) = known.iter().find(|(p, d, _)| *p == key && *d == e.date) {
            e.initiator = Some(init.clone());
        }
    }
}

/// Are these extra lexicon files topic files (contexts/issues) rather than trigger files?
fn is_topic_file(p: &std::path::Path) -> bool {
    let name = p
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    if name.contains("context") || name.contains("issue") {
        return true;
    }
    std::fs::read_to_string(p)
        .ok()
        .and_then(|t| {
            t.lines()
                .find(|l| !l.trim().is_empty() && !l.starts_with('#'))
                .map(|l| l.to_ascii_lowercase())
        })
        .is_some_and(|h| {
            // headers: `issue<TAB>contexts<TAB>pattern` or `pattern<TAB>context`
            let cols: Vec<&str> = h.split('\t').map(str::trim).collect();
            cols.first()
                .is_some_and(|c| c.starts_with("issue") || c.starts_with("context"))
                || (cols.len() == 2 && cols[1].starts_with("context"))
        })
}

/// The sentences (first and last index) of the paragraph around sentence `around`, for paragraph-level contexts.
fn paragraph_range(doc: &Document, around: usize) -> (usize, usize) {
    let paragraph = doc.sentences[around].paragraph;
    let mut start = around;
    while start > 0 && doc.sentences[start - 1].paragraph == paragraph {
        start -= 1;
    }
    let mut end = around;
    while end + 1 < doc.sentences.len() && doc.sentences[end + 1].paragraph == paragraph {
        end += 1;
    }
    (start, end)
}

/// `"{doc_id}#{n}"`, the id of a document's `n`th event, without the formatting machinery.
fn event_id(doc_id: &str, n: usize) -> String {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    let mut rest = n;
    loop {
        at -= 1;
        digits[at] = b'0' + (rest % 10) as u8;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    let mut id = String::with_capacity(doc_id.len() + 1 + digits.len() - at);
    id.push_str(doc_id);
    id.push('#');
    id.extend(digits[at..].iter().map(|&d| char::from(d)));
    id
}

mod output {
    //! Stage 7 — the output record: dates, topics, ontology figures, evidence; merging.

    use crate::dating::{date_event, Place, BY_DOCUMENT_DATE};
    use crate::events::Draft;
    use readout_model::{Document, Event, EventType, Sentence};
    use readout_text::DateMention;

    /// What a sentence's events are dated from.
    pub(crate) struct Found<'a> {
        /// The sentence's date expressions.
        pub dates: &'a [DateMention],
        /// Every trigger of a material act found in the sentence.
        pub triggers: &'a [(usize, usize)],
    }

    /// Builds the event record for a draft, and whether only the document's date dated it.
    pub(crate) fn build(
        doc: &Document,
        sentence: &Sentence,
        index: usize,
        d: Draft,
        found: &Found<'_>,
        contexts: &[String],
        issues: &[String],
    ) -> (Event, bool) {
        let place = Place {
            text: doc.sentence_text(sentence),
            trigger: d.trigger_span,
            clause: d.clause,
            frame: d.frame,
            triggers: found.triggers,
        };
        let (date, why) = date_event(d.timing, found.dates, &place, doc.date);
        let fallback = why.starts_with(BY_DOCUMENT_DATE);
        let mut context: Vec<String> = contexts.to_vec();
        if d.event_type == EventType::Consult && !context.iter().any(|c| c == "diplomatic") {
            context.push("diplomatic".into());
        }
        let cameo = d
            .cameo
            .clone()
            .unwrap_or_else(|| d.event_type.cameo(&d.mode).to_string());
        let event = Event {
            id: String::new(),
            doc_id: doc.id.clone(),
            event_type: d.event_type,
            score: d.event_type.score(&d.mode),
            quad: d.event_type.quad(),
            cameo,
            mode: d.mode,
            context,
            issues: issues.to_vec(),
            actor: d.actor,
            recipient: d.recipient,
            date,
            aux: d.aux,
            initiator: d.initiator,
            location: d.location,
            sentence: doc.sentence_text(sentence).to_string(),
            sentence_index: index,
            trigger: d.trigger,
            span: sentence.span,
            speaker: d.speaker,
        };
        (event, fallback)
    }

    /// Adds `ev` to `events`, merging it into an event of the same sentence with the same
    /// type and participants (one event per sentence, type, actor set and recipient set).
    /// Whether it was added as a new event.
    pub(crate) fn merge_into(events: &mut Vec<Event>, first_of_sentence: usize, ev: Event) -> bool {
        // the participants' codes are built only for events of the same type
        let codes = |e: &Event| (e.actor_codes(), e.recipient_codes());
        let mut k = None;
        if let Some(same) = events[first_of_sentence..].iter_mut().find(|e| {
            e.event_type == ev.event_type && codes(e) == *k.get_or_insert_with(|| codes(&ev))
        }) {
            same.trigger = format!("{}; {}", same.trigger, ev.trigger);
            for m in ev.mode {
                if !same.mode.contains(&m) {
                    same.mode.push(m);
                }
            }
            for c in ev.context {
                if !same.context.contains(&c) {
                    same.context.push(c);
                }
            }
            for i in ev.issues {
                if !same.issues.contains(&i) {
                    same.issues.push(i);
                }
            }
            same.initiator = same.initiator.take().or(ev.initiator);
            same.location = same.location.take().or(ev.location);
            same.score = same.event_type.score(&same.mode);
            return false;
        }
        events.push(ev);
        true
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn event_ids_are_written_as_format_writes_them() {
        for n in [0, 1, 9, 10, 99, 100, 12345, usize::MAX] {
            assert_eq!(super::event_id("doc é#1", n), format!("doc é#1#{n}"));
        }
    }
}
