//! The output record of SPEC §5: one coded event with its evidence.

use crate::{EventType, PartialDate, Quad, SharedStr, Span};
use serde::{Deserialize, Serialize};

/// A participant as it appears in an event: what the text said and what it resolved to.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Actor {
    /// The words in the text that named this participant ("the latter", "Turkish Foreign Minister …").
    pub text: SharedStr,
    /// ISO 3166-1 alpha-3 state code, or an organisation acronym (`UN`, `NATO`).
    pub code: SharedStr,
    /// Sector (GOV, MIL, SEP, IGO, …) when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sector: Option<SharedStr>,
    /// Person or group name when the participant is one ("Wang Yi", "East Turkistan Islamic Movement").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<SharedStr>,
    /// Office title when known ("Foreign Minister").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<SharedStr>,
}

impl Actor {
    /// An actor known only by its code, e.g. a state named by its country name.
    pub fn code(text: impl Into<SharedStr>, code: impl Into<SharedStr>) -> Self {
        Actor {
            text: text.into(),
            code: code.into(),
            ..Actor::default()
        }
    }
}

/// PLOVER auxiliary flag (SPEC §2): how real the coded act is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Aux {
    /// A past act recalled in the text ("since the beginning of this year, … have worked together").
    Historical,
    /// An act announced for later.
    Future,
    /// A conditional ("if the US truly wants …").
    Hypothetical,
    /// Said not to have happened; kept but excluded from aggregates by default.
    Negated,
}

impl Aux {
    /// The snake-case name used in JSON and in the store.
    pub fn as_str(self) -> &'static str {
        match self {
            Aux::Historical => "historical",
            Aux::Future => "future",
            Aux::Hypothetical => "hypothetical",
            Aux::Negated => "negated",
        }
    }
}

/// One coded event, serialised exactly in the field order of SPEC §5.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// `{doc_id}#{n}`, n counting from 1 in document order.
    pub id: String,
    /// The document the evidence comes from.
    pub doc_id: String,
    /// PLOVER event type.
    pub event_type: EventType,
    /// PLOVER modes (e.g. `phone`, `visit`, `disapprove`).
    #[serde(default)]
    pub mode: Vec<String>,
    /// PLOVER contexts (e.g. `diplomatic`, `health`).
    #[serde(default)]
    pub context: Vec<String>,
    /// readout's fine-grained topics ("Taiwan", "COVID-19 vaccines").
    #[serde(default)]
    pub issues: Vec<String>,
    /// Who acted; several for compound or reciprocal actors.
    pub actor: Vec<Actor>,
    /// Who was acted upon; empty for reciprocal events.
    #[serde(default)]
    pub recipient: Vec<Actor>,
    /// When the act happened, at the precision the text supports; `None` rather than invented.
    pub date: Option<PartialDate>,
    /// Historical, future, hypothetical or negated.
    pub aux: Option<Aux>,
    /// Code of whoever asked for the contact ("at the latter's request").
    pub initiator: Option<String>,
    /// Where the act took place, when the text says (a place name or state code).
    pub location: Option<String>,
    /// PLOVER score, −10 (conflict) … +10 (cooperation).
    pub score: f64,
    /// Quad class of the event type.
    pub quad: Quad,
    /// CAMEO code so GDELT/ICEWS users can join older data.
    pub cameo: String,
    /// The evidence sentence.
    pub sentence: String,
    /// Zero-based index of the evidence sentence in the document.
    pub sentence_index: usize,
    /// The words that triggered the event (discontinuous parts joined by " … ").
    pub trigger: String,
    /// Byte range of the evidence in the normalised document text.
    pub span: Span,
    /// The speaker whose statement contains the event, when it is reported speech.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker: Option<Actor>,
}

impl Event {
    /// Actor codes, sorted and deduplicated (what the scorer compares).
    pub fn actor_codes(&self) -> Vec<String> {
        codes(&self.actor)
    }

    /// Recipient codes, sorted and deduplicated.
    pub fn recipient_codes(&self) -> Vec<String> {
        codes(&self.recipient)
    }

    /// Reciprocal events (CONSULT, or several actors with no recipient) have no direction.
    pub fn is_reciprocal(&self) -> bool {
        self.event_type == EventType::Consult
            || (self.recipient.is_empty() && self.actor_codes().len() >= 2)
    }
}

fn codes(side: &[Actor]) -> Vec<String> {
    let mut v: Vec<String> = side.iter().map(|a| a.code.to_uppercase()).collect();
    v.sort();
    v.dedup();
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Event {
        Event {
            id: "d#1".into(),
            doc_id: "d".into(),
            event_type: EventType::Request,
            mode: vec!["change".into()],
            context: vec!["territory".into()],
            issues: vec!["Taiwan".into()],
            actor: vec![Actor::code("Wang Yi", "CHN")],
            recipient: vec![Actor::code("the US", "USA")],
            date: Some("2021-11-13".parse().unwrap()),
            aux: None,
            initiator: None,
            location: None,
            score: -1.0,
            quad: Quad::VerbalConflict,
            cameo: "024".into(),
            sentence: "s".into(),
            sentence_index: 5,
            trigger: "should".into(),
            span: (10, 20),
            speaker: None,
        }
    }

    #[test]
    fn serialises_in_spec_field_order() {
        let json = serde_json::to_string(&sample()).unwrap();
        let order = [
            "\"id\"",
            "\"doc_id\"",
            "\"event_type\"",
            "\"mode\"",
            "\"context\"",
            "\"issues\"",
            "\"actor\"",
            "\"recipient\"",
            "\"date\"",
            "\"aux\"",
            "\"initiator\"",
            "\"location\"",
            "\"score\"",
            "\"quad\"",
            "\"cameo\"",
            "\"sentence\"",
            "\"sentence_index\"",
            "\"trigger\"",
            "\"span\"",
        ];
        let pos: Vec<usize> = order.iter().map(|k| json.find(k).unwrap()).collect();
        assert!(pos.windows(2).all(|w| w[0] < w[1]), "{json}");
        assert!(json.contains("\"event_type\":\"REQUEST\""));
        assert!(json.contains("\"quad\":\"verbal_conflict\""));
        assert!(json.contains("\"span\":[10,20]"));
        let back: Event = serde_json::from_str(&json).unwrap();
        assert_eq!(back, sample());
    }

    #[test]
    fn reciprocity_follows_the_scorer() {
        let mut e = sample();
        assert!(!e.is_reciprocal());
        e.recipient.clear();
        e.actor.push(Actor::code("Turkey", "TUR"));
        assert!(e.is_reciprocal());
    }
}
