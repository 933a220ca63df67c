//! Codes every document under the given paths and prints the events as JSON lines
//! (for scoring with `score.py`); `--explain` prints the explanation instead.

use readout_coder::Coder;
use readout_kb::KnowledgeBase;
use std::io::Write;
use std::path::PathBuf;
use std::sync::Arc;

fn main() -> anyhow::Result<()> {
    let mut explain = false;
    let mut paths: Vec<PathBuf> = Vec::new();
    for a in std::env::args().skip(1) {
        if a == "--explain" {
            explain = true;
        } else {
            paths.push(PathBuf::from(a));
        }
    }
    let kb = Arc::new(KnowledgeBase::builtin()?);
    let coder = Coder::new(kb)?;
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let mut docs: Vec<_> = readout_text::read_inputs(&paths).collect::<Result<Vec<_>, _>>()?;
    docs.sort_by(|a, b| a.id.cmp(&b.id));
    for raw in docs {
        let doc = readout_text::prepare(raw);
        if explain {
            let (_, ex) = coder.explain(&doc);
            writeln!(out, "{ex}")?;
        } else {
            for e in coder.code(&doc) {
                writeln!(out, "{}", serde_json::to_string(&e)?)?;
            }
        }
    }
    Ok(())
}
