//! Prints, for each stretch of capitalised words of a text, every token with the rules' label and
//! the entity tagger's tag (the shipped model, or `--model FILE`).
//!
//! ```text
//! cargo run --release --example entity_explain -- article.txt
//! ```

use quotemark::internals::tagger::{self, ModelData};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (mut file, mut model_file) = (None, None);
    let mut i = 0;
    while i < args.len() {
        if args[i] == "--model" {
            model_file = args.get(i + 1).cloned();
            i += 2;
        } else {
            file = Some(args[i].clone());
            i += 1;
        }
    }
    let Some(file) = file else {
        eprintln!("usage: entity_explain FILE [--model MODEL.tsv]");
        std::process::exit(2);
    };
    let text = std::fs::read_to_string(&file).unwrap_or_else(|e| {
        eprintln!("{file}: {e}");
        std::process::exit(2)
    });
    let data = model_file.map(|m| {
        let t = std::fs::read_to_string(&m).unwrap_or_default();
        ModelData::from_text(&t).unwrap_or_else(|e| {
            eprintln!("{m}:{e}");
            std::process::exit(2)
        })
    });
    let out = match &data {
        Some(d) => tagger::train::explain(&text, &d.view()),
        None => tagger::train::explain(&text, &tagger::shipped()),
    };
    print!("{out}");
}
