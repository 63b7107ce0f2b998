//! Input documents: files, directories, stdin and JSONL, read lazily into [`Document`]s.
//!
//! [`Inputs`] is an iterator: it opens one file at a time and reads JSONL line by line, so a
//! corpus never has to fit in memory. Every bad document becomes one `Err` item naming the file
//! (and line) and saying what to do; iteration then continues with the next document, so one
//! broken file never stops a run.

use std::collections::{BTreeSet, VecDeque};
use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use crate::document::Document;
use crate::error::{Error, ErrorKind, Result};

/// File extensions picked up when walking a directory (compared case-insensitively).
pub const EXTENSIONS: [&str; 3] = ["txt", "md", "jsonl"];

/// The document id used for text read from stdin.
pub const STDIN_ID: &str = "<stdin>";

/// How to read `-` (stdin).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum StdinFormat {
    /// The whole of stdin is one plain-text document.
    #[default]
    Text,
    /// One JSON object per line, like a `.jsonl` file.
    Jsonl,
}

/// One place to read documents from.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Source {
    /// A path as the user gave it (or as found under a directory the user gave).
    Path(PathBuf),
    Stdin,
}

/// A JSONL stream being read line by line.
struct JsonlReader {
    name: String,
    reader: Box<dyn BufRead>,
    line: usize,
}

impl std::fmt::Debug for JsonlReader {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("JsonlReader")
            .field("name", &self.name)
            .field("line", &self.line)
            .finish()
    }
}

/// Streams documents from inputs in order: each argument in turn, directories depth-first
/// with entries sorted by name, so the same inputs always give the same document order.
#[derive(Debug)]
pub struct Inputs {
    pending: VecDeque<Source>,
    jsonl: Option<JsonlReader>,
    stdin_format: StdinFormat,
    /// Canonical paths of directories already walked: a symlink loop is entered only once.
    seen_dirs: BTreeSet<PathBuf>,
}

/// Reads `inputs` (paths, or `-` for stdin) lazily.
///
/// # Examples
/// ```no_run
/// for doc in relgraph::input::read(&["examples"], Default::default()) {
///     match doc {
///         Ok(doc) => println!("{}: {} bytes", doc.id, doc.text.len()),
///         Err(e) => eprintln!("warning: {e}"),
///     }
/// }
/// ```
pub fn read<P: AsRef<Path>>(inputs: &[P], stdin_format: StdinFormat) -> Inputs {
    let pending = inputs
        .iter()
        .map(|p| {
            let p = p.as_ref();
            if p == Path::new("-") {
                Source::Stdin
            } else {
                Source::Path(p.to_path_buf())
            }
        })
        .collect();
    Inputs {
        pending,
        jsonl: None,
        stdin_format,
        seen_dirs: BTreeSet::new(),
    }
}

impl Iterator for Inputs {
    type Item = Result<Document>;

    fn next(&mut self) -> Option<Result<Document>> {
        loop {
            if let Some(reader) = &mut self.jsonl {
                match reader.next_document() {
                    Some(item) => return Some(item),
                    None => self.jsonl = None,
                }
            }
            match self.pending.pop_front()? {
                Source::Stdin => match self.stdin_format {
                    StdinFormat::Jsonl => {
                        let reader = Box::new(BufReader::new(std::io::stdin()));
                        self.jsonl = Some(JsonlReader {
                            name: STDIN_ID.into(),
                            reader,
                            line: 0,
                        });
                    }
                    StdinFormat::Text => {
                        let mut bytes = Vec::new();
                        return Some(match std::io::stdin().read_to_end(&mut bytes) {
                            Ok(_) => text_document(STDIN_ID, bytes),
                            Err(e) => {
                                Err(Error::input(STDIN_ID, format!("cannot read stdin: {e}")))
                            }
                        });
                    }
                },
                Source::Path(path) => {
                    if let Some(item) = self.open(path) {
                        return Some(item);
                    }
                }
            }
        }
    }
}

impl Inputs {
    /// Opens a path: a directory queues its entries, a `.jsonl` file starts line reading,
    /// any other file is one document. Returns an item only when it has one to yield.
    fn open(&mut self, path: PathBuf) -> Option<Result<Document>> {
        let name = path.to_string_lossy().into_owned();
        let meta = match std::fs::metadata(&path) {
            Ok(m) => m,
            Err(e) => return Some(Err(unreadable(&name, &e))),
        };
        if meta.is_dir() {
            if let Err(e) = self.queue_dir(&path) {
                return Some(Err(unreadable(&name, &e)));
            }
            return None;
        }
        let file = match File::open(&path) {
            Ok(f) => f,
            Err(e) => return Some(Err(unreadable(&name, &e))),
        };
        if has_extension(&path, "jsonl") {
            self.jsonl = Some(JsonlReader {
                name,
                reader: Box::new(BufReader::new(file)),
                line: 0,
            });
            return None;
        }
        let mut bytes = Vec::new();
        Some(match BufReader::new(file).read_to_end(&mut bytes) {
            Ok(_) => text_document(&name, bytes),
            Err(e) => Err(unreadable(&name, &e)),
        })
    }

    /// Queues the sorted entries of `dir` (subdirectories and files with a known extension)
    /// at the front, so the walk is depth-first and in name order.
    fn queue_dir(&mut self, dir: &Path) -> std::io::Result<()> {
        let canonical = dir.canonicalize()?;
        if !self.seen_dirs.insert(canonical) {
            return Ok(()); // Already walked: a symlink loop or the same directory given twice.
        }
        let mut entries = Vec::new();
        for entry in std::fs::read_dir(dir)? {
            let entry = entry?;
            let file_name = entry.file_name();
            if file_name.to_string_lossy().starts_with('.') {
                continue; // Hidden files and directories (.git, editor swap files).
            }
            let path = entry.path();
            let is_dir = std::fs::metadata(&path)
                .map(|m| m.is_dir())
                .unwrap_or(false);
            if is_dir || EXTENSIONS.iter().any(|ext| has_extension(&path, ext)) {
                entries.push(path);
            }
        }
        entries.sort();
        for path in entries.into_iter().rev() {
            self.pending.push_front(Source::Path(path));
        }
        Ok(())
    }
}

impl JsonlReader {
    /// The next document or error, skipping blank lines; `None` at end of stream.
    fn next_document(&mut self) -> Option<Result<Document>> {
        let mut bytes = Vec::new();
        loop {
            bytes.clear();
            self.line += 1;
            let doc = format!("{}:{}", self.name, self.line);
            match self.reader.read_until(b'\n', &mut bytes) {
                Ok(0) => return None,
                Ok(_) => {}
                Err(e) => {
                    // The stream itself failed: report once and stop reading it.
                    let err =
                        Error::input(doc, format!("cannot read: {e}; check the file and rerun"));
                    self.reader = Box::new(std::io::empty());
                    return Some(Err(err));
                }
            }
            let line = match std::str::from_utf8(&bytes) {
                Ok(s) => s.trim(),
                Err(e) => return Some(Err(invalid_utf8(&doc, e.valid_up_to()))),
            };
            if !line.is_empty() {
                return Some(parse_jsonl_line(&doc, line));
            }
        }
    }
}

/// Parses one JSONL line (`doc` is `file:line`) into a document.
fn parse_jsonl_line(doc: &str, line: &str) -> Result<Document> {
    const FIX: &str = r#"each line must be one JSON object like {"id": "a1", "text": "..."}"#;
    let value: serde_json::Value = serde_json::from_str(line)
        .map_err(|e| Error::input(doc, format!("malformed JSON ({e}); {FIX}")))?;
    let serde_json::Value::Object(obj) = value else {
        return Err(Error::input(doc, format!("not a JSON object; {FIX}")));
    };
    let field = |key: &str| -> Result<Option<String>> {
        match obj.get(key) {
            None | Some(serde_json::Value::Null) => Ok(None),
            Some(serde_json::Value::String(s)) => Ok(Some(s.clone())),
            Some(serde_json::Value::Number(n)) if key == "id" => Ok(Some(n.to_string())),
            Some(_) => Err(Error::input(
                doc,
                format!("field `{key}` must be a string; {FIX}"),
            )),
        }
    };
    let Some(text) = field("text")? else {
        return Err(Error::input(doc, format!("missing field `text`; {FIX}")));
    };
    if text.trim().is_empty() {
        return Err(Error::input(
            doc,
            "field `text` is empty; give the article text or drop the line",
        ));
    }
    let date = field("date")?;
    if let Some(d) = &date
        && !is_iso8601(d)
    {
        let msg =
            format!("date `{d}` is not ISO 8601; write it as YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ");
        return Err(Error::input(doc, msg));
    }
    Ok(Document {
        id: field("id")?.unwrap_or_else(|| doc.to_string()),
        title: field("title")?,
        date,
        url: field("url")?,
        ..Document::new("", text)
    })
}

/// Turns the bytes of a plain-text input into a document, or says why it cannot be one.
fn text_document(id: &str, bytes: Vec<u8>) -> Result<Document> {
    // NUL never occurs in text; checking it first names binaries as such, not as bad UTF-8.
    if let Some(at) = bytes.iter().position(|&b| b == 0) {
        let message =
            "contains NUL bytes, so it looks binary; pass text (.txt, .md) or JSONL files";
        return Err(Error::new(ErrorKind::Input {
            doc: id.into(),
            offset: Some(at),
            message: message.into(),
        }));
    }
    let text =
        String::from_utf8(bytes).map_err(|e| invalid_utf8(id, e.utf8_error().valid_up_to()))?;
    if text.trim().is_empty() {
        return Err(Error::input(
            id,
            "is empty or only whitespace; add text or leave it out",
        ));
    }
    Ok(Document::new(id, text))
}

fn invalid_utf8(doc: &str, offset: usize) -> Error {
    let message =
        "is not valid UTF-8; convert it (e.g. `iconv -f latin1 -t utf-8`) or leave it out";
    Error::new(ErrorKind::Input {
        doc: doc.into(),
        offset: Some(offset),
        message: message.into(),
    })
}

fn unreadable(name: &str, e: &std::io::Error) -> Error {
    Error::input(
        name,
        format!("cannot read ({e}); check the path and its permissions"),
    )
}

fn has_extension(path: &Path, ext: &str) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case(ext))
}

/// True for the ISO 8601 shapes news metadata uses: `YYYY-MM-DD`, optionally followed by
/// `THH:MM`, `:SS`, fractional seconds and `Z` or `±HH:MM`.
pub fn is_iso8601(s: &str) -> bool {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| {
        b.get(r.clone())
            .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
    };
    let num = |r: std::ops::Range<usize>| s[r].parse::<u32>().unwrap_or(0);
    if b.len() < 10
        || !digits(0..4)
        || b[4] != b'-'
        || !digits(5..7)
        || b[7] != b'-'
        || !digits(8..10)
    {
        return false;
    }
    if !(1..=12).contains(&num(5..7)) || !(1..=31).contains(&num(8..10)) {
        return false;
    }
    let mut rest = &s[10..];
    if rest.is_empty() {
        return true;
    }
    let Some(time) = rest.strip_prefix('T') else {
        return false;
    };
    let t = time.as_bytes();
    let two = |i: usize, max: u32| {
        t.get(i..i + 2)
            .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
            && time[i..i + 2].parse::<u32>().unwrap_or(99) <= max
    };
    if !two(0, 23) || t.get(2) != Some(&b':') || !two(3, 59) {
        return false;
    }
    rest = &time[5..];
    if let Some(sec) = rest.strip_prefix(':') {
        let sb = sec.as_bytes();
        if sb.len() < 2
            || !sb[..2].iter().all(u8::is_ascii_digit)
            || sec[..2].parse::<u32>().unwrap_or(99) > 60
        {
            return false;
        }
        rest = &sec[2..];
        if let Some(frac) = rest.strip_prefix('.') {
            let n = frac.bytes().take_while(u8::is_ascii_digit).count();
            if n == 0 {
                return false;
            }
            rest = &frac[n..];
        }
    }
    match rest.as_bytes() {
        [] | [b'Z'] => true,
        [b'+' | b'-', h1, h2, b':', m1, m2] => [h1, h2, m1, m2].iter().all(|d| d.is_ascii_digit()),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
        let p = dir.join(name);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(&p, bytes).unwrap();
        p
    }

    /// Ids of good documents and messages of errors, in iteration order.
    fn run(inputs: &[PathBuf]) -> Vec<std::result::Result<String, String>> {
        read(inputs, StdinFormat::Text)
            .map(|r| r.map(|d| d.id).map_err(|e| e.to_string()))
            .collect()
    }

    #[test]
    fn bad_documents_are_named_and_the_rest_still_read() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        let cases: [(&str, &[u8], &str); 5] = [
            ("a.txt", b"Mira Tal met Jon Ek.", ""),
            (
                "b.txt",
                b"caf\xe9 au lait",
                "b.txt: byte 3: is not valid UTF-8",
            ),
            (
                "c.txt",
                b"\x7fELF\x00\x01",
                "c.txt: byte 4: contains NUL bytes",
            ),
            ("d.txt", b"  \n\t ", "d.txt: is empty or only whitespace"),
            ("e.md", b"# Notes\nAda Roy spoke.", ""),
        ];
        let paths: Vec<PathBuf> = cases.iter().map(|(n, b, _)| write(d, n, b)).collect();
        let got = run(&paths);
        assert_eq!(got.len(), cases.len());
        for ((name, _, want), got) in cases.iter().zip(&got) {
            match got {
                Ok(id) => assert!(want.is_empty() && id.ends_with(name), "{name}: {got:?}"),
                Err(msg) => assert!(!want.is_empty() && msg.contains(want), "{name}: {msg}"),
            }
        }
    }

    #[test]
    fn directories_are_walked_sorted_recursively_with_known_extensions() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        for name in [
            "b.txt",
            "a/z.md",
            "a/y.TXT",
            "c.csv",
            ".hidden.txt",
            "a/.git/x.txt",
        ] {
            write(d, name, b"Some text.");
        }
        let ids: Vec<String> = run(&[d.to_path_buf()])
            .into_iter()
            .map(Result::unwrap)
            .collect();
        let rel: Vec<String> = ids
            .iter()
            .map(|id| id[d.to_string_lossy().len() + 1..].to_string())
            .collect();
        assert_eq!(rel, ["a/y.TXT", "a/z.md", "b.txt"]);
    }

    #[cfg(unix)]
    #[test]
    fn symlink_loop_does_not_hang() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        write(d, "sub/one.txt", b"Text here.");
        std::os::unix::fs::symlink(d, d.join("sub/loop")).unwrap();
        let got = run(&[d.to_path_buf()]);
        assert_eq!(got.len(), 1, "{got:?}");
    }

    #[test]
    fn missing_path_is_an_error_item() {
        let got = run(&[PathBuf::from("/definitely/not/here.txt")]);
        assert!(
            matches!(&got[..], [Err(m)] if m.contains("not/here.txt: cannot read")),
            "{got:?}"
        );
    }

    #[test]
    fn jsonl_lines() {
        let dir = tempfile::tempdir().unwrap();
        let body = concat!(
            r#"{"id": "n1", "text": "Ada Roy met Ben Ek.", "title": "T", "date": "2025-03-18", "url": "u"}"#,
            "\n\n",
            "{not json\n",
            "[1, 2]\n",
            r#"{"id": "n4"}"#,
            "\n",
            r#"{"id": "n5", "text": "x", "date": "18/03/2025"}"#,
            "\n",
            r#"{"id": 6, "text": "Six."}"#,
            "\n",
            r#"{"text": "No id."}"#,
        );
        let p = write(dir.path(), "c.jsonl", body.as_bytes());
        let name = p.to_string_lossy().into_owned();
        let got: Vec<_> = read(&[&p], StdinFormat::Text).collect();
        let doc = got[0].as_ref().unwrap();
        assert_eq!(
            (
                doc.id.as_str(),
                doc.text.as_str(),
                doc.title.as_deref(),
                doc.date.as_deref(),
                doc.url.as_deref()
            ),
            (
                "n1",
                "Ada Roy met Ben Ek.",
                Some("T"),
                Some("2025-03-18"),
                Some("u")
            )
        );
        let msgs: Vec<String> = got[1..]
            .iter()
            .map(|r| {
                r.as_ref()
                    .map(|d| d.id.clone())
                    .unwrap_or_else(|e| e.to_string())
            })
            .collect();
        let want = [
            format!("{name}:3: malformed JSON"),
            format!("{name}:4: not a JSON object"),
            format!("{name}:5: missing field `text`"),
            format!("{name}:6: date `18/03/2025` is not ISO 8601"),
            "6".to_string(),
            format!("{name}:8"),
        ];
        assert_eq!(msgs.len(), want.len(), "{msgs:?}");
        for (m, w) in msgs.iter().zip(&want) {
            assert!(m.starts_with(w.as_str()), "{m} does not start with {w}");
        }
    }

    #[test]
    fn iso8601_shapes() {
        for (s, ok) in [
            ("2025-03-18", true),
            ("2025-03-18T14:05", true),
            ("2025-03-18T14:05:09Z", true),
            ("2025-03-18T14:05:09.123+02:00", true),
            ("2025-13-18", false),
            ("2025-03-32", false),
            ("2025-3-18", false),
            ("18/03/2025", false),
            ("2025-03-18T25:00", false),
            ("2025-03-18 14:05", false),
            ("2025-03-18T14:05:09.", false),
            ("", false),
        ] {
            assert_eq!(is_iso8601(s), ok, "{s}");
        }
    }
}
