//! Themes: the system's light or dark by default, or a chosen one (kept in local storage);
//! one palette for the charts, one `data-theme` for the CSS.

use gloo::events::EventListener;
use yew::prelude::*;

use crate::chart::style::Palette;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Theme {
    Auto,
    Light,
    Dark,
    ProjectorLight,
    ProjectorDark,
}

const STORAGE_KEY: &str = "qianwan.theme";

impl Theme {
    pub const ALL: [Theme; 5] = [
        Theme::Auto,
        Theme::Light,
        Theme::Dark,
        Theme::ProjectorLight,
        Theme::ProjectorDark,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::ProjectorLight => "projector-light",
            Theme::ProjectorDark => "projector-dark",
        }
    }

    pub fn from_key(key: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|t| t.key() == key)
    }

    /// The theme in force: `Auto` follows the system's colour scheme.
    pub fn resolve(self, prefers_dark: bool) -> Theme {
        match self {
            Theme::Auto if prefers_dark => Theme::Dark,
            Theme::Auto => Theme::Light,
            other => other,
        }
    }

    pub fn palette(self) -> Palette {
        match self {
            Theme::Dark => Palette::DARK,
            Theme::ProjectorLight => Palette::PROJECTOR_LIGHT,
            Theme::ProjectorDark => Palette::PROJECTOR_DARK,
            Theme::Auto | Theme::Light => Palette::LIGHT,
        }
    }
}

/// The theme chosen last time on this device (local storage may be off: then `Auto`).
pub fn load() -> Theme {
    super::prefs::get(STORAGE_KEY)
        .and_then(|k| Theme::from_key(&k))
        .unwrap_or(Theme::Auto)
}

pub fn save(theme: Theme) {
    super::prefs::set(STORAGE_KEY, theme.key());
}

fn dark_query() -> Option<web_sys::MediaQueryList> {
    web_sys::window().and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten())
}

/// Whether the system asks for a dark colour scheme now.
pub fn prefers_dark() -> bool {
    dark_query().is_some_and(|q| q.matches())
}

/// Calls `on_change` with the system's choice each time it changes, while the listener lives.
pub fn watch_dark(on_change: impl Fn(bool) + 'static) -> Option<EventListener> {
    dark_query().map(|q| {
        let target = q.clone();
        EventListener::new(&target, "change", move |_| on_change(q.matches()))
    })
}

/// The theme chooser (page header and slide bar); a plain function, like `lang_toggle`.
pub fn theme_select(state: &super::state::AppContext) -> Html {
    let current = state.theme;
    let state = state.clone();
    let t = state.lang.t();
    let onchange = Callback::from(move |e: Event| {
        if let Some(t) = Theme::from_key(&super::format::select_value(&e)) {
            state.dispatch(super::state::Action::SetTheme(t));
        }
    });
    html! {
        <label class="theme">
            <span>{ t.theme_label }</span>
            <select class="theme-select" {onchange}>
                { for Theme::ALL.into_iter().enumerate().map(|(i, theme)| html! {
                    <option value={theme.key()} selected={theme == current}>{ t.theme_names[i] }</option>
                }) }
            </select>
        </label>
    }
}
