//! The chart as a table: the same figures as the canvas, read from the same figure spec. Always in the
//! document for screen readers; shown on screen on request.

use std::rc::Rc;

use yew::prelude::*;

use crate::chart::spec::{BarSpec, Body};
use crate::chart::Figure;
use crate::i18n::{fill, Strings};
use crate::model::Qualifier;

fn bar_row(group: &str, bar: &BarSpec, t: &Strings) -> Html {
    // The first caption line (indicator or period) has its own column; the rest go to the details.
    let mut details: Vec<String> = bar.caption.iter().skip(1).cloned().collect();
    details.push(t.kind(bar.kind).to_string());
    if bar.qualifier != Qualifier::Exact {
        details.push(t.qualifier(bar.qualifier).to_string());
    }
    details.extend(bar.segments.iter().map(|s| s.label.clone()));
    html! {
        <tr>
            <th scope="row">{ group }</th>
            <td>{ bar.caption.first().cloned().unwrap_or_default() }</td>
            <td>{ &bar.label }if let Some(sub) = &bar.sublabel { {" "}<span class="norm">{ sub }</span> }</td>
            <td>{ details.join(t.list_sep) }</td>
        </tr>
    }
}

#[derive(Properties, PartialEq)]
pub struct ChartTableProps {
    pub figure: Rc<Figure>,
    /// Only in the view on screen (ids stay unique).
    #[prop_or_default]
    pub id: Option<&'static str>,
}

#[function_component(ChartTable)]
pub fn chart_table(props: &ChartTableProps) -> Html {
    let shown = use_state_eq(|| false);
    let fig = &props.figure;
    let t = fig.lang.t();
    let toggle = {
        let shown = shown.clone();
        Callback::from(move |_| shown.set(!*shown))
    };
    let bodies = fig.panels.iter().map(|panel| match &panel.body {
        Body::Bars(b) => html! {
            <tbody>
                if let Some(title) = &panel.title {
                    <tr><th colspan="4" scope="rowgroup">{ title }
                        if let Some(v) = &panel.verdict { <div class="verdict-line">{ v }</div> }
                        if let Some(note) = &panel.note { <div class="note-line">{ note }</div> }</th></tr>
                }
                { for b.clusters.iter().map(|cl| if cl.bars.is_empty() {
                    html! {
                        <tr><th scope="row">{ &cl.label }</th><td></td>
                            <td><strong>{ t.not_reported }</strong></td><td>{ t.not_reported_meta }</td></tr>
                    }
                } else {
                    html! { <>{ for cl.bars.iter().map(|bar| bar_row(&cl.label, bar, t)) }</> }
                }) }
            </tbody>
        },
        Body::Matrix(m) => html! {
            <tbody>
                { for m.rows.iter().zip(&m.counts).map(|((_, name), row)| html! {
                    <>{ for m.columns.iter().zip(row).map(|((_, cat), n)| html! {
                        <tr><th scope="row">{ name }</th><td>{ cat }</td>
                            <td>{ if *n == 0 { t.not_reported.to_string() } else { fill(t.n_figures, &[&n.to_string()]) } }</td><td></td></tr>
                    }) }</>
                }) }
            </tbody>
        },
    });
    let caption = fill(t.table_caption, &[&fig.title]);
    html! {
        <div class="chart-table">
            <button type="button" class="link table-toggle" aria-expanded={shown.to_string()}
                aria-controls={props.id} onclick={toggle}>
                { if *shown { t.table_hide } else { t.table_show } }
            </button>
            // Hidden, the table sits in a one-pixel box that clips it (a table does not shrink: hidden
            // itself it would still widen the page); shown, it scrolls sideways in its own box, which the
            // keyboard reaches too (it may hold no link or button).
            <div class={classes!("table-holder", (!*shown).then_some("visually-hidden"))}
                tabindex={shown.then_some("0")} role={shown.then_some("region")}
                aria-label={shown.then(|| caption.clone())}>
                <table id={props.id} class="data-table">
                    <caption>{ caption }
                        if let Some(v) = &fig.verdict { <div class="verdict-line">{ v }</div> }
                        { for fig.notes.iter().map(|n| html! { <div class="note-line">{ t.note_mark }{ n }</div> }) }
                    </caption>
                    <thead><tr>{ for t.table_columns.iter().map(|c| html! { <th scope="col">{ *c }</th> }) }</tr></thead>
                    { for bodies }
                </table>
            </div>
        </div>
    }
}
