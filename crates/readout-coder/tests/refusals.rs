//! Refusals and denials: what a state does not recognise, a deal declared void, and a refusal
//! reported by another party, which answers that party. Sentences written for these tests.

mod common;

use common::{code, codes, of_type, show};
use readout_model::EventType;

#[test]
fn not_recognising_a_claim_rejects_its_owner_and_supports_no_one() {
    let ev = code(
        "Azerbaijan does not recognise Armenia's claims to the enclave.",
        Some("2021-05-20"),
    );
    let reject = of_type(&ev, EventType::Reject);
    assert_eq!(reject.len(), 1, "{}", show(&ev));
    assert_eq!(codes(&reject[0].actor), ["AZE"], "{}", show(&ev));
    assert_eq!(codes(&reject[0].recipient), ["ARM"], "{}", show(&ev));
    assert!(of_type(&ev, EventType::Support).is_empty(), "{}", show(&ev));
}

#[test]
fn an_agreement_declared_void_is_rejected() {
    let ev = code(
        "Mali's transitional government declared null and void its defence accord with France.",
        Some("2022-05-03"),
    );
    let reject = of_type(&ev, EventType::Reject);
    assert_eq!(reject.len(), 1, "{}", show(&ev));
    assert_eq!(codes(&reject[0].actor), ["MLI"], "{}", show(&ev));
    assert_eq!(codes(&reject[0].recipient), ["FRA"], "{}", show(&ev));
}

#[test]
fn a_denial_reported_by_another_party_answers_that_party() {
    let ev = code(
        "Venezuela denies harbouring the rebels, Colombia's foreign ministry said.",
        Some("2019-09-10"),
    );
    let reject = of_type(&ev, EventType::Reject);
    assert_eq!(reject.len(), 1, "{}", show(&ev));
    assert_eq!(codes(&reject[0].actor), ["VEN"], "{}", show(&ev));
    assert_eq!(codes(&reject[0].recipient), ["COL"], "{}", show(&ev));
}

#[test]
fn a_refusal_recalled_in_a_side_clause_is_not_reported_to_the_speaker() {
    let to_reporter = |body: &str| {
        let ev = code(body, Some("2021-02-03"));
        of_type(&ev, EventType::Reject)
            .iter()
            .any(|e| codes(&e.actor) == ["RUS"] && codes(&e.recipient) == ["EU"])
    };
    assert!(to_reporter(
        "Alexei Navalny refused to pay the fine, the European Union said."
    ));
    assert!(!to_reporter(
        "Alexei Navalny, jailed on Tuesday after he refused to pay the fine, was moved to a penal colony, the European Union said."
    ));
}
