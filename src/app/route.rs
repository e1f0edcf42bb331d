//! The URL hash as the whole view state: parsed leniently (every unknown or malformed part falls back
//! to a default and is reported), written canonically. Pure Rust, so it is tested natively.

use std::fmt::Write as _;

use crate::model::Region;

/// Everything a link restores. Fields hold keys; the app checks them against the dataset.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Route {
    pub view: Option<String>,
    pub group: Option<String>,
    pub region: Option<String>,
    pub hidden: Vec<String>,
    pub normalised: bool,
    pub cell: Option<(String, String)>,
    pub source: Option<String>,
    pub article: Option<String>,
    pub query: Option<String>,
    /// Explorer filters, `key.value` pairs joined by `,` ("region.yanhu,kind.target").
    pub filter: Option<String>,
    /// Explorer sort: a column key, `.desc` for descending.
    pub sort: Option<String>,
    pub lang: Option<String>,
    pub slide: Option<u32>,
}

/// Keys a hash may hold, in the order they are written.
const KEYS: [&str; 13] = [
    "view", "group", "region", "hide", "norm", "cell", "src", "article", "q", "f", "sort", "lang", "slide",
];

/// Longest hash read; longer input is cut (and reported) rather than parsed.
pub const MAX_HASH: usize = 4096;

/// A part of a hash that was ignored, for the notice shown to the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ignored {
    Part(String),
    /// The hash was longer than [`MAX_HASH`] and cut.
    TooLong,
    /// The timeline was asked for a region with no figures over several periods: it shows another.
    NoTimeline {
        asked: Region,
        shown: Region,
    },
}

/// Reads `#view=compare&group=grain_output…` (with or without the `#`).
pub fn parse(hash: &str) -> (Route, Vec<Ignored>) {
    let mut route = Route::default();
    let mut ignored = Vec::new();
    let mut hash = hash.strip_prefix('#').unwrap_or(hash);
    if hash.len() > MAX_HASH {
        let mut cut = MAX_HASH;
        while !hash.is_char_boundary(cut) {
            cut -= 1;
        }
        hash = &hash[..cut];
        ignored.push(Ignored::TooLong);
    }
    for part in hash.split('&').filter(|p| !p.is_empty()) {
        let (key, raw) = part.split_once('=').unwrap_or((part, ""));
        let Some(value) = decode(raw) else {
            ignored.push(Ignored::Part(shorten(part)));
            continue;
        };
        let ok = match key {
            "view" => set(&mut route.view, value),
            "group" => set(&mut route.group, value),
            "region" => set(&mut route.region, value),
            "hide" => {
                route.hidden = value.split(',').filter(|s| !s.is_empty()).map(str::to_string).collect();
                true
            }
            "norm" => match value.as_str() {
                "1" => {
                    route.normalised = true;
                    true
                }
                "0" => true,
                _ => false,
            },
            "cell" => match value.split_once(':') {
                Some((r, c)) if !r.is_empty() && !c.is_empty() => {
                    route.cell = Some((r.to_string(), c.to_string()));
                    true
                }
                _ => false,
            },
            "src" => set(&mut route.source, value),
            "article" => set(&mut route.article, value),
            "q" => set(&mut route.query, value),
            "f" => set(&mut route.filter, value),
            "sort" => set(&mut route.sort, value),
            "lang" => set(&mut route.lang, value),
            "slide" => match value.parse::<u32>() {
                Ok(n) if (1..=999).contains(&n) => {
                    route.slide = Some(n);
                    true
                }
                _ => false,
            },
            _ => false,
        };
        if !ok {
            ignored.push(Ignored::Part(shorten(part)));
        }
    }
    (route, ignored)
}

fn set(slot: &mut Option<String>, value: String) -> bool {
    if value.is_empty() {
        return false;
    }
    *slot = Some(value);
    true
}

/// A part as shown in the notice: at most 40 characters.
fn shorten(part: &str) -> String {
    let mut out: String = part.chars().take(40).collect();
    if part.chars().count() > 40 {
        out.push('…');
    }
    out
}

/// Writes the canonical hash (without `#`); defaults are left out.
pub fn to_hash(route: &Route) -> String {
    let mut out = String::new();
    let mut put = |key: &str, value: &str| {
        if !out.is_empty() {
            out.push('&');
        }
        let _ = write!(out, "{key}={}", encode(value));
    };
    for key in KEYS {
        match key {
            "view" => route.view.iter().for_each(|v| put(key, v)),
            "group" => route.group.iter().for_each(|v| put(key, v)),
            "region" => route.region.iter().for_each(|v| put(key, v)),
            "hide" if !route.hidden.is_empty() => put(key, &route.hidden.join(",")),
            "norm" if route.normalised => put(key, "1"),
            "cell" => route.cell.iter().for_each(|(r, c)| put(key, &format!("{r}:{c}"))),
            "src" => route.source.iter().for_each(|v| put(key, v)),
            "article" => route.article.iter().for_each(|v| put(key, v)),
            "q" => route.query.iter().for_each(|v| put(key, v)),
            "f" => route.filter.iter().for_each(|v| put(key, v)),
            "sort" => route.sort.iter().for_each(|v| put(key, v)),
            "lang" => route.lang.iter().for_each(|v| put(key, v)),
            "slide" => route.slide.iter().for_each(|v| put(key, &v.to_string())),
            _ => {}
        }
    }
    out
}

/// Percent-encodes everything but unreserved ASCII (and `,` `:`, which the values use).
pub fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~' | b',' | b':') {
            out.push(char::from(b));
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

/// Percent-decodes; `None` for a broken escape or bytes that are not UTF-8.
pub fn decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hex = bytes.get(i + 1..i + 3)?;
                let hex = std::str::from_utf8(hex).ok()?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}
