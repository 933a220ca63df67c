//! Codes the seed readouts (examples/readouts) and scores them with the matching rules of
//! SPEC §6 against the hand-coded gold file, when that file is present.

use readout_coder::Coder;
use readout_kb::KnowledgeBase;
use readout_model::Event;
use serde_json::Value;
use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The gold file: `READOUT_GOLD`, else the shared gold next to the workspace.
fn gold_path() -> Option<PathBuf> {
    if let Ok(p) = std::env::var("READOUT_GOLD") {
        return Some(PathBuf::from(p));
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../..");
    [
        root.join("shared/gold/seeds.jsonl"),
        PathBuf::from("/work/shared/gold/seeds.jsonl"),
    ]
    .into_iter()
    .find(|p| p.exists())
}

fn seed_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/readouts")
}

type Codes = BTreeSet<String>;

fn codes(v: Option<&Value>) -> Codes {
    v.and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(|x| {
                    x.as_str()
                        .map(str::to_string)
                        .or_else(|| x.get("code").and_then(Value::as_str).map(str::to_string))
                })
                .map(|c| c.to_uppercase())
                .collect()
        })
        .unwrap_or_default()
}

/// SPEC §6: CONSULT and recipient-less multi-actor events compare participants as a set.
fn matches(gold: &Value, ev: &Event) -> bool {
    let mut types = vec![gold["event_type"].as_str().unwrap_or("").to_string()];
    if let Some(alts) = gold.get("alt_types").and_then(Value::as_array) {
        types.extend(alts.iter().filter_map(Value::as_str).map(str::to_string));
    }
    if !types.iter().any(|t| t == ev.event_type.name()) {
        return false;
    }
    let (ga, gr) = (codes(gold.get("actor")), codes(gold.get("recipient")));
    let sa: Codes = ev.actor_codes().into_iter().collect();
    let sr: Codes = ev.recipient_codes().into_iter().collect();
    let reciprocal = gold["event_type"] == "CONSULT" || (gr.is_empty() && ga.len() >= 2);
    if reciprocal {
        sa.union(&sr).cloned().collect::<Codes>() == ga.union(&gr).cloned().collect::<Codes>()
    } else {
        sa == ga && sr == gr
    }
}

fn detail(gold: &Value, ev: &Event) -> i32 {
    let mut s = 0;
    if let Some(modes) = gold.get("mode").and_then(Value::as_array) {
        if modes
            .iter()
            .filter_map(Value::as_str)
            .any(|m| ev.mode.iter().any(|x| x == m))
        {
            s += 4;
        }
    }
    if gold
        .get("date")
        .and_then(Value::as_str)
        .is_some_and(|d| ev.date.map(|x| x.to_string()).as_deref() == Some(d))
    {
        s += 2;
    }
    s
}

#[test]
fn seed_readouts_score_at_least_0_85_f1() {
    let Some(gold_file) = gold_path() else {
        eprintln!("skipped: no gold file (set READOUT_GOLD)");
        return;
    };
    let dir = seed_dir();
    if !dir.exists() {
        eprintln!("skipped: no seed directory {}", dir.display());
        return;
    }
    let kb = Arc::new(KnowledgeBase::builtin().expect("built-in KB loads"));
    let coder = Coder::new(kb).expect("built-in lexicons load");
    let mut by_doc: HashMap<String, Vec<Event>> = HashMap::new();
    for raw in readout_text::read_inputs(&[dir]) {
        let doc = readout_text::prepare(raw.expect("seed readable"));
        by_doc.insert(doc.id.clone(), coder.code(&doc));
    }
    let gold_text = std::fs::read_to_string(&gold_file).expect("gold readable");
    let (
        mut tp,
        mut fp,
        mut fn_,
        mut date_n,
        mut date_ok,
        mut mode_n,
        mut mode_ok,
        mut init_n,
        mut init_ok,
    ) = (0, 0, 0, 0, 0, 0, 0, 0, 0);
    for line in gold_text.lines().filter(|l| !l.trim().is_empty()) {
        let gd: Value = serde_json::from_str(line).expect("gold line is JSON");
        let doc_id = gd["doc_id"].as_str().unwrap_or("").to_string();
        let events = by_doc.get(&doc_id).cloned().unwrap_or_default();
        let gold_events = gd["events"].as_array().cloned().unwrap_or_default();
        let (optional, required): (Vec<Value>, Vec<Value>) = gold_events
            .into_iter()
            .partition(|g| g.get("optional").and_then(Value::as_bool).unwrap_or(false));
        let mut used = vec![false; events.len()];
        let mut matched: Vec<&Value> = Vec::new();
        for g in &required {
            let best = events
                .iter()
                .enumerate()
                .filter(|(i, e)| !used[*i] && matches(g, e))
                .max_by_key(|(i, e)| (detail(g, e), std::cmp::Reverse(*i)));
            let Some((i, e)) = best else {
                fn_ += 1;
                eprintln!(
                    "{doc_id}: missed {} {:?}→{:?}",
                    g["event_type"],
                    codes(g.get("actor")),
                    codes(g.get("recipient"))
                );
                continue;
            };
            used[i] = true;
            tp += 1;
            matched.push(g);
            if let Some(d) = g.get("date").and_then(Value::as_str) {
                date_n += 1;
                date_ok += i32::from(e.date.map(|x| x.to_string()).as_deref() == Some(d));
            }
            if let Some(modes) = g
                .get("mode")
                .and_then(Value::as_array)
                .filter(|m| !m.is_empty())
            {
                mode_n += 1;
                mode_ok += i32::from(
                    modes
                        .iter()
                        .filter_map(Value::as_str)
                        .any(|m| e.mode.iter().any(|x| x == m)),
                );
            }
            if let Some(init) = g.get("initiator").and_then(Value::as_str) {
                init_n += 1;
                init_ok += i32::from(e.initiator.as_deref() == Some(init));
            }
        }
        for (i, e) in events.iter().enumerate() {
            if used[i]
                || optional.iter().any(|g| matches(g, e))
                || matched.iter().any(|g| matches(g, e))
            {
                continue;
            }
            fp += 1;
            eprintln!(
                "{doc_id}: spurious {} {:?}→{:?}: {}",
                e.event_type,
                e.actor_codes(),
                e.recipient_codes(),
                e.sentence
            );
        }
    }
    let p = f64::from(tp) / f64::from((tp + fp).max(1));
    let r = f64::from(tp) / f64::from((tp + fn_).max(1));
    let f1 = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    let ratio = |a: i32, b: i32| {
        if b == 0 {
            1.0
        } else {
            f64::from(a) / f64::from(b)
        }
    };
    eprintln!(
        "tp={tp} fp={fp} fn={fn_} P={p:.3} R={r:.3} F1={f1:.3} date={:.3} mode={:.3} initiator={:.3}",
        ratio(date_ok, date_n),
        ratio(mode_ok, mode_n),
        ratio(init_ok, init_n)
    );
    assert!(f1 >= 0.85, "seed F1 {f1:.3} below 0.85");
    assert!(ratio(date_ok, date_n) >= 0.9, "date accuracy below 0.9");
    assert!(
        (ratio(mode_ok, mode_n) - 1.0).abs() < 1e-9,
        "mode accuracy below 1.0"
    );
    assert!(
        (ratio(init_ok, init_n) - 1.0).abs() < 1e-9,
        "initiator accuracy below 1.0"
    );
}
