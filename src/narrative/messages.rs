//! The messages the page shows about the data, in the reader's language.

use crate::i18n::{fill, Lang};
use crate::model::ModelError;

/// A model error as the page says it.
pub fn model_error(e: &ModelError, lang: Lang) -> String {
    let t = lang.t();
    match e {
        ModelError::UnknownGroup(g) => fill(t.error_unknown_group, &[g]),
        ModelError::NoIndicators(g) => fill(t.error_no_indicators, &[g]),
    }
}
