//! The timeline's markers as data: where each one is drawn, its shape, and what a click on it
//! does. The timeline computes them from its clusters on every render; a canvas draws them
//! ([`crate::marker_canvas`]) and [`hit`] finds the one under the pointer, so a
//! zoom patches one element instead of hundreds.
//!
//! Geometry is in CSS pixels from the axis's top left. Dots and bars are `MARKER_HEIGHT` tall
//! from their `top`; pills (clusters) are `PILL_HEIGHT` tall, centred on the same line.
//!
//! Limits: markers are not in the accessibility tree (the event list is the keyboard and
//! screen-reader path to events; the canvas is labelled with how many events it shows).

use newsline_extract::query::DateRange;
use newsline_extract::EventId;

use crate::viewport::Viewport;

/// Height of a dot or a bar.
pub const MARKER_HEIGHT: f64 = 12.0;
/// Height of a cluster's pill.
pub const PILL_HEIGHT: f64 = 16.0;
/// How far outside a marker a pointer still hits it: a 12 px dot is a small target.
const SLACK: f64 = 3.0;

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Shape {
    /// One event of a day.
    Dot,
    /// One event of a week, month, year or span.
    Bar,
    /// Several events merged: short ones as a pill, long bars as a wider bar; both show `count`.
    Cluster { count: usize, long: bool },
}

/// What clicking a marker does.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Click {
    /// Open this event.
    Select(EventId),
    /// Zoom in to a cluster's events.
    View(Viewport),
    /// Filter to a cluster's days, once the timeline cannot zoom further.
    Range(DateRange),
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Marker {
    pub left: f64,
    pub right: f64,
    pub top: f64,
    pub shape: Shape,
    pub selected: bool,
    pub click: Click,
    /// Its first event (a lone marker's event) and the first and last day of its events.
    pub event: EventId,
    pub days: (i32, i32),
}

impl Marker {
    /// The box drawn: `(left, top, right, bottom)`.
    pub fn bounds(&self) -> (f64, f64, f64, f64) {
        match self.shape {
            Shape::Cluster { .. } => {
                let top = self.top + (MARKER_HEIGHT - PILL_HEIGHT) / 2.0;
                (self.left, top, self.right, top + PILL_HEIGHT)
            }
            Shape::Dot | Shape::Bar => (self.left, self.top, self.right, self.top + MARKER_HEIGHT),
        }
    }

    /// How many events it stands for.
    pub fn count(&self) -> usize {
        match self.shape {
            Shape::Cluster { count, .. } => count,
            Shape::Dot | Shape::Bar => 1,
        }
    }
}

/// The marker under `(x, y)`: the nearest by its centre among those whose box, widened by a
/// few pixels, holds the point; the selected one first, as it is drawn on top.
pub fn hit(markers: &[Marker], x: f64, y: f64) -> Option<usize> {
    let distance = |m: &Marker| {
        let (left, top, right, bottom) = m.bounds();
        let inside =
            (left - SLACK..=right + SLACK).contains(&x) && (top - SLACK..=bottom + SLACK).contains(&y);
        inside.then(|| ((left + right) / 2.0 - x).abs() + ((top + bottom) / 2.0 - y).abs())
    };
    markers
        .iter()
        .enumerate()
        .filter_map(|(i, m)| Some((!m.selected, distance(m)?, i)))
        .min_by(|a, b| a.0.cmp(&b.0).then(a.1.total_cmp(&b.1)))
        .map(|(_, _, i)| i)
}

/// Events the markers stand for, all together.
pub fn events_shown(markers: &[Marker]) -> usize {
    markers.iter().map(Marker::count).sum()
}

/// A cluster's count as drawn: "12", "950", "1.2k", "34k".
pub fn short_count(n: usize) -> String {
    match n {
        0..=999 => n.to_string(),
        1_000..=9_999 => format!("{:.1}k", n as f64 / 1000.0),
        _ => format!("{}k", n / 1000),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marker(left: f64, right: f64, top: f64, shape: Shape) -> Marker {
        Marker {
            left,
            right,
            top,
            shape,
            selected: false,
            click: Click::Select(EventId(0)),
            event: EventId(0),
            days: (0, 0),
        }
    }

    #[test]
    fn a_point_hits_the_marker_it_is_on_or_just_beside() {
        let markers = [marker(10.0, 22.0, 30.0, Shape::Dot), marker(40.0, 52.0, 30.0, Shape::Bar)];
        assert_eq!(hit(&markers, 16.0, 36.0), Some(0));
        assert_eq!(hit(&markers, 24.0, 36.0), Some(0), "a little beside a small dot");
        assert_eq!(hit(&markers, 46.0, 41.0), Some(1));
        assert_eq!(hit(&markers, 31.0, 36.0), None, "between them");
        assert_eq!(hit(&markers, 16.0, 60.0), None, "below the lane");
    }

    #[test]
    fn overlapping_slack_goes_to_the_nearer_marker_and_the_selected_one_wins() {
        let mut markers = [marker(10.0, 22.0, 30.0, Shape::Dot), marker(25.0, 37.0, 30.0, Shape::Dot)];
        assert_eq!(hit(&markers, 23.0, 36.0), Some(0));
        assert_eq!(hit(&markers, 24.5, 36.0), Some(1));
        markers[0].selected = true;
        assert_eq!(hit(&markers, 24.5, 36.0), Some(0));
    }

    #[test]
    fn a_pill_is_taller_than_a_dot_and_counts_its_events() {
        let markers = [
            marker(10.0, 40.0, 30.0, Shape::Cluster { count: 12, long: false }),
            marker(60.0, 72.0, 30.0, Shape::Dot),
        ];
        assert_eq!(hit(&markers, 20.0, 27.5), Some(0), "its top edge is above the lane's dots");
        assert_eq!(events_shown(&markers), 13);
    }

    #[test]
    fn counts_shorten_past_a_thousand() {
        let shown: Vec<String> = [7, 950, 1_234, 34_567].into_iter().map(short_count).collect();
        assert_eq!(shown, ["7", "950", "1.2k", "34k"]);
    }
}
