//! 关于与方法: the articles (date, how their years were read, the page two of them share), how the figures
//! were taken, the comparability rules, what the app computes, and how to cite the chart last viewed.

use yew::prelude::*;

use super::ViewProps;
use crate::app::charts::figure;
use crate::app::{Action, AppState, View};
use crate::i18n::fill;
use crate::narrative::cite::cite;
use crate::ui::components::format;
use crate::ui::download;

#[function_component(AboutView)]
pub fn about_view(props: &ViewProps) -> Html {
    let state = &props.state;
    let dispatch = &props.dispatch;
    let lang = state.lang;
    let t = lang.t();
    let a = &t.about;
    let ds = AppState::dataset();
    // The chart last viewed, as its view draws it now, and its link.
    let cited = use_memo((state.last_chart, (**state).clone()), |(view, state)| {
        let mut at = state.clone();
        at.view = *view;
        // From the offline file: the hosted page where the build named one (a file:// path cites nothing).
        let href = download::share_link_here().0;
        let base = href.split('#').next().unwrap_or_default().to_string();
        let url = format!("{base}#{}", at.to_hash());
        figure(&at, *view).map(|f| cite(&f.title, &f.source_line, &url, &download::today(), f.lang.t()))
    });
    let copy = {
        let (text, on_report) = ((*cited).clone(), dispatch.reform(Action::Report));
        Callback::from(move |_| {
            let (text, on_report) = (text.clone(), on_report.clone());
            yew::platform::spawn_local(async move {
                if let Some(text) = text {
                    on_report.emit(match download::copy_text(&text).await {
                        Ok(()) => t.about.cite_copied.to_string(),
                        Err(_) => t.about.cite_by_hand.to_string(),
                    });
                }
            });
        })
    };
    let read = |id: &'static str| {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            dispatch.emit(Action::SelectArticle(id.to_string()));
            dispatch.emit(Action::SetView(View::Sources));
        })
    };
    html! {
        <section class="view about" aria-label={View::About.name(t)}>
            <h2>{ View::About.name(t) }</h2>
            <p>{ a.intro }</p>

            <h3>{ a.articles_title }</h3>
            <ul class="articles">
                { for ds.sources.iter().map(|s| {
                    let n = ds.facts.iter().filter(|f| f.article == s.id).count();
                    let sibling = ds.sources.iter().find(|o| o.seed == s.seed && o.id != s.id);
                    html! {
                        <li data-article={s.id}>
                            <button type="button" class="link" onclick={read(s.id)}>{ format::title_html(s.title, t) }</button>
                            <div class="meta">{ fill(a.article_line, &[s.id, t.name(s.published), s.seed, &n.to_string()]) }</div>
                            if let Some(o) = sibling {
                                <div class="meta shared">{ fill(a.shared_page, &[t.name(o.title)]) }</div>
                            }
                        </li>
                    }
                }) }
            </ul>
            <p class="meta">{ a.outlet }</p>

            <h3>{ a.method_title }</h3>
            <ul>{ for a.method.iter().map(|p| html! { <li>{ *p }</li> }) }</ul>

            <h3>{ a.rules_title }</h3>
            <p>{ a.rules_intro }</p>
            <dl class="rules">
                { for a.rules.iter().map(|(name, why)| html! { <><dt>{ *name }</dt><dd>{ *why }</dd></> }) }
            </dl>

            <h3>{ a.computed_title }</h3>
            <ul>{ for a.computed.iter().map(|p| html! { <li>{ *p }</li> }) }</ul>

            <h3>{ a.cite_title }</h3>
            <p>{ fill(a.cite_help, &[state.last_chart.name(t)]) }</p>
            if let Some(text) = (*cited).clone() {
                <blockquote class="cite-text" id="cite-text">{ marked(&text, t.tag) }</blockquote>
                <div class="toolbar">
                    <button type="button" data-action="copy-cite" onclick={copy}>{ a.copy_cite }</button>
                    <span class="status" role="status" aria-live="polite">{ state.status.clone().unwrap_or_default() }</span>
                </div>
            }
        </section>
    }
}

/// A citation with its parts in other languages marked for readers and screen readers: the Chinese titles
/// 《…》 (in an English page) and the link (no language at all).
fn marked(text: &str, page_lang: &'static str) -> Html {
    let mut parts: Vec<Html> = Vec::new();
    let mut rest = text;
    while !rest.is_empty() {
        let title = rest.find('《').filter(|_| page_lang != "zh-CN");
        let link = ["https://", "http://", "file://"]
            .iter()
            .filter_map(|p| rest.find(p))
            .min();
        match (title, link) {
            (Some(t), l) if l.is_none_or(|l| t < l) => {
                let end = rest[t..].find('》').map_or(rest.len(), |e| t + e + '》'.len_utf8());
                parts.push(html! { { rest[..t].to_string() } });
                parts.push(html! { <span lang="zh-CN">{ rest[t..end].to_string() }</span> });
                rest = &rest[end..];
            }
            (_, Some(l)) => {
                let end = rest[l..]
                    .find(|c: char| c.is_whitespace() || "（）()，。".contains(c))
                    .map_or(rest.len(), |e| l + e);
                parts.push(html! { { rest[..l].to_string() } });
                parts.push(html! { <span class="url" lang="zxx">{ rest[l..end].to_string() }</span> });
                rest = &rest[end..];
            }
            _ => {
                parts.push(html! { { rest.to_string() } });
                rest = "";
            }
        }
    }
    html! { <>{ for parts }</> }
}
