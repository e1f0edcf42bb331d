//! The coverage matrix: regions × categories, each cell the number of figures (an empty cell is hatched,
//! never a zero); on a narrow canvas the matrix turns (regions become the columns).

use super::painter::{Painter, BOTTOM_CENTRE, MIDDLE_CENTRE, MIDDLE_LEFT};
use super::text::{line_height, text_width, wrap, Typeset};
use super::{Mark, Rect, Target};
use crate::chart::spec::MatrixPanel;
use crate::chart::style::{region_pattern, TextStyle, SPACE, TEXT};
use crate::model::Region;

/// A matrix's row labels, header and grid, in either orientation, for an area `width` wide.
pub struct MatrixMetrics {
    row_label_w: f64,
    header_h: f64,
    rows: usize,
    cols: usize,
    /// The narrowest a column may be (a region's name over it on about two lines), and its width.
    cell_min_w: f64,
    cell_w: f64,
    /// The lowest a row may be (two lines of a category's name, turned).
    cell_min_h: f64,
}

/// A category's name beside its row in a turned matrix.
const TRANSPOSED_ROW: TextStyle = TextStyle {
    size: 11.0,
    min: 9.0,
    bold: false,
    muted: false,
};

/// The width a name takes on two lines (about half its width, broken where it may be).
fn two_line_width(name: &str, size: f64) -> f64 {
    wrap(name, size, text_width(name, size) / 2.0 + size)
        .iter()
        .map(|l| text_width(l, size))
        .fold(0.0, f64::max)
}

impl MatrixMetrics {
    pub fn new(m: &MatrixPanel, ty: Typeset, transposed: bool, width: f64) -> MatrixMetrics {
        let s = ty.scale;
        let size = TEXT.matrix_row.size * s;
        let widest = |names: &mut dyn Iterator<Item = &String>| names.map(|n| text_width(n, size)).fold(0.0, f64::max);
        let (row_label_w, rows, cols) = if transposed {
            // Category names beside narrow columns: smaller, on two lines where they must.
            (
                m.columns
                    .iter()
                    .map(|(_, n)| two_line_width(n, TRANSPOSED_ROW.size * s))
                    .fold(0.0, f64::max)
                    + 8.0 * s,
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
        let (rows, cols) = (rows.max(1), cols.max(1));
        let header = TEXT.matrix_header;
        let cell_min_w = if transposed {
            m.rows
                .iter()
                .map(|(_, n)| two_line_width(n, ty.least(header)) + 4.0 * s)
                .fold(SPACE.cell_min_width * s, f64::max)
        } else {
            SPACE.cell_min_width * s
        };
        let cell_w = ((width - row_label_w - 8.0 * s) / cols as f64).max(cell_min_w);
        // The header holds every column's name, wrapped as it will be drawn.
        let names: Vec<&String> = if transposed {
            m.rows.iter().map(|(_, n)| n).collect()
        } else {
            m.columns.iter().map(|(_, n)| n).collect()
        };
        let room = cell_w - 4.0 * s;
        let tallest = names
            .iter()
            .map(|n| {
                let (lines, size) = ty.set(n, header, room);
                lines.len() as f64 * line_height(size)
            })
            .fold(0.0, f64::max);
        MatrixMetrics {
            row_label_w,
            // A region's chip stands over its name.
            header_h: (SPACE.matrix_header * s)
                .max(tallest + 10.0 * s + if transposed { (SPACE.chip + 3.0) * s } else { 0.0 }),
            rows,
            cols,
            cell_min_w,
            cell_w,
            cell_min_h: if transposed {
                (2.0 * line_height(TRANSPOSED_ROW.size) + 4.0) * s
            } else {
                SPACE.cell_min_height * s
            },
        }
    }

    /// The least width of a panel's area, and its least height at the width it was set for.
    pub fn least(&self, s: f64) -> (f64, f64) {
        (
            self.row_label_w + 8.0 * s + self.cell_min_w * self.cols as f64,
            self.header_h + 8.0 * s + self.cell_min_h * self.rows as f64,
        )
    }
}

/// A region's chip and name, from `left`, centred on `middle`.
fn region_label(p: &mut Painter, region: Region, name: &str, left: f64, middle: f64, width: f64) {
    let s = p.s;
    let chip = Rect {
        x: left,
        y: middle - 5.0 * s,
        w: SPACE.chip * s,
        h: SPACE.chip * s,
    };
    p.rect(chip, p.pal.region(region));
    p.pattern(chip, region_pattern(region), SPACE.chip_pattern * s);
    p.text(
        TEXT.matrix_row,
        (left + 14.0 * s, middle),
        name,
        width - 14.0 * s,
        MIDDLE_LEFT,
    );
}

pub fn layout_matrix(
    p: &mut Painter,
    m: &MatrixPanel,
    index: usize,
    area: Rect,
    transposed: bool,
    marks: &mut Vec<Mark>,
) {
    let s = p.s;
    let metrics = MatrixMetrics::new(m, p.ty(), transposed, area.w);
    let row_label_w = metrics.row_label_w;
    let cell_w = metrics.cell_w;
    let cell_h = ((area.h - metrics.header_h - 8.0 * s) / metrics.rows as f64)
        .clamp(metrics.cell_min_h, SPACE.cell_max_height * s);
    let max = m.counts.iter().flatten().copied().max().unwrap_or(1).max(1);
    let x0 = area.x + row_label_w;
    let y0 = area.y + metrics.header_h;
    let header_count = if transposed { m.rows.len() } else { m.columns.len() };
    for ci in 0..header_count {
        let cx = x0 + (ci as f64 + 0.5) * cell_w;
        if transposed {
            // A region's name over its column (on two lines where it must), its chip above it.
            let (region, name) = &m.rows[ci];
            let (lines, size, _) = p.measure(name, TEXT.matrix_header, cell_w - 4.0 * s);
            let h = p.fitted(TEXT.matrix_header, size, (cx, y0 - 6.0 * s), &lines, BOTTOM_CENTRE);
            let chip = SPACE.chip * s;
            let r = Rect {
                x: cx - chip / 2.0,
                y: y0 - 6.0 * s - h - chip - 3.0 * s,
                w: chip,
                h: chip,
            };
            p.rect(r, p.pal.region(*region));
            p.pattern(r, region_pattern(*region), SPACE.chip_pattern * s);
            continue;
        }
        // Category names over their columns, wrapped, standing on the grid.
        p.text(
            TEXT.matrix_header,
            (cx, y0 - 6.0 * s),
            &m.columns[ci].1,
            cell_w - 4.0 * s,
            BOTTOM_CENTRE,
        );
    }
    for ri in 0..metrics.rows {
        let ry = y0 + ri as f64 * cell_h;
        if transposed {
            p.text(
                TRANSPOSED_ROW,
                (area.x + 2.0 * s, ry + cell_h / 2.0),
                &m.columns[ri].1,
                row_label_w - 6.0 * s,
                MIDDLE_LEFT,
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
                p.text(TEXT.matrix_empty, centre, "—", r.w, MIDDLE_CENTRE);
            } else {
                let (fill, ink) = p.pal.heat_colour(count as f64 / max as f64);
                p.rect(r, fill);
                p.text_in(TEXT.matrix_count, ink, centre, &count.to_string(), r.w, MIDDLE_CENTRE);
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
