//! What a condemnation is against: the author of the act condemned, never its victims
//! ("condemns the killing of civilians"); a request joined after it with an adverb ("and
//! once again calls on …") is a request of its own. Sentences written for these tests.

mod common;

use common::{code, codes, of_type, show};
use readout_model::EventType;

#[test]
fn the_victims_of_an_act_condemned_are_not_its_target() {
    let ev = code(
        "Luxembourg summons Israeli ambassador. Luxembourg strongly condemns the continued killing of civilians in Rafah.",
        Some("2024-06-04"),
    );
    let accuse = of_type(&ev, EventType::Accuse);
    assert_eq!(accuse.len(), 2, "{}", show(&ev));
    // the story's other party, not the Palestinian civilians killed
    assert_eq!(codes(&accuse[1].recipient), ["ISR"], "{}", show(&ev));
}

#[test]
fn a_request_joined_with_once_again_is_a_request_of_its_own() {
    let ev = code(
        "Ireland condemns the obstruction of humanitarian aid, and once again calls on Israel to open all crossings.",
        Some("2024-03-12"),
    );
    let request = of_type(&ev, EventType::Request);
    assert_eq!(request.len(), 1, "{}", show(&ev));
    assert_eq!(codes(&request[0].recipient), ["ISR"], "{}", show(&ev));
}

#[test]
fn members_named_in_an_including_phrase_act_for_the_group() {
    let ev = code(
        "Soldiers stormed the presidential palace in Niamey on Wednesday.\n\nGovernments across Africa, including Nigeria's Bola Tinubu and Senegal's Macky Sall, condemned the coup and expressed support for Niger's elected president.",
        Some("2023-07-27"),
    );
    let support = of_type(&ev, EventType::Support);
    assert_eq!(support.len(), 1, "{}", show(&ev));
    assert_eq!(codes(&support[0].actor), ["NGA", "SEN"], "{}", show(&ev));
    assert_eq!(codes(&support[0].recipient), ["NER"], "{}", show(&ev));
    // a condemnation by several states in a story about one is of that state's putschists
    let accuse = of_type(&ev, EventType::Accuse);
    assert_eq!(accuse.len(), 1, "{}", show(&ev));
    assert_eq!(codes(&accuse[0].actor), ["NGA", "SEN"], "{}", show(&ev));
    assert_eq!(codes(&accuse[0].recipient), ["NER"], "{}", show(&ev));
}
