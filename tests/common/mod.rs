//! Loads the dataset files the way build.rs does.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::disallowed_methods)]
#![allow(dead_code)]

use std::fs;
use std::path::{Path, PathBuf};

use qianwan::model::raw::{RawCatalogue, RawFacts, RawSources};

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

pub fn sources() -> RawSources {
    serde_json::from_str(&read("assets/sources.json")).expect("sources.json parses")
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
