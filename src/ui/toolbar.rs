//! Copy link and downloads: the chart as PNG (2×, 3×) or SVG, the figures as CSV or JSON.

use std::rc::Rc;

use yew::prelude::*;

use super::download;
use super::language::use_t;
use super::state::AppState;
use crate::chart::Figure;
use crate::i18n::fill;
use crate::model::export::{to_csv, to_json};
use crate::model::Fact;

#[derive(Properties, PartialEq)]
pub struct ToolbarProps {
    /// The chart on screen, if the view has one.
    #[prop_or_default]
    pub figure: Option<Rc<Figure>>,
    /// The figures of the current view.
    pub facts: Rc<Vec<&'static Fact>>,
    /// The file name stem, e.g. "compare-grain_output".
    pub stem: AttrValue,
}

#[function_component(Toolbar)]
pub fn toolbar(props: &ToolbarProps) -> Html {
    let t = use_t();
    // A message belongs to the language it was written in; a switch hides it.
    let status = use_state_eq(|| None::<(&'static str, String)>);
    let report = {
        let status = status.clone();
        move |result: Result<(), String>, done: String| {
            status.set(Some((
                t.key,
                match result {
                    Ok(()) => done,
                    Err(e) => fill(t.download_failed, &[&e]),
                },
            )))
        }
    };
    let stem = format!("qianwan-{}", props.stem);
    let chart_buttons = props.figure.clone().map(|figure| {
        let png = |scale: f64| {
            let (figure, report, name) = (figure.clone(), report.clone(), format!("{stem}-{scale}x.png"));
            Callback::from(move |_| report(download::png(&figure, scale, &name), fill(t.made, &["PNG"])))
        };
        let svg = {
            let (figure, report, name) = (figure.clone(), report.clone(), format!("{stem}.svg"));
            Callback::from(move |_| report(download::svg(&figure, &name), fill(t.made, &["SVG"])))
        };
        html! {
            <>
                <button type="button" data-download="png2" onclick={png(2.0)}>{ fill(t.png, &["2"]) }</button>
                <button type="button" data-download="png3" onclick={png(3.0)}>{ fill(t.png, &["3"]) }</button>
                <button type="button" data-download="svg" onclick={svg}>{ t.svg }</button>
            </>
        }
    });
    let data = |all: bool, json: bool| {
        let facts = props.facts.clone();
        let report = report.clone();
        let name = format!(
            "{}.{}",
            if all {
                "qianwan-all-facts".to_string()
            } else {
                stem.clone()
            },
            if json { "json" } else { "csv" }
        );
        Callback::from(move |_| {
            let ds = AppState::dataset();
            let rows: Vec<&Fact> = if all {
                ds.facts.iter().collect()
            } else {
                facts.iter().copied().collect()
            };
            let result = if json {
                download::text(&to_json(&ds, t.app_title, &rows), "application/json", &name)
            } else {
                download::text(&to_csv(&ds, &rows), "text/csv;charset=utf-8", &name)
            };
            report(result, t.data_made.to_string());
        })
    };
    let copy = {
        let status = status.clone();
        Callback::from(move |_| {
            let status = status.clone();
            yew::platform::spawn_local(async move {
                status.set(Some((
                    t.key,
                    match download::copy_link().await {
                        Ok(()) => t.copied.to_string(),
                        Err(href) => fill(t.copy_by_hand, &[&href]),
                    },
                )));
            });
        })
    };
    html! {
        <div class="toolbar" role="toolbar" aria-label={t.toolbar_label}>
            <button type="button" class="primary" data-action="copy-link" onclick={copy}>{ t.copy_link }</button>
            { for chart_buttons }
            <button type="button" data-download="csv" onclick={data(false, false)}>{ fill(t.csv_page, &[&props.facts.len().to_string()]) }</button>
            <button type="button" data-download="json" onclick={data(false, true)}>{ t.json_page }</button>
            <button type="button" data-download="all-csv" onclick={data(true, false)}>{ t.csv_all }</button>
            <button type="button" data-download="all-json" onclick={data(true, true)}>{ t.json_all }</button>
            <span class="status" role="status" aria-live="polite">
                { (*status).clone().filter(|(key, _)| *key == t.key).map(|(_, m)| m).unwrap_or_default() }
            </span>
        </div>
    }
}
