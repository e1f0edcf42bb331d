//! The figures as CSV (UTF-8 with BOM, so Excel reads the Chinese) and JSON, with quote and source.
//! Written by hand: two small writers cost less wasm than a JSON library for one function.

use std::fmt::Write as _;

use super::verdict::{reasons_text, FactVerdicts};
use crate::i18n::Lang;
use crate::model::{Dataset, Fact};

/// The columns, in order; documented in the README.
pub const COLUMNS: [&str; 32] = [
    "id",
    "region",
    "region_zh",
    "scope",
    "scope_name",
    "entity",
    "indicator",
    "indicator_zh",
    "indicator_en",
    "category",
    "category_zh",
    "written",
    "value",
    "unit",
    "base_value",
    "base_unit",
    "qualifier",
    "period",
    "period_kind",
    "period_inferred",
    "kind",
    "seed",
    "article",
    "source_title",
    "quote",
    "ocr_damaged",
    "note",
    "comparison",
    "comparability",
    "comparability_reasons",
    "comparability_reasons_zh",
    "comparability_reasons_en",
];

enum Cell {
    Text(String),
    Number(f64),
    Bool(bool),
    Null,
}

fn row(ds: &Dataset, f: &Fact, verdicts: &FactVerdicts) -> [Cell; 32] {
    let ind = ds.indicator(f.indicator);
    let text = |s: &str| Cell::Text(s.to_string());
    let opt = |s: Option<&str>| s.map_or(Cell::Null, |s| Cell::Text(s.to_string()));
    let judged = verdicts.of(f);
    let reasons = |lang: Lang| judged.map_or(Cell::Null, |(_, j)| Cell::Text(reasons_text(ds, j, lang.t())));
    [
        text(f.id),
        text(f.region.key()),
        text(Lang::Zh.t().region(f.region)),
        text(f.scope.key()),
        opt(f.scope.name().copied()),
        opt(f.entity().copied()),
        text(f.indicator),
        opt(ind.map(|i| i.zh)),
        opt(ind.map(|i| Lang::En.t().name(i.zh))),
        text(f.category),
        opt(ds.categories.iter().find(|c| c.id == f.category).map(|c| c.zh)),
        text(f.written),
        Cell::Number(f.value),
        text(f.unit),
        Cell::Number(f.base_value),
        text(f.base_unit.key()),
        text(f.qualifier.key()),
        Cell::Text(f.period.to_string()),
        text(f.period_kind.key()),
        Cell::Bool(f.period_inferred),
        text(f.kind.key()),
        text(f.seed),
        text(f.article),
        opt(ds.article_of(f).map(|s| s.title)),
        text(f.quote),
        Cell::Bool(f.ocr_damaged),
        opt(f.note),
        opt(judged.map(|(set, _)| set.as_str())),
        text(verdicts.verdict(f).key()),
        opt(judged.map(|(_, j)| j.keys()).as_deref()),
        reasons(Lang::Zh),
        reasons(Lang::En),
    ]
}

/// A number for CSV and JSON, binary noise rounded away.
pub fn number(v: f64) -> String {
    // Round away binary noise (1.76 × 50000 = 88000.00000000001).
    let rounded = (v * 1e9).round() / 1e9;
    format!("{rounded}")
}

/// A text cell a spreadsheet would read as a formula (`=`, `+`, `-`, `@`, or a tab or carriage return
/// before one) starts with an apostrophe, which Excel, WPS and LibreOffice show as text and do not run.
/// The shipped data has none; figures added by users may.
fn defused(s: &str) -> std::borrow::Cow<'_, str> {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        std::borrow::Cow::Owned(format!("'{s}"))
    } else {
        std::borrow::Cow::Borrowed(s)
    }
}

fn csv_field(out: &mut String, cell: &Cell) {
    match cell {
        Cell::Text(s) => {
            let s = defused(s);
            if s.contains([',', '"', '\n', '\r']) || s.starts_with(' ') || s.ends_with(' ') {
                out.push('"');
                out.push_str(&s.replace('"', "\"\""));
                out.push('"');
            } else {
                out.push_str(&s);
            }
        }
        Cell::Number(v) => out.push_str(&number(*v)),
        Cell::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Cell::Null => {}
    }
}

/// CSV with a BOM and CRLF line ends, one row per fact, header first.
pub fn to_csv(ds: &Dataset, facts: &[&'static Fact]) -> String {
    let verdicts = FactVerdicts::new(ds, facts);
    let mut out = String::from("\u{feff}");
    out.push_str(&COLUMNS.join(","));
    out.push_str("\r\n");
    for f in facts {
        for (i, cell) in row(ds, f, &verdicts).iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            csv_field(&mut out, cell);
        }
        out.push_str("\r\n");
    }
    out
}

/// Appends `s` as a JSON string literal.
pub fn json_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            // Control characters, and the two line separators some JavaScript parsers choke on.
            c if (c as u32) < 0x20 || c == '\u{2028}' || c == '\u{2029}' => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// `{"title": …, "sources": […], "facts": [{column: value, …}, …]}`.
pub fn to_json(ds: &Dataset, title: &str, facts: &[&'static Fact]) -> String {
    let verdicts = FactVerdicts::new(ds, facts);
    let mut out = String::from("{\n  \"title\": ");
    json_string(&mut out, title);
    out.push_str(",\n  \"sources\": [");
    for (i, s) in ds.sources.iter().enumerate() {
        out.push_str(if i > 0 { ",\n    " } else { "\n    " });
        out.push_str("{\"id\": ");
        json_string(&mut out, s.id);
        out.push_str(", \"seed\": ");
        json_string(&mut out, s.seed);
        out.push_str(", \"title\": ");
        json_string(&mut out, s.title);
        out.push_str(", \"published\": ");
        json_string(&mut out, s.published);
        out.push('}');
    }
    out.push_str("\n  ],\n  \"facts\": [");
    for (i, f) in facts.iter().enumerate() {
        out.push_str(if i > 0 { ",\n    {" } else { "\n    {" });
        for (j, (key, cell)) in COLUMNS.iter().zip(row(ds, f, &verdicts).iter()).enumerate() {
            if j > 0 {
                out.push_str(", ");
            }
            json_string(&mut out, key);
            out.push_str(": ");
            match cell {
                Cell::Text(s) => json_string(&mut out, s),
                Cell::Number(v) => out.push_str(&number(*v)),
                Cell::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
                Cell::Null => out.push_str("null"),
            }
        }
        out.push('}');
    }
    out.push_str("\n  ]\n}\n");
    out
}
