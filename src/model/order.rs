//! Stable sorting for the app's short lists (a few hundred items at most).
//! `slice::sort_by*` instantiates its whole algorithm for every element type and key: about 3 KB of
//! wasm per call site, some 40 KB for the app. An insertion sort is a few hundred bytes, and on lists
//! this short it is as quick.

use std::cmp::Ordering;

/// Sorts `v` by `compare`, keeping the order of equal items.
pub fn sort_by<T>(v: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && compare(&v[j - 1], &v[j]) == Ordering::Greater {
            v.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// Sorts `v` by `key`, keeping the order of equal items.
pub fn sort_by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// Like `sort_by_key`, computing each item's key once (for keys that look something up);
/// `descending` reverses the order but still keeps equal items in theirs.
pub fn sort_by_cached_key<T: Copy, K: Ord>(v: &mut [T], key: impl Fn(&T) -> K, descending: bool) {
    let mut keyed: Vec<(K, T)> = v.iter().map(|x| (key(x), *x)).collect();
    sort_by(&mut keyed, |a, b| {
        let o = a.0.cmp(&b.0);
        if descending {
            o.reverse()
        } else {
            o
        }
    });
    for (slot, (_, x)) in v.iter_mut().zip(keyed) {
        *slot = x;
    }
}

// The tests compare with what the project replaced (std's sort, libm).
#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;

    #[test]
    fn sorts_like_std_and_keeps_equal_items_in_order() {
        // A fixed pseudo-random sequence of (key, original position).
        let mut x = 12345u32;
        for len in [0usize, 1, 2, 3, 17, 200] {
            let items: Vec<(u32, usize)> = (0..len)
                .map(|i| {
                    x = x.wrapping_mul(1_103_515_245).wrapping_add(12345);
                    ((x >> 16) % 7, i)
                })
                .collect();
            let mut ours = items.clone();
            sort_by_key(&mut ours, |p| p.0);
            let mut std = items.clone();
            std.sort_by_key(|p| p.0);
            assert_eq!(ours, std, "len {len}");
            let mut cached = items.clone();
            sort_by_cached_key(&mut cached, |p| p.0, false);
            assert_eq!(cached, std, "len {len}, cached");
            let mut reversed = items.clone();
            sort_by(&mut reversed, |a, b| b.0.cmp(&a.0));
            assert!(reversed
                .windows(2)
                .all(|w| w[0].0 > w[1].0 || (w[0].0 == w[1].0 && w[0].1 < w[1].1)));
            let mut descending = items;
            sort_by_cached_key(&mut descending, |p| p.0, true);
            assert_eq!(descending, reversed, "len {len}, descending");
        }
    }
}
