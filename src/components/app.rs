//! The root: parses the embedded corpus once and shows the explorer, or why it cannot.

use yew::prelude::*;

use crate::components::explorer::Explorer;
use crate::components::notice::Notice;
use crate::corpus::SharedCorpus;

#[component]
pub fn App() -> Html {
    let loaded = use_memo((), |_| SharedCorpus::embedded());
    match &*loaded {
        Ok(corpus) => html! { <Explorer corpus={corpus.clone()} /> },
        Err(message) => html! {
            <main class="nl-app">
                <Notice title="Newsline could not start">{ message.clone() }</Notice>
            </main>
        },
    }
}
