//! Judgements in a speaker's words are accusations against the party judged ("Seoul said
//! Pyongyang had violated the armistice"): made when spoken, whatever the tense of what they
//! judge; made by the nearer sayer when one speaker reports another; falling on the last
//! party named when the judgement has no subject of its own; never in the narrator's words.
//! Sentences written for these tests.

mod common;

use common::{code, codes, of_type, show};
use readout_model::EventType;

#[test]
fn a_violation_in_a_speakers_words_is_an_accusation_made_now() {
    let ev = code(
        "Manila said Chinese vessels had violated its sovereign rights in the South China Sea.",
        Some("2024-06-18"),
    );
    let accuse = of_type(&ev, EventType::Accuse);
    assert_eq!(accuse.len(), 1, "{}", show(&ev));
    assert_eq!(codes(&accuse[0].actor), ["PHL"], "{}", show(&ev));
    assert_eq!(codes(&accuse[0].recipient), ["CHN"], "{}", show(&ev));
    // the past perfect dates what is judged, not the judgement
    assert!(accuse[0].aux.is_none(), "{}", show(&ev));
    assert_eq!(
        accuse[0].date.as_ref().map(|d| d.to_string()).as_deref(),
        Some("2024-06-18"),
        "{}",
        show(&ev)
    );
}

#[test]
fn a_danger_or_a_lack_named_by_a_speaker_is_an_accusation() {
    for (text, judge, judged) in [
        (
            "Latvia's defence minister said the Russian exercises posed a danger to the Baltic states.",
            "LVA",
            "RUS",
        ),
        (
            "The Australian government said Beijing's new security law lacked transparency.",
            "AUS",
            "CHN",
        ),
        (
            "Macron said Moscow had chosen confrontation.",
            "FRA",
            "RUS",
        ),
    ] {
        let ev = code(text, Some("2023-04-04"));
        let accuse = of_type(&ev, EventType::Accuse);
        assert_eq!(accuse.len(), 1, "{text}: {}", show(&ev));
        assert_eq!(codes(&accuse[0].actor), [judge], "{text}: {}", show(&ev));
        assert_eq!(codes(&accuse[0].recipient), [judged], "{text}: {}", show(&ev));
    }
}

#[test]
fn the_narrators_words_judge_no_one() {
    let ev = code(
        "Russian fighter jets violated Swedish airspace on Friday.",
        Some("2024-03-02"),
    );
    assert!(of_type(&ev, EventType::Accuse).is_empty(), "{}", show(&ev));
    // a speaker with no known party is no judge either
    let ev = code(
        "Economists said the new tariffs posed a risk to growth.",
        Some("2024-03-02"),
    );
    assert!(of_type(&ev, EventType::Accuse).is_empty(), "{}", show(&ev));
}

#[test]
fn the_nearer_sayer_judges() {
    let ev = code(
        "Foreign ministry spokesman Wang Wenbin said on Monday, a day after Tokyo said Chinese coast guard ships posed a danger to Japanese fishermen, that the islands were Chinese territory.",
        Some("2023-04-04"),
    );
    let accuse = of_type(&ev, EventType::Accuse);
    assert_eq!(accuse.len(), 1, "{}", show(&ev));
    assert_eq!(codes(&accuse[0].actor), ["JPN"], "{}", show(&ev));
    assert_eq!(codes(&accuse[0].recipient), ["CHN"], "{}", show(&ev));
}

#[test]
fn a_judgement_without_a_subject_falls_on_the_last_party_named() {
    let ev = code(
        "Germany's interior minister said agents of the Iranian government had run a network that posed a danger to exiles.",
        Some("2023-04-04"),
    );
    let accuse = of_type(&ev, EventType::Accuse);
    assert_eq!(accuse.len(), 1, "{}", show(&ev));
    assert_eq!(codes(&accuse[0].actor), ["DEU"], "{}", show(&ev));
    assert_eq!(codes(&accuse[0].recipient), ["IRN"], "{}", show(&ev));
}

#[test]
fn a_charge_dismissed_in_speech_is_rejected_by_the_speaker() {
    let ev = code(
        "Estonia expels 21 Russian diplomats. Kremlin spokesman Dmitry Peskov said the allegations against the diplomats were groundless.",
        Some("2022-08-05"),
    );
    let reject = of_type(&ev, EventType::Reject);
    assert_eq!(reject.len(), 1, "{}", show(&ev));
    assert_eq!(codes(&reject[0].actor), ["RUS"], "{}", show(&ev));
    assert_eq!(codes(&reject[0].recipient), ["EST"], "{}", show(&ev));
    // the allegations are the other side's, not the speaker's
    assert!(
        of_type(&ev, EventType::Accuse)
            .iter()
            .all(|e| codes(&e.actor) != ["RUS"]),
        "{}",
        show(&ev)
    );
}

#[test]
fn an_act_said_to_be_orchestrated_by_a_state_accuses_it_when_said() {
    let ev = code(
        "Montenegro's prime minister said on Tuesday the October 16 plot had been orchestrated by Russia.",
        Some("2017-02-21"),
    );
    let accuse = of_type(&ev, EventType::Accuse);
    assert_eq!(accuse.len(), 1, "{}", show(&ev));
    assert_eq!(codes(&accuse[0].actor), ["MNE"], "{}", show(&ev));
    assert_eq!(codes(&accuse[0].recipient), ["RUS"], "{}", show(&ev));
    assert_eq!(
        accuse[0].date.map(|d| d.to_string()).as_deref(),
        Some("2017-02-21"),
        "{}",
        show(&ev)
    );
}

#[test]
fn a_case_filed_accuses_and_a_charge_called_false_rejects_it() {
    let ev = code(
        "THE HAGUE, Jan. 26, 2024 - The International Court of Justice on Friday ordered Serbia to take all measures to prevent acts of genocide. Bosnia filed the case on Dec. 29. Prime Minister Ana Brnabic said the charge of genocide was \"not only false, it's outrageous\".",
        Some("2024-01-26"),
    );
    let accuse = of_type(&ev, EventType::Accuse);
    assert_eq!(accuse.len(), 1, "{}", show(&ev));
    assert_eq!(codes(&accuse[0].actor), ["BIH"], "{}", show(&ev));
    assert_eq!(codes(&accuse[0].recipient), ["SRB"], "{}", show(&ev));
    let reject = of_type(&ev, EventType::Reject);
    assert_eq!(reject.len(), 1, "{}", show(&ev));
    assert_eq!(codes(&reject[0].actor), ["SRB"], "{}", show(&ev));
}

#[test]
fn meddling_and_blatant_aggression_in_a_speakers_words_accuse_the_party_named() {
    let ev = code(
        "Ankara said Athens had openly interfered in Cyprus's internal affairs.",
        Some("2022-06-01"),
    );
    let accuse = of_type(&ev, EventType::Accuse);
    assert_eq!(accuse.len(), 1, "{}", show(&ev));
    assert_eq!(codes(&accuse[0].actor), ["TUR"], "{}", show(&ev));
    assert_eq!(codes(&accuse[0].recipient), ["GRC"], "{}", show(&ev));

    let ev = code(
        "Syria's foreign ministry said the raids were a flagrant aggression by Israel.",
        Some("2022-06-01"),
    );
    let accuse = of_type(&ev, EventType::Accuse);
    assert_eq!(accuse.len(), 1, "{}", show(&ev));
    assert_eq!(codes(&accuse[0].actor), ["SYR"], "{}", show(&ev));
    assert_eq!(codes(&accuse[0].recipient), ["ISR"], "{}", show(&ev));
}
