//! The comparison's indicator-group selector and the timeline's and profile's region selectors.

use yew::prelude::*;

use super::format::select_value;
use crate::app::AppState;
use crate::i18n::{fill, Lang};
use crate::model::{GroupOption, Region};

/// Indicator groups reported by at least two regions, by category.
pub fn group_select(options: &[GroupOption], selected: &'static str, lang: Lang, on_select: &Callback<String>) -> Html {
    let t = lang.t();
    let ds = AppState::dataset();
    let onchange = on_select.reform(|e: Event| select_value(&e));
    let count = options.len();
    let categories = ds.categories.iter().filter_map(|cat| {
        let options: Vec<&GroupOption> = options.iter().filter(|o| o.group.category == cat.id).collect();
        (!options.is_empty()).then(|| {
            html! {
                <optgroup label={t.name(cat.zh)}>
                    { for options.iter().map(|o| {
                        let regions: Vec<&str> = o.regions.iter().map(|r| t.region(*r)).collect();
                        // Whether the group can be compared, so the user picks knowingly.
                        let (key, tag) = if o.partial {
                            ("partial", t.verdict_tags.partial)
                        } else {
                            (o.verdict.key(), t.verdict_tags.get(o.verdict))
                        };
                        html! {
                            <option value={o.group.id} selected={o.group.id == selected} data-verdict={key}>
                                { format!("{} · {tag}", t.paren(t.name(o.group.zh), &regions.join(t.list_sep))) }
                            </option>
                        }
                    }) }
                </optgroup>
            }
        })
    });
    html! {
        <label class="selector">
            <span>{ t.group_label }</span>
            <select id="group-select" {onchange} aria-describedby="group-help">
                { for categories }
            </select>
            <small id="group-help">{ fill(t.group_help, &[&count.to_string()]) }</small>
        </label>
    }
}

/// `id`: the timeline and the profile each have one, and both may be on the page.
pub fn region_select(
    id: &'static str,
    regions: &[Region],
    selected: Region,
    lang: Lang,
    on_select: &Callback<Region>,
) -> Html {
    let t = lang.t();
    let on_select = on_select.clone();
    let onchange = Callback::from(move |e: Event| {
        if let Some(r) = crate::app::state::AppState::dataset().region(&select_value(&e)) {
            on_select.emit(r);
        }
    });
    html! {
        <label class="selector">
            <span>{ t.region_label }</span>
            <select {id} {onchange}>
                { for regions.iter().map(|r| html! {
                    <option value={r.key()} selected={*r == selected}>{ t.region(*r) }</option>
                }) }
            </select>
        </label>
    }
}
