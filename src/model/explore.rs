//! The fact explorer: free-text search, filters and sorting over the whole dataset.

use super::types::{Dataset, Fact, Kind, Period, Qualifier, Region};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Column {
    #[default]
    Region,
    Indicator,
    Value,
    Period,
    Kind,
    Qualifier,
    Category,
    Source,
}

impl Column {
    pub const ALL: [Column; 8] = [
        Column::Region,
        Column::Indicator,
        Column::Value,
        Column::Period,
        Column::Kind,
        Column::Qualifier,
        Column::Category,
        Column::Source,
    ];
    pub fn key(self) -> &'static str {
        match self {
            Column::Region => "region",
            Column::Indicator => "indicator",
            Column::Value => "value",
            Column::Period => "period",
            Column::Kind => "kind",
            Column::Qualifier => "qualifier",
            Column::Category => "category",
            Column::Source => "source",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Filter {
    /// Words that must all appear (Chinese text, indicator names in Chinese or English, ids).
    pub text: String,
    pub region: Option<Region>,
    pub category: Option<&'static str>,
    /// A period as written in the dataset: "2025", "2024..2027", "cumulative" …
    pub period: Option<String>,
    pub qualifier: Option<Qualifier>,
    pub kind: Option<Kind>,
    pub sort: Column,
    pub descending: bool,
}

/// What a column sorts a fact by: a number, or text in byte order.
#[derive(PartialEq, Eq, PartialOrd, Ord)]
enum SortKey {
    Number(u64),
    Text(&'static str),
}

fn sort_key(ds: &Dataset, column: Column, f: &'static Fact) -> SortKey {
    let rank = |i: Option<usize>| SortKey::Number(i.map_or(u64::MAX, |i| i as u64));
    match column {
        Column::Region => SortKey::Number(f.region.slot() as u64),
        Column::Indicator => rank(ds.indicators.iter().position(|i| i.id == f.indicator)),
        Column::Value => {
            // f64::total_cmp's order, as an unsigned number.
            let bits = f.base_value.to_bits();
            SortKey::Number(if bits >> 63 == 1 { !bits } else { bits | 1 << 63 })
        }
        Column::Period => {
            let (a, b) = f.period.sort_key();
            SortKey::Number(u64::from(a) << 16 | u64::from(b))
        }
        Column::Kind => SortKey::Number(f.kind as u64),
        Column::Qualifier => SortKey::Text(f.qualifier.key()),
        Column::Category => rank(ds.categories.iter().position(|c| c.id == f.category)),
        Column::Source => SortKey::Text(f.article),
    }
}

/// The facts that pass the filter, sorted (ties keep dataset order). `text_of` gives what a fact can be
/// found by, lower-cased (its names in every language: `narrative::search` builds it); every word of the
/// filter's text must stand in it.
pub fn explore(ds: &Dataset, filter: &Filter, text_of: impl Fn(&Fact) -> String) -> Vec<&'static Fact> {
    let words: Vec<String> = filter.text.split_whitespace().map(str::to_ascii_lowercase).collect();
    let mut out: Vec<&'static Fact> = ds
        .facts
        .iter()
        .filter(|f| filter.region.is_none_or(|r| f.region == r))
        .filter(|f| filter.category.is_none_or(|c| f.category == c))
        .filter(|f| filter.period.as_deref().is_none_or(|p| f.period.to_string() == p))
        .filter(|f| filter.qualifier.is_none_or(|q| f.qualifier == q))
        .filter(|f| filter.kind.is_none_or(|k| f.kind == k))
        .filter(|f| {
            if words.is_empty() {
                return true;
            }
            let hay = text_of(f);
            words.iter().all(|w| hay.contains(w.as_str()))
        })
        .collect();
    super::order::sort_by_cached_key(&mut out, |f| sort_key(ds, filter.sort, f), filter.descending);
    out
}

/// The periods the dataset uses, in time order.
pub fn periods(ds: &Dataset) -> Vec<Period> {
    let mut list: Vec<_> = ds.facts.iter().map(|f| f.period).collect();
    super::order::sort_by_key(&mut list, |p| p.sort_key());
    list.dedup();
    list
}
