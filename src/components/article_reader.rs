//! The article reader: one article's cleaned text (its kept spans, a paragraph each) with date
//! expressions and entity mentions marked, the sentence being read emphasised and scrolled into
//! view, and a switch to the raw page with what cleaning dropped greyed out.
//!
//! It opens as a modal dialog over the explorer (full screen on narrow screens) and takes the
//! focus, which Tab and Shift+Tab keep inside it; closing it (the button, the backdrop, or
//! Escape, which the explorer handles) gives the focus back to what had it.

use newsline_extract::{DocId, Span};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

use crate::components::annotated_text::AnnotatedText;
use crate::corpus::SharedCorpus;
use crate::format::date_label;

#[derive(Properties, PartialEq)]
pub struct ArticleReaderProps {
    pub doc: DocId,
    /// The sentence to emphasise and show.
    #[prop_or_default]
    pub sentence: Option<Span>,
    pub on_close: Callback<()>,
}

#[component]
pub fn ArticleReader(props: &ArticleReaderProps) -> Html {
    let shared = use_context::<SharedCorpus>().expect("ArticleReader is rendered inside the corpus context");
    let show_raw = use_state_eq(|| false);
    let dialog = use_node_ref();
    let body = use_node_ref();

    // Take the focus when opened, give it back when closed.
    use_effect_with(dialog.clone(), |dialog| {
        let document = web_sys::window().and_then(|w| w.document());
        let before = document.as_ref().and_then(|d| d.active_element());
        if let Some(el) = dialog.cast::<HtmlElement>() {
            let _ = el.focus();
        }
        move || {
            if let Some(el) =
                before.filter(|e| e.is_connected()).and_then(|e| e.dyn_into::<HtmlElement>().ok())
            {
                let _ = el.focus();
            }
        }
    });
    // Bring the sentence to the middle of the text whenever the article, the sentence or the
    // view changes. Only the reader's body scrolls (`scrollIntoView` would move the page behind).
    use_effect_with((props.doc, props.sentence, *show_raw, body.clone()), |(_, _, _, body)| {
        let Some(body) = body.cast::<Element>() else { return };
        match body.query_selector(".is-focus").ok().flatten() {
            Some(first) => {
                let (at, frame) = (first.get_bounding_client_rect(), body.get_bounding_client_rect());
                let offset =
                    at.top() - frame.top() - (f64::from(body.client_height()) - at.height()).max(0.0) / 2.0;
                body.set_scroll_top(body.scroll_top() + offset.round() as i32);
            }
            None => body.set_scroll_top(0),
        }
    });

    // Tab past the last button wraps to the first, Shift+Tab before the first to the last.
    let trap_focus = {
        let dialog = dialog.clone();
        Callback::from(move |e: KeyboardEvent| {
            let Some(el) = dialog.cast::<Element>().filter(|_| e.key() == "Tab") else { return };
            let Ok(list) = el.query_selector_all("button:not([disabled])") else { return };
            let buttons: Vec<HtmlElement> =
                (0..list.length()).filter_map(|i| list.item(i)?.dyn_into().ok()).collect();
            let (Some(first), Some(last)) = (buttons.first(), buttons.last()) else { return };
            let active = web_sys::window().and_then(|w| w.document()).and_then(|d| d.active_element());
            let at = |b: &HtmlElement| active.as_ref().is_some_and(|a| a == b.as_ref() as &Element);
            let outside = !active.as_ref().is_some_and(|a| el.contains(Some(a)));
            let target = match e.shift_key() {
                true if at(first) || outside => last,
                false if at(last) || outside => first,
                _ => return,
            };
            e.prevent_default();
            let _ = target.focus();
        })
    };

    let Some(doc) = shared.corpus.documents.get(props.doc.0 as usize) else {
        return html! {};
    };
    let on_close = props.on_close.reform(|_: MouseEvent| ());
    let toggle_raw = {
        let show_raw = show_raw.clone();
        Callback::from(move |_: MouseEvent| show_raw.set(!*show_raw))
    };
    let published = doc.published.as_deref().map(|p| {
        let label = format!("Published {}", date_label(p));
        match (&doc.published_evidence, doc.published_inferred) {
            (Some(evidence), true) => {
                html! { <span data-testid="published">{ label }{ " — " }<em>{ evidence.clone() }</em></span> }
            }
            (evidence, _) => {
                html! { <span data-testid="published" title={evidence.clone()}>{ label }</span> }
            }
        }
    });
    let whole = Span { start: 0, end: doc.raw.len() };
    let kept_chars: usize =
        doc.kept.iter().filter_map(|s| doc.raw.get(s.start..s.end)).map(|t| t.chars().count()).sum();
    let body_html = if doc.raw.is_empty() {
        html! { <p class="nl-muted">{ "This corpus does not carry the article's text." }</p> }
    } else if *show_raw {
        html! {
            <div class="nl-reader__raw" data-testid="raw-text">
                <AnnotatedText doc={props.doc} within={whole} focus={props.sentence} show_dropped=true />
            </div>
        }
    } else {
        html! {
            <div class="nl-reader__text" data-testid="clean-text">
                for (i, span) in doc.kept.iter().enumerate() {
                    <p key={i}><AnnotatedText doc={props.doc} within={*span} focus={props.sentence} /></p>
                }
            </div>
        }
    };
    html! {
        <>
            <div class="nl-reader-backdrop" onclick={on_close.clone()} aria-hidden="true" />
            <article class="nl-reader" role="dialog" aria-modal="true" aria-labelledby="nl-reader-title"
                data-testid="article-reader" tabindex="-1" ref={dialog} onkeydown={trap_focus}>
                <header class="nl-reader__head">
                    <div class="nl-reader__bar">
                        <span class="nl-reader__outlet">{ doc.source.clone().unwrap_or_else(|| "Unknown outlet".into()) }</span>
                        <button type="button" class="nl-button" data-testid="raw-toggle" aria-pressed={show_raw.to_string()}
                            disabled={doc.raw.is_empty()} onclick={toggle_raw}>
                            { if *show_raw { "Show cleaned text" } else { "Show raw page" } }
                        </button>
                        <button type="button" class="nl-icon-button" aria-label="Close article" data-testid="close-reader"
                            onclick={on_close}>{ "×" }</button>
                    </div>
                    <h2 id="nl-reader-title" class="nl-reader__title">{ doc.title.clone() }</h2>
                    <p class="nl-reader__meta">
                        if let Some(author) = &doc.author {
                            <span>{ format!("By {author}") }</span>
                        }
                        { for published }
                        <code>{ doc.file.clone() }</code>
                    </p>
                    <p class="nl-reader__legend" aria-hidden="true">
                        if *show_raw {
                            <span class="nl-dropped">{ "greyed: dropped by cleaning" }</span>
                            <span>{ format!("{kept_chars} of {} characters kept", doc.raw.chars().count()) }</span>
                        } else {
                            <span class="nl-date">{ "date" }</span>
                            <span class="nl-entity nl-entity--person">{ "person" }</span>
                            <span class="nl-entity nl-entity--organization">{ "organization" }</span>
                            <span class="nl-entity nl-entity--place">{ "place" }</span>
                            <span class="nl-entity nl-entity--event">{ "other" }</span>
                        }
                    </p>
                </header>
                <div class="nl-reader__body" ref={body}>{ body_html }</div>
            </article>
        </>
    }
}
