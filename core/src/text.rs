//! Bilingual text. Chinese is the language of the criteria and always present; English may be
//! missing in a pack a city imports itself, and then the Chinese is shown.

use serde::{Deserialize, Serialize};

/// A user-interface language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// 简体中文, the default.
    #[default]
    Zh,
    /// English.
    En,
}

impl Lang {
    /// The BCP 47 tag, for `<html lang>` and storage.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Zh => "zh-CN",
            Lang::En => "en",
        }
    }

    /// The colon after a label: full-width "：" in Chinese, ": " in English
    /// ("计算结果：4.3" / "Result: 4.3").
    pub fn colon(self) -> &'static str {
        match self {
            Lang::Zh => "：",
            Lang::En => ": ",
        }
    }

    /// A list as read aloud: "食安办、教育局" in Chinese, "a, b" in English.
    pub fn join<S: AsRef<str>>(self, items: &[S]) -> String {
        let separator = match self {
            Lang::Zh => "、",
            Lang::En => ", ",
        };
        let items: Vec<&str> = items.iter().map(AsRef::as_ref).collect();
        items.join(separator)
    }

    /// `inner` in parentheses: full-width "（…）" in Chinese, " (…)" with a space in English.
    pub fn parenthesized(self, inner: &str) -> String {
        match self {
            Lang::Zh => format!("（{inner}）"),
            Lang::En => format!(" ({inner})"),
        }
    }

    /// Parses a tag as written by [`Lang::tag`] (or a bare `zh` / `en`).
    pub fn from_tag(tag: &str) -> Option<Lang> {
        match tag.trim().to_ascii_lowercase().as_str() {
            "zh" | "zh-cn" | "zh-hans" => Some(Lang::Zh),
            "en" | "en-us" | "en-gb" => Some(Lang::En),
            _ => None,
        }
    }
}

/// A text in Chinese with an optional English version.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Text {
    /// Chinese; required.
    pub zh: String,
    /// English; empty when the pack has none.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub en: String,
}

impl Text {
    /// Builds a text from both languages.
    pub fn new(zh: impl Into<String>, en: impl Into<String>) -> Text {
        Text {
            zh: zh.into(),
            en: en.into(),
        }
    }

    /// The text in `lang`, falling back to Chinese when there is no English.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::En if !self.en.trim().is_empty() => &self.en,
            _ => &self.zh,
        }
    }

    /// True when the required Chinese text is missing.
    pub fn lacks_zh(&self) -> bool {
        self.zh.trim().is_empty()
    }

    /// True when neither language has any text (an optional text left out).
    pub fn is_blank(&self) -> bool {
        self.zh.trim().is_empty() && self.en.trim().is_empty()
    }
}
