//! The explorer over one corpus: owns the reducer, runs the query, lays out the page. The view
//! starts from the URL and is kept in it ([`crate::hooks::url_state`]).
//!
//! The corpus is provided to every child by context; children get data and `Callback`s, never
//! an [`Action`]. Derived data (timeline geometry, query result) is memoised on its inputs.

use std::rc::Rc;

use newsline_extract::query::{Combine, Index};
use newsline_extract::{DocId, EntityId, EventId, Span};
use yew::prelude::*;

use crate::axis::Axis;
use crate::components::active_filters::ActiveFilters;
use crate::components::article_reader::ArticleReader;
use crate::components::event_detail::EventDetail;
use crate::components::event_list::EventList;
use crate::components::facets::Facets;
use crate::components::header::Header;
use crate::components::notice::Notice;
use crate::components::search_box::SearchBox;
use crate::components::timeline::Timeline;
use crate::corpus::SharedCorpus;
use crate::highlight::SearchTerms;
use crate::hooks::deferred::use_after_paint;
use crate::hooks::host::use_report_selection;
use crate::hooks::url_state::{initial_view, use_url_state, ViewSource};
use crate::options::Chrome;
use crate::state::{Action, UiState};
use crate::url;

#[derive(Properties, PartialEq)]
pub struct ExplorerProps {
    pub corpus: SharedCorpus,
    /// Full page or embedded, theme, hidden parts ([`crate::options`]).
    #[prop_or_default]
    pub chrome: Chrome,
    /// Where the view starts and whether it is kept in the page's URL.
    #[prop_or_default]
    pub view: ViewSource,
    /// Told when the open event changes, for a host page.
    #[prop_or_default]
    pub on_open: Callback<Option<EventId>>,
}

/// How long after the first render the search index is completed.
const SEARCH_PREPARE_DELAY_MS: u32 = 200;

#[component]
pub fn Explorer(props: &ExplorerProps) -> Html {
    let shared = props.corpus.clone();
    let axis = use_memo(shared.clone(), |s| Axis::new(&s.corpus.events));
    let state = use_reducer({
        let (axis, shared, source) = (axis.clone(), shared.clone(), props.view.clone());
        move || {
            let mut state = UiState::new(axis.home(), axis.limits());
            state.restore(initial_view(&source, &shared));
            state
        }
    });
    use_url_state(&state, &shared, &props.view);
    use_report_selection(state.selected, &props.on_open);
    let index = use_memo(shared.clone(), |s| Index::new(&s.corpus));
    {
        // The search index's signatures are built shortly after the first render, between
        // frames, rather than by the first search.
        let index = index.clone();
        use_effect_with(Rc::as_ptr(&index) as usize, move |_| {
            let timeout =
                gloo_timers::callback::Timeout::new(SEARCH_PREPARE_DELAY_MS, move || index.prepare_search());
            move || drop(timeout)
        });
    }
    let result = use_memo((shared.clone(), state.filters.clone()), {
        let index = index.clone();
        move |(_, filters)| {
            let r = index.query(filters);
            (Rc::new(r.events), Rc::new(r.facets))
        }
    });
    let (events, facets) = (result.0.clone(), result.1.clone());
    // The list and the facets show a new result at once, the timeline after that frame.
    let axis_events = use_after_paint(events.clone(), Rc::as_ptr(&events) as usize);

    let send = |make: fn() -> Action| {
        let dispatcher = state.dispatcher();
        Callback::from(move |()| dispatcher.dispatch(make()))
    };
    // Callbacks that never change, so the list and the facets skip the renders a zoom or a
    // pan of the timeline causes, and the timeline the render of a filter change (it draws
    // the new result a frame later).
    let on_select = {
        let dispatcher = state.dispatcher();
        use_callback((), move |id: EventId, _| dispatcher.dispatch(Action::Select(id)))
    };
    let on_toggle = {
        let dispatcher = state.dispatcher();
        use_callback((), move |id: EntityId, _| dispatcher.dispatch(Action::ToggleEntity(id)))
    };
    let on_search = {
        let dispatcher = state.dispatcher();
        Callback::from(move |text: String| dispatcher.dispatch(Action::SetSearch(text)))
    };
    let on_combine = {
        let dispatcher = state.dispatcher();
        use_callback((), move |c: Combine, _| dispatcher.dispatch(Action::SetCombine(c)))
    };
    let on_filter_from_detail = {
        let (dispatcher, selected) = (state.dispatcher(), state.filters.entities.clone());
        Callback::from(move |id: EntityId| {
            if !selected.contains(&id) {
                dispatcher.dispatch(Action::ToggleEntity(id));
            }
        })
    };
    let on_view = {
        let dispatcher = state.dispatcher();
        use_callback((), move |view, _| dispatcher.dispatch(Action::SetViewport(view)))
    };
    let on_range = {
        let dispatcher = state.dispatcher();
        use_callback((), move |range, _| dispatcher.dispatch(Action::SetRange(range)))
    };
    let on_clear = {
        let dispatcher = state.dispatcher();
        use_callback((), move |(), _| dispatcher.dispatch(Action::ClearFilters))
    };
    let on_close = send(|| Action::CloseDetail);
    let terms = use_memo(state.filters.text.clone(), |text| SearchTerms::new(text));
    let on_read = {
        let dispatcher = state.dispatcher();
        Callback::from(move |(doc, sentence): (DocId, Span)| {
            dispatcher.dispatch(Action::OpenArticle { doc, sentence: Some(sentence) })
        })
    };
    let on_clear_search = {
        let dispatcher = state.dispatcher();
        Callback::from(move |()| dispatcher.dispatch(Action::SetSearch(String::new())))
    };
    // Escape closes the article reader first, then the detail.
    let onkeydown = {
        let (dispatcher, reading) = (state.dispatcher(), state.reading.is_some());
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                dispatcher.dispatch(if reading { Action::CloseArticle } else { Action::CloseDetail });
            }
        })
    };
    let toggle_drawer = send(|| Action::ToggleDrawer).reform(|_: MouseEvent| ());

    let corpus = &shared.corpus;
    let body = if corpus.documents.is_empty() {
        html! {
            <Notice title="No articles in this corpus">
                <p>{ "Put news articles as .txt files in corpus/ (or point NEWSLINE_CORPUS at a folder of them) and rebuild." }</p>
            </Notice>
        }
    } else if corpus.events.is_empty() {
        html! {
            <Notice title="No dated events yet">
                <p>{ format!("{} articles were read, but no sentence in them could be dated:", corpus.documents.len()) }</p>
                <ul class="nl-doc-list">
                    for doc in corpus.documents.iter() {
                        <li key={doc.file.clone()}><strong>{ doc.title.clone() }</strong>{ " " }<code>{ doc.file.clone() }</code></li>
                    }
                </ul>
            </Notice>
        }
    } else {
        let n = events.len();
        let active = state.filters.entities.len()
            + usize::from(!state.filters.text.trim().is_empty())
            + usize::from(state.filters.range.is_some());
        html! {
            <>
                <div class="nl-toolbar">
                    <SearchBox value={AttrValue::from(state.filters.text.clone())} on_change={on_search} />
                    <p class="nl-count" data-testid="result-count" aria-live="polite">
                        { format!("{n} event{}", if n == 1 { "" } else { "s" }) }
                    </p>
                    <button type="button" class="nl-button nl-drawer-toggle" aria-expanded={state.drawer_open.to_string()}
                        onclick={toggle_drawer}>
                        { if active > 0 { format!("Filters ({active})") } else { "Filters".to_string() } }
                    </button>
                    if let Some(href) = props.chrome.full_view_href(&url::format(&state.view(), corpus)) {
                        <a class="nl-button nl-full-view" {href} target="_blank" rel="noopener" data-testid="full-view">
                            { "Open full view" }
                        </a>
                    }
                </div>
                <ActiveFilters entities={state.filters.entities.clone()} search={AttrValue::from(state.filters.text.clone())}
                    on_remove={on_toggle.clone()} {on_clear_search} />
                <Timeline axis={axis.clone()} events={axis_events} selected={state.selected}
                    viewport={state.viewport} range={state.filters.range} on_select={on_select.clone()}
                    {on_view} {on_range} />
                <div class="nl-main">
                    <div class={classes!("nl-side", state.drawer_open.then_some("is-open"))}>
                        <Facets {facets} combine={state.filters.combine} filtered={state.is_filtered()}
                            {on_toggle} {on_combine} on_clear={on_clear.clone()} />
                    </div>
                    <section class="nl-list" aria-label="Events">
                        if events.is_empty() {
                            <Notice title="No events match">
                                <p>{ "Try fewer entities or another search." }</p>
                                <button type="button" class="nl-button" onclick={on_clear.reform(|_: MouseEvent| ())}>{ "Clear filters" }</button>
                            </Notice>
                        } else {
                            <EventList {events} selected={state.selected} {on_select} />
                        }
                    </section>
                    <div class={classes!("nl-detail-slot", state.selected.is_some().then_some("is-open"))}>
                        if let Some(id) = state.selected {
                            <EventDetail event={id} {on_close} on_filter={on_filter_from_detail} {on_read} />
                        } else {
                            <p class="nl-muted nl-detail-hint">{ "Select an event to see the sentences that report it and how its date was read." }</p>
                        }
                    </div>
                </div>
                if let Some(reading) = state.reading {
                    <ArticleReader doc={reading.doc} sentence={reading.sentence} on_close={send(|| Action::CloseArticle)} />
                }
            </>
        }
    };

    html! {
        <ContextProvider<SharedCorpus> context={shared.clone()}>
        <ContextProvider<SearchTerms> context={(*terms).clone()}>
            <div class={props.chrome.classes()} data-theme={props.chrome.theme.attr()} {onkeydown}>
                <Header />
                { body }
            </div>
        </ContextProvider<SearchTerms>>
        </ContextProvider<SharedCorpus>>
    }
}
