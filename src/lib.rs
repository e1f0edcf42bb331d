//! 千万工程 三地对比: the dataset, its charts, and (on wasm32) the Yew app.
//! Layers depend one way: `ui` → `app` → `chart` → `narrative` → `i18n` → `model` (README, Architecture map).

// Talc instead of the default dlmalloc: smaller in wasm and faster (docs/engineering-history.md).
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

pub mod app;
pub mod chart;
pub mod i18n;
pub mod model;
pub mod narrative;
#[cfg(target_arch = "wasm32")]
pub mod ui;
