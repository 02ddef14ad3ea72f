//! Tells a host page what the reader does: the open event, each time it changes.

use newsline_extract::EventId;
use yew::prelude::*;

/// Emits `on_open` whenever `selected` changes after the first render (the starting
/// selection is the host's own choice, so it is not reported back).
#[hook]
pub fn use_report_selection(selected: Option<EventId>, on_open: &Callback<Option<EventId>>) {
    let last = use_mut_ref(|| selected);
    let on_open = on_open.clone();
    use_effect_with(selected, move |&selected| {
        if *last.borrow() != selected {
            *last.borrow_mut() = selected;
            on_open.emit(selected);
        }
    });
}
