//! Region buttons that show or hide a region's bars: colour chip, pattern and name.

use yew::prelude::*;

use super::format::region_chip;
use crate::app::state::AppState;
use crate::i18n::Lang;
use crate::model::Region;

pub fn region_legend(hidden: &[Region], lang: Lang, on_toggle: &Callback<Region>) -> Html {
    let t = lang.t();
    html! {
        <div class="legend" role="group" aria-label={t.legend_label}>
            { for AppState::dataset().regions.iter().copied().map(|r| {
                let shown = !hidden.contains(&r);
                html! {
                    <button type="button" class={classes!("legend-item", (!shown).then_some("off"))}
                        aria-pressed={shown.to_string()} data-region={r.key()} onclick={on_toggle.reform(move |_| r)}>
                        { region_chip(r) }
                        { t.region(r) }
                        if !r.is_focus() { <small>{ t.context_tag }</small> }
                    </button>
                }
            }) }
        </div>
    }
}
