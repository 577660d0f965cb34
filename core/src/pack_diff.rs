//! What changed between two revisions of a pack, and moving an assessment from one to the other.
//!
//! A city imports or edits a pack: it keeps its `id` and gets a higher `version`. Before an
//! assessment moves, the UI shows [`diff`]: indicators added, removed or changed (points, rule,
//! key item, N/A, group, wording), veto items added, removed or changed, and pass-rule and total
//! changes, each worded in zh and en. [`move_assessment`] then carries the answers by stable ID
//! and reports the score before and after.
//!
//! A rule change is *compatible* when every answer made for the old rule means the same under
//! the new one: the same rule type, and no level, sub-item or calculator input removed (points,
//! thresholds, the formula, the sub-item mode and wording may change; levels, sub-items and
//! inputs may be added; an input's kind may widen). Otherwise the change is incompatible, and
//! each answer is then checked on its own: only an answer that does not fit the new rule (its
//! level removed, a met sub-item removed, a figure for a removed input…) goes to the archive.
//!
//! What a move cannot carry is kept in the assessment's archive and shown, never dropped. Undo
//! is the caller putting back the assessment it moved, which the move only borrowed. A diff is
//! never stored: it is computed from the two packs whenever it is shown.

mod changes;
mod compute;
mod moving;
mod parts;
mod words;

pub use changes::*;
pub use compute::diff;
pub use moving::{move_assessment, Moved};
pub use words::{DiffLine, Subject};
