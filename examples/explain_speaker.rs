//! Prints each candidate speaker of the quotations containing a phrase, with its score and its
//! active features, under the compiled models: for reading why the ranker chose a speaker.
//!
//! ```text
//! cargo run --release --example explain_speaker -- FILE PHRASE [--tags]
//! ```
//!
//! `--tags` first prints every token with its part-of-speech tag.

use quotemark::internals::{feature_names, prepare, training_data, Models};

fn main() {
    let mut args = std::env::args().skip(1);
    let (Some(path), Some(phrase)) = (args.next(), args.next()) else {
        eprintln!("usage: explain_speaker FILE PHRASE");
        std::process::exit(2);
    };
    let text = std::fs::read_to_string(&path).expect("readable text file");
    let p = prepare(&text);
    if args.next().as_deref() == Some("--tags") {
        let tagged: Vec<String> = p
            .segments
            .tokens
            .iter()
            .map(|t| format!("{}/{:?}", t.span().text(&text), t.tag()))
            .collect();
        println!("{}", tagged.join(" "));
    }
    let models = Models::compiled();
    let weights = models.speakers.unwrap_or(&[]);
    let names = feature_names();
    let data = training_data(
        &text,
        &p.segments,
        &p.mentions,
        &p.entities,
        &p.quote_spans,
        models,
    );
    for q in data.iter().filter(|q| q.span.text(&text).contains(&phrase)) {
        println!("quote {:?} ({:?})", q.span.text(&text), q.kind);
        for (speaker, features) in &q.candidates {
            let score: i32 = features
                .iter()
                .map(|&f| i32::from(weights.get(usize::from(f)).copied().unwrap_or(0)))
                .sum();
            println!("  {score:>7}  {:?}", speaker.span.text(&text));
            let mut parts: Vec<(i16, &str)> = features
                .iter()
                .map(|&f| {
                    (
                        weights.get(usize::from(f)).copied().unwrap_or(0),
                        names[usize::from(f)].as_str(),
                    )
                })
                .collect();
            parts.sort_by_key(|&(w, _)| -i32::from(w).abs());
            for (w, n) in parts.iter().take(12) {
                println!("           {w:>6} {n}");
            }
        }
    }
}
