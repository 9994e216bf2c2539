//! The batch modes of the command line: `analyze --jsonl` (one answer line per record, in input
//! order, errors as lines) and `analyze --out DIR` (one report file per input file).

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use serde_json::{json, Value};

const BIN: &str = env!("CARGO_BIN_EXE_quotemark");
const DATA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data");

/// Runs the command line with `stdin`; returns (status, stdout, stderr).
fn quotemark(args: &[&str], stdin: &[u8]) -> (i32, String, String) {
    let mut child = Command::new(BIN)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("runs");
    let mut input = child.stdin.take().expect("stdin");
    let stdin = stdin.to_vec();
    // Write from a thread: the command answers while it reads, so a large input must not block us.
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&stdin);
    });
    let out = child.wait_with_output().expect("waits");
    writer.join().expect("writer");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).expect("UTF-8 output"),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The answer lines of a JSONL run, parsed.
fn lines(out: &str) -> Vec<Value> {
    out.lines()
        .map(|line| serde_json::from_str(line).expect("each output line is JSON"))
        .collect()
}

/// The texts of the fixture articles (the seed article and GUM news), sorted by name.
fn articles() -> Vec<(String, String)> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(format!("{DATA}/gum"))
        .expect("gum")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .filter(|p| p.file_name().is_none_or(|n| n != "LICENSE.txt"))
        .collect();
    paths.push(PathBuf::from(format!("{DATA}/wto-talks.txt")));
    paths.sort();
    paths
        .into_iter()
        .map(|p| {
            let name = p.file_stem().expect("stem").to_string_lossy().into_owned();
            (name, std::fs::read_to_string(&p).expect("article"))
        })
        .collect()
}

/// A JSONL record.
fn record(id: Value, text: &str) -> String {
    json!({ "id": id, "text": text }).to_string()
}

/// A fresh, empty folder under the target directory.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch folder");
    dir
}

#[test]
fn each_good_line_gets_the_same_analysis_as_analyze() {
    let articles = articles();
    let input: String = articles
        .iter()
        .map(|(name, text)| record(json!(name), text) + "\n")
        .collect();
    for unit in ["utf16", "chars", "bytes"] {
        let (code, out, err) =
            quotemark(&["analyze", "--jsonl", "--offsets", unit], input.as_bytes());
        assert_eq!(code, 0, "{err}");
        assert_eq!(
            err, "",
            "nothing on stderr when every record is answered (and no bar off a terminal)"
        );
        let answers = lines(&out);
        assert_eq!(answers.len(), articles.len());
        for ((name, text), answer) in articles.iter().zip(&answers) {
            assert_eq!(answer["id"], json!(name), "output order is input order");
            assert!(answer.get("error").is_none(), "{name}: {answer}");
            let (code, single, _) =
                quotemark(&["analyze", "--offsets", unit, "-"], text.as_bytes());
            assert_eq!(code, 0);
            let single: Value = serde_json::from_str(&single).expect("JSON");
            assert_eq!(answer["analysis"], single, "{name} in {unit}");
        }
    }
}

#[test]
fn bad_lines_get_error_lines_in_place_and_status_one() {
    let too_long = "x".repeat(quotemark::MAX_INPUT_BYTES + 1);
    let input = [
        record(json!(1), "“Yes,” she said."),
        "this is not JSON".to_string(),
        "[1, \"a text\"]".to_string(),
        json!({"id": "no text"}).to_string(),
        json!({"id": {"doc": [7, 8]}, "text": 42}).to_string(),
        json!({"id": 5, "text": ["a", "b"]}).to_string(),
        json!({"id": 6, "text": null}).to_string(),
        "{\"id\": 7, \"text\": \"unterminated".to_string(),
        record(json!(8), &too_long),
        // Ids are echoed exactly as written, whatever their JSON type.
        r#"{"id": 18446744073709551615, "text": "He said \"no.\""}"#.to_string(),
        r#"{"text": "No id here.", "extra": {"ignored": true}}"#.to_string(),
    ]
    .join("\n");
    let (code, out, err) = quotemark(&["analyze", "--jsonl", "-"], input.as_bytes());
    assert_eq!(code, 1, "{err}");
    assert_eq!(err.trim(), "quotemark: 8 of 11 records failed");
    let answers = lines(&out);
    let ok = |i: usize| answers[i].get("analysis").is_some() && answers[i].get("error").is_none();
    let error = |i: usize| {
        answers[i]["error"]
            .as_str()
            .unwrap_or_else(|| panic!("line {i}: {}", answers[i]))
            .to_string()
    };
    assert_eq!(answers.len(), 11);
    assert!(ok(0) && ok(9) && ok(10));
    assert_eq!(answers[0]["id"], 1);
    assert_eq!(answers[0]["analysis"]["quotes"][0]["kind"], "direct");
    assert!(out
        .lines()
        .nth(9)
        .expect("line 10")
        .starts_with(r#"{"id":18446744073709551615,"#));
    assert_eq!(answers[10]["id"], Value::Null);
    assert!(error(1).contains("not JSON"), "{}", error(1));
    assert!(error(2).contains("not an object"), "{}", error(2));
    assert!(error(3).contains("no \"text\""), "{}", error(3));
    assert_eq!(answers[3]["id"], "no text");
    assert!(
        error(4).contains("is a number, not a string"),
        "{}",
        error(4)
    );
    assert_eq!(answers[4]["id"], json!({"doc": [7, 8]}));
    assert!(error(5).contains("is an array"), "{}", error(5));
    assert!(error(6).contains("is null"), "{}", error(6));
    assert!(error(7).contains("not JSON"), "{}", error(7));
    assert!(error(8).contains("at most 32 MB"), "{}", error(8));
    assert_eq!(answers[8]["id"], 8);
    for i in 1..9 {
        assert!(
            error(i).starts_with(&format!("line {}: ", i + 1)),
            "{}",
            error(i)
        );
        assert!(!error(i).contains("panicked"));
    }
}

#[test]
fn blank_lines_crlf_and_a_byte_order_mark_are_fine() {
    let input = format!(
        "\u{feff}{}\r\n\r\n   \n{}\n\n",
        record(json!("a"), "“Yes,” she said."),
        record(json!("b"), "No quotes.")
    );
    let (code, out, err) = quotemark(&["analyze", "--jsonl"], input.as_bytes());
    assert_eq!(code, 0, "{err}");
    let answers = lines(&out);
    assert_eq!(answers.len(), 2, "blank lines are skipped, not answered");
    assert_eq!(
        (answers[0]["id"].as_str(), answers[1]["id"].as_str()),
        (Some("a"), Some("b"))
    );
    assert!(answers.iter().all(|a| a.get("analysis").is_some()));
    let (code, out, _) = quotemark(&["analyze", "--jsonl"], b"");
    assert_eq!(
        (code, out.as_str()),
        (0, ""),
        "an empty input is an empty answer"
    );
}

#[test]
fn one_and_two_threads_give_identical_output_in_input_order() {
    // Records of very different sizes, so that with two threads later ones finish first.
    let articles = articles();
    let long: String = articles
        .iter()
        .map(|(_, text)| text.as_str())
        .collect::<Vec<_>>()
        .join("\n\n");
    let mut input = String::new();
    for round in 0..4 {
        input += &record(json!(format!("long-{round}")), &long);
        input += "\n";
        for (name, text) in &articles {
            input += &record(json!(format!("{name}-{round}")), text);
            input += "\n";
            input += &record(json!(format!("short-{name}-{round}")), "“Short,” he said.");
            input += "\nnot json\n";
        }
    }
    let runs: Vec<(i32, String)> = ["1", "2", "3"]
        .iter()
        .map(|threads| {
            let (code, out, _) = quotemark(
                &["analyze", "--jsonl", "--threads", threads],
                input.as_bytes(),
            );
            (code, out)
        })
        .collect();
    assert_eq!(runs[0].0, 1, "the 'not json' lines are errors");
    assert_eq!(runs[0], runs[1], "--threads 1 and 2 differ");
    assert_eq!(runs[0], runs[2], "--threads 1 and 3 differ");
    let ids: Vec<Value> = lines(&runs[0].1)
        .into_iter()
        .map(|a| a["id"].clone())
        .collect();
    let expected: Vec<Value> = input
        .lines()
        .map(|line| serde_json::from_str::<Value>(line).map_or(Value::Null, |v| v["id"].clone()))
        .collect();
    assert_eq!(ids, expected);
}

#[test]
fn answers_stream_while_the_input_is_still_open() {
    let mut child = Command::new(BIN)
        .args(["analyze", "--jsonl", "--threads", "2"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("runs");
    let mut stdin = child.stdin.take().expect("stdin");
    let stdout = child.stdout.take().expect("stdout");
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            if tx.send(line.expect("line")).is_err() {
                break;
            }
        }
    });
    for id in 0..3 {
        writeln!(stdin, "{}", record(json!(id), "“Yes,” she said.")).expect("write");
        stdin.flush().expect("flush");
        // The answer comes back before the next record is written and before the input ends.
        let answer = rx
            .recv_timeout(Duration::from_secs(60))
            .expect("an answer while the input is open");
        let answer: Value = serde_json::from_str(&answer).expect("JSON");
        assert_eq!(answer["id"], id);
    }
    drop(stdin);
    assert!(child.wait().expect("exits").success());
}

#[test]
fn jsonl_reads_a_file_and_refuses_bad_usage() {
    let dir = scratch("batch-usage");
    let file = dir.join("in.jsonl");
    std::fs::write(&file, record(json!(1), "“Yes,” she said.") + "\n").expect("write");
    let file = file.to_str().expect("path");
    let (code, out, _) = quotemark(&["analyze", "--jsonl", file], b"");
    assert_eq!(code, 0);
    assert_eq!(lines(&out).len(), 1);

    let dir_arg = dir.to_str().expect("path");
    let cases: [&[&str]; 10] = [
        &["analyze", "--jsonl", "/no/such/file.jsonl"],
        &["analyze", "--jsonl", dir_arg],
        &["analyze", "--jsonl", "--pretty", file],
        &["analyze", "--jsonl", file, file],
        &["analyze", "--jsonl", "--out", dir_arg, file],
        &["analyze", "--jsonl", "--threads", "0", file],
        &["analyze", "--jsonl", "--threads", "many", file],
        &["analyze", "--threads", "2", file],
        &["analyze", "--out", dir_arg],
        &["analyze", "--out", dir_arg, "-"],
    ];
    for args in cases {
        let (code, out, err) = quotemark(args, b"");
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(out.is_empty(), "{args:?} printed {out}");
        assert!(err.starts_with("quotemark: "), "{args:?}: {err}");
        assert_eq!(
            err.trim_end().lines().count(),
            1,
            "{args:?}: one line: {err}"
        );
        assert!(!err.contains("panicked"), "{args:?}: {err}");
    }
}

#[test]
fn out_writes_one_report_per_file_and_reports_each_failure() {
    let dir = scratch("batch-out");
    let inputs = dir.join("in");
    std::fs::create_dir_all(inputs.join("other")).expect("mkdir");
    let articles = articles();
    let mut files = Vec::new();
    for (name, text) in articles.iter().take(5) {
        let path = inputs.join(format!("{name}.txt"));
        std::fs::write(&path, text).expect("write");
        files.push(path.to_string_lossy().into_owned());
    }
    let bad_utf8 = inputs.join("latin1.txt");
    std::fs::write(&bad_utf8, b"caf\xe9 \xab quoted \xbb").expect("write");
    let clash = inputs.join("other").join(format!("{}.txt", articles[0].0));
    std::fs::write(&clash, "Same name, other folder.").expect("write");
    let missing = inputs.join("missing.txt");
    let folder = inputs.join("other");
    let bad = [&bad_utf8, &clash, &missing, &folder].map(|p| p.to_string_lossy().into_owned());

    let out = dir.join("out");
    let out_arg = out.to_string_lossy().into_owned();
    let mut args: Vec<&str> = vec![
        "analyze",
        "--out",
        &out_arg,
        "--pretty",
        "--offsets",
        "chars",
    ];
    args.extend(files.iter().map(String::as_str));
    args.extend(bad.iter().map(String::as_str));
    let (code, stdout, err) = quotemark(&args, b"");
    assert_eq!(code, 1, "{err}");
    assert!(stdout.is_empty());
    let messages: Vec<&str> = err.lines().collect();
    assert_eq!(messages.len(), 5, "{err}");
    assert!(
        messages[0].contains("latin1.txt is not valid UTF-8"),
        "{err}"
    );
    assert!(
        messages[1].contains(&format!("{}.json", articles[0].0)),
        "{err}"
    );
    assert!(messages[2].contains("missing.txt"), "{err}");
    assert!(messages[3].contains("is a directory"), "{err}");
    assert_eq!(messages[4], "quotemark: 4 of 9 files failed");

    let mut written: Vec<String> = std::fs::read_dir(&out)
        .expect("out")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    written.sort();
    let mut expected: Vec<String> = articles
        .iter()
        .take(5)
        .map(|(n, _)| format!("{n}.json"))
        .collect();
    expected.sort();
    assert_eq!(
        written, expected,
        "one NAME.json per good file, nothing else"
    );
    for (name, text) in articles.iter().take(5) {
        let report = std::fs::read_to_string(out.join(format!("{name}.json"))).expect("report");
        assert!(report.lines().count() > 1, "--pretty applies to --out");
        let (_, single, _) = quotemark(
            &["analyze", "--pretty", "--offsets", "chars", "-"],
            text.as_bytes(),
        );
        assert_eq!(report, single, "{name}");
    }
}

#[test]
fn out_with_one_and_two_threads_writes_the_same_files() {
    let dir = scratch("batch-out-threads");
    let articles = articles();
    let mut files = Vec::new();
    for (name, text) in &articles {
        let path = dir.join(format!("{name}.txt"));
        std::fs::write(&path, text).expect("write");
        files.push(path.to_string_lossy().into_owned());
    }
    let read_all = |threads: &str| {
        let out = dir.join(format!("out-{threads}"));
        let out_arg = out.to_string_lossy().into_owned();
        let mut args = vec!["analyze", "--out", &out_arg, "--threads", threads];
        args.extend(files.iter().map(String::as_str));
        let (code, _, err) = quotemark(&args, b"");
        assert_eq!(code, 0, "{err}");
        assert_eq!(err, "");
        articles
            .iter()
            .map(|(name, _)| std::fs::read(out.join(format!("{name}.json"))).expect("report"))
            .collect::<Vec<_>>()
    };
    assert_eq!(read_all("1"), read_all("2"));
}
