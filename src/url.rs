//! The view in the URL's query string: which entities filter the events, how they combine, the
//! search text and the open event, e.g. `?e=Japan&e=Seoul&m=any&q=talks&ev=12`.
//!
//! Pure text in, data out, so it is tested natively; the history side of it (pushing entries,
//! following back and forward) is [`crate::hooks::url_state`]. Entities are written by name so
//! a URL stays readable and survives a rebuild that renumbers them; events are written by id.
//! What a URL names that the corpus does not have (an unknown entity, an event id out of range)
//! is dropped rather than reported: a stale link still opens the explorer.

use newsline_extract::query::{Combine, Filters};
use newsline_extract::{Corpus, EntityId, EventId};

/// The part of the UI state that a URL carries.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct View {
    pub filters: Filters,
    pub selected: Option<EventId>,
}

/// How a new view should reach the browser's history.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Write {
    /// A new history entry, so back returns to the previous view.
    Push,
    /// The current entry rewritten: a search being typed is one step, not one per key.
    Replace,
}

/// Reads a query string (with or without its leading `?`) against `corpus`.
pub fn parse(query: &str, corpus: &Corpus) -> View {
    let mut view = View::default();
    for pair in query.trim_start_matches('?').split('&').filter(|p| !p.is_empty()) {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        let value = decode(value);
        match key {
            "e" => {
                if let Some(entity) = corpus.entities.iter().find(|e| e.name == value) {
                    view.filters.entities.insert(entity.id);
                }
            }
            "m" if value == "any" => view.filters.combine = Combine::Any,
            "m" if value == "all" => view.filters.combine = Combine::All,
            "q" => view.filters.text = value,
            "ev" => {
                view.selected =
                    value.parse().ok().map(EventId).filter(|id| corpus.events.iter().any(|e| e.id == *id));
            }
            _ => {}
        }
    }
    view
}

/// Writes `view` as a query string with its leading `?`, or `""` for the unfiltered view.
///
/// Entities come in name order and the match mode only when it is not the default, so one
/// view has one URL.
pub fn format(view: &View, corpus: &Corpus) -> String {
    let mut names: Vec<&str> = view.filters.entities.iter().filter_map(|id| name_of(*id, corpus)).collect();
    names.sort_unstable();
    let mut pairs: Vec<String> = names.iter().map(|n| format!("e={}", encode(n))).collect();
    if view.filters.combine == Combine::Any {
        pairs.push("m=any".into());
    }
    if !view.filters.text.is_empty() {
        pairs.push(format!("q={}", encode(&view.filters.text)));
    }
    if let Some(EventId(id)) = view.selected {
        pairs.push(format!("ev={id}"));
    }
    if pairs.is_empty() {
        String::new()
    } else {
        format!("?{}", pairs.join("&"))
    }
}

/// How to go from the view the URL shows (`current`) to `next`; `None` when they are the same.
///
/// Only a change to a search already under way replaces the entry; starting a search, and
/// every click, pushes one.
pub fn write_mode(current: &View, next: &View) -> Option<Write> {
    if current == next {
        return None;
    }
    let only_text = current.selected == next.selected
        && current.filters.entities == next.filters.entities
        && current.filters.combine == next.filters.combine;
    Some(if only_text && !current.filters.text.is_empty() { Write::Replace } else { Write::Push })
}

fn name_of(id: EntityId, corpus: &Corpus) -> Option<&str> {
    corpus.entities.iter().find(|e| e.id == id).map(|e| e.name.as_str())
}

/// Percent-encodes everything but RFC 3986's unreserved characters.
fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-_.~".contains(&byte) {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// Undoes [`encode`], and also reads `+` as a space as forms write it. A malformed escape is
/// kept as it stands, and invalid UTF-8 becomes U+FFFD.
fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex =
            bytes.get(i + 1..i + 3).and_then(|h| u8::from_str_radix(std::str::from_utf8(h).ok()?, 16).ok());
        match (bytes[i], hex) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (b'+', _) => {
                out.push(b' ');
                i += 1;
            }
            (byte, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use newsline_extract::{EntityKind, Event};

    fn corpus() -> Corpus {
        let entity = |id, name: &str| newsline_extract::Entity {
            id: EntityId(id),
            name: name.into(),
            kind: EntityKind::Place,
            aliases: vec![],
            roles: vec![],
            files: vec![],
            mentions: 1,
            conflicts: vec![],
        };
        let event = |id| Event {
            id: EventId(id),
            date: "2019-07-01".into(),
            summary: String::new(),
            entities: vec![],
            sources: vec![],
        };
        Corpus {
            entities: vec![entity(0, "Japan"), entity(1, "Seoul"), entity(2, "Moon Jae-in & Co")],
            events: vec![event(0), event(7)],
            ..Corpus::default()
        }
    }

    fn view(entities: &[u32], combine: Combine, text: &str, selected: Option<u32>) -> View {
        View {
            filters: Filters {
                entities: entities.iter().map(|&i| EntityId(i)).collect(),
                combine,
                text: text.into(),
            },
            selected: selected.map(EventId),
        }
    }

    #[test]
    fn the_unfiltered_view_is_an_empty_query() {
        assert_eq!(format(&View::default(), &corpus()), "");
        assert_eq!(parse("", &corpus()), View::default());
        assert_eq!(parse("?", &corpus()), View::default());
    }

    #[test]
    fn a_view_round_trips_through_its_query_string() {
        let c = corpus();
        let v = view(&[1, 0, 2], Combine::Any, "trade talks / 5% ü", Some(7));
        let query = format(&v, &c);
        assert_eq!(
            query,
            "?e=Japan&e=Moon%20Jae-in%20%26%20Co&e=Seoul&m=any&q=trade%20talks%20%2F%205%25%20%C3%BC&ev=7"
        );
        assert_eq!(parse(&query, &c), v);
    }

    #[test]
    fn the_example_from_the_issue_reads_as_expected() {
        let v = parse("?e=Japan&e=Seoul&m=any&q=talks&ev=0", &corpus());
        assert_eq!(v, view(&[0, 1], Combine::Any, "talks", Some(0)));
    }

    #[test]
    fn plus_is_a_space_and_a_broken_escape_is_kept() {
        assert_eq!(parse("q=trade+war%2", &corpus()).filters.text, "trade war%2");
        assert_eq!(parse("q=%zz%E2%82", &corpus()).filters.text, "%zz\u{FFFD}");
    }

    #[test]
    fn what_the_corpus_does_not_have_is_dropped() {
        let v = parse("e=Atlantis&e=Japan&ev=3&ev=x&m=some&zoom=2", &corpus());
        assert_eq!(v, view(&[0], Combine::All, "", None));
    }

    #[test]
    fn typing_in_a_search_replaces_but_starting_one_and_clicks_push() {
        let plain = view(&[0], Combine::All, "", None);
        let typed = view(&[0], Combine::All, "tr", None);
        let more = view(&[0], Combine::All, "trade", None);
        assert_eq!(write_mode(&plain, &plain), None);
        assert_eq!(write_mode(&plain, &typed), Some(Write::Push));
        assert_eq!(write_mode(&typed, &more), Some(Write::Replace));
        assert_eq!(write_mode(&more, &view(&[0, 1], Combine::All, "trade", None)), Some(Write::Push));
        assert_eq!(write_mode(&more, &view(&[0], Combine::All, "trade", Some(7))), Some(Write::Push));
    }
}
