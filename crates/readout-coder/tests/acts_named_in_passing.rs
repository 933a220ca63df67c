//! Acts named in passing are no acts of the clause's subject: the time or the cause of
//! another act ("after the attack", "over the arrests"). Sentences written for these tests.

mod common;

use common::{code, of_type, show};
use readout_model::EventType;

#[test]
fn an_act_named_as_time_or_cause_is_not_the_subjects() {
    let ev = code(
        "Japan cancelled all flights to Tel Aviv after the attack.",
        Some("2024-04-14"),
    );
    assert!(
        ev.iter().all(|e| e.event_type != EventType::Assault),
        "{}",
        show(&ev)
    );
    let ev = code(
        "Poland closed a border crossing with Belarus after the arrests.",
        Some("2024-04-14"),
    );
    // (closing the crossing is an act of its own; the arrests are not Poland's)
    assert!(
        ev.iter().all(|e| !e.mode.iter().any(|m| m == "arrest")),
        "{}",
        show(&ev)
    );
    // the same noun with its own verb is an act
    let ev = code(
        "Egypt arrested three Italian students on Monday.",
        Some("2024-04-14"),
    );
    assert!(
        ev.iter().any(|e| e.event_type == EventType::Coerce),
        "{}",
        show(&ev)
    );
}

#[test]
fn monitoring_a_truce_is_no_new_truce() {
    let ev = code(
        "Turkey said it would send observers to monitor the ceasefire.",
        Some("2020-03-06"),
    );
    assert!(
        of_type(&ev, EventType::Retreat).is_empty() && of_type(&ev, EventType::Concede).is_empty(),
        "{}",
        show(&ev)
    );
}
