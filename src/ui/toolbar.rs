//! Copy link and downloads: the chart as PNG (2×, 3×) or SVG, the figures as CSV or JSON.

use std::rc::Rc;

use yew::prelude::*;

use super::download;
use super::state::AppState;
use crate::chart::Figure;
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
    let status = use_state_eq(|| None::<String>);
    let report = {
        let status = status.clone();
        move |result: Result<(), String>, done: &str| {
            status.set(Some(match result {
                Ok(()) => done.to_string(),
                Err(e) => format!("下载失败：{e}"),
            }))
        }
    };
    let stem = format!("qianwan-{}", props.stem);
    let chart_buttons = props.figure.clone().map(|figure| {
        let png = |scale: f64| {
            let (figure, report, name) = (figure.clone(), report.clone(), format!("{stem}-{scale}x.png"));
            Callback::from(move |_| report(download::png(&figure, scale, &name), "已生成 PNG"))
        };
        let svg = {
            let (figure, report, name) = (figure.clone(), report.clone(), format!("{stem}.svg"));
            Callback::from(move |_| report(download::svg(&figure, &name), "已生成 SVG"))
        };
        html! {
            <>
                <button type="button" data-download="png2" onclick={png(2.0)}>{"图 PNG 2×"}</button>
                <button type="button" data-download="png3" onclick={png(3.0)}>{"图 PNG 3×"}</button>
                <button type="button" data-download="svg" onclick={svg}>{"图 SVG"}</button>
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
                download::text(&to_json(&ds, "千万工程 三地对比", &rows), "application/json", &name)
            } else {
                download::text(&to_csv(&ds, &rows), "text/csv;charset=utf-8", &name)
            };
            report(result, "已生成数据文件");
        })
    };
    let copy = {
        let status = status.clone();
        Callback::from(move |_| {
            let status = status.clone();
            yew::platform::spawn_local(async move {
                status.set(Some(match download::copy_link().await {
                    Ok(()) => "已复制本页链接".to_string(),
                    Err(href) => format!("请手动复制：{href}"),
                }));
            });
        })
    };
    html! {
        <div class="toolbar" role="toolbar" aria-label="链接与下载">
            <button type="button" class="primary" data-action="copy-link" onclick={copy}>{"复制链接"}</button>
            { for chart_buttons }
            <button type="button" data-download="csv" onclick={data(false, false)}>{ format!("本页数字 CSV（{}条）", props.facts.len()) }</button>
            <button type="button" data-download="json" onclick={data(false, true)}>{"本页数字 JSON"}</button>
            <button type="button" data-download="all-csv" onclick={data(true, false)}>{"全部数据 CSV"}</button>
            <button type="button" data-download="all-json" onclick={data(true, true)}>{"全部数据 JSON"}</button>
            <span class="status" role="status" aria-live="polite">{ (*status).clone().unwrap_or_default() }</span>
        </div>
    }
}
