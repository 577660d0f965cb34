//! Checking the numbers a person types into a calculator, as they type them.
//!
//! The UI calls [`parse_input`] on every keystroke and shows the message at once, so a wrong
//! figure is caught where it is typed rather than surfacing later as a strange score. The engine
//! applies the same [`check_value`] to what is stored, because a saved or imported file may hold
//! figures that never passed through the form; there they become "cannot compute", never a panic.
//!
//! Figures are accepted as Chinese users type them: full-width digits and signs from an input
//! method (`５２７０`, `８５．５`, `％`), thousands separators (`1,226,000`, `1，226，000`),
//! surrounding spaces including the ideographic space, a trailing `%` in a percentage field,
//! and a trailing `万` or `亿` (`122.6万` is 1,226,000), shifted exactly as decimal text, never
//! through a float. [`plausibility`] then points at figures that are acceptable but probably
//! not meant (`0.876` in a percentage field); it never refuses them.

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
    /// A `%` in a field that is not a percentage.
    PercentNotAllowed,
    /// A `%` anywhere but at the end, or more than one.
    MisplacedPercent,
    /// `万` or `亿` anywhere but at the end (`1万5`, `万5`), or more than one.
    MisplacedMultiplier,
}

/// A figure that is acceptable but perhaps not what was meant; shown, never refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputWarning {
    /// A percentage between 0 and 1 (`0.876`): perhaps a fraction was typed for a percentage.
    PercentLooksLikeFraction {
        /// The figure as typed.
        value: Decimal,
        /// The percentage probably meant (`87.6`).
        suggested: Decimal,
    },
}

/// Parses what a person typed for an input of `kind`.
pub fn parse_input(kind: InputKind, text: &str) -> Result<Decimal, InputError> {
    let plain = plain_text(kind, text)?;
    let value = Decimal::parse(&plain).map_err(|e| match e {
        DecimalError::Empty => InputError::Empty,
        DecimalError::NotANumber => InputError::NotANumber,
        DecimalError::TooPrecise => InputError::TooPrecise,
        DecimalError::OutOfRange => InputError::TooLarge,
    })?;
    check_value(kind, value)?;
    Ok(value)
}

/// A figure that [`parse_input`] accepted but that looks unintended, if any.
pub fn plausibility(kind: InputKind, value: Decimal) -> Option<InputWarning> {
    let micros = value.micros();
    match kind {
        InputKind::Percent if micros > 0 && micros < 1_000_000 => {
            Some(InputWarning::PercentLooksLikeFraction {
                value,
                suggested: Decimal::from_micros(micros * 100),
            })
        }
        _ => None,
    }
}

/// Counting words people type after a figure (`1,226,000人`, `5270 批次`, `80分`): the field
/// shows its unit already, so the word is dropped rather than the figure refused. Longer words
/// first, so `人次` is not read as `人`.
const UNIT_WORDS: [&str; 12] = [
    "人次", "批次", "人", "批", "家", "个", "次", "件", "户", "所", "项", "分",
];

/// The typed text as plain ASCII decimal text for [`Decimal::parse`]: full-width characters
/// folded, spaces trimmed, a trailing counting word dropped, a trailing `%` removed (in a
/// percentage field) and a trailing `万` or `亿` applied by moving the decimal point.
fn plain_text(kind: InputKind, text: &str) -> Result<String, InputError> {
    let folded: String = text.chars().map(fold).collect();
    let mut body = folded.trim();
    if let Some(rest) = UNIT_WORDS
        .iter()
        .find_map(|unit| body.strip_suffix(unit))
        .map(str::trim_end)
        .filter(|rest| !rest.is_empty())
    {
        body = rest;
    }
    if body.is_empty() {
        return Err(InputError::Empty);
    }
    if let Some(rest) = body.strip_suffix('%') {
        if kind != InputKind::Percent {
            return Err(InputError::PercentNotAllowed);
        }
        body = rest.trim_end();
    }
    if body.contains('%') {
        return Err(if kind == InputKind::Percent {
            InputError::MisplacedPercent
        } else {
            InputError::PercentNotAllowed
        });
    }
    let mut shift = 0;
    for (suffix, places) in [('万', 4), ('萬', 4), ('亿', 8), ('億', 8)] {
        if let Some(rest) = body.strip_suffix(suffix) {
            body = rest.trim_end();
            shift = places;
            break;
        }
    }
    if body.contains(['万', '萬', '亿', '億']) {
        return Err(InputError::MisplacedMultiplier);
    }
    if body.is_empty() {
        return Err(if shift > 0 {
            InputError::NotANumber
        } else {
            InputError::Empty
        });
    }
    if shift == 0 {
        return Ok(body.to_owned());
    }
    shift_point(body, shift)
}

/// A full-width character from an input method as its ASCII twin (`５` → `5`, `．` → `.`,
/// `，` → `,`, `％` → `%`), the ideographic space as a space; anything else unchanged.
fn fold(c: char) -> char {
    match c {
        '\u{3000}' => ' ',
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        _ => c,
    }
}

/// `text × 10^places`, by moving the decimal point in the text: exact for any number of digits.
fn shift_point(text: &str, places: usize) -> Result<String, InputError> {
    let digits: String = text
        .chars()
        .filter(|c| !matches!(c, ',' | '，' | ' ' | '_'))
        .collect();
    let (sign, body) = match digits.strip_prefix(['-', '+']) {
        Some(rest) => (&digits[..1], rest),
        None => ("", digits.as_str()),
    };
    let (int, frac) = body.split_once('.').unwrap_or((body, ""));
    let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if (int.is_empty() && frac.is_empty()) || !all_digits(int) || !all_digits(frac) {
        return Err(InputError::NotANumber);
    }
    let moved = frac.len().min(places);
    let zeros = "0".repeat(places - moved);
    let rest = &frac[moved..];
    let point = if rest.is_empty() { "" } else { "." };
    Ok(format!("{sign}{int}{}{zeros}{point}{rest}", &frac[..moved]))
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
            InputError::PercentNotAllowed => (
                "此项不是百分比，请只填数字，不要带 %",
                "This is not a percentage; enter the number without %",
            ),
            InputError::MisplacedPercent => (
                "% 只能写在数字末尾，如 85%",
                "Put % only at the end of the number, e.g. 85%",
            ),
            InputError::MisplacedMultiplier => (
                "“万”“亿”只能写在数字末尾，如 122.6万",
                "Write 万 or 亿 only at the end of the number, e.g. 122.6万",
            ),
        };
        pick(lang, zh.into(), en.into())
    }
}

impl Localize for InputWarning {
    fn message(&self, lang: Lang) -> String {
        match self {
            InputWarning::PercentLooksLikeFraction { suggested, .. } => pick(
                lang,
                format!("是否指 {suggested}%？"),
                format!("Did you mean {suggested} %?"),
            ),
        }
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
