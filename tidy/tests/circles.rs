//! No import circle between files, in the app (`src/`) and in the core (`core/src/`), also
//! between files of one folder: a file that imports another is never imported back by it,
//! directly or round a longer loop. A type two children share lives in a module of its own,
//! not in the parent that mounts them (issue 32, "the house").
//!
//! A file's imports are read from its `use` statements (groups expanded) and from paths written
//! in its code (`crate::a::b`, `super::c`): each names the longest module path that is a file.
//! A parent's `mod child;` is not an import; its `pub use child::X` is.

use fscity_tidy::rust_files;
use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// Every file module of a crate whose sources are under `src`, by module path
/// (`["ui", "app"]` for `src/ui/app.rs`, `[]` for `lib.rs`).
fn modules(src: &Path) -> BTreeMap<Vec<String>, PathBuf> {
    let mut found = BTreeMap::new();
    for file in rust_files(src) {
        let relative = file.strip_prefix(src).unwrap();
        let mut parts: Vec<String> = relative
            .iter()
            .map(|p| p.to_string_lossy().into_owned())
            .collect();
        let last = parts.pop().unwrap();
        if parts.first().is_some_and(|p| p == "bin") {
            continue;
        }
        match last.as_str() {
            "lib.rs" | "main.rs" if parts.is_empty() => {}
            "mod.rs" => {}
            name => parts.push(name.trim_end_matches(".rs").to_owned()),
        }
        if last == "main.rs" {
            continue;
        }
        found.insert(parts, file);
    }
    found
}

/// The code of a file without comments and string literals' contents (a path in a doc
/// comment is not an import).
fn code(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'/') => {
                for c in chars.by_ref() {
                    if c == '\n' {
                        out.push('\n');
                        break;
                    }
                }
            }
            '"' => {
                out.push(' ');
                while let Some(c) = chars.next() {
                    match c {
                        '\\' => {
                            chars.next();
                        }
                        '"' => break,
                        _ => {}
                    }
                }
            }
            _ => out.push(c),
        }
    }
    out
}

/// Expands `a::{b::C, d}` into `a::b::C` and `a::d` (nested groups too).
fn expand(path: &str) -> Vec<String> {
    let Some(open) = path.find('{') else {
        return vec![path.trim().to_owned()];
    };
    let prefix = &path[..open];
    let inner = &path[open + 1..path.rfind('}').unwrap_or(path.len())];
    let mut items = Vec::new();
    let (mut depth, mut start) = (0, 0);
    for (i, c) in inner.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                items.push(&inner[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    items.push(&inner[start..]);
    items
        .into_iter()
        .map(str::trim)
        .filter(|i| !i.is_empty())
        .flat_map(|i| expand(&format!("{prefix}{i}")))
        .collect()
}

/// The module paths a file names, absolute (`crate` dropped), before resolving to files.
fn named_paths(module: &[String], code: &str) -> Vec<Vec<String>> {
    // `super` from `a/b.rs` (module a::b) and from `a/mod.rs` (module a) is the parent module.
    let parent: Vec<String> = module[..module.len().saturating_sub(1)].to_vec();
    let mut paths = Vec::new();
    let mut raw: Vec<String> = Vec::new();
    // `use` statements, groups expanded: the chunk up to a `;` whose last line starts one.
    for chunk in code.split(';') {
        let lines: Vec<&str> = chunk.lines().collect();
        let Some(start) = lines.iter().rposition(|line| {
            let line = line.trim_start();
            let line = line
                .strip_prefix("pub(crate) ")
                .or_else(|| line.strip_prefix("pub(super) "))
                .or_else(|| line.strip_prefix("pub "))
                .unwrap_or(line);
            line.starts_with("use ")
        }) else {
            continue;
        };
        let statement = lines[start..].join(" ");
        let at = statement.find("use ").unwrap();
        let body: String = statement[at + 4..].split_whitespace().collect();
        for path in expand(&body) {
            let path = path.split(" as ").next().unwrap_or(&path).to_owned();
            raw.push(format!("use:{}", path.trim_end_matches("as_")));
        }
    }
    // Paths written in code.
    let bytes: Vec<char> = code.chars().collect();
    let mut i = 0;
    while i < bytes.len() {
        let starts_word = i == 0
            || !(bytes[i - 1].is_alphanumeric() || bytes[i - 1] == '_' || bytes[i - 1] == ':');
        if starts_word {
            for head in ["crate::", "super::"] {
                let h: Vec<char> = head.chars().collect();
                if bytes[i..].starts_with(&h) {
                    let mut j = i;
                    while j < bytes.len()
                        && (bytes[j].is_alphanumeric() || bytes[j] == '_' || bytes[j] == ':')
                    {
                        j += 1;
                    }
                    raw.push(bytes[i..j].iter().collect());
                    i = j;
                    break;
                }
            }
        }
        i += 1;
    }
    for entry in raw {
        let (is_use, path) = match entry.strip_prefix("use:") {
            Some(p) => (true, p.to_owned()),
            None => (false, entry),
        };
        let segments: Vec<&str> = path.split("::").filter(|s| !s.is_empty()).collect();
        let Some(first) = segments.first() else {
            continue;
        };
        let absolute: Vec<String> = match *first {
            "crate" => segments[1..].iter().map(|s| s.to_string()).collect(),
            "super" => {
                let mut base = parent.clone();
                let mut rest = &segments[1..];
                while rest.first() == Some(&"super") {
                    base.pop();
                    rest = &rest[1..];
                }
                base.extend(rest.iter().map(|s| s.to_string()));
                base
            }
            "self" => {
                let mut base = module.to_vec();
                base.extend(segments[1..].iter().map(|s| s.to_string()));
                base
            }
            // A relative `use child::X` in a parent module.
            name if is_use => {
                let mut base = module.to_vec();
                base.push(name.to_owned());
                base.extend(segments[1..].iter().map(|s| s.to_string()));
                base
            }
            _ => continue,
        };
        paths.push(absolute);
    }
    paths
}

/// The file imports of one crate: file → files it imports.
fn graph(src: &Path) -> BTreeMap<PathBuf, BTreeSet<PathBuf>> {
    let modules = modules(src);
    let mut edges: BTreeMap<PathBuf, BTreeSet<PathBuf>> = BTreeMap::new();
    for (module, file) in &modules {
        let text = fs::read_to_string(file).unwrap();
        // A test module's `super` is the file itself; tests come last in a file.
        let text = text.split("#[cfg(test)]").next().unwrap_or_default();
        let names = named_paths(module, &code(text));
        let targets = edges.entry(file.clone()).or_default();
        for mut path in names {
            while !path.is_empty() {
                if let Some(target) = modules.get(&path) {
                    // A module's own children are named by it, not imported back.
                    if target != file {
                        targets.insert(target.clone());
                    }
                    break;
                }
                path.pop();
            }
        }
        // The crate root only declares modules and re-exports.
        if module.is_empty() {
            targets.clear();
        }
    }
    edges
}

/// Every loop of imports, each as the files on it.
fn circles(edges: &BTreeMap<PathBuf, BTreeSet<PathBuf>>) -> Vec<Vec<PathBuf>> {
    // Tarjan's strongly connected components.
    struct State<'g> {
        edges: &'g BTreeMap<PathBuf, BTreeSet<PathBuf>>,
        index: BTreeMap<&'g PathBuf, usize>,
        low: BTreeMap<&'g PathBuf, usize>,
        stack: Vec<&'g PathBuf>,
        on: BTreeSet<&'g PathBuf>,
        found: Vec<Vec<PathBuf>>,
    }
    fn visit<'g>(s: &mut State<'g>, v: &'g PathBuf) {
        let n = s.index.len();
        s.index.insert(v, n);
        s.low.insert(v, n);
        s.stack.push(v);
        s.on.insert(v);
        for w in s.edges.get(v).into_iter().flatten() {
            if !s.index.contains_key(w) {
                visit(s, w);
                let low = s.low[v].min(s.low[w]);
                s.low.insert(v, low);
            } else if s.on.contains(w) {
                let low = s.low[v].min(s.index[w]);
                s.low.insert(v, low);
            }
        }
        if s.low[v] == s.index[v] {
            let mut component = Vec::new();
            while let Some(w) = s.stack.pop() {
                s.on.remove(w);
                component.push(w.clone());
                if w == v {
                    break;
                }
            }
            if component.len() > 1 {
                component.sort();
                s.found.push(component);
            }
        }
    }
    let mut state = State {
        edges,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on: BTreeSet::new(),
        found: Vec::new(),
    };
    for v in edges.keys() {
        if !state.index.contains_key(v) {
            visit(&mut state, v);
        }
    }
    state.found
}

fn check(crate_src: &str) {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join(crate_src);
    let found = circles(&graph(&src));
    let shown: Vec<String> = found
        .iter()
        .map(|c| {
            c.iter()
                .map(|f| f.strip_prefix(&src).unwrap().display().to_string())
                .collect::<Vec<_>>()
                .join(" ↔ ")
        })
        .collect();
    assert!(
        shown.is_empty(),
        "import circles in {crate_src}:\n{}",
        shown.join("\n")
    );
}

#[test]
fn the_app_has_no_import_circle() {
    check("../src");
}

#[test]
fn the_core_has_no_import_circle() {
    check("../core/src");
}

#[test]
fn the_check_sees_a_circle_through_a_parent_module() {
    let dir = std::env::temp_dir().join(format!("fscity-circles-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(dir.join("export")).unwrap();
    fs::write(dir.join("lib.rs"), "pub mod export;\n").unwrap();
    fs::write(
        dir.join("export/mod.rs"),
        "mod tables;\npub use tables::table;\npub struct Sheet;\n",
    )
    .unwrap();
    fs::write(
        dir.join("export/tables.rs"),
        "use super::Sheet;\npub fn table() -> Sheet { Sheet }\n",
    )
    .unwrap();
    let found = circles(&graph(&dir));
    assert_eq!(found.len(), 1, "{found:?}");
    fs::write(
        dir.join("export/tables.rs"),
        "use super::sheet::Sheet;\npub fn table() -> Sheet { Sheet }\n",
    )
    .unwrap();
    fs::write(dir.join("export/sheet.rs"), "pub struct Sheet;\n").unwrap();
    fs::write(
        dir.join("export/mod.rs"),
        "mod sheet;\nmod tables;\npub use sheet::Sheet;\npub use tables::table;\n",
    )
    .unwrap();
    assert!(circles(&graph(&dir)).is_empty());
    let _ = fs::remove_dir_all(&dir);
}
