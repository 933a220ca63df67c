//! Contacts told inside other phrases: as the time of another act ("agreed … after talks
//! between X and Y") it is an event of its own, not part of the act it dates; as the purpose
//! of a journey ("travelled to Kyiv to meet Zelensky") it took place. Sentences written for
//! these tests.

mod common;

use common::{code, of_type, parties, show};
use readout_model::EventType;

#[test]
fn talks_after_which_an_accord_came_are_a_contact_of_their_own() {
    let ev = code(
        "Greece and North Macedonia agreed to reopen border crossings following a meeting between Kyriakos Mitsotakis and Zoran Zaev in Athens.",
        Some("2019-06-10"),
    );
    assert!(
        ev.iter().any(|e| e.event_type == EventType::Agree),
        "{}",
        show(&ev)
    );
    let contact = of_type(&ev, EventType::Consult);
    assert_eq!(contact.len(), 1, "{}", show(&ev));
    assert_eq!(parties(contact[0]), ["GRC", "MKD"], "{}", show(&ev));
}

#[test]
fn travelling_to_meet_someone_is_a_contact() {
    let ev = code(
        "Kishida crossed into Ukraine by train to meet Zelensky in Kyiv on Tuesday.",
        Some("2023-03-21"),
    );
    let contact = of_type(&ev, EventType::Consult);
    assert_eq!(contact.len(), 1, "{}", show(&ev));
    assert_eq!(parties(contact[0]), ["JPN", "UKR"], "{}", show(&ev));
}
