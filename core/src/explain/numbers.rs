//! Number and phrase formatting shared by every explanation, so "3 分" and "full 3 points" are
//! worded the same way everywhere.

use crate::pack::Threshold;
use crate::report::Calculation;
use crate::{Decimal, Lang, Points, Text};

/// A computed value for display: at most two decimals, rounded down so that a value below a
/// threshold never prints as the threshold. A value above zero but below 0.01 is shown exactly,
/// so that it never prints as 0 next to "> 0".
pub(crate) fn value(v: Decimal) -> String {
    if v > Decimal::ZERO && v < Decimal::from_micros(10_000) {
        v.format(6)
    } else {
        v.format(2)
    }
}

/// A threshold or other figure from the pack, shown exactly.
pub(crate) fn exact(v: Decimal) -> String {
    v.format(6)
}

/// A threshold as the comparison that reaches it: `("≥", "4")`, or `(">", "0")` for the
/// smallest positive step, which a pack writes to mean "above zero" (0.000001 is an internal
/// figure nobody should read).
pub(crate) fn reached(at_least: Decimal) -> (&'static str, String) {
    if at_least == Decimal::STEP {
        (">", "0".to_owned())
    } else {
        ("≥", exact(at_least))
    }
}

/// A threshold as the comparison that misses it: `("<", "4")`, or `("≤", "0")`.
pub(crate) fn below(at_least: Decimal) -> (&'static str, String) {
    if at_least == Decimal::STEP {
        ("≤", "0".to_owned())
    } else {
        ("<", exact(at_least))
    }
}

/// "≥ 4 批次/千人", "> 0%": a threshold with its unit, the same in both languages but for
/// the unit.
pub(crate) fn threshold(at_least: Decimal, unit: &Text) -> Text {
    let (op, number) = reached(at_least);
    let t = with_unit(&number, unit);
    Text::new(format!("{op} {}", t.zh), format!("{op} {}", t.en))
}

/// A number followed by its unit ("4.3 批次/千人", "85%").
pub(crate) fn with_unit(number: &str, unit: &Text) -> Text {
    let join = |unit: &str| {
        if unit.is_empty() {
            number.to_owned()
        } else if unit.starts_with('%') {
            format!("{number}{unit}")
        } else {
            format!("{number} {unit}")
        }
    };
    Text::new(join(&unit.zh), join(unit.get(Lang::En)))
}

/// A typed figure with its unit, digits grouped by thousands: "450,000 人", "82.5%".
pub(crate) fn figure(value: Decimal, unit: &Text) -> Text {
    with_unit(&value.grouped(), unit)
}

/// "满分 3 分" / "full 3 points", or "1.5 分（满分 3 分）" / "1.5 of 3 points".
pub(crate) fn points_of(awarded: Points, max: Points) -> (String, String) {
    if awarded == max {
        (format!("满分 {max} 分"), format!("full {max} points"))
    } else {
        (
            format!("{awarded} 分（满分 {max} 分）"),
            format!("{awarded} of {max} points"),
        )
    }
}

/// A count of tenths too large for [`Points`] (a huge number of findings), printed the same way.
pub(crate) fn tenths(t: i128) -> String {
    let sign = if t < 0 { "-" } else { "" };
    let abs = t.unsigned_abs();
    match abs % 10 {
        0 => format!("{sign}{}", abs / 10),
        frac => format!("{sign}{}.{frac}", abs / 10),
    }
}

/// A threshold as it is shown everywhere, with its unit: "≥ 4 批次/千人", "≥ 90%", and "> 0%"
/// for the smallest positive step (0.000001), which a pack writes to mean "above zero".
/// For a calculator's threshold see also [`Threshold::text`].
pub fn threshold_text(at_least: Decimal, unit: &Text) -> Text {
    threshold(at_least, unit)
}

impl Threshold {
    /// The threshold as shown, with the calculator's result unit: "≥ 4 批次/千人", or "> 0%"
    /// when it is the smallest positive step (see [`threshold_text`]).
    pub fn text(&self, unit: &Text) -> Text {
        threshold(self.at_least, unit)
    }
}

impl Calculation {
    /// The value and unit for display, e.g. "4.3 批次/千人" (at most two decimals, rounded
    /// down so that a value below a threshold never prints as the threshold).
    pub fn text(&self) -> Text {
        with_unit(&value(self.value), &self.unit)
    }
}
