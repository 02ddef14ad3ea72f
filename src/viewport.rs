//! The timeline's visible window, pure and natively tested: how far it is zoomed, where it is
//! centred, and how zooming around a point, panning and framing a range move it.
//!
//! A [`Viewport`] shows `domain.days / 2^zoom` days around `centre` (a day number, see
//! [`crate::axis::day_number`]); zoom is continuous, so a wheel or a pinch zooms smoothly and
//! the buttons step by whole levels. [`Limits`] keep it inside the corpus's [`Domain`] and
//! between zoom 0 (the whole domain) and the corpus's deepest zoom.
//!
//! Limits: a linear scale only; the window never shows days outside the domain.

use crate::axis::Domain;

/// What the timeline shows.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Viewport {
    /// The window is `2^zoom` times narrower than the domain.
    pub zoom: f64,
    /// The day in the middle of the window (fractional).
    pub centre: f64,
}

/// How far a viewport may go: the corpus's domain and deepest zoom.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Limits {
    pub domain: Domain,
    pub max_zoom: f64,
}

impl Limits {
    /// `view` with its zoom between 0 and the limit and its window inside the domain.
    pub fn clamp(&self, view: Viewport) -> Viewport {
        let zoom = if view.zoom.is_finite() { view.zoom.clamp(0.0, self.max_zoom.max(0.0)) } else { 0.0 };
        let half = self.domain.days / 2f64.powf(zoom) / 2.0;
        let (low, high) = (self.domain.start + half, self.domain.start + self.domain.days - half);
        let centre = if !view.centre.is_finite() {
            self.domain.start + self.domain.days / 2.0
        } else if low <= high {
            view.centre.clamp(low, high)
        } else {
            (low + high) / 2.0
        };
        Viewport { zoom, centre }
    }

    /// Days across the window at `view`.
    pub fn visible_days(&self, view: Viewport) -> f64 {
        self.domain.days / 2f64.powf(view.zoom)
    }

    /// The first day in the window at `view` (fractional).
    pub fn first_day(&self, view: Viewport) -> f64 {
        view.centre - self.visible_days(view) / 2.0
    }

    /// Zooms in by `levels` (out when negative) keeping the day at `anchor` (0 = left edge,
    /// 1 = right edge of the window) where it is, as a wheel or a pinch around a point does.
    pub fn zoom_around(&self, view: Viewport, levels: f64, anchor: f64) -> Viewport {
        let days = self.visible_days(view);
        let day = self.first_day(view) + anchor * days;
        let zoom = (view.zoom + levels).clamp(0.0, self.max_zoom.max(0.0));
        let new_days = self.domain.days / 2f64.powf(zoom);
        self.clamp(Viewport { zoom, centre: day - anchor * new_days + new_days / 2.0 })
    }

    /// Moves the window by `fraction` of its width (right when positive).
    pub fn pan(&self, view: Viewport, fraction: f64) -> Viewport {
        self.clamp(Viewport { centre: view.centre + fraction * self.visible_days(view), ..view })
    }

    /// The viewport that shows days `first..end` (end exclusive) with a little room on each
    /// side, as close as the limits allow.
    pub fn frame(&self, first: f64, end: f64) -> Viewport {
        let span = (end - first).max(1.0) * 1.1;
        let zoom = (self.domain.days / span).log2();
        self.clamp(Viewport { zoom, centre: (first + end) / 2.0 })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn limits() -> Limits {
        Limits { domain: Domain { start: 0.0, days: 1024.0 }, max_zoom: 7.0 }
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-6
    }

    #[test]
    fn zoom_zero_shows_the_whole_domain_and_each_level_halves_it() {
        let l = limits();
        let whole = l.clamp(Viewport { zoom: 0.0, centre: 900.0 });
        assert_eq!(whole, Viewport { zoom: 0.0, centre: 512.0 }, "the window cannot leave the domain");
        assert!(close(l.visible_days(Viewport { zoom: 3.0, centre: 0.0 }), 128.0));
    }

    #[test]
    fn zoom_stays_within_the_limits() {
        let l = limits();
        assert_eq!(l.clamp(Viewport { zoom: 12.0, centre: 500.0 }).zoom, 7.0);
        assert_eq!(l.clamp(Viewport { zoom: -2.0, centre: 500.0 }).zoom, 0.0);
        assert_eq!(
            l.clamp(Viewport { zoom: f64::NAN, centre: f64::INFINITY }),
            Viewport { zoom: 0.0, centre: 512.0 }
        );
    }

    #[test]
    fn zooming_around_a_point_keeps_that_day_under_it() {
        let l = limits();
        let view = Viewport { zoom: 2.0, centre: 500.0 };
        let anchor = 0.25;
        let day = l.first_day(view) + anchor * l.visible_days(view);
        for levels in [1.0, 0.3, -0.5] {
            let next = l.zoom_around(view, levels, anchor);
            assert!(close(next.zoom, 2.0 + levels));
            assert!(close(l.first_day(next) + anchor * l.visible_days(next), day), "{levels}");
        }
    }

    #[test]
    fn zooming_out_near_an_edge_stops_at_the_domain() {
        let l = limits();
        let next = l.zoom_around(Viewport { zoom: 5.0, centre: 10.0 }, -2.0, 0.0);
        assert!(close(l.first_day(next), 0.0));
    }

    #[test]
    fn panning_moves_by_a_share_of_the_window_and_stops_at_the_edges() {
        let l = limits();
        let view = Viewport { zoom: 3.0, centre: 500.0 };
        assert!(close(l.pan(view, 0.25).centre, 532.0));
        assert!(close(l.pan(view, -100.0).centre, 64.0));
    }

    #[test]
    fn framing_a_range_shows_all_of_it_and_little_else() {
        let l = limits();
        let view = l.frame(300.0, 340.0);
        let (first, days) = (l.first_day(view), l.visible_days(view));
        assert!(first <= 300.0 && first + days >= 340.0);
        assert!(days < 50.0, "{days}");
        assert_eq!(l.frame(0.0, 5000.0).zoom, 0.0);
        assert_eq!(l.frame(500.0, 500.0).zoom, 7.0, "a single day zooms only to the limit");
    }
}
