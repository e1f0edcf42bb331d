//! Downloads made in the browser: a Blob, an object URL and a clicked `<a download>`; no server.

use gloo::file::{Blob, ObjectUrl};
use gloo::timers::callback::Timeout;
use plotters_canvas::CanvasBackend;
use wasm_bindgen::prelude::*;
use web_sys::{HtmlAnchorElement, HtmlCanvasElement};

use crate::app::link::{share_link, Shared};
use crate::chart::style::Palette;
use crate::chart::{draw, layout, preferred_height, Figure, Scene};

fn document() -> Result<web_sys::Document, String> {
    web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| "no document".to_string())
}

/// Offers `blob` as a file called `name`.
fn offer(blob: &Blob, name: &str) -> Result<(), String> {
    let url = ObjectUrl::from(blob.clone());
    let a: HtmlAnchorElement = document()?
        .create_element("a")
        .map_err(|_| "cannot create a link".to_string())?
        .dyn_into()
        .map_err(|_| "not a link".to_string())?;
    a.set_href(&url);
    a.set_download(name);
    a.click();
    // Revoke later: revoking at once can cancel the download in some browsers.
    Timeout::new(60_000, move || drop(url)).forget();
    Ok(())
}

pub fn text(content: &str, mime: &str, name: &str) -> Result<(), String> {
    offer(&Blob::new_with_options(content, Some(mime)), name)
}

/// The CSS size the chart has on screen, or a slide-like default when no chart is shown.
fn chart_size(figure: &Figure) -> (f64, f64) {
    let shown = document().ok().and_then(|d| d.get_element_by_id("chart")).map(|el| {
        let r = el.get_bounding_client_rect();
        (r.width(), r.height())
    });
    let (w, h) = shown.filter(|(w, h)| *w > 0.0 && *h > 0.0).unwrap_or((1200.0, 675.0));
    (w, preferred_height(figure, w).unwrap_or(h))
}

/// The figure as SVG, drawn by the same code as the canvas.
pub fn svg(figure: &Figure, name: &str) -> Result<(), String> {
    let (w, h) = chart_size(figure);
    let scene = layout(figure, w.round(), h.round(), 1.0, &Palette::LIGHT).map_err(|e| e.to_string())?;
    let out = crate::chart::svg(&scene, &figure.title, &figure.description()).map_err(|e| e.to_string())?;
    text(&out, "image/svg+xml", name)
}

/// A canvas off the page, `width` × `height` pixels.
pub fn new_canvas(width: f64, height: f64) -> Result<HtmlCanvasElement, String> {
    let canvas: HtmlCanvasElement = document()?
        .create_element("canvas")
        .map_err(|_| "cannot create a canvas".to_string())?
        .dyn_into()
        .map_err(|_| "not a canvas".to_string())?;
    canvas.set_width(width.round() as u32);
    canvas.set_height(height.round() as u32);
    Ok(canvas)
}

/// A scene drawn on a canvas off the page (for a PNG, or the pages of a print).
pub fn drawn(scene: &Scene) -> Result<HtmlCanvasElement, String> {
    let canvas = new_canvas(scene.width, scene.height)?;
    let backend = CanvasBackend::with_canvas_object(canvas.clone()).ok_or("canvas 2d context unavailable")?;
    draw(backend, scene).map_err(|e| e.to_string())?;
    Ok(canvas)
}

/// The figure as PNG at `scale` × its on-screen size, on white, title and source line included.
pub fn png(figure: &Figure, scale: f64, name: &str) -> Result<(), String> {
    let (w, h) = chart_size(figure);
    let scene =
        layout(figure, (w * scale).round(), (h * scale).round(), scale, &Palette::LIGHT).map_err(|e| e.to_string())?;
    let canvas = drawn(&scene)?;
    let name = name.to_string();
    let done = Closure::once_into_js(move |blob: Option<web_sys::Blob>| {
        if let Some(blob) = blob {
            let _ = offer(&Blob::from(blob), &name);
        }
    });
    canvas
        .to_blob(done.unchecked_ref())
        .map_err(|_| "cannot encode PNG".to_string())
}

/// Copies the link to share (`app::link::share_link`: the offline file's hosted twin where the build
/// named one); says what it points at, or `Err(link)` where the clipboard refuses.
pub async fn copy_link() -> Result<Shared, String> {
    let (link, shared) = share_link_here();
    copy_text(&link).await.map(|()| shared)
}

/// The link to share for this page, and what it points at.
pub fn share_link_here() -> (String, Shared) {
    let hosted = document()
        .ok()
        .and_then(|d| d.query_selector("meta[name=qianwan-hosted]").ok().flatten())
        .and_then(|m| m.get_attribute("content"));
    share_link(&current_href(), hosted.as_deref())
}

/// Copies a text; `Err(text)` where the clipboard is missing or refuses (then the caller shows it).
pub async fn copy_text(text: &str) -> Result<(), String> {
    let fail = || text.to_string();
    let window = web_sys::window().ok_or_else(fail)?;
    let clipboard = js_sys::Reflect::get(&window.navigator(), &JsValue::from_str("clipboard"))
        .ok()
        .filter(|c| !c.is_undefined())
        .ok_or_else(fail)?;
    let write: js_sys::Function = js_sys::Reflect::get(&clipboard, &JsValue::from_str("writeText"))
        .ok()
        .and_then(|f| f.dyn_into().ok())
        .ok_or_else(fail)?;
    let promise: js_sys::Promise = write
        .call1(&clipboard, &JsValue::from_str(text))
        .ok()
        .and_then(|p| p.dyn_into().ok())
        .ok_or_else(fail)?;
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .map(|_| ())
        .map_err(|_| fail())
}

/// Today on this device, as "2026-12-03".
pub fn today() -> String {
    let d = js_sys::Date::new_0();
    format!("{:04}-{:02}-{:02}", d.get_full_year(), d.get_month() + 1, d.get_date())
}

pub fn current_href() -> String {
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default()
}
