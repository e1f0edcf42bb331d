//! Golden SVG snapshots of every chart, drawn by the same code as the canvas, and layout checks.
//! Regenerate on purpose only: `UPDATE_GOLDEN=1 cargo test --test golden`, then review the diff.

use std::fs;
use std::path::PathBuf;

use plotters::prelude::SVGBackend;
use qianwan::chart::{compare_spec, draw, layout, ChartError, Scene};
use qianwan::model::{comparable_groups, compare, embedded};

fn golden_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/golden")
}

fn svg(scene: &Scene) -> String {
    let mut out = String::new();
    {
        let backend = SVGBackend::with_string(&mut out, (scene.width as u32, scene.height as u32));
        draw(backend, scene).expect("draws");
    }
    out
}

fn check_golden(name: &str, actual: &str) {
    let path = golden_dir().join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        fs::create_dir_all(golden_dir()).expect("golden dir");
        fs::write(&path, actual).expect("write golden");
        return;
    }
    let expected = fs::read_to_string(&path).unwrap_or_else(|_| {
        panic!(
            "missing {}; run UPDATE_GOLDEN=1 cargo test --test golden",
            path.display()
        )
    });
    assert!(
        expected == actual,
        "{name} differs from its golden snapshot; if the change is intended, regenerate with UPDATE_GOLDEN=1"
    );
}

fn scene_of(group: &str, w: f64, h: f64, scale: f64) -> Scene {
    let ds = embedded();
    let c = compare(&ds, group).expect("comparable");
    layout(&compare_spec(&c, &ds), w * scale, h * scale, scale).expect("fits")
}

/// No label overlaps another, and every label stays on the canvas.
fn assert_clean_layout(scene: &Scene, what: &str) {
    for (i, (a, ta)) in scene.text_boxes.iter().enumerate() {
        assert!(
            a.x >= 0.0 && a.y >= 0.0 && a.x + a.w <= scene.width + 0.5 && a.y + a.h <= scene.height + 0.5,
            "{what}: `{ta}` leaves the canvas"
        );
        for (b, tb) in &scene.text_boxes[i + 1..] {
            assert!(!a.overlaps(b), "{what}: `{ta}` overlaps `{tb}`");
        }
    }
}

#[test]
fn every_comparison_matches_its_golden_svg() {
    let ds = embedded();
    let mut names = Vec::new();
    for o in comparable_groups(&ds) {
        let scene = scene_of(o.group.id, 960.0, 540.0, 1.0);
        let name = format!("compare-{}.svg", o.group.id);
        check_golden(&name, &svg(&scene));
        names.push(name);
    }
    // HiDPI: the same chart at twice the pixels, every length scaled.
    check_golden(
        "compare-grain_output@2x.svg",
        &svg(&scene_of("grain_output", 960.0, 540.0, 2.0)),
    );
    names.push("compare-grain_output@2x.svg".into());
    // No stale snapshots left behind.
    if std::env::var_os("UPDATE_GOLDEN").is_none() {
        let mut on_disk: Vec<String> = fs::read_dir(golden_dir())
            .expect("golden dir")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .collect();
        on_disk.sort();
        names.sort();
        assert_eq!(on_disk, names, "golden files and charts differ");
    }
}

#[test]
fn labels_never_overlap_or_leave_the_canvas() {
    let ds = embedded();
    for o in comparable_groups(&ds) {
        for (w, h, s) in [
            (1024.0, 420.0, 1.0),
            (1920.0, 620.0, 1.0),
            (1280.0, 460.0, 2.0),
            (360.0, 360.0, 3.0),
        ] {
            let scene = scene_of(o.group.id, w, h, s);
            assert_clean_layout(&scene, &format!("{} at {w}×{h}@{s}", o.group.id));
        }
    }
}

#[test]
fn marks_map_back_to_their_facts() {
    let ds = embedded();
    let c = compare(&ds, "grain_output").expect("grain");
    for scale in [1.0, 2.0] {
        let scene = layout(&compare_spec(&c, &ds), 960.0 * scale, 540.0 * scale, scale).expect("fits");
        let charted: Vec<&str> = c.facts().map(|f| f.id).collect();
        let marked: Vec<&str> = scene.marks.iter().filter_map(|m| m.fact_id).collect();
        assert_eq!(charted, marked);
        for m in &scene.marks {
            let (x, y) = (m.rect.x + m.rect.w / 2.0, m.rect.y + m.rect.h / 2.0);
            assert_eq!(scene.hit(x, y).map(|h| h.fact_id), Some(m.fact_id));
        }
        // 盐湖区 is a 未报道 placeholder, not a zero bar.
        assert_eq!(scene.marks.iter().filter(|m| m.fact_id.is_none()).count(), 1);
        assert!(scene.text_boxes.iter().any(|(_, t)| t == "未报道"));
        assert!(scene.text_boxes.iter().any(|(_, t)| t == "1.76亿斤"));
        assert!(scene.text_boxes.iter().any(|(_, t)| t == "=8.8万吨"));
    }
}

#[test]
fn taller_values_make_taller_bars() {
    let ds = embedded();
    let c = compare(&ds, "grain_output").expect("grain");
    let scene = layout(&compare_spec(&c, &ds), 960.0, 540.0, 1.0).expect("fits");
    let mut bars: Vec<(f64, f64)> = c
        .facts()
        .map(|f| {
            let m = scene.marks.iter().find(|m| m.fact_id == Some(f.id)).expect("mark");
            (f.base_value, m.rect.h)
        })
        .collect();
    bars.sort_by(|a, b| a.0.total_cmp(&b.0));
    assert!(bars.windows(2).all(|p| p[0].1 <= p[1].1), "{bars:?}");
}

#[test]
fn refuses_sizes_it_cannot_draw() {
    let ds = embedded();
    let spec = compare_spec(&compare(&ds, "grain_output").expect("grain"), &ds);
    for (w, h, s) in [
        (0.0, 400.0, 1.0),
        (800.0, 0.0, 1.0),
        (-5.0, 400.0, 1.0),
        (f64::NAN, 400.0, 1.0),
        (800.0, 400.0, 0.0),
        (100.0, 100.0, 1.0),
    ] {
        assert!(
            matches!(layout(&spec, w, h, s), Err(ChartError::TooSmall { .. })),
            "{w}×{h}@{s}"
        );
    }
}
