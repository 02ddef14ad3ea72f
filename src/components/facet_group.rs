//! One kind's entity filters ("People"), the busiest first, long lists folded.

use std::rc::Rc;

use newsline_extract::query::Facet;
use newsline_extract::{EntityId, EntityKind};
use yew::prelude::*;

use crate::corpus::SharedCorpus;

/// Entities shown before "Show all".
const FOLDED: usize = 8;

#[derive(Properties, PartialEq)]
pub struct FacetGroupProps {
    pub kind: EntityKind,
    /// All facets; this group shows those of `kind`, in the given order.
    pub facets: Rc<Vec<Facet>>,
    pub on_toggle: Callback<EntityId>,
}

#[component]
pub fn FacetGroup(props: &FacetGroupProps) -> Html {
    let shared = use_context::<SharedCorpus>().expect("FacetGroup is rendered inside the corpus context");
    let expanded = use_state(|| false);
    let mine: Vec<&Facet> = props.facets.iter().filter(|f| f.kind == props.kind).collect();
    // Selected entities stay visible even when folded away.
    let shown: Vec<&Facet> = if *expanded {
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
            if mine.len() > FOLDED {
                <button type="button" class="nl-link" aria-expanded={expanded.to_string()} onclick={toggle_expanded}>
                    { if *expanded { "Show fewer".to_string() } else { format!("Show all {}", mine.len()) } }
                </button>
            }
        </section>
    }
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
