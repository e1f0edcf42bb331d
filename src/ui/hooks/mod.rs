//! The app's effects, one concern per hook.

mod environment;
mod presenter;
mod url;

pub use environment::{use_environment, use_page_attributes};
pub use presenter::{toggle_fullscreen, use_presenter_keys};
pub use url::{location_hash, use_url_sync};
