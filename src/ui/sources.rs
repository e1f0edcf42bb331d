use std::rc::Rc;

use yew::prelude::*;

use super::state::AppState;
use crate::chart::style::region_colour;
use crate::model::units::format_cn;
use crate::model::{BaseUnit, Comparison, Fact, Kind, Qualifier};

#[derive(Properties, PartialEq)]
pub struct SourceListProps {
    pub comparison: Rc<Comparison>,
}

/// Below the chart: every charted figure with its article and verbatim quote, and who is silent.
#[function_component(SourceList)]
pub fn source_list(props: &SourceListProps) -> Html {
    let c = &props.comparison;
    let silent: Vec<&str> = c
        .slots
        .iter()
        .filter(|s| !s.reported())
        .map(|s| s.region.zh())
        .collect();
    html! {
        <section class="sources" aria-labelledby="sources-title">
            <h2 id="sources-title">{"每个数字的出处"}</h2>
            if !silent.is_empty() {
                <p class="silent" data-testid="not-reported">
                    <strong>{"未报道："}</strong>{ silent.join("、") }
                    {"——五篇文章均未给出该项数字（不等于零）。"}
                </p>
            }
            <ol class="source-list">
                { for c.facts().map(source_row) }
            </ol>
        </section>
    }
}

fn source_row(f: &'static Fact) -> Html {
    let ds = AppState::dataset();
    let title = ds.source(f.seed).map_or(f.seed, |s| s.title);
    let indicator = ds.indicator(f.indicator).map_or(f.indicator, |i| i.zh);
    let normalised = format_cn(f.base_value, f.base_unit);
    let colour = region_colour(f.region).hex();
    let mut period = f.period.zh();
    if f.period_inferred {
        period.push_str("（据文意推定）");
    }
    html! {
        <li class="source" id={format!("src-{}", f.id)}>
            <div class="source-head">
                <span class="chip" style={format!("background:{colour}")} aria-hidden="true"></span>
                <strong>{ f.region.zh() }</strong>
                <span>{ indicator }</span>
                <span class="value">{ f.written }</span>
                if f.base_unit != BaseUnit::Count {
                    <span class="norm">{ format!("= {normalised}") }</span>
                }
                <span class="tag">{ period }</span>
                <span class={classes!("tag", (f.kind == Kind::Target).then_some("target"))}>{ f.kind.zh() }</span>
                if f.qualifier != Qualifier::Exact {
                    <span class="tag">{ f.qualifier.zh() }</span>
                }
                if f.ocr_damaged {
                    <span class="tag warn">{"原文排版/识别受损"}</span>
                }
            </div>
            <blockquote lang="zh-CN">{"“"}{ f.quote }{"”"}</blockquote>
            <div class="cite">{"——《"}{ title }{"》（"}{ f.seed }{"）"}
                if let Some(note) = f.note { <span class="fact-note">{" 注："}{ note }</span> }
            </div>
        </li>
    }
}
