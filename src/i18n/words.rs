//! What every table of interface strings offers, so `tr` takes a key of any of them.

use fscity_core::Lang;

/// A table of interface strings ([`super::Msg`], or a chunk's own such as
/// [`super::EvidenceWords`]).
pub trait Words: Copy + Send + Sync + 'static {
    /// The text in `lang`.
    fn text(self, lang: Lang) -> &'static str;
}
