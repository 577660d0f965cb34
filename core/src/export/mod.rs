//! Tables a city hands in, as data first: the 自评表 and the 整改清单 (action list) built from a
//! pack, an assessment and its report, then written as CSV (and later XLSX and print) by
//! writers that know nothing about food safety.
//!
//! Keeping the table separate from the file format means every export shows the same rows and
//! the same numbers as the screen.

mod appendix;
mod comparison;
mod csv;
mod item_columns;
mod package;
mod printed_rows;
mod sheet;
mod submission;
mod summary;
mod tables;

pub use appendix::{printed_appendix, AppendixNote, LongField, PRINT_CELL_CHARS};
pub use comparison::{comparison_table, named_comparison_table, side_label};
pub use csv::to_csv;
pub use package::{
    box_labels, due_by_department, package_index, package_index_table, package_summary, BoxLabel,
    DepartmentDue, IndexPart, IndexSection, IndexSummary, StateCounts,
};
pub use printed_rows::TableOptions;
pub use sheet::{Cell, Sheet};
pub use submission::{submission_forms, SubmissionForm};
pub use summary::summary_table;
pub use tables::{action_list, action_sheet, group_tables, self_assessment_table, GroupTable};
