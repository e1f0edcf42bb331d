//! A bar panel: a value axis from zero, clusters of bars (a region, or a period), 未报道 slots, value
//! labels as written, captions and cluster names, and the markers of qualified numbers.

use super::painter::{Painter, BOTTOM_CENTRE, MIDDLE_CENTRE, MIDDLE_RIGHT, TOP_CENTRE, TOP_LEFT, TOP_RIGHT};
use super::text::text_width;
use super::{Item, Mark, Rect, Target};
use crate::chart::axis::{ticks, Tick};
use crate::chart::spec::{BarPanel, BarSpec};
use crate::chart::style::{region_pattern, SPACE, TEXT};
use crate::i18n::Strings;
use crate::model::{Kind, Qualifier};

/// What a bar panel's axis and labels take, beside and around its plot.
pub struct BarMetrics {
    ticks: Vec<Tick>,
    /// The tick labels' column.
    label_w: f64,
    caption_lines: f64,
    /// Under the plot: captions and the cluster names.
    bottom_space: f64,
    /// Above the plot: the value labels of the tallest bar.
    label_space: f64,
    /// The least plot height: its tick labels one above another.
    min_plot_h: f64,
}

impl BarMetrics {
    pub fn new(panel: &BarPanel, t: &Strings, s: f64) -> BarMetrics {
        let max = panel
            .clusters
            .iter()
            .flat_map(|c| c.bars.iter().map(|b| b.value))
            .fold(0.0, f64::max);
        let ticks = ticks(max, t);
        let tick_size = TEXT.tick.size * s;
        let label_w = ticks
            .iter()
            .map(|t| text_width(&t.label, tick_size))
            .fold(text_width(&panel.unit_label, tick_size), f64::max);
        let caption_lines = panel
            .clusters
            .iter()
            .flat_map(|c| c.bars.iter().map(|b| b.caption.len()))
            .max()
            .unwrap_or(1)
            .max(1) as f64;
        let bottom_space = 6.0 * s + caption_lines * SPACE.caption_line * s + 22.0 * s;
        let any_sub = panel
            .clusters
            .iter()
            .any(|c| c.bars.iter().any(|b| b.sublabel.is_some()));
        let label_space = if any_sub {
            SPACE.value_room_two
        } else {
            SPACE.value_room
        } * s;
        let min_plot_h = (SPACE.plot_min_height * s).max(ticks.len().saturating_sub(1) as f64 * (tick_size + 3.0 * s));
        BarMetrics {
            ticks,
            label_w,
            caption_lines,
            bottom_space,
            label_space,
            min_plot_h,
        }
    }

    /// The least width and height of a panel's area.
    pub fn least(&self, s: f64) -> (f64, f64) {
        (
            self.label_w + 14.0 * s + SPACE.plot_min_width * s,
            self.bottom_space + self.label_space + self.min_plot_h,
        )
    }
}

pub fn layout_bars(p: &mut Painter, panel: &BarPanel, index: usize, area: Rect, marks: &mut Vec<Mark>) {
    let s = p.s;
    let BarMetrics {
        ticks,
        label_w,
        caption_lines,
        bottom_space,
        label_space,
        min_plot_h,
    } = BarMetrics::new(panel, p.t, s);
    let axis_max = ticks.last().map_or(1.0, |t| t.value);
    // The plan gives every panel at least its least size, so the plot is never smaller than that.
    let plot = Rect {
        x: area.x + label_w + 10.0 * s,
        y: area.y + label_space,
        w: (area.w - label_w - 14.0 * s).max(SPACE.plot_min_width * s),
        h: (area.h - bottom_space - label_space).max(min_plot_h),
    };
    let y_of = |v: f64| plot.y + plot.h - v / axis_max * plot.h;
    p.text(
        TEXT.tick,
        (plot.x - 8.0 * s, area.y + 2.0 * s),
        &panel.unit_label,
        label_w + 8.0 * s,
        TOP_RIGHT,
    );
    for t in &ticks {
        let ty = y_of(t.value);
        let grid = p.stroke(1.0);
        p.line((plot.x, ty), (plot.x + plot.w, ty), p.pal.grid, grid);
        p.text(TEXT.tick, (plot.x - 6.0 * s, ty), &t.label, label_w, MIDDLE_RIGHT);
    }

    // Cluster widths in proportion to their bars; a wider gap before the context regions.
    let weights: Vec<f64> = panel.clusters.iter().map(|c| c.bars.len().max(1) as f64).collect();
    let first_context = panel.clusters.iter().position(|c| c.context);
    let gaps = panel.clusters.len() as f64 + if first_context.is_some() { 0.6 } else { 0.0 };
    let unit = plot.w / (weights.iter().sum::<f64>() + gaps);
    let bar_w = (unit * 0.8).min(SPACE.bar_max * s);
    let mut x = plot.x + unit * 0.5;
    let caption_y = plot.y + plot.h + 6.0 * s;
    let name_y = caption_y + caption_lines * SPACE.caption_line * s + 2.0 * s;
    for (ci, cluster) in panel.clusters.iter().enumerate() {
        if Some(ci) == first_context {
            let dx = x - unit * 0.2;
            let w = p.stroke(1.0);
            p.dashed(
                (dx, plot.y - label_space * 0.5),
                (dx, name_y + 18.0 * s),
                p.pal.muted,
                w,
            );
            x += unit * 0.6;
        }
        let cw = weights[ci] * unit;
        let centre = x + cw / 2.0;
        // Centred text may reach halfway into the gaps on either side (a gap is one unit wide).
        let room = cw + unit - 2.0 * s;
        let bar_room = if cluster.bars.len() <= 1 { room } else { unit - 2.0 * s };
        if cluster.bars.is_empty() {
            let r = Rect {
                x: centre - bar_w / 2.0,
                y: plot.y,
                w: bar_w,
                h: plot.h,
            };
            p.rect(r, p.pal.missing_bg);
            p.hatch(r, p.pal.grid, SPACE.missing_hatch * s);
            let w = p.stroke(1.0);
            p.outline(r, p.pal.missing, w, true);
            let (tag_text, tag_size, tag_text_w) = p.measure(p.t.not_reported, TEXT.missing, bar_room - 6.0 * s);
            let tag_w = tag_text_w + 6.0 * s;
            let tag = Rect {
                x: centre - tag_w / 2.0,
                y: plot.y + plot.h / 2.0 - 11.0 * s,
                w: tag_w,
                h: 22.0 * s,
            };
            p.rect(tag, p.pal.background);
            p.fitted(
                TEXT.missing,
                tag_size,
                (centre, tag.y + tag.h / 2.0),
                &tag_text,
                MIDDLE_CENTRE,
            );
            p.text(
                TEXT.caption,
                (centre, caption_y),
                p.t.not_mentioned,
                bar_room,
                TOP_CENTRE,
            );
            if let Some(region) = cluster.region {
                marks.push(Mark {
                    rect: r,
                    target: Target::Missing(region),
                    panel: index,
                });
            }
        }
        for (bi, bar) in cluster.bars.iter().enumerate() {
            let bx = x + unit * bi as f64 + (unit - bar_w) / 2.0;
            let top = y_of(bar.value).min(plot.y + plot.h - 2.0 * s);
            let r = Rect {
                x: bx,
                y: top,
                w: bar_w,
                h: plot.y + plot.h - top,
            };
            if let Some(id) = bar.fact_id {
                marks.push(Mark {
                    rect: r,
                    target: Target::Fact(id),
                    panel: index,
                });
            }
            draw_bar(p, r, bar, &y_of, index, marks);
            let label_bottom = top - marker_height(bar.qualifier, s) - 3.0 * s;
            value_labels(p, bar, bx + bar_w / 2.0, label_bottom, bar_room);
            for (li, line) in bar.caption.iter().enumerate() {
                let ly = caption_y + li as f64 * SPACE.caption_line * s;
                p.text(TEXT.caption, (bx + bar_w / 2.0, ly), line, bar_room, TOP_CENTRE);
            }
        }
        // The cluster's name, with the region's colour chip where it names a region.
        let chip = if cluster.chip.is_some() { SPACE.chip * s } else { 0.0 };
        let gap = if chip > 0.0 { 4.0 * s } else { 0.0 };
        let name_w = room - chip - gap;
        let style = crate::chart::style::TextStyle {
            bold: cluster.chip.is_some(),
            ..TEXT.cluster
        };
        let (name, size, text_w) = p.measure(&cluster.label, style, name_w);
        let left = centre - (chip + gap + text_w) / 2.0;
        if let Some(region) = cluster.chip {
            let chip_rect = Rect {
                x: left,
                y: name_y + (size - chip) / 2.0,
                w: chip,
                h: chip,
            };
            p.rect(chip_rect, p.pal.region(region));
            p.pattern(chip_rect, region_pattern(region), SPACE.chip_pattern * s);
        }
        p.fitted(style, size, (left + chip + gap, name_y), &name, TOP_LEFT);
        x += cw + unit;
    }
    let axis = p.stroke(1.0);
    p.line(
        (plot.x, plot.y + plot.h),
        (plot.x + plot.w, plot.y + plot.h),
        p.pal.ink,
        axis,
    );
}

fn marker_height(q: Qualifier, s: f64) -> f64 {
    match q {
        Qualifier::Exact => 0.0,
        _ => 9.0 * s,
    }
}

fn draw_bar(p: &mut Painter, r: Rect, bar: &BarSpec, y_of: &dyn Fn(f64) -> f64, panel: usize, marks: &mut Vec<Mark>) {
    let s = p.s;
    let colour = p.pal.region(bar.region);
    match bar.kind {
        Kind::Actual => {
            p.rect(r, colour);
            p.pattern(r, region_pattern(bar.region), SPACE.pattern * s);
        }
        Kind::Target => {
            p.rect(r, p.pal.background);
            p.hatch(r, colour, SPACE.target_hatch * s);
            let w = p.stroke(2.0);
            p.outline(r, colour, w, true);
        }
    }
    // Stacked parts: rules between them, a label inside each that fits, each its own mark.
    let mut base = 0.0;
    for seg in &bar.segments {
        let (y1, y0) = (y_of(base), y_of(base + seg.value));
        let sr = Rect {
            x: r.x,
            y: y0,
            w: r.w,
            h: y1 - y0,
        };
        let rule = p.stroke(2.0);
        p.line((r.x, y0), (r.x + r.w, y0), p.pal.on_region, rule);
        if sr.h >= 16.0 * s {
            p.rect(
                Rect {
                    x: sr.x + 3.0 * s,
                    y: sr.y + sr.h / 2.0 - 8.0 * s,
                    w: sr.w - 6.0 * s,
                    h: 16.0 * s,
                },
                p.pal.background,
            );
            p.text(
                TEXT.segment,
                (sr.x + sr.w / 2.0, sr.y + sr.h / 2.0),
                &seg.label,
                sr.w - 8.0 * s,
                MIDDLE_CENTRE,
            );
        }
        marks.push(Mark {
            rect: sr,
            target: Target::Fact(seg.fact_id),
            panel,
        });
        base += seg.value;
    }
    let cx = r.x + r.w / 2.0;
    match bar.qualifier {
        Qualifier::Exact => {}
        // An arrow head: the true value lies above the bar.
        Qualifier::MoreThan | Qualifier::AtLeast => {
            let (w, h) = (7.0 * s, 8.0 * s);
            p.items.push(Item::Polygon {
                points: vec![(cx - w, r.y - 1.0 * s), (cx + w, r.y - 1.0 * s), (cx, r.y - h)],
                fill: p.pal.ink,
            });
        }
        // A wavy line: the top is approximate.
        Qualifier::Approx => {
            let (w, h) = (r.w.min(28.0 * s) / 2.0, 3.0 * s);
            let y = r.y - 5.0 * s;
            let points: Vec<(f64, f64)> = (0..=6)
                .map(|i| {
                    (
                        cx - w + 2.0 * w * f64::from(i) / 6.0,
                        if i % 2 == 0 { y } else { y - h },
                    )
                })
                .collect();
            let lw = p.stroke(1.5);
            for pair in points.windows(2) {
                p.line(pair[0], pair[1], p.pal.ink, lw);
            }
        }
    }
}

fn value_labels(p: &mut Painter, bar: &BarSpec, cx: f64, bottom: f64, max_w: f64) {
    let mut bottom = bottom;
    if let Some(sub) = &bar.sublabel {
        p.text(TEXT.sublabel, (cx, bottom), sub, max_w, BOTTOM_CENTRE);
        bottom -= 14.0 * p.s;
    }
    p.text(TEXT.value, (cx, bottom), &bar.label, max_w, BOTTOM_CENTRE);
}
