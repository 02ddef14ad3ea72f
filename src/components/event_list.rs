//! The matching events in date order. Each item is focusable: Enter or a click opens its
//! detail, ArrowUp/ArrowDown move between items, Home/End jump to the first and last.
//!
//! Virtualised against the page's scroll: only the rows in the window plus [`MARGIN`] rows on
//! each side are in the DOM, and the list's padding stands in for the rest, so 100,000 events
//! cost as much as a few dozen. Row height is measured from the rows drawn (the stylesheet keeps
//! rows one height: two lines of summary at most). Only scrolling and resizing measure the page;
//! a new result is drawn at the window last measured, so a filter change costs one render and
//! no forced layout. A list of up to [`WHOLE`] events is drawn whole. Every drawn row says
//! where it is in the whole list (`aria-posinset`, `aria-setsize`).
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
pub const MARGIN: usize = 8;
/// A list this short is drawn whole.
pub const WHOLE: usize = 60;
/// Row pitch (height plus gap) assumed until rows have been measured.
const ESTIMATED_PITCH: f64 = 112.0;

#[derive(Properties)]
pub struct EventListProps {
    pub events: Rc<Vec<EventId>>,
    pub selected: Option<EventId>,
    pub on_select: Callback<EventId>,
}

/// The events by pointer: a new result is a new `Rc`, and comparing 100,000 ids on every
/// render of the explorer is what this saves.
impl PartialEq for EventListProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.events, &other.events)
            && self.selected == other.selected
            && self.on_select == other.on_select
    }
}

/// Where the window is over the list: the first row in it, how many rows it holds, and the
/// row pitch (height plus gap) that was measured.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Window {
    first: usize,
    rows: usize,
    pitch: f64,
}

impl Window {
    /// The window when the list's top is `top` pixels below the window's top (negative once
    /// scrolled past) and the window is `height` tall.
    fn at(top: f64, height: f64, pitch: f64) -> Window {
        let first = (-top / pitch).floor().max(0.0) as usize;
        let last = ((height - top) / pitch).ceil().max(0.0) as usize;
        Window { first, rows: last.saturating_sub(first), pitch }
    }

    /// The rows of a list of `n` to draw: those in the window and a margin, or all of a short
    /// list.
    fn rows(&self, n: usize) -> (usize, usize) {
        if n <= WHOLE {
            return (0, n);
        }
        let start = self.first.saturating_sub(MARGIN).min(n);
        (start, (self.first + self.rows + MARGIN).min(n).max(start))
    }
}

/// Measures where the window is over the list.
fn measure(list: &Element) -> Window {
    let pitch = drawn_pitch(list).unwrap_or(ESTIMATED_PITCH);
    let height = web_sys::window().and_then(|w| w.inner_height().ok()?.as_f64()).unwrap_or(900.0);
    Window::at(list.get_bounding_client_rect().top(), height, pitch)
}

#[component]
pub fn EventList(props: &EventListProps) -> Html {
    let shared = use_context::<SharedCorpus>().expect("EventList is rendered inside the corpus context");
    let list = use_node_ref();
    let n = props.events.len();
    // Only scrolling and resizing move the window: a new result is drawn from where it is,
    // without measuring the page again.
    let window = use_state_eq(|| Window::at(0.0, 900.0, ESTIMATED_PITCH));
    // A row to focus once it is drawn (Home/End jump beyond the drawn rows).
    let pending = use_mut_ref(|| None::<usize>);

    {
        let (list, window) = (list.clone(), window.setter());
        use_effect_with((), move |_| {
            let update = move || {
                if let Some(el) = list.cast::<Element>() {
                    window.set(measure(&el));
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

    let pitch = window.pitch;
    let (start, end) = window.rows(n);
    let onkeydown = {
        let (list, pending, window) = (list.clone(), pending.clone(), window.setter());
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
            window.set(Window { first: target.saturating_sub(MARGIN), rows: 2 * MARGIN, pitch });
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
        assert_eq!(Window::at(-5_000.0, 900.0, 110.0).rows(WHOLE), (0, WHOLE));
    }

    #[test]
    fn a_long_list_draws_the_window_and_the_margins() {
        // Scrolled 100 rows down: rows 100..110 are in a 1000 px window.
        let window = Window::at(-11_000.0, 1000.0, 110.0);
        assert_eq!(window.rows(100_000), (100 - MARGIN, 110 + MARGIN));
        assert_eq!(Window::at(-110.0 * 99_995.0, 1000.0, 110.0).rows(100_000).1, 100_000);
        assert_eq!(Window::at(300.0, 900.0, 110.0).rows(100_000), (0, 6 + MARGIN), "not scrolled yet");
    }
}
