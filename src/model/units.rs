//! Units as the articles write them, their normalisation, and number formatting with 万/亿.

use super::types::{BaseUnit, Qualifier};

/// Classifiers that count things; the indicator says what is counted.
pub const COUNT_WORDS: [&str; 22] = [
    "个", "处", "户", "座", "家", "支", "项", "件", "件次", "名", "人", "人次", "组", "种", "头(只)", "棒", "村", "条",
    "所", "批", "次", "县区",
];

/// Words in a quote that carry a qualifier (for a qualifier that stands apart from the number:
/// "每天大概能加工…500公斤").
pub fn qualifier_words(q: Qualifier) -> impl Iterator<Item = &'static str> {
    PREFIXES
        .iter()
        .chain(SUFFIXES.iter())
        .chain(INFIXES.iter())
        .filter(move |(_, wq)| *wq == q)
        .map(|(w, _)| *w)
}

/// Looks a written unit up: its base unit and the factor from written to base.
pub fn normalise(unit: &str) -> Option<(BaseUnit, f64)> {
    let fixed = match unit {
        "元" => Some((BaseUnit::Yuan, 1.0)),
        "万元" => Some((BaseUnit::Yuan, 1e4)),
        "亿元" => Some((BaseUnit::Yuan, 1e8)),
        "吨" => Some((BaseUnit::Ton, 1.0)),
        "万吨" => Some((BaseUnit::Ton, 1e4)),
        "公斤" => Some((BaseUnit::Ton, 1e-3)),
        // 1 斤 = 0.5 kg
        "斤" => Some((BaseUnit::Ton, 5e-4)),
        "万斤" => Some((BaseUnit::Ton, 5.0)),
        "亿斤" => Some((BaseUnit::Ton, 5e4)),
        "亩" => Some((BaseUnit::Mu, 1.0)),
        "万亩" => Some((BaseUnit::Mu, 1e4)),
        // 1 亩 = 666.67 平方米 exactly 10000/15
        "平方米" => Some((BaseUnit::Mu, 0.0015)),
        "万平方米" => Some((BaseUnit::Mu, 15.0)),
        "公里" | "千米" => Some((BaseUnit::Km, 1.0)),
        "方" | "立方米" => Some((BaseUnit::CubicMeter, 1.0)),
        "万方" | "万立方米" => Some((BaseUnit::CubicMeter, 1e4)),
        "%" => Some((BaseUnit::Percent, 1.0)),
        _ => None,
    };
    fixed.or_else(|| {
        let (word, factor) = match unit.strip_prefix('万') {
            Some(rest) => (rest, 1e4),
            None => (unit, 1.0),
        };
        COUNT_WORDS.contains(&word).then_some((BaseUnit::Count, factor))
    })
}

/// What a written number says: "约2.4亿元" → 2.4, "亿元", approx.
#[derive(Debug, Clone, PartialEq)]
pub struct Written {
    pub value: f64,
    pub unit: String,
    pub qualifier: Qualifier,
}

/// Why a written number could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WrittenError {
    NoNumber,
    ConflictingQualifiers,
    UnknownUnit(String),
}

/// Qualifier words written before the number ("约2.4亿元"); the longer of two that share a start comes first.
pub const PREFIXES: [(&str, Qualifier); 9] = [
    ("超过", Qualifier::MoreThan),
    ("突破", Qualifier::MoreThan),
    ("超", Qualifier::MoreThan),
    ("约", Qualifier::Approx),
    ("大概", Qualifier::Approx),
    ("大约", Qualifier::Approx),
    ("至少", Qualifier::AtLeast),
    ("不低于", Qualifier::AtLeast),
    ("不少于", Qualifier::AtLeast),
];
/// Qualifier words written after the unit ("30个左右").
pub const SUFFIXES: [(&str, Qualifier); 3] = [
    ("左右", Qualifier::Approx),
    ("以上", Qualifier::MoreThan),
    ("多", Qualifier::MoreThan),
];
/// 余/多 between the number and the unit ("900余万元", "3万多平方米").
pub const INFIXES: [(&str, Qualifier); 2] = [("余", Qualifier::MoreThan), ("多", Qualifier::MoreThan)];
/// Words that state a whole: "全部突破10万元" → 100%.
pub const WHOLE_WORDS: [&str; 4] = ["全覆盖", "全部", "所有", "全"];

/// Reads a written number such as "900余万元", "约2.4亿元", "30个左右", "五个", "全部".
pub fn parse_written(text: &str) -> Result<Written, WrittenError> {
    let compact: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    let mut qualifier = Qualifier::Exact;
    let mut set = |q: Qualifier| -> Result<(), WrittenError> {
        if qualifier != Qualifier::Exact && qualifier != q {
            return Err(WrittenError::ConflictingQualifiers);
        }
        qualifier = q;
        Ok(())
    };
    let mut rest = compact.as_str();
    for (word, q) in PREFIXES {
        if let Some(r) = rest.strip_prefix(word) {
            set(q)?;
            rest = r;
            break;
        }
    }
    if WHOLE_WORDS.contains(&rest) {
        return Ok(Written {
            value: 100.0,
            unit: "%".to_string(),
            qualifier,
        });
    }
    // "百分之九十五" is 95 %.
    let percent = rest.strip_prefix("百分之");
    rest = percent.unwrap_or(rest);
    // "万亩以上": a bare 万 is one 万.
    let (value, after) = match split_number(rest) {
        Some(split) => split,
        None if rest.starts_with('万') => (1.0, rest),
        None => return Err(WrittenError::NoNumber),
    };
    let mut unit = after.to_string();
    for (word, q) in SUFFIXES {
        if let Some(r) = unit.strip_suffix(word) {
            set(q)?;
            unit = r.to_string();
            break;
        }
    }
    for (word, q) in INFIXES {
        if unit.contains(word) {
            set(q)?;
            unit = unit.replacen(word, "", 1);
        }
    }
    if percent.is_some() {
        if !unit.is_empty() {
            return Err(WrittenError::UnknownUnit(unit));
        }
        unit.push('%');
    }
    // An empty unit is returned as such: the caller decides whether a layout break excuses it.
    if !unit.is_empty() && normalise(&unit).is_none() {
        return Err(WrittenError::UnknownUnit(unit));
    }
    Ok(Written { value, unit, qualifier })
}

/// Splits a leading Arabic or simple Chinese numeral off `text`.
fn split_number(text: &str) -> Option<(f64, &str)> {
    let end = text
        .char_indices()
        .find(|&(_, c)| !(c.is_ascii_digit() || c == '.'))
        .map_or(text.len(), |(i, _)| i);
    if end > 0 {
        return Some((decimal(&text[..end])?, &text[end..]));
    }
    let end = text
        .char_indices()
        .find(|&(_, c)| !is_numeral(c))
        .map_or(text.len(), |(i, _)| i);
    (end > 0).then(|| chinese_number(&text[..end]).map(|v| (v, &text[end..])))?
}

/// Reads ASCII digits with at most one point ("8298.12", "1.", ".5") as `str::parse` would, without the float
/// parser (its tables cost the wasm some 15 KB): the digits over a power of ten, both exact, divide correctly
/// rounded.
fn decimal(text: &str) -> Option<f64> {
    let (int, frac) = text.split_once('.').unwrap_or((text, ""));
    let mut digits = 0u64;
    for b in int.bytes().chain(frac.bytes()) {
        digits = digits
            .checked_mul(10)?
            .checked_add(u64::from(b.checked_sub(b'0').filter(|d| *d < 10)?))?;
    }
    let places = i32::try_from(frac.len()).ok().filter(|p| *p <= 22)?;
    (int.len() + frac.len() > 0).then(|| digits as f64 / 10f64.powi(places))
}

/// A character of a Chinese numeral: 零 一 … 九, 两, 十 百 千.
pub fn is_numeral(c: char) -> bool {
    chinese_digit(c).is_some() || matches!(c, '十' | '百' | '千')
}

fn chinese_digit(c: char) -> Option<u32> {
    Some(match c {
        '零' => 0,
        '一' => 1,
        '二' | '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => return None,
    })
}

/// 一 … 九千九百九十九, enough for the counts the articles spell out.
fn chinese_number(text: &str) -> Option<f64> {
    let mut total = 0u32;
    let mut digit: Option<u32> = None;
    for c in text.chars() {
        if let Some(d) = chinese_digit(c) {
            if digit.is_some() {
                return None;
            }
            digit = Some(d);
            continue;
        }
        let scale = match c {
            '十' => 10,
            '百' => 100,
            '千' => 1000,
            _ => return None,
        };
        total += digit.take().unwrap_or(1) * scale;
    }
    total += digit.unwrap_or(0);
    (total > 0).then_some(f64::from(total))
}

/// True when `a` and `b` agree to floating-point noise.
pub fn same_number(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

/// A number with at most `decimals` decimals, trailing zeros removed.
pub fn trim_decimal(value: f64, decimals: usize) -> String {
    let text = format!("{value:.decimals$}");
    if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        text
    }
}
