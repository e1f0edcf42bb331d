//! Figures with their quotes, and the article reader a mark or a row opens.

use yew::prelude::*;

use super::format;
use super::state::{Action, AppContext, AppState};
use crate::i18n::Strings;
use crate::model::reader::{paragraphs, Run};
use crate::model::{Fact, Region};

/// Every figure with its article and verbatim quote, and the regions the articles are silent on
/// (shown as 未报道, never as zero), under `title` (else the language's "where each figure comes from").
/// A plain function (see `lang_toggle`).
pub fn fact_list(state: &AppContext, facts: &[&'static Fact], silent: &[Region], title: Option<String>) -> Html {
    let t = state.lang.t();
    let open = {
        let state = state.clone();
        Callback::from(move |id: &'static str| state.dispatch(Action::OpenSource(id)))
    };
    let silent: Vec<&str> = silent.iter().map(|r| t.region(*r)).collect();
    let title = title.map_or(AttrValue::Static(t.fact_list_title), AttrValue::from);
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
                { for facts.iter().map(|f| fact_row(f, open.clone(), t)) }
            </ol>
        </section>
    }
}

fn fact_row(f: &'static Fact, open: Callback<&'static str>, t: &'static Strings) -> Html {
    let ds = AppState::dataset();
    let onclick = Callback::from(move |_| open.emit(f.id));
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
                {" "}<button type="button" class="link" {onclick}>{ t.open_in_article }</button>
            </div>
        </li>
    }
}

/// An article as readable text: paragraphs and headings, every extracted number highlighted in its
/// region's colour (hover or focus shows the fact), damaged passages flagged. `target` is the fact to
/// jump to: its quote is marked (the app scrolls it into view) and flashed. `ids` prefixes the
/// numbers' tooltip ids: the panel and the 原文 view may show the same article.
pub fn reader(seed: &'static str, target: Option<&'static str>, ids: &'static str, t: &'static Strings) -> Html {
    let ds = AppState::dataset();
    let target = target.and_then(|id| ds.fact(id));
    let Some(source) = ds.source(seed) else {
        return html! { <p class="error" role="alert">{ t.article_missing }</p> };
    };
    let paragraphs = paragraphs(&ds, source);
    let number = |run: &Run| match run.fact {
        Some(f) => {
            let tip = format!("{ids}-{}", f.id);
            html! {
                <span class={classes!("num", f.region.key())} tabindex="0" data-fact={f.id}
                    aria-describedby={tip.clone()}>
                    { run.text }
                    <span class="num-tip" role="tooltip" lang={t.tag} id={tip}>
                        { format!("{} · {}", t.region(f.region), format::indicator_name(&ds, f, t)) }<br/>
                        { format!("{}{}", t.written(f), format::normalised(f, t).map(|n| format!(" {n}")).unwrap_or_default()) }<br/>
                        { format!("{} · {}", t.fact_period(f), format::tags(f, t).join(" · ")) }
                    </span>
                </span>
            }
        }
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

/// The article of the open fact beside the view, its quote highlighted, scrolled into view and flashed.
/// A plain function of the app's state (see `lang_toggle`).
pub fn source_panel(state: &AppContext) -> Html {
    let t = state.lang.t();
    let Some(fact) = state.source.and_then(|id| AppState::dataset().fact(id)) else {
        return html! {};
    };
    let ds = AppState::dataset();
    let Some(source) = ds.source(fact.seed) else {
        return html! { <aside class="reader" role="alert">{ t.fact_missing }</aside> };
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
        <aside class="reader" aria-label={t.reader_label} {onkeydown}>
            <div class="reader-head">
                <div>
                    <h2>{ format::title_html(source.title, t) }</h2>
                    <p class="cite">{ source.seed }{" · "}{ t.name(source.published) }</p>
                </div>
                <button type="button" class="close" onclick={close} aria-label={t.close_reader}>{"×"}</button>
            </div>
            <p class="reader-fact">
                <strong>{ t.region(fact.region) }</strong>{" · "}{ format::indicator_name(&ds, fact, t) }{" · "}
                <strong>{ t.written(fact) }</strong>{" · "}{ t.fact_period(fact) }
            </p>
            { reader(source.seed, Some(fact.id), "tip", t) }
        </aside>
    }
}
