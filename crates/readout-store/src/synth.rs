//! Deterministic synthetic documents and events for benchmarks and tests.
//!
//! The generator imitates the shape of real diplomatic event data: about 60 states with a
//! skewed (Zipf-like) activity distribution, PLOVER types weighted towards CONSULT/AGREE/SUPPORT,
//! dates spread over 2015–2025, one to five events per document, and about one event in five
//! re-reported by another document (another outlet, same act) so stories link across documents.
//! Everything derives from `(seed, index)`, so the same config always yields the same data.

use chrono::{Duration, NaiveDate};
use readout_model::{Actor, Aux, Document, Event, EventType, PartialDate};

/// Actor codes, most active first (activity falls off roughly as 1/rank).
pub const COUNTRIES: [&str; 60] = [
    "USA", "CHN", "RUS", "GBR", "FRA", "DEU", "JPN", "IND", "TUR", "IRN", "ISR", "UKR", "KOR",
    "PRK", "SAU", "PAK", "BRA", "ITA", "CAN", "AUS", "EGY", "SYR", "IRQ", "AFG", "VNM", "IDN",
    "PHL", "MEX", "ZAF", "NGA", "ETH", "KEN", "KAZ", "KGZ", "UZB", "TJK", "BLR", "POL", "HUN",
    "ROU", "SRB", "GRC", "ESP", "NLD", "BEL", "SWE", "NOR", "FIN", "QAT", "ARE", "JOR", "LBN",
    "YEM", "LBY", "SDN", "VEN", "CUB", "ARG", "TWN", "MMR",
];

/// Event types with relative weights (cooperation is far more frequent in readouts).
const TYPE_WEIGHTS: [(EventType, u32); 16] = [
    (EventType::Consult, 30),
    (EventType::Agree, 14),
    (EventType::Support, 12),
    (EventType::Request, 9),
    (EventType::Accuse, 8),
    (EventType::Cooperate, 6),
    (EventType::Reject, 4),
    (EventType::Aid, 3),
    (EventType::Threaten, 3),
    (EventType::Sanction, 3),
    (EventType::Concede, 2),
    (EventType::Retreat, 1),
    (EventType::Protest, 1),
    (EventType::Mobilize, 2),
    (EventType::Coerce, 1),
    (EventType::Assault, 1),
];

const HOSTS: [&str; 12] = [
    "mfa.gov.cn",
    "mfa.gov.tr",
    "state.gov",
    "mid.ru",
    "gov.uk",
    "reuters.com",
    "apnews.com",
    "aa.com.tr",
    "xinhuanet.com",
    "tass.com",
    "mofa.go.jp",
    "mea.gov.in",
];

const ISSUES: [&str; 8] = [
    "Taiwan",
    "Ukraine",
    "Xinjiang",
    "COVID-19 vaccines",
    "Belt and Road Initiative",
    "S-400",
    "Syria",
    "climate change",
];
const CONTEXTS: [&str; 6] = [
    "diplomatic",
    "economic",
    "military",
    "health",
    "territory",
    "terrorism",
];

/// Size and shape of a synthetic corpus.
#[derive(Clone, Copy, Debug)]
pub struct SynthConfig {
    /// Number of documents.
    pub documents: usize,
    /// Seed; different seeds give different corpora.
    pub seed: u64,
}

/// splitmix64: a tiny, good-enough PRNG so the generator (and the benchmarks that ask it
/// questions) need no dependency and give the same numbers on every machine.
pub struct Rng(u64);

impl Rng {
    /// A generator from `seed`.
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }
    /// The next 64 random bits.
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E3779B97F4A7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58476D1CE4E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D049BB133111EB);
        z ^ (z >> 31)
    }
    /// A number below `n` (0 when `n` is 0).
    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
    /// Zipf-like rank in `0..n`: P(rank) ∝ 1/(rank+1).
    fn zipf(&mut self, n: usize) -> usize {
        let h: f64 = (1..=n).map(|k| 1.0 / k as f64).sum();
        let mut u = (self.next() >> 11) as f64 / (1u64 << 53) as f64 * h;
        for k in 0..n {
            u -= 1.0 / (k + 1) as f64;
            if u <= 0.0 {
                return k;
            }
        }
        n - 1
    }
}

fn pick_type(rng: &mut Rng) -> EventType {
    let total: u32 = TYPE_WEIGHTS.iter().map(|t| t.1).sum();
    let mut r = rng.below(total as u64) as u32;
    for (t, w) in TYPE_WEIGHTS {
        if r < w {
            return t;
        }
        r -= w;
    }
    EventType::Consult
}

/// Average events per document (documents have 1–5 events).
pub const EVENTS_PER_DOCUMENT: f64 = 3.0;

/// Documents needed for about `events` events.
pub fn documents_for_events(events: usize) -> usize {
    (events as f64 / EVENTS_PER_DOCUMENT).ceil() as usize
}

/// A real-world act: what the generator's documents report.
struct WorldEvent {
    ty: EventType,
    actor: &'static str,
    recipient: &'static str,
    day: NaiveDate,
    issue: Option<&'static str>,
    context: &'static str,
    negated: bool,
}

fn world_event(seed: u64, id: u64) -> WorldEvent {
    let mut rng = Rng::new(seed ^ id.wrapping_mul(0x2545F4914F6CDD1D));
    let a = rng.zipf(COUNTRIES.len());
    let mut b = rng.zipf(COUNTRIES.len());
    if b == a {
        b = (a + 1 + rng.below(COUNTRIES.len() as u64 - 1) as usize) % COUNTRIES.len();
    }
    let start = NaiveDate::from_ymd_opt(2015, 1, 1).unwrap_or(NaiveDate::MIN);
    let span_days = 11 * 365;
    WorldEvent {
        ty: pick_type(&mut rng),
        actor: COUNTRIES[a],
        recipient: COUNTRIES[b],
        day: start + Duration::days(rng.below(span_days) as i64),
        issue: rng
            .chance(30)
            .then(|| ISSUES[rng.below(ISSUES.len() as u64) as usize]),
        context: CONTEXTS[rng.below(CONTEXTS.len() as u64) as usize],
        negated: rng.chance(2),
    }
}

/// The `index`-th synthetic document and its events.
pub fn document(cfg: &SynthConfig, index: usize) -> (Document, Vec<Event>) {
    let mut rng = Rng::new(
        cfg.seed
            .wrapping_mul(31)
            .wrapping_add(index as u64)
            .wrapping_mul(0x9E3779B97F4A7C15),
    );
    let id = format!("synth-{index:08}");
    let n_events = 1 + rng.below(5) as usize;
    let mut text = String::new();
    let mut events = Vec::with_capacity(n_events);
    let host = HOSTS[rng.below(HOSTS.len() as u64) as usize];
    let mut doc_date = None;
    for k in 0..n_events {
        // One event in five re-reports an act another (earlier) document reported.
        let world_id = if index > 0 && rng.chance(20) {
            let back = 1 + rng.below(50.min(index as u64)) as usize;
            ((index - back) * 8) as u64
        } else {
            (index * 8 + k) as u64
        };
        let w = world_event(cfg.seed, world_id);
        doc_date.get_or_insert(w.day + Duration::days(rng.below(2) as i64));
        let mode: Vec<String> = match w.ty {
            EventType::Consult => {
                vec![["phone", "visit", "multilateral"][rng.below(3) as usize].to_string()]
            }
            _ => vec![],
        };
        let reciprocal =
            w.ty == EventType::Consult && mode.first().map(|m| m == "phone").unwrap_or(false);
        let actor = if reciprocal {
            vec![
                Actor::code(w.actor, w.actor),
                Actor::code(w.recipient, w.recipient),
            ]
        } else {
            let mut a = Actor::code(w.actor, w.actor);
            a.sector = Some("GOV".into());
            if rng.chance(30) {
                a.name = Some(format!("Minister {}", w.actor).into());
                a.title = Some("Foreign Minister".into());
            }
            vec![a]
        };
        let recipient = if reciprocal {
            vec![]
        } else {
            vec![Actor::code(w.recipient, w.recipient)]
        };
        let sentence = format!(
            "{} and {} {} on {} about {}.",
            w.actor,
            w.recipient,
            w.ty.name().to_lowercase(),
            w.day,
            w.issue.unwrap_or(w.context)
        );
        let start = text.len();
        text.push_str(&sentence);
        text.push(' ');
        let date = if rng.chance(85) {
            Some(PartialDate::Day(w.day))
        } else if rng.chance(50) {
            Some(PartialDate::Month {
                year: chrono::Datelike::year(&w.day),
                month: chrono::Datelike::month(&w.day),
            })
        } else {
            None
        };
        events.push(Event {
            id: format!("{id}#{}", k + 1),
            doc_id: id.clone(),
            event_type: w.ty,
            score: w.ty.score(&mode),
            cameo: w.ty.cameo(&mode).to_string(),
            mode,
            context: vec![w.context.to_string()],
            issues: w.issue.map(|i| vec![i.to_string()]).unwrap_or_default(),
            actor,
            recipient,
            date,
            aux: w.negated.then_some(Aux::Negated),
            initiator: None,
            location: None,
            quad: w.ty.quad(),
            sentence_index: k,
            trigger: w.ty.name().to_lowercase(),
            span: (start, start + sentence.len()),
            speaker: None,
            sentence,
        });
    }
    let mut doc = Document::new(id.clone(), text);
    doc.url = Some(format!("https://{host}/news/{id}.html"));
    doc.title = Some(format!("Synthetic report {index}"));
    doc.date = doc_date;
    doc.origin = format!("synth:{index}");
    (doc, events)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generation_is_deterministic_and_consistent() {
        let cfg = SynthConfig {
            documents: 10,
            seed: 7,
        };
        let (d1, e1) = document(&cfg, 3);
        let (d2, e2) = document(&cfg, 3);
        assert_eq!(d1, d2);
        assert_eq!(e1, e2);
        for e in &e1 {
            assert_eq!(d1.slice(e.span), e.sentence, "spans index the text");
            assert!(e.is_reciprocal() || !e.recipient.is_empty());
        }
    }

    #[test]
    fn activity_is_skewed_towards_top_countries() {
        let cfg = SynthConfig {
            documents: 2000,
            seed: 1,
        };
        let mut usa = 0;
        let mut mmr = 0;
        for i in 0..2000 {
            for e in document(&cfg, i).1 {
                usa += e.actor_codes().iter().filter(|c| *c == "USA").count();
                mmr += e.actor_codes().iter().filter(|c| *c == "MMR").count();
            }
        }
        assert!(usa > 5 * mmr.max(1), "usa {usa} mmr {mmr}");
    }
}
