//! End-to-end behaviour of the coding stages on sentences written for these tests, in the
//! styles of several governments' readouts and of wire stories.

mod common;

use common::{code, coder, codes, doc, find, show};
use readout_coder::Coder;
use readout_kb::KnowledgeBase;
use readout_model::{Aux, EventType};
use std::sync::Arc;

#[test]
fn phone_call_with_initiator_from_the_latter() {
    let ev = code(
        "Secretary Blinken's Call with Indian External Affairs Minister Jaishankar\n\nOn March 2, 2023, Secretary of State Antony Blinken spoke by phone with Indian External Affairs Minister Subrahmanyam Jaishankar at the latter's request.\n",
        None,
    );
    let e = ev
        .iter()
        .find(|e| e.event_type == EventType::Consult && e.initiator.is_some())
        .unwrap_or_else(|| panic!("no CONSULT with initiator:\n{}", show(&ev)));
    assert_eq!(codes(&e.actor), vec!["IND", "USA"]);
    assert!(e.recipient.is_empty(), "a call has no host");
    assert_eq!(e.mode, vec!["phone"]);
    assert_eq!(e.initiator.as_deref(), Some("IND"));
    assert_eq!(e.date.map(|d| d.to_string()).as_deref(), Some("2023-03-02"));
}

#[test]
fn pronoun_and_intention_after_a_visit() {
    let ev = code(
        "Lavrov meets Wang Yi\n\nForeign Minister Sergey Lavrov met Chinese Foreign Minister Wang Yi in Moscow. He said that Russia is ready to expand cooperation with China.\n",
        Some("2022-03-30"),
    );
    let visit = ev
        .iter()
        .find(|e| e.event_type == EventType::Consult && e.mode.iter().any(|m| m == "visit"))
        .unwrap_or_else(|| panic!("no visit:\n{}", show(&ev)));
    assert_eq!(codes(&visit.actor), vec!["CHN"], "the visitor acts");
    assert_eq!(codes(&visit.recipient), vec!["RUS"], "the host receives");
    let agree = find(&ev, EventType::Agree, &["RUS"], &["CHN"])
        .unwrap_or_else(|| panic!("no AGREE RUS→CHN:\n{}", show(&ev)));
    assert_eq!(
        agree.date.map(|d| d.to_string()).as_deref(),
        Some("2022-03-30"),
        "statements are dated when made"
    );
    assert_eq!(agree.speaker.as_ref().map(|s| s.code.as_str()), Some("RUS"));
}

#[test]
fn obligations_are_requests_to_others_and_proposals_for_both_sides() {
    let ev = code(
        "Wang Yi speaks with Blinken\n\nWang Yi spoke with US Secretary of State Blinken. Wang Yi said, the US should stop interfering in China's internal affairs. Wang Yi said that the two sides should deepen cooperation on climate change.\n",
        Some("2021-06-11"),
    );
    let req = find(&ev, EventType::Request, &["CHN"], &["USA"])
        .unwrap_or_else(|| panic!("no REQUEST CHN→USA:\n{}", show(&ev)));
    assert_eq!(req.mode, vec!["change"]);
    assert!(
        find(&ev, EventType::Agree, &["CHN"], &["USA"]).is_some(),
        "both sides should … is China's proposal:\n{}",
        show(&ev)
    );
    assert!(find(&ev, EventType::Request, &["CHN"], &["CHN"]).is_none());
}

#[test]
fn compound_subjects_act_together() {
    let ev = code(
        "India and Japan agreed to expand cooperation in semiconductors.\n",
        Some("2023-05-20"),
    );
    let e = find(&ev, EventType::Agree, &["IND", "JPN"], &[])
        .unwrap_or_else(|| panic!("{}", show(&ev)));
    assert_eq!(e.actor.len(), 2, "one event, not one per member");
    assert_eq!(
        ev.iter()
            .filter(|e| e.event_type == EventType::Agree)
            .count(),
        1,
        "{}",
        show(&ev)
    );
}

#[test]
fn promises_become_agree_and_negations_are_flagged() {
    let ev = code(
        "Germany will provide humanitarian aid to Syria.\n",
        Some("2023-02-08"),
    );
    assert!(
        find(&ev, EventType::Agree, &["DEU"], &["SYR"]).is_some(),
        "{}",
        show(&ev)
    );
    assert!(
        ev.iter().all(|e| e.event_type != EventType::Aid),
        "a promise is not the aid itself"
    );
    let ev = code("France did not sign the agreement with Italy.\n", None);
    assert!(
        ev.iter().any(|e| e.aux == Some(Aux::Negated)),
        "{}",
        show(&ev)
    );
}

#[test]
fn recalled_acts_are_historical_with_their_own_date() {
    let ev = code(
        "Wang Yi speaks with Cavusoglu\n\nOn December 14, 2020, Wang Yi had a phone conversation with Turkish Foreign Minister Mevlut Cavusoglu. Wang Yi said that since the beginning of this year, China and Turkey have worked together to fight the pandemic.\n",
        None,
    );
    let e = ev
        .iter()
        .find(|e| e.aux == Some(Aux::Historical) && codes(&e.actor) == ["CHN", "TUR"])
        .unwrap_or_else(|| panic!("no historical joint act:\n{}", show(&ev)));
    assert_eq!(e.date.map(|d| d.to_string()).as_deref(), Some("2020"));
    let call = ev
        .iter()
        .find(|e| e.event_type == EventType::Consult)
        .expect("the call");
    assert_eq!(call.aux, None, "the reported call itself is not background");
}

#[test]
fn future_meetings_are_agreements_dated_when_announced() {
    let ev = code(
        "Wang Yi spoke with Blinken\n\nOn November 13, 2021, Wang Yi spoke on the phone with US Secretary of State Antony Blinken. Wang Yi said that President Xi Jinping will hold a virtual meeting with President Biden on November 16.\n",
        None,
    );
    let e = find(&ev, EventType::Agree, &["CHN", "USA"], &[])
        .unwrap_or_else(|| panic!("{}", show(&ev)));
    assert_eq!(e.date.map(|d| d.to_string()).as_deref(), Some("2021-11-13"));
}

#[test]
fn summit_margins_in_a_third_country() {
    let ev = code("Xi Jinping met Turkish President Recep Tayyip Erdogan on the sidelines of the CICA summit in Dushanbe.\n", None);
    let e = ev
        .iter()
        .find(|e| e.event_type == EventType::Consult)
        .unwrap_or_else(|| panic!("{}", show(&ev)));
    assert_eq!(codes(&e.actor), vec!["CHN", "TUR"]);
    assert!(e.mode.iter().any(|m| m == "multilateral"), "{:?}", e.mode);
    assert!(e.mode.iter().any(|m| m == "third-party"), "{:?}", e.mode);
    assert_eq!(e.date, None, "no document date and no expression");
}

#[test]
fn wire_sentences_of_material_conflict() {
    let ev = code(
        "The EU imposed sanctions on Iran over its nuclear programme.\n\nPolice arrested dozens of protesters in Minsk.\n\nThe UK recalled its ambassador from Moscow.\n",
        Some("2022-10-10"),
    );
    assert!(
        find(&ev, EventType::Sanction, &["EU"], &["IRN"]).is_some(),
        "{}",
        show(&ev)
    );
    let arrest = ev
        .iter()
        .find(|e| e.event_type == EventType::Coerce)
        .unwrap_or_else(|| panic!("{}", show(&ev)));
    assert_eq!(codes(&arrest.actor), vec!["BLR"]);
    assert_eq!(arrest.actor[0].sector.as_deref(), Some("COP"));
    assert!(
        find(&ev, EventType::Sanction, &["GBR"], &["RUS"]).is_some(),
        "recall from a capital:\n{}",
        show(&ev)
    );
}

#[test]
fn accusations_need_a_direct_target() {
    let ev = code("Kyrgyzstan opposes any interference in China's internal affairs.\n\nJapan condemned North Korea's missile launch.\n", None);
    assert!(
        find(&ev, EventType::Reject, &["KGZ"], &["CHN"]).is_none(),
        "China is not the target:\n{}",
        show(&ev)
    );
    assert!(
        find(&ev, EventType::Accuse, &["JPN"], &["PRK"]).is_some(),
        "{}",
        show(&ev)
    );
}

#[test]
fn hopes_that_others_act_are_requests_and_swallow_the_hoped_act() {
    let ev = code(
        "China and Kyrgyzstan\n\nWang Yi spoke with Kyrgyz Foreign Minister Ruslan Kazakbaev. China hopes that the Kyrgyz side will protect the rights of Chinese enterprises.\n",
        Some("2020-11-16"),
    );
    assert!(
        find(&ev, EventType::Request, &["CHN"], &["KGZ"]).is_some(),
        "{}",
        show(&ev)
    );
    assert!(
        ev.iter().all(|e| codes(&e.actor) != ["KGZ"]),
        "the hoped-for act is not Kyrgyzstan's:\n{}",
        show(&ev)
    );
}

#[test]
fn explanations_say_why_triggers_were_rejected() {
    let (_, ex) = coder().explain(&doc("Turkey opposes terrorism in all its forms.\n", None));
    let text = ex.to_string();
    assert!(text.contains("rejected"), "{text}");
    assert!(text.contains("TUR"), "mentions are listed: {text}");
    let json = serde_json::to_string(&ex).expect("explanation serialises");
    assert!(json.contains("\"decisions\""));
}

#[test]
fn event_records_are_complete() {
    let d = doc(
        "Japan praised South Korea for its decision.\n",
        Some("2023-03-07"),
    );
    let ev = coder().code(&d);
    let e = find(&ev, EventType::Support, &["JPN"], &["KOR"])
        .unwrap_or_else(|| panic!("{}", show(&ev)));
    assert_eq!(e.id, "t#1");
    assert_eq!(d.slice(e.span), e.sentence, "the span is the evidence");
    assert!(e.score > 0.0);
    assert!(!e.cameo.is_empty());
    assert_eq!(e.date.map(|d| d.to_string()).as_deref(), Some("2023-03-07"));
}

#[test]
fn passive_voice_takes_the_agent_and_never_invents_one() {
    let ev = code("Iran was sanctioned by the European Union on Monday.\n\nThree activists were arrested in Tehran.\n\nA soldier was killed near the border.\n", Some("2023-01-20"));
    assert!(
        find(&ev, EventType::Sanction, &["EU"], &["IRN"]).is_some(),
        "{}",
        show(&ev)
    );
    // people arrested with no agent named: their own state's authorities
    let arrest =
        find(&ev, EventType::Coerce, &["IRN"], &["IRN"]).unwrap_or_else(|| panic!("{}", show(&ev)));
    assert_eq!(arrest.actor[0].sector.as_deref(), Some("GOV"));
    assert_eq!(arrest.recipient[0].sector.as_deref(), Some("CVL"));
    assert!(
        ev.iter().all(|e| e.event_type != EventType::Assault),
        "no agent, no attacker invented:\n{}",
        show(&ev)
    );
}

#[test]
fn hosts_receive_their_visitors() {
    let ev = code(
        "China hosted Brazilian President Lula in Beijing.\n",
        Some("2023-04-14"),
    );
    let e = find(&ev, EventType::Consult, &["BRA"], &["CHN"])
        .unwrap_or_else(|| panic!("{}", show(&ev)));
    assert!(e.mode.iter().any(|m| m == "visit"));
    assert_eq!(e.location.as_deref(), Some("Beijing"));
}

#[test]
fn relative_clauses_keep_their_own_subject() {
    let ev = code(
        "Turkey will strictly abide by the resolutions which designated terrorist organizations.\n",
        Some("2020-12-14"),
    );
    assert!(
        ev.iter().all(|e| e.event_type != EventType::Sanction),
        "the resolutions designated, not Turkey:\n{}",
        show(&ev)
    );
}

#[test]
fn readout_paragraphs_carry_the_speaker_but_wire_stories_do_not() {
    let ev = code(
        "Wang Yi meets Pakistani Foreign Minister\n\nWang Yi met Pakistani Foreign Minister Bilawal Bhutto Zardari. Wang Yi said that China firmly supports Pakistan. China is ready to deepen cooperation with Pakistan.\n",
        Some("2023-05-06"),
    );
    let e =
        find(&ev, EventType::Agree, &["CHN"], &["PAK"]).unwrap_or_else(|| panic!("{}", show(&ev)));
    assert_eq!(
        e.speaker.as_ref().map(|s| s.code.as_str()),
        Some("CHN"),
        "the paragraph is still Wang Yi's statement"
    );
    let ev = code(
        "Russian missiles hit Kyiv, Ukrainian officials said. President Volodymyr Zelenskiy accused Russia of terror.\n",
        Some("2022-10-10"),
    );
    let e =
        find(&ev, EventType::Accuse, &["UKR"], &["RUS"]).unwrap_or_else(|| panic!("{}", show(&ev)));
    assert!(
        e.speaker.is_none(),
        "a new subject ends the reported statement: {:?}",
        e.speaker
    );
}

#[test]
fn the_coder_can_be_shared_across_threads() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Coder>();
    let d = doc("Japan praised South Korea for its decision.\n", None);
    let n = std::thread::scope(|s| {
        let h: Vec<_> = (0..2).map(|_| s.spawn(|| coder().code(&d).len())).collect();
        h.into_iter()
            .map(|h| h.join().expect("thread"))
            .collect::<Vec<_>>()
    });
    assert_eq!(n[0], n[1]);
}

#[test]
fn user_lexicon_files_extend_the_coder() {
    let dir = std::env::temp_dir().join(format!("readout-coder-extra-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let triggers = dir.join("mine.tsv");
    std::fs::write(
        &triggers,
        "pattern\ttype\tmode\tcameo\trole\tflags\nfrobnicated\tASSAULT\t-\t-\tobject\n",
    )
    .expect("write");
    let issues = dir.join("extra-issues.tsv");
    std::fs::write(
        &issues,
        "issue\tcontexts\tpattern\nWidget dispute\teconomic\twidget*\n",
    )
    .expect("write");
    let kb = Arc::new(KnowledgeBase::builtin().expect("kb"));
    let coder = Coder::with_extras(kb, &[triggers, issues]).expect("extras load");
    let ev = coder.code(&doc(
        "Chile frobnicated Peru over widgets.\n",
        Some("2024-01-02"),
    ));
    let e = find(&ev, EventType::Assault, &["CHL"], &["PER"])
        .unwrap_or_else(|| panic!("{}", show(&ev)));
    assert!(
        e.issues.iter().any(|i| i == "Widget dispute"),
        "{:?}",
        e.issues
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_dateline_city_is_never_an_actor() {
    let ev = code(
        "NAIROBI, May 2 (Reuters) \u{2014} The African Union on Tuesday suspended Mali from all its activities.",
        Some("2023-05-02"),
    );
    assert!(
        ev.iter().all(|e| !codes(&e.actor).contains(&"KEN")),
        "{}",
        show(&ev)
    );
}

#[test]
fn police_against_protesters_of_the_same_state_is_coded() {
    let ev = code(
        "Police arrested dozens of protesters in Minsk on Sunday.",
        Some("2020-08-10"),
    );
    assert!(
        find(&ev, EventType::Coerce, &["BLR"], &["BLR"]).is_some(),
        "{}",
        show(&ev)
    );
}

#[test]
fn protesters_with_no_target_protest_against_their_government() {
    let ev = code(
        "BOGOTA, May 5 (wire) \u{2014} Colombia's president spoke on Monday.\n\nProtesters blocked roads in Cali for a fifth day.",
        Some("2021-05-05"),
    );
    assert!(
        find(&ev, EventType::Protest, &["COL"], &["COL"]).is_some(),
        "{}",
        show(&ev)
    );
}

#[test]
fn the_caller_of_a_phone_call_is_its_initiator() {
    let ev = code(
        "Kenyan President William Ruto received a phone call from German Chancellor Olaf Scholz on Monday.",
        Some("2023-05-08"),
    );
    let call = ev
        .iter()
        .find(|e| e.event_type == EventType::Consult)
        .unwrap_or_else(|| panic!("{}", show(&ev)));
    assert_eq!(call.initiator.as_deref(), Some("DEU"), "{}", show(&ev));
}

#[test]
fn a_condemned_attack_keeps_its_own_agent() {
    let ev = code(
        "The Foreign Minister said that Canada condemns in the strongest terms Russia's missile attack on Ukraine last night.",
        Some("2023-03-10"),
    );
    assert!(
        find(&ev, EventType::Assault, &["RUS"], &["UKR"]).is_some(),
        "{}",
        show(&ev)
    );
    assert!(
        find(&ev, EventType::Accuse, &["CAN"], &["RUS"]).is_some(),
        "{}",
        show(&ev)
    );
}

#[test]
fn an_announced_expulsion_is_a_sanction_not_a_threat() {
    let ev = code(
        "Canada will expel four Chinese diplomats, the foreign minister said on Monday.",
        Some("2023-05-08"),
    );
    assert!(
        ev.iter()
            .any(|e| e.event_type == EventType::Sanction && codes(&e.actor) == ["CAN"]),
        "{}",
        show(&ev)
    );
    assert!(
        ev.iter().all(|e| e.event_type != EventType::Threaten),
        "{}",
        show(&ev)
    );
}

#[test]
fn a_threatened_subject_is_the_target_of_the_speaker() {
    let ev = code(
        "Iran's foreign ministry said that Britain will pay a heavy price for the seizure.",
        Some("2024-05-02"),
    );
    assert!(
        find(&ev, EventType::Threaten, &["IRN"], &["GBR"]).is_some(),
        "{}",
        show(&ev)
    );
    assert!(
        find(&ev, EventType::Threaten, &["GBR"], &[]).is_none(),
        "{}",
        show(&ev)
    );
}

#[test]
fn an_announced_sanction_stays_a_sanction() {
    let ev = code(
        "Canada will impose sanctions on Belarus over the crackdown.",
        Some("2024-05-02"),
    );
    assert!(
        find(&ev, EventType::Sanction, &["CAN"], &["BLR"]).is_some(),
        "{}",
        show(&ev)
    );
    assert!(
        !ev.iter().any(|e| e.event_type == EventType::Threaten),
        "{}",
        show(&ev)
    );
}

#[test]
fn a_city_is_a_place_never_an_actor() {
    let ev = code(
        "Japan and Kenya held talks in Mombasa on Monday.",
        Some("2024-05-06"),
    );
    assert!(
        ev.iter().all(|e| e
            .actor
            .iter()
            .chain(&e.recipient)
            .all(|a| a.text != "Mombasa")),
        "{}",
        show(&ev)
    );
    assert!(
        find(&ev, EventType::Consult, &["JPN", "KEN"], &[]).is_some(),
        "{}",
        show(&ev)
    );
}

/// A sentence, the type, actor and target codes (sorted) and mode it must give.
type Case = (
    &'static str,
    EventType,
    &'static [&'static str],
    &'static [&'static str],
    Option<&'static str>,
);

/// One news sentence per PLOVER type, written for this test: the type, the actor and target
/// codes (sorted) and, where the sentence says how, the mode.
#[test]
fn every_plover_type_from_a_plain_news_sentence() {
    let cases: &[Case] = &[
        (
            "Ethiopia and Eritrea agreed to reopen their border crossings.",
            EventType::Agree,
            &["ERI", "ETH"],
            &[],
            None,
        ),
        (
            "India and Pakistan held talks in Islamabad on Monday.",
            EventType::Consult,
            &["IND"],
            &["PAK"],
            Some("visit"),
        ),
        (
            "French President Emmanuel Macron visited Morocco on Monday.",
            EventType::Consult,
            &["FRA"],
            &["MAR"],
            Some("visit"),
        ),
        (
            "Saudi Arabia praised Egypt for its mediation efforts.",
            EventType::Support,
            &["SAU"],
            &["EGY"],
            None,
        ),
        (
            "South Korea lifted sanctions on North Korean shipping companies.",
            EventType::Concede,
            &["KOR"],
            &["PRK"],
            None,
        ),
        (
            "Australia and India signed a free trade agreement.",
            EventType::Support,
            &["AUS", "IND"],
            &[],
            None,
        ),
        (
            "The World Bank approved a $300 million loan to Ghana.",
            EventType::Aid,
            &["WB"],
            &["GHA"],
            None,
        ),
        (
            "Armenia released 15 Azerbaijani soldiers on Thursday.",
            EventType::Retreat,
            &["ARM"],
            &["AZE"],
            Some("release"),
        ),
        (
            "Germany urged Israel to allow more aid into Gaza.",
            EventType::Request,
            &["DEU"],
            &["ISR"],
            None,
        ),
        (
            "The United States accused Iran of supplying drones to Russia.",
            EventType::Accuse,
            &["USA"],
            &["IRN"],
            None,
        ),
        (
            "Iran rejected a proposal by the European Union to resume nuclear talks.",
            EventType::Reject,
            &["IRN"],
            &["EU"],
            None,
        ),
        (
            "Turkey threatened to launch a new military operation against Kurdish militants in Syria.",
            EventType::Threaten,
            &["TUR"],
            &["SYR"],
            None,
        ),
        (
            "Hundreds of students staged a sit-in outside the education ministry in Dhaka.",
            EventType::Protest,
            &["BGD"],
            &["BGD"],
            Some("demo"),
        ),
        (
            "The Netherlands expelled two Russian intelligence officers.",
            EventType::Sanction,
            &["NLD"],
            &["RUS"],
            Some("expel"),
        ),
        (
            "Poland sent 200 soldiers to Lithuania to help guard the border.",
            EventType::Mobilize,
            &["POL"],
            &["LTU"],
            Some("troops"),
        ),
        (
            "Vietnamese authorities arrested a blogger on charges of anti-state propaganda.",
            EventType::Coerce,
            &["VNM"],
            &["VNM"],
            Some("arrest"),
        ),
        (
            "Azerbaijani forces shelled Armenian positions near the border.",
            EventType::Assault,
            &["AZE"],
            &["ARM"],
            Some("heavy-weapons"),
        ),
    ];
    let mut failures = Vec::new();
    for (text, ty, actor, recipient, mode) in cases {
        let ev = code(text, Some("2024-03-05"));
        match find(&ev, *ty, actor, recipient) {
            Some(e) if mode.is_none_or(|m| e.mode.iter().any(|x| x == m)) => {}
            _ => failures.push(format!(
                "{text}\n  want {ty} {actor:?}→{recipient:?} {mode:?}\n  got {}",
                show(&ev)
            )),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_missile_test_is_no_attack_and_a_launch_condemned_is_its_authors() {
    let ev = code(
        "SEOUL (wire) — North Korea test-fired a ballistic missile into the sea on Sunday. South Korea condemned the launch as a provocation.",
        Some("2024-03-10"),
    );
    assert!(
        find(&ev, EventType::Mobilize, &["PRK"], &[]).is_some(),
        "{}",
        show(&ev)
    );
    assert!(
        ev.iter().all(|e| e.event_type != EventType::Assault),
        "{}",
        show(&ev)
    );
    assert!(
        find(&ev, EventType::Accuse, &["KOR"], &["PRK"]).is_some(),
        "{}",
        show(&ev)
    );
}

#[test]
fn people_named_earlier_are_found_by_surname_and_keep_their_office() {
    let ev = code(
        "Foreign Minister Annalena Baerbock travelled to Beijing for talks with her Chinese counterpart Qin Gang.\n\nQin rejected the criticism. Baerbock urged China to use its influence on Russia.\n",
        None,
    );
    assert!(
        find(&ev, EventType::Reject, &["CHN"], &["DEU"]).is_some(),
        "{}",
        show(&ev)
    );
    assert!(
        find(&ev, EventType::Request, &["DEU"], &["CHN"]).is_some(),
        "a bare surname keeps the office the text gave: {}",
        show(&ev)
    );
}

#[test]
fn plural_references_and_the_caller() {
    let ev = code(
        "Turkish Foreign Minister Hakan Fidan received a phone call today from Egyptian Foreign Minister Sameh Shoukry.\n\nThe two discussed the situation in Gaza.\n\nThe foreign ministers of Turkey, Egypt and Jordan later met in Ankara. The three ministers agreed to coordinate their efforts.\n",
        Some("2024-01-15"),
    );
    let call = find(&ev, EventType::Consult, &["EGY", "TUR"], &[])
        .unwrap_or_else(|| panic!("{}", show(&ev)));
    assert_eq!(call.initiator.as_deref(), Some("EGY"), "{}", show(&ev));
    assert!(
        find(&ev, EventType::Agree, &["EGY", "JOR", "TUR"], &[]).is_some(),
        "{}",
        show(&ev)
    );
}

#[test]
fn a_second_that_clause_and_a_relative_clause_are_events_of_their_own() {
    let ev = code(
        "Foreign Secretary James Cleverly said that Iran must stop its attacks and that Britain would continue to support Israel's security.\n\nPolice in Minsk detained protesters who took to the streets.\n",
        Some("2023-10-10"),
    );
    assert!(
        find(&ev, EventType::Request, &["GBR"], &["IRN"]).is_some(),
        "{}",
        show(&ev)
    );
    assert!(
        ev.iter().any(|e| codes(&e.actor) == ["GBR"]
            && codes(&e.recipient) == ["ISR"]
            && matches!(e.event_type, EventType::Support | EventType::Agree)),
        "{}",
        show(&ev)
    );
    assert!(
        find(&ev, EventType::Protest, &["BLR"], &["BLR"]).is_some(),
        "{}",
        show(&ev)
    );
}

#[test]
fn passives_truces_and_organisations_named_again() {
    let ev = code(
        "Sanctions were imposed on Belarus by the European Union on Monday.\n\nA ceasefire between Israel and Hezbollah took effect on Wednesday.\n\nNATO Secretary General Jens Stoltenberg said the alliance would continue to support Ukraine.\n\nMyanmar's junta released more than 2,000 political prisoners on Wednesday.\n\nKyiv did not claim responsibility for the attack.\n",
        Some("2023-05-12"),
    );
    assert!(
        find(&ev, EventType::Sanction, &["EU"], &["BLR"]).is_some(),
        "{}",
        show(&ev)
    );
    assert!(
        ev.iter().any(|e| e.event_type == EventType::Retreat
            && codes(&e.actor) == ["ISR", "LBN"]
            && e.mode.iter().any(|m| m == "ceasefire")),
        "{}",
        show(&ev)
    );
    assert!(
        find(&ev, EventType::Agree, &["NATO"], &["UKR"]).is_some(),
        "{}",
        show(&ev)
    );
    assert!(
        find(&ev, EventType::Retreat, &["MMR"], &[]).is_some(),
        "{}",
        show(&ev)
    );
    assert!(
        ev.iter().all(|e| e.event_type != EventType::Assault),
        "claiming responsibility is no attack: {}",
        show(&ev)
    );
}

#[test]
fn groups_named_by_their_members_and_shared_praise_of_joint_acts() {
    let ev = code(
        "Earlier in the day, the G7 Foreign Ministers - Foreign Minister Joly, Secretary of State Blinken and Foreign Minister Baerbock - met in Capri and adopted a joint statement.\n\nThe two countries welcomed the joint naval exercises held last month.\n\nMinister Joly raised the detention of Canadian citizens, and Minister Baerbock expressed her support.\n",
        Some("2024-04-18"),
    );
    assert!(
        ev.iter().any(|e| e.event_type == EventType::Consult
            && codes(&e.actor) == ["CAN", "DEU", "USA"]),
        "{}",
        show(&ev)
    );
    assert!(
        ev.iter().any(|e| e.event_type == EventType::Support
            && codes(&e.actor) == ["CAN", "DEU", "USA"]
            && e.recipient.is_empty()),
        "{}",
        show(&ev)
    );
    assert!(
        ev.iter()
            .any(|e| e.event_type == EventType::Support && codes(&e.actor) == ["DEU"]),
        "a new clause's titled subject acts: {}",
        show(&ev)
    );
}

#[test]
fn marches_through_a_city_and_threats_against_a_place() {
    // "through Paris" places the march: the farmers are French civilians, not Paris acting
    let ev = code(
        "Thousands of farmers marched through Paris on Sunday to protest against new EU rules.",
        Some("2024-03-05"),
    );
    let demo =
        find(&ev, EventType::Protest, &["FRA"], &["EU"]).unwrap_or_else(|| panic!("{}", show(&ev)));
    assert_eq!(
        demo.actor[0].sector.as_deref(),
        Some("CVL"),
        "{}",
        show(&ev)
    );
    assert_eq!(
        demo.date.map(|d| d.to_string()).as_deref(),
        Some("2024-03-03")
    );
    // a threatened operation "in northern Syria" threatens Syria
    let ev = code(
        "Turkey threatened to launch a new military operation in northern Syria.",
        Some("2024-03-05"),
    );
    assert!(
        find(&ev, EventType::Threaten, &["TUR"], &["SYR"]).is_some(),
        "{}",
        show(&ev)
    );
    // the threatener's own territory is no target
    let ev = code(
        "Iran threatened to hold large military drills in Iran next month.",
        Some("2024-03-05"),
    );
    assert!(
        ev.iter()
            .all(|e| !(e.event_type == EventType::Threaten && codes(&e.recipient) == ["IRN"])),
        "{}",
        show(&ev)
    );
}

#[test]
fn strikes_by_workers_and_attacks_claimed_by_a_group() {
    let ev = code(
        "Dockworkers in Belgium went on strike over pension reform.",
        Some("2024-05-10"),
    );
    let strike = ev
        .iter()
        .find(|e| e.event_type == EventType::Protest && codes(&e.actor) == ["BEL"])
        .unwrap_or_else(|| panic!("{}", show(&ev)));
    assert_eq!(strike.mode, vec!["strike"], "{}", show(&ev));
    assert_eq!(
        strike.actor[0].sector.as_deref(),
        Some("LAB"),
        "{}",
        show(&ev)
    );
    // the group that claimed responsibility carried out the attack
    let ev = code(
        "A suicide bomber killed 12 people at a market in Mogadishu, and al-Shabaab claimed responsibility.",
        Some("2024-05-10"),
    );
    let attack = ev
        .iter()
        .find(|e| e.event_type == EventType::Assault)
        .unwrap_or_else(|| panic!("{}", show(&ev)));
    assert_eq!(codes(&attack.actor), ["SOM"], "{}", show(&ev));
    assert_eq!(
        attack.actor[0].sector.as_deref(),
        Some("REB"),
        "{}",
        show(&ev)
    );
    // claiming a victory is not claiming an attack
    let ev = code(
        "Rebels killed three soldiers near Goma, and the army claimed a victory.",
        Some("2024-05-10"),
    );
    assert!(
        ev.iter()
            .filter(|e| e.event_type == EventType::Assault)
            .all(|e| e.actor.iter().all(|a| a.sector.as_deref() != Some("MIL"))),
        "{}",
        show(&ev)
    );
}

#[test]
fn organisation_meetings_aid_sources_orders_to_leave_and_hackers() {
    let one = |text: &str| code(text, Some("2024-06-12"));
    // an organisation's own ministerial meeting: the organisation alone, multilateral
    let ev =
        one("Foreign ministers of the G7 met in Capri to discuss the wars in Ukraine and Gaza.");
    let meeting =
        find(&ev, EventType::Consult, &["G7"], &[]).unwrap_or_else(|| panic!("{}", show(&ev)));
    assert!(
        meeting.mode.iter().any(|m| m == "multilateral"),
        "{}",
        show(&ev)
    );
    // nominal aid "from" a state "in" another
    let ev = one("Humanitarian aid from the United Arab Emirates arrived in Sudan on Tuesday.");
    assert!(
        find(&ev, EventType::Aid, &["ARE"], &["SDN"]).is_some(),
        "{}",
        show(&ev)
    );
    // an order to leave expels
    let ev = one("Niger's junta ordered French troops to leave the country.");
    let order = find(&ev, EventType::Sanction, &["NER"], &["FRA"])
        .unwrap_or_else(|| panic!("{}", show(&ev)));
    assert_eq!(order.mode, vec!["expel"], "{}", show(&ev));
    // "Chinese hackers" act for China
    let ev = one("Chinese hackers attacked the computer networks of the Dutch defence ministry.");
    assert!(
        ev.iter()
            .any(|e| e.event_type == EventType::Coerce && codes(&e.actor) == ["CHN"]),
        "{}",
        show(&ev)
    );
}

#[test]
fn warnings_against_acts_and_cases_filed_against_states() {
    let one = |text: &str| code(text, Some("2024-08-20"));
    // the warning is the event; the deployment warned against is not Russia's act
    let ev =
        one("Russia warned the United States against deploying long-range missiles in Germany.");
    assert!(
        find(&ev, EventType::Threaten, &["RUS"], &["USA"]).is_some(),
        "{}",
        show(&ev)
    );
    assert!(
        ev.iter().all(|e| e.event_type != EventType::Mobilize),
        "{}",
        show(&ev)
    );
    // a genocide case is an accusation, not an assault
    let ev = one(
        "South Africa filed a genocide case against Israel at the International Court of Justice.",
    );
    let case =
        find(&ev, EventType::Accuse, &["ZAF"], &["ISR"]).unwrap_or_else(|| panic!("{}", show(&ev)));
    assert_eq!(case.mode, vec!["allege"], "{}", show(&ev));
    assert!(
        ev.iter().all(|e| e.event_type != EventType::Assault),
        "{}",
        show(&ev)
    );
}

#[test]
fn a_sentence_without_topic_cues_takes_its_paragraphs_including_later_sentences() {
    let ev = code(
        "Japan thanked Australia on Monday. The ministers discussed trade, investment and energy supplies.\n\nJapan also thanked New Zealand.\n",
        Some("2024-03-04"),
    );
    let first = find(&ev, EventType::Support, &["JPN"], &["AUS"])
        .unwrap_or_else(|| panic!("{}", show(&ev)));
    assert!(
        first.context.iter().any(|c| c == "economic"),
        "the paragraph's later sentence names trade: {:?}",
        first.context
    );
    let other = find(&ev, EventType::Support, &["JPN"], &["NZL"])
        .unwrap_or_else(|| panic!("{}", show(&ev)));
    assert!(
        !other.context.iter().any(|c| c == "economic"),
        "another paragraph's topics do not leak: {:?}",
        other.context
    );
}

#[test]
fn coordinated_adjectives_name_one_compound_actor() {
    let one = |text: &str| code(text, Some("2023-05-10"));
    let ev = one("Jordanian and Saudi officials held talks in Geneva on Tuesday.");
    let e = find(&ev, EventType::Consult, &["JOR", "SAU"], &[])
        .unwrap_or_else(|| panic!("{}", show(&ev)));
    assert_eq!(e.date.map(|d| d.to_string()).as_deref(), Some("2023-05-09"));
    let ev = one("Indian and Japanese troops held joint military exercises in Rajasthan.");
    assert!(
        find(&ev, EventType::Cooperate, &["IND", "JPN"], &[]).is_some(),
        "{}",
        show(&ev)
    );
}

#[test]
fn a_states_own_people_are_the_target_of_unnamed_coercion() {
    let one = |text: &str| code(text, Some("2022-09-20"));
    // no place named: the arresting state's own people
    let ev = one("Turkish police detained more than 300 people on Monday.");
    let e =
        find(&ev, EventType::Coerce, &["TUR"], &["TUR"]).unwrap_or_else(|| panic!("{}", show(&ev)));
    assert_eq!(e.mode, vec!["arrest"], "{}", show(&ev));
    // censorship and a law restricting rights
    let ev = one("Pakistan blocked access to X, formerly Twitter, on Saturday.");
    let e =
        find(&ev, EventType::Coerce, &["PAK"], &["PAK"]).unwrap_or_else(|| panic!("{}", show(&ev)));
    assert_eq!(e.mode, vec!["censor"], "{}", show(&ev));
    let ev = one("Uganda's parliament passed a law criminalising same-sex relations.");
    assert!(
        find(&ev, EventType::Coerce, &["UGA"], &["UGA"]).is_some(),
        "{}",
        show(&ev)
    );
    // an emergency lifted is a concession to the state's own people
    let ev = one("The Peruvian government lifted the state of emergency in Lima on Friday.");
    assert!(
        find(&ev, EventType::Concede, &["PER"], &["PER"]).is_some(),
        "{}",
        show(&ev)
    );
    // a foreign victim named after the act keeps the act foreign
    let ev = one("Iranian forces seized a Greek oil tanker in the Gulf.");
    assert!(
        ev.iter()
            .all(|e| !(e.event_type == EventType::Coerce && codes(&e.recipient) == ["IRN"])),
        "{}",
        show(&ev)
    );
}

#[test]
fn a_state_adjective_places_a_bare_actor_noun() {
    let one = |text: &str| code(text, Some("2022-11-28"));
    let ev = one("Chilean truckers went on strike over diesel prices.");
    let e = find(&ev, EventType::Protest, &["CHL"], &["CHL"])
        .unwrap_or_else(|| panic!("{}", show(&ev)));
    assert_eq!(e.mode, vec!["strike"], "{}", show(&ev));
    let ev = one("Nigerian students walked out of their lectures in protest at the fee rise.");
    assert!(
        find(&ev, EventType::Protest, &["NGA"], &["NGA"]).is_some(),
        "{}",
        show(&ev)
    );
}

#[test]
fn more_wordings_of_common_acts() {
    let one = |text: &str| code(text, Some("2023-03-14"));
    // "lashed out at": at names the target, not a place
    let ev = one("Beijing lashed out at Canberra over the new security pact.");
    assert!(
        find(&ev, EventType::Accuse, &["CHN"], &["AUS"]).is_some(),
        "{}",
        show(&ev)
    );
    // walking out of talks rejects the other side
    let ev = one("The Sudanese army walked out of negotiations with the RSF in Jeddah.");
    assert!(
        ev.iter().any(|e| e.event_type == EventType::Reject),
        "{}",
        show(&ev)
    );
    // a threat told as what the other side will face
    let ev = one("Azerbaijan's defence ministry said Armenia would face a decisive response.");
    assert!(
        find(&ev, EventType::Threaten, &["AZE"], &["ARM"]).is_some(),
        "{}",
        show(&ev)
    );
    // the one-China policy is support for China
    let ev = one("Nicaragua said it firmly adheres to the one-China principle.");
    assert!(
        find(&ev, EventType::Support, &["NIC"], &["CHN"]).is_some(),
        "{}",
        show(&ev)
    );
    // arms handed over
    let ev = one("Poland handed over 14 Leopard tanks to Ukraine on Friday.");
    assert!(
        find(&ev, EventType::Cooperate, &["POL"], &["UKR"]).is_some(),
        "{}",
        show(&ev)
    );
    // a resignation has no recipient in the country the leader fled to
    let ev = one("Sri Lanka's president resigned and fled to Singapore.");
    let e = ev
        .iter()
        .find(|e| e.event_type == EventType::Retreat)
        .unwrap_or_else(|| panic!("{}", show(&ev)));
    assert!(
        codes(&e.recipient).iter().all(|c| *c != "SGP"),
        "{}",
        show(&ev)
    );
    // "the United States withdrew": an irregular past tense after a name
    let ev = one("The United States withdrew its remaining troops from Niger.");
    assert!(
        find(&ev, EventType::Retreat, &["USA"], &["NER"]).is_some(),
        "{}",
        show(&ev)
    );
    // the act demanded of the addressee is part of the demand
    let ev = one("NATO demanded that Belarus pull its troops back from the Polish border.");
    assert!(
        find(&ev, EventType::Request, &["NATO"], &["BLR"]).is_some(),
        "{}",
        show(&ev)
    );
    assert!(
        ev.iter().all(|e| e.event_type != EventType::Retreat),
        "{}",
        show(&ev)
    );
    // jets striking targets are an air attack
    let ev = one("Turkish jets struck targets in northern Iraq overnight.");
    let e = find(&ev, EventType::Assault, &["TUR"], &["IRQ"])
        .unwrap_or_else(|| panic!("{}", show(&ev)));
    assert_eq!(e.mode, vec!["aerial"], "{}", show(&ev));
}

#[test]
fn acts_dated_relative_to_another_and_weekdays_of_other_clauses() {
    // "two days after": the act is dated from the main clause's day
    let ev = code(
        "NIAMEY, Aug 2, 2023 (wire) - ECOWAS on Sunday suspended Niger from the bloc, three days after the army detained President Mohamed Bazoum.",
        None,
    );
    let e =
        find(&ev, EventType::Coerce, &["NER"], &["NER"]).unwrap_or_else(|| panic!("{}", show(&ev)));
    assert_eq!(
        e.date.map(|d| d.to_string()).as_deref(),
        Some("2023-07-27"),
        "{}",
        show(&ev)
    );
    // a meeting scheduled for later does not move the day of the request
    let ev = code(
        "France on Monday requested an emergency meeting of the U.N. Security Council, which is scheduled for Thursday.",
        Some("2023-08-02"),
    );
    let e = ev
        .iter()
        .find(|e| e.event_type == EventType::Request)
        .unwrap_or_else(|| panic!("{}", show(&ev)));
    assert_eq!(
        e.date.map(|d| d.to_string()).as_deref(),
        Some("2023-07-31"),
        "{}",
        show(&ev)
    );
}

#[test]
fn wire_stories_from_a_foreign_bureau_and_their_unnamed_actors() {
    // a foreign dateline gives way to the state the sentence names; "(AP)" is no place
    let ev = code(
        "BEIRUT, May 4, 2021 (AP) - Protests over fuel prices in Syria's south spread on Tuesday, and police arrested dozens of demonstrators.",
        None,
    );
    assert!(
        find(&ev, EventType::Coerce, &["SYR"], &["SYR"]).is_some(),
        "{}",
        show(&ev)
    );
    // "declared" followed by its object is no speech verb
    let ev = code(
        "LIMA, Dec 14, 2022 (Reuters) - Peru's government declared a state of emergency on Wednesday.",
        None,
    );
    let e =
        find(&ev, EventType::Coerce, &["PER"], &["PER"]).unwrap_or_else(|| panic!("{}", show(&ev)));
    assert_eq!(e.mode, vec!["martial-law"], "{}", show(&ev));
    // a city's name between a title and a surname is a person's first name
    let ev = code(
        "Interior Minister Colombo Fernando ordered the deployment of riot police in Kandy.",
        Some("2022-04-02"),
    );
    assert!(
        ev.iter()
            .all(|e| e.actor.iter().all(|a| a.text != "Colombo")),
        "{}",
        show(&ev)
    );
    // the junta of the story's country
    let ev = code(
        "BAMAKO, Feb 2, 2022 (Reuters) - Mali expelled the French ambassador on Monday.\n\nThe junta accused France of seeking to divide the country.",
        None,
    );
    assert!(
        find(&ev, EventType::Accuse, &["MLI"], &["FRA"]).is_some(),
        "{}",
        show(&ev)
    );
}

#[test]
fn threats_concessions_and_deployments_at_home_and_at_the_border() {
    let one = |text: &str| code(text, Some("2024-02-02"));
    let ev = one("Prime Minister Ulf Kristersson vowed a tough response to the riots.");
    assert!(
        ev.iter().any(|e| e.event_type == EventType::Threaten),
        "{}",
        show(&ev)
    );
    let ev = one("The Spanish government caved in to the truckers' demands on Thursday.");
    assert!(
        find(&ev, EventType::Concede, &["ESP"], &["ESP"]).is_some(),
        "{}",
        show(&ev)
    );
    let ev = one("The Greek interior minister deployed 2,000 police officers in Athens.");
    let e = find(&ev, EventType::Mobilize, &["GRC"], &["GRC"])
        .unwrap_or_else(|| panic!("{}", show(&ev)));
    assert_eq!(e.mode, vec!["police"], "{}", show(&ev));
    let ev = code(
        "Lithuania accuses Belarus of pushing migrants across the frontier.\n\nLithuania has deployed 3,000 soldiers along the border.",
        Some("2021-08-10"),
    );
    assert!(
        find(&ev, EventType::Mobilize, &["LTU"], &["BLR"]).is_some(),
        "{}",
        show(&ev)
    );
    // the target of sanctions agreed on is no party to the agreement
    let ev = one("EU foreign ministers agreed to widen sanctions against Iran.");
    assert!(
        ev.iter().all(|e| !(e.event_type == EventType::Agree
            && e.recipient.is_empty()
            && codes(&e.actor).contains(&"IRN"))),
        "{}",
        show(&ev)
    );
}

#[test]
fn first_person_releases_decided_measures_and_surnames() {
    // "I" in a release signed by one named minister is that minister
    let ev = code(
        "Media release\n\nSecretary of State Antony Blinken\n\nToday I visited Ankara at the invitation of Foreign Minister Mevlut Cavusoglu.",
        Some("2022-06-08"),
    );
    let e = find(&ev, EventType::Consult, &["USA"], &["TUR"])
        .unwrap_or_else(|| panic!("{}", show(&ev)));
    assert_eq!(e.mode, vec!["visit"], "{}", show(&ev));
    // a measure decided is the measure, not a promise or a threat
    let ev = code(
        "In response, Lithuania has decided to expel the Russian ambassador.",
        Some("2022-04-04"),
    );
    let e = find(&ev, EventType::Sanction, &["LTU"], &["RUS"])
        .unwrap_or_else(|| panic!("{}", show(&ev)));
    assert_eq!(e.mode, vec!["expel"], "{}", show(&ev));
    // a surname alone is the person named earlier, not a namesake of another country
    let ev = code(
        "Palestinian Foreign Minister Riyad al-Maliki arrived in Cairo on Monday.\n\nAl-Maliki praised Egypt for its mediation.",
        Some("2023-11-06"),
    );
    assert!(
        find(&ev, EventType::Support, &["PSE"], &["EGY"]).is_some(),
        "{}",
        show(&ev)
    );
    // a bare "will" needs its subject right before it
    let ev = code(
        "The supplies were flown to Amman, Jordan, and will be trucked to the border.",
        Some("2023-11-06"),
    );
    assert!(
        ev.iter().all(|e| e.event_type != EventType::Agree),
        "{}",
        show(&ev)
    );
    // a name right after the verb beats the dyad partner named further on
    let ev = code(
        "Ghana and Togo\n\nGhana urged Burkina Faso to stop its raids on villages near Togo.",
        Some("2023-11-06"),
    );
    assert!(
        find(&ev, EventType::Request, &["GHA"], &["BFA"]).is_some(),
        "{}",
        show(&ev)
    );
}

#[test]
fn headline_pairs_missiles_and_acts_condemned_by_their_noun() {
    let ev = code(
        "France, Germany send tanks to Ukraine\n\nPARIS, Jan 5, 2023 (AFP) - Paris and Berlin said they would send armoured vehicles.",
        None,
    );
    assert!(
        ev.iter().all(|e| codes(&e.actor) != ["DEU"]),
        "{}",
        show(&ev)
    );
    // missiles that struck a city are an air attack by their owner
    let ev = code(
        "Russian missiles struck the city of Dnipro on Saturday.",
        Some("2023-01-16"),
    );
    let e = find(&ev, EventType::Assault, &["RUS"], &["UKR"])
        .unwrap_or_else(|| panic!("{}", show(&ev)));
    assert_eq!(e.mode, vec!["aerial"], "{}", show(&ev));
    // "condemned the strikes": the author of the strikes told earlier, not of the last act
    let ev = code(
        "Israel carried out air strikes on targets in Syria on Monday.\n\nSyrian air defences fired missiles at the jets.\n\nTurkey condemned the strikes.",
        Some("2023-01-16"),
    );
    assert!(
        find(&ev, EventType::Accuse, &["TUR"], &["ISR"]).is_some(),
        "{}",
        show(&ev)
    );
    // a spokesman named in apposition after his organisation speaks for it
    let ev = code(
        "A senior Hamas official, Osama Hamdan, said Israel would pay a heavy price for the raid.",
        Some("2023-01-16"),
    );
    assert!(
        find(&ev, EventType::Threaten, &["PSE"], &["ISR"]).is_some(),
        "{}",
        show(&ev)
    );
}

#[test]
fn bodies_of_state_curfews_in_force_and_exercises_condemned() {
    // a capitalised body after a state's possessive speaks for the state
    let ev = code(
        "Iran's Revolutionary Guards said on Sunday the drills were a warning to Israel.",
        Some("2023-02-06"),
    );
    assert!(
        ev.iter().all(|e| e.actor.iter().all(|a| a.code != "ISR")),
        "{}",
        show(&ev)
    );
    // "urged Beijing to …": the object inside the verb's phrase is no subject
    let ev = code(
        "The State Department said it was watching closely and urged Pyongyang to exercise restraint.",
        Some("2023-02-06"),
    );
    assert!(
        find(&ev, EventType::Request, &["USA"], &["PRK"]).is_some(),
        "{}",
        show(&ev)
    );
    // a curfew in force in a city: imposed by that state's authorities on its people
    let ev = code("A curfew remains in force in Tbilisi.", Some("2023-02-06"));
    assert!(
        find(&ev, EventType::Coerce, &["GEO"], &["GEO"]).is_some(),
        "{}",
        show(&ev)
    );
    // "condemned the exercises": the author of the exercises
    let ev = code(
        "Russia held naval exercises near Japan on Monday.\n\nTokyo condemned the exercises.",
        Some("2023-02-06"),
    );
    assert!(
        find(&ev, EventType::Accuse, &["JPN"], &["RUS"]).is_some(),
        "{}",
        show(&ev)
    );
}

#[test]
fn coordinated_clauses_handovers_and_welcomes_of_an_act() {
    let ev = code(
        "Russia handed over 90 Ukrainian servicemen and Ukraine freed 40 Russian soldiers on Friday.\n\nTurkish President Tayyip Erdogan welcomed the exchange.",
        Some("2023-08-12"),
    );
    // each clause keeps its own subject
    assert!(
        find(&ev, EventType::Retreat, &["UKR"], &["RUS"]).is_some(),
        "{}",
        show(&ev)
    );
    assert!(
        find(&ev, EventType::Retreat, &["RUS"], &["UKR"]).is_some(),
        "{}",
        show(&ev)
    );
    // a welcome of the act names its parties
    let e = ev
        .iter()
        .find(|e| e.event_type == EventType::Support)
        .unwrap_or_else(|| panic!("{}", show(&ev)));
    assert_eq!(codes(&e.actor), ["TUR"], "{}", show(&ev));
    assert!(!e.recipient.is_empty(), "{}", show(&ev));
    // duties scrapped are a concession
    let ev = code(
        "India scrapped the import duties on US almonds.",
        Some("2023-08-12"),
    );
    assert!(
        find(&ev, EventType::Concede, &["IND"], &["USA"]).is_some(),
        "{}",
        show(&ev)
    );
}

#[test]
fn aid_flights_pledges_and_coordinated_warships() {
    let ev = code(
        "BEIRUT, Aug 6, 2020 (Reuters) - A plane from Kuwait carrying medicine landed in Beirut on Thursday.",
        None,
    );
    assert!(
        find(&ev, EventType::Aid, &["KWT"], &["LBN"]).is_some(),
        "{}",
        show(&ev)
    );
    let ev = code(
        "Floods hit Libya\n\nDERNA, Sept 14, 2023 (AP) - Rescue teams searched the city of Derna in Libya.\n\nItaly has pledged 5 million euros in humanitarian aid.",
        None,
    );
    assert!(
        find(&ev, EventType::Agree, &["ITA"], &["LBY"]).is_some(),
        "{}",
        show(&ev)
    );
    let ev = code(
        "Iranian and Russian warships began a joint exercise in the Gulf of Oman.",
        Some("2023-03-16"),
    );
    assert!(
        find(&ev, EventType::Cooperate, &["IRN", "RUS"], &[]).is_some(),
        "{}",
        show(&ev)
    );
}

#[test]
fn operations_announced_and_people_taken_back() {
    // an operation a state will go ahead with threatens the state where it would happen
    let ev = code(
        "Israel will go ahead with its military offensive into southern Lebanon, the minister said.",
        Some("2024-09-30"),
    );
    assert!(
        find(&ev, EventType::Threaten, &["ISR"], &["LBN"]).is_some(),
        "{}",
        show(&ev)
    );
    assert!(
        ev.iter().all(|e| e.event_type != EventType::Assault),
        "{}",
        show(&ev)
    );
    // "take them back" is no support
    let ev = code(
        "Iraq asked Syria to take back the fighters it had detained.",
        Some("2024-09-30"),
    );
    assert!(
        ev.iter().all(|e| e.event_type != EventType::Support),
        "{}",
        show(&ev)
    );
}

#[test]
fn people_demand_of_their_own_government() {
    let ev = code(
        "YEREVAN, May 9, 2024 (Reuters) - Thousands of protesters rallied in Yerevan on Thursday.\n\nDemonstrators demanded that Prime Minister Nikol Pashinyan resign.",
        None,
    );
    assert!(
        find(&ev, EventType::Request, &["ARM"], &["ARM"]).is_some(),
        "{}",
        show(&ev)
    );
    // police firing at crowds a few words on: the state's own people
    let ev = code(
        "Police in Dhaka fired rubber bullets and tear gas at crowds on Friday.",
        Some("2024-07-20"),
    );
    assert!(
        ev.iter()
            .filter(|e| e.event_type == EventType::Assault)
            .all(|e| codes(&e.recipient) == ["BGD"]),
        "{}",
        show(&ev)
    );
}

#[test]
fn undated_acts_of_a_wire_take_the_leads_day() {
    // published on Tuesday; the lead places the story on Monday
    let ev = code(
        "Nigeria sanctions Niger\n\nLAGOS, March 8, 2022 (wire) - Nigeria on Monday imposed sanctions on Niger after its junta delayed elections.\n\nNigeria also demanded that Niger release detained politicians.\n",
        None,
    );
    let req = ev
        .iter()
        .find(|e| e.event_type == EventType::Request)
        .unwrap_or_else(|| panic!("no REQUEST:\n{}", show(&ev)));
    assert_eq!(
        req.date.map(|d| d.to_string()).as_deref(),
        Some("2022-03-07"),
        "{}",
        show(&ev)
    );
}

#[test]
fn first_person_in_a_signed_release_is_the_minister() {
    let ev = code(
        "Visit to Jakarta\nMedia release\n3 March 2023\n\nMinister for Foreign Affairs the Hon Penny Wong\n\nToday I met Indonesian Foreign Minister Retno Marsudi in Jakarta. I urged Russia to withdraw its troops from Ukraine.\n",
        None,
    );
    let req = ev
        .iter()
        .find(|e| e.event_type == EventType::Request)
        .unwrap_or_else(|| panic!("no REQUEST:\n{}", show(&ev)));
    assert_eq!(codes(&req.actor), vec!["AUS"], "{}", show(&ev));
}

#[test]
fn an_invitation_named_beside_the_talks_holds_for_them() {
    let ev = code(
        "Kuleba holds talks with Wang Yi\n\nJuly 24, 2024\n\nUkraine's foreign minister, who is visiting China at the invitation of his Chinese counterpart, held talks today with the Member of the Political Bureau and Minister Wang Yi.\n",
        None,
    );
    let talks = ev
        .iter()
        .find(|e| e.event_type == EventType::Consult)
        .unwrap_or_else(|| panic!("no CONSULT:\n{}", show(&ev)));
    assert_eq!(talks.initiator.as_deref(), Some("CHN"), "{}", show(&ev));
}
