//! Filtering, search and facet counting over a [`Corpus`]: what the timeline shows.
//!
//! [`query`] takes the corpus and the user's [`Filters`] and returns the matching events in date
//! order plus a live count for every entity, so the UI only renders what it is given.
//!
//! - Entity filters combine with [`Combine::All`] (an event must mention every selected entity)
//!   or [`Combine::Any`] (at least one).
//! - Search splits the text on whitespace; every term must occur, case-insensitively, in the
//!   event's summary, date, source sentences, source titles or outlets, or in the name or an
//!   alias of one of its entities. An empty search matches everything.
//! - An entity's count is the number of events it would show under the *other* filters: events
//!   that pass the search, mention the entity and, with `All`, every other selected entity.
//!
//! Limits: every call scans all events and lower-cases their text again (no index kept between
//! calls), which is fine for thousands of events, not for hundreds of thousands. Events whose
//! date does not parse sort last, in id order.

use std::collections::{BTreeSet, HashMap};

use crate::model::{Corpus, EntityId, EntityKind, Event, EventId};
use crate::timevalue::TimeValue;

/// How selected entities combine.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Combine {
    /// An event must mention every selected entity.
    #[default]
    All,
    /// An event must mention at least one selected entity.
    Any,
}

/// What the user asked to see.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filters {
    /// Selected entities; empty means no entity filter.
    pub entities: BTreeSet<EntityId>,
    pub combine: Combine,
    /// Free-text search; blank means no search.
    pub text: String,
}

/// One entity's live count.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Facet {
    pub entity: EntityId,
    pub kind: EntityKind,
    /// Events this entity would show under the other filters.
    pub count: usize,
    pub selected: bool,
}

/// The events to show and the facet counts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct QueryResult {
    /// Matching events in date order (earliest start first, then shorter spans first).
    pub events: Vec<EventId>,
    /// Every corpus entity, by kind (in [`EntityKind::ALL`] order), then count descending,
    /// then name.
    pub facets: Vec<Facet>,
}

/// Applies `filters` to `corpus`.
///
/// # Example
/// ```
/// use newsline_extract::{query::{query, Filters}, Corpus};
/// let result = query(&Corpus::default(), &Filters::default());
/// assert!(result.events.is_empty());
/// ```
pub fn query(corpus: &Corpus, filters: &Filters) -> QueryResult {
    let by_name: HashMap<&str, EntityId> = corpus.entities.iter().map(|e| (e.name.as_str(), e.id)).collect();
    let terms: Vec<String> = filters.text.split_whitespace().map(str::to_lowercase).collect();

    let mut counts: HashMap<EntityId, usize> = HashMap::new();
    let mut events: Vec<&Event> = Vec::new();
    for event in &corpus.events {
        if !matches_text(corpus, event, &terms, &by_name) {
            continue;
        }
        let mentioned: BTreeSet<EntityId> =
            event.entities.iter().filter_map(|name| by_name.get(name.as_str()).copied()).collect();
        let missing = filters.entities.difference(&mentioned).count();
        let passes = match filters.combine {
            _ if filters.entities.is_empty() => true,
            Combine::All => missing == 0,
            Combine::Any => missing < filters.entities.len(),
        };
        if passes {
            events.push(event);
        }
        for &id in &mentioned {
            let counts_here = match filters.combine {
                // The event mentions `id`, so with `id` selected too it stays only when it
                // lacks no other selected entity.
                Combine::All => missing == 0,
                Combine::Any => true,
            };
            if counts_here {
                *counts.entry(id).or_default() += 1;
            }
        }
    }

    events.sort_by_cached_key(|e| (date_key(&e.date), e.id));
    let mut facets: Vec<Facet> = corpus
        .entities
        .iter()
        .map(|e| Facet {
            entity: e.id,
            kind: e.kind,
            count: counts.get(&e.id).copied().unwrap_or(0),
            selected: filters.entities.contains(&e.id),
        })
        .collect();
    let kind_rank = |k: EntityKind| EntityKind::ALL.iter().position(|&x| x == k);
    let name = |id: EntityId| corpus.entities.get(id.0 as usize).map_or("", |e| e.name.as_str());
    facets.sort_by(|a, b| {
        (kind_rank(a.kind), std::cmp::Reverse(a.count), name(a.entity)).cmp(&(
            kind_rank(b.kind),
            std::cmp::Reverse(b.count),
            name(b.entity),
        ))
    });
    QueryResult { events: events.into_iter().map(|e| e.id).collect(), facets }
}

/// Sort key: first and last day as `(year, month, day)`, unparsable dates after all others.
fn date_key(iso: &str) -> (bool, (i16, i8, i8), (i16, i8, i8)) {
    match TimeValue::parse_iso(iso).and_then(|v| v.bounds()) {
        Some((a, b)) => (false, (a.year(), a.month(), a.day()), (b.year(), b.month(), b.day())),
        None => (true, (0, 0, 0), (0, 0, 0)),
    }
}

fn matches_text(corpus: &Corpus, event: &Event, terms: &[String], by_name: &HashMap<&str, EntityId>) -> bool {
    if terms.is_empty() {
        return true;
    }
    let mut haystack = format!("{}\n{}\n", event.summary, event.date);
    for source in &event.sources {
        haystack.push_str(&source.sentence);
        haystack.push('\n');
        if let Some(doc) = corpus.documents.get(source.doc.0 as usize) {
            haystack.push_str(&doc.title);
            haystack.push('\n');
            haystack.push_str(doc.source.as_deref().unwrap_or(""));
            haystack.push('\n');
        }
    }
    for name in &event.entities {
        haystack.push_str(name);
        haystack.push('\n');
        let entity = by_name.get(name.as_str()).and_then(|id| corpus.entities.get(id.0 as usize));
        for alias in entity.map(|e| e.aliases.as_slice()).unwrap_or_default() {
            haystack.push_str(alias);
            haystack.push('\n');
        }
    }
    let haystack = haystack.to_lowercase();
    terms.iter().all(|t| haystack.contains(t.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{DocId, Document, Entity, Source};

    fn entity(id: u32, name: &str, kind: EntityKind, aliases: &[&str]) -> Entity {
        Entity {
            id: EntityId(id),
            name: name.into(),
            kind,
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
            roles: vec![],
            files: vec![],
            mentions: 0,
            conflicts: vec![],
        }
    }

    fn event(id: u32, date: &str, summary: &str, entities: &[&str]) -> Event {
        Event {
            id: EventId(id),
            date: date.into(),
            summary: summary.into(),
            entities: entities.iter().map(|e| e.to_string()).collect(),
            sources: vec![Source {
                file: "a.txt".into(),
                doc: DocId(0),
                sentence: format!("{summary}, officials said."),
                start: 0,
                end: 0,
                date_mention: 0,
            }],
        }
    }

    fn corpus() -> Corpus {
        Corpus {
            documents: vec![Document {
                file: "a.txt".into(),
                title: "Trade talks resume".into(),
                source: Some("Yonhap".into()),
                ..Default::default()
            }],
            entities: vec![
                entity(0, "South Korea", EntityKind::Place, &["S. Korean"]),
                entity(1, "Japan", EntityKind::Place, &["Japanese"]),
                entity(2, "World Trade Organization", EntityKind::Organization, &["WTO"]),
                entity(3, "Hong Nam-ki", EntityKind::Person, &["Hong"]),
            ],
            events: vec![
                event(0, "2019-11-19", "Seoul and Tokyo meet in Geneva", &["South Korea", "Japan"]),
                event(1, "2019-07", "Japan tightens export rules", &["Japan"]),
                event(
                    2,
                    "2019-11-20",
                    "Complaint filed at the WTO",
                    &["South Korea", "World Trade Organization"],
                ),
                event(3, "1910/1945", "Colonial rule", &["Japan", "South Korea"]),
                event(4, "not a date", "Undated remark", &[]),
            ],
        }
    }

    fn ids(filters: &Filters) -> Vec<u32> {
        query(&corpus(), filters).events.iter().map(|e| e.0).collect()
    }

    fn count(filters: &Filters, entity: u32) -> usize {
        query(&corpus(), filters).facets.iter().find(|f| f.entity == EntityId(entity)).unwrap().count
    }

    fn with(entities: &[u32], combine: Combine, text: &str) -> Filters {
        Filters { entities: entities.iter().map(|&i| EntityId(i)).collect(), combine, text: text.into() }
    }

    #[test]
    fn no_filters_returns_every_event_in_date_order_with_undated_last() {
        assert_eq!(ids(&Filters::default()), [3, 1, 0, 2, 4]);
    }

    #[test]
    fn all_requires_every_selected_entity() {
        assert_eq!(ids(&with(&[0, 1], Combine::All, "")), [3, 0]);
        assert_eq!(ids(&with(&[2, 1], Combine::All, "")), Vec::<u32>::new());
    }

    #[test]
    fn any_accepts_one_selected_entity() {
        assert_eq!(ids(&with(&[2, 3], Combine::Any, "")), [2]);
        assert_eq!(ids(&with(&[2, 1], Combine::Any, "")), [3, 1, 0, 2]);
    }

    #[test]
    fn search_is_case_insensitive_and_needs_every_term() {
        assert_eq!(ids(&with(&[], Combine::All, "GENEVA")), [0]);
        assert_eq!(ids(&with(&[], Combine::All, "japan rules")), [1]);
        assert_eq!(ids(&with(&[], Combine::All, "japan nowhere")), Vec::<u32>::new());
        assert_eq!(ids(&with(&[], Combine::All, "   ")), [3, 1, 0, 2, 4]);
    }

    #[test]
    fn search_reaches_aliases_sentences_titles_outlets_and_dates() {
        assert_eq!(ids(&with(&[], Combine::All, "wto")), [2]);
        assert_eq!(ids(&with(&[], Combine::All, "s. korean")), [3, 0, 2]);
        assert_eq!(ids(&with(&[], Combine::All, "officials")).len(), 5);
        assert_eq!(ids(&with(&[], Combine::All, "yonhap")).len(), 5);
        assert_eq!(ids(&with(&[], Combine::All, "2019-11")), [0, 2]);
    }

    #[test]
    fn search_and_entities_combine() {
        assert_eq!(ids(&with(&[1], Combine::All, "geneva")), [0]);
    }

    #[test]
    fn counts_follow_the_other_filters() {
        let none = Filters::default();
        assert_eq!((count(&none, 0), count(&none, 1), count(&none, 2), count(&none, 3)), (3, 3, 1, 0));
        let japan = with(&[1], Combine::All, "");
        // Selecting South Korea as well would leave the two events that mention both.
        assert_eq!((count(&japan, 0), count(&japan, 1), count(&japan, 2)), (2, 3, 0));
        let search = with(&[], Combine::All, "geneva");
        assert_eq!((count(&search, 0), count(&search, 2)), (1, 0));
        let any = with(&[2], Combine::Any, "");
        assert_eq!(count(&any, 1), 3);
    }

    #[test]
    fn facets_are_grouped_by_kind_then_sorted_by_count() {
        let facets = query(&corpus(), &with(&[2], Combine::All, "")).facets;
        let order: Vec<(EntityKind, u32, bool)> =
            facets.iter().map(|f| (f.kind, f.entity.0, f.selected)).collect();
        assert_eq!(
            order,
            [
                (EntityKind::Person, 3, false),
                (EntityKind::Organization, 2, true),
                (EntityKind::Place, 0, false),
                (EntityKind::Place, 1, false),
            ]
        );
    }

    #[test]
    fn an_empty_corpus_gives_an_empty_result() {
        assert_eq!(query(&Corpus::default(), &with(&[7], Combine::Any, "x")), QueryResult::default());
    }
}
