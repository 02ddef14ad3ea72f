//! The overview strip under the timeline: the whole corpus's span at once, as a histogram of
//! the matching events, with the window the axis shows and the date filter drawn over it.
//!
//! Dragging across the strip (mouse, pen or a finger moving sideways) brushes a period: it
//! becomes the date filter and the axis zooms to it. A click without a drag moves the window
//! there. So the dense months and a lone event decades away are each one gesture apart.
//!
//! Approach: the histogram has [`BINS`] bars whatever the corpus's size, counted once per
//! result (a long span adds to every bin it covers through a difference array), so the strip
//! costs the same for 15 events or 100,000. Heights grow with the square root of the count so
//! a bin with one event still shows; the whole corpus is drawn faintly behind the matching
//! events. Limits: not reachable by keyboard; the timeline's "Filter
//! to period" button and its keys do the same.

use std::rc::Rc;

use newsline_extract::query::DateRange;
use newsline_extract::EventId;
use web_sys::Element;
use yew::prelude::*;

use crate::axis::{date_of, Axis, Placed};
use crate::components::timeline::ByPtr;
use crate::viewport::Viewport;

/// Bars in the histogram.
pub const BINS: usize = 200;

#[derive(Properties)]
pub struct OverviewProps {
    pub axis: Rc<Axis>,
    pub events: Rc<Vec<EventId>>,
    /// The axis's window: first day and length in days.
    pub window: (f64, f64),
    pub range: Option<DateRange>,
    pub on_view: Callback<Viewport>,
    pub on_range: Callback<Option<DateRange>>,
}

impl PartialEq for OverviewProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.axis, &other.axis)
            && Rc::ptr_eq(&self.events, &other.events)
            && self.window == other.window
            && self.range == other.range
            && self.on_view == other.on_view
            && self.on_range == other.on_range
    }
}

/// An SVG path of one bar per non-empty bin, `BINS` wide and 100 high, heights relative to
/// `max` by square root.
fn bars(bins: &[u32], max: u32) -> String {
    let max = f64::from(max.max(1));
    let mut d = String::new();
    for (i, &n) in bins.iter().enumerate().filter(|(_, &n)| n > 0) {
        let top = 100.0 - (12.0 + 88.0 * (f64::from(n) / max).sqrt());
        d.push_str(&format!("M{i} 100V{top:.1}h1V100Z"));
    }
    d
}

/// Events per bin over the domain.
pub fn histogram(axis: &Axis, events: &[EventId]) -> Vec<u32> {
    count_bins(axis, events.iter().filter_map(|&id| axis.get(id)))
}

fn count_bins(axis: &Axis, placed: impl Iterator<Item = Placed>) -> Vec<u32> {
    let Some(domain) = axis.domain else { return vec![0; BINS] };
    let bin =
        |day: i32| ((domain.fraction(f64::from(day)) * BINS as f64).floor().max(0.0) as usize).min(BINS - 1);
    let mut diff = vec![0i64; BINS + 1];
    for p in placed {
        diff[bin(p.first)] += 1;
        diff[bin(p.last) + 1] -= 1;
    }
    let mut running = 0i64;
    diff[..BINS]
        .iter()
        .map(|d| {
            running += d;
            running.max(0) as u32
        })
        .collect()
}

#[component]
pub fn Overview(props: &OverviewProps) -> Html {
    let strip = use_node_ref();
    // A brush being dragged: where it started and where it is, as fractions of the strip.
    let brush = use_state(|| None::<(f64, f64)>);
    // The whole corpus, drawn faintly behind: filtered-out periods stay in sight and in reach.
    let corpus_bins = use_memo(ByPtr(props.axis.clone()), |axis| {
        let bins = count_bins(&axis.0, axis.0.placed.iter().flatten().copied());
        let max = bins.iter().copied().max().unwrap_or(0);
        (bars(&bins, max), max)
    });
    let matching = use_memo(
        (ByPtr(props.axis.clone()), ByPtr(props.events.clone()), corpus_bins.1),
        |(axis, events, max)| bars(&histogram(&axis.0, &events.0), *max),
    );
    let Some(domain) = props.axis.domain else { return html! {} };
    let limits = props.axis.limits();

    let fraction_at = {
        let strip = strip.clone();
        move |e: &PointerEvent| {
            strip.cast::<Element>().map_or(0.0, |el| {
                let rect = el.get_bounding_client_rect();
                ((f64::from(e.client_x()) - rect.left()) / rect.width().max(1.0)).clamp(0.0, 1.0)
            })
        }
    };
    let onpointerdown = {
        let (brush, strip, fraction_at) = (brush.clone(), strip.clone(), fraction_at.clone());
        Callback::from(move |e: PointerEvent| {
            if e.pointer_type() == "mouse" && e.button() != 0 {
                return;
            }
            if let Some(el) = strip.cast::<Element>() {
                let _ = el.set_pointer_capture(e.pointer_id());
            }
            let at = fraction_at(&e);
            brush.set(Some((at, at)));
        })
    };
    let onpointermove = {
        let (brush, fraction_at) = (brush.clone(), fraction_at.clone());
        Callback::from(move |e: PointerEvent| {
            if let Some((from, _)) = *brush {
                brush.set(Some((from, fraction_at(&e))));
            }
        })
    };
    let onpointerup = {
        let (brush, on_view, on_range, window) =
            (brush.clone(), props.on_view.clone(), props.on_range.clone(), props.window);
        Callback::from(move |e: PointerEvent| {
            let Some((from, _)) = *brush else { return };
            let to = fraction_at(&e);
            brush.set(None);
            let width = strip_width(&e);
            let (a, b) = (domain.day_at(from.min(to)), domain.day_at(from.max(to)));
            if (to - from).abs() * width < 4.0 {
                // A click: move the window, keep the zoom.
                let view = Viewport { zoom: (domain.days / window.1).log2(), centre: a };
                on_view.emit(limits.clamp(view));
            } else {
                let (first, last) = (a.floor() as i32, b.floor() as i32);
                on_range.emit(Some(DateRange::new(date_of(first), date_of(last))));
                on_view.emit(limits.frame(f64::from(first), f64::from(last + 1)));
            }
        })
    };
    let oncancel = {
        let brush = brush.clone();
        Callback::from(move |_: PointerEvent| brush.set(None))
    };

    let pct = |day: f64| domain.fraction(day) * 100.0;
    let (first, days) = props.window;
    let window_left = pct(first).clamp(0.0, 100.0);
    let window_width = (days / domain.days * 100.0).clamp(0.4, 100.0 - window_left);
    let range = props.range.map(|r| {
        let a = pct(f64::from(crate::axis::day_number(r.first))).clamp(0.0, 100.0);
        let b = pct(f64::from(crate::axis::day_number(r.last) + 1)).clamp(0.0, 100.0);
        (a, (b - a).max(0.4))
    });
    html! {
        <div class="nl-overview" ref={strip} aria-hidden="true" data-testid="overview"
            {onpointerdown} {onpointermove} onpointerup={onpointerup} onpointercancel={oncancel}>
            <svg class="nl-overview__bins" viewBox={format!("0 0 {BINS} 100")} preserveAspectRatio="none">
                <path class="is-corpus" d={corpus_bins.0.clone()} />
                <path d={(*matching).clone()} />
            </svg>
            if let Some((left, width)) = range {
                <span class="nl-overview__range" data-testid="overview-range"
                    style={format!("left:{left:.3}%;width:{width:.3}%")} />
            }
            <span class="nl-overview__window" data-testid="overview-window"
                style={format!("left:{window_left:.3}%;width:{window_width:.3}%")} />
            if let Some((a, b)) = *brush {
                <span class="nl-overview__brush" style={format!(
                    "left:{:.3}%;width:{:.3}%", a.min(b) * 100.0, (a - b).abs() * 100.0
                )} />
            }
        </div>
    }
}

fn strip_width(e: &PointerEvent) -> f64 {
    e.target_dyn_into::<Element>().map_or(1.0, |el| el.get_bounding_client_rect().width())
}

#[cfg(test)]
mod tests {
    use super::*;
    use newsline_extract::Event;

    fn axis(dates: &[&str]) -> Axis {
        let events: Vec<Event> = dates
            .iter()
            .enumerate()
            .map(|(i, d)| Event {
                id: EventId(i as u32),
                date: (*d).into(),
                summary: String::new(),
                entities: vec![],
                sources: vec![],
            })
            .collect();
        Axis::new(&events)
    }

    #[test]
    fn every_event_lands_in_a_bin_and_a_span_fills_the_bins_it_covers() {
        let a = axis(&["1910/1945", "2019-11-19", "2019-11-20"]);
        let all: Vec<EventId> = (0..3).map(EventId).collect();
        let bins = histogram(&a, &all);
        assert_eq!(bins.len(), BINS);
        assert_eq!(bins.iter().copied().max(), Some(2), "two days in November share a bin");
        let covered = bins.iter().filter(|&&n| n > 0).count();
        assert!(covered > BINS / 4, "the 36-year span covers about a third: {covered}");
        assert_eq!(histogram(&a, &all[1..]).iter().sum::<u32>(), 2);
    }
}
