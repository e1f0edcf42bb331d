//! Yew components and hooks: the only layer that touches the DOM, the canvas and web APIs.

mod app;
mod canvas;
mod crash;
mod download;
mod format;
mod language;
mod memo;
mod perf;
mod pixel_ratio;
mod prefs;
mod present;
mod sources;
mod state;
mod table;
mod theme;
mod toolbar;
mod tooltip;
mod views;

pub use app::App;

// The globals themselves: smaller than web-sys's `Window` methods, and neither can fail.
#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_name = requestAnimationFrame)]
    fn request_animation_frame(callback: &wasm_bindgen::JsValue);
    #[wasm_bindgen(js_name = setTimeout)]
    fn set_timeout(callback: &wasm_bindgen::JsValue);
}

/// Mounts the app on `<body>`, after the panic hook.
pub fn start() {
    crash::install();
    yew::Renderer::<App>::new().render();
}

/// Swallows a promise's rejection (fullscreen refused, clipboard denied): the UI has its own fallback,
/// and an unhandled rejection would only reach the console as an error.
pub(crate) fn ignore_rejection(value: &wasm_bindgen::JsValue) {
    use wasm_bindgen::JsCast;
    if let Some(promise) = value.dyn_ref::<js_sys::Promise>() {
        let noop = wasm_bindgen::closure::Closure::<dyn FnMut(wasm_bindgen::JsValue)>::new(|_| {});
        let _ = promise.catch(&noop);
        // A few bytes per refused request; the promise may settle at any time later.
        noop.forget();
    }
}
