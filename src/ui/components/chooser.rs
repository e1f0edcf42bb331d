//! The language and theme choosers (page header and slide bar).

use yew::prelude::*;

use super::format::select_value;
use crate::app::Theme;
use crate::i18n::Lang;

#[derive(Properties, PartialEq)]
pub struct LangToggleProps {
    pub lang: Lang,
    pub on_select: Callback<Lang>,
}

/// One button per other language, named in that language.
#[function_component(LangToggle)]
pub fn lang_toggle(props: &LangToggleProps) -> Html {
    let t = props.lang.t();
    html! {
        <div class="lang" role="group" aria-label={t.lang_label}>
            { for Lang::ALL.into_iter().filter(|l| *l != props.lang).map(|l| html! {
                <button type="button" class="lang-toggle" lang={l.t().tag} data-lang={l.key()}
                    onclick={props.on_select.reform(move |_| l)}>
                    { l.t().own_name }
                </button>
            }) }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct ThemeSelectProps {
    pub theme: Theme,
    pub lang: Lang,
    pub on_select: Callback<Theme>,
}

#[function_component(ThemeSelect)]
pub fn theme_select(props: &ThemeSelectProps) -> Html {
    let t = props.lang.t();
    let on_select = props.on_select.clone();
    let onchange = Callback::from(move |e: Event| {
        if let Some(theme) = Theme::from_key(&select_value(&e)) {
            on_select.emit(theme);
        }
    });
    html! {
        <label class="theme">
            <span>{ t.theme_label }</span>
            <select class="theme-select" {onchange}>
                { for Theme::ALL.into_iter().map(|theme| html! {
                    <option value={theme.key()} selected={theme == props.theme}>{ theme.name(t) }</option>
                }) }
            </select>
        </label>
    }
}

/// Choosing a language: kept on this device for the next visit, and shown.
pub fn choose_lang(dispatch: &Callback<crate::app::Action>) -> Callback<Lang> {
    dispatch.reform(|lang: Lang| {
        crate::ui::prefs::save_lang(lang);
        crate::app::Action::SetLang(lang)
    })
}

/// Choosing a theme: kept on this device for the next visit, and shown.
pub fn choose_theme(dispatch: &Callback<crate::app::Action>) -> Callback<Theme> {
    dispatch.reform(|theme: Theme| {
        crate::ui::prefs::save_theme(theme);
        crate::app::Action::SetTheme(theme)
    })
}
