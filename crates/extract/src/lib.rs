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
    let mut analysed = each_article(articles.iter().enumerate().collect(), |(i, a)| analyse_or_report(i, a));
    infer::infer_missing_publication_dates(&mut analysed);
    let resolved = each_article(analysed, |mut doc| {
        pipeline::resolve_dates(&mut doc);
        doc
    });
    pipeline::assemble(resolved)
}

/// Analyses one article. Should a rule fail on some text no one foresaw (a bug: it panics),
/// the article is kept, empty, with a warning that names the failure, and every other article
/// is extracted as usual: one odd page never costs the corpus.
fn analyse_or_report(i: usize, article: &Article) -> pipeline::Analysed {
    let id = DocId(i as u32);
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| pipeline::analyse(id, article))).unwrap_or_else(
        |failure| {
            let why = failure
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| failure.downcast_ref::<String>().cloned())
                .unwrap_or_default();
            let mut empty = pipeline::analyse(id, &Article::new(article.file.clone(), Vec::new()));
            empty.doc.warnings = vec![format!(
                "the article could not be analysed (an internal error: {why}); please report it with the file"
            )];
            empty
        },
    )
}

/// Maps `f` over the articles (or other independent items), in order: on native targets
/// spread over the machine's cores, each thread taking the next item as it finishes one, so a
/// few long articles or a core busy with something else do not hold the others up; in wasm32,
/// sequentially.
fn each_article<T: Send, U: Send>(items: Vec<T>, f: impl Fn(T) -> U + Sync) -> Vec<U> {
    #[cfg(not(target_arch = "wasm32"))]
    {
        use std::sync::atomic::{AtomicUsize, Ordering};
        use std::sync::Mutex;
        let threads = std::thread::available_parallelism().map_or(1, |n| n.get()).min(items.len());
        if threads > 1 {
            let count = items.len();
            let queue: Vec<Mutex<Option<T>>> = items.into_iter().map(|t| Mutex::new(Some(t))).collect();
            let next = AtomicUsize::new(0);
            let work = || {
                let mut done = Vec::new();
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(slot) = queue.get(i) else { break done };
                    // Each slot is taken exactly once, by the thread that drew its index.
                    let item = slot.lock().unwrap_or_else(|e| e.into_inner()).take();
                    done.extend(item.map(|item| (i, f(item))));
                }
            };
            let finished: Vec<Vec<(usize, U)>> = std::thread::scope(|scope| {
                let handles: Vec<_> = (0..threads).map(|_| scope.spawn(work)).collect();
                handles
                    .into_iter()
                    .map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
                    .collect()
            });
            let mut slots: Vec<Option<U>> = (0..count).map(|_| None).collect();
            for (i, u) in finished.into_iter().flatten() {
                slots[i] = Some(u);
            }
            return slots.into_iter().flatten().collect();
        }
    }
    items.into_iter().map(f).collect()
}

mod fxhash;
mod pipeline;
