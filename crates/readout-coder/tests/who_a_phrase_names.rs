//! Who a noun phrase names: in a relative clause without its pronoun ("a charge Baku
//! dismissed") or after "in which" the name before the verb is its subject, and its answer goes to whoever made
//! the charge; "prompting China to recall …" makes China the actor, against the prompter;
//! "members of" a body are that body; officials who "traded accusations" accuse each other.
//! Sentences written for these tests.

mod common;

use common::{code, codes, of_type, show};
use readout_model::EventType;

#[test]
fn the_name_before_the_verb_rejects_the_charge_of_the_main_subject() {
    let ev = code(
        "Lithuania accused Belarus of pushing migrants across the border, a claim Minsk rejected as absurd.",
        Some("2021-07-10"),
    );
    let rejection = of_type(&ev, EventType::Reject);
    assert_eq!(rejection.len(), 1, "{}", show(&ev));
    assert_eq!(codes(&rejection[0].actor), ["BLR"], "{}", show(&ev));
    assert_eq!(codes(&rejection[0].recipient), ["LTU"], "{}", show(&ev));
}

#[test]
fn members_of_a_body_are_that_body() {
    // "of the European Parliament" after "members" names who, not where
    let ev = code(
        "Hungary sharply criticised members of the European Parliament over the report.",
        Some("2023-05-07"),
    );
    let accusation = of_type(&ev, EventType::Accuse);
    assert_eq!(accusation.len(), 1, "{}", show(&ev));
    assert_eq!(codes(&accusation[0].recipient), ["EP"], "{}", show(&ev));
}

#[test]
fn the_one_prompted_to_act_acts_against_the_prompter() {
    let ev = code(
        "Lithuania allowed Taiwan to open a representative office in Vilnius, prompting China to recall its ambassador.",
        Some("2021-08-10"),
    );
    let recall = of_type(&ev, EventType::Sanction);
    assert_eq!(recall.len(), 1, "{}", show(&ev));
    assert_eq!(codes(&recall[0].actor), ["CHN"], "{}", show(&ev));
    assert_eq!(codes(&recall[0].recipient), ["LTU"], "{}", show(&ev));
}

#[test]
fn a_name_after_in_which_is_the_relative_clauses_subject() {
    let ev = code(
        "Erdogan and Andersson signed a memorandum in Madrid in which Sweden pledged to support Turkey against terrorism.",
        Some("2022-06-29"),
    );
    let pledge = of_type(&ev, EventType::Agree);
    assert_eq!(pledge.len(), 1, "{}", show(&ev));
    assert_eq!(codes(&pledge[0].actor), ["SWE"], "{}", show(&ev));
    assert_eq!(codes(&pledge[0].recipient), ["TUR"], "{}", show(&ev));
}

#[test]
fn trading_rebukes_is_a_mutual_accusation() {
    let ev = code(
        "Indian and Chinese officials traded accusations on Tuesday over the border clash.",
        Some("2020-06-16"),
    );
    let accusation = of_type(&ev, EventType::Accuse);
    assert_eq!(accusation.len(), 1, "{}", show(&ev));
    assert_eq!(codes(&accusation[0].actor), ["CHN", "IND"], "{}", show(&ev));
}

#[test]
fn the_polisario_front_acts_for_western_sahara() {
    let ev = code(
        "The Polisario Front rejected Madrid's new position on the territory.",
        Some("2022-03-19"),
    );
    let reject = of_type(&ev, EventType::Reject);
    assert_eq!(reject.len(), 1, "{}", show(&ev));
    assert_eq!(codes(&reject[0].actor), ["ESH"], "{}", show(&ev));
    assert_eq!(codes(&reject[0].recipient), ["ESP"], "{}", show(&ev));
}

#[test]
fn an_unnamed_official_of_a_group_is_the_person_he_refers_to() {
    let ev = code(
        "Israeli Prime Minister Benjamin Netanyahu ordered strikes on Beirut. A senior Hezbollah official said Israel would pay for what he called an act of aggression.",
        Some("2024-07-30"),
    );
    let accuse = of_type(&ev, EventType::Accuse);
    assert_eq!(accuse.len(), 1, "{}", show(&ev));
    // "he" is the official who speaks, not the prime minister named before
    assert_eq!(codes(&accuse[0].actor), ["LBN"], "{}", show(&ev));
    assert_eq!(codes(&accuse[0].recipient), ["ISR"], "{}", show(&ev));
}

#[test]
fn it_before_a_progressive_is_the_state_that_said_it() {
    let ev = code(
        "Burundi said on Friday it was withdrawing from the International Criminal Court.",
        Some("2016-10-14"),
    );
    let exit = of_type(&ev, EventType::Sanction);
    assert_eq!(exit.len(), 1, "{}", show(&ev));
    assert_eq!(codes(&exit[0].actor), ["BDI"], "{}", show(&ev));
    // an expletive "it is" still names no one
    let ev = code(
        "It is worrying that Serbia keeps sending troops to the border.",
        Some("2022-12-26"),
    );
    assert!(
        ev.iter().all(|e| codes(&e.actor) == ["SRB"]),
        "{}",
        show(&ev)
    );
}

#[test]
fn a_disaster_raised_in_a_relative_clause_is_no_actor() {
    let ev = code(
        "Italy said it would fly tents to Morocco after the earthquake, which is feared to have killed more than 2,000 people.",
        Some("2023-09-10"),
    );
    assert!(of_type(&ev, EventType::Assault).is_empty(), "{}", show(&ev));
}

#[test]
fn a_bare_ministry_is_the_ministry_named_with_its_title() {
    let ev = code(
        "Tallinn, 3 March 2023. The Ministry of Foreign Affairs of Estonia today summoned Russia's chargé d'affaires. Russian Foreign Ministry spokeswoman Maria Zakharova called the move hostile. The Ministry calls on Russia to end its war against Ukraine.",
        Some("2023-03-03"),
    );
    let request = of_type(&ev, EventType::Request);
    assert_eq!(request.len(), 1, "{}", show(&ev));
    assert_eq!(codes(&request[0].actor), ["EST"], "{}", show(&ev));
    assert_eq!(codes(&request[0].recipient), ["RUS"], "{}", show(&ev));
}

#[test]
fn a_witness_to_a_signing_is_no_party_to_it() {
    let ev = code(
        "The foreign ministers of Armenia and Azerbaijan signed a peace agreement in Washington on Friday in the presence of U.S. Secretary of State Marco Rubio.",
        Some("2025-08-08"),
    );
    let support = of_type(&ev, EventType::Support);
    assert_eq!(support.len(), 1, "{}", show(&ev));
    assert_eq!(codes(&support[0].actor), ["ARM", "AZE"], "{}", show(&ev));
    assert!(support[0].recipient.is_empty(), "{}", show(&ev));
}

#[test]
fn two_states_opening_the_headline_are_the_storys_pair() {
    let ev = code(
        "Serbia and Kosovo initial a deal at the White House\n\nWASHINGTON (AFP) - The leaders of Serbia and Kosovo met President Donald Trump at the White House on Friday. Trump hosted the ceremony, and Trump praised the deal. The two leaders also agreed to open a rail link.",
        Some("2020-09-04"),
    );
    let agree = of_type(&ev, EventType::Agree);
    assert_eq!(agree.len(), 1, "{}", show(&ev));
    assert_eq!(codes(&agree[0].actor), ["SRB", "XKX"], "{}", show(&ev));
}

#[test]
fn names_in_a_relative_aside_are_not_the_subject_of_the_main_verb() {
    let ev = code(
        "Chad, which borders both Sudan and Libya, has condemned the attack on the refugee camp.",
        Some("2024-02-10"),
    );
    let accuse = of_type(&ev, EventType::Accuse);
    assert_eq!(accuse.len(), 1, "{}", show(&ev));
    assert_eq!(codes(&accuse[0].actor), ["TCD"], "{}", show(&ev));
}

#[test]
fn troops_after_whose_are_the_antecedents_and_fighting_alongside_is_cooperation() {
    let ev = code(
        "Rwanda, whose troops have fought alongside Mozambican forces in Cabo Delgado, sent more soldiers.",
        Some("2022-11-02"),
    );
    let cooperate = of_type(&ev, EventType::Cooperate);
    assert_eq!(cooperate.len(), 1, "{}", show(&ev));
    assert_eq!(codes(&cooperate[0].actor), ["RWA"], "{}", show(&ev));
    assert_eq!(codes(&cooperate[0].recipient), ["MOZ"], "{}", show(&ev));
    assert!(of_type(&ev, EventType::Assault).is_empty(), "{}", show(&ev));
}
