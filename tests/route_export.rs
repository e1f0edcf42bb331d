//! Permalinks (the URL hash), CSV/JSON export and the fact explorer.
// Tests may unwrap, panic and use std's sort (the app may not: see Cargo.toml [lints] and clippy.toml).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::disallowed_methods)]

mod common;

use qianwan::app::route::{decode, encode, parse, to_hash, Route};
use qianwan::model::embedded;
use qianwan::model::explore::{periods, Column, Filter};
use qianwan::model::{BaseUnit, Fact, Kind, Qualifier};
use qianwan::narrative::export::{to_csv, to_json, COLUMNS};
use qianwan::narrative::search::search as explore;

#[test]
fn a_route_survives_the_round_trip() {
    let route = Route {
        view: Some("compare".into()),
        group: Some("grain_output".into()),
        region: Some("wanrong".into()),
        hidden: vec!["yanhu".into(), "weizi".into()],
        normalised: true,
        cell: Some(("changzhi".into(), "env".into())),
        source: Some("sd-2025-grain-output".into()),
        article: Some("004_15376a063cec32eb.txt".into()),
        query: Some("粮食 产量 & more=1".into()),
        filter: Some("region.yanhu,kind.target".into()),
        sort: Some("value.desc".into()),
        lang: Some("zh".into()),
        slide: Some(3),
    };
    let hash = to_hash(&route);
    assert!(hash.is_ascii(), "{hash}");
    let (back, ignored) = parse(&format!("#{hash}"));
    assert_eq!(back, route);
    assert!(ignored.is_empty(), "{ignored:?}");
    assert_eq!(to_hash(&Route::default()), "");
}

#[test]
fn garbage_is_ignored_and_reported_never_fatal() {
    let cases = [
        "#%%%",
        "#view=%E4%B8",
        "#norm=2&slide=0&slide=99999999999999999999",
        "#cell=nocolon&hide=&&&=",
        "#zzz=1&view",
        "#\u{202e}view=compare",
    ];
    for hash in cases {
        let (route, ignored) = parse(hash);
        assert!(!ignored.is_empty(), "{hash} should report something");
        assert!(route.slide.is_none() && !route.normalised, "{hash}");
    }
    let long = format!("#view=compare&q={}", "a".repeat(10_000));
    let (_, ignored) = parse(&long);
    assert!(!ignored.is_empty());
    // Keys the app does not know are reported, known ones still read.
    let (route, ignored) = parse("#view=profile&colour=red");
    assert_eq!(route.view.as_deref(), Some("profile"));
    assert_eq!(ignored.len(), 1);
}

#[test]
fn percent_coding_handles_chinese_and_refuses_broken_escapes() {
    assert_eq!(decode(&encode("上党区 盐湖区")).as_deref(), Some("上党区 盐湖区"));
    assert_eq!(decode("%E4%B8%8A"), Some("上".into()));
    assert_eq!(decode("%E4%B8"), None);
    assert_eq!(decode("%G1"), None);
    assert_eq!(decode("%4"), None);
}

fn split_csv_line(line: &str) -> Vec<String> {
    let mut fields = vec![String::new()];
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                chars.next();
                fields.last_mut().expect("field").push('"');
            }
            ('"', _) => quoted = !quoted,
            (',', false) => fields.push(String::new()),
            (c, _) => fields.last_mut().expect("field").push(c),
        }
    }
    fields
}

#[test]
fn csv_has_a_bom_a_header_and_one_row_per_fact() {
    let ds = embedded();
    let facts: Vec<_> = ds.facts.iter().collect();
    let csv = to_csv(&ds, &facts);
    assert!(csv.starts_with('\u{feff}'));
    let lines: Vec<&str> = csv
        .trim_start_matches('\u{feff}')
        .split("\r\n")
        .filter(|l| !l.is_empty())
        .collect();
    assert_eq!(lines.len(), ds.facts.len() + 1);
    assert_eq!(split_csv_line(lines[0]), COLUMNS.to_vec());
    for (line, f) in lines[1..].iter().zip(ds.facts) {
        let fields = split_csv_line(line);
        assert_eq!(fields.len(), COLUMNS.len(), "{}", f.id);
        let at = |name: &str| COLUMNS.iter().position(|c| *c == name).expect(name);
        assert_eq!(fields[at("id")], f.id);
        assert_eq!(fields[at("written")], f.written);
        assert_eq!(fields[at("quote")], f.quote);
        assert_eq!(fields[at("article")], f.article);
    }
    let grain = lines
        .iter()
        .find(|l| l.starts_with("sd-2025-grain-output,"))
        .expect("grain row");
    assert!(grain.contains(",88000,吨,"), "{grain}");
}

/// A cell a spreadsheet would run as a formula is written as text: an apostrophe first, as Excel, WPS and
/// LibreOffice read it. (None of the shipped data starts so; figures users add may.)
#[test]
fn csv_cells_that_look_like_formulas_are_defused() {
    let ds = embedded();
    let shipped = ds.facts[0].clone();
    for (attack, expected) in [
        ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
        ("+1+2", "'+1+2"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tTAB", "'\tTAB"),
        ("ordinary 普通", "ordinary 普通"),
    ] {
        let fact: &'static qianwan::model::Fact = Box::leak(Box::new(qianwan::model::Fact {
            note: Some(attack),
            quote: attack,
            ..shipped.clone()
        }));
        let quote = COLUMNS.iter().position(|c| *c == "quote").expect("quote column");
        let note = COLUMNS.iter().position(|c| *c == "note").expect("note column");
        let csv = to_csv(&ds, &[fact]);
        let row = csv.trim_start_matches('\u{feff}').split("\r\n").nth(1).expect("a row");
        let fields = split_csv_line(row);
        assert_eq!(fields[quote], expected, "quote {attack:?}");
        assert_eq!(fields[note], expected, "note {attack:?}");
    }
    // Numbers stay numbers (a negative value is not text).
    let csv = to_csv(&ds, &ds.facts.iter().collect::<Vec<_>>());
    assert!(!csv.contains(",'"), "no shipped cell needed defusing");
}

#[test]
fn json_parses_and_carries_every_column() {
    let ds = embedded();
    let facts: Vec<_> = ds.facts.iter().collect();
    let json: serde_json::Value = serde_json::from_str(&to_json(&ds, "全部数字", &facts)).expect("valid JSON");
    let rows = json["facts"].as_array().expect("facts");
    assert_eq!(rows.len(), ds.facts.len());
    for (row, f) in rows.iter().zip(ds.facts) {
        assert_eq!(row.as_object().expect("object").len(), COLUMNS.len());
        assert_eq!(row["quote"], f.quote);
        assert_eq!(row["base_value"].as_f64(), Some((f.base_value * 1e9).round() / 1e9));
    }
    assert_eq!(json["sources"].as_array().map(Vec::len), Some(ds.sources.len()));
}

#[test]
fn the_explorer_searches_in_chinese_and_english_filters_and_sorts() {
    let ds = embedded();
    let all = explore(&ds, &Filter::default());
    assert_eq!(all.len(), ds.facts.len());
    let grain = explore(
        &ds,
        &Filter {
            text: "粮食 产量".into(),
            ..Filter::default()
        },
    );
    // Every grain-output figure, and otherwise only facts whose text (here a note) names both words.
    for f in ds.facts.iter().filter(|f| f.indicator == "grain_output") {
        assert!(grain.iter().any(|g| g.id == f.id), "{}", f.id);
    }
    for f in grain.iter().filter(|f| f.indicator != "grain_output") {
        let text = format!("{}{}", f.quote, f.note.unwrap_or(""));
        assert!(text.contains("粮食") && text.contains("产量"), "{}", f.id);
    }
    let english = explore(
        &ds,
        &Filter {
            text: "GRAIN output".into(),
            ..Filter::default()
        },
    );
    assert!(english.iter().any(|f| f.written == "20万吨以上"));
    let targets = explore(
        &ds,
        &Filter {
            region: Some(common::region("shangdang")),
            kind: Some(Kind::Target),
            ..Filter::default()
        },
    );
    assert!(
        !targets.is_empty()
            && targets
                .iter()
                .all(|f| f.region == common::region("shangdang") && f.kind == Kind::Target)
    );
    let approx = explore(
        &ds,
        &Filter {
            qualifier: Some(Qualifier::Approx),
            ..Filter::default()
        },
    );
    assert!(approx.iter().all(|f| f.qualifier == Qualifier::Approx));
    let plan = explore(
        &ds,
        &Filter {
            period: Some("2024..2027".into()),
            ..Filter::default()
        },
    );
    assert_eq!(plan.len(), 2);
    let by_value = explore(
        &ds,
        &Filter {
            sort: Column::Value,
            descending: true,
            ..Filter::default()
        },
    );
    // By value: within a unit (the unit is the first key, in the catalogue's order), largest first.
    let rank = |f: &Fact| BaseUnit::ALL.iter().position(|u| *u == f.base_unit);
    assert!(by_value
        .windows(2)
        .all(|w| rank(w[0]) < rank(w[1]) || (rank(w[0]) == rank(w[1]) && w[0].base_value >= w[1].base_value)));
    assert_eq!(by_value.first().map(|f| f.base_unit), Some(BaseUnit::ALL[0]));
    // A search ranks the facts whose names hold the words above those whose quote or note does.
    let grain = explore(
        &ds,
        &Filter {
            text: "粮食".into(),
            ..Filter::default()
        },
    );
    let named = |f: &Fact| {
        let ind = ds.indicator(f.indicator);
        let group = ind.and_then(|i| ds.group(i.group)).map_or("", |g| g.zh);
        let category = ds.categories.iter().find(|c| c.id == f.category).map_or("", |c| c.zh);
        ind.is_some_and(|i| i.zh.contains("粮食") || i.label_zh.contains("粮食"))
            || group.contains("粮食")
            || category.contains("粮食")
    };
    let first_other = grain.iter().position(|f| !named(f)).unwrap_or(grain.len());
    assert!(first_other > 0, "a grain figure comes first");
    assert!(
        grain[first_other..].iter().all(|f| !named(f)),
        "every named match before the others: {:?}",
        grain.iter().map(|f| f.id).collect::<Vec<_>>()
    );
    assert!(
        grain.len() > first_other,
        "the fixture: some facts only mention 粮食 in a quote or note"
    );
    assert!(grain.iter().any(|f| f.indicator == "grain_output"));
    assert_eq!(periods(&ds).first().map(|p| p.to_string()).as_deref(), Some("2023"));
    assert!(explore(
        &ds,
        &Filter {
            text: "不存在的词".into(),
            ..Filter::default()
        }
    )
    .is_empty());
}

#[test]
fn every_explorer_column_sorts_both_ways_and_ties_keep_dataset_order() {
    let ds = embedded();
    let rank = |found: Option<usize>| found.unwrap_or(usize::MAX);
    let by = |column: Column, a: &Fact, b: &Fact| match column {
        Column::Region => a.region.cmp(&b.region),
        Column::Indicator => rank(ds.indicators.iter().position(|i| i.id == a.indicator))
            .cmp(&rank(ds.indicators.iter().position(|i| i.id == b.indicator))),
        // Within a unit: compared separately below.
        Column::Value => a.base_value.total_cmp(&b.base_value),
        Column::Period => a.period.sort_key().cmp(&b.period.sort_key()),
        Column::Kind => a.kind.cmp(&b.kind),
        Column::Qualifier => a.qualifier.key().cmp(b.qualifier.key()),
        Column::Category => rank(ds.categories.iter().position(|c| c.id == a.category))
            .cmp(&rank(ds.categories.iter().position(|c| c.id == b.category))),
        Column::Source => a.article.cmp(b.article),
    };
    for column in Column::ALL {
        for descending in [false, true] {
            let mut expected: Vec<&Fact> = ds.facts.iter().collect();
            // std's stable sort as the reference.
            let unit = |f: &Fact| BaseUnit::ALL.iter().position(|u| *u == f.base_unit);
            expected.sort_by(|a, b| {
                let o = by(column, a, b);
                let o = if descending { o.reverse() } else { o };
                // By value, the unit first (never reversed).
                match column {
                    Column::Value => unit(a).cmp(&unit(b)).then(o),
                    _ => o,
                }
            });
            let got = explore(
                &ds,
                &Filter {
                    sort: column,
                    descending,
                    ..Filter::default()
                },
            );
            let ids = |v: &[&Fact]| v.iter().map(|f| f.id).collect::<Vec<_>>();
            assert_eq!(ids(&got), ids(&expected), "{column:?} descending={descending}");
        }
    }
}

/// A fixed-seed generator, so a failure can be replayed.
struct Lcg(u64);
impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
}

#[test]
fn any_hash_parses_without_panicking_and_what_is_kept_round_trips() {
    let pieces = [
        "view=",
        "compare",
        "group=",
        "slide=",
        "99999999999999999999",
        "-1",
        "hide=",
        ",",
        ":",
        "&",
        "=",
        "%",
        "%E4",
        "%E4%B8%8A",
        "%ZZ",
        "%%",
        "q=",
        "<script>",
        "\u{202e}",
        "😀",
        "f=",
        "region.",
        "sort=",
        ".desc",
        "cell=",
        "norm=1",
        "#",
        "+",
        "\0",
        "\u{feff}",
        "上党",
    ];
    let mut rng = Lcg(20261122);
    for _ in 0..20_000 {
        let mut hash = String::new();
        for _ in 0..(rng.next() % 12) {
            if rng.next() % 5 == 0 {
                // Raw random code points, including surrogate-free high planes.
                let c = char::from_u32((rng.next() % 0x2_0000) as u32).unwrap_or('?');
                hash.push(c);
            } else {
                hash.push_str(pieces[(rng.next() as usize) % pieces.len()]);
            }
        }
        let (route, _) = parse(&hash);
        let again = parse(&to_hash(&route)).0;
        assert_eq!(again, route, "{hash:?}");
    }
}
