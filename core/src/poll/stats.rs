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
#[derive(Clone, Copy, Debug, PartialEq)]
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
    let (k, n_f) = (yes as f64, n as f64);
    let z = confidence.z();
    let p = k / n_f;
    let z2 = z * z;
    let denominator = 1.0 + z2 / n_f;
    let centre = (p + z2 / (2.0 * n_f)) / denominator;
    let half = z * (p * (1.0 - p) / n_f + z2 / (4.0 * n_f * n_f)).sqrt() / denominator;
    Some(Estimate {
        value: p,
        // Exactly 0 with no yes and 1 with all yes, as the formula gives without rounding.
        low: if yes == 0 {
            0.0
        } else {
            (centre - half).max(0.0)
        },
        high: if yes == n {
            1.0
        } else {
            (centre + half).min(1.0)
        },
        spread: half / z,
        n,
    })
}

/// The mean of `scores` with its t interval; `None` with no scores. All scores alike give an
/// interval of no width: the sample cannot say more, and the words say how many answers it is.
pub fn mean_interval(scores: &[f64], confidence: Level) -> Option<Estimate> {
    let n = scores.len() as u64;
    if n == 0 {
        return None;
    }
    let n_f = n as f64;
    let mean = scores.iter().sum::<f64>() / n_f;
    let half = if n < 2 {
        0.0
    } else {
        let variance = scores.iter().map(|s| (s - mean).powi(2)).sum::<f64>() / (n_f - 1.0);
        confidence.t(n - 1) * (variance / n_f).sqrt()
    };
    Some(Estimate {
        value: mean,
        low: mean - half,
        high: mean + half,
        spread: if n < 2 {
            0.0
        } else {
            half / confidence.t(n - 1)
        },
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
