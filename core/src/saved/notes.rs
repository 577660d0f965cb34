//! What a person should know about a file that was read: it was old and has been converted, it
//! was made with another revision of the pack, or it answers indicators the pack lacks. None of
//! these stops an import, and none loses anything.

use crate::message::{pick, Localize};
use crate::Lang;

/// Something worth telling about an import that succeeded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportNote {
    /// The file was of an older format and has been converted in memory; the file itself is
    /// untouched.
    Migrated {
        /// Its format version.
        from: u64,
        /// The version it now is.
        to: u32,
    },
    /// The assessment was made with another revision of its pack; answers are kept by
    /// indicator ID.
    PackVersionDiffers {
        /// Position of the assessment in the file (0-based).
        index: usize,
        /// The assessment's name (may be empty).
        name: String,
        /// The pack's ID.
        pack_id: String,
        /// The revision the assessment was made with.
        file_version: u32,
        /// The revision this build has.
        loaded_version: u32,
    },
    /// The assessment was made with an earlier version of a built-in pack, which the app still
    /// has: it opens on that version and is offered the move to the current one.
    EarlierVersion {
        /// Position of the assessment in the file (0-based).
        index: usize,
        /// The assessment's name (may be empty).
        name: String,
        /// The pack's ID.
        pack_id: String,
        /// The revision the assessment was made with.
        file_version: u32,
        /// The current revision.
        current: u32,
    },
    /// The assessment holds answers to indicators (or veto items) the pack does not have. They
    /// are kept and shown as such, not scored.
    NotInPack {
        /// Position of the assessment in the file (0-based).
        index: usize,
        /// The assessment's name (may be empty).
        name: String,
        /// The IDs the pack lacks, in order.
        ids: Vec<String>,
    },
}

impl Localize for ImportNote {
    fn message(&self, lang: Lang) -> String {
        match self {
            ImportNote::Migrated { from, to } => pick(
                lang,
                format!("文件为旧版格式（版本 {from}），已转换为当前格式（版本 {to}）；原文件未改动"),
                format!("The file was in an older format (version {from}) and has been converted to the current one (version {to}); the file itself is unchanged"),
            ),
            ImportNote::PackVersionDiffers { index, name, pack_id, file_version, loaded_version } => {
                let (zh_name, en_name) = label(*index, name);
                pick(
                    lang,
                    format!("{zh_name}按数据包 {pack_id} 第 {file_version} 版填写，本工具为第 {loaded_version} 版：答案按指标编号保留"),
                    format!("{en_name} was made with revision {file_version} of pack {pack_id}; this tool has revision {loaded_version}: answers are kept by indicator ID"),
                )
            }
            ImportNote::EarlierVersion { index, name, pack_id, file_version, current } => {
                let (zh_name, en_name) = label(*index, name);
                pick(
                    lang,
                    format!("{zh_name}按数据包 {pack_id} 第 {file_version} 版填写：打开时按第 {file_version} 版计分，可预览差异后迁移到第 {current} 版"),
                    format!("{en_name} was made with version {file_version} of pack {pack_id}: it opens on that version and can be moved to version {current} after a preview of the differences"),
                )
            }
            ImportNote::NotInPack { index, name, ids } => {
                let (zh_name, en_name) = label(*index, name);
                let count = ids.len();
                let (list_zh, list_en) = (list(ids, "、"), list(ids, ", "));
                pick(
                    lang,
                    format!("{zh_name}中有 {count} 项编号在当前数据包中不存在（{list_zh}）：其内容已保留，但不计分"),
                    format!("{en_name} has {count} ID(s) the current pack does not have ({list_en}): they are kept but not scored"),
                )
            }
        }
    }
}

fn label(index: usize, name: &str) -> (String, String) {
    let name: String = name.trim().chars().take(60).collect();
    if name.is_empty() {
        (
            format!("第 {} 份自评", index + 1),
            format!("Assessment {}", index + 1),
        )
    } else {
        (format!("“{name}”"), format!("\"{name}\""))
    }
}

/// The first few IDs, joined by `separator`, then how many more.
fn list(ids: &[String], separator: &str) -> String {
    const SHOWN: usize = 5;
    let shown: Vec<String> = ids
        .iter()
        .take(SHOWN)
        .map(|id| id.chars().take(40).collect())
        .collect();
    let mut text = shown.join(separator);
    if ids.len() > SHOWN {
        text.push_str(&format!(" … +{}", ids.len() - SHOWN));
    }
    text
}
