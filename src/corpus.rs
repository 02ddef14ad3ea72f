//! The corpus the app shows: embedded at build time (see `build.rs`) and parsed once.
//!
//! [`SharedCorpus`] is what the components share through a context: an `Rc` compared by
//! pointer, so passing it around never copies or deep-compares the corpus.

use std::rc::Rc;

use newsline_extract::Corpus;
use yew::AttrValue;

/// The corpus as JSON, written by `build.rs`.
const EMBEDDED: &str = include_str!(concat!(env!("OUT_DIR"), "/corpus.json"));

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

    /// Parses the embedded corpus.
    ///
    /// # Errors
    /// When the embedded JSON does not match the core's types, which means the build script
    /// and the app were built from different versions of the core.
    pub fn embedded() -> Result<Self, String> {
        serde_json::from_str(EMBEDDED)
            .map(|corpus| Self::new(corpus, EMBEDDED_NAME))
            .map_err(|e| format!("The embedded corpus could not be read: {e}"))
    }
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
}
