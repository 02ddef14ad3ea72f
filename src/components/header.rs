//! The page header: the corpus's name and what it holds.

use std::collections::BTreeSet;

use newsline_extract::TimeValue;
use yew::prelude::*;

use crate::corpus::SharedCorpus;

#[component]
pub fn Header() -> Html {
    let shared = use_context::<SharedCorpus>().expect("Header is rendered inside the corpus context");
    let corpus = &shared.corpus;
    let years = corpus.events.iter().filter_map(|e| TimeValue::parse_iso(&e.date)?.bounds()).fold(
        None,
        |acc: Option<(i16, i16)>, (a, b)| {
            Some(acc.map_or((a.year(), b.year()), |(lo, hi)| (lo.min(a.year()), hi.max(b.year()))))
        },
    );
    let plural = |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    let outlets: BTreeSet<&str> = corpus.documents.iter().filter_map(|d| d.source.as_deref()).collect();
    let mut counts = vec![
        plural(corpus.documents.len(), "article", "articles"),
        plural(outlets.len(), "outlet", "outlets"),
        plural(corpus.events.len(), "event", "events"),
        plural(corpus.entities.len(), "entity", "entities"),
    ];
    if let Some((lo, hi)) = years {
        counts.push(if lo == hi { lo.to_string() } else { format!("{lo} – {hi}") });
    }
    html! {
        <header class="nl-header">
            <div class="nl-brand" aria-hidden="true">
                <svg viewBox="0 0 24 24" width="28" height="28">
                    <path d="M3 12h18" />
                    <circle cx="6" cy="12" r="2.5" />
                    <circle cx="13" cy="12" r="2.5" />
                    <circle cx="19" cy="12" r="2.5" />
                </svg>
            </div>
            <div class="nl-header__text">
                <p class="nl-header__app">{ "Newsline" }</p>
                <h1 class="nl-header__title" data-testid="corpus-name">{ shared.name.clone() }</h1>
                <p class="nl-header__counts" data-testid="corpus-counts">{ counts.join(" · ") }</p>
            </div>
        </header>
    }
}
