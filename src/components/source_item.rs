//! One sentence reporting an event: the sentence with its entities, dates and search matches
//! marked, its article (title, outlet, publication date, file), how the event's date was read
//! from it (the expression, its anchor, the rule) and a button to read it in the article.
//!
//! The sentence is drawn from the article's raw text when the corpus carries it (so the
//! extraction's offsets apply); otherwise from the collapsed sentence, with search marks only.

use newsline_extract::{Source, Span};
use yew::prelude::*;

use crate::components::annotated_text::AnnotatedText;
use crate::components::highlighted::Highlighted;
use crate::corpus::SharedCorpus;
use crate::format::date_label;

#[derive(Properties, PartialEq)]
pub struct SourceItemProps {
    pub source: Source,
    /// Opens the article in the reader at this sentence.
    pub on_read: Callback<()>,
}

#[component]
pub fn SourceItem(props: &SourceItemProps) -> Html {
    let shared = use_context::<SharedCorpus>().expect("SourceItem is rendered inside the corpus context");
    let source = &props.source;
    let doc = shared.corpus.documents.get(source.doc.0 as usize);
    let title = doc.map_or(source.file.clone(), |d| d.title.clone());
    let outlet = doc.and_then(|d| d.source.clone()).unwrap_or_else(|| "Unknown outlet".into());
    let published = doc.and_then(|d| d.published.clone().map(|p| (p, d.published_inferred)));
    let mention = doc.and_then(|d| d.dates.get(source.date_mention));
    let provenance = match mention {
        Some(m) => {
            let value = m.value.as_deref().map_or_else(|| "unresolved".to_string(), date_label);
            let anchor = m.anchor.as_deref().map(|a| format!(" — {a}")).unwrap_or_default();
            html! {
                <>
                    { "Dated by " }<q>{ m.text.clone() }</q>{ format!(" → {value}{anchor}") }
                    <span class="nl-rule">{ format!("rule: {}", m.rule) }</span>
                </>
            }
        }
        None => html! { { "The date expression for this sentence was not recorded." } },
    };
    let span = Span { start: source.start, end: source.end };
    let has_raw =
        doc.is_some_and(|d| source.start < source.end && d.raw.get(source.start..source.end).is_some());
    let on_read = props.on_read.reform(|_: MouseEvent| ());
    html! {
        <li class="nl-source">
            <blockquote class="nl-source__sentence" data-testid="source-sentence">
                if has_raw {
                    <AnnotatedText doc={source.doc} within={span} />
                } else {
                    <Highlighted text={source.sentence.clone()} />
                }
            </blockquote>
            <p class="nl-source__cite">
                <span class="nl-source__title">{ title }</span>
                <span class="nl-source__outlet">{ outlet }</span>
                if let Some((date, inferred)) = published {
                    <span>{ format!("published {}{}", date_label(&date), if inferred { " (inferred)" } else { "" }) }</span>
                }
                <code class="nl-source__file">{ source.file.clone() }</code>
            </p>
            <p class="nl-source__provenance" data-testid="provenance">{ provenance }</p>
            if has_raw {
                <button type="button" class="nl-button nl-source__read" data-testid="open-reader" onclick={on_read}>
                    { "Read in article" }
                </button>
            }
        </li>
    }
}
