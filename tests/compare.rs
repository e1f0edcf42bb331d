// Tests may unwrap, panic and use std's sort (the app may not: see Cargo.toml [lints] and clippy.toml).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::disallowed_methods)]

mod common;
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
    assert_eq!(
        &regions[..3],
        &qianwan::model::embedded().focus_regions().collect::<Vec<_>>()[..],
        "focus regions first, always"
    );
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
        assert!(c.facts().all(|f| f.entity().is_none()), "{}", o.group.id);
    }
}

#[test]
fn context_regions_appear_only_where_they_report() {
    let ds = embedded();
    let c = compare(&ds, "vc_income_share").expect("shares");
    assert!(c
        .slots
        .iter()
        .any(|s| s.region == common::region("changzhi") && s.reported()));
    assert!(!c.slots.iter().any(|s| s.region == common::region("weizi")));
    let unreported_shangdang = c
        .slots
        .iter()
        .find(|s| s.region == common::region("shangdang"))
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

/// A multi-year target of the same scope as yearly achievements gets both readings, each computed; one
/// of another scope gets none (no arithmetic makes an area's target and a district's villages the same).
#[test]
fn an_unmeasured_target_gets_readings_only_over_the_same_scope() {
    use qianwan::model::{unmeasured, Fact, Period, PeriodKind, Scope, Series};
    let ds = embedded();
    let base = ds.fact("sd-2024-upgrade-villages").expect("27个提档升级村");
    let leak = |f: Fact| -> &'static Fact { Box::leak(Box::new(f)) };
    let year = |y: u16, v: f64| {
        leak(Fact {
            period: Period::Year(y),
            base_value: v,
            ..base.clone()
        })
    };
    let target = |scope: Scope| {
        leak(Fact {
            kind: Kind::Target,
            period: Period::Years { from: 2024, to: 2027 },
            period_kind: PeriodKind::MultiYear,
            base_value: 100.0,
            scope,
            ..base.clone()
        })
    };
    let indicator = ds.indicator(base.indicator).expect("indicator");
    let series = |t: &'static Fact| {
        vec![
            Series {
                indicator,
                facts: vec![year(2024, 27.0), year(2025, 32.0)],
                progress: Vec::new(),
            },
            Series {
                indicator,
                facts: vec![t],
                progress: Vec::new(),
            },
        ]
    };
    let same = unmeasured(&series(target(Scope::Region)));
    assert_eq!(same.len(), 1);
    assert_eq!(same[0].as_batches, Some(0.59));
    assert_eq!(same[0].as_total, Some(0.32));
    let other = unmeasured(&series(target(Scope::Area("快速路和长陵路沿线"))));
    assert_eq!(other.len(), 1, "still listed, with why");
    assert_eq!((other[0].as_batches, other[0].as_total), (None, None));
    assert_eq!(other[0].actuals.len(), 2);
}
