//! One store for what a stage computes once per distinct word of a text: the part-of-speech
//! tagger's vectors of a word, the mention rules' word bits, the pronoun pass's facts.
//!
//! Each fact is a pure function of the word's text, so it is computed once per distinct word of
//! a text ([`WordStore`], indexed by [`super::Token::word`]) and kept for the later texts of the
//! thread ([`Kept`], indexed by the word's place in the thread's cache of words, see
//! [`super::Words`]): a text starts with what the earlier ones computed for its words (one pass
//! over them), and what it computes is written through to what is kept. The output is the same
//! with or without what is kept: each stage's test of a text read after other texts on its
//! thread checks it (`pos`, `sources`, `mentions`, the entity tagger's `decode`).
//!
//! `V::default()` stands for "not computed yet"; a stage whose facts are bit sets marks each fact
//! it has computed with a bit of its own (a word whose every fact is false is still known).

use std::cell::{Cell, RefCell};
use std::thread::LocalKey;

use super::{Words, NOT_KNOWN};

/// Facts of type `V` kept between the texts of a thread, by the word's index in the thread's
/// cache of words of one generation ([`Words::known`]); at most one per word of that cache.
pub(crate) struct Kept<V> {
    generation: u64,
    values: Vec<Cell<V>>,
}

impl<V> Default for Kept<V> {
    fn default() -> Kept<V> {
        Kept {
            generation: 0,
            values: Vec::new(),
        }
    }
}

/// A fact of type `V` for each distinct word of one text, `V::default()` until computed (by this
/// text or an earlier one of the thread). Room for `extra` entries after
/// the words, which a stage may use for forms that are no token's (never kept).
pub(crate) struct WordStore<V> {
    values: Vec<Cell<V>>,
    /// Per distinct word: its index in the thread's cache of words, or [`NOT_KNOWN`] (also for
    /// every word when the facts are not shared).
    ids: Vec<u32>,
    /// What the earlier texts computed, taken for this text (see [`WordStore::into_kept`]).
    kept: Kept<V>,
    /// Whether `kept` was taken from a thread's home ([`WordStore::from_thread`]).
    from_home: bool,
}

impl<V: Copy + Default + PartialEq> WordStore<V> {
    /// The store of the words of a text, seeded from `kept`, and adding to it when `add`.
    pub(crate) fn new(words: &Words, mut kept: Kept<V>, extra: usize, add: bool) -> WordStore<V> {
        let generation = words.known;
        if kept.generation != generation {
            kept.generation = generation;
            kept.values.clear();
        }
        let n = words.info.len();
        let ids: Vec<u32> = if generation == 0 {
            vec![NOT_KNOWN; n]
        } else {
            words.info.iter().map(|w| w.known).collect()
        };
        // Room for every word of the text that the thread's cache holds: one past the largest
        // index (`NOT_KNOWN` wraps to 0).
        let end = ids.iter().fold(0, |end, &id| end.max(id.wrapping_add(1)));
        if add && kept.values.len() < end as usize {
            kept.values.resize(end as usize, Cell::new(V::default()));
        }
        // What the earlier texts computed for the words.
        let mut values = Vec::with_capacity(n + extra);
        let held = &kept.values;
        values.extend(
            ids.iter()
                .map(|&id| Cell::new(held.get(id as usize).map_or(V::default(), Cell::get))),
        );
        values.resize(n + extra, Cell::new(V::default()));
        WordStore {
            values,
            ids,
            kept,
            from_home: false,
        }
    }

    /// [`WordStore::new`] with what the thread keeps in `home` (given back by
    /// [`WordStore::give_back`]).
    pub(crate) fn from_thread(words: &Words, home: &'static LocalKey<RefCell<Kept<V>>>) -> Self {
        let kept = home.with(|k| k.try_borrow_mut().map(|mut k| std::mem::take(&mut *k)).ok());
        let from_home = kept.is_some();
        let mut store = WordStore::new(words, kept.unwrap_or_default(), 0, from_home);
        store.from_home = from_home;
        store
    }

    /// The fact of word (or extra entry) `w` as this text has it.
    #[inline(always)]
    pub(crate) fn get(&self, w: usize) -> V {
        self.values[w].get()
    }

    /// Sets the fact of word (or extra entry) `w`, for the later texts too.
    #[inline]
    pub(crate) fn set(&self, w: usize, value: V) {
        self.values[w].set(value);
        let id = self.ids.get(w).copied().unwrap_or(NOT_KNOWN);
        if let Some(kept) = self.kept.values.get(id as usize) {
            kept.set(value);
        }
    }

    /// The facts, words then extra entries.
    #[inline]
    pub(crate) fn cells(&self) -> &[Cell<V>] {
        &self.values
    }

    /// What is kept for the later texts, this text's facts included.
    pub(crate) fn into_kept(mut self) -> Kept<V> {
        std::mem::take(&mut self.kept)
    }

    /// Gives the thread's `home` what is kept, this text's facts included (if it was taken from
    /// there).
    pub(crate) fn give_back(&mut self, home: &'static LocalKey<RefCell<Kept<V>>>) {
        if !std::mem::take(&mut self.from_home) {
            return;
        }
        let kept = std::mem::take(&mut self.kept);
        home.with(|k| {
            if let Ok(mut k) = k.try_borrow_mut() {
                *k = kept;
            }
        });
    }
}
