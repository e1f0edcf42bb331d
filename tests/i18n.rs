//! Both languages: numbers in each language's style, qualifiers kept, and every name translated.
// Tests may unwrap, panic and use std's sort (the app may not: see Cargo.toml [lints] and clippy.toml).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::disallowed_methods)]

use qianwan::i18n::{fill, Lang, Strings};
use qianwan::model::{embedded, BaseUnit};

fn has_han(text: &str) -> bool {
    text.chars()
        .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c) || ('\u{3000}'..='\u{303f}').contains(&c))
}

#[test]
fn chinese_numbers_use_wan_and_yi() {
    let t = Lang::Zh.t();
    assert_eq!(t.amount(1.76 * 50_000.0, BaseUnit::Ton), "8.8万吨");
    assert_eq!(t.amount(2.55e9, BaseUnit::Yuan), "25.5亿元");
    assert_eq!(t.amount(9_000_000.0, BaseUnit::Yuan), "900万元");
    assert_eq!(t.amount(19_041.0, BaseUnit::Yuan), "19041元");
    assert_eq!(t.amount(82_981_200.0, BaseUnit::Yuan), "8298.12万元");
    assert_eq!(t.amount(88.4, BaseUnit::Percent), "88.4%");
    assert_eq!(t.amount(45.0, BaseUnit::Mu), "45亩");
}

#[test]
fn english_numbers_use_million_and_billion() {
    let t = Lang::En.t();
    assert_eq!(t.amount(1.76e8, BaseUnit::Yuan), "176 million yuan");
    assert_eq!(t.number(2.55e9), "2.55 billion");
    assert_eq!(t.amount(88_000.0, BaseUnit::Ton), "88,000 t");
    assert_eq!(t.amount(19_041.0, BaseUnit::Yuan), "19,041 yuan");
    assert_eq!(t.number(1_234_567.0), "1,234,567");
    assert_eq!(t.number(-2500.5), "-2,500.5");
    assert_eq!(t.amount(88.4, BaseUnit::Percent), "88.4%");
}

#[test]
fn written_figures_keep_their_qualifier_in_english() {
    let ds = embedded();
    let en = Lang::En.t();
    let zh = Lang::Zh.t();
    let mut checked = 0;
    for f in ds.facts {
        assert_eq!(zh.written(f), f.written, "Chinese keeps the article's words");
        let text = en.written(f);
        assert!(!has_han(&text), "{}: {text}", f.id);
        let lead = match f.qualifier {
            qianwan::model::Qualifier::Exact => "",
            qianwan::model::Qualifier::MoreThan => "more than ",
            qianwan::model::Qualifier::Approx => "about ",
            qianwan::model::Qualifier::AtLeast => "at least ",
        };
        assert!(text.starts_with(lead), "{}: {text} lacks `{lead}`", f.id);
        checked += 1;
    }
    assert_eq!(checked, ds.facts.len());
    // 1.76亿斤 = 8.8万吨, as written and normalised in both languages.
    let grain = ds
        .facts
        .iter()
        .find(|f| f.written == "1.76亿斤")
        .expect("the grain figure");
    assert_eq!(en.written(grain), "176 million jin");
    assert_eq!(en.normalised(grain), "88,000 t");
    assert_eq!(zh.normalised(grain), "8.8万吨");
    let more = ds
        .facts
        .iter()
        .find(|f| f.written.contains("余万元"))
        .expect("a 余万元 figure");
    assert!(en.written(more).starts_with("more than "), "{}", en.written(more));
    assert!(en.written(more).ends_with(" yuan"));
    assert!(zh.normalised(more).starts_with('超'), "{}", zh.normalised(more));
}

#[test]
fn every_name_in_the_data_has_a_translation() {
    let ds = embedded();
    let mut names: Vec<&'static str> = Vec::new();
    names.extend(ds.categories.iter().map(|c| c.zh));
    names.extend(ds.groups.iter().map(|g| g.zh));
    names.extend(ds.groups.iter().filter_map(|g| g.note_zh));
    names.extend(ds.indicators.iter().flat_map(|i| [i.zh, i.label_zh]));
    names.extend(ds.facts.iter().filter_map(|f| f.scope.name()));
    names.extend(ds.regions.iter().map(|r| r.zh()));
    names.extend(ds.facts.iter().filter_map(|f| f.note));
    names.extend(ds.sources.iter().flat_map(|s| [s.title, s.published]));
    for lang in Lang::ALL {
        let t = lang.t();
        if t.is_source {
            assert!(t.names.is_empty());
            continue;
        }
        let missing: Vec<&str> = names.iter().copied().filter(|n| t.name(n) == *n).collect();
        assert!(missing.is_empty(), "{}: untranslated {missing:?}", lang.key());
        for n in &names {
            assert!(!has_han(t.name(n)), "{}: `{}` is still Chinese", lang.key(), t.name(n));
        }
        assert!(
            t.names.windows(2).all(|w| w[0].0 < w[1].0),
            "{}: the names table must be sorted by its Chinese keys, without duplicates",
            lang.key()
        );
    }
}

#[test]
fn every_ui_string_is_in_its_language() {
    // Everything but the tables keyed by Chinese: no Chinese text may be left in another language.
    for lang in Lang::ALL.into_iter().filter(|l| !l.t().is_source) {
        let t = Strings {
            names: &[],
            unit_words: &[],
            unit_glossary: &[],
            ..*lang.t()
        };
        let text = format!("{t:?}");
        assert!(!has_han(&text), "{}: Chinese left in {text}", lang.key());
        // The unit glossary is keyed by the Chinese unit word; what it says is in the language.
        for (unit, says) in lang.t().unit_glossary {
            assert!(has_han(unit) && !has_han(says), "{}: {unit} → {says}", lang.key());
        }
    }
}

#[test]
fn templates_fill_in_any_order() {
    assert_eq!(fill("{1} of {0}", &["a", "b"]), "b of a");
    assert_eq!(fill("{0}{", &["x"]), "x{");
    assert_eq!(fill("{x}{9}", &["x"]), "{x}");
}

#[test]
fn languages_round_trip_their_keys() {
    for lang in Lang::ALL {
        assert_eq!(Lang::from_key(lang.key()), Some(lang));
    }
    assert_eq!(Lang::from_key("fr"), None);
}

/// An English reader meets jin and mu explained once, in the chart's notes (so a pasted picture keeps it);
/// a Chinese one needs no explanation.
#[test]
fn english_charts_explain_jin_and_mu_once() {
    use qianwan::chart::{compare_figure, CompareOptions};
    use qianwan::model::compare;
    let ds = embedded();
    let notes = |group: &str, lang: Lang| {
        let c = compare(&ds, group).expect("group");
        compare_figure(&c, &ds, CompareOptions::default(), &[], lang).notes
    };
    let grain = notes("grain_output", Lang::En);
    assert_eq!(
        grain.iter().filter(|n| n.contains("1 jin = 0.5 kg")).count(),
        1,
        "{grain:?}"
    );
    assert!(!grain.iter().any(|n| n.contains("1 mu")), "{grain:?}");
    let area = notes("grain_area", Lang::En);
    assert_eq!(
        area.iter().filter(|n| n.contains("1 mu ≈ 667 m²")).count(),
        1,
        "{area:?}"
    );
    assert!(!notes("grain_output", Lang::Zh).iter().any(|n| n.contains("0.5")));
}
