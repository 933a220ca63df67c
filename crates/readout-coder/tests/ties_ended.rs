//! Ending, suspending or revoking cooperation or an agreement with another state is a
//! sanction against it, even with an adjective that names a cooperation of its own ("military
//! cooperation"). Sentences written for these tests.

mod common;

use common::{code, codes, of_type, show};
use readout_model::EventType;

#[test]
fn ending_a_named_cooperation_is_a_sanction() {
    for (text, actor, target) in [
        (
            "Chad ended its defence cooperation with France on Thursday.",
            "TCD",
            "FRA",
        ),
        (
            "Mali suspends security cooperation with Ukraine",
            "MLI",
            "UKR",
        ),
    ] {
        let ev = code(text, Some("2024-11-29"));
        let sanction = of_type(&ev, EventType::Sanction);
        assert_eq!(sanction.len(), 1, "{text}: {}", show(&ev));
        assert_eq!(codes(&sanction[0].actor), [actor], "{text}: {}", show(&ev));
        assert_eq!(
            codes(&sanction[0].recipient),
            [target],
            "{text}: {}",
            show(&ev)
        );
        assert!(
            of_type(&ev, EventType::Cooperate).is_empty(),
            "{text}: {}",
            show(&ev)
        );
    }
}
