//! The chart canvas: sized to its box × devicePixelRatio, redrawn on resize, zoom, a new pixel ratio and
//! a figure change; marks answer the mouse (hover, click) and the keyboard (arrows, Enter) from the
//! scene's own geometry. A figure is always drawn (a box too small for it gets a larger drawing, which
//! scrolls); a canvas that cannot be drawn is cleared and says why, never left with another figure.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use plotters_canvas::CanvasBackend;
use wasm_bindgen::prelude::*;
use web_sys::{HtmlCanvasElement, ResizeObserver};
use yew::prelude::*;

use super::request_animation_frame;
use super::table::chart_table;
use super::tooltip::tooltip;
use crate::chart::interact::{mark_key, MarkKey};
use crate::chart::style::Palette;
use crate::chart::{draw, layout_fit, min_height, preferred_height, ChartError, Figure, Scene, Target};

#[derive(Properties, PartialEq)]
pub struct ChartCanvasProps {
    pub figure: Rc<Figure>,
    /// A mark was clicked or activated with Enter.
    pub on_activate: Callback<Target>,
    /// Type and marks larger by this factor (presentation).
    #[prop_or(1.0)]
    pub zoom: f64,
    /// Fill the box as styled (presentation) instead of taking the figure's preferred height.
    #[prop_or(false)]
    pub fit: bool,
    pub palette: Palette,
    /// The screen's device pixel ratio (the app follows it as it changes).
    pub dpr: f64,
}

/// CSS size and pixel ratio of the canvas.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Size {
    width: f64,
    height: f64,
    dpr: f64,
}

/// The room the box gives its drawing: inside its border, beside any scroll bar (the canvas itself may be
/// larger than its box, when it scrolls).
fn measure(host: &web_sys::Element, dpr: f64) -> Size {
    Size {
        width: f64::from(host.client_width()),
        height: f64::from(host.client_height()),
        dpr,
    }
}

/// The zooms a figure is tried at, largest first: a slide keeps its large type where it fits and comes
/// down to the page's where it must (below that, it scrolls).
fn zooms(zoom: f64, fit: bool) -> Vec<f64> {
    if fit && zoom > 1.0 {
        vec![zoom, (zoom + 1.0) / 2.0, 1.0]
    } else {
        vec![zoom]
    }
}

/// The box's style, as the render and the first paint both write it: its preferred height (several
/// panels), and at least the height the figure needs at this width.
fn box_style(figure: &Figure, css_width: f64, zoom: f64, fit: bool) -> Option<String> {
    if fit || css_width <= 0.0 {
        return None;
    }
    let least = min_height(figure, css_width, zoom);
    Some(match preferred_height(figure, css_width / zoom) {
        Some(h) => format!("height:{:.0}px;min-height:{least:.0}px", (h * zoom).max(least)),
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
    zoom: f64,
    fit: bool,
    pal: &Palette,
) -> Result<Scene, ChartError> {
    let (w, h) = ((size.width * size.dpr).round(), (size.height * size.dpr).round());
    let scene = layout_fit(figure, w, h, size.dpr, &zooms(zoom, fit), pal)?;
    let (sw, sh) = (scene.width.round(), scene.height.round());
    if canvas.width() != sw as u32 || canvas.height() != sh as u32 {
        canvas.set_width(sw as u32);
        canvas.set_height(sh as u32);
    }
    let overflows = sw > w + 0.5 || sh > h + 0.5;
    let style = overflows.then(|| format!("width:{:.1}px;height:{:.1}px", sw / size.dpr, sh / size.dpr));
    let _ = match style {
        Some(style) => canvas.set_attribute("style", &style),
        None => canvas.remove_attribute("style"),
    };
    let _ = host.class_list().toggle_with_force("overflows", overflows);
    let backend = CanvasBackend::with_canvas_object(canvas.clone())
        .ok_or_else(|| ChartError::Backend("canvas 2d context unavailable".to_string()))?;
    draw(backend, &scene)?;
    Ok(scene)
}

/// Empties a canvas: what it showed belongs to another figure.
fn clear(canvas: &HtmlCanvasElement) {
    canvas.set_width(canvas.width());
}

/// A resize observer and its callback, alive while the canvas is mounted.
type Observer = (ResizeObserver, Closure<dyn FnMut(js_sys::Array)>);

/// The painted scene, and what it was painted from, for hit-testing and to paint each change once.
#[derive(Default)]
struct Painted {
    scene: Option<Rc<Scene>>,
    figure: Option<Rc<Figure>>,
    size: Option<Size>,
    palette: Option<Palette>,
    /// In a hidden view.
    hidden: bool,
    /// The box may have changed while its view was hidden (a resize, a new pixel ratio): measure on return.
    dirty: bool,
    /// Paints so far (`data-paints`, which tests and the benchmark read).
    paints: u32,
}

impl Painted {
    fn dpr(&self) -> f64 {
        self.size.map_or(1.0, |s| s.dpr)
    }
}

#[function_component(ChartCanvas)]
pub fn chart_canvas(props: &ChartCanvasProps) -> Html {
    let container = use_node_ref();
    let canvas = use_node_ref();
    let size = use_state_eq(|| None::<Size>);
    let error = use_state_eq(|| None::<String>);
    let painted: Rc<RefCell<Painted>> = use_mut_ref(Painted::default);
    // The mark under the pointer, and the mark with keyboard focus (indices into the scene's marks).
    let hovered = use_state_eq(|| None::<usize>);
    let focused = use_state_eq(|| None::<usize>);
    // Bumped after each paint: a render, so the overlay (tooltip, focus ring) re-reads the scene.
    let generation = use_state_eq(|| 0u32);
    // The data table under the chart is on screen (it is always there for screen readers).
    let table_shown = use_state_eq(|| false);
    let palette = props.palette;
    let dpr = props.dpr;
    // In a hidden view: no ids (they stay unique), no overlay, no measuring (its layout is not the page's).
    let shown = use_context::<super::state::Shown>().is_none_or(|s| s.0);
    let shown_now = use_mut_ref(|| shown);
    *shown_now.borrow_mut() = shown;

    // Follow the box's size and the canvas's device-pixel size (resizes, zoom). Reports are handled in the
    // next frame (a size set inside the observer's callback would loop it), and only while the view is on
    // screen; a hidden view notes that it must measure again when it returns.
    {
        let (container, canvas, size) = (container.clone(), canvas.clone(), size.clone());
        let (painted, shown_now) = (painted.clone(), shown_now.clone());
        use_effect_with((), move |_| {
            let mut cleanup: Option<Observer> = None;
            if let (Some(host), Some(el)) = (container.cast::<web_sys::Element>(), canvas.cast::<web_sys::Element>()) {
                let on_resize = {
                    let host = host.clone();
                    Closure::<dyn FnMut(js_sys::Array)>::new(move |_entries: js_sys::Array| {
                        let (host, size, painted, shown_now) =
                            (host.clone(), size.clone(), painted.clone(), shown_now.clone());
                        request_animation_frame(&Closure::once_into_js(move || {
                            if !*shown_now.borrow() {
                                painted.borrow_mut().dirty = true;
                                return;
                            }
                            let now = measure(&host, super::pixel_ratio::device_pixel_ratio());
                            if now.width > 0.0 {
                                size.set(Some(now));
                            }
                        }));
                    })
                };
                if let Ok(observer) = ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
                    observer.observe(&host);
                    // The canvas's device-pixel box changes with the pixel ratio (zoom, a projector) even
                    // when no CSS size does.
                    let options = web_sys::ResizeObserverOptions::new();
                    options.set_box(web_sys::ResizeObserverBoxOptions::DevicePixelContentBox);
                    observer.observe_with_options(&el, &options);
                    cleanup = Some((observer, on_resize));
                }
            }
            move || {
                if let Some((observer, _closure)) = cleanup {
                    observer.disconnect();
                }
            }
        });
    }

    // Paint once per (figure, size, theme, pixel ratio) change. A view back on screen shows what it painted,
    // unless its box may have changed meanwhile.
    let paint_now = {
        let canvas = canvas.clone();
        let container = container.clone();
        let error = error.clone();
        let painted = painted.clone();
        let generation = generation.clone();
        let (hovered, focused) = (hovered.clone(), focused.clone());
        let (zoom, fit) = (props.zoom, props.fit);
        Rc::new(
            // `_ratio` is the app's record of the pixel ratio, a reason to paint again; the ratio painted at
            // is read now (a resize observer may learn of a new one first).
            move |figure: &Rc<Figure>, size: &Option<Size>, palette: &Palette, shown: &bool, _ratio: &f64| {
                let dpr = super::pixel_ratio::device_pixel_ratio();
                let returning = std::mem::replace(&mut painted.borrow_mut().hidden, !*shown);
                if !*shown {
                    return;
                }
                let (Some(el), Some(host)) = (canvas.cast::<HtmlCanvasElement>(), container.cast::<web_sys::Element>())
                else {
                    return;
                };
                // First paint: give the box its height here and paint at once, rather than after another
                // render (which Yew may put off to a later task).
                if size.is_none() {
                    if let Some(style) = box_style(figure, measure(&host, dpr).width, zoom, fit) {
                        // The same attribute the next render writes.
                        let _ = host.set_attribute("style", &style);
                    }
                }
                // A view back on screen with the figure it painted, at the ratio it painted, takes its last
                // size (measuring would force a layout before the frame); otherwise the box is measured now.
                let (same_figure, dirty, last) = {
                    let p = painted.borrow();
                    (
                        p.figure.as_ref().is_some_and(|f| Rc::ptr_eq(f, figure)),
                        p.dirty,
                        p.size,
                    )
                };
                let size = match (*size, last) {
                    (Some(_), Some(last)) if returning && same_figure && !dirty && last.dpr == dpr => last,
                    _ => measure(&host, dpr),
                };
                painted.borrow_mut().dirty = false;
                let same = same_figure && {
                    let p = painted.borrow();
                    p.size == Some(size) && p.palette == Some(*palette) && p.scene.is_some()
                };
                if same {
                    if returning {
                        super::perf::end(super::perf::SWITCH, false);
                    }
                    return;
                }
                match paint(&el, &host, figure, size, zoom, fit, palette) {
                    Ok(scene) => {
                        let count = painted.borrow().paints + 1;
                        let keep = |i: Option<usize>| i.filter(|i| *i < scene.marks.len());
                        hovered.set(None);
                        focused.set(keep(*focused));
                        *painted.borrow_mut() = Painted {
                            scene: Some(Rc::new(scene)),
                            figure: Some(figure.clone()),
                            size: Some(size),
                            palette: Some(*palette),
                            hidden: false,
                            dirty: false,
                            paints: count,
                        };
                        generation.set(count);
                        let _ = el.set_attribute("data-paints", &count.to_string());
                        let _ = el.set_attribute("data-figure", &figure.title);
                        mark_first_chart();
                        super::perf::end(super::perf::SWITCH, false);
                        error.set(None);
                    }
                    // Nothing can be drawn (a box with no size, a failed backend): no picture of another
                    // figure stays, and the page says why.
                    Err(e) => {
                        clear(&el);
                        let _ = el.remove_attribute("data-figure");
                        {
                            let mut p = painted.borrow_mut();
                            p.scene = None;
                            p.figure = None;
                        }
                        hovered.set(None);
                        focused.set(None);
                        error.set(Some(e.message(figure.lang)));
                    }
                }
            },
        )
    };
    {
        let paint_now = paint_now.clone();
        use_effect_with(
            (props.figure.clone(), *size, palette, shown, dpr),
            move |(figure, size, palette, shown, dpr)| paint_now(figure, size, palette, shown, dpr),
        );
    }
    // On load, Yew's first render outlasts its 16 ms slice, so it lets the browser paint a frame before it
    // runs effects. Paint in that frame's animation callback instead: the page's first frame then has the
    // chart, at its height, and nothing under it moves. (After a switch the effect has painted by then.)
    if painted.borrow().paints == 0 {
        let painted = painted.clone();
        let figure = props.figure.clone();
        request_animation_frame(&Closure::once_into_js(move || {
            if painted.borrow().paints == 0 {
                paint_now(&figure, &None, &palette, &shown, &dpr);
            }
        }));
    }

    let hit = {
        let painted = painted.clone();
        move |x: f64, y: f64| -> Option<usize> {
            let p = painted.borrow();
            let scene = p.scene.as_ref()?;
            let d = p.dpr();
            scene.hit(x * d, y * d).map(|(i, _)| i)
        }
    };
    let target_of = {
        let painted = painted.clone();
        move |i: usize| {
            painted
                .borrow()
                .scene
                .as_ref()
                .and_then(|s| s.marks.get(i))
                .map(|m| m.target)
        }
    };
    let onmousemove = {
        let hovered = hovered.clone();
        let hit = hit.clone();
        Callback::from(move |e: MouseEvent| {
            let now = hit(f64::from(e.offset_x()), f64::from(e.offset_y()));
            if now.is_some() && now != *hovered {
                super::perf::start(super::perf::HOVER);
            }
            hovered.set(now)
        })
    };
    let onmouseleave = {
        let hovered = hovered.clone();
        Callback::from(move |_| hovered.set(None))
    };
    let onclick = {
        let on_activate = props.on_activate.clone();
        let target_of = target_of.clone();
        Callback::from(move |e: MouseEvent| {
            if let Some(t) = hit(f64::from(e.offset_x()), f64::from(e.offset_y())).and_then(&target_of) {
                on_activate.emit(t);
            }
        })
    };
    let mark_count = painted.borrow().scene.as_ref().map_or(0, |s| s.marks.len());
    // A key the chart uses is the chart's alone: it does not also reach the page (the presentation's
    // arrows and Enter would move to another slide as well).
    let onkeydown = {
        let focused = focused.clone();
        let on_activate = props.on_activate.clone();
        Callback::from(move |e: KeyboardEvent| {
            match mark_key(&e.key(), *focused, mark_count) {
                MarkKey::Ignore => return,
                MarkKey::Focus(i) => focused.set(Some(i)),
                MarkKey::Leave => focused.set(None),
                MarkKey::Activate => {
                    if let Some(t) = (*focused).and_then(&target_of) {
                        on_activate.emit(t);
                    }
                }
            }
            e.prevent_default();
            e.stop_propagation();
        })
    };
    let onfocus = {
        let focused = focused.clone();
        Callback::from(move |_| {
            if focused.is_none() && mark_count > 0 {
                focused.set(Some(0));
            }
        })
    };
    let onblur = {
        let focused = focused.clone();
        Callback::from(move |_| focused.set(None))
    };

    // The overlay: focus ring and tooltip for the focused mark, else the hovered one.
    let active = (*focused).or(*hovered).filter(|_| shown);
    let overlay = {
        let p = painted.borrow();
        match (p.scene.as_ref(), active) {
            (Some(scene), Some(i)) => scene.marks.get(i).map(|m| {
                let d = p.dpr();
                let (x, y, w, h) = (m.rect.x / d, m.rect.y / d, m.rect.w / d, m.rect.h / d);
                let ring = format!("left:{x:.1}px;top:{y:.1}px;width:{w:.1}px;height:{h:.1}px");
                html! {
                    <>
                        if focused.is_some() {
                            <div class="focus-ring" style={ring} aria-hidden="true"></div>
                        }
                        { tooltip(m.target, x + w / 2.0, y, scene.width / d, props.figure.lang.t()) }
                    </>
                }
            }),
            _ => None,
        }
    };

    // The tooltip is on screen once this effect runs: the end of a hover.
    use_effect_with(active, |active| {
        if active.is_some() {
            super::perf::end(super::perf::HOVER, true);
        }
    });

    let style = size.and_then(|s| box_style(&props.figure, s.width, props.zoom, props.fit));
    html! {
        <>
        <div class="chart-box" ref={container} style={style}>
            // Keyed, fixed children: the canvas element must survive every overlay change
            // (a replaced canvas is blank).
            <canvas key="canvas" ref={canvas} id={shown.then_some("chart")} tabindex="0" role="img"
                aria-label={props.figure.summary.clone()}
                aria-describedby={shown.then_some("chart-keys")}
                {onmousemove} {onmouseleave} {onclick} {onkeydown} {onfocus} {onblur}></canvas>
            <div key="overlay" class="chart-overlay">{ for overlay }</div>
            <div key="status" class="chart-status">
                if let Some(message) = (*error).clone() {
                    <p class="error" role="alert">{ message }</p>
                }
            </div>
            <p key="keys" id={shown.then_some("chart-keys")} class="visually-hidden">{ props.figure.lang.t().chart_keys }</p>
        </div>
        { chart_table(&props.figure, table_shown, shown.then_some("chart-data")) }
        </>
    }
}
