//! Starts the full page, or the page in an iframe (`?embed`), when the page asks for it:
//! `index.html` marks its `<body data-newsline-app>`. A host page that imports `newsline.js` to
//! mount widgets loads this same module, whose start function then leaves the host page alone.

use newsline::components::app::{App, AppProps};
use newsline::options::PageOptions;

fn main() {
    let Some(window) = web_sys::window() else { return };
    let Some(body) = window.document().and_then(|d| d.body()) else { return };
    if !body.has_attribute("data-newsline-app") {
        return;
    }
    let location = window.location();
    let page = PageOptions::parse(&location.search().unwrap_or_default());
    let props = AppProps {
        source: page.source(),
        chrome: page.chrome(&location.pathname().unwrap_or_default()),
        ..AppProps::default()
    };
    yew::Renderer::<App>::with_root_and_props(body.into(), props).render();
}
