//! Whether figures can be set against each other: the same measure, over the same scope and the same
//! kind of period, or not — and what to keep in mind when they can. Pure: the views, the slides, the
//! takeaways and the exports all ask this one judgment, and its reasons are values (the wording layer
//! says them in each language).

use super::types::{Dataset, Fact, Kind, Period, PeriodKind, Qualifier, Region, Scope};

/// The verdict on a set of figures drawn or named together.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Verdict {
    Comparable,
    /// Comparable, with what a reader must keep in mind (different years, an inferred year, a bound…).
    WithCaveats,
    /// Different measures, scopes or kinds of period: side by side only, never on one scale.
    NotComparable,
}

impl Verdict {
    /// The key in exports.
    pub fn key(self) -> &'static str {
        match self {
            Verdict::Comparable => "comparable",
            Verdict::WithCaveats => "comparable_with_caveats",
            Verdict::NotComparable => "not_comparable",
        }
    }
}

/// Why a set of figures gets its verdict. Each names the figures' regions, so a sentence can name them.
#[derive(Debug, Clone, PartialEq)]
pub enum Reason {
    // What makes figures not comparable.
    /// They measure different things (the indicators differ).
    DifferentMeasures(Vec<(Region, &'static str)>),
    /// They cover different parts of the world: a whole region, a sector, a programme, an area, a village.
    DifferentScopes(Vec<(Region, Scope)>),
    /// They cover different kinds of time: a year, part of a year, several years, a level as at a date.
    DifferentPeriodKinds(Vec<(Region, PeriodKind)>),
    /// Totals over several years whose spans differ or are not stated.
    DifferentSpans(Vec<(Region, Period)>),
    /// Only one place reports this measure on this basis: nothing to set it against.
    OnlyOnePlace(Region),
    /// About one village, co-op, company or project, not a region's whole.
    OneEntity(Region, &'static str),
    // What to keep in mind when they are comparable.
    /// From different years.
    DifferentYears(Vec<(Region, Period)>),
    /// The article gives no year (an undated annual level, a level as at an undated article).
    Undated(Vec<Region>),
    /// The year was read from 今年/全年/目前 and the article's date.
    InferredYear(Vec<Region>),
    /// "More than" or "at least": the true figure is higher.
    LowerBound(Vec<Region>),
    /// "About".
    Approximate(Vec<Region>),
    /// A target or plan is among them, not an achievement.
    Target(Vec<Region>),
    /// Counts that grow with a region's size (how many villages it has is not given).
    SizeDependent,
}

impl Reason {
    /// Whether this reason alone makes the figures not comparable.
    pub fn excludes(&self) -> bool {
        matches!(
            self,
            Reason::DifferentMeasures(_)
                | Reason::DifferentScopes(_)
                | Reason::DifferentPeriodKinds(_)
                | Reason::DifferentSpans(_)
                | Reason::OnlyOnePlace(_)
                | Reason::OneEntity(..)
        )
    }

    /// A stable key for exports: the reason and the regions it names, e.g. `lower_bound(wanrong)`.
    pub fn key(&self) -> String {
        let regions = |rs: &mut dyn Iterator<Item = Region>| {
            let mut keys: Vec<&str> = rs.map(|r| r.key()).collect();
            keys.dedup();
            keys.join(",")
        };
        let (name, who) = match self {
            Reason::DifferentMeasures(v) => ("different_measures", regions(&mut v.iter().map(|x| x.0))),
            Reason::DifferentScopes(v) => ("different_scopes", regions(&mut v.iter().map(|x| x.0))),
            Reason::DifferentPeriodKinds(v) => ("different_period_kinds", regions(&mut v.iter().map(|x| x.0))),
            Reason::DifferentSpans(v) => ("different_spans", regions(&mut v.iter().map(|x| x.0))),
            Reason::OnlyOnePlace(r) => ("only_one_place", r.key().to_string()),
            Reason::OneEntity(r, _) => ("one_entity", r.key().to_string()),
            Reason::DifferentYears(v) => ("different_years", regions(&mut v.iter().map(|x| x.0))),
            Reason::Undated(v) => ("undated", regions(&mut v.iter().copied())),
            Reason::InferredYear(v) => ("inferred_year", regions(&mut v.iter().copied())),
            Reason::LowerBound(v) => ("lower_bound", regions(&mut v.iter().copied())),
            Reason::Approximate(v) => ("approximate", regions(&mut v.iter().copied())),
            Reason::Target(v) => ("target", regions(&mut v.iter().copied())),
            Reason::SizeDependent => ("size_dependent", String::new()),
        };
        if who.is_empty() {
            name.to_string()
        } else {
            format!("{name}({who})")
        }
    }
}

/// A verdict with its reasons.
#[derive(Debug, Clone, PartialEq)]
pub struct Judgment {
    pub verdict: Verdict,
    pub reasons: Vec<Reason>,
}

impl Judgment {
    /// Figures that cannot be compared keep only what keeps them apart (their caveats would read as if
    /// the comparison stood, with care).
    fn from_reasons(mut reasons: Vec<Reason>) -> Judgment {
        let verdict = if reasons.iter().any(Reason::excludes) {
            reasons.retain(Reason::excludes);
            Verdict::NotComparable
        } else if reasons.is_empty() {
            Verdict::Comparable
        } else {
            Verdict::WithCaveats
        };
        Judgment { verdict, reasons }
    }

    /// The reasons' keys, for exports (`;`-separated).
    pub fn keys(&self) -> String {
        self.reasons.iter().map(Reason::key).collect::<Vec<_>>().join(";")
    }
}

/// What kind of time a figure's number can share an axis with: a year's flow and an undated annual level
/// are both "per year"; levels as at a date go with each other; part-year and multi-year totals only
/// with the same span.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TimeBasis {
    Annual,
    Stock,
    Span(Period),
    /// A total over an unstated span: like no other.
    Unstated(&'static str),
}

pub fn time_basis(f: &'static Fact) -> TimeBasis {
    match (f.period_kind, f.period) {
        (PeriodKind::Year | PeriodKind::Level, _) => TimeBasis::Annual,
        (PeriodKind::Stock, _) => TimeBasis::Stock,
        (PeriodKind::PartYear | PeriodKind::MultiYear, Period::Unknown) => TimeBasis::Unstated(f.id),
        (PeriodKind::PartYear | PeriodKind::MultiYear, p) => TimeBasis::Span(p),
    }
}

/// What a view sets figures against: other places (the comparison), or the same place over time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Across {
    Places,
    Time,
}

/// Every (region, x) once, in the figures' order.
fn each<T: PartialEq>(facts: &[&'static Fact], x: impl Fn(&'static Fact) -> T) -> Vec<(Region, T)> {
    let mut out: Vec<(Region, T)> = Vec::new();
    for f in facts {
        let item = (f.region, x(f));
        if !out.contains(&item) {
            out.push(item);
        }
    }
    out
}

/// The regions of the figures that `pick`, once each.
fn regions_where(facts: &[&'static Fact], pick: impl Fn(&Fact) -> bool) -> Vec<Region> {
    let mut out: Vec<Region> = Vec::new();
    for f in facts.iter().filter(|f| pick(f)) {
        if !out.contains(&f.region) {
            out.push(f.region);
        }
    }
    out
}

/// The judgment on `facts` drawn or named together, set `across` places or time.
pub fn judge(ds: &Dataset, facts: &[&'static Fact], across: Across) -> Judgment {
    let mut reasons = Vec::new();
    for f in facts {
        if let Some(name) = f.entity() {
            reasons.push(Reason::OneEntity(f.region, name));
        }
    }
    let measures = each(facts, |f| f.indicator);
    if measures.iter().any(|m| m.1 != measures[0].1) {
        reasons.push(Reason::DifferentMeasures(measures));
    }
    let scopes = each(facts, |f| f.scope);
    if scopes.iter().any(|s| s.1 != scopes[0].1) {
        reasons.push(Reason::DifferentScopes(scopes));
    }
    let bases = each(facts, time_basis);
    if bases.iter().any(|b| b.1 != bases[0].1) {
        let spans = bases
            .iter()
            .all(|b| matches!(b.1, TimeBasis::Span(_) | TimeBasis::Unstated(_)));
        if spans {
            reasons.push(Reason::DifferentSpans(each(facts, |f| f.period)));
        } else {
            reasons.push(Reason::DifferentPeriodKinds(each(facts, |f| f.period_kind)));
        }
    }
    let places = regions_where(facts, |_| true);
    if across == Across::Places && places.len() == 1 {
        reasons.push(Reason::OnlyOnePlace(places[0]));
    }
    // What to keep in mind.
    if across == Across::Places {
        let years = each(facts, |f| f.period);
        let dated: Vec<Option<u16>> = facts.iter().map(|f| f.period.year()).collect();
        if dated.iter().any(|y| *y != dated[0]) && places.len() > 1 {
            reasons.push(Reason::DifferentYears(years));
        }
    }
    let undated = regions_where(facts, |f| {
        matches!(f.period_kind, PeriodKind::Level | PeriodKind::Stock) && f.period == Period::Unknown
    });
    if !undated.is_empty() {
        reasons.push(Reason::Undated(undated));
    }
    let inferred = regions_where(facts, |f| f.period_inferred);
    if !inferred.is_empty() {
        reasons.push(Reason::InferredYear(inferred));
    }
    let bound = regions_where(facts, |f| {
        matches!(f.qualifier, Qualifier::MoreThan | Qualifier::AtLeast)
    });
    if !bound.is_empty() {
        reasons.push(Reason::LowerBound(bound));
    }
    let approx = regions_where(facts, |f| f.qualifier == Qualifier::Approx);
    if !approx.is_empty() {
        reasons.push(Reason::Approximate(approx));
    }
    let targets = regions_where(facts, |f| f.kind == Kind::Target);
    if !targets.is_empty() {
        reasons.push(Reason::Target(targets));
    }
    let sized = facts
        .iter()
        .any(|f| ds.indicator(f.indicator).is_some_and(|i| i.size_dependent));
    if sized && across == Across::Places {
        reasons.push(Reason::SizeDependent);
    }
    Judgment::from_reasons(reasons)
}

/// Whether two figures may share one value axis: the same measure, scope and time basis.
pub fn same_basis(a: &'static Fact, b: &'static Fact) -> bool {
    a.indicator == b.indicator && a.scope == b.scope && time_basis(a) == time_basis(b) && a.entity().is_none()
}
