//! End-to-end tests of the `readout` binary: exit codes, formats, bad input, seed score.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn readout() -> Command {
    Command::new(env!("CARGO_BIN_EXE_readout"))
}

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn run(args: &[&str]) -> Output {
    readout()
        .args(args)
        .current_dir(workspace_root())
        .output()
        .expect("binary runs")
}

fn stdout_lines(o: &Output) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(&o.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect()
}

#[test]
fn codes_the_bundled_examples_and_scores_them_like_the_scorer() {
    let out = run(&["code", "examples/readouts", "--quiet"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let events = stdout_lines(&out);
    assert!(events.len() >= 20, "only {} events", events.len());
    for e in &events {
        let span = e["span"].as_array().unwrap();
        assert!(span[0].as_u64() < span[1].as_u64());
        assert!(e["id"]
            .as_str()
            .unwrap()
            .starts_with(e["doc_id"].as_str().unwrap()));
    }
    let gold = workspace_root().join("../shared/gold/seeds.jsonl");
    let Ok(gold_text) = std::fs::read_to_string(&gold) else {
        eprintln!("note: {} not found; seed score not checked", gold.display());
        return;
    };
    let gold = readout_eval::parse_gold(&gold_text).unwrap();
    let report = readout_eval::score(&String::from_utf8_lossy(&out.stdout), &gold, true);
    eprint!("{}", report.to_text());
    assert!(report.f1 >= 0.85, "seed F1 {} < 0.85", report.f1);
    assert!(
        report.date_accuracy.unwrap_or(0.0) >= 0.9,
        "date accuracy {:?}",
        report.date_accuracy
    );
    assert_eq!(report.mode_accuracy, Some(1.0));
    assert_eq!(report.initiator_accuracy, Some(1.0));
}

#[test]
fn bad_inputs_are_named_counted_and_do_not_stop_the_batch() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(d.join("empty.txt"), "").unwrap();
    std::fs::write(d.join("binary.txt"), [0u8, 159, 146, 150, 0, 1, 2, 3, 0, 0]).unwrap();
    std::fs::write(
        d.join("news.jsonl"),
        "{\"id\": \"ok1\", \"text\": \"Russian Foreign Minister Sergey Lavrov met Turkish Foreign Minister Mevlut Cavusoglu in Ankara on Monday.\", \"date\": \"2021-06-30\", \"extra\": 1}\n{\"id\": \"cut\", \"text\": \"The talks",
    )
    .unwrap();
    std::fs::write(
        d.join("good.txt"),
        "On March 3, 2021, the Prime Minister of India held talks with the President of France in Paris.",
    )
    .unwrap();
    let out = run(&["code", d.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("empty.txt"), "{stderr}");
    assert!(stderr.contains("binary.txt"), "{stderr}");
    assert!(stderr.contains("news.jsonl:2"), "{stderr}");
    assert!(stderr.contains("3 inputs skipped"), "{stderr}");
    let docs: std::collections::BTreeSet<String> = stdout_lines(&out)
        .iter()
        .map(|e| e["doc_id"].as_str().unwrap().to_string())
        .collect();
    assert!(docs.contains("ok1") && docs.contains("good"), "{docs:?}");
}

#[test]
fn reads_standard_input_and_writes_csv() {
    let mut child = readout()
        .args([
            "code",
            "-",
            "--format",
            "csv",
            "--doc-date",
            "2021-11-13",
            "--quiet",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"Chinese Foreign Minister Wang Yi spoke with US Secretary of State Antony Blinken on the phone.")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    let mut lines = text.lines();
    assert!(lines
        .next()
        .unwrap()
        .starts_with("id,doc_id,event_type,mode"));
    let row = lines.next().expect("one event row");
    assert!(row.contains("CONSULT") && row.contains("phone"), "{row}");
    assert!(row.contains("CHN") && row.contains("USA"), "{row}");
}

#[test]
fn usage_errors_exit_2_and_help_teaches() {
    assert_eq!(run(&["code", "--format", "xml"]).status.code(), Some(2));
    assert_eq!(
        run(&["code", "--doc-date", "yesterday"]).status.code(),
        Some(2)
    );
    assert_eq!(run(&["frobnicate"]).status.code(), Some(2));
    let help = run(&["code", "--help"]);
    let text = String::from_utf8_lossy(&help.stdout);
    assert!(
        text.contains("EXAMPLES") && text.contains("Exit status"),
        "{text}"
    );
}

#[test]
fn missing_path_is_reported_with_its_name() {
    let out = run(&["code", "no/such/file.txt", "--quiet"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no/such/file.txt"));
}

#[test]
fn eval_matches_the_python_scorer_when_available() {
    let gold = workspace_root().join("../shared/gold/seeds.jsonl");
    let scorer = workspace_root().join("../shared/tools/score.py");
    if !gold.exists() || !scorer.exists() {
        eprintln!("note: shared/ not found; parity with score.py not checked");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let events = dir.path().join("events.jsonl");
    let coded = run(&[
        "code",
        "examples/readouts",
        "-o",
        events.to_str().unwrap(),
        "--quiet",
    ]);
    assert!(coded.status.success());
    let ours = run(&[
        "eval",
        events.to_str().unwrap(),
        gold.to_str().unwrap(),
        "--per-doc",
    ]);
    let python = Command::new("python3")
        .arg(&scorer)
        .arg(&events)
        .arg(&gold)
        .arg("--per-doc")
        .output();
    let Ok(python) = python else {
        eprintln!("note: python3 not available; parity not checked");
        return;
    };
    assert_eq!(
        String::from_utf8_lossy(&ours.stdout),
        String::from_utf8_lossy(&python.stdout)
    );
}

#[test]
fn a_closed_pipe_ends_quietly() {
    let mut child = readout()
        .args(["kb", "search", "a"])
        .current_dir(workspace_root())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take()); // the reader goes away at once, like `| head -0`
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn dash_as_output_is_standard_output() {
    // `-o -` writes to standard output, as `-` reads standard input; no file named "-"
    let dir = std::env::temp_dir().join(format!("readout-dash-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let out = readout()
        .args(["code", "--quiet", "-o", "-"])
        .arg(workspace_root().join("examples/readouts"))
        .current_dir(&dir)
        .output()
        .expect("binary runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout_lines(&out).len() >= 20);
    assert!(!dir.join("-").exists(), "a file named '-' was written");
    std::fs::remove_dir_all(&dir).ok();
}
