use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsValue;
use yew::prelude::*;

use super::language::lang_toggle;
use super::memo::{memo, Slot};
use super::present::{listen_for_keys, present_view};
use super::sources::source_panel;
use super::state::{notice_text, slide_count, Action, AppContext, AppState, Shown, View};
use super::theme::{theme_select, watch_dark};
use super::views::{
    compare_view, composition_view, coverage_view, explorer_view, profile_view, sources_view, timeline_view,
};
use super::{request_animation_frame, set_timeout};
use crate::app::url::{UrlSync, Write};
use crate::i18n::fill;
use crate::model::story::story;

fn location_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

#[derive(Properties)]
struct KeptProps {
    view: View,
    /// A copy of the state the view was last rendered for (a handle always reads the latest state).
    shows: Rc<AppState>,
    /// To read the state (the latest, which is `shows` whenever the view renders) and to dispatch.
    state: AppContext,
}

impl PartialEq for KeptProps {
    fn eq(&self, other: &Self) -> bool {
        self.view == other.view && Rc::ptr_eq(&self.shows, &other.shows)
    }
}

/// One view, rendered again only when the state it shows is a new one.
#[function_component(Kept)]
fn kept(props: &KeptProps) -> Html {
    let state = &props.state;
    match props.view {
        View::Compare => compare_view(state),
        View::Composition => composition_view(state),
        View::Timeline => timeline_view(state),
        View::Profile => profile_view(state),
        View::Coverage => coverage_view(state),
        View::Explorer => explorer_view(state),
        View::Sources => sources_view(state),
        View::Present => present_view(state),
    }
}

#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(|| AppState::from_hash(&location_hash()));
    // What the address bar says and how the state is written back to it (`app::url`).
    let sync = use_mut_ref(UrlSync::new);
    // Every view shown since the page opened stays on it, hidden while another is on screen, with the
    // state it last showed: a return builds nothing, and renders again only if that state changed.
    let kept = use_mut_ref(Vec::<(View, Rc<AppState>)>::new);
    let (theme, _) = state.palette();

    // Presenter keys while presenting.
    {
        let state = state.clone();
        use_effect_with(state.view == View::Present, move |presenting| {
            let listener = presenting.then(|| listen_for_keys(&state)).flatten();
            move || drop(listener)
        });
    }

    // The open fact's quote in the article panel is scrolled into view.
    use_effect_with(state.source, |source| {
        if source.is_some() {
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

    // The page's CSS follows the same theme as the charts; `<html lang>` follows the language, so
    // screen readers and hyphenation do too. Set while rendering, not in an effect: the first frame
    // (painted before Yew runs effects) must not flash the light page at a dark-theme user.
    memo(Slot::Root, (theme, state.lang), |(theme, lang)| {
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            if let Some(root) = doc.document_element() {
                let _ = root.set_attribute("data-theme", theme.key());
                let _ = root.set_attribute("lang", lang.t().tag);
            }
            doc.set_title(lang.t().app_title);
        }
    });

    // State → URL: a new entry when the view changes, the same entry when only the search does.
    // A new view (which always changes the hash) is settled in the next task, after its first frame.
    {
        let hash = state.to_hash();
        let settle = (!state.settled()).then(|| {
            let (state, view) = (state.clone(), state.view);
            move || state.dispatch(Action::Settle(view))
        });
        let sync = sync.clone();
        use_effect_with(hash, move |hash| {
            if let Some(settle) = settle {
                // A task queued from a frame callback runs after that frame's style, layout and paint.
                request_animation_frame(&Closure::once_into_js(move || {
                    set_timeout(&Closure::once_into_js(settle))
                }));
            }
            let url = format!("#{hash}");
            let write = sync.borrow_mut().write(&location_hash(), hash);
            if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
                let _ = match write {
                    Write::Nothing => Ok(()),
                    Write::Replace => history.replace_state_with_url(&JsValue::NULL, "", Some(&url)),
                    Write::Push => history.push_state_with_url(&JsValue::NULL, "", Some(&url)),
                };
            }
        });
    }
    // URL → state: back, forward, or a hash edited by hand. And `Theme::Auto` follows the system's
    // colour scheme as it changes.
    {
        let state = state.clone();
        let sync = sync.clone();
        use_effect_with((), move |_| {
            let listeners = web_sys::window().map(|w| {
                let on = |event: &'static str| {
                    let (state, sync) = (state.clone(), sync.clone());
                    // Both events come for one navigation: it is restored once.
                    EventListener::new(&w, event, move |_| {
                        let hash = location_hash();
                        if sync.borrow_mut().navigated(&hash) {
                            state.dispatch(Action::Restore(hash));
                        }
                    })
                };
                (on("popstate"), on("hashchange"))
            });
            let dark = {
                let state = state.clone();
                watch_dark(move |dark| state.dispatch(Action::SystemDark(dark)))
            };
            let ratio = super::pixel_ratio::PixelRatioWatch::new(move |dpr| state.dispatch(Action::PixelRatio(dpr)));
            move || drop((listeners, dark, ratio))
        });
    }

    let t = state.lang.t();
    // What the polite live region says: the view, or the slide and its takeaway.
    // The story is built only while presenting (the slide shares it): start-up does no work the first
    // view does not need.
    let presenting = state.view == View::Present;
    let announcement = if presenting {
        let index = state.slide.min(slide_count().saturating_sub(1));
        let slides = memo(Slot::Story, state.lang, |lang| story(&AppState::dataset(), *lang));
        let takeaway = slides.get(index).map_or("", |s| s.takeaway.as_str());
        fill(
            t.announce_slide,
            &[&(index + 1).to_string(), &slide_count().to_string(), takeaway],
        )
    } else {
        fill(t.announce_view, &[state.view.name(t)])
    };
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
                aria-current={current.then_some("page")} data-view={v.key()} {onclick}>{ v.name(t) }</button>
        }
    });
    let body = {
        let mut kept = kept.borrow_mut();
        match kept.iter_mut().find(|(v, _)| *v == state.view) {
            Some((_, shows)) => {
                if !shows.shows_same(&state) {
                    *shows = Rc::new((*state).clone());
                }
            }
            None => kept.push((state.view, Rc::new((*state).clone()))),
        }
        kept.iter()
            .map(|(view, shows)| {
                let on = *view == state.view;
                html! {
                    <div key={view.key()} class="view-slot" hidden={!on}>
                        <ContextProvider<Shown> context={Shown(on)}>
                            <Kept view={*view} shows={shows.clone()} state={state.clone()} />
                        </ContextProvider<Shown>>
                    </div>
                }
            })
            .collect::<Html>()
    };
    let dismiss = {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(Action::DismissNotice))
    };
    html! {
        <div class={classes!("app", presenting.then_some("presenting"))}>
            <a class="skip" href="#main" onclick={skip_to_main()}>{ t.skip_link }</a>
            <header class="top">
                <div class="title-row">
                    <h1>{ t.app_title }</h1>
                    { lang_toggle(&state) }
                    { theme_select(&state) }
                </div>
                <p class="lede">{ t.lede }</p>
                if let Some(notice) = state.notice.as_deref() {
                    <div class="notice" role="alert" data-testid="notice">
                        <span>{ notice_text(notice, t) }</span>
                        <button type="button" onclick={dismiss} aria-label={t.dismiss_label}>{ t.dismiss }</button>
                    </div>
                }
                <nav class="tabs" aria-label={t.views_label}>{ for tabs }</nav>
            </header>
            <div class={classes!("layout", state.source.is_some().then_some("with-reader"))}>
                // Busy until the view's part below the first screen is rendered too (one task after its first frame).
                <main id="main" tabindex="-1" aria-busy={(!state.settled()).then_some("true")}>{ body }</main>
                { source_panel(&state) }
            </div>
            <footer class="foot">{ t.footer }</footer>
            <div class="visually-hidden" role="status" aria-live="polite" data-testid="announcer">{ announcement }</div>
        </div>
    }
}

/// The skip link moves focus to the view without touching the hash (the hash holds the state).
fn skip_to_main() -> Callback<MouseEvent> {
    Callback::from(|e: MouseEvent| {
        e.prevent_default();
        if let Some(main) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id("main"))
            .and_then(|el| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el).ok())
        {
            let _ = main.focus();
        }
    })
}
