//! Yew components and hooks: the only layer that touches the DOM, the canvas and web APIs. What the app
//! does to its state is decided in `app` (pure, tested natively); this layer renders it and performs the
//! effects (the URL, storage, the screen).
//!
//! - `app`: the root component; `store`: the reducer glue; `hooks`: the app's effects as custom hooks.
//! - `views/`: one component per view; `components/`: the parts views share; `canvas/`: the chart canvas.
//! - `download`, `prefs`, `pixel_ratio`, `perf`, `crash`: browser services.

mod app;
mod canvas;
mod components;
mod crash;
mod download;
mod hooks;
mod perf;
mod pixel_ratio;
mod prefs;
mod store;
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

/// The document, where there is one.
pub(crate) fn document() -> Option<web_sys::Document> {
    web_sys::window().and_then(|w| w.document())
}
