//! The language: Chinese by default, English on request; kept on this device and in the permalink.

use yew::prelude::*;

use super::prefs;
use super::state::{Action, AppContext};
use crate::i18n::Lang;

const STORAGE_KEY: &str = "qianwan.lang";

/// The language chosen last time on this device, else Chinese.
pub fn load() -> Lang {
    prefs::get(STORAGE_KEY)
        .and_then(|k| Lang::from_key(&k))
        .unwrap_or_default()
}

pub fn save(lang: Lang) {
    prefs::set(STORAGE_KEY, lang.key());
}

/// One button per other language, named in that language. A plain function, not a component:
/// it has no hooks, and each component costs its own copy of Yew's lifecycle code.
pub fn lang_toggle(state: &AppContext) -> Html {
    let t = state.lang.t();
    html! {
        <div class="lang" role="group" aria-label={t.lang_label}>
            { for Lang::ALL.into_iter().filter(|l| *l != state.lang).map(|l| {
                let state = state.clone();
                let onclick = Callback::from(move |_| state.dispatch(Action::SetLang(l)));
                html! {
                    <button type="button" class="lang-toggle" lang={l.t().tag} data-lang={l.key()} {onclick}>
                        { l.t().own_name }
                    </button>
                }
            }) }
        </div>
    }
}
