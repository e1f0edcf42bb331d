//! The fact explorer: free-text search, filters and sorting over the whole dataset.

use std::cmp::Ordering;

use super::types::{Dataset, Fact, Kind, Period, Qualifier, Region};
use crate::i18n::Lang;

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

/// Everything a fact can be found by, lower-cased.
fn haystack(ds: &Dataset, f: &Fact) -> String {
    let ind = ds.indicator(f.indicator);
    let group = ind.and_then(|i| ds.group(i.group));
    let category = ds.categories.iter().find(|c| c.id == f.category);
    let names: [Option<&'static str>; 7] = [
        f.entity,
        f.note,
        ind.map(|i| i.zh),
        ind.map(|i| i.label_zh),
        group.map(|g| g.zh),
        category.map(|c| c.zh),
        ds.source(f.seed).map(|s| s.title),
    ];
    let mut hay = vec![f.id, f.written, f.quote, f.region.key(), f.seed];
    // Every language's names, so a search in either language finds the fact.
    for t in Lang::ALL.map(Lang::t) {
        hay.push(t.region(f.region));
        hay.push(t.kind(f.kind));
        hay.extend(names.iter().flatten().map(|n| t.name(n)));
    }
    // ASCII folding is enough: Chinese has no case, and it spares the Unicode case tables.
    hay.join("\u{1f}").to_ascii_lowercase()
}

fn order(ds: &Dataset, column: Column, a: &Fact, b: &Fact) -> Ordering {
    let rank = |list: &[&str], key: &str| list.iter().position(|k| *k == key).unwrap_or(usize::MAX);
    let categories: Vec<&str> = ds.categories.iter().map(|c| c.id).collect();
    let indicators = |f: &Fact| {
        ds.indicators
            .iter()
            .position(|i| i.id == f.indicator)
            .unwrap_or(usize::MAX)
    };
    match column {
        Column::Region => a.region.cmp(&b.region),
        Column::Indicator => indicators(a).cmp(&indicators(b)),
        Column::Value => a.base_value.total_cmp(&b.base_value),
        Column::Period => a.period.sort_key().cmp(&b.period.sort_key()),
        Column::Kind => a.kind.cmp(&b.kind),
        Column::Qualifier => a.qualifier.key().cmp(b.qualifier.key()),
        Column::Category => rank(&categories, a.category).cmp(&rank(&categories, b.category)),
        Column::Source => a.seed.cmp(b.seed),
    }
}

/// The facts that pass the filter, sorted (ties keep dataset order).
pub fn explore(ds: &Dataset, filter: &Filter) -> Vec<&'static Fact> {
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
            let hay = haystack(ds, f);
            words.iter().all(|w| hay.contains(w.as_str()))
        })
        .collect();
    super::order::sort_by(&mut out, |a, b| {
        let o = order(ds, filter.sort, a, b);
        if filter.descending {
            o.reverse()
        } else {
            o
        }
    });
    out
}

/// The periods the dataset uses, in time order.
pub fn periods(ds: &Dataset) -> Vec<Period> {
    let mut list: Vec<_> = ds.facts.iter().map(|f| f.period).collect();
    super::order::sort_by_key(&mut list, |p| p.sort_key());
    list.dedup();
    list
}
