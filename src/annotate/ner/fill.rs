//! Filling in names the training file leaves unlabelled. The 2022 UNER English EWT draft
//! labels a name in one sentence and leaves it `O` in another (on shared documents its annotator
//! found 39% of a second annotator's organisations). A capitalised name that train labels at
//! least `min` times, at least two thirds of them with one type, takes that type at its
//! unlabelled occurrences too (`train ner --fill-names N`, off by default).
//!
//! An occurrence is filled only when every token is `O` (never over another entity, also not
//! over an `OTH` one), when no capitalised unlabelled word continues it on either side (`Google`
//! in `Google Maps` stays), and, for a one-word name at the start of a sentence, only when
//! train never writes the word in lowercase (`Will`, `Bush` at a sentence start stay).

use rustc_hash::{FxHashMap, FxHashSet};

use super::iob::{self, IobSentence, TYPES, spans};

/// What [`fill_names`] changed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct FillReport {
    /// Names eligible for filling.
    pub names: usize,
    /// Spans added, per type of [`TYPES`].
    pub spans: [usize; TYPES.len()],
    /// Tokens relabelled from `O`.
    pub tokens: usize,
}

fn capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// The sentence's first word: leading quotes, dashes and bullets do not count.
fn first_word(words: &[String]) -> Option<usize> {
    words
        .iter()
        .position(|w| w.chars().next().is_some_and(char::is_alphanumeric))
}

/// The names eligible for filling, with their type index.
fn eligible(sents: &[IobSentence], min: usize) -> FxHashMap<Vec<String>, usize> {
    let mut counts: FxHashMap<Vec<String>, [usize; TYPES.len()]> = FxHashMap::default();
    for s in sents {
        for sp in spans(&s.tags) {
            counts
                .entry(s.words[sp.start..sp.end].to_vec())
                .or_default()[sp.ty] += 1;
        }
    }
    counts
        .into_iter()
        .filter_map(|(name, c)| {
            let total: usize = c.iter().sum();
            let (ty, &best) = c
                .iter()
                .enumerate()
                .max_by_key(|&(k, n)| (*n, usize::MAX - k))?;
            let caps = capitalised(&name[0]) && capitalised(&name[name.len() - 1]);
            (total >= min && 3 * best >= 2 * total && caps).then_some((name, ty))
        })
        .collect()
}

/// Relabels the unlabelled occurrences of names that `sents` labels at least `min` times
/// (`min` 0 does nothing). Deterministic: sentences and positions are visited in order, the
/// longest name at a position wins.
pub fn fill_names(sents: &mut [IobSentence], min: usize) -> FillReport {
    let mut report = FillReport::default();
    if min == 0 {
        return report;
    }
    let names = eligible(sents, min);
    report.names = names.len();
    let longest = names.keys().map(Vec::len).max().unwrap_or(0);
    let lowercase: FxHashSet<&str> = sents
        .iter()
        .flat_map(|s| &s.words)
        .filter(|w| !w.chars().any(char::is_uppercase))
        .map(String::as_str)
        .collect();
    let mut edits: Vec<(usize, usize, usize, usize)> = Vec::new();
    for (k, s) in sents.iter().enumerate() {
        let n = s.words.len();
        let free = |i: usize| s.tags[i] == 0 && !s.other.get(i).copied().unwrap_or(false);
        // A capitalised word outside any entity next to a match means a longer, unknown name.
        let blocks = |i: usize| s.tags[i] == 0 && capitalised(&s.words[i]);
        let start = first_word(&s.words);
        let mut a = 0;
        while a < n {
            let mut step = 1;
            let found = (1..=longest.min(n - a))
                .rev()
                .find_map(|len| names.get(&s.words[a..a + len]).map(|&ty| (len, ty)));
            if let Some((len, ty)) = found {
                let b = a + len;
                let ok = (a..b).all(free)
                    && !(a > 0 && Some(a - 1) != start && blocks(a - 1))
                    && !(b < n && blocks(b))
                    && !(len == 1
                        && Some(a) == start
                        && lowercase.contains(s.words[a].to_lowercase().as_str()));
                if ok {
                    edits.push((k, a, b, ty));
                    step = len;
                }
            }
            a += step;
        }
    }
    for (k, a, b, ty) in edits {
        let tags = &mut sents[k].tags;
        iob::label_span(tags, a..b, ty);
        report.spans[ty] += 1;
        report.tokens += b - a;
    }
    report
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotate::ner::iob::{parse_iob2, tag_name};

    fn sents(text: &str) -> Vec<IobSentence> {
        let lines: String = text
            .split(" | ")
            .map(|sent| {
                let mut out = String::new();
                for (i, tok) in sent.split_whitespace().enumerate() {
                    let (w, t) = tok.split_once('/').unwrap_or((tok, "O"));
                    out.push_str(&format!("{}\t{w}\t{t}\n", i + 1));
                }
                out + "\n"
            })
            .collect();
        parse_iob2(&lines).unwrap()
    }

    fn tags(s: &IobSentence) -> String {
        s.tags
            .iter()
            .map(|&t| tag_name(t))
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn fills_unlabelled_occurrences_of_names_labelled_elsewhere() {
        let mut data = sents(
            "we/O like/O Acme/B-ORG Corp/I-ORG | ask/O Acme/B-ORG Corp/I-ORG now | \
             Anna/B-PER met/O Acme/B-LOC Corp/I-LOC | \
             then Acme Corp called | \
             Acme Corp said | \
             Acme Corp Maps is/O a/O product | \
             they met Acme/B-OTH Corp/I-OTH | \
             Oslo/B-LOC is/O cold/O | in/O Oslo/B-LOC | \
             Oslo is nice | from Oslo today | \
             Will/B-PER came | Will/B-PER left | I will go | Will you go | \
             Tim/B-PER and Tim/O Tim/B-PER | \
             Lone/B-ORG Lone/B-LOC | we saw Lone",
        );
        let r = fill_names(&mut data, 2);
        let got: Vec<String> = data.iter().map(tags).collect();
        // Acme Corp: 2 ORG, 1 LOC = 2/3 ORG, so eligible as ORG.
        assert_eq!(got[3], "O B-ORG I-ORG O", "mid-sentence occurrence");
        assert_eq!(
            got[4], "B-ORG I-ORG O",
            "a multi-word name at the start is filled"
        );
        assert_eq!(
            got[5], "O O O O O O",
            "continued by a capitalised word: left alone"
        );
        assert_eq!(got[6], "O O O O", "OTH is an existing entity: left alone");
        assert_eq!(
            got[9], "B-LOC O O",
            "never lowercase: filled at the start too"
        );
        assert_eq!(got[10], "O B-LOC O");
        assert_eq!(
            got[13], "O O O",
            "`will` occurs in lowercase: not at the start"
        );
        assert_eq!(got[14], "O O O");
        assert_eq!(
            got[15], "B-PER O B-PER B-PER",
            "between entities too, never over them"
        );
        assert_eq!(got[17], "O O O", "Lone: no dominant type");
        assert_eq!(r.tokens, 2 + 2 + 1 + 1 + 1);
        assert_eq!(r.spans, [1, 2, 2]);
        // Nothing to fill any more, and min 0 changes nothing.
        assert_eq!(fill_names(&mut data, 2).tokens, 0);
        let before = data.clone();
        assert_eq!(fill_names(&mut data, 0), FillReport::default());
        assert_eq!(data, before);
    }
}
