//! 演示: one slide at a time — a chart, the takeaway computed from its figures, large type; the keys are
//! the app's (`hooks::use_presenter_keys`).

use std::rc::Rc;

use yew::prelude::*;

use super::{activate, ViewProps};
use crate::app::{Action, AppState};
use crate::chart::slide_figure;
use crate::narrative::story::story;
use crate::ui::canvas::ChartCanvas;
use crate::ui::components::chooser::{choose_lang, choose_theme, lang_toggle, theme_select};
use crate::ui::hooks::toggle_fullscreen;

#[function_component(PresentView)]
pub fn present_view(props: &ViewProps) -> Html {
    let state = &props.state;
    let dispatch = &props.dispatch;
    let lang = state.lang;
    let t = lang.t();
    let slides = use_memo(lang, |lang| story(&AppState::dataset(), *lang));
    let count = slides.len();
    let index = state.slide.min(count.saturating_sub(1));
    let figure = {
        let slides = slides.clone();
        use_memo((index, lang), move |(i, lang)| {
            slides
                .get(*i)
                .and_then(|s| slide_figure(s, &AppState::dataset(), *lang))
                .map(Rc::new)
        })
    };
    let go = |action: Action| dispatch.reform(move |_: MouseEvent| action.clone());
    let slide = slides.get(index);
    html! {
        <section class="present" aria-label={t.present_label} aria-roledescription={t.slide_role}>
            <h1 class="visually-hidden">{ t.app_title }</h1>
            <div class="present-bar">
                <span class="counter" data-testid="slide-counter">{ format!("{} / {}", index + 1, count) }</span>
                <button type="button" onclick={go(Action::PrevSlide)} disabled={index == 0} aria-label={t.prev_slide}>{"◀"}</button>
                <button type="button" onclick={go(Action::NextSlide)} disabled={index + 1 >= count} aria-label={t.next_slide}>{"▶"}</button>
                <button type="button" onclick={Callback::from(|_| toggle_fullscreen())}>{ t.fullscreen }</button>
                <button type="button" onclick={go(Action::EndPresentation)}>{ t.exit }</button>
                { lang_toggle(lang, &choose_lang(dispatch)) }
                { theme_select(state.theme, lang, &choose_theme(dispatch)) }
                <span class="keys">{ t.present_keys }</span>
            </div>
            if let (Some(figure), Some(slide)) = ((*figure).clone(), slide) {
                <div class="slide-chart">
                    <ChartCanvas {figure} on_activate={activate(dispatch)} palette={state.palette().1}
                        dpr={state.dpr} fit={true} />
                </div>
                <p class="takeaway">{ slide.takeaway.clone() }</p>
            } else {
                <p class="error" role="alert">{ t.slide_error }</p>
            }
        </section>
    }
}
