//! Turns the raw dataset files into typed data, or says exactly which entry is wrong and why.
//! Runs in the build script (a bad dataset fails the build) and in the tests.

use std::collections::{HashMap, HashSet};
use std::fmt;

use super::raw::{RawCatalogue, RawFact, RawSource};
use super::types::{BaseUnit, Category, Composition, Fact, Group, Indicator, Kind, Period, Qualifier, Region, Source};
use super::units::{normalise, parse_written, qualifier_words, same_number, WrittenError};

/// What is wrong with one entry.
#[derive(Debug, Clone, PartialEq)]
pub enum Problem {
    DuplicateId,
    BadId,
    UnknownRegion(String),
    UnknownIndicator(String),
    UnknownGroup(String),
    UnknownCategory(String),
    UnknownSeed(String),
    UnknownUnit(String),
    UnknownBaseUnit(String),
    BadQualifier(String),
    BadKind(String),
    BadPeriod(String),
    BadComposition(String),
    EmptyText(&'static str),
    QuoteNotInSeed {
        seed: String,
    },
    TitleNotInSeed {
        seed: String,
    },
    WrittenNotInQuote,
    UnreadableWritten(WrittenError),
    ValueNotInQuote {
        written: f64,
        stated: f64,
    },
    UnitMismatch {
        written: String,
        stated: String,
    },
    QualifierMismatch {
        written: Qualifier,
        stated: Qualifier,
    },
    BaseUnitMismatch {
        expected: BaseUnit,
        stated: BaseUnit,
    },
    BaseValueMismatch {
        expected: f64,
        stated: f64,
    },
    CategoryMismatch {
        expected: String,
        stated: String,
    },
    GroupUnitMismatch {
        group: String,
        expected: BaseUnit,
        stated: BaseUnit,
    },
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::DuplicateId => write!(f, "duplicate id"),
            Problem::BadId => write!(f, "id must be lower-case ASCII letters, digits, '-' or '_'"),
            Problem::UnknownRegion(r) => write!(f, "unknown region `{r}`"),
            Problem::UnknownIndicator(i) => write!(f, "unknown indicator `{i}`"),
            Problem::UnknownGroup(g) => write!(f, "unknown group `{g}`"),
            Problem::UnknownCategory(c) => write!(f, "unknown category `{c}`"),
            Problem::UnknownSeed(s) => write!(f, "unknown seed file `{s}`"),
            Problem::UnknownUnit(u) => write!(f, "unknown unit `{u}`"),
            Problem::UnknownBaseUnit(u) => write!(f, "unknown base unit `{u}`"),
            Problem::BadQualifier(q) => write!(f, "unknown qualifier `{q}`"),
            Problem::BadKind(k) => write!(f, "kind must be `actual` or `target`, not `{k}`"),
            Problem::BadPeriod(p) => write!(f, "bad period `{p}`"),
            Problem::BadComposition(c) => write!(f, "composition must be `parts` or `thresholds`, not `{c}`"),
            Problem::EmptyText(field) => write!(f, "`{field}` is empty"),
            Problem::QuoteNotInSeed { seed } => write!(f, "quote is not in seed {seed}"),
            Problem::TitleNotInSeed { seed } => write!(f, "title is not in seed {seed}"),
            Problem::WrittenNotInQuote => write!(f, "`written` is not in the quote"),
            Problem::UnreadableWritten(e) => write!(f, "cannot read `written`: {e:?}"),
            Problem::ValueNotInQuote { written, stated } => {
                write!(f, "value {stated} is not what the quote says ({written})")
            }
            Problem::UnitMismatch { written, stated } => {
                write!(f, "unit `{stated}` is not the written unit `{written}`")
            }
            Problem::QualifierMismatch { written, stated } => {
                write!(f, "qualifier `{}` but the text says `{}`", stated.key(), written.key())
            }
            Problem::BaseUnitMismatch { expected, stated } => {
                write!(f, "base unit `{}` should be `{}`", stated.key(), expected.key())
            }
            Problem::BaseValueMismatch { expected, stated } => {
                write!(f, "base value {stated} does not follow from value × unit ({expected})")
            }
            Problem::CategoryMismatch { expected, stated } => {
                write!(f, "category `{stated}` differs from its indicator's `{expected}`")
            }
            Problem::GroupUnitMismatch {
                group,
                expected,
                stated,
            } => write!(
                f,
                "base unit `{}` differs from group `{group}`'s `{}`",
                stated.key(),
                expected.key()
            ),
        }
    }
}

/// A problem and the entry it belongs to, e.g. "fact `sd-2024-x`".
#[derive(Debug, Clone, PartialEq)]
pub struct DatasetError {
    pub subject: String,
    pub problem: Problem,
}

impl fmt::Display for DatasetError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.subject, self.problem)
    }
}

/// The validated, owned dataset.
#[derive(Debug, Clone)]
pub struct Validated {
    pub facts: Vec<Fact<String>>,
    pub categories: Vec<Category<String>>,
    pub groups: Vec<Group<String>>,
    pub indicators: Vec<Indicator<String>>,
    pub sources: Vec<Source<String, Vec<String>>>,
}

/// A seed article: file name and text.
pub struct Seed<'a> {
    pub name: &'a str,
    pub text: &'a str,
}

/// Validates everything and reports every problem, not just the first.
pub fn validate(
    facts: &[RawFact],
    catalogue: &RawCatalogue,
    sources: &[RawSource],
    seeds: &[Seed<'_>],
) -> Result<Validated, Vec<DatasetError>> {
    let mut errors = Vec::new();
    let seed_text: HashMap<&str, &str> = seeds.iter().map(|s| (s.name, s.text)).collect();

    let categories = validate_categories(catalogue, &mut errors);
    let groups = validate_groups(catalogue, &categories, &mut errors);
    let indicators = validate_indicators(catalogue, &categories, &groups, &mut errors);
    let sources = validate_sources(sources, &seed_text, &mut errors);

    let by_id: HashMap<&str, &Indicator<String>> = indicators.iter().map(|i| (i.id.as_str(), i)).collect();
    let mut seen = HashSet::new();
    let mut out = Vec::with_capacity(facts.len());
    for raw in facts {
        let mut report = |problem| {
            errors.push(DatasetError {
                subject: format!("fact `{}`", raw.id),
                problem,
            })
        };
        if !seen.insert(raw.id.as_str()) {
            report(Problem::DuplicateId);
        }
        if let Some(fact) = validate_fact(raw, &by_id, &seed_text, &mut report) {
            out.push(fact);
        }
    }
    if errors.is_empty() {
        Ok(Validated {
            facts: out,
            categories,
            groups,
            indicators,
            sources,
        })
    } else {
        Err(errors)
    }
}

fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
}

fn check_ids<'a>(kind: &str, ids: impl Iterator<Item = &'a str>, errors: &mut Vec<DatasetError>) {
    let mut seen = HashSet::new();
    for id in ids {
        let subject = format!("{kind} `{id}`");
        if !valid_id(id) {
            errors.push(DatasetError {
                subject: subject.clone(),
                problem: Problem::BadId,
            });
        }
        if !seen.insert(id) {
            errors.push(DatasetError {
                subject,
                problem: Problem::DuplicateId,
            });
        }
    }
}

fn validate_categories(catalogue: &RawCatalogue, errors: &mut Vec<DatasetError>) -> Vec<Category<String>> {
    check_ids("category", catalogue.categories.iter().map(|c| c.id.as_str()), errors);
    catalogue
        .categories
        .iter()
        .map(|c| Category {
            id: c.id.clone(),
            zh: c.zh.clone(),
        })
        .collect()
}

fn validate_groups(
    catalogue: &RawCatalogue,
    categories: &[Category<String>],
    errors: &mut Vec<DatasetError>,
) -> Vec<Group<String>> {
    check_ids("group", catalogue.groups.iter().map(|g| g.id.as_str()), errors);
    let mut out = Vec::new();
    for g in &catalogue.groups {
        if !categories.iter().any(|c| c.id == g.category) {
            errors.push(DatasetError {
                subject: format!("group `{}`", g.id),
                problem: Problem::UnknownCategory(g.category.clone()),
            });
        }
        let composition = g.composition.as_deref().and_then(|c| {
            let parsed = Composition::from_key(c);
            if parsed.is_none() {
                errors.push(DatasetError {
                    subject: format!("group `{}`", g.id),
                    problem: Problem::BadComposition(c.to_string()),
                });
            }
            parsed
        });
        let known_total = g
            .total
            .as_ref()
            .is_none_or(|t| catalogue.indicators.iter().any(|i| &i.id == t));
        if let (false, Some(total)) = (known_total, &g.total) {
            errors.push(DatasetError {
                subject: format!("group `{}`", g.id),
                problem: Problem::UnknownIndicator(total.clone()),
            });
        }
        out.push(Group {
            id: g.id.clone(),
            zh: g.zh.clone(),
            category: g.category.clone(),
            note_zh: g.note_zh.clone(),
            composition,
            total: g.total.clone(),
        });
    }
    out
}

fn validate_indicators(
    catalogue: &RawCatalogue,
    categories: &[Category<String>],
    groups: &[Group<String>],
    errors: &mut Vec<DatasetError>,
) -> Vec<Indicator<String>> {
    check_ids("indicator", catalogue.indicators.iter().map(|i| i.id.as_str()), errors);
    let mut group_unit: HashMap<&str, BaseUnit> = HashMap::new();
    let mut out = Vec::new();
    for i in &catalogue.indicators {
        let subject = || format!("indicator `{}`", i.id);
        let Some(base_unit) = BaseUnit::from_key(&i.base_unit) else {
            errors.push(DatasetError {
                subject: subject(),
                problem: Problem::UnknownBaseUnit(i.base_unit.clone()),
            });
            continue;
        };
        if !categories.iter().any(|c| c.id == i.category) {
            errors.push(DatasetError {
                subject: subject(),
                problem: Problem::UnknownCategory(i.category.clone()),
            });
        }
        if !groups.iter().any(|g| g.id == i.group) {
            errors.push(DatasetError {
                subject: subject(),
                problem: Problem::UnknownGroup(i.group.clone()),
            });
        }
        let expected = *group_unit.entry(i.group.as_str()).or_insert(base_unit);
        if expected != base_unit {
            errors.push(DatasetError {
                subject: subject(),
                problem: Problem::GroupUnitMismatch {
                    group: i.group.clone(),
                    expected,
                    stated: base_unit,
                },
            });
        }
        out.push(Indicator {
            id: i.id.clone(),
            group: i.group.clone(),
            zh: i.zh.clone(),
            label_zh: i.label_zh.clone(),
            base_unit,
            category: i.category.clone(),
        });
    }
    out
}

fn validate_sources(
    sources: &[RawSource],
    seed_text: &HashMap<&str, &str>,
    errors: &mut Vec<DatasetError>,
) -> Vec<Source<String, Vec<String>>> {
    let mut out = Vec::new();
    for s in sources {
        let subject = format!("source `{}`", s.seed);
        match seed_text.get(s.seed.as_str()) {
            None => errors.push(DatasetError {
                subject,
                problem: Problem::UnknownSeed(s.seed.clone()),
            }),
            Some(text) if !text.contains(s.title.as_str()) || s.title.trim().is_empty() => errors.push(DatasetError {
                subject,
                problem: Problem::TitleNotInSeed { seed: s.seed.clone() },
            }),
            Some(text) => {
                for d in s
                    .damaged
                    .iter()
                    .filter(|d| d.trim().is_empty() || !text.contains(d.as_str()))
                {
                    errors.push(DatasetError {
                        subject: format!("source `{}` damaged passage `{d}`", s.seed),
                        problem: Problem::QuoteNotInSeed { seed: s.seed.clone() },
                    });
                }
                out.push(Source {
                    seed: s.seed.clone(),
                    title: s.title.clone(),
                    published: s.published.clone(),
                    text: text.to_string(),
                    damaged: s.damaged.clone(),
                })
            }
        }
    }
    out
}

fn validate_fact(
    raw: &RawFact,
    indicators: &HashMap<&str, &Indicator<String>>,
    seeds: &HashMap<&str, &str>,
    report: &mut impl FnMut(Problem),
) -> Option<Fact<String>> {
    if !valid_id(&raw.id) {
        report(Problem::BadId);
    }
    let region = Region::from_key(&raw.region);
    if region.is_none() {
        report(Problem::UnknownRegion(raw.region.clone()));
    }
    let indicator = indicators.get(raw.indicator.as_str()).copied();
    if indicator.is_none() {
        report(Problem::UnknownIndicator(raw.indicator.clone()));
    }
    let qualifier = Qualifier::from_key(&raw.qualifier);
    if qualifier.is_none() {
        report(Problem::BadQualifier(raw.qualifier.clone()));
    }
    let kind = Kind::from_key(&raw.kind);
    if kind.is_none() {
        report(Problem::BadKind(raw.kind.clone()));
    }
    let period = Period::parse(&raw.period);
    if period.is_none() {
        report(Problem::BadPeriod(raw.period.clone()));
    }
    let base_unit = BaseUnit::from_key(&raw.base_unit);
    if base_unit.is_none() {
        report(Problem::UnknownBaseUnit(raw.base_unit.clone()));
    }
    for (field, text) in [("quote", &raw.quote), ("written", &raw.written)] {
        if text.trim().is_empty() {
            report(Problem::EmptyText(field));
        }
    }

    // Provenance: the quote stands in its seed, the written number in the quote.
    match seeds.get(raw.seed.as_str()) {
        None => report(Problem::UnknownSeed(raw.seed.clone())),
        Some(text) if !text.contains(raw.quote.as_str()) => report(Problem::QuoteNotInSeed { seed: raw.seed.clone() }),
        Some(_) => {}
    }
    if !raw.quote.contains(raw.written.as_str()) {
        report(Problem::WrittenNotInQuote);
    }

    // The numbers: value, unit and qualifier are what the written text says.
    let normalised = normalise(&raw.unit);
    if normalised.is_none() {
        report(Problem::UnknownUnit(raw.unit.clone()));
    }
    match parse_written(&raw.written) {
        Err(e) => report(Problem::UnreadableWritten(e)),
        Ok(w) => {
            if !same_number(w.value, raw.value) {
                report(Problem::ValueNotInQuote {
                    written: w.value,
                    stated: raw.value,
                });
            }
            // A unit cut off from its number by the page layout is excused only on a flagged fact.
            let unit_cut = w.unit.is_empty() && raw.ocr_damaged;
            if w.unit != raw.unit && !unit_cut {
                report(Problem::UnitMismatch {
                    written: w.unit,
                    stated: raw.unit.clone(),
                });
            }
            // A qualifier word may stand apart from the number, but it must stand in the quote.
            let apart = |q: Qualifier| {
                w.qualifier == Qualifier::Exact && qualifier_words(q).any(|word| raw.quote.contains(word))
            };
            if let Some(stated) = qualifier.filter(|q| *q != w.qualifier && !apart(*q)) {
                report(Problem::QualifierMismatch {
                    written: w.qualifier,
                    stated,
                });
            }
        }
    }
    if let (Some((expected, factor)), Some(stated)) = (normalised, base_unit) {
        if expected != stated {
            report(Problem::BaseUnitMismatch { expected, stated });
        }
        let expected_value = raw.value * factor;
        if !same_number(expected_value, raw.base_value) {
            report(Problem::BaseValueMismatch {
                expected: expected_value,
                stated: raw.base_value,
            });
        }
    }
    if let Some(ind) = indicator {
        if ind.category != raw.category {
            report(Problem::CategoryMismatch {
                expected: ind.category.clone(),
                stated: raw.category.clone(),
            });
        }
        if let Some(stated) = base_unit.filter(|u| *u != ind.base_unit) {
            report(Problem::GroupUnitMismatch {
                group: ind.group.clone(),
                expected: ind.base_unit,
                stated,
            });
        }
    }

    Some(Fact {
        id: raw.id.clone(),
        region: region?,
        entity: raw.entity.clone(),
        indicator: raw.indicator.clone(),
        group: indicator.map_or_else(String::new, |i| i.group.clone()),
        written: raw.written.clone(),
        value: raw.value,
        unit: raw.unit.clone(),
        base_value: raw.base_value,
        base_unit: base_unit?,
        qualifier: qualifier?,
        period: period?,
        period_inferred: raw.period_inferred,
        kind: kind?,
        category: raw.category.clone(),
        seed: raw.seed.clone(),
        quote: raw.quote.clone(),
        ocr_damaged: raw.ocr_damaged,
        note: raw.note.clone(),
    })
}
