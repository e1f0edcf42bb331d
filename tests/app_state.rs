//! The app's state, natively: the reducer, links that round-trip for every view, back/forward sequences
//! (with `app::url::UrlSync`, as the UI drives them) and bad links.
// Tests may unwrap, panic and use std's sort (the app may not: see Cargo.toml [lints] and clippy.toml).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::disallowed_methods)]

mod common;

use qianwan::app::url::{UrlSync, Write};
use qianwan::app::{Action, AppState, Env, Theme, View};
use qianwan::i18n::Lang;
use qianwan::model::explore::{Column, Filter};
use qianwan::model::{Kind, Qualifier};

fn env() -> Env {
    Env::default()
}

fn open(hash: &str) -> AppState {
    AppState::from_hash(hash, env())
}

/// A state for every view, each with something to restore.
fn one_of_each() -> Vec<AppState> {
    let base = AppState::new(env());
    let with = |f: &dyn Fn(&mut AppState)| {
        let mut s = base.clone();
        f(&mut s);
        s
    };
    vec![
        with(&|s| {
            s.view = View::Compare;
            s.group = "investment";
            s.normalised = true;
            s.hidden = vec![common::region("weizi"), common::region("changzhi")];
            s.source = Some("sd-2025-grain-output");
        }),
        with(&|s| {
            s.view = View::Composition;
            s.hidden = vec![common::region("yanhu")];
            s.lang = Lang::En;
        }),
        with(&|s| {
            s.view = View::Timeline;
            s.region = common::region("wanrong");
        }),
        with(&|s| {
            s.view = View::Profile;
            s.region = common::region("weizi");
        }),
        with(&|s| {
            s.view = View::Coverage;
            s.cell = Some((common::region("yanhu"), "income"));
        }),
        with(&|s| {
            s.view = View::Explorer;
            s.filter = Filter {
                text: "粮食 产量".into(),
                region: Some(common::region("shangdang")),
                category: Some("grain"),
                period: Some("2025".into()),
                qualifier: Some(Qualifier::MoreThan),
                kind: Some(Kind::Actual),
                sort: Column::Value,
                descending: true,
            };
        }),
        with(&|s| {
            s.view = View::Sources;
            s.article = "004-wanrong";
        }),
        with(&|s| {
            s.view = View::Present;
            s.slide = 4;
        }),
        with(&|s| s.view = View::About),
    ]
}

#[test]
fn an_article_link_may_name_its_seed_file() {
    // Links made before one page became two articles name the seed file: it opens the page's first article.
    let s = open("view=sources&article=004_15376a063cec32eb.txt");
    assert_eq!((s.article, s.notice.clone()), ("004-yanhu", None));
    assert_eq!(s.to_hash(), "view=sources&article=004-yanhu&lang=zh");
    let s = open("view=sources&article=004-wanrong");
    assert_eq!(s.article, "004-wanrong");
    assert!(open("view=sources&article=nope").notice.is_some());
}

#[test]
fn every_view_survives_its_link() {
    let states = one_of_each();
    for view in View::ALL {
        assert!(
            states.iter().any(|s| s.view == view),
            "{view:?} has a state in the test"
        );
    }
    for state in states {
        let hash = state.to_hash();
        let back = open(&hash);
        assert_eq!(back.notice, None, "{hash}");
        assert_eq!(back.to_hash(), hash, "{hash}");
        assert_eq!(back.view, state.view);
        assert_eq!(back.lang, state.lang);
        match state.view {
            View::Compare => {
                assert_eq!((back.group, back.normalised), (state.group, state.normalised));
                assert_eq!(back.hidden, state.hidden);
                assert_eq!(back.source, state.source);
            }
            View::Composition => assert_eq!(back.hidden, state.hidden),
            View::Timeline | View::Profile => assert_eq!(back.region, state.region),
            View::Coverage => assert_eq!(back.cell, state.cell),
            View::Explorer => assert_eq!(back.filter, state.filter),
            View::Sources => assert_eq!(back.article, state.article),
            View::Present => assert_eq!(back.slide, state.slide),
            View::About => {}
        }
    }
}

#[test]
fn bad_links_give_a_working_state_and_say_what_was_dropped() {
    for (hash, dropped) in [
        ("#view=nope&group=grain_output", vec!["view=nope"]),
        ("#view=compare&group=toilets", vec!["group=toilets"]),
        ("#region=atlantis&hide=yanhu,mars", vec!["region=atlantis", "hide=mars"]),
        (
            "#src=no-such-fact&article=x.txt&slide=0",
            vec!["src=no-such-fact", "article=x.txt", "slide=0"],
        ),
        ("#view=present&slide=99", vec!["slide=99"]),
        (
            "#f=region.nowhere,kind.target&sort=colour",
            vec!["f=region.nowhere", "sort=colour"],
        ),
        ("#lang=fr&cell=yanhu:nothing", vec!["cell=yanhu:nothing", "lang=fr"]),
    ] {
        let s = open(hash);
        let notice = s.notice.clone().unwrap_or_default();
        let said: Vec<String> = notice
            .iter()
            .map(|i| match i {
                qianwan::app::route::Ignored::Part(p) => p.clone(),
                qianwan::app::route::Ignored::TooLong => "too long".into(),
                qianwan::app::route::Ignored::NoTimeline { asked, .. } => format!("timeline of {}", asked.key()),
            })
            .collect();
        for part in dropped {
            assert!(
                said.iter().any(|p| p == part),
                "{hash}: {part} not reported in {said:?}"
            );
        }
        // What is kept round-trips; the state is a working one.
        assert_eq!(open(&s.to_hash()).to_hash(), s.to_hash(), "{hash}");
        assert!(s.slide < s.slide_count(), "{hash}");
    }
}

/// A timeline link to a region with no series over time: the page says so, shows the first region that has
/// one, and its address says that region (never the one asked for while showing another).
#[test]
fn a_timeline_link_to_a_region_without_one_is_repaired_and_said() {
    use qianwan::app::charts::timeline_region;
    use qianwan::app::link::notice_text;
    use qianwan::app::route::Ignored;
    let ds = AppState::dataset();
    let yanhu = common::region("yanhu");
    assert_ne!(
        timeline_region(&ds, yanhu),
        yanhu,
        "the fixture: 盐湖区 has no timeline"
    );
    let s = open("#view=timeline&region=yanhu");
    let shown = timeline_region(&ds, yanhu);
    assert_eq!(s.region, shown);
    assert_eq!(s.notice, Some(vec![Ignored::NoTimeline { asked: yanhu, shown }]));
    assert!(
        s.to_hash().contains(&format!("region={}", shown.key())),
        "{}",
        s.to_hash()
    );
    let zh = notice_text(s.notice.as_deref().unwrap_or_default(), Lang::Zh.t());
    assert_eq!(zh, "盐湖区没有跨多个时期的数字，“历年与目标”改为显示上党区。");
    let en = notice_text(s.notice.as_deref().unwrap_or_default(), Lang::En.t());
    assert!(
        en.starts_with("Yanhu District has no figures over several periods"),
        "{en}"
    );
    // With a dropped part too: both sentences, once each.
    let s = open("#view=timeline&region=yanhu&group=nope");
    let zh = notice_text(s.notice.as_deref().unwrap_or_default(), Lang::Zh.t());
    assert_eq!(zh.matches("盐湖区").count(), 1, "{zh}");
    assert!(
        zh.starts_with("链接中有无法识别的部分") && zh.contains("group=nope"),
        "{zh}"
    );
    // The profile of 盐湖区 is a real one: no repair; from it, the timeline's address names what it shows.
    let p = open("#view=profile&region=yanhu");
    assert_eq!((p.region, p.notice.clone()), (yanhu, None));
    let t = p.reduce(Action::SetView(View::Timeline));
    assert!(
        t.to_hash().contains(&format!("region={}", shown.key())),
        "{}",
        t.to_hash()
    );
    assert!(!t.to_hash().contains("yanhu"), "{}", t.to_hash());
}

/// The address bar and the state, simulated as the page runs them (`ui::hooks::url`): the state is
/// written after a render where its hash changed or a navigation was restored; a navigation fires
/// popstate and hashchange. Random sequences of typed links (good, bad, repeated), back, forward and
/// clicks: after each, the address says the state, and a typed link's unusable parts are in the notice.
#[test]
fn fuzzed_navigation_keeps_the_address_true_and_reports_every_dropped_part() {
    use qianwan::app::url::{UrlSync, Write};
    struct Page {
        history: Vec<String>,
        at: usize,
        sync: UrlSync,
        state: AppState,
        /// What the write effect last ran for: (hash, navigations).
        effect: Option<(String, u32)>,
        navigations: u32,
    }
    impl Page {
        fn address(&self) -> String {
            self.history[self.at].clone()
        }
        fn render(&mut self) {
            let key = (self.state.to_hash(), self.navigations);
            if self.effect.as_ref() == Some(&key) {
                return;
            }
            let url = format!("#{}", key.0);
            match self.sync.write(&self.address(), &key.0) {
                Write::Nothing => {}
                Write::Replace => self.history[self.at] = url,
                Write::Push => {
                    self.history.truncate(self.at + 1);
                    self.history.push(url);
                    self.at += 1;
                }
            }
            self.effect = Some(key);
        }
        fn event(&mut self) {
            let here = self.address();
            if self.sync.navigated(&here) {
                self.navigations += 1;
                self.state = self.state.reduce(Action::Restore(here));
                self.render();
            }
        }
        fn dispatch(&mut self, action: Action) {
            self.state = self.state.reduce(action);
            self.render();
        }
    }
    let links = [
        "#view=nope",
        "#view=timeline&region=yanhu",
        "#view=compare&group=grain_output",
        "#view=compare&group=toilets",
        "#view=explorer&q=粮食&sort=colour",
        "#view=profile&region=yanhu",
        "#region=mars",
        "#view=present&slide=99",
        "#lang=en&view=coverage",
        "#",
    ];
    let mut seed: u32 = 0x2545_f491;
    let mut next = |n: usize| {
        seed ^= seed << 13;
        seed ^= seed >> 17;
        seed ^= seed << 5;
        seed as usize % n
    };
    for run in 0..40 {
        let first = AppState::from_hash("", env());
        let mut page = Page {
            history: vec![String::new()],
            at: 0,
            sync: UrlSync::new(),
            state: first,
            effect: None,
            navigations: 0,
        };
        page.render();
        for step in 0..30 {
            let what = next(6);
            let mut typed = None;
            match what {
                0 | 1 => {
                    let link = links[next(links.len())].to_string();
                    page.history.truncate(page.at + 1);
                    page.history.push(link.clone());
                    page.at += 1;
                    typed = Some(link);
                    page.event(); // popstate
                    page.event(); // hashchange
                }
                2 if page.at > 0 => {
                    page.at -= 1;
                    page.event();
                    page.event();
                }
                3 if page.at + 1 < page.history.len() => {
                    page.at += 1;
                    page.event();
                    page.event();
                }
                4 => page.dispatch(Action::SetView(View::ALL[next(View::ALL.len())])),
                _ => page.dispatch(Action::DismissNotice),
            }
            let ctx = format!("run {run} step {step}: {:?}", page.history);
            assert_eq!(page.address(), format!("#{}", page.state.to_hash()), "{ctx}");
            if let Some(link) = typed {
                // Every part the link could not use is in the notice now.
                let (_, dropped) = qianwan::app::route::parse(&link);
                let expected = AppState::from_hash(&link, env()).notice;
                assert_eq!(page.state.notice, expected, "{ctx}: {link}");
                for d in dropped {
                    assert!(
                        page.state.notice.as_deref().unwrap_or_default().contains(&d),
                        "{ctx}: {link}"
                    );
                }
            }
        }
    }
}

#[test]
fn the_reducer_changes_only_what_an_action_says() {
    let s = AppState::new(env());
    let next = s.reduce(Action::SetView(View::Explorer));
    assert_eq!(next.view, View::Explorer);
    assert_eq!(
        AppState {
            view: s.view,
            ..next.clone()
        },
        s
    );
    // Presenting remembers where to return.
    let p = next.reduce(Action::SetView(View::Present));
    assert_eq!(p.back, View::Explorer);
    let end = p.reduce(Action::EndPresentation);
    assert_eq!(end.view, View::Explorer);
    // Slides stay in range.
    let count = s.slide_count();
    let mut slide = s.reduce(Action::LastSlide);
    assert_eq!(slide.slide, count - 1);
    slide = slide.reduce(Action::NextSlide);
    assert_eq!(slide.slide, count - 1);
    slide = slide.reduce(Action::GoToSlide(2));
    assert_eq!(slide.slide, 1);
    slide = slide.reduce(Action::GoToSlide(999));
    assert_eq!(slide.slide, count - 1);
    slide = slide.reduce(Action::FirstSlide).reduce(Action::PrevSlide);
    assert_eq!(slide.slide, 0);
    // The legend toggles; unknown groups and articles change nothing.
    let hidden = s.reduce(Action::ToggleRegion(common::region("yanhu")));
    assert_eq!(hidden.hidden, vec![common::region("yanhu")]);
    assert_eq!(
        hidden.reduce(Action::ToggleRegion(common::region("yanhu"))).hidden,
        vec![]
    );
    assert_eq!(s.reduce(Action::SelectGroup("nope".into())), s);
    assert_eq!(s.reduce(Action::SelectArticle("nope".into())), s);
    // A status line lasts until the view or the language changes.
    let said = s.reduce(Action::Report("done".into()));
    assert_eq!(said.status.as_deref(), Some("done"));
    assert_eq!(
        said.reduce(Action::ToggleRegion(common::region("weizi")))
            .status
            .as_deref(),
        Some("done")
    );
    assert_eq!(said.reduce(Action::SetView(View::Coverage)).status, None);
    assert_eq!(said.reduce(Action::SetLang(Lang::En)).status, None);
    // A view settles once it has been on screen, and a late report from a view left settles nothing.
    let settled = s.reduce(Action::Settle(View::Compare));
    assert!(settled.settled());
    let elsewhere = settled.reduce(Action::SetView(View::Explorer));
    assert!(!elsewhere.settled());
    assert!(!elsewhere.reduce(Action::Settle(View::Compare)).settled());
    assert!(elsewhere.reduce(Action::SetView(View::Compare)).settled());
}

#[test]
fn the_device_is_not_in_the_link_and_survives_a_restore() {
    let s = AppState::new(Env {
        theme: Theme::ProjectorDark,
        lang: Lang::En,
        dark: true,
        dpr: 2.0,
    });
    let hash = s.to_hash();
    assert!(!hash.contains("theme") && !hash.contains("dpr"), "{hash}");
    let restored = s.reduce(Action::Restore("#view=coverage".into()));
    assert_eq!(restored.view, View::Coverage);
    assert_eq!(
        (restored.theme, restored.dark, restored.dpr),
        (Theme::ProjectorDark, true, 2.0)
    );
    // A link without a language keeps the one in use; a link's language wins.
    assert_eq!(restored.lang, Lang::En);
    assert_eq!(s.reduce(Action::Restore("#lang=zh".into())).lang, Lang::Zh);
}

/// Back and forward as the UI drives them: state → URL through `UrlSync`, and navigations back.
#[test]
fn back_and_forward_walk_the_views_and_typing_does_not_fill_the_history() {
    let mut history: Vec<String> = vec![String::new()];
    let mut at = 0usize;
    let mut sync = UrlSync::new();
    let mut state = open("");
    let write = |state: &AppState, history: &mut Vec<String>, at: &mut usize, sync: &mut UrlSync| {
        let current = history[*at].clone();
        match sync.write(&current, &state.to_hash()) {
            Write::Nothing => {}
            Write::Replace => history[*at] = format!("#{}", state.to_hash()),
            Write::Push => {
                history.truncate(*at + 1);
                history.push(format!("#{}", state.to_hash()));
                *at += 1;
            }
        }
    };
    write(&state, &mut history, &mut at, &mut sync);
    for action in [
        Action::SetView(View::Explorer),
        Action::SetFilter(Filter {
            text: "粮".into(),
            ..Filter::default()
        }),
        Action::SetFilter(Filter {
            text: "粮食".into(),
            ..Filter::default()
        }),
        Action::SetView(View::Timeline),
        Action::SelectRegion(common::region("wanrong")),
    ] {
        state = state.reduce(action);
        write(&state, &mut history, &mut at, &mut sync);
    }
    assert_eq!(history.len(), 4, "{history:?}");
    // Back twice: the explorer with its search; forward once: the timeline of 上党区.
    for (steps, view) in [(-1i32, View::Timeline), (-1, View::Explorer), (1, View::Timeline)] {
        at = (at as i32 + steps) as usize;
        let here = history[at].clone();
        assert!(sync.navigated(&here));
        state = state.reduce(Action::Restore(here));
        write(&state, &mut history, &mut at, &mut sync);
        assert_eq!(state.view, view);
    }
    assert_eq!(state.region, common::region("shangdang"));
    at -= 1;
    state = state.reduce(Action::Restore(history[at].clone()));
    assert_eq!(state.filter.text, "粮食");
    assert_eq!(history.len(), 4, "navigating added no entries: {history:?}");
}

/// The About page cites the chart last on screen, as its view draws it, with the right headlines.
#[test]
fn the_about_page_cites_the_chart_last_viewed() {
    use qianwan::app::charts::figure;
    use qianwan::narrative::cite::cite;
    let mut s = open("view=compare&group=grain_output");
    assert_eq!(s.last_chart, View::Compare);
    s = s.reduce(Action::SetView(View::Timeline));
    s = s.reduce(Action::SetView(View::Explorer));
    s = s.reduce(Action::SetView(View::About));
    assert_eq!(
        s.last_chart,
        View::Timeline,
        "the explorer and the About page are not charts"
    );
    // Every chart view has its figure; the others none.
    for view in View::ALL {
        assert_eq!(figure(&s, view).is_some(), view.is_chart(), "{view:?}");
    }
    let grain = open("view=compare&group=grain_output");
    let fig = figure(&grain, View::Compare).expect("the grain chart");
    let at = "https://example.org/#view=compare&group=grain_output";
    let text = cite(&fig.title, &fig.source_line, at, "2026-12-03", Lang::Zh.t());
    assert!(text.starts_with("“粮食产量”"), "{text}");
    // Both articles the figures stand in, by their own headlines (万荣's is not 盐湖's).
    assert!(text.contains("《沃野田畴绘新景 和美乡村入画来》"), "{text}");
    assert!(
        text.contains("《走出万荣特色乡村振兴之路 各方参与梯次推进久久为功》"),
        "{text}"
    );
    assert!(!text.contains("盐湖样板"), "{text}");
    assert!(text.contains("https://example.org/#view=compare&group=grain_output"));
    assert!(text.contains("2026年12月3日访问"), "{text}");
    let fig = figure(
        &AppState {
            lang: Lang::En,
            ..grain
        },
        View::Compare,
    )
    .expect("figure");
    let en = cite(&fig.title, &fig.source_line, "u", "2026-12-03", Lang::En.t());
    assert!(en.contains("(accessed 3 December 2026)"), "{en}");
    // A restored link to a chart view is the chart to cite.
    let s = s.reduce(Action::Restore("view=coverage".into()));
    assert_eq!(s.last_chart, View::Coverage);
}
