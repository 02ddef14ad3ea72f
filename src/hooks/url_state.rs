//! Keeps the browser's URL and history in step with the explorer's view (see [`crate::url`]).
//!
//! Every change of the view is written to the URL (a new entry for a click, the same entry
//! while a search is typed), and back/forward restore the view their entry names. Writing
//! compares with what the URL already says, so restoring a view never pushes it again, and
//! keeps the page's options (`?embed`, theme, hidden parts, corpus: [`crate::options`]).
//!
//! A write waits until the frame showing the new view has been painted (an animation frame,
//! then a task), so a click is drawn without waiting for `history` (several milliseconds with a
//! long URL); while the timeline moves, the write waits until it has been still for a moment.
//! A newer view supersedes a write still waiting: two changes within one frame make one history
//! entry. A page in a background tab gets no frames, so its URL catches up when it is shown.
//!
//! Only the page's own explorer (full page or iframe) does this. An explorer a host mounted
//! with `mount()` starts from the view it was given and never touches the URL: the URL is the
//! host's, and two widgets on one page would overwrite each other's view.

use gloo_timers::callback::Timeout;
use wasm_bindgen::JsValue;
use yew::prelude::*;

use super::after_paint::AfterPaint;

use crate::corpus::SharedCorpus;
use crate::options::with_page_options;
use crate::state::{Action, UiState};
use crate::url::{self, View, Write};

/// How long the timeline must stay still before its viewport is written to the URL.
const VIEWPORT_WRITE_DELAY_MS: u32 = 250;

/// Where an explorer's view starts, and whether it lives in the page's URL.
#[derive(Debug, Clone, Default, PartialEq)]
pub enum ViewSource {
    /// The page's URL: read at the start, written on every change, followed on back/forward.
    #[default]
    PageUrl,
    /// A query string in [`crate::url`]'s format, read once; the page's URL is left alone.
    Given(AttrValue),
}

/// The view the explorer starts with, read once when it starts.
pub fn initial_view(source: &ViewSource, corpus: &SharedCorpus) -> View {
    match source {
        ViewSource::PageUrl => url::parse(&current_query(), &corpus.corpus),
        ViewSource::Given(query) => url::parse(query, &corpus.corpus),
    }
}

/// For [`ViewSource::PageUrl`], writes `state`'s view to the URL when it changes, and restores
/// the view on `popstate`; otherwise does nothing.
#[hook]
pub fn use_url_state(state: &UseReducerHandle<UiState>, corpus: &SharedCorpus, source: &ViewSource) {
    let synced = *source == ViewSource::PageUrl;
    let view = state.view();
    let pending = use_mut_ref(|| None::<PendingWrite>);
    use_effect_with((view, corpus.clone(), synced), move |(view, corpus, synced)| {
        // A newer view supersedes a write still waiting.
        pending.borrow_mut().take();
        if !synced {
            return;
        }
        let current = url::parse(&current_query(), &corpus.corpus);
        if let Some(mode) = url::write_mode(&current, view) {
            let query = with_page_options(&current_query(), &url::format(view, &corpus.corpus));
            if current.filters == view.filters
                && current.selected == view.selected
                && current.reading == view.reading
            {
                // Only the timeline moved: wheel, drag and pinch send a view per frame, so
                // the URL takes the last one once they pause.
                *pending.borrow_mut() = Some(PendingWrite::WhenStill {
                    _timeout: Timeout::new(VIEWPORT_WRITE_DELAY_MS, move || write(&query, mode)),
                });
            } else {
                *pending.borrow_mut() = PendingWrite::after_paint(move || write(&query, mode));
            }
        }
    });

    let dispatcher = state.dispatcher();
    use_effect_with((corpus.clone(), synced), move |(corpus, synced)| {
        let corpus = corpus.clone();
        let listener = synced.then(web_sys::window).flatten().map(|window| {
            gloo_events::EventListener::new(&window, "popstate", move |_| {
                dispatcher.dispatch(Action::Restore(url::parse(&current_query(), &corpus.corpus)));
            })
        });
        move || drop(listener)
    });
}

/// A URL write waiting for its moment; dropping it cancels the write.
enum PendingWrite {
    /// Until the timeline has been still for [`VIEWPORT_WRITE_DELAY_MS`].
    WhenStill { _timeout: Timeout },
    /// Until the next frame has been painted.
    AfterPaint { _write: AfterPaint },
}

impl PendingWrite {
    /// Schedules `write` after the next paint; where no animation frame can be asked for,
    /// writes at once and returns `None`.
    fn after_paint(write: impl FnOnce() + 'static) -> Option<PendingWrite> {
        AfterPaint::schedule(write).map(|w| PendingWrite::AfterPaint { _write: w })
    }
}

fn current_query() -> String {
    web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default()
}

fn write(query: &str, mode: Write) {
    let Some(window) = web_sys::window() else { return };
    let Ok(history) = window.history() else { return };
    // An empty query would leave the old one in place: name the path instead.
    let target =
        if query.is_empty() { window.location().pathname().unwrap_or_default() } else { query.to_string() };
    // A refused history write (a sandboxed frame) leaves the view working without its URL.
    let _ = match mode {
        Write::Push => history.push_state_with_url(&JsValue::NULL, "", Some(&target)),
        Write::Replace => history.replace_state_with_url(&JsValue::NULL, "", Some(&target)),
    };
}
