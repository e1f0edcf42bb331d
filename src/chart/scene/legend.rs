//! The bar reading key (实绩, 目标, 余/以上, 约, 未报道), drawn on the canvas so an exported picture
//! explains itself.

use super::painter::{Painter, MIDDLE_LEFT};
use super::text::text_width;
use super::{Item, Rect};
use crate::chart::style::{SPACE, TEXT};
use crate::i18n::Strings;

#[derive(Clone, Copy)]
pub enum Swatch {
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

/// Where each entry goes (its swatch's top left), wrapping within `width`; and the legend's bottom.
pub fn legend_rows(
    t: &Strings,
    left: f64,
    top: f64,
    width: f64,
    s: f64,
) -> (Vec<(Swatch, &'static str, f64, f64)>, f64) {
    let size = TEXT.legend.size * s;
    let sw = SPACE.swatch * s;
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
        let w = sw + SPACE.swatch_gap * s + text_width(label, size) + SPACE.legend_item_gap * s;
        if x + w > left + width && x > left {
            x = left;
            y += SPACE.legend_row * s;
        }
        out.push((swatch, label, x, y));
        x += w;
    }
    (out, y + sw)
}

pub fn legend(p: &mut Painter, left: f64, top: f64, width: f64) {
    let sw = p.px(SPACE.swatch);
    let (entries, _) = legend_rows(p.t, left, top, width, p.s);
    for (swatch, label, x, y) in entries {
        let r = Rect { x, y, w: sw, h: sw };
        match swatch {
            Swatch::Actual => p.rect(r, p.pal.ink),
            Swatch::Target => {
                p.rect(r, p.pal.background);
                p.hatch(r, p.pal.ink, p.px(5.0));
                p.outline(r, p.pal.ink, p.stroke(1.5), true);
            }
            Swatch::MoreThan => p.items.push(Item::Polygon {
                points: vec![(x, y + sw), (x + sw, y + sw), (x + sw / 2.0, y + p.px(2.0))],
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
                    p.line(pair[0], pair[1], p.pal.ink, p.stroke(1.5));
                }
            }
            // As on the chart: a low hatched, dashed band standing on a baseline.
            Swatch::Missing => {
                let band = Rect {
                    x: r.x,
                    y: r.y + r.h * 0.45,
                    w: r.w,
                    h: r.h * 0.55,
                };
                p.rect(band, p.pal.missing_bg);
                p.hatch(band, p.pal.grid, p.px(3.0));
                p.outline(band, p.pal.missing, p.stroke(1.0), true);
                p.line(
                    (r.x - p.px(2.0), r.y + r.h),
                    (r.x + r.w + p.px(2.0), r.y + r.h),
                    p.pal.ink,
                    p.stroke(1.0),
                );
            }
        }
        p.text(
            TEXT.legend,
            (x + sw + p.px(SPACE.swatch_gap), y + sw / 2.0),
            label,
            width,
            MIDDLE_LEFT,
        );
    }
}
