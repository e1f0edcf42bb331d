//! Keeping the address bar and the state in step: which navigations to restore, and how to write the
//! state back (a new history entry, or the same one). Pure, so it is tested natively; the UI feeds it the
//! browser's events and carries out what it decides.
//!
//! A navigation to a hash (Back, Forward, an in-page link, a hash typed by hand) fires both `popstate` and
//! `hashchange`. It is restored once: the second event finds the address already known. The state it
//! restores is written back canonically over the same entry (`replaceState`), so a link whose canonical
//! form differs adds no second entry, and what the link could not restore stays reported.

/// How to write the state's hash to the address bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Write {
    /// The address already says it.
    Nothing,
    /// A new history entry (a new view, group, region…): Back returns to the previous one.
    Push,
    /// The same entry: a search being typed, the first state of the page, or the canonical form of an
    /// address the user navigated to.
    Replace,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UrlSync {
    /// The hash the address bar had when the app last read or wrote it (with `#`, or empty).
    known: Option<String>,
    /// The hash of the last navigation restored: written back over it.
    restored: Option<String>,
    /// The coarse form of the last hash written (see [`coarse`]).
    last_coarse: Option<String>,
}

impl UrlSync {
    pub fn new() -> UrlSync {
        UrlSync::default()
    }

    /// The address bar now says `current` after a browser event: `true` if the state must be restored from
    /// it (once per navigation; an address the app wrote itself, or already restored, is not restored again).
    pub fn navigated(&mut self, current: &str) -> bool {
        if self.known.as_deref() == Some(current) {
            return false;
        }
        self.known = Some(current.to_string());
        self.restored = Some(current.to_string());
        true
    }

    /// The state's canonical hash is `hash` (without `#`) and the address bar says `current`: how to write it.
    pub fn write(&mut self, current: &str, hash: &str) -> Write {
        let url = format!("#{hash}");
        let c = coarse(hash);
        let decision = if current == url {
            Write::Nothing
        } else if self.last_coarse.is_none()
            || self.restored.as_deref() == Some(current)
            || self.last_coarse.as_deref() == Some(c.as_str())
        {
            Write::Replace
        } else {
            Write::Push
        };
        self.known = Some(url);
        self.restored = None;
        self.last_coarse = Some(c);
        decision
    }
}

/// The hash without the explorer's search, filters and sort: a change there is the same place (typing
/// must not fill the history), a change elsewhere a new one.
pub fn coarse(hash: &str) -> String {
    hash.trim_start_matches('#')
        .split('&')
        .filter(|p| !p.starts_with("q=") && !p.starts_with("f=") && !p.starts_with("sort="))
        .collect::<Vec<_>>()
        .join("&")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_state_replaces_the_entry_the_page_opened_on() {
        let mut sync = UrlSync::new();
        assert_eq!(sync.write("", "view=compare&lang=zh"), Write::Replace);
        assert_eq!(
            sync.write("#view=compare&lang=zh", "view=compare&lang=zh"),
            Write::Nothing
        );
    }

    #[test]
    fn a_new_view_is_a_new_entry_and_typing_is_not() {
        let mut sync = UrlSync::new();
        sync.write("", "view=compare");
        assert_eq!(sync.write("#view=compare", "view=explorer"), Write::Push);
        assert_eq!(sync.write("#view=explorer", "view=explorer&q=a"), Write::Replace);
        assert_eq!(sync.write("#view=explorer&q=a", "view=explorer&q=ab"), Write::Replace);
        assert_eq!(sync.write("#view=explorer&q=ab", "view=sources"), Write::Push);
    }

    #[test]
    fn a_navigation_is_restored_once_and_written_back_over_itself() {
        let mut sync = UrlSync::new();
        sync.write("", "view=compare&lang=zh");
        // An in-page link: popstate, then hashchange, for one navigation.
        assert!(sync.navigated("#view=sources&article=nope"));
        assert!(!sync.navigated("#view=sources&article=nope"));
        // Its canonical form replaces it: no second history entry, nothing restored again.
        assert_eq!(
            sync.write("#view=sources&article=nope", "view=sources&article=000&lang=zh"),
            Write::Replace
        );
        assert!(!sync.navigated("#view=sources&article=000&lang=zh"));
        // The next change of place is a new entry again.
        assert_eq!(
            sync.write("#view=sources&article=000&lang=zh", "view=compare&lang=zh"),
            Write::Push
        );
    }

    #[test]
    fn back_to_an_address_the_app_wrote_is_restored() {
        let mut sync = UrlSync::new();
        sync.write("", "view=compare");
        sync.write("#view=compare", "view=explorer");
        // Back: the browser shows #view=compare again.
        assert!(sync.navigated("#view=compare"));
        assert_eq!(sync.write("#view=compare", "view=compare"), Write::Nothing);
        // Forward.
        assert!(sync.navigated("#view=explorer"));
    }

    #[test]
    fn the_coarse_form_ignores_search_filters_and_sort() {
        assert_eq!(
            coarse("#view=explorer&q=x&f=region.yanhu&sort=value&lang=en"),
            "view=explorer&lang=en"
        );
    }
}
