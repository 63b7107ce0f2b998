//! UD English (EWT) tokenizer: splits text into tokens with byte spans, in one linear pass.
//!
//! Conventions follow UD English EWT train, checked token by token:
//! - whitespace-free chunks are cut into words and punctuation; runs of the same punctuation
//!   (`...`, `--`, `!!!`, `?!`) stay one token; brackets and double quotes never merge;
//! - clitics split off (`Putin` `'s`, `ca` `n't`, `I` `'m`, `gon` `na`, `can` `not`); EWT marks
//!   these as multiword tokens, so the pieces are flagged as one surface token (`Piece::clitic`);
//! - abbreviations keep their period (`U.S.`, `Mr.`, `e.g.`, initials `J.`), other periods split;
//! - hyphens split (`30` `-` `day`, `Al` `-` `Qaeda`) except after a prefix EWT keeps attached
//!   (`e-mail`, `non-profit`) and inside phone numbers; `1,000.50`, `5:30`, `11/20/2000`, `AT&T`
//!   stay whole; `$` and `%` split off; a unit after a number splits (`5` `pm`);
//! - URLs and e-mail addresses are single tokens; an emoji with its modifiers is one token.

use super::lexicon;

/// One token found by the lexer: its byte span, and whether it continues the surface token of
/// the previous piece (a clitic split off the same written word, like `n't` in `don't`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Piece {
    pub start: usize,
    pub end: usize,
    pub clitic: bool,
}

/// Whitespace for tokenization: Unicode `White_Space` plus zero-width space and BOM, which
/// separate tokens but are never part of one.
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{200B}' || c == '\u{FEFF}'
}

/// Lexes `text[start..end]` into pieces with absolute spans, appending to `out`.
///
/// `start` and `end` must be char boundaries of `text`. Linear in `end - start`.
pub(crate) fn lex(text: &str, start: usize, end: usize, out: &mut Vec<Piece>) {
    let mut i = start;
    while i < end {
        let c = char_at(text, i);
        if is_space(c) {
            i += c.len_utf8();
            continue;
        }
        let mut j = i + c.len_utf8();
        while j < end {
            let d = char_at(text, j);
            if is_space(d) {
                break;
            }
            j += d.len_utf8();
        }
        lex_chunk(text, i, j, out);
        i = j;
    }
}

/// The char starting at byte `i` (a char boundary).
#[inline]
fn char_at(text: &str, i: usize) -> char {
    let b = text.as_bytes()[i];
    if b < 0x80 {
        return b as char;
    }
    text[i..]
        .chars()
        .next()
        .expect("index is a char boundary inside the text")
}

/// Letters, digits and combining marks: the characters words are made of.
#[inline]
pub(crate) fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    c.is_alphanumeric() || is_mark(c)
}

/// Combining marks and Indic/Thai vowel signs (an approximation of Unicode `M*` without tables),
/// so `e` + U+0301 or Devanagari syllables stay inside one word.
fn is_mark(c: char) -> bool {
    matches!(c as u32,
        0x0300..=0x036F | 0x0483..=0x0489 | 0x0591..=0x05BD | 0x05BF | 0x05C1..=0x05C2
        | 0x05C4..=0x05C5 | 0x05C7 | 0x0610..=0x061A | 0x064B..=0x065F | 0x0670
        | 0x06D6..=0x06DC | 0x06DF..=0x06E4 | 0x06E7..=0x06E8 | 0x06EA..=0x06ED
        | 0x0900..=0x0963 | 0x0966..=0x0DFF | 0x0E31 | 0x0E34..=0x0E3A | 0x0E47..=0x0E4E
        | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x200C | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

/// Lexes one whitespace-free chunk `text[s..e]`.
/// The letters that name a country's dollar right before "$": Australian, Canadian, Hong Kong,
/// New Taiwan, New Zealand, Singapore and US dollars, Brazilian reais, Zimbabwe dollars.
pub const DOLLAR_PREFIXES: &[&str] = &[
    "A", "AU", "C", "CA", "HK", "NT", "NZ", "R", "S", "SG", "US", "Z",
];

fn lex_chunk(text: &str, s: usize, e: usize, out: &mut Vec<Piece>) {
    let mut i = s;
    while i < e {
        let c = char_at(text, i);
        let end = if is_word_char(c) {
            if let Some(end) = url_end(text, i, e).or_else(|| email_end(text, i, e)) {
                out.push(Piece {
                    start: i,
                    end,
                    clitic: false,
                });
                i = end;
                continue;
            }
            let mut end = scan_word(text, i, e);
            // "US$4.5 billion", "S$65 million": a country's letters before the dollar sign are
            // one currency symbol, as EWT has "US$".
            if end < e && text.as_bytes()[end] == b'$' && DOLLAR_PREFIXES.contains(&&text[i..end]) {
                end += 1;
            }
            emit_word(text, i, end, out);
            i = end;
            continue;
        } else {
            scan_punct(text, i, e)
        };
        out.push(Piece {
            start: i,
            end,
            clitic: false,
        });
        i = end;
    }
}

/// A URL starting at `i` (scheme or `www.`), minus trailing sentence punctuation.
fn url_end(text: &str, i: usize, e: usize) -> Option<usize> {
    let rest = &text.as_bytes()[i..e];
    let starts = |p: &[u8]| rest.len() > p.len() && rest[..p.len()].eq_ignore_ascii_case(p);
    if !(starts(b"http://") || starts(b"https://") || starts(b"ftp://") || starts(b"www.")) {
        return None;
    }
    Some(trim_trailing(text, i, e))
}

/// Drops closing punctuation from the end of a URL-like token (a `)` only if it has no `(`).
fn trim_trailing(text: &str, i: usize, mut e: usize) -> usize {
    let has_paren = text[i..e].contains('(');
    while e > i + 1 {
        let c = text[i..e].chars().next_back().expect("range is non-empty");
        let strip = matches!(
            c,
            '.' | ',' | ';' | ':' | '!' | '?' | ']' | '}' | '"' | '\'' | '>'
        ) || matches!(c, '\u{201D}' | '\u{2019}')
            || (c == ')' && !has_paren);
        if !strip {
            break;
        }
        e -= c.len_utf8();
    }
    e
}

/// An e-mail address `local@domain.tld` starting at `i`.
fn email_end(text: &str, i: usize, e: usize) -> Option<usize> {
    let b = text.as_bytes();
    let local = |c: u8| c.is_ascii_alphanumeric() || matches!(c, b'.' | b'_' | b'%' | b'+' | b'-');
    let mut j = i;
    while j < e && local(b[j]) {
        j += 1;
    }
    if j == i || j >= e || b[j] != b'@' {
        return None;
    }
    j += 1;
    let domain_start = j;
    while j < e && (b[j].is_ascii_alphanumeric() || b[j] == b'.' || b[j] == b'-') {
        j += 1;
    }
    while j > domain_start && matches!(b[j - 1], b'.' | b'-') {
        j -= 1;
    }
    text[domain_start..j].contains('.').then_some(j)
}

/// Scans a word from `i`: word characters joined by connectors that EWT keeps inside a token.
/// Returns its end, including the period of an abbreviation.
fn scan_word(text: &str, i: usize, e: usize) -> usize {
    let b = text.as_bytes();
    let mut j = i;
    let mut seg = i; // start of the current hyphen-separated segment
    loop {
        while j < e {
            let c = char_at(text, j);
            if !is_word_char(c) {
                break;
            }
            j += c.len_utf8();
        }
        if j >= e || j == i {
            break;
        }
        let c = char_at(text, j);
        let after = j + c.len_utf8();
        let Some(next) = (after < e).then(|| char_at(text, after)) else {
            break;
        };
        let prev = b[j - 1];
        let joins = match c {
            '.' => next.is_alphanumeric(),
            ',' | ':' | '/' => prev.is_ascii_digit() && next.is_ascii_digit(),
            '&' => next.is_ascii_alphabetic() && prev.is_ascii_alphabetic() && j - seg <= 3,
            '\'' | '\u{2019}' => next.is_alphabetic() && prev.is_ascii_alphabetic(),
            '-' => {
                next.is_alphanumeric()
                    && (lexicon::is_hyphen_prefix(&text[seg..j]) || phone_like(b, seg, j, e))
            }
            _ => false,
        };
        if !joins {
            break;
        }
        if c == '-' {
            seg = after;
        }
        j = after;
    }
    if j < e && b[j] == b'.' && keeps_period(&text[i..j]) {
        j += 1;
    }
    j
}

/// `713-853-3989`, `1-800-...`, `345-9945`: digit groups of phone numbers stay one token, while
/// ranges like `1969-1970` or `3-4` split.
fn phone_like(b: &[u8], seg: usize, j: usize, e: usize) -> bool {
    let left = j - seg;
    if !(left == 1 || left == 3) || !b[seg..j].iter().all(u8::is_ascii_digit) {
        return false;
    }
    let mut k = j + 1;
    while k < e && b[k].is_ascii_digit() {
        k += 1;
    }
    let right = k - j - 1;
    right == 4 || (right == 3 && k < e && b[k] == b'-')
}

/// Does a period right after `word` belong to it? Dotted acronyms (`U.S`, `e.g`, `p.m`),
/// initials (`J`) and listed abbreviations keep it.
fn keeps_period(word: &str) -> bool {
    let b = word.as_bytes();
    if b.len() == 1 {
        return b[0].is_ascii_uppercase();
    }
    if b.contains(&b'.') {
        return word
            .split('.')
            .all(|s| !s.is_empty() && s.len() <= 3 && s.bytes().all(|c| c.is_ascii_alphabetic()));
    }
    lexicon::is_abbreviation(word)
}

/// Emits a scanned word, splitting clitics and number units.
fn emit_word(text: &str, i: usize, end: usize, out: &mut Vec<Piece>) {
    let word = &text[i..end];
    if let Some(cut) = clitic_cut(word) {
        out.push(Piece {
            start: i,
            end: i + cut,
            clitic: false,
        });
        out.push(Piece {
            start: i + cut,
            end,
            clitic: true,
        });
        return;
    }
    if let Some(cut) = unit_cut(word) {
        out.push(Piece {
            start: i,
            end: i + cut,
            clitic: false,
        });
        out.push(Piece {
            start: i + cut,
            end,
            clitic: false,
        });
        return;
    }
    out.push(Piece {
        start: i,
        end,
        clitic: false,
    });
}

/// Where a contraction or possessive splits: `do|n't`, `ca|n't`, `Putin|'s`, `I|'m`, `gon|na`.
fn clitic_cut(word: &str) -> Option<usize> {
    let b = word.as_bytes();
    let n = b.len();
    if n < 2
        || !b
            .iter()
            .all(|&c| c.is_ascii_alphabetic() || c == b'\'' || c >= 0x80)
    {
        return None;
    }
    // `n't` with a straight (1-byte) or curly (3-byte) apostrophe; `n` and `t` are ASCII, so the
    // slice between them is on char boundaries.
    for apos_len in [1usize, 3] {
        let tail = 2 + apos_len; // n + apostrophe + t
        if n > tail
            && b[n - tail].eq_ignore_ascii_case(&b'n')
            && b[n - 1].eq_ignore_ascii_case(&b't')
            && word[n - tail + 1..n - 1].chars().all(is_apostrophe)
        {
            return Some(n - tail);
        }
    }
    // `'s 'm 'd 're 've 'll` after a non-empty stem.
    if let Some(pos) = word.rfind(is_apostrophe) {
        let suffix = &word[pos..];
        let rest = suffix.trim_start_matches(is_apostrophe);
        let clitic = ["s", "m", "d", "re", "ve", "ll"]
            .iter()
            .any(|c| rest.eq_ignore_ascii_case(c));
        if pos > 0 && clitic && rest.len() < suffix.len() {
            return Some(pos);
        }
        return None;
    }
    let mut buf = [0u8; 8];
    if n > buf.len() {
        return None;
    }
    for (d, s) in buf.iter_mut().zip(b) {
        *d = s.to_ascii_lowercase();
    }
    match &buf[..n] {
        b"cannot" => Some(3),
        b"gonna" | b"wanna" | b"gotta" => Some(3),
        b"dont" | b"didnt" | b"doesnt" | b"isnt" | b"wasnt" | b"arent" | b"werent" | b"cant"
        | b"wont" | b"wouldnt" | b"couldnt" | b"havent" | b"hasnt" | b"hadnt" => Some(n - 2),
        b"im" => Some(1),
        _ => None,
    }
}

/// `5pm` -> `5|pm`, `35mm` -> `35|mm`; `21st` and `1980s` stay whole.
fn unit_cut(word: &str) -> Option<usize> {
    let b = word.as_bytes();
    if !b.first().is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let cut = b
        .iter()
        .position(|c| !(c.is_ascii_digit() || *c == b'.' || *c == b','))?;
    let unit = &word[cut..];
    (b[cut - 1].is_ascii_digit()
        && unit.bytes().all(|c| c.is_ascii_alphabetic())
        && lexicon::is_unit(unit))
    .then_some(cut)
}

/// Emoticons EWT keeps as one token.
const EMOTICONS: &[&str] = &[
    ":'(", ":(", ":)", ":-(", ":-)", ":-D", ":-P", ":-/", ":/", ":D", ":P", ":]", ":p", ";)",
    ";-)", "<3", "=)",
];

/// Scans one punctuation or symbol token starting at `i`.
fn scan_punct(text: &str, i: usize, e: usize) -> usize {
    let b = text.as_bytes();
    let c = char_at(text, i);
    if matches!(c, ':' | ';' | '<' | '=') {
        for emo in EMOTICONS {
            let end = i + emo.len();
            if end <= e
                && &b[i..end] == emo.as_bytes()
                && (end == e || !char_at(text, end).is_alphanumeric())
            {
                return end;
            }
        }
    }
    match c {
        '.' | '!' | '?' | '\u{2026}' => {
            run_while(text, i, e, |d| matches!(d, '.' | '!' | '?' | '\u{2026}'))
        }
        '(' | ')' | '[' | ']' | '{' | '}' | '"' | '\u{201C}' | '\u{201D}' | '$' | '%' => {
            i + c.len_utf8()
        }
        '\u{2018}' | '\u{2019}' => run_while(text, i, e, |d| d == '\u{2018}' || d == '\u{2019}'),
        _ if c.is_ascii() => run_while(text, i, e, |d| d == c),
        _ if c.is_alphanumeric() || is_mark(c) => i + c.len_utf8(),
        _ => symbol_end(text, i, e),
    }
}

fn run_while(text: &str, i: usize, e: usize, keep: impl Fn(char) -> bool) -> usize {
    let mut j = i;
    while j < e {
        let d = char_at(text, j);
        if !keep(d) {
            break;
        }
        j += d.len_utf8();
    }
    j.max(i + char_at(text, i).len_utf8())
}

/// One non-ASCII symbol, with emoji modifiers, variation selectors, keycaps, tags and
/// zero-width-joiner sequences attached, and regional-indicator pairs (flags) kept together.
fn symbol_end(text: &str, i: usize, e: usize) -> usize {
    let first = char_at(text, i);
    let mut j = i + first.len_utf8();
    let regional = |c: char| ('\u{1F1E6}'..='\u{1F1FF}').contains(&c);
    if regional(first) && j < e && regional(char_at(text, j)) {
        j += 4;
    }
    while j < e {
        let d = char_at(text, j);
        let modifier =
            matches!(d as u32, 0xFE00..=0xFE0F | 0x1F3FB..=0x1F3FF | 0x20E3 | 0xE0020..=0xE007F);
        if modifier {
            j += d.len_utf8();
        } else if d == '\u{200D}' {
            j += d.len_utf8();
            if j < e {
                j += char_at(text, j).len_utf8();
            }
        } else {
            break;
        }
    }
    j
}
