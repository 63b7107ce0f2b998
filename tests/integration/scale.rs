//! Corpus scale on the real binary: thread-count independence, incremental builds, merge laws
//! on random partitions, gzip JSONL, the map-step records, and no progress noise when piped.

use std::io::Write;
use std::path::{Path, PathBuf};

use relgraph::annotate::Pipeline;
use relgraph::export::{ExportFormat, write_all};
use relgraph::extract::baseline::BaselineExtractor;

use crate::fixture::{EntityType, KnowledgeGraph, Triple, graph_of, triple};
use crate::util::{files, relgraph};

/// xorshift64*: reproducible draws without a dependency.
struct Draw(u64);

impl Draw {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_f491_4f6c_dd1d) % n as u64) as usize
    }
}

const NAMES: [&str; 8] = [
    "Ada Roy",
    "Ben Ek",
    "Carla Diaz",
    "Ivo Lund",
    "Mara Tal",
    "Oslo",
    "Nordbank",
    "Tomas Orlov",
];
const VERBS: [&str; 5] = ["met", "praised", "criticised", "called", "visited"];

/// `n` invented one-line articles whose sentences the baseline extractor links.
fn articles(d: &mut Draw, n: usize) -> Vec<(String, String)> {
    (0..n)
        .map(|i| {
            let text: Vec<String> = (0..1 + d.below(4))
                .map(|_| {
                    let (s, v, o) = (NAMES[d.below(8)], VERBS[d.below(5)], NAMES[d.below(8)]);
                    format!("{s} {v} {o} on Monday.")
                })
                .collect();
            (format!("art-{i:04}"), text.join(" "))
        })
        .collect()
}

/// Writes articles as JSONL (gzip-compressed when the name ends in .gz).
fn write_jsonl(path: &Path, docs: &[(String, String)]) {
    let mut body = Vec::new();
    for (id, text) in docs {
        let line = serde_json::json!({"id": id, "text": text, "date": "2025-03-18"});
        writeln!(body, "{line}").unwrap();
    }
    if path.extension().is_some_and(|e| e == "gz") {
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        e.write_all(&body).unwrap();
        body = e.finish().unwrap();
    }
    std::fs::write(path, body).unwrap();
}

fn build(args: &[&std::ffi::OsStr]) -> std::process::Output {
    let out = relgraph().arg("build").args(args).output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

fn os<P: AsRef<std::ffi::OsStr> + ?Sized>(p: &P) -> &std::ffi::OsStr {
    p.as_ref()
}

#[test]
fn one_and_two_threads_write_identical_files() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("news.jsonl");
    write_jsonl(&input, &articles(&mut Draw(7), 600));
    let mut outs = Vec::new();
    for threads in ["1", "2", "3"] {
        let out = dir.path().join(format!("out-{threads}"));
        build(&[
            os(&input),
            os("--out"),
            os(&out),
            os("--threads"),
            os(threads),
        ]);
        outs.push(files(&out));
    }
    let all_files: usize = relgraph::export::ExportFormat::all()
        .iter()
        .map(|f| f.file_names().len())
        .sum();
    assert_eq!(outs[0].len(), all_files);
    let graph_json = outs[0].iter().find(|(name, _)| name == "graph.json");
    assert!(graph_json.unwrap().1.len() > 1000, "graph.json has content");
    assert!(outs.iter().all(|o| *o == outs[0]));
}

#[test]
fn incremental_build_equals_one_build_over_all_articles() {
    let dir = tempfile::tempdir().unwrap();
    let docs = articles(&mut Draw(11), 90);
    let (first, second) = (
        dir.path().join("first.jsonl"),
        dir.path().join("second.jsonl"),
    );
    write_jsonl(&first, &docs[..50]);
    write_jsonl(&second, &docs[40..]); // Overlapping: re-adding a document changes nothing.
    let inc = dir.path().join("inc");
    let full = dir.path().join("full");
    build(&[os(&first), os("--out"), os(&inc)]);
    let before = files(&inc);
    build(&[os(&second), os("--into"), os(&inc)]);
    build(&[os(&first), os(&second), os("--out"), os(&full)]);
    assert_ne!(before, files(&inc), "--into changed nothing");
    assert_eq!(files(&inc), files(&full));
}

#[test]
fn into_a_directory_without_a_graph_says_to_use_out() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("a.jsonl");
    write_jsonl(&input, &articles(&mut Draw(3), 2));
    let out = relgraph()
        .args([
            os("build"),
            os(&input),
            os("--into"),
            dir.path().as_os_str(),
        ])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("graph.json") && err.contains("--out"), "{err}");
}

#[test]
fn gzip_jsonl_files_and_stdin_give_the_same_graph_as_plain_jsonl() {
    let dir = tempfile::tempdir().unwrap();
    let docs = articles(&mut Draw(5), 40);
    let plain = dir.path().join("news.jsonl");
    let gz = dir.path().join("gz/news.jsonl.gz");
    std::fs::create_dir(dir.path().join("gz")).unwrap();
    write_jsonl(&plain, &docs);
    write_jsonl(&gz, &docs);
    let (a, b, c) = (
        dir.path().join("a"),
        dir.path().join("b"),
        dir.path().join("c"),
    );
    build(&[os(&plain), os("--out"), os(&a)]);
    build(&[os(&dir.path().join("gz")), os("--out"), os(&b)]); // Found by walking the directory.
    let out = relgraph()
        .args([
            os("build"),
            os("-"),
            os("--stdin-format"),
            os("jsonl"),
            os("--out"),
            os(&c),
        ])
        .write_stdin(std::fs::read(&gz).unwrap())
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(files(&a), files(&b));
    assert_eq!(files(&a), files(&c));
}

#[test]
fn piped_runs_carry_no_progress_bar_noise() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("news.jsonl");
    write_jsonl(&input, &articles(&mut Draw(9), 2000));
    let out_dir = dir.path().join("out");
    let out = build(&[os(&input), os("--out"), os(&out_dir)]);
    let (stdout, stderr) = (
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    );
    for (name, text) in [("stdout", &stdout), ("stderr", &stderr)] {
        for noise in ["\r", "\x1b", "ETA", " docs, "] {
            assert!(!text.contains(noise), "{name} contains {noise:?}: {text:?}");
        }
    }
    assert!(
        stdout
            .lines()
            .all(|l| l.starts_with(out_dir.to_str().unwrap())),
        "{stdout}"
    );
    assert_eq!(stderr.lines().count(), 1, "only the summary: {stderr}");
    assert!(stderr.contains("2000 documents read"), "{stderr}");
    let quiet = build(&[os(&input), os("--out"), os(&out_dir), os("--quiet")]);
    assert!(quiet.stdout.is_empty() && quiet.stderr.is_empty());
}

/// Random triples over few names, so parts share nodes and edges.
fn random_triples(d: &mut Draw, n: usize) -> Vec<Triple> {
    let kinds = [None, Some(EntityType::Person), Some(EntityType::Org)];
    (0..n)
        .map(|i| {
            let s = (NAMES[d.below(8)], kinds[d.below(3)]);
            let o = (NAMES[d.below(8)], kinds[d.below(3)]);
            let mut t = triple(s, VERBS[d.below(5)], o, i % 9);
            t.negated = d.below(5) == 0;
            t.evidence.doc = format!("doc-{}", d.below(4));
            if d.below(3) == 0 {
                t.subject.name = t.subject.name.to_lowercase(); // Display names differ by part.
            }
            t
        })
        .collect()
}

fn bytes_of(g: &KnowledgeGraph) -> Vec<(String, Vec<u8>)> {
    let dir = tempfile::tempdir().unwrap();
    write_all(g, dir.path(), ExportFormat::all()).unwrap();
    files(dir.path())
}

fn merged(parts: &[&KnowledgeGraph]) -> KnowledgeGraph {
    KnowledgeGraph::merge_all(parts.iter().copied())
}

#[test]
fn merge_is_associative_and_commutative_on_random_partitions() {
    let mut d = Draw(0x5eed);
    for round in 0..12 {
        let n = 10 + d.below(60);
        let triples = random_triples(&mut d, n);
        let mut parts: [Vec<Triple>; 3] = Default::default();
        for t in &triples {
            parts[d.below(3)].push(t.clone());
        }
        let [a, b, c] = parts.map(|p| graph_of(&p));
        let want = bytes_of(&graph_of(&triples));
        let mut bc = b.clone();
        bc.merge(&c);
        let mut ab = a.clone();
        ab.merge(&b);
        for (name, g) in [
            ("a+(b+c)", merged(&[&a, &bc])),
            ("(a+b)+c", merged(&[&ab, &c])),
            ("c+b+a", merged(&[&c, &b, &a])),
            ("b+a+c", merged(&[&b, &a, &c])),
        ] {
            assert!(bytes_of(&g) == want, "round {round}: {name} differs");
        }
    }
}

fn save(g: &KnowledgeGraph, dir: &Path, name: &str) -> PathBuf {
    let p = dir.join(name);
    std::fs::create_dir_all(&p).unwrap();
    g.save(&p.join("graph.json")).unwrap();
    p
}

fn merge_cli(parts: &[&Path], out: &Path) -> Vec<(String, Vec<u8>)> {
    let o = relgraph()
        .arg("merge")
        .args(parts)
        .arg("--out")
        .arg(out)
        .output()
        .unwrap();
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    files(out)
}

#[test]
fn merge_cli_combines_graph_files_in_any_grouping() {
    let dir = tempfile::tempdir().unwrap();
    let triples = random_triples(&mut Draw(42), 80);
    let [a, b, c] = [&triples[..30], &triples[20..55], &triples[55..]].map(graph_of);
    let (pa, pb, pc) = (
        save(&a, dir.path(), "a"),
        save(&b, dir.path(), "b"),
        save(&c, dir.path(), "c"),
    );
    let all = merge_cli(&[&pa, &pb, &pc], &dir.path().join("abc"));
    let bc = dir.path().join("bc");
    merge_cli(&[&pc.join("graph.json"), &pb], &bc);
    assert_eq!(merge_cli(&[&bc, &pa], &dir.path().join("bc-a")), all);
    assert_eq!(all, bytes_of(&graph_of(&triples)));
}

#[test]
fn merge_of_map_records_equals_build() {
    let dir = tempfile::tempdir().unwrap();
    let docs = articles(&mut Draw(21), 60);
    let input = dir.path().join("news.jsonl");
    write_jsonl(&input, &docs);
    // The map step, done through the library: one record per document, split over two parts.
    let pipeline = Pipeline::embedded().unwrap();
    let records: Vec<String> = relgraph::input::read(&[&input], Default::default())
        .map(|d| {
            relgraph::corpus::process(d, &pipeline, &BaselineExtractor)
                .unwrap()
                .to_json_line()
        })
        .collect();
    let part1 = dir.path().join("part-1.jsonl");
    let part2 = dir.path().join("part-2.jsonl.gz");
    std::fs::write(&part1, records[..25].join("\n")).unwrap();
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    e.write_all(records[25..].join("\n").as_bytes()).unwrap();
    std::fs::write(&part2, e.finish().unwrap()).unwrap();
    let built = dir.path().join("built");
    build(&[
        os(&input),
        os("--out"),
        os(&built),
        os("--extractor"),
        os("baseline"),
    ]);
    assert_eq!(
        merge_cli(&[&part2, &part1], &dir.path().join("merged")),
        files(&built)
    );
}

/// `relgraph extract INPUT... --format records`, stdout as text.
fn extract_records(args: &[&std::ffi::OsStr], stdin: Option<&Path>) -> String {
    let mut cmd = relgraph();
    cmd.arg("extract").args(args).args(["--format", "records"]);
    if let Some(path) = stdin {
        cmd.write_stdin(std::fs::read(path).unwrap());
    }
    let out = cmd.output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn extract_records_on_the_command_line_then_merge_equals_build() {
    let dir = tempfile::tempdir().unwrap();
    let docs = articles(&mut Draw(33), 50);
    let (a, b) = (dir.path().join("a.jsonl"), dir.path().join("b.jsonl"));
    write_jsonl(&a, &docs[..20]);
    write_jsonl(&b, &docs[20..]);
    let baseline = [os("--extractor"), os("baseline")];
    // The map step as a streaming mapper runs it: JSONL on stdin, any thread count.
    let part_a = extract_records(
        &[
            os("-"),
            os("--stdin-format"),
            os("jsonl"),
            os("-j"),
            os("2"),
            baseline[0],
            baseline[1],
        ],
        Some(&a),
    );
    let part_b = extract_records(&[os(&b), os("-j"), os("1"), baseline[0], baseline[1]], None);
    assert_eq!(part_a.lines().count(), 20);
    let first: serde_json::Value = serde_json::from_str(part_a.lines().next().unwrap()).unwrap();
    assert_eq!(first["id"], "art-0000");
    assert!(first["triples"].is_array() && first["stats"]["tokens"].as_u64() > Some(0));
    let (pa, pb) = (
        dir.path().join("a.rec.jsonl"),
        dir.path().join("b.rec.jsonl"),
    );
    std::fs::write(&pa, &part_a).unwrap();
    std::fs::write(&pb, &part_b).unwrap();
    let built = dir.path().join("built");
    build(&[
        os(&a),
        os(&b),
        os("--out"),
        os(&built),
        baseline[0],
        baseline[1],
    ]);
    assert_eq!(
        merge_cli(&[&pb, &pa], &dir.path().join("merged")),
        files(&built)
    );
}

#[test]
fn extract_formats_other_than_records_read_exactly_one_file() {
    let out = relgraph()
        .args(["extract", "a.txt", "b.txt", "--format", "jsonl"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("--format records"), "{err}");
}

#[test]
fn merge_rejects_a_part_it_cannot_read_and_names_it() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("notes.csv");
    std::fs::write(&bad, "a,b\n").unwrap();
    let broken = dir.path().join("broken.json");
    std::fs::write(&broken, "{\"format\": \"other\"}").unwrap();
    for part in [&bad, &broken] {
        let o = relgraph()
            .arg("merge")
            .arg(part)
            .arg("--out")
            .arg(dir.path().join("out"))
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(1), "{err}");
        assert!(
            err.contains(part.file_name().unwrap().to_str().unwrap()),
            "{err}"
        );
    }
    assert!(!dir.path().join("out").exists());
}

#[test]
fn verbose_names_every_document_and_quiet_conflicts_with_it() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("news.jsonl");
    write_jsonl(&input, &articles(&mut Draw(13), 3));
    let out = dir.path().join("out");
    let o = build(&[os(&input), os("--out"), os(&out), os("--verbose")]);
    let stderr = String::from_utf8(o.stderr).unwrap();
    // Where the kernel reports memory, a last line gives the graph's size and the peak RSS.
    let memory = "relgraph: memory: graph about ";
    if cfg!(target_os = "linux") {
        assert!(
            stderr.lines().last().unwrap().starts_with(memory),
            "{stderr}"
        );
    }
    let lines: Vec<&str> = stderr.lines().filter(|l| !l.starts_with(memory)).collect();
    assert_eq!(lines.len(), 4, "{stderr}");
    for (line, id) in lines.iter().zip(["art-0000", "art-0001", "art-0002"]) {
        assert!(
            line.starts_with(&format!("{id}: ")) && line.contains("token"),
            "{line}"
        );
    }
    let both = relgraph()
        .args([
            os("build"),
            os(&input),
            os("--out"),
            os(&out),
            os("-q"),
            os("-v"),
        ])
        .output()
        .unwrap();
    assert_eq!(both.status.code(), Some(2));
}
