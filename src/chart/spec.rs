//! What a chart shows, as plain data derived from the model: no sizes, no pixels.
//! A figure is a header and one or more panels (bar charts or the coverage matrix).

use crate::model::units::{format_cn, format_number_cn, normalise};
use crate::model::{
    BaseUnit, Breakdown, Comparison, Composition, Coverage, Dataset, Fact, Kind, Profile, Qualifier, Region, Series,
};

#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    pub title: String,
    pub subtitle: String,
    /// Draw the bar reading key (实绩, 目标, 余/以上, 约, 未报道).
    pub bar_legend: bool,
    pub panels: Vec<Panel>,
    /// Caveats from the catalogue and the facts, shown with the chart.
    pub notes: Vec<String>,
    /// One paragraph for screen readers (the canvas's aria-label).
    pub summary: String,
    /// The articles behind the figure, drawn at its foot so an exported picture keeps its source.
    pub source_line: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Panel {
    pub title: Option<String>,
    /// A short line under the title (progress toward a target, a caveat).
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
    pub rows: Vec<Region>,
    pub columns: Vec<(&'static str, String)>,
    pub counts: Vec<Vec<usize>>,
}

/// Text shown for a region with no figure.
pub const NOT_REPORTED: &str = "未报道";

/// How a comparison is labelled.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct CompareOptions {
    /// Lead with the normalised value (8.8万吨) instead of the written one (1.76亿斤).
    pub normalised: bool,
}

pub fn unit_label(unit: BaseUnit) -> String {
    match unit {
        BaseUnit::Count => "个数".to_string(),
        other => other.symbol().to_string(),
    }
}

/// The normalised value, when the written unit is not just 万/亿 of the axis unit (斤 vs 吨).
pub fn converted(fact: &Fact) -> Option<String> {
    let same_word = fact.unit.trim_start_matches(['万', '亿']) == fact.base_unit.symbol();
    let is_count = normalise(fact.unit).is_some_and(|(u, _)| u == BaseUnit::Count);
    (!same_word && !is_count && !fact.unit.is_empty()).then(|| format_cn(fact.base_value, fact.base_unit))
}

/// The normalised value as a label: counts keep their classifier ("1.1万户").
pub fn normalised_label(fact: &Fact) -> String {
    match fact.base_unit {
        BaseUnit::Count => format!(
            "{}{}",
            format_number_cn(fact.base_value),
            fact.unit.trim_start_matches('万')
        ),
        unit => format_cn(fact.base_value, unit),
    }
}

/// The conversion written out: "1.76亿斤 → 8.8万吨（1亿斤 = 5万吨）".
pub fn conversion_line(fact: &Fact) -> Option<String> {
    let converted = converted(fact)?;
    let (base, factor) = normalise(fact.unit)?;
    Some(format!(
        "{} → {converted}（1{} = {}）",
        fact.written,
        fact.unit,
        format_cn(factor, base)
    ))
}

fn period_text(fact: &Fact) -> String {
    let mut period = fact.period.zh();
    if fact.period_inferred {
        period.push('*');
    }
    if fact.kind == Kind::Target {
        period.push_str(" 目标");
    }
    period
}

fn bar(fact: &'static Fact, ds: &Dataset, caption_indicator: bool, opts: CompareOptions) -> BarSpec {
    let mut caption = Vec::new();
    if caption_indicator {
        if let Some(ind) = ds.indicator(fact.indicator) {
            caption.push(ind.label_zh.to_string());
        }
    }
    caption.push(period_text(fact));
    let (label, sublabel) = if opts.normalised {
        let norm = normalised_label(fact);
        let sub = (norm != fact.written).then(|| format!("原文 {}", fact.written));
        (norm, sub)
    } else {
        (fact.written.to_string(), converted(fact).map(|c| format!("={c}")))
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

fn region_label(region: Region) -> String {
    if region.is_focus() {
        region.zh().to_string()
    } else {
        format!("{}（参照）", region.zh())
    }
}

fn subtitle(unit: &str, mut facts: impl Iterator<Item = &'static Fact>) -> String {
    let mut text = format!("柱高按统一单位（{unit}）折算");
    if facts.any(|f| f.period_inferred) {
        text.push_str("；* 年份据文意推定");
    }
    text
}

fn describe(clusters: &[ClusterSpec]) -> String {
    clusters
        .iter()
        .map(|cl| {
            if cl.bars.is_empty() {
                format!("{}：{NOT_REPORTED}", cl.label)
            } else {
                let parts: Vec<String> = cl
                    .bars
                    .iter()
                    .map(|b| format!("{} {}", b.caption.join(" "), b.label))
                    .collect();
                format!("{}：{}", cl.label, parts.join("，"))
            }
        })
        .collect::<Vec<_>>()
        .join("；")
}

/// "来源：《A》《B》（千万工程 三地对比）", from the articles of the charted facts, in file order.
pub fn source_line<'a>(ds: &Dataset, facts: impl Iterator<Item = &'a Fact>) -> String {
    let mut seeds: Vec<&str> = facts.map(|f| f.seed).collect();
    seeds.sort_unstable();
    seeds.dedup();
    let titles: String = seeds
        .iter()
        .map(|s| format!("《{}》", ds.source(s).map_or(*s, |src| src.title)))
        .collect();
    if titles.is_empty() {
        "来源：五篇新闻报道均未报道（千万工程 三地对比）".to_string()
    } else {
        format!("来源：{titles}（千万工程 三地对比）")
    }
}

fn fact_notes(facts: impl Iterator<Item = &'static Fact>) -> Vec<String> {
    let mut notes: Vec<String> = facts
        .filter_map(|f| f.note.map(|n| format!("{}：{}（{}）", f.region.zh(), n, f.written)))
        .collect();
    notes.dedup();
    notes
}

/// The grouped-bar comparison of one indicator group; `hidden` regions are left out.
pub fn compare_figure(c: &Comparison, ds: &Dataset, opts: CompareOptions, hidden: &[Region]) -> Figure {
    let multi = c.multi_indicator();
    let clusters: Vec<ClusterSpec> = c
        .slots
        .iter()
        .filter(|slot| !hidden.contains(&slot.region))
        .map(|slot| ClusterSpec {
            label: region_label(slot.region),
            chip: Some(slot.region),
            context: !slot.region.is_focus(),
            region: Some(slot.region),
            bars: slot.facts.iter().map(|f| bar(f, ds, multi, opts)).collect(),
        })
        .collect();
    let unit = unit_label(c.base_unit);
    let mut notes: Vec<String> = c.group.note_zh.map(str::to_string).into_iter().collect();
    if c.group.composition == Some(Composition::Thresholds) {
        notes.extend(fact_notes(c.facts()));
    }
    Figure {
        title: c.group.zh.to_string(),
        subtitle: format!(
            "{}；柱上为{}",
            subtitle(&unit, c.facts()),
            if opts.normalised {
                "统一单位数值，其下为原文写法"
            } else {
                "原文写法"
            }
        ),
        bar_legend: true,
        summary: format!("{}对比。{}。", c.group.zh, describe(&clusters)),
        source_line: source_line(ds, c.facts()),
        panels: vec![Panel {
            title: None,
            note: None,
            body: Body::Bars(BarPanel {
                unit: c.base_unit,
                unit_label: unit,
                clusters,
            }),
        }],
        notes,
    }
}

/// Parts of a whole as stacked bars, and threshold bands side by side, region by region.
pub fn composition_figure(breakdowns: &[Breakdown], ds: &Dataset, hidden: &[Region]) -> Figure {
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
                        Composition::Parts => vec![stack(r, ds)],
                        Composition::Thresholds => r
                            .parts
                            .iter()
                            .map(|f| bar(f, ds, true, CompareOptions::default()))
                            .collect(),
                    };
                    ClusterSpec {
                        label: region_label(r.region),
                        chip: Some(r.region),
                        context: !r.region.is_focus(),
                        region: Some(r.region),
                        bars,
                    }
                })
                .collect();
            notes.extend(b.group.note_zh.map(|n| format!("{}：{n}", b.group.zh)));
            if b.composition == Composition::Thresholds {
                notes.extend(fact_notes(b.regions.iter().flat_map(|r| r.parts.iter().copied())));
            }
            summary.push(format!("{}：{}", b.group.zh, describe(&clusters)));
            Panel {
                title: Some(format!(
                    "{}（{}）",
                    b.group.zh,
                    match b.composition {
                        Composition::Parts => "各部分堆叠为整体",
                        Composition::Thresholds => "按门槛分档，各档不可相加",
                    }
                )),
                note: None,
                body: Body::Bars(BarPanel {
                    unit,
                    unit_label: unit_label(unit),
                    clusters,
                }),
            }
        })
        .collect();
    Figure {
        title: "构成".to_string(),
        subtitle: "整体由哪些部分组成；分档数字按原文并列，重叠情况见说明".to_string(),
        bar_legend: true,
        panels,
        notes,
        summary: format!("构成。{}。", summary.join("；")),
        source_line: source_line(
            ds,
            breakdowns
                .iter()
                .flat_map(|b| b.regions.iter().flat_map(|r| r.parts.iter().copied())),
        ),
    }
}

fn stack(r: &crate::model::RegionParts, ds: &Dataset) -> BarSpec {
    let segments = r
        .parts
        .iter()
        .map(|f| Segment {
            fact_id: f.id,
            value: f.base_value,
            label: format!(
                "{} {}",
                ds.indicator(f.indicator).map_or(f.indicator, |i| i.label_zh),
                f.written
            ),
        })
        .collect();
    let sum = r.sum();
    let (label, caption) = match r.total {
        Some(total) => (format!("合计 {}", total.written), vec![period_text(total)]),
        None => (
            format!("各项之和 {}", format_cn(sum, r.parts[0].base_unit)),
            vec![period_text(r.parts[0])],
        ),
    };
    BarSpec {
        fact_id: r.total.map(|t| t.id),
        region: r.region,
        value: sum,
        label,
        sublabel: r
            .total
            .map(|_| format!("各项之和 {}", format_cn(sum, r.parts[0].base_unit))),
        caption,
        qualifier: r.total.map_or(Qualifier::Exact, |t| t.qualifier),
        kind: r.parts[0].kind,
        segments,
    }
}

/// One panel per indicator a region reports in more than one period; achievements solid, targets hatched.
pub fn timeline_figure(region: Region, series: &[Series], ds: &Dataset) -> Figure {
    let panels = series
        .iter()
        .map(|s| {
            let mut clusters: Vec<ClusterSpec> = Vec::new();
            for f in &s.facts {
                let label = f.period.zh();
                let b = bar(f, ds, false, CompareOptions::default());
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
                    b.caption = vec![if b.kind == Kind::Target { "目标" } else { "实绩" }.to_string()];
                }
            }
            let note = s
                .progress
                .iter()
                .map(|p| {
                    format!(
                        "{}实绩{}为{}目标{}的{:.0}%",
                        p.actual.period.zh(),
                        p.actual.written,
                        p.target.period.zh(),
                        p.target.written,
                        p.share * 100.0
                    )
                })
                .collect::<Vec<_>>()
                .join("；");
            Panel {
                title: Some(s.indicator.zh.to_string()),
                note: (!note.is_empty()).then_some(format!("进度：{note}")),
                body: Body::Bars(BarPanel {
                    unit: s.indicator.base_unit,
                    unit_label: unit_label(s.indicator.base_unit),
                    clusters,
                }),
            }
        })
        .collect::<Vec<_>>();
    let summary = panels
        .iter()
        .filter_map(|p| match &p.body {
            Body::Bars(b) => Some(format!(
                "{}：{}",
                p.title.clone().unwrap_or_default(),
                describe(&b.clusters)
            )),
            Body::Matrix(_) => None,
        })
        .collect::<Vec<_>>()
        .join("；");
    let mut notes = Vec::new();
    if series.iter().any(|s| !s.progress.is_empty()) {
        notes.push("进度 = 目标期内最近一期实绩 ÷ 目标；文章未说明各年数字是否累加时，按单年数计。".to_string());
    }
    Figure {
        title: format!("{} 历年变化与目标", region.zh()),
        subtitle: "实心 = 实绩，斜线虚框 = 目标/计划；* 年份据文意推定".to_string(),
        bar_legend: true,
        panels,
        notes,
        summary: format!("{}历年变化。{summary}。", region.zh()),
        source_line: source_line(ds, series.iter().flat_map(|s| s.facts.iter().copied())),
    }
}

/// Small multiples of a region's indicator groups.
pub fn profile_figure(p: &Profile, ds: &Dataset) -> Figure {
    let panels = p
        .groups
        .iter()
        .map(|(group, facts)| {
            let multi = facts.iter().any(|f| f.indicator != facts[0].indicator);
            let clusters = facts
                .iter()
                .map(|f| {
                    let b = bar(f, ds, multi, CompareOptions::default());
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
            Panel {
                title: Some(group.zh.to_string()),
                note: None,
                body: Body::Bars(BarPanel {
                    unit,
                    unit_label: unit_label(unit),
                    clusters,
                }),
            }
        })
        .collect::<Vec<_>>();
    Figure {
        title: format!("{} 指标一览", p.region.zh()),
        subtitle: format!("{} 项数字；下为有两项及以上全区数字的指标组", p.facts.len()),
        bar_legend: true,
        summary: format!("{}的{}组指标小图。", p.region.zh(), panels.len()),
        source_line: source_line(ds, p.groups.iter().flat_map(|(_, f)| f.iter().copied())),
        panels,
        notes: Vec::new(),
    }
}

/// Regions × categories: how many figures the articles give, so one sees what can be compared.
pub fn coverage_figure(c: &Coverage, ds: &Dataset) -> Figure {
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
                .map(|(cat, n)| format!("{}{}", cat.zh, n))
                .collect();
            format!("{}：{}", r.zh(), cells.join("，"))
        })
        .collect::<Vec<_>>()
        .join("；");
    Figure {
        title: "报道覆盖矩阵".to_string(),
        subtitle: format!("每格为文章报道的数字条数（共 {total} 条）；空格 = 未报道；点击格子查看数字"),
        bar_legend: false,
        panels: vec![Panel {
            title: None,
            note: None,
            body: Body::Matrix(MatrixPanel {
                rows: c.regions.clone(),
                columns: c.categories.iter().map(|cat| (cat.id, cat.zh.to_string())).collect(),
                counts: c.counts.clone(),
            }),
        }],
        notes: Vec::new(),
        summary: format!("报道覆盖矩阵。{summary}。"),
        source_line: source_line(ds, ds.facts.iter()),
    }
}

/// The chart of a presentation slide.
pub fn slide_figure(slide: &crate::model::story::Slide, ds: &Dataset) -> Option<Figure> {
    use crate::model::story::{slide_series, SlideChart};
    Some(match slide.chart {
        SlideChart::Compare(group) => compare_figure(
            &crate::model::compare(ds, group).ok()?,
            ds,
            CompareOptions::default(),
            &[],
        ),
        SlideChart::Composition => {
            let parts: Vec<Breakdown> = crate::model::breakdowns(ds)
                .into_iter()
                .filter(|b| b.composition == Composition::Parts)
                .collect();
            composition_figure(&parts, ds, &[])
        }
        SlideChart::Timeline(region) => timeline_figure(region, &slide_series(ds, region), ds),
        SlideChart::Coverage => coverage_figure(&crate::model::coverage(ds), ds),
    })
}
