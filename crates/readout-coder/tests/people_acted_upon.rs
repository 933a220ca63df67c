//! People an act falls on: protesters fired at or dispersed protest on their own (as do those
//! whose strike paralyses a country), and people
//! of no state authority who are arrested (in a headline without its auxiliary, as the
//! possessor of "arrest", or by an office they no longer hold) are arrested by their state;
//! foreigners detained in a place are detained by its authorities. Sentences written for
//! these tests.

mod common;

use common::{code, codes, of_type, show};
use readout_model::EventType;

#[test]
fn protesters_fired_at_are_the_protests_actors_and_the_targets() {
    let ev = code(
        "Zambian police fired tear gas at protesters in Lusaka on Monday.",
        Some("2024-03-05"),
    );
    let attack = of_type(&ev, EventType::Assault);
    assert_eq!(attack.len(), 1, "{}", show(&ev));
    // the target is the protesters, not the government of the place
    assert_eq!(
        attack[0].recipient[0].sector.as_deref(),
        Some("CVL"),
        "{}",
        show(&ev)
    );
    let protest = of_type(&ev, EventType::Protest);
    assert_eq!(protest.len(), 1, "{}", show(&ev));
    // the protest is the people's, not the police's
    assert_eq!(
        protest[0].actor[0].sector.as_deref(),
        Some("CVL"),
        "{}",
        show(&ev)
    );
    assert_eq!(codes(&protest[0].actor), ["ZMB"], "{}", show(&ev));
}

#[test]
fn protests_told_as_a_backdrop_belong_to_the_subjects_people() {
    let ev = code(
        "Serbia adopted the lithium law despite mass protests.",
        Some("2024-08-10"),
    );
    let protest = of_type(&ev, EventType::Protest);
    assert_eq!(protest.len(), 1, "{}", show(&ev));
    assert_eq!(codes(&protest[0].actor), ["SRB"], "{}", show(&ev));
    assert_ne!(
        protest[0].actor[0].sector.as_deref(),
        Some("GOV"),
        "{}",
        show(&ev)
    );
}

#[test]
fn a_headline_arrest_of_an_opposition_figure_is_by_the_state() {
    let ev = code("Kizza Besigye arrested in Kampala", Some("2016-05-12"));
    let arrest = of_type(&ev, EventType::Coerce);
    assert_eq!(arrest.len(), 1, "{}", show(&ev));
    assert_eq!(codes(&arrest[0].actor), ["UGA"], "{}", show(&ev));
    assert_eq!(codes(&arrest[0].recipient), ["UGA"], "{}", show(&ev));
    assert_ne!(
        arrest[0].actor[0].sector.as_deref(),
        Some("OPP"),
        "{}",
        show(&ev)
    );
}

#[test]
fn a_former_office_holder_arrested_without_agent_is_arrested_by_the_state() {
    let ev = code(
        "Former Bolivian President Jeanine Áñez was arrested in La Paz on Saturday.",
        Some("2021-03-14"),
    );
    let arrest = of_type(&ev, EventType::Coerce);
    assert_eq!(arrest.len(), 1, "{}", show(&ev));
    assert_eq!(codes(&arrest[0].actor), ["BOL"], "{}", show(&ev));
}

#[test]
fn the_possessor_of_an_arrest_is_not_its_agent() {
    let ev = code(
        "Navalny's arrest on Sunday drew condemnation from Western capitals.",
        Some("2021-01-18"),
    );
    // Navalny arrested no one
    assert!(
        ev.iter().all(|e| !e
            .actor
            .iter()
            .any(|a| a.name.as_deref() == Some("Alexei Navalny"))),
        "{}",
        show(&ev)
    );
}

#[test]
fn a_foreigner_detained_in_a_place_is_detained_by_its_authorities() {
    let ev = code(
        "A Japanese businessman was detained in Beijing on suspicion of espionage.",
        Some("2023-03-27"),
    );
    let arrest = of_type(&ev, EventType::Coerce);
    assert_eq!(arrest.len(), 1, "{}", show(&ev));
    assert_eq!(codes(&arrest[0].actor), ["CHN"], "{}", show(&ev));
    assert_eq!(codes(&arrest[0].recipient), ["JPN"], "{}", show(&ev));
}

#[test]
fn a_strike_that_paralyses_a_country_is_its_peoples() {
    let ev = code(
        "Belgium was paralysed by a general strike against pension cuts on Monday.",
        Some("2025-03-31"),
    );
    let strike = of_type(&ev, EventType::Protest);
    assert_eq!(strike.len(), 1, "{}", show(&ev));
    assert_eq!(codes(&strike[0].actor), ["BEL"], "{}", show(&ev));
    assert_ne!(
        strike[0].actor[0].sector.as_deref(),
        Some("GOV"),
        "{}",
        show(&ev)
    );
}
