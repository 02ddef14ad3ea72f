//! The search input, debounced: the box shows every keystroke at once, and the text is applied
//! (reported through `on_change`) once typing pauses for [`DELAY_MS`], at once on Enter or when
//! the box loses focus, and at once when it is emptied. Matching is the core's job.
//!
//! Approach: every keystroke starts a timer future and bumps a generation counter; a timer
//! applies its text only if no keystroke (or Enter, blur, unmount) came after it. A text
//! applied from outside (clear, a removed chip, back and forward) replaces the box's text
//! unless the user is typing.

use std::cell::Cell;
use std::rc::Rc;
use std::time::Duration;

use web_sys::HtmlInputElement;
use yew::prelude::*;

/// How long typing must pause before the search is applied.
pub const DELAY_MS: u64 = 200;

#[derive(Properties, PartialEq)]
pub struct SearchBoxProps {
    /// The applied search text.
    pub value: AttrValue,
    pub on_change: Callback<String>,
}

#[component]
pub fn SearchBox(props: &SearchBoxProps) -> Html {
    let draft = use_state_eq(|| props.value.to_string());
    // The number of the latest keystroke, and whether its text is still to be applied.
    let generation: Rc<Cell<u64>> = use_memo((), |()| Cell::new(0));
    let typing: Rc<Cell<bool>> = use_memo((), |()| Cell::new(false));

    {
        let (draft, typing) = (draft.clone(), typing.clone());
        use_effect_with(props.value.clone(), move |value| {
            if !typing.get() {
                draft.set(value.to_string());
            }
        });
    }
    {
        let generation = generation.clone();
        // Unmounting cancels a pending timer.
        use_effect_with((), move |()| move || generation.set(generation.get() + 1));
    }

    let apply_now = {
        let (generation, typing, on_change) = (generation.clone(), typing.clone(), props.on_change.clone());
        Callback::from(move |text: String| {
            generation.set(generation.get() + 1);
            typing.set(false);
            on_change.emit(text);
        })
    };
    let oninput = {
        let (draft, generation, typing) = (draft.clone(), generation.clone(), typing.clone());
        let (on_change, apply_now) = (props.on_change.clone(), apply_now.clone());
        Callback::from(move |e: InputEvent| {
            let text = e.target_unchecked_into::<HtmlInputElement>().value();
            draft.set(text.clone());
            if text.trim().is_empty() {
                apply_now.emit(text);
                return;
            }
            let mine = generation.get() + 1;
            generation.set(mine);
            typing.set(true);
            let (generation, typing, on_change) = (generation.clone(), typing.clone(), on_change.clone());
            wasm_bindgen_futures::spawn_local(async move {
                gloo_timers::future::sleep(Duration::from_millis(DELAY_MS)).await;
                if generation.get() == mine {
                    typing.set(false);
                    on_change.emit(text);
                }
            });
        })
    };
    let onkeydown = {
        let apply_now = apply_now.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" {
                e.prevent_default();
                apply_now.emit(e.target_unchecked_into::<HtmlInputElement>().value());
            }
        })
    };
    let onblur = {
        let typing = typing.clone();
        Callback::from(move |e: FocusEvent| {
            if typing.get() {
                apply_now.emit(e.target_unchecked_into::<HtmlInputElement>().value());
            }
        })
    };
    html! {
        <label class="nl-search">
            <span class="nl-visually-hidden">{ "Search events" }</span>
            <svg class="nl-search__icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
                <circle cx="10.5" cy="10.5" r="6.5" />
                <path d="M15.5 15.5 21 21" />
            </svg>
            <input
                type="search"
                data-testid="search"
                placeholder="Search events, people, places…"
                autocomplete="off"
                value={(*draft).clone()}
                {oninput}
                {onkeydown}
                {onblur}
            />
        </label>
    }
}
