//! Words that modify a noun read as verbs: participles ("falling rates", "talks mediated by ...",
//! "neighbouring"), and the head of a compound ("sales forecast").
//!
//! An -ing form of a verb that takes no object read as a verb ("blamed falling rates"): it modifies
//! the noun. "forecast" after "its sales" heads the object.
//!
//! "neighbouring" right after a verb read as its complement ("accused neighbouring Brestovia"
//! with Brestovia the object of "neighbouring"): it modifies the name, the verb's object
//! (repair 108).

use super::draft::Draft;
use super::tree_helpers::{extent, head_of, kids_of, subject_rel};
use super::words::{NO_OBJECT, SUBORDINATORS};
use crate::annotate::pos::SAME_IN_PAST;
use crate::document::Token;

/// Repair 92: mends what [`participles_read_as_clauses`] finds.
pub(super) fn fix_participles_read_as_clauses(d: &mut Draft) {
    for (subject, participle, verb) in participles_read_as_clauses(d.base()) {
        let fixed = d.edit();
        let marks: Vec<usize> = kids_of(fixed, participle)
            .filter(|&k| fixed[k].deprel == "mark")
            .collect();
        for m in marks {
            fixed[m].head = verb + 1;
        }
        let rel = subject_rel(fixed, verb);
        (fixed[subject].head, fixed[subject].deprel) = (verb + 1, rel.into());
        (fixed[participle].head, fixed[participle].deprel) = (subject + 1, "acl".into());
    }
}

/// Repair 92: a participle on the subject read as the verb of the clause.
///
/// Triples (subject, participle, verb): "called the walkout after talks mediated by the labour
/// ministry broke down" can come out with "mediated" a clause of its own ("after" its mark,
/// "talks" its subject) and "broke" a clause without a subject. A past participle with no
/// auxiliary has no subject; when the finite verb after it has none either, the noun is that
/// verb's subject, the participle modifies it (`acl`) and the subordinator marks the verb.
fn participles_read_as_clauses(tokens: &[Token]) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    for (v, tk) in tokens.iter().enumerate() {
        let finite = matches!(tk.xpos.as_str(), "VBD" | "VBZ" | "VBP");
        if tk.upos != "VERB"
            || !finite
            || kids_of(tokens, v).any(|k| {
                tokens[k].deprel.starts_with("nsubj")
                    || tokens[k].deprel.starts_with("aux")
                    || tokens[k].deprel == "mark"
            })
        {
            continue;
        }
        let Some(p) = kids_of(tokens, v).find(|&k| {
            k < v
                && tokens[k].deprel == "advcl"
                && tokens[k].xpos == "VBN"
                && extent(tokens, k).1 + 1 == v
        }) else {
            continue;
        };
        let (mut subject, mut mark, mut aux) = (None, None, false);
        for k in kids_of(tokens, p) {
            match tokens[k].deprel.as_str() {
                d if d.starts_with("nsubj") => subject = subject.or(Some(k)),
                "mark" => mark = mark.or(Some(k)),
                d if d.starts_with("aux") || d == "cop" => aux = true,
                _ => {}
            }
        }
        if let (Some(n), Some(m), false) = (subject, mark, aux)
            && m < n
            && n < p
            && SUBORDINATORS.contains(&tokens[m].lemma.to_lowercase().as_str())
        {
            out.push((n, p, v));
        }
    }
    out
}

/// Repair 93: mends what [`neighbouring_read_as_verbs`] finds.
pub(super) fn fix_neighbouring_read_as_verbs(d: &mut Draft) {
    for (participle, prep, name) in neighbouring_read_as_verbs(d.base()) {
        let fixed = d.edit();
        let head = fixed[participle].head;
        let on_verb = head > 0 && matches!(fixed[head - 1].upos.as_str(), "VERB" | "AUX");
        let rel = if on_verb { "obl" } else { "nmod" };
        (fixed[name].head, fixed[name].deprel) = (head, rel.into());
        // A clause the participle took ("regulators in neighbouring countries to act") is the
        // verb's: its complement when the verb has an object to do it ("encourage X to act").
        let object = head > 0 && kids_of(fixed, head - 1).any(|k| fixed[k].deprel == "obj");
        for k in 0..fixed.len() {
            if fixed[k].head != participle + 1 || k == name {
                continue;
            }
            if on_verb && matches!(fixed[k].deprel.as_str(), "advcl" | "xcomp" | "ccomp") {
                let to =
                    kids_of(fixed, k).any(|m| fixed[m].deprel == "mark" && fixed[m].xpos == "TO");
                fixed[k].head = head;
                if to && object {
                    fixed[k].deprel = "xcomp".into();
                }
            } else {
                fixed[k].head = name + 1;
            }
        }
        (fixed[prep].deprel, fixed[prep].upos) = ("case".into(), "ADP".into());
        let p = &mut fixed[participle];
        (p.head, p.deprel, p.upos, p.xpos) = (name + 1, "amod".into(), "ADJ".into(), "JJ".into());
    }
}

/// Repair 93: "neighbouring" read as a verb.
///
/// Triples (participle, preposition, name): "based in neighbouring Haldria" can come out with
/// "neighbouring" a clause ("in" its mark, "Haldria" its object), so Rothmoor neighbours
/// Haldria. After a preposition, "neighbouring" (or "neighboring") right before a name modifies
/// the name, which is the preposition's object.
fn neighbouring_read_as_verbs(tokens: &[Token]) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    for (p, tk) in tokens.iter().enumerate() {
        if !neighbouring_verb(tk) || p == 0 {
            continue;
        }
        let prep = p - 1;
        let name = p + 1;
        let marked = head_of(tokens, prep) == Some(p)
            && matches!(tokens[prep].deprel.as_str(), "mark" | "case")
            && matches!(tokens[prep].upos.as_str(), "ADP" | "SCONJ");
        // A name, or a bare plural ("in neighbouring countries"); the verb takes a determiner
        // ("by neighbouring the park").
        let named = tokens.get(name).is_some_and(|n| {
            let bare_plural = bare_plural(tokens, name);
            let object = n.deprel == "obj" && head_of(tokens, name) == Some(p);
            // A name the parser hung elsewhere ("a team from neighbouring Ardena landed" with
            // "Ardena" a second subject of "landed") while the participle has no object.
            let stray = n.upos == "PROPN"
                && head_of(tokens, name) != Some(p)
                && !kids_of(tokens, name).any(|k| k < name)
                && !kids_of(tokens, p).any(|k| tokens[k].deprel == "obj");
            (n.upos == "PROPN" || bare_plural) && object || stray
        });
        if marked && named {
            out.push((p, prep, name));
        }
    }
    out
}

/// "neighbouring" (or "neighboring") tagged as a verb: repairs 93 and 108.
fn neighbouring_verb(t: &Token) -> bool {
    t.upos == "VERB"
        && matches!(
            t.form.to_lowercase().as_str(),
            "neighbouring" | "neighboring"
        )
}

/// A plural common noun with nothing before it in its phrase ("countries" of "neighbouring
/// countries").
fn bare_plural(tokens: &[Token], i: usize) -> bool {
    let n = &tokens[i];
    n.upos == "NOUN" && n.xpos == "NNS" && !kids_of(tokens, i).any(|k| k < i)
}

/// Repair 108: mends what [`neighbouring_after_verbs`] finds.
pub(super) fn fix_neighbouring_after_verbs(d: &mut Draft) {
    for (participle, verb, name) in neighbouring_after_verbs(d.base()) {
        let fixed = d.edit();
        // The name is the verb's object, "neighbouring" its modifier, and what else the
        // participle held ("on Thursday", "after ...") is the verb's.
        for t in fixed.iter_mut() {
            if t.head == participle + 1 {
                t.head = verb + 1;
            }
        }
        (fixed[name].head, fixed[name].deprel) = (verb + 1, "obj".into());
        let p = &mut fixed[participle];
        (p.head, p.deprel, p.upos, p.xpos) = (name + 1, "amod".into(), "ADJ".into(), "JJ".into());
    }
}

/// Repair 108: "neighbouring" after a verb read as the verb's complement.
///
/// Triples (participle, verb, name): "Karsland accused neighbouring Brestovia of blackmail" can
/// come out with "neighbouring" an `xcomp` of "accused" and "Brestovia" its object, so Karsland
/// accuses its neighbouring. Right after a verb that has no object of its own, "neighbouring"
/// (or "neighboring") before a name or a bare plural that is its object modifies that noun, the
/// verb's object.
fn neighbouring_after_verbs(tokens: &[Token]) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    for (p, tk) in tokens.iter().enumerate() {
        if !neighbouring_verb(tk) || p == 0 {
            continue;
        }
        let (verb, name) = (p - 1, p + 1);
        let complement = head_of(tokens, p) == Some(verb)
            && matches!(tokens[p].deprel.as_str(), "xcomp" | "ccomp" | "advcl")
            && tokens[verb].upos == "VERB"
            && !kids_of(tokens, verb).any(|k| tokens[k].deprel == "obj");
        let named = tokens.get(name).is_some_and(|n| {
            (n.upos == "PROPN" || bare_plural(tokens, name))
                && n.deprel == "obj"
                && head_of(tokens, name) == Some(p)
        });
        if complement && named {
            out.push((p, verb, name));
        }
    }
    out
}

/// Repair 94: mends what [`agents_read_as_objects`] finds.
pub(super) fn fix_agents_read_as_objects(d: &mut Draft) {
    for (agent, by) in agents_read_as_objects(d.base()) {
        let fixed = d.edit();
        fixed[agent].deprel = "obl:agent".into();
        fixed[by].head = agent + 1;
    }
}

/// Repair 94: the agent of a participle read as its object.
///
/// Pairs (agent, "by"): "the mediators, led by chief mediator Paul Vedder," can come out with
/// "Paul" the object of "led" and "by" a preposition of the title before the name, so the
/// mediators lead Vedder. A name that is a past participle's object, whose phrase opens with
/// "by" right after the participle, is its agent (`obl:agent`), and "by" is the agent's.
fn agents_read_as_objects(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (o, tk) in tokens.iter().enumerate() {
        // A name after its title ("by chief mediator Paul Vedder"); a common noun's phrase may
        // head elsewhere ("by many of Galois' biographers").
        if tk.deprel != "obj" || tk.upos != "PROPN" {
            continue;
        }
        let Some(v) = head_of(tokens, o).filter(|&v| v < o && tokens[v].xpos == "VBN") else {
            continue;
        };
        let first = extent(tokens, o).0;
        let by = first < o
            && first == v + 1
            && tokens[first].lemma.eq_ignore_ascii_case("by")
            && tokens[first].deprel == "case";
        if by {
            out.push((o, first));
        }
    }
    out
}

/// Repair 95: mends what [`reduced_relatives_read_as_clauses`] finds.
pub(super) fn fix_reduced_relatives_read_as_clauses(d: &mut Draft) {
    for r in reduced_relatives_read_as_clauses(d.base()) {
        let fixed = d.edit();
        let (head, rel) = (fixed[r.participle].head, fixed[r.participle].deprel.clone());
        for t in fixed.iter_mut() {
            if t.head == r.participle + 1 && t.deprel == "mark" {
                t.head = r.verb + 1;
            }
        }
        (fixed[r.verb].head, fixed[r.verb].deprel) = (head, rel);
        let subject = subject_rel(fixed, r.verb);
        (fixed[r.noun].head, fixed[r.noun].deprel) = (r.verb + 1, subject.into());
        (fixed[r.participle].head, fixed[r.participle].deprel) = (r.noun + 1, "acl".into());
        let agent = fixed[r.preposition].lemma.eq_ignore_ascii_case("by");
        let p = &mut fixed[r.preposition];
        (p.head, p.deprel, p.upos) = (r.object + 1, "case".into(), "ADP".into());
        let obl = if agent { "obl:agent" } else { "obl" };
        (fixed[r.object].head, fixed[r.object].deprel) = (r.participle + 1, obl.into());
        (fixed[r.apposition].head, fixed[r.apposition].deprel) = (r.object + 1, "appos".into());
    }
}

/// Repair 95: a reduced relative clause read as the clause, with an apposition as the subject.
///
/// "reported that three firms linked to Gregor Lind, the president's brother-in-law, had won 14
/// tenders" can come out with "linked" the reported clause's verb ("firms" its subject) and
/// "won" a clause under it whose subject is the apposition "brother-in-law", so the
/// brother-in-law wins the tenders. A past participle with no auxiliary whose clause holds a
/// finite verb with its own subject, that subject set off by commas right after the
/// participle's prepositional phrase, modifies its noun: the noun is the verb's subject, the
/// phrase the participle's and the apposition its noun's.
///
/// Found as `(noun, participle, preposition, object, apposition, verb)`.
struct ReducedRelative {
    noun: usize,
    participle: usize,
    preposition: usize,
    object: usize,
    apposition: usize,
    verb: usize,
}

fn reduced_relatives_read_as_clauses(tokens: &[Token]) -> Vec<ReducedRelative> {
    let mut out = Vec::new();
    let nominal = |k: usize| matches!(tokens[k].upos.as_str(), "NOUN" | "PROPN");
    for (p, tk) in tokens.iter().enumerate() {
        if tk.xpos != "VBN"
            || tk.upos != "VERB"
            || kids_of(tokens, p).any(|k| {
                let d = tokens[k].deprel.as_str();
                d.starts_with("aux") || d == "cop"
            })
        {
            continue;
        }
        let Some(noun) =
            kids_of(tokens, p).find(|&k| k < p && tokens[k].deprel == "nsubj" && nominal(k))
        else {
            continue;
        };
        for v in kids_of(tokens, p).filter(|&k| k > p) {
            let clausal = matches!(
                tokens[v].deprel.as_str(),
                "ccomp" | "advcl" | "parataxis" | "conj"
            );
            let finite = kids_of(tokens, v).any(|k| tokens[k].deprel == "aux")
                || matches!(tokens[v].xpos.as_str(), "VBD" | "VBZ" | "VBP");
            if !clausal || !finite || tokens[v].upos != "VERB" {
                continue;
            }
            let Some(a) = kids_of(tokens, v)
                .find(|&k| k > p && k < v && tokens[k].deprel.starts_with("nsubj") && nominal(k))
            else {
                continue;
            };
            // The apposition between two commas, only the verb's auxiliaries and adverbs after.
            let (from, to) = extent(tokens, a);
            let (from, to) = (
                (from..=a).find(|&k| tokens[k].upos != "PUNCT").unwrap_or(a),
                (a..=to)
                    .rev()
                    .find(|&k| tokens[k].upos != "PUNCT")
                    .unwrap_or(a),
            );
            let comma = |k: usize| tokens[k].form == ",";
            if from < p + 3 || !comma(from - 1) || to + 1 >= v || !comma(to + 1) {
                continue;
            }
            let adjacent = (to + 2..v).all(|k| {
                head_of(tokens, k) == Some(v)
                    && matches!(tokens[k].deprel.as_str(), "aux" | "advmod")
            });
            // Between the participle and the first comma: a preposition and one nominal phrase.
            let preposition = p + 1;
            let inside = preposition + 1..from - 1;
            let heads: Vec<usize> = inside
                .clone()
                .filter(|&k| head_of(tokens, k).is_none_or(|h| !inside.contains(&h)))
                .collect();
            if adjacent
                && matches!(tokens[preposition].xpos.as_str(), "IN" | "TO")
                && let [object] = heads[..]
                && nominal(object)
            {
                out.push(ReducedRelative {
                    noun,
                    participle: p,
                    preposition,
                    object,
                    apposition: a,
                    verb: v,
                });
            }
        }
    }
    out
}

/// Repair 47: mends what [`compound_heads_read_as_verbs`] finds.
pub(super) fn fix_compound_heads_read_as_verbs(d: &mut Draft) {
    for (noun, verb) in compound_heads_read_as_verbs(d.base()) {
        let fixed = d.edit();
        let (head, deprel) = (fixed[noun].head, fixed[noun].deprel.clone());
        // The noun's determiner and other dependents go with the phrase's new head.
        for (k, t) in fixed.iter_mut().enumerate() {
            if t.head == noun + 1 && k != verb {
                t.head = verb + 1;
            }
        }
        for t in fixed[verb + 1..].iter_mut() {
            if t.head == verb + 1 && t.deprel == "obl" {
                t.deprel = "nmod".into();
            }
        }
        let v = &mut fixed[verb];
        (v.head, v.deprel, v.upos, v.xpos) = (head, deprel, "NOUN".into(), "NN".into());
        (fixed[noun].head, fixed[noun].deprel) = (verb + 1, "compound".into());
    }
}

/// Repair 47: the head noun of a compound read as a verb.
///
/// Pairs (noun, verb): "cut its sales forecast for the rest of the year" can come out with
/// "forecast" a verb (`xcomp`) after the object "its sales", so that the company forecasts the
/// rest of the year. A verb whose base, past and participle are one word that is also a noun
/// ("forecast", "cut", "cost"), read as a complement right after a determined object (with
/// "its", "the", ...), with no subject, object, marker or auxiliary of its own, and followed by
/// a preposition or the end of the clause, is the noun that heads the object: the noun before
/// it is its compound. (Other participles there are mostly reduced relatives: "the shares
/// reflected on your statement".)
fn compound_heads_read_as_verbs(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for v in 1..tokens.len().saturating_sub(1) {
        let tk = &tokens[v];
        let n = v - 1;
        let form = tk.form.to_lowercase();
        let one_form = SAME_IN_PAST.contains(&form.as_str()) || form.ends_with("cast");
        if tk.upos != "VERB"
            || !one_form
            || !matches!(tk.deprel.as_str(), "xcomp" | "conj" | "ccomp")
            || tokens[n].upos != "NOUN"
            || tokens[n].deprel != "obj"
            || !tokens[n].form.chars().all(|c| c.is_ascii_lowercase())
        {
            continue;
        }
        let determined = kids_of(tokens, n)
            .any(|d| d < n && matches!(tokens[d].deprel.as_str(), "det" | "nmod:poss"));
        let own = kids_of(tokens, v).any(|k| {
            matches!(
                tokens[k].deprel.split(':').next(),
                Some("nsubj" | "obj" | "mark" | "aux" | "cc" | "ccomp" | "xcomp" | "iobj")
            )
        });
        // "have my hair cut", "get the water shut off": a causative's object does the verb.
        let causative = head_of(tokens, n).is_some_and(|h| {
            matches!(
                tokens[h].lemma.to_lowercase().as_str(),
                "have"
                    | "get"
                    | "keep"
                    | "want"
                    | "need"
                    | "see"
                    | "hear"
                    | "watch"
                    | "find"
                    | "leave"
                    | "like"
                    | "let"
                    | "make"
            )
        });
        let next = &tokens[v + 1];
        let ends = matches!(next.upos.as_str(), "ADP" | "PUNCT") && !causative;
        let on_noun = head_of(tokens, v) == Some(n)
            || head_of(tokens, v).is_some_and(|h| head_of(tokens, n) == Some(h));
        if determined && !own && ends && on_noun && tokens[n].deprel != "compound" {
            out.push((n, v));
        }
    }
    out
}

/// Repair 41: mends what [`intransitive_participles_read_as_verbs`] finds.
pub(super) fn fix_intransitive_participles_read_as_verbs(d: &mut Draft) {
    for (participle, noun) in intransitive_participles_read_as_verbs(d.base()) {
        let fixed = d.edit();
        let (head, deprel) = (fixed[participle].head, fixed[participle].deprel.clone());
        // The clause the participle was read as is the noun phrase: the object of a verb.
        let on_verb = head > 0 && fixed[head - 1].upos == "VERB";
        let rel = match deprel.as_str() {
            "xcomp" | "ccomp" | "advcl" if on_verb => "obj".to_string(),
            _ => deprel,
        };
        (fixed[noun].head, fixed[noun].deprel) = (head, rel);
        let p = &mut fixed[participle];
        (p.head, p.deprel) = (noun + 1, "amod".into());
    }
}

/// Repair 41: an -ing modifier read as a verb with the noun it modifies as object.
///
/// Pairs (participle, noun): "blamed falling vaccination rates for the outbreaks" can come out
/// with "falling" a complement of "blamed" and "rates" its object, so that doctors blame a
/// falling. A verb that takes no object ([`NO_OBJECT`]) has none: its -ing form right before the
/// noun's phrase modifies the noun (`amod`), and the noun takes the participle's place.
fn intransitive_participles_read_as_verbs(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (v, tk) in tokens.iter().enumerate() {
        if tk.xpos != "VBG" || !NO_OBJECT.contains(&tk.lemma.to_lowercase().as_str()) {
            continue;
        }
        let kids: Vec<usize> = kids_of(tokens, v).collect();
        let [o] = kids[..] else {
            continue;
        };
        let phrase = (v + 1..o).all(|k| head_of(tokens, k) == Some(o));
        if o > v
            && tokens[o].deprel == "obj"
            && matches!(tokens[o].upos.as_str(), "NOUN" | "PROPN")
            && phrase
        {
            out.push((v, o));
        }
    }
    out
}

/// Repair 54: mends what [`participles_after_prepositions`] finds.
pub(super) fn fix_participles_after_prepositions(d: &mut Draft) {
    for (prep, participle, noun) in participles_after_prepositions(d.base()) {
        let fixed = d.edit();
        let (head, rel) = (fixed[participle].head, "nmod");
        (fixed[noun].head, fixed[noun].deprel) = (head, rel.into());
        (fixed[prep].head, fixed[prep].deprel) = (noun + 1, "case".into());
        (fixed[participle].head, fixed[participle].deprel) = (noun + 1, "amod".into());
    }
}

/// Repair 54: a participle after a preposition read as a verb with the next noun its object.
///
/// Triples (preposition, participle, noun): "a lawsuit over slowed iPhones" can come out with
/// "slowed" an `acl` of "lawsuit", "over" its adverb and "iPhones" its object, so that the
/// lawsuit slows iPhones. A participle right after a preposition that hangs on it, modifying a
/// noun before it, with a noun right after it as its object and no other dependent, is an
/// adjective on that noun, which the preposition introduces as a modifier of the first noun.
fn participles_after_prepositions(tokens: &[Token]) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    for p in 1..tokens.len().saturating_sub(1) {
        let (t, prep, noun) = (&tokens[p], p - 1, p + 1);
        let shape = t.upos == "VERB"
            && matches!(t.xpos.as_str(), "VBN" | "VBD")
            && t.deprel == "acl"
            && head_of(tokens, p).is_some_and(|n| n < prep && tokens[n].upos == "NOUN")
            && tokens[prep].upos == "ADP"
            && head_of(tokens, prep) == Some(p)
            && head_of(tokens, noun) == Some(p)
            && tokens[noun].deprel == "obj"
            && matches!(tokens[noun].upos.as_str(), "NOUN" | "PROPN")
            && kids_of(tokens, p).all(|k| k == prep || k == noun);
        if shape {
            out.push((prep, p, noun));
        }
    }
    out
}

#[cfg(test)]
#[path = "participle_modifiers_tests.rs"]
mod tests;
