//! Rough quantities and quantifiers: "as many as 300", "about 30,000", "much of the harvest".
//!
//! "about" before a number read as a preposition ("represents about 30,000 workers" with
//! "about" the `case` of "workers"): it says the number is rough.
//!
//! "up to" before a number read as a particle ("cost the economy up to 35 million euros" with
//! "up" on "cost"): it says the number is a limit.
//!
//! [`rough_quantities`] runs before every other repair.

use super::draft::Draft;
use super::tree_helpers::{extent, head_of, kids_of, under};
use super::words::says_or_thinks;
use crate::annotate::lexicon::DISTANCES;
use crate::document::Token;

/// Repair 50: "as many as 300 protesters" read with "many" as the phrase's head.
///
/// UD (and EWT) make "as many as" / "as much as" before a number one fixed adverb on the
/// number: "as" `advmod` of "300", "many" and the second "as" `fixed` on the first. The parser
/// often heads the phrase with "many" instead: "said as many as 300 protesters gathered" with
/// "many" the object of "said" and "protesters" its oblique, "fell by as much as 8 percent"
/// with "much" the agent of "fell". The phrase from the first "as" to the noun the number
/// counts (or the number) then gets the UD shape, the noun takes the place the phrase's head
/// had (an adverb's place becomes an unmarked oblique, "rose as much as 12 percent"), and what
/// hung on the three words from outside ("by") hangs on the noun.
pub(super) fn rough_quantities(tokens: &[Token]) -> Option<Vec<Token>> {
    let is = |t: &Token, words: &[&str]| words.iter().any(|w| t.form.eq_ignore_ascii_case(w));
    let mut out: Option<Vec<Token>> = None;
    for i in 0..tokens.len().saturating_sub(3) {
        let cur = out.as_deref().unwrap_or(tokens);
        if !(is(&cur[i], &["as"]) && is(&cur[i + 1], &["many", "much"]) && is(&cur[i + 2], &["as"]))
            || !(cur[i + 3].upos == "NUM" || is(&cur[i + 3], &["half"]))
        {
            continue;
        }
        let q = i + 3;
        // The noun the number counts, or the number itself; words between them are the noun's.
        let n = match head_of(cur, q) {
            Some(h) if h > q && cur[q].deprel == "nummod" && cur[h].upos == "NOUN" => h,
            _ => q,
        };
        if !(q + 1..n).all(|k| under(cur, k, &[n])) {
            continue;
        }
        let inside = |h: Option<usize>| h.is_some_and(|h| (i..=n).contains(&h));
        let tops: Vec<usize> = (i..=n).filter(|&k| !inside(head_of(cur, k))).collect();
        let &[top] = tops.as_slice() else {
            continue;
        };
        let shaped = top == n
            && (head_of(cur, i), cur[i].deprel.as_str()) == (Some(q), "advmod")
            && (head_of(cur, i + 1), cur[i + 1].deprel.as_str()) == (Some(i), "fixed")
            && (head_of(cur, i + 2), cur[i + 2].deprel.as_str()) == (Some(i), "fixed");
        if shaped {
            continue;
        }
        let fixed = out.get_or_insert_with(|| tokens.to_vec());
        let three = i + 1..=i + 3; // 1-based heads of the three words
        if top != n {
            let rel = match fixed[top].deprel.as_str() {
                "obl:agent" => "obl".to_string(),
                "advmod" | "advcl" => "obl:unmarked".to_string(),
                r => r.to_string(),
            };
            (fixed[n].head, fixed[n].deprel) = (fixed[top].head, rel);
            for (k, t) in fixed.iter_mut().enumerate() {
                if !(i..=n).contains(&k) && three.contains(&t.head) {
                    t.head = n + 1;
                }
            }
        }
        for t in &mut fixed[i + 3..n] {
            if three.contains(&t.head) {
                t.head = n + 1;
            }
        }
        if q != n {
            (fixed[q].head, fixed[q].deprel) = (n + 1, "nummod".into());
        }
        (fixed[i].head, fixed[i].deprel) = (q + 1, "advmod".into());
        (fixed[i + 1].head, fixed[i + 1].deprel) = (i + 1, "fixed".into());
        (fixed[i + 2].head, fixed[i + 2].deprel) = (i + 1, "fixed".into());
    }
    out
}

/// Repair 38: mends what [`rough_numbers_read_as_phrases`] finds.
pub(super) fn fix_rough_numbers_read_as_phrases(d: &mut Draft) {
    for (about, number, clause) in rough_numbers_read_as_phrases(d.base()) {
        let fixed = d.edit();
        let noun = fixed[about].head - 1;
        if let Some(c) = clause {
            let passive = fixed
                .iter()
                .any(|t| t.head == c + 1 && t.deprel == "aux:pass");
            fixed[noun].head = c + 1;
            fixed[noun].deprel = if passive { "nsubj:pass" } else { "nsubj" }.into();
        } else {
            fixed[noun].deprel = "obj".into();
        }
        fixed[about].head = number + 1;
        fixed[about].deprel = "advmod".into();
    }
}

/// Verbs that take a phrase with "about" ("talked about 30 issues", "worried about 20 cases").
const ABOUT_VERBS: &[&str] = &[
    "argue", "ask", "be", "bring", "call", "care", "come", "complain", "dream", "email", "feel",
    "forget", "go", "hear", "inquire", "joke", "know", "laugh", "learn", "phone", "read", "say",
    "speak", "talk", "tell", "think", "warn", "wonder", "worry", "write",
];

/// Repair 38: "about" before a number read as a preposition.
///
/// Pairs (about, number): "represents about 30,000 dock workers" can come out with "about" the
/// `case` of "workers", which then becomes an oblique and the relation "represent about". Right
/// before a number that counts the noun, after a verb with no object of its own that takes no
/// "about" phrase, "about" (or "around") says the number is rough: it modifies the number
/// (`advmod`), and the noun is the verb's object. After a verb of saying, right before a
/// reported clause with no subject of its own, the noun is that clause's subject: "said about
/// 2,600 flights had been cancelled" (the third of the triple).
fn rough_numbers_read_as_phrases(tokens: &[Token]) -> Vec<(usize, usize, Option<usize>)> {
    let mut out = Vec::new();
    for (a, t) in tokens.iter().enumerate() {
        if t.deprel != "case" || !matches!(t.lemma.to_lowercase().as_str(), "about" | "around") {
            continue;
        }
        let Some(n) = head_of(tokens, a).filter(|&n| n > a + 1) else {
            continue;
        };
        // The number counts the noun, maybe through its multiplier ("about 1.9 million
        // customers").
        let number = a + 1;
        let counts = (number..n).all(|k| tokens[k].upos == "NUM" || head_of(tokens, k) == Some(n))
            && under(tokens, number, &[n]);
        if tokens[number].upos != "NUM" || !counts {
            continue;
        }
        let Some(v) = head_of(tokens, n).filter(|&v| v < a && tokens[v].upos == "VERB") else {
            continue;
        };
        let has_object = kids_of(tokens, v).any(|o| tokens[o].deprel == "obj");
        let takes_about = ABOUT_VERBS.contains(&tokens[v].lemma.to_lowercase().as_str());
        // "was born around 347 AD": a passive verb has no object to give.
        let passive = kids_of(tokens, v).any(|k| tokens[k].deprel.ends_with(":pass"));
        if tokens[n].deprel != "obl" {
            continue;
        }
        if !has_object && !takes_about && !passive {
            out.push((a, number, None));
            continue;
        }
        // The reported clause starts right after the noun's phrase, with its auxiliary.
        let clause = kids_of(tokens, v).find(|&c| {
            c > n
                && tokens[c].deprel == "ccomp"
                && extent(tokens, n).1 + 1 == extent(tokens, c).0
                && tokens[extent(tokens, c).0].upos == "AUX"
                && !kids_of(tokens, c)
                    .any(|k| tokens[k].deprel.starts_with("nsubj") || tokens[k].deprel == "mark")
        });
        if says_or_thinks(&tokens[v].lemma) && clause.is_some() {
            out.push((a, number, clause));
        }
    }
    out
}

/// Repair 113: mends what [`up_to_read_as_particle`] finds.
pub(super) fn fix_up_to_read_as_particle(d: &mut Draft) {
    for (up, noun, first) in up_to_read_as_particle(d.base()) {
        let fixed = d.edit();
        if let Some(first) = first {
            fixed[first].deprel = "iobj".into();
        }
        let measure = head_of(fixed, noun)
            .is_some_and(|v| MEASURING.contains(&fixed[v].lemma.to_lowercase().as_str()));
        fixed[noun].deprel = if measure { "obl:unmarked" } else { "obj" }.into();
        (fixed[up].head, fixed[up].deprel) = (noun + 1, "advmod".into());
        // As EWT tags it: a preposition working as an adverb.
        (fixed[up].upos, fixed[up].xpos) = ("ADP".into(), "IN".into());
        (fixed[up + 1].head, fixed[up + 1].deprel) = (up + 1, "fixed".into());
    }
}

/// Verbs with a particle "up" before "to" and a number that is not the limit of an amount:
/// "add up to three times the cost", "turn the heat up to 82 degrees".
const PHRASAL_UP: &[&str] = &[
    "add", "build", "catch", "come", "get", "go", "heat", "move", "open", "ramp", "scale", "sign",
    "speed", "step", "turn", "warm",
];

/// Verbs of measure, whose amount is an unmarked oblique in UD, not an object: "could weigh up
/// to fifty tons", "lasts up to six months".
const MEASURING: &[&str] = &["cover", "last", "measure", "stretch", "weigh"];

/// Verbs whose second object is an amount: "cost the economy up to 35 million euros".
const AMOUNT_SECOND: &[&str] = &[
    "award", "charge", "cost", "fine", "give", "lend", "offer", "owe", "pay", "save",
];

/// Repair 113: "up to" before a number read as a particle and a preposition.
///
/// Triples (up, noun, first object): "could cost the economy up to 35 million euros" and "faces
/// up to 12 years in prison" can come out with "up" the verb's particle and "to" the `case` of
/// the amount, an oblique: the stoppage would "cost up" the economy. Before a number (or a
/// currency sign), "up to" says the amount is at most that: UD (and EWT) make "up" an `advmod`
/// of the amount with "to" `fixed` on it, and the amount is the verb's object (an unmarked
/// oblique after a verb of measure, [`MEASURING`]). A verb that has
/// an object already keeps it as the first of two (`iobj`) when its second is an amount
/// ([`AMOUNT_SECOND`]); a phrasal verb with "up" ([`PHRASAL_UP`]) keeps its particle.
fn up_to_read_as_particle(tokens: &[Token]) -> Vec<(usize, usize, Option<usize>)> {
    let mut out = Vec::new();
    for (up, t) in tokens.iter().enumerate() {
        let particle = t.deprel == "compound:prt";
        if !(t.lemma.eq_ignore_ascii_case("up") && (particle || t.deprel == "case"))
            || up + 2 >= tokens.len()
        {
            continue;
        }
        let (to, number) = (up + 1, up + 2);
        let Some(noun) = head_of(tokens, to).filter(|&n| n >= number) else {
            continue;
        };
        // "up" the verb's particle, or the amount's second preposition ("had lost up to 40
        // percent" with "up" a `case` of "percent").
        let Some(v) = head_of(tokens, if particle { up } else { noun }) else {
            continue;
        };
        if !particle && head_of(tokens, up) != Some(noun) {
            continue;
        }
        let amount = tokens[number].upos == "NUM"
            || (matches!(tokens[number].form.as_str(), "$" | "€" | "£")
                || tokens[number].xpos == "$")
                && tokens.get(number + 1).is_some_and(|n| n.upos == "NUM");
        let shape = tokens[to].form.eq_ignore_ascii_case("to")
            && tokens[to].deprel == "case"
            && amount
            && head_of(tokens, noun) == Some(v)
            && tokens[noun].deprel.starts_with("obl")
            && (number..noun).all(|k| under(tokens, k, &[noun]))
            && tokens[v].upos == "VERB"
            && !kids_of(tokens, v).any(|k| tokens[k].deprel.ends_with(":pass"));
        if !shape {
            continue;
        }
        let lemma = tokens[v].lemma.to_lowercase();
        let objects: Vec<usize> = kids_of(tokens, v)
            .filter(|&k| tokens[k].deprel == "obj")
            .collect();
        match objects.as_slice() {
            [] if !PHRASAL_UP.contains(&lemma.as_str()) => out.push((up, noun, None)),
            &[first] if first < up && AMOUNT_SECOND.contains(&lemma.as_str()) => {
                out.push((up, noun, Some(first)))
            }
            _ => {}
        }
    }
    out
}

/// Repair 62: mends what [`quantifiers_read_as_adverbs`] finds.
pub(super) fn fix_quantifiers_read_as_adverbs(d: &mut Draft) {
    for (q, noun) in quantifiers_read_as_adverbs(d.base()) {
        let fixed = d.edit();
        (fixed[q].head, fixed[q].deprel) = (fixed[noun].head, "obj".into());
        // As a noun phrase's head "much" is an adjective in UD (EWT: "much of the").
        if fixed[q].upos == "ADV" {
            (fixed[q].upos, fixed[q].xpos) = ("ADJ".into(), "JJ".into());
        }
        (fixed[noun].head, fixed[noun].deprel) = (q + 1, "nmod".into());
    }
}

/// Repair 62: "much of the harvest" read with "much" an adverb on the noun.
///
/// Pairs (quantifier, noun): "destroyed much of the wheat harvest" can come out with "much" an
/// `advmod` of "harvest" and "harvest" an oblique of "destroyed" marked by "of": the drought
/// destroyed of the harvest. A quantifier word ("much", "most", "all", "some", "part") right
/// before "of" and the noun, as an adverb on it, with the noun an oblique of a verb that has no
/// object: the quantifier is the object, and the noun its `nmod`.
fn quantifiers_read_as_adverbs(tokens: &[Token]) -> Vec<(usize, usize)> {
    const QUANTIFIERS: &[&str] = &["much", "most", "all", "some", "part", "half", "many"];
    (0..tokens.len().saturating_sub(2))
        .filter_map(|q| {
            let of = q + 1;
            let noun = head_of(tokens, q)?;
            let verb = head_of(tokens, noun)?;
            let shape = QUANTIFIERS.contains(&tokens[q].form.to_lowercase().as_str())
                && tokens[q].deprel == "advmod"
                && noun > of
                && tokens[of].lemma == "of"
                && head_of(tokens, of) == Some(noun)
                && tokens[noun].deprel == "obl"
                && tokens[verb].upos == "VERB"
                && !kids_of(tokens, verb).any(|k| tokens[k].deprel == "obj");
            shape.then_some((q, noun))
        })
        .collect()
}

/// Repair 126: mends what [`distances_read_as_objects`] finds.
pub(super) fn fix_distances_read_as_objects(d: &mut Draft) {
    for n in distances_read_as_objects(d.base()) {
        d.edit()[n].deprel = "obl:npmod".into();
    }
}

/// Repair 126: a distance read as the verb's object.
///
/// "A ferry sank roughly 11 kilometers off the southern coast" can come out with "kilometers"
/// the object of "sank": the ferry sank kilometers. A counted unit of distance right before a
/// phrase that says where from ("off", "from", "away", "north of", ...) says how far, as EWT
/// has "two miles from here" (`obl:npmod`). Not after a verb of going or spanning, whose object
/// the distance is ("Stretching 750 kilometers from end to end" in EWT train).
fn distances_read_as_objects(tokens: &[Token]) -> Vec<usize> {
    const FROM: &[&str] = &[
        "away", "beyond", "east", "from", "inland", "north", "off", "offshore", "outside", "short",
        "south", "west",
    ];
    const SPANNING: &[&str] = &[
        "cover", "drive", "extend", "fly", "march", "reach", "ride", "run", "sail", "span",
        "stretch", "swim", "travel", "walk",
    ];
    let mut out = Vec::new();
    for (n, t) in tokens.iter().enumerate() {
        let spanning = head_of(tokens, n)
            .is_some_and(|v| SPANNING.contains(&tokens[v].lemma.to_lowercase().as_str()));
        let counted = !spanning && kids_of(tokens, n).any(|k| tokens[k].deprel == "nummod");
        let unit = DISTANCES.contains(&t.lemma.to_lowercase().as_str());
        let next = tokens
            .get(n + 1)
            .is_some_and(|w| FROM.contains(&w.form.to_lowercase().as_str()));
        if t.deprel == "obj" && counted && unit && next {
            out.push(n);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::annotate::repair::repaired;
    use crate::annotate::repair::testing::{arcs_of, repaired_or_same, tokens};

    #[test]
    fn a_distance_before_where_from_is_no_object() {
        // "The ferry sank 11 kilometers off the coast ." with "kilometers" the object.
        let spec = [
            ("The", "the", "DET", "DT", 2, "det"),
            ("ferry", "ferry", "NOUN", "NN", 3, "nsubj"),
            ("sank", "sink", "VERB", "VBD", 0, "root"),
            ("11", "11", "NUM", "CD", 5, "nummod"),
            ("kilometers", "kilometer", "NOUN", "NNS", 3, "obj"),
            ("off", "off", "ADP", "IN", 8, "case"),
            ("the", "the", "DET", "DT", 8, "det"),
            ("coast", "coast", "NOUN", "NN", 3, "obl"),
            (".", ".", "PUNCT", ".", 3, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        assert_eq!(arcs_of(&fixed)[4], (3, "obl:npmod"));
        // "sank 11 kilometers" says nothing of where from, and stays an object; a verb of
        // spanning keeps its distance ("stretches 11 kilometers from end to end").
        let mut stretches = spec.to_vec();
        stretches[2] = ("stretches", "stretch", "VERB", "VBZ", 0, "root");
        stretches[5] = ("from", "from", "ADP", "IN", 8, "case");
        assert_eq!(arcs_of(&repaired_or_same(&stretches))[4], (3, "obj"));
        let mut ran = spec.to_vec();
        ran.truncate(5);
        ran.push((".", ".", "PUNCT", ".", 3, "punct"));
        assert_eq!(arcs_of(&repaired_or_same(&ran))[4], (3, "obj"));
    }

    #[test]
    fn as_many_as_a_number_is_one_adverb_on_the_number() {
        // "Police said as many as 300 protesters gathered ." with "many" the object of "said"
        // and "protesters" its oblique.
        let spec = vec![
            ("Police", "police", "NOUN", "NNS", 2, "nsubj"),
            ("said", "say", "VERB", "VBD", 0, "root"),
            ("as", "as", "ADV", "RB", 4, "advmod"),
            ("many", "many", "ADJ", "JJ", 2, "obj"),
            ("as", "as", "ADP", "IN", 7, "case"),
            ("300", "300", "NUM", "CD", 7, "nummod"),
            ("protesters", "protester", "NOUN", "NNS", 4, "obl"),
            (".", ".", "PUNCT", ".", 2, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(
            arcs,
            vec![
                (2, "nsubj"),
                (0, "root"),
                (6, "advmod"),
                (3, "fixed"),
                (3, "fixed"),
                (7, "nummod"),
                (2, "obj"),
                (2, "punct"),
            ]
        );
        // "Prices rose by as much as 12 percent ." with "much" an adverb of "rose", "by" its
        // case and "percent" its clause: "percent" takes the adverb's place and the "by".
        let spec = vec![
            ("Prices", "price", "NOUN", "NNS", 2, "nsubj"),
            ("rose", "rise", "VERB", "VBD", 0, "root"),
            ("by", "by", "ADP", "IN", 5, "case"),
            ("as", "as", "ADV", "RB", 5, "advmod"),
            ("much", "much", "ADV", "RB", 2, "advmod"),
            ("as", "as", "SCONJ", "IN", 8, "mark"),
            ("12", "12", "NUM", "CD", 8, "nummod"),
            ("percent", "percent", "NOUN", "NN", 5, "advcl"),
            (".", ".", "PUNCT", ".", 2, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(
            arcs,
            vec![
                (2, "nsubj"),
                (0, "root"),
                (8, "case"),
                (7, "advmod"),
                (4, "fixed"),
                (4, "fixed"),
                (8, "nummod"),
                (2, "obl:unmarked"),
                (2, "punct"),
            ]
        );
        // The UD shape is left alone.
        let spec = vec![
            ("As", "as", "ADV", "RB", 4, "advmod"),
            ("many", "many", "ADJ", "JJ", 1, "fixed"),
            ("as", "as", "ADP", "IN", 1, "fixed"),
            ("40", "40", "NUM", "CD", 5, "nummod"),
            ("people", "person", "NOUN", "NNS", 6, "nsubj"),
            ("died", "die", "VERB", "VBD", 0, "root"),
            (".", ".", "PUNCT", ".", 6, "punct"),
        ];
        assert!(repaired(&tokens(&spec)).is_none());
    }

    #[test]
    fn about_before_a_number_makes_it_rough() {
        // "it represents about 300 workers" with "about" the case of "workers".
        let mut spec = vec![
            ("it", "it", "PRON", "PRP", 2, "nsubj"),
            ("represents", "represent", "VERB", "VBZ", 0, "root"),
            ("about", "about", "ADP", "IN", 5, "case"),
            ("300", "300", "NUM", "CD", 5, "nummod"),
            ("workers", "worker", "NOUN", "NNS", 2, "obl"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(arcs[2..5], [(4, "advmod"), (5, "nummod"), (2, "obj")]);
        // "talked about 30 issues": the verb takes an "about" phrase.
        spec[1] = ("talked", "talk", "VERB", "VBD", 0, "root");
        assert!(repaired(&tokens(&spec)).is_none());
        // Through a multiplier: "it has about 1.9 million customers".
        let spec = vec![
            ("it", "it", "PRON", "PRP", 2, "nsubj"),
            ("has", "have", "VERB", "VBZ", 0, "root"),
            ("about", "about", "ADP", "IN", 6, "case"),
            ("1.9", "1.9", "NUM", "CD", 5, "compound"),
            ("million", "million", "NUM", "CD", 6, "nummod"),
            ("customers", "customer", "NOUN", "NNS", 2, "obl"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!((arcs[2], arcs[5]), ((4, "advmod"), (2, "obj")));
        // "It said about 600 flights had been cancelled ." with "flights" an oblique of "said":
        // the subject of what was said.
        let spec = vec![
            ("It", "it", "PRON", "PRP", 2, "nsubj"),
            ("said", "say", "VERB", "VBD", 0, "root"),
            ("about", "about", "ADP", "IN", 5, "case"),
            ("600", "600", "NUM", "CD", 5, "nummod"),
            ("flights", "flight", "NOUN", "NNS", 2, "obl"),
            ("had", "have", "AUX", "VBD", 8, "aux"),
            ("been", "be", "AUX", "VBN", 8, "aux:pass"),
            ("cancelled", "cancel", "VERB", "VBN", 2, "ccomp"),
            (".", ".", "PUNCT", ".", 2, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!((arcs[2], arcs[4]), ((4, "advmod"), (8, "nsubj:pass")));
        // "talked about 30 issues that had been raised" is no report of them.
        let mut talk = spec.clone();
        talk[1] = ("talked", "talk", "VERB", "VBD", 0, "root");
        assert!(super::rough_numbers_read_as_phrases(&tokens(&talk)).is_empty());
    }

    #[test]
    fn up_to_before_a_number_is_a_limit_on_the_amount() {
        // "She faces up to 12 years ." with "up" the particle of "faces" and "years" an oblique.
        let spec = [
            ("She", "she", "PRON", "PRP", 2, "nsubj"),
            ("faces", "face", "VERB", "VBZ", 0, "root"),
            ("up", "up", "ADV", "RP", 2, "compound:prt"),
            ("to", "to", "ADP", "IN", 6, "case"),
            ("12", "12", "NUM", "CD", 6, "nummod"),
            ("years", "year", "NOUN", "NNS", 2, "obl"),
            (".", ".", "PUNCT", ".", 2, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(
            arcs[2..6],
            [(6, "advmod"), (3, "fixed"), (6, "nummod"), (2, "obj")]
        );
        assert_eq!(
            (fixed[2].upos.as_str(), fixed[2].xpos.as_str()),
            ("ADP", "IN")
        );
        // A verb of measure takes the amount as an unmarked oblique ("weighs up to 12 tons").
        let mut weigh = spec;
        weigh[1] = ("weighs", "weigh", "VERB", "VBZ", 0, "root");
        assert_eq!(arcs_of(&repaired_or_same(&weigh))[5], (2, "obl:unmarked"));
        // A phrasal verb keeps its particle ("it adds up to 12 years"), and so does a verb
        // before a word that is no number ("faces up to the facts").
        let mut add = spec;
        add[1] = ("adds", "add", "VERB", "VBZ", 0, "root");
        assert!(repaired(&tokens(&add)).is_none());
        let mut facts = spec;
        facts[4] = ("the", "the", "DET", "DT", 6, "det");
        assert!(repaired(&tokens(&facts)).is_none());
        // "up" read as a second preposition of the amount ("lost up to 40 percent").
        let lost = [
            ("it", "it", "PRON", "PRP", 2, "nsubj"),
            ("lost", "lose", "VERB", "VBD", 0, "root"),
            ("up", "up", "ADP", "IN", 6, "case"),
            ("to", "to", "ADP", "IN", 6, "case"),
            ("40", "40", "NUM", "CD", 6, "nummod"),
            ("percent", "percent", "NOUN", "NN", 2, "obl"),
        ];
        let fixed = repaired_or_same(&lost);
        assert_eq!(
            arcs_of(&fixed)[2..6],
            [(6, "advmod"), (3, "fixed"), (6, "nummod"), (2, "obj")]
        );
        // "up" last in the sentence is left alone.
        assert!(repaired(&tokens(&spec[..3])).is_none());
        // A first object stays as the first of two when the verb's second is an amount: "it
        // could cost the economy up to $ 35 million".
        let cost = [
            ("it", "it", "PRON", "PRP", 2, "nsubj"),
            ("cost", "cost", "VERB", "VB", 0, "root"),
            ("the", "the", "DET", "DT", 4, "det"),
            ("economy", "economy", "NOUN", "NN", 2, "obj"),
            ("up", "up", "ADP", "RP", 2, "compound:prt"),
            ("to", "to", "ADP", "IN", 7, "case"),
            ("$", "$", "SYM", "$", 2, "obl"),
            ("35", "35", "NUM", "CD", 9, "compound"),
            ("million", "million", "NUM", "CD", 7, "nummod"),
        ];
        let fixed = repaired_or_same(&cost);
        assert_eq!(
            arcs_of(&fixed)[3..7],
            [(2, "iobj"), (7, "advmod"), (5, "fixed"), (2, "obj")]
        );
        // Not so for a verb whose object is all it takes ("heat the room up to 25 degrees").
        let mut heat = cost;
        heat[1] = ("heat", "heat", "VERB", "VB", 0, "root");
        assert!(repaired(&tokens(&heat)).is_none());
    }

    #[test]
    fn a_quantifier_read_as_an_adverb_is_the_object() {
        // "It destroyed much of the harvest ." with "much" an adverb on "harvest".
        let spec = [
            ("It", "it", "PRON", "PRP", 2, "nsubj"),
            ("destroyed", "destroy", "VERB", "VBD", 0, "root"),
            ("much", "much", "ADV", "RB", 6, "advmod"),
            ("of", "of", "ADP", "IN", 6, "case"),
            ("the", "the", "DET", "DT", 6, "det"),
            ("harvest", "harvest", "NOUN", "NN", 2, "obl"),
            (".", ".", "PUNCT", ".", 2, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(arcs[2], (2, "obj"));
        assert_eq!(arcs[5], (3, "nmod"));
        // A verb with an object of its own keeps its oblique.
        let mut with_obj = spec.to_vec();
        with_obj.insert(2, ("crops", "crop", "NOUN", "NNS", 2, "obj"));
        for t in with_obj.iter_mut().skip(3) {
            if t.4 > 2 {
                t.4 += 1;
            }
        }
        assert_eq!(arcs_of(&repaired_or_same(&with_obj))[6], (2, "obl"));
    }
}
