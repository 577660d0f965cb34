//! Checking the numbers a person types into a calculator, as they type them.
//!
//! The UI calls [`parse_input`] on every keystroke and shows the message at once, so a wrong
//! figure is caught where it is typed rather than surfacing later as a strange score. The engine
//! applies the same [`check_value`] to what is stored, because a saved or imported file may hold
//! figures that never passed through the form; there they become "cannot compute", never a panic.

use crate::decimal::DecimalError;
use crate::message::{pick, Localize};
use crate::pack::InputKind;
use crate::{Decimal, Lang};

/// The largest figure an input accepts (a trillion), so sums and products stay exact.
pub const MAX_INPUT: Decimal = Decimal::whole(1_000_000_000_000);

/// Why a typed figure is not acceptable for its input.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputError {
    /// Nothing typed.
    Empty,
    /// Not a plain decimal number (letters, `NaN`, `1e5`, two points …).
    NotANumber,
    /// More than six decimals.
    TooPrecise,
    /// Beyond a trillion.
    TooLarge,
    /// Below zero.
    Negative,
    /// A count or population with a fractional part.
    NotWhole,
    /// A population (or other denominator) of zero.
    ZeroPopulation,
    /// A percentage above 100.
    PercentAbove100,
}

/// Parses what a person typed for an input of `kind`.
pub fn parse_input(kind: InputKind, text: &str) -> Result<Decimal, InputError> {
    let value = Decimal::parse(text).map_err(|e| match e {
        DecimalError::Empty => InputError::Empty,
        DecimalError::NotANumber => InputError::NotANumber,
        DecimalError::TooPrecise => InputError::TooPrecise,
        DecimalError::OutOfRange => InputError::TooLarge,
    })?;
    check_value(kind, value)?;
    Ok(value)
}

/// Checks a stored figure against the range its input accepts.
pub fn check_value(kind: InputKind, value: Decimal) -> Result<(), InputError> {
    if value.is_negative() {
        return Err(InputError::Negative);
    }
    if value > MAX_INPUT {
        return Err(InputError::TooLarge);
    }
    let whole = value.micros() % 1_000_000 == 0;
    match kind {
        InputKind::Count if !whole => Err(InputError::NotWhole),
        InputKind::Population if !whole => Err(InputError::NotWhole),
        InputKind::Population if value.is_zero() => Err(InputError::ZeroPopulation),
        InputKind::Percent if value > Decimal::whole(100) => Err(InputError::PercentAbove100),
        _ => Ok(()),
    }
}

impl Localize for InputError {
    fn message(&self, lang: Lang) -> String {
        let (zh, en) = match self {
            InputError::Empty | InputError::NotANumber => ("请输入数字", "Enter a number"),
            InputError::TooPrecise => ("最多保留 6 位小数", "Use at most six decimal places"),
            InputError::TooLarge => (
                "数字过大（不能超过一万亿）",
                "Too large (at most a trillion)",
            ),
            InputError::Negative => ("不能为负数", "Cannot be negative"),
            InputError::NotWhole => ("请输入整数", "Enter a whole number"),
            InputError::ZeroPopulation => ("人口必须大于 0", "Population must be greater than 0"),
            InputError::PercentAbove100 => ("百分比不能超过 100", "A percentage cannot exceed 100"),
        };
        pick(lang, zh.into(), en.into())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_population_of_zero_is_refused_with_a_message() {
        let err = parse_input(InputKind::Population, "0").unwrap_err();
        assert_eq!(err, InputError::ZeroPopulation);
        assert_eq!(err.message(Lang::Zh), "人口必须大于 0");
    }

    #[test]
    fn a_count_of_zero_is_fine_but_a_fraction_is_not() {
        assert_eq!(parse_input(InputKind::Count, "0"), Ok(Decimal::ZERO));
        assert_eq!(
            parse_input(InputKind::Count, "2.5"),
            Err(InputError::NotWhole)
        );
        assert_eq!(
            parse_input(InputKind::Amount, "2.5").unwrap().to_string(),
            "2.5"
        );
    }
}
