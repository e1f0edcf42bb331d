//! Figures with their quotes, and the article reader a mark or a row opens.

use std::rc::Rc;

use yew::prelude::*;

use super::format;
use super::state::{Action, AppContext, AppState};
use crate::model::reader::{paragraphs, Run};
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
    let onclick = Callback::from(move |_| open.emit(f.id));
    html! {
        <li class="source" id={format!("src-{}", f.id)}>
            <div class="source-head">
                { format::region_chip(f.region) }
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

#[derive(Properties, PartialEq)]
pub struct ReaderProps {
    pub seed: &'static str,
    /// The fact to jump to: its quote is marked, scrolled into view and flashed.
    #[prop_or_default]
    pub target: Option<&'static str>,
}

/// An article as readable text: paragraphs and headings, every extracted number highlighted in its
/// region's colour (hover or focus shows the fact), damaged passages flagged.
#[function_component(Reader)]
pub fn reader(props: &ReaderProps) -> Html {
    let ds = AppState::dataset();
    let target = props.target.and_then(|id| ds.fact(id));
    use_effect_with(props.target, |target| {
        if target.is_some() {
            if let Some(el) = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.get_element_by_id("quote-hit"))
            {
                let options = web_sys::ScrollIntoViewOptions::new();
                options.set_block(web_sys::ScrollLogicalPosition::Center);
                el.scroll_into_view_with_scroll_into_view_options(&options);
            }
        }
    });
    let Some(source) = ds.source(props.seed) else {
        return html! { <p class="error" role="alert">{"找不到这篇原文。"}</p> };
    };
    let paragraphs = paragraphs(&ds, source);
    let number = |run: &Run| match run.fact {
        Some(f) => html! {
            <span class={classes!("num", f.region.key())} tabindex="0" data-fact={f.id}
                aria-describedby={format!("tip-{}", f.id)}>
                { run.text }
                <span class="num-tip" role="tooltip" id={format!("tip-{}", f.id)}>
                    { format!("{} · {}", f.region.zh(), format::indicator_name(&ds, f)) }<br/>
                    { format!("{}{}", f.written, format::normalised(f).map(|n| format!(" {n}")).unwrap_or_default()) }<br/>
                    { format!("{} · {}", format::period(f), format::tags(f).join(" · ")) }
                </span>
            </span>
        },
        None => html! { { run.text } },
    };
    html! {
        <div class="reader-text" lang="zh-CN">
            { for paragraphs.iter().map(|p| {
                // The target quote is one <mark> (numbers nested in it), keyed so the flash replays.
                let mut parts: Vec<Html> = Vec::new();
                let mut quote: Vec<Html> = Vec::new();
                for run in p.runs(target) {
                    if run.target {
                        quote.push(number(&run));
                    } else {
                        if !quote.is_empty() {
                            let inner = std::mem::take(&mut quote);
                            parts.push(html! { <mark key={target.map_or("", |t| t.id)} id="quote-hit" class="quote flash">{ for inner }</mark> });
                        }
                        parts.push(number(&run));
                    }
                }
                if !quote.is_empty() {
                    parts.push(html! { <mark key={target.map_or("", |t| t.id)} id="quote-hit" class="quote flash">{ for quote }</mark> });
                }
                let flag = p.damaged.then(|| html! { <span class="damage" title="此段原文有OCR识别错误或被版面截断">{"⚠ 原文排版/识别受损"}</span> });
                if p.heading {
                    html! { <h3 class={classes!(p.damaged.then_some("damaged"))}>{ for parts }{ for flag }</h3> }
                } else {
                    html! { <p class={classes!(p.damaged.then_some("damaged"))}>{ for parts }{ for flag }</p> }
                }
            }) }
        </div>
    }
}

/// The article of the open fact beside the view, its quote highlighted, scrolled into view and flashed.
#[function_component(SourcePanel)]
pub fn source_panel() -> Html {
    let state = use_context::<AppContext>();
    let fact_id = state.as_ref().and_then(|s| s.source);
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
            <Reader seed={source.seed} target={Some(fact.id)} />
        </aside>
    }
}
