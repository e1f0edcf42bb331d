//! The figure extractor: every numeral form, unit, qualifier, kind and period rule; what is not a figure; recall
//! and precision on the five articles against assets/facts.json; speed; and the maintainer command.
// Tests may unwrap, panic and use std's sort (the app may not: see Cargo.toml [lints] and clippy.toml).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::disallowed_methods)]

mod common;

use std::time::Instant;

use qianwan::model::extract::{extract, ArticleDate, Hints, Proposal};
use qianwan::model::units::{normalise, parse_written, qualifier_words, same_number};
use qianwan::model::{embedded, BaseUnit, Kind, Period, PeriodKind, Qualifier};

fn hints() -> Hints<'static> {
    Hints::from_dataset(&embedded())
}

fn date(text: &str) -> Option<ArticleDate> {
    Some(ArticleDate::parse(text).expect("a date"))
}

/// Every proposal stands in the text, quotes a clause holding it, and reads back to what it says.
fn check(text: &str, proposals: &[Proposal]) {
    let mut last_end = 0;
    for p in proposals {
        let at = format!("`{}` at {}", p.written, p.start);
        assert_eq!(text.get(p.start..p.end), Some(p.written.as_str()), "{at}: span");
        assert_eq!(
            text.get(p.quote_start..p.quote_end),
            Some(p.quote.as_str()),
            "{at}: quote span"
        );
        assert!(p.quote_start <= p.start && p.end <= p.quote_end, "{at}: quote holds it");
        assert!(!p.quote.contains('\n'), "{at}: quote within a line");
        assert!(p.start >= last_end, "{at}: in order, not overlapping");
        last_end = p.end;
        let w = parse_written(&p.written).unwrap_or_else(|e| panic!("{at}: parse_written {e:?}"));
        assert!(same_number(w.value, p.value), "{at}: value {} vs {}", w.value, p.value);
        assert!(
            w.unit == p.unit || (p.unit_cut && w.unit.is_empty()),
            "{at}: unit {} vs {}",
            w.unit,
            p.unit
        );
        let apart = w.qualifier == Qualifier::Exact && qualifier_words(p.qualifier).any(|q| p.quote.contains(q));
        assert!(
            w.qualifier == p.qualifier || apart,
            "{at}: qualifier {:?} vs {:?}",
            w.qualifier,
            p.qualifier
        );
        let (base, factor) = normalise(&p.unit).unwrap_or_else(|| panic!("{at}: unit {}", p.unit));
        assert_eq!(base, p.base_unit, "{at}: base unit");
        assert!(same_number(p.value * factor, p.base_value), "{at}: base value");
    }
}

fn run(text: &str, date: Option<ArticleDate>) -> Vec<Proposal> {
    let proposals = extract(text, date, &hints());
    check(text, &proposals);
    proposals
}

fn written(text: &str) -> Vec<String> {
    run(text, None).into_iter().map(|p| p.written).collect()
}

/// The one proposal of `text`.
fn one(text: &str, date: Option<ArticleDate>) -> Proposal {
    let mut found = run(text, date);
    assert_eq!(
        found.len(),
        1,
        "{text}: {:?}",
        found.iter().map(|p| &p.written).collect::<Vec<_>>()
    );
    found.remove(0)
}

#[test]
fn recall_and_precision_on_the_five_articles() {
    let facts = common::facts().facts;
    let dates = [
        ("000", date("2024")),
        ("001", date("2026-01")),
        ("002", None),
        ("003", None),
        ("004", date("2024-10")),
    ];
    let mut failures = Vec::new();
    for (name, text) in common::seeds() {
        let date = dates.iter().find(|(d, _)| name.starts_with(d)).and_then(|(_, d)| *d);
        let proposals = run(&text, date);
        let mine: Vec<_> = facts.iter().filter(|f| f.seed == name).collect();
        // A fact is found by a proposal of the same number at the place its quote puts it.
        let matches = |p: &Proposal, f: &qianwan::model::raw::RawFact| {
            let at = f.quote.find(&f.written).unwrap_or(0);
            text.match_indices(&f.quote).any(|(q, _)| q + at == p.start)
                && p.written == f.written
                && same_number(p.value, f.value)
                && p.unit == f.unit
                && p.qualifier.key() == f.qualifier
        };
        let missed: Vec<_> = mine
            .iter()
            .filter(|f| !proposals.iter().any(|p| matches(p, f)))
            .collect();
        let recall = 1.0 - missed.len() as f64 / mine.len() as f64;
        // Out of scope: the 长子县, 太原 and 介休 items after the byline of 003.
        let scope = text.find("(周珪喆 申婷婷)").unwrap_or(text.len());
        let precision = |ps: &[&Proposal]| {
            ps.iter().filter(|p| mine.iter().any(|f| matches(p, f))).count() as f64 / ps.len().max(1) as f64
        };
        let all: Vec<&Proposal> = proposals.iter().collect();
        let in_scope: Vec<&Proposal> = proposals.iter().filter(|p| p.end <= scope).collect();
        // How often the guesses agree with the dataset, on the facts found.
        let agree = |what: &dyn Fn(&Proposal, &qianwan::model::raw::RawFact) -> bool| {
            let found: Vec<_> = mine
                .iter()
                .filter_map(|f| proposals.iter().find(|p| matches(p, f)).map(|p| (p, f)))
                .collect();
            found.iter().filter(|(p, f)| what(p, f)).count() as f64 / found.len().max(1) as f64 * 100.0
        };
        println!(
            "{name}: recall {:.1}% ({}/{}), precision {:.1}% of {} proposals ({:.1}% of {} before the \
             out-of-scope items); agreement on found facts: kind {:.0}%, period {:.0}%, region {:.0}%, \
             indicator {:.0}%",
            recall * 100.0,
            mine.len() - missed.len(),
            mine.len(),
            precision(&all) * 100.0,
            all.len(),
            precision(&in_scope) * 100.0,
            in_scope.len(),
            agree(&|p, f| p.kind.key() == f.kind),
            agree(&|p, f| p.period.to_string() == f.period),
            agree(&|p, f| p.region.as_deref() == Some(f.region.as_str())),
            agree(&|p, f| p.indicator.as_deref() == Some(f.indicator.as_str())),
        );
        for f in &missed {
            println!("  missed {} `{}` in “{}”", f.id, f.written, f.quote);
        }
        if std::env::var_os("EXTRACT_DEBUG").is_some() {
            for p in &proposals {
                let hit = mine.iter().find(|f| matches(p, f));
                println!(
                    "  {} {} {} {} {} {:?} {:?} | {}",
                    if hit.is_some() { "  " } else { "++" },
                    p.written,
                    p.kind.key(),
                    p.period,
                    if p.period_inferred { "*" } else { "" },
                    p.region,
                    p.indicator,
                    p.quote
                );
                if let Some(f) = hit {
                    if p.kind.key() != f.kind
                        || p.period.to_string() != f.period
                        || p.indicator.as_deref() != Some(f.indicator.as_str())
                    {
                        println!("       dataset: {} {} {} {}", f.kind, f.period, f.region, f.indicator);
                    }
                }
            }
        }
        if recall < 0.95 {
            failures.push(format!("{name}: recall {:.1}%", recall * 100.0));
        }
    }
    assert!(failures.is_empty(), "recall below 95%: {failures:?}");
}

#[test]
fn reads_every_numeral_form() {
    let cases: [(&str, &str, f64, &str); 17] = [
        ("完成投资1.76亿元", "1.76亿元", 1.76, "亿元"),
        ("清理垃圾11000吨", "11000吨", 11000.0, "吨"),
        ("提质改造84.7公里", "84.7公里", 84.7, "公里"),
        ("已建成两座", "两座", 2.0, "座"),
        ("建成四个站点", "四个", 4.0, "个"),
        ("打造五个精品示范村", "五个", 5.0, "个"),
        ("惠及一百二十户", "一百二十户", 120.0, "户"),
        ("建成十五个", "十五个", 15.0, "个"),
        ("带动1.2万人", "1.2万人", 1.2, "万人"),
        ("惠及一万人", "一万人", 1.0, "万人"),
        ("完成3万多平方米", "3万多平方米", 3.0, "万平方米"),
        ("粮食总产量1.76亿斤", "1.76亿斤", 1.76, "亿斤"),
        ("累计投入25.5亿元", "25.5亿元", 25.5, "亿元"),
        ("发展林下经济万亩以上", "万亩以上", 1.0, "万亩"),
        ("覆盖率达到百分之九十五", "百分之九十五", 95.0, "%"),
        ("艾草种植面积已由 2000 亩扩展", "2000 亩", 2000.0, "亩"),
        ("同比增长8.7%", "8.7%", 8.7, "%"),
    ];
    for (text, w, value, unit) in cases {
        let p = one(text, None);
        assert_eq!((p.written.as_str(), p.unit.as_str()), (w, unit), "{text}");
        assert!(same_number(p.value, value), "{text}: {}", p.value);
    }
}

#[test]
fn reads_every_unit_of_the_table() {
    let mut units: Vec<String> = [
        "元",
        "万元",
        "亿元",
        "吨",
        "万吨",
        "公斤",
        "斤",
        "万斤",
        "亿斤",
        "亩",
        "万亩",
        "平方米",
        "万平方米",
        "公里",
        "千米",
        "方",
        "万方",
        "立方米",
        "万立方米",
        "%",
    ]
    .iter()
    .map(|u| u.to_string())
    .collect();
    for w in qianwan::model::units::COUNT_WORDS {
        units.push(w.to_string());
        units.push(format!("万{w}"));
    }
    for unit in &units {
        let text = format!("新增8{unit}。");
        let p = one(&text, None);
        assert_eq!(
            (p.written.clone(), p.unit.as_str()),
            (format!("8{unit}"), unit.as_str()),
            "{text}"
        );
        let (base, factor) = normalise(unit).expect("a unit of the table");
        assert_eq!(p.base_unit, base, "{text}");
        assert!(same_number(p.base_value, 8.0 * factor), "{text}");
    }
}

#[test]
fn reads_qualifiers_before_after_and_apart() {
    use Qualifier::*;
    let cases = [
        ("投入资金900余万元", "900余万元", MoreThan),
        ("带动100多人", "100多人", MoreThan),
        ("完成3万多平方米", "3万多平方米", MoreThan),
        ("年产量20万吨以上", "20万吨以上", MoreThan),
        ("行政村通5G网络比例超96%", "超96%", MoreThan),
        ("群众满意率超过95%", "超过95%", MoreThan),
        ("人均收入突破10万元", "突破10万元", MoreThan),
        ("概算总投资约2.4亿元", "约2.4亿元", Approx),
        ("建成30个左右", "30个左右", Approx),
        ("大约300亩", "大约300亩", Approx),
        ("大概500公斤", "大概500公斤", Approx),
        ("至少3个", "至少3个", AtLeast),
        ("不低于85%", "不低于85%", AtLeast),
        ("不少于1000人", "不少于1000人", AtLeast),
        ("建成3座", "3座", Exact),
        // A qualifier apart from its number, in the same clause.
        ("每天大概能加工成品柴胡片500公斤", "500公斤", Approx),
        ("每年至少能收购中药材50吨", "50吨", AtLeast),
    ];
    for (text, w, q) in cases {
        let p = one(text, None);
        assert_eq!((p.written.as_str(), p.qualifier), (w, q), "{text}");
    }
    // Not across another number.
    assert_eq!(run("大概有3个村、500公斤", None)[1].qualifier, Exact);
}

#[test]
fn reads_a_stated_whole_as_a_hundred_percent() {
    for (text, w) in [
        ("乡镇清查核资全部完成", "全部"),
        ("全市所有行政村垃圾日清日运", "所有"),
        ("2025年将实现全覆盖", "全覆盖"),
        ("全县农村集体经济年收入全部达到10万元以上", "全部"),
        ("农村卫生室和乡镇卫生院全达标", "全"),
        ("日间照料中心和乡村学校全提升", "全"),
    ] {
        let p = one(text, None);
        assert_eq!(
            (p.written.as_str(), p.value, p.unit.as_str()),
            (w, 100.0, "%"),
            "{text}"
        );
    }
    // One per clause.
    assert_eq!(written("所有行政村全部建立红白理事会制度"), ["所有"]);
    for text in [
        "全部用于青椒种植",
        "所有人都来了",
        "全面完成",
        "全村人都来了",
        "全年完成改厕",
        "全力提升",
    ] {
        assert_eq!(written(text), Vec::<String>::new(), "{text}");
    }
}

#[test]
fn finds_the_period() {
    let months = |y: u16, a: u8, b: u8| Period::Months {
        from: (y, a),
        to: (y, b),
    };
    let cases = [
        ("2025年，该区完成粮食播种28.6万亩", None, Period::Year(2025), false),
        (
            "盐湖区2023年农村集体经济总收入8298.12万元",
            None,
            Period::Year(2023),
            false,
        ),
        ("今年，该区打造5个精品示范村", date("2024"), Period::Year(2024), true),
        ("今年，该区打造5个精品示范村", None, Period::Unknown, false),
        (
            "今年1月至9月，销售收入完成12.05亿元",
            date("2024-10"),
            months(2024, 1, 9),
            true,
        ),
        ("2024年1—9月，销售收入完成12.05亿元", None, months(2024, 1, 9), false),
        ("1-9月，销售收入完成12.05亿元", date("2024"), months(2024, 1, 9), true),
        (
            "今年以来，帮办代办2.5万余件",
            date("2024-10"),
            Period::YearToDate(2024),
            true,
        ),
        (
            "今年以来，帮办代办2.5万余件",
            date("2024"),
            Period::YearToDate(2024),
            true,
        ),
        ("全年完成改厕750座", date("2026-01"), Period::Year(2025), true),
        ("全年完成改厕750座", date("2024-10"), Period::Year(2024), true),
        ("全年力争一产投资增长10%", date("2026-01"), Period::Year(2026), true),
        ("去年完成改厕750座", date("2024"), Period::Year(2023), true),
        (
            "2024年至2027年，将建成30个左右示范村",
            None,
            Period::Years { from: 2024, to: 2027 },
            false,
        ),
        (
            "2024—2027年，将建成30个左右示范村",
            None,
            Period::Years { from: 2024, to: 2027 },
            false,
        ),
        (
            "面向“十五五”，将建成30个示范村",
            None,
            Period::Years { from: 2026, to: 2030 },
            false,
        ),
        // An annual level ("each year", "annual output") of no stated year, whatever the article's date.
        ("每年可收购各类中药材50余吨", date("2024"), Period::Unknown, false),
        ("截至目前，已开工项目93个", date("2024"), Period::Year(2024), true),
        ("建成农村污水处理设施109个", None, Period::Unknown, false),
        ("农村卫生厕所普及率达85%", None, Period::Unknown, false),
        ("农村卫生厕所普及率达85%", date("2024-10"), Period::Unknown, false),
        // A report of January or February reviews last year.
        ("道路整改满意度达100%", date("2026-01"), Period::Year(2025), true),
        // A day's date is an event, not a period; a year in a book title is the book's.
        ("2024年9月17日，村医为老人体检300人次", None, Period::Unknown, false),
        (
            "编制《规划(2021—2035年)》，新增3条绿色走廊",
            None,
            Period::Unknown,
            false,
        ),
    ];
    for (text, date, period, inferred) in cases {
        let p = one(text, date);
        assert_eq!((p.period, p.period_inferred), (period, inferred), "{text}");
    }
    // The nearest year earlier in the paragraph, not in another paragraph.
    let text = "2024年，上党区投入资金900余万元。实施清洁饮水工程，惠及群众7.7万人。\n村里建成3座污水处理站。";
    let found = run(text, None);
    assert_eq!(found[1].period, Period::Year(2024));
    assert!(!found[1].period_inferred);
    assert_eq!(
        (found[2].period, found[2].period_kind),
        (Period::Unknown, PeriodKind::Stock)
    );
    // A sentence the page layout broke over two lines keeps its year; the quote stays within its line.
    let text = "2025年，该区完成粮食播种28.6万亩，推广大豆\n\n玉米复合种植1.1万亩，粮食总产量稳定在1.76亿斤。";
    let found = run(text, None);
    assert!(
        found
            .iter()
            .all(|p| p.period == Period::Year(2025) && !p.period_inferred),
        "{found:?}"
    );
    assert_eq!(found[1].quote, "玉米复合种植1.1万亩");
}

#[test]
fn tells_targets_from_achievements() {
    use Kind::*;
    let cases: [(&str, Option<ArticleDate>, &[Kind]); 12] = [
        ("今年，该区将立足实际重点打造5个精品示范村", None, &[Target]),
        (
            "该项目预计总投资3000余万元，通过整合全区19个职能部门",
            None,
            &[Target, Target],
        ),
        ("概算总投资约2.4亿元，已开工项目93个", None, &[Target, Actual]),
        (
            "确保粮食种植面积稳定在27万亩以上，废旧农膜回收率达85%以上",
            None,
            &[Target, Target],
        ),
        ("全年力争一产增加值增长6%", None, &[Target]),
        ("计划新建五个高标准温室大棚", None, &[Target]),
        ("争取新增“三品一标”认证3个", None, &[Target]),
        ("重要的是建成3座污水处理站", None, &[Actual]),
        ("目前已建成245个，2025年将实现全覆盖", date("2024"), &[Actual, Target]),
        ("创新“四化三确保”监管机制，乡镇清查核资全部完成", None, &[Actual]),
        // A period after the article's year is a plan even without a plan word.
        ("2027年建成100个示范村", date("2024"), &[Target]),
        ("2023年建成100个示范村", date("2024"), &[Actual]),
    ];
    for (text, date, kinds) in cases {
        let found: Vec<Kind> = run(text, date).iter().map(|p| p.kind).collect();
        assert_eq!(found, kinds, "{text}");
    }
}

#[test]
fn does_not_take_dates_markers_slogans_idioms_or_vague_numbers_for_figures() {
    let texts = [
        // dates and bare years
        "2024年9月17日，村里很热闹。",
        "2025年，上党区认真贯彻落实会议精神。",
        "1970年建成的小区，1月9日。",
        // list markers
        "（一）加强组织领导\n(二)完善工作机制\n1.强化统筹\n一、总体要求\n2、分类推进",
        // slogans, names and formulas in quotation marks, book titles
        "全域推进的“三大革命”，开展“五清一改”行动。",
        "构建“3+3+13”污水处理体系和“1+5”工作体系，按照“55541”做法。",
        "城乡供水等“六个一体化”工程，新改扩建“四好农村路”。",
        "以“一园、两路、三区”为发展思路，“145”管绿。",
        "按照“一年见雏形、三年出成效、四年展新貌”的工作总要求。",
        "面向“十五五”，擘画新蓝图。",
        "编制《盐湖区国土空间总体规划(2021—2035年)》。",
        "成立\"1231\"小区治理模式。",
        // idioms and fixed phrases
        "严格按照一事一议办法，坚持一村一策，一县一业。",
        "千方百计解决好群众的急难愁盼，四级书记齐抓，道路通达四方，来自四面八方。",
        "三番五次上门，这是一个缩影，一座座污水处理站，一条条硬化道路。",
        "用好一把尺子、一个平台、一面旗帜。",
        // vague numbers
        "至少能够实现几百项政务事项的线上办理。",
        "我种菜十几年了，每个棚大概能赚七八万元，数十个村。",
        // no unit, ordinals, durations, references, ranges
        "新建10千伏电网线路，行政村通5G网络，60岁以上的老人。",
        "成为第七届全国文明村，入选第二批典型案例，位居全省第一方阵。",
        "用了3个月，提高2个百分点。",
        "以这5个精品示范村为引领，该3个项目。",
        "计划建设3—5个村。",
        "1,400户",
        // thresholds of village income bands are not figures of their own
        "30万元以上的村，100万元以上村",
    ];
    for text in texts {
        assert_eq!(written(text), Vec::<String>::new(), "{text}");
    }
    // The band's threshold is not proposed, its count and share are.
    assert_eq!(written("30万元以上的村占67%"), ["67%"]);
    assert_eq!(
        written("其中,82个村达到30万元以上,20个村达到100万元以上。"),
        ["82个", "20个"]
    );
    assert_eq!(written("100万元以上村14个,50万元以上村31个"), ["14个", "31个"]);
    assert_eq!(written("全市村级集体经济全部突破10万元"), ["全部"]);
    assert_eq!(written("所有村集体经济年收入均达到10万元以上"), ["所有"]);
    // A long quotation is speech: its figures are read.
    assert_eq!(
        written("村支书说：“2024年，我们除了修缮部分村道外，还新建了3座公厕，村里变化很大。”"),
        ["3座"]
    );
}

#[test]
fn takes_a_unit_the_page_layout_cut_off() {
    let text = "据悉，该智慧小屋目前不仅具备健康体检功能，还具备图书借阅、互动娱乐等30余\n\n\n\n八义窑红绿彩陶瓷技艺\n\n项功能，待政务服务功能正式上线后";
    let p = one(text, None);
    assert_eq!(
        (p.written.as_str(), p.unit.as_str(), p.qualifier, p.unit_cut),
        ("30余", "项", Qualifier::MoreThan, true)
    );
    assert_eq!(p.base_unit, BaseUnit::Count);
    // Not from a line of its own (a short line ends its paragraph), nor beyond three lines.
    assert_eq!(written("共有30\n\n项功能"), Vec::<String>::new());
}

#[test]
fn guesses_region_and_indicator() {
    let text = "盐湖区建成污水处理站3座。万荣县累计投入25.5亿元，其中财政投入10.2亿元。企业投入6亿元。\
                潞城区微子镇已整治窨井40个。在上党革命老区，新建2座。";
    let found = run(text, None);
    let got: Vec<(Option<&str>, Option<&str>)> = found
        .iter()
        .map(|p| (p.region.as_deref(), p.indicator.as_deref()))
        .collect();
    assert_eq!(
        got,
        [
            (Some("yanhu"), Some("sewage_plants_built")),
            (Some("wanrong"), Some("rural_investment_total")),
            (Some("wanrong"), Some("investment_fiscal")),
            (Some("wanrong"), Some("investment_enterprise")),
            (Some("weizi"), Some("manholes_renovated")),
            // a short name counts within its sentence
            (Some("shangdang"), None),
        ]
    );
    // Without hints, no guesses.
    let p = &extract(text, None, &Hints::default())[0];
    assert_eq!((p.region.as_deref(), p.indicator.as_deref()), (None, None));
}

#[test]
fn reads_article_dates() {
    assert_eq!(
        ArticleDate::parse("2024"),
        Some(ArticleDate {
            year: 2024,
            month: None
        })
    );
    assert_eq!(
        ArticleDate::parse("2026-01"),
        Some(ArticleDate {
            year: 2026,
            month: Some(1)
        })
    );
    assert_eq!(
        ArticleDate::parse("2024-9"),
        Some(ArticleDate {
            year: 2024,
            month: Some(9)
        })
    );
    for bad in [
        "",
        "24",
        "2024-13",
        "2024-00",
        "2024-10-01",
        "abcd",
        "1800",
        "2024-",
        "-2024",
        "2024-+1",
        "２０２４",
    ] {
        assert_eq!(ArticleDate::parse(bad), None, "{bad}");
    }
}

#[test]
fn survives_any_text() {
    let pool: Vec<char> = concat!(
        "0123456789.,，。、；：:（）()“”\"‘’《》「」『』+-—至到 \n\r年月日今全部所有覆盖",
        "一二两三五十百千万亿余多约超过突破以上左右至少个项户人次元吨亩斤公里方%村的将已累计第这几数百分之"
    )
    .chars()
    .collect();
    let hints = hints();
    let mut x = 2024u32;
    for (len, times) in [
        (0usize, 1),
        (1, 200),
        (2, 400),
        (3, 400),
        (5, 400),
        (8, 400),
        (13, 400),
        (40, 300),
        (200, 100),
        (2000, 20),
    ] {
        for _ in 0..times {
            let text: String = (0..len)
                .map(|_| {
                    x = x.wrapping_mul(1_103_515_245).wrapping_add(12345);
                    pool[(x >> 16) as usize % pool.len()]
                })
                .collect();
            for date in [None, date("2026-01")] {
                let found = extract(&text, date, &hints);
                check(&text, &found);
            }
        }
    }
}

#[test]
fn extracts_a_ten_thousand_character_article_quickly() {
    let all: String = common::seeds()
        .into_iter()
        .map(|(_, t)| t)
        .collect::<Vec<_>>()
        .join("\n");
    let text: String = all.chars().cycle().take(10_000).collect();
    let hints = hints();
    // The fastest of 30 runs and their median: other tests run alongside and take the processor in turns.
    let mut times: Vec<f64> = (0..30)
        .map(|_| {
            let start = Instant::now();
            let found = extract(&text, date("2024"), &hints);
            assert!(found.len() > 100);
            start.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    times.sort_by(f64::total_cmp);
    let (best, median) = (times[0], times[times.len() / 2]);
    println!(
        "extraction of a {}-character article ({} bytes): best {best:.2} ms, median {median:.2} ms ({} build)",
        text.chars().count(),
        text.len(),
        if cfg!(debug_assertions) { "debug" } else { "release" }
    );
    // Generous for an unoptimised build on a slow runner; the release figure is in the README.
    assert!(best < if cfg!(debug_assertions) { 250.0 } else { 25.0 }, "{best:.2} ms");
}

#[test]
fn the_command_prints_json_and_refuses_bad_input() {
    let bin = env!("CARGO_BIN_EXE_qianwan-extract");
    let seed = common::root().join("seeds/004_15376a063cec32eb.txt");
    let out = std::process::Command::new(bin)
        .arg(&seed)
        .args(["--date", "2024-10"])
        .output()
        .expect("runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let items = json.as_array().expect("an array");
    assert!(items.len() >= 48, "{} proposals", items.len());
    let first = &items[0];
    for key in [
        "written",
        "value",
        "unit",
        "qualifier",
        "kind",
        "period",
        "quote",
        "region",
        "indicator",
        "base_value",
        "base_unit",
        "period_inferred",
        "start",
        "end",
    ] {
        assert!(first.get(key).is_some(), "key {key}");
    }
    assert!(items
        .iter()
        .any(|p| p["written"] == "12.05亿元" && p["period"] == "2024-01..2024-09" && p["period_inferred"] == true));

    let dir = std::env::temp_dir().join(format!("qianwan-extract-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let binary = dir.join("binary.txt");
    std::fs::write(&binary, [0x89, b'P', b'N', b'G', 0, 0xff, 0xfe]).expect("write");
    let with_nul = dir.join("nul.txt");
    std::fs::write(&with_nul, "建成3座\0").expect("write");
    let seed = seed.to_string_lossy().to_string();
    let missing = dir.join("missing.txt").to_string_lossy().to_string();
    let cases: [(Vec<String>, &str); 7] = [
        (vec![], "no article given"),
        (vec![missing], "cannot read"),
        (vec![binary.to_string_lossy().to_string()], "not a UTF-8 text file"),
        (vec![with_nul.to_string_lossy().to_string()], "not a UTF-8 text file"),
        (
            vec![seed.clone(), "--date".into(), "2024-13".into()],
            "bad --date `2024-13`",
        ),
        (vec![seed.clone(), "--date".into()], "--date needs a value"),
        (vec![seed, "--verbose".into()], "unknown option"),
    ];
    for (args, message) in cases {
        let out = std::process::Command::new(bin).args(&args).output().expect("runs");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(stderr.contains(message), "{args:?}: {stderr}");
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
        assert!(out.stdout.is_empty(), "{args:?}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}
