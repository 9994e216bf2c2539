//! The batch modes of `quotemark analyze`: `--jsonl` (JSON Lines in, JSON Lines out) and `--out DIR`
//! (one report file per input file).
//!
//! Both run as a pipeline of three parts: a reader thread takes the next record (a line, a file
//! name), a rayon pool of `--threads` threads analyses records, and the calling thread writes the
//! results in input order. A [`Window`] caps what is in flight (read but not yet written): at most
//! [`RECORDS_PER_THREAD`] records per thread and [`WINDOW_BYTES`] of input, so memory follows the
//! window, never the size of the input. A record larger than the byte cap still goes through, alone.
//!
//! A progress bar (records, MB, rate, ETA) is drawn on stderr when stderr is a terminal, and
//! nothing otherwise.

use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap};
use std::ffi::OsString;
use std::fmt::Write as _;
use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, IsTerminal, Read, Write};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{mpsc, Arc, Condvar, Mutex};
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressState, ProgressStyle};
use quotemark::{try_analyze, OffsetUnit, Options, Report, MAX_INPUT_BYTES};
use rayon::iter::{ParallelBridge, ParallelIterator};
use serde::Deserialize;
use serde_json::value::RawValue;
use serde_json::Value;

/// Records in flight per analysis thread (read, being analysed, or waiting for an earlier record to
/// be written).
const RECORDS_PER_THREAD: usize = 16;

/// Bytes of input in flight at most (unless a single record is larger).
const WINDOW_BYTES: u64 = 32 << 20;

/// The longest JSON line read into memory: a text at the input limit written with `\u` escapes
/// (up to 3 bytes of JSON per byte of UTF-8), plus room for the id and other fields. Longer lines
/// are skipped unread and answered with an error.
const MAX_LINE_BYTES: usize = 3 * MAX_INPUT_BYTES + (1 << 20);

/// What every batch mode shares.
pub struct Settings {
    /// The unit of offsets in the reports.
    pub unit: OffsetUnit,
    /// Indented JSON (files of `--out` only).
    pub pretty: bool,
    /// Analysis threads.
    pub threads: usize,
}

/// How a batch went.
pub struct Summary {
    /// Records (lines or files) answered.
    pub total: u64,
    /// Records answered with an error.
    pub failed: u64,
    /// What a record is, for messages ("records", "files").
    pub noun: &'static str,
}

/// The default number of analysis threads: one per core.
pub fn default_threads() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

/// `--jsonl`: reads `{"id": …, "text": "…"}` lines from `input` (a file, or `-` for standard input)
/// and prints one `{"id": …, "analysis": {…}}` or `{"id": …, "error": "…"}` line per record, in
/// input order. Blank lines are skipped.
///
/// # Errors
/// A message when the input cannot be opened or read, or the pool cannot start. A bad record is
/// not an error of the batch: it is answered with an error line and counted in the summary. A
/// failed write to standard output ends the program (status 0 for a closed pipe, else 2).
pub fn jsonl(input: &str, settings: &Settings) -> Result<Summary, String> {
    let (reader, total_bytes): (Box<dyn Read + Send>, Option<u64>) = if input == "-" {
        (Box::new(io::stdin()), None)
    } else {
        let path = Path::new(input);
        if path.is_dir() {
            return Err(format!(
                "{input} is a directory; --jsonl takes a JSON Lines file"
            ));
        }
        let file = File::open(path).map_err(|e| format!("cannot read {input}: {e}"))?;
        let size = file.metadata().ok().map(|m| m.len());
        (Box::new(file), size)
    };
    let mut reader = BufReader::with_capacity(1 << 16, reader);
    let mut number = 0u64;
    let mut first = true;
    let next = move || loop {
        let (line, bytes) = match read_line(&mut reader, MAX_LINE_BYTES) {
            Ok(Some(read)) => read,
            Ok(None) => return None,
            Err(e) => return Some(Err(format!("cannot read {input}: {e}"))),
        };
        number += 1;
        let line = match line {
            Line::Bytes(mut bytes) => {
                if std::mem::take(&mut first) && bytes.starts_with(b"\xEF\xBB\xBF") {
                    bytes.drain(..3);
                }
                if bytes.iter().all(u8::is_ascii_whitespace) {
                    continue;
                }
                Line::Bytes(bytes)
            }
            too_long => too_long,
        };
        return Some(Ok(((number, line), bytes)));
    };

    let unit = settings.unit;
    let progress = Progress::new(total_bytes, "records");
    let out = RefCell::new(BufWriter::with_capacity(1 << 16, io::stdout().lock()));
    let mut summary = Summary {
        total: 0,
        failed: 0,
        noun: "records",
    };
    pipeline(
        settings.threads,
        next,
        |(number, line)| answer_line(number, line, unit),
        |answer, bytes| {
            summary.total += 1;
            summary.failed += u64::from(answer.failed);
            let mut out = out.borrow_mut();
            if let Err(e) = out
                .write_all(answer.json.as_bytes())
                .and_then(|()| out.write_all(b"\n"))
            {
                output_failed(&e);
            }
            progress.advance(bytes);
        },
        // Flushing whenever the analysis waits for input makes the output stream (`rdd.pipe`).
        || {
            if let Err(e) = out.borrow_mut().flush() {
                output_failed(&e);
            }
        },
    )?;
    if let Err(e) = out.borrow_mut().flush() {
        output_failed(&e);
    }
    progress.finish();
    Ok(summary)
}

/// `--out DIR`: analyses each of `files` and writes `DIR/NAME.json` (NAME: the file's name without
/// its extension), in parallel. Per-file errors are printed on stderr in input order and counted.
///
/// # Errors
/// A message when `dir` cannot be created or the pool cannot start.
pub fn out_dir(dir: &Path, files: &[&str], settings: &Settings) -> Result<Summary, String> {
    std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    // Each file's report name; a second file with the same name is an error, never an overwrite.
    let mut taken: HashMap<OsString, &str> = HashMap::new();
    let jobs: Vec<Job> = files
        .iter()
        .map(|&file| {
            let stem = Path::new(file).file_stem().map(|s| {
                let mut name = s.to_os_string();
                name.push(".json");
                name
            });
            let target = match stem {
                None => Err(format!("{file}: has no file name to name its report after")),
                Some(name) => match taken.get(&name) {
                    Some(first) => Err(format!(
                        "{file}: its report would be {}, which is {first}'s",
                        dir.join(&name).display()
                    )),
                    None => {
                        taken.insert(name.clone(), file);
                        Ok(dir.join(name))
                    }
                },
            };
            let size = std::fs::metadata(file).map_or(0, |m| m.len());
            Job {
                file: file.to_string(),
                size,
                target,
            }
        })
        .collect();

    let total_bytes = jobs.iter().map(|job| job.size).sum();
    let progress = Progress::new(Some(total_bytes), "files");
    let mut summary = Summary {
        total: 0,
        failed: 0,
        noun: "files",
    };
    let mut jobs = jobs.into_iter();
    let (unit, pretty) = (settings.unit, settings.pretty);
    pipeline(
        settings.threads,
        move || {
            jobs.next().map(|job| {
                let size = job.size;
                Ok((job, size))
            })
        },
        |job| analyze_file(job, unit, pretty),
        |result, bytes| {
            summary.total += 1;
            if let Err(message) = result {
                summary.failed += 1;
                progress.eprintln(&format!("quotemark: {message}"));
            }
            progress.advance(bytes);
        },
        || {},
    )?;
    progress.finish();
    Ok(summary)
}

/// One file of `--out`.
struct Job {
    file: String,
    size: u64,
    target: Result<PathBuf, String>,
}

/// Reads, analyses and writes one file of `--out`; the error names the file.
fn analyze_file(job: Job, unit: OffsetUnit, pretty: bool) -> Result<(), String> {
    let file = &job.file;
    let target = job.target?;
    let path = Path::new(file);
    if path.is_dir() {
        return Err(format!("{file} is a directory; --out takes text files"));
    }
    // Refuse a file over the limit before reading it: memory stays bounded.
    if job.size > MAX_INPUT_BYTES as u64 {
        return Err(format!(
            "{file}: the text is {:.1} MB; quotemark analyses at most {} MB at once",
            job.size as f64 / 1e6,
            MAX_INPUT_BYTES / 1_000_000
        ));
    }
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read {file}: {e}"))?;
    let text = String::from_utf8(bytes).map_err(|e| {
        format!(
            "{file} is not valid UTF-8 (invalid byte at offset {})",
            e.utf8_error().valid_up_to()
        )
    })?;
    let analysis =
        try_analyze(&text, &Options::with_offsets(unit)).map_err(|e| format!("{file}: {e}"))?;
    let mut json = Report::new(&text, &analysis, unit).to_json(pretty);
    json.push('\n');
    // Write beside the target and rename, so a report file is never half written.
    let mut partial = target.clone().into_os_string();
    partial.push(".partial");
    let partial = PathBuf::from(partial);
    std::fs::write(&partial, json)
        .and_then(|()| std::fs::rename(&partial, &target))
        .map_err(|e| {
            let _ = std::fs::remove_file(&partial);
            format!("{file}: cannot write {}: {e}", target.display())
        })
}

/// One output line of `--jsonl` and whether it is an error line.
struct Answer {
    json: String,
    failed: bool,
}

/// One input line: its bytes, or only its length when it is longer than [`MAX_LINE_BYTES`].
enum Line {
    Bytes(Vec<u8>),
    TooLong(usize),
}

/// The fields of an input record that matter; others are ignored.
#[derive(Deserialize)]
struct Record {
    #[serde(default)]
    id: Option<Box<RawValue>>,
    #[serde(default, deserialize_with = "present")]
    text: Option<Value>,
}

/// A field that is there, even as `null` (plain `Option` reads `null` as absent).
fn present<'de, D: serde::Deserializer<'de>>(field: D) -> Result<Option<Value>, D::Error> {
    Value::deserialize(field).map(Some)
}

/// Answers input line `number`: the analysis of its text, or an error line saying what is wrong.
/// A panic (a bug) becomes an error line too, so one record never stops a batch.
fn answer_line(number: u64, line: Line, unit: OffsetUnit) -> Answer {
    catch_unwind(AssertUnwindSafe(|| answer_record(number, line, unit))).unwrap_or_else(|_| {
        error_line(
            None,
            &format!("line {number}: quotemark failed on this record (a bug: please report it)"),
        )
    })
}

fn answer_record(number: u64, line: Line, unit: OffsetUnit) -> Answer {
    let bytes = match line {
        Line::Bytes(bytes) => bytes,
        Line::TooLong(length) => {
            return error_line(
                None,
                &format!(
                    "line {number}: the line is {:.1} MB, longer than a record of the largest text \
                     quotemark analyses ({} MB)",
                    length as f64 / 1e6,
                    MAX_INPUT_BYTES / 1_000_000
                ),
            )
        }
    };
    let record = bytes.trim_ascii();
    if !record.starts_with(b"{") {
        let what = if serde_json::from_slice::<serde::de::IgnoredAny>(record).is_ok() {
            "a JSON value but not an object"
        } else {
            "not JSON"
        };
        return error_line(
            None,
            &format!("line {number}: {what}; expected {{\"id\": …, \"text\": \"…\"}}"),
        );
    }
    let record: Record = match serde_json::from_slice(record) {
        Ok(record) => record,
        Err(e) => {
            // serde_json says "… at line 1 column N": the input line is the whole JSON text.
            let message = e.to_string().replace(" at line 1 column ", " at column ");
            let what = if e.is_data() {
                "not a record of the form {\"id\": …, \"text\": \"…\"}"
            } else {
                "not JSON"
            };
            return error_line(None, &format!("line {number}: {what} ({message})"));
        }
    };
    let id = record.id.as_deref();
    let text = match record.text {
        Some(Value::String(text)) => text,
        None => return error_line(id, &format!("line {number}: no \"text\" field")),
        Some(other) => {
            let kind = match other {
                Value::Null => "null",
                Value::Bool(_) => "a boolean",
                Value::Number(_) => "a number",
                Value::Array(_) => "an array",
                _ => "an object",
            };
            return error_line(
                id,
                &format!("line {number}: \"text\" is {kind}, not a string"),
            );
        }
    };
    match try_analyze(&text, &Options::with_offsets(unit)) {
        Ok(analysis) => {
            let report = Report::new(&text, &analysis, unit).to_json(false);
            let id = id.map_or("null", RawValue::get);
            let mut json = String::with_capacity(report.len() + id.len() + 20);
            // Writing to a String cannot fail.
            let _ = write!(json, "{{\"id\":{id},\"analysis\":{report}}}");
            Answer {
                json,
                failed: false,
            }
        }
        Err(e) => error_line(id, &format!("line {number}: {e}")),
    }
}

/// `{"id": …, "error": "…"}`.
fn error_line(id: Option<&RawValue>, message: &str) -> Answer {
    let id = id.map_or("null", RawValue::get);
    // A string always serialises.
    let message = serde_json::to_string(message).unwrap_or_default();
    Answer {
        json: format!("{{\"id\":{id},\"error\":{message}}}"),
        failed: true,
    }
}

/// Reads the next line without its `\n` (and a `\r` before it), keeping at most `cap` bytes of it;
/// `None` at the end of the input. Also returns the bytes consumed, for progress.
fn read_line(reader: &mut impl BufRead, cap: usize) -> io::Result<Option<(Line, u64)>> {
    let mut line = Vec::new();
    let mut consumed = 0usize;
    let mut too_long = false;
    loop {
        let available = match reader.fill_buf() {
            Ok(available) => available,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if available.is_empty() {
            break;
        }
        let (chunk, end) = match available.iter().position(|&b| b == b'\n') {
            Some(at) => (&available[..at], true),
            None => (available, false),
        };
        let used = chunk.len() + usize::from(end);
        if !too_long {
            if line.len() + chunk.len() > cap {
                too_long = true;
                line = Vec::new();
            } else {
                line.extend_from_slice(chunk);
            }
        }
        consumed += used;
        reader.consume(used);
        if end {
            break;
        }
    }
    if consumed == 0 {
        return Ok(None);
    }
    if too_long {
        return Ok(Some((Line::TooLong(consumed), consumed as u64)));
    }
    if line.last() == Some(&b'\r') {
        line.pop();
    }
    Ok(Some((Line::Bytes(line), consumed as u64)))
}

/// Ends the program on a failed write to standard output: quietly for a closed pipe
/// (`quotemark … | head`), else with the message and status 2.
fn output_failed(e: &io::Error) -> ! {
    if e.kind() == io::ErrorKind::BrokenPipe {
        std::process::exit(0);
    }
    eprintln!("quotemark: cannot write the output: {e}");
    std::process::exit(2);
}

/// Runs `work` over the items `next` yields on a pool of `threads` threads, and hands each result
/// to `emit` in input order, with the item's size; calls `idle` whenever no result is ready (to
/// flush what was emitted). At most a [`Window`] of items is in flight.
///
/// # Errors
/// The first error `next` yields (reading stops there; what was read is still emitted), or a
/// message when the pool cannot start.
fn pipeline<I, R>(
    threads: usize,
    mut next: impl FnMut() -> Option<Result<(I, u64), String>> + Send,
    work: impl Fn(I) -> R + Sync,
    mut emit: impl FnMut(R, u64),
    mut idle: impl FnMut(),
) -> Result<(), String>
where
    I: Send,
    R: Send,
{
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .thread_name(|i| format!("quotemark-{i}"))
        .build()
        .map_err(|e| format!("cannot start {threads} analysis threads: {e}"))?;
    let window = Window::new(threads.saturating_mul(RECORDS_PER_THREAD), WINDOW_BYTES);
    let (todo_tx, todo_rx) = mpsc::channel::<(u64, I, u64)>();
    let (done_tx, done_rx) = mpsc::channel::<(u64, R, u64)>();
    std::thread::scope(|scope| {
        let window = &window;
        let work = &work;
        let reader = scope.spawn(move || {
            let mut seq = 0u64;
            while let Some(item) = next() {
                let (item, bytes) = item?;
                window.acquire(bytes);
                if todo_tx.send((seq, item, bytes)).is_err() {
                    break;
                }
                seq += 1;
            }
            Ok(())
        });
        scope.spawn(move || {
            pool.install(|| {
                todo_rx.into_iter().par_bridge().for_each_with(
                    done_tx,
                    |done, (seq, item, bytes)| {
                        // The receiver lives until every sender is gone.
                        let _ = done.send((seq, work(item), bytes));
                    },
                );
            });
        });
        // Results arrive in any order: hold each until those before it are out.
        let mut waiting = BTreeMap::new();
        let mut expected = 0u64;
        loop {
            let (seq, result, bytes) = match done_rx.try_recv() {
                Ok(done) => done,
                Err(mpsc::TryRecvError::Disconnected) => break,
                Err(mpsc::TryRecvError::Empty) => {
                    idle();
                    match done_rx.recv() {
                        Ok(done) => done,
                        Err(_) => break,
                    }
                }
            };
            waiting.insert(seq, (result, bytes));
            while let Some((result, bytes)) = waiting.remove(&expected) {
                emit(result, bytes);
                window.release(bytes);
                expected += 1;
            }
        }
        reader
            .join()
            .unwrap_or_else(|_| Err("the input reader failed".to_string()))
    })
}

/// Caps what is in flight: `max_items` items and `max_bytes` bytes, except that one item is always
/// let through when nothing else is in flight.
struct Window {
    in_flight: Mutex<(usize, u64)>,
    freed: Condvar,
    max_items: usize,
    max_bytes: u64,
}

impl Window {
    fn new(max_items: usize, max_bytes: u64) -> Window {
        Window {
            in_flight: Mutex::new((0, 0)),
            freed: Condvar::new(),
            max_items: max_items.max(1),
            max_bytes,
        }
    }

    /// Waits until an item of `bytes` fits, then counts it in.
    fn acquire(&self, bytes: u64) {
        let mut guard = self.in_flight.lock().unwrap_or_else(|e| e.into_inner());
        while guard.0 > 0 && (guard.0 >= self.max_items || guard.1 + bytes > self.max_bytes) {
            guard = self.freed.wait(guard).unwrap_or_else(|e| e.into_inner());
        }
        guard.0 += 1;
        guard.1 += bytes;
    }

    /// Counts an item of `bytes` out.
    fn release(&self, bytes: u64) {
        let mut guard = self.in_flight.lock().unwrap_or_else(|e| e.into_inner());
        guard.0 -= 1;
        guard.1 -= bytes;
        self.freed.notify_all();
    }
}

/// The progress bar on stderr: drawn only when stderr is a terminal.
struct Progress {
    bar: ProgressBar,
    records: Arc<AtomicU64>,
    noun: &'static str,
}

impl Progress {
    /// A bar over `total_bytes` of input (with ETA), or a spinner when the total is unknown.
    fn new(total_bytes: Option<u64>, noun: &'static str) -> Progress {
        let records = Arc::new(AtomicU64::new(0));
        if !io::stderr().is_terminal() {
            return Progress {
                bar: ProgressBar::hidden(),
                records,
                noun,
            };
        }
        let template = match total_bytes {
            Some(_) => {
                "{elapsed_precise} [{bar:20}] {records} · {decimal_bytes}/{decimal_total_bytes} · {rate} · ETA {eta}"
            }
            None => "{spinner} {elapsed_precise} {records} · {decimal_bytes} · {rate}",
        };
        let count = Arc::clone(&records);
        let rate = Arc::clone(&records);
        let style = ProgressStyle::with_template(template)
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .progress_chars("=> ")
            .with_key(
                "records",
                move |_: &ProgressState, w: &mut dyn std::fmt::Write| {
                    let _ = write!(w, "{} {noun}", count.load(Ordering::Relaxed));
                },
            )
            .with_key(
                "rate",
                move |state: &ProgressState, w: &mut dyn std::fmt::Write| {
                    let seconds = state.elapsed().as_secs_f64().max(1e-3);
                    let done = rate.load(Ordering::Relaxed) as f64;
                    let _ = write!(
                        w,
                        "{:.0}/s, {:.1} MB/s",
                        done / seconds,
                        state.pos() as f64 / 1e6 / seconds
                    );
                },
            );
        let bar = ProgressBar::with_draw_target(total_bytes, ProgressDrawTarget::stderr())
            .with_style(style);
        bar.enable_steady_tick(Duration::from_millis(250));
        Progress { bar, records, noun }
    }

    /// One more record of `bytes` done.
    fn advance(&self, bytes: u64) {
        self.records.fetch_add(1, Ordering::Relaxed);
        self.bar.inc(bytes);
    }

    /// Prints a message on stderr (above the bar when there is one).
    fn eprintln(&self, message: &str) {
        if self.bar.is_hidden() {
            eprintln!("{message}");
        } else {
            self.bar.suspend(|| eprintln!("{message}"));
        }
    }

    /// Replaces the bar with a one-line summary (on a terminal only, like the bar).
    fn finish(&self) {
        if self.bar.is_hidden() {
            return;
        }
        let seconds = self.bar.elapsed().as_secs_f64().max(1e-3);
        let done = self.records.load(Ordering::Relaxed);
        self.bar.finish_and_clear();
        eprintln!(
            "quotemark: {done} {} in {seconds:.1} s ({:.0}/s, {:.1} MB/s)",
            self.noun,
            done as f64 / seconds,
            self.bar.position() as f64 / 1e6 / seconds
        );
    }
}
