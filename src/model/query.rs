//! Questions asked of the dataset: which groups can be compared, and how the regions stand in one.

use std::fmt;

use super::types::{BaseUnit, Dataset, Fact, Group, Indicator, Region, Source};

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
    pub fn source(&self, seed: &str) -> Option<&'static Source> {
        self.sources.iter().find(|s| s.seed == seed)
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

/// Facts the comparison charts: region-wide figures. Figures about one village, co-op or company
/// (an `entity`) are not comparable with a region's total and stay out of the comparison.
fn region_wide(fact: &Fact) -> bool {
    fact.entity.is_none()
}

/// A group offered for comparison, with the regions that report it.
#[derive(Debug, Clone, PartialEq)]
pub struct GroupOption {
    pub group: &'static Group,
    pub regions: Vec<Region>,
    pub facts: usize,
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
                .filter(|f| region_wide(f) && f.group == group.id)
                .collect();
            let mut regions: Vec<Region> = facts.iter().map(|f| f.region).collect();
            super::order::sort_by_key(&mut regions, |r| *r);
            regions.dedup();
            (regions.len() >= 2).then_some(GroupOption {
                group,
                regions,
                facts: facts.len(),
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

/// How the regions stand in one indicator group.
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    pub group: &'static Group,
    pub indicators: Vec<&'static Indicator>,
    pub base_unit: BaseUnit,
    /// The three focus regions always (reported or not), then context regions that report the group.
    pub slots: Vec<RegionSlot>,
}

impl Comparison {
    /// All charted facts, slot by slot.
    pub fn facts(&self) -> impl Iterator<Item = &'static Fact> + '_ {
        self.slots.iter().flat_map(|s| s.facts.iter().copied())
    }
    pub fn multi_indicator(&self) -> bool {
        self.indicators.len() > 1
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
    let slots = Region::ALL
        .into_iter()
        .map(|region| {
            let mut facts: Vec<&'static Fact> = ds
                .facts
                .iter()
                .filter(|f| f.region == region && region_wide(f) && f.group == group.id)
                .collect();
            super::order::sort_by_key(&mut facts, |f| {
                (ds.indicator_rank(f.indicator), f.period.sort_key(), f.kind)
            });
            RegionSlot { region, facts }
        })
        .filter(|slot| slot.region.is_focus() || slot.reported())
        .collect();
    Ok(Comparison {
        group,
        indicators,
        base_unit,
        slots,
    })
}

impl Dataset {
    pub fn fact(&self, id: &str) -> Option<&'static Fact> {
        self.facts.iter().find(|f| f.id == id)
    }
}

/// One indicator of one region over time.
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    pub indicator: &'static Indicator,
    /// By period, achievements before targets.
    pub facts: Vec<&'static Fact>,
    /// How far achievements have come toward targets.
    pub progress: Vec<Progress>,
}

/// An achievement measured against a target it belongs to.
#[derive(Debug, Clone, PartialEq)]
pub struct Progress {
    pub target: &'static Fact,
    pub actual: &'static Fact,
    /// actual ÷ target.
    pub share: f64,
}

/// True when an achievement counts toward a target: it falls within the target's years, or it is a
/// running total (a stock) measured before the target year.
fn counts_toward(actual: &Fact, target: &Fact) -> bool {
    use super::types::Period;
    match (actual.period, target.period) {
        (Period::Year(a), Period::Year(t)) => a == t,
        (Period::Year(a), Period::Years { from, to }) => (from..=to).contains(&a),
        (Period::Cumulative, Period::Year(_) | Period::Years { .. }) => true,
        _ => false,
    }
}

fn progress_of(facts: &[&'static Fact]) -> Vec<Progress> {
    facts
        .iter()
        .filter(|t| t.kind == super::types::Kind::Target && t.base_value > 0.0)
        .filter_map(|target| {
            let actual = facts
                .iter()
                .filter(|a| a.kind == super::types::Kind::Actual && counts_toward(a, target))
                .max_by_key(|a| a.period.sort_key())?;
            Some(Progress {
                target,
                actual,
                share: actual.base_value / target.base_value,
            })
        })
        .collect()
}

/// Every indicator a region reports region-wide in more than one period, in catalogue order.
pub fn timeline(ds: &Dataset, region: Region) -> Vec<Series> {
    ds.indicators
        .iter()
        .filter_map(|indicator| {
            let mut facts: Vec<&'static Fact> = ds
                .facts
                .iter()
                .filter(|f| f.region == region && region_wide(f) && f.indicator == indicator.id)
                .collect();
            let mut periods: Vec<_> = facts.iter().map(|f| f.period).collect();
            super::order::sort_by_key(&mut periods, |p| p.sort_key());
            periods.dedup();
            if periods.len() < 2 {
                return None;
            }
            super::order::sort_by_key(&mut facts, |f| (f.period.sort_key(), f.kind));
            let progress = progress_of(&facts);
            Some(Series {
                indicator,
                facts,
                progress,
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
    /// Groups in which it reports two or more region-wide figures: the small multiples.
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
                .filter(|f| region_wide(f) && f.group == g.id)
                .collect();
            (in_group.len() >= 2).then_some((g, in_group))
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
    let regions = Region::ALL.to_vec();
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
}

/// Every group with a composition that some region reports.
pub fn breakdowns(ds: &Dataset) -> Vec<Breakdown> {
    ds.groups
        .iter()
        .filter_map(|group| {
            let composition = group.composition?;
            let comparison = compare(ds, group.id).ok()?;
            let regions: Vec<RegionParts> = comparison
                .slots
                .into_iter()
                .map(|slot| RegionParts {
                    region: slot.region,
                    total: group.total.and_then(|t| {
                        ds.facts
                            .iter()
                            .find(|f| f.region == slot.region && region_wide(f) && f.indicator == t)
                    }),
                    parts: slot.facts,
                })
                .collect();
            regions.iter().any(|r| !r.parts.is_empty()).then_some(Breakdown {
                group,
                composition,
                regions,
            })
        })
        .collect()
}
