// Tests may unwrap, panic and use std's sort (the app may not: see Cargo.toml [lints] and clippy.toml).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::disallowed_methods)]
use qianwan::i18n::Lang;
use qianwan::model::embedded;
use qianwan::narrative::story::{story, SlideChart};

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
    let grain = slides
        .iter()
        .find(|s| s.chart == SlideChart::Compare("grain_output"))
        .expect("grain slide");
    // 20万吨以上 ÷ 8.8万吨 (1.76亿斤) = 2.27: "约…2.3倍", with both figures as written.
    assert!(
        grain.takeaway.contains("1.76亿斤") && grain.takeaway.contains("20万吨以上"),
        "{}",
        grain.takeaway
    );
    assert!(grain.takeaway.contains("约是上党区的2.3倍"), "{}", grain.takeaway);
    assert!(grain.takeaway.contains("盐湖区未报道"), "{}", grain.takeaway);
    let parts = slides
        .iter()
        .find(|s| s.chart == SlideChart::Composition)
        .expect("composition slide");
    // 10.2 of 25.5 亿元 = 40%.
    assert!(parts.takeaway.contains("财政10.2亿元（40%）"), "{}", parts.takeaway);
    let timeline = slides
        .iter()
        .find(|s| matches!(s.chart, SlideChart::Timeline(_)))
        .expect("timeline slide");
    assert!(
        timeline.takeaway.contains('%') && timeline.takeaway.contains("100个左右"),
        "{}",
        timeline.takeaway
    );
}
