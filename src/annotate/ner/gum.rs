//! Named-entity spans from GUM's coreference annotation (CoNLL-U MISC `Entity=`), for measuring
//! the entity tagger on another corpus. GUM is never used for training.
//!
//! GUM marks every mention (`Entity=(GRP-etype-infstat-salience-centering-minspan-link-identity`);
//! a mention counts as a named entity here when its type maps to PER/ORG/LOC (person,
//! organization, place), it carries a Wikipedia identity, and it contains a proper noun. Leading
//! determiners and a trailing possessive `'s` or punctuation are trimmed (UNER spans exclude
//! them); nested names keep only the outermost.

use super::iob::{self, IobSentence};
use crate::conllu::ConllSentence;

/// A GUM mention: tokens `start..=end` (0-based), entity type and identity.
#[derive(Debug, Clone, PartialEq, Eq)]
struct GumMention {
    start: usize,
    end: usize,
    etype: String,
    identity: Option<String>,
}

/// Parses the `Entity=` values of a sentence's words into mentions.
fn mentions(words: &[String]) -> Vec<GumMention> {
    let mut open: Vec<(String, usize, String)> = Vec::new(); // (group id, start, attributes)
    let mut out = Vec::new();
    for (i, misc) in words.iter().enumerate() {
        let Some(value) = misc.split('|').find_map(|kv| kv.strip_prefix("Entity=")) else {
            continue;
        };
        let b = value.as_bytes();
        let mut k = 0;
        while k < b.len() {
            if b[k] == b'(' {
                let rest = &value[k + 1..];
                let stop = rest.find(['(', ')']).unwrap_or(rest.len());
                let attrs = &rest[..stop];
                let id = attrs.split('-').next().unwrap_or("").to_string();
                if rest[stop..].starts_with(')') {
                    out.push(make(i, i, attrs));
                    k += 1 + stop + 1;
                } else {
                    open.push((id, i, attrs.to_string()));
                    k += 1 + stop;
                }
            } else {
                let rest = &value[k..];
                let stop = rest.find(')').unwrap_or(rest.len());
                let id = &rest[..stop];
                if let Some(p) = open.iter().rposition(|(g, _, _)| g == id) {
                    let (_, start, attrs) = open.remove(p);
                    out.push(make(start, i, &attrs));
                }
                k += stop + 1;
            }
        }
    }
    out
}

fn make(start: usize, end: usize, attrs: &str) -> GumMention {
    // The identity (last field) may itself contain hyphens, hence splitn.
    let parts: Vec<&str> = attrs.splitn(8, '-').collect();
    GumMention {
        start,
        end,
        etype: parts.get(1).unwrap_or(&"").to_string(),
        identity: parts.get(7).map(|s| s.to_string()),
    }
}

/// The name inside a GUM mention (which spans the whole noun phrase, relative clauses and
/// appositions included): the run of proper nouns from the first one, continued over `of`,
/// `the`, `'s`, `and`, `&`, `-` only when a proper noun follows. `None` if there is no proper noun.
fn name_run(words: &[crate::conllu::Word]) -> Option<(usize, usize)> {
    const CONNECTORS: &[&str] = &["of", "the", "'s", "and", "&", "-", "de"];
    let start = words.iter().position(|w| w.upos == "PROPN")?;
    let mut end = start + 1;
    let mut k = end;
    while k < words.len() {
        if words[k].upos == "PROPN" {
            k += 1;
            end = k;
        } else if CONNECTORS.contains(&words[k].form.as_str()) {
            k += 1;
        } else {
            break;
        }
    }
    Some((start, end))
}

/// Converts GUM sentences to BIO-tagged sentences of named PER/ORG/LOC spans.
pub fn gum_to_iob(sents: &[ConllSentence]) -> Vec<IobSentence> {
    let mut doc = String::new();
    sents
        .iter()
        .map(|s| {
            if let Some(id) = s.meta("newdoc id") {
                doc = id.to_string();
            }
            let misc: Vec<String> = s.words.iter().map(|w| w.misc.clone()).collect();
            let mut spans: Vec<(usize, usize, usize)> = Vec::new();
            for m in mentions(&misc) {
                let ty = match m.etype.as_str() {
                    "person" => "PER",
                    "organization" => "ORG",
                    "place" => "LOC",
                    _ => continue,
                };
                if m.identity.is_none() {
                    continue;
                }
                let Some((a, b)) = name_run(&s.words[m.start..=m.end]) else {
                    continue;
                };
                let k = iob::type_index(ty);
                spans.push((m.start + a, m.start + b, k));
            }
            // Outermost first; drop anything overlapping an already kept span.
            spans.sort_by_key(|&(a, b, _)| (std::cmp::Reverse(b - a), a));
            let mut tags = vec![0usize; s.words.len()];
            let mut kept: Vec<(usize, usize)> = Vec::new();
            for (a, b, k) in spans {
                if kept.iter().any(|&(x, y)| a < y && x < b) {
                    continue;
                }
                kept.push((a, b));
                iob::label_span(&mut tags, a..b, k);
            }
            IobSentence {
                id: s.meta("sent_id").unwrap_or("").to_string(),
                doc: doc.clone(),
                words: s.words.iter().map(|w| w.form.clone()).collect(),
                tags,
                other: Vec::new(),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotate::ner::iob::{TagSpan, spans};
    use crate::conllu::Word;

    fn word(form: &str, upos: &str, misc: &str) -> Word {
        Word {
            form: form.into(),
            upos: upos.into(),
            misc: misc.into(),
            ..Word::default()
        }
    }

    #[test]
    fn named_mentions_become_trimmed_outermost_spans() {
        let s = ConllSentence {
            words: vec![
                word("She", "PRON", "Entity=(1-person-giv:act-sssss-cf1-1-ana)"),
                word("visited", "VERB", "_"),
                word(
                    "the",
                    "DET",
                    "Entity=(2-organization-new-nnnnn-cf2-1,2-sgl-Royal_Library",
                ),
                word("Royal", "PROPN", "_"),
                word("Library", "PROPN", "_"),
                word("of", "ADP", "_"),
                word(
                    "Spain",
                    "PROPN",
                    "Entity=(3-place-new-nnnnn-cf3-1-sgl-Spain)",
                ),
                word(",", "PUNCT", "_"),
                word("which", "PRON", "_"),
                word("opened", "VERB", "_"),
                word("in", "ADP", "_"),
                word("the", "DET", "Entity=(4-place-new-nnnnn-cf4-1-sgl"),
                word("city", "NOUN", "Entity=4)2)"),
            ],
            ..ConllSentence::default()
        };
        let iob = gum_to_iob(&[s]);
        // The pronoun and "the city" are not names; the relative clause is not part of the
        // library's name; the inner "Spain" is nested in it.
        assert_eq!(
            spans(&iob[0].tags),
            vec![TagSpan {
                start: 3,
                end: 7,
                ty: 1
            }]
        );
    }
}
