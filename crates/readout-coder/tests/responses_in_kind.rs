//! "responded with air strikes": how one answered is an act, not reported speech whose
//! content has no subject of its own. Sentences written for these tests.

mod common;

use common::{code, codes, of_type, show};
use readout_model::EventType;

#[test]
fn responding_with_strikes_is_an_attack_by_the_responder() {
    let ev = code(
        "India responded with missile strikes on camps in Pakistan on Wednesday.",
        Some("2025-05-07"),
    );
    let attack = of_type(&ev, EventType::Assault);
    assert_eq!(attack.len(), 1, "{}", show(&ev));
    assert_eq!(codes(&attack[0].actor), ["IND"], "{}", show(&ev));
    assert_eq!(codes(&attack[0].recipient), ["PAK"], "{}", show(&ev));
}

#[test]
fn a_promise_to_respond_appropriately_threatens() {
    let ev = code(
        "China's foreign ministry said Beijing would respond appropriately to Lithuania.",
        Some("2021-08-10"),
    );
    let threat = of_type(&ev, EventType::Threaten);
    assert_eq!(threat.len(), 1, "{}", show(&ev));
    assert_eq!(codes(&threat[0].recipient), ["LTU"], "{}", show(&ev));
}

#[test]
fn saying_that_a_state_will_face_revenge_threatens_that_state() {
    let ev = code(
        "Turkey's president said on Friday that Greece would face revenge for the arrests.",
        Some("2021-04-02"),
    );
    let threat = of_type(&ev, EventType::Threaten);
    assert_eq!(threat.len(), 1, "{}", show(&ev));
    assert_eq!(codes(&threat[0].actor), ["TUR"], "{}", show(&ev));
    assert_eq!(codes(&threat[0].recipient), ["GRC"], "{}", show(&ev));
}

#[test]
fn further_sanctions_promised_threaten_while_measures_with_their_terms_are_sanctions() {
    let threat = code(
        "The foreign minister said Canada would impose further sanctions on Belarus.",
        Some("2021-06-01"),
    );
    assert_eq!(
        of_type(&threat, EventType::Threaten).len(),
        1,
        "{}",
        show(&threat)
    );
    assert!(
        of_type(&threat, EventType::Sanction).is_empty(),
        "{}",
        show(&threat)
    );

    let decided = code(
        "The foreign minister said Canada would impose further sanctions on 12 Belarusian officials from Monday.",
        Some("2021-06-01"),
    );
    assert_eq!(
        of_type(&decided, EventType::Sanction).len(),
        1,
        "{}",
        show(&decided)
    );
    assert!(
        of_type(&decided, EventType::Threaten).is_empty(),
        "{}",
        show(&decided)
    );
}
