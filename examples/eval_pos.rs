//! Scores the part-of-speech layer against CoNLL-U files with gold Penn Treebank tags (column 5),
//! as `src/eval/pos.rs` describes, and prints accuracy, alignment and the commonest confusions.
//!
//! ```text
//! cargo run --release --example eval_pos -- ../shared/data/gum_news/dep_conllu [--by-tag]
//! ```

use std::path::Path;
use std::process::ExitCode;

use quotemark::internals::eval::pos::score_dir;

fn main() -> ExitCode {
    let mut dir = None;
    let mut by_tag = false;
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--by-tag" => by_tag = true,
            _ if dir.is_none() => dir = Some(arg),
            _ => {
                eprintln!("usage: eval_pos DIR [--by-tag]");
                return ExitCode::from(2);
            }
        }
    }
    let Some(dir) = dir else {
        eprintln!("usage: eval_pos DIR [--by-tag]");
        return ExitCode::from(2);
    };
    let scores = match score_dir(Path::new(&dir)) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    let in_set = scores.gold - scores.outside_tag_set;
    println!(
        "part-of-speech accuracy: {:.4} ({} of {} aligned tokens; {} files)",
        scores.accuracy(),
        scores.right,
        scores.aligned,
        scores.files
    );
    println!(
        "aligned: {} of {} gold tokens with one of the 45 tags ({:.1}%); {} gold tokens have other tags (HYPH, NFP, …)",
        scores.aligned,
        in_set,
        100.0 * scores.aligned as f64 / in_set.max(1) as f64,
        scores.outside_tag_set
    );
    let mut confusions: Vec<_> = scores.confusions.iter().collect();
    confusions.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    println!("commonest confusions (gold -> tagged):");
    for ((gold, tagged), n) in confusions.iter().take(15) {
        println!("  {gold:>5} -> {tagged:<5} {n}");
    }
    if by_tag {
        println!("by gold tag (right / aligned):");
        for (tag, (right, total)) in &scores.by_tag {
            println!(
                "  {tag:>5} {:.3} ({right} / {total})",
                *right as f64 / *total as f64
            );
        }
    }
    ExitCode::SUCCESS
}
