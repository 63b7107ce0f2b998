//! Atomic output under SIGKILL: `relgraph export` killed at many points of a large export
//! leaves every final file either as it was before or complete, never half-written.
//! (Injected write failures are covered in determinism.rs and src/export/atomic.rs.)

use std::collections::BTreeMap;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use relgraph::export::{ExportFormat, write_all};

use crate::fixture::{EntityType, KnowledgeGraph, triple};

/// A graph with `n` edges between distinct people; `tag` changes every name, so two graphs
/// with different tags differ in every file.
fn big_graph(n: usize, tag: &str) -> KnowledgeGraph {
    let mut g = KnowledgeGraph::new();
    let person = Some(EntityType::Person);
    for i in 0..n {
        let a = format!("Envoy {tag} {i}");
        let b = format!("Minister {tag} {}", i * 7 % n);
        g.add_triple(&triple((&a, person), "met", (&b, person), i));
    }
    g
}

/// Final (non-hidden) files of `dir` with their bytes.
fn final_files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| !p.file_name().unwrap().to_string_lossy().starts_with('.'))
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read(&p).unwrap())
        })
        .collect()
}

#[test]
fn sigkill_during_export_never_leaves_a_partial_file() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let formats = ExportFormat::all();
    let old_graph = big_graph(3000, "old");
    write_all(&old_graph, &out, formats).unwrap();
    let old = final_files(&out);
    let new_graph = big_graph(3000, "new");
    let staged = tempfile::tempdir().unwrap();
    write_all(&new_graph, staged.path(), formats).unwrap();
    let new = final_files(staged.path());
    let store = staged.path().join("graph.json");

    // Time one full run, then kill at fractions of it so kills land in every phase.
    let started = Instant::now();
    let status = Command::new(env!("CARGO_BIN_EXE_relgraph"))
        .arg("export")
        .arg(&store)
        .arg("--out")
        .arg(staged.path().join("timing"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .unwrap();
    assert!(status.success());
    let full = started.elapsed();

    let mut killed_mid_run = 0;
    for step in 0..16u32 {
        // Back to the old files, so every kill has something to lose.
        write_all(&old_graph, &out, formats).unwrap();
        let mut child = Command::new(env!("CARGO_BIN_EXE_relgraph"))
            .arg("export")
            .arg(&store)
            .arg("--out")
            .arg(&out)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(full.mul_f64(f64::from(step) / 16.0) + Duration::from_millis(1));
        if child.try_wait().unwrap().is_none() {
            killed_mid_run += 1;
        }
        child.kill().ok(); // SIGKILL on Unix: no destructor, no cleanup runs.
        child.wait().unwrap();
        let now = final_files(&out);
        assert_eq!(
            now.keys().collect::<Vec<_>>(),
            old.keys().collect::<Vec<_>>(),
            "step {step}: final names changed"
        );
        for (name, bytes) in &now {
            assert!(
                *bytes == old[name] || *bytes == new[name],
                "step {step}: {name} is neither the old nor the new file ({} bytes)",
                bytes.len()
            );
        }
        // Leftovers can only be the hidden temporary files of the killed run.
        for entry in std::fs::read_dir(&out).unwrap() {
            let name = entry.unwrap().file_name().to_string_lossy().into_owned();
            assert!(
                !name.starts_with('.') || name.ends_with(".tmp"),
                "step {step}: unexpected {name}"
            );
        }
    }
    eprintln!("killed {killed_mid_run} of 16 runs mid-export (a full run took {full:?})");
    assert!(killed_mid_run > 0, "no kill landed during the export");
}
