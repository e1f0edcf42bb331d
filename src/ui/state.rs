//! App state as a reducer, shared through context.

use std::rc::Rc;

use yew::prelude::*;

use crate::model::{default_group, embedded, Dataset, Region};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    Compare,
    Composition,
    Timeline,
    Profile,
    Coverage,
}

impl View {
    pub const ALL: [View; 5] = [
        View::Compare,
        View::Composition,
        View::Timeline,
        View::Profile,
        View::Coverage,
    ];

    pub fn zh(self) -> &'static str {
        match self {
            View::Compare => "三地对比",
            View::Composition => "构成",
            View::Timeline => "历年与目标",
            View::Profile => "地区概览",
            View::Coverage => "报道覆盖",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            View::Compare => "compare",
            View::Composition => "composition",
            View::Timeline => "timeline",
            View::Profile => "profile",
            View::Coverage => "coverage",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct AppState {
    pub view: View,
    /// The indicator group on screen in the comparison.
    pub group: &'static str,
    /// Lead with normalised values instead of the written ones.
    pub normalised: bool,
    /// Regions switched off in the legend.
    pub hidden: Vec<Region>,
    /// The region of the profile and timeline views.
    pub region: Region,
    /// The coverage cell whose figures are listed.
    pub cell: Option<(Region, &'static str)>,
    /// The fact whose article is open in the source panel.
    pub source: Option<&'static str>,
}

pub enum Action {
    SetView(View),
    SelectGroup(String),
    SetNormalised(bool),
    ToggleRegion(Region),
    SelectRegion(Region),
    OpenCell(Region, &'static str),
    OpenSource(&'static str),
    CloseSource,
}

impl AppState {
    pub fn dataset() -> Dataset {
        embedded()
    }
}

impl Default for AppState {
    fn default() -> Self {
        Self {
            view: View::Compare,
            group: default_group(&Self::dataset()).map_or("", |g| g.id),
            normalised: false,
            hidden: Vec::new(),
            region: Region::Shangdang,
            cell: None,
            source: None,
        }
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::SetView(view) => next.view = view,
            Action::SelectGroup(id) => match Self::dataset().group(&id) {
                Some(group) => next.group = group.id,
                // Unknown ids change nothing; the selector only offers known ones.
                None => return self,
            },
            Action::SetNormalised(on) => next.normalised = on,
            Action::ToggleRegion(region) => {
                if let Some(i) = next.hidden.iter().position(|r| *r == region) {
                    next.hidden.remove(i);
                } else {
                    next.hidden.push(region);
                }
            }
            Action::SelectRegion(region) => next.region = region,
            Action::OpenCell(region, category) => next.cell = Some((region, category)),
            Action::OpenSource(id) => next.source = Self::dataset().fact(id).map(|f| f.id),
            Action::CloseSource => next.source = None,
        }
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

pub type AppContext = UseReducerHandle<AppState>;
