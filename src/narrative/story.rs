//! The presentation: a curated order of charts, each with a one-line takeaway computed from the
//! data (never typed), so the sentence cannot drift from the numbers.

use crate::i18n::{fill, Lang, Strings};
use crate::model::query::{breakdowns, comparable_groups, compare, coverage, timeline, unmeasured, Comparison, Series};
use crate::model::units::trim_decimal;
use crate::model::{Composition, Dataset, Fact, Kind, Period, PeriodKind, Qualifier, Region, Verdict};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SlideChart {
    Compare(&'static str),
    Composition,
    /// A region's series, by its key.
    Timeline(&'static str),
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
    SlideChart::Timeline("shangdang"),
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
                SlideChart::Timeline(key) => {
                    let region = ds.region(key)?;
                    timeline_takeaway(ds, region, &slide_series(ds, region), t)?
                }
                SlideChart::Coverage => coverage_takeaway(ds, t),
            };
            Some(Slide { chart, takeaway })
        })
        .collect()
}

/// The timeline panels of a slide, at most two (a projector at large type holds two side by side): series
/// with progress toward a target first; then an indicator whose target covers another scope or kind of
/// period than its achievements (both its series, so the slide shows why no progress is computed), the
/// one with more achievements first; then series with targets.
pub fn slide_series(ds: &Dataset, region: Region) -> Vec<Series> {
    let series = timeline(ds, region);
    let bases = |id: &str| series.iter().filter(|s| s.indicator.id == id).count();
    let achieved = |id: &str| {
        series
            .iter()
            .filter(|s| s.indicator.id == id)
            .flat_map(|s| &s.facts)
            .filter(|f| f.kind == Kind::Actual)
            .count()
    };
    // Within an indicator, the series of achievements before the target it is not measured against.
    let keys: Vec<(bool, bool, usize, bool, bool)> = series
        .iter()
        .map(|s| {
            (
                s.progress.is_empty(),
                bases(s.indicator.id) < 2,
                usize::MAX - achieved(s.indicator.id),
                !s.facts.iter().any(|f| f.kind == Kind::Actual),
                !s.facts.iter().any(|f| f.kind == Kind::Target),
            )
        })
        .collect();
    let mut ranked: Vec<(usize, Series)> = series.into_iter().enumerate().collect();
    crate::model::order::sort_by_key(&mut ranked, |(i, _)| keys[*i]);
    ranked.into_iter().map(|(_, s)| s).take(TIMELINE_PANELS).collect()
}

/// A figure's period as the charts write it: `*` when its year was inferred, "target" for a target.
fn period(f: &Fact, t: &Strings) -> String {
    let mut p = t.period(f.period);
    if f.period_inferred {
        p.push('*');
    }
    if f.kind == Kind::Target {
        fill(t.target_period, &[&p])
    } else {
        p
    }
}

/// The unit word a figure is written in, without its scale (亿斤 → 斤, 万吨 → 吨): the scales the
/// units table knows (`model::units::normalise`).
fn unit_word(f: &Fact) -> &'static str {
    f.unit.trim_start_matches(['万', '亿'])
}

/// A region's headline in a set: its latest achievement, else its latest target.
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

/// A ratio rounded toward what the bounds allow: down when the larger figure is a lower bound (at
/// least), up when the smaller is (at most), "about" where a figure is approximate; one decimal. None when
/// both are lower bounds (the ratio could be anything).
pub fn ratio_text(hi: &Fact, lo: &Fact, t: &Strings) -> Option<(String, String)> {
    let bound = |f: &Fact| matches!(f.qualifier, Qualifier::MoreThan | Qualifier::AtLeast);
    let approx = |f: &Fact| f.qualifier == Qualifier::Approx;
    let about = |yes: bool| if yes { t.ratio_about } else { "" };
    let ratio = hi.base_value / lo.base_value;
    let (value, words) = match (bound(hi), bound(lo)) {
        (true, true) => return None,
        (true, false) => (
            (ratio * 10.0).floor() / 10.0,
            format!("{}{}", t.ratio_at_least, about(approx(lo))),
        ),
        (false, true) => (
            (ratio * 10.0).ceil() / 10.0,
            format!("{}{}", t.ratio_at_most, about(approx(hi))),
        ),
        (false, false) => (
            (ratio * 10.0).round() / 10.0,
            about(approx(hi) || approx(lo)).to_string(),
        ),
    };
    Some((trim_decimal(value, 1), words))
}

fn compare_takeaway(ds: &Dataset, c: &Comparison, t: &Strings) -> String {
    let label = |f: &Fact| {
        if c.multi_indicator() {
            ds.indicator(f.indicator).map_or("", |i| t.name(i.label_zh))
        } else {
            ""
        }
    };
    // A label between the place and its figure reads as one: 盐湖区（≥10万元）：所有 / Yanhu District
    // (≥ 100,000 yuan): 100%; without one, the figure follows the place.
    let label_part = |l: &str| {
        if l.is_empty() {
            t.take_no_label.to_string()
        } else {
            fill(t.take_label, &[l])
        }
    };
    let silent: Vec<&str> = c
        .slots
        .iter()
        .filter(|s| s.region.is_focus() && !s.reported())
        .map(|s| t.region(s.region))
        .collect();
    let mut inferred = false;
    let mut text = match c.sets.iter().find(|s| s.judgment.verdict != Verdict::NotComparable) {
        // A set two places share: each place's headline in it, and a ratio where one is honest.
        Some(set) => {
            let heads: Vec<&Fact> = set
                .regions()
                .into_iter()
                .filter(|r| r.is_focus())
                .filter_map(|region| {
                    let facts: Vec<&Fact> = set.facts.iter().copied().filter(|f| f.region == region).collect();
                    headline(&facts)
                })
                .collect();
            // Figures written in different units (亿斤 beside 万吨): a reader of a translation gets one
            // unit in the sentence, the normalised one (the chart and table keep the written form).
            let one_unit = !t.is_source && heads.windows(2).any(|w| unit_word(w[0]) != unit_word(w[1]));
            let mut parts = Vec::new();
            for f in &heads {
                inferred |= f.period_inferred;
                let figure = match one_unit {
                    true => t.paren(&t.normalised(f), &period(f, t)),
                    false => t.said(f, &period(f, t)),
                };
                parts.push(fill(t.take_head, &[t.region(f.region), &label_part(label(f)), &figure]));
            }
            let mut text = parts.join(t.list_sep);
            let sized = set.judgment.reasons.contains(&crate::model::Reason::SizeDependent);
            if let [a, b] = heads.as_slice() {
                let both = a.kind == Kind::Actual && b.kind == Kind::Actual;
                let unit = a.base_unit != crate::model::BaseUnit::Percent;
                if both && unit && !sized && a.base_value > 0.0 && b.base_value > 0.0 {
                    let (hi, lo) = if a.base_value >= b.base_value { (a, b) } else { (b, a) };
                    if hi.base_value / lo.base_value >= 1.2 {
                        if let Some((ratio, words)) = ratio_text(hi, lo, t) {
                            let how = format!(
                                "{}{}{} / {}",
                                // In one unit, the normalised one: 超20万吨 ÷ 8.8万吨, never ÷ 1.76亿斤.
                                fill(t.ratio_of, &[&t.normalised(hi), &t.normalised(lo)]),
                                t.clause_sep,
                                period(hi, t),
                                period(lo, t)
                            );
                            text.push_str(&fill(
                                t.take_ratio,
                                &[t.region(hi.region), &words, t.region(lo.region), &ratio, &how],
                            ));
                        }
                    }
                }
            }
            text
        }
        // Nothing two places share: each place's figures, with what they cover.
        None => {
            let items: Vec<String> = c
                .slots
                .iter()
                .filter(|s| s.region.is_focus())
                .flat_map(|s| headline(&s.facts))
                .map(|f| {
                    inferred |= f.period_inferred;
                    let scope = super::verdict::scope_text(&f.scope, t);
                    let label = ds.indicator(f.indicator).map_or("", |i| t.name(i.label_zh));
                    fill(
                        t.take_item,
                        &[
                            t.region(f.region),
                            &label_part(label),
                            &t.said(f, &{
                                // An undated level says it has no year: not twice.
                                let undated = f.period_kind == PeriodKind::Level && f.period == Period::Unknown;
                                // A scope that is the figure's own label (衔接资金 is both) is not said twice.
                                let mut aside: Vec<String> =
                                    (scope != label).then(|| scope.clone()).into_iter().collect();
                                aside.push(t.period_kinds.get(f.period_kind).to_string());
                                if !undated {
                                    aside.push(period(f, t));
                                }
                                aside.join(t.comma)
                            }),
                        ],
                    )
                })
                .collect();
            return finish(
                fill(t.take_side_by_side, &[t.name(c.group.zh), &items.join(t.clause_sep)]),
                &silent,
                inferred,
                t,
            );
        }
    };
    if !silent.is_empty() {
        text.push_str(&fill(t.take_silent, &[&silent.join(t.list_sep)]));
    }
    let mut out = fill(t.take_group, &[t.name(c.group.zh), &text]);
    if inferred {
        out.push_str(t.take_inferred);
    }
    out
}

/// A sentence ended, with the silent places and the inferred-year mark.
fn finish(mut text: String, silent: &[&str], inferred: bool, t: &Strings) -> String {
    if !silent.is_empty() {
        text.push_str(&fill(t.take_silent, &[&silent.join(t.list_sep)]));
    }
    text.push_str(t.sentence_end);
    if inferred {
        text.push_str(t.take_inferred);
    }
    text
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
    text.push_str(t.take_computed_shares);
    Some(text)
}

fn timeline_takeaway(ds: &Dataset, region: Region, series: &[Series], t: &Strings) -> Option<String> {
    // The series told: the first with an achievement.
    let first = series
        .iter()
        .find(|s| s.facts.iter().any(|f| f.kind == Kind::Actual))
        .or(series.first())?;
    let mut inferred = false;
    let mut lines: Vec<String> = series
        .iter()
        .filter_map(|s| {
            let p = s.progress.iter().max_by_key(|p| p.target.period.sort_key())?;
            inferred |= p.actual.period_inferred || p.target.period_inferred;
            Some(fill(
                t.take_progress,
                &[
                    t.name(s.indicator.zh),
                    &period(p.actual, t),
                    &t.written(p.actual),
                    &period(p.target, t),
                    &t.written(p.target),
                    &trim_decimal(p.share * 100.0, 0),
                ],
            ))
        })
        .collect();
    if lines.is_empty() {
        // No progress to state: the series itself, period by period.
        let path: Vec<String> = first
            .facts
            .iter()
            .map(|f| {
                inferred |= f.period_inferred;
                format!("{} {}", period(f, t), t.written(f))
            })
            .collect();
        lines.push(format!(
            "{}{}{}",
            t.name(first.indicator.zh),
            t.label_sep,
            path.join(" → ")
        ));
    }
    // Targets of another scope or kind of period than the achievements: no progress, but both readings.
    let all = timeline(ds, region);
    for u in unmeasured(&all)
        .into_iter()
        .filter(|u| u.target.indicator == first.indicator.id)
    {
        lines.push(unmeasured_text(ds, &u, t));
    }
    let mut out = fill(t.take_region, &[t.region(region), &lines.join(t.clause_sep)]);
    if inferred {
        out.push_str(t.take_inferred);
    }
    Some(out)
}

/// Why a target's progress is not computed, with the two readings the articles allow (each computed).
pub fn unmeasured_text(ds: &Dataset, u: &crate::model::Unmeasured, t: &Strings) -> String {
    let unit = |v: f64| t.amount(v, u.target.base_unit);
    let count = |v: f64| {
        if u.target.base_unit == crate::model::BaseUnit::Count {
            format!(
                "{}{}",
                t.number(v),
                if t.is_source {
                    u.target.unit.trim_start_matches('万')
                } else {
                    ""
                }
            )
        } else {
            unit(v)
        }
    };
    let pct = |share: f64| trim_decimal(share * 100.0, 0);
    let mut facts = u.actuals.clone();
    facts.push(u.target);
    // Only what keeps the target and the achievements apart (their caveats are on the chart).
    let mut judgment = crate::model::judge(ds, &facts, crate::model::Across::Time);
    judgment.reasons.retain(crate::model::Reason::excludes);
    let why = super::verdict::reasons_text(ds, &judgment, t);
    let sum: f64 = u.actuals.iter().map(|f| f.base_value).sum();
    let latest = u.actuals.last().map_or(0.0, |f| f.base_value);
    let readings = match (u.as_batches, u.as_total) {
        (Some(b), Some(l)) => fill(t.readings, &[&count(sum), &pct(b), &count(latest), &pct(l)]),
        _ => String::new(),
    };
    fill(
        t.take_unmeasured,
        &[
            t.name(ds.indicator(u.target.indicator).map_or(u.target.indicator, |i| i.zh)),
            &format!("{} {}", period(u.target, t), t.written(u.target)),
            &why,
            &readings,
        ],
    )
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
    // What the compare view can only show side by side, and why (its first reason).
    let apart: Vec<String> = comparable_groups(ds)
        .into_iter()
        .filter(|o| o.verdict == Verdict::NotComparable)
        .map(|o| t.name(o.group.zh).to_string())
        .collect();
    if !apart.is_empty() {
        text.push_str(&fill(
            t.take_not_comparable,
            &[&apart.len().to_string(), &apart.join(t.list_sep)],
        ));
    }
    fill(t.take_coverage_end, &[&text])
}
