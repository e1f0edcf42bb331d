//! How a fact is described in the page (tooltips, lists, tiles): one place, so every view agrees.

use crate::chart::spec::normalised_label;
use yew::prelude::*;

use crate::chart::style::region_colour;
use crate::model::{BaseUnit, Dataset, Fact, Kind, Qualifier, Region};

/// The value of the `<select>` an event came from.
pub fn select_value(e: &Event) -> String {
    let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
    select.value()
}

/// A region's colour chip (with its pattern, from the CSS class), beside its name.
pub fn region_chip(region: Region) -> Html {
    html! {
        <span class={classes!("chip", region.key())}
            style={format!("background-color:{}", region_colour(region).hex())} aria-hidden="true"></span>
    }
}

/// "2025年（据文意推定）"
pub fn period(f: &Fact) -> String {
    let mut text = f.period.zh();
    if f.period_inferred {
        text.push_str("（据文意推定）");
    }
    text
}

/// "= 8.8万吨" where the normalised value says something the written one does not.
pub fn normalised(f: &Fact) -> Option<String> {
    let norm = normalised_label(f);
    (f.base_unit != BaseUnit::Count && norm != f.written).then(|| format!("= {norm}"))
}

/// Short tags: kind, qualifier, damage.
pub fn tags(f: &Fact) -> Vec<&'static str> {
    let mut tags = vec![f.kind.zh()];
    if f.qualifier != Qualifier::Exact {
        tags.push(f.qualifier.zh());
    }
    if f.ocr_damaged {
        tags.push("原文排版/识别受损");
    }
    tags
}

pub fn indicator_name(ds: &Dataset, f: &Fact) -> &'static str {
    ds.indicator(f.indicator).map_or(f.indicator, |i| i.zh)
}

pub fn source_title(ds: &Dataset, f: &Fact) -> &'static str {
    ds.source(f.seed).map_or(f.seed, |s| s.title)
}

pub fn is_target(f: &Fact) -> bool {
    f.kind == Kind::Target
}
