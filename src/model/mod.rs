//! Pure Rust: dataset types, units, validation and comparisons. No web APIs here.

pub mod comparability;
pub mod data;
pub mod explore;
pub mod extract;
pub mod order;
pub mod query;
pub mod raw;
pub mod reader;
pub mod types;
pub mod units;
pub mod validate;

pub use comparability::{judge, Across, Judgment, Reason, Verdict};
pub use data::embedded;
pub use query::{
    breakdowns, cell_facts, comparable_groups, compare, coverage, default_group, profile, timeline, unmeasured,
    Breakdown, Comparison, Coverage, GroupOption, ModelError, Profile, Progress, RegionParts, RegionSlot, Series, Set,
    Unmeasured,
};
pub use types::{
    BaseUnit, Category, Composition, Dataset, Fact, Group, Indicator, Kind, Period, PeriodKind, Qualifier, Region,
    RegionInfo, Scope, Source,
};
