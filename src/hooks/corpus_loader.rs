//! Gets the corpus an explorer shows: the embedded one, JSON passed inline, or JSON fetched
//! from a URL with gloo-net. Parsing and checking are [`crate::corpus`]'s; this hook only adds
//! the network and a loading state, so the widget shows "Loading" and then either the corpus or
//! why not, never a blank frame.
//!
//! A response that arrives after the source changed (or the widget was destroyed) is dropped.

use std::cell::Cell;
use std::rc::Rc;

use gloo_net::http::Request;
use yew::prelude::*;

use crate::corpus::{name_from_url, CorpusSource, SharedCorpus};

/// Where loading a corpus stands.
#[derive(Debug, Clone, PartialEq)]
pub enum Loaded {
    Loading,
    Ready(SharedCorpus),
    /// Why it cannot be shown, as one sentence for the reader.
    Failed(AttrValue),
}

impl From<&Result<SharedCorpus, String>> for Loaded {
    fn from(result: &Result<SharedCorpus, String>) -> Self {
        match result {
            Ok(corpus) => Loaded::Ready(corpus.clone()),
            Err(message) => Loaded::Failed(message.clone().into()),
        }
    }
}

/// The corpus `source` names, titled `name` (else the embedded corpus's folder, or the URL's
/// file name).
#[hook]
pub fn use_corpus(source: &CorpusSource, name: Option<AttrValue>) -> Loaded {
    let parsed = use_memo((source.clone(), name.clone()), |(source, name)| match source {
        CorpusSource::Embedded => Some(SharedCorpus::embedded().map(|c| match name {
            Some(name) => SharedCorpus { name: name.clone(), ..c },
            None => c,
        })),
        CorpusSource::Inline(json) => Some(SharedCorpus::from_json(
            json,
            name.clone().unwrap_or_else(|| "Corpus".into()),
            "The corpus passed to mount()",
        )),
        CorpusSource::Url(_) => None,
    });
    let fetched = use_state(|| None::<(AttrValue, Result<SharedCorpus, String>)>);
    {
        let fetched = fetched.clone();
        use_effect_with((source.clone(), name), move |(source, name)| {
            let cancelled = Rc::new(Cell::new(false));
            if let CorpusSource::Url(url) = source {
                let (url, name, cancelled) = (url.clone(), name.clone(), cancelled.clone());
                wasm_bindgen_futures::spawn_local(async move {
                    let name = name.unwrap_or_else(|| name_from_url(&url).into());
                    let result = fetch(&url, name).await;
                    if !cancelled.get() {
                        fetched.set(Some((url, result)));
                    }
                });
            }
            move || cancelled.set(true)
        });
    }
    match (&*parsed, &*fetched, source) {
        (Some(result), _, _) => result.into(),
        (None, Some((fetched_url, result)), CorpusSource::Url(url)) if fetched_url == url => result.into(),
        _ => Loaded::Loading,
    }
}

async fn fetch(url: &str, name: AttrValue) -> Result<SharedCorpus, String> {
    let failed = |why: String| format!("Could not load the corpus from {url}: {why}");
    let response = Request::get(url).send().await.map_err(|e| failed(e.to_string()))?;
    if !response.ok() {
        return Err(failed(format!("{} {}", response.status(), response.status_text()).trim().to_string()));
    }
    let text = response.text().await.map_err(|e| failed(e.to_string()))?;
    SharedCorpus::from_json(&text, name, &format!("The corpus at {url}"))
}
