//! Who is asked: "X ordered Y to <act>" is a demand on Y (REQUEST), unless the act is a
//! measure against Y itself ("ordered China to close its consulate"), which stays X's measure;
//! "called for a ceasefire in Libya" asks Libya. Sentences written for these tests.

mod common;

use common::{code, codes, of_type, show};
use readout_model::EventType;

#[test]
fn a_court_ordering_a_state_to_act_requests_it() {
    let ev = code(
        "The ICJ ordered Israel to halt its military offensive in Rafah.",
        Some("2024-05-24"),
    );
    // the court halts nothing itself
    assert!(
        ev.iter().all(|e| e.event_type != EventType::Retreat),
        "{}",
        show(&ev)
    );
    let demand = of_type(&ev, EventType::Request);
    assert_eq!(demand.len(), 1, "{}", show(&ev));
    assert_eq!(codes(&demand[0].recipient), ["ISR"], "{}", show(&ev));
}

#[test]
fn ordering_a_state_to_close_its_mission_is_a_sanction_against_it() {
    let ev = code(
        "China ordered the United States to close its consulate in Chengdu.",
        Some("2020-07-24"),
    );
    let measure = of_type(&ev, EventType::Sanction);
    assert_eq!(measure.len(), 1, "{}", show(&ev));
    assert_eq!(codes(&measure[0].actor), ["CHN"], "{}", show(&ev));
    assert_eq!(codes(&measure[0].recipient), ["USA"], "{}", show(&ev));
}

#[test]
fn a_call_for_peace_in_a_place_is_made_of_its_state() {
    let ev = code(
        "The European Union called for an immediate ceasefire in Libya.",
        Some("2020-01-08"),
    );
    let call = of_type(&ev, EventType::Request);
    assert_eq!(call.len(), 1, "{}", show(&ev));
    assert_eq!(codes(&call[0].recipient), ["LBY"], "{}", show(&ev));
}

#[test]
fn a_request_to_the_whole_world_asks_no_one_named() {
    let ev = code(
        "Sudan's foreign minister called on the international community to stop the flow of weapons to the RSF.",
        Some("2024-05-10"),
    );
    assert!(of_type(&ev, EventType::Request).is_empty(), "{}", show(&ev));
    let ev = code(
        "Kuleba urged the world to isolate Moscow.",
        Some("2022-03-01"),
    );
    assert!(of_type(&ev, EventType::Request).is_empty(), "{}", show(&ev));
}

#[test]
fn acts_joined_inside_a_demand_are_demanded_not_done() {
    let ev = code(
        "Poland demanded that Belarus halt the crossings and pull its soldiers back from the frontier.",
        Some("2021-11-10"),
    );
    assert!(of_type(&ev, EventType::Retreat).is_empty(), "{}", show(&ev));
    let request = of_type(&ev, EventType::Request);
    assert_eq!(request.len(), 1, "{}", show(&ev));
    assert_eq!(codes(&request[0].recipient), ["BLR"], "{}", show(&ev));
    // an infinitive listed after a comma is asked too
    let ev = code(
        "Moldova called on Russia to respect its neutrality, to withdraw its troops from Transnistria and to end its interference.",
        Some("2023-02-14"),
    );
    assert!(of_type(&ev, EventType::Retreat).is_empty(), "{}", show(&ev));
}

#[test]
fn an_act_joined_to_what_a_demand_asks_for_is_demanded_too() {
    let ev = code(
        "Armenia demands that the Azerbaijani side release the prisoners of war and withdraw its troops from Armenian territory.",
        Some("2022-09-15"),
    );
    assert!(of_type(&ev, EventType::Retreat).is_empty(), "{}", show(&ev));
    let request = of_type(&ev, EventType::Request);
    assert_eq!(request.len(), 1, "{}", show(&ev));
    assert_eq!(codes(&request[0].recipient), ["AZE"], "{}", show(&ev));
    // a second request joined there is a request of its own
    let ev = code(
        "Beijing called on Pyongyang to suspend its missile launches and urged Washington to halt its drills.",
        Some("2017-07-04"),
    );
    assert_eq!(of_type(&ev, EventType::Request).len(), 2, "{}", show(&ev));
}

#[test]
fn requesting_consultations_asks_for_a_meeting() {
    let ev = code(
        "Poland has requested consultations with its allies under Article 4 of the NATO treaty.",
        Some("2025-09-10"),
    );
    let request = of_type(&ev, EventType::Request);
    assert_eq!(request.len(), 1, "{}", show(&ev));
    assert_eq!(request[0].mode, ["meet"], "{}", show(&ev));
    assert_eq!(codes(&request[0].recipient), ["NATO"], "{}", show(&ev));
}
