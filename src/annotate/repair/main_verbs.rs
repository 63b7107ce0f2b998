//! The sentence's verb read as a participle, an adjective or a noun.
//!
//! A participle modifying the subject read as the verb. "A poll published last month by the
//! institute put his rating at 34%" can come out with "published" the root and "put" its
//! `parataxis`: "put" is the root and "published" modifies "poll" (repair 107).
//!
//! The past tense read as a participle in a sentence with no finite verb ("Tens of thousands of
//! people marched through the streets." with "marched" an `acl` of "Tens"): it is the verb.
//!
//! The past tense read as a participle before a clause that took its subject ("The coach
//! resigned after her team lost ..." with "lost" the root), or as an adjective on its object
//! ("Police used water cannon ..." with "used" an `amod` of "cannon"): it is the verb.

use super::draft::Draft;
use super::subordinators::clause_or_phrase_case;
use super::tree_helpers::{
    extent, full_stop, has_case, head_of, kids_of, subject_rel, take_place, under,
};
use super::words::{NO_OBJECT, SUBORDINATORS, auxiliary, finite_word, make_finite};
use crate::document::Token;

/// Repair 37: mends what [`participle_as_main_verb`] finds.
pub(super) fn fix_participle_as_main_verb(d: &mut Draft) {
    if let Some((noun, verb, object)) = participle_as_main_verb(d.base()) {
        let fixed = d.edit();
        if let Some(o) = object {
            fixed[o].head = verb + 1;
            fixed[o].deprel = "obj".into();
        }
        take_place(fixed, noun, verb);
        fixed[verb].xpos = "VBD".into();
        fixed[noun].head = verb + 1;
        fixed[noun].deprel = "nsubj".into();
        // An active verb has no agent: "fell by 8 percent" says how far.
        for t in fixed.iter_mut() {
            if t.head == verb + 1 && t.deprel == "obl:agent" {
                t.deprel = "obl".into();
            }
        }
    }
}

/// Repair 37: the past tense read as a participle in a sentence without a verb.
///
/// Triple (noun, verb, object): "Tens of thousands of people marched through the streets." can come out
/// with "Tens" the root and "marched" (tagged VBN) its `acl`, a sentence with no finite verb.
/// Prose that ends in a full stop has one (other than in a subordinate clause: "... as the vote
/// took place"): a past participle right after the root noun's phrase,
/// without an auxiliary or a "by" agent, is the past tense, and the noun its subject. Headlines
/// ("Three men arrested after robbery"), which have no full stop, are left alone.
fn participle_as_main_verb(tokens: &[Token]) -> Option<(usize, usize, Option<usize>)> {
    if !full_stop(tokens) {
        return None;
    }
    // A finite verb may only head a subordinate clause ("as the vote took place"), which needs
    // a main clause.
    // The relative word may be the clause's own or its subject's ("whose operations").
    let relative_word = |w: usize| {
        matches!(
            tokens[w].lemma.to_lowercase().as_str(),
            "who" | "which" | "that" | "whom" | "whose" | "where"
        )
    };
    // A subject opened by "whose" makes a relative clause whatever the parser called it
    // ("Mayor Fiona Gallagher, whose shire includes the towns, urged", with "includes" a
    // `parataxis`).
    let subject_has = |v: usize, word: &dyn Fn(usize) -> bool| {
        kids_of(tokens, v)
            .any(|w| tokens[w].deprel.starts_with("nsubj") && kids_of(tokens, w).any(word))
    };
    let relative = |v: usize| {
        let whose = |k: usize| tokens[k].lemma.eq_ignore_ascii_case("whose");
        (tokens[v].deprel == "acl:relcl"
            && (kids_of(tokens, v).any(relative_word) || subject_has(v, &relative_word)))
            || subject_has(v, &whose)
    };
    let root = tokens.iter().position(|t| t.head == 0)?;
    // After a restrictive relative clause on the root, a past tense read as the clause's
    // complement ("Patients whose operations had been postponed expressed frustration", with
    // "expressed" an `xcomp` of "postponed"): no subject, marker or auxiliary of its own.
    let after_relative = (root + 2..tokens.len()).find(|&v| {
        let h = tokens[v].head.wrapping_sub(1);
        let complement = matches!(
            tokens[v].deprel.as_str(),
            "xcomp" | "ccomp" | "advcl" | "dep" | "obj" | "parataxis"
        );
        tokens[v].xpos == "VBD"
            && tokens[v].upos == "VERB"
            && complement
            && h < v
            && relative(h)
            && head_of(tokens, h) == Some(root)
            && !kids_of(tokens, v).any(|k| {
                let rel = tokens[k].deprel.as_str();
                rel.starts_with("nsubj") || matches!(rel, "mark" | "aux" | "cc" | "expl")
            })
    });
    let subordinate = |v: usize| {
        relative(v)
            || kids_of(tokens, v).any(|m| {
                tokens[m].deprel == "mark"
                    && SUBORDINATORS.contains(&tokens[m].lemma.to_lowercase().as_str())
            })
    };
    let finite = tokens.iter().enumerate().any(|(k, t)| {
        let verb = if auxiliary(t) {
            head_of(tokens, k).unwrap_or(k)
        } else {
            k
        };
        // A past tense hung on a noun as a participle is the candidate itself.
        let misread = t.deprel == "acl" && t.xpos == "VBD" && t.upos == "VERB";
        finite_word(t) && !subordinate(verb) && !misread && after_relative != Some(k)
    });
    if finite {
        return None;
    }
    if !matches!(tokens[root].upos.as_str(), "NOUN" | "PROPN" | "PRON") {
        return None;
    }
    // A phrase opened by a preposition ("From the amount of time spent ...") is a fragment.
    if kids_of(tokens, root).any(|k| k < root && tokens[k].deprel == "case") {
        return None;
    }
    // The participle hangs on the root ("people marched"), or after the comma that closes the
    // root's parenthesis it modifies the noun after it ("The team, led by X, tested samples"
    // with "tested" an `amod` of "samples"), which is then its object.
    // A verb that takes no object has no passive, so its "by" phrase is no agent ("Shares
    // fell by 8 percent").
    let agent = |v: usize| {
        !NO_OBJECT.contains(&tokens[v].lemma.to_lowercase().as_str())
            && kids_of(tokens, v).any(|k| tokens[k].deprel == "obl:agent")
    };
    // Everything between the root and `v` is the root's phrase.
    let own =
        |v: usize| (root + 1..v).all(|k| tokens[k].upos == "PUNCT" || under(tokens, k, &[root]));
    // On the root or on what it counts ("Hundreds of protesters gathered", "Tens of thousands
    // of people marched"): a chain of "of" phrases up to the root.
    let counted = |mut h: usize| {
        for _ in 0..tokens.len() {
            if h == root {
                return true;
            }
            let of = has_case(tokens, h, "of");
            match head_of(tokens, h) {
                Some(up) if of && tokens[h].deprel == "nmod" => h = up,
                _ => return false,
            }
        }
        false
    };
    // A participle ("using boats") modifies the noun; only a past participle can be the verb.
    let on_root = (root + 1..tokens.len()).find(|&v| {
        tokens[v].deprel == "acl"
            && tokens[v].xpos == "VBN"
            && head_of(tokens, v).is_some_and(counted)
            && !agent(v)
            && own(v)
    });
    let after_parenthesis = || {
        (root + 2..tokens.len()).find(|&v| {
            tokens[v].deprel == "amod"
                && tokens[v - 1].form == ","
                && head_of(tokens, v).is_some_and(|n| n > v)
                && own(v)
        })
    };
    // Deeper in the root's phrase with an object of its own, which no passive participle has:
    // "Emergency crews using inflatable boats rescued 340 residents", with "rescued" on
    // "boats"; or tagged as the past tense after the comma that closes an apposition: "The
    // mayor of Graz, Austria's second-largest city, resigned", with "resigned" on "city".
    let with_object = || {
        (root + 1..tokens.len()).find(|&v| {
            let object = matches!(tokens[v].xpos.as_str(), "VBN" | "VBD")
                && kids_of(tokens, v).any(|o| o > v && tokens[o].deprel == "obj");
            let past = tokens[v].xpos == "VBD" && tokens[v - 1].form == ",";
            tokens[v].deprel == "acl"
                && (object || past)
                && head_of(tokens, v).is_some_and(|h| h != root && under(tokens, h, &[root]))
                && own(v)
        })
    };
    let (verb, object) = match on_root.or_else(with_object).or(after_relative) {
        Some(v) => (v, None),
        None => {
            let v = after_parenthesis()?;
            (v, head_of(tokens, v))
        }
    };
    // "food served without pretense", "a menu executed with flair", "questions given by ...":
    // the manner or agent of a description, the way reviews and captions use participles. Not
    // for a verb without a passive ("Shares fell by 8 percent").
    let intransitive = NO_OBJECT.contains(&tokens[verb].lemma.to_lowercase().as_str());
    let described = !intransitive
        && tokens.get(verb + 1).is_some_and(|t| {
            matches!(
                t.lemma.to_lowercase().as_str(),
                "with" | "without" | "by" | "to"
            )
        });
    let starts = (extent(tokens, verb).0..verb).all(|k| tokens[k].form == ",");
    let participle =
        matches!(tokens[verb].xpos.as_str(), "VBN" | "VBD") && tokens[verb].upos == "VERB";
    (participle && own(verb) && !agent(verb) && !described && starts)
        .then_some((root, verb, object))
}

/// Repair 45: mends what [`participles_read_as_adjectives`] finds.
pub(super) fn fix_participles_read_as_adjectives(d: &mut Draft) {
    if let Some(r) = participles_read_as_adjectives(d.base()) {
        let fixed = d.edit();
        let root = fixed.iter().position(|t| t.head == 0).unwrap_or(r.object);
        // The root's other dependents (final punctuation, the purpose clause, a conjunct
        // clause) go to the verb.
        let last = fixed.len() - 1;
        for (k, t) in fixed.iter_mut().enumerate() {
            if t.head == root + 1 && ![r.subject, r.object, r.verb].contains(&k) {
                let after_object = k > r.object;
                let punct = t.upos == "PUNCT" && (r.coordinated.is_none() || k == last);
                if root == r.object && after_object || punct {
                    t.head = r.verb + 1;
                }
            }
        }
        if let Some(c) = r.coordinated {
            (fixed[c].head, fixed[c].deprel) = (r.verb + 1, "conj".into());
        }
        let v = &mut fixed[r.verb];
        (v.head, v.deprel, v.xpos) = (0, "root".into(), "VBD".into());
        (fixed[r.subject].head, fixed[r.subject].deprel) = (r.verb + 1, "nsubj".into());
        (fixed[r.object].head, fixed[r.object].deprel) = (r.verb + 1, "obj".into());
        for t in fixed[r.verb + 1..].iter_mut() {
            if t.head == r.verb + 1 && t.deprel == "acl" {
                t.deprel = "advcl".into();
            }
        }
    }
}

/// A main verb read as an adjective on its object ([`participles_read_as_adjectives`]).
#[derive(Debug, PartialEq)]
struct AdjectivalVerb {
    subject: usize,
    verb: usize,
    object: usize,
    /// The verb of a clause coordinated after a comma that the parser made the root, with the
    /// subject as its own ("Police used barriers ..., and two men were detained").
    coordinated: Option<usize>,
}

/// Repair 45: the past tense read as an adjective on its object.
///
/// "Police used water cannon to disperse the crowd." can come out with "used" (tagged VBN) an
/// `amod` of "cannon" and "cannon" the root, or "Rescue teams used boats ..." with "teams" the
/// root and "boats" its `nmod`: sentences whose only verb is an adjective. When a noun phrase
/// opens the sentence, the participle follows it right away and the noun it modifies is the
/// root or hangs on that phrase, and no finite verb comes before that noun, the participle is
/// the past tense: the first phrase its subject, the noun its object. Only in sentences with a
/// full stop, like repair 37.
fn participles_read_as_adjectives(tokens: &[Token]) -> Option<AdjectivalVerb> {
    if !full_stop(tokens) {
        return None;
    }
    let root = tokens.iter().position(|t| t.head == 0)?;
    let (verb, tk) = tokens
        .iter()
        .enumerate()
        .find(|(_, t)| t.deprel == "amod" && t.upos == "VERB" && t.xpos == "VBN")?;
    let object = head_of(tokens, verb).filter(|&o| o > verb)?;
    let noun = |i: usize| matches!(tokens[i].upos.as_str(), "NOUN" | "PROPN");
    if verb == 0 || !noun(object) || !(verb + 1..object).all(|k| under(tokens, k, &[object])) {
        return None;
    }
    // The phrase before the participle: from the sentence start, headed by a noun, without
    // punctuation or a preposition of its own ("From a comparison of 10 spoken languages").
    let inside = |h: usize| (0..verb).all(|k| k == h || under(tokens, k, &[h]));
    let subject = (0..verb).find(|&h| noun(h) && inside(h))?;
    let plain = tokens[..verb]
        .iter()
        .all(|t| t.upos != "PUNCT" && t.upos != "ADV")
        && !kids_of(tokens, subject).any(|k| tokens[k].deprel == "case");
    // No finite verb but in a clause coordinated after a comma ("..., and 15 people were
    // detained").
    let end = (object + 1..tokens.len().saturating_sub(1))
        .find(|&k| tokens[k].form == "," && tokens[k + 1].upos == "CCONJ")
        .unwrap_or(tokens.len());
    let coordinated = (root > end
        && tokens[root].upos == "VERB"
        && head_of(tokens, subject) == Some(root)
        && head_of(tokens, object) == Some(subject))
    .then_some(root);
    let shape = (root == object && head_of(tokens, subject) == Some(object))
        || (root == subject && head_of(tokens, object) == Some(subject))
        || coordinated.is_some();
    let lemma = tk.lemma.to_lowercase();
    (shape
        && plain
        && !tokens[..end].iter().any(finite_word)
        && !NO_OBJECT.contains(&lemma.as_str()))
    .then_some(AdjectivalVerb {
        subject,
        verb,
        object,
        coordinated,
    })
}

/// Repair 40: mends what [`participles_before_clauses`] finds.
pub(super) fn fix_participles_before_clauses(d: &mut Draft) {
    if let Some(r) = participles_before_clauses(d.base()) {
        let fixed = d.edit();
        // The clause's final punctuation and parenthetical reports go to the main verb.
        for t in fixed[r.clause + 1..].iter_mut() {
            if t.head == r.clause + 1 && matches!(t.deprel.as_str(), "punct" | "parataxis") {
                t.head = r.verb + 1;
            }
        }
        let rel = subject_rel(fixed, r.clause);
        let v = &mut fixed[r.verb];
        (v.head, v.deprel, v.xpos) = (0, "root".into(), "VBD".into());
        fixed[r.noun].head = r.verb + 1;
        fixed[r.clause].head = r.verb + 1;
        fixed[r.clause].deprel = "advcl".into();
        fixed[r.subject].head = r.clause + 1;
        fixed[r.subject].deprel = rel.into();
        let m = &mut fixed[r.mark];
        (m.head, m.deprel, m.upos) = (r.clause + 1, "mark".into(), "SCONJ".into());
    }
}

/// A main verb read as a participle on its subject, whose "after" phrase took the next clause
/// ([`participles_before_clauses`]).
#[derive(Debug, PartialEq)]
struct ParticipleBeforeClause {
    /// The subject ("coach").
    noun: usize,
    /// The main verb ("resigned").
    verb: usize,
    /// The subordinator read as a preposition ("after").
    mark: usize,
    /// The subordinate clause's subject ("team").
    subject: usize,
    /// The subordinate clause's verb, read as the root ("lost").
    clause: usize,
}

/// Repair 40: the past tense read as a participle when the sentence goes on with a clause.
///
/// "The coach resigned after her team lost its fifth match." can come out with "resigned"
/// (tagged VBN) a participle on "coach", "after her team" its phrase, and "lost" the root with
/// "coach" as its subject: the coach lost the match. When the noun the participle's "after"
/// (before, until, since) governs is followed right away by a finite verb that has no subject
/// of its own besides the participle's noun, the participle is the main verb and the rest its
/// adverbial clause. Like repair 37, only in sentences with a full stop, and not for a
/// participle with a "by" agent or an object.
fn participles_before_clauses(tokens: &[Token]) -> Option<ParticipleBeforeClause> {
    if !full_stop(tokens) {
        return None;
    }
    let clause = tokens.iter().position(|t| t.head == 0)?;
    if tokens[clause].upos != "VERB"
        || !matches!(tokens[clause].xpos.as_str(), "VBD" | "VBZ" | "VBP")
    {
        return None;
    }
    // An auxiliary later on belongs to another verb the parser lost track of ("The time
    // elapsed since the motorist left the point is plotted ...").
    if tokens[clause..].iter().any(auxiliary) {
        return None;
    }
    let mut subjects = kids_of(tokens, clause).filter(|&k| tokens[k].deprel.starts_with("nsubj"));
    let (Some(noun), None) = (subjects.next(), subjects.next()) else {
        return None;
    };
    if noun > clause || !matches!(tokens[noun].upos.as_str(), "NOUN" | "PROPN") {
        return None;
    }
    let verb = kids_of(tokens, noun).find(|&v| {
        v > noun
            && tokens[v].deprel == "acl"
            && tokens[v].upos == "VERB"
            && tokens[v].xpos == "VBN"
            && (noun + 1..v).all(|k| under(tokens, k, &[noun]) && tokens[k].upos != "PUNCT")
    })?;
    let kids: Vec<usize> = kids_of(tokens, verb).collect();
    if kids.iter().any(|&k| {
        matches!(
            tokens[k].deprel.as_str(),
            "obj" | "obl:agent" | "aux" | "aux:pass" | "ccomp" | "xcomp"
        )
    }) {
        return None;
    }
    kids.iter().copied().find_map(|subject| {
        let mark = clause_or_phrase_case(tokens, subject)?;
        let ends_before_clause = extent(tokens, subject).1 + 1 == clause;
        (tokens[subject].deprel == "obl"
            && subject > verb
            && ends_before_clause
            && tokens[mark].lemma.to_lowercase() != "as")
            .then_some(ParticipleBeforeClause {
                noun,
                verb,
                mark,
                subject,
                clause,
            })
    })
}

/// Repair 107: mends what [`participle_read_as_verb`] finds.
pub(super) fn fix_participle_read_as_verb(d: &mut Draft) {
    if let Some(r) = participle_read_as_verb(d.base()) {
        let fixed = d.edit();
        // The finite verb takes the participle's place; the participle modifies its subject,
        // which becomes the verb's, and what hung on it after the verb goes to the verb.
        (fixed[r.verb].head, fixed[r.verb].deprel) = (fixed[r.participle].head, "root".into());
        (fixed[r.subject].head, fixed[r.subject].deprel) = (r.verb + 1, "nsubj".into());
        (fixed[r.participle].head, fixed[r.participle].deprel) = (r.subject + 1, "acl".into());
        if fixed[r.participle].xpos == "VBD" {
            fixed[r.participle].xpos = "VBN".into();
            fixed[r.participle].feats = "Tense=Past|VerbForm=Part|Voice=Pass".into();
        }
        for later in fixed.iter_mut().skip(r.verb + 1) {
            if later.head == r.participle + 1 {
                later.head = r.verb + 1;
            }
        }
    }
}

/// A participle read as the sentence's verb ([`participle_read_as_verb`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct ParticipleAsVerb {
    /// The past participle read as the root.
    participle: usize,
    /// The noun right before it, read as its subject.
    subject: usize,
    /// The finite verb after it, read as its dependent.
    verb: usize,
}

/// Repair 107: a participle modifying the subject read as the sentence's verb.
///
/// "A poll published last month by the institute put his rating at 34%" can come out with
/// "published" the root, "poll" its subject and "put" its `parataxis`. The shape: a root tagged
/// as a past participle, with no auxiliary, right after its subject noun; a phrase with "by"
/// (the agent) among its dependents; and a finite verb after it with no subject of its own, no
/// comma or coordinator right before it, hanging on it. The finite verb is the root, the noun
/// its subject and the participle the noun's `acl`.
fn participle_read_as_verb(tokens: &[Token]) -> Option<ParticipleAsVerb> {
    let participle = tokens.iter().position(|t| t.head == 0)?;
    let t = &tokens[participle];
    // A past tense too: "Tests carried out by the agency had found ..." with "carried" read as
    // the sentence's verb (the forms are the same).
    if t.upos != "VERB" || !matches!(t.xpos.as_str(), "VBN" | "VBD") || participle == 0 {
        return None;
    }
    let kids: Vec<usize> = kids_of(tokens, participle).collect();
    if kids
        .iter()
        .any(|&k| tokens[k].deprel.starts_with("aux") || tokens[k].deprel == "obj")
    {
        return None;
    }
    let subject = participle - 1;
    if head_of(tokens, subject) != Some(participle)
        || !tokens[subject].deprel.starts_with("nsubj")
        || !matches!(tokens[subject].upos.as_str(), "NOUN" | "PROPN")
    {
        return None;
    }
    // The verb is finite by its tag or by a finite auxiliary ("had found", "will need").
    let finite = |k: usize| {
        matches!(tokens[k].xpos.as_str(), "VBD" | "VBZ" | "VBP")
            || kids_of(tokens, k).any(|a| {
                a < k
                    && tokens[a].deprel == "aux"
                    && matches!(tokens[a].xpos.as_str(), "VBD" | "VBZ" | "VBP" | "MD")
            })
    };
    let verb = kids.iter().copied().find(|&k| {
        k > participle
            && finite(k)
            && tokens[k].upos == "VERB"
            && matches!(
                tokens[k].deprel.as_str(),
                "parataxis" | "conj" | "ccomp" | "advcl"
            )
    })?;
    // The agent phrase lies between the participle and the verb, hanging anywhere there; after
    // a past tense it names someone, not an amount ("rose by 5%").
    let by = (participle + 1..verb).any(|k| {
        tokens[k].form == "by"
            && tokens[k].deprel == "case"
            && head_of(tokens, k).is_some_and(|n| {
                t.xpos == "VBN"
                    || matches!(tokens[n].upos.as_str(), "NOUN" | "PROPN")
                        && !kids_of(tokens, n).any(|c| tokens[c].deprel == "nummod")
            })
    });
    let opened = kids_of(tokens, verb).any(|c| {
        c < verb
            && matches!(
                tokens[c].deprel.as_str(),
                "nsubj" | "nsubj:pass" | "mark" | "cc"
            )
    });
    let before = &tokens[verb - 1];
    let joined = before.form == "," || before.upos == "CCONJ";
    (by && !opened && !joined).then_some(ParticipleAsVerb {
        participle,
        subject,
        verb,
    })
}

/// Repair 147: mends what [`unchanged_pasts_read_as_modifiers`] finds.
pub(super) fn fix_unchanged_pasts_read_as_modifiers(d: &mut Draft) {
    for (noun, verb, object) in unchanged_pasts_read_as_modifiers(d.base()) {
        let fixed = d.edit();
        let (head, deprel) = (fixed[noun].head, fixed[noun].deprel.clone());
        // What hung on the noun after it (its "to" phrase, a second verb, the full stop) and
        // the adverb before the verb go with the verb.
        for (k, t) in fixed.iter_mut().enumerate() {
            if t.head == noun + 1 && k > noun && k != verb {
                t.head = verb + 1;
                if t.deprel == "nmod" {
                    t.deprel = "obl".into();
                }
            }
        }
        make_finite(&mut fixed[verb], "VBD");
        (fixed[verb].head, fixed[verb].deprel) = (head, deprel);
        (fixed[noun].head, fixed[noun].deprel) = (verb + 1, "nsubj".into());
        (fixed[object].head, fixed[object].deprel) = (verb + 1, "obj".into());
    }
}

/// Verbs whose past tense is their base form ("set", "cut"), which the tagger, seeing no "-ed",
/// may read as an adjective or a participle before a noun.
const UNCHANGED_PASTS: &[&str] = &[
    "bet", "bid", "burst", "cast", "cost", "cut", "hit", "hurt", "let", "put", "quit", "set",
    "shut", "split", "spread", "thrust",
];

/// Repair 147: a past tense like its base form read as a modifier of the object.
///
/// Triples (noun, verb, object): "Inmates then set fire to mattresses, he said." can come out
/// with "set" an adjective on "fire", and "fire" the object of "Inmates": a noun with an object
/// and no verb. A noun has no object; one of [`UNCHANGED_PASTS`] between it and its object
/// (with nothing but adverbs before it), modifying either, is the verb: the noun its subject.
fn unchanged_pasts_read_as_modifiers(tokens: &[Token]) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    for (o, t) in tokens.iter().enumerate() {
        if t.deprel != "obj" {
            continue;
        }
        let Some(n) = head_of(tokens, o)
            .filter(|&n| n < o && matches!(tokens[n].upos.as_str(), "NOUN" | "PROPN"))
        else {
            continue;
        };
        let verb = (n + 1..o).find(|&w| {
            UNCHANGED_PASTS.contains(&tokens[w].form.to_lowercase().as_str())
                && tokens[w].upos != "VERB"
                && matches!(head_of(tokens, w), Some(h) if h == n || h == o)
        });
        let Some(verb) = verb else {
            continue;
        };
        let adverbs = (n + 1..verb).all(|k| tokens[k].upos == "ADV");
        let rest = (verb + 1..o).all(|k| under(tokens, k, &[o]));
        if adverbs && rest {
            out.push((n, verb, o));
        }
    }
    out
}

/// Repair 51: mends what [`verbs_read_as_plural_nouns`] finds.
pub(super) fn fix_verbs_read_as_plural_nouns(d: &mut Draft) {
    if let Some((noun, verb, infinitive)) = verbs_read_as_plural_nouns(d.base()) {
        let fixed = d.edit();
        // The noun phrase's words before the verb ("The") go with the noun; a name after it
        // is its apposition ("the energy company Nordvolt").
        for (k, t) in fixed[..verb].iter_mut().enumerate() {
            if t.head == verb + 1 && k != noun {
                t.head = noun + 1;
                if k > noun && t.upos == "PROPN" {
                    t.deprel = "appos".into();
                }
            }
        }
        make_finite(&mut fixed[verb], "VBZ");
        (fixed[noun].head, fixed[noun].deprel) = (verb + 1, "nsubj".into());
        (fixed[infinitive].head, fixed[infinitive].deprel) = (verb + 1, "xcomp".into());
    }
}

/// Repair 51: a verb in -s read as a plural noun before its infinitive.
///
/// Triple (noun, verb, infinitive): "The company plans to hire 2,000 workers." can come out
/// with "plans" a plural noun, the root, "company" its compound and "to hire ..." its `acl`:
/// a sentence without a verb. When the root is such a noun (tagged `NNS`) that WordNet also
/// knows as a verb in -s, a compound noun right before it (or a name, after a noun the parser
/// made its subject: "The energy company Nordvolt plans"), the infinitive ("to" and a base
/// verb) right after it, and no finite verb anywhere, the word is the verb: the noun its
/// subject, the infinitive its complement. Only in sentences with a full stop.
fn verbs_read_as_plural_nouns(tokens: &[Token]) -> Option<(usize, usize, usize)> {
    use crate::annotate::pos::wordnet;
    if !full_stop(tokens) || tokens.iter().any(finite_word) {
        return None;
    }
    let verb = tokens.iter().position(|t| t.head == 0)?;
    let (v, lower) = (&tokens[verb], tokens[verb].form.to_lowercase());
    let before = verb.checked_sub(1)?;
    // The subject: a noun the parser already made one ("The energy company Nordvolt plans",
    // with "company" the subject and "Nordvolt" a compound), else the compound noun right
    // before the word.
    let noun = kids_of(tokens, verb)
        .find(|&k| k < verb && tokens[k].deprel == "nsubj")
        .unwrap_or(before);
    let infinitive = verb + 2;
    let ok = v.xpos == "NNS"
        && wordnet::classes(&lower) & wordnet::VERB_S != 0
        && head_of(tokens, before) == Some(verb)
        && matches!(tokens[before].deprel.as_str(), "compound" | "nsubj")
        && matches!(tokens[noun].upos.as_str(), "NOUN" | "PROPN")
        && (noun == before || tokens[before].upos == "PROPN")
        && tokens.get(verb + 1).is_some_and(|t| t.xpos == "TO")
        && tokens
            .get(infinitive)
            .is_some_and(|t| t.xpos == "VB" && head_of(tokens, infinitive) == Some(verb));
    ok.then_some((noun, verb, infinitive))
}

#[cfg(test)]
#[path = "main_verbs_tests.rs"]
mod tests;
