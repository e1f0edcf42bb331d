//! The comparison's indicator-group selector and the timeline's and profile's region selectors.

use std::rc::Rc;

use yew::prelude::*;

use super::format::select_value;
use crate::app::AppState;
use crate::i18n::{fill, Lang};
use crate::model::{GroupOption, Region};

#[derive(Properties, PartialEq)]
pub struct GroupSelectProps {
    pub options: Rc<Vec<GroupOption>>,
    pub selected: &'static str,
    pub lang: Lang,
    pub on_select: Callback<String>,
}

/// Indicator groups reported by at least two regions, by category.
#[function_component(GroupSelect)]
pub fn group_select(props: &GroupSelectProps) -> Html {
    let t = props.lang.t();
    let ds = AppState::dataset();
    let onchange = props.on_select.reform(|e: Event| select_value(&e));
    let categories = ds.categories.iter().filter_map(|cat| {
        let options: Vec<&GroupOption> = props.options.iter().filter(|o| o.group.category == cat.id).collect();
        (!options.is_empty()).then(|| {
            html! {
                <optgroup label={t.name(cat.zh)}>
                    { for options.iter().map(|o| {
                        let regions: Vec<&str> = o.regions.iter().map(|r| t.region(*r)).collect();
                        html! {
                            <option value={o.group.id} selected={o.group.id == props.selected}>
                                { t.paren(t.name(o.group.zh), &regions.join(t.list_sep)) }
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
            <small id="group-help">{ fill(t.group_help, &[&props.options.len().to_string()]) }</small>
        </label>
    }
}

#[derive(Properties, PartialEq)]
pub struct RegionSelectProps {
    /// The timeline and the profile each have one, and both may be on the page.
    pub id: &'static str,
    pub regions: Vec<Region>,
    pub selected: Region,
    pub lang: Lang,
    pub on_select: Callback<Region>,
}

#[function_component(RegionSelect)]
pub fn region_select(props: &RegionSelectProps) -> Html {
    let t = props.lang.t();
    let on_select = props.on_select.clone();
    let onchange = Callback::from(move |e: Event| {
        if let Some(r) = Region::from_key(&select_value(&e)) {
            on_select.emit(r);
        }
    });
    html! {
        <label class="selector">
            <span>{ t.region_label }</span>
            <select id={props.id} {onchange}>
                { for props.regions.iter().map(|r| html! {
                    <option value={r.key()} selected={*r == props.selected}>{ t.region(*r) }</option>
                }) }
            </select>
        </label>
    }
}
