//! 资料审查 rounds: problems raised in a round, corrected by the city, closed or reopened by a
//! later round, counted per round; and every open problem is a line of the 整改清单.

use fscity_core::actions::{actions, ActionState};
use fscity_core::assessment::review::{
    ItemMark, ItemVerdict, ProblemState, Review, ReviewError, RoundCounts,
};
use fscity_core::export::{action_sheet, Cell};
use fscity_core::pack::default_pack;
use fscity_core::{evaluate, Assessment, Lang, Localize};

#[test]
fn a_problem_goes_from_raised_to_corrected_to_closed_and_can_be_reopened() {
    let mut review = Review::default();
    let first = review.start_round("省级第一轮资料审核", "2026-05", "省食安办");
    assert_eq!(first, 1);
    let p = review
        .raise(
            first,
            "B-01",
            "缺少 2025 年常委会纪要",
            "市委办公室",
            "2026-06-15",
        )
        .unwrap();
    let q = review
        .raise(first, "C-02", "抽检统计口径不清", "", "")
        .unwrap();
    assert_eq!((p, q), (1, 2));
    assert_eq!(
        review.raise(first, "B-02", "  ", "", ""),
        Err(ReviewError::EmptyText)
    );
    assert_eq!(
        review.raise(9, "B-02", "x", "", ""),
        Err(ReviewError::NoSuchRound { round: 9 })
    );

    // Not corrected yet: cannot be closed; corrected, not in the round that raised it.
    assert_eq!(
        review.close(p, first),
        Err(ReviewError::NotCorrectedYet { number: p })
    );
    review.mark_corrected(p, "已补充纪要（2025）5 号").unwrap();
    assert_eq!(
        review.mark_corrected(p, "again"),
        Err(ReviewError::NotOpen { number: p })
    );
    assert_eq!(
        review.close(p, first),
        Err(ReviewError::SameRound { number: p })
    );
    assert_eq!(
        review.counts(first),
        RoundCounts {
            raised: 2,
            corrected: 1,
            closed: 0
        }
    );

    // The second round rechecks what was corrected, closes one and reopens the other.
    let second = review.start_round("省级第二轮资料审核", "2026-07", "省食安办");
    review.mark_corrected(q, "已说明口径").unwrap();
    let recheck: Vec<u32> = review.to_recheck(second).iter().map(|p| p.number).collect();
    assert_eq!(recheck, [p, q]);
    review.close(p, second).unwrap();
    review.reopen(q, second).unwrap();
    assert_eq!(review.problems[0].closed_in, Some(second));
    assert_eq!(review.problems[1].state, ProblemState::Open);
    assert_eq!(
        review.counts(first),
        RoundCounts {
            raised: 2,
            corrected: 1,
            closed: 1
        }
    );
    assert_eq!(
        review.counts(first).sentence(first, Lang::Zh),
        "第 1 轮发现问题 2 项，已整改 1 项，已销号 1 项"
    );
    assert_eq!(review.counts(second), RoundCounts::default());
    assert_eq!(
        ReviewError::SameRound { number: 3 }.message(Lang::Zh),
        "问题 3 需在后续一轮审查中复核销号"
    );
}

#[test]
fn a_reviewer_marks_items_by_their_numbers() {
    let mut review = Review::default();
    let round = review.start_round("市级演练", "", "");
    let mark = ItemMark {
        verdict: ItemVerdict::Partly,
        remark: "缺签字页".into(),
    };
    review.mark(round, "B-01-02", Some(mark.clone())).unwrap();
    assert_eq!(review.rounds[0].marks.get("B-01-02"), Some(&mark));
    review.mark(round, "B-01-02", None).unwrap();
    assert!(review.rounds[0].marks.is_empty());
    let labels: Vec<String> = ItemVerdict::ALL.iter().map(|v| v.label().zh).collect();
    assert_eq!(labels, ["符合", "部分符合", "不符合"]);
    // A round says how its marked items fared; another round's marks are its own.
    for (item, verdict) in [
        ("B-01-01", ItemVerdict::Meets),
        ("B-01-02", ItemVerdict::Fails),
        ("B-02-01", ItemVerdict::Meets),
    ] {
        let mark = ItemMark {
            verdict,
            remark: String::new(),
        };
        review.mark(round, item, Some(mark)).unwrap();
    }
    let second = review.start_round("省级第一轮", "", "");
    assert_eq!(
        review
            .round(round)
            .unwrap()
            .mark_counts()
            .sentence(Lang::Zh),
        "本轮已审查材料 3 份：符合 2 份，部分符合 0 份，不符合 1 份"
    );
    assert_eq!(
        review
            .round(second)
            .unwrap()
            .mark_counts()
            .sentence(Lang::Zh),
        "本轮已审查材料 0 份：符合 0 份，部分符合 0 份，不符合 0 份"
    );
    assert_eq!(
        review.mark(9, "B-01-01", None),
        Err(ReviewError::NoSuchRound { round: 9 })
    );
}

#[test]
fn open_problems_are_lines_of_the_action_list_and_closed_ones_are_done() {
    let pack = default_pack().unwrap();
    let mut a = Assessment::new(&pack, "资料市", "第一次自评", "2026-05-01");
    let mut review = Review::default();
    let round = review.start_round("省级第一轮资料审核", "2026-05", "省食安办");
    let open = review
        .raise(round, "B-01", "缺少常委会纪要", "市委办公室", "2026-06-15")
        .unwrap();
    let fixed = review
        .raise(round, "C-02", "口径不清", "", "2026-06-30")
        .unwrap();
    review.mark_corrected(fixed, "已说明").unwrap();
    a.review.write(review.clone());
    let report = evaluate(&pack, &a);
    let list = actions(&pack, &a, &report, "2026-07-01");
    let problems: Vec<(&str, ActionState, u32)> = list
        .iter()
        .filter_map(|x| x.problem().map(|n| (x.indicator.as_str(), x.state, n)))
        .collect();
    assert_eq!(
        problems,
        [
            ("B-01", ActionState::Overdue, open),
            ("C-02", ActionState::AwaitingRecheck, fixed)
        ]
    );
    let b01 = list.iter().find(|x| x.problem() == Some(open)).unwrap();
    assert_eq!(b01.lost_reason, "缺少常委会纪要");
    let sheet = action_sheet(&pack, [b01], Lang::Zh);
    assert_eq!(sheet.rows[0][3], Cell::text("审查问题 1：缺少常委会纪要"));
    assert_eq!(sheet.rows[0][8], Cell::text("已逾期"));
    assert_eq!(b01.departments[0].zh, "市委办公室");
    let c02 = list.iter().find(|x| x.problem() == Some(fixed)).unwrap();
    assert_eq!(
        c02.departments[0].zh, "市场监管局",
        "the pack's department when none is given"
    );
    assert_eq!(ActionState::AwaitingRecheck.label().zh, "已整改待复核");
}

#[test]
fn the_review_rides_in_the_record_as_json_and_a_broken_one_is_kept_not_lost() {
    let pack = default_pack().unwrap();
    let mut a = Assessment::new(&pack, "资料市", "第一次自评", "2026-05-01");
    assert!(a.review.is_empty());
    let mut review = Review::default();
    review.start_round("市级演练", "2026-04", "");
    a.review.write(review.clone());
    let saved = fscity_core::SavedAssessment::new(a.clone(), "0.3.0", "t", 1).to_json();
    let again = fscity_core::saved::read_record(&saved).unwrap().assessment;
    assert_eq!(*again.review.read().unwrap(), review);
    assert_eq!(again, a);
    // Edited by hand into something else: read says so, and the JSON stays as it was.
    // (A stowed part is written compactly inside the indented record.)
    let broken = saved.replace("\"number\":1", "\"number\":\"一\"");
    assert_ne!(broken, saved);
    let kept = fscity_core::saved::read_record(&broken).unwrap().assessment;
    assert!(kept.review.read().is_err());
    let rewritten = fscity_core::SavedAssessment::new(kept, "0.3.0", "t", 1).to_json();
    assert!(rewritten.contains("\"number\":\"一\""), "nothing is lost");
}
