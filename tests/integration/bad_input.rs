//! Bad inputs on the real binary: each is named on stderr with what to do, the good inputs
//! next to it are still processed, and the exit code says which case it was
//! (0 all read, 3 some skipped, 1 nothing usable, 2 bad command line; see `cli::exit`).

use std::path::{Path, PathBuf};
use std::time::Duration;

use assert_cmd::Command;

/// One article the baseline extractor turns into at least one edge.
const GOOD: &str = "Lena Vark met Tomas Orlov in Geneva on Monday.\n";

fn relgraph() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_relgraph"));
    // A guard against hangs only, far above any normal run (speed is measured by benches).
    cmd.timeout(Duration::from_secs(900));
    cmd
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

/// What one `relgraph build` run gave.
struct Run {
    code: i32,
    stderr: String,
    out: PathBuf,
}

/// Runs `relgraph build INPUTS --out DIR/out EXTRA...` and returns exit code and stderr.
fn build(dir: &Path, inputs: &[&Path], extra: &[&str]) -> Run {
    let out = dir.join("out");
    let output = relgraph()
        .arg("build")
        .args(inputs)
        .arg("--out")
        .arg(&out)
        .args(extra)
        .output()
        .unwrap();
    Run {
        code: output.status.code().expect("exited, not killed"),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        out,
    }
}

/// A bad input next to a good one: exit 3, the bad one named with `want`, the good one read.
fn partial(dir: &Path, bad: &Path, extra: &[&str], want: &str) -> Run {
    let good = write(dir, "good.txt", GOOD.as_bytes());
    let run = build(dir, &[bad, &good], extra);
    assert_eq!(run.code, 3, "{}", run.stderr);
    let name = bad.file_name().unwrap().to_string_lossy();
    assert!(
        run.stderr
            .lines()
            .any(|l| l.starts_with("warning: ") && l.contains(&*name) && l.contains(want)),
        "want a warning naming {name} with {want:?}:\n{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("1 document read, 1 skipped"),
        "{}",
        run.stderr
    );
    assert!(run.out.join("graph.json").is_file());
    run
}

#[test]
fn binary_file_is_named_as_binary() {
    let dir = tempfile::tempdir().unwrap();
    let bad = write(
        dir.path(),
        "photo.txt",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    );
    partial(dir.path(), &bad, &[], "byte 8: contains NUL bytes");
}

#[test]
fn invalid_utf8_gives_the_byte_offset_and_lossy_keeps_the_document() {
    let dir = tempfile::tempdir().unwrap();
    let bad = write(
        dir.path(),
        "latin1.txt",
        b"Ana Sousa met Rui Costa at the caf\xe9 in Porto \xff\xfe.\n",
    );
    partial(dir.path(), &bad, &[], "byte 34: is not valid UTF-8");

    let run = build(dir.path(), &[&bad], &["--lossy"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.contains(
            "latin1.txt: byte 34: is not valid UTF-8; --lossy replaced 3 invalid sequences"
        ),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("1 document read, 0 skipped"),
        "{}",
        run.stderr
    );
}

#[test]
fn lossy_applies_to_jsonl_lines_too() {
    let dir = tempfile::tempdir().unwrap();
    let mut bytes = b"{\"id\": \"a\", \"text\": \"Ana Sousa met Rui Costa \xe9.\"}\n".to_vec();
    bytes.extend_from_slice(format!("{{\"id\": \"b\", \"text\": {GOOD:?}}}\n").as_bytes());
    let feed = write(dir.path(), "feed.jsonl", &bytes);
    let strict = build(dir.path(), &[&feed], &[]);
    assert_eq!(strict.code, 3, "{}", strict.stderr);
    assert!(
        strict
            .stderr
            .contains("feed.jsonl:1: byte 45: is not valid UTF-8")
    );
    let lossy = build(dir.path(), &[&feed], &["--lossy"]);
    assert_eq!(lossy.code, 0, "{}", lossy.stderr);
    assert!(
        lossy
            .stderr
            .contains("feed.jsonl:1: byte 45: is not valid UTF-8; --lossy")
    );
}

#[test]
fn empty_file_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let bad = write(dir.path(), "empty.md", b"");
    partial(dir.path(), &bad, &[], "is empty or only whitespace");
}

#[test]
fn a_200_mb_single_line_is_refused_by_size_without_reading_it() {
    let dir = tempfile::tempdir().unwrap();
    let huge = dir.path().join("huge.txt");
    // Sparse: 200 MB by size, no disk and no time to write; the limit must refuse it unread.
    std::fs::File::create(&huge)
        .unwrap()
        .set_len(200 * 1024 * 1024)
        .unwrap();
    let run = partial(
        dir.path(),
        &huge,
        &[],
        "is 209715200 bytes or more, over the --max-doc-bytes limit of 20971520",
    );
    assert!(
        run.stderr.contains("raise --max-doc-bytes"),
        "{}",
        run.stderr
    );
}

#[test]
fn max_doc_bytes_applies_to_files_stdin_and_jsonl_lines() {
    let dir = tempfile::tempdir().unwrap();
    let long = GOOD.repeat(100); // 4,700 bytes of real text, one line per sentence.
    let file = write(dir.path(), "long.txt", long.as_bytes());
    partial(
        dir.path(),
        &file,
        &["--max-doc-bytes", "1000"],
        "over the --max-doc-bytes",
    );
    let run = build(dir.path(), &[&file], &["--max-doc-bytes", "10000"]);
    assert_eq!(run.code, 0, "{}", run.stderr);

    let out = dir.path().join("stdin-out");
    let output = relgraph()
        .args(["build", "-", "--max-doc-bytes", "1000", "--out"])
        .arg(&out)
        .write_stdin(long.clone())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("<stdin>: is 1001 bytes or more"),
        "{stderr}"
    );

    let line = format!("{{\"id\": \"long\", \"text\": {long:?}}}\n");
    let ok = format!("{{\"id\": \"ok\", \"text\": {GOOD:?}}}\n");
    let feed = write(dir.path(), "feed.jsonl", format!("{line}{ok}").as_bytes());
    let run = build(dir.path(), &[&feed], &["--max-doc-bytes", "1000"]);
    assert_eq!(run.code, 3, "{}", run.stderr);
    assert!(
        run.stderr
            .contains(&format!("feed.jsonl:1: is {} bytes", line.len())),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("1 document read, 1 skipped"),
        "{}",
        run.stderr
    );
}

/// Pathological nesting and length must not break the pipeline. (No timer here: timed
/// assertions fail on loaded machines; a quadratic blow-up shows as this test hanging.)
#[test]
fn deep_nesting_and_a_50000_token_sentence_are_processed() {
    let dir = tempfile::tempdir().unwrap();
    let brackets = format!("{}{GOOD}{}", "(".repeat(100_000), ")".repeat(100_000));
    let quotes = format!("{}{GOOD}{}", "\"'«".repeat(100_000), "»'\"".repeat(100_000));
    let sentence = format!("{} {GOOD}", "Lena met Tomas and".repeat(12_500));
    let inputs = [
        write(dir.path(), "brackets.txt", brackets.as_bytes()),
        write(dir.path(), "quotes.txt", quotes.as_bytes()),
        write(dir.path(), "long-sentence.txt", sentence.as_bytes()),
    ];
    let refs: Vec<&Path> = inputs.iter().map(PathBuf::as_path).collect();
    let run = build(dir.path(), &refs, &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.contains("3 documents read, 0 skipped"),
        "{}",
        run.stderr
    );
}

#[test]
fn unreadable_files_are_named() {
    let dir = tempfile::tempdir().unwrap();
    // A dangling symlink cannot be read even by root.
    let corpus = dir.path().join("corpus");
    std::fs::create_dir(&corpus).unwrap();
    std::os::unix::fs::symlink(dir.path().join("gone.txt"), corpus.join("dangling.txt")).unwrap();
    partial(
        dir.path(),
        &corpus,
        &[],
        "cannot read (No such file or directory",
    );

    use std::os::unix::fs::PermissionsExt;
    let locked = write(dir.path(), "locked.txt", GOOD.as_bytes());
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::File::open(&locked).is_ok() {
        eprintln!("note: running as root, so chmod 000 does not stop reading; skipping that case");
        return;
    }
    partial(dir.path(), &locked, &[], "cannot read (Permission denied");
}

#[test]
fn symlink_loop_in_a_directory_is_walked_once() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    std::fs::create_dir_all(corpus.join("sub")).unwrap();
    write(&corpus.join("sub"), "a.txt", GOOD.as_bytes());
    std::os::unix::fs::symlink(&corpus, corpus.join("sub/loop")).unwrap();
    std::os::unix::fs::symlink("self.txt", corpus.join("self.txt")).unwrap();
    let run = build(dir.path(), &[&corpus], &[]);
    // The self-referencing file link is unreadable (named); the directory loop is entered once.
    assert_eq!(run.code, 3, "{}", run.stderr);
    assert!(
        run.stderr.contains("self.txt: cannot read"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("1 document read, 1 skipped"),
        "{}",
        run.stderr
    );
}

#[test]
fn jsonl_lines_that_are_not_objects_are_named_with_their_line() {
    let dir = tempfile::tempdir().unwrap();
    let lines = format!("[1, 2]\n\"text\"\n42\nnull\n{{\"text\": {GOOD:?}}}\n");
    let feed = write(dir.path(), "feed.jsonl", lines.as_bytes());
    let run = build(dir.path(), &[&feed], &[]);
    assert_eq!(run.code, 3, "{}", run.stderr);
    for line in 1..=4 {
        let want = format!("feed.jsonl:{line}: not a JSON object");
        assert!(run.stderr.contains(&want), "{want}:\n{}", run.stderr);
    }
    assert!(
        run.stderr.contains("1 document read, 4 skipped"),
        "{}",
        run.stderr
    );
}

/// A real graph.json from `build`, then damaged: `export` exits 1 naming the file.
#[test]
fn truncated_or_future_graph_json_is_refused_by_name() {
    let dir = tempfile::tempdir().unwrap();
    let good = write(dir.path(), "good.txt", GOOD.as_bytes());
    let run = build(dir.path(), &[&good], &["--format", "json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let json = std::fs::read_to_string(run.out.join("graph.json")).unwrap();
    let future = json.replacen("\"version\": 1,", "\"version\": 7,", 1);
    assert_ne!(future, json);
    for (name, text, want) in [
        (
            "truncated.json",
            &json[..json.len() / 2],
            "is not a complete graph.json",
        ),
        (
            "future.json",
            &future[..],
            "has graph format version 7, this build reads version 1",
        ),
        ("list.json", "[]", "is not a complete graph.json"),
        ("empty.json", "", "is not a complete graph.json"),
    ] {
        let path = write(dir.path(), name, text.as_bytes());
        let output = relgraph()
            .arg("export")
            .arg(&path)
            .arg("--out")
            .arg(dir.path().join("exports"))
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(1), "{name}: {stderr}");
        assert!(
            stderr.contains(name) && stderr.contains(want),
            "{name}: {stderr}"
        );
        assert!(!dir.path().join("exports").exists(), "{name}: wrote output");
    }
}

/// Every documented exit code, each from the situation it documents.
#[test]
fn exit_codes_are_as_documented() {
    let dir = tempfile::tempdir().unwrap();
    let good = write(dir.path(), "good.txt", GOOD.as_bytes());
    let empty = write(dir.path(), "empty.txt", b"");
    assert_eq!(build(dir.path(), &[&good], &[]).code, 0, "all inputs read");
    assert_eq!(
        build(dir.path(), &[&good, &empty], &[]).code,
        3,
        "some skipped"
    );
    let none = build(dir.path(), &[&empty], &[]);
    assert_eq!(none.code, 1, "nothing usable");
    assert!(
        none.stderr.contains("nothing was written"),
        "{}",
        none.stderr
    );
    assert_eq!(
        build(dir.path(), &[&good], &["--no-such-flag"]).code,
        2,
        "usage"
    );
    let not_a_number = build(dir.path(), &[&good], &["--max-doc-bytes", "lots"]);
    assert_eq!(not_a_number.code, 2, "{}", not_a_number.stderr);
}
