//! What a chart shows, as plain data derived from the model: no sizes, no pixels.
//! A figure is a header and one or more panels (bar charts or the coverage matrix).

use crate::i18n::{fill, Lang, Strings};
use crate::model::units::normalise;
use crate::model::{
    unmeasured, BaseUnit, Breakdown, Comparison, Composition, Coverage, Dataset, Fact, Kind, Profile, Qualifier,
    Region, Scope, Series,
};
use crate::narrative::verdict::{scope_text, verdict_line};

#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    /// The language of every text below (the canvas legend follows it too).
    pub lang: Lang,
    pub title: String,
    pub subtitle: String,
    /// Whether what the figure sets side by side can be compared, and why: drawn under the subtitle, so a
    /// picture pasted into a report carries it.
    pub verdict: Option<String>,
    /// Draw the bar reading key (实绩, 目标, 余/以上, 约, 未报道).
    pub bar_legend: bool,
    pub panels: Vec<Panel>,
    /// Caveats from the catalogue and the facts (口径说明), drawn at the figure's foot and listed beside it.
    pub notes: Vec<String>,
    /// One paragraph for screen readers (the canvas's aria-label).
    pub summary: String,
    /// The articles behind the figure, drawn at its foot so an exported picture keeps its source.
    pub source_line: String,
}

impl Figure {
    /// The figure in words, for an exported file's description: the screen-reader summary, whether it
    /// compares (the verdict) and the source line — what a picture pasted without its page still needs.
    pub fn description(&self) -> String {
        let mut parts = vec![self.summary.as_str()];
        parts.extend(self.verdict.as_deref());
        parts.push(self.source_line.as_str());
        parts.join("\n")
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Panel {
    pub title: Option<String>,
    /// Whether the panel's figures compare across places, and why (a figure of several panels).
    pub verdict: Option<String>,
    /// A short line under it (progress toward a target).
    pub note: Option<String>,
    pub body: Body,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Body {
    Bars(BarPanel),
    Matrix(MatrixPanel),
}

#[derive(Debug, Clone, PartialEq)]
pub struct BarPanel {
    pub unit: BaseUnit,
    /// The axis title, e.g. "吨" or "个数".
    pub unit_label: String,
    pub clusters: Vec<ClusterSpec>,
}

/// A group of bars under one label (a region, or a period); no bars means 未报道.
#[derive(Debug, Clone, PartialEq)]
pub struct ClusterSpec {
    pub label: String,
    /// The region whose colour chip stands beside the label.
    pub chip: Option<Region>,
    /// Context (长治市, 微子镇) rather than one of the three compared regions: drawn after a divider.
    pub context: bool,
    /// The region an empty cluster stands for (its 未报道 placeholder is a mark too).
    pub region: Option<Region>,
    pub bars: Vec<BarSpec>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct BarSpec {
    /// The fact behind the bar (for a stack: the total, if the article gives one).
    pub fact_id: Option<&'static str>,
    pub region: Region,
    /// Height in the base unit (for a stack: the sum of its segments).
    pub value: f64,
    /// The main label above the bar: the number as written, or normalised.
    pub label: String,
    /// A second, smaller label: the other form of the number, where it differs.
    pub sublabel: Option<String>,
    /// Lines under the bar: the indicator (in multi-indicator groups) and the period.
    pub caption: Vec<String>,
    pub qualifier: Qualifier,
    pub kind: Kind,
    /// Parts stacked bottom-up (composition); empty for a plain bar.
    pub segments: Vec<Segment>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Segment {
    pub fact_id: &'static str,
    pub value: f64,
    /// "财政 10.2亿元"
    pub label: String,
}

/// Regions × categories, each cell the number of figures.
#[derive(Debug, Clone, PartialEq)]
pub struct MatrixPanel {
    pub rows: Vec<(Region, String)>,
    pub columns: Vec<(&'static str, String)>,
    pub counts: Vec<Vec<usize>>,
}

/// How a comparison is labelled.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct CompareOptions {
    /// Lead with the normalised value (8.8万吨) instead of the written one (1.76亿斤).
    pub normalised: bool,
}

pub fn unit_label(unit: BaseUnit, t: &Strings) -> String {
    t.axis(unit).to_string()
}

/// The normalised value, when the written unit is not just 万/亿 of the axis unit (斤 vs 吨).
pub fn converted(fact: &Fact, t: &Strings) -> Option<String> {
    let same_word = fact.unit.trim_start_matches(['万', '亿']) == fact.base_unit.symbol();
    let is_count = normalise(fact.unit).is_some_and(|(u, _)| u == BaseUnit::Count);
    (!same_word && !is_count && !fact.unit.is_empty()).then(|| t.amount(fact.base_value, fact.base_unit))
}

/// The conversion written out: "1.76亿斤 → 8.8万吨（1亿斤 = 5万吨）".
pub fn conversion_line(fact: &Fact, t: &Strings) -> Option<String> {
    let converted = converted(fact, t)?;
    let (base, factor) = normalise(fact.unit)?;
    let one = Fact {
        value: 1.0,
        qualifier: Qualifier::Exact,
        written: fact.unit,
        ..fact.clone()
    };
    let unit = if t.is_source {
        format!("1{}", fact.unit)
    } else {
        t.written(&one)
    };
    Some(fill(
        t.conversion,
        &[&t.written(fact), &converted, &unit, &t.amount(factor, base)],
    ))
}

fn period_text(fact: &Fact, t: &Strings) -> String {
    let mut period = t.period(fact.period);
    if fact.period_inferred {
        period.push('*');
    }
    if fact.kind == Kind::Target {
        period = fill(t.target_period, &[&period]);
    }
    period
}

fn bar(fact: &'static Fact, ds: &Dataset, caption_indicator: bool, opts: CompareOptions, t: &Strings) -> BarSpec {
    let mut caption = Vec::new();
    if caption_indicator {
        if let Some(ind) = ds.indicator(fact.indicator) {
            caption.push(t.name(ind.label_zh).to_string());
        }
    }
    caption.push(period_text(fact, t));
    let written = t.written(fact);
    let (label, sublabel) = if opts.normalised {
        let norm = t.normalised(fact);
        let sub = (norm != written).then(|| fill(t.written_prefix, &[&written]));
        (norm, sub)
    } else {
        let sub = converted(fact, t).map(|c| format!("={c}"));
        (written, sub)
    };
    BarSpec {
        fact_id: Some(fact.id),
        region: fact.region,
        value: fact.base_value,
        label,
        sublabel,
        caption,
        qualifier: fact.qualifier,
        kind: fact.kind,
        segments: Vec::new(),
    }
}

fn region_label(region: Region, t: &Strings) -> String {
    if region.is_focus() {
        t.region(region).to_string()
    } else {
        fill(t.context_region, &[t.region(region)])
    }
}

fn subtitle(unit: &str, mut facts: impl Iterator<Item = &'static Fact>, t: &Strings) -> String {
    let mut text = fill(t.bar_height, &[unit]);
    if facts.any(|f| f.period_inferred) {
        text.push_str(t.inferred_key);
    }
    text
}

/// The figure in words, for the canvas's aria-label.
fn describe(clusters: &[ClusterSpec], t: &Strings) -> String {
    clusters
        .iter()
        .map(|cl| {
            if cl.bars.is_empty() {
                format!("{}{}{}", cl.label, t.label_sep, t.not_reported)
            } else {
                let parts: Vec<String> = cl
                    .bars
                    .iter()
                    .map(|b| format!("{} {}", b.caption.join(" "), b.label))
                    .collect();
                format!("{}{}{}", cl.label, t.label_sep, parts.join(t.list_sep))
            }
        })
        .collect::<Vec<_>>()
        .join(t.clause_sep)
}

/// "来源：《A》《B》（千万工程 三地对比）", from the articles of the charted facts (each figure cites the
/// article it stands in), in file order. Titles stay in Chinese: they name the source.
pub fn source_line<'a>(ds: &Dataset, facts: impl Iterator<Item = &'a Fact>, t: &Strings) -> String {
    let mut articles: Vec<&str> = facts.map(|f| f.article).collect();
    crate::model::order::sort_by_key(&mut articles, |s| *s);
    articles.dedup();
    let titles: String = articles
        .iter()
        .map(|a| format!("《{}》", ds.source(a).map_or(*a, |src| src.title)))
        .collect();
    if titles.is_empty() {
        t.source_none.to_string()
    } else {
        fill(t.source_line, &[&titles])
    }
}

/// What the reader's language does not know of the units these figures are written in (jin, mu for an
/// English reader), as one note; none in Chinese.
fn unit_notes(facts: &mut dyn Iterator<Item = &Fact>, t: &Strings) -> Option<String> {
    let units: Vec<&str> = facts.map(|f| f.unit).collect();
    let known: Vec<&str> = t
        .unit_glossary
        .iter()
        .filter(|(unit, _)| units.iter().any(|u| u.ends_with(unit)))
        .map(|(_, text)| *text)
        .collect();
    (!known.is_empty()).then(|| fill(t.units_note, &[&known.join(t.clause_sep)]))
}

fn fact_notes(facts: impl Iterator<Item = &'static Fact>, t: &Strings) -> Vec<String> {
    let mut notes: Vec<String> = facts
        .filter_map(|f| {
            let note = f.note?;
            Some(format!(
                "{}{}{}",
                t.region(f.region),
                t.label_sep,
                t.paren(t.name(note), &t.written(f))
            ))
        })
        .collect();
    notes.dedup();
    notes
}

/// A panel's title: its measure, and what its figures cover where that is not the whole region or a year
/// (the basis they share: a set across places, a series over time).
fn basis_title(indicator_zh: &'static str, first: Option<&Fact>, t: &Strings) -> String {
    let mut title = t.name(indicator_zh).to_string();
    let mut aside = Vec::new();
    if let Some(f) = first {
        if !matches!(f.scope, Scope::Region) {
            aside.push(scope_text(&f.scope, t));
        }
        if f.period_kind != crate::model::PeriodKind::Year {
            aside.push(t.period_kinds.get(f.period_kind).to_string());
        }
    }
    if !aside.is_empty() {
        title = t.paren(&title, &aside.join(t.list_sep));
    }
    title
}

/// The grouped-bar comparison of one indicator group; `hidden` regions are left out. Figures share a value
/// axis only within a set (one measure, scope and kind of period); a group of several sets gets a panel
/// per set, each with its own scale and verdict, the sets two places share first.
pub fn compare_figure(c: &Comparison, ds: &Dataset, opts: CompareOptions, hidden: &[Region], lang: Lang) -> Figure {
    let t = lang.t();
    let unit = unit_label(c.base_unit, t);
    // Focus regions the whole group is silent on: their 未报道 slot stands in the first panel.
    let silent: Vec<Region> = c
        .slots
        .iter()
        .filter(|s| !s.reported() && !hidden.contains(&s.region))
        .map(|s| s.region)
        .collect();
    let single = c.sets.len() <= 1;
    let mut panels: Vec<Panel> = Vec::new();
    let mut all_clusters: Vec<ClusterSpec> = Vec::new();
    for (i, set) in c.sets.iter().enumerate() {
        let multi = single && c.multi_indicator();
        let mut clusters: Vec<ClusterSpec> = set
            .regions()
            .into_iter()
            .filter(|r| !hidden.contains(r))
            .map(|region| ClusterSpec {
                label: region_label(region, t),
                chip: Some(region),
                context: !region.is_focus(),
                region: Some(region),
                bars: set
                    .facts
                    .iter()
                    .filter(|f| f.region == region)
                    .map(|f| bar(f, ds, multi, opts, t))
                    .collect(),
            })
            .collect();
        if i == 0 {
            for region in &silent {
                clusters.push(ClusterSpec {
                    label: region_label(*region, t),
                    chip: Some(*region),
                    context: !region.is_focus(),
                    region: Some(*region),
                    bars: Vec::new(),
                });
            }
            // Regions in their order: the focus ones first, context after the divider.
            crate::model::order::sort_by_key(&mut clusters, |cl| cl.region);
        }
        all_clusters.extend(clusters.iter().cloned());
        panels.push(Panel {
            title: (!single).then(|| basis_title(set.indicator.zh, set.facts.first().copied(), t)),
            verdict: (!single).then(|| verdict_line(ds, &set.judgment, t)),
            note: None,
            body: Body::Bars(BarPanel {
                unit: c.base_unit,
                unit_label: unit.clone(),
                clusters,
            }),
        });
    }
    if panels.is_empty() {
        // A group nobody reports: every focus region's empty slot.
        panels.push(Panel {
            title: None,
            verdict: None,
            note: None,
            body: Body::Bars(BarPanel {
                unit: c.base_unit,
                unit_label: unit.clone(),
                clusters: silent
                    .iter()
                    .map(|r| ClusterSpec {
                        label: region_label(*r, t),
                        chip: Some(*r),
                        context: !r.is_focus(),
                        region: Some(*r),
                        bars: Vec::new(),
                    })
                    .collect(),
            }),
        });
    }
    let mut notes: Vec<String> = c.group.note_zh.map(|n| t.name(n).to_string()).into_iter().collect();
    if c.group.composition == Some(Composition::Thresholds) {
        notes.extend(fact_notes(c.facts(), t));
    }
    notes.extend(unit_notes(&mut c.facts(), t));
    let name = t.name(c.group.zh);
    let labels = if opts.normalised {
        t.labels_normalised
    } else {
        t.labels_written
    };
    // One set: its verdict. Several: that they never share a scale; each panel states its own.
    let verdict = if single {
        verdict_line(ds, &c.judgment, t)
    } else {
        let name = if c.partial() {
            t.partly_comparable
        } else {
            t.verdicts.get(c.judgment.verdict)
        };
        fill(t.verdict_panels, &[name, &c.sets.len().to_string()])
    };
    Figure {
        lang,
        title: name.to_string(),
        subtitle: fill(t.compare_subtitle, &[&subtitle(&unit, c.facts(), t), labels]),
        verdict: Some(verdict),
        bar_legend: true,
        summary: fill(t.compare_summary, &[name, &describe(&all_clusters, t)]),
        source_line: source_line(ds, c.facts(), t),
        panels,
        notes,
    }
}

/// Parts of a whole as stacked bars, and threshold bands side by side, region by region.
pub fn composition_figure(breakdowns: &[Breakdown], ds: &Dataset, hidden: &[Region], lang: Lang) -> Figure {
    let t = lang.t();
    let mut notes = Vec::new();
    let mut summary = Vec::new();
    let panels = breakdowns
        .iter()
        .map(|b| {
            let unit = b
                .regions
                .iter()
                .flat_map(|r| r.parts.first())
                .map(|f| f.base_unit)
                .next();
            let unit = unit.unwrap_or(BaseUnit::Count);
            let clusters: Vec<ClusterSpec> = b
                .regions
                .iter()
                .filter(|r| !hidden.contains(&r.region))
                .map(|r| {
                    let bars = match b.composition {
                        _ if r.parts.is_empty() => Vec::new(),
                        Composition::Parts => vec![stack(r, ds, t)],
                        Composition::Thresholds => r
                            .parts
                            .iter()
                            .map(|f| bar(f, ds, true, CompareOptions::default(), t))
                            .collect(),
                    };
                    ClusterSpec {
                        label: region_label(r.region, t),
                        chip: Some(r.region),
                        context: !r.region.is_focus(),
                        region: Some(r.region),
                        bars,
                    }
                })
                .collect();
            let name = t.name(b.group.zh);
            notes.extend(b.group.note_zh.map(|n| format!("{name}{}{}", t.label_sep, t.name(n))));
            if b.composition == Composition::Thresholds {
                notes.extend(fact_notes(b.regions.iter().flat_map(|r| r.parts.iter().copied()), t));
            }
            summary.push(format!("{name}{}{}", t.label_sep, describe(&clusters, t)));
            let how = match b.composition {
                Composition::Parts => t.stacked,
                Composition::Thresholds => t.bands,
            };
            let mut verdict = verdict_line(ds, &b.judgment, t);
            if b.partial {
                verdict.push_str(t.partial_note);
            }
            Panel {
                title: Some(t.paren(name, how)),
                verdict: Some(verdict),
                note: None,
                body: Body::Bars(BarPanel {
                    unit,
                    unit_label: unit_label(unit, t),
                    clusters,
                }),
            }
        })
        .collect();
    Figure {
        lang,
        title: t.composition_title.to_string(),
        subtitle: t.composition_subtitle.to_string(),
        verdict: None,
        bar_legend: true,
        panels,
        notes,
        summary: fill(t.composition_summary, &[&summary.join(t.clause_sep)]),
        source_line: source_line(
            ds,
            breakdowns
                .iter()
                .flat_map(|b| b.regions.iter().flat_map(|r| r.parts.iter().copied())),
            t,
        ),
    }
}

fn stack(r: &crate::model::RegionParts, ds: &Dataset, t: &Strings) -> BarSpec {
    let segments = r
        .parts
        .iter()
        .map(|f| Segment {
            fact_id: f.id,
            value: f.base_value,
            label: format!(
                "{} {}",
                t.name(ds.indicator(f.indicator).map_or(f.indicator, |i| i.label_zh)),
                t.written(f)
            ),
        })
        .collect();
    let sum = r.sum();
    let sum_text = fill(t.sum_of_parts, &[&t.amount(sum, r.parts[0].base_unit)]);
    let (label, caption) = match r.total {
        Some(total) => (fill(t.total_of, &[&t.written(total)]), vec![period_text(total, t)]),
        None => (sum_text.clone(), vec![period_text(r.parts[0], t)]),
    };
    BarSpec {
        fact_id: r.total.map(|t| t.id),
        region: r.region,
        value: sum,
        label,
        sublabel: r.total.map(|_| sum_text),
        caption,
        qualifier: r.total.map_or(Qualifier::Exact, |t| t.qualifier),
        kind: r.parts[0].kind,
        segments,
    }
}

/// One panel per indicator a region reports in more than one period; achievements solid, targets hatched.
pub fn timeline_figure(region: Region, series: &[Series], ds: &Dataset, lang: Lang) -> Figure {
    let t = lang.t();
    let panels = series
        .iter()
        .map(|s| {
            let mut clusters: Vec<ClusterSpec> = Vec::new();
            for f in &s.facts {
                let label = t.period(f.period);
                let b = bar(f, ds, false, CompareOptions::default(), t);
                match clusters.last_mut() {
                    Some(last) if last.label == label => last.bars.push(b),
                    _ => clusters.push(ClusterSpec {
                        label,
                        chip: None,
                        context: false,
                        region: None,
                        bars: vec![b],
                    }),
                }
            }
            for cl in &mut clusters {
                for b in &mut cl.bars {
                    b.caption = vec![if b.kind == Kind::Target { t.target } else { t.actual }.to_string()];
                }
            }
            let note = s
                .progress
                .iter()
                .map(|p| {
                    fill(
                        t.progress_item,
                        &[
                            &t.period(p.actual.period),
                            &t.written(p.actual),
                            &t.period(p.target.period),
                            &t.written(p.target),
                            &format!("{:.0}", p.share * 100.0),
                        ],
                    )
                })
                .collect::<Vec<_>>()
                .join(t.clause_sep);
            Panel {
                title: Some(basis_title(s.indicator.zh, s.facts.first().copied(), t)),
                verdict: None,
                note: (!note.is_empty()).then(|| fill(t.progress, &[&note])),
                body: Body::Bars(BarPanel {
                    unit: s.indicator.base_unit,
                    unit_label: unit_label(s.indicator.base_unit, t),
                    clusters,
                }),
            }
        })
        .collect::<Vec<_>>();
    let summary = panels
        .iter()
        .filter_map(|p| match &p.body {
            Body::Bars(b) => Some(format!(
                "{}{}{}",
                p.title.clone().unwrap_or_default(),
                t.label_sep,
                describe(&b.clusters, t)
            )),
            Body::Matrix(_) => None,
        })
        .collect::<Vec<_>>()
        .join(t.clause_sep);
    let mut notes = Vec::new();
    if series.iter().any(|s| !s.progress.is_empty()) {
        notes.push(t.progress_note.to_string());
    }
    // Targets whose progress is not computed, and why (another scope or kind of period).
    notes.extend(
        unmeasured(series)
            .iter()
            .map(|u| crate::narrative::story::unmeasured_text(ds, u, t)),
    );
    notes.extend(unit_notes(&mut series.iter().flat_map(|s| s.facts.iter().copied()), t));
    let name = t.region(region);
    Figure {
        lang,
        title: fill(t.timeline_title, &[name]),
        subtitle: t.timeline_subtitle.to_string(),
        verdict: None,
        bar_legend: true,
        panels,
        notes,
        summary: fill(t.timeline_summary, &[name, &summary]),
        source_line: source_line(ds, series.iter().flat_map(|s| s.facts.iter().copied()), t),
    }
}

/// Small multiples of a region's indicator groups.
pub fn profile_figure(p: &Profile, ds: &Dataset, lang: Lang) -> Figure {
    let t = lang.t();
    let panels = p
        .groups
        .iter()
        .map(|(group, facts)| {
            // One measure on one basis per panel (the profile splits its groups so).
            let multi = facts.iter().any(|f| f.indicator != facts[0].indicator);
            let clusters = facts
                .iter()
                .map(|f| {
                    let b = bar(f, ds, multi, CompareOptions::default(), t);
                    ClusterSpec {
                        label: b.caption.join(" "),
                        chip: None,
                        context: false,
                        region: None,
                        bars: vec![BarSpec {
                            caption: Vec::new(),
                            ..b
                        }],
                    }
                })
                .collect();
            let unit = facts[0].base_unit;
            let indicator = ds.indicator(facts[0].indicator).map_or(group.zh, |i| i.zh);
            Panel {
                title: Some(basis_title(indicator, facts.first().copied(), t)),
                verdict: None,
                note: None,
                body: Body::Bars(BarPanel {
                    unit,
                    unit_label: unit_label(unit, t),
                    clusters,
                }),
            }
        })
        .collect::<Vec<_>>();
    let name = t.region(p.region);
    Figure {
        lang,
        title: fill(t.profile_title, &[name]),
        subtitle: fill(t.profile_subtitle, &[&p.facts.len().to_string()]),
        verdict: None,
        bar_legend: true,
        summary: fill(t.profile_summary, &[name, &panels.len().to_string()]),
        source_line: source_line(ds, p.groups.iter().flat_map(|(_, f)| f.iter().copied()), t),
        panels,
        notes: unit_notes(&mut p.groups.iter().flat_map(|(_, f)| f.iter().copied()), t)
            .into_iter()
            .collect(),
    }
}

/// Regions × categories: how many figures the articles give, so one sees what can be compared.
pub fn coverage_figure(c: &Coverage, ds: &Dataset, lang: Lang) -> Figure {
    let t = lang.t();
    let total: usize = c.counts.iter().flatten().sum();
    let summary = c
        .regions
        .iter()
        .zip(&c.counts)
        .map(|(r, row)| {
            let cells: Vec<String> = c
                .categories
                .iter()
                .zip(row)
                .map(|(cat, n)| format!("{} {n}", t.name(cat.zh)))
                .collect();
            format!("{}{}{}", t.region(*r), t.label_sep, cells.join(t.list_sep))
        })
        .collect::<Vec<_>>()
        .join(t.clause_sep);
    Figure {
        lang,
        title: t.coverage_title.to_string(),
        subtitle: fill(t.coverage_subtitle, &[&total.to_string()]),
        verdict: None,
        bar_legend: false,
        panels: vec![Panel {
            title: None,
            verdict: None,
            note: None,
            body: Body::Matrix(MatrixPanel {
                rows: c.regions.iter().map(|r| (*r, t.region(*r).to_string())).collect(),
                columns: c
                    .categories
                    .iter()
                    .map(|cat| (cat.id, t.name(cat.zh).to_string()))
                    .collect(),
                counts: c.counts.clone(),
            }),
        }],
        notes: Vec::new(),
        summary: fill(t.coverage_summary, &[&summary]),
        source_line: source_line(ds, ds.facts.iter(), t),
    }
}

/// The chart of a presentation slide.
pub fn slide_figure(slide: &crate::narrative::story::Slide, ds: &Dataset, lang: Lang) -> Option<Figure> {
    use crate::narrative::story::{slide_series, SlideChart};
    Some(match slide.chart {
        SlideChart::Compare(group) => compare_figure(
            &crate::model::compare(ds, group).ok()?,
            ds,
            CompareOptions::default(),
            &[],
            lang,
        ),
        SlideChart::Composition => {
            let parts: Vec<Breakdown> = crate::model::breakdowns(ds)
                .into_iter()
                .filter(|b| b.composition == Composition::Parts)
                .collect();
            composition_figure(&parts, ds, &[], lang)
        }
        SlideChart::Timeline(key) => {
            let region = ds.region(key)?;
            timeline_figure(region, &slide_series(ds, region), ds, lang)
        }
        SlideChart::Coverage => coverage_figure(&crate::model::coverage(ds), ds, lang),
    })
}
