//! A scanner for node and edge records exactly as the writer prints them: keys in the writer's
//! order, no spaces, optional fields omitted rather than `null`.
//!
//! It reads a strict subset of what `serde_json` reads into the same record types, and gives
//! the same values for it: any record it does not recognise (another key order, a `\u` escape,
//! a float where an integer belongs, ...) yields `None`, and the caller hands that record to
//! `serde_json`, which then decides. It exists only for speed: loading a 1,000,000-edge store
//! spent most of its time in generic JSON decoding.

use std::collections::{BTreeMap, BTreeSet};

use serde::Deserialize;
use serde::de::IntoDeserializer;
use serde::de::value::{Error as ValueError, StringDeserializer};

use super::{EdgeRecord, NodeRecord};
use crate::document::Span;
use crate::graph::{EdgeEvidence, EdgeId, Mention, NodeId};

/// A node record line (indentation and trailing comma removed).
pub(super) fn node(line: &str) -> Option<NodeRecord> {
    let mut s = Scan::new(line);
    s.eat("{\"id\":")?;
    let id = node_id(s.string()?)?;
    s.eat(",\"type\":")?;
    let kind = s.string()?;
    s.eat(",\"name\":")?;
    let name = s.string()?;
    s.eat(",\"aliases\":")?;
    let aliases = s.strings()?.into_iter().collect();
    s.eat(",\"roles\":")?;
    let roles = s.strings()?.into_iter().collect();
    s.eat(",\"texts\":")?;
    let texts = s.strings()?.into_iter().collect();
    s.eat(",\"mentions\":")?;
    let mentions = s.list(Scan::mention)?;
    let properties = if s.eat(",\"properties\":").is_some() {
        // The last field: its value is the rest of the line but the record's closing brace.
        // Stored metrics are free-form JSON values, left to serde_json.
        let value = line.strip_suffix('}')?.get(s.at..)?;
        s.at = line.len() - 1;
        serde_json::from_str::<BTreeMap<String, serde_json::Value>>(value).ok()?
    } else {
        BTreeMap::new()
    };
    s.eat("}")?;
    s.end()?;
    Some(NodeRecord {
        id,
        kind,
        name,
        aliases,
        roles,
        texts,
        mentions: bulk(mentions),
        properties,
    })
}

/// An edge record line (indentation and trailing comma removed).
pub(super) fn edge(line: &str) -> Option<EdgeRecord> {
    let mut s = Scan::new(line);
    s.eat("{\"id\":")?;
    let id = edge_id(s.string()?)?;
    s.eat(",\"source\":")?;
    let source = node_id(s.string()?)?;
    s.eat(",\"target\":")?;
    let target = node_id(s.string()?)?;
    s.eat(",\"relation\":")?;
    let relation = s.string()?;
    s.eat(",\"negated\":")?;
    let negated = s.boolean()?;
    s.eat(",\"weight\":")?;
    let weight = s.number()?;
    s.eat(",\"evidence\":[")?;
    // Room for exactly `weight` statements (a statement takes over 100 bytes, which bounds a
    // wrong weight): a vector grown one push at a time would reserve four.
    let mut evidence = Vec::with_capacity(weight.min(line.len() / 100));
    if s.eat("]").is_none() {
        loop {
            evidence.push(s.evidence()?);
            if s.eat("]").is_some() {
                break;
            }
            s.eat(",")?;
        }
    }
    s.eat("}")?;
    s.end()?;
    Some(EdgeRecord {
        id,
        source,
        target,
        relation,
        negated,
        weight,
        evidence,
    })
}

/// Ids are plain strings in JSON; this builds them the way their `Deserialize` does, without
/// copying the string.
fn node_id(s: String) -> Option<NodeId> {
    let d: StringDeserializer<ValueError> = s.into_deserializer();
    NodeId::deserialize(d).ok()
}

fn edge_id(s: String) -> Option<EdgeId> {
    let d: StringDeserializer<ValueError> = s.into_deserializer();
    EdgeId::deserialize(d).ok()
}

/// High bits set in the bytes of `word` (little-endian) that are `"`, `\\` or a control
/// character; exact for the lowest such byte, which is all the caller uses (a borrow can mark a
/// byte above it too).
fn special(word: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let zero = |x: u64| x.wrapping_sub(ONES) & !x & HIGH;
    let quote = zero(word ^ (ONES * u64::from(b'"')));
    let backslash = zero(word ^ (ONES * u64::from(b'\\')));
    let control = word.wrapping_sub(ONES * 0x20) & !word & HIGH;
    quote | backslash | control
}

/// A set from its elements in one bulk build (what `bulk_set` does for serde).
fn bulk<T: Ord>(items: Vec<T>) -> BTreeSet<T> {
    items.into_iter().collect()
}

struct Scan<'a> {
    text: &'a str,
    at: usize,
}

impl<'a> Scan<'a> {
    fn new(text: &'a str) -> Scan<'a> {
        Scan { text, at: 0 }
    }

    fn rest(&self) -> &'a [u8] {
        &self.text.as_bytes()[self.at..]
    }

    /// Skips `lit` if the text goes on with it. Compared byte by byte: the literals are short
    /// and known when this is inlined, and a call to `memcmp` per key cost more than the rest.
    #[inline(always)]
    fn eat(&mut self, lit: &str) -> Option<()> {
        let rest = self.rest();
        if rest.len() < lit.len() {
            return None;
        }
        let mut same = true;
        for (a, b) in rest.iter().zip(lit.as_bytes()) {
            same &= a == b;
        }
        if same {
            self.at += lit.len();
            Some(())
        } else {
            None
        }
    }

    fn end(&self) -> Option<()> {
        (self.at == self.text.len()).then_some(())
    }

    fn boolean(&mut self) -> Option<bool> {
        if self.eat("true").is_some() {
            Some(true)
        } else {
            self.eat("false").map(|()| false)
        }
    }

    /// A non-negative integer as the writer prints one: digits, no leading zero, no sign,
    /// fraction or exponent.
    fn number(&mut self) -> Option<usize> {
        let rest = self.rest();
        let digits = rest.iter().take_while(|b| b.is_ascii_digit()).count();
        if digits == 0 || (digits > 1 && rest[0] == b'0') {
            return None;
        }
        let mut n: usize = 0;
        for &b in &rest[..digits] {
            n = n.checked_mul(10)?.checked_add(usize::from(b - b'0'))?;
        }
        self.at += digits;
        Some(n)
    }

    /// A string. Raw control characters are refused, as JSON requires; of the escapes only the
    /// two-character ones are read here (the writer uses `\u` only for rare control characters).
    fn string(&mut self) -> Option<String> {
        self.eat("\"")?;
        let bytes = self.text.as_bytes();
        let start = self.at;
        let mut i = start;
        // Eight bytes at a time up to the first byte that needs a look.
        while let Some(word) = bytes.get(i..i + 8) {
            let found = special(u64::from_le_bytes(word.try_into().expect("eight bytes")));
            if found != 0 {
                i += found.trailing_zeros() as usize / 8;
                break;
            }
            i += 8;
        }
        loop {
            match *bytes.get(i)? {
                b'"' => {
                    self.at = i + 1;
                    return Some(self.text[start..i].to_owned());
                }
                b'\\' => return self.escaped(start, i),
                0..=0x1f => return None,
                _ => i += 1,
            }
        }
    }

    /// The rest of a string from its first backslash at `i`.
    fn escaped(&mut self, start: usize, mut i: usize) -> Option<String> {
        let bytes = self.text.as_bytes();
        let mut out = String::with_capacity(i - start + 16);
        out.push_str(&self.text[start..i]);
        loop {
            match *bytes.get(i)? {
                b'"' => {
                    self.at = i + 1;
                    return Some(out);
                }
                b'\\' => {
                    out.push(match *bytes.get(i + 1)? {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        _ => return None,
                    });
                    i += 2;
                }
                0..=0x1f => return None,
                _ => {
                    // A run of plain characters; it ends at an ASCII byte, so at a char boundary.
                    let run = bytes[i..]
                        .iter()
                        .position(|&b| b == b'"' || b == b'\\' || b < 0x20)
                        .map_or(bytes.len(), |p| i + p);
                    out.push_str(&self.text[i..run]);
                    i = run;
                }
            }
        }
    }

    /// `[item,item,...]` or `[]`.
    fn list<T>(&mut self, mut item: impl FnMut(&mut Scan<'a>) -> Option<T>) -> Option<Vec<T>> {
        self.eat("[")?;
        let mut out = Vec::new();
        if self.eat("]").is_some() {
            return Some(out);
        }
        loop {
            out.push(item(self)?);
            if self.eat("]").is_some() {
                return Some(out);
            }
            self.eat(",")?;
        }
    }

    fn strings(&mut self) -> Option<Vec<String>> {
        self.list(Scan::string)
    }

    fn mention(&mut self) -> Option<Mention> {
        self.eat("{\"doc\":")?;
        let doc = self.string()?;
        self.eat(",\"start\":")?;
        let start = self.number()?;
        self.eat(",\"end\":")?;
        let end = self.number()?;
        self.eat("}")?;
        Some(Mention { doc, start, end })
    }

    /// `{"start":N,"end":N}`; like serde, it does not check that start <= end.
    fn span(&mut self) -> Option<Span> {
        self.eat("{\"start\":")?;
        let start = self.number()?;
        self.eat(",\"end\":")?;
        let end = self.number()?;
        self.eat("}")?;
        Some(Span { start, end })
    }

    fn evidence(&mut self) -> Option<EdgeEvidence> {
        self.eat("{\"doc\":")?;
        let doc = self.string()?;
        self.eat(",\"sentence\":")?;
        let sentence = self.number()?;
        self.eat(",\"span\":")?;
        let span = self.span()?;
        self.eat(",\"subject\":")?;
        let subject = self.span()?;
        self.eat(",\"object\":")?;
        let object = self.span()?;
        self.eat(",\"text\":")?;
        let text = self.string()?;
        self.eat(",\"surface\":")?;
        let surface = self.string()?;
        let mut optional = |key: &str| -> Option<Option<String>> {
            match self.eat(key) {
                Some(()) => self.string().map(Some),
                None => Some(None),
            }
        };
        let date = optional(",\"date\":")?;
        let modality = optional(",\"modality\":")?;
        let attributed_to = optional(",\"attributed_to\":")?;
        self.eat("}")?;
        Some(EdgeEvidence {
            doc,
            sentence,
            span,
            subject,
            object,
            text,
            surface,
            date,
            modality,
            attributed_to,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::super::super::fixtures::*;
    use super::*;

    fn record_lines(text: &str) -> Vec<&str> {
        text.lines()
            .filter_map(|l| l.strip_prefix("    "))
            .map(|l| l.strip_suffix(',').unwrap_or(l))
            .collect()
    }

    fn same_edge(a: &EdgeRecord, b: &EdgeRecord) -> bool {
        (
            &a.id,
            &a.source,
            &a.target,
            &a.relation,
            a.negated,
            a.weight,
            &a.evidence,
        ) == (
            &b.id,
            &b.source,
            &b.target,
            &b.relation,
            b.negated,
            b.weight,
            &b.evidence,
        )
    }

    fn same_node(a: &NodeRecord, b: &NodeRecord) -> bool {
        (&a.id, &a.kind, &a.name, &a.aliases, &a.roles, &a.texts)
            == (&b.id, &b.kind, &b.name, &b.aliases, &b.roles, &b.texts)
            && (&a.mentions, &a.properties) == (&b.mentions, &b.properties)
    }

    /// Every record the writer prints is read as serde_json reads it; only records with a `\u`
    /// escape (control characters) are left to serde_json.
    #[test]
    fn reads_writer_records_as_serde_does() {
        let mut g = adversarial_graph();
        g.merge(&sample_graph());
        let first = g.nodes().next().unwrap().id.clone();
        let metric = serde_json::json!({"a": [1.5, null, "x\u{1}"]});
        assert!(g.set_node_property(&first, "pagerank", metric));
        let text = g.to_json();
        let (mut nodes, mut edges, mut left) = (0, 0, 0);
        for line in record_lines(&text) {
            let read = if line.contains("\"evidence\":") {
                edges += 1;
                let want: EdgeRecord = serde_json::from_str(line).unwrap();
                edge(line).map(|got| assert!(same_edge(&got, &want), "{line}"))
            } else if line.contains("\"mentions\":") {
                nodes += 1;
                let want: NodeRecord = serde_json::from_str(line).unwrap();
                node(line).map(|got| assert!(same_node(&got, &want), "{line}"))
            } else {
                continue;
            };
            if read.is_none() {
                assert!(line.contains("\\u"), "not recognised: {line}");
                left += 1;
            }
        }
        assert_eq!((nodes, edges), (g.node_count(), g.edge_count()));
        assert!(
            left < (nodes + edges) / 2,
            "{left} of {} left",
            nodes + edges
        );
    }

    #[test]
    fn the_word_scan_finds_the_first_special_byte() {
        for text in [
            "abcdefgh",
            "abc\"efgh",
            "\"bcdefgh",
            "abcdefg\\",
            "ab\u{1f}defgh",
            "é\"cdefg",
            "\u{7f}\u{80}\u{ff}abcde",
            "a\u{0}\"defgh",
            "abc\\\"fgh",
        ] {
            let bytes = text.as_bytes();
            let want = bytes
                .iter()
                .position(|&b| b == b'"' || b == b'\\' || b < 0x20);
            let word = u64::from_le_bytes(bytes[..8].try_into().unwrap());
            let got = (special(word) != 0).then(|| special(word).trailing_zeros() as usize / 8);
            assert_eq!(got, want, "{text:?}");
        }
        // Words of the bytes around the edges of each test, chosen by xorshift.
        let edges = [
            0x00, 0x01, 0x1f, 0x20, 0x21, 0x22, 0x23, 0x5b, 0x5c, 0x5d, 0x7f, 0x80, 0xff,
        ];
        let mut x: u64 = 0x2545_f491_4f6c_dd1d;
        for _ in 0..200_000 {
            let mut bytes = [0u8; 8];
            for b in &mut bytes {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                *b = edges[(x % edges.len() as u64) as usize];
            }
            let want = bytes
                .iter()
                .position(|&b| b == b'"' || b == b'\\' || b < 0x20);
            let found = special(u64::from_le_bytes(bytes));
            let got = (found != 0).then(|| found.trailing_zeros() as usize / 8);
            assert_eq!(got, want, "{bytes:?}");
        }
    }

    #[test]
    fn escapes_are_read_like_serde() {
        for raw in [
            r#""plain""#,
            r#""a \"quoted\" word""#,
            r#""back\\slash \/ tab\t nl\n cr\r \b\f""#,
            r#""ünïcödé \"x\" 😀""#,
            r#""""#,
        ] {
            let want: String = serde_json::from_str(raw).unwrap();
            let mut s = Scan::new(raw);
            assert_eq!(s.string().as_deref(), Some(want.as_str()), "{raw}");
            assert!(s.end().is_some());
        }
    }

    #[test]
    fn anything_unusual_is_left_to_serde() {
        for raw in [
            "\"\\u0041\"",
            "\"raw\u{1}control\"",
            "\"unterminated",
            "\"bad \\x escape\"",
        ] {
            assert_eq!(Scan::new(raw).string(), None, "{raw:?}");
        }
        for raw in ["", "01", "-1", "99999999999999999999999"] {
            assert_eq!(Scan::new(raw).number(), None, "{raw:?}");
        }
        assert_eq!(Scan::new("0").number(), Some(0));
        let text = sample_graph().to_json();
        let line = record_lines(&text)
            .into_iter()
            .find(|l| l.contains("\"evidence\":"))
            .unwrap();
        for other in [
            line.replace("\"negated\":false", "\"negated\": false"),
            line.replace("\"weight\":", "\"weight\":0"),
            line.replace("\"weight\":1", "\"weight\":1.0"),
            line.replace("}]}", "}]} "),
            line.replace("\"date\"", "\"datum\""),
            format!("{line},"),
        ] {
            assert!(edge(&other).is_none(), "{other}");
        }
    }
}
