//! The five views. Each asks the model and the chart layer for its data, memoised on what it shows.

use std::rc::Rc;

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::canvas::ChartCanvas;
use super::format;
use super::sources::FactList;
use super::state::{Action, AppContext, AppState};
use crate::chart::style::region_colour;
use crate::chart::{
    compare_figure, composition_figure, conversion_line, coverage_figure, profile_figure, timeline_figure,
    CompareOptions, Figure, Target,
};
use crate::model::{
    breakdowns, cell_facts, comparable_groups, compare, coverage, profile, timeline, Fact, GroupOption, Region,
};

/// What a click or Enter on a mark does in every view.
fn activate(state: &AppContext) -> Callback<Target> {
    let state = state.clone();
    Callback::from(move |target: Target| match target {
        Target::Fact(id) => state.dispatch(Action::OpenSource(id)),
        Target::Cell { region, category } => state.dispatch(Action::OpenCell(region, category)),
        Target::Missing(_) => {}
    })
}

fn notes(figure: &Figure) -> Html {
    html! {
        if !figure.notes.is_empty() {
            <div class="note" role="note">
                <strong>{"口径说明"}</strong>
                <ul>{ for figure.notes.iter().map(|n| html! { <li>{ n }</li> }) }</ul>
            </div>
        }
    }
}

#[derive(Properties, PartialEq)]
struct SelectorProps {
    options: Rc<Vec<GroupOption>>,
    selected: &'static str,
    on_select: Callback<String>,
}

/// Indicator groups reported by at least two regions, by category.
#[function_component(GroupSelector)]
fn group_selector(props: &SelectorProps) -> Html {
    let ds = AppState::dataset();
    let onchange = {
        let on_select = props.on_select.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            on_select.emit(select.value());
        })
    };
    let categories = ds.categories.iter().filter_map(|cat| {
        let options: Vec<&GroupOption> = props.options.iter().filter(|o| o.group.category == cat.id).collect();
        (!options.is_empty()).then(|| {
            html! {
                <optgroup label={cat.zh}>
                    { for options.iter().map(|o| {
                        let regions: Vec<&str> = o.regions.iter().map(|r| r.zh()).collect();
                        html! {
                            <option value={o.group.id} selected={o.group.id == props.selected}>
                                { format!("{}（{}）", o.group.zh, regions.join("、")) }
                            </option>
                        }
                    }) }
                </optgroup>
            }
        })
    });
    html! {
        <label class="selector">
            <span>{"指标组"}</span>
            <select id="group-select" {onchange} aria-describedby="group-help">
                { for categories }
            </select>
            <small id="group-help">{ format!("共 {} 组指标有两个及以上地区的数字可比", props.options.len()) }</small>
        </label>
    }
}

/// Region buttons that show or hide a region's bars; colour chip plus pattern.
#[function_component(RegionLegend)]
pub fn region_legend() -> Html {
    let Some(state) = use_context::<AppContext>() else {
        return html! {};
    };
    html! {
        <div class="legend" role="group" aria-label="显示或隐藏地区">
            { for Region::ALL.into_iter().map(|r| {
                let shown = !state.hidden.contains(&r);
                let onclick = {
                    let state = state.clone();
                    Callback::from(move |_| state.dispatch(Action::ToggleRegion(r)))
                };
                html! {
                    <button type="button" class={classes!("legend-item", (!shown).then_some("off"))}
                        aria-pressed={shown.to_string()} data-region={r.key()} {onclick}>
                        <span class={classes!("chip", r.key())} style={format!("background-color:{}", region_colour(r).hex())} aria-hidden="true"></span>
                        { r.zh() }
                        if !r.is_focus() { <small>{"参照"}</small> }
                    </button>
                }
            }) }
        </div>
    }
}

#[function_component(CompareView)]
pub fn compare_view() -> Html {
    let Some(state) = use_context::<AppContext>() else {
        return html! {};
    };
    let options = use_memo((), |_| comparable_groups(&AppState::dataset()));
    let opts = CompareOptions {
        normalised: state.normalised,
    };
    // One comparison and one figure per (group, labelling, hidden regions): a switch builds each once.
    let view = use_memo((state.group, opts, state.hidden.clone()), |(group, opts, hidden)| {
        let ds = AppState::dataset();
        compare(&ds, group).map(|c| {
            let figure = Rc::new(compare_figure(&c, &ds, *opts, hidden));
            let facts: Rc<Vec<&'static Fact>> = Rc::new(c.facts().collect());
            let silent: Vec<Region> = c.slots.iter().filter(|s| !s.reported()).map(|s| s.region).collect();
            (figure, facts, silent)
        })
    });
    let on_select = {
        let state = state.clone();
        Callback::from(move |id: String| state.dispatch(Action::SelectGroup(id)))
    };
    let on_normalised = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            state.dispatch(Action::SetNormalised(input.checked()));
        })
    };
    let body = match view.as_ref() {
        Ok((figure, facts, silent)) => {
            let conversions: Vec<String> = facts.iter().filter_map(|f| conversion_line(f)).collect();
            html! {
                <>
                    <ChartCanvas figure={figure.clone()} on_activate={activate(&state)} />
                    { notes(figure) }
                    if !conversions.is_empty() {
                        <div class="conversions" data-testid="conversions">
                            <strong>{"单位换算"}</strong>
                            <ul>{ for conversions.iter().map(|c| html! { <li>{ c }</li> }) }</ul>
                        </div>
                    }
                    <FactList facts={facts.clone()} silent={silent.clone()} />
                </>
            }
        }
        Err(e) => html! { <p class="error" role="alert">{ e.to_string() }</p> },
    };
    html! {
        <section class="view" aria-label="三地对比">
            <div class="controls">
                <GroupSelector options={options} selected={state.group} {on_select} />
                <label class="toggle">
                    <input id="normalised" type="checkbox" checked={state.normalised} onchange={on_normalised} />
                    {"以统一单位显示（原文写法列于其下）"}
                </label>
            </div>
            <RegionLegend />
            { body }
        </section>
    }
}

#[function_component(CompositionView)]
pub fn composition_view() -> Html {
    let Some(state) = use_context::<AppContext>() else {
        return html! {};
    };
    let view = use_memo(state.hidden.clone(), |hidden| {
        let ds = AppState::dataset();
        let b = breakdowns(&ds);
        let facts: Vec<&'static Fact> = b
            .iter()
            .flat_map(|b| {
                b.regions
                    .iter()
                    .flat_map(|r| r.total.into_iter().chain(r.parts.iter().copied()))
            })
            .collect();
        (Rc::new(composition_figure(&b, &ds, hidden)), Rc::new(facts))
    });
    let (figure, facts) = (*view).clone();
    html! {
        <section class="view" aria-label="构成">
            <RegionLegend />
            <ChartCanvas figure={figure.clone()} on_activate={activate(&state)} />
            { notes(&figure) }
            <FactList {facts} />
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct RegionSelectProps {
    regions: Vec<Region>,
    selected: Region,
}

#[function_component(RegionSelect)]
fn region_select(props: &RegionSelectProps) -> Html {
    let Some(state) = use_context::<AppContext>() else {
        return html! {};
    };
    let onchange = Callback::from(move |e: Event| {
        let select: HtmlSelectElement = e.target_unchecked_into();
        if let Some(r) = Region::from_key(&select.value()) {
            state.dispatch(Action::SelectRegion(r));
        }
    });
    html! {
        <label class="selector">
            <span>{"地区"}</span>
            <select id="region-select" {onchange}>
                { for props.regions.iter().map(|r| html! {
                    <option value={r.key()} selected={*r == props.selected}>{ r.zh() }</option>
                }) }
            </select>
        </label>
    }
}

#[function_component(TimelineView)]
pub fn timeline_view() -> Html {
    let Some(state) = use_context::<AppContext>() else {
        return html! {};
    };
    let regions = use_memo((), |_| {
        let ds = AppState::dataset();
        Region::ALL
            .into_iter()
            .filter(|r| !timeline(&ds, *r).is_empty())
            .collect::<Vec<_>>()
    });
    let region = if regions.contains(&state.region) {
        state.region
    } else {
        regions.first().copied().unwrap_or(Region::Shangdang)
    };
    let view = use_memo(region, |region| {
        let ds = AppState::dataset();
        let series = timeline(&ds, *region);
        let facts: Vec<&'static Fact> = series.iter().flat_map(|s| s.facts.iter().copied()).collect();
        (Rc::new(timeline_figure(*region, &series, &ds)), Rc::new(facts))
    });
    let (figure, facts) = (*view).clone();
    html! {
        <section class="view" aria-label="历年与目标">
            <div class="controls"><RegionSelect regions={(*regions).clone()} selected={region} /></div>
            <ChartCanvas figure={figure.clone()} on_activate={activate(&state)} />
            { notes(&figure) }
            <FactList {facts} />
        </section>
    }
}

#[function_component(ProfileView)]
pub fn profile_view() -> Html {
    let Some(state) = use_context::<AppContext>() else {
        return html! {};
    };
    let view = use_memo(state.region, |region| {
        let ds = AppState::dataset();
        let p = profile(&ds, *region);
        (Rc::new(profile_figure(&p, &ds)), Rc::new(p.facts))
    });
    let (figure, facts) = (*view).clone();
    let ds = AppState::dataset();
    let open = {
        let state = state.clone();
        move |id: &'static str| {
            let state = state.clone();
            Callback::from(move |_| state.dispatch(Action::OpenSource(id)))
        }
    };
    html! {
        <section class="view" aria-label="地区概览">
            <div class="controls"><RegionSelect regions={Region::ALL.to_vec()} selected={state.region} /></div>
            <ChartCanvas figure={figure.clone()} on_activate={activate(&state)} />
            <h2 class="tiles-title">{ format!("{} 的全部 {} 项数字（按类别）", state.region.zh(), facts.len()) }</h2>
            { for ds.categories.iter().filter_map(|cat| {
                let in_cat: Vec<&&'static Fact> = facts.iter().filter(|f| f.category == cat.id).collect();
                (!in_cat.is_empty()).then(|| html! {
                    <section class="tile-group" aria-label={cat.zh}>
                        <h3>{ cat.zh }<small>{ format!(" {} 项", in_cat.len()) }</small></h3>
                        <ul class="tiles">
                            { for in_cat.into_iter().map(|f| html! {
                                <li class={classes!("tile", format::is_target(f).then_some("target"))}>
                                    <button type="button" onclick={open(f.id)} aria-label={format!("{} {} 查看原文", format::indicator_name(&ds, f), f.written)}>
                                        <span class="tile-name">{ format::indicator_name(&ds, f) }</span>
                                        if let Some(entity) = f.entity { <span class="tile-entity">{ entity }</span> }
                                        <span class="tile-value">{ f.written }</span>
                                        <span class="tile-meta">{ format::period(f) }{" · "}{ f.kind.zh() }</span>
                                        <span class="tile-source">{"《"}{ format::source_title(&ds, f) }{"》"}</span>
                                    </button>
                                </li>
                            }) }
                        </ul>
                    </section>
                })
            }) }
        </section>
    }
}

#[function_component(CoverageView)]
pub fn coverage_view() -> Html {
    let Some(state) = use_context::<AppContext>() else {
        return html! {};
    };
    let view = use_memo((), |_| {
        let c = coverage(&AppState::dataset());
        (Rc::new(coverage_figure(&c)), Rc::new(c))
    });
    let (figure, cov) = (*view).clone();
    let ds = AppState::dataset();
    let listed = use_memo(state.cell, |cell| {
        Rc::new(
            cell.map(|(r, c)| cell_facts(&AppState::dataset(), r, c))
                .unwrap_or_default(),
        )
    });
    let cell_title = state.cell.map(|(r, c)| {
        let name = ds.categories.iter().find(|x| x.id == c).map_or(c, |x| x.zh);
        format!("{} · {}：{} 条数字", r.zh(), name, listed.len())
    });
    html! {
        <section class="view" aria-label="报道覆盖">
            <ChartCanvas figure={figure} on_activate={activate(&state)} />
            <table class="coverage-table" data-testid="coverage-table">
                <caption>{"各地区、各类别的数字条数（与上图相同）"}</caption>
                <thead><tr><th scope="col">{"地区"}</th>
                    { for cov.categories.iter().map(|c| html! { <th scope="col">{ c.zh }</th> }) }
                    <th scope="col">{"合计"}</th></tr></thead>
                <tbody>
                    { for cov.regions.iter().zip(&cov.counts).map(|(r, row)| html! {
                        <tr><th scope="row">{ r.zh() }</th>
                            { for cov.categories.iter().zip(row).map(|(c, n)| {
                                let (region, category) = (*r, c.id);
                                let state = state.clone();
                                let onclick = Callback::from(move |_| state.dispatch(Action::OpenCell(region, category)));
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
            if let Some(title) = cell_title {
                <FactList facts={(*listed).clone()} title={AttrValue::from(title)} />
            } else {
                <p class="hint">{"点击图中或表中的格子，列出该地区该类别的全部数字。"}</p>
            }
        </section>
    }
}
