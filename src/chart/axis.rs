//! A value axis from zero with round steps.

use crate::i18n::Strings;

#[derive(Debug, Clone, PartialEq)]
pub struct Tick {
    pub value: f64,
    pub label: String,
}

/// Ticks from 0 to a round maximum ≥ `max`, about five steps of 1, 2, 2.5 or 5 × 10ⁿ.
pub fn ticks(max: f64, t: &Strings) -> Vec<Tick> {
    let max = if max.is_finite() && max > 0.0 { max } else { 1.0 };
    let raw = max / 5.0;
    let magnitude = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 2.5, 5.0, 10.0]
        .into_iter()
        .map(|m| m * magnitude)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * magnitude);
    let count = (max / step - 1e-9).ceil().max(1.0) as usize;
    (0..=count)
        .map(|i| {
            let value = step * i as f64;
            Tick {
                value,
                label: t.number(value),
            }
        })
        .collect()
}
