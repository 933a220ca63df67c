//! Behaviour tests on sentences written for the tests, against the built-in states,
//! organisations, titles and groups plus a small terms fixture (so results do not
//! depend on the office-holder files other people maintain).

use chrono::NaiveDate;
use readout_kb::{KbMention, KnowledgeBase, MentionKind, Severity};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/kb")
}

fn read(path: &Path) -> (String, String) {
    let content =
        std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    (path.display().to_string(), content)
}

/// Built-in non-term files + the test terms fixture.
fn kb() -> &'static KnowledgeBase {
    static KB: OnceLock<KnowledgeBase> = OnceLock::new();
    KB.get_or_init(|| {
        let mut files: Vec<(String, String)> = [
            "states.tsv",
            "organisations.tsv",
            "titles.tsv",
            "groups.tsv",
        ]
        .iter()
        .map(|f| read(&data_dir().join(f)))
        .collect();
        files.push(read(
            &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/terms.tsv"),
        ));
        KnowledgeBase::from_sources(&files).unwrap_or_else(|e| panic!("{e}"))
    })
}

fn day(s: &str) -> Option<NaiveDate> {
    Some(NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap_or_else(|e| panic!("{s}: {e}")))
}

fn mentions(text: &str, date: &str) -> Vec<KbMention> {
    kb().find_mentions(text, day(date))
}

fn one(text: &str, date: &str) -> KbMention {
    kb().resolve(text, day(date))
        .unwrap_or_else(|| panic!("nothing resolved in {text:?}"))
}

fn codes(text: &str) -> Vec<String> {
    mentions(text, "2021-01-01")
        .into_iter()
        .map(|m| m.code.to_string())
        .collect()
}

#[test]
fn title_resolves_to_the_holder_on_the_date() {
    let m = one("the US Secretary of State", "2021-11-13");
    assert_eq!(m.name.as_deref(), Some("Antony Blinken"));
    assert_eq!((m.code.as_str(), m.sector.as_deref()), ("USA", Some("GOV")));
    assert!(!m.date_fallback);
    let m = one("the US Secretary of State", "2019-06-01");
    assert_eq!(m.name.as_deref(), Some("Mike Pompeo"));
    let term = m.term.as_ref().map(|(s, e)| (s.as_str(), e.as_deref()));
    assert_eq!(term, Some(("2018-04-26", Some("2021-01-20"))));
}

#[test]
fn bare_title_uses_its_default_country() {
    let m = one("the Secretary of State said", "2019-06-01");
    assert_eq!(m.code, "USA");
    assert_eq!(m.name.as_deref(), Some("Mike Pompeo"));
}

#[test]
fn same_person_gets_the_term_held_on_the_date() {
    let m = one("Foreign Minister Wang Yi", "2020-12-14");
    assert_eq!(m.office.as_deref(), Some("foreign_minister"));
    assert_eq!(m.code, "CHN");
    let m = one("Wang Yi met him", "2023-03-20");
    assert_eq!(m.office.as_deref(), Some("foreign_affairs_director"));
    assert!(!m.date_fallback);
}

#[test]
fn missing_date_falls_back_to_latest_term_and_says_so() {
    let m = kb()
        .resolve("Blinken said", None)
        .unwrap_or_else(|| panic!("no mention"));
    assert_eq!(m.name.as_deref(), Some("Antony Blinken"));
    assert!(m.date_fallback);
    assert!(m.why.contains("no date"), "{}", m.why);
    // A date outside every term still names the person, flagged.
    let m = one("Blinken said", "2010-05-05");
    assert!(m.date_fallback);
}

#[test]
fn diacritics_do_not_matter() {
    let a = one("Mevlüt Çavuşoğlu said", "2020-12-14");
    let b = one("Mevlut Cavusoglu said", "2020-12-14");
    assert_eq!(a.name, b.name);
    assert_eq!(a.code, "TUR");
    assert_eq!(one("Türkiye", "2020-01-01").code, "TUR");
    assert_eq!(one("Côte d’Ivoire and", "2020-01-01").code, "CIV");
}

#[test]
fn surnames_alone_resolve_for_western_order_names() {
    let m = one("Cavusoglu has promised", "2019-07-10");
    assert_eq!(m.name.as_deref(), Some("Mevlüt Çavuşoğlu"));
    assert_eq!(m.kind, MentionKind::Person);
    let m = one("Lavrov noted", "2021-02-04");
    assert_eq!(m.code, "RUS");
    // Chinese names are not cut into surnames: "Wang" alone is nobody.
    assert!(kb().resolve("Wang said", day("2021-01-01")).is_none());
}

#[test]
fn middle_initials_join_the_name() {
    let m = one("US Secretary of State Antony J. Blinken", "2021-11-13");
    assert_eq!(m.text, "US Secretary of State Antony J. Blinken");
    assert_eq!(m.name.as_deref(), Some("Antony Blinken"));
    assert_eq!(m.title.as_deref(), Some("Secretary of State"));
}

#[test]
fn possessives_with_plain_and_curly_apostrophes() {
    for text in ["China's vaccines", "China’s vaccines"] {
        let m = one(text, "2021-01-01");
        assert_eq!((m.code.as_str(), m.text.as_str()), ("CHN", "China"));
    }
    assert_eq!(
        one("Kyrgyzstan's internal affairs", "2021-01-01").code,
        "KGZ"
    );
    let m = one("In response to the US' recent wrong words", "2021-01-01");
    assert_eq!((m.code.as_str(), m.text.as_str()), ("USA", "US"));
    let m = one("Turkey’s foreign minister announced", "2019-07-10");
    assert_eq!((m.code.as_str(), m.kind), ("TUR", MentionKind::Person));
    assert_eq!(m.name.as_deref(), Some("Mevlüt Çavuşoğlu"));
}

#[test]
fn never_matches_inside_words() {
    assert!(codes("The woman spoke to a Romanian official.")
        .iter()
        .all(|c| c != "OMN"));
    assert_eq!(codes("Nigeria and Niger"), vec!["NGA", "NER"]);
    assert!(codes("let us talk about the union of us all").is_empty());
    assert!(codes("who said what").is_empty());
    assert_eq!(codes("the WHO said"), vec!["WHO"]);
}

#[test]
fn a_name_ending_inside_a_longer_word_is_no_match() {
    // "Roman" ends with "oman" and "Chen" with "Hen" (Singapore's Ng Eng Hen): matching runs
    // from word starts only, so neither word is the shorter name
    assert!(codes("The Roman Catholic Church spoke.").is_empty());
    assert!(codes("Mr Chen spoke.").iter().all(|c| c != "SGP"));
    assert!(codes("A Kiran Rao film premiered.")
        .iter()
        .all(|c| c != "IRN"));
    // the real names still match
    assert_eq!(codes("Oman and Iran spoke."), vec!["OMN", "IRN"]);
}

#[test]
fn first_name_states_need_no_following_name() {
    assert!(codes("Chad Wolf said").iter().all(|c| c != "TCD"));
    assert_eq!(codes("Chad said"), vec!["TCD"]);
}

#[test]
fn capitals_and_palaces_stand_for_governments() {
    let m = one("Ankara would consider", "2021-01-01");
    assert_eq!(
        (m.kind, m.code.as_str(), m.sector.as_deref()),
        (MentionKind::Capital, "TUR", Some("GOV"))
    );
    let m = one("the Kremlin said", "2021-01-01");
    assert_eq!((m.kind, m.code.as_str()), (MentionKind::Capital, "RUS"));
    let m = one("the Pentagon announced", "2021-01-01");
    assert_eq!((m.code.as_str(), m.sector.as_deref()), ("USA", Some("MIL")));
    assert_eq!(one("talks with Downing Street", "2021-01-01").code, "GBR");
}

#[test]
fn hyphen_compounds_yield_both_states() {
    assert_eq!(codes("the Russia-China plan"), vec!["RUS", "CHN"]);
    assert_eq!(codes("Sino-Turkish relations"), vec!["CHN", "TUR"]);
    assert!(codes("a sino bond").is_empty());
}

#[test]
fn short_forms_of_states() {
    for (text, code) in [
        ("US", "USA"),
        ("U.S.", "USA"),
        ("USA", "USA"),
        ("UK", "GBR"),
        ("Britain", "GBR"),
        ("Burma", "MMR"),
        ("Swaziland", "SWZ"),
        ("Czechia", "CZE"),
        ("Macedonia", "MKD"),
    ] {
        assert_eq!(
            one(&format!("{text} said"), "2021-01-01").code,
            code,
            "{text}"
        );
    }
}

#[test]
fn composite_with_unknown_person_keeps_country_and_name() {
    let m = one("Kyrgyz Foreign Minister Zhanybek Testov said", "2020-11-16");
    assert_eq!(m.kind, MentionKind::Person);
    assert_eq!((m.code.as_str(), m.sector.as_deref()), ("KGZ", Some("GOV")));
    assert_eq!(m.name.as_deref(), Some("Zhanybek Testov"));
    assert_eq!(m.title.as_deref(), Some("Foreign Minister"));
    assert!(m.why.contains("not in base"), "{}", m.why);
}

#[test]
fn composite_with_known_person_and_counterpart() {
    let m = one(
        "invited his Turkish counterpart Recep Tayyip Erdogan to",
        "2019-07-10",
    );
    assert_eq!(m.text, "Turkish counterpart Recep Tayyip Erdogan");
    assert_eq!(
        (m.code.as_str(), m.name.as_deref()),
        ("TUR", Some("Recep Tayyip Erdoğan"))
    );
    let m = one(
        "State Councilor and Foreign Minister Wang Yi had a call",
        "2020-11-16",
    );
    assert_eq!(m.text, "State Councilor and Foreign Minister Wang Yi");
    assert_eq!(m.title.as_deref(), Some("Foreign Minister"));
    let m = one("Chinese President Xi Jinping", "2021-01-01");
    assert_eq!(
        (m.code.as_str(), m.office.as_deref()),
        ("CHN", Some("head_of_state"))
    );
}

#[test]
fn institutions_and_bodies() {
    let m = one("the Chinese Foreign Ministry said", "2021-01-01");
    assert_eq!(
        (m.kind, m.code.as_str(), m.sector.as_deref()),
        (MentionKind::Title, "CHN", Some("GOV"))
    );
    let m = one("the Kyrgyz government's efforts", "2021-01-01");
    assert_eq!(
        (m.code.as_str(), m.title.as_deref()),
        ("KGZ", Some("Government"))
    );
    let m = one("the Turkish army", "2021-01-01");
    assert_eq!(m.sector.as_deref(), Some("MIL"));
}

#[test]
fn bare_adjectives_report_the_following_noun() {
    let m = one("stand with the Turkish people", "2021-01-01");
    assert_eq!(
        (m.kind, m.code.as_str(), m.head.as_deref()),
        (MentionKind::Adjective, "TUR", Some("people"))
    );
    assert_eq!(
        one("the Kyrgyz side will", "2021-01-01").head.as_deref(),
        Some("side")
    );
    assert_eq!(
        one("Chinese enterprises", "2021-01-01").head.as_deref(),
        Some("enterprises")
    );
}

#[test]
fn groups_and_companies() {
    let m = one(
        "The Eastern Turkistan Islamic Movement (ETIM) is",
        "2021-01-01",
    );
    assert_eq!((m.code.as_str(), m.sector.as_deref()), ("CHN", Some("SEP")));
    assert_eq!(m.name.as_deref(), Some("East Turkistan Islamic Movement"));
    let m = one("Rostec Corporation CEO Sergei Chemezov said", "2019-07-10");
    assert_eq!(
        (m.code.as_str(), m.sector.as_deref(), m.name.as_deref()),
        ("RUS", Some("BUS"), Some("Sergei Chemezov"))
    );
    let m = one("support for the “Taiwan independence” forces", "2021-01-01");
    assert_eq!((m.code.as_str(), m.sector.as_deref()), ("TWN", Some("SEP")));
}

#[test]
fn organisations_and_their_members() {
    let m = one("the Shanghai Cooperation Organisation summit", "2021-01-01");
    assert_eq!((m.code.as_str(), m.sector.as_deref()), ("SCO", Some("IGO")));
    assert_eq!(
        one("the World Economic Forum", "2021-01-01")
            .sector
            .as_deref(),
        Some("NGO")
    );
    let m = one("UN Secretary-General António Guterres", "2021-01-01");
    assert_eq!((m.code.as_str(), m.sector.as_deref()), ("UN", Some("IGO")));
    let kb = kb();
    assert!(kb
        .organisation_members("SCO")
        .is_some_and(|m| m.iter().any(|c| c == "KGZ")));
    assert!(kb
        .organisation_members("UN")
        .is_some_and(|m| m.len() >= 193));
    assert!(kb.is_state("TWN") && !kb.is_state("NATO"));
    assert_eq!(kb.state_name("KGZ"), Some("Kyrgyzstan"));
}

#[test]
fn headlines_in_capitals_still_match_names() {
    let ms = mentions("WANG YI SPEAKS WITH TURKISH FOREIGN MINISTER", "2020-12-14");
    assert_eq!(ms.first().and_then(|m| m.name.as_deref()), Some("Wang Yi"));
    assert!(ms.iter().any(|m| m.code == "TUR"));
}

#[test]
fn mentions_are_sorted_and_disjoint() {
    let text = "On November 13, 2021, Wang Yi spoke with US Secretary of State Antony J. Blinken about Taiwan, the UN and Russia-China ties.";
    let ms = mentions(text, "2021-11-13");
    assert!(ms.len() >= 5);
    for w in ms.windows(2) {
        assert!(
            w[0].span.1 <= w[1].span.0,
            "{:?} overlaps {:?}",
            w[0].span,
            w[1].span
        );
    }
    for m in &ms {
        assert_eq!(&text[m.span.0..m.span.1], m.text);
    }
}

#[test]
fn office_holder_lookup() {
    let m = kb()
        .office_holder("USA", "foreign_minister", day("2019-06-01"))
        .unwrap_or_else(|| panic!("no holder"));
    assert_eq!(m.name.as_deref(), Some("Mike Pompeo"));
    assert!(kb()
        .office_holder("USA", "foreign_minister", day("1990-01-01"))
        .is_none());
    assert!(kb()
        .office_holder("USA", "foreign_minister", None)
        .is_some_and(|m| m.date_fallback));
}

#[test]
fn search_finds_entries_by_alias() {
    let found = kb().search("turkiye");
    assert!(found.iter().any(|e| e.kind == "state" && e.code == "TUR"));
    let found = kb().search("Blinken");
    assert!(found
        .iter()
        .any(|e| e.kind == "person" && e.code == "USA" && !e.details.is_empty()));
}

fn write_temp(name: &str, content: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("readout-kb-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
    let path = dir.join(name);
    std::fs::write(&path, content).unwrap_or_else(|e| panic!("{e}"));
    path
}

#[test]
fn extra_files_add_and_override_entries() {
    let states = write_temp(
        "states_local.tsv",
        "TUR\tTurkiye (local)\tRepublic of Türkiye\tAnatolia\tTurkish\tAnkara\t\tmember\n",
    );
    let groups = write_temp(
        "local.tsv",
        "#name\taliases\tcode\tsector\nNew Dawn Front\tNDF\tKGZ\tREB\n",
    );
    let terms = write_temp(
        "terms_local.tsv",
        "Zhanybek Testov\tTestov\tforeign_minister\tKGZ\t2031-01-01\t\tGOV\tForeign Minister\n",
    );
    let kb = KnowledgeBase::with_extras(&[states, groups, terms]).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(kb.state_name("TUR"), Some("Turkiye (local)"));
    assert_eq!(
        kb.resolve("Anatolia said", None)
            .map(|m| m.code.to_string()),
        Some("TUR".to_string())
    );
    let m = kb
        .resolve("the NDF attacked", None)
        .unwrap_or_else(|| panic!("group not found"));
    assert_eq!((m.code.as_str(), m.sector.as_deref()), ("KGZ", Some("REB")));
    let m = kb
        .resolve("Testov said", day("2031-06-01"))
        .unwrap_or_else(|| panic!("person not found"));
    assert_eq!(m.name.as_deref(), Some("Zhanybek Testov"));
}

#[test]
fn malformed_extra_file_names_file_and_line() {
    let bad = write_temp(
        "groups_bad.tsv",
        "# a comment\nGood Group\t\tKGZ\tREB\nBad Group\t\tKGZ\tNOTASECTOR\n",
    );
    let err = match KnowledgeBase::with_extras(std::slice::from_ref(&bad)) {
        Ok(_) => panic!("malformed file accepted"),
        Err(e) => e.to_string(),
    };
    assert!(err.contains("groups_bad.tsv:3:"), "{err}");
    assert!(err.contains("NOTASECTOR"), "{err}");
    let bad_date = write_temp(
        "terms_bad.tsv",
        "Someone\t\tforeign_minister\tKGZ\t2020-13-01\t\tGOV\tFM\n",
    );
    let err = KnowledgeBase::with_extras(&[bad_date])
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
    assert!(
        err.contains("terms_bad.tsv:1:") && err.contains("start date"),
        "{err}"
    );
    let unknown = write_temp("whatever.tsv", "a\tb\n");
    assert!(KnowledgeBase::with_extras(&[unknown]).is_err());
}

#[test]
fn check_reports_each_problem_kind() {
    let files = vec![
        ("states.tsv".to_string(), "USA\tUnited States\t\tUS\tAmerican\tWashington\t\tmember\nGEO\tGeorgia\nXXA\tAtlantis\t\tGeorgia\n".to_string()),
        (
            "terms.tsv".to_string(),
            [
                "Ann One\t\tforeign_minister\tUSA\t2001-01-01\t2005-01-01\tGOV\tSecretary of State",
                "Bob Two\t\tforeign_minister\tUSA\t2004-01-01\t2008-01-01\tGOV\tSecretary of State",
                "Cy Three\t\tforeign_minister\tZZZ\t2001-01-01\t\tGOV\tForeign Minister",
                "Di Four\t\thead_of_state\tUSA\t2010-01-01\t2009-01-01\tGOV\tPresident",
                "Ed Five\t\tforeign_minister\tUSA\t2008-01\t2012-01\tGOV\tSecretary of State",
            ]
            .join("\n"),
        ),
    ];
    let kb = KnowledgeBase::from_sources(&files).unwrap_or_else(|e| panic!("{e}"));
    let problems = kb.check();
    let kinds: Vec<&str> = problems.iter().map(|p| p.kind.as_str()).collect();
    for kind in [
        "overlapping_terms",
        "unknown_code",
        "duplicate_alias",
        "bad_dates",
    ] {
        assert!(kinds.contains(&kind), "{kind} missing from {problems:?}");
    }
    let overlap = problems
        .iter()
        .filter(|p| p.kind == "overlapping_terms")
        .collect::<Vec<_>>();
    // Bob/Ed hand over within January 2008: month precision is not an overlap.
    assert_eq!(overlap.len(), 1, "{overlap:?}");
    assert_eq!(
        (overlap[0].file.as_str(), overlap[0].line),
        ("terms.tsv", 2)
    );
    assert!(problems
        .iter()
        .any(|p| p.kind == "bad_dates" && p.severity == Severity::Error && p.line == 4));
    assert!(problems
        .iter()
        .any(|p| p.kind == "duplicate_alias" && p.severity == Severity::Warning));
}

#[test]
fn builtin_meets_size_thresholds() {
    let kb = KnowledgeBase::builtin().unwrap_or_else(|e| panic!("{e}"));
    let s = kb.stats();
    assert!(s.states >= 197, "{s:?}");
    assert!(s.organisations >= 80, "{s:?}");
    assert!(s.groups >= 60, "{s:?}");
    assert!(s.titles >= 40, "{s:?}");
    if s.files.iter().any(|f| f.contains("terms/")) {
        assert!(s.terms >= 1000, "{s:?}");
    }
    for code in ["TWN", "XKX", "PSE", "VAT", "SSD"] {
        assert!(kb.is_state(code), "{code}");
    }
    // The built-in data must be clean enough for CI except for data others are still fixing.
    assert!(kb
        .check()
        .iter()
        .filter(|p| p.file.ends_with("states.tsv")
            || p.file.ends_with("organisations.tsv")
            || p.file.ends_with("titles.tsv")
            || p.file.ends_with("groups.tsv")
            || p.file.ends_with("places.tsv"))
        .all(|p| p.severity == Severity::Warning));
}

#[test]
fn places_do_not_shadow_other_entries() {
    // A place spelled like a state, capital, organisation or group would hide it or be hidden.
    let clashes: Vec<String> = builtin()
        .check()
        .into_iter()
        .filter(|p| p.kind == "duplicate_alias" && p.message.contains(" place "))
        .map(|p| p.message)
        .collect();
    assert!(clashes.is_empty(), "{clashes:#?}");
}

#[test]
fn knowledge_base_is_send_and_sync() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<KnowledgeBase>();
}

#[test]
fn plural_titles_name_no_single_holder() {
    let m = one("past Turkish foreign ministers met", "2021-11-13");
    assert_eq!((m.code.as_str(), m.kind), ("TUR", MentionKind::Title));
    assert!(m.name.is_none(), "{m:?}");
    let m = one("former US presidents Carter and", "2021-11-13");
    assert!(m.name.is_none(), "{m:?}");
}

#[test]
fn odd_text_never_panics_and_spans_stay_valid() {
    let sample = "İstanbul’da Çavuşoğlu — “Taiwan” ß e\u{301}cole 🙂 U.S.-China A. B. Antony J. Blinken's Foreign Minister J. \u{0301}x Ğ, Sino-";
    let chars: Vec<usize> = sample
        .char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(sample.len()))
        .collect();
    for (a, &start) in chars.iter().enumerate() {
        for &end in &chars[a..] {
            let text = &sample[start..end];
            for m in kb().find_mentions(text, day("2021-11-13")) {
                assert_eq!(&text[m.span.0..m.span.1], m.text);
            }
        }
    }
}

#[test]
fn leading_article_does_not_need_a_capital() {
    let a = one("a ruling in the Hague", "2021-01-01");
    let b = one("a ruling in The Hague", "2021-01-01");
    assert_eq!((a.code.as_str(), b.code.as_str()), ("NLD", "NLD"));
    assert!(kb().resolve("the hague", None).is_none());
}

#[test]
fn plural_of_listed_titles_is_recognised() {
    let m = one("the two heads of state agreed", "2021-01-01");
    assert_eq!(
        (m.kind, m.office.as_deref()),
        (MentionKind::Title, Some("head_of_state"))
    );
    assert!(m.name.is_none());
}

#[test]
fn group_speaks_for_a_member_out_of_office() {
    let files = vec![
        ("states.tsv".to_string(), "PSE\tPalestine\nLBN\tLebanon\n".to_string()),
        ("titles.tsv".to_string(), "Leader\t\tGOV\t\t\tperson\n".to_string()),
        ("groups.tsv".to_string(), "Hamas\t\tPSE\tREB\n".to_string()),
        ("terms.tsv".to_string(), "Yusuf Testani\t\thead_of_government\tPSE\t2006-03-29\t2007-06-14\tGOV\tPrime Minister\n".to_string()),
    ];
    let kb = KnowledgeBase::from_sources(&files).unwrap_or_else(|e| panic!("{e}"));
    let m = kb
        .resolve("Hamas leader Yusuf Testani said", day("2020-01-01"))
        .unwrap_or_else(|| panic!("none"));
    assert_eq!(
        (m.code.as_str(), m.sector.as_deref(), m.name.as_deref()),
        ("PSE", Some("REB"), Some("Yusuf Testani"))
    );
    let m = kb
        .resolve("Hamas leader Yusuf Testani said", day("2006-06-01"))
        .unwrap_or_else(|| panic!("none"));
    assert_eq!(m.sector.as_deref(), Some("GOV"));
}

#[test]
fn unknown_names_stop_at_ordinary_words() {
    let m = one("the Kyrgyz Foreign Minister On Monday said", "2021-01-01");
    assert!(
        m.name.is_none() || m.name.as_deref() == Some("Jeenbek Kulubaev"),
        "{m:?}"
    );
    assert_eq!(m.text, "Kyrgyz Foreign Minister");
    let m = one(
        "Malian Defence Minister Sadio Camara. He said",
        "2021-01-01",
    );
    assert_eq!(m.name.as_deref(), Some("Sadio Camara"));
    assert_eq!((m.code.as_str(), m.sector.as_deref()), ("MLI", Some("MIL")));
}

#[test]
fn ranks_between_title_and_name_are_skipped() {
    let m = one(
        "Pakistan's army chief General Zafar Testkhan met",
        "2023-03-03",
    );
    assert_eq!(m.name.as_deref(), Some("Zafar Testkhan"));
    assert_eq!((m.code.as_str(), m.sector.as_deref()), ("PAK", Some("MIL")));
    let m = one("the US Secretary of State Dr. Antony Blinken", "2021-11-13");
    assert_eq!(m.name.as_deref(), Some("Antony Blinken"));
    assert_eq!(m.text, "US Secretary of State Dr. Antony Blinken");
}

#[test]
fn explicit_surname_aliases_also_take_given_names_with_initials() {
    // "Putin" is an explicit alias of "Vladimir Putin" in the fixture.
    let m = one("Vladimir V. Putin said", "2021-01-01");
    assert_eq!(m.text, "Vladimir V. Putin");
    assert_eq!(m.name.as_deref(), Some("Vladimir Putin"));
}

/// The built-in base (with places.tsv and the real terms files).
fn builtin() -> &'static KnowledgeBase {
    static KB: OnceLock<KnowledgeBase> = OnceLock::new();
    KB.get_or_init(|| KnowledgeBase::builtin().unwrap_or_else(|e| panic!("{e}")))
}

#[test]
fn every_spelling_of_a_capital_is_a_metonym() {
    for (text, code) in [
        ("Delhi said the talks went well.", "IND"),
        ("New Delhi said the talks went well.", "IND"),
        ("Kiev rejected the offer.", "UKR"),
        ("Kyiv rejected the offer.", "UKR"),
        ("Teheran protested.", "IRN"),
    ] {
        let ms = mentions(text, "2021-01-01");
        assert_eq!(ms.len(), 1, "{text}: {ms:?}");
        assert_eq!(ms[0].kind, MentionKind::Capital, "{text}");
        assert_eq!(ms[0].code, code, "{text}");
    }
}

#[test]
fn places_are_entries_with_their_country() {
    let found = builtin().search("kharkov");
    let place = found
        .iter()
        .find(|e| e.kind == "place")
        .unwrap_or_else(|| panic!("no place in {found:?}"));
    assert_eq!(
        (place.name.as_str(), place.code.as_str()),
        ("Kharkiv", "UKR")
    );
    assert!(builtin().stats().places >= 400);
    // Capitals are states' metonyms, not places.
    assert!(builtin().search("Kabul").iter().all(|e| e.kind != "place"));
}

#[test]
fn places_never_join_an_actor() {
    // The place claims its words: no person or state is read out of "Khan Younis".
    let ms = builtin().find_mentions("Israeli forces struck Khan Younis on Monday.", None);
    assert!(
        ms.iter()
            .filter(|m| m.text.contains("Khan"))
            .all(|m| m.text == "Khan Younis" && m.name.as_deref() == Some("Khan Younis")),
        "{ms:?}"
    );
    assert!(ms.iter().any(|m| m.code == "ISR"));
    // The title after a place stays a title of its own country, not the place's.
    let ms = builtin().find_mentions("In Kharkiv, the Russian Defence Ministry said.", None);
    assert!(ms.iter().any(|m| m.code == "RUS"), "{ms:?}");
    assert!(ms
        .iter()
        .all(|m| m.text != "Kharkiv, the Russian Defence Ministry"));
}

#[cfg(feature = "place-mentions")]
#[test]
fn a_place_resolves_to_its_country() {
    let m = builtin()
        .resolve("Kharkiv", None)
        .unwrap_or_else(|| panic!("no mention"));
    assert_eq!((m.kind, m.code.as_str()), (MentionKind::Place, "UKR"));
    assert_eq!(m.sector, None);
    assert!(m.why.contains("place"), "{}", m.why);
    let ms = builtin().find_mentions("Ukrainian Foreign Minister in Odesa", None);
    assert_eq!(
        ms.last().map(|m| m.kind),
        Some(MentionKind::Place),
        "{ms:?}"
    );
}

#[test]
fn why_is_written_only_when_asked_for() {
    let text = "Turkish Foreign Minister Mevlüt Çavuşoğlu met the UN Secretary-General.";
    let plain = mentions(text, "2021-01-01");
    let explained = kb().find_mentions_explained(text, day("2021-01-01"));
    assert_eq!(plain.len(), explained.len());
    for (p, e) in plain.iter().zip(&explained) {
        assert!(p.why.is_empty(), "{p:?}");
        assert!(!e.why.is_empty(), "{e:?}");
        let mut e = e.clone();
        e.why.clear();
        assert_eq!(*p, e, "only `why` differs");
    }
}

#[test]
fn ascii_and_accented_texts_give_the_same_mentions() {
    let accented = "Turkish Foreign Minister Mevlüt Çavuşoğlu met Chinese officials — “frankly”.";
    let ascii = "Turkish Foreign Minister Mevlut Cavusoglu met Chinese officials -- \"frankly\".";
    let a: Vec<_> = mentions(accented, "2021-01-01")
        .into_iter()
        .map(|m| (m.kind, m.code, m.name))
        .collect();
    let b: Vec<_> = mentions(ascii, "2021-01-01")
        .into_iter()
        .map(|m| (m.kind, m.code, m.name))
        .collect();
    assert_eq!(a, b);
    assert_eq!(a.len(), 2, "{a:?}");
}

#[test]
fn words_that_only_begin_a_name_are_not_names() {
    // A name that only begins a longer word ("Iran" in "Iranistan") is not found.
    assert!(codes("Chinatown, Turkeys and Iranistan").is_empty());
    assert_eq!(codes("Chinatown and China"), vec!["CHN".to_string()]);
}

#[test]
fn office_holders_of_smaller_states_resolve_in_their_terms() {
    let person = |text: &str, date: &str| {
        builtin()
            .find_mentions(text, day(date))
            .into_iter()
            .find(|m| m.name.is_some())
            .unwrap_or_else(|| panic!("no person in {text:?}"))
    };
    // a full name wins over a capital inside it ("Aden" is a Yemeni city)
    let found = builtin().find_mentions(
        "Defence Minister Aden Duale ordered troops out",
        day("2024-06-25"),
    );
    assert!(found.iter().all(|m| m.code != "YEM"), "{found:?}");
    let m = person(
        "Defence Minister Aden Duale ordered troops out",
        "2024-06-25",
    );
    assert_eq!(
        (m.code.as_str(), m.name.as_deref()),
        ("KEN", Some("Aden Duale"))
    );
    let m = person("the Moldovan Foreign Minister said", "2022-05-01");
    assert_eq!(m.name.as_deref(), Some("Nicu Popescu"));
    let m = person("the Moldovan Foreign Minister said", "2024-06-01");
    assert_eq!(m.name.as_deref(), Some("Mihai Popșoi"));
    let m = person("Prime Minister Dritan Abazovic", "2022-09-01");
    assert_eq!(m.code, "MNE");
    assert!(!m.date_fallback);
    let m = person("Foreign Minister Abdel Rahman Shalgam said", "2003-12-19");
    assert_eq!(m.code, "LBY");
}

#[test]
fn bare_congo_is_the_drc_as_in_wire_style() {
    // news says "Congo" and "Congolese" for the DRC, "Republic of Congo" for Brazzaville
    assert_eq!(codes("Congo cut ties with Rwanda."), vec!["COD", "RWA"]);
    assert_eq!(codes("Congolese troops advanced."), vec!["COD"]);
    assert_eq!(codes("The Republic of Congo voted."), vec!["COG"]);
    assert_eq!(codes("Talks were held in Congo-Brazzaville."), vec!["COG"]);
}

#[test]
fn seas_shared_by_states_hide_the_state_names_inside_them() {
    // a sea or region of several states names no one: no mention at all
    for (text, hidden) in [
        (
            "Warships sailed through the South China Sea on Monday.",
            "China",
        ),
        ("The navy sent a destroyer to the Gulf of Mexico.", "Mexico"),
        ("Drills were held in the Indian Ocean.", "Indian"),
        ("They called for peace on the Korean Peninsula.", "Korean"),
    ] {
        let ms = builtin().find_mentions(text, None);
        assert!(
            ms.iter().all(|m| !m.text.contains(hidden)),
            "{text}: {ms:?}"
        );
    }
    // the state itself is still read beside its sea
    let ms = builtin().find_mentions("China sent ships to the South China Sea.", None);
    let codes: Vec<&str> = ms.iter().map(|m| m.code.as_str()).collect();
    assert_eq!(codes, ["CHN"], "{ms:?}");
}

#[test]
fn only_shared_regions_and_waters_may_have_no_country() {
    let water = write_temp("places_water.tsv", "Test Sea of Kyrgyzstan\t\t-\twater\n");
    let kb = KnowledgeBase::with_extras(&[water]).unwrap_or_else(|e| panic!("{e}"));
    assert!(
        kb.find_mentions("Boats sailed in the Test Sea of Kyrgyzstan.", None)
            .is_empty(),
        "the water claims the state's name"
    );
    let city = write_temp("places_city.tsv", "Nowhere City\t\t-\tcity\n");
    let err = KnowledgeBase::with_extras(&[city])
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
    assert!(
        err.contains("places_city.tsv:1:") && err.contains("'-' only"),
        "{err}"
    );
}

#[test]
fn a_states_own_office_holder_after_its_possessive_is_one_mention() {
    let ms = builtin().find_mentions(
        "Egypt's president received Jordan's King Abdullah II on Sunday.",
        day("2024-05-05"),
    );
    let m = ms
        .iter()
        .find(|m| m.text.starts_with("Jordan"))
        .unwrap_or_else(|| panic!("{ms:?}"));
    assert_eq!(
        (m.text.as_str(), m.code.as_str(), m.kind),
        ("Jordan's King Abdullah II", "JOR", MentionKind::Person)
    );
    // the state picks among people sharing a surname
    let ms = builtin().find_mentions("Bolivia's Morales resigned.", day("2019-11-10"));
    assert_eq!(
        ms.iter().map(|m| m.code.as_str()).collect::<Vec<_>>(),
        ["BOL"],
        "{ms:?}"
    );
    // someone else's office-holder stays a mention of their own
    let ms = builtin().find_mentions("Ukraine's Boris Johnson moment.", day("2022-05-01"));
    assert_eq!(
        ms.iter().map(|m| m.code.as_str()).collect::<Vec<_>>(),
        ["UKR", "GBR"],
        "{ms:?}"
    );
}

#[test]
fn legislature_leaders_are_known_in_their_terms() {
    let ms = builtin().find_mentions(
        "U.S. House Speaker Nancy Pelosi arrived in Taipei.",
        day("2022-08-02"),
    );
    let m = ms
        .iter()
        .find(|m| m.text.contains("Pelosi"))
        .unwrap_or_else(|| panic!("{ms:?}"));
    assert_eq!(
        (m.text.as_str(), m.code.as_str(), m.sector.as_deref()),
        ("U.S. House Speaker Nancy Pelosi", "USA", Some("LEG"))
    );
    let m = builtin()
        .resolve("Schumer said", day("2022-03-01"))
        .unwrap_or_else(|| panic!("no Schumer"));
    assert_eq!(m.name.as_deref(), Some("Chuck Schumer"));
}

#[test]
fn a_surname_after_an_unknown_given_name_is_someone_else() {
    // "Nicholas Burns" is not the base's William Burns, "Hunter Biden" not Joe Biden
    for text in [
        "Beijing summoned the U.S. ambassador, Nicholas Burns, on Tuesday.",
        "Republicans questioned Hunter Biden on Friday.",
    ] {
        let ms = builtin().find_mentions(text, day("2022-08-03"));
        assert!(
            ms.iter().all(|m| m.kind != MentionKind::Person),
            "{text}: {ms:?}"
        );
    }
    // the surname alone, after an honorific, or in a headline's capitals is still the person
    for text in [
        "Later, Blinken said the talks were useful.",
        "The talks were useful, Mr Blinken said.",
        "Wang Yi Meets Blinken in Rome",
    ] {
        let ms = builtin().find_mentions(text, day("2022-08-03"));
        assert!(
            ms.iter()
                .any(|m| m.name.as_deref() == Some("Antony Blinken")),
            "{text}: {ms:?}"
        );
    }
}

#[test]
fn the_pope_is_the_holy_sees_head_of_state() {
    let ms = builtin().find_mentions("Pope Francis met the president.", day("2023-05-12"));
    assert_eq!(
        ms.first().map(|m| (m.code.as_str(), m.name.as_deref())),
        Some(("VAT", Some("Pope Francis"))),
        "{ms:?}"
    );
    let m = builtin()
        .resolve("The Pope called for peace.", day("2025-06-01"))
        .unwrap_or_else(|| panic!("no pope"));
    assert_eq!(
        (m.code.as_str(), m.name.as_deref()),
        ("VAT", Some("Pope Leo XIV"))
    );
}

#[test]
fn armed_group_leaders_carry_their_groups_code_and_sector() {
    for (text, date, code, sector) in [
        (
            "Nasrallah said the front would stay open.",
            "2024-01-05",
            "LBN",
            "REB",
        ),
        (
            "Prigozhin said his fighters would turn back.",
            "2023-06-24",
            "RUS",
            "MIL",
        ),
    ] {
        let m = builtin()
            .resolve(text, day(date))
            .unwrap_or_else(|| panic!("nothing in {text}"));
        assert_eq!(
            (m.code.as_str(), m.sector.as_deref()),
            (code, Some(sector)),
            "{text}"
        );
    }
}

#[test]
fn a_full_name_wins_over_another_persons_surname_out_of_office() {
    // "Barrow" alone is also a British official's surname; the Gambian president's full
    // name must resolve to him, in office on the day
    let ms = builtin().find_mentions(
        "President Adama Barrow opened the summit in Banjul.",
        day("2024-05-04"),
    );
    assert!(
        ms.iter()
            .any(|m| m.code == "GMB" && m.name.as_deref() == Some("Adama Barrow")),
        "{ms:?}"
    );
    assert!(ms.iter().all(|m| m.code != "GBR"), "{ms:?}");
}

#[test]
fn a_surname_before_an_unknown_name_is_someone_elses_title_or_given_name() {
    // "Bishop" is also a former Australian foreign minister's surname
    let ms = builtin().find_mentions(
        "Bishop Rolando Álvarez was freed on Sunday, the Vatican said.",
        day("2024-01-15"),
    );
    assert!(ms.iter().all(|m| m.code != "AUS"), "{ms:?}");
    let ms = builtin().find_mentions(
        "Bishop said on Monday that talks would go on.",
        day("2016-05-15"),
    );
    assert!(ms.iter().any(|m| m.code == "AUS"), "{ms:?}");
}
