//! Closed word lists the coder's grammar relies on (prepositions, actor nouns, speech verbs …).
//!
//! These are function words and grammatical cues, not event vocabulary: the event vocabulary
//! lives in the lexicon files (`data/coder/*.tsv`).

/// Prepositions that make a following name an object, location or modifier rather than a subject.
pub(crate) const PREPOSITIONS: &[&str] = &[
    "in",
    "at",
    "to",
    "with",
    "from",
    "of",
    "on",
    "upon",
    "for",
    "by",
    "between",
    "against",
    "towards",
    "toward",
    "than",
    "into",
    "onto",
    "across",
    "within",
    "around",
    "near",
    "about",
    "over",
    "under",
    "among",
    "amongst",
    "through",
    "throughout",
    "beyond",
    "like",
    "unlike",
    "including",
    "regarding",
    "concerning",
    "via",
    "after",
    "before",
    "during",
    "without",
    "despite",
    "inside",
    "outside",
];

/// Prepositions after which a place name is a location, not a participant.
pub(crate) const LOCATIVE: &[&str] = &[
    "in",
    "at",
    "across",
    "within",
    "around",
    "near",
    "inside",
    "outside",
    "throughout",
    "through",
    "into",
    "over",
    "of",
];

/// Determiners and similar words skipped when looking for the word before a name.
pub(crate) const DETERMINERS: &[&str] = &[
    "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those",
    "both", "all", "new", "entire", "whole", "other", "any",
];

/// Nouns that make a state adjective or possessive name an acting body
/// ("the Kyrgyz side", "Turkish officials", "Russia's army").
pub(crate) const ACTOR_NOUNS: &[&str] = &[
    "side",
    "sides",
    "government",
    "governments",
    "authorities",
    "authority",
    "leader",
    "leaders",
    "leadership",
    "official",
    "officials",
    "ministry",
    "ministries",
    "minister",
    "ministers",
    "president",
    "presidents",
    "premier",
    "army",
    "military",
    "troops",
    "hackers",
    "forces",
    "force",
    "navy",
    "police",
    "people",
    "peoples",
    "delegation",
    "delegations",
    "members",
    "counterpart",
    "counterparts",
    "diplomat",
    "diplomats",
    "ambassador",
    "ambassadors",
    "embassy",
    "envoy",
    "envoys",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "parliament",
    "lawmakers",
    "legislators",
    "court",
    "courts",
    "judges",
    "prosecutors",
    "administration",
    "cabinet",
    "soldiers",
    "warplanes",
    "jets",
    "aircraft",
    "militants",
    "rebels",
    "protesters",
    "demonstrators",
    "activists",
    "opposition",
    "head",
    "heads",
    "chief",
    "secretary",
    "nation",
    "country",
    "regime",
    "junta",
    "officers",
    "guards",
    "coastguard",
    "intelligence",
    "agency",
    "agencies",
    "state",
    "states",
    "media",
    "team",
    "negotiators",
    "representatives",
    "representative",
    "mission",
    "consulate",
    "navy",
    "air",
    "border",
    "security",
    "special",
    "national",
    "chancellor",
    "king",
    "queen",
    "emir",
    "foreign",
    "defence",
    "defense",
    "interior",
    "prime",
    "deputy",
    "vice",
    "senior",
    "top",
    "drones",
    "missiles",
    "artillery",
    "gunmen",
    "fighters",
    "navies",
    "coast",
    "central",
    "state-run",
    "armed",
    "parliamentarians",
    "senators",
    "congress",
    "lawmaker",
    "senator",
    "official",
    "citizens",
    "nationals",
    "investigators",
    "regulators",
    "customs",
    "immigration",
    "ministerial",
];

/// Words that end an actor noun phrase before the head noun can be a non-actor
/// ("Turkish territory", "Chinese project"): used when the knowledge base gives no head.
pub(crate) fn is_actor_noun(word: &str) -> bool {
    let w = word.trim_end_matches(['\'', '\u{2019}']);
    // this runs for every mention: one integer lookup (a non-ASCII byte matches no listed noun)
    ACTOR_NOUN_SET.get(w).is_some()
}

/// [`ACTOR_NOUNS`] as a table, for constant-time lookups ignoring case.
static ACTOR_NOUN_SET: std::sync::LazyLock<crate::words::WordTable<()>> =
    std::sync::LazyLock::new(|| crate::words::WordTable::new(ACTOR_NOUNS.iter().map(|&w| (w, ()))));

/// Verbs that introduce reported speech ("X said that …").
pub(crate) const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "noted",
    "notes",
    "stressed",
    "stresses",
    "added",
    "adds",
    "emphasized",
    "emphasised",
    "emphasizes",
    "emphasises",
    "stated",
    "states",
    "told",
    "tells",
    "underlined",
    "underlines",
    "underscored",
    "underscores",
    "reiterated",
    "reiterates",
    "pointed out",
    "points out",
    "declared",
    "declares",
    "asserted",
    "asserts",
    "affirmed",
    "affirms",
    "remarked",
    "observed",
    "maintained",
    "maintains",
    "explained",
    "explains",
    "indicated",
    "indicates",
    "mentioned",
    "argued",
    "argues",
    "concluded",
    "concludes",
    "announced",
    "announces",
    "wrote",
    "writes",
    "claimed",
    "claims",
    "insisted",
    "insists",
    "recalled",
    "recalls",
    "highlighted",
    "highlights",
    "expressed",
    "conveyed",
    "briefed",
    "informed",
    "elaborated",
    "introduced",
    "believes",
    "believed",
    "stresses",
    "continued",
    "responded",
    "replied",
    "acknowledged",
    "confirmed",
    "confirms",
    "reaffirmed",
    "reaffirms",
    "warned",
    "warns",
    "tweeted",
    "posted",
];

/// Speech verbs that take an object or noun rather than a clause; they only frame speech when
/// followed by "that", a comma or a colon ("expressed that …" is rare, "expressed gratitude" is an event).
pub(crate) const SPEECH_VERBS_NEED_THAT: &[&str] = &[
    "declared",
    "declares",
    "expressed",
    "conveyed",
    "briefed",
    "informed",
    "elaborated",
    "introduced",
    "highlighted",
    "highlights",
    "recalled",
    "recalls",
    "announced",
    "announces",
    "warned",
    "warns",
    "confirmed",
    "confirms",
    "reaffirmed",
    "reaffirms",
    "acknowledged",
    "continued",
    "believes",
    "believed",
    "maintained",
    "maintains",
    "states",
    "observed",
    "indicated",
    "indicates",
    "mentioned",
    "posted",
    "tweeted",
    "told",
    "tells",
    "stressed",
    "stresses",
    "emphasized",
    "emphasised",
    "emphasizes",
    "emphasises",
    "underlined",
    "underlines",
    "underscored",
    "underscores",
    "reiterated",
    "reiterates",
    "noted",
    "notes",
    "claims",
    "claimed",
    "writes",
];

/// Modal words of obligation ("should", "must", "need to"): REQUEST or shared proposal.
pub(crate) const OBLIGATION: &[&str] = &[
    "should", "must", "need to", "needs to", "have to", "has to", "ought to", "shall",
];

/// Words that mark a subordinate clause or an introductory phrase boundary.
pub(crate) const CLAUSE_OPENERS: &[&str] = &[
    "while", "whereas", "but", "which", "who", "whom", "where", "when", "although", "though",
    "because", "as", "since", "after", "before", "then", "so", "if", "unless", "until", "till",
];

/// Days of the week, which "on" introduces as a time, not a topic.
pub(crate) const WEEKDAYS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// Auxiliaries (and "also") that may stand between a subject and its verb.
pub(crate) const AUXILIARIES: &[&str] = &[
    "has", "have", "had", "will", "would", "also", "is", "are", "was", "were",
];

/// Sectors of people who hold no state authority: arrested, not arresting.
pub(crate) const PEOPLE_SECTORS: &[&str] = &["CVL", "OPP", "MED", "EDU", "LAB", "REL", "NGO"];

/// Is `w` one of the words in `list` (ASCII case-insensitive)?
pub(crate) fn in_list(w: &str, list: &[&str]) -> bool {
    // This runs for many words against many lists, and most listed words differ from the word
    // in length or first letter: those are turned away before their letters are compared.
    // (`| 0x20` gives both cases of a letter one value and equal bytes equal values, so it
    // never turns away a word that matches.)
    let w = w.as_bytes();
    let first = |b: &[u8]| b.first().map_or(0, |c| c | 0x20);
    let w_first = first(w);
    list.iter().any(|x| {
        let x = x.as_bytes();
        x.len() == w.len() && first(x) == w_first && x.eq_ignore_ascii_case(w)
    })
}

/// Object-control verbs of asking: "X invited/urged/asked Y to <act>" makes the act a request
/// from X to Y even when the lexicon's pattern cannot span a long name between verb and "to".
/// Verbs of ordering: "X ordered Y to <act>" is a demand on Y (a request), or, when the act
/// is a measure against Y itself ("ordered China to close its consulate"), X's measure.
pub(crate) const ORDERING_VERBS: &[&str] = &["ordered", "orders", "order", "ordering"];

pub(crate) const ASKING_VERBS: &[&str] = &[
    "invited",
    "invites",
    "invite",
    "inviting",
    "urged",
    "urges",
    "urge",
    "urging",
    "asked",
    "asks",
    "ask",
    "asking",
    "pressed",
    "presses",
    "press",
    "pressing",
    "encouraged",
    "encourages",
    "encourage",
    "requested",
    "requests",
    "request",
    "called",
    "calls",
    "call",
    "exhorted",
    "implored",
    "appealed",
    "appeals",
    "demanded",
    "demands",
    "told",
    "tells",
    "pushed",
    "pushes",
];

/// Nouns that name an armed attack, so that the adjective before one names the attacker
/// ("a Russian missile strike", "an Israeli air raid").
pub(crate) const ATTACK_NOUNS: &[&str] = &[
    "attack",
    "attacks",
    "strike",
    "strikes",
    "airstrike",
    "airstrikes",
    "air",
    "missile",
    "drone",
    "rocket",
    "raid",
    "raids",
    "shelling",
    "bombing",
    "bombardment",
    "offensive",
    "artillery",
    "assault",
];

/// Natural disasters, so that the deaths they cause ("the earthquake that struck …, killing
/// 1,400 people") are no attack by anyone.
pub(crate) const DISASTERS: &[&str] = &[
    "earthquake",
    "quake",
    "tremor",
    "flood",
    "floods",
    "flooding",
    "storm",
    "typhoon",
    "cyclone",
    "hurricane",
    "landslide",
    "landslides",
    "mudslide",
    "tsunami",
    "eruption",
    "avalanche",
    "wildfire",
    "wildfires",
    "heatwave",
    "drought",
    "monsoon",
];

/// Things of a foreign state that protesters attack or burn, so that the state's adjective
/// before one names the protest's target ("attacked Japanese shops", "burned American flags").
pub(crate) const FOREIGN_TARGET_NOUNS: &[&str] = &[
    "shops",
    "shop",
    "stores",
    "store",
    "businesses",
    "factories",
    "factory",
    "companies",
    "products",
    "goods",
    "cars",
    "restaurants",
    "flag",
    "flags",
    "embassy",
    "consulate",
    "diplomats",
    "nationals",
    "citizens",
    "interests",
    "brands",
    "owned",
];

/// Addressees that name everyone and so no one in particular ("called on the world to …").
/// ("all parties" is left out: in a crisis it names the parties to it, "China called on all
/// parties in Gabon to …".)
pub(crate) const EVERYONE: &[&str] = &[
    "the world",
    "the international community",
    "the global community",
    "world leaders",
    "all countries",
    "all states",
    "all nations",
    "everyone",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_lookup_agrees_with_comparing_every_word() {
        let lists = [
            PREPOSITIONS,
            LOCATIVE,
            DETERMINERS,
            ACTOR_NOUNS,
            SPEECH_VERBS,
            SPEECH_VERBS_NEED_THAT,
            OBLIGATION,
            CLAUSE_OPENERS,
            WEEKDAYS,
            AUXILIARIES,
            PEOPLE_SECTORS,
            ORDERING_VERBS,
            ASKING_VERBS,
            ATTACK_NOUNS,
            DISASTERS,
            FOREIGN_TARGET_NOUNS,
            EVERYONE,
            &["", "@x", "`x", "1a", "\u{e9}t\u{e9}"],
        ];
        let mut words: Vec<String> = ["", "@X", "`X", "@x", "1A", "\u{c9}t\u{e9}", "x", "the"]
            .map(String::from)
            .to_vec();
        for w in lists.iter().flat_map(|l| l.iter()) {
            let mut capitalised = w.to_string();
            if let Some(first) = capitalised.get_mut(..1) {
                first.make_ascii_uppercase();
            }
            words.extend([
                w.to_string(),
                w.to_ascii_uppercase(),
                capitalised,
                format!("{w}s"),
                w.get(1..).unwrap_or_default().to_string(),
                format!("_{}", w.get(1..).unwrap_or_default()),
            ]);
        }
        for list in lists {
            for w in &words {
                let plain = list.iter().any(|x| x.eq_ignore_ascii_case(w));
                assert_eq!(in_list(w, list), plain, "{w:?}");
            }
        }
    }

    #[test]
    fn actor_nouns_are_found_in_any_ascii_case_and_nothing_else_is() {
        // the list as a scan, the way the set must answer
        let by_list = |word: &str| {
            let w = word.trim_end_matches(['\'', '\u{2019}']);
            w.is_ascii() && in_list(w, ACTOR_NOUNS)
        };
        let mut words: Vec<String> = Vec::new();
        for n in ACTOR_NOUNS {
            let upper = n.to_ascii_uppercase();
            let mut capitalised = n.to_string();
            capitalised[..1].make_ascii_uppercase();
            words.extend([
                n.to_string(),
                upper,
                capitalised,
                format!("{n}'"),
                format!("{n}\u{2019}"),
                format!("{n}s"),
                n[1..].to_string(),
                format!("{n}\u{e9}"),
            ]);
        }
        words.extend(
            [
                "",
                "'",
                "said",
                "officialsofficialsofficials",
                "minist\u{e8}re",
                "side",
            ]
            .map(String::from),
        );
        for w in &words {
            assert_eq!(is_actor_noun(w), by_list(w), "{w:?}");
        }
    }
}
