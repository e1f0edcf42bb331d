//! 历年与目标: one region's indicators over the periods it reports, with its targets.

use std::rc::Rc;

use yew::prelude::*;

use super::{ChartSection, ViewProps};
use crate::app::{Action, AppState, View};
use crate::chart::timeline_figure;
use crate::model::{timeline, Fact, Region};
use crate::ui::components::select::RegionSelect;

#[function_component(TimelineView)]
pub fn timeline_view(props: &ViewProps) -> Html {
    let state = &props.state;
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
    let lang = state.lang;
    let view = use_memo((region, lang), |(region, lang)| {
        let ds = AppState::dataset();
        let series = timeline(&ds, *region);
        let facts: Vec<&'static Fact> = series.iter().flat_map(|s| s.facts.iter().copied()).collect();
        (Rc::new(timeline_figure(*region, &series, &ds, *lang)), Rc::new(facts))
    });
    let (figure, facts) = (*view).clone();
    html! {
        <section class="view" aria-label={View::Timeline.name(lang.t())}>
            <div class="controls">
                <RegionSelect id="timeline-region" regions={(*regions).clone()} selected={region} {lang}
                    on_select={props.dispatch.reform(Action::SelectRegion)} />
            </div>
            <ChartSection state={state.clone()} dispatch={props.dispatch.clone()} {figure} {facts}
                stem={format!("timeline-{}", region.key())} />
        </section>
    }
}
