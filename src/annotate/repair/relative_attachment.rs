//! Relative clauses hung on the wrong noun or on a verb, and the relative word of a clause reported
//! inside a relative clause.
//!
//! A relative clause after a name hung on the verb ("the Office for Public Integrity (OPI), which
//! opened ...") goes to the name.

use super::draft::Draft;
use super::tree_helpers::{extent, has_case, head_of, kids_of, name_head, subject_rel, under};
use super::words::{PERSON_NOUNS, is_person_noun, says_or_thinks};
use crate::annotate::ner::gazetteer::is_acronym;
use crate::annotate::ner::roles;
use crate::document::Token;

/// Repair 87: mends what [`relatives_of_reported_clauses`] finds.
pub(super) fn fix_relatives_of_reported_clauses(d: &mut Draft) {
    for (relative, clause) in relatives_of_reported_clauses(d.base()) {
        let fixed = d.edit();
        let rel = subject_rel(fixed, clause);
        (fixed[relative].head, fixed[relative].deprel) = (clause + 1, rel.into());
    }
}

/// Repair 87: the relative word of a clause reported inside a relative clause.
///
/// Pairs (relative, clause): "the union's demand, which he said would add 410 million dollars"
/// comes out with "which" and "he" both subjects of "said", and the demand saying it. The
/// relative word is the subject of the reported clause ("would add"), when that clause has none.
fn relatives_of_reported_clauses(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (v, tk) in tokens.iter().enumerate() {
        let lemma = tk.lemma.to_lowercase();
        if tk.deprel != "acl:relcl" || !says_or_thinks(&lemma) {
            continue;
        }
        let subjects: Vec<usize> = kids_of(tokens, v)
            .filter(|&k| k < v && tokens[k].deprel.starts_with("nsubj"))
            .collect();
        let [relative, speaker] = subjects[..] else {
            continue;
        };
        let is_relative = matches!(
            tokens[relative].form.to_lowercase().as_str(),
            "which" | "who" | "that"
        );
        let clause = kids_of(tokens, v).find(|&c| {
            c > v
                && tokens[c].deprel == "ccomp"
                && !kids_of(tokens, c).any(|k| tokens[k].deprel.starts_with("nsubj"))
        });
        if let (true, true, Some(c)) = (is_relative, relative < speaker, clause) {
            out.push((relative, c));
        }
    }
    out
}

/// Repair 85: mends what [`which_clauses_on_people`] finds.
pub(super) fn fix_which_clauses_on_people(d: &mut Draft) {
    for (clause, antecedent) in which_clauses_on_people(d.base()) {
        let fixed = d.edit();
        fixed[clause].head = antecedent + 1;
    }
}

/// Repair 85: a "which" clause hung on a person.
///
/// Pairs (clause, antecedent): in "Alan Whitlock, chairman of the Supporters' Trust, which owns
/// 13 percent of the club, said" the parser hangs the relative clause on the name, and
/// Whitlock owns the shares. "Which" never refers to a person: when the name has a role in
/// apposition ("chairman", "a lawyer for ..."), the clause goes to the noun right before its
/// comma (the trust; for "the Farmers' Association (KVFA), which", the association). A noun for
/// people in the phrase of a noun for a thing gives the clause to that noun: "a pension fund for
/// teachers, which said" is about the fund.
fn which_clauses_on_people(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (r, tk) in tokens.iter().enumerate() {
        if tk.deprel != "acl:relcl" {
            continue;
        }
        let Some(h) = head_of(tokens, r) else {
            continue;
        };
        let Some(w) =
            kids_of(tokens, r).find(|&k| k < r && tokens[k].form.eq_ignore_ascii_case("which"))
        else {
            continue;
        };
        if w < 2 || tokens[w - 1].form != "," {
            continue;
        }
        let mut x = w - 2;
        if tokens[x].form == ")" && x >= 2 && tokens[x - 2].form == "(" {
            // An acronym in brackets stands for the name before it.
            x = head_of(tokens, x - 1).unwrap_or(x - 1);
        }
        let role = kids_of(tokens, h).any(|a| {
            a < x
                && tokens[a].deprel == "appos"
                && (is_person_noun(&tokens[a].lemma) || roles::is_role_noun(&tokens[a].lemma))
        });
        let noun = matches!(tokens[x].upos.as_str(), "NOUN" | "PROPN");
        if tokens[h].upos == "PROPN" && role && noun && x != h && under(tokens, x, &[h]) {
            out.push((r, name_head(tokens, x, |k| k > h)));
            continue;
        }
        // A noun for people in the phrase of a noun for a thing: "a pension fund for Marlowe
        // City teachers, which said it had lost ..." is about the fund.
        let people = |k: usize| {
            let lemma = tokens[k].lemma.to_lowercase();
            PERSON_NOUNS.contains(&lemma.as_str()) || roles::is_role_noun(&lemma)
        };
        let thing = head_of(tokens, h).filter(|&g| {
            g < h
                && tokens[h].deprel == "nmod"
                && matches!(tokens[g].upos.as_str(), "NOUN" | "PROPN")
                && !people(g)
                && !is_person_noun(&tokens[g].lemma)
        });
        if let Some(g) = thing
            && tokens[h].upos == "NOUN"
            && people(h)
            && (x == h || under(tokens, x, &[h]))
        {
            out.push((r, g));
        }
    }
    out
}

/// Repair 104: mends what [`relatives_disagreeing`] finds.
pub(super) fn fix_relatives_disagreeing(d: &mut Draft) {
    for (relative, noun) in relatives_disagreeing(d.base()) {
        let fixed = d.edit();
        fixed[relative].head = noun + 1;
    }
}

/// Repair 104: a relative clause whose verb does not agree with the noun it hangs on.
///
/// Pairs (relative clause, noun): "Shares in the company, which is listed in Lustrave, fell"
/// can come out with the clause on "Shares", so the shares are listed. The relative word is
/// the clause's subject, so its verb agrees with the noun it stands for: a singular verb ("is",
/// "was", "has", a verb in -s) after a plural noun goes to the singular noun that ends the
/// noun's phrase right before the comma, and a plural verb ("are", "were", "have", a plural
/// present) after a singular noun to the plural noun there. So with no comma: "a dispute over
/// fuel subsidies that were cut" is about the subsidies (but an "of" phrase leaves the clause on
/// the noun before, as the treebanks annotate it).
fn relatives_disagreeing(tokens: &[Token]) -> Vec<(usize, usize)> {
    let number = |k: usize| -> Option<bool> {
        let t = &tokens[k];
        match t.xpos.as_str() {
            "VBZ" => Some(false),
            "VBP" => Some(true),
            "VBD" if t.form.eq_ignore_ascii_case("was") => Some(false),
            "VBD" if t.form.eq_ignore_ascii_case("were") => Some(true),
            "NN" | "NNP" => Some(false),
            "NNS" | "NNPS" => Some(true),
            _ => None,
        }
    };
    let mut out = Vec::new();
    for (r, tk) in tokens.iter().enumerate() {
        if tk.deprel != "acl:relcl" {
            continue;
        }
        let Some(h) = head_of(tokens, r).filter(|&h| h < r) else {
            continue;
        };
        // Opened by a comma, or a restrictive clause right after its phrase ("a dispute over fuel
        // subsidies that were cut by 30 percent").
        let first = extent(tokens, r).0;
        let opened = tokens[first].form == ",";
        let relative = if opened { first + 1 } else { first };
        if first == 0
            || relative >= r
            || !matches!(
                tokens[relative].form.to_lowercase().as_str(),
                "which" | "who" | "that"
            )
            || !tokens[relative].deprel.starts_with("nsubj")
        {
            continue;
        }
        // The clause's first finite word: an auxiliary or the verb itself.
        let finite = (relative + 1..=r).find(|&k| {
            k == r
                || (head_of(tokens, k) == Some(r)
                    && (tokens[k].deprel.starts_with("aux") || tokens[k].deprel == "cop"))
        });
        let Some(verb_plural) = finite.and_then(number) else {
            continue;
        };
        let Some(noun_plural) = number(h) else {
            continue;
        };
        if verb_plural == noun_plural {
            continue;
        }
        // The noun that ends the phrase right before the comma (or the relative word), inside
        // the head's phrase.
        let last = first.checked_sub(1);
        // Without a comma, only the noun's own modifier, and not past "of": UD hangs "the
        // percentage of voters who ..." and "a series of pictures that are ..." on the first
        // noun.
        let agreeing = last.filter(|&n| {
            n > h
                && under(tokens, n, &[h])
                && number(n) == Some(verb_plural)
                && matches!(tokens[n].upos.as_str(), "NOUN" | "PROPN")
                && (opened || !has_case(tokens, n, "of") && head_of(tokens, n) == Some(h))
        });
        // Coordinated nouns take the clause on their first conjunct ("fruits and vegetables,
        // which are available").
        // A name is its first word ("Ernest Duchatelet, who was imprisoned").
        let agreeing = agreeing.map(|n| match head_of(tokens, n) {
            Some(first) if tokens[n].deprel == "conj" && number(first) == number(n) => first,
            Some(first) if tokens[n].deprel == "flat" => first,
            _ => n,
        });
        if let Some(n) = agreeing.filter(|&n| n != h) {
            out.push((r, n));
        }
    }
    out
}

/// Repair 65: mends what [`relatives_on_verbs`] finds.
pub(super) fn fix_relatives_on_verbs(d: &mut Draft) {
    for (relative, noun) in relatives_on_verbs(d.base()) {
        let fixed = d.edit();
        (fixed[relative].head, fixed[relative].deprel) = (noun + 1, "acl:relcl".into());
    }
}

/// Repair 65: a relative clause hung on the verb of the noun it describes.
///
/// Pairs (relative clause, noun): "The case was brought by the Office for Public Integrity
/// (OPI), which opened its investigation" can come out with "opened" an `acl:relcl` of
/// "brought", so that the case opened it. A relative clause after a comma, opened by "who", or
/// by "which" after a name, describes the noun phrase of the verb that ends at that comma.
/// "which" after a common noun may be about the whole clause ("The team lost the final,
/// which surprised its fans"), so that stays.
fn relatives_on_verbs(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (r, tk) in tokens.iter().enumerate() {
        if let Some(n) = who_past_a_name(tokens, r) {
            out.push((r, n));
            continue;
        }
        if tk.deprel != "acl:relcl" {
            continue;
        }
        let Some(v) = head_of(tokens, r)
            .filter(|&v| v < r && matches!(tokens[v].upos.as_str(), "VERB" | "AUX"))
        else {
            continue;
        };
        let comma = extent(tokens, r).0;
        if comma == 0 || tokens[comma].form != "," || comma + 1 >= r {
            continue;
        }
        let who = match tokens[comma + 1].form.to_lowercase().as_str() {
            "who" => true,
            "which" => false,
            _ => continue,
        };
        let noun = kids_of(tokens, v).find(|&n| {
            n < comma
                && extent(tokens, n).1 + 1 == comma
                && match tokens[n].upos.as_str() {
                    "PROPN" => true,
                    "NOUN" => who,
                    _ => false,
                }
        });
        if let Some(n) = noun {
            out.push((r, n));
        }
    }
    out
}

/// Repair 65, on a noun: a "who" clause hung on a thing whose phrase ends in a name ("a
/// club-record fee for striker Mateus Okafor, who has scored only once" with "scored" on
/// "fee") describes the name, and so does a "which" clause after a name with its acronym ("a
/// tranche of loans from the Eastern Development Fund (EDF), which has made ..." with "made" on
/// "tranche"). The name that ends the phrase, by its head.
fn who_past_a_name(tokens: &[Token], r: usize) -> Option<usize> {
    if !matches!(tokens[r].deprel.as_str(), "acl:relcl" | "acl" | "advcl") {
        return None;
    }
    let head = head_of(tokens, r).filter(|&h| h < r)?;
    let comma = extent(tokens, r).0;
    let who = comma + 1;
    let word = tokens.get(who)?.form.to_lowercase();
    let head_lemma = tokens[head].lemma.to_lowercase();
    let person = roles::is_role_noun(&tokens[head].form) || is_person_noun(&head_lemma);
    // "which" after a name with its acronym in brackets ("from the Eastern Development Fund
    // (EDF), which has made ..."), or on people ("Residents of Dresk, which was evacuated"):
    // the clause describes the name.
    let last = match word.as_str() {
        "who" if !person => comma.checked_sub(1)?,
        "which" => {
            let close = comma.checked_sub(1)?;
            let acronym = close.checked_sub(1)?;
            let bracketed = tokens[close].form == ")"
                && acronym >= 2
                && tokens[acronym - 1].form == "("
                && is_acronym(&tokens[acronym].form);
            let people = PERSON_NOUNS.contains(&head_lemma.as_str())
                || PEOPLE_AT_PLACES.contains(&head_lemma.as_str());
            match (bracketed, people) {
                (true, _) => acronym - 2,
                (false, true) => close,
                (false, false) => return None,
            }
        }
        _ => return None,
    };
    if comma < 2
        || tokens[comma].form != ","
        || head_of(tokens, who) != Some(r)
        || !matches!(tokens[head].upos.as_str(), "NOUN" | "VERB")
        || tokens[last].upos != "PROPN"
    {
        return None;
    }
    let name = name_head(tokens, last, |h| h < comma && h > head);
    // The name is the object of a preposition inside the phrase ("for striker Mateus Okafor"),
    // not the thing's apposition, which may stand for it ("this guy Nierman, who").
    let governed = kids_of(tokens, name).any(|c| tokens[c].deprel == "case" && c < name);
    (name != head && governed && under(tokens, name, &[head])).then_some(name)
}

/// People named by where they live or work ("residents of Dresk", "workers at the plant").
const PEOPLE_AT_PLACES: &[&str] = &[
    "employee",
    "inhabitant",
    "passenger",
    "resident",
    "villager",
    "worker",
];

/// Repair 100: mends what [`which_clauses_past_organisations`] finds.
pub(super) fn fix_which_clauses_past_organisations(d: &mut Draft) {
    for (clause, name) in which_clauses_past_organisations(d.base()) {
        let fixed = d.edit();
        fixed[clause].head = name + 1;
    }
}

/// Repair 100: a "which" clause after the name of an organisation or place hung on the noun
/// before it.
///
/// Pairs (clause, name): "A strike at Ravelle, which employs about 31,000 people, would hit
/// suppliers" can come out with the clause on "strike", so the strike employs the people. A
/// "which" clause opened by a comma right after the name of an organisation or place (as the
/// entity tagger found it) that modifies the clause's noun describes what is named, unless its
/// verb is plural or it says "their" of a plural noun.
fn which_clauses_past_organisations(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (v, tk) in tokens.iter().enumerate() {
        if tk.deprel != "acl:relcl" || tk.xpos == "VBP" {
            continue;
        }
        let Some(noun) = head_of(tokens, v).filter(|&n| n < v) else {
            continue;
        };
        let (start, _) = extent(tokens, v);
        // "which" as the subject: as the object it often means the noun ("a loan from the
        // IMF, which the country needs").
        let which = kids_of(tokens, v).find(|&k| {
            k == start + 1
                && tokens[k].form.eq_ignore_ascii_case("which")
                && tokens[k].deprel.starts_with("nsubj")
        });
        if which.is_none() || tokens[start].form != "," || start == 0 {
            continue;
        }
        // The name whose phrase ends right before the comma, a modifier of the noun.
        let last = start - 1;
        let Some(name) = (noun + 1..=last).find(|&k| {
            head_of(tokens, k) == Some(noun)
                && matches!(tokens[k].deprel.as_str(), "nmod" | "nmod:poss")
                && tokens[k].upos == "PROPN"
                && extent(tokens, k).1 == last
        }) else {
            continue;
        };
        let place_or_body = ["-ORG", "-GPE", "-LOC"]
            .iter()
            .any(|t| tokens[name].ner.ends_with(t));
        // "Shares in Dacora, which had lost 47% of their value": a plural possessive in the
        // clause takes a plural noun back.
        let (_, end) = extent(tokens, v);
        let theirs = tokens[noun].xpos == "NNS"
            && (start..=end).any(|k| tokens[k].form.eq_ignore_ascii_case("their"));
        if place_or_body && !theirs {
            out.push((v, name));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotate::repair::repaired;
    use crate::annotate::repair::testing::{arcs_of, tokens};

    #[test]
    fn a_restrictive_relative_clause_goes_to_the_noun_its_verb_agrees_with() {
        // "a dispute over subsidies that were cut ." with the clause on "dispute".
        let spec = [
            ("a", "a", "DET", "DT", 2, "det"),
            ("dispute", "dispute", "NOUN", "NN", 0, "root"),
            ("over", "over", "ADP", "IN", 4, "case"),
            ("subsidies", "subsidy", "NOUN", "NNS", 2, "nmod"),
            ("that", "that", "PRON", "WDT", 7, "nsubj:pass"),
            ("were", "be", "AUX", "VBD", 7, "aux:pass"),
            ("cut", "cut", "VERB", "VBN", 2, "acl:relcl"),
            (".", ".", "PUNCT", ".", 2, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        assert_eq!(arcs_of(&fixed)[6], (4, "acl:relcl"));
        // Not past "of" ("a share of subsidies that were cut"), as the treebanks annotate it.
        let mut of = spec;
        of[2] = ("of", "of", "ADP", "IN", 4, "case");
        let same = repaired(&tokens(&of)).unwrap_or_else(|| tokens(&of));
        assert_eq!(arcs_of(&same)[6], (2, "acl:relcl"));
        // A verb that agrees with its noun stays ("subsidies over a dispute that was settled").
        let mut agreeing = spec;
        agreeing[5] = ("was", "be", "AUX", "VBD", 7, "aux:pass");
        agreeing[3] = ("dispute", "dispute", "NOUN", "NN", 2, "nmod");
        agreeing[1] = ("subsidies", "subsidy", "NOUN", "NNS", 0, "root");
        let same = repaired(&tokens(&agreeing)).unwrap_or_else(|| tokens(&agreeing));
        assert_eq!(arcs_of(&same)[6], (4, "acl:relcl"));
    }

    #[test]
    fn a_relative_word_is_the_subject_of_the_clause_reported_in_its_clause() {
        // "the demand , which he said would add costs" with "which" and "he" subjects of "said".
        let spec = [
            ("the", "the", "DET", "DT", 2, "det"),
            ("demand", "demand", "NOUN", "NN", 0, "root"),
            (",", ",", "PUNCT", ",", 6, "punct"),
            ("which", "which", "PRON", "WDT", 6, "nsubj"),
            ("he", "he", "PRON", "PRP", 6, "nsubj"),
            ("said", "say", "VERB", "VBD", 2, "acl:relcl"),
            ("would", "would", "AUX", "MD", 8, "aux"),
            ("add", "add", "VERB", "VB", 6, "ccomp"),
            ("costs", "cost", "NOUN", "NNS", 8, "obj"),
        ];
        assert_eq!(relatives_of_reported_clauses(&tokens(&spec)), [(3, 7)]);
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        assert_eq!((fixed[3].head, fixed[3].deprel.as_str()), (8, "nsubj"));
        // Not when the reported clause has a subject, nor for a verb that reports nothing.
        let mut own = spec;
        own[8] = ("it", "it", "PRON", "PRP", 8, "nsubj");
        assert!(relatives_of_reported_clauses(&tokens(&own)).is_empty());
        let mut made = spec;
        made[5] = ("made", "make", "VERB", "VBD", 2, "acl:relcl");
        assert!(relatives_of_reported_clauses(&tokens(&made)).is_empty());
    }

    #[test]
    fn a_which_clause_on_a_person_goes_to_the_noun_before_it() {
        // "Whitlock , chairman of the trust , which owns shares , said ." with the clause on
        // the name.
        let spec = [
            ("Whitlock", "Whitlock", "PROPN", "NNP", 12, "nsubj"),
            (",", ",", "PUNCT", ",", 3, "punct"),
            ("chairman", "chairman", "NOUN", "NN", 1, "appos"),
            ("of", "of", "ADP", "IN", 6, "case"),
            ("the", "the", "DET", "DT", 6, "det"),
            ("trust", "trust", "NOUN", "NN", 3, "nmod"),
            (",", ",", "PUNCT", ",", 9, "punct"),
            ("which", "which", "PRON", "WDT", 9, "nsubj"),
            ("owns", "own", "VERB", "VBZ", 1, "acl:relcl"),
            ("shares", "share", "NOUN", "NNS", 9, "obj"),
            (",", ",", "PUNCT", ",", 1, "punct"),
            ("said", "say", "VERB", "VBD", 0, "root"),
            (".", ".", "PUNCT", ".", 12, "punct"),
        ];
        assert_eq!(which_clauses_on_people(&tokens(&spec)), [(8, 5)]);
        // "who" refers to people; without a role in apposition the name may be a company's.
        let mut who = spec;
        who[7] = ("who", "who", "PRON", "WP", 9, "nsubj");
        assert!(which_clauses_on_people(&tokens(&who)).is_empty());
        let mut unit = spec;
        unit[2] = ("unit", "unit", "NOUN", "NN", 1, "appos");
        assert!(which_clauses_on_people(&tokens(&unit)).is_empty());
        // "It is a fund for teachers , which said it lost money ." with the clause on
        // "teachers": "which" is the fund.
        let spec = [
            ("It", "it", "PRON", "PRP", 4, "nsubj"),
            ("is", "be", "AUX", "VBZ", 4, "cop"),
            ("a", "a", "DET", "DT", 4, "det"),
            ("fund", "fund", "NOUN", "NN", 0, "root"),
            ("for", "for", "ADP", "IN", 6, "case"),
            ("teachers", "teacher", "NOUN", "NNS", 4, "nmod"),
            (",", ",", "PUNCT", ",", 9, "punct"),
            ("which", "which", "PRON", "WDT", 9, "nsubj"),
            ("said", "say", "VERB", "VBD", 6, "acl:relcl"),
            ("it", "it", "PRON", "PRP", 11, "nsubj"),
            ("lost", "lose", "VERB", "VBD", 9, "ccomp"),
            ("money", "money", "NOUN", "NN", 11, "obj"),
            (".", ".", "PUNCT", ".", 4, "punct"),
        ];
        assert_eq!(which_clauses_on_people(&tokens(&spec)), [(8, 3)]);
        // Not on a noun for things: "a village near the river , which flows".
        let mut river = spec;
        river[5] = ("rivers", "river", "NOUN", "NNS", 4, "nmod");
        assert!(which_clauses_on_people(&tokens(&river)).is_empty());
        // Nor from one person to another: "the son of a teacher , which".
        let mut son = spec;
        son[3] = ("son", "son", "NOUN", "NN", 0, "root");
        assert!(which_clauses_on_people(&tokens(&son)).is_empty());
    }

    #[test]
    fn a_relative_clause_goes_to_the_noun_its_verb_agrees_with() {
        // "Shares in the company , which is listed , fell ." with the clause on "Shares" and
        // "fell" its conjunct: the clause is the company's, and "fell" the main verb.
        let spec = [
            ("Shares", "share", "NOUN", "NNS", 0, "root"),
            ("in", "in", "ADP", "IN", 4, "case"),
            ("the", "the", "DET", "DT", 4, "det"),
            ("company", "company", "NOUN", "NN", 1, "nmod"),
            (",", ",", "PUNCT", ",", 8, "punct"),
            ("which", "which", "PRON", "WDT", 8, "nsubj:pass"),
            ("is", "be", "AUX", "VBZ", 8, "aux:pass"),
            ("listed", "list", "VERB", "VBN", 1, "acl:relcl"),
            (",", ",", "PUNCT", ",", 10, "punct"),
            ("fell", "fall", "VERB", "VBD", 8, "conj"),
            (".", ".", "PUNCT", ".", 1, "punct"),
        ];
        assert_eq!(relatives_disagreeing(&tokens(&spec)), [(7, 3)]);
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(
            (arcs[7], arcs[9], arcs[0]),
            ((4, "acl:relcl"), (0, "root"), (10, "nsubj"))
        );
        // A plural verb: the clause stays on the plural noun.
        let mut agrees = spec;
        agrees[6] = ("are", "be", "AUX", "VBP", 8, "aux:pass");
        assert!(relatives_disagreeing(&tokens(&agrees)).is_empty());
    }

    #[test]
    fn a_who_clause_on_a_thing_goes_to_the_name_that_ends_its_phrase() {
        // "a fee for striker Mateus Okafor , who scored ." with "scored" on "fee".
        let spec = [
            ("a", "a", "DET", "DT", 2, "det"),
            ("fee", "fee", "NOUN", "NN", 0, "root"),
            ("for", "for", "ADP", "IN", 5, "case"),
            ("striker", "striker", "NOUN", "NN", 5, "nmod:desc"),
            ("Mateus", "Mateus", "PROPN", "NNP", 2, "nmod"),
            ("Okafor", "Okafor", "PROPN", "NNP", 5, "flat"),
            (",", ",", "PUNCT", ",", 9, "punct"),
            ("who", "who", "PRON", "WP", 9, "nsubj"),
            ("scored", "score", "VERB", "VBD", 2, "acl:relcl"),
            (".", ".", "PUNCT", ".", 2, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        assert_eq!((fixed[8].head, fixed[8].deprel.as_str()), (5, "acl:relcl"));
        // A person noun may be the one: "the supervisor of the Atlanta PD , who".
        let mut person = spec;
        person[1] = ("supervisor", "supervisor", "NOUN", "NN", 0, "root");
        assert!(repaired(&tokens(&person)).is_none());
        // A name in apposition may stand for the noun: "this guy Nierman , who".
        let mut apposed = spec;
        apposed[2] = ("the", "the", "DET", "DT", 5, "det");
        apposed[4] = ("Mateus", "Mateus", "PROPN", "NNP", 2, "appos");
        assert!(repaired(&tokens(&apposed)).is_none());
    }

    #[test]
    fn a_relative_clause_on_a_verb_goes_to_the_name_before_its_comma() {
        // "The case was brought by the Office ( OPI ) , which opened it ." with "opened" on
        // "brought".
        let spec = [
            ("The", "the", "DET", "DT", 2, "det"),
            ("case", "case", "NOUN", "NN", 4, "nsubj:pass"),
            ("was", "be", "AUX", "VBD", 4, "aux:pass"),
            ("brought", "bring", "VERB", "VBN", 0, "root"),
            ("by", "by", "ADP", "IN", 7, "case"),
            ("the", "the", "DET", "DT", 7, "det"),
            ("Office", "Office", "PROPN", "NNP", 4, "obl:agent"),
            ("(", "(", "PUNCT", "-LRB-", 9, "punct"),
            ("OPI", "OPI", "PROPN", "NNP", 7, "appos"),
            (")", ")", "PUNCT", "-RRB-", 9, "punct"),
            (",", ",", "PUNCT", ",", 13, "punct"),
            ("which", "which", "PRON", "WDT", 13, "nsubj"),
            ("opened", "open", "VERB", "VBD", 4, "acl:relcl"),
            ("it", "it", "PRON", "PRP", 13, "obj"),
            (".", ".", "PUNCT", ".", 4, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        assert_eq!(
            (fixed[12].head, fixed[12].deprel.as_str()),
            (7, "acl:relcl")
        );
        // "which" after a common noun may be about the clause; "who" is about the noun.
        let mut common = spec;
        common[6] = ("office", "office", "NOUN", "NN", 4, "obl:agent");
        assert!(repaired(&tokens(&common)).is_none());
        common[11] = ("who", "who", "PRON", "WP", 13, "nsubj");
        let fixed = repaired(&tokens(&common)).expect("a repair");
        assert_eq!(fixed[12].head, 7);
        // Without the comma, no repair.
        let mut bare = spec;
        bare[10] = ("now", "now", "ADV", "RB", 13, "advmod");
        assert!(repaired(&tokens(&bare)).is_none());
    }

    #[test]
    fn a_which_clause_after_a_bracketed_acronym_describes_the_name() {
        // "loans from the Development Fund ( EDF ) , which has made progress" with "made" on
        // "loans".
        let spec = [
            ("Veltran", "Veltran", "PROPN", "NNP", 2, "nsubj"),
            ("seeks", "seek", "VERB", "VBZ", 0, "root"),
            ("loans", "loan", "NOUN", "NNS", 2, "obj"),
            ("from", "from", "ADP", "IN", 7, "case"),
            ("the", "the", "DET", "DT", 7, "det"),
            ("Development", "Development", "PROPN", "NNP", 7, "compound"),
            ("Fund", "Fund", "PROPN", "NNP", 3, "nmod"),
            ("(", "(", "PUNCT", "-LRB-", 9, "punct"),
            ("EDF", "EDF", "PROPN", "NNP", 7, "appos"),
            (")", ")", "PUNCT", "-RRB-", 9, "punct"),
            (",", ",", "PUNCT", ",", 14, "punct"),
            ("which", "which", "PRON", "WDT", 14, "nsubj"),
            ("has", "have", "AUX", "VBZ", 14, "aux"),
            ("made", "make", "VERB", "VBN", 3, "acl:relcl"),
            ("progress", "progress", "NOUN", "NN", 14, "obj"),
            (".", ".", "PUNCT", ".", 2, "punct"),
        ];
        assert_eq!(who_past_a_name(&tokens(&spec), 13), Some(6));
        // Without the acronym "which" may be about the loans.
        let mut bare = spec;
        bare[7] = ("and", "and", "CCONJ", "CC", 9, "cc");
        bare[8] = ("grants", "grant", "NOUN", "NNS", 3, "conj");
        bare[9] = ("here", "here", "ADV", "RB", 9, "advmod");
        assert_eq!(who_past_a_name(&tokens(&bare), 13), None);
        // On people, "which" is about the place: "Residents of Dresk , which was evacuated ,".
        let people = [
            ("Residents", "resident", "NOUN", "NNS", 8, "nsubj"),
            ("of", "of", "ADP", "IN", 3, "case"),
            ("Dresk", "Dresk", "PROPN", "NNP", 1, "nmod"),
            (",", ",", "PUNCT", ",", 7, "punct"),
            ("which", "which", "PRON", "WDT", 7, "nsubj:pass"),
            ("was", "be", "AUX", "VBD", 7, "aux:pass"),
            ("evacuated", "evacuate", "VERB", "VBN", 1, "acl:relcl"),
            ("said", "say", "VERB", "VBD", 0, "root"),
        ];
        assert_eq!(who_past_a_name(&tokens(&people), 6), Some(2));
        let mut offices = people;
        offices[0] = ("Offices", "office", "NOUN", "NNS", 8, "nsubj");
        assert_eq!(who_past_a_name(&tokens(&offices), 6), None);
    }

    #[test]
    fn a_which_clause_after_a_name_describes_what_is_named() {
        // "strike at Ravelle , which employs people , would hit suppliers" with the clause on
        // "strike" and "hit" its conjunct.
        let spec = [
            ("strike", "strike", "NOUN", "NN", 0, "root"),
            ("at", "at", "ADP", "IN", 3, "case"),
            ("Ravelle", "Ravelle", "PROPN", "NNP", 1, "nmod"),
            (",", ",", "PUNCT", ",", 6, "punct"),
            ("which", "which", "PRON", "WDT", 6, "nsubj"),
            ("employs", "employ", "VERB", "VBZ", 1, "acl:relcl"),
            ("people", "person", "NOUN", "NNS", 6, "obj"),
            (",", ",", "PUNCT", ",", 11, "punct"),
            ("would", "would", "AUX", "MD", 11, "aux"),
            ("also", "also", "ADV", "RB", 11, "advmod"),
            ("hit", "hit", "VERB", "VB", 6, "conj"),
            ("suppliers", "supplier", "NOUN", "NNS", 11, "obj"),
        ];
        let mut toks = tokens(&spec);
        toks[2].ner = "B-ORG".into();
        assert_eq!(which_clauses_past_organisations(&toks), [(5, 2)]);
        let fixed = repaired(&toks).expect("a repair");
        let arcs = arcs_of(&fixed);
        // The modal's verb is the root (repair 59), the clause the company's.
        assert_eq!((arcs[0], arcs[10]), ((11, "nsubj"), (0, "root")));
        assert_eq!(arcs[5], (3, "acl:relcl"));
        // Not for a name the tagger did not find, nor for "which" as the object ("a loan
        // from the Fund , which the country needs").
        assert!(which_clauses_past_organisations(&tokens(&spec)).is_empty());
        let mut object = toks.clone();
        object[4].deprel = "obj".into();
        assert!(which_clauses_past_organisations(&object).is_empty());
        // "shares in Ravelle , which lost their value": "their" takes the plural noun back.
        let mut theirs = toks.clone();
        theirs[0].xpos = "NNS".into();
        theirs[6].form = "their".into();
        assert!(which_clauses_past_organisations(&theirs).is_empty());
    }
}
