//! What a link could not restore, until dismissed.

use yew::prelude::*;

use crate::app::link::notice_text;
use crate::app::route::Ignored;
use crate::i18n::Lang;

#[derive(Properties, PartialEq)]
pub struct NoticeProps {
    pub parts: Vec<Ignored>,
    pub lang: Lang,
    pub on_dismiss: Callback<()>,
}

#[function_component(Notice)]
pub fn notice(props: &NoticeProps) -> Html {
    let t = props.lang.t();
    html! {
        <div class="notice" role="alert" data-testid="notice">
            <span>{ notice_text(&props.parts, t) }</span>
            <button type="button" onclick={props.on_dismiss.reform(|_| ())} aria-label={t.dismiss_label}>{ t.dismiss }</button>
        </div>
    }
}
