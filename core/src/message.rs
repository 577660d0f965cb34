//! User-facing messages. Every error a user can meet implements [`Localize`] with an exhaustive
//! match over its variants, so adding a variant without both languages does not compile.

use crate::text::{Lang, Text};

/// Renders a value as a sentence in the user's language.
pub trait Localize {
    /// The message in `lang`.
    fn message(&self, lang: Lang) -> String;

    /// The message in both languages, for a list that is shown in either.
    fn text(&self) -> Text {
        Text::new(self.message(Lang::Zh), self.message(Lang::En))
    }
}

/// Picks the Chinese or English version of an already formatted pair.
pub(crate) fn pick(lang: Lang, zh: String, en: String) -> String {
    match lang {
        Lang::Zh => zh,
        Lang::En => en,
    }
}
