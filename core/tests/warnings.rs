//! Calculator figures that are accepted but look unintended: the report carries a warning next
//! to the value, and the points stay as the figures give them.

mod common;

use common::{blank, dec, inputs};
use fscity_core::input::InputWarning;
use fscity_core::pack::default_pack;
use fscity_core::report::{CalcWarning, Calculation};
use fscity_core::{evaluate, Lang, Localize, Pack, Points};

fn pack() -> Pack {
    default_pack().expect("the default pack loads")
}

fn calculation(pack: &Pack, id: &str, figures: &[(&str, &str)]) -> (Calculation, Points) {
    let mut a = blank(pack);
    a.set_answer(id, inputs(figures));
    let report = evaluate(pack, &a);
    let r = report.indicator(id).unwrap();
    (r.calculation.clone().expect("computed"), r.awarded)
}

fn messages(c: &Calculation) -> Vec<(String, String)> {
    c.warnings
        .iter()
        .map(|w| (w.message(Lang::Zh), w.message(Lang::En)))
        .collect()
}

#[test]
fn a_part_above_its_whole_is_questioned_but_scored() {
    let pack = pack();
    // C-05: 130 batches followed up of 118 failed.
    let (c, awarded) = calculation(&pack, "C-05", &[("done", "130"), ("failed", "118")]);
    assert_eq!(c.value, dec("110.169491"));
    assert!(matches!(
        &c.warnings[..],
        [CalcWarning::PartAboveWhole { value, .. }] if *value == c.value
    ));
    assert_eq!(
        messages(&c),
        [(
            "“已完成核查处置的不合格批次”大于“抽检不合格（问题）批次”（110.16%），请核对".to_owned(),
            "“Failed batches fully followed up” is more than “Failed batches found” (110.16%); please check"
                .to_owned()
        )]
    );
    assert_eq!(
        awarded,
        Points::from_tenths(30),
        "the points are not changed"
    );
}

#[test]
fn a_part_equal_to_its_whole_is_fine() {
    let pack = pack();
    let (c, _) = calculation(&pack, "C-05", &[("done", "118"), ("failed", "118")]);
    assert!(c.warnings.is_empty());
}

#[test]
fn more_than_a_thousand_per_thousand_residents_is_questioned() {
    let pack = pack();
    // C-02: the population typed in 万人 (122.6) instead of persons.
    let (c, _) = calculation(&pack, "C-02", &[("batches", "5270"), ("population", "123")]);
    assert_eq!(
        c.warnings,
        [CalcWarning::MoreThanOnePerResident {
            value: c.value,
            population: fscity_core::Text::new("常住人口", "Resident population"),
        }]
    );
    assert_eq!(
        messages(&c),
        [(
            "结果 42845.52 超过每千人 1000，请核对“常住人口”是否按人数填写（而非万人）".to_owned(),
            "The result, 42845.52, is above 1,000 per thousand; check that “Resident population” is a number of persons, not of 10,000s"
                .to_owned()
        )]
    );
}

#[test]
fn exactly_a_thousand_per_thousand_is_not_questioned() {
    let pack = pack();
    let (c, _) = calculation(
        &pack,
        "C-02",
        &[("batches", "1000"), ("population", "1000")],
    );
    assert_eq!(c.value, dec("1000"));
    assert!(c.warnings.is_empty());
    let (c, _) = calculation(
        &pack,
        "C-02",
        &[("batches", "5270"), ("population", "1226000")],
    );
    assert!(c.warnings.is_empty());
}

#[test]
fn a_percentage_input_between_zero_and_one_is_questioned_in_the_report() {
    let pack = pack();
    // B-16: the awareness rate typed as a fraction.
    let (c, awarded) = calculation(&pack, "B-16", &[("awareness", "0.876")]);
    assert_eq!(
        c.warnings,
        [CalcWarning::Input {
            input: "awareness".into(),
            label: fscity_core::Text::new(
                "第三方测评知晓率",
                "Awareness rate from the independent survey"
            ),
            warning: InputWarning::PercentLooksLikeFraction {
                value: dec("0.876"),
                suggested: dec("87.6"),
            },
        }]
    );
    assert_eq!(
        messages(&c),
        [(
            "“第三方测评知晓率”：是否指 87.6%？".to_owned(),
            "“Awareness rate from the independent survey”: Did you mean 87.6 %?".to_owned()
        )]
    );
    assert_eq!(awarded, Points::ZERO);
    let (c, _) = calculation(&pack, "B-16", &[("awareness", "87.6")]);
    assert!(c.warnings.is_empty());
}
