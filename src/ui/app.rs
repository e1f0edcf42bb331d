use yew::prelude::*;

use super::sources::SourcePanel;
use super::state::{Action, AppContext, AppState, View};
use super::views::{CompareView, CompositionView, CoverageView, ProfileView, TimelineView};

#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(AppState::default);
    let tabs = View::ALL.into_iter().map(|v| {
        let current = state.view == v;
        let onclick = {
            let state = state.clone();
            Callback::from(move |_| state.dispatch(Action::SetView(v)))
        };
        html! {
            <button type="button" class={classes!("tab", current.then_some("current"))}
                aria-current={current.then_some("page")} data-view={v.key()} {onclick}>{ v.zh() }</button>
        }
    });
    let body = match state.view {
        View::Compare => html! { <CompareView /> },
        View::Composition => html! { <CompositionView /> },
        View::Timeline => html! { <TimelineView /> },
        View::Profile => html! { <ProfileView /> },
        View::Coverage => html! { <CoverageView /> },
    };
    html! {
        <ContextProvider<AppContext> context={state.clone()}>
            <header class="top">
                <h1>{"千万工程 三地对比"}</h1>
                <p class="lede">
                    {"上党区（长治市）· 盐湖区 · 万荣县（运城市）——所有数字均摘自五篇新闻报道，逐条可查原文。"}
                </p>
                <nav class="tabs" aria-label="视图">{ for tabs }</nav>
            </header>
            <div class={classes!("layout", state.source.is_some().then_some("with-reader"))}>
                <main>{ body }</main>
                <SourcePanel />
            </div>
            <footer class="foot">
                {"数据来源：五篇新闻报道（见每项数字下方的原文引文）。未报道 = 文章没有提及，不等于零。"}
            </footer>
        </ContextProvider<AppContext>>
    }
}
