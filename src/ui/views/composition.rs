//! 构成: parts of a whole stacked, threshold bands side by side.

use std::rc::Rc;

use yew::prelude::*;

use super::{chart_section, ChartSectionProps, ViewProps};
use crate::app::{Action, AppState, View};
use crate::chart::composition_figure;
use crate::model::{breakdowns, Fact};
use crate::ui::components::legend::region_legend;

#[function_component(CompositionView)]
pub fn composition_view(props: &ViewProps) -> Html {
    let state = &props.state;
    let lang = state.lang;
    let view = use_memo((state.hidden.clone(), lang), |(hidden, lang)| {
        let ds = AppState::dataset();
        let b = breakdowns(&ds);
        let facts: Vec<&'static Fact> = b
            .iter()
            .flat_map(|b| {
                b.regions
                    .iter()
                    .flat_map(|r| r.total.into_iter().chain(r.parts.iter().copied()))
            })
            .collect();
        (Rc::new(composition_figure(&b, &ds, hidden, *lang)), Rc::new(facts))
    });
    let (figure, facts) = (*view).clone();
    html! {
        <section class="view" aria-label={View::Composition.name(lang.t())}>
            { region_legend(&state.hidden, lang, &props.dispatch.reform(Action::ToggleRegion)) }
            { chart_section(ChartSectionProps {
                state,
                dispatch: &props.dispatch,
                figure,
                facts,
                silent: Vec::new(),
                stem: "composition".into(),
                between: Html::default(),
            }) }
        </section>
    }
}
