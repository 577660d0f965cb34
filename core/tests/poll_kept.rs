//! A city's polls kept with its assessment: the compact answer book gives back exactly the
//! responses it was made of, a poll's number is never reused, a mapping is offered again only
//! for a file that still has its columns, a hand-edited book that cannot be read is refused
//! (the record keeps it as it was), and applying a poll writes B-16 / B-17 with a link that a
//! hand edit removes.

use fscity_core::pack::default_pack;
use fscity_core::poll::apply::{apply, Applied};
use fscity_core::poll::{results, AnswerBook, Level, Mapping, Measure, NewPoll, Polls, Response};
use fscity_core::report::VetoStatus;
use fscity_core::{Assessment, Decimal};
use std::collections::BTreeMap;

fn response(district: &str, answers: &[(&str, &str)]) -> Response {
    Response {
        district: district.to_owned(),
        answers: answers
            .iter()
            .map(|(q, a)| ((*q).to_owned(), (*a).to_owned()))
            .collect(),
    }
}

fn sample() -> Vec<Response> {
    vec![
        response("源汇区", &[("Q1", "very"), ("Q3", "yes")]),
        response("郾城区", &[("Q1", "yes"), ("Q3", "no"), ("Q7", "unsure")]),
        response("", &[("Q3", "yes")]),
        response("源汇区", &[]),
    ]
}

fn mapping() -> Mapping {
    Mapping {
        district: Some("区县".into()),
        respondent: None,
        answers: BTreeMap::new(),
        questions: BTreeMap::from([
            ("Q1".into(), "Q1 满意吗".into()),
            ("Q3".into(), "Q3 知道吗".into()),
        ]),
    }
}

fn poll<'a>(name: &'a str, mapping: &'a Mapping, answers: &'a AnswerBook) -> NewPoll<'a> {
    NewPoll {
        name,
        imported: "2026-06-01T10:00:00+08:00",
        file: "问卷.xlsx",
        mapping,
        answers,
    }
}

#[test]
fn the_answer_book_gives_back_the_responses_it_was_made_of() {
    let responses = sample();
    let book = AnswerBook::of(&responses);
    assert_eq!(book.responses(), responses);
    let text = serde_json::to_string(&book).unwrap();
    // Compact: four rows of a few characters, each district written once.
    assert!(text.len() < 300, "{text}");
    assert_eq!(text.matches("源汇区").count(), 1, "{text}");
    let back: AnswerBook = serde_json::from_str(&text).unwrap();
    assert_eq!(back.responses(), responses);
    // 20,000 responses of seven answers stay far below the browser's few megabytes.
    let many: Vec<Response> = (0..20_000)
        .map(|i| {
            let a = ["very", "yes", "fair", "little", "no", "unsure"][i % 6];
            response(
                ["源汇区", "郾城区", "召陵区"][i % 3],
                &[
                    ("Q1", a),
                    ("Q2", a),
                    ("Q3", "yes"),
                    ("Q4", a),
                    ("Q5", a),
                    ("Q6", "some"),
                    ("Q7", "yes"),
                ],
            )
        })
        .collect();
    let size = serde_json::to_string(&AnswerBook::of(&many)).unwrap().len();
    assert!(size < 260_000, "{size} bytes");
}

#[test]
fn a_book_edited_into_nonsense_is_refused() {
    let good = serde_json::to_value(AnswerBook::of(&sample())).unwrap();
    for (what, edit) in [
        ("a district that is not listed", r#"9:0--"#),
        ("an answer that is not listed", r#"0:9--"#),
        ("a row too short", r#"0:0-"#),
        ("no colon", r#"00--"#),
    ] {
        let mut doc = good.clone();
        doc["rows"][0] = serde_json::json!(edit);
        let read = serde_json::from_value::<AnswerBook>(doc);
        assert!(read.is_err(), "{what}");
    }
}

#[test]
fn poll_numbers_are_never_reused() {
    let mut polls = Polls::default();
    let responses = sample();
    let m = mapping();
    let march = polls.add(poll(" 3月自测 ", &m, &AnswerBook::of(&responses)));
    let june = polls.add(poll("6月自测", &m, &AnswerBook::of(&responses)));
    assert_eq!((march, june), (0, 1));
    assert_eq!(polls.find(march).unwrap().name, "3月自测");
    assert!(polls.remove(june));
    assert!(!polls.remove(june));
    let again = polls.add(poll("6月自测（重导）", &m, &AnswerBook::of(&responses)));
    assert_eq!(again, 2, "the removed poll's number stays unused");
    // Also after a round trip through the record.
    let text = serde_json::to_string(&polls).unwrap();
    let mut back: Polls = serde_json::from_str(&text).unwrap();
    assert_eq!(back, polls);
    assert_eq!(back.add(poll("9月", &m, &AnswerBook::of(&responses))), 3);
}

#[test]
fn a_mapping_is_offered_again_only_to_a_file_that_still_has_its_columns() {
    let mut polls = Polls::default();
    let m = mapping();
    polls.add(poll("3月", &m, &AnswerBook::of(&sample())));
    let header = |h: &[&str]| h.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
    assert_eq!(
        polls.mapping_for(&header(&["序号", "区县", "Q1 满意吗", "Q3 知道吗", "备注"])),
        Some(&m)
    );
    assert_eq!(polls.mapping_for(&header(&["区县", "Q1 满意吗"])), None);
    assert_eq!(Polls::default().mapping_for(&header(&["Q1 满意吗"])), None);
}

#[test]
fn applying_a_poll_writes_b16_and_b17_with_a_link_that_a_hand_edit_removes() {
    let pack = default_pack().unwrap();
    let q = fscity_core::poll::Questionnaire::shipped();
    let mut polls = Polls::default();
    let m = mapping();
    // 8 very satisfied on Q1 and Q2 (100) and 2 fair (60): index 92.0; 9 of 10 aware.
    let responses: Vec<Response> = (0..10)
        .map(|i| {
            let s = if i < 8 { "very" } else { "fair" };
            let aware = if i < 9 { "yes" } else { "no" };
            response("源汇区", &[("Q1", s), ("Q2", s), ("Q3", aware)])
        })
        .collect();
    let id = polls.add(poll("2026年6月自测", &m, &AnswerBook::of(&responses)));
    let kept = polls.find(id).unwrap();
    let figures = results(&q, &kept.answers.responses(), Level::P95).all;
    let mut a = Assessment::new(&pack, "漯河市", "自评", "2026-06-02T09:00:00+08:00");
    let done = apply(&pack, &mut a, kept, &figures);
    assert_eq!(
        done,
        vec![
            Applied::Written {
                measure: Measure::Satisfaction,
                indicator: "B-17",
                value: Decimal::parse("92.0").unwrap()
            },
            Applied::Written {
                measure: Measure::Awareness,
                indicator: "B-16",
                value: Decimal::parse("90.0").unwrap()
            },
        ]
    );
    let link = a.entries["B-16"].poll.clone().unwrap();
    assert_eq!(
        link.sentence(fscity_core::Lang::Zh),
        "来自 2026年6月自测（n = 10）"
    );
    assert_eq!(
        link.sentence(fscity_core::Lang::En),
        "From 2026年6月自测 (n = 10)"
    );
    // The verdict reads them: B-17 clears 80, so V-04 is not triggered.
    let report = fscity_core::evaluate(&pack, &a);
    let status = |id: &str| report.vetoes.iter().find(|v| v.id == id).map(|v| v.status);
    assert_eq!(status("V-04"), Some(VetoStatus::Clear));
    assert_eq!(status("V-05"), Some(VetoStatus::Clear));
    // Typing the figure by hand detaches it; emptying the field does too.
    a.set_input("B-17", "score", Decimal::whole(78));
    assert!(a.entries["B-17"].poll.is_none());
    assert!(a.entries["B-16"].poll.is_some());
    a.remove_input("B-16", "awareness");
    assert!(a.entries.get("B-16").is_none_or(|e| e.poll.is_none()));
}

#[test]
fn a_pack_without_b17_is_told_so_and_nothing_is_written() {
    let mut pack = default_pack().unwrap();
    pack.groups
        .iter_mut()
        .for_each(|g| g.indicators.retain(|i| i.id != "B-17"));
    let q = fscity_core::poll::Questionnaire::shipped();
    let mut polls = Polls::default();
    let m = mapping();
    let responses = sample();
    let id = polls.add(poll("3月", &m, &AnswerBook::of(&responses)));
    let kept = polls.find(id).unwrap();
    let figures = results(&q, &kept.answers.responses(), Level::P95).all;
    let mut a = Assessment::new(&pack, "", "", "");
    let done = apply(&pack, &mut a, kept, &figures);
    assert!(done.contains(&Applied::NoIndicator {
        measure: Measure::Satisfaction,
        indicator: "B-17"
    }));
    assert!(!a.entries.contains_key("B-17"));
}

#[test]
fn the_citys_questionnaire_is_kept_with_its_polls_and_checked_when_loaded() {
    use fscity_core::poll::{Questionnaire, QuestionnaireError};
    use fscity_core::{Lang, Localize};
    let mut polls = Polls::default();
    assert_eq!(polls.questionnaire(), Questionnaire::shipped());
    // Scores changed by the city: 基本满意 counts 70.
    let mut own = Questionnaire::shipped();
    own.scales[0].answers[2].score = Some(70);
    polls.questionnaire = Some(own.clone());
    let text = serde_json::to_string(&polls).unwrap();
    let back: Polls = serde_json::from_str(&text).unwrap();
    assert_eq!(back.questionnaire(), own);
    // A scale of 37 answers cannot be numbered in a kept poll: refused, with its count.
    let mut wide = Questionnaire::shipped();
    let template = wide.scales[0].answers[0].clone();
    wide.scales[0].answers = (0..37)
        .map(|i| {
            let mut a = template.clone();
            a.id = format!("a{i}");
            a.text = fscity_core::Text::new(format!("选项{i}"), format!("answer {i}"));
            a.aliases.clear();
            a
        })
        .collect();
    let errors = Questionnaire::load(&serde_json::to_string(&wide).unwrap()).unwrap_err();
    assert_eq!(
        errors,
        [QuestionnaireError::TooManyAnswers {
            scale: "satisfaction".into(),
            count: 37
        }]
    );
    assert_eq!(
        errors[0].message(Lang::Zh),
        "答案选项组“satisfaction”有 37 个选项，最多 36"
    );
}

#[test]
fn a_kept_poll_is_weighted_only_when_every_district_has_a_population() {
    use fscity_core::poll::Questionnaire;
    let q = Questionnaire::shipped();
    let mut polls = Polls::default();
    let m = mapping();
    // 东区 all aware, 西区 none: 50 % unweighted.
    let responses: Vec<Response> = (0..10)
        .map(|i| {
            response(
                if i < 5 { "东区" } else { "西区" },
                &[("Q3", if i < 5 { "yes" } else { "no" })],
            )
        })
        .collect();
    let id = polls.add(poll("6月", &m, &AnswerBook::of(&responses)));
    let rate =
        |f: &fscity_core::poll::PollFigures| f.figures.all.of(Measure::Awareness).unwrap().value;
    let plain = polls.figures(id, &q, Level::P95, false).unwrap();
    assert_eq!((rate(&plain), plain.unweighted.len()), (0.5, 0));
    polls.populations.insert("东区".into(), 300);
    let asked = polls.figures(id, &q, Level::P95, true).unwrap();
    assert_eq!(rate(&asked), 0.5, "西区 has no population: not weighted");
    assert_eq!(asked.unweighted, ["西区"]);
    polls.populations.insert("西区".into(), 100);
    let weighted = polls.figures(id, &q, Level::P95, true).unwrap();
    assert!((rate(&weighted) - 0.75).abs() < 1e-12);
    assert!(weighted.unweighted.is_empty());
    assert!(polls.figures(99, &q, Level::P95, true).is_none());
}
