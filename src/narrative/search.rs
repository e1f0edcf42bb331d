//! What the explorer's search finds a fact by: its ids and verbatim text, and its names in every language,
//! so a search in either language finds it.

use crate::i18n::{fill, Lang, Strings};
use crate::model::explore::{explore, Column, Filter, Haystack};
use crate::model::{BaseUnit, Dataset, Fact};

/// Everything a fact can be found by, lower-cased: its names (which rank a match first) and the rest.
pub fn search_text(ds: &Dataset, f: &Fact) -> Haystack {
    let ind = ds.indicator(f.indicator);
    let group = ind.and_then(|i| ds.group(i.group));
    let category = ds.categories.iter().find(|c| c.id == f.category);
    let names: [Option<&'static str>; 5] = [
        f.scope.name().copied(),
        ind.map(|i| i.zh),
        ind.map(|i| i.label_zh),
        group.map(|g| g.zh),
        category.map(|c| c.zh),
    ];
    let others: [Option<&'static str>; 2] = [f.note, ds.article_of(f).map(|s| s.title)];
    let mut named = vec![f.region.key()];
    let mut rest = vec![f.id, f.written, f.quote, f.seed, f.article];
    for t in Lang::ALL.map(Lang::t) {
        named.push(t.region(f.region));
        named.extend(names.iter().flatten().map(|n| t.name(n)));
        rest.push(t.kind(f.kind));
        rest.extend(others.iter().flatten().map(|n| t.name(n)));
    }
    // ASCII folding is enough: Chinese has no case, and it spares the Unicode case tables.
    Haystack {
        names: named.join("\u{1f}").to_ascii_lowercase(),
        rest: rest.join("\u{1f}").to_ascii_lowercase(),
    }
}

/// The facts the explorer lists for `filter`.
pub fn search(ds: &Dataset, filter: &Filter) -> Vec<&'static Fact> {
    explore(ds, filter, |f| search_text(ds, f))
}

/// How the explorer's rows are ordered, when it is not plain: search matches by rank, values by unit.
pub fn order_note(filter: &Filter, t: &Strings) -> Option<String> {
    let by_value = (filter.sort == Column::Value).then(|| {
        let units: Vec<&str> = BaseUnit::ALL.iter().map(|u| t.unit_axis.get(*u)).collect();
        fill(t.sort_value_note, &[&units.join(t.list_sep)])
    });
    let searching = (!filter.text.trim().is_empty()).then(|| t.search_rank_note.to_string());
    let said: Vec<String> = [searching, by_value].into_iter().flatten().collect();
    (!said.is_empty()).then(|| said.join(t.sentence_sep))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_order_is_said_when_it_is_not_plain() {
        let t = Lang::Zh.t();
        assert_eq!(order_note(&Filter::default(), t), None);
        let value = Filter {
            sort: Column::Value,
            ..Filter::default()
        };
        assert_eq!(
            order_note(&value, t).as_deref(),
            Some("排序：先按单位（元、吨、亩、公里、立方米、%、个数），同一单位内按统一单位后的数值。")
        );
        let both = Filter {
            text: "粮食".into(),
            ..value
        };
        let said = order_note(&both, Lang::En.t()).unwrap_or_default();
        assert!(
            said.starts_with("Figures whose names") && said.contains("then by the normalised value"),
            "{said}"
        );
    }
}
