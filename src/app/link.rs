//! A link ⇄ the state it shows: the URL hash read against the dataset (what it cannot use is reported,
//! never fatal) and the state written back canonically. Pure, so every view's link is tested natively.

use super::charts::timeline_region;
use super::route::{self, Ignored, Route};
use super::state::{AppState, Env, View};
use crate::i18n::{fill, Lang, Strings};
use crate::model::explore::{Column, Filter};
use crate::model::{comparable_groups, Dataset, Kind, Period, Qualifier};

impl AppState {
    /// The state a URL hash describes, on a device described by `env`; what it cannot use becomes the notice.
    pub fn from_hash(hash: &str, env: Env) -> Self {
        let (route, ignored) = route::parse(hash);
        let mut bad: Vec<Ignored> = ignored;
        let ds = Self::dataset();
        let mut state = Self::new(env);
        if let Some(v) = &route.view {
            let view = View::from_key(v);
            check(&mut bad, view.is_some(), "view", v);
            state.view = view.unwrap_or(state.view);
            if state.view.is_chart() {
                state.last_chart = state.view;
            }
        }
        if let Some(g) = &route.group {
            let group = ds
                .group(g)
                .filter(|g| comparable_groups(&ds).iter().any(|o| o.group.id == g.id));
            check(&mut bad, group.is_some(), "group", g);
            state.group = group.map_or(state.group, |g| g.id);
        }
        if let Some(r) = &route.region {
            let region = ds.region(r);
            check(&mut bad, region.is_some(), "region", r);
            state.region = region.unwrap_or(state.region);
            // The timeline of a region that reports nothing over time is another region's: say so, and
            // keep the state (and so the address) saying what is shown.
            let shown = timeline_region(&ds, state.region);
            if state.view == View::Timeline && shown != state.region {
                bad.push(Ignored::NoTimeline {
                    asked: state.region,
                    shown,
                });
                state.region = shown;
            }
        }
        for r in &route.hidden {
            match ds.region(r) {
                Some(region) if !state.hidden.contains(&region) => state.hidden.push(region),
                Some(_) => {}
                None => check(&mut bad, false, "hide", r),
            }
        }
        state.normalised = route.normalised;
        if let Some((r, c)) = &route.cell {
            let cell = ds.region(r).zip(ds.categories.iter().find(|x| x.id == c).map(|x| x.id));
            check(&mut bad, cell.is_some(), "cell", &[r, ":", c].concat());
            state.cell = cell;
        }
        if let Some(id) = &route.source {
            let fact = ds.fact(id);
            check(&mut bad, fact.is_some(), "src", id);
            state.source = fact.map(|f| f.id);
        }
        if let Some(a) = &route.article {
            let source = ds.source(a);
            check(&mut bad, source.is_some(), "article", a);
            state.article = source.map_or(state.article, |s| s.id);
        }
        if let Some(q) = &route.query {
            state.filter.text = q.chars().take(200).collect();
        }
        if let Some(f) = &route.filter {
            for pair in f.split(',') {
                if !apply_filter(&mut state.filter, &ds, pair) {
                    check(&mut bad, false, "f", pair);
                }
            }
        }
        if let Some(sort) = &route.sort {
            let (key, desc) = sort.strip_suffix(".desc").map_or((sort.as_str(), false), |k| (k, true));
            match Column::ALL.into_iter().find(|c| c.key() == key) {
                Some(c) => {
                    state.filter.sort = c;
                    state.filter.descending = desc;
                }
                None => check(&mut bad, false, "sort", sort),
            }
        }
        if let Some(n) = route.slide {
            let (n, count) = (n as usize, state.slide_count());
            check(&mut bad, (1..=count).contains(&n), "slide", &n.to_string());
            state.slide = n.clamp(1, count.max(1)) - 1;
        }
        if let Some(key) = &route.lang {
            let lang = Lang::from_key(key);
            check(&mut bad, lang.is_some(), "lang", key);
            state.lang = lang.unwrap_or(state.lang);
        }
        if !bad.is_empty() {
            state.notice = Some(bad);
        }
        state
    }

    /// The hash that restores this state (without `#`).
    pub fn to_hash(&self) -> String {
        let f = &self.filter;
        let mut filters = Vec::new();
        if let Some(r) = f.region {
            filters.push(format!("region.{}", r.key()));
        }
        if let Some(c) = f.category {
            filters.push(format!("category.{c}"));
        }
        if let Some(p) = &f.period {
            filters.push(format!("period.{p}"));
        }
        if let Some(q) = f.qualifier {
            filters.push(format!("qualifier.{}", q.key()));
        }
        if let Some(k) = f.kind {
            filters.push(format!("kind.{}", k.key()));
        }
        let explorer = self.view == View::Explorer;
        let route = Route {
            view: Some(self.view.key().to_string()),
            group: (self.view == View::Compare).then(|| self.group.to_string()),
            // The region on screen: the timeline shows another one where this one has no series.
            region: match self.view {
                View::Timeline => Some(timeline_region(&Self::dataset(), self.region).key().to_string()),
                View::Profile => Some(self.region.key().to_string()),
                _ => None,
            },
            hidden: self.hidden.iter().map(|r| r.key().to_string()).collect(),
            normalised: self.normalised,
            cell: self
                .cell
                .filter(|_| self.view == View::Coverage)
                .map(|(r, c)| (r.key().to_string(), c.to_string())),
            source: self.source.map(str::to_string),
            article: (self.view == View::Sources).then(|| self.article.to_string()),
            query: (explorer && !f.text.is_empty()).then(|| f.text.clone()),
            filter: (explorer && !filters.is_empty()).then(|| filters.join(",")),
            sort: (explorer && (f.sort != Column::default() || f.descending))
                .then(|| format!("{}{}", f.sort.key(), if f.descending { ".desc" } else { "" })),
            lang: Some(self.lang.key().to_string()),
            slide: (self.view == View::Present).then(|| self.slide as u32 + 1),
        };
        route::to_hash(&route)
    }
}

/// The notice for what a link could not restore, in the reader's language: the parts not understood in
/// one sentence, then what was shown instead of what was asked.
pub fn notice_text(parts: &[Ignored], t: &Strings) -> String {
    let dropped: Vec<&str> = parts
        .iter()
        .filter_map(|p| match p {
            Ignored::Part(text) => Some(text.as_str()),
            Ignored::TooLong => Some(t.link_too_long),
            Ignored::NoTimeline { .. } => None,
        })
        .collect();
    let mut sentences = Vec::new();
    if !dropped.is_empty() {
        sentences.push(fill(t.bad_link, &[&dropped.join(t.clause_sep)]));
    }
    for p in parts {
        if let Ignored::NoTimeline { asked, shown } = p {
            sentences.push(fill(t.no_timeline, &[t.region(*asked), t.region(*shown)]));
        }
    }
    sentences.join(t.sentence_sep)
}

/// Notes `key=value` as not restored unless `ok`: one formatter for every part of a link.
fn check(bad: &mut Vec<Ignored>, ok: bool, key: &str, value: &str) {
    if !ok {
        bad.push(Ignored::Part([key, "=", value].concat()));
    }
}

fn apply_filter(filter: &mut Filter, ds: &Dataset, pair: &str) -> bool {
    let Some((key, value)) = pair.split_once('.') else {
        return false;
    };
    match key {
        "region" => ds.region(value).map(|r| filter.region = Some(r)).is_some(),
        "category" => ds
            .categories
            .iter()
            .find(|c| c.id == value)
            .map(|c| filter.category = Some(c.id))
            .is_some(),
        "period" => Period::parse(value)
            .map(|p| filter.period = Some(p.to_string()))
            .is_some(),
        "qualifier" => Qualifier::from_key(value).map(|q| filter.qualifier = Some(q)).is_some(),
        "kind" => Kind::from_key(value).map(|k| filter.kind = Some(k)).is_some(),
        _ => false,
    }
}

/// What a shared link points at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shared {
    /// This page, at this view.
    Page,
    /// The offline file's hosted twin, at the same view.
    Hosted,
    /// The offline file itself: a `file://` address that works on this computer only.
    LocalFile,
}

/// The link to share for the page at `href`: the page's own address; from the offline file (`file:`),
/// the hosted page at the same view where the build named one (`hosted`), else the file's address, said
/// to be local.
pub fn share_link(href: &str, hosted: Option<&str>) -> (String, Shared) {
    if !href.starts_with("file:") {
        return (href.to_string(), Shared::Page);
    }
    match hosted
        .map(str::trim)
        .filter(|h| h.starts_with("https://") || h.starts_with("http://"))
    {
        Some(base) => {
            let base = base.split('#').next().unwrap_or(base);
            let hash = href.find('#').map_or("", |i| &href[i..]);
            ([base, hash].concat(), Shared::Hosted)
        }
        None => (href.to_string(), Shared::LocalFile),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_offline_file_shares_its_hosted_twin_or_says_it_is_local() {
        let page = "https://example.org/qw/#view=compare&lang=zh";
        assert_eq!(
            share_link(page, Some("https://x.org/")),
            (page.to_string(), Shared::Page)
        );
        let file = "file:///home/me/qianwan-offline.html#view=timeline&region=shangdang";
        assert_eq!(
            share_link(file, Some("https://example.org/qianwan/")),
            (
                "https://example.org/qianwan/#view=timeline&region=shangdang".to_string(),
                Shared::Hosted
            )
        );
        assert_eq!(
            share_link(file, Some("https://example.org/qianwan/#old")).0,
            "https://example.org/qianwan/#view=timeline&region=shangdang"
        );
        assert_eq!(share_link(file, None), (file.to_string(), Shared::LocalFile));
        assert_eq!(share_link(file, Some("javascript:alert(1)")).1, Shared::LocalFile);
        assert_eq!(share_link("file:///a.html", Some("https://h/")).0, "https://h/");
    }
}
