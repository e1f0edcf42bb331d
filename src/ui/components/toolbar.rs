//! Copy link and downloads: the chart as PNG (2×, 3×) or SVG, the figures as CSV or JSON.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::link::Shared;
use crate::app::AppState;
use crate::chart::Figure;
use crate::i18n::{fill, Lang};
use crate::model::Fact;
use crate::narrative::export::{to_csv, to_json};
use crate::ui::download;

pub struct ToolbarProps {
    /// The view's chart, if it has one.
    pub figure: Option<Rc<Figure>>,
    /// The figures on the view.
    pub facts: Rc<Vec<&'static Fact>>,
    /// The file name stem, e.g. "compare-grain_output".
    pub stem: String,
    /// The last action's outcome (a link copied, a file made), kept in the app state.
    pub status: Option<String>,
    pub lang: Lang,
    pub on_report: Callback<String>,
}

pub fn toolbar(props: ToolbarProps) -> Html {
    let t = props.lang.t();
    let report = {
        let on_report = props.on_report.clone();
        move |result: Result<(), String>, done: String| {
            on_report.emit(match result {
                Ok(()) => done,
                Err(e) => fill(t.download_failed, &[&e]),
            })
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
            if all { "qianwan-all-facts" } else { stem.as_str() },
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
        let on_report = props.on_report.clone();
        Callback::from(move |_| {
            let on_report = on_report.clone();
            yew::platform::spawn_local(async move {
                on_report.emit(match download::copy_link().await {
                    Ok(Shared::Page) => t.copied.to_string(),
                    Ok(Shared::Hosted) => t.copied_hosted.to_string(),
                    Ok(Shared::LocalFile) => t.copied_file.to_string(),
                    Err(href) => fill(t.copy_by_hand, &[&href]),
                });
            });
        })
    };
    html! {
        <div class="toolbar" role="toolbar" aria-label={t.toolbar_label}>
            <button type="button" class="primary" data-action="copy-link" onclick={copy}>{ t.copy_link }</button>
            <Downloads lang={props.lang}>
                { for chart_buttons }
                <button type="button" data-download="csv" onclick={data(false, false)}>{ fill(t.csv_page, &[&props.facts.len().to_string()]) }</button>
                <button type="button" data-download="json" onclick={data(false, true)}>{ t.json_page }</button>
                <button type="button" data-download="all-csv" onclick={data(true, false)}>{ t.csv_all }</button>
                <button type="button" data-download="all-json" onclick={data(true, true)}>{ t.json_all }</button>
            </Downloads>
            <span class="status" role="status" aria-live="polite">{ props.status.clone().unwrap_or_default() }</span>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct DownloadsProps {
    lang: Lang,
    children: Html,
}

/// The download buttons: in a row on a wide screen; on a narrow one behind a single 下载 button (CSS
/// decides which shows), so that the chart is on the first screen of a phone. A choice closes the menu.
#[function_component(Downloads)]
fn downloads(props: &DownloadsProps) -> Html {
    let t = props.lang.t();
    let open = use_state_eq(|| false);
    let toggle = {
        let open = open.clone();
        Callback::from(move |_| open.set(!*open))
    };
    // A click in the open menu (on a download) closes it.
    let close = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(false))
    };
    html! {
        <>
            <button type="button" class="downloads-toggle" aria-expanded={open.to_string()} onclick={toggle}>
                { t.downloads }<span aria-hidden="true">{ if *open { " ▴" } else { " ▾" } }</span>
            </button>
            <div class={classes!("downloads", open.then_some("open"))} onclick={close}>{ props.children.clone() }</div>
        </>
    }
}
