//! Painting a figure on the canvas: once per (figure, size, palette, pixel ratio), whole, and never a
//! picture of another figure.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use plotters_canvas::CanvasBackend;
use wasm_bindgen::prelude::*;
use web_sys::HtmlCanvasElement;
use yew::prelude::*;

use super::keep;
use super::size::{measure, Size};
use crate::chart::style::{Palette, SLIDE_ZOOM};
use crate::chart::{draw, layout_fit, min_height, preferred_height, slide_types, ChartError, Figure, Scene, Typeset};
use crate::ui::pixel_ratio::device_pixel_ratio;
use crate::ui::request_animation_frame;

/// The painted scene and what it was painted from: for hit-testing, and to paint each change once.
#[derive(Default)]
pub struct Painted {
    pub scene: Option<Rc<Scene>>,
    figure: Option<Rc<Figure>>,
    size: Option<Size>,
    palette: Option<Palette>,
    /// The view was hidden at the last call: the next shown one is a return.
    hidden: bool,
    /// Paints so far (`data-paints`, which tests and the benchmark read).
    paints: u32,
}

impl Painted {
    /// The pixel ratio the scene was drawn at (its marks are in device pixels).
    pub fn dpr(&self) -> f64 {
        self.size.map_or(1.0, |s| s.dpr)
    }

    /// The canvas's picture was freed (`keep.rs`): the next paint draws whatever the size.
    pub fn release(&mut self) {
        self.scene = None;
        self.size = None;
    }
}

/// The box's style, as the render and the first paint both write it: its preferred height (several
/// panels), and at least the height the figure needs at this width.
pub fn box_style(figure: &Figure, css_width: f64, fit: bool) -> Option<String> {
    if fit || css_width <= 0.0 {
        return None;
    }
    let least = min_height(figure, css_width);
    Some(match preferred_height(figure, css_width) {
        Some(h) => format!("height:{:.0}px;min-height:{least:.0}px", h.max(least)),
        None => format!("min-height:{least:.0}px"),
    })
}

thread_local! {
    static FIRST_CHART_MARKED: Cell<bool> = const { Cell::new(false) };
}

/// Marks the first chart on screen once, for the benchmark.
fn mark_first_chart() {
    if FIRST_CHART_MARKED.with(|m| m.replace(true)) {
        return;
    }
    if let Some(perf) = web_sys::window().and_then(|w| w.performance()) {
        let _ = perf.mark("first-chart");
    }
}

/// Draws `figure` on `canvas` for its box's `size`. The drawing may be larger than the box (a figure that
/// does not fit even at the page's type): the canvas then takes the drawing's size and the box scrolls.
fn paint(
    canvas: &HtmlCanvasElement,
    host: &web_sys::Element,
    figure: &Figure,
    size: Size,
    fit: bool,
    pal: &Palette,
) -> Result<Scene, ChartError> {
    let (w, h) = ((size.width * size.dpr).round(), (size.height * size.dpr).round());
    // A slide's type grows with its box and comes down where it must; a page chart is in the page's type.
    let types = match fit {
        true => slide_types(SLIDE_ZOOM, size.width, size.height),
        false => vec![Typeset::page(1.0)],
    };
    let scene = layout_fit(figure, w, h, size.dpr, &types, pal)?;
    let (sw, sh) = (scene.width.round(), scene.height.round());
    if canvas.width() != sw as u32 || canvas.height() != sh as u32 {
        canvas.set_width(sw as u32);
        canvas.set_height(sh as u32);
    }
    let overflows = sw > w + 0.5 || sh > h + 0.5;
    let _ = match overflows {
        true => canvas.set_attribute(
            "style",
            &format!("width:{:.1}px;height:{:.1}px", sw / size.dpr, sh / size.dpr),
        ),
        false => canvas.remove_attribute("style"),
    };
    let _ = host.class_list().toggle_with_force("overflows", overflows);
    let backend = CanvasBackend::with_canvas_object(canvas.clone())
        .ok_or_else(|| ChartError::Backend("canvas 2d context unavailable".to_string()))?;
    draw(backend, &scene)?;
    Ok(scene)
}

/// Whether the scene's text, line after line, holds `text` whole (see `chart::scene::squeezed`).
fn scene_says(scene: &crate::chart::Scene, text: &str) -> bool {
    use crate::chart::scene::squeezed;
    let drawn: String = scene.text_boxes.iter().map(|(_, t)| squeezed(t)).collect();
    drawn.contains(&squeezed(text))
}

/// What the paint hook needs of the canvas component.
pub struct PaintInputs {
    pub figure: Rc<Figure>,
    pub palette: Palette,
    /// The app's record of the pixel ratio: a reason to paint again (the ratio painted at is read live).
    pub ratio: f64,
    /// A slide: it fills its box as styled, its type grown with it (`chart::slide_types`).
    pub fit: bool,
    pub shown: bool,
}

/// What the last paint left: the scene (for the marks), and the message when nothing could be drawn.
pub struct PaintState {
    pub painted: Rc<RefCell<Painted>>,
    pub error: Option<String>,
    /// Bumped at each paint: the overlay (tooltip, focus ring) re-reads the scene.
    pub generation: u32,
}

/// Paints the figure when it, the box's size, the palette or the pixel ratio change, and when a hidden
/// view returns with its box changed meanwhile (`dirty`). On load it paints in the first frame's
/// animation callback: Yew's first render outlasts its 16 ms slice and lets the browser paint a frame
/// before it runs effects, which would show the box empty and move what is under it.
#[hook]
pub fn use_paint(
    inputs: PaintInputs,
    size: Option<Size>,
    host: NodeRef,
    canvas: NodeRef,
    dirty: Rc<Cell<bool>>,
) -> PaintState {
    let painted: Rc<RefCell<Painted>> = use_mut_ref(Painted::default);
    // This canvas's place in the page's canvas budget, for as long as it is mounted.
    let id = *use_memo((), |_| keep::new_id());
    use_effect_with((), move |_| move || keep::forget(id));
    let error = use_state_eq(|| None::<String>);
    let generation = use_state_eq(|| 0u32);
    let PaintInputs {
        figure,
        palette,
        ratio,
        fit,
        shown,
    } = inputs;
    let paint_now = {
        let (painted, error, generation) = (painted.clone(), error.clone(), generation.clone());
        Rc::new(
            move |figure: &Rc<Figure>, size: &Option<Size>, palette: &Palette, shown: bool| {
                let returning = std::mem::replace(&mut painted.borrow_mut().hidden, !shown);
                let (Some(el), Some(host)) = (canvas.cast::<HtmlCanvasElement>(), host.cast::<web_sys::Element>())
                else {
                    return;
                };
                // On screen it is never released; hidden, it may be, when the page holds too much.
                keep::note(id, &el, &painted, !shown);
                if !shown {
                    return;
                }
                let dpr = device_pixel_ratio();
                // First paint: give the box its height here and paint at once, rather than after another
                // render (which Yew may put off to a later task).
                if size.is_none() {
                    if let Some(style) = box_style(figure, measure(&host, dpr).width, fit) {
                        // The same attribute the next render writes.
                        let _ = host.set_attribute("style", &style);
                    }
                }
                // A view back on screen with the figure it painted, at the ratio it painted, takes its last
                // size (measuring would force a layout before the frame); otherwise the box is measured now.
                let (same_figure, last) = {
                    let p = painted.borrow();
                    (p.figure.as_ref().is_some_and(|f| Rc::ptr_eq(f, figure)), p.size)
                };
                let size = match (*size, last) {
                    (Some(_), Some(last)) if returning && same_figure && !dirty.get() && last.dpr == dpr => last,
                    _ => measure(&host, dpr),
                };
                dirty.set(false);
                let same = same_figure && {
                    let p = painted.borrow();
                    p.size == Some(size) && p.palette == Some(*palette) && p.scene.is_some()
                };
                if same {
                    if returning {
                        crate::ui::perf::end(crate::ui::perf::SWITCH, false);
                    }
                    return;
                }
                match paint(&el, &host, figure, size, fit, palette) {
                    Ok(scene) => {
                        // The verdict as drawn: present only when the picture carries it whole.
                        let verdict = figure.verdict.clone().filter(|v| scene_says(&scene, v));
                        let count = painted.borrow().paints + 1;
                        *painted.borrow_mut() = Painted {
                            scene: Some(Rc::new(scene)),
                            figure: Some(figure.clone()),
                            size: Some(size),
                            palette: Some(*palette),
                            hidden: false,
                            paints: count,
                        };
                        generation.set(count);
                        let _ = el.set_attribute("data-paints", &count.to_string());
                        let _ = el.remove_attribute("data-released");
                        keep::note(id, &el, &painted, false);
                        let _ = el.set_attribute("data-figure", &figure.title);
                        match verdict {
                            Some(v) => el.set_attribute("data-verdict", &v),
                            None => el.remove_attribute("data-verdict"),
                        }
                        .ok();
                        mark_first_chart();
                        crate::ui::perf::end(crate::ui::perf::SWITCH, false);
                        error.set(None);
                    }
                    // Nothing can be drawn (a box with no size, a failed backend): no picture of another
                    // figure stays, and the page says why.
                    Err(e) => {
                        el.set_width(el.width());
                        let _ = el.remove_attribute("data-figure");
                        let _ = el.remove_attribute("data-verdict");
                        {
                            let mut p = painted.borrow_mut();
                            p.scene = None;
                            p.figure = None;
                        }
                        generation.set(painted.borrow().paints);
                        error.set(Some(e.message(figure.lang)));
                    }
                }
            },
        )
    };
    {
        let paint_now = paint_now.clone();
        use_effect_with(
            (figure.clone(), size, palette, shown, ratio),
            move |(figure, size, palette, shown, _ratio)| paint_now(figure, size, palette, *shown),
        );
    }
    if painted.borrow().paints == 0 {
        let painted = painted.clone();
        request_animation_frame(&Closure::once_into_js(move || {
            if painted.borrow().paints == 0 {
                paint_now(&figure, &None, &palette, shown);
            }
        }));
    }
    PaintState {
        painted,
        error: (*error).clone(),
        generation: *generation,
    }
}
