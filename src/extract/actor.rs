//! Graph arguments: which entity mention an argument phrase denotes ("U.S. President Donald
//! Trump" → the person, not the country in front), and which concept arguments are too
//! degenerate to become graph nodes (unresolved pronouns, numbers, bare verbs).
//!
//! Only the graph path uses this; CaRB tuples are text and keep every argument.

use super::ArgKind;
use super::Argument;
use super::clause::{Extraction, Kind, Phrase, subject_np};
use super::tree::Tree;
use crate::annotate::ner::roles::{ROLE_MODIFIERS, is_role_head};
use crate::document::{Document, EntityType, Mention};

/// Relational nouns that, like titles, name a person by a relation ("his Russian counterpart
/// Vladimir Putin"); not titles of their own, so not in the tagger's role list.
pub(super) const RELATIONAL: &[&str] =
    &["counterpart", "successor", "predecessor", "deputy", "rival"];

fn is_title_word(t: &Tree, i: usize) -> bool {
    let w = t.form(i).to_lowercase();
    is_role_head(&w) || RELATIONAL.contains(&w.as_str())
}

/// Tokens that may sit inside a title-plus-name chunk.
fn in_chunk(t: &Tree, i: usize) -> bool {
    matches!(t.upos(i), "PROPN" | "NOUN" | "ADJ")
        || ROLE_MODIFIERS.contains(&t.form(i).to_lowercase().as_str())
}

/// The contiguous run of nominal tokens around `h` (a title, modifiers and a name), allowing
/// "of" right after a title word ("Secretary of State Marco Rubio"). It may reach past the
/// parsed phrase: parsers often split "counterpart Vladimir Putin" into two subjects.
fn chunk(t: &Tree, h: usize) -> (usize, usize) {
    let mut start = h;
    while start > 0 && in_chunk(t, start - 1) {
        start -= 1;
    }
    let mut end = h + 1;
    while end < t.len() {
        let of = t.lemma(end) == "of" && is_title_word(t, end - 1) && end + 1 < t.len();
        if in_chunk(t, end) || of {
            end += 1;
        } else {
            break;
        }
    }
    (start, end)
}

fn is_person(doc: &Document, m: &Mention) -> bool {
    doc.entities
        .get(m.entity.0 as usize)
        .is_some_and(|e| e.kind == EntityType::Person)
}

/// The entity mention an argument phrase headed by `p.head` denotes, if any.
///
/// A titled person comes first: when a person's name follows the head inside its nominal chunk
/// and a title word lies between ("U.S. President Donald Trump", "Deputy Foreign Minister
/// Alexander Grushko", "his counterpart Vladimir Putin"), the argument is that person; the
/// title is already one of the person's roles. Otherwise the mention covering the head.
pub fn mention<'d>(doc: &'d Document, si: usize, t: &Tree, p: &Phrase) -> Option<&'d Mention> {
    let h = p.head;
    let at_head = doc.mention_at(si, h);
    if at_head.is_some_and(|m| is_person(doc, m)) {
        return at_head;
    }
    let (_, end) = chunk(t, h);
    let titled = doc
        .mentions_in(si)
        .iter()
        .filter(|m| m.tokens.0 > h && m.tokens.1 <= end)
        .filter(|m| is_person(doc, m))
        .min_by_key(|m| m.tokens.0)
        .filter(|m| (h..m.tokens.0).any(|i| is_title_word(t, i)));
    titled.or(at_head).or_else(|| named_kind(doc, si, t, h))
}

/// "the Civic Renewal party", "the Nordvolt group": a kind of organisation right after an
/// organisation's name that modifies it is that organisation.
fn named_kind<'d>(doc: &'d Document, si: usize, t: &Tree, h: usize) -> Option<&'d Mention> {
    if t.upos(h) != "NOUN" || !crate::annotate::ner::descriptors::is_org_kind(t.form(h)) {
        return None;
    }
    doc.mentions_in(si).iter().find(|m| {
        m.tokens.1 == h
            && (m.tokens.0..h).all(|i| {
                t.parent(i)
                    .is_some_and(|p| p == h || p < h && p >= m.tokens.0)
            })
            && doc
                .entities
                .get(m.entity.0 as usize)
                .is_some_and(|e| e.kind == EntityType::Org)
    })
}

/// Every entity the phrase denotes: [`mention`], and when that is a plural reference ("the two
/// leaders", one mention per person over the same tokens) all of them, in entity order.
pub fn mentions<'d>(doc: &'d Document, si: usize, t: &Tree, p: &Phrase) -> Vec<&'d Mention> {
    let Some(m) = mention(doc, si, t, p) else {
        return Vec::new();
    };
    let mut all: Vec<&Mention> = doc
        .mentions_in(si)
        .iter()
        .filter(|o| o.tokens == m.tokens)
        .collect();
    all.sort_by_key(|o| o.entity);
    all.dedup_by_key(|o| o.entity);
    all
}

/// The other subjects of a clause whose predicate has several (`nsubj` twice is no English
/// clause: parsers split "President Ana Ruiz and her counterpart Li Wei" into siblings). Each
/// is resolved on its own; repeats of one actor are deduplicated by the caller.
pub fn sibling_subjects(t: &Tree, e: &Extraction) -> Vec<Phrase> {
    if e.kind != Kind::Clause {
        return Vec::new();
    }
    let Some(p) = e.predicate else {
        return Vec::new();
    };
    let mut rest: Vec<Phrase> = t
        .kids(p, &["nsubj"])
        .filter(|&c| c != e.subject.head && !e.subject.toks.contains(&c))
        .map(|c| subject_np(t, c))
        .filter(|q| !q.toks.is_empty())
        .collect();
    // Only pieces of one split noun phrase: each must abut the subject or an earlier piece.
    let (Some(&a), Some(&b)) = (e.subject.toks.first(), e.subject.toks.last()) else {
        return Vec::new();
    };
    let (mut lo, mut hi) = (a, b);
    let mut out = Vec::new();
    while let Some(k) = rest.iter().position(|q| {
        q.toks.last().is_some_and(|&l| l + 1 == lo) || q.toks.first() == Some(&(hi + 1))
    }) {
        let q = rest.remove(k);
        lo = lo.min(q.toks[0]);
        hi = hi.max(*q.toks.last().unwrap_or(&hi));
        out.push(q);
    }
    out
}

/// Conjuncts hanging below a name rather than its head, as parsers leave "U.S. President
/// Donald Trump and his counterpart" (the conjunct attached to "Donald"): the phrase without
/// them first, then each conjunct. Empty when the phrase has no such conjunct.
pub fn name_conjuncts(t: &Tree, p: &Phrase) -> Vec<Phrase> {
    // Only name parts: a conjunct under a prepositional modifier is the modifier's ("the
    // leaders of France and Spain").
    let name_part =
        |c: usize| matches!(t.deprel(c), "flat" | "flat:name" | "compound" | "nmod:desc");
    let mut parts: Vec<usize> = Vec::new();
    let mut stack = vec![p.head];
    // A cycle (a damaged tree read from CoNLL-U) must not loop: a tree visits each word once.
    let mut budget = t.len();
    while let Some(n) = stack.pop() {
        if budget == 0 {
            break;
        }
        budget -= 1;
        for &c in t.children(n) {
            if t.rel(c) == "conj" && p.toks.contains(&c) {
                parts.push(c);
            } else if name_part(c) {
                stack.push(c);
            }
        }
    }
    if parts.is_empty() {
        return Vec::new();
    }
    parts.sort_unstable();
    let cut: Vec<usize> = parts.iter().flat_map(|&c| t.subtree(c)).collect();
    let first: Vec<usize> = p
        .toks
        .iter()
        .copied()
        .filter(|i| !cut.contains(i))
        .collect();
    let mut out = vec![Phrase {
        head: p.head,
        toks: t.trim(first),
    }];
    out.extend(parts.into_iter().map(|c| {
        // "rail and ocean carriers": a conjoined common-noun modifier shares the head, so the
        // second phrase is "ocean carriers", not "ocean".
        let m = t.parent(c);
        let shared_head = t.upos(p.head) == "NOUN"
            && c < p.head
            && m.is_some_and(|m| m < p.head && matches!(t.upos(m), "NOUN" | "ADJ"));
        if let (true, Some(m)) = (shared_head, m) {
            let own = t.subtree(c);
            let cut: Vec<usize> = t
                .subtree(m)
                .into_iter()
                .filter(|i| !own.contains(i) || (t.rel(*i) == "cc" && t.parent(*i) == Some(c)))
                .collect();
            let toks: Vec<usize> = p
                .toks
                .iter()
                .copied()
                .filter(|i| !cut.contains(i))
                .collect();
            return Phrase {
                head: p.head,
                toks: t.trim(toks),
            };
        }
        let toks: Vec<usize> = t
            .subtree(c)
            .into_iter()
            .filter(|i| p.toks.contains(i))
            .collect();
        Phrase {
            head: c,
            toks: t.trim(toks),
        }
    }));
    out
}

/// Words that stand for something only through context: a concept named by one of them is
/// noise in the graph ("it", "that", "each", "what").
fn is_pronominal(t: &Tree, h: usize) -> bool {
    matches!(t.upos(h), "PRON" | "DET")
        || matches!(
            t.lemma(h).to_lowercase().as_str(),
            "it" | "this"
                | "that"
                | "these"
                | "those"
                | "what"
                | "which"
                | "who"
                | "each"
                | "we"
                | "they"
                | "he"
                | "she"
                | "i"
                | "you"
                | "something"
                | "anything"
                | "everything"
                | "nothing"
        )
}

/// True when a graph argument headed by `h` is no node worth having: an unresolved pronoun or
/// determiner, a label of fewer than two letters or without letters ("28", "R"), or a bare verb
/// or adjective (a clause or predicate adjective reduced to its lemma: "come", "open").
pub fn degenerate(t: &Tree, h: usize, a: &Argument) -> bool {
    if a.kind != ArgKind::Concept || super::label::quantity(t, h).is_some() {
        return false;
    }
    let letters = a.name.chars().filter(|c| c.is_alphabetic()).count();
    if letters < 2 || is_pronominal(t, h) {
        return true;
    }
    // "not come" is as bare as "come".
    let single = !a.name.trim_start_matches("not ").contains(' ');
    // "one of these conditions" is labelled by what it counts (`condition`): a real thing.
    let own_word = a.name.eq_ignore_ascii_case(t.form(h)) || a.name == t.lemma(h);
    // "urged the public", "the injured were flown": an adjective with an article, in a noun's
    // place, is a noun. Not one that stands for a noun left out ("the largest", "the other",
    // "the former").
    let nominal = t.upos(h) == "ADJ"
        && t.xpos(h) == "JJ"
        && !matches!(
            t.lemma(h).to_lowercase().as_str(),
            "other" | "same" | "former" | "latter" | "first" | "last" | "next" | "following"
        )
        && t.kids(h, &["det"]).any(|d| t.lemma(d) == "the")
        && matches!(
            t.rel(h),
            "nsubj" | "nsubj:pass" | "obj" | "iobj" | "obl" | "nmod"
        );
    single
        && match t.upos(h) {
            "VERB" | "AUX" => true,
            "ADJ" => !nominal,
            // A function word heading an argument is a misparse ("wrote in" with "in" as the
            // object), never a thing.
            "ADP" | "SCONJ" | "CCONJ" | "PART" => own_word,
            "NUM" => own_word,
            _ => false,
        }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Entity, EntityId, Span, Token};

    fn tree_tokens(spec: &[(&str, &str, usize, &str)]) -> Vec<Token> {
        spec.iter()
            .enumerate()
            .map(|(i, &(form, upos, head, deprel))| {
                let mut tk = Token::new(form, Span::new(i, i + 1));
                tk.upos = upos.into();
                tk.lemma = form.to_lowercase();
                tk.head = head;
                tk.deprel = deprel.into();
                tk
            })
            .collect()
    }

    fn doc_with(mentions: &[((usize, usize), EntityType)]) -> Document {
        let mut doc = Document::new("t", "");
        for (k, &(toks, kind)) in mentions.iter().enumerate() {
            doc.entities.push(Entity {
                name: format!("e{k}"),
                kind,
                aliases: vec![],
                roles: vec![],
            });
            doc.mentions.push(Mention {
                sentence: 0,
                tokens: toks,
                span: Span::new(0, 0),
                entity: EntityId(k as u32),
            });
        }
        doc
    }

    /// Tokens `(form, upos, head, deprel)`, mentions, phrase head, expected entity name.
    type Case<'a> = (
        &'a [(&'a str, &'a str, usize, &'a str)],
        &'a [((usize, usize), EntityType)],
        usize,
        Option<&'a str>,
    );

    #[test]
    fn titled_person_wins_over_the_place_in_front_and_possessors_do_not() {
        use EntityType::{Gpe, Org, Person};
        let cases: &[Case] = &[
            // "Kenyan President Amara Odhiambo spoke": head "Kenyan" as the parser left it.
            (
                &[
                    ("Kenyan", "PROPN", 5, "nsubj"),
                    ("President", "PROPN", 1, "flat"),
                    ("Amara", "PROPN", 1, "flat"),
                    ("Odhiambo", "PROPN", 3, "flat"),
                    ("spoke", "VERB", 0, "root"),
                ],
                &[((0, 1), Gpe), ((2, 4), Person)],
                0,
                Some("e1"),
            ),
            // "his Chilean counterpart Rosa Ibarra on Monday": the name was parsed apart.
            (
                &[
                    ("his", "PRON", 3, "nmod:poss"),
                    ("Chilean", "ADJ", 3, "amod"),
                    ("counterpart", "NOUN", 8, "nsubj"),
                    ("Rosa", "PROPN", 8, "nsubj"),
                    ("Ibarra", "PROPN", 4, "flat"),
                    ("on", "ADP", 7, "case"),
                    ("Monday", "PROPN", 4, "nmod"),
                    ("met", "VERB", 0, "root"),
                ],
                &[((3, 5), Person)],
                2,
                Some("e0"),
            ),
            // "Ibarra 's plan": the possessor is no title, the plan stays a concept.
            (
                &[
                    ("Ibarra", "PROPN", 3, "nmod:poss"),
                    ("'s", "PART", 1, "case"),
                    ("plan", "NOUN", 4, "obj"),
                    ("won", "VERB", 0, "root"),
                ],
                &[((0, 1), Person)],
                2,
                None,
            ),
            // "the Odhiambo government": a name before a common noun is a modifier.
            (
                &[
                    ("the", "DET", 3, "det"),
                    ("Odhiambo", "PROPN", 3, "compound"),
                    ("government", "NOUN", 4, "nsubj"),
                    ("fell", "VERB", 0, "root"),
                ],
                &[((1, 2), Person)],
                2,
                None,
            ),
            // "the city mayor Tomas Berg": the head is the title itself.
            (
                &[
                    ("the", "DET", 3, "det"),
                    ("city", "NOUN", 3, "compound"),
                    ("mayor", "NOUN", 6, "nsubj"),
                    ("Tomas", "PROPN", 3, "appos"),
                    ("Berg", "PROPN", 4, "flat"),
                    ("resigned", "VERB", 0, "root"),
                ],
                &[((3, 5), Person)],
                2,
                Some("e0"),
            ),
            // "the Civic Renewal party won": a kind of organisation after its name is it.
            (
                &[
                    ("the", "DET", 4, "det"),
                    ("Civic", "PROPN", 4, "compound"),
                    ("Renewal", "PROPN", 4, "compound"),
                    ("party", "NOUN", 5, "nsubj"),
                    ("won", "VERB", 0, "root"),
                ],
                &[((1, 3), Org)],
                3,
                Some("e0"),
            ),
            // Not a person's name before it ("the Odhiambo government" above), nor an
            // organisation's before a noun that is no kind ("the Nordvolt plan").
            (
                &[
                    ("the", "DET", 3, "det"),
                    ("Nordvolt", "PROPN", 3, "compound"),
                    ("plan", "NOUN", 4, "nsubj"),
                    ("failed", "VERB", 0, "root"),
                ],
                &[((1, 2), Org)],
                2,
                None,
            ),
            // "Secretary of State Lina Holm".
            (
                &[
                    ("Secretary", "PROPN", 6, "nsubj"),
                    ("of", "ADP", 3, "case"),
                    ("State", "PROPN", 1, "nmod"),
                    ("Lina", "PROPN", 1, "appos"),
                    ("Holm", "PROPN", 4, "flat"),
                    ("left", "VERB", 0, "root"),
                ],
                &[((3, 5), Person)],
                0,
                Some("e0"),
            ),
        ];
        for (spec, mentions, head, want) in cases {
            let tokens = tree_tokens(spec);
            let t = Tree::new(&tokens);
            let doc = doc_with(mentions);
            let p = Phrase {
                head: *head,
                toks: vec![*head],
            };
            let got =
                mention(&doc, 0, &t, &p).map(|m| doc.entities[m.entity.0 as usize].name.as_str());
            assert_eq!(got, *want, "{spec:?}");
        }
    }

    #[test]
    fn conjuncts_below_a_name_split_but_those_of_a_modifier_do_not() {
        // "Chilean President Rosa Ibarra and her counterpart met": "counterpart" hangs on "Rosa".
        let tokens = tree_tokens(&[
            ("Chilean", "PROPN", 8, "nsubj"),
            ("President", "PROPN", 3, "nmod:desc"),
            ("Rosa", "PROPN", 1, "flat"),
            ("Ibarra", "PROPN", 3, "flat"),
            ("and", "CCONJ", 7, "cc"),
            ("her", "PRON", 7, "nmod:poss"),
            ("counterpart", "NOUN", 3, "conj"),
            ("met", "VERB", 0, "root"),
        ]);
        let t = Tree::new(&tokens);
        let p = Phrase {
            head: 0,
            toks: (0..7).collect(),
        };
        let parts: Vec<String> = name_conjuncts(&t, &p)
            .iter()
            .map(|p| t.text(&p.toks))
            .collect();
        assert_eq!(parts, ["Chilean President Rosa Ibarra", "her counterpart"]);
        // "the leaders of Chile and Peru met": one subject, not "Peru".
        let tokens = tree_tokens(&[
            ("the", "DET", 2, "det"),
            ("leaders", "NOUN", 7, "nsubj"),
            ("of", "ADP", 4, "case"),
            ("Chile", "PROPN", 2, "nmod"),
            ("and", "CCONJ", 6, "cc"),
            ("Peru", "PROPN", 4, "conj"),
            ("met", "VERB", 0, "root"),
        ]);
        let t = Tree::new(&tokens);
        let p = Phrase {
            head: 1,
            toks: (0..6).collect(),
        };
        assert!(name_conjuncts(&t, &p).is_empty());
        // "the rail and ocean carriers compete": two kinds of carrier, so the second phrase
        // keeps the head ("ocean carriers"), labelled by its own modifier.
        let tokens = tree_tokens(&[
            ("the", "DET", 5, "det"),
            ("rail", "NOUN", 5, "compound"),
            ("and", "CCONJ", 4, "cc"),
            ("ocean", "NOUN", 2, "conj"),
            ("carriers", "NOUN", 6, "nsubj"),
            ("compete", "VERB", 0, "root"),
        ]);
        let mut tokens = tokens;
        tokens[4].lemma = "carrier".into();
        let t = Tree::new(&tokens);
        let p = Phrase {
            head: 4,
            toks: (0..5).collect(),
        };
        let parts = name_conjuncts(&t, &p);
        let texts: Vec<String> = parts.iter().map(|p| t.text(&p.toks)).collect();
        assert_eq!(texts, ["the rail carriers", "the ocean carriers"]);
        let labels: Vec<String> = parts
            .iter()
            .map(|p| super::super::label::concept_label_in(&t, p.head, &p.toks))
            .collect();
        assert_eq!(labels, ["rail carrier", "ocean carrier"]);
    }

    #[test]
    fn sibling_subjects_are_the_abutting_pieces_of_one_split_phrase() {
        let extraction = |subject: Phrase, predicate: usize| Extraction {
            kind: Kind::Clause,
            subject,
            subject_parts: vec![],
            relation: vec![],
            predicate: Some(predicate),
            args: vec![],
            negated: false,
            passive: false,
            modality: None,
            attributed_to: None,
        };
        // "Kenyan President Amara Odhiambo and Chilean President Rosa Ibarra agreed ." parsed
        // as three subjects of "agreed".
        let tokens = tree_tokens(&[
            ("Kenyan", "PROPN", 10, "nsubj"),
            ("President", "PROPN", 3, "nmod:desc"),
            ("Amara", "PROPN", 10, "nsubj"),
            ("Odhiambo", "PROPN", 3, "flat"),
            ("and", "CCONJ", 6, "cc"),
            ("Chilean", "PROPN", 4, "conj"),
            ("President", "PROPN", 8, "nmod:desc"),
            ("Rosa", "PROPN", 10, "nsubj"),
            ("Ibarra", "PROPN", 8, "flat"),
            ("agreed", "VERB", 0, "root"),
            (".", "PUNCT", 10, "punct"),
        ]);
        let t = Tree::new(&tokens);
        let e = extraction(subject_np(&t, 0), 9);
        let got: Vec<String> = sibling_subjects(&t, &e)
            .iter()
            .map(|p| t.text(&p.toks))
            .collect();
        assert_eq!(
            got,
            [
                "President Amara Odhiambo and Chilean",
                "President Rosa Ibarra"
            ]
        );
        // "A future with Kenya and Peru has upside": "Peru" does not abut the subject.
        let tokens = tree_tokens(&[
            ("A", "DET", 2, "det"),
            ("future", "NOUN", 7, "nsubj"),
            ("with", "ADP", 4, "case"),
            ("Kenya", "PROPN", 2, "nmod"),
            ("and", "CCONJ", 6, "cc"),
            ("Peru", "PROPN", 7, "nsubj"),
            ("has", "VERB", 0, "root"),
            ("upside", "NOUN", 7, "obj"),
        ]);
        let t = Tree::new(&tokens);
        let e = extraction(subject_np(&t, 1), 6);
        assert!(sibling_subjects(&t, &e).is_empty());
    }

    #[test]
    fn degenerate_concepts_are_pronouns_numbers_letters_and_bare_verbs() {
        let tokens = tree_tokens(&[
            ("it", "PRON", 2, "nsubj"),
            ("came", "VERB", 0, "root"),
            ("28", "NUM", 2, "obj"),
            ("R", "PROPN", 2, "obj"),
            ("open", "ADJ", 2, "xcomp"),
            ("each", "DET", 2, "obj"),
            ("pause", "NOUN", 2, "obj"),
            ("in", "ADP", 2, "obl"),
        ]);
        let t = Tree::new(&tokens);
        let concept = |name: &str| Argument::concept(name, Span::new(0, 0), name);
        let cases = [
            (0, "it", true),
            (1, "come", true),
            (1, "not come", true),
            (1, "bill not pass", false),
            (1, "aid halt", false),
            (2, "28", true),
            (2, "condition", false),
            (3, "R", true),
            (4, "open", true),
            (5, "each", true),
            (6, "pause", false),
            (6, "energy pause", false),
            (7, "in", true),
        ];
        for (h, name, want) in cases {
            assert_eq!(degenerate(&t, h, &concept(name)), want, "{name}");
        }
        let person = Argument::entity("he", Span::new(0, 0), EntityType::Person, "Rosa Ibarra");
        assert!(!degenerate(&t, 0, &person));
    }

    #[test]
    fn an_adjective_with_the_in_a_nouns_place_is_a_noun() {
        // "urged the public", "the largest approved", "the other has".
        let mut tokens = tree_tokens(&[
            ("urged", "VERB", 0, "root"),
            ("the", "DET", 3, "det"),
            ("public", "ADJ", 1, "obj"),
            ("public", "ADJ", 1, "obj"),
            ("the", "DET", 6, "det"),
            ("largest", "ADJ", 1, "nsubj"),
            ("the", "DET", 8, "det"),
            ("other", "ADJ", 1, "nsubj"),
        ]);
        for (k, xpos) in [(2, "JJ"), (3, "JJ"), (5, "JJS"), (7, "JJ")] {
            tokens[k].xpos = xpos.into();
        }
        let t = Tree::new(&tokens);
        let concept = |name: &str| Argument::concept(name, Span::new(0, 0), name);
        assert!(!degenerate(&t, 2, &concept("public")));
        // Without an article ("urged public ..."), and for what stands for a noun left out.
        assert!(degenerate(&t, 3, &concept("public")));
        assert!(degenerate(&t, 5, &concept("largest")));
        assert!(degenerate(&t, 7, &concept("other")));
    }
}
