//! Table tests of cross-document aliasing.

use super::*;

fn rec(name: &str, kind: EntityType, context: &[&str]) -> EntityRecord {
    EntityRecord {
        context: context.iter().map(|s| s.to_string()).collect(),
        ..EntityRecord::new(name, kind)
    }
}

/// Clusters as lists of names, and every merge reason.
fn run(records: &[EntityRecord], no_merge: &NoMerge) -> (Vec<Vec<String>>, Vec<&'static str>) {
    let cl = cluster(records, no_merge);
    let names = cl
        .iter()
        .map(|c| c.members.iter().map(|&i| records[i].name.clone()).collect())
        .collect();
    let reasons = cl
        .iter()
        .flat_map(|c| c.merges.iter().map(|m| m.reason))
        .collect();
    (names, reasons)
}

#[test]
fn merge_table() {
    use EntityType::*;
    let none = NoMerge::default();
    for (records, groups, reasons) in [
        (
            vec![
                rec("U.S.", Gpe, &[]),
                rec("United States", Gpe, &[]),
                rec("US", Gpe, &[]),
            ],
            vec![vec!["U.S.", "United States", "US"]],
            vec![GAZETTEER, GAZETTEER],
        ),
        (
            vec![rec("UN", Org, &[]), rec("United Nations", Org, &[])],
            vec![vec!["UN", "United Nations"]],
            vec![GAZETTEER],
        ),
        (
            vec![rec("Global Energy Forum", Org, &[]), rec("GEF", Org, &[])],
            vec![vec!["Global Energy Forum", "GEF"]],
            vec![ACRONYM],
        ),
        (
            vec![
                rec("Donald Trump", Person, &[]),
                rec("Donald J. Trump", Person, &[]),
            ],
            vec![vec!["Donald Trump", "Donald J. Trump"]],
            vec![SURNAME],
        ),
        (
            vec![
                rec("Volodymyr Zelenskyy", Person, &["ukraine", "kyiv"]),
                rec("Volodymyr Zelensky", Person, &["kyiv"]),
                rec("Zelenskiy", Person, &["ukraine"]),
            ],
            vec![vec![
                "Volodymyr Zelenskyy",
                "Volodymyr Zelensky",
                "Zelenskiy",
            ]],
            vec![TRANSLITERATION, TRANSLITERATION],
        ),
        // Close spelling without shared context: kept apart.
        (
            vec![
                rec("Anna Jonson", Person, &["tennis"]),
                rec("Anna Johnson", Person, &["banking"]),
            ],
            vec![vec!["Anna Jonson"], vec!["Anna Johnson"]],
            vec![],
        ),
        // A bare surname joins the only person with that surname...
        (
            vec![
                rec("Putin", Person, &[]),
                rec("Vladimir Putin", Person, &[]),
            ],
            vec![vec!["Putin", "Vladimir Putin"]],
            vec![SURNAME_ONLY],
        ),
        // ...but not when two people share it, and those two never join.
        (
            vec![
                rec("Donald Trump", Person, &[]),
                rec("Trump", Person, &[]),
                rec("Melania Trump", Person, &[]),
            ],
            vec![vec!["Donald Trump"], vec!["Trump"], vec!["Melania Trump"]],
            vec![],
        ),
        // ...even when they all share context (a bare surname is no transliteration variant).
        (
            vec![
                rec("Anna Kowalski", Person, &["talks"]),
                rec("Piotr Kowalski", Person, &["talks"]),
                rec("Kowalski", Person, &["talks"]),
            ],
            vec![
                vec!["Anna Kowalski"],
                vec!["Piotr Kowalski"],
                vec!["Kowalski"],
            ],
            vec![],
        ),
        // Same name, different types: a person Georgia is not the country.
        (
            vec![rec("Georgia", Person, &[]), rec("Georgia", Gpe, &[])],
            vec![vec!["Georgia"], vec!["Georgia"]],
            vec![],
        ),
    ] {
        let (got, why) = run(&records, &none);
        let want: Vec<Vec<String>> = groups
            .iter()
            .map(|g| g.iter().map(|s| s.to_string()).collect())
            .collect();
        assert_eq!(got, want, "{records:?}");
        assert_eq!(why, reasons, "{records:?}");
    }
}

#[test]
fn canonical_is_the_fullest_or_listed_name() {
    let r = [
        rec("Trump", EntityType::Person, &[]),
        rec("Donald Trump", EntityType::Person, &[]),
    ];
    let c = cluster(&r, &NoMerge::default());
    assert_eq!(
        (c[0].canonical.as_str(), c[0].aliases.clone()),
        ("Donald Trump", vec!["Trump".to_string()])
    );
    let r = [
        rec("US", EntityType::Gpe, &[]),
        rec("U.S.", EntityType::Gpe, &[]),
    ];
    assert_eq!(
        cluster(&r, &NoMerge::default())[0].canonical,
        "United States"
    );
    // A dateline's capitals lose to the ordinary spelling, whatever the order.
    for r in [
        [
            rec("KESTLEY JUNCTION", EntityType::Gpe, &[]),
            rec("Kestley Junction", EntityType::Gpe, &[]),
        ],
        [
            rec("Kestley Junction", EntityType::Gpe, &[]),
            rec("KESTLEY JUNCTION", EntityType::Gpe, &[]),
        ],
    ] {
        assert_eq!(
            cluster(&r, &NoMerge::default())[0].canonical,
            "Kestley Junction"
        );
    }
}

#[test]
fn no_merge_really_separates() {
    let r = [
        rec("Vladimir Putin", EntityType::Person, &[]),
        rec("Putin", EntityType::Person, &[]),
        rec("U.S.", EntityType::Gpe, &[]),
        rec("United States", EntityType::Gpe, &[]),
    ];
    assert_eq!(cluster(&r, &NoMerge::default()).len(), 2);
    let nm = NoMerge::parse("# undo a wrong merge\nputin\tVladimir Putin\nU.S. = United States\n")
        .unwrap();
    let (groups, reasons) = run(&r, &nm);
    assert_eq!(groups.len(), 4, "{groups:?}");
    assert!(reasons.is_empty());
    assert!(NoMerge::parse("just one name\n").is_err());
}

#[test]
fn transliteration_keys_and_distance() {
    assert_eq!(translit_key("Zelenskiy"), translit_key("Zelenskyy"));
    assert_eq!(translit_key("Zelensky"), "zelensky");
    assert_eq!(edit_distance("kitten", "sitting"), 3);
    assert_eq!(edit_distance("", "abc"), 3);
    assert!(acronym_of("U.N.", "United Nations"));
    assert!(!acronym_of("UN", "Unknown"));
}

/// Comparing only records that share a key gives exactly the clusters (members, canonical
/// names, aliases, merges with reasons) of comparing every pair, on many random record sets
/// built from names that trip every rule: variants, acronyms, gazetteer names, shared surnames.
#[test]
fn candidate_pairs_cluster_exactly_like_all_pairs() {
    let firsts = ["", "Volodymyr ", "Vladimir ", "Anna ", "V. ", "Donald "];
    let lasts = [
        "Zelenskyy",
        "Zelensky",
        "Zelenskiy",
        "zelensky",
        "Putin",
        "Trump",
        "Novak",
        "Nowak",
        "Johnson",
        "Jonson",
    ];
    let places = [
        "United States",
        "U.S.",
        "US",
        "United Nations",
        "UN",
        "Russia",
        "Russian Federation",
        "North Atlantic Treaty Organization",
        "NATO",
        "Kyiv",
        "Kestrel Valley Authority",
        "KVA",
    ];
    let context = ["Kremlin", "Ukraine", "Tuesday", "talks", "Paris"];
    let roles = ["President", "Foreign Minister", "envoy"];
    let mut x: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = |n: usize| {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        (x % n as u64) as usize
    };
    let mut reasons = std::collections::BTreeSet::new();
    for _ in 0..150 {
        let count = 2 + next(14);
        let records: Vec<EntityRecord> = (0..count)
            .map(|_| {
                let (name, kind) = match next(3) {
                    0 => (places[next(places.len())].to_string(), EntityType::Gpe),
                    1 => (places[next(places.len())].to_string(), EntityType::Org),
                    _ => (
                        format!("{}{}", firsts[next(firsts.len())], lasts[next(lasts.len())]),
                        EntityType::Person,
                    ),
                };
                let ctx: Vec<&str> = (0..next(3)).map(|_| context[next(context.len())]).collect();
                let mut r = rec(&name, kind, &ctx);
                if next(3) == 0 {
                    r.roles.push(roles[next(roles.len())].to_string());
                }
                if next(4) == 0 {
                    r.aliases.push(lasts[next(lasts.len())].to_string());
                }
                r
            })
            .collect();
        let no_merge = NoMerge::default();
        let all = cluster_over(&records, &no_merge, |i| (i + 1..records.len()).collect());
        assert_eq!(cluster(&records, &no_merge), all, "{records:?}");
        reasons.extend(all.iter().flat_map(|c| c.merges.iter().map(|m| m.reason)));
    }
    // The records exercise every rule, so the comparison means something.
    let want = [
        SAME_NAME,
        GAZETTEER,
        ACRONYM,
        SURNAME,
        SURNAME_ONLY,
        TRANSLITERATION,
    ];
    assert!(want.iter().all(|r| reasons.contains(r)), "{reasons:?}");
}
