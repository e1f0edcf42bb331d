//! Lays a chart spec out for a pixel size: a display list (what `draw` paints) and the rectangle of
//! every mark (what hit-testing reads). All lengths scale with the device pixel ratio.

use super::axis::ticks;
use super::spec::{BarPanel, BarSpec, Body, Figure, MatrixPanel, Panel};
use super::style::{region_pattern, text_width, Palette, Pattern, Rgb};
use super::ChartError;
use crate::i18n::Strings;
use crate::model::{Kind, Qualifier, Region};

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
}

impl Rect {
    pub fn contains(&self, x: f64, y: f64) -> bool {
        x >= self.x && x <= self.x + self.w && y >= self.y && y <= self.y + self.h
    }
    pub fn overlaps(&self, o: &Rect) -> bool {
        self.x < o.x + o.w && o.x < self.x + self.w && self.y < o.y + o.h && o.y < self.y + self.h
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HAlign {
    Left,
    Center,
    Right,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VAlign {
    Top,
    Middle,
    Bottom,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    Rect {
        rect: Rect,
        fill: Rgb,
    },
    Line {
        from: (f64, f64),
        to: (f64, f64),
        colour: Rgb,
        width: f64,
    },
    Polygon {
        points: Vec<(f64, f64)>,
        fill: Rgb,
    },
    Text {
        at: (f64, f64),
        text: String,
        size: f64,
        colour: Rgb,
        bold: bool,
        h: HAlign,
        v: VAlign,
    },
}

/// What a mark stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Fact(&'static str),
    /// A 未报道 placeholder.
    Missing(Region),
    /// A coverage-matrix cell.
    Cell {
        region: Region,
        category: &'static str,
    },
}

impl Target {
    pub fn fact_id(self) -> Option<&'static str> {
        match self {
            Target::Fact(id) => Some(id),
            _ => None,
        }
    }
}

/// A bar, a stacked segment, a 未报道 placeholder or a matrix cell, in reading order.
#[derive(Debug, Clone, PartialEq)]
pub struct Mark {
    pub rect: Rect,
    pub target: Target,
    pub panel: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Scene {
    pub width: f64,
    pub height: f64,
    pub items: Vec<Item>,
    pub marks: Vec<Mark>,
    /// The box of every text item, to check that no two overlap and none leaves the canvas.
    pub text_boxes: Vec<(Rect, String)>,
}

impl Scene {
    /// The mark under a point in backing-store pixels (the last drawn wins, so a segment beats its stack).
    pub fn hit(&self, x: f64, y: f64) -> Option<(usize, &Mark)> {
        self.marks.iter().enumerate().rev().find(|(_, m)| m.rect.contains(x, y))
    }
}

/// The smallest canvas (in CSS pixels) a chart is laid out for.
pub const MIN_WIDTH: f64 = 240.0;
pub const MIN_HEIGHT: f64 = 200.0;

struct Painter {
    s: f64,
    t: &'static Strings,
    pal: Palette,
    width: f64,
    items: Vec<Item>,
    text_boxes: Vec<(Rect, String)>,
}

impl Painter {
    fn rect(&mut self, rect: Rect, fill: Rgb) {
        self.items.push(Item::Rect { rect, fill });
    }

    fn line(&mut self, from: (f64, f64), to: (f64, f64), colour: Rgb, width: f64) {
        self.items.push(Item::Line {
            from,
            to,
            colour,
            width,
        });
    }

    fn dashed(&mut self, from: (f64, f64), to: (f64, f64), colour: Rgb, width: f64) {
        let (dx, dy) = (to.0 - from.0, to.1 - from.1);
        let length = (dx * dx + dy * dy).sqrt();
        let (dash, gap) = (5.0 * self.s, 3.0 * self.s);
        let mut at = 0.0;
        while at < length {
            let end = (at + dash).min(length);
            let p = |t: f64| (from.0 + dx * t / length, from.1 + dy * t / length);
            self.line(p(at), p(end), colour, width);
            at = end + gap;
        }
    }

    fn outline(&mut self, r: Rect, colour: Rgb, width: f64, dashed: bool) {
        let inset = width / 2.0;
        let (x0, y0, x1, y1) = (r.x + inset, r.y + inset, r.x + r.w - inset, r.y + r.h);
        let edges = [((x0, y1), (x0, y0)), ((x0, y0), (x1, y0)), ((x1, y0), (x1, y1))];
        for (a, b) in edges {
            if dashed {
                self.dashed(a, b, colour, width);
            } else {
                self.line(a, b, colour, width);
            }
        }
    }

    fn outline_full(&mut self, r: Rect, colour: Rgb, width: f64) {
        let (x0, y0, x1, y1) = (r.x, r.y, r.x + r.w, r.y + r.h);
        for (a, b) in [
            ((x0, y0), (x1, y0)),
            ((x1, y0), (x1, y1)),
            ((x1, y1), (x0, y1)),
            ((x0, y1), (x0, y0)),
        ] {
            self.line(a, b, colour, width);
        }
    }

    /// A region's second cue (white lines over its colour), so a grey print still tells regions apart.
    fn pattern(&mut self, r: Rect, pattern: Pattern, spacing: f64) {
        let w = self.s;
        let horizontal = |p: &mut Self| {
            let mut y = r.y + spacing;
            while y < r.y + r.h {
                p.line((r.x, y), (r.x + r.w, y), p.pal.on_region, w);
                y += spacing;
            }
        };
        let vertical = |p: &mut Self| {
            let mut x = r.x + spacing;
            while x < r.x + r.w {
                p.line((x, r.y), (x, r.y + r.h), p.pal.on_region, w);
                x += spacing;
            }
        };
        match pattern {
            Pattern::Solid => {}
            Pattern::Horizontal => horizontal(self),
            Pattern::Vertical => vertical(self),
            Pattern::Grid => {
                horizontal(self);
                vertical(self);
            }
            Pattern::BackSlash => {
                // Lines of constant x − y, clipped to the rectangle.
                let mut d = r.x - (r.y + r.h) + spacing;
                while d < r.x + r.w - r.y {
                    let xa = r.x.max(d + r.y);
                    let xb = (r.x + r.w).min(d + r.y + r.h);
                    if xa < xb {
                        self.line((xa, xa - d), (xb, xb - d), self.pal.on_region, w);
                    }
                    d += spacing;
                }
            }
        }
    }

    /// Diagonal hatching clipped to a rectangle.
    fn hatch(&mut self, r: Rect, colour: Rgb, spacing: f64) {
        let mut d = r.x + r.y + spacing;
        while d < r.x + r.w + r.y + r.h {
            let xa = r.x.max(d - (r.y + r.h));
            let xb = (r.x + r.w).min(d - r.y);
            if xa < xb {
                self.line((xa, d - xa), (xb, d - xb), colour, self.s);
            }
            d += spacing;
        }
    }

    /// Text shrunk to fit `max_width` (down to `min_size`), then cut with "…".
    #[allow(clippy::too_many_arguments)]
    fn text(
        &mut self,
        at: (f64, f64),
        text: &str,
        size: f64,
        min_size: f64,
        max_width: f64,
        colour: Rgb,
        bold: bool,
        h: HAlign,
        v: VAlign,
    ) {
        let (text, size) = fit(text, size, min_size, max_width);
        if text.is_empty() {
            return;
        }
        let w = text_width(&text, size);
        let x = match h {
            HAlign::Left => at.0,
            HAlign::Center => at.0 - w / 2.0,
            HAlign::Right => at.0 - w,
        };
        let y = match v {
            VAlign::Top => at.1,
            VAlign::Middle => at.1 - size / 2.0,
            VAlign::Bottom => at.1 - size,
        };
        // Keep every label on the canvas.
        let x = x.clamp(0.0, (self.width - w).max(0.0));
        let at = match h {
            HAlign::Left => (x, at.1),
            HAlign::Center => (x + w / 2.0, at.1),
            HAlign::Right => (x + w, at.1),
        };
        self.text_boxes.push((Rect { x, y, w, h: size }, text.clone()));
        self.items.push(Item::Text {
            at,
            text,
            size,
            colour,
            bold,
            h,
            v,
        });
    }
}

/// Shrinks, then truncates, a text to a width.
pub fn fit(text: &str, size: f64, min_size: f64, max_width: f64) -> (String, f64) {
    let natural = text_width(text, size);
    if natural <= max_width {
        return (text.to_string(), size);
    }
    let shrunk = (size * max_width / natural).max(min_size);
    if text_width(text, shrunk) <= max_width {
        return (text.to_string(), shrunk);
    }
    let mut cut: String = String::new();
    for c in text.chars() {
        let candidate = format!("{cut}{c}…");
        if text_width(&candidate, min_size) > max_width {
            break;
        }
        cut.push(c);
    }
    if cut.is_empty() {
        (String::new(), min_size)
    } else {
        (format!("{cut}…"), min_size)
    }
}

/// Legend entries, drawn on the canvas so an exported picture explains itself.
#[derive(Clone, Copy)]
enum Swatch {
    Actual,
    Target,
    MoreThan,
    Approx,
    Missing,
}

const SWATCHES: [Swatch; 5] = [
    Swatch::Actual,
    Swatch::Target,
    Swatch::MoreThan,
    Swatch::Approx,
    Swatch::Missing,
];

/// Panels side by side on a canvas this wide (CSS pixels).
fn columns(panels: usize, css_width: f64) -> usize {
    if panels <= 1 {
        1
    } else {
        ((css_width / 320.0).floor() as usize).clamp(1, 3).min(panels)
    }
}

const HEADER_CSS: f64 = 116.0;
const PANEL_CSS: f64 = 280.0;

/// The CSS height a figure wants at a CSS width: `None` for a single panel, which fills its box (but see
/// [`min_height`]).
pub fn preferred_height(figure: &Figure, css_width: f64) -> Option<f64> {
    let n = figure.panels.len();
    (n > 1).then(|| {
        let rows = n.div_ceil(columns(n, css_width));
        (HEADER_CSS + rows as f64 * PANEL_CSS).max(min_height(figure, css_width, 1.0))
    })
}

/// The least CSS height a figure needs at a CSS width with type `zoom` times the page's: a box this tall
/// holds it without growing it (a shorter one gets a taller drawing, which scrolls).
pub fn min_height(figure: &Figure, css_width: f64, zoom: f64) -> f64 {
    if !(css_width.is_finite() && css_width > 0.0 && zoom.is_finite() && zoom > 0.0) {
        return MIN_HEIGHT;
    }
    plan(figure, css_width, zoom).height
}

/// Where the header ends, how panels are arranged, and the least size the figure can be drawn at, for a
/// canvas at least `width` pixels wide at scale `s`.
struct Plan {
    /// The width drawn at: the canvas's, or more where nothing narrower holds the panels (it scrolls).
    width: f64,
    /// The least height that holds every panel.
    height: f64,
    cols: usize,
    rows: usize,
    /// The top of the panels.
    body_top: f64,
    /// The source line's band at the foot.
    foot: f64,
    /// Matrix panels drawn with regions as columns (narrow canvases).
    transposed: bool,
}

fn plan(figure: &Figure, width: f64, s: f64) -> Plan {
    let t = figure.lang.t();
    let pad = 12.0 * s;
    let n = figure.panels.len().max(1);
    let framed = n > 1;
    let mut width = width.max(MIN_WIDTH * s);
    // The narrowest each panel can be, in either matrix orientation; a narrow canvas turns the matrix.
    let need = |transposed: bool| {
        figure
            .panels
            .iter()
            .map(|p| panel_min(p, t, s, framed, transposed))
            .fold((0.0_f64, 0.0_f64), |a, b| (a.0.max(b.0), a.1.max(b.1)))
    };
    let mut transposed = false;
    let mut min = need(false);
    let mut cols = columns(n, width / s);
    while cols > 1 && (width - pad) / (cols as f64) < min.0 {
        cols -= 1;
    }
    if (width - pad) < min.0 {
        let turned = need(true);
        if turned.0 < min.0 {
            transposed = true;
            min = turned;
        }
    }
    width = width.max(pad + min.0);
    let rows = n.div_ceil(cols);
    let body_top = header_bottom(figure, t, pad, width - 2.0 * pad, s);
    let foot = 20.0 * s;
    let height = (body_top + rows as f64 * min.1 + foot).max(MIN_HEIGHT * s);
    Plan {
        width,
        height,
        cols,
        rows,
        body_top,
        foot,
        transposed,
    }
}

/// The bottom of the title, subtitle and legend.
fn header_bottom(figure: &Figure, t: &Strings, pad: f64, inner: f64, s: f64) -> f64 {
    let mut y = pad + 26.0 * s + 20.0 * s;
    if figure.bar_legend {
        y = legend_rows(t, pad, y, inner, s).1 + 6.0 * s;
    }
    y
}

/// The least width and height of a panel's cell (frame, title and note lines included).
fn panel_min(panel: &Panel, t: &Strings, s: f64, framed: bool, transposed: bool) -> (f64, f64) {
    let (mut w, mut h) = match &panel.body {
        Body::Bars(bars) => {
            let m = BarMetrics::new(bars, t, s);
            (
                m.label_w + 14.0 * s + 100.0 * s,
                m.bottom_space + m.label_space + m.min_plot_h,
            )
        }
        Body::Matrix(matrix) => {
            let m = MatrixMetrics::new(matrix, s, transposed);
            (
                m.row_label_w + 8.0 * s + 22.0 * s * m.cols as f64,
                m.header_h + 8.0 * s + 18.0 * s * m.rows as f64,
            )
        }
    };
    h += panel.title.as_ref().map_or(0.0, |_| 20.0 * s) + panel.note.as_ref().map_or(0.0, |_| 16.0 * s);
    if framed {
        w += 12.0 * s;
        h += 14.0 * s;
    }
    (w, h)
}

/// Lays out a figure in a `width` × `height` pixel canvas at pixel ratio `scale`. A canvas too small for
/// the figure gets a larger drawing (the scene's own size, which the page scrolls), never none: only a
/// size that is not a size (zero, negative, NaN) is refused.
pub fn layout(figure: &Figure, width: f64, height: f64, scale: f64, pal: &Palette) -> Result<Scene, ChartError> {
    let ok = |v: f64| v.is_finite() && v >= 1.0;
    if !(ok(width) && ok(height) && scale.is_finite() && scale > 0.0) {
        return Err(ChartError::TooSmall { width, height });
    }
    let s = scale;
    let plan = plan(figure, width, s);
    let (width, height) = (plan.width, height.max(plan.height));
    let mut p = Painter {
        s,
        t: figure.lang.t(),
        pal: *pal,
        width,
        items: Vec::new(),
        text_boxes: Vec::new(),
    };
    p.rect(
        Rect {
            x: 0.0,
            y: 0.0,
            w: width,
            h: height,
        },
        p.pal.background,
    );
    let pad = 12.0 * s;
    let inner = width - 2.0 * pad;

    let mut y = pad;
    p.text(
        (pad, y),
        &figure.title,
        18.0 * s,
        13.0 * s,
        inner,
        p.pal.ink,
        true,
        HAlign::Left,
        VAlign::Top,
    );
    y += 26.0 * s;
    p.text(
        (pad, y),
        &figure.subtitle,
        12.0 * s,
        9.0 * s,
        inner,
        p.pal.muted,
        false,
        HAlign::Left,
        VAlign::Top,
    );
    y += 20.0 * s;
    if figure.bar_legend {
        legend(&mut p, pad, y, inner);
    }
    let y = plan.body_top;

    // The source line at the foot, so an exported picture keeps its provenance.
    let foot = plan.foot;
    p.text(
        (pad, height - foot + 4.0 * s),
        &figure.source_line,
        11.0 * s,
        8.0 * s,
        inner,
        p.pal.muted,
        false,
        HAlign::Left,
        VAlign::Top,
    );

    let n = figure.panels.len().max(1);
    let (cols, rows) = (plan.cols, plan.rows);
    let cell_w = (width - pad) / cols as f64;
    let cell_h = (height - y - foot) / rows as f64;
    let mut marks = Vec::new();
    for (i, panel) in figure.panels.iter().enumerate() {
        let area = Rect {
            x: pad * 0.5 + (i % cols) as f64 * cell_w,
            y: y + (i / cols) as f64 * cell_h,
            w: cell_w,
            h: cell_h,
        };
        layout_panel(&mut p, panel, i, area, n > 1, plan.transposed, &mut marks);
    }
    Ok(Scene {
        width,
        height,
        items: p.items,
        marks,
        text_boxes: p.text_boxes,
    })
}

/// The first of `zooms` (type and marks relative to the page, largest first) at which the figure fits a
/// `width` × `height` canvas at pixel ratio `dpr` without growing; else the drawing at the last one, larger
/// than the canvas (it scrolls). A slide keeps its large type where it fits, and shrinks to the page's
/// where it must.
pub fn layout_fit(
    figure: &Figure,
    width: f64,
    height: f64,
    dpr: f64,
    zooms: &[f64],
    pal: &Palette,
) -> Result<Scene, ChartError> {
    let mut last = Err(ChartError::TooSmall { width, height });
    for zoom in zooms {
        let scene = layout(figure, width, height, dpr * zoom, pal)?;
        if scene.width <= width + 0.5 && scene.height <= height + 0.5 {
            return Ok(scene);
        }
        last = Ok(scene);
    }
    last
}

fn layout_panel(
    p: &mut Painter,
    panel: &Panel,
    index: usize,
    area: Rect,
    framed: bool,
    transposed: bool,
    marks: &mut Vec<Mark>,
) {
    let s = p.s;
    let mut area = area;
    if framed {
        // A hairline frame separates small multiples.
        let f = Rect {
            x: area.x + 2.0 * s,
            y: area.y + 4.0 * s,
            w: area.w - 4.0 * s,
            h: area.h - 6.0 * s,
        };
        p.outline_full(f, p.pal.grid, s);
        area = Rect {
            x: f.x + 4.0 * s,
            y: f.y + 4.0 * s,
            w: f.w - 8.0 * s,
            h: f.h - 8.0 * s,
        };
    }
    // Title and note: one line each, taken off the top of the panel.
    let lines = [
        (&panel.title, 14.0, 10.0, p.pal.ink, true, 20.0),
        (&panel.note, 11.0, 9.0, p.pal.muted, false, 16.0),
    ];
    for (text, size, min, colour, bold, advance) in lines {
        if let Some(text) = text {
            let (at, width) = ((area.x + 4.0 * s, area.y), area.w - 8.0 * s);
            p.text(
                at,
                text,
                size * s,
                min * s,
                width,
                colour,
                bold,
                HAlign::Left,
                VAlign::Top,
            );
            area.y += advance * s;
            area.h -= advance * s;
        }
    }
    match &panel.body {
        Body::Bars(bars) => layout_bars(p, bars, index, area, marks),
        Body::Matrix(matrix) => layout_matrix(p, matrix, index, area, transposed, marks),
    }
}

/// What a bar panel's axis and labels take, beside and around its plot.
struct BarMetrics {
    ticks: Vec<crate::chart::axis::Tick>,
    tick_size: f64,
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
    fn new(panel: &BarPanel, t: &Strings, s: f64) -> BarMetrics {
        let max = panel
            .clusters
            .iter()
            .flat_map(|c| c.bars.iter().map(|b| b.value))
            .fold(0.0, f64::max);
        let ticks = ticks(max, t);
        let tick_size = 11.0 * s;
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
        let bottom_space = 6.0 * s + caption_lines * 15.0 * s + 22.0 * s;
        let any_sub = panel
            .clusters
            .iter()
            .any(|c| c.bars.iter().any(|b| b.sublabel.is_some()));
        let label_space = if any_sub { 38.0 } else { 26.0 } * s;
        let min_plot_h = (40.0 * s).max(ticks.len().saturating_sub(1) as f64 * (tick_size + 3.0 * s));
        BarMetrics {
            min_plot_h,
            ticks,
            tick_size,
            label_w,
            caption_lines,
            bottom_space,
            label_space,
        }
    }
}

/// A matrix's row labels, header and grid, in either orientation.
struct MatrixMetrics {
    row_label_w: f64,
    header_h: f64,
    rows: usize,
    cols: usize,
}

impl MatrixMetrics {
    const LABEL_SIZE: f64 = 13.0;

    fn new(m: &MatrixPanel, s: f64, transposed: bool) -> MatrixMetrics {
        let size = Self::LABEL_SIZE * s;
        let widest = |names: &mut dyn Iterator<Item = &String>| names.map(|n| text_width(n, size)).fold(0.0, f64::max);
        let (row_label_w, rows, cols) = if transposed {
            (
                widest(&mut m.columns.iter().map(|(_, n)| n)) + 8.0 * s,
                m.columns.len(),
                m.rows.len(),
            )
        } else {
            (
                widest(&mut m.rows.iter().map(|(_, n)| n)) + 20.0 * s,
                m.rows.len(),
                m.columns.len(),
            )
        };
        MatrixMetrics {
            row_label_w,
            header_h: 40.0 * s,
            rows: rows.max(1),
            cols: cols.max(1),
        }
    }
}

fn layout_bars(p: &mut Painter, panel: &BarPanel, index: usize, area: Rect, marks: &mut Vec<Mark>) {
    let s = p.s;
    let BarMetrics {
        ticks,
        tick_size,
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
        w: (area.w - label_w - 14.0 * s).max(100.0 * s),
        h: (area.h - bottom_space - label_space).max(min_plot_h),
    };
    let y_of = |v: f64| plot.y + plot.h - v / axis_max * plot.h;
    p.text(
        (plot.x - 8.0 * s, area.y + 2.0 * s),
        &panel.unit_label,
        tick_size,
        tick_size,
        label_w + 8.0 * s,
        p.pal.muted,
        false,
        HAlign::Right,
        VAlign::Top,
    );
    for t in &ticks {
        let ty = y_of(t.value);
        p.line((plot.x, ty), (plot.x + plot.w, ty), p.pal.grid, s);
        p.text(
            (plot.x - 6.0 * s, ty),
            &t.label,
            tick_size,
            tick_size,
            label_w,
            p.pal.muted,
            false,
            HAlign::Right,
            VAlign::Middle,
        );
    }

    // Cluster widths in proportion to their bars; a wider gap before the context regions.
    let weights: Vec<f64> = panel.clusters.iter().map(|c| c.bars.len().max(1) as f64).collect();
    let first_context = panel.clusters.iter().position(|c| c.context);
    let gaps = panel.clusters.len() as f64 + if first_context.is_some() { 0.6 } else { 0.0 };
    let unit = plot.w / (weights.iter().sum::<f64>() + gaps);
    let bar_w = (unit * 0.8).min(96.0 * s);
    let mut x = plot.x + unit * 0.5;
    let caption_y = plot.y + plot.h + 6.0 * s;
    let name_y = caption_y + caption_lines * 15.0 * s + 2.0 * s;
    for (ci, cluster) in panel.clusters.iter().enumerate() {
        if Some(ci) == first_context {
            let dx = x - unit * 0.2;
            p.dashed(
                (dx, plot.y - label_space * 0.5),
                (dx, name_y + 18.0 * s),
                p.pal.muted,
                s,
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
            p.hatch(r, p.pal.grid, 7.0 * s);
            p.outline(r, p.pal.missing, s, true);
            let (tag_text, tag_size) = fit(p.t.not_reported, 13.0 * s, 9.0 * s, bar_room - 6.0 * s);
            let tag_w = text_width(&tag_text, tag_size) + 6.0 * s;
            let tag = Rect {
                x: centre - tag_w / 2.0,
                y: plot.y + plot.h / 2.0 - 11.0 * s,
                w: tag_w,
                h: 22.0 * s,
            };
            p.rect(tag, p.pal.background);
            p.text(
                (centre, tag.y + tag.h / 2.0),
                &tag_text,
                tag_size,
                tag_size,
                tag_w,
                p.pal.ink,
                true,
                HAlign::Center,
                VAlign::Middle,
            );
            p.text(
                (centre, caption_y),
                p.t.not_mentioned,
                11.0 * s,
                9.0 * s,
                bar_room,
                p.pal.muted,
                false,
                HAlign::Center,
                VAlign::Top,
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
                let ly = caption_y + li as f64 * 15.0 * s;
                p.text(
                    (bx + bar_w / 2.0, ly),
                    line,
                    11.0 * s,
                    9.0 * s,
                    bar_room,
                    p.pal.muted,
                    false,
                    HAlign::Center,
                    VAlign::Top,
                );
            }
        }
        // The cluster's name, with the region's colour chip where it names a region.
        let chip = if cluster.chip.is_some() { 10.0 * s } else { 0.0 };
        let gap = if chip > 0.0 { 4.0 * s } else { 0.0 };
        let name_w = room - chip - gap;
        let (name, size) = fit(&cluster.label, 13.0 * s, 9.0 * s, name_w);
        let left = centre - (chip + gap + text_width(&name, size)) / 2.0;
        if let Some(region) = cluster.chip {
            let chip_rect = Rect {
                x: left,
                y: name_y + (size - chip) / 2.0,
                w: chip,
                h: chip,
            };
            p.rect(chip_rect, p.pal.region(region));
            p.pattern(chip_rect, region_pattern(region), 3.0 * s);
        }
        p.text(
            (left + chip + gap, name_y),
            &name,
            size,
            size,
            name_w,
            p.pal.ink,
            cluster.chip.is_some(),
            HAlign::Left,
            VAlign::Top,
        );
        x += cw + unit;
    }
    p.line(
        (plot.x, plot.y + plot.h),
        (plot.x + plot.w, plot.y + plot.h),
        p.pal.ink,
        s,
    );
}

fn layout_matrix(p: &mut Painter, m: &MatrixPanel, index: usize, area: Rect, transposed: bool, marks: &mut Vec<Mark>) {
    let s = p.s;
    let size = MatrixMetrics::LABEL_SIZE * s;
    let metrics = MatrixMetrics::new(m, s, transposed);
    let row_label_w = metrics.row_label_w;
    let cell_w = ((area.w - row_label_w - 8.0 * s) / metrics.cols as f64).max(22.0 * s);
    let header_h = metrics.header_h;
    let cell_h = ((area.h - header_h - 8.0 * s) / metrics.rows as f64).clamp(18.0 * s, 56.0 * s);
    let max = m.counts.iter().flatten().copied().max().unwrap_or(1).max(1);
    let x0 = area.x + row_label_w;
    let y0 = area.y + header_h;
    // Regions are rows (a chip before each name) and categories columns; on a narrow canvas, the other
    // way round.
    let region_label = |p: &mut Painter, region: Region, name: &str, left: f64, middle: f64, width: f64| {
        let chip = Rect {
            x: left,
            y: middle - 5.0 * s,
            w: 10.0 * s,
            h: 10.0 * s,
        };
        p.rect(chip, p.pal.region(region));
        p.pattern(chip, region_pattern(region), 3.0 * s);
        p.text(
            (left + 14.0 * s, middle),
            name,
            size,
            10.0 * s,
            width - 14.0 * s,
            p.pal.ink,
            true,
            HAlign::Left,
            VAlign::Middle,
        );
    };
    let header_count = if transposed { m.rows.len() } else { m.columns.len() };
    for ci in 0..header_count {
        let cx = x0 + (ci as f64 + 0.5) * cell_w;
        if transposed {
            // A region's name over its column: chip and name on one line, shrunk to fit.
            let (region, name) = &m.rows[ci];
            let (text, tsize) = fit(name, 12.0 * s, 9.0 * s, cell_w - 18.0 * s);
            let w = 14.0 * s + text_width(&text, tsize);
            region_label(p, *region, &text, cx - w / 2.0, y0 - 14.0 * s, w + 1.0);
            continue;
        }
        // Long category names wrap onto two lines.
        let name = &m.columns[ci].1;
        let lines = wrap_two(name, 12.0 * s, cell_w - 4.0 * s);
        for (li, line) in lines.iter().enumerate() {
            let ly = y0 - 6.0 * s - (lines.len() - li) as f64 * 15.0 * s;
            p.text(
                (cx, ly),
                line,
                12.0 * s,
                9.0 * s,
                cell_w - 4.0 * s,
                p.pal.ink,
                false,
                HAlign::Center,
                VAlign::Top,
            );
        }
    }
    for ri in 0..metrics.rows {
        let ry = y0 + ri as f64 * cell_h;
        if transposed {
            p.text(
                (area.x + 2.0 * s, ry + cell_h / 2.0),
                &m.columns[ri].1,
                size,
                9.0 * s,
                row_label_w - 6.0 * s,
                p.pal.ink,
                false,
                HAlign::Left,
                VAlign::Middle,
            );
        } else {
            let (region, name) = &m.rows[ri];
            region_label(
                p,
                *region,
                name,
                area.x + 2.0 * s,
                ry + cell_h / 2.0,
                row_label_w - 4.0 * s,
            );
        }
        for ci in 0..metrics.cols {
            let (r_index, c_index) = if transposed { (ci, ri) } else { (ri, ci) };
            let (Some((region, _)), Some((category, _))) = (m.rows.get(r_index), m.columns.get(c_index)) else {
                continue;
            };
            let count = m.counts.get(r_index).and_then(|r| r.get(c_index)).copied().unwrap_or(0);
            let r = Rect {
                x: x0 + ci as f64 * cell_w + s,
                y: ry + s,
                w: cell_w - 2.0 * s,
                h: cell_h - 2.0 * s,
            };
            let centre = (r.x + r.w / 2.0, r.y + r.h / 2.0);
            if count == 0 {
                p.rect(r, p.pal.missing_bg);
                p.hatch(r, p.pal.grid, 6.0 * s);
                p.text(
                    centre,
                    "—",
                    12.0 * s,
                    9.0 * s,
                    r.w,
                    p.pal.muted,
                    false,
                    HAlign::Center,
                    VAlign::Middle,
                );
            } else {
                let (fill, ink) = p.pal.heat_colour(count as f64 / max as f64);
                p.rect(r, fill);
                p.text(
                    centre,
                    &count.to_string(),
                    14.0 * s,
                    9.0 * s,
                    r.w,
                    ink,
                    true,
                    HAlign::Center,
                    VAlign::Middle,
                );
            }
            marks.push(Mark {
                rect: r,
                target: Target::Cell {
                    region: *region,
                    category,
                },
                panel: index,
            });
        }
    }
}

/// Splits a label into at most two lines that fit `width` (Chinese breaks anywhere).
fn wrap_two(text: &str, size: f64, width: f64) -> Vec<String> {
    if text_width(text, size) <= width {
        return vec![text.to_string()];
    }
    // Words break at the space nearest the middle; Chinese anywhere.
    let middle = text.len() / 2;
    let space = text
        .match_indices(' ')
        .map(|(i, _)| i)
        .min_by_key(|i| i.abs_diff(middle));
    if let Some(i) = space {
        return vec![text[..i].to_string(), text[i + 1..].to_string()];
    }
    let chars: Vec<char> = text.chars().collect();
    let half = chars.len().div_ceil(2);
    vec![chars[..half].iter().collect(), chars[half..].iter().collect()]
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
            p.pattern(r, region_pattern(bar.region), 6.0 * s);
        }
        Kind::Target => {
            p.rect(r, p.pal.background);
            p.hatch(r, colour, 9.0 * s);
            p.outline(r, colour, 2.0 * s, true);
        }
    }
    // Stacked parts: white rules between them, a label inside each that fits, each its own mark.
    let mut base = 0.0;
    for seg in &bar.segments {
        let (y1, y0) = (y_of(base), y_of(base + seg.value));
        let sr = Rect {
            x: r.x,
            y: y0,
            w: r.w,
            h: y1 - y0,
        };
        p.line((r.x, y0), (r.x + r.w, y0), p.pal.on_region, 2.0 * s);
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
                (sr.x + sr.w / 2.0, sr.y + sr.h / 2.0),
                &seg.label,
                11.0 * s,
                8.0 * s,
                sr.w - 8.0 * s,
                p.pal.ink,
                false,
                HAlign::Center,
                VAlign::Middle,
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
            for pair in points.windows(2) {
                p.line(pair[0], pair[1], p.pal.ink, 1.5 * s);
            }
        }
    }
}

fn value_labels(p: &mut Painter, bar: &BarSpec, cx: f64, bottom: f64, max_w: f64) {
    let s = p.s;
    let mut bottom = bottom;
    if let Some(sub) = &bar.sublabel {
        let muted = p.pal.muted;
        p.text(
            (cx, bottom),
            sub,
            11.0 * s,
            8.0 * s,
            max_w,
            muted,
            false,
            HAlign::Center,
            VAlign::Bottom,
        );
        bottom -= 14.0 * s;
    }
    let ink = p.pal.ink;
    p.text(
        (cx, bottom),
        &bar.label,
        12.0 * s,
        8.0 * s,
        max_w,
        ink,
        true,
        HAlign::Center,
        VAlign::Bottom,
    );
}

/// Where each legend entry goes (its swatch's top left), wrapping within `width`; and the legend's bottom.
fn legend_rows(t: &Strings, left: f64, top: f64, width: f64, s: f64) -> (Vec<(Swatch, &'static str, f64, f64)>, f64) {
    let size = 11.0 * s;
    let sw = 12.0 * s;
    let mut x = left;
    let mut y = top;
    let mut out = Vec::with_capacity(SWATCHES.len());
    for swatch in SWATCHES {
        let label = match swatch {
            Swatch::Actual => t.swatches.actual,
            Swatch::Target => t.swatches.target,
            Swatch::MoreThan => t.swatches.more_than,
            Swatch::Approx => t.swatches.approx,
            Swatch::Missing => t.not_reported,
        };
        let w = sw + 4.0 * s + text_width(label, size) + 14.0 * s;
        if x + w > left + width && x > left {
            x = left;
            y += 18.0 * s;
        }
        out.push((swatch, label, x, y));
        x += w;
    }
    (out, y + sw)
}

fn legend(p: &mut Painter, left: f64, top: f64, width: f64) {
    let s = p.s;
    let size = 11.0 * s;
    let sw = 12.0 * s;
    let (entries, _) = legend_rows(p.t, left, top, width, s);
    for (swatch, label, x, y) in entries {
        let r = Rect { x, y, w: sw, h: sw };
        match swatch {
            Swatch::Actual => p.rect(r, p.pal.ink),
            Swatch::Target => {
                p.rect(r, p.pal.background);
                p.hatch(r, p.pal.ink, 5.0 * s);
                p.outline(r, p.pal.ink, 1.5 * s, true);
            }
            Swatch::MoreThan => p.items.push(Item::Polygon {
                points: vec![(x, y + sw), (x + sw, y + sw), (x + sw / 2.0, y + 2.0 * s)],
                fill: p.pal.ink,
            }),
            Swatch::Approx => {
                let pts: Vec<(f64, f64)> = (0..=4)
                    .map(|i| {
                        (
                            x + sw * f64::from(i) / 4.0,
                            if i % 2 == 0 { y + sw * 0.7 } else { y + sw * 0.3 },
                        )
                    })
                    .collect();
                for pair in pts.windows(2) {
                    p.line(pair[0], pair[1], p.pal.ink, 1.5 * s);
                }
            }
            Swatch::Missing => {
                p.rect(r, p.pal.missing_bg);
                p.hatch(r, p.pal.missing, 4.0 * s);
            }
        }
        p.text(
            (x + sw + 4.0 * s, y + sw / 2.0),
            label,
            size,
            size,
            width,
            p.pal.ink,
            false,
            HAlign::Left,
            VAlign::Middle,
        );
    }
}
