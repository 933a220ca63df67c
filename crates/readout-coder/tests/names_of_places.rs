//! Place names inside other names: a capital naming an accord ("the Minsk agreements") and a
//! state's name inside a sea's ("the Gulf of Mexico") act for no one. Sentences written for
//! these tests.

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
