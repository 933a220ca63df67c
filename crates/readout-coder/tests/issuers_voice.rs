//! A government's own statement speaks in its own voice: its judgements of another state
//! ("has violated the sovereignty of", "seeks to destabilise") are its accusations, and the
//! party it notifies of a decision is the one the decided act is aimed at. Words that only
//! sound like events ("mobilised funds", "any attempt to undermine … is doomed") are none.
//! Sentences written for these tests.

mod common;

use common::{code, codes, of_type, show};
use readout_model::EventType;

#[test]
fn a_judgement_in_a_government_statement_is_its_accusation() {
    let ev = code(
        "STATEMENT\n\nSuva, 4 May 2024\n\nVanuatu has violated the territorial waters of Fiji and seeks to destabilise the region.",
        Some("2024-05-04"),
    );
    let accuse = of_type(&ev, EventType::Accuse);
    assert_eq!(accuse.len(), 1, "{}", show(&ev));
    assert_eq!(codes(&accuse[0].actor), ["FJI"], "{}", show(&ev));
    assert_eq!(codes(&accuse[0].recipient), ["VUT"], "{}", show(&ev));
}

#[test]
fn a_judgement_in_a_wire_story_stays_no_event() {
    let ev = code(
        "SUVA (Reuters) - Vanuatu has violated the territorial waters of Fiji.",
        Some("2024-05-04"),
    );
    assert!(of_type(&ev, EventType::Accuse).is_empty(), "{}", show(&ev));
}

#[test]
fn the_party_notified_of_a_decision_is_its_target() {
    let ev = code(
        "The Government of Ghana has today notified the Government of Togo of its decision to suspend all trade.",
        Some("2024-05-04"),
    );
    let sanction = of_type(&ev, EventType::Sanction);
    assert_eq!(sanction.len(), 1, "{}", show(&ev));
    assert_eq!(codes(&sanction[0].actor), ["GHA"], "{}", show(&ev));
    assert_eq!(codes(&sanction[0].recipient), ["TGO"], "{}", show(&ev));
}

#[test]
fn mobilising_money_or_opinion_is_no_mobilisation() {
    for text in [
        "Kenya mobilised resources for Somalia.",
        "Iran is mobilising diplomatic pressure against Israel at the United Nations.",
        "Belgium continues to mobilise systematically against Rwanda in various fora.",
    ] {
        let ev = code(text, Some("2024-05-04"));
        assert!(
            of_type(&ev, EventType::Mobilize).is_empty(),
            "{text}: {}",
            show(&ev)
        );
    }
    // troops still are
    let ev = code(
        "Armenia mobilised reservists against Azerbaijan.",
        Some("2024-05-04"),
    );
    assert_eq!(of_type(&ev, EventType::Mobilize).len(), 1, "{}", show(&ev));
}

#[test]
fn any_attempt_to_undermine_accuses_no_one() {
    let ev = code(
        "Beijing, 28 March 2024\n\nWang Yi said that any attempt to undermine China-Pakistan cooperation is doomed to fail.",
        Some("2024-03-28"),
    );
    assert!(of_type(&ev, EventType::Accuse).is_empty(), "{}", show(&ev));
}

#[test]
fn a_judgement_after_a_copula_in_a_statement_is_the_issuers() {
    let ev = code(
        "STATEMENT\n\nManagua, 3 February 2022\n\nThis is a cynical and hypocritical act by a discredited administration in Costa Rica.",
        Some("2022-02-03"),
    );
    let accuse = of_type(&ev, EventType::Accuse);
    assert_eq!(accuse.len(), 1, "{}", show(&ev));
    assert_eq!(codes(&accuse[0].actor), ["NIC"], "{}", show(&ev));
    // a verb whose subject readout cannot name is no judgement of the issuer's
    let ev = code(
        "STATEMENT\n\nManagua, 3 February 2022\n\nThe presidency of the assembly condemned the decision of Costa Rica.",
        Some("2022-02-03"),
    );
    assert!(of_type(&ev, EventType::Accuse).is_empty(), "{}", show(&ev));
}

#[test]
fn putting_a_state_on_a_terror_list_is_a_sanction_by_the_decisions_maker() {
    let ev = code(
        "Caracas rejects the decision of the Government of the United States to include Venezuela again in the list of countries that sponsor terrorism.",
        Some("2021-01-12"),
    );
    let sanction = of_type(&ev, EventType::Sanction);
    assert_eq!(sanction.len(), 1, "{}", show(&ev));
    assert_eq!(codes(&sanction[0].actor), ["USA"], "{}", show(&ev));
    assert_eq!(codes(&sanction[0].recipient), ["VEN"], "{}", show(&ev));
}
