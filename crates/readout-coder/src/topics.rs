//! Topics of a text: PLOVER contexts and readout's fine-grained issues, cued by word patterns
//! from `data/coder/contexts.tsv` and `data/coder/issues.tsv` (plus user extras).
//!
//! Both files use the trigger pattern language (see `data/coder/README.md`). Where cues
//! overlap, the longer one wins ("nuclear plant" → natural_resource, not "nuclear" → cbrn).

use crate::lexicon::pattern::{resolve_overlaps, Pattern, PatternMatcher, Prepared, RawMatch};
use crate::lexicon::{data_lines, is_header, parse_err, LexiconError};
use readout_model::CONTEXTS;
use serde::Serialize;
use std::collections::HashMap;
use std::path::PathBuf;

/// One issue named in a text, with the PLOVER contexts it implies.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct IssueHit {
    /// Issue name as listed in `issues.tsv` ("Taiwan", "COVID-19 vaccines").
    pub issue: String,
    /// PLOVER contexts the issue implies (members of `readout_model::CONTEXTS`).
    pub contexts: Vec<&'static str>,
    /// Byte range of the first cue found.
    pub span: (usize, usize),
}

/// Compiled context and issue cues. `Send + Sync`.
#[derive(Debug)]
pub struct TopicLexicon {
    /// Context cue patterns; each maps to its contexts as a bitset over `CONTEXTS`
    /// positions (0 for IGNORE rows), so a match costs one OR.
    context_matcher: PatternMatcher,
    context_bits: Vec<u64>,
    /// Issue cue patterns; each maps to indices into `issues`.
    issue_matcher: PatternMatcher,
    issue_targets: Vec<Vec<usize>>,
    /// Issue names with the contexts they imply.
    issues: Vec<(String, Vec<&'static str>)>,
    /// Each issue's contexts as a bitset over `CONTEXTS` positions.
    issue_bits: Vec<u64>,
}

/// The positions of `contexts` in `readout_model::CONTEXTS` as a bitset (there are fewer than 64).
fn context_bitset(contexts: &[&str]) -> u64 {
    contexts
        .iter()
        .filter_map(|c| CONTEXTS.iter().position(|k| k == c))
        .filter(|&i| i < 64)
        .fold(0, |bits, i| bits | 1 << i)
}

/// The built-in context cues, embedded at compile time.
const BUILTIN_CONTEXTS: &str = include_str!("../../../data/coder/contexts.tsv");
/// The built-in issues, embedded at compile time.
const BUILTIN_ISSUES: &str = include_str!("../../../data/coder/issues.tsv");

/// Accumulates rows from several files; later rows override earlier ones pattern by pattern.
#[derive(Default)]
struct Builder {
    /// pattern key → (source, contexts); insertion order kept for stable ids.
    contexts: Vec<(String, Pattern, Vec<&'static str>)>,
    context_index: HashMap<String, usize>,
    context_dropped: Vec<bool>,
    /// pattern key → (source, issue names).
    issue_cues: Vec<(String, Pattern, Vec<String>)>,
    issue_index: HashMap<String, usize>,
    issue_dropped: Vec<bool>,
    /// issue name → contexts (the last row for the issue decides).
    issue_contexts: Vec<(String, Vec<&'static str>)>,
}

impl Builder {
    fn add_file(&mut self, name: &str, text: &str) -> Result<(), LexiconError> {
        let mut seen_ctx: HashMap<String, usize> = HashMap::new();
        let mut seen_issue: HashMap<(String, String), usize> = HashMap::new();
        let mut seen_issue_cue: HashMap<String, usize> = HashMap::new();
        for (i, (line, l)) in data_lines(text).enumerate() {
            // An optional header row: `pattern<TAB>context` or `issue<TAB>contexts<TAB>pattern`.
            if i == 0 && is_header(l, &["context", "contexts"]) {
                continue;
            }
            let cols: Vec<&str> = l.split('\t').map(str::trim).collect();
            let err = |r: String| parse_err(name, line, r);
            match cols.len() {
                2 => {
                    let pattern = Pattern::parse(cols[0]).map_err(err)?;
                    let key = key_of(cols[0]);
                    if cols[1].eq_ignore_ascii_case("drop") {
                        match self.context_index.get(&key) {
                            Some(&i) => self.context_dropped[i] = true,
                            None => return Err(err(format!("DROP of unknown context cue {key:?}"))),
                        }
                        continue;
                    }
                    let contexts = if cols[1].eq_ignore_ascii_case("ignore") {
                        Vec::new()
                    } else {
                        parse_contexts(cols[1]).map_err(err)?
                    };
                    // The same cue on several rows of one file cues all their contexts;
                    // a later file replaces it.
                    let same_file = seen_ctx.insert(key.clone(), line).is_some();
                    match self.context_index.get(&key) {
                        Some(&i) => {
                            if same_file {
                                for c in contexts {
                                    if !self.contexts[i].2.contains(&c) {
                                        self.contexts[i].2.push(c);
                                    }
                                }
                            } else {
                                self.contexts[i] = (key, pattern, contexts);
                            }
                            self.context_dropped[i] = false;
                        }
                        None => {
                            self.context_index.insert(key.clone(), self.contexts.len());
                            self.contexts.push((key, pattern, contexts));
                            self.context_dropped.push(false);
                        }
                    }
                }
                3 => {
                    let pattern = Pattern::parse(cols[2]).map_err(err)?;
                    let key = key_of(cols[2]);
                    if cols[1].eq_ignore_ascii_case("drop") {
                        match self.issue_index.get(&key) {
                            Some(&i) => self.issue_dropped[i] = true,
                            None => return Err(err(format!("DROP of unknown issue cue {key:?}"))),
                        }
                        continue;
                    }
                    let issue = cols[0].to_string();
                    if issue.is_empty() {
                        return Err(err("empty issue name".into()));
                    }
                    let contexts = parse_contexts(cols[1]).map_err(err)?;
                    if let Some(first) = seen_issue.insert((issue.clone(), key.clone()), line) {
                        return Err(err(format!("duplicate cue {key:?} for issue {issue:?} (first on line {first})")));
                    }
                    match self.issue_contexts.iter_mut().find(|(n, _)| *n == issue) {
                        Some(entry) => entry.1 = contexts,
                        None => self.issue_contexts.push((issue.clone(), contexts)),
                    }
                    let same_file = seen_issue_cue.insert(key.clone(), line).is_some();
                    match self.issue_index.get(&key) {
                        Some(&i) => {
                            if same_file {
                                // One cue naming several issues in the same file.
                                self.issue_cues[i].2.push(issue);
                            } else {
                                self.issue_cues[i] = (key, pattern, vec![issue]);
                            }
                            self.issue_dropped[i] = false;
                        }
                        None => {
                            self.issue_index.insert(key.clone(), self.issue_cues.len());
                            self.issue_cues.push((key, pattern, vec![issue]));
                            self.issue_dropped.push(false);
                        }
                    }
                }
                n => {
                    return Err(err(format!(
                        "expected 2 columns (pattern, context) or 3 columns (issue, contexts, pattern), found {n}"
                    )))
                }
            }
        }
        Ok(())
    }

    fn build(self) -> Result<TopicLexicon, LexiconError> {
        let compile_err = |r: String| parse_err("topic lexicon", 0, r);
        let mut ctx_patterns = Vec::new();
        let mut context_targets = Vec::new();
        for ((_, p, cs), dropped) in self.contexts.into_iter().zip(self.context_dropped) {
            if !dropped {
                ctx_patterns.push(p);
                context_targets.push(cs);
            }
        }
        let issues = self.issue_contexts;
        let mut issue_patterns = Vec::new();
        let mut issue_targets = Vec::new();
        for ((_, p, names), dropped) in self.issue_cues.into_iter().zip(self.issue_dropped) {
            if dropped {
                continue;
            }
            let ids = names
                .iter()
                .filter_map(|n| issues.iter().position(|(m, _)| m == n))
                .collect();
            issue_patterns.push(p);
            issue_targets.push(ids);
        }
        let context_bits = context_targets
            .iter()
            .map(|c: &Vec<&str>| context_bitset(c))
            .collect();
        let issue_bits = issues.iter().map(|(_, c)| context_bitset(c)).collect();
        Ok(TopicLexicon {
            context_matcher: PatternMatcher::new(ctx_patterns).map_err(compile_err)?,
            context_bits,
            issue_bits,
            issue_matcher: PatternMatcher::new(issue_patterns).map_err(compile_err)?,
            issue_targets,
            issues,
        })
    }
}

/// Normalised pattern source used as the override key.
fn key_of(src: &str) -> String {
    src.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Parse a comma-separated list of PLOVER contexts into the model's static names.
fn parse_contexts(col: &str) -> Result<Vec<&'static str>, String> {
    let mut out = Vec::new();
    for c in col.split(',').map(str::trim).filter(|c| !c.is_empty()) {
        match CONTEXTS.iter().find(|k| **k == c) {
            Some(k) => {
                if !out.contains(k) {
                    out.push(*k)
                }
            }
            None => {
                return Err(format!(
                    "unknown context {c:?}; expected one of: {}",
                    CONTEXTS.join(", ")
                ))
            }
        }
    }
    if out.is_empty() {
        return Err("no context given".into());
    }
    Ok(out)
}

/// The contexts whose bits are set, in `readout_model::CONTEXTS` order.
pub(crate) fn contexts_of(on: u64) -> Vec<&'static str> {
    CONTEXTS
        .iter()
        .enumerate()
        .filter(|(i, _)| *i < 64 && on & (1 << i) != 0)
        .map(|(_, c)| *c)
        .collect()
}

impl TopicLexicon {
    /// The built-in cues from `data/coder/contexts.tsv` and `data/coder/issues.tsv`.
    pub fn builtin() -> Result<TopicLexicon, LexiconError> {
        Self::with_extras(&[])
    }

    /// Built-in cues plus user files. A row with 2 columns is a context cue
    /// (`pattern, context`), a row with 3 columns an issue cue (`issue, contexts, pattern`);
    /// a user row for an existing pattern replaces it, `DROP` removes it.
    pub fn with_extras(paths: &[PathBuf]) -> Result<TopicLexicon, LexiconError> {
        let mut b = Builder::default();
        b.add_file("data/coder/contexts.tsv (built in)", BUILTIN_CONTEXTS)?;
        b.add_file("data/coder/issues.tsv (built in)", BUILTIN_ISSUES)?;
        for path in paths {
            let text = std::fs::read_to_string(path).map_err(|source| LexiconError::Io {
                path: path.display().to_string(),
                source,
            })?;
            b.add_file(&path.display().to_string(), &text)?;
        }
        b.build()
    }

    /// PLOVER contexts cued in `text` — directly or through an issue it names —
    /// in `readout_model::CONTEXTS` order.
    pub fn contexts(&self, text: &str) -> Vec<&str> {
        self.read(&Prepared::new(text)).0
    }

    /// Contexts and issues of a prepared text, reading its issue cues once for both.
    fn read(&self, prep: &Prepared) -> (Vec<&str>, Vec<String>) {
        self.read_raw(
            prep,
            self.context_matcher.find_all(prep),
            self.issue_matcher.find_all(prep),
        )
    }

    /// The context and issue patterns, for combining with other lexicons.
    pub(crate) fn matchers(&self) -> [&PatternMatcher; 2] {
        [&self.context_matcher, &self.issue_matcher]
    }

    /// [`TopicLexicon::read`] from raw matches of the context and issue patterns.
    pub(crate) fn read_raw(
        &self,
        prep: &Prepared,
        context_raw: Vec<RawMatch>,
        issue_raw: Vec<RawMatch>,
    ) -> (Vec<&str>, Vec<String>) {
        let (on, issues) = self.read_bits(prep, context_raw, issue_raw);
        (contexts_of(on), issues)
    }

    /// [`TopicLexicon::read_raw`] with the contexts as bits (see [`contexts_of`]), so the
    /// contexts of several sentences combine with `|`.
    pub(crate) fn read_bits(
        &self,
        prep: &Prepared,
        context_raw: Vec<RawMatch>,
        issue_raw: Vec<RawMatch>,
    ) -> (u64, Vec<String>) {
        let mut on = 0u64;
        for m in resolve_overlaps(context_raw, prep.words.len()) {
            on |= self.context_bits[m.pattern];
        }
        let mut issues: Vec<String> = Vec::new();
        let mut seen: Vec<usize> = Vec::new();
        for m in resolve_overlaps(issue_raw, prep.words.len()) {
            for &id in &self.issue_targets[m.pattern] {
                on |= self.issue_bits[id];
                if !seen.contains(&id) {
                    seen.push(id);
                    issues.push(self.issues[id].0.clone());
                }
            }
        }
        (on, issues)
    }

    /// Issues named in `text`, in order of first mention.
    pub fn issues(&self, text: &str) -> Vec<String> {
        self.read(&Prepared::new(text)).1
    }

    /// Issues named in `text` with the contexts each implies, in order of first mention.
    pub fn issue_hits(&self, text: &str) -> Vec<IssueHit> {
        self.hits(&Prepared::new(text))
    }

    /// The contexts an issue implies (empty when the issue is unknown).
    pub fn issue_contexts(&self, issue: &str) -> &[&'static str] {
        self.issues
            .iter()
            .find(|(n, _)| n == issue)
            .map(|(_, c)| c.as_slice())
            .unwrap_or(&[])
    }

    /// Number of context cues and issue cues.
    pub fn len(&self) -> (usize, usize) {
        (self.context_matcher.len(), self.issue_matcher.len())
    }

    /// Number of distinct issues.
    pub fn issue_count(&self) -> usize {
        self.issues.len()
    }

    fn hits(&self, prep: &Prepared) -> Vec<IssueHit> {
        let mut out: Vec<IssueHit> = Vec::new();
        for m in resolve_overlaps(self.issue_matcher.find_all(prep), prep.words.len()) {
            for &id in &self.issue_targets[m.pattern] {
                let (name, contexts) = &self.issues[id];
                if out.iter().any(|h| h.issue == *name) {
                    continue;
                }
                out.push(IssueHit {
                    issue: name.clone(),
                    contexts: contexts.clone(),
                    span: m.span(prep),
                });
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::OnceLock;

    fn lex() -> &'static TopicLexicon {
        static LEX: OnceLock<TopicLexicon> = OnceLock::new();
        LEX.get_or_init(|| match TopicLexicon::builtin() {
            Ok(l) => l,
            Err(e) => panic!("built-in topics fail to load: {e}"),
        })
    }

    fn has(text: &str, ctx: &str) -> bool {
        lex().contexts(text).contains(&ctx)
    }

    #[test]
    fn every_context_has_a_cue() {
        let l = lex();
        for (i, c) in CONTEXTS.iter().enumerate() {
            assert!(
                l.context_bits.iter().any(|b| b & (1 << i) != 0),
                "no cue for context {c}"
            );
        }
        let (ctx, iss) = l.len();
        assert!(
            ctx > 300 && iss > 150,
            "{ctx} context cues, {iss} issue cues"
        );
        assert!(l.issue_count() >= 60, "only {} issues", l.issue_count());
    }

    #[test]
    fn context_cues_from_news_sentences() {
        let cases = [
            ("Seoul will share vaccines to fight the pandemic.", "health"),
            ("The virus spread quickly through Lagos.", "health"),
            (
                "Both sides pledged to fight terrorism and extremism.",
                "terrorism",
            ),
            ("Beijing opposes separatist forces.", "terrorism"),
            (
                "Kenya wants more Chinese investment in its railways.",
                "economic",
            ),
            ("Kyrgyzstan will protect Chinese enterprises.", "economic"),
            ("China will import more agricultural products.", "economic"),
            (
                "The presidential election will be held in January.",
                "election",
            ),
            (
                "Both respect each other's sovereignty and territorial integrity.",
                "territory",
            ),
            (
                "Any support for the Taiwan independence forces is a mistake.",
                "territory",
            ),
            ("Turkey bought the S-400 air defense system.", "military"),
            ("Troops crossed the border at dawn.", "military"),
            (
                "They agreed to fight false information together.",
                "misinformation",
            ),
            (
                "Both countries value scientific and technological innovation.",
                "technology",
            ),
            (
                "The deal covers oil, gas and energy security.",
                "natural_resource",
            ),
            (
                "Ankara will build a third nuclear plant with Beijing.",
                "natural_resource",
            ),
            ("Both sides discussed climate change.", "environment"),
            (
                "The two ministers held talks on bilateral relations.",
                "diplomatic",
            ),
            (
                "Police arrested the journalist during the crackdown.",
                "repression",
            ),
            ("Floods displaced 10,000 people in Assam.", "disasters"),
            ("The court sentenced him under the new law.", "legal"),
            ("The bill passed parliament on Friday.", "legislative"),
            ("Moscow expelled three CIA spies.", "intelligence"),
            ("The deal targets human trafficking rings.", "trafficking"),
            ("Officials seized fentanyl worth $2m.", "illegal_drugs"),
            ("The minister was arrested for bribery.", "corruption"),
            (
                "Hackers hit the ministry's network in a cyberattack.",
                "cyber",
            ),
            ("Refugees crossed into Poland seeking asylum.", "asylum"),
            (
                "The UN peacekeeping mission will end in June.",
                "peacekeeping",
            ),
        ];
        for (text, ctx) in cases {
            assert!(
                has(text, ctx),
                "{ctx} not cued in {text:?}: {:?}",
                lex().contexts(text)
            );
        }
    }

    #[test]
    fn conflict_repression_and_wmd_cues() {
        for (s, c) in [
            (
                "Artillery shelling hit the outskirts overnight.",
                "military",
            ),
            ("The cabinet called up 10,000 reservists.", "military"),
            ("Both sides exchanged prisoners of war.", "military"),
            ("Investigators found traces of a nerve agent.", "cbrn"),
            ("Jets struck two nuclear facilities near the city.", "cbrn"),
            ("Police fired tear gas and rubber bullets.", "repression"),
            (
                "The governor imposed a curfew in the capital.",
                "repression",
            ),
            (
                "Force was used against peaceful demonstrators.",
                "repression",
            ),
            (
                "Access to the internet was cut for a week.",
                "rights_freedoms",
            ),
            (
                "Shells landed in residential areas of the town.",
                "human_security",
            ),
        ] {
            assert!(has(s, c), "{s:?} should cue {c}: {:?}", lex().contexts(s));
        }
        // a labour strike is not a military cue
        assert!(!has("Dockers began a strike over wages.", "military"));
    }

    #[test]
    fn contexts_come_in_spec_order_without_duplicates() {
        let cs = lex().contexts(
            "Health workers and troops fought the epidemic; troops, vaccines, military aid.",
        );
        assert_eq!(cs, vec!["military", "health"]);
        assert!(lex()
            .contexts("The weather was fine on Tuesday.")
            .is_empty());
    }

    #[test]
    fn longer_cues_win_over_shorter_overlapping_ones() {
        // "nuclear plant" is energy, not weapons; "nuclear weapons" is cbrn.
        let cs = lex().contexts("They discussed the nuclear plant at Akkuyu.");
        assert!(
            cs.contains(&"natural_resource") && !cs.contains(&"cbrn"),
            "{cs:?}"
        );
        assert!(has("They discussed nuclear weapons.", "cbrn"));
    }

    #[test]
    fn issues_are_named_in_order_of_mention() {
        let text =
            "Kyrgyzstan supports China on issues related to Taiwan, Xinjiang, Tibet and Hong Kong.";
        assert_eq!(
            lex().issues(text),
            vec!["Taiwan", "Xinjiang", "Tibet", "Hong Kong"]
        );
        let cases = [
            ("Turkey will buy COVID-19 vaccines from China.", "COVID-19 vaccines"),
            ("China contained COVID-19 early.", "COVID-19"),
            ("They deepened counter-terrorism cooperation.", "counter-terrorism"),
            ("They will synergize the Belt and Road Initiative with the EAEU.", "Belt and Road Initiative"),
            ("Turkey is negotiating the purchase of the Russian S-400.", "S-400"),
            ("They exchanged views on the Iranian nuclear issue.", "Iranian nuclear issue"),
            ("Both sides discussed climate change and energy security.", "climate change"),
            ("Hungary called for an end to the war in Ukraine.", "Ukraine war"),
            ("Manila protested Chinese moves in the South China Sea.", "South China Sea"),
            ("Seoul and Tokyo discussed denuclearization of the peninsula and the Korean Peninsula.", "Korean Peninsula nuclear issue"),
            ("Egypt sent aid convoys to Gaza.", "Gaza"),
        ];
        for (text, issue) in cases {
            assert!(
                lex().issues(text).iter().any(|i| i == issue),
                "{issue} not found in {text:?}: {:?}",
                lex().issues(text)
            );
        }
    }

    #[test]
    fn issues_carry_their_contexts() {
        let hits = lex().issue_hits("Both sides discussed the Iranian nuclear issue and Taiwan.");
        assert_eq!(hits[0].issue, "Iranian nuclear issue");
        assert_eq!(hits[0].contexts, vec!["cbrn"]);
        assert_eq!(hits[1].contexts, vec!["territory"]);
        assert_eq!(
            lex().issue_contexts("Xinjiang"),
            &["human_rights", "religion_ethnicity"]
        );
        assert!(lex().issue_contexts("Atlantis").is_empty());
        // An issue's contexts count as cued contexts.
        assert!(has("They talked about the JCPOA.", "cbrn"));
    }

    fn temp_file(name: &str, body: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("readout-topics-test-{}", std::process::id()));
        std::fs::create_dir_all(&dir).ok();
        let p = dir.join(name);
        std::fs::write(&p, body).unwrap_or_else(|e| panic!("cannot write {}: {e}", p.display()));
        p
    }

    #[test]
    fn extra_files_add_override_and_drop_cues() {
        let p = temp_file(
            "topics.tsv",
            "# user cues\n\
             issue\tcontexts\tpattern\n\
             lithium triangle\tnatural_resource,economic\n\
             space\tDROP\n\
             climate\tdiplomatic\n\
             Lithium triangle\tnatural_resource,economic\tlithium triangle\n\
             Taiwan\tterritory,military\ttaiwan strait\n",
        );
        let l = TopicLexicon::with_extras(&[p]).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            l.contexts("Talks on the lithium triangle."),
            vec!["economic", "diplomatic", "natural_resource"]
        );
        assert!(lex().contexts("The space agency.").contains(&"technology"));
        assert!(l.contexts("The space agency.").is_empty(), "dropped cue");
        let cs = l.contexts("Climate talks.");
        assert!(
            cs.contains(&"diplomatic") && !cs.contains(&"environment"),
            "override replaces: {cs:?}"
        );
        assert_eq!(l.issues("The lithium triangle."), vec!["Lithium triangle"]);
        assert_eq!(
            l.issue_contexts("Taiwan"),
            &["territory", "military"],
            "last row of an issue decides"
        );
    }

    #[test]
    fn malformed_files_report_file_and_line() {
        let cases = [
            ("ctx.tsv", "# c\ntanks\tarmour\n", 2, "unknown context"),
            ("cols.tsv", "a\tb\tc\td\n", 1, "expected 2 columns"),
            ("pat.tsv", "[x] y\tmilitary\n", 1, "optional"),
            (
                "issue.tsv",
                "Atlantis\tmythology\tatlantis\n",
                1,
                "unknown context",
            ),
            (
                "drop.tsv",
                "never heard of it\tDROP\n",
                1,
                "DROP of unknown",
            ),
            (
                "dup.tsv",
                "Moon\tterritory\tmoon\nMoon\tterritory\tmoon\n",
                2,
                "duplicate",
            ),
        ];
        for (name, body, line, reason) in cases {
            let p = temp_file(name, body);
            let text = TopicLexicon::with_extras(std::slice::from_ref(&p))
                .expect_err(name)
                .to_string();
            assert!(
                text.starts_with(&format!("{}:{line}: ", p.display())),
                "{name}: {text}"
            );
            assert!(text.contains(reason), "{name}: {text}");
        }
    }
}
