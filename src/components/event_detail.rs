//! One event, explained: its date and where that date came from, and every sentence that
//! reports it with the article's title, outlet and file.

use newsline_extract::{EntityId, EventId};
use yew::prelude::*;

use crate::components::source_item::SourceItem;
use crate::corpus::SharedCorpus;
use crate::format::date_label;

#[derive(Properties, PartialEq)]
pub struct EventDetailProps {
    pub event: EventId,
    pub on_close: Callback<()>,
    /// Adds an entity filter from one of the event's entity chips.
    pub on_filter: Callback<EntityId>,
}

#[component]
pub fn EventDetail(props: &EventDetailProps) -> Html {
    let shared = use_context::<SharedCorpus>().expect("EventDetail is rendered inside the corpus context");
    let corpus = &shared.corpus;
    let Some(event) = corpus.events.get(props.event.0 as usize) else {
        return html! {};
    };
    let on_close = props.on_close.reform(|_| ());
    html! {
        <aside class="nl-detail" data-testid="event-detail" aria-label="Event detail">
            <div class="nl-detail__top">
                <time class="nl-detail__date" datetime={event.date.clone()}>{ date_label(&event.date) }</time>
                <button type="button" class="nl-icon-button" aria-label="Close detail" data-testid="close-detail" onclick={on_close}>
                    { "×" }
                </button>
            </div>
            <h2 class="nl-detail__summary">{ event.summary.clone() }</h2>
            if !event.entities.is_empty() {
                <ul class="nl-chips" aria-label="Entities in this event">
                    for name in event.entities.iter() {
                        { chip(&shared, name, &props.on_filter) }
                    }
                </ul>
            }
            <h3 class="nl-detail__heading">{ format!("Reported in {} sentence{}", event.sources.len(), if event.sources.len() == 1 { "" } else { "s" }) }</h3>
            <ol class="nl-sources">
                for (i, source) in event.sources.iter().enumerate() {
                    <SourceItem key={i} source={source.clone()} />
                }
            </ol>
        </aside>
    }
}

/// An entity of the event as a chip that adds it as a filter.
fn chip(shared: &SharedCorpus, name: &str, on_filter: &Callback<EntityId>) -> Html {
    let id = shared.corpus.entities.iter().find(|e| e.name == name).map(|e| e.id);
    let on_filter = on_filter.clone();
    let onclick = Callback::from(move |_: MouseEvent| {
        if let Some(id) = id {
            on_filter.emit(id);
        }
    });
    html! {
        <li key={name.to_string()}>
            <button type="button" class="nl-chip" title="Filter by this entity" disabled={id.is_none()} {onclick}>
                { name.to_string() }
            </button>
        </li>
    }
}
