//! The report's field names against `contract.schema.json`, inside `cargo test`.
//!
//! The schema is validated for real by ajv (`tests/contract/`, run by `scripts/test.sh`); this is
//! the cheap native guard that fails as soon as a `Report` field is renamed, dropped or added
//! without the schema: it walks each report alongside the schema and checks every object's keys
//! (against `properties` and `required`) and every `enum`/`const` value.

use quotemark::{analyze, OffsetUnit, Options, Report};
use serde_json::Value;

const SCHEMA: &str = include_str!("../contract.schema.json");

fn schema() -> Value {
    serde_json::from_str(SCHEMA).expect("contract.schema.json is JSON")
}

/// Follows local `$ref`s (`#` and `#/$defs/NAME`).
fn deref<'a>(root: &'a Value, mut node: &'a Value) -> &'a Value {
    while let Some(r) = node.get("$ref").and_then(Value::as_str) {
        node = if r == "#" {
            root
        } else {
            let name = r.strip_prefix("#/$defs/").expect("local $ref");
            &root["$defs"][name]
        };
    }
    node
}

/// Whether a (dereferenced) schema node describes values of `value`'s JSON type.
fn same_shape(node: &Value, value: &Value) -> bool {
    let json_type = match value {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(n) if n.is_u64() || n.is_i64() => "integer",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    };
    match node.get("type") {
        Some(Value::String(t)) => t == json_type || (t == "number" && json_type == "integer"),
        Some(Value::Array(ts)) => ts.iter().any(|t| t == json_type),
        // enum / const / oneOf nodes without a type: let the walk decide.
        _ => true,
    }
}

/// Checks `value` against `node`: object keys, array items, enum and const values.
fn walk(root: &Value, node: &Value, value: &Value, path: &str, errors: &mut Vec<String>) {
    let node = deref(root, node);
    if let Some(options) = node.get("anyOf").or_else(|| node.get("oneOf")) {
        let options = options.as_array().expect("anyOf/oneOf is an array");
        match options
            .iter()
            .map(|o| deref(root, o))
            .find(|o| same_shape(o, value))
        {
            Some(o) => walk(root, o, value, path, errors),
            None => errors.push(format!("{path}: {value} fits no branch")),
        }
        return;
    }
    if !same_shape(node, value) {
        errors.push(format!("{path}: {value} is not of type {}", node["type"]));
        return;
    }
    if let Some(allowed) = node.get("enum").and_then(Value::as_array) {
        if !allowed.contains(value) {
            errors.push(format!("{path}: {value} is not one of {allowed:?}"));
        }
    }
    if let Some(expected) = node.get("const") {
        if expected != value {
            errors.push(format!("{path}: {value} is not {expected}"));
        }
    }
    match value {
        Value::Object(map) => {
            let props = node["properties"]
                .as_object()
                .expect("objects list properties");
            for key in map.keys() {
                if !props.contains_key(key) {
                    errors.push(format!("{path}: field {key:?} is not in the schema"));
                }
            }
            for key in node["required"].as_array().into_iter().flatten() {
                let key = key.as_str().expect("required names");
                if !map.contains_key(key) {
                    errors.push(format!("{path}: required field {key:?} is missing"));
                }
            }
            for (key, v) in map {
                if let Some(p) = props.get(key) {
                    walk(root, p, v, &format!("{path}/{key}"), errors);
                }
            }
        }
        Value::Array(items) => {
            if let Some(item) = node.get("items") {
                for (i, v) in items.iter().enumerate() {
                    walk(root, item, v, &format!("{path}/{i}"), errors);
                }
            }
        }
        _ => {}
    }
}

fn check(text: &str, unit: OffsetUnit) -> Value {
    let analysis = analyze(text, &Options::with_offsets(unit));
    let json: Value = serde_json::from_str(&Report::new(text, &analysis, unit).to_json(false))
        .expect("the report is JSON");
    let root = schema();
    let mut errors = Vec::new();
    walk(&root, &root, &json, "", &mut errors);
    assert!(errors.is_empty(), "{unit:?}: {}", errors.join("\n"));
    json
}

const TEXT: &str = "U.S. Trade Representative Charlene Barshefsky said on Nov. 30 that the talks \
    would resume. “We came hoping to make progress,” she said. “The clock has nearly run out.” \
    A source said the World Trade Organization paid $2.3 billion, 3.5% more, at 9 a.m. \
    The so-called “reform” passed.";

#[test]
fn report_fields_match_the_schema_in_every_unit() {
    for unit in [OffsetUnit::Utf16, OffsetUnit::Chars, OffsetUnit::Bytes] {
        let json = check(TEXT, unit);
        // The walk saw every kind of record: a titled mention, a speaker with and without an
        // entity, a cue, a null speaker, indirect and other quotes.
        let quotes = json["quotes"].as_array().expect("quotes");
        assert!(json["mentions"]
            .as_array()
            .expect("mentions")
            .iter()
            .any(|m| m.get("title").is_some()));
        assert!(quotes.iter().any(|q| q["speaker"]["entity"].is_u64()));
        assert!(quotes
            .iter()
            .any(|q| q["speaker"].is_object() && q["speaker"]["entity"].is_null()));
        assert!(quotes.iter().any(|q| q["speaker"].is_null()));
        assert!(quotes.iter().any(|q| q["cue"].is_object()));
        for kind in ["direct", "indirect", "other"] {
            assert!(quotes.iter().any(|q| q["kind"] == kind), "no {kind} quote");
        }
    }
}

#[test]
fn seed_and_gum_reports_match_the_schema() {
    let data = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data");
    let mut files = vec![data.join("wto-talks.txt")];
    let mut gum: Vec<_> = std::fs::read_dir(data.join("gum"))
        .expect("tests/data/gum")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    gum.sort();
    files.extend(gum);
    assert!(files.len() >= 25);
    for path in files {
        let text = std::fs::read_to_string(&path).expect("fixture");
        check(&text, OffsetUnit::Utf16);
    }
}

#[test]
fn the_walk_catches_a_renamed_field() {
    // Guards the guard: a mention whose `type` is renamed `kind` must be reported.
    let root = schema();
    let mut json = check(TEXT, OffsetUnit::Utf16);
    let mention = json["mentions"][0].as_object_mut().expect("a mention");
    let kind = mention.remove("type").expect("type");
    mention.insert("kind".into(), kind);
    let mut errors = Vec::new();
    walk(&root, &root, &json, "", &mut errors);
    assert_eq!(errors.len(), 2, "{errors:?}"); // "kind" unknown, "type" missing
}
