//! Native checks of the app shell, run by `make test`. On its source (`src/`), what the
//! compiler cannot check: interface words live in `src/i18n/`, users never see `{:?}` Debug
//! output, and an error with words of its own (`Localize`) is never flattened with
//! `.to_string()`. And the shell's plain modules, those with no browser API
//! (`src/instance.rs`), are compiled into native tests here (`tests/instance.rs`).
//!
//! Each check reads the source as text, line by line, with a small scanner that knows string
//! literals from comments; an exception is listed in [`ALLOWED`] with its reason.

use std::fs;
use std::path::{Path, PathBuf};

/// A line that breaks a rule, with where it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// The file, relative to the workspace.
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// The rule broken.
    pub rule: Rule,
    /// The line as written.
    pub text: String,
}

/// What a finding breaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rule {
    /// A Chinese string literal outside `src/i18n/`.
    HanOutsideI18n,
    /// A `{:?}` (or `{x:?}`) format in the interface.
    DebugInUi,
    /// `.to_string()` on an error, which drops its Chinese.
    ErrorToString,
}

/// Exceptions: (file, a piece of the line, why).
pub const ALLOWED: &[(&str, &str, &str)] = &[
    (
        "src/ui/workspace/record.rs",
        "split(['、'",
        "parses what a user typed: 、 is a separator in the data, not a word",
    ),
    (
        "src/packs.rs",
        "StoredPackUnreadable { why: e.to_string() }",
        "serde's own words, inside a sentence in both languages",
    ),
    (
        "src/io/xlsx.rs",
        "XlsxFailure::Refused(e.to_string())",
        "serde's own words about our own JSON; shown inside FileUnreadable's sentence",
    ),
    (
        "src/io/poll_file.rs",
        "XlsxFailure::Refused(e.to_string())",
        "serde's own words about our own JSON between the page and the reader; shown inside FileUnreadable's sentence",
    ),
    (
        "src/bin/xlsx_worker.rs",
        "JsValue::from_str(&e.to_string())",
        "the writer's English words cross the worker boundary; the page wraps them",
    ),
];

/// Every `.rs` file under `dir`, sorted.
pub fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut dirs = vec![dir.to_path_buf()];
    while let Some(dir) = dirs.pop() {
        let Ok(entries) = fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

/// The string literals of each line (their contents), carried across lines, with comments
/// left out.
pub fn literals(source: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let mut current: Option<String> = None;
    for line in source.lines() {
        let mut found = Vec::new();
        let mut chars = line.chars().peekable();
        while let Some(c) = chars.next() {
            match (&mut current, c) {
                (Some(text), '\\') => {
                    if let Some(next) = chars.next() {
                        text.push('\\');
                        text.push(next);
                    }
                }
                (Some(_), '"') => found.extend(current.take()),
                (Some(text), c) => text.push(c),
                (None, '/') if chars.peek() == Some(&'/') => break,
                (None, '\'') => {
                    // A char literal ('"' or '、') or a lifetime: skip a quoted char whole.
                    let rest: String = chars.clone().take(3).collect();
                    let mut it = rest.chars();
                    match (it.next(), it.next()) {
                        (Some('\\'), _) => {
                            chars.next();
                            chars.next();
                            if chars.peek() == Some(&'\'') {
                                chars.next();
                            }
                        }
                        (Some(_), Some('\'')) => {
                            chars.next();
                            chars.next();
                        }
                        _ => {}
                    }
                }
                (None, '"') => current = Some(String::new()),
                (None, _) => {}
            }
        }
        if let Some(text) = &mut current {
            text.push('\n');
        }
        out.push(found);
    }
    out
}

fn is_han(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '、' | '，' | '。' | '：' | '（' | '）')
}

fn allowed(file: &str, line: &str) -> bool {
    ALLOWED
        .iter()
        .any(|(f, piece, _)| *f == file && line.contains(piece))
}

/// `.to_string()` called on a name bound by `Err(name)` or `|name|` on the same line.
fn error_to_string(line: &str) -> bool {
    let bound = |open: &str, close: char| -> Vec<String> {
        line.match_indices(open)
            .filter_map(|(at, _)| {
                let rest = &line[at + open.len()..];
                let name: String = rest
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                rest[name.len()..].starts_with(close).then_some(name)
            })
            .filter(|n| !n.is_empty())
            .collect()
    };
    let mut names = bound("Err(", ')');
    names.extend(bound("|", '|'));
    names
        .iter()
        .any(|n| line.contains(&format!("{n}.to_string()")))
}

/// Every finding in the app's source under `root` (the workspace).
pub fn check(root: &Path) -> Vec<Finding> {
    let src = root.join("src");
    let mut findings = Vec::new();
    for path in rust_files(&src) {
        let file = path
            .strip_prefix(root)
            .unwrap_or(&path)
            .to_string_lossy()
            .replace('\\', "/");
        let source = fs::read_to_string(&path).unwrap_or_default();
        let in_i18n = file.starts_with("src/i18n/");
        let in_ui = file.starts_with("src/ui/");
        for (n, (line, strings)) in source.lines().zip(literals(&source)).enumerate() {
            if allowed(&file, line) {
                continue;
            }
            let mut push = |rule| {
                findings.push(Finding {
                    file: file.clone(),
                    line: n + 1,
                    rule,
                    text: line.trim().to_owned(),
                })
            };
            if !in_i18n && strings.iter().any(|s| s.chars().any(is_han)) {
                push(Rule::HanOutsideI18n);
            }
            if in_ui && strings.iter().any(|s| s.contains(":?}")) {
                push(Rule::DebugInUi);
            }
            if error_to_string(line.split("//").next().unwrap_or(line)) {
                push(Rule::ErrorToString);
            }
        }
    }
    findings
}
