//! From a raw input document to a [`Document`] ready for coding: main text,
//! normalisation, boilerplate removal, reference date, sentences.

use crate::boilerplate::remove_boilerplate;
use crate::html::extract_html;
use crate::input::{BodyKind, RawDocument};
use crate::normalise::normalise;
use crate::pubdate::find_publication_date;
use crate::sentences::split_sentences;
use crate::unwrap::unwrap_lines;
use readout_model::{DateSource, Document};
use std::borrow::Cow;

/// Longest first line taken as the headline when the input gave no title.
const MAX_HEADLINE_BYTES: usize = 200;

/// Turns a raw document into a normalised, sentence-split [`Document`].
///
/// HTML bodies are reduced to their main text first; metadata (title, date,
/// URL) from the input wins over what the page or the text says. `Document.text`
/// is the normalised text and every span indexes into it.
pub fn prepare(raw: RawDocument) -> Document {
    let RawDocument {
        id,
        body,
        kind,
        url,
        title,
        date,
        origin,
    } = raw;
    let (body, html_title, html_date, html_url) = match kind {
        BodyKind::Text => (body, None, None, None),
        BodyKind::Html => {
            let x = extract_html(&body);
            (x.text, x.title, x.date, x.url)
        }
    };
    let text = edited(edited(normalise(&body), remove_boilerplate), unwrap_lines);
    let title = title
        .map(|t| normalise(&t))
        .filter(|t| !t.is_empty())
        .or_else(|| html_title.map(|t| normalise(&t)).filter(|t| !t.is_empty()))
        .or_else(|| headline(&text));
    let (date, date_source) = match date.or(html_date) {
        Some(d) => (Some(d), Some(DateSource::Metadata)),
        None => match find_publication_date(&text) {
            Some(d) => (Some(d), Some(DateSource::Text)),
            None => (None, None),
        },
    };
    let sentences = split_sentences(&text);
    Document {
        id,
        text,
        url: url.or(html_url),
        title,
        date,
        date_source,
        origin,
        sentences,
    }
}

/// `text` after `edit`, keeping `text`'s own buffer when the edit changes nothing (the
/// common case), instead of copying it.
fn edited(text: String, edit: impl for<'a> FnOnce(&'a str) -> Cow<'a, str>) -> String {
    let changed = match edit(&text) {
        Cow::Borrowed(_) => None,
        Cow::Owned(changed) => Some(changed),
    };
    changed.unwrap_or(text)
}

/// The first line when it looks like a headline: short and without final punctuation.
fn headline(text: &str) -> Option<String> {
    let first = text.lines().next()?.trim();
    let looks_like_headline = !first.is_empty()
        && first.len() <= MAX_HEADLINE_BYTES
        && !first.ends_with(['.', '!', '?', ':', ',', ';'])
        && first.chars().any(char::is_alphabetic);
    looks_like_headline.then(|| first.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn raw(body: &str, kind: BodyKind) -> RawDocument {
        RawDocument {
            id: "doc".into(),
            body: body.into(),
            kind,
            url: None,
            title: None,
            date: None,
            origin: "dir/doc.txt".into(),
        }
    }

    #[test]
    fn plain_text_readout() {
        let body = "Home\u{A0}>\u{A0}China News\r\nWang Yi Speaks with Blinken\r\n2021-11-13 14:12\r\n\r\n\r\nOn November 13, 2021, Wang Yi spoke with Antony J. Blinken at the latter\u{2019}s request. Both sides agreed.\r\n\r\nSuggest to a Friend: \u{A0} \u{A0}\r\nPrint";
        let doc = prepare(raw(body, BodyKind::Text));
        assert_eq!(
            doc.text,
            "Wang Yi Speaks with Blinken\n2021-11-13 14:12\n\nOn November 13, 2021, Wang Yi spoke with Antony J. Blinken at the latter's request. Both sides agreed."
        );
        assert_eq!(doc.title.as_deref(), Some("Wang Yi Speaks with Blinken"));
        assert_eq!(doc.date, NaiveDate::from_ymd_opt(2021, 11, 13));
        assert_eq!(doc.date_source, Some(DateSource::Text));
        assert_eq!(doc.origin, "dir/doc.txt");
        let sentences: Vec<&str> = doc.sentences.iter().map(|s| doc.sentence_text(s)).collect();
        assert_eq!(
            sentences,
            [
                "Wang Yi Speaks with Blinken",
                "2021-11-13 14:12",
                "On November 13, 2021, Wang Yi spoke with Antony J. Blinken at the latter's request.",
                "Both sides agreed."
            ]
        );
        assert_eq!(doc.sentences[3].paragraph, 2);
    }

    #[test]
    fn metadata_date_wins_over_text() {
        let mut r = raw("Headline\n2021-11-13 14:12\n\nText.", BodyKind::Text);
        r.date = NaiveDate::from_ymd_opt(2021, 11, 14);
        r.title = Some("Given title".into());
        let doc = prepare(r);
        assert_eq!(doc.date, NaiveDate::from_ymd_opt(2021, 11, 14));
        assert_eq!(doc.date_source, Some(DateSource::Metadata));
        assert_eq!(doc.title.as_deref(), Some("Given title"));
    }

    #[test]
    fn html_page_uses_page_metadata() {
        let page = r#"<html><head><title>T</title><meta name="date" content="2020-12-14"><link rel="canonical" href="https://x.org/1"></head>
<body><nav>Menu</nav><p>Turkey and China agreed to cooperate. They met again.</p></body></html>"#;
        let doc = prepare(raw(page, BodyKind::Html));
        assert_eq!(
            doc.text,
            "Turkey and China agreed to cooperate. They met again."
        );
        assert_eq!(doc.title.as_deref(), Some("T"));
        assert_eq!(doc.url.as_deref(), Some("https://x.org/1"));
        assert_eq!(doc.date, NaiveDate::from_ymd_opt(2020, 12, 14));
        assert_eq!(doc.date_source, Some(DateSource::Metadata));
        assert_eq!(doc.sentences.len(), 2);
    }

    #[test]
    fn no_date_anywhere() {
        let doc = prepare(raw("Just a sentence.", BodyKind::Text));
        assert_eq!((doc.date, doc.date_source), (None, None));
        assert_eq!(doc.title, None, "a sentence is not a headline");
    }
}
