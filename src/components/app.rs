//! The root of every Newsline: the full page, an iframe (`?embed`) or a widget a host mounted.
//! It shows why it cannot start (bad options given to `mount()`) or hands over to the
//! [`Loader`], which gets the corpus and shows the explorer.

use yew::prelude::*;

use crate::components::loader::Loader;
use crate::components::notice::Notice;
use crate::corpus::CorpusSource;
use crate::hooks::url_state::ViewSource;
use crate::options::{Chrome, Selection};

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    #[prop_or_default]
    pub source: CorpusSource,
    /// The title shown for the corpus, instead of its folder's or file's name.
    #[prop_or_default]
    pub name: Option<AttrValue>,
    #[prop_or_default]
    pub chrome: Chrome,
    #[prop_or_default]
    pub view: ViewSource,
    /// Told the open event each time it changes (a host's `onSelect`).
    #[prop_or_default]
    pub on_select: Callback<Option<Selection>>,
    /// A problem found before anything could load, shown instead of the explorer.
    #[prop_or_default]
    pub error: Option<AttrValue>,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    match &props.error {
        Some(message) => frame(
            &props.chrome,
            html! {
                <Notice title="Newsline could not start">
                    <p data-testid="corpus-error">{ message.clone() }</p>
                </Notice>
            },
        ),
        None => html! {
            <Loader source={props.source.clone()} name={props.name.clone()} chrome={props.chrome.clone()}
                view={props.view.clone()} on_select={props.on_select.clone()} />
        },
    }
}

/// `body` in the explorer's root element, themed and laid out as `chrome` says, so a message
/// looks like the widget it stands in for.
pub fn frame(chrome: &Chrome, body: Html) -> Html {
    html! {
        <div class={chrome.classes()} data-theme={chrome.theme.attr()}>
            <div class="nl-app__message">{ body }</div>
        </div>
    }
}
