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
    assert_eq!(Period::parse("cumulative"), Some(Period::Cumulative));
    assert_eq!(Period::parse("24"), None);
    let months = Period::Months {
        from: (2024, 1),
        to: (2024, 9),
    };
    assert_eq!(qianwan::i18n::Lang::Zh.t().period(months), "2024年1—9月");
    assert_eq!(qianwan::i18n::Lang::En.t().period(months), "Jan–Sep 2024");
    for p in ["2024", "2024-01..2024-09", "2024..2027", "cumulative", "unknown"] {
        assert_eq!(Period::parse(p).map(|p| p.to_string()).as_deref(), Some(p));
    }
}
