//! The page's canvases and their backing store, kept within `app::memory::CANVAS_BUDGET`: a canvas whose
//! view is hidden is released (0 × 0) when the canvases together exceed the budget, oldest hidden first,
//! and its view paints it again on return (see `paint.rs`). The rule itself is `app::memory::to_release`.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use web_sys::HtmlCanvasElement;

use super::paint::Painted;
use crate::app::memory::{bytes, to_release, Held, CANVAS_BUDGET};

struct Entry {
    id: u32,
    canvas: HtmlCanvasElement,
    painted: Rc<RefCell<Painted>>,
    hidden_since: Option<u64>,
}

thread_local! {
    static CANVASES: RefCell<Vec<Entry>> = const { RefCell::new(Vec::new()) };
    static NEXT: Cell<u64> = const { Cell::new(1) };
}

fn next() -> u64 {
    NEXT.with(|n| n.replace(n.get() + 1))
}

/// A canvas's view was shown (`hidden == false`) or hidden: record it, then release what the budget
/// cannot hold.
pub fn note(id: u32, canvas: &HtmlCanvasElement, painted: &Rc<RefCell<Painted>>, hidden: bool) {
    let since = hidden.then(next);
    CANVASES.with(|all| {
        let mut all = all.borrow_mut();
        match all.iter_mut().find(|e| e.id == id) {
            Some(e) => e.hidden_since = since,
            None => all.push(Entry {
                id,
                canvas: canvas.clone(),
                painted: painted.clone(),
                hidden_since: since,
            }),
        }
        let held: Vec<Held> = all
            .iter()
            .map(|e| Held {
                bytes: bytes(e.canvas.width(), e.canvas.height()),
                hidden_since: e.hidden_since,
            })
            .collect();
        for i in to_release(&held, CANVAS_BUDGET) {
            if let Some(e) = all.get_mut(i) {
                release(e);
            }
        }
    });
}

/// Frees a hidden canvas's picture; its view paints again when it returns.
fn release(e: &mut Entry) {
    e.canvas.set_width(0);
    e.canvas.set_height(0);
    let _ = e.canvas.set_attribute("data-released", "");
    e.painted.borrow_mut().release();
    e.hidden_since = None;
}

/// The canvas is gone (its view unmounted).
pub fn forget(id: u32) {
    CANVASES.with(|all| all.borrow_mut().retain(|e| e.id != id));
}

/// A new canvas's id.
pub fn new_id() -> u32 {
    thread_local! {
        static IDS: Cell<u32> = const { Cell::new(0) };
    }
    IDS.with(|n| {
        n.set(n.get() + 1);
        n.get()
    })
}
