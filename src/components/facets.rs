//! Entity filters: one group per kind with live counts, an all/any switch and "clear".

use std::rc::Rc;

use newsline_extract::query::{Combine, Facet};
use newsline_extract::{EntityId, EntityKind};
use yew::prelude::*;

use crate::components::facet_group::FacetGroup;

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
            }
            for kind in EntityKind::ALL {
                if props.facets.iter().any(|f| f.kind == kind) {
                    <FacetGroup key={kind.as_str()} {kind} facets={props.facets.clone()} on_toggle={props.on_toggle.clone()} />
                }
            }
        </nav>
    }
}
