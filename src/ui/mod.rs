//! Yew components and hooks: the only layer that touches the DOM, the canvas and web APIs.

mod app;
mod canvas;
mod format;
mod sources;
mod state;
mod tooltip;
mod views;

pub use app::App;

/// Mounts the app on `<body>`.
pub fn start() {
    yew::Renderer::<App>::new().render();
}
