//! Newsline's extraction core: scraped news text in, a dated timeline out.
//!
//! The pipeline, per article: decode ([`Article`]), drop web boilerplate ([`clean`]), read the
//! headline, outlet, author and publication date ([`meta`]), cut sentences ([`sentences`]),
//! find and resolve date expressions ([`dates`]) and entities ([`entities`]). Then, over the
//! corpus: infer missing publication dates from the other articles ([`infer`]), merge entities,
//! turn dated sentences into events ([`events`]) and merge events reported by several articles.
//!
//! The core is pure: no clock, no I/O, no panics on scraped input. A relative date is resolved
//! against the article's publication date, never against today.

pub mod clean;
pub mod dates;
pub mod entities;
pub mod events;
pub mod infer;
pub mod meta;
pub mod model;
pub mod query;
pub mod sentences;
pub mod summary;
pub mod timevalue;
pub mod tokens;

pub use model::*;
pub use timevalue::TimeValue;

/// One article as read from disk: its file name and bytes.
#[derive(Debug, Clone)]
pub struct Article {
    pub file: String,
    pub bytes: Vec<u8>,
}

impl Article {
    pub fn new(file: impl Into<String>, bytes: impl Into<Vec<u8>>) -> Self {
        Article { file: file.into(), bytes: bytes.into() }
    }
}

/// Extracts a corpus from articles. Never fails: problems with one article become warnings on
/// that article's [`Document`] and the others are unaffected.
pub fn extract(articles: &[Article]) -> Corpus {
    let mut analysed: Vec<pipeline::Analysed> =
        articles.iter().enumerate().map(|(i, a)| pipeline::analyse(DocId(i as u32), a)).collect();
    infer::infer_missing_publication_dates(&mut analysed);
    for doc in &mut analysed {
        pipeline::resolve_dates(doc);
    }
    pipeline::assemble(analysed)
}

mod pipeline;
