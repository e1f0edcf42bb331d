//! An article as readable text, and the panel that opens it beside the view at a figure's quote.

use yew::prelude::*;

use super::format;
use crate::app::AppState;
use crate::i18n::Lang;
use crate::model::reader::{paragraphs, Run};
use crate::model::Fact;

#[derive(Properties, PartialEq)]
pub struct ArticleProps {
    pub article: &'static str,
    /// The fact to jump to: its quote is marked (and scrolled into view by the panel) and flashed.
    #[prop_or_default]
    pub target: Option<&'static str>,
    /// Prefixes the numbers' tooltip ids: the panel and the 原文 view may show the same article.
    pub ids: &'static str,
    pub lang: Lang,
}

/// Paragraphs and headings, every extracted number highlighted in its region's colour (hover or focus
/// shows the fact), damaged passages flagged.
#[function_component(ArticleText)]
pub fn article_text(props: &ArticleProps) -> Html {
    let t = props.lang.t();
    let ds = AppState::dataset();
    let target = props.target.and_then(|id| ds.fact(id));
    let paragraphs = use_memo(props.article, |id| {
        let ds = AppState::dataset();
        ds.source(id).map(|source| paragraphs(&ds, source))
    });
    let Some(paragraphs) = paragraphs.as_ref() else {
        return html! { <p class="error" role="alert">{ t.article_missing }</p> };
    };
    let ids = props.ids;
    // A number is one highlight; its tip describes each fact read from it.
    let number = |run: &Run| match run.facts.first() {
        Some(f) => {
            let tip = format!("{ids}-{}", f.id);
            html! {
                <span class={classes!("num", format::region_class(f.region))} tabindex="0" data-fact={f.id}
                    data-facts={run.facts.iter().map(|f| f.id).collect::<Vec<_>>().join(" ")}
                    aria-describedby={tip.clone()}>
                    { run.text }
                    <span class="num-tip" role="tooltip" lang={t.tag} id={tip}>
                        { for run.facts.iter().enumerate().map(|(i, f)| html! { <>
                            if i > 0 { <hr/> }
                            { format!("{} · {}", t.region(f.region), format::indicator_name(&ds, f, t)) }<br/>
                            { format!("{}{}", t.written(f), format::normalised(f, t).map(|n| format!(" {n}")).unwrap_or_default()) }<br/>
                            { format!("{} · {}", t.fact_period(f), format::tags(f, t).join(" · ")) }
                        </> }) }
                    </span>
                </span>
            }
        }
        None => html! { { run.text } },
    };
    let quote_mark = |inner: Vec<Html>| {
        // Keyed by the fact, so the flash replays when another quote of the same paragraph is opened.
        html! { <mark key={target.map_or("", |t| t.id)} id="quote-hit" class="quote flash">{ for inner }</mark> }
    };
    html! {
        <div class="reader-text" lang="zh-CN">
            { for paragraphs.iter().map(|p| {
                // The target quote is one <mark> (numbers nested in it).
                let mut parts: Vec<Html> = Vec::new();
                let mut quote: Vec<Html> = Vec::new();
                for run in p.runs(target) {
                    if run.target {
                        quote.push(number(&run));
                    } else {
                        if !quote.is_empty() {
                            parts.push(quote_mark(std::mem::take(&mut quote)));
                        }
                        parts.push(number(&run));
                    }
                }
                if !quote.is_empty() {
                    parts.push(quote_mark(quote));
                }
                let flag = p.damaged.then(|| html! { <span class="damage" lang={t.tag} title={t.damaged_title}>{ t.damaged }</span> });
                if p.heading {
                    html! { <h3 class={classes!(p.damaged.then_some("damaged"))}>{ for parts }{ for flag }</h3> }
                } else {
                    html! { <p class={classes!(p.damaged.then_some("damaged"))}>{ for parts }{ for flag }</p> }
                }
            }) }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct SourcePanelProps {
    pub fact: &'static Fact,
    pub lang: Lang,
    pub on_close: Callback<()>,
}

/// The article of the open fact beside the view, its quote highlighted, scrolled into view and flashed.
#[function_component(SourcePanel)]
pub fn source_panel(props: &SourcePanelProps) -> Html {
    let t = props.lang.t();
    let fact = props.fact;
    // The quote into view when the panel opens on a fact: the panel scrolls, never the page (its header,
    // the quote and the way back stay on screen together; the page stays where the reader clicked).
    let panel = use_node_ref();
    {
        let panel = panel.clone();
        use_effect_with(fact.id, move |_| {
            let hit = crate::ui::document().and_then(|d| d.get_element_by_id("quote-hit"));
            if let (Some(panel), Some(hit)) = (panel.cast::<web_sys::Element>(), hit) {
                let head = panel
                    .query_selector(".reader-head")
                    .ok()
                    .flatten()
                    .map_or(0.0, |h| h.get_bounding_client_rect().height());
                let offset = hit.get_bounding_client_rect().top() - panel.get_bounding_client_rect().top();
                let room = f64::from(panel.client_height()) - head;
                // The quote a third of the way down what the header leaves.
                let top = f64::from(panel.scroll_top()) + offset - head - room / 3.0;
                panel.set_scroll_top(top.max(0.0) as i32);
            }
        });
    }
    let ds = AppState::dataset();
    let Some(source) = ds.article_of(fact) else {
        return html! { <aside class="reader" role="alert">{ t.fact_missing }</aside> };
    };
    let on_close = props.on_close.clone();
    let onkeydown = Callback::from(move |e: KeyboardEvent| {
        if e.key() == "Escape" {
            on_close.emit(());
        }
    });
    html! {
        <aside class="reader" ref={panel} aria-label={t.reader_label} {onkeydown}>
            <div class="reader-head">
                <div>
                    <h2>{ format::title_html(source.title, t) }</h2>
                    <p class="cite">{ source.seed }{" · "}{ t.name(source.published) }</p>
                </div>
                <button type="button" class="close" onclick={props.on_close.reform(|_| ())} aria-label={t.close_reader}>{"×"}</button>
            </div>
            <p class="reader-fact">
                <strong>{ t.region(fact.region) }</strong>{" · "}{ format::indicator_name(&ds, fact, t) }{" · "}
                <strong>{ t.written(fact) }</strong>{" · "}{ t.fact_period(fact) }
            </p>
            <ArticleText article={source.id} target={Some(fact.id)} ids="tip" lang={props.lang} />
        </aside>
    }
}
