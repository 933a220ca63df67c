//! Removal of page furniture (breadcrumbs, share buttons, newsletter and cookie
//! notices, comment widgets) that scraped news text carries around its body.
//!
//! Patterns live in `data/text/boilerplate.txt` (documented there). Only short
//! standalone lines are ever removed, so a body sentence that merely mentions
//! "print" or "cookies" stays.

use crate::lines::split_lines;
use crate::normalise::collapse_blank_lines;
use std::borrow::Cow;
use std::sync::LazyLock;

/// Longest line that can be boilerplate; anything longer is body text.
pub const MAX_BOILERPLATE_LINE_BYTES: usize = 200;

/// The pattern file, embedded so the binary is self-contained.
const BOILERPLATE_FILE: &str = include_str!("../../../data/text/boilerplate.txt");

/// One whole-line pattern: lower-cased fixed parts separated by `*` wildcards.
struct LinePattern {
    parts: Vec<String>,
    anchored_start: bool,
    anchored_end: bool,
    /// Bytes of all parts together: no shorter line can match.
    min_len: usize,
}

impl LinePattern {
    fn parse(raw: &str) -> Option<Self> {
        let raw = raw.trim();
        let anchored_start = !raw.starts_with('*');
        let anchored_end = !raw.ends_with('*');
        let mut core = raw.trim_matches('*');
        // Decoration is ignored only on anchored sides, where the line is stripped too.
        if anchored_start {
            core = core.trim_start_matches(is_decoration);
        }
        if anchored_end {
            core = core.trim_end_matches(is_decoration);
        }
        let parts: Vec<String> = core.split('*').map(str::to_lowercase).collect();
        if parts.iter().all(String::is_empty) {
            return None;
        }
        let min_len = parts.iter().map(String::len).sum();
        Some(LinePattern {
            parts,
            anchored_start,
            anchored_end,
            min_len,
        })
    }

    /// Glob match of a stripped, lower-cased line.
    fn matches(&self, line: &str) -> bool {
        // A cheap necessary condition first: most lines are shorter than most patterns.
        if line.len() < self.min_len {
            return false;
        }
        let n = self.parts.len();
        let mut rest = line;
        for (i, part) in self.parts.iter().enumerate() {
            let first = i == 0;
            let last = i + 1 == n;
            if first && self.anchored_start {
                let Some(r) = rest.strip_prefix(part.as_str()) else {
                    return false;
                };
                rest = r;
                if last && self.anchored_end {
                    return rest.is_empty();
                }
            } else if last && self.anchored_end {
                return rest.ends_with(part.as_str());
            } else {
                let Some(k) = rest.find(part.as_str()) else {
                    return false;
                };
                rest = &rest[k + part.len()..];
            }
        }
        true
    }

    /// The byte every matching line starts with, when the pattern fixes one.
    fn first_byte(&self) -> Option<u8> {
        let first = self.parts.first()?.as_bytes().first()?;
        self.anchored_start.then_some(*first)
    }
}

/// The line patterns, grouped so that a line is tried only against those that can match it.
struct Patterns {
    /// Patterns anchored at the start with a fixed first byte, by that byte (256 lists).
    by_first_byte: Vec<Vec<LinePattern>>,
    /// The others, tried on every line.
    anywhere: Vec<LinePattern>,
}

impl Patterns {
    fn new(patterns: impl Iterator<Item = LinePattern>) -> Self {
        let mut index = Patterns {
            by_first_byte: (0..256).map(|_| Vec::new()).collect(),
            anywhere: Vec::new(),
        };
        for p in patterns {
            match p.first_byte() {
                Some(b) => index.by_first_byte[usize::from(b)].push(p),
                None => index.anywhere.push(p),
            }
        }
        index
    }

    /// Does any pattern match this stripped, lower-cased line?
    fn any_matches(&self, line: &str) -> bool {
        let candidates = match line.as_bytes().first() {
            Some(&b) => &self.by_first_byte[usize::from(b)][..],
            None => &[],
        };
        candidates
            .iter()
            .chain(&self.anywhere)
            .any(|p| p.matches(line))
    }
}

static PATTERNS: LazyLock<Patterns> = LazyLock::new(|| {
    Patterns::new(
        BOILERPLATE_FILE
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
            .filter_map(LinePattern::parse),
    )
});

/// Characters that decorate widget labels: `<Suggest To A Friend>`, `Share this:`.
fn is_decoration(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '<' | '>'
                | '['
                | ']'
                | '('
                | ')'
                | '|'
                | ':'
                | '.'
                | '!'
                | '*'
                | '-'
                | '_'
                | '='
                | '\u{2022}'
                | '\u{B7}'
                | '\u{BB}'
                | '\u{203A}'
        )
}

/// Separators of breadcrumb trails.
const CRUMB_SEPARATORS: [char; 5] = ['>', '\u{BB}', '\u{203A}', '/', '|'];
/// Separators that only breadcrumbs use (a slash or bar also appears in titles).
const STRONG_CRUMB_SEPARATORS: [char; 3] = ['>', '\u{BB}', '\u{203A}'];

/// Is this line a navigation breadcrumb like "Home > News & Events"?
fn is_breadcrumb(line: &str) -> bool {
    // Crumbs are labels, not sentences.
    if line.bytes().any(|b| matches!(b, b'.' | b'!' | b'?' | b'"')) {
        return false;
    }
    let crumbs: Vec<&str> = line.split(CRUMB_SEPARATORS).map(str::trim).collect();
    if crumbs.len() < 2 || crumbs.iter().any(|c| c.len() > 60) {
        return false;
    }
    let first = crumbs[0].to_ascii_lowercase();
    if matches!(
        first.as_str(),
        "home" | "homepage" | "home page" | "main" | "main page" | "start"
    ) {
        return true;
    }
    let strong = line.matches(STRONG_CRUMB_SEPARATORS).count();
    strong >= 2
        && crumbs.iter().all(|c| {
            c.chars()
                .next()
                .is_some_and(|ch| ch.is_uppercase() || ch.is_numeric())
        })
}

/// Is this single line boilerplate?
pub fn is_boilerplate_line(line: &str) -> bool {
    let line = line.trim();
    if line.is_empty() || line.len() > MAX_BOILERPLATE_LINE_BYTES {
        return false;
    }
    if is_breadcrumb(line) {
        return true;
    }
    let stripped = line.trim_matches(is_decoration).to_lowercase();
    if stripped.is_empty() {
        return false;
    }
    PATTERNS.any_matches(&stripped)
}

/// Removes boilerplate lines from normalised text, re-collapsing blank lines; the text
/// itself, borrowed, when it has none (most texts), so that it is not copied.
pub fn remove_boilerplate(text: &str) -> Cow<'_, str> {
    let mut lines: Vec<&str> = split_lines(text).collect();
    // Each line is tested once; most texts have no boilerplate and are returned as they are.
    let Some(first) = lines.iter().position(|l| is_boilerplate_line(l)) else {
        return Cow::Borrowed(text);
    };
    lines[first] = "";
    for line in &mut lines[first + 1..] {
        if is_boilerplate_line(line) {
            *line = "";
        }
    }
    Cow::Owned(collapse_blank_lines(&lines.join("\n")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn removes_listed_widget_lines() {
        for line in [
            "Home > News & Events",
            "Home > China News",
            "Home \u{BB} World | Asia",
            "Main page > Press service > News",
            "You are here: Home > News",
            "Editor: Li Yan",
            "<Suggest To A Friend>",
            "Suggest to a Friend:",
            "Print",
            "Subscribe to our newsletter",
            "Sign up here to get the latest news, updates and special offers delivered directly to your inbox.",
            "Notify of",
            "Inline Feedbacks",
            "View all comments",
            "Would love your thoughts, please comment.x",
            "Share this:",
            "We use cookies to improve your experience. By continuing you accept.",
            "Related articles",
            "Follow us on Twitter and Facebook",
            "\u{A9} 2021 Reuters. All rights reserved.",
        ] {
            assert!(is_boilerplate_line(line), "{line:?} should be boilerplate");
        }
    }

    #[test]
    fn keeps_body_sentences() {
        for line in [
            "The ministry will print new passports for citizens abroad.",
            "Print media were banned from the talks.",
            "Home affairs ministers met in Brussels on Monday.",
            "Turkey > Syria in importance, he said",
            "Exports > imports > services",
            "The editor: a profile of the newspaper's chief was published today in the weekend magazine section.",
            "He rejected the comments as baseless.",
            "Share prices fell after the sanctions were announced.",
            "Wang Yi Speaks with Turkish Foreign Minister on the Phone",
            "",
        ] {
            assert!(!is_boilerplate_line(line), "{line:?} should be kept");
        }
        let long = format!("Print {}", "x ".repeat(150));
        assert!(
            !is_boilerplate_line(&long),
            "long lines are never boilerplate"
        );
    }

    #[test]
    fn removes_lines_and_collapses_gaps() {
        let text = "Home > China News\nHeadline here\n\nBody one.\n\nSuggest to a Friend:\n\nPrint";
        assert_eq!(remove_boilerplate(text), "Headline here\n\nBody one.");
        let clean = "Nothing to remove.\n\nReally.";
        assert_eq!(remove_boilerplate(clean), clean);
    }

    #[test]
    fn indexed_patterns_answer_as_trying_every_pattern() {
        let all: Vec<LinePattern> = BOILERPLATE_FILE
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
            .filter_map(LinePattern::parse)
            .collect();
        // every pattern's own text, cut, extended and wrapped, plus ordinary lines
        let mut lines = vec![
            "the talks went well".to_string(),
            "x".into(),
            "é print".into(),
        ];
        for raw in BOILERPLATE_FILE.lines().filter(|l| !l.starts_with('#')) {
            let core = raw.trim().trim_matches('*').to_lowercase();
            let cut = core
                .chars()
                .take(core.chars().count() / 2)
                .collect::<String>();
            lines.extend([
                core.replace('*', " and "),
                core.replace('*', ""),
                format!("more {core}"),
                format!("{core} more"),
                cut,
            ]);
        }
        for line in lines.iter().filter(|l| !l.is_empty()) {
            let expected = all.iter().any(|p| p.matches(line));
            assert_eq!(PATTERNS.any_matches(line), expected, "{line:?}");
        }
    }

    #[test]
    fn glob_patterns() {
        let p = LinePattern::parse("Get the latest*delivered*").unwrap();
        assert!(p.matches("get the latest news delivered daily"));
        assert!(!p.matches("get the latest news"));
        let q = LinePattern::parse("* All rights reserved*").unwrap();
        assert!(q.matches("reuters 2021. all rights reserved"));
        let exact = LinePattern::parse("Share this:").unwrap();
        assert!(exact.matches("share this"));
        assert!(!exact.matches("share this article now"));
    }
}
