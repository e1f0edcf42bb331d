//! What the keyboard does on a chart's marks: pure, so it is tested natively.

/// The outcome of a key pressed on a chart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MarkKey {
    /// Focus this mark (an index into the scene's marks).
    Focus(usize),
    /// Open what the focused mark stands for.
    Activate,
    /// Leave the marks (Esc).
    Leave,
    /// Not a key the chart uses: let it through (the presentation's keys, Tab…).
    Ignore,
}

/// Arrows step through the marks in reading order, Home and End jump, Enter or Space opens, Esc leaves.
/// A chart without marks uses no key.
pub fn mark_key(key: &str, current: Option<usize>, count: usize) -> MarkKey {
    if count == 0 {
        return MarkKey::Ignore;
    }
    let last = count - 1;
    match key {
        "ArrowRight" | "ArrowDown" => MarkKey::Focus(current.map_or(0, |i| (i + 1).min(last))),
        "ArrowLeft" | "ArrowUp" => MarkKey::Focus(current.map_or(0, |i| i.saturating_sub(1).min(last))),
        "Home" => MarkKey::Focus(0),
        "End" => MarkKey::Focus(last),
        "Enter" | " " if current.is_some() => MarkKey::Activate,
        "Escape" if current.is_some() => MarkKey::Leave,
        _ => MarkKey::Ignore,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arrows_step_and_stop_at_the_ends() {
        assert_eq!(mark_key("ArrowRight", None, 3), MarkKey::Focus(0));
        assert_eq!(mark_key("ArrowRight", Some(0), 3), MarkKey::Focus(1));
        assert_eq!(mark_key("ArrowDown", Some(2), 3), MarkKey::Focus(2));
        assert_eq!(mark_key("ArrowLeft", Some(0), 3), MarkKey::Focus(0));
        assert_eq!(mark_key("ArrowUp", Some(2), 3), MarkKey::Focus(1));
        assert_eq!(mark_key("Home", Some(2), 3), MarkKey::Focus(0));
        assert_eq!(mark_key("End", None, 3), MarkKey::Focus(2));
        // A mark index left over from a larger figure is brought back in range.
        assert_eq!(mark_key("ArrowLeft", Some(9), 3), MarkKey::Focus(2));
    }

    #[test]
    fn enter_space_and_escape_act_only_on_a_focused_mark() {
        assert_eq!(mark_key("Enter", Some(1), 3), MarkKey::Activate);
        assert_eq!(mark_key(" ", Some(1), 3), MarkKey::Activate);
        assert_eq!(mark_key("Escape", Some(1), 3), MarkKey::Leave);
        // Unfocused, they belong to the page (Enter and Space advance slides, Esc ends the presentation).
        assert_eq!(mark_key("Enter", None, 3), MarkKey::Ignore);
        assert_eq!(mark_key(" ", None, 3), MarkKey::Ignore);
        assert_eq!(mark_key("Escape", None, 3), MarkKey::Ignore);
    }

    #[test]
    fn other_keys_and_empty_charts_are_left_alone() {
        for key in ["Tab", "PageDown", "f", "1", "Shift"] {
            assert_eq!(mark_key(key, Some(0), 3), MarkKey::Ignore, "{key}");
        }
        assert_eq!(mark_key("ArrowRight", None, 0), MarkKey::Ignore);
    }
}
