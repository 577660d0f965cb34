//! fscity-core: everything about the 国家食品安全示范城市 self-assessment that is not the browser.
//!
//! Glossary (the words used in code, UI and files):
//! - **pack** (评价细则数据包): one edition of the criteria as validated data — groups, indicators,
//!   veto items and pass rules. Packs are JSON under `packs/` and are checked by [`pack::load`].
//! - **group** (大项): one of the major items, e.g. 基础工作.
//! - **indicator** (指标): one scored item, addressed by a stable ID such as `C-02`.
//! - **rule** (计分方式): how an indicator turns an answer into points.
//! - **veto** (否决项): a condition that fails the city whatever its points.
//! - **key item** (关键项): an indicator that must reach a floor share of its points.
//! - **assessment** (自评): a city's answers to one pack ([`Assessment`]), saved as JSON.
//! - **answer** (作答): a chosen level, met sub-items, a number of findings, calculator figures,
//!   or N/A with a reason ([`Answer`]).
//! - **report** (自评结果): what [`evaluate`] computes from a pack and an assessment — points,
//!   explanations, totals, vetoes, key items, the verdict, gaps and the path to pass. Always
//!   computed, never stored.
//! - **verdict** (结论): 通过 / 未通过 / 尚未完成 ([`Outcome`]) with its reasons.
//! - **gap** (失分项): an indicator that lost points or is unanswered.
//! - **action** (整改措施): what a department will do about a gap, by when ([`actions::Action`]).
//! - **path to pass** (达标路径): the fewest (or least-effort) answer changes that would pass.
//! - **saved assessment** (保存记录): an assessment in its self-describing envelope
//!   ([`SavedAssessment`]): the record kept in the browser and the one-assessment backup file.
//! - **backup** (备份): every assessment in one file ([`Backup`]).
//! - **migration** (格式升级): a pure step that turns a file of one format version into the next
//!   ([`saved::migrate`]); files from a newer version are refused, never guessed at.
//!
//! Where a sentence goes: about a result (a score, a veto, the total, the verdict, the path to
//! pass, a problem or warning of the engine) in [`explain`], worded on demand from the report;
//! about a file that could not be read, in that reader's error type ([`saved::ReadError`],
//! [`sheet_pack::SheetError`], [`PackError`]); about a change between two packs, in
//! `pack_diff/words.rs`. Modules flow one way: `vocabulary` → `pack` → `report` → `explain` →
//! `evaluate`, and nothing below imports what is above it.
//!
//! Invariants: this crate does no I/O, reads no clock and depends on nothing browser- or
//! UI-related (a test in `tests/purity.rs` checks the manifest), so it builds and tests natively.
//! Points are exact integers of tenths ([`Points`]); measured values are fixed-point
//! ([`Decimal`]), so nothing prints 89.99999.

pub mod actions;
pub mod assessment;
pub mod compare;
pub mod decimal;
pub mod demo;
mod evaluate;
pub mod example;
pub mod explain;
pub mod export;
pub mod input;
pub mod inspection;
pub mod interview;
pub mod message;
pub mod pack;
pub mod pack_diff;
pub mod points;
pub mod poll;
pub mod report;
pub mod saved;
pub mod search;
pub mod sheet_pack;
pub mod team;
pub mod text;
pub mod vocabulary;

pub use assessment::{Answer, Assessment, Entry, ASSESSMENT_SCHEMA_VERSION, MAX_NOTE_CHARS};
pub use compare::{compare, Comparison};
pub use decimal::Decimal;
pub use evaluate::{evaluate, path_to_pass};
pub use input::{parse_input, plausibility, InputError, InputWarning};
pub use message::Localize;
pub use pack::{Pack, PackError};
pub use points::Points;
pub use report::{Outcome, Report};
pub use saved::{
    read_import, read_record, Backup, Import, ImportNote, ReadError, SavedAssessment,
    SAVED_SCHEMA_VERSION,
};
pub use text::{Lang, Text};
