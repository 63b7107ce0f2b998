//! Head words that say what kind of name they end or sit in: `... Corporation`, `Ministry of
//! ...`, `... Street`. The training data has only a few hundred organisations, so most of these
//! words never head a training name; as a class they generalise (a feature of the tagger only).
//! The lists are written by hand by the relgraph authors.

use std::sync::LazyLock;

use rustc_hash::FxHashMap;

/// Words heading or ending organisation names (lowercase; abbreviations without the dot).
const ORG: &[&str] = &[
    "academy",
    "agency",
    "airline",
    "airlines",
    "airways",
    "alliance",
    "army",
    "assembly",
    "associates",
    "association",
    "authority",
    "bancorp",
    "band",
    "bank",
    "board",
    "brigade",
    "bureau",
    "cabinet",
    "caucus",
    "church",
    "co",
    "coalition",
    "college",
    "commission",
    "committee",
    "communications",
    "company",
    "confederation",
    "congress",
    "consortium",
    "corp",
    "corporation",
    "council",
    "court",
    "department",
    "division",
    "enterprises",
    "federation",
    "firm",
    "foundation",
    "front",
    "fund",
    "gazette",
    "group",
    "guard",
    "herald",
    "holdings",
    "inc",
    "incorporated",
    "industries",
    "institute",
    "institution",
    "insurance",
    "international",
    "journal",
    "league",
    "legion",
    "llc",
    "llp",
    "ltd",
    "magazine",
    "media",
    "military",
    "ministry",
    "movement",
    "navy",
    "network",
    "news",
    "office",
    "orchestra",
    "organisation",
    "organization",
    "parliament",
    "partners",
    "partnership",
    "party",
    "pharmaceuticals",
    "plc",
    "police",
    "post",
    "press",
    "pvt",
    "records",
    "regiment",
    "school",
    "senate",
    "services",
    "society",
    "solutions",
    "studios",
    "systems",
    "team",
    "technologies",
    "telegraph",
    "times",
    "tribune",
    "trust",
    "union",
    "university",
];

/// Words heading or ending place names (streets, buildings, natural features, regions).
const LOC: &[&str] = &[
    "airport",
    "ave",
    "avenue",
    "bay",
    "beach",
    "blvd",
    "boulevard",
    "bridge",
    "canal",
    "canyon",
    "castle",
    "cathedral",
    "cave",
    "center",
    "centre",
    "city",
    "coast",
    "county",
    "creek",
    "desert",
    "district",
    "drive",
    "falls",
    "forest",
    "fort",
    "garage",
    "gate",
    "gulf",
    "hall",
    "harbor",
    "harbour",
    "highway",
    "hill",
    "hills",
    "hotel",
    "island",
    "islands",
    "lake",
    "lane",
    "mall",
    "memorial",
    "mosque",
    "mount",
    "mountain",
    "mountains",
    "museum",
    "ocean",
    "palace",
    "park",
    "peak",
    "plaza",
    "port",
    "province",
    "rd",
    "region",
    "river",
    "road",
    "sea",
    "sector",
    "square",
    "st",
    "stadium",
    "state",
    "station",
    "street",
    "temple",
    "theater",
    "theatre",
    "tower",
    "township",
    "valley",
    "village",
    "way",
    "zoo",
];

/// The keyword class of a lowercased word: `O` organisation, `L` place, `-` neither.
pub fn class(lower: &str) -> &'static str {
    static CLASS: LazyLock<FxHashMap<&'static str, &'static str>> = LazyLock::new(|| {
        let org = ORG.iter().map(|w| (*w, "O"));
        org.chain(LOC.iter().map(|w| (*w, "L"))).collect()
    });
    // Hashing instead of two binary searches (this runs for every token); the lists are
    // disjoint, so the class is the same.
    let w = lower.trim_end_matches('.');
    CLASS.get(w).copied().unwrap_or("-")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_sorted_and_classify() {
        assert!(ORG.windows(2).all(|w| w[0] < w[1]));
        assert!(LOC.windows(2).all(|w| w[0] < w[1]));
        assert!(ORG.iter().all(|w| LOC.binary_search(w).is_err()));
        assert_eq!(class("corp."), "O");
        assert_eq!(class("street"), "L");
        assert_eq!(class("dog"), "-");
    }
}
