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
fn a_result_far_above_the_full_marks_level_is_questioned_but_scored() {
    let pack = pack();
    // C-02 earns full marks at 4 批次/千人: 1,000, 430 and 43 per thousand are figures typed
    // wrong (issue 32, item 7), though below the absolute limit of 1,000.
    for (batches, value) in [
        ("1226000", "1000"),
        ("527000", "429.853181"),
        ("52700", "42.985318"),
    ] {
        let (c, awarded) = calculation(
            &pack,
            "C-02",
            &[("batches", batches), ("population", "1226000")],
        );
        assert_eq!(c.value, dec(value));
        assert_eq!(
            c.warnings,
            [CalcWarning::FarAboveFullMarks {
                value: c.value,
                full_marks: dec("4"),
                unit: c.unit.clone(),
            }],
            "{batches}"
        );
        assert_eq!(
            awarded,
            Points::from_tenths(40),
            "the points are not changed"
        );
    }
    let (c, _) = calculation(
        &pack,
        "C-02",
        &[("batches", "52700"), ("population", "1226000")],
    );
    let (zh, en) = messages(&c).remove(0);
    assert!(zh.contains("超过满分线 4 批次/千人 的 10 倍"), "{zh}");
    assert!(
        en.contains("more than 10 times the full-marks level of 4"),
        "{en}"
    );
}

#[test]
fn a_real_figure_and_a_growth_rate_are_not_questioned() {
    let pack = pack();
    // 5,270 batches for 1,226,000 residents: 4.29 per thousand, a real city's figure.
    let (c, _) = calculation(
        &pack,
        "C-02",
        &[("batches", "5270"), ("population", "1226000")],
    );
    assert!(c.warnings.is_empty());
    // Exactly ten times full marks is not more than ten times.
    let (c, _) = calculation(&pack, "C-02", &[("batches", "40"), ("population", "1000")]);
    assert!(c.warnings.is_empty());
    // B-05 is a growth rate: a real rise can be many times its target.
    let (c, _) = calculation(&pack, "B-05", &[("current", "500"), ("previous", "100")]);
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
