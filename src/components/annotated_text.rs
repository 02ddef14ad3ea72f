//! A span of an article's raw text drawn with what the extraction found in it (see
//! [`crate::reader`]): date expressions (the tooltip gives the value and the rule), entity
//! mentions (a class per kind), the emphasised sentence (`is-focus`), search matches (`<mark>`)
//! and, when asked, the boilerplate cleaning dropped (greyed, `nl-dropped`).
//!
//! Whitespace is left to the stylesheet: collapsed in a sentence, kept in the raw page.

use newsline_extract::{DocId, Document, Span};
use yew::prelude::*;

use crate::corpus::SharedCorpus;
use crate::highlight::{find, SearchTerms};
use crate::reader::{date_title, segments, Layers, Segment};

#[derive(Properties, PartialEq)]
pub struct AnnotatedTextProps {
    pub doc: DocId,
    /// The span of the raw text to draw.
    pub within: Span,
    /// The sentence to emphasise.
    #[prop_or_default]
    pub focus: Option<Span>,
    /// Grey out what cleaning dropped (the raw page view).
    #[prop_or_default]
    pub show_dropped: bool,
}

#[component]
pub fn AnnotatedText(props: &AnnotatedTextProps) -> Html {
    let shared = use_context::<SharedCorpus>().expect("AnnotatedText is rendered inside the corpus context");
    let terms = use_context::<SearchTerms>().unwrap_or_default();
    let Some(doc) = shared.corpus.documents.get(props.doc.0 as usize) else {
        return html! {};
    };
    let raw = doc.raw.as_str();
    let matches = raw
        .get(props.within.start..props.within.end)
        .map(|text| {
            find(text, &terms.0).into_iter().map(|r| r.start + props.within.start..r.end + props.within.start)
        })
        .map(Iterator::collect::<Vec<_>>)
        .unwrap_or_default();
    let layers = Layers {
        kept: &doc.kept,
        dates: &doc.dates,
        entities: &doc.entities,
        focus: props.focus,
        matches: &matches,
    };
    html! {
        <>
            for segment in segments(raw, props.within, &layers) {
                { piece(doc, &segment, props.show_dropped) }
            }
        </>
    }
}

fn piece(doc: &Document, segment: &Segment, show_dropped: bool) -> Html {
    let text = &doc.raw[segment.start..segment.end];
    let inner = if segment.matched {
        html! { <mark class="nl-mark">{ text }</mark> }
    } else {
        html! { text }
    };
    let date = segment.date.and_then(|i| doc.dates.get(i));
    let entity = segment.entity.and_then(|i| doc.entities.get(i));
    let dropped = show_dropped && !segment.kept;
    if date.is_none() && entity.is_none() && !dropped && !segment.focus {
        return inner;
    }
    let class = classes!(
        date.map(|_| "nl-date"),
        entity.map(|e| vec!["nl-entity".to_string(), format!("nl-entity--{}", e.kind.as_str())]),
        dropped.then_some("nl-dropped"),
        segment.focus.then_some("is-focus"),
    );
    let title = match (date, entity) {
        (Some(d), _) => Some(date_title(d)),
        (None, Some(e)) => Some(format!("{} · {}", e.name, e.kind.as_str())),
        (None, None) => None,
    };
    let testid = if date.is_some() {
        Some("date-mention")
    } else if entity.is_some() {
        Some("entity-mention")
    } else {
        dropped.then_some("dropped")
    };
    html! {
        <span {class} {title} data-testid={testid} data-value={date.and_then(|d| d.value.clone())}
            data-entity={entity.map(|e| e.name.clone())}>
            { inner }
        </span>
    }
}
