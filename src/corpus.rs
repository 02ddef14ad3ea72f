//! The corpus the app shows: embedded at build time (see `build.rs`, in bincode) and decoded
//! once, or read
//! from JSON that `newsline extract` wrote (fetched from a URL by
//! [`crate::hooks::corpus_loader`], or passed inline to `mount()`).
//!
//! [`SharedCorpus`] is what the components share through a context: an `Rc` compared by
//! pointer, so passing it around never copies or deep-compares the corpus.
//!
//! JSON from elsewhere is checked before the explorer sees it ([`check`]): the components index
//! documents, entities and events by id, so ids must be positions and every reference must
//! resolve. Each failure is one sentence that says where the corpus came from and what is wrong
//! with it: not JSON, not the shape of a corpus, or references that do not resolve.

use std::rc::Rc;

use newsline_extract::Corpus;
use serde_json::error::Category;
use yew::AttrValue;

/// The corpus in bincode, written by `build.rs` from the same types.
const EMBEDDED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/corpus.bin"));

/// The name of the embedded corpus: its folder's name.
pub const EMBEDDED_NAME: &str = env!("NEWSLINE_CORPUS_NAME");

/// A parsed corpus with its display name, shared by pointer.
#[derive(Debug, Clone)]
pub struct SharedCorpus {
    pub corpus: Rc<Corpus>,
    pub name: AttrValue,
}

impl PartialEq for SharedCorpus {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.corpus, &other.corpus) && self.name == other.name
    }
}

impl SharedCorpus {
    pub fn new(corpus: Corpus, name: impl Into<AttrValue>) -> Self {
        SharedCorpus { corpus: Rc::new(corpus), name: name.into() }
    }

    /// Decodes the embedded corpus.
    ///
    /// # Errors
    /// When the embedded bytes do not match the core's types, which means the build script
    /// and the app were built from different versions of the core.
    pub fn embedded() -> Result<Self, String> {
        bincode::deserialize(EMBEDDED)
            .map(|corpus| Self::new(corpus, EMBEDDED_NAME))
            .map_err(|e| format!("The embedded corpus could not be read: {e}"))
    }
}

/// Where a corpus comes from.
#[derive(Debug, Clone, Default, PartialEq)]
pub enum CorpusSource {
    /// The one built into the app.
    #[default]
    Embedded,
    /// JSON at a URL (absolute, or relative to the page).
    Url(AttrValue),
    /// JSON text passed by a host page.
    Inline(AttrValue),
}

impl SharedCorpus {
    /// Reads JSON written by `newsline extract` and checks that the explorer can show it.
    /// `origin` names where it came from in messages, e.g. "The corpus at /a.json".
    ///
    /// # Errors
    /// A sentence that starts with `origin` and says what is wrong: "… is not valid JSON: …",
    /// "… is not a Newsline corpus: missing field `events` …", or a reference that does not
    /// resolve ("… event 3 cites document 9, but there are 2 documents").
    pub fn from_json(json: &str, name: impl Into<AttrValue>, origin: &str) -> Result<Self, String> {
        let corpus: Corpus = serde_json::from_str(json).map_err(|e| match e.classify() {
            Category::Syntax | Category::Eof | Category::Io => format!("{origin} is not valid JSON: {e}"),
            Category::Data => {
                format!("{origin} is not a Newsline corpus (JSON from `newsline extract`): {e}")
            }
        })?;
        check(&corpus).map_err(|problem| format!("{origin} is not a Newsline corpus: {problem}"))?;
        Ok(Self::new(corpus, name))
    }
}

/// The display name of a corpus at `url`: its file name without `.json`.
pub fn name_from_url(url: &str) -> String {
    let path = url.split(['?', '#']).next().unwrap_or_default();
    let file = path.trim_end_matches('/').rsplit('/').next().unwrap_or_default();
    let stem = file.strip_suffix(".json").unwrap_or(file);
    if stem.is_empty() {
        "corpus".into()
    } else {
        crate::url::decode(stem)
    }
}

/// Checks that every id is its position and every reference resolves.
///
/// # Errors
/// The first problem found, as a phrase ("event 3 cites document 9, but there are 2 documents").
pub fn check(corpus: &Corpus) -> Result<(), String> {
    let plural = |n: usize, what: &str| format!("{n} {what}{}", if n == 1 { "" } else { "s" });
    for (i, doc) in corpus.documents.iter().enumerate() {
        if doc.id.0 as usize != i {
            return Err(format!("document {i} has the id {}", doc.id.0));
        }
    }
    for (i, entity) in corpus.entities.iter().enumerate() {
        if entity.id.0 as usize != i {
            return Err(format!("entity {i} has the id {}", entity.id.0));
        }
    }
    for (i, event) in corpus.events.iter().enumerate() {
        if event.id.0 as usize != i {
            return Err(format!("event {i} has the id {}", event.id.0));
        }
        for source in &event.sources {
            let Some(doc) = corpus.documents.get(source.doc.0 as usize) else {
                return Err(format!(
                    "event {i} cites document {}, but there are {}",
                    source.doc.0,
                    plural(corpus.documents.len(), "document")
                ));
            };
            if source.date_mention >= doc.dates.len() {
                return Err(format!(
                    "event {i} cites date {} of document {}, which has {}",
                    source.date_mention,
                    source.doc.0,
                    plural(doc.dates.len(), "date")
                ));
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_corpus_parses() {
        let shared = SharedCorpus::embedded().unwrap();
        assert!(!shared.name.is_empty());
    }

    #[test]
    fn equality_is_by_pointer_not_content() {
        let a = SharedCorpus::new(Corpus::default(), "a");
        let b = SharedCorpus::new(Corpus::default(), "a");
        assert_eq!(a, a.clone());
        assert_ne!(a, b);
    }

    const ORIGIN: &str = "The corpus at /c.json";

    fn err(json: &str) -> String {
        SharedCorpus::from_json(json, "c", ORIGIN).unwrap_err()
    }

    fn embedded_json() -> serde_json::Value {
        serde_json::to_value(&*SharedCorpus::embedded().unwrap().corpus).unwrap()
    }

    #[test]
    fn the_embedded_corpus_passes_the_check_from_json_too() {
        let json = embedded_json().to_string();
        let shared = SharedCorpus::from_json(&json, "story", ORIGIN).unwrap();
        assert_eq!(shared.name, "story");
        assert!(!shared.corpus.events.is_empty());
    }

    #[test]
    fn text_that_is_not_json_says_so_with_its_position() {
        assert_eq!(
            err("<html>"),
            "The corpus at /c.json is not valid JSON: expected value at line 1 column 1"
        );
        assert!(err(r#"{"documents": ["#).starts_with("The corpus at /c.json is not valid JSON: EOF"));
    }

    #[test]
    fn json_of_another_shape_names_the_missing_field() {
        let message = err(r#"{"documents": [], "entities": []}"#);
        assert!(message.starts_with("The corpus at /c.json is not a Newsline corpus"), "{message}");
        assert!(message.contains("missing field `events`"), "{message}");
        assert!(err("[1, 2]").contains("is not a Newsline corpus"));
    }

    #[test]
    fn references_that_do_not_resolve_are_reported() {
        let mut json = embedded_json();
        json["events"][0]["sources"][0]["doc"] = 99.into();
        let message = err(&json.to_string());
        assert!(
            message.starts_with(
                "The corpus at /c.json is not a Newsline corpus: event 0 cites document 99, but there are"
            ),
            "{message}"
        );

        let mut json = embedded_json();
        json["events"][1]["id"] = 7.into();
        assert!(err(&json.to_string()).ends_with("event 1 has the id 7"));

        let mut json = embedded_json();
        json["events"][0]["sources"][0]["date_mention"] = 100_000.into();
        assert!(err(&json.to_string()).contains("event 0 cites date 100000 of document"));
    }

    #[test]
    fn a_name_comes_from_the_url_file() {
        assert_eq!(name_from_url("https://x.org/data/trade%20war.json?v=2"), "trade war");
        assert_eq!(name_from_url("/story"), "story");
        assert_eq!(name_from_url("https://x.org/"), "x.org");
        assert_eq!(name_from_url(""), "corpus");
    }
}
