//! Acts told by the noun phrase that carries them: negotiations concluded on an agreement,
//! rescue teams sent, a state admitted as a member, hostages handed over to an intermediary,
//! a court ordering a state to take measures. Sentences written for these tests.

mod common;

use common::{code, codes, of_type, show};
use readout_model::EventType;

#[test]
fn concluding_negotiations_on_a_deal_is_agreeing_to_it() {
    let ev = code(
        "Australia and the European Union announced on Monday the conclusion of negotiations on a free trade agreement.",
        Some("2025-06-30"),
    );
    let agree = of_type(&ev, EventType::Agree);
    assert_eq!(agree.len(), 1, "{}", show(&ev));
    assert_eq!(codes(&agree[0].actor), ["AUS", "EU"], "{}", show(&ev));
    assert!(of_type(&ev, EventType::Consult).is_empty(), "{}", show(&ev));
}

#[test]
fn rescue_teams_sent_to_a_stricken_state_are_aid() {
    let ev = code(
        "Japan dispatched a disaster relief team and medical experts to Turkey after the earthquake.",
        Some("2023-02-07"),
    );
    let aid = of_type(&ev, EventType::Aid);
    assert_eq!(aid.len(), 1, "{}", show(&ev));
    assert_eq!(codes(&aid[0].actor), ["JPN"], "{}", show(&ev));
    assert_eq!(codes(&aid[0].recipient), ["TUR"], "{}", show(&ev));
    assert!(
        of_type(&ev, EventType::Mobilize).is_empty(),
        "{}",
        show(&ev)
    );
}

#[test]
fn admitting_a_state_as_a_member_supports_it() {
    let ev = code(
        "NATO formally admitted Finland as its 31st member on Tuesday.",
        Some("2023-04-04"),
    );
    let support = of_type(&ev, EventType::Support);
    assert_eq!(support.len(), 1, "{}", show(&ev));
    assert_eq!(codes(&support[0].actor), ["NATO"], "{}", show(&ev));
    assert_eq!(codes(&support[0].recipient), ["FIN"], "{}", show(&ev));
}

#[test]
fn hostages_handed_to_an_intermediary_are_released() {
    let ev = code(
        "The Taliban on Saturday handed two American hostages held for years to Qatari mediators.",
        Some("2025-03-22"),
    );
    let release = of_type(&ev, EventType::Retreat);
    assert_eq!(release.len(), 1, "{}", show(&ev));
    assert_eq!(release[0].mode, ["release"], "{}", show(&ev));
}

#[test]
fn a_court_ordering_a_state_to_take_measures_requests_them() {
    let ev = code(
        "The International Court of Justice ordered Myanmar to take all measures within its power to protect the Rohingya and to allow humanitarian aid into Rakhine.",
        Some("2020-01-23"),
    );
    let request = of_type(&ev, EventType::Request);
    assert_eq!(request.len(), 1, "{}", show(&ev));
    assert_eq!(codes(&request[0].actor), ["ICJ"], "{}", show(&ev));
    assert_eq!(codes(&request[0].recipient), ["MMR"], "{}", show(&ev));
    // the aid is what is ordered, not given by the court
    assert!(of_type(&ev, EventType::Aid).is_empty(), "{}", show(&ev));
}

#[test]
fn a_visit_promised_by_one_side_is_the_visitors_promise_to_the_host() {
    let ev = code(
        "Lula said he would travel to Beijing in April.",
        Some("2023-03-01"),
    );
    let promise = of_type(&ev, EventType::Agree);
    assert_eq!(promise.len(), 1, "{}", show(&ev));
    assert_eq!(codes(&promise[0].actor), ["BRA"], "{}", show(&ev));
    assert_eq!(codes(&promise[0].recipient), ["CHN"], "{}", show(&ev));
    // a visit agreed by both stays shared
    let ev = code(
        "The two leaders agreed that Lula would visit Beijing in April.",
        Some("2023-03-01"),
    );
    assert!(
        of_type(&ev, EventType::Agree)
            .iter()
            .all(|e| e.recipient.is_empty()),
        "{}",
        show(&ev)
    );
}

#[test]
fn an_undertaking_to_pay_is_a_promise_and_its_welcome_is_support() {
    let ev = code(
        "Germany has undertaken, as a gesture of recognition, to make available 1.1 billion Euros for projects in Namibia.\n\nPresident Hage Geingob welcomes the acknowledgement by Germany as a first step.",
        Some("2021-05-28"),
    );
    let agree = of_type(&ev, EventType::Agree);
    assert_eq!(agree.len(), 1, "{}", show(&ev));
    assert_eq!(codes(&agree[0].actor), ["DEU"], "{}", show(&ev));
    assert_eq!(codes(&agree[0].recipient), ["NAM"], "{}", show(&ev));
    let support = of_type(&ev, EventType::Support);
    assert_eq!(support.len(), 1, "{}", show(&ev));
    assert_eq!(codes(&support[0].actor), ["NAM"], "{}", show(&ev));
    assert_eq!(codes(&support[0].recipient), ["DEU"], "{}", show(&ev));
}

#[test]
fn not_accepting_an_offer_rejects_it() {
    let ev = code(
        "President Kais Saied declared that Tunisia does not accept what the European Commission announced concerning financial support.",
        Some("2023-10-02"),
    );
    let reject = of_type(&ev, EventType::Reject);
    assert_eq!(reject.len(), 1, "{}", show(&ev));
    assert_eq!(codes(&reject[0].actor), ["TUN"], "{}", show(&ev));
    assert_eq!(codes(&reject[0].recipient), ["EU"], "{}", show(&ev));
}

#[test]
fn a_visit_named_after_a_possessive_as_the_occasion_is_its_own_event() {
    let ev = code(
        "Prime Minister Shehbaz Sharif and Crown Prince Mohammed bin Salman signed the pact at al-Yamamah Palace during Sharif's visit to Riyadh.",
        Some("2025-09-17"),
    );
    let consult = of_type(&ev, EventType::Consult);
    assert_eq!(consult.len(), 1, "{}", show(&ev));
    assert_eq!(codes(&consult[0].actor), ["PAK"], "{}", show(&ev));
    assert_eq!(codes(&consult[0].recipient), ["SAU"], "{}", show(&ev));
}
