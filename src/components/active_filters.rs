//! The filters in force as removable chips: one per selected entity and one for the search.
//! Nothing is drawn when no filter is active.

use std::collections::BTreeSet;

use newsline_extract::EntityId;
use yew::prelude::*;

use crate::corpus::SharedCorpus;

#[derive(Properties, PartialEq)]
pub struct ActiveFiltersProps {
    pub entities: BTreeSet<EntityId>,
    /// The applied search text.
    pub search: AttrValue,
    /// Removes one entity filter.
    pub on_remove: Callback<EntityId>,
    pub on_clear_search: Callback<()>,
}

#[component]
pub fn ActiveFilters(props: &ActiveFiltersProps) -> Html {
    let shared = use_context::<SharedCorpus>().expect("ActiveFilters is rendered inside the corpus context");
    let search = props.search.trim();
    if props.entities.is_empty() && search.is_empty() {
        return html! {};
    }
    let chip = |key: String, kind: &'static str, label: Html, name: String, onclick: Callback<MouseEvent>| {
        html! {
            <li key={key} class={classes!("nl-filter-chip", format!("nl-filter-chip--{kind}"))} data-testid="active-filter"
                data-entity={(kind != "search").then(|| name.clone())}>
                <span class="nl-filter-chip__label">{ label }</span>
                <button type="button" class="nl-filter-chip__remove" aria-label={format!("Remove filter {name}")}
                    title="Remove this filter" {onclick}>{ "×" }</button>
            </li>
        }
    };
    html! {
        <ul class="nl-active-filters" aria-label="Active filters" data-testid="active-filters">
            if !search.is_empty() {
                { chip(
                    "search".into(),
                    "search",
                    html! { <>{ "Search: " }<q>{ search.to_string() }</q></> },
                    format!("search “{search}”"),
                    props.on_clear_search.reform(|_| ()),
                ) }
            }
            for id in props.entities.iter().copied() {
                if let Some(entity) = shared.corpus.entities.get(id.0 as usize) {
                    { chip(
                        format!("e{}", id.0),
                        entity.kind.as_str(),
                        html! { entity.name.clone() },
                        entity.name.clone(),
                        props.on_remove.reform(move |_| id),
                    ) }
                }
            }
        </ul>
    }
}
