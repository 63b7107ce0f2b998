//! Transparent gzip: JSONL files and stdin may be gzip-compressed (`.jsonl.gz`, `zcat`-able
//! streams), detected by the gzip magic bytes rather than by name, and a byte counter that lets
//! progress reporting follow how much of the input has been consumed.

use std::io::{self, BufRead, BufReader, Read};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use flate2::bufread::MultiGzDecoder;

/// The two bytes every gzip member starts with (RFC 1952, section 2.3.1).
const MAGIC: [u8; 2] = [0x1f, 0x8b];

/// Wraps `reader` in a gzip decoder when its first bytes are the gzip magic number.
///
/// `MultiGzDecoder` rather than `GzDecoder`, because `cat a.jsonl.gz b.jsonl.gz` (and `pigz`
/// output) is several gzip members back to back, all of which belong to the stream.
pub(crate) fn maybe_gunzip(mut reader: Box<dyn BufRead>) -> io::Result<Box<dyn BufRead>> {
    let head = reader.fill_buf()?;
    if head.starts_with(&MAGIC) {
        Ok(Box::new(BufReader::new(MultiGzDecoder::new(reader))))
    } else {
        Ok(reader)
    }
}

/// True for `name.jsonl.gz` (case-insensitive): gzip-compressed JSONL.
pub(crate) fn is_jsonl_gz(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    lower.ends_with(".jsonl.gz")
}

/// A reader that adds every byte it reads to a shared counter (compressed bytes for gzip
/// files, so the count can be compared with file sizes on disk).
pub(super) struct Counting<R> {
    pub(super) inner: R,
    pub(super) count: Arc<AtomicU64>,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.count.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn gz(bytes: &[u8]) -> Vec<u8> {
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        e.write_all(bytes).unwrap();
        e.finish().unwrap()
    }

    fn read_all(bytes: Vec<u8>) -> String {
        let mut out = String::new();
        maybe_gunzip(Box::new(io::Cursor::new(bytes)))
            .unwrap()
            .read_to_string(&mut out)
            .unwrap();
        out
    }

    #[test]
    fn plain_and_gzip_and_concatenated_members_read_the_same() {
        let mut two = gz(b"{\"a\":1}\n");
        two.extend(gz(b"{\"b\":2}\n"));
        for (bytes, want) in [
            (b"{\"a\":1}\n".to_vec(), "{\"a\":1}\n"),
            (gz(b"{\"a\":1}\n"), "{\"a\":1}\n"),
            (two, "{\"a\":1}\n{\"b\":2}\n"),
            (Vec::new(), ""),
            (vec![0x1f], "\u{1f}"),
        ] {
            assert_eq!(read_all(bytes), want);
        }
    }

    #[test]
    fn jsonl_gz_names() {
        for (name, want) in [
            ("a.jsonl.gz", true),
            ("dir/A.JSONL.GZ", true),
            ("a.jsonl", false),
            ("a.txt.gz", false),
            ("jsonl.gz", false),
        ] {
            assert_eq!(is_jsonl_gz(name), want, "{name}");
        }
    }

    #[test]
    fn counting_counts_every_byte() {
        let count = Arc::new(AtomicU64::new(0));
        let mut r = Counting {
            inner: io::Cursor::new(vec![7u8; 10_000]),
            count: count.clone(),
        };
        io::copy(&mut r, &mut io::sink()).unwrap();
        assert_eq!(count.load(Ordering::Relaxed), 10_000);
    }
}
