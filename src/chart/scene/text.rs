//! Text without a font: an upper estimate of widths (so layout needs no measurement, and native SVG
//! snapshots equal the browser's layout), shrinking and cutting to a width, and wrapping.

/// An upper estimate of a text's width: CJK glyphs are one em, Latin letters and digits about 0.6 em.
pub fn text_width(text: &str, size: f64) -> f64 {
    text.chars()
        .map(|c| match c {
            '.' | ',' | ':' | ';' | '|' | '\'' | '!' | 'i' | 'l' | 'j' => 0.32,
            ' ' => 0.3,
            '(' | ')' | '[' | ']' => 0.4,
            c if c.is_ascii_digit() => 0.6,
            c if c.is_ascii() => 0.62,
            _ => 1.0,
        })
        .sum::<f64>()
        * size
}

/// Shrinks, then cuts with "…", a text to a width.
pub fn fit(text: &str, size: f64, min_size: f64, max_width: f64) -> (String, f64) {
    let natural = text_width(text, size);
    if natural <= max_width {
        return (text.to_string(), size);
    }
    let shrunk = (size * max_width / natural).max(min_size);
    if text_width(text, shrunk) <= max_width {
        return (text.to_string(), shrunk);
    }
    let mut cut: String = String::new();
    for c in text.chars() {
        let candidate = format!("{cut}{c}…");
        if text_width(&candidate, min_size) > max_width {
            break;
        }
        cut.push(c);
    }
    if cut.is_empty() {
        (String::new(), min_size)
    } else {
        (format!("{cut}…"), min_size)
    }
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
    vec![chars[..half].iter().collect(), chars[half..].iter().collect()]
}
