//! What a person types into a calculator field, checked on every keystroke.

use fscity_core::pack::InputKind;
use fscity_core::{parse_input, plausibility, Decimal, InputError, InputWarning, Lang, Localize};

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

fn value(kind: InputKind, text: &str) -> String {
    parse_input(kind, text)
        .unwrap_or_else(|e| panic!("{text}: {e:?}"))
        .to_string()
}

#[test]
fn full_width_digits_and_punctuation_from_an_ime_are_accepted() {
    assert_eq!(value(InputKind::Count, "５２７０"), "5270");
    assert_eq!(value(InputKind::Percent, "８５．５"), "85.5");
    assert_eq!(value(InputKind::Percent, "８５．５％"), "85.5");
    assert_eq!(
        value(InputKind::Population, "１，２２６，０００"),
        "1226000"
    );
    assert_eq!(value(InputKind::Amount, "＋１２"), "12");
    assert_eq!(error(InputKind::Amount, "－１２"), InputError::Negative);
}

#[test]
fn thousands_separators_ascii_and_full_width_are_accepted() {
    assert_eq!(value(InputKind::Population, "1,226,000"), "1226000");
    assert_eq!(value(InputKind::Population, "1，226，000"), "1226000");
}

#[test]
fn surrounding_whitespace_including_the_ideographic_space_is_ignored() {
    assert_eq!(value(InputKind::Count, "\u{3000}5270\u{3000}"), "5270");
    assert_eq!(value(InputKind::Count, " \t5270 \n"), "5270");
    assert_eq!(value(InputKind::Percent, "\u{3000}85 %\u{3000}"), "85");
    assert_eq!(
        error(InputKind::Count, "\u{3000}\u{3000}"),
        InputError::Empty
    );
}

#[test]
fn a_trailing_percent_sign_is_accepted_in_a_percentage_field() {
    assert_eq!(value(InputKind::Percent, "85%"), "85");
    assert_eq!(value(InputKind::Percent, "85％"), "85");
    assert_eq!(value(InputKind::Percent, "99.5 %"), "99.5");
    assert_eq!(error(InputKind::Percent, "%"), InputError::Empty);
    assert_eq!(
        error(InputKind::Percent, "120%"),
        InputError::PercentAbove100
    );
}

#[test]
fn a_percent_sign_anywhere_else_is_refused_with_a_message() {
    for kind in [InputKind::Count, InputKind::Population, InputKind::Amount] {
        let err = error(kind, "85%");
        assert_eq!(err, InputError::PercentNotAllowed, "{kind:?}");
        assert_eq!(
            err.message(Lang::Zh),
            "此项不是百分比，请只填数字，不要带 %"
        );
        assert_eq!(
            err.message(Lang::En),
            "This is not a percentage; enter the number without %"
        );
        assert_eq!(error(kind, "8%5"), InputError::PercentNotAllowed);
    }
    for text in ["%85", "8%5", "85%%"] {
        let err = error(InputKind::Percent, text);
        assert_eq!(err, InputError::MisplacedPercent, "{text}");
        assert_eq!(err.message(Lang::Zh), "% 只能写在数字末尾，如 85%");
        assert_eq!(
            err.message(Lang::En),
            "Put % only at the end of the number, e.g. 85%"
        );
    }
}

#[test]
fn wan_and_yi_multiply_exactly() {
    assert_eq!(
        parse_input(InputKind::Population, "122.6万"),
        Ok(Decimal::whole(1_226_000))
    );
    assert_eq!(
        parse_input(InputKind::Count, "1.5万"),
        Ok(Decimal::whole(15_000))
    );
    assert_eq!(value(InputKind::Population, "１２２．６万"), "1226000");
    assert_eq!(value(InputKind::Population, "122.6 万"), "1226000");
    assert_eq!(value(InputKind::Amount, "3万"), "30000");
    assert_eq!(value(InputKind::Amount, ".5万"), "5000");
    assert_eq!(value(InputKind::Amount, "1,234.5万"), "12345000");
    // More digits than a float would keep, still exact.
    assert_eq!(
        value(InputKind::Amount, "1234.5678901234万"),
        "12345678.901234"
    );
    assert_eq!(value(InputKind::Population, "1.2亿"), "120000000");
    assert_eq!(value(InputKind::Amount, "0.00000001亿"), "1");
    assert_eq!(value(InputKind::Population, "1.2億"), "120000000");
    assert_eq!(value(InputKind::Population, "3萬"), "30000");
}

#[test]
fn wan_keeps_the_other_checks() {
    assert_eq!(error(InputKind::Count, "1.23456万"), InputError::NotWhole);
    assert_eq!(
        error(InputKind::Amount, "1.23456789012万"),
        InputError::TooPrecise
    );
    assert_eq!(error(InputKind::Amount, "10001亿"), InputError::TooLarge);
    assert_eq!(
        parse_input(InputKind::Amount, "10000亿"),
        Ok(Decimal::whole(1_000_000_000_000))
    );
    assert_eq!(
        error(InputKind::Population, "0万"),
        InputError::ZeroPopulation
    );
    assert_eq!(error(InputKind::Amount, "-1万"), InputError::Negative);
    assert_eq!(
        error(InputKind::Percent, "1万"),
        InputError::PercentAbove100
    );
    assert_eq!(error(InputKind::Amount, "万"), InputError::NotANumber);
    assert_eq!(error(InputKind::Amount, "1.2.3万"), InputError::NotANumber);
    assert_eq!(error(InputKind::Amount, "abc万"), InputError::NotANumber);
}

#[test]
fn wan_or_yi_anywhere_but_the_end_is_refused_with_a_message() {
    for text in ["1万5", "万5", "1万万", "1亿万", "1万 2"] {
        let err = error(InputKind::Amount, text);
        assert_eq!(err, InputError::MisplacedMultiplier, "{text}");
        assert_eq!(
            err.message(Lang::Zh),
            "“万”“亿”只能写在数字末尾，如 122.6万"
        );
        assert_eq!(
            err.message(Lang::En),
            "Write 万 or 亿 only at the end of the number, e.g. 122.6万"
        );
    }
}

#[test]
fn other_words_and_signs_are_still_refused() {
    for text in ["五千", "1千", "12元", "85‰", "１ｅ５", "85。5", "約100"] {
        assert_eq!(
            error(InputKind::Amount, text),
            InputError::NotANumber,
            "{text}"
        );
    }
}

#[test]
fn a_percentage_between_zero_and_one_is_questioned_but_accepted() {
    let typed = parse_input(InputKind::Percent, "0.876").unwrap();
    let warning = plausibility(InputKind::Percent, typed).expect("a warning");
    assert_eq!(
        warning,
        InputWarning::PercentLooksLikeFraction {
            value: typed,
            suggested: Decimal::parse("87.6").unwrap(),
        }
    );
    assert_eq!(warning.message(Lang::Zh), "是否指 87.6%？");
    assert_eq!(warning.message(Lang::En), "Did you mean 87.6 %?");
    let tiny = parse_input(InputKind::Percent, "0.000001").unwrap();
    assert_eq!(
        plausibility(InputKind::Percent, tiny)
            .unwrap()
            .message(Lang::Zh),
        "是否指 0.0001%？"
    );
}

#[test]
fn plausible_figures_carry_no_warning() {
    for (kind, text) in [
        (InputKind::Percent, "0"),
        (InputKind::Percent, "1"),
        (InputKind::Percent, "87.6"),
        (InputKind::Percent, "100"),
        (InputKind::Amount, "0.876"),
        (InputKind::Count, "0"),
        (InputKind::Population, "1"),
    ] {
        let v = parse_input(kind, text).unwrap();
        assert_eq!(plausibility(kind, v), None, "{kind:?} {text}");
    }
}

#[test]
fn a_counting_word_after_the_figure_is_dropped_not_refused() {
    assert_eq!(value(InputKind::Population, "1,226,000人"), "1226000");
    assert_eq!(value(InputKind::Population, "122.6万人"), "1226000");
    assert_eq!(value(InputKind::Count, "5270 批次"), "5270");
    assert_eq!(value(InputKind::Count, "３２人次"), "32");
    assert_eq!(value(InputKind::Percent, "85分"), "85");
    // A word alone, or a word the figure does not end with, is still not a number.
    assert_eq!(error(InputKind::Count, "人"), InputError::NotANumber);
    assert_eq!(error(InputKind::Count, "人5270"), InputError::NotANumber);
    assert_eq!(error(InputKind::Count, "5270吨"), InputError::NotANumber);
}
