//! The statistics of a poll, computed in `f64` (they are estimates, printed rounded; the
//! scores they feed are taken as typed figures, in decimals). Tested against hand-worked
//! values and published tables in `core/tests/poll.rs`.

/// A confidence level the planner and the intervals offer.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Level {
    /// 90 %.
    P90,
    /// 95 %: what provinces use.
    #[default]
    P95,
    /// 99 %.
    P99,
}

impl Level {
    /// The two-sided normal quantile.
    pub fn z(self) -> f64 {
        match self {
            Level::P90 => 1.644_853_626_951_472,
            Level::P95 => 1.959_963_984_540_054,
            Level::P99 => 2.575_829_303_548_901,
        }
    }

    /// In percent (95).
    pub fn percent(self) -> u32 {
        match self {
            Level::P90 => 90,
            Level::P95 => 95,
            Level::P99 => 99,
        }
    }

    /// The two-sided Student t quantile for `df` degrees of freedom: exact for 1 and 2, the
    /// Cornish–Fisher expansion beyond (within 0.3 % of the tables from 3 on).
    pub fn t(self, df: u64) -> f64 {
        let p = 1.0 - (1.0 - f64::from(self.percent()) / 100.0) / 2.0;
        match df {
            0 => f64::INFINITY,
            1 => (std::f64::consts::PI * (p - 0.5)).tan(),
            2 => (2.0 * p - 1.0) / (2.0 * p * (1.0 - p)).sqrt(),
            _ => {
                let z = self.z();
                let n = df as f64;
                let (z3, z5, z7, z9) = (z.powi(3), z.powi(5), z.powi(7), z.powi(9));
                z + (z3 + z) / (4.0 * n)
                    + (5.0 * z5 + 16.0 * z3 + 3.0 * z) / (96.0 * n * n)
                    + (3.0 * z7 + 19.0 * z5 + 17.0 * z3 - 15.0 * z) / (384.0 * n.powi(3))
                    + (79.0 * z9 + 776.0 * z7 + 1482.0 * z5 - 1920.0 * z3 - 945.0 * z)
                        / (92160.0 * n.powi(4))
            }
        }
    }
}

/// An estimate with its interval; for a rate, all three are shares (0–1).
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Estimate {
    /// The sample's value.
    pub value: f64,
    /// The interval's low end.
    pub low: f64,
    /// The interval's high end.
    pub high: f64,
    /// Its standard error, as the interval implies it (half its width over z): what
    /// [`chance_at_least`] reads.
    pub spread: f64,
    /// How many answers it rests on.
    pub n: u64,
}

/// The Wilson score interval of `yes` out of `n` (what stays inside 0–1 and honest at 0 or
/// all answers alike); `None` with no answers.
pub fn wilson(yes: u64, n: u64, confidence: Level) -> Option<Estimate> {
    if n == 0 || yes > n {
        return None;
    }
    Some(wilson_at(yes as f64 / n as f64, n as f64, n, confidence))
}

/// The Wilson interval of a weighted share: `shares` are (weight, answered yes), read as a
/// sample of Kish's effective size (Σw)² / Σw², so unequal weights widen the interval. Equal
/// weights give [`wilson`] exactly.
pub fn weighted_wilson(shares: &[(f64, bool)], confidence: Level) -> Option<Estimate> {
    let (total, squares) = sums(shares.iter().map(|(w, _)| *w));
    if shares.is_empty() || total <= 0.0 {
        return None;
    }
    let yes: f64 = shares.iter().filter(|(_, y)| *y).map(|(w, _)| w).sum();
    let p = (yes / total).clamp(0.0, 1.0);
    Some(wilson_at(
        p,
        total * total / squares,
        shares.len() as u64,
        confidence,
    ))
}

fn sums(weights: impl Iterator<Item = f64>) -> (f64, f64) {
    weights.fold((0.0, 0.0), |(s, q), w| (s + w, q + w * w))
}

/// The Wilson interval of share `p` in a sample of (effective) size `n_f`; `n` answers.
fn wilson_at(p: f64, n_f: f64, n: u64, confidence: Level) -> Estimate {
    let z = confidence.z();
    let z2 = z * z;
    let denominator = 1.0 + z2 / n_f;
    let centre = (p + z2 / (2.0 * n_f)) / denominator;
    let half = z * (p * (1.0 - p) / n_f + z2 / (4.0 * n_f * n_f)).sqrt() / denominator;
    Estimate {
        value: p,
        // Exactly 0 with no yes and 1 with all yes, as the formula gives without rounding.
        low: if p == 0.0 {
            0.0
        } else {
            (centre - half).max(0.0)
        },
        high: if p == 1.0 {
            1.0
        } else {
            (centre + half).min(1.0)
        },
        spread: half / z,
        n,
    }
}

/// The mean of `scores` with its t interval; `None` with no scores. All scores alike give an
/// interval of no width: the sample cannot say more, and the words say how many answers it is.
pub fn mean_interval(scores: &[f64], confidence: Level) -> Option<Estimate> {
    let weighted: Vec<(f64, f64)> = scores.iter().map(|s| (1.0, *s)).collect();
    weighted_mean_interval(&weighted, confidence)
}

/// The weighted mean of `scores` (weight, score) with its t interval on Kish's effective
/// sample size; equal weights give [`mean_interval`]'s (the unbiased variance, n − 1 degrees
/// of freedom).
pub fn weighted_mean_interval(scores: &[(f64, f64)], confidence: Level) -> Option<Estimate> {
    let n = scores.len() as u64;
    let (total, squares) = sums(scores.iter().map(|(w, _)| *w));
    if n == 0 || total <= 0.0 {
        return None;
    }
    let mean = scores.iter().map(|(w, s)| w * s).sum::<f64>() / total;
    let n_eff = total * total / squares;
    // Degrees of freedom: the effective size less one, at least one when there are two answers.
    let df = if n < 2 {
        0
    } else {
        ((n_eff - 1.0).round() as u64).max(1)
    };
    let se = if df == 0 {
        0.0
    } else {
        let spread = scores
            .iter()
            .map(|(w, s)| w * (s - mean).powi(2))
            .sum::<f64>()
            / total;
        // Σw(x − m)²/Σw × n_eff/(n_eff − 1) is the variance; over n_eff, the mean's.
        (spread / (n_eff - 1.0).max(f64::MIN_POSITIVE)).sqrt()
    };
    let half = if df == 0 { 0.0 } else { confidence.t(df) * se };
    Some(Estimate {
        value: mean,
        low: mean - half,
        high: mean + half,
        spread: se,
        n,
    })
}

/// The chance that the true value is at least `threshold`, reading the estimate as a normal
/// spread around its centre (the interval's middle): 1 or 0 when it has no spread.
pub fn chance_at_least(estimate: &Estimate, threshold: f64) -> f64 {
    let centre = (estimate.low + estimate.high) / 2.0;
    if estimate.spread <= 0.0 {
        return if centre >= threshold { 1.0 } else { 0.0 };
    }
    normal_cdf((centre - threshold) / estimate.spread)
}

/// Φ(x), from erf (Abramowitz and Stegun 7.1.26, error below 1.5 × 10⁻⁷).
fn normal_cdf(x: f64) -> f64 {
    let t = x.abs() / std::f64::consts::SQRT_2;
    let k = 1.0 / (1.0 + 0.327_591_1 * t);
    let poly = k
        * (0.254_829_592
            + k * (-0.284_496_736
                + k * (1.421_413_741 + k * (-1.453_152_027 + k * 1.061_405_429))));
    let erf = 1.0 - poly * (-t * t).exp();
    if x >= 0.0 {
        0.5 * (1.0 + erf)
    } else {
        0.5 * (1.0 - erf)
    }
}
