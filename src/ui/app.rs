use gloo::events::EventListener;
use wasm_bindgen::JsValue;
use yew::prelude::*;

use super::present::PresentView;
use super::sources::SourcePanel;
use super::state::{Action, AppContext, AppState, View};
use super::theme::{use_prefers_dark, ThemeSelect};
use super::views::{CompareView, CompositionView, CoverageView, ExplorerView, ProfileView, SourcesView, TimelineView};
use crate::chart::style::Palette;

fn location_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// The hash without the explorer's search and filters: a change here is a new history entry,
/// a change in the search only replaces the current one (typing must not fill the history).
fn coarse(hash: &str) -> String {
    hash.split('&')
        .filter(|p| !p.starts_with("q=") && !p.starts_with("f=") && !p.starts_with("sort="))
        .collect()
}

#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(|| AppState::from_hash(&location_hash()));
    let last_coarse = use_mut_ref(|| None::<String>);
    let theme = state.theme.resolve(use_prefers_dark());
    let palette: Palette = theme.palette();

    // The page's CSS follows the same theme as the charts.
    use_effect_with(theme, |theme| {
        if let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = root.set_attribute("data-theme", theme.key());
        }
    });

    // State → URL: a new entry when the view changes, the same entry when only the search does.
    {
        let hash = state.to_hash();
        use_effect_with(hash, move |hash| {
            let url = format!("#{hash}");
            if location_hash() != url {
                if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
                    let c = coarse(hash);
                    let first = last_coarse.borrow().is_none();
                    let same_place = last_coarse.borrow().as_deref() == Some(c.as_str());
                    let _ = if first || same_place {
                        history.replace_state_with_url(&JsValue::NULL, "", Some(&url))
                    } else {
                        history.push_state_with_url(&JsValue::NULL, "", Some(&url))
                    };
                }
            }
            *last_coarse.borrow_mut() = Some(coarse(hash));
        });
    }
    // URL → state: back, forward, or a hash edited by hand.
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            let listeners = web_sys::window().map(|w| {
                let on = |event: &'static str| {
                    let state = state.clone();
                    // Restoring the state already shown changes nothing (the reducer keeps it).
                    EventListener::new(&w, event, move |_| state.dispatch(Action::Restore(location_hash())))
                };
                (on("popstate"), on("hashchange"))
            });
            move || drop(listeners)
        });
    }

    let tabs = View::ALL.into_iter().map(|v| {
        let current = state.view == v;
        let onclick = {
            let state = state.clone();
            Callback::from(move |_| {
                super::perf::start(super::perf::SWITCH);
                state.dispatch(Action::SetView(v))
            })
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
        View::Explorer => html! { <ExplorerView /> },
        View::Sources => html! { <SourcesView /> },
        View::Present => html! { <PresentView /> },
    };
    let presenting = state.view == View::Present;
    let dismiss = {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(Action::DismissNotice))
    };
    html! {
        <ContextProvider<AppContext> context={state.clone()}>
        <ContextProvider<Palette> context={palette}>
        <div class={classes!("app", presenting.then_some("presenting"))}>
            <header class="top">
                <div class="title-row">
                    <h1>{"千万工程 三地对比"}</h1>
                    <ThemeSelect />
                </div>
                <p class="lede">
                    {"上党区（长治市）· 盐湖区 · 万荣县（运城市）——所有数字均摘自五篇新闻报道，逐条可查原文。"}
                </p>
                if let Some(notice) = state.notice.clone() {
                    <div class="notice" role="alert" data-testid="notice">
                        <span>{ notice }</span>
                        <button type="button" onclick={dismiss} aria-label="关闭提示">{"知道了"}</button>
                    </div>
                }
                <nav class="tabs" aria-label="视图">{ for tabs }</nav>
            </header>
            <div class={classes!("layout", state.source.is_some().then_some("with-reader"))}>
                <main>{ body }</main>
                <SourcePanel />
            </div>
            <footer class="foot">
                {"数据来源：五篇新闻报道（见每项数字下方的原文引文）。未报道 = 文章没有提及，不等于零。"}
            </footer>
        </div>
        </ContextProvider<Palette>>
        </ContextProvider<AppContext>>
    }
}
