//! The versioned model file format shared by every embedded model.
//!
//! Layout: magic `RLGRAPH\0`, model kind (length-prefixed string), format version (u32 LE),
//! then a DEFLATE-compressed payload that each model writes with [`Writer`] and reads with
//! [`Reader`]. A kind or version mismatch fails with a message that says how to fix it.

use std::io::{Read, Write};

use crate::error::{Error, Result};

pub const MAGIC: &[u8; 8] = b"RLGRAPH\0";

/// Appends little-endian primitives to a byte buffer.
#[derive(Debug, Default)]
pub struct Writer {
    buf: Vec<u8>,
}

impl Writer {
    pub fn new() -> Writer {
        Writer::default()
    }
    pub fn bytes(&self) -> &[u8] {
        &self.buf
    }
    pub fn u8(&mut self, v: u8) {
        self.buf.push(v);
    }
    pub fn u32(&mut self, v: u32) {
        self.buf.extend_from_slice(&v.to_le_bytes());
    }
    pub fn u64(&mut self, v: u64) {
        self.buf.extend_from_slice(&v.to_le_bytes());
    }
    pub fn i16(&mut self, v: i16) {
        self.buf.extend_from_slice(&v.to_le_bytes());
    }
    pub fn f32(&mut self, v: f32) {
        self.buf.extend_from_slice(&v.to_le_bytes());
    }
    /// LEB128 unsigned varint.
    pub fn varint(&mut self, mut v: u64) {
        loop {
            let byte = (v & 0x7f) as u8;
            v >>= 7;
            if v == 0 {
                self.buf.push(byte);
                return;
            }
            self.buf.push(byte | 0x80);
        }
    }
    pub fn str(&mut self, s: &str) {
        self.varint(s.len() as u64);
        self.buf.extend_from_slice(s.as_bytes());
    }
    pub fn strs(&mut self, items: &[String]) {
        self.varint(items.len() as u64);
        for s in items {
            self.str(s);
        }
    }
}

/// Reads what [`Writer`] wrote; every read checks bounds and reports corruption as an error.
#[derive(Debug)]
pub struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    pub fn new(data: &'a [u8]) -> Reader<'a> {
        Reader { data, pos: 0 }
    }

    fn take(&mut self, n: usize) -> Result<&'a [u8]> {
        if self.data.len() - self.pos < n {
            return Err(Error::model(
                "model data is truncated; rebuild it with `relgraph train`",
            ));
        }
        let s = &self.data[self.pos..self.pos + n];
        self.pos += n;
        Ok(s)
    }
    pub fn is_empty(&self) -> bool {
        self.pos == self.data.len()
    }
    pub fn u8(&mut self) -> Result<u8> {
        Ok(self.take(1)?[0])
    }
    pub fn u32(&mut self) -> Result<u32> {
        Ok(u32::from_le_bytes(
            self.take(4)?.try_into().expect("took 4 bytes"),
        ))
    }
    pub fn u64(&mut self) -> Result<u64> {
        Ok(u64::from_le_bytes(
            self.take(8)?.try_into().expect("took 8 bytes"),
        ))
    }
    pub fn i16(&mut self) -> Result<i16> {
        Ok(i16::from_le_bytes(
            self.take(2)?.try_into().expect("took 2 bytes"),
        ))
    }
    pub fn f32(&mut self) -> Result<f32> {
        Ok(f32::from_le_bytes(
            self.take(4)?.try_into().expect("took 4 bytes"),
        ))
    }
    pub fn varint(&mut self) -> Result<u64> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.u8()?;
            v |= ((b & 0x7f) as u64) << shift;
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err(Error::model("model data is corrupt: varint too long"))
    }
    pub fn str(&mut self) -> Result<String> {
        let n = self.varint()? as usize;
        let b = self.take(n)?;
        String::from_utf8(b.to_vec()).map_err(|_| Error::model("model data is corrupt: bad UTF-8"))
    }
    pub fn strs(&mut self) -> Result<Vec<String>> {
        let n = self.varint()? as usize;
        (0..n).map(|_| self.str()).collect()
    }
}

/// Wraps a payload in the model file envelope.
pub fn encode_file(kind: &str, version: u32, payload: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(payload.len() / 2 + 32);
    out.extend_from_slice(MAGIC);
    let mut head = Writer::new();
    head.str(kind);
    head.u32(version);
    out.extend_from_slice(head.bytes());
    let mut enc = flate2::write::DeflateEncoder::new(out, flate2::Compression::best());
    enc.write_all(payload)
        .expect("writing to a Vec cannot fail");
    enc.finish().expect("writing to a Vec cannot fail")
}

/// Like [`encode_file`] but with a DEFLATE level from 0 (stored: no compression, the fastest
/// to decode, for payloads of random-looking hashes that barely compress) to 9.
/// [`decode_file`] reads both.
pub fn encode_file_with_level(kind: &str, version: u32, payload: &[u8], level: u32) -> Vec<u8> {
    let mut out = Vec::with_capacity(payload.len() + 64);
    out.extend_from_slice(MAGIC);
    let mut head = Writer::new();
    head.str(kind);
    head.u32(version);
    out.extend_from_slice(head.bytes());
    let mut enc = flate2::write::DeflateEncoder::new(out, flate2::Compression::new(level.min(9)));
    enc.write_all(payload)
        .expect("writing to a Vec cannot fail");
    enc.finish().expect("writing to a Vec cannot fail")
}

/// Checks the envelope of a model file and returns its decompressed payload.
///
/// `name` is used in messages (e.g. `pos.bin`), `retrain` is the command that rebuilds it.
pub fn decode_file(
    bytes: &[u8],
    name: &str,
    kind: &str,
    version: u32,
    retrain: &str,
) -> Result<Vec<u8>> {
    if bytes.len() < MAGIC.len() || &bytes[..MAGIC.len()] != MAGIC {
        return Err(Error::model(format!(
            "model {name} is not a relgraph model file (bad magic number); run `{retrain}` to rebuild it"
        )));
    }
    let mut r = Reader::new(&bytes[MAGIC.len()..]);
    let got_kind = r.str()?;
    if got_kind != kind {
        return Err(Error::model(format!(
            "model {name} is a `{got_kind}` model, expected `{kind}`; run `{retrain}` to rebuild it"
        )));
    }
    let got = r.u32()?;
    if got != version {
        return Err(Error::model(format!(
            "model {name} has format {got}, this build reads {version}; run `{retrain}` to rebuild it"
        )));
    }
    let rest = &bytes[MAGIC.len() + r.pos..];
    let mut payload = Vec::new();
    flate2::read::DeflateDecoder::new(rest)
        .read_to_end(&mut payload)
        .map_err(|e| Error::model(format!("model {name} is corrupt ({e}); run `{retrain}`")))?;
    Ok(payload)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn envelope_round_trips_and_version_mismatch_says_how_to_fix() {
        let mut w = Writer::new();
        w.str("hello");
        w.varint(300);
        w.i16(-5);
        let file = encode_file("pos", 3, w.bytes());
        let payload = decode_file(&file, "pos.bin", "pos", 3, "relgraph train pos").unwrap();
        let mut r = Reader::new(&payload);
        assert_eq!(r.str().unwrap(), "hello");
        assert_eq!(r.varint().unwrap(), 300);
        assert_eq!(r.i16().unwrap(), -5);
        assert!(r.is_empty());

        let err = decode_file(&file, "pos.bin", "pos", 4, "relgraph train pos").unwrap_err();
        assert_eq!(
            err.to_string(),
            "model pos.bin has format 3, this build reads 4; run `relgraph train pos` to rebuild it"
        );
        assert!(decode_file(b"garbage!", "x", "pos", 3, "t").is_err());
        for level in [0, 1, 9] {
            let f = encode_file_with_level("pos", 3, w.bytes(), level);
            assert_eq!(
                decode_file(&f, "pos.bin", "pos", 3, "t").unwrap(),
                w.bytes()
            );
        }
        assert!(decode_file(&file[..12], "x", "pos", 3, "t").is_err());
    }
}
