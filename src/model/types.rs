//! Dataset types. Generic over the string type so the same structs hold the owned, validated dataset
//! (build script, tests) and the `&'static str` dataset compiled into the binary.

use std::fmt;

/// Where a figure belongs. The three focus regions are compared; the other two are context.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Region {
    Shangdang,
    Yanhu,
    Wanrong,
    Changzhi,
    Weizi,
}

impl Region {
    pub const ALL: [Region; 5] = [
        Region::Shangdang,
        Region::Yanhu,
        Region::Wanrong,
        Region::Changzhi,
        Region::Weizi,
    ];
    pub const FOCUS: [Region; 3] = [Region::Shangdang, Region::Yanhu, Region::Wanrong];

    pub fn key(self) -> &'static str {
        match self {
            Region::Shangdang => "shangdang",
            Region::Yanhu => "yanhu",
            Region::Wanrong => "wanrong",
            Region::Changzhi => "changzhi",
            Region::Weizi => "weizi",
        }
    }

    pub fn from_key(key: &str) -> Option<Region> {
        Region::ALL.into_iter().find(|r| r.key() == key)
    }

    /// The region's name as the articles write it (the Chinese interface shows it too).
    pub const fn zh(self) -> &'static str {
        match self {
            Region::Shangdang => "上党区",
            Region::Yanhu => "盐湖区",
            Region::Wanrong => "万荣县",
            Region::Changzhi => "长治市",
            Region::Weizi => "潞城区微子镇",
        }
    }

    pub fn is_focus(self) -> bool {
        Region::FOCUS.contains(&self)
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
    /// A stock or running total as of the article.
    Cumulative,
    Unknown,
}

impl Period {
    /// Parses `2024`, `2024-01..2024-09`, `2024..2027`, `cumulative`, `unknown`.
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
        match text {
            "cumulative" => return Some(Period::Cumulative),
            "unknown" => return Some(Period::Unknown),
            _ => {}
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
            Period::Cumulative => (9998, 0),
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
            Period::Cumulative => f.write_str("cumulative"),
            Period::Unknown => f.write_str("unknown"),
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

/// One quantitative statement of an article.
#[derive(Debug, Clone, PartialEq)]
pub struct Fact<S = &'static str> {
    pub id: S,
    pub region: Region,
    pub entity: Option<S>,
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
    pub period_inferred: bool,
    pub kind: Kind,
    pub category: S,
    pub seed: S,
    pub quote: S,
    pub ocr_damaged: bool,
    pub note: Option<S>,
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
}

/// An article of `seeds/`.
#[derive(Debug, Clone, PartialEq)]
pub struct Source<S = &'static str, L = &'static [&'static str]> {
    pub seed: S,
    pub title: S,
    pub published: S,
    /// The article's full text, exactly as in `seeds/`.
    pub text: S,
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
    pub facts: &'static [Fact],
    pub categories: &'static [Category],
    pub groups: &'static [Group],
    pub indicators: &'static [Indicator],
    pub sources: &'static [Source],
}
