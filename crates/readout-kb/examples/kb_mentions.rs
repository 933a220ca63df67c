//! Prints the mentions found in stdin: `cargo run -p readout-kb --example kb_mentions -- [YYYY-MM-DD] [extra.tsv…]`.

use std::io::Read;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let date = args
        .next()
        .and_then(|d| chrono::NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok());
    let extras: Vec<std::path::PathBuf> = args.map(Into::into).collect();
    let started = std::time::Instant::now();
    let cpu_before = cpu_ticks();
    let kb = readout_kb::KnowledgeBase::with_extras(&extras)?;
    eprintln!(
        "loaded in {:?} wall, {} ms CPU: {:?}",
        started.elapsed(),
        (cpu_ticks() - cpu_before) * 10,
        kb.stats()
    );
    let mut text = String::new();
    std::io::stdin().read_to_string(&mut text)?;
    if let Some(rounds) = std::env::var("KB_BENCH")
        .ok()
        .and_then(|r| r.parse::<usize>().ok())
    {
        // Sentence-sized calls, as the coder makes them (KB_BENCH_WHOLE=1: one call per round).
        let units: Vec<&str> = if std::env::var_os("KB_BENCH_WHOLE").is_some() {
            vec![text.as_str()]
        } else {
            sentences(&text)
        };
        let explained = std::env::var_os("KB_BENCH_EXPLAINED").is_some();
        let cpu_before = cpu_ticks();
        let mut found = 0;
        for _ in 0..rounds {
            for unit in &units {
                found += if explained {
                    kb.find_mentions_explained(unit, date).len()
                } else {
                    kb.find_mentions(unit, date).len()
                };
            }
        }
        let cpu = (cpu_ticks() - cpu_before) as f64 / 100.0;
        eprintln!(
            "{rounds} × {} bytes: {found} mentions, {cpu:.2} s CPU ({:.1} MB/s)",
            text.len(),
            (rounds * text.len()) as f64 / 1e6 / cpu.max(0.01)
        );
        return Ok(());
    }
    let started = std::time::Instant::now();
    let cpu_before = cpu_ticks();
    let mentions = kb.find_mentions(&text, date);
    let cpu = (cpu_ticks() - cpu_before) as f64 / 100.0;
    eprintln!(
        "matched {} bytes in {:?} wall, {cpu:.2} s CPU ({:.1} MB/s CPU)",
        text.len(),
        started.elapsed(),
        text.len() as f64 / 1e6 / cpu.max(0.01)
    );
    for m in mentions {
        println!(
            "{:?} {:?} {:?} {} {:?} name={:?} title={:?} office={:?} head={:?} fb={} | {}",
            m.span,
            m.text,
            m.kind,
            m.code,
            m.sector,
            m.name,
            m.title,
            m.office,
            m.head,
            m.date_fallback,
            m.why
        );
    }
    Ok(())
}

/// Rough sentences: lines cut after ". " (the benchmark only needs sentence-sized pieces).
fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for line in text.lines() {
        let mut rest = line;
        while let Some(i) = rest.find(". ") {
            out.push(&rest[..i + 1]);
            rest = &rest[i + 2..];
        }
        if !rest.is_empty() {
            out.push(rest);
        }
    }
    out
}

/// User+system CPU time of this process in clock ticks (1/100 s on Linux), 0 elsewhere.
fn cpu_ticks() -> u64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    let after = stat.rsplit(')').next().unwrap_or("");
    let fields: Vec<&str> = after.split_whitespace().collect();
    let get = |i: usize| {
        fields
            .get(i)
            .and_then(|f| f.parse::<u64>().ok())
            .unwrap_or(0)
    };
    get(11) + get(12)
}
