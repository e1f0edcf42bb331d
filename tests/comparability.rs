//! Which figures can be set against each other: the verdict and reasons of every comparison the app
//! draws, pinned, so a change to the data or to the rules shows up here as a reviewed diff; and the
//! promises that follow from them (no ratio across what cannot be compared, every figure's article).
// Tests may unwrap, panic and use std's sort (the app may not: see Cargo.toml [lints] and clippy.toml).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::disallowed_methods)]

mod common;

use qianwan::chart::spec::{compare_figure, slide_figure, CompareOptions};
use qianwan::i18n::Lang;
use qianwan::model::{comparable_groups, compare, embedded, Verdict};
use qianwan::narrative::story::{story, SlideChart};
use qianwan::narrative::verdict::verdict_line;

type SetRow = (&'static str, &'static str, &'static str);

/// (group, verdict, partial, reasons, its sets: (key, verdict, reasons)). Reviewed against the articles:
/// the README section on comparability says why each kind of reason keeps figures apart.
const TABLE: &[(&str, &str, bool, &str, &[SetRow])] = &[
        (
            "sewage",
            "not_comparable",
            false,
            "different_measures(shangdang,changzhi);different_period_kinds(shangdang,changzhi)",
            &[
                ("sewage_plants_built", "not_comparable", "only_one_place(shangdang)"),
                ("sewage_plants_running/stock", "not_comparable", "only_one_place(shangdang)"),
                ("sewage_facilities_built/stock", "not_comparable", "only_one_place(changzhi)"),
            ],
        ),
        (
            "env_works",
            "not_comparable",
            false,
            "different_measures(changzhi,weizi);different_spans(changzhi,weizi)",
            &[
                ("demolished_buildings/cz-c-demolished-buildings", "not_comparable", "only_one_place(changzhi)"),
                ("village_appearance_fixes/cz-c-village-appearance-fixes", "not_comparable", "only_one_place(changzhi)"),
                ("manholes_renovated/wz-c-manholes", "not_comparable", "only_one_place(weizi)"),
                ("parking_spaces_added/wz-c-parking-spaces", "not_comparable", "only_one_place(weizi)"),
                ("garbage_bins_placed/wz-c-garbage-bins", "not_comparable", "only_one_place(weizi)"),
            ],
        ),
        (
            "rural_roads",
            "not_comparable",
            false,
            "different_period_kinds(shangdang,changzhi,weizi)",
            &[
                ("rural_road_km", "not_comparable", "only_one_place(shangdang)"),
                ("rural_road_km/cz-c-rural-roads", "not_comparable", "only_one_place(changzhi)"),
                ("rural_road_km/wz-c-roads-paved", "not_comparable", "only_one_place(weizi)"),
            ],
        ),
        (
            "clean_heating",
            "not_comparable",
            false,
            "different_measures(changzhi,weizi);different_scopes(changzhi,weizi);different_period_kinds(changzhi,weizi)",
            &[
                ("central_heating_households@programme:上党革命老区散煤清零/stock", "not_comparable", "only_one_place(changzhi)"),
                ("central_heating_households@area:镇区周边6个村/stock", "not_comparable", "only_one_place(weizi)"),
                ("coal_to_electric_households", "not_comparable", "only_one_place(weizi)"),
            ],
        ),
        (
            "grain_output",
            "comparable_with_caveats",
            false,
            "different_years(shangdang,wanrong);undated(wanrong);inferred_year(shangdang);lower_bound(wanrong);target(shangdang)",
            &[
                ("grain_output", "comparable_with_caveats", "different_years(shangdang,wanrong);undated(wanrong);inferred_year(shangdang);lower_bound(wanrong);target(shangdang)"),
            ],
        ),
        (
            "grain_area",
            "comparable_with_caveats",
            false,
            "different_years(shangdang,wanrong);undated(wanrong);inferred_year(shangdang);lower_bound(shangdang,wanrong);target(shangdang)",
            &[
                ("grain_sown_area", "comparable_with_caveats", "different_years(shangdang,wanrong);undated(wanrong);inferred_year(shangdang);lower_bound(shangdang,wanrong);target(shangdang)"),
            ],
        ),
        (
            "specialty_area",
            "not_comparable",
            false,
            "different_measures(wanrong,weizi)",
            &[
                ("fruit_area/stock", "not_comparable", "only_one_place(wanrong)"),
                ("tcm_area/stock", "not_comparable", "only_one_place(wanrong)"),
                ("mugwort_area/stock", "not_comparable", "only_one_place(weizi)"),
            ],
        ),
        (
            "agri_output",
            "not_comparable",
            false,
            "different_measures(shangdang,wanrong)",
            &[
                ("meat_egg_milk_output", "not_comparable", "only_one_place(shangdang)"),
                ("vegetable_output", "not_comparable", "only_one_place(shangdang)"),
                ("fruit_output", "not_comparable", "only_one_place(wanrong)"),
            ],
        ),
        (
            "agri_processing",
            "not_comparable",
            false,
            "different_measures(yanhu,wanrong);different_scopes(yanhu,wanrong);different_period_kinds(yanhu,wanrong)",
            &[
                ("agri_processing_sales_revenue/2024-01..2024-09", "not_comparable", "only_one_place(yanhu)"),
                ("agri_processing_output_value/2024-01..2024-09", "not_comparable", "only_one_place(yanhu)"),
                ("agri_processing_output_value@sector:中药材", "not_comparable", "only_one_place(wanrong)"),
            ],
        ),
        (
            "vc_income_share",
            "comparable_with_caveats",
            true,
            "different_years(yanhu,wanrong,changzhi);undated(wanrong,changzhi)",
            &[
                ("vc_income_10wan_share", "comparable_with_caveats", "different_years(yanhu,wanrong,changzhi);undated(wanrong,changzhi)"),
                ("vc_income_30wan_share", "not_comparable", "only_one_place(changzhi)"),
            ],
        ),
        (
            "farmer_income_growth",
            "not_comparable",
            false,
            "different_measures(yanhu,wanrong)",
            &[
                ("farmer_income_growth", "not_comparable", "only_one_place(wanrong)"),
                ("rural_disposable_income_growth", "not_comparable", "only_one_place(yanhu)"),
            ],
        ),
        (
            "vc_income_bands",
            "comparable_with_caveats",
            true,
            "different_years(yanhu,wanrong);undated(wanrong);size_dependent",
            &[
                ("vc_income_100wan_villages", "comparable_with_caveats", "different_years(yanhu,wanrong);undated(wanrong);size_dependent"),
                ("vc_income_30wan_villages", "not_comparable", "only_one_place(yanhu)"),
                ("vc_income_50wan_villages", "not_comparable", "only_one_place(wanrong)"),
            ],
        ),
        (
            "income_boost",
            "not_comparable",
            false,
            "different_scopes(wanrong,changzhi)",
            &[
                ("people_income_boosted@sector:中药材/stock", "not_comparable", "only_one_place(wanrong)"),
                ("people_income_boosted@sector:畜禽养殖（含黄河水产品）/stock", "not_comparable", "only_one_place(wanrong)"),
                ("people_income_boosted@sector:香菇/stock", "not_comparable", "only_one_place(wanrong)"),
                ("people_income_boosted@sector:农文旅融合/stock", "not_comparable", "only_one_place(changzhi)"),
            ],
        ),
        (
            "proxy_services",
            "not_comparable",
            false,
            "different_scopes(yanhu,changzhi);different_spans(yanhu,changzhi)",
            &[
                ("proxy_service_items@programme:“网上办”便民服务/2024-ytd", "not_comparable", "only_one_place(yanhu)"),
                ("proxy_service_items@programme:村级“红色代办点”/cz-u-proxy-items", "not_comparable", "only_one_place(changzhi)"),
            ],
        ),
        (
            "party_building",
            "not_comparable",
            false,
            "different_measures(wanrong,changzhi);different_period_kinds(wanrong,changzhi)",
            &[
                ("party_secretary_reserve/stock", "not_comparable", "only_one_place(changzhi)"),
                ("cadres_promoted/wr-c-cadres-promoted", "not_comparable", "only_one_place(wanrong)"),
            ],
        ),
        (
            "governance_coverage",
            "not_comparable",
            false,
            "different_measures(yanhu,changzhi)",
            &[
                ("town_duty_list_share/stock", "not_comparable", "only_one_place(changzhi)"),
                ("red_white_council_share/stock", "not_comparable", "only_one_place(yanhu)"),
            ],
        ),
        (
            "services_coverage",
            "comparable_with_caveats",
            true,
            "different_years(wanrong,changzhi);undated(changzhi);inferred_year(wanrong)",
            &[
                ("clinic_standardised_share/stock", "comparable_with_caveats", "different_years(wanrong,changzhi);undated(changzhi);inferred_year(wanrong)"),
                ("township_hospital_standard_share/stock", "not_comparable", "only_one_place(wanrong)"),
                ("village_doctor_share/stock", "not_comparable", "only_one_place(changzhi)"),
                ("day_care_upgraded_share/stock", "not_comparable", "only_one_place(wanrong)"),
                ("village_school_upgraded_share/stock", "not_comparable", "only_one_place(wanrong)"),
                ("service_centre_coverage/stock", "not_comparable", "only_one_place(wanrong)"),
            ],
        ),
        (
            "investment",
            "not_comparable",
            false,
            "different_measures(shangdang,wanrong);different_scopes(shangdang,wanrong);different_period_kinds(shangdang,wanrong)",
            &[
                ("rural_investment_total/wr-c-investment-total", "not_comparable", "only_one_place(wanrong)"),
                ("env_improvement_investment@programme:人居环境整治", "not_comparable", "only_one_place(shangdang)"),
                ("linkage_funds@programme:衔接资金", "not_comparable", "only_one_place(shangdang)"),
                ("project_investment_budget@programme:乡村数字赋能工程/sd-2024-digital-project-investment-budget", "not_comparable", "only_one_place(shangdang)"),
                ("project_investment_budget@programme:27个提档升级村/sd-c-upgrade-projects-budget", "not_comparable", "only_one_place(shangdang)"),
                ("project_investment_budget@programme:10个人居环境整治项目/sd-2025-env-projects-budget", "not_comparable", "only_one_place(shangdang)"),
                ("project_investment_completed@programme:27个提档升级村/stock", "not_comparable", "only_one_place(shangdang)"),
            ],
        ),
];

#[test]
fn every_comparison_has_its_pinned_verdict_and_reasons() {
    let ds = embedded();
    let groups = comparable_groups(&ds);
    let ids: Vec<&str> = groups.iter().map(|o| o.group.id).collect();
    let pinned: Vec<&str> = TABLE.iter().map(|row| row.0).collect();
    assert_eq!(ids, pinned, "the groups offered for comparison");
    for (id, verdict, partial, reasons, sets) in TABLE {
        let c = compare(&ds, id).expect("group");
        assert_eq!(
            (c.judgment.verdict.key(), c.partial(), c.judgment.keys().as_str()),
            (*verdict, *partial, *reasons),
            "{id}"
        );
        let got: Vec<(String, &str, String)> = c
            .sets
            .iter()
            .map(|s| (s.key.clone(), s.judgment.verdict.key(), s.judgment.keys()))
            .collect();
        let want: Vec<(String, &str, String)> = sets
            .iter()
            .map(|(k, v, r)| (k.to_string(), *v, r.to_string()))
            .collect();
        assert_eq!(got, want, "{id}: its sets");
    }
}

#[test]
fn figures_share_an_axis_only_within_a_set() {
    let ds = embedded();
    for o in comparable_groups(&ds) {
        let c = compare(&ds, o.group.id).expect("group");
        let fig = compare_figure(&c, &ds, CompareOptions::default(), &[], Lang::Zh);
        // One panel (one value axis) per set: never two sets on one scale.
        assert_eq!(fig.panels.len(), c.sets.len().max(1), "{}", o.group.id);
        for set in &c.sets {
            for f in &set.facts {
                assert!(set
                    .facts
                    .iter()
                    .all(|g| qianwan::model::comparability::same_basis(f, g)));
            }
        }
        // The verdict stands on the figure (drawn, exported, pasted), in each language.
        for lang in Lang::ALL {
            let t = lang.t();
            let fig = compare_figure(&c, &ds, CompareOptions::default(), &[], lang);
            let verdict = fig.verdict.clone().expect("a comparison states its verdict");
            if c.sets.len() <= 1 {
                assert_eq!(verdict, verdict_line(&ds, &c.judgment, t));
            } else {
                // Several panels: the figure says they never share a scale, each panel says its verdict.
                let name = if c.partial() {
                    t.partly_comparable
                } else {
                    t.verdicts.get(c.judgment.verdict)
                };
                assert!(verdict.starts_with(name), "{verdict}");
                for (panel, set) in fig.panels.iter().zip(&c.sets) {
                    assert_eq!(
                        panel.verdict.as_deref(),
                        Some(verdict_line(&ds, &set.judgment, t).as_str())
                    );
                }
            }
        }
    }
}

#[test]
fn no_takeaway_states_a_ratio_across_what_cannot_be_compared() {
    let ds = embedded();
    let mut ratios = 0;
    for lang in Lang::ALL {
        let (times, computed) = if lang == Lang::Zh {
            ("倍", "计算值")
        } else {
            (" times ", "computed")
        };
        let t = lang.t();
        let side_by_side = t.take_side_by_side.split("{1}").next().unwrap_or("").replace("{0}", "");
        for slide in story(&ds, lang) {
            let SlideChart::Compare(group) = slide.chart else {
                continue;
            };
            let c = compare(&ds, group).expect("group");
            let states_ratio = slide.takeaway.contains(times);
            if c.judgment.verdict == Verdict::NotComparable {
                assert!(!states_ratio, "{group}: {}", slide.takeaway);
                assert!(slide.takeaway.contains(&side_by_side), "{}", slide.takeaway);
            } else if states_ratio {
                ratios += 1;
                assert!(slide.takeaway.contains(computed), "{}", slide.takeaway);
            }
        }
    }
    assert!(ratios >= 2, "the grain slides state their ratios");
}

#[test]
fn the_slides_carry_the_verdict_of_what_they_show() {
    let ds = embedded();
    for lang in Lang::ALL {
        let t = lang.t();
        for slide in story(&ds, lang) {
            let fig = slide_figure(&slide, &ds, lang).expect("a figure");
            match slide.chart {
                SlideChart::Compare(group) => {
                    let c = compare(&ds, group).expect("group");
                    let verdict = fig.verdict.expect("verdict");
                    let name = if c.partial() {
                        t.partly_comparable
                    } else {
                        t.verdicts.get(c.judgment.verdict)
                    };
                    assert!(verdict.starts_with(name), "{group}: {verdict}");
                }
                SlideChart::Composition => {
                    // Each breakdown panel states how far its parts compare.
                    assert!(fig.panels.iter().all(|p| p.verdict.is_some()));
                }
                SlideChart::Timeline(_) => {
                    // The target whose progress is not computed says why, on the chart.
                    let notes = fig.notes.join(" ");
                    let why = if lang == Lang::Zh {
                        "进度未计算"
                    } else {
                        "is not computed"
                    };
                    assert!(notes.contains(why), "{notes}");
                }
                SlideChart::Coverage => {}
            }
        }
    }
}

#[test]
fn every_figure_of_the_shared_page_cites_its_own_article() {
    let ds = embedded();
    let page: Vec<_> = ds.facts.iter().filter(|f| f.seed.starts_with("004_")).collect();
    assert!(page.len() > 40);
    for f in page {
        let article = ds.article_of(f).expect("article");
        let expected = match f.region.key() {
            "yanhu" => "004-yanhu",
            "wanrong" => "004-wanrong",
            other => panic!("{}: a 004 figure about {other}", f.id),
        };
        assert_eq!(article.id, expected, "{}", f.id);
        assert!(article.text.contains(f.quote), "{}: quote outside its article", f.id);
        let line = qianwan::chart::spec::source_line(&ds, std::iter::once(f), Lang::Zh.t());
        assert!(line.contains(article.title), "{}: {line}", f.id);
    }
    let titles: Vec<&str> = ["004-yanhu", "004-wanrong"]
        .iter()
        .map(|id| ds.source(id).expect("article").title)
        .collect();
    assert_ne!(
        titles[0], titles[1],
        "the two articles of the page have their own headlines"
    );
}
