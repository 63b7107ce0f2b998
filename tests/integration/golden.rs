//! Golden files: every exporter's output for the sample graph, byte for byte.
//! `UPDATE_GOLDEN=1 cargo test` rewrites tests/golden/ after an intended change.

use std::path::PathBuf;

use relgraph::export::ExportFormat;

use crate::fixture::sample_graph;

fn golden_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/golden")
}

fn check(format: ExportFormat) {
    let g = sample_graph();
    for (name, bytes) in format.render(&g).unwrap() {
        let path = golden_dir().join(name);
        if std::env::var_os("UPDATE_GOLDEN").is_some_and(|v| v == "1") {
            std::fs::create_dir_all(golden_dir()).unwrap();
            std::fs::write(&path, &bytes).unwrap();
            continue;
        }
        let want = std::fs::read(&path).unwrap_or_else(|e| {
            panic!(
                "{}: {e}; run `UPDATE_GOLDEN=1 cargo test` to create it",
                path.display()
            )
        });
        let (got, want) = (
            String::from_utf8_lossy(&bytes),
            String::from_utf8_lossy(&want),
        );
        assert!(
            got == want,
            "{} differs from the golden file (UPDATE_GOLDEN=1 rewrites it)\n--- expected\n{want}\n--- actual\n{got}",
            path.display()
        );
    }
}

#[test]
fn golden_json() {
    check(ExportFormat::Json);
}

#[test]
fn golden_dot() {
    check(ExportFormat::Dot);
}

#[test]
fn golden_graphml() {
    check(ExportFormat::GraphMl);
}

#[test]
fn golden_csv() {
    check(ExportFormat::Csv);
}
