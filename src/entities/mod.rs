//! Stage 3: mentions linked into entities, aliases merged.
//!
//! **Input:** the mentions of stage 2. **Output:** one entity per referent, in order of first
//! mention, each with its mentions ascending; every mention's `entity` is set.
//!
//! Mentions are linked, within one type, when (in this order):
//! 1. they are written the same (ignoring case and periods: "U.S." and "US");
//! 2. a person's single name matches one word of exactly one fuller name of the text
//!    ("Barshefsky" → "Charlene Barshefsky", "Zhu" → "Zhu Rongji"); when several full names share
//!    it, the first of them if the text writes it twice or more and each other once (a life
//!    story's subject and the relatives named once), else the bare name stays its own entity. A
//!    surname with a regnal number ("Norton I") is looked up as the bare surname, unless the text
//!    writes another number with it or the name is a given name ("Henry VIII"). A middle name and
//!    the last ("Otto Jespersen", "Vargas Llosa") are exactly one longer name's ("Jens Otto Harry
//!    Jespersen", "Mario Vargas Llosa"), and file the bare surname under it;
//! 3. an acronym is spelled out right before it in brackets ("World Trade Organization (WTO)"), or
//!    matches the initials of exactly one longer name ("WTO", "U.S." → "United States"); a
//!    country's common names are one place ("USA", "America", "the United States"; "Britain",
//!    "the UK"), and its bodies one whichever it starts with ("U.S. Senate", "United States
//!    Senate");
//! 4. a one-word organisation is the first word of exactly one longer one ("Halvorsen" →
//!    "Halvorsen Robotics"). Whether a bare surname is the person or the company is decided by
//!    stage 2 from the words around it. An organisation's words after its first link to it when
//!    that first word is a town, a coined word or a country and no other organisation ends in
//!    them ("the Tribune" → "Eastbrook Tribune", "the Port Authority" → "Harwick Port
//!    Authority", "the Senate" → "U.S. Senate" unless "Missouri Senate" is named too); a common
//!    word only after "the";
//! 5. an organisation's name is exactly one longer name without its legal form ("Harlow Foods" →
//!    "Harlow Foods Plc", "Kestrel Freight" → "Kestrel Freight, Inc.").
//!
//! An entity's `name` is its longest mention. Mentions of two types are never linked, so an
//! entity's type is each of its mentions': "Washington" the person and "Washington" the city stay
//! two entities. Which type a name written with two takes is settled in stage 2, where a mention
//! sure of its type gives that type to the weaker mentions of the same name.
//!
//! Known failure modes: nicknames and transliteration variants are not linked; a surname shared
//! by two people mentioned in full about as often stays apart from both.

mod aliases;
#[cfg(test)]
mod tests;

use crate::analysis::{Entity, EntityType, Mention};
use crate::lexicon::hash::FxHashMap;

/// Groups `mentions` into entities and sets each mention's `entity`.
pub fn link_entities(text: &str, mentions: &mut [Mention]) -> Vec<Entity> {
    let n = mentions.len();
    let mut sets = Sets::new(n);
    // 1. Same text. The keys (the type's name, a NUL, the normal form) are written one after
    // another into one buffer, which the map then borrows: no allocation per key.
    let mut keys = String::new();
    let mut ends: Vec<usize> = Vec::with_capacity(n);
    for m in mentions.iter() {
        keys.push_str(m.kind.name());
        keys.push('\0');
        aliases::normal_form_into(m.span.text(text), &mut keys);
        ends.push(keys.len());
    }
    let mut seen: FxHashMap<&str, usize> =
        FxHashMap::with_capacity_and_hasher(n, Default::default());
    let mut start = 0;
    for (i, &end) in ends.iter().enumerate() {
        let key = keys.get(start..end).unwrap_or_default();
        start = end;
        match seen.entry(key) {
            std::collections::hash_map::Entry::Occupied(j) => sets.union(*j.get(), i),
            std::collections::hash_map::Entry::Vacant(slot) => {
                slot.insert(i);
            }
        }
    }
    drop(seen);
    // 2-4. Aliases.
    for (a, b) in aliases::links(text, mentions) {
        sets.union(a, b);
    }
    // Number the groups by first mention, counting each group's mentions first so that each
    // entity's list is allocated once at its size.
    // Roots are mention indices, so a vector numbers them.
    let mut id_of_root: Vec<u32> = vec![u32::MAX; n];
    let mut sizes: Vec<u32> = Vec::new();
    for (i, mention) in mentions.iter_mut().enumerate() {
        let root = sets.find(i);
        if id_of_root[root] == u32::MAX {
            id_of_root[root] = sizes.len() as u32;
            sizes.push(0);
        }
        mention.entity = id_of_root[root];
        sizes[mention.entity as usize] += 1;
    }
    let mut entities: Vec<Entity> = sizes
        .iter()
        .map(|&size| Entity {
            kind: EntityType::Person,
            name: String::new(),
            mentions: Vec::with_capacity(size as usize),
        })
        .collect();
    // The name is the first of the longest mentions (in characters): its length is kept per
    // entity, and the name written once at the end.
    let mut longest: Vec<(usize, usize)> = vec![(0, 0); entities.len()];
    for (i, mention) in mentions.iter().enumerate() {
        let id = mention.entity as usize;
        let entity = &mut entities[id];
        if entity.mentions.is_empty() {
            entity.kind = mention.kind;
        }
        entity.mentions.push(i as u32);
        let chars = mention.span.text(text).chars().count();
        if chars > longest[id].0 {
            longest[id] = (chars, i);
        }
    }
    for (entity, &(chars, i)) in entities.iter_mut().zip(&longest) {
        if chars > 0 {
            entity.name = mentions[i].span.text(text).to_string();
        }
    }
    entities
}

/// Disjoint sets over mention indices; a set's root is its first mention.
struct Sets {
    parent: Vec<usize>,
}

impl Sets {
    fn new(n: usize) -> Sets {
        Sets {
            parent: (0..n).collect(),
        }
    }

    fn find(&mut self, mut i: usize) -> usize {
        while self.parent[i] != i {
            self.parent[i] = self.parent[self.parent[i]];
            i = self.parent[i];
        }
        i
    }

    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            let (lo, hi) = if ra < rb { (ra, rb) } else { (rb, ra) };
            self.parent[hi] = lo;
        }
    }
}
