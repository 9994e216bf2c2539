//! The model: quantised weight rows behind a hash table of feature keys, and the tag transitions.
//! The shipped model is compiled by `build.rs` from `data/models/entities.tsv` into a compact byte
//! string ([`layout::encode`]) and laid out into these tables on first use; the trainer builds the
//! same tables in memory.

use super::layout::{self, Layout, LANES, POSITIONS, TAGS};

/// A weight model, borrowed from static tables or from a [`ModelData`].
#[derive(Clone, Copy)]
pub struct Model<'m> {
    /// The rows of each bit feature ([`super::features::bit_features`]), looked up once.
    bits: &'m [Scores],
    slots: &'m [u32],
    keys: &'m [u32],
    rows: &'m [u32],
    /// [`LANES`] bytes (i8) per row.
    weights: &'m [u8],
    transitions: &'m [[i16; TAGS]; TAGS],
}

impl std::fmt::Debug for Model<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Model")
            .field("features", &self.keys.len())
            .field("rows", &(self.weights.len() / LANES))
            .finish()
    }
}

/// Scores of one token's features for each relative position, per tag lane.
pub(crate) type Scores = [[i16; LANES]; POSITIONS];

static COMPILED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/entity_model.bin"));

/// The model trained on GUM that ships with the crate, laid out on first use (a few thousand
/// features: well under a millisecond, once per process).
pub fn shipped() -> Model<'static> {
    static DATA: std::sync::OnceLock<ModelData> = std::sync::OnceLock::new();
    DATA.get_or_init(|| {
        // Unit tests only: `QUOTEMARK_TEST_ENTITY_MODEL=FILE cargo test --lib` runs them with a
        // model file the trainer wrote, without a rebuild (to read a retrained model's behaviour).
        #[cfg(test)]
        if let Some(file) = std::env::var_os("QUOTEMARK_TEST_ENTITY_MODEL") {
            let text = std::fs::read_to_string(&file).expect("QUOTEMARK_TEST_ENTITY_MODEL");
            return ModelData::from_text(&text).expect("QUOTEMARK_TEST_ENTITY_MODEL");
        }
        // The bytes are written by build.rs from the model file it has checked; an unreadable
        // model (which cannot happen) leaves the rules alone.
        layout::decode(COMPILED, super::hash::feature_key)
            .map(|(rows, transitions)| ModelData::new(&rows, transitions))
            .unwrap_or_else(|| ModelData::new(&[], [[0; TAGS]; TAGS]))
    })
    .view()
}

impl<'m> Model<'m> {
    /// Number of features with weights.
    pub fn features(&self) -> usize {
        self.keys.len()
    }

    /// Whether this is the [`shipped`] model.
    pub(crate) fn is_shipped(&self) -> bool {
        std::ptr::eq(self.weights, shipped().weights)
    }

    /// Whether the model has no weights at all (then the tagger changes nothing).
    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    /// The transition weight from tag `from` to tag `to`.
    #[inline]
    pub(crate) fn transition(&self, from: usize, to: usize) -> i16 {
        self.transitions[from][to]
    }

    /// Adds the rows of bit feature `i` to `acc`.
    #[inline]
    pub(crate) fn add_bit(&self, i: usize, acc: &mut Scores) {
        if let Some(rows) = self.bits.get(i) {
            for (a, r) in acc.iter_mut().zip(rows) {
                for (x, &y) in a.iter_mut().zip(r) {
                    *x += y;
                }
            }
        }
    }

    /// Adds the rows of feature `key` to `acc`; false when the model does not know it.
    #[inline]
    pub(crate) fn add(&self, key: u32, acc: &mut Scores) -> bool {
        let size = self.slots.len();
        if size == 0 {
            return false;
        }
        let mut s = layout::slot_of(key, size);
        loop {
            let e = self.slots[s];
            if e == 0 {
                return false;
            }
            let e = e as usize - 1;
            if self.keys[e] == key {
                let r = self.rows[e];
                let mut row = (r >> 5) as usize;
                let mut mask = r & 31;
                while mask != 0 {
                    let p = mask.trailing_zeros() as usize;
                    mask &= mask - 1;
                    let w = &self.weights[row * LANES..row * LANES + LANES];
                    for (a, &x) in acc[p].iter_mut().zip(w) {
                        *a += i16::from(x as i8);
                    }
                    row += 1;
                }
                return true;
            }
            s = (s + 1) & (size - 1);
        }
    }
}

/// A model's tables in memory (the trainer's; the shipped model is static).
pub struct ModelData {
    layout: Layout,
    transitions: [[i16; TAGS]; TAGS],
    bits: Vec<Scores>,
}

impl ModelData {
    /// Lays out quantised rows (key, position 0..5, weights) and transitions.
    pub fn new(rows: &[layout::Row], transitions: [[i16; TAGS]; TAGS]) -> ModelData {
        let mut data = ModelData {
            layout: layout::layout(rows),
            transitions,
            bits: Vec::new(),
        };
        let bits = (0..super::features::BIT_FEATURES)
            .map(|i| {
                let mut acc: Scores = [[0; LANES]; POSITIONS];
                let key = super::hash::feature_key(super::features::bit_feature_name(i));
                data.view().add(key, &mut acc);
                acc
            })
            .collect();
        data.bits = bits;
        data
    }

    /// Reads the text format of `data/models/entities.tsv`.
    ///
    /// # Errors
    /// `line: message` for the first malformed line.
    pub fn from_text(text: &str) -> Result<ModelData, String> {
        let parsed = layout::parse_model(text)?;
        let rows: Vec<layout::Row> = parsed
            .rows
            .iter()
            .map(|(f, p, w)| (super::hash::feature_key(f), *p, *w))
            .collect();
        Ok(ModelData::new(&rows, parsed.transitions))
    }

    /// The model, borrowing these tables.
    pub fn view(&self) -> Model<'_> {
        Model {
            bits: &self.bits,
            slots: &self.layout.slots,
            keys: &self.layout.keys,
            rows: &self.layout.rows,
            weights: &self.layout.weights,
            transitions: &self.transitions,
        }
    }
}
