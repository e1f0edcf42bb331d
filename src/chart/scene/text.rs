//! Text without a font: an upper estimate of widths (so layout needs no measurement, and native SVG
//! snapshots equal the browser's layout), shrinking to a width, and wrapping. A chart never cuts a text:
//! what does not fit on one line takes more lines.

use crate::chart::style::TextStyle;

/// A character's width in em: CJK glyphs are one em, Latin letters and digits about 0.6 em.
fn em(c: char) -> f64 {
    match c {
        '.' | ',' | ':' | ';' | '|' | '\'' | '!' | 'i' | 'l' | 'j' => 0.32,
        ' ' => 0.3,
        '(' | ')' | '[' | ']' | HYPHEN => 0.4,
        c if c.is_ascii_digit() => 0.6,
        c if c.is_ascii() => 0.62,
        _ => 1.0,
    }
}

/// The hyphen a line ends with where a Latin word had to be cut ("Infrastruc‐" / "ture"): U+2010, so
/// that it is never mistaken for a hyphen of the text (`squeezed` takes it out again).
pub const HYPHEN: char = '\u{2010}';

/// What wrapping keeps of a text: without its spaces (dropped at breaks) and the hyphens added at cut
/// words. A text is drawn whole when its lines, squeezed, hold it squeezed.
pub fn squeezed(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace() && *c != HYPHEN).collect()
}

/// Whether a break between `a` and `b` cuts a Latin word (and takes a hyphen).
fn cuts_word(a: char, b: char) -> bool {
    a.is_ascii_alphabetic() && b.is_ascii_alphabetic()
}

/// An upper estimate of a text's width.
pub fn text_width(text: &str, size: f64) -> f64 {
    text.chars().map(em).sum::<f64>() * size
}

/// The size (from `size` down to `min_size`) at which a text fits `max_width` on one line, if any.
pub fn shrink(text: &str, size: f64, min_size: f64, max_width: f64) -> Option<f64> {
    let natural = text_width(text, size);
    if natural <= max_width {
        return Some(size);
    }
    let shrunk = (size * max_width / natural).max(min_size);
    (text_width(text, shrunk) <= max_width).then_some(shrunk)
}

/// Punctuation a line may not start with.
fn closing(c: char) -> bool {
    "，。；：、）」』”’！？…%,.;:)!?]—·".contains(c)
}

/// Punctuation a line may not end with.
fn opening(c: char) -> bool {
    "（「『“‘《(【[".contains(c)
}

/// Whether a line may break between `prev` and `c`: after a space or a hyphen; between Chinese characters, except
/// before closing and after opening punctuation; never inside a Latin word or a number.
fn may_break(prev: char, c: char) -> bool {
    if closing(c) || opening(prev) || c == ' ' {
        return false;
    }
    prev == ' ' || (prev == '-' && c.is_ascii_alphanumeric()) || !prev.is_ascii() || !c.is_ascii()
}

/// Breaks a text into lines no wider than `width` at `size` (explicit newlines kept). A word wider than
/// a line is broken where it must; nothing is dropped: the lines joined are the text, less the spaces at
/// the breaks.
pub fn wrap(text: &str, size: f64, width: f64) -> Vec<String> {
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let mut line = String::new();
        let mut line_w = 0.0;
        // Where the line may break (a byte offset into `line`).
        let mut last_break: Option<usize> = None;
        let mut prev: Option<char> = None;
        for c in paragraph.chars() {
            if let Some(p) = prev {
                if may_break(p, c) {
                    last_break = Some(line.len());
                }
            }
            let w = em(c) * size;
            if line_w + w > width && !line.trim().is_empty() {
                match last_break.filter(|at| *at > 0) {
                    Some(at) => {
                        let rest = line.split_off(at);
                        lines.push(line.trim_end().to_string());
                        line = rest.trim_start().to_string();
                        line_w = text_width(&line, size);
                    }
                    None => {
                        // A word wider than the line: cut, with a hyphen that fits the line too.
                        let mut carry = String::new();
                        if prev.is_some_and(|p| cuts_word(p, c)) {
                            while text_width(&line, size) + em(HYPHEN) * size > width && line.chars().count() > 1 {
                                if let Some(ch) = line.pop() {
                                    carry.insert(0, ch);
                                }
                            }
                            line.push(HYPHEN);
                        }
                        lines.push(std::mem::take(&mut line).trim_end().to_string());
                        line = carry;
                        line_w = text_width(&line, size);
                    }
                }
                last_break = None;
            }
            if !(line.is_empty() && c == ' ') {
                line.push(c);
                line_w += w;
            }
            prev = Some(c);
        }
        lines.push(line.trim_end().to_string());
    }
    lines
}

/// How a text is set in `max_width`: on one line, shrunk from `size` down to `min_size` if need be; else
/// wrapped at `min_size`. The lines and their size.
pub fn set(text: &str, size: f64, min_size: f64, max_width: f64) -> (Vec<String>, f64) {
    match shrink(text, size, min_size, max_width) {
        Some(size) => (vec![text.to_string()], size),
        None => (wrap(text, min_size, max_width), min_size),
    }
}

/// How a chart's type is set: `scale` is canvas pixels per CSS pixel at the page's type (the pixel ratio
/// times any zoom); `shrink` lets a text too long for its room shrink toward its style's least size before
/// it wraps (the page), else it wraps at its own size (a slide, read from the back of the room).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Typeset {
    pub scale: f64,
    pub shrink: bool,
}

impl Typeset {
    /// The page's way: shrink, then wrap.
    pub fn page(scale: f64) -> Typeset {
        Typeset { scale, shrink: true }
    }

    /// The least size a text in `style` is set at, in canvas pixels.
    pub fn least(self, style: TextStyle) -> f64 {
        self.scale * if self.shrink { style.min } else { style.size }
    }

    /// How `text` in `style` is set within `max_width` (see [`set`]): its lines and their size.
    pub fn set(self, text: &str, style: TextStyle, max_width: f64) -> (Vec<String>, f64) {
        set(text, style.size * self.scale, self.least(style), max_width)
    }
}

/// The distance between the tops of two lines of text at `size`.
pub fn line_height(size: f64) -> f64 {
    size * 1.25
}

/// Splits a label into at most two lines that fit `width`: words at the space nearest the middle,
/// Chinese anywhere.
pub fn wrap_two(text: &str, size: f64, width: f64) -> Vec<String> {
    if text_width(text, size) <= width {
        return vec![text.to_string()];
    }
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
    let mut first: String = chars[..half].iter().collect();
    if half > 0 && half < chars.len() && cuts_word(chars[half - 1], chars[half]) {
        first.push(HYPHEN);
    }
    vec![first, chars[half..].iter().collect()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cut_word_takes_a_hyphen_that_fits_and_comes_out_again() {
        let lines = wrap("Infrastructure", 10.0, 40.0);
        assert!(lines.len() > 1, "{lines:?}");
        for l in &lines[..lines.len() - 1] {
            assert!(l.ends_with(HYPHEN), "{lines:?}");
        }
        assert!(lines.iter().all(|l| text_width(l, 10.0) <= 40.0), "{lines:?}");
        assert_eq!(squeezed(&lines.concat()), "Infrastructure");
        // Chinese is cut anywhere, without hyphens.
        assert!(!wrap("基础设施基础设施", 10.0, 30.0).concat().contains(HYPHEN));
        let two = wrap_two("Infrastructure", 10.0, 50.0);
        assert!(two[0].ends_with(HYPHEN), "{two:?}");
        assert_eq!(squeezed(&two.concat()), "Infrastructure");
    }

    #[test]
    fn wraps_chinese_anywhere_but_not_before_closing_punctuation() {
        // Five characters per line at 10 px in 50 px.
        let lines = wrap("可比，但须注意：年份不同", 10.0, 50.0);
        assert!(lines.iter().all(|l| text_width(l, 10.0) <= 50.0), "{lines:?}");
        assert!(lines.iter().all(|l| !l.starts_with(closing)), "{lines:?}");
        assert_eq!(lines.concat(), "可比，但须注意：年份不同");
    }

    #[test]
    fn wraps_english_at_spaces_and_keeps_every_word() {
        let text = "Comparable with caveats: different years (Yanhu 2023, Wanrong not stated)";
        let lines = wrap(text, 10.0, 120.0);
        assert!(lines.len() > 1);
        assert!(lines.iter().all(|l| text_width(l, 10.0) <= 120.0), "{lines:?}");
        assert_eq!(lines.join(" "), text);
        // A word longer than a line is broken, not dropped.
        let long = wrap("Thousand-Villages-Demonstration", 10.0, 60.0);
        assert_eq!(squeezed(&long.concat()), "Thousand-Villages-Demonstration");
        // After a hyphen of the text first, then a cut word with a hyphen of its own.
        assert!(long[0].ends_with("Thousand-"), "{long:?}");
    }

    #[test]
    fn keeps_newlines_and_short_texts() {
        assert_eq!(wrap("一\n二", 10.0, 100.0), ["一", "二"]);
        assert_eq!(wrap("短", 10.0, 100.0), ["短"]);
        assert_eq!(wrap("", 10.0, 100.0), [""]);
    }
}
