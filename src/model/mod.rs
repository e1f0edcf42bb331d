//! Pure Rust: dataset types, units, validation and comparisons. No web APIs here.

pub mod data;
pub mod query;
pub mod raw;
pub mod types;
pub mod units;
pub mod validate;

pub use data::embedded;
pub use query::{comparable_groups, compare, default_group, Comparison, GroupOption, ModelError, RegionSlot};
pub use types::{BaseUnit, Category, Dataset, Fact, Group, Indicator, Kind, Period, Qualifier, Region, Source};
