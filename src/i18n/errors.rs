//! The words of every error the app itself shows: storage faults, the pack shelf, embed
//! settings and the file reader. Each implements the core's `Localize` with an exhaustive
//! match, so an error added without both languages does not compile.

use crate::instance::SettingError;
use crate::io::photos::PhotoProblem;
use crate::io::xlsx::XlsxFailure;
use crate::packs::AddError;
use crate::storage::Fault;
use fscity_core::{Lang, Localize};

impl Localize for Fault {
    fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (Fault::QuotaExceeded, Lang::Zh) => "浏览器的存储空间已满".to_owned(),
            (Fault::QuotaExceeded, Lang::En) => "the browser's storage is full".to_owned(),
            (Fault::Unavailable, Lang::Zh) => {
                "本浏览器不允许保存数据（可能是隐私模式或已禁用存储）".to_owned()
            }
            (Fault::Unavailable, Lang::En) => {
                "this browser does not allow saving (private mode or storage turned off)".to_owned()
            }
            // The browser's own words, which come in one language only.
            (Fault::Other(why), _) => why.clone(),
        }
    }
}

impl Localize for PhotoProblem {
    fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (PhotoProblem::NotAnImage, Lang::Zh) => {
                "这不是能读取的图片，未保存。请选择照片（JPEG、PNG 等）。".to_owned()
            }
            (PhotoProblem::NotAnImage, Lang::En) => {
                "This is not a picture the browser can read; nothing was kept. Choose a photo (JPEG, PNG…).".to_owned()
            }
            (PhotoProblem::TooLarge(bytes), Lang::Zh) => format!(
                "图片过大（{:.1} MB），未保存。请选择 25 MB 以内的照片，或用相机的较低分辨率拍摄。",
                bytes / 1_048_576.0
            ),
            (PhotoProblem::TooLarge(bytes), Lang::En) => format!(
                "The picture is too large ({:.1} MB); nothing was kept. Choose one under 25 MB, or shoot at a lower resolution.",
                bytes / 1_048_576.0
            ),
            (PhotoProblem::Refused, Lang::Zh) => "本浏览器不允许保存照片（可能是隐私/无痕模式或已禁用存储），照片未保存；检查记录不受影响。".to_owned(),
            (PhotoProblem::Refused, Lang::En) => "This browser does not allow keeping photos (private mode, or storage turned off); the photo was not kept. The check record is not affected.".to_owned(),
            (PhotoProblem::Full, Lang::Zh) => "浏览器的存储空间已满，照片未保存；检查记录不受影响。可先下载带照片的备份，再删除不需要的照片。".to_owned(),
            (PhotoProblem::Full, Lang::En) => "The browser's storage is full; the photo was not kept. The check record is not affected. Download a backup with photos, then remove photos you no longer need.".to_owned(),
        }
    }
}

/// Imported assessments could not be kept, and what to do about it.
pub struct NotKept<'a>(pub &'a Fault);

impl Localize for NotKept<'_> {
    fn message(&self, lang: Lang) -> String {
        match (self.0, lang) {
            (Fault::QuotaExceeded, Lang::Zh) => "浏览器的存储空间已满，导入的自评无法保存。请先下载全部备份，再删除不再需要的自评（或清除本浏览器中其他网站的数据）以释放空间，然后重新导入。".to_owned(),
            (Fault::QuotaExceeded, Lang::En) => "The browser's storage is full, so the imported assessments could not be kept. Download a full backup, delete assessments you no longer need (or clear other sites' data in this browser) to free space, then import again.".to_owned(),
            (Fault::Unavailable, Lang::Zh) => "本浏览器不允许保存数据（可能是隐私模式或已禁用存储），导入的自评无法保存。".to_owned(),
            (Fault::Unavailable, Lang::En) => "This browser does not allow saving (private mode or storage turned off), so the imported assessments could not be kept.".to_owned(),
            (Fault::Other(why), Lang::Zh) => format!("浏览器拒绝保存导入的自评（{why}）。"),
            (Fault::Other(why), Lang::En) => format!("The browser refused to keep the imported assessments ({why})."),
        }
    }
}

/// A pack the shelf refused, named by its ID and version.
pub struct NotShelved<'a> {
    /// Why.
    pub error: &'a AddError,
    /// The pack's ID.
    pub id: &'a str,
    /// Its version.
    pub version: u32,
}

impl Localize for NotShelved<'_> {
    fn message(&self, lang: Lang) -> String {
        let (id, version) = (self.id.to_owned(), self.version);
        match self.error {
            AddError::Exists => {
                super::sentences::Sentence::PackExists { id, version }.message(lang)
            }
            AddError::Storage(fault) => super::sentences::Sentence::PackNotSaved {
                why: fault.message(lang),
            }
            .message(lang),
        }
    }
}

impl Localize for SettingError {
    fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (SettingError::Namespace(v), Lang::Zh) => format!(
                "嵌入设置有误：data-storage-namespace=\"{v}\" 只能由 1–40 个字母、数字、点、下划线或横线组成。"
            ),
            (SettingError::Namespace(v), Lang::En) => format!(
                "Embedding error: data-storage-namespace=\"{v}\" must be 1–40 letters, digits, dots, underscores or hyphens."
            ),
            (SettingError::Mode(v), Lang::Zh) => {
                format!("嵌入设置有误：data-mode=\"{v}\" 应为 assess、browse 或 demo。")
            }
            (SettingError::Mode(v), Lang::En) => {
                format!("Embedding error: data-mode=\"{v}\" must be assess, browse or demo.")
            }
        }
    }
}

impl Localize for XlsxFailure {
    fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (XlsxFailure::NoWorker, Lang::Zh) => "此版本没有 Excel 读写程序".to_owned(),
            (XlsxFailure::NoWorker, Lang::En) => "this build has no Excel worker".to_owned(),
            // The reader stopped (out of memory on a file past every check): a new one starts
            // with the next file.
            (XlsxFailure::Worker(_), Lang::Zh) => "读取该文件时读取程序中止（文件可能过大或已损坏），未做任何更改。请检查文件后重试。".to_owned(),
            (XlsxFailure::Worker(_), Lang::En) => "The reader stopped while reading this file (it may be too large or damaged); nothing was changed. Check the file and try again.".to_owned(),
            // The writer's or reader's own words.
            (XlsxFailure::Refused(why), _) => super::sentences::Sentence::FileUnreadable { why: why.clone() }.message(lang),
            (XlsxFailure::Problems(list), Lang::Zh) => {
                list.iter().map(|t| t.zh.as_str()).collect::<Vec<_>>().join("；")
            }
            (XlsxFailure::Problems(list), Lang::En) => {
                list.iter().map(|t| t.get(Lang::En)).collect::<Vec<_>>().join("; ")
            }
        }
    }
}
