//! The address bar and the state in step (`app::url::UrlSync` decides; this hook carries it out): the
//! state is written to the URL after each render, and back, forward, an in-page link or a hash typed by
//! hand is restored once.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::JsValue;
use yew::prelude::*;

use crate::app::url::{UrlSync, Write};
use crate::app::Action;

pub fn location_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Writes the state's `hash` after each render where it changed, or where a navigation was restored (a
/// link restoring the state already shown is still written back, so the address never keeps parts the
/// page ignored); restores each navigation once.
#[hook]
pub fn use_url_sync(hash: String, dispatch: Callback<Action>) {
    let sync: Rc<RefCell<UrlSync>> = use_mut_ref(UrlSync::new);
    let navigations: Rc<Cell<u32>> = use_memo((), |_| Cell::new(0));
    let rerender = use_force_update();
    {
        let sync = sync.clone();
        use_effect_with((hash, navigations.get()), move |(hash, _)| {
            let url = format!("#{hash}");
            let write = sync.borrow_mut().write(&location_hash(), hash);
            if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
                let _ = match write {
                    Write::Nothing => Ok(()),
                    Write::Replace => history.replace_state_with_url(&JsValue::NULL, "", Some(&url)),
                    Write::Push => history.push_state_with_url(&JsValue::NULL, "", Some(&url)),
                };
            }
        });
    }
    use_effect_with((), move |_| {
        let listeners = web_sys::window().map(|w| {
            let on = |event: &'static str| {
                let (dispatch, sync, navigations, rerender) =
                    (dispatch.clone(), sync.clone(), navigations.clone(), rerender.clone());
                // Both events come for one navigation: it is restored once.
                EventListener::new(&w, event, move |_| {
                    let hash = location_hash();
                    if sync.borrow_mut().navigated(&hash) {
                        navigations.set(navigations.get() + 1);
                        dispatch.emit(Action::Restore(hash));
                        rerender.force_update();
                    }
                })
            };
            (on("popstate"), on("hashchange"))
        });
        move || drop(listeners)
    });
}
