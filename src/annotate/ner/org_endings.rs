//! Names that end in an organisation word are organisations: `Northwind Logistics`, `Harbor
//! Shipping`, `Federal Trade Commission`. The tagger reads an unseen company name by its shape
//! and often calls it a person (two capitalised words) or a place; the last word settles it.
//! The lists are written by hand by the relgraph authors.

use super::iob::{label_span, spans, type_index};
use super::keywords;

/// Company- and club-name endings that are not organisation head words in general (those are in
/// [`keywords`]), lowercase.
const CORPORATE: &[&str] = &[
    "aerospace",
    "airlines",
    "airways",
    "automotive",
    "bio",
    "biopharma",
    "biosciences",
    "biotech",
    "biotechnology",
    "brands",
    "broadcasting",
    "capital",
    "chemicals",
    "diagnostics",
    "electric",
    "electronics",
    "energy",
    "entertainment",
    "financial",
    "foods",
    "freight",
    "holdings",
    "insurance",
    "interactive",
    "investments",
    "laboratories",
    "labs",
    "logistics",
    "media",
    "metals",
    "minerals",
    "mining",
    "motors",
    "networks",
    "partners",
    "petroleum",
    "pharma",
    "pharmaceuticals",
    "railways",
    "resources",
    "robotics",
    "savings",
    "securities",
    "semiconductor",
    "shipping",
    "software",
    "steel",
    "systems",
    "technologies",
    "telecom",
    "therapeutics",
    "united",
    "ventures",
    "wanderers",
];

/// Organisation words that also end names of people or places often enough to leave alone.
const AMBIGUOUS: &[&str] = &["band", "front", "guard", "post", "team", "trust"];

/// Organisation words that end place names too ("West Bank", "Soviet Union"): a place span
/// ending in one stays a place.
const PLACE_TOO: &[&str] = &["bank", "union"];

/// The short name news uses for a two-word organisation name: the first word, when it is a
/// plain word and the second is an organisation ending ("Northwind Logistics" → "Northwind").
pub(crate) fn short_form<'a>(first: &'a str, last: &str) -> Option<&'a str> {
    (org_ending(last) && first.chars().all(char::is_alphabetic)).then_some(first)
}

pub(crate) fn org_ending(word: &str) -> bool {
    if !word.chars().next().is_some_and(char::is_uppercase) {
        return false;
    }
    org_word(&word.to_lowercase())
}

/// [`org_word`], or a word that ends names of organisations among others ("trust", "team"):
/// enough for "the trust" after the document has named the North Vale Health Trust.
pub(crate) fn org_word_or_ambiguous(lower: &str) -> bool {
    org_word(lower) || AMBIGUOUS.contains(&lower)
}

/// True for a lower-case organisation word ("bank", "association", "logistics"), or a word
/// made with a company ending of six letters or more ("biotherapeutics", "microsystems").
pub(crate) fn org_word(lower: &str) -> bool {
    let lower = lower.trim_end_matches('.');
    let made_with = |w: &&str| w.len() >= 6 && lower.len() >= w.len() + 3 && lower.ends_with(*w);
    (keywords::class(lower) == "O" && !AMBIGUOUS.contains(&lower))
        || CORPORATE.binary_search(&lower).is_ok()
        || CORPORATE.iter().any(made_with)
}

/// Legal forms that close a company's name: "Bitterroot Minerals Corp.", "Lumora Systems Inc".
const LEGAL_FORMS: &[&str] = &[
    "AG", "Co", "Co.", "Corp", "Corp.", "GmbH", "Inc", "Inc.", "LLC", "Ltd", "Ltd.", "N.V.", "NV",
    "PLC", "plc", "S.A.", "SA",
];

/// The short name news uses for a company named in full: the first word of a two-word name
/// ending in an organisation word ([`short_form`]), after its legal form is set aside
/// ("Bitterroot Minerals Corp." → "Bitterroot"), or the one word before a legal form ("Acme
/// Corp" → "Acme"), or the first word of a three-word name ending in an organisation word when
/// that word is no adjective first ("Meridian Care Group" → "Meridian", but "Federal Trade
/// Commission" has none).
pub(crate) fn company_short<'a>(words: &[&'a str]) -> Option<&'a str> {
    let plain = |w: &str| w.chars().all(char::is_alphabetic);
    let capitalised = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    match words {
        [first, last] if LEGAL_FORMS.contains(last) => plain(first).then_some(*first),
        [first, last] => short_form(first, last),
        [first, middle, last] if LEGAL_FORMS.contains(last) => short_form(first, middle),
        [first, middle, last]
            if leads_name(first) && capitalised(middle) && plain(middle) && !given_name(first) =>
        {
            short_form(first, last)
        }
        _ => None,
    }
}

/// A capitalised word of letters only: "Farmers", not "U.S." or "2nd".
pub(crate) fn capitalised_word(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase) && w.chars().all(char::is_alphabetic)
}

/// True when a capitalised plural with an apostrophe written onto it, then capitalised words
/// ending in `last`, name one organisation for its members ("the National Farmers' Union"): the
/// plural is a common noun's (WordNet knows its singular: "Prisoners", not "Charles"), or `last`
/// is an organisation word.
pub(crate) fn named_for_members(plural: &str, last: &str) -> bool {
    let singular = plural.trim_end_matches('s').to_lowercase();
    crate::annotate::pos::wordnet::knows(&singular) || org_ending(last)
}

/// The name of an organisation of three or more words without its organisation word, which
/// news uses as a short name ("Kallberg Maritime Holdings" → "Kallberg Maritime"): only when
/// the first word is a capitalised name word (no adjective first, no "The") and the rest are
/// capitalised words.
pub(crate) fn stem<'a, 'w>(words: &'a [&'w str]) -> Option<&'a [&'w str]> {
    let [first, .., last] = words else {
        return None;
    };
    (words.len() >= 3
        && org_ending(last)
        && !AMBIGUOUS.contains(&last.to_lowercase().as_str())
        && words[..words.len() - 1].iter().all(|w| capitalised_word(w))
        && leads_name(first))
    .then(|| &words[..words.len() - 1])
}

/// True for a capitalised word that can open a name news shortens: not mostly an adjective
/// (WordNet: "National", "Federal") and no phrase opener ("The").
fn leads_name(word: &str) -> bool {
    use crate::annotate::pos::wordnet;
    let adjective = wordnet::top(wordnet::classes(&word.to_lowercase())) == wordnet::ADJ;
    word.chars().next().is_some_and(char::is_uppercase) && !adjective && !phrase_opener(word)
}

/// A company named in full ("Bitterroot Minerals Corp.") is later named by its short name
/// alone ("Bitterroot"): a span of just that word the tagger took for a person is the company,
/// and so is an untagged occurrence of it standing alone when the word is no common word
/// (WordNet does not know it: "Lumora", not "General"). Not when a person's name of two or
/// more words ends or starts with the word, and places are left alone ("Brazil Foods" does not
/// make Brazil a company). So is a person span that is the name without its organisation word
/// ([`stem`]: "Kallberg Maritime" after "Kallberg Maritime Holdings").
pub fn companies(sentences: &[Vec<&str>], tags: &mut [Vec<usize>]) {
    let (org, per) = (type_index("ORG"), type_index("PER"));
    let mut short: Vec<&str> = Vec::new();
    let mut stems: Vec<&[&str]> = Vec::new();
    let mut people: Vec<&str> = Vec::new();
    for (words, t) in sentences.iter().zip(tags.iter()) {
        for s in spans(t) {
            let name = &words[s.start..s.end];
            if s.ty == org {
                short.extend(company_short(name));
                // "Andy Warhol" is the person the Andy Warhol Foundation is named after.
                stems.extend(stem(name).filter(|n| !given_name(n[0])));
            } else if s.ty == per && name.len() >= 2 {
                people.extend([name[0], name[name.len() - 1]]);
            }
        }
    }
    short.retain(|w| !people.contains(w));
    if short.is_empty() && stems.is_empty() {
        return;
    }
    for (words, t) in sentences.iter().zip(tags.iter_mut()) {
        for s in spans(t) {
            let name = &words[s.start..s.end];
            let one = s.end - s.start == 1 && short.contains(&words[s.start]);
            if s.ty == per && (one || stems.contains(&name)) {
                label_span(t, s.start..s.end, org);
            }
        }
        let rare = |w: &str| !crate::annotate::pos::wordnet::knows(&w.to_lowercase());
        tag_alone(words, t, org, |w| rare(w) && short.contains(&w));
    }
}

/// Tags as `ty` every untagged word that `wanted` accepts and that stands alone: no tagged
/// word beside it and no capitalised word after it (which would make it part of a longer name).
fn tag_alone(words: &[&str], t: &mut [usize], ty: usize, wanted: impl Fn(&str) -> bool) {
    for i in 0..words.len() {
        let capital = |k: usize| {
            words
                .get(k)
                .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase))
        };
        let free = |k: usize| t.get(k).is_none_or(|&x| x == 0);
        let alone = (i == 0 || free(i - 1)) && free(i + 1) && !capital(i + 1);
        if t[i] == 0 && alone && wanted(words[i]) {
            label_span(t, i..i + 1, ty);
        }
    }
}

/// Abbreviations that open or close the names of sports clubs: "FC Rothmoor", "AC Milan",
/// "Arsenal FC".
const CLUB_MARKS: &[&str] = &["AC", "AFC", "AS", "CF", "FC", "FK", "SC", "SK", "SV"];

/// The short name news uses for a club's two-word name: the word beside its abbreviation
/// ("FC Rothmoor" → "Rothmoor", "Arsenal FC" → "Arsenal").
pub(crate) fn club_short<'a>(first: &'a str, last: &'a str) -> Option<&'a str> {
    if CLUB_MARKS.contains(&first) && !CLUB_MARKS.contains(&last) {
        Some(last)
    } else if CLUB_MARKS.contains(&last) && !CLUB_MARKS.contains(&first) {
        Some(first)
    } else {
        None
    }
}

/// A club named in full ("FC Rothmoor") is later named by its short name alone ("Rothmoor"):
/// every span of just that word, and every untagged occurrence of it not followed by another
/// capitalised word, is the organisation.
pub fn clubs(sentences: &[Vec<&str>], tags: &mut [Vec<usize>]) {
    let org = type_index("ORG");
    let mut short: Vec<&str> = Vec::new();
    for (words, t) in sentences.iter().zip(tags.iter()) {
        for s in spans(t) {
            if s.ty == org && s.end - s.start == 2 {
                short.extend(club_short(words[s.start], words[s.start + 1]));
            }
        }
    }
    if short.is_empty() {
        return;
    }
    for (words, t) in sentences.iter().zip(tags.iter_mut()) {
        for s in spans(t) {
            if s.end - s.start == 1 && short.contains(&words[s.start]) {
                label_span(t, s.start..s.end, org);
            }
        }
        tag_alone(words, t, org, |w| short.contains(&w));
    }
}

/// Retypes person and place spans of two or more words that end in an organisation word or
/// open or close with a club's abbreviation, in place (`tags` are BIO ids, one vector per
/// sentence).
pub fn retype(sentences: &[Vec<&str>], tags: &mut [Vec<usize>]) {
    let (org, loc) = (type_index("ORG"), type_index("LOC"));
    for (words, t) in sentences.iter().zip(tags.iter_mut()) {
        for s in spans(t) {
            let last = words[s.end - 1];
            let place_too = s.ty == loc && PLACE_TOO.contains(&last.to_lowercase().as_str());
            let club = CLUB_MARKS.contains(&words[s.start]) || CLUB_MARKS.contains(&last);
            if s.ty != org && s.end - s.start >= 2 && (org_ending(last) || club) && !place_too {
                label_span(t, s.start..s.end, org);
            }
        }
    }
}

/// Words that open a sentence or a phrase in capitals without being part of a name.
const NOT_NAME_START: &[&str] = &[
    "a", "an", "the", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my",
    "your", "in", "on", "at", "for", "from", "with", "by", "to", "of", "and", "but", "or", "as",
    "after", "before", "when", "while", "if", "since", "both", "all", "every", "new",
];

/// True for a first name ("Andy" of "Andy Warhol Foundation"): an organisation named after a
/// person shares no short name with them.
pub(crate) fn given_name(word: &str) -> bool {
    use crate::annotate::coref::gender::first_name_gender;
    use crate::annotate::ner::roles::Gender;
    first_name_gender(word) != Gender::Unknown
}

/// True for a function word that opens a phrase in capitals without being part of a name ("The",
/// "Its", "After"): WordNet does not know it, but it names nothing.
pub(crate) fn phrase_opener(word: &str) -> bool {
    NOT_NAME_START.contains(&word.to_lowercase().as_str())
}

/// Organisation words that name their home with "of": "Central Bank of Norland", "University
/// of Selby", "Ministry of Health".
const OF_HOME: &[&str] = &[
    "academy",
    "association",
    "authority",
    "bank",
    "board",
    "chamber",
    "church",
    "college",
    "commission",
    "council",
    "court",
    "department",
    "federation",
    "institute",
    "league",
    "ministry",
    "museum",
    "office",
    "society",
    "university",
];

/// A word written with a capital and at least one lower-case letter ("Norland", not "EU" or
/// "bank"): what words of a multi-word name look like.
pub(super) fn capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase) && word.chars().any(char::is_lowercase)
}

/// A name ending in a pension or retirement plan ("Great Lakes Teachers Pension Plan",
/// "Public Employees Retirement System"): a fund that invests, though "plan" and "system" alone
/// end no organisation's name.
fn pension(name: &[&str]) -> bool {
    match name {
        [.., kind, last] => {
            matches!(*kind, "Pension" | "Retirement")
                && matches!(*last, "Plan" | "Fund" | "System" | "Scheme")
        }
        _ => false,
    }
}

/// Names the tagger missed or cut short that an organisation word settles, in place:
/// - an untagged run of two or more capitalised words ending in an organisation word ("the
///   opposition Labour Party", "the Caldera Nurses Association") or a pension plan
///   ([`pension`]), leading function words ("The", "In") left out;
/// - an organisation followed by "of" and a capitalised name ("Central Bank of Norland",
///   "Ministry of Health"), where its last word names a home that way: the whole is the
///   organisation, the place inside it included.
pub fn complete(sentences: &[Vec<&str>], tags: &mut [Vec<usize>]) {
    let org = type_index("ORG");
    for (words, t) in sentences.iter().zip(tags.iter_mut()) {
        let mut i = 0;
        while i < words.len() {
            if t[i] != super::iob::O || !capitalised(words[i]) {
                i += 1;
                continue;
            }
            let mut end = i;
            while end < words.len() && t[end] == super::iob::O && capitalised(words[end]) {
                end += 1;
            }
            let mut start = i;
            while start < end && NOT_NAME_START.contains(&words[start].to_lowercase().as_str()) {
                start += 1;
            }
            if end - start >= 2 && (org_ending(words[end - 1]) || pension(&words[start..end])) {
                label_span(t, start..end, org);
            }
            i = end;
        }
        for s in spans(t) {
            let home = OF_HOME.contains(&words[s.end - 1].to_lowercase().as_str());
            if s.ty != org || !home || words.get(s.end) != Some(&"of") {
                continue;
            }
            let mut end = s.end + 1;
            while end < words.len() && capitalised(words[end]) {
                end += 1;
            }
            // The name after "of" may already be tagged (a place); it must end where the run
            // ends, so "Bank of Norland Airlines" is left alone.
            let inside_ends = end < words.len() && t[end] % 2 == 0 && t[end] != super::iob::O;
            if end > s.end + 1 && !inside_ends {
                label_span(t, s.start..end, org);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotate::ner::iob::test_support::{sentences, tags};

    #[test]
    fn a_name_ending_in_an_organisation_word_is_an_organisation() {
        assert!(CORPORATE.windows(2).all(|w| w[0] < w[1]));
        let sents = sentences(&[
            "Northwind Logistics said",
            "the Federal Trade Commission",
            "Dana Whitfield spoke",
            "at Fort Lee Post",
            "the logistics firm",
            "in the West Bank",
            "Veritas Biotherapeutics said",
            "Nadia Systemsova said",
        ]);
        let mut t = vec![
            tags("B-PER I-PER O"),
            tags("O B-LOC I-LOC I-LOC"),
            tags("B-PER I-PER O"),
            tags("O B-LOC I-LOC I-LOC"),
            tags("O O O"),
            tags("O O B-LOC I-LOC"),
            tags("B-PER I-PER O"),
            tags("B-PER I-PER O"),
        ];
        retype(&sents, &mut t);
        // A company ending inside a longer word.
        assert_eq!(t[6], tags("B-ORG I-ORG O"));
        assert_eq!(t[7], tags("B-PER I-PER O"));
        assert_eq!(t[0], tags("B-ORG I-ORG O"));
        assert_eq!(t[1], tags("O B-ORG I-ORG I-ORG"));
        assert_eq!(t[2], tags("B-PER I-PER O"));
        // "Post" ends places and people as often as newspapers.
        assert_eq!(t[3], tags("O B-LOC I-LOC I-LOC"));
        assert_eq!(t[4], tags("O O O"));
        assert_eq!(t[5], tags("O O B-LOC I-LOC"));
        // A club's abbreviation before or after the name; alone it settles nothing.
        let sents = sentences(&["FC Rothmoor signed", "Arsenal FC lost", "FC said"]);
        let mut t = vec![
            tags("B-PER I-PER O"),
            tags("B-LOC I-LOC O"),
            tags("B-PER O O"),
        ];
        retype(&sents, &mut t);
        assert_eq!(t[0], tags("B-ORG I-ORG O"));
        assert_eq!(t[1], tags("B-ORG I-ORG O"));
        assert_eq!(t[2], tags("B-PER O O"));
        // Its short name, tagged as a person or not at all, is the club too.
        let sents = sentences(&["FC Rothmoor signed", "Rothmoor paid", "for Rothmoor ."]);
        let mut t = vec![tags("B-ORG I-ORG O"), tags("B-PER O"), tags("O O O")];
        clubs(&sents, &mut t);
        assert_eq!(t[1], tags("B-ORG O"));
        assert_eq!(t[2], tags("O B-ORG O"));
    }

    #[test]
    fn a_company_s_short_name_is_the_company() {
        let sents = sentences(&[
            "Bitterroot Minerals Corp. said",
            "Bitterroot 's chief",
            "for Lumora .",
            "Lumora Systems Inc fell",
            "Meridian Care Group runs",
            "Meridian said",
            "Kallberg Maritime Holdings runs",
            "Kallberg Maritime said",
        ]);
        let mut t = vec![
            tags("B-ORG I-ORG I-ORG O"),
            tags("B-PER O O"),
            tags("O O O"),
            tags("B-ORG I-ORG I-ORG O"),
            tags("B-ORG I-ORG I-ORG O"),
            tags("B-PER O"),
            tags("B-ORG I-ORG I-ORG O"),
            tags("B-PER I-PER O"),
        ];
        companies(&sents, &mut t);
        assert_eq!(t[1], tags("B-ORG O O"));
        assert_eq!(t[5], tags("B-ORG O"));
        assert_eq!(t[7], tags("B-ORG I-ORG O"));
        assert_eq!(stem(&["Federal", "Trade", "Commission"]), None);
        // An organisation named after a person leaves the person alone.
        let warhol = sentences(&["the Andy Warhol Foundation gave", "Andy Warhol painted"]);
        let mut w = vec![tags("O B-ORG I-ORG I-ORG O"), tags("B-PER I-PER O")];
        companies(&warhol, &mut w);
        assert_eq!(w[1], tags("B-PER I-PER O"));
        assert_eq!(company_short(&["Andy", "Warhol", "Foundation"]), None);
        // An untagged word WordNet does not know is the company too.
        assert_eq!(t[2], tags("O B-ORG O"));
        assert_eq!(company_short(&["Acme", "Corp"]), Some("Acme"));
        assert_eq!(company_short(&["Federal", "Trade", "Commission"]), None);
        assert_eq!(company_short(&["National", "Grid", "Holdings"]), None);
        assert_eq!(company_short(&["The", "Teachers", "Union"]), None);
        assert_eq!(
            company_short(&["Meridian", "Care", "Group"]),
            Some("Meridian")
        );
        assert_eq!(
            company_short(&["Kallberg", "Maritime", "Holdings"]),
            Some("Kallberg")
        );
        // Not a person's name ("Anna Bitterroot"), nor a place, nor a common word.
        let sents = sentences(&["Bitterroot Minerals Corp. said", "Anna Bitterroot said"]);
        let mut t = vec![tags("B-ORG I-ORG I-ORG O"), tags("B-PER I-PER O")];
        companies(&sents, &mut t);
        assert_eq!(t[1], tags("B-PER I-PER O"));
        let sents = sentences(&["Brazil Foods Inc said", "Brazil rose", "the General said"]);
        let mut t = vec![tags("B-ORG I-ORG I-ORG O"), tags("B-LOC O"), tags("O O O")];
        companies(&sents, &mut t);
        assert_eq!(t[1], tags("B-LOC O"));
        let sents = sentences(&["General Mills Inc said", "the General said"]);
        let mut t = vec![tags("B-ORG I-ORG I-ORG O"), tags("O O O")];
        companies(&sents, &mut t);
        assert_eq!(t[1], tags("O O O"));
    }

    #[test]
    fn a_pension_plan_is_an_organisation() {
        let sents = sentences(&[
            "the Great Lakes Teachers Pension Plan said",
            "the Marshall Plan began",
            "a Pension Plan",
        ]);
        let mut t = vec![tags("O O O O O O O"), tags("O O O O"), tags("O O O")];
        complete(&sents, &mut t);
        assert_eq!(t[0], tags("O B-ORG I-ORG I-ORG I-ORG I-ORG O"));
        // A plan that is no pension fund stays untagged; "Pension Plan" alone is a fund too.
        assert_eq!(t[1], tags("O O O O"));
        assert_eq!(t[2], tags("O B-ORG I-ORG"));
    }

    #[test]
    fn untagged_organisation_names_and_their_homes_are_completed() {
        let sents = sentences(&[
            "The opposition Labour Party said",
            "The Caldera Nurses Association said",
            "The Central Bank of Norland raised",
            "Ministry of Health officials",
            "The Party said",
            "In Selby Harbor Shipping",
        ]);
        let mut t = vec![
            tags("O O O O O"),
            tags("O O O O O"),
            tags("O O O O B-LOC O"),
            tags("B-ORG O O O"),
            tags("O O O"),
            tags("O O O O"),
        ];
        complete(&sents, &mut t);
        assert_eq!(t[0], tags("O O B-ORG I-ORG O"));
        assert_eq!(t[1], tags("O B-ORG I-ORG I-ORG O"));
        // Untagged "Central Bank" becomes an organisation first, then takes its home.
        assert_eq!(t[2], tags("O B-ORG I-ORG I-ORG I-ORG O"));
        assert_eq!(t[3], tags("B-ORG I-ORG I-ORG O"));
        // One word after a function word is no name.
        assert_eq!(t[4], tags("O O O"));
        assert_eq!(t[5], tags("O B-ORG I-ORG I-ORG"));
    }
}
