//! One sentence reporting an event: the sentence, its article (title, outlet, publication date,
//! file) and how the event's date was read from it (the expression, its anchor, the rule).

use newsline_extract::Source;
use yew::prelude::*;

use crate::corpus::SharedCorpus;
use crate::format::date_label;

#[derive(Properties, PartialEq)]
pub struct SourceItemProps {
    pub source: Source,
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
    html! {
        <li class="nl-source">
            <blockquote class="nl-source__sentence">{ source.sentence.clone() }</blockquote>
            <p class="nl-source__cite">
                <span class="nl-source__title">{ title }</span>
                <span class="nl-source__outlet">{ outlet }</span>
                if let Some((date, inferred)) = published {
                    <span>{ format!("published {}{}", date_label(&date), if inferred { " (inferred)" } else { "" }) }</span>
                }
                <code class="nl-source__file">{ source.file.clone() }</code>
            </p>
            <p class="nl-source__provenance" data-testid="provenance">{ provenance }</p>
        </li>
    }
}
