//! Every figure with its article and verbatim quote, and the regions the articles are silent on (shown
//! as 未报道, never as zero).

use std::rc::Rc;

use yew::prelude::*;

use super::format;
use crate::app::AppState;
use crate::i18n::{Lang, Strings};
use crate::model::{Fact, Region};

pub struct FactListProps {
    pub facts: Rc<Vec<&'static Fact>>,
    pub silent: Vec<Region>,
    /// Else the language's "where each figure comes from".
    pub title: Option<AttrValue>,
    pub lang: Lang,
    /// A figure's "show in the article".
    pub on_open: Callback<&'static str>,
}

pub fn fact_list(props: FactListProps) -> Html {
    let t = props.lang.t();
    let silent: Vec<&str> = props.silent.iter().map(|r| t.region(*r)).collect();
    let title = props.title.unwrap_or(AttrValue::Static(t.fact_list_title));
    html! {
        <section class="sources" aria-label={title.clone()}>
            <h2>{ title }</h2>
            if !silent.is_empty() {
                <p class="silent">
                    <strong>{ t.not_reported_lead }</strong>{ silent.join(t.list_sep) }
                    { t.not_reported_tail }
                </p>
            }
            <ol class="source-list">
                { for props.facts.iter().map(|f| fact_row(f, &props.on_open, t)) }
            </ol>
        </section>
    }
}

fn fact_row(f: &'static Fact, open: &Callback<&'static str>, t: &'static Strings) -> Html {
    let ds = AppState::dataset();
    html! {
        <li class="source">
            <div class="source-head">
                { format::region_chip(f.region) }
                <strong>{ t.region(f.region) }</strong>
                if let Some(entity) = format::entity(f, t) { <span class="entity">{ entity }</span> }
                <span>{ format::indicator_name(&ds, f, t) }</span>
                <span class="value">{ t.written(f) }</span>
                if let Some(norm) = format::normalised(f, t) { <span class="norm">{ norm }</span> }
                <span class="tag">{ t.fact_period(f) }</span>
                { for format::tags(f, t).into_iter().map(|tag| html! {
                    <span class={classes!("tag", (tag == t.kind(f.kind) && format::is_target(f)).then_some("target"))}>{ tag }</span>
                }) }
            </div>
            <blockquote lang="zh-CN">{"“"}{ f.quote }{"”"}</blockquote>
            <div class="cite">{"— "}{ format::source_title(&ds, f, t) }{" ("}{ f.seed }{")"}
                if let Some(note) = f.note { <span class="fact-note">{ t.note_prefix }{ t.name(note) }</span> }
                {" "}<button type="button" class="link" onclick={open.reform(move |_| f.id)}>{ t.open_in_article }</button>
            </div>
        </li>
    }
}
