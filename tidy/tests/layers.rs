//! The core's modules flow one way (`lib.rs` states it): `pack` → `report` → `explain` →
//! `evaluate`. A result type that reached back into the engine to word itself, or a sentence
//! that reached into a scoring rule, would bring back the circle this test keeps out.

use fscity_tidy::rust_files;
use std::fs;
use std::path::{Path, PathBuf};

/// Every `.rs` file of a core module: `core/src/<name>.rs` and everything under
/// `core/src/<name>/`.
fn module_files(name: &str) -> Vec<PathBuf> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("../core/src");
    let mut files = rust_files(&src.join(name));
    files.push(src.join(format!("{name}.rs")));
    files.retain(|f| f.exists());
    files
}

/// Lines of code (not doc comments) in `module` that name `crate::<other>`.
fn uses(module: &str, other: &str) -> Vec<String> {
    let needle = format!("crate::{other}");
    module_files(module)
        .into_iter()
        .flat_map(|file| {
            let text = fs::read_to_string(&file).unwrap_or_default();
            text.lines()
                .enumerate()
                .filter(|(_, line)| !line.trim_start().starts_with("//"))
                .filter(|(_, line)| {
                    line.match_indices(&needle).any(|(at, _)| {
                        !line[at + needle.len()..]
                            .starts_with(|c: char| c.is_alphanumeric() || c == '_')
                    })
                })
                .map(|(n, line)| format!("{}:{}: {}", file.display(), n + 1, line.trim()))
                .collect::<Vec<_>>()
        })
        .collect()
}

#[test]
fn the_modules_exist_where_the_test_looks() {
    for module in ["pack", "report", "explain", "evaluate"] {
        assert!(
            module_files(module).len() > 1,
            "no files found for module {module}"
        );
    }
}

#[test]
fn report_and_explain_never_reach_into_the_engine() {
    for module in ["report", "explain", "pack"] {
        let found = uses(module, "evaluate");
        assert!(
            found.is_empty(),
            "{module} uses evaluate:\n{}",
            found.join("\n")
        );
    }
}

#[test]
fn report_and_pack_never_word_themselves_through_explain() {
    for module in ["report", "pack"] {
        let found = uses(module, "explain");
        assert!(
            found.is_empty(),
            "{module} uses explain:\n{}",
            found.join("\n")
        );
    }
}
