use std::rc::Rc;

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::canvas::ChartCanvas;
use super::sources::SourceList;
use super::state::{Action, AppContext, AppState};
use crate::chart::compare_spec;
use crate::model::{comparable_groups, compare, GroupOption};

#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(AppState::default);
    html! {
        <ContextProvider<AppContext> context={state}>
            <header class="top">
                <h1>{"千万工程 三地对比"}</h1>
                <p class="lede">
                    {"上党区（长治市）· 盐湖区 · 万荣县（运城市）——所有数字均摘自五篇新闻报道，逐条可查原文。"}
                </p>
            </header>
            <main>
                <CompareView />
            </main>
            <footer class="foot">
                {"数据来源：五篇新闻报道（见每项数字下方的原文引文）。未报道 = 文章没有提及，不等于零。"}
            </footer>
        </ContextProvider<AppContext>>
    }
}

#[derive(Properties, PartialEq)]
struct SelectorProps {
    options: Rc<Vec<GroupOption>>,
    selected: &'static str,
    on_select: Callback<String>,
}

/// Indicator groups reported by at least two regions, by category.
#[function_component(GroupSelector)]
fn group_selector(props: &SelectorProps) -> Html {
    let ds = AppState::dataset();
    let onchange = {
        let on_select = props.on_select.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            on_select.emit(select.value());
        })
    };
    let categories = ds.categories.iter().filter_map(|cat| {
        let options: Vec<&GroupOption> = props.options.iter().filter(|o| o.group.category == cat.id).collect();
        (!options.is_empty()).then(|| {
            html! {
                <optgroup label={cat.zh}>
                    { for options.iter().map(|o| {
                        let regions: Vec<&str> = o.regions.iter().map(|r| r.zh()).collect();
                        html! {
                            <option value={o.group.id} selected={o.group.id == props.selected}>
                                { format!("{}（{}）", o.group.zh, regions.join("、")) }
                            </option>
                        }
                    }) }
                </optgroup>
            }
        })
    });
    html! {
        <label class="selector">
            <span>{"指标组"}</span>
            <select id="group-select" {onchange} aria-describedby="group-help">
                { for categories }
            </select>
            <small id="group-help">{ format!("共 {} 组指标有两个及以上地区的数字可比", props.options.len()) }</small>
        </label>
    }
}

/// The first view: one indicator group, the three regions side by side.
#[function_component(CompareView)]
fn compare_view() -> Html {
    let Some(state) = use_context::<AppContext>() else {
        return html! { <p class="error">{"内部错误：缺少应用状态"}</p> };
    };
    let options = use_memo((), |_| comparable_groups(&AppState::dataset()));
    let group = state.group;
    // One comparison and one chart spec per group: a view switch builds each once.
    let view = use_memo(group, |group| {
        let ds = AppState::dataset();
        compare(&ds, group).map(|c| {
            let spec = Rc::new(compare_spec(&c, &ds));
            (Rc::new(c), spec)
        })
    });
    let on_select = {
        let state = state.clone();
        Callback::from(move |id: String| state.dispatch(Action::SelectGroup(id)))
    };
    let body = match view.as_ref() {
        Ok((c, spec)) => html! {
            <>
                <ChartCanvas spec={spec.clone()} />
                if let Some(note) = c.group.note_zh {
                    <p class="note" role="note">{"口径说明："}{note}</p>
                }
                <SourceList comparison={c.clone()} />
            </>
        },
        Err(e) => html! { <p class="error" role="alert">{ e.to_string() }</p> },
    };
    html! {
        <section class="compare" aria-label="三地对比">
            <GroupSelector options={options} selected={group} {on_select} />
            { body }
        </section>
    }
}
