//! The horizontal time axis: the events matching the filters at their dates, a toolbar (range
//! shown, date filter, fit, zoom) and the overview strip below ([`Overview`]).
//!
//! The axis draws only the window the [`Viewport`] names: ticks, and one marker per
//! [`crate::cluster`] cluster of the events in view (a lone event is a dot for a day or a bar for
//! a week, month, year or span; merged ones are a pill with their count, which zooms in to them
//! on a click, or filters the list to them once the timeline cannot zoom further). Markers are
//! [`crate::markers`] drawn on one canvas ([`crate::marker_canvas`]) after each render; a click
//! or a hover finds its marker by [`crate::markers::hit`], and a hover names it in the canvas's
//! tooltip. It pans by
//! drag, by the arrow keys and by a sideways wheel; it zooms by the wheel and double-click
//! around the pointer, by a two-finger pinch, by `+`/`-` and by the buttons. Every move is a
//! new viewport sent up through `on_view`; geometry comes from [`crate::axis`] and
//! [`crate::viewport`], and only the axis's width and pointer positions are read from the DOM.
//!
//! Limits: markers are not focusable (the event list is the keyboard path to events, and the
//! canvas is labelled with how many events it shows); a cluster of events on one day at the
//! deepest zoom can only be opened as a filter.

use std::rc::Rc;

use gloo_events::{EventListener, EventListenerOptions};
use newsline_extract::query::DateRange;
use newsline_extract::EventId;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlCanvasElement};
use yew::prelude::*;

use crate::axis::{self, date_of, Axis};
use crate::cluster::{cluster, Cluster};
use crate::components::overview::Overview;
use crate::corpus::SharedCorpus;
use crate::format::{date_label, month_name};
use crate::marker_canvas;
use crate::markers::{self, short_count, Click, Marker, Shape};
use crate::viewport::{Limits, Viewport};

const LANE_HEIGHT: f64 = 20.0;
const TICK_AREA: f64 = 30.0;
const DOT: f64 = 12.0;
const MIN_BAR: f64 = 6.0;
/// Markers closer than this merge.
const GAP: f64 = 3.0;
/// The widest stretch one cluster of short markers may cover.
const MAX_CLUSTER: f64 = 36.0;
/// Width assumed before the axis has been measured.
const UNMEASURED_WIDTH: f64 = 1000.0;
/// A press that moves less than this is a click, not a drag.
const DRAG_THRESHOLD: f64 = 4.0;
/// Zoom levels per pixel of vertical wheel movement.
const WHEEL_LEVELS_PER_PX: f64 = 1.0 / 250.0;

/// An `Rc` compared by pointer: a query result is a new `Rc` exactly when it changes, and
/// comparing 100,000 ids on every render is what this saves.
#[derive(Debug)]
pub struct ByPtr<T>(pub Rc<T>);

impl<T> Clone for ByPtr<T> {
    fn clone(&self) -> Self {
        ByPtr(self.0.clone())
    }
}

impl<T> PartialEq for ByPtr<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

#[derive(Properties)]
pub struct TimelineProps {
    pub axis: Rc<Axis>,
    /// The events to draw (those matching the filters), in date order.
    pub events: Rc<Vec<EventId>>,
    pub selected: Option<EventId>,
    pub viewport: Viewport,
    /// The date filter, drawn on the overview.
    pub range: Option<DateRange>,
    pub on_select: Callback<EventId>,
    /// A new window to show.
    pub on_view: Callback<Viewport>,
    /// A new date filter (`None` clears it).
    pub on_range: Callback<Option<DateRange>>,
}

impl PartialEq for TimelineProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.axis, &other.axis)
            && Rc::ptr_eq(&self.events, &other.events)
            && self.selected == other.selected
            && self.viewport == other.viewport
            && self.range == other.range
            && self.on_select == other.on_select
            && self.on_view == other.on_view
            && self.on_range == other.on_range
    }
}

/// The pointers pressed on the axis: where each started, where it is, and the viewport then.
#[derive(Debug, Default)]
struct Gesture {
    pointers: Vec<(i32, f64, f64)>,
    start: Viewport,
    dragging: bool,
    /// Whether the press being released was a drag: its click opens nothing.
    dragged: bool,
}

/// What the canvas shows, kept between renders for the pointer's hover.
#[derive(Default)]
struct Drawn {
    markers: Rc<Vec<Marker>>,
    size: (f64, f64),
    /// The pointer's position over the axis, if it is over it, and the marker there.
    pointer: Option<(f64, f64)>,
    hovered: Option<usize>,
    /// The tooltip the canvas has: it is written only when it changes, not on every render.
    tooltip: Option<String>,
    painter: marker_canvas::Painter,
}

/// What the non-Yew wheel listener needs from the latest render.
struct Latest {
    viewport: Viewport,
    limits: Limits,
    on_view: Callback<Viewport>,
}

#[component]
pub fn Timeline(props: &TimelineProps) -> Html {
    let shared = use_context::<SharedCorpus>().expect("Timeline is rendered inside the corpus context");
    let axis_ref = use_node_ref();
    let canvas_ref = use_node_ref();
    let width = use_state(|| 0.0f64);
    let gesture = use_mut_ref(Gesture::default);
    let drawn = use_mut_ref(Drawn::default);
    let limits = props.axis.limits();
    let view = limits.clamp(props.viewport);
    // The placements of the events to draw, in their order, side by side in memory, each with the
    // latest last day up to it: a render starts where an event can first reach into view.
    let placed = use_memo((ByPtr(props.axis.clone()), ByPtr(props.events.clone())), |(axis, events)| {
        let mut reach = i32::MIN;
        events
            .0
            .iter()
            .filter_map(|&id| {
                let p = axis.0.get(id)?;
                reach = reach.max(p.last);
                Some((id, p, reach))
            })
            .collect::<Vec<_>>()
    });
    let latest = use_mut_ref(|| Latest { viewport: view, limits, on_view: props.on_view.clone() });
    *latest.borrow_mut() = Latest { viewport: view, limits, on_view: props.on_view.clone() };

    {
        // Measure the axis now and whenever the window is resized.
        let (axis_ref, width) = (axis_ref.clone(), width.setter());
        use_effect_with((), move |_| {
            let measure = move || {
                if let Some(el) = axis_ref.cast::<Element>() {
                    width.set(f64::from(el.client_width()));
                }
            };
            measure();
            let listener = web_sys::window().map(|w| EventListener::new(&w, "resize", move |_| measure()));
            move || drop(listener)
        });
    }
    {
        // Yew's wheel listeners are passive; zooming must keep the page from scrolling.
        let (axis_ref, latest) = (axis_ref.clone(), latest.clone());
        use_effect_with((), move |_| {
            let listener = axis_ref.cast::<Element>().map(|el| {
                let target = el.clone();
                EventListener::new_with_options(
                    &el,
                    "wheel",
                    EventListenerOptions::enable_prevent_default(),
                    move |e| {
                        let Some(e) = e.dyn_ref::<WheelEvent>() else { return };
                        on_wheel(e, &target, &latest.borrow());
                    },
                )
            });
            move || drop(listener)
        });
    }
    {
        // A new colour scheme: the canvas reads its colours again and is drawn in them.
        let (canvas_ref, drawn) = (canvas_ref.clone(), drawn.clone());
        use_effect_with((), move |_| {
            let scheme =
                web_sys::window().and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten());
            let listener = scheme.map(|scheme| {
                EventListener::new(&scheme, "change", move |_| {
                    let mut drawn = drawn.borrow_mut();
                    drawn.painter.forget_colours();
                    if let Some(canvas) = canvas_ref.cast::<HtmlCanvasElement>() {
                        paint(&canvas, &mut drawn);
                    }
                })
            });
            move || drop(listener)
        });
    }
    {
        // Opening an event outside the window brings it into view at the same zoom.
        let (axis, on_view) = (props.axis.clone(), props.on_view.clone());
        use_effect_with(props.selected, move |&selected| {
            let Some(placed) = selected.and_then(|id| axis.get(id)) else { return };
            let mid = f64::from(placed.first + placed.last + 1) / 2.0;
            let first = limits.first_day(view);
            if !(first..=first + limits.visible_days(view)).contains(&mid) {
                on_view.emit(Viewport { centre: mid, ..view });
            }
        });
    }

    let Some(domain) = props.axis.domain else {
        return html! {
            <section class="nl-timeline" aria-label="Timeline">
                <p class="nl-muted">{ "No event has a date that can be placed on a timeline." }</p>
            </section>
        };
    };

    let width_px = if *width > 0.0 { *width } else { UNMEASURED_WIDTH };
    let days = limits.visible_days(view);
    let first = limits.first_day(view);
    let px_per_day = width_px / days;
    let x = |day: f64| (day - first) * px_per_day;
    let ticks = axis::ticks(first, first + days, px_per_day);

    // The events in view, as pixel extents, then merged. Events placed alike (one day, one
    // span) that come together are one weighted marker: a dense month of 100,000 events is a
    // few hundred markers to cluster, not 100,000.
    let mut spans: Vec<(f64, f64, usize)> = Vec::new();
    let mut ids = Vec::new();
    // Each marker's first and last day and whether it is a dot.
    let mut placements: Vec<(i32, i32, bool)> = Vec::new();
    let mut selected_at = None;
    // A marker ends at most MIN_BAR or DOT past its last day's end: before `start`, none shows.
    let start =
        placed.partition_point(|&(_, _, reach)| x(f64::from(reach) + 1.0) + MIN_BAR.max(DOT) < -MAX_CLUSTER);
    for &(id, p, _) in &placed[start..] {
        if placements.last() == Some(&(p.first, p.last, p.point)) {
            if let Some(last) = spans.last_mut() {
                last.2 += 1;
                if props.selected == Some(id) {
                    selected_at = Some(spans.len() - 1);
                }
                continue;
            }
        }
        let left = x(f64::from(p.first));
        if left > width_px + MAX_CLUSTER {
            break; // events come by first day: every later one starts further right
        }
        let span = if p.point {
            let mid = left + px_per_day / 2.0;
            (mid - DOT / 2.0, mid + DOT / 2.0)
        } else {
            (left, x(f64::from(p.last + 1)).max(left + MIN_BAR))
        };
        if span.1 >= -MAX_CLUSTER {
            if props.selected == Some(id) {
                selected_at = Some(spans.len());
            }
            spans.push((span.0, span.1, 1));
            ids.push(id);
            placements.push((p.first, p.last, p.point));
        }
    }
    let (clusters, of) = cluster(&spans, GAP, MAX_CLUSTER);
    let mut days_of = vec![(i32::MAX, i32::MIN); clusters.len()];
    for (&c, &(first, last, _)) in of.iter().zip(&placements) {
        days_of[c] = (days_of[c].0.min(first), days_of[c].1.max(last));
    }
    let selected_in = selected_at.map(|m| of[m]);
    let drawn_extents: Vec<(f64, f64)> = clusters.iter().map(|c| drawn_extent(c, width_px)).collect();
    let lanes = axis::lanes(&drawn_extents, GAP);
    let lanes_used = lanes.iter().max().map_or(1, |m| m + 1);
    let height = TICK_AREA + lanes_used as f64 * LANE_HEIGHT + 8.0;

    let zoom_by = |levels: f64| {
        let on_view = props.on_view.clone();
        Callback::from(move |_: MouseEvent| on_view.emit(limits.zoom_around(view, levels, 0.5)))
    };
    let on_fit = {
        let (axis, events, on_view) = (props.axis.clone(), props.events.clone(), props.on_view.clone());
        Callback::from(move |_: MouseEvent| {
            let placed = events.iter().filter_map(|&id| axis.get(id));
            let (lo, hi) = placed.fold((i32::MAX, i32::MIN), |(lo, hi), p| (lo.min(p.first), hi.max(p.last)));
            if lo <= hi {
                on_view.emit(limits.frame(f64::from(lo), f64::from(hi + 1)));
            }
        })
    };
    let on_range_from_view = {
        let on_range = props.on_range.clone();
        Callback::from(move |_: MouseEvent| {
            let (a, b) = (first.max(domain.start), (first + days).min(domain.start + domain.days));
            on_range.emit(Some(DateRange::new(date_of(a.ceil() as i32), date_of(b.floor() as i32 - 1))));
        })
    };
    let on_clear_range = props.on_range.reform(|_: MouseEvent| None);
    let onkeydown = {
        let on_view = props.on_view.clone();
        Callback::from(move |e: KeyboardEvent| {
            let step = if e.shift_key() { 0.5 } else { 0.1 };
            let next = match e.key().as_str() {
                "ArrowLeft" => limits.pan(view, -step),
                "ArrowRight" => limits.pan(view, step),
                "+" | "=" => limits.zoom_around(view, 1.0, 0.5),
                "-" | "_" => limits.zoom_around(view, -1.0, 0.5),
                _ => return,
            };
            e.prevent_default();
            on_view.emit(next);
        })
    };
    let ondblclick = {
        let (on_view, axis_ref) = (props.on_view.clone(), axis_ref.clone());
        Callback::from(move |e: MouseEvent| {
            if let Some(el) = axis_ref.cast::<Element>() {
                let rect = el.get_bounding_client_rect();
                let anchor = (f64::from(e.client_x()) - rect.left()) / rect.width().max(1.0);
                on_view.emit(limits.zoom_around(view, 1.0, anchor.clamp(0.0, 1.0)));
            }
        })
    };
    let onpointerdown = {
        let (gesture, axis_ref) = (gesture.clone(), axis_ref.clone());
        Callback::from(move |e: PointerEvent| {
            if e.pointer_type() == "mouse" && e.button() != 0 {
                return;
            }
            let x = pointer_x(&e, &axis_ref);
            let mut g = gesture.borrow_mut();
            g.pointers.retain(|p| p.0 != e.pointer_id());
            g.pointers.push((e.pointer_id(), x, x));
            // Every new finger starts the gesture again from where things are now.
            for p in g.pointers.iter_mut() {
                p.1 = p.2;
            }
            g.start = view;
            g.dragged = false;
            if g.pointers.len() > 1 {
                g.dragging = true;
                g.dragged = true;
            }
        })
    };
    let onpointermove = {
        let (gesture, axis_ref, on_view) = (gesture.clone(), axis_ref.clone(), props.on_view.clone());
        let (canvas_ref, drawn, shared) = (canvas_ref.clone(), drawn.clone(), shared.clone());
        Callback::from(move |e: PointerEvent| {
            let mut g = gesture.borrow_mut();
            if g.pointers.is_empty() {
                let mut drawn = drawn.borrow_mut();
                drawn.pointer = Some(pointer_at(&e, &axis_ref));
                if let Some(canvas) = canvas_ref.cast::<HtmlCanvasElement>() {
                    redraw_hover(&canvas, &mut drawn, &shared);
                }
                return;
            }
            let x = pointer_x(&e, &axis_ref);
            let Some(p) = g.pointers.iter_mut().find(|p| p.0 == e.pointer_id()) else { return };
            p.2 = x;
            let next = match *g.pointers.as_slice() {
                [(id, from, to)] => {
                    if !g.dragging && (to - from).abs() > DRAG_THRESHOLD {
                        g.dragging = true;
                        g.dragged = true;
                        if let Some(el) = axis_ref.cast::<Element>() {
                            let _ = el.set_pointer_capture(id);
                        }
                    }
                    if !g.dragging {
                        return;
                    }
                    limits.pan(g.start, -(to - from) / width_px)
                }
                [(_, a0, a1), (_, b0, b1), ..] => {
                    let (before, now) = ((b0 - a0).abs(), (b1 - a1).abs());
                    if before < 10.0 || now < 1.0 {
                        return;
                    }
                    let (mid0, mid1) = ((a0 + b0) / 2.0, (a1 + b1) / 2.0);
                    let zoomed = limits.zoom_around(g.start, (now / before).log2(), mid0 / width_px);
                    limits.pan(zoomed, -(mid1 - mid0) / width_px)
                }
                [] => return,
            };
            e.prevent_default();
            on_view.emit(next);
        })
    };
    let onpointerup = {
        let gesture = gesture.clone();
        Callback::from(move |e: PointerEvent| {
            let mut g = gesture.borrow_mut();
            g.pointers.retain(|p| p.0 != e.pointer_id());
            for p in g.pointers.iter_mut() {
                p.1 = p.2;
            }
            g.start = view;
            if g.pointers.is_empty() {
                g.dragging = false;
            }
        })
    };

    let markers: Rc<Vec<Marker>> = Rc::new(
        clusters
            .iter()
            .zip(&drawn_extents)
            .zip(lanes)
            .enumerate()
            .map(|(c, ((cluster, &(left, right)), lane))| {
                let event = ids[cluster.first];
                let days = days_of[c];
                let (shape, click) = if cluster.count == 1 {
                    let point = props.axis.get(event).is_some_and(|p| p.point);
                    (if point { Shape::Dot } else { Shape::Bar }, Click::Select(event))
                } else {
                    let target = limits.frame(f64::from(days.0), f64::from(days.1 + 1));
                    let click = if target.zoom > view.zoom + 0.05 {
                        Click::View(target)
                    } else {
                        Click::Range(DateRange::new(date_of(days.0), date_of(days.1)))
                    };
                    (Shape::Cluster { count: cluster.count, long: cluster.long }, click)
                };
                let top = TICK_AREA + lane as f64 * LANE_HEIGHT;
                Marker { left, right, top, shape, selected: selected_in == Some(c), click, event, days }
            })
            .collect(),
    );
    let shown = markers::events_shown(&markers);
    {
        // The canvas is drawn once the render is in the DOM, and whenever it changes.
        let (canvas_ref, drawn, markers) = (canvas_ref.clone(), drawn.clone(), markers.clone());
        let shared = shared.clone();
        use_effect(move || {
            let mut drawn = drawn.borrow_mut();
            drawn.markers = markers;
            drawn.size = (width_px, height);
            if let Some(canvas) = canvas_ref.cast::<HtmlCanvasElement>() {
                hover(&canvas, &mut drawn, &shared);
                paint(&canvas, &mut drawn);
            }
        });
    }
    let onclick = {
        let (gesture, drawn, axis_ref) = (gesture.clone(), drawn.clone(), axis_ref.clone());
        let (on_select, on_view, on_range) =
            (props.on_select.clone(), props.on_view.clone(), props.on_range.clone());
        Callback::from(move |e: MouseEvent| {
            if std::mem::take(&mut gesture.borrow_mut().dragged) {
                return;
            }
            let (x, y) = pointer_at(&e, &axis_ref);
            let drawn = drawn.borrow();
            let Some(marker) = markers::hit(&drawn.markers, x, y).map(|i| drawn.markers[i]) else { return };
            drop(drawn);
            match marker.click {
                Click::Select(id) => on_select.emit(id),
                Click::View(target) => on_view.emit(target),
                Click::Range(range) => on_range.emit(Some(range)),
            }
        })
    };
    let onpointerleave = {
        let (canvas_ref, drawn, shared) = (canvas_ref.clone(), drawn.clone(), shared.clone());
        Callback::from(move |_: PointerEvent| {
            let mut drawn = drawn.borrow_mut();
            drawn.pointer = None;
            if let Some(canvas) = canvas_ref.cast::<HtmlCanvasElement>() {
                redraw_hover(&canvas, &mut drawn, &shared);
            }
        })
    };

    let range_text = props.range.map(|r| range_label(r, domain.start, domain.start + domain.days));
    html! {
        <section class="nl-timeline" aria-label="Timeline">
            <div class="nl-timeline__bar">
                <span class="nl-timeline__range" data-testid="timeline-range">
                    { window_label(first.max(domain.start), days) }
                </span>
                <div class="nl-timeline__tools">
                    if let Some(text) = range_text {
                        <span class="nl-range-chip" data-testid="range">
                            <span class="nl-visually-hidden">{ "Dates: " }</span>{ text }
                            <button type="button" class="nl-range-chip__clear" aria-label="Clear the date filter"
                                data-testid="clear-range" onclick={on_clear_range}>{ "×" }</button>
                        </span>
                    } else {
                        <button type="button" class="nl-button nl-button--small" data-testid="range-from-view"
                            title="Show only the events in the period on screen" onclick={on_range_from_view}>
                            { "Filter to period" }</button>
                    }
                    <button type="button" class="nl-button nl-button--small" data-testid="fit"
                        title="Zoom to the events that match the filters" onclick={on_fit}>{ "Fit to results" }</button>
                    <div class="nl-zoom" role="group" aria-label="Zoom">
                        <button type="button" class="nl-icon-button" aria-label="Zoom out" data-testid="zoom-out"
                            disabled={view.zoom <= 0.0} onclick={zoom_by(-1.0)}>{ "−" }</button>
                        <button type="button" class="nl-icon-button" aria-label="Zoom in" data-testid="zoom-in"
                            disabled={view.zoom >= limits.max_zoom} onclick={zoom_by(1.0)}>{ "+" }</button>
                    </div>
                </div>
            </div>
            <div class="nl-timeline__axis" ref={axis_ref} tabindex="0" data-testid="timeline-axis"
                role="group" aria-roledescription="timeline"
                aria-label="Time axis: arrow keys move, plus and minus zoom; drag, wheel or pinch with a pointer"
                style={format!("height:{height:.0}px")}
                {onkeydown} {onclick} {ondblclick} {onpointerdown} {onpointermove} {onpointerleave}
                onpointerup={onpointerup.clone()} onpointercancel={onpointerup}>
                for tick in ticks {
                    <div key={tick.day} class="nl-tick" style={format!("left:{:.1}px", x(f64::from(tick.day)))}>
                        <span>{ tick.label }</span>
                    </div>
                }
                <canvas ref={canvas_ref} class="nl-timeline__markers" data-testid="timeline-markers"
                    data-events={shown.to_string()} data-markers={markers.len().to_string()}
                    role="img" aria-label={format!("{shown} {} in view", if shown == 1 { "event" } else { "events" })} />
            </div>
            <Overview axis={props.axis.clone()} events={props.events.clone()} window={(first, days)}
                range={props.range} on_view={props.on_view.clone()} on_range={props.on_range.clone()} />
        </section>
    }
}

fn on_wheel(e: &WheelEvent, el: &Element, latest: &Latest) {
    let rect = el.get_bounding_client_rect();
    let width = rect.width().max(1.0);
    // Lines and pages count as about 33 and 800 pixels, as browsers scroll them.
    let unit = match e.delta_mode() {
        1 => 33.0,
        2 => 800.0,
        _ => 1.0,
    };
    let (dx, dy) = (e.delta_x() * unit, e.delta_y() * unit);
    let next = if dx.abs() > dy.abs() || e.shift_key() {
        let d = if dx.abs() > dy.abs() { dx } else { dy };
        latest.limits.pan(latest.viewport, d / width)
    } else {
        let anchor = ((f64::from(e.client_x()) - rect.left()) / width).clamp(0.0, 1.0);
        latest.limits.zoom_around(latest.viewport, -dy * WHEEL_LEVELS_PER_PX, anchor)
    };
    e.prevent_default();
    if next != latest.viewport {
        latest.on_view.emit(next);
    }
}

fn pointer_x(e: &PointerEvent, axis_ref: &NodeRef) -> f64 {
    pointer_at(e, axis_ref).0
}

/// Where a pointer event is, in CSS pixels from the axis's top left.
fn pointer_at(e: &MouseEvent, axis_ref: &NodeRef) -> (f64, f64) {
    let (left, top) = axis_ref.cast::<Element>().map_or((0.0, 0.0), |el| {
        let rect = el.get_bounding_client_rect();
        (rect.left(), rect.top())
    });
    (f64::from(e.client_x()) - left, f64::from(e.client_y()) - top)
}

/// Finds the marker under the pointer and names it in the canvas's tooltip, with a hand for a
/// cursor over it.
fn hover(canvas: &HtmlCanvasElement, drawn: &mut Drawn, shared: &SharedCorpus) {
    let hovered = drawn.pointer.and_then(|(x, y)| markers::hit(&drawn.markers, x, y));
    drawn.hovered = hovered;
    let tooltip = hovered.map(|i| marker_label(shared, &drawn.markers[i]));
    if tooltip == drawn.tooltip {
        return;
    }
    match &tooltip {
        Some(label) => {
            let _ = canvas.set_attribute("title", label);
            let _ = canvas.style().set_property("cursor", "pointer");
        }
        None => {
            let _ = canvas.remove_attribute("title");
            let _ = canvas.style().remove_property("cursor");
        }
    }
    drawn.tooltip = tooltip;
}

fn paint(canvas: &HtmlCanvasElement, drawn: &mut Drawn) {
    let Drawn { markers, size, hovered, painter, .. } = drawn;
    painter.draw(canvas, markers, *hovered, size.0, size.1);
}

/// [`hover`], and the canvas drawn again if the marker under the pointer changed.
fn redraw_hover(canvas: &HtmlCanvasElement, drawn: &mut Drawn, shared: &SharedCorpus) {
    let before = drawn.hovered;
    hover(canvas, drawn, shared);
    if drawn.hovered != before {
        paint(canvas, drawn);
    }
}

/// "3 Jul 2019: Japan tightens …" for an event, "12 events, 3 Jul 2019 – 9 Jul 2019" for a
/// cluster.
fn marker_label(shared: &SharedCorpus, marker: &Marker) -> String {
    match marker.shape {
        Shape::Cluster { count, .. } => {
            format!("{count} events, {}", days_label(marker.days.0, marker.days.1))
        }
        Shape::Dot | Shape::Bar => shared
            .corpus
            .events
            .get(marker.event.0 as usize)
            .map(|e| format!("{}: {}", date_label(&e.date), e.summary))
            .unwrap_or_default(),
    }
}

/// A cluster's extent as drawn: wide enough for its count, and cut to a little beyond the axis.
fn drawn_extent(c: &Cluster, width: f64) -> (f64, f64) {
    let (mut left, mut right) = (c.left, c.right);
    if c.count > 1 && !c.long {
        let need = 12.0 + 7.0 * short_count(c.count).len() as f64;
        let mid = (left + right) / 2.0;
        left = left.min(mid - need / 2.0);
        right = right.max(mid + need / 2.0);
    }
    (left.max(-20.0), right.min(width + 20.0).max(left.max(-20.0) + MIN_BAR))
}

/// "3 Jul – 9 Jul 2019" for the days of a cluster.
fn days_label(first: i32, last: i32) -> String {
    let (a, b) = (date_of(first), date_of(last));
    if first == last {
        format!("{} {} {}", a.day(), month_name(a.month(), true), a.year())
    } else {
        format!(
            "{} {} {} – {} {} {}",
            a.day(),
            month_name(a.month(), true),
            a.year(),
            b.day(),
            month_name(b.month(), true),
            b.year()
        )
    }
}

/// The date filter, with an open end shown as the edge of the corpus.
fn range_label(range: DateRange, start: f64, end: f64) -> String {
    let first = axis::day_number(range.first).max(start.ceil() as i32);
    let last = axis::day_number(range.last).min(end.floor() as i32);
    days_label(first, last.max(first))
}

/// "Oct 2019 – Jan 2020": the dates at the edges of the window.
fn window_label(first: f64, days: f64) -> String {
    let show = |day: f64| {
        let d = date_of(day.floor() as i32);
        if days > 3.0 * 365.0 {
            d.year().to_string()
        } else if days > 60.0 {
            format!("{} {}", month_name(d.month(), true), d.year())
        } else {
            format!("{} {} {}", d.day(), month_name(d.month(), true), d.year())
        }
    };
    format!("{} – {}", show(first), show(first + days))
}
