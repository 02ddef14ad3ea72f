//! Timeline geometry, pure and natively tested: where events sit, which ticks to draw, how far
//! to zoom.
//!
//! Days are counted from 1970-01-01 ([`day_number`]); an event covers the days of its ISO value
//! ([`TimeValue::bounds`]), so a month-level event spans its month and `1910/1945` is a bar.
//! The axis maps its [`Domain`] (every event, padded) linearly onto a strip `2^zoom` times the
//! viewport's width. Ticks step by days, months or years, whichever keeps labels apart.
//!
//! Limits: linear scale only; markers that overlap share lanes up to [`MAX_LANES`], then
//! overlap (clustering, [`crate::cluster`], keeps that rare); durations and unparsable dates
//! are not placed.

use jiff::civil::Date;
use jiff::ToSpan;
use newsline_extract::{Event, EventId, TimeValue};

use crate::format::month_name;
use crate::viewport::{Limits, Viewport};

/// Highest zoom level any corpus gets: `2^14` viewports of 1920 px stay under Chromium's
/// largest layout size (about 2^25 px).
pub const MAX_ZOOM_LIMIT: u32 = 14;
/// Rows of markers before overlapping ones share the last row.
pub const MAX_LANES: usize = 6;
/// Narrowest distance between two tick labels, in pixels.
pub const MIN_TICK_GAP: f64 = 90.0;

const EPOCH: Date = Date::constant(1970, 1, 1);

pub use newsline_extract::query::day_number;

/// The date of a day number, clamped to jiff's range.
pub fn date_of(day: i32) -> Date {
    EPOCH.checked_add(day.days()).unwrap_or(if day < 0 { Date::MIN } else { Date::MAX })
}

/// An event's place on the axis.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Placed {
    pub event: EventId,
    /// First and last day covered, inclusive.
    pub first: i32,
    pub last: i32,
    /// A single day: drawn as a dot rather than a bar.
    pub point: bool,
}

/// Places every event whose date is a point or span in time.
pub fn place<'a>(events: impl IntoIterator<Item = &'a Event>) -> Vec<Placed> {
    events
        .into_iter()
        .filter_map(|e| {
            let (a, b) = TimeValue::parse_iso(&e.date)?.bounds()?;
            let (first, last) = (day_number(a), day_number(b));
            Some(Placed { event: e.id, first, last, point: first == last })
        })
        .collect()
}

/// What the timeline needs that depends only on the corpus, computed once.
#[derive(Debug, Clone, PartialEq)]
pub struct Axis {
    /// Indexed like the corpus's events; `None` for events that cannot be placed.
    pub placed: Vec<Option<Placed>>,
    /// `None` when no event can be placed.
    pub domain: Option<Domain>,
    /// Initial zoom and centre, see [`Domain::fit`].
    pub fit: (u32, f64),
}

impl Axis {
    pub fn new(events: &[Event]) -> Axis {
        let placed: Vec<Option<Placed>> = events.iter().map(|e| place([e]).pop()).collect();
        let all: Vec<Placed> = placed.iter().flatten().copied().collect();
        let domain = Domain::of(&all);
        let fit = domain.map_or((0, 0.5), |d| d.fit(&all));
        Axis { placed, domain, fit }
    }

    /// The deepest zoom for this corpus.
    pub fn max_zoom(&self) -> u32 {
        self.domain.map_or(0, |d| d.max_zoom())
    }

    /// How far the timeline may zoom and pan over this corpus.
    pub fn limits(&self) -> Limits {
        Limits { domain: self.domain.unwrap_or_default(), max_zoom: f64::from(self.max_zoom()) }
    }

    /// Where the timeline opens: [`Domain::fit`] as a viewport.
    pub fn home(&self) -> Viewport {
        let (zoom, at) = self.fit;
        Viewport { zoom: f64::from(zoom), centre: self.domain.map_or(0.0, |d| d.day_at(at)) }
    }

    /// The placement of event `id`, if it has one.
    pub fn get(&self, id: EventId) -> Option<Placed> {
        self.placed.get(id.0 as usize).copied().flatten()
    }
}

/// The days the axis covers: from a little before the first event to a little after the last.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Domain {
    /// First day shown (may be fractional after padding).
    pub start: f64,
    /// Length in days, always positive.
    pub days: f64,
}

impl Domain {
    /// The padded domain of `placed`, or `None` when nothing is placed.
    pub fn of(placed: &[Placed]) -> Option<Domain> {
        let first = placed.iter().map(|p| p.first).min()?;
        let end = placed.iter().map(|p| p.last).max()? + 1;
        let len = f64::from(end - first);
        let pad = (len * 0.02).max(15.0);
        Some(Domain { start: f64::from(first) - pad, days: len + 2.0 * pad })
    }

    /// Where `day` falls, from 0 (start) to 1 (end).
    pub fn fraction(&self, day: f64) -> f64 {
        (day - self.start) / self.days
    }

    /// The day at `fraction` of the domain.
    pub fn day_at(&self, fraction: f64) -> f64 {
        self.start + fraction * self.days
    }

    /// The deepest useful zoom: about a week across the viewport.
    pub fn max_zoom(&self) -> u32 {
        let levels = (self.days / 7.0).log2().ceil();
        if levels.is_finite() && levels > 0.0 {
            (levels as u32).min(MAX_ZOOM_LIMIT)
        } else {
            0
        }
    }

    /// The zoom level and centre (as a fraction) that frame where most events are: the middle
    /// 80% of event days, so a few distant outliers do not squeeze the rest into a corner.
    pub fn fit(&self, placed: &[Placed]) -> (u32, f64) {
        let mut mids: Vec<f64> = placed.iter().map(|p| f64::from(p.first + p.last + 1) / 2.0).collect();
        if mids.is_empty() {
            return (0, 0.5);
        }
        mids.sort_by(f64::total_cmp);
        let at = |q: f64| mids[((mids.len() - 1) as f64 * q).round() as usize];
        let (lo, hi) = (at(0.1), at(0.9));
        let core = (hi - lo).max(30.0) * 1.25;
        let zoom = (self.days / core).log2().floor().clamp(0.0, f64::from(self.max_zoom())) as u32;
        (zoom, self.fraction((lo + hi) / 2.0).clamp(0.0, 1.0))
    }
}

/// One tick on the axis.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tick {
    pub day: i32,
    pub label: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    Days(i32),
    Months(i8),
    Years(i16),
}

impl Step {
    const ALL: [Step; 12] = [
        Step::Days(1),
        Step::Days(7),
        Step::Months(1),
        Step::Months(3),
        Step::Years(1),
        Step::Years(2),
        Step::Years(5),
        Step::Years(10),
        Step::Years(20),
        Step::Years(50),
        Step::Years(100),
        Step::Years(500),
    ];

    fn approx_days(self) -> f64 {
        match self {
            Step::Days(n) => f64::from(n),
            Step::Months(n) => f64::from(n) * 30.44,
            Step::Years(n) => f64::from(n) * 365.25,
        }
    }
}

/// Ticks between day `from` and day `to` when one day is `px_per_day` pixels wide.
pub fn ticks(from: f64, to: f64, px_per_day: f64) -> Vec<Tick> {
    let step = Step::ALL
        .into_iter()
        .find(|s| s.approx_days() * px_per_day >= MIN_TICK_GAP)
        .unwrap_or(Step::Years(500));
    let start = date_of(from.floor() as i32);
    let mut date = match step {
        Step::Days(_) => start,
        Step::Months(n) => {
            let month = (start.month() - 1) / n * n + 1;
            Date::new(start.year(), month, 1).unwrap_or(start)
        }
        Step::Years(n) => Date::new(start.year().div_euclid(n) * n, 1, 1).unwrap_or(start),
    };
    let mut out = Vec::new();
    while f64::from(day_number(date)) <= to {
        let day = day_number(date);
        if f64::from(day) >= from {
            out.push(Tick { day, label: tick_label(step, date) });
        }
        let next = match step {
            Step::Days(n) => date.checked_add(n.days()),
            Step::Months(n) => date.checked_add(n.months()),
            Step::Years(n) => date.checked_add(n.years()),
        };
        match next {
            Ok(next) if next > date => date = next,
            _ => break,
        }
    }
    out
}

fn tick_label(step: Step, date: Date) -> String {
    match step {
        Step::Days(_) => format!("{} {}", date.day(), month_name(date.month(), true)),
        Step::Months(_) if date.month() == 1 => format!("{} {}", month_name(1, true), date.year()),
        Step::Months(_) => month_name(date.month(), true).to_string(),
        Step::Years(_) => date.year().to_string(),
    }
}

/// Assigns each marker a row so that markers in one row keep `gap` pixels apart. `spans` are
/// `(left, right)` pixel extents in the order the markers are drawn; the result is parallel.
pub fn lanes(spans: &[(f64, f64)], gap: f64) -> Vec<usize> {
    let mut order: Vec<usize> = (0..spans.len()).collect();
    order.sort_by(|&a, &b| spans[a].0.total_cmp(&spans[b].0));
    let mut ends: Vec<f64> = Vec::new();
    let mut out = vec![0; spans.len()];
    for i in order {
        let (left, right) = spans[i];
        let lane = ends.iter().position(|&end| end + gap <= left).unwrap_or_else(|| {
            if ends.len() < MAX_LANES {
                ends.push(f64::NEG_INFINITY);
                ends.len() - 1
            } else {
                // Every lane is taken here: overlap the one that frees up first, so a crowd
                // spreads over the lanes instead of piling into the last.
                (0..MAX_LANES).min_by(|&a, &b| ends[a].total_cmp(&ends[b])).unwrap_or(MAX_LANES - 1)
            }
        });
        ends[lane] = ends[lane].max(right);
        out[i] = lane;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(id: u32, date: &str) -> Event {
        Event {
            id: EventId(id),
            date: date.into(),
            summary: String::new(),
            entities: vec![],
            sources: vec![],
        }
    }

    fn d(s: &str) -> i32 {
        day_number(s.parse().unwrap())
    }

    #[test]
    fn day_numbers_agree_with_the_calendar() {
        let mut date = Date::constant(-400, 1, 1);
        let mut expected = EPOCH.until(date).unwrap().get_days();
        while date < Date::constant(2401, 1, 1) {
            assert_eq!(day_number(date), expected, "{date}");
            date = date.tomorrow().unwrap();
            expected += 1;
        }
    }

    #[test]
    fn day_numbers_round_trip() {
        assert_eq!(d("1970-01-01"), 0);
        assert_eq!(d("1969-12-31"), -1);
        for day in [-25_000, -1, 0, 18_000] {
            assert_eq!(day_number(date_of(day)), day);
        }
    }

    #[test]
    fn months_and_spans_become_bars_days_become_points() {
        let placed =
            place(&[event(0, "2019-11"), event(1, "2019-11-19"), event(2, "1910/1945"), event(3, "P3M")]);
        assert_eq!(placed.len(), 3, "a duration is never placed");
        assert_eq!(
            (placed[0].first, placed[0].last, placed[0].point),
            (d("2019-11-01"), d("2019-11-30"), false)
        );
        assert!(placed[1].point);
        assert_eq!((placed[2].first, placed[2].last), (d("1910-01-01"), d("1945-12-31")));
    }

    #[test]
    fn the_domain_covers_every_event_with_padding() {
        let placed = place(&[event(0, "1910"), event(1, "2019-11-19")]);
        let domain = Domain::of(&placed).unwrap();
        assert!(domain.fraction(f64::from(d("1910-01-01"))) > 0.0);
        assert!(domain.fraction(f64::from(d("2019-11-20"))) < 1.0);
        assert_eq!(Domain::of(&[]), None);
    }

    #[test]
    fn fit_frames_the_dense_period_not_the_outlier() {
        let mut events: Vec<Event> =
            (0..20).map(|i| event(i, &format!("2019-{:02}-{:02}", 10 + i / 10, 1 + i % 10))).collect();
        events.push(event(99, "1910"));
        let placed = place(&events);
        let domain = Domain::of(&placed).unwrap();
        let (zoom, centre) = domain.fit(&placed);
        let visible_days = domain.days / f64::from(1u32 << zoom);
        assert!(visible_days < 200.0, "zoom {zoom} shows {visible_days} days");
        let centre_day = domain.day_at(centre);
        assert!((f64::from(d("2019-10-01"))..f64::from(d("2019-12-01"))).contains(&centre_day));
    }

    #[test]
    fn a_single_day_corpus_does_not_zoom_past_a_week() {
        let placed = place(&[event(0, "2019-11-19")]);
        let domain = Domain::of(&placed).unwrap();
        assert!(domain.fit(&placed).0 <= domain.max_zoom());
        assert!(domain.days / f64::from(1u32 << domain.max_zoom()) >= 3.5);
    }

    #[test]
    fn ticks_adapt_from_centuries_to_days() {
        let labels = |from: &str, to: &str, px: f64| -> Vec<String> {
            ticks(f64::from(d(from)), f64::from(d(to)), px).into_iter().map(|t| t.label).collect()
        };
        assert_eq!(
            labels("1900-06-01", "2020-01-01", 1000.0 / 43_000.0),
            ["1920", "1940", "1960", "1980", "2000", "2020"]
        );
        assert_eq!(labels("2018-12-15", "2020-02-01", 1.5), ["Jan 2019", "Apr", "Jul", "Oct", "Jan 2020"]);
        assert_eq!(labels("2019-11-18", "2019-11-20", 100.0), ["18 Nov", "19 Nov", "20 Nov"]);
    }

    #[test]
    fn every_tick_is_inside_the_range_and_labels_keep_apart() {
        let (from, to, px) = (f64::from(d("1905-01-01")), f64::from(d("2021-01-01")), 0.5);
        let t = ticks(from, to, px);
        assert!(t.iter().all(|t| (from..=to).contains(&f64::from(t.day))));
        assert!(t.windows(2).all(|w| f64::from(w[1].day - w[0].day) * px >= MIN_TICK_GAP * 0.9));
    }

    #[test]
    fn overlapping_markers_take_new_lanes_up_to_the_limit() {
        assert_eq!(lanes(&[(0.0, 10.0), (5.0, 15.0), (20.0, 30.0)], 2.0), [0, 1, 0]);
        let crowd: Vec<(f64, f64)> = (0..10).map(|_| (0.0, 10.0)).collect();
        assert_eq!(lanes(&crowd, 2.0).into_iter().max(), Some(MAX_LANES - 1));
        // Past the limit, a marker overlaps the lane that ends first, not always the last one.
        let mut spans: Vec<(f64, f64)> = (0..MAX_LANES).map(|i| (0.0, 100.0 + i as f64)).collect();
        spans.push((50.0, 60.0));
        assert_eq!(lanes(&spans, 2.0).last(), Some(&0));
    }
}
