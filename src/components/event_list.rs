//! The matching events in date order. Each item is focusable: Enter or a click opens its
//! detail, ArrowUp/ArrowDown move between items, Home/End jump to the first and last.
//!
//! Virtualised against the page's scroll: only the rows in the window plus [`MARGIN`] rows on
//! each side are in the DOM, and the list's padding stands in for the rest, so 100,000 events
//! cost as much as a hundred. Row height is measured from the rows drawn (the stylesheet keeps
//! rows one height: two lines of summary at most). A list shorter than the window and margins,
//! such as a few dozen events, is drawn whole. Every drawn row says where it is in the whole
//! list (`aria-posinset`, `aria-setsize`).
//!
//! Limits: the page can hold about 300,000 rows before Chromium's largest layout size; rows
//! whose text wraps further than the stylesheet allows would make the padding a little off.

use std::collections::BTreeSet;
use std::rc::Rc;

use gloo_events::EventListener;
use newsline_extract::EventId;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

use crate::components::highlighted::Highlighted;
use crate::corpus::SharedCorpus;
use crate::format::date_label;

/// Rows drawn beyond the window on each side.
pub const MARGIN: usize = 30;
/// Row pitch (height plus gap) assumed until rows have been measured.
const ESTIMATED_PITCH: f64 = 112.0;

#[derive(Properties, PartialEq)]
pub struct EventListProps {
    pub events: Rc<Vec<EventId>>,
    pub selected: Option<EventId>,
    pub on_select: Callback<EventId>,
}

/// The rows to draw, `start..end`, and the pitch they were placed with.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Slice {
    start: usize,
    end: usize,
    pitch: f64,
}

/// Which rows of `n` to draw when the list's top is `top` pixels below the window's top (negative
/// once scrolled past) and the window is `height` tall.
fn slice(n: usize, top: f64, height: f64, pitch: f64) -> Slice {
    let first = (-top / pitch).floor().max(0.0) as usize;
    let last = ((height - top) / pitch).ceil().max(0.0) as usize;
    Slice { start: first.saturating_sub(MARGIN).min(n), end: (last + MARGIN).min(n), pitch }
}

/// Which rows to draw now that the list is where it is in the window.
fn measure(list: &Element, n: usize) -> Slice {
    let pitch = drawn_pitch(list).unwrap_or(ESTIMATED_PITCH);
    let height = web_sys::window().and_then(|w| w.inner_height().ok()?.as_f64()).unwrap_or(900.0);
    slice(n, list.get_bounding_client_rect().top(), height, pitch)
}

#[component]
pub fn EventList(props: &EventListProps) -> Html {
    let shared = use_context::<SharedCorpus>().expect("EventList is rendered inside the corpus context");
    let list = use_node_ref();
    let n = props.events.len();
    let drawn = use_state_eq(|| slice(n, 0.0, 900.0, ESTIMATED_PITCH));
    // A row to focus once it is drawn (Home/End jump beyond the drawn rows).
    let pending = use_mut_ref(|| None::<usize>);

    {
        let (list, drawn) = (list.clone(), drawn.setter());
        use_effect_with(props.events.clone(), move |events| {
            let n = events.len();
            let update = move || {
                if let Some(el) = list.cast::<Element>() {
                    drawn.set(measure(&el, n));
                }
            };
            update();
            let listeners = web_sys::window().map(|w| {
                let on_scroll = update.clone();
                (
                    EventListener::new(&w, "scroll", move |_| on_scroll()),
                    EventListener::new(&w, "resize", move |_| update()),
                )
            });
            move || drop(listeners)
        });
    }
    {
        let (list, pending) = (list.clone(), pending.clone());
        use_effect(move || {
            let target = *pending.borrow();
            if let (Some(i), Some(el)) = (target, list.cast::<Element>()) {
                let row = el.query_selector(&format!("[data-index=\"{i}\"]")).ok().flatten();
                if let Some(row) = row.and_then(|r| r.dyn_into::<HtmlElement>().ok()) {
                    let _ = row.focus();
                    *pending.borrow_mut() = None;
                }
            }
        });
    }

    let Slice { start, end, pitch } = *drawn;
    let (start, end) = (start.min(n), end.min(n));
    let onkeydown = {
        let (list, pending, drawn) = (list.clone(), pending.clone(), drawn.setter());
        Callback::from(move |e: KeyboardEvent| {
            let Some(index) = e
                .target_dyn_into::<Element>()
                .and_then(|t| t.get_attribute("data-index"))
                .and_then(|i| i.parse::<usize>().ok())
            else {
                return;
            };
            let target = match e.key().as_str() {
                "ArrowDown" => (index + 1).min(n.saturating_sub(1)),
                "ArrowUp" => index.saturating_sub(1),
                "Home" => 0,
                "End" => n.saturating_sub(1),
                _ => return,
            };
            e.prevent_default();
            let Some(el) = list.cast::<Element>() else { return };
            let row = el.query_selector(&format!("[data-index=\"{target}\"]")).ok().flatten();
            if let Some(row) = row.and_then(|r| r.dyn_into::<HtmlElement>().ok()) {
                let _ = row.focus();
                return;
            }
            // Not drawn yet: scroll to where it will be, draw it there, focus it after.
            let row_top = el.get_bounding_client_rect().top() + target as f64 * pitch;
            if let Some(w) = web_sys::window() {
                w.scroll_by_with_x_and_y(0.0, row_top - 80.0);
            }
            *pending.borrow_mut() = Some(target);
            drawn.set(Slice { start: target.saturating_sub(MARGIN), end: (target + MARGIN).min(n), pitch });
        })
    };
    let style =
        format!("padding-top:{:.0}px;padding-bottom:{:.0}px", start as f64 * pitch, (n - end) as f64 * pitch);
    html! {
        <ol class="nl-events" aria-label="Events in date order" ref={list} {style} {onkeydown}>
            for (i, &id) in props.events[start..end].iter().enumerate() {
                { item(&shared, id, start + i, n, props) }
            }
        </ol>
    }
}

/// The pitch of the rows drawn now, if two or more are.
fn drawn_pitch(list: &Element) -> Option<f64> {
    let first = list.first_element_child()?;
    let last = list.last_element_child()?;
    let index = |el: &Element| el.get_attribute("data-index")?.parse::<f64>().ok();
    let (i0, i1) = (index(&first)?, index(&last)?);
    let pitch =
        (last.get_bounding_client_rect().top() - first.get_bounding_client_rect().top()) / (i1 - i0).max(1.0);
    (i1 > i0 && pitch > 8.0).then_some(pitch)
}

fn item(shared: &SharedCorpus, id: EventId, index: usize, n: usize, props: &EventListProps) -> Html {
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
    let count = event.sources.len();
    let sources = format!("{count} source{}", if count == 1 { "" } else { "s" });
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
            data-index={index.to_string()}
            aria-posinset={(index + 1).to_string()}
            aria-setsize={n.to_string()}
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_short_list_is_drawn_whole() {
        assert_eq!(slice(25, 300.0, 900.0, 110.0), Slice { start: 0, end: 25, pitch: 110.0 });
    }

    #[test]
    fn a_long_list_draws_the_window_and_the_margins() {
        // Scrolled 100 rows down: rows 100..110 are in a 1000 px window.
        let s = slice(100_000, -11_000.0, 1000.0, 110.0);
        assert_eq!((s.start, s.end), (100 - MARGIN, 110 + MARGIN));
        let bottom = slice(100_000, -110.0 * 99_995.0, 1000.0, 110.0);
        assert_eq!(bottom.end, 100_000);
    }
}
