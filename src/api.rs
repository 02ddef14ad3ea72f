//! The Rust half of the JavaScript API: `static/newsline.js` loads this module and calls
//! [`mount_into`] for each `mount(element, options)` of a host page.
//!
//! Every widget is its own Yew app with its own reducer, rooted in the host's element: no
//! global ids, no shared state, and no access to the host's URL ([`ViewSource::Given`]), so
//! several widgets on one page are independent. Options arrive as JSON (`newsline.js` keeps the
//! functions) and are read by [`crate::options`]; a mistake in them is shown inside the widget
//! like any other failure, never thrown at the host.

use wasm_bindgen::prelude::*;
use yew::prelude::*;
use yew::AppHandle;

use crate::components::app::{App, AppProps};
use crate::hooks::url_state::ViewSource;
use crate::options::{Chrome, MountOptions, Selection};

/// A mounted explorer.
#[wasm_bindgen]
pub struct Widget {
    handle: Option<AppHandle<App>>,
}

#[wasm_bindgen]
impl Widget {
    /// Removes the explorer from its element; calling it again does nothing.
    pub fn destroy(&mut self) {
        if let Some(handle) = self.handle.take() {
            handle.destroy();
        }
    }
}

/// Renders an explorer into `element`.
///
/// `options` is the JSON of the host's options without `corpus` and functions; `corpus` is the
/// corpus's JSON when the host passed one inline; `notify` is called with the open event as a
/// plain object (see [`Selection`]) or `null` whenever it changes.
#[wasm_bindgen(js_name = mountInto)]
pub fn mount_into(
    element: web_sys::Element,
    options: &str,
    corpus: Option<String>,
    notify: js_sys::Function,
) -> Widget {
    let props = match MountOptions::parse(options) {
        Ok(options) => AppProps {
            chrome: options.chrome(corpus.is_some()),
            source: options.source(corpus),
            name: options.name.clone().map(AttrValue::from),
            view: ViewSource::Given(options.view_query().into()),
            on_select: Callback::from(move |selection: Option<Selection>| {
                let json = serde_json::to_string(&selection).unwrap_or_else(|_| "null".into());
                let value = js_sys::JSON::parse(&json).unwrap_or(JsValue::NULL);
                // The host's handler reports its own errors (newsline.js catches them).
                let _ = notify.call1(&JsValue::NULL, &value);
            }),
            error: None,
        },
        Err(message) => AppProps {
            chrome: Chrome { embedded: true, ..Chrome::default() },
            error: Some(message.into()),
            ..AppProps::default()
        },
    };
    Widget { handle: Some(yew::Renderer::<App>::with_root_and_props(element, props).render()) }
}
