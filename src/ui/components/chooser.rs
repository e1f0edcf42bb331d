//! The language and theme choosers (page header and slide bar): stateless markup, so plain functions of
//! their data and callbacks (a Yew component type costs about 0.7 KB of gzip in this bundle; these have
//! no hook of their own).

use yew::prelude::*;

use super::format::select_value;
use crate::app::Theme;
use crate::i18n::Lang;

/// One button per other language, named in that language.
pub fn lang_toggle(lang: Lang, on_select: &Callback<Lang>) -> Html {
    let t = lang.t();
    html! {
        <div class="lang" role="group" aria-label={t.lang_label}>
            { for Lang::ALL.into_iter().filter(|l| *l != lang).map(|l| html! {
                <button type="button" class="lang-toggle" lang={l.t().tag} data-lang={l.key()}
                    onclick={on_select.reform(move |_| l)}>
                    { l.t().own_name }
                </button>
            }) }
        </div>
    }
}

pub fn theme_select(theme: Theme, lang: Lang, on_select: &Callback<Theme>) -> Html {
    let t = lang.t();
    let on_select = on_select.clone();
    let current = theme;
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
                    <option value={theme.key()} selected={theme == current}>{ theme.name(t) }</option>
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
