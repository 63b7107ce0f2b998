//! Sentence boundaries for news text, decided on the token stream in one linear pass.
//!
//! A boundary follows a token when:
//! - a blank line follows it (always);
//! - it is terminal punctuation (`.`, `!`, `?`, runs like `?!`) and the next word does not start
//!   lower-case; closing quotes and brackets attached after it belong to the sentence;
//! - it is an ellipsis and the next word is capitalised;
//! - it is an abbreviation (`U.S.`, `Inc.`, not a title like `Mr.` or an initial like `J.`) and
//!   the next word is a typical sentence opener (`The`, `He`): `... in the U.S. The next day`;
//! - a single line break follows it and the line does not end mid-phrase (headlines, datelines,
//!   list items), unless the next line starts lower-case;
//! - it is the dash after a dateline that opens a line ([`super::dateline`]: "LONDON, June 18
//!   (Reuters) - The ...").
//!
//! Within a line these rules only propose: a classifier learned from EWT train
//! ([`super::boundary`]) takes their verdict as one feature among the words around the gap.

use super::boundary::BoundaryModel;
use super::dateline;
use super::lexicon;
use super::tokenize::{Piece, is_word_char};

/// Longest sentence, in tokens, before a break is forced. UD English EWT's longest sentence has
/// 159 tokens, GUM's 110; a longer "sentence" is a table, a list or junk. Without the cap a
/// 50,000-token run made every triple carry the whole run as evidence text (14 GB, 98 s in
/// `relgraph build`; see tests/integration/regressions.rs).
pub const MAX_SENTENCE_TOKENS: usize = 400;

/// Splits pieces into sentences, returning half-open piece index ranges covering all pieces.
/// The rules below propose, the embedded [`BoundaryModel`] decides.
pub(crate) fn boundaries(text: &str, pieces: &[Piece]) -> Vec<(usize, usize)> {
    boundaries_with(text, pieces, BoundaryModel::embedded())
}

/// [`boundaries`] with a given classifier (an empty one keeps the rules' verdicts).
pub(crate) fn boundaries_with(
    text: &str,
    pieces: &[Piece],
    model: &BoundaryModel,
) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut first = 0;
    let mut feats = Vec::new();
    for i in 0..pieces.len() {
        let full = i + 1 - first >= MAX_SENTENCE_TOKENS;
        let ends = i + 1 == pieces.len()
            || full
            || match decision(text, pieces, i) {
                Decision::Rules(rule) => rule,
                Decision::Model(rule) => model.breaks(text, pieces, i, rule, &mut feats),
            };
        if ends {
            out.push((first, i + 1));
            first = i + 1;
        }
    }
    out
}

/// Calls `each(i, rule)` for every gap after piece `i` that the classifier decides, with the
/// rules' verdict (the gaps [`boundaries_with`] asks the model about).
#[cfg(feature = "train")]
pub(crate) fn each_decision(text: &str, pieces: &[Piece], mut each: impl FnMut(usize, bool)) {
    for i in 0..pieces.len().saturating_sub(1) {
        if let Decision::Model(rule) = decision(text, pieces, i) {
            each(i, rule);
        }
    }
}

/// What decides the gap after piece `i` (not the last piece).
enum Decision {
    /// The rules alone: across a line break (a blank line always breaks). The classifier
    /// learned from treebank text whose paragraphs have no line breaks inside, so headlines,
    /// datelines and list items stay with the rules.
    Rules(bool),
    /// The classifier, given the rules' verdict.
    Model(bool),
}

fn decision(text: &str, pieces: &[Piece], i: usize) -> Decision {
    if dateline::ends_dateline(text, pieces, i) {
        return Decision::Rules(true);
    }
    let rule = breaks_after(text, pieces, i);
    if line_breaks(&text[pieces[i].end..pieces[i + 1].start]) >= 1 {
        Decision::Rules(rule)
    } else {
        Decision::Model(rule)
    }
}

fn form<'t>(text: &'t str, p: &Piece) -> &'t str {
    &text[p.start..p.end]
}

/// Number of line breaks in the gap between two pieces (`\r\n` counts once).
pub(crate) fn line_breaks(gap: &str) -> usize {
    let lf = gap.bytes().filter(|&b| b == b'\n').count();
    if lf > 0 {
        return lf;
    }
    gap.chars()
        .filter(|&c| matches!(c, '\r' | '\u{2028}' | '\u{2029}' | '\u{85}'))
        .count()
        + 2 * gap.chars().filter(|&c| c == '\u{2029}').count()
}

fn is_closer(s: &str) -> bool {
    matches!(
        s,
        ")" | "]"
            | "}"
            | "\""
            | "'"
            | "''"
            | "\u{201D}"
            | "\u{2019}"
            | "\u{2019}\u{2019}"
            | "\u{BB}"
    )
}

fn is_opener(s: &str) -> bool {
    matches!(
        s,
        "(" | "["
            | "{"
            | "\""
            | "'"
            | "`"
            | "``"
            | "\u{201C}"
            | "\u{2018}"
            | "\u{2018}\u{2019}"
            | "\u{AB}"
    )
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Terminal {
    /// `.`, `!`, `?` and runs of them.
    Stop,
    /// `...`, `…`: ends a sentence only before a capitalised word.
    Ellipsis,
    /// A word with its abbreviation period (`U.S.`, `Inc.`).
    Abbreviation,
    None,
}

fn terminal(s: &str) -> Terminal {
    let b = s.as_bytes();
    if s == "\u{2026}"
        || (b.len() >= 2 && b.iter().all(|&c| c == b'.'))
        || s.starts_with('\u{2026}')
    {
        return Terminal::Ellipsis;
    }
    if !b.is_empty() && b.iter().all(|&c| matches!(c, b'.' | b'!' | b'?')) {
        return Terminal::Stop;
    }
    if b.len() >= 2 && b[b.len() - 1] == b'.' && is_word_char(s.chars().next().unwrap_or(' ')) {
        let word = &s[..s.len() - 1];
        let initial = word.len() == 1;
        if initial || lexicon::is_title(word) {
            return Terminal::None;
        }
        return Terminal::Abbreviation;
    }
    Terminal::None
}

/// The first character of the next word after piece `i`, skipping a few opening quotes/brackets.
fn next_word<'t>(text: &'t str, pieces: &[Piece], i: usize) -> Option<&'t str> {
    pieces[i + 1..]
        .iter()
        .take(6)
        .map(|p| form(text, p))
        .find(|s| !is_opener(s))
}

fn starts_lower(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_lowercase)
}

fn starts_upper(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

/// Words after which a line break never ends a headline or list item.
fn continues_line(s: &str) -> bool {
    matches!(
        s,
        "," | ";"
            | ":"
            | "("
            | "["
            | "-"
            | "--"
            | "\u{2013}"
            | "\u{2014}"
            | "&"
            | "/"
            | "the"
            | "a"
            | "an"
            | "of"
            | "to"
            | "and"
            | "or"
            | "in"
            | "for"
            | "with"
            | "on"
            | "at"
            | "by"
            | "from"
            | "that"
            | "as"
            | "is"
            | "was"
            | "are"
            | "were"
            | "be"
            | "but"
    )
}

/// `1.` or `(2).` opening a line: a list number, not the end of a sentence.
fn list_number(text: &str, pieces: &[Piece], k: usize) -> bool {
    if k == 0 || form(text, &pieces[k]) != "." {
        return false;
    }
    let num = form(text, &pieces[k - 1]);
    let numeric = !num.is_empty()
        && num.len() <= 2
        && num
            .bytes()
            .all(|b| b.is_ascii_digit() || b.is_ascii_lowercase());
    numeric
        && (k == 1
            || text[pieces[k - 2].end..pieces[k - 1].start].contains('\n')
            || form(text, &pieces[k - 2]) == "*")
}

fn is_emoticon(s: &str) -> bool {
    s.len() >= 2
        && s.len() <= 3
        && matches!(s.as_bytes()[0], b':' | b';' | b'=')
        && !s.ends_with([':', ';'])
}

fn is_url(s: &str) -> bool {
    s.contains("://") || s.starts_with("www.")
}

fn breaks_after(text: &str, pieces: &[Piece], i: usize) -> bool {
    let cur = &pieces[i];
    let next = &pieces[i + 1];
    let gap = &text[cur.end..next.start];
    let breaks = line_breaks(gap);
    if breaks >= 2 {
        return true;
    }
    // An attached closer after this token still belongs to the sentence.
    if gap.is_empty() && is_closer(form(text, next)) {
        return false;
    }
    // Walk back over attached closers to the token that may end the sentence.
    let mut k = i;
    while k > 0 && is_closer(form(text, &pieces[k])) && pieces[k - 1].end == pieces[k].start {
        k -= 1;
    }
    let Some(word) = next_word(text, pieces, i) else {
        return true;
    };
    // More stops or an emoticon after a stop (`. . .`, `? ?`, `:)`) still belong to the
    // sentence; other punctuation (`***`, `--`) opens the next one.
    if !word.starts_with(|c: char| is_word_char(c) || c == '$' || c == '@' || c == '#')
        && (terminal(word) != Terminal::None
            || is_emoticon(word)
            || word.starts_with([',', ';', ':', ')']))
    {
        return false;
    }
    let last = form(text, &pieces[k]);
    let ended = match if is_emoticon(last) {
        Terminal::Stop
    } else {
        terminal(last)
    } {
        // Web text often starts sentences lower-case, but a lower-case word after a quoted
        // question or exclamation continues the sentence: `"Why?" he asked`.
        Terminal::Stop => !list_number(text, pieces, k) && (k == i || !starts_lower(word)),
        Terminal::Ellipsis => starts_upper(word) && !gap.is_empty(),
        Terminal::Abbreviation => lexicon::is_starter(word) || (breaks == 1 && starts_upper(word)),
        Terminal::None => false,
    };
    if ended {
        return true;
    }
    // Lists of links, and sentences without final punctuation before a word that (almost)
    // only ever opens a sentence.
    let cur_form = form(text, cur);
    if is_url(cur_form) && is_url(word) {
        return true;
    }
    // E-mail headers and sign-offs: `08/16/2000 03:48 PM| John`, `Thanks,| Sean`.
    if starts_upper(word) && i >= 1 {
        let before = form(text, &pieces[i - 1]);
        let address = cur_form == ">" && before.contains('@');
        let clock = matches!(cur_form, "AM" | "PM")
            && before.contains(':')
            && before.starts_with(|c: char| c.is_ascii_digit());
        let sign_off = cur_form == ","
            && matches!(
                before,
                "Thanks" | "Sincerely" | "Regards" | "regards" | "Cheers" | "Best"
            );
        if clock || sign_off || address {
            return true;
        }
    }
    if !gap.is_empty()
        && cur_form.ends_with(|c: char| c.is_alphanumeric())
        && lexicon::is_strong_starter(word)
    {
        return true;
    }
    breaks == 1 && !starts_lower(word) && !continues_line(form(text, cur))
}
