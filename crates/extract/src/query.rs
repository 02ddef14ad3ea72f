//! Filtering, search and facet counting over a [`Corpus`]: what the timeline shows.
//!
//! [`Index::query`] takes the user's [`Filters`] and returns the matching events in date order
//! plus a live count for every entity, so the UI only renders what it is given.
//!
//! - Entity filters combine with [`Combine::All`] (an event must mention every selected entity)
//!   or [`Combine::Any`] (at least one).
//! - Search splits the text on whitespace; every term must occur, case-insensitively, in the
//!   event's summary, date, source sentences, source titles or outlets, or in the name or an
//!   alias of one of its entities. An empty search matches everything.
//! - A [`DateRange`] keeps the events whose dates overlap it (a month-level event is in a range
//!   that holds one of its days); events whose date does not parse are never in a range.
//! - An entity's count is the number of events it would show under the *other* filters: events
//!   that pass the search and the range, mention the entity and, with `All`, every other
//!   selected entity.
//!
//! Approach: [`Index::new`] does the per-corpus work once (lower-cased text, every event's
//! entities and day bounds, the date order, each entity's events), so a query is one pass over
//! the events in date order, or only over the rarest selected entity's events with `All`. A
//! search term is looked for once in the events' text laid end to end, once per article title
//! and once per entity, not once per event and field; an event's text is read only when it
//! holds all of the term's trigrams (hashed into 512 bits; one bitset of events per bit, built
//! by the first search). [`query`] builds a throwaway index, for
//! one-off calls. Limits: substring search (no word boundaries, no stemming); events whose date
//! does not parse sort last, in id order.

use std::collections::{BTreeSet, HashMap};

use jiff::civil::Date;

use crate::fxhash::FastMap;
use crate::model::{Corpus, EntityId, EntityKind, EventId};
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

/// Days from `first` to `last`, both included.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct DateRange {
    pub first: Date,
    pub last: Date,
}

impl DateRange {
    /// The range between two days, in whichever order they come.
    pub fn new(a: Date, b: Date) -> DateRange {
        DateRange { first: a.min(b), last: a.max(b) }
    }

    /// True when the days `first..=last` share at least one day with the range.
    pub fn overlaps(&self, first: Date, last: Date) -> bool {
        first <= self.last && self.first <= last
    }
}

/// What the user asked to see.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filters {
    /// Selected entities; empty means no entity filter.
    pub entities: BTreeSet<EntityId>,
    pub combine: Combine,
    /// Free-text search; blank means no search.
    pub text: String,
    /// Only events that overlap these days; `None` means every date.
    pub range: Option<DateRange>,
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

/// Applies `filters` to `corpus` with an index built for this call alone; keep an [`Index`]
/// to query one corpus many times.
///
/// # Example
/// ```
/// use newsline_extract::{query::{query, Filters}, Corpus};
/// let result = query(&Corpus::default(), &Filters::default());
/// assert!(result.events.is_empty());
/// ```
pub fn query(corpus: &Corpus, filters: &Filters) -> QueryResult {
    Index::new(corpus).query(filters)
}

/// What every query over one corpus needs, computed once. Events are stored by rank, their
/// place in date order, so a query reads memory front to back; entities by their position in
/// the corpus's list.
#[derive(Debug, Clone, Default)]
pub struct Index {
    ids: Vec<EventId>,
    /// First and last day of each event, `None` when its date does not parse.
    bounds: Vec<Option<(Date, Date)>>,
    /// The entities of the event ranked `r` are `entity_list[entity_start[r]..entity_start[r + 1]]`,
    /// sorted, without repeats.
    entity_start: Vec<u32>,
    entity_list: Vec<u32>,
    /// Each entity's events as ranks, ascending.
    by_entity: Vec<Vec<u32>>,
    /// Lower-cased summary, date and sentences of every event, each line followed by `\n`;
    /// the summary is left out when a sentence holds it already.
    text: String,
    /// Where each event's part of `text` starts, and the end of `text` last.
    text_start: Vec<usize>,
    /// Each event's documents, as for entities.
    doc_start: Vec<u32>,
    doc_list: Vec<u32>,
    /// Lower-cased title and outlet of each document.
    doc_text: Vec<String>,
    /// Lower-cased name and aliases of each entity.
    entity_text: Vec<String>,
    entity_ids: Vec<EntityId>,
    entity_kinds: Vec<EntityKind>,
    /// Each entity's place in name order, to sort facets without comparing strings.
    name_rank: Vec<u32>,
    position: HashMap<EntityId, u32>,
    /// Which events' texts hold each trigram ([`TrigramColumns`]), built by the first search.
    trigrams: std::sync::OnceLock<TrigramColumns>,
}

/// The set of an event text's byte trigrams, hashed into 512 bits: a term whose trigrams are
/// not all in it cannot occur in the text, so a search reads only the texts that pass (about a
/// tenth at 100,000 events for a five-letter word). Over 250 bytes of text about a third of
/// the bits are set.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Signature([u64; 8]);

impl Signature {
    fn of(text: &[u8]) -> Signature {
        let mut bits = [0u64; 8];
        for w in text.windows(3) {
            let h = trigram_bit(w);
            bits[h / 64] |= 1 << (h % 64);
        }
        Signature(bits)
    }

    /// The trigram bits set in it.
    fn bits(&self) -> impl Iterator<Item = usize> + '_ {
        self.0.iter().enumerate().flat_map(|(i, &word)| set_bits(word).map(move |b| i * 64 + b))
    }
}

/// The events' [`Signature`]s turned on their side: for each of the 512 trigram bits, a bitset
/// of the events (by rank) whose text has it. A term's candidates are then the AND of its few
/// bits' columns (a few thousand words at 100,000 events) instead of a test of every event's
/// signature; the memory is the same, one bit per event and trigram bit.
#[derive(Debug, Clone)]
struct TrigramColumns {
    /// `u64`s per column: one bit per event.
    width: usize,
    columns: Vec<u64>,
}

impl TrigramColumns {
    fn new<'t>(texts: impl Iterator<Item = &'t [u8]>, events: usize) -> TrigramColumns {
        let width = events.div_ceil(64);
        let mut columns = vec![0u64; 512 * width];
        for (rank, text) in texts.enumerate() {
            for bit in Signature::of(text).bits() {
                columns[bit * width + rank / 64] |= 1 << (rank % 64);
            }
        }
        TrigramColumns { width, columns }
    }

    /// The events whose text may hold `term`: those with every one of its trigrams.
    fn candidates(&self, term: &[u8], events: usize) -> Vec<u64> {
        let mut out = vec![u64::MAX; self.width];
        if !events.is_multiple_of(64) {
            if let Some(last) = out.last_mut() {
                *last = (1 << (events % 64)) - 1;
            }
        }
        for bit in Signature::of(term).bits() {
            let column = &self.columns[bit * self.width..(bit + 1) * self.width];
            for (word, &col) in out.iter_mut().zip(column) {
                *word &= col;
            }
        }
        out
    }
}

/// The positions of the bits set in `word`, lowest first.
fn set_bits(mut word: u64) -> impl Iterator<Item = usize> {
    std::iter::from_fn(move || {
        (word != 0).then(|| {
            let bit = word.trailing_zeros() as usize;
            word &= word - 1;
            bit
        })
    })
}

/// One of 512 bits for a trigram (a multiplicative hash of its three bytes).
fn trigram_bit(w: &[u8]) -> usize {
    let x = u32::from(w[0]) | u32::from(w[1]) << 8 | u32::from(w[2]) << 16;
    (x.wrapping_mul(0x9E37_79B1) >> 23) as usize
}

/// Days since 1970-01-01 (negative before), by arithmetic on the proleptic Gregorian calendar
/// (Howard Hinnant's `days_from_civil`): cheap enough to run for every event of a corpus.
pub fn day_number(date: Date) -> i32 {
    let (y, m, d) = (i32::from(date.year()), i32::from(date.month()), i32::from(date.day()));
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let year_of_era = y - era * 400;
    let day_of_year = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// Appends `text` lower-cased to `out`, bytewise when it is ASCII (most news text).
fn push_lower(out: &mut String, text: &str) {
    if text.is_ascii() {
        let start = out.len();
        out.push_str(text);
        out[start..].make_ascii_lowercase();
    } else {
        out.push_str(&text.to_lowercase());
    }
}

impl Index {
    /// Indexes `corpus`.
    pub fn new(corpus: &Corpus) -> Index {
        let by_name: FastMap<&str, u32> =
            corpus.entities.iter().enumerate().map(|(i, e)| (e.name.as_str(), i as u32)).collect();
        let lower = |parts: &[&str]| {
            let mut out = String::new();
            for part in parts {
                push_lower(&mut out, part);
                out.push('\n');
            }
            out
        };
        let mut index = Index {
            doc_text: corpus
                .documents
                .iter()
                .map(|d| lower(&[&d.title, d.source.as_deref().unwrap_or("")]))
                .collect(),
            entity_text: corpus
                .entities
                .iter()
                .map(|e| {
                    lower(&std::iter::once(&e.name).chain(&e.aliases).map(String::as_str).collect::<Vec<_>>())
                })
                .collect(),
            entity_ids: corpus.entities.iter().map(|e| e.id).collect(),
            entity_kinds: corpus.entities.iter().map(|e| e.kind).collect(),
            position: corpus.entities.iter().enumerate().map(|(i, e)| (e.id, i as u32)).collect(),
            by_entity: vec![Vec::new(); corpus.entities.len()],
            entity_start: vec![0],
            doc_start: vec![0],
            ..Index::default()
        };

        let bounds: Vec<Option<(Date, Date)>> =
            corpus.events.iter().map(|e| TimeValue::parse_iso(&e.date).and_then(|v| v.bounds())).collect();
        // Sorted by one integer per event: undated last, then first day, last day and id.
        let mut keyed: Vec<(u128, usize)> = bounds
            .iter()
            .zip(&corpus.events)
            .enumerate()
            .map(|(i, (b, e))| {
                let days = |d: Date| u128::from((i64::from(day_number(d)) + (1 << 31)) as u32);
                let key = match *b {
                    Some((first, last)) => (days(first) << 64) | (days(last) << 32),
                    None => 1 << 96,
                };
                (key | u128::from(e.id.0), i)
            })
            .collect();
        keyed.sort_unstable();
        let order: Vec<usize> = keyed.into_iter().map(|(_, i)| i).collect();
        let (mut summary, mut sentences, mut unknown) = (String::new(), String::new(), Vec::new());
        for (rank, &i) in order.iter().enumerate() {
            let event = &corpus.events[i];
            index.ids.push(event.id);
            index.bounds.push(bounds[i]);

            unknown.clear();
            let mut entities: Vec<u32> = Vec::with_capacity(event.entities.len());
            for name in &event.entities {
                match by_name.get(name.as_str()) {
                    Some(&e) => entities.push(e),
                    None => unknown.push(name.as_str()),
                }
            }
            entities.sort_unstable();
            entities.dedup();
            for &e in &entities {
                index.by_entity[e as usize].push(rank as u32);
            }
            index.entity_list.extend(entities);
            index.entity_start.push(index.entity_list.len() as u32);

            let mut docs: Vec<u32> = event
                .sources
                .iter()
                .map(|s| s.doc.0)
                .filter(|&d| (d as usize) < corpus.documents.len())
                .collect();
            docs.sort_unstable();
            docs.dedup();
            index.doc_list.extend(docs);
            index.doc_start.push(index.doc_list.len() as u32);

            index.text_start.push(index.text.len());
            summary.clear();
            push_lower(&mut summary, &event.summary);
            sentences.clear();
            for source in &event.sources {
                push_lower(&mut sentences, &source.sentence);
                sentences.push('\n');
            }
            if !sentences.starts_with(summary.as_str()) {
                index.text.push_str(&summary);
                index.text.push('\n');
            }
            push_lower(&mut index.text, &event.date);
            index.text.push('\n');
            index.text.push_str(&sentences);
            // A name the corpus has no entity for is still searchable text of its event.
            for name in &unknown {
                push_lower(&mut index.text, name);
                index.text.push('\n');
            }
        }
        index.text_start.push(index.text.len());

        let mut by_name_order: Vec<u32> = (0..corpus.entities.len() as u32).collect();
        by_name_order
            .sort_by(|&a, &b| corpus.entities[a as usize].name.cmp(&corpus.entities[b as usize].name));
        index.name_rank = vec![0; corpus.entities.len()];
        for (rank, &e) in by_name_order.iter().enumerate() {
            index.name_rank[e as usize] = rank as u32;
        }
        index
    }

    fn entities_of(&self, rank: usize) -> &[u32] {
        &self.entity_list[self.entity_start[rank] as usize..self.entity_start[rank + 1] as usize]
    }

    fn docs_of(&self, rank: usize) -> &[u32] {
        &self.doc_list[self.doc_start[rank] as usize..self.doc_start[rank + 1] as usize]
    }

    /// Applies `filters` to the indexed corpus.
    pub fn query(&self, filters: &Filters) -> QueryResult {
        let selected: Vec<u32> =
            filters.entities.iter().filter_map(|id| self.position.get(id).copied()).collect();
        // A selected entity the corpus does not have is never mentioned.
        let unknown = filters.entities.len() - selected.len();
        let terms: Vec<String> = filters.text.split_whitespace().map(str::to_lowercase).collect();
        let text_match = (!terms.is_empty()).then(|| self.text_matches(&terms));

        let mut counts = vec![0usize; self.entity_ids.len()];
        let mut events = Vec::new();
        let mut visit = |rank: usize| {
            if let Some(range) = filters.range {
                if !self.bounds[rank].is_some_and(|(a, b)| range.overlaps(a, b)) {
                    return;
                }
            }
            if text_match.as_ref().is_some_and(|m| !m[rank]) {
                return;
            }
            let mentioned = self.entities_of(rank);
            let missing = unknown + selected.iter().filter(|s| mentioned.binary_search(s).is_err()).count();
            let passes = match filters.combine {
                _ if filters.entities.is_empty() => true,
                Combine::All => missing == 0,
                Combine::Any => missing < filters.entities.len(),
            };
            if passes {
                events.push(self.ids[rank]);
            }
            // With `All`, the event stays with an entity of its own selected too only when it
            // lacks no other selected entity.
            if filters.combine == Combine::Any || missing == 0 {
                for &e in mentioned {
                    counts[e as usize] += 1;
                }
            }
        };
        let rarest = selected.iter().min_by_key(|&&e| self.by_entity[e as usize].len());
        match rarest {
            // With `All`, only events of every selected entity pass or count.
            Some(&e) if filters.combine == Combine::All && unknown == 0 => {
                for &rank in &self.by_entity[e as usize] {
                    visit(rank as usize);
                }
            }
            _ if filters.combine == Combine::All && unknown > 0 => {}
            _ => (0..self.ids.len()).for_each(&mut visit),
        }

        let mut facets: Vec<Facet> = (0..self.entity_ids.len())
            .map(|e| Facet {
                entity: self.entity_ids[e],
                kind: self.entity_kinds[e],
                count: counts[e],
                selected: filters.entities.contains(&self.entity_ids[e]),
            })
            .collect();
        let kind_rank = |k: EntityKind| EntityKind::ALL.iter().position(|&x| x == k);
        let name_rank = |id: EntityId| self.position.get(&id).map(|&e| self.name_rank[e as usize]);
        facets.sort_by_key(|f| (kind_rank(f.kind), std::cmp::Reverse(f.count), name_rank(f.entity)));
        QueryResult { events, facets }
    }

    /// Builds what a text search needs (which events' texts hold each trigram) if no search has
    /// yet: a host calls it when idle, so the first search is as quick as the next.
    pub fn prepare_search(&self) {
        self.trigrams();
    }

    fn trigrams(&self) -> &TrigramColumns {
        self.trigrams.get_or_init(|| {
            let texts = (0..self.ids.len()).map(|r| self.event_text(r));
            TrigramColumns::new(texts, self.ids.len())
        })
    }

    /// The lower-cased text of the event of rank `rank`.
    fn event_text(&self, rank: usize) -> &[u8] {
        &self.text.as_bytes()[self.text_start[rank]..self.text_start[rank + 1]]
    }

    /// For each event (by rank), whether every term occurs in its own text, one of its
    /// articles' titles or outlets, or one of its entities' names.
    fn text_matches(&self, terms: &[String]) -> Vec<bool> {
        let n = self.ids.len();
        let mut all = vec![true; n];
        let trigrams = self.trigrams();
        for term in terms {
            // memchr's substring search (vectorised where the target allows), built once per
            // term, over the texts that hold all of the term's trigrams.
            let finder = memchr::memmem::Finder::new(term.as_bytes());
            let found = |hay: &str| finder.find(hay.as_bytes()).is_some();
            let mut here = vec![false; n];
            for (i, &word) in trigrams.candidates(term.as_bytes(), n).iter().enumerate() {
                for rank in set_bits(word).map(|b| i * 64 + b) {
                    here[rank] = finder.find(self.event_text(rank)).is_some();
                }
            }
            // An event whose entity is named by the term matches: marked from the entity's
            // events rather than by reading every event's entities.
            for (e, text) in self.entity_text.iter().enumerate() {
                if found(text) {
                    for &rank in &self.by_entity[e] {
                        here[rank as usize] = true;
                    }
                }
            }
            // Titles and outlets: few documents, so read each event's only when one matched.
            let docs: Vec<bool> = self.doc_text.iter().map(|t| found(t)).collect();
            let any_doc = docs.contains(&true);
            for (rank, ok) in all.iter_mut().enumerate() {
                *ok = *ok && (here[rank] || any_doc && self.docs_of(rank).iter().any(|&d| docs[d as usize]));
            }
        }
        all
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{DocId, Document, Entity, Event, Source};

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
        Filters {
            entities: entities.iter().map(|&i| EntityId(i)).collect(),
            combine,
            text: text.into(),
            range: None,
        }
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
    fn a_search_prepared_ahead_finds_the_same_events() {
        let (prepared, fresh) = (Index::new(&corpus()), Index::new(&corpus()));
        prepared.prepare_search();
        for text in ["geneva", "japan rules", "wto", "2019-11", "nowhere"] {
            let filters = with(&[], Combine::All, text);
            assert_eq!(prepared.query(&filters).events, fresh.query(&filters).events, "{text}");
        }
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

    fn range(first: &str, last: &str) -> Option<DateRange> {
        Some(DateRange::new(first.parse().unwrap(), last.parse().unwrap()))
    }

    #[test]
    fn a_range_keeps_events_that_overlap_it() {
        let in_range = |first, last| ids(&Filters { range: range(first, last), ..Filters::default() });
        assert_eq!(
            in_range("2019-07-31", "2019-11-19"),
            [1, 0],
            "a month is in a range holding its last day"
        );
        assert_eq!(in_range("1930-01-01", "1930-12-31"), [3], "a span covers the years inside it");
        assert_eq!(in_range("2019-11-20", "2030-01-01"), [2], "undated events are in no range");
        assert_eq!(in_range("2019-12-01", "2019-11-01"), [0, 2], "the ends may come in either order");
    }

    #[test]
    fn counts_follow_the_range() {
        let november = Filters { range: range("2019-11-01", "2019-11-30"), ..Filters::default() };
        assert_eq!((count(&november, 0), count(&november, 1), count(&november, 2)), (2, 1, 1));
        let both = Filters { range: range("2019-11-01", "2019-11-30"), ..with(&[1], Combine::All, "") };
        assert_eq!(ids(&both), [0]);
    }

    #[test]
    fn an_unknown_selected_entity_matches_nothing_with_all_and_is_ignored_with_any() {
        assert_eq!(ids(&with(&[1, 9], Combine::All, "")), Vec::<u32>::new());
        assert_eq!(count(&with(&[1, 9], Combine::All, ""), 1), 0);
        assert_eq!(ids(&with(&[1, 9], Combine::Any, "")), [3, 1, 0]);
    }

    #[test]
    fn one_index_answers_many_queries_like_fresh_ones() {
        let corpus = corpus();
        let index = Index::new(&corpus);
        for filters in [
            Filters::default(),
            with(&[0], Combine::All, "geneva"),
            with(&[2, 1], Combine::Any, "s. korean"),
            Filters { range: range("2019-01-01", "2019-12-31"), ..with(&[], Combine::All, "japan") },
        ] {
            assert_eq!(index.query(&filters), query(&corpus, &filters), "{filters:?}");
        }
    }

    #[test]
    fn a_term_is_found_in_every_event_that_has_it_not_only_the_first() {
        // Each event's text is searched once: a match must not hide the events after it.
        assert_eq!(ids(&with(&[], Combine::All, "said")), [3, 1, 0, 2, 4]);
        assert_eq!(ids(&with(&[], Combine::All, "ul")), [3, 1, 0]);
    }

    #[test]
    fn every_piece_of_a_text_finds_it_among_the_candidates() {
        let texts: [&[u8]; 3] = [
            b"talks in geneva on 19 november, 2019 \xe2\x80\x94 s\xc3\xa9oul\xe2\x80\x99s trade ministry said\n",
            b"a drought in the panama canal\n",
            b"rains return\n",
        ];
        let columns = TrigramColumns::new(texts.iter().copied(), texts.len());
        let has = |term: &[u8], rank: usize| columns.candidates(term, texts.len())[0] & (1 << rank) != 0;
        let text = texts[0];
        for start in 0..text.len() {
            for end in start + 1..=text.len() {
                let piece = &text[start..end];
                assert!(has(piece, 0), "{:?}", String::from_utf8_lossy(piece));
            }
        }
        assert!(!has(b"panama canal drought", 0), "a text without the term");
        assert!(has(b"panama canal", 1) && !has(b"panama canal", 2));
        // A term too short for a trigram leaves every event a candidate, and no more.
        assert_eq!(columns.candidates(b"a", texts.len()), vec![0b111]);
    }

    #[test]
    fn an_empty_corpus_gives_an_empty_result() {
        assert_eq!(query(&Corpus::default(), &with(&[7], Combine::Any, "x")), QueryResult::default());
    }
}
