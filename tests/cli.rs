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
    assert!(json["quotes"].as_array().expect("quotes").len() >= 9);
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
