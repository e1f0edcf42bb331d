//! The marks answer the mouse and the keyboard, from the painted scene's own geometry: the mark under the
//! pointer, the mark with keyboard focus (what `chart::interact::mark_key` says a key does), and what a
//! click or Enter opens.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use super::paint::Painted;
use crate::chart::interact::{mark_key, MarkKey};
use crate::chart::Target;

pub struct Marks {
    /// The focused mark, else the hovered one (an index into the scene's marks).
    pub active: Option<usize>,
    /// A mark has keyboard focus (the focus ring shows).
    pub focused: bool,
    pub onmousemove: Callback<MouseEvent>,
    pub onmouseleave: Callback<MouseEvent>,
    pub onclick: Callback<MouseEvent>,
    pub onmousedown: Callback<MouseEvent>,
    pub onkeydown: Callback<KeyboardEvent>,
    pub onfocus: Callback<FocusEvent>,
    pub onblur: Callback<FocusEvent>,
}

/// `generation` changes at each paint: the hovered mark is forgotten (another figure's marks).
#[hook]
pub fn use_marks(painted: Rc<RefCell<Painted>>, generation: u32, on_activate: Callback<Target>) -> Marks {
    let hovered = use_state_eq(|| None::<usize>);
    let focused = use_state_eq(|| None::<usize>);
    let mark_count = painted.borrow().scene.as_ref().map_or(0, |s| s.marks.len());
    {
        let (hovered, focused) = (hovered.clone(), focused.clone());
        use_effect_with(generation, move |_| {
            hovered.set(None);
            focused.set((*focused).filter(|i| *i < mark_count));
        });
    }
    let hit = {
        let painted = painted.clone();
        move |x: f64, y: f64| -> Option<usize> {
            let p = painted.borrow();
            let scene = p.scene.as_ref()?;
            let d = p.dpr();
            scene.hit(x * d, y * d).map(|(i, _)| i)
        }
    };
    let target_of = move |i: usize| {
        painted
            .borrow()
            .scene
            .as_ref()
            .and_then(|s| s.marks.get(i))
            .map(|m| m.target)
    };
    // Where the last click was: the layout may move under a still pointer after a click (the reader opens
    // beside the chart, which is drawn again narrower), and the browser then sends a mousemove at the
    // same place. That is not the user pointing at another mark: it shows no tooltip.
    let clicked_at: Rc<RefCell<Option<(i32, i32)>>> = use_mut_ref(|| None);
    let onmousemove = {
        let hovered = hovered.clone();
        let hit = hit.clone();
        let clicked_at = clicked_at.clone();
        Callback::from(move |e: MouseEvent| {
            let at = (e.client_x(), e.client_y());
            if clicked_at.borrow().is_some_and(|c| c == at) {
                return;
            }
            clicked_at.replace(None);
            let now = hit(f64::from(e.offset_x()), f64::from(e.offset_y()));
            if now.is_some() && now != *hovered {
                crate::ui::perf::start(crate::ui::perf::HOVER);
            }
            hovered.set(now)
        })
    };
    let onmouseleave = {
        let hovered = hovered.clone();
        Callback::from(move |_| hovered.set(None))
    };
    let onclick = {
        let (on_activate, target_of) = (on_activate.clone(), target_of.clone());
        let clicked_at = clicked_at.clone();
        Callback::from(move |e: MouseEvent| {
            clicked_at.replace(Some((e.client_x(), e.client_y())));
            if let Some(t) = hit(f64::from(e.offset_x()), f64::from(e.offset_y())).and_then(&target_of) {
                on_activate.emit(t);
            }
        })
    };
    // A key the chart uses is the chart's alone: it does not also reach the page (the presentation's
    // arrows and Enter would move to another slide as well).
    let onkeydown = {
        let focused = focused.clone();
        Callback::from(move |e: KeyboardEvent| {
            match mark_key(&e.key(), *focused, mark_count) {
                MarkKey::Ignore => return,
                MarkKey::Focus(i) => focused.set(Some(i)),
                MarkKey::Leave => focused.set(None),
                MarkKey::Activate => {
                    if let Some(t) = (*focused).and_then(&target_of) {
                        on_activate.emit(t);
                    }
                }
            }
            e.prevent_default();
            e.stop_propagation();
        })
    };
    // Focus from the keyboard (Tab, or a script moving focus) takes the first mark; focus from a press of
    // the mouse (which focuses the canvas too) does not: a click is not a request for a tooltip.
    let pressed = use_mut_ref(|| false);
    let onmousedown = {
        let pressed = pressed.clone();
        Callback::from(move |_: MouseEvent| *pressed.borrow_mut() = true)
    };
    let onfocus = {
        let focused = focused.clone();
        Callback::from(move |_: FocusEvent| {
            let by_mouse = std::mem::take(&mut *pressed.borrow_mut());
            if !by_mouse && focused.is_none() && mark_count > 0 {
                focused.set(Some(0));
            }
        })
    };
    let onblur = {
        let focused = focused.clone();
        Callback::from(move |_| focused.set(None))
    };
    Marks {
        active: (*focused).or(*hovered),
        focused: focused.is_some(),
        onmousemove,
        onmouseleave,
        onclick,
        onmousedown,
        onkeydown,
        onfocus,
        onblur,
    }
}
