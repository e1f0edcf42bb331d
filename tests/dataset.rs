//! The dataset: provenance of every figure, and each way a bad entry is caught.
// Tests may unwrap, panic and use std's sort (the app may not: see Cargo.toml [lints] and clippy.toml).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::disallowed_methods)]

mod common;

use std::collections::HashSet;

use qianwan::model::embedded;
use qianwan::model::raw::RawFact;
use qianwan::model::validate::{validate, Problem, Seed, Validated};

fn run(facts: &[RawFact]) -> Result<Validated, Vec<qianwan::model::validate::DatasetError>> {
    let seeds = common::seeds();
    let seeds: Vec<Seed<'_>> = seeds.iter().map(|(n, t)| Seed { name: n, text: t }).collect();
    validate(
        facts,
        &common::catalogue(),
        &common::regions().regions,
        &common::articles().articles,
        &seeds,
    )
}

/// A known-good fact to break in one way at a time.
fn good() -> RawFact {
    common::facts()
        .facts
        .into_iter()
        .find(|f| f.written == "1.76亿斤")
        .expect("the 2025 grain output fact")
}

fn problems_of(fact: RawFact) -> Vec<Problem> {
    let id = fact.id.clone();
    let errors = run(&[fact]).expect_err("the broken fact must be rejected");
    assert!(
        errors.iter().all(|e| e.subject == format!("fact `{id}`")),
        "every message names the fact: {errors:?}"
    );
    errors.into_iter().map(|e| e.problem).collect()
}

#[test]
fn the_shipped_dataset_is_valid_and_large() {
    let valid = run(&common::facts().facts)
        .unwrap_or_else(|errors| panic!("{}", errors.iter().map(|e| format!("{e}\n")).collect::<String>()));
    assert!(valid.facts.len() >= 150, "{} facts", valid.facts.len());
    assert_eq!(
        valid.facts.len(),
        embedded().facts.len(),
        "the binary embeds every fact"
    );
}

#[test]
fn every_quote_stands_verbatim_in_its_seed() {
    let seeds = common::seeds();
    for f in embedded().facts {
        let (_, text) = seeds.iter().find(|(n, _)| n == f.seed).expect("seed exists");
        assert!(text.contains(f.quote), "{}: quote not in {}", f.id, f.seed);
        assert!(f.quote.contains(f.written), "{}: written not in quote", f.id);
    }
}

#[test]
fn every_quote_lies_within_one_paragraph_so_the_reader_can_highlight_it() {
    let ds = embedded();
    for f in ds.facts {
        let source = ds.article_of(f).expect("article");
        assert!(
            source.text.lines().any(|line| line.contains(f.quote)),
            "{}: quote spans lines",
            f.id
        );
    }
}

#[test]
fn seeds_are_an_exact_copy_of_the_shared_articles() {
    // CI runs in a clone beside ../shared: its absence is a broken checkout, not a reason to skip.
    let dir = common::shared_seeds().unwrap_or_else(|| {
        panic!("../shared/seeds is missing: the articles this dataset is checked against must sit beside the project")
    });
    let ours = common::seeds();
    let mut theirs: Vec<(String, Vec<u8>)> = std::fs::read_dir(&dir)
        .expect("shared seeds")
        .map(|e| e.expect("entry").path())
        .map(|p| {
            (
                p.file_name().and_then(|n| n.to_str()).expect("name").to_string(),
                std::fs::read(&p).expect("read"),
            )
        })
        .collect();
    theirs.sort();
    assert_eq!(ours.len(), theirs.len());
    for ((a, at), (b, bt)) in ours.iter().zip(&theirs) {
        assert_eq!(a, b);
        assert_eq!(at.as_bytes(), bt.as_slice(), "{a} differs from the shared copy");
    }
}

#[test]
fn every_region_and_article_is_covered() {
    let ds = embedded();
    for r in common::all_regions() {
        assert!(ds.facts.iter().filter(|f| f.region == r).count() >= 8, "{r:?}");
    }
    let seeds: HashSet<&str> = ds.facts.iter().map(|f| f.seed).collect();
    assert_eq!(seeds.len(), 5);
    for s in ds.sources {
        assert!(seeds.contains(s.seed));
    }
}

#[test]
fn out_of_scope_items_are_left_out() {
    // 长子县 (陈家峪村) and 太原 items of the 003 file.
    for f in embedded().facts {
        for word in ["陈家峪", "长子县", "金胜", "太原", "介休"] {
            assert!(!f.quote.contains(word), "{} quotes an out-of-scope item", f.id);
        }
    }
}

#[test]
fn known_traps_are_recorded_right() {
    let ds = embedded();
    let by_written = |w: &str, seed: &str| {
        ds.facts
            .iter()
            .find(|f| f.written == w && f.seed.starts_with(seed))
            .unwrap_or_else(|| panic!("{w}"))
    };
    // 斤 vs 吨, and the same digits as money elsewhere.
    let grain = by_written("1.76亿斤", "001");
    assert_eq!(grain.base_value, 88_000.0);
    let money = by_written("约1.76亿元", "000");
    assert_eq!(money.base_value, 176_000_000.0);
    // Plans are targets.
    assert_eq!(by_written("30个左右", "000").kind, qianwan::model::Kind::Target);
    // 今年 in 004 is 2024, inferred.
    let yanhu = by_written("12.05亿元", "004");
    assert!(yanhu.period_inferred);
    // Labels are not quantities.
    for label in ["3+3+13", "55541", "1+5", "1+3"] {
        assert!(!ds.facts.iter().any(|f| f.written.contains(label)), "{label}");
    }
}

#[test]
fn rejects_a_quote_missing_from_its_seed() {
    let mut f = good();
    f.quote = f.quote.replace("1.76亿斤", "1.76亿斤！");
    f.written = "1.76亿斤".into();
    assert!(problems_of(f)
        .iter()
        .any(|p| matches!(p, Problem::QuoteNotInSeed { .. })));
}

#[test]
fn rejects_a_value_not_in_its_quote() {
    let mut f = good();
    f.value = 1.67;
    f.base_value = 83_500.0;
    let problems = problems_of(f);
    assert!(
        problems.contains(&Problem::ValueNotInQuote {
            written: 1.76,
            stated: 1.67
        }),
        "{problems:?}"
    );
}

#[test]
fn rejects_written_text_not_in_its_quote() {
    let mut f = good();
    f.written = "1.7亿斤".into();
    f.value = 1.7;
    f.base_value = 85_000.0;
    assert!(problems_of(f).contains(&Problem::WrittenNotInQuote));
}

#[test]
fn rejects_an_unknown_unit() {
    let mut f = good();
    f.unit = "担".into();
    assert!(problems_of(f).contains(&Problem::UnknownUnit("担".into())));
}

#[test]
fn rejects_an_unknown_indicator() {
    let mut f = good();
    f.indicator = "grain_yield_per_mu".into();
    assert!(problems_of(f).contains(&Problem::UnknownIndicator("grain_yield_per_mu".into())));
}

#[test]
fn rejects_a_duplicate_id() {
    let errors = run(&[good(), good()]).expect_err("duplicate");
    assert!(errors
        .iter()
        .any(|e| e.problem == Problem::DuplicateId && e.subject.contains(&good().id)));
}

#[test]
fn rejects_a_base_value_that_does_not_follow_from_value_and_unit() {
    // The 亿斤 trap: 1.76亿斤 is 8.8万吨, not 1.76亿 of anything.
    let mut f = good();
    f.base_value = 176_000_000.0;
    assert!(problems_of(f).contains(&Problem::BaseValueMismatch {
        expected: 88_000.0,
        stated: 176_000_000.0
    }));
}

#[test]
fn rejects_a_wrong_base_unit() {
    let mut f = good();
    f.base_unit = "元".into();
    assert!(problems_of(f)
        .iter()
        .any(|p| matches!(p, Problem::BaseUnitMismatch { .. })));
}

#[test]
fn rejects_a_qualifier_the_text_does_not_say() {
    let mut f = good();
    f.qualifier = "more_than".into();
    assert!(problems_of(f)
        .iter()
        .any(|p| matches!(p, Problem::QualifierMismatch { .. })));
}

#[test]
fn rejects_a_category_other_than_the_indicators() {
    let mut f = good();
    f.category = "industry".into();
    assert!(problems_of(f)
        .iter()
        .any(|p| matches!(p, Problem::CategoryMismatch { .. })));
}

#[test]
fn rejects_bad_periods_kinds_and_regions() {
    for (period, kind, ok) in [
        ("2025", "year", true),
        ("2024-01..2024-09", "part_year", true),
        ("2024-ytd", "part_year", true),
        ("2024..2027", "multi_year", true),
        ("2024", "stock", true),
        ("unknown", "stock", true),
        ("unknown", "level", true),
        ("2027..2024", "multi_year", false),
        ("2024-13..2024-14", "part_year", false),
        ("今年", "year", false),
        ("cumulative", "stock", false),
        // The kind of period must fit the period.
        ("2024-01..2024-09", "year", false),
        ("2024..2027", "year", false),
        ("2025", "multi_year", false),
        ("2025", "always", false),
    ] {
        let mut f = good();
        f.period = period.into();
        f.period_kind = kind.into();
        assert_eq!(run(&[f]).is_ok(), ok, "{period} as {kind}");
    }
    let mut f = good();
    f.period_kind = "2025".into();
    assert!(problems_of(f).contains(&Problem::BadPeriodKind("2025".into())));
    let mut f = good();
    f.period = "2024..2027".into();
    assert!(problems_of(f)
        .iter()
        .any(|p| matches!(p, Problem::PeriodKindMismatch { .. })));
    let mut f = good();
    f.kind = "plan".into();
    f.region = "taiyuan".into();
    let problems = problems_of(f);
    assert!(problems.contains(&Problem::BadKind("plan".into())));
    assert!(problems.contains(&Problem::UnknownRegion("taiyuan".into())));
}

#[test]
fn a_unit_cut_off_by_the_layout_is_excused_only_when_flagged() {
    let layout_cut = common::facts()
        .facts
        .into_iter()
        .find(|f| f.written == "30余")
        .expect("30余 (000, split by a picture)");
    assert!(layout_cut.ocr_damaged);
    assert!(run(std::slice::from_ref(&layout_cut)).is_ok());
    let mut unflagged = layout_cut;
    unflagged.ocr_damaged = false;
    assert!(problems_of(unflagged)
        .iter()
        .any(|p| matches!(p, Problem::UnitMismatch { .. })));
}

#[test]
fn every_indicator_of_a_group_shares_its_base_unit() {
    let ds = embedded();
    for g in ds.groups {
        let units: HashSet<_> = ds.indicators_of(g.id).map(|i| i.base_unit).collect();
        assert!(units.len() <= 1, "{}", g.id);
    }
    for f in ds.facts {
        let ind = ds.indicator(f.indicator).expect("indicator");
        assert_eq!(ind.base_unit, f.base_unit, "{}", f.id);
    }
}

#[test]
fn the_reader_finds_every_number_of_every_article() {
    use qianwan::model::reader::paragraphs;
    let ds = embedded();
    let mut located = 0;
    for source in ds.sources {
        let paras = paragraphs(&ds, source);
        // Paragraph runs rebuild the text exactly, whatever is highlighted.
        for p in &paras {
            let target = p.numbers.first().map(|n| n.2[0]);
            let rebuilt: String = p.runs(target).iter().map(|r| r.text).collect();
            assert_eq!(rebuilt, p.text);
            if let Some(t) = target {
                assert!(
                    p.runs(Some(t))
                        .iter()
                        .filter(|r| r.target)
                        .map(|r| r.text)
                        .collect::<String>()
                        == t.quote
                );
            }
        }
        located += paras.iter().flat_map(|p| &p.numbers).map(|n| n.2.len()).sum::<usize>();
        assert!(paras.iter().any(|p| p.heading), "{} has headings", source.seed);
    }
    // Every fact's number is highlighted in its article.
    assert_eq!(located, ds.facts.len());
    let weizi = ds.source("003_ca49b7e490bb5694.txt").expect("003");
    assert!(paragraphs(&ds, weizi)
        .iter()
        .any(|p| p.damaged && p.text.contains("用水总量平均下降")));
}

#[test]
fn the_hostile_fixture_is_a_valid_dataset() {
    // tests/fixtures/hostile feeds the injection test; it must pass the same validation as the real one.
    let dir = common::root().join("tests/fixtures/hostile");
    let read = |rel: &str| std::fs::read_to_string(dir.join(rel)).expect(rel);
    let facts: qianwan::model::raw::RawFacts = serde_json::from_str(&read("assets/facts.json")).expect("facts");
    let catalogue: qianwan::model::raw::RawCatalogue =
        serde_json::from_str(&read("assets/indicators.json")).expect("catalogue");
    let regions: qianwan::model::raw::RawRegions = serde_json::from_str(&read("assets/regions.json")).expect("regions");
    let articles: qianwan::model::raw::RawArticles =
        serde_json::from_str(&read("assets/articles.json")).expect("articles");
    let text = read("seeds/hostile.txt");
    let valid = validate(
        &facts.facts,
        &catalogue,
        &regions.regions,
        &articles.articles,
        &[Seed {
            name: "hostile.txt",
            text: &text,
        }],
    )
    .unwrap_or_else(|e| panic!("{e:?}"));
    assert!(valid.facts.iter().any(|f| f.quote.chars().count() > 10_000));
    assert!(valid
        .facts
        .iter()
        .any(|f| f.scope.name().is_some_and(|e| e.contains("onerror"))));
}
