//! Every piece of text the app writes, one table per language (`zh.rs`, `en.rs`).
//! Adding a language is one file: a `Strings` value (UI text, number style and the data's names),
//! plus its line in `Lang`. Quotes are never translated: they are the source.
//! Pure Rust, depends only on the model's types, so model, chart and ui can all use it.

mod en;
mod zh;

use crate::model::explore::Column;
use crate::model::units::{same_number, trim_decimal};
use crate::model::{BaseUnit, Fact, Kind, Period, Qualifier, Region};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    Zh,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Zh, Lang::En];

    pub fn t(self) -> &'static Strings {
        match self {
            Lang::Zh => &zh::STRINGS,
            Lang::En => &en::STRINGS,
        }
    }

    /// The key in permalinks and local storage ("zh", "en").
    pub fn key(self) -> &'static str {
        self.t().key
    }

    pub fn from_key(key: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.key() == key)
    }
}

/// A language's text. Templates take `{0}`, `{1}`… so a language may reorder them.
#[derive(Debug, Clone, Copy)]
pub struct Strings {
    pub key: &'static str,
    /// BCP 47 tag for `<html lang>` and `lang` attributes.
    pub tag: &'static str,
    /// The language's own name, on the toggle that switches to it.
    pub own_name: &'static str,
    /// Text written in the source language is left alone (Chinese keeps the articles' wording).
    pub is_source: bool,

    // Numbers: scales from the largest, e.g. 亿/万 or billion/million.
    pub scales: &'static [(f64, &'static str)],
    /// Thousands separator below the smallest scale ("" in Chinese).
    pub thousands: &'static str,
    /// After a number, for each base unit.
    pub unit_suffix: PerUnit,
    /// Axis titles.
    pub unit_axis: PerUnit,
    /// Written units other than the base ones ("斤" → " jin"); counts' measure words ("户" → " households").
    pub unit_words: &'static [(&'static str, &'static str)],
    /// A number with its qualifier ("超{0}", "more than {0}").
    pub qualified: PerQualifier,
    pub qualifier_names: PerQualifier,
    pub kind_names: PerKind,
    /// A target's period: "{0} 目标".
    pub target_period: &'static str,

    // Periods.
    pub year: &'static str,
    /// Months in one year: {0} year, {1} first month, {2} last month.
    pub months_in_year: &'static str,
    /// {0}/{1} from year/month, {2}/{3} to year/month.
    pub months_across: &'static str,
    pub years: &'static str,
    pub month_names: [&'static str; 12],
    pub cumulative: &'static str,
    pub unknown_year: &'static str,
    pub inferred: &'static str,

    /// By `Region` order (`Region::ALL`).
    pub regions: [&'static str; 5],
    pub list_sep: &'static str,
    pub clause_sep: &'static str,
    pub label_sep: &'static str,
    /// "{0}（{1}）"
    pub paren: &'static str,
    /// An article title: "《{0}》".
    pub title_quote: &'static str,

    // App.
    pub app_title: &'static str,
    pub lede: &'static str,
    pub footer: &'static str,
    /// Tab names (`app::View::name` picks one).
    pub views: ViewNames,
    pub views_label: &'static str,
    pub lang_label: &'static str,
    pub skip_link: &'static str,
    pub dismiss: &'static str,
    pub dismiss_label: &'static str,
    pub bad_link: &'static str,
    pub link_too_long: &'static str,
    pub crashed: &'static str,
    pub reload: &'static str,
    /// What the live region says on a view change: "{0}".
    pub announce_view: &'static str,
    /// On a slide change: {0} index, {1} count, {2} takeaway.
    pub announce_slide: &'static str,
    pub theme_label: &'static str,
    /// The theme chooser's options (`app::Theme::name` picks one).
    pub theme_names: ThemeNames,

    // Views.
    pub notes_title: &'static str,
    pub group_label: &'static str,
    pub group_help: &'static str,
    pub legend_label: &'static str,
    pub context_tag: &'static str,
    pub normalised_toggle: &'static str,
    pub conversions_title: &'static str,
    pub region_label: &'static str,
    pub tiles_title: &'static str,
    pub tile_count: &'static str,
    pub coverage_caption: &'static str,
    pub total: &'static str,
    pub coverage_hint: &'static str,
    pub cell_title: &'static str,
    pub search: &'static str,
    pub search_placeholder: &'static str,
    pub all: &'static str,
    pub category_label: &'static str,
    pub period_label: &'static str,
    pub qualifier_label: &'static str,
    pub kind_label: &'static str,
    pub explorer_count: &'static str,
    /// The explorer's column heads.
    pub columns: ColumnNames,
    pub article_label: &'static str,
    pub extracted: &'static str,
    pub table_show: &'static str,
    pub table_hide: &'static str,
    pub table_caption: &'static str,
    pub table_columns: [&'static str; 4],
    pub chart_keys: &'static str,
    pub error_unknown_group: &'static str,
    pub error_no_indicators: &'static str,
    pub error_too_small: &'static str,
    pub error_draw: &'static str,

    // Figures and quotes.
    pub fact_list_title: &'static str,
    pub not_reported: &'static str,
    pub not_reported_lead: &'static str,
    pub not_reported_tail: &'static str,
    pub not_reported_meta: &'static str,
    pub note_prefix: &'static str,
    pub open_in_article: &'static str,
    pub click_to_open: &'static str,
    pub n_figures: &'static str,
    pub cell_empty: &'static str,
    pub cell_click: &'static str,
    pub article_missing: &'static str,
    pub fact_missing: &'static str,
    pub damaged: &'static str,
    pub damaged_title: &'static str,
    pub reader_label: &'static str,
    pub close_reader: &'static str,

    // Toolbar.
    pub toolbar_label: &'static str,
    pub copy_link: &'static str,
    pub copied: &'static str,
    pub copy_by_hand: &'static str,
    pub png: &'static str,
    pub svg: &'static str,
    pub made: &'static str,
    pub csv_page: &'static str,
    pub json_page: &'static str,
    pub csv_all: &'static str,
    pub json_all: &'static str,
    pub data_made: &'static str,
    pub download_failed: &'static str,

    // Presentation.
    pub present_label: &'static str,
    pub slide_role: &'static str,
    pub prev_slide: &'static str,
    pub next_slide: &'static str,
    pub fullscreen: &'static str,
    pub exit: &'static str,
    pub present_keys: &'static str,
    pub slide_error: &'static str,

    // Charts.
    /// The chart legend's entries.
    pub swatches: Swatches,
    pub not_mentioned: &'static str,
    pub context_region: &'static str,
    pub written_prefix: &'static str,
    pub bar_height: &'static str,
    pub inferred_key: &'static str,
    pub labels_normalised: &'static str,
    pub labels_written: &'static str,
    pub compare_subtitle: &'static str,
    pub compare_summary: &'static str,
    pub source_line: &'static str,
    pub source_none: &'static str,
    pub composition_title: &'static str,
    pub composition_subtitle: &'static str,
    pub composition_summary: &'static str,
    pub stacked: &'static str,
    pub bands: &'static str,
    pub total_of: &'static str,
    pub sum_of_parts: &'static str,
    pub actual: &'static str,
    pub target: &'static str,
    pub progress_item: &'static str,
    pub progress: &'static str,
    pub progress_note: &'static str,
    pub timeline_title: &'static str,
    pub timeline_subtitle: &'static str,
    pub timeline_summary: &'static str,
    pub profile_title: &'static str,
    pub profile_subtitle: &'static str,
    pub profile_summary: &'static str,
    pub coverage_title: &'static str,
    pub coverage_subtitle: &'static str,
    pub coverage_summary: &'static str,
    pub conversion: &'static str,

    // Slides' takeaways.
    pub take_head: &'static str,
    pub take_ratio: &'static str,
    pub take_ratio_about: &'static str,
    pub take_silent: &'static str,
    pub take_group: &'static str,
    pub take_share: &'static str,
    pub take_parts: &'static str,
    pub take_progress: &'static str,
    pub take_region: &'static str,
    pub take_coverage: &'static str,
    pub take_emptiest: &'static str,
    pub take_coverage_end: &'static str,
    pub none: &'static str,
    pub sentence_end: &'static str,

    /// The data's names (categories, groups, indicators, entities, notes, article titles), keyed by
    /// their Chinese text and sorted by it; empty for the source language.
    pub names: &'static [(&'static str, &'static str)],
}

/// A text for each base unit (named fields, so a new unit or a reordered enum is a compile error, not a
/// wrong word).
#[derive(Debug, Clone, Copy)]
pub struct PerUnit {
    pub yuan: &'static str,
    pub ton: &'static str,
    pub mu: &'static str,
    pub km: &'static str,
    pub cubic_metre: &'static str,
    pub percent: &'static str,
    pub count: &'static str,
}

impl PerUnit {
    pub fn get(&self, unit: BaseUnit) -> &'static str {
        match unit {
            BaseUnit::Yuan => self.yuan,
            BaseUnit::Ton => self.ton,
            BaseUnit::Mu => self.mu,
            BaseUnit::Km => self.km,
            BaseUnit::CubicMeter => self.cubic_metre,
            BaseUnit::Percent => self.percent,
            BaseUnit::Count => self.count,
        }
    }
}

/// A text for each qualifier.
#[derive(Debug, Clone, Copy)]
pub struct PerQualifier {
    pub exact: &'static str,
    pub more_than: &'static str,
    pub approx: &'static str,
    pub at_least: &'static str,
}

impl PerQualifier {
    pub fn get(&self, q: Qualifier) -> &'static str {
        match q {
            Qualifier::Exact => self.exact,
            Qualifier::MoreThan => self.more_than,
            Qualifier::Approx => self.approx,
            Qualifier::AtLeast => self.at_least,
        }
    }
}

/// A text for achievements and for targets.
#[derive(Debug, Clone, Copy)]
pub struct PerKind {
    pub actual: &'static str,
    pub target: &'static str,
}

impl PerKind {
    pub fn get(&self, k: Kind) -> &'static str {
        match k {
            Kind::Actual => self.actual,
            Kind::Target => self.target,
        }
    }
}

/// The views' names on their tabs (the views themselves are the app's: `app::View::name` matches on them).
#[derive(Debug, Clone, Copy)]
pub struct ViewNames {
    pub compare: &'static str,
    pub composition: &'static str,
    pub timeline: &'static str,
    pub profile: &'static str,
    pub coverage: &'static str,
    pub explorer: &'static str,
    pub sources: &'static str,
    pub present: &'static str,
}

/// The themes' names (`app::Theme::name`).
#[derive(Debug, Clone, Copy)]
pub struct ThemeNames {
    pub auto: &'static str,
    pub light: &'static str,
    pub dark: &'static str,
    pub projector_light: &'static str,
    pub projector_dark: &'static str,
}

/// The explorer's column heads.
#[derive(Debug, Clone, Copy)]
pub struct ColumnNames {
    pub region: &'static str,
    pub indicator: &'static str,
    pub value: &'static str,
    pub period: &'static str,
    pub kind: &'static str,
    pub qualifier: &'static str,
    pub category: &'static str,
    pub source: &'static str,
}

impl ColumnNames {
    pub fn get(&self, c: Column) -> &'static str {
        match c {
            Column::Region => self.region,
            Column::Indicator => self.indicator,
            Column::Value => self.value,
            Column::Period => self.period,
            Column::Kind => self.kind,
            Column::Qualifier => self.qualifier,
            Column::Category => self.category,
            Column::Source => self.source,
        }
    }
}

/// The chart legend's entries (未报道 has its own text, `not_reported`).
#[derive(Debug, Clone, Copy)]
pub struct Swatches {
    pub actual: &'static str,
    pub target: &'static str,
    pub more_than: &'static str,
    pub approx: &'static str,
}

/// Fills `{0}`, `{1}`… of a template.
pub fn fill(template: &str, args: &[&str]) -> String {
    let mut out = String::with_capacity(template.len() + args.iter().map(|a| a.len()).sum::<usize>());
    let mut rest = template;
    while let Some(at) = rest.find('{') {
        out.push_str(&rest[..at]);
        let tail = &rest[at + 1..];
        match tail
            .split_once('}')
            .and_then(|(n, after)| Some((n.parse::<usize>().ok()?, after)))
        {
            Some((n, after)) => {
                out.push_str(args.get(n).copied().unwrap_or(""));
                rest = after;
            }
            None => {
                out.push('{');
                rest = tail;
            }
        }
    }
    out.push_str(rest);
    out
}

impl Strings {
    /// A data string (a name, a note, a title) in this language; the Chinese text itself if untranslated.
    pub fn name(&self, zh: &'static str) -> &'static str {
        if self.is_source {
            return zh;
        }
        match self.names.binary_search_by(|(k, _)| k.cmp(&zh)) {
            Ok(i) => self.names[i].1,
            Err(_) => zh,
        }
    }

    pub fn region(&self, r: Region) -> &'static str {
        let n = &self.regions;
        match r {
            Region::Shangdang => n[0],
            Region::Yanhu => n[1],
            Region::Wanrong => n[2],
            Region::Changzhi => n[3],
            Region::Weizi => n[4],
        }
    }

    pub fn qualifier(&self, q: Qualifier) -> &'static str {
        self.qualifier_names.get(q)
    }

    pub fn kind(&self, k: Kind) -> &'static str {
        self.kind_names.get(k)
    }

    /// A plain number in this language's style: 88000 → "8.8万" / "88,000"; 2.55e9 → "25.5亿" / "2.55 billion".
    /// A scale is used only where the scaled number stays short (at most two decimals).
    pub fn number(&self, value: f64) -> String {
        let magnitude = value.abs();
        for &(scale, word) in self.scales {
            if magnitude >= scale {
                let scaled = value / scale;
                let rounded = (scaled * 100.0).round() / 100.0;
                if same_number(rounded, scaled) || magnitude >= scale * 1e3 {
                    return format!("{}{word}", trim_decimal(scaled, 2));
                }
            }
        }
        let text = trim_decimal(value, 2);
        if self.thousands.is_empty() {
            return text;
        }
        let (int, frac) = text
            .split_once('.')
            .map_or((text.as_str(), None), |(i, f)| (i, Some(f)));
        let (sign, digits) = int.strip_prefix('-').map_or(("", int), |d| ("-", d));
        let mut grouped = String::from(sign);
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                grouped.push_str(self.thousands);
            }
            grouped.push(c);
        }
        if let Some(frac) = frac {
            grouped.push('.');
            grouped.push_str(frac);
        }
        grouped
    }

    /// A base value with its unit: "8.8万吨" / "88,000 t".
    pub fn amount(&self, value: f64, unit: BaseUnit) -> String {
        format!("{}{}", self.number(value), self.unit_suffix.get(unit))
    }

    pub fn axis(&self, unit: BaseUnit) -> &'static str {
        self.unit_axis.get(unit)
    }

    pub fn qualify(&self, q: Qualifier, text: &str) -> String {
        fill(self.qualified.get(q), &[text])
    }

    /// A written unit's word after a number ("斤" → " jin"), or "" for plain counts.
    fn unit_word(&self, unit: &str) -> &'static str {
        if let Some(u) = BaseUnit::from_key(unit) {
            return self.unit_suffix.get(u);
        }
        self.unit_words.iter().find(|(k, _)| *k == unit).map_or("", |(_, v)| *v)
    }

    /// The number as the article writes it: the article's own words in Chinese; in another language,
    /// the same number, unit and qualifier ("900余万元" → "more than 9 million yuan").
    pub fn written(&self, f: &Fact) -> String {
        if self.is_source {
            return f.written.to_string();
        }
        let (factor, word) = match f.unit.strip_prefix('亿') {
            Some(rest) => (1e8, rest),
            None => match f.unit.strip_prefix('万') {
                Some(rest) => (1e4, rest),
                None => (1.0, f.unit),
            },
        };
        let text = format!("{}{}", self.number(f.value * factor), self.unit_word(word));
        self.qualify(f.qualifier, &text)
    }

    /// The normalised value with its qualifier; counts keep their measure word ("1.1万户").
    pub fn normalised(&self, f: &Fact) -> String {
        let text = match f.base_unit {
            BaseUnit::Count if self.is_source => {
                format!("{}{}", self.number(f.base_value), f.unit.trim_start_matches('万'))
            }
            BaseUnit::Count => format!(
                "{}{}",
                self.number(f.base_value),
                self.unit_word(f.unit.trim_start_matches('万'))
            ),
            unit => self.amount(f.base_value, unit),
        };
        if self.is_source && text == f.written {
            return text;
        }
        self.qualify(f.qualifier, &text)
    }

    pub fn period(&self, p: Period) -> String {
        let month = |m: u8| self.month_names[usize::from(m.clamp(1, 12)) - 1];
        match p {
            Period::Year(y) => fill(self.year, &[&y.to_string()]),
            Period::Months { from, to } if from.0 == to.0 => {
                fill(self.months_in_year, &[&from.0.to_string(), month(from.1), month(to.1)])
            }
            Period::Months { from, to } => fill(
                self.months_across,
                &[&from.0.to_string(), month(from.1), &to.0.to_string(), month(to.1)],
            ),
            Period::Years { from, to } => fill(self.years, &[&from.to_string(), &to.to_string()]),
            Period::Cumulative => self.cumulative.to_string(),
            Period::Unknown => self.unknown_year.to_string(),
        }
    }

    /// "2025年（据文意推定）"
    pub fn fact_period(&self, f: &Fact) -> String {
        let mut text = self.period(f.period);
        if f.period_inferred {
            text.push_str(self.inferred);
        }
        text
    }

    pub fn title(&self, title: &str) -> String {
        fill(self.title_quote, &[title])
    }

    pub fn paren(&self, a: &str, b: &str) -> String {
        fill(self.paren, &[a, b])
    }
}
