// Tests may unwrap, panic and use std's sort (the app may not: see Cargo.toml [lints] and clippy.toml).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::disallowed_methods)]
use qianwan::model::{comparable_groups, compare, default_group, embedded, Kind, ModelError, Region};

#[test]
fn offers_every_group_that_two_regions_report() {
    let ds = embedded();
    let options = comparable_groups(&ds);
    assert!(options.len() >= 10, "{} comparable groups", options.len());
    for o in &options {
        assert!(o.regions.len() >= 2, "{}", o.group.id);
        let c = compare(&ds, o.group.id).expect("comparable");
        assert_eq!(
            c.slots.iter().filter(|s| s.reported()).count(),
            o.regions.len(),
            "{}",
            o.group.id
        );
    }
    // And none that only one region reports.
    for g in ds.groups {
        if options.iter().any(|o| o.group.id == g.id) {
            continue;
        }
        let c = compare(&ds, g.id).expect("known group");
        assert!(
            c.slots.iter().filter(|s| s.reported()).count() < 2,
            "{} should be offered",
            g.id
        );
    }
}

#[test]
fn grain_output_compares_shangdang_and_wanrong_and_marks_yanhu_unreported() {
    let ds = embedded();
    assert_eq!(default_group(&ds).map(|g| g.id), Some("grain_output"));
    let c = compare(&ds, "grain_output").expect("grain");
    let regions: Vec<Region> = c.slots.iter().map(|s| s.region).collect();
    assert_eq!(&regions[..3], &Region::FOCUS, "focus regions first, always");
    let yanhu = &c.slots[1];
    assert!(!yanhu.reported(), "盐湖区 says nothing about grain output");
    let shangdang = &c.slots[0];
    assert!(shangdang
        .facts
        .iter()
        .any(|f| f.kind == Kind::Actual && f.base_value == 88_000.0));
    assert!(shangdang
        .facts
        .iter()
        .any(|f| f.kind == Kind::Target && f.base_value == 85_000.0));
    // Achievement before target within a region.
    let kinds: Vec<Kind> = shangdang.facts.iter().map(|f| f.kind).collect();
    let mut sorted = kinds.clone();
    sorted.sort();
    assert_eq!(kinds, sorted);
    assert!(c.slots[2].facts.iter().any(|f| f.base_value == 200_000.0));
}

#[test]
fn village_level_figures_stay_out_of_region_comparisons() {
    let ds = embedded();
    for o in comparable_groups(&ds) {
        let c = compare(&ds, o.group.id).expect("comparable");
        assert!(c.facts().all(|f| f.entity.is_none()), "{}", o.group.id);
    }
}

#[test]
fn context_regions_appear_only_where_they_report() {
    let ds = embedded();
    let c = compare(&ds, "vc_income_share").expect("shares");
    assert!(c.slots.iter().any(|s| s.region == Region::Changzhi && s.reported()));
    assert!(!c.slots.iter().any(|s| s.region == Region::Weizi));
    let unreported_shangdang = c
        .slots
        .iter()
        .find(|s| s.region == Region::Shangdang)
        .expect("focus slot");
    assert!(!unreported_shangdang.reported());
}

#[test]
fn unknown_groups_are_an_error_not_a_panic() {
    assert_eq!(
        compare(&embedded(), "nope"),
        Err(ModelError::UnknownGroup("nope".into()))
    );
}
