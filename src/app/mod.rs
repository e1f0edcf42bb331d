//! The app's state and its rules, with no web APIs: what the UI does is decided here and tested natively.
//! `state` (the state, its actions and the reducer), `link` (a URL hash ⇄ a state), `route` (the hash's
//! syntax), `url` (keeping the address bar in step), `theme`, `charts` (the figure a chart view shows).

pub mod charts;
pub mod keys;
pub mod link;
pub mod memory;
pub mod route;
pub mod state;
pub mod theme;
pub mod url;

pub use state::{Action, AppState, Env, View};
pub use theme::Theme;
