//! Shared helpers for integration tests.

use std::path::{Path, PathBuf};

use assert_cmd::Command;

/// `../shared` next to the repository, if present (corpora, schemas, seed).
#[allow(dead_code)]
pub fn shared() -> Option<PathBuf> {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared");
    if p.is_dir() {
        Some(p)
    } else {
        eprintln!("note: ../shared is absent; skipping a test that needs it");
        None
    }
}

/// True when CI demands every external consumer (Graphviz, xmllint, Python packages).
#[allow(dead_code)]
pub fn consumers_required() -> bool {
    std::env::var_os("RELGRAPH_REQUIRE_CONSUMERS").is_some_and(|v| v == "1")
}

/// The real `relgraph` binary, ready for arguments.
#[allow(dead_code)]
pub fn relgraph() -> Command {
    Command::new(env!("CARGO_BIN_EXE_relgraph"))
}

/// Every file in `dir` by name, with its bytes, sorted.
#[allow(dead_code)]
pub fn files(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read(&p).unwrap())
        })
        .collect();
    out.sort();
    out
}

/// Runs `cmd`, fails the test with its stderr unless it succeeds, and returns its stdout.
#[allow(dead_code)]
pub fn stdout_of(cmd: &mut Command) -> String {
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}
