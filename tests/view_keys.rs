//! The browser tests and the bench take their views from one list, `VIEW_KEYS` in
//! tests/browser/harness.mjs. It must name every view the app has, in the order of its tabs, so a new view
//! is not silently left out of them: this reads that list and compares it with `View::ALL`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::disallowed_methods)]

use std::fs;
use std::path::Path;

use qianwan::app::View;

/// The quoted keys of `export const VIEW_KEYS = [...]` in the harness.
fn harness_view_keys() -> Vec<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/browser/harness.mjs");
    let text = fs::read_to_string(&path).unwrap();
    let start = text
        .find("export const VIEW_KEYS = [")
        .unwrap_or_else(|| panic!("{} has no `export const VIEW_KEYS = [`", path.display()));
    let list = &text[start..];
    let list = &list[list.find('[').unwrap() + 1..list.find(']').expect("the list ends")];
    list.split(',')
        .map(str::trim)
        .filter(|k| !k.is_empty())
        .map(|k| {
            k.strip_prefix('\'')
                .and_then(|k| k.strip_suffix('\''))
                .unwrap_or_else(|| panic!("VIEW_KEYS: `{k}` is not a single-quoted key"))
                .to_string()
        })
        .collect()
}

#[test]
fn the_browser_tests_list_every_view_in_tab_order() {
    let app: Vec<&str> = View::ALL.iter().map(|v| v.key()).collect();
    assert_eq!(
        harness_view_keys(),
        app,
        "VIEW_KEYS in tests/browser/harness.mjs must equal View::ALL's keys, in order (src/app/state.rs)"
    );
}
