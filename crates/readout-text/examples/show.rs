//! Prints how readout prepares its inputs: id, date, title and numbered sentences.
//!
//! `cargo run -p readout-text --example show -- FILES...`

use std::path::PathBuf;

fn main() {
    let paths: Vec<PathBuf> = std::env::args().skip(1).map(PathBuf::from).collect();
    for item in readout_text::read_inputs(&paths) {
        let raw = match item {
            Ok(raw) => raw,
            Err(e) => {
                eprintln!("skipped [{}] {e}", e.kind().as_str());
                continue;
            }
        };
        let doc = readout_text::prepare(raw);
        println!(
            "== {} ({}) date={:?} {:?} title={:?} url={:?}",
            doc.id, doc.origin, doc.date, doc.date_source, doc.title, doc.url
        );
        let resolver = readout_text::DateResolver::new(doc.date);
        for s in &doc.sentences {
            let text = doc.sentence_text(s);
            println!("  [{} p{}] {}", s.index, s.paragraph, text);
            for m in resolver.find(text) {
                println!(
                    "      date {:?} -> {:?} ({:?})",
                    m.text,
                    m.date.map(|d| d.to_string()),
                    m.relation
                );
            }
        }
    }
}
