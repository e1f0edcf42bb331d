//! App state as a reducer, its handle passed down from the app (the views are plain functions of it); it
//! round-trips through the URL hash.

use std::rc::Rc;

use yew::prelude::*;

use super::language;
use super::theme::{self, Theme};
use crate::chart::style::Palette;
use crate::i18n::{fill, Lang, Strings};
use crate::model::explore::{Column, Filter};
use crate::model::{default_group, embedded, Dataset, Kind, Qualifier, Region};
use crate::route::{self, Ignored, Route};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    Compare,
    Composition,
    Timeline,
    Profile,
    Coverage,
    Explorer,
    Sources,
    Present,
}

impl View {
    pub const ALL: [View; 8] = [
        View::Compare,
        View::Composition,
        View::Timeline,
        View::Profile,
        View::Coverage,
        View::Explorer,
        View::Sources,
        View::Present,
    ];

    pub fn name(self, t: &Strings) -> &'static str {
        t.views[self as usize]
    }

    pub fn key(self) -> &'static str {
        match self {
            View::Compare => "compare",
            View::Composition => "composition",
            View::Timeline => "timeline",
            View::Profile => "profile",
            View::Coverage => "coverage",
            View::Explorer => "explorer",
            View::Sources => "sources",
            View::Present => "present",
        }
    }

    pub fn from_key(key: &str) -> Option<View> {
        View::ALL.into_iter().find(|v| v.key() == key)
    }

    fn bit(self) -> u8 {
        1 << self as u8
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
    /// The fact whose article is open in the reader panel.
    pub source: Option<&'static str>,
    /// The article shown in the 原文 view.
    pub article: &'static str,
    /// The explorer's search, filters and sort.
    pub filter: Filter,
    /// What a link could not restore (the parts, quoted), shown until dismissed.
    pub notice: Option<Vec<Ignored>>,
    /// The slide on screen in the presentation (0-based).
    pub slide: usize,
    /// The view to return to when the presentation ends.
    pub back: View,
    pub theme: Theme,
    /// The system asks for a dark colour scheme (what `Theme::Auto` follows; not in the URL).
    pub dark: bool,
    /// The screen's device pixel ratio (not in the URL): charts are drawn for it.
    pub dpr: f64,
    pub lang: Lang,
    /// The views that have been on screen for a frame (a bit each; never part of the URL). A view stays
    /// on the page, hidden, once shown, so a return to one is settled at once (see `settled`).
    pub complete: u8,
    /// The toolbar's last message (a link copied, a file made); cleared by a new view or language.
    pub status: Option<String>,
}

thread_local! {
    static SLIDES: usize = crate::model::story::story(&embedded(), Lang::Zh).len();
}

/// How many slides the presentation has.
pub fn slide_count() -> usize {
    SLIDES.with(|n| *n)
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
    SelectArticle(String),
    SetFilter(Filter),
    NextSlide,
    PrevSlide,
    FirstSlide,
    LastSlide,
    /// 1-based, as a presenter types it.
    GoToSlide(usize),
    EndPresentation,
    SetTheme(Theme),
    /// The system's colour scheme changed (dark or not).
    SystemDark(bool),
    /// The screen's device pixel ratio changed (another screen, a zoom).
    PixelRatio(f64),
    SetLang(Lang),
    /// Back/forward or an edited hash: the state the hash describes.
    Restore(String),
    DismissNotice,
    /// The view on screen has had its first frame.
    Settle(View),
    /// A toolbar action's outcome, for its status line.
    Report(String),
}

impl AppState {
    pub fn dataset() -> Dataset {
        embedded()
    }

    /// The view on screen has been there for a frame: what lies below its first screen is rendered too
    /// (a switch shows the top at once).
    // One copy for its four callers: inlined, it cost more bytes than the field it replaces.
    #[inline(never)]
    pub fn settled(&self) -> bool {
        self.complete & self.view.bit() != 0
    }

    /// A view last rendered for `self` shows the same for `now`: whether other views are complete is
    /// not shown, whether its own is (`settled`).
    pub fn shows_same(&self, now: &AppState) -> bool {
        let own = now.view.bit();
        *self
            == AppState {
                complete: self.complete & !own | now.complete & own,
                ..now.clone()
            }
    }

    /// The theme in force (`Auto` resolved) and the charts' palette.
    pub fn palette(&self) -> (Theme, Palette) {
        let theme = self.theme.resolve(self.dark);
        (theme, theme.palette())
    }

    /// The state a URL hash describes; what it cannot use becomes the notice.
    pub fn from_hash(hash: &str) -> Self {
        let (route, ignored) = route::parse(hash);
        let mut bad: Vec<Ignored> = ignored;
        let ds = Self::dataset();
        let mut state = Self::default();
        if let Some(v) = &route.view {
            let view = View::from_key(v);
            check(&mut bad, view.is_some(), "view", v);
            state.view = view.unwrap_or(state.view);
        }
        if let Some(g) = &route.group {
            let group = ds
                .group(g)
                .filter(|g| crate::model::comparable_groups(&ds).iter().any(|o| o.group.id == g.id));
            check(&mut bad, group.is_some(), "group", g);
            state.group = group.map_or(state.group, |g| g.id);
        }
        if let Some(r) = &route.region {
            let region = Region::from_key(r);
            check(&mut bad, region.is_some(), "region", r);
            state.region = region.unwrap_or(state.region);
        }
        for r in &route.hidden {
            match Region::from_key(r) {
                Some(region) if !state.hidden.contains(&region) => state.hidden.push(region),
                Some(_) => {}
                None => check(&mut bad, false, "hide", r),
            }
        }
        state.normalised = route.normalised;
        if let Some((r, c)) = &route.cell {
            let cell = Region::from_key(r).zip(ds.categories.iter().find(|x| x.id == c).map(|x| x.id));
            check(&mut bad, cell.is_some(), "cell", &[r, ":", c].concat());
            state.cell = cell;
        }
        if let Some(id) = &route.source {
            let fact = ds.fact(id);
            check(&mut bad, fact.is_some(), "src", id);
            state.source = fact.map(|f| f.id);
        }
        if let Some(a) = &route.article {
            let source = ds.source(a);
            check(&mut bad, source.is_some(), "article", a);
            state.article = source.map_or(state.article, |s| s.seed);
        }
        if let Some(q) = &route.query {
            state.filter.text = q.chars().take(200).collect();
        }
        if let Some(f) = &route.filter {
            for pair in f.split(',') {
                if !apply_filter(&mut state.filter, &ds, pair) {
                    check(&mut bad, false, "f", pair);
                }
            }
        }
        if let Some(sort) = &route.sort {
            let (key, desc) = sort.strip_suffix(".desc").map_or((sort.as_str(), false), |k| (k, true));
            match Column::ALL.into_iter().find(|c| c.key() == key) {
                Some(c) => {
                    state.filter.sort = c;
                    state.filter.descending = desc;
                }
                None => check(&mut bad, false, "sort", sort),
            }
        }
        if let Some(n) = route.slide {
            let n = n as usize;
            check(&mut bad, (1..=slide_count()).contains(&n), "slide", &n.to_string());
            state.slide = n.clamp(1, slide_count().max(1)) - 1;
        }
        if let Some(key) = &route.lang {
            let lang = Lang::from_key(key);
            check(&mut bad, lang.is_some(), "lang", key);
            state.lang = lang.unwrap_or(state.lang);
        }
        if !bad.is_empty() {
            state.notice = Some(bad);
        }
        state
    }

    /// The hash that restores this state (without `#`).
    pub fn to_hash(&self) -> String {
        let f = &self.filter;
        let mut filters = Vec::new();
        if let Some(r) = f.region {
            filters.push(format!("region.{}", r.key()));
        }
        if let Some(c) = f.category {
            filters.push(format!("category.{c}"));
        }
        if let Some(p) = &f.period {
            filters.push(format!("period.{p}"));
        }
        if let Some(q) = f.qualifier {
            filters.push(format!("qualifier.{}", q.key()));
        }
        if let Some(k) = f.kind {
            filters.push(format!("kind.{}", k.key()));
        }
        let explorer = self.view == View::Explorer;
        let route = Route {
            view: Some(self.view.key().to_string()),
            group: (self.view == View::Compare).then(|| self.group.to_string()),
            region: matches!(self.view, View::Timeline | View::Profile).then(|| self.region.key().to_string()),
            hidden: self.hidden.iter().map(|r| r.key().to_string()).collect(),
            normalised: self.normalised,
            cell: self
                .cell
                .filter(|_| self.view == View::Coverage)
                .map(|(r, c)| (r.key().to_string(), c.to_string())),
            source: self.source.map(str::to_string),
            article: (self.view == View::Sources).then(|| self.article.to_string()),
            query: (explorer && !f.text.is_empty()).then(|| f.text.clone()),
            filter: (explorer && !filters.is_empty()).then(|| filters.join(",")),
            sort: (explorer && (f.sort != Column::default() || f.descending))
                .then(|| format!("{}{}", f.sort.key(), if f.descending { ".desc" } else { "" })),
            lang: Some(self.lang.key().to_string()),
            slide: (self.view == View::Present).then(|| self.slide as u32 + 1),
        };
        route::to_hash(&route)
    }
}

/// Notes `key=value` as not restored unless `ok`: one formatter for every part of a link.
fn check(bad: &mut Vec<Ignored>, ok: bool, key: &str, value: &str) {
    if !ok {
        bad.push(Ignored::Part([key, "=", value].concat()));
    }
}

/// The notice for what a link could not restore, in the reader's language.
pub fn notice_text(parts: &[Ignored], t: &Strings) -> String {
    let parts: Vec<&str> = parts
        .iter()
        .map(|p| match p {
            Ignored::Part(text) => text.as_str(),
            Ignored::TooLong => t.link_too_long,
        })
        .collect();
    fill(t.bad_link, &[&parts.join(t.clause_sep)])
}

fn apply_filter(filter: &mut Filter, ds: &Dataset, pair: &str) -> bool {
    let Some((key, value)) = pair.split_once('.') else {
        return false;
    };
    match key {
        "region" => Region::from_key(value).map(|r| filter.region = Some(r)).is_some(),
        "category" => ds
            .categories
            .iter()
            .find(|c| c.id == value)
            .map(|c| filter.category = Some(c.id))
            .is_some(),
        "period" => crate::model::Period::parse(value)
            .map(|p| filter.period = Some(p.to_string()))
            .is_some(),
        "qualifier" => Qualifier::from_key(value).map(|q| filter.qualifier = Some(q)).is_some(),
        "kind" => Kind::from_key(value).map(|k| filter.kind = Some(k)).is_some(),
        _ => false,
    }
}

impl Default for AppState {
    fn default() -> Self {
        let ds = Self::dataset();
        Self {
            view: View::Compare,
            group: default_group(&ds).map_or("", |g| g.id),
            normalised: false,
            hidden: Vec::new(),
            region: Region::Shangdang,
            cell: None,
            source: None,
            article: ds.sources.first().map_or("", |s| s.seed),
            filter: Filter::default(),
            notice: None,
            slide: 0,
            back: View::Compare,
            theme: theme::load(),
            dark: theme::prefers_dark(),
            dpr: super::pixel_ratio::device_pixel_ratio(),
            lang: language::load(),
            complete: 0,
            status: None,
        }
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::SetView(view) => {
                if view == View::Present && self.view != View::Present {
                    next.back = self.view;
                }
                next.view = view;
            }
            Action::NextSlide => next.slide = (next.slide + 1).min(slide_count().saturating_sub(1)),
            Action::PrevSlide => next.slide = next.slide.saturating_sub(1),
            Action::FirstSlide => next.slide = 0,
            Action::LastSlide => next.slide = slide_count().saturating_sub(1),
            Action::GoToSlide(n) => next.slide = n.clamp(1, slide_count().max(1)) - 1,
            Action::EndPresentation => {
                next.view = if self.back == View::Present {
                    View::Compare
                } else {
                    self.back
                }
            }
            Action::SetTheme(t) => {
                theme::save(t);
                next.theme = t;
            }
            Action::SystemDark(dark) => next.dark = dark,
            Action::PixelRatio(dpr) => next.dpr = dpr,
            Action::SetLang(lang) => {
                language::save(lang);
                next.lang = lang;
            }
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
            Action::SelectArticle(seed) => match Self::dataset().source(&seed) {
                Some(s) => next.article = s.seed,
                None => return self,
            },
            Action::SetFilter(filter) => next.filter = filter,
            Action::Restore(hash) => {
                next = Self {
                    theme: self.theme,
                    dark: self.dark,
                    dpr: self.dpr,
                    back: self.back,
                    complete: self.complete,
                    ..Self::from_hash(&hash)
                };
            }
            Action::DismissNotice => next.notice = None,
            // A late report from a view since left settles nothing.
            Action::Settle(view) => {
                if view == self.view {
                    next.complete |= view.bit();
                }
            }
            Action::Report(message) => next.status = Some(message),
        }
        if next.view != self.view || next.lang != self.lang {
            next.status = None;
        }
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

pub type AppContext = UseReducerHandle<AppState>;

/// Whether the view around a component is on screen (a view stays on the page, hidden, once shown),
/// from context: only the view on screen carries element ids, so they stay unique.
#[derive(Clone, Copy, PartialEq)]
pub struct Shown(pub bool);
