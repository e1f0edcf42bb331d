//! Charts as plain data. `spec` turns a comparison into what to show, `scene` lays it out for a size
//! and pixel ratio (a display list plus the rectangle of every mark, for hit-testing), and `draw`
//! paints a scene on any plotters backend: the browser canvas and the SVG of the tests alike.

pub mod axis;
pub mod draw;
pub mod interact;
pub mod scene;
pub mod spec;
pub mod style;

use std::fmt;

use crate::i18n::{fill, Lang};

pub use draw::{draw, svg};
pub use scene::{
    layout, layout_fit, layout_in, min_height, preferred_height, slide_types, text_width, Item, Mark, Rect, Scene,
    Target, Typeset,
};
pub use spec::{
    compare_figure, composition_figure, conversion_line, coverage_figure, profile_figure, slide_figure,
    timeline_figure, BarSpec, Body, ClusterSpec, CompareOptions, Figure, Panel,
};

#[derive(Debug, Clone, PartialEq)]
pub enum ChartError {
    /// Nothing sensible fits: zero, negative, NaN or tiny sizes are refused, never drawn.
    TooSmall { width: f64, height: f64 },
    /// The drawing backend failed.
    Backend(String),
}

impl ChartError {
    pub fn message(&self, lang: Lang) -> String {
        let t = lang.t();
        match self {
            ChartError::TooSmall { width, height } => {
                fill(t.error_too_small, &[&format!("{width:.0}"), &format!("{height:.0}")])
            }
            ChartError::Backend(e) => fill(t.error_draw, &[e]),
        }
    }
}

impl fmt::Display for ChartError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::Zh))
    }
}
