//! Human and tool formats: aligned terminal tables, GraphML and GEXF networks.

use crate::Network;
use std::fmt::Write as _;

/// Terminal width in columns: the real terminal, else `$COLUMNS`, else 100.
pub fn terminal_width() -> usize {
    if let Some((terminal_size::Width(w), _)) = terminal_size::terminal_size() {
        return w as usize;
    }
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse().ok())
        .filter(|&w| w >= 20)
        .unwrap_or(100)
}

/// Display width of a string (characters; good enough for Latin, Cyrillic and most scripts).
fn width(s: &str) -> usize {
    s.chars().count()
}

/// Cuts `s` to `w` characters, ending with `…` when cut.
fn fit(s: &str, w: usize) -> String {
    if width(s) <= w {
        return s.to_string();
    }
    if w == 0 {
        return String::new();
    }
    let mut out: String = s.chars().take(w - 1).collect();
    out.push('…');
    out
}

/// Renders rows as an aligned table no wider than `max_width`: the widest columns are shrunk
/// (cells cut with `…`) until the table fits; line breaks in cells become spaces.
pub fn table(headers: &[&str], rows: &[Vec<String>], max_width: usize) -> String {
    let n = headers.len();
    let clean: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            (0..n)
                .map(|i| {
                    r.get(i)
                        .map(|c| c.replace(['\n', '\r', '\t'], " "))
                        .unwrap_or_default()
                })
                .collect()
        })
        .collect();
    let mut widths: Vec<usize> = headers.iter().map(|h| width(h)).collect();
    for r in &clean {
        for (i, c) in r.iter().enumerate() {
            widths[i] = widths[i].max(width(c));
        }
    }
    let sep = 2;
    let budget = max_width.max(n * 4);
    // Shrink the currently widest column one step at a time; never below its header or 3 chars.
    while widths.iter().sum::<usize>() + sep * n.saturating_sub(1) > budget {
        let (i, &w) = widths
            .iter()
            .enumerate()
            .max_by_key(|(_, w)| **w)
            .unwrap_or((0, &0));
        let floor = width(headers[i]).clamp(3, 12);
        if w <= floor {
            break;
        }
        widths[i] = w - 1;
    }
    let mut out = String::new();
    let line = |cells: Vec<String>, out: &mut String| {
        let mut l = String::new();
        for (i, c) in cells.iter().enumerate() {
            let c = fit(c, widths[i]);
            if i + 1 < n {
                let pad = widths[i] - width(&c) + sep;
                l.push_str(&c);
                l.push_str(&" ".repeat(pad));
            } else {
                l.push_str(&c);
            }
        }
        out.push_str(l.trim_end());
        out.push('\n');
    };
    line(headers.iter().map(|h| h.to_string()).collect(), &mut out);
    line(widths.iter().map(|w| "─".repeat(*w)).collect(), &mut out);
    for r in clean {
        line(r, &mut out);
    }
    out
}

/// Escapes text for XML content and attribute values.
pub fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c if (c as u32) < 0x20 && c != '\n' && c != '\t' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

impl Network {
    /// GraphML (undirected, typed attribute keys) that networkx `read_graphml` and Gephi open.
    pub fn to_graphml(&self) -> String {
        let mut s = String::new();
        s.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        s.push_str("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n");
        s.push_str("  <key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n");
        s.push_str(
            "  <key id=\"n_events\" for=\"node\" attr.name=\"events\" attr.type=\"long\"/>\n",
        );
        s.push_str(
            "  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n",
        );
        s.push_str(
            "  <key id=\"e_events\" for=\"edge\" attr.name=\"events\" attr.type=\"long\"/>\n",
        );
        s.push_str("  <key id=\"score_mean\" for=\"edge\" attr.name=\"score_mean\" attr.type=\"double\"/>\n");
        s.push_str("  <key id=\"cooperative\" for=\"edge\" attr.name=\"cooperative\" attr.type=\"long\"/>\n");
        s.push_str("  <key id=\"conflictual\" for=\"edge\" attr.name=\"conflictual\" attr.type=\"long\"/>\n");
        s.push_str("  <graph id=\"readout\" edgedefault=\"undirected\">\n");
        for n in &self.nodes {
            let id = xml_escape(&n.id);
            let _ = writeln!(
                s,
                "    <node id=\"{id}\"><data key=\"label\">{id}</data><data key=\"n_events\">{}</data></node>",
                n.events
            );
        }
        for (i, e) in self.edges.iter().enumerate() {
            let _ = writeln!(
                s,
                "    <edge id=\"e{i}\" source=\"{}\" target=\"{}\"><data key=\"weight\">{}</data><data key=\"e_events\">{}</data><data key=\"score_mean\">{:.4}</data><data key=\"cooperative\">{}</data><data key=\"conflictual\">{}</data></edge>",
                xml_escape(&e.source),
                xml_escape(&e.target),
                e.events as f64,
                e.events,
                e.score_mean,
                e.cooperative,
                e.conflictual
            );
        }
        s.push_str("  </graph>\n</graphml>\n");
        s
    }

    /// GEXF 1.3 (undirected, weighted) for Gephi.
    pub fn to_gexf(&self) -> String {
        let mut s = String::new();
        s.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        s.push_str("<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\">\n");
        s.push_str("  <meta><creator>readout</creator><description>actor network: dyads weighted by event count</description></meta>\n");
        s.push_str("  <graph mode=\"static\" defaultedgetype=\"undirected\">\n");
        s.push_str("    <attributes class=\"node\"><attribute id=\"0\" title=\"events\" type=\"long\"/></attributes>\n");
        s.push_str("    <attributes class=\"edge\"><attribute id=\"0\" title=\"score_mean\" type=\"double\"/><attribute id=\"1\" title=\"cooperative\" type=\"long\"/><attribute id=\"2\" title=\"conflictual\" type=\"long\"/></attributes>\n");
        s.push_str("    <nodes>\n");
        for n in &self.nodes {
            let id = xml_escape(&n.id);
            let _ = writeln!(
                s,
                "      <node id=\"{id}\" label=\"{id}\"><attvalues><attvalue for=\"0\" value=\"{}\"/></attvalues></node>",
                n.events
            );
        }
        s.push_str("    </nodes>\n    <edges>\n");
        for (i, e) in self.edges.iter().enumerate() {
            let _ = writeln!(
                s,
                "      <edge id=\"{i}\" source=\"{}\" target=\"{}\" weight=\"{}\"><attvalues><attvalue for=\"0\" value=\"{:.4}\"/><attvalue for=\"1\" value=\"{}\"/><attvalue for=\"2\" value=\"{}\"/></attvalues></edge>",
                xml_escape(&e.source),
                xml_escape(&e.target),
                e.events as f64,
                e.score_mean,
                e.cooperative,
                e.conflictual
            );
        }
        s.push_str("    </edges>\n  </graph>\n</gexf>\n");
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_fit_the_width_and_align() {
        let rows = vec![
            vec![
                "CHN".to_string(),
                "a very long evidence sentence that would overflow the terminal".to_string(),
            ],
            vec!["TUR".to_string(), "short".to_string()],
        ];
        let t = table(&["code", "sentence"], &rows, 30);
        for l in t.lines() {
            assert!(l.chars().count() <= 30, "{l:?}");
        }
        assert!(t.contains('…'));
        // Second column starts right after the first column's width (4, "code") plus the 2-space gap.
        let lines: Vec<&str> = t.lines().collect();
        assert_eq!(lines[0].chars().nth(6), Some('s'), "{t}");
        assert_eq!(lines[2].chars().nth(6), Some('a'), "{t}");
        assert_eq!(lines[3].chars().nth(6), Some('s'), "{t}");
    }

    #[test]
    fn xml_escape_covers_markup() {
        assert_eq!(xml_escape("a<b>&\"c'"), "a&lt;b&gt;&amp;&quot;c&apos;");
    }
}
