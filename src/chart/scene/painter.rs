//! The display list being built, with the primitives every part of a chart draws with: rectangles,
//! lines (solid, dashed, outlines, hatching, region patterns) and text in a named style. Lengths come in
//! CSS pixels at the page's type and are scaled here; line widths also follow the theme's stroke factor.

use super::text::{line_height, text_width, Typeset};
use super::{HAlign, Item, Rect, VAlign};
use crate::chart::style::{Palette, Pattern, Rgb, TextStyle, SPACE};
use crate::i18n::Strings;

pub struct Painter {
    /// Pixels per CSS pixel at this chart's type (the pixel ratio × the zoom).
    pub s: f64,
    /// Whether a long text shrinks before it wraps (see [`Typeset`]).
    pub shrink: bool,
    pub t: &'static Strings,
    pub pal: Palette,
    /// The canvas's width: no text leaves it.
    pub width: f64,
    pub items: Vec<Item>,
    /// The box of every text item, to check that none overlaps another or leaves the canvas.
    pub text_boxes: Vec<(Rect, String)>,
}

impl Painter {
    /// The type this chart is set in.
    pub fn ty(&self) -> Typeset {
        Typeset {
            scale: self.s,
            shrink: self.shrink,
        }
    }

    /// `v` CSS pixels at this chart's type.
    pub fn px(&self, v: f64) -> f64 {
        v * self.s
    }

    /// A line `w` CSS pixels wide, thicker in the projector themes.
    pub fn stroke(&self, w: f64) -> f64 {
        w * self.s * self.pal.stroke
    }

    pub fn rect(&mut self, rect: Rect, fill: Rgb) {
        self.items.push(Item::Rect { rect, fill });
    }

    pub fn line(&mut self, from: (f64, f64), to: (f64, f64), colour: Rgb, width: f64) {
        self.items.push(Item::Line {
            from,
            to,
            colour,
            width,
        });
    }

    pub fn dashed(&mut self, from: (f64, f64), to: (f64, f64), colour: Rgb, width: f64) {
        let (dx, dy) = (to.0 - from.0, to.1 - from.1);
        let length = (dx * dx + dy * dy).sqrt();
        let (dash, gap) = (self.px(SPACE.dash), self.px(SPACE.dash_gap));
        let mut at = 0.0;
        while at < length {
            let end = (at + dash).min(length);
            let p = |t: f64| (from.0 + dx * t / length, from.1 + dy * t / length);
            self.line(p(at), p(end), colour, width);
            at = end + gap;
        }
    }

    /// Three sides (a bar's: left, top, right), inset by half the width.
    pub fn outline(&mut self, r: Rect, colour: Rgb, width: f64, dashed: bool) {
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

    /// All four sides.
    pub fn frame(&mut self, r: Rect, colour: Rgb, width: f64) {
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

    /// A region's second cue (lines over its colour), so a grey print still tells regions apart.
    pub fn pattern(&mut self, r: Rect, pattern: Pattern, spacing: f64) {
        let w = self.stroke(1.0);
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
    pub fn hatch(&mut self, r: Rect, colour: Rgb, spacing: f64) {
        let w = self.stroke(1.0);
        let mut d = r.x + r.y + spacing;
        while d < r.x + r.w + r.y + r.h {
            let xa = r.x.max(d - (r.y + r.h));
            let xb = (r.x + r.w).min(d - r.y);
            if xa < xb {
                self.line((xa, d - xa), (xb, d - xb), colour, w);
            }
            d += spacing;
        }
    }

    /// How a text in `style` is set within `max_width` (see [`Typeset::set`]): its lines, their size, and the
    /// widest line's width.
    pub fn measure(&self, text: &str, style: TextStyle, max_width: f64) -> (Vec<String>, f64, f64) {
        let (lines, size) = self.ty().set(text, style, max_width);
        let w = lines.iter().map(|l| text_width(l, size)).fold(0.0, f64::max);
        (lines, size, w)
    }

    /// Text in `style`, shrunk to fit `max_width`, else wrapped onto more lines (never cut); kept on the
    /// canvas. `at` is where the block of lines is aligned. Returns the block's height.
    pub fn text(
        &mut self,
        style: TextStyle,
        at: (f64, f64),
        text: &str,
        max_width: f64,
        align: (HAlign, VAlign),
    ) -> f64 {
        let colour = if style.muted { self.pal.muted } else { self.pal.ink };
        self.text_in(style, colour, at, text, max_width, align)
    }

    /// The same in another colour (text on a matrix cell's fill).
    pub fn text_in(
        &mut self,
        style: TextStyle,
        colour: Rgb,
        at: (f64, f64),
        text: &str,
        max_width: f64,
        align: (HAlign, VAlign),
    ) -> f64 {
        let (lines, size, _) = self.measure(text, style, max_width);
        self.lines_in(&lines, size, style.bold, colour, at, align)
    }

    /// Lines already set (by `measure`) at `size` pixels. Returns the block's height.
    pub fn fitted(
        &mut self,
        style: TextStyle,
        size: f64,
        at: (f64, f64),
        lines: &[String],
        align: (HAlign, VAlign),
    ) -> f64 {
        let colour = if style.muted { self.pal.muted } else { self.pal.ink };
        self.lines_in(lines, size, style.bold, colour, at, align)
    }

    fn lines_in(
        &mut self,
        lines: &[String],
        size: f64,
        bold: bool,
        colour: Rgb,
        at: (f64, f64),
        (h, v): (HAlign, VAlign),
    ) -> f64 {
        let lh = line_height(size);
        let block = lines.len() as f64 * lh;
        // The first line's anchor: a block aligned at its bottom or middle starts higher.
        let first = match v {
            VAlign::Top => at.1,
            VAlign::Middle => at.1 - (block - lh) / 2.0,
            VAlign::Bottom => at.1 - (block - lh),
        };
        for (i, line) in lines.iter().enumerate() {
            self.put(line.clone(), size, bold, colour, (at.0, first + i as f64 * lh), (h, v));
        }
        block
    }

    fn put(&mut self, text: String, size: f64, bold: bool, colour: Rgb, at: (f64, f64), (h, v): (HAlign, VAlign)) {
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

/// Common alignments.
pub const TOP_LEFT: (HAlign, VAlign) = (HAlign::Left, VAlign::Top);
pub const TOP_CENTRE: (HAlign, VAlign) = (HAlign::Center, VAlign::Top);
pub const MIDDLE_LEFT: (HAlign, VAlign) = (HAlign::Left, VAlign::Middle);
pub const MIDDLE_CENTRE: (HAlign, VAlign) = (HAlign::Center, VAlign::Middle);
pub const MIDDLE_RIGHT: (HAlign, VAlign) = (HAlign::Right, VAlign::Middle);
pub const BOTTOM_CENTRE: (HAlign, VAlign) = (HAlign::Center, VAlign::Bottom);
pub const TOP_RIGHT: (HAlign, VAlign) = (HAlign::Right, VAlign::Top);
