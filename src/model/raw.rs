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
    /// `region`, `area`, `sector`, `programme` or `entity`; the last four with `scope_name`.
    pub scope: String,
    #[serde(default)]
    pub scope_name: Option<String>,
    pub indicator: String,
    pub written: String,
    pub value: f64,
    pub unit: String,
    pub base_value: f64,
    pub base_unit: String,
    pub qualifier: String,
    pub period: String,
    /// `year`, `part_year`, `multi_year`, `stock` or `level`.
    pub period_kind: String,
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
    /// A count that grows with the region's size (villages, households): set side by side raw, it says
    /// more about size than about performance, so no ratio is drawn from it.
    #[serde(default)]
    pub size_dependent: bool,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRegions {
    pub regions: Vec<RawRegion>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRegion {
    pub id: String,
    pub zh: String,
    /// `focus` (compared) or `context`.
    pub role: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawArticles {
    pub articles: Vec<RawArticle>,
}

/// An article: a title and a span of a seed file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawArticle {
    pub id: String,
    pub seed: String,
    pub title: String,
    pub published: String,
    /// The text at which the article starts in its seed file (else at the file's start).
    #[serde(default)]
    pub from: Option<String>,
    /// The text at which what follows the article starts (else the file's end).
    #[serde(default)]
    pub until: Option<String>,
    /// Passages garbled by OCR or cut by the page layout (each must stand in the article).
    #[serde(default)]
    pub damaged: Vec<String>,
}
