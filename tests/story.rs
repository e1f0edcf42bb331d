// Tests may unwrap, panic and use std's sort (the app may not: see Cargo.toml [lints] and clippy.toml).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::disallowed_methods)]
use qianwan::i18n::Lang;
use qianwan::model::embedded;
use qianwan::narrative::story::{story, Slide, SlideChart};

/// The slide of `chart` in a story.
fn slide(slides: &[Slide], chart: SlideChart) -> &Slide {
    slides
        .iter()
        .find(|s| s.chart == chart)
        .unwrap_or_else(|| panic!("no slide {chart:?}"))
}

#[test]
fn the_story_has_at_least_eight_slides_and_closes_on_what_cannot_be_compared() {
    let ds = embedded();
    let slides = story(&ds, Lang::Zh);
    assert!(slides.len() >= 8, "{} slides", slides.len());
    assert_eq!(slides.last().map(|s| s.chart), Some(SlideChart::Coverage));
    assert!(slides.last().is_some_and(|s| s.takeaway.contains("未报道")));
    for s in &slides {
        assert!(!s.takeaway.is_empty(), "{:?}", s.chart);
        println!("{:?}: {}", s.chart, s.takeaway);
    }
}

#[test]
fn takeaways_are_computed_from_the_figures() {
    let ds = embedded();
    let slides = story(&ds, Lang::Zh);
    let grain = slide(&slides, SlideChart::Compare("grain_output"));
    // 20万吨以上 ÷ 8.8万吨 (1.76亿斤) = 2.27; 以上 on the larger figure makes it "at least 2.2 times" (rounded
    // down), never "about 2.3"; both figures as written, the ratio marked as computed with its periods.
    assert!(
        grain.takeaway.contains("1.76亿斤") && grain.takeaway.contains("20万吨以上"),
        "{}",
        grain.takeaway
    );
    assert!(grain.takeaway.contains("至少是上党区的2.2倍"), "{}", grain.takeaway);
    assert!(!grain.takeaway.contains("约是"), "{}", grain.takeaway);
    // The computation in one unit, the normalised one (never 吨 ÷ 斤).
    assert!(
        grain.takeaway.contains("计算值：超20万吨 ÷ 8.8万吨"),
        "{}",
        grain.takeaway
    );
    assert!(grain.takeaway.contains("盐湖区未报道"), "{}", grain.takeaway);
    // In English, one unit in the whole sentence: tonnes, never jin beside them.
    let en = story(&ds, Lang::En);
    let grain_en = slide(&en, SlideChart::Compare("grain_output"));
    assert!(
        grain_en.takeaway.contains("88,000 t") && !grain_en.takeaway.contains("jin"),
        "{}",
        grain_en.takeaway
    );
    // A label between the place and its figure reads as one, in both languages.
    let share = slide(&slides, SlideChart::Compare("vc_income_share"));
    assert!(
        share.takeaway.contains("盐湖区（≥10万元）：所有（100%，2023年）"),
        "{}",
        share.takeaway
    );
    // An undated level says so once.
    for s in slides.iter().chain(&en) {
        assert!(
            !s.takeaway.contains("year not stated, year not stated") && !s.takeaway.contains("年水平，年份未说明"),
            "{}",
            s.takeaway
        );
    }
    let parts = slide(&slides, SlideChart::Composition);
    // 10.2 of 25.5 亿元 = 40%.
    assert!(parts.takeaway.contains("财政10.2亿元（40%）"), "{}", parts.takeaway);
    let timeline = slides
        .iter()
        .find(|s| matches!(s.chart, SlideChart::Timeline(_)))
        .expect("timeline slide");
    // 上党区's 2024–2027 target of about 100 villages covers one area (along the expressway and 长陵路), its
    // yearly achievements the whole district: no progress, and no share that would pretend otherwise.
    assert!(
        timeline.takeaway.contains("100个左右的进度未计算") && timeline.takeaway.contains("范围不同"),
        "{}",
        timeline.takeaway
    );
    assert!(!timeline.takeaway.contains('%'), "{}", timeline.takeaway);
}

#[test]
fn a_ratio_respects_the_bounds_of_its_figures() {
    use qianwan::model::{Fact, Qualifier};
    use qianwan::narrative::story::ratio_text;
    let ds = embedded();
    let fig = |value: f64, qualifier: Qualifier| Fact {
        base_value: value,
        qualifier,
        ..ds.facts[0].clone()
    };
    let zh = Lang::Zh.t();
    let en = Lang::En.t();
    let ratio = |hi: Fact, lo: Fact| ratio_text(&hi, &lo, zh);
    use Qualifier::{Approx, Exact, MoreThan};
    // 227 ÷ 100: rounded down when the larger is "more than" (it could only be larger)…
    assert_eq!(
        ratio(fig(227.0, MoreThan), fig(100.0, Exact)),
        Some(("2.2".into(), "至少".into()))
    );
    // …up when the smaller is (the ratio could only be smaller)…
    assert_eq!(
        ratio(fig(221.0, Exact), fig(100.0, MoreThan)),
        Some(("2.3".into(), "至多".into()))
    );
    // …"about" only when no bound decides, and beside a bound when the other figure is approximate.
    assert_eq!(
        ratio(fig(227.0, Approx), fig(100.0, Exact)),
        Some(("2.3".into(), "约".into()))
    );
    assert_eq!(
        ratio(fig(227.0, MoreThan), fig(100.0, Approx)),
        Some(("2.2".into(), "至少约".into()))
    );
    assert_eq!(
        ratio(fig(227.0, Exact), fig(100.0, Exact)),
        Some(("2.3".into(), String::new()))
    );
    // Two lower bounds say nothing about their ratio.
    assert_eq!(ratio(fig(227.0, MoreThan), fig(100.0, MoreThan)), None);
    assert_eq!(
        ratio_text(&fig(227.0, MoreThan), &fig(100.0, Approx), en),
        Some(("2.2".into(), "at least about ".into()))
    );
}

/// A figure whose scope is its own label (上党's 衔接资金 is both the indicator and what it covers) says it
/// once: "上党区（衔接资金）：4273万元（一年，2025年*）", not "…（衔接资金，一年…）".
#[test]
fn a_takeaway_names_a_scope_that_is_the_label_once() {
    let ds = embedded();
    for (lang, twice, once) in [
        (
            Lang::Zh,
            "（衔接资金）：4273万元（衔接资金，",
            "（衔接资金）：4273万元（一年，",
        ),
        (
            Lang::En,
            "(transition funds): 42.73 million yuan (transition funds,",
            "(transition funds): 42.73 million yuan (one year,",
        ),
    ] {
        let slides = story(&ds, lang);
        let investment = slide(&slides, SlideChart::Compare("investment"));
        assert!(!investment.takeaway.contains(twice), "{}", investment.takeaway);
        assert!(investment.takeaway.contains(once), "{}", investment.takeaway);
        // Another place's scope is still said: 万荣's figure covers the whole county.
        assert!(
            investment.takeaway.contains(if lang == Lang::Zh {
                "全域，多年合计"
            } else {
                "the whole region, a total"
            }),
            "{}",
            investment.takeaway
        );
    }
}
