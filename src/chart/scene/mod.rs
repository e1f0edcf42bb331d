//! Lays a chart spec out for a pixel size: a display list (what `draw` paints) and the rectangle of
//! every mark (what hit-testing reads). All lengths scale with the device pixel ratio and the zoom.
//!
//! `mod.rs`: the scene's types and the plan of a figure (header, panels, foot); `painter`: the
//! primitives; `text`: widths, fitting and wrapping; `legend`, `bars`, `matrix`: the parts. What things
//! look like (sizes, spacing, colours) is `chart::style`.

mod bars;
mod legend;
mod matrix;
mod painter;
mod text;

pub use text::{line_height, set, shrink, squeezed, text_width, wrap, wrap_two, HYPHEN};

use self::bars::{layout_bars, BarMetrics};
use self::legend::{legend, legend_rows};
use self::matrix::{layout_matrix, MatrixMetrics};
use self::painter::{Painter, TOP_LEFT};
pub use self::text::Typeset;
use super::spec::{Body, Figure, Panel};
use super::style::{Palette, Rgb, TextStyle, SLIDE_BOX, SPACE, TEXT, TEXT_SMALLEST};
use super::ChartError;
use crate::i18n::Strings;
use crate::model::Region;

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
    /// Where the picture may be cut across for print, top to bottom: under the header, between rows of
    /// panels, above the foot (no text or mark crosses them).
    pub breaks: Vec<f64>,
}

impl Scene {
    /// The picture cut into pages no taller than `page` (same units as the scene), at its breaks where
    /// one falls in the page's lower half, else where the page ends: (top, bottom) of each, covering the
    /// whole height in order.
    pub fn print_pages(&self, page: f64) -> Vec<(f64, f64)> {
        let mut pages = Vec::new();
        let mut top = 0.0;
        if !(page.is_finite() && page > 1.0) {
            return vec![(0.0, self.height)];
        }
        while self.height - top > page {
            let bottom = self
                .breaks
                .iter()
                .copied()
                .rev()
                .find(|b| *b > top + page / 2.0 && *b <= top + page)
                .unwrap_or(top + page);
            pages.push((top, bottom));
            top = bottom;
        }
        pages.push((top, self.height));
        pages
    }

    /// The mark under a point in backing-store pixels (the last drawn wins, so a segment beats its stack).
    pub fn hit(&self, x: f64, y: f64) -> Option<(usize, &Mark)> {
        self.marks.iter().enumerate().rev().find(|(_, m)| m.rect.contains(x, y))
    }
}

/// The smallest canvas (in CSS pixels) a chart is laid out for.
pub const MIN_WIDTH: f64 = 240.0;
pub const MIN_HEIGHT: f64 = 200.0;

/// Panels side by side on a canvas this wide (CSS pixels).
fn columns(panels: usize, css_width: f64) -> usize {
    if panels <= 1 {
        1
    } else {
        ((css_width / 320.0).floor() as usize).clamp(1, 4).min(panels)
    }
}

/// A panel's plot and labels in a figure of several, when the box may grow (CSS pixels).
const PANEL_CSS: f64 = 240.0;

/// The CSS height a figure wants at a CSS width: `None` for a single panel, which fills its box (but see
/// [`min_height`]).
pub fn preferred_height(figure: &Figure, css_width: f64) -> Option<f64> {
    let n = figure.panels.len();
    (n > 1 && css_width.is_finite() && css_width > 0.0).then(|| {
        let plan = plan(figure, css_width, Typeset::page(1.0));
        let frame = frame_cost(true, 1.0).1;
        (plan.body_top + plan.rows as f64 * (plan.head + PANEL_CSS + frame) + plan.foot).max(plan.height)
    })
}

/// The least CSS height a figure needs at a CSS width in the page's type: a box this tall holds it without
/// growing it (a shorter one gets a taller drawing, which scrolls).
pub fn min_height(figure: &Figure, css_width: f64) -> f64 {
    if !(css_width.is_finite() && css_width > 0.0) {
        return MIN_HEIGHT;
    }
    plan(figure, css_width, Typeset::page(1.0)).height
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
    /// The band of the notes and the source line at the foot.
    foot: f64,
    /// The panels' titles and notes (the same for all, so their plots line up).
    head: f64,
    /// Matrix panels drawn with regions as columns (narrow canvases).
    transposed: bool,
    /// Small multiples, each in a frame.
    framed: bool,
}

/// What a frame around a small multiple takes from its cell (width, height).
fn frame_cost(framed: bool, s: f64) -> (f64, f64) {
    if framed {
        (
            4.0 * s + 2.0 * SPACE.frame_inset * s,
            6.0 * s + 2.0 * SPACE.frame_inset * s,
        )
    } else {
        (0.0, 0.0)
    }
}

fn plan(figure: &Figure, width: f64, ty: Typeset) -> Plan {
    let (t, s) = (figure.lang.t(), ty.scale);
    let pad = SPACE.pad * s;
    let n = figure.panels.len().max(1);
    let framed = n > 1;
    let frame = frame_cost(framed, s);
    let mut width = width.max(MIN_WIDTH * s);
    // The narrowest each panel can be, in either matrix orientation; a narrow canvas turns the matrix.
    let need = |transposed: bool| {
        figure
            .panels
            .iter()
            .map(|p| panel_least(p, t, ty, transposed, 0.0).0 + frame.0)
            .fold(0.0_f64, f64::max)
    };
    let mut transposed = false;
    let mut min_w = need(false);
    let mut cols = columns(n, width / s);
    while cols > 1 && (width - pad) / (cols as f64) < min_w {
        cols -= 1;
    }
    if (width - pad) < min_w {
        let turned = need(true);
        if turned < min_w {
            transposed = true;
            min_w = turned;
        }
    }
    width = width.max(pad + min_w);
    let rows = n.div_ceil(cols);
    // At the cell's width: the panels' heads and bodies, wrapped as they will be drawn.
    let area_w = (width - pad) / cols as f64 - frame.0;
    let head = figure
        .panels
        .iter()
        .map(|p| panel_head(p, ty, area_w))
        .fold(0.0_f64, f64::max);
    let body = figure
        .panels
        .iter()
        .map(|p| panel_least(p, t, ty, transposed, area_w).1)
        .fold(0.0_f64, f64::max);
    let inner = width - 2.0 * pad;
    let body_top = header_bottom(figure, t, pad, inner, ty);
    let foot = foot_height(figure, inner, ty);
    let height = (body_top + rows as f64 * (head + body + frame.1) + foot).max(MIN_HEIGHT * s);
    Plan {
        width,
        height,
        cols,
        rows,
        body_top,
        foot,
        head,
        transposed,
        framed,
    }
}

/// The header's texts, each wrapped to the width: the title, the subtitle, the verdict.
fn header_texts(figure: &Figure) -> impl Iterator<Item = (TextStyle, &str)> {
    [
        (TEXT.title, Some(figure.title.as_str())),
        (TEXT.subtitle, Some(figure.subtitle.as_str())),
        (TEXT.verdict, figure.verdict.as_deref()),
    ]
    .into_iter()
    .filter_map(|(style, text)| Some((style, text?)))
}

/// The height of a text block in `style` set in type `ty` within `width`, and the gap after it.
fn block_height(text: &str, style: TextStyle, ty: Typeset, width: f64) -> f64 {
    let (lines, size) = ty.set(text, style, width);
    lines.len() as f64 * line_height(size) + SPACE.block_gap * ty.scale
}

/// The bottom of the title, subtitle, verdict and legend.
fn header_bottom(figure: &Figure, t: &Strings, pad: f64, inner: f64, ty: Typeset) -> f64 {
    let s = ty.scale;
    let mut y = pad
        + header_texts(figure)
            .map(|(style, text)| block_height(text, style, ty, inner))
            .sum::<f64>();
    if figure.bar_legend {
        y = legend_rows(t, pad, y, inner, s).1 + SPACE.legend_gap * s;
    }
    y
}

/// The foot's texts: each caveat (口径说明) as a paragraph, then the source line.
fn foot_texts(figure: &Figure) -> impl Iterator<Item = (TextStyle, String)> + '_ {
    figure
        .notes
        .iter()
        .map(|n| (TEXT.note, format!("{}{n}", figure.lang.t().note_mark)))
        .chain(std::iter::once((TEXT.source, figure.source_line.clone())))
}

/// The height of the foot: the notes and the source line, wrapped.
fn foot_height(figure: &Figure, inner: f64, ty: Typeset) -> f64 {
    SPACE.foot_gap * ty.scale
        + foot_texts(figure)
            .map(|(style, text)| block_height(&text, style, ty, inner))
            .sum::<f64>()
}

/// A panel's title and note lines, wrapped at the panel's width.
fn panel_head(panel: &Panel, ty: Typeset, area_w: f64) -> f64 {
    let width = area_w - 8.0 * ty.scale;
    [
        (&panel.title, TEXT.panel_title),
        (&panel.verdict, TEXT.panel_note),
        (&panel.note, TEXT.panel_note),
    ]
    .into_iter()
    .filter_map(|(text, style)| text.as_ref().map(|t| block_height(t, style, ty, width)))
    .sum()
}

/// The least width of a panel's area (at any width), and its least height at `area_w`.
fn panel_least(panel: &Panel, t: &Strings, ty: Typeset, transposed: bool, area_w: f64) -> (f64, f64) {
    let s = ty.scale;
    match &panel.body {
        Body::Bars(bars) => BarMetrics::new(bars, t, ty, area_w).least(s),
        Body::Matrix(matrix) => MatrixMetrics::new(matrix, ty, transposed, area_w).least(s),
    }
}

/// Lays out a figure in a `width` × `height` pixel canvas at pixel ratio `scale`, in the page's type
/// (see [`layout_in`]).
pub fn layout(figure: &Figure, width: f64, height: f64, scale: f64, pal: &Palette) -> Result<Scene, ChartError> {
    layout_in(figure, width, height, Typeset::page(scale), pal)
}

/// Lays out a figure in a `width` × `height` pixel canvas in type `ty`. A canvas too small for the figure
/// gets a larger drawing (the scene's own size, which the page scrolls), never none: only a size that is
/// not a size (zero, negative, NaN) is refused.
pub fn layout_in(figure: &Figure, width: f64, height: f64, ty: Typeset, pal: &Palette) -> Result<Scene, ChartError> {
    let ok = |v: f64| v.is_finite() && v >= 1.0;
    let s = ty.scale;
    if !(ok(width) && ok(height) && s.is_finite() && s > 0.0) {
        return Err(ChartError::TooSmall { width, height });
    }
    let plan = plan(figure, width, ty);
    let (width, height) = (plan.width, height.max(plan.height));
    let mut p = Painter {
        s,
        shrink: ty.shrink,
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
    let pad = p.px(SPACE.pad);
    let inner = width - 2.0 * pad;
    let mut y = pad;
    for (style, text) in header_texts(figure) {
        y += p.text(style, (pad, y), text, inner, TOP_LEFT) + p.px(SPACE.block_gap);
    }
    if figure.bar_legend {
        legend(&mut p, pad, y, inner);
    }
    let y = plan.body_top;
    // The caveats and the source line at the foot, so an exported picture keeps them.
    let foot = plan.foot;
    let mut fy = height - foot + p.px(SPACE.foot_gap);
    for (style, text) in foot_texts(figure) {
        fy += p.text(style, (pad, fy), &text, inner, TOP_LEFT) + p.px(SPACE.block_gap);
    }

    let (cols, rows) = (plan.cols, plan.rows);
    let cell_w = (width - pad) / cols as f64;
    let cell_h = (height - y - foot) / rows as f64;
    let mut marks = Vec::new();
    let mut breaks = vec![y];
    breaks.extend((1..rows).map(|r| y + r as f64 * cell_h));
    breaks.push(height - foot);
    for (i, panel) in figure.panels.iter().enumerate() {
        let area = Rect {
            x: pad * 0.5 + (i % cols) as f64 * cell_w,
            y: y + (i / cols) as f64 * cell_h,
            w: cell_w,
            h: cell_h,
        };
        layout_panel(&mut p, panel, i, area, &plan, &mut marks);
    }
    Ok(Scene {
        width,
        height,
        items: p.items,
        marks,
        text_boxes: p.text_boxes,
        breaks,
    })
}

/// The ways a slide filling a `width` × `height` CSS-pixel box is set, tried in turn (for `layout_fit`).
/// Its type is `zoom` times the page's on a 1280×720 screen (`SLIDE_BOX`) and grows with a larger box, up
/// to three times (a 1920×1080 projector draws ticks at 25 px, not 16). Where the chart does not fit, it
/// comes down in steps of at most an eighth, long labels wrapping at their size. The page's way (labels
/// shrinking toward their least size) at `zoom`, `(zoom + 1) / 2` and 1 is tried where the least size its
/// text can take is larger than wrapping's, and last: the ways are ordered by that least size.
pub fn slide_types(zoom: f64, width: f64, height: f64) -> Vec<Typeset> {
    let room = (width / SLIDE_BOX.0).min(height / SLIDE_BOX.1);
    // Never below the page's type; a box that is not a size (NaN) comes out as the page's type.
    let zoom = zoom.max(1.0);
    let start = zoom * room.clamp(1.0, 3.0);
    // At most a dozen steps between the start and the page's type.
    let step = ((start - 1.0) / 12.0).max(0.125);
    let steps = ((start - 1.0) / step).ceil() as usize;
    // Both ways run from large to small: merged by the least size their text can take.
    let (size, min) = TEXT_SMALLEST;
    let pages = [zoom, (zoom + 1.0) / 2.0, 1.0];
    let (mut types, mut next) = (Vec::new(), 0);
    for k in 0..=steps {
        let scale = (start - k as f64 * step).max(1.0);
        while next < pages.len() && pages[next] * min > scale * size {
            types.push(Typeset::page(pages[next]));
            next += 1;
        }
        types.push(Typeset { scale, shrink: false });
    }
    types.extend(pages[next..].iter().map(|z| Typeset::page(*z)));
    types
}

/// The first of `types`, tried in order (their scale is relative to the page's type), in which the figure
/// fits a `width` × `height` canvas at pixel ratio `dpr` without growing; else the drawing in the last one,
/// larger than the canvas (it scrolls).
pub fn layout_fit(
    figure: &Figure,
    width: f64,
    height: f64,
    dpr: f64,
    types: &[Typeset],
    pal: &Palette,
) -> Result<Scene, ChartError> {
    let mut last = Err(ChartError::TooSmall { width, height });
    for ty in types {
        let at = Typeset {
            scale: dpr * ty.scale,
            ..*ty
        };
        let scene = layout_in(figure, width, height, at, pal)?;
        if scene.width <= width + 0.5 && scene.height <= height + 0.5 {
            return Ok(scene);
        }
        last = Ok(scene);
    }
    last
}

fn layout_panel(p: &mut Painter, panel: &Panel, index: usize, area: Rect, plan: &Plan, marks: &mut Vec<Mark>) {
    let (framed, head, transposed) = (plan.framed, plan.head, plan.transposed);
    let mut area = area;
    if framed {
        // A hairline frame separates small multiples.
        let f = Rect {
            x: area.x + p.px(2.0),
            y: area.y + p.px(4.0),
            w: area.w - p.px(4.0),
            h: area.h - p.px(6.0),
        };
        let w = p.stroke(1.0);
        p.frame(f, p.pal.grid, w);
        let inset = p.px(SPACE.frame_inset);
        area = Rect {
            x: f.x + inset,
            y: f.y + inset,
            w: f.w - 2.0 * inset,
            h: f.h - 2.0 * inset,
        };
    }
    // Title and note, wrapped, taken off the top of the panel (the same height in every panel).
    let (at_x, width) = (area.x + p.px(4.0), area.w - p.px(8.0));
    let mut ty = area.y;
    for (text, style) in [
        (&panel.title, TEXT.panel_title),
        (&panel.verdict, TEXT.panel_note),
        (&panel.note, TEXT.panel_note),
    ] {
        if let Some(text) = text {
            ty += p.text(style, (at_x, ty), text, width, TOP_LEFT) + p.px(SPACE.block_gap);
        }
    }
    area.y += head;
    area.h -= head;
    match &panel.body {
        Body::Bars(bars) => layout_bars(p, bars, index, area, marks),
        Body::Matrix(matrix) => layout_matrix(p, matrix, index, area, transposed, marks),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scales(types: &[Typeset]) -> Vec<(f64, bool)> {
        types.iter().map(|t| (t.scale, t.shrink)).collect()
    }

    #[test]
    fn a_slides_type_grows_with_its_box_and_comes_down_in_steps() {
        // On a 1280×720 screen: the slide's own type first, then down in eighths, labels wrapping; the
        // page's way (labels shrinking to 8 of 11 px) where its least text is larger, and last.
        assert_eq!(
            scales(&slide_types(1.5, 1248.0, 521.0)),
            [
                (1.5, false),
                (1.375, false),
                (1.25, false),
                (1.125, false),
                (1.5, true),
                (1.0, false),
                (1.25, true),
                (1.0, true)
            ]
        );
        // On 1920×1080 the box is 1.51× as wide: ticks of 11 px are drawn at 25 px where they fit.
        let big = slide_types(1.5, 1888.0, 850.0);
        assert!((big[0].scale * 11.0 - 25.0).abs() < 0.1, "{big:?}");
        assert_eq!(big.last(), Some(&Typeset::page(1.0)));
        // The narrower side decides, and a box smaller than the reference never starts below the zoom.
        assert_eq!(slide_types(1.5, 3000.0, 521.0)[0].scale, 1.5);
        assert_eq!(slide_types(1.5, 358.0, 506.0)[0].scale, 1.5);
        // At most three times the reference, in at most a dozen steps: a wall-sized screen does not blow
        // the type up without end, nor try it at every eighth.
        let wall = slide_types(1.5, 12_000.0, 6_000.0);
        assert_eq!(wall[0].scale, 4.5);
        assert!(wall.len() <= 13 + 3, "{} tries", wall.len());
        // Nonsense in, the page's type out (no endless loop, nothing below the page's).
        for zoom in [f64::NAN, 0.5, -2.0] {
            let types = slide_types(zoom, 1248.0, 521.0);
            assert!(
                types.iter().all(|t| t.scale >= 1.0 && t.scale.is_finite()),
                "{zoom}: {types:?}"
            );
        }
        assert!(!slide_types(1.5, f64::NAN, 0.0).is_empty());
    }

    #[test]
    fn a_slide_wraps_a_long_label_where_the_page_shrinks_it() {
        let style = TEXT.caption;
        let long = "一个很长很长的说明文字，放不进一行";
        let room = text_width(long, style.size) * 0.9;
        let (page, page_size) = Typeset::page(1.0).set(long, style, room);
        assert_eq!(
            (page.len(), page_size < style.size),
            (1, true),
            "the page shrinks it onto one line"
        );
        let slide = Typeset {
            scale: 1.0,
            shrink: false,
        };
        let (lines, size) = slide.set(long, style, room);
        assert_eq!((lines.len(), size), (2, style.size), "a slide wraps it at its size");
    }
}
