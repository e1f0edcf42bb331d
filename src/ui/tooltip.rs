//! The tooltip of a chart mark: the figure as written and normalised, its period, kind, entity and quote.

use yew::prelude::*;

use super::format;
use super::state::AppState;
use crate::chart::Target;

#[derive(Properties, PartialEq)]
pub struct TooltipProps {
    pub target: Target,
    /// The mark's top centre, in CSS pixels of the chart box.
    pub x: f64,
    pub y: f64,
    pub box_width: f64,
}

#[function_component(Tooltip)]
pub fn tooltip(props: &TooltipProps) -> Html {
    // The tooltip is on screen once this effect runs: the end of a hover.
    use_effect_with(props.target, |_| super::perf::end(super::perf::HOVER));
    let ds = AppState::dataset();
    let body = match props.target {
        Target::Fact(id) => match ds.fact(id) {
            Some(f) => html! {
                <>
                    <div class="tt-head">
                        <strong>{ f.region.zh() }</strong>
                        if let Some(entity) = f.entity { <span>{" · "}{ entity }</span> }
                    </div>
                    <div class="tt-indicator">{ format::indicator_name(&ds, f) }</div>
                    <div class="tt-value">
                        <strong>{ f.written }</strong>
                        if let Some(norm) = format::normalised(f) { <span class="norm">{" "}{ norm }</span> }
                    </div>
                    <div class="tt-meta">
                        <span>{ format::period(f) }</span>
                        { for format::tags(f).into_iter().map(|t| html! { <span class="tag">{ t }</span> }) }
                    </div>
                    <blockquote>{"“"}{ f.quote }{"”"}</blockquote>
                    <div class="tt-cite">{"《"}{ format::source_title(&ds, f) }{"》 · 点击查看原文"}</div>
                </>
            },
            None => html! {},
        },
        Target::Missing(region) => html! {
            <>
                <div class="tt-head"><strong>{ region.zh() }</strong></div>
                <div class="tt-value"><strong>{"未报道"}</strong></div>
                <div class="tt-meta">{"五篇文章均未给出该项数字，不等于零。"}</div>
            </>
        },
        Target::Cell { region, category } => {
            let n = crate::model::cell_facts(&ds, region, category).len();
            let name = ds
                .categories
                .iter()
                .find(|c| c.id == category)
                .map_or(category, |c| c.zh);
            html! {
                <>
                    <div class="tt-head"><strong>{ region.zh() }</strong>{" · "}{ name }</div>
                    <div class="tt-value"><strong>{ if n == 0 { "未报道".to_string() } else { format!("{n} 条数字") } }</strong></div>
                    <div class="tt-meta">{ if n == 0 { "文章没有这一类数字" } else { "点击在下方列出" } }</div>
                </>
            }
        }
    };
    // Keep the tooltip inside the chart box; below the mark when the mark is near the top.
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
