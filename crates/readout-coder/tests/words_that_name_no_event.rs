//! Words that name no event: a joint statement as the vehicle of what is said ("In a joint
//! statement, …"), a ministry's name ("… and International Cooperation"), a video "released
//! by" someone, deaths a natural disaster caused. Sentences written for these tests.

mod common;

use common::{code, of_type, show};
use readout_model::EventType;

#[test]
fn a_joint_statement_carrying_words_is_no_signing() {
    let ev = code(
        "In a joint statement on Monday, the foreign ministers of Japan and Australia urged China to stop its drills.",
        Some("2024-08-05"),
    );
    assert!(of_type(&ev, EventType::Support).is_empty(), "{}", show(&ev));
    assert_eq!(of_type(&ev, EventType::Request).len(), 1, "{}", show(&ev));
}

#[test]
fn a_ministry_named_for_cooperation_cooperates_with_no_one() {
    let ev = code(
        "Rwanda severs ties with Belgium\n\nKigali, 17 March 2025\n\nThe Government of Rwanda has today severed diplomatic relations with Belgium.\n\nMinistry of Foreign Affairs and International Cooperation",
        Some("2025-03-17"),
    );
    assert!(
        !of_type(&ev, EventType::Sanction).is_empty(),
        "{}",
        show(&ev)
    );
    assert!(
        of_type(&ev, EventType::Cooperate).is_empty(),
        "{}",
        show(&ev)
    );
}

#[test]
fn a_video_released_by_someone_releases_no_one() {
    let ev = code(
        "Havana rejects U.S. charges\n\nMarch 4, 2024 - Cuba's foreign minister suggested on Monday that the recording released by Washington had been doctored.",
        Some("2024-03-04"),
    );
    assert!(of_type(&ev, EventType::Retreat).is_empty(), "{}", show(&ev));
}

#[test]
fn deaths_a_disaster_caused_are_no_attack() {
    let ev = code(
        "Turkey flew tents to Morocco after the earthquake that struck the Atlas mountains on Friday, killing nearly 3,000 people.",
        Some("2023-09-11"),
    );
    assert!(of_type(&ev, EventType::Assault).is_empty(), "{}", show(&ev));
    // an attack after a disaster still is one
    let ev = code(
        "Days after the earthquake, Russian missiles struck Kharkiv, killing five people.",
        Some("2023-02-10"),
    );
    assert!(
        !of_type(&ev, EventType::Assault).is_empty(),
        "{}",
        show(&ev)
    );
}

#[test]
fn hosting_exiles_is_no_visit_and_an_exiled_group_no_expulsion() {
    let ev = code(
        "Albania has hosted several thousand members of the exiled opposition group Mujahideen-e-Khalq since 2013, a source of tension with Tehran.",
        Some("2022-09-07"),
    );
    assert!(of_type(&ev, EventType::Consult).is_empty(), "{}", show(&ev));
    assert!(of_type(&ev, EventType::Coerce).is_empty(), "{}", show(&ev));
}

#[test]
fn a_hostile_act_resolved_on_is_no_agreement() {
    for body in [
        "The ministry has decided to expel the attaché of the Embassy of Belarus, who was identified by the security service.",
        "Bolivia criticised Chile's decision to close the border crossing at Colchane.",
    ] {
        let ev = code(body, Some("2022-03-01"));
        assert!(of_type(&ev, EventType::Agree).is_empty(), "{body}\n{}", show(&ev));
    }
    // an intention to cooperate still is one
    let ev = code(
        "Bolivia has decided to reopen its embassy in Chile.",
        Some("2022-03-01"),
    );
    assert_eq!(of_type(&ev, EventType::Agree).len(), 1, "{}", show(&ev));
}

#[test]
fn a_states_act_named_as_background_is_no_event_of_the_sentence() {
    let ev = code(
        "Trade between the two neighbours has collapsed since Ethiopia's invasion of Somalia.",
        Some("2023-05-02"),
    );
    assert!(ev.is_empty(), "{}", show(&ev));
    // told as an event of its own, it still is one
    let ev = code(
        "Ethiopia's invasion of Somalia began in December.",
        Some("2023-05-02"),
    );
    assert!(!ev.is_empty(), "{}", show(&ev));
}

#[test]
fn a_word_quoted_as_a_label_for_an_act_is_no_attack() {
    for body in [
        "Lithuania bans Belarusian flights over \"hijacking\" of a passenger jet",
        "The airline's chief called the diversion a case of \"state-sponsored hijacking\".",
    ] {
        let ev = code(body, Some("2021-05-24"));
        assert!(
            of_type(&ev, EventType::Assault).is_empty(),
            "{body}\n{}",
            show(&ev)
        );
    }
    // told as an act, the same word is one
    let ev = code(
        "Gunmen hijacked a passenger jet over Lithuania on Sunday.",
        Some("2021-05-24"),
    );
    assert!(
        !of_type(&ev, EventType::Assault).is_empty(),
        "{}",
        show(&ev)
    );
}
