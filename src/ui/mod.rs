//! Yew components and hooks: the only layer that touches the DOM, the canvas and web APIs.

mod app;
mod canvas;
mod download;
mod format;
mod present;
mod sources;
mod state;
mod theme;
mod toolbar;
mod tooltip;
mod views;

pub use app::App;

/// Mounts the app on `<body>`.
pub fn start() {
    yew::Renderer::<App>::new().render();
}
