//! Moving an assessment to another revision of its pack: the diff shown first, answers carried
//! by stable ID, what cannot be carried kept in the archive (never dropped), and the score
//! before and after.

mod common;

use common::generate::{self, Lcg};
use common::{dec, findings, indicator_json, inputs, items, level, mini, mini_with};
use fscity_core::assessment::{
    ArchiveReason, ArchivedAnswer, ArchivedVeto, CorrectiveAction, Entry, Evidence, EvidenceState,
    Incompatibility, VetoAnswer,
};
use fscity_core::compare::ChangeKind;
use fscity_core::pack::{self, Pack, RuleKind, VetoKind};
use fscity_core::pack_diff::{
    diff, move_assessment, InputEdit, Moved, RuleEdit, Subject, VetoEdit,
};
use fscity_core::report::Warning;
use fscity_core::{evaluate, Answer, Assessment, Lang, Localize, Points, SavedAssessment};
use proptest::prelude::*;
use serde_json::{json, Value};

fn v1() -> Pack {
    common::nfsdc_v1()
}

/// A pack after an edit of its JSON, with group points, the total and the version set to fit.
fn revised(pack: &Pack, version: u32, edit: impl FnOnce(&mut Value)) -> Pack {
    let mut value = serde_json::to_value(pack).unwrap();
    edit(&mut value);
    value["version"] = json!(version);
    let mut total = Points::ZERO;
    for group in value["groups"].as_array_mut().unwrap() {
        let sum: Points = group["indicators"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| serde_json::from_value::<Points>(i["max_points"].clone()).unwrap())
            .sum();
        group["points"] = serde_json::to_value(sum).unwrap();
        total += sum;
    }
    value["total_points"] = serde_json::to_value(total).unwrap();
    let min_total: Points =
        serde_json::from_value(value["pass_rule"]["min_total"].clone()).unwrap();
    if min_total > total {
        value["pass_rule"]["min_total"] = serde_json::to_value(total).unwrap();
    }
    pack::load(&value.to_string()).unwrap_or_else(|e| panic!("revised pack invalid: {e:?}"))
}

fn indicators_mut(pack: &mut Value, group: usize) -> &mut Vec<Value> {
    pack["groups"][group]["indicators"].as_array_mut().unwrap()
}

fn levels(points: [f64; 3]) -> Value {
    json!({ "type": "levels", "levels": [
        { "id": "met", "name": { "zh": "符合", "en": "Met" }, "points": points[0] },
        { "id": "partly", "name": { "zh": "基本符合", "en": "Largely met" }, "points": points[1] },
        { "id": "not_met", "name": { "zh": "不符合", "en": "Not met" }, "points": points[2] }
    ]})
}

fn remove_level(ind: &mut Value, id: &str) {
    ind["rule"]["levels"]
        .as_array_mut()
        .unwrap()
        .retain(|l| l["id"] != id);
}

/// Revision 2 of the default pack: B-02 worth 1 instead of 1.5; B-18 removed; B-19 added;
/// B-06 and B-09 lose the level `partly`; C-04 turns from levels into deductions; C-02's
/// thresholds rise by 0.5; V-01 removed; V-05 at 80 instead of 85; pass mark 85.
fn v2() -> Pack {
    revised(&v1(), 2, |p| {
        let b02 = indicator_json(p, "B-02");
        b02["max_points"] = json!(1);
        b02["rule"] = levels([1.0, 0.6, 0.0]);
        remove_level(indicator_json(p, "B-06"), "partly");
        remove_level(indicator_json(p, "B-09"), "partly");
        indicator_json(p, "C-04")["rule"] = json!({
            "type": "deductions", "per_finding": 0.5, "finding": { "zh": "一处检测能力缺口" }
        });
        for t in indicator_json(p, "C-02")["rule"]["thresholds"]
            .as_array_mut()
            .unwrap()
        {
            let at: f64 = t["at_least"].as_f64().unwrap();
            t["at_least"] = json!(at + 0.5);
        }
        let basic = indicators_mut(p, 0);
        let mut b19 = basic.iter().find(|i| i["id"] == "B-18").unwrap().clone();
        basic.retain(|i| i["id"] != "B-18");
        b19["id"] = json!("B-19");
        b19["name"] = json!({ "zh": "食品安全宣传员", "en": "Food safety promoters" });
        b19["max_points"] = json!(1.5);
        b19["rule"] = levels([1.5, 0.9, 0.0]);
        basic.push(b19);
        let vetoes = p["vetoes"].as_array_mut().unwrap();
        vetoes.retain(|v| v["id"] != "V-01");
        let v05 = vetoes.iter_mut().find(|v| v["id"] == "V-05").unwrap();
        v05["test"]["at_least"] = json!(80);
        p["pass_rule"]["min_total"] = json!(85);
    })
}

fn notes(text: &str) -> Entry {
    Entry {
        notes: text.into(),
        ..Entry::default()
    }
}

/// Answers every indicator and veto item that revision 2 touches, with notes, evidence and an
/// action where they must survive, plus an answer for an ID neither revision knows and an
/// answer archived by an earlier move.
fn answered(pack: &Pack) -> Assessment {
    let mut a = common::blank(pack);
    a.set_answer("B-02", level("met"));
    a.entry_mut("B-02").notes = "访谈记录齐全".into();
    let b18 = a.entry_mut("B-18");
    *b18 = Entry {
        answer: Some(level("met")),
        notes: "已出台保险通知".into(),
        lost_reason: String::new(),
        conclusion: String::new(),
        evidence: vec![Evidence {
            title: "保险推行文件".into(),
            location: "共享盘/保险".into(),
            state: EvidenceState::Ready,
            seq: 1,
            ..Evidence::default()
        }],
        departments: vec!["市场监管局".into()],
        action: Some(CorrectiveAction {
            what: "扩大投保面".into(),
            owner: "市场监管局".into(),
            due: "2025-12-31".into(),
            done: false,
        }),
        site: None,
        effort: Some(3),
        poll: None,
    };
    a.set_answer("B-06", level("partly"));
    a.entry_mut("B-06").notes = "制度执行痕迹不足".into();
    a.entry_mut("B-06").evidence = vec![Evidence {
        title: "制度汇编".into(),
        ..Evidence::default()
    }];
    a.set_answer("B-09", level("met"));
    a.set_answer(
        "C-02",
        inputs(&[("batches", "4800"), ("population", "1200000")]),
    );
    a.set_answer("C-04", level("met"));
    a.entry_mut("C-04").notes = "快检全覆盖".into();
    a.entry_mut("C-04").lost_reason = "无".into();
    a.declare_veto("V-01", false);
    a.entries.insert("Z-99".into(), notes("不属于任何版本"));
    a.archive.push(ArchivedAnswer {
        indicator: "OLD-1".into(),
        entry: notes("更早一次迁移留下的内容"),
        from_pack_version: 0,
        reason: ArchiveReason::IndicatorRemoved,
    });
    a
}

fn ids(list: &[fscity_core::report::Id]) -> Vec<&str> {
    list.iter().map(|id| id.as_str()).collect()
}

#[test]
fn the_diff_lists_exactly_what_revision_2_changed() {
    let d = diff(&v1(), &v2());
    assert_eq!((d.from_version, d.to_version), (1, 2));
    assert_eq!(ids(&d.added), ["B-19"]);
    assert_eq!(ids(&d.removed), ["B-18"]);
    let changed: Vec<&str> = d.changed.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(changed, ["B-02", "B-06", "B-09", "C-02", "C-04"]);

    let b02 = d.indicator("B-02").unwrap();
    assert_eq!(
        b02.points,
        Some((Points::from_tenths(15), Points::from_tenths(10)))
    );
    assert_eq!(
        b02.rule.as_ref().unwrap().edits,
        [
            RuleEdit::LevelPoints {
                level: "met".into(),
                from: Points::from_tenths(15),
                to: Points::from_tenths(10)
            },
            RuleEdit::LevelPoints {
                level: "partly".into(),
                from: Points::from_tenths(9),
                to: Points::from_tenths(6)
            },
        ]
    );
    assert!(b02.is_compatible());
    assert!(!b02.text_changed && b02.key_item.is_none() && b02.group_moved.is_none());

    for id in ["B-06", "B-09"] {
        let change = d.indicator(id).unwrap();
        assert_eq!(
            change.rule.as_ref().unwrap().edits,
            [RuleEdit::LevelRemoved {
                level: "partly".into()
            }]
        );
        assert!(!change.is_compatible());
        assert_eq!(change.points, None);
    }

    let c02 = d.indicator("C-02").unwrap();
    let edits = &c02.rule.as_ref().unwrap().edits;
    assert!(
        matches!(edits.as_slice(), [RuleEdit::Thresholds { from, to }]
            if from.iter().map(|t| t.at_least).collect::<Vec<_>>() == [dec("2"), dec("3"), dec("4")]
            && to.iter().map(|t| t.at_least).collect::<Vec<_>>() == [dec("2.5"), dec("3.5"), dec("4.5")]),
        "{edits:?}"
    );
    assert!(
        c02.is_compatible(),
        "thresholds moving keeps answers meaning the same"
    );

    let c04 = d.indicator("C-04").unwrap();
    assert_eq!(
        c04.rule.as_ref().unwrap().edits,
        [RuleEdit::Type {
            from: RuleKind::Levels,
            to: RuleKind::Deductions
        }]
    );
    assert!(!c04.is_compatible());

    assert!(d.vetoes_added.is_empty());
    assert_eq!(ids(&d.vetoes_removed), ["V-01"]);
    assert_eq!(d.vetoes_changed.len(), 1);
    let v05 = d.veto("V-05").unwrap();
    assert_eq!(
        v05.edits,
        [VetoEdit::AtLeast {
            from: dec("85"),
            to: dec("80")
        }]
    );
    assert!(v05.is_compatible() && !v05.text_changed);

    let pass = d.pass_rule.as_ref().unwrap();
    assert_eq!(pass.min_total, Some((Points::whole(90), Points::whole(85))));
    assert_eq!(
        (pass.rebase_not_applicable, pass.summary_changed),
        (None, false)
    );
    assert_eq!(
        d.total, None,
        "B-02 −0.5, B-18 −1 and B-19 +1.5 keep the total at 100"
    );
    assert!(d.groups_added.is_empty() && d.groups_removed.is_empty());
    assert!(d.groups_renamed.is_empty() && !d.details_changed);
    assert!(!d.is_empty() && !d.is_compatible());
}

#[test]
fn every_change_is_worded_in_both_languages_with_names() {
    let (old, new) = (v1(), v2());
    let d = diff(&old, &new);
    let lines = d.lines(&old, &new);
    for line in &lines {
        assert!(
            !line.text.zh.is_empty() && !line.text.en.is_empty(),
            "{line:?}"
        );
    }
    let texts_of = |subject: Subject| -> Vec<(String, String, bool)> {
        lines
            .iter()
            .filter(|l| l.subject == subject)
            .map(|l| (l.text.zh.clone(), l.text.en.clone(), l.breaks_answers))
            .collect()
    };
    let b06 = texts_of(Subject::Indicator("B-06".into()));
    assert_eq!(b06.len(), 1);
    assert!(b06[0].0.starts_with("B-06 法规制度："), "{}", b06[0].0);
    // The removed level is named from the old pack.
    assert!(b06[0].0.contains("删除档次“基本符合”"), "{}", b06[0].0);
    assert!(
        b06[0].1.contains("level “Largely met” removed"),
        "{}",
        b06[0].1
    );
    assert!(b06[0].2);
    let b18 = texts_of(Subject::Indicator("B-18".into()));
    assert!(b18[0].0.contains("食品安全责任保险") && b18[0].2, "{b18:?}");
    let b02 = texts_of(Subject::Indicator("B-02".into()));
    assert!(b02[0].0.ends_with("分值 1.5 → 1 分"), "{b02:?}");
    assert!(b02.iter().all(|l| !l.2));
    let c04 = texts_of(Subject::Indicator("C-04".into()));
    assert!(c04[0].0.contains("由“按档次计分”改为“扣分制”"), "{c04:?}");
    assert!(texts_of(Subject::Veto("V-01".into()))[0].2);
    let v05 = &new.vetoes.iter().find(|v| v.id == "V-05").unwrap().name.zh;
    assert_eq!(
        texts_of(Subject::Veto("V-05".into()))[0].0,
        format!("V-05 {v05}：判定线 85 → 80")
    );
    assert_eq!(texts_of(Subject::Pack)[0].0, "通过分数线 90 → 85 分");
    assert!(d
        .summary()
        .get(Lang::Zh)
        .contains("新增 1 项，删除 1 项，修改 5 项"));
    assert!(d
        .summary()
        .get(Lang::En)
        .contains("1 added, 1 removed, 5 changed"));
}

#[test]
fn a_move_carries_compatible_answers_and_archives_the_rest_with_their_notes() {
    let (old, new) = (v1(), v2());
    let original = answered(&old);
    let moved = move_assessment(&original, &old, &new);
    let a = &moved.assessment;
    assert_eq!((a.pack_id.as_str(), a.pack_version), ("nfsdc-2023", 2));
    assert_eq!(
        (a.name.as_str(), a.updated.as_str()),
        (original.name.as_str(), original.updated.as_str())
    );

    // Compatible answers move unchanged.
    for id in ["B-02", "B-09", "C-02", "Z-99"] {
        assert_eq!(a.entries.get(id), original.entries.get(id), "{id}");
    }
    // Incompatible answers are cleared; the rest of the entry stays on the indicator.
    let b06 = &a.entries["B-06"];
    assert_eq!(b06.answer, None);
    assert_eq!(b06.notes, "制度执行痕迹不足");
    assert_eq!(b06.evidence, original.entries["B-06"].evidence);
    let c04 = &a.entries["C-04"];
    assert_eq!(
        (
            c04.answer.as_ref(),
            c04.notes.as_str(),
            c04.lost_reason.as_str()
        ),
        (None, "快检全覆盖", "无")
    );
    // A removed indicator's entry leaves whole.
    assert!(!a.entries.contains_key("B-18"));

    assert_eq!(
        moved.archived,
        [
            ArchivedAnswer {
                indicator: "B-06".into(),
                entry: Entry {
                    answer: Some(level("partly")),
                    ..Entry::default()
                },
                from_pack_version: 1,
                reason: ArchiveReason::RuleIncompatible {
                    detail: Incompatibility::LevelRemoved {
                        level: "partly".into()
                    }
                },
            },
            ArchivedAnswer {
                indicator: "B-18".into(),
                entry: original.entries["B-18"].clone(),
                from_pack_version: 1,
                reason: ArchiveReason::IndicatorRemoved,
            },
            ArchivedAnswer {
                indicator: "C-04".into(),
                entry: Entry {
                    answer: Some(level("met")),
                    ..Entry::default()
                },
                from_pack_version: 1,
                reason: ArchiveReason::RuleIncompatible {
                    detail: Incompatibility::Kind {
                        from: RuleKind::Levels,
                        to: RuleKind::Deductions
                    }
                },
            },
        ]
    );
    assert_eq!(
        moved.archived_vetoes,
        [ArchivedVeto {
            veto: "V-01".into(),
            answer: VetoAnswer::Declaration { happened: false },
            from_pack_version: 1,
            reason: ArchiveReason::VetoRemoved,
        }]
    );
    assert!(a.veto_declarations.is_empty());
    // The earlier archive stays first; this move's follows.
    assert_eq!(a.archive[0], original.archive[0]);
    assert_eq!(a.archive[1..], moved.archived[..]);
    assert_eq!(a.veto_archive, moved.archived_vetoes);
    assert_eq!(restored(&moved, &original), original);

    assert_eq!(
        moved.archived[2].reason.message(Lang::Zh),
        "计分方式已改变：答案按“按档次计分”填写，现为“扣分制”"
    );
    assert_eq!(
        moved.archived[0].reason.message(Lang::En),
        "The scoring rule changed: the chosen level “partly” no longer exists"
    );
}

#[test]
fn the_score_before_and_after_agree_with_the_comparison() {
    let (old, new) = (v1(), v2());
    let original = answered(&old);
    let moved = move_assessment(&original, &old, &new);
    assert_eq!(moved.before, evaluate(&old, &original));
    assert_eq!(moved.after, evaluate(&new, &moved.assessment));
    // Before: B-02 1.5 + B-06 0.9 + B-09 1.5 + B-18 1 + C-02 4 (4.0 per thousand) + C-04 2.
    assert_eq!(moved.before.total.awarded, Points::from_tenths(109));
    // After: B-02 1 + B-09 1.5 + C-02 2 (4.0 is below the new 4.5).
    assert_eq!(moved.after.total.awarded, Points::from_tenths(45));

    let c = &moved.comparison;
    assert_eq!(c.total.score.before, moved.before.total.score);
    assert_eq!(c.total.score.after, moved.after.total.score);
    assert_eq!(c.total.awarded.delta.tenths(), -64);
    let kind = |id: &str| c.indicator(id).unwrap().kind;
    assert_eq!(kind("B-02"), ChangeKind::Worsened);
    assert_eq!(kind("C-02"), ChangeKind::Worsened);
    assert_eq!(kind("B-06"), ChangeKind::NoLongerAnswered);
    assert_eq!(kind("C-04"), ChangeKind::NoLongerAnswered);
    assert_eq!(kind("B-09"), ChangeKind::Unchanged);
    assert_eq!(kind("B-19"), ChangeKind::Unchanged);
    assert!(c.indicator("B-18").is_none() && c.veto("V-01").is_none());
    // The indicator deltas add up to the total's, less what the removed indicator scored.
    let listed: i64 = c.indicators.iter().map(|i| i.delta.tenths()).sum();
    let removed = moved.before.indicator("B-18").unwrap().awarded.tenths();
    assert_eq!(listed - removed, c.total.awarded.delta.tenths());
    assert_eq!(c.verdict.before, moved.before.verdict.outcome);
    assert_eq!(c.verdict.after, moved.after.verdict.outcome);

    // Nothing archived is reported as unknown: only the ID neither revision knows is.
    let unknown = Warning::UnknownIndicator {
        indicator: "Z-99".into(),
    };
    assert_eq!(moved.before.warnings, std::slice::from_ref(&unknown));
    assert_eq!(moved.after.warnings, [unknown]);
}

#[test]
fn moving_to_the_same_pack_changes_nothing() {
    let pack = v1();
    let original = answered(&pack);
    let moved = move_assessment(&original, &pack, &pack);
    assert!(moved.diff.is_empty() && moved.diff.is_compatible());
    assert!(moved.diff.lines(&pack, &pack).is_empty());
    assert_eq!(moved.assessment, original);
    assert!(moved.archived.is_empty() && moved.archived_vetoes.is_empty());
    assert!(moved.comparison.is_unchanged());
    assert_eq!(moved.before, moved.after);

    // A new revision number with the same content moves only the revision.
    let bumped = revised(&pack, 2, |_| {});
    let moved = move_assessment(&original, &pack, &bumped);
    assert!(moved.diff.is_empty());
    assert_eq!(
        moved.assessment,
        Assessment {
            pack_version: 2,
            ..original.clone()
        }
    );
}

#[test]
fn moving_back_keeps_the_archive_and_the_old_assessment_is_the_undo() {
    let (old, new) = (v1(), v2());
    let original = answered(&old);
    let snapshot = original.clone();
    let there = move_assessment(&original, &old, &new);
    // Undo is the caller restoring the value it kept; the move changed nothing in it.
    assert_eq!(original, snapshot);

    let back = move_assessment(&there.assessment, &new, &old);
    let d = &back.diff;
    assert_eq!(
        (ids(&d.added), ids(&d.removed)),
        (vec!["B-18"], vec!["B-19"])
    );
    assert_eq!(back.assessment.pack_version, 1);
    assert!(back.archived.is_empty(), "{:?}", back.archived);
    assert_eq!(back.assessment.archive, there.assessment.archive);
    assert_eq!(back.assessment.veto_archive, there.assessment.veto_archive);
    // Archived answers are not put back by themselves: they stay in the archive to be seen.
    assert!(!back.assessment.entries.contains_key("B-18"));
    assert_eq!(back.assessment.answer("B-06"), None);
}

#[test]
fn only_the_answers_a_rule_change_breaks_are_archived() {
    let old = v1();
    let new = revised(&old, 2, |p| {
        let b03 = indicator_json(p, "B-03");
        b03["rule"]["items"]
            .as_array_mut()
            .unwrap()
            .retain(|i| i["id"] != "oversight");
        b03["max_points"] = json!(2);
        indicator_json(p, "P-05")["na_allowed"] = json!(false);
        let b05 = indicator_json(p, "B-05");
        b05["rule"]["inputs"][0]["kind"] = json!("count");
        let c12 = indicator_json(p, "C-12");
        c12["rule"]["inputs"][0]["id"] = json!("checked");
        c12["rule"]["formula"]["part"] = json!("checked");
        indicator_json(p, "B-16")["rule"]["inputs"][0]["kind"] = json!("amount");
    });
    let d = diff(&old, &new);
    let edits = |id: &str| d.indicator(id).unwrap().rule.clone().unwrap().edits;
    assert_eq!(
        edits("C-12"),
        [
            RuleEdit::Input(InputEdit::Added {
                input: "checked".into()
            }),
            RuleEdit::Input(InputEdit::Removed {
                input: "inspected".into()
            }),
            RuleEdit::Formula,
        ]
    );
    assert!(
        !d.indicator("B-05").unwrap().is_compatible(),
        "amount → count narrows"
    );
    assert!(
        d.indicator("B-16").unwrap().is_compatible(),
        "percent → amount widens"
    );
    assert_eq!(d.indicator("P-05").unwrap().na_allowed, Some((true, false)));
    assert!(!d.indicator("P-05").unwrap().is_compatible());

    let mut a = common::blank(&old);
    a.set_answer("B-03", items(&["rules", "oversight"]));
    a.set_answer("B-05", inputs(&[("current", "12.5"), ("previous", "10")]));
    a.set_answer("C-12", inputs(&[("inspected", "90"), ("licensed", "100")]));
    a.set_answer("B-16", inputs(&[("awareness", "88.5")]));
    a.mark_not_applicable("P-05", "本市无此业态");
    let moved = move_assessment(&a, &old, &new);
    let reasons: Vec<(&str, &ArchiveReason)> = moved
        .archived
        .iter()
        .map(|x| (x.indicator.as_str(), &x.reason))
        .collect();
    let incompatible = |detail| ArchiveReason::RuleIncompatible { detail };
    assert_eq!(
        reasons,
        [
            (
                "B-03",
                &incompatible(Incompatibility::SubItemsRemoved {
                    items: vec!["oversight".into()]
                })
            ),
            (
                "B-05",
                &incompatible(Incompatibility::FiguresRefused {
                    inputs: vec!["current".into()]
                })
            ),
            (
                "C-12",
                &incompatible(Incompatibility::InputsRemoved {
                    inputs: vec!["inspected".into()]
                })
            ),
            (
                "P-05",
                &incompatible(Incompatibility::NotApplicableNotAllowed)
            ),
        ]
    );
    assert_eq!(moved.assessment.answer("B-16"), a.answer("B-16"));
    assert_eq!(restored(&moved, &a), a);

    // The same edits leave answers alone that they do not touch.
    let mut b = common::blank(&old);
    b.set_answer("B-03", items(&["rules", "meetings"]));
    b.set_answer("B-05", inputs(&[("current", "12"), ("previous", "10.5")]));
    b.set_answer("P-05", items(&["testing"]));
    let moved = move_assessment(&b, &old, &new);
    assert!(moved.archived.is_empty(), "{:?}", moved.archived);
    assert_eq!(moved.assessment.entries, b.entries);
}

#[test]
fn veto_answers_move_like_indicator_answers() {
    let old = mini();
    let new = mini_with(|p| {
        p["version"] = json!(2);
        let vetoes = p["vetoes"].as_array_mut().unwrap();
        vetoes[0]["test"] = json!({
            "type": "threshold", "value": { "from": "indicator", "indicator": "C-02" }, "at_least": 3
        });
        let v03 = &mut vetoes[2]["test"]["value"];
        v03["inputs"][0]["id"] = json!("points");
        v03["formula"]["input"] = json!("points");
    });
    let d = diff(&old, &new);
    assert_eq!(
        d.veto("V-01").unwrap().edits,
        [VetoEdit::Kind {
            from: VetoKind::Declaration,
            to: VetoKind::Indicator
        }]
    );
    assert!(!d.veto("V-03").unwrap().is_compatible());

    let mut a = common::full_marks(&old);
    a.declare_veto("V-09", true); // unknown to both: not the move's business
    let moved = move_assessment(&a, &old, &new);
    assert_eq!(
        moved.archived_vetoes,
        [
            ArchivedVeto {
                veto: "V-01".into(),
                answer: VetoAnswer::Declaration { happened: false },
                from_pack_version: 1,
                reason: ArchiveReason::VetoIncompatible {
                    detail: Incompatibility::Kind {
                        from: VetoKind::Declaration,
                        to: VetoKind::Indicator
                    }
                },
            },
            ArchivedVeto {
                veto: "V-03".into(),
                answer: VetoAnswer::Inputs {
                    values: [("score".to_owned(), dec("85"))].into()
                },
                from_pack_version: 1,
                reason: ArchiveReason::VetoIncompatible {
                    detail: Incompatibility::InputsRemoved {
                        inputs: vec!["score".into()]
                    }
                },
            },
        ]
    );
    assert_eq!(
        moved.archived_vetoes[0].reason.message(Lang::Zh),
        "否决项判定方式已改变：答案按“城市申报”填写，现为“取自指标数值”"
    );
    assert_eq!(
        moved.assessment.veto_declarations,
        [("V-09".to_owned(), true)].into()
    );
    assert!(moved.assessment.veto_inputs.is_empty());
    assert_eq!(restored(&moved, &a), a);
}

#[test]
fn evaluation_ignores_the_archive() {
    let pack = mini();
    let plain = common::full_marks(&pack);
    let mut archived = plain.clone();
    for (indicator, answer) in [("B-01", level("gone")), ("NOPE", findings(3))] {
        archived.archive.push(ArchivedAnswer {
            indicator: indicator.into(),
            entry: Entry {
                answer: Some(answer),
                notes: "旧版内容".into(),
                ..Entry::default()
            },
            from_pack_version: 1,
            reason: ArchiveReason::IndicatorRemoved,
        });
    }
    archived.veto_archive.push(ArchivedVeto {
        veto: "V-99".into(),
        answer: VetoAnswer::Declaration { happened: true },
        from_pack_version: 1,
        reason: ArchiveReason::VetoRemoved,
    });
    let report = evaluate(&pack, &archived);
    assert!(report.warnings.is_empty(), "{:?}", report.warnings);
    assert_eq!(report, evaluate(&pack, &plain));
}

#[test]
fn the_archive_is_saved_and_read_back_and_absent_when_empty() {
    let (old, new) = (v1(), v2());
    let moved = move_assessment(&answered(&old), &old, &new);
    let saved = SavedAssessment::new(moved.assessment.clone(), "0.2.0", "2025-06-01", 4);
    let text = saved.to_json();
    let doc: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(
        doc["assessment"]["archive"][1],
        json!({
            "indicator": "B-06",
            "entry": { "answer": { "type": "level", "level": "partly" } },
            "from_pack_version": 1,
            "reason": {
                "type": "rule_incompatible",
                "detail": { "kind": "level_removed", "level": "partly" }
            }
        })
    );
    assert_eq!(
        doc["assessment"]["veto_archive"][0],
        json!({
            "veto": "V-01",
            "answer": { "type": "declaration", "happened": false },
            "from_pack_version": 1,
            "reason": { "type": "veto_removed" }
        })
    );
    assert_eq!(fscity_core::read_record(&text).unwrap(), saved);

    let plain = SavedAssessment::new(common::blank(&old), "0.2.0", "2025-06-01", 1).to_json();
    assert!(!plain.contains("archive"), "{plain}");
}

/// The assessment as it was before `moved`: each answer this move archived put back where it
/// came from, and the move's revision and archive entries taken off. Equal to the original
/// exactly when the move lost nothing.
fn restored(moved: &Moved, original: &Assessment) -> Assessment {
    let mut a = moved.assessment.clone();
    a.pack_id = original.pack_id.clone();
    a.pack_version = original.pack_version;
    a.archive.truncate(a.archive.len() - moved.archived.len());
    a.veto_archive
        .truncate(a.veto_archive.len() - moved.archived_vetoes.len());
    for x in &moved.archived {
        match x.reason {
            ArchiveReason::IndicatorRemoved => {
                assert!(a
                    .entries
                    .insert(x.indicator.clone(), x.entry.clone())
                    .is_none());
            }
            _ => {
                let entry = a.entry_mut(&x.indicator);
                assert!(entry.answer.is_none());
                assert_eq!(
                    x.entry,
                    Entry {
                        answer: x.entry.answer.clone(),
                        ..Entry::default()
                    }
                );
                entry.answer = x.entry.answer.clone();
            }
        }
    }
    for x in &moved.archived_vetoes {
        match &x.answer {
            VetoAnswer::Declaration { happened } => {
                assert!(a
                    .veto_declarations
                    .insert(x.veto.clone(), *happened)
                    .is_none());
            }
            VetoAnswer::Inputs { values } => {
                assert!(a
                    .veto_inputs
                    .insert(x.veto.clone(), values.clone())
                    .is_none());
            }
        }
    }
    a
}

/// A random revision of a generated pack: indicators removed, their rule type changed, a
/// level, sub-item or input removed, N/A switched, figures' kinds changed, one indicator added,
/// veto items changed or removed.
fn random_revision(pack: &Pack, seed: u64) -> Pack {
    let mut rng = Lcg::new(seed);
    revised(pack, pack.version + 1, |p| {
        for g in 0..p["groups"].as_array().unwrap().len() {
            let list = indicators_mut(p, g);
            let mut n = 0;
            while n < list.len() {
                let choice = rng.below(8);
                if choice == 0 && list.len() > 1 {
                    list.remove(n);
                    continue;
                }
                let ind = &mut list[n];
                match choice {
                    1 => {
                        ind["rule"] = json!({ "type": "deductions", "per_finding": 0.5, "finding": { "zh": "问题" } });
                    }
                    2 => breaking_edit(ind),
                    3 => {
                        let allowed = ind["na_allowed"].as_bool().unwrap_or(false);
                        ind["na_allowed"] = json!(!allowed);
                    }
                    4 if ind["rule"]["type"] == "calculator" => {
                        ind["rule"]["inputs"][0]["kind"] = json!(
                            ["count", "amount", "percent", "population"][rng.below(4) as usize]
                        );
                    }
                    _ => {}
                }
                n += 1;
            }
        }
        let mut added = indicators_mut(p, 0)[0].clone();
        added["id"] = json!("NEW-1");
        added["rule"] =
            json!({ "type": "deductions", "per_finding": 1, "finding": { "zh": "问题" } });
        indicators_mut(p, 0).push(added);
        // Vetoes that read an indicator must read a calculator that still exists.
        let calculators: Vec<String> = p["groups"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|g| g["indicators"].as_array().unwrap())
            .filter(|i| i["rule"]["type"] == "calculator")
            .map(|i| i["id"].as_str().unwrap().to_owned())
            .collect();
        let vetoes = p["vetoes"].as_array_mut().unwrap();
        vetoes.retain(|v| {
            v["test"]["value"]["from"] != "indicator"
                || calculators
                    .iter()
                    .any(|c| v["test"]["value"]["indicator"] == c.as_str())
        });
        for veto in vetoes.iter_mut() {
            match rng.below(4) {
                0 => veto["id"] = json!(format!("{}-X", veto["id"].as_str().unwrap())),
                1 if veto["test"]["value"]["from"] == "calculator" => {
                    veto["test"]["value"]["inputs"][0]["id"] = json!("renamed");
                    veto["test"]["value"]["formula"]["input"] = json!("renamed");
                }
                2 => {
                    veto["test"] =
                        json!({ "type": "declaration", "question": { "zh": "是否发生？" } })
                }
                _ => {}
            }
        }
    })
}

/// An edit that breaks some answers but keeps the pack valid.
fn breaking_edit(ind: &mut Value) {
    let rule = &mut ind["rule"];
    match rule["type"].as_str().unwrap() {
        "levels" => rule["levels"]
            .as_array_mut()
            .unwrap()
            .retain(|l| l["id"] != "partly"),
        "sub_items" => {
            let list = rule["items"].as_array_mut().unwrap();
            list.retain(|i| i["id"] != "a");
            let sum: Points = list
                .iter()
                .map(|i| serde_json::from_value::<Points>(i["points"].clone()).unwrap())
                .sum();
            ind["max_points"] = serde_json::to_value(sum).unwrap();
        }
        "calculator" => {
            let first = rule["inputs"][0]["id"].as_str().unwrap().to_owned();
            rule["inputs"][0]["id"] = json!("renamed");
            for (_, value) in rule["formula"].as_object_mut().unwrap() {
                if *value == first.as_str() {
                    *value = json!("renamed");
                }
            }
        }
        _ => rule["per_finding"] = json!(1),
    }
}

/// A generated assessment with notes and evidence on some entries, answers the pack already
/// could not read, and an entry and a declaration for IDs no revision knows.
fn random_assessment(pack: &Pack, seed: u64) -> Assessment {
    let mut a = generate::assessment(pack, seed);
    let mut rng = Lcg::new(seed ^ 0x5eed);
    for ind in pack.indicators() {
        match rng.below(6) {
            0 => a.entry_mut(&ind.id).notes = format!("{} 的笔记", ind.id),
            1 => {
                a.entry_mut(&ind.id).evidence = vec![Evidence {
                    title: format!("{} 的材料", ind.id),
                    ..Evidence::default()
                }]
            }
            2 => a.set_answer(&ind.id, level("never-a-level")),
            _ => {}
        }
    }
    a.entries.insert("ORPHAN".into(), notes("孤立的答案"));
    a.set_answer("ORPHAN", Answer::Findings { count: 2 });
    a.declare_veto("V-ORPHAN", true);
    a
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// No move loses anything: every entry and veto answer is in the moved assessment or in
    /// what the move archived, and only what the old pack could read and the new one cannot is
    /// archived.
    #[test]
    fn no_move_loses_any_content(seed in any::<u64>(), revision in any::<u64>()) {
        let old = generate::pack(40);
        let new = random_revision(&old, revision);
        let original = random_assessment(&old, seed);
        let moved = move_assessment(&original, &old, &new);
        prop_assert_eq!(restored(&moved, &original), original.clone());
        prop_assert_eq!(moved.assessment.pack_version, new.version);
        for x in &moved.archived {
            prop_assert!(old.indicator(&x.indicator).is_some());
            prop_assert_eq!(
                x.reason == ArchiveReason::IndicatorRemoved,
                new.indicator(&x.indicator).is_none()
            );
        }
        // The answers that stayed and that the old pack could read are read by the new one:
        // the move leaves no new warnings about them.
        let before: Vec<&Warning> = moved.before.warnings.iter().collect();
        for warning in &moved.after.warnings {
            if let Warning::UnknownIndicator { indicator } = warning {
                prop_assert!(old.indicator(indicator).is_none());
            }
            if let Warning::UnknownVeto { veto } = warning {
                let known_before = before.contains(&&Warning::UnknownVeto { veto: veto.clone() });
                prop_assert!(known_before, "new warning for veto {}", veto);
            }
        }
        prop_assert_eq!(moved.comparison.total.score.after, moved.after.total.score);
        // Moving back never loses anything either, and keeps the archive.
        let back = move_assessment(&moved.assessment, &new, &old);
        prop_assert_eq!(restored(&back, &moved.assessment), moved.assessment.clone());
        prop_assert!(back.assessment.archive.starts_with(&moved.assessment.archive));
    }
}
