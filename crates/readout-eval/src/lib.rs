//! Scores coded events against hand-coded gold documents (SPEC §6).
//!
//! The rules and the figures are those of `shared/tools/score.py`, so analysts
//! can measure readout (or any system writing the SPEC §5 record) on their own
//! hand-coded documents without Python: events are matched per document as
//! keys `(event_type, participants)`; optional gold events absorb matches;
//! `alt_types` widen what a gold event accepts.

use serde::Serialize;
use serde_json::Value;
use std::collections::{BTreeSet, HashMap};

/// Event types whose participants are compared without direction.
const RECIPROCAL_TYPES: &[&str] = &["CONSULT"];

/// Why scoring could not start (the gold file is unusable; bad system lines are only counted).
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    /// A gold line is not a JSON document with `doc_id` and `events`.
    #[error("gold line {line}: {reason}")]
    Gold {
        /// One-based line number in the gold file.
        line: usize,
        /// What is wrong with it.
        reason: String,
    },
}

/// Per-document outcome, for `--per-doc`.
#[derive(Debug, Clone, Serialize)]
pub struct DocScore {
    /// Gold document id.
    pub doc_id: String,
    /// Required gold events matched.
    pub tp: usize,
    /// System events matching no gold event.
    pub fp: usize,
    /// Required gold events not matched.
    pub fn_: usize,
    /// Extra system events matching an already matched gold event (not counted against precision).
    pub dup: usize,
    /// Missed gold events, shown as `TYPE A,B -> C date`.
    pub missed: Vec<String>,
    /// Spurious system events, shown the same way.
    pub spurious: Vec<String>,
}

/// The figures score.py reports, with the same rounding.
#[derive(Debug, Clone, Serialize)]
pub struct EvalReport {
    /// Gold documents scored.
    pub documents: usize,
    /// True positives.
    pub tp: usize,
    /// False positives.
    pub fp: usize,
    /// False negatives.
    #[serde(rename = "fn")]
    pub fn_: usize,
    /// Duplicates of matched gold events.
    pub duplicates: usize,
    /// tp / (tp + fp), rounded to 4 places.
    pub precision: Option<f64>,
    /// tp / (tp + fn), rounded to 4 places.
    pub recall: Option<f64>,
    /// Harmonic mean of the rounded precision and recall.
    pub f1: f64,
    /// Share of matched gold events with a date whose date the system got exactly.
    pub date_accuracy: Option<f64>,
    /// Share of matched gold events with a mode where the modes overlap.
    pub mode_accuracy: Option<f64>,
    /// Share of matched gold events with an initiator that the system named.
    pub initiator_accuracy: Option<f64>,
    /// F1 of context labels over matched events.
    pub context_f1: f64,
    /// System lines that were not JSON events.
    pub unreadable_lines: usize,
    /// Per-document detail (filled when asked for).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub per_doc: Vec<DocScore>,
}

/// A system event reduced to what scoring looks at.
struct SysEvent {
    value: Value,
    event_type: String,
    actor: BTreeSet<String>,
    recipient: BTreeSet<String>,
}

fn codes(side: Option<&Value>) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    if let Some(Value::Array(items)) = side {
        for a in items {
            let code = match a {
                Value::Object(o) => o.get("code").and_then(value_text),
                other => value_text(other),
            };
            if let Some(c) = code.filter(|c| !c.is_empty()) {
                out.insert(c.to_uppercase());
            }
        }
    }
    out
}

fn value_text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(if *b { "True" } else { "False" }.to_string()),
        _ => None,
    }
}

fn norm_list(v: Option<&Value>) -> BTreeSet<String> {
    match v {
        None | Some(Value::Null) => BTreeSet::new(),
        Some(Value::String(s)) => s
            .split(',')
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .map(String::from)
            .collect(),
        Some(Value::Array(items)) => items.iter().filter_map(value_text).collect(),
        Some(other) => value_text(other).into_iter().collect(),
    }
}

fn truthy(v: Option<&Value>) -> bool {
    match v {
        None | Some(Value::Null) => false,
        Some(Value::Bool(b)) => *b,
        Some(Value::String(s)) => !s.is_empty(),
        Some(Value::Array(a)) => !a.is_empty(),
        Some(Value::Object(o)) => !o.is_empty(),
        Some(Value::Number(n)) => n.as_f64() != Some(0.0),
    }
}

fn is_reciprocal(ty: &str, actor: &BTreeSet<String>, recipient: &BTreeSet<String>) -> bool {
    RECIPROCAL_TYPES.contains(&ty) || (recipient.is_empty() && actor.len() >= 2)
}

fn gold_types(gold: &Value) -> BTreeSet<String> {
    let mut t = BTreeSet::new();
    if let Some(s) = gold.get("event_type").and_then(Value::as_str) {
        t.insert(s.to_string());
    }
    if let Some(Value::Array(alts)) = gold.get("alt_types") {
        t.extend(alts.iter().filter_map(value_text));
    }
    t
}

/// Does a system event match a gold event on type and participants?
fn matches(gold: &Value, e: &SysEvent) -> bool {
    if !gold_types(gold).contains(&e.event_type) {
        return false;
    }
    let ga = codes(gold.get("actor"));
    let gr = codes(gold.get("recipient"));
    let gtype = gold.get("event_type").and_then(Value::as_str).unwrap_or("");
    if is_reciprocal(gtype, &ga, &gr) {
        let g: BTreeSet<_> = ga.union(&gr).cloned().collect();
        let s: BTreeSet<_> = e.actor.union(&e.recipient).cloned().collect();
        return g == s;
    }
    e.actor == ga && e.recipient == gr
}

fn detail_score(gold: &Value, e: &SysEvent) -> usize {
    let mut s = 0;
    let gmode = norm_list(gold.get("mode"));
    if truthy(gold.get("mode")) && !gmode.is_disjoint(&norm_list(e.value.get("mode"))) {
        s += 4;
    }
    if truthy(gold.get("date")) && gold.get("date") == e.value.get("date") {
        s += 2;
    }
    s + norm_list(gold.get("context"))
        .intersection(&norm_list(e.value.get("context")))
        .count()
}

fn show(v: &Value, actor: &BTreeSet<String>, recipient: &BTreeSet<String>) -> String {
    let a = actor.iter().cloned().collect::<Vec<_>>().join(",");
    let r = recipient.iter().cloned().collect::<Vec<_>>().join(",");
    let ty = v
        .get("event_type")
        .and_then(value_text)
        .unwrap_or_else(|| "None".into());
    let date = v
        .get("date")
        .and_then(value_text)
        .unwrap_or_else(|| "None".into());
    format!("{ty} {a} -> {} {date}", if r.is_empty() { "-" } else { &r })
}

fn ratio(a: usize, b: usize) -> Option<f64> {
    (b > 0).then(|| round4(a as f64 / b as f64))
}

fn round4(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

fn f1_of(p: Option<f64>, r: Option<f64>) -> f64 {
    match (p, r) {
        (Some(p), Some(r)) if p > 0.0 && r > 0.0 => round4(2.0 * p * r / (p + r)),
        _ => 0.0,
    }
}

/// Parses a gold file: one `{"doc_id", "events": [...]}` object per line.
pub fn parse_gold(text: &str) -> Result<Vec<(String, Value)>, EvalError> {
    let mut docs: Vec<(String, Value)> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let err = |reason: String| EvalError::Gold {
            line: i + 1,
            reason,
        };
        let v: Value = serde_json::from_str(line).map_err(|e| err(e.to_string()))?;
        let id = v
            .get("doc_id")
            .and_then(value_text)
            .ok_or_else(|| err("no doc_id".into()))?;
        if !v.get("events").is_some_and(Value::is_array) {
            return Err(err("no events list".into()));
        }
        match index.get(&id) {
            Some(&k) => docs[k].1 = v,
            None => {
                index.insert(id.clone(), docs.len());
                docs.push((id, v));
            }
        }
    }
    Ok(docs)
}

/// Scores system JSON lines against parsed gold documents.
pub fn score(system_jsonl: &str, gold: &[(String, Value)], per_doc: bool) -> EvalReport {
    let mut by_doc: HashMap<String, Vec<SysEvent>> = HashMap::new();
    let mut bad = 0;
    for line in system_jsonl.lines().filter(|l| !l.trim().is_empty()) {
        let parsed = serde_json::from_str::<Value>(line).ok().and_then(|v| {
            let doc = v.get("doc_id").and_then(value_text)?;
            let event_type = v.get("event_type").and_then(value_text).unwrap_or_default();
            let actor = codes(v.get("actor"));
            let recipient = codes(v.get("recipient"));
            Some((
                doc,
                SysEvent {
                    value: v,
                    event_type,
                    actor,
                    recipient,
                },
            ))
        });
        match parsed {
            Some((doc, e)) => by_doc.entry(doc).or_default().push(e),
            None => bad += 1,
        }
    }

    let (mut tp_all, mut fp_all, mut fn_all, mut dup_all) = (0, 0, 0, 0);
    let (mut date_n, mut date_ok, mut mode_n, mut mode_ok, mut init_n, mut init_ok) =
        (0, 0, 0, 0, 0, 0);
    let (mut ctx_tp, mut ctx_gold, mut ctx_sys) = (0, 0, 0);
    let mut docs_out = Vec::new();
    let empty = Vec::new();
    let no_events: Vec<Value> = Vec::new();
    for (doc_id, gd) in gold {
        let sys = by_doc.get(doc_id).unwrap_or(&empty);
        let events = gd
            .get("events")
            .and_then(Value::as_array)
            .unwrap_or(&no_events);
        let (required, optional): (Vec<&Value>, Vec<&Value>) =
            events.iter().partition(|g| !truthy(g.get("optional")));
        let mut used = vec![false; sys.len()];
        let mut matched_gold: Vec<&Value> = Vec::new();
        let mut d = DocScore {
            doc_id: doc_id.clone(),
            tp: 0,
            fp: 0,
            fn_: 0,
            dup: 0,
            missed: vec![],
            spurious: vec![],
        };
        for g in &required {
            let mut best: Option<(usize, usize)> = None;
            for (i, e) in sys.iter().enumerate() {
                if used[i] || !matches(g, e) {
                    continue;
                }
                let s = detail_score(g, e);
                if best.is_none_or(|(_, bs)| s > bs) {
                    best = Some((i, s));
                }
            }
            let Some((i, _)) = best else {
                d.fn_ += 1;
                d.missed
                    .push(show(g, &codes(g.get("actor")), &codes(g.get("recipient"))));
                continue;
            };
            used[i] = true;
            d.tp += 1;
            matched_gold.push(g);
            let e = &sys[i].value;
            if !matches!(g.get("date"), None | Some(Value::Null)) {
                date_n += 1;
                date_ok += usize::from(e.get("date") == g.get("date"));
            }
            if truthy(g.get("mode")) {
                mode_n += 1;
                let overlap = !norm_list(g.get("mode")).is_disjoint(&norm_list(e.get("mode")));
                mode_ok += usize::from(overlap);
            }
            if truthy(g.get("initiator")) {
                init_n += 1;
                let init = match e.get("initiator") {
                    Some(Value::Object(o)) => o.get("code").and_then(value_text),
                    Some(v) if truthy(Some(v)) => value_text(v),
                    _ => None,
                };
                let want = g.get("initiator").and_then(value_text).unwrap_or_default();
                init_ok += usize::from(init.unwrap_or_default().to_uppercase() == want);
            }
            let gc = norm_list(g.get("context"));
            let sc = norm_list(e.get("context"));
            ctx_tp += gc.intersection(&sc).count();
            ctx_gold += gc.len();
            ctx_sys += sc.len();
        }
        for (i, e) in sys.iter().enumerate() {
            if used[i] || optional.iter().any(|g| matches(g, e)) {
                continue;
            }
            if matched_gold.iter().any(|g| matches(g, e)) {
                d.dup += 1;
                continue;
            }
            d.fp += 1;
            d.spurious.push(show(&e.value, &e.actor, &e.recipient));
        }
        tp_all += d.tp;
        fp_all += d.fp;
        fn_all += d.fn_;
        dup_all += d.dup;
        docs_out.push(d);
    }

    let precision = ratio(tp_all, tp_all + fp_all);
    let recall = ratio(tp_all, tp_all + fn_all);
    EvalReport {
        documents: gold.len(),
        tp: tp_all,
        fp: fp_all,
        fn_: fn_all,
        duplicates: dup_all,
        precision,
        recall,
        f1: f1_of(precision, recall),
        date_accuracy: ratio(date_ok, date_n),
        mode_accuracy: ratio(mode_ok, mode_n),
        initiator_accuracy: ratio(init_ok, init_n),
        context_f1: f1_of(ratio(ctx_tp, ctx_sys), ratio(ctx_tp, ctx_gold)),
        unreadable_lines: bad,
        per_doc: if per_doc { docs_out } else { Vec::new() },
    }
}

impl EvalReport {
    /// The text score.py prints: per-document lines (when asked for) and one summary line.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        for d in &self.per_doc {
            out.push_str(&format!(
                "{}: tp={} fp={} fn={} dup={}\n",
                d.doc_id, d.tp, d.fp, d.fn_, d.dup
            ));
            for m in &d.missed {
                out.push_str(&format!("   missed   {m}\n"));
            }
            for s in &d.spurious {
                out.push_str(&format!("   spurious {s}\n"));
            }
        }
        let opt = |v: Option<f64>| v.map_or("None".to_string(), python_float);
        out.push_str(&format!(
            "documents={}  tp={}  fp={}  fn={}  duplicates={}  precision={}  recall={}  f1={}  \
             date_accuracy={}  mode_accuracy={}  initiator_accuracy={}  context_f1={}  unreadable_lines={}\n",
            self.documents, self.tp, self.fp, self.fn_, self.duplicates, opt(self.precision),
            opt(self.recall), python_float(self.f1), opt(self.date_accuracy), opt(self.mode_accuracy),
            opt(self.initiator_accuracy), python_float(self.context_f1), self.unreadable_lines
        ));
        out
    }
}

/// Formats a float as Python's `repr` does for these figures (`1.0`, `0.3333`).
fn python_float(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < 1e16 {
        format!("{x:.1}")
    } else {
        x.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOLD: &str = r#"{"doc_id": "d1", "events": [
        {"event_type": "CONSULT", "actor": ["AAA", "BBB"], "recipient": [], "mode": ["phone"], "date": "2020-01-02", "initiator": "BBB", "context": ["diplomatic"]},
        {"event_type": "REQUEST", "actor": ["AAA"], "recipient": ["BBB"], "alt_types": ["AGREE"], "context": ["economic", "health"]},
        {"event_type": "ACCUSE", "actor": ["AAA"], "recipient": ["CCC"], "optional": true}
    ]}
{"doc_id": "d2", "events": [{"event_type": "SUPPORT", "actor": ["BBB"], "recipient": ["AAA"]}]}"#;

    fn gold() -> Vec<(String, Value)> {
        let one_per_line: String = GOLD
            .split("\n{")
            .enumerate()
            .map(|(i, p)| {
                if i == 0 {
                    p.replace('\n', " ")
                } else {
                    format!("{{{}", p.replace('\n', " "))
                }
            })
            .collect::<Vec<_>>()
            .join("\n");
        parse_gold(&one_per_line).unwrap()
    }

    #[test]
    fn reciprocal_match_ignores_direction_and_counts_details() {
        let sys = r#"{"doc_id":"d1","event_type":"CONSULT","actor":[{"code":"bbb"}],"recipient":[{"code":"AAA"}],"mode":["phone"],"date":"2020-01-02","initiator":"BBB","context":["diplomatic","health"]}"#;
        let r = score(sys, &gold(), true);
        assert_eq!((r.tp, r.fp, r.fn_), (1, 0, 2));
        assert_eq!(r.mode_accuracy, Some(1.0));
        assert_eq!(r.date_accuracy, Some(1.0));
        assert_eq!(r.initiator_accuracy, Some(1.0));
        assert_eq!(r.precision, Some(1.0));
        assert_eq!(r.recall, Some(0.3333));
        assert_eq!(r.f1, 0.5);
        assert_eq!(r.context_f1, 0.6667);
        assert_eq!(r.per_doc[1].missed, vec!["SUPPORT BBB -> AAA None"]);
    }

    #[test]
    fn directed_events_need_direction_alt_types_optional_and_duplicates() {
        let sys = [
            r#"{"doc_id":"d1","event_type":"AGREE","actor":["AAA"],"recipient":["BBB"]}"#,
            r#"{"doc_id":"d1","event_type":"REQUEST","actor":["AAA"],"recipient":["BBB"]}"#,
            r#"{"doc_id":"d1","event_type":"ACCUSE","actor":["AAA"],"recipient":["CCC"]}"#,
            r#"{"doc_id":"d2","event_type":"SUPPORT","actor":["AAA"],"recipient":["BBB"]}"#,
            r#"{"doc_id":"zz","event_type":"SUPPORT","actor":["AAA"],"recipient":["BBB"]}"#,
            r#"{"doc_id":"d1", "truncated"#,
        ]
        .join("\n");
        let r = score(&sys, &gold(), true);
        assert_eq!(r.tp, 1, "AGREE matches via alt_types");
        assert_eq!(r.duplicates, 1, "second match of the same gold event");
        assert_eq!(
            r.fp, 1,
            "reversed SUPPORT is spurious; optional ACCUSE absorbed; unknown doc ignored"
        );
        assert_eq!(r.fn_, 2);
        assert_eq!(r.unreadable_lines, 1);
        assert_eq!(r.per_doc[1].spurious, vec!["SUPPORT AAA -> BBB None"]);
    }

    #[test]
    fn floats_print_like_python() {
        assert_eq!(python_float(1.0), "1.0");
        assert_eq!(python_float(0.0), "0.0");
        assert_eq!(python_float(0.3333), "0.3333");
    }

    #[test]
    fn gold_errors_name_the_line() {
        let e = parse_gold("{\"doc_id\": \"a\", \"events\": []}\n{\"events\": []}").unwrap_err();
        assert_eq!(e.to_string(), "gold line 2: no doc_id");
        assert!(parse_gold("not json").is_err());
    }
}
