//! `it` and `its` for organisations and countries, only where news makes the antecedent plain
//! from the tree:
//!
//! - the subject of what an organisation reports: "Northwind said it had agreed to buy ..."
//!   (`it` is the subject of the `ccomp` of a reporting verb whose own subject is the
//!   organisation);
//! - a possessive in the organisation's own clause: "Northwind raised its forecast", also through
//!   an infinitive or a conjoined verb ("agreed to raise its offer").
//!
//! Everything else is left alone: `it` is as often an event, a plan or a placeholder ("it is
//! likely that ...", "it will take weeks") as an organisation, and a wrong link puts an
//! organisation's name on a statement about something else.

use crate::annotate::lexicon::PLACEHOLDER_PREDICATES;
use crate::document::{EntityType, Mention, Sentence};

/// Verbs an organisation reports or announces with: their complement's `it` is the speaker.
const REPORTING: &[&str] = &[
    "say",
    "add",
    "announce",
    "state",
    "report",
    "warn",
    "confirm",
    "claim",
    "insist",
    "explain",
    "note",
    "tell",
    "disclose",
    "reveal",
    "acknowledge",
    "admit",
    "deny",
];

/// True when the `it` at token `i` of `sent` is the subject of an active verb of saying ("It said
/// it had rejected two earlier approaches", "In a statement, it said ...") and no name comes
/// before it in the sentence outside a prepositional phrase: a placeholder or an event does not
/// say anything, so it is the organisation the sentence before was about.
pub fn says(sent: &Sentence, named: &[Mention], i: usize) -> bool {
    let toks = &sent.tokens;
    let t = &toks[i];
    let Some(v) = t.head.checked_sub(1).filter(|&v| v < toks.len()) else {
        return false;
    };
    let passive = toks
        .iter()
        .any(|a| a.head == v + 1 && a.deprel == "aux:pass");
    t.form.eq_ignore_ascii_case("it")
        && t.deprel == "nsubj"
        && toks[v].upos == "VERB"
        && REPORTING.contains(&toks[v].lemma.to_lowercase().as_str())
        && !passive
        && !named
            .iter()
            .any(|m| m.tokens.0 < i && !in_prepositional_phrase(toks, m.tokens.0, v))
}

/// Does token `k` lie inside a prepositional phrase below verb `v` ("In a statement issued in the
/// capital, Dravica, it said": the city is where, not who)? Up from `k` to `v`, a word that
/// hangs as an oblique or a modifier with a preposition of its own.
fn in_prepositional_phrase(toks: &[crate::document::Token], k: usize, v: usize) -> bool {
    let mut n = k;
    for _ in 0..12 {
        let Some(h) = toks[n].head.checked_sub(1).filter(|&h| h < toks.len()) else {
            return false;
        };
        let rel = toks[n].deprel.as_str();
        let case = toks
            .iter()
            .any(|c| c.head == n + 1 && c.deprel == "case" && c.upos == "ADP");
        if case && (rel.starts_with("obl") || rel.starts_with("nmod")) {
            return true;
        }
        if h == v {
            return false;
        }
        n = h;
    }
    false
}

/// The entity (cluster index) an `it`/`its` at token `i` of `sent` refers to, if the tree makes
/// it plain; `named` are the sentence's name mentions.
pub fn antecedent(
    sent: &Sentence,
    named: &[Mention],
    kind_of: impl Fn(usize) -> EntityType,
    i: usize,
) -> Option<usize> {
    let toks = &sent.tokens;
    let head = |k: usize| toks[k].head.checked_sub(1).filter(|&h| h < toks.len());
    let lemma = |k: usize| toks[k].lemma.to_lowercase();
    // The organisation or country a subject token names.
    let organisation = |n: usize| {
        named
            .iter()
            .find(|m| m.tokens.0 <= n && n < m.tokens.1)
            .map(|m| m.entity.0 as usize)
            .filter(|&c| matches!(kind_of(c), EntityType::Org | EntityType::Gpe))
    };
    let subjects = move |v: usize| {
        (0..toks.len()).filter(move |&c| head(c) == Some(v) && toks[c].deprel == "nsubj")
    };
    let subject = |v: usize| subjects(v).next();
    match toks[i].form.to_lowercase().as_str() {
        "it" => {
            if !toks[i].deprel.starts_with("nsubj") {
                return None;
            }
            let v = head(i)?;
            let copular = (0..toks.len()).any(|c| head(c) == Some(v) && toks[c].deprel == "cop");
            if copular
                || PLACEHOLDER_PREDICATES.contains(&lemma(v).as_str())
                || toks[v].deprel != "ccomp"
            {
                return None;
            }
            let u = head(v)?;
            if toks[u].upos != "VERB" || !REPORTING.contains(&lemma(u).as_str()) {
                return None;
            }
            // Any of its subjects: the parser may read a word before the name as a second one
            // ("Drugmaker Talvane Pharmaceuticals said", with "Drugmaker" a subject too).
            subjects(u).find_map(organisation)
        }
        "its" => {
            if toks[i].deprel != "nmod:poss" {
                return None;
            }
            // Up to the clause the possessive's phrase belongs to.
            let mut v = head(i)?;
            let mut steps = 0;
            while toks[v].upos != "VERB" {
                v = head(v)?;
                steps += 1;
                if steps > 8 {
                    return None;
                }
            }
            // The nearest clause with a subject decides; an infinitive or a conjoined verb
            // shares its head's.
            for _ in 0..4 {
                if let Some(n) = subject(v) {
                    // "its chief executive said": the possessive inside the subject itself.
                    let mut k = i;
                    while let Some(h) = head(k) {
                        if k == n {
                            return None;
                        }
                        k = h;
                    }
                    return organisation(n);
                }
                if !matches!(toks[v].deprel.as_str(), "xcomp" | "conj") {
                    return None;
                }
                v = head(v)?;
            }
            None
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{EntityId, Span, Token};

    /// A sentence from `(form, lemma, upos, head, deprel)` and the name mentions `(start, end,
    /// entity)` over it; entity 0 is an organisation, 1 a person.
    fn check(
        spec: &[(&str, &str, &str, usize, &str)],
        names: &[(usize, usize, u32)],
        i: usize,
    ) -> Option<usize> {
        let tokens: Vec<Token> = spec
            .iter()
            .enumerate()
            .map(|(k, &(form, lemma, upos, head, deprel))| {
                let mut tk = Token::new(form, Span::new(k, k + 1));
                (tk.lemma, tk.upos, tk.head, tk.deprel) =
                    (lemma.into(), upos.into(), head, deprel.into());
                tk
            })
            .collect();
        let sent = Sentence {
            span: Span::new(0, spec.len()),
            tokens,
            repaired: false,
        };
        let named: Vec<Mention> = names
            .iter()
            .map(|&(a, b, e)| Mention {
                sentence: 0,
                tokens: (a, b),
                span: Span::new(a, b),
                entity: EntityId(e),
            })
            .collect();
        let kinds = [EntityType::Org, EntityType::Person];
        antecedent(&sent, &named, |c| kinds[c], i)
    }

    #[test]
    fn it_is_the_organisation_that_reports() {
        // "Acme said it would buy Zeta ."
        let said = [
            ("Acme", "Acme", "PROPN", 2, "nsubj"),
            ("said", "say", "VERB", 0, "root"),
            ("it", "it", "PRON", 5, "nsubj"),
            ("would", "would", "AUX", 5, "aux"),
            ("buy", "buy", "VERB", 2, "ccomp"),
            ("Zeta", "Zeta", "PROPN", 5, "obj"),
        ];
        assert_eq!(check(&said, &[(0, 1, 0), (5, 6, 0)], 2), Some(0));
        // A person does not report an "it"; a placeholder predicate is not the organisation.
        assert_eq!(check(&said, &[(0, 1, 1)], 2), None);
        let mut placeholder = said;
        placeholder[4].1 = "take";
        assert_eq!(check(&placeholder, &[(0, 1, 0)], 2), None);
        // "Acme warned that it ..." without its own subject: "opposed the merger, warning that
        // it would ..." is about the merger.
        let mut no_subject = said;
        no_subject[0].4 = "obj";
        assert_eq!(check(&no_subject, &[(0, 1, 0)], 2), None);
        // "Drugmaker Acme said it would buy Zeta ." with "Drugmaker" read as a second subject.
        let two = [
            ("Drugmaker", "Drugmaker", "PROPN", 3, "nsubj"),
            ("Acme", "Acme", "PROPN", 3, "nsubj"),
            ("said", "say", "VERB", 0, "root"),
            ("it", "it", "PRON", 6, "nsubj"),
            ("would", "would", "AUX", 6, "aux"),
            ("buy", "buy", "VERB", 3, "ccomp"),
        ];
        assert_eq!(check(&two, &[(1, 2, 0)], 3), Some(0));
    }

    #[test]
    fn its_belongs_to_the_subject_of_its_clause() {
        // "Acme agreed to raise its offer ."
        let spec = [
            ("Acme", "Acme", "PROPN", 2, "nsubj"),
            ("agreed", "agree", "VERB", 0, "root"),
            ("to", "to", "PART", 4, "mark"),
            ("raise", "raise", "VERB", 2, "xcomp"),
            ("its", "its", "PRON", 6, "nmod:poss"),
            ("offer", "offer", "NOUN", 4, "obj"),
        ];
        assert_eq!(check(&spec, &[(0, 1, 0)], 4), Some(0));
        // "Its chief said ...": the possessive inside the subject has no antecedent here.
        let inside = [
            ("Its", "its", "PRON", 2, "nmod:poss"),
            ("chief", "chief", "NOUN", 3, "nsubj"),
            ("said", "say", "VERB", 0, "root"),
            ("Acme", "Acme", "PROPN", 3, "obj"),
        ];
        assert_eq!(check(&inside, &[(3, 4, 0)], 0), None);
    }
}
