//! The files a team passes around: a task file per group (the review, the pack, the group and
//! its indicators) and the result file a group sends back (its answers to those indicators, the
//! seal of the task it answers, and its own seal). Each is checked whole before it is used: a
//! file of another kind, another review or another pack revision, an earlier task, or one
//! changed after it was written is refused with the reason, and nothing is changed.

use super::group::Group;
use super::seal::seal;
use crate::assessment::entry::Entry;
use crate::message::{pick, Localize};
use crate::Lang;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A task file's `format`.
pub const TASK_FORMAT: &str = "fscity-team-task";
/// A result file's `format`.
pub const RESULT_FORMAT: &str = "fscity-team-result";

/// What a group is given: enough to score its indicators in its own browser.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TaskFile {
    /// [`TASK_FORMAT`].
    pub format: String,
    /// The review's ID.
    pub review: String,
    /// The review's name.
    pub review_name: String,
    /// The city under review.
    pub city: String,
    /// The pack to score on.
    pub pack_id: String,
    /// Its revision.
    pub pack_version: u32,
    /// The group, with its indicators.
    pub group: Group,
    /// The seal of all the above.
    pub seal: String,
}

/// What a group sends back.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ResultFile {
    /// [`RESULT_FORMAT`].
    pub format: String,
    /// The review's ID.
    pub review: String,
    /// The pack scored on.
    pub pack_id: String,
    /// Its revision.
    pub pack_version: u32,
    /// The group's number.
    pub group: u32,
    /// The group's name, as its task said.
    pub group_name: String,
    /// The seal of the task answered.
    pub task: String,
    /// When it was exported.
    pub exported: String,
    /// What the group recorded on its indicators, by indicator ID.
    pub entries: BTreeMap<String, Entry>,
    /// The seal of all the above.
    pub seal: String,
}

/// Why a file was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FileRefused {
    /// Not JSON fscity wrote (serde's words).
    Unreadable(String),
    /// A file of another kind (its `format`).
    OtherKind {
        /// The kind expected.
        expected: &'static str,
        /// What the file says it is.
        found: String,
    },
    /// Its content no longer matches its seal: changed after it was written.
    Edited,
    /// For another review.
    OtherReview,
    /// For another pack or revision.
    OtherPack {
        /// The file's pack and revision.
        found: (String, u32),
        /// The review's.
        expected: (String, u32),
    },
    /// From a group this review does not have.
    UnknownGroup(u32),
    /// Answers a task the lead has since changed (another group make-up or indicators).
    EarlierTask {
        /// The group's name.
        group: String,
    },
    /// Holds answers to indicators the group was not given.
    NotAssigned(Vec<String>),
}

impl Localize for FileRefused {
    fn message(&self, lang: Lang) -> String {
        let (zh, en) = match self {
            FileRefused::Unreadable(why) => (
                format!("不是 fscity 导出的评价组文件（{why}），未做任何更改"),
                format!("Not a review-team file written by fscity ({why}); nothing was changed"),
            ),
            FileRefused::OtherKind { expected, found } => {
                let kind = |k: &str, lang: Lang| match (k, lang) {
                    (TASK_FORMAT, Lang::Zh) => "任务文件",
                    (TASK_FORMAT, Lang::En) => "a task file",
                    (RESULT_FORMAT, Lang::Zh) => "结果文件",
                    (RESULT_FORMAT, Lang::En) => "a result file",
                    (_, Lang::Zh) => "其他文件",
                    (_, Lang::En) => "another kind of file",
                };
                (
                    format!("这是{}，不是{}，未做任何更改", kind(found, Lang::Zh), kind(expected, Lang::Zh)),
                    format!("This is {}, not {}; nothing was changed", kind(found, Lang::En), kind(expected, Lang::En)),
                )
            }
            FileRefused::Edited => (
                "文件导出后被修改过（校验码不符），已拒绝导入，请让该组重新导出".to_owned(),
                "The file was changed after it was exported (its checksum does not match); refused — ask the group to export it again".to_owned(),
            ),
            FileRefused::OtherReview => (
                "该文件属于另一次评价，不是本次评价的，已拒绝导入".to_owned(),
                "The file belongs to another review, not this one; refused".to_owned(),
            ),
            FileRefused::OtherPack { found, expected } => (
                format!("该文件按评价细则 {} 第 {} 版评分，本次评价用 {} 第 {} 版，已拒绝导入", found.0, found.1, expected.0, expected.1),
                format!("The file was scored on criteria {} version {}, this review uses {} version {}; refused", found.0, found.1, expected.0, expected.1),
            ),
            FileRefused::UnknownGroup(id) => (
                format!("本次评价没有编号为 {id} 的评价组，已拒绝导入"),
                format!("This review has no group number {id}; refused"),
            ),
            FileRefused::EarlierTask { group } => (
                format!("该文件回答的是“{group}”此前的任务（之后分组或指标已调整），已拒绝导入；请下载该组现在的任务文件交给该组"),
                format!("The file answers an earlier task of \"{group}\" (its members or indicators have changed since); refused — give the group its current task file"),
            ),
            FileRefused::NotAssigned(ids) => (
                format!("文件含有未分配给该组的指标：{}，已拒绝导入", ids.join("、")),
                format!("The file holds indicators not given to this group: {}; refused", ids.join(", ")),
            ),
        };
        pick(lang, zh, en)
    }
}

/// A task's content, as sealed.
#[derive(Serialize)]
pub(super) struct TaskContent<'a> {
    format: &'a str,
    review: &'a str,
    review_name: &'a str,
    city: &'a str,
    pack_id: &'a str,
    pack_version: u32,
    group: &'a Group,
}

/// A result's content, as sealed.
#[derive(Serialize)]
struct ResultContent<'a> {
    format: &'a str,
    review: &'a str,
    pack_id: &'a str,
    pack_version: u32,
    group: u32,
    group_name: &'a str,
    task: &'a str,
    exported: &'a str,
    entries: &'a BTreeMap<String, Entry>,
}

impl TaskFile {
    pub(super) fn content(&self) -> TaskContent<'_> {
        TaskContent {
            format: &self.format,
            review: &self.review,
            review_name: &self.review_name,
            city: &self.city,
            pack_id: &self.pack_id,
            pack_version: self.pack_version,
            group: &self.group,
        }
    }

    /// A task file's text read and checked.
    pub fn read(text: &str) -> Result<TaskFile, FileRefused> {
        let task: TaskFile = read_kind(text, TASK_FORMAT)?;
        if seal(&task.content()) != task.seal {
            return Err(FileRefused::Edited);
        }
        Ok(task)
    }

    /// The group's result, from the entries of the assessment it scored in: what it recorded
    /// on its own indicators (nothing else of the assessment leaves it), sealed.
    pub fn answer(&self, scored: &BTreeMap<String, Entry>, now: &str) -> ResultFile {
        let entries = scored
            .iter()
            .filter(|(id, e)| self.group.indicators.contains(*id) && **e != Entry::default())
            .map(|(id, e)| (id.clone(), e.clone()))
            .collect();
        let mut file = ResultFile {
            format: RESULT_FORMAT.to_owned(),
            review: self.review.clone(),
            pack_id: self.pack_id.clone(),
            pack_version: self.pack_version,
            group: self.group.id,
            group_name: self.group.name.clone(),
            task: self.seal.clone(),
            exported: now.to_owned(),
            entries,
            seal: String::new(),
        };
        file.seal = seal(&file.content());
        file
    }

    /// The file's text.
    pub fn text(&self) -> String {
        // Plain data: serialising cannot fail.
        serde_json::to_string_pretty(self).unwrap_or_default()
    }
}

impl ResultFile {
    fn content(&self) -> ResultContent<'_> {
        ResultContent {
            format: &self.format,
            review: &self.review,
            pack_id: &self.pack_id,
            pack_version: self.pack_version,
            group: self.group,
            group_name: &self.group_name,
            task: &self.task,
            exported: &self.exported,
            entries: &self.entries,
        }
    }

    /// A result file's text read, and checked against its seal.
    pub fn read(text: &str) -> Result<ResultFile, FileRefused> {
        let file: ResultFile = read_kind(text, RESULT_FORMAT)?;
        if seal(&file.content()) != file.seal {
            return Err(FileRefused::Edited);
        }
        Ok(file)
    }

    /// The file's text (the same file that was received).
    pub fn text(&self) -> String {
        // Plain data: serialising cannot fail.
        serde_json::to_string_pretty(self).unwrap_or_default()
    }
}

/// `text` read as a file of kind `format`: another kind is named as such before its fields
/// are read.
fn read_kind<T: serde::de::DeserializeOwned>(
    text: &str,
    format: &'static str,
) -> Result<T, FileRefused> {
    #[derive(Deserialize)]
    struct Kind {
        #[serde(default)]
        format: String,
    }
    let kind: Kind =
        serde_json::from_str(text).map_err(|e| FileRefused::Unreadable(e.to_string()))?;
    if kind.format != format {
        return Err(FileRefused::OtherKind {
            expected: format,
            found: kind.format,
        });
    }
    serde_json::from_str(text).map_err(|e| FileRefused::Unreadable(e.to_string()))
}
