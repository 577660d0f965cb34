//! What a person types into a calculator field, checked on every keystroke.

use fscity_core::pack::InputKind;
use fscity_core::{parse_input, Decimal, InputError, Lang, Localize};

fn error(kind: InputKind, text: &str) -> InputError {
    parse_input(kind, text).expect_err(text)
}

#[test]
fn text_that_is_not_a_plain_number_is_refused() {
    for text in [
        "NaN",
        "nan",
        "inf",
        "-Infinity",
        "1e5",
        "abc",
        "1.2.3",
        "--1",
        ".",
    ] {
        let err = error(InputKind::Amount, text);
        assert_eq!(err, InputError::NotANumber, "{text}");
        assert_eq!(err.message(Lang::Zh), "请输入数字");
        assert_eq!(err.message(Lang::En), "Enter a number");
    }
    assert_eq!(error(InputKind::Count, "  "), InputError::Empty);
}

#[test]
fn negative_figures_are_refused_for_every_kind() {
    for kind in [
        InputKind::Count,
        InputKind::Population,
        InputKind::Amount,
        InputKind::Percent,
    ] {
        let err = error(kind, "-1");
        assert_eq!(err, InputError::Negative);
        assert_eq!(err.message(Lang::Zh), "不能为负数");
    }
}

#[test]
fn huge_figures_are_refused() {
    assert_eq!(
        error(InputKind::Count, "99999999999999"),
        InputError::TooLarge
    );
    assert_eq!(
        error(InputKind::Amount, "1000000000001"),
        InputError::TooLarge
    );
    assert_eq!(
        parse_input(InputKind::Amount, "1,000,000,000,000"),
        Ok(Decimal::whole(1_000_000_000_000))
    );
}

#[test]
fn a_population_must_be_a_whole_number_above_zero() {
    let err = error(InputKind::Population, "0");
    assert_eq!(err.message(Lang::Zh), "人口必须大于 0");
    assert_eq!(err.message(Lang::En), "Population must be greater than 0");
    assert_eq!(
        error(InputKind::Population, "1200000.5"),
        InputError::NotWhole
    );
    assert_eq!(
        parse_input(InputKind::Population, "1,200,000"),
        Ok(Decimal::whole(1_200_000))
    );
}

#[test]
fn a_percentage_cannot_exceed_100() {
    let err = error(InputKind::Percent, "100.01");
    assert_eq!(err.message(Lang::Zh), "百分比不能超过 100");
    assert_eq!(err.message(Lang::En), "A percentage cannot exceed 100");
    assert_eq!(
        parse_input(InputKind::Percent, "100"),
        Ok(Decimal::whole(100))
    );
    assert_eq!(
        parse_input(InputKind::Percent, "85.5").unwrap().to_string(),
        "85.5"
    );
}

#[test]
fn more_than_six_decimals_is_refused() {
    assert_eq!(
        error(InputKind::Amount, "0.1234567"),
        InputError::TooPrecise
    );
}
