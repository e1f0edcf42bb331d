//! Themes: the system's light or dark by default, or a chosen one; one palette for the charts and one
//! `data-theme` for the page's CSS. Keeping the choice on the device is the UI's business.

use crate::chart::style::Palette;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Theme {
    Auto,
    Light,
    Dark,
    ProjectorLight,
    ProjectorDark,
}

impl Theme {
    pub const ALL: [Theme; 5] = [
        Theme::Auto,
        Theme::Light,
        Theme::Dark,
        Theme::ProjectorLight,
        Theme::ProjectorDark,
    ];

    /// The key in local storage and in `data-theme`.
    pub fn key(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::ProjectorLight => "projector-light",
            Theme::ProjectorDark => "projector-dark",
        }
    }

    pub fn from_key(key: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|t| t.key() == key)
    }

    /// The theme in force: `Auto` follows the system's colour scheme.
    pub fn resolve(self, prefers_dark: bool) -> Theme {
        match self {
            Theme::Auto if prefers_dark => Theme::Dark,
            Theme::Auto => Theme::Light,
            other => other,
        }
    }

    pub fn palette(self) -> Palette {
        match self {
            Theme::Dark => Palette::DARK,
            Theme::ProjectorLight => Palette::PROJECTOR_LIGHT,
            Theme::ProjectorDark => Palette::PROJECTOR_DARK,
            Theme::Auto | Theme::Light => Palette::LIGHT,
        }
    }

    /// Its name on the theme chooser.
    pub fn name(self, t: &crate::i18n::Strings) -> &'static str {
        let n = &t.theme_names;
        match self {
            Theme::Auto => n.auto,
            Theme::Light => n.light,
            Theme::Dark => n.dark,
            Theme::ProjectorLight => n.projector_light,
            Theme::ProjectorDark => n.projector_dark,
        }
    }
}
