//! SVG timeline chart drawn by hand: stacked bars of event counts by quad class and a line of the
//! mean PLOVER score on a second axis, with axes, ticks, labels and a legend.

use crate::render::xml_escape;
use crate::TimelineRow;
use std::fmt::Write as _;

const WIDTH: f64 = 960.0;
const HEIGHT: f64 = 460.0;
const LEFT: f64 = 64.0;
const RIGHT: f64 = 64.0;
const TOP: f64 = 70.0;
const BOTTOM: f64 = 80.0;
/// Most x labels drawn; others are skipped so labels never overlap.
const MAX_X_LABELS: usize = 16;

/// Quad classes bottom to top with their colours (cooperation greens, conflict reds).
const QUADS: [(&str, &str, &str); 4] = [
    ("verbal_cooperation", "verbal cooperation", "#8fd18f"),
    ("material_cooperation", "material cooperation", "#2e8b57"),
    ("verbal_conflict", "verbal conflict", "#f4a261"),
    ("material_conflict", "material conflict", "#c0392b"),
];
const SCORE_COLOUR: &str = "#1f4e9c";

/// A "nice" tick step (1, 2 or 5 × 10^k) giving about `target` ticks up to `max`.
fn nice_step(max: f64, target: f64) -> f64 {
    if max <= 0.0 {
        return 1.0;
    }
    let raw = max / target;
    let mag = 10f64.powf(raw.log10().floor());
    let norm = raw / mag;
    let step = if norm <= 1.0 {
        1.0
    } else if norm <= 2.0 {
        2.0
    } else if norm <= 5.0 {
        5.0
    } else {
        10.0
    };
    (step * mag).max(1.0)
}

/// Draws the timeline as a standalone SVG document.
pub fn timeline_svg(rows: &[TimelineRow], title: &str) -> String {
    let plot_w = WIDTH - LEFT - RIGHT;
    let plot_h = HEIGHT - TOP - BOTTOM;
    let x0 = LEFT;
    let y0 = TOP + plot_h; // baseline
    let max_count = rows.iter().map(|r| r.events).max().unwrap_or(0) as f64;
    let step = nice_step(max_count, 5.0);
    let y_max = ((max_count / step).ceil() * step).max(step);
    let ycount = |v: f64| y0 - v / y_max * plot_h;
    let yscore = |v: f64| y0 - (v + 10.0) / 20.0 * plot_h;
    let n = rows.len().max(1) as f64;
    let band = plot_w / n;
    let bar_w = (band * 0.8).max(1.0);

    let mut s = String::new();
    let _ = writeln!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" viewBox="0 0 {WIDTH} {HEIGHT}" font-family="sans-serif" font-size="12">"#
    );
    let _ = writeln!(s, r#"<rect width="100%" height="100%" fill="white"/>"#);
    let _ = writeln!(
        s,
        r#"<text id="title" x="{}" y="24" text-anchor="middle" font-size="16" font-weight="bold">{}</text>"#,
        WIDTH / 2.0,
        xml_escape(title)
    );

    // Gridlines and left axis (event counts).
    let _ = writeln!(s, r#"<g id="y-axis">"#);
    let mut v = 0.0;
    while v <= y_max + 1e-9 {
        let y = ycount(v);
        let _ = writeln!(
            s,
            r##"<line x1="{x0}" y1="{y:.1}" x2="{:.1}" y2="{y:.1}" stroke="#e5e5e5"/>"##,
            x0 + plot_w
        );
        let _ = writeln!(
            s,
            r#"<line x1="{:.1}" y1="{y:.1}" x2="{x0}" y2="{y:.1}" stroke="black"/>"#,
            x0 - 5.0
        );
        let _ = writeln!(
            s,
            r#"<text x="{:.1}" y="{:.1}" text-anchor="end">{}</text>"#,
            x0 - 8.0,
            y + 4.0,
            v as u64
        );
        v += step;
    }
    let _ = writeln!(
        s,
        r#"<line x1="{x0}" y1="{TOP}" x2="{x0}" y2="{y0}" stroke="black"/>"#
    );
    let _ = writeln!(
        s,
        r#"<text x="16" y="{:.1}" text-anchor="middle" transform="rotate(-90 16 {:.1})">events</text>"#,
        TOP + plot_h / 2.0,
        TOP + plot_h / 2.0
    );
    let _ = writeln!(s, "</g>");

    // Right axis (mean score, −10 … +10).
    let xr = x0 + plot_w;
    let _ = writeln!(s, r#"<g id="y2-axis">"#);
    for tick in [-10, -5, 0, 5, 10] {
        let y = yscore(tick as f64);
        let _ = writeln!(
            s,
            r#"<line x1="{xr:.1}" y1="{y:.1}" x2="{:.1}" y2="{y:.1}" stroke="black"/>"#,
            xr + 5.0
        );
        let _ = writeln!(
            s,
            r#"<text x="{:.1}" y="{:.1}">{tick}</text>"#,
            xr + 8.0,
            y + 4.0
        );
    }
    let _ = writeln!(
        s,
        r#"<line x1="{xr:.1}" y1="{TOP}" x2="{xr:.1}" y2="{y0}" stroke="black"/>"#
    );
    let zero = yscore(0.0);
    let _ = writeln!(
        s,
        r#"<line x1="{x0}" y1="{zero:.1}" x2="{xr:.1}" y2="{zero:.1}" stroke="{SCORE_COLOUR}" stroke-dasharray="3,3" stroke-opacity="0.5"/>"#
    );
    let _ = writeln!(
        s,
        r#"<text x="{:.1}" y="{:.1}" text-anchor="middle" transform="rotate(90 {:.1} {:.1})">mean score</text>"#,
        WIDTH - 14.0,
        TOP + plot_h / 2.0,
        WIDTH - 14.0,
        TOP + plot_h / 2.0
    );
    let _ = writeln!(s, "</g>");

    // Stacked bars.
    let _ = writeln!(s, r#"<g id="bars">"#);
    for (i, r) in rows.iter().enumerate() {
        let x = x0 + band * i as f64 + (band - bar_w) / 2.0;
        let mut acc = 0.0;
        for (key, label, colour) in QUADS {
            let c = r.counts_by_quad.get(key).copied().unwrap_or(0) as f64;
            if c == 0.0 {
                continue;
            }
            let (top, bottom) = (ycount(acc + c), ycount(acc));
            let _ = writeln!(
                s,
                r#"<rect x="{x:.1}" y="{top:.1}" width="{bar_w:.1}" height="{:.1}" fill="{colour}"><title>{} {label}: {}</title></rect>"#,
                bottom - top,
                xml_escape(&r.period),
                c as u64
            );
            acc += c;
        }
    }
    let _ = writeln!(s, "</g>");

    // Mean score line, broken at empty periods.
    let _ = writeln!(s, r#"<g id="mean-score">"#);
    let mut segment: Vec<String> = Vec::new();
    let flush = |segment: &mut Vec<String>, s: &mut String| {
        if segment.len() > 1 {
            let _ = writeln!(
                s,
                r#"<polyline points="{}" fill="none" stroke="{SCORE_COLOUR}" stroke-width="2"/>"#,
                segment.join(" ")
            );
        }
        segment.clear();
    };
    for (i, r) in rows.iter().enumerate() {
        let cx = x0 + band * (i as f64 + 0.5);
        if r.events == 0 {
            flush(&mut segment, &mut s);
            continue;
        }
        let cy = yscore(r.score_mean.clamp(-10.0, 10.0));
        segment.push(format!("{cx:.1},{cy:.1}"));
        let _ = writeln!(
            s,
            r#"<circle cx="{cx:.1}" cy="{cy:.1}" r="3" fill="{SCORE_COLOUR}"><title>{} mean score {:.2}</title></circle>"#,
            xml_escape(&r.period),
            r.score_mean
        );
    }
    flush(&mut segment, &mut s);
    let _ = writeln!(s, "</g>");

    // X axis with period labels (every k-th so they never overlap).
    let _ = writeln!(s, r#"<g id="x-axis">"#);
    let _ = writeln!(
        s,
        r#"<line x1="{x0}" y1="{y0}" x2="{xr:.1}" y2="{y0}" stroke="black"/>"#
    );
    let every = rows.len().div_ceil(MAX_X_LABELS).max(1);
    for (i, r) in rows.iter().enumerate() {
        if i % every != 0 {
            continue;
        }
        let cx = x0 + band * (i as f64 + 0.5);
        let _ = writeln!(
            s,
            r#"<line x1="{cx:.1}" y1="{y0}" x2="{cx:.1}" y2="{:.1}" stroke="black"/>"#,
            y0 + 5.0
        );
        let _ = writeln!(
            s,
            r#"<text x="{cx:.1}" y="{:.1}" text-anchor="end" transform="rotate(-40 {cx:.1} {:.1})">{}</text>"#,
            y0 + 18.0,
            y0 + 18.0,
            xml_escape(&r.period)
        );
    }
    if rows.is_empty() {
        let _ = writeln!(
            s,
            r#"<text x="{:.1}" y="{:.1}" text-anchor="middle">no events</text>"#,
            x0 + plot_w / 2.0,
            TOP + plot_h / 2.0
        );
    }
    let _ = writeln!(s, "</g>");

    // Legend.
    let _ = writeln!(s, r#"<g id="legend">"#);
    let mut lx = LEFT;
    for (_, label, colour) in QUADS {
        let _ = writeln!(
            s,
            r#"<rect x="{lx:.1}" y="40" width="12" height="12" fill="{colour}"/>"#
        );
        let _ = writeln!(s, r#"<text x="{:.1}" y="50">{label}</text>"#, lx + 16.0);
        lx += 24.0 + label.len() as f64 * 7.0;
    }
    let _ = writeln!(
        s,
        r#"<line x1="{lx:.1}" y1="46" x2="{:.1}" y2="46" stroke="{SCORE_COLOUR}" stroke-width="2"/>"#,
        lx + 18.0
    );
    let _ = writeln!(
        s,
        r#"<text x="{:.1}" y="50">mean score (right axis)</text>"#,
        lx + 22.0
    );
    let _ = writeln!(s, "</g>");
    s.push_str("</svg>\n");
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nice_steps_are_round() {
        assert_eq!(nice_step(100.0, 5.0), 20.0);
        assert_eq!(nice_step(7.0, 5.0), 2.0);
        assert_eq!(nice_step(0.0, 5.0), 1.0);
        assert_eq!(nice_step(2300.0, 5.0), 500.0);
    }
}
