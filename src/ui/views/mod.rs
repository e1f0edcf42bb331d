//! One component per view. Each gets the state it shows (a copy kept while it is hidden: a return renders
//! nothing unless that state changed) and the dispatcher, asks the model and the chart layer for its data
//! in `use_memo`, and hands the shared parts (`chart_section`, the toolbar, the fact list) their data and
//! callbacks. Parts with state or effects of their own are components (the canvas, its table, the
//! article reader); stateless markup is a function of typed arguments: each Yew component type costs
//! about 0.7 KB of gzip here (measured), and the bundle has a fixed budget.

mod about;
mod compare;
mod composition;
mod coverage;
mod explorer;
mod present;
mod profile;
mod sources;
mod timeline;

use std::rc::Rc;

use yew::prelude::*;

use super::canvas::ChartCanvas;
use super::components::fact_list::{fact_list, FactListProps};
use super::components::toolbar::{toolbar, ToolbarProps};
use crate::app::{Action, AppState, View};
use crate::chart::{Figure, Target};
use crate::model::{Fact, Region};

#[derive(Properties, PartialEq)]
pub struct ViewProps {
    /// The state this view shows.
    pub state: Rc<AppState>,
    pub dispatch: Callback<Action>,
}

/// One view of the page, by its kind: its component, given the state it shows.
pub fn view(view: View, state: Rc<AppState>, dispatch: Callback<Action>) -> Html {
    match view {
        View::Compare => html! { <compare::CompareView {state} {dispatch} /> },
        View::Composition => html! { <composition::CompositionView {state} {dispatch} /> },
        View::Timeline => html! { <timeline::TimelineView {state} {dispatch} /> },
        View::Profile => html! { <profile::ProfileView {state} {dispatch} /> },
        View::Coverage => html! { <coverage::CoverageView {state} {dispatch} /> },
        View::Explorer => html! { <explorer::ExplorerView {state} {dispatch} /> },
        View::Sources => html! { <sources::SourcesView {state} {dispatch} /> },
        View::Present => html! { <present::PresentView {state} {dispatch} /> },
        View::About => html! { <about::AboutView {state} {dispatch} /> },
    }
}

/// What a click or Enter on a mark does in every view.
pub fn activate(dispatch: &Callback<Action>) -> Callback<Target> {
    let dispatch = dispatch.clone();
    Callback::from(move |target: Target| match target {
        Target::Fact(id) => dispatch.emit(Action::OpenSource(id)),
        Target::Cell { region, category } => dispatch.emit(Action::OpenCell(region, category)),
        Target::Missing(_) => {}
    })
}

pub struct ChartSectionProps<'a> {
    pub state: &'a AppState,
    pub dispatch: &'a Callback<Action>,
    pub figure: Rc<Figure>,
    /// The figures behind the chart, listed with their quotes under it.
    pub facts: Rc<Vec<&'static Fact>>,
    /// The regions the chart shows as 未报道.
    pub silent: Vec<Region>,
    /// The downloads' file name stem.
    pub stem: String,
    /// Between the chart and the fact list (unit conversions).
    pub between: Html,
}

/// What every chart view shows: the toolbar, the chart with its data table (the verdict and the notes are
/// drawn on the chart, so a picture keeps them, and stand in the table's caption), and every figure
/// with its quote. A helper the views call (it has no state of its own).
pub fn chart_section(props: ChartSectionProps<'_>) -> Html {
    let state = props.state;
    let figure = &props.figure;
    html! {
        <>
            { toolbar(ToolbarProps {
                figure: Some(figure.clone()),
                facts: props.facts.clone(),
                stem: props.stem,
                status: state.status.clone(),
                lang: state.lang,
                on_report: props.dispatch.reform(Action::Report),
            }) }
            <ChartCanvas figure={figure.clone()} on_activate={activate(props.dispatch)}
                palette={state.palette().1} dpr={state.dpr} />
            { props.between }
            { fact_list(FactListProps {
                facts: props.facts,
                silent: props.silent,
                title: None,
                lang: state.lang,
                on_open: props.dispatch.reform(Action::OpenSource),
            }) }
        </>
    }
}
