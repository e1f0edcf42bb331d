//! Marks around the work the benchmark times (`performance.measure` entries, read by bench/run.mjs).

fn performance() -> Option<web_sys::Performance> {
    web_sys::window().and_then(|w| w.performance())
}

/// Starts timing `name` (a later start replaces an unfinished one). The measures of the previous one are
/// dropped: a page left open for a day of hovering keeps one timing, not thousands (the benchmark reads
/// each right after it is made).
pub fn start(name: &str) {
    if let Some(p) = performance() {
        let start = format!("{name}:start");
        p.clear_marks_with_mark_name(&start);
        p.clear_measures_with_measure_name(name);
        let _ = p.mark(&start);
    }
}

/// Records `performance.measure(name)` from the start to now; `once` forgets the start, otherwise a
/// later call records again (a switch lasts until the last paint it causes, e.g. after a scrollbar appears).
pub fn end(name: &str, once: bool) {
    let Some(p) = performance() else { return };
    let start = format!("{name}:start");
    if p.get_entries_by_name(&start).length() > 0 {
        let _ = p.measure_with_start_mark(name, &start);
        if once {
            p.clear_marks_with_mark_name(&start);
        }
    }
}

pub const SWITCH: &str = "qianwan:switch";
pub const HOVER: &str = "qianwan:hover";
