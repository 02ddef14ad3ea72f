//! Component tests in a real browser (headless Chromium through wasm-bindgen-test-runner):
//! the explorer mounted into a fresh element with the hand-made corpus of
//! `tests/fixtures/corpus.json`, driven by clicks, typing and keys, each step awaited with
//! `yew::scheduler::flush()`.
#![cfg(target_arch = "wasm32")]

mod harness;

use std::rc::Rc;

use harness::{fixture, url_query, Mounted};
use newsline::state::{Action, UiState};
use newsline_extract::{Corpus, EntityId};
use wasm_bindgen_test::*;
use yew::Reducible;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn lists_every_event_in_date_order() {
    let page = Mounted::fixture().await;
    let dates = page.event_dates();
    assert_eq!(dates.len(), 15);
    assert_eq!(page.result_count(), "15 events");
    assert_eq!(dates.first().map(String::as_str), Some("1910/1945"));
    assert_eq!(dates.last().map(String::as_str), Some("2020-03-10"));
    // Events close together on the axis share a cluster marker (see tests/timeline.rs).
    assert!(page.on_axis() > 0, "events are drawn on the axis");
}

#[wasm_bindgen_test]
async fn a_facet_click_narrows_the_list_and_a_second_click_restores_it() {
    let page = Mounted::fixture().await;
    page.facet("Geneva").click();
    yew::scheduler::flush().await;
    assert_eq!(page.event_dates(), ["2019-10-11", "2019-11-19"]);
    assert_eq!(page.result_count(), "2 events");
    assert_eq!(page.facet("Geneva").get_attribute("aria-pressed").as_deref(), Some("true"));
    // Live counts follow: of the Geneva events, only the second round involves Chung Hae-kwan.
    assert_eq!(page.facet("Chung Hae-kwan").get_attribute("data-count").as_deref(), Some("1"));
    assert!(page.facet("Seoul").has_attribute("disabled"), "no Geneva event mentions Seoul");

    page.facet("Geneva").click();
    yew::scheduler::flush().await;
    assert_eq!(page.event_dates().len(), 15);
}

#[wasm_bindgen_test]
async fn match_any_widens_what_match_all_narrows() {
    let page = Mounted::fixture().await;
    page.facet("Geneva").click();
    page.facet("Seoul").click();
    yew::scheduler::flush().await;
    assert_eq!(page.result_count(), "0 events");
    assert!(page.has("[data-testid=notice]"), "an empty result explains itself");
    page.click(".nl-segment:nth-child(2)").await;
    assert_eq!(page.event_dates(), ["2019-08-29", "2019-10-11", "2019-11-19"]);
    page.click("[data-testid=clear-filters]").await;
    assert_eq!(page.event_dates().len(), 15);
}

#[wasm_bindgen_test]
async fn search_narrows_by_text_and_alias_and_empty_search_shows_all() {
    let page = Mounted::fixture().await;
    page.search("quarantine").await;
    assert_eq!(page.event_dates(), ["2020-03-05"]);
    assert_eq!(page.result_count(), "1 event");

    // "WTO" is an alias of the World Trade Organization, not in every summary.
    page.search("wto geneva").await;
    assert_eq!(page.event_dates(), ["2019-10-11", "2019-11-19"]);

    page.search("no such thing").await;
    assert!(page.event_dates().is_empty());
    assert!(page.has("[data-testid=notice]"));

    page.search("").await;
    assert_eq!(page.event_dates().len(), 15);
}

#[wasm_bindgen_test]
async fn search_and_facets_combine() {
    let page = Mounted::fixture().await;
    page.search("talks").await;
    let talks = page.event_dates().len();
    page.facet("Geneva").click();
    yew::scheduler::flush().await;
    assert!(page.event_dates().len() < talks);
    assert_eq!(page.event_dates(), ["2019-10-11", "2019-11-19"]);
}

#[wasm_bindgen_test]
async fn the_detail_shows_every_source_with_its_date_provenance_and_escape_closes_it() {
    let page = Mounted::fixture().await;
    assert!(!page.has("[data-testid=event-detail]"));
    page.click("[data-testid=event][data-date=\"2019-11-19\"]").await;
    let detail = page.one("[data-testid=event-detail]");
    let text = detail.text_content().unwrap();
    assert!(text.contains("Second round of WTO talks held in Geneva"));
    assert!(text.contains("000_339136df4e5574c7.txt") && text.contains("001_7744b7c929b9117b.txt"));
    assert!(text.contains("UrduPoint") && text.contains("Yonhap"));
    let provenance: Vec<String> =
        page.all("[data-testid=provenance]").iter().map(|p| p.text_content().unwrap()).collect();
    assert_eq!(provenance.len(), 2);
    assert!(provenance[0].contains("on Tuesday") && provenance[0].contains("article published 2019-11-20"));
    assert!(provenance[0].contains("weekday"));
    assert!(provenance[1].contains("Nov. 19") && provenance[1].contains("month-day"));

    page.press(&detail, "Escape").await;
    assert!(!page.has("[data-testid=event-detail]"));
}

#[wasm_bindgen_test]
async fn enter_on_a_focused_event_opens_it_and_arrows_move_focus() {
    let page = Mounted::fixture().await;
    let events = page.all("[data-testid=event]");
    events[0].focus().unwrap();
    page.press(&events[0], "ArrowDown").await;
    let active = web_sys::window().unwrap().document().unwrap().active_element().unwrap();
    assert_eq!(active.get_attribute("data-date"), events[1].get_attribute("data-date"));
    page.press(&events[1], "Enter").await;
    assert!(page.one("[data-testid=event-detail]").text_content().unwrap().contains("top court"));
}

#[wasm_bindgen_test]
async fn a_detail_chip_adds_its_entity_as_a_filter() {
    let page = Mounted::fixture().await;
    page.click("[data-testid=event][data-date=\"2019-08-29\"]").await;
    let chip = page
        .all(".nl-chip")
        .into_iter()
        .find(|c| c.text_content().as_deref() == Some("Kenji Kanasugi"))
        .unwrap();
    chip.click();
    yew::scheduler::flush().await;
    assert_eq!(page.event_dates(), ["2019-08-29"]);
}

#[wasm_bindgen_test]
async fn an_empty_corpus_explains_itself() {
    let page = Mounted::new(Corpus::default()).await;
    assert!(page.one("[data-testid=notice]").text_content().unwrap().contains("No articles"));
}

#[wasm_bindgen_test]
async fn articles_without_events_are_listed_not_blank() {
    let mut corpus: Corpus = fixture();
    corpus.events.clear();
    let page = Mounted::new(corpus).await;
    let notice = page.one("[data-testid=notice]").text_content().unwrap();
    assert!(notice.contains("No dated events") && notice.contains("004_99937e715ca42918.txt"));
}

#[wasm_bindgen_test]
fn the_reducer_toggles_and_keeps_unchanged_states() {
    let state = Rc::new(UiState::default());
    let toggled = state.clone().reduce(Action::ToggleEntity(EntityId(2)));
    assert!(toggled.is_filtered());
    let same = toggled.clone().reduce(Action::CloseDetail);
    assert!(Rc::ptr_eq(&toggled, &same));
    assert!(!toggled.reduce(Action::ToggleEntity(EntityId(2))).is_filtered());
}

#[wasm_bindgen_test]
async fn the_header_names_the_corpus_and_counts_what_it_holds() {
    let page = Mounted::fixture().await;
    assert_eq!(page.one("[data-testid=corpus-name]").text_content().unwrap(), "fixture");
    assert_eq!(
        page.one("[data-testid=corpus-counts]").text_content().unwrap(),
        "5 articles · 3 outlets · 15 events · 24 entities · 1910 – 2024"
    );
}

#[wasm_bindgen_test]
async fn a_facet_click_is_written_to_the_url_and_a_url_is_read_back() {
    let page = Mounted::fixture().await;
    let total = page.event_dates().len();
    page.facet("Geneva").click();
    yew::scheduler::flush().await;
    assert_eq!(url_query().await, "?e=Geneva");
    let narrowed = page.event_dates();
    assert!(narrowed.len() < total);
    drop(page);

    // A new explorer on that URL shows the same view.
    let page = Mounted::resumed(fixture()).await;
    assert_eq!(page.event_dates(), narrowed);
    assert_eq!(page.facet("Geneva").get_attribute("aria-pressed").as_deref(), Some("true"));
}
