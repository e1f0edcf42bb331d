//! The layers point one way, and the tree shows them: each module of `src/` may import only the layers
//! below it. A new `use crate::…` that points up (the model reading the UI, the chart reading the app)
//! fails here, naming the file and the line.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::disallowed_methods)]

use std::fs;
use std::path::Path;

/// Each layer and what it may use, bottom first.
const LAYERS: [(&str, &[&str]); 6] = [
    ("model", &[]),
    ("i18n", &["model"]),
    ("narrative", &["model", "i18n"]),
    ("chart", &["model", "i18n", "narrative"]),
    ("app", &["model", "i18n", "narrative", "chart"]),
    ("ui", &["model", "i18n", "narrative", "chart", "app"]),
];

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn every_import_points_down() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut bad = Vec::new();
    for (layer, allowed) in LAYERS {
        let mut files = Vec::new();
        rust_files(&src.join(layer), &mut files);
        assert!(!files.is_empty(), "src/{layer} has no files");
        for file in files {
            let text = fs::read_to_string(&file).unwrap();
            for (n, line) in text.lines().enumerate() {
                for (at, _) in line.match_indices("crate::") {
                    let used = line[at + "crate::".len()..]
                        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                        .next()
                        .unwrap_or("");
                    let known = LAYERS.iter().any(|(l, _)| *l == used);
                    if known && used != layer && !allowed.contains(&used) {
                        bad.push(format!("{}:{}: {layer} uses {used}", file.display(), n + 1));
                    }
                }
            }
        }
    }
    assert!(bad.is_empty(), "imports that point up:\n{}", bad.join("\n"));
}

#[test]
fn every_module_is_in_a_layer() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    for entry in fs::read_dir(&src).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_stem().unwrap().to_str().unwrap().to_string();
        let top_level = ["lib", "main", "bin"].contains(&name.as_str());
        assert!(
            top_level || LAYERS.iter().any(|(l, _)| *l == name),
            "src/{name} is in no layer: add it to LAYERS (and to README's architecture map)"
        );
    }
}
