//! The chart a chart view shows for a state, built from the model the way the view builds it: what a
//! citation names (the About page) and what a slide deck takes. Pure, tested natively.

use crate::chart::spec::{
    compare_figure, composition_figure, coverage_figure, profile_figure, timeline_figure, CompareOptions,
};
use crate::chart::Figure;
use crate::model::{breakdowns, compare, coverage, profile, timeline, Dataset, Region};

use super::{AppState, View};

/// The region the timeline shows for `wanted`: it, if it reports anything over time; else the first
/// region that does.
pub fn timeline_region(ds: &Dataset, wanted: Region) -> Region {
    let has = |r: &Region| !timeline(ds, *r).is_empty();
    if has(&wanted) {
        return wanted;
    }
    ds.regions
        .iter()
        .copied()
        .find(has)
        .unwrap_or_else(|| ds.default_region())
}

/// The figure `view` draws for `state` (None for a view without one chart, or a group that is gone).
pub fn figure(state: &AppState, view: View) -> Option<Figure> {
    let ds = AppState::dataset();
    let lang = state.lang;
    Some(match view {
        View::Compare => compare_figure(
            &compare(&ds, state.group).ok()?,
            &ds,
            CompareOptions {
                normalised: state.normalised,
            },
            &state.hidden,
            lang,
        ),
        View::Composition => composition_figure(&breakdowns(&ds), &ds, &state.hidden, lang),
        View::Timeline => {
            let region = timeline_region(&ds, state.region);
            timeline_figure(region, &timeline(&ds, region), &ds, lang)
        }
        View::Profile => profile_figure(&profile(&ds, state.region), &ds, lang),
        View::Coverage => coverage_figure(&coverage(&ds), &ds, lang),
        View::Explorer | View::Sources | View::Present | View::About => return None,
    })
}
