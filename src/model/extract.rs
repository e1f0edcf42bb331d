//! Proposes every quantitative statement of a pasted article as a fact, for a person to confirm.
//!
//! A small hand-written scanner over the article's characters (a regex crate would cost the wasm bundle about
//! 100 KB). It shares its rules with [`super::units`]: a figure is the longest span after a number that
//! `parse_written` reads with a unit of the unit table (a qualifier word of `PREFIXES` before it included), so
//! every proposal's `written` reads back to its value, unit and qualifier. Pure Rust: no web APIs.
//!
//! - **Figures**: Arabic numbers (`1.76`, `11000`), Chinese ones (`五个`, `一百二十`, `两`), 万/亿 scales, a
//!   bare 万 only with a qualifier (`万亩以上`), `百分之…`, and as 100 %: 全覆盖, 全部 before a verb of
//!   completion (完成, 达到…), 全 right before one (全达标, 全提升), 所有 before 村, 行政村, 乡镇 (one per clause).
//! - **Not figures**: numbers without a unit (dates, bare years, `10千伏`); anything in a book title 《…》 or in
//!   quotation marks holding at most 20 characters (slogans and names: “3+3+13”, “五清一改”; a longer
//!   quotation is speech and is read); ordinals (第…); a figure named again (这5个); list markers ((一), `1.` at
//!   a line's start); formulas (`1+5`); the second half of a range (3—5个); vague numbers (几百, 十几, 七八万);
//!   a lone 一 (一个缩影, 一事一议); a one-character numeral two characters from another (四面八方,
//!   六个一体化); 四方; durations (3个月); the money thresholds of village bands (`30万元以上的村`,
//!   `全部突破10万元`, `82个村达到30万元以上`).
//! - **Qualifier** apart from its number (`大概能加工…500公斤`): a word of two or more characters for "about" or
//!   "at least" earlier in the clause, with no number between.
//! - **Layout**: a number ending a line whose unit starts one of the next three lines (`30余` … `项功能`) is
//!   proposed with that unit and `unit_cut`. A line longer than 24 characters without closing punctuation runs
//!   on into the next one for the sentence and paragraph (not for the quote, which stays within a line).
//! - **Kind**: a target when the sentence before the number holds 将 力争 计划 预计 争取 拟 要 确保, or its
//!   clause 目标 or 概算 (outside quotation marks, not in 重要, 主要…), unless the clause says 已 or 累计; and
//!   whenever its period ends after the article's year.
//! - **Period**, the first that applies: the nearest time expression before the number in its clause (else after
//!   it in the clause, else before it in the sentence): a written year, `2024年至2027年`, `2024年1—9月`, 今年,
//!   今年以来 (January to the article's month), 今年1月至9月, 全年 (of an achievement in a report of January or
//!   February: last year), 去年, 明年, 十五五; 每年 / 年产… in the clause (an annual `level`, year unknown); 累计 / 目前 /
//!   截至 / 已 in the sentence (a stock as at the article's date, `stock`); the nearest time expression earlier in the paragraph; 建成 / 形成 /
//!   设立… just before the number (`stock`); in a report of January or February, last year for an
//!   achievement and this year for a target; else `unknown`. Years read from the article's date are
//!   `period_inferred`; without a date they are `unknown`. A full date (2024年9月17日) is an event's day, and a
//!   year in a book title the book's: neither is a period.
//! - **Region**: the nearest name before the number in its sentence (上党区 or 上党), else after it in the
//!   sentence, else the nearest full name (上党区, 微子镇) before it, else any name before it.
//! - **Indicator**: the catalogue indicator of the figure's base unit whose words (pairs of characters) weigh
//!   most around it: a word weighs 1 / the number of indicators using it, times 1 in the figure's own part of
//!   the clause (between list commas and neighbouring figures; 户数 for 8.5万户, 村数 for 170个村), ½ in the
//!   clause, ¼ in the sentence; at least ¼ in all.

use super::types::{BaseUnit, Dataset, Kind, Period, PeriodKind, Qualifier};
use super::units::{is_numeral, normalise, parse_written, Written, PREFIXES, SUFFIXES};

/// The article's date, as far as known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ArticleDate {
    pub year: u16,
    pub month: Option<u8>,
}

impl ArticleDate {
    /// Reads `2024` or `2024-10`.
    pub fn parse(text: &str) -> Option<ArticleDate> {
        let (y, m) = text.split_once('-').map_or((text, None), |(y, m)| (y, Some(m)));
        let digits =
            |s: &str, n: std::ops::RangeInclusive<usize>| n.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
        let year = Some(y)
            .filter(|y| digits(y, 4..=4))?
            .parse()
            .ok()
            .filter(|y| (1949..=2100).contains(y))?;
        let month = match m {
            Some(m) => Some(
                Some(m)
                    .filter(|m| digits(m, 1..=2))?
                    .parse()
                    .ok()
                    .filter(|m| (1..=12).contains(m))?,
            ),
            None => None,
        };
        Some(ArticleDate { year, month })
    }
}

/// What the extractor knows of places and indicators.
#[derive(Debug, Clone, Default)]
pub struct Hints<'a> {
    /// A region's key and the names that mention it: `("shangdang", ["上党区", "上党"])`.
    pub regions: Vec<(&'a str, Vec<&'a str>)>,
    /// An indicator's id, its base unit, and its words: the two-character pieces of its names.
    pub indicators: Vec<(&'a str, BaseUnit, Vec<&'a str>)>,
}

impl Hints<'static> {
    /// The regions and the indicators of the dataset.
    pub fn from_dataset(ds: &Dataset) -> Hints<'static> {
        let regions = ds.regions.iter().map(|r| (r.key(), names(r.zh()))).collect();
        let indicators = ds
            .indicators
            .iter()
            .map(|i| {
                let mut words = Vec::new();
                bigrams(i.zh, &mut words);
                bigrams(i.label_zh, &mut words);
                // 以上 of 规模以上 says nothing of what a figure counts.
                words.retain(|w| !PREFIXES.iter().chain(SUFFIXES.iter()).any(|(q, _)| q == w));
                (i.id, i.base_unit, words)
            })
            .collect();
        Hints { regions, indicators }
    }
}

/// 上党区 → 上党区, 上党; 潞城区微子镇 → 潞城区微子镇, 微子镇, 微子.
fn names(full: &'static str) -> Vec<&'static str> {
    let mut out = vec![full];
    let admin = |c: char| matches!(c, '区' | '县' | '市');
    let last = match full.char_indices().rev().skip(1).find(|&(_, c)| admin(c)) {
        Some((i, c)) => {
            out.push(&full[i + c.len_utf8()..]);
            &full[i + c.len_utf8()..]
        }
        None => full,
    };
    if let Some(stem) = last
        .strip_suffix(['区', '县', '市', '镇'])
        .filter(|s| s.chars().count() >= 2)
    {
        out.push(stem);
    }
    out
}

fn cjk(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

/// The pairs of adjacent Chinese characters of `s`, as numbers.
fn pairs(s: &str) -> impl Iterator<Item = u64> + '_ {
    let mut prev = '\0';
    s.chars().filter_map(move |c| {
        let pair = (cjk(prev) && cjk(c)).then_some(u64::from(prev) << 32 | u64::from(c));
        prev = c;
        pair
    })
}

/// Adds the distinct pairs of adjacent Chinese characters of `s` to `out`.
fn bigrams<'a>(s: &'a str, out: &mut Vec<&'a str>) {
    let mut prev: Option<(usize, char)> = None;
    for (i, c) in s.char_indices() {
        if let Some((p, pc)) = prev {
            let pair = &s[p..i + c.len_utf8()];
            if cjk(pc) && cjk(c) && !out.contains(&pair) {
                out.push(pair);
            }
        }
        prev = Some((i, c));
    }
}

/// One proposed fact. Offsets are byte offsets into the text given to [`extract`].
#[derive(Debug, Clone, PartialEq)]
pub struct Proposal {
    /// The span of `written` in the text.
    pub start: usize,
    pub end: usize,
    /// The number as written, qualifier words included ("900余万元").
    pub written: String,
    pub value: f64,
    pub unit: String,
    pub base_value: f64,
    pub base_unit: BaseUnit,
    pub qualifier: Qualifier,
    pub kind: Kind,
    pub period: Period,
    /// What kind of time it covers (a year, part of one, several, a level as at a date, an annual level).
    pub period_kind: PeriodKind,
    pub period_inferred: bool,
    /// The clause around the number, verbatim, within one line.
    pub quote_start: usize,
    pub quote_end: usize,
    pub quote: String,
    /// Region key and indicator id: guesses for the person to confirm.
    pub region: Option<String>,
    pub indicator: Option<String>,
    /// The page layout cut the unit off: it starts a later line, and `written` has none.
    pub unit_cut: bool,
}

const CLAUSE_ENDS: &[char] = &['，', ',', '；', ';', '。', '！', '？', '!', '?', '：', ':'];
const SENTENCE_ENDS: &[char] = &['。', '！', '？', '!', '?', '；', ';'];
/// A long line ending in none of these runs on into the next one (a page-layout break).
const LINE_ENDS: &str = "。！？!?；;：:”\"…」』";
/// Where the search for a unit stops.
const UNIT_STOPS: &str = "\n\r，,；;。！？!?：:、“”\"《》";
const RANGE: &str = "—-~～至到";
/// A unit followed by these is another word: 3个月, 5个百分点, 两方面.
const NOT_UNITS: [(&str, &str); 8] = [
    ("个", "月"),
    ("个", "小时"),
    ("个", "百分点"),
    ("个", "工作日"),
    ("方", "面"),
    ("方", "式"),
    ("方", "案"),
    ("方", "法"),
];
/// After 全部, a verb that makes it a share: 全部完成, 全部达到…
const WHOLE_VERBS: [&str; 9] = ["完成", "达到", "突破", "建立", "贯通", "实现", "建成", "覆盖", "达标"];
/// After 所有, what it counts: 所有行政村.
const WHOLE_OF: [&str; 4] = ["村", "行政村", "建制村", "乡镇"];
/// Plan words that govern the rest of their sentence…
const PLAN_WORDS: [&str; 8] = ["将", "力争", "计划", "预计", "争取", "拟", "要", "确保"];
/// …and those that govern their clause only.
const PLAN_CLAUSE_WORDS: [&str; 2] = ["目标", "概算"];
/// Words holding a plan word that are no plan.
const NOT_PLANS: [&str; 14] = [
    "重要", "主要", "需要", "要求", "只要", "要素", "纲要", "要点", "要么", "首要", "为要", "必要", "模拟", "将近",
];
/// Figures for each year: 每年, 年产量…
const ANNUAL: [&str; 9] = [
    "每年",
    "年产",
    "年种植",
    "年收入",
    "年增长",
    "年加工",
    "年均",
    "年销售",
    "年收购",
];
/// A stock or running total: 累计, 目前已…
const CUMULATIVE: [&str; 6] = ["目前", "截至", "截止", "至今", "现有", "已"];
/// A total over years: 累计, 近年来.
const MULTI_YEAR: [&str; 2] = ["累计", "近年来"];
/// With no time anywhere near, something built, set up or formed is a stock as of the article.
const STOCK_VERBS: [&str; 6] = ["建成", "形成", "成立", "设立", "建立", "共有"];

/// An article's characters, with what the scanner needs to know about each.
struct Text<'t> {
    s: &'t str,
    cs: Vec<char>,
    /// Byte offset of each character, and the text's length.
    at: Vec<usize>,
    /// A line break inside a sentence (the page layout's).
    soft: Vec<bool>,
    /// The other line breaks, in order: where paragraphs end.
    hard: Vec<usize>,
    /// The opening mark of the book title or short quotation (a slogan, a name) around a character, or NUL.
    quoted: Vec<char>,
}

impl<'t> Text<'t> {
    fn new(s: &'t str) -> Text<'t> {
        let (mut at, cs): (Vec<usize>, Vec<char>) = s.char_indices().unzip();
        at.push(s.len());
        let n = cs.len();
        let mut soft = vec![false; n];
        let (mut line, mut runs_on) = (0, false);
        for (k, &c) in cs.iter().enumerate() {
            if c == '\n' {
                let l = s[at[line]..at[k]].trim();
                if !l.is_empty() {
                    runs_on = l.chars().count() > 24 && !l.ends_with(|c| LINE_ENDS.contains(c));
                }
                soft[k] = runs_on;
                if k > 0 && cs[k - 1] == '\r' {
                    soft[k - 1] = runs_on;
                }
                line = k + 1;
            }
        }
        let hard = (0..n).filter(|&k| matches!(cs[k], '\n' | '\r') && !soft[k]).collect();
        let mut quoted = vec!['\0'; n];
        let mut k = 0;
        while k < n {
            let close = match cs[k] {
                '“' => '”',
                '‘' => '’',
                '「' => '」',
                '『' => '』',
                '《' => '》',
                '〈' => '〉',
                '"' => '"',
                _ => {
                    k += 1;
                    continue;
                }
            };
            let j = (k + 1..n).take_while(|&j| cs[j] != '\n').find(|&j| cs[j] == close);
            k = match j {
                Some(j) if j - k <= 21 || cs[k] == '《' => {
                    quoted[k..=j].fill(cs[k]);
                    j + 1
                }
                // A long quotation is speech: read it (an ASCII one is skipped to its end, so its closing mark
                // opens nothing).
                Some(j) if cs[k] == '"' => j + 1,
                _ => k + 1,
            };
        }
        Text {
            s,
            cs,
            at,
            soft,
            hard,
            quoted,
        }
    }

    fn len(&self) -> usize {
        self.cs.len()
    }
    /// The character at `i`; a line break past the end.
    fn c(&self, i: usize) -> char {
        self.cs.get(i).copied().unwrap_or('\n')
    }
    /// The character `k` places before `i`; a line break before the start.
    fn before(&self, i: usize, k: usize) -> char {
        i.checked_sub(k).map_or('\n', |j| self.cs[j])
    }
    fn str(&self, a: usize, b: usize) -> &'t str {
        &self.s[self.at[a]..self.at[b]]
    }
    fn starts(&self, i: usize, w: &str) -> bool {
        self.s[self.at[i]..].starts_with(w)
    }
    fn ends(&self, i: usize, w: &str) -> bool {
        self.s[..self.at[i]].ends_with(w)
    }
    /// The ASCII digits from `i` (at most nine): their value and end.
    fn digits(&self, i: usize) -> (u32, usize) {
        let (mut v, mut k) = (0, i);
        while k - i < 9 {
            match self.c(k).to_digit(10) {
                Some(d) => v = v * 10 + d,
                None => break,
            }
            k += 1;
        }
        (v, k)
    }
    /// True when character `k` ends a span: one of `stops`, or a line break (not one the page layout put inside
    /// a sentence, if `soft`).
    fn stops(&self, k: usize, stops: &[char], soft: bool) -> bool {
        let c = self.cs[k];
        stops.contains(&c) || (matches!(c, '\n' | '\r') && !(soft && self.soft[k]))
    }
    /// The start of the span ending at `i`.
    fn back(&self, mut i: usize, stops: &[char], soft: bool) -> usize {
        while i > 0 && !self.stops(i - 1, stops, soft) {
            i -= 1;
        }
        i
    }
    /// The start of the paragraph holding `i`.
    fn paragraph(&self, i: usize) -> usize {
        match self.hard.partition_point(|&k| k < i) {
            0 => 0,
            n => self.hard[n - 1] + 1,
        }
    }
    /// The end of the span starting at `i`.
    fn fwd(&self, mut i: usize, stops: &[char], soft: bool) -> usize {
        while i < self.len() && !self.stops(i, stops, soft) {
            i += 1;
        }
        i
    }
}

/// A time expression of the text.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Time {
    Year(u16),
    Years(u16, u16),
    /// Months of a written year, or of 今年.
    Months(Option<u16>, u8, u8),
    ThisYear,
    SinceNewYear,
    FullYear,
    LastYear,
    NextYear,
}

/// `1—9月`, `1月至9月` at `k`: the months and the end.
fn months(t: &Text, k: usize) -> Option<(u8, u8, usize)> {
    let (m1, e1) = t.digits(k);
    let s = if t.c(e1) == '月' { e1 + 1 } else { e1 };
    let (m2, e2) = t.digits(s + 1);
    let ok = (1..=2).contains(&(e1 - k)) && RANGE.contains(t.c(s)) && (1..=2).contains(&(e2 - s - 1));
    (ok && t.c(e2) == '月' && 1 <= m1 && m1 < m2 && m2 <= 12).then_some((m1 as u8, m2 as u8, e2 + 1))
}

/// The time expression starting at `i`: its end, and what it says (nothing for a day's date).
fn time_at(t: &Text, i: usize) -> Option<(usize, Option<Time>)> {
    if !matches!(t.c(i), '0'..='9' | '今' | '本' | '全' | '去' | '上' | '明' | '十') {
        return None;
    }
    let year = |k: usize| {
        let (v, e) = t.digits(k);
        (e == k + 4 && !t.before(k, 1).is_ascii_digit() && (1949..=2100).contains(&v)).then_some((v as u16, e))
    };
    if let Some((y, e)) = year(i) {
        let range = |k: usize| {
            let (y2, e2) = year(k + 1).filter(|_| RANGE.contains(t.c(k)))?;
            (t.c(e2) == '年' && y2 > y).then_some((e2 + 1, Some(Time::Years(y, y2))))
        };
        if t.c(e) != '年' {
            return range(e);
        }
        if let Some(found) = range(e + 1) {
            return Some(found);
        }
        if let Some((m1, m2, end)) = months(t, e + 1) {
            return Some((end, Some(Time::Months(Some(y), m1, m2))));
        }
        let (_, me) = t.digits(e + 1);
        let (_, de) = t.digits(me + 1);
        if me > e + 1 && t.c(me) == '月' && de > me + 1 && matches!(t.c(de), '日' | '号') {
            return Some((de + 1, None));
        }
        return Some((e + 1, Some(Time::Year(y))));
    }
    let words = [
        ("今年", Time::ThisYear),
        ("本年", Time::ThisYear),
        ("全年", Time::FullYear),
        ("去年", Time::LastYear),
        ("上年", Time::LastYear),
        ("明年", Time::NextYear),
    ];
    if let Some(&(_, time)) = words.iter().find(|(w, _)| t.starts(i, w)) {
        if time == Time::ThisYear && t.starts(i + 2, "以来") {
            return Some((i + 4, Some(Time::SinceNewYear)));
        }
        if let Some((m1, m2, end)) = months(t, i + 2).filter(|_| time == Time::ThisYear) {
            return Some((end, Some(Time::Months(None, m1, m2))));
        }
        return Some((i + 2, Some(time)));
    }
    // 十四五, 十五五: five-year plans.
    if t.c(i) == '十' && t.c(i + 2) == '五' {
        if let Some(d) = "一二三四五六七八九".chars().position(|d| d == t.c(i + 1)) {
            let n = 11 + d as u16;
            return Some((i + 3, Some(Time::Years(1951 + 5 * n, 1955 + 5 * n))));
        }
    }
    let (m1, m2, end) = months(t, i).filter(|_| !t.before(i, 1).is_ascii_digit())?;
    Some((end, Some(Time::Months(None, m1, m2))))
}

fn times(t: &Text) -> Vec<(usize, Time)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < t.len() {
        match time_at(t, i).filter(|_| t.quoted[i] != '《') {
            Some((end, time)) => {
                out.extend(time.map(|time| (i, time)));
                i = end.max(i + 1);
            }
            None => i += 1,
        }
    }
    out
}

/// The period a time expression names, and whether its year was inferred from the article's date.
fn resolve(time: Time, date: Option<ArticleDate>, kind: Kind) -> (Period, PeriodKind, bool) {
    let part = matches!(time, Time::Months(..) | Time::SinceNewYear);
    let period_kind = match time {
        Time::Years(..) => PeriodKind::MultiYear,
        _ if part => PeriodKind::PartYear,
        _ => PeriodKind::Year,
    };
    let y = match (time, date) {
        (Time::Year(y), _) => return (Period::Year(y), period_kind, false),
        (Time::Years(from, to), _) => return (Period::Years { from, to }, period_kind, false),
        (Time::Months(Some(y), a, b), _) => {
            let period = Period::Months {
                from: (y, a),
                to: (y, b),
            };
            return (period, period_kind, false);
        }
        // Without the article's date, 今年 has no year: a year's figure of an unknown year.
        (_, None) => return (Period::Unknown, PeriodKind::Year, false),
        (_, Some(d)) => d.year,
    };
    let month = date.and_then(|d| d.month);
    let period = match time {
        Time::Months(_, a, b) => Period::Months {
            from: (y, a),
            to: (y, b),
        },
        Time::SinceNewYear => Period::YearToDate(y),
        // A report of January or February looks back on the year just ended.
        Time::FullYear if kind == Kind::Actual && month.is_some_and(|m| m <= 2) => Period::Year(y - 1),
        Time::LastYear => Period::Year(y - 1),
        Time::NextYear => Period::Year(y + 1),
        _ => Period::Year(y),
    };
    (period, period_kind, true)
}

/// A level or count as at the article's date: its year when the date is known (inferred), else unknown.
fn as_at(date: Option<ArticleDate>) -> (Period, PeriodKind, bool) {
    match date {
        Some(d) => (Period::Year(d.year), PeriodKind::Stock, true),
        None => (Period::Unknown, PeriodKind::Stock, false),
    }
}

/// A figure found in the text (character offsets).
struct Figure {
    start: usize,
    end: usize,
    w: Written,
    cut: bool,
}

/// 全 right before a verb of completion: 全达标, 全提升 ("all of them up to standard").
const WHOLE_DONE: [&str; 4] = ["达标", "提升", "完成", "建成"];

/// 全覆盖, 全部 before a verb of completion, 全 right before one, 所有 before what it counts: their end.
fn whole_at(t: &Text, i: usize) -> Option<usize> {
    if t.starts(i, "全覆盖") {
        return Some(i + 3);
    }
    if t.starts(i, "全") && WHOLE_DONE.iter().any(|v| t.starts(i + 1, v)) {
        return Some(i + 1);
    }
    let whole = if t.starts(i, "全部") {
        let clause_end = t.fwd(i, CLAUSE_ENDS, false).min(i + 8);
        (i + 2..clause_end).any(|k| WHOLE_VERBS.iter().any(|v| t.starts(k, v)))
    } else {
        t.starts(i, "所有") && WHOLE_OF.iter().any(|w| t.starts(i + 2, w))
    };
    whole.then_some(i + 2)
}

/// The figure starting at `i`, if any, and where to look next.
fn figure_at(t: &Text, i: usize) -> (usize, Option<Figure>) {
    let c = t.c(i);
    if t.quoted[i] != '\0' || !(c.is_ascii_digit() || is_numeral(c) || matches!(c, '全' | '所' | '万')) {
        return (i + 1, None);
    }
    if let Some(end) = whole_at(t, i) {
        let w = parse_written(t.str(i, end)).ok();
        return (
            end,
            w.map(|w| Figure {
                start: i,
                end,
                w,
                cut: false,
            }),
        );
    }
    let percent = t.starts(i, "百分之");
    let from = if percent { i + 3 } else { i };
    let arabic = c.is_ascii_digit();
    let chinese = is_numeral(t.c(from)) && (percent || "一二三四五六七八九两十".contains(c));
    let bare = c == '万' && !is_numeral(t.before(i, 1)) && !t.before(i, 1).is_ascii_digit();
    let mut e = from;
    if arabic {
        let mut dot = false;
        while t.c(e).is_ascii_digit() || (!dot && t.c(e) == '.' && t.c(e + 1).is_ascii_digit()) {
            dot |= t.c(e) == '.';
            e += 1;
        }
    } else if chinese {
        while is_numeral(t.c(e)) {
            e += 1;
        }
    } else if !bare {
        return (i + 1, None);
    }
    let (p1, p2, next) = (t.before(i, 1), t.before(i, 2), t.c(e));
    // 第: an ordinal; 这, 该, 此: a figure named again; the second half of a range; part of 1+5, 5G or 1,400.
    let context = matches!(p1, '第' | '这' | '该' | '此')
        || (RANGE.contains(p1) && (p2.is_ascii_digit() || is_numeral(p2) || "万亿%".contains(p2)))
        || matches!(next, '+' | '＋')
        || (arabic && (p1.is_ascii_alphanumeric() || ".+＋".contains(p1) || (p1 == ',' && p2.is_ascii_digit())));
    // List markers: (一), 1. at a line's start.
    let marker = ("(（".contains(p1) && ")）".contains(next))
        || (".、)）．".contains(next)
            && t.str(t.back(i, &[], false), i)
                .chars()
                .all(|c| c.is_whitespace() || c == '('));
    // Vague (几百, 十几); a lone 一 (一个缩影, 一事一议; 一万 is a number); an idiom (四面八方, 六个一体化).
    let idiom = e == i + 1 && ((is_numeral(p2) && !is_numeral(p1)) || (is_numeral(t.c(e + 1)) && !is_numeral(next)));
    let loose = chinese
        && !percent
        && (matches!(p1, '几' | '数') || next == '几' || (c == '一' && e == i + 1 && !"万亿".contains(next)) || idiom);
    if context || marker || loose {
        return (e.max(i + 1), None);
    }
    // A qualifier word just before the number: 约, 超过…
    let start = PREFIXES
        .iter()
        .filter(|(w, _)| t.ends(i, w))
        .map(|(w, _)| i - w.chars().count())
        .min()
        .unwrap_or(i);
    // No unit starts with the word of a date or an age: 2024年, 9月, 60岁.
    let dated = matches!(next, '年' | '月' | '日' | '号' | '岁');
    let mut limit = e;
    while !dated && limit < t.len() && limit - e < 8 && !t.c(limit).is_ascii_digit() && !UNIT_STOPS.contains(t.c(limit))
    {
        limit += 1;
    }
    // Where the last unit of the window ends (a written number ends there or at most two characters later). A
    // unit starts after the number, its scale and 余/多.
    let reach = (e..limit)
        .take_while(|&k| k == e || " \u{3000}万亿余多".contains(t.c(k - 1)))
        .flat_map(|k| (k + 1..=limit.min(k + 6)).filter(move |&n| normalise(t.str(k, n)).is_some()))
        .max();
    let top = reach.map_or(if percent { e } else { 0 }, |r| (r + 2).min(limit));
    let found = (e..=top)
        .rev()
        .filter(|&end| end > start && !t.c(end - 1).is_whitespace())
        .find_map(|end| {
            let w = parse_written(t.str(start, end)).ok()?;
            (!w.unit.is_empty() && (!bare || w.qualifier != Qualifier::Exact)).then_some((end, w))
        });
    let Some((end, mut w)) = found else {
        return (e.max(i + 1), cut_unit(t, start, e).filter(|_| !bare));
    };
    let clause_start = t.back(start, CLAUSE_ENDS, false);
    let before = t.str(clause_start, start);
    let yuan = normalise(&w.unit).is_some_and(|(b, _)| b == BaseUnit::Yuan);
    let band = yuan
        && (t.starts(end, "村")
            || t.starts(end, "的村")
            || ((before.ends_with("达到") || t.starts(start, "突破"))
                && ["全部", "所有", "个村"].iter().any(|w| before.contains(w))));
    // 四方, 八方: directions, not cubic metres.
    let directions = chinese && w.unit == "方";
    if band
        || directions
        || NOT_UNITS
            .iter()
            .any(|(u, next)| w.unit.ends_with(u) && t.starts(end, next))
    {
        return (end, None);
    }
    // A qualifier apart from the number: 大概能加工成品柴胡片500公斤.
    if w.qualifier == Qualifier::Exact {
        let apart = PREFIXES
            .iter()
            .filter(|(word, q)| word.chars().count() > 1 && matches!(q, Qualifier::Approx | Qualifier::AtLeast));
        if let Some((at, q)) = apart
            .filter_map(|(word, q)| before.rfind(word).map(|at| (at + word.len(), *q)))
            .max_by_key(|(at, _)| *at)
        {
            if !before[at..].chars().any(|c| c.is_ascii_digit() || is_numeral(c)) {
                w.qualifier = q;
            }
        }
    }
    (
        end,
        Some(Figure {
            start,
            end,
            w,
            cut: false,
        }),
    )
}

/// A number ending a line (`30余`) whose unit starts one of the next three lines (`项功能`).
fn cut_unit(t: &Text, start: usize, e: usize) -> Option<Figure> {
    let end = if "余多".contains(t.c(e)) { e + 1 } else { e };
    let mut k = end;
    while t.c(k) == ' ' || t.c(k) == '\u{3000}' {
        k += 1;
    }
    if k >= t.len() || !t.soft[k] {
        return None;
    }
    let w = parse_written(t.str(start, end)).ok().filter(|w| w.unit.is_empty())?;
    let mut lines = 0;
    while k < t.len() && lines < 3 {
        let line = k + 1;
        let line_end = t.fwd(line, &[], false);
        let first = (line..line_end).find(|&j| !t.c(j).is_whitespace()).unwrap_or(line_end);
        if first < line_end {
            lines += 1;
            let unit = (1..=5.min(line_end - first))
                .rev()
                .map(|n| t.str(first, first + n))
                .find(|u| normalise(u).is_some());
            if let Some(unit) = unit {
                let w = Written {
                    unit: unit.to_string(),
                    ..w
                };
                return Some(Figure {
                    start,
                    end,
                    w,
                    cut: true,
                });
            }
        }
        k = line_end;
    }
    None
}

/// Where the plan words stand (outside quotation marks and the compounds of [`NOT_PLANS`]): 1 for one of
/// [`PLAN_WORDS`], 2 for one of [`PLAN_CLAUSE_WORDS`], else 0.
fn plans(t: &Text) -> Vec<u8> {
    let plan = |k: usize, words: &[&str]| {
        t.quoted[k] == '\0'
            && words.iter().any(|w| {
                t.starts(k, w)
                    && !NOT_PLANS.iter().any(|n| {
                        n.match_indices(w).any(|(o, _)| {
                            let back = n[..o].chars().count();
                            k >= back && t.starts(k - back, n)
                        })
                    })
            })
    };
    let firsts: Vec<char> = PLAN_WORDS
        .iter()
        .chain(&PLAN_CLAUSE_WORDS)
        .filter_map(|w| w.chars().next())
        .collect();
    (0..t.len())
        .map(|k| match firsts.contains(&t.cs[k]) {
            false => 0,
            true if plan(k, &PLAN_WORDS) => 1,
            true => 2 * u8::from(plan(k, &PLAN_CLAUSE_WORDS)),
        })
        .collect()
}

/// Indicator words (as numbers, see `pairs`) in buckets, for a quick look-up: (word, indicator, entry number).
struct Index {
    buckets: Vec<Vec<(u64, usize, usize)>>,
    entries: usize,
}

impl Index {
    const SIZE: u64 = 251;
    fn new(hints: &Hints) -> Index {
        let mut buckets = vec![Vec::new(); Self::SIZE as usize];
        let mut entries = 0;
        for (n, (_, _, words)) in hints.indicators.iter().enumerate() {
            for w in words.iter().flat_map(|w| pairs(w)) {
                buckets[(w % Self::SIZE) as usize].push((w, n, entries));
                entries += 1;
            }
        }
        Index { buckets, entries }
    }
    /// The indicator of `unit` whose words weigh most in the `context`: texts with their weights, the weightiest
    /// first (a word counts once).
    fn guess<'h>(&self, hints: &Hints<'h>, context: &[(&str, f32)], unit: BaseUnit) -> Option<&'h str> {
        let mut scores = vec![0.0f32; hints.indicators.len()];
        let mut used = vec![false; self.entries];
        for &(text, weight) in context {
            for w in pairs(text) {
                let bucket = &self.buckets[(w % Self::SIZE) as usize];
                let uses = bucket.iter().filter(|e| e.0 == w).count() as f32;
                for e in bucket.iter().filter(|e| e.0 == w) {
                    if !used[e.2] {
                        used[e.2] = true;
                        scores[e.1] += weight / uses;
                    }
                }
            }
        }
        let (mut best, mut score) = (None, 0.25f32);
        for (n, s) in scores.into_iter().enumerate() {
            if s > score && hints.indicators[n].1 == unit {
                (best, score) = (Some(hints.indicators[n].0), s);
            }
        }
        best
    }
}

/// Proposes every figure of `text` as a fact. `date` is the article's (for 今年, 全年…).
pub fn extract(text: &str, date: Option<ArticleDate>, hints: &Hints) -> Vec<Proposal> {
    let t = Text::new(text);
    let times = times(&t);
    let plans = plans(&t);
    let index = Index::new(hints);
    let mut mentions: Vec<(usize, usize, &str)> = Vec::new();
    for (key, names) in &hints.regions {
        for name in names.iter().filter(|n| !n.is_empty()) {
            mentions.extend(text.match_indices(name).map(|(p, s)| (p, p + s.len(), *key)));
        }
    }
    // The longest name at a place.
    super::order::sort_by_key(&mut mentions, |m| (m.0, usize::MAX - m.1));
    mentions.dedup_by_key(|m| m.0);

    let mut out = Vec::new();
    let mut last_whole = None;
    let mut i = 0;
    while i < t.len() {
        let (next, found) = figure_at(&t, i);
        i = next;
        let Some(f) = found else { continue };
        // The clause, trimmed; the sentence and the paragraph before it.
        let mut q0 = t.back(f.start, CLAUSE_ENDS, false);
        let mut q1 = t.fwd(f.end, CLAUSE_ENDS, false);
        while q0 < f.start && t.c(q0).is_whitespace() {
            q0 += 1;
        }
        while q1 > f.end && t.c(q1 - 1).is_whitespace() {
            q1 -= 1;
        }
        if matches!(t.c(f.start), '全' | '所') {
            if last_whole == Some(q0) {
                continue;
            }
            last_whole = Some(q0);
        }
        let s0 = t.back(q0, SENTENCE_ENDS, true);
        let s1 = t.fwd(f.end, SENTENCE_ENDS, true);
        let clause = t.str(q0, q1);
        // The figure's own part of the clause: between the neighbouring figures and list commas.
        let g0 = out
            .last()
            .map_or(q0, |p: &Proposal| t.at.partition_point(|&b| b < p.end))
            .max(t.back(f.start, &['、'], false))
            .max(q0);
        let g1 = t.fwd(f.end, &['、'], false).min(q1);

        let actual = clause.contains('已') || clause.contains("累计");
        let plan = plans[s0..f.start].contains(&1) || plans[q0..f.start].contains(&2);
        let mut kind = if plan && !actual { Kind::Target } else { Kind::Actual };

        let within = |a: usize, b: usize| {
            times
                .iter()
                .filter(move |(k, _)| (a..b).contains(k))
                .map(|(_, time)| *time)
        };
        let time = within(q0, f.start)
            .next_back()
            .or_else(|| within(f.end, q1).next())
            .or_else(|| within(s0, q0).next_back());
        let (period, period_kind, inferred) = match time {
            Some(time) => resolve(time, date, kind),
            // "年产量…", "每年…": an annual level of no stated year.
            None if ANNUAL.iter().any(|w| clause.contains(w)) => (Period::Unknown, PeriodKind::Level, false),
            // A total over years of no stated span.
            None if MULTI_YEAR.iter().any(|w| t.str(s0, q1).contains(w)) => {
                (Period::Unknown, PeriodKind::MultiYear, false)
            }
            None if CUMULATIVE.iter().any(|w| t.str(s0, q1).contains(w)) => as_at(date),
            None => match (within(t.paragraph(s0), s0).next_back(), date) {
                (Some(time), _) => resolve(time, date, kind),
                _ if STOCK_VERBS.iter().any(|w| t.str(q0, f.start).contains(w)) => as_at(date),
                // A report of January or February reviews last year and plans this one.
                (None, Some(d)) if d.month.is_some_and(|m| m <= 2) => (
                    Period::Year(if kind == Kind::Actual { d.year - 1 } else { d.year }),
                    PeriodKind::Year,
                    true,
                ),
                (None, _) => (Period::Unknown, PeriodKind::Stock, false),
            },
        };
        let last_year = match period {
            Period::Year(y) | Period::Years { to: y, .. } | Period::Months { to: (y, _), .. } => Some(y),
            _ => None,
        };
        if last_year.zip(date).is_some_and(|(y, d)| y > d.year) {
            kind = Kind::Target;
        }

        let (fs, fe) = (t.at[f.start], t.at[f.end]);
        let (ss, se) = (t.at[s0], t.at[s1]);
        // A short name (上党) counts within the sentence; before it, only a full one (上党区, 微子镇).
        let full = |m: &&(usize, usize, &str)| text[..m.1].ends_with(['区', '县', '市', '镇']);
        let region = mentions
            .iter()
            .rev()
            .find(|m| m.0 < fs && m.0 >= ss)
            .or_else(|| mentions.iter().find(|m| m.0 >= fe && m.0 < se))
            .or_else(|| mentions.iter().rev().filter(|m| m.0 < fs).find(full))
            .or_else(|| mentions.iter().rev().find(|m| m.0 < fs))
            .map(|m| m.2.to_string());

        let (base_unit, factor) = normalise(&f.w.unit).unwrap_or((BaseUnit::Count, 1.0));
        // What a count counts, named as indicators name it: 8.5万户 → 户数, 170个村 → 村数.
        let counted = match (base_unit, f.w.unit.chars().last()) {
            (BaseUnit::Count, Some(u)) => format!("{u}数，{}数", t.c(f.end)),
            _ => String::new(),
        };
        out.push(Proposal {
            start: fs,
            end: fe,
            written: t.str(f.start, f.end).to_string(),
            value: f.w.value,
            unit: f.w.unit.clone(),
            base_value: f.w.value * factor,
            base_unit,
            qualifier: f.w.qualifier,
            kind,
            period,
            period_kind,
            period_inferred: inferred,
            quote_start: t.at[q0],
            quote_end: t.at[q1],
            quote: clause.to_string(),
            region,
            // Its own part of the clause weighs most, the rest of the clause half, the sentence a quarter.
            indicator: index
                .guess(
                    hints,
                    &[
                        (&counted, 1.0),
                        (t.str(g0, f.start), 1.0),
                        (t.str(f.end, g1), 1.0),
                        (clause, 0.5),
                        (t.str(s0.max(f.start.saturating_sub(60)), f.start), 0.25),
                        (t.str(f.end, s1.min(f.end + 60)), 0.25),
                    ],
                    base_unit,
                )
                .map(str::to_string),
            unit_cut: f.cut,
        });
    }
    out
}
