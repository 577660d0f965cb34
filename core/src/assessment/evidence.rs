//! The evidence package of 资料审查: per indicator, numbered evidence items a reviewer reads.
//!
//! Reviewers work through thousands of documents filed by indicator (the seed's reviewers read
//! more than 5,000; Panzhihua matched 3,858 to the standard), and a document is found again by
//! its number: in the 资料目录, on a box label, in a reviewer's problem. So an item's number
//! (`B-01-03`) belongs to the item: adding or removing others never changes it, and
//! renumbering is an explicit act ([`renumber`]).

use crate::message::{pick, Localize};
use crate::{Lang, Text};
use serde::{Deserialize, Serialize};

/// One piece of 佐证材料 in an indicator's 材料提交表.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    /// Its number within the indicator, from 1; shown as `B-01-03` by [`Evidence::number`].
    #[serde(default)]
    pub seq: u32,
    /// What sort of document it is.
    #[serde(default)]
    pub kind: EvidenceKind,
    /// What it is.
    pub title: String,
    /// The date or period it covers, as typed (`2025-03-12`, `2025年`, `2025-01 至 2025-06`);
    /// checked by [`check_date`].
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub date: String,
    /// Who issued or produced it (发文单位).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub issuer: String,
    /// The 责任单位 that supplies it; when empty, the indicator's apply.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub department: String,
    /// Where the original is kept: box, folder, file name or path.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub location: String,
    /// Which part of the requirement it proves.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub proves: String,
    /// Whether it is in the package.
    #[serde(default)]
    pub state: EvidenceState,
    /// 页数: how many pages it has, for the 页号 of the 资料目录; 0 when not given.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub pages: u32,
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

/// The most pages one item may have: more is a typing slip, not a document.
pub const MAX_PAGES: u32 = 99_999;

/// Reads a typed page count (full-width digits and a trailing 页 are fine); empty is 0 (not
/// given).
pub fn parse_pages(text: &str) -> Result<u32, PagesProblem> {
    let text = text.trim().trim_end_matches('页').trim();
    if text.is_empty() {
        return Ok(0);
    }
    let value = crate::parse_input(crate::vocabulary::InputKind::Count, text)
        .map_err(PagesProblem::NotACount)?;
    let pages = value.as_f64();
    if pages > f64::from(MAX_PAGES) {
        return Err(PagesProblem::TooMany);
    }
    // A whole count within range, so the conversion is exact.
    Ok(pages as u32)
}

/// Why a typed page count is refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PagesProblem {
    /// Not a whole number of pages.
    NotACount(crate::InputError),
    /// More than [`MAX_PAGES`].
    TooMany,
}

impl Localize for PagesProblem {
    fn message(&self, lang: Lang) -> String {
        match self {
            PagesProblem::NotACount(e) => e.message(lang),
            PagesProblem::TooMany => pick(
                lang,
                format!("页数不能超过 {MAX_PAGES}"),
                format!("No more than {MAX_PAGES} pages"),
            ),
        }
    }
}

impl Evidence {
    /// The item's number as printed and cited: indicator ID and two-digit sequence, `B-01-03`.
    pub fn number(&self, indicator: &str) -> String {
        format!("{indicator}-{:02}", self.seq)
    }

    /// A new item with the next free number of `items`.
    pub fn next(items: &[Evidence], title: String) -> Evidence {
        Evidence {
            seq: next_seq(items),
            title,
            ..Evidence::default()
        }
    }
}

/// The number a new item gets: one past the highest in use, so no item's number changes and
/// a number in use is never given twice.
pub fn next_seq(items: &[Evidence]) -> u32 {
    items.iter().map(|e| e.seq).max().unwrap_or(0) + 1
}

/// Numbers the items 1, 2, 3 … in their present order: the explicit act that closes gaps
/// left by removed items (labels printed before then carry the old numbers).
pub fn renumber(items: &mut [Evidence]) {
    for (n, item) in items.iter_mut().enumerate() {
        item.seq = u32::try_from(n + 1).unwrap_or(u32::MAX);
    }
}

/// The first number used twice among `items`, if any.
pub fn duplicate_seq(items: &[Evidence]) -> Option<u32> {
    let mut seen: Vec<u32> = items.iter().map(|e| e.seq).collect();
    seen.sort_unstable();
    seen.windows(2).find(|w| w[0] == w[1]).map(|w| w[0])
}

/// The sort of document, as 资料审查 sorts them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EvidenceKind {
    /// 正式发文.
    Official,
    /// 会议纪要.
    Minutes,
    /// 方案计划.
    Plan,
    /// 工作记录.
    Record,
    /// 图片.
    Photo,
    /// 数据报表.
    Data,
    /// 说明报告.
    Report,
    /// 其他.
    #[default]
    Other,
}

impl EvidenceKind {
    /// Every kind, in display order.
    pub const ALL: [EvidenceKind; 8] = [
        EvidenceKind::Official,
        EvidenceKind::Minutes,
        EvidenceKind::Plan,
        EvidenceKind::Record,
        EvidenceKind::Photo,
        EvidenceKind::Data,
        EvidenceKind::Report,
        EvidenceKind::Other,
    ];

    /// Its token in files and forms.
    pub fn id(self) -> &'static str {
        match self {
            EvidenceKind::Official => "official",
            EvidenceKind::Minutes => "minutes",
            EvidenceKind::Plan => "plan",
            EvidenceKind::Record => "record",
            EvidenceKind::Photo => "photo",
            EvidenceKind::Data => "data",
            EvidenceKind::Report => "report",
            EvidenceKind::Other => "other",
        }
    }

    /// The kind with this token.
    pub fn from_id(id: &str) -> Option<EvidenceKind> {
        EvidenceKind::ALL.into_iter().find(|k| k.id() == id)
    }

    /// Display name.
    pub fn label(self) -> Text {
        let (zh, en) = match self {
            EvidenceKind::Official => ("正式发文", "Official document"),
            EvidenceKind::Minutes => ("会议纪要", "Minutes"),
            EvidenceKind::Plan => ("方案计划", "Plan"),
            EvidenceKind::Record => ("工作记录", "Work record"),
            EvidenceKind::Photo => ("图片", "Photos"),
            EvidenceKind::Data => ("数据报表", "Data table"),
            EvidenceKind::Report => ("说明报告", "Explanatory report"),
            EvidenceKind::Other => ("其他", "Other"),
        };
        Text::new(zh, en)
    }
}

/// Whether an item is in the package.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EvidenceState {
    /// 已备齐.
    Ready,
    /// 待补充.
    #[default]
    Missing,
    /// 无法提供.
    Unavailable,
}

impl EvidenceState {
    /// Every state, in display order.
    pub const ALL: [EvidenceState; 3] = [
        EvidenceState::Ready,
        EvidenceState::Missing,
        EvidenceState::Unavailable,
    ];

    /// Its token in files and forms.
    pub fn id(self) -> &'static str {
        match self {
            EvidenceState::Ready => "ready",
            EvidenceState::Missing => "missing",
            EvidenceState::Unavailable => "unavailable",
        }
    }

    /// The state with this token.
    pub fn from_id(id: &str) -> Option<EvidenceState> {
        EvidenceState::ALL.into_iter().find(|s| s.id() == id)
    }

    /// Display name.
    pub fn label(self) -> Text {
        let (zh, en) = match self {
            EvidenceState::Ready => ("已备齐", "Ready"),
            EvidenceState::Missing => ("待补充", "To supply"),
            EvidenceState::Unavailable => ("无法提供", "Cannot be supplied"),
        };
        Text::new(zh, en)
    }
}

/// What a reviewer looks for before calling a document package 符合: the file shows a plan,
/// rules or a mechanism, activities, resources, and results (the 材料提交表 practice of the
/// 文明城市 测评, evaluation-workflow §1). Shown as prompts beside an indicator's items.
pub const REVIEW_ASPECTS: [(&str, &str); 5] = [
    ("计划", "a plan"),
    ("制度机制", "rules or a mechanism"),
    ("活动记录", "records of activities"),
    ("保障投入", "resources committed"),
    ("成效", "results"),
];

/// Why a typed date or period is refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateProblem {
    /// Not a date the form knows (`2025-03-12`, `2025-03`, `2025`, `2025年3月12日`).
    NotADate {
        /// The part that is not.
        text: String,
    },
    /// A date that does not exist (`2025-02-30`).
    NoSuchDay {
        /// The date as typed.
        text: String,
    },
    /// A period that ends before it starts.
    EndsBeforeItStarts,
}

impl Localize for DateProblem {
    fn message(&self, lang: Lang) -> String {
        match self {
            DateProblem::NotADate { text } => pick(
                lang,
                format!("“{text}”不是日期，请写成 2025-03-12、2025-03、2025 或 2025-01 至 2025-06"),
                format!("\"{text}\" is not a date: write 2025-03-12, 2025-03, 2025 or 2025-01 至 2025-06"),
            ),
            DateProblem::NoSuchDay { text } => pick(
                lang,
                format!("日期“{text}”不存在"),
                format!("There is no such day as {text}"),
            ),
            DateProblem::EndsBeforeItStarts => pick(
                lang,
                "时间段的结束早于开始".into(),
                "The period ends before it starts".into(),
            ),
        }
    }
}

/// Checks a date or period as typed; an empty one is fine (not every document has a date).
pub fn check_date(text: &str) -> Result<(), DateProblem> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(());
    }
    let parts: Vec<&str> = text.split(['至', '~', '～', '—']).map(str::trim).collect();
    match parts.as_slice() {
        [one] => parse_day(one).map(|_| ()),
        [start, end] => {
            let (from, to) = (parse_day(start)?, parse_day(end)?);
            if to.0 < from.0 {
                Err(DateProblem::EndsBeforeItStarts)
            } else {
                Ok(())
            }
        }
        _ => Err(DateProblem::NotADate { text: text.into() }),
    }
}

/// A date at year, month or day precision, as (year, month, day) with 0 for what is not given;
/// ordered so a period's start and end compare.
struct Day((u32, u32, u32));

fn parse_day(text: &str) -> Result<Day, DateProblem> {
    let not_a_date = || DateProblem::NotADate { text: text.into() };
    let cleaned: String = text
        .trim_end_matches(['日', '号'])
        .replace(['年', '月', '/', '.'], "-");
    let fields: Vec<&str> = cleaned.trim_end_matches('-').split('-').collect();
    let number = |s: &str| -> Option<u32> {
        (!s.is_empty() && s.len() <= 4 && s.chars().all(|c| c.is_ascii_digit()))
            .then(|| s.parse().ok())
            .flatten()
    };
    let values: Option<Vec<u32>> = fields.iter().map(|f| number(f)).collect();
    let values = values.ok_or_else(not_a_date)?;
    let (year, month, day) = match values.as_slice() {
        [y] => (*y, 0, 0),
        [y, m] => (*y, *m, 0),
        [y, m, d] => (*y, *m, *d),
        _ => return Err(not_a_date()),
    };
    if !(1900..=2100).contains(&year) || fields[0].len() != 4 || month > 12 {
        return Err(not_a_date());
    }
    if fields.len() >= 2 && month == 0 {
        return Err(not_a_date());
    }
    if fields.len() == 3 && (day == 0 || day > days_in(year, month)) {
        return Err(DateProblem::NoSuchDay { text: text.into() });
    }
    Ok(Day((year, month, day)))
}

fn days_in(year: u32, month: u32) -> u32 {
    match month {
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => {
            29
        }
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}
