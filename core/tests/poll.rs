//! The statistics of 满意度、知晓率、支持率 polls, against values worked by hand (shown in the
//! comments) and published t tables: the Wilson interval, the index's t interval, the chance
//! of clearing a threshold and the sentence that says it, and the sample size planner —
//! including no answers, all answers alike and a population given.

use fscity_core::poll::{
    chance_at_least, margin_of, mean_interval, sample_size, wilson, Level, Measure,
};
use fscity_core::Lang;

fn close(a: f64, b: f64, tolerance: f64) -> bool {
    (a - b).abs() <= tolerance
}

#[test]
fn the_wilson_interval_of_85_in_100() {
    // z² = 3.841459; centre = (0.85 + 0.019207) / 1.038415 = 0.837052;
    // half = 1.959964 × √(0.001275 + 0.000096) / 1.038415 = 0.069888.
    let e = wilson(85, 100, Level::P95).unwrap();
    assert_eq!(e.value, 0.85);
    assert!(close(e.low, 0.767164, 1e-5), "{}", e.low);
    assert!(close(e.high, 0.906940, 1e-5), "{}", e.high);
}

#[test]
fn no_answers_all_no_and_all_yes() {
    assert_eq!(wilson(0, 0, Level::P95), None);
    assert_eq!(mean_interval(&[], Level::P95), None);
    // None of 50: from 0 to z² / (n + z²) = 3.841459 / 53.841459 = 0.071348; all 50 mirror it.
    let none = wilson(0, 50, Level::P95).unwrap();
    assert_eq!(none.low, 0.0);
    assert!(close(none.high, 0.071348, 1e-5));
    let all = wilson(50, 50, Level::P95).unwrap();
    assert!(close(all.low, 1.0 - 0.071348, 1e-5));
    assert_eq!(all.high, 1.0);
    // All very satisfied: no spread in the sample, so the words rest on the count alone.
    let alike = mean_interval(&[100.0; 40], Level::P95).unwrap();
    assert_eq!((alike.low, alike.value, alike.high), (100.0, 100.0, 100.0));
    assert_eq!(chance_at_least(&alike, 80.0), 1.0);
}

#[test]
fn the_index_on_five_answers() {
    // 很满意, 满意, 满意, 基本满意, 不满意 → 100, 80, 80, 60, 0: mean 64;
    // s² = (36² + 16² + 16² + 4² + 64²) / 4 = 1480, s / √5 = 17.2047; t(4) = 2.7764 → ± 47.77.
    let e = mean_interval(&[100.0, 80.0, 80.0, 60.0, 0.0], Level::P95).unwrap();
    assert_eq!(e.value, 64.0);
    assert!(close(e.high - e.value, 47.77, 0.02), "{}", e.high - e.value);
    // The sentence keeps the interval within 0–100.
    let said = Measure::Satisfaction.sentence(Some(&e), Level::P95, Lang::Zh);
    assert!(
        said.starts_with("在 95 % 置信水平下，满意度介于 16.2 分 与 100.0 分 之间；"),
        "{said}"
    );
}

#[test]
fn t_quantiles_agree_with_the_tables() {
    for (df, table) in [
        (1, 12.706),
        (2, 4.303),
        (3, 3.182),
        (4, 2.776),
        (10, 2.228),
        (30, 2.042),
        (1000, 1.962),
    ] {
        let t = Level::P95.t(df);
        assert!(
            close(t, table, table * 0.003),
            "t({df}) = {t}, table {table}"
        );
    }
    assert!(close(Level::P99.t(10), 3.169, 0.01));
    assert!(close(Level::P90.t(10), 1.812, 0.005));
}

#[test]
fn the_chance_of_clearing_85_percent_in_plain_words() {
    // 940 of 1,100 (85.45 %): centre 0.853311, half 0.020835 → 83.2 % to 87.4 %; spread
    // 0.010630, (0.853311 − 0.85) / 0.010630 = 0.3115 → Φ = 0.622.
    let e = wilson(940, 1100, Level::P95).unwrap();
    assert!(close(chance_at_least(&e, 0.85), 0.622, 0.002));
    assert_eq!(
        Measure::Awareness.sentence(Some(&e), Level::P95, Lang::Zh),
        "在 95 % 置信水平下，知晓率介于 83.2 % 与 87.4 % 之间；达到 85.0 % 的把握约 62 %（n = 1,100）"
    );
    assert_eq!(
        Measure::Awareness.sentence(Some(&e), Level::P95, Lang::En),
        "At 95 % confidence the awareness lies between 83.2 % and 87.4 %; the chance it reaches 85.0 % is about 62 % (n = 1,100)"
    );
    assert_eq!(
        Measure::Support.sentence(None, Level::P95, Lang::Zh),
        "支持率：还没有可计算的回答。"
    );
    // Far above and far below say so rather than 100 % or 0 %.
    let high = wilson(1080, 1100, Level::P95).unwrap();
    assert!(Measure::Awareness
        .sentence(Some(&high), Level::P95, Lang::Zh)
        .contains("把握超过 99 %"));
    let low = wilson(700, 1100, Level::P95).unwrap();
    assert!(Measure::Awareness
        .sentence(Some(&low), Level::P95, Lang::Zh)
        .contains("把握不足 1 %"));
}

#[test]
fn the_planner_gives_the_sizes_provinces_use() {
    // ±3 points at 95 %: 1.959964² × 0.25 / 0.03² = 1,067.07 → 1,068 answers.
    let n = sample_size(0.03, Level::P95, 0.5, None).unwrap();
    assert_eq!(n.answers, 1068);
    // 1,100 answers (Zhejiang) give ±2.95 points; 80 (Panjin's quick check) ±10.96.
    assert!(close(
        margin_of(1100, Level::P95, 0.5).unwrap(),
        0.02955,
        1e-4
    ));
    assert!(close(
        margin_of(80, Level::P95, 0.5).unwrap(),
        0.10957,
        1e-4
    ));
    // A county of 10,000 people: 1,067.07 / (1 + 1,066.07 / 10,000) = 964.3 → 965.
    assert_eq!(
        sample_size(0.03, Level::P95, 0.5, Some(10_000))
            .unwrap()
            .answers,
        965
    );
    // A share the city expects lowers the need: p = 0.85 → 3.841459 × 0.1275 / 0.0009 = 544.2.
    assert_eq!(
        sample_size(0.03, Level::P95, 0.85, None).unwrap().answers,
        545
    );
    assert_eq!(sample_size(0.0, Level::P95, 0.5, None), None);
    assert_eq!(sample_size(0.03, Level::P95, 1.5, None), None);
    assert_eq!(margin_of(0, Level::P95, 0.5), None);
}

#[test]
fn the_shipped_questionnaire_is_the_national_list_with_its_provenance() {
    use fscity_core::poll::Questionnaire;
    use fscity_core::vocabulary::Confidence;
    let q = Questionnaire::shipped();
    assert_eq!(q.questions.len(), 7);
    assert!(q.provenance.zh.contains("没有正式公布"));
    let feeds = |m: Measure| q.questions.iter().filter(|x| x.feeds == Some(m)).count();
    assert_eq!(
        (
            feeds(Measure::Satisfaction),
            feeds(Measure::Awareness),
            feeds(Measure::Support)
        ),
        (5, 1, 1)
    );
    // Every question says how sure it is; none claims the official wording.
    assert!(q
        .questions
        .iter()
        .all(|x| x.provenance.confidence != Confidence::Sourced));
    assert_eq!(
        q.response_header(Lang::Zh)[..3],
        [
            "受访者编号".to_owned(),
            "区县".to_owned(),
            "Q1 您对本市食品安全状况总体是否满意？".to_owned()
        ]
    );
}

#[test]
fn a_cell_is_read_as_the_answer_it_means() {
    use fscity_core::poll::Questionnaire;
    let q = Questionnaire::shipped();
    let satisfaction = q.scale("satisfaction").unwrap();
    let score = |cell: &str| satisfaction.answer_for(cell).map(|a| a.score);
    assert_eq!(score("很满意"), Some(Some(100)));
    assert_eq!(score("非常满意"), Some(Some(100)), "an alias");
    assert_eq!(score("A.很满意"), Some(Some(100)), "问卷星's lettered text");
    assert_eq!(score(" 基本 满意 "), Some(Some(60)));
    assert_eq!(score("Satisfied"), Some(Some(80)));
    assert_eq!(
        score("4"),
        Some(Some(30)),
        "by its number in the order asked"
    );
    assert_eq!(score("说不清"), Some(None), "counts for nothing");
    assert_eq!(score("还行吧"), None);
    assert_eq!(score("9"), None);
    assert_eq!(score(""), None);
}

#[test]
fn a_broken_questionnaire_names_each_problem() {
    use fscity_core::poll::Questionnaire;
    use fscity_core::Localize;
    let mut text: serde_json::Value =
        serde_json::from_str(include_str!("../../packs/poll-questions.json")).unwrap();
    text["questions"][1]["id"] = "Q1".into();
    text["questions"][2]["scale"] = "yes_no".into();
    text["scales"][0]["answers"][0]["score"] = 120.into();
    text["scales"][0]["answers"][1]["aliases"] = serde_json::json!(["很满意"]);
    text["questions"][3]["provenance"]["sources"] = serde_json::json!(["nowhere"]);
    let errors = Questionnaire::load(&text.to_string()).unwrap_err();
    let said: Vec<String> = errors.iter().map(|e| e.message(Lang::Zh)).collect();
    assert_eq!(
        said,
        [
            "答案选项组“satisfaction”的“很满意”分值为 120，应在 0 至 100 之间",
            "答案选项组“satisfaction”中有两个选项都写作“很满意”，无法区分",
            "题目 Q1 出现了两次",
            "题目 Q3：答案选项组“yes_no”不存在",
            "题目 Q4：出处“nowhere”不在出处列表中",
        ]
    );
    assert!(Questionnaire::load("[]").unwrap_err()[0]
        .message(Lang::Zh)
        .starts_with("这不是问卷文件"));
}

/// A 问卷星-shaped export: the header guessed into a mapping, personal columns dropped unread,
/// every unreadable cell and repeated respondent named by row and column, blank rows counted,
/// and only district and answers kept.
#[test]
fn responses_are_read_by_the_mapping_with_every_problem_located() {
    use fscity_core::poll::{read_responses, Mapping, Questionnaire};
    use fscity_core::sheet_pack::csv::parse_csv;
    use fscity_core::Localize;
    let q = Questionnaire::shipped();
    let csv = "序号,提交答卷时间,姓名,手机号码,所在区县,Q1 您对本市食品安全状况总体是否满意？,2、您对本市党委政府开展食品安全工作是否满意？,Q3 您是否知道本市正在创建国家食品安全示范城市？,Q7\n\
        1,2026/6/1 9:00,张三,13800000000,东区,A.很满意,满意,知道,支持\n\
        2,2026/6/1 9:05,李四,13900000000,东区,还行吧,3,不知道,支持\n\
        ,,,,,,,,\n\
        1,2026/6/1 9:09,王五,13700000000,西区,满意,满意,知道,无所谓\n\
        4,2026/6/1 9:12,赵六,13600000000,西区,说不清,不满意,是,\n";
    let sheet = parse_csv(csv, "答卷").unwrap();
    let header: Vec<String> = sheet.rows[0].iter().map(|c| c.text()).collect();
    let mapping = Mapping::guess(&q, &header);
    assert_eq!(mapping.district.as_deref(), Some("所在区县"));
    assert_eq!(mapping.respondent.as_deref(), Some("序号"));
    assert_eq!(
        mapping.questions["Q1"],
        "Q1 您对本市食品安全状况总体是否满意？"
    );
    assert_eq!(
        mapping.questions["Q2"], "2、您对本市党委政府开展食品安全工作是否满意？",
        "by its text"
    );
    assert_eq!(mapping.questions["Q7"], "Q7");
    assert!(!mapping
        .questions
        .values()
        .any(|h| h.contains("姓名") || h.contains("手机")));

    let read = read_responses(&sheet, &q, &mapping);
    assert_eq!(read.dropped, ["姓名", "手机号码"]);
    assert_eq!(read.unanswered, ["Q4", "Q5", "Q6"]);
    assert_eq!(read.blank_rows, 1);
    let said: Vec<String> = read.problems.iter().map(|p| p.message(Lang::Zh)).collect();
    assert_eq!(
        said,
        [
            "第 3 行 F 列：“还行吧”不是题目 Q1 的选项",
            "第 5 行 A 列：受访者编号“1”与第 2 行重复，此行不计",
        ]
    );
    assert_eq!(
        read.responses.len(),
        2,
        "rows 2 and 6; rows 3 and 5 are not counted"
    );
    let first = &read.responses[0];
    assert_eq!(first.district, "东区");
    assert_eq!(first.answers["Q1"], "very");
    let last = &read.responses[1];
    assert_eq!(
        (last.answers["Q1"].as_str(), last.answers["Q3"].as_str()),
        ("unsure", "yes")
    );
    assert!(
        !last.answers.contains_key("Q7"),
        "a blank cell is no answer"
    );
    // Nothing personal is kept: the kept responses serialise to districts and answers only.
    let kept = serde_json::to_string(&read.responses).unwrap();
    assert!(!kept.contains("张三") && !kept.contains("138") && !kept.contains("2026/6/1"));

    // The city matches its own wording by hand: "还行吧" is 基本满意, and row 3 counts.
    assert_eq!(
        read.unknown_answers(),
        [("Q1".to_owned(), "还行吧".to_owned(), 1)]
    );
    let mut by_hand = mapping.clone();
    by_hand
        .answers
        .entry("Q1".into())
        .or_default()
        .insert("还行吧".into(), "fair".into());
    let again = read_responses(&sheet, &q, &by_hand);
    assert_eq!(again.responses.len(), 3);
    assert_eq!(again.responses[1].answers["Q1"], "fair");
    assert!(again.unknown_answers().is_empty());
    // A match to an answer the question does not have is no match.
    by_hand
        .answers
        .get_mut("Q1")
        .unwrap()
        .insert("还行吧".into(), "nonsense".into());
    assert_eq!(read_responses(&sheet, &q, &by_hand).responses.len(), 2);
}

/// The figures of five responses worked by hand.
#[test]
fn results_by_hand_overall_and_per_district() {
    use fscity_core::poll::{results, Questionnaire, Response};
    let q = Questionnaire::shipped();
    let response = |district: &str, answers: &[(&str, &str)]| Response {
        district: district.to_owned(),
        answers: answers
            .iter()
            .map(|(q, a)| ((*q).to_owned(), (*a).to_owned()))
            .collect(),
    };
    let responses = [
        // Index (100 + 80) / 2 = 90; aware; supports.
        response(
            "东区",
            &[("Q1", "very"), ("Q2", "yes"), ("Q3", "yes"), ("Q7", "yes")],
        ),
        // 60; not aware; no opinion (not support).
        response("东区", &[("Q1", "fair"), ("Q3", "no"), ("Q7", "unsure")]),
        // 说不清 counts for nothing: (0) / 1 = 0 from Q2 alone.
        response("西区", &[("Q1", "unsure"), ("Q2", "no"), ("Q3", "yes")]),
        // Only 说不清: no index from this one.
        response("西区", &[("Q1", "unsure")]),
        // (30 + 80 + 100) / 3 = 70 from Q1, Q4, Q6.
        response(
            "西区",
            &[
                ("Q1", "little"),
                ("Q4", "yes"),
                ("Q6", "much"),
                ("Q3", "yes"),
            ],
        ),
    ];
    let r = results(&q, &responses, Level::P95);
    let index = r.all.of(Measure::Satisfaction).unwrap();
    assert_eq!(
        (index.n, index.value),
        (4, (90.0 + 60.0 + 0.0 + 70.0) / 4.0)
    );
    let aware = r.all.of(Measure::Awareness).unwrap();
    assert_eq!((aware.n, aware.value), (4, 0.75));
    let support = r.all.of(Measure::Support).unwrap();
    assert_eq!((support.n, support.value), (2, 0.5));
    assert_eq!(
        r.by_district["东区"]
            .of(Measure::Satisfaction)
            .unwrap()
            .value,
        75.0
    );
    assert_eq!(
        r.by_district["西区"]
            .of(Measure::Satisfaction)
            .unwrap()
            .value,
        35.0
    );
    assert_eq!(r.by_district["西区"].responses, 3);
    assert_eq!(r.all.counts["Q1"]["unsure"], 2);
    assert_eq!(r.all.counts["Q3"]["yes"], 3);
    // No responses at all: no figures, and the words say so.
    let none = results(&q, &[], Level::P95);
    assert!(none.all.of(Measure::Satisfaction).is_none());
}

/// Weighted by district population: 300,000 and 700,000 people, 50 answers each, 40 and 45
/// aware. Each 东区 answer weighs 0.3 / 0.5 = 0.6, each 西区 one 1.4, so the rate is
/// 0.3 × 0.8 + 0.7 × 0.9 = 0.87 on an effective sample of 100² / (50 × 0.36 + 50 × 1.96) =
/// 86.207, whose Wilson interval is 0.782984–0.925448 (worked in the comment's numbers).
#[test]
fn weighting_by_district_population() {
    use fscity_core::poll::{
        district_weights, weighted_results, AnswerBook, Questionnaire, Response,
    };
    use std::collections::BTreeMap;
    let q = Questionnaire::shipped();
    let answer = |district: &str, aware: bool| Response {
        district: district.to_owned(),
        answers: BTreeMap::from([("Q3".to_owned(), if aware { "yes" } else { "no" }.to_owned())]),
    };
    let responses: Vec<Response> = (0..50)
        .map(|i| answer("东区", i < 40))
        .chain((0..50).map(|i| answer("西区", i < 45)))
        .collect();
    let people = |east: u64, west: u64| {
        BTreeMap::from([
            ("东区".to_owned(), east),
            ("西区".to_owned(), west),
            ("北区".to_owned(), 9),
        ])
    };
    let weights = district_weights(&AnswerBook::of(&responses), &people(300_000, 700_000)).unwrap();
    assert!(close(weights["东区"], 0.6, 1e-12) && close(weights["西区"], 1.4, 1e-12));
    // Weights that do not sum to the population (thousands, not people) weigh the same; a
    // district without answers (北区) is left out of the total.
    assert_eq!(
        district_weights(&AnswerBook::of(&responses), &people(300, 700)).unwrap(),
        weights
    );
    let r = weighted_results(&q, &responses, Level::P95, &weights);
    let aware = r.all.of(Measure::Awareness).unwrap();
    assert!(close(aware.value, 0.87, 1e-12));
    assert!(close(aware.low, 0.782984, 1e-5), "{}", aware.low);
    assert!(close(aware.high, 0.925448, 1e-5), "{}", aware.high);
    assert_eq!(aware.n, 100);
    // Per district nothing changes.
    assert!(close(
        r.by_district["东区"].of(Measure::Awareness).unwrap().value,
        0.8,
        1e-12
    ));
    // Unweighted, 85 of 100.
    let plain = weighted_results(&q, &responses, Level::P95, &BTreeMap::new());
    assert_eq!(
        plain.all.of(Measure::Awareness).unwrap(),
        &wilson(85, 100, Level::P95).unwrap()
    );
    // A district with answers and no population (or a population of 0) is named, as are
    // answers with no district ("").
    let mut unknown = responses.clone();
    unknown.push(answer("", true));
    let mut partial = people(300, 700);
    partial.insert("西区".to_owned(), 0);
    assert_eq!(
        district_weights(&AnswerBook::of(&unknown), &partial),
        Err(vec![String::new(), "西区".to_owned()])
    );
}

/// Equal weights give the unweighted mean and interval exactly.
#[test]
fn equal_weights_are_no_weights() {
    use fscity_core::poll::weighted_mean_interval;
    let scores = [100.0, 80.0, 80.0, 60.0, 30.0];
    let weighted: Vec<(f64, f64)> = scores.iter().map(|s| (2.5, *s)).collect();
    let a = mean_interval(&scores, Level::P95).unwrap();
    let b = weighted_mean_interval(&weighted, Level::P95).unwrap();
    assert!(
        close(a.value, b.value, 1e-9) && close(a.low, b.low, 1e-9) && close(a.high, b.high, 1e-9)
    );
}

/// A row that answers none of the questions mapped (a total, a note, a file of something else)
/// is no response: it is named and not counted, so such a file cannot be accepted as a poll.
#[test]
fn a_row_answering_nothing_is_not_a_response() {
    use fscity_core::poll::{read_responses, Mapping, Questionnaire};
    use fscity_core::sheet_pack::csv::parse_csv;
    use fscity_core::Localize;
    let q = Questionnaire::shipped();
    let sheet = parse_csv("区县,Q1\n东区,很满意\n合计,\n", "答卷").unwrap();
    let header: Vec<String> = sheet.rows[0].iter().map(|c| c.text()).collect();
    let read = read_responses(&sheet, &q, &Mapping::guess(&q, &header));
    assert_eq!(read.responses.len(), 1);
    assert_eq!(
        read.problems[0].message(Lang::Zh),
        "第 3 行：没有回答任何已对应的题目，此行不计"
    );
    // With no question mapped at all, every row is such a row.
    let other = parse_csv("日期,部门,人数\n2026-06-01,办公室,5\n", "考勤").unwrap();
    let header: Vec<String> = other.rows[0].iter().map(|c| c.text()).collect();
    let read = read_responses(&other, &q, &Mapping::guess(&q, &header));
    assert!(read.responses.is_empty());
    assert_eq!(read.unanswered.len(), q.questions.len());
}
