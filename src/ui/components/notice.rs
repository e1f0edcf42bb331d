//! What a link could not restore, until dismissed.

use yew::prelude::*;

use crate::app::link::notice_text;
use crate::app::route::Ignored;
use crate::i18n::Lang;

pub fn notice(parts: &[Ignored], lang: Lang, on_dismiss: &Callback<()>) -> Html {
    let t = lang.t();
    html! {
        <div class="notice" role="alert" data-testid="notice">
            <span>{ notice_text(parts, t) }</span>
            <button type="button" onclick={on_dismiss.reform(|_| ())} aria-label={t.dismiss_label}>{ t.dismiss }</button>
        </div>
    }
}
