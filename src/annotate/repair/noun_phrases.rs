//! Words inside a noun phrase hung on the wrong word: a preposition on a modifier, a possessor read
//! as an indirect object or as the head, a compound across a preposition, words hung on
//! punctuation; a prepositional phrase read as a second subject ("the use of light improves",
//! repair 110); an -ing word after a possessive read as a verb ("Brazil's swimming federation
//! said", repair 116).
//!
//! A word hung on punctuation goes to the punctuation's head ([`punctuation_heads`], run before the
//! first pass on what [`super::quantities::rough_quantities`] left).
//!
//! [`stranded_cases`], [`possessive_read_as_iobj`] and [`compounds_across_prepositions`] are mended
//! by the first pass ([`super::first_pass`]), together with the other errors it finds; the `fix_`
//! functions here run after it, in the order of [`super::REPAIRS`].

use super::draft::Draft;
use super::tree_helpers::{extent, has_case, head_of, kids_of, under};
use crate::annotate::lexicon::TIME_WORDS;
use crate::annotate::ner::roles;
use crate::document::Token;

/// Repair 42: words hung on punctuation.
///
/// UD gives punctuation no dependents, yet the greedy parser now and then attaches a word to a
/// comma: in "The charity's director, Hanna Kowalski, called ..." the name can come out as an
/// apposition of the comma after "director" (114 words of GUM dev, 65 of EWT dev; the gold
/// trees have 8 in each). Such a word goes to the word the punctuation hangs on, up past any
/// punctuation above it; punctuation that is the root keeps its dependents. On the treebanks
/// this nets 4 more right arcs on EWT dev, none on GUM dev (4 gained, 4 of the gold's own
/// words on punctuation lost), 6 on EWT train and 7 on GUM train: most of the moved words
/// still end up on a wrong head.
pub(super) fn punctuation_heads(tokens: &[Token]) -> Option<Vec<Token>> {
    let punct = |i: usize| tokens[i].upos == "PUNCT";
    let mut out: Option<Vec<Token>> = None;
    for i in 0..tokens.len() {
        let Some(p) = head_of(tokens, i).filter(|&p| punct(p)) else {
            continue;
        };
        let mut up = p;
        for _ in 0..tokens.len() {
            match head_of(tokens, up) {
                Some(h) if punct(h) => up = h,
                _ => break,
            }
        }
        let Some(h) = head_of(tokens, up).filter(|&h| h != i) else {
            continue;
        };
        out.get_or_insert_with(|| tokens.to_vec())[i].head = h + 1;
    }
    out
}

/// Repair 14: a preposition hung on the first modifier of its noun phrase.
///
/// Pairs (preposition, noun): "led by Secretary of State Marco Rubio" read with "by" as the
/// `case` of "Secretary", a compound of "Rubio". UD puts a phrase's preposition on its head, and
/// the relation reads it there (`be led by`). A `case` word on a modifier (compound, flat name,
/// adjective, number or determiner) that opens its head's phrase, where the head has no `case`
/// of its own, moves to the head.
pub(super) fn stranded_cases(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (c, tk) in tokens.iter().enumerate() {
        if tk.deprel != "case" || tk.upos != "ADP" {
            continue;
        }
        let Some(m) = head_of(tokens, c) else {
            continue;
        };
        let modifier = matches!(
            tokens[m].deprel.as_str(),
            "compound" | "flat" | "amod" | "nummod" | "det"
        );
        let Some(g) = head_of(tokens, m) else {
            continue;
        };
        if !modifier
            || c >= m
            || m >= g
            || !matches!(tokens[g].upos.as_str(), "NOUN" | "PROPN")
            || kids_of(tokens, g).any(|k| tokens[k].deprel == "case")
            || kids_of(tokens, m).any(|k| k != c && tokens[k].deprel == "case")
        {
            continue;
        }
        // The preposition opens the phrase: everything from it to the head hangs below the
        // head, and the word before it does not.
        let opens = c == 0 || !under(tokens, c - 1, &[g]);
        if opens && (c + 1..g).all(|k| under(tokens, k, &[g])) {
            out.push((c, g));
        }
    }
    out
}

/// Repair 136: mends what [`prepositions_read_as_heads`] finds.
pub(super) fn fix_prepositions_read_as_heads(d: &mut Draft) {
    for (p, n) in prepositions_read_as_heads(d.base()) {
        let fixed = d.edit();
        let (mut head, mut rel) = (fixed[p].head, fixed[p].deprel.clone());
        // "named by the company as Piotr Halbek": what the agent named it as is the verb's.
        if fixed[p].lemma == "as" && head > 0 && fixed[head - 1].deprel == "obl:agent" {
            (head, rel) = (fixed[head - 1].head, "obl".into());
        }
        // "was led by Colonel Harrod": the agent of a passive.
        let passive = head > 0
            && fixed
                .iter()
                .any(|t| t.head == head && t.deprel == "aux:pass");
        if fixed[p].lemma == "by" && passive && rel == "obl" {
            rel = "obl:agent".into();
        }
        for t in fixed.iter_mut() {
            if t.head == p + 1 {
                t.head = n + 1;
            }
        }
        (fixed[n].head, fixed[n].deprel) = (head, rel);
        (fixed[p].head, fixed[p].deprel) = (n + 1, "case".into());
    }
}

/// Repair 136: a preposition read as the head of its phrase.
///
/// Pairs (preposition, noun): "The rescue was led by Colonel Stefan Harrod, head of ..." can
/// come out with "by" an oblique of "led" and "Colonel" its object, so that the relation has no
/// agent; "headed by retired judge Agnes Molnary" with the name a conjunct of "by". A
/// preposition heads nothing in UD: the first noun or name right after it that hangs on it as an
/// object, a conjunct or a flat part (past its own modifiers) is the phrase's head and takes its
/// place, with the preposition its `case`; "as" after a passive's agent goes to the verb ("named
/// by the company as Piotr Halbek").
fn prepositions_read_as_heads(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (p, tk) in tokens.iter().enumerate() {
        if tk.upos != "ADP" || !matches!(tk.deprel.as_str(), "obl" | "nmod" | "obl:agent") {
            continue;
        }
        let noun = kids_of(tokens, p).filter(|&k| k > p).find(|&k| {
            matches!(tokens[k].upos.as_str(), "NOUN" | "PROPN")
                && matches!(tokens[k].deprel.as_str(), "obj" | "conj" | "flat" | "nsubj")
        });
        let Some(n) = noun else { continue };
        // Only its own modifiers between them.
        if (p + 1..n).all(|k| under(tokens, k, &[n])) {
            out.push((p, n));
        }
    }
    out
}

/// Repair 139: mends what [`agents_hung_on_places`] finds.
pub(super) fn fix_agents_hung_on_places(d: &mut Draft) {
    for (agent, verb) in agents_hung_on_places(d.base()) {
        let fixed = d.edit();
        (fixed[agent].head, fixed[agent].deprel) = (verb + 1, "obl:agent".into());
    }
}

/// Repair 139: a passive's agent hung on the place or time before it.
///
/// Pairs (agent, verb): "He was greeted in Morrava by Foreign Minister Ludmila Karst" can come
/// out with the "by" phrase a modifier of "Morrava", so that the greeting has no agent and the
/// graph says he was greeted in "Morrava by ... Karst". A name of a place or a day takes no "by"
/// phrase ("a painting by Monet" is a common noun's); after a prepositional name or time that
/// hangs on a passive verb without an agent, the "by" phrase is the verb's agent.
fn agents_hung_on_places(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (a, tk) in tokens.iter().enumerate() {
        if tk.deprel != "nmod" || !has_case(tokens, a, "by") {
            continue;
        }
        let Some(place) = head_of(tokens, a).filter(|&o| o < a) else {
            continue;
        };
        let named = tokens[place].upos == "PROPN"
            || TIME_WORDS.contains(&tokens[place].lemma.to_lowercase().as_str());
        let prepositional = kids_of(tokens, place).any(|c| tokens[c].deprel == "case" && c < place);
        if tokens[place].deprel != "obl" || !named || !prepositional {
            continue;
        }
        let Some(verb) = head_of(tokens, place) else {
            continue;
        };
        let passive = kids_of(tokens, verb).any(|c| tokens[c].deprel == "aux:pass");
        let agent = kids_of(tokens, verb).any(|c| tokens[c].deprel == "obl:agent");
        if tokens[verb].upos == "VERB" && passive && !agent {
            out.push((a, verb));
        }
    }
    out
}

/// Repair 16: a possessive "her" read as an indirect object.
///
/// Pairs (pronoun, noun): "rejected her claims" read as "gave her flowers", with "her" the
/// `iobj` of a verb that takes none. Right before the verb's object, with nothing but the
/// object's own modifiers between them, "her" is the object's possessor. A possessive that
/// cannot be an object ("his", "its") is the possessor of the phrase right after it, whatever
/// the verb.
pub(super) fn possessive_read_as_iobj(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        if t.deprel != "iobj" || !(t.form.eq_ignore_ascii_case("her") || t.xpos == "PRP$") {
            continue;
        }
        let Some(verb) = head_of(tokens, i) else {
            continue;
        };
        // "his", "its", "their" only ever possess: with a ditransitive verb too ("gave his
        // Liberal Party a majority" with "his" and "Party" both indirect objects), the phrase
        // right after them is theirs.
        if !t.form.eq_ignore_ascii_case("her") {
            let phrase = kids_of(tokens, verb).find(|&o| {
                o > i
                    && matches!(tokens[o].upos.as_str(), "NOUN" | "PROPN")
                    && extent(tokens, o).0 == i + 1
            });
            if let Some(o) = phrase {
                out.push((i, o));
                continue;
            }
        }
        if DITRANSITIVE.contains(&tokens[verb].lemma.to_lowercase().as_str()) {
            continue;
        }
        let object = kids_of(tokens, verb).find(|&o| o > i && tokens[o].deprel == "obj");
        if let Some(o) = object {
            let own = (i + 1..o).all(|k| under(tokens, k, &[o]));
            let determined = kids_of(tokens, o)
                .any(|k| matches!(tokens[k].deprel.as_str(), "det" | "nmod:poss"));
            if own && !determined && matches!(tokens[o].upos.as_str(), "NOUN" | "PROPN") {
                out.push((i, o));
            }
        }
    }
    out
}

/// Verbs that take an indirect object ("told her the news"): those with at least two `iobj`
/// in UD English EWT and GUM train.
const DITRANSITIVE: &[&str] = &[
    "give",
    "tell",
    "ask",
    "allow",
    "show",
    "send",
    "trust",
    "charge",
    "cause",
    "feed",
    "pay",
    "get",
    "remind",
    "take",
    "teach",
    "email",
    "convince",
    "inform",
    "do",
    "assure",
    "warn",
    "write",
    "leave",
    "urge",
    "advise",
    "offer",
    "notify",
    "wish",
    "buy",
    "hand",
    "believe",
    "sell",
    "promise",
    "provide",
    "reassure",
    "bring",
    "make",
    "excuse",
    "thank",
    "deny",
    "save",
    "owe",
    "persuade",
    "find",
    "recommend",
    "cost",
    "guarantee",
    "quote",
    "cut",
    "read",
    "fix",
    "text",
    "grant",
    "award",
    "lend",
    "earn",
];

/// Repair 19: a noun read as a compound across a preposition.
///
/// Pairs (noun, head): "expand trade in farm goods" read with "trade" as a `compound` of
/// "goods" and "in" between them. A compound sits right before its head, never across the
/// head's own preposition, so the noun heads the phrase and the prepositional phrase modifies
/// it: "trade" takes the head's place (the object of a verb that has none, when the head was
/// an oblique) and "goods" becomes its `nmod`.
pub(super) fn compounds_across_prepositions(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (c, tk) in tokens.iter().enumerate() {
        // Common nouns only: titles before names ("Secretary of State Ana Lopez") are
        // compounds of a sort across "of".
        if tk.deprel != "compound" || tk.upos != "NOUN" {
            continue;
        }
        let Some(h) = head_of(tokens, c) else {
            continue;
        };
        // The preposition is the head's own, or that of a compound inside the head's name
        // ("takeover of rival cable maker Orsinet Group" with "takeover" a compound of
        // "Group" and "of" on "maker"). A title is left alone ("head of state Ana Lopez").
        let own = |m: usize| {
            m == h
                || tokens[h].upos == "PROPN"
                    && matches!(tokens[m].deprel.as_str(), "compound" | "flat")
                    && head_of(tokens, m) == Some(h)
                    && !roles::is_role_word(&tk.lemma.to_lowercase())
                    && !TIME_WORDS.contains(&tokens[m].lemma.to_lowercase().as_str())
                    && !tk.form.starts_with(|ch: char| ch.is_ascii_digit())
        };
        if !matches!(tokens[h].upos.as_str(), "NOUN" | "PROPN") {
            continue;
        }
        let across =
            (c + 1..h).any(|k| tokens[k].deprel == "case" && head_of(tokens, k).is_some_and(own));
        if across && h > c && head_of(tokens, h).is_some() {
            out.push((c, h));
        }
    }
    out
}

/// Repair 72: mends what [`possessors_read_as_heads`] finds.
pub(super) fn fix_possessors_read_as_heads(d: &mut Draft) {
    for (owner, noun) in possessors_read_as_heads(d.base()) {
        owner_becomes_possessor(d.edit(), owner, noun);
    }
}

/// The noun takes the owner's place, and the owner becomes its possessor (`nmod:poss`). The
/// owner's dependents after the noun (a relative clause, the commas around it) are the
/// phrase's.
pub(super) fn owner_becomes_possessor(fixed: &mut [Token], owner: usize, noun: usize) {
    let (head, deprel) = (fixed[owner].head, fixed[owner].deprel.clone());
    for t in fixed[noun + 1..].iter_mut() {
        if t.head == owner + 1 {
            t.head = noun + 1;
        }
    }
    (fixed[noun].head, fixed[noun].deprel) = (head, deprel);
    (fixed[owner].head, fixed[owner].deprel) = (noun + 1, "nmod:poss".into());
}

/// Repair 72: a possessor read as the head of what it owns.
///
/// Pairs (owner, noun): "U.N. Secretary-General's envoy Ingrid Falk, who attended, called the
/// agreement a model" can come out with "U.N." the subject and "envoy" hung on it, so the
/// United Nations called it. A noun right after the owner's "'s" (its own modifiers between)
/// that hangs on the owner is the head: the owner is its `nmod:poss`.
fn possessors_read_as_heads(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (c, tk) in tokens.iter().enumerate() {
        if tk.xpos != "POS" || tk.deprel != "case" {
            continue;
        }
        let Some(owner) = head_of(tokens, c).filter(|&o| o < c) else {
            continue;
        };
        // Only modifiers between ("'s special envoy"), and a relation no owner could have
        // to its noun: not a conjunct or a second object ("Atta's and Moussaoui's
        // inquiries", "Trader Joe's, Whole Foods").
        let noun = (c + 1..tokens.len().min(c + 5))
            .find(|&k| head_of(tokens, k) == Some(owner))
            .filter(|&n| {
                matches!(tokens[n].upos.as_str(), "NOUN" | "PROPN")
                    && matches!(
                        tokens[n].deprel.as_str(),
                        "list" | "appos" | "compound" | "flat" | "dep"
                    )
                    && (c + 1..n).all(|k| {
                        head_of(tokens, k) == Some(n)
                            && matches!(tokens[k].upos.as_str(), "ADJ" | "NOUN" | "PROPN" | "NUM")
                    })
            });
        if let Some(n) = noun {
            out.push((owner, n));
        }
    }
    out
}

/// Repair 116: mends what [`participles_after_possessives`] finds.
pub(super) fn fix_participles_after_possessives(d: &mut Draft) {
    for (owner, participle, noun) in participles_after_possessives(d.base()) {
        let fixed = d.edit();
        owner_becomes_possessor(fixed, owner, noun);
        (fixed[participle].head, fixed[participle].deprel) = (noun + 1, "amod".into());
    }
}

/// Repair 116: an -ing word between a possessive and its noun read as a verb.
///
/// Triples (owner, participle, noun): "Brazil's swimming federation said ..." can come out with
/// "Brazil" the subject of "said", "swimming" an adverbial clause of "said" and "federation" its
/// object: Brazil said, swimming the federation. Right after an owner's "'s", an -ing form
/// whose only dependent is the noun right after it, hung on the verb the owner is the subject
/// of (or on the owner), modifies that noun, and the noun takes the owner's place, with the
/// owner its possessor.
fn participles_after_possessives(tokens: &[Token]) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    for (c, tk) in tokens.iter().enumerate() {
        if tk.xpos != "POS" || tk.deprel != "case" || c + 2 >= tokens.len() {
            continue;
        }
        let (participle, noun) = (c + 1, c + 2);
        let Some(owner) = head_of(tokens, c).filter(|&o| o < c) else {
            continue;
        };
        let Some(verb) = head_of(tokens, owner) else {
            continue;
        };
        let p = &tokens[participle];
        let on_verb = head_of(tokens, participle) == Some(verb)
            && verb > noun
            && tokens[owner].deprel.starts_with("nsubj")
            && tokens[verb].upos == "VERB";
        // Or hung on the owner: "the university's governing board appointed" with "governing"
        // an `acl` of "university".
        let on_owner = head_of(tokens, participle) == Some(owner) && p.deprel == "acl";
        let shape = p.xpos == "VBG"
            && (on_verb || on_owner)
            && kids_of(tokens, participle).eq([noun])
            && matches!(tokens[noun].upos.as_str(), "NOUN" | "PROPN")
            && tokens[noun].deprel == "obj";
        if shape {
            out.push((owner, participle, noun));
        }
    }
    out
}

/// Repair 110: mends what [`phrases_read_as_second_subjects`] finds.
pub(super) fn fix_phrases_read_as_second_subjects(d: &mut Draft) {
    for (noun, phrase) in phrases_read_as_second_subjects(d.base()) {
        let fixed = d.edit();
        // After an adjective that follows the noun, the phrase is the adjective's ("a person
        // familiar with the matter").
        let start = extent(fixed, phrase).0;
        let adjective = start - 1;
        if adjective > noun
            && fixed[adjective].upos == "ADJ"
            && head_of(fixed, adjective) == Some(noun)
        {
            (fixed[phrase].head, fixed[phrase].deprel) = (adjective + 1, "obl".into());
        } else {
            (fixed[phrase].head, fixed[phrase].deprel) = (noun + 1, "nmod".into());
        }
    }
}

/// Repair 110: the prepositional phrase after a subject read as a second subject.
///
/// Pairs (subject, phrase): "Residents of Dalsk, many of whom spent the night in basements,
/// said ..." can come out with both "Residents" and "of Dalsk" subjects of "said", and the
/// relative clause on "Dalsk". A subject takes no preposition: a second subject of the same
/// verb that opens with one, right after the first subject's phrase, modifies the first.
fn phrases_read_as_second_subjects(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for v in 0..tokens.len() {
        let subjects: Vec<usize> = kids_of(tokens, v)
            .filter(|&s| s < v && tokens[s].deprel.starts_with("nsubj"))
            .collect();
        let &[first, second] = &subjects[..] else {
            continue;
        };
        let (start, _) = extent(tokens, second);
        let opens = tokens[start].upos == "ADP"
            && tokens[start].deprel == "case"
            && head_of(tokens, start) == Some(second);
        let noun = matches!(tokens[first].upos.as_str(), "NOUN" | "PROPN" | "PRON");
        if opens && noun && extent(tokens, first).1 + 1 == start {
            out.push((first, second));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotate::repair::repaired;
    use crate::annotate::repair::testing::{arcs_of, repaired_or_same, tokens};

    #[test]
    fn a_passives_agent_hung_on_a_place_is_the_verbs() {
        // "He was greeted in Morrava by Ludmila Karst ." with the "by" phrase on "Morrava".
        let spec = [
            ("He", "he", "PRON", "PRP", 3, "nsubj:pass"),
            ("was", "be", "AUX", "VBD", 3, "aux:pass"),
            ("greeted", "greet", "VERB", "VBN", 0, "root"),
            ("in", "in", "ADP", "IN", 5, "case"),
            ("Morrava", "Morrava", "PROPN", "NNP", 3, "obl"),
            ("by", "by", "ADP", "IN", 7, "case"),
            ("Ludmila", "Ludmila", "PROPN", "NNP", 5, "nmod"),
            ("Karst", "Karst", "PROPN", "NNP", 7, "flat"),
            (".", ".", "PUNCT", ".", 3, "punct"),
        ];
        assert_eq!(arcs_of(&repaired_or_same(&spec))[6], (3, "obl:agent"));
        // A common noun takes its own "by" phrase ("killed in an attack by rebels").
        let mut attack = spec;
        attack[4] = ("attack", "attack", "NOUN", "NN", 3, "obl");
        assert!(agents_hung_on_places(&tokens(&attack)).is_empty());
        // Not in an active clause, nor when the verb has its agent already.
        let mut active = spec;
        active[1] = ("had", "have", "AUX", "VBD", 3, "aux");
        assert!(agents_hung_on_places(&tokens(&active)).is_empty());
        let mut agent = spec.to_vec();
        agent.push(("police", "police", "NOUN", "NN", 3, "obl:agent"));
        assert!(agents_hung_on_places(&tokens(&agent)).is_empty());
    }

    #[test]
    fn a_preposition_read_as_its_phrases_head_becomes_its_case() {
        // "It was led by Colonel Harrod ." with "by" an oblique of "led" and "Colonel" its
        // object, "Harrod" a flat part of it.
        let spec = [
            ("It", "it", "PRON", "PRP", 3, "nsubj:pass"),
            ("was", "be", "AUX", "VBD", 3, "aux:pass"),
            ("led", "lead", "VERB", "VBN", 0, "root"),
            ("by", "by", "ADP", "IN", 3, "obl"),
            ("Colonel", "Colonel", "PROPN", "NNP", 4, "obj"),
            ("Harrod", "Harrod", "PROPN", "NNP", 5, "flat"),
            (".", ".", "PUNCT", ".", 3, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(arcs[3], (5, "case"));
        assert_eq!(arcs[4], (3, "obl:agent"));
        assert_eq!(arcs[5], (5, "flat"));
        // "as" after the agent goes to the verb: "named by the company as Halbek".
        let named = [
            ("It", "it", "PRON", "PRP", 3, "nsubj:pass"),
            ("was", "be", "AUX", "VBD", 3, "aux:pass"),
            ("named", "name", "VERB", "VBN", 0, "root"),
            ("by", "by", "ADP", "IN", 5, "case"),
            ("firm", "firm", "NOUN", "NN", 3, "obl:agent"),
            ("as", "as", "ADP", "IN", 5, "nmod"),
            ("Halbek", "Halbek", "PROPN", "NNP", 6, "obj"),
            (".", ".", "PUNCT", ".", 3, "punct"),
        ];
        let fixed = repaired(&tokens(&named)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!((arcs[5], arcs[6]), ((7, "case"), (3, "obl")));
    }

    #[test]
    fn an_ing_word_after_a_possessive_modifies_the_noun() {
        // "Brazil 's swimming federation said it agreed ." with "Brazil" the subject,
        // "swimming" a clause of "said" and "federation" its object.
        let spec = [
            ("Brazil", "Brazil", "PROPN", "NNP", 5, "nsubj"),
            ("'s", "'s", "PART", "POS", 1, "case"),
            ("swimming", "swim", "VERB", "VBG", 5, "advcl"),
            ("federation", "federation", "NOUN", "NN", 3, "obj"),
            ("said", "say", "VERB", "VBD", 0, "root"),
            ("it", "it", "PRON", "PRP", 7, "nsubj"),
            ("agreed", "agree", "VERB", "VBD", 5, "ccomp"),
            (".", ".", "PUNCT", ".", 5, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        assert_eq!(
            arcs_of(&fixed)[..4],
            [(4, "nmod:poss"), (1, "case"), (4, "amod"), (5, "nsubj")]
        );
        // An -ing clause with more than its object is a clause ("Brazil 's swimming the
        // channel tomorrow" is no noun phrase).
        let mut more = spec.to_vec();
        more.insert(4, ("today", "today", "NOUN", "NN", 3, "obl:tmod"));
        for (k, t) in more.iter_mut().enumerate() {
            if k != 4 && t.4 > 4 {
                t.4 += 1;
            }
        }
        assert_eq!(repaired_or_same(&more)[3].deprel, "obj");
        // Hung on the owner: "the board 's governing body met ." with "governing" an `acl`
        // of "board".
        let spec = [
            ("the", "the", "DET", "DT", 2, "det"),
            ("board", "board", "NOUN", "NN", 6, "nsubj"),
            ("'s", "'s", "PART", "POS", 2, "case"),
            ("governing", "govern", "VERB", "VBG", 2, "acl"),
            ("body", "body", "NOUN", "NN", 4, "obj"),
            ("met", "meet", "VERB", "VBD", 0, "root"),
            (".", ".", "PUNCT", ".", 6, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        assert_eq!(
            arcs_of(&fixed)[1..5],
            [(5, "nmod:poss"), (2, "case"), (5, "amod"), (6, "nsubj")]
        );
    }

    #[test]
    fn a_prepositional_phrase_read_as_a_second_subject_modifies_the_first() {
        // "The use of light improves efficiency ." with "light" a second subject.
        let spec = [
            ("The", "the", "DET", "DT", 2, "det"),
            ("use", "use", "NOUN", "NN", 5, "nsubj"),
            ("of", "of", "ADP", "IN", 4, "case"),
            ("light", "light", "NOUN", "NN", 5, "nsubj"),
            ("improves", "improve", "VERB", "VBZ", 0, "root"),
            ("efficiency", "efficiency", "NOUN", "NN", 5, "obj"),
            (".", ".", "PUNCT", ".", 5, "punct"),
        ];
        assert_eq!(phrases_read_as_second_subjects(&tokens(&spec)), [(1, 3)]);
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        assert_eq!(arcs_of(&fixed)[3], (2, "nmod"));
        // After an adjective on the noun, the adjective's ("a person familiar with it").
        let familiar = [
            ("A", "a", "DET", "DT", 2, "det"),
            ("person", "person", "NOUN", "NN", 6, "nsubj"),
            ("familiar", "familiar", "ADJ", "JJ", 2, "amod"),
            ("with", "with", "ADP", "IN", 5, "case"),
            ("it", "it", "PRON", "PRP", 6, "nsubj"),
            ("said", "say", "VERB", "VBD", 0, "root"),
            ("so", "so", "ADV", "RB", 6, "advmod"),
        ];
        let fixed = repaired(&tokens(&familiar)).expect("a repair");
        assert_eq!(arcs_of(&fixed)[4], (3, "obl"));
        // No preposition; not right after the first subject's phrase.
        let mut bare = spec;
        bare[2] = ("and", "and", "CCONJ", "CC", 4, "cc");
        assert!(phrases_read_as_second_subjects(&tokens(&bare)).is_empty());
        let mut apart = spec;
        apart[1].4 = 4;
        apart[1].5 = "nmod";
        assert!(phrases_read_as_second_subjects(&tokens(&apart)).is_empty());
    }

    #[test]
    fn a_name_on_a_comma_a_bare_oblique_and_an_adjective_after_the_object_are_repaired() {
        // "The charity 's director , Hanna Kowalski , called the threat unlawful and promised
        // to sue ." as the parser read it: the name on the comma (42), "director" an `obl`
        // (43), "unlawful" an `amod` of "threat" (44) with "promised" its conjunct (32).
        let spec = vec![
            ("The", "the", "DET", "DT", 2, "det"),
            ("charity", "charity", "NOUN", "NN", 4, "nmod:poss"),
            ("'s", "'s", "PART", "POS", 2, "case"),
            ("director", "director", "NOUN", "NN", 9, "obl"),
            (",", ",", "PUNCT", ",", 4, "punct"),
            ("Hanna", "Hanna", "PROPN", "NNP", 5, "appos"),
            ("Kowalski", "Kowalski", "PROPN", "NNP", 6, "flat"),
            (",", ",", "PUNCT", ",", 9, "punct"),
            ("called", "call", "VERB", "VBD", 0, "root"),
            ("the", "the", "DET", "DT", 11, "det"),
            ("threat", "threat", "NOUN", "NN", 9, "obj"),
            ("unlawful", "unlawful", "ADJ", "JJ", 11, "amod"),
            ("and", "and", "CCONJ", "CC", 14, "cc"),
            ("promised", "promise", "VERB", "VBD", 12, "conj"),
            ("to", "to", "PART", "TO", 16, "mark"),
            ("sue", "sue", "VERB", "VB", 14, "xcomp"),
            (".", ".", "PUNCT", ".", 9, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arc = |i: usize| (fixed[i].head, fixed[i].deprel.as_str());
        assert_eq!(
            [arc(3), arc(5), arc(11), arc(13)],
            [(9, "nsubj"), (4, "appos"), (9, "xcomp"), (9, "conj")]
        );
        // After a preposition, or as a time, the oblique stays one: "On Monday , ... called".
        let mut with_case = spec.clone();
        with_case[0] = ("On", "on", "ADP", "IN", 4, "case");
        let fixed = repaired(&tokens(&with_case)).expect("a repair");
        assert_eq!(fixed[3].deprel, "obl");
        // "one Iraqi dead" (a capitalised adjective) and "gave the group new rules" (no verb of
        // calling or making) keep their modifiers.
        let mut other_verb = spec.clone();
        other_verb[8] = ("gave", "give", "VERB", "VBD", 0, "root");
        let fixed = repaired(&tokens(&other_verb)).expect("a repair");
        assert_eq!((fixed[11].head, fixed[11].deprel.as_str()), (11, "amod"));
    }

    #[test]
    fn a_preposition_on_the_first_modifier_moves_to_the_phrase_head() {
        // "led by Secretary of State Ana Lopez" with "by" on "Secretary" and "of" on "Ana".
        let spec = [
            ("led", "lead", "VERB", "VBN", 0, "root"),
            ("by", "by", "ADP", "IN", 3, "case"),
            ("Secretary", "Secretary", "PROPN", "NNP", 7, "compound"),
            ("of", "of", "ADP", "IN", 6, "case"),
            ("State", "State", "PROPN", "NNP", 6, "compound"),
            ("Ana", "Ana", "PROPN", "NNP", 7, "compound"),
            ("Lopez", "Lopez", "PROPN", "NNP", 1, "obl"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        assert_eq!((fixed[1].head, fixed[1].deprel.as_str()), (7, "case"));
        // "of" does not open the phrase: it stays.
        assert_eq!(fixed[3].head, 6);
        // A head with its own preposition keeps both where they are.
        let mut own = spec;
        own[3] = ("of", "of", "ADP", "IN", 7, "case");
        assert!(repaired(&tokens(&own)).is_none());
    }

    #[test]
    fn his_before_a_phrase_possesses_it_even_after_a_ditransitive_verb() {
        // "results gave his party a majority" with "his" and "party" both indirect objects.
        let mut spec = vec![
            ("results", "result", "NOUN", "NNS", 2, "nsubj"),
            ("gave", "give", "VERB", "VBD", 0, "root"),
            ("his", "he", "PRON", "PRP$", 2, "iobj"),
            ("party", "party", "NOUN", "NN", 2, "iobj"),
            ("a", "a", "DET", "DT", 6, "det"),
            ("majority", "majority", "NOUN", "NN", 2, "obj"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        assert_eq!((fixed[2].head, fixed[2].deprel.as_str()), (4, "nmod:poss"));
        // "gave her flowers": "her" may be the one given to.
        spec[2] = ("her", "she", "PRON", "PRP", 2, "iobj");
        spec[3] = ("flowers", "flower", "NOUN", "NNS", 2, "obj");
        spec.truncate(4);
        assert!(repaired(&tokens(&spec)).is_none());
    }

    #[test]
    fn her_before_the_object_of_a_verb_without_indirect_objects_is_a_possessor() {
        // "The court rejected her claims ." with "her" read as an indirect object.
        let spec = [
            ("The", "the", "DET", "DT", 2, "det"),
            ("court", "court", "NOUN", "NN", 3, "nsubj"),
            ("rejected", "reject", "VERB", "VBD", 0, "root"),
            ("her", "she", "PRON", "PRP", 3, "iobj"),
            ("claims", "claim", "NOUN", "NNS", 3, "obj"),
            (".", ".", "PUNCT", ".", 3, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        assert_eq!((fixed[3].head, fixed[3].deprel.as_str()), (5, "nmod:poss"));
        // "The court gave her flowers": "give" takes an indirect object.
        let mut gave = spec;
        gave[2] = ("gave", "give", "VERB", "VBD", 0, "root");
        assert!(repaired(&tokens(&gave)).is_none());
        // "rejected her the claims": a determined object has no room for a possessor.
        let mut the = spec.to_vec();
        the.insert(4, ("the", "the", "DET", "DT", 6, "det"));
        assert_eq!(the[5].0, "claims");
        assert!(repaired(&tokens(&the)).is_none());
    }

    #[test]
    fn a_compound_across_a_preposition_heads_its_phrase() {
        // "expand the trade in goods" with "trade" a compound of "goods" across "in".
        let spec = [
            ("expand", "expand", "VERB", "VB", 0, "root"),
            ("the", "the", "DET", "DT", 5, "det"),
            ("trade", "trade", "NOUN", "NN", 5, "compound"),
            ("in", "in", "ADP", "IN", 5, "case"),
            ("goods", "goods", "NOUN", "NNS", 1, "obl"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(
            arcs,
            vec![
                (0, "root"),
                (3, "det"),
                (1, "obj"),
                (5, "case"),
                (3, "nmod")
            ]
        );
        // "blocked X's takeover of rival maker Orsinet Group", read as one name whose
        // "of" hangs on one of its compounds.
        let spec = [
            ("blocked", "block", "VERB", "VBD", 0, "root"),
            ("takeover", "takeover", "NOUN", "NN", 6, "compound"),
            ("of", "of", "ADP", "IN", 4, "case"),
            ("maker", "maker", "NOUN", "NN", 6, "compound"),
            ("Orsinet", "Orsinet", "PROPN", "NNP", 6, "compound"),
            ("Group", "Group", "PROPN", "NNP", 1, "obj"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(arcs[1], (1, "obj"));
        assert_eq!(arcs[2], (6, "case"));
        assert_eq!(arcs[5], (2, "nmod"));
        // A title across "of" stays in the name ("head of state Ana Lopez"), and so does a
        // date ("the 12th of July Marches").
        for (first, upos) in [("head", "NOUN"), ("12th", "NOUN")] {
            let spec = [
                ("met", "meet", "VERB", "VBD", 0, "root"),
                (first, first, upos, "NN", 5, "compound"),
                ("of", "of", "ADP", "IN", 4, "case"),
                ("state", "state", "NOUN", "NN", 5, "compound"),
                ("Lopez", "Lopez", "PROPN", "NNP", 1, "obj"),
            ];
            let spec = if first == "12th" {
                let mut s = spec;
                s[3] = ("July", "July", "PROPN", "NNP", 5, "compound");
                s
            } else {
                spec
            };
            assert!(repaired(&tokens(&spec)).is_none(), "{first}");
        }
        // A compound right before its head is left alone.
        let plain = [
            ("expand", "expand", "VERB", "VB", 0, "root"),
            ("farm", "farm", "NOUN", "NN", 3, "compound"),
            ("goods", "goods", "NOUN", "NNS", 1, "obj"),
        ];
        assert!(repaired(&tokens(&plain)).is_none());
    }

    #[test]
    fn a_possessor_read_as_the_head_of_what_it_owns_is_its_modifier() {
        // "U.N. Secretary - General 's envoy Ingrid Falk , who left , called ." with "envoy"
        // hung on "U.N.".
        let spec = [
            ("U.N.", "U.N.", "PROPN", "NNP", 13, "nsubj"),
            ("Secretary", "Secretary", "PROPN", "NNP", 1, "flat"),
            ("-", "-", "PUNCT", "HYPH", 2, "punct"),
            ("General", "General", "PROPN", "NNP", 1, "flat"),
            ("'s", "'s", "PART", "POS", 1, "case"),
            ("envoy", "envoy", "NOUN", "NN", 1, "list"),
            ("Ingrid", "Ingrid", "PROPN", "NNP", 6, "appos"),
            ("Falk", "Falk", "PROPN", "NNP", 7, "flat"),
            (",", ",", "PUNCT", ",", 11, "punct"),
            ("who", "who", "PRON", "WP", 11, "nsubj"),
            ("left", "leave", "VERB", "VBD", 1, "acl:relcl"),
            (",", ",", "PUNCT", ",", 13, "punct"),
            ("called", "call", "VERB", "VBD", 0, "root"),
            (".", ".", "PUNCT", ".", 13, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        assert_eq!((fixed[5].head, fixed[5].deprel.as_str()), (13, "nsubj"));
        assert_eq!((fixed[0].head, fixed[0].deprel.as_str()), (6, "nmod:poss"));
        assert_eq!(fixed[10].head, 6);
        // The owner's own name stays with it.
        assert_eq!(fixed[3].head, 1);
        // Not when the noun hangs elsewhere ("Mary 's , a shop").
        let mut apart = spec;
        apart[5] = ("envoy", "envoy", "NOUN", "NN", 13, "obl");
        assert!(possessors_read_as_heads(&tokens(&apart)).is_empty());
    }
}
