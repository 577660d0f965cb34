//! A review team without a server: the provincial 初评 (60 experts in 15 groups in the seed)
//! or a city's own 创建办 rehearsal, each group scoring its indicators on its own laptop, often
//! offline. The lead splits the indicators into groups ([`model`]), gives each group a task
//! file and takes back a result file sealed with a checksum of its content and of the task it
//! answers ([`files`]); the lead's merge ([`merge`]) is a pure function of the files received,
//! so the order they arrive in never matters, a file imported twice changes nothing, and a
//! newer file from a group replaces only that group's part. Every file received is kept.

pub mod facts;
pub mod files;
pub mod group;
pub mod merge;
pub mod model;
pub mod part;
pub mod seal;

pub use facts::TeamFacts;
pub use files::{FileRefused, ResultFile, TaskFile};
pub use merge::{answer_words, Arrival, Change, Conflict, Merged, Source};
pub use model::{Choice, CombineRule, Group, GroupKind, Received, TeamReview};
pub use part::TeamPart;
