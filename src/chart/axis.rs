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
    let raw = (max / 5.0).max(1e-12);
    let magnitude = decade(raw);
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

/// 10ⁿ for the largest whole n with 10ⁿ ≤ x (x ≥ 10⁻¹²): exact powers, without libm's log10 and pow.
fn decade(x: f64) -> f64 {
    let mut p = 1.0;
    if x >= 1.0 {
        while p * 10.0 <= x {
            p *= 10.0;
        }
        p
    } else {
        // One correctly rounded division: the nearest double to 10⁻ⁿ, as powf gives.
        while 1.0 / p > x {
            p *= 10.0;
        }
        1.0 / p
    }
}

// The tests compare with what the project replaced (std's sort, libm).
#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    #[test]
    fn decade_matches_libm() {
        for e in -12..=15 {
            for m in [1.0, 1.0000001, 2.5, 9.999999, 9.9999999999] {
                let x = m * 10f64.powi(e);
                assert_eq!(super::decade(x), 10f64.powf(x.log10().floor()), "{x}");
            }
        }
    }
}
