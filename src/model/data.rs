//! The dataset compiled in by build.rs (validated there).

// The generated dataset may not need every type (a test fixture without composition groups).
#[allow(unused_imports)]
use super::types::{
    BaseUnit, Category, Composition, Dataset, Fact, Group, Indicator, Kind, Period, PeriodKind, Qualifier, Region,
    RegionInfo, Scope, Source,
};

/// `text[start..end]` at compile time: quotes and written numbers are spans of the articles, so the
/// binary holds each sentence once. A span off a character boundary fails the build (the panic is
/// evaluated by the compiler, never at run time).
#[allow(clippy::panic)]
const fn span(text: &'static str, start: usize, end: usize) -> &'static str {
    let (_, rest) = text.as_bytes().split_at(start);
    let (part, _) = rest.split_at(end - start);
    match core::str::from_utf8(part) {
        Ok(s) => s,
        Err(_) => panic!("a span of an article is not on character boundaries"),
    }
}

include!(concat!(env!("OUT_DIR"), "/dataset.rs"));

/// The dataset of the five articles.
pub fn embedded() -> Dataset {
    Dataset {
        regions: REGIONS,
        facts: FACTS,
        categories: CATEGORIES,
        groups: GROUPS,
        indicators: INDICATORS,
        sources: SOURCES,
    }
}
