//! A relative clause without its pronoun ("a charge Baku dismissed"): the name before the
//! verb is its subject, and its answer goes to whoever made the charge. Sentences written
//! for these tests.

mod common;

use common::{code, codes, show};
use readout_model::EventType;

#[test]
fn the_name_before_the_verb_rejects_the_charge_of_the_main_subject() {
    let ev = code(
        "Lithuania accused Belarus of pushing migrants across the border, a claim Minsk rejected as absurd.",
        Some("2021-07-10"),
    );
    let rejection: Vec<_> = ev
        .iter()
        .filter(|e| e.event_type == EventType::Reject)
        .collect();
    assert_eq!(rejection.len(), 1, "{}", show(&ev));
    assert_eq!(codes(&rejection[0].actor), ["BLR"], "{}", show(&ev));
    assert_eq!(codes(&rejection[0].recipient), ["LTU"], "{}", show(&ev));
}
