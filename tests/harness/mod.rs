//! What the component tests share: an explorer mounted into its own element of the test page,
//! queries over what it rendered, and user input (clicks, typing, keys) each awaited with
//! `yew::scheduler::flush()`, never a sleep.
//!
//! Each mount is 1000 px wide, so pixel distances on the timeline (and so its clusters) do not
//! depend on the runner's window. The explorer reads its view from the page's URL and writes it
//! back, so a mount starts from the URL it is given ([`Mounted::new`] a bare one).
//!
//! Every test file is its own crate and uses a different part of this module, hence the
//! `allow(dead_code)`.
#![allow(dead_code)]

use newsline::components::explorer::{Explorer, ExplorerProps};
use newsline::corpus::SharedCorpus;
use newsline_extract::Corpus;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{
    CanvasRenderingContext2d, Element, HtmlCanvasElement, HtmlElement, HtmlInputElement, InputEvent,
    InputEventInit, KeyboardEvent, KeyboardEventInit, MouseEvent, MouseEventInit, PointerEvent,
    PointerEventInit,
};
use yew::AppHandle;

/// The hand-made corpus of `tests/fixtures/corpus.json`: 5 articles, 15 events, 24 entities.
pub fn fixture() -> Corpus {
    serde_json::from_str(include_str!("../fixtures/corpus.json")).expect("the fixture corpus parses")
}

/// The query part of the test page's URL (`""` when bare), once a view just shown has been
/// written to it: the explorer writes after the next paint (an animation frame, then a task).
pub async fn url_query() -> String {
    let painted = js_sys::Promise::new(&mut |resolve, _| {
        let then = Closure::once_into_js(move || {
            web_sys::window().unwrap().set_timeout_with_callback(resolve.unchecked_ref()).unwrap();
        });
        web_sys::window().unwrap().request_animation_frame(then.unchecked_ref()).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(painted).await.unwrap();
    web_sys::window().unwrap().location().search().unwrap()
}

/// An explorer mounted into its own element, removed again on drop.
pub struct Mounted {
    root: Element,
    handle: Option<AppHandle<Explorer>>,
}

impl Drop for Mounted {
    fn drop(&mut self) {
        if let Some(handle) = self.handle.take() {
            handle.destroy();
        }
        self.root.remove();
    }
}

impl Mounted {
    /// An explorer over `corpus`, started from a bare URL.
    pub async fn new(corpus: Corpus) -> Mounted {
        Mounted::at(corpus, "").await
    }

    /// An explorer over the fixture corpus, started from a bare URL.
    pub async fn fixture() -> Mounted {
        Mounted::new(fixture()).await
    }

    /// An explorer started from a URL with `query` (`"?e=Geneva"`; `""` for a bare one).
    pub async fn at(corpus: Corpus, query: &str) -> Mounted {
        let window = web_sys::window().unwrap();
        let url = window.location().pathname().unwrap() + query;
        window.history().unwrap().replace_state_with_url(&JsValue::NULL, "", Some(&url)).unwrap();
        Mounted::resumed(corpus).await
    }

    /// An explorer started from whatever the page's URL holds now, as after a reload.
    pub async fn resumed(corpus: Corpus) -> Mounted {
        let document = web_sys::window().unwrap().document().unwrap();
        let root = document.create_element("div").unwrap();
        root.set_attribute("style", "width:1000px").unwrap();
        document.body().unwrap().append_child(&root).unwrap();
        let props = yew::props!(ExplorerProps { corpus: SharedCorpus::new(corpus, "fixture") });
        let handle = yew::Renderer::<Explorer>::with_root_and_props(root.clone(), props).render();
        yew::scheduler::flush().await;
        // The timeline measures its width after the first render.
        yew::scheduler::flush().await;
        Mounted { root, handle: Some(handle) }
    }

    pub fn all(&self, selector: &str) -> Vec<HtmlElement> {
        let list = self.root.query_selector_all(selector).unwrap();
        (0..list.length()).filter_map(|i| list.item(i)?.dyn_into().ok()).collect()
    }

    /// The first element matching `selector`; panics naming the selector when there is none.
    pub fn one(&self, selector: &str) -> HtmlElement {
        self.root
            .query_selector(selector)
            .unwrap()
            .unwrap_or_else(|| panic!("no {selector}"))
            .dyn_into()
            .unwrap()
    }

    pub fn has(&self, selector: &str) -> bool {
        self.root.query_selector(selector).unwrap().is_some()
    }

    pub fn text(&self, selector: &str) -> String {
        self.one(selector).text_content().unwrap_or_default()
    }

    pub fn texts(&self, selector: &str) -> Vec<String> {
        self.all(selector).iter().map(|e| e.text_content().unwrap_or_default()).collect()
    }

    /// The `data-date` of every event in the list, in list order.
    pub fn event_dates(&self) -> Vec<String> {
        self.all("[data-testid=event]").iter().map(|e| e.get_attribute("data-date").unwrap()).collect()
    }

    pub fn result_count(&self) -> String {
        self.text("[data-testid=result-count]")
    }

    /// The facet of the entity called `name`.
    pub fn facet(&self, name: &str) -> HtmlElement {
        self.one(&format!("[data-testid=entity-facet][data-entity=\"{name}\"]"))
    }

    /// Events on the timeline's axis: lone markers plus the counts of clusters, as the canvas
    /// that draws them says.
    pub fn on_axis(&self) -> usize {
        self.markers_attribute("data-events")
    }

    /// Markers drawn on the axis (a cluster is one).
    pub fn markers_drawn(&self) -> usize {
        self.markers_attribute("data-markers")
    }

    fn markers_attribute(&self, name: &str) -> usize {
        self.one("[data-testid=timeline-markers]").get_attribute(name).unwrap().parse().unwrap()
    }

    /// Moves a mouse to `(x, y)` CSS pixels from the axis's top left; returns the tooltip the
    /// markers' canvas then shows (the marker under the pointer), if any.
    pub fn hover_axis(&self, x: f64, y: f64) -> Option<String> {
        let canvas = self.one("[data-testid=timeline-markers]");
        let init = PointerEventInit::new();
        let (client_x, client_y) = self.on_page(x, y);
        init.set_client_x(client_x);
        init.set_client_y(client_y);
        init.set_bubbles(true);
        init.set_pointer_type("mouse");
        canvas
            .dispatch_event(&PointerEvent::new_with_event_init_dict("pointermove", &init).unwrap())
            .unwrap();
        canvas.get_attribute("title")
    }

    /// The first point, left to right along the first two lanes of markers, where the tooltip
    /// satisfies `wanted`: a mouse swept over the axis until it names what the test is after.
    pub fn find_on_axis(&self, wanted: impl Fn(&str) -> bool) -> Option<(f64, f64, String)> {
        let width = self.one("[data-testid=timeline-axis]").get_bounding_client_rect().width();
        for y in [36.0, 56.0] {
            let mut x = 0.0;
            while x < width {
                if let Some(title) = self.hover_axis(x, y).filter(|t| wanted(t)) {
                    return Some((x, y, title));
                }
                x += 2.0;
            }
        }
        None
    }

    /// A mouse click at `(x, y)` CSS pixels from the axis's top left.
    pub async fn click_axis(&self, x: f64, y: f64) {
        let init = MouseEventInit::new();
        let (client_x, client_y) = self.on_page(x, y);
        init.set_client_x(client_x);
        init.set_client_y(client_y);
        init.set_bubbles(true);
        let canvas = self.one("[data-testid=timeline-markers]");
        canvas.dispatch_event(&MouseEvent::new_with_mouse_event_init_dict("click", &init).unwrap()).unwrap();
        yew::scheduler::flush().await;
    }

    /// `(x, y)` CSS pixels from the axis's top left, in the page's client coordinates.
    fn on_page(&self, x: f64, y: f64) -> (i32, i32) {
        let rect = self.one("[data-testid=timeline-axis]").get_bounding_client_rect();
        ((rect.left() + x) as i32, (rect.top() + y) as i32)
    }

    /// Whether the markers' canvas has paint at `(x, y)` CSS pixels from its top left.
    pub fn painted_at(&self, x: f64, y: f64) -> bool {
        let canvas: HtmlCanvasElement = self.one("[data-testid=timeline-markers]").dyn_into().unwrap();
        let context: CanvasRenderingContext2d =
            canvas.get_context("2d").unwrap().unwrap().dyn_into().unwrap();
        let ratio = f64::from(canvas.width()) / f64::from(canvas.client_width()).max(1.0);
        let pixel = context.get_image_data(x * ratio, y * ratio, 1.0, 1.0).unwrap().data();
        pixel[3] > 0
    }

    pub async fn click(&self, selector: &str) {
        self.one(selector).click();
        yew::scheduler::flush().await;
    }

    /// Types `text` into the input found by `selector`, as one input event.
    pub async fn type_into(&self, selector: &str, text: &str) -> HtmlInputElement {
        let input: HtmlInputElement = self.one(selector).dyn_into().unwrap();
        input.set_value(text);
        let init = InputEventInit::new();
        init.set_bubbles(true);
        input.dispatch_event(&InputEvent::new_with_event_init_dict("input", &init).unwrap()).unwrap();
        yew::scheduler::flush().await;
        input
    }

    /// Searches for `text` at once: typed into the search box, then Enter (the box debounces).
    pub async fn search(&self, text: &str) {
        let input = self.type_into("[data-testid=search]", text).await;
        self.press(&input, "Enter").await;
    }

    /// A keydown of `key` on `target`, bubbling and cancelable as a real one.
    pub async fn press(&self, target: &HtmlElement, key: &str) {
        keydown(target, key, false);
        yew::scheduler::flush().await;
    }

    /// [`Mounted::press`] with Shift held.
    pub async fn press_shifted(&self, target: &HtmlElement, key: &str) {
        keydown(target, key, true);
        yew::scheduler::flush().await;
    }

    /// [`Mounted::press`] on the element found by `selector`.
    pub async fn press_on(&self, selector: &str, key: &str) {
        self.press(&self.one(selector), key).await;
    }
}

fn keydown(target: &HtmlElement, key: &str, shift: bool) {
    let init = KeyboardEventInit::new();
    init.set_key(key);
    init.set_shift_key(shift);
    init.set_bubbles(true);
    init.set_cancelable(true);
    target
        .dispatch_event(&KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap())
        .unwrap();
}
