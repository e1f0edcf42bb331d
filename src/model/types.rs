//! Dataset types. Generic over the string type so the same structs hold the owned, validated dataset
//! (build script, tests) and the `&'static str` dataset compiled into the binary.

use std::fmt;

/// A place the figures are about, as the dataset defines it (`assets/regions.json`): the three focus
/// regions compared, and places given for context. A small handle to its definition, compared by key.
#[derive(Clone, Copy)]
pub struct Region(pub &'static RegionInfo);

/// What the dataset says of a region.
#[derive(Debug, Clone, PartialEq)]
pub struct RegionInfo<S = &'static str> {
    /// Its key in links and files ("shangdang").
    pub key: S,
    /// Its name as the articles write it (上党区); other languages look it up in the names table.
    pub zh: S,
    /// One of the places compared (else context).
    pub focus: bool,
    /// Its place in the order of regions, and in the palettes' colours and patterns.
    pub slot: u8,
}

/// Stands for a region in a dataset without any (the build refuses one; a value keeps this total).
pub static NO_REGION: RegionInfo = RegionInfo {
    key: "",
    zh: "",
    focus: false,
    slot: 0,
};

impl Region {
    pub fn key(self) -> &'static str {
        self.0.key
    }

    /// The region's name as the articles write it (the Chinese interface shows it too).
    pub fn zh(self) -> &'static str {
        self.0.zh
    }

    pub fn is_focus(self) -> bool {
        self.0.focus
    }

    /// Its colour and pattern slot (and its rank in every list of regions).
    pub fn slot(self) -> usize {
        usize::from(self.0.slot)
    }
}

impl PartialEq for Region {
    fn eq(&self, other: &Region) -> bool {
        self.0.key == other.0.key
    }
}

impl Eq for Region {}

impl std::hash::Hash for Region {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.0.key.hash(state);
    }
}

impl PartialOrd for Region {
    fn partial_cmp(&self, other: &Region) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Region {
    fn cmp(&self, other: &Region) -> std::cmp::Ordering {
        (self.0.slot, self.0.key).cmp(&(other.0.slot, other.0.key))
    }
}

impl fmt::Debug for Region {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0.key)
    }
}

/// How the article qualifies a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Qualifier {
    Exact,
    /// 余 / 多 / 超过 / 超 / 以上 / 突破
    MoreThan,
    /// 约 / 左右 / 大概
    Approx,
    /// 至少 / 不低于 / 不少于
    AtLeast,
}

impl Qualifier {
    pub fn key(self) -> &'static str {
        match self {
            Qualifier::Exact => "exact",
            Qualifier::MoreThan => "more_than",
            Qualifier::Approx => "approx",
            Qualifier::AtLeast => "at_least",
        }
    }
    pub fn from_key(key: &str) -> Option<Qualifier> {
        [
            Qualifier::Exact,
            Qualifier::MoreThan,
            Qualifier::Approx,
            Qualifier::AtLeast,
        ]
        .into_iter()
        .find(|q| q.key() == key)
    }
}

/// Achievement or plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    Actual,
    Target,
}

impl Kind {
    pub fn key(self) -> &'static str {
        match self {
            Kind::Actual => "actual",
            Kind::Target => "target",
        }
    }
    pub fn from_key(key: &str) -> Option<Kind> {
        match key {
            "actual" => Some(Kind::Actual),
            "target" => Some(Kind::Target),
            _ => None,
        }
    }
}

/// The time a figure refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Period {
    Year(u16),
    /// Months within or across years, inclusive: (year, month).
    Months {
        from: (u16, u8),
        to: (u16, u8),
    },
    /// Whole years, inclusive.
    Years {
        from: u16,
        to: u16,
    },
    /// From January of a year to the article's date (今年以来).
    YearToDate(u16),
    /// The article does not say (an undated level, a running total of unstated span).
    Unknown,
}

impl Period {
    /// Parses `2024`, `2024-01..2024-09`, `2024-ytd`, `2024..2027`, `unknown`.
    pub fn parse(text: &str) -> Option<Period> {
        fn year(s: &str) -> Option<u16> {
            if s.len() != 4 || !s.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            s.parse().ok().filter(|y| (1949..=2100).contains(y))
        }
        fn month(s: &str) -> Option<(u16, u8)> {
            let (y, m) = s.split_once('-')?;
            let m: u8 = if m.len() == 2 { m.parse().ok()? } else { return None };
            (1..=12).contains(&m).then_some((year(y)?, m))
        }
        if text == "unknown" {
            return Some(Period::Unknown);
        }
        if let Some(y) = text.strip_suffix("-ytd") {
            return year(y).map(Period::YearToDate);
        }
        if let Some((a, b)) = text.split_once("..") {
            if let (Some(from), Some(to)) = (year(a), year(b)) {
                return (from < to).then_some(Period::Years { from, to });
            }
            let (from, to) = (month(a)?, month(b)?);
            return (from < to).then_some(Period::Months { from, to });
        }
        year(text).map(Period::Year)
    }

    /// A sort key: earlier periods first, undated last.
    pub fn sort_key(self) -> (u16, u16) {
        match self {
            Period::Year(y) => (y, 12),
            Period::Months { to, .. } => (to.0, u16::from(to.1)),
            Period::Years { to, .. } => (to, 13),
            Period::YearToDate(y) => (y, 11),
            Period::Unknown => (9999, 0),
        }
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Period::Year(y) => write!(f, "{y}"),
            Period::Months { from, to } => {
                write!(f, "{}-{:02}..{}-{:02}", from.0, from.1, to.0, to.1)
            }
            Period::Years { from, to } => write!(f, "{from}..{to}"),
            Period::YearToDate(y) => write!(f, "{y}-ytd"),
            Period::Unknown => f.write_str("unknown"),
        }
    }
}

impl Period {
    /// The one year the period lies in, if it does.
    pub fn year(self) -> Option<u16> {
        match self {
            Period::Year(y) | Period::YearToDate(y) => Some(y),
            Period::Months { from, to } if from.0 == to.0 => Some(from.0),
            _ => None,
        }
    }
}

/// What kind of time a figure covers: what it can be set against.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PeriodKind {
    /// A flow over one calendar year ("2025年完成改厕750座").
    Year,
    /// A flow over part of a year (今年1月至9月, 今年以来).
    PartYear,
    /// A total over several years (近年来累计, a 2024–2027 target).
    MultiYear,
    /// A level, count or share as at the article's date (目前已建成245个, 覆盖率88.4%).
    Stock,
    /// An undated annual level or rate (年产量20万吨以上, 年增长10%以上).
    Level,
}

impl PeriodKind {
    pub const ALL: [PeriodKind; 5] = [
        PeriodKind::Year,
        PeriodKind::PartYear,
        PeriodKind::MultiYear,
        PeriodKind::Stock,
        PeriodKind::Level,
    ];

    pub fn key(self) -> &'static str {
        match self {
            PeriodKind::Year => "year",
            PeriodKind::PartYear => "part_year",
            PeriodKind::MultiYear => "multi_year",
            PeriodKind::Stock => "stock",
            PeriodKind::Level => "level",
        }
    }

    pub fn from_key(key: &str) -> Option<PeriodKind> {
        PeriodKind::ALL.into_iter().find(|k| k.key() == key)
    }

    /// Whether `period` can be a period of this kind.
    pub fn admits(self, period: Period) -> bool {
        matches!(
            (self, period),
            (
                PeriodKind::Year | PeriodKind::Stock | PeriodKind::Level,
                Period::Year(_) | Period::Unknown
            ) | (PeriodKind::PartYear, Period::Months { .. } | Period::YearToDate(_))
                | (PeriodKind::MultiYear, Period::Years { .. } | Period::Unknown)
        )
    }
}

/// What part of the world a figure covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Scope<S = &'static str> {
    /// The whole region, for what its indicator measures.
    Region,
    /// Part of the region's territory ("快速路和长陵路沿线").
    Area(S),
    /// One industry or product that is only part of what the indicator measures ("中药材").
    Sector(S),
    /// One programme, fund or portfolio of projects ("衔接资金", "27个提档升级村").
    Programme(S),
    /// One village, co-op, company or single project ("东掌村").
    Entity(S),
}

impl<S> Scope<S> {
    /// `region`, `area`, `sector`, `programme` or `entity`.
    pub fn key(&self) -> &'static str {
        match self {
            Scope::Region => "region",
            Scope::Area(_) => "area",
            Scope::Sector(_) => "sector",
            Scope::Programme(_) => "programme",
            Scope::Entity(_) => "entity",
        }
    }

    /// The area, sector, programme or entity named.
    pub fn name(&self) -> Option<&S> {
        match self {
            Scope::Region => None,
            Scope::Area(n) | Scope::Sector(n) | Scope::Programme(n) | Scope::Entity(n) => Some(n),
        }
    }
}

/// Normalised units: every written unit converts to one of these.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BaseUnit {
    Yuan,
    Ton,
    Mu,
    Km,
    CubicMeter,
    Percent,
    Count,
}

impl BaseUnit {
    pub const ALL: [BaseUnit; 7] = [
        BaseUnit::Yuan,
        BaseUnit::Ton,
        BaseUnit::Mu,
        BaseUnit::Km,
        BaseUnit::CubicMeter,
        BaseUnit::Percent,
        BaseUnit::Count,
    ];
    /// The key used in the JSON files.
    pub fn key(self) -> &'static str {
        match self {
            BaseUnit::Yuan => "元",
            BaseUnit::Ton => "吨",
            BaseUnit::Mu => "亩",
            BaseUnit::Km => "公里",
            BaseUnit::CubicMeter => "立方米",
            BaseUnit::Percent => "%",
            BaseUnit::Count => "count",
        }
    }
    pub fn from_key(key: &str) -> Option<BaseUnit> {
        BaseUnit::ALL.into_iter().find(|u| u.key() == key)
    }
    /// The symbol written after a number ("" for plain counts).
    pub fn symbol(self) -> &'static str {
        match self {
            BaseUnit::Count => "",
            other => other.key(),
        }
    }
}

/// One quantitative statement of an article. Generic over its strings and its region (the key in the
/// build script, the region itself in the app).
#[derive(Debug, Clone, PartialEq)]
pub struct Fact<S = &'static str, R = Region> {
    pub id: S,
    pub region: R,
    /// What part of the region it covers.
    pub scope: Scope<S>,
    pub indicator: S,
    /// The indicator's group (derived at build time, so queries need no catalogue look-up).
    pub group: S,
    /// The number as the article writes it, qualifier words included ("900余万元").
    pub written: S,
    pub value: f64,
    pub unit: S,
    pub base_value: f64,
    pub base_unit: BaseUnit,
    pub qualifier: Qualifier,
    pub period: Period,
    /// What kind of time it covers.
    pub period_kind: PeriodKind,
    /// The year comes from 今年/全年/目前 and the article's date, not from a written year.
    pub period_inferred: bool,
    pub kind: Kind,
    pub category: S,
    /// The seed file, and the article within it that holds the quote (derived at build time).
    pub seed: S,
    pub article: S,
    pub quote: S,
    pub ocr_damaged: bool,
    pub note: Option<S>,
}

impl<S, R> Fact<S, R> {
    /// The village, co-op, company or project the figure is about, if it is about one.
    pub fn entity(&self) -> Option<&S> {
        match &self.scope {
            Scope::Entity(name) => Some(name),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Category<S = &'static str> {
    pub id: S,
    pub zh: S,
}

/// How a group's indicators relate to each other, for the composition view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Composition {
    /// Parts of a whole: they stack, and add up to the group's total indicator.
    Parts,
    /// Bands by threshold (≥30万, ≥100万…): nested, never added up.
    Thresholds,
}

impl Composition {
    pub fn from_key(key: &str) -> Option<Composition> {
        match key {
            "parts" => Some(Composition::Parts),
            "thresholds" => Some(Composition::Thresholds),
            _ => None,
        }
    }
}

/// Indicators of one base unit that belong on one axis.
#[derive(Debug, Clone, PartialEq)]
pub struct Group<S = &'static str> {
    pub id: S,
    pub zh: S,
    pub category: S,
    pub note_zh: Option<S>,
    pub composition: Option<Composition>,
    /// For parts: the indicator they add up to.
    pub total: Option<S>,
}

/// One measurable thing; facts of different regions share it only when they measure the same thing.
#[derive(Debug, Clone, PartialEq)]
pub struct Indicator<S = &'static str> {
    pub id: S,
    pub group: S,
    pub zh: S,
    pub label_zh: S,
    pub base_unit: BaseUnit,
    pub category: S,
    /// A count that grows with the region's size: no ratio is drawn from it.
    pub size_dependent: bool,
}

/// An article: a title and a span of a seed file (a newspaper page may hold two articles).
#[derive(Debug, Clone, PartialEq)]
pub struct Source<S = &'static str, L = &'static [&'static str]> {
    /// Its id in links and exports ("000", "004-wanrong").
    pub id: S,
    /// The seed file that holds it.
    pub seed: S,
    pub title: S,
    /// When it was published, as far as known, in words (and how 今年 was read).
    pub published: S,
    /// The article's text: its span of the seed file, exactly as there.
    pub text: S,
    /// Where the span starts in the seed file (quotes are located against the whole file).
    pub offset: usize,
    /// Passages garbled by OCR or cut by the page layout.
    pub damaged: L,
}

impl Source {
    /// True when a paragraph holds a passage flagged as damaged.
    pub fn is_damaged(&self, paragraph: &str) -> bool {
        self.damaged.iter().any(|d| paragraph.contains(d))
    }
}

/// The whole dataset as compiled into the binary.
#[derive(Debug, Clone, Copy)]
pub struct Dataset {
    pub regions: &'static [Region],
    pub facts: &'static [Fact],
    pub categories: &'static [Category],
    pub groups: &'static [Group],
    pub indicators: &'static [Indicator],
    pub sources: &'static [Source],
}

impl Dataset {
    /// A region by its key.
    pub fn region(&self, key: &str) -> Option<Region> {
        self.regions.iter().copied().find(|r| r.key() == key)
    }

    /// The regions compared.
    pub fn focus_regions(&self) -> impl Iterator<Item = Region> + '_ {
        self.regions.iter().copied().filter(|r| r.is_focus())
    }

    /// The region a view of one region opens on: the first compared (a dataset has one; build.rs checks).
    pub fn default_region(&self) -> Region {
        self.focus_regions()
            .next()
            .or_else(|| self.regions.first().copied())
            .unwrap_or(Region(&NO_REGION))
    }
}
