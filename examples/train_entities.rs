//! Trains the entity tagger (`src/mentions/tagger`) and writes `data/models/entities.tsv`, or
//! cross-validates it.
//!
//! ```text
//! python3 scripts/gum_entities.py ../shared/data/gum/conllu target/gum-train
//! cargo run --release --example train_entities -- target/gum-train            # writes the model
//! cargo run --release --example train_entities -- target/gum-train --cv 6     # held-out scores
//! ```
//!
//! The folder holds, per document, `NAME.txt`, `NAME.spans.tsv` (byte start, byte end, type of
//! each gold name) and `NAME.gold.json` (the project's gold format, for scoring), as
//! `scripts/gum_entities.py` writes them. Options: `--epochs N` (12), `--seed S` (1), `--prune P`
//! (drop weights under P quantisation steps; 5), `--capitals C` (share of sentences also trained
//! on in capitals; 0.2), `--positions SPEC` (which relative positions each feature template
//! scores; `p=:00100,s=:00100,w=:01110,t=:01010`), `--min-count N` (features seen fewer times are left out;
//! 5), `--orders N` (perceptrons trained on N region orders and averaged; 8), `--out FILE`, `--cv K` (K-fold cross-validation over the documents: the
//! rules alone and rules + model are scored on each held-out fold with the `eval` scorer; no file
//! is written), `--verbose` (with `--cv`: every miss of the rules alone, then of rules + model,
//! each line headed `rules` or `model`). The model is rebuilt from the same data and options byte for byte.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use quotemark::internals::eval::corpus::{score_document, Gold, Scores};
use quotemark::internals::tagger::train::{analyze_entities, train, Doc, Settings};
use quotemark::EntityType;

struct Input {
    doc: Doc,
    gold: Gold,
}

fn read_dir(dir: &Path) -> Result<Vec<Input>, String> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    let mut out = Vec::new();
    for path in paths {
        let name = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or("?")
            .to_string();
        if name.contains("news") {
            return Err(format!(
                "{}: GUM news is the test set; never train on it",
                path.display()
            ));
        }
        let read =
            |p: PathBuf| std::fs::read_to_string(&p).map_err(|e| format!("{}: {e}", p.display()));
        let text = read(path.clone())?;
        let spans = read(path.with_extension("spans.tsv"))?;
        let gold: Gold = serde_json::from_str(&read(path.with_extension("gold.json"))?)
            .map_err(|e| format!("{name}.gold.json: {e}"))?;
        let mut names = Vec::new();
        for (n, line) in spans.lines().enumerate() {
            let f: Vec<&str> = line.split('\t').collect();
            let bad = || format!("{name}.spans.tsv:{}: expected START END TYPE", n + 1);
            if f.len() != 3 {
                return Err(bad());
            }
            let a: usize = f[0].parse().map_err(|_| bad())?;
            let b: usize = f[1].parse().map_err(|_| bad())?;
            let kind = EntityType::from_name(f[2]).ok_or_else(bad)?;
            if a >= b || b > text.len() {
                return Err(bad());
            }
            names.push((a, b, kind));
        }
        out.push(Input {
            doc: Doc { name, text, names },
            gold,
        });
    }
    if out.is_empty() {
        return Err(format!("no NAME.txt in {}", dir.display()));
    }
    Ok(out)
}

fn print_scores(label: &str, s: &Scores) {
    let f = |k: &str| s.entities_by_type.get(k).map_or(0.0, |c| c.f1());
    let mut names = quotemark::internals::eval::Counts::default();
    for k in ["PERSON", "ORG", "PLACE"] {
        if let Some(c) = s.entities_by_type.get(k) {
            names.add(*c);
        }
    }
    println!(
        "{label:<18} all {:.4}  names {:.4}  PERSON {:.4}  ORG {:.4}  PLACE {:.4}   (P {:.4} R {:.4})",
        s.entities.f1(),
        names.f1(),
        f("PERSON"),
        f("ORG"),
        f("PLACE"),
        s.entities.precision(),
        s.entities.recall()
    );
}

fn run() -> Result<(), String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut settings = Settings::default();
    let mut dir = None;
    let mut out = PathBuf::from("data/models/entities.tsv");
    let mut cv = 0usize;
    let mut verbose = false;
    let mut i = 0;
    while i < args.len() {
        let value = |i: usize| {
            args.get(i + 1)
                .cloned()
                .ok_or(format!("{} needs a value", args[i]))
        };
        let num = |i: usize| -> Result<f64, String> {
            value(i)?
                .parse()
                .map_err(|_| format!("{}: not a number", args[i]))
        };
        match args[i].as_str() {
            "--epochs" => settings.epochs = num(i)? as usize,
            "--seed" => settings.seed = num(i)? as u64,
            "--prune" => settings.prune = num(i)?,
            "--capitals" => settings.capitals = num(i)?,
            "--positions" => settings.positions = value(i)?,
            "--min-count" => settings.min_count = num(i)? as usize,
            "--orders" => settings.orders = num(i)? as usize,
            "--cv" => cv = num(i)? as usize,
            "--out" => out = PathBuf::from(value(i)?),
            "--verbose" => {
                verbose = true;
                i += 1;
                continue;
            }
            a if !a.starts_with("--") && dir.is_none() => {
                dir = Some(PathBuf::from(a));
                i += 1;
                continue;
            }
            a => return Err(format!("unknown argument {a:?}")),
        }
        i += 2;
    }
    let dir = dir.ok_or("usage: train_entities DIR [--cv K] [--out FILE] [options]")?;
    let inputs = read_dir(&dir)?;
    if cv > 1 {
        let (mut rules, mut model) = (Scores::default(), Scores::default());
        let mut by_genre: std::collections::BTreeMap<String, (Scores, Scores)> = Default::default();
        for fold in 0..cv {
            let train_docs: Vec<Doc> = inputs
                .iter()
                .enumerate()
                .filter(|(i, _)| i % cv != fold)
                .map(|(_, x)| x.doc.clone())
                .collect();
            let trained = train(&train_docs, &settings);
            let data = trained.model(settings.prune);
            let m = data.view();
            for (_, x) in inputs.iter().enumerate().filter(|(i, _)| i % cv == fold) {
                let text = &x.doc.text;
                let genre = x.doc.name.split('_').next().unwrap_or("").to_string();
                let g = by_genre.entry(genre).or_default();
                let a = analyze_entities(text, None);
                let sa = score_document(&x.doc.name, text, &a, &x.gold);
                g.0.add(sa.clone());
                rules.add(sa);
                let b = analyze_entities(text, Some(&m));
                let sb = score_document(&x.doc.name, text, &b, &x.gold);
                g.1.add(sb.clone());
                model.add(sb);
            }
        }
        for (genre, (r, m)) in &by_genre {
            print_scores(&format!("{genre} rules"), r);
            print_scores(&format!("{genre} +model"), m);
        }
        print_scores("rules", &rules);
        print_scores("rules+model", &model);
        if verbose {
            // The rules' misses, then the model's: a line in one list only is one it fixed or made.
            for (label, s) in [("rules", &rules), ("model", &model)] {
                for line in s.misses.iter().filter(|l| !l.contains("quote")) {
                    println!("{label} {line}");
                }
            }
        }
        return Ok(());
    }
    let docs: Vec<Doc> = inputs.into_iter().map(|x| x.doc).collect();
    let trained = train(&docs, &settings);
    let (rows, weights) = trained.size(settings.prune);
    let header = format!(
        "Entity tagger weights (src/mentions/tagger): generated by examples/train_entities.rs; do not edit.\n\
         source: trained on GUM (Zeldes 2017), {} documents of the academic, court, interview, bio and voyage genres, {} regions\n\
         licence: annotations CC BY 4.0; texts CC BY / CC BY-SA as listed in data/README.md\n\
         settings: epochs {}, seed {}, orders {}, prune {}, capitals {}, positions {:?}, min-count {}\n\
         rows {rows}, non-zero weights {weights}",
        docs.len(),
        trained.regions,
        settings.epochs,
        settings.seed,
        settings.orders,
        settings.prune,
        settings.capitals,
        settings.positions,
        settings.min_count
    );
    let text = trained.to_text(settings.prune, &header);
    std::fs::write(&out, text).map_err(|e| format!("{}: {e}", out.display()))?;
    println!(
        "{}: {rows} rows, {weights} non-zero weights, {} regions",
        out.display(),
        trained.regions
    );
    Ok(())
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("train_entities: {e}");
            ExitCode::from(2)
        }
    }
}
