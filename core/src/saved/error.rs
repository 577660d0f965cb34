//! Why a saved record or an imported file cannot be read. Variants carry data; the sentences
//! are made in [`Localize`], one exhaustive match, so a new variant needs both languages.

use super::limits::{MAX_FILE_BYTES, MAX_TEXT_CHARS};
use super::migrate::MigrateError;
use crate::message::{pick, Localize};
use crate::Lang;
use std::fmt;

/// Why a saved record or an imported file cannot be read. Nothing has been changed when one
/// of these is returned.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReadError {
    /// Over [`MAX_FILE_BYTES`]; checked before parsing.
    TooLarge {
        /// The size of the text, in bytes.
        bytes: usize,
    },
    /// Not even the start of a JSON object: some other kind of file (a spreadsheet, a text,
    /// an image) picked by mistake.
    NotABackup,
    /// Begins like JSON but is not valid JSON (cut short, edited by hand).
    NotJson {
        /// 1-based line of the first error.
        line: usize,
        /// 1-based column of the first error (0 when the text ended early on an empty line).
        column: usize,
    },
    /// JSON, but not fscity's kind (or a backup where one record was expected).
    NotFscity {
        /// What the JSON seems to be.
        found: Foreign,
        /// What was expected.
        expected: Expected,
    },
    /// Saved by a newer fscity.
    NewerVersion {
        /// The version in the file.
        found: u64,
        /// The newest version this build reads.
        supported: u32,
    },
    /// A version no fscity has written (0, or a backup older than backups).
    UnknownVersion {
        /// The version in the file.
        found: u64,
    },
    /// An import naming a pack this build does not have.
    UnknownPack {
        /// The pack ID in the file.
        id: String,
    },
    /// A field missing, of the wrong type, or contradicting another.
    WrongShape {
        /// Where, as a dotted path (`assessment.entries.C-02.answer`); empty for the whole file.
        path: String,
        /// What is wrong, in the parser's words (English).
        detail: String,
    },
    /// A figure that is not a number, negative, out of range or unfit for its input.
    BadNumber {
        /// Where, as a dotted path.
        path: String,
        /// The value as written in the file (shortened when long).
        found: String,
        /// What is wrong with it.
        problem: NumberProblem,
    },
    /// A string over [`MAX_TEXT_CHARS`] characters.
    TextTooLong {
        /// Where, as a dotted path.
        path: String,
        /// Its length in characters.
        chars: usize,
    },
    /// A backup with no assessment in it.
    Empty,
    /// Two evidence items of one indicator share a number (the file was edited by hand):
    /// a box label or a reviewer's problem citing it would be ambiguous.
    EvidenceNumberTwice {
        /// The indicator.
        indicator: String,
        /// The number, as printed (`B-01-03`).
        number: String,
    },
}

/// What JSON of another kind seems to be.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Foreign {
    /// Not an object: an array, a string, a number, `true` or `null`.
    NotAnObject,
    /// A criteria pack (评价细则数据包).
    Pack,
    /// An fscity backup of several assessments.
    Backup,
    /// An object naming a format other than fscity's.
    OtherFormat {
        /// The `format` it names.
        format: String,
    },
    /// An object with no `format` and no sign of being an assessment.
    Unrecognized,
}

/// What a reader accepts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expected {
    /// One assessment (a stored record, or an old bare assessment).
    Record,
    /// One assessment or a backup.
    RecordOrBackup,
}

/// What is wrong with a figure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumberProblem {
    /// `null`, text such as `"NaN"`, or anything but a number.
    NotANumber,
    /// Below zero.
    Negative,
    /// Above the largest value accepted there.
    AboveMax {
        /// That value.
        max: u64,
    },
    /// More than six decimals.
    TooPrecise,
    /// A count or population with a fractional part.
    NotWhole,
    /// A population (a denominator) of zero.
    Zero,
    /// A percentage above 100.
    PercentAbove100,
}

impl From<MigrateError> for ReadError {
    fn from(error: MigrateError) -> ReadError {
        match error {
            MigrateError::UnknownVersion { found } => ReadError::UnknownVersion { found },
            MigrateError::NewerVersion { found, supported } => {
                ReadError::NewerVersion { found, supported }
            }
            MigrateError::WrongShape { path, detail } => ReadError::WrongShape { path, detail },
        }
    }
}

impl Localize for ReadError {
    fn message(&self, lang: Lang) -> String {
        use ReadError::*;
        let (zh, en) = match self {
            TooLarge { bytes } => {
                let size = megabytes(*bytes);
                let limit = megabytes(MAX_FILE_BYTES);
                (
                    format!("文件过大（{size} MB），上限为 {limit} MB"),
                    format!("The file is too large ({size} MB); the limit is {limit} MB"),
                )
            }
            NotABackup => (
                "这不是本工具的备份文件：fscity 的备份是它导出的 .json 文件".to_owned(),
                "This is not an fscity backup: fscity backups are the .json files it exports"
                    .to_owned(),
            ),
            NotJson { line, column } => (
                format!("文件不是有效的 JSON（第 {line} 行第 {column} 列出错）"),
                format!("The file is not valid JSON (error at line {line}, column {column})"),
            ),
            NotFscity { found, expected } => {
                let (found_zh, found_en) = foreign(found);
                let (expected_zh, expected_en) = match expected {
                    Expected::Record => (
                        "单份自评（format 为 fscity-assessment）",
                        "one assessment (format \"fscity-assessment\")",
                    ),
                    Expected::RecordOrBackup => (
                        "fscity 自评或备份文件（format 为 fscity-assessment 或 fscity-backup）",
                        "an fscity assessment or backup (format \"fscity-assessment\" or \"fscity-backup\")",
                    ),
                };
                (
                    format!("这不是可读取的 fscity 自评数据：{found_zh}；应为{expected_zh}"),
                    format!("This is not fscity assessment data that can be read here: {found_en}; expected {expected_en}"),
                )
            }
            NewerVersion { found, supported } => (
                format!("该文件由较新版本的 fscity 保存（格式版本 {found}，本工具最高支持 {supported}），请先更新本工具"),
                format!("This file was saved by a newer version of fscity (format version {found}; this tool reads up to {supported}); update the tool first"),
            ),
            UnknownVersion { found } => (
                format!("文件的格式版本 {found} 无效，fscity 从未写出过这一版本"),
                format!("The file's format version {found} is not valid; no version of fscity writes it"),
            ),
            UnknownPack { id } => {
                let id = shorten(id);
                (
                    format!("文件所用的评价细则数据包“{id}”在本工具中没有，无法导入"),
                    format!("The file uses the criteria pack \"{id}\", which this tool does not have, so it cannot be imported"),
                )
            }
            WrongShape { path, detail } => {
                let detail = shorten(detail);
                if path.is_empty() {
                    (
                        format!("文件结构有误：{detail}"),
                        format!("The file's structure is wrong: {detail}"),
                    )
                } else {
                    let path = shorten(path);
                    (
                        format!("文件结构有误（位置 {path}）：{detail}"),
                        format!("The file's structure is wrong at {path}: {detail}"),
                    )
                }
            }
            BadNumber { path, found, problem } => {
                let (path, found) = (shorten(path), shorten(found));
                let (why_zh, why_en) = number_problem(*problem);
                (
                    format!("数字无效（位置 {path}，值为 {found}）：{why_zh}"),
                    format!("Invalid number at {path} (the value is {found}): {why_en}"),
                )
            }
            TextTooLong { path, chars } => {
                let path = shorten(path);
                let (chars, max) = (thousands(*chars as u64), thousands(MAX_TEXT_CHARS as u64));
                (
                    format!("文字过长（位置 {path}，共 {chars} 个字符），上限为 {max} 个字符"),
                    format!("A text is too long at {path} ({chars} characters); the limit is {max}"),
                )
            }
            Empty => (
                "备份中没有任何自评".to_owned(),
                "The backup holds no assessment".to_owned(),
            ),
            EvidenceNumberTwice { indicator, number } => (
                format!("指标 {indicator} 的佐证材料编号 {number} 出现了两次（文件可能被手工修改过），请改正后再导入"),
                format!("Evidence number {number} appears twice under indicator {indicator} (the file may have been edited by hand); correct it and import again"),
            ),
        };
        pick(lang, zh, en)
    }
}

fn foreign(found: &Foreign) -> (String, String) {
    match found {
        Foreign::NotAnObject => (
            "内容不是 JSON 对象".into(),
            "its content is not a JSON object".into(),
        ),
        Foreign::Pack => (
            "它是评价细则数据包，而非自评".into(),
            "it is a criteria pack, not an assessment".into(),
        ),
        Foreign::Backup => (
            "它是包含多份自评的备份".into(),
            "it is a backup of several assessments".into(),
        ),
        Foreign::OtherFormat { format } => {
            let format = shorten(format);
            (
                format!("其格式为“{format}”"),
                format!("its format is \"{format}\""),
            )
        }
        Foreign::Unrecognized => (
            "没有 format 字段，也不像自评".into(),
            "it has no \"format\" field and does not look like an assessment".into(),
        ),
    }
}

fn number_problem(problem: NumberProblem) -> (String, String) {
    match problem {
        NumberProblem::NotANumber => ("不是数字".into(), "it is not a number".into()),
        NumberProblem::Negative => ("不能为负数".into(), "it cannot be negative".into()),
        NumberProblem::AboveMax { max } => {
            let max = thousands(max);
            (format!("不能超过 {max}"), format!("it cannot exceed {max}"))
        }
        NumberProblem::TooPrecise => (
            "最多保留 6 位小数".into(),
            "it may have at most six decimal places".into(),
        ),
        NumberProblem::NotWhole => ("应为整数".into(), "it must be a whole number".into()),
        NumberProblem::Zero => ("必须大于 0".into(), "it must be greater than 0".into()),
        NumberProblem::PercentAbove100 => (
            "百分比不能超过 100".into(),
            "a percentage cannot exceed 100".into(),
        ),
    }
}

/// Bytes as megabytes with one decimal, rounded up so that anything over the limit reads as
/// over it (5 MB and one byte is "5.1 MB", not "5.0 MB").
fn megabytes(bytes: usize) -> String {
    const MB: u64 = 1024 * 1024;
    let tenths = (bytes as u64).saturating_mul(10).div_ceil(MB);
    if tenths.is_multiple_of(10) {
        format!("{}", tenths / 10)
    } else {
        format!("{}.{}", tenths / 10, tenths % 10)
    }
}

/// 1000000 → `1,000,000`.
fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Paths, values and IDs come from the file and may be long; a message shows the start.
fn shorten(text: &str) -> String {
    const SHOWN: usize = 80;
    if text.chars().count() <= SHOWN {
        text.to_owned()
    } else {
        let mut short: String = text.chars().take(SHOWN).collect();
        short.push('…');
        short
    }
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for ReadError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_round_up_to_a_tenth_of_a_megabyte() {
        assert_eq!(megabytes(5 * 1024 * 1024), "5");
        assert_eq!(megabytes(5 * 1024 * 1024 + 1), "5.1");
        assert_eq!(megabytes(6_500_000), "6.2");
        assert_eq!(megabytes(usize::MAX), megabytes(usize::MAX));
    }

    #[test]
    fn thousands_are_separated_by_commas() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1_000), "1,000");
        assert_eq!(thousands(1_000_000_000_000), "1,000,000,000,000");
    }

    #[test]
    fn long_text_in_a_message_is_shortened_on_a_character_boundary() {
        let long = "指".repeat(200);
        let short = shorten(&long);
        assert_eq!(short.chars().count(), 81);
        assert!(short.ends_with('…'));
    }
}
