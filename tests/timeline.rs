//! Component tests of the timeline in a real browser (headless Chromium through
//! wasm-bindgen-test-runner): zoom buttons and keys, clusters in a dense corpus, the date filter
//! from the visible period, fit to results. Each test mounts the explorer into a fresh element
//! from a bare URL and awaits every step with `yew::scheduler::flush()`.
#![cfg(target_arch = "wasm32")]

mod harness;

use harness::{url_query, Mounted};
use newsline_extract::{Corpus, Entity, EntityId, EntityKind, Event, EventId};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

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
    let page = Mounted::fixture().await;
    for _ in 0..20 {
        page.click("[data-testid=zoom-out]").await;
    }
    assert_eq!(page.on_axis(), 15, "zoomed all the way out, nothing is left off");
}

#[wasm_bindgen_test]
async fn zoom_buttons_change_the_ticks_and_stop_at_the_limits() {
    let page = Mounted::fixture().await;
    let range = page.text("[data-testid=timeline-range]");
    for _ in 0..20 {
        page.click("[data-testid=zoom-out]").await;
    }
    assert!(page.one("[data-testid=zoom-out]").has_attribute("disabled"));
    let whole = page.texts(".nl-tick");
    assert!(whole.iter().any(|t| t == "1920"), "decades when zoomed out: {whole:?}");
    for _ in 0..30 {
        page.click("[data-testid=zoom-in]").await;
    }
    assert!(page.one("[data-testid=zoom-in]").has_attribute("disabled"));
    let deep = page.texts(".nl-tick");
    assert!(
        deep.iter().all(|t| t.split(' ').count() == 2 && !t.starts_with("Jan ")),
        "days when zoomed in: {deep:?}"
    );
    assert_ne!(page.text("[data-testid=timeline-range]"), range);
}

#[wasm_bindgen_test]
async fn keys_on_the_axis_zoom_and_pan() {
    let page = Mounted::fixture().await;
    let label = || page.text("[data-testid=timeline-range]");
    let start = label();
    page.press_on("[data-testid=timeline-axis]", "+").await;
    let zoomed = label();
    assert_ne!(zoomed, start, "+ zooms in");
    page.press_on("[data-testid=timeline-axis]", "ArrowRight").await;
    assert_ne!(label(), zoomed, "the right arrow moves later");
    page.press_on("[data-testid=timeline-axis]", "ArrowLeft").await;
    assert_eq!(label(), zoomed, "and the left arrow back");
    page.press_on("[data-testid=timeline-axis]", "-").await;
    assert_eq!(label(), start, "- zooms out again");
}

#[wasm_bindgen_test]
async fn a_dense_corpus_draws_clusters_not_one_marker_per_event_and_a_click_zooms_in() {
    let page = Mounted::new(dense(2_000)).await;
    for _ in 0..20 {
        page.click("[data-testid=zoom-out]").await;
    }
    let markers = page.markers_drawn();
    assert!(markers < 100, "{markers} markers for 2001 events");
    assert_eq!(page.on_axis(), 2_001);
    let before = page.text("[data-testid=timeline-range]");
    let (x, y, title) = page.find_on_axis(|t| t.contains(" events, ")).expect("a cluster under the pointer");
    assert!(page.painted_at(x, y), "the cluster named at ({x}, {y}) is drawn there: {title}");
    assert!(!page.painted_at(2.0, 2.0), "above the markers the canvas is clear");
    page.click_axis(x, y).await;
    assert_ne!(page.text("[data-testid=timeline-range]"), before, "the cluster opened by zooming in");
    assert!(!page.one("[data-testid=zoom-out]").has_attribute("disabled"));
}

#[wasm_bindgen_test]
async fn hovering_a_lone_event_names_it_and_a_click_opens_it() {
    let page = Mounted::fixture().await;
    for _ in 0..3 {
        page.click("[data-testid=zoom-in]").await;
    }
    let (x, y, title) =
        page.find_on_axis(|t| !t.contains(" events, ")).expect("a lone event somewhere on the zoomed axis");
    assert!(title.contains(": "), "a date and a headline: {title}");
    page.click_axis(x, y).await;
    let detail = page.text("[data-testid=event-detail]");
    let headline = title.split_once(": ").unwrap().1;
    assert!(detail.contains(headline), "{detail:?} opened for {title:?}");
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
    assert!(url_query().await.contains("from="));

    page.click("[data-testid=fit]").await;
    let shown: usize = narrowed.split(' ').next().unwrap().parse().unwrap();
    assert_eq!(page.on_axis(), shown, "fit to results puts every result on screen");

    page.click("[data-testid=clear-range]").await;
    assert_eq!(page.text("[data-testid=result-count]"), all);
}
