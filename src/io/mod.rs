//! Files in and out of the browser: downloads the user keeps, files the user picks.

pub mod download;
pub mod file;
pub mod photos;
pub mod poll_file;
pub mod table_file;
pub mod xlsx;
