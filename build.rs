//! Validates the dataset (assets/*.json against seeds/*.txt) and compiles it into Rust statics,
//! so a bad entry fails the build and the app parses no JSON at run time.
//! `QIANWAN_DATASET_DIR` points the build at another dataset (a directory with assets/ and seeds/).
//! A bad dataset must stop the build, so this script panics on purpose (the app itself never does).
#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic, clippy::disallowed_methods)]

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::{env, fs};

#[allow(dead_code)]
#[path = "src/model/raw.rs"]
mod raw;
#[allow(dead_code)]
#[path = "src/model/types.rs"]
mod types;
#[allow(dead_code)]
#[path = "src/model/units.rs"]
mod units;
#[allow(dead_code)]
#[path = "src/model/validate.rs"]
mod validate;

use types::{Composition, Fact, Period};

fn main() {
    let root = env::var_os("QIANWAN_DATASET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env::var_os("CARGO_MANIFEST_DIR").expect("manifest dir")));
    println!("cargo:rerun-if-env-changed=QIANWAN_DATASET_DIR");
    for dir in ["assets", "seeds", "src/model"] {
        println!("cargo:rerun-if-changed={}", root.join(dir).display());
    }
    println!("cargo:rerun-if-changed=src/model");

    let read = |path: PathBuf| -> String {
        fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
    };
    let facts: raw::RawFacts = serde_json::from_str(&read(root.join("assets/facts.json")))
        .unwrap_or_else(|e| panic!("assets/facts.json: {e}"));
    let catalogue: raw::RawCatalogue = serde_json::from_str(&read(root.join("assets/indicators.json")))
        .unwrap_or_else(|e| panic!("assets/indicators.json: {e}"));
    let sources: raw::RawSources = serde_json::from_str(&read(root.join("assets/sources.json")))
        .unwrap_or_else(|e| panic!("assets/sources.json: {e}"));
    let seed_files = list_seeds(&root.join("seeds"));
    let seed_texts: Vec<(String, String)> = seed_files
        .iter()
        .map(|p| {
            let name = p.file_name().and_then(|n| n.to_str()).expect("seed name").to_string();
            (name, read(p.clone()))
        })
        .collect();
    let seeds: Vec<validate::Seed<'_>> = seed_texts
        .iter()
        .map(|(name, text)| validate::Seed { name, text })
        .collect();

    let valid = match validate::validate(&facts.facts, &catalogue, &sources.sources, &seeds) {
        Ok(v) => v,
        Err(errors) => {
            for e in &errors {
                println!("cargo:warning=dataset: {e}");
            }
            panic!("the dataset has {} problem(s):\n{}", errors.len(), join(&errors));
        }
    };

    let seed_dir = root.join("seeds");
    let out = PathBuf::from(env::var_os("OUT_DIR").expect("OUT_DIR")).join("dataset.rs");
    fs::write(&out, codegen(&valid, &seed_dir)).expect("write dataset.rs");
}

fn join(errors: &[validate::DatasetError]) -> String {
    errors.iter().map(|e| format!("  - {e}\n")).collect()
}

fn list_seeds(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    files
}

fn s(text: &str) -> String {
    format!("{text:?}")
}

fn opt(text: &Option<String>) -> String {
    match text {
        Some(t) => format!("Some({t:?})"),
        None => "None".to_string(),
    }
}

fn num(v: f64) -> String {
    assert!(v.is_finite(), "non-finite number {v}");
    format!("{v:?}")
}

fn period(p: Period) -> String {
    match p {
        Period::Year(y) => format!("Period::Year({y})"),
        Period::Months { from, to } => {
            format!(
                "Period::Months {{ from: ({}, {}), to: ({}, {}) }}",
                from.0, from.1, to.0, to.1
            )
        }
        Period::Years { from, to } => format!("Period::Years {{ from: {from}, to: {to} }}"),
        Period::Cumulative => "Period::Cumulative".to_string(),
        Period::Unknown => "Period::Unknown".to_string(),
    }
}

/// The article text constant for a seed file.
fn text_const(seed: &str) -> String {
    let stem: String = seed
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_uppercase()
            } else {
                '_'
            }
        })
        .collect();
    format!("TEXT_{stem}")
}

/// `span(TEXT_…, a, b)` for a part of the article, or a literal if it is not in it.
fn span_of(
    part: &str,
    within: Option<(usize, &str)>,
    texts: &std::collections::HashMap<String, String>,
    seed: &str,
) -> String {
    let text = &texts[seed];
    let at = match within {
        Some((base, quote)) => quote.find(part).map(|i| base + i),
        None => text.find(part),
    };
    match at {
        Some(a) => format!("span({}, {a}, {})", text_const(seed), a + part.len()),
        None => s(part),
    }
}

fn fact(f: &Fact<String>, texts: &std::collections::HashMap<String, String>) -> String {
    let quote_at = texts[&f.seed].find(f.quote.as_str());
    format!(
        "Fact {{ id: {}, region: Region::{:?}, entity: {}, indicator: {}, group: {}, written: {}, value: {}, \
         unit: {}, base_value: {}, base_unit: BaseUnit::{:?}, qualifier: Qualifier::{:?}, period: {}, \
         period_inferred: {}, kind: Kind::{:?}, category: {}, seed: {}, quote: {}, ocr_damaged: {}, \
         note: {} }},\n",
        s(&f.id),
        f.region,
        opt(&f.entity),
        s(&f.indicator),
        s(&f.group),
        span_of(&f.written, quote_at.map(|a| (a, f.quote.as_str())), texts, &f.seed),
        num(f.value),
        s(&f.unit),
        num(f.base_value),
        f.base_unit,
        f.qualifier,
        period(f.period),
        f.period_inferred,
        f.kind,
        s(&f.category),
        s(&f.seed),
        span_of(&f.quote, None, texts, &f.seed),
        f.ocr_damaged,
        opt(&f.note),
    )
}

fn codegen(v: &validate::Validated, seed_dir: &Path) -> String {
    let mut out = String::from("// Generated by build.rs from assets/*.json. Do not edit.\n");
    let texts: std::collections::HashMap<String, String> = v
        .sources
        .iter()
        .map(|src| (src.seed.clone(), src.text.clone()))
        .collect();
    for src in &v.sources {
        let path = seed_dir.join(&src.seed).canonicalize().expect("seed path");
        let _ = writeln!(
            out,
            "const {}: &str = include_str!({});",
            text_const(&src.seed),
            s(&path.display().to_string())
        );
    }
    out.push_str("pub static FACTS: &[Fact] = &[\n");
    for f in &v.facts {
        out.push_str(&fact(f, &texts));
    }
    out.push_str("];\npub static CATEGORIES: &[Category] = &[\n");
    for c in &v.categories {
        let _ = writeln!(out, "Category {{ id: {}, zh: {} }},", s(&c.id), s(&c.zh));
    }
    out.push_str("];\npub static GROUPS: &[Group] = &[\n");
    for g in &v.groups {
        let _ = writeln!(
            out,
            "Group {{ id: {}, zh: {}, category: {}, note_zh: {}, composition: {}, total: {} }},",
            s(&g.id),
            s(&g.zh),
            s(&g.category),
            opt(&g.note_zh),
            match g.composition {
                Some(Composition::Parts) => "Some(Composition::Parts)",
                Some(Composition::Thresholds) => "Some(Composition::Thresholds)",
                None => "None",
            },
            opt(&g.total)
        );
    }
    out.push_str("];\npub static INDICATORS: &[Indicator] = &[\n");
    for i in &v.indicators {
        let _ = writeln!(
            out,
            "Indicator {{ id: {}, group: {}, zh: {}, label_zh: {}, base_unit: BaseUnit::{:?}, category: {} }},",
            s(&i.id),
            s(&i.group),
            s(&i.zh),
            s(&i.label_zh),
            i.base_unit,
            s(&i.category)
        );
    }
    out.push_str("];\npub static SOURCES: &[Source] = &[\n");
    for src in &v.sources {
        let _ = writeln!(
            out,
            "Source {{ seed: {}, title: {}, published: {}, text: {}, damaged: &[{}] }},",
            s(&src.seed),
            s(&src.title),
            s(&src.published),
            text_const(&src.seed),
            src.damaged.iter().map(|d| s(d)).collect::<Vec<_>>().join(", ")
        );
    }
    out.push_str("];\n");
    out
}
