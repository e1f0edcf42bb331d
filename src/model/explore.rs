//! The fact explorer: free-text search, filters and sorting over the whole dataset.

use super::types::{BaseUnit, Dataset, Fact, Kind, Period, Qualifier, Region};

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

/// What a fact can be found by, lower-cased: its names (region, indicator, group, category, entity, in
/// every language) and the rest (the quote, the note, the article's title, ids). `narrative::search`
/// builds it.
#[derive(Debug, Clone, Default)]
pub struct Haystack {
    pub names: String,
    pub rest: String,
}

/// How a fact matches a search's words (all must stand somewhere in it): 0 when all stand in its names
/// (a search for 粮食 finds the grain figures first), 1 when some do, 2 when only its quote or note has
/// them. `None`: not a match.
pub fn relevance(words: &[String], hay: &Haystack) -> Option<u8> {
    let in_names = words.iter().filter(|w| hay.names.contains(w.as_str())).count();
    if words
        .iter()
        .any(|w| !hay.names.contains(w.as_str()) && !hay.rest.contains(w.as_str()))
    {
        return None;
    }
    Some(match in_names {
        n if n == words.len() => 0,
        0 => 2,
        _ => 1,
    })
}

/// The order of units when sorting by value: values are compared within a unit only (元 with 元, 亩
/// with 亩), units in the catalogue's order.
fn unit_rank(f: &Fact) -> u64 {
    BaseUnit::ALL
        .iter()
        .position(|u| *u == f.base_unit)
        .map_or(u64::MAX, |i| i as u64)
}

/// The facts that pass the filter, sorted (ties keep dataset order). With search words, the facts they
/// name come first (see [`relevance`]), each tier sorted by the column; by value, the unit is the first
/// key and the normalised value the second (only that one follows `descending`).
pub fn explore(ds: &Dataset, filter: &Filter, text_of: impl Fn(&Fact) -> Haystack) -> Vec<&'static Fact> {
    let words: Vec<String> = filter.text.split_whitespace().map(str::to_ascii_lowercase).collect();
    let mut ranked: Vec<(u8, &'static Fact)> = ds
        .facts
        .iter()
        .filter(|f| filter.region.is_none_or(|r| f.region == r))
        .filter(|f| filter.category.is_none_or(|c| f.category == c))
        .filter(|f| filter.period.as_deref().is_none_or(|p| f.period.to_string() == p))
        .filter(|f| filter.qualifier.is_none_or(|q| f.qualifier == q))
        .filter(|f| filter.kind.is_none_or(|k| f.kind == k))
        .filter_map(|f| match words.is_empty() {
            true => Some((0, f)),
            false => relevance(&words, &text_of(f)).map(|r| (r, f)),
        })
        .collect();
    let by_value = filter.sort == Column::Value;
    let mut keyed: Vec<((u8, u64, SortKey), &'static Fact)> = ranked
        .drain(..)
        .map(|(r, f)| {
            (
                (r, if by_value { unit_rank(f) } else { 0 }, sort_key(ds, filter.sort, f)),
                f,
            )
        })
        .collect();
    super::order::sort_by(&mut keyed, |(a, _), (b, _)| {
        let column = a.2.cmp(&b.2);
        a.0.cmp(&b.0)
            .then(a.1.cmp(&b.1))
            .then(if filter.descending { column.reverse() } else { column })
    });
    keyed.into_iter().map(|(_, f)| f).collect()
}

/// The periods the dataset uses, in time order.
pub fn periods(ds: &Dataset) -> Vec<Period> {
    let mut list: Vec<_> = ds.facts.iter().map(|f| f.period).collect();
    super::order::sort_by_key(&mut list, |p| p.sort_key());
    list.dedup();
    list
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hay(names: &str, rest: &str) -> Haystack {
        Haystack {
            names: names.into(),
            rest: rest.into(),
        }
    }

    #[test]
    fn relevance_ranks_names_above_quotes_and_requires_every_word() {
        let words = |s: &str| s.split_whitespace().map(String::from).collect::<Vec<_>>();
        assert_eq!(relevance(&words("粮食"), &hay("粮食产量", "稳定在1.76亿斤")), Some(0));
        assert_eq!(
            relevance(&words("粮食 亿斤"), &hay("粮食产量", "稳定在1.76亿斤")),
            Some(1)
        );
        assert_eq!(relevance(&words("粮食"), &hay("投入资金", "用于粮食仓储")), Some(2));
        assert_eq!(relevance(&words("粮食 道路"), &hay("粮食产量", "亿斤")), None);
    }
}
