//! 领导访谈 drill: the shipped question bank, the interviewee list and its refusals, the card's
//! evidence links, and readiness turned into a suggested level for B-01 and B-02.

mod common;

use common::blank;
use fscity_core::assessment::{Evidence, EvidenceKind, EvidenceState};
use fscity_core::interview::{
    card, default_bank, suggestions, Bank, BankError, DrillError, Interviews, Readiness, Role, Tier,
};
use fscity_core::pack::{default_pack, Confidence};
use fscity_core::{Lang, Localize, Pack};

fn pack() -> Pack {
    default_pack().unwrap()
}

const BANK: &str = include_str!("../../packs/interview-bank.json");

#[test]
fn the_shipped_bank_reads_against_the_default_pack_and_asks_every_role() {
    let pack = pack();
    let bank = Bank::load(BANK, &pack).unwrap();
    assert_eq!(
        bank,
        default_bank(&pack),
        "nothing is dropped for the default pack"
    );
    for role in Role::ALL {
        assert!(
            bank.for_role(role).count() >= 3,
            "{role:?} has too few questions"
        );
    }
    // The review team's outline is not public: nothing may claim to be quoted from it.
    assert!(bank.provenance.zh.contains("不是官方访谈提纲"));
    for q in &bank.questions {
        assert_ne!(q.provenance.confidence, Confidence::Sourced, "{}", q.id);
        assert!(
            !q.provenance.note.zh.is_empty(),
            "{} says nothing of its basis",
            q.id
        );
    }
    // The interview indicators are asked about.
    for id in ["B-01", "B-02"] {
        assert!(bank
            .questions
            .iter()
            .any(|q| q.indicators.iter().any(|i| i == id)));
    }
}

#[test]
fn a_broken_bank_is_refused_with_every_problem_named_by_its_question() {
    let pack = pack();
    let mut doc: serde_json::Value = serde_json::from_str(BANK).unwrap();
    doc["questions"][1]["id"] = "Q-01".into();
    doc["questions"][2]["indicators"] = serde_json::json!(["B-99"]);
    doc["questions"][3]["provenance"]["sources"] = serde_json::json!(["nowhere"]);
    doc["questions"][4]["roles"] = serde_json::json!([]);
    let errors = Bank::load(&doc.to_string(), &pack).unwrap_err();
    let messages: Vec<String> = errors.iter().map(|e| e.message(Lang::Zh)).collect();
    assert_eq!(
        messages,
        [
            "问题编号 Q-01 重复",
            "问题 Q-03 关联的指标 B-99 不在评价细则中",
            "问题 Q-10 引用的出处 nowhere 未在题库中列出",
            "问题 Q-11 未指明访谈对象",
        ]
    );
    let not_json = Bank::load("{\"id\": 3}", &pack).unwrap_err();
    assert!(matches!(not_json[0], BankError::NotABank { .. }));
    assert!(not_json[0]
        .message(Lang::Zh)
        .starts_with("不是访谈题库文件"));
}

#[test]
fn an_interviewee_needs_a_name_and_a_role_and_is_listed_once_per_role() {
    let mut list = Interviews::default();
    assert_eq!(
        list.add("  ", Some(Role::PartySecretary), Tier::City, ""),
        Err(DrillError::NoName)
    );
    assert_eq!(
        list.add("张三", None, Tier::City, ""),
        Err(DrillError::NoRole)
    );
    assert!(list.people.is_empty(), "a refused step changes nothing");
    assert_eq!(
        list.add(" 张三 ", Some(Role::PartySecretary), Tier::City, "市委书记"),
        Ok(1)
    );
    let twice = list.add("张三", Some(Role::PartySecretary), Tier::City, "");
    assert_eq!(
        twice,
        Err(DrillError::ListedTwice {
            name: "张三".into()
        })
    );
    assert_eq!(
        twice.unwrap_err().message(Lang::Zh),
        "张三 已以同一职务列入名单"
    );
    assert_eq!(
        list.add("张三", Some(Role::CountyLeader), Tier::County, ""),
        Ok(2)
    );
    // Numbers are never given twice, also after a removal.
    list.remove(2).unwrap();
    assert_eq!(
        list.add("李四", Some(Role::TownshipLeader), Tier::Township, ""),
        Ok(3)
    );
    assert_eq!(list.remove(9), Err(DrillError::NoSuchPerson { number: 9 }));
    assert_eq!(list.people[0].name, "张三");
    assert_eq!(list.people[0].post, "市委书记");
}

#[test]
fn a_mark_is_kept_only_for_a_question_on_the_persons_card() {
    let bank = default_bank(&pack());
    let mut list = Interviews::default();
    let n = list
        .add("张三", Some(Role::TownshipLeader), Tier::Township, "")
        .unwrap();
    // Q-10 (常委会听取汇报) is for the Party secretary, not for a township leader.
    let refused = list.mark(&bank, n, "Q-10", Some(Readiness::Ready));
    assert_eq!(
        refused,
        Err(DrillError::NotOnCard {
            question: "Q-10".into()
        })
    );
    assert!(list.people[0].marks.is_empty());
    list.mark(&bank, n, "Q-70", Some(Readiness::Vague)).unwrap();
    assert_eq!(list.people[0].marks.get("Q-70"), Some(&Readiness::Vague));
    list.mark(&bank, n, "Q-70", None).unwrap();
    assert!(list.people[0].marks.is_empty());
}

#[test]
fn a_card_cites_the_evidence_items_that_back_each_answer_and_says_what_is_lacking() {
    let pack = pack();
    let bank = default_bank(&pack);
    let mut a = blank(&pack);
    let b01 = &mut a.entries.entry("B-01".into()).or_default().evidence;
    b01.push(Evidence {
        seq: 1,
        kind: EvidenceKind::Official,
        title: "党政领导干部食品安全责任清单".into(),
        state: EvidenceState::Ready,
        ..Evidence::default()
    });
    b01.push(Evidence {
        seq: 2,
        kind: EvidenceKind::Minutes,
        title: "市委常委会会议纪要（2025 年第 12 次）".into(),
        state: EvidenceState::Missing,
        ..Evidence::default()
    });
    let mut list = Interviews::default();
    let n = list
        .add("张三", Some(Role::PartySecretary), Tier::City, "")
        .unwrap();
    list.mark(&bank, n, "Q-10", Some(Readiness::Ready)).unwrap();
    let lines = card(&bank, &a, list.person(n).unwrap());
    let q10 = lines.iter().find(|l| l.question.id == "Q-10").unwrap();
    assert_eq!(q10.readiness, Some(Readiness::Ready));
    let cited: Vec<(&str, EvidenceState)> = q10
        .evidence
        .iter()
        .map(|e| (e.number.as_str(), e.state))
        .collect();
    assert_eq!(
        cited,
        [("B-01-02", EvidenceState::Missing)],
        "常委会研究食品安全 → the minutes"
    );
    assert!(q10.lacking.is_empty());
    // Q-11 wants an official document on B-01: the responsibility list is one.
    let q11 = lines.iter().find(|l| l.question.id == "Q-11").unwrap();
    assert_eq!(q11.evidence[0].number, "B-01-01");
    // Q-13 (考核) wants documents on B-04, which has none yet.
    let q13 = lines.iter().find(|l| l.question.id == "Q-13").unwrap();
    assert!(q13.evidence.is_empty());
    assert_eq!(q13.lacking, [EvidenceKind::Official, EvidenceKind::Data]);
    // The card holds the role's questions only, in bank order.
    let ids: Vec<&str> = lines.iter().map(|l| l.question.id.as_str()).collect();
    assert_eq!(
        ids,
        ["Q-01", "Q-02", "Q-03", "Q-10", "Q-11", "Q-12", "Q-13", "Q-14", "Q-15"]
    );
}

/// Three people rehearsed on every B-02 question of their cards with these marks each.
fn rehearsed(marks: [Readiness; 3]) -> Interviews {
    let bank = default_bank(&pack());
    let mut list = Interviews::default();
    let people = [
        ("张三", Role::PartySecretary),
        ("王五", Role::MemberUnitHead),
        ("李四", Role::TownshipLeader),
    ];
    for ((name, role), mark) in people.into_iter().zip(marks) {
        let n = list.add(name, Some(role), Tier::City, "").unwrap();
        let ids: Vec<String> = bank
            .for_role(role)
            .filter(|q| q.indicators.iter().any(|i| i == "B-02"))
            .map(|q| q.id.clone())
            .collect();
        for id in ids {
            list.mark(&bank, n, &id, Some(mark)).unwrap();
        }
    }
    list
}

fn b02(list: &Interviews) -> Option<String> {
    let pack = pack();
    suggestions(&pack, &default_bank(&pack), list)
        .into_iter()
        .find(|s| s.indicator == "B-02")
        .map(|s| s.level)
}

#[test]
fn readiness_suggests_a_level_as_the_indicators_own_words_read() {
    use Readiness::*;
    assert_eq!(
        b02(&Interviews::default()),
        None,
        "nobody rehearsed: no suggestion"
    );
    assert_eq!(
        b02(&rehearsed([Ready, Ready, Ready])).as_deref(),
        Some("met")
    );
    // 个别受访者回答笼统 → 基本符合.
    assert_eq!(
        b02(&rehearsed([Ready, Vague, Ready])).as_deref(),
        Some("partly")
    );
    // One of three not ready is not 多数: still 基本符合.
    assert_eq!(
        b02(&rehearsed([Ready, NotReady, Ready])).as_deref(),
        Some("partly")
    );
    // 多数受访者不熟悉 → 不符合.
    assert_eq!(
        b02(&rehearsed([NotReady, NotReady, Ready])).as_deref(),
        Some("not_met")
    );
    let pack = pack();
    let all = suggestions(
        &pack,
        &default_bank(&pack),
        &rehearsed([Ready, Vague, NotReady]),
    );
    let s = all.iter().find(|s| s.indicator == "B-02").unwrap();
    assert_eq!((s.people, s.familiar, s.vague, s.unfamiliar), (3, 1, 1, 1));
    assert_eq!(s.marked, s.asked, "every B-02 question was rehearsed");
    assert_eq!(
        s.message(Lang::Zh),
        format!("据访谈演练建议：基本符合（3 人参加演练：熟悉 1 人，回答笼统 1 人，不熟悉 1 人；已演练 {0}/{0} 题）", s.asked)
    );
    // B-01 is suggested from its own questions: the Party secretary's Q-03 was marked ready.
    let b01 = all.iter().find(|s| s.indicator == "B-01").unwrap();
    assert!(b01.marked < b01.asked);
    // Indicators not scored by interview get no suggestion.
    assert!(all
        .iter()
        .all(|s| ["B-01", "B-02"].contains(&s.indicator.as_str())));
}
