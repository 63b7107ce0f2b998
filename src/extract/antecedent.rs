//! What a subject `it` or `they` stands for when coreference linked it to no name: a common noun
//! or a name the sentence before (or the reporting clause above it) makes plain.
//!
//! "The wildfire burned through the valley overnight. It has destroyed 73 homes" is about the
//! wildfire; "The dockworkers said they would strike" and "They demanded a raise" after it are
//! about the dockworkers. Coreference (`annotate::coref`) links pronouns to people and
//! organisations only; without this, a statement whose subject is a pronoun about a thing or a
//! group makes no graph edge at all.
//!
//! Only where the tree leaves one reading, after the subject-first preference of centering
//! theory (Grosz, Joshi and Weinstein 1995): the pronoun is the first subject of its sentence,
//! the antecedent the subject of the sentence before (or of what that sentence quotes), agreeing
//! in number, and no object of the same number competes with it. A placeholder `it` ("it is
//! likely", "it emerged that") is never resolved.

use super::tree::Tree;
use crate::annotate::lexicon::{PLACEHOLDER_PREDICATES, SAY};
use crate::annotate::ner::roles::is_role_noun;
use crate::annotate::repair::PERSON_NOUNS;

/// Where a pronoun's antecedent is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// In the same sentence: the subject of the reporting verb above the pronoun's clause.
    Same(usize),
    /// In the sentence before: its head token there.
    Previous(usize),
}

/// Predicates whose subject `it` is a placeholder as often as a thing, beyond
/// [`PLACEHOLDER_PREDICATES`] ("it remains unclear", "it emerged that", "it follows that").
const MORE_PLACEHOLDERS: &[&str] = &["remain", "emerge", "follow", "turn", "come", "make"];

fn plural(t: &Tree, n: usize) -> bool {
    matches!(t.xpos(n), "NNS" | "NNPS")
        || t.kids(n, &["conj"])
            .any(|c| t.kids(c, &["cc"]).any(|k| t.lemma(k) == "and"))
}

fn singular(t: &Tree, n: usize) -> bool {
    matches!(t.xpos(n), "NN" | "NNP") && t.kids(n, &["conj"]).next().is_none()
}

/// Common nouns for a body that speaks: an `it` that says something stands for one of these or
/// for an organisation ("The attack was claimed by a group ... It said" is the group, not the
/// attack). Lowercase, sorted.
const SPEAKERS: &[&str] = &[
    "agency",
    "airline",
    "army",
    "association",
    "authority",
    "bank",
    "board",
    "club",
    "coalition",
    "commission",
    "committee",
    "company",
    "consortium",
    "council",
    "court",
    "department",
    "embassy",
    "federation",
    "firm",
    "government",
    "group",
    "institute",
    "ministry",
    "newspaper",
    "office",
    "operator",
    "organisation",
    "organization",
    "panel",
    "party",
    "police",
    "regulator",
    "report",
    "statement",
    "study",
    "survey",
    "team",
    "tribunal",
    "trust",
    "union",
    "university",
];

/// True when `it` at `p` says something: its antecedent must be able to ([`speaks`]).
pub fn says(t: &Tree, p: usize) -> bool {
    t.form(p).eq_ignore_ascii_case("it")
        && t.parent(p)
            .is_some_and(|v| SAY.contains(&t.lemma(v).as_str()))
}

/// True when common noun `n` names a body that can say something.
pub fn speaks(t: &Tree, n: usize) -> bool {
    SPEAKERS
        .binary_search(&t.lemma(n).to_lowercase().as_str())
        .is_ok()
}

/// True when token `i` is inside a direct quotation: the sentence opens inside one (`opens`)
/// or not, and each quotation mark before `i` turns that over.
pub fn quoted(t: &Tree, opens: bool, i: usize) -> bool {
    let marks = (0..i)
        .filter(|&k| matches!(t.form(k), "\"" | "\u{201c}" | "\u{201d}" | "``" | "''"))
        .count();
    opens ^ (marks % 2 == 1)
}

/// The sentence before the pronoun's, as [`find`] reads it.
pub struct Before<'t> {
    pub tree: Tree<'t>,
    /// True when it opens inside a quotation begun in an earlier sentence.
    pub opens_quoted: bool,
    /// True for its pronouns that were resolved there ("The dockworkers ... They demanded ...
    /// They also said": the third sentence's antecedent is the second's `They`).
    pub chained: &'t dyn Fn(usize) -> bool,
}

/// True when noun `n` is a person or people by its word: `it` never stands for one.
fn personal(t: &Tree, n: usize) -> bool {
    is_role_noun(t.form(n)) || PERSON_NOUNS.contains(&t.lemma(n).to_lowercase().as_str())
}

/// A noun that can be an antecedent: a noun or name, not a pronoun, a number or a time.
fn nominal(t: &Tree, n: usize) -> bool {
    matches!(t.upos(n), "NOUN" | "PROPN")
        && !crate::annotate::repair::is_time_expression(t.tokens, n)
}

/// The subject of `v` (its first `nsubj` or `nsubj:pass`).
fn subject_of(t: &Tree, v: usize) -> Option<usize> {
    t.kids(v, &["nsubj"]).next()
}

/// True when noun `n` can be what the pronoun `word` stands for.
fn agrees(t: &Tree, word: &str, n: usize) -> bool {
    match word {
        "it" => singular(t, n) && !personal(t, n),
        "they" => plural(t, n),
        _ => false,
    }
}

/// The antecedent of the subject pronoun at `p` in `t` (a sentence that opens inside a quotation
/// when `opens_quoted`), if plain; `before` is the sentence before, repaired as the extractor
/// reads it.
pub fn find(t: &Tree, opens_quoted: bool, before: Option<&Before>, p: usize) -> Option<Source> {
    let word = t.form(p).to_lowercase();
    if !matches!(word.as_str(), "it" | "they") || t.rel(p) != "nsubj" {
        return None;
    }
    let v = t.parent(p)?;
    // "it is likely that", "it emerged that", "it remains unclear": a placeholder.
    let placeholder = t.kids(v, &["cop", "expl"]).next().is_some()
        || (word == "it" && {
            let lemma = t.lemma(v).to_lowercase();
            PLACEHOLDER_PREDICATES.contains(&lemma.as_str())
                || MORE_PLACEHOLDERS.contains(&lemma.as_str())
        })
        || (!SAY.contains(&t.lemma(v).as_str()) && t.kids(v, &["ccomp", "csubj"]).next().is_some())
        || t.kids(v, &["xcomp"]).any(|x| t.upos(x) == "ADJ")
        || !matches!(t.upos(v), "VERB");
    if placeholder {
        return None;
    }
    // "The dockworkers said they would strike": the subject of the reporting verb above.
    if t.rel(v) == "ccomp"
        && let Some(u) = t.parent(v)
        && SAY.contains(&t.lemma(u).as_str())
        && u < p
        && let Some(n) = subject_of(t, u)
    {
        return (nominal(t, n) && agrees(t, &word, n)).then_some(Source::Same(n));
    }
    // Otherwise the pronoun opens its sentence's first clause: no subject before it, and its
    // clause is the main one or what a closing report says ("It has destroyed 73 homes,
    // officials said").
    let first = (0..p).all(|k| !t.rel(k).starts_with("nsubj"));
    let main = t.parent(v).is_none()
        || (matches!(t.rel(v), "ccomp" | "parataxis")
            && t.parent(v).is_some_and(|u| {
                t.parent(u).is_none() && u > v && SAY.contains(&t.lemma(u).as_str())
            }));
    if !first || !main {
        return None;
    }
    let before = before?;
    let prev = &before.tree;
    let root = (0..prev.len()).find(|&r| prev.parent(r).is_none())?;
    // A closing report: what it quotes is what the sentence is about ('"People are frightened,"
    // he said').
    let clause = if SAY.contains(&prev.lemma(root).as_str()) {
        prev.kids(root, &["ccomp", "parataxis"])
            .find(|&c| c < root)
            .unwrap_or(root)
    } else {
        root
    };
    // Else the speaker, when what was quoted has no subject that agrees ("The cuts will fall on
    // sales, Lumatrix said. It expects ...").
    let (clause, n) = [clause, root].into_iter().find_map(|c| {
        let n = subject_of(prev, c)?;
        let same_pronoun = prev.form(n).eq_ignore_ascii_case(&word) && (before.chained)(n);
        (same_pronoun || (nominal(prev, n) && agrees(prev, &word, n))).then_some((c, n))
    })?;
    // "The ministry published the report. It found ...": an object of the same number competes.
    let rival = prev
        .kids(clause, &["obj"])
        .any(|o| nominal(prev, o) && agrees(prev, &word, o));
    // Inside a quotation a pronoun is the speaker's word: its antecedent is quoted too (and one
    // outside, outside).
    let voice = quoted(t, opens_quoted, p) == quoted(prev, before.opens_quoted, n);
    (!rival && voice).then_some(Source::Previous(n))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Span, Token};

    fn none(_: usize) -> bool {
        false
    }

    fn before<'t>(tokens: &'t [Token]) -> Before<'t> {
        Before {
            tree: Tree::new(tokens),
            opens_quoted: false,
            chained: &none,
        }
    }

    fn toks(spec: &[(&str, &str, &str, &str, usize, &str)]) -> Vec<Token> {
        spec.iter()
            .enumerate()
            .map(|(i, &(form, lemma, upos, xpos, head, deprel))| {
                let mut tk = Token::new(form, Span::new(i, i + 1));
                tk.lemma = lemma.into();
                tk.upos = upos.into();
                tk.xpos = xpos.into();
                tk.head = head;
                tk.deprel = deprel.into();
                tk
            })
            .collect()
    }

    fn wildfire() -> Vec<Token> {
        toks(&[
            ("The", "the", "DET", "DT", 2, "det"),
            ("wildfire", "wildfire", "NOUN", "NN", 3, "nsubj"),
            ("burned", "burn", "VERB", "VBD", 0, "root"),
            ("through", "through", "ADP", "IN", 5, "case"),
            ("valleys", "valley", "NOUN", "NNS", 3, "obl"),
            (".", ".", "PUNCT", ".", 3, "punct"),
        ])
    }

    fn destroyed(subject: &str) -> Vec<Token> {
        toks(&[
            (subject, subject, "PRON", "PRP", 3, "nsubj"),
            ("has", "have", "AUX", "VBZ", 3, "aux"),
            ("destroyed", "destroy", "VERB", "VBN", 0, "root"),
            ("homes", "home", "NOUN", "NNS", 3, "obj"),
            (".", ".", "PUNCT", ".", 3, "punct"),
        ])
    }

    #[test]
    fn it_opening_a_sentence_is_the_subject_before() {
        let (a, b) = (wildfire(), destroyed("It"));
        let t = Tree::new(&b);
        assert_eq!(
            find(&t, false, Some(&before(&a)), 0),
            Some(Source::Previous(1))
        );
        // "They" does not agree with one wildfire, and nothing comes without a sentence before.
        let b = destroyed("They");
        assert_eq!(find(&Tree::new(&b), false, Some(&before(&a)), 0), None);
        assert_eq!(find(&t, false, None, 0), None);
    }

    #[test]
    fn a_rival_object_or_a_person_leaves_it_unresolved() {
        // "The ministry published the report. It found ...": two things it could be.
        let mut a = wildfire();
        a[4].deprel = "obj".into();
        a[4].xpos = "NN".into();
        let b = destroyed("It");
        assert_eq!(find(&Tree::new(&b), false, Some(&before(&a)), 0), None);
        // "The minister burned ...": `it` is no person.
        let mut a = wildfire();
        a[1].form = "minister".into();
        a[1].lemma = "minister".into();
        assert_eq!(find(&Tree::new(&b), false, Some(&before(&a)), 0), None);
    }

    #[test]
    fn a_placeholder_it_is_never_resolved() {
        // "It is likely ...", "It emerged that ...".
        let a = wildfire();
        let mut b = destroyed("It");
        b[2].lemma = "emerge".into();
        assert_eq!(find(&Tree::new(&b), false, Some(&before(&a)), 0), None);
        let mut b = destroyed("It");
        b[1].deprel = "cop".into();
        assert_eq!(find(&Tree::new(&b), false, Some(&before(&a)), 0), None);
    }

    #[test]
    fn a_quoted_pronoun_stands_only_for_something_quoted() {
        // '"It has destroyed homes' after an unquoted sentence: the speaker's word.
        let a = wildfire();
        let mut b = destroyed("It");
        b.insert(0, Token::new("\"", Span::new(0, 0)));
        for tk in &mut b[1..] {
            tk.head += 1;
        }
        b[0].head = 4;
        b[0].deprel = "punct".into();
        assert_eq!(find(&Tree::new(&b), false, Some(&before(&a)), 1), None);
        // A sentence that opens inside the quotation, after a quoted one, is the same voice.
        let mut quoted = before(&a);
        quoted.opens_quoted = true;
        let c = destroyed("It");
        let t = Tree::new(&c);
        assert_eq!(find(&t, true, Some(&quoted), 0), Some(Source::Previous(1)));
        assert_eq!(find(&t, false, Some(&quoted), 0), None);
    }

    #[test]
    fn after_a_closing_report_it_is_what_was_quoted_or_else_the_speaker() {
        // "Homes burned , the agency said ." then "It has destroyed homes .": the quoted clause
        // has a plural subject, so `it` is the agency.
        let a = toks(&[
            ("Homes", "home", "NOUN", "NNS", 2, "nsubj"),
            ("burned", "burn", "VERB", "VBD", 6, "ccomp"),
            (",", ",", "PUNCT", ",", 2, "punct"),
            ("the", "the", "DET", "DT", 5, "det"),
            ("agency", "agency", "NOUN", "NN", 6, "nsubj"),
            ("said", "say", "VERB", "VBD", 0, "root"),
            (".", ".", "PUNCT", ".", 6, "punct"),
        ]);
        let b = destroyed("It");
        let t = Tree::new(&b);
        assert_eq!(
            find(&t, false, Some(&before(&a)), 0),
            Some(Source::Previous(4))
        );
        // With a singular subject quoted, that subject.
        let mut a = a;
        a[0].form = "Home".into();
        a[0].xpos = "NN".into();
        assert_eq!(
            find(&t, false, Some(&before(&a)), 0),
            Some(Source::Previous(0))
        );
    }

    #[test]
    fn they_under_a_report_is_its_speaker() {
        // "The dockworkers said they would strike ."
        let a = toks(&[
            ("The", "the", "DET", "DT", 2, "det"),
            ("dockworkers", "dockworker", "NOUN", "NNS", 3, "nsubj"),
            ("said", "say", "VERB", "VBD", 0, "root"),
            ("they", "they", "PRON", "PRP", 6, "nsubj"),
            ("would", "would", "AUX", "MD", 6, "aux"),
            ("strike", "strike", "VERB", "VB", 3, "ccomp"),
            (".", ".", "PUNCT", ".", 3, "punct"),
        ]);
        let t = Tree::new(&a);
        assert_eq!(find(&t, false, None, 3), Some(Source::Same(1)));
        // And "They demanded a raise" after it.
        let b = toks(&[
            ("They", "they", "PRON", "PRP", 2, "nsubj"),
            ("demanded", "demand", "VERB", "VBD", 0, "root"),
            ("raises", "raise", "NOUN", "NN", 2, "obj"),
        ]);
        assert_eq!(
            find(&Tree::new(&b), false, Some(&before(&a)), 0),
            Some(Source::Previous(1))
        );
    }
}
