//! Text clean-up shared by the exporters: what each format cannot carry, and its replacement.
//!
//! | input                                   | JSON | DOT            | GraphML       | CSV   |
//! |-----------------------------------------|------|----------------|---------------|-------|
//! | C0 controls except tab/LF/CR, U+FFFE/F  | kept | removed        | removed       | removed |
//! | newline, carriage return                | kept | escaped        | kept (CR as `&#13;`) | space |
//! | `;` inside a list element               | kept | kept           | kept          | `,`   |
//!
//! XML 1.0 forbids most C0 controls outright (xmllint rejects the file), and Graphviz would copy
//! them into SVG, so both drop them; CSV drops them too so every consumer sees the same labels.

use std::borrow::Cow;

/// True for characters XML 1.0 cannot contain (section 2.2, `Char`).
pub fn is_forbidden_in_xml(c: char) -> bool {
    matches!(c, '\u{0}'..='\u{8}' | '\u{B}' | '\u{C}' | '\u{E}'..='\u{1F}' | '\u{FFFE}' | '\u{FFFF}')
}

/// Removes characters XML 1.0 forbids; borrows when there are none.
pub fn strip_forbidden(s: &str) -> Cow<'_, str> {
    if s.chars().any(is_forbidden_in_xml) {
        Cow::Owned(s.chars().filter(|&c| !is_forbidden_in_xml(c)).collect())
    } else {
        Cow::Borrowed(s)
    }
}

/// A one-line property value: forbidden characters removed, CR and LF each become a space.
pub fn one_line(s: &str) -> String {
    strip_forbidden(s).replace(['\r', '\n'], " ")
}

/// The decimal digits of `n`, written into `buf` (what `n.to_string()` gives, without the
/// formatting machinery: exporters write millions of counts and offsets).
pub fn digits(mut n: usize, buf: &mut [u8; 20]) -> &[u8] {
    let mut at = buf.len();
    loop {
        at -= 1;
        buf[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            return &buf[at..];
        }
    }
}

/// A piece of a string being escaped: a run that needs no change, or one character that might.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Piece<'a> {
    Plain(&'a str),
    Odd(char),
}

/// The bytes that start a character an escaper must look at: ASCII controls (when asked), up to
/// `N - 1` more ASCII bytes, and 0xEF, the lead byte of U+FFFE and U+FFFF (the only non-ASCII
/// characters any format here changes). Built at compile time, one per escaper; `N` is how
/// many bytes the word test compares (the default, 4, allows three extra bytes).
#[derive(Debug)]
pub struct OddBytes<const N: usize = 4> {
    table: [bool; 256],
    controls: bool,
    /// `extra` and 0xEF, padded with 0xEF.
    bytes: [u8; N],
}

/// `b` in every byte of a word.
const fn splat(b: u8) -> u64 {
    u64::from_ne_bytes([b; 8])
}

impl<const N: usize> OddBytes<N> {
    pub const fn new(controls: bool, extra: &[u8]) -> OddBytes<N> {
        assert!(extra.len() < N, "at most N - 1 extra bytes");
        let mut table = [false; 256];
        let mut b = 0;
        while b < 0x20 {
            table[b] = controls;
            b += 1;
        }
        let mut bytes = [0xEF; N];
        let mut i = 0;
        while i < extra.len() {
            table[extra[i] as usize] = true;
            bytes[i] = extra[i];
            i += 1;
        }
        table[0xEF] = true;
        OddBytes {
            table,
            controls,
            bytes,
        }
    }

    /// Whether any byte of the word `x` is odd (exact: the classic "has zero byte" and "has
    /// byte less than n" bit tricks never report a byte that is not there).
    fn any_in(&self, x: u64) -> bool {
        let (ones, highs) = (splat(0x01), splat(0x80));
        let zero = |v: u64| v.wrapping_sub(ones) & !v & highs;
        let mut hit = 0;
        if self.controls {
            hit |= x.wrapping_sub(splat(0x20)) & !x & highs;
        }
        for b in self.bytes {
            hit |= zero(x ^ splat(b));
        }
        hit != 0
    }

    /// Index of the first odd byte of `bytes`: eight bytes at a time, then one by one.
    fn find(&self, bytes: &[u8]) -> Option<usize> {
        let mut at = 0;
        for chunk in bytes.chunks_exact(8) {
            let word = u64::from_ne_bytes(chunk.try_into().expect("chunks of eight"));
            if self.any_in(word) {
                break;
            }
            at += 8;
        }
        let rest = &bytes[at..];
        rest.iter()
            .position(|&b| self.table[usize::from(b)])
            .map(|p| at + p)
    }
}

/// Splits `s` for an escaping writer into the longest [`Piece::Plain`] runs and the
/// [`Piece::Odd`] characters that start with an odd byte, so an escaper copies whole runs
/// instead of testing every character.
pub fn pieces<'a, const N: usize>(s: &'a str, odd: &'static OddBytes<N>) -> Pieces<'a, N> {
    Pieces { s, at: 0, odd }
}

/// Iterator of [`pieces`].
#[derive(Debug)]
pub struct Pieces<'a, const N: usize = 4> {
    s: &'a str,
    at: usize,
    odd: &'static OddBytes<N>,
}

impl<'a, const N: usize> Iterator for Pieces<'a, N> {
    type Item = Piece<'a>;

    fn next(&mut self) -> Option<Piece<'a>> {
        let rest = &self.s.as_bytes()[self.at..];
        let run = self.odd.find(rest).unwrap_or(rest.len());
        let start = self.at;
        if run > 0 {
            self.at += run;
            return Some(Piece::Plain(&self.s[start..self.at]));
        }
        let c = self.s[start..].chars().next()?;
        self.at += c.len_utf8();
        Some(Piece::Odd(c))
    }
}

/// The distinct values of `items`, sorted, in `scratch` (cleared first): what collecting into a
/// `BTreeSet` gives, without allocating per call once `scratch` has grown.
pub fn distinct<'a, 's>(
    scratch: &'s mut Vec<&'a str>,
    items: impl IntoIterator<Item = &'a str>,
) -> &'s [&'a str] {
    scratch.clear();
    scratch.extend(items);
    if scratch.len() > 1 {
        scratch.sort_unstable();
        scratch.dedup();
    }
    scratch
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cleaning_table() {
        for (input, stripped, line) in [
            ("plain", "plain", "plain"),
            ("bell\u{7}char", "bellchar", "bellchar"),
            ("two\nlines\r", "two\nlines\r", "two lines "),
            ("tab\tkept", "tab\tkept", "tab\tkept"),
            ("nul\u{0}\u{1F}\u{FFFF}", "nul", "nul"),
            ("emoji 🚀 שלום", "emoji 🚀 שלום", "emoji 🚀 שלום"),
        ] {
            assert_eq!(strip_forbidden(input), stripped, "{input:?}");
            assert_eq!(one_line(input), line, "{input:?}");
        }
    }

    fn check_every_byte_in_every_lane<const N: usize>(odd: &OddBytes<N>) {
        for b in 0..=255u8 {
            for lane in 0..8 {
                let mut word = [b'a'; 8];
                word[lane] = b;
                let x = u64::from_ne_bytes(word);
                assert_eq!(
                    odd.any_in(x),
                    odd.table[usize::from(b)],
                    "{b:#x} in lane {lane}"
                );
            }
            let mut long = vec![b'x'; 19];
            long[13] = b;
            let want = odd.table[usize::from(b)].then_some(13);
            assert_eq!(odd.find(&long), want, "{b:#x}");
        }
    }

    #[test]
    fn word_test_agrees_with_the_table_on_every_byte_in_every_lane() {
        static SETS: [OddBytes; 3] = [
            OddBytes::new(true, b"&<>"),
            OddBytes::new(false, b";"),
            OddBytes::new(true, b""),
        ];
        for odd in &SETS {
            check_every_byte_in_every_lane(odd);
        }
        static WIDE: OddBytes<6> = OddBytes::new(true, b"\"&<>\\");
        check_every_byte_in_every_lane(&WIDE);
    }

    #[test]
    fn distinct_is_what_a_btree_set_gives() {
        let mut scratch = Vec::new();
        for items in [&[][..], &["b"], &["b", "a", "b", "", "a"], &["x", "x"]] {
            let want: Vec<&str> = items
                .iter()
                .copied()
                .collect::<std::collections::BTreeSet<_>>()
                .into_iter()
                .collect();
            assert_eq!(distinct(&mut scratch, items.iter().copied()), want);
        }
    }

    #[test]
    fn digits_match_to_string() {
        for n in [0, 7, 10, 99, 1_000_001, usize::MAX] {
            assert_eq!(digits(n, &mut [0; 20]), n.to_string().as_bytes(), "{n}");
        }
    }

    #[test]
    fn runs_split_only_at_the_characters_asked_for() {
        for (input, want) in [
            ("plain", "[plain]"),
            ("a\"b", "[a]<\">[b]"),
            ("\n\n", "<\n><\n>"),
            ("é\u{FFFE}ü\u{F000}x", "[é]<\u{FFFE}>[ü]<\u{F000}>[x]"),
            ("", ""),
        ] {
            let mut out = String::new();
            static ODD: OddBytes = OddBytes::new(false, b"\"\n");
            for piece in pieces(input, &ODD) {
                match piece {
                    Piece::Plain(run) => out.push_str(&format!("[{run}]")),
                    Piece::Odd(c) => out.push_str(&format!("<{c}>")),
                }
            }
            assert_eq!(out, want, "{input:?}");
        }
    }
}
