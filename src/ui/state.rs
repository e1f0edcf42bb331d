//! App state as a reducer, shared through context.

use std::rc::Rc;

use yew::prelude::*;

use crate::model::{default_group, embedded, Dataset};

#[derive(Debug, Clone, PartialEq)]
pub struct AppState {
    /// The indicator group on screen.
    pub group: &'static str,
}

pub enum Action {
    SelectGroup(String),
}

impl AppState {
    pub fn dataset() -> Dataset {
        embedded()
    }
}

impl Default for AppState {
    fn default() -> Self {
        Self {
            group: default_group(&Self::dataset()).map_or("", |g| g.id),
        }
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match action {
            Action::SelectGroup(id) => match Self::dataset().group(&id) {
                Some(group) if group.id != self.group => Rc::new(Self { group: group.id }),
                // Unknown ids change nothing; the selector only offers known ones.
                _ => self,
            },
        }
    }
}

pub type AppContext = UseReducerHandle<AppState>;
