//! What the explorer's search finds a fact by: its ids and verbatim text, and its names in every language,
//! so a search in either language finds it.

use crate::i18n::Lang;
use crate::model::explore::{explore, Filter};
use crate::model::{Dataset, Fact};

/// Everything a fact can be found by, lower-cased.
pub fn search_text(ds: &Dataset, f: &Fact) -> String {
    let ind = ds.indicator(f.indicator);
    let group = ind.and_then(|i| ds.group(i.group));
    let category = ds.categories.iter().find(|c| c.id == f.category);
    let names: [Option<&'static str>; 7] = [
        f.scope.name().copied(),
        f.note,
        ind.map(|i| i.zh),
        ind.map(|i| i.label_zh),
        group.map(|g| g.zh),
        category.map(|c| c.zh),
        ds.article_of(f).map(|s| s.title),
    ];
    let mut hay = vec![f.id, f.written, f.quote, f.region.key(), f.seed, f.article];
    for t in Lang::ALL.map(Lang::t) {
        hay.push(t.region(f.region));
        hay.push(t.kind(f.kind));
        hay.extend(names.iter().flatten().map(|n| t.name(n)));
    }
    // ASCII folding is enough: Chinese has no case, and it spares the Unicode case tables.
    hay.join("\u{1f}").to_ascii_lowercase()
}

/// The facts the explorer lists for `filter`.
pub fn search(ds: &Dataset, filter: &Filter) -> Vec<&'static Fact> {
    explore(ds, filter, |f| search_text(ds, f))
}
