//! 原文: the articles as readable text, every extracted number highlighted.

use std::rc::Rc;

use yew::prelude::*;

use super::ViewProps;
use crate::app::{Action, AppState, View};
use crate::i18n::fill;
use crate::ui::components::format::{self, select_value};
use crate::ui::components::reader::ArticleText;
use crate::ui::components::toolbar::{toolbar, ToolbarProps};

#[function_component(SourcesView)]
pub fn sources_view(props: &ViewProps) -> Html {
    let state = &props.state;
    let dispatch = &props.dispatch;
    let ds = AppState::dataset();
    let lang = state.lang;
    let t = lang.t();
    let article = state.article;
    let facts = use_memo(article, |article| {
        Rc::new(
            AppState::dataset()
                .facts
                .iter()
                .filter(|f| f.article == *article)
                .collect::<Vec<_>>(),
        )
    });
    let onchange = dispatch.reform(|e: Event| Action::SelectArticle(select_value(&e)));
    let source = ds.source(article);
    html! {
        <section class="view sources-view" aria-label={View::Sources.name(t)}>
            <div class="controls">
                <label class="selector"><span>{ t.article_label }</span>
                    <select id="article-select" {onchange}>
                        { for ds.sources.iter().map(|s| {
                            let label = if t.is_source {
                                format!("《{}》 {}", s.title, s.seed)
                            } else {
                                format!("{} {}", t.title(t.name(s.title)), s.seed)
                            };
                            html! { <option value={s.id} selected={s.id == article}>{ label }</option> }
                        }) }
                    </select>
                </label>
            </div>
            { toolbar(ToolbarProps {
                figure: None,
                facts: (*facts).clone(),
                stem: format!("article-{article}"),
                status: state.status.clone(),
                lang,
                on_report: dispatch.reform(Action::Report),
            }) }
            if let Some(source) = source {
                <article class="article">
                    <h2>{ format::title_html(source.title, t) }</h2>
                    <p class="cite">{ source.seed }{" · "}{ t.name(source.published) }{" · "}{ fill(t.extracted, &[&facts.len().to_string()]) }</p>
                    <ArticleText article={source.id} ids="view-tip" {lang} />
                </article>
            }
        </section>
    }
}
