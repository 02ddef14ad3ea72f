//! One event, explained: its date and where that date came from, its entities as chips that
//! add a filter, and every sentence that reports it with the article's title, outlet and file
//! and a way into the article reader.

use newsline_extract::{DocId, EntityId, EventId, Span};
use yew::prelude::*;

use crate::components::highlighted::Highlighted;
use crate::components::source_item::SourceItem;
use crate::corpus::SharedCorpus;
use crate::format::date_label;

#[derive(Properties, PartialEq)]
pub struct EventDetailProps {
    pub event: EventId,
    pub on_close: Callback<()>,
    /// Adds an entity filter from one of the event's entity chips.
    pub on_filter: Callback<EntityId>,
    /// Opens a source's article in the reader at its sentence.
    pub on_read: Callback<(DocId, Span)>,
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
            <h2 class="nl-detail__summary"><Highlighted text={event.summary.clone()} /></h2>
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
                    <SourceItem key={i} source={source.clone()} on_read={props.on_read.reform({
                        let (doc, span) = (source.doc, Span { start: source.start, end: source.end });
                        move |()| (doc, span)
                    })} />
                }
            </ol>
        </aside>
    }
}

/// An entity of the event as a chip that adds it as a filter.
fn chip(shared: &SharedCorpus, name: &str, on_filter: &Callback<EntityId>) -> Html {
    let entity = shared.corpus.entities.iter().find(|e| e.name == name);
    let id = entity.map(|e| e.id);
    let kind = entity.map(|e| format!("nl-chip--{}", e.kind.as_str()));
    let on_filter = on_filter.clone();
    let onclick = Callback::from(move |_: MouseEvent| {
        if let Some(id) = id {
            on_filter.emit(id);
        }
    });
    html! {
        <li key={name.to_string()}>
            <button type="button" class={classes!("nl-chip", kind)} data-testid="detail-entity" data-entity={name.to_string()}
                title="Filter by this entity" disabled={id.is_none()} {onclick}>
                { name.to_string() }
            </button>
        </li>
    }
}
