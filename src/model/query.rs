//! Questions asked of the dataset: which groups can be compared and how, how the regions stand in one,
//! what one region reports over time, and what the articles cover.

use std::fmt;

use super::comparability::{judge, same_basis, Across, Judgment, Verdict};
use super::types::{BaseUnit, Dataset, Fact, Group, Indicator, Kind, Period, Region, Source};

/// The group the app opens on: reported by two of the three focus regions, in two units (斤 and 吨),
/// with an achievement, a target and a qualifier, so every reading aid shows at once.
pub const DEFAULT_GROUP: &str = "grain_output";

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ModelError {
    UnknownGroup(String),
    NoIndicators(String),
}

/// For logs and tests; the page says it in the reader's language (`narrative::messages`).
impl fmt::Display for ModelError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ModelError::UnknownGroup(g) => write!(f, "unknown indicator group `{g}`"),
            ModelError::NoIndicators(g) => write!(f, "indicator group `{g}` has no indicators"),
        }
    }
}

impl Dataset {
    pub fn group(&self, id: &str) -> Option<&'static Group> {
        self.groups.iter().find(|g| g.id == id)
    }
    pub fn indicator(&self, id: &str) -> Option<&'static Indicator> {
        self.indicators.iter().find(|i| i.id == id)
    }
    /// An article by its id (or, for links from before articles had ids, by its seed file).
    pub fn source(&self, id: &str) -> Option<&'static Source> {
        self.sources
            .iter()
            .find(|s| s.id == id)
            .or_else(|| self.sources.iter().find(|s| s.seed == id))
    }
    /// The article a figure stands in.
    pub fn article_of(&self, f: &Fact) -> Option<&'static Source> {
        self.sources.iter().find(|s| s.id == f.article)
    }
    pub fn indicators_of<'a>(&'a self, group: &'a str) -> impl Iterator<Item = &'static Indicator> + 'a {
        self.indicators.iter().filter(move |i| i.group == group)
    }
    /// Position of an indicator in the catalogue (its order within a group).
    fn indicator_rank(&self, id: &str) -> usize {
        self.indicators.iter().position(|i| i.id == id).unwrap_or(usize::MAX)
    }
    fn category_rank(&self, id: &str) -> usize {
        self.categories.iter().position(|c| c.id == id).unwrap_or(usize::MAX)
    }
}

/// Facts the comparison shows: about a region, or a part of it (an area, a sector, a programme). Figures
/// about one village, co-op or company (an entity) are never set against a region's and stay out.
fn about_region(fact: &Fact) -> bool {
    fact.entity().is_none()
}

/// A group offered for comparison, with the regions that report it and how far they can be compared.
#[derive(Debug, Clone, PartialEq)]
pub struct GroupOption {
    pub group: &'static Group,
    pub regions: Vec<Region>,
    pub facts: usize,
    /// The best verdict of its sets (a set that two places share at best).
    pub verdict: Verdict,
    /// Some of its figures are only side by side (they share no axis with another place's).
    pub partial: bool,
}

/// Every group that at least two regions report region-wide, in catalogue category order.
pub fn comparable_groups(ds: &Dataset) -> Vec<GroupOption> {
    let mut out: Vec<GroupOption> = ds
        .groups
        .iter()
        .filter_map(|group| {
            let facts: Vec<&Fact> = ds
                .facts
                .iter()
                .filter(|f| about_region(f) && f.group == group.id)
                .collect();
            let mut regions: Vec<Region> = facts.iter().map(|f| f.region).collect();
            super::order::sort_by_key(&mut regions, |r| *r);
            regions.dedup();
            if regions.len() < 2 {
                return None;
            }
            let c = compare(ds, group.id).ok()?;
            Some(GroupOption {
                group,
                regions,
                facts: facts.len(),
                verdict: c.judgment.verdict,
                partial: c.partial(),
            })
        })
        .collect();
    super::order::sort_by_key(&mut out, |o| ds.category_rank(o.group.category));
    out
}

/// The group to open on: [`DEFAULT_GROUP`] if comparable, else the first comparable group.
pub fn default_group(ds: &Dataset) -> Option<&'static Group> {
    let options = comparable_groups(ds);
    options
        .iter()
        .find(|o| o.group.id == DEFAULT_GROUP)
        .or(options.first())
        .map(|o| o.group)
}

/// One region's place in a comparison; no facts means the articles do not report it (未报道).
#[derive(Debug, Clone, PartialEq)]
pub struct RegionSlot {
    pub region: Region,
    pub facts: Vec<&'static Fact>,
}

impl RegionSlot {
    pub fn reported(&self) -> bool {
        !self.facts.is_empty()
    }
}

/// Figures of one group that may share a value axis: one measure, over one scope and one kind of period.
#[derive(Debug, Clone, PartialEq)]
pub struct Set {
    /// Stable within the group: `indicator`, `indicator@scope` …, for exports (`comparison`).
    pub key: String,
    pub indicator: &'static Indicator,
    /// In region order, then by period, achievements before targets.
    pub facts: Vec<&'static Fact>,
    /// Set across places: comparable, with caveats, or (one place only) not.
    pub judgment: Judgment,
}

impl Set {
    pub fn regions(&self) -> Vec<Region> {
        let mut out: Vec<Region> = Vec::new();
        for f in &self.facts {
            if !out.contains(&f.region) {
                out.push(f.region);
            }
        }
        out
    }
}

/// How the regions stand in one indicator group.
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    pub group: &'static Group,
    pub indicators: Vec<&'static Indicator>,
    pub base_unit: BaseUnit,
    /// The three focus regions always (reported or not), then context regions that report the group.
    pub slots: Vec<RegionSlot>,
    /// The figures by what can share an axis, the sets that two or more places share first.
    pub sets: Vec<Set>,
    /// The group as a whole: the verdict of its best set, with that set's caveats; or, when no two places
    /// share a set, not comparable, with what differs.
    pub judgment: Judgment,
}

impl Comparison {
    /// All charted facts, slot by slot.
    pub fn facts(&self) -> impl Iterator<Item = &'static Fact> + '_ {
        self.slots.iter().flat_map(|s| s.facts.iter().copied())
    }
    pub fn multi_indicator(&self) -> bool {
        self.indicators.len() > 1
    }
    /// Some figures are only side by side (sets of one place) while others can be compared.
    pub fn partial(&self) -> bool {
        self.judgment.verdict != Verdict::NotComparable
            && self.sets.iter().any(|s| s.judgment.verdict == Verdict::NotComparable)
    }
    /// The set a figure is in.
    pub fn set_of(&self, id: &str) -> Option<&Set> {
        self.sets.iter().find(|s| s.facts.iter().any(|f| f.id == id))
    }
}

/// Compares the regions on one group. Facts within a region come in catalogue order of their
/// indicator, then by period, achievements before targets.
pub fn compare(ds: &Dataset, group_id: &str) -> Result<Comparison, ModelError> {
    let group = ds
        .group(group_id)
        .ok_or_else(|| ModelError::UnknownGroup(group_id.to_string()))?;
    let indicators: Vec<&'static Indicator> = ds.indicators_of(group.id).collect();
    let base_unit = indicators
        .first()
        .map(|i| i.base_unit)
        .ok_or_else(|| ModelError::NoIndicators(group.id.to_string()))?;
    let slots: Vec<RegionSlot> = ds
        .regions
        .iter()
        .map(|&region| {
            let mut facts: Vec<&'static Fact> = ds
                .facts
                .iter()
                .filter(|f| f.region == region && about_region(f) && f.group == group.id)
                .collect();
            super::order::sort_by_key(&mut facts, |f| {
                (ds.indicator_rank(f.indicator), f.period.sort_key(), f.kind)
            });
            RegionSlot { region, facts }
        })
        .filter(|slot| slot.region.is_focus() || slot.reported())
        .collect();
    // Sets: each fact joins the first set it shares a basis with, in catalogue order of indicators.
    let mut all: Vec<&'static Fact> = slots.iter().flat_map(|s| s.facts.iter().copied()).collect();
    super::order::sort_by_key(&mut all, |f| ds.indicator_rank(f.indicator));
    let mut grouped: Vec<Vec<&'static Fact>> = Vec::new();
    for f in all {
        match grouped.iter_mut().find(|set| same_basis(set[0], f)) {
            Some(set) => set.push(f),
            None => grouped.push(vec![f]),
        }
    }
    let mut sets: Vec<Set> = grouped
        .into_iter()
        .filter_map(|mut facts| {
            super::order::sort_by_key(&mut facts, |f| (f.region, f.period.sort_key(), f.kind));
            let first = *facts.first()?;
            let indicator = ds.indicator(first.indicator)?;
            let scope = match first.scope.name() {
                Some(name) => format!("@{}:{name}", first.scope.key()),
                None => String::new(),
            };
            let time = match super::comparability::time_basis(first) {
                super::comparability::TimeBasis::Annual => String::new(),
                super::comparability::TimeBasis::Stock => "/stock".to_string(),
                super::comparability::TimeBasis::Span(p) => format!("/{p}"),
                super::comparability::TimeBasis::Unstated(id) => format!("/{id}"),
            };
            Some(Set {
                key: format!("{}{scope}{time}", indicator.id),
                indicator,
                judgment: judge(ds, &facts, Across::Places),
                facts,
            })
        })
        .collect();
    // The sets places share first (the comparison), then each place's own.
    super::order::sort_by_key(&mut sets, |s| s.judgment.verdict == Verdict::NotComparable);
    let shared = sets.iter().find(|s| s.judgment.verdict != Verdict::NotComparable);
    let judgment = match shared {
        Some(set) => set.judgment.clone(),
        None => judge(
            ds,
            &slots.iter().flat_map(|s| s.facts.iter().copied()).collect::<Vec<_>>(),
            Across::Places,
        ),
    };
    Ok(Comparison {
        group,
        indicators,
        base_unit,
        slots,
        sets,
        judgment,
    })
}

impl Dataset {
    pub fn fact(&self, id: &str) -> Option<&'static Fact> {
        self.facts.iter().find(|f| f.id == id)
    }
}

/// One indicator of one region over time, on one basis (scope and kind of period).
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    pub indicator: &'static Indicator,
    /// By period, achievements before targets.
    pub facts: Vec<&'static Fact>,
    /// How far achievements have come toward targets of the same basis.
    pub progress: Vec<Progress>,
}

/// An achievement measured against a target it belongs to (a computed share).
#[derive(Debug, Clone, PartialEq)]
pub struct Progress {
    pub target: &'static Fact,
    pub actual: &'static Fact,
    /// actual ÷ target.
    pub share: f64,
}

/// A target whose progress is not computed, and why: its scope or kind of period differs from every
/// achievement of its indicator. Where only the kind of period differs (a multi-year target, yearly
/// achievements of the same scope), the readings the articles would allow, each a computed share with its
/// assumption: the yearly figures added up (batches), or the latest taken as a running total. Where the
/// scope differs (a target for one area, achievements for the whole region), none: no arithmetic makes
/// the two cover the same villages.
#[derive(Debug, Clone, PartialEq)]
pub struct Unmeasured {
    pub target: &'static Fact,
    /// The achievements of the same indicator, by period.
    pub actuals: Vec<&'static Fact>,
    /// Batches added up: Σ actuals ÷ target.
    pub as_batches: Option<f64>,
    /// The latest as a running total: latest ÷ target.
    pub as_total: Option<f64>,
}

fn progress_of(facts: &[&'static Fact]) -> Vec<Progress> {
    facts
        .iter()
        .filter(|t| t.kind == Kind::Target && t.base_value > 0.0)
        .filter_map(|target| {
            // The same basis (the set guarantees it) and the same year.
            let actual = facts
                .iter()
                .filter(|a| a.kind == Kind::Actual && a.period == target.period && a.period.year().is_some())
                .max_by_key(|a| a.period.sort_key())?;
            Some(Progress {
                target,
                actual,
                share: actual.base_value / target.base_value,
            })
        })
        .collect()
}

/// Every indicator a region reports in more than one period on one basis, in catalogue order; facts of
/// another basis (a scope, a kind of period) make series of their own.
pub fn timeline(ds: &Dataset, region: Region) -> Vec<Series> {
    let mut out = Vec::new();
    for indicator in ds.indicators {
        let mut sets: Vec<Vec<&'static Fact>> = Vec::new();
        for f in ds
            .facts
            .iter()
            .filter(|f| f.region == region && about_region(f) && f.indicator == indicator.id)
        {
            match sets.iter_mut().find(|set| same_basis(set[0], f)) {
                Some(set) => set.push(f),
                None => sets.push(vec![f]),
            }
        }
        let in_time = sets.iter().any(|s| {
            let mut periods: Vec<Period> = s.iter().map(|f| f.period).collect();
            periods.dedup();
            periods.len() > 1
        });
        // An indicator the region reports over time; its other bases stand beside it, as series of their own.
        if !in_time {
            continue;
        }
        for mut facts in sets {
            super::order::sort_by_key(&mut facts, |f| (f.period.sort_key(), f.kind));
            let progress = progress_of(&facts);
            out.push(Series {
                indicator,
                facts,
                progress,
            });
        }
    }
    out
}

/// The targets of a timeline whose progress is not computed (another basis than every achievement),
/// with the readings the articles would allow.
pub fn unmeasured(series: &[Series]) -> Vec<Unmeasured> {
    series
        .iter()
        .flat_map(|s| s.facts.iter().filter(|f| f.kind == Kind::Target).map(move |t| (s, *t)))
        .filter(|(s, t)| s.progress.iter().all(|p| p.target.id != t.id) && t.base_value > 0.0)
        .filter_map(|(s, target)| {
            let mut actuals: Vec<&'static Fact> = series
                .iter()
                .filter(|o| o.indicator.id == s.indicator.id)
                .flat_map(|o| o.facts.iter().copied())
                .filter(|f| f.kind == Kind::Actual && f.period.year().is_some())
                .collect();
            if actuals.is_empty() || !matches!(target.period, Period::Years { .. }) {
                return None;
            }
            super::order::sort_by_key(&mut actuals, |f| f.period.sort_key());
            let same_scope: Vec<f64> = actuals
                .iter()
                .filter(|f| f.scope == target.scope)
                .map(|f| f.base_value)
                .collect();
            let sum: f64 = same_scope.iter().sum();
            let latest = same_scope.last().copied();
            Some(Unmeasured {
                target,
                as_batches: (same_scope.len() > 1).then(|| sum / target.base_value),
                as_total: latest.map(|l| l / target.base_value),
                actuals,
            })
        })
        .collect()
}

/// Everything one region reports.
#[derive(Debug, Clone, PartialEq)]
pub struct Profile {
    pub region: Region,
    /// All its facts (region-wide and about villages, co-ops, projects), in catalogue order.
    pub facts: Vec<&'static Fact>,
    /// The small multiples: in each group where it reports two or more region-wide figures, the figures
    /// that can share an axis (one measure, scope and kind of period), a panel each.
    pub groups: Vec<(&'static Group, Vec<&'static Fact>)>,
}

pub fn profile(ds: &Dataset, region: Region) -> Profile {
    let mut facts: Vec<&'static Fact> = ds.facts.iter().filter(|f| f.region == region).collect();
    super::order::sort_by_cached_key(
        &mut facts,
        |f| {
            (
                ds.category_rank(f.category),
                ds.indicator_rank(f.indicator),
                f.period.sort_key(),
                f.kind,
            )
        },
        false,
    );
    let groups = ds
        .groups
        .iter()
        .filter_map(|g| {
            let in_group: Vec<&'static Fact> = facts
                .iter()
                .copied()
                .filter(|f| about_region(f) && f.group == g.id)
                .collect();
            (in_group.len() >= 2).then_some((g, in_group))
        })
        .flat_map(|(g, in_group)| {
            let mut sets: Vec<Vec<&'static Fact>> = Vec::new();
            for f in in_group {
                match sets.iter_mut().find(|set| same_basis(set[0], f)) {
                    Some(set) => set.push(f),
                    None => sets.push(vec![f]),
                }
            }
            sets.into_iter().map(move |set| (g, set))
        })
        .collect();
    Profile { region, facts, groups }
}

/// How many figures each region reports in each category.
#[derive(Debug, Clone, PartialEq)]
pub struct Coverage {
    pub regions: Vec<Region>,
    pub categories: Vec<&'static super::types::Category>,
    /// `counts[r][c]`: figures of region `r` in category `c`.
    pub counts: Vec<Vec<usize>>,
}

pub fn coverage(ds: &Dataset) -> Coverage {
    let regions = ds.regions.to_vec();
    let categories: Vec<_> = ds.categories.iter().collect();
    let counts = regions
        .iter()
        .map(|r| categories.iter().map(|c| cell_facts(ds, *r, c.id).len()).collect())
        .collect();
    Coverage {
        regions,
        categories,
        counts,
    }
}

/// The figures behind one coverage cell.
pub fn cell_facts(ds: &Dataset, region: Region, category: &str) -> Vec<&'static Fact> {
    ds.facts
        .iter()
        .filter(|f| f.region == region && f.category == category)
        .collect()
}

/// One region's parts of a whole (or threshold bands), and the total the article gives.
#[derive(Debug, Clone, PartialEq)]
pub struct RegionParts {
    pub region: Region,
    pub parts: Vec<&'static Fact>,
    pub total: Option<&'static Fact>,
}

impl RegionParts {
    /// Sum of the parts, when they are parts of a whole.
    pub fn sum(&self) -> f64 {
        self.parts.iter().map(|f| f.base_value).sum()
    }
}

/// A group that breaks something down, region by region (focus regions always, context where reported).
#[derive(Debug, Clone, PartialEq)]
pub struct Breakdown {
    pub group: &'static Group,
    pub composition: super::types::Composition,
    pub regions: Vec<RegionParts>,
    /// How far the regions' parts can be set against each other (the group's comparison).
    pub judgment: Judgment,
    /// Some parts are only one place's (see [`Comparison::partial`]).
    pub partial: bool,
}

/// Every group with a composition that some region reports.
pub fn breakdowns(ds: &Dataset) -> Vec<Breakdown> {
    ds.groups
        .iter()
        .filter_map(|group| {
            let composition = group.composition?;
            let comparison = compare(ds, group.id).ok()?;
            let partial = comparison.partial();
            let judgment = comparison.judgment.clone();
            let regions: Vec<RegionParts> = comparison
                .slots
                .into_iter()
                .map(|slot| RegionParts {
                    region: slot.region,
                    total: group.total.and_then(|t| {
                        ds.facts
                            .iter()
                            .find(|f| f.region == slot.region && about_region(f) && f.indicator == t)
                    }),
                    parts: slot.facts,
                })
                .collect();
            regions.iter().any(|r| !r.parts.is_empty()).then_some(Breakdown {
                group,
                composition,
                regions,
                judgment,
                partial,
            })
        })
        .collect()
}
