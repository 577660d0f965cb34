//! The draft of a poll's import, as the reader worker sums it up for the page: what is listed,
//! what is counted, and that it survives the trip as JSON unchanged.

use fscity_core::poll::draft::LISTED;
use fscity_core::poll::{
    poll_table, read_draft, read_responses, results, AnswerBook, DraftRead, Figures, Level,
    Mapping, Questionnaire,
};
use fscity_core::sheet_pack::csv::parse_csv;
use fscity_core::sheet_pack::{RawSheet, Workbook};
use fscity_core::{Lang, Localize};

fn header_of(sheet: &RawSheet) -> Vec<String> {
    sheet.rows[0].iter().map(|c| c.text()).collect()
}

#[test]
fn the_draft_keeps_the_responses_and_the_figures_the_table_gives() {
    let q = Questionnaire::shipped();
    let sheet = parse_csv(
        "序号,区县,Q1,Q3\n1,东区,很满意,知道\n2,东区,还行吧,不知道\n3,西区,满意,知道\n",
        "答卷",
    )
    .unwrap();
    let mapping = Mapping::guess(&q, &header_of(&sheet));
    let draft = read_draft(&sheet, &q, &mapping);
    let read = read_responses(&sheet, &q, &mapping);
    assert_eq!(draft.answers, AnswerBook::of(&read.responses));
    assert_eq!(draft.answers.len(), 2, "the row with 还行吧 is not counted");
    assert_eq!(draft.figures, results(&q, &read.responses, Level::P95));
    assert_eq!(draft.problem_count, 1);
    assert_eq!(draft.unknown.len(), 1);
    assert_eq!(
        (
            draft.unknown[0].question.as_str(),
            draft.unknown[0].text.as_str(),
            draft.unknown[0].cells
        ),
        ("Q1", "还行吧", 1)
    );
    assert!(draft.unanswered.contains(&"Q2".to_owned()));
}

#[test]
fn only_the_first_problems_are_listed_and_all_are_counted() {
    let q = Questionnaire::shipped();
    let mut csv = String::from("区县,Q1\n");
    for n in 0..250 {
        csv.push_str(&format!(
            "东区,{}\n",
            if n % 2 == 0 { "很满意" } else { "还行吧" }
        ));
    }
    let sheet = parse_csv(&csv, "答卷").unwrap();
    let draft = read_draft(&sheet, &q, &Mapping::guess(&q, &header_of(&sheet)));
    assert_eq!(draft.answers.len(), 125);
    assert_eq!(draft.problem_count, 125);
    assert_eq!(draft.problems.len(), LISTED);
    assert_eq!(
        draft.problems[0].message(Lang::Zh),
        "第 3 行 B 列：“还行吧”不是题目 Q1 的选项"
    );
    assert_eq!(
        draft.unknown[0].cells, 125,
        "every cell is counted, not only those listed"
    );
}

#[test]
fn the_draft_reads_back_from_json_as_it_was_written() {
    let q = Questionnaire::shipped();
    let sheet = parse_csv(
        "区县,Q1,Q3\n东区,很满意,知道\n西区,不满意,不知道\n西区,满意,说不清\n",
        "答卷",
    )
    .unwrap();
    let draft = read_draft(&sheet, &q, &Mapping::guess(&q, &header_of(&sheet)));
    let text = serde_json::to_string(&draft).unwrap();
    let back: DraftRead = serde_json::from_str(&text).unwrap();
    // serde_json reads a float back to within its last digit; the page shows one decimal.
    let close = |a: &Figures, b: &Figures| {
        a.responses == b.responses
            && a.counts == b.counts
            && a.measures.len() == b.measures.len()
            && a.measures.iter().zip(&b.measures).all(|((m, x), (n, y))| {
                m == n
                    && match (x, y) {
                        (Some(x), Some(y)) => {
                            [
                                (x.value, y.value),
                                (x.low, y.low),
                                (x.high, y.high),
                                (x.spread, y.spread),
                            ]
                            .iter()
                            .all(|(a, b)| (a - b).abs() <= 1e-9 * a.abs().max(1.0))
                                && x.n == y.n
                        }
                        (None, None) => true,
                        _ => false,
                    }
            })
    };
    assert!(close(&back.figures.all, &draft.figures.all));
    assert_eq!(back.figures.by_district.len(), 2);
    assert!(back
        .figures
        .by_district
        .iter()
        .zip(&draft.figures.by_district)
        .all(|((d, a), (e, b))| d == e && close(a, b)));
    assert_eq!(
        (
            back.answers,
            back.problems,
            back.problem_count,
            back.unknown,
            back.blank_rows,
            back.dropped,
            back.unanswered
        ),
        (
            draft.answers,
            draft.problems,
            draft.problem_count,
            draft.unknown,
            draft.blank_rows,
            draft.dropped,
            draft.unanswered
        )
    );
}

#[test]
fn the_table_is_the_first_sheet_with_a_cell_and_its_first_row_the_header() {
    let blank = parse_csv("\n,,\n", "说明").unwrap();
    let answers = parse_csv("\n 区县 ,Q1\n东区,满意\n", "答卷").unwrap();
    let book = Workbook {
        sheets: vec![blank.clone(), answers.clone()],
    };
    let (sheet, header) = poll_table(book).unwrap();
    assert_eq!(sheet, answers);
    assert_eq!(header, ["区县", "Q1"]);
    assert!(poll_table(Workbook {
        sheets: vec![blank]
    })
    .is_none());
    assert!(poll_table(Workbook::default()).is_none());
}
