//! Forces withdrawing and states leaving: whom troops withdraw from (never their own state),
//! troops that "withdraw from" a place as the subject of the verb.
//! Sentences written for these tests.

mod common;

use common::{code, codes, of_type, show};
use readout_model::EventType;

#[test]
fn troops_withdrawing_from_a_region_retreat_from_its_state() {
    let ev = code(
        "Turkish troops have started to withdraw from Syria's Idlib province, Ankara said on Monday.",
        Some("2024-03-05"),
    );
    let retreat = of_type(&ev, EventType::Retreat);
    assert_eq!(retreat.len(), 1, "{}", show(&ev));
    assert_eq!(codes(&retreat[0].actor), ["TUR"], "{}", show(&ev));
    assert_eq!(codes(&retreat[0].recipient), ["SYR"], "{}", show(&ev));
    assert!(of_type(&ev, EventType::Aid).is_empty(), "{}", show(&ev));
}

#[test]
fn a_state_never_withdraws_from_its_own_troops() {
    let ev = code(
        "Germany closed its last camp in Mali on Tuesday, completing the withdrawal of 900 German soldiers.",
        Some("2023-12-13"),
    );
    let retreat = of_type(&ev, EventType::Retreat);
    assert_eq!(retreat.len(), 1, "{}", show(&ev));
    assert_eq!(codes(&retreat[0].actor), ["DEU"], "{}", show(&ev));
    assert_eq!(codes(&retreat[0].recipient), ["MLI"], "{}", show(&ev));
}

#[test]
fn states_withdrawing_from_a_body_end_their_part_in_it() {
    let ev = code(
        "Nicaragua said on Thursday it was withdrawing from the Organization of American States.",
        Some("2021-11-19"),
    );
    let exit = of_type(&ev, EventType::Sanction);
    assert_eq!(exit.len(), 1, "{}", show(&ev));
    assert_eq!(codes(&exit[0].actor), ["NIC"], "{}", show(&ev));
    assert_eq!(codes(&exit[0].recipient), ["OAS"], "{}", show(&ev));
    assert_eq!(exit[0].mode, ["discontinue"], "{}", show(&ev));
}

#[test]
fn closing_airspace_to_a_states_aircraft_is_a_sanction_against_it() {
    let ev = code(
        "Niger said on Tuesday it was closing its airspace to French aircraft.",
        Some("2023-08-08"),
    );
    let measure = of_type(&ev, EventType::Sanction);
    assert_eq!(measure.len(), 1, "{}", show(&ev));
    assert_eq!(codes(&measure[0].recipient), ["FRA"], "{}", show(&ev));
    assert!(of_type(&ev, EventType::Coerce).is_empty(), "{}", show(&ev));
}

#[test]
fn suspending_a_strategic_partnership_ends_it() {
    let ev = code(
        "On Monday Washington suspended its strategic partnership with Tbilisi.",
        Some("2024-12-02"),
    );
    let measure = of_type(&ev, EventType::Sanction);
    assert_eq!(measure.len(), 1, "{}", show(&ev));
    assert_eq!(codes(&measure[0].recipient), ["GEO"], "{}", show(&ev));
    assert!(
        of_type(&ev, EventType::Cooperate).is_empty(),
        "{}",
        show(&ev)
    );
}

#[test]
fn envoys_withdrawn_and_troops_pulled_back_are_withdrawals() {
    let ev = code(
        "Mali, Burkina Faso and Niger withdrew their envoys from Algeria on Sunday.",
        Some("2025-04-06"),
    );
    let recall = of_type(&ev, EventType::Sanction);
    assert_eq!(recall.len(), 1, "{}", show(&ev));
    assert_eq!(codes(&recall[0].recipient), ["DZA"], "{}", show(&ev));
    let ev = code(
        "By evening the Thai troops had pulled back from the temple.",
        Some("2025-07-25"),
    );
    assert_eq!(of_type(&ev, EventType::Retreat).len(), 1, "{}", show(&ev));
}

#[test]
fn captives_handed_back_or_released_are_a_retreat_towards_their_state() {
    let ev = code(
        "Venezuela handed the detained fishing crew back to Guyana on Monday.",
        Some("2022-05-10"),
    );
    let retreat = of_type(&ev, EventType::Retreat);
    assert_eq!(retreat.len(), 1, "{}", show(&ev));
    assert_eq!(codes(&retreat[0].actor), ["VEN"], "{}", show(&ev));
    assert_eq!(codes(&retreat[0].recipient), ["GUY"], "{}", show(&ev));

    let ev = code(
        "Syria released two Jordanian airmen on Saturday after talks in Amman.",
        Some("2022-05-10"),
    );
    let retreat = of_type(&ev, EventType::Retreat);
    assert_eq!(retreat.len(), 1, "{}", show(&ev));
    assert_eq!(codes(&retreat[0].actor), ["SYR"], "{}", show(&ev));
    assert_eq!(codes(&retreat[0].recipient), ["JOR"], "{}", show(&ev));
}

#[test]
fn joint_exercises_suspended_are_a_stand_down_not_cooperation() {
    let ev = code(
        "Japan and Australia suspended joint naval exercises in the region on Friday.",
        Some("2022-05-10"),
    );
    assert!(
        of_type(&ev, EventType::Cooperate).is_empty(),
        "{}",
        show(&ev)
    );
    let retreat = of_type(&ev, EventType::Retreat);
    assert_eq!(retreat.len(), 1, "{}", show(&ev));
    assert_eq!(codes(&retreat[0].actor), ["AUS", "JPN"], "{}", show(&ev));
}
