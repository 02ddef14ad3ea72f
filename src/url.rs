//! The view in the URL's query string: which entities filter the events, how they combine, the
//! search text, the date range, the timeline's zoom and centre, the open event and the article
//! open in the reader with the sentence shown in it, e.g.
//! `?e=Japan&e=Seoul&m=any&q=talks&from=2019-07-01&to=2019-12-31&z=3.5&at=2019-08-15&ev=12`
//! `&a=article.txt&s=512-690`.
//!
//! Pure text in, data out, so it is tested natively; the history side of it (pushing entries,
//! following back and forward) is [`crate::hooks::url_state`]. Entities are written by name so
//! a URL stays readable and survives a rebuild that renumbers them; articles by file name; events
//! by id; a sentence by its byte range in the article's raw text.
//! What a URL names that the corpus does not have (an unknown entity, an event id out of range)
//! is dropped rather than reported: a stale link still opens the explorer. Dates are read
//! leniently (`from=2019-07` starts on 1 July, `to=2019` ends on 31 December, `at=2019-08` is
//! mid-August, ends in the wrong order are swapped) and written as full days; a zoom is
//! written with at most two decimals.

use jiff::civil::Date;
use newsline_extract::query::{Combine, DateRange, Filters};
use newsline_extract::{Corpus, DocId, EntityId, EventId, Span, TimeValue};

use crate::axis::{date_of, day_number};
use crate::state::Reading;

/// The part of the UI state that a URL carries.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct View {
    pub filters: Filters,
    pub selected: Option<EventId>,
    /// The timeline's zoom level, when it is not where the corpus opens.
    pub zoom: Option<f64>,
    /// The day at the timeline's centre, when it is not where the corpus opens.
    pub at: Option<f64>,
    /// The article open in the reader.
    pub reading: Option<Reading>,
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
    let (mut from, mut to) = (None, None);
    let (mut article, mut sentence): (Option<DocId>, Option<Span>) = (None, None);
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
            "from" => from = day_bounds(&value).map(|(first, _)| first),
            "to" => to = day_bounds(&value).map(|(_, last)| last),
            "z" => view.zoom = value.parse().ok().filter(|z: &f64| z.is_finite()),
            "at" => {
                view.at = day_bounds(&value)
                    .map(|(first, last)| f64::from(day_number(first) + day_number(last) + 1) / 2.0)
            }
            "ev" => {
                view.selected =
                    value.parse().ok().map(EventId).filter(|id| corpus.events.iter().any(|e| e.id == *id));
            }
            "a" => article = corpus.documents.iter().find(|d| d.file == value).map(|d| d.id),
            "s" => {
                sentence = value
                    .split_once('-')
                    .and_then(|(a, b)| Some(Span { start: a.parse().ok()?, end: b.parse().ok()? }))
            }
            _ => {}
        }
    }
    view.reading = article.map(|doc| {
        let fits = |s: &Span| {
            corpus.documents.get(doc.0 as usize).is_some_and(|d| s.start < s.end && s.end <= d.raw.len())
        };
        Reading { doc, sentence: sentence.filter(fits) }
    });
    view.filters.range = match (from, to) {
        (None, None) => None,
        (first, last) => Some(DateRange::new(first.unwrap_or(Date::MIN), last.unwrap_or(Date::MAX))),
    };
    view
}

/// First and last day of an ISO date, month or year (or any value the core writes).
fn day_bounds(text: &str) -> Option<(Date, Date)> {
    TimeValue::parse_iso(text)?.bounds()
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
    if let Some(range) = view.filters.range {
        if range.first != Date::MIN {
            pairs.push(format!("from={}", range.first));
        }
        if range.last != Date::MAX {
            pairs.push(format!("to={}", range.last));
        }
    }
    if let Some(zoom) = view.zoom {
        let text = format!("{zoom:.2}");
        pairs.push(format!("z={}", text.trim_end_matches('0').trim_end_matches('.')));
    }
    if let Some(at) = view.at {
        pairs.push(format!("at={}", date_of(at.floor() as i32)));
    }
    if let Some(EventId(id)) = view.selected {
        pairs.push(format!("ev={id}"));
    }
    if let Some(reading) = view.reading {
        if let Some(doc) = corpus.documents.get(reading.doc.0 as usize) {
            pairs.push(format!("a={}", encode(&doc.file)));
            if let Some(Span { start, end }) = reading.sentence {
                pairs.push(format!("s={start}-{end}"));
            }
        }
    }
    if pairs.is_empty() {
        String::new()
    } else {
        format!("?{}", pairs.join("&"))
    }
}

/// How to go from the view the URL shows (`current`) to `next`; `None` when they are the same.
///
/// Only a change to a search already under way, or to the timeline's zoom and centre alone,
/// replaces the entry; starting a search, and every click, pushes one.
pub fn write_mode(current: &View, next: &View) -> Option<Write> {
    if current == next {
        return None;
    }
    let same_filters = current.selected == next.selected
        && current.reading == next.reading
        && current.filters.entities == next.filters.entities
        && current.filters.combine == next.filters.combine
        && current.filters.range == next.filters.range;
    let only_text = same_filters && current.zoom == next.zoom && current.at == next.at;
    let only_viewport = same_filters && current.filters.text == next.filters.text;
    Some(if only_viewport || (only_text && !current.filters.text.is_empty()) {
        Write::Replace
    } else {
        Write::Push
    })
}

fn name_of(id: EntityId, corpus: &Corpus) -> Option<&str> {
    corpus.entities.iter().find(|e| e.id == id).map(|e| e.name.as_str())
}

/// Percent-encodes everything but RFC 3986's unreserved characters.
pub fn encode(text: &str) -> String {
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
pub fn decode(text: &str) -> String {
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
                range: None,
            },
            selected: selected.map(EventId),
            ..View::default()
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

    fn day(s: &str) -> Date {
        s.parse().unwrap()
    }

    #[test]
    fn range_zoom_and_centre_round_trip_in_canonical_form() {
        let c = corpus();
        let mut v = view(&[0], Combine::All, "", Some(7));
        v.filters.range = Some(DateRange::new(day("2019-07-01"), day("2019-12-31")));
        v.zoom = Some(3.25);
        v.at = Some(f64::from(day_number(day("2019-08-15"))) + 0.5);
        let query = format(&v, &c);
        assert_eq!(query, "?e=Japan&from=2019-07-01&to=2019-12-31&z=3.25&at=2019-08-15&ev=7");
        assert_eq!(parse(&query, &c), v);
    }

    #[test]
    fn dates_are_read_leniently() {
        let c = corpus();
        let v = parse("from=2019-07&to=2019&z=3.14159&at=2019-08", &c);
        assert_eq!(v.filters.range, Some(DateRange::new(day("2019-07-01"), day("2019-12-31"))));
        assert_eq!(format(&v, &c), "?from=2019-07-01&to=2019-12-31&z=3.14&at=2019-08-16");
        let swapped = parse("from=2020-01-01&to=2019-01-01", &c).filters.range;
        assert_eq!(swapped, Some(DateRange::new(day("2019-01-01"), day("2020-01-01"))));
        assert_eq!(format(&parse("z=4.000", &c), &c), "?z=4");
    }

    #[test]
    fn one_end_of_a_range_is_enough_and_bad_values_are_dropped() {
        let c = corpus();
        let open = parse("from=2019-07-01", &c);
        assert_eq!(open.filters.range, Some(DateRange::new(day("2019-07-01"), Date::MAX)));
        assert_eq!(format(&open, &c), "?from=2019-07-01");
        let bad = parse("from=yesterday&to=2019-02-30&z=deep&z=inf&at=soon", &c);
        assert_eq!(bad, View::default());
    }

    #[test]
    fn moving_the_timeline_replaces_but_a_range_pushes() {
        let plain = view(&[0], Combine::All, "", None);
        let zoomed = View { zoom: Some(2.0), at: Some(100.0), ..plain.clone() };
        assert_eq!(write_mode(&plain, &zoomed), Some(Write::Replace));
        let mut ranged = zoomed.clone();
        ranged.filters.range = Some(DateRange::new(day("2019-07-01"), day("2019-07-31")));
        assert_eq!(write_mode(&zoomed, &ranged), Some(Write::Push));
    }

    #[test]
    fn the_open_article_and_its_sentence_round_trip_by_file_name() {
        let mut c = corpus();
        let doc = |id, file: &str| newsline_extract::Document {
            id: DocId(id),
            file: file.into(),
            raw: "x".repeat(100),
            ..Default::default()
        };
        c.documents = vec![doc(0, "a.txt"), doc(1, "b c.txt")];
        let reading = Reading { doc: DocId(1), sentence: Some(Span { start: 10, end: 42 }) };
        let v = View { reading: Some(reading), ..view(&[], Combine::All, "", Some(7)) };
        assert_eq!(format(&v, &c), "?ev=7&a=b%20c.txt&s=10-42");
        assert_eq!(parse("?ev=7&a=b%20c.txt&s=10-42", &c), v);
        // A sentence outside the article, or malformed, opens the article at its top; a sentence
        // without an article, or an unknown article, opens nothing.
        let top = Some(Reading { doc: DocId(1), sentence: None });
        assert_eq!(parse("a=b+c.txt&s=90-120", &c).reading, top);
        assert_eq!(parse("a=b+c.txt&s=9", &c).reading, top);
        assert_eq!(parse("s=10-42", &c).reading, None);
        assert_eq!(parse("a=gone.txt&s=10-42", &c).reading, None);
    }

    #[test]
    fn opening_and_closing_an_article_push() {
        let plain = view(&[], Combine::All, "", Some(7));
        let reading = View { reading: Some(Reading { doc: DocId(0), sentence: None }), ..plain.clone() };
        assert_eq!(write_mode(&plain, &reading), Some(Write::Push));
        assert_eq!(write_mode(&reading, &plain), Some(Write::Push));
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
