//! Names introduced by what they are. News introduces an unfamiliar name once with its kind:
//! "the social media company Brightline", "the carmaker Volta" and "Skyvenne, the national
//! carrier" are organisations; "the town of Redmont", "the port city of Selby" are places. The tagger guesses an unseen name's type from
//! its shape alone, and the kind settles it. The lists are written by hand by the relgraph
//! authors.

use super::iob::{O, label_span, spans, tag_id, type_index};
use super::org_endings::{capitalised, given_name};
use super::roles::is_role_head;

/// Nouns that introduce an organisation's name right after them ("the company Brightline").
const ORG_KINDS: &[&str] = &[
    "agency",
    "airline",
    "app",
    "automaker",
    "bank",
    "brand",
    "broadcaster",
    "carmaker",
    "carrier",
    "chain",
    "charity",
    "chipmaker",
    "club",
    "company",
    "conglomerate",
    "consultancy",
    "developer",
    "drugmaker",
    "exchange",
    "firm",
    "foundation",
    "giant",
    "group",
    "insurer",
    "label",
    "league",
    "lender",
    "maker",
    "manufacturer",
    "miner",
    "network",
    "newspaper",
    "operator",
    "organisation",
    "organization",
    "outlet",
    "party",
    "platform",
    "publisher",
    "regulator",
    "retailer",
    "shipper",
    "startup",
    "studio",
    "supplier",
    "team",
    "union",
    "utility",
    "watchdog",
    "website",
];

/// True when `word` (any case) is a kind of organisation that can introduce its name: "the
/// social media app Chatterly", "the drugmaker Talvane".
pub fn is_org_kind(word: &str) -> bool {
    ORG_KINDS
        .binary_search(&word.to_lowercase().as_str())
        .is_ok()
}

/// Roles that only a company or similar organisation has, introducing its name with "of":
/// "the chief executive of Midland Line", "the founder of Aurora".
const COMPANY_ROLES: &[&str] = &[
    "ceo",
    "chairman",
    "chairperson",
    "chairwoman",
    "co-founder",
    "executive",
    "founder",
];

/// Nouns that introduce a place's name with "of" ("the town of Redmont").
const PLACE_KINDS: &[&str] = &[
    "city",
    "county",
    "district",
    "island",
    "municipality",
    "port",
    "province",
    "region",
    "state",
    "town",
    "village",
];

/// Directions, lower case as written before "of" and a place.
const COMPASS: &[&str] = &[
    "east",
    "north",
    "north-east",
    "north-west",
    "northeast",
    "northwest",
    "south",
    "south-east",
    "south-west",
    "southeast",
    "southwest",
    "west",
];

/// True when a determiner ("the", "a", "an") opens the phrase that ends at `k` (inclusive),
/// with only lower-case words between: "the social media company", not "Brightline company";
/// or when the phrase opens the sentence with a common word, capitalised only for that
/// ("Energy company Northwind Renewables has won", "Semiconductor maker Orrin said"); or when a
/// preposition does, maybe past a nationality ("built by Australian startup Halvard Orbital").
fn determined(words: &[&str], k: usize) -> bool {
    let mut j = k;
    for _ in 0..5 {
        if j == 0 {
            return false;
        }
        j -= 1;
        let w = words[j];
        if matches!(w.to_lowercase().as_str(), "the" | "a" | "an") {
            return true;
        }
        // A preposition takes the phrase with no determiner: "built by Australian startup
        // Halvard Orbital", "a stake in software group Brightlane".
        if matches!(w, "by" | "in" | "at" | "for" | "including") {
            return true;
        }
        // A nationality among the modifiers ("Australian", "Swiss", "Chinese").
        let nationality = w.chars().next().is_some_and(char::is_uppercase)
            && w.chars().skip(1).all(char::is_lowercase)
            && ["an", "ese", "ish", "ss", "ch", "i"]
                .iter()
                .any(|e| w.ends_with(e))
            && crate::annotate::pos::wordnet::knows(w);
        if nationality {
            continue;
        }
        let mut letters = w.chars();
        let opens = j == 0
            && letters.next().is_some_and(char::is_uppercase)
            && letters.all(|c| c.is_lowercase() || c == '-');
        // A common word ("Energy"), not a name ("Brightline company Anna Berg").
        let common = || crate::annotate::pos::wordnet::knows(w);
        if opens && !is_role_head(w) && common() {
            return true;
        }
        // A capitalised word may open a hyphenated modifier ("the California-based company").
        let hyphenated = words.get(j + 1) == Some(&"-");
        if !hyphenated && !w.chars().all(|c| c.is_lowercase() || c == '-') {
            return false;
        }
    }
    false
}

/// True when word `k` opens the sentence as a kind of organisation, capitalised only for that
/// ("Drugmaker Talvane Pharmaceuticals", "Carmaker Ostrava Motors").
/// Kinds that also open names ("Bank Leumi", "Group Lotus", "Union Pacific") are left out:
/// only a maker, operator or the like ("-er", "-or") and a few more that never do.
fn opening_kind(words: &[&str], k: usize) -> bool {
    let mut letters = words[k].chars();
    let lower = words[k].to_lowercase();
    let agent = lower.ends_with("er") || lower.ends_with("or");
    k == 0
        && letters.next().is_some_and(char::is_uppercase)
        && letters.all(char::is_lowercase)
        && is_org_kind(words[k])
        && (agent || NEVER_NAMES.contains(&lower.as_str()))
}

/// Kinds of organisation without an agent ending that do not open names.
const NEVER_NAMES: &[&str] = &[
    "app",
    "company",
    "conglomerate",
    "firm",
    "giant",
    "platform",
    "startup",
    "website",
];

/// The name `words[start..end]` when an apposition after it says it is an organisation: a
/// comma, "the" or "a", lower-case modifiers and a kind of organisation that ends the phrase
/// ("Skyvenne, the national carrier of Calvaria"; not "Costa, the party's leader" nor "Reyes,
/// a union official").
fn kind_in_apposition<'a>(words: &[&'a str], start: usize, end: usize) -> Option<Vec<&'a str>> {
    if words.get(end) != Some(&",")
        || !matches!(
            words.get(end + 1)?.to_lowercase().as_str(),
            "the" | "a" | "an"
        )
    {
        return None;
    }
    let run_end = (end + 2..words.len().min(end + 7))
        .take_while(|&j| {
            let w = words[j];
            w.chars().all(|c| c.is_lowercase() || c == '-')
                && !matches!(
                    w,
                    "of" | "for"
                        | "in"
                        | "at"
                        | "on"
                        | "to"
                        | "from"
                        | "with"
                        | "and"
                        | "or"
                        | "that"
                        | "which"
                        | "who"
                        | "whose"
                )
        })
        .last()?;
    let after = words.get(run_end + 1).copied();
    let ends_phrase = after.is_none_or(|w| !matches!(w, "'s" | "\u{2019}s" | "-"));
    // Kinds a person can be too ("Gerald Fenwick, the property developer who bought ..."), and
    // names that open with a first name, stay as tagged.
    let kind = words[run_end];
    let personal = matches!(
        kind,
        "developer" | "maker" | "operator" | "publisher" | "shipper" | "supplier"
    );
    let first_name = end - start > 1 && super::features::is_first_name(words[start]);
    (is_org_kind(kind) && ends_phrase && !personal && !first_name)
        .then(|| words[start..end].to_vec())
}

/// The name right after position `k`: the tagged span starting there, or else one to three
/// untagged capitalised words that are no title ("the company Chairman ..." names no company).
fn name_after<'a>(words: &[&'a str], t: &[usize], k: usize) -> Option<Vec<&'a str>> {
    if k >= words.len() {
        return None;
    }
    if let Some(s) = spans(t).into_iter().find(|s| s.start == k) {
        return Some(words[s.start..s.end].to_vec());
    }
    let mut end = k;
    while end < words.len() && end < k + 3 && t[end] == O && capitalised(words[end]) {
        end += 1;
    }
    // The rest of the name tagged on its own ("Lumen" untagged, "Interactive" a name).
    if end > k
        && let Some(s) = spans(t).into_iter().find(|s| s.start == end)
    {
        end = s.end;
    }
    (end > k && !is_role_head(words[k])).then(|| words[k..end].to_vec())
}

/// Retypes, in place, every mention of a name the document introduces with its kind: a name
/// right after an organisation kind is an organisation, a name after a place kind and "of" a
/// place. The kind settles the name in the whole document, where it was tagged otherwise or
/// not at all ("the company Brightline ... Brightline said").
pub fn retype(sentences: &[Vec<&str>], tags: &mut [Vec<usize>]) {
    let (org, loc) = (type_index("ORG"), type_index("LOC"));
    // "Drugmaker Talvane Pharmaceuticals said": a kind opening the sentence, capitalised only
    // for that, is no part of the name the tagger found right after it.
    for (words, t) in sentences.iter().zip(tags.iter_mut()) {
        if opening_kind(words, 0) && t.len() > 1 && t[0] != O && t[1] != O && t[1] % 2 == 0 {
            let end = (1..t.len())
                .find(|&j| t[j] == O || t[j] % 2 == 1)
                .unwrap_or(t.len());
            t[0] = O;
            label_span(t, 1..end, org);
        }
    }
    let mut named: Vec<(Vec<&str>, usize)> = Vec::new();
    for (words, t) in sentences.iter().zip(tags.iter()) {
        for (k, w) in words.iter().enumerate() {
            let lower = w.to_lowercase();
            // A company role needs no determiner ("former chief executive of Aurora").
            let role = COMPANY_ROLES.contains(&lower.as_str()) && words.get(k + 1) == Some(&"of");
            let kind = w.chars().all(char::is_lowercase) && determined(words, k);
            // A direction from a name is a direction from a place ("south of Lampedusa", "40
            // km north of Dervani").
            let compass = COMPASS.contains(w) && words.get(k + 1) == Some(&"of");
            if !role && !kind && !compass && !opening_kind(words, k) {
                continue;
            }
            let found = if ORG_KINDS.contains(&lower.as_str()) {
                name_after(words, t, k + 1).map(|n| (n, org))
            } else if role {
                name_after(words, t, k + 2).map(|n| (n, org))
            } else if compass
                || PLACE_KINDS.contains(&lower.as_str()) && words.get(k + 1) == Some(&"of")
            {
                name_after(words, t, k + 2).map(|n| (n, loc))
            } else if kind
                && (PLACE_KINDS.contains(&lower.as_str()) || lower == "capital")
                && words.get(k + 1) == Some(&",")
            {
                // "the provincial capital, Kerrast,": the place in apposition, closed by
                // punctuation (not "across the capital, Harbour Watch said"); not a person
                // named or tagged as one: "the envoy for the region, Henrik Dahlberg,").
                name_after(words, t, k + 2)
                    .filter(|n| {
                        let next = words.get(k + 2 + n.len()).copied();
                        let person = given_name(n[0]) || n.len() > 1 && t[k + 2] == tag_id("B-PER");
                        matches!(next, None | Some("," | "." | ";" | ")")) && !person
                    })
                    .map(|n| (n, loc))
            } else {
                None
            };
            if let Some(f) = found
                && !named.iter().any(|(n, _)| *n == f.0)
            {
                named.push(f);
            }
        }
    }
    // "Skyvenne, the national carrier of Calvaria": a name with its kind in apposition.
    for (words, t) in sentences.iter().zip(tags.iter()) {
        for s in spans(t) {
            if let Some(name) = kind_in_apposition(words, s.start, s.end)
                && !named.iter().any(|(n, _)| *n == name)
            {
                named.push((name, org));
            }
        }
    }
    if named.is_empty() {
        return;
    }
    for (words, t) in sentences.iter().zip(tags.iter_mut()) {
        for (name, ty) in &named {
            let mut k = 0;
            while k + name.len() <= words.len() {
                let here = &words[k..k + name.len()] == name.as_slice();
                // Whole words of one span or none: never a piece of a longer name.
                let inside = |j: usize| j < t.len() && t[j] != O && t[j] % 2 == 0;
                let starts_clean = t[k] == O || t[k] % 2 == 1;
                if here && starts_clean && !inside(k + name.len()) {
                    label_span(t, k..k + name.len(), *ty);
                    k += name.len();
                } else {
                    k += 1;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotate::ner::iob::test_support::{sentences, tags};

    #[test]
    fn a_kind_before_a_name_says_what_it_is() {
        assert!(ORG_KINDS.windows(2).all(|w| w[0] < w[1]));
        assert!(PLACE_KINDS.windows(2).all(|w| w[0] < w[1]));
        let sents = sentences(&[
            "the social media company Brightline said",
            "Brightline said Redmont burned",
            "near the town of Redmont",
            "a carmaker Volta Motors",
            "Brightline company Anna Berg",
            "the company founder Anna Berg",
            "the state of Oregon",
            "Energy company Northwind Renewables won",
            "the medical charity Doctors Across Borders said",
            "by the California - based company Lumen Interactive ,",
            "built by Australian startup Halvard Orbital",
            "Anna Berg from startup Tern Works",
            "rides for the professional team Squadra Vento .",
        ]);
        let mut t = vec![
            tags("O O O O O O"),
            tags("B-PER O B-PER O"),
            tags("O O O O B-PER"),
            tags("O O B-LOC I-LOC"),
            tags("B-ORG O B-PER I-PER"),
            tags("O O O B-PER I-PER"),
            tags("O O O B-LOC"),
            tags("O O B-PER I-PER O"),
            tags("O O O O O O O"),
            tags("O O B-LOC O O O O B-PER O"),
            tags("O O O O B-PER I-PER"),
            tags("B-PER I-PER O O B-PER I-PER"),
            tags("O O O O O B-PER I-PER O"),
        ];
        retype(&sents, &mut t);
        // A sports team.
        assert_eq!(t[12], tags("O O O O O B-ORG I-ORG O"));
        // A preposition takes a kind without a determiner, past a nationality; not "from",
        // which web text uses loosely.
        assert_eq!(t[10], tags("O O O O B-ORG I-ORG"));
        assert_eq!(t[11], tags("B-PER I-PER O O B-PER I-PER"));
        assert_eq!(t[8], tags("O O O B-ORG I-ORG I-ORG O"));
        // A hyphenated modifier with a capital; the untagged first word joins the tagged rest.
        assert_eq!(t[9], tags("O O B-LOC O O O B-ORG I-ORG O"));
        // Untagged after its kind, and tagged as a person elsewhere: an organisation in both.
        assert_eq!(t[0], tags("O O O O B-ORG O"));
        assert_eq!(t[1], tags("B-ORG O B-LOC O"));
        assert_eq!(t[2], tags("O O O O B-LOC"));
        assert_eq!(t[3], tags("O O B-ORG I-ORG"));
        // No determiner opens the kind's phrase; a title between kind and name.
        assert_eq!(t[4], tags("B-ORG O B-PER I-PER"));
        assert_eq!(t[5], tags("O O O B-PER I-PER"));
        assert_eq!(t[6], tags("O O O B-LOC"));
        // The kind's phrase opens the sentence with a common word.
        assert_eq!(t[7], tags("O O B-ORG I-ORG O"));
    }

    #[test]
    fn a_place_kind_before_a_name_between_commas_names_a_place() {
        let sents = sentences(&[
            "control of the provincial capital , Kerrast , and",
            "Kerrast said",
            "protests across the capital , Harbour Watch said",
            "the envoy for the region , Henrik Dahlberg , urged",
        ]);
        let mut t = vec![
            tags("O O O O O O B-PER O O"),
            tags("B-PER O"),
            tags("O O O O O B-ORG I-ORG O"),
            tags("O O O O O O B-PER I-PER O O"),
        ];
        retype(&sents, &mut t);
        assert_eq!(t[0], tags("O O O O O O B-LOC O O"));
        // A person named after a place kind.
        assert_eq!(t[3], tags("O O O O O O B-PER I-PER O O"));
        assert_eq!(t[1], tags("B-LOC O"));
        // A name that goes on into a clause is no apposition.
        assert_eq!(t[2], tags("O O O O O B-ORG I-ORG O"));
    }

    #[test]
    fn a_direction_from_a_name_is_from_a_place() {
        let sents = sentences(&[
            "sank south of Lampedusa late on Sunday",
            "off Lampedusa",
            "south of the border",
            "the South of France",
        ]);
        let mut t = vec![
            tags("O O O B-PER O O O"),
            tags("O O"),
            tags("O O O O"),
            tags("O B-LOC I-LOC I-LOC"),
        ];
        retype(&sents, &mut t);
        assert_eq!(t[0], tags("O O O B-LOC O O O"));
        // Every mention of the name is the place, tagged or not.
        assert_eq!(t[1], tags("O B-LOC"));
        // No name after the direction; a capitalised direction is a name's own word.
        assert_eq!(t[2], tags("O O O O"));
        assert_eq!(t[3], tags("O B-LOC I-LOC I-LOC"));
    }

    #[test]
    fn a_kind_in_apposition_after_a_name_says_what_it_is() {
        let sents = sentences(&[
            "Pilots at Skyvenne , the national carrier of Calvaria , walked out",
            "Skyvenne said",
            "Maria Costa , the party 's leader , said",
            "Tomas Reyes , a union official , said",
            "Gerald Fenwick , the property developer who bought it",
            "Anna Berg , the startup that she founded",
        ]);
        let mut t = vec![
            tags("O O B-PER O O O O O B-LOC O O O"),
            tags("B-PER O"),
            tags("B-PER I-PER O O O O O O O"),
            tags("B-PER I-PER O O O O O O"),
            tags("B-PER I-PER O O O O O O O"),
            tags("B-PER I-PER O O O O O O"),
        ];
        retype(&sents, &mut t);
        // A kind a person can be; a name with a first name.
        assert_eq!(t[4], tags("B-PER I-PER O O O O O O O"));
        assert_eq!(t[5], tags("B-PER I-PER O O O O O O"));
        assert_eq!(t[0], tags("O O B-ORG O O O O O B-LOC O O O"));
        assert_eq!(t[1], tags("B-ORG O"));
        assert_eq!(t[2], tags("B-PER I-PER O O O O O O O"));
        assert_eq!(t[3], tags("B-PER I-PER O O O O O O"));
    }

    #[test]
    fn a_kind_opening_the_sentence_is_no_part_of_the_name() {
        assert!(is_org_kind("Drugmaker") && is_org_kind("app") && !is_org_kind("minister"));
        let sents = sentences(&[
            "Drugmaker Talvane Pharmaceuticals said",
            "Talvane shares fell",
            "Bank Leumi said",
            "the social media app Chatterly said",
        ]);
        let mut t = vec![
            tags("B-ORG I-ORG I-ORG O"),
            tags("B-PER O O"),
            tags("B-ORG I-ORG O"),
            tags("O O O O B-PER O"),
        ];
        retype(&sents, &mut t);
        assert_eq!(t[0], tags("O B-ORG I-ORG O"));
        // The name alone elsewhere is not the name found ("Talvane Pharmaceuticals").
        assert_eq!(t[1], tags("B-PER O O"));
        // A kind that also opens names stays in the name.
        assert_eq!(t[2], tags("B-ORG I-ORG O"));
        assert_eq!(t[3], tags("O O O O B-ORG O"));
    }
}
