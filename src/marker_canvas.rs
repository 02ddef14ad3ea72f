//! Draws the timeline's [`crate::markers`] on one canvas: a zoom repaints a bitmap instead of
//! patching, restyling and laying out hundreds of buttons.
//!
//! The look follows the stylesheet: colours are read from the canvas's computed style, where
//! `static/style.css` sets them from the theme's variables on properties a canvas does not
//! paint (`color` for the accent, the four border colours, `outline-color`), so light and dark
//! themes and a host page's overrides apply. They are read once and kept by the [`Painter`]
//! until told the colour scheme changed: reading a computed style in the middle of a render
//! would force the browser to restyle the whole page there and then. The bitmap is sized for
//! the device's pixel ratio.
//!
//! Limits: a host page that changes the theme's variables at run time is seen after the next
//! change of colour scheme; a hovered marker gets a ring, not a grown shape.

use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

use crate::markers::{short_count, Marker, Shape};

/// Colours and font, resolved from the canvas's computed style.
struct Palette {
    accent: String,
    accent_text: String,
    bar: String,
    highlight: String,
    surface: String,
    text: String,
    font: String,
}

impl Palette {
    fn read(canvas: &HtmlCanvasElement) -> Option<Palette> {
        let style = web_sys::window()?.get_computed_style(canvas).ok()??;
        let get = |name: &str| style.get_property_value(name).unwrap_or_default();
        Some(Palette {
            accent: get("color"),
            accent_text: get("border-left-color"),
            bar: get("border-top-color"),
            highlight: get("border-right-color"),
            surface: get("border-bottom-color"),
            text: get("outline-color"),
            font: format!("700 11px {}", get("font-family")),
        })
    }
}

/// Draws markers, keeping the colours it read.
#[derive(Default)]
pub struct Painter {
    palette: Option<Palette>,
    /// Whether the context has the palette's font: setting one makes the browser bring the
    /// page's style up to date there and then, so it is set only when the context lost it.
    font_set: bool,
    /// What the bitmap shows: a render that changes nothing drawn (a new filter the timeline
    /// has not been given yet, the selection moving in the list) leaves it as it is.
    shown: Option<Picture>,
}

/// Everything a drawing depends on besides the colours.
#[derive(PartialEq)]
struct Picture {
    markers: Vec<Marker>,
    hovered: Option<usize>,
    size: (f64, f64),
    ratio: f64,
}

impl Painter {
    /// Draws `markers` on `canvas`, `width` × `height` CSS pixels, with `hovered` ringed.
    pub fn draw(
        &mut self,
        canvas: &HtmlCanvasElement,
        markers: &[Marker],
        hovered: Option<usize>,
        width: f64,
        height: f64,
    ) {
        let ratio = web_sys::window().map_or(1.0, |w| w.device_pixel_ratio()).max(1.0);
        let unchanged = self.shown.as_ref().is_some_and(|p| {
            p.hovered == hovered && p.size == (width, height) && p.ratio == ratio && p.markers == markers
        });
        // A canvas the page replaced starts blank, at its default size.
        if unchanged && canvas.width() == pixels(width, ratio) {
            return;
        }
        if self.palette.is_none() {
            self.palette = Palette::read(canvas);
            self.font_set = false;
        }
        if let Some(palette) = &self.palette {
            self.font_set = draw(canvas, palette, self.font_set, markers, hovered, (width, height), ratio);
            let picture = Picture { markers: markers.to_vec(), hovered, size: (width, height), ratio };
            self.shown = Some(picture);
        }
    }

    /// Reads the colours again at the next draw, and draws then: the colour scheme changed.
    pub fn forget_colours(&mut self) {
        self.palette = None;
        self.shown = None;
    }
}

/// A length in CSS pixels as device pixels.
fn pixels(css: f64, ratio: f64) -> u32 {
    (css * ratio).round() as u32
}

/// Draws, and returns whether the context now has the palette's font.
fn draw(
    canvas: &HtmlCanvasElement,
    palette: &Palette,
    mut font_set: bool,
    markers: &[Marker],
    hovered: Option<usize>,
    (width, height): (f64, f64),
    ratio: f64,
) -> bool {
    let (pixels_wide, pixels_high) = (pixels(width, ratio), pixels(height, ratio));
    // A new size clears the bitmap and resets the context's state, its font too.
    if canvas.width() != pixels_wide {
        canvas.set_width(pixels_wide);
        font_set = false;
    }
    if canvas.height() != pixels_high {
        canvas.set_height(pixels_high);
        font_set = false;
    }
    let Some(context) =
        canvas.get_context("2d").ok().flatten().and_then(|c| c.dyn_into::<CanvasRenderingContext2d>().ok())
    else {
        return false;
    };
    let _ = context.set_transform(ratio, 0.0, 0.0, ratio, 0.0, 0.0);
    context.clear_rect(0.0, 0.0, width, height);
    // One path per colour, filled once: a few hundred markers are four fills and their
    // counts, not a fill or two each. Markers of one lane keep a gap between them, so the
    // ring that set each apart from its neighbours as a button is left out, except for the
    // hovered and the selected one, drawn last and over the rest.
    let plain = |m: &&Marker| !m.selected;
    paint_plain(&context, palette, || markers.iter().filter(plain));
    if let Some(marker) = hovered.and_then(|i| markers.get(i)).filter(plain) {
        ring(&context, marker, (4.0, &palette.accent), (2.0, &palette.surface));
        paint_plain(&context, palette, || std::iter::once(marker));
    }
    if let Some(marker) = markers.iter().find(|m| m.selected) {
        ring(&context, marker, (5.0, &palette.highlight), (3.0, &palette.surface));
        fill_outlines(&context, std::iter::once(marker), 0.0, &palette.highlight);
    }
    if !font_set {
        context.set_font(&palette.font);
        context.set_text_baseline("middle");
    }
    label_counts(&context, palette, markers);
    true
}

/// Writes the clusters' counts, grouped by alignment and colour so the context's state is set
/// once a group rather than once a label: with a few hundred pills, passing those settings
/// from wasm to the canvas cost more than the text. Each count is squeezed to its marker, so
/// where pills crowd over each other their counts do not run together; long bars' counts go
/// first and the pills' over them, as a pill's count is the one to read where both meet.
fn label_counts(context: &CanvasRenderingContext2d, palette: &Palette, markers: &[Marker]) {
    let counts = || {
        markers.iter().filter_map(|m| match m.shape {
            Shape::Cluster { count, long } => Some((m, count, long)),
            Shape::Dot | Shape::Bar => None,
        })
    };
    context.set_text_align("left");
    for selected in [false, true] {
        context.set_fill_style_str(if selected { &palette.accent_text } else { &palette.text });
        for (marker, count, _) in counts().filter(|c| c.2 && c.0.selected == selected) {
            let (left, top, right, bottom) = marker.bounds();
            let room = (right - left - 8.0).max(1.0);
            let _ =
                context.fill_text_with_max_width(&short_count(count), left + 6.0, (top + bottom) / 2.0, room);
        }
    }
    context.set_text_align("center");
    context.set_fill_style_str(&palette.accent_text);
    for (marker, count, _) in counts().filter(|c| !c.2) {
        let (left, top, right, bottom) = marker.bounds();
        let (middle, room) = ((left + right) / 2.0, (right - left).max(1.0));
        let _ = context.fill_text_with_max_width(&short_count(count), middle, (top + bottom) / 2.0, room);
    }
}

/// Drawn as a bar (a bar's tint inside an accent border) rather than filled with the accent.
fn is_barred(marker: &Marker) -> bool {
    matches!(marker.shape, Shape::Bar | Shape::Cluster { long: true, .. })
}

/// Adds a marker's rounded outline, grown by `grow` pixels on every side, to the current path.
fn outline(context: &CanvasRenderingContext2d, marker: &Marker, grow: f64) {
    let (left, top, right, bottom) = marker.bounds();
    let radius = match marker.shape {
        Shape::Bar | Shape::Cluster { long: true, .. } => 6.0,
        Shape::Dot | Shape::Cluster { long: false, .. } => (bottom - top) / 2.0,
    };
    let _ = context.round_rect_with_f64(
        left - grow,
        top - grow,
        right - left + 2.0 * grow,
        bottom - top + 2.0 * grow,
        (radius + grow).max(0.0),
    );
}

/// Markers in their unselected look: dots and pills filled with the accent, bars tinted inside
/// an accent border. `markers` is walked once per path (three paths, each filled or stroked
/// once, however many markers).
fn paint_plain<'m, I: Iterator<Item = &'m Marker>>(
    context: &CanvasRenderingContext2d,
    palette: &Palette,
    markers: impl Fn() -> I,
) {
    fill_outlines(context, markers().filter(|m| !is_barred(m)), 0.0, &palette.accent);
    fill_outlines(context, markers().filter(|m| is_barred(m)), 0.0, &palette.bar);
    context.begin_path();
    for marker in markers().filter(|m| is_barred(m)) {
        outline(context, marker, -0.75);
    }
    context.set_stroke_style_str(&palette.accent);
    context.set_line_width(1.5);
    context.stroke();
}

/// One path of the markers' outlines grown by `grow`, filled once with `colour`.
fn fill_outlines<'m>(
    context: &CanvasRenderingContext2d,
    markers: impl Iterator<Item = &'m Marker>,
    grow: f64,
    colour: &str,
) {
    context.begin_path();
    for marker in markers {
        outline(context, marker, grow);
    }
    context.set_fill_style_str(colour);
    context.fill();
}

/// Two rings around a marker: an outer one of the first colour, an inner gap of the second.
fn ring(context: &CanvasRenderingContext2d, marker: &Marker, outer: (f64, &str), inner: (f64, &str)) {
    for (grow, colour) in [outer, inner] {
        fill_outlines(context, std::iter::once(marker), grow, colour);
    }
}
