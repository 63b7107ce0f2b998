//! Input documents: files, directories, stdin and JSONL, read lazily into [`Document`]s.
//!
//! [`Inputs`] is an iterator: it opens one file at a time and reads JSONL line by line, so a
//! corpus never has to fit in memory. Every bad document becomes one `Err` item naming the file
//! (and line) and saying what to do; iteration then continues with the next document, so one
//! broken file never stops a run. JSONL may be gzip-compressed (`.jsonl.gz`, or gzip on stdin);
//! [`Inputs::bytes_read`] and [`total_size`] let a progress bar follow the bytes consumed.

use std::collections::{BTreeSet, VecDeque};
use std::fs::File;
use std::io::{BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::AtomicU64;

use crate::document::Document;
use crate::error::{Error, ErrorKind, Result};

pub(crate) mod gzip;
mod jsonl;

use gzip::{Counting, is_jsonl_gz, maybe_gunzip};

use jsonl::JsonlReader;
pub use jsonl::is_iso8601;

/// File extensions picked up when walking a directory (compared case-insensitively).
pub const EXTENSIONS: [&str; 3] = ["txt", "md", "jsonl"];

/// The document id used for text read from stdin.
pub const STDIN_ID: &str = "<stdin>";

/// Default for [`Inputs::max_doc_bytes`]: 20 MB, far above any news article, far below what
/// would make one document exhaust memory (annotation needs several times the text size).
pub const DEFAULT_MAX_DOC_BYTES: usize = 20 * 1024 * 1024;

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

/// Streams documents from inputs in order: each argument in turn, directories depth-first
/// with entries sorted by name, so the same inputs always give the same document order.
#[derive(Debug)]
pub struct Inputs {
    pending: VecDeque<Source>,
    jsonl: Option<JsonlReader>,
    stdin_format: StdinFormat,
    /// Canonical paths of directories already walked: a symlink loop is entered only once.
    seen_dirs: BTreeSet<PathBuf>,
    /// Bytes read so far from files and stdin (compressed bytes for gzip).
    bytes: Arc<AtomicU64>,
    /// Replace invalid UTF-8 with U+FFFD instead of skipping the document.
    lossy: bool,
    /// Documents (files, stdin, JSONL lines) larger than this are refused, unread.
    max_doc_bytes: usize,
    /// Notes about documents that were read but changed (lossy decoding), for the caller to show.
    warnings: Vec<String>,
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
        bytes: Arc::default(),
        lossy: false,
        max_doc_bytes: DEFAULT_MAX_DOC_BYTES,
        warnings: Vec::new(),
    }
}

impl Inputs {
    /// With `lossy`, invalid UTF-8 becomes U+FFFD and the document is kept; each such document
    /// adds a note to [`Inputs::take_warnings`] naming it, the first bad byte and the count.
    pub fn lossy(mut self, lossy: bool) -> Inputs {
        self.lossy = lossy;
        self
    }

    /// Refuses documents over `limit` bytes with an error naming them (default
    /// [`DEFAULT_MAX_DOC_BYTES`]); oversized input is never read into memory whole.
    pub fn max_doc_bytes(mut self, limit: usize) -> Inputs {
        self.max_doc_bytes = limit;
        self
    }

    /// Notes gathered since the last call (documents that were read but altered).
    pub fn take_warnings(&mut self) -> Vec<String> {
        std::mem::take(&mut self.warnings)
    }

    fn decoder(&self) -> Decoder {
        Decoder {
            lossy: self.lossy,
            max_doc_bytes: self.max_doc_bytes,
        }
    }
}

/// Total size in bytes of the files `inputs` name (directories walked like [`read`] walks
/// them), or `None` when stdin is among them and the total cannot be known in advance.
pub fn total_size<P: AsRef<Path>>(inputs: &[P]) -> Option<u64> {
    fn walk(path: &Path, seen: &mut BTreeSet<PathBuf>) -> u64 {
        let Ok(meta) = std::fs::metadata(path) else {
            return 0;
        };
        if !meta.is_dir() {
            return meta.len();
        }
        let Ok(canonical) = path.canonicalize() else {
            return 0;
        };
        if !seen.insert(canonical) {
            return 0;
        }
        let Ok(entries) = std::fs::read_dir(path) else {
            return 0;
        };
        entries
            .flatten()
            .filter(|e| wanted(&e.path(), &e.file_name().to_string_lossy()))
            .map(|e| walk(&e.path(), seen))
            .sum()
    }
    let mut seen = BTreeSet::new();
    let mut total = 0;
    for p in inputs {
        let p = p.as_ref();
        if p == Path::new("-") {
            return None;
        }
        total += walk(p, &mut seen);
    }
    Some(total)
}

/// Whether a directory entry is read: visible subdirectories and files with a known extension.
fn wanted(path: &Path, file_name: &str) -> bool {
    if file_name.starts_with('.') {
        return false; // Hidden files and directories (.git, editor swap files).
    }
    std::fs::metadata(path).is_ok_and(|m| m.is_dir())
        || EXTENSIONS.iter().any(|ext| has_extension(path, ext))
        || is_jsonl_gz(file_name)
}

impl Iterator for Inputs {
    type Item = Result<Document>;

    fn next(&mut self) -> Option<Result<Document>> {
        loop {
            if let Some(reader) = &mut self.jsonl {
                match reader.next_document() {
                    Some(item) => {
                        self.warnings.extend(reader.take_warnings());
                        return Some(item);
                    }
                    None => self.jsonl = None,
                }
            }
            match self.pending.pop_front()? {
                Source::Stdin => match self.stdin_format {
                    StdinFormat::Jsonl => {
                        let reader = Box::new(BufReader::new(self.counting(std::io::stdin())));
                        match maybe_gunzip(reader) {
                            Ok(r) => {
                                self.jsonl =
                                    Some(JsonlReader::new(STDIN_ID.into(), r, self.decoder()))
                            }
                            Err(e) => {
                                let msg = format!("cannot read stdin: {e}");
                                return Some(Err(Error::input(STDIN_ID, msg)));
                            }
                        }
                    }
                    StdinFormat::Text => {
                        let stdin = self.counting(std::io::stdin());
                        let item = match self.decoder().read_bounded(STDIN_ID, stdin) {
                            Ok(bytes) => self.text_document(STDIN_ID, bytes),
                            Err(e) => Err(e),
                        };
                        return Some(item);
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
    /// A shared counter of the bytes read so far (files and stdin; compressed bytes for gzip),
    /// to compare with [`total_size`] while the iterator is consumed elsewhere.
    pub fn bytes_read(&self) -> Arc<AtomicU64> {
        self.bytes.clone()
    }

    fn counting<R: Read>(&self, inner: R) -> Counting<R> {
        Counting {
            inner,
            count: self.bytes.clone(),
        }
    }

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
        let file = self.counting(file);
        if has_extension(&path, "jsonl") || is_jsonl_gz(&name) {
            return match maybe_gunzip(Box::new(BufReader::new(file))) {
                Ok(reader) => {
                    self.jsonl = Some(JsonlReader::new(name, reader, self.decoder()));
                    None
                }
                Err(e) => Some(Err(unreadable(&name, &e))),
            };
        }
        if meta.len() > self.max_doc_bytes as u64 {
            // Refused from the size alone: a 200 MB file is never read into memory.
            return Some(Err(self.decoder().too_large(&name, meta.len())));
        }
        Some(match self.decoder().read_bounded(&name, file) {
            Ok(bytes) => self.text_document(&name, bytes),
            Err(e) => Err(e),
        })
    }

    /// [`Decoder::text_document`], keeping its lossy-decoding note.
    fn text_document(&mut self, id: &str, bytes: Vec<u8>) -> Result<Document> {
        let (doc, note) = self.decoder().text_document(id, bytes)?;
        self.warnings.extend(note);
        Ok(doc)
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
            let path = entry.path();
            if wanted(&path, &entry.file_name().to_string_lossy()) {
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

/// How document bytes become text: the `--lossy` and `--max-doc-bytes` settings.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Decoder {
    lossy: bool,
    max_doc_bytes: usize,
}

impl Decoder {
    /// Reads at most `max_doc_bytes + 1` bytes of `source`, so a huge pipe or file that grew
    /// after its size was checked is refused without being held in memory.
    fn read_bounded(&self, name: &str, source: impl Read) -> Result<Vec<u8>> {
        let mut bytes = Vec::new();
        let limit = self.max_doc_bytes as u64 + 1;
        BufReader::new(source.take(limit))
            .read_to_end(&mut bytes)
            .map_err(|e| unreadable(name, &e))?;
        if bytes.len() > self.max_doc_bytes {
            return Err(self.too_large(name, bytes.len() as u64));
        }
        Ok(bytes)
    }

    /// The error for a document over the limit (`size` is at least the bytes seen).
    pub(crate) fn too_large(&self, name: &str, size: u64) -> Error {
        Error::input(
            name,
            format!(
                "is {size} bytes or more, over the --max-doc-bytes limit of {}; \
                 split it into articles or raise --max-doc-bytes",
                self.max_doc_bytes
            ),
        )
    }

    pub(crate) fn max_doc_bytes(&self) -> usize {
        self.max_doc_bytes
    }

    /// Decodes `bytes` as UTF-8 (or lossily, noting it) and checks they hold text.
    pub(crate) fn decode(&self, id: &str, bytes: Vec<u8>) -> Result<(String, Option<String>)> {
        match String::from_utf8(bytes) {
            Ok(text) => Ok((text, None)),
            Err(e) if self.lossy => {
                let first = e.utf8_error().valid_up_to();
                let text = String::from_utf8_lossy(e.as_bytes()).into_owned();
                let replaced = e
                    .as_bytes()
                    .utf8_chunks()
                    .filter(|c| !c.invalid().is_empty())
                    .count();
                let note = format!(
                    "{id}: byte {first}: is not valid UTF-8; --lossy replaced {replaced} \
                     invalid sequence{} with U+FFFD and kept the document",
                    if replaced == 1 { "" } else { "s" }
                );
                Ok((text, Some(note)))
            }
            Err(e) => Err(invalid_utf8(id, e.utf8_error().valid_up_to())),
        }
    }

    /// Turns the bytes of a plain-text input into a document (and a note if decoding was
    /// lossy), or says why it cannot be one.
    fn text_document(&self, id: &str, bytes: Vec<u8>) -> Result<(Document, Option<String>)> {
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
        let (text, note) = self.decode(id, bytes)?;
        if text.trim().is_empty() {
            return Err(Error::input(
                id,
                "is empty or only whitespace; add text or leave it out",
            ));
        }
        Ok((Document::new(id, text), note))
    }
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
    fn gzip_jsonl_in_a_directory_is_read_and_sizes_add_up() {
        use std::io::Write;
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        e.write_all(b"{\"id\": \"z1\", \"text\": \"Ada Roy met Ben Ek.\"}\n")
            .unwrap();
        let gz = e.finish().unwrap();
        write(d, "sub/news.jsonl.gz", &gz);
        write(d, "sub/other.gz", &gz);
        write(d, "a.txt", b"Some text.");
        let got = run(&[d.to_path_buf()]);
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(got[1].as_deref(), Ok("z1"));
        assert_eq!(total_size(&[d.to_path_buf()]), Some(gz.len() as u64 + 10));
        assert_eq!(total_size(&[PathBuf::from("-")]), None);
        let mut inputs = read(&[d.to_path_buf()], StdinFormat::Text);
        let counter = inputs.bytes_read();
        for _ in inputs.by_ref() {}
        assert_eq!(
            counter.load(std::sync::atomic::Ordering::Relaxed),
            gz.len() as u64 + 10
        );
    }
}
