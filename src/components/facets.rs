//! Entity filters: one group per kind with live counts, an all/any switch, "clear", and a
//! filter box that narrows every group to the entities whose name or alias contains its text.

use std::rc::Rc;

use newsline_extract::query::{Combine, Facet};
use newsline_extract::{EntityId, EntityKind};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::components::facet_group::{matches, FacetGroup};
use crate::corpus::SharedCorpus;

#[derive(Properties, PartialEq)]
pub struct FacetsProps {
    pub facets: Rc<Vec<Facet>>,
    pub combine: Combine,
    /// Whether any filter (entities or search) is active.
    pub filtered: bool,
    pub on_toggle: Callback<EntityId>,
    pub on_combine: Callback<Combine>,
    pub on_clear: Callback<()>,
}

#[component]
pub fn Facets(props: &FacetsProps) -> Html {
    let shared = use_context::<SharedCorpus>().expect("Facets is rendered inside the corpus context");
    let filter = use_state_eq(String::new);
    let on_filter = {
        let filter = filter.clone();
        Callback::from(move |e: InputEvent| filter.set(e.target_unchecked_into::<HtmlInputElement>().value()))
    };
    let needle = filter.trim();
    let nothing_matches = !needle.is_empty() && !shared.corpus.entities.iter().any(|e| matches(e, needle));
    let mode = |combine: Combine, label: &'static str, hint: &'static str| {
        let pressed = props.combine == combine;
        let onclick = props.on_combine.reform(move |_| combine);
        html! {
            <button type="button" class="nl-segment" aria-pressed={pressed.to_string()} title={hint} {onclick}>
                { label }
            </button>
        }
    };
    let on_clear = props.on_clear.reform(|_| ());
    html! {
        <nav class="nl-facets" aria-label="Filter by entity">
            <div class="nl-facets__head">
                <div>
                    <span class="nl-facets__label" aria-hidden="true">{ "Match" }</span>
                    <span class="nl-segments" role="group" aria-label="Match selected entities">
                        { mode(Combine::All, "all", "Events that mention every selected entity") }
                        { mode(Combine::Any, "any", "Events that mention at least one selected entity") }
                    </span>
                </div>
                <button type="button" class="nl-link" data-testid="clear-filters" disabled={!props.filtered} onclick={on_clear}>
                    { "Clear" }
                </button>
            </div>
            if props.facets.is_empty() {
                <p class="nl-muted">{ "No entities were found in this corpus." }</p>
            } else {
                <label class="nl-facet-filter">
                    <span class="nl-visually-hidden">{ "Filter entities by name" }</span>
                    <input type="search" data-testid="facet-filter" placeholder="Filter entities…" autocomplete="off"
                        value={(*filter).clone()} oninput={on_filter} />
                </label>
            }
            if nothing_matches {
                <p class="nl-muted nl-facets__none">{ format!("No entity matches “{needle}”.") }</p>
            }
            for kind in EntityKind::ALL {
                if props.facets.iter().any(|f| f.kind == kind) {
                    <FacetGroup key={kind.as_str()} {kind} facets={props.facets.clone()} on_toggle={props.on_toggle.clone()}
                        filter={AttrValue::from(needle.to_string())} />
                }
            }
        </nav>
    }
}
