//! The dataset files as written by people (`assets/*.json`), before validation.

use serde::Deserialize;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawFacts {
    pub facts: Vec<RawFact>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawFact {
    pub id: String,
    pub region: String,
    pub entity: Option<String>,
    pub indicator: String,
    pub written: String,
    pub value: f64,
    pub unit: String,
    pub base_value: f64,
    pub base_unit: String,
    pub qualifier: String,
    pub period: String,
    pub period_inferred: bool,
    pub kind: String,
    pub category: String,
    pub seed: String,
    pub quote: String,
    #[serde(default)]
    pub ocr_damaged: bool,
    #[serde(default)]
    pub note: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCatalogue {
    pub categories: Vec<RawCategory>,
    pub groups: Vec<RawGroup>,
    pub indicators: Vec<RawIndicator>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCategory {
    pub id: String,
    pub zh: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawGroup {
    pub id: String,
    pub zh: String,
    pub category: String,
    #[serde(default)]
    pub note_zh: Option<String>,
    /// `parts` (stack to a whole) or `thresholds` (bands such as ≥30万/≥100万, never added up).
    #[serde(default)]
    pub composition: Option<String>,
    /// For `parts`: the indicator the parts add up to.
    #[serde(default)]
    pub total: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawIndicator {
    pub id: String,
    pub group: String,
    pub zh: String,
    pub label_zh: String,
    pub base_unit: String,
    pub category: String,
    /// What the indicator measures (documentation; not shipped in the app).
    pub definition: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSources {
    pub sources: Vec<RawSource>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSource {
    pub seed: String,
    pub title: String,
    pub published: String,
    /// Passages garbled by OCR or cut by the page layout (each must stand in the article).
    #[serde(default)]
    pub damaged: Vec<String>,
}
