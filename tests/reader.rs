//! Component tests of search, filter chips, the facet filter box, the event detail and the
//! article reader, in a real browser (headless Chromium through wasm-bindgen-test-runner).
//!
//! Most tests use the hand-made corpus of `tests/fixtures/corpus.json`; the reader needs the
//! articles' raw text, so its tests extract two made-up raw pages (`tests/fixtures/articles/`)
//! in the browser.
//! Every step is awaited with `yew::scheduler::flush()`; only the debounce test waits for a
//! timer (gloo-timers' `sleep`), because waiting is what it tests.
#![cfg(target_arch = "wasm32")]

mod harness;

use std::time::Duration;

use harness::{url_query, Mounted};
use newsline::components::search_box::DELAY_MS;
use newsline_extract::{extract, Article, Corpus};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

/// Two made-up raw pages (tests/fixtures/articles/), extracted as the build script does: one
/// with a printed date, one whose date is inferred, both with web furniture around the text.
fn articles() -> Corpus {
    let article = |name: &str, text: &str| Article::new(name, text.as_bytes().to_vec());
    extract(&[
        article("signed.txt", include_str!("fixtures/articles/signed.txt")),
        article("undated.txt", include_str!("fixtures/articles/undated.txt")),
    ])
}

#[wasm_bindgen_test]
async fn typing_applies_the_search_after_a_pause_and_shows_the_text_at_once() {
    let page = Mounted::fixture().await;
    let input = page.type_into("[data-testid=search]", "quarantine").await;
    assert_eq!(input.value(), "quarantine", "the box shows what is typed");
    assert_eq!(page.event_dates().len(), 15, "not applied while typing");
    assert_eq!(url_query().await, "");

    gloo_timers::future::sleep(Duration::from_millis(DELAY_MS + 100)).await;
    yew::scheduler::flush().await;
    assert_eq!(page.event_dates().len(), 1);
    assert_eq!(url_query().await, "?q=quarantine");
}

#[wasm_bindgen_test]
async fn enter_applies_the_search_at_once_and_later_keys_replace_the_url_entry() {
    let page = Mounted::fixture().await;
    let history = || web_sys::window().unwrap().history().unwrap().length().unwrap();
    let before = history();
    page.search("wto").await;
    assert!(page.event_dates().len() < 15);
    page.search("wto geneva").await;
    assert_eq!(url_query().await, "?q=wto%20geneva");
    assert_eq!(history(), before + 1, "one history entry per search");
}

#[wasm_bindgen_test]
async fn matches_are_marked_in_the_list_and_the_detail() {
    let page = Mounted::fixture().await;
    page.search("geneva").await;
    let marks = page.texts("[data-testid=event] mark");
    assert!(!marks.is_empty());
    assert!(marks.iter().all(|m| m.eq_ignore_ascii_case("geneva")), "{marks:?}");
    page.click("[data-testid=event]").await;
    let in_detail = page.texts("[data-testid=event-detail] mark");
    assert!(in_detail.iter().any(|m| m.eq_ignore_ascii_case("geneva")), "{in_detail:?}");

    page.search("").await;
    assert!(!page.has("mark"), "no search, no marks");
    assert_eq!(page.event_dates().len(), 15);
}

#[wasm_bindgen_test]
async fn active_filters_are_chips_and_removing_one_restores_the_events() {
    let page = Mounted::fixture().await;
    assert!(!page.has("[data-testid=active-filter]"));
    page.click("[data-testid=entity-facet][data-entity=\"Geneva\"]").await;
    page.search("second").await;
    let chips = page.texts("[data-testid=active-filter]");
    assert_eq!(chips.len(), 2, "{chips:?}");
    assert!(chips[0].contains("second") && chips[1].contains("Geneva"));
    let narrowed = page.event_dates().len();

    page.click("[data-testid=active-filter][data-entity=\"Geneva\"] button").await;
    assert_eq!(page.texts("[data-testid=active-filter]").len(), 1);
    let facet = page.one("[data-testid=entity-facet][data-entity=\"Geneva\"]");
    assert_eq!(facet.get_attribute("aria-pressed").as_deref(), Some("false"));
    assert!(page.event_dates().len() >= narrowed);

    page.click("[data-testid=active-filter] button").await;
    assert!(!page.has("[data-testid=active-filter]"));
    assert_eq!(page.event_dates().len(), 15);
    let input: HtmlInputElement = page.one("[data-testid=search]").dyn_into().unwrap();
    assert_eq!(input.value(), "", "removing the search chip empties the box");
}

#[wasm_bindgen_test]
async fn the_facet_filter_box_narrows_the_entity_lists_by_name_and_alias() {
    let page = Mounted::fixture().await;
    let names = || -> Vec<String> {
        page.all("[data-testid=entity-facet]")
            .iter()
            .map(|f| f.get_attribute("data-entity").unwrap())
            .collect()
    };
    let all = names().len();
    page.type_into("[data-testid=facet-filter]", "KIM").await;
    let kims = names();
    assert!(!kims.is_empty() && kims.len() < all);
    assert!(kims.iter().all(|n| n.to_lowercase().contains("kim")), "{kims:?}");

    // "WTO" is an alias, not a name.
    page.type_into("[data-testid=facet-filter]", "wto").await;
    assert_eq!(names(), ["World Trade Organization"]);

    page.type_into("[data-testid=facet-filter]", "atlantis").await;
    assert!(names().is_empty());
    assert!(page.one(".nl-facets").text_content().unwrap().contains("No entity matches"));
}

#[wasm_bindgen_test]
async fn long_facet_groups_fold_to_eight_with_a_show_all_toggle() {
    let page = Mounted::fixture().await;
    let people = || page.all("[aria-label=People] [data-testid=entity-facet]").len();
    let total_people = page.texts("[aria-label=People] .nl-link")[0].clone();
    assert_eq!(people(), 8);
    assert!(total_people.starts_with("Show all"));
    page.click("[aria-label=People] .nl-link").await;
    assert!(people() > 8);
}

#[wasm_bindgen_test]
async fn a_detail_chip_adds_a_filter_shown_as_an_active_chip() {
    let page = Mounted::fixture().await;
    page.click("[data-testid=event][data-date=\"2019-08-29\"]").await;
    page.click("[data-testid=detail-entity][data-entity=\"Kenji Kanasugi\"]").await;
    assert_eq!(page.event_dates().len(), 1);
    assert_eq!(page.texts("[data-testid=active-filter]").len(), 1);
    assert!(page.has("[data-testid=active-filter][data-entity=\"Kenji Kanasugi\"]"));
    let query = url_query().await;
    assert!(query.starts_with("?e=Kenji%20Kanasugi&"), "{query}");
}

#[wasm_bindgen_test]
async fn the_reader_opens_at_the_sentence_with_dates_and_entities_marked() {
    let page = Mounted::new(articles()).await;
    page.click("[data-testid=event][data-date=\"2021-04-20\"]").await;
    let source = page
        .all(".nl-source")
        .into_iter()
        .find(|s| s.text_content().unwrap().contains("undated.txt"))
        .unwrap();
    let sentence =
        source.query_selector("[data-testid=source-sentence]").unwrap().unwrap().text_content().unwrap();
    assert!(source.query_selector("[data-testid=entity-mention]").unwrap().is_some(), "{sentence}");
    source
        .query_selector("[data-testid=open-reader]")
        .unwrap()
        .unwrap()
        .dyn_into::<HtmlElement>()
        .unwrap()
        .click();
    yew::scheduler::flush().await;

    let reader = page.one("[data-testid=article-reader]");
    assert!(reader.text_content().unwrap().contains("Chile, Norway to hold first quota talks in Santiago"));
    assert!(
        page.one("[data-testid=published]").text_content().unwrap().contains("inferred"),
        "the inferred publication date says why"
    );
    let focus: String = page.texts("[data-testid=article-reader] .is-focus").concat();
    assert_eq!(
        focus.split_whitespace().collect::<Vec<_>>(),
        sentence.split_whitespace().collect::<Vec<_>>(),
        "the source sentence is emphasised"
    );
    let dates = page.all("[data-testid=article-reader] [data-testid=date-mention]");
    let april20 =
        dates.iter().find(|d| d.text_content().unwrap().contains("April 20")).expect("April 20 is marked");
    assert!(april20.title().starts_with("2021-04-20 · month day"), "{}", april20.title());
    let kinds: Vec<String> = page
        .all("[data-testid=article-reader] [data-testid=entity-mention]")
        .iter()
        .map(|e| e.class_name())
        .collect();
    assert!(kinds.iter().any(|c| c.contains("nl-entity--person")), "{kinds:?}");
    assert!(kinds.iter().any(|c| c.contains("nl-entity--place")), "{kinds:?}");
    assert!(!reader.text_content().unwrap().contains("Back To Top"), "the cleaned text has no boilerplate");
    let active = || web_sys::window().unwrap().document().unwrap().active_element();
    assert_eq!(active().as_ref(), Some(reader.as_ref()), "the reader takes the focus");

    // Tab stays inside the dialog: past the close button it wraps to the first button.
    let close = page.one("[data-testid=close-reader]");
    close.focus().unwrap();
    page.press(&close, "Tab").await;
    assert_eq!(active().and_then(|a| a.get_attribute("data-testid")).as_deref(), Some("raw-toggle"));
    // Shift+Tab before the first button wraps to the last.
    page.press_shifted(&page.one("[data-testid=raw-toggle]"), "Tab").await;
    assert_eq!(active().and_then(|a| a.get_attribute("data-testid")).as_deref(), Some("close-reader"));
}

#[wasm_bindgen_test]
async fn the_raw_toggle_greys_what_cleaning_dropped_and_escape_closes_the_reader() {
    let page = Mounted::new(articles()).await;
    page.click("[data-testid=event][data-date=\"2021-04-20\"]").await;
    let open = page
        .all(".nl-source")
        .into_iter()
        .find(|s| s.text_content().unwrap().contains("undated.txt"))
        .and_then(|s| s.query_selector("[data-testid=open-reader]").ok().flatten())
        .unwrap()
        .dyn_into::<HtmlElement>()
        .unwrap();
    open.click();
    yew::scheduler::flush().await;

    page.click("[data-testid=raw-toggle]").await;
    assert_eq!(page.one("[data-testid=raw-toggle]").get_attribute("aria-pressed").as_deref(), Some("true"));
    let dropped = page.texts("[data-testid=article-reader] .nl-dropped").concat();
    for boilerplate in ["Back To Top", "MOST POPULAR", "Читать далее"] {
        assert!(dropped.contains(boilerplate), "{boilerplate} is greyed: {dropped}");
    }
    let raw = page.one("[data-testid=raw-text]").text_content().unwrap();
    assert!(raw.contains("Pablo Rojas will sit down") && raw.contains("MOST POPULAR"));
    assert!(page.has("[data-testid=raw-text] .is-focus"), "the sentence stays emphasised in the raw page");

    let query = url_query().await;
    assert!(query.contains("&a=undated.txt&s="), "the open article is in the URL: {query}");
    page.press(&page.one("[data-testid=article-reader]"), "Escape").await;
    assert!(!page.has("[data-testid=article-reader]"));
    assert!(!url_query().await.contains("a="), "closing it takes it out of the URL");
    assert!(page.has("[data-testid=event-detail]"), "Escape closes the reader, not the detail");
    page.press(&page.one("[data-testid=event-detail]"), "Escape").await;
    assert!(!page.has("[data-testid=event-detail]"));
}

#[wasm_bindgen_test]
async fn a_url_naming_an_article_opens_the_reader_at_its_sentence() {
    let page = Mounted::new(articles()).await;
    page.click("[data-testid=event][data-date=\"2021-04-20\"]").await;
    page.all(".nl-source")
        .into_iter()
        .find(|s| s.text_content().unwrap().contains("undated.txt"))
        .and_then(|s| s.query_selector("[data-testid=open-reader]").ok().flatten())
        .unwrap()
        .dyn_into::<HtmlElement>()
        .unwrap()
        .click();
    yew::scheduler::flush().await;
    let query = url_query().await;
    let focus = page.texts("[data-testid=article-reader] .is-focus").concat();
    drop(page);

    let page = Mounted::at(articles(), &query).await;
    assert!(page.has("[data-testid=article-reader]"));
    assert_eq!(page.texts("[data-testid=article-reader] .is-focus").concat(), focus);
}
