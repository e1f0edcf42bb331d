//! The messages the page shows about data and links, in the reader's language.

use crate::app::route::Ignored;
use crate::i18n::{fill, Lang, Strings};
use crate::model::ModelError;

/// A model error as the page says it.
pub fn model_error(e: &ModelError, lang: Lang) -> String {
    let t = lang.t();
    match e {
        ModelError::UnknownGroup(g) => fill(t.error_unknown_group, &[g]),
        ModelError::NoIndicators(g) => fill(t.error_no_indicators, &[g]),
    }
}

/// The notice for what a link could not restore.
pub fn notice_text(parts: &[Ignored], t: &Strings) -> String {
    let parts: Vec<&str> = parts
        .iter()
        .map(|p| match p {
            Ignored::Part(text) => text.as_str(),
            Ignored::TooLong => t.link_too_long,
        })
        .collect();
    fill(t.bad_link, &[&parts.join(t.clause_sep)])
}
