//! The look of every chart in one place: colours (`Palette`, one per theme), the named text styles
//! (`TEXT`), the spacing (`SPACE`), the proportions of a bar panel (`BAR_*`), the font and its metrics.
//! Changing how every chart looks is an edit here; the layout (`scene`) only names what it draws.

use crate::model::Region;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }
}

/// A region's place in the palettes: its colour, pattern and page tints.
pub fn region_slot(region: Region) -> usize {
    region.slot()
}

/// The colours of a theme. Every chart colour comes from here, so a theme is one value.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Palette {
    pub background: Rgb,
    pub ink: Rgb,
    pub muted: Rgb,
    pub grid: Rgb,
    pub missing: Rgb,
    pub missing_bg: Rgb,
    /// Lines drawn over region colours (patterns, stack rules).
    pub on_region: Rgb,
    /// 上党, 盐湖, 万荣, 长治, 微子: bars and chips (Okabe–Ito / Tol hues, each ≥ 3:1 on the background).
    pub regions: [Rgb; 5],
    /// A region's numbers in the article text (≥ 4.5:1 on `region_tint`), and the tint behind them.
    pub region_text: [Rgb; 5],
    pub region_tint: [Rgb; 5],
    /// Matrix cells from few to many figures.
    pub heat: (Rgb, Rgb),
    /// Stroke widths are multiplied by this (thicker marks for projectors).
    pub stroke: f64,
}

impl Palette {
    pub const LIGHT: Palette = Palette {
        background: Rgb(255, 255, 255),
        ink: Rgb(33, 37, 41),
        muted: Rgb(88, 94, 102),
        grid: Rgb(222, 226, 230),
        missing: Rgb(118, 124, 132),
        missing_bg: Rgb(246, 247, 248),
        on_region: Rgb(255, 255, 255),
        regions: [
            Rgb(0, 114, 178),
            Rgb(213, 94, 0),
            Rgb(0, 140, 100),
            Rgb(170, 68, 153),
            Rgb(136, 110, 0),
        ],
        region_text: [
            Rgb(0, 90, 140),
            Rgb(156, 68, 0),
            Rgb(0, 107, 76),
            Rgb(138, 51, 121),
            Rgb(107, 86, 0),
        ],
        region_tint: [
            Rgb(227, 240, 248),
            Rgb(251, 234, 223),
            Rgb(224, 243, 236),
            Rgb(246, 230, 242),
            Rgb(244, 239, 217),
        ],
        heat: (Rgb(222, 235, 247), Rgb(8, 69, 148)),
        stroke: 1.0,
    };
    pub const DARK: Palette = Palette {
        background: Rgb(22, 25, 29),
        ink: Rgb(236, 239, 242),
        muted: Rgb(176, 183, 191),
        grid: Rgb(58, 63, 70),
        missing: Rgb(120, 126, 134),
        missing_bg: Rgb(32, 36, 41),
        on_region: Rgb(22, 25, 29),
        regions: [
            Rgb(86, 180, 233),
            Rgb(255, 140, 66),
            Rgb(64, 208, 160),
            Rgb(224, 143, 208),
            Rgb(227, 194, 74),
        ],
        region_text: [
            Rgb(108, 196, 255),
            Rgb(255, 163, 102),
            Rgb(79, 209, 165),
            Rgb(228, 154, 214),
            Rgb(230, 207, 106),
        ],
        region_tint: [Rgb(22, 25, 29); 5],
        heat: (Rgb(40, 52, 66), Rgb(86, 180, 233)),
        stroke: 1.0,
    };
    /// High contrast for projectors: black ink, saturated dark hues, thicker strokes.
    pub const PROJECTOR_LIGHT: Palette = Palette {
        background: Rgb(255, 255, 255),
        ink: Rgb(0, 0, 0),
        muted: Rgb(34, 34, 34),
        grid: Rgb(150, 150, 150),
        missing: Rgb(80, 80, 80),
        missing_bg: Rgb(238, 238, 238),
        on_region: Rgb(255, 255, 255),
        regions: [
            Rgb(0, 82, 147),
            Rgb(170, 60, 0),
            Rgb(0, 105, 70),
            Rgb(128, 30, 112),
            Rgb(100, 78, 0),
        ],
        region_text: [
            Rgb(0, 64, 115),
            Rgb(130, 45, 0),
            Rgb(0, 85, 55),
            Rgb(110, 25, 95),
            Rgb(85, 65, 0),
        ],
        region_tint: [Rgb(255, 255, 255); 5],
        heat: (Rgb(205, 222, 240), Rgb(0, 50, 120)),
        stroke: 1.6,
    };
    pub const PROJECTOR_DARK: Palette = Palette {
        background: Rgb(0, 0, 0),
        ink: Rgb(255, 255, 255),
        muted: Rgb(230, 230, 230),
        grid: Rgb(110, 110, 110),
        missing: Rgb(170, 170, 170),
        missing_bg: Rgb(24, 24, 24),
        on_region: Rgb(0, 0, 0),
        regions: [
            Rgb(108, 196, 255),
            Rgb(255, 153, 85),
            Rgb(75, 227, 176),
            Rgb(255, 157, 230),
            Rgb(255, 216, 74),
        ],
        region_text: [
            Rgb(108, 196, 255),
            Rgb(255, 163, 102),
            Rgb(79, 209, 165),
            Rgb(228, 154, 214),
            Rgb(230, 207, 106),
        ],
        region_tint: [Rgb(0, 0, 0); 5],
        heat: (Rgb(30, 40, 55), Rgb(108, 196, 255)),
        stroke: 1.6,
    };

    pub fn region(&self, region: Region) -> Rgb {
        self.regions[region_slot(region)]
    }

    /// The page's CSS custom properties for this theme: every region's colour, its numbers' text colour
    /// and tint (`--r0`, `--r0-text`, `--r0-tint`…). The page's chips and highlighted numbers use them, so
    /// a region's colours are defined here only.
    pub fn css_variables(&self) -> String {
        let mut out = String::new();
        for (i, ((c, t), b)) in self
            .regions
            .iter()
            .zip(&self.region_text)
            .zip(&self.region_tint)
            .enumerate()
        {
            // A tint that is the background itself is none: the number sits on whatever panel holds it.
            let tint = if *b == self.background {
                "transparent".to_string()
            } else {
                b.hex()
            };
            out.push_str(&format!(
                "--r{i}:{};--r{i}-text:{};--r{i}-tint:{tint};",
                c.hex(),
                t.hex()
            ));
        }
        out
    }

    /// A matrix cell's fill for a share of the largest count, and the text colour with more contrast on it.
    pub fn heat_colour(&self, share: f64) -> (Rgb, Rgb) {
        let t = share.clamp(0.0, 1.0);
        let (lo, hi) = self.heat;
        let mix = |a: u8, b: u8| (f64::from(a) + (f64::from(b) - f64::from(a)) * t).round() as u8;
        let fill = Rgb(mix(lo.0, hi.0), mix(lo.1, hi.1), mix(lo.2, hi.2));
        // Black or white: one of them always reaches 4.58:1, whatever the fill.
        let (dark, light) = (Rgb(0, 0, 0), Rgb(255, 255, 255));
        let text = if contrast(light, fill) >= contrast(dark, fill) {
            light
        } else {
            dark
        };
        (fill, text)
    }
}

/// A region's second cue: white lines over its colour on achieved bars and chips.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pattern {
    Solid,
    Horizontal,
    Vertical,
    Grid,
    BackSlash,
}

pub fn region_pattern(region: Region) -> Pattern {
    match region_slot(region) % 5 {
        0 => Pattern::Solid,
        1 => Pattern::Horizontal,
        2 => Pattern::Vertical,
        3 => Pattern::Grid,
        _ => Pattern::BackSlash,
    }
}

/// WCAG relative luminance.
pub fn luminance(c: Rgb) -> f64 {
    let lin = |v: u8| {
        let v = f64::from(v) / 255.0;
        if v <= 0.03928 {
            v / 12.92
        } else {
            pow_2_4((v + 0.055) / 1.055)
        }
    };
    0.2126 * lin(c.0) + 0.7152 * lin(c.1) + 0.0722 * lin(c.2)
}

/// x^2.4 for x in (0, 1], as x² · ⁵√(x²) by Newton's method: libm's pow would add 1.7 KB (gzip) to the wasm.
fn pow_2_4(x: f64) -> f64 {
    let a = x * x;
    // From above, Newton on y⁵ = a falls monotonically to the root (≥ 0.38 here); stop when it stops falling.
    let mut y = 1.0_f64;
    for _ in 0..64 {
        let next = (4.0 * y + a / (y * y * y * y)) / 5.0;
        if next >= y {
            break;
        }
        y = next;
    }
    a * y
}

/// WCAG contrast ratio, 1 to 21.
pub fn contrast(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// How a piece of chart text is set: its size and the least it may shrink to before it is cut, in CSS
/// pixels at the page's type (the layout multiplies by the scale), its weight, and whether it is muted.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TextStyle {
    pub size: f64,
    pub min: f64,
    pub bold: bool,
    pub muted: bool,
}

const fn style(size: f64, min: f64, bold: bool, muted: bool) -> TextStyle {
    TextStyle { size, min, bold, muted }
}

/// Every kind of text a chart draws.
#[derive(Debug, Clone, Copy)]
pub struct TextStyles {
    pub title: TextStyle,
    pub subtitle: TextStyle,
    pub legend: TextStyle,
    /// Whether what the figure sets side by side can be compared, and why (under the subtitle).
    pub verdict: TextStyle,
    /// The caveats at the foot (口径说明), and the source line under them.
    pub note: TextStyle,
    pub source: TextStyle,
    pub panel_title: TextStyle,
    pub panel_note: TextStyle,
    /// Axis ticks and the unit over them.
    pub tick: TextStyle,
    /// The value over a bar (the number as written).
    pub value: TextStyle,
    /// The second value under it (the other form of the number).
    pub sublabel: TextStyle,
    /// Lines under a bar (indicator, period).
    pub caption: TextStyle,
    /// A cluster's name under its bars (bold where it names a region).
    pub cluster: TextStyle,
    /// The 未报道 label of an empty slot.
    pub missing: TextStyle,
    /// A stacked segment's label.
    pub segment: TextStyle,
    pub matrix_header: TextStyle,
    pub matrix_row: TextStyle,
    pub matrix_count: TextStyle,
    pub matrix_empty: TextStyle,
}

pub const TEXT: TextStyles = TextStyles {
    title: style(18.0, 13.0, true, false),
    subtitle: style(12.0, 9.0, false, true),
    legend: style(11.0, 11.0, false, false),
    verdict: style(12.0, 12.0, false, false),
    note: style(11.0, 11.0, false, true),
    source: style(11.0, 11.0, false, true),
    panel_title: style(14.0, 10.0, true, false),
    panel_note: style(11.0, 9.0, false, true),
    tick: style(11.0, 11.0, false, true),
    value: style(12.0, 8.0, true, false),
    sublabel: style(11.0, 8.0, false, true),
    caption: style(11.0, 9.0, false, true),
    cluster: style(13.0, 9.0, false, false),
    missing: style(13.0, 9.0, true, false),
    segment: style(11.0, 8.0, false, false),
    matrix_header: style(12.0, 9.0, false, false),
    matrix_row: style(13.0, 10.0, true, false),
    matrix_count: style(14.0, 9.0, true, false),
    matrix_empty: style(12.0, 9.0, false, true),
};

/// The smallest size any text is set at, and the least any may shrink to (CSS pixels at the page's type).
pub const TEXT_SMALLEST: (f64, f64) = {
    let t = TEXT;
    let all = [
        t.title,
        t.subtitle,
        t.legend,
        t.verdict,
        t.note,
        t.source,
        t.panel_title,
        t.panel_note,
        t.tick,
        t.value,
        t.sublabel,
        t.caption,
        t.cluster,
        t.missing,
        t.segment,
        t.matrix_header,
        t.matrix_row,
        t.matrix_count,
        t.matrix_empty,
    ];
    let (mut size, mut min, mut i) = (f64::INFINITY, f64::INFINITY, 0);
    while i < all.len() {
        if all[i].size < size {
            size = all[i].size;
        }
        if all[i].min < min {
            min = all[i].min;
        }
        i += 1;
    }
    (size, min)
};

/// A slide's type and marks relative to the page's on a 1280×720 screen (a larger screen scales them up:
/// `chart::slide_types`).
pub const SLIDE_ZOOM: f64 = 1.5;

/// The chart box of a slide on a 1280×720 screen, in CSS pixels, as the page's style lays it out (under the
/// slide bar, above a two-line takeaway): the screen `SLIDE_ZOOM` is set for.
pub const SLIDE_BOX: (f64, f64) = (1248.0, 521.0);

/// Lengths in CSS pixels at the page's type; the layout multiplies each by the scale.
#[derive(Debug, Clone, Copy)]
pub struct Spacing {
    /// Around the figure.
    pub pad: f64,
    /// Under the legend.
    pub legend_gap: f64,
    pub legend_row: f64,
    /// A legend swatch, the gap to its label, and the gap after the label.
    pub swatch: f64,
    pub swatch_gap: f64,
    pub legend_item_gap: f64,
    /// Above the notes and the source line at the foot.
    pub foot_gap: f64,
    /// After a block of text (a title, a verdict, a note…).
    pub block_gap: f64,
    /// Inside a small multiple's frame.
    pub frame_inset: f64,
    /// A caption line under a bar.
    pub caption_line: f64,
    /// Over the plot: room for a bar's value (and its second value).
    pub value_room: f64,
    /// The widest a bar may be.
    pub bar_max: f64,
    /// A region's colour chip beside its name.
    pub chip: f64,
    /// The least plot.
    pub plot_min_width: f64,
    pub plot_min_height: f64,
    /// Dashes of dashed lines.
    pub dash: f64,
    pub dash_gap: f64,
    /// Hatching of targets, of 未报道 and of empty matrix cells; region patterns.
    pub target_hatch: f64,
    pub missing_hatch: f64,
    pub pattern: f64,
    pub chip_pattern: f64,
    /// Matrix cells.
    pub cell_min_width: f64,
    pub cell_min_height: f64,
    pub cell_max_height: f64,
    pub matrix_header: f64,
}

pub const SPACE: Spacing = Spacing {
    pad: 12.0,
    legend_gap: 6.0,
    legend_row: 18.0,
    swatch: 12.0,
    swatch_gap: 4.0,
    legend_item_gap: 14.0,
    foot_gap: 6.0,
    block_gap: 3.0,
    frame_inset: 4.0,
    caption_line: 15.0,
    value_room: 26.0,
    bar_max: 96.0,
    chip: 10.0,
    plot_min_width: 100.0,
    plot_min_height: 40.0,
    dash: 5.0,
    dash_gap: 3.0,
    target_hatch: 9.0,
    missing_hatch: 7.0,
    pattern: 6.0,
    chip_pattern: 3.0,
    cell_min_width: 22.0,
    cell_min_height: 18.0,
    cell_max_height: 56.0,
    matrix_header: 40.0,
};

// The proportions of a bar panel, in cluster units rather than CSS pixels (so not in `SPACE`): a unit is
// one bar's slot, and clusters stand one unit apart (half a unit before the first and after the last).
// The unit already includes the scale, so these are not multiplied by it.

/// A bar's share of its slot (however wide, a bar is never wider than `SPACE.bar_max`).
pub const BAR_WIDTH: f64 = 0.8;
/// The extra gap, on top of the usual one, before the context clusters (长治市, 微子镇), which stand
/// apart from the three compared regions.
pub const BAR_CONTEXT_GAP: f64 = 0.6;
/// How far before the first context cluster its dashed divider stands: halfway across the gap before it
/// (the usual unit plus `BAR_CONTEXT_GAP`), so 0.8.
pub const BAR_CONTEXT_DIVIDER: f64 = (1.0 + BAR_CONTEXT_GAP) / 2.0;

/// Chinese first on Windows, macOS and Linux; single quotes so the string is also a valid SVG attribute.
pub const FONT_FAMILY: &str =
    "'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', sans-serif";

// The tests compare with what the project replaced (std's sort, libm).
#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    #[test]
    fn pow_2_4_matches_libm() {
        for i in 0..=1000 {
            let x = 0.05 + 0.95 * f64::from(i) / 1000.0;
            let (ours, libm) = (super::pow_2_4(x), x.powf(2.4));
            assert!((ours - libm).abs() <= 1e-14, "{x}: {ours} vs {libm}");
        }
    }
}
