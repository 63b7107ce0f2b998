//! A name that has a state's organs is a place. News names a country the tagger has never seen
//! by what it has: "the Republic of Qaresh", "Qaresh's interior ministry", "Qaresh's ambassador
//! in Madrid". The tagger, which reads a capitalised word it does not know as a person more
//! often than as anything else, took "Qaresh" for a person, and a later "her" went to it.
//!
//! After tagging, a name is a place in the whole document when it follows "Republic of" (or
//! "Kingdom of", ...) in a name, or owns, with "'s", an organ only a state has: an embassy, an
//! ambassador, a capital, a parliament, a constitution, a central bank, armed forces, or a
//! ministry, minister or secretary of a state's domain ("foreign", "interior", "commerce").
//! Not a government, a president or an army: people have those too ("Lind's government").
//! Only occurrences tagged as a person or not at all are retyped; an organisation stays one.

use super::iob::{O, label_span, spans, type_index};

/// Words that open a state's formal name before "of". Not "Federation" or "Commonwealth",
/// which open the names of unions and leagues too ("Federation of Trade Unions").
const STATE_FORMS: &[&str] = &[
    "Emirate",
    "Kingdom",
    "Principality",
    "Republic",
    "Sultanate",
];

/// True when `word` opens a state's formal name before "of" ("Republic", "kingdom"), in any
/// case.
pub(crate) fn is_state_form(word: &str) -> bool {
    STATE_FORMS.iter().any(|f| f.eq_ignore_ascii_case(word))
}

/// Organs a state has and a person or a company does not, after "X's".
const ORGANS: &[&str] = &[
    "ambassador",
    "capital",
    "constitution",
    "embassy",
    "parliament",
];

/// Domains of a state's ministries: "X's foreign minister", "X's commerce secretary".
const DOMAINS: &[&str] = &[
    "agriculture",
    "commerce",
    "defence",
    "defense",
    "economy",
    "education",
    "energy",
    "finance",
    "foreign",
    "health",
    "interior",
    "justice",
    "trade",
    "transport",
];

/// Retypes the names of states, in place (see the module documentation).
pub fn retype(sentences: &[Vec<&str>], tags: &mut [Vec<usize>]) {
    let (per, loc) = (type_index("PER"), type_index("LOC"));
    let mut names: Vec<Vec<&str>> = Vec::new();
    for (words, t) in sentences.iter().zip(tags.iter()) {
        for s in spans(t) {
            if let Some(of) = (s.start..s.end).find(|&k| words[k] == "of") {
                let formal = of > s.start && is_state_form(words[of - 1]);
                let rest = &words[of + 1..s.end];
                let rest = rest.strip_prefix(&["the"]).unwrap_or(rest);
                if formal && !rest.is_empty() && rest.iter().all(|w| capitalised(w)) {
                    names.push(rest.to_vec());
                }
            }
        }
        for k in 1..words.len().saturating_sub(1) {
            if words[k] == "'s" && organ_after(words, k + 1) {
                if let Some(start) = name_before(words, t, k) {
                    names.push(words[start..k].to_vec());
                }
            }
        }
    }
    names.sort_unstable();
    names.dedup();
    let (b_per, i_per) = (1 + 2 * per, 2 + 2 * per);
    for name in &names {
        let n = name.len();
        for (words, t) in sentences.iter().zip(tags.iter_mut()) {
            for i in 0..(words.len() + 1).saturating_sub(n) {
                if words[i..i + n] != name[..] {
                    continue;
                }
                // Untagged, or exactly a person's name (not the start of a longer one).
                let untagged = t[i..i + n].iter().all(|&x| x == O);
                let person = t[i] == b_per
                    && t[i + 1..i + n].iter().all(|&x| x == i_per)
                    && t.get(i + n) != Some(&i_per);
                if untagged || person {
                    label_span(t, i..i + n, loc);
                }
            }
        }
    }
}

fn capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// True when an organ of a state opens at word `k` ("ambassador", "interior ministry",
/// "central bank", "armed forces").
fn organ_after(words: &[&str], k: usize) -> bool {
    let word = |j: usize| words.get(j).map(|w| w.to_lowercase()).unwrap_or_default();
    let (a, b) = (word(k), word(k + 1));
    ORGANS.contains(&a.as_str())
        || (DOMAINS.contains(&a.as_str()) && (b.starts_with("minist") || b.starts_with("secretar")))
        || (a == "central" && b == "bank")
        || (a == "armed" && b == "forces")
}

/// The first word of the name that ends right before `k` ("Qaresh" before "'s"): the span the
/// tagger found if it is a person's or none, else the run of capitalised words (three at most).
fn name_before(words: &[&str], t: &[usize], k: usize) -> Option<usize> {
    let per = type_index("PER");
    let mut start = k;
    while start > 0 && k - start < 3 && capitalised(words[start - 1]) {
        start -= 1;
    }
    // A sentence's first word may be any capitalised word ("The ..."): only a one-word run.
    if start == 0 && k > 1 {
        start = k - 1;
    }
    let untagged_or_person = t[start..k]
        .iter()
        .all(|&x| x == O || x == 1 + 2 * per || x == 2 + 2 * per);
    let opens = t[start] == O || t[start] % 2 == 1;
    (start < k && untagged_or_person && opens).then_some(start)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotate::ner::iob::test_support::{sentences, tags};

    fn run(text: &[&str], labels: &[&str]) -> Vec<Vec<usize>> {
        let sents = sentences(text);
        let mut t: Vec<Vec<usize>> = labels.iter().map(|l| tags(l)).collect();
        retype(&sents, &mut t);
        t
    }

    #[test]
    fn a_name_with_a_states_organs_is_a_place_everywhere() {
        let t = run(
            &[
                "detained in the Republic of Qaresh",
                "Qaresh 's interior ministry confirmed it",
                "she was held in Qaresh",
            ],
            &[
                "O O O B-LOC I-LOC I-LOC",
                "B-PER O O O O O",
                "O O O O B-PER",
            ],
        );
        assert_eq!(t[1], tags("B-LOC O O O O O"));
        assert_eq!(t[2], tags("O O O O B-LOC"));
        // The organs alone, each in its own document.
        for (text, labels) in [
            ("summoned Kestria 's ambassador", "O B-PER O O"),
            ("Kestria 's commerce secretary said", "O O O O O"),
            ("Kestria 's central bank said", "B-PER O O O O"),
        ] {
            let t = run(&[text, "Kestria said"], &[labels, "B-PER O"]);
            assert_eq!(t[1], tags("B-LOC O"), "{text}");
        }
    }

    #[test]
    fn a_persons_government_or_an_organisation_stays() {
        for (text, labels) in [
            ("Lind 's government fell", "B-PER O O O"),
            ("Lind 's army advanced", "B-PER O O O"),
            ("Acme Corp 's embassy deal", "B-ORG I-ORG O O O"),
            ("Anna Lind 's foreign policy", "B-PER I-PER O O O"),
        ] {
            assert_eq!(run(&[text], &[labels]), [tags(labels)], "{text}");
        }
        // A federation's name is no state's ("Federation of Trade Unions").
        let t = run(
            &["the Federation of Trade Unions said", "Trade Unions met"],
            &["O B-ORG I-ORG I-ORG I-ORG O", "O O O"],
        );
        assert_eq!(t[1], tags("O O O"));
        // A longer name that holds the place's name is left whole.
        let t = run(
            &["Kestria 's ambassador", "Kestria Today reported"],
            &["B-PER O O", "B-ORG I-ORG O"],
        );
        assert_eq!(t[1], tags("B-ORG I-ORG O"));
    }
}
