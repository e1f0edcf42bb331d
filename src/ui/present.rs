//! Presentation mode: one slide at a time, keys that clickers send, fullscreen, large type.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::canvas::ChartCanvas;
use super::language::lang_toggle;
use super::memo::{memo, Slot};
use super::state::{slide_count, Action, AppContext, AppState};
use super::theme::theme_select;
use super::views::activate;
use crate::chart::slide_figure;
use crate::model::story::story;

/// Type and marks on slides, relative to the page.
const SLIDE_ZOOM: f64 = 1.5;

/// Calls `target[name]()` and swallows a rejected promise (fullscreen can be refused).
fn call_quietly(target: &wasm_bindgen::JsValue, name: &str) {
    let f = js_sys::Reflect::get(target, &wasm_bindgen::JsValue::from_str(name)).ok();
    if let Some(f) = f.and_then(|f| f.dyn_into::<js_sys::Function>().ok()) {
        if let Ok(result) = f.call0(target) {
            super::ignore_rejection(&result);
        }
    }
}

fn toggle_fullscreen() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if doc.fullscreen_element().is_some() {
        call_quietly(&doc, "exitFullscreen");
    } else if let Some(root) = doc.document_element() {
        call_quietly(&root, "requestFullscreen");
    }
}

fn fullscreen_active() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.fullscreen_element())
        .is_some()
}

/// What a key does on a slide; digits accumulate until Enter.
fn on_key(e: &web_sys::KeyboardEvent, state: &AppContext, digits: &RefCell<String>) {
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
    let key = e.key();
    let action = match key.as_str() {
        "ArrowRight" | "PageDown" | "ArrowDown" => Some(Action::NextSlide),
        " " if !e.shift_key() => Some(Action::NextSlide),
        " " | "ArrowLeft" | "PageUp" | "ArrowUp" => Some(Action::PrevSlide),
        "Home" => Some(Action::FirstSlide),
        "End" => Some(Action::LastSlide),
        "Enter" => {
            let typed = digits.borrow_mut().split_off(0);
            Some(typed.parse().map_or(Action::NextSlide, Action::GoToSlide))
        }
        "f" | "F" => {
            toggle_fullscreen();
            None
        }
        "Escape" if !fullscreen_active() => Some(Action::EndPresentation),
        k if k.len() == 1 && k.chars().all(|c| c.is_ascii_digit()) => {
            let mut d = digits.borrow_mut();
            if d.len() < 3 {
                d.push_str(k);
            }
            e.prevent_default();
            return;
        }
        _ => return,
    };
    digits.borrow_mut().clear();
    e.prevent_default();
    if let Some(a) = action {
        state.dispatch(a);
    }
}

/// Keys anywhere on the page while presenting (clickers send arrows, PageUp/PageDown, Space); the
/// listener lives as long as the returned value.
pub fn listen_for_keys(state: &AppContext) -> Option<EventListener> {
    let state = state.clone();
    let digits = RefCell::new(String::new());
    web_sys::window().map(|w| {
        EventListener::new_with_options(
            &w,
            "keydown",
            EventListenerOptions::enable_prevent_default(),
            move |e| {
                if let Some(e) = e.dyn_ref::<web_sys::KeyboardEvent>() {
                    on_key(e, &state, &digits);
                }
            },
        )
    })
}

/// The slide on screen. A plain function of the state (see `lang_toggle`); the app holds the key
/// listener while presenting.
pub fn present_view(state: &AppContext) -> Html {
    let state = state.clone();
    let lang = state.lang;
    let t = lang.t();
    let slides = memo(Slot::Story, lang, |lang| story(&AppState::dataset(), *lang));
    let count = slide_count();
    let index = state.slide.min(count.saturating_sub(1));
    let figure = {
        let slides = slides.clone();
        memo(Slot::Slide, (index, lang), move |(i, lang)| {
            slides
                .get(*i)
                .and_then(|s| slide_figure(s, &AppState::dataset(), *lang))
                .map(Rc::new)
        })
    };

    let go = |action: fn() -> Action| {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(action()))
    };
    let slide = slides.get(index);
    html! {
        <section class="present" aria-label={t.present_label} aria-roledescription={t.slide_role}>
            <h1 class="visually-hidden">{ t.app_title }</h1>
            <div class="present-bar">
                <span class="counter" data-testid="slide-counter">{ format!("{} / {}", index + 1, count) }</span>
                <button type="button" onclick={go(|| Action::PrevSlide)} disabled={index == 0} aria-label={t.prev_slide}>{"◀"}</button>
                <button type="button" onclick={go(|| Action::NextSlide)} disabled={index + 1 >= count} aria-label={t.next_slide}>{"▶"}</button>
                <button type="button" onclick={Callback::from(|_| toggle_fullscreen())}>{ t.fullscreen }</button>
                <button type="button" onclick={go(|| Action::EndPresentation)}>{ t.exit }</button>
                { lang_toggle(&state) }
                { theme_select(&state) }
                <span class="keys">{ t.present_keys }</span>
            </div>
            if let (Some(figure), Some(slide)) = ((*figure).clone(), slide) {
                <div class="slide-chart">
                    <ChartCanvas figure={figure.clone()} on_activate={activate(&state)} palette={state.palette().1} dpr={state.dpr} zoom={SLIDE_ZOOM} fit={true} />
                </div>
                <p class="takeaway">{ slide.takeaway.clone() }</p>
            } else {
                <p class="error" role="alert">{ t.slide_error }</p>
            }
        </section>
    }
}
