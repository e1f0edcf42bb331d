//! What a presenter's key does during the presentation (clickers send arrows, PageUp/PageDown and Space).
//! Pure, so every key is tested natively; the UI listens and carries it out.

use super::state::Action;

/// What to do with a key pressed while presenting.
#[derive(Debug)]
pub enum PresenterKey {
    /// Dispatch this action.
    Act(Action),
    /// Enter or leave full screen (the browser's business).
    ToggleFullscreen,
    /// A digit, kept until Enter: the key is used, nothing happens yet.
    Typed,
    /// Not the presenter's key.
    Ignore,
}

/// `key` (KeyboardEvent.key) with Shift or not; `typed` holds the digits typed so far (at most three).
/// `fullscreen`: Esc leaves full screen first (the browser does it), and ends the presentation only outside it.
pub fn presenter_key(key: &str, shift: bool, fullscreen: bool, typed: &mut String) -> PresenterKey {
    let action = match key {
        "ArrowRight" | "PageDown" | "ArrowDown" => Action::NextSlide,
        " " if !shift => Action::NextSlide,
        " " | "ArrowLeft" | "PageUp" | "ArrowUp" => Action::PrevSlide,
        "Home" => Action::FirstSlide,
        "End" => Action::LastSlide,
        "Enter" => {
            let digits = std::mem::take(typed);
            digits.parse().map_or(Action::NextSlide, Action::GoToSlide)
        }
        "f" | "F" => {
            typed.clear();
            return PresenterKey::ToggleFullscreen;
        }
        "Escape" if !fullscreen => Action::EndPresentation,
        k if k.len() == 1 && k.bytes().all(|b| b.is_ascii_digit()) => {
            if typed.len() < 3 {
                typed.push_str(k);
            }
            return PresenterKey::Typed;
        }
        _ => return PresenterKey::Ignore,
    };
    typed.clear();
    PresenterKey::Act(action)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn act(key: &str, shift: bool, typed: &mut String) -> String {
        match presenter_key(key, shift, false, typed) {
            PresenterKey::Act(a) => format!("{a:?}"),
            other => format!("{other:?}"),
        }
    }

    #[test]
    fn clicker_keys_move_through_the_slides() {
        let mut t = String::new();
        assert_eq!(act("ArrowRight", false, &mut t), "NextSlide");
        assert_eq!(act("PageDown", false, &mut t), "NextSlide");
        assert_eq!(act(" ", false, &mut t), "NextSlide");
        assert_eq!(act(" ", true, &mut t), "PrevSlide");
        assert_eq!(act("PageUp", false, &mut t), "PrevSlide");
        assert_eq!(act("Home", false, &mut t), "FirstSlide");
        assert_eq!(act("End", false, &mut t), "LastSlide");
        assert_eq!(act("Escape", false, &mut t), "EndPresentation");
        assert_eq!(act("Tab", false, &mut t), "Ignore");
    }

    #[test]
    fn a_number_and_enter_jump_to_a_slide() {
        let mut t = String::new();
        assert_eq!(act("1", false, &mut t), "Typed");
        assert_eq!(act("2", false, &mut t), "Typed");
        assert_eq!(act("Enter", false, &mut t), "GoToSlide(12)");
        assert!(t.is_empty());
        // Enter alone goes on; digits beyond three are dropped.
        assert_eq!(act("Enter", false, &mut t), "NextSlide");
        for d in ["9", "9", "9", "9"] {
            act(d, false, &mut t);
        }
        assert_eq!(t, "999");
        // Another key forgets what was typed.
        assert_eq!(act("ArrowLeft", false, &mut t), "PrevSlide");
        assert!(t.is_empty());
    }

    #[test]
    fn escape_leaves_full_screen_before_it_ends_the_presentation() {
        let mut t = String::new();
        assert!(matches!(
            presenter_key("Escape", false, true, &mut t),
            PresenterKey::Ignore
        ));
        assert!(matches!(
            presenter_key("f", false, false, &mut t),
            PresenterKey::ToggleFullscreen
        ));
    }
}
