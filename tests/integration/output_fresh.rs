//! output/ must be exactly what the README command writes today: a stale sample fails here.

use std::path::Path;

/// The README command that regenerates output/.
const README_COMMAND: &str =
    "cargo run --release -- build examples/diplomacy-call.txt --out output";

#[test]
fn committed_output_matches_a_fresh_build() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let fresh = tempfile::tempdir().unwrap();
    // Same relative input path as the README command, so the document id is identical.
    let run = std::process::Command::new(env!("CARGO_BIN_EXE_relgraph"))
        .current_dir(root)
        .args(["build", "examples/diplomacy-call.txt", "--quiet", "--out"])
        .arg(fresh.path())
        .output()
        .unwrap();
    assert!(
        run.status.success(),
        "relgraph build failed:\n{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let mut names: Vec<_> = std::fs::read_dir(fresh.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    names.sort();
    assert!(!names.is_empty(), "relgraph build wrote no files");
    let mut stale = Vec::new();
    for name in &names {
        let new = std::fs::read(fresh.path().join(name)).unwrap();
        let committed = std::fs::read(root.join("output").join(name));
        match committed {
            Ok(old) if old == new => {}
            Ok(_) => stale.push(format!("output/{} differs", name.to_string_lossy())),
            Err(_) => stale.push(format!("output/{} is missing", name.to_string_lossy())),
        }
    }
    assert!(
        stale.is_empty(),
        "output/ is stale: {}; rerun `{README_COMMAND}` and commit output/",
        stale.join(", ")
    );
}
