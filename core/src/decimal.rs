//! Measured quantities (batches, residents, percentages, survey scores) as fixed-point numbers
//! with six decimals. Thresholds have at most six decimals, and derived values are rounded
//! *down* to the sixth decimal, so `value >= threshold` is decided exactly: 4,800 batches for
//! 1,200,000 residents is exactly 4 per thousand, never 3.9999999.

use serde::{de, Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

const SCALE: i128 = 1_000_000;
/// The largest magnitude accepted anywhere (a trillion), far below any overflow.
const MAX_ABS: i128 = 1_000_000_000_000 * SCALE;

/// A fixed-point number with six decimals.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Decimal(i128);

/// Why a text or number is not an acceptable quantity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DecimalError {
    /// Empty input.
    Empty,
    /// Not a plain decimal number.
    NotANumber,
    /// More than six decimals.
    TooPrecise,
    /// Beyond a trillion, NaN or infinite.
    OutOfRange,
}

impl fmt::Display for DecimalError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            DecimalError::Empty => "no number given",
            DecimalError::NotANumber => "not a number",
            DecimalError::TooPrecise => "at most six decimal places",
            DecimalError::OutOfRange => "number out of range",
        })
    }
}

impl Decimal {
    /// `1575` → `1,575`; `10879.22` → `10,879.22` (all six decimals kept, trailing zeros dropped).
    pub fn grouped(self) -> String {
        let text = self.format(6);
        let (sign, body) = match text.strip_prefix('-') {
            Some(rest) => ("-", rest),
            None => ("", text.as_str()),
        };
        let (int, frac) = body.split_once('.').map_or((body, ""), |(i, f)| (i, f));
        let mut out = String::with_capacity(text.len() + int.len() / 3);
        out.push_str(sign);
        for (n, digit) in int.chars().enumerate() {
            if n > 0 && (int.len() - n).is_multiple_of(3) {
                out.push(',');
            }
            out.push(digit);
        }
        if !frac.is_empty() {
            out.push('.');
            out.push_str(frac);
        }
        out
    }

    /// Zero.
    pub const ZERO: Decimal = Decimal(0);

    /// The smallest positive value, 0.000001: a threshold of exactly this means "above zero".
    pub const STEP: Decimal = Decimal(1);

    /// A whole number.
    pub const fn whole(n: i64) -> Decimal {
        Decimal(n as i128 * SCALE)
    }

    /// Parses what a person types: optional sign, digits, optional `.` and up to six decimals.
    /// Thousands separators (`,`, `，`) and surrounding spaces are accepted; exponents are not.
    pub fn parse(text: &str) -> Result<Decimal, DecimalError> {
        let cleaned: String = text
            .trim()
            .chars()
            .filter(|c| !matches!(c, ',' | '，' | ' ' | '_'))
            .collect();
        if cleaned.is_empty() {
            return Err(DecimalError::Empty);
        }
        let (negative, body) = match cleaned.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, cleaned.strip_prefix('+').unwrap_or(&cleaned)),
        };
        let (int_part, frac_part) = body.split_once('.').unwrap_or((body, ""));
        let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
        if (int_part.is_empty() && frac_part.is_empty())
            || !all_digits(int_part)
            || !all_digits(frac_part)
        {
            return Err(DecimalError::NotANumber);
        }
        if frac_part.len() > 6 {
            return Err(DecimalError::TooPrecise);
        }
        if int_part.trim_start_matches('0').len() > 13 {
            return Err(DecimalError::OutOfRange);
        }
        let int: i128 = if int_part.is_empty() {
            0
        } else {
            int_part.parse().map_err(|_| DecimalError::OutOfRange)?
        };
        let mut frac: i128 = if frac_part.is_empty() {
            0
        } else {
            frac_part.parse().map_err(|_| DecimalError::NotANumber)?
        };
        for _ in frac_part.len()..6 {
            frac *= 10;
        }
        let magnitude = int * SCALE + frac;
        if magnitude > MAX_ABS {
            return Err(DecimalError::OutOfRange);
        }
        Ok(Decimal(if negative { -magnitude } else { magnitude }))
    }

    /// Converts a JSON number (as written in a pack or a saved file) through its shortest
    /// decimal text, so every figure of up to 15 significant digits comes back exactly as it was
    /// written — never through float multiplication, which would turn 33554433.3 into a
    /// seventh decimal or 873731910433 into 873731910432.999936.
    pub fn from_f64(value: f64) -> Result<Decimal, DecimalError> {
        if !value.is_finite() || value.abs() > (MAX_ABS / SCALE) as f64 {
            return Err(DecimalError::OutOfRange);
        }
        // `Display` for f64 prints the shortest text that reads back to the same float, and
        // never an exponent.
        Decimal::parse(&format!("{value}"))
    }

    /// The raw count of millionths, for exact arithmetic elsewhere in the crate.
    pub(crate) const fn micros(self) -> i128 {
        self.0
    }

    /// A value from a raw count of millionths.
    pub(crate) const fn from_micros(micros: i128) -> Decimal {
        Decimal(micros)
    }

    /// The value as a float, for display arithmetic only.
    pub fn as_f64(self) -> f64 {
        self.0 as f64 / SCALE as f64
    }

    /// True below zero.
    pub fn is_negative(self) -> bool {
        self.0 < 0
    }

    /// True when exactly zero.
    pub fn is_zero(self) -> bool {
        self.0 == 0
    }

    /// `self / other × factor`, rounded down to six decimals; `None` when `other` is zero.
    pub fn ratio(self, other: Decimal, factor: i64) -> Option<Decimal> {
        if other.0 == 0 {
            return None;
        }
        let (num, den) = if other.0 < 0 {
            (-self.0, -other.0)
        } else {
            (self.0, other.0)
        };
        // Both are at most 1e18 in magnitude; num × factor × SCALE stays below i128::MAX.
        let scaled = num.checked_mul(factor as i128)?.checked_mul(SCALE)?;
        Some(Decimal(scaled.div_euclid(den)))
    }

    /// `self + other`.
    pub fn plus(self, other: Decimal) -> Decimal {
        Decimal(self.0 + other.0)
    }

    /// `self - other`.
    pub fn minus(self, other: Decimal) -> Decimal {
        Decimal(self.0 - other.0)
    }

    /// Formats with at most `places` decimals, rounding down, without trailing zeros.
    pub fn format(self, places: u32) -> String {
        let places = places.min(6);
        let unit = 10i128.pow(6 - places);
        let truncated = self.0.div_euclid(unit) * unit;
        let negative = truncated < 0;
        let abs = truncated.unsigned_abs();
        let int = abs / SCALE as u128;
        let frac = abs % SCALE as u128;
        let sign = if negative { "-" } else { "" };
        if frac == 0 {
            return format!("{sign}{int}");
        }
        let digits = format!("{frac:06}");
        format!("{sign}{int}.{}", digits.trim_end_matches('0'))
    }
}

impl fmt::Display for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.format(6))
    }
}

impl Serialize for Decimal {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if self.0 % SCALE == 0 {
            s.serialize_i64((self.0 / SCALE) as i64)
        } else {
            s.serialize_f64(self.as_f64())
        }
    }
}

impl<'de> Deserialize<'de> for Decimal {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Decimal, D::Error> {
        let value = f64::deserialize(d)?;
        Decimal::from_f64(value).map_err(de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_digits_by_thousands() {
        let d = |s: &str| Decimal::parse(s).unwrap();
        assert_eq!(d("1575").grouped(), "1,575");
        assert_eq!(d("450000").grouped(), "450,000");
        assert_eq!(d("10879.22").grouped(), "10,879.22");
        assert_eq!(d("97.5").grouped(), "97.5");
        assert_eq!(d("-1234567").grouped(), "-1,234,567");
    }

    #[test]
    fn parses_what_people_type() {
        assert_eq!(Decimal::parse("1,200,000"), Ok(Decimal::whole(1_200_000)));
        assert_eq!(Decimal::parse(" 4.3 ").unwrap().to_string(), "4.3");
        assert_eq!(Decimal::parse(".5").unwrap().to_string(), "0.5");
        assert_eq!(Decimal::parse("-2").unwrap(), Decimal::whole(-2));
        assert_eq!(Decimal::parse(""), Err(DecimalError::Empty));
        assert_eq!(Decimal::parse("abc"), Err(DecimalError::NotANumber));
        assert_eq!(Decimal::parse("1e5"), Err(DecimalError::NotANumber));
        assert_eq!(Decimal::parse("."), Err(DecimalError::NotANumber));
        assert_eq!(Decimal::parse("0.1234567"), Err(DecimalError::TooPrecise));
        assert_eq!(
            Decimal::parse("99999999999999"),
            Err(DecimalError::OutOfRange)
        );
    }

    #[test]
    fn per_thousand_at_the_boundary_is_exact() {
        let batches = Decimal::whole(4_800);
        let residents = Decimal::whole(1_200_000);
        assert_eq!(batches.ratio(residents, 1000), Some(Decimal::whole(4)));
        assert_eq!(Decimal::whole(5).ratio(Decimal::ZERO, 1000), None);
        let third = Decimal::whole(1).ratio(Decimal::whole(3), 1).unwrap();
        assert_eq!(third.format(2), "0.33");
    }

    #[test]
    fn json_round_trip_keeps_value() {
        for text in ["4", "4.3", "0.000001", "97.5", "-1.25"] {
            let d = Decimal::parse(text).unwrap();
            let json = serde_json::to_string(&d).unwrap();
            assert_eq!(serde_json::from_str::<Decimal>(&json).unwrap(), d, "{json}");
        }
    }
}
