//! A panic anywhere: the console gets the message (in a build that keeps panic messages) and the page
//! shows a banner with a reload button, instead of freezing. The banner is built with plain DOM calls,
//! and its button reloads through the browser's own `location.reload` (a bound native function), so it
//! works after the wasm instance is gone.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::i18n::{fill, Lang};

fn show_banner(message: &str) -> Option<()> {
    let window = web_sys::window()?;
    let document = window.document()?;
    if document.get_element_by_id("crash").is_some() {
        return Some(());
    }
    let body = document.body()?;
    let banner = document.create_element("div").ok()?;
    banner.set_id("crash");
    banner.set_class_name("crash");
    banner.set_attribute("role", "alert").ok()?;
    let text = document.create_element("p").ok()?;
    // Text, never HTML: the message may quote data.
    // The language of the page at the moment of the crash (the app state may be gone).
    let lang = document
        .document_element()
        .and_then(|root| root.get_attribute("lang"))
        .and_then(|tag| Lang::ALL.into_iter().find(|l| l.t().tag == tag))
        .unwrap_or_default();
    let t = lang.t();
    text.set_text_content(Some(&fill(t.crashed, &[message])));
    let button = document.create_element("button").ok()?;
    button.set_text_content(Some(t.reload));
    button.set_attribute("type", "button").ok()?;
    let location = window.location();
    let reload: js_sys::Function = js_sys::Reflect::get(&location, &JsValue::from_str("reload"))
        .ok()?
        .dyn_into()
        .ok()?;
    let bound = reload.bind0(&location);
    button.add_event_listener_with_callback("click", &bound).ok()?;
    banner.append_child(&text).ok()?;
    banner.append_child(&button).ok()?;
    body.prepend_with_node_1(&banner).ok()?;
    Some(())
}

/// Yew replaces the panic hook when it renders unless one is set through it.
pub fn install() {
    yew::set_custom_panic_hook(Box::new(|info| {
        let message = info.to_string();
        web_sys::console::error_1(&JsValue::from_str(&format!("qianwan panicked: {message}")));
        let _ = show_banner(&message);
    }));
    // The release build aborts on panic (`-Cpanic=immediate-abort`, see README): no hook runs, the
    // panic is a wasm trap, which reaches the page as an uncaught `WebAssembly.RuntimeError`
    // (an `error` event, or `unhandledrejection` when it ends a promise, such as start-up).
    if let Some(window) = web_sys::window() {
        for (event, field) in [("error", "error"), ("unhandledrejection", "reason")] {
            gloo::events::EventListener::new(&window, event, move |e| {
                let Ok(error) = js_sys::Reflect::get(e, &JsValue::from_str(field)) else {
                    return;
                };
                if let Some(trap) = error.dyn_ref::<js_sys::WebAssembly::RuntimeError>() {
                    let message = String::from(trap.message());
                    web_sys::console::error_1(&JsValue::from_str(&format!("qianwan crashed: {message}")));
                    let _ = show_banner(&message);
                }
            })
            .forget();
        }
    }
}

/// Panics on purpose, so the tests can prove the banner (callable as `wasmBindings.qianwanTestPanic()`).
/// Only in the test build (`--features test-hooks`): the shipped app has no such entry point.
#[cfg(feature = "test-hooks")]
#[allow(clippy::panic)]
#[wasm_bindgen(js_name = qianwanTestPanic)]
pub fn test_panic() {
    panic!("test panic requested from the console");
}
