//! What `use_memo` does for a component, for the views, which are plain functions of the state: one
//! cached value per slot, rebuilt only when its key changes. Each Yew component type carries its own
//! copy of the lifecycle code, which is why the views are not components. The cache outlives a view,
//! so a return to a view with the same key reuses its figure.

use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

/// One per memoised value in the views.
#[derive(Clone, Copy)]
pub enum Slot {
    CompareOptions,
    Compare,
    Composition,
    TimelineRegions,
    Timeline,
    Profile,
    Coverage,
    CoverageCell,
    Explorer,
    Sources,
    Story,
    Slide,
    /// The theme and language written on `<html>` (a side effect, done once per change).
    Root,
}

const SLOTS: usize = Slot::Root as usize + 1;

type Entry = Option<(Box<dyn Any>, Rc<dyn Any>)>;

thread_local! {
    static CACHE: RefCell<[Entry; SLOTS]> = const { RefCell::new([const { None }; SLOTS]) };
}

/// The value `build` made from `key` in `slot`, made again if the key differs from the cached one.
pub fn memo<K: PartialEq + 'static, T: 'static>(slot: Slot, key: K, build: impl FnOnce(&K) -> T) -> Rc<T> {
    let cached = CACHE.with(|cache| {
        let cache = cache.borrow();
        match &cache[slot as usize] {
            Some((k, v)) if k.downcast_ref::<K>() == Some(&key) => v.clone().downcast::<T>().ok(),
            _ => None,
        }
    });
    if let Some(value) = cached {
        return value;
    }
    // Built outside the borrow: a builder may read other slots.
    let value = Rc::new(build(&key));
    let stored: Rc<dyn Any> = value.clone();
    CACHE.with(|cache| cache.borrow_mut()[slot as usize] = Some((Box::new(key), stored)));
    value
}
