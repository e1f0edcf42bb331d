//! 地区概览: everything one region reports — small charts of its indicator groups, and every figure as a
//! card by category.

use std::rc::Rc;

use yew::prelude::*;

use super::{activate, ViewProps};
use crate::app::{Action, AppState, View};
use crate::chart::profile_figure;
use crate::i18n::fill;
use crate::model::{profile, Fact};
use crate::ui::canvas::ChartCanvas;
use crate::ui::components::format;
use crate::ui::components::select::region_select;
use crate::ui::components::toolbar::{toolbar, ToolbarProps};

#[function_component(ProfileView)]
pub fn profile_view(props: &ViewProps) -> Html {
    let state = &props.state;
    let dispatch = &props.dispatch;
    let lang = state.lang;
    let t = lang.t();
    let view = use_memo((state.region, lang), |(region, lang)| {
        let ds = AppState::dataset();
        let p = profile(&ds, *region);
        (Rc::new(profile_figure(&p, &ds, *lang)), Rc::new(p.facts))
    });
    let (figure, facts) = (*view).clone();
    let ds = AppState::dataset();
    // The chart fills the first screen: a switch renders the tiles once the view is on screen.
    let tile_groups = if state.settled() { ds.categories } else { &[] };
    let open = |id: &'static str| dispatch.reform(move |_: MouseEvent| Action::OpenSource(id));
    html! {
        <section class="view" aria-label={View::Profile.name(t)}>
            <div class="controls">
                { region_select("profile-region", ds.regions, state.region, lang, &dispatch.reform(Action::SelectRegion)) }
            </div>
            { toolbar(ToolbarProps {
                figure: Some(figure.clone()),
                facts: facts.clone(),
                stem: format!("profile-{}", state.region.key()),
                status: state.status.clone(),
                lang,
                on_report: dispatch.reform(Action::Report),
            }) }
            <ChartCanvas figure={figure.clone()} on_activate={activate(dispatch)} palette={state.palette().1} dpr={state.dpr} />
            <h2 class="tiles-title">{ fill(t.tiles_title, &[t.region(state.region), &facts.len().to_string()]) }</h2>
            // One child however many groups: Yew matches unkeyed siblings from the end, so a region with
            // more or fewer groups would otherwise remount the canvas.
            <>
                { for tile_groups.iter().filter_map(|cat| {
                    let in_cat: Vec<&&'static Fact> = facts.iter().filter(|f| f.category == cat.id).collect();
                    (!in_cat.is_empty()).then(|| html! {
                        <section class="tile-group" aria-label={t.name(cat.zh)}>
                            <h3>{ t.name(cat.zh) }<small>{ fill(t.tile_count, &[&in_cat.len().to_string()]) }</small></h3>
                            <ul class="tiles">
                                { for in_cat.into_iter().map(|f| html! {
                                    <li class={classes!("tile", format::is_target(f).then_some("target"))}>
                                        <button type="button" onclick={open(f.id)}>
                                            <span class="tile-name">{ format::indicator_name(&ds, f, t) }</span>
                                            if let Some(entity) = format::entity(f, t) { <span class="tile-entity">{ entity }</span> }
                                            <span class="tile-value">{ t.written(f) }</span>
                                            <span class="tile-meta">{ t.fact_period(f) }{" · "}{ t.kind(f.kind) }</span>
                                            <span class="tile-source">{ format::source_title(&ds, f, t) }</span>
                                        </button>
                                    </li>
                                }) }
                            </ul>
                        </section>
                    })
                }) }
            </>
        </section>
    }
}
