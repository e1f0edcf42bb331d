//! What a chart shows, as plain data derived from a comparison: no sizes, no pixels.

use crate::model::units::{format_cn, normalise};
use crate::model::{BaseUnit, Comparison, Dataset, Fact, Kind, Qualifier, Region};

#[derive(Debug, Clone, PartialEq)]
pub struct ChartSpec {
    pub title: String,
    pub subtitle: String,
    pub unit: BaseUnit,
    /// The axis title, e.g. "吨" or "个数".
    pub unit_label: String,
    pub clusters: Vec<ClusterSpec>,
    /// The catalogue's caveat for this group, shown under the chart.
    pub note: Option<String>,
    /// One sentence for screen readers (the canvas's aria-label).
    pub summary: String,
}

/// One region: its bars, or none when the articles do not report it (drawn as 未报道).
#[derive(Debug, Clone, PartialEq)]
pub struct ClusterSpec {
    pub region: Region,
    pub label: String,
    /// Context (长治市, 微子镇) rather than one of the three compared regions.
    pub context: bool,
    pub bars: Vec<BarSpec>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct BarSpec {
    pub fact_id: &'static str,
    /// Height, in the base unit.
    pub value: f64,
    /// As the article writes it: "1.76亿斤".
    pub written: String,
    /// The normalised value where the written unit differs from the axis unit: "8.8万吨".
    pub normalised: Option<String>,
    /// Lines under the bar: the indicator (in multi-indicator groups) and the period.
    pub caption: Vec<String>,
    pub qualifier: Qualifier,
    pub kind: Kind,
}

/// Text shown for a region with no figure.
pub const NOT_REPORTED: &str = "未报道";

fn unit_label(unit: BaseUnit) -> String {
    match unit {
        BaseUnit::Count => "个数".to_string(),
        other => other.symbol().to_string(),
    }
}

/// The normalised value, when the article's unit is not just 万/亿 of the axis unit.
fn normalised(fact: &Fact) -> Option<String> {
    let same_word = fact.unit.trim_start_matches(['万', '亿']) == fact.base_unit.symbol();
    let is_count = normalise(fact.unit).is_some_and(|(u, _)| u == BaseUnit::Count);
    (!same_word && !is_count).then(|| format_cn(fact.base_value, fact.base_unit))
}

fn caption(fact: &Fact, ds: &Dataset, multi: bool) -> Vec<String> {
    let mut lines = Vec::new();
    if multi {
        if let Some(ind) = ds.indicator(fact.indicator) {
            lines.push(ind.label_zh.to_string());
        }
    }
    let mut period = fact.period.zh();
    if fact.period_inferred {
        period.push('*');
    }
    if fact.kind == Kind::Target {
        period.push_str(" 目标");
    }
    lines.push(period);
    lines
}

/// The grouped-bar chart of one comparison.
pub fn compare_spec(c: &Comparison, ds: &Dataset) -> ChartSpec {
    let multi = c.multi_indicator();
    let clusters: Vec<ClusterSpec> = c
        .slots
        .iter()
        .map(|slot| ClusterSpec {
            region: slot.region,
            label: if slot.region.is_focus() {
                slot.region.zh().to_string()
            } else {
                format!("{}（参照）", slot.region.zh())
            },
            context: !slot.region.is_focus(),
            bars: slot
                .facts
                .iter()
                .map(|f| BarSpec {
                    fact_id: f.id,
                    value: f.base_value,
                    written: f.written.to_string(),
                    normalised: normalised(f),
                    caption: caption(f, ds, multi),
                    qualifier: f.qualifier,
                    kind: f.kind,
                })
                .collect(),
        })
        .collect();
    let summary = clusters
        .iter()
        .map(|cl| {
            if cl.bars.is_empty() {
                format!("{}：{NOT_REPORTED}", cl.label)
            } else {
                let parts: Vec<String> = cl
                    .bars
                    .iter()
                    .map(|b| format!("{} {}", b.caption.join(" "), b.written))
                    .collect();
                format!("{}：{}", cl.label, parts.join("，"))
            }
        })
        .collect::<Vec<_>>()
        .join("；");
    let unit = unit_label(c.base_unit);
    let mut subtitle = format!("柱高按统一单位（{unit}）折算；柱上为原文写法");
    if c.facts().any(|f| f.period_inferred) {
        subtitle.push_str("；* 年份据文意推定");
    }
    ChartSpec {
        title: c.group.zh.to_string(),
        subtitle,
        unit: c.base_unit,
        unit_label: unit,
        summary: format!("{}对比。{summary}。", c.group.zh),
        clusters,
        note: c.group.note_zh.map(str::to_string),
    }
}
