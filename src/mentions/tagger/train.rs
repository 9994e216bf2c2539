//! Training (native builds with the `cli` feature only): a structured averaged perceptron over
//! the same regions, features and decoder as inference, then pruning and int8 quantisation.
//!
//! Deterministic: the only randomness is the order of the training regions in each epoch, drawn
//! from a seeded generator; the same documents and options give the same model file.

use std::collections::HashMap;

use super::decode::{self, Region};
use super::features::{self, OFFSETS, WINDOW};
use super::layout::{self, LANES, TAGS, TAG_NAMES};
use super::{ModelData, Prepared};
use crate::analysis::{Analysis, EntityType};
use crate::segment::{segment, Segments};

/// The segments of `text` with their part-of-speech tags, as the pipeline makes them.
fn segmented(text: &str) -> Segments {
    let mut seg = segment(text);
    crate::pos::tag(text, &mut seg);
    seg
}

/// One training document: its text and its named mentions (byte spans and types).
#[derive(Clone, Debug)]
pub struct Doc {
    /// A name for messages.
    pub name: String,
    /// The text.
    pub text: String,
    /// Gold names: byte start, byte end, type (PERSON, ORG or PLACE).
    pub names: Vec<(usize, usize, EntityType)>,
}

/// Training settings.
#[derive(Clone, Debug)]
pub struct Settings {
    /// Passes over the data.
    pub epochs: usize,
    /// Seed of the region order.
    pub seed: u64,
    /// Weights smaller than this many quantisation steps are dropped.
    pub prune: f64,
    /// Share of sentences also trained on written in capitals (headlines), 0 to 1.
    pub capitals: f64,
    /// Which relative positions features score, by feature prefix: `PREFIX:MASK,…` with MASK five
    /// binary digits for positions -2..=2 read right to left (`w=:01110` gives `w=` features
    /// positions -1, 0 and 1); features matching no prefix score all five. Tried in stop 45 and
    /// left (ent52): the tag scoring its own token too (`t=:01110`) lifts entity CV over seeds
    /// 1–4 from 0.7991 to 0.8015 (PERSON and PLACE +0.004), but reads a capitalised common word
    /// opening a sentence, tagged a proper noun, as a place ("Orchard growers said …"), lowers
    /// the alias pairs' precision (0.952 → 0.947) and GUM news entities (0.853 → 0.852); the
    /// tag at a sentence's start apart (`ts=:01010`) keeps neither the gain nor the common word
    /// out; `t=:11111` 0.7965 on seeds 1–2.
    pub positions: String,
    /// Features seen in fewer training tokens than this are left out.
    pub min_count: usize,
    /// Perceptrons trained, each on its own region order (the first drawn from `seed`, the
    /// others from `order_seed`), whose averaged weights are averaged again. One order's
    /// model flips near ties whenever a rule changes what the features see; the mean of several
    /// is steadier (8: entity CV the same on average, and a rule change no longer flips the
    /// tests' near ties).
    pub orders: usize,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            epochs: 12,
            seed: 1,
            prune: 5.0,
            capitals: 0.2,
            positions: "p=:00100,s=:00100,w=:01110,t=:01010".to_string(),
            min_count: 5,
            orders: 8,
        }
    }
}

/// A small deterministic generator (xorshift64*).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// Feature names and ids.
#[derive(Default)]
struct Features {
    ids: HashMap<u32, u32>,
    names: Vec<String>,
    keys: Vec<u32>,
    /// Which relative positions each feature scores (bits 0..OFFSETS).
    masks: Vec<u8>,
    /// Training tokens with each feature.
    counts: Vec<u32>,
    spec: String,
}

/// Which relative positions a feature scores (bit `p` for position `p - WINDOW`), by the first
/// prefix of `spec` it matches.
fn positions(spec: &str, name: &str) -> u8 {
    for part in spec.split(',') {
        if let Some((prefix, mask)) = part.split_once(':') {
            if name.starts_with(prefix) {
                return u8::from_str_radix(mask, 2).unwrap_or(31);
            }
        }
    }
    (1 << OFFSETS) - 1
}

impl Features {
    fn id(&mut self, template: &str, value: &[u8]) -> u32 {
        let name = format!("{template}{}", String::from_utf8_lossy(value));
        let key = super::hash::feature_key(&name);
        let next = self.names.len() as u32;
        let id = *self.ids.entry(key).or_insert_with(|| {
            self.masks.push(positions(&self.spec, &name));
            self.names.push(name);
            self.keys.push(key);
            self.counts.push(0);
            next
        });
        self.counts[id as usize] += 1;
        id
    }
}

/// One region to learn: the feature ids of its tokens and those around it, and its gold tags.
struct Instance {
    /// Feature ids of tokens `lo..hi`.
    tokens: Vec<Vec<u32>>,
    /// Offset of the region's first token in `tokens`.
    first: usize,
    /// Which positions of the region are inner connectors.
    connector: Vec<bool>,
    gold: Vec<u8>,
}

/// The feature ids of token `j`.
fn token_ids(
    feats: &mut Features,
    text: &str,
    seg: &Segments,
    prepared: &Prepared,
    j: usize,
) -> Vec<u32> {
    let t = seg.tokens[j];
    let info = seg.words.of(&t);
    let mut ids = Vec::with_capacity(24);
    let flags = features::lexicon_flags(&t, info.lex);
    features::word_features(t.text(text), flags, info.class, &mut |tpl, v| {
        ids.push(feats.id(tpl, v))
    });
    let mut position = Vec::new();
    prepared.features_into(seg, j..j + 1, &mut position);
    features::token_features(position[0], &mut |tpl, v| ids.push(feats.id(tpl, v)));
    ids
}

/// Gold tags for a region, or `None` when a gold name crosses its edge or does not fall on tokens.
fn gold_tags(
    candidate: &crate::segment::Bits,
    r: Region,
    names: &[(usize, usize, usize)],
) -> Option<Vec<u8>> {
    let mut tags = vec![0u8; r.end - r.start];
    for &(a, b, kind) in names {
        let (ta, tb) = (a, b);
        if tb <= r.start || ta >= r.end {
            continue;
        }
        if ta < r.start || tb > r.end {
            return None;
        }
        if !candidate.get(ta) || !candidate.get(tb - 1) {
            return None;
        }
        if tb - ta == 1 {
            tags[ta - r.start] = decode::tag(3, kind as u8);
        } else {
            tags[ta - r.start] = decode::tag(0, kind as u8);
            for t in &mut tags[ta - r.start + 1..tb - r.start - 1] {
                *t = decode::tag(1, kind as u8);
            }
            tags[tb - r.start - 1] = decode::tag(2, kind as u8);
        }
    }
    Some(tags)
}

/// Gold names as token ranges with a type number; names not on token edges are left out.
fn token_names(seg: &Segments, doc: &Doc) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    for &(a, b, kind) in &doc.names {
        let ta = seg
            .tokens
            .partition_point(|t| (t.span().start as usize) < a);
        let tb = seg.tokens.partition_point(|t| (t.span().end as usize) <= b);
        let aligned = ta < tb
            && seg.tokens[ta].span().start as usize == a
            && seg.tokens[tb - 1].span().end as usize == b;
        let k = match kind {
            EntityType::Person => 0,
            EntityType::Org => 1,
            EntityType::Place => 2,
            _ => continue,
        };
        if aligned {
            out.push((ta, tb, k));
        }
    }
    out
}

/// The text with the ASCII letters of some sentences in capitals (byte offsets unchanged).
fn with_capitals(text: &str, seg: &Segments, share: f64, rng: &mut Rng) -> Option<String> {
    let mut bytes = text.as_bytes().to_vec();
    let mut any = false;
    for s in &seg.sentences {
        if rng.unit() < share {
            any = true;
            for b in &mut bytes[s.span.start as usize..s.span.end as usize] {
                b.make_ascii_uppercase();
            }
        }
    }
    if !any {
        return None;
    }
    String::from_utf8(bytes).ok()
}

/// Reads a document into training instances.
fn instances(doc: &Doc, text: &str, feats: &mut Features, out: &mut Vec<Instance>) {
    let seg = segmented(text);
    let rules = crate::mentions::find_by_rules(text, &seg);
    let prepared = super::prepare(text, &seg, &rules);
    let names = token_names(&seg, doc);
    let n = seg.tokens.len();
    for &r in &prepared.regions {
        let Some(gold) = gold_tags(&prepared.candidate, r, &names) else {
            continue;
        };
        let lo = r.start.saturating_sub(WINDOW);
        let hi = (r.end + WINDOW).min(n);
        let tokens = (lo..hi)
            .map(|j| token_ids(feats, text, &seg, &prepared, j))
            .collect();
        let connector = (r.start..r.end)
            .map(|i| !prepared.candidate.get(i))
            .collect();
        out.push(Instance {
            tokens,
            first: r.start - lo,
            connector,
            gold,
        });
    }
}

/// A trained model: averaged weights per feature and position, and transitions.
pub struct Trained {
    names: Vec<String>,
    keys: Vec<u32>,
    /// `[feature * OFFSETS + position][tag]`.
    weights: Vec<[f64; TAGS]>,
    transitions: [[f64; TAGS]; TAGS],
    /// Training regions and documents, for the header.
    pub regions: usize,
}

/// A quantised row: feature index, position, weights.
type QuantRow = (usize, u8, [i8; TAGS]);

/// Averaged perceptron state.
struct Perceptron {
    masks: Vec<u8>,
    w: Vec<[i32; TAGS]>,
    total: Vec<[i64; TAGS]>,
    stamp: Vec<u64>,
    t: [[i32; TAGS]; TAGS],
    t_total: [[i64; TAGS]; TAGS],
    t_stamp: u64,
    now: u64,
}

impl Perceptron {
    fn new(rows: usize, masks: Vec<u8>) -> Perceptron {
        Perceptron {
            masks,
            w: vec![[0; TAGS]; rows],
            total: vec![[0; TAGS]; rows],
            stamp: vec![0; rows],
            t: [[0; TAGS]; TAGS],
            t_total: [[0; TAGS]; TAGS],
            t_stamp: 0,
            now: 0,
        }
    }

    fn touch(&mut self, row: usize) {
        let dt = (self.now - self.stamp[row]) as i64;
        if dt > 0 {
            for (tot, &w) in self.total[row].iter_mut().zip(&self.w[row]) {
                *tot += dt * i64::from(w);
            }
        }
        self.stamp[row] = self.now;
    }

    fn touch_transitions(&mut self) {
        let dt = (self.now - self.t_stamp) as i64;
        if dt > 0 {
            for (tot, w) in self.t_total.iter_mut().zip(&self.t) {
                for (a, &b) in tot.iter_mut().zip(w) {
                    *a += dt * i64::from(b);
                }
            }
        }
        self.t_stamp = self.now;
    }

    fn update(&mut self, inst: &Instance, i: usize, tag: u8, delta: i32) {
        let pos = inst.first + i;
        for p in 0..OFFSETS {
            let j = pos as isize + p as isize - WINDOW as isize;
            if j < 0 || j as usize >= inst.tokens.len() {
                continue;
            }
            for &id in &inst.tokens[j as usize] {
                if self.masks[id as usize] & (1 << p) == 0 {
                    continue;
                }
                let row = id as usize * OFFSETS + p;
                self.touch(row);
                self.w[row][tag as usize] += delta;
            }
        }
    }

    fn decode(&self, inst: &Instance, back: &mut Vec<[u8; TAGS]>, out: &mut Vec<u8>) {
        let n = inst.gold.len();
        let mut em = vec![[0i32; LANES]; n];
        for (i, e) in em.iter_mut().enumerate() {
            let pos = inst.first + i;
            for p in 0..OFFSETS {
                let j = pos as isize + p as isize - WINDOW as isize;
                if j < 0 || j as usize >= inst.tokens.len() {
                    continue;
                }
                for &id in &inst.tokens[j as usize] {
                    if self.masks[id as usize] & (1 << p) == 0 {
                        continue;
                    }
                    let w = &self.w[id as usize * OFFSETS + p];
                    for (x, &y) in e.iter_mut().zip(w) {
                        *x += y;
                    }
                }
            }
            if inst.connector[i] {
                decode::forbid_edges(e);
            }
        }
        let transitions = decode::constrained(|p, t| self.t[p][t]);
        decode::viterbi(&em, &transitions, back, out);
    }
}

/// The generator state of order `k` (1, 2, …) of a run with `seed`: the two mixed by
/// SplitMix64's finaliser (never zero).
fn order_seed(seed: u64, k: u64) -> u64 {
    let mut z = seed
        .wrapping_mul(0x9E37_79B9_7F4A_7C15)
        .wrapping_add(k.wrapping_mul(0xD1B5_4A32_D192_ED03));
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    (z ^ (z >> 31)) | 1
}

/// One averaged perceptron trained on `data` in the region orders `rng` draws.
fn one_order(
    data: &[Instance],
    masks: Vec<u8>,
    rows: usize,
    epochs: usize,
    rng: &mut Rng,
) -> Perceptron {
    let mut pc = Perceptron::new(rows, masks);
    let mut order: Vec<usize> = (0..data.len()).collect();
    let (mut back, mut pred) = (Vec::new(), Vec::new());
    for _ in 0..epochs {
        for i in (1..order.len()).rev() {
            let j = rng.below(i + 1);
            order.swap(i, j);
        }
        for &k in &order {
            pc.now += 1;
            let inst = &data[k];
            pc.decode(inst, &mut back, &mut pred);
            if pred == inst.gold {
                continue;
            }
            for (i, (&p, &g)) in pred.iter().zip(&inst.gold).enumerate() {
                if p != g {
                    pc.update(inst, i, g, 1);
                    pc.update(inst, i, p, -1);
                }
            }
            pc.touch_transitions();
            let seq = |s: &[u8], i: usize| if i == 0 || i > s.len() { 0 } else { s[i - 1] };
            for i in 0..=pred.len() {
                let (gp, gc) = (seq(&inst.gold, i), seq(&inst.gold, i + 1));
                let (pp, pcur) = (seq(&pred, i), seq(&pred, i + 1));
                if (gp, gc) != (pp, pcur) {
                    pc.t[gp as usize][gc as usize] += 1;
                    pc.t[pp as usize][pcur as usize] -= 1;
                }
            }
        }
    }
    for row in 0..pc.w.len() {
        pc.touch(row);
    }
    pc.touch_transitions();
    pc
}

/// Trains on `docs`.
pub fn train(docs: &[Doc], settings: &Settings) -> Trained {
    let mut feats = Features {
        spec: settings.positions.clone(),
        ..Features::default()
    };
    let mut data = Vec::new();
    let mut rng = Rng(settings.seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    for doc in docs {
        instances(doc, &doc.text, &mut feats, &mut data);
        if settings.capitals > 0.0 {
            let seg = segment(&doc.text);
            if let Some(caps) = with_capitals(&doc.text, &seg, settings.capitals, &mut rng) {
                instances(doc, &caps, &mut feats, &mut data);
            }
        }
    }
    // Rare features score nothing.
    let masks: Vec<u8> = feats
        .masks
        .iter()
        .zip(&feats.counts)
        .map(|(&m, &c)| {
            if (c as usize) < settings.min_count {
                0
            } else {
                m
            }
        })
        .collect();
    let rows = feats.names.len() * OFFSETS;
    let orders = settings.orders.max(1);
    let mut weights = vec![[0.0f64; TAGS]; rows];
    let mut transitions = [[0.0f64; TAGS]; TAGS];
    for k in 0..orders {
        // The first order keeps the generator the data were drawn with (one order gives the
        // model of before); each later one starts from a seed mixed from the run's seed and its
        // number, so that runs with neighbouring seeds share no order.
        let mut own;
        let rng = if k == 0 {
            &mut rng
        } else {
            own = Rng(order_seed(settings.seed, k as u64));
            &mut own
        };
        let pc = one_order(&data, masks.clone(), rows, settings.epochs, rng);
        let now = pc.now.max(1) as f64 * orders as f64;
        for (w, t) in weights.iter_mut().zip(&pc.total) {
            for (x, &y) in w.iter_mut().zip(t) {
                *x += y as f64 / now;
            }
        }
        for (w, t) in transitions.iter_mut().zip(&pc.t_total) {
            for (x, &y) in w.iter_mut().zip(t) {
                *x += y as f64 / now;
            }
        }
    }
    Trained {
        names: feats.names,
        keys: feats.keys,
        weights,
        transitions,
        regions: data.len(),
    }
}

impl Trained {
    /// The quantisation step: the largest feature weight maps to 127.
    fn step(&self) -> f64 {
        let max = self
            .weights
            .iter()
            .flat_map(|r| r.iter())
            .fold(0.0f64, |m, &w| m.max(w.abs()));
        if max == 0.0 {
            1.0
        } else {
            max / 127.0
        }
    }

    /// Quantised rows (feature index, position, weights) after pruning, and transitions.
    fn quantised(&self, prune: f64) -> (Vec<QuantRow>, [[i16; TAGS]; TAGS]) {
        let step = self.step();
        let mut rows = Vec::new();
        for (r, w) in self.weights.iter().enumerate() {
            let mut q = [0i8; TAGS];
            let mut any = false;
            for (d, &x) in q.iter_mut().zip(w) {
                let v = x / step;
                if v.abs() >= prune {
                    *d = v.round().clamp(-127.0, 127.0) as i8;
                    any |= *d != 0;
                }
            }
            if any {
                rows.push((r / OFFSETS, (r % OFFSETS) as u8, q));
            }
        }
        let transitions = self
            .transitions
            .map(|r| r.map(|x| (x / step).round().clamp(-32000.0, 32000.0) as i16));
        (rows, transitions)
    }

    /// The pruned, quantised model in memory.
    pub fn model(&self, prune: f64) -> ModelData {
        let (rows, transitions) = self.quantised(prune);
        let rows: Vec<layout::Row> = rows
            .into_iter()
            .map(|(f, p, w)| (self.keys[f], p, w))
            .collect();
        ModelData::new(&rows, transitions)
    }

    /// Number of weight rows and non-zero weights after pruning.
    pub fn size(&self, prune: f64) -> (usize, usize) {
        let (rows, _) = self.quantised(prune);
        let nonzero = rows
            .iter()
            .map(|r| r.2.iter().filter(|&&w| w != 0).count())
            .sum();
        (rows.len(), nonzero)
    }

    /// The model file (`data/models/entities.tsv`): `header` as comment lines, then the
    /// transitions and the rows sorted by feature text.
    pub fn to_text(&self, prune: f64, header: &str) -> String {
        let (mut rows, transitions) = self.quantised(prune);
        rows.sort_by(|a, b| (&self.names[a.0], a.1).cmp(&(&self.names[b.0], b.1)));
        let mut out = String::new();
        for line in header.lines() {
            out.push_str("# ");
            out.push_str(line);
            out.push('\n');
        }
        out.push_str("# tags: ");
        for (i, t) in TAG_NAMES.iter().enumerate() {
            out.push_str(&format!("{i}={t} "));
        }
        out.push('\n');
        let pairs = |w: &mut dyn Iterator<Item = (usize, i32)>| {
            w.filter(|&(_, v)| v != 0)
                .map(|(t, v)| format!("{t}:{v}"))
                .collect::<Vec<_>>()
                .join(" ")
        };
        for (from, row) in transitions.iter().enumerate() {
            let p = pairs(&mut row.iter().enumerate().map(|(t, &v)| (t, i32::from(v))));
            out.push_str(&format!("T\t{from}\t{p}\n"));
        }
        for (f, pos, w) in rows {
            let p = pairs(&mut w.iter().enumerate().map(|(t, &v)| (t, i32::from(v))));
            out.push_str(&format!(
                "F\t{}\t{}\t{p}\n",
                self.names[f],
                i32::from(pos) - WINDOW as i32
            ));
        }
        out
    }
}

/// The entities of `text` (mentions linked into entities; no quotations) with `model`, or with
/// the rules alone: for scoring held-out documents.
pub fn analyze_entities(text: &str, model: Option<&super::Model>) -> Analysis {
    let seg = segmented(text);
    let mut mentions = crate::mentions::find_mentions_with(text, &seg, model);
    let entities = crate::entities::link_entities(text, &mut mentions);
    Analysis {
        entities,
        mentions,
        quotes: Vec::new(),
        sources: Vec::new(),
    }
}

/// One line per token of `text`'s regions: the token, the rules' label and the model's tag, for
/// reading what the tagger does.
pub fn explain(text: &str, model: &super::Model) -> String {
    let seg = segmented(text);
    let rules = crate::mentions::find_by_rules(text, &seg);
    let prepared = super::prepare(text, &seg, &rules);
    let mut scorer = decode::Scorer::new(*model, seg.words.info.len());
    let mut tags = Vec::new();
    let mut out = String::new();
    for &r in &prepared.regions {
        scorer.decode(&seg, text, &prepared, r, &mut tags);
        for (i, &t) in tags.iter().enumerate() {
            let j = r.start + i;
            let mut position = Vec::new();
            prepared.features_into(&seg, j..j + 1, &mut position);
            let f = position[0];
            out.push_str(&format!(
                "{:<20} {:<12} {:<16} {:<6} {}\n",
                seg.tokens[j].text(text),
                features::RULE_TAGS[f.rule_tag as usize],
                crate::mentions::Source::name_of(f.rule),
                crate::pos::Tag::ALL
                    .get(f.pos as usize)
                    .map_or("-", |t| t.name()),
                TAG_NAMES[t as usize]
            ));
        }
        out.push('\n');
    }
    out
}
