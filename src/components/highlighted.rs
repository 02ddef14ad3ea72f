//! A text with the applied search's matches marked (`<mark>`); the terms come from the
//! [`SearchTerms`] context the explorer provides, so a list row needs no extra props. Without
//! that context (or with no search) the text is shown as it is.

use yew::prelude::*;

use crate::highlight::{split, SearchTerms};

#[derive(Properties, PartialEq)]
pub struct HighlightedProps {
    pub text: AttrValue,
}

#[component]
pub fn Highlighted(props: &HighlightedProps) -> Html {
    let terms = use_context::<SearchTerms>().unwrap_or_default();
    html! {
        <>
            for piece in split(&props.text, &terms.0) {
                if piece.matched {
                    <mark class="nl-mark">{ piece.text }</mark>
                } else {
                    { piece.text }
                }
            }
        </>
    }
}
