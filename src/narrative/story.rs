//! The presentation: a curated order of charts, each with a one-line takeaway computed from the
//! data (never typed), so the sentence cannot drift from the numbers.

use crate::i18n::{fill, Lang, Strings};
use crate::model::query::{breakdowns, compare, coverage, timeline, Comparison, Series};
use crate::model::units::trim_decimal;
use crate::model::{Composition, Dataset, Fact, Kind, Qualifier, Region};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SlideChart {
    Compare(&'static str),
    Composition,
    Timeline(Region),
    Coverage,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Slide {
    pub chart: SlideChart,
    pub takeaway: String,
}

/// The order of the story: what the three places can be compared on, then what they cannot.
const ORDER: [SlideChart; 9] = [
    SlideChart::Compare("grain_output"),
    SlideChart::Compare("grain_area"),
    SlideChart::Compare("vc_income_share"),
    SlideChart::Compare("vc_income_bands"),
    SlideChart::Compare("farmer_income_growth"),
    SlideChart::Compare("investment"),
    SlideChart::Composition,
    SlideChart::Timeline(Region::Shangdang),
    SlideChart::Coverage,
];

/// How many slides the story of `ds` has (the same in every language).
pub fn slide_count(ds: &Dataset) -> usize {
    story(ds, Lang::Zh).len()
}

/// How many timeline panels a slide holds.
pub const TIMELINE_PANELS: usize = 2;

pub fn story(ds: &Dataset, lang: Lang) -> Vec<Slide> {
    let t = lang.t();
    ORDER
        .into_iter()
        .filter_map(|chart| {
            let takeaway = match chart {
                SlideChart::Compare(group) => compare(ds, group).ok().map(|c| compare_takeaway(ds, &c, t))?,
                SlideChart::Composition => composition_takeaway(ds, t)?,
                SlideChart::Timeline(region) => timeline_takeaway(region, &slide_series(ds, region), t)?,
                SlideChart::Coverage => coverage_takeaway(ds, t),
            };
            Some(Slide { chart, takeaway })
        })
        .collect()
}

/// The timeline panels of a slide: series with progress toward a target first, at most two (a projector at
/// large type holds two panels side by side).
pub fn slide_series(ds: &Dataset, region: Region) -> Vec<Series> {
    let mut series = timeline(ds, region);
    crate::model::order::sort_by_key(&mut series, |s| s.progress.is_empty());
    series.truncate(TIMELINE_PANELS);
    series
}

fn period(f: &Fact, t: &Strings) -> String {
    let p = t.period(f.period);
    if f.kind == Kind::Target {
        fill(t.target_period, &[&p])
    } else {
        p
    }
}

/// A region's headline in a group: its latest achievement, else its latest target.
fn headline<'a>(facts: &[&'a Fact]) -> Option<&'a Fact> {
    let latest = |kind: Kind| {
        facts
            .iter()
            .copied()
            .filter(|f| f.kind == kind)
            .max_by_key(|f| f.period.sort_key())
    };
    latest(Kind::Actual).or_else(|| latest(Kind::Target))
}

fn compare_takeaway(ds: &Dataset, c: &Comparison, t: &Strings) -> String {
    let label = |f: &Fact| {
        if c.multi_indicator() {
            ds.indicator(f.indicator).map_or("", |i| t.name(i.label_zh))
        } else {
            ""
        }
    };
    let mut parts = Vec::new();
    let mut heads: Vec<(Region, &Fact)> = Vec::new();
    for slot in c.slots.iter().filter(|s| s.region.is_focus()) {
        if let Some(f) = headline(&slot.facts) {
            let label = if t.is_source || label(f).is_empty() {
                label(f).to_string()
            } else {
                format!("{} ", label(f))
            };
            parts.push(fill(
                t.take_head,
                &[t.region(slot.region), &label, &t.written(f), &period(f, t)],
            ));
            heads.push((slot.region, f));
        }
    }
    let silent: Vec<&str> = c
        .slots
        .iter()
        .filter(|s| s.region.is_focus() && !s.reported())
        .map(|s| t.region(s.region))
        .collect();
    let mut text = parts.join(t.list_sep);
    // A ratio only between two figures of the same indicator, both achievements.
    if let [(ra, a), (rb, b)] = heads.as_slice() {
        if a.indicator == b.indicator
            && a.kind == Kind::Actual
            && b.kind == Kind::Actual
            && a.base_value > 0.0
            && b.base_value > 0.0
        {
            let (hi, lo, rh, rl) = if a.base_value >= b.base_value {
                (a, b, ra, rb)
            } else {
                (b, a, rb, ra)
            };
            let ratio = hi.base_value / lo.base_value;
            if ratio >= 1.2 {
                let exact = hi.qualifier == Qualifier::Exact && lo.qualifier == Qualifier::Exact;
                let template = if exact { t.take_ratio } else { t.take_ratio_about };
                text.push_str(&fill(
                    template,
                    &[t.region(*rh), t.region(*rl), &trim_decimal(ratio, 1)],
                ));
            }
        }
    }
    if !silent.is_empty() {
        text.push_str(&fill(t.take_silent, &[&silent.join(t.list_sep)]));
    }
    fill(t.take_group, &[t.name(c.group.zh), &text])
}

fn composition_takeaway(ds: &Dataset, t: &Strings) -> Option<String> {
    let b = breakdowns(ds)
        .into_iter()
        .find(|b| b.composition == Composition::Parts)?;
    let mut lines = Vec::new();
    for r in b.regions.iter().filter(|r| !r.parts.is_empty()) {
        let sum = r.sum();
        let mut parts: Vec<&&Fact> = r.parts.iter().collect();
        crate::model::order::sort_by(&mut parts, |x, y| y.base_value.total_cmp(&x.base_value));
        let shares: Vec<String> = parts
            .iter()
            .map(|f| {
                let name = t.name(ds.indicator(f.indicator).map_or(f.indicator, |i| i.label_zh));
                fill(
                    t.take_share,
                    &[name, &t.written(f), &trim_decimal(f.base_value / sum * 100.0, 0)],
                )
            })
            .collect();
        let total = r.total.map_or(String::new(), |f| t.written(f));
        lines.push(fill(
            t.take_parts,
            &[t.region(r.region), t.name(b.group.zh), &total, &shares.join(t.list_sep)],
        ));
    }
    let silent: Vec<&str> = b
        .regions
        .iter()
        .filter(|r| r.parts.is_empty() && r.region.is_focus())
        .map(|r| t.region(r.region))
        .collect();
    let mut text = lines.join(t.clause_sep);
    if !silent.is_empty() {
        text.push_str(&fill(t.take_silent, &[&silent.join(t.list_sep)]));
    }
    text.push_str(t.sentence_end);
    Some(text)
}

fn timeline_takeaway(region: Region, series: &[Series], t: &Strings) -> Option<String> {
    let first = series.first()?;
    let lines: Vec<String> = series
        .iter()
        .filter_map(|s| {
            let p = s.progress.iter().max_by_key(|p| p.target.period.sort_key())?;
            Some(fill(
                t.take_progress,
                &[
                    t.name(s.indicator.zh),
                    &t.period(p.actual.period),
                    &t.written(p.actual),
                    &period(p.target, t),
                    &t.written(p.target),
                    &trim_decimal(p.share * 100.0, 0),
                ],
            ))
        })
        .collect();
    let text = if lines.is_empty() {
        let path: Vec<String> = first
            .facts
            .iter()
            .map(|f| format!("{} {}", period(f, t), t.written(f)))
            .collect();
        format!("{}{}{}", t.name(first.indicator.zh), t.label_sep, path.join(" → "))
    } else {
        lines.join(t.clause_sep)
    };
    Some(fill(t.take_region, &[t.region(region), &text]))
}

fn coverage_takeaway(ds: &Dataset, t: &Strings) -> String {
    let c = coverage(ds);
    let focus: Vec<usize> = c
        .regions
        .iter()
        .enumerate()
        .filter(|(_, r)| r.is_focus())
        .map(|(i, _)| i)
        .collect();
    let reporting = |cat: usize| focus.iter().filter(|&&r| c.counts[r][cat] > 0).count();
    let all_three: Vec<&str> = (0..c.categories.len())
        .filter(|&k| reporting(k) == focus.len())
        .map(|k| t.name(c.categories[k].zh))
        .collect();
    let single = (0..c.categories.len()).filter(|&k| reporting(k) == 1).count();
    let emptiest = focus
        .iter()
        .map(|&r| (c.regions[r], c.counts[r].iter().filter(|n| **n == 0).count()))
        .max_by_key(|(_, n)| *n);
    let listed = if all_three.is_empty() {
        t.none.to_string()
    } else {
        all_three.join(t.list_sep)
    };
    let mut text = fill(
        t.take_coverage,
        &[&all_three.len().to_string(), &listed, &single.to_string()],
    );
    if let Some((region, n)) = emptiest {
        text.push_str(&fill(t.take_emptiest, &[t.region(region), &n.to_string()]));
    }
    fill(t.take_coverage_end, &[&text])
}
