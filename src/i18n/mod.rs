//! Every piece of text the app writes, one table per language (`zh.rs`, `en.rs`).
//! Adding a language is one file: a `Strings` value (UI text, number style and the data's names),
//! plus its line in `Lang`. Quotes are never translated: they are the source.
//! Pure Rust, depends only on the model's types, so model, chart and ui can all use it.

mod en;
mod zh;

use crate::model::explore::Column;
use crate::model::units::{same_number, trim_decimal};
use crate::model::{BaseUnit, Fact, Kind, Period, PeriodKind, Qualifier, Region, Verdict};

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
    /// What kind of time a figure covers ("一年", "未注明年份的年水平").
    pub period_kinds: PerPeriodKind,
    /// The verdicts' names, and the line that states one with its reasons: "{0}：{1}".
    pub verdicts: PerVerdict,
    pub verdict_line: &'static str,
    /// Why figures are or are not comparable ({0}: the regions or the list they name).
    pub reasons: ReasonTexts,
    /// A figure about the whole region (its scope), e.g. in a list of scopes.
    /// Before each caveat drawn at a chart's foot.
    pub note_mark: &'static str,
    /// A comparison drawn as several panels (sets that share no axis): {0} the verdict (or partly
    /// comparable), {1} how many panels.
    pub verdict_panels: &'static str,
    pub partly_comparable: &'static str,
    /// A chart's citation: {0} its title, {1} its source line, {2} the link, {3} the day it was read.
    pub cite_text: &'static str,
    /// The 关于与方法 page.
    pub about: AboutTexts,
    /// A day: {0} year, {1} month (from `months`), {2} day.
    pub date_format: &'static str,
    pub months: [&'static str; 12],
    /// The short verdicts of the compare view's group list.
    pub verdict_tags: VerdictTags,
    /// Added to a verdict line when some of the group's figures are only one place's.
    pub partial_note: &'static str,
    pub whole_region: &'static str,
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
    /// 今年以来: "{0}年初至发稿" / "{0} to date".
    pub year_to_date: &'static str,
    pub unknown_year: &'static str,
    pub inferred: &'static str,

    pub list_sep: &'static str,
    pub clause_sep: &'static str,
    /// Between two sentences: "" in Chinese (the full stop ends it), " " in English.
    pub sentence_sep: &'static str,
    /// Between the parts of one aside: "100%，2023年".
    pub comma: &'static str,
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
    /// A link asked for the timeline of {0}, which has none; {1}'s is shown.
    pub no_timeline: &'static str,
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
    /// The explorer sorted by value: how (units first; {0} the units in order).
    pub sort_value_note: &'static str,
    /// The explorer with search words: how matches are ranked.
    pub search_rank_note: &'static str,
    /// The explorer's button that shows a row's quote under it.
    pub show_quote: &'static str,
    /// The one button that holds the downloads on a narrow screen.
    pub downloads: &'static str,
    pub copy_link: &'static str,
    pub copied: &'static str,
    pub copy_by_hand: &'static str,
    /// Copied from the offline file: a link to the hosted page at this view.
    pub copied_hosted: &'static str,
    /// Copied from the offline file with no hosted page known: a file:// address.
    pub copied_file: &'static str,
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
    /// A place's headline figure: {0} region, {1} label, {2} the figure with its period (`Strings::said`).
    pub take_head: &'static str,
    /// {0} the larger figure's region, {1} the bound ("", "约", "至少", "至多"), {2} the smaller's region,
    /// {3} the ratio, {4} how it was computed (the two figures as written and their periods).
    pub take_ratio: &'static str,
    /// The bound words of a computed ratio.
    pub ratio_about: &'static str,
    pub ratio_at_least: &'static str,
    pub ratio_at_most: &'static str,
    /// "{0} ÷ {1}".
    pub ratio_of: &'static str,
    /// Figures only side by side: {0} the group, {1} the figures, each with its scope and kind of period.
    pub take_side_by_side: &'static str,
    /// One figure set beside others: {0} region, {1} label, {2} the figure with its scope, kind of period and
    /// period (`Strings::said`).
    pub take_item: &'static str,
    /// Units a reader of this language may not know, by the Chinese unit word a figure is written in, and
    /// what it is: ("斤", "1 jin = 0.5 kg"). Empty in Chinese.
    pub unit_glossary: &'static [(&'static str, &'static str)],
    /// "Chinese units: {0}": the glossary entries a figure uses.
    pub units_note: &'static str,
    /// A label between a place and its figure in a takeaway: "（{0}）：" / " ({0}): ".
    pub take_label: &'static str,
    /// Between a place and its figure when there is no label.
    pub take_no_label: &'static str,
    /// After a sentence naming an inferred year (marked *).
    pub take_inferred: &'static str,
    /// Shares computed from the parts and the total.
    pub take_computed_shares: &'static str,
    /// A target whose progress is not computed, and the readings: {0} indicator, {1} target with its period,
    /// {2} why, {3} the readings.
    pub take_unmeasured: &'static str,
    /// {0} the yearly figures added up, {1} their share of the target; {2} the latest, {3} its share.
    pub readings: &'static str,
    /// The groups only side by side, on the closing slide: {0} how many, {1} which.
    pub take_not_comparable: &'static str,
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

/// A text for each kind of period.
#[derive(Debug, Clone, Copy)]
pub struct PerPeriodKind {
    pub year: &'static str,
    pub part_year: &'static str,
    pub multi_year: &'static str,
    pub stock: &'static str,
    pub level: &'static str,
}

impl PerPeriodKind {
    pub fn get(&self, k: PeriodKind) -> &'static str {
        match k {
            PeriodKind::Year => self.year,
            PeriodKind::PartYear => self.part_year,
            PeriodKind::MultiYear => self.multi_year,
            PeriodKind::Stock => self.stock,
            PeriodKind::Level => self.level,
        }
    }
}

/// The 关于与方法 page: headings and paragraphs (the articles and rules come from the data).
#[derive(Debug, Clone, Copy)]
pub struct AboutTexts {
    pub intro: &'static str,
    pub articles_title: &'static str,
    /// One article: {0} its id, {1} date and how its years were read, {2} its seed file, {3} figures taken.
    pub article_line: &'static str,
    /// An article that shares its file with another: {0} the other's title.
    pub shared_page: &'static str,
    pub outlet: &'static str,
    pub method_title: &'static str,
    pub method: &'static [&'static str],
    pub rules_title: &'static str,
    pub rules_intro: &'static str,
    /// Each reason: what it is, and why it keeps figures apart (or what to keep in mind).
    pub rules: &'static [(&'static str, &'static str)],
    pub computed_title: &'static str,
    pub computed: &'static [&'static str],
    pub cite_title: &'static str,
    /// {0} the view whose chart is cited.
    pub cite_help: &'static str,
    pub copy_cite: &'static str,
    pub cite_copied: &'static str,
    pub cite_by_hand: &'static str,
}

/// The group list's short verdicts.
#[derive(Debug, Clone, Copy)]
pub struct VerdictTags {
    pub comparable: &'static str,
    pub with_caveats: &'static str,
    pub not_comparable: &'static str,
    /// Some figures compare across places, others only side by side.
    pub partial: &'static str,
}

impl VerdictTags {
    pub fn get(&self, v: Verdict) -> &'static str {
        match v {
            Verdict::Comparable => self.comparable,
            Verdict::WithCaveats => self.with_caveats,
            Verdict::NotComparable => self.not_comparable,
        }
    }
}

/// A text for each verdict.
#[derive(Debug, Clone, Copy)]
pub struct PerVerdict {
    pub comparable: &'static str,
    pub with_caveats: &'static str,
    pub not_comparable: &'static str,
}

impl PerVerdict {
    pub fn get(&self, v: Verdict) -> &'static str {
        match v {
            Verdict::Comparable => self.comparable,
            Verdict::WithCaveats => self.with_caveats,
            Verdict::NotComparable => self.not_comparable,
        }
    }
}

/// Each reason of a comparability judgment, as a template over what it names.
#[derive(Debug, Clone, Copy)]
pub struct ReasonTexts {
    pub different_measures: &'static str,
    pub different_scopes: &'static str,
    pub different_period_kinds: &'static str,
    pub different_spans: &'static str,
    pub only_one_place: &'static str,
    pub one_entity: &'static str,
    pub different_years: &'static str,
    pub undated: &'static str,
    pub inferred_year: &'static str,
    pub lower_bound: &'static str,
    pub approximate: &'static str,
    pub target: &'static str,
    pub size_dependent: &'static str,
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
    pub about: &'static str,
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

    /// A region's name: the dataset's own (Chinese), or its entry in the names table.
    pub fn region(&self, r: Region) -> &'static str {
        self.name(r.zh())
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

    /// An ISO day ("2026-12-03") in words; anything else as it is.
    pub fn date(&self, iso: &str) -> String {
        let mut parts = iso.splitn(3, '-').map(|p| p.parse::<usize>().ok());
        match (parts.next().flatten(), parts.next().flatten(), parts.next().flatten()) {
            (Some(y), Some(m @ 1..=12), Some(d)) => {
                fill(self.date_format, &[&y.to_string(), self.months[m - 1], &d.to_string()])
            }
            _ => iso.to_string(),
        }
    }

    /// The figure as a sentence says it, with an aside (its period): as written, and where the article
    /// states a whole in words (所有, 全部, 全覆盖), the share it means first in the aside:
    /// "所有（100%，2023年）".
    pub fn said(&self, f: &Fact, aside: &str) -> String {
        let written = self.written(f);
        if self.is_source && crate::model::units::WHOLE_WORDS.contains(&f.written) {
            self.paren(&written, &format!("{}{}{aside}", self.normalised(f), self.comma))
        } else {
            self.paren(&written, aside)
        }
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
            Period::YearToDate(y) => fill(self.year_to_date, &[&y.to_string()]),
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
