//! Figures with their quotes, and the article reader a mark or a row opens.

use std::rc::Rc;

use yew::prelude::*;

use super::format;
use super::state::{Action, AppContext, AppState};
use crate::chart::style::region_colour;
use crate::model::{Fact, Region};

#[derive(Properties, PartialEq)]
pub struct FactListProps {
    pub facts: Rc<Vec<&'static Fact>>,
    /// Regions the articles are silent on (shown as 未报道, never as zero).
    #[prop_or_default]
    pub silent: Vec<Region>,
    #[prop_or(AttrValue::from("每个数字的出处"))]
    pub title: AttrValue,
}

/// Every figure with its article and verbatim quote, and who is silent.
#[function_component(FactList)]
pub fn fact_list(props: &FactListProps) -> Html {
    let state = use_context::<AppContext>();
    let open = Callback::from(move |id: &'static str| {
        if let Some(state) = &state {
            state.dispatch(Action::OpenSource(id));
        }
    });
    let silent: Vec<&str> = props.silent.iter().map(|r| r.zh()).collect();
    html! {
        <section class="sources" aria-label={props.title.clone()}>
            <h2>{ props.title.clone() }</h2>
            if !silent.is_empty() {
                <p class="silent" data-testid="not-reported">
                    <strong>{"未报道："}</strong>{ silent.join("、") }
                    {"——五篇文章均未给出该项数字（不等于零）。"}
                </p>
            }
            <ol class="source-list">
                { for props.facts.iter().map(|f| fact_row(f, open.clone())) }
            </ol>
        </section>
    }
}

fn fact_row(f: &'static Fact, open: Callback<&'static str>) -> Html {
    let ds = AppState::dataset();
    let colour = region_colour(f.region).hex();
    let onclick = Callback::from(move |_| open.emit(f.id));
    html! {
        <li class="source" id={format!("src-{}", f.id)}>
            <div class="source-head">
                <span class={classes!("chip", f.region.key())} style={format!("background-color:{colour}")} aria-hidden="true"></span>
                <strong>{ f.region.zh() }</strong>
                if let Some(entity) = f.entity { <span class="entity">{ entity }</span> }
                <span>{ format::indicator_name(&ds, f) }</span>
                <span class="value">{ f.written }</span>
                if let Some(norm) = format::normalised(f) { <span class="norm">{ norm }</span> }
                <span class="tag">{ format::period(f) }</span>
                { for format::tags(f).into_iter().map(|t| html! {
                    <span class={classes!("tag", (t == f.kind.zh() && format::is_target(f)).then_some("target"))}>{ t }</span>
                }) }
            </div>
            <blockquote lang="zh-CN">{"“"}{ f.quote }{"”"}</blockquote>
            <div class="cite">{"——《"}{ format::source_title(&ds, f) }{"》（"}{ f.seed }{"）"}
                if let Some(note) = f.note { <span class="fact-note">{" 注："}{ note }</span> }
                {" "}<button type="button" class="link" {onclick}>{"在原文中查看"}</button>
            </div>
        </li>
    }
}

/// The article of the open fact, its quote highlighted and scrolled into view.
#[function_component(SourcePanel)]
pub fn source_panel() -> Html {
    let state = use_context::<AppContext>();
    let fact_id = state.as_ref().and_then(|s| s.source);
    use_effect_with(fact_id, |id| {
        if id.is_some() {
            if let Some(el) = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.get_element_by_id("quote-hit"))
            {
                el.scroll_into_view();
            }
        }
    });
    let (Some(state), Some(fact)) = (state, fact_id.and_then(|id| AppState::dataset().fact(id))) else {
        return html! {};
    };
    let ds = AppState::dataset();
    let Some(source) = ds.source(fact.seed) else {
        return html! { <aside class="reader" role="alert">{"找不到这条数字的原文。"}</aside> };
    };
    let close = {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(Action::CloseSource))
    };
    let onkeydown = {
        let state = state.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                state.dispatch(Action::CloseSource);
            }
        })
    };
    let paragraphs = source.text.lines().map(str::trim).filter(|l| !l.is_empty());
    html! {
        <aside class="reader" aria-label="原文" {onkeydown}>
            <div class="reader-head">
                <div>
                    <h2>{"《"}{ source.title }{"》"}</h2>
                    <p class="cite">{ source.seed }{" · "}{ source.published }</p>
                </div>
                <button type="button" class="close" onclick={close} aria-label="关闭原文">{"×"}</button>
            </div>
            <p class="reader-fact">
                <strong>{ fact.region.zh() }</strong>{" · "}{ format::indicator_name(&ds, fact) }{" · "}
                <strong>{ fact.written }</strong>{" · "}{ format::period(fact) }
            </p>
            <div class="reader-text" lang="zh-CN">
                { for paragraphs.map(|para| match para.find(fact.quote) {
                    Some(at) => {
                        let (before, rest) = para.split_at(at);
                        let after = &rest[fact.quote.len()..];
                        html! { <p>{ before }<mark id="quote-hit" class={fact.region.key()}>{ fact.quote }</mark>{ after }</p> }
                    }
                    None => html! { <p>{ para }</p> },
                }) }
            </div>
        </aside>
    }
}
