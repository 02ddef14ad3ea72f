//! The search input. Every keystroke reports the whole text; matching is the core's job.

use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SearchBoxProps {
    pub value: AttrValue,
    pub on_change: Callback<String>,
}

#[component]
pub fn SearchBox(props: &SearchBoxProps) -> Html {
    let oninput =
        props.on_change.reform(|e: InputEvent| e.target_unchecked_into::<HtmlInputElement>().value());
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
                value={props.value.clone()}
                {oninput}
            />
        </label>
    }
}
