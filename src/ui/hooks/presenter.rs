//! The presenter's keys anywhere on the page while presenting (what each does: `app::keys`), and
//! full screen.

use std::cell::RefCell;

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::app::keys::{presenter_key, PresenterKey};
use crate::app::Action;

/// Calls `target[name]()` and swallows a rejected promise (full screen can be refused).
fn call_quietly(target: &wasm_bindgen::JsValue, name: &str) {
    let f = js_sys::Reflect::get(target, &wasm_bindgen::JsValue::from_str(name)).ok();
    if let Some(f) = f.and_then(|f| f.dyn_into::<js_sys::Function>().ok()) {
        if let Ok(result) = f.call0(target) {
            crate::ui::ignore_rejection(&result);
        }
    }
}

pub fn toggle_fullscreen() {
    let Some(doc) = crate::ui::document() else {
        return;
    };
    if doc.fullscreen_element().is_some() {
        call_quietly(&doc, "exitFullscreen");
    } else if let Some(root) = doc.document_element() {
        call_quietly(&root, "requestFullscreen");
    }
}

pub fn fullscreen_active() -> bool {
    crate::ui::document().and_then(|d| d.fullscreen_element()).is_some()
}

fn on_key(e: &web_sys::KeyboardEvent, dispatch: &Callback<Action>, typed: &RefCell<String>) {
    // A key something on the slide has used (the chart's arrows and Enter) is not the presenter's too.
    if e.default_prevented() || e.ctrl_key() || e.meta_key() || e.alt_key() {
        return;
    }
    let typing = e
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "SELECT" | "TEXTAREA"));
    if typing {
        return;
    }
    match presenter_key(&e.key(), e.shift_key(), fullscreen_active(), &mut typed.borrow_mut()) {
        PresenterKey::Ignore => return,
        PresenterKey::Typed => {}
        PresenterKey::ToggleFullscreen => toggle_fullscreen(),
        PresenterKey::Act(action) => dispatch.emit(action),
    }
    e.prevent_default();
}

/// Listens while `presenting`.
#[hook]
pub fn use_presenter_keys(presenting: bool, dispatch: Callback<Action>) {
    use_effect_with(presenting, move |presenting| {
        let listener = presenting
            .then(|| {
                let typed = RefCell::new(String::new());
                web_sys::window().map(|w| {
                    EventListener::new_with_options(
                        &w,
                        "keydown",
                        EventListenerOptions::enable_prevent_default(),
                        move |e| {
                            if let Some(e) = e.dyn_ref::<web_sys::KeyboardEvent>() {
                                on_key(e, &dispatch, &typed);
                            }
                        },
                    )
                })
            })
            .flatten();
        move || drop(listener)
    });
}
