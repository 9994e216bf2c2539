//! Scores entity linking (stage 3, `src/entities`) against GUM's coreference: pairs of named
//! mentions gold calls one referent, against the pairs the analysis puts in one entity.
//!
//! ```text
//! python3 scripts/gum_aliases.py ../shared/data/gum/conllu target/gum-ids
//! cargo run --release --example alias_eval -- target/gum-ids [--verbose]
//! ```
//!
//! Only mentions whose span the analysis finds exactly (byte for byte) are scored, so that the
//! figure measures linking, not finding. A pair counts as an alias pair when the two are written
//! differently (lower case, no periods: "Tim Hale" and "Hale", "KHT" and "Kelby Housing Trust");
//! same-written pairs, which stage 3 links by rule 1, are counted apart. Precision: of the alias
//! pairs the analysis links, how many gold links; recall: of the alias pairs gold links, how many
//! the analysis does. `--verbose` lists each missed and each wrong link, with each mention's gold
//! type and ours. GUM news is refused: it
//! is the test set.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn normal(s: &str) -> String {
    s.chars()
        .filter(|&c| c != '.')
        .map(|c| if c == '’' { '\'' } else { c })
        .flat_map(char::to_lowercase)
        .collect()
}

#[derive(Default)]
struct Tally {
    gold: usize,
    ours: usize,
    both: usize,
}

impl Tally {
    fn line(&self, label: &str) -> String {
        let p = self.both as f64 / self.ours.max(1) as f64;
        let r = self.both as f64 / self.gold.max(1) as f64;
        let f = if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
        format!(
            "{label:<12} P {p:.4} ({}/{})  R {r:.4} ({}/{})  F1 {f:.4}",
            self.both, self.ours, self.both, self.gold
        )
    }
}

fn run() -> Result<(), String> {
    let mut dir = None;
    let mut verbose = false;
    for a in std::env::args().skip(1) {
        match a.as_str() {
            "--verbose" => verbose = true,
            _ if !a.starts_with("--") && dir.is_none() => dir = Some(PathBuf::from(a)),
            _ => return Err(format!("unknown argument {a:?}")),
        }
    }
    let dir = dir.ok_or("usage: alias_eval DIR [--verbose]")?;
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    let (mut alias, mut same) = (Tally::default(), Tally::default());
    let (mut gold_mentions, mut found) = (0usize, 0usize);
    // Gold alias pairs one of whose mentions the analysis does not find with its exact span.
    let mut unfound_pairs = 0usize;
    let read = |p: &Path| std::fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()));
    for path in &paths {
        let name = path.file_stem().and_then(|s| s.to_str()).unwrap_or("?");
        if name.contains("news") {
            return Err(format!("{}: GUM news is the test set", path.display()));
        }
        let text = read(path)?;
        let ids = read(&path.with_extension("ids.tsv"))?;
        let analysis = quotemark::analyze(&text, &quotemark::Options::default());
        let ours: HashMap<(usize, usize), (u32, &str)> = analysis
            .mentions
            .iter()
            .map(|m| {
                let key = (m.span.start as usize, m.span.end as usize);
                (key, (m.entity, m.kind.name()))
            })
            .collect();
        // (text, gold id, our entity, gold type, our type) of each gold mention the analysis
        // found.
        let mut matched: Vec<(&str, u64, u32, &str, &str)> = Vec::new();
        // (text, gold id, found) of every gold mention.
        let mut all: Vec<(&str, u64, bool)> = Vec::new();
        for line in ids.lines() {
            let f: Vec<&str> = line.split('\t').collect();
            let bad = || format!("{name}.ids.tsv: bad line {line:?}");
            if f.len() != 4 {
                return Err(bad());
            }
            let a: usize = f[0].parse().map_err(|_| bad())?;
            let b: usize = f[1].parse().map_err(|_| bad())?;
            let id: u64 = f[3].parse().map_err(|_| bad())?;
            gold_mentions += 1;
            let written = text.get(a..b).ok_or_else(bad)?;
            all.push((written, id, ours.contains_key(&(a, b))));
            if let Some(&(e, kind)) = ours.get(&(a, b)) {
                found += 1;
                matched.push((text.get(a..b).ok_or_else(bad)?, id, e, f[2], kind));
            }
        }
        for (i, x) in all.iter().enumerate() {
            for y in &all[i + 1..] {
                if x.1 == y.1 && !(x.2 && y.2) && normal(x.0) != normal(y.0) {
                    unfound_pairs += 1;
                }
            }
        }
        for (i, x) in matched.iter().enumerate() {
            for y in &matched[i + 1..] {
                let (g, o) = (x.1 == y.1, x.2 == y.2);
                let differ = normal(x.0) != normal(y.0);
                let t = if differ { &mut alias } else { &mut same };
                t.gold += usize::from(g);
                t.ours += usize::from(o);
                t.both += usize::from(g && o);
                if verbose && differ && g != o {
                    let what = if g { "missed" } else { "wrong" };
                    println!(
                        "{what}\t{name}\t{}\t{}\t{}/{}\t{}/{}",
                        x.0, y.0, x.3, x.4, y.3, y.4
                    );
                }
            }
        }
    }
    println!(
        "{} documents, {gold_mentions} gold named mentions, {found} found with their exact span",
        paths.len()
    );
    println!("{}", alias.line("alias pairs"));
    println!(
        "gold alias pairs not scored (a mention not found with its exact span): {unfound_pairs}"
    );
    println!("{}", same.line("same-written"));
    Ok(())
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("alias_eval: {e}");
            ExitCode::from(2)
        }
    }
}
