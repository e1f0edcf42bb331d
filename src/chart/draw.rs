//! Paints a laid-out scene on any plotters backend (canvas in the browser, SVG in the tests).

use plotters::drawing::DrawingAreaErrorKind;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::FontStyle;

use super::scene::{HAlign, Item, Scene, VAlign};
use super::style::{Rgb, FONT_FAMILY};
use super::ChartError;

fn colour(c: Rgb) -> RGBColor {
    RGBColor(c.0, c.1, c.2)
}

fn px(v: f64) -> i32 {
    v.round() as i32
}

fn pt(p: (f64, f64)) -> (i32, i32) {
    (px(p.0), px(p.1))
}

/// The backend's own error is a `JsValue` on the canvas: its Debug text would pull wasm-bindgen's
/// value printer into the bundle for a message no reader can act on; the kind is enough.
fn backend_error<E: std::error::Error + Send + Sync>(e: DrawingAreaErrorKind<E>) -> ChartError {
    ChartError::Backend(
        match e {
            DrawingAreaErrorKind::BackendError(_) => "backend",
            DrawingAreaErrorKind::SharingError => "sharing",
            DrawingAreaErrorKind::LayoutError => "layout",
        }
        .to_string(),
    )
}

/// Draws `scene` on `backend`, whose size should be the scene's.
pub fn draw<DB: DrawingBackend>(backend: DB, scene: &Scene) -> Result<(), ChartError> {
    let root = backend.into_drawing_area();
    for item in &scene.items {
        match item {
            Item::Rect { rect, fill } => root.draw(&Rectangle::new(
                [pt((rect.x, rect.y)), pt((rect.x + rect.w, rect.y + rect.h))],
                colour(*fill).filled(),
            )),
            Item::Line {
                from,
                to,
                colour: c,
                width,
            } => root.draw(&PathElement::new(
                vec![pt(*from), pt(*to)],
                colour(*c).stroke_width(width.round().max(1.0) as u32),
            )),
            Item::Polygon { points, fill } => root.draw(&Polygon::new(
                points.iter().copied().map(pt).collect::<Vec<_>>(),
                colour(*fill).filled(),
            )),
            Item::Text {
                at,
                text,
                size,
                colour: c,
                bold,
                h,
                v,
            } => {
                let style = if *bold { FontStyle::Bold } else { FontStyle::Normal };
                let pos = Pos::new(
                    match h {
                        HAlign::Left => HPos::Left,
                        HAlign::Center => HPos::Center,
                        HAlign::Right => HPos::Right,
                    },
                    match v {
                        VAlign::Top => VPos::Top,
                        VAlign::Middle => VPos::Center,
                        VAlign::Bottom => VPos::Bottom,
                    },
                );
                let font = FontDesc::new(FontFamily::Name(FONT_FAMILY), size.round(), style)
                    .color(&colour(*c))
                    .pos(pos);
                root.draw_text(text, &font, pt(*at))
            }
        }
        .map_err(backend_error)?;
    }
    root.present().map_err(backend_error)
}
