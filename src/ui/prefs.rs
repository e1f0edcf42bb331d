//! What this device remembers (the theme and the language) and what it is (a dark system, its pixel
//! ratio): the `app::Env` a page opens on. Through web-sys rather than gloo-storage: gloo's
//! `LocalStorage` throws when storage is blocked (a locked-down laptop, some `file://` pages), and a
//! preference must never stop the app.

use gloo::events::EventListener;

use crate::app::{Env, Theme};
use crate::i18n::Lang;

const THEME_KEY: &str = "qianwan.theme";
const LANG_KEY: &str = "qianwan.lang";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten())
}

fn get(key: &str) -> Option<String> {
    storage().and_then(|s| s.get_item(key).ok().flatten())
}

fn set(key: &str, value: &str) {
    if let Some(s) = storage() {
        let _ = s.set_item(key, value);
    }
}

/// The device as the app opens on it.
pub fn env() -> Env {
    Env {
        theme: get(THEME_KEY).and_then(|k| Theme::from_key(&k)).unwrap_or(Theme::Auto),
        lang: get(LANG_KEY).and_then(|k| Lang::from_key(&k)).unwrap_or_default(),
        dark: prefers_dark(),
        dpr: super::pixel_ratio::device_pixel_ratio(),
    }
}

/// Kept for the next visit: a choice the user made (a link's language is not a choice).
pub fn save_theme(theme: Theme) {
    set(THEME_KEY, theme.key());
}

pub fn save_lang(lang: Lang) {
    set(LANG_KEY, lang.key());
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
