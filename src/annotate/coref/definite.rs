//! Definite descriptions of organisations: "the company", "the agency". News names an
//! organisation once and then calls it by its kind ("Northwind Logistics ... The company
//! expects ...", "the Federal Trade Commission ... the agency would ask a court ...").
//!
//! A description whose noun is a word of the names of organisations of its kind ("the bank"
//! after "the Bank of Norvania" and "Fjell Bank") links to the one of those the document has
//! named most often so far, when one is. Otherwise it links to the organisation of the right kind (a company for "the company"/"the
//! firm", a public body for "the agency"/"the regulator") named in the last [`WINDOW`]
//! sentences, or named most often in the whole story so far when it was named at least twice,
//! that the document has named most often so far: the story's main one (named three times or
//! more when the window names none of the kind). With no
//! such one, it links only when the nearest sentence that names one of the right kind names
//! exactly one; two candidates there leave it unlinked. "The ministry" and "the department"
//! link only to a name with that word. Before all that, a description in what a person reports
//! is the organisation the person's title names ([`speaker_organisation`]).

use super::names::Cluster;
use crate::annotate::parse::report::REPORTING;
use crate::document::{EntityType, Mention};

/// Sentences back a description looks for its organisation.
pub const WINDOW: usize = 4;

/// What a description can name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OrgKind {
    Company,
    PublicBody,
}

/// The kind a head noun after "the" describes, if it is one of the descriptions handled.
pub fn description(noun: &str) -> Option<OrgKind> {
    match noun.to_lowercase().as_str() {
        "company" | "firm" | "carrier" | "retailer" | "airline" | "automaker" | "carmaker"
        | "chipmaker" | "insurer" | "lender" | "manufacturer" | "conglomerate" | "utility"
        | "bank" | "drugmaker" | "startup" | "miner" | "brewer" | "broadcaster" => {
            Some(OrgKind::Company)
        }
        "agency" | "regulator" | "commission" | "watchdog" | "ministry" | "department" => {
            Some(OrgKind::PublicBody)
        }
        _ => None,
    }
}

/// Words in a name that make an organisation a public body.
const PUBLIC: &[&str] = &[
    "agency",
    "administration",
    "authority",
    "board",
    "bureau",
    "commission",
    "coastguard",
    "committee",
    "council",
    "department",
    "directorate",
    "inspectorate",
    "ministry",
    "office",
    "regulator",
    "reserve",
    "secretariat",
    "service",
];

/// Words in a name that make an organisation something other than a company or a public body.
const NEITHER: &[&str] = &[
    "alliance",
    "army",
    "association",
    "center",
    "centre",
    "church",
    "club",
    "coalition",
    "congress",
    "corps",
    "court",
    "federation",
    "forces",
    "foundation",
    "house",
    "institute",
    "league",
    "movement",
    "organisation",
    "organization",
    "parliament",
    "party",
    "police",
    "school",
    "senate",
    "union",
    "university",
];

/// What kind of organisation a cluster is, from the words of its names.
fn kind_of(c: &Cluster) -> Option<OrgKind> {
    if c.kind != EntityType::Org {
        return None;
    }
    // The gazetteer's name counts too: "EU" is the European Union, no company.
    let words = || {
        c.surfaces
            .iter()
            .chain(&c.gazetteer_name)
            .flat_map(|s| s.split_whitespace())
            .map(str::to_lowercase)
    };
    if words().any(|w| PUBLIC.contains(&w.as_str())) {
        Some(OrgKind::PublicBody)
    } else if words().any(|w| NEITHER.contains(&w.as_str())) {
        None
    } else {
        Some(OrgKind::Company)
    }
}

/// Relations that keep a word inside the noun phrase of the word it hangs on.
const IN_PHRASE: &[&str] = &[
    "compound",
    "nmod",
    "nmod:poss",
    "nmod:desc",
    "appos",
    "flat",
    "case",
    "det",
    "amod",
];

/// The organisation of the speaker who reports a description: "KNOC Chief Executive Marta
/// Kelemen said the company had filed a claim against the BPC" is KNOC's claim, though the story
/// names the BPC more often. The description `noun` (a word index of `tokens`) must sit in the
/// complement clause of a verb of saying whose subject is a person and whose phrase names
/// exactly one organisation of `kind` among `mentions` (this sentence's named mentions): as a
/// modifier of the title ("KNOC Chief Executive"), its possessor ("Bitterroot's chief
/// executive, Gregory Lane") or the object of "of" ("director of the CFWA"), not inside a
/// clause of the phrase.
pub fn speaker_organisation(
    clusters: &[Cluster],
    tokens: &[crate::document::Token],
    mentions: &[Mention],
    noun: usize,
    kind: OrgKind,
) -> Option<usize> {
    // A head out of range (a damaged CoNLL-U file) is no head.
    let head = |k: usize| {
        tokens
            .get(k)?
            .head
            .checked_sub(1)
            .filter(|&h| h < tokens.len())
    };
    // Up from the description to the complement clause of a verb of saying.
    let mut cur = noun;
    let mut verb = None;
    for _ in 0..8 {
        let Some(h) = head(cur) else { break };
        if tokens[cur].deprel == "ccomp"
            && tokens[h].upos == "VERB"
            && REPORTING.contains(&tokens[h].lemma.to_lowercase().as_str())
        {
            verb = Some(h);
            break;
        }
        cur = h;
    }
    let verb = verb?;
    // Its subjects, or those of the verb it is coordinated with ("apologized ... and said").
    // The parser may split a titled name into two ("KNOC" and "Marta Kelemen" both subjects).
    let subjects_of = |v: usize| -> Vec<usize> {
        (0..tokens.len())
            .filter(|&k| head(k) == Some(v) && tokens[k].deprel.starts_with("nsubj"))
            .collect()
    };
    let mut subjects = subjects_of(verb);
    if subjects.is_empty()
        && tokens[verb].deprel == "conj"
        && let Some(h) = head(verb)
    {
        subjects = subjects_of(h);
    }
    // The speaker is a person, named as a subject or in apposition to one ("Bitterroot's chief
    // executive, Gregory Lane"): an organisation that speaks ("Verbraucherrat said passengers
    // who had booked with the airline ...") names another one by a description.
    let named = |k: usize| {
        mentions.iter().any(|m| {
            (m.tokens.0..m.tokens.1).contains(&k)
                && clusters[m.entity.0 as usize].kind == EntityType::Person
        })
    };
    let person = subjects.iter().any(|&s| {
        named(s)
            || (0..tokens.len())
                .any(|k| head(k) == Some(s) && tokens[k].deprel == "appos" && named(k))
    });
    if !person {
        return None;
    }
    // A word within a subject's phrase, through noun-phrase relations only.
    let in_phrase = |mut k: usize| {
        for _ in 0..8 {
            if subjects.contains(&k) {
                return true;
            }
            if !IN_PHRASE.contains(&tokens[k].deprel.as_str()) {
                return false;
            }
            match head(k) {
                Some(h) => k = h,
                None => return false,
            }
        }
        false
    };
    let mut found: Vec<usize> = mentions
        .iter()
        .filter(|m| m.tokens.1 > m.tokens.0 && m.tokens.1 <= noun)
        .filter(|m| (m.tokens.0..m.tokens.1).any(in_phrase))
        .map(|m| m.entity.0 as usize)
        .filter(|&c| kind_of(&clusters[c]) == Some(kind))
        .collect();
    found.sort_unstable();
    found.dedup();
    match found[..] {
        [c] => Some(c),
        _ => None,
    }
}

/// The organisation `kind` a description at `(s, i)` with head `noun` refers to.
/// `mentions_in(k)` gives the named mentions of sentence `k`; `resolved` holds the references
/// resolved before it.
pub fn antecedent<'m>(
    clusters: &[Cluster],
    mentions_in: impl Fn(usize) -> &'m [Mention],
    s: usize,
    i: usize,
    noun: &str,
    kind: OrgKind,
    resolved: &[Mention],
) -> Option<usize> {
    // The mentions before the description, sentence by sentence.
    let before = |k: usize| {
        mentions_in(k)
            .iter()
            .filter(move |m| k < s || m.tokens.1 <= i)
            .map(|m| m.entity.0 as usize)
    };
    let of_kind = |c: &usize| kind_of(&clusters[*c]) == Some(kind);
    // Names and the references already resolved ("its", "the bank") count alike.
    let count = |c: usize| {
        (0..=s).flat_map(before).filter(|&x| x == c).count()
            + resolved.iter().filter(|m| m.entity.0 as usize == c).count()
    };
    // Of `candidates`, the one named most often so far, when one is.
    let most_named = |mut candidates: Vec<usize>| {
        candidates.sort_unstable();
        candidates.dedup();
        let mut counts: Vec<(usize, usize)> = candidates.iter().map(|&c| (count(c), c)).collect();
        counts.sort_unstable_by(|a, b| b.cmp(a));
        match counts[..] {
            [(_, c)] => Some(c),
            [(a, c), (b, _), ..] if a > b => Some(c),
            _ => None,
        }
    };
    // "the bank" after "the Bank of Norvania" and "Fjell Bank": of the organisations of that
    // kind named so far with the noun in their name.
    let in_name = |c: &usize| {
        clusters[*c]
            .surfaces
            .iter()
            .any(|n| n.split_whitespace().any(|w| w.eq_ignore_ascii_case(noun)))
    };
    if let Some(c) = most_named(
        (0..=s)
            .flat_map(before)
            .filter(of_kind)
            .filter(in_name)
            .collect(),
    ) {
        return Some(c);
    }
    // A ministry or a department is named as one: "the ministry" is no authority or agency.
    if matches!(noun.to_lowercase().as_str(), "ministry" | "department") {
        return None;
    }
    // The story's main organisation of that kind: of those named in the window ("Orrin Telecom
    // reported ... Analysts polled by the Meridian Data Group had expected ... the company had
    // lost" is Orrin).
    // The story's main one counts even when the window has not named it: "Halvard Orbital
    // ... Halvard ... the Coastwatch Consortium ... the company's investigation" is Halvard's.
    let window = s.saturating_sub(WINDOW)..=s;
    // With none in the window, a main one named three times or more still counts: "the
    // airline" after a passenger's quotes is the airline the story is about.
    let mut candidates: Vec<usize> = window.clone().flat_map(before).filter(of_kind).collect();
    if let Some(main) = most_named((0..=s).flat_map(before).filter(of_kind).collect())
        .filter(|&c| count(c) >= if candidates.is_empty() { 3 } else { 2 })
    {
        candidates.push(main);
    }
    if let Some(c) = most_named(candidates) {
        return Some(c);
    }
    for back in window.rev() {
        let mut found: Vec<usize> = before(back).filter(of_kind).collect();
        found.sort_unstable();
        found.dedup();
        match found[..] {
            [] => continue,
            [c] => return Some(c),
            _ => return None,
        }
    }
    None
}
