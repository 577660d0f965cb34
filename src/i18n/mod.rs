//! Interface language: the current [`Lang`] lives in context, and every interface string is a
//! [`Msg`] key whose zh and en text sit in one table (`messages.rs`), or a [`Sentence`] with
//! named values (`sentences.rs`). Errors the app shows implement the core's `Localize`
//! (`errors.rs`). A key without both languages does not compile, and no component writes a
//! user-visible string inline (`tidy/` checks).

mod errors;
pub(crate) mod evidence_words;
pub(crate) mod inspection_words;
pub(crate) mod interview_words;
pub(crate) mod messages;
pub(crate) mod poll_words;
pub(crate) mod sentences;
mod table;
pub(crate) mod team_words;
pub(crate) mod words;

pub use errors::{NotKept, NotShelved};
pub use evidence_words::EvidenceWords;
pub use fscity_core::Lang;
pub use inspection_words::InspectionWords;
pub use interview_words::InterviewWords;
pub use messages::Msg;
pub use poll_words::PollWords;
pub use sentences::Sentence;
pub use team_words::TeamWords;
pub use words::Words;

use leptos::prelude::*;

/// The interface language, shared through context.
#[derive(Clone, Copy)]
pub struct LangContext(pub RwSignal<Lang>);

/// The current language signal. Call at the top of a component.
pub fn use_lang() -> RwSignal<Lang> {
    expect_context::<LangContext>().0
}

/// A reactive text of the pack in the current language (`tr` for words that are data).
/// Takes a part of a shared pack (`indicator.map(|i| &i.name)`) or an owned `Text`.
pub fn tr_text<T>(text: T) -> impl Fn() -> String + Clone + Send + Sync + 'static
where
    T: std::borrow::Borrow<fscity_core::Text> + Clone + Send + Sync + 'static,
{
    let lang = use_lang();
    move || text.borrow().get(lang.get()).to_owned()
}

/// A reactive closure giving a sentence with its values in the current language.
pub fn tr_sentence(sentence: Sentence) -> impl Fn() -> String + Clone + Send + Sync + 'static {
    let lang = use_lang();
    move || fscity_core::Localize::message(&sentence, lang.get())
}

/// A reactive closure giving `msg` in the current language.
pub fn tr<W: Words>(msg: W) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let lang = use_lang();
    move || msg.text(lang.get())
}
