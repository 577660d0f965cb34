//! A review team without a server: groups given task files, result files sealed and checked,
//! merged by the lead in any order, conflicts shown and chosen, newer files replacing only their
//! group's part, and the counts the 初评报告 is written from.

use fscity_core::assessment::Answer;
use fscity_core::pack::{default_pack, Pack, Rule};
use fscity_core::team::files::TaskFile;
use fscity_core::team::{
    answer_words, Arrival, Choice, CombineRule, FileRefused, GroupKind, ResultFile, Source,
    TeamReview,
};
use fscity_core::{evaluate, Assessment, Lang, Localize};
use proptest::prelude::*;

/// The first two indicators of `kind` in the default pack.
fn of_kind(pack: &Pack, deductions: bool) -> (String, String) {
    let mut ids = pack
        .indicators()
        .filter(|i| matches!(i.rule, Rule::Deductions { .. }) == deductions)
        .filter(|i| deductions || matches!(i.rule, Rule::Levels { .. }))
        .map(|i| i.id.clone());
    (ids.next().unwrap(), ids.next().unwrap())
}

struct Team {
    pack: Pack,
    review: TeamReview,
    docs: u32,
    site: u32,
    talks: u32,
    /// A levels indicator only the documents group scores, one both documents and site score
    /// by summing findings, and a levels one documents and interview both score with no rule.
    only_docs: String,
    summed: String,
    disputed: String,
}

fn team() -> Team {
    let pack = default_pack().unwrap();
    let (only_docs, disputed) = of_kind(&pack, false);
    let (summed, _) = of_kind(&pack, true);
    let mut review = TeamReview::new(
        "r-2026-1",
        " 某某市 ",
        "2026年省级初评",
        &pack,
        "2026-06-01",
    );
    let docs = review.add_group("资料审查组", GroupKind::Documents);
    let site = review.add_group("明查一组", GroupKind::OpenCheck);
    let talks = review.add_group("访谈组", GroupKind::Interview);
    for (g, ids, members) in [
        (
            docs,
            vec![&only_docs, &summed, &disputed],
            vec!["张三", "李四"],
        ),
        (site, vec![&summed], vec!["王五", " 李四 "]),
        (talks, vec![&disputed], vec!["赵六"]),
    ] {
        let group = review.group_mut(g).unwrap();
        group.indicators = ids.into_iter().cloned().collect();
        group.members = members.into_iter().map(str::to_owned).collect();
    }
    review
        .rules
        .insert(summed.clone(), CombineRule::SumFindings);
    Team {
        pack,
        review,
        docs,
        site,
        talks,
        only_docs,
        summed,
        disputed,
    }
}

fn level(pack: &Pack, id: &str, n: usize) -> Answer {
    match &pack.indicator(id).unwrap().rule {
        Rule::Levels { levels } => Answer::Level {
            level: levels[n].id.clone(),
        },
        _ => unreachable!("a levels indicator"),
    }
}

/// What group `g` sends back after scoring `answers` in its own browser, from its task file's
/// text as the lead downloaded it.
fn result(t: &Team, g: u32, answers: &[(&str, Answer)], now: &str) -> ResultFile {
    let task = TaskFile::read(&t.review.task(g).unwrap().text()).unwrap();
    let mut scored = Assessment::new(&t.pack, &task.city, &task.group.name, now);
    for (id, a) in answers {
        scored.set_answer(id, a.clone());
        scored.entry_mut(id).notes = format!("{} 记录", task.group.name);
    }
    // An indicator the group was not given, scored anyway, never leaves its browser.
    scored.set_answer(
        &t.pack.indicators().last().unwrap().id.clone(),
        Answer::NotApplicable { reason: "x".into() },
    );
    let file = task.answer(&scored.entries, now);
    ResultFile::read(&file.text()).unwrap()
}

#[test]
fn three_groups_merge_into_one_assessment_with_its_sources_and_one_conflict_chosen() {
    let mut t = team();
    let docs = result(
        &t,
        t.docs,
        &[
            (&t.only_docs.clone(), level(&t.pack, &t.only_docs, 0)),
            (&t.summed.clone(), Answer::Findings { count: 2 }),
            (&t.disputed.clone(), level(&t.pack, &t.disputed, 0)),
        ],
        "2026-06-10T09:00",
    );
    let site = result(
        &t,
        t.site,
        &[(&t.summed.clone(), Answer::Findings { count: 3 })],
        "2026-06-10T10:00",
    );
    let talks = result(
        &t,
        t.talks,
        &[(&t.disputed.clone(), level(&t.pack, &t.disputed, 2))],
        "2026-06-10T11:00",
    );
    assert_eq!(t.review.waiting().len(), 3);
    for f in [docs, site] {
        assert!(matches!(
            t.review.receive(f, "2026-06-11").unwrap(),
            Arrival::First(_)
        ));
    }
    assert_eq!(
        t.review
            .waiting()
            .iter()
            .map(|g| g.name.as_str())
            .collect::<Vec<_>>(),
        ["访谈组"]
    );
    let Arrival::First(changes) = t.review.arrival(&talks).unwrap() else {
        panic!("first")
    };
    assert_eq!(
        changes.len(),
        1,
        "the disputed indicator's entry changes (its answer stays none)"
    );
    t.review.receive(talks, "2026-06-11").unwrap();
    let merged = t.review.merged();
    assert_eq!(merged.sources[&t.only_docs], Source::Group(t.docs));
    assert_eq!(
        merged.sources[&t.summed],
        Source::Summed(vec![t.docs, t.site])
    );
    assert_eq!(
        merged.entries[&t.summed].answer,
        Some(Answer::Findings { count: 5 })
    );
    assert_eq!(
        merged.entries[&t.summed].notes,
        "资料审查组 记录\n明查一组 记录"
    );
    // Documents and interview disagree: both answers side by side, no answer until chosen.
    assert_eq!(merged.conflicts.len(), 1);
    let conflict = &merged.conflicts[0];
    assert_eq!(conflict.indicator, t.disputed);
    assert_eq!(
        conflict.answers.iter().map(|(g, _)| *g).collect::<Vec<_>>(),
        [t.docs, t.talks]
    );
    assert_eq!(merged.entries[&t.disputed].answer, None);
    assert!(!merged.sources.contains_key(&t.disputed));
    let words = |a: &Answer| {
        answer_words(&t.pack, &t.disputed, a)
            .unwrap()
            .get(Lang::Zh)
            .to_owned()
    };
    assert_ne!(
        words(&conflict.answers[0].1),
        words(&conflict.answers[1].1),
        "each side in its own words"
    );
    let summed = answer_words(&t.pack, &t.summed, &Answer::Findings { count: 5 }).unwrap();
    assert!(
        summed.get(Lang::Zh).contains('5'),
        "{}",
        summed.get(Lang::Zh)
    );

    t.review.choices.insert(
        t.disputed.clone(),
        Choice {
            group: t.talks,
            reason: "访谈记录更完整".into(),
        },
    );
    let merged = t.review.merged();
    assert_eq!(merged.sources[&t.disputed], Source::Chosen(t.talks));
    assert_eq!(
        merged.entries[&t.disputed].answer,
        Some(level(&t.pack, &t.disputed, 2))
    );
    assert_eq!(
        merged.conflicts[0].chosen.as_ref().unwrap().reason,
        "访谈记录更完整"
    );
    assert_eq!(
        merged.entries[&t.disputed].notes, "访谈组 记录\n资料审查组 记录",
        "the chosen group's notes first"
    );

    // The merged result is an ordinary assessment: scored, with a verdict.
    let mut lead = Assessment::new(&t.pack, "某某市", "2026年省级初评", "2026-06-12");
    lead.set_answer(
        &t.pack.indicators().last().unwrap().id.clone(),
        Answer::Findings { count: 0 },
    );
    let kept = lead.entries.clone();
    t.review.apply_to(&mut lead);
    assert_eq!(
        lead.entries[&t.summed].answer,
        Some(Answer::Findings { count: 5 })
    );
    for (id, e) in &kept {
        assert_eq!(
            lead.entries.get(id),
            Some(e),
            "what no group scores stays the lead's"
        );
    }
    let report = evaluate(&t.pack, &lead);
    assert!(report.total.score > fscity_core::points::Points::ZERO);

    let facts = t.review.facts(&t.review.merged());
    assert_eq!(
        (facts.groups, facts.experts, facts.returned, facts.scored),
        (3, 4, 3, 3),
        "李四 is in two groups, counted once"
    );
    assert_eq!(facts.by_kind[&GroupKind::OpenCheck], 1);
}

#[test]
fn a_newer_file_replaces_only_its_groups_part_after_showing_what_changes() {
    let mut t = team();
    let (summed, only) = (t.summed.clone(), t.only_docs.clone());
    let first = result(
        &t,
        t.docs,
        &[
            (&summed, Answer::Findings { count: 2 }),
            (&only, level(&t.pack, &only, 0)),
        ],
        "2026-06-10T09:00",
    );
    let site = result(
        &t,
        t.site,
        &[(&summed, Answer::Findings { count: 3 })],
        "2026-06-10T10:00",
    );
    t.review.receive(first.clone(), "d1").unwrap();
    t.review.receive(site, "d1").unwrap();
    let newer = result(
        &t,
        t.docs,
        &[
            (&summed, Answer::Findings { count: 4 }),
            (&only, level(&t.pack, &only, 0)),
        ],
        "2026-06-12T09:00",
    );
    let Arrival::Replaces(changes) = t.review.arrival(&newer).unwrap() else {
        panic!("replaces")
    };
    assert_eq!(changes.len(), 1);
    assert_eq!(changes[0].indicator, summed);
    assert_eq!(
        (changes[0].before.clone(), changes[0].after.clone()),
        (
            Some(Answer::Findings { count: 5 }),
            Some(Answer::Findings { count: 7 })
        )
    );
    t.review.receive(newer.clone(), "d2").unwrap();
    // The same file again changes nothing; the older one, arriving late, is kept and not used.
    let before = t.review.clone();
    assert_eq!(t.review.receive(newer, "d3").unwrap(), Arrival::Again);
    assert_eq!(t.review, before);
    assert_eq!(t.review.arrival(&first).unwrap(), Arrival::Again);
    assert_eq!(
        t.review.received.len(),
        3,
        "every file received is kept and can be written again"
    );
    assert_eq!(
        ResultFile::read(&t.review.received[0].file.text()).unwrap(),
        first
    );
    assert_eq!(
        t.review.merged().entries[&summed].answer,
        Some(Answer::Findings { count: 7 })
    );
}

#[test]
fn foreign_edited_and_outdated_files_are_refused_with_the_reason() {
    let mut t = team();
    let good = result(
        &t,
        t.site,
        &[(&t.summed.clone(), Answer::Findings { count: 1 })],
        "2026-06-10",
    );
    // Edited after export: one finding fewer.
    let edited = good.text().replace("\"count\": 1", "\"count\": 0");
    assert_ne!(edited, good.text());
    assert_eq!(ResultFile::read(&edited), Err(FileRefused::Edited));
    // Not JSON, or a task file where a result is asked.
    assert!(matches!(
        ResultFile::read("PK\u{3}\u{4}"),
        Err(FileRefused::Unreadable(_))
    ));
    let task = t.review.task(t.site).unwrap().text();
    let refused = ResultFile::read(&task).unwrap_err();
    assert_eq!(
        refused.message(Lang::Zh),
        "这是任务文件，不是结果文件，未做任何更改"
    );
    // Another review; another pack revision.
    let mut other = team();
    other.review.id = "r-2026-2".into();
    assert_eq!(other.review.arrival(&good), Err(FileRefused::OtherReview));
    let mut newer_pack = team();
    newer_pack.review.pack_version += 1;
    let refused = newer_pack.review.arrival(&good).unwrap_err();
    assert!(matches!(refused, FileRefused::OtherPack { .. }));
    assert!(refused.message(Lang::Zh).contains("已拒绝导入"));
    // The lead changed the group's indicators after the task went out.
    t.review
        .group_mut(t.site)
        .unwrap()
        .indicators
        .insert(t.only_docs.clone());
    let refused = t.review.arrival(&good).unwrap_err();
    assert_eq!(
        refused,
        FileRefused::EarlierTask {
            group: "明查一组".into()
        }
    );
    assert!(refused.message(Lang::En).contains("earlier task"));
    assert!(t.review.received.is_empty(), "nothing was kept");
}

#[test]
fn a_task_file_changed_by_hand_is_refused() {
    let t = team();
    let text = t
        .review
        .task(t.docs)
        .unwrap()
        .text()
        .replace("资料审查组", "资料组");
    assert_eq!(TaskFile::read(&text), Err(FileRefused::Edited));
}

#[test]
fn one_group_decides_when_the_rule_says_so() {
    let mut t = team();
    let disputed = t.disputed.clone();
    t.review
        .rules
        .insert(disputed.clone(), CombineRule::Decides { group: t.talks });
    let docs = result(
        &t,
        t.docs,
        &[(&disputed, level(&t.pack, &disputed, 0))],
        "a",
    );
    t.review.receive(docs, "n").unwrap();
    assert_eq!(
        t.review.merged().entries[&disputed].answer,
        None,
        "until the deciding group is in"
    );
    let talks = result(
        &t,
        t.talks,
        &[(&disputed, level(&t.pack, &disputed, 1))],
        "b",
    );
    t.review.receive(talks, "n").unwrap();
    let merged = t.review.merged();
    assert_eq!(merged.sources[&disputed], Source::Decided(t.talks));
    assert!(merged.conflicts.is_empty());
}

proptest! {
    /// Merging in any order gives the same result, and importing a file again changes nothing.
    #[test]
    fn any_order_gives_the_same_merge(order in Just((0..6_usize).collect::<Vec<_>>()).prop_shuffle(), again in 0..6_usize) {
        let t = team();
        let (summed, disputed) = (t.summed.clone(), t.disputed.clone());
        let files = vec![
            result(&t, t.docs, &[(&summed, Answer::Findings { count: 1 }), (&disputed, level(&t.pack, &disputed, 0))], "2026-06-10T09"),
            result(&t, t.docs, &[(&summed, Answer::Findings { count: 2 })], "2026-06-11T09"),
            result(&t, t.site, &[(&summed, Answer::Findings { count: 3 })], "2026-06-10T10"),
            result(&t, t.site, &[(&summed, Answer::Findings { count: 5 })], "2026-06-10T10"),
            result(&t, t.talks, &[(&disputed, level(&t.pack, &disputed, 1))], "2026-06-10T11"),
            result(&t, t.talks, &[(&disputed, level(&t.pack, &disputed, 2))], "2026-06-09T11"),
        ];
        let mut in_order = t.review.clone();
        for f in &files {
            in_order.receive(f.clone(), "n").unwrap();
        }
        let mut shuffled = t.review.clone();
        for i in &order {
            shuffled.receive(files[*i].clone(), "n").unwrap();
        }
        let merged = shuffled.merged();
        prop_assert_eq!(&merged, &in_order.merged());
        shuffled.receive(files[again].clone(), "n").unwrap();
        prop_assert_eq!(shuffled.merged(), merged);
        prop_assert_eq!(shuffled.received.len(), files.len());
    }
}

#[test]
fn members_typed_in_one_line_are_split_as_people_write_lists() {
    use fscity_core::team::group::members_of;
    assert_eq!(
        members_of(" 张三、李四，王五; Zhao Liu ,,"),
        ["张三", "李四", "王五", "Zhao Liu"]
    );
    assert!(members_of(" 、 ").is_empty());
}

#[test]
fn a_groups_record_may_answer_its_tasks_indicators_only_and_a_leads_record_all() {
    use fscity_core::team::part::task_indicators;
    use fscity_core::team::TeamPart;
    let t = team();
    let mut record = Assessment::new(&t.pack, "某某市", "明查一组", "2026-06-02");
    assert_eq!(
        task_indicators(&record.team),
        None,
        "no team: every indicator"
    );
    let task = TaskFile::read(&t.review.task(t.site).unwrap().text()).unwrap();
    record.team.write(TeamPart {
        review: None,
        task: Some(task),
    });
    assert_eq!(
        task_indicators(&record.team),
        Some([t.summed.clone()].into())
    );
    record.team.write(TeamPart {
        review: Some(t.review.clone()),
        task: None,
    });
    assert_eq!(
        task_indicators(&record.team),
        None,
        "the lead answers every indicator"
    );
}
