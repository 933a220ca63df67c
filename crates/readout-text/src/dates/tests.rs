use super::*;

/// Saturday 13 November 2021 (ISO week 45).
fn reference() -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(2021, 11, 13)
}

/// (text, date, relation) of every mention, with the fixed reference.
fn found(sentence: &str) -> Vec<(String, Option<String>, DateRelation)> {
    found_with(reference(), sentence)
}

fn found_with(
    reference: Option<NaiveDate>,
    sentence: &str,
) -> Vec<(String, Option<String>, DateRelation)> {
    DateResolver::new(reference)
        .find(sentence)
        .into_iter()
        .map(|m| {
            assert_eq!(&sentence[m.span.0..m.span.1], m.text);
            (m.text, m.date.map(|d| d.to_string()), m.relation)
        })
        .collect()
}

/// The single mention's resolved date.
fn one(sentence: &str) -> Option<String> {
    let v = found(sentence);
    assert_eq!(v.len(), 1, "{sentence}: {v:?}");
    v[0].1.clone()
}

fn s(x: &str) -> Option<String> {
    Some(x.to_string())
}

#[test]
fn absolute_days() {
    assert_eq!(
        one("On November 13, 2021, Wang Yi spoke with Blinken."),
        s("2021-11-13")
    );
    assert_eq!(
        one("The treaty was signed on 16 November 2021 in Rome."),
        s("2021-11-16")
    );
    assert_eq!(one("The statement is dated 2021-11-13."), s("2021-11-13"));
    assert_eq!(
        one("They met on the 5th of May, 2020 in Minsk."),
        s("2020-05-05")
    );
    assert_eq!(
        one("The summit on November 13-14, 2021 ended."),
        s("2021-11-13")
    );
    assert_eq!(
        found("On November 13, 2021, he spoke.")[0].0,
        "November 13, 2021"
    );
}

#[test]
fn month_day_gets_the_nearest_year() {
    assert_eq!(
        one("Xi will hold a virtual meeting with Biden on November 16."),
        s("2021-11-16")
    );
    assert_eq!(
        one("The talks are set for Nov. 16 in Geneva."),
        s("2021-11-16")
    );
    assert_eq!(one("The ministers met on 2 October."), s("2021-10-02"));
    assert_eq!(
        one("Elections are due on January 5."),
        s("2022-01-05"),
        "early next year is nearer"
    );
    let r = NaiveDate::from_ymd_opt(2021, 1, 3);
    assert_eq!(
        found_with(r, "They met on December 28.")[0].1,
        s("2020-12-28")
    );
}

#[test]
fn months_and_years() {
    assert_eq!(
        one("Erdogan in late July announced an agreement."),
        s("2021-07")
    );
    assert_eq!(
        one("In July, Chemezov said the issues were resolved."),
        s("2021-07")
    );
    assert_eq!(one("Protests began in early July."), s("2021-07"));
    assert_eq!(
        one("The deal will be signed in February."),
        s("2022-02"),
        "future tense looks ahead"
    );
    assert_eq!(
        found_with(NaiveDate::from_ymd_opt(2021, 3, 1), "It happened in July.")[0].1,
        s("2020-07")
    );
    assert_eq!(one("Talks resumed in November 2020."), s("2020-11"));
    assert_eq!(one("The accord was reached in 2019."), s("2019"));
    assert_eq!(one("They have cooperated since 2015."), s("2015"));
    assert_eq!(
        one("Talks stalled in the summer of 2019 when envoys left."),
        s("2019")
    );
    assert_eq!(one("The talks in 2019 were long."), s("2019"));
    assert_eq!(one("In 2019 elections were held."), s("2019"));
    assert_eq!(
        found("They have cooperated since 2015.")[0].2,
        DateRelation::Past
    );
    assert_eq!(one("Relations were tense last May."), s("2021-05"));
    assert_eq!(one("They will meet next March."), s("2022-03"));
}

#[test]
fn months_ahead_of_a_past_report_are_in_its_future() {
    // reference: 13 November 2021
    assert_eq!(
        one("The leaders agreed that Biden would visit Tokyo in early February."),
        s("2022-02")
    );
    assert_eq!(one("The leaders met in February."), s("2021-02"));
    assert_eq!(
        one("In February, they agreed that he would visit Tokyo."),
        s("2021-02")
    );
}

#[test]
fn a_past_act_keeps_its_date_when_the_future_is_spoken_of_after_it() {
    // reference: Saturday 13 November 2021
    assert_eq!(
        one("The two sides held talks on November 3 and agreed that the pact will take effect."),
        s("2021-11-03")
    );
    assert_eq!(
        one("Hundreds rallied on November 3 against plans to scrap the parties."),
        s("2021-11-03")
    );
    assert_eq!(
        one("Wang said on Tuesday that China will deepen cooperation."),
        s("2021-11-09")
    );
    // the future spoken of before the expression still moves it ahead
    assert_eq!(
        one("They agreed that talks will be held on November 16."),
        s("2021-11-16")
    );
    assert_eq!(
        one("The envoy said he will arrive on Wednesday."),
        s("2021-11-17")
    );
    // with no past-tense verb before it, a later future cue still counts
    assert_eq!(one("On Wednesday the envoy will arrive."), s("2021-11-17"));
}

#[test]
fn may_and_march_need_a_cue() {
    assert!(found("Turkey may consider the offer.").is_empty());
    assert!(found("March on, they said.").is_empty());
    assert_eq!(one("The vote was held in May."), s("2021-05"));
}

#[test]
fn decades_have_no_date() {
    let v = found("Relations were frozen in the 1990s.");
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!(v[0].0, "the 1990s");
    assert_eq!(v[0].1, None);
}

#[test]
fn weekdays() {
    assert_eq!(
        one("China said on Tuesday that it opposed the move."),
        s("2021-11-09")
    );
    assert_eq!(one("They met last Tuesday."), s("2021-11-09"));
    assert_eq!(
        one("They met last Saturday."),
        s("2021-11-06"),
        "last = strictly before"
    );
    assert_eq!(
        one("The ministers spoke on Saturday."),
        s("2021-11-13"),
        "same day"
    );
    assert_eq!(one("They will meet next Monday."), s("2021-11-15"));
    assert_eq!(one("The envoy will arrive on Wednesday."), s("2021-11-17"));
    // the future of another clause does not move a past weekday
    assert_eq!(
        one("The allies on Tuesday requested a meeting, which is scheduled for a later date."),
        s("2021-11-09")
    );
    assert_eq!(one("On Wednesday, the envoy will arrive."), s("2021-11-17"));
    let v = found("The meeting on Monday, November 15, 2021 was short.");
    assert_eq!(v.len(), 1, "the weekday restates the date: {v:?}");
}

#[test]
fn deictic_days() {
    assert_eq!(
        one("The ministry said yesterday that talks failed."),
        s("2021-11-12")
    );
    assert_eq!(one("He arrives today."), s("2021-11-13"));
    assert_eq!(one("He leaves tomorrow."), s("2021-11-14"));
    assert_eq!(found("He leaves tomorrow.")[0].2, DateRelation::Future);
}

#[test]
fn relative_periods() {
    assert_eq!(
        one("Last week, Xi and Putin delivered speeches."),
        s("2021-W44")
    );
    assert_eq!(one("They will talk again this week."), s("2021-W45"));
    assert_eq!(one("A summit is planned next week."), s("2021-W46"));
    assert_eq!(one("Trade fell last month."), s("2021-10"));
    assert_eq!(one("Trade rose this month."), s("2021-11"));
    assert_eq!(one("Talks resume next month."), s("2021-12"));
    assert_eq!(one("The economy shrank last year."), s("2020"));
    assert_eq!(one("Growth returned this year."), s("2021"));
    assert_eq!(one("The anniversary falls next year."), s("2022"));
    let v = found("Since the beginning of this year, China and Turkey have worked together.");
    assert_eq!(
        v,
        [(
            "Since the beginning of this year".to_string(),
            s("2021"),
            DateRelation::Past
        )]
    );
    assert_eq!(
        one("They tackled challenges at the beginning of the year."),
        s("2021")
    );
    assert_eq!(one("They met earlier this month."), s("2021-11"));
    assert_eq!(
        found("They met earlier this month.")[0].2,
        DateRelation::Past
    );
}

#[test]
fn counted_offsets() {
    assert_eq!(one("The envoy arrived two days ago."), s("2021-11-11"));
    assert_eq!(
        one("Three weeks later, the deal collapsed."),
        s("2021-12-04")
    );
    assert_eq!(one("The deal collapsed a year ago."), s("2020"));
    assert_eq!(one("They will meet again in two weeks."), s("2021-11-27"));
    // a record measured back over the years is no date ahead
    for record in [
        "The border opened for the first time in 35 years.",
        "It was the worst flooding in 20 years.",
        "Turnout hit its lowest level in 20 years.",
    ] {
        assert!(
            found(record)
                .iter()
                .all(|(text, _, _)| !text.contains("35") && !text.contains("20 years")),
            "{record}"
        );
    }
    assert_eq!(
        one("The border will reopen in two years, officials said."),
        s("2023")
    );
    assert_eq!(
        found("They met two days before the vote.")[0].1,
        None,
        "anchored on another event"
    );
    assert_eq!(found("They met a few days ago.")[0].1, None, "vague");
}

#[test]
fn relations() {
    assert_eq!(
        found("Talks resumed in November 2020.")[0].2,
        DateRelation::Past
    );
    assert_eq!(
        found("Xi will meet Biden on November 16.")[0].2,
        DateRelation::Future
    );
    assert_eq!(found("Last week they met.")[0].2, DateRelation::Past);
    assert_eq!(found("Next year they meet.")[0].2, DateRelation::Future);
    assert_eq!(found("This week they meet.")[0].2, DateRelation::Present);
}

#[test]
fn without_a_reference_only_absolute_dates_resolve() {
    let none = None;
    assert_eq!(
        found_with(none, "On November 13, 2021, they met.")[0].1,
        s("2021-11-13")
    );
    assert_eq!(
        found_with(none, "Talks resumed in November 2020.")[0].1,
        s("2020-11")
    );
    assert_eq!(
        found_with(none, "The accord was reached in 2019.")[0].1,
        s("2019")
    );
    for sentence in [
        "Xi will meet Biden on November 16.",
        "Last week they met.",
        "They met on Tuesday.",
        "He left yesterday.",
        "It happened in late July.",
        "The envoy arrived two days ago.",
    ] {
        let v = found_with(none, sentence);
        assert_eq!(v.len(), 1, "{sentence}: {v:?}");
        assert_eq!(v[0].1, None, "{sentence}");
    }
    assert_eq!(
        found_with(none, "Last week they met.")[0].2,
        DateRelation::Past
    );
    assert_eq!(
        found_with(none, "Xi will meet Biden on November 16.")[0].2,
        DateRelation::Future
    );
}

#[test]
fn sentences_without_dates() {
    for sentence in [
        "China is ready to deepen counter-terrorism cooperation with Turkey.",
        "The COVID-19 vaccines and the S-400 systems were discussed.",
        "Turkey hopes to mark the 50th anniversary of relations.",
        "Resolution 2231 was cited by 3000 delegates.",
        "The force grew by 2000 troops, up from 1900 soldiers, a total of 1999 vehicles.",
        "Exports rose by 2000 percent.",
        "The market reacted calmly.",
        "",
    ] {
        assert!(
            found(sentence).is_empty(),
            "{sentence}: {:?}",
            found(sentence)
        );
    }
}

#[test]
fn impossible_dates_are_not_dates() {
    assert!(found("On February 30, 2021, nothing happened.")
        .iter()
        .all(|m| m.1.as_deref() != Some("2021-02-30")));
    assert!(found("It was 2021-13-45.").is_empty());
}

#[test]
fn cues_come_from_one_pass_over_the_words() {
    let none = Cues::of("China is ready to deepen counter-terrorism cooperation with Turkey.");
    assert!(!none.any(), "{none:?}");
    let c = Cues::of("On Nov. 16 they met, 2021 was long; Tuesday afternoon, two weeks ago");
    assert!(
        c.digit && c.year && c.month && c.weekday && c.deictic && c.ago,
        "{c:?}"
    );
    assert!(
        !c.full_month && !c.period && !c.in_count && !c.decade,
        "{c:?}"
    );
    // Lower-case month and weekday words are verbs and nouns, not dates.
    let c = Cues::of("Turkey may march on; the sun rose");
    assert!(!c.month && !c.weekday && !c.any(), "{c:?}");
    // A month's head is not its name: "Marine" and "Jun" cue abbreviations only.
    let c = Cues::of("Marine units left in Jun");
    assert!(c.month && !c.full_month, "{c:?}");
    assert!(Cues::of("the summit in July").full_month);
    // Unit words cue only the rules whose neighbours are present, in any case.
    assert!(Cues::of("LAST WEEK").period && Cues::of("over the past two Days").past_span);
    assert!(Cues::of("within a few months").in_count && Cues::of("in 3 days").in_count);
    assert!(Cues::of("at the end of the Year").the_period && Cues::of("TODAY").deictic);
    assert!(Cues::of("hours before the vote").hours && Cues::of("a year from now").ago);
    assert!(Cues::of("March last year").rel_year && Cues::of("the 1990s").decade);
    let c = Cues::of("for many years the two countries held talks every day");
    assert!(!c.any(), "units alone cue nothing: {c:?}");
    // Three digits are not a year; four are.
    assert!(!Cues::of("Resolution 223").year && Cues::of("in 2231").year);
}

#[test]
fn cue_gating_keeps_every_kind_of_expression() {
    for (sentence, expected) in [
        ("They met on 2021-11-10.", "2021-11-10"),
        ("They met on November 10.", "2021-11-10"),
        ("They met in late July.", "2021-07"),
        ("They met on Tuesday.", "2021-11-09"),
        ("They met yesterday.", "2021-11-12"),
        ("They met last week.", "2021-W44"),
        ("They met two days ago.", "2021-11-11"),
    ] {
        assert_eq!(one(sentence), s(expected), "{sentence}");
    }
    assert!(found("The 1990s were calm.").len() == 1);
}

#[test]
fn dates_beside_non_ascii_words() {
    // the rules use ASCII word boundaries: non-ASCII names around a date change nothing
    assert_eq!(
        one("Çavuşoğlu and Lavrov met on November 13, 2021 in Antalya."),
        s("2021-11-13")
    );
    assert_eq!(
        one("Kuleba said on 3 March 2022 — “no talks”."),
        s("2022-03-03")
    );
    assert_eq!(one("Ministers in Zürich agreed last month."), s("2021-10"));
    // a month abbreviation glued to a non-ASCII letter is no month
    assert!(found("The Marçal 12 report was cited.").is_empty());
    assert!(found("Junéau 2021 was cited.").is_empty());
}

#[test]
fn tense_is_read_around_the_expression() {
    // Saturday 13 November 2021: the request was on Tuesday 9, the meeting is set for Monday 15
    let v = found("The three on Tuesday requested a meeting, which is scheduled for Monday.");
    assert_eq!(v[0].1, s("2021-11-09"));
    assert_eq!(v[1].1, s("2021-11-15"));
    // a stretch without a verb of its own takes the sentence's tense
    assert_eq!(one("They will meet, on Monday, in Paris."), s("2021-11-15"));
}

#[test]
fn days_after_and_before_count_from_the_sentences_own_date() {
    let v = DateResolver::new(reference())
        .find("Troops fired missiles on Wednesday, a day after the North launched its own.");
    assert_eq!(v.len(), 2);
    assert_eq!(v[1].text, "a day after");
    assert!(v[1].anchored);
    assert_eq!(v[1].date.map(|d| d.to_string()), s("2021-11-09"));
    let v = found("Ships left the harbour on Friday, hours after the ceasefire began.");
    assert_eq!(v[1].1, s("2021-11-12"));
    // no day of its own: the act it counts from is not known
    let v = found("Rockets hit the port two days after the deal was signed.");
    assert_eq!(v[0].1, None);
    // months are not counted in days
    let v = found("He resigned a month after the election.");
    assert_eq!(v[0].1, None);
}

#[test]
fn months_of_a_named_year() {
    assert_eq!(
        one("The missile launched in December last year."),
        s("2020-12")
    );
    assert_eq!(one("Talks began in October of last year."), s("2020-10"));
    assert_eq!(one("The plant opens in March next year."), s("2022-03"));
    assert_eq!(
        one("Elections were held in February this year."),
        s("2021-02")
    );
}

#[test]
fn the_past_few_days_as_the_month_they_share() {
    assert_eq!(
        one("Over the past two nights, police detained hundreds."),
        s("2021-11")
    );
    assert_eq!(
        found_with(
            NaiveDate::from_ymd_opt(2021, 11, 2),
            "In the last three days, rallies grew."
        )[0]
        .1,
        s("2021")
    );
    assert!(found("Over the past few days, rallies grew.")
        .iter()
        .all(|m| m.1.is_none()));
}

#[test]
fn weekdays_at_the_edges_of_sentences_and_words() {
    assert_eq!(one("Monday's talks were short."), s("2021-11-08"));
    assert_eq!(one("The envoys met on Thursday"), s("2021-11-11"));
    assert_eq!(
        found("Ünal met them last Tuesday evening in Zürich.")[0].0,
        "last Tuesday evening"
    );
    assert_eq!(one("Ünal met them last Tuesday."), s("2021-11-09"));
    // neither inside a longer word nor in capitals
    assert!(found("The Mondays and the SUNDAY edition and xFriday.").is_empty());
}

#[test]
fn cue_kinds_agree_with_the_word_lists() {
    let reference = |w: &[u8]| CueKind {
        counted_unit: one_of(w, &COUNTED_UNITS),
        singular_unit: one_of(w, &[b"week", b"month", b"year"]),
        year: w.eq_ignore_ascii_case(b"year"),
        plural_span: one_of(w, &[b"days", b"nights", b"weeks"]),
        relative: one_of(
            w,
            &[
                b"ago", b"later", b"earlier", b"before", b"after", b"from", b"hence",
            ],
        ),
        after_before: one_of(w, &[b"after", b"before"]),
        deictic: one_of(
            w,
            &[
                b"yesterday",
                b"today",
                b"tomorrow",
                b"tonight",
                b"night",
                b"nights",
                b"morning",
                b"afternoon",
                b"evening",
            ],
        ),
    };
    let mut words: Vec<Vec<u8>> = Vec::new();
    for w in CUE_WORDS
        .iter()
        .chain(&[b"hours".as_slice(), b"the", b"yesterdays", b""])
    {
        words.push(w.to_vec());
        words.push(w.to_ascii_uppercase());
        if let Some((first, rest)) = w.split_first() {
            words.push([&[first.to_ascii_uppercase()], rest].concat());
            words.push(rest.to_vec());
            words.push([*w, b"x"].concat());
        }
    }
    for w in &words {
        assert_eq!(CueKind::of(w), reference(w), "{w:?}");
    }
}

#[test]
fn cue_word_shapes_hold_every_cue_word_in_any_case() {
    for w in CUE_WORDS {
        assert!(w.len() < 16);
        assert!(CUE_WORD_SHAPES.may_hold(w), "{w:?}");
        assert!(CUE_WORD_SHAPES.may_hold(&w.to_ascii_uppercase()), "{w:?}");
    }
    // most words have no cue word's shape
    for w in [b"the".as_slice(), b"said", b"China", b"minister", b"dayx1"] {
        assert!(!CUE_WORD_SHAPES.may_hold(w), "{w:?}");
    }
}

#[test]
fn years_and_months_at_the_edges_of_sentences_and_words() {
    // a year at the start and the end of a sentence, beside non-ASCII words
    assert_eq!(one("Since 2015 Ünal has led the party."), s("2015"));
    assert_eq!(one("Zürich has hosted the talks since 2015"), s("2015"));
    assert_eq!(found("They met in the year 2019.")[0].0, "2019");
    assert_eq!(found("It grew in mid-2020.")[0].0, "mid-2020");
    // out of range, five digits, quantities, and a cue glued to the year are no years
    assert!(found("It fell in 1799 and in 2201.").is_empty());
    assert!(found("They counted in 20190 cases.").is_empty());
    assert!(found("The force grew by 2000 troops.").is_empty());
    assert!(found("It was in2019.").is_empty());
    // months alone: at the start and the end, after non-ASCII words, glued to a modifier
    assert_eq!(one("July was hot."), s("2021-07"));
    assert_eq!(one("Ünal spoke in early July"), s("2021-07"));
    assert_eq!(found("It began mid-July.")[0].0, "mid-July");
    assert_eq!(
        found("They met at the end of March.")[0].0,
        "the end of March"
    );
    assert!(found("The Mayor met Julyx and Junes.").is_empty());
}

#[test]
fn counted_expressions_at_the_edges_of_sentences_and_words() {
    assert_eq!(one("Two days ago Ünal left."), s("2021-11-11"));
    assert_eq!(one("The vote is due in 3 weeks"), s("2021-12-04"));
    assert_eq!(
        found("It ends in two weeks' time.")[0].0,
        "in two weeks' time"
    );
    assert_eq!(found("within three days, they said")[0].1, None);
    // five digits, a count glued to a word, and a unit running on are no counts
    assert!(found("It was 12345 days ago.").is_empty());
    assert!(found("It was x3 days ago and in 2weeks and in two weekdays.").is_empty());
}

#[test]
fn letter_runs_eight_at_a_time_agree_with_byte_by_byte() {
    let byte_by_byte = |bytes: &[u8], mut i: usize| {
        while i < bytes.len() && bytes[i].is_ascii_alphabetic() {
            i += 1;
        }
        i
    };
    // every byte value, in runs of letters of every length up to past two chunks
    let mut next = crate::calendar::test_rng(0x2545_F491_4F6C_DD1D);
    for _ in 0..20_000 {
        let len = next(24);
        let bytes: Vec<u8> = (0..len)
            .map(|_| match next(4) {
                0 => next(256) as u8,
                1 => b"@[`{AZaz"[next(8)],
                _ => b'a' + next(26) as u8,
            })
            .collect();
        for i in 0..=bytes.len() {
            assert_eq!(
                super::letter_run_end(&bytes, i),
                byte_by_byte(&bytes, i),
                "{bytes:?} at {i}"
            );
        }
    }
}

#[test]
fn past_tense_words_agree_with_the_pattern() {
    let pieces = [
        "said",
        "SAID",
        "met",
        "meta",
        "xhad",
        "had_",
        "had9",
        "was",
        "Were",
        "hit",
        "ended",
        "ed",
        "red",
        "bred",
        "worked",
        "WORKED",
        "work9ed",
        "wor_ked",
        "cre\u{17F}ed",
        "u\u{17F}ed",
        "\u{17F}aid",
        "loo\u{212A}ed",
        "é",
        "éed",
        "naïved",
        " ",
        "  ",
        ", ",
        "-",
        "'",
        "\u{2014}",
        "x",
        "9",
        "_",
        "the",
        "will",
        "it",
    ];
    let mut next = crate::calendar::test_rng(0x6A09_E667_F3BC_C909);
    for _ in 0..40_000 {
        let text: String = (0..1 + next(6))
            .map(|_| pieces[next(pieces.len())])
            .collect();
        assert_eq!(
            rules::has_past_tense_verb(&text),
            rules::PAST_TENSE.is_match(&text),
            "{text:?}"
        );
    }
}
