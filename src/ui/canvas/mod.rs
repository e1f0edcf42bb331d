//! The chart canvas: sized to its box × devicePixelRatio, redrawn on resize, zoom, a new pixel ratio and a
//! figure change; marks answer the mouse (hover, click) and the keyboard (arrows, Enter) from the scene's
//! own geometry. A figure is always drawn (a box too small for it gets a larger drawing, which scrolls); a
//! canvas that cannot be drawn is cleared and says why, never left with another figure.
//!
//! The component composes three hooks: `use_box_size` (the room the box gives), `use_paint` (drawing
//! once per change) and `use_marks` (hover, focus, keys); beside it, its data table and the tooltip.

mod keep;
mod marks;
mod paint;
mod print;
mod size;
mod table;
mod tooltip;

use std::cell::Cell;
use std::rc::Rc;

use yew::prelude::*;

use self::marks::use_marks;
use self::paint::{box_style, use_paint, PaintInputs};
use self::print::use_print_pages;
use self::size::use_box_size;
use self::table::ChartTable;
use self::tooltip::Tooltip;
use crate::chart::style::Palette;
use crate::chart::{Figure, Target};

#[derive(Properties, PartialEq)]
pub struct ChartCanvasProps {
    pub figure: Rc<Figure>,
    /// A mark was clicked or activated with Enter.
    pub on_activate: Callback<Target>,
    /// A slide: fill the box as styled, with type that grows with it (`chart::slide_types`), instead of
    /// taking the figure's preferred height.
    #[prop_or(false)]
    pub fit: bool,
    pub palette: Palette,
    /// The screen's device pixel ratio (the app follows it as it changes).
    pub dpr: f64,
}

/// The verdict a mark stands under: its panel's, else the figure's.
fn verdict_of(figure: &Figure, panel: usize) -> Option<String> {
    figure
        .panels
        .get(panel)
        .and_then(|p| p.verdict.clone())
        .or_else(|| figure.verdict.clone())
}

#[function_component(ChartCanvas)]
pub fn chart_canvas(props: &ChartCanvasProps) -> Html {
    let host = use_node_ref();
    let canvas = use_node_ref();
    // In a hidden view: no ids (they stay unique), no overlay, no measuring (its layout is not the page's).
    let shown = use_context::<crate::ui::store::Shown>().is_none_or(|s| s.0);
    let shown_now = use_memo((), |_| Cell::new(shown));
    shown_now.set(shown);
    let dirty = use_memo((), |_| Cell::new(false));
    let size = use_box_size(host.clone(), canvas.clone(), shown_now.clone(), dirty.clone());
    let paint = use_paint(
        PaintInputs {
            figure: props.figure.clone(),
            palette: props.palette,
            ratio: props.dpr,
            fit: props.fit,
            shown,
        },
        *size,
        host.clone(),
        canvas.clone(),
        dirty,
    );
    // Print: the chart again as page-high pictures (not the slides: a slide prints as it is shown).
    let print_host = use_node_ref();
    use_print_pages(props.figure.clone(), shown && !props.fit, print_host.clone());
    let marks = use_marks(paint.painted.clone(), paint.generation, props.on_activate.clone());

    // The overlay: focus ring and tooltip for the focused mark, else the hovered one.
    let overlay = {
        let p = paint.painted.borrow();
        match (p.scene.as_ref(), marks.active.filter(|_| shown)) {
            (Some(scene), Some(i)) => scene.marks.get(i).map(|m| {
                let d = p.dpr();
                let (x, y, w, h) = (m.rect.x / d, m.rect.y / d, m.rect.w / d, m.rect.h / d);
                let ring = format!("left:{x:.1}px;top:{y:.1}px;width:{w:.1}px;height:{h:.1}px");
                html! {
                    <>
                        if marks.focused {
                            <div class="focus-ring" style={ring} aria-hidden="true"></div>
                        }
                        <Tooltip target={m.target} x={x + w / 2.0} {y} box_width={scene.width / d} lang={props.figure.lang}
                            verdict={verdict_of(&props.figure, m.panel)} />
                    </>
                }
            }),
            _ => None,
        }
    };
    let style = size.and_then(|s| box_style(&props.figure, s.width, props.fit));
    let t = props.figure.lang.t();
    html! {
        <>
        <div class="chart-box" ref={host} style={style}>
            // Keyed, fixed children: the canvas element must survive every overlay change
            // (a replaced canvas is blank).
            <canvas key="canvas" ref={canvas} id={shown.then_some("chart")} tabindex="0" role="img"
                aria-label={props.figure.summary.clone()}
                aria-describedby={shown.then_some("chart-keys")}
                onmousemove={marks.onmousemove} onmouseleave={marks.onmouseleave} onclick={marks.onclick} onmousedown={marks.onmousedown}
                onkeydown={marks.onkeydown} onfocus={marks.onfocus} onblur={marks.onblur}></canvas>
            <div key="overlay" class="chart-overlay">{ for overlay }</div>
            <div key="status" class="chart-status">
                if let Some(message) = paint.error {
                    <p class="error" role="alert">{ message }</p>
                }
            </div>
            <p key="keys" id={shown.then_some("chart-keys")} class="visually-hidden">{ t.chart_keys }</p>
        </div>
        <div class="print-pages" ref={print_host} aria-hidden="true"></div>
        <ChartTable figure={props.figure.clone()} id={shown.then_some("chart-data")} />
        </>
    }
}
