//! The dataset compiled in by build.rs (validated there).

use super::types::{
    BaseUnit, Category, Composition, Dataset, Fact, Group, Indicator, Kind, Period, Qualifier, Region, Source,
};

include!(concat!(env!("OUT_DIR"), "/dataset.rs"));

/// The dataset of the five articles.
pub fn embedded() -> Dataset {
    Dataset {
        facts: FACTS,
        categories: CATEGORIES,
        groups: GROUPS,
        indicators: INDICATORS,
        sources: SOURCES,
    }
}
