//! 千万工程 三地对比: the dataset, its charts, and (on wasm32) the Yew app.
//! Layers depend one way: `ui` → `chart` → `model`.

pub mod chart;
pub mod i18n;
pub mod model;
pub mod route;
#[cfg(target_arch = "wasm32")]
pub mod ui;
