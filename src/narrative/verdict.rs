//! Comparability judgments in words: the verdict line a chart, a table, a tooltip or an export carries,
//! each reason naming the places it is about, in the reader's language; and the judgment of every fact
//! as the comparison of its group makes it (for exports).

use std::collections::HashMap;

use crate::i18n::{fill, Strings};
use crate::model::{compare, judge, Across, Dataset, Fact, Judgment, Reason, Region, Scope, Verdict};

/// Regions named once each, joined ("上党区、万荣县").
fn regions(rs: &[Region], t: &Strings) -> String {
    rs.iter().map(|r| t.region(*r)).collect::<Vec<_>>().join(t.list_sep)
}

/// "上党区：一年、万荣县：多年合计" — one entry per (region, what differs); the region is left out when all
/// are about one place (a region over time).
fn each<T>(items: &[(Region, T)], t: &Strings, say: impl Fn(&T) -> String) -> String {
    let one_place = items.iter().all(|(r, _)| Some(r) == items.first().map(|i| &i.0));
    items
        .iter()
        .map(|(r, x)| {
            if one_place {
                say(x)
            } else {
                format!("{}{}{}", t.region(*r), t.label_sep, say(x))
            }
        })
        .collect::<Vec<_>>()
        .join(t.list_sep)
}

/// What part of the world a scope is, in words.
pub fn scope_text(scope: &Scope, t: &Strings) -> String {
    match scope.name() {
        Some(name) => t.name(name).to_string(),
        None => t.whole_region.to_string(),
    }
}

/// One reason as a phrase.
pub fn reason_text(ds: &Dataset, reason: &Reason, t: &Strings) -> String {
    let r = &t.reasons;
    match reason {
        Reason::DifferentMeasures(v) => fill(
            r.different_measures,
            &[&each(v, t, |id| {
                t.name(ds.indicator(id).map_or(id, |i| i.zh)).to_string()
            })],
        ),
        Reason::DifferentScopes(v) => fill(r.different_scopes, &[&each(v, t, |s| scope_text(s, t))]),
        Reason::DifferentPeriodKinds(v) => fill(
            r.different_period_kinds,
            &[&each(v, t, |k| t.period_kinds.get(*k).to_string())],
        ),
        Reason::DifferentSpans(v) => fill(r.different_spans, &[&each(v, t, |p| t.period(*p))]),
        Reason::OnlyOnePlace(region) => fill(r.only_one_place, &[t.region(*region)]),
        Reason::OneEntity(region, name) => fill(r.one_entity, &[t.region(*region), t.name(name)]),
        Reason::DifferentYears(v) => fill(r.different_years, &[&each(v, t, |p| t.period(*p))]),
        Reason::Undated(v) => fill(r.undated, &[&regions(v, t)]),
        Reason::InferredYear(v) => fill(r.inferred_year, &[&regions(v, t)]),
        Reason::LowerBound(v) => fill(r.lower_bound, &[&regions(v, t)]),
        Reason::Approximate(v) => fill(r.approximate, &[&regions(v, t)]),
        Reason::Target(v) => fill(r.target, &[&regions(v, t)]),
        Reason::SizeDependent => r.size_dependent.to_string(),
    }
}

/// The reasons alone, joined ("年份不同（…）；万荣县为下限…"); empty when there are none.
pub fn reasons_text(ds: &Dataset, j: &Judgment, t: &Strings) -> String {
    j.reasons
        .iter()
        .map(|r| reason_text(ds, r, t))
        .collect::<Vec<_>>()
        .join(t.clause_sep)
}

/// "可比，但须注意：年份不同（…）；…" — the verdict and its reasons, as a chart states it.
pub fn verdict_line(ds: &Dataset, j: &Judgment, t: &Strings) -> String {
    let name = t.verdicts.get(j.verdict);
    if j.reasons.is_empty() {
        name.to_string()
    } else {
        fill(t.verdict_line, &[name, &reasons_text(ds, j, t)])
    }
}

/// Each fact's comparison (the set it shares an axis with, `group/set`) and its judgment, as the compare
/// view of its group makes them: the figures the exports and the tables describe.
pub struct FactVerdicts {
    by_fact: HashMap<&'static str, (String, Judgment)>,
}

impl FactVerdicts {
    pub fn new(ds: &Dataset, facts: &[&'static Fact]) -> FactVerdicts {
        let mut by_fact = HashMap::new();
        let mut groups: Vec<&str> = facts.iter().map(|f| f.group).collect();
        groups.dedup();
        for group in groups {
            let Ok(c) = compare(ds, group) else { continue };
            for set in &c.sets {
                for f in &set.facts {
                    by_fact.insert(f.id, (format!("{group}/{}", set.key), set.judgment.clone()));
                }
            }
        }
        // Figures the comparison leaves out (one village, one co-op): their own set, not comparable.
        for f in facts {
            by_fact.entry(f.id).or_insert_with(|| {
                (
                    format!("{}/{}@entity", f.group, f.indicator),
                    judge(ds, &[*f], Across::Places),
                )
            });
        }
        FactVerdicts { by_fact }
    }

    pub fn of(&self, f: &Fact) -> Option<&(String, Judgment)> {
        self.by_fact.get(f.id)
    }

    /// The verdict of a fact, or not comparable where none was made.
    pub fn verdict(&self, f: &Fact) -> Verdict {
        self.of(f).map_or(Verdict::NotComparable, |(_, j)| j.verdict)
    }
}
