//! The room a chart's box gives its drawing, followed as it changes — only while its view is on screen.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use web_sys::ResizeObserver;
use yew::prelude::*;

use crate::ui::pixel_ratio::device_pixel_ratio;
use crate::ui::request_animation_frame;

/// CSS size and pixel ratio of a chart's drawing area.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Size {
    pub width: f64,
    pub height: f64,
    pub dpr: f64,
}

/// The room the box gives its drawing: inside its border, beside any scroll bar (the canvas itself may be
/// larger than its box, when it scrolls).
pub fn measure(host: &web_sys::Element, dpr: f64) -> Size {
    Size {
        width: f64::from(host.client_width()),
        height: f64::from(host.client_height()),
        dpr,
    }
}

/// A resize observer and its callback, alive while the canvas is mounted.
type Observer = (ResizeObserver, Closure<dyn FnMut(js_sys::Array)>);

/// The box's size as last reported, and a flag raised when a report came while the view was hidden (a
/// resize, a new pixel ratio): its owner measures again when the view returns. Reports are handled in the
/// next frame: a size set inside the observer's callback would loop it.
#[hook]
pub fn use_box_size(
    host: NodeRef,
    canvas: NodeRef,
    shown: Rc<Cell<bool>>,
    dirty: Rc<Cell<bool>>,
) -> UseStateHandle<Option<Size>> {
    let size = use_state_eq(|| None::<Size>);
    {
        let size = size.clone();
        use_effect_with((), move |_| {
            let mut cleanup: Option<Observer> = None;
            if let (Some(host), Some(el)) = (host.cast::<web_sys::Element>(), canvas.cast::<web_sys::Element>()) {
                let on_resize = {
                    let host = host.clone();
                    let pending = Rc::new(RefCell::new(false));
                    Closure::<dyn FnMut(js_sys::Array)>::new(move |_entries: js_sys::Array| {
                        // One frame callback however many reports arrive before it.
                        if pending.replace(true) {
                            return;
                        }
                        let (host, size, shown, dirty, pending) = (
                            host.clone(),
                            size.clone(),
                            shown.clone(),
                            dirty.clone(),
                            pending.clone(),
                        );
                        request_animation_frame(&Closure::once_into_js(move || {
                            pending.replace(false);
                            if !shown.get() {
                                dirty.set(true);
                                return;
                            }
                            let now = measure(&host, device_pixel_ratio());
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
    size
}
