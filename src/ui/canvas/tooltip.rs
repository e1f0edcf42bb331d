//! The tooltip of a chart mark: the figure as written and normalised, its period, kind, entity and quote.

use yew::prelude::*;

use crate::app::AppState;
use crate::chart::Target;
use crate::i18n::{fill, Lang};
use crate::ui::components::format;

#[derive(Properties, PartialEq)]
pub struct TooltipProps {
    pub target: Target,
    /// The mark's top centre, in CSS pixels of the chart box.
    pub x: f64,
    pub y: f64,
    pub box_width: f64,
    pub lang: Lang,
    /// Whether the figures of the mark's panel compare across places, and why.
    #[prop_or_default]
    pub verdict: Option<String>,
}

#[function_component(Tooltip)]
pub fn tooltip(props: &TooltipProps) -> Html {
    // The tooltip is on screen once this effect runs: the end of a hover (which the benchmark times).
    use_effect_with(props.target, |_| crate::ui::perf::end(crate::ui::perf::HOVER, true));
    let t = props.lang.t();
    let ds = AppState::dataset();
    let body = match props.target {
        Target::Fact(id) => match ds.fact(id) {
            Some(f) => html! {
                <>
                    <div class="tt-head">
                        <strong>{ t.region(f.region) }</strong>
                        if let Some(entity) = format::entity(f, t) { <span>{" · "}{ entity }</span> }
                    </div>
                    <div class="tt-indicator">{ format::indicator_name(&ds, f, t) }</div>
                    <div class="tt-value">
                        <strong>{ t.written(f) }</strong>
                        if let Some(norm) = format::normalised(f, t) { <span class="norm">{" "}{ norm }</span> }
                    </div>
                    <div class="tt-meta">
                        <span>{ t.fact_period(f) }</span>
                        { for format::tags(f, t).into_iter().map(|tag| html! { <span class="tag">{ tag }</span> }) }
                    </div>
                    if let Some(v) = &props.verdict { <div class="tt-verdict">{ v }</div> }
                    <blockquote lang="zh-CN">{"“"}{ f.quote }{"”"}</blockquote>
                    <div class="tt-cite">{ format::source_title(&ds, f, t) }{ t.click_to_open }</div>
                </>
            },
            None => html! {},
        },
        Target::Missing(region) => html! {
            <>
                <div class="tt-head"><strong>{ t.region(region) }</strong></div>
                <div class="tt-value"><strong>{ t.not_reported }</strong></div>
                <div class="tt-meta">{ t.not_reported_meta }</div>
                if let Some(v) = &props.verdict { <div class="tt-verdict">{ v }</div> }
            </>
        },
        Target::Cell { region, category } => {
            let n = crate::model::cell_facts(&ds, region, category).len();
            let name = ds
                .categories
                .iter()
                .find(|c| c.id == category)
                .map_or(category, |c| t.name(c.zh));
            html! {
                <>
                    <div class="tt-head"><strong>{ t.region(region) }</strong>{" · "}{ name }</div>
                    <div class="tt-value"><strong>{ if n == 0 { t.not_reported.to_string() } else { fill(t.n_figures, &[&n.to_string()]) } }</strong></div>
                    <div class="tt-meta">{ if n == 0 { t.cell_empty } else { t.cell_click } }</div>
                </>
            }
        }
    };
    // Inside the chart box; below the mark when the mark is near the top.
    let half = 160.0_f64.min(props.box_width / 2.0);
    let x = props.x.clamp(half, (props.box_width - half).max(half));
    let place = if props.y < 170.0 { "below" } else { "above" };
    html! {
        <div class={classes!("tooltip", place)} role="tooltip" id="chart-tooltip"
            style={format!("left:{x:.1}px;top:{:.1}px", props.y)}>
            { body }
        </div>
    }
}
