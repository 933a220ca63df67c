//! Embeds every *.tsv under data/kb (recursively) so adding a file needs no code change.

use std::path::{Path, PathBuf};

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            // a file added in a sub-folder changes that folder, not data/kb itself
            println!("cargo:rerun-if-changed={}", path.display());
            collect(&path, out);
        } else if path.extension().is_some_and(|e| e == "tsv") {
            out.push(path);
        }
    }
}

fn main() {
    let manifest = std::env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| ".".into());
    let data = Path::new(&manifest).join("../../data/kb");
    let data = data.canonicalize().unwrap_or(data);
    println!("cargo:rerun-if-changed={}", data.display());
    let mut files = Vec::new();
    collect(&data, &mut files);
    // States first, then organisations, titles, groups, terms: overrides stay predictable.
    let rank = |p: &Path| {
        let name = p
            .strip_prefix(&data)
            .unwrap_or(p)
            .to_string_lossy()
            .replace('\\', "/");
        let order = ["states", "organisations", "titles", "groups"]
            .iter()
            .position(|k| name.starts_with(k))
            .unwrap_or(4);
        (order, name)
    };
    files.sort_by_key(|p| rank(p));
    let mut code = String::from("/// Embedded data/kb files: (path under data/kb, content).\npub(crate) static EMBEDDED_FILES: &[(&str, &str)] = &[\n");
    for path in &files {
        println!("cargo:rerun-if-changed={}", path.display());
        let (_, name) = rank(path);
        code.push_str(&format!(
            "    ({:?}, include_str!({:?})),\n",
            format!("data/kb/{name}"),
            path.display().to_string()
        ));
    }
    code.push_str("];\n");
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap_or_else(|_| ".".into()))
        .join("embedded_kb.rs");
    if let Err(e) = std::fs::write(&out, code) {
        panic!("cannot write {}: {e}", out.display());
    }
}
