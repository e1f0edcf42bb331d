//! 三地对比: one indicator group, region by region.

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::{chart_section, ChartSectionProps, ViewProps};
use crate::app::{Action, AppState, View};
use crate::chart::{compare_figure, conversion_line, CompareOptions};
use crate::model::{comparable_groups, compare, Fact, Region};
use crate::narrative::messages::model_error;
use crate::ui::components::legend::region_legend;
use crate::ui::components::select::group_select;

#[function_component(CompareView)]
pub fn compare_view(props: &ViewProps) -> Html {
    let state = &props.state;
    let dispatch = &props.dispatch;
    let lang = state.lang;
    let t = lang.t();
    let options = use_memo((), |_| comparable_groups(&AppState::dataset()));
    let opts = CompareOptions {
        normalised: state.normalised,
    };
    // One comparison and one figure per (group, labelling, hidden regions, language).
    let view = use_memo(
        (state.group, opts, state.hidden.clone(), lang),
        |(group, opts, hidden, lang)| {
            let ds = AppState::dataset();
            compare(&ds, group).map(|c| {
                let figure = Rc::new(compare_figure(&c, &ds, *opts, hidden, *lang));
                let facts: Rc<Vec<&'static Fact>> = Rc::new(c.facts().collect());
                let silent: Vec<Region> = c.slots.iter().filter(|s| !s.reported()).map(|s| s.region).collect();
                (figure, facts, silent)
            })
        },
    );
    let on_select = dispatch.reform(|id: String| {
        crate::ui::perf::start(crate::ui::perf::SWITCH);
        Action::SelectGroup(id)
    });
    let on_normalised = dispatch.reform(|e: Event| {
        let input: HtmlInputElement = e.target_unchecked_into();
        Action::SetNormalised(input.checked())
    });
    let body = match view.as_ref() {
        Ok((figure, facts, silent)) => {
            let conversions: Vec<String> = facts.iter().filter_map(|f| conversion_line(f, t)).collect();
            html! {
                { chart_section(ChartSectionProps {
                    state,
                    dispatch,
                    figure: figure.clone(),
                    facts: facts.clone(),
                    silent: silent.clone(),
                    stem: format!("compare-{}", state.group),
                    between: html! {
                        if !conversions.is_empty() {
                            <div class="conversions">
                                <strong>{ t.conversions_title }</strong>
                                <ul>{ for conversions.iter().map(|c| html! { <li>{ c }</li> }) }</ul>
                            </div>
                        }
                    },
                }) }
            }
        }
        Err(e) => html! { <p class="error" role="alert">{ model_error(e, lang) }</p> },
    };
    html! {
        <section class="view" aria-label={View::Compare.name(t)}>
            <div class="controls">
                { group_select(&options, state.group, lang, &on_select) }
                <label class="toggle">
                    <input id="normalised" type="checkbox" checked={state.normalised} onchange={on_normalised} />
                    { t.normalised_toggle }
                </label>
            </div>
            { region_legend(&state.hidden, lang, &dispatch.reform(Action::ToggleRegion)) }
            { body }
        </section>
    }
}
