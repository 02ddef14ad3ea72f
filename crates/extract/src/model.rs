//! The data Newsline extracts: documents, date mentions, entities and events.
//!
//! These types are the JSON contract of `newsline extract` (field names are never renamed,
//! only added to) and the corpus the web app embeds. Offsets are byte offsets into the
//! article's raw text as read (after lossy UTF-8 decoding), so the UI can highlight the original.

use serde::{Deserialize, Serialize};

/// Index of a document in [`Corpus::documents`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct DocId(pub u32);

/// Index of an entity in [`Corpus::entities`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct EntityId(pub u32);

/// Index of an event in [`Corpus::events`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct EventId(pub u32);

/// Everything extracted from a set of articles.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Corpus {
    pub documents: Vec<Document>,
    /// Corpus-level entities: one per real-world thing, aliases merged across articles.
    pub entities: Vec<Entity>,
    /// Events in date order; one event may cite sentences from several articles.
    pub events: Vec<Event>,
}

/// One article.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Document {
    pub id: DocId,
    /// The file's name (no folder).
    pub file: String,
    /// The headline; the file name when none was found.
    pub title: String,
    /// The outlet, e.g. "Yonhap", "The Korea Herald".
    pub source: Option<String>,
    pub author: Option<String>,
    /// Publication date as an ISO value (`YYYY-MM-DD`, or `YYYY-MM` when only that is known).
    pub published: Option<String>,
    /// True when the date was not printed in the article but inferred.
    pub published_inferred: bool,
    /// How the publication date was found, for the UI ("printed: ‘Published : March 10, 2020’").
    #[serde(default)]
    pub published_evidence: Option<String>,
    /// Every date expression in the clean text, in text order.
    pub dates: Vec<DateMention>,
    /// Entities mentioned in this article, with the aliases used here.
    pub entities: Vec<DocEntity>,
    /// The raw text as read (lossy UTF-8).
    #[serde(default)]
    pub raw: String,
    /// Spans of `raw` that survive cleaning, in order; the rest is boilerplate.
    #[serde(default)]
    pub kept: Vec<Span>,
    /// Sentences of the clean text.
    #[serde(default)]
    pub sentences: Vec<Span>,
    /// Problems met while reading this article (non-UTF-8 bytes, no date, ...).
    #[serde(default)]
    pub warnings: Vec<String>,
}

/// A byte range `start..end` of a document's raw text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

/// A date expression found in an article.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DateMention {
    /// The text as printed, e.g. "on Wednesday".
    pub text: String,
    /// ISO value (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `YYYY-Www`, `START/END`, `P...`), or
    /// `None` when it could not be resolved (see `note`).
    pub value: Option<String>,
    pub start: usize,
    pub end: usize,
    /// The rule that recognised it, e.g. "weekday", "month-day", "relative-year".
    pub rule: String,
    /// What a relative expression was resolved against, e.g. "article published 2019-11-20".
    pub anchor: Option<String>,
    /// Why the value is missing or uncertain.
    pub note: Option<String>,
}

/// The kind of a named entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    Person,
    Organization,
    Place,
    Product,
    Event,
}

impl EntityKind {
    pub const ALL: [EntityKind; 5] = [
        EntityKind::Person,
        EntityKind::Organization,
        EntityKind::Place,
        EntityKind::Product,
        EntityKind::Event,
    ];

    /// Lower-case name as used in JSON and data files.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Organization => "organization",
            EntityKind::Place => "place",
            EntityKind::Product => "product",
            EntityKind::Event => "event",
        }
    }

    /// Plural heading for the UI.
    pub fn plural_label(self) -> &'static str {
        match self {
            EntityKind::Person => "People",
            EntityKind::Organization => "Organizations",
            EntityKind::Place => "Places",
            EntityKind::Product => "Products",
            EntityKind::Event => "Events",
        }
    }
}

/// An entity as mentioned in one article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocEntity {
    /// Canonical name, e.g. "South Korea".
    pub name: String,
    pub kind: EntityKind,
    /// Other forms used in this article, e.g. "S. Korean", "Seoul" is *not* one.
    pub aliases: Vec<String>,
    /// Roles or titles printed before the name ("Finance Minister").
    #[serde(default)]
    pub roles: Vec<String>,
    /// Every mention in the raw text.
    #[serde(default)]
    pub mentions: Vec<Span>,
}

/// An entity across the corpus.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    pub id: EntityId,
    pub name: String,
    pub kind: EntityKind,
    pub aliases: Vec<String>,
    #[serde(default)]
    pub roles: Vec<String>,
    /// Files of the articles that mention it.
    pub files: Vec<String>,
    /// Number of mentions across the corpus.
    #[serde(default)]
    pub mentions: usize,
    /// Names of entities this one may be confused with (same role, similar name).
    #[serde(default)]
    pub conflicts: Vec<String>,
}

/// Something that happened at a date, reported by one or more sentences.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    pub id: EventId,
    /// ISO value of when it happened (never a duration).
    pub date: String,
    /// A short headline: the clause trimmed to who did what.
    pub summary: String,
    /// Canonical names of the entities involved.
    pub entities: Vec<String>,
    /// Every sentence that reports it, from every article.
    pub sources: Vec<Source>,
}

/// One sentence reporting an event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Source {
    pub file: String,
    pub doc: DocId,
    /// The sentence, whitespace collapsed.
    pub sentence: String,
    /// Byte range of the sentence in the raw text.
    pub start: usize,
    pub end: usize,
    /// The date expression that dates it: index into the document's `dates`.
    pub date_mention: usize,
}
