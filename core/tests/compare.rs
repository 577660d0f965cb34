//! Progress between two assessments (e.g. March and June) on the default pack: per-indicator
//! changes, group and total deltas, veto and verdict changes, gaps closed and opened, and the
//! comparison table as CSV. Properties over generated assessments: a report compared with itself
//! shows nothing, and swapping the two negates every delta.

mod common;

use common::*;
use fscity_core::compare::{ChangeKind, Comparison, Delta};
use fscity_core::export::{comparison_table, to_csv, Cell};
use fscity_core::pack::{default_pack, Pack};
use fscity_core::report::{Status, VetoStatus};
use fscity_core::{compare, evaluate, Answer, Assessment, Lang, Outcome, Points, Report};
use proptest::prelude::*;
use std::collections::BTreeMap;
use std::sync::OnceLock;

fn d(tenths: i64) -> Delta {
    Delta::from_tenths(tenths)
}

fn pts(tenths: i64) -> Points {
    Points::from_tenths(tenths)
}

/// March: a few answers, and a major incident declared (V-01 triggered).
fn march(pack: &Pack) -> Assessment {
    let mut a = blank(pack);
    a.set_answer("B-01", level("partly")); // 1.8 of 3
    a.set_answer("B-02", level("met")); // 1.5, stays
    a.set_answer("B-04", level("met")); // 1.5, will worsen
    a.set_answer("B-14", level("met")); // 1, will be cleared
    a.set_answer("C-04", level("partly")); // 1.2 of 2
    a.set_answer("P-17", findings(2)); // 2 of 3
    a.declare_veto("V-01", true);
    a
}

/// June: B-01, C-04 and P-17 improved, B-04 worsened, B-14 cleared, B-06 and P-09 newly
/// answered, V-01 declared as not having happened.
fn june(pack: &Pack) -> Assessment {
    let mut a = march(pack);
    a.set_answer("B-01", level("met")); // +1.2
    a.set_answer("B-04", level("partly")); // −0.6
    a.clear_answer("B-14"); // −1
    a.set_answer("C-04", level("met")); // +0.8
    a.set_answer("P-17", findings(0)); // +1
    a.set_answer("B-06", level("met")); // +1.5
    a.set_answer("P-09", findings(1)); // +1 (1 of 1.5)
    a.declare_veto("V-01", false);
    a
}

fn march_and_june() -> (Pack, Report, Report, Comparison) {
    let pack = common::nfsdc_v1();
    let before = evaluate(&pack, &march(&pack));
    let after = evaluate(&pack, &june(&pack));
    let comparison = compare(&pack, &before, &after);
    (pack, before, after, comparison)
}

fn ids<'a>(gaps: impl IntoIterator<Item = &'a fscity_core::report::Gap>) -> Vec<&'a str> {
    gaps.into_iter().map(|g| g.indicator.as_str()).collect()
}

#[test]
fn every_indicator_gets_its_delta_and_kind_by_id() {
    let (pack, _, _, c) = march_and_june();
    assert_eq!(c.indicators.len(), pack.indicator_count());
    let order: Vec<&str> = c.indicators.iter().map(|i| i.id.as_str()).collect();
    let pack_order: Vec<&str> = pack.indicators().map(|i| i.id.as_str()).collect();
    assert_eq!(order, pack_order, "pack order");

    let expected = [
        ("B-01", 12, ChangeKind::Improved),
        ("B-02", 0, ChangeKind::Unchanged),
        ("B-04", -6, ChangeKind::Worsened),
        ("B-06", 15, ChangeKind::NewlyAnswered),
        ("B-14", -10, ChangeKind::NoLongerAnswered),
        ("C-04", 8, ChangeKind::Improved),
        ("P-09", 10, ChangeKind::NewlyAnswered),
        ("P-17", 10, ChangeKind::Improved),
    ];
    for (id, delta, kind) in expected {
        let change = c.indicator(id).unwrap();
        assert_eq!((change.delta, change.kind), (d(delta), kind), "{id}");
    }
    let changed: Vec<&str> = c.changed_indicators().map(|i| i.id.as_str()).collect();
    assert_eq!(
        changed,
        ["B-01", "B-04", "B-06", "B-14", "C-04", "P-09", "P-17"]
    );

    let b01 = c.indicator("B-01").unwrap();
    assert_eq!(
        (b01.before.status.clone(), b01.before.awarded),
        (Status::Partial, pts(18))
    );
    assert_eq!(
        (b01.after.status.clone(), b01.after.awarded),
        (Status::Full, pts(30))
    );
    assert_eq!(b01.max, Points::whole(3));
    assert_eq!(b01.group, "basic");
    let b14 = c.indicator("B-14").unwrap();
    assert_eq!(b14.after.status, Status::NotAnswered);
    let c02 = c.indicator("C-02").unwrap();
    assert_eq!(
        (c02.kind, c02.delta, c02.before.status.clone()),
        (ChangeKind::Unchanged, Delta::ZERO, Status::NotAnswered)
    );
}

#[test]
fn group_and_total_deltas_add_up() {
    let (_, before, after, c) = march_and_june();
    let basic = c.group("basic").unwrap();
    assert_eq!(
        (
            basic.awarded.before,
            basic.awarded.after,
            basic.awarded.delta
        ),
        (pts(58), pts(69), d(11))
    );
    assert_eq!(c.group("capacity").unwrap().awarded.delta, d(8));
    assert_eq!(c.group("operations").unwrap().awarded.delta, d(20));

    for group in &c.groups {
        let sum: Delta = c
            .indicators
            .iter()
            .filter(|i| i.group == group.id.as_str())
            .map(|i| i.delta)
            .sum();
        assert_eq!(sum, group.awarded.delta, "{}", group.id);
        assert_eq!(group.max.delta, Delta::ZERO);
    }
    assert_eq!(c.total.score.before, before.total.score);
    assert_eq!(c.total.score.after, after.total.score);
    assert_eq!(
        (
            c.total.score.before,
            c.total.score.after,
            c.total.score.delta
        ),
        (pts(90), pts(129), d(39))
    );
    assert_eq!(
        c.groups.iter().map(|g| g.awarded.delta).sum::<Delta>(),
        c.total.score.delta
    );
    assert_eq!(
        c.indicators.iter().map(|i| i.delta).sum::<Delta>(),
        c.total.awarded.delta
    );
}

#[test]
fn the_veto_and_the_verdict_change() {
    let (_, _, _, c) = march_and_june();
    let v01 = c.veto("V-01").unwrap();
    assert_eq!(
        (v01.before, v01.after, v01.changed),
        (VetoStatus::Triggered, VetoStatus::Clear, true)
    );
    let changed: Vec<&str> = c.changed_vetoes().map(|v| v.id.as_str()).collect();
    assert_eq!(changed, ["V-01"]);
    let v02 = c.veto("V-02").unwrap();
    assert_eq!(
        (v02.before, v02.after, v02.changed),
        (VetoStatus::Unknown, VetoStatus::Unknown, false)
    );
    assert_eq!(
        (c.verdict.before, c.verdict.after, c.verdict.changed),
        (Outcome::Fail, Outcome::Incomplete, true)
    );
    assert!(!c.is_unchanged());
}

#[test]
fn gaps_closed_and_opened_are_exact() {
    let (_, _, _, c) = march_and_june();
    assert_eq!(ids(&c.closed_gaps), ["B-01", "B-06", "C-04", "P-17"]);
    assert_eq!(ids(&c.opened_gaps), ["B-04", "B-14"]);
    // Closed gaps carry what was at stake before, opened ones what is at stake now.
    let recoverable = |gaps: &[fscity_core::report::Gap]| -> Vec<Points> {
        gaps.iter().map(|g| g.recoverable).collect()
    };
    assert_eq!(
        recoverable(&c.closed_gaps),
        [pts(12), pts(15), pts(8), pts(10)]
    );
    assert_eq!(recoverable(&c.opened_gaps), [pts(6), pts(10)]);
    assert!(c.opened_gap("B-14").unwrap().unanswered);
    assert!(c.closed_gap("B-06").unwrap().unanswered);
    assert!(c.closed_gap("P-09").is_none() && c.opened_gap("P-09").is_none());
}

#[test]
fn identical_assessments_show_no_change() {
    let pack = common::nfsdc_v1();
    for a in [blank(&pack), march(&pack), june(&pack)] {
        let report = evaluate(&pack, &a);
        let c = compare(&pack, &report, &report.clone());
        assert!(c.is_unchanged());
        assert!(c.indicators.iter().all(|i| i.delta == Delta::ZERO));
        assert_eq!(c.changed_indicators().count(), 0);
        assert!(c.closed_gaps.is_empty() && c.opened_gaps.is_empty());
        let sheet = comparison_table(&pack, &c, Lang::Zh);
        for row in &sheet.rows[..pack.indicator_count()] {
            assert_eq!(row[5], Cell::Delta(Delta::ZERO));
            assert_eq!(row[6], Cell::text("无变化"));
        }
    }
}

#[test]
fn indicators_are_matched_by_id_and_a_missing_one_counts_as_unanswered() {
    let (pack, before, after, c) = march_and_june();
    let mut shuffled = after.clone();
    shuffled.indicators.reverse();
    shuffled.gaps.reverse();
    assert_eq!(
        compare(&pack, &before, &shuffled),
        c,
        "order does not matter"
    );

    // B-02 (1.5, answered) missing from the later report: not answered there, hence a gap.
    let mut missing = after.clone();
    missing.indicators.retain(|r| r.id != "B-02");
    let c = compare(&pack, &before, &missing);
    let b02 = c.indicator("B-02").unwrap();
    assert_eq!(
        (b02.kind, b02.delta, b02.after.status.clone()),
        (ChangeKind::NoLongerAnswered, d(-15), Status::NotAnswered)
    );
    let gap = c.opened_gap("B-02").unwrap();
    assert_eq!((gap.recoverable, gap.unanswered), (pts(15), true));
}

#[test]
fn not_applicable_changes_rebase_the_total_and_show_in_the_table() {
    let pack = common::nfsdc_v1();
    let mut before = march(&pack);
    before.set_answer("P-06", findings(1)); // 1 of 1.5
    let mut after = before.clone();
    after.mark_not_applicable("P-06", "本市无屠宰企业");
    let (rb, ra) = (evaluate(&pack, &before), evaluate(&pack, &after));
    let c = compare(&pack, &rb, &ra);

    let p06 = c.indicator("P-06").unwrap();
    assert_eq!(
        (p06.kind, p06.delta, p06.after.status.clone()),
        (
            ChangeKind::BecameNotApplicable,
            d(-10),
            Status::NotApplicable
        )
    );
    assert_eq!(ids(&c.closed_gaps), ["P-06"]);
    let ops = c.group("operations").unwrap();
    assert_eq!(ops.awarded.delta, d(-10), "raw points still add up");
    assert_eq!((ops.max.before, ops.max.after), (pts(350), pts(335)));
    assert_eq!(
        (c.total.max.before, c.total.max.after),
        (pts(1000), pts(985))
    );
    assert_eq!(c.total.score.after, ra.total.score);

    let back = compare(&pack, &ra, &rb);
    assert_eq!(
        back.indicator("P-06").unwrap().kind,
        ChangeKind::BecameApplicable
    );

    let csv = to_csv(&comparison_table(&pack, &c, Lang::Zh));
    assert!(
        csv.contains("\r\nP-06,畜禽屠宰,1.5,1,不适用,-1,改为不适用；失分项已消除\r\n"),
        "{csv}"
    );
    assert!(csv.contains(",合计：生产经营状况,35,3,2,-1,适用分值 35 → 33.5\r\n"));
    assert!(csv.contains(",合计：全部指标（折算前）,100,10,9,-1,适用分值 100 → 98.5\r\n"));
    assert!(csv.contains("通过线 90 分；不适用指标不计入，按 100 分折算"));
}

#[test]
fn the_csv_has_the_headers_rows_and_chinese_text() {
    let (pack, _, _, c) = march_and_june();
    let sheet = comparison_table(&pack, &c, Lang::Zh);
    assert!(sheet.rows.iter().all(|r| r.len() == sheet.headers.len()));
    // Indicators, three groups, 总分, 结论, seven vetoes, two gap rows.
    assert_eq!(
        sheet.rows.len(),
        pack.indicator_count() + 3 + 1 + 1 + pack.vetoes.len() + 2
    );
    let csv = to_csv(&sheet);
    assert!(
        csv.starts_with("\u{feff}指标编号,评价指标,分值,上次得分,本次得分,变化,变化说明\r\n"),
        "{csv}"
    );
    for line in [
        "B-01,党政同责,3,1.8,3,+1.2,得分提高；失分项已消除",
        "B-04,纳入考核,1.5,1.5,0.9,-0.6,得分下降；新增失分项",
        "B-06,法规制度,1.5,未作答,1.5,+1.5,新作答；失分项已消除",
        "B-14,信用监管,1,1,未作答,-1,改为未作答；新增失分项",
        "P-17,校园周边,3,2,3,+1,得分提高；失分项已消除",
        "C-02,食品抽检量,4,未作答,未作答,0,无变化",
        ",合计：基础工作,35,5.8,6.9,+1.1,",
        ",合计：能力建设,30,1.2,2,+0.8,",
        ",合计：生产经营状况,35,2,4,+2,",
        ",总分,100,9,12.9,+3.9,通过线 90 分",
        ",结论,,未通过,尚未完成,,由未通过变为尚未完成",
        "V-01,否决项：重大食品安全事故,,已触发,未触发,,由已触发变为未触发",
        "V-02,否决项：食品抽检量不足,,待确认,待确认,,无变化",
        ",已消除的失分项,,,,,B-01（可挽回 1.2 分）、B-06（可挽回 1.5 分）、C-04（可挽回 0.8 分）、P-17（可挽回 1 分）",
        ",新增的失分项,,,,,B-04（可挽回 0.6 分）、B-14（可挽回 1 分）",
    ] {
        assert!(csv.contains(&format!("\n{line}\r\n")), "{line}\n{csv}");
    }
    assert!(
        !csv.contains("折算前"),
        "no N/A: no row for rescaling\n{csv}"
    );
}

#[test]
fn english_headers_and_words() {
    let (pack, _, _, c) = march_and_june();
    let csv = to_csv(&comparison_table(&pack, &c, Lang::En));
    assert!(csv.starts_with(
        "\u{feff}ID,Indicator,Points,Previous score,Current score,Change,What changed\r\n"
    ));
    assert!(csv.contains("\nB-04,"), "{csv}");
    assert!(csv.contains(",0.9,-0.6,Worsened; new gap\r\n"), "{csv}");
    assert!(csv.contains(",Verdict,,Fail,Incomplete,,Fail → Incomplete\r\n"));
    assert!(csv.contains(",Triggered,Clear,,Triggered → Clear\r\n"));
    assert!(csv.contains(",Gaps opened,,,,,B-04 (at stake: 0.6); B-14 (at stake: 1)\r\n"));
}

#[test]
fn deltas_print_with_their_sign() {
    assert_eq!(d(15).to_string(), "+1.5");
    assert_eq!(d(-20).to_string(), "-2");
    assert_eq!(Delta::ZERO.to_string(), "0");
    assert_eq!(-d(15), d(-15));
    assert_eq!(Delta::between(pts(18), pts(30)), d(12));
    assert_eq!(d(12).points(), pts(12));
}

fn packs() -> &'static [Pack] {
    static PACKS: OnceLock<Vec<Pack>> = OnceLock::new();
    PACKS.get_or_init(|| {
        vec![
            mini(),
            generate::pack(40),
            common::nfsdc_v1(),
            default_pack().unwrap(),
        ]
    })
}

/// A generated assessment, with a few answers cleared or marked N/A so that every kind of
/// change occurs between two of them.
fn assessment(pack: &Pack, seed: u64, edits: &BTreeMap<usize, u8>) -> Assessment {
    let mut a = generate::assessment(pack, seed);
    let ids: Vec<String> = pack.indicators().map(|i| i.id.clone()).collect();
    for (&n, &edit) in edits {
        let id = &ids[n % ids.len()];
        match edit % 3 {
            0 => a.clear_answer(id),
            1 => a.set_answer(
                id,
                Answer::NotApplicable {
                    reason: "无此业态".into(),
                },
            ),
            _ => {}
        }
    }
    a
}

fn two_reports() -> impl Strategy<Value = (usize, Report, Report)> {
    let edits = || proptest::collection::btree_map(0usize..200, any::<u8>(), 0..6);
    (
        0..packs().len(),
        any::<u64>(),
        any::<u64>(),
        edits(),
        edits(),
    )
        .prop_map(|(p, s1, s2, e1, e2)| {
            let pack = &packs()[p];
            let a = evaluate(pack, &assessment(pack, s1, &e1));
            let b = evaluate(pack, &assessment(pack, s2, &e2));
            (p, a, b)
        })
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 64,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn a_report_compared_with_itself_shows_nothing((p, a, _) in two_reports()) {
        let c = compare(&packs()[p], &a, &a);
        prop_assert!(c.is_unchanged());
        prop_assert!(c.indicators.iter().all(|i| i.delta.is_zero() && !i.changed()));
        prop_assert!(c.groups.iter().all(|g| g.awarded.delta.is_zero() && g.max.delta.is_zero()));
        prop_assert!(c.total.score.delta.is_zero());
        prop_assert!(c.closed_gaps.is_empty() && c.opened_gaps.is_empty());
    }

    #[test]
    fn swapping_the_reports_negates_every_delta((p, a, b) in two_reports()) {
        let pack = &packs()[p];
        let (ab, ba) = (compare(pack, &a, &b), compare(pack, &b, &a));
        for (x, y) in ab.indicators.iter().zip(&ba.indicators) {
            prop_assert_eq!(&x.id, &y.id);
            prop_assert_eq!(x.delta, -y.delta, "{}", x.id);
            prop_assert_eq!(x.kind, y.kind.reversed(), "{}", x.id);
        }
        for (x, y) in ab.groups.iter().zip(&ba.groups) {
            prop_assert_eq!(x.awarded.delta, -y.awarded.delta);
            prop_assert_eq!(x.max.delta, -y.max.delta);
        }
        prop_assert_eq!(ab.total.score.delta, -ba.total.score.delta);
        prop_assert_eq!(&ab.closed_gaps, &ba.opened_gaps);
        prop_assert_eq!(&ab.opened_gaps, &ba.closed_gaps);
        prop_assert_eq!(ab.verdict.changed, ba.verdict.changed);
        prop_assert_eq!(ab.reversed(), ba);
    }

    #[test]
    fn raw_deltas_add_up_and_the_table_is_rectangular((p, a, b) in two_reports()) {
        let pack = &packs()[p];
        let c = compare(pack, &a, &b);
        for g in &c.groups {
            let sum: Delta = c.indicators.iter().filter(|i| i.group == g.id.as_str()).map(|i| i.delta).sum();
            prop_assert_eq!(sum, g.awarded.delta, "{}", g.id);
        }
        // The total is the base: a bonus block's points are added apart, after it.
        let base = || c.groups.iter().filter(|g| pack.groups.iter().any(|pg| pg.id == g.id.as_str() && !pg.is_bonus()));
        prop_assert_eq!(base().map(|g| g.awarded.delta).sum::<Delta>(), c.total.awarded.delta);
        prop_assert_eq!(base().map(|g| g.max.delta).sum::<Delta>(), c.total.max.delta);
        for lang in [Lang::Zh, Lang::En] {
            let sheet = comparison_table(pack, &c, lang);
            prop_assert!(sheet.rows.iter().all(|r| r.len() == sheet.headers.len()));
        }
    }
}

#[test]
fn only_the_changed_indicators_are_listed_when_asked() {
    let pack = common::nfsdc_v1();
    let c = compare(
        &pack,
        &evaluate(&pack, &march(&pack)),
        &evaluate(&pack, &june(&pack)),
    );
    let changed: Vec<String> = c.changed_indicators().map(|i| i.id.to_string()).collect();
    assert!(!changed.is_empty() && changed.len() < pack.indicator_count());
    let total = c.total.clone();
    let only = c.changed_only();
    let listed: Vec<String> = only.indicators.iter().map(|i| i.id.to_string()).collect();
    assert_eq!(listed, changed);
    assert_eq!(only.total, total, "the headline figures stay whole");
    let sheet = comparison_table(&pack, &only, Lang::Zh);
    let first: Vec<Cell> = sheet.rows[..listed.len()]
        .iter()
        .map(|r| r[0].clone())
        .collect();
    let expected: Vec<Cell> = listed.iter().map(|id| Cell::text(id.as_str())).collect();
    assert_eq!(first, expected);
}

#[test]
fn the_named_table_says_which_two_assessments_it_compares() {
    let pack = common::nfsdc_v1();
    let (mut before, mut after) = (march(&pack), june(&pack));
    before.city = "测试市".into();
    before.name = "三月自评".into();
    before.updated = "2026-03-31T08:00:00Z".into();
    after.city = "测试市".into();
    after.name = "六月自评".into();
    after.updated = "2026-06-30T08:00:00Z".into();
    let c = compare(&pack, &evaluate(&pack, &before), &evaluate(&pack, &after));
    let csv = to_csv(&fscity_core::export::named_comparison_table(
        &pack,
        &c,
        &before,
        &after,
        Lang::Zh,
    ));
    let header = csv.lines().next().unwrap();
    assert!(
        header.contains("上次得分（测试市 · 三月自评 · 2026-03-31）")
            && header.contains("本次得分（测试市 · 六月自评 · 2026-06-30）"),
        "{header}"
    );
    let en = fscity_core::export::named_comparison_table(&pack, &c, &before, &after, Lang::En);
    assert!(
        en.headers[3].ends_with("(测试市 · 三月自评 · 2026-03-31)"),
        "{}",
        en.headers[3]
    );
}
