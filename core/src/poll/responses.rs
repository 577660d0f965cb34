//! A poll's answers read from a table (a 问卷星 export, a hand-made sheet, a CSV from Excel):
//! which column answers which question is a [`Mapping`], guessed from the header and kept once
//! the city has checked it; every cell that cannot be read is named by row and column before
//! anything is accepted, a respondent ID seen twice and blank rows too. Responses are personal
//! data: only the district and the answers are kept — never the respondent's ID beyond the
//! duplicate check, and a column that looks like a name, a phone number or an address is not
//! read at all and is listed as dropped.

pub use super::mapping::{Mapping, Response};
use super::questionnaire::{AnswerOption, Questionnaire};
use crate::message::{pick, Localize};
use crate::sheet_pack::RawCell;
use crate::sheet_pack::{column_letters, RawSheet};
use crate::Lang;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::collections::BTreeMap;
use std::collections::HashMap;

/// What is wrong at one cell or row.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ProblemKind {
    /// A cell no answer of the question's scale matches.
    UnknownAnswer {
        /// The cell's text.
        found: String,
        /// The question.
        question: String,
    },
    /// A row that answers no question the mapping reads (a note, a total, a row of another
    /// table): not a response.
    NoAnswer,
    /// A respondent ID seen on an earlier row.
    RespondentTwice {
        /// The ID.
        id: String,
        /// Where it was first.
        first_row: u32,
    },
}

/// A problem where it is.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Problem {
    /// 1-based row.
    pub row: u32,
    /// 1-based column.
    pub column: u32,
    /// What.
    pub kind: ProblemKind,
}

impl Localize for Problem {
    fn message(&self, lang: Lang) -> String {
        let at = column_letters(self.column);
        let row = self.row;
        let (zh, en) = match &self.kind {
            ProblemKind::UnknownAnswer { found, question } => (
                format!("第 {row} 行 {at} 列：“{found}”不是题目 {question} 的选项"),
                format!("Row {row}, column {at}: \"{found}\" is not an answer to {question}"),
            ),
            ProblemKind::NoAnswer => (
                format!("第 {row} 行：没有回答任何已对应的题目，此行不计"),
                format!("Row {row}: answers none of the questions mapped; this row is not counted"),
            ),
            ProblemKind::RespondentTwice { id, first_row } => (
                format!("第 {row} 行 {at} 列：受访者编号“{id}”与第 {first_row} 行重复，此行不计"),
                format!("Row {row}, column {at}: respondent \"{id}\" is already on row {first_row}; this row is not counted"),
            ),
        };
        pick(lang, zh, en)
    }
}

impl ResponsesRead {
    /// Each answer text no option matched, per question, with how many cells hold it, in the
    /// order first met: what the city can match by hand.
    pub fn unknown_answers(&self) -> Vec<(String, String, usize)> {
        let mut found: Vec<(String, String, usize)> = Vec::new();
        for p in &self.problems {
            if let ProblemKind::UnknownAnswer {
                found: text,
                question,
            } = &p.kind
            {
                match found
                    .iter_mut()
                    .find(|(q, t, _)| q == question && t == text)
                {
                    Some(seen) => seen.2 += 1,
                    None => found.push((question.clone(), text.clone(), 1)),
                }
            }
        }
        found
    }
}

/// A table read against a mapping.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ResponsesRead {
    /// The responses that read whole, in table order.
    pub responses: Vec<Response>,
    /// Every problem; a row with one is not counted.
    pub problems: Vec<Problem>,
    /// Blank rows skipped.
    pub blank_rows: usize,
    /// Columns not read because they look like personal data, as headed.
    pub dropped: Vec<String>,
    /// Questions no column answers.
    pub unanswered: Vec<String>,
}

/// Headers that hold personal data: never read.
const PERSONAL: [&str; 8] = [
    "姓名",
    "名字",
    "电话",
    "手机",
    "联系方式",
    "身份证",
    "住址",
    "name",
];

/// Whether a header names personal data (姓名, 手机号, 联系电话 …).
pub fn is_personal(header: &str) -> bool {
    let h = header.to_lowercase();
    PERSONAL.iter().any(|p| h.contains(p)) || h.contains("phone")
}

impl Mapping {
    /// The mapping a header suggests: "Q1 …" or a question's text for a question, 区县 for the
    /// district, 编号 / 序号 / ID for the respondent. Personal-data columns are never mapped.
    pub fn guess(questionnaire: &Questionnaire, header: &[String]) -> Mapping {
        let usable = || {
            header
                .iter()
                .filter(|h| !is_personal(h) && !h.trim().is_empty())
        };
        let squeeze = |t: &str| t.chars().filter(|c| !c.is_whitespace()).collect::<String>();
        let mut mapping = Mapping {
            district: usable()
                .find(|h| h.contains("区县") || h.contains("区/县") || h.contains("District"))
                .cloned(),
            respondent: usable()
                .find(|h| {
                    h.contains("编号") || h.contains("序号") || h.trim().eq_ignore_ascii_case("id")
                })
                .cloned(),
            questions: BTreeMap::new(),
            answers: BTreeMap::new(),
        };
        for q in &questionnaire.questions {
            let text = squeeze(&q.text.zh);
            let found = usable().find(|h| {
                let h = squeeze(h);
                h.starts_with(q.id.as_str()) && !h[q.id.len()..].starts_with(char::is_numeric)
                    || (!text.is_empty() && h.contains(&text))
            });
            if let Some(h) = found {
                mapping.questions.insert(q.id.clone(), h.clone());
            }
        }
        mapping
    }
}

/// Reads `sheet` (its first non-blank row is the header) by `mapping`.
pub fn read_responses(
    sheet: &RawSheet,
    questionnaire: &Questionnaire,
    mapping: &Mapping,
) -> ResponsesRead {
    let mut read = ResponsesRead::default();
    let Some(header_at) = sheet
        .rows
        .iter()
        .position(|r| r.iter().any(|c| !c.is_blank()))
    else {
        return read;
    };
    let header: Vec<String> = sheet.rows[header_at]
        .iter()
        .map(|c| c.text().trim().to_owned())
        .collect();
    let column = |name: &Option<String>| {
        name.as_ref()
            .and_then(|n| header.iter().position(|h| h == n.trim()))
    };
    read.dropped = header.iter().filter(|h| is_personal(h)).cloned().collect();
    let district = column(&mapping.district);
    let respondent = column(&mapping.respondent);
    let mut asked = Vec::new();
    for q in &questionnaire.questions {
        let at = column(&mapping.questions.get(&q.id).cloned());
        match (at, questionnaire.scale(&q.scale)) {
            (Some(at), Some(scale)) => asked.push((q, scale.index(), at)),
            _ => read.unanswered.push(q.id.clone()),
        }
    }
    let mut seen: BTreeMap<String, u32> = BTreeMap::new();
    let mut known: Vec<HashMap<String, Option<&AnswerOption>>> = vec![HashMap::new(); asked.len()];
    for (index, row) in sheet.rows.iter().enumerate().skip(header_at + 1) {
        let number = u32::try_from(index + 1).unwrap_or(u32::MAX);
        let cell = |at: usize| {
            row.get(at)
                .map(|c| c.text().trim().to_owned())
                .unwrap_or_default()
        };
        let column_number = |at: usize| u32::try_from(at + 1).unwrap_or(u32::MAX);
        if row.iter().all(|c| c.is_blank()) {
            read.blank_rows += 1;
            continue;
        }
        let mut ok = true;
        if let Some(at) = respondent {
            let id = cell(at);
            if !id.is_empty() {
                if let Some(first_row) = seen.get(&id) {
                    read.problems.push(Problem {
                        row: number,
                        column: column_number(at),
                        kind: ProblemKind::RespondentTwice {
                            id,
                            first_row: *first_row,
                        },
                    });
                    continue;
                }
                seen.insert(id, number);
            }
        }
        let mut response = Response {
            district: district.map(cell).unwrap_or_default(),
            answers: BTreeMap::new(),
        };
        for (k, (q, scale, at)) in asked.iter().enumerate() {
            // A cell's text as written, borrowed when it is text (20,000 rows of seven cells).
            let text: Cow<str> = match row.get(*at) {
                Some(RawCell::Text(t)) if !t.contains('\r') => Cow::Borrowed(t.trim()),
                Some(c) => Cow::Owned(c.text().trim().to_owned()),
                None => Cow::Borrowed(""),
            };
            if text.is_empty() {
                continue;
            }
            // Each distinct text is matched once per question.
            let meant = match known[k].get(text.as_ref()) {
                Some(meant) => *meant,
                None => {
                    let by_hand = mapping
                        .answers
                        .get(&q.id)
                        .and_then(|texts| texts.get(text.as_ref()))
                        .and_then(|id| scale.by_id(id));
                    let meant = by_hand.or_else(|| scale.answer_for(&text));
                    known[k].insert(text.to_string(), meant);
                    meant
                }
            };
            match meant {
                Some(answer) => {
                    response.answers.insert(q.id.clone(), answer.id.clone());
                }
                None => {
                    ok = false;
                    read.problems.push(Problem {
                        row: number,
                        column: column_number(*at),
                        kind: ProblemKind::UnknownAnswer {
                            found: text.into_owned(),
                            question: q.id.clone(),
                        },
                    });
                }
            }
        }
        if ok && response.answers.is_empty() {
            ok = false;
            read.problems.push(Problem {
                row: number,
                column: 1,
                kind: ProblemKind::NoAnswer,
            });
        }
        if ok {
            read.responses.push(response);
        }
    }
    read
}
