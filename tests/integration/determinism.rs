//! Same graph → byte-identical files, whatever the insertion order; atomic replacement.

use relgraph::export::{ExportFormat, write_all};

use crate::fixture::{adversarial_triples, exported, graph_of, listing, sample_triples};

fn all_bytes(files: &[std::path::PathBuf]) -> Vec<(String, Vec<u8>)> {
    files
        .iter()
        .map(|p| {
            (
                p.file_name().unwrap().to_string_lossy().into_owned(),
                std::fs::read(p).unwrap(),
            )
        })
        .collect()
}

#[test]
fn same_triples_in_any_order_give_identical_files() {
    let mut triples = sample_triples();
    triples.extend(adversarial_triples());
    let (_a, first) = exported(&graph_of(&triples));
    let (_b, again) = exported(&graph_of(&triples));
    triples.reverse();
    triples.rotate_left(3);
    let (_c, shuffled) = exported(&graph_of(&triples));
    let first = all_bytes(&first);
    let every_file: usize = ExportFormat::all()
        .iter()
        .map(|f| f.file_names().len())
        .sum();
    assert_eq!(first.len(), every_file);
    assert_eq!(first, all_bytes(&again));
    assert_eq!(first, all_bytes(&shuffled));
}

#[test]
fn rewriting_replaces_files_and_leaves_no_temp_files() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["graph.dot", "nodes.csv"] {
        std::fs::write(dir.path().join(name), "stale").unwrap();
    }
    let g = graph_of(&sample_triples());
    write_all(&g, dir.path(), ExportFormat::all()).unwrap();
    write_all(&g, dir.path(), ExportFormat::all()).unwrap();
    let mut every_file: Vec<&str> = ExportFormat::all()
        .iter()
        .flat_map(|f| f.file_names().iter().copied())
        .collect();
    every_file.sort();
    assert_eq!(listing(dir.path()), every_file);
    let dot = std::fs::read_to_string(dir.path().join("graph.dot")).unwrap();
    assert!(dot.starts_with("digraph relgraph {"), "{dot}");
}

#[test]
fn failed_write_keeps_old_files() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("graph.json"), "old json").unwrap();
    // graph.graphml is a directory, so writing it fails even for root.
    std::fs::create_dir(dir.path().join("graph.graphml")).unwrap();
    std::fs::write(dir.path().join("graph.graphml/keep"), "x").unwrap();
    let g = graph_of(&sample_triples());
    let err = write_all(&g, dir.path(), &[ExportFormat::GraphMl])
        .unwrap_err()
        .to_string();
    assert!(err.contains("graph.graphml"), "{err}");
    assert_eq!(listing(dir.path()), ["graph.graphml", "graph.json"]);
    assert_eq!(
        std::fs::read_to_string(dir.path().join("graph.json")).unwrap(),
        "old json"
    );
}

#[test]
fn read_only_directory_keeps_old_file() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("graph.dot");
    std::fs::write(&path, "old").unwrap();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o555)).unwrap();
    let probe = std::fs::File::create(dir.path().join("probe"));
    if probe.is_ok() {
        // root ignores directory permissions; failed_write_keeps_old_files covers this case.
        eprintln!("note: running as root, a read-only directory is writable; skipping");
        std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
        return;
    }
    let g = graph_of(&sample_triples());
    assert!(write_all(&g, dir.path(), &[ExportFormat::Dot]).is_err());
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "old");
    assert_eq!(listing(dir.path()), ["graph.dot"]);
}
