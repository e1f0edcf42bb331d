//! Golden SVG snapshots of every view, drawn by the same code as the canvas, and layout checks.
//! Regenerate on purpose only: `UPDATE_GOLDEN=1 cargo test --test golden`, then review the diff.
// Tests may unwrap, panic and use std's sort (the app may not: see Cargo.toml [lints] and clippy.toml).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::disallowed_methods)]

mod common;

use std::fs;
use std::path::PathBuf;

use qianwan::chart::style::{contrast, Palette, SLIDE_ZOOM};
use qianwan::chart::{
    compare_figure, composition_figure, coverage_figure, layout, layout_fit, preferred_height, profile_figure,
    slide_types, timeline_figure, ChartError, CompareOptions, Figure, Scene, Target, Typeset,
};
use qianwan::i18n::Lang;
use qianwan::model::{breakdowns, comparable_groups, compare, coverage, embedded, profile, timeline};

fn golden_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/golden")
}

/// Where a language's snapshots live under `tests/golden`: Chinese at the top, any other language in a
/// folder named by its key (`en/`).
fn lang_dir(lang: Lang) -> String {
    if lang == Lang::Zh {
        String::new()
    } else {
        format!("{}/", lang.key())
    }
}

/// Every view the app draws, in every language, by a stable name (see `lang_dir`).
fn views() -> Vec<(String, Figure)> {
    Lang::ALL.into_iter().flat_map(views_in).collect()
}

fn views_in(lang: Lang) -> Vec<(String, Figure)> {
    let ds = embedded();
    let mut out = Vec::new();
    for o in comparable_groups(&ds) {
        let c = compare(&ds, o.group.id).expect("comparable");
        out.push((
            format!("compare-{}", o.group.id),
            compare_figure(&c, &ds, CompareOptions::default(), &[], lang),
        ));
    }
    let grain = compare(&ds, "grain_output").expect("grain");
    out.push((
        "compare-grain_output-normalised".into(),
        compare_figure(&grain, &ds, CompareOptions { normalised: true }, &[], lang),
    ));
    out.push((
        "compare-grain_output-without-wanrong".into(),
        compare_figure(
            &grain,
            &ds,
            CompareOptions::default(),
            &[common::region("wanrong")],
            lang,
        ),
    ));
    out.push((
        "composition".into(),
        composition_figure(&breakdowns(&ds), &ds, &[], lang),
    ));
    for r in common::all_regions() {
        let series = timeline(&ds, r);
        if !series.is_empty() {
            out.push((format!("timeline-{}", r.key()), timeline_figure(r, &series, &ds, lang)));
        }
        out.push((
            format!("profile-{}", r.key()),
            profile_figure(&profile(&ds, r), &ds, lang),
        ));
    }
    out.push(("coverage".into(), coverage_figure(&coverage(&ds), &ds, lang)));
    for (i, slide) in qianwan::narrative::story::story(&ds, lang).iter().enumerate() {
        out.push((
            format!("slide-{:02}", i + 1),
            qianwan::chart::slide_figure(slide, &ds, lang).expect("slide chart"),
        ));
    }
    let dir = lang_dir(lang);
    for (name, _) in &mut out {
        *name = format!("{dir}{name}");
    }
    out
}

/// The canvas size a figure gets in a chart box `css_width` wide whose default height is `css_height`.
fn scene_at(fig: &Figure, css_width: f64, css_height: f64, scale: f64) -> Result<Scene, ChartError> {
    scene_in(fig, css_width, css_height, scale, &Palette::LIGHT)
}

fn scene_in(fig: &Figure, css_width: f64, css_height: f64, scale: f64, pal: &Palette) -> Result<Scene, ChartError> {
    let h = preferred_height(fig, css_width).unwrap_or(css_height);
    layout(fig, css_width * scale, h * scale, scale, pal)
}

const THEMES: [(&str, Palette); 4] = [
    ("light", Palette::LIGHT),
    ("dark", Palette::DARK),
    ("projector-light", Palette::PROJECTOR_LIGHT),
    ("projector-dark", Palette::PROJECTOR_DARK),
];

/// The SVG the page exports (`chart::svg`: the same `draw`, text at the PNG's size, a title and a
/// description): the snapshots are the files users get.
fn svg(fig: &Figure, scene: &Scene) -> String {
    qianwan::chart::svg(scene, &fig.title, &fig.description()).expect("draws")
}

/// Compares a drawing with its snapshot (or writes the snapshot, with `UPDATE_GOLDEN=1`). A snapshot that
/// differs or is missing is added to `failures`, so one run names every one of them.
fn check_golden(name: &str, actual: &str, failures: &mut Vec<String>) {
    let path = golden_dir().join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        fs::create_dir_all(path.parent().expect("golden dir")).expect("golden dir");
        fs::write(&path, actual).expect("write golden");
        return;
    }
    match fs::read_to_string(&path) {
        Ok(expected) if expected == actual => {}
        Ok(_) => failures.push(format!("differs: {name}")),
        Err(_) => failures.push(format!("missing: {name}")),
    }
}

/// No label overlaps another, and every label stays on the canvas.
fn assert_clean_layout(fig: &Figure, scene: &Scene, what: &str) {
    for (i, (a, ta)) in scene.text_boxes.iter().enumerate() {
        assert!(
            a.x >= 0.0 && a.y >= 0.0 && a.x + a.w <= scene.width + 0.5 && a.y + a.h <= scene.height + 0.5,
            "{what}: `{ta}` leaves the canvas"
        );
        for (b, tb) in &scene.text_boxes[i + 1..] {
            assert!(!a.overlaps(b), "{what}: `{ta}` overlaps `{tb}`");
        }
    }
    assert_nothing_cut(fig, scene, what);
    assert_not_reported_lies_on_the_baseline(scene, what);
}

/// Every text of the figure is drawn whole: a label too long for its room takes more lines, never "…".
/// (A stacked segment's label is drawn only where the segment holds it; its mark and table carry it.)
fn assert_nothing_cut(fig: &Figure, scene: &Scene, what: &str) {
    // Wrapping drops spaces at the breaks and adds a hyphen where it cuts a word: neither is the text's.
    let squeeze = qianwan::chart::scene::squeezed;
    let drawn = squeeze(&scene.text_boxes.iter().map(|(_, t)| t.as_str()).collect::<String>());
    let mut texts: Vec<&str> = vec![&fig.title, &fig.subtitle, &fig.source_line];
    texts.extend(fig.verdict.as_deref());
    texts.extend(fig.notes.iter().map(String::as_str));
    for panel in &fig.panels {
        texts.extend(panel.title.as_deref());
        texts.extend(panel.verdict.as_deref());
        texts.extend(panel.note.as_deref());
        if let qianwan::chart::Body::Bars(bars) = &panel.body {
            texts.push(&bars.unit_label);
            for c in &bars.clusters {
                texts.push(&c.label);
                for b in &c.bars {
                    texts.push(&b.label);
                    texts.extend(b.sublabel.as_deref());
                    texts.extend(b.caption.iter().map(String::as_str));
                }
            }
        }
    }
    for text in texts {
        assert!(drawn.contains(&squeeze(text)), "{what}: `{text}` is not drawn whole");
    }
}

/// 未报道 is a band on its panel's baseline, no taller than its label needs: never a height that could be
/// read as a value.
fn assert_not_reported_lies_on_the_baseline(scene: &Scene, what: &str) {
    for m in scene.marks.iter().filter(|m| matches!(m.target, Target::Missing(_))) {
        let band = &m.rect;
        let bottom = band.y + band.h;
        let baseline = scene
            .marks
            .iter()
            .filter(|o| o.panel == m.panel && matches!(o.target, Target::Fact(_)))
            .map(|o| o.rect.y + o.rect.h)
            .fold(f64::NAN, f64::max);
        assert!(
            baseline.is_nan() || (baseline - bottom).abs() < 0.5,
            "{what}: 未报道 ends at {bottom:.1}, the bars at {baseline:.1}"
        );
        let label: f64 = scene
            .text_boxes
            .iter()
            .filter(|(r, _)| {
                r.x >= band.x - 0.5 && r.x + r.w <= band.x + band.w + 0.5 && r.y >= band.y && r.y + r.h <= bottom
            })
            .map(|(r, _)| r.h)
            .sum();
        assert!(label > 0.0, "{what}: a 未报道 band without its label");
        assert!(
            band.h <= 2.5 * label,
            "{what}: a 未报道 band {:.0} px tall for {label:.0} px of text",
            band.h
        );
    }
}

#[test]
fn every_view_matches_its_golden_svg() {
    let mut names = Vec::new();
    let mut failures = Vec::new();
    for (name, fig) in views() {
        let scene = scene_at(&fig, 960.0, 540.0, 1.0).unwrap_or_else(|e| panic!("{name}: {e}"));
        let file = format!("{name}.svg");
        check_golden(&file, &svg(&fig, &scene), &mut failures);
        names.push(file);
    }
    // HiDPI: the same chart at twice the pixels, every length scaled.
    let ds = embedded();
    let grain = compare_figure(
        &compare(&ds, "grain_output").expect("grain"),
        &ds,
        CompareOptions::default(),
        &[],
        Lang::Zh,
    );
    check_golden(
        "compare-grain_output@2x.svg",
        &svg(&grain, &scene_at(&grain, 960.0, 540.0, 2.0).expect("fits")),
        &mut failures,
    );
    names.push("compare-grain_output@2x.svg".into());
    // Every theme, on the opening chart and the matrix.
    let matrix = coverage_figure(&coverage(&ds), &ds, Lang::Zh);
    for (theme, pal) in &THEMES[1..] {
        for (name, fig) in [("compare-grain_output", &grain), ("coverage", &matrix)] {
            let file = format!("{name}-{theme}.svg");
            check_golden(
                &file,
                &svg(fig, &scene_in(fig, 960.0, 540.0, 1.0, pal).expect("fits")),
                &mut failures,
            );
            names.push(file);
        }
    }
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        return;
    }
    // Every snapshot on disk belongs to a view (none stale), and no two views share a name.
    let mut on_disk: Vec<String> = Vec::new();
    for lang in Lang::ALL {
        let sub = lang_dir(lang);
        for e in fs::read_dir(golden_dir().join(&sub)).expect("golden dir") {
            let e = e.expect("entry");
            if e.file_type().expect("file type").is_file() {
                on_disk.push(format!("{sub}{}", e.file_name().to_string_lossy()));
            }
        }
    }
    names.sort();
    on_disk.sort();
    for stale in on_disk.iter().filter(|f| names.binary_search(f).is_err()) {
        failures.push(format!("stale (no view draws it): {stale}"));
    }
    for twice in names.windows(2).filter(|w| w[0] == w[1]) {
        failures.push(format!("drawn by two views: {}", twice[0]));
    }
    assert!(
        failures.is_empty(),
        "{} golden snapshot problem(s); if the change is intended, regenerate with \
         UPDATE_GOLDEN=1 cargo test --test golden and review the diff:\n  {}",
        failures.len(),
        failures.join("\n  ")
    );
}

#[test]
fn labels_never_overlap_or_leave_the_canvas() {
    // Chart-box sizes in the page at 1024×768 and 1920×1080 windows, a 2× laptop and a phone.
    for (name, fig) in views() {
        for (w, h, s) in [
            (982.0, 445.0, 1.0),
            (1158.0, 620.0, 1.0),
            (1240.0, 460.0, 2.0),
            (318.0, 360.0, 3.0),
        ] {
            let scene = scene_at(&fig, w, h, s).unwrap_or_else(|e| panic!("{name} at {w}×{h}@{s}: {e}"));
            assert_clean_layout(&fig, &scene, &format!("{name} at {w}×{h}@{s}"));
        }
    }
}

#[test]
fn every_fact_behind_a_view_has_a_mark_that_hits_back() {
    for (name, fig) in views() {
        for scale in [1.0, 2.0] {
            let scene = scene_at(&fig, 960.0, 540.0, scale).expect("fits");
            assert!(!scene.marks.is_empty(), "{name} has no marks");
            for (i, m) in scene.marks.iter().enumerate() {
                let (x, y) = (m.rect.x + m.rect.w / 2.0, m.rect.y + m.rect.h / 2.0);
                let (hit, _) = scene.hit(x, y).unwrap_or_else(|| panic!("{name}: mark {i} not hit"));
                // A stacked segment lies on its stack: the topmost mark answers.
                assert!(hit >= i, "{name}: mark {i} answered by {hit}");
            }
        }
    }
}

#[test]
fn compare_marks_follow_the_dataset() {
    let ds = embedded();
    let c = compare(&ds, "grain_output").expect("grain");
    let scene = scene_at(
        &compare_figure(&c, &ds, CompareOptions::default(), &[], Lang::Zh),
        960.0,
        540.0,
        1.0,
    )
    .expect("fits");
    let charted: Vec<&str> = c.facts().map(|f| f.id).collect();
    let marked: Vec<&str> = scene.marks.iter().filter_map(|m| m.target.fact_id()).collect();
    assert_eq!(charted, marked);
    assert_eq!(
        scene
            .marks
            .iter()
            .filter(|m| m.target == Target::Missing(common::region("yanhu")))
            .count(),
        1
    );
    for text in ["未报道", "1.76亿斤", "=8.8万吨"] {
        assert!(scene.text_boxes.iter().any(|(_, t)| t == text), "{text}");
    }
    // Taller values, taller bars.
    let mut bars: Vec<(f64, f64)> = c
        .facts()
        .map(|f| {
            (
                f.base_value,
                scene
                    .marks
                    .iter()
                    .find(|m| m.target == Target::Fact(f.id))
                    .expect("mark")
                    .rect
                    .h,
            )
        })
        .collect();
    bars.sort_by(|a, b| a.0.total_cmp(&b.0));
    assert!(bars.windows(2).all(|p| p[0].1 <= p[1].1), "{bars:?}");
    // Normalised: the value leads, the written form follows.
    let norm = scene_at(
        &compare_figure(&c, &ds, CompareOptions { normalised: true }, &[], Lang::Zh),
        960.0,
        540.0,
        1.0,
    )
    .expect("fits");
    assert!(norm.text_boxes.iter().any(|(_, t)| t == "8.8万吨"));
    assert!(norm.text_boxes.iter().any(|(_, t)| t == "原文 1.76亿斤"));
}

#[test]
fn stacked_parts_add_up_to_the_total_the_article_gives() {
    let ds = embedded();
    let b = breakdowns(&ds);
    let sources = b
        .iter()
        .find(|b| b.group.id == "investment_sources")
        .expect("investment sources");
    let wanrong = sources
        .regions
        .iter()
        .find(|r| r.region == common::region("wanrong"))
        .expect("万荣");
    let total = wanrong.total.expect("累计投入25.5亿元");
    assert!(
        (wanrong.sum() - total.base_value).abs() < 1.0,
        "{} vs {}",
        wanrong.sum(),
        total.base_value
    );
    let scene = scene_at(&composition_figure(&b, &ds, &[], Lang::Zh), 960.0, 540.0, 1.0).expect("fits");
    for part in &wanrong.parts {
        assert!(
            scene.marks.iter().any(|m| m.target == Target::Fact(part.id)),
            "{}",
            part.id
        );
    }
}

#[test]
fn the_coverage_matrix_counts_every_fact_once() {
    let ds = embedded();
    let c = coverage(&ds);
    assert_eq!(c.counts.iter().flatten().sum::<usize>(), ds.facts.len());
    let scene = scene_at(&coverage_figure(&c, &ds, Lang::Zh), 960.0, 540.0, 1.0).expect("fits");
    assert_eq!(scene.marks.len(), c.regions.len() * c.categories.len());
}

#[test]
fn refuses_only_what_is_not_a_size() {
    let ds = embedded();
    let fig = compare_figure(
        &compare(&ds, "grain_output").expect("grain"),
        &ds,
        CompareOptions::default(),
        &[],
        Lang::Zh,
    );
    for (w, h, s) in [
        (0.0, 400.0, 1.0),
        (800.0, 0.0, 1.0),
        (-5.0, 400.0, 1.0),
        (f64::NAN, 400.0, 1.0),
        (800.0, f64::INFINITY, 1.0),
        (800.0, 400.0, 0.0),
    ] {
        assert!(
            matches!(layout(&fig, w, h, s, &Palette::LIGHT), Err(ChartError::TooSmall { .. })),
            "{w}×{h}@{s}"
        );
    }
}

/// A chart is always drawn: a canvas too small for it gets a larger drawing (which the page scrolls), with
/// every mark and no label cut off or on top of another. Issue: a panel under its least size used to be
/// refused, and the page kept a blank or a stale picture.
#[test]
fn every_view_is_drawn_at_every_size() {
    for (name, fig) in views() {
        let marks = scene_at(&fig, 960.0, 540.0, 1.0).expect("fits").marks.len();
        for (w, h) in [
            (100.0, 100.0),
            (240.0, 200.0),
            (280.0, 360.0),
            (318.0, 240.0),
            (400.0, 300.0),
            (640.0, 180.0),
        ] {
            for s in [1.0, 2.0, 3.0] {
                let what = format!("{name} at {w}×{h}@{s}");
                let scene = layout(&fig, w * s, h * s, s, &Palette::LIGHT).unwrap_or_else(|e| panic!("{what}: {e}"));
                assert!(
                    scene.width >= w * s && scene.height >= h * s,
                    "{what}: drawn smaller than the canvas"
                );
                assert_eq!(scene.marks.len(), marks, "{what}: marks lost");
                for m in &scene.marks {
                    assert!(m.rect.w > 0.0 && m.rect.h > 0.0, "{what}: an empty mark");
                }
                assert_clean_layout(&fig, &scene, &what);
            }
        }
    }
}

/// A narrow canvas turns the coverage matrix (regions become columns) rather than scroll it sideways.
#[test]
fn a_narrow_canvas_turns_the_matrix() {
    let ds = embedded();
    let fig = coverage_figure(&coverage(&ds), &ds, Lang::Zh);
    let scene = layout(&fig, 300.0, 600.0, 1.0, &Palette::LIGHT).expect("drawn");
    assert!(
        scene.width <= 300.0,
        "the matrix scrolls sideways at 300 px ({})",
        scene.width
    );
    let first = &scene.marks[0];
    let second = &scene.marks[1];
    assert!(
        second.rect.x > first.rect.x && (second.rect.y - first.rect.y).abs() < 1.0,
        "the first row holds the regions"
    );
    assert!(
        matches!(
            second.target,
            Target::Cell { region, .. } if region == common::region("yanhu")
        ),
        "{:?}",
        second.target
    );
}

/// Slides keep their large type where it fits and come down to the page's where it does not; below that
/// they scroll (the drawing is larger than the box), never blank.
#[test]
fn slides_shrink_their_type_before_they_scroll() {
    let ds = embedded();
    let types = |w: f64, h: f64| qianwan::chart::slide_types(SLIDE_ZOOM, w, h);
    for (i, slide) in qianwan::narrative::story::story(&ds, Lang::Zh).iter().enumerate() {
        let fig = qianwan::chart::slide_figure(slide, &ds, Lang::Zh).expect("slide chart");
        let big = layout_fit(&fig, 1840.0, 700.0, 1.0, &types(1840.0, 700.0), &Palette::LIGHT).expect("drawn");
        assert_eq!((big.width, big.height), (1840.0, 700.0), "slide {} at 1840×700", i + 1);
        for (w, h) in [(620.0, 300.0), (360.0, 400.0), (1000.0, 240.0)] {
            let what = format!("slide {} at {w}×{h}", i + 1);
            let scene =
                layout_fit(&fig, w, h, 1.0, &types(w, h), &Palette::LIGHT).unwrap_or_else(|e| panic!("{what}: {e}"));
            assert!(!scene.marks.is_empty(), "{what}");
            assert_clean_layout(&fig, &scene, &what);
        }
    }
}

#[test]
fn every_theme_meets_contrast_minimums() {
    for (name, pal) in THEMES {
        // Text: 4.5:1 (WCAG AA); marks: 3:1 (non-text contrast).
        assert!(contrast(pal.ink, pal.background) >= 4.5, "{name} ink");
        assert!(contrast(pal.muted, pal.background) >= 4.5, "{name} muted text");
        for r in common::all_regions() {
            assert!(
                contrast(pal.region(r), pal.background) >= 3.0,
                "{name} {r:?} {:.2}",
                contrast(pal.region(r), pal.background)
            );
        }
        assert!(contrast(pal.missing, pal.missing_bg) >= 3.0, "{name} 未报道 outline");
        for step in 0..=20 {
            let (fill, text) = pal.heat_colour(f64::from(step) / 20.0);
            assert!(
                contrast(text, fill) >= 4.5,
                "{name} matrix text at {step}/20: {:.2}",
                contrast(text, fill)
            );
        }
        // Labels in the 未报道 placeholder and on bars sit on the background colour.
        assert!(contrast(pal.ink, pal.missing_bg) >= 4.5, "{name} ink on 未报道");
        // A region's numbers in the article text, on their tint (the page's colours come from here).
        for (text, tint) in pal.region_text.iter().zip(&pal.region_tint) {
            assert!(
                contrast(*text, *tint) >= 4.5,
                "{name} region text {:.2}",
                contrast(*text, *tint)
            );
        }
    }
}

#[test]
fn every_view_lays_out_cleanly_in_every_theme() {
    for (name, fig) in views() {
        for (theme, pal) in &THEMES {
            let scene = scene_in(&fig, 1158.0, 620.0, 1.0, pal).unwrap_or_else(|e| panic!("{name} {theme}: {e}"));
            assert_clean_layout(&fig, &scene, &format!("{name} in {theme}"));
        }
    }
}

/// The smallest text a scene draws.
fn least_text(scene: &Scene) -> f64 {
    scene
        .items
        .iter()
        .filter_map(|item| match item {
            qianwan::chart::Item::Text { size, .. } => Some(*size),
            _ => None,
        })
        .fold(f64::INFINITY, f64::min)
}

/// A slide's chart box on four screens, as the page lays it out (CSS pixels, under the slide bar and
/// above a two-line takeaway), and the least chart text a one-panel slide may have there: 1920×1080,
/// 1280×720, 1024×768 and a 390×844 phone.
const SLIDE_SCREENS: [(&str, (f64, f64), f64); 4] = [
    ("1920×1080", (1888.0, 850.0), 24.0),
    ("1280×720", (1248.0, 521.0), 16.0),
    ("1024×768", (992.0, 564.0), 0.0),
    ("390×844", (358.0, 506.0), 0.0),
];

/// Slides are read from the back of the room: their type grows with the screen, and long labels wrap at
/// their size instead of shrinking. On a 1920×1080 projector a one-panel slide fits and draws no text
/// under 24 px, and on 1280×720 none under 16 px. Any slide that fitted its box with the fixed type it had
/// before (1.5×, else 1.25×, else the page's, labels shrinking) still fits, and its smallest text is no
/// smaller. Nothing overlaps or is cut at any size or pixel ratio.
#[test]
fn slides_grow_their_type_with_the_screen() {
    let ds = embedded();
    let before: Vec<Typeset> = [SLIDE_ZOOM, (SLIDE_ZOOM + 1.0) / 2.0, 1.0].map(Typeset::page).to_vec();
    let fits = |scene: &Scene, (w, h): (f64, f64)| scene.width <= w + 0.5 && scene.height <= h + 0.5;
    for lang in Lang::ALL {
        for (i, slide) in qianwan::narrative::story::story(&ds, lang).iter().enumerate() {
            let fig = qianwan::chart::slide_figure(slide, &ds, lang).expect("slide chart");
            for (screen, (w, h), least) in SLIDE_SCREENS {
                let what = format!("{} slide {} on {screen}", lang.key(), i + 1);
                let types = slide_types(SLIDE_ZOOM, w, h);
                let drawn = |types: &[Typeset], dpr: f64| {
                    layout_fit(&fig, w * dpr, h * dpr, dpr, types, &Palette::PROJECTOR_DARK)
                        .unwrap_or_else(|e| panic!("{what}@{dpr}: {e}"))
                };
                assert_clean_layout(&fig, &drawn(&types, 2.0), &format!("{what}@2"));
                let (now, then) = (drawn(&types, 1.0), drawn(&before, 1.0));
                assert_clean_layout(&fig, &now, &what);
                let (px, px_before) = (least_text(&now), least_text(&then));
                if fits(&then, (w, h)) {
                    assert!(fits(&now, (w, h)), "{what}: no longer fits");
                    assert!(
                        px >= px_before,
                        "{what}: smallest text {px:.1} px, {px_before:.1} before"
                    );
                }
                if fig.panels.len() == 1 && least > 0.0 {
                    assert!(fits(&now, (w, h)), "{what}: does not fit");
                    assert!(px >= least, "{what}: text at {px:.1} px, under {least} px");
                }
            }
        }
    }
}

#[test]
fn hostile_text_stays_text_in_the_svg_export() {
    use qianwan::chart::{BarSpec, ClusterSpec, Panel};
    use qianwan::model::{BaseUnit, Kind, Qualifier};
    let evil = "<script>alert(1)</script><img src=x onerror=alert(2)>&amp;\u{202e}😀";
    let fig = Figure {
        lang: Lang::Zh,
        title: evil.into(),
        subtitle: evil.into(),
        verdict: Some(evil.into()),
        bar_legend: true,
        panels: vec![Panel {
            title: Some(evil.into()),
            verdict: Some(evil.into()),
            note: Some(evil.into()),
            body: qianwan::chart::Body::Bars(qianwan::chart::spec::BarPanel {
                unit: BaseUnit::Yuan,
                unit_label: evil.into(),
                clusters: vec![ClusterSpec {
                    label: evil.into(),
                    chip: Some(common::region("yanhu")),
                    context: false,
                    region: Some(common::region("yanhu")),
                    bars: vec![BarSpec {
                        fact_id: Some("x"),
                        region: common::region("yanhu"),
                        value: 1.0,
                        label: evil.into(),
                        sublabel: Some(evil.into()),
                        caption: vec![evil.into()],
                        qualifier: Qualifier::Exact,
                        kind: Kind::Actual,
                        segments: Vec::new(),
                    }],
                }],
            }),
        }],
        notes: vec![],
        summary: evil.into(),
        source_line: evil.into(),
    };
    let out = svg(&fig, &scene_at(&fig, 960.0, 540.0, 1.0).expect("fits"));
    assert!(
        !out.contains("<script") && !out.contains("<img"),
        "markup leaked into the SVG"
    );
    assert!(out.contains("&lt;script&gt;"), "the text is kept, escaped");
}

/// English charts carry no Chinese but the article titles of their source line (titles name the source).
#[test]
fn english_charts_have_no_untranslated_text() {
    let han = |s: &str| s.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
    for (name, fig) in views_in(Lang::En) {
        let scene = scene_at(&fig, 960.0, 540.0, 1.0).unwrap_or_else(|e| panic!("{name}: {e}"));
        // The source line (on as many lines as it takes) holds Chinese only inside its titles' 《》.
        let outside_titles: String = fig
            .source_line
            .split('《')
            .map(|part| part.split_once('》').map_or(part, |(_, after)| after))
            .collect();
        assert!(!han(&outside_titles), "{name}: `{}`", fig.source_line);
        for (_, text) in &scene.text_boxes {
            let of_source = fig.source_line.contains(text.as_str());
            assert!(of_source || !han(text), "{name}: `{text}` is not translated");
        }
        assert!(!han(&fig.summary), "{name}: summary `{}`", fig.summary);
        for note in &fig.notes {
            assert!(!han(note), "{name}: note `{note}`");
        }
    }
}

/// Print: every chart on A4 landscape pages (about 1040 × 700 CSS pixels), cut only between blocks (under
/// the header, between rows of panels, above the foot), never through a text or a mark.
#[test]
fn every_view_prints_on_pages_cut_between_its_panels() {
    const PAGE_W: f64 = 1040.0;
    const PAGE_H: f64 = 700.0;
    for (name, fig) in views() {
        let h = preferred_height(&fig, PAGE_W).unwrap_or(PAGE_H);
        let scene = layout(&fig, PAGE_W, h, 1.0, &Palette::LIGHT).unwrap_or_else(|e| panic!("{name}: {e}"));
        let pages = scene.print_pages(PAGE_H);
        assert_eq!(pages.first().map(|p| p.0), Some(0.0), "{name}");
        assert_eq!(pages.last().map(|p| p.1), Some(scene.height), "{name}");
        for w in pages.windows(2) {
            assert_eq!(w[0].1, w[1].0, "{name}: pages follow each other");
        }
        for (top, bottom) in &pages {
            assert!(
                bottom - top <= PAGE_H + 0.01,
                "{name}: a page of {:.0} px",
                bottom - top
            );
        }
        for (_, cut) in pages.iter().take(pages.len() - 1) {
            let crosses = |r: &qianwan::chart::scene::Rect| r.y < cut - 0.5 && r.y + r.h > cut + 0.5;
            for (r, text) in &scene.text_boxes {
                assert!(!crosses(r), "{name}: the cut at {cut:.0} crosses `{text}`");
            }
            for m in &scene.marks {
                assert!(!crosses(&m.rect), "{name}: the cut at {cut:.0} crosses a mark");
            }
        }
        if scene.height > PAGE_H {
            assert!(pages.len() >= 2, "{name}");
        }
    }
}

/// The exported SVG writes every text at the size the canvas and the PNG draw it (plotters' SVG backend
/// would write it 1/1.24 smaller), and names the chart in `<title>` and `<desc>`.
#[test]
fn the_svg_export_has_the_pngs_text_sizes_a_title_and_a_description() {
    use qianwan::chart::scene::Item;
    for (name, fig) in views().into_iter().take(6) {
        let scene = scene_at(&fig, 960.0, 540.0, 1.0).expect("fits");
        let out = svg(&fig, &scene);
        let drawn: Vec<f64> = scene
            .items
            .iter()
            .filter_map(|i| match i {
                Item::Text { size, .. } => Some(size.round()),
                _ => None,
            })
            .collect();
        let written: Vec<f64> = out
            .split("font-size=\"")
            .skip(1)
            .map(|s| s.split('"').next().and_then(|n| n.parse().ok()).expect("a size"))
            .collect();
        assert_eq!(written, drawn, "{name}: the SVG's text sizes are the canvas's");
        assert!(out.contains(&format!("<title>{}</title>", fig.title)), "{name}");
        assert!(out.contains("<desc>") && out.contains(&fig.source_line), "{name}");
    }
}
