//! How much canvas backing store the page keeps. A view keeps its canvas when hidden, so that coming back
//! to it costs nothing; but at 1920×1080 and a pixel ratio of 2 a walk of every view left about 150 MB of
//! pictures nobody sees. The rule: hidden canvases are kept, most recently hidden first, while all the
//! canvases together stay within [`CANVAS_BUDGET`]; the older ones are released (0 × 0) and painted again
//! when their view returns. The canvas on screen is never released, whatever its size.

/// The backing store all canvases may hold together, in bytes (width × height × 4 each).
pub const CANVAS_BUDGET: u64 = 40 * 1024 * 1024;

/// One canvas on the page: its backing store in bytes, and when its view was hidden (a sequence number,
/// larger = more recent), or `None` while it is on screen or already released.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Held {
    pub bytes: u64,
    pub hidden_since: Option<u64>,
}

/// The backing store of a `width` × `height` canvas.
pub fn bytes(width: u32, height: u32) -> u64 {
    u64::from(width) * u64::from(height) * 4
}

/// The canvases to release (indexes into `held`), oldest hidden first, until the total is within `budget`
/// or nothing hidden is left to release.
pub fn to_release(held: &[Held], budget: u64) -> Vec<usize> {
    let mut total: u64 = held.iter().map(|h| h.bytes).sum();
    let mut hidden: Vec<(u64, usize)> = held
        .iter()
        .enumerate()
        .filter_map(|(i, h)| h.hidden_since.filter(|_| h.bytes > 0).map(|s| (s, i)))
        .collect();
    crate::model::order::sort_by_key(&mut hidden, |&(since, _)| since);
    let mut out = Vec::new();
    for (_, i) in hidden {
        if total <= budget {
            break;
        }
        total -= held[i].bytes;
        out.push(i);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const MB: u64 = 1024 * 1024;
    fn shown(mb: u64) -> Held {
        Held {
            bytes: mb * MB,
            hidden_since: None,
        }
    }
    fn hidden(mb: u64, since: u64) -> Held {
        Held {
            bytes: mb * MB,
            hidden_since: Some(since),
        }
    }

    #[test]
    fn within_budget_nothing_is_released() {
        assert!(to_release(&[shown(10), hidden(11, 1), hidden(11, 2)], 40 * MB).is_empty());
        assert!(to_release(&[], 40 * MB).is_empty());
    }

    #[test]
    fn the_oldest_hidden_go_first_until_the_total_fits() {
        // The walk of every view at 1920×1080@2 as measured: compare, composition, timeline, profile,
        // coverage hidden in that order, the slide on screen.
        let held = [
            hidden(11, 1),
            hidden(11, 2),
            hidden(22, 3),
            hidden(70, 4),
            hidden(11, 5),
            shown(23),
        ];
        let released = to_release(&held, 40 * MB);
        assert_eq!(released, vec![0, 1, 2, 3]);
        let kept: u64 = (0..held.len())
            .filter(|i| !released.contains(i))
            .map(|i| held[i].bytes)
            .sum();
        assert_eq!(kept, 34 * MB);
    }

    #[test]
    fn the_canvas_on_screen_is_kept_even_over_budget() {
        assert_eq!(to_release(&[shown(70), hidden(5, 1)], 40 * MB), vec![1]);
        assert!(to_release(&[shown(70)], 40 * MB).is_empty());
    }

    #[test]
    fn released_and_empty_canvases_are_not_released_again() {
        let held = [
            Held {
                bytes: 0,
                hidden_since: Some(1),
            },
            hidden(50, 2),
            shown(1),
        ];
        assert_eq!(to_release(&held, 40 * MB), vec![1]);
    }

    #[test]
    fn bytes_are_four_per_pixel() {
        assert_eq!(bytes(2316, 1236), 11_450_304);
        assert_eq!(bytes(0, 500), 0);
    }
}
