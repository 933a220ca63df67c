//! The PLOVER ontology of SPEC §2: event types, quad classes, modes, scores and the CAMEO crosswalk.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// The sixteen PLOVER event types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum EventType {
    Agree,
    Consult,
    Support,
    Concede,
    Cooperate,
    Aid,
    Retreat,
    Request,
    Accuse,
    Reject,
    Threaten,
    Protest,
    Sanction,
    Mobilize,
    Coerce,
    Assault,
}

/// The four quad classes that group event types from verbal cooperation to material conflict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Quad {
    VerbalCooperation,
    MaterialCooperation,
    VerbalConflict,
    MaterialConflict,
}

/// A name that is not in the ontology (event type, quad, mode or context).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown {kind} {name:?}; expected one of: {expected}")]
pub struct UnknownName {
    /// What was being parsed ("event type", "mode of CONSULT", …).
    pub kind: String,
    /// The offending input.
    pub name: String,
    /// The accepted names, comma separated.
    pub expected: String,
}

/// One row of the ontology table: type, quad, base score, default CAMEO, and modes.
struct TypeRow {
    ty: EventType,
    name: &'static str,
    quad: Quad,
    score: f64,
    cameo: &'static str,
    /// (mode, score or None for "the type's base score", CAMEO code)
    modes: &'static [(&'static str, Option<f64>, &'static str)],
}

const TABLE: &[TypeRow] = &[
    TypeRow {
        ty: EventType::Agree,
        name: "AGREE",
        quad: Quad::VerbalCooperation,
        score: 2.5,
        cameo: "030",
        modes: &[],
    },
    TypeRow {
        ty: EventType::Consult,
        name: "CONSULT",
        quad: Quad::VerbalCooperation,
        score: 2.5,
        cameo: "040",
        modes: &[
            ("visit", Some(4.0), "042"),
            ("third-party", Some(1.0), "044"),
            ("multilateral", Some(4.0), "044"),
            ("phone", Some(1.5), "041"),
        ],
    },
    TypeRow {
        ty: EventType::Support,
        name: "SUPPORT",
        quad: Quad::VerbalCooperation,
        score: 5.0,
        cameo: "050",
        modes: &[],
    },
    TypeRow {
        ty: EventType::Concede,
        name: "CONCEDE",
        quad: Quad::VerbalCooperation,
        score: 4.5,
        cameo: "080",
        modes: &[],
    },
    TypeRow {
        ty: EventType::Cooperate,
        name: "COOPERATE",
        quad: Quad::MaterialCooperation,
        score: 9.5,
        cameo: "060",
        modes: &[],
    },
    TypeRow {
        ty: EventType::Aid,
        name: "AID",
        quad: Quad::MaterialCooperation,
        score: 10.0,
        cameo: "070",
        modes: &[],
    },
    TypeRow {
        ty: EventType::Retreat,
        name: "RETREAT",
        quad: Quad::MaterialCooperation,
        score: 6.5,
        cameo: "080",
        modes: &[
            ("withdraw", Some(8.0), "0874"),
            ("release", Some(6.5), "0841"),
            ("disarm", Some(10.0), "0873"),
            ("ceasefire", Some(7.5), "0871"),
            ("access", Some(6.5), "086"),
            ("resign", Some(4.5), "0832"),
        ],
    },
    TypeRow {
        ty: EventType::Request,
        name: "REQUEST",
        quad: Quad::VerbalConflict,
        score: 0.0,
        cameo: "020",
        modes: &[
            ("assist", Some(0.5), "021"),
            ("change", Some(-1.0), "024"),
            ("yield", Some(-1.0), "025"),
            ("meet", Some(0.0), "026"),
        ],
    },
    TypeRow {
        ty: EventType::Accuse,
        name: "ACCUSE",
        quad: Quad::VerbalConflict,
        score: -3.0,
        cameo: "112",
        modes: &[
            ("disapprove", Some(-2.0), "111"),
            ("investigate", Some(-3.5), "090"),
            ("allege", Some(-3.5), "112"),
        ],
    },
    TypeRow {
        ty: EventType::Reject,
        name: "REJECT",
        quad: Quad::VerbalConflict,
        score: -2.0,
        cameo: "120",
        modes: &[
            ("assist", Some(-1.5), "122"),
            ("change", Some(-2.0), "123"),
            ("yield", Some(-2.0), "124"),
            ("meet", Some(-2.0), "125"),
        ],
    },
    TypeRow {
        ty: EventType::Threaten,
        name: "THREATEN",
        quad: Quad::VerbalConflict,
        score: -3.5,
        cameo: "130",
        modes: &[
            ("restrict", Some(-3.0), "132"),
            ("arrest", Some(-3.5), "137"),
            ("relations", Some(-3.5), "1313"),
            ("expel", Some(-3.5), "131"),
            ("territory", Some(-4.0), "1382"),
            ("violence", Some(-3.5), "138"),
        ],
    },
    TypeRow {
        ty: EventType::Protest,
        name: "PROTEST",
        quad: Quad::MaterialConflict,
        score: -5.0,
        cameo: "140",
        modes: &[
            ("demo", Some(-5.0), "141"),
            ("riot", Some(-7.0), "145"),
            ("strike", Some(-5.0), "143"),
            ("hunger", Some(-4.5), "142"),
            ("boycott", Some(-4.5), "143"),
            ("obstruct", Some(-4.5), "144"),
            ("vandalize", None, "145"),
        ],
    },
    TypeRow {
        ty: EventType::Sanction,
        name: "SANCTION",
        quad: Quad::MaterialConflict,
        score: -6.0,
        cameo: "163",
        modes: &[
            ("convict", Some(-6.0), "173"),
            ("expel", Some(-5.5), "166"),
            ("withdraw", Some(-6.0), "161"),
            ("discontinue", Some(-6.0), "162"),
        ],
    },
    TypeRow {
        ty: EventType::Mobilize,
        name: "MOBILIZE",
        quad: Quad::MaterialConflict,
        score: -5.5,
        cameo: "150",
        modes: &[
            ("troops", Some(-6.5), "154"),
            ("weapons", Some(-6.5), "152"),
            ("police", Some(-5.5), "153"),
            ("militia", Some(-6.0), "154"),
        ],
    },
    TypeRow {
        ty: EventType::Coerce,
        name: "COERCE",
        quad: Quad::MaterialConflict,
        score: -7.0,
        cameo: "170",
        modes: &[
            ("seize", None, "1711"),
            ("restrict", None, "172"),
            ("censor", Some(-6.5), "1721"),
            ("curfew", Some(-6.5), "1723"),
            ("martial-law", Some(-7.5), "1724"),
            ("arrest", None, "173"),
            ("deport", None, "174"),
            ("withhold", None, "171"),
            ("misinformation", Some(-6.5), "170"),
            ("cyber", None, "176"),
        ],
    },
    TypeRow {
        ty: EventType::Assault,
        name: "ASSAULT",
        quad: Quad::MaterialConflict,
        score: -9.0,
        cameo: "180",
        modes: &[
            ("abduct", Some(-8.5), "181"),
            ("beat", Some(-7.5), "182"),
            ("torture", Some(-8.5), "1822"),
            ("sexual", Some(-8.5), "1821"),
            ("targeted", Some(-9.5), "186"),
            ("destroy", Some(-8.5), "1712"),
            ("primitive", Some(-8.0), "180"),
            ("firearms", Some(-9.0), "190"),
            ("explosives", Some(-9.0), "183"),
            ("suicide-attack", Some(-9.5), "1831"),
            ("aerial", Some(-9.5), "195"),
            ("drone", Some(-9.5), "1951"),
            ("heavy-weapons", Some(-9.5), "194"),
            ("crowd-control", Some(-7.5), "175"),
            ("unconventional", Some(-10.0), "200"),
        ],
    },
];

/// PLOVER contexts (SPEC §2), in the order the spec lists them.
pub const CONTEXTS: &[&str] = &[
    "military",
    "intelligence",
    "executive",
    "legislative",
    "election",
    "political_institutions",
    "pro_democracy",
    "pro_autocracy",
    "economic",
    "legal",
    "reparations",
    "human_rights",
    "rights_freedoms",
    "repression",
    "human_security",
    "gender",
    "lgbt",
    "religion_ethnicity",
    "inequality",
    "diplomatic",
    "territory",
    "peacekeeping",
    "health",
    "asylum",
    "migration",
    "disasters",
    "natural_resource",
    "environment",
    "technology",
    "terrorism",
    "cbrn",
    "cyber",
    "misinformation",
    "crime",
    "corruption",
    "illegal_drugs",
    "trafficking",
];

/// Actor sectors (SPEC §3).
pub const SECTORS: &[&str] = &[
    "GOV", "MIL", "LEG", "JUD", "COP", "OPP", "PTY", "REB", "SEP", "BUS", "MED", "CVL", "NGO",
    "IGO", "EDU", "REL", "REF", "LAB", "ELI",
];

impl EventType {
    /// All sixteen types in ontology order.
    pub const ALL: [EventType; 16] = [
        EventType::Agree,
        EventType::Consult,
        EventType::Support,
        EventType::Concede,
        EventType::Cooperate,
        EventType::Aid,
        EventType::Retreat,
        EventType::Request,
        EventType::Accuse,
        EventType::Reject,
        EventType::Threaten,
        EventType::Protest,
        EventType::Sanction,
        EventType::Mobilize,
        EventType::Coerce,
        EventType::Assault,
    ];

    fn row(self) -> &'static TypeRow {
        // TABLE is written in the same order as the enum.
        &TABLE[self as usize]
    }

    /// Upper-case PLOVER name ("CONSULT").
    pub fn name(self) -> &'static str {
        self.row().name
    }

    /// Quad class of the type.
    pub fn quad(self) -> Quad {
        self.row().quad
    }

    /// The mode names the ontology allows for this type.
    pub fn modes(self) -> impl Iterator<Item = &'static str> {
        self.row().modes.iter().map(|m| m.0)
    }

    /// Is `mode` a mode of this type?
    pub fn has_mode(self, mode: &str) -> bool {
        self.row().modes.iter().any(|m| m.0 == mode)
    }

    /// PLOVER score: the first listed mode's score where one is given, else the type's base score.
    pub fn score(self, modes: &[String]) -> f64 {
        let row = self.row();
        modes
            .iter()
            .find_map(|m| row.modes.iter().find(|r| r.0 == m).and_then(|r| r.1))
            .unwrap_or(row.score)
    }

    /// Default CAMEO code for the type and its first known mode.
    pub fn cameo(self, modes: &[String]) -> &'static str {
        let row = self.row();
        modes
            .iter()
            .find_map(|m| row.modes.iter().find(|r| r.0 == m).map(|r| r.2))
            .unwrap_or(row.cameo)
    }
}

impl fmt::Display for EventType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for EventType {
    type Err = UnknownName;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let up = s.trim().to_ascii_uppercase();
        TABLE
            .iter()
            .find(|r| r.name == up)
            .map(|r| r.ty)
            .ok_or_else(|| UnknownName {
                kind: "event type".into(),
                name: s.to_string(),
                expected: TABLE.iter().map(|r| r.name).collect::<Vec<_>>().join(", "),
            })
    }
}

impl Quad {
    /// All four quad classes.
    pub const ALL: [Quad; 4] = [
        Quad::VerbalCooperation,
        Quad::MaterialCooperation,
        Quad::VerbalConflict,
        Quad::MaterialConflict,
    ];

    /// snake_case name ("verbal_cooperation").
    pub fn name(self) -> &'static str {
        match self {
            Quad::VerbalCooperation => "verbal_cooperation",
            Quad::MaterialCooperation => "material_cooperation",
            Quad::VerbalConflict => "verbal_conflict",
            Quad::MaterialConflict => "material_conflict",
        }
    }

    /// GDELT's QuadClass number (1 verbal coop … 4 material conflict).
    pub fn gdelt_number(self) -> u8 {
        match self {
            Quad::VerbalCooperation => 1,
            Quad::MaterialCooperation => 2,
            Quad::VerbalConflict => 3,
            Quad::MaterialConflict => 4,
        }
    }
}

impl fmt::Display for Quad {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Quad {
    type Err = UnknownName;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Quad::ALL
            .iter()
            .copied()
            .find(|q| q.name() == s.trim())
            .ok_or_else(|| UnknownName {
                kind: "quad class".into(),
                name: s.to_string(),
                expected: Quad::ALL
                    .iter()
                    .map(|q| q.name())
                    .collect::<Vec<_>>()
                    .join(", "),
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_order_matches_enum() {
        for (i, t) in EventType::ALL.iter().enumerate() {
            assert_eq!(TABLE[i].ty, *t);
            assert_eq!(t.name().parse::<EventType>().unwrap(), *t);
        }
    }

    #[test]
    fn scores_follow_modes() {
        assert_eq!(EventType::Consult.score(&["phone".into()]), 1.5);
        assert_eq!(EventType::Consult.score(&[]), 2.5);
        assert_eq!(EventType::Request.score(&["change".into()]), -1.0);
        assert_eq!(
            EventType::Coerce.score(&["cyber".into()]),
            -7.0,
            "mode without score uses base"
        );
        assert_eq!(EventType::Consult.cameo(&["phone".into()]), "041");
        assert_eq!(EventType::Accuse.cameo(&["disapprove".into()]), "111");
    }

    #[test]
    fn unknown_type_lists_the_choices() {
        let e = "AGREEE".parse::<EventType>().unwrap_err();
        assert!(e.to_string().contains("CONSULT"));
        assert_eq!("consult".parse::<EventType>().unwrap(), EventType::Consult);
    }
}
