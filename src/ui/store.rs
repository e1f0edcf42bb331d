//! The app state (`app::AppState`, pure and tested natively) held by Yew: the `Reducible` glue, the handle
//! the components receive, and the context that tells a component whether its view is on screen.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::{Action, AppState};

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = AppState::reduce(&self, action);
        // The same state keeps the same `Rc`: nothing that compares by pointer renders again.
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

/// Whether the view around a component is on screen (a view stays on the page, hidden, once shown),
/// from context: only the view on screen carries element ids, so they stay unique.
#[derive(Clone, Copy, PartialEq)]
pub struct Shown(pub bool);
