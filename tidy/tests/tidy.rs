//! The app's source keeps its words where they belong (see `fscity_tidy`).

use fscity_tidy::{check, literals, Rule};
use std::path::Path;

fn workspace() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tidy/ sits in the workspace")
}

#[test]
fn the_app_source_keeps_its_words_in_i18n_and_shows_no_debug_output() {
    let findings = check(workspace());
    let listed: Vec<String> = findings
        .iter()
        .map(|f| format!("{}:{} {:?}: {}", f.file, f.line, f.rule, f.text))
        .collect();
    assert!(listed.is_empty(), "\n{}", listed.join("\n"));
}

#[test]
fn the_scanner_finds_literals_and_skips_comments_and_chars() {
    let source =
        "let a = \"甲\"; // \"乙\"\nlet b = '\"'; let c = \"x\\\"y\";\nlet d = \"two\nlines\";";
    let found = literals(source);
    assert_eq!(found[0], ["甲"]);
    assert_eq!(found[1], ["x\\\"y"]);
    assert_eq!(found[3], ["two\nlines"]);
}

#[test]
fn each_rule_catches_what_it_is_for() {
    let dir = std::env::temp_dir().join(format!("fscity-tidy-{}", std::process::id()));
    let ui = dir.join("src/ui");
    std::fs::create_dir_all(&ui).unwrap();
    std::fs::create_dir_all(dir.join("src/i18n")).unwrap();
    std::fs::write(
        ui.join("bad.rs"),
        "fn f() {\n    let a = \"已保存\";\n    let b = format!(\"{x:?}\");\n    match r { Err(e) => e.to_string(), _ => todo!() };\n    // \"注释里的中文\" is fine\n}\n",
    )
    .unwrap();
    std::fs::write(dir.join("src/i18n/ok.rs"), "const A: &str = \"中文\";\n").unwrap();
    let rules: Vec<(usize, Rule)> = check(&dir).iter().map(|f| (f.line, f.rule)).collect();
    std::fs::remove_dir_all(&dir).ok();
    assert_eq!(
        rules,
        [
            (2, Rule::HanOutsideI18n),
            (3, Rule::DebugInUi),
            (4, Rule::ErrorToString)
        ]
    );
}
