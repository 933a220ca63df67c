//! Closed word lists the coder's grammar relies on (prepositions, actor nouns, speech verbs …).
//!
//! These are function words and grammatical cues, not event vocabulary: the event vocabulary
//! lives in the lexicon files (`data/coder/*.tsv`).

/// Prepositions that make a following name an object, location or modifier rather than a subject.
pub(crate) const PREPOSITIONS: &[&str] = &[
    "in", "at", "to", "with", "from", "of", "on", "upon", "for", "by", "between", "against",
    "towards", "toward", "than", "into", "onto", "across", "within", "around", "near", "about",
    "over", "under", "among", "amongst", "through", "throughout", "beyond", "like", "unlike",
    "including", "regarding", "concerning", "via", "after", "before", "during", "without",
    "despite", "inside", "outside",
];

/// Prepositions after which a place name is a location, not a participant.
pub(crate) const LOCATIVE: &[&str] = &[
    "in", "at", "across", "within", "around", "near", "inside", "outside", "throughout", "into",
    "over", "of",
];

/// Determiners and similar words skipped when looking for the word before a name.
pub(crate) const DETERMINERS: &[&str] = &[
    "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those",
    "both", "all", "new", "entire", "whole", "other", "any",
];

/// Nouns that make a state adjective or possessive name an acting body
/// ("the Kyrgyz side", "Turkish officials", "Russia's army").
pub(crate) const ACTOR_NOUNS: &[&str] = &[
    "side", "sides", "government", "governments", "authorities", "authority", "leader", "leaders",
    "leadership", "official", "officials", "ministry", "ministries", "minister", "ministers",
    "president", "presidents", "premier", "army", "military", "troops", "forces", "force", "navy",
    "police", "people", "peoples", "delegation", "delegations", "counterpart", "counterparts",
    "diplomat", "diplomats", "ambassador", "ambassadors", "embassy", "envoy", "envoys",
    "spokesperson", "spokesman", "spokeswoman", "parliament", "lawmakers", "legislators",
    "court", "courts", "judges", "prosecutors", "administration", "cabinet", "soldiers",
    "warplanes", "jets", "aircraft", "militants", "rebels", "protesters", "demonstrators",
    "activists", "opposition", "head", "heads", "chief", "secretary", "nation", "country",
    "regime", "junta", "officers", "guards", "coastguard", "intelligence", "agency", "agencies",
    "state", "states", "media", "team", "negotiators", "representatives", "representative",
    "mission", "consulate", "navy", "air", "border", "security", "special", "national",
    "chancellor", "king", "queen", "emir", "foreign", "defence", "defense", "interior", "prime",
    "deputy", "vice", "senior", "top", "drones", "missiles",
    "artillery", "gunmen", "fighters", "navies", "coast", "central", "state-run", "armed",
    "parliamentarians", "senators", "congress", "lawmaker", "senator", "official", "citizens",
    "nationals", "investigators", "regulators", "customs", "immigration", "ministerial",
];

/// Words that end an actor noun phrase before the head noun can be a non-actor
/// ("Turkish territory", "Chinese project"): used when the knowledge base gives no head.
pub(crate) fn is_actor_noun(word: &str) -> bool {
    let w = word.trim_end_matches(['\'', '\u{2019}']);
    ACTOR_NOUNS.iter().any(|n| n.eq_ignore_ascii_case(w))
}

/// Verbs that introduce reported speech ("X said that …").
pub(crate) const SPEECH_VERBS: &[&str] = &[
    "said", "says", "say", "noted", "notes", "stressed", "stresses", "added", "adds",
    "emphasized", "emphasised", "emphasizes", "emphasises", "stated", "states", "told", "tells",
    "underlined", "underlines", "underscored", "underscores", "reiterated", "reiterates",
    "pointed out", "points out", "declared", "declares", "asserted", "asserts", "affirmed",
    "affirms", "remarked", "observed", "maintained", "maintains", "explained",
    "explains", "indicated", "indicates", "mentioned", "argued", "argues", "concluded",
    "concludes", "announced", "announces", "wrote", "writes", "claimed", "claims", "insisted",
    "insists", "recalled", "recalls", "highlighted", "highlights", "expressed", "conveyed",
    "briefed", "informed", "elaborated", "introduced", "believes", "believed", "stresses",
    "continued", "responded", "replied", "acknowledged", "confirmed", "confirms", "reaffirmed",
    "reaffirms", "warned", "warns", "tweeted", "posted",
];

/// Speech verbs that take an object or noun rather than a clause; they only frame speech when
/// followed by "that", a comma or a colon ("expressed that …" is rare, "expressed gratitude" is an event).
pub(crate) const SPEECH_VERBS_NEED_THAT: &[&str] = &[
    "expressed", "conveyed", "briefed", "informed", "elaborated", "introduced", "highlighted",
    "highlights", "recalled", "recalls", "announced", "announces", "warned", "warns",
    "confirmed", "confirms", "reaffirmed", "reaffirms", "acknowledged", "continued",
    "believes", "believed", "maintained", "maintains", "states", "observed", "indicated",
    "indicates", "mentioned", "posted", "tweeted", "told", "tells", "stressed", "stresses",
    "emphasized", "emphasised", "emphasizes", "emphasises", "underlined", "underlines",
    "underscored", "underscores", "reiterated", "reiterates", "noted", "notes", "claims", "claimed", "writes",
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

/// Is `w` one of the words in `list` (ASCII case-insensitive)?
pub(crate) fn in_list(w: &str, list: &[&str]) -> bool {
    list.iter().any(|x| x.eq_ignore_ascii_case(w))
}

/// Object-control verbs of asking: "X invited/urged/asked Y to <act>" makes the act a request
/// from X to Y even when the lexicon's pattern cannot span a long name between verb and "to".
pub(crate) const ASKING_VERBS: &[&str] = &[
    "invited", "invites", "invite", "inviting", "urged", "urges", "urge", "urging", "asked", "asks",
    "ask", "asking", "pressed", "presses", "press", "pressing", "encouraged", "encourages",
    "encourage", "requested", "requests", "request", "called", "calls", "call", "exhorted",
    "implored", "appealed", "appeals", "demanded", "demands", "told", "tells", "pushed", "pushes",
];
