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
