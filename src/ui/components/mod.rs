//! The parts views share, each with one job: data and callbacks in, markup out.

pub mod chooser;
pub mod fact_list;
pub mod format;
pub mod legend;
pub mod notice;
pub mod reader;
pub mod select;
pub mod toolbar;
