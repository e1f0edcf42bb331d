//! A bar panel: a value axis from zero, clusters of bars (a region, or a period), 未报道 slots as a band
//! on the baseline (never a bar's height), value labels as written, captions and cluster names (wrapped,
//! never cut), and the markers of qualified numbers.

use super::painter::{Painter, BOTTOM_CENTRE, MIDDLE_CENTRE, MIDDLE_RIGHT, TOP_CENTRE, TOP_LEFT, TOP_RIGHT};
use super::text::{line_height, text_width, Typeset};
use super::{Item, Mark, Rect, Target};
use crate::chart::axis::{ticks, Tick};
use crate::chart::spec::{BarPanel, BarSpec};
use crate::chart::style::{region_pattern, TextStyle, BAR_CONTEXT_DIVIDER, BAR_CONTEXT_GAP, BAR_WIDTH, SPACE, TEXT};
use crate::i18n::Strings;
use crate::model::{Kind, Qualifier};

/// Lines of text set at a size (see [`Typeset::set`]).
struct Set {
    lines: Vec<String>,
    size: f64,
}

impl Set {
    fn new(text: &str, style: TextStyle, ty: Typeset, width: f64) -> Set {
        let (lines, size) = ty.set(text, style, width);
        Set { lines, size }
    }
    fn height(&self) -> f64 {
        self.lines.len() as f64 * line_height(self.size)
    }
    fn width(&self) -> f64 {
        self.lines.iter().map(|l| text_width(l, self.size)).fold(0.0, f64::max)
    }
}

/// A bar's texts: the value label (and the other form under it) over it, the caption lines under it.
struct BarText {
    label: Set,
    sublabel: Option<Set>,
    captions: Vec<Set>,
}

/// One cluster's place and texts.
struct ClusterGeometry {
    /// Its left edge, relative to the plot's.
    x: f64,
    /// Its width (its bars), and the room a bar's centred texts may take.
    w: f64,
    bar_room: f64,
    bars: Vec<BarText>,
    /// The name under it, set beside the region chip if any.
    name: Set,
    chip: f64,
    /// The 未报道 band's label (an empty cluster), and the caption under it.
    missing: Option<(Set, Set)>,
}

/// Where everything of a bar panel goes, for an area `width` wide: shared by the plan (how tall the panel
/// must be) and the drawing, so both agree on every wrapped line.
pub struct BarMetrics {
    ticks: Vec<Tick>,
    /// The tick labels' column.
    label_w: f64,
    plot_w: f64,
    /// One cluster unit (a bar's slot), the bar width, where the context regions start (a gap before).
    unit: f64,
    bar_w: f64,
    first_context: Option<usize>,
    clusters: Vec<ClusterGeometry>,
    /// Under the plot: the tallest caption block, then the cluster names.
    caption_h: f64,
    name_h: f64,
    /// Above the plot: the tallest value-label block.
    label_space: f64,
    /// The least plot height: its tick labels one above another.
    min_plot_h: f64,
}

impl BarMetrics {
    pub fn new(panel: &BarPanel, t: &Strings, ty: Typeset, width: f64) -> BarMetrics {
        let s = ty.scale;
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
        let plot_w = (width - label_w - 14.0 * s).max(SPACE.plot_min_width * s);
        // Cluster widths in proportion to their bars; a wider gap before the context regions.
        let weights: Vec<f64> = panel.clusters.iter().map(|c| c.bars.len().max(1) as f64).collect();
        let first_context = panel.clusters.iter().position(|c| c.context);
        let gaps = panel.clusters.len() as f64 + if first_context.is_some() { BAR_CONTEXT_GAP } else { 0.0 };
        let unit = plot_w / (weights.iter().sum::<f64>() + gaps).max(1.0);
        let bar_w = (unit * BAR_WIDTH).min(SPACE.bar_max * s);
        let mut x = unit * 0.5;
        let mut clusters = Vec::with_capacity(panel.clusters.len());
        for (ci, cluster) in panel.clusters.iter().enumerate() {
            if Some(ci) == first_context {
                x += unit * BAR_CONTEXT_GAP;
            }
            let w = weights[ci] * unit;
            // Centred text may reach halfway into the gaps on either side (a gap is one unit wide).
            let room = w + unit - 2.0 * s;
            let bar_room = if cluster.bars.len() <= 1 { room } else { unit - 2.0 * s };
            let bars = cluster
                .bars
                .iter()
                .map(|b| BarText {
                    label: Set::new(&b.label, TEXT.value, ty, bar_room),
                    sublabel: b
                        .sublabel
                        .as_ref()
                        .map(|sub| Set::new(sub, TEXT.sublabel, ty, bar_room)),
                    captions: b
                        .caption
                        .iter()
                        .map(|c| Set::new(c, TEXT.caption, ty, bar_room))
                        .collect(),
                })
                .collect();
            let chip = if cluster.chip.is_some() {
                (SPACE.chip + 4.0) * s
            } else {
                0.0
            };
            let name_style = TextStyle {
                bold: cluster.chip.is_some(),
                ..TEXT.cluster
            };
            let name = Set::new(&cluster.label, name_style, ty, room - chip);
            let missing = cluster.bars.is_empty().then(|| {
                (
                    Set::new(t.not_reported, TEXT.missing, ty, bar_room - 6.0 * s),
                    Set::new(t.not_mentioned, TEXT.caption, ty, bar_room),
                )
            });
            clusters.push(ClusterGeometry {
                x,
                w,
                bar_room,
                bars,
                name,
                chip,
                missing,
            });
            x += w + unit;
        }
        let caption_h = clusters
            .iter()
            .flat_map(|c| {
                c.bars
                    .iter()
                    .map(|b| b.captions.iter().map(Set::height).sum::<f64>())
                    .chain(c.missing.iter().map(|m| m.1.height()))
            })
            .fold(SPACE.caption_line * s, f64::max);
        let name_h = clusters.iter().map(|c| c.name.height()).fold(0.0, f64::max);
        let label_space = panel
            .clusters
            .iter()
            .zip(&clusters)
            .flat_map(|(c, g)| {
                c.bars.iter().zip(&g.bars).map(move |(b, text)| {
                    marker_height(b.qualifier, s)
                        + 3.0 * s
                        + text.label.height()
                        + text.sublabel.as_ref().map_or(0.0, Set::height)
                })
            })
            .fold(SPACE.value_room * s, f64::max);
        let min_plot_h = (SPACE.plot_min_height * s)
            .max(ticks.len().saturating_sub(1) as f64 * (tick_size + 3.0 * s))
            .max(missing_band(&clusters, s) + 4.0 * s);
        BarMetrics {
            ticks,
            label_w,
            plot_w,
            unit,
            bar_w,
            first_context,
            clusters,
            caption_h,
            name_h,
            label_space,
            min_plot_h,
        }
    }

    /// Under the plot: captions, then names.
    fn bottom_space(&self, s: f64) -> f64 {
        6.0 * s + self.caption_h + 2.0 * s + self.name_h + 6.0 * s
    }

    /// The least width of a panel's area, and the least height at the width it was set for.
    pub fn least(&self, s: f64) -> (f64, f64) {
        (
            self.label_w + 14.0 * s + SPACE.plot_min_width * s,
            self.bottom_space(s) + self.label_space + self.min_plot_h,
        )
    }
}

/// The height of the 未报道 bands: their label, with room around it.
fn missing_band(clusters: &[ClusterGeometry], s: f64) -> f64 {
    clusters
        .iter()
        .filter_map(|c| c.missing.as_ref())
        .map(|(tag, _)| tag.height() + 8.0 * s)
        .fold(0.0, f64::max)
}

pub fn layout_bars(p: &mut Painter, panel: &BarPanel, index: usize, area: Rect, marks: &mut Vec<Mark>) {
    let s = p.s;
    let m = BarMetrics::new(panel, p.t, p.ty(), area.w);
    let axis_max = m.ticks.last().map_or(1.0, |t| t.value);
    // The plan gives every panel at least its least size, so the plot is never smaller than that.
    let plot = Rect {
        x: area.x + m.label_w + 10.0 * s,
        y: area.y + m.label_space,
        w: m.plot_w,
        h: (area.h - m.bottom_space(s) - m.label_space).max(m.min_plot_h),
    };
    let y_of = |v: f64| plot.y + plot.h - v / axis_max * plot.h;
    p.text(
        TEXT.tick,
        (plot.x - 8.0 * s, area.y + 2.0 * s),
        &panel.unit_label,
        m.label_w + 8.0 * s,
        TOP_RIGHT,
    );
    for t in &m.ticks {
        let ty = y_of(t.value);
        let grid = p.stroke(1.0);
        p.line((plot.x, ty), (plot.x + plot.w, ty), p.pal.grid, grid);
        p.text(TEXT.tick, (plot.x - 6.0 * s, ty), &t.label, m.label_w, MIDDLE_RIGHT);
    }
    let caption_y = plot.y + plot.h + 6.0 * s;
    let name_y = caption_y + m.caption_h + 2.0 * s;
    let band = missing_band(&m.clusters, s);
    for (ci, (cluster, g)) in panel.clusters.iter().zip(&m.clusters).enumerate() {
        let x = plot.x + g.x;
        if Some(ci) == m.first_context {
            let dx = x - m.unit * BAR_CONTEXT_DIVIDER;
            let w = p.stroke(1.0);
            p.dashed(
                (dx, plot.y - m.label_space * 0.5),
                (dx, name_y + m.name_h),
                p.pal.muted,
                w,
            );
        }
        let centre = x + g.w / 2.0;
        if let Some((tag, caption)) = &g.missing {
            // Not reported: a hatched band on the baseline, as wide as its label needs, never a height.
            let w = (tag.width() + 8.0 * s).max(m.bar_w).min(g.bar_room);
            let r = Rect {
                x: centre - w / 2.0,
                y: plot.y + plot.h - band,
                w,
                h: band,
            };
            p.rect(r, p.pal.missing_bg);
            p.hatch(r, p.pal.grid, SPACE.missing_hatch * s);
            let lw = p.stroke(1.0);
            p.outline(r, p.pal.missing, lw, true);
            let inner = Rect {
                x: centre - tag.width() / 2.0 - 2.0 * s,
                y: r.y + (band - tag.height()) / 2.0,
                w: tag.width() + 4.0 * s,
                h: tag.height(),
            };
            p.rect(inner, p.pal.background);
            p.fitted(
                TEXT.missing,
                tag.size,
                (centre, r.y + band / 2.0),
                &tag.lines,
                MIDDLE_CENTRE,
            );
            p.fitted(
                TEXT.caption,
                caption.size,
                (centre, caption_y),
                &caption.lines,
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
        for (bi, (bar, text)) in cluster.bars.iter().zip(&g.bars).enumerate() {
            let bx = x + m.unit * bi as f64 + (m.unit - m.bar_w) / 2.0;
            let top = y_of(bar.value).min(plot.y + plot.h - 2.0 * s);
            let r = Rect {
                x: bx,
                y: top,
                w: m.bar_w,
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
            let cx = bx + m.bar_w / 2.0;
            let mut bottom = top - marker_height(bar.qualifier, s) - 3.0 * s;
            if let Some(sub) = &text.sublabel {
                bottom -= p.fitted(TEXT.sublabel, sub.size, (cx, bottom), &sub.lines, BOTTOM_CENTRE);
            }
            p.fitted(
                TEXT.value,
                text.label.size,
                (cx, bottom),
                &text.label.lines,
                BOTTOM_CENTRE,
            );
            let mut ly = caption_y;
            for caption in &text.captions {
                ly += p.fitted(TEXT.caption, caption.size, (cx, ly), &caption.lines, TOP_CENTRE);
            }
        }
        // The cluster's name, with the region's colour chip where it names a region.
        let style = TextStyle {
            bold: cluster.chip.is_some(),
            ..TEXT.cluster
        };
        let left = centre - (g.chip + g.name.width()) / 2.0;
        if let Some(region) = cluster.chip {
            let chip = SPACE.chip * s;
            let chip_rect = Rect {
                x: left,
                y: name_y + (line_height(g.name.size) - chip) / 2.0,
                w: chip,
                h: chip,
            };
            p.rect(chip_rect, p.pal.region(region));
            p.pattern(chip_rect, region_pattern(region), SPACE.chip_pattern * s);
        }
        if g.name.lines.len() > 1 {
            // Wrapped names centre each line beside the chip.
            let at = (left + g.chip + g.name.width() / 2.0, name_y);
            p.fitted(style, g.name.size, at, &g.name.lines, TOP_CENTRE);
        } else {
            p.fitted(style, g.name.size, (left + g.chip, name_y), &g.name.lines, TOP_LEFT);
        }
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
        // Its label where the segment holds it (wrapped if need be); else the mark and the table tell it.
        let (lines, size, w) = p.measure(&seg.label, TEXT.segment, sr.w - 8.0 * s);
        let h = lines.len() as f64 * line_height(size);
        if h + 4.0 * s <= sr.h {
            p.rect(
                Rect {
                    x: sr.x + sr.w / 2.0 - w / 2.0 - 3.0 * s,
                    y: sr.y + sr.h / 2.0 - h / 2.0 - 1.0 * s,
                    w: w + 6.0 * s,
                    h: h + 2.0 * s,
                },
                p.pal.background,
            );
            p.fitted(
                TEXT.segment,
                size,
                (sr.x + sr.w / 2.0, sr.y + sr.h / 2.0),
                &lines,
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
