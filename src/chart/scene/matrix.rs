//! The coverage matrix: regions × categories, each cell the number of figures (an empty cell is hatched,
//! never a zero); on a narrow canvas the matrix turns (regions become the columns).

use super::painter::{Painter, MIDDLE_CENTRE, MIDDLE_LEFT, TOP_CENTRE};
use super::text::{text_width, wrap_two};
use super::{Mark, Rect, Target};
use crate::chart::spec::MatrixPanel;
use crate::chart::style::{region_pattern, SPACE, TEXT};
use crate::model::Region;

/// A matrix's row labels, header and grid, in either orientation.
pub struct MatrixMetrics {
    row_label_w: f64,
    header_h: f64,
    rows: usize,
    cols: usize,
}

impl MatrixMetrics {
    pub fn new(m: &MatrixPanel, s: f64, transposed: bool) -> MatrixMetrics {
        let size = TEXT.matrix_row.size * s;
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
            header_h: SPACE.matrix_header * s,
            rows: rows.max(1),
            cols: cols.max(1),
        }
    }

    /// The least width and height of a panel's area.
    pub fn least(&self, s: f64) -> (f64, f64) {
        (
            self.row_label_w + 8.0 * s + SPACE.cell_min_width * s * self.cols as f64,
            self.header_h + 8.0 * s + SPACE.cell_min_height * s * self.rows as f64,
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
    let metrics = MatrixMetrics::new(m, s, transposed);
    let row_label_w = metrics.row_label_w;
    let cell_w = ((area.w - row_label_w - 8.0 * s) / metrics.cols as f64).max(SPACE.cell_min_width * s);
    let cell_h = ((area.h - metrics.header_h - 8.0 * s) / metrics.rows as f64)
        .clamp(SPACE.cell_min_height * s, SPACE.cell_max_height * s);
    let max = m.counts.iter().flatten().copied().max().unwrap_or(1).max(1);
    let x0 = area.x + row_label_w;
    let y0 = area.y + metrics.header_h;
    let header_count = if transposed { m.rows.len() } else { m.columns.len() };
    for ci in 0..header_count {
        let cx = x0 + (ci as f64 + 0.5) * cell_w;
        if transposed {
            // A region's name over its column: chip and name on one line, shrunk to fit.
            let (region, name) = &m.rows[ci];
            let (text, _, text_w) = p.measure(name, TEXT.matrix_header, cell_w - 18.0 * s);
            let w = 14.0 * s + text_w;
            region_label(p, *region, &text, cx - w / 2.0, y0 - 14.0 * s, w + 1.0);
            continue;
        }
        // Long category names wrap onto two lines.
        let lines = wrap_two(&m.columns[ci].1, TEXT.matrix_header.size * s, cell_w - 4.0 * s);
        for (li, line) in lines.iter().enumerate() {
            let ly = y0 - 6.0 * s - (lines.len() - li) as f64 * SPACE.caption_line * s;
            p.text(TEXT.matrix_header, (cx, ly), line, cell_w - 4.0 * s, TOP_CENTRE);
        }
    }
    for ri in 0..metrics.rows {
        let ry = y0 + ri as f64 * cell_h;
        if transposed {
            let style = crate::chart::style::TextStyle {
                bold: false,
                min: 9.0,
                ..TEXT.matrix_row
            };
            p.text(
                style,
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
