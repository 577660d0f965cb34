//! How many answers a poll needs: n = z² p (1 − p) / e² for a margin e at a confidence, with
//! the finite population correction n / (1 + (n − 1) / N) when the population is given, and the
//! margin a given number of answers has. p = 0.5 unless the city expects another share (the
//! most answers any share needs).

use super::stats::Level;

/// A planned sample.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SampleSize {
    /// Answers needed, rounded up.
    pub answers: u64,
}

/// Answers needed for a margin of `margin` (a share, 0.03 for ±3 points) at `confidence`,
/// expecting the share `expected`, out of `population` people when given; `None` for a margin
/// or share outside (0, 1).
pub fn sample_size(
    margin: f64,
    confidence: Level,
    expected: f64,
    population: Option<u64>,
) -> Option<SampleSize> {
    if !(margin > 0.0 && margin < 1.0 && (0.0..=1.0).contains(&expected)) {
        return None;
    }
    let z = confidence.z();
    let infinite = z * z * expected * (1.0 - expected) / (margin * margin);
    let n = match population {
        Some(people) if people > 0 => infinite / (1.0 + (infinite - 1.0) / people as f64),
        _ => infinite,
    };
    // A hair below a whole number is that number (1,067.0000001 from rounding in z).
    Some(SampleSize {
        answers: ((n - 1e-9).ceil().max(1.0)) as u64,
    })
}

/// The margin (a share) that `answers` give at `confidence` for the share `expected`.
pub fn margin_of(answers: u64, confidence: Level, expected: f64) -> Option<f64> {
    (answers > 0).then(|| confidence.z() * (expected * (1.0 - expected) / answers as f64).sqrt())
}
