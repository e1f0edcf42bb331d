//! The chart canvas: sized to its box × devicePixelRatio, redrawn on resize, zoom and figure change;
//! marks answer the mouse (hover, click) and the keyboard (arrows, Enter) from the scene's own geometry.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo::timers::callback::Interval;
use plotters_canvas::CanvasBackend;
use wasm_bindgen::prelude::*;
use web_sys::{HtmlCanvasElement, ResizeObserver, ResizeObserverEntry};
use yew::prelude::*;

use super::request_animation_frame;
use super::table::chart_table;
use super::tooltip::tooltip;
use crate::chart::style::Palette;
use crate::chart::{draw, layout, preferred_height, ChartError, Figure, Scene, Target};

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
}

/// CSS size and pixel ratio of the canvas.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Size {
    width: f64,
    height: f64,
    dpr: f64,
}

fn device_pixel_ratio() -> f64 {
    web_sys::window()
        .map_or(1.0, |w| w.device_pixel_ratio())
        .clamp(1.0, 4.0)
}

fn measure(el: &web_sys::Element) -> Size {
    let rect = el.get_bounding_client_rect();
    Size {
        width: rect.width(),
        height: rect.height(),
        dpr: device_pixel_ratio(),
    }
}

/// The box's height, as the render and the first paint both write it.
fn height_style(px: f64) -> String {
    format!("height:{px:.0}px")
}

/// What stays alive while the canvas is mounted.
type Watchers = (ResizeObserver, Closure<dyn FnMut(js_sys::Array)>, Interval);

/// A hidden view's box has no size: it keeps its last size and picture for its return.
fn remeasure(el: &web_sys::Element, size: &UseStateHandle<Option<Size>>) {
    let now = measure(el);
    if now.width > 0.0 {
        size.set(Some(now));
    }
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

fn paint(
    canvas: &HtmlCanvasElement,
    figure: &Figure,
    size: Size,
    zoom: f64,
    pal: &Palette,
) -> Result<Scene, ChartError> {
    let (w, h) = ((size.width * size.dpr).round(), (size.height * size.dpr).round());
    // Lay out first: a size that fits nothing leaves the last picture in place.
    let scene = layout(figure, w, h, size.dpr * zoom, pal)?;
    if canvas.width() != w as u32 || canvas.height() != h as u32 {
        canvas.set_width(w as u32);
        canvas.set_height(h as u32);
    }
    let backend = CanvasBackend::with_canvas_object(canvas.clone())
        .ok_or_else(|| ChartError::Backend("canvas 2d context unavailable".to_string()))?;
    draw(backend, &scene)?;
    Ok(scene)
}

/// The painted scene, and what it was painted from, for hit-testing and to paint each change once.
#[derive(Default)]
struct Painted {
    scene: Option<Rc<Scene>>,
    figure: Option<Rc<Figure>>,
    size: Option<Size>,
    palette: Option<Palette>,
    dpr: f64,
    /// In a hidden view.
    hidden: bool,
    /// Paints so far (`data-paints`, which tests and the benchmark read).
    paints: u32,
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
    // In a hidden view: no ids (they stay unique), no overlay.
    let shown = use_context::<super::state::Shown>().is_none_or(|s| s.0);

    // Follow the box's size and the canvas's device-pixel size (ResizeObserver: resizes, zoom).
    // The canvas itself is measured: the box's border is not drawing surface. And check the pixel
    // ratio once a second: a move to a screen with another ratio (a projector) may resize nothing
    // and fire no event the page can rely on (a number compare).
    {
        let container = container.clone();
        let canvas = canvas.clone();
        let size = size.clone();
        use_effect_with((), move |_| {
            let mut cleanup: Option<Watchers> = None;
            if let (Some(host), Some(el)) = (container.cast::<web_sys::Element>(), canvas.cast::<web_sys::Element>()) {
                size.set(Some(measure(&el)));
                let on_resize = {
                    let (size, el) = (size.clone(), el.clone());
                    Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
                        let entry: Option<ResizeObserverEntry> = entries.get(0).dyn_into().ok();
                        if entry.is_some() {
                            remeasure(&el, &size);
                        }
                    })
                };
                if let Ok(observer) = ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
                    observer.observe(&host);
                    // The canvas's device-pixel box changes with the pixel ratio too (zoom, a projector),
                    // even when no CSS size does.
                    let options = web_sys::ResizeObserverOptions::new();
                    options.set_box(web_sys::ResizeObserverBoxOptions::DevicePixelContentBox);
                    observer.observe_with_options(&el, &options);
                    let last = Cell::new(device_pixel_ratio());
                    let interval = Interval::new(1000, move || {
                        let dpr = device_pixel_ratio();
                        if dpr != last.replace(dpr) {
                            remeasure(&el, &size);
                        }
                    });
                    cleanup = Some((observer, on_resize, interval));
                }
            }
            move || {
                if let Some((observer, _closure, _interval)) = cleanup {
                    observer.disconnect();
                }
            }
        });
    }

    // Paint once per (figure, size, theme) change. A view back on screen shows what it painted.
    let paint_now = {
        let canvas = canvas.clone();
        let container = container.clone();
        let error = error.clone();
        let painted = painted.clone();
        let generation = generation.clone();
        let (hovered, focused) = (hovered.clone(), focused.clone());
        let (zoom, fit) = (props.zoom, props.fit);
        Rc::new(
            move |figure: &Rc<Figure>, size: &Option<Size>, palette: &Palette, shown: &bool| {
                let returning = std::mem::replace(&mut painted.borrow_mut().hidden, !*shown);
                if !*shown {
                    return;
                }
                if let Some(el) = canvas.cast::<HtmlCanvasElement>() {
                    // First paint: give the box its preferred height here and paint at once, rather than
                    // after another render (which Yew may put off to a later task).
                    if size.is_none() && !fit {
                        let width = measure(&el).width;
                        if let (Some(host), Some(h)) = (
                            container.cast::<web_sys::Element>(),
                            preferred_height(figure, width / zoom),
                        ) {
                            // The same attribute the next render writes.
                            let _ = host.set_attribute("style", &height_style(h * zoom));
                        }
                    }
                    // The box may have just taken the figure's preferred height: measure now, not the last
                    // report. A view back on screen with the figure it painted takes the last report
                    // (measuring would force a layout before the frame; a resize meanwhile is reported by
                    // the observer after it).
                    let same_figure = painted.borrow().figure.as_ref().is_some_and(|f| Rc::ptr_eq(f, figure));
                    let size = match *size {
                        Some(size) if returning && same_figure => size,
                        _ => measure(&el),
                    };
                    let same = same_figure && {
                        let p = painted.borrow();
                        p.size == Some(size) && p.palette == Some(*palette)
                    };
                    if same {
                        if returning {
                            super::perf::end(super::perf::SWITCH, false);
                        }
                        return;
                    }
                    match paint(&el, figure, size, zoom, palette) {
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
                                dpr: size.dpr,
                                hidden: false,
                                paints: count,
                            };
                            generation.set(count);
                            let _ = el.set_attribute("data-paints", &count.to_string());
                            mark_first_chart();
                            super::perf::end(super::perf::SWITCH, false);
                            error.set(None);
                        }
                        // Hidden or collapsed: nothing to draw, nothing to report.
                        Err(ChartError::TooSmall { .. }) => {}
                        Err(e) => error.set(Some(e.message(figure.lang))),
                    }
                }
            },
        )
    };
    {
        let paint_now = paint_now.clone();
        use_effect_with(
            (props.figure.clone(), *size, palette, shown),
            move |(figure, size, palette, shown)| paint_now(figure, size, palette, shown),
        );
    }
    // On load, Yew's first render outlasts its 16 ms slice, so it lets the browser paint a frame before it
    // runs effects. Paint in that frame's animation callback instead: the page's first frame then has the
    // chart, at its height, and nothing under it moves. (After a switch the effect has painted by then.)
    if painted.borrow().scene.is_none() {
        let painted = painted.clone();
        let figure = props.figure.clone();
        request_animation_frame(&Closure::once_into_js(move || {
            if painted.borrow().scene.is_none() {
                paint_now(&figure, &None, &palette, &shown);
            }
        }));
    }

    let hit = {
        let painted = painted.clone();
        move |x: f64, y: f64| -> Option<usize> {
            let p = painted.borrow();
            let scene = p.scene.as_ref()?;
            scene.hit(x * p.dpr, y * p.dpr).map(|(i, _)| i)
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
    let onkeydown = {
        let focused = focused.clone();
        let on_activate = props.on_activate.clone();
        Callback::from(move |e: KeyboardEvent| {
            if mark_count == 0 {
                return;
            }
            let last = mark_count - 1;
            let current = *focused;
            let next = match e.key().as_str() {
                "ArrowRight" | "ArrowDown" => Some(current.map_or(0, |i| (i + 1).min(last))),
                "ArrowLeft" | "ArrowUp" => Some(current.map_or(0, |i| i.saturating_sub(1))),
                "Home" => Some(0),
                "End" => Some(last),
                "Enter" | " " => {
                    if let Some(t) = current.and_then(&target_of) {
                        on_activate.emit(t);
                    }
                    e.prevent_default();
                    return;
                }
                "Escape" => {
                    focused.set(None);
                    return;
                }
                _ => return,
            };
            e.prevent_default();
            focused.set(next);
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
                let d = p.dpr;
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

    let style = size
        .filter(|_| !props.fit)
        .and_then(|s| preferred_height(&props.figure, s.width / props.zoom))
        .map(|h| height_style(h * props.zoom));
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
