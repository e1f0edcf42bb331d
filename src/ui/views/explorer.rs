//! 数据表: every figure — search, filters, sorting on every column, the value as written beside the
//! normalised one.

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::ViewProps;
use crate::app::{Action, AppState, View};
use crate::i18n::fill;
use crate::model::explore::{periods, Column, Filter};
use crate::model::{Fact, Kind, Qualifier};
use crate::narrative::search::{order_note, search};
use crate::ui::components::format::{self, region_chip, select_value};
use crate::ui::components::toolbar::{toolbar, ToolbarProps};

/// Changes one field of the explorer's filter from a control's value.
type FilterEdit = fn(&mut Filter, String);

/// More rows than a 1440-pixel-high screen shows below the filters.
const FIRST_SCREEN_ROWS: usize = 30;

#[function_component(ExplorerView)]
pub fn explorer_view(props: &ViewProps) -> Html {
    let state = &props.state;
    let dispatch = &props.dispatch;
    let ds = AppState::dataset();
    let lang = state.lang;
    let t = lang.t();
    let filter = state.filter.clone();
    let rows = use_memo(filter.clone(), |f| Rc::new(search(&AppState::dataset(), f)));
    let rows: Rc<Vec<&'static Fact>> = (*rows).clone();
    // A switch renders the first screen of rows; the rest follow once the view is on screen.
    let shown = if state.settled() { rows.len() } else { FIRST_SCREEN_ROWS };
    let update = |change: FilterEdit| {
        let filter = filter.clone();
        dispatch.reform(move |value: String| {
            let mut next = filter.clone();
            change(&mut next, value);
            Action::SetFilter(next)
        })
    };
    let on_text = update(|f, v| f.text = v);
    let oninput = on_text.reform(|e: InputEvent| {
        let input: HtmlInputElement = e.target_unchecked_into();
        input.value()
    });
    let on = |change: FilterEdit| update(change).reform(|e: Event| select_value(&e));
    let on_region = on(|f, v| f.region = AppState::dataset().region(&v));
    let on_category = on(|f, v| f.category = AppState::dataset().categories.iter().find(|c| c.id == v).map(|c| c.id));
    let on_period = on(|f, v| f.period = (!v.is_empty()).then_some(v));
    let on_qualifier = on(|f, v| f.qualifier = Qualifier::from_key(&v));
    let on_kind = on(|f, v| f.kind = Kind::from_key(&v));
    let sort_by = |column: Column| {
        let filter = filter.clone();
        dispatch.reform(move |_: MouseEvent| {
            let mut next = filter.clone();
            next.descending = next.sort == column && !next.descending;
            next.sort = column;
            Action::SetFilter(next)
        })
    };
    let open = |id: &'static str| dispatch.reform(move |_: MouseEvent| Action::OpenSource(id));
    // Rows whose quote is shown under them (this view's own state: not in the link).
    let quotes = use_state_eq(Vec::<&'static str>::new);
    let toggle_quote = |id: &'static str| {
        let quotes = quotes.clone();
        Callback::from(move |_: MouseEvent| {
            let mut next = (*quotes).clone();
            match next.iter().position(|q| *q == id) {
                Some(i) => {
                    next.remove(i);
                }
                None => next.push(id),
            }
            quotes.set(next);
        })
    };
    let order_note = order_note(&filter, t);
    let option = |value: &str, label: &str, selected: bool| html! { <option value={value.to_string()} {selected}>{ label.to_string() }</option> };
    // Keyed rows, side by side (a row's quote is the next row): no fragment in between, so the first
    // screen's rows stay the same elements when the rest arrive.
    let mut body: Vec<Html> = Vec::with_capacity(shown.min(rows.len()) + quotes.len());
    for f in rows.iter().take(shown) {
        let open_quote = quotes.contains(&f.id);
        body.push(html! {
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
                <td><button type="button" class="link" onclick={open(f.id)}>{ format::source_title(&ds, f, t) }</button>
                    <button type="button" class="quote-toggle" aria-expanded={open_quote.to_string()} onclick={toggle_quote(f.id)}>
                        { t.show_quote }<span aria-hidden="true">{ if open_quote { " ▴" } else { " ▾" } }</span>
                    </button></td>
            </tr>
        });
        if open_quote {
            body.push(html! {
                <tr key={format!("{}-quote", f.id)} class="quote-row" data-quote-of={f.id}>
                    <td colspan="8"><blockquote lang="zh-CN">{ f.quote }</blockquote></td>
                </tr>
            });
        }
    }
    html! {
        <section class="view explorer" aria-label={View::Explorer.name(t)}>
            { toolbar(ToolbarProps {
                figure: None,
                facts: rows.clone(),
                stem: "explorer".into(),
                status: state.status.clone(),
                lang,
                on_report: dispatch.reform(Action::Report),
            }) }
            <div class="filters">
                <label class="search"><span>{ t.search }</span>
                    <input id="explorer-search" type="search" value={filter.text.clone()} {oninput}
                        placeholder={t.search_placeholder} aria-describedby="explorer-count" />
                </label>
                <label><span>{ t.region_label }</span><select id="filter-region" onchange={on_region}>
                    { option("", t.all, filter.region.is_none()) }
                    { for ds.regions.iter().copied().map(|r| option(r.key(), t.region(r), filter.region == Some(r))) }
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
            if let Some(note) = order_note { <p class="order-note">{ note }</p> }
            <div class="table-wrap">
                <table class="facts-table">
                    <thead><tr>
                        { for Column::ALL.into_iter().map(|c| {
                            let sort = if filter.sort == c { if filter.descending { "descending" } else { "ascending" } } else { "none" };
                            html! { <th scope="col" aria-sort={sort}>
                                <button type="button" class="sort" data-sort={c.key()} onclick={sort_by(c)}>
                                    { t.columns.get(c) }<span aria-hidden="true">{ match sort { "ascending" => " ▲", "descending" => " ▼", _ => "" } }</span>
                                </button>
                            </th> }
                        }) }
                    </tr></thead>
                    <tbody>
                        { for body }
                    </tbody>
                </table>
            </div>
        </section>
    }
}
