//! Recall and argument rules for general news: what is asked sets a request's mode, concerns
//! raised name their target, coordinated verbs and agentless passives, nominal acts and KB
//! groups. Sentences written for these tests.

mod common;

use common::{code, codes, find, of_type, show};
use readout_model::{Event, EventType};

fn mode_of(ev: &[Event], ty: EventType, actor: &[&str], recipient: &[&str]) -> Vec<String> {
    find(ev, ty, actor, recipient)
        .unwrap_or_else(|| panic!("no {ty} {actor:?}→{recipient:?} in\n{}", show(ev)))
        .mode
        .clone()
}

#[test]
fn what_is_asked_sets_the_request_mode() {
    let ev = code(
        "Jordan on Monday urged Iraq to halt the shelling of border villages.",
        Some("2024-03-04"),
    );
    assert_eq!(
        mode_of(&ev, EventType::Request, &["JOR"], &["IRQ"]),
        ["change"]
    );
    let ev = code(
        "Jordan on Monday urged Iraq to release the detained truck drivers.",
        Some("2024-03-04"),
    );
    assert_eq!(
        mode_of(&ev, EventType::Request, &["JOR"], &["IRQ"]),
        ["yield"]
    );
    let ev = code(
        "Chile asked Peru to provide firefighting aircraft for the blazes near Valparaiso.",
        Some("2024-02-04"),
    );
    assert_eq!(
        mode_of(&ev, EventType::Request, &["CHL"], &["PER"]),
        ["assist"]
    );
    let ev = code(
        "Kenya called on Somalia to return to talks on the maritime border.",
        Some("2024-02-04"),
    );
    assert_eq!(
        mode_of(&ev, EventType::Request, &["KEN"], &["SOM"]),
        ["meet"]
    );
    let ev = code("Malawi appealed to the United Nations and its neighbours for emergency help after the cyclone.", Some("2023-03-15"));
    assert_eq!(
        mode_of(&ev, EventType::Request, &["MWI"], &["UN"]),
        ["assist"]
    );
}

#[test]
fn sanctions_discontinue_and_accusations_allege() {
    let ev = code(
        "Canada imposed sanctions on Nicaragua on Friday.",
        Some("2024-03-01"),
    );
    assert_eq!(
        mode_of(&ev, EventType::Sanction, &["CAN"], &["NIC"]),
        ["discontinue"]
    );
    let ev = code(
        "Serbia accused Croatia of harassing its truck drivers.",
        Some("2024-03-01"),
    );
    assert_eq!(
        mode_of(&ev, EventType::Accuse, &["SRB"], &["HRV"]),
        ["allege"]
    );
}

#[test]
fn concerns_raised_name_the_parties_or_the_place_of_the_matter() {
    let ev = code(
        "Norway raised concerns about press freedom in Belarus.",
        Some("2024-03-01"),
    );
    assert!(
        find(&ev, EventType::Accuse, &["NOR"], &["BLR"]).is_some(),
        "{}",
        show(&ev)
    );
    let ev = code(
        "Lithuania's foreign minister raised concern over the growing military cooperation between Belarus and Russia.",
        Some("2024-03-01"),
    );
    assert!(
        find(&ev, EventType::Accuse, &["LTU"], &["BLR", "RUS"]).is_some(),
        "{}",
        show(&ev)
    );
    // a concern with nothing named is no accusation
    let ev = code(
        "Norway raised concerns about the weather.",
        Some("2024-03-01"),
    );
    assert!(
        ev.iter().all(|e| e.event_type != EventType::Accuse),
        "{}",
        show(&ev)
    );
}

#[test]
fn diplomatic_notes_are_no_speech_verb() {
    let ev = code(
        "Chile has sent diplomatic notes, protested the incursion and demanded that Bolivia withdraw its soldiers.",
        Some("2024-03-01"),
    );
    assert!(
        find(&ev, EventType::Request, &["CHL"], &["BOL"]).is_some(),
        "{}",
        show(&ev)
    );
}

#[test]
fn a_weak_accusation_coordinated_with_a_threat_stays() {
    let ev = code(
        "Armenia called Azerbaijan's shelling barbaric and vowed a firm response.",
        Some("2024-03-01"),
    );
    assert!(
        find(&ev, EventType::Accuse, &["ARM"], &["AZE"]).is_some(),
        "{}",
        show(&ev)
    );
}

#[test]
fn a_noun_before_a_verb_is_its_subject_not_its_governor() {
    let ev = code(
        "Lithuania's foreign minister said the expulsion casts serious doubt on Russia's commitment to dialogue.",
        Some("2024-03-01"),
    );
    assert!(
        find(&ev, EventType::Accuse, &["LTU"], &["RUS"]).is_some(),
        "{}",
        show(&ev)
    );
}

#[test]
fn a_threat_answers_the_aggression_told_before() {
    let ev = code(
        "Azerbaijani forces shelled Armenian border villages on Tuesday, the ministry said. Armenia reserves the right to respond to this unprovoked aggression.",
        Some("2024-03-06"),
    );
    assert!(
        find(&ev, EventType::Threaten, &["ARM"], &["AZE"]).is_some(),
        "{}",
        show(&ev)
    );
}

#[test]
fn regional_blocs_and_think_tanks_are_known() {
    let ev = code(
        "West African leaders imposed sanctions on Guinea on Sunday.",
        Some("2021-09-12"),
    );
    assert!(
        find(&ev, EventType::Sanction, &["ECOWAS"], &["GIN"]).is_some(),
        "{}",
        show(&ev)
    );
    let ev = code(
        "China on Friday sanctioned the Heritage Foundation.",
        Some("2023-04-07"),
    );
    assert!(
        find(&ev, EventType::Sanction, &["CHN"], &["USA"]).is_some(),
        "{}",
        show(&ev)
    );
}

#[test]
fn unnamed_protests_are_by_the_people_of_their_place() {
    let ev = code(
        "Protests over fuel prices spread to several cities in Nigeria on Monday.",
        Some("2024-03-04"),
    );
    assert!(
        find(&ev, EventType::Protest, &["NGA"], &["NGA"]).is_some(),
        "{}",
        show(&ev)
    );
}

#[test]
fn a_story_places_its_authorities_journalists_and_opposition() {
    let ev = code(
        "LAGOS, March 4, 2024 (Reuters) - Police in Nigeria fired tear gas at crowds protesting against fuel prices on Monday.\n\nAuthorities imposed a curfew on Monday night. Two journalists were detained on Tuesday. Opposition leaders accused the government of using excessive force.\n",
        None,
    );
    assert!(
        find(&ev, EventType::Coerce, &["NGA"], &["NGA"]).is_some(),
        "{}",
        show(&ev)
    );
    assert!(
        find(&ev, EventType::Accuse, &["NGA"], &["NGA"]).is_some(),
        "{}",
        show(&ev)
    );
    assert!(
        find(&ev, EventType::Assault, &["NGA"], &["NGA"]).is_some(),
        "{}",
        show(&ev)
    );
}

#[test]
fn forces_deployed_with_no_agent_are_mobilised_by_their_state() {
    let ev = code(
        "Soldiers were deployed around the parliament building in Colombo on Wednesday.",
        Some("2022-07-13"),
    );
    assert!(
        ev.iter()
            .any(|e| e.event_type == EventType::Mobilize && codes(&e.actor) == ["LKA"]),
        "{}",
        show(&ev)
    );
}

#[test]
fn an_institution_belongs_to_the_one_state_its_sentence_names() {
    let ev = code(
        "ANKARA, May 2, 2024 - Turkey closed its border crossings on Thursday.\n\nGreek Prime Minister Kyriakos Mitsotakis asked parliament to approve an emergency budget.\n",
        None,
    );
    assert!(
        ev.iter()
            .all(|e| codes(&e.recipient) != ["TUR"] || codes(&e.actor) != ["GRC"]),
        "{}",
        show(&ev)
    );
}

#[test]
fn an_untargeted_act_joins_the_same_actors_targeted_one() {
    let ev = code(
        "The Iranian army called up 10,000 reservists and massed tanks along the border with Azerbaijan on Sunday.",
        Some("2024-03-03"),
    );
    assert!(
        find(&ev, EventType::Mobilize, &["IRN"], &["AZE"]).is_some(),
        "{}",
        show(&ev)
    );
    assert!(
        find(&ev, EventType::Mobilize, &["IRN"], &[]).is_none(),
        "{}",
        show(&ev)
    );
}

#[test]
fn untargeted_force_hits_or_surrounds_the_place_named() {
    let ev = code(
        "The Chinese navy began three days of military exercises around Taiwan on Saturday.",
        Some("2024-05-25"),
    );
    assert!(
        find(&ev, EventType::Mobilize, &["CHN"], &["TWN"]).is_some(),
        "{}",
        show(&ev)
    );
    let ev = code(
        "Turkey carried out air strikes on more than 30 targets in Kurdish-held Syria on Sunday.",
        Some("2024-05-26"),
    );
    assert!(
        find(&ev, EventType::Assault, &["TUR"], &["SYR"]).is_some(),
        "{}",
        show(&ev)
    );
    let ev = code(
        "Police in Caracas fired tear gas and, in several districts, rubber bullets at the crowds.",
        Some("2024-07-30"),
    );
    assert!(
        find(&ev, EventType::Assault, &["VEN"], &["VEN"]).is_some(),
        "{}",
        show(&ev)
    );
}

#[test]
fn a_statement_without_byline_speaks_for_the_government_of_its_place_line() {
    let ev = code(
        "Statement on the border incident\n\nLima, 3 March 2024\n\nWe call on the Bolivian side to withdraw its troops from the border area.\n\nThe Ministry expresses its gratitude to Brazil for its mediation.\n",
        None,
    );
    assert!(
        find(&ev, EventType::Request, &["PER"], &["BOL"]).is_some(),
        "{}",
        show(&ev)
    );
    assert!(
        find(&ev, EventType::Support, &["PER"], &["BRA"]).is_some(),
        "{}",
        show(&ev)
    );
    // a wire's dateline says where the story was filed, not who speaks
    let ev = code(
        "Border incident\n\nLIMA, Peru (AP) - March 3, 2024\n\nThe ministry expressed its gratitude to Brazil for its mediation.\n",
        None,
    );
    assert!(
        find(&ev, EventType::Support, &["PER"], &["BRA"]).is_none(),
        "{}",
        show(&ev)
    );
}

#[test]
fn agentless_passives_are_acts_of_the_state_they_happened_in() {
    let ev = code(
        "Two Latvian diplomats were expelled from Belarus on Friday, Riga said.",
        Some("2024-01-05"),
    );
    assert!(
        find(&ev, EventType::Sanction, &["BLR"], &["LVA"]).is_some(),
        "{}",
        show(&ev)
    );
    let ev = code(
        "Three Dutch nationals were detained in Venezuela last week.",
        Some("2024-01-05"),
    );
    assert!(
        find(&ev, EventType::Coerce, &["VEN"], &["NLD"]).is_some(),
        "{}",
        show(&ev)
    );
    // with no place, still no agent
    let ev = code(
        "Three Dutch nationals were detained last week.",
        Some("2024-01-05"),
    );
    assert!(
        ev.iter().all(|e| e.event_type != EventType::Coerce),
        "{}",
        show(&ev)
    );
}

#[test]
fn a_nominal_arrest_is_by_the_authorities_of_its_place() {
    let ev = code(
        "The arrest of a Polish journalist in Minsk on Tuesday angered Warsaw.",
        Some("2024-01-05"),
    );
    assert!(
        find(&ev, EventType::Coerce, &["BLR"], &["POL"]).is_some(),
        "{}",
        show(&ev)
    );
}

#[test]
fn we_after_a_meeting_is_both_sides() {
    let ev = code(
        "Hungary and Slovakia held talks in Bratislava on Monday. \"We agreed to build a new gas pipeline,\" the Hungarian foreign minister said.",
        Some("2024-01-08"),
    );
    assert!(
        find(&ev, EventType::Agree, &["HUN", "SVK"], &[]).is_some(),
        "{}",
        show(&ev)
    );
    // long after the meeting, "we" is the speaker's side again
    let ev = code(
        "Hungary and Slovakia held talks in Bratislava on Monday. The talks covered energy. Trade was discussed. Prices rose in January. \"We will send aid to Ukraine,\" the Hungarian foreign minister said.",
        Some("2024-01-08"),
    );
    assert!(
        ev.iter()
            .all(|e| codes(&e.actor) != ["HUN", "SVK"] || e.event_type == EventType::Consult),
        "{}",
        show(&ev)
    );
}

#[test]
fn interior_ministers_are_known() {
    let ev = code(
        "Interior Minister Gerald Darmanin deployed 7,000 police officers around Paris on Saturday.",
        Some("2023-07-01"),
    );
    assert!(
        ev.iter()
            .any(|e| e.event_type == EventType::Mobilize && codes(&e.actor) == ["FRA"]),
        "{}",
        show(&ev)
    );
    let ev = code(
        "Home Secretary Priti Patel accused France of failing to stop the crossings.",
        Some("2021-11-25"),
    );
    assert!(
        find(&ev, EventType::Accuse, &["GBR"], &["FRA"]).is_some(),
        "{}",
        show(&ev)
    );
}

#[test]
fn a_conflict_verb_coordinated_with_the_same_actors_act_shares_its_target() {
    let ev = code(
        "Nigeria imposed sanctions on Niger and threatened to use force.",
        Some("2023-07-31"),
    );
    assert!(
        find(&ev, EventType::Threaten, &["NGA"], &["NER"]).is_some(),
        "{}",
        show(&ev)
    );
}

#[test]
fn protesters_marching_on_an_embassy_target_its_state() {
    let ev = code(
        "In Tehran on Friday, thousands of supporters of the government marched on the British embassy.",
        Some("2023-07-31"),
    );
    assert!(
        find(&ev, EventType::Protest, &["IRN"], &["GBR"]).is_some(),
        "{}",
        show(&ev)
    );
}

#[test]
fn a_state_adjective_after_a_verb_is_the_agent_of_the_nominal_attack() {
    let ev = code(
        "Warsaw condemns Russian drone attack on border town",
        Some("2024-03-01"),
    );
    assert!(
        ev.iter()
            .any(|e| e.event_type == EventType::Assault && codes(&e.actor) == ["RUS"]),
        "{}",
        show(&ev)
    );
}

#[test]
fn drones_supplied_are_cooperation_and_demands_met_are_no_meeting() {
    let ev = code(
        "Iran supplied Russia with hundreds of drones last year.",
        Some("2023-07-31"),
    );
    assert!(
        find(&ev, EventType::Cooperate, &["IRN"], &["RUS"]).is_some(),
        "{}",
        show(&ev)
    );
    let ev = code(
        "If its demands are not met, Bolivia will recall its ambassador from Chile.",
        Some("2023-07-31"),
    );
    assert!(
        ev.iter().all(|e| e.event_type != EventType::Consult),
        "{}",
        show(&ev)
    );
}

#[test]
fn a_word_inside_a_name_is_no_act() {
    let ev = code(
        "Sudan's army said it had driven the Rapid Support Forces out of Omdurman.",
        Some("2025-03-21"),
    );
    assert!(
        ev.iter().all(|e| e.event_type != EventType::Support),
        "{}",
        show(&ev)
    );
}

#[test]
fn a_nominal_act_inside_a_verdict_is_its_object() {
    let ev = code("Spain called the attack unacceptable.", Some("2024-10-14"));
    assert!(
        ev.iter().all(|e| e.event_type != EventType::Assault),
        "{}",
        show(&ev)
    );
}

#[test]
fn forces_sent_abroad_target_where_they_go() {
    let ev = code(
        "CAIRO, Feb 20, 2025 - Kenya deployed more police officers to Haiti on Thursday.",
        None,
    );
    assert!(
        find(&ev, EventType::Mobilize, &["KEN"], &["HTI"]).is_some(),
        "{}",
        show(&ev)
    );
}

#[test]
fn a_dateline_state_named_again_keeps_its_unnamed_actors() {
    let ev = code(
        "TBILISI, May 14, 2024 (AP) - Georgian police detained dozens of demonstrators outside parliament on Tuesday as lawmakers approved a bill that critics say mirrors a Russian law.",
        None,
    );
    assert!(
        find(&ev, EventType::Coerce, &["GEO"], &["GEO"]).is_some(),
        "{}",
        show(&ev)
    );
    assert!(
        ev.iter().all(|e| codes(&e.recipient) != ["RUS"]),
        "{}",
        show(&ev)
    );
}

#[test]
fn the_two_countries_after_a_contact_are_its_parties() {
    let ev = code(
        "Vietnam and Laos agree on flood relief\n\nIndonesian President Joko Widodo met Malaysian Prime Minister Anwar Ibrahim in Bogor on Monday. The two countries signed a border agreement.\n",
        Some("2023-06-08"),
    );
    assert!(
        find(&ev, EventType::Support, &["IDN", "MYS"], &[]).is_some(),
        "{}",
        show(&ev)
    );
}

#[test]
fn firing_at_people_is_an_assault() {
    let ev = code(
        "Myanmar soldiers fired at villagers in Sagaing on Sunday.",
        Some("2024-03-03"),
    );
    assert!(
        ev.iter()
            .any(|e| e.event_type == EventType::Assault && codes(&e.actor) == ["MMR"]),
        "{}",
        show(&ev)
    );
}

#[test]
fn sanctions_agreed_by_a_bloc_are_imposed() {
    let ev = code(
        "EU foreign ministers agreed on Monday to impose sanctions on Iranian drone makers.",
        Some("2023-07-31"),
    );
    let e = find(&ev, EventType::Sanction, &["EU"], &["IRN"])
        .unwrap_or_else(|| panic!("{}", show(&ev)));
    assert_eq!(e.mode, ["discontinue"]);
    assert!(
        find(&ev, EventType::Agree, &["EU"], &["IRN"]).is_none(),
        "{}",
        show(&ev)
    );
}

#[test]
fn a_coup_condemned_is_its_authors() {
    let ev = code(
        "Soldiers in Niger seized power on Wednesday and detained the president. The African Union condemned the coup.",
        Some("2023-07-28"),
    );
    assert!(
        find(&ev, EventType::Accuse, &["AU"], &["NER"]).is_some(),
        "{}",
        show(&ev)
    );
}

#[test]
fn a_past_verb_with_its_object_after_and_is_a_verb_of_its_own() {
    let ev = code(
        "Peruvian President Dina Boluarte thanked Chile for its help and declared a state of emergency in Lima.",
        Some("2023-07-31"),
    );
    assert!(
        ev.iter()
            .any(|e| e.event_type == EventType::Coerce && codes(&e.actor) == ["PER"]),
        "{}",
        show(&ev)
    );
}

#[test]
fn a_government_protesting_complains() {
    let ev = code(
        "Seoul protests Japanese textbook claims on Dokdo",
        Some("2024-03-22"),
    );
    let e =
        find(&ev, EventType::Accuse, &["KOR"], &["JPN"]).unwrap_or_else(|| panic!("{}", show(&ev)));
    assert_eq!(e.mode, ["disapprove"]);
    // people protesting still protest
    let ev = code(
        "Thousands of students protested in Dhaka on Monday.",
        Some("2024-07-15"),
    );
    assert!(
        ev.iter().any(|e| e.event_type == EventType::Protest),
        "{}",
        show(&ev)
    );
}

#[test]
fn fire_traded_is_mutual_and_a_response_vowed_is_a_threat() {
    let ev = code(
        "Armenia and Azerbaijan traded fire along their border on Tuesday.",
        Some("2024-03-22"),
    );
    assert!(
        find(&ev, EventType::Assault, &["ARM", "AZE"], &[]).is_some(),
        "{}",
        show(&ev)
    );
    let ev = code(
        "Azerbaijani forces shelled Armenian villages on Monday. Armenia vowed to respond.",
        Some("2024-03-22"),
    );
    assert!(
        find(&ev, EventType::Threaten, &["ARM"], &["AZE"]).is_some(),
        "{}",
        show(&ev)
    );
}

#[test]
fn state_vessels_act_for_their_state_and_ramming_is_an_assault() {
    let ev = code(
        "A Chinese coast guard ship rammed a Vietnamese vessel near the Paracel Islands on Sunday.",
        Some("2024-09-29"),
    );
    assert!(
        find(&ev, EventType::Assault, &["CHN"], &["VNM"]).is_some(),
        "{}",
        show(&ev)
    );
    // a bare vessel takes no country from the story's place
    let ev = code(
        "MANILA, Sept 29, 2024 - A vessel rammed a fishing boat near the shoal on Sunday.",
        None,
    );
    assert!(
        ev.iter().all(|e| codes(&e.actor) != ["PHL"]),
        "{}",
        show(&ev)
    );
}

#[test]
fn modes_left_open_are_read_from_what_the_trigger_governs() {
    let ev = code(
        "Ghana called on the United Nations and its regional partners to ensure that the mission is funded.",
        Some("2024-03-01"),
    );
    assert_eq!(
        mode_of(&ev, EventType::Request, &["GHA"], &["UN"]),
        ["assist"]
    );
    let ev = code(
        "North Korea warned South Korea against the drills.",
        Some("2024-03-01"),
    );
    assert_eq!(
        mode_of(&ev, EventType::Threaten, &["PRK"], &["KOR"]),
        ["violence"]
    );
    let ev = code(
        "Israel struck targets in Lebanon with drones and missiles on Sunday.",
        Some("2024-03-03"),
    );
    let m = mode_of(&ev, EventType::Assault, &["ISR"], &["LBN"]);
    assert!(
        m.contains(&"drone".to_string()) && m.contains(&"aerial".to_string()),
        "{m:?}"
    );
    let ev = code(
        "Iranian authorities restricted internet access in Tehran.",
        Some("2024-03-03"),
    );
    assert!(
        ev.iter()
            .any(|e| e.event_type == EventType::Coerce && e.mode == ["censor"]),
        "{}",
        show(&ev)
    );
}

#[test]
fn a_visit_promised_is_diplomatic() {
    let ev = code(
        "Brazil and China agreed that President Lula will visit Beijing next month at the invitation of President Xi.",
        Some("2023-03-01"),
    );
    assert!(
        ev.iter().any(
            |e| e.event_type == EventType::Agree && e.context.iter().any(|c| c == "diplomatic")
        ),
        "{}",
        show(&ev)
    );
}

#[test]
fn aid_named_with_its_source_is_that_sources() {
    let ev = code(
        "TRIPOLI, Sept 14, 2023 - Rescue teams from Egypt and Tunisia have started working in Derna, the government said.",
        None,
    );
    assert!(
        find(&ev, EventType::Aid, &["EGY", "TUN"], &["LBY"]).is_some(),
        "{}",
        show(&ev)
    );
    let ev = code(
        "ISLAMABAD, Sept 1, 2022 - China has sent 25,000 tents to Pakistan, and an aircraft from Qatar carrying food and medicine landed in Islamabad on Wednesday.",
        None,
    );
    assert!(
        find(&ev, EventType::Aid, &["QAT"], &["PAK"]).is_some(),
        "{}",
        show(&ev)
    );
}

#[test]
fn condemnation_drawn_is_by_the_party_it_came_from() {
    let ev = code(
        "Belarus drew condemnation from the European Union on Monday.",
        Some("2024-03-04"),
    );
    assert!(
        find(&ev, EventType::Accuse, &["EU"], &["BLR"]).is_some(),
        "{}",
        show(&ev)
    );
}

#[test]
fn a_promise_split_by_a_speech_frame_shares_the_target_of_the_help_before_it() {
    let ev = code(
        "Norway delivered artillery shells to Ukraine in March, Oslo said, and promised more air defence systems.",
        Some("2024-04-02"),
    );
    assert!(
        find(&ev, EventType::Cooperate, &["NOR"], &["UKR"]).is_some(),
        "{}",
        show(&ev)
    );
    assert!(
        find(&ev, EventType::Agree, &["NOR"], &["UKR"]).is_some(),
        "{}",
        show(&ev)
    );
}

#[test]
fn a_topic_after_a_meeting_of_two_is_no_party() {
    let ev = code(
        "Indian and Japanese officials held talks in Delhi on Monday. The two sides exchanged views on the Ukraine crisis.",
        Some("2024-03-04"),
    );
    assert!(
        ev.iter()
            .filter(|e| e.event_type == EventType::Consult)
            .all(|e| codes(&e.actor) != ["UKR"] && !codes(&e.actor).contains(&"UKR")),
        "{}",
        show(&ev)
    );
    assert!(
        ev.iter()
            .any(|e| e.event_type == EventType::Consult && e.trigger.contains("exchanged views")),
        "{}",
        show(&ev)
    );
}

#[test]
fn a_release_demanded_is_asked_of_who_holds_the_prisoner() {
    let ev = code(
        "DAR ES SALAAM, April 10, 2025 (Reuters) - Tanzanian police arrested an opposition leader on Wednesday. The United States and the European Union called for his immediate release.",
        None,
    );
    assert!(
        find(&ev, EventType::Request, &["EU", "USA"], &["TZA"]).is_some(),
        "{}",
        show(&ev)
    );
}

#[test]
fn force_told_again_without_a_target_is_the_same_act() {
    let ev = code(
        "Turkish jets bombed Kurdish militant positions in Iraq on Monday. Turkey carried out air strikes overnight, the defence ministry said.",
        Some("2024-03-04"),
    );
    assert!(
        find(&ev, EventType::Assault, &["TUR"], &["IRQ"]).is_some(),
        "{}",
        show(&ev)
    );
    assert!(
        find(&ev, EventType::Assault, &["TUR"], &[]).is_none(),
        "{}",
        show(&ev)
    );
}

#[test]
fn a_state_hanging_a_man_assaults_its_own_people() {
    let ev = code(
        "Saudi Arabia on Monday hanged a man convicted of drug smuggling.",
        Some("2024-03-04"),
    );
    assert!(
        find(&ev, EventType::Assault, &["SAU"], &["SAU"]).is_some(),
        "{}",
        show(&ev)
    );
}

#[test]
fn a_list_of_names_opening_the_clause_is_one_subject() {
    let ev = code(
        "Emmanuel Macron, Chancellor Olaf Scholz and Prime Minister Giorgia Meloni signed a joint declaration on energy security.",
        Some("2023-06-01"),
    );
    assert!(
        find(&ev, EventType::Support, &["DEU", "FRA", "ITA"], &[]).is_some(),
        "{}",
        show(&ev)
    );
}

#[test]
fn a_retreat_announced_for_later_is_a_concession() {
    let ev = code(
        "Peruvian President Pedro Castillo said he would resign on Friday.",
        Some("2022-12-05"),
    );
    assert!(
        find(&ev, EventType::Concede, &["PER"], &["PER"]).is_some(),
        "{}",
        show(&ev)
    );
    // an intention to retreat stays a promise
    let ev = code(
        "Serbia is ready to withdraw its troops from the border with Kosovo.",
        Some("2022-12-05"),
    );
    assert!(
        ev.iter().all(|e| e.event_type != EventType::Concede),
        "{}",
        show(&ev)
    );
}

#[test]
fn trucks_named_by_a_state_adjective_carry_that_states_aid() {
    let ev = code(
        "ANKARA, Feb 8, 2023 - Georgian trucks carrying food and blankets crossed into Turkey on Wednesday.",
        None,
    );
    assert!(
        find(&ev, EventType::Aid, &["GEO"], &["TUR"]).is_some(),
        "{}",
        show(&ev)
    );
}

#[test]
fn condemnation_drawn_by_an_act_targets_its_author() {
    let ev = code(
        "Myanmar's army bombed a village in Sagaing on Tuesday. The attack drew condemnation from the United Nations.",
        Some("2023-04-12"),
    );
    assert!(
        find(&ev, EventType::Accuse, &["UN"], &["MMR"]).is_some(),
        "{}",
        show(&ev)
    );
}

#[test]
fn a_dateline_in_the_headlined_state_holds_for_later_bare_police() {
    let ev = code(
        "Nepal's prime minister quits as crowds fill Kathmandu\n\n\
         KATHMANDU, Sept 9, 2025 (AFP) - Nepal's prime minister resigned on Tuesday, officials said.\n\n\
         He later flew to an airport near Lucknow, Indian television reported.\n\n\
         On Monday, police opened fire on protesters, and the government imposed a curfew.",
        None,
    );
    assert!(
        find(&ev, EventType::Assault, &["NPL"], &["NPL"]).is_some()
            && find(&ev, EventType::Coerce, &["NPL"], &["NPL"]).is_some()
            && !ev.iter().any(|e| codes(&e.actor) == ["IND"]),
        "{}",
        show(&ev)
    );
}

#[test]
fn forces_put_on_alert_face_the_other_party() {
    let ev = code(
        "Belize puts troops on alert as Guatemala claims cays\n\n\
         BELMOPAN, March 5, 2024 - Guatemala's president on Monday claimed three cays off the coast of Belize.\n\n\
         Belize's prime minister said the Belize Defence Force had been put on full alert.",
        None,
    );
    assert!(
        find(&ev, EventType::Mobilize, &["BLZ"], &["GTM"]).is_some(),
        "{}",
        show(&ev)
    );
}

#[test]
fn an_envoy_summoned_with_no_agent_is_summoned_by_the_story_state() {
    let ev = code(
        "VILNIUS, March 2, 2024 - Lithuania expelled two Belarusian diplomats on Friday. \
         The Belarusian charge d'affaires was summoned to the foreign ministry.",
        None,
    );
    let summoned = ev.iter().any(|e| {
        e.event_type == EventType::Accuse
            && codes(&e.actor) == ["LTU"]
            && codes(&e.recipient) == ["BLR"]
            && e.trigger.contains("summoned")
    });
    assert!(summoned, "{}", show(&ev));
}

#[test]
fn a_ministry_release_with_no_state_heading_is_its_foreign_ministers() {
    let ev = code(
        "Expulsion of two employees of the Embassy of the Syrian Arab Republic\n\n\
         07.02.2012\n\n\
         The Ambassador of the Syrian Arab Republic was summoned to the Ministry of Foreign Affairs.\n\n\
         \"We will not accept the intimidation of Syrians living here,\" Minister of Foreign Affairs Guido Westerwelle said.\n\n\
         The Ministry strongly condemned the violence of the Syrian regime against its own people.",
        Some("2012-02-07"),
    );
    assert!(
        find(&ev, EventType::Accuse, &["DEU"], &["SYR"]).is_some(),
        "{}",
        show(&ev)
    );
}

#[test]
fn acts_on_each_other_are_two_events() {
    let ev = code(
        "Armenia and Azerbaijan accused each other of shelling border villages on Tuesday.",
        Some("2024-02-13"),
    );
    assert!(
        find(&ev, EventType::Accuse, &["ARM"], &["AZE"]).is_some()
            && find(&ev, EventType::Accuse, &["AZE"], &["ARM"]).is_some(),
        "{}",
        show(&ev)
    );
}

#[test]
fn a_condemnation_in_a_one_state_story_targets_that_state() {
    let ev = code(
        "Soldiers detain president in Niger\n\n\
         NIAMEY, July 27, 2023 - Soldiers detained President Mohamed Bazoum on Wednesday.\n\n\
         The soldiers said on television that they had closed the borders.\n\n\
         Tanks were seen near the presidential palace.\n\n\
         Ghana condemned the military takeover.",
        None,
    );
    assert!(
        find(&ev, EventType::Accuse, &["GHA"], &["NER"]).is_some(),
        "{}",
        show(&ev)
    );
}

#[test]
fn a_response_an_act_will_meet_is_a_threat_not_a_meeting() {
    let ev = code(
        "Latvia expels Russian diplomats\n\n\
         RIGA, Aug 7, 2023 - Latvia expelled two Russian diplomats on Monday.\n\n\
         \"Any new provocation will meet with a firm response,\" the Latvian foreign minister said.\n\n\
         Moscow said the move would not go unanswered.",
        None,
    );
    assert!(
        find(&ev, EventType::Threaten, &["RUS"], &["LVA"]).is_some()
            && ev
                .iter()
                .any(|e| e.event_type == EventType::Threaten && codes(&e.actor) == ["LVA"])
            && !ev.iter().any(|e| e.event_type == EventType::Agree),
        "{}",
        show(&ev)
    );
}

#[test]
fn asked_to_stop_is_a_request_that_governs_what_is_asked() {
    let ev = code(
        "In Nairobi, Kenya's army chief asked protesters to end the violence and go home.",
        Some("2024-06-26"),
    );
    assert!(
        find(&ev, EventType::Request, &["KEN"], &["KEN"]).is_some(),
        "{}",
        show(&ev)
    );
    let ev = code(
        "Ottawa had asked New Delhi to waive the diplomats' immunity and cooperate with the police.",
        Some("2024-10-14"),
    );
    assert!(
        find(&ev, EventType::Request, &["CAN"], &["IND"]).is_some()
            && !ev.iter().any(|e| e.event_type == EventType::Cooperate),
        "{}",
        show(&ev)
    );
}

#[test]
fn the_army_called_in_at_home_is_mobilised() {
    let ev = code(
        "Ecuador's government called in the army to restore order in Guayaquil on Tuesday.",
        Some("2024-01-09"),
    );
    assert!(
        ev.iter()
            .any(|e| e.event_type == EventType::Mobilize && codes(&e.actor) == ["ECU"]),
        "{}",
        show(&ev)
    );
}

#[test]
fn responding_by_an_act_is_no_speech() {
    let ev = code(
        "Chile responded by ordering tariffs on all Argentine wine.",
        Some("2024-01-09"),
    );
    assert!(
        find(&ev, EventType::Sanction, &["CHL"], &["ARG"]).is_some(),
        "{}",
        show(&ev)
    );
}

#[test]
fn people_counted_and_detained_in_a_states_cities() {
    let ev = code(
        "More than 200 people were detained by police at protests in several Iranian cities, a rights group said.",
        Some("2022-09-25"),
    );
    assert!(
        find(&ev, EventType::Coerce, &["IRN"], &["IRN"]).is_some(),
        "{}",
        show(&ev)
    );
}

#[test]
fn a_civil_protection_team_sent_is_aid_to_the_story_place() {
    let ev = code(
        "BENGHAZI, Sept 14, 2023 - Floods swept through eastern Libya this week.\n\n\
         Greece also sent a civil protection team.",
        None,
    );
    assert!(
        find(&ev, EventType::Aid, &["GRC"], &["LBY"]).is_some(),
        "{}",
        show(&ev)
    );
}

#[test]
fn a_guest_received_after_a_time_and_place_is_a_visit() {
    let ev = code(
        "King Abdullah II received on Tuesday at Al Husseiniya Palace in Amman the Prime Minister of the Republic of Iraq, who is on an official visit to the Kingdom.",
        Some("2023-11-14"),
    );
    let visit = find(&ev, EventType::Consult, &["IRQ"], &["JOR"]);
    assert!(
        visit.is_some_and(|e| e.mode.iter().any(|m| m == "visit")),
        "{}",
        show(&ev)
    );
}

#[test]
fn a_later_subject_dispersing_with_tear_gas_acts_on_its_own() {
    let ev = code(
        "In Bamako on Friday, hundreds of students marched on the ministry and set fire to tyres before Malian police dispersed them with tear gas.",
        Some("2024-05-10"),
    );
    let gassed = ev.iter().any(|e| {
        e.event_type == EventType::Assault
            && codes(&e.actor) == ["MLI"]
            && e.trigger.to_ascii_lowercase().contains("tear gas")
    });
    assert!(gassed, "{}", show(&ev));
}

#[test]
fn high_commissioners_expelled_are_sanctions() {
    let ev = code(
        "Pakistan expelled India's acting high commissioner on Wednesday.",
        Some("2019-08-07"),
    );
    assert!(
        find(&ev, EventType::Sanction, &["PAK"], &["IND"]).is_some(),
        "{}",
        show(&ev)
    );
}

#[test]
fn names_called_and_insults_are_accusations() {
    let ev = code(
        "Peru's president insulted Mexico's leader in a speech on Monday.",
        Some("2023-01-09"),
    );
    assert!(
        find(&ev, EventType::Accuse, &["PER"], &["MEX"]).is_some(),
        "{}",
        show(&ev)
    );
    let ev = code(
        "Turkey's president called the Swedish organisers terrorists on Monday.",
        Some("2023-01-23"),
    );
    assert!(
        find(&ev, EventType::Accuse, &["TUR"], &["SWE"]).is_some(),
        "{}",
        show(&ev)
    );
}

#[test]
fn a_bombing_drill_by_two_states_is_cooperation_not_an_attack() {
    let ev = code(
        "Japan and Australia staged a bombing drill off Okinawa on Friday.",
        Some("2024-05-10"),
    );
    assert!(
        find(&ev, EventType::Cooperate, &["AUS", "JPN"], &[]).is_some()
            && !ev.iter().any(|e| e.event_type == EventType::Assault),
        "{}",
        show(&ev)
    );
}

#[test]
fn a_visitor_calling_on_a_leader_pays_a_call_not_a_request() {
    let ev = code(
        "Mr Lammy will also call on Prime Minister Anthony Albanese during his visit to Canberra.",
        Some("2024-07-25"),
    );
    assert!(
        !ev.iter().any(|e| e.event_type == EventType::Request),
        "{}",
        show(&ev)
    );
}

#[test]
fn headquarters_taken_and_columns_sent_are_coercion_and_mobilisation() {
    let ev = code(
        "Mutinous Bolivian soldiers took control of the army headquarters in La Paz on Wednesday and sent an armoured column toward the palace.",
        Some("2024-06-26"),
    );
    assert!(
        ev.iter()
            .any(|e| e.event_type == EventType::Coerce && codes(&e.actor) == ["BOL"])
            && ev
                .iter()
                .any(|e| e.event_type == EventType::Mobilize && codes(&e.actor) == ["BOL"]),
        "{}",
        show(&ev)
    );
}

#[test]
fn aid_for_a_place_taken_through_another_goes_to_the_first() {
    let ev = code(
        "Qatar has sent two planes loaded with humanitarian aid for Gaza to El Arish in Egypt.",
        Some("2023-11-01"),
    );
    assert!(
        find(&ev, EventType::Aid, &["QAT"], &["PSE"]).is_some()
            && find(&ev, EventType::Aid, &["QAT"], &["EGY"]).is_none(),
        "{}",
        show(&ev)
    );
}

#[test]
fn a_meeting_on_a_weekday_between_two_leaders_is_their_contact() {
    let ev = code(
        "Following a bilateral meeting in Nairobi on Tuesday between President William Ruto and the President of Tanzania, the two leaders signed a trade protocol.",
        Some("2024-05-07"),
    );
    assert!(
        ev.iter().any(|e| e.event_type == EventType::Consult && {
            let mut all = codes(&e.actor);
            all.extend(codes(&e.recipient));
            all.sort_unstable();
            all == ["KEN", "TZA"]
        }),
        "{}",
        show(&ev)
    );
}

#[test]
fn support_for_a_states_sovereignty_backs_that_state() {
    let ev = code(
        "Chile and Peru hold talks\n\nChile reaffirms its support for the sovereignty, political independence and territorial integrity of Georgia.",
        Some("2024-03-05"),
    );
    assert!(
        find(&ev, EventType::Support, &["CHL"], &["GEO"]).is_some(),
        "{}",
        show(&ev)
    );
}

#[test]
fn aggression_condemned_names_its_author() {
    let ev = code(
        "Estonia and Lithuania hold talks\n\nEstonia strongly condemned the Republic of Belarus's unprovoked aggression against Lithuania.",
        Some("2024-03-05"),
    );
    assert!(
        ev.iter()
            .any(|e| e.event_type == EventType::Accuse && codes(&e.recipient) == ["BLR"]),
        "{}",
        show(&ev)
    );
}

#[test]
fn financial_measures_imposed_on_a_state_are_sanctions() {
    let ev = code(
        "Norway will impose financial measures on three Iranian banks.",
        Some("2024-03-05"),
    );
    assert!(
        find(&ev, EventType::Sanction, &["NOR"], &["IRN"]).is_some(),
        "{}",
        show(&ev)
    );
}

#[test]
fn a_cooperative_act_refused_for_the_future_is_a_rejection() {
    let ev = code(
        "On Tuesday, Peru's president said he would not apologise to Mexico.",
        Some("2023-01-10"),
    );
    assert!(
        find(&ev, EventType::Reject, &["PER"], &["MEX"]).is_some()
            && !ev.iter().any(|e| e.event_type == EventType::Agree),
        "{}",
        show(&ev)
    );
}

#[test]
fn a_meeting_during_which_a_deal_is_signed_is_a_contact_of_its_own() {
    let ev = code(
        "The deal was signed by the two countries' ministers during a virtual summit between Prime Minister Narendra Modi and Australian Prime Minister Scott Morrison.",
        Some("2022-04-02"),
    );
    assert!(
        ev.iter().any(|e| e.event_type == EventType::Consult),
        "{}",
        show(&ev)
    );
}

#[test]
fn an_invitation_of_hm_the_king_names_the_initiator() {
    let ev = code(
        "King Abdullah II received on Tuesday at Al Husseiniya Palace in Amman the Prime Minister of the Republic of Iraq, who is on an official visit to the Kingdom at the invitation of HM the King.",
        Some("2023-11-14"),
    );
    let visit = find(&ev, EventType::Consult, &["IRQ"], &["JOR"]);
    assert!(
        visit.is_some_and(|e| e.initiator.as_deref() == Some("JOR")),
        "{}",
        show(&ev)
    );
}

#[test]
fn a_protest_trigger_ending_in_its_agent_noun_takes_it_as_actor() {
    let ev = code(
        "In Tbilisi, thousands of protesters gathered outside parliament on Monday.",
        Some("2024-05-13"),
    );
    assert!(
        find(&ev, EventType::Protest, &["GEO"], &["GEO"]).is_some(),
        "{}",
        show(&ev)
    );
}

#[test]
fn protests_with_no_target_named_are_against_the_states_own_government() {
    let ev = code(
        "Kenya was rocked by mass protests on Tuesday.",
        Some("2024-06-25"),
    );
    assert!(
        find(&ev, EventType::Protest, &["KEN"], &["KEN"]).is_some(),
        "{}",
        show(&ev)
    );
}

#[test]
fn a_governments_reaction_to_a_mutiny_at_home_targets_its_own_people() {
    let ev = code(
        "ABUJA, May 3, 2024 - Soldiers seized a barracks outside Abuja on Friday in a short-lived mutiny.\n\nPresident Bola Tinubu called the mutiny treason and vowed to punish those responsible.",
        Some("2024-05-03"),
    );
    assert!(
        find(&ev, EventType::Accuse, &["NGA"], &["NGA"]).is_some()
            && find(&ev, EventType::Threaten, &["NGA"], &["NGA"]).is_some(),
        "{}",
        show(&ev)
    );
}

#[test]
fn a_bare_office_in_a_story_about_one_state_is_that_states() {
    let ev = code(
        "LIMA, Jan 10, 2024 - Peru's President Dina Boluarte declared a state of emergency on Wednesday.\n\nBoluarte accused the attorney general of plotting against her government.",
        Some("2024-01-10"),
    );
    assert!(
        find(&ev, EventType::Accuse, &["PER"], &["PER"]).is_some(),
        "{}",
        show(&ev)
    );
}

#[test]
fn a_party_name_of_a_state_never_named_belongs_to_the_storys_state() {
    let ev = code(
        "SEOUL, March 5, 2025 - South Korea's prime minister announced a new budget on Wednesday.\n\nThe opposition Democratic Party said the prime minister must resign.",
        Some("2025-03-05"),
    );
    assert!(
        find(&ev, EventType::Request, &["KOR"], &["KOR"]).is_some()
            && !ev.iter().any(|e| codes(&e.actor).contains(&"USA")),
        "{}",
        show(&ev)
    );
}

#[test]
fn an_opposition_saying_the_government_must_go_makes_a_request() {
    let ev = code(
        "ANKARA, May 2, 2024 - Turkey's president announced a new budget on Thursday.\n\nThe Republican People's Party said the president must resign.",
        Some("2024-05-02"),
    );
    assert!(
        find(&ev, EventType::Request, &["TUR"], &["TUR"]).is_some()
            && find(&ev, EventType::Agree, &["TUR"], &["TUR"]).is_none(),
        "{}",
        show(&ev)
    );
}

#[test]
fn south_and_latin_american_are_no_us_adjectives() {
    let ev = code(
        "Venezuela rejected the statements of seven Latin American countries on Monday.",
        Some("2024-07-30"),
    );
    assert!(
        !ev.iter()
            .any(|e| codes(&e.recipient).contains(&"USA") || codes(&e.actor).contains(&"USA")),
        "{}",
        show(&ev)
    );
}

#[test]
fn both_sides_of_a_civil_war_agree_among_themselves() {
    let ev = code(
        "KHARTOUM, April 20, 2023 - Sudan's army and the RSF fought for a fifth day in the capital on Thursday.\n\nBoth sides agreed to stop fighting during the holiday.",
        Some("2023-04-20"),
    );
    assert!(
        find(&ev, EventType::Agree, &["SDN"], &["SDN"]).is_some(),
        "{}",
        show(&ev)
    );
}

#[test]
fn whose_proposal_is_agreed_to_is_no_party_to_the_agreement() {
    let ev = code(
        "KHARTOUM, April 20, 2023 - Sudan's army and the RSF fought for a fifth day in the capital on Thursday.\n\nBoth sides agreed to an African Union proposal to open humanitarian corridors.",
        Some("2023-04-20"),
    );
    assert!(
        find(&ev, EventType::Agree, &["SDN"], &["SDN"]).is_some()
            && !ev.iter().any(|e| codes(&e.actor).contains(&"AU")),
        "{}",
        show(&ev)
    );
}

#[test]
fn a_condemnation_of_unrest_in_the_lead_of_a_story_about_one_state_targets_its_people() {
    let ev = code(
        "Mali dissolves opposition party\n\nBAMAKO, May 3, 2024 - Mali's government dissolved an opposition party on Monday, accusing it of inciting insurrection.",
        Some("2024-05-03"),
    );
    assert!(
        find(&ev, EventType::Accuse, &["MLI"], &["MLI"]).is_some(),
        "{}",
        show(&ev)
    );
}

#[test]
fn a_states_ambassador_to_the_un_speaks_for_the_state() {
    let ev = code(
        "Ukraine's U.N. ambassador asked for an urgent meeting of the Security Council.",
        Some("2024-05-03"),
    );
    assert!(
        find(&ev, EventType::Request, &["UKR"], &["UNSC"]).is_some(),
        "{}",
        show(&ev)
    );
}

#[test]
fn crowds_dispersed_with_tear_gas_are_the_states_own_people() {
    let ev = code(
        "In Conakry on Friday, thousands of opposition supporters blocked the main road before Guinean police dispersed them with tear gas.",
        Some("2024-05-03"),
    );
    assert!(
        find(&ev, EventType::Assault, &["GIN"], &["GIN"]).is_some(),
        "{}",
        show(&ev)
    );
}

#[test]
fn a_bare_institution_is_the_one_the_document_named_before() {
    let ev = code(
        "LIMA, Dec 5, 2022 - Peru's Congress met on Monday to debate a motion against President Pedro Castillo.\n\nCastillo accused Congress of plotting a coup.",
        Some("2022-12-05"),
    );
    assert!(
        find(&ev, EventType::Accuse, &["PER"], &["PER"]).is_some(),
        "{}",
        show(&ev)
    );
}

#[test]
fn protests_at_which_people_were_detained_are_an_event_of_their_own() {
    let ev = code(
        "More than 200 people were detained by police at anti-government protests in several Belarusian cities, a rights group said.",
        Some("2024-05-03"),
    );
    assert!(
        find(&ev, EventType::Protest, &["BLR"], &["BLR"]).is_some()
            && find(&ev, EventType::Coerce, &["BLR"], &["BLR"]).is_some(),
        "{}",
        show(&ev)
    );
}

#[test]
fn protests_an_act_sparked_are_an_event_of_their_own() {
    let ev = code(
        "DHAKA, May 3, 2024 - The opposition leader was arrested by police on Tuesday, sparking nationwide protests.",
        Some("2024-05-03"),
    );
    assert!(
        find(&ev, EventType::Protest, &["BGD"], &["BGD"]).is_some(),
        "{}",
        show(&ev)
    );
}

#[test]
fn a_second_infinitive_joined_to_a_request_is_asked_too() {
    let ev = code(
        "Norway called on Russia to halt its military operations in Kharkiv and to allow safe and unhindered humanitarian access to the city.",
        Some("2022-04-01"),
    );
    assert!(
        find(&ev, EventType::Request, &["NOR"], &["RUS"]).is_some()
            && !ev.iter().any(|e| e.event_type == EventType::Retreat),
        "{}",
        show(&ev)
    );
}

#[test]
fn a_mediation_effort_between_two_states_is_a_third_party_contact() {
    let ev = code(
        "Turkey has succeeded in a mediation effort between Armenia and Azerbaijan that led to the release of 12 prisoners.",
        Some("2024-01-03"),
    );
    assert!(
        find(&ev, EventType::Consult, &["ARM", "AZE", "TUR"], &[])
            .is_some_and(|e| e.mode.iter().any(|m| m == "third-party")),
        "{}",
        show(&ev)
    );
}

#[test]
fn an_exchange_mediated_by_a_third_state_is_a_contact_with_its_parties() {
    let ev = code(
        "Armenia and Azerbaijan exchanged dozens of prisoners of war on Tuesday.\n\nThe exchange was mediated by Qatar.",
        Some("2024-01-03"),
    );
    assert!(
        find(&ev, EventType::Consult, &["ARM", "AZE", "QAT"], &[]).is_some(),
        "{}",
        show(&ev)
    );
}

#[test]
fn several_of_the_ministers_are_the_subject() {
    let ev = code(
        "QUITO, May 3, 2024 - Ecuador's president dissolved the national assembly on Friday.\n\nSeveral of his ministers resigned in protest.",
        Some("2024-05-03"),
    );
    assert!(
        find(&ev, EventType::Retreat, &["ECU"], &["ECU"]).is_some(),
        "{}",
        show(&ev)
    );
}

#[test]
fn an_easing_announced_for_later_is_a_concession() {
    let ev = code(
        "Japan will lift the tariffs on South Korean steel next month, the trade ministry said on Friday.",
        Some("2024-05-03"),
    );
    assert!(
        find(&ev, EventType::Concede, &["JPN"], &["KOR"]).is_some()
            && !ev.iter().any(|e| e.event_type == EventType::Agree),
        "{}",
        show(&ev)
    );
}

#[test]
fn what_is_condemned_happened_in_the_partners_country() {
    let ev = code(
        "Turkey angered by Sweden protest\n\nANKARA, Jan 23, 2023 - Turkey's foreign ministry on Monday condemned a protest outside the Turkish embassy in Stockholm.",
        Some("2023-01-23"),
    );
    assert!(
        find(&ev, EventType::Accuse, &["TUR"], &["SWE"]).is_some(),
        "{}",
        show(&ev)
    );
}

#[test]
fn his_hosts_is_a_noun_not_a_hosting() {
    let ev = code(
        "Greek Foreign Minister George Gerapetritis arrived in Yerevan on Monday.\n\nThe minister told his hosts that Greece stands with the Armenian people.",
        Some("2024-05-03"),
    );
    assert!(
        find(&ev, EventType::Support, &["GRC"], &["ARM"]).is_some()
            && find(&ev, EventType::Consult, &["ARM"], &["GRC"]).is_none(),
        "{}",
        show(&ev)
    );
}

#[test]
fn opposing_these_violations_in_a_two_party_story_targets_the_other_party() {
    let ev = code(
        "Indonesia summons Chinese envoy over fishing boats\n\nJAKARTA, Jan 3, 2020 - Chinese fishing boats escorted by coast guard ships have operated in Indonesian waters off the Natuna islands since December. Indonesia resolutely opposed these violations, the spokesperson said.",
        Some("2020-01-03"),
    );
    assert!(
        ev.iter().any(|e| e.event_type == EventType::Accuse
            && codes(&e.actor) == ["IDN"]
            && codes(&e.recipient) == ["CHN"]
            && e.trigger.contains("opposed")),
        "{}",
        show(&ev)
    );
}

// ---- round 6: names called, decisions and their makers, threats, hosted contacts, passives

fn has(ev: &[Event], ty: EventType, actor: &[&str], recipient: &[&str]) -> bool {
    find(ev, ty, actor, recipient).is_some()
}

#[test]
fn a_decision_called_names_in_a_two_party_story_accuses_the_other_party() {
    let ev = code(
        "Norway faults Sweden over quota cut\n\nOSLO, March 3, 2024 - Sweden on Friday cut the cod quota for Norwegian trawlers in the Skagerrak. Norway's foreign minister called the decision deeply unfortunate and irresponsible.",
        Some("2024-03-03"),
    );
    assert!(
        has(&ev, EventType::Accuse, &["NOR"], &["SWE"]),
        "{}",
        show(&ev)
    );
}

#[test]
fn dissatisfaction_over_an_unnamed_act_targets_the_other_party_but_a_stance_does_not() {
    let ev = code(
        "Vietnam and China trade words over survey ship\n\nHANOI, May 2, 2024 - A Chinese survey ship entered Vietnam's exclusive economic zone on Wednesday. Vietnam's foreign ministry on Thursday expressed strong dissatisfaction over the use of water cannon against its fishermen.",
        Some("2024-05-02"),
    );
    assert!(
        has(&ev, EventType::Accuse, &["VNM"], &["CHN"]),
        "{}",
        show(&ev)
    );
    let ev = code(
        "Kenya and Somalia sign security pact\n\nNAIROBI, May 2, 2024 - Kenya and Somalia signed a security pact on Thursday. Kenya condemned terrorism in all its forms.",
        Some("2024-05-02"),
    );
    assert!(
        !ev.iter().any(|e| e.event_type == EventType::Accuse),
        "{}",
        show(&ev)
    );
}

#[test]
fn the_maker_of_a_decision_acts_in_it_and_its_envoy_names_the_host() {
    let ev = code(
        "The Estonian foreign ministry regrets the decision of the Russian Federation to recall its ambassador to Estonia.",
        Some("2024-05-02"),
    );
    assert!(
        has(&ev, EventType::Accuse, &["EST"], &["RUS"])
            && has(&ev, EventType::Sanction, &["RUS"], &["EST"]),
        "{}",
        show(&ev)
    );
    let ev = code(
        "Nicaragua closed its embassy in Taipei on Monday.",
        Some("2024-05-02"),
    );
    assert!(
        has(&ev, EventType::Sanction, &["NIC"], &["TWN"]),
        "{}",
        show(&ev)
    );
}

#[test]
fn options_reserved_vows_to_punish_and_acts_of_war_are_threats() {
    let ev = code(
        "Azerbaijan reserved all options to respond to Armenia.",
        Some("2024-05-02"),
    );
    assert!(
        has(&ev, EventType::Threaten, &["AZE"], &["ARM"]),
        "{}",
        show(&ev)
    );
    let ev = code(
        "The Hungarian Prime Minister Viktor Orban vowed on Sunday to punish Slovakia for the ban.",
        Some("2024-05-02"),
    );
    assert!(
        has(&ev, EventType::Threaten, &["HUN"], &["SVK"])
            && !ev.iter().any(|e| e.event_type == EventType::Agree),
        "{}",
        show(&ev)
    );
    let ev = code(
        "Armenia warned Russia that any incursion would be considered an act of war.",
        Some("2024-05-02"),
    );
    assert!(
        ev.iter().any(|e| e.event_type == EventType::Threaten
            && codes(&e.actor) == ["ARM"]
            && e.trigger.contains("war")),
        "{}",
        show(&ev)
    );
}

#[test]
fn a_trip_postponed_is_a_meeting_refused() {
    let ev = code(
        "Bulgarian Foreign Minister Maria Gabriel postponed a planned visit to Skopje on Friday.",
        Some("2022-05-06"),
    );
    assert!(
        has(&ev, EventType::Reject, &["BGR"], &["MKD"])
            && !ev.iter().any(|e| e.event_type == EventType::Consult),
        "{}",
        show(&ev)
    );
}

#[test]
fn a_meeting_hosted_between_two_parties_is_third_party_and_they_are_the_two_sides() {
    let ev = code(
        "Qatar on Monday hosted a meeting in Doha between the foreign ministers of Rwanda and the Democratic Republic of Congo. The two ministers agreed to meet again next month.",
        Some("2025-06-02"),
    );
    let c = find(&ev, EventType::Consult, &["COD", "QAT", "RWA"], &[])
        .unwrap_or_else(|| panic!("{}", show(&ev)));
    assert_eq!(c.mode, ["third-party"], "{}", show(&ev));
    assert!(
        has(&ev, EventType::Agree, &["COD", "RWA"], &[]),
        "{}",
        show(&ev)
    );
}

#[test]
fn a_headline_contact_between_two_states_names_the_dyad() {
    let ev = code(
        "Doha hosts talks between Rwanda and Congo\n\nDOHA, June 2, 2025 - Qatari Prime Minister Mohammed bin Abdulrahman Al Thani on Monday hosted the delegations of Rwanda and Congo in Doha. The talks were held behind closed doors. Their ministers met for three hours. Sheikh Mohammed thanked both delegations for their engagement.",
        Some("2025-06-02"),
    );
    assert!(
        has(&ev, EventType::Support, &["QAT"], &["COD", "RWA"]),
        "{}",
        show(&ev)
    );
}

#[test]
fn a_participle_with_its_by_phrase_is_that_agents_act() {
    let ev = code(
        "Britain demanded the release of a British-flagged tanker seized by Iranian forces on Friday.",
        Some("2019-07-20"),
    );
    assert!(
        has(&ev, EventType::Coerce, &["IRN"], &["GBR"]),
        "{}",
        show(&ev)
    );
    let ev = code(
        "A Ukrainian convoy was attacked by Russian drones near Kherson.",
        Some("2024-05-02"),
    );
    assert!(
        has(&ev, EventType::Assault, &["RUS"], &["UKR"]),
        "{}",
        show(&ev)
    );
}

#[test]
fn fire_into_a_territory_and_borders_closed_with_a_neighbour_name_the_target() {
    let ev = code(
        "Azerbaijani troops fired artillery shells into Armenian territory on Tuesday.",
        Some("2024-05-02"),
    );
    assert!(
        has(&ev, EventType::Assault, &["AZE"], &["ARM"]),
        "{}",
        show(&ev)
    );
    let ev = code(
        "Chad on Sunday closed its border crossings with Sudan.",
        Some("2024-05-02"),
    );
    assert!(
        has(&ev, EventType::Coerce, &["TCD"], &["SDN"]),
        "{}",
        show(&ev)
    );
}

#[test]
fn new_caledonia_is_a_territory_of_its_own() {
    let ev = code(
        "France deployed troops to New Caledonia on Thursday.",
        Some("2024-05-16"),
    );
    assert!(
        has(&ev, EventType::Mobilize, &["FRA"], &["NCL"]),
        "{}",
        show(&ev)
    );
}

#[test]
fn hitting_back_is_no_backing_and_tightened_export_curbs_are_sanctions() {
    let ev = code(
        "Canada hits back at the United States with tariffs on steel\n\nSouth Korea will tighten restrictions on exports to Japan of industrial gases from next month, the trade ministry said on Monday.",
        Some("2024-05-02"),
    );
    assert!(
        has(&ev, EventType::Sanction, &["KOR"], &["JPN"])
            && !ev
                .iter()
                .any(|e| matches!(e.event_type, EventType::Support | EventType::Agree)),
        "{}",
        show(&ev)
    );
}

#[test]
fn officials_of_the_two_countries_are_the_two_countries() {
    let ev = code(
        "Russia and Ukraine trade prisoners\n\nMOSCOW, May 2, 2024 - Russia and Ukraine exchanged prisoners on Monday. Senior officials of the two countries held talks in Geneva on Tuesday.",
        Some("2024-05-02"),
    );
    assert!(
        has(&ev, EventType::Consult, &["RUS", "UKR"], &[]),
        "{}",
        show(&ev)
    );
}

#[test]
fn relief_planes_landing_with_supplies_are_aid_from_where_they_came() {
    let ev = code(
        "Planes from Japan and South Korea landed in Manila on Sunday with tents and medicine for the typhoon victims.",
        Some("2024-05-02"),
    );
    assert!(
        has(&ev, EventType::Aid, &["JPN", "KOR"], &["PHL"]),
        "{}",
        show(&ev)
    );
}

#[test]
fn protests_told_as_a_backdrop_are_an_event_of_their_own() {
    let ev = code(
        "Hungarian president resigns over pardon\n\nBUDAPEST, Feb 10, 2024 - Hungary's President Katalin Novak resigned on Saturday after a week of protests over a pardon she granted.",
        Some("2024-02-10"),
    );
    assert!(
        has(&ev, EventType::Protest, &["HUN"], &["HUN"])
            && has(&ev, EventType::Retreat, &["HUN"], &["HUN"]),
        "{}",
        show(&ev)
    );
}

#[test]
fn a_rival_recognised_as_president_is_support() {
    let ev = code(
        "The European Union recognised opposition leader Juan Guaido as Venezuela's interim president on Monday.",
        Some("2019-02-04"),
    );
    assert!(
        has(&ev, EventType::Support, &["EU"], &["VEN"]),
        "{}",
        show(&ev)
    );
}

#[test]
fn a_request_coordinated_with_a_stronger_act_is_kept() {
    let ev = code(
        "Germany imposed new sanctions on Belarus on Monday and asked NATO to become more involved in the region.",
        Some("2024-02-05"),
    );
    assert!(
        has(&ev, EventType::Sanction, &["DEU"], &["BLR"])
            && has(&ev, EventType::Request, &["DEU"], &["NATO"]),
        "{}",
        show(&ev)
    );
}

#[test]
fn guests_of_two_states_hosted_together_meet_at_a_third_party() {
    let ev = code(
        "Qatari Foreign Minister Mohammed bin Abdulrahman Al Thani hosted Armenian Foreign Minister Ararat Mirzoyan and Azerbaijani Foreign Minister Jeyhun Bayramov in Doha on Monday.",
        Some("2024-05-06"),
    );
    let c = find(&ev, EventType::Consult, &["ARM", "AZE", "QAT"], &[])
        .unwrap_or_else(|| panic!("{}", show(&ev)));
    assert_eq!(c.mode, ["third-party"], "{}", show(&ev));
}

#[test]
fn a_visit_told_in_a_relative_clause_of_the_speaker_is_coded() {
    let ev = code(
        "Dutch Prime Minister Mark Rutte, who visited Kyiv on Friday, said the Netherlands would send more artillery to Ukraine.\n\nFrench Foreign Minister Stephane Sejourne, who flew to Beirut on Sunday, said France wanted a ceasefire.",
        Some("2024-04-28"),
    );
    assert!(
        has(&ev, EventType::Consult, &["NLD"], &["UKR"])
            && has(&ev, EventType::Consult, &["FRA"], &["LBN"]),
        "{}",
        show(&ev)
    );
}

#[test]
fn a_partys_act_judged_unacceptable_in_a_quote_accuses_that_party() {
    let ev = code(
        "\"Serbia's decision is unacceptable,\" the Croatian foreign minister Gordan Grlic Radman said on Monday.",
        Some("2024-04-28"),
    );
    assert!(
        has(&ev, EventType::Accuse, &["HRV"], &["SRB"]),
        "{}",
        show(&ev)
    );
}

#[test]
fn a_violation_named_by_its_noun_does_not_accuse_the_other_party() {
    let ev = code(
        "Malaysia and Thailand hold border talks\n\nKUALA LUMPUR, May 2, 2024 - Malaysia and Thailand held border talks on Thursday. Malaysia said it was a clear violation of international law.",
        Some("2024-05-02"),
    );
    assert!(
        !has(&ev, EventType::Accuse, &["MYS"], &["THA"]),
        "{}",
        show(&ev)
    );
}

#[test]
fn consequences_warned_of_and_strong_concern_name_their_parties() {
    let ev = code(
        "Seoul warned Pyongyang on Tuesday of grave consequences.\n\nChina is strongly concerned about the Philippine patrols, the foreign ministry said.",
        Some("2024-05-02"),
    );
    assert!(
        ev.iter().any(|e| e.event_type == EventType::Threaten
            && codes(&e.actor) == ["KOR"]
            && codes(&e.recipient) == ["PRK"]
            && e.trigger.contains("consequences"))
            && has(&ev, EventType::Accuse, &["CHN"], &["PHL"]),
        "{}",
        show(&ev)
    );
}

#[test]
fn ships_struck_are_attacked_and_an_ended_truce_is_no_ceasefire() {
    let ev = code(
        "Ukraine struck two Russian warships near Sevastopol overnight.",
        Some("2024-03-05"),
    );
    assert!(
        find(&ev, EventType::Assault, &["UKR"], &["RUS"]).is_some(),
        "{}",
        show(&ev)
    );
    let ev = code(
        "Azerbaijan ended its truce with Armenia on Friday.",
        Some("2024-03-05"),
    );
    assert!(
        ev.iter().all(|e| e.event_type != EventType::Retreat),
        "{}",
        show(&ev)
    );
}

#[test]
fn troops_moved_towards_a_state_or_arriving_in_one_are_a_mobilisation() {
    let ev = code(
        "Turkey has moved hundreds of troops closer to its border with Syria.",
        Some("2019-10-08"),
    );
    let mobilize = of_type(&ev, EventType::Mobilize);
    assert_eq!(mobilize.len(), 1, "{}", show(&ev));
    assert_eq!(codes(&mobilize[0].actor), ["TUR"], "{}", show(&ev));
    assert_eq!(codes(&mobilize[0].recipient), ["SYR"], "{}", show(&ev));

    let ev = code(
        "Rwandan troops began arriving in Mozambique on Friday.",
        Some("2021-07-10"),
    );
    let mobilize = of_type(&ev, EventType::Mobilize);
    assert_eq!(mobilize.len(), 1, "{}", show(&ev));
    assert_eq!(codes(&mobilize[0].actor), ["RWA"], "{}", show(&ev));
    assert_eq!(codes(&mobilize[0].recipient), ["MOZ"], "{}", show(&ev));
    assert!(of_type(&ev, EventType::Consult).is_empty(), "{}", show(&ev));
}

#[test]
fn forces_arriving_in_the_country_arrive_in_the_state_named_before() {
    let ev = code(
        "Mozambique has fought an insurgency in the north since 2017.\n\nRwandan troops began arriving in the country on Friday.",
        Some("2021-07-10"),
    );
    let mobilize = of_type(&ev, EventType::Mobilize);
    assert_eq!(mobilize.len(), 1, "{}", show(&ev));
    assert_eq!(codes(&mobilize[0].recipient), ["MOZ"], "{}", show(&ev));
    // the speaker's "the country's" is no reference to the state named before
    let ev = code(
        "Ukraine thanked Japan for its support, and Zelensky said the country's defence would hold.",
        Some("2023-03-21"),
    );
    assert!(
        ev.iter().all(|e| codes(&e.actor) != ["JPN"]),
        "{}",
        show(&ev)
    );
}
