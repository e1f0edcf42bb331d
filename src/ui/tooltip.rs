//! The tooltip of a chart mark: the figure as written and normalised, its period, kind, entity and quote.

use yew::prelude::*;

use super::format;
use super::state::AppState;
use crate::chart::Target;
use crate::i18n::{fill, Strings};

/// The tooltip of `target`, whose mark's top centre is at (`x`, `y`) in CSS pixels of a chart box
/// `box_width` wide. A plain function (see `lang_toggle`); the canvas ends the hover measure.
pub fn tooltip(target: Target, x: f64, y: f64, box_width: f64, t: &'static Strings) -> Html {
    let ds = AppState::dataset();
    let body = match target {
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
    // Keep the tooltip inside the chart box; below the mark when the mark is near the top.
    let half = 160.0_f64.min(box_width / 2.0);
    let x = x.clamp(half, (box_width - half).max(half));
    let place = if y < 170.0 { "below" } else { "above" };
    html! {
        <div class={classes!("tooltip", place)} role="tooltip" id="chart-tooltip"
            style={format!("left:{x:.1}px;top:{y:.1}px")}>
            { body }
        </div>
    }
}
