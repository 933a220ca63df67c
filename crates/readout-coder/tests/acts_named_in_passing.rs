//! Acts named in passing are no acts of the clause's subject: the time or the cause of
//! another act ("after the attack", "over the arrests"). Sentences written for these tests.

mod common;

use common::{code, show};
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
