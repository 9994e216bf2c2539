//! Stage 3: mentions linked into entities, aliases merged.

use crate::analysis::{Entity, Mention};

/// Groups `mentions` into entities and sets each mention's `entity`.
pub fn link_entities(text: &str, mentions: &mut [Mention]) -> Vec<crate::analysis::Entity> {
    let mut entities: Vec<Entity> = Vec::new();
    for (i, mention) in mentions.iter_mut().enumerate() {
        mention.entity = entities.len() as u32;
        entities.push(Entity {
            kind: mention.kind,
            name: mention.span.text(text).to_string(),
            mentions: vec![i as u32],
        });
    }
    entities
}
