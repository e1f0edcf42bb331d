// Tests may unwrap, panic and use std's sort (the app may not: see Cargo.toml [lints] and clippy.toml).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::disallowed_methods)]
use qianwan::model::units::{normalise, parse_written, Written, WrittenError};
use qianwan::model::{BaseUnit, Period, Qualifier};

fn w(value: f64, unit: &str, qualifier: Qualifier) -> Written {
    Written {
        value,
        unit: unit.into(),
        qualifier,
    }
}

#[test]
fn reads_numbers_as_the_articles_write_them() {
    use Qualifier::*;
    let cases = [
        ("900余万元", w(900.0, "万元", MoreThan)),
        ("约2.4亿元", w(2.4, "亿元", Approx)),
        ("30个左右", w(30.0, "个", Approx)),
        ("27万亩以上", w(27.0, "万亩", MoreThan)),
        ("超过95%", w(95.0, "%", MoreThan)),
        ("超96%", w(96.0, "%", MoreThan)),
        ("3万多平方米", w(3.0, "万平方米", MoreThan)),
        ("1.76亿斤", w(1.76, "亿斤", Exact)),
        ("五个", w(5.0, "个", Exact)),
        ("两个", w(2.0, "个", Exact)),
        ("全部", w(100.0, "%", Exact)),
        ("2000 亩", w(2000.0, "亩", Exact)),
        ("万亩以上", w(1.0, "万亩", MoreThan)),
        ("390万头(只)", w(390.0, "万头(只)", Exact)),
        ("百分之九十五", w(95.0, "%", Exact)),
        ("超过百分之九十", w(90.0, "%", MoreThan)),
        ("百分之六十以上", w(60.0, "%", MoreThan)),
    ];
    for (text, expected) in cases {
        assert_eq!(parse_written(text), Ok(expected), "{text}");
    }
}

#[test]
fn refuses_what_it_cannot_read() {
    assert_eq!(parse_written("若干"), Err(WrittenError::NoNumber));
    assert_eq!(parse_written("5担"), Err(WrittenError::UnknownUnit("担".into())));
    assert_eq!(parse_written("约30个以上"), Err(WrittenError::ConflictingQualifiers));
    assert_eq!(parse_written("百分之五个"), Err(WrittenError::UnknownUnit("个".into())));
    assert_eq!(parse_written("百分之"), Err(WrittenError::NoNumber));
}

#[test]
fn normalises_units() {
    let cases = [
        ("亿斤", BaseUnit::Ton, 50_000.0),
        ("公斤", BaseUnit::Ton, 0.001),
        ("万平方米", BaseUnit::Mu, 15.0),
        ("千米", BaseUnit::Km, 1.0),
        ("万方", BaseUnit::CubicMeter, 10_000.0),
        ("万户", BaseUnit::Count, 10_000.0),
        ("亿元", BaseUnit::Yuan, 1e8),
    ];
    for (unit, base, factor) in cases {
        assert_eq!(normalise(unit), Some((base, factor)), "{unit}");
    }
    assert_eq!(normalise("担"), None);
    assert_eq!(normalise("万"), None);
}

#[test]
fn parses_periods() {
    assert_eq!(Period::parse("2024"), Some(Period::Year(2024)));
    assert_eq!(
        Period::parse("2024-01..2024-09"),
        Some(Period::Months {
            from: (2024, 1),
            to: (2024, 9)
        })
    );
    assert_eq!(
        Period::parse("2024..2027"),
        Some(Period::Years { from: 2024, to: 2027 })
    );
    assert_eq!(
        Period::parse("cumulative"),
        None,
        "retired: a stock is a period kind, not a period"
    );
    assert_eq!(Period::parse("2024-ytd"), Some(Period::YearToDate(2024)));
    assert_eq!(Period::parse("24"), None);
    let months = Period::Months {
        from: (2024, 1),
        to: (2024, 9),
    };
    assert_eq!(qianwan::i18n::Lang::Zh.t().period(months), "2024年1—9月");
    assert_eq!(qianwan::i18n::Lang::En.t().period(months), "Jan–Sep 2024");
    for p in ["2024", "2024-01..2024-09", "2024..2027", "2024-ytd", "unknown"] {
        assert_eq!(Period::parse(p).map(|p| p.to_string()).as_deref(), Some(p));
    }
}

#[test]
fn reads_decimals_exactly_as_the_float_parser_does() {
    let mut x = 7u64;
    let mut cases: Vec<String> = [
        "0", "1.", ".5", "8298.12", "1.76", "0.1", "19041", "96.5", "12.05", "0.0015",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    for _ in 0..2000 {
        x = x
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        let digits = format!("{}", x >> 20);
        let cut = (x % (digits.len() as u64 + 1)) as usize;
        cases.push(format!("{}.{}", &digits[..cut], &digits[cut..]));
    }
    for text in &cases {
        let ours = parse_written(&format!("{text}吨")).map(|w| w.value);
        let std: f64 = text.parse().expect("a decimal");
        assert_eq!(ours, Ok(std), "{text}");
    }
    for bad in ["1.2.3吨", ".吨", "1..2吨"] {
        assert_eq!(parse_written(bad), Err(WrittenError::NoNumber), "{bad}");
    }
}
