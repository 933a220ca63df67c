//! Rough per-stage timings over a directory of documents, to find where coding time goes.

use readout_coder::{Coder, TopicLexicon, TriggerSet};
use readout_kb::KnowledgeBase;
use std::path::PathBuf;
use std::sync::Arc;

/// CPU seconds used by this thread so far (from /proc; the machine is shared, wall time lies).
fn cpu() -> f64 {
    let stat = std::fs::read_to_string("/proc/thread-self/stat").unwrap_or_default();
    let after = stat.rsplit(')').next().unwrap_or("");
    let f: Vec<&str> = after.split_whitespace().collect();
    let ticks: f64 = f.get(11).and_then(|x| x.parse().ok()).unwrap_or(0.0)
        + f.get(12).and_then(|x| x.parse::<f64>().ok()).unwrap_or(0.0);
    ticks / 100.0
}

struct Clock(f64);
impl Clock {
    fn elapsed(&self) -> Secs {
        Secs(cpu() - self.0)
    }
}
struct Secs(f64);
impl Secs {
    fn as_secs_f64(&self) -> f64 {
        self.0
    }
}
fn now() -> Clock {
    Clock(cpu())
}

fn main() -> anyhow::Result<()> {
    let paths: Vec<PathBuf> = std::env::args().skip(1).map(PathBuf::from).collect();
    let raws: Vec<_> = readout_text::read_inputs(&paths).collect::<Result<Vec<_>, _>>()?;
    let bytes: usize = raws.iter().map(|r| r.body.len()).sum();
    let t = now();
    let docs: Vec<_> = raws.into_iter().map(readout_text::prepare).collect();
    let prep = t.elapsed();
    let kb = Arc::new(KnowledgeBase::builtin()?);
    let triggers = TriggerSet::builtin()?;
    let topics = TopicLexicon::builtin()?;
    let t = now();
    let mut n = 0;
    for d in &docs {
        for s in &d.sentences {
            n += kb.find_mentions(d.sentence_text(s), d.date).len();
        }
    }
    let kbt = t.elapsed();
    let t = now();
    for d in &docs {
        for s in &d.sentences {
            n += triggers.find(d.sentence_text(s)).len();
        }
    }
    let trt = t.elapsed();
    let t = now();
    for d in &docs {
        for s in &d.sentences {
            n += topics.contexts(d.sentence_text(s)).len();
        }
    }
    let tot = t.elapsed();
    let t = now();
    let resolver = |d: &readout_model::Document| readout_text::DateResolver::new(d.date);
    for d in &docs {
        let r = resolver(d);
        for s in &d.sentences {
            n += r.find(d.sentence_text(s)).len();
        }
    }
    let dt = t.elapsed();
    let coder = Coder::new(kb)?;
    let t = now();
    for d in &docs {
        n += coder.code(d).len();
    }
    let all = t.elapsed();
    let mb = bytes as f64 / 1e6;
    println!("{mb:.1} MB; prepare {:.2}s, kb {:.2}s, triggers {:.2}s, contexts {:.2}s, dates(all sentences) {:.2}s, coder total {:.2}s ({:.1} MB/s) [{n}]",
        prep.as_secs_f64(), kbt.as_secs_f64(), trt.as_secs_f64(), tot.as_secs_f64(), dt.as_secs_f64(), all.as_secs_f64(), mb / all.as_secs_f64());
    Ok(())
}
