//! A poll at the size issue 19 sets (20,000 responses import and compute in under 1 s at 1×
//! CPU): the table read against the mapping, then every figure with its interval, overall and
//! per district. Native figures; the browser's run in the page's worker.
//!
//! Run with `cargo bench -p fscity-core --bench poll`.

use divan::{black_box, Bencher};
use fscity_core::poll::{read_responses, results, Level, Mapping, Questionnaire};
use fscity_core::sheet_pack::csv::parse_csv;

fn main() {
    divan::main();
}

/// 20,000 responses in five districts, answers in turn.
fn export(size: usize) -> String {
    let q = Questionnaire::shipped();
    let mut csv = q.response_header(fscity_core::Lang::Zh).join(",");
    csv.push('\n');
    let districts = ["东区", "西区", "仁和区", "米易县", "盐边县"];
    for n in 0..size {
        csv.push_str(&format!("{n},{}", districts[n % 5]));
        for question in &q.questions {
            let scale = q.scale(&question.scale).expect("a scale");
            let answer = &scale.answers[(n / 3 + question.id.len()) % scale.answers.len()];
            csv.push(',');
            csv.push_str(&answer.text.zh);
        }
        csv.push('\n');
    }
    csv
}

#[divan::bench]
fn read_and_compute_20000(bencher: Bencher) {
    let q = Questionnaire::shipped();
    let csv = export(20_000);
    bencher.bench(|| {
        let sheet = parse_csv(black_box(&csv), "答卷").expect("a table");
        let header: Vec<String> = sheet.rows[0].iter().map(|c| c.text()).collect();
        let read = read_responses(&sheet, &q, &Mapping::guess(&q, &header));
        results(&q, &read.responses, Level::P95)
    });
}

/// The 20,000-response table read, with its questionnaire and mapping.
fn read_20000() -> (Questionnaire, fscity_core::sheet_pack::RawSheet, Mapping) {
    let q = Questionnaire::shipped();
    let sheet = parse_csv(&export(20_000), "答卷").expect("a table");
    let header: Vec<String> = sheet.rows[0].iter().map(|c| c.text()).collect();
    let mapping = Mapping::guess(&q, &header);
    (q, sheet, mapping)
}

/// The parts apart: the table read against the mapping, the figures, and a kept poll's answers
/// written and read back (what accepting and showing a poll do).
#[divan::bench]
fn read_only_20000(bencher: Bencher) {
    let (q, sheet, mapping) = read_20000();
    bencher.bench(|| read_responses(black_box(&sheet), &q, &mapping));
}

#[divan::bench]
fn figures_only_20000(bencher: Bencher) {
    let (q, sheet, mapping) = read_20000();
    let read = read_responses(&sheet, &q, &mapping);
    bencher.bench(|| results(&q, black_box(&read.responses), Level::P95));
}

#[divan::bench]
fn answer_book_20000(bencher: Bencher) {
    use fscity_core::poll::AnswerBook;
    let (q, sheet, mapping) = read_20000();
    let read = read_responses(&sheet, &q, &mapping);
    bencher.bench(|| AnswerBook::of(black_box(&read.responses)).responses());
}

/// What the reader worker does for each mapping (read, keep as a book, count), and what
/// showing a kept poll does (count from its book).
#[divan::bench]
fn draft_20000(bencher: Bencher) {
    let (q, sheet, mapping) = read_20000();
    bencher.bench(|| fscity_core::poll::read_draft(black_box(&sheet), &q, &mapping));
}

#[divan::bench]
fn kept_figures_20000(bencher: Bencher) {
    use fscity_core::poll::{book_results, AnswerBook};
    let (q, sheet, mapping) = read_20000();
    let book = AnswerBook::of(&read_responses(&sheet, &q, &mapping).responses);
    let none = std::collections::BTreeMap::new();
    bencher.bench(|| book_results(&q, black_box(&book), Level::P95, &none));
}
