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
    match region {
        Region::Shangdang => Rgb(0, 114, 178),
        Region::Yanhu => Rgb(213, 94, 0),
        Region::Wanrong => Rgb(0, 140, 100),
        Region::Changzhi => Rgb(170, 68, 153),
        Region::Weizi => Rgb(136, 110, 0),
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

/// A sequential blue for matrix cells, and the text colour that stays legible on it.
pub fn heat_colour(share: f64) -> (Rgb, Rgb) {
    let t = share.clamp(0.0, 1.0);
    let mix = |light: u8, dark: u8| (f64::from(light) + (f64::from(dark) - f64::from(light)) * t).round() as u8;
    let fill = Rgb(mix(222, 8), mix(235, 69), mix(247, 148));
    (fill, if t > 0.45 { WHITE } else { INK })
}

pub const WHITE: Rgb = Rgb(255, 255, 255);
pub const INK: Rgb = Rgb(33, 37, 41);
pub const MUTED: Rgb = Rgb(88, 94, 102);
pub const GRID: Rgb = Rgb(222, 226, 230);
pub const MISSING: Rgb = Rgb(160, 164, 170);
pub const MISSING_BG: Rgb = Rgb(246, 247, 248);

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
