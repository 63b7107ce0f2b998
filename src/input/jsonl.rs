//! JSONL input: one article per line as a JSON object (`id`, `text`, `title`, `date`, `url`),
//! read line by line so a file of any size streams; a bad line is an error naming `file:line`.

use std::io::{BufRead, Read};

use super::Decoder;
use crate::document::Document;
use crate::error::{Error, Result};

/// A JSONL stream being read line by line.
pub(super) struct JsonlReader {
    /// The file name (or `<stdin>`) errors are reported under.
    name: String,
    reader: Box<dyn BufRead>,
    /// 1-based number of the last line read.
    line: usize,
    decoder: Decoder,
    /// Lossy-decoding notes not yet taken.
    warnings: Vec<String>,
}

impl std::fmt::Debug for JsonlReader {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("JsonlReader")
            .field("name", &self.name)
            .field("line", &self.line)
            .finish()
    }
}

impl JsonlReader {
    pub(super) fn new(name: String, reader: Box<dyn BufRead>, decoder: Decoder) -> JsonlReader {
        JsonlReader {
            name,
            reader,
            line: 0,
            decoder,
            warnings: Vec::new(),
        }
    }

    pub(super) fn take_warnings(&mut self) -> Vec<String> {
        std::mem::take(&mut self.warnings)
    }

    /// Reads one line into `bytes`, keeping at most `max_doc_bytes + 1` bytes of it in memory;
    /// the rest of an overlong line is read and dropped. Returns the line's full length.
    fn read_line(&mut self, bytes: &mut Vec<u8>) -> std::io::Result<usize> {
        let keep = self.decoder.max_doc_bytes() as u64 + 1;
        let n = (&mut self.reader).take(keep).read_until(b'\n', bytes)?;
        if n == 0 || bytes.ends_with(b"\n") || (n as u64) < keep {
            return Ok(n);
        }
        let mut total = n;
        loop {
            let buf = self.reader.fill_buf()?;
            if buf.is_empty() {
                return Ok(total);
            }
            match buf.iter().position(|&b| b == b'\n') {
                Some(i) => {
                    self.reader.consume(i + 1);
                    return Ok(total + i + 1);
                }
                None => {
                    let len = buf.len();
                    self.reader.consume(len);
                    total += len;
                }
            }
        }
    }

    /// The next document or error, skipping blank lines; `None` at end of stream.
    pub(super) fn next_document(&mut self) -> Option<Result<Document>> {
        let mut bytes = Vec::new();
        loop {
            bytes.clear();
            self.line += 1;
            let doc = format!("{}:{}", self.name, self.line);
            match self.read_line(&mut bytes) {
                Ok(0) => return None,
                Ok(n) if n > self.decoder.max_doc_bytes() => {
                    return Some(Err(self.decoder.too_large(&doc, n as u64)));
                }
                Ok(_) => {}
                Err(e) => {
                    // The stream itself failed: report once and stop reading it.
                    let err =
                        Error::input(doc, format!("cannot read: {e}; check the file and rerun"));
                    self.reader = Box::new(std::io::empty());
                    return Some(Err(err));
                }
            }
            let line = match self.decoder.decode(&doc, std::mem::take(&mut bytes)) {
                Ok((text, note)) => {
                    self.warnings.extend(note);
                    text
                }
                Err(e) => return Some(Err(e)),
            };
            if !line.trim().is_empty() {
                return Some(parse_jsonl_line(&doc, line.trim()));
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
    use crate::input::{StdinFormat, read};

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
        let p = dir.path().join("c.jsonl");
        std::fs::write(&p, body).unwrap();
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
