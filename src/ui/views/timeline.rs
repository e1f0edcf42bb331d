//! 历年与目标: one region's indicators over the periods it reports, with its targets.

use std::rc::Rc;

use yew::prelude::*;

use super::{chart_section, ChartSectionProps, ViewProps};
use crate::app::{Action, AppState, View};
use crate::chart::timeline_figure;
use crate::model::{timeline, Fact};
use crate::ui::components::select::region_select;

#[function_component(TimelineView)]
pub fn timeline_view(props: &ViewProps) -> Html {
    let state = &props.state;
    let regions = use_memo((), |_| {
        let ds = AppState::dataset();
        ds.regions
            .iter()
            .copied()
            .filter(|r| !timeline(&ds, *r).is_empty())
            .collect::<Vec<_>>()
    });
    let region = crate::app::charts::timeline_region(&AppState::dataset(), state.region);
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
                { region_select("timeline-region", &regions, region, lang, &props.dispatch.reform(Action::SelectRegion)) }
            </div>
            { chart_section(ChartSectionProps {
                state,
                dispatch: &props.dispatch,
                figure,
                facts,
                silent: Vec::new(),
                stem: format!("timeline-{}", region.key()),
                between: Html::default(),
            }) }
        </section>
    }
}
