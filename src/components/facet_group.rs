//! One kind's entity filters ("People"), the busiest first, long lists folded. A filter text
//! narrows the list to the entities whose name or an alias contains it (case-insensitively),
//! shown unfolded; a group with no such entity is not drawn.

use std::rc::Rc;

use newsline_extract::query::Facet;
use newsline_extract::{Entity, EntityId, EntityKind};
use yew::prelude::*;

use crate::corpus::SharedCorpus;
use crate::highlight::contains;

/// Entities shown before "Show all".
const FOLDED: usize = 8;

#[derive(Properties, PartialEq)]
pub struct FacetGroupProps {
    pub kind: EntityKind,
    /// All facets; this group shows those of `kind`, in the given order.
    pub facets: Rc<Vec<Facet>>,
    pub on_toggle: Callback<EntityId>,
    /// Only entities whose name or an alias contains this are listed; blank lists all.
    #[prop_or_default]
    pub filter: AttrValue,
}

#[component]
pub fn FacetGroup(props: &FacetGroupProps) -> Html {
    let shared = use_context::<SharedCorpus>().expect("FacetGroup is rendered inside the corpus context");
    let expanded = use_state(|| false);
    let needle = props.filter.trim();
    let mine: Vec<&Facet> = props
        .facets
        .iter()
        .filter(|f| f.kind == props.kind)
        .filter(|f| {
            needle.is_empty()
                || shared.corpus.entities.get(f.entity.0 as usize).is_some_and(|e| matches(e, needle))
        })
        .collect();
    if mine.is_empty() {
        return html! {};
    }
    // Selected entities stay visible even when folded away; a filtered list is never folded.
    let shown: Vec<&Facet> = if *expanded || !needle.is_empty() {
        mine.clone()
    } else {
        mine.iter().enumerate().filter(|(i, f)| *i < FOLDED || f.selected).map(|(_, f)| *f).collect()
    };
    let toggle_expanded = {
        let expanded = expanded.clone();
        Callback::from(move |_| expanded.set(!*expanded))
    };
    html! {
        <section class="nl-facet-group" aria-label={props.kind.plural_label()}>
            <h3>{ props.kind.plural_label() }</h3>
            <ul>
                for facet in shown {
                    { facet_button(&shared, facet, &props.on_toggle) }
                }
            </ul>
            if mine.len() > FOLDED && needle.is_empty() {
                <button type="button" class="nl-link" aria-expanded={expanded.to_string()} onclick={toggle_expanded}>
                    { if *expanded { "Show fewer".to_string() } else { format!("Show all {}", mine.len()) } }
                </button>
            }
        </section>
    }
}

/// Whether `entity`'s name or one of its aliases contains `needle`, case-insensitively.
pub fn matches(entity: &Entity, needle: &str) -> bool {
    contains(&entity.name, needle) || entity.aliases.iter().any(|a| contains(a, needle))
}

fn facet_button(shared: &SharedCorpus, facet: &Facet, on_toggle: &Callback<EntityId>) -> Html {
    let name =
        shared.corpus.entities.get(facet.entity.0 as usize).map(|e| e.name.clone()).unwrap_or_default();
    let id = facet.entity;
    let onclick = on_toggle.reform(move |_| id);
    html! {
        <li key={id.0}>
            <button
                type="button"
                class={classes!("nl-facet", facet.selected.then_some("is-selected"))}
                data-testid="entity-facet"
                data-entity={name.clone()}
                data-count={facet.count.to_string()}
                aria-pressed={facet.selected.to_string()}
                disabled={facet.count == 0 && !facet.selected}
                {onclick}
            >
                <span class="nl-facet__name">{ name }</span>
                <span class="nl-facet__count">{ facet.count }</span>
            </button>
        </li>
    }
}
