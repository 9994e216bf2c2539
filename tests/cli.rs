//! The command line: contract JSON on good input; one line and exit status 2 on bad input.

use std::io::Write;
use std::process::{Command, Stdio};

fn quotemark(args: &[&str], stdin: &[u8]) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_quotemark"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("runs");
    // A command that fails before reading its input closes the pipe: that is not this test's error.
    let _ = child.stdin.take().expect("stdin").write_all(stdin);
    let out = child.wait_with_output().expect("waits");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn analyze_prints_contract_json() {
    let (code, out, _) = quotemark(
        &["analyze", "--offsets", "chars", "-"],
        "“Yes,” she said.".as_bytes(),
    );
    assert_eq!(code, 0);
    let json: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(json["offsets"], "chars");
    assert_eq!(json["quotes"][0]["end"], 6);
}

#[test]
fn analyze_reads_the_seed_file() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/wto-talks.txt");
    let (code, out, _) = quotemark(&["analyze", "--pretty", path], b"");
    assert_eq!(code, 0);
    let json: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    // The seed's 13 quotations: 9 direct or partial (its gold file lists them), 4 indirect.
    let quotes = json["quotes"].as_array().expect("quotes");
    let kinds: Vec<&str> = quotes.iter().map(|q| q["kind"].as_str().unwrap()).collect();
    assert_eq!(quotes.len(), 13, "{kinds:?}");
    let marked = kinds
        .iter()
        .filter(|k| matches!(**k, "direct" | "partial"))
        .count();
    assert_eq!(marked, 9, "{kinds:?}");
    assert_eq!(kinds.iter().filter(|k| **k == "indirect").count(), 4);
    assert!(quotes.iter().all(|q| q["speaker"].is_object()));
}

#[test]
fn a_file_of_exactly_the_limit_is_analysed_and_one_byte_more_is_refused() {
    let dir = std::env::temp_dir().join(format!("quotemark-cli-limit-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let quote = "“Yes,” Zhu Rongji said. ";
    let mut text = quote.to_string();
    text.push_str(&" ".repeat(quotemark::MAX_INPUT_BYTES - quote.len()));
    let at = dir.join("at-limit.txt");
    std::fs::write(&at, &text).expect("write");
    text.push(' ');
    let over = dir.join("over-limit.txt");
    std::fs::write(&over, &text).expect("write");
    drop(text);

    let (code, out, err) = quotemark(&["analyze", at.to_str().unwrap()], b"");
    assert_eq!(code, 0, "{err}");
    let json: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(json["quotes"].as_array().map(Vec::len), Some(1));
    assert_eq!(json["quotes"][0]["speaker"]["name"], "Zhu Rongji");

    let (code, out, err) = quotemark(&["analyze", over.to_str().unwrap()], b"");
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert!(
        err.starts_with("quotemark: ") && err.contains("32 MB"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "{err}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn bad_input_gets_one_line_and_status_two() {
    let dir = env!("CARGO_MANIFEST_DIR");
    let cases: [(&[&str], &[u8]); 5] = [
        (&["analyze", "/no/such/file.txt"], b""),
        (&["analyze", dir], b""),
        (&["analyze", "-"], b"\xff\xfe bad"),
        (&["analyze", "--offsets", "lines", "-"], b"x"),
        (&["frobnicate"], b""),
    ];
    for (args, stdin) in cases {
        let (code, out, err) = quotemark(args, stdin);
        assert_eq!(code, 2, "{args:?}");
        assert!(out.is_empty(), "{args:?} printed {out}");
        assert!(err.starts_with("quotemark: "), "{args:?}: {err}");
        assert!(!err.contains("panicked"), "{args:?}: {err}");
    }
}
