//! Gets the corpus ([`crate::hooks::corpus_loader`]) and shows the explorer over it; until then
//! a loading message, and if it fails, why, inside the widget's own frame.

use newsline_extract::EventId;
use yew::prelude::*;

use crate::components::app::frame;
use crate::components::explorer::Explorer;
use crate::components::notice::Notice;
use crate::corpus::CorpusSource;
use crate::hooks::corpus_loader::{use_corpus, Loaded};
use crate::hooks::url_state::ViewSource;
use crate::options::{Chrome, Selection};

#[derive(Properties, PartialEq)]
pub struct LoaderProps {
    pub source: CorpusSource,
    pub name: Option<AttrValue>,
    pub chrome: Chrome,
    pub view: ViewSource,
    pub on_select: Callback<Option<Selection>>,
}

#[component]
pub fn Loader(props: &LoaderProps) -> Html {
    match use_corpus(&props.source, props.name.clone()) {
        Loaded::Ready(corpus) => {
            let on_open = {
                let corpus = corpus.corpus.clone();
                props
                    .on_select
                    .reform(move |id: Option<EventId>| id.and_then(|id| Selection::of(&corpus, id)))
            };
            html! { <Explorer {corpus} chrome={props.chrome.clone()} view={props.view.clone()} {on_open} /> }
        }
        Loaded::Loading => frame(
            &props.chrome,
            html! {
                <div data-testid="loading">
                    <Notice title="Loading the corpus…">
                        if let CorpusSource::Url(url) = &props.source {
                            <p>{ url.clone() }</p>
                        }
                    </Notice>
                </div>
            },
        ),
        Loaded::Failed(message) => frame(
            &props.chrome,
            html! {
                <Notice title="Newsline could not load this corpus">
                    <p data-testid="corpus-error">{ message }</p>
                </Notice>
            },
        ),
    }
}
