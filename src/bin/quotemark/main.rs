//! The `quotemark` command line: analyse files, or score the analyzer against gold data.
//!
//! ```text
//! quotemark analyze [--offsets utf16|chars|bytes] [--pretty] [FILE|-]
//! quotemark analyze --jsonl [--offsets …] [--threads N] [FILE|-]
//! quotemark analyze --out DIR [--offsets …] [--pretty] [--threads N] FILES…
//! quotemark eval [--verbose] DIR
//! quotemark eval --polnear [--verbose] [--by-publisher] DIR
//! ```

mod batch;

use std::io::Read;
use std::path::Path;
use std::process::ExitCode;

use quotemark::internals::eval;
use quotemark::{try_analyze, OffsetUnit, Options, Report};

const USAGE: &str = r#"usage:
  quotemark analyze [--offsets utf16|chars|bytes] [--pretty] [FILE|-]   print the analysis as JSON
  quotemark analyze --jsonl [--offsets …] [--threads N] [FILE|-]
                  one {"id": …, "text": "…"} per line in; one {"id": …, "analysis": {…}}
                  or {"id": …, "error": "…"} per line out, in input order, on every core
  quotemark analyze --out DIR [--offsets …] [--pretty] [--threads N] FILES…
                  write DIR/NAME.json for each FILE, on every core
  quotemark eval [--verbose] DIR                 score NAME.txt + NAME.gold.json pairs
  quotemark eval --polnear [--verbose] [--by-publisher] DIR
                                                 score quoted speech on a PolNeAR split
  quotemark --version | --help"#;

/// Prints a line to standard output; a closed pipe (`quotemark … | head`) ends the program quietly.
macro_rules! say {
    ($($arg:tt)*) => {{
        use std::io::Write;
        if let Err(e) = writeln!(std::io::stdout().lock(), $($arg)*) {
            if e.kind() == std::io::ErrorKind::BrokenPipe {
                std::process::exit(0);
            }
            return Err(format!("cannot write the output: {e}"));
        }
    }};
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("quotemark: {message}");
            ExitCode::from(2)
        }
    }
}

fn run(args: &[String]) -> Result<ExitCode, String> {
    match args.first().map(String::as_str) {
        Some("analyze") => analyze_command(&args[1..]),
        Some("eval") => eval_command(&args[1..]).map(|()| ExitCode::SUCCESS),
        Some("--version" | "-V") => {
            say!("quotemark {}", quotemark::VERSION);
            Ok(ExitCode::SUCCESS)
        }
        Some("--help" | "-h") | None => {
            say!("{USAGE}");
            Ok(ExitCode::SUCCESS)
        }
        Some(other) => Err(format!("unknown command '{other}'\n{USAGE}")),
    }
}

/// What `analyze` was asked to do.
enum Mode<'a> {
    /// One text (a file or standard input) to one report on standard output.
    One(Option<&'a str>),
    /// `--jsonl`: one JSON record per line in, one per line out.
    Jsonl(Option<&'a str>),
    /// `--out DIR`: one report file per input file.
    Out(String, Vec<&'a str>),
}

fn analyze_command(args: &[String]) -> Result<ExitCode, String> {
    let mut unit = OffsetUnit::Utf16;
    let mut pretty = false;
    let mut jsonl = false;
    let mut out_dir: Option<String> = None;
    let mut threads: Option<usize> = None;
    let mut inputs: Vec<&str> = Vec::new();
    let mut i = 0;
    while i < args.len() {
        let arg = args[i].as_str();
        // `--flag value` and `--flag=value` alike.
        let mut value = |flag: &str, what: &str| -> Result<String, String> {
            if let Some(v) = arg.strip_prefix(flag).and_then(|r| r.strip_prefix('=')) {
                return Ok(v.to_string());
            }
            i += 1;
            args.get(i).cloned().ok_or(format!("{flag} needs {what}"))
        };
        match arg {
            "--pretty" => pretty = true,
            "--jsonl" => jsonl = true,
            a if a == "--offsets" || a.starts_with("--offsets=") => {
                let name = value("--offsets", "utf16, chars or bytes")?;
                unit = OffsetUnit::from_name(&name).ok_or_else(|| {
                    format!("unknown offset unit '{name}' (use utf16, chars or bytes)")
                })?;
            }
            a if a == "--threads" || a.starts_with("--threads=") => {
                let n = value("--threads", "a number of threads")?;
                threads = Some(n.parse().ok().filter(|&n| n > 0).ok_or(format!(
                    "--threads needs a whole number of at least 1, not '{n}'"
                ))?);
            }
            a if a == "--out" || a.starts_with("--out=") => {
                out_dir = Some(value("--out", "a folder")?)
            }
            "-" => inputs.push("-"),
            flag if flag.starts_with('-') => return Err(format!("unknown flag '{flag}'\n{USAGE}")),
            path => inputs.push(path),
        }
        i += 1;
    }
    let mode = match (jsonl, out_dir) {
        (true, Some(_)) => return Err("--jsonl and --out are separate modes: give one".into()),
        (true, None) => Mode::Jsonl(one_input(
            &inputs,
            "--jsonl takes one FILE (or - for standard input)",
        )?),
        (false, Some(dir)) => {
            if inputs.is_empty() {
                return Err("--out DIR needs the FILES to analyse".into());
            }
            if inputs.contains(&"-") {
                return Err(
                    "--out reads files, not standard input: use --jsonl for a stream".into(),
                );
            }
            Mode::Out(dir, inputs)
        }
        (false, None) => Mode::One(one_input(&inputs, "analyze takes one FILE")?),
    };
    if threads.is_some() && matches!(mode, Mode::One(_)) {
        return Err("--threads applies to the batch modes, --jsonl and --out".into());
    }
    let settings = batch::Settings {
        unit,
        pretty,
        threads: threads.unwrap_or_else(batch::default_threads),
    };
    let summary = match mode {
        Mode::One(input) => {
            let text = read_input(input.unwrap_or("-"))?;
            let options = Options::with_offsets(unit);
            let analysis = try_analyze(&text, &options).map_err(|e| e.to_string())?;
            say!("{}", Report::new(&text, &analysis, unit).to_json(pretty));
            return Ok(ExitCode::SUCCESS);
        }
        Mode::Jsonl(input) => {
            if pretty {
                return Err(
                    "--pretty does not apply to --jsonl: JSON Lines are one line per record".into(),
                );
            }
            batch::jsonl(input.unwrap_or("-"), &settings)?
        }
        Mode::Out(dir, files) => batch::out_dir(Path::new(&dir), &files, &settings)?,
    };
    if summary.failed == 0 {
        return Ok(ExitCode::SUCCESS);
    }
    eprintln!(
        "quotemark: {} of {} {} failed",
        summary.failed, summary.total, summary.noun
    );
    Ok(ExitCode::from(1))
}

/// The one input of a mode that takes at most one.
fn one_input<'a>(inputs: &[&'a str], message: &str) -> Result<Option<&'a str>, String> {
    match inputs {
        [] => Ok(None),
        [one] => Ok(Some(one)),
        [_, extra, ..] => Err(format!("unexpected argument '{extra}': {message}")),
    }
}

fn read_input(path: &str) -> Result<String, String> {
    let bytes = if path == "-" {
        let mut buf = Vec::new();
        std::io::stdin()
            .read_to_end(&mut buf)
            .map_err(|e| format!("cannot read standard input: {e}"))?;
        buf
    } else {
        let p = Path::new(path);
        if p.is_dir() {
            return Err(format!("{path} is a directory; analyze takes a text file"));
        }
        std::fs::read(p).map_err(|e| format!("cannot read {path}: {e}"))?
    };
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "{path} is not valid UTF-8 (invalid byte at offset {})",
            e.utf8_error().valid_up_to()
        )
    })
}

fn eval_command(args: &[String]) -> Result<(), String> {
    let mut polnear = false;
    let mut verbose = false;
    let mut by_publisher = false;
    let mut dir: Option<&str> = None;
    for arg in args {
        match arg.as_str() {
            "--polnear" => polnear = true,
            "--verbose" | "-v" => verbose = true,
            "--by-publisher" => by_publisher = true,
            flag if flag.starts_with('-') => return Err(format!("unknown flag '{flag}'\n{USAGE}")),
            path if dir.is_none() => dir = Some(path),
            extra => return Err(format!("unexpected argument '{extra}': eval takes one DIR")),
        }
    }
    let dir = Path::new(dir.ok_or("eval needs a DIR")?);
    if !dir.is_dir() {
        return Err(format!("{} is not a directory", dir.display()));
    }
    if polnear {
        let scores = eval::polnear::score_dir(dir)?;
        if verbose {
            for m in &scores.misses {
                say!("{m}");
            }
        }
        say!("PolNeAR {} ({} articles)", dir.display(), scores.articles);
        say!("quotes             {}", scores.quotes);
        say!(
            "speaker accuracy   {:.3}  ({} of {} matched quotes with a source)",
            scores.speaker.recall(),
            scores.speaker.true_positives,
            scores.speaker.gold
        );
        say!("attributed quotes  {}", scores.attributed);
        say!(
            "indirect speech    {}  (gold: contents without quotation marks, beliefs too)",
            scores.indirect
        );
        say!(
            "indirect speakers  {:.3}  ({} of {} matched with a source)",
            scores.indirect_speaker.recall(),
            scores.indirect_speaker.true_positives,
            scores.indirect_speaker.gold
        );
        say!("speaker accuracy by gold source form and predicted kind:");
        for (class, counts) in &scores.speaker_by {
            say!(
                "  {class:<22} {:.3}  ({} of {})",
                counts.recall(),
                counts.true_positives,
                counts.gold
            );
        }
        if by_publisher {
            say!("by publisher:      quote F1  speaker  attributed F1");
            for (publisher, [quotes, speaker, attributed]) in &scores.by_publisher {
                say!(
                    "  {publisher:<16} {:.3}     {:.3}    {:.3}",
                    quotes.f1(),
                    speaker.recall(),
                    attributed.f1()
                );
            }
        }
    } else {
        let scores = eval::corpus::score_dir(dir)?;
        if verbose {
            for m in &scores.misses {
                say!("{m}");
            }
        }
        say!("quotes             {}", scores.quotes);
        say!(
            "speaker accuracy   {:.3}  ({} of {} matched quotes)",
            scores.speaker.recall(),
            scores.speaker.true_positives,
            scores.speaker.gold
        );
        say!("kind accuracy      {:.3}", scores.kind.recall());
        say!("attributed quotes  {}", scores.attributed);
        say!("entities           {}", scores.entities);
        for (kind, counts) in &scores.entities_by_type {
            say!("  {kind:<16} {counts}");
        }
        if let Some(gender) = eval::gender::score_dir(dir)? {
            if verbose {
                for m in &gender.misses {
                    say!("{m}");
                }
            }
            let line = |c: &eval::gender::GenderCounts| {
                format!(
                    "precision {:.3} ({} of {}), coverage {:.3} ({} of {})",
                    c.precision(),
                    c.right,
                    c.judged,
                    c.coverage(),
                    c.given,
                    c.stated
                )
            };
            say!(
                "source gender      {}; {} of {} annotated speakers matched",
                line(&gender.all),
                gender.matched,
                gender.annotated
            );
            say!("  without given-name guesses  {}", line(&gender.text_only));
            for (basis, (right, judged)) in &gender.by_basis {
                say!("  basis {basis:<11} {right} right of {judged}");
            }
            say!(
                "  given-name guesses where the text states none (not judged): {}",
                gender.unverifiable
            );
        }
    }
    Ok(())
}
