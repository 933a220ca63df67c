//! The fallback for pathological markup: the HTML5 tree builder is quadratic
//! in nesting depth, so deeply nested pages are reduced by stripping tags.

use super::BLOCK_TAGS;

/// Deepest element nesting handed to the HTML5 parser.
pub(super) const MAX_NESTING: usize = 512;

/// Elements without content or whose end tag is optional, ignored when estimating depth.
const NON_NESTING_TAGS: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr", "p", "li", "td", "th", "tr", "option", "dt", "dd", "html", "head", "body",
];

/// Lower-cased tag name starting at `s` (just after `<` or `</`).
fn tag_name(s: &str) -> String {
    s.chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .take(16)
        .collect::<String>()
        .to_ascii_lowercase()
}

/// Rough maximum element depth from counting start and end tags.
pub(super) fn nesting_estimate(source: &str) -> usize {
    let (mut depth, mut max) = (0usize, 0usize);
    for i in memchr::memchr_iter(b'<', source.as_bytes()) {
        let rest = &source[i + 1..];
        if let Some(close) = rest.strip_prefix('/') {
            if !NON_NESTING_TAGS.contains(&tag_name(close).as_str()) {
                depth = depth.saturating_sub(1);
            }
        } else if rest.starts_with(|c: char| c.is_ascii_alphabetic()) {
            let name = tag_name(rest);
            // Look for the tag's end nearby only, so a page full of stray '<' stays linear.
            let window = &rest.as_bytes()[..rest.len().min(256)];
            let self_closing =
                memchr::memchr(b'>', window).is_some_and(|e| e > 0 && window[e - 1] == b'/');
            if !self_closing && !NON_NESTING_TAGS.contains(&name.as_str()) {
                depth += 1;
                max = max.max(depth);
            }
        }
    }
    max
}

/// Text of a page by removing tags (script and style contents dropped, block tags as
/// paragraph breaks, common entities decoded): the fallback for pathological markup.
pub(super) fn strip_tags(source: &str) -> String {
    let mut out = String::with_capacity(source.len() / 2);
    let mut rest = source;
    while let Some(lt) = rest.find('<') {
        out.push_str(&decode_entities(&rest[..lt]));
        let after = &rest[lt + 1..];
        let Some(gt) = after.find('>') else {
            rest = "";
            break;
        };
        let tag = after[..gt].trim_start_matches('/');
        let name = tag_name(tag);
        rest = &after[gt + 1..];
        if !after.starts_with('/') && (name == "script" || name == "style") {
            rest = find_end_tag(rest, &name).map_or("", |k| &rest[k..]);
            continue;
        }
        if name == "br" {
            out.push('\n');
        } else if BLOCK_TAGS.contains(&name.as_str()) {
            out.push_str("\n\n");
        }
    }
    out.push_str(&decode_entities(rest));
    out
}

/// Byte offset of the first `</name` (any case) in `s`.
fn find_end_tag(s: &str, name: &str) -> Option<usize> {
    memchr::memchr_iter(b'<', s.as_bytes()).find(|&i| {
        s[i + 1..].starts_with('/')
            && s.get(i + 2..i + 2 + name.len())
                .is_some_and(|t| t.eq_ignore_ascii_case(name))
    })
}

/// Decodes the entities that matter for text: named basics and numeric references.
fn decode_entities(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.contains('&') {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp + 1..];
        let entity_end = after.find(';').filter(|&k| k <= 10);
        let decoded = entity_end.and_then(|k| {
            let name = &after[..k];
            let c = match name {
                "amp" => '&',
                "lt" => '<',
                "gt" => '>',
                "quot" => '"',
                "apos" => '\'',
                "nbsp" => ' ',
                _ => {
                    let num = name.strip_prefix('#')?;
                    let code = match num.strip_prefix(['x', 'X']) {
                        Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                        None => num.parse().ok()?,
                    };
                    char::from_u32(code)?
                }
            };
            Some((c, k))
        });
        match decoded {
            Some((c, k)) => {
                out.push(c);
                rest = &after[k + 1..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    std::borrow::Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stray_angle_brackets_stay_linear() {
        let page = "<a".repeat(100_000);
        let started = std::time::Instant::now();
        assert_eq!(nesting_estimate(&page), 100_000);
        let _ = strip_tags(&page);
        assert!(
            started.elapsed().as_secs() < 5,
            "took {:?}",
            started.elapsed()
        );
    }

    #[test]
    fn pathological_nesting_uses_the_fallback() {
        assert!(nesting_estimate("<div><div><p>x</p><br><img src=a/></div></div>") == 2);
        let html = format!(
            "<p>a &amp; b &#8212; &#x41;</p><script>x<y</script>{}deep<br>text{}",
            "<span>".repeat(5000),
            "</span>".repeat(5000)
        );
        let text = crate::normalise(&super::super::extract_html(&html).text);
        assert_eq!(text, "a & b - A\n\ndeep\ntext");
    }
}
