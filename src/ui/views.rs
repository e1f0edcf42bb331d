//! The views, as plain functions of the app state. Each asks the model and the chart layer for its data,
//! memoised on what it shows (`memo`).

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::canvas::ChartCanvas;
use super::format::{self, region_chip, select_value};
use super::memo::{memo, Slot};
use super::sources::{fact_list, reader};
use super::state::{Action, AppContext, AppState, View};
use super::toolbar::toolbar;
use crate::chart::{
    compare_figure, composition_figure, conversion_line, coverage_figure, profile_figure, timeline_figure,
    CompareOptions, Figure, Target,
};
use crate::i18n::{fill, Strings};
use crate::model::explore::{explore, periods, Column, Filter};
use crate::model::{
    breakdowns, cell_facts, comparable_groups, compare, coverage, profile, timeline, Fact, GroupOption, Kind,
    Qualifier, Region,
};

/// What a click or Enter on a mark does in every view.
pub fn activate(state: &AppContext) -> Callback<Target> {
    let state = state.clone();
    Callback::from(move |target: Target| match target {
        Target::Fact(id) => state.dispatch(Action::OpenSource(id)),
        Target::Cell { region, category } => state.dispatch(Action::OpenCell(region, category)),
        Target::Missing(_) => {}
    })
}

fn notes(figure: &Figure) -> Html {
    html! {
        if !figure.notes.is_empty() {
            <div class="note" role="note">
                <strong>{ figure.lang.t().notes_title }</strong>
                <ul>{ for figure.notes.iter().map(|n| html! { <li>{ n }</li> }) }</ul>
            </div>
        }
    }
}

/// Indicator groups reported by at least two regions, by category.
fn group_selector(
    t: &'static Strings,
    options: &[GroupOption],
    selected: &'static str,
    on_select: Callback<String>,
) -> Html {
    let ds = AppState::dataset();
    let onchange = Callback::from(move |e: Event| on_select.emit(select_value(&e)));
    let categories = ds.categories.iter().filter_map(|cat| {
        let options: Vec<&GroupOption> = options.iter().filter(|o| o.group.category == cat.id).collect();
        (!options.is_empty()).then(|| {
            html! {
                <optgroup label={t.name(cat.zh)}>
                    { for options.iter().map(|o| {
                        let regions: Vec<&str> = o.regions.iter().map(|r| t.region(*r)).collect();
                        html! {
                            <option value={o.group.id} selected={o.group.id == selected}>
                                { t.paren(t.name(o.group.zh), &regions.join(t.list_sep)) }
                            </option>
                        }
                    }) }
                </optgroup>
            }
        })
    });
    html! {
        <label class="selector">
            <span>{ t.group_label }</span>
            <select id="group-select" {onchange} aria-describedby="group-help">
                { for categories }
            </select>
            <small id="group-help">{ fill(t.group_help, &[&options.len().to_string()]) }</small>
        </label>
    }
}

/// Region buttons that show or hide a region's bars; colour chip plus pattern.
/// Plain functions here and below, not components: no hooks of their own (see `lang_toggle`).
fn region_legend(state: &AppContext) -> Html {
    let t = state.lang.t();
    html! {
        <div class="legend" role="group" aria-label={t.legend_label}>
            { for Region::ALL.into_iter().map(|r| {
                let shown = !state.hidden.contains(&r);
                let onclick = {
                    let state = state.clone();
                    Callback::from(move |_| state.dispatch(Action::ToggleRegion(r)))
                };
                html! {
                    <button type="button" class={classes!("legend-item", (!shown).then_some("off"))}
                        aria-pressed={shown.to_string()} data-region={r.key()} {onclick}>
                        { region_chip(r) }
                        { t.region(r) }
                        if !r.is_focus() { <small>{ t.context_tag }</small> }
                    </button>
                }
            }) }
        </div>
    }
}

pub fn compare_view(state: &AppContext) -> Html {
    let state = state.clone();
    let options = memo(Slot::CompareOptions, (), |_| comparable_groups(&AppState::dataset()));
    let opts = CompareOptions {
        normalised: state.normalised,
    };
    // One comparison and one figure per (group, labelling, hidden regions): a switch builds each once.
    let lang = state.lang;
    let t = lang.t();
    let view = memo(
        Slot::Compare,
        (state.group, opts, state.hidden.clone(), lang),
        |(group, opts, hidden, lang)| {
            let ds = AppState::dataset();
            compare(&ds, group).map(|c| {
                let figure = Rc::new(compare_figure(&c, &ds, *opts, hidden, *lang));
                let facts: Rc<Vec<&'static Fact>> = Rc::new(c.facts().collect());
                let silent: Vec<Region> = c.slots.iter().filter(|s| !s.reported()).map(|s| s.region).collect();
                (figure, facts, silent)
            })
        },
    );
    let on_select = {
        let state = state.clone();
        Callback::from(move |id: String| {
            super::perf::start(super::perf::SWITCH);
            state.dispatch(Action::SelectGroup(id))
        })
    };
    let on_normalised = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            state.dispatch(Action::SetNormalised(input.checked()));
        })
    };
    let body = match view.as_ref() {
        Ok((figure, facts, silent)) => {
            let conversions: Vec<String> = facts.iter().filter_map(|f| conversion_line(f, t)).collect();
            html! {
                <>
                    { toolbar(&state, Some(figure.clone()), facts.clone(), &format!("compare-{}", state.group)) }
                    <ChartCanvas figure={figure.clone()} on_activate={activate(&state)} palette={state.palette().1} dpr={state.dpr} />
                    { notes(figure) }
                    if !conversions.is_empty() {
                        <div class="conversions">
                            <strong>{ t.conversions_title }</strong>
                            <ul>{ for conversions.iter().map(|c| html! { <li>{ c }</li> }) }</ul>
                        </div>
                    }
                    { fact_list(&state, facts, silent, None) }
                </>
            }
        }
        Err(e) => html! { <p class="error" role="alert">{ e.message(lang) }</p> },
    };
    html! {
        <section class="view" aria-label={View::Compare.name(t)}>
            <div class="controls">
                { group_selector(t, &options, state.group, on_select) }
                <label class="toggle">
                    <input id="normalised" type="checkbox" checked={state.normalised} onchange={on_normalised} />
                    { t.normalised_toggle }
                </label>
            </div>
            { region_legend(&state) }
            { body }
        </section>
    }
}

pub fn composition_view(state: &AppContext) -> Html {
    let state = state.clone();
    let lang = state.lang;
    let view = memo(Slot::Composition, (state.hidden.clone(), lang), |(hidden, lang)| {
        let ds = AppState::dataset();
        let b = breakdowns(&ds);
        let facts: Vec<&'static Fact> = b
            .iter()
            .flat_map(|b| {
                b.regions
                    .iter()
                    .flat_map(|r| r.total.into_iter().chain(r.parts.iter().copied()))
            })
            .collect();
        (Rc::new(composition_figure(&b, &ds, hidden, *lang)), Rc::new(facts))
    });
    let (figure, facts) = (*view).clone();
    html! {
        <section class="view" aria-label={View::Composition.name(lang.t())}>
            { region_legend(&state) }
            { toolbar(&state, Some(figure.clone()), facts.clone(), "composition") }
            <ChartCanvas figure={figure.clone()} on_activate={activate(&state)} palette={state.palette().1} dpr={state.dpr} />
            { notes(&figure) }
            { fact_list(&state, &facts, &[], None) }
        </section>
    }
}

/// `id`: the timeline and the profile each have one, and both may be on the page.
fn region_select(state: &AppContext, id: &'static str, regions: &[Region], selected: Region) -> Html {
    let t = state.lang.t();
    let state = state.clone();
    let onchange = Callback::from(move |e: Event| {
        if let Some(r) = Region::from_key(&select_value(&e)) {
            state.dispatch(Action::SelectRegion(r));
        }
    });
    html! {
        <label class="selector">
            <span>{ t.region_label }</span>
            <select {id} {onchange}>
                { for regions.iter().map(|r| html! {
                    <option value={r.key()} selected={*r == selected}>{ t.region(*r) }</option>
                }) }
            </select>
        </label>
    }
}

pub fn timeline_view(state: &AppContext) -> Html {
    let state = state.clone();
    let regions = memo(Slot::TimelineRegions, (), |_| {
        let ds = AppState::dataset();
        Region::ALL
            .into_iter()
            .filter(|r| !timeline(&ds, *r).is_empty())
            .collect::<Vec<_>>()
    });
    let region = if regions.contains(&state.region) {
        state.region
    } else {
        regions.first().copied().unwrap_or(Region::Shangdang)
    };
    let lang = state.lang;
    let view = memo(Slot::Timeline, (region, lang), |(region, lang)| {
        let ds = AppState::dataset();
        let series = timeline(&ds, *region);
        let facts: Vec<&'static Fact> = series.iter().flat_map(|s| s.facts.iter().copied()).collect();
        (Rc::new(timeline_figure(*region, &series, &ds, *lang)), Rc::new(facts))
    });
    let (figure, facts) = (*view).clone();
    html! {
        <section class="view" aria-label={View::Timeline.name(lang.t())}>
            <div class="controls">{ region_select(&state, "timeline-region", &regions, region) }</div>
            { toolbar(&state, Some(figure.clone()), facts.clone(), &format!("timeline-{}", region.key())) }
            <ChartCanvas figure={figure.clone()} on_activate={activate(&state)} palette={state.palette().1} dpr={state.dpr} />
            { notes(&figure) }
            { fact_list(&state, &facts, &[], None) }
        </section>
    }
}

pub fn profile_view(state: &AppContext) -> Html {
    let state = state.clone();
    let lang = state.lang;
    let t = lang.t();
    let view = memo(Slot::Profile, (state.region, lang), |(region, lang)| {
        let ds = AppState::dataset();
        let p = profile(&ds, *region);
        (Rc::new(profile_figure(&p, &ds, *lang)), Rc::new(p.facts))
    });
    let (figure, facts) = (*view).clone();
    let ds = AppState::dataset();
    // The chart fills the first screen: a switch renders the tiles once the view is on screen.
    let tile_groups = if state.settled() { ds.categories } else { &[] };
    let open = {
        let state = state.clone();
        move |id: &'static str| {
            let state = state.clone();
            Callback::from(move |_| state.dispatch(Action::OpenSource(id)))
        }
    };
    html! {
        <section class="view" aria-label={View::Profile.name(t)}>
            <div class="controls">{ region_select(&state, "profile-region", &Region::ALL, state.region) }</div>
            { toolbar(&state, Some(figure.clone()), facts.clone(), &format!("profile-{}", state.region.key())) }
            <ChartCanvas figure={figure.clone()} on_activate={activate(&state)} palette={state.palette().1} dpr={state.dpr} />
            <h2 class="tiles-title">{ fill(t.tiles_title, &[t.region(state.region), &facts.len().to_string()]) }</h2>
            // One child however many groups: Yew matches unkeyed siblings from the end, so a region with
            // more or fewer groups would otherwise remount the canvas.
            <>
                { for tile_groups.iter().filter_map(|cat| {
                    let in_cat: Vec<&&'static Fact> = facts.iter().filter(|f| f.category == cat.id).collect();
                    (!in_cat.is_empty()).then(|| html! {
                        <section class="tile-group" aria-label={t.name(cat.zh)}>
                            <h3>{ t.name(cat.zh) }<small>{ fill(t.tile_count, &[&in_cat.len().to_string()]) }</small></h3>
                            <ul class="tiles">
                                { for in_cat.into_iter().map(|f| html! {
                                    <li class={classes!("tile", format::is_target(f).then_some("target"))}>
                                        <button type="button" onclick={open(f.id)}>
                                            <span class="tile-name">{ format::indicator_name(&ds, f, t) }</span>
                                            if let Some(entity) = format::entity(f, t) { <span class="tile-entity">{ entity }</span> }
                                            <span class="tile-value">{ t.written(f) }</span>
                                            <span class="tile-meta">{ t.fact_period(f) }{" · "}{ t.kind(f.kind) }</span>
                                            <span class="tile-source">{ format::source_title(&ds, f, t) }</span>
                                        </button>
                                    </li>
                                }) }
                            </ul>
                        </section>
                    })
                }) }
            </>
        </section>
    }
}

pub fn coverage_view(state: &AppContext) -> Html {
    let state = state.clone();
    let lang = state.lang;
    let t = lang.t();
    let view = memo(Slot::Coverage, lang, |lang| {
        let c = coverage(&AppState::dataset());
        (Rc::new(coverage_figure(&c, &AppState::dataset(), *lang)), Rc::new(c))
    });
    let (figure, cov) = (*view).clone();
    let ds = AppState::dataset();
    let listed = memo(Slot::CoverageCell, state.cell, |cell| {
        Rc::new(
            cell.map(|(r, c)| cell_facts(&AppState::dataset(), r, c))
                .unwrap_or_default(),
        )
    });
    let cell_title = state.cell.map(|(r, c)| {
        let name = ds.categories.iter().find(|x| x.id == c).map_or(c, |x| t.name(x.zh));
        fill(t.cell_title, &[t.region(r), name, &listed.len().to_string()])
    });
    html! {
        <section class="view" aria-label={View::Coverage.name(t)}>
            { toolbar(&state, Some(figure.clone()),
                if state.cell.is_some() { (*listed).clone() } else { Rc::new(ds.facts.iter().collect()) },
                &state.cell.map_or("coverage".to_string(), |(r, c)| format!("coverage-{}-{c}", r.key()))) }
            <ChartCanvas figure={figure} on_activate={activate(&state)} palette={state.palette().1} dpr={state.dpr} />
            <div class="table-wrap">
            <table class="coverage-table">
                <caption>{ t.coverage_caption }</caption>
                <thead><tr><th scope="col">{ t.region_label }</th>
                    { for cov.categories.iter().map(|c| html! { <th scope="col">{ t.name(c.zh) }</th> }) }
                    <th scope="col">{ t.total }</th></tr></thead>
                <tbody>
                    { for cov.regions.iter().zip(&cov.counts).map(|(r, row)| html! {
                        <tr><th scope="row">{ t.region(*r) }</th>
                            { for cov.categories.iter().zip(row).map(|(c, n)| {
                                let (region, category) = (*r, c.id);
                                let state = state.clone();
                                let onclick = Callback::from(move |_| state.dispatch(Action::OpenCell(region, category)));
                                html! { <td>
                                    if *n == 0 { <span class="none">{"—"}</span> }
                                    else { <button type="button" class="link" {onclick} data-cell={format!("{}:{}", r.key(), c.id)}>{ n }</button> }
                                </td> }
                            }) }
                            <td>{ row.iter().sum::<usize>() }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
            </div>
            if let Some(title) = cell_title {
                { fact_list(&state, &listed, &[], Some(title)) }
            } else {
                <p class="hint">{ t.coverage_hint }</p>
            }
        </section>
    }
}

/// Changes one field of the explorer's filter from a control's value.
type FilterEdit = Box<dyn Fn(&mut Filter, String)>;

/// More rows than a 1440-pixel-high screen shows below the filters.
const FIRST_SCREEN_ROWS: usize = 30;

/// All facts: search, filters, sort on every column, value as written beside the normalised one.
pub fn explorer_view(state: &AppContext) -> Html {
    let state = state.clone();
    let ds = AppState::dataset();
    let t = state.lang.t();
    let filter = state.filter.clone();
    let rows = memo(Slot::Explorer, filter.clone(), |f| {
        Rc::new(explore(&AppState::dataset(), f))
    });
    let rows: Rc<Vec<&'static Fact>> = (*rows).clone();
    // A switch renders the first screen of rows; the rest follow once the view is on screen.
    let shown = if state.settled() { rows.len() } else { FIRST_SCREEN_ROWS };
    let update = {
        let state = state.clone();
        let filter = filter.clone();
        move |change: FilterEdit| {
            let state = state.clone();
            let filter = filter.clone();
            Callback::from(move |value: String| {
                let mut next = filter.clone();
                change(&mut next, value);
                state.dispatch(Action::SetFilter(next));
            })
        }
    };
    let on_text = update(Box::new(|f, v| f.text = v));
    let oninput = Callback::from(move |e: InputEvent| {
        let input: HtmlInputElement = e.target_unchecked_into();
        on_text.emit(input.value());
    });
    let on = |cb: Callback<String>| Callback::from(move |e: Event| cb.emit(select_value(&e)));
    let on_region = on(update(Box::new(|f, v| f.region = Region::from_key(&v))));
    let on_category = on(update(Box::new(move |f, v| {
        f.category = AppState::dataset().categories.iter().find(|c| c.id == v).map(|c| c.id)
    })));
    let on_period = on(update(Box::new(|f, v| f.period = (!v.is_empty()).then_some(v))));
    let on_qualifier = on(update(Box::new(|f, v| f.qualifier = Qualifier::from_key(&v))));
    let on_kind = on(update(Box::new(|f, v| f.kind = Kind::from_key(&v))));
    let sort_by = |column: Column| {
        let state = state.clone();
        let filter = filter.clone();
        Callback::from(move |_| {
            let mut next = filter.clone();
            next.descending = next.sort == column && !next.descending;
            next.sort = column;
            state.dispatch(Action::SetFilter(next));
        })
    };
    let open = |id: &'static str| {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(Action::OpenSource(id)))
    };
    let option = |value: &str, label: &str, selected: bool| html! { <option value={value.to_string()} {selected}>{ label.to_string() }</option> };
    html! {
        <section class="view explorer" aria-label={View::Explorer.name(t)}>
            { toolbar(&state, None, rows.clone(), "explorer") }
            <div class="filters">
                <label class="search"><span>{ t.search }</span>
                    <input id="explorer-search" type="search" value={filter.text.clone()} {oninput}
                        placeholder={t.search_placeholder} aria-describedby="explorer-count" />
                </label>
                <label><span>{ t.region_label }</span><select id="filter-region" onchange={on_region}>
                    { option("", t.all, filter.region.is_none()) }
                    { for Region::ALL.into_iter().map(|r| option(r.key(), t.region(r), filter.region == Some(r))) }
                </select></label>
                <label><span>{ t.category_label }</span><select id="filter-category" onchange={on_category}>
                    { option("", t.all, filter.category.is_none()) }
                    { for ds.categories.iter().map(|c| option(c.id, t.name(c.zh), filter.category == Some(c.id))) }
                </select></label>
                <label><span>{ t.period_label }</span><select id="filter-period" onchange={on_period}>
                    { option("", t.all, filter.period.is_none()) }
                    { for periods(&ds).iter().map(|p| {
                        let key = p.to_string();
                        let selected = filter.period.as_deref() == Some(key.as_str());
                        option(&key, &t.period(*p), selected)
                    }) }
                </select></label>
                <label><span>{ t.qualifier_label }</span><select id="filter-qualifier" onchange={on_qualifier}>
                    { option("", t.all, filter.qualifier.is_none()) }
                    { for [Qualifier::Exact, Qualifier::MoreThan, Qualifier::Approx, Qualifier::AtLeast].into_iter()
                        .map(|q| option(q.key(), t.qualifier(q), filter.qualifier == Some(q))) }
                </select></label>
                <label><span>{ t.kind_label }</span><select id="filter-kind" onchange={on_kind}>
                    { option("", t.all, filter.kind.is_none()) }
                    { for [Kind::Actual, Kind::Target].into_iter().map(|k| option(k.key(), t.kind(k), filter.kind == Some(k))) }
                </select></label>
            </div>
            <p id="explorer-count" class="count" role="status">{ fill(t.explorer_count, &[&rows.len().to_string(), &ds.facts.len().to_string()]) }</p>
            <div class="table-wrap">
                <table class="facts-table">
                    <thead><tr>
                        { for Column::ALL.into_iter().map(|c| {
                            let sort = if filter.sort == c { if filter.descending { "descending" } else { "ascending" } } else { "none" };
                            html! { <th scope="col" aria-sort={sort}>
                                <button type="button" class="sort" data-sort={c.key()} onclick={sort_by(c)}>
                                    { t.columns[c as usize] }<span aria-hidden="true">{ match sort { "ascending" => " ▲", "descending" => " ▼", _ => "" } }</span>
                                </button>
                            </th> }
                        }) }
                    </tr></thead>
                    <tbody>
                        { for rows.iter().take(shown).map(|f| html! {
                            <tr key={f.id} data-fact={f.id}>
                                <td>{ region_chip(f.region) }{" "}{ t.region(f.region) }
                                    if let Some(entity) = format::entity(f, t) { <div class="entity">{ entity }</div> }</td>
                                <td>{ format::indicator_name(&ds, f, t) }</td>
                                <td class="num-cell"><strong>{ t.written(f) }</strong>
                                    if let Some(n) = format::normalised(f, t) { <div class="norm">{ n }</div> }</td>
                                <td>{ t.fact_period(f) }</td>
                                <td class={classes!(format::is_target(f).then_some("target"))}>{ t.kind(f.kind) }</td>
                                <td>{ t.qualifier(f.qualifier) }</td>
                                <td>{ ds.categories.iter().find(|c| c.id == f.category).map_or(f.category, |c| t.name(c.zh)) }</td>
                                <td><button type="button" class="link" onclick={open(f.id)}>{ format::source_title(&ds, f, t) }</button></td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
        </section>
    }
}

/// The five articles as readable text with every extracted number highlighted.
pub fn sources_view(state: &AppContext) -> Html {
    let state = state.clone();
    let ds = AppState::dataset();
    let t = state.lang.t();
    let seed = state.article;
    let facts = memo(Slot::Sources, seed, |seed| {
        Rc::new(
            AppState::dataset()
                .facts
                .iter()
                .filter(|f| f.seed == *seed)
                .collect::<Vec<_>>(),
        )
    });
    let onchange = {
        let state = state.clone();
        Callback::from(move |e: Event| state.dispatch(Action::SelectArticle(select_value(&e))))
    };
    let source = ds.source(seed);
    html! {
        <section class="view sources-view" aria-label={View::Sources.name(t)}>
            <div class="controls">
                <label class="selector"><span>{ t.article_label }</span>
                    <select id="article-select" {onchange}>
                        { for ds.sources.iter().map(|s| {
                            let label = if t.is_source {
                                format!("《{}》 {}", s.title, s.seed)
                            } else {
                                format!("{} {}", t.title(t.name(s.title)), s.seed)
                            };
                            html! { <option value={s.seed} selected={s.seed == seed}>{ label }</option> }
                        }) }
                    </select>
                </label>
            </div>
            { toolbar(&state, None, (*facts).clone(), &format!("article-{}", seed.split('_').next().unwrap_or(seed))) }
            if let Some(source) = source {
                <article class="article">
                    <h2>{ format::title_html(source.title, t) }</h2>
                    <p class="cite">{ source.seed }{" · "}{ t.name(source.published) }{" · "}{ fill(t.extracted, &[&facts.len().to_string()]) }</p>
                    { reader(source.seed, None, "view-tip", t) }
                </article>
            }
        </section>
    }
}
