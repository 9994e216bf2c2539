//! The Python module `quotemark`: `analyze` and `analyze_many` return the output contract as dicts.
//!
//! The binding only translates: a Python `str` becomes the text (a lone surrogate becomes U+FFFD,
//! one code point for one, so offsets still index the caller's string), the report is the crate's
//! own JSON ([`Report::to_json`]) read by Python's `json.loads` (so it is exactly what the command
//! line prints), and the crate's errors become `ValueError`s. The analysis runs with the GIL
//! released; `analyze_many` spreads its texts over a rayon pool.

use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyString};
use quotemark::{try_analyze, OffsetUnit, Options, Report, MAX_INPUT_BYTES, VERSION};
use rayon::prelude::*;

/// The offset unit named `name`, or a `ValueError`.
fn unit(name: &str) -> PyResult<OffsetUnit> {
    OffsetUnit::from_name(name).ok_or_else(|| {
        PyValueError::new_err(format!(
            "unknown offsets unit {name:?}: expected \"chars\", \"utf16\" or \"bytes\""
        ))
    })
}

/// The text of a Python `str` (a `TypeError` for anything else; `what` names it in the message).
fn text_of(object: &Bound<'_, PyAny>, what: &dyn Fn() -> String) -> PyResult<String> {
    let string = object.cast::<PyString>().map_err(|_| {
        let type_name = object
            .get_type()
            .name()
            .map_or_else(|_| "?".to_string(), |n| n.to_string());
        PyTypeError::new_err(format!("{} must be str, not {type_name}", what()))
    })?;
    if let Ok(text) = string.to_str() {
        return Ok(text.to_owned());
    }
    // Not encodable as UTF-8: it holds lone surrogates. Read it code point by code point and put
    // U+FFFD for each surrogate, so every code point stays one code point.
    let wide = string.call_method1("encode", ("utf-32-le", "surrogatepass"))?;
    let wide = wide.cast::<PyBytes>()?.as_bytes();
    Ok(wide
        .chunks_exact(4)
        .map(|c| char::from_u32(u32::from_le_bytes([c[0], c[1], c[2], c[3]])).unwrap_or('\u{FFFD}'))
        .collect())
}

/// Analyses `text` and returns the report as JSON, or the error's message.
fn report_json(text: &str, unit: OffsetUnit) -> Result<String, String> {
    let analysis = try_analyze(text, &Options::with_offsets(unit)).map_err(|e| e.to_string())?;
    Ok(Report::new(text, &analysis, unit).to_json(false))
}

/// `json.loads(json)`.
fn to_python<'py>(py: Python<'py>, json: &str) -> PyResult<Bound<'py, PyAny>> {
    py.import("json")?.getattr("loads")?.call1((json,))
}

/// Analyses `text`: its quotations with their speakers, and its named entities.
///
/// Returns the output contract as dicts and lists. Offsets are code points by default (Python
/// string indices); `offsets="utf16"` or `"bytes"` (UTF-8) on request. Raises `ValueError` for an
/// unknown unit or a text over `MAX_INPUT_BYTES`, `TypeError` when `text` is not a `str`.
#[pyfunction]
#[pyo3(signature = (text, offsets = "chars"))]
fn analyze<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyAny>,
    offsets: &str,
) -> PyResult<Bound<'py, PyAny>> {
    let unit = unit(offsets)?;
    let text = text_of(text, &|| "text".to_string())?;
    let json = py
        .detach(|| report_json(&text, unit))
        .map_err(PyValueError::new_err)?;
    to_python(py, &json)
}

/// Analyses every text of `texts` (any iterable of `str`) on `threads` threads (default: one per
/// core), with the GIL released, and returns the reports in the order of `texts`.
///
/// Raises `ValueError` for an unknown unit, `threads` below 1 or a text over the limit (naming
/// its index), `TypeError` for an item that is not a `str` or a `str` given as `texts`.
#[pyfunction]
#[pyo3(signature = (texts, threads = None, offsets = "chars"))]
fn analyze_many<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyAny>,
    threads: Option<i64>,
    offsets: &str,
) -> PyResult<Vec<Bound<'py, PyAny>>> {
    let unit = unit(offsets)?;
    let threads = match threads {
        None => None,
        Some(n) if n >= 1 => Some(usize::try_from(n).unwrap_or(usize::MAX)),
        Some(n) => {
            return Err(PyValueError::new_err(format!(
                "threads must be at least 1 (or None for one per core), not {n}"
            )))
        }
    };
    if texts.is_instance_of::<PyString>() {
        return Err(PyTypeError::new_err(
            "texts must be an iterable of str, not a str: use analyze() for one text",
        ));
    }
    let mut owned = Vec::new();
    for (i, item) in texts.try_iter()?.enumerate() {
        owned.push(text_of(&item?, &|| format!("texts[{i}]"))?);
    }
    // A text over the limit fails at once, before any work (the check costs nothing).
    if let Some((i, text)) = owned
        .iter()
        .enumerate()
        .find(|(_, t)| t.len() > MAX_INPUT_BYTES)
    {
        let message = report_json(text, unit).err().unwrap_or_default();
        return Err(PyValueError::new_err(format!("texts[{i}]: {message}")));
    }
    let results: Result<Vec<Result<String, String>>, String> = py.detach(|| {
        let run = || -> Vec<Result<String, String>> {
            owned
                .par_iter()
                .map(|text| report_json(text, unit))
                .collect()
        };
        match threads {
            None => Ok(run()),
            Some(n) => rayon::ThreadPoolBuilder::new()
                .num_threads(n)
                .build()
                .map(|pool| pool.install(run))
                .map_err(|e| format!("cannot start {n} threads: {e}")),
        }
    });
    let results = results.map_err(PyValueError::new_err)?;
    results
        .iter()
        .enumerate()
        .map(|(i, result)| match result {
            Ok(json) => to_python(py, json),
            Err(message) => Err(PyValueError::new_err(format!("texts[{i}]: {message}"))),
        })
        .collect()
}

/// Finds quotations, their speakers and the named entities of news text.
#[pymodule]
#[pyo3(name = "quotemark")]
fn quotemark_module(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(analyze, m)?)?;
    m.add_function(wrap_pyfunction!(analyze_many, m)?)?;
    m.add("__version__", VERSION)?;
    m.add("MAX_INPUT_BYTES", MAX_INPUT_BYTES)?;
    Ok(())
}
