//! One label per name per document: after tagging, every mention of a name written the same
//! way gets the type most of its mentions got, and a name found often is also found where the
//! tagger missed it (the fourth `Miramar` in a thread is as much a place as the first three).

use rustc_hash::FxHashMap;

use super::iob::{TYPES, label_span, spans, type_index};

/// A name is spread to its untagged occurrences only once the tagger found it this often (one
/// or two finds spread a wrong guess as often as a right one on UNER-EWT dev).
const MIN_VOTES: u32 = 3;

/// Makes the tags of `sentences` (one document) consistent, in place.
pub fn harmonise(sentences: &[Vec<&str>], tags: &mut [Vec<usize>]) {
    // Votes per exact token sequence of a predicted span.
    let mut votes: FxHashMap<Vec<&str>, [u32; TYPES.len()]> = FxHashMap::default();
    for (words, t) in sentences.iter().zip(tags.iter()) {
        for s in spans(t) {
            votes.entry(words[s.start..s.end].to_vec()).or_default()[s.ty] += 1;
        }
    }
    let winner =
        |v: &[u32; TYPES.len()]| (0..TYPES.len()).fold(0, |b, k| if v[k] > v[b] { k } else { b });
    // Names found often enough to spread, longest first, so `Del Frisco` is placed before a
    // lone `Frisco`; indexed by first word so a sentence only tries the names it could hold
    // (trying every name in every sentence went quadratic on book-length documents).
    let mut names: Vec<(&Vec<&str>, usize)> = votes
        .iter()
        .filter(|(k, v)| {
            k[0].chars().next().is_some_and(char::is_uppercase)
                && v.iter().sum::<u32>() >= MIN_VOTES
        })
        .map(|(k, v)| (k, winner(v)))
        .collect();
    names.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(b.0)));
    let mut by_first: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
    for (k, (name, _)) in names.iter().enumerate() {
        by_first.entry(name[0]).or_default().push(k);
    }
    let mut here: Vec<usize> = Vec::new();
    for (words, t) in sentences.iter().zip(tags.iter_mut()) {
        // Relabel predicted spans to their name's majority type.
        for s in spans(t) {
            let ty = winner(&votes[&words[s.start..s.end]]);
            label_span(t, s.start..s.end, ty);
        }
        // Tag untagged occurrences of capitalised names, in the order of `names`.
        here.clear();
        for w in words {
            here.extend(by_first.get(w).into_iter().flatten());
        }
        here.sort_unstable();
        here.dedup();
        for &k in &here {
            let (name, ty) = names[k];
            let n = name.len();
            if n > words.len() {
                continue;
            }
            for i in 0..=words.len() - n {
                if words[i..i + n] == name[..] && t[i..i + n].iter().all(|&x| x == 0) {
                    let after_free = t.get(i + n).is_none_or(|&x| x == 0 || x % 2 == 1);
                    if !after_free {
                        continue;
                    }
                    label_span(t, i..i + n, ty);
                }
            }
        }
    }
}

/// A person named in full is later named by surname alone: every untagged occurrence of the
/// last word of a person's name of two or more words is that person ("Education Minister
/// Douglas Farrow ... Farrow, a former principal, denied"; the tagger missed "Farrow" at the
/// start of a sentence, where a common word such as "farrow" is often capitalised). Not when a
/// capitalised word follows (a longer name: "Farrow Street"), nor for a word of one letter.
pub fn surnames(sentences: &[Vec<&str>], tags: &mut [Vec<usize>]) {
    let per = type_index("PER");
    let mut known: Vec<&str> = Vec::new();
    for (words, t) in sentences.iter().zip(tags.iter()) {
        for s in spans(t) {
            let last = words[s.end - 1];
            let word = last.chars().count() > 1
                && last.chars().next().is_some_and(char::is_uppercase)
                && last.chars().all(char::is_alphabetic);
            if s.ty == per && s.end - s.start >= 2 && word {
                known.push(last);
            }
        }
    }
    known.sort_unstable();
    known.dedup();
    if known.is_empty() {
        return;
    }
    for (words, t) in sentences.iter().zip(tags.iter_mut()) {
        for i in 0..words.len() {
            let free = |k: usize| t.get(k).is_none_or(|&x| x == 0);
            let longer = words
                .get(i + 1)
                .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase));
            let before_free = i == 0 || free(i - 1);
            if t[i] == 0
                && free(i + 1)
                && before_free
                && !longer
                && known.binary_search(&words[i]).is_ok()
            {
                label_span(t, i..i + 1, per);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotate::ner::iob::test_support::{sentences, tags};

    #[test]
    fn names_found_once_are_found_everywhere_with_the_majority_type() {
        let sents = sentences(&[
            "I love Miramar",
            "Miramar is in Florida",
            "Is Miramar a person ?",
            "We left Miramar and Florida",
            "my dog barks",
        ]);
        let mut t = vec![
            tags("O O B-LOC"),
            tags("B-LOC O O B-LOC"),
            tags("O B-PER O O O"),
            tags("O O O O O"),
            tags("O O O"),
        ];
        harmonise(&sents, &mut t);
        // `Miramar`: 4 finds, 3 of them LOC, so LOC everywhere; `Florida` was found only once,
        // too few to spread.
        assert_eq!(
            t,
            vec![
                tags("O O B-LOC"),
                tags("B-LOC O O B-LOC"),
                tags("O B-LOC O O O"),
                tags("O O B-LOC O O"),
                tags("O O O"),
            ]
        );
    }

    #[test]
    fn a_surname_alone_is_the_person_named_in_full() {
        let sents = sentences(&[
            "Minister Douglas Farrow spoke",
            "Farrow , a teacher , denied it",
            "Farrow Street was shut",
            "a farrow of pigs",
        ]);
        let mut t = vec![
            tags("O B-PER I-PER O"),
            tags("O O O O O O O"),
            tags("O O O O"),
            tags("O O O O"),
        ];
        surnames(&sents, &mut t);
        assert_eq!(t[1], tags("B-PER O O O O O O"));
        // Before another capitalised word it may start a longer name; lower case is no name.
        assert_eq!(t[2], tags("O O O O"));
        assert_eq!(t[3], tags("O O O O"));
    }

    #[test]
    fn lowercase_words_are_not_spread() {
        let sents = sentences(&[
            "visit kerala now",
            "kerala is green",
            "kerala !",
            "in kerala",
        ]);
        let mut t = vec![
            tags("O B-LOC O"),
            tags("B-LOC O O"),
            tags("B-LOC O"),
            tags("O O"),
        ];
        harmonise(&sents, &mut t);
        assert_eq!(t[3], tags("O O"));
        assert_eq!(t[0], tags("O B-LOC O"));
    }
}
