//! The screen's device pixel ratio, followed as it changes: a window dragged to a projector, or a zoom.
//! A `(resolution: …dppx)` media query matches the ratio now; its `change` event fires when the ratio
//! leaves it, and the watch re-arms itself with a query for the new one. Some moves fire no event at all
//! (DevTools' device emulation, some remote desktops), so one check a second backs it up: one timer for
//! the whole app, not one per chart.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use gloo::timers::callback::Interval;
use wasm_bindgen::closure::Closure;

/// The ratio now, clamped to what the charts are drawn at (1 to 4).
pub fn device_pixel_ratio() -> f64 {
    web_sys::window()
        .map_or(1.0, |w| w.device_pixel_ratio())
        .clamp(1.0, 4.0)
}

/// Calls `on_change` with the new ratio each time it changes, while the value lives.
pub struct PixelRatioWatch {
    listener: Rc<RefCell<Option<EventListener>>>,
    _check: Interval,
}

impl PixelRatioWatch {
    pub fn new(on_change: impl Fn(f64) + 'static) -> PixelRatioWatch {
        let last = Rc::new(std::cell::Cell::new(device_pixel_ratio()));
        // Reported once per change, whichever of the two sees it first.
        let on_change: Rc<dyn Fn(f64)> = Rc::new(move |dpr: f64| {
            if dpr != last.replace(dpr) {
                on_change(dpr);
            }
        });
        let listener = Rc::new(RefCell::new(None));
        arm(&listener, on_change.clone());
        let check = Interval::new(1000, move || on_change(device_pixel_ratio()));
        PixelRatioWatch {
            listener,
            _check: check,
        }
    }
}

impl Drop for PixelRatioWatch {
    fn drop(&mut self) {
        self.listener.borrow_mut().take();
    }
}

fn arm(slot: &Rc<RefCell<Option<EventListener>>>, on_change: Rc<dyn Fn(f64)>) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let query = format!("(resolution: {}dppx)", window.device_pixel_ratio());
    let Some(list) = window.match_media(&query).ok().flatten() else {
        return;
    };
    let weak = Rc::downgrade(slot);
    let listener = EventListener::once(&list, "change", move |_| {
        on_change(device_pixel_ratio());
        // Re-armed in a task of its own: the listener running now is not dropped from inside itself.
        let weak = weak.clone();
        super::set_timeout(&Closure::once_into_js(move || {
            if let Some(slot) = weak.upgrade() {
                arm(&slot, on_change);
            }
        }));
    });
    *slot.borrow_mut() = Some(listener);
}
