//! The screen and the system around the app: its colour scheme and pixel ratio as they change, and the
//! page's theme and language on `<html>`.

use yew::prelude::*;

use crate::app::{Action, Theme};
use crate::i18n::Lang;
use crate::ui::pixel_ratio::PixelRatioWatch;
use crate::ui::prefs::watch_dark;

/// Follows the system's colour scheme (what `Theme::Auto` shows) and the screen's pixel ratio.
#[hook]
pub fn use_environment(dispatch: Callback<Action>) {
    use_effect_with((), move |_| {
        let dark = {
            let dispatch = dispatch.clone();
            watch_dark(move |dark| dispatch.emit(Action::SystemDark(dark)))
        };
        let ratio = PixelRatioWatch::new(move |dpr| dispatch.emit(Action::PixelRatio(dpr)));
        move || drop((dark, ratio))
    });
}

/// The page's CSS follows the same theme as the charts, and `<html lang>` the language (screen readers
/// and hyphenation follow it); the page title is in the language too. Written while rendering, once per
/// change, not in an effect: the first frame, painted before Yew runs effects, must not flash the light
/// page at a dark-theme user. (A side effect in a memo, on purpose: `use_memo` runs it once per change.)
#[hook]
pub fn use_page_attributes(theme: Theme, lang: Lang) {
    use_memo((theme, lang), |(theme, lang)| {
        if let Some(doc) = crate::ui::document() {
            if let Some(root) = doc.document_element() {
                let _ = root.set_attribute("data-theme", theme.key());
                let _ = root.set_attribute("lang", lang.t().tag);
                // The regions' colours for the page's chips and numbers, from the charts' palette.
                let _ = root.set_attribute("style", &theme.palette().css_variables());
            }
            doc.set_title(lang.t().app_title);
        }
    });
}
