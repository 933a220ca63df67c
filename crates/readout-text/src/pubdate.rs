//! The publication (reference) date of a document, found in its text when the
//! input gave none: a dateline near the top or the date of the lead sentence.

use crate::calendar::{ambiguous_numeric_dates, full_dates, named_reading, writes_day_first};
use chrono::NaiveDate;

/// How many non-empty lines from the top may hold a dateline.
const DATELINE_LINES: usize = 12;
/// A dateline is a short line: "2021-02-04 09:43", "Published: 4 February 2021".
const DATELINE_MAX_BYTES: usize = 80;
/// How many lines may open with a dated lead ("On November 13, 2021, …").
const LEAD_LINES: usize = 6;
/// How far into a lead line the date may start ("BEIJING, Nov. 13, 2021 (Xinhua) --").
const LEAD_PREFIX_BYTES: usize = 120;

/// Finds the publication date in normalised text: first a short dateline line
/// among the first lines, else a full date at the start of one of the first
/// lines. Only dates with a year are accepted; a month and day alone
/// ("BEIJING, Nov 13 (Reuters) -") give `None` rather than a guessed year.
pub fn find_publication_date(text: &str) -> Option<NaiveDate> {
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .take(DATELINE_LINES)
        .collect();
    for line in &lines {
        if line.len() <= DATELINE_MAX_BYTES {
            if let Some(found) = full_dates(line).first() {
                return Some(found.date);
            }
            // "Brussels, 11/08/2020": the same day named with its month decides ("Amman,
            // Nov. 1" … "01/11/2023"), else the order the text writes its other dates in
            if let Some(&(_, a, b, y)) = ambiguous_numeric_dates(line).first() {
                let day_first = named_reading(text, a, b).or_else(|| writes_day_first(text));
                let (d, m) = match day_first? {
                    true => (a, b),
                    false => (b, a),
                };
                return NaiveDate::from_ymd_opt(y, m, d);
            }
        }
    }
    for line in lines.iter().take(LEAD_LINES) {
        // A lead date starts near the beginning; look no further than that.
        let mut end = line.len().min(LEAD_PREFIX_BYTES + 40);
        while !line.is_char_boundary(end) {
            end -= 1;
        }
        if let Some(found) = full_dates(&line[..end]).first() {
            if found.span.0 <= LEAD_PREFIX_BYTES {
                return Some(found.date);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, d)
    }

    #[test]
    fn dateline_formats() {
        assert_eq!(
            find_publication_date("Headline\n2021-02-04 09:43\n\nBody."),
            ymd(2021, 2, 4)
        );
        assert_eq!(
            find_publication_date("Headline\n2021-02-04\nBody."),
            ymd(2021, 2, 4)
        );
        assert_eq!(
            find_publication_date("Headline\nFebruary 4, 2021\nBody."),
            ymd(2021, 2, 4)
        );
        assert_eq!(
            find_publication_date("Headline\nPublished: 4 February 2021 10:00 GMT\nBody."),
            ymd(2021, 2, 4)
        );
        assert_eq!(
            find_publication_date("Nov. 13, 2021\nBody."),
            ymd(2021, 11, 13)
        );
    }

    #[test]
    fn lead_sentence_formats() {
        assert_eq!(
            find_publication_date("Headline\n\nOn November 13, 2021, State Councilor Wang Yi spoke with Blinken at length about many things."),
            ymd(2021, 11, 13)
        );
        assert_eq!(
            find_publication_date("BEIJING, Nov. 13, 2021 (Xinhua) -- Chinese State Councilor and Foreign Minister Wang Yi spoke by phone."),
            ymd(2021, 11, 13)
        );
    }

    #[test]
    fn ambiguous_slash_dates_follow_the_texts_own_order() {
        assert_eq!(
            find_publication_date(
                "Statement\n\nRome, 03/04/2019\n\nThe vote of 31 March was calm; talks on 2 April."
            ),
            ymd(2019, 4, 3)
        );
        assert_eq!(
            find_publication_date(
                "Statement\n\nBoston, 03/04/2019\n\nThe vote of March 1 was calm; talks on March 2."
            ),
            ymd(2019, 3, 4)
        );
        assert_eq!(
            find_publication_date(
                "Recall\n\nAmman, Nov. 3 (Petra) -- He left on March 2.\n\n03/11/2023"
            ),
            ymd(2023, 11, 3),
            "the day named with its month outweighs the text's usual order"
        );
        assert_eq!(
            find_publication_date("Note\n\nParis, 4 March\n\n03/04/2023"),
            ymd(2023, 3, 4),
            "4 March named: month first"
        );
        assert_eq!(
            find_publication_date("Statement\n\nRome, 03/04/2019\n\nNo other date here."),
            None,
            "no evidence either way: no date"
        );
    }

    #[test]
    fn hyphen_and_spaced_dot_datelines() {
        assert_eq!(
            find_publication_date("Statement\n\n25-05-2018 | 12:15\n\nThe cabinet met."),
            ymd(2018, 5, 25)
        );
        assert_eq!(
            find_publication_date("Statement\n\n17. 3. 2023 | Government Office\n\nIt met."),
            ymd(2023, 3, 17)
        );
        assert_eq!(
            find_publication_date(
                "Statement\n\nRome, 03-04-2019\n\nThe vote of 31 March was calm."
            ),
            ymd(2019, 4, 3),
            "hyphens read in the text's own order, like slashes"
        );
    }

    #[test]
    fn no_year_no_date() {
        assert_eq!(
            find_publication_date(
                "BEIJING, Nov 13 (Reuters) - China said on Saturday that talks went well."
            ),
            None
        );
        assert_eq!(find_publication_date("No dates here at all."), None);
    }

    #[test]
    fn dates_deep_in_the_body_are_not_datelines() {
        let body = format!(
            "Headline\n\n{} The treaty was signed on 16 July 2001 in Moscow.",
            "A long opening sentence without any date in it at all, going on and on for a while. "
                .repeat(2)
        );
        assert_eq!(find_publication_date(&body), None);
    }
}
