//! Exact points. Scores are held as whole tenths of a point, because the criteria deduct in
//! halves ("每处扣 0.5 分") and a float would sooner or later print 89.99999.

use serde::{de, Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::ops::{Add, AddAssign, Sub};

/// A number of points, stored as tenths.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Points(i64);

/// The largest magnitude a pack may state, in points (keeps all sums far from overflow).
pub const MAX_ABS_POINTS: i64 = 1_000_000;

impl Points {
    /// Zero points.
    pub const ZERO: Points = Points(0);

    /// Points from a count of tenths (`Points::from_tenths(25)` is 2.5 points).
    pub const fn from_tenths(tenths: i64) -> Points {
        Points(tenths)
    }

    /// Whole points.
    pub const fn whole(points: i64) -> Points {
        Points(points * 10)
    }

    /// The number of tenths.
    pub const fn tenths(self) -> i64 {
        self.0
    }

    /// Converts a decimal number, refusing anything finer than a tenth, non-finite or huge.
    pub fn from_f64(value: f64) -> Result<Points, PointsError> {
        if !value.is_finite() {
            return Err(PointsError::NotFinite);
        }
        if value.abs() > MAX_ABS_POINTS as f64 {
            return Err(PointsError::TooLarge);
        }
        let tenths = (value * 10.0).round();
        if (tenths - value * 10.0).abs() > 1e-6 {
            return Err(PointsError::TooPrecise);
        }
        Ok(Points(tenths as i64))
    }

    /// The value as a float, for display arithmetic only.
    pub fn as_f64(self) -> f64 {
        self.0 as f64 / 10.0
    }

    /// The smaller of two amounts.
    pub fn min(self, other: Points) -> Points {
        Points(self.0.min(other.0))
    }

    /// The larger of two amounts.
    pub fn max(self, other: Points) -> Points {
        Points(self.0.max(other.0))
    }

    /// This amount times a whole count, saturating instead of overflowing.
    pub fn times(self, count: u64) -> Points {
        let count = i64::try_from(count).unwrap_or(i64::MAX);
        Points(self.0.saturating_mul(count))
    }

    /// True for a negative amount.
    pub fn is_negative(self) -> bool {
        self.0 < 0
    }
}

impl Add for Points {
    type Output = Points;
    fn add(self, rhs: Points) -> Points {
        Points(self.0.saturating_add(rhs.0))
    }
}

impl AddAssign for Points {
    fn add_assign(&mut self, rhs: Points) {
        *self = *self + rhs;
    }
}

impl Sub for Points {
    type Output = Points;
    fn sub(self, rhs: Points) -> Points {
        Points(self.0.saturating_sub(rhs.0))
    }
}

impl std::iter::Sum for Points {
    fn sum<I: Iterator<Item = Points>>(iter: I) -> Points {
        iter.fold(Points::ZERO, Add::add)
    }
}

/// Prints `3`, `2.5` or `-0.5`: no trailing `.0`, never a float artefact.
impl fmt::Display for Points {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        let abs = self.0.unsigned_abs();
        match abs % 10 {
            0 => write!(f, "{sign}{}", abs / 10),
            frac => write!(f, "{sign}{}.{frac}", abs / 10),
        }
    }
}

/// Why a number cannot be held as points.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PointsError {
    /// NaN or infinite.
    NotFinite,
    /// Beyond [`MAX_ABS_POINTS`].
    TooLarge,
    /// Has a digit below a tenth.
    TooPrecise,
}

impl fmt::Display for PointsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            PointsError::NotFinite => "points must be a finite number",
            PointsError::TooLarge => "points are too large",
            PointsError::TooPrecise => "points may have at most one decimal place",
        })
    }
}

impl Serialize for Points {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if self.0 % 10 == 0 {
            s.serialize_i64(self.0 / 10)
        } else {
            s.serialize_f64(self.as_f64())
        }
    }
}

impl<'de> Deserialize<'de> for Points {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Points, D::Error> {
        let value = f64::deserialize(d)?;
        Points::from_f64(value).map_err(de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prints_without_float_artefacts() {
        let sum: Points = (0..3).map(|_| Points::from_tenths(1)).sum();
        assert_eq!(sum.to_string(), "0.3");
        assert_eq!(Points::whole(90).to_string(), "90");
        assert_eq!(Points::from_tenths(-5).to_string(), "-0.5");
        assert_eq!(Points::from_tenths(865).to_string(), "86.5");
    }

    #[test]
    fn refuses_hundredths_nan_and_huge() {
        assert_eq!(Points::from_f64(0.25), Err(PointsError::TooPrecise));
        assert_eq!(Points::from_f64(f64::NAN), Err(PointsError::NotFinite));
        assert_eq!(Points::from_f64(1e12), Err(PointsError::TooLarge));
        assert_eq!(Points::from_f64(2.5), Ok(Points::from_tenths(25)));
    }

    #[test]
    fn json_round_trip_keeps_value() {
        for tenths in [0, 5, 10, 25, 1000, -5] {
            let p = Points::from_tenths(tenths);
            let json = serde_json::to_string(&p).unwrap();
            assert_eq!(serde_json::from_str::<Points>(&json).unwrap(), p, "{json}");
        }
    }
}
