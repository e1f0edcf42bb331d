//! The views' memo cache (`src/ui/memo.rs`, pure Rust, compiled here natively as build.rs does with the model).

#[allow(dead_code)]
#[path = "../src/ui/memo.rs"]
mod memo;

use std::cell::Cell;
use std::rc::Rc;

use memo::{memo, Slot};

#[test]
fn the_same_key_reuses_the_value_and_a_new_key_rebuilds_it() {
    let builds = Cell::new(0);
    let build = |k: &(u8, &'static str)| {
        builds.set(builds.get() + 1);
        format!("{}-{}", k.0, k.1)
    };
    let a = memo(Slot::Compare, (1, "zh"), build);
    let b = memo(Slot::Compare, (1, "zh"), build);
    assert!(Rc::ptr_eq(&a, &b));
    assert_eq!(builds.get(), 1);
    let c = memo(Slot::Compare, (1, "en"), build);
    assert_eq!(*c, "1-en");
    assert_eq!(builds.get(), 2);
    // One entry per slot: the old key is gone.
    let d = memo(Slot::Compare, (1, "zh"), build);
    assert!(!Rc::ptr_eq(&a, &d));
    assert_eq!(builds.get(), 3);
}

#[test]
fn slots_are_independent_and_a_builder_may_read_another_slot() {
    let inner = memo(Slot::Timeline, 7u32, |k| vec![*k; 3]);
    let outer = memo(Slot::Profile, 7u32, |k| {
        memo(Slot::Timeline, *k, |_| -> Vec<u32> { unreachable!() }).len()
    });
    assert_eq!(*outer, 3);
    assert_eq!(*memo(Slot::Timeline, 7u32, |_| vec![0]), *inner);
}

#[test]
fn a_key_or_value_of_another_type_in_a_slot_rebuilds_instead_of_failing() {
    let a = memo(Slot::Sources, 1u8, |k| u32::from(*k));
    assert_eq!(*a, 1);
    let b = memo(Slot::Sources, 1u16, |k| u32::from(*k) + 1);
    assert_eq!(*b, 2);
    let c = memo(Slot::Sources, 1u16, |_| "text");
    assert_eq!(*c, "text");
}
