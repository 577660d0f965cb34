//! How a table of interface strings is declared, shared by the app's own table (`messages`)
//! and a chunk's (`evidence_words`).

/// Declares a table of interface strings: `messages! { Name; Key => "中文", "English"; … }`.
/// The app's own table is [`Msg`]; a capability that is a chunk keeps its words in a table of
/// its own (`evidence_words`), which only the chunk's code reads, so they load with it.
macro_rules! messages {
    ($name:ident; $($key:ident => $zh:literal, $en:literal;)*) => {
        /// An interface string key.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum $name { $($key),* }

        impl $name {
            /// Every key, for completeness tests.
            pub const ALL: &'static [$name] = &[$($name::$key),*];

            /// The text in `lang`.
            pub fn text(self, lang: Lang) -> &'static str {
                match (self, lang) {
                    $(($name::$key, Lang::Zh) => $zh, ($name::$key, Lang::En) => $en,)*
                }
            }

            /// The text in both languages, for data that is shown in either later.
            pub fn both(self) -> fscity_core::Text {
                fscity_core::Text::new(self.text(Lang::Zh), self.text(Lang::En))
            }
        }

        impl $crate::i18n::words::Words for $name {
            fn text(self, lang: Lang) -> &'static str {
                $name::text(self, lang)
            }
        }
    };
}
pub(crate) use messages;
