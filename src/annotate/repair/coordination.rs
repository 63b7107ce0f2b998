//! Conjuncts on the wrong word: a verb coordinated with an object or an infinitive, a conjunct
//! stranded as a subject, an object or a clause taken by the wrong conjunct.
//!
//! The conjunct stranded as a subject. In "a future with ties between Chile and Peru has upside"
//! "Peru" can come out as a second subject of "has"; it is the conjunct of "Chile".
//!
//! A finite verb coordinated after a control infinitive ("urged nurses to return and promised to
//! meet them") cannot be its conjunct and joins the verb above it of the same tense.
//!
//! A verb coordinated with an object ("has destroyed 200 homes and forced residents to flee"
//! with "forced" a conjunct of "homes"): a verb with a complement of its own is the conjunct of
//! the verb.
//!
//! The object of a conjunct read as a second object ("visited a centre and thanked
//! volunteers" with "volunteers" on "visited"): it is the conjunct's.
//!
//! The subject of a clause after ", and" read as a conjunct of the first clause's object ("claim
//! several villages, and local disputes ... have escalated"): it is the second verb's subject
//! (repair 109).
//!
//! The second noun of "between X and Y" read as a conjunct of the noun the phrase modifies
//! ("talks between their union and terminal operators collapsed" with the operators
//! collapsing): it is the conjunct of X (repair 114).
//!
//! [`stranded_conjuncts`] and [`finite_conjuncts_of_infinitives`] are mended by the first pass
//! ([`super::first_pass`]), together with the other errors it finds; the `fix_` functions here run
//! after it, in the order of [`super::REPAIRS`].

use super::complements::predicate_read_as_modifier;
use super::draft::Draft;
use super::tree_helpers::{
    extent, hang_commas_on, has_case, head_of, kids_of, opening_comma, subject_rel, under,
    verb_of_object,
};
use super::words::{PERSON_NOUNS, auxiliary, make_finite};
use crate::annotate::ner::roles::is_role_noun;
use crate::document::Token;

/// Pairs (stranded conjunct, its first conjunct). In "a future with ties between Chile and Peru
/// has upside" the parser can make "Peru" a second subject of "has", with its "and". A second
/// subject introduced by a coordinator right after a noun inside the first subject is the
/// conjunct of that noun.
pub(super) fn stranded_conjuncts(tokens: &[Token]) -> Vec<(usize, usize)> {
    let head = |i: usize| head_of(tokens, i);
    // True when `i` lies in the subtree of `root` (bounded walk: the tree may be malformed).
    let within = |mut i: usize, root: usize| {
        for _ in 0..tokens.len() {
            if i == root {
                return true;
            }
            match head(i) {
                Some(h) => i = h,
                None => return false,
            }
        }
        false
    };
    let mut out = Vec::new();
    for v in 0..tokens.len() {
        let subjects: Vec<usize> = (0..v)
            .filter(|&c| head(c) == Some(v) && tokens[c].deprel == "nsubj")
            .collect();
        let [first, second] = subjects[..] else {
            continue;
        };
        if second < 2 || tokens[second - 1].upos != "CCONJ" || head(second - 1) != Some(second) {
            continue;
        }
        let before = second - 2;
        if before > first
            && matches!(tokens[before].upos.as_str(), "NOUN" | "PROPN")
            && within(before, first)
        {
            out.push((second, before));
        }
    }
    out
}

/// Pairs (conjunct, verb): a finite verb read as the conjunct of a "to" infinitive, which it
/// cannot coordinate with. In "She urged nurses to return and promised to meet them" the
/// parser can hang "promised" on "return"; it is the conjunct of the nearest verb above with
/// the same tense and person ("urged"), also when the tagger read "promised" as a participle.
pub(super) fn finite_conjuncts_of_infinitives(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (c, tk) in tokens.iter().enumerate() {
        if tk.deprel != "conj" || tk.upos != "VERB" {
            continue;
        }
        // A past participle without an auxiliary is the past tense the tagger took it for.
        let own_aux = kids_of(tokens, c).find(|&a| a < c && tokens[a].deprel.starts_with("aux"));
        let bare_participle = tk.xpos == "VBN" && own_aux.is_none();
        let tense = if bare_participle {
            Some("VBD")
        } else {
            tense_of(tokens, c)
        };
        let Some(tense) = tense else {
            continue;
        };
        let Some(h) = head_of(tokens, c) else {
            continue;
        };
        let infinitive = tokens[h].xpos == "VB"
            && kids_of(tokens, h)
                .any(|m| m < h && tokens[m].deprel == "mark" && tokens[m].lemma == "to");
        let own_subject = kids_of(tokens, c).any(|s| tokens[s].deprel.starts_with("nsubj"));
        // A verb phrase of its own: "and" right before it (and its auxiliary: "and had opened
        // talks") and a complement after it.
        let start = own_aux.unwrap_or(c);
        let coordinated = start > 0 && tokens[start - 1].deprel == "cc";
        let complement = kids_of(tokens, c)
            .any(|k| k > c && matches!(tokens[k].deprel.as_str(), "obj" | "xcomp" | "ccomp"));
        if !infinitive || own_subject || !coordinated || !complement {
            continue;
        }
        // The nearest predicate above in the same tense: a verb, or a predicate adjective or
        // noun whose copula is ("was ready to form a government and had opened talks"). A
        // present form without an auxiliary may be the base form the tagger mistook ("supposed
        // to read your mind and know"): only a verb in that very form.
        let same = |a: usize| {
            if own_aux.is_some() || tense != "VBP" {
                tense_of(tokens, a) == Some(tense)
            } else {
                tokens[a].xpos == tense
            }
        };
        let mut up = h;
        for _ in 0..10 {
            let Some(a) = head_of(tokens, up) else { break };
            if same(a) && a < c {
                out.push((c, a));
                break;
            }
            up = a;
        }
    }
    out
}

/// The tense a predicate is in: a finite verb's own tag, else its first auxiliary's or copula's
/// ("had opened" and "was ready" are past).
fn tense_of(tokens: &[Token], p: usize) -> Option<&str> {
    let finite = |k: usize| matches!(tokens[k].xpos.as_str(), "VBD" | "VBZ" | "VBP");
    if finite(p) {
        return Some(tokens[p].xpos.as_str());
    }
    kids_of(tokens, p)
        .find(|&a| a < p && auxiliary(&tokens[a]))
        .filter(|&a| finite(a))
        .map(|a| tokens[a].xpos.as_str())
}

/// Repair 32: mends what [`verbs_coordinated_with_objects`] finds.
pub(super) fn fix_verbs_coordinated_with_objects(d: &mut Draft) {
    for (conjunct, verb) in verbs_coordinated_with_objects(d.base()) {
        let fixed = d.edit();
        fixed[conjunct].head = verb + 1;
        if fixed[conjunct].deprel == "acl" {
            fixed[conjunct].deprel = "conj".into();
            // What the parser hung on the verb before its coordinator is the first verb's:
            // "as", the quote and "reckless" of 'rejected the move as "reckless" and accused'.
            let cc = kids_of(fixed, conjunct).find(|&k| fixed[k].deprel == "cc");
            let stranded: Vec<usize> = kids_of(fixed, conjunct)
                .filter(|&k| cc.is_some_and(|cc| k < cc))
                .collect();
            let word = stranded
                .iter()
                .copied()
                .find(|&k| !matches!(fixed[k].deprel.as_str(), "mark" | "punct"));
            for k in stranded {
                let function = matches!(fixed[k].deprel.as_str(), "mark" | "punct");
                fixed[k].head = match word {
                    Some(w) if function && k < w => w + 1,
                    _ => verb + 1,
                };
            }
        }
    }
}

/// Repair 32: a verb coordinated with an object.
///
/// Pairs (conjunct, verb): a finite or past verb with a complement of its own, coordinated
/// ("and" before it) with the object of a verb before it. In "has destroyed 200 homes and forced
/// residents to flee" a noun has no verb for a conjunct: "forced" is the conjunct of
/// "destroyed", and what it did is the fire's too. So is a verb coordinated with an adjective
/// after the object ("called the threat unlawful and promised to ..."), and a finite verb after
/// its coordinator read as a modifier (`acl`) of the object.
fn verbs_coordinated_with_objects(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (c, tk) in tokens.iter().enumerate() {
        // Also read as a modifier of the object, with its own coordinator right before it
        // ('rejected the move as "reckless" and accused Norvania of ...').
        let modifier = tk.deprel == "acl"
            && matches!(tk.xpos.as_str(), "VBD" | "VBZ" | "VBP")
            && c > 0
            && tokens[c - 1].deprel == "cc"
            && tokens[c - 1].head == c + 1;
        if tk.deprel != "conj" && !modifier || tk.upos != "VERB" {
            continue;
        }
        if !matches!(tk.xpos.as_str(), "VBD" | "VBZ" | "VBP" | "VBN") {
            continue;
        }
        // The adjective that says what the object is called or made stands for the object.
        let object = |n: usize| match predicate_read_as_modifier(tokens, n) {
            Some(_) => head_of(tokens, n).unwrap_or(n),
            None => n,
        };
        let Some(n) = head_of(tokens, c).map(object).filter(|&n| n < c) else {
            continue;
        };
        // Also a noun of time or place after the object, when the conjunct shares the
        // subject ("claimed victory shortly after midnight and thanked supporters" with
        // "thanked" on "midnight").
        let own_subject = kids_of(tokens, c).any(|k| tokens[k].deprel.starts_with("nsubj"));
        let oblique = |n: usize| {
            head_of(tokens, n).filter(|&v| {
                v < n
                    && tokens[v].upos == "VERB"
                    && tokens[n].deprel.starts_with("obl")
                    && !own_subject
            })
        };
        let Some(v) = verb_of_object(tokens, n).or_else(|| oblique(n)) else {
            continue;
        };
        let coordinated = kids_of(tokens, c).any(|k| k < c && tokens[k].deprel == "cc");
        let complement = kids_of(tokens, c)
            .any(|k| k > c && matches!(tokens[k].deprel.as_str(), "obj" | "xcomp" | "ccomp"));
        if coordinated && complement && matches!(tokens[n].upos.as_str(), "NOUN" | "PROPN") {
            out.push((c, v));
        }
    }
    out
}

/// Repair 35: mends what [`objects_of_conjuncts`] finds.
pub(super) fn fix_objects_of_conjuncts(d: &mut Draft) {
    for (object, conjunct) in objects_of_conjuncts(d.base()) {
        let fixed = d.edit();
        fixed[object].head = conjunct + 1;
    }
}

/// Repair 35: the object of a conjunct read as a second object of the first verb.
///
/// Pairs (object, conjunct): "visited a shelter in Redmont and thanked volunteers who ..." can
/// come out with "volunteers" a second object of "visited" and "thanked" without one. A verb
/// has one direct object; the later one, after the verb's conjunct that has none, is the
/// conjunct's. So is the object of a passive verb ("were convicted and received sentences").
fn objects_of_conjuncts(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (o2, t) in tokens.iter().enumerate() {
        if t.deprel != "obj" {
            continue;
        }
        let Some(v) = head_of(tokens, o2).filter(|&v| v < o2) else {
            continue;
        };
        let first_object = kids_of(tokens, v).any(|o| o < o2 && tokens[o].deprel == "obj");
        // A passive verb has no object to take either: "were convicted and received
        // sentences".
        let passive = kids_of(tokens, v).any(|k| tokens[k].deprel.ends_with(":pass"));
        let conjunct = kids_of(tokens, v).filter(|&c| c < o2).last().filter(|&c| {
            tokens[c].deprel == "conj"
                && tokens[c].upos == "VERB"
                && !kids_of(tokens, c).any(|k| matches!(tokens[k].deprel.as_str(), "obj" | "ccomp"))
                && (c + 1..o2).all(|k| under(tokens, k, &[o2]))
        });
        if let (true, Some(c)) = (first_object || passive, conjunct) {
            out.push((o2, c));
        }
    }
    out
}

/// Repair 56: mends what [`clauses_read_as_noun_conjuncts`] finds.
pub(super) fn fix_clauses_read_as_noun_conjuncts(d: &mut Draft) {
    for r in clauses_read_as_noun_conjuncts(d.base()) {
        let fixed = d.edit();
        if fixed[r.verb].xpos == "VBN" {
            make_finite(&mut fixed[r.verb], "VBD");
        }
        (fixed[r.verb].head, fixed[r.verb].deprel) = (r.main + 1, "conj".into());
        (fixed[r.noun].head, fixed[r.noun].deprel) = (r.verb + 1, "nsubj".into());
        fixed[r.cc].head = r.verb + 1;
        (fixed[r.comma].head, fixed[r.comma].deprel) = (r.verb + 1, "punct".into());
    }
}

/// A clause after ", and" read as a noun conjunct ([`clauses_read_as_noun_conjuncts`]).
#[derive(Debug, PartialEq, Eq)]
struct NounConjunct {
    main: usize,
    noun: usize,
    verb: usize,
    cc: usize,
    comma: usize,
}

/// Repair 56: a clause after ", and" read as a noun coordinated with a noun of the first clause.
///
/// "The ferry sank near the island, and coastguard boats rescued 40 passengers." can come out
/// with "boats" a conjunct of "island" and "rescued" (tagged `VBN`) a participle on "boats"
/// with its own object: the ferry sank near the boats. A participle or past tense right after
/// a noun conjunct opened by a comma and a coordinator, with an object of its own and no
/// auxiliary, subject, marker or agent, is the verb of a coordinated clause: the conjunct of
/// the first verb above, with the noun its subject.
fn clauses_read_as_noun_conjuncts(tokens: &[Token]) -> Vec<NounConjunct> {
    (1..tokens.len())
        .filter_map(|verb| {
            let v = &tokens[verb];
            let noun = verb - 1;
            let participle = v.upos == "VERB"
                && matches!(v.xpos.as_str(), "VBN" | "VBD")
                && v.deprel == "acl"
                && head_of(tokens, verb) == Some(noun)
                && kids_of(tokens, verb).any(|k| k > verb && tokens[k].deprel == "obj")
                && !kids_of(tokens, verb).any(|k| {
                    tokens[k].deprel.starts_with("aux")
                        || tokens[k].deprel.starts_with("nsubj")
                        || matches!(tokens[k].deprel.as_str(), "mark" | "obl:agent")
                });
            let n = &tokens[noun];
            if !participle || !matches!(n.upos.as_str(), "NOUN" | "PROPN") || n.deprel != "conj" {
                return None;
            }
            let cc = kids_of(tokens, noun).find(|&k| k < noun && tokens[k].deprel == "cc")?;
            let comma = cc.checked_sub(1).filter(|&c| tokens[c].form == ",")?;
            // The first verb above the noun.
            let mut main = head_of(tokens, noun)?;
            for _ in 0..tokens.len() {
                if tokens[main].upos == "VERB" {
                    break;
                }
                main = head_of(tokens, main)?;
            }
            (tokens[main].upos == "VERB" && main < comma).then_some(NounConjunct {
                main,
                noun,
                verb,
                cc,
                comma,
            })
        })
        .collect()
}

/// Repair 109: mends what [`clause_subjects_read_as_object_conjuncts`] finds.
pub(super) fn fix_clause_subjects_read_as_object_conjuncts(d: &mut Draft) {
    for c in clause_subjects_read_as_object_conjuncts(d.base()) {
        let fixed = d.edit();
        // What the parser hung on the wrong noun inside the subject's phrase goes to the
        // subject ("over irrigation channels").
        for k in c.noun + 1..c.start {
            if head_of(fixed, k).is_some_and(|h| h < c.noun || h >= c.start) {
                fixed[k].head = c.noun + 1;
            }
        }
        if let Some((open, _)) = c.named {
            let name = open + 1;
            (fixed[name].head, fixed[name].deprel) = (c.noun + 1, "appos".into());
            hang_commas_on(fixed, name);
        }
        let rel = subject_rel(fixed, c.verb);
        (fixed[c.noun].head, fixed[c.noun].deprel) = (c.verb + 1, rel.into());
        (fixed[c.verb].head, fixed[c.verb].deprel) = (c.main + 1, "conj".into());
        (fixed[c.cc].head, fixed[c.cc - 1].head) = (c.verb + 1, c.verb + 1);
    }
}

/// Repair 109: the subject of a coordinated clause read as a conjunct of the first clause's
/// object.
///
/// "Both sides claim several villages, and local disputes over irrigation channels have
/// repeatedly escalated" can come out with "disputes" a conjunct of "villages" and "escalated"
/// an adverbial clause of "claim" without a subject, so the sides escalate. A noun conjunct
/// opened by a comma and a coordinator, under the first verb, whose phrase (nouns, adjectives,
/// prepositions, determiners, numbers) runs right up to a finite verb with no subject, marker
/// or coordinator of its own that hangs on that first verb, is the second clause's subject;
/// the verb is the first verb's conjunct.
struct ObjectConjunct {
    /// The noun ("disputes"), its coordinator, the verb ("escalated"), the verb's first word
    /// (its auxiliary or adverb, "have") and the first clause's verb ("claim").
    noun: usize,
    cc: usize,
    verb: usize,
    start: usize,
    main: usize,
    /// The commas around a name that renames the noun, if any.
    named: Option<(usize, usize)>,
}

fn clause_subjects_read_as_object_conjuncts(tokens: &[Token]) -> Vec<ObjectConjunct> {
    let mut out = Vec::new();
    for (v, tk) in tokens.iter().enumerate() {
        let finite = matches!(tk.xpos.as_str(), "VBD" | "VBZ" | "VBP")
            || kids_of(tokens, v).any(|k| {
                tokens[k].deprel.starts_with("aux")
                    && matches!(tokens[k].xpos.as_str(), "VBD" | "VBZ" | "VBP" | "MD")
            });
        let own = kids_of(tokens, v).any(|k| {
            let d = tokens[k].deprel.as_str();
            d.starts_with("nsubj")
                || d.starts_with("csubj")
                || d == "mark"
                || d == "expl"
                || (k < v && d == "cc")
        });
        if tk.upos != "VERB" || !matches!(tk.deprel.as_str(), "advcl" | "conj") || !finite || own {
            continue;
        }
        let Some(main) = head_of(tokens, v).filter(|&m| m < v && tokens[m].upos == "VERB") else {
            continue;
        };
        // The verb's auxiliaries and adverbs right before it.
        let mut start = v;
        while start > 0
            && head_of(tokens, start - 1) == Some(v)
            && matches!(
                tokens[start - 1].deprel.as_str(),
                "aux" | "aux:pass" | "advmod"
            )
        {
            start -= 1;
        }
        let phrase_word = |k: usize| {
            matches!(
                tokens[k].upos.as_str(),
                "NOUN" | "PROPN" | "ADJ" | "ADP" | "DET" | "NUM"
            ) || (tokens[k].upos == "PART" && tokens[k].xpos == "POS")
        };
        // A name between commas right before the verb renames the subject ("and its
        // president, Ivo Petrash, urged"): the phrase ends before it.
        let named = named_before(tokens, start);
        let end = named.map_or(start, |(open, _)| open);
        // The noun conjunct: the nearest noun before the verb, in a run of phrase words, that
        // is a conjunct of a noun of the first verb's after ", and".
        let found = (0..end)
            .rev()
            .take_while(|&k| phrase_word(k))
            .filter(|&k| {
                tokens[k].deprel == "conj"
                    && matches!(tokens[k].upos.as_str(), "NOUN" | "PROPN")
                    && under(tokens, k, &[main])
                    // The first conjunct is a noun of the first clause, not a verb.
                    && head_of(tokens, k).is_some_and(|h| tokens[h].upos != "VERB")
            })
            .find_map(|noun| {
                let cc = kids_of(tokens, noun)
                    .find(|&k| k < noun && tokens[k].deprel == "cc" && tokens[k].upos == "CCONJ")?;
                (cc > 0 && tokens[cc - 1].form == ",").then_some((noun, cc))
            });
        if let Some((noun, cc)) = found {
            out.push(ObjectConjunct {
                noun,
                cc,
                verb: v,
                start,
                main,
                named,
            });
        }
    }
    out
}

/// The commas around a name that ends right before word `k` (", Ivo Petrash ,"): a comma, one
/// to four proper nouns, a comma.
fn named_before(tokens: &[Token], k: usize) -> Option<(usize, usize)> {
    let close = k.checked_sub(1).filter(|&c| tokens[c].form == ",")?;
    let open = (close.saturating_sub(6)..close)
        .rev()
        .find(|&j| tokens[j].upos != "PROPN")?;
    (open + 1 < close && tokens[open].form == ",").then_some((open, close))
}

/// Repair 114: mends what [`conjuncts_past_between`] finds.
pub(super) fn fix_conjuncts_past_between(d: &mut Draft) {
    for (conjunct, first) in conjuncts_past_between(d.base()) {
        d.edit()[conjunct].head = first + 1;
    }
}

/// Repair 114: the second noun of "between X and Y" read as a conjunct of the noun before.
///
/// Pairs (conjunct, first conjunct): "after talks between their union and terminal operators
/// collapsed" can come out with "operators" a conjunct of "talks", so that the operators
/// collapsed. "between" needs two things: a noun after "between" with no conjunct of its own,
/// whose phrase is followed right away by a coordinator and a noun coordinated with the noun
/// the "between" phrase modifies, has that noun for its conjunct.
fn conjuncts_past_between(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (c, tk) in tokens.iter().enumerate() {
        if tk.deprel != "conj" || !matches!(tk.upos.as_str(), "NOUN" | "PROPN") {
            continue;
        }
        let Some(h) = head_of(tokens, c).filter(|&h| h < c) else {
            continue;
        };
        let Some(cc) = kids_of(tokens, c).find(|&k| k < c && tokens[k].deprel == "cc") else {
            continue;
        };
        let Some(first) = kids_of(tokens, h).filter(|&m| m < cc).find(|&m| {
            tokens[m].deprel == "nmod"
                && has_case(tokens, m, "between")
                && !kids_of(tokens, m).any(|k| tokens[k].deprel == "conj")
        }) else {
            continue;
        };
        if extent(tokens, first).1 + 1 == cc {
            out.push((c, first));
        }
    }
    out
}

/// Repair 145: mends what [`prepositional_conjuncts_on_heads`] finds.
pub(super) fn fix_prepositional_conjuncts_on_heads(d: &mut Draft) {
    for (conjunct, first) in prepositional_conjuncts_on_heads(d.base()) {
        d.edit()[conjunct].head = first + 1;
    }
}

/// Repair 145: the second of two phrases with the same preposition read as a conjunct of the
/// noun the first one modifies.
///
/// Pairs (conjunct, first phrase): "This is an important day for families and for our
/// hospitals" can come out with "hospitals" a conjunct of "day", so the speaker told of the
/// hospitals. A conjunct with its own preposition, right after a coordinator that follows a
/// phrase with the same preposition on the conjunct's head (which has no such preposition
/// itself), repeats that phrase: it is the phrase's conjunct.
fn prepositional_conjuncts_on_heads(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (c, tk) in tokens.iter().enumerate() {
        if tk.deprel != "conj" || !matches!(tk.upos.as_str(), "NOUN" | "PROPN" | "PRON") {
            continue;
        }
        let Some(h) = head_of(tokens, c).filter(|&h| h < c) else {
            continue;
        };
        let Some(cc) = kids_of(tokens, c).find(|&k| k < c && tokens[k].deprel == "cc") else {
            continue;
        };
        let Some(p) = kids_of(tokens, c).find(|&k| k > cc && k < c && tokens[k].deprel == "case")
        else {
            continue;
        };
        let word = tokens[p].lemma.to_lowercase();
        if has_case(tokens, h, &word) {
            continue;
        }
        let first = kids_of(tokens, h).filter(|&m| m < cc).find(|&m| {
            matches!(tokens[m].deprel.as_str(), "nmod" | "obl")
                && has_case(tokens, m, &word)
                && !kids_of(tokens, m).any(|k| tokens[k].deprel == "conj")
        });
        if let Some(first) = first.filter(|&m| extent(tokens, m).1 + 1 == cc) {
            out.push((c, first));
        }
    }
    out
}

/// Repair 135: mends what [`name_lists_read_as_appositions`] finds.
pub(super) fn fix_name_lists_read_as_appositions(d: &mut Draft) {
    for (first, second, last) in name_lists_read_as_appositions(d.base()) {
        let fixed = d.edit();
        (fixed[second].head, fixed[second].deprel) = (first + 1, "conj".into());
        (fixed[last].head, fixed[last].deprel) = (first + 1, "conj".into());
    }
}

/// Repair 135: a list of three names read as a name with an apposition that has a conjunct.
///
/// Triples (first, second, third name): "Calderan Pharma, Meridex Laboratories and Tessaly
/// Health shared price lists" can come out with "Meridex Laboratories" an apposition of
/// "Calderan Pharma" and "Tessaly Health" its conjunct, so that the first company is the other
/// two and alone shared the lists. A name is not renamed by two names joined by "and": when a
/// name's apposition, opened by a comma right after the name, is a name with a conjunct name
/// after "and" or "or", neither with an article, and no comma follows, the three are one list.
fn name_lists_read_as_appositions(tokens: &[Token]) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    let name = |k: usize| tokens[k].upos == "PROPN";
    for (second, tk) in tokens.iter().enumerate() {
        if tk.deprel != "appos" || !name(second) {
            continue;
        }
        let Some(first) = head_of(tokens, second).filter(|&f| f < second && name(f)) else {
            continue;
        };
        // The comma right after the first name ("on the West Front of this citadel, Joe Biden
        // and ... were" is no list), and names without an article ("in Saratoga Springs, New
        // York and an Edward Steichen exhibit").
        let comma = extent(tokens, second).0;
        let opened = comma > 0
            && tokens[comma].form == ","
            && (comma - 1 == first
                || head_of(tokens, comma - 1) == Some(first)
                    && matches!(tokens[comma - 1].deprel.as_str(), "flat" | "compound"));
        let bare = |k: usize| !kids_of(tokens, k).any(|d| tokens[d].deprel == "det");
        let last = kids_of(tokens, second).find(|&k| {
            k > second
                && tokens[k].deprel == "conj"
                && name(k)
                && kids_of(tokens, k).any(|c| {
                    tokens[c].deprel == "cc" && matches!(tokens[c].lemma.as_str(), "and" | "or")
                })
        });
        let Some(last) = last.filter(|&l| bare(l) && bare(second)) else {
            continue;
        };
        // "Acme, Smith and Jones' parent, said": a comma after the list closes an apposition.
        let end = extent(tokens, second).1;
        let closed = tokens.get(end + 1).is_some_and(|t| t.form == ",");
        if opened && !closed {
            out.push((first, second, last));
        }
    }
    out
}

/// Repair 140: mends what [`noun_lists_read_as_appositions`] finds.
pub(super) fn fix_noun_lists_read_as_appositions(d: &mut Draft) {
    for (first, second, last) in noun_lists_read_as_appositions(d.base()) {
        let fixed = d.edit();
        (fixed[second].head, fixed[second].deprel) = (first + 1, "conj".into());
        (fixed[last].head, fixed[last].deprel) = (first + 1, "conj".into());
    }
}

/// Repair 140: a list of three things read as a thing with an apposition (or a bare second
/// argument) that has a conjunct.
///
/// Triples (first, second, third noun): "steered contracts for a new tram line, two schools and
/// a waterfront redevelopment" can come out with "schools" an apposition of "contracts" and
/// "redevelopment" its conjunct, so that the line is two schools; "invest 120 million euros in
/// the squad, the training ground and the club's stadium" with "ground" a second, bare oblique
/// of "invest". One thing is not renamed by two things joined by "and": a common noun with its
/// own determiner, number or possessive right after the comma that ends the phrase of a singular
/// common noun (or of the noun its "of" phrase modifies), with no preposition of its own,
/// hanging above that noun (as an apposition, an object or an oblique), with a conjunct after "and" or "or" that has its own determiner,
/// number or possessive too, is the second item of a list whose first is that noun. Not when a
/// person is named ("the mayor, a lawyer and a former judge") or a comma closes the phrase.
fn noun_lists_read_as_appositions(tokens: &[Token]) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    let determined = |k: usize| {
        kids_of(tokens, k)
            .any(|d| d < k && matches!(tokens[d].deprel.as_str(), "det" | "nummod" | "nmod:poss"))
    };
    let thing = |k: usize| {
        tokens[k].upos == "NOUN"
            && !PERSON_NOUNS.contains(&tokens[k].lemma.to_lowercase().as_str())
            && !is_role_noun(&tokens[k].form)
    };
    for second in 0..tokens.len() {
        if !thing(second)
            || !matches!(
                tokens[second].deprel.as_str(),
                "appos" | "obl" | "obj" | "nmod"
            )
            || kids_of(tokens, second).any(|c| tokens[c].deprel == "case")
            || !determined(second)
        {
            continue;
        }
        let Some(comma) = opening_comma(tokens, second).filter(|&c| c > 0) else {
            continue;
        };
        // The first item ends at the comma; its "of" phrase is part of it ("a beam of light, an
        // electron, or ...").
        let mut first = comma - 1;
        if extent(tokens, first).1 != first {
            continue;
        }
        while tokens[first].deprel == "nmod"
            && has_case(tokens, first, "of")
            && let Some(h) = head_of(tokens, first).filter(|&h| tokens[h].upos == "NOUN")
        {
            first = h;
        }
        let Some(above) = head_of(tokens, second) else {
            continue;
        };
        if !thing(first)
            || tokens[first].xpos != "NN"
            || !(first == above || under(tokens, first, &[above]))
        {
            continue;
        }
        let last = kids_of(tokens, second).find(|&k| {
            k > second
                && tokens[k].deprel == "conj"
                && thing(k)
                && determined(k)
                && kids_of(tokens, k).any(|c| {
                    tokens[c].deprel == "cc" && matches!(tokens[c].lemma.as_str(), "and" | "or")
                })
        });
        let end = extent(tokens, second).1;
        let closed = tokens.get(end + 1).is_some_and(|t| t.form == ",");
        if let Some(last) = last.filter(|_| !closed) {
            out.push((first, second, last));
        }
    }
    out
}

/// Repair 123: mends what [`subject_lists_read_as_appositions`] finds.
pub(super) fn fix_subject_lists_read_as_appositions(d: &mut Draft) {
    for l in subject_lists_read_as_appositions(d.base()) {
        let fixed = d.edit();
        (fixed[l.second].head, fixed[l.second].deprel) = (l.first + 1, "conj".into());
        (fixed[l.last].head, fixed[l.last].deprel) = (l.first + 1, "conj".into());
        (fixed[l.cc].head, fixed[l.cc].deprel) = (l.last + 1, "cc".into());
    }
}

/// Repair 123: a list of three subjects read as a subject with an apposition and a second
/// subject.
///
/// "Two patrol boats, a helicopter and more than 30 fishing boats had joined the search" can
/// come out with "helicopter" an apposition of the first "boats" and the last "boats" a second
/// subject of "joined", its "and" hung inside it: the helicopter is the boats, and only the
/// boats joined. A verb's second subject whose words open with "and" or "or", right after a
/// common noun in apposition that ends the first subject, names the third item of a list: the
/// apposition and the second subject are conjuncts of the first, the coordinator the last's.
/// Not for a name in apposition ("the chairman, Ian Moss and ...").
struct SubjectList {
    first: usize,
    second: usize,
    cc: usize,
    last: usize,
}

fn subject_lists_read_as_appositions(tokens: &[Token]) -> Vec<SubjectList> {
    let mut out = Vec::new();
    for v in 0..tokens.len() {
        let subjects: Vec<usize> = kids_of(tokens, v)
            .filter(|&s| s < v && tokens[s].deprel == "nsubj")
            .collect();
        let &[first, last] = &subjects[..] else {
            continue;
        };
        let cc = extent(tokens, last).0;
        if tokens[cc].upos != "CCONJ" || !matches!(tokens[cc].lemma.as_str(), "and" | "or") {
            continue;
        }
        let second = kids_of(tokens, first).find(|&y| {
            y > first
                && tokens[y].deprel == "appos"
                && tokens[y].upos == "NOUN"
                && extent(tokens, y).1 + 1 == cc
                && tokens[extent(tokens, y).0].form == ","
        });
        let noun = matches!(tokens[first].upos.as_str(), "NOUN" | "PROPN");
        if let Some(second) = second.filter(|_| noun && extent(tokens, first).1 + 1 == cc) {
            out.push(SubjectList {
                first,
                second,
                cc,
                last,
            });
        }
    }
    out
}

/// Repair 131: mends what [`subjects_read_as_verb_conjuncts`] finds.
pub(super) fn fix_subjects_read_as_verb_conjuncts(d: &mut Draft) {
    for (noun, verb) in subjects_read_as_verb_conjuncts(d.base()) {
        let fixed = d.edit();
        let first = fixed[verb].head;
        // The coordinator and the comma before it go with the clause.
        for t in fixed.iter_mut().take(noun) {
            if t.head == noun + 1 && matches!(t.deprel.as_str(), "cc" | "punct") {
                t.head = verb + 1;
            }
        }
        (fixed[verb].head, fixed[verb].deprel) = (first, "conj".into());
        let rel = subject_rel(fixed, verb);
        (fixed[noun].head, fixed[noun].deprel) = (verb + 1, rel.into());
    }
}

/// Repair 131: the subject of a clause after "and" read as a conjunct of the verb before it.
///
/// Pairs (noun, verb): "have offered to assist with the investigation, and a joint team of
/// specialists arrived in Brandt" can come out with "team" a conjunct of "assist" and "arrived"
/// an adverbial clause without a subject. A noun coordinated with a verb, right before a finite
/// verb that has no subject and hangs on a verb before it, is that verb's subject, and the verb
/// is the conjunct of the one it hangs on.
fn subjects_read_as_verb_conjuncts(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (n, tk) in tokens.iter().enumerate() {
        if tk.deprel != "conj" || !matches!(tk.upos.as_str(), "NOUN" | "PROPN") {
            continue;
        }
        if !head_of(tokens, n).is_some_and(|h| h < n && tokens[h].upos == "VERB") {
            continue;
        }
        let coordinated = kids_of(tokens, n).any(|k| k < n && tokens[k].deprel == "cc");
        let end = extent(tokens, n).1;
        let Some(v) = (end + 1 < tokens.len()).then_some(end + 1) else {
            continue;
        };
        let verb = tokens[v].upos == "VERB"
            && matches!(tokens[v].xpos.as_str(), "VBD" | "VBZ" | "VBP")
            && matches!(
                tokens[v].deprel.as_str(),
                "advcl" | "conj" | "parataxis" | "dep"
            )
            && !kids_of(tokens, v).any(|k| {
                tokens[k].deprel.starts_with("nsubj")
                    || matches!(tokens[k].deprel.as_str(), "mark" | "cc")
            })
            && head_of(tokens, v).is_some_and(|h| h < n && tokens[h].upos == "VERB");
        if coordinated && verb {
            out.push((n, v));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotate::repair::repaired;

    #[test]
    fn a_second_phrase_with_the_same_preposition_is_the_firsts_conjunct() {
        // "It is a day for families and for hospitals ." with "hospitals" a conjunct of "day".
        let spec = [
            ("It", "it", "PRON", "PRP", 4, "nsubj"),
            ("is", "be", "AUX", "VBZ", 4, "cop"),
            ("a", "a", "DET", "DT", 4, "det"),
            ("day", "day", "NOUN", "NN", 0, "root"),
            ("for", "for", "ADP", "IN", 6, "case"),
            ("families", "family", "NOUN", "NNS", 4, "nmod"),
            ("and", "and", "CCONJ", "CC", 9, "cc"),
            ("for", "for", "ADP", "IN", 9, "case"),
            ("hospitals", "hospital", "NOUN", "NNS", 4, "conj"),
            (".", ".", "PUNCT", ".", 4, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        assert_eq!((fixed[8].head, fixed[8].deprel.as_str()), (6, "conj"));
        // Another preposition starts a phrase of the head's own ("a day for families and
        // with friends" may be either; left alone).
        let mut with = spec;
        with[7] = ("with", "with", "ADP", "IN", 9, "case");
        assert!(prepositional_conjuncts_on_heads(&tokens(&with)).is_empty());
    }
    use crate::annotate::repair::testing::{arcs_of, repaired_or_same, tokens};

    #[test]
    fn three_things_read_as_a_thing_with_an_apposition_are_a_list() {
        // "steered contracts for a line , two schools and a park ." with "schools" an
        // apposition of "contracts" and "park" its conjunct.
        let spec = [
            ("steered", "steer", "VERB", "VBD", 0, "root"),
            ("contracts", "contract", "NOUN", "NNS", 1, "obj"),
            ("for", "for", "ADP", "IN", 5, "case"),
            ("a", "a", "DET", "DT", 5, "det"),
            ("line", "line", "NOUN", "NN", 2, "nmod"),
            (",", ",", "PUNCT", ",", 8, "punct"),
            ("two", "two", "NUM", "CD", 8, "nummod"),
            ("schools", "school", "NOUN", "NNS", 2, "appos"),
            ("and", "and", "CCONJ", "CC", 11, "cc"),
            ("a", "a", "DET", "DT", 11, "det"),
            ("park", "park", "NOUN", "NN", 8, "conj"),
            (".", ".", "PUNCT", ".", 1, "punct"),
        ];
        let fixed = repaired_or_same(&spec);
        assert_eq!(arcs_of(&fixed)[7], (5, "conj"));
        assert_eq!(arcs_of(&fixed)[10], (5, "conj"));
        // A bare oblique after the comma, as in "invest in the squad , the ground and the
        // stadium", is the second item too; a person ("the mayor , a lawyer and a judge") and a
        // plural first noun ("two leaders , a president and a premier") are renamed.
        let mut people = spec;
        people[4] = ("mayor", "mayor", "NOUN", "NN", 2, "nmod");
        assert_eq!(arcs_of(&repaired_or_same(&people))[7], (2, "appos"));
        let mut plural = spec;
        plural[4] = ("lines", "line", "NOUN", "NNS", 2, "nmod");
        assert_eq!(arcs_of(&repaired_or_same(&plural))[7], (2, "appos"));
        // Nor without a determiner on the conjunct ("its founder , chairman and chief").
        let mut bare = spec;
        bare[9] = ("new", "new", "ADJ", "JJ", 11, "amod");
        assert_eq!(arcs_of(&repaired_or_same(&bare))[7], (2, "appos"));
    }

    #[test]
    fn a_verb_with_its_auxiliary_after_an_infinitive_joins_the_predicate_above() {
        // "He said he was ready to form a government and had opened talks ." with "opened" a
        // conjunct of "form".
        let spec = [
            ("He", "he", "PRON", "PRP", 2, "nsubj"),
            ("said", "say", "VERB", "VBD", 0, "root"),
            ("he", "he", "PRON", "PRP", 5, "nsubj"),
            ("was", "be", "AUX", "VBD", 5, "cop"),
            ("ready", "ready", "ADJ", "JJ", 2, "ccomp"),
            ("to", "to", "PART", "TO", 7, "mark"),
            ("form", "form", "VERB", "VB", 5, "xcomp"),
            ("a", "a", "DET", "DT", 9, "det"),
            ("government", "government", "NOUN", "NN", 7, "obj"),
            ("and", "and", "CCONJ", "CC", 12, "cc"),
            ("had", "have", "AUX", "VBD", 12, "aux"),
            ("opened", "open", "VERB", "VBN", 7, "conj"),
            ("talks", "talk", "NOUN", "NNS", 12, "obj"),
            (".", ".", "PUNCT", ".", 2, "punct"),
        ];
        assert_eq!(arcs_of(&repaired_or_same(&spec))[11], (5, "conj"));
        // A present form without an auxiliary may be a base form: "I 'm supposed to read it
        // and know" keeps "know" on "read".
        let spec = [
            ("I", "I", "PRON", "PRP", 3, "nsubj:pass"),
            ("'m", "be", "AUX", "VBP", 3, "aux:pass"),
            ("supposed", "suppose", "VERB", "VBN", 0, "root"),
            ("to", "to", "PART", "TO", 5, "mark"),
            ("read", "read", "VERB", "VB", 3, "xcomp"),
            ("it", "it", "PRON", "PRP", 5, "obj"),
            ("and", "and", "CCONJ", "CC", 8, "cc"),
            ("know", "know", "VERB", "VBP", 5, "conj"),
            ("what", "what", "PRON", "WP", 8, "obj"),
            (".", ".", "PUNCT", ".", 3, "punct"),
        ];
        assert_eq!(arcs_of(&repaired_or_same(&spec))[7], (5, "conj"));
    }

    #[test]
    fn three_names_read_as_a_name_with_an_apposition_are_a_list() {
        // "Calderan , Meridex and Tessaly shared lists ." with "Meridex" an apposition of
        // "Calderan" and "Tessaly" its conjunct.
        let spec = [
            ("Calderan", "Calderan", "PROPN", "NNP", 6, "nsubj"),
            (",", ",", "PUNCT", ",", 3, "punct"),
            ("Meridex", "Meridex", "PROPN", "NNP", 1, "appos"),
            ("and", "and", "CCONJ", "CC", 5, "cc"),
            ("Tessaly", "Tessaly", "PROPN", "NNP", 3, "conj"),
            ("shared", "share", "VERB", "VBD", 0, "root"),
            ("lists", "list", "NOUN", "NNS", 6, "obj"),
            (".", ".", "PUNCT", ".", 6, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!((arcs[2], arcs[4]), ((1, "conj"), (1, "conj")));
        assert_eq!(arcs[3], (5, "cc"));
        // With an article ("the Nations and United States") or a comma closing the phrase,
        // an apposition may be one.
        let mut article = spec.to_vec();
        article.insert(2, ("the", "the", "DET", "DT", 4, "det"));
        for t in article.iter_mut().skip(3) {
            t.4 += usize::from(t.4 > 2);
        }
        article[0].4 = 7;
        article[1].4 = 4;
        assert!(name_lists_read_as_appositions(&tokens(&article)).is_empty());
        let mut closed = spec.to_vec();
        closed[5] = (",", ",", "PUNCT", ",", 1, "punct");
        assert!(name_lists_read_as_appositions(&tokens(&closed)).is_empty());
    }

    #[test]
    fn three_subjects_read_as_an_apposition_and_a_second_subject_are_a_list() {
        // "Two boats , a helicopter and more than 30 trawlers joined ." with the helicopter an
        // apposition of the boats and the trawlers a second subject, "and" hung on "more".
        let spec = [
            ("Two", "two", "NUM", "CD", 2, "nummod"),
            ("boats", "boat", "NOUN", "NNS", 11, "nsubj"),
            (",", ",", "PUNCT", ",", 5, "punct"),
            ("a", "a", "DET", "DT", 5, "det"),
            ("helicopter", "helicopter", "NOUN", "NN", 2, "appos"),
            ("and", "and", "CCONJ", "CC", 7, "cc"),
            ("more", "more", "ADJ", "JJR", 9, "advmod"),
            ("than", "than", "ADP", "IN", 7, "fixed"),
            ("30", "30", "NUM", "CD", 10, "nummod"),
            ("trawlers", "trawler", "NOUN", "NNS", 11, "nsubj"),
            ("joined", "join", "VERB", "VBD", 0, "root"),
            (".", ".", "PUNCT", ".", 11, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(arcs[1], (11, "nsubj"));
        assert_eq!(arcs[4], (2, "conj"));
        assert_eq!(arcs[5], (10, "cc"));
        assert_eq!(arcs[9], (2, "conj"));
        // A name in apposition stays one: "The chairman , Ian Moss and his deputy resigned".
        let spec = [
            ("The", "the", "DET", "DT", 2, "det"),
            ("chairman", "chairman", "NOUN", "NN", 9, "nsubj"),
            (",", ",", "PUNCT", ",", 4, "punct"),
            ("Ian", "Ian", "PROPN", "NNP", 2, "appos"),
            ("Moss", "Moss", "PROPN", "NNP", 4, "flat"),
            ("and", "and", "CCONJ", "CC", 8, "cc"),
            ("his", "his", "PRON", "PRP$", 8, "nmod:poss"),
            ("deputy", "deputy", "NOUN", "NN", 9, "nsubj"),
            ("resigned", "resign", "VERB", "VBD", 0, "root"),
            (".", ".", "PUNCT", ".", 9, "punct"),
        ];
        assert_eq!(arcs_of(&repaired_or_same(&spec))[3], (2, "appos"));
    }

    #[test]
    fn the_second_noun_of_between_is_the_first_nouns_conjunct() {
        // "talks between the union and operators collapsed" with "operators" a conjunct of
        // "talks".
        let spec = [
            ("talks", "talk", "NOUN", "NNS", 7, "nsubj"),
            ("between", "between", "ADP", "IN", 4, "case"),
            ("the", "the", "DET", "DT", 4, "det"),
            ("union", "union", "NOUN", "NN", 1, "nmod"),
            ("and", "and", "CCONJ", "CC", 6, "cc"),
            ("operators", "operator", "NOUN", "NNS", 1, "conj"),
            ("collapsed", "collapse", "VERB", "VBD", 0, "root"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        assert_eq!(arcs_of(&fixed)[5], (4, "conj"));
        // "among" is not "between"; and a "between" phrase with two conjuncts already is left
        // alone ("talks between A and B and protests").
        let mut among = spec;
        among[1] = ("among", "among", "ADP", "IN", 4, "case");
        assert!(repaired(&tokens(&among)).is_none());
        let both = [
            ("talks", "talk", "NOUN", "NNS", 9, "nsubj"),
            ("between", "between", "ADP", "IN", 4, "case"),
            ("the", "the", "DET", "DT", 4, "det"),
            ("union", "union", "NOUN", "NN", 1, "nmod"),
            ("and", "and", "CCONJ", "CC", 6, "cc"),
            ("bosses", "boss", "NOUN", "NNS", 4, "conj"),
            ("and", "and", "CCONJ", "CC", 8, "cc"),
            ("protests", "protest", "NOUN", "NNS", 1, "conj"),
            ("collapsed", "collapse", "VERB", "VBD", 0, "root"),
        ];
        assert_eq!(arcs_of(&repaired_or_same(&both))[7], (1, "conj"));
    }

    #[test]
    fn the_subject_of_a_second_clause_read_as_a_conjunct_of_the_object_is_its_subject() {
        // "Both sides claim villages , and disputes over channels have escalated ." with
        // "disputes" a conjunct of "villages", "channels" on "villages" and "escalated" an
        // adverbial clause of "claim".
        let spec = [
            ("Both", "both", "DET", "DT", 2, "det"),
            ("sides", "side", "NOUN", "NNS", 3, "nsubj"),
            ("claim", "claim", "VERB", "VBP", 0, "root"),
            ("villages", "village", "NOUN", "NNS", 3, "obj"),
            (",", ",", "PUNCT", ",", 7, "punct"),
            ("and", "and", "CCONJ", "CC", 7, "cc"),
            ("disputes", "dispute", "NOUN", "NNS", 4, "conj"),
            ("over", "over", "ADP", "IN", 9, "case"),
            ("channels", "channel", "NOUN", "NNS", 4, "nmod"),
            ("have", "have", "AUX", "VBP", 11, "aux"),
            ("escalated", "escalate", "VERB", "VBN", 3, "advcl"),
            (".", ".", "PUNCT", ".", 3, "punct"),
        ];
        let fixed = repaired_or_same(&spec);
        let arcs = arcs_of(&fixed);
        let want = [
            (11, "punct"),
            (11, "cc"),
            (11, "nsubj"),
            (9, "case"),
            (7, "nmod"),
        ];
        assert_eq!(arcs[4..9], want);
        assert_eq!(arcs[10], (3, "conj"));
        // The verb has a subject or a subordinator of its own; no comma before the
        // coordinator; the noun's phrase does not reach the verb.
        let mut subject = spec;
        subject[8] = ("they", "they", "PRON", "PRP", 11, "nsubj");
        assert!(clause_subjects_read_as_object_conjuncts(&tokens(&subject)).is_empty());
        let mut marked = spec;
        marked[9] = ("because", "because", "SCONJ", "IN", 11, "mark");
        marked[10].3 = "VBD";
        assert!(clause_subjects_read_as_object_conjuncts(&tokens(&marked)).is_empty());
        let mut bare = spec;
        bare[4] = ("many", "many", "ADJ", "JJ", 7, "amod");
        assert!(clause_subjects_read_as_object_conjuncts(&tokens(&bare)).is_empty());
        let mut apart = spec;
        apart[7] = ("quickly", "quickly", "ADV", "RB", 11, "advmod");
        assert!(clause_subjects_read_as_object_conjuncts(&tokens(&apart)).is_empty());
    }

    #[test]
    fn a_name_between_commas_after_the_conjunct_renames_the_subject() {
        // "The chamber estimated losses , and its president , Ivo Petrash , urged talks ."
        // with "president" a conjunct of "losses", the name on "losses" and "urged" a conjunct
        // of "estimated" without a subject.
        let spec = [
            ("The", "the", "DET", "DT", 2, "det"),
            ("chamber", "chamber", "NOUN", "NN", 3, "nsubj"),
            ("estimated", "estimate", "VERB", "VBD", 0, "root"),
            ("losses", "loss", "NOUN", "NNS", 3, "obj"),
            (",", ",", "PUNCT", ",", 8, "punct"),
            ("and", "and", "CCONJ", "CC", 8, "cc"),
            ("its", "its", "PRON", "PRP$", 8, "nmod:poss"),
            ("president", "president", "NOUN", "NN", 4, "conj"),
            (",", ",", "PUNCT", ",", 10, "punct"),
            ("Ivo", "Ivo", "PROPN", "NNP", 4, "appos"),
            ("Petrash", "Petrash", "PROPN", "NNP", 10, "flat"),
            (",", ",", "PUNCT", ",", 2, "punct"),
            ("urged", "urge", "VERB", "VBD", 3, "conj"),
            ("talks", "talk", "NOUN", "NNS", 13, "obj"),
            (".", ".", "PUNCT", ".", 3, "punct"),
        ];
        let fixed = repaired_or_same(&spec);
        let arcs = arcs_of(&fixed);
        assert_eq!(arcs[7], (13, "nsubj"));
        assert_eq!(arcs[9], (8, "appos"));
        assert_eq!((arcs[8], arcs[11]), ((10, "punct"), (10, "punct")));
        assert_eq!(arcs[12], (3, "conj"));
        assert_eq!((arcs[4], arcs[5]), ((13, "punct"), (13, "cc")));
        // Not a run of words that is no name ("its president , he said , urged").
        let mut unnamed = spec;
        unnamed[9] = ("he", "he", "PRON", "PRP", 4, "appos");
        assert!(clause_subjects_read_as_object_conjuncts(&tokens(&unnamed)).is_empty());
    }

    #[test]
    fn a_conjunct_stranded_as_a_second_subject_rejoins_its_noun() {
        // "A future with ties between Chile and Peru has upside ." as the parser reads it.
        let spec = [
            ("A", "a", "DET", "DT", 2, "det"),
            ("future", "future", "NOUN", "NN", 9, "nsubj"),
            ("with", "with", "ADP", "IN", 4, "case"),
            ("ties", "tie", "NOUN", "NNS", 2, "nmod"),
            ("between", "between", "ADP", "IN", 6, "case"),
            ("Chile", "Chile", "PROPN", "NNP", 4, "nmod"),
            ("and", "and", "CCONJ", "CC", 8, "cc"),
            ("Peru", "Peru", "PROPN", "NNP", 9, "nsubj"),
            ("has", "have", "VERB", "VBZ", 0, "root"),
            ("upside", "upside", "NOUN", "NN", 9, "obj"),
            (".", ".", "PUNCT", ".", 9, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        assert_eq!((fixed[7].head, fixed[7].deprel.as_str()), (6, "conj"));
        assert_eq!((fixed[1].head, fixed[1].deprel.as_str()), (9, "nsubj"));
        // Without the coordinator right before it, a second subject is no conjunct (with a
        // preposition it modifies the first subject: repair 110).
        let mut spec = spec;
        spec[6] = ("with", "with", "ADP", "IN", 8, "case");
        assert!(stranded_conjuncts(&tokens(&spec)).is_empty());
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        assert_eq!((fixed[7].head, fixed[7].deprel.as_str()), (2, "nmod"));
    }

    #[test]
    fn a_verb_coordinated_with_an_object_is_the_verbs_conjunct() {
        // "fire destroyed homes and forced residents to flee" with "forced" on "homes".
        let mut spec = vec![
            ("fire", "fire", "NOUN", "NN", 2, "nsubj"),
            ("destroyed", "destroy", "VERB", "VBD", 0, "root"),
            ("homes", "home", "NOUN", "NNS", 2, "obj"),
            ("and", "and", "CCONJ", "CC", 5, "cc"),
            ("forced", "force", "VERB", "VBD", 3, "conj"),
            ("residents", "resident", "NOUN", "NNS", 5, "obj"),
            ("to", "to", "PART", "TO", 8, "mark"),
            ("flee", "flee", "VERB", "VB", 5, "xcomp"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        assert_eq!((fixed[4].head, fixed[4].deprel.as_str()), (2, "conj"));
        // The same with an oblique noun ("destroyed homes overnight and forced ..." with
        // "forced" on "overnight"), unless the conjunct has a subject of its own.
        let mut oblique = spec.clone();
        oblique[2] = ("overnight", "overnight", "NOUN", "NN", 2, "obl:tmod");
        let fixed = repaired(&tokens(&oblique)).expect("a repair");
        assert_eq!((fixed[4].head, fixed[4].deprel.as_str()), (2, "conj"));
        for t in oblique.iter_mut() {
            t.4 += usize::from(t.4 > 4);
        }
        oblique.insert(4, ("they", "they", "PRON", "PRP", 6, "nsubj"));
        let kept = repaired_or_same(&oblique);
        assert_eq!((kept[5].head, kept[5].deprel.as_str()), (3, "conj"));
        // Without a complement of its own the verb is left where it is.
        spec[5].4 = 3;
        spec[5].5 = "conj";
        spec[7].4 = 6;
        assert!(repaired(&tokens(&spec)).is_none());
    }

    #[test]
    fn a_verb_with_its_coordinator_read_as_modifying_the_object_is_the_verbs_conjunct() {
        // 'rejected the move as reckless and accused Norvania' with "accused" an acl of "move"
        // holding "as reckless".
        let spec = [
            ("He", "he", "PRON", "PRP", 2, "nsubj"),
            ("rejected", "reject", "VERB", "VBD", 0, "root"),
            ("the", "the", "DET", "DT", 4, "det"),
            ("move", "move", "NOUN", "NN", 2, "obj"),
            ("as", "as", "SCONJ", "IN", 9, "mark"),
            ("\"", "\"", "PUNCT", "``", 9, "punct"),
            ("reckless", "reckless", "ADJ", "JJ", 9, "xcomp"),
            ("and", "and", "CCONJ", "CC", 9, "cc"),
            ("accused", "accuse", "VERB", "VBD", 4, "acl"),
            ("Norvania", "Norvania", "PROPN", "NNP", 9, "obj"),
            (".", ".", "PUNCT", ".", 2, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(arcs[8], (2, "conj"));
        assert_eq!(arcs[4..7], [(7, "mark"), (7, "punct"), (2, "xcomp")]);
        // Without its own coordinator right before it, a modifier stays one.
        let mut bare = spec;
        bare[7] = (",", ",", "PUNCT", ",", 9, "punct");
        assert_eq!(arcs_of(&repaired_or_same(&bare))[8], (4, "acl"));
    }

    #[test]
    fn a_subject_after_and_read_as_a_verbs_conjunct_takes_the_verb_after_it() {
        // "they offered to assist , and a team arrived ." with "team" a conjunct of "assist"
        // and "arrived" an adverbial clause of "offered".
        let spec = [
            ("they", "they", "PRON", "PRP", 2, "nsubj"),
            ("offered", "offer", "VERB", "VBD", 0, "root"),
            ("to", "to", "PART", "TO", 4, "mark"),
            ("assist", "assist", "VERB", "VB", 2, "xcomp"),
            (",", ",", "PUNCT", ",", 8, "punct"),
            ("and", "and", "CCONJ", "CC", 8, "cc"),
            ("a", "a", "DET", "DT", 8, "det"),
            ("team", "team", "NOUN", "NN", 4, "conj"),
            ("arrived", "arrive", "VERB", "VBD", 2, "advcl"),
            (".", ".", "PUNCT", ".", 2, "punct"),
        ];
        assert_eq!(subjects_read_as_verb_conjuncts(&tokens(&spec)), [(7, 8)]);
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(
            arcs[4..9],
            [
                (9, "punct"),
                (9, "cc"),
                (8, "det"),
                (9, "nsubj"),
                (2, "conj")
            ]
        );
        // Not when the verb has a subject of its own, nor without a coordinator.
        let mut own = spec;
        own[9] = ("it", "it", "PRON", "PRP", 9, "nsubj");
        assert!(subjects_read_as_verb_conjuncts(&tokens(&own)).is_empty());
        let mut bare = spec;
        bare[5] = ("then", "then", "ADV", "RB", 8, "advmod");
        assert!(subjects_read_as_verb_conjuncts(&tokens(&bare)).is_empty());
    }

    #[test]
    fn a_second_object_after_a_conjunct_is_the_conjuncts() {
        // "she visited a centre and thanked volunteers ." with "volunteers" on "visited".
        let mut spec = vec![
            ("she", "she", "PRON", "PRP", 2, "nsubj"),
            ("visited", "visit", "VERB", "VBD", 0, "root"),
            ("a", "a", "DET", "DT", 4, "det"),
            ("centre", "centre", "NOUN", "NN", 2, "obj"),
            ("and", "and", "CCONJ", "CC", 6, "cc"),
            ("thanked", "thank", "VERB", "VBN", 2, "conj"),
            ("volunteers", "volunteer", "NOUN", "NNS", 2, "obj"),
            (".", ".", "PUNCT", ".", 2, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        assert_eq!((fixed[6].head, fixed[6].deprel.as_str()), (6, "obj"));
        // A conjunct with an object of its own leaves the verb's objects alone.
        spec.insert(6, ("them", "they", "PRON", "PRP", 6, "obj"));
        for t in spec.iter_mut().skip(7) {
            t.4 = 2;
        }
        assert!(repaired(&tokens(&spec)).is_none());
        // "they were convicted and received sentences ." with "sentences" on the passive verb.
        let passive = vec![
            ("they", "they", "PRON", "PRP", 3, "nsubj:pass"),
            ("were", "be", "AUX", "VBD", 3, "aux:pass"),
            ("convicted", "convict", "VERB", "VBN", 0, "root"),
            ("and", "and", "CCONJ", "CC", 5, "cc"),
            ("received", "receive", "VERB", "VBN", 3, "conj"),
            ("sentences", "sentence", "NOUN", "NNS", 3, "obj"),
            (".", ".", "PUNCT", ".", 3, "punct"),
        ];
        let fixed = repaired(&tokens(&passive)).expect("a repair");
        assert_eq!((fixed[5].head, fixed[5].deprel.as_str()), (5, "obj"));
        // An active verb with its one object keeps it ("they convicted and sentenced him").
        let mut active = passive;
        active[0].5 = "nsubj";
        active[1] = ("then", "then", "ADV", "RB", 3, "advmod");
        assert!(objects_of_conjuncts(&tokens(&active)).is_empty());
    }

    #[test]
    fn a_clause_after_comma_and_read_as_a_noun_conjunct_is_a_clause() {
        // "The ferry sank near the island , and boats rescued 40 passengers ." with "boats" a
        // conjunct of "island" and "rescued" (VBN) a participle on "boats".
        let spec = vec![
            ("The", "the", "DET", "DT", 2, "det"),
            ("ferry", "ferry", "NOUN", "NN", 3, "nsubj"),
            ("sank", "sink", "VERB", "VBD", 0, "root"),
            ("near", "near", "ADP", "IN", 6, "case"),
            ("the", "the", "DET", "DT", 6, "det"),
            ("island", "island", "NOUN", "NN", 3, "obl"),
            (",", ",", "PUNCT", ",", 9, "punct"),
            ("and", "and", "CCONJ", "CC", 9, "cc"),
            ("boats", "boat", "NOUN", "NNS", 6, "conj"),
            ("rescued", "rescue", "VERB", "VBN", 9, "acl"),
            ("40", "40", "NUM", "CD", 12, "nummod"),
            ("passengers", "passenger", "NOUN", "NNS", 10, "obj"),
            (".", ".", "PUNCT", ".", 3, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(
            arcs[6..10],
            [(10, "punct"), (10, "cc"), (10, "nsubj"), (3, "conj")]
        );
        assert_eq!(fixed[9].xpos, "VBD");
        // Without the comma ("the island and boats rescued from it"), or with an agent, or
        // without an object, the noun conjunct stays.
        let mut no_comma = spec.clone();
        no_comma[6] = ("then", "then", "ADV", "RB", 3, "advmod");
        let mut agent = spec.clone();
        agent[11].5 = "obl:agent";
        let mut no_object = spec;
        no_object[11].5 = "obl";
        for other in [no_comma, agent, no_object] {
            let kept = repaired_or_same(&other);
            assert_eq!(arcs_of(&kept)[8..10], [(6, "conj"), (9, "acl")]);
        }
    }
}
