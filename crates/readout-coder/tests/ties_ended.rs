//! Ending, suspending or revoking cooperation or an agreement with another state is a
//! sanction against it, even with an adjective that names a cooperation of its own ("military
//! cooperation"). Sentences written for these tests.

mod common;

use common::{code, codes, of_type, show};
use readout_model::EventType;

#[test]
fn ending_a_named_cooperation_is_a_sanction() {
    for (text, actor, target) in [
        (
            "Chad ended its defence cooperation with France on Thursday.",
            "TCD",
            "FRA",
        ),
        (
            "Mali suspends security cooperation with Ukraine",
            "MLI",
            "UKR",
        ),
    ] {
        let ev = code(text, Some("2024-11-29"));
        let sanction = of_type(&ev, EventType::Sanction);
        assert_eq!(sanction.len(), 1, "{text}: {}", show(&ev));
        assert_eq!(codes(&sanction[0].actor), [actor], "{text}: {}", show(&ev));
        assert_eq!(
            codes(&sanction[0].recipient),
            [target],
            "{text}: {}",
            show(&ev)
        );
        assert!(
            of_type(&ev, EventType::Cooperate).is_empty(),
            "{text}: {}",
            show(&ev)
        );
    }
}

#[test]
fn a_summons_decided_is_a_summons_and_a_recall_for_consultation_no_meeting() {
    let ev = code(
        "After an emergency session, the Government of Chad decided to summon the Sudanese Ambassador in N'Djamena and to recall the Chadian chargé d'affaires from Khartoum for consultation.",
        Some("2023-06-02"),
    );
    assert!(of_type(&ev, EventType::Agree).is_empty(), "{}", show(&ev));
    assert!(of_type(&ev, EventType::Consult).is_empty(), "{}", show(&ev));
    let accuse = of_type(&ev, EventType::Accuse);
    assert_eq!(accuse.len(), 1, "{}", show(&ev));
    assert_eq!(codes(&accuse[0].recipient), ["SDN"], "{}", show(&ev));
    let sanction = of_type(&ev, EventType::Sanction);
    assert_eq!(sanction.len(), 1, "{}", show(&ev));
    assert_eq!(codes(&sanction[0].actor), ["TCD"], "{}", show(&ev));
    assert_eq!(codes(&sanction[0].recipient), ["SDN"], "{}", show(&ev));
}

#[test]
fn solidarity_with_the_actors_own_side_falls_on_no_partner() {
    let ev = code(
        "Chad recalled its ambassador from Sudan. Chad's foreign minister received calls from counterparts in several African countries expressing their solidarity with Chad.",
        Some("2023-06-02"),
    );
    assert!(of_type(&ev, EventType::Support).is_empty(), "{}", show(&ev));
}

#[test]
fn a_participle_after_while_keeps_the_main_subject() {
    let ev = code(
        "Prime Minister Mark Carney on Monday announced new support for car makers, while raising the tariff on American steel to 50%.",
        Some("2025-06-02"),
    );
    let sanction = of_type(&ev, EventType::Sanction);
    assert_eq!(sanction.len(), 1, "{}", show(&ev));
    assert_eq!(codes(&sanction[0].actor), ["CAN"], "{}", show(&ev));
    assert_eq!(codes(&sanction[0].recipient), ["USA"], "{}", show(&ev));
    // with a subject of its own, "while" still opens a clause of its own
    let ev = code(
        "Canada announced new support for car makers, while the United States raised its tariffs on Mexico.",
        Some("2025-06-02"),
    );
    let sanction = of_type(&ev, EventType::Sanction);
    assert_eq!(sanction.len(), 1, "{}", show(&ev));
    assert_eq!(codes(&sanction[0].actor), ["USA"], "{}", show(&ev));
}

#[test]
fn duties_raised_on_a_state_named_before_them_are_a_sanction() {
    let ev = code(
        "Trump pauses tariffs for 90 days, raises Brazil duties to 50%",
        Some("2025-07-09"),
    );
    let sanction = of_type(&ev, EventType::Sanction);
    assert_eq!(sanction.len(), 1, "{}", show(&ev));
    assert_eq!(codes(&sanction[0].recipient), ["BRA"], "{}", show(&ev));
}

#[test]
fn a_deal_not_renewed_is_ended_and_dated_by_the_announcement() {
    let ev = code(
        "President Mulino announced that Panama will not renew the memorandum of understanding signed with China in 2017.",
        Some("2025-02-02"),
    );
    let sanction = of_type(&ev, EventType::Sanction);
    assert_eq!(sanction.len(), 1, "{}", show(&ev));
    assert_eq!(codes(&sanction[0].actor), ["PAN"], "{}", show(&ev));
    assert_eq!(codes(&sanction[0].recipient), ["CHN"], "{}", show(&ev));
    // the year names the signing, not the decision
    assert_eq!(
        sanction[0].date.map(|d| d.to_string()).as_deref(),
        Some("2025-02-02"),
        "{}",
        show(&ev)
    );
}

#[test]
fn united_nations_sanctions_are_the_security_councils() {
    let ev = code(
        "United Nations sanctions on Iran were reimposed late on Saturday, a decade after they were lifted.",
        Some("2025-09-28"),
    );
    let sanction = of_type(&ev, EventType::Sanction);
    assert_eq!(sanction.len(), 1, "{}", show(&ev));
    assert_eq!(codes(&sanction[0].actor), ["UNSC"], "{}", show(&ev));
    assert_eq!(codes(&sanction[0].recipient), ["IRN"], "{}", show(&ev));
}

#[test]
fn a_visa_ban_lifted_is_a_concession_not_a_sanction() {
    let ev = code(
        "Kuwait lifted its visa ban on Philippine workers on Tuesday.",
        Some("2023-06-20"),
    );
    assert!(
        of_type(&ev, EventType::Sanction).is_empty(),
        "{}",
        show(&ev)
    );
    let concede = of_type(&ev, EventType::Concede);
    assert_eq!(concede.len(), 1, "{}", show(&ev));
    assert_eq!(codes(&concede[0].actor), ["KWT"], "{}", show(&ev));
    assert_eq!(codes(&concede[0].recipient), ["PHL"], "{}", show(&ev));
}
