//! Loads the dataset files the way build.rs does.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::disallowed_methods)]
#![allow(dead_code)]

use std::fs;
use std::path::{Path, PathBuf};

use qianwan::model::raw::{RawArticles, RawCatalogue, RawFacts, RawRegions};

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn read(rel: &str) -> String {
    fs::read_to_string(root().join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

pub fn facts() -> RawFacts {
    serde_json::from_str(&read("assets/facts.json")).expect("facts.json parses")
}

pub fn catalogue() -> RawCatalogue {
    serde_json::from_str(&read("assets/indicators.json")).expect("indicators.json parses")
}

pub fn articles() -> RawArticles {
    serde_json::from_str(&read("assets/articles.json")).expect("articles.json parses")
}

pub fn regions() -> RawRegions {
    serde_json::from_str(&read("assets/regions.json")).expect("regions.json parses")
}

/// (file name, text) of every seed.
pub fn seeds() -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = fs::read_dir(root().join("seeds"))
        .expect("seeds/")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p: PathBuf| {
            let name = p.file_name().and_then(|n| n.to_str()).expect("name").to_string();
            (name, fs::read_to_string(&p).expect("seed text"))
        })
        .collect();
    out.sort();
    out
}

pub fn shared_seeds() -> Option<PathBuf> {
    let dir = root().join("../shared/seeds");
    Path::new(&dir).is_dir().then_some(dir)
}

/// The embedded dataset's region by key (the tests name regions the way links do).
pub fn region(key: &str) -> qianwan::model::Region {
    qianwan::model::embedded()
        .region(key)
        .unwrap_or_else(|| panic!("no region {key}"))
}

/// Every region of the embedded dataset, in order.
pub fn all_regions() -> Vec<qianwan::model::Region> {
    qianwan::model::embedded().regions.to_vec()
}
