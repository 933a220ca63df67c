//! Attacks told from the victims' side: a passive with a when-clause agent, a clash fought
//! with a named party, an attack noun named for a state, a headline casualty without its
//! auxiliary; artillery fired at a target; acts named for what they are ("called the attack a
//! war crime") as accusations against their author; foreign property attacked by protesters.
//! Sentences written for these tests.

mod common;

use common::{code, codes, of_type, show};
use readout_model::EventType;

#[test]
fn the_agent_of_a_when_clause_attacks_the_passive_subject() {
    let ev = code(
        "Four Nigerian policemen were killed when gunmen attacked a checkpoint in Zamfara on Sunday.",
        Some("2023-06-12"),
    );
    let attack = of_type(&ev, EventType::Assault);
    assert_eq!(attack.len(), 1, "{}", show(&ev));
    assert_eq!(codes(&attack[0].recipient), ["NGA"], "{}", show(&ev));
    // the gunmen, placed by the state they operate in, not the police
    assert_eq!(
        attack[0].actor[0].sector.as_deref(),
        Some("REB"),
        "{}",
        show(&ev)
    );
}

#[test]
fn a_clash_with_named_troops_names_the_attacker() {
    let ev = code(
        "Three Armenian soldiers were killed in a clash with Azerbaijani troops on the border.",
        Some("2022-09-14"),
    );
    let attack = of_type(&ev, EventType::Assault);
    assert_eq!(attack.len(), 1, "{}", show(&ev));
    assert_eq!(codes(&attack[0].actor), ["AZE"], "{}", show(&ev));
    assert_eq!(codes(&attack[0].recipient), ["ARM"], "{}", show(&ev));
}

#[test]
fn an_attack_noun_named_for_a_state_names_the_attacker() {
    let ev = code(
        "Two Syrian soldiers were wounded in an Israeli air strike near Damascus.",
        Some("2023-03-07"),
    );
    let attack = of_type(&ev, EventType::Assault);
    assert_eq!(attack.len(), 1, "{}", show(&ev));
    assert_eq!(codes(&attack[0].actor), ["ISR"], "{}", show(&ev));
    assert_eq!(codes(&attack[0].recipient), ["SYR"], "{}", show(&ev));
}

#[test]
fn a_place_alone_does_not_name_the_attacker() {
    // killed in a consulate abroad: the host state did not do it
    let ev = code(
        "A Saudi dissident was killed inside his country's consulate in Istanbul.",
        Some("2018-10-20"),
    );
    assert!(
        of_type(&ev, EventType::Assault)
            .iter()
            .all(|e| !codes(&e.actor).contains(&"TUR")),
        "{}",
        show(&ev)
    );
}

#[test]
fn a_headline_casualty_is_the_victim_not_the_attacker() {
    let ev = code(
        "Italian envoy wounded in Israeli air strike near Beirut",
        Some("2024-10-02"),
    );
    let attack = of_type(&ev, EventType::Assault);
    assert_eq!(attack.len(), 1, "{}", show(&ev));
    // the envoy is a casualty, not the attacker
    assert_eq!(codes(&attack[0].actor), ["ISR"], "{}", show(&ev));
}

#[test]
fn a_headline_casualty_with_no_attacker_named_attacks_no_one() {
    let ev = code(
        "Greek ambassador injured in blast in Tripoli",
        Some("2024-10-02"),
    );
    assert!(
        of_type(&ev, EventType::Assault)
            .iter()
            .all(|e| codes(&e.actor) != ["GRC"]),
        "{}",
        show(&ev)
    );
}

#[test]
fn artillery_fired_at_a_target_is_an_attack() {
    let ev = code(
        "Azerbaijan fired artillery at Armenian positions overnight.",
        Some("2023-02-01"),
    );
    let attack = of_type(&ev, EventType::Assault);
    assert_eq!(attack.len(), 1, "{}", show(&ev));
    assert_eq!(codes(&attack[0].actor), ["AZE"], "{}", show(&ev));
    assert_eq!(attack[0].mode, ["heavy-weapons"], "{}", show(&ev));
}

#[test]
fn an_act_named_a_crime_is_an_accusation_against_its_author() {
    let ev = code(
        "Russian forces shelled a hospital in Kharkiv on Tuesday. Ukraine's foreign minister called the shelling a war crime.",
        Some("2022-05-04"),
    );
    let accuse = of_type(&ev, EventType::Accuse);
    assert_eq!(accuse.len(), 1, "{}", show(&ev));
    assert_eq!(codes(&accuse[0].actor), ["UKR"], "{}", show(&ev));
    assert_eq!(codes(&accuse[0].recipient), ["RUS"], "{}", show(&ev));
    // the name given is no second attack, by the speaker
    assert!(
        of_type(&ev, EventType::Assault)
            .iter()
            .all(|e| codes(&e.actor) != ["UKR"]),
        "{}",
        show(&ev)
    );
}

#[test]
fn an_act_called_unprovoked_is_an_accusation() {
    let ev = code(
        "Chinese jets fired flares at an Australian patrol aircraft. Canberra called the incident unprovoked.",
        Some("2024-05-06"),
    );
    let accuse = of_type(&ev, EventType::Accuse);
    assert_eq!(accuse.len(), 1, "{}", show(&ev));
    assert_eq!(codes(&accuse[0].actor), ["AUS"], "{}", show(&ev));
}

#[test]
fn foreign_property_attacked_by_protesters_names_the_target() {
    let ev = code(
        "Crowds of protesters in Karachi burned American flags and smashed American-owned restaurants.",
        Some("2012-09-21"),
    );
    let protest = of_type(&ev, EventType::Protest);
    assert!(!protest.is_empty(), "{}", show(&ev));
    assert_eq!(codes(&protest[0].actor), ["PAK"], "{}", show(&ev));
    assert_eq!(codes(&protest[0].recipient), ["USA"], "{}", show(&ev));
}

#[test]
fn the_toll_after_a_comma_is_the_attack_told_before_it() {
    let ev = code(
        "Russian missiles hit Kyiv on Monday, killing three civilians and wounding nine.",
        Some("2024-03-03"),
    );
    let attack = of_type(&ev, EventType::Assault);
    assert_eq!(attack.len(), 1, "{}", show(&ev));
    assert_eq!(codes(&attack[0].actor), ["RUS"], "{}", show(&ev));
}

#[test]
fn an_attack_condemned_is_the_last_attack_not_the_last_alert() {
    let ev = code(
        "Azerbaijani forces shelled Armenian border posts on Tuesday. Armenia put its army on full combat alert. The European Union condemned the attack.",
        Some("2022-09-13"),
    );
    let accuse = of_type(&ev, EventType::Accuse);
    assert_eq!(accuse.len(), 1, "{}", show(&ev));
    assert_eq!(codes(&accuse[0].actor), ["EU"], "{}", show(&ev));
    assert_eq!(codes(&accuse[0].recipient), ["AZE"], "{}", show(&ev));
}

#[test]
fn an_attack_one_party_says_the_other_began_is_no_news() {
    let ev = code(
        "Tajik troops shelled Kyrgyz villages on Friday. Dushanbe said Kyrgyz border guards opened fire first. Kazakhstan condemned the attack.",
        Some("2022-09-16"),
    );
    let accuse = of_type(&ev, EventType::Accuse);
    let by_kaz: Vec<_> = accuse
        .iter()
        .filter(|e| codes(&e.actor) == ["KAZ"])
        .collect();
    assert_eq!(by_kaz.len(), 1, "{}", show(&ev));
    assert_eq!(codes(&by_kaz[0].recipient), ["TJK"], "{}", show(&ev));
}

#[test]
fn protesters_in_a_states_cities_are_its_people_whatever_place_is_named_later() {
    let ev = code(
        "Protesters in several Vietnamese cities burned Chinese-owned factories in anger over Beijing's oil rig.",
        Some("2014-05-14"),
    );
    let protest = of_type(&ev, EventType::Protest);
    assert!(!protest.is_empty(), "{}", show(&ev));
    assert_eq!(codes(&protest[0].actor), ["VNM"], "{}", show(&ev));
    assert_eq!(codes(&protest[0].recipient), ["CHN"], "{}", show(&ev));
}
