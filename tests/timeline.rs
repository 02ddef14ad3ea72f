//! Component tests of the timeline in a real browser (headless Chromium through
//! wasm-bindgen-test-runner): zoom buttons and keys, clusters in a dense corpus, the date filter
//! from the visible period, fit to results. Each test mounts the explorer into a fresh element
//! from a bare URL and awaits every step with `yew::scheduler::flush()`.
#![cfg(target_arch = "wasm32")]

use newsline::components::explorer::{Explorer, ExplorerProps};
use newsline::corpus::SharedCorpus;
use newsline_extract::{Corpus, Entity, EntityId, EntityKind, Event, EventId};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, KeyboardEvent, KeyboardEventInit};
use yew::AppHandle;

wasm_bindgen_test_configure!(run_in_browser);

const FIXTURE: &str = include_str!("fixtures/corpus.json");

struct Mounted {
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
    async fn new(corpus: Corpus) -> Mounted {
        let window = web_sys::window().unwrap();
        let path = window.location().pathname().unwrap();
        window.history().unwrap().replace_state_with_url(&JsValue::NULL, "", Some(&path)).unwrap();
        let document = window.document().unwrap();
        let root = document.create_element("div").unwrap();
        // A fixed width, so that pixel distances (and so clusters) do not depend on the runner.
        root.set_attribute("style", "width:1000px").unwrap();
        document.body().unwrap().append_child(&root).unwrap();
        let props = yew::props!(ExplorerProps { corpus: SharedCorpus::new(corpus, "test") });
        let handle = yew::Renderer::<Explorer>::with_root_and_props(root.clone(), props).render();
        yew::scheduler::flush().await;
        // The axis measures its width after the first render.
        yew::scheduler::flush().await;
        Mounted { root, handle: Some(handle) }
    }

    fn all(&self, selector: &str) -> Vec<HtmlElement> {
        let list = self.root.query_selector_all(selector).unwrap();
        (0..list.length()).filter_map(|i| list.item(i)?.dyn_into().ok()).collect()
    }

    fn one(&self, selector: &str) -> HtmlElement {
        self.root
            .query_selector(selector)
            .unwrap()
            .unwrap_or_else(|| panic!("no {selector}"))
            .dyn_into()
            .unwrap()
    }

    fn text(&self, selector: &str) -> String {
        self.one(selector).text_content().unwrap()
    }

    /// Events on the axis: lone markers plus the counts of clusters.
    fn on_axis(&self) -> usize {
        let clustered: usize = self
            .all("[data-testid=timeline-cluster]")
            .iter()
            .map(|c| c.get_attribute("data-count").unwrap().parse::<usize>().unwrap())
            .sum();
        self.all("[data-testid=timeline-event]").len() + clustered
    }

    fn ticks(&self) -> Vec<String> {
        self.all(".nl-tick").iter().map(|t| t.text_content().unwrap()).collect()
    }

    async fn click(&self, selector: &str) {
        self.one(selector).click();
        yew::scheduler::flush().await;
    }

    async fn press(&self, selector: &str, key: &str) {
        let init = KeyboardEventInit::new();
        init.set_key(key);
        init.set_bubbles(true);
        init.set_cancelable(true);
        let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
        self.one(selector).dispatch_event(&event).unwrap();
        yew::scheduler::flush().await;
    }
}

/// `n` events a day apart from 1 March 2019, and one in 1965 far from them.
fn dense(n: u32) -> Corpus {
    let event = |id: u32, date: String| Event {
        id: EventId(id),
        date,
        summary: format!("Event {id}"),
        entities: vec!["Seoul".into()],
        sources: vec![],
    };
    let mut events: Vec<Event> = (0..n)
        .map(|i| {
            let date =
                jiff::civil::date(2019, 3, 1).checked_add(jiff::Span::new().days(i64::from(i))).unwrap();
            event(i, date.to_string())
        })
        .collect();
    events.push(event(n, "1965".into()));
    let seoul = Entity {
        id: EntityId(0),
        name: "Seoul".into(),
        kind: EntityKind::Place,
        aliases: vec![],
        roles: vec![],
        files: vec![],
        mentions: 1,
        conflicts: vec![],
    };
    Corpus { documents: vec![Default::default()], entities: vec![seoul], events }
}

#[wasm_bindgen_test]
async fn every_event_of_the_fixture_is_on_the_axis_alone_or_in_a_cluster() {
    let page = Mounted::new(serde_json::from_str(FIXTURE).unwrap()).await;
    for _ in 0..20 {
        page.click("[data-testid=zoom-out]").await;
    }
    assert_eq!(page.on_axis(), 15, "zoomed all the way out, nothing is left off");
}

#[wasm_bindgen_test]
async fn zoom_buttons_change_the_ticks_and_stop_at_the_limits() {
    let page = Mounted::new(serde_json::from_str(FIXTURE).unwrap()).await;
    let range = page.text("[data-testid=timeline-range]");
    for _ in 0..20 {
        page.click("[data-testid=zoom-out]").await;
    }
    assert!(page.one("[data-testid=zoom-out]").has_attribute("disabled"));
    let whole = page.ticks();
    assert!(whole.iter().any(|t| t == "1920"), "decades when zoomed out: {whole:?}");
    for _ in 0..30 {
        page.click("[data-testid=zoom-in]").await;
    }
    assert!(page.one("[data-testid=zoom-in]").has_attribute("disabled"));
    let deep = page.ticks();
    assert!(
        deep.iter().all(|t| t.split(' ').count() == 2 && !t.starts_with("Jan ")),
        "days when zoomed in: {deep:?}"
    );
    assert_ne!(page.text("[data-testid=timeline-range]"), range);
}

#[wasm_bindgen_test]
async fn keys_on_the_axis_zoom_and_pan() {
    let page = Mounted::new(serde_json::from_str(FIXTURE).unwrap()).await;
    let label = || page.text("[data-testid=timeline-range]");
    let start = label();
    page.press("[data-testid=timeline-axis]", "+").await;
    let zoomed = label();
    assert_ne!(zoomed, start, "+ zooms in");
    page.press("[data-testid=timeline-axis]", "ArrowRight").await;
    assert_ne!(label(), zoomed, "the right arrow moves later");
    page.press("[data-testid=timeline-axis]", "ArrowLeft").await;
    assert_eq!(label(), zoomed, "and the left arrow back");
    page.press("[data-testid=timeline-axis]", "-").await;
    assert_eq!(label(), start, "- zooms out again");
}

#[wasm_bindgen_test]
async fn a_dense_corpus_draws_clusters_not_one_marker_per_event_and_a_click_zooms_in() {
    let page = Mounted::new(dense(2_000)).await;
    for _ in 0..20 {
        page.click("[data-testid=zoom-out]").await;
    }
    let markers = page.all("[data-testid=timeline-event], [data-testid=timeline-cluster]").len();
    assert!(markers < 100, "{markers} elements for 2001 events");
    assert_eq!(page.on_axis(), 2_001);
    let before = page.text("[data-testid=timeline-range]");
    let biggest = page
        .all("[data-testid=timeline-cluster]")
        .into_iter()
        .max_by_key(|c| c.get_attribute("data-count").unwrap().parse::<usize>().unwrap())
        .unwrap();
    biggest.click();
    yew::scheduler::flush().await;
    assert_ne!(page.text("[data-testid=timeline-range]"), before, "the cluster opened by zooming in");
    assert!(!page.one("[data-testid=zoom-out]").has_attribute("disabled"));
}

#[wasm_bindgen_test]
async fn the_period_on_screen_becomes_the_date_filter_and_fit_shows_every_result() {
    let page = Mounted::new(dense(300)).await;
    let all = page.text("[data-testid=result-count]");
    assert_eq!(all, "301 events");
    for _ in 0..4 {
        page.click("[data-testid=zoom-in]").await;
    }
    page.click("[data-testid=range-from-view]").await;
    let narrowed = page.text("[data-testid=result-count]");
    assert_ne!(narrowed, all);
    assert!(page.one("[data-testid=range]").text_content().unwrap().contains("2019"));
    assert!(web_sys::window().unwrap().location().search().unwrap().contains("from="));

    page.click("[data-testid=fit]").await;
    let shown: usize = narrowed.split(' ').next().unwrap().parse().unwrap();
    assert_eq!(page.on_axis(), shown, "fit to results puts every result on screen");

    page.click("[data-testid=clear-range]").await;
    assert_eq!(page.text("[data-testid=result-count]"), all);
}
