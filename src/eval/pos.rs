//! Scores the part-of-speech layer against CoNLL-U files with gold Penn Treebank tags in column 5,
//! such as GUM's (`../shared/data/gum_news/dep_conllu`).
//!
//! Each file's text is rebuilt from its tokens: a space after each token unless its MISC column
//! says `SpaceAfter=No`, a multi-word token (`don't` = `do` + `n't`) by its surface form, sentences
//! joined by a space and paragraphs (`# newpar`) by a blank line. quotemark segments and tags that
//! text as the pipeline does; a gold token is *aligned* when one of quotemark's tokens covers
//! exactly its bytes, and accuracy is over aligned tokens whose gold tag is one of the 45 the
//! tagger knows. Gold tokens that quotemark joins or splits otherwise (`all - girl` is one token
//! for quotemark, `don't` is two for GUM) are counted as not aligned.

use std::collections::BTreeMap;
use std::path::Path;

use crate::pos::{self, Tag};
use crate::segment::segment;

/// Counts over one or more files.
#[derive(Clone, Debug, Default)]
pub struct Scores {
    /// Files scored.
    pub files: usize,
    /// Gold tokens (words of the CoNLL-U files).
    pub gold: usize,
    /// Gold tokens whose tag is not one of the 45 (GUM's HYPH, NFP, ADD, GW, …).
    pub outside_tag_set: usize,
    /// Gold tokens with a tag of the 45 that one of quotemark's tokens covers exactly.
    pub aligned: usize,
    /// Aligned tokens tagged right.
    pub right: usize,
    /// (gold, predicted) → count, over aligned tokens tagged wrong.
    pub confusions: BTreeMap<(String, &'static str), usize>,
    /// Gold tag → (right, aligned).
    pub by_tag: BTreeMap<String, (usize, usize)>,
}

impl Scores {
    /// Right / aligned.
    pub fn accuracy(&self) -> f64 {
        if self.aligned == 0 {
            1.0
        } else {
            self.right as f64 / self.aligned as f64
        }
    }
}

/// One gold token: byte span in the rebuilt text, tag.
struct GoldToken {
    start: usize,
    end: usize,
    tag: String,
}

/// Rebuilds a CoNLL-U file's text and lists its gold tokens (spans in that text).
fn rebuild(conllu: &str) -> (String, Vec<GoldToken>) {
    let mut text = String::new();
    let mut gold = Vec::new();
    let mut new_paragraph = false;
    let mut space_pending = false;
    // A multi-word token being read: its last word id, its surface start and whether its parts
    // spell it out.
    let mut multi: Option<(usize, usize, String, usize)> = None;
    for line in conllu.lines() {
        if line.is_empty() {
            continue;
        }
        if let Some(comment) = line.strip_prefix('#') {
            let comment = comment.trim_start();
            if comment == "newpar" || comment.starts_with("newpar ") {
                new_paragraph = true;
            }
            if comment.starts_with("sent_id") {
                if !text.is_empty() {
                    text.push_str(if new_paragraph { "\n\n" } else { " " });
                }
                new_paragraph = false;
                space_pending = false;
            }
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() < 10 {
            continue;
        }
        let space_after = !cols[9].split('|').any(|m| m == "SpaceAfter=No");
        if let Some((first, last)) = cols[0].split_once('-') {
            // A multi-word token: its surface form goes into the text.
            let (Ok(_), Ok(last)) = (first.parse::<usize>(), last.parse::<usize>()) else {
                continue;
            };
            if space_pending {
                text.push(' ');
            }
            let start = text.len();
            text.push_str(cols[1]);
            multi = Some((last, start, cols[1].to_string(), 0));
            space_pending = space_after;
            continue;
        }
        let Ok(id) = cols[0].parse::<usize>() else {
            continue; // empty nodes (8.1)
        };
        let tag = cols[4].to_string();
        match &mut multi {
            Some((last, start, surface, used)) if id <= *last => {
                // A part: aligned only while the parts spell out the surface form.
                let (from, form) = (*start + *used, cols[1]);
                let fits = surface
                    .get(*used..)
                    .is_some_and(|rest| rest.starts_with(form));
                if fits {
                    gold.push(GoldToken {
                        start: from,
                        end: from + form.len(),
                        tag,
                    });
                    *used += form.len();
                } else {
                    gold.push(GoldToken {
                        start: usize::MAX,
                        end: usize::MAX,
                        tag,
                    });
                    *used = surface.len() + 1;
                }
                if id == *last {
                    multi = None;
                }
            }
            _ => {
                multi = None;
                if space_pending {
                    text.push(' ');
                }
                let start = text.len();
                text.push_str(cols[1]);
                gold.push(GoldToken {
                    start,
                    end: text.len(),
                    tag,
                });
                space_pending = space_after;
            }
        }
    }
    (text, gold)
}

/// Scores one CoNLL-U file into `scores`.
pub fn score_conllu(conllu: &str, scores: &mut Scores) {
    let (text, gold) = rebuild(conllu);
    let mut segments = segment(&text);
    pos::tag(&text, &mut segments);
    let ours: BTreeMap<(usize, usize), Tag> = segments
        .tokens
        .iter()
        .map(|t| ((t.span().start(), t.span().end()), t.tag()))
        .collect();
    scores.files += 1;
    for g in &gold {
        scores.gold += 1;
        if Tag::from_name(&g.tag).is_none() {
            scores.outside_tag_set += 1;
            continue;
        }
        let Some(&predicted) = ours.get(&(g.start, g.end)) else {
            continue;
        };
        scores.aligned += 1;
        let entry = scores.by_tag.entry(g.tag.clone()).or_default();
        entry.1 += 1;
        if predicted.name() == g.tag {
            scores.right += 1;
            entry.0 += 1;
        } else {
            *scores
                .confusions
                .entry((g.tag.clone(), predicted.name()))
                .or_default() += 1;
        }
    }
}

/// Scores every `.conllu` file in `dir`, in name order.
///
/// # Errors
/// A message when the folder cannot be read or holds no `.conllu` file.
pub fn score_dir(dir: &Path) -> Result<Scores, String> {
    let entries =
        std::fs::read_dir(dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
    let mut paths: Vec<_> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "conllu"))
        .collect();
    paths.sort();
    if paths.is_empty() {
        return Err(format!("no .conllu files in {}", dir.display()));
    }
    let mut scores = Scores::default();
    for path in paths {
        let text = std::fs::read_to_string(&path)
            .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        score_conllu(&text, &mut scores);
    }
    Ok(scores)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "# newdoc id = x\n# newpar\n# sent_id = x-1\n\
        1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n\
        2\treport\treport\tNOUN\tNN\t_\t3\tnsubj\t_\t_\n\
        3-4\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n\
        3\tdo\tdo\tAUX\tVBP\t_\t5\taux\t_\t_\n\
        4\tn't\tnot\tPART\tRB\t_\t5\tadvmod\t_\t_\n\
        5\tlie\tlie\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n\
        6\t.\t.\tPUNCT\t.\t_\t5\tpunct\t_\t_\n\
        \n# newpar\n# sent_id = x-2\n\
        1\tAll\tall\tDET\tDT\t_\t3\tdet\t_\tSpaceAfter=No\n\
        2\t-\t-\tPUNCT\tHYPH\t_\t3\tpunct\t_\tSpaceAfter=No\n\
        3\tgirl\tgirl\tNOUN\tNN\t_\t0\troot\t_\t_\n";

    #[test]
    fn rebuilds_text_and_spans() {
        let (text, gold) = rebuild(SAMPLE);
        assert_eq!(text, "The report don't lie.\n\nAll-girl");
        let spans: Vec<&str> = gold
            .iter()
            .map(|g| text.get(g.start..g.end).unwrap_or("?"))
            .collect();
        assert_eq!(
            spans,
            ["The", "report", "do", "n't", "lie", ".", "All", "-", "girl"]
        );
    }

    #[test]
    fn scores_only_aligned_tokens_of_the_tag_set() {
        let mut scores = Scores::default();
        score_conllu(SAMPLE, &mut scores);
        assert_eq!(scores.gold, 9);
        assert_eq!(scores.outside_tag_set, 1); // HYPH
                                               // "do" and "n't" are one token for quotemark, "All-girl" one token too.
        assert_eq!(scores.aligned, 4);
        assert!(scores.right <= scores.aligned);
        assert_eq!(scores.by_tag.get("DT"), Some(&(1, 1)));
    }
}
