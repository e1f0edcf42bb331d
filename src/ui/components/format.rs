//! How a fact is described in the page (tooltips, lists, tiles): one place, so every view agrees.

use yew::prelude::*;

use crate::chart::style::region_slot;
use crate::i18n::Strings;
use crate::model::{BaseUnit, Dataset, Fact, Kind, Qualifier, Region};

/// The value of the `<select>` an event came from.
pub fn select_value(e: &Event) -> String {
    let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
    select.value()
}

/// A region's class: its colours and pattern in the page come from the theme's palette (`--rN`).
pub fn region_class(region: Region) -> String {
    format!("r{}", region_slot(region))
}

/// A region's colour chip (with its pattern), beside its name.
pub fn region_chip(region: Region) -> Html {
    html! { <span class={classes!("chip", region_class(region))} aria-hidden="true"></span> }
}

/// "= 8.8万吨" where the normalised value says something the written one does not.
pub fn normalised(f: &Fact, t: &Strings) -> Option<String> {
    let norm = t.normalised(f);
    (f.base_unit != BaseUnit::Count && norm != t.written(f)).then(|| format!("= {norm}"))
}

/// Short tags: kind, qualifier, damage.
pub fn tags(f: &Fact, t: &Strings) -> Vec<&'static str> {
    let mut tags = vec![t.kind(f.kind)];
    if f.qualifier != Qualifier::Exact {
        tags.push(t.qualifier(f.qualifier));
    }
    if f.ocr_damaged {
        tags.push(t.damaged);
    }
    tags
}

pub fn indicator_name(ds: &Dataset, f: &Fact, t: &Strings) -> &'static str {
    t.name(ds.indicator(f.indicator).map_or(f.indicator, |i| i.zh))
}

/// An article's title stays Chinese (it names the source); other languages add a translation.
pub fn source_title(ds: &Dataset, f: &Fact, t: &Strings) -> Html {
    let title = ds.article_of(f).map_or(f.seed, |s| s.title);
    title_html(title, t)
}

pub fn title_html(title: &'static str, t: &Strings) -> Html {
    let own = html! { <span lang="zh-CN">{"《"}{ title }{"》"}</span> };
    if t.is_source {
        own
    } else {
        html! { <>{ own }{" "}<span class="gloss">{ t.title(t.name(title)) }</span></> }
    }
}

/// An entity (a village, a co-op) in the language on screen.
pub fn entity(f: &Fact, t: &Strings) -> Option<&'static str> {
    f.entity().map(|e| t.name(e))
}

pub fn is_target(f: &Fact) -> bool {
    f.kind == Kind::Target
}
