//! Baseline extractor: two adjacent runs of proper nouns linked by the first verb between them.
//!
//! Deliberately simple and honest: no parse tree, no clauses, no concepts. It exists so the
//! pipeline runs end to end; the parser-based Open IE extractor replaces it.

use crate::document::{Document, EntityType, Sentence, Token};
use crate::extract::{Argument, Extractor, Triple, evidence};

/// Proper-noun runs as actors, the first verb between two runs as their relation.
#[derive(Debug, Default, Clone, Copy)]
pub struct BaselineExtractor;

// Word lists are space-separated strings: short to read, searched with `listed`.
const NEGATIONS: &str = "not n't never";
/// A preposition right before the object joins the relation ("meet with", "agree to").
const PARTICLES: &str = "to with on for against into from";
/// Verbs recognised when tokens carry no tags (besides any lowercase word ending in -ed).
const FALLBACK_VERBS: &str =
    "say says said meet meets met tell tells told call calls spoke acquire acquires reject rejects";
/// `form:lemma` pairs the suffix rules of [`crude_lemma`] cannot get.
const IRREGULAR: &str = "said:say met:meet told:tell spoke:speak held:hold made:make took:take \
    gave:give bought:buy sold:sell";
/// Capitalised sentence openers that are not names, for untagged text.
const OPENERS: &str = "The A An In On At But And He She It They";
/// Capitalised, tagged PROPN in UD, but dates rather than actors.
const CALENDAR: &str = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February \
    March April May June July August September October November December";

fn listed(list: &str, word: &str) -> bool {
    list.split_whitespace().any(|w| w == word)
}

impl Extractor for BaselineExtractor {
    fn name(&self) -> &'static str {
        "baseline"
    }

    fn extract(&self, doc: &Document) -> Vec<Triple> {
        let mut out = Vec::new();
        for (si, s) in doc.sentences.iter().enumerate() {
            let tagged = s.tokens.iter().any(|t| !t.upos.is_empty());
            let runs = name_runs(s, tagged);
            for pair in runs.windows(2) {
                let ((a0, a1), (b0, b1)) = (pair[0], pair[1]);
                let Some(v) = (a1..b0).find(|&i| is_verb(&s.tokens[i], tagged)) else {
                    continue;
                };
                let neg = (a1..v).find(|&i| listed(NEGATIONS, &s.tokens[i].form.to_lowercase()));
                let verb = &s.tokens[v];
                let mut relation = if tagged && !verb.lemma.is_empty() {
                    verb.lemma.to_lowercase()
                } else {
                    crude_lemma(&verb.form.to_lowercase())
                };
                let mut last = v;
                if v + 2 == b0 && listed(PARTICLES, &s.tokens[v + 1].form.to_lowercase()) {
                    last = v + 1;
                    relation = format!("{relation} {}", s.tokens[last].form.to_lowercase());
                }
                let start = s.tokens[neg.unwrap_or(v)].span.start;
                out.push(Triple {
                    subject: argument(doc, si, a0, a1),
                    relation,
                    surface: doc.text[start..s.tokens[last].span.end].to_string(),
                    object: argument(doc, si, b0, b1),
                    negated: neg.is_some(),
                    modality: None,
                    attributed_to: None,
                    confidence: 0.5, // No evidence to grade: every baseline triple is a coin flip.
                    evidence: evidence(doc, si),
                });
            }
        }
        out
    }
}

/// Maximal runs `start..end` of name tokens; a trailing comma or semicolon ends a run.
fn name_runs(s: &Sentence, tagged: bool) -> Vec<(usize, usize)> {
    let capital = |t: &Token| t.form.chars().next().is_some_and(char::is_uppercase);
    let is_name = |i: usize| {
        let t = &s.tokens[i];
        let date = listed(CALENDAR, t.form.trim_end_matches([',', '.', ';']));
        // A capitalised first word is only a name when a capitalised word follows it.
        let first = !listed(OPENERS, &t.form) && s.tokens.get(1).is_some_and(capital);
        !date
            && if tagged {
                t.upos == "PROPN"
            } else {
                capital(t) && (i > 0 || first)
            }
    };
    let mut runs: Vec<(usize, usize)> = Vec::new();
    for i in (0..s.tokens.len()).filter(|&i| is_name(i)) {
        match runs.last_mut() {
            Some(r) if r.1 == i && !s.tokens[i - 1].form.ends_with([',', ';']) => r.1 = i + 1,
            _ => runs.push((i, i + 1)),
        }
    }
    runs
}

fn is_verb(t: &Token, tagged: bool) -> bool {
    let w = t.form.as_str();
    let ed = w.len() > 4 && w.ends_with("ed") && w.starts_with(char::is_lowercase);
    if tagged {
        t.upos == "VERB"
    } else {
        ed || listed(FALLBACK_VERBS, w)
    }
}

/// Crude lemma: irregular table, then -ed/-s stripping with a few spelling repairs.
/// Wrong often enough ("focuse") that the tagger's lemma wins whenever it exists.
pub fn crude_lemma(w: &str) -> String {
    let mut irregular = IRREGULAR
        .split_whitespace()
        .filter_map(|p| p.split_once(':'));
    if let Some((_, lemma)) = irregular.find(|(form, _)| *form == w) {
        return lemma.to_string();
    }
    if let Some(stem) = w.strip_suffix("ied").or_else(|| w.strip_suffix("ies")) {
        return format!("{stem}y"); // carried → carry
    }
    if let Some(stem) = w.strip_suffix("ed").filter(|s| s.len() > 1) {
        let b = stem.as_bytes();
        return match b[b.len() - 2..] {
            [p, l] if p == l && !b"lsf".contains(&l) => stem[..stem.len() - 1].to_string(), // stopped
            [_, b'c' | b'v' | b'z' | b'u' | b'g' | b'e'] => format!("{stem}e"), // announced, agreed
            [b'a' | b'e' | b'i' | b'o' | b'u', b's'] => format!("{stem}e"),     // promised
            _ => stem.to_string(),
        };
    }
    match w.strip_suffix('s') {
        Some(stem) if w.len() > 3 && !stem.ends_with('s') => stem.to_string(),
        _ => w.to_string(),
    }
}

/// The argument for tokens `start..end` of sentence `si`: the coreferred entity when a mention
/// covers it, else the run's own text typed by its NER tag (Misc when untagged).
fn argument(doc: &Document, si: usize, start: usize, end: usize) -> Argument {
    let toks = &doc.sentences[si].tokens;
    let span = toks[start].span.cover(toks[end - 1].span);
    let text = doc.slice(span).to_string();
    if let Some(e) = doc
        .mention_at(si, end - 1)
        .and_then(|m| doc.entities.get(m.entity.0 as usize))
    {
        let mut arg = Argument::entity(text, span, e.kind, e.name.clone());
        (arg.aliases, arg.roles) = (e.aliases.clone(), e.roles.clone());
        return arg;
    }
    let kind = toks[start]
        .ner
        .get(2..)
        .and_then(EntityType::parse)
        .unwrap_or(EntityType::Misc);
    let name = text
        .trim_end_matches([',', ';', ':', '.', '"', '\''])
        .trim_end_matches("'s")
        .to_string();
    Argument::entity(text, span, kind, name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Sentence, Span};

    /// One-sentence document from space-separated tokens, tagged with `upos` when given.
    fn doc(tokens: &str, upos: &[&str]) -> Document {
        let mut d = Document::new("t", tokens);
        let mut toks = Vec::new();
        let mut at = 0;
        for (i, w) in tokens.split(' ').enumerate() {
            let mut t = Token::new(w, Span::new(at, at + w.len()));
            t.upos = upos.get(i).map(|u| u.to_string()).unwrap_or_default();
            toks.push(t);
            at += w.len() + 1;
        }
        d.sentences = vec![Sentence {
            span: Span::new(0, tokens.len()),
            tokens: toks,
            repaired: false,
        }];
        d
    }

    #[test]
    fn table() {
        let tagged = ["DET", "PROPN", "ADV", "VERB", "PROPN", "PUNCT"];
        for (text, upos, want) in [
            (
                "Lena Vark met Tomas Orlov in Geneva .",
                &[][..],
                vec![("Lena Vark", "meet", "Tomas Orlov", false)],
            ),
            (
                "Kestrel Bank did not acquire Harbor Freight .",
                &[],
                vec![("Kestrel Bank", "acquire", "Harbor Freight", true)],
            ),
            (
                "Anna Roskova rejected a demand by Viktor Dragan .",
                &[],
                vec![("Anna Roskova", "reject", "Viktor Dragan", false)],
            ),
            (
                "Marta Ilves spoke with Paul Whitaker .",
                &[],
                vec![("Marta Ilves", "speak with", "Paul Whitaker", false)],
            ),
            ("The talks ended early .", &[], vec![]),
            ("Ada Roy and Ben Ek .", &[], vec![]),
            (
                "Ada Roy met on Monday with Ben Ek .",
                &[],
                vec![("Ada Roy", "meet", "Ben Ek", false)],
            ),
            (
                "the Council never condemned Lindor .",
                &tagged[..],
                vec![("Council", "condemn", "Lindor", true)],
            ),
        ] {
            let got: Vec<_> = BaselineExtractor
                .extract(&doc(text, upos))
                .into_iter()
                .map(|t| (t.subject.name, t.relation, t.object.name, t.negated))
                .collect();
            let want: Vec<_> = want
                .into_iter()
                .map(|(s, r, o, n)| (s.into(), r.into(), o.into(), n))
                .collect::<Vec<(String, String, String, bool)>>();
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn surface_and_evidence() {
        let t = &BaselineExtractor
            .extract(&doc("Kestrel Bank did not acquire Harbor Freight .", &[]))[0];
        assert_eq!(
            (
                t.surface.as_str(),
                t.evidence.sentence,
                t.evidence.doc.as_str()
            ),
            ("not acquire", 0, "t")
        );
    }

    #[test]
    fn crude_lemmas() {
        for (form, lemma) in [
            ("agreed", "agree"),
            ("rejected", "reject"),
            ("called", "call"),
            ("stopped", "stop"),
            ("promised", "promise"),
            ("accused", "accuse"),
            ("announced", "announce"),
            ("carried", "carry"),
            ("says", "say"),
            ("rejects", "reject"),
            ("said", "say"),
            ("met", "meet"),
            ("pass", "pass"),
        ] {
            assert_eq!(crude_lemma(form), lemma, "{form}");
        }
    }
}
