//! The horizontal time axis with zoom buttons and an overview strip.
//!
//! The axis is a strip `2^zoom` viewports wide inside a horizontally scrolling viewport (the
//! page itself never scrolls sideways). Events are dots (a day) or bars (a week, month, year or
//! span), stacked in lanes so they do not hide each other. The overview shows the whole
//! domain with the visible window; a click there moves the window. Zooming keeps the centre of
//! the view in place; opening an event scrolls it into view. Geometry comes from
//! [`crate::axis`]; only scroll positions and widths are read from the DOM here.
//!
//! Limits: every visible event is a DOM node (no clustering or virtualisation yet).

use std::rc::Rc;

use gloo_events::EventListener;
use newsline_extract::EventId;
use web_sys::Element;
use yew::prelude::*;

use crate::axis::{self, Axis, Domain};
use crate::corpus::SharedCorpus;
use crate::format::date_label;

const LANE_HEIGHT: f64 = 18.0;
const TICK_AREA: f64 = 30.0;
const DOT: f64 = 12.0;
const MIN_BAR: f64 = 6.0;
/// Width assumed before the viewport has been measured.
const UNMEASURED_WIDTH: f64 = 1000.0;

#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    pub axis: Rc<Axis>,
    /// The events to draw (those matching the filters).
    pub events: Rc<Vec<EventId>>,
    pub selected: Option<EventId>,
    pub zoom: u32,
    pub max_zoom: u32,
    pub on_select: Callback<EventId>,
    pub on_zoom_in: Callback<()>,
    pub on_zoom_out: Callback<()>,
}

/// The viewport's width and scroll offset, in pixels.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
struct View {
    width: f64,
    left: f64,
}

fn measure(el: &Element) -> View {
    View { width: f64::from(el.client_width()), left: f64::from(el.scroll_left()) }
}

/// Scrolls `el` so that `centre` (a fraction of the strip) is in the middle.
fn scroll_to(el: &Element, centre: f64, scale: f64) -> View {
    let width = f64::from(el.client_width());
    let strip = width * scale;
    let left = (centre * strip - width / 2.0).clamp(0.0, (strip - width).max(0.0));
    el.set_scroll_left(left.round() as i32);
    View { width, left }
}

#[component]
pub fn Timeline(props: &TimelineProps) -> Html {
    let shared = use_context::<SharedCorpus>().expect("Timeline is rendered inside the corpus context");
    let viewport = use_node_ref();
    let overview = use_node_ref();
    let view = use_state(View::default);
    // The view's centre as a fraction of the strip: what zooming keeps still.
    let centre = use_mut_ref(|| props.axis.fit.1);
    let scale = 2f64.powi(props.zoom as i32);

    {
        // Runs on mount, on zoom and when the width changes: the strip is drawn with the width
        // last measured, so measure first, and scroll only once the strip has that width.
        let (viewport, view_width, view, centre) =
            (viewport.clone(), view.width, view.setter(), centre.clone());
        let drawn_width = view_width.round() as i32;
        use_effect_with((props.zoom, drawn_width), move |&(zoom, drawn_width)| {
            if let Some(el) = viewport.cast::<Element>() {
                let now = measure(&el);
                if now.width.round() as i32 != drawn_width {
                    view.set(now);
                } else {
                    view.set(scroll_to(&el, *centre.borrow(), 2f64.powi(zoom as i32)));
                }
            }
        });
    }
    {
        let (viewport, view) = (viewport.clone(), view.setter());
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|window| {
                EventListener::new(&window, "resize", move |_| {
                    if let Some(el) = viewport.cast::<Element>() {
                        view.set(measure(&el));
                    }
                })
            });
            move || drop(listener)
        });
    }
    {
        let (viewport, view, centre, axis) =
            (viewport.clone(), view.setter(), centre.clone(), props.axis.clone());
        use_effect_with((props.selected, props.zoom), move |&(selected, zoom)| {
            let target = selected.and_then(|id| Some((axis.get(id)?, axis.domain?)));
            if let (Some((placed, domain)), Some(el)) = (target, viewport.cast::<Element>()) {
                let at = domain.fraction(f64::from(placed.first + placed.last + 1) / 2.0);
                let current = measure(&el);
                let strip = current.width * 2f64.powi(zoom as i32);
                if !(current.left..=current.left + current.width).contains(&(at * strip)) {
                    *centre.borrow_mut() = at;
                    view.set(scroll_to(&el, at, 2f64.powi(zoom as i32)));
                }
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

    let onscroll = {
        let (view, centre) = (view.setter(), centre.clone());
        Callback::from(move |e: Event| {
            let now = measure(&e.target_unchecked_into::<Element>());
            let strip = now.width * scale;
            if strip > 0.0 {
                *centre.borrow_mut() = (now.left + now.width / 2.0) / strip;
            }
            view.set(now);
        })
    };
    let on_overview = {
        let (viewport, overview, view, centre) =
            (viewport.clone(), overview.clone(), view.setter(), centre.clone());
        Callback::from(move |e: MouseEvent| {
            let (Some(strip_el), Some(vp)) = (overview.cast::<Element>(), viewport.cast::<Element>()) else {
                return;
            };
            let rect = strip_el.get_bounding_client_rect();
            if rect.width() > 0.0 {
                let at = ((f64::from(e.client_x()) - rect.left()) / rect.width()).clamp(0.0, 1.0);
                *centre.borrow_mut() = at;
                view.set(scroll_to(&vp, at, scale));
            }
        })
    };

    let width = if view.width > 0.0 { view.width } else { UNMEASURED_WIDTH };
    let strip = width * scale;
    let px = |day: f64| domain.fraction(day) * strip;
    let visible_days = domain.days / scale;
    let first_visible = domain.day_at(view.left / strip);
    let ticks = axis::ticks(
        (first_visible - visible_days).max(domain.start),
        (first_visible + 2.0 * visible_days).min(domain.start + domain.days),
        strip / domain.days,
    );

    let markers: Vec<(EventId, axis::Placed, f64, f64)> = props
        .events
        .iter()
        .filter_map(|&id| {
            let p = props.axis.get(id)?;
            let (left, right) = if p.point {
                let mid = px(f64::from(p.first) + 0.5);
                (mid - DOT / 2.0, mid + DOT / 2.0)
            } else {
                let (l, r) = (px(f64::from(p.first)), px(f64::from(p.last + 1)));
                (l, r.max(l + MIN_BAR))
            };
            Some((id, p, left, right))
        })
        .collect();
    let spans: Vec<(f64, f64)> = markers.iter().map(|m| (m.2, m.3)).collect();
    let lanes = axis::lanes(&spans, 3.0);
    let lanes_used = lanes.iter().max().map_or(1, |m| m + 1);
    let height = TICK_AREA + lanes_used as f64 * LANE_HEIGHT + 8.0;

    let on_zoom_in = props.on_zoom_in.reform(|_| ());
    let on_zoom_out = props.on_zoom_out.reform(|_| ());
    let window_left = (view.left / strip * 100.0).clamp(0.0, 100.0);
    let window_width = (width / strip * 100.0).clamp(0.5, 100.0);

    html! {
        <section class="nl-timeline" aria-label="Timeline">
            <div class="nl-timeline__bar">
                <span class="nl-timeline__range" data-testid="timeline-range">
                    { range_label(&domain, first_visible, visible_days) }
                </span>
                <div class="nl-zoom" role="group" aria-label="Zoom">
                    <button type="button" class="nl-icon-button" aria-label="Zoom out" data-testid="zoom-out"
                        disabled={props.zoom == 0} onclick={on_zoom_out}>{ "−" }</button>
                    <button type="button" class="nl-icon-button" aria-label="Zoom in" data-testid="zoom-in"
                        disabled={props.zoom >= props.max_zoom} onclick={on_zoom_in}>{ "+" }</button>
                </div>
            </div>
            <div class="nl-timeline__viewport" ref={viewport} tabindex="0"
                aria-label="Time axis; scroll sideways with the arrow keys" {onscroll}>
                <div class="nl-timeline__strip" style={format!("width:{strip:.0}px;height:{height:.0}px")}>
                    for tick in ticks {
                        <div key={tick.day} class="nl-tick" style={format!("left:{:.1}px", px(f64::from(tick.day)))}>
                            <span>{ tick.label }</span>
                        </div>
                    }
                    for ((id, placed, left, right), lane) in markers.into_iter().zip(lanes) {
                        { marker(&shared, id, placed, (left, right), lane, props) }
                    }
                </div>
            </div>
            <div class="nl-overview" ref={overview} onclick={on_overview} aria-hidden="true" data-testid="overview">
                for &id in props.events.iter() {
                    if let Some(p) = props.axis.get(id) {
                        <span key={id.0} class="nl-overview__mark" style={format!(
                            "left:{:.3}%;width:{:.3}%",
                            domain.fraction(f64::from(p.first)) * 100.0,
                            (f64::from(p.last + 1 - p.first) / domain.days * 100.0).max(0.15)
                        )} />
                    }
                }
                <span class="nl-overview__window" style={format!("left:{window_left:.3}%;width:{window_width:.3}%")} />
            </div>
        </section>
    }
}

fn marker(
    shared: &SharedCorpus,
    id: EventId,
    placed: axis::Placed,
    (left, right): (f64, f64),
    lane: usize,
    props: &TimelineProps,
) -> Html {
    let Some(event) = shared.corpus.events.get(id.0 as usize) else {
        return html! {};
    };
    let onclick = props.on_select.reform(move |_| id);
    let class = classes!(
        "nl-marker",
        if placed.point { "is-point" } else { "is-bar" },
        (props.selected == Some(id)).then_some("is-selected"),
    );
    let style = format!(
        "left:{left:.1}px;width:{:.1}px;top:{:.0}px",
        right - left,
        TICK_AREA + lane as f64 * LANE_HEIGHT
    );
    let label = format!("{}: {}", date_label(&event.date), event.summary);
    html! {
        <button key={id.0} type="button" tabindex="-1" {class} {style} {onclick}
            data-testid="timeline-event" data-date={event.date.clone()}
            title={label.clone()} aria-label={label} />
    }
}

/// "Oct 2019 – Jan 2020": the dates at the edges of the view.
fn range_label(domain: &Domain, first: f64, days: f64) -> String {
    let first = first.max(domain.start);
    let last = (first + days).min(domain.start + domain.days);
    let show = |day: f64| {
        let d = axis::date_of(day.floor() as i32);
        if days > 3.0 * 365.0 {
            d.year().to_string()
        } else if days > 60.0 {
            format!("{} {}", crate::format::month_name(d.month(), true), d.year())
        } else {
            format!("{} {} {}", d.day(), crate::format::month_name(d.month(), true), d.year())
        }
    };
    format!("{} – {}", show(first), show(last))
}
