//! The chart canvas: sized to its container × devicePixelRatio, redrawn on resize, zoom and spec change.

use std::cell::Cell;
use std::rc::Rc;

use gloo::events::EventListener;
use plotters_canvas::CanvasBackend;
use wasm_bindgen::prelude::*;
use web_sys::{HtmlCanvasElement, ResizeObserver, ResizeObserverEntry};
use yew::prelude::*;

use crate::chart::{draw, layout, ChartError, ChartSpec, Scene};

#[derive(Properties, PartialEq)]
pub struct ChartCanvasProps {
    pub spec: Rc<ChartSpec>,
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

/// What stays alive while the canvas is mounted.
type Watchers = (ResizeObserver, Closure<dyn FnMut(js_sys::Array)>, EventListener);

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

fn paint(canvas: &HtmlCanvasElement, spec: &ChartSpec, size: Size) -> Result<Scene, ChartError> {
    let (w, h) = ((size.width * size.dpr).round(), (size.height * size.dpr).round());
    // Lay out first: a size that fits nothing leaves the last picture in place.
    let scene = layout(spec, w, h, size.dpr)?;
    if canvas.width() != w as u32 || canvas.height() != h as u32 {
        canvas.set_width(w as u32);
        canvas.set_height(h as u32);
    }
    let backend = CanvasBackend::with_canvas_object(canvas.clone())
        .ok_or_else(|| ChartError::Backend("canvas 2d context unavailable".to_string()))?;
    draw(backend, &scene)?;
    Ok(scene)
}

#[function_component(ChartCanvas)]
pub fn chart_canvas(props: &ChartCanvasProps) -> Html {
    let container = use_node_ref();
    let canvas = use_node_ref();
    let size = use_state_eq(|| None::<Size>);
    let error = use_state_eq(|| None::<String>);
    let paints = use_mut_ref(|| 0u32);

    // Follow the container's size (ResizeObserver) and the pixel ratio (zoom, another screen).
    // The canvas itself is measured: the container's border is not drawing surface.
    {
        let container = container.clone();
        let canvas = canvas.clone();
        let size = size.clone();
        use_effect_with((), move |_| {
            let mut cleanup: Option<Watchers> = None;
            if let (Some(host), Some(el)) = (container.cast::<web_sys::Element>(), canvas.cast::<web_sys::Element>()) {
                size.set(Some(measure(&el)));
                let on_resize = {
                    let size = size.clone();
                    let el = el.clone();
                    Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
                        let entry: Option<ResizeObserverEntry> = entries.get(0).dyn_into().ok();
                        if entry.is_some() {
                            size.set(Some(measure(&el)));
                        }
                    })
                };
                let window_resize = {
                    let size = size.clone();
                    let el = el.clone();
                    web_sys::window().map(|w| EventListener::new(&w, "resize", move |_| size.set(Some(measure(&el)))))
                };
                if let (Ok(observer), Some(listener)) =
                    (ResizeObserver::new(on_resize.as_ref().unchecked_ref()), window_resize)
                {
                    observer.observe(&host);
                    cleanup = Some((observer, on_resize, listener));
                }
            }
            move || {
                if let Some((observer, _closure, _listener)) = cleanup {
                    observer.disconnect();
                }
            }
        });
    }

    // Paint once per (spec, size) change.
    {
        let canvas = canvas.clone();
        let error = error.clone();
        let paints = paints.clone();
        use_effect_with((props.spec.clone(), *size), move |(spec, size)| {
            if let (Some(el), Some(size)) = (canvas.cast::<HtmlCanvasElement>(), size) {
                match paint(&el, spec, *size) {
                    Ok(_) => {
                        *paints.borrow_mut() += 1;
                        let _ = el.set_attribute("data-paints", &paints.borrow().to_string());
                        mark_first_chart();
                        error.set(None);
                    }
                    // Hidden or collapsed: nothing to draw, nothing to report.
                    Err(ChartError::TooSmall { .. }) => {}
                    Err(e) => error.set(Some(e.to_string())),
                }
            }
        });
    }

    html! {
        <div class="chart-box" ref={container}>
            <canvas ref={canvas} id="chart" role="img" aria-label={props.spec.summary.clone()}></canvas>
            if let Some(message) = (*error).clone() {
                <p class="error" role="alert">{ message }</p>
            }
        </div>
    }
}
