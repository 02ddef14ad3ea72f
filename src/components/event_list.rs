//! The matching events in date order. Each item is focusable: Enter or a click opens its
//! detail, ArrowUp/ArrowDown move between items.

use std::collections::BTreeSet;
use std::rc::Rc;

use newsline_extract::EventId;
use web_sys::HtmlElement;
use yew::prelude::*;

use crate::components::highlighted::Highlighted;
use crate::corpus::SharedCorpus;
use crate::format::date_label;

#[derive(Properties, PartialEq)]
pub struct EventListProps {
    pub events: Rc<Vec<EventId>>,
    pub selected: Option<EventId>,
    pub on_select: Callback<EventId>,
}

#[component]
pub fn EventList(props: &EventListProps) -> Html {
    let shared = use_context::<SharedCorpus>().expect("EventList is rendered inside the corpus context");
    let onkeydown = Callback::from(|e: KeyboardEvent| {
        let Some(item) = e.target_dyn_into::<HtmlElement>() else {
            return;
        };
        let next = match e.key().as_str() {
            "ArrowDown" => item.next_element_sibling(),
            "ArrowUp" => item.previous_element_sibling(),
            _ => return,
        };
        if let Some(next) = next.and_then(|n| wasm_bindgen::JsCast::dyn_into::<HtmlElement>(n).ok()) {
            e.prevent_default();
            let _ = next.focus();
        }
    });
    html! {
        <ol class="nl-events" aria-label="Events in date order" {onkeydown}>
            for &id in props.events.iter() {
                { item(&shared, id, props) }
            }
        </ol>
    }
}

fn item(shared: &SharedCorpus, id: EventId, props: &EventListProps) -> Html {
    let corpus = &shared.corpus;
    let Some(event) = corpus.events.get(id.0 as usize) else {
        return html! {};
    };
    let files: BTreeSet<&str> = event.sources.iter().map(|s| s.file.as_str()).collect();
    let outlets: BTreeSet<&str> = event
        .sources
        .iter()
        .filter_map(|s| corpus.documents.get(s.doc.0 as usize)?.source.as_deref())
        .collect();
    let n = event.sources.len();
    let sources = format!("{n} source{}", if n == 1 { "" } else { "s" });
    let meta = if outlets.is_empty() {
        sources
    } else {
        format!("{} · {sources}", outlets.into_iter().collect::<Vec<_>>().join(", "))
    };
    let selected = props.selected == Some(id);
    let onclick = props.on_select.reform(move |_| id);
    let on_select = props.on_select.clone();
    let onkeydown = Callback::from(move |e: KeyboardEvent| {
        if e.key() == "Enter" {
            on_select.emit(id);
        }
    });
    html! {
        <li
            key={id.0}
            class={classes!("nl-event", selected.then_some("is-selected"))}
            data-testid="event"
            data-date={event.date.clone()}
            data-files={files.into_iter().collect::<Vec<_>>().join(" ")}
            tabindex="0"
            aria-current={selected.then_some("true")}
            {onclick}
            {onkeydown}
        >
            <time class="nl-event__date" datetime={event.date.clone()}>{ date_label(&event.date) }</time>
            <p class="nl-event__summary"><Highlighted text={event.summary.clone()} /></p>
            <p class="nl-event__meta">{ meta }</p>
        </li>
    }
}
