//! A panic anywhere: the console gets the message and the page shows a banner with a reload button,
//! instead of freezing. The banner is built with plain DOM calls, and its button reloads through the
//! browser's own `location.reload` (a bound native function), so it works after the wasm instance is gone.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::i18n::{fill, Lang};

fn show_banner(message: &str) -> Option<()> {
    let window = web_sys::window()?;
    let document = window.document()?;
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
}

/// Panics on purpose, so the tests can prove the banner (callable as `wasmBindings.qianwanTestPanic()`).
#[wasm_bindgen(js_name = qianwanTestPanic)]
pub fn test_panic() {
    panic!("test panic requested from the console");
}
