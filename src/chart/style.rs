//! Colours, fonts and text metrics shared by every chart.

use crate::model::Region;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }
}

/// One colour per region in every view (Okabe–Ito / Tol hues, each ≥ 3:1 against white).
pub fn region_colour(region: Region) -> Rgb {
    Palette::LIGHT.region(region)
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
    /// 上党, 盐湖, 万荣, 长治, 微子.
    pub regions: [Rgb; 5],
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
        heat: (Rgb(30, 40, 55), Rgb(108, 196, 255)),
        stroke: 1.6,
    };

    pub fn region(&self, region: Region) -> Rgb {
        let i = Region::ALL.iter().position(|r| *r == region).unwrap_or(0);
        self.regions[i]
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
    match region {
        Region::Shangdang => Pattern::Solid,
        Region::Yanhu => Pattern::Horizontal,
        Region::Wanrong => Pattern::Vertical,
        Region::Changzhi => Pattern::Grid,
        Region::Weizi => Pattern::BackSlash,
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

/// Chinese first on Windows, macOS and Linux; single quotes so the string is also a valid SVG attribute.
pub const FONT_FAMILY: &str =
    "'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', sans-serif";

/// An upper estimate of a text's width, so layout needs no font measurement (none on native, a DOM
/// layout per label on the web): CJK glyphs are one em, Latin letters and digits about 0.6 em.
pub fn text_width(text: &str, size: f64) -> f64 {
    text.chars()
        .map(|c| match c {
            '.' | ',' | ':' | ';' | '|' | '\'' | '!' | 'i' | 'l' | 'j' => 0.32,
            ' ' => 0.3,
            '(' | ')' | '[' | ']' => 0.4,
            c if c.is_ascii_digit() => 0.6,
            c if c.is_ascii() => 0.62,
            '—' | '…' => 1.0,
            _ => 1.0,
        })
        .sum::<f64>()
        * size
}

#[cfg(test)]
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
