//! 报道覆盖: regions × categories, how many figures the articles give — what can be compared at all.

use std::rc::Rc;

use yew::prelude::*;

use super::{activate, ViewProps};
use crate::app::{Action, AppState, View};
use crate::chart::coverage_figure;
use crate::i18n::fill;
use crate::model::{cell_facts, coverage};
use crate::ui::canvas::ChartCanvas;
use crate::ui::components::fact_list::{fact_list, FactListProps};
use crate::ui::components::toolbar::{toolbar, ToolbarProps};

#[function_component(CoverageView)]
pub fn coverage_view(props: &ViewProps) -> Html {
    let state = &props.state;
    let dispatch = &props.dispatch;
    let lang = state.lang;
    let t = lang.t();
    let view = use_memo(lang, |lang| {
        let ds = AppState::dataset();
        let c = coverage(&ds);
        (Rc::new(coverage_figure(&c, &ds, *lang)), Rc::new(c))
    });
    let (figure, cov) = (*view).clone();
    let ds = AppState::dataset();
    let listed = use_memo(state.cell, |cell| {
        Rc::new(
            cell.map(|(r, c)| cell_facts(&AppState::dataset(), r, c))
                .unwrap_or_default(),
        )
    });
    let all = use_memo((), |_| Rc::new(AppState::dataset().facts.iter().collect::<Vec<_>>()));
    let cell_title = state.cell.map(|(r, c)| {
        let name = ds.categories.iter().find(|x| x.id == c).map_or(c, |x| t.name(x.zh));
        AttrValue::from(fill(t.cell_title, &[t.region(r), name, &listed.len().to_string()]))
    });
    let stem = state
        .cell
        .map_or("coverage".to_string(), |(r, c)| format!("coverage-{}-{c}", r.key()));
    html! {
        <section class="view" aria-label={View::Coverage.name(t)}>
            { toolbar(ToolbarProps {
                figure: Some(figure.clone()),
                facts: if state.cell.is_some() { (*listed).clone() } else { (*all).clone() },
                stem,
                status: state.status.clone(),
                lang,
                on_report: dispatch.reform(Action::Report),
            }) }
            <ChartCanvas {figure} on_activate={activate(dispatch)} palette={state.palette().1} dpr={state.dpr} />
            <div class="table-wrap">
                <table class="coverage-table">
                    <caption>{ t.coverage_caption }</caption>
                    <thead><tr><th scope="col">{ t.region_label }</th>
                        { for cov.categories.iter().map(|c| html! { <th scope="col">{ t.name(c.zh) }</th> }) }
                        <th scope="col">{ t.total }</th></tr></thead>
                    <tbody>
                        { for cov.regions.iter().zip(&cov.counts).map(|(r, row)| html! {
                            <tr><th scope="row">{ t.region(*r) }</th>
                                { for cov.categories.iter().zip(row).map(|(c, n)| {
                                    let (region, category) = (*r, c.id);
                                    let onclick = dispatch.reform(move |_: MouseEvent| Action::OpenCell(region, category));
                                    html! { <td>
                                        if *n == 0 { <span class="none">{"—"}</span> }
                                        else { <button type="button" class="link" {onclick} data-cell={format!("{}:{}", r.key(), c.id)}>{ n }</button> }
                                    </td> }
                                }) }
                                <td>{ row.iter().sum::<usize>() }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
            if let Some(title) = cell_title {
                { fact_list(FactListProps {
                    facts: (*listed).clone(),
                    silent: Vec::new(),
                    title: Some(title),
                    lang,
                    on_open: dispatch.reform(Action::OpenSource),
                }) }
            } else {
                <p class="hint">{ t.coverage_hint }</p>
            }
        </section>
    }
}
