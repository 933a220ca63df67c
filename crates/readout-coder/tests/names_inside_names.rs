//! Names inside other names act for no one: a capital naming an accord ("the Minsk
//! agreements"), a state's name inside a sea's ("the Gulf of Mexico"), a verb inside a group's
//! name ("Rapid Support Forces"). Sentences written for these tests.

mod common;

use common::{code, find, show};
use readout_model::EventType;

#[test]
fn a_capital_naming_an_accord_is_not_its_government() {
    let ev = code(
        "Russia said the Minsk agreements no longer existed and accused Kyiv of sabotaging them.",
        Some("2022-02-22"),
    );
    assert!(
        find(&ev, EventType::Accuse, &["RUS"], &["UKR"]).is_some(),
        "{}",
        show(&ev)
    );
    assert!(
        ev.iter()
            .all(|e| !e.actor_codes().contains(&"BLR".to_string())),
        "{}",
        show(&ev)
    );
    // the capital acting on its own is still its government
    let ev = code("Minsk accused Vilnius of provocations.", Some("2022-02-22"));
    assert!(
        find(&ev, EventType::Accuse, &["BLR"], &["LTU"]).is_some(),
        "{}",
        show(&ev)
    );
}

#[test]
fn a_shared_sea_is_no_recipient() {
    let ev = code(
        "The United States sent a destroyer to the Gulf of Mexico on Friday.",
        Some("2025-03-07"),
    );
    assert!(
        ev.iter()
            .all(|e| !e.recipient_codes().contains(&"MEX".to_string())),
        "{}",
        show(&ev)
    );
}

#[test]
fn a_word_of_a_groups_name_governs_no_act() {
    // "Support" in "Rapid Support Forces" is no act and takes no complement
    let ev = code(
        "Sudan's Rapid Support Forces attacked El Fasher on Friday.",
        Some("2024-05-10"),
    );
    let attack = find(&ev, EventType::Assault, &["SDN"], &["SDN"])
        .unwrap_or_else(|| panic!("no attack in\n{}", show(&ev)));
    assert!(!attack.trigger.contains("Support"), "{}", show(&ev));
    assert!(
        ev.iter().all(|e| e.event_type != EventType::Support),
        "{}",
        show(&ev)
    );
}
