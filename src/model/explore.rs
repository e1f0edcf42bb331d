//! The fact explorer: free-text search, filters and sorting over the whole dataset.

use std::cmp::Ordering;

use super::types::{Dataset, Fact, Kind, Qualifier, Region};

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
    pub fn zh(self) -> &'static str {
        match self {
            Column::Region => "地区",
            Column::Indicator => "指标",
            Column::Value => "数值（原文 / 统一单位）",
            Column::Period => "时期",
            Column::Kind => "实绩/目标",
            Column::Qualifier => "限定",
            Column::Category => "类别",
            Column::Source => "出处",
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
    let parts: [Option<&str>; 17] = [
        Some(f.id),
        Some(f.written),
        Some(f.quote),
        f.entity,
        f.note,
        Some(f.region.zh()),
        Some(f.region.key()),
        ind.map(|i| i.zh),
        ind.map(|i| i.en),
        ind.map(|i| i.label_zh),
        group.map(|g| g.zh),
        group.map(|g| g.en),
        category.map(|c| c.zh),
        category.map(|c| c.en),
        Some(f.seed),
        ds.source(f.seed).map(|s| s.title),
        Some(f.kind.zh()),
    ];
    parts
        .iter()
        .flatten()
        .copied()
        .collect::<Vec<_>>()
        .join("\u{1f}")
        .to_lowercase()
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
    let words: Vec<String> = filter.text.split_whitespace().map(str::to_lowercase).collect();
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
    out.sort_by(|a, b| {
        let o = order(ds, filter.sort, a, b);
        if filter.descending {
            o.reverse()
        } else {
            o
        }
    });
    out
}

/// The periods the dataset uses, in time order: (key, label).
pub fn periods(ds: &Dataset) -> Vec<(String, String)> {
    let mut list: Vec<_> = ds.facts.iter().map(|f| f.period).collect();
    list.sort_by_key(|p| p.sort_key());
    list.dedup();
    list.into_iter().map(|p| (p.to_string(), p.zh())).collect()
}
