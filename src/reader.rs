//! An article's text cut into segments for the reader: which parts survived cleaning, which
//! are date expressions or entity mentions, which belong to the sentence being read and which
//! match the search.
//!
//! Approach: every layer is a list of byte ranges of the raw text. Overlaps inside a layer are
//! resolved first (the earlier range wins, and at the same start the longer one), then every
//! edge of every range cuts the text, and each piece between two cuts gets the attributes of
//! the ranges that cover it. Neighbouring pieces with the same attributes join again. So the
//! segments are ordered, do not overlap, cover the requested span exactly and never split a
//! character: ranges from the corpus are clamped to the text and moved back to a char boundary,
//! so a corpus that does not match its text gives odd highlights, never a panic.
//!
//! Limits: a date inside an entity mention (or the reverse) is shown as both, piece by piece; a
//! mention that overlaps an earlier one of the same layer is not shown at all.

use std::ops::Range;

use newsline_extract::{DateMention, DocEntity, Span};

/// What the reader draws over the raw text.
#[derive(Debug, Clone, Copy, Default)]
pub struct Layers<'a> {
    /// Spans of the raw text that survived cleaning.
    pub kept: &'a [Span],
    pub dates: &'a [DateMention],
    pub entities: &'a [DocEntity],
    /// The sentence to emphasise.
    pub focus: Option<Span>,
    /// Search matches (see [`crate::highlight::find`]), as ranges of the raw text.
    pub matches: &'a [Range<usize>],
}

/// A run of the raw text with the same attributes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Segment {
    pub start: usize,
    pub end: usize,
    /// Inside a kept span (article text), not boilerplate.
    pub kept: bool,
    /// Index into the document's `dates`.
    pub date: Option<usize>,
    /// Index into the document's `entities`.
    pub entity: Option<usize>,
    /// Inside the emphasised sentence.
    pub focus: bool,
    /// Matches the search.
    pub matched: bool,
}

/// The segments of `raw[within]`, in order, covering it exactly (none when it is empty).
pub fn segments(raw: &str, within: Span, layers: &Layers) -> Vec<Segment> {
    let snap = |mut i: usize| {
        i = i.min(raw.len());
        while !raw.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let (lo, hi) = (snap(within.start), snap(within.end));
    if lo >= hi {
        return Vec::new();
    }
    let clip = |start: usize, end: usize| {
        let (s, e) = (snap(start).max(lo), snap(end).min(hi));
        (s < e).then_some(s..e)
    };
    let kept =
        exclusive(layers.kept.iter().enumerate().filter_map(|(i, s)| Some((clip(s.start, s.end)?, i))));
    let dates =
        exclusive(layers.dates.iter().enumerate().filter_map(|(i, d)| Some((clip(d.start, d.end)?, i))));
    let entities = exclusive(
        layers
            .entities
            .iter()
            .enumerate()
            .flat_map(|(i, e)| e.mentions.iter().map(move |m| (m, i)))
            .filter_map(|(m, i)| Some((clip(m.start, m.end)?, i))),
    );
    let focus: Vec<(Range<usize>, usize)> =
        layers.focus.and_then(|f| clip(f.start, f.end)).map(|r| (r, 0)).into_iter().collect();
    let matches = exclusive(layers.matches.iter().filter_map(|m| Some((clip(m.start, m.end)?, 0))));

    let mut cuts = vec![lo, hi];
    for layer in [&kept, &dates, &entities, &focus, &matches] {
        cuts.extend(layer.iter().flat_map(|(r, _)| [r.start, r.end]));
    }
    cuts.sort_unstable();
    cuts.dedup();

    let mut out: Vec<Segment> = Vec::with_capacity(cuts.len());
    for pair in cuts.windows(2) {
        let (start, end) = (pair[0], pair[1]);
        let segment = Segment {
            start,
            end,
            kept: covering(&kept, start).is_some(),
            date: covering(&dates, start),
            entity: covering(&entities, start),
            focus: covering(&focus, start).is_some(),
            matched: covering(&matches, start).is_some(),
        };
        match out.last_mut() {
            Some(last) if same_attributes(last, &segment) => last.end = end,
            _ => out.push(segment),
        }
    }
    out
}

fn same_attributes(a: &Segment, b: &Segment) -> bool {
    (a.kept, a.date, a.entity, a.focus, a.matched) == (b.kept, b.date, b.entity, b.focus, b.matched)
}

/// The ranges sorted by start (longer first at the same start), dropping every range that
/// overlaps one kept before it.
fn exclusive(ranges: impl Iterator<Item = (Range<usize>, usize)>) -> Vec<(Range<usize>, usize)> {
    let mut all: Vec<(Range<usize>, usize)> = ranges.collect();
    all.sort_by_key(|(r, i)| (r.start, std::cmp::Reverse(r.end), *i));
    let mut out: Vec<(Range<usize>, usize)> = Vec::with_capacity(all.len());
    for (r, i) in all {
        if out.last().is_none_or(|(last, _)| r.start >= last.end) {
            out.push((r, i));
        }
    }
    out
}

/// The label of the range of `layer` that contains byte `at`.
fn covering(layer: &[(Range<usize>, usize)], at: usize) -> Option<usize> {
    let after = layer.partition_point(|(r, _)| r.start <= at);
    after.checked_sub(1).map(|i| &layer[i]).filter(|(r, _)| at < r.end).map(|(_, label)| *label)
}

/// The tooltip of a date expression: its value, the rule that read it and what it was resolved
/// against, e.g. "2019-11-20 · weekday relative to publication (article published 2019-11-20)".
pub fn date_title(mention: &DateMention) -> String {
    let value = mention.value.as_deref().unwrap_or("unresolved");
    let rule = match mention.rule.as_str() {
        "iso" => "ISO date".to_string(),
        "numeric" => "numeric date".to_string(),
        "ago" => "“… ago”".to_string(),
        "anaphora" | "anaphoric" => "reference to an earlier date".to_string(),
        "anaphora-time" => "“at the time”".to_string(),
        other => other.replace('-', " "),
    };
    let relative = match mention.anchor.as_deref() {
        Some(a) if a.starts_with("article published") => format!(" relative to publication ({a})"),
        Some(a) if a.starts_with("previous date") => format!(" relative to the previous date ({a})"),
        Some(a) => format!(" ({a})"),
        None => String::new(),
    };
    let note = mention.note.as_deref().map(|n| format!(" — {n}")).unwrap_or_default();
    format!("{value} · {rule}{relative}{note}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use newsline_extract::EntityKind;

    fn span(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    fn date(start: usize, end: usize) -> DateMention {
        DateMention { start, end, rule: "weekday".into(), ..Default::default() }
    }

    fn entity(mentions: &[(usize, usize)]) -> DocEntity {
        DocEntity {
            name: "E".into(),
            kind: EntityKind::Place,
            aliases: vec![],
            roles: vec![],
            mentions: mentions.iter().map(|&(s, e)| span(s, e)).collect(),
        }
    }

    /// Each segment as its text with a tag per attribute: k(ept) d(ate)N e(ntity)N f(ocus) m(atch).
    fn show(raw: &str, segments: &[Segment]) -> Vec<String> {
        segments
            .iter()
            .map(|s| {
                let mut tags = String::new();
                if s.kept {
                    tags.push('k');
                }
                if let Some(d) = s.date {
                    tags.push_str(&format!("d{d}"));
                }
                if let Some(e) = s.entity {
                    tags.push_str(&format!("e{e}"));
                }
                if s.focus {
                    tags.push('f');
                }
                if s.matched {
                    tags.push('m');
                }
                format!("{}|{tags}", &raw[s.start..s.end])
            })
            .collect()
    }

    fn whole(raw: &str) -> Span {
        span(0, raw.len())
    }

    #[test]
    fn kept_spans_dates_and_entities_become_ordered_segments_covering_the_text() {
        let raw = "MENU\nSeoul met Tokyo on Friday.\nShare";
        let (kept, dates, entities) =
            ([span(5, 31)], [date(24, 32)], [entity(&[(5, 10)]), entity(&[(15, 20)])]);
        let layers = Layers { kept: &kept, dates: &dates, entities: &entities, ..Default::default() };
        let segs = segments(raw, whole(raw), &layers);
        assert_eq!(
            show(raw, &segs),
            ["MENU\n|", "Seoul|ke0", " met |k", "Tokyo|ke1", " on |k", "Friday.|kd0", "\n|d0", "Share|"]
        );
        assert_eq!(segs.iter().map(|s| s.end - s.start).sum::<usize>(), raw.len());
    }

    #[test]
    fn overlapping_mentions_keep_the_earlier_then_the_longer() {
        let raw = "South Korea and Korea";
        // "Korea" inside "South Korea" loses to the longer mention that starts before it.
        let entities = [entity(&[(6, 11), (16, 21)]), entity(&[(0, 11)]), entity(&[(0, 5)])];
        let layers = Layers { entities: &entities, ..Default::default() };
        assert_eq!(show(raw, &segments(raw, whole(raw), &layers)), ["South Korea|e1", " and |", "Korea|e0"]);
    }

    #[test]
    fn layers_nest_piece_by_piece() {
        let raw = "They met on Nov. 19 in Geneva.";
        let (dates, focus) = ([date(12, 19)], Some(span(0, 30)));
        let matches = [Range { start: 16, end: 22 }];
        let layers = Layers { dates: &dates, focus, matches: &matches, ..Default::default() };
        assert_eq!(
            show(raw, &segments(raw, whole(raw), &layers)),
            ["They met on |f", "Nov.|d0f", " 19|d0fm", " in|fm", " Geneva.|f"]
        );
    }

    #[test]
    fn multi_byte_text_is_cut_on_char_boundaries_even_when_offsets_are_not() {
        // "문재인" is 9 bytes; the mention claims 1..8, inside the first and last characters, and
        // becomes 0..6; the other runs past the end of the text.
        let raw = "문재인 met Abe";
        let entities = [entity(&[(1, 8)]), entity(&[(14, 99)])];
        let kept = [span(0, 9)];
        let layers = Layers { kept: &kept, entities: &entities, ..Default::default() };
        let segs = segments(raw, whole(raw), &layers);
        assert_eq!(show(raw, &segs), ["문재|ke0", "인|k", " met |", "Abe|e1"]);
    }

    #[test]
    fn a_span_within_the_text_clips_every_layer_to_it() {
        let raw = "Intro. Seoul met Tokyo. Outro.";
        let entities = [entity(&[(7, 12), (17, 22)])];
        let layers = Layers { entities: &entities, ..Default::default() };
        assert_eq!(show(raw, &segments(raw, span(9, 23), &layers)), ["oul|e0", " met |", "Tokyo|e0", ".|"]);
        assert!(segments(raw, span(9, 9), &layers).is_empty());
        assert!(segments(raw, span(50, 60), &layers).is_empty());
        assert!(segments("", span(0, 4), &layers).is_empty());
    }

    #[test]
    fn a_date_tooltip_names_value_rule_and_anchor() {
        let mut d = date(0, 1);
        d.value = Some("2019-11-20".into());
        d.anchor = Some("article published 2019-11-20".into());
        assert_eq!(
            date_title(&d),
            "2019-11-20 · weekday relative to publication (article published 2019-11-20)"
        );
        let unresolved = DateMention {
            rule: "relative-year".into(),
            note: Some("no publication date".into()),
            ..Default::default()
        };
        assert_eq!(date_title(&unresolved), "unresolved · relative year — no publication date");
    }
}
