//! Print: the chart drawn again for A4 landscape, on white, and cut into page-high pictures between its
//! blocks (`Scene::print_pages`), so a tall chart (a timeline, a profile) prints at a legible size over as
//! many pages as it needs instead of squeezed onto one. Made on `beforeprint`, removed on `afterprint`.

use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::CanvasRenderingContext2d;
use yew::prelude::*;

use crate::chart::style::Palette;
use crate::chart::{layout, preferred_height, Figure};
use crate::ui::document;
use crate::ui::download::{drawn, new_canvas};

/// The printable width of A4 landscape with 10 mm margins (277 mm), in CSS pixels, less a little.
const PAGE_WIDTH: f64 = 1040.0;
/// The height of chart one page holds (190 mm ≈ 718 CSS pixels, less a little).
const PAGE_HEIGHT: f64 = 700.0;
/// Pixels per CSS pixel of the printed pictures (sharp on paper).
const SCALE: f64 = 2.0;

/// While the chart is on screen, prints it as page-high pictures in `host` (see the module).
#[hook]
pub fn use_print_pages(figure: Rc<Figure>, shown: bool, host: NodeRef) {
    use_effect_with((figure, shown), move |(figure, shown)| {
        let listeners = shown.then(web_sys::window).flatten().map(|w| {
            let (figure, on) = (figure.clone(), host.clone());
            let before = EventListener::new(&w, "beforeprint", move |_| {
                if let Some(el) = on.cast::<web_sys::Element>() {
                    el.set_inner_html("");
                    // Nothing to print instead: the chart on screen prints as it is.
                    if fill(&el, &figure).is_err() {
                        el.set_inner_html("");
                    }
                }
            });
            let off = host.clone();
            let after = EventListener::new(&w, "afterprint", move |_| {
                if let Some(el) = off.cast::<web_sys::Element>() {
                    el.set_inner_html("");
                }
            });
            (before, after)
        });
        move || drop(listeners)
    });
}

fn fill(host: &web_sys::Element, figure: &Figure) -> Result<(), String> {
    let height = preferred_height(figure, PAGE_WIDTH).unwrap_or(PAGE_HEIGHT);
    let scene =
        layout(figure, PAGE_WIDTH * SCALE, height * SCALE, SCALE, &Palette::LIGHT).map_err(|e| e.to_string())?;
    let whole = drawn(&scene)?;
    let doc = document().ok_or("document")?;
    for (top, bottom) in scene.print_pages(PAGE_HEIGHT * SCALE) {
        let h = (bottom - top).round();
        let page = new_canvas(scene.width, h)?;
        let ctx: CanvasRenderingContext2d = page
            .get_context("2d")
            .ok()
            .flatten()
            .and_then(|c| c.dyn_into().ok())
            .ok_or("canvas 2d context")?;
        ctx.draw_image_with_html_canvas_element_and_sw_and_sh_and_dx_and_dy_and_dw_and_dh(
            &whole,
            0.0,
            top.round(),
            scene.width,
            h,
            0.0,
            0.0,
            scene.width,
            h,
        )
        .map_err(|_| "draw")?;
        let img = doc.create_element("img").map_err(|_| "img")?;
        img.set_attribute("src", &page.to_data_url().map_err(|_| "png")?)
            .map_err(|_| "img")?;
        img.set_attribute("alt", &figure.summary).map_err(|_| "img")?;
        host.append_child(&img).map_err(|_| "img")?;
    }
    Ok(())
}
