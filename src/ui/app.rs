//! The root component: the state, the app's effects (hooks), the header, the views (kept on the page
//! once shown) and the article panel.

use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use yew::prelude::*;

use super::components::chooser::{choose_lang, choose_theme, lang_toggle, theme_select};
use super::components::notice::notice;
use super::components::reader::SourcePanel;
use super::hooks::{use_environment, use_page_attributes, use_presenter_keys, use_url_sync};
use super::prefs;
use super::store::Shown;
use super::views::view;
use super::{request_animation_frame, set_timeout};
use crate::app::{Action, AppState, View};
use crate::i18n::fill;
use crate::narrative::story::story;

#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(|| AppState::from_hash(&super::hooks::location_hash(), prefs::env()));
    let dispatch: Callback<Action> = state.dispatcher().to_callback();
    // Every view shown since the page opened stays on it, hidden while another is on screen, with the
    // state it last showed: a return builds nothing, and renders again only if that state changed.
    let kept = use_mut_ref(Vec::<(View, Rc<AppState>)>::new);
    let (theme, _) = state.palette();
    let presenting = state.view == View::Present;

    use_page_attributes(theme, state.lang);
    use_url_sync(state.to_hash(), dispatch.clone());
    use_environment(dispatch.clone());
    use_presenter_keys(presenting, dispatch.clone());

    // A new view is settled in the next task after its first frame: what lies below its first screen
    // renders then (and `<main>` stops being busy).
    {
        let dispatch = dispatch.clone();
        use_effect_with((state.view, state.settled()), move |(view, settled)| {
            if !settled {
                let view = *view;
                // A task queued from a frame callback runs after that frame's style, layout and paint.
                request_animation_frame(&Closure::once_into_js(move || {
                    set_timeout(&Closure::once_into_js(move || dispatch.emit(Action::Settle(view))))
                }));
            }
        });
    }

    let t = state.lang.t();
    // What the polite live region says: the view, or the slide and its takeaway. The story is built only
    // while presenting: start-up does no work the first view does not need.
    let story = use_memo((presenting, state.lang), |(presenting, lang)| {
        presenting
            .then(|| story(&AppState::dataset(), *lang))
            .unwrap_or_default()
    });
    let announcement = if presenting {
        let count = story.len();
        let index = state.slide.min(count.saturating_sub(1));
        let takeaway = story.get(index).map_or("", |s| s.takeaway.as_str());
        fill(
            t.announce_slide,
            &[&(index + 1).to_string(), &count.to_string(), takeaway],
        )
    } else {
        fill(t.announce_view, &[state.view.name(t)])
    };

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
            .map(|(v, shows)| {
                let on = *v == state.view;
                html! {
                    <div key={v.key()} class="view-slot" hidden={!on}>
                        <ContextProvider<Shown> context={Shown(on)}>
                            { view(*v, shows.clone(), dispatch.clone()) }
                        </ContextProvider<Shown>>
                    </div>
                }
            })
            .collect::<Html>()
    };
    let tabs = View::ALL.into_iter().map(|v| {
        let current = state.view == v;
        let onclick = {
            let dispatch = dispatch.clone();
            Callback::from(move |_| {
                super::perf::start(super::perf::SWITCH);
                dispatch.emit(Action::SetView(v))
            })
        };
        html! {
            <button type="button" class={classes!("tab", current.then_some("current"))}
                aria-current={current.then_some("page")} data-view={v.key()} {onclick}>{ v.name(t) }</button>
        }
    });
    let source = state.source.and_then(|id| AppState::dataset().fact(id));
    html! {
        <div class={classes!("app", presenting.then_some("presenting"))}>
            <a class="skip" href="#main" onclick={skip_to_main()}>{ t.skip_link }</a>
            <header class="top">
                <div class="title-row">
                    <h1>{ t.app_title }</h1>
                    { lang_toggle(state.lang, &choose_lang(&dispatch)) }
                    { theme_select(state.theme, state.lang, &choose_theme(&dispatch)) }
                </div>
                <p class="lede">{ t.lede }</p>
                if let Some(parts) = state.notice.as_deref() {
                    { notice(parts, state.lang, &dispatch.reform(|_| Action::DismissNotice)) }
                }
                <nav class="tabs" aria-label={t.views_label}>{ for tabs }</nav>
            </header>
            <div class={classes!("layout", source.is_some().then_some("with-reader"))}>
                // Busy until the view's part below the first screen is rendered too (one task after its first frame).
                <main id="main" tabindex="-1" aria-busy={(!state.settled()).then_some("true")}>{ body }</main>
                if let Some(fact) = source {
                    <SourcePanel {fact} lang={state.lang} on_close={dispatch.reform(|_| Action::CloseSource)} />
                }
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
        if let Some(main) = super::document()
            .and_then(|d| d.get_element_by_id("main"))
            .and_then(|el| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el).ok())
        {
            let _ = main.focus();
        }
    })
}
