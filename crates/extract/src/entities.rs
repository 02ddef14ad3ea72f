//! Named entities: recognition and alias merging (placeholder until implemented).

use crate::model::{DocEntity, Entity, EntityKind, Span};

/// One mention of an entity in an article.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    /// Byte range in the article's raw text.
    pub span: Span,
    /// Canonical name within the article ("South Korea" for "S. Korean").
    pub canonical: String,
    pub kind: EntityKind,
    /// A title or role printed before a person's name ("Finance Minister").
    pub role: Option<String>,
}

/// Finds entity mentions in the sentences (byte ranges of `raw`) of one article.
pub fn find_mentions(_raw: &str, _sentences: &[Span]) -> Vec<Mention> {
    Vec::new()
}

/// Groups one article's mentions into its entity list, with the aliases used there.
pub fn doc_entities(_raw: &str, _mentions: &[Mention]) -> Vec<DocEntity> {
    Vec::new()
}

/// Merges the articles' entity lists into one corpus-level list.
pub fn corpus_entities(_docs: &[(&str, &[DocEntity])]) -> Vec<Entity> {
    Vec::new()
}
