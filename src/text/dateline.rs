//! Wire-service datelines: "LONDON, June 18 (Reuters) - Dunmore Breweries agreed ..." opens a
//! story with the place (and often the date and the agency) and a dash, then the first sentence
//! on the same line. Read as part of that sentence, the place became its subject ("London
//! agreed to buy Kessock"). The dash ends the dateline as a sentence of its own.
//!
//! A dateline opens a line and reads, in pieces:
//! - a place: one to four words, each in capitals ("LONDON", "ST. LOUIS", "D.C.") or
//!   capitalised ("Seoul"), optionally followed by a comma and more place words ("KYIV,
//!   Ukraine");
//! - optionally a comma and a date: a month, full or abbreviated, and a day ("June 18",
//!   "Sept. 3"), optionally a comma and a year;
//! - optionally an agency in brackets ("(Reuters)", "(AP)");
//! - a dash (`-`, `--`, `–`, `—`) followed by a capitalised word or an opening quote.
//!
//! A city only in capitalised words needs a date or an agency ("Seoul, Nov. 30 -"), so that
//! "Paris - the city of light" stays one sentence; a city in capitals (three letters or more:
//! "PS -- there is ..." is a postscript) does not ("WASHINGTON —
//! The Senate ...").

use super::lexicon::CALENDAR;
use super::tokenize::Piece;
use crate::document::Sentence;

/// Pieces a dateline may have before its dash.
const MAX_PIECES: usize = 16;

/// Is piece `i` the dash that ends a dateline opening its line?
pub(crate) fn ends_dateline(text: &str, pieces: &[Piece], i: usize) -> bool {
    let form = |k: usize| &text[pieces[k].start..pieces[k].end];
    if i == 0 || !matches!(form(i), "-" | "--" | "\u{2013}" | "\u{2014}") {
        return false;
    }
    let opens_sentence = pieces.get(i + 1).is_some_and(|_| {
        let next = form(i + 1);
        next.starts_with(char::is_uppercase)
            || matches!(next, "\"" | "\u{201C}" | "'" | "\u{2018}" | "``")
    });
    if !opens_sentence {
        return false;
    }
    // The start of the line: the first piece, or one after a line break.
    let Some(start) = (i.saturating_sub(MAX_PIECES)..i)
        .rev()
        .find(|&k| k == 0 || text[pieces[k - 1].end..pieces[k].start].contains(['\n', '\r']))
    else {
        return false;
    };
    let words = words((start..i).map(|k| (form(k), pieces[k].start, pieces[k].end)));
    reads_as_dateline(&words)
}

/// Is `sentence` a dateline ("LONDON, June 18 (Reuters) -"), as [`ends_dateline`] splits it
/// off? Such a sentence names a place, not an actor: nothing is extracted from it.
pub fn is_dateline(sentence: &Sentence) -> bool {
    let Some((dash, before)) = sentence.tokens.split_last() else {
        return false;
    };
    matches!(dash.form.as_str(), "-" | "--" | "\u{2013}" | "\u{2014}")
        && reads_as_dateline(&words(
            before
                .iter()
                .map(|t| (t.form.as_str(), t.span.start, t.span.end)),
        ))
}

/// The tokens of a dateline's city (`0..n`), when `sentence` is a dateline: "KESTLEY JUNCTION"
/// in "KESTLEY JUNCTION, March 21 -".
pub fn dateline_city(sentence: &Sentence) -> Option<usize> {
    if !is_dateline(sentence) {
        return None;
    }
    let toks = &sentence.tokens;
    // A hyphen written between two place words is inside the city ("AL-MANSURA").
    let glued = |k: usize| {
        toks[k].form == "-"
            && k > 0
            && k + 1 < toks.len()
            && toks[k - 1].span.end == toks[k].span.start
            && toks[k].span.end == toks[k + 1].span.start
            && is_place_word(&toks[k + 1].form)
    };
    let n = (0..toks.len())
        .take_while(|&k| is_place_word(&toks[k].form) || toks[k].form == "." || glued(k))
        .count();
    (n > 0).then_some(n)
}

/// The tokens of the place a dateline names after its city (`start..end`), when `sentence` is a
/// dateline: "Ukraine" in "KYIV, Ukraine (AP) -", "Estmark" in "LINDBERG, Estmark, Nov 12 -".
/// Capitalised place words between the city's comma and a comma, a bracket or the dash, none a
/// month's or a weekday's name ("LONDON, Tuesday -").
pub fn dateline_region(sentence: &Sentence) -> Option<(usize, usize)> {
    let city = dateline_city(sentence)?;
    let toks = &sentence.tokens;
    if toks.get(city).is_none_or(|t| t.form != ",") {
        return None;
    }
    let start = city + 1;
    let end = (start..toks.len())
        .take_while(|&k| {
            let w = &toks[k].form;
            let weekday = CALENDAR.iter().take(7).any(|d| w.eq_ignore_ascii_case(d));
            is_place_word(w) && !is_month(w) && !weekday
        })
        .last()?
        + 1;
    let closes = toks.get(end).is_some_and(|t| {
        matches!(
            t.form.as_str(),
            "," | "(" | "-" | "--" | "\u{2013}" | "\u{2014}"
        )
    });
    closes.then_some((start, end))
}

/// The words of a dateline from its pieces or tokens (form, start, end): a full stop written
/// onto its word is part of it ("ST" "." is "ST."), and so are a hyphen written between two
/// words and the word after it ("AL" "-" "MANSURA" is "AL-MANSURA"). Only called on a
/// candidate dash's line.
fn words<'t>(items: impl Iterator<Item = (&'t str, usize, usize)>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut last_end = usize::MAX;
    let mut glued = false;
    for (form, start, end) in items {
        let touching = start == last_end;
        match out.last_mut() {
            Some(prev) if touching && (form == "." || glued) => prev.push_str(form),
            Some(prev) if touching && form == "-" && prev.ends_with(char::is_alphabetic) => {
                prev.push('-');
                glued = true;
                last_end = end;
                continue;
            }
            _ => out.push(form.to_string()),
        }
        glued = false;
        last_end = end;
    }
    out
}

/// The shape of a dateline, on its pieces before the dash.
fn reads_as_dateline<S: AsRef<str>>(words: &[S]) -> bool {
    let words: Vec<&str> = words.iter().map(AsRef::as_ref).collect();
    // Place words from `k`, at most `limit`: how many, and whether all are in capitals.
    let place = |k: usize, limit: usize| {
        let n = words[k..]
            .iter()
            .take(limit)
            .take_while(|w| is_place_word(w))
            .count();
        let letters: usize = words[k..k + n]
            .iter()
            .map(|w| w.chars().filter(|c| c.is_alphabetic()).count())
            .sum();
        (
            n,
            letters >= 3 && words[k..k + n].iter().all(|w| is_capitals(w)),
        )
    };
    // The city decides; what follows it may be a state or country ("ST. PAUL, Minn.").
    let (mut places, city_in_capitals) = place(0, 4);
    if places == 0 {
        return false;
    }
    let mut k = places;
    let (mut date, mut agency) = (false, false);
    while k < words.len() {
        match words[k] {
            "," if !date && words.get(k + 1).is_some_and(|w| is_month(w)) => {
                let day = words.get(k + 2).is_some_and(|d| is_day(d));
                if !day {
                    return false;
                }
                k += 3;
                if words.get(k) == Some(&",") && words.get(k + 1).is_some_and(|y| is_year(y)) {
                    k += 2;
                }
                date = true;
            }
            "," if !date && !agency => {
                let (more, _) = place(k + 1, 3);
                if more == 0 {
                    return false;
                }
                k += 1 + more;
                places += more;
            }
            "(" if !agency => {
                let close = (k + 2..words.len().min(k + 5)).find(|&c| words[c] == ")");
                let Some(close) = close else { return false };
                if !words[k + 1..close].iter().all(|w| is_agency_word(w)) {
                    return false;
                }
                k = close + 1;
                agency = true;
            }
            _ => return false,
        }
    }
    places <= 6 && (date || agency || city_in_capitals)
}

/// "LONDON", "ST.", "D.C.", "Ukraine", "Miss.": letters (with dots, hyphens or apostrophes
/// inside), the first a capital.
fn is_place_word(w: &str) -> bool {
    w.starts_with(|c: char| c.is_uppercase())
        && w.chars().any(char::is_alphabetic)
        && w.chars()
            .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '\u{2019}'))
}

/// Every letter a capital, and at least two of them ("LONDON", "D.C.").
fn is_capitals(w: &str) -> bool {
    w.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && w.chars().all(|c| !c.is_alphabetic() || c.is_uppercase())
}

/// "June", "Sept.", "nov": a month's name or its first three letters or more.
fn is_month(w: &str) -> bool {
    let w = w.trim_end_matches('.').to_lowercase();
    w.len() >= 3
        && CALENDAR
            .iter()
            .skip(7)
            .take(12)
            .any(|m| m.starts_with(w.as_str()))
}

fn is_day(w: &str) -> bool {
    w.len() <= 2 && w.parse::<u8>().is_ok_and(|d| (1..=31).contains(&d))
}

fn is_year(w: &str) -> bool {
    w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit())
}

/// "Reuters", "AP", "AFP", "Xinhua": capitalised words.
fn is_agency_word(w: &str) -> bool {
    w.starts_with(|c: char| c.is_uppercase()) && w.chars().all(char::is_alphanumeric)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dateline(s: &str) -> bool {
        reads_as_dateline(&s.split(' ').collect::<Vec<_>>())
    }

    #[test]
    fn datelines_have_a_place_and_a_date_or_an_agency_or_capitals() {
        for yes in [
            "LONDON , June 18",
            "LONDON ( Reuters )",
            "LONDON , June 18 ( Reuters )",
            "WASHINGTON",
            "BRANTFORD HILLS , Sept. 14",
            "ST. LOUIS",
            "KYIV , Ukraine ( AP )",
            "Seoul , Nov 30",
            "Seoul , Nov. 30 , 2026",
            "WASHINGTON , D.C.",
        ] {
            assert!(dateline(yes), "{yes}");
        }
        for no in [
            "Paris",
            "The Senate",
            "Seoul , Nov 45",
            "In LONDON",
            "LONDON , the city",
            "LONDON , June",
            "A B C D E",
            "LONDON ( the capital )",
            "PS",
        ] {
            assert!(!dateline(no), "{no}");
        }
    }

    #[test]
    fn a_hyphen_written_inside_a_city_joins_it() {
        // "AL-MANSURA, Jan 30": pieces with their offsets.
        let glued = [
            ("AL", 0, 2),
            ("-", 2, 3),
            ("MANSURA", 3, 10),
            (",", 10, 11),
            ("Jan", 12, 15),
            ("30", 16, 18),
        ];
        let w = words(glued.into_iter());
        assert_eq!(w, ["AL-MANSURA", ",", "Jan", "30"]);
        assert!(reads_as_dateline(&w));
        // A dash with spaces around it stays a word of its own.
        let spaced = [("AL", 0, 2), ("-", 3, 4), ("MANSURA", 5, 12)];
        assert_eq!(words(spaced.into_iter()), ["AL", "-", "MANSURA"]);
    }

    #[test]
    fn months_may_be_abbreviated_but_weekdays_are_no_months() {
        assert!(is_month("Sept."));
        assert!(is_month("Nov"));
        assert!(is_month("December"));
        assert!(!is_month("Mo"));
        assert!(!is_month("Monday"));
    }
}
