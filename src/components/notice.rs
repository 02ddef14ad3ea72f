//! A plain message block for empty or failed states, so the page is never blank.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NoticeProps {
    pub title: AttrValue,
    #[prop_or_default]
    pub children: Html,
}

#[component]
pub fn Notice(props: &NoticeProps) -> Html {
    html! {
        <div class="nl-notice" role="status" data-testid="notice">
            <h2>{ props.title.clone() }</h2>
            <div class="nl-notice__body">{ props.children.clone() }</div>
        </div>
    }
}
