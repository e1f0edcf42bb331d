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
    draw_scaled(backend, scene, 1.0)
}

/// plotters' SVG backend writes a text's size divided by this (a ratio it keeps between its font sizes
/// and CSS pixels); the canvas writes it as given. The SVG export multiplies by it, so that a text is the
/// same size in the SVG as in the PNG and on screen.
const SVG_TEXT_RATIO: f64 = 1.24;

/// The scene as an SVG document: the same drawing as the canvas and the PNG (text at the same size), with
/// a `<title>` and a `<desc>` that name it for screen readers, file browsers and search.
pub fn svg(scene: &Scene, title: &str, desc: &str) -> Result<String, ChartError> {
    let mut out = String::new();
    draw_scaled(
        SVGBackend::with_string(&mut out, (scene.width as u32, scene.height as u32)),
        scene,
        SVG_TEXT_RATIO,
    )?;
    let out = tidy_font_sizes(&out, scene);
    let head_end = out.find('>').map_or(0, |i| i + 1);
    let (head, body) = out.split_at(head_end);
    Ok(format!(
        "{head}\n<title>{}</title>\n<desc>{}</desc>{body}",
        xml_text(title),
        xml_text(desc)
    ))
}

/// Text for an XML element's content.
fn xml_text(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

/// `font-size="11.999999999999998"` (the ratio's rounding) → `font-size="12"`: each size the scene draws,
/// as plotters writes it after the ratio, replaced by the size itself (no float parsing: it would cost the
/// bundle about 13 KB gzip).
fn tidy_font_sizes(svg: &str, scene: &Scene) -> String {
    let mut sizes: Vec<u32> = scene
        .items
        .iter()
        .filter_map(|i| match i {
            Item::Text { size, .. } => Some(size.round() as u32),
            _ => None,
        })
        .collect();
    sizes.dedup();
    let mut out = svg.to_string();
    for s in sizes {
        let written = f64::from(s) * SVG_TEXT_RATIO / SVG_TEXT_RATIO;
        let (from, to) = (format!("font-size=\"{written}\""), format!("font-size=\"{s}\""));
        if from != to {
            out = out.replace(&from, &to);
        }
    }
    out
}

/// Draws `scene` with every text size multiplied by `text_ratio` (see [`SVG_TEXT_RATIO`]).
fn draw_scaled<DB: DrawingBackend>(backend: DB, scene: &Scene, text_ratio: f64) -> Result<(), ChartError> {
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
                let font = FontDesc::new(FontFamily::Name(FONT_FAMILY), size.round() * text_ratio, style)
                    .color(&colour(*c))
                    .pos(pos);
                root.draw_text(text, &font, pt(*at))
            }
        }
        .map_err(backend_error)?;
    }
    root.present().map_err(backend_error)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_and_desc_are_escaped_text() {
        assert_eq!(xml_text("a<b>&c"), "a&lt;b&gt;&amp;c");
    }
}
