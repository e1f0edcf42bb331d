//! Turns the raw dataset files into typed data, or says exactly which entry is wrong and why.
//! Runs in the build script (a bad dataset fails the build) and in the tests.

use std::collections::{HashMap, HashSet};
use std::fmt;

use super::raw::{RawArticle, RawCatalogue, RawFact, RawRegion};
use super::types::{
    BaseUnit, Category, Composition, Fact, Group, Indicator, Kind, Period, PeriodKind, Qualifier, RegionInfo, Scope,
    Source,
};
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
    BadPeriodKind(String),
    /// The period is not one the kind of period admits (a year's flow over months…).
    PeriodKindMismatch {
        kind: PeriodKind,
        period: Period,
    },
    /// An inferred year, but the period has no year.
    InferredWithoutYear,
    BadScope(String),
    /// An area, sector, programme or entity without its name, or a region-wide figure with one.
    ScopeName {
        scope: &'static str,
    },
    BadRole(String),
    /// `from` or `until` of an article is not in its seed, or not once.
    SpanNotInSeed {
        text: String,
    },
    /// The quote lies in no article of its seed (the page's other items are out of scope).
    QuoteOutsideArticles,
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
            Problem::BadPeriodKind(k) => {
                write!(
                    f,
                    "period_kind must be year, part_year, multi_year, stock or level, not `{k}`"
                )
            }
            Problem::PeriodKindMismatch { kind, period } => {
                write!(f, "a `{}` period cannot be `{period}`", kind.key())
            }
            Problem::InferredWithoutYear => write!(f, "period_inferred, but the period has no year"),
            Problem::BadScope(s) => write!(f, "scope must be region, area, sector, programme or entity, not `{s}`"),
            Problem::ScopeName { scope } => write!(
                f,
                "scope `{scope}` {} a scope_name",
                if *scope == "region" { "takes no" } else { "needs" }
            ),
            Problem::BadRole(r) => write!(f, "role must be `focus` or `context`, not `{r}`"),
            Problem::SpanNotInSeed { text } => write!(f, "`{text}` does not stand once in the seed"),
            Problem::QuoteOutsideArticles => write!(f, "the quote lies in no article of its seed"),
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
    pub regions: Vec<RegionInfo<String>>,
    pub facts: Vec<Fact<String, String>>,
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
    regions: &[RawRegion],
    articles: &[RawArticle],
    seeds: &[Seed<'_>],
) -> Result<Validated, Vec<DatasetError>> {
    let mut errors = Vec::new();
    let seed_text: HashMap<&str, &str> = seeds.iter().map(|s| (s.name, s.text)).collect();

    let regions = validate_regions(regions, &mut errors);
    let categories = validate_categories(catalogue, &mut errors);
    let groups = validate_groups(catalogue, &categories, &mut errors);
    let indicators = validate_indicators(catalogue, &categories, &groups, &mut errors);
    let sources = validate_articles(articles, &seed_text, &mut errors);
    let context = FactContext {
        regions: &regions,
        sources: &sources,
    };

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
        if let Some(fact) = validate_fact(raw, &by_id, &seed_text, &context, &mut report) {
            out.push(fact);
        }
    }
    if errors.is_empty() {
        Ok(Validated {
            regions,
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
            size_dependent: i.size_dependent,
        });
    }
    out
}

fn validate_regions(regions: &[RawRegion], errors: &mut Vec<DatasetError>) -> Vec<RegionInfo<String>> {
    check_ids("region", regions.iter().map(|r| r.id.as_str()), errors);
    let mut out = Vec::new();
    for (slot, r) in regions.iter().enumerate() {
        let focus = match r.role.as_str() {
            "focus" => true,
            "context" => false,
            other => {
                errors.push(DatasetError {
                    subject: format!("region `{}`", r.id),
                    problem: Problem::BadRole(other.to_string()),
                });
                false
            }
        };
        if r.zh.trim().is_empty() {
            errors.push(DatasetError {
                subject: format!("region `{}`", r.id),
                problem: Problem::EmptyText("zh"),
            });
        }
        out.push(RegionInfo {
            key: r.id.clone(),
            zh: r.zh.clone(),
            focus,
            slot: u8::try_from(slot).unwrap_or(u8::MAX),
        });
    }
    out
}

/// Where `text` stands in `seed`, if it stands there exactly once.
fn once(seed: &str, text: &str) -> Option<usize> {
    let at = seed.find(text)?;
    (seed[at + text.len()..].find(text).is_none() && !text.is_empty()).then_some(at)
}

fn validate_articles(
    articles: &[RawArticle],
    seed_text: &HashMap<&str, &str>,
    errors: &mut Vec<DatasetError>,
) -> Vec<Source<String, Vec<String>>> {
    check_ids("article", articles.iter().map(|a| a.id.as_str()), errors);
    let mut out = Vec::new();
    for a in articles {
        let subject = || format!("article `{}`", a.id);
        let Some(text) = seed_text.get(a.seed.as_str()) else {
            errors.push(DatasetError {
                subject: subject(),
                problem: Problem::UnknownSeed(a.seed.clone()),
            });
            continue;
        };
        let mut bound = |marker: &Option<String>, default: usize| match marker {
            None => Some(default),
            Some(m) => {
                let at = once(text, m);
                if at.is_none() {
                    errors.push(DatasetError {
                        subject: subject(),
                        problem: Problem::SpanNotInSeed { text: m.clone() },
                    });
                }
                at
            }
        };
        let (Some(start), Some(end)) = (bound(&a.from, 0), bound(&a.until, text.len())) else {
            continue;
        };
        let body = &text[start..end.max(start)];
        if a.title.trim().is_empty() || !body.contains(a.title.as_str()) {
            errors.push(DatasetError {
                subject: subject(),
                problem: Problem::TitleNotInSeed { seed: a.seed.clone() },
            });
        }
        for d in a
            .damaged
            .iter()
            .filter(|d| d.trim().is_empty() || !body.contains(d.as_str()))
        {
            errors.push(DatasetError {
                subject: format!("article `{}` damaged passage `{d}`", a.id),
                problem: Problem::QuoteNotInSeed { seed: a.seed.clone() },
            });
        }
        out.push(Source {
            id: a.id.clone(),
            seed: a.seed.clone(),
            title: a.title.clone(),
            published: a.published.clone(),
            text: body.to_string(),
            offset: start,
            damaged: a.damaged.clone(),
        });
    }
    out
}

/// What a fact is checked against besides the catalogue and the seeds.
struct FactContext<'a> {
    regions: &'a [RegionInfo<String>],
    sources: &'a [Source<String, Vec<String>>],
}

fn parse_scope(raw: &RawFact, report: &mut impl FnMut(Problem)) -> Option<Scope<String>> {
    let name = raw.scope_name.clone().filter(|n| !n.trim().is_empty());
    let scope = match (raw.scope.as_str(), name) {
        ("region", None) => Scope::Region,
        ("area", Some(n)) => Scope::Area(n),
        ("sector", Some(n)) => Scope::Sector(n),
        ("programme", Some(n)) => Scope::Programme(n),
        ("entity", Some(n)) => Scope::Entity(n),
        (s @ ("region" | "area" | "sector" | "programme" | "entity"), _) => {
            let scope = ["region", "area", "sector", "programme", "entity"]
                .into_iter()
                .find(|k| *k == s)
                .unwrap_or("region");
            report(Problem::ScopeName { scope });
            return None;
        }
        (other, _) => {
            report(Problem::BadScope(other.to_string()));
            return None;
        }
    };
    Some(scope)
}

fn validate_fact(
    raw: &RawFact,
    indicators: &HashMap<&str, &Indicator<String>>,
    seeds: &HashMap<&str, &str>,
    context: &FactContext<'_>,
    report: &mut impl FnMut(Problem),
) -> Option<Fact<String, String>> {
    if !valid_id(&raw.id) {
        report(Problem::BadId);
    }
    let region = context
        .regions
        .iter()
        .find(|r| r.key == raw.region)
        .map(|r| r.key.clone());
    if region.is_none() {
        report(Problem::UnknownRegion(raw.region.clone()));
    }
    let scope = parse_scope(raw, report);
    let period_kind = PeriodKind::from_key(&raw.period_kind);
    if period_kind.is_none() {
        report(Problem::BadPeriodKind(raw.period_kind.clone()));
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

    if let (Some(kind), Some(period)) = (period_kind, period) {
        if !kind.admits(period) {
            report(Problem::PeriodKindMismatch { kind, period });
        }
    }
    if raw.period_inferred && period.is_some_and(|p| p.year().is_none()) {
        report(Problem::InferredWithoutYear);
    }

    // Provenance: the quote stands in its seed, within one of its articles; the written number in the quote.
    let mut article = None;
    match seeds.get(raw.seed.as_str()) {
        None => report(Problem::UnknownSeed(raw.seed.clone())),
        Some(text) => match text.find(raw.quote.as_str()) {
            None => report(Problem::QuoteNotInSeed { seed: raw.seed.clone() }),
            Some(at) => {
                article = context
                    .sources
                    .iter()
                    .find(|s| s.seed == raw.seed && s.offset <= at && at + raw.quote.len() <= s.offset + s.text.len())
                    .map(|s| s.id.clone());
                if article.is_none() {
                    report(Problem::QuoteOutsideArticles);
                }
            }
        },
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
        scope: scope?,
        indicator: raw.indicator.clone(),
        group: indicator.map_or_else(String::new, |i| i.group.clone()),
        written: raw.written.clone(),
        value: raw.value,
        unit: raw.unit.clone(),
        base_value: raw.base_value,
        base_unit: base_unit?,
        qualifier: qualifier?,
        period: period?,
        period_kind: period_kind?,
        period_inferred: raw.period_inferred,
        kind: kind?,
        category: raw.category.clone(),
        seed: raw.seed.clone(),
        article: article?,
        quote: raw.quote.clone(),
        ocr_damaged: raw.ocr_damaged,
        note: raw.note.clone(),
    })
}

/// Every Chinese name the data shows, which another language must translate (`assets/names.<lang>.json`):
/// regions, categories, groups and their notes, indicators and their labels, the areas, sectors,
/// programmes and entities figures are about, the facts' notes, and the articles' titles and dates.
pub fn names_used(v: &Validated) -> std::collections::BTreeSet<String> {
    let mut out = std::collections::BTreeSet::new();
    out.extend(v.regions.iter().map(|r| r.zh.clone()));
    out.extend(v.categories.iter().map(|c| c.zh.clone()));
    for g in &v.groups {
        out.insert(g.zh.clone());
        out.extend(g.note_zh.clone());
    }
    for i in &v.indicators {
        out.insert(i.zh.clone());
        out.insert(i.label_zh.clone());
    }
    for f in &v.facts {
        out.extend(f.scope.name().cloned());
        out.extend(f.note.clone());
    }
    for s in &v.sources {
        out.insert(s.title.clone());
        out.insert(s.published.clone());
    }
    out
}
