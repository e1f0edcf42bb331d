//! The app's state and what every action does to it: a pure reducer, tested natively. The UI holds it in
//! `use_reducer` (see `ui::store`) and performs what lies outside it (the URL, storage, the DOM).

use super::route::Ignored;
use super::theme::Theme;
use crate::chart::style::Palette;
use crate::i18n::{Lang, Strings};
use crate::model::explore::Filter;
use crate::model::{default_group, embedded, Dataset, Region};

/// A page of the app. Adding one: a variant here, its key, its name in each language (`ViewNames`), and
/// its component in `ui::views` — the compiler finds every `match` that must learn of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum View {
    Compare,
    Composition,
    Timeline,
    Profile,
    Coverage,
    Explorer,
    Sources,
    Present,
    /// 关于与方法: the articles, how figures were taken, the comparability rules, how to cite.
    About,
}

impl View {
    /// In the order of the tabs.
    pub const ALL: [View; 9] = [
        View::Compare,
        View::Composition,
        View::Timeline,
        View::Profile,
        View::Coverage,
        View::Explorer,
        View::Sources,
        View::Present,
        View::About,
    ];

    pub fn name(self, t: &Strings) -> &'static str {
        let n = &t.views;
        match self {
            View::Compare => n.compare,
            View::Composition => n.composition,
            View::Timeline => n.timeline,
            View::Profile => n.profile,
            View::Coverage => n.coverage,
            View::Explorer => n.explorer,
            View::Sources => n.sources,
            View::Present => n.present,
            View::About => n.about,
        }
    }

    /// The key in links (`#view=…`).
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
            View::About => "about",
        }
    }

    /// A view of one chart (the ones a citation or a slide deck can take).
    pub fn is_chart(self) -> bool {
        matches!(
            self,
            View::Compare | View::Composition | View::Timeline | View::Profile | View::Coverage
        )
    }

    pub fn from_key(key: &str) -> Option<View> {
        View::ALL.into_iter().find(|v| v.key() == key)
    }
}

/// What the app starts from besides the link: the device's stored choices and the screen.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Env {
    /// The theme chosen last time on this device.
    pub theme: Theme,
    /// The language chosen last time on this device.
    pub lang: Lang,
    /// The system asks for a dark colour scheme.
    pub dark: bool,
    /// The screen's device pixel ratio.
    pub dpr: f64,
}

impl Default for Env {
    fn default() -> Self {
        Env {
            theme: Theme::Auto,
            lang: Lang::Zh,
            dark: false,
            dpr: 1.0,
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
    /// The fact whose article is open in the reader panel.
    pub source: Option<&'static str>,
    /// The article shown in the 原文 view (its id; a link may name its seed file instead).
    pub article: &'static str,
    /// The explorer's search, filters and sort.
    pub filter: Filter,
    /// What a link could not restore (the parts, quoted), shown until dismissed.
    pub notice: Option<Vec<Ignored>>,
    /// The slide on screen in the presentation (0-based).
    pub slide: usize,
    /// The view to return to when the presentation ends.
    pub back: View,
    /// The chart view last on screen (the About page cites its chart); not in the URL.
    pub last_chart: View,
    pub theme: Theme,
    /// The system asks for a dark colour scheme (what `Theme::Auto` follows; not in the URL).
    pub dark: bool,
    /// The screen's device pixel ratio (not in the URL): charts are drawn for it.
    pub dpr: f64,
    pub lang: Lang,
    /// The views that have been on screen for a frame (never part of the URL). A view stays on the page,
    /// hidden, once shown, so a return to one is settled at once (see `settled`).
    pub complete: Vec<View>,
    /// The toolbar's last message (a link copied, a file made); cleared by a new view or language.
    pub status: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
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
    /// The dataset the state refers to.
    pub fn dataset() -> Dataset {
        embedded()
    }

    /// The state of a page opened on `env`, before any link is read.
    pub fn new(env: Env) -> Self {
        let ds = Self::dataset();
        Self {
            view: View::Compare,
            group: default_group(&ds).map_or("", |g| g.id),
            normalised: false,
            hidden: Vec::new(),
            region: ds.default_region(),
            cell: None,
            source: None,
            article: ds.sources.first().map_or("", |s| s.id),
            filter: Filter::default(),
            notice: None,
            slide: 0,
            back: View::Compare,
            last_chart: View::Compare,
            theme: env.theme,
            dark: env.dark,
            dpr: env.dpr,
            lang: env.lang,
            complete: Vec::new(),
            status: None,
        }
    }

    /// The view on screen has been there for a frame: what lies below its first screen is rendered too
    /// (a switch shows the top at once).
    pub fn settled(&self) -> bool {
        self.complete.contains(&self.view)
    }

    /// A view last rendered for `self` shows the same for `now`: whether other views are complete is
    /// not shown, whether its own is (`settled`).
    pub fn shows_same(&self, now: &AppState) -> bool {
        self.settled() == now.settled()
            && *self
                == AppState {
                    complete: self.complete.clone(),
                    ..now.clone()
                }
    }

    /// The theme in force (`Auto` resolved) and the charts' palette.
    pub fn palette(&self) -> (Theme, Palette) {
        let theme = self.theme.resolve(self.dark);
        (theme, theme.palette())
    }

    /// How many slides the presentation has.
    pub fn slide_count(&self) -> usize {
        crate::narrative::story::slide_count(&Self::dataset())
    }

    /// The state after `action`. Everything the app does to its state is here; nothing else changes it.
    pub fn reduce(&self, action: Action) -> AppState {
        let mut next = self.clone();
        let last_slide = self.slide_count().saturating_sub(1);
        let ds = Self::dataset();
        match action {
            Action::SetView(view) => {
                if view == View::Present && self.view != View::Present {
                    next.back = self.view;
                }
                if view.is_chart() {
                    next.last_chart = view;
                }
                next.view = view;
            }
            Action::NextSlide => next.slide = (next.slide + 1).min(last_slide),
            Action::PrevSlide => next.slide = next.slide.saturating_sub(1),
            Action::FirstSlide => next.slide = 0,
            Action::LastSlide => next.slide = last_slide,
            Action::GoToSlide(n) => next.slide = n.clamp(1, last_slide + 1) - 1,
            Action::EndPresentation => {
                next.view = if self.back == View::Present {
                    View::Compare
                } else {
                    self.back
                }
            }
            Action::SetTheme(t) => next.theme = t,
            Action::SystemDark(dark) => next.dark = dark,
            Action::PixelRatio(dpr) => next.dpr = dpr,
            Action::SetLang(lang) => next.lang = lang,
            // Unknown ids change nothing; the selectors only offer known ones.
            Action::SelectGroup(id) => {
                if let Some(group) = ds.group(&id) {
                    next.group = group.id;
                }
            }
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
            Action::OpenSource(id) => next.source = ds.fact(id).map(|f| f.id),
            Action::CloseSource => next.source = None,
            Action::SelectArticle(seed) => {
                if let Some(s) = ds.source(&seed) {
                    next.article = s.id;
                }
            }
            Action::SetFilter(filter) => next.filter = filter,
            Action::Restore(hash) => {
                let restored = AppState::from_hash(&hash, self.env());
                next = AppState {
                    theme: self.theme,
                    dark: self.dark,
                    dpr: self.dpr,
                    back: self.back,
                    last_chart: if restored.view.is_chart() {
                        restored.view
                    } else {
                        self.last_chart
                    },
                    complete: self.complete.clone(),
                    ..restored
                };
            }
            Action::DismissNotice => next.notice = None,
            // A late report from a view since left settles nothing.
            Action::Settle(view) => {
                if view == self.view && !next.complete.contains(&view) {
                    next.complete.push(view);
                }
            }
            Action::Report(message) => next.status = Some(message),
        }
        if next.view != self.view || next.lang != self.lang {
            next.status = None;
        }
        next
    }

    /// What the state knows of the device (to open another state on it).
    pub fn env(&self) -> Env {
        Env {
            theme: self.theme,
            lang: self.lang,
            dark: self.dark,
            dpr: self.dpr,
        }
    }
}
