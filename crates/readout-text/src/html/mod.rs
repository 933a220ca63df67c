//! Main-text extraction from HTML pages: the article body as blank-line
//! separated paragraphs, plus title, publication date and canonical URL.

use crate::calendar::parse_date_value;
use chrono::NaiveDate;
use ego_tree::iter::Edge;
use scraper::{ElementRef, Html, Node, Selector};
use std::sync::LazyLock;

mod fallback;

use fallback::{nesting_estimate, strip_tags, MAX_NESTING};

/// What an HTML page yields for the pipeline.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct HtmlExtract {
    /// Paragraphs of the main content, separated by blank lines (not yet normalised).
    pub text: String,
    /// `og:title`, else `<title>`, else the first `<h1>`.
    pub title: Option<String>,
    /// `article:published_time` and friends, else the first `<time datetime>`.
    pub date: Option<NaiveDate>,
    /// `<link rel=canonical>`, else `og:url`.
    pub url: Option<String>,
}

fn selector(css: &str) -> Selector {
    // The selectors below are fixed strings known to parse.
    Selector::parse(css).unwrap_or_else(|_| Selector::parse("*").unwrap_or_else(|_| unreachable!()))
}

static TITLE_META: LazyLock<Selector> =
    LazyLock::new(|| selector(r#"meta[property="og:title"], meta[name="twitter:title"]"#));
static TITLE: LazyLock<Selector> = LazyLock::new(|| selector("title"));
static H1: LazyLock<Selector> = LazyLock::new(|| selector("h1"));
static DATE_META: LazyLock<Selector> = LazyLock::new(|| {
    selector(
        r#"meta[property="article:published_time"], meta[name="article:published_time"], meta[itemprop="datePublished"], meta[name="date"], meta[name="pubdate"], meta[name="publishdate"], meta[name="publish-date"], meta[name="DC.date.issued"], meta[name="dcterms.date"], meta[name="dc.date"], meta[property="og:published_time"]"#,
    )
});
static TIME: LazyLock<Selector> = LazyLock::new(|| selector("time[datetime]"));
static CANONICAL: LazyLock<Selector> = LazyLock::new(|| selector(r#"link[rel="canonical"]"#));
static OG_URL: LazyLock<Selector> = LazyLock::new(|| selector(r#"meta[property="og:url"]"#));
static ARTICLE: LazyLock<Selector> = LazyLock::new(|| selector("article"));
static MAIN: LazyLock<Selector> = LazyLock::new(|| selector(r#"main, [role="main"]"#));
static BODY: LazyLock<Selector> = LazyLock::new(|| selector("body"));

/// Elements whose content is never article text.
const SKIPPED_TAGS: &[&str] = &[
    "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg",
    "button", "select", "textarea", "template", "head", "figure", "menu", "dialog", "canvas",
    "object", "embed",
];

/// Elements that start a new paragraph.
const BLOCK_TAGS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "blockquote",
    "pre",
    "table",
    "tr",
    "address",
    "center",
    "hr",
    "body",
    "html",
];

/// Class/id words that mark page furniture rather than content.
const FURNITURE_WORDS: &[&str] = &[
    "share",
    "sharing",
    "social",
    "comments",
    "breadcrumb",
    "breadcrumbs",
    "cookie",
    "cookies",
    "newsletter",
    "sidebar",
    "advert",
    "advertisement",
    "ads",
    "promo",
    "subscribe",
    "related",
    "popup",
    "modal",
    "menu",
    "nav",
    "navbar",
    "navigation",
    "footer",
    "pagination",
    "toolbar",
    "print",
    "tags",
];

/// Extracts the main text and metadata of an HTML page. Never panics on malformed markup.
pub fn extract_html(source: &str) -> HtmlExtract {
    if nesting_estimate(source) > MAX_NESTING {
        // The HTML5 tree builder is quadratic in nesting depth; pathological
        // pages get a plain tag-stripping pass instead.
        return HtmlExtract {
            text: strip_tags(source),
            ..HtmlExtract::default()
        };
    }
    let page = Html::parse_document(source);
    let attr = |sel: &Selector, name: &str| -> Option<String> {
        page.select(sel)
            .filter_map(|e| e.value().attr(name))
            .map(str::trim)
            .find(|v| !v.is_empty())
            .map(str::to_string)
    };
    let title = attr(&TITLE_META, "content")
        .or_else(|| {
            page.select(&TITLE)
                .map(element_text)
                .find(|t| !t.is_empty())
        })
        .or_else(|| page.select(&H1).map(element_text).find(|t| !t.is_empty()));
    let date = page
        .select(&DATE_META)
        .filter_map(|e| e.value().attr("content"))
        .chain(
            page.select(&TIME)
                .filter_map(|e| e.value().attr("datetime")),
        )
        .find_map(parse_date_value);
    let url = attr(&CANONICAL, "href").or_else(|| attr(&OG_URL, "content"));

    let text = main_content_root(&page)
        .map(content_text)
        .unwrap_or_default();
    HtmlExtract {
        text,
        title,
        date,
        url,
    }
}

/// The element holding the article: the longest `<article>`, else `<main>`, else `<body>`.
fn main_content_root(page: &Html) -> Option<ElementRef<'_>> {
    let longest_article = page
        .select(&ARTICLE)
        .map(|a| (a.text().map(str::len).sum::<usize>(), a))
        .max_by_key(|(len, _)| *len)
        .filter(|(len, _)| *len >= 200)
        .map(|(_, a)| a);
    longest_article
        .or_else(|| page.select(&MAIN).next())
        .or_else(|| page.select(&BODY).next())
        .or_else(|| Some(page.root_element()))
}

/// The paragraphs of `root` without page furniture. Class and id names only
/// hint at furniture, so if honouring them removes most of the text (a wrapper
/// named "has-comments" around the whole article), only tags are honoured.
fn content_text(root: ElementRef<'_>) -> String {
    let text = block_text(root, true);
    let total: usize = root.text().map(|t| t.trim().len()).sum();
    if total >= 500 && visible_len(&text) * 4 < total {
        let by_tags = block_text(root, false);
        if visible_len(&by_tags) > visible_len(&text) * 2 {
            return by_tags;
        }
    }
    text
}

/// Bytes that are not whitespace.
fn visible_len(text: &str) -> usize {
    text.bytes().filter(|b| !b.is_ascii_whitespace()).count()
}

/// Whitespace-collapsed text of an element (for titles).
fn element_text(e: ElementRef<'_>) -> String {
    e.text()
        .flat_map(str::split_whitespace)
        .collect::<Vec<_>>()
        .join(" ")
}

fn is_furniture(e: &scraper::node::Element, use_classes: bool) -> bool {
    let name = e.name();
    if SKIPPED_TAGS.contains(&name) {
        return true;
    }
    if e.attr("hidden").is_some() || e.attr("aria-hidden") == Some("true") {
        return true;
    }
    if matches!(
        e.attr("role"),
        Some("navigation" | "banner" | "contentinfo" | "complementary" | "dialog")
    ) {
        return true;
    }
    if !use_classes {
        return false;
    }
    let marks = e.attr("class").into_iter().chain(e.attr("id"));
    marks.flat_map(str::split_whitespace).any(|token| {
        token
            .to_ascii_lowercase()
            .split(['-', '_'])
            .any(|w| FURNITURE_WORDS.contains(&w))
    })
}

/// Text of `root` with block elements as blank-line separated paragraphs and
/// `<br>` as line breaks. Iterative, so deeply nested markup cannot overflow the stack.
fn block_text(root: ElementRef<'_>, use_classes: bool) -> String {
    let mut out = String::new();
    let mut skip_until: Option<ego_tree::NodeId> = None;
    for edge in root.traverse() {
        match edge {
            Edge::Open(node) => {
                if skip_until.is_some() {
                    continue;
                }
                match node.value() {
                    Node::Text(t) => push_inline(&mut out, t),
                    Node::Element(e) => {
                        if node.id() != root.id() && is_furniture(e, use_classes) {
                            skip_until = Some(node.id());
                        } else if e.name() == "br" {
                            out.push('\n');
                        } else if BLOCK_TAGS.contains(&e.name()) {
                            out.push_str("\n\n");
                        } else if matches!(e.name(), "td" | "th") {
                            out.push(' ');
                        }
                    }
                    _ => {}
                }
            }
            Edge::Close(node) => {
                if skip_until == Some(node.id()) {
                    skip_until = None;
                    continue;
                }
                if skip_until.is_none() {
                    if let Node::Element(e) = node.value() {
                        if BLOCK_TAGS.contains(&e.name()) {
                            out.push_str("\n\n");
                        }
                    }
                }
            }
        }
    }
    out
}

/// Appends inline text with its source whitespace collapsed to single spaces
/// (line breaks in HTML source are not paragraph breaks).
fn push_inline(out: &mut String, text: &str) {
    let mut words = text.split_whitespace().peekable();
    if words.peek().is_none() {
        if !text.is_empty() && !out.ends_with([' ', '\n']) {
            out.push(' ');
        }
        return;
    }
    if text.starts_with(char::is_whitespace) && !out.ends_with([' ', '\n']) {
        out.push(' ');
    }
    let mut first = true;
    for w in words {
        if !first {
            out.push(' ');
        }
        out.push_str(w);
        first = false;
    }
    if text.ends_with(char::is_whitespace) {
        out.push(' ');
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalise;

    const PAGE: &str = r#"<!doctype html><html><head>
<title>Site | Wang Yi Speaks with Blinken</title>
<meta property="og:title" content="Wang Yi Speaks with Blinken">
<meta property="article:published_time" content="2021-11-13T14:12:00+08:00">
<link rel="canonical" href="https://example.org/a/1.html">
<style>p { color: red }</style><script>var x = "<p>no</p>";</script>
</head><body>
<nav><a href="/">Home</a> &gt; <a>News</a></nav>
<header><h1>Site banner</h1></header>
<article>
<h1>Wang Yi Speaks with Blinken</h1>
<p>On November 13, 2021, Wang Yi spoke
   with Antony J. Blinken &amp; others.</p>
<div class="share-buttons">Share on Twitter</div>
<p>Both sides <b>agreed</b> to keep talking.<br>New line here.</p>
<p>Filler text to make the article long enough to be chosen as the main content of the page, which it is.</p>
</article>
<aside>Related: other stories</aside>
<footer>Copyright 2021</footer>
</body></html>"#;

    #[test]
    fn extracts_article_paragraphs_and_metadata() {
        let x = extract_html(PAGE);
        assert_eq!(x.title.as_deref(), Some("Wang Yi Speaks with Blinken"));
        assert_eq!(x.date, NaiveDate::from_ymd_opt(2021, 11, 13));
        assert_eq!(x.url.as_deref(), Some("https://example.org/a/1.html"));
        let text = normalise(&x.text);
        assert!(text.starts_with("Wang Yi Speaks with Blinken\n\nOn November 13, 2021, Wang Yi spoke with Antony J. Blinken & others.\n\nBoth sides agreed to keep talking.\nNew line here."), "{text}");
        for junk in [
            "Home",
            "banner",
            "Share on",
            "Related",
            "Copyright",
            "color",
            "var x",
        ] {
            assert!(!text.contains(junk), "{junk} leaked into {text}");
        }
    }

    #[test]
    fn malformed_markup_still_yields_text() {
        let x = extract_html(
            "<html><body><p>Unclosed <b>bold <div>block</p></i> text &bogus; &lt;ok&gt;<p>Second",
        );
        let text = normalise(&x.text);
        assert!(text.contains("Unclosed bold"), "{text}");
        assert!(text.contains("Second"), "{text}");
        assert!(text.contains("<ok>"), "{text}");
        assert_eq!(x.title, None);
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        let html = format!(
            "{}deep text{}",
            "<div>".repeat(50_000),
            "</div>".repeat(50_000)
        );
        assert!(extract_html(&html).text.contains("deep text"));
    }

    #[test]
    fn a_furniture_class_on_the_whole_article_does_not_empty_it() {
        let body =
            "<p>China and Turkey agreed to deepen cooperation in many fields. </p>".repeat(20);
        let html = format!("<html><body><div class=\"post has-comments\">{body}</div><div class=\"share\">Share this</div></body></html>");
        let text = extract_html(&html).text;
        assert!(text.matches("agreed").count() == 20, "{text}");
    }

    #[test]
    fn table_layout_government_page() {
        let page = r#"<html><head><title>T</title></head><body>
<div id="top"><ul class="menu"><li><a href="/">Home</a></li><li><a>Ministry</a></li></ul></div>
<table><tr><td><div class="title">Wang Yi Speaks with Blinken</div><div class="time">2021-11-13 14:12</div>
<div id="News_Body_Txt_A"><p>On November 13, 2021, Wang Yi spoke with Blinken.</p><p>Both sides agreed.&nbsp;They will talk.</p></div>
<div class="print"><a href="javascript:window.print()">Print</a></div></td></tr></table>
<div id="footer">Copyright &copy; Ministry of Foreign Affairs</div></body></html>"#;
        let text = normalise(&extract_html(page).text);
        assert_eq!(
            text,
            "Wang Yi Speaks with Blinken\n\n2021-11-13 14:12\n\nOn November 13, 2021, Wang Yi spoke with Blinken.\n\nBoth sides agreed. They will talk."
        );
    }

    #[test]
    fn time_element_gives_the_date() {
        let x =
            extract_html(r#"<body><time datetime="2020-12-14">Dec 14</time><p>Text.</p></body>"#);
        assert_eq!(x.date, NaiveDate::from_ymd_opt(2020, 12, 14));
    }
}
